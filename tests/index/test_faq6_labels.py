"""FAQs and labelled lines asked in other words, over the own sets' documents (tests/data/unseen8: a housing
fund FAQ with 服务热线12329; notice3: a library notice with «咨询电话：…»; yesno5: a fitness centre's
notice). Through a real engine: real model, FAISS, BM25."""

from __future__ import annotations

import pytest

from support import folder_engine


@pytest.fixture(scope="module")
def fund(tmp_path_factory):
    return folder_engine(tmp_path_factory, "unseen8")


@pytest.fixture(scope="module")
def library(tmp_path_factory):
    return folder_engine(tmp_path_factory, "notice3")


def test_a_public_service_line_is_a_phone_number(fund):
    """extract.phones: the short public-service numbers 123xx (12329 公积金) next to a word for telephones."""
    ans = fund.ask("公积金的热线电话")
    assert ans.found and "12329" in ans.answer, ans.answer


def test_an_ordinal_house_said_without_its_di(fund):
    """answer._ordinal_said: 第二套房 is the corpus's 二套房, 第一套 its 首套; 第三套 is neither."""
    ans = fund.ask("第二套房的利率怎么算")
    assert ans.found and "1.1倍" in ans.answer, ans.answer
    ans = fund.ask("买第一套房首付最低几成")
    assert ans.found and "20%" in ans.answer, ans.answer
    assert not fund.ask("第三套房的利率怎么算").found


def test_a_place_asked_is_not_answered_by_another_kind(fund):
    """decide.no_place: «…30日内到公积金中心办理缴存登记» says no place of the centre."""
    assert not fund.ask("公积金中心地址在哪").found


def test_a_labelled_phone_line_below_vetoed_ones(library):
    """decide.next_labelled: «2. 咨询电话：0571-8862 3317» answers 图书室的电话, under a street office's
    监督电话 (vetoed) and two lines that say 电话 with no number."""
    ans = library.ask("图书室的电话是多少")
    assert ans.found and "0571-8862 3317" in ans.answer, ans.answer


@pytest.fixture(scope="module")
def centre(tmp_path_factory):
    return folder_engine(tmp_path_factory, "yesno5")


def test_a_labelled_address_line_answers_where(centre):
    """decide.labelled_place: «地址：江宁区桂园路88号» of the notice titled 桂园街道全民健身中心使用须知 answers
    健身中心在哪里 (its hours and car park lines, vetoed by decide.no_place, rank first); it is no address of
    the 物业服务中心, which the notice's title does not name, nor of a lost thing (东西丢了去哪里找)."""
    ans = centre.ask("健身中心在哪里")
    assert ans.found and "桂园路88号" in ans.answer, ans.answer
    assert not centre.ask("物业服务中心在哪里").found
    assert "桂园路88号" not in (centre.ask("东西丢了去哪里找").answer or "")


def test_a_verbal_measure_counts_the_deed(fund):
    """query.counted_noun: 取几次公积金 counts the withdrawals (次 after the deed 取), not 公积金, so
    «无房职工租房每年可提取一次» answers; 开了几次会议 still counts 会议."""
    from wenda.index.query import counted_noun

    ans = fund.ask("租房一年能取几次公积金")
    assert ans.found and ans.figures == ["一次"], ans.answer
    assert counted_noun("开了几次会议") == "会议"
