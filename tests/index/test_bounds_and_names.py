"""Values a question words otherwise, read by general rules (session 19):

- 全区, 本区, 各村 name the whole the document is about, or each of its places, never another place of the
  kind: «全区共有公办幼儿园14所» answers 城南区有几所公办幼儿园 in 城南区教育局's notice; a place it never
  names (城北区) is still refused;
- a deed done to a thing (上课, 开课: a verb by jieba's dictionary) is no kind of it: the 上课时间 cell names
  no other 课 than 陶艺课;
- a table row's name is the cell headed 名称 (课程名称 after 课程编号), and the answer line shows it; its code
  (课程编号：K101) answers nothing asked of it (陶艺课在哪个校区 is refused);
- a threshold asked past which the deed is barred (超过几公斤就不能养) is answered by the side allowed
  (体重须在10公斤以下);
- 外省 is another province, no place named 寄外省;
- the bound after an asked quantity (几天内) goes with it: 内能 is no word the sentence must say;
- a noun that names what is measured (海拔) takes the figure right after it (海拔3,102公尺), not one of the
  clause that repeats more of the question's other words;
- 2027届 is a cohort, no count (一共多少本科毕业生: 共计4863人).
Through a real engine over documents written here: real model, FAISS, BM25."""

from __future__ import annotations

import pytest

from support import text_engine
from wenda.index import extract
from wenda.index.query import counted_noun, strip_asked
from wenda.index.support import no_kind, places_named

NOTICE = """城南区教育局关于2027年秋季公办幼儿园招生工作的通知

一、招生计划
全区共有公办幼儿园14所，今年计划招收小班幼儿1260名。

二、报名时间
报名时间为6月1日至6月10日，每天9:00至17:00。
"""

COURSES = """# 青松社区学院2027年春季兴趣课程表

| 课程编号 | 课程名称 | 授课教师 | 上课时间 | 备注 |
|---|---|---|---|---|
| K101 | 陶艺制作 | 董青 | 周六上午 | 材料费120元自理 |
| K102 | 书法艺术 | 周墨 | 周二晚上 | 材料费50元自理 |
| K103 | 咖啡品鉴 | 李佳 | 周三晚上 | 材料费80元自理 |
| K104 | 急救与自救 | 黄丽 | 周四晚上 | 考核合格可获救护员证 |
"""

PETS = """翠湖公寓住户须知

一、宠物
本公寓允许饲养猫、狗等小型宠物，每户最多2只，体重须在10公斤以下。

二、寄件
前台可代寄快递，省内一般2天送达，省外一般3至5天送达。

三、退换
在公寓商店购买的商品支持7天无理由退货，自签收次日起计算。
"""

HUT = """雲峰山屋簡介

雲峰山屋位於雲峰山步道8.5公里處，海拔3,102公尺，共有床位96床。
"""

CEREMONY = """2027届毕业典礼安排

一、参加人员
全体2027届本科毕业生，共计4863人。
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    return text_engine(tmp_path_factory.mktemp("bounds"), {
        "notice.txt": NOTICE, "courses.md": COURSES, "pets.txt": PETS, "hut.txt": HUT, "ceremony.txt": CEREMONY})


def test_whole_and_deeds_are_no_kinds():
    assert no_kind("全区") and no_kind("本区") and no_kind("上课") and no_kind("开课")
    assert not no_kind("下午") and not no_kind("社区") and not no_kind("上铺")


def test_no_place_named_by_another_province():
    assert places_named("寄外省多久到") == []
    assert places_named("韭园镇党委书记是谁") == ["韭园镇"]


def test_bound_goes_with_the_asked_quantity():
    assert "内能" not in strip_asked("买的东西不想要了几天内能退")
    assert counted_noun("买的东西不想要了几天内能退") is None
    assert counted_noun("多少户困难家庭") == "家庭"


def test_a_cohort_is_no_figure():
    assert [f.text for f in extract.figures("全体2027届本科毕业生，共计4863人。")] == ["共计4863人"]
    assert [f.text for f in extract.figures("共有3届毕业生。")] == ["3届"]


@pytest.mark.parametrize("question,said,not_said", [
    ("城南区一共有几所公办幼儿园", "14所", None),
    ("陶艺课要交多少材料费", "120元", "50元"),
    ("狗狗超过几公斤就不能养了", "10公斤", None),
    ("寄外省多久到", "3至5天", None),
    ("买的东西不想要了几天内能退", "7天", None),
    ("云峰山屋海拔多高", "3,102公尺", "8.5公里"),
    ("今年一共多少本科毕业生", "4863人", "2027"),
])
def test_the_value_asked(engine, question, said, not_said):
    ans = engine.ask(question)
    assert ans.found and said in ans.answer and (not_said is None or not_said not in ans.answer), ans.answer


def test_a_remark_may_answer_what_a_code_does_not(engine):
    ans = engine.ask("急救课上完能拿什么证书")
    assert ans.found and "救护员证" in ans.answer, ans.answer


def test_the_row_line_shows_its_name(engine):
    ans = engine.ask("陶艺课要交多少材料费")
    assert "陶艺制作" in ans.answer, ans.answer


@pytest.mark.parametrize("question", ["城北区一共有几所公办幼儿园", "宠物超过几岁就不能养了", "咖啡课要交多少学费",
                                      "陶艺课在哪个校区"])
def test_still_refused(engine, question):
    ans = engine.ask(question)
    assert not ans.found, ans.answer
