"""Records, units and question words read as an asker writes them (session 17, kinds from unseen13):

- a record named by its short name, which jieba cuts into characters (朗逸 of 大众朗逸), is the corpus's
  word for it; a Chinese numeral is the figure the list writes (宝马三系: 宝马3系);
- a row's value answers the asked word its own column says in part (一天租金: 日租价), whatever sibling
  another cell names (押金);
- 多大 asks an age only of a person or an animal (孩子多大了); 这表屏幕多大 asks a size;
- a measure asked by its own word (多远) is no phone number, whatever phone word names the thing
  (手机离表多远);
- a particle closing the question (几种运动模式啊) is no part of the noun counted;
- 公尺 is a metre, 格 counts stalls;
- a model named by a word and a code (特斯拉Model Y) is not answered by a line of another code (Model 3);
- a row's own column answers only a typed value, by the asked word's modifier (租 of 租金), never a name
  cell by its head (篮球场 is no 场馆 of the 羽球场 row); single characters are joined only where they
  stand side by side in the question (停 … 车 of 能停多少辆车 is no 停车);
- 体重多少 asks a weight, and 才能 says may, no deed the line must say;
- how long a deed takes (采血小板要多久) is not answered by the interval between two of them (间隔不少于
  2周), which answers 多久可以再献.
Through a real engine over documents written here: real model, FAISS, BM25."""

from __future__ import annotations

import pytest

from support import text_engine
from wenda.index import extract
from wenda.index.query import asked_kind, counted_noun, normalize

CARS = """车型,座位数,日租价,周租价,押金
大众朗逸,5座,158元,980元,3000元
宝马3系,5座,498元,3080元,8000元
丰田卡罗拉,5座,168元,1050元,3000元
特斯拉Model 3,5座,388元,2450元,8000元
"""

VENUES = """场馆,收费,说明
羽球场,每小时300元,以面计费
游泳池,每人每次40元,含淋浴
"""

CENTRE = """社区活动中心须知

中心设有免费停车场，可停放汽车60辆。
"""

BLOOD = """青河市献血须知

一、条件
献血者体重不低于50公斤。

二、时间
单采血小板两次献血间隔不少于2周。
血小板采集约需60分钟。
"""

WATCH = """# 云雀手表S2用户指南

## 产品简介
- 屏幕：1.32英寸彩屏
- 重量：约30克

## 功能
- 支持跑步、骑行、游泳等80种运动模式。
- 手表与手机距离在8米以内时保持连接。

## 夜市摊位
摊位共计120格，通道宽度须保持2公尺以上。
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    return text_engine(tmp_path_factory.mktemp("names"), {"租车价目表.csv": CARS, "watch.md": WATCH,
                                                          "场馆收费.csv": VENUES, "centre.txt": CENTRE,
                                                          "blood.txt": BLOOD})


def test_a_record_by_its_short_name(engine):
    ans = engine.ask("朗逸租一天多少钱")
    assert ans.found and "158元" in ans.answer, ans.answer


def test_a_chinese_numeral_is_the_lists_figure(engine):
    assert extract.digit_form("宝马三系") == "宝马3系" and extract.digit_form("十三") == "十三"
    ans = engine.ask("宝马三系一天租金多少")
    assert ans.found and "498元" in ans.answer and "8000元" not in ans.answer, ans.answer


def test_size_or_age():
    assert asked_kind(normalize("这表屏幕多大")) != "age"
    assert asked_kind(normalize("孩子多大了")) == "age"
    assert asked_kind(normalize("几岁可以报名")) == "age"


def test_a_distance_asked_of_a_phone_is_no_number():
    assert asked_kind(normalize("手机离表多远就连不上了")) == "distance"
    assert asked_kind(normalize("客服手机多少")) == "phone"


def test_a_closing_particle_is_no_noun():
    assert counted_noun("有几种运动模式啊") == "模式"


def test_the_watch_answers(engine):
    ans = engine.ask("这表屏幕多大")
    assert ans.found and "1.32英寸" in ans.answer, ans.answer
    ans = engine.ask("有几种运动模式啊")
    assert ans.found and "80种" in ans.answer, ans.answer
    ans = engine.ask("手机离表多远就连不上了")
    assert ans.found and "8米" in ans.answer, ans.answer


def test_metres_and_stalls(engine):
    assert extract.same_measure("公尺", "米")
    assert [f.text for f in extract.figures("通道宽度须保持2公尺以上")] == ["2公尺以上"]
    ans = engine.ask("通道要留多宽")
    assert ans.found and "2公尺" in ans.answer, ans.answer
    ans = engine.ask("一共有多少个摊位")
    assert ans.found and "120格" in ans.answer, ans.answer


def test_another_model_code_is_no_answer(engine):
    ans = engine.ask("特斯拉Model 3一天租金多少")
    assert ans.found and "388元" in ans.answer, ans.answer
    ans = engine.ask("特斯拉Model Y一天租金多少")
    assert not ans.found, ans.answer


def test_a_name_cell_is_no_column_of_the_asked_word(engine):
    ans = engine.ask("篮球场怎么收费")
    assert not ans.found or "羽球场" not in ans.answer, ans.answer


def test_characters_joined_only_side_by_side(engine):
    ans = engine.ask("停车场能停多少辆车")
    assert ans.found and "60辆" in ans.answer, ans.answer


def test_a_weight_asked_and_a_modal_no_deed(engine):
    assert asked_kind(normalize("体重多少才能献血")) == "weight"
    ans = engine.ask("体重多少才能献血")
    assert ans.found and "50公斤" in ans.answer, ans.answer


def test_how_long_is_no_interval(engine):
    ans = engine.ask("采血小板要多久")
    assert ans.found and "60分钟" in ans.answer and "2周" not in ans.answer, ans.answer
    ans = engine.ask("血小板献完多久可以再献")
    assert ans.found and "2周" in ans.answer, ans.answer
