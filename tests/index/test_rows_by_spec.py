"""Kinds met on an optician's price sheet and a boat's fare table (unseen23), checked here on tables written
for these tests: an age group is the row whose range holds most of its years (大人: the 全票 row of 14岁以上,
not the 敬老票 row of 65岁以上); an age the asker states picks the row that holds it (3岁: 未满4岁, whatever
大人 its note names); a row's price is its record's, not that of a thing its note says it includes (含…); a
size the question states (1.74的) that another row gives in the same column is another record's; a record
named by a longer word of the asked thing's synonym (偏光太阳镜 for 墨镜) is no sibling of it.
Through a real engine: real model, FAISS, BM25."""

from __future__ import annotations

import pytest

from support import text_engine

FARES = """# 碧湖游船票价

| 票种 | 票价 | 说明 |
| --- | --- | --- |
| 全票 | 80元 | 14岁以上 |
| 儿童票 | 40元 | 5至13岁 |
| 敬老票 | 30元 | 65岁以上 |
| 幼儿 | 免费 | 未满5岁，每位大人限带1名 |
"""

SHEET = """# 晨光电脑维修价目

| 类别 | 项目 | 规格 | 价格 | 备注 |
| --- | --- | --- | --- | --- |
| 检测 | 硬件全面检测 | 台式机 | 60元 | 维修满300元免收 |
| 内存 | 内存条升级 | 8G | 199元 | |
| 内存 | 内存条升级 | 16G | 359元 | 含上门安装 |
| 硬盘 | 固态硬盘更换 | 512G | 399元 | 含数据迁移 |
| 硬盘 | 固态硬盘更换 | 1T | 629元 | 含数据迁移 |
| 套餐 | 学生焕新套餐 | 凭学生证 | 299元 | 含清灰、系统重装和硬件检测 |
| 配件 | 无线鼠标 | 静音款 | 89元 | 质保1年 |
| 配件 | 机械键盘 | 青轴 | 259元 | 质保2年 |
"""


@pytest.fixture(scope="module")
def fares(tmp_path_factory):
    return text_engine(tmp_path_factory.mktemp("fares"), {"fares.md": FARES})


@pytest.fixture(scope="module")
def sheet(tmp_path_factory):
    return text_engine(tmp_path_factory.mktemp("sheet"), {"sheet.md": SHEET})


def test_adults_are_the_row_that_holds_most_of_their_years(fares):
    ans = fares.ask("大人票多少钱")
    assert ans.found and ans.span == "80元", ans.answer  # 全票 (14岁以上), not 敬老票 (65岁以上)


def test_seniors_are_still_their_own_row(fares):
    ans = fares.ask("老人票多少钱")
    assert ans.found and ans.span == "30元", ans.answer  # a guard: this passed before


def test_a_stated_age_picks_its_row_whatever_else_the_note_names(fares):
    ans = fares.ask("3岁的小孩要买票吗")
    assert ans.found and "未满5岁" in ans.answer, ans.answer


def test_a_price_is_the_record_s_not_what_it_includes(sheet):
    ans = sheet.ask("硬件检测多少钱")
    assert ans.found and ans.span == "60元", ans.answer  # not the 套餐's 299元, which includes it (a guard)


@pytest.mark.parametrize("question", ["系统重装多少钱", "清灰要多少钱"])
def test_a_thing_only_a_package_includes_has_no_price_of_its_own(sheet, question):
    assert not sheet.ask(question).found  # 299元 is the 学生焕新套餐's


@pytest.mark.parametrize("question", ["2T的固态硬盘多少钱", "32G的内存条多少钱"])
def test_a_size_no_row_gives_is_refused(sheet, question):
    assert not sheet.ask(question).found


def test_a_size_a_row_gives_is_answered(sheet):
    ans = sheet.ask("1T的固态硬盘多少钱")
    assert ans.found and ans.span == "629元", ans.answer  # a guard: this passed before


def test_a_size_of_another_record_is_refused(sheet):
    assert not sheet.ask("16G的固态硬盘多少钱").found  # 16G is the 内存条's size, not any 固态硬盘's
