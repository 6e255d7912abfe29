"""Conversations as users chat them, over two invented documents the layer never saw while it was
written (tests/data/convo16): a photo studio's price list (a table of 12 packages, 工作日价格 and
周末价格 side by side) and a district's notice on four public charging stations (parallel sections
whose names share the head 充电站). Real engine (model, FAISS, BM25), state in a real Store.

Each script turn is right when it is read as expected (a complete question never rewritten) and the
reply holds what it must and nothing it must not. Measured on main before this branch's fixes and
after them (turns right / turns):

    STUDIO_SCRIPT    before  8/15   after 15/15
    CHARGING_SCRIPT  before  2/14   after 14/14
    MIXED_SCRIPT     before  6/15   after 14/15

The turn still wrong is the engine's, not the reading's (孕妇照要拍多久, see its comment).
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from support import DATA

from wenda.bot.conversation import ChatKey, Conversation, Store, render_reply
from wenda.bot.conversation.followup import resolve
from wenda.bot.conversation.subjects import Subjects, aliases, clean, slot_siblings
from wenda.bot.format import NOT_FOUND


@dataclass(frozen=True)
class Step:
    """One user message (as tests/bot/test_conversation.py's Step): the expected reading (None: read as
    written), what the plain reply must hold and what it must not."""

    text: str
    reading: str | None
    expect: tuple[str, ...] = ()
    absent: tuple[str, ...] = ()


def run_script(engine, steps: list[Step]) -> list[tuple[Step, object, str]]:
    conv = Conversation(engine, Store())
    key = ChatKey(chat=-16, user=1, private=False)
    out = []
    for n, step in enumerate(steps):
        reply = conv.reply(key, step.text)
        conv.sent(key, n, reply)
        out.append((step, reply, render_reply(reply)))
    return out


@pytest.fixture(scope="module")
def convo16_engine(tmp_path_factory):
    from support import engine_config

    from wenda.index.engine import Engine

    return Engine.open(engine_config(DATA / "convo16", tmp_path_factory.mktemp("convo16-index")), progress=False)


STUDIO_SCRIPT = [
    Step("拍证件照多少钱", None, ("【35元】",)),
    Step("简历照呢", "拍简历照多少钱", ("简历照", "99元")),
    # a time the price depends on narrows the question; its sibling in the next column (周末价格 beside
    # 工作日价格) takes its place though the two share no character
    Step("周末呢", "拍简历照周末多少钱", ("【129元】",)),
    Step("工作日呢", "拍简历照工作日多少钱", ("【99元】",)),
    Step("精修几张呢", "简历照精修几张", ("【3张】",)),
    # no 那/呢, but answered as written by another row of the table just asked: it needed the subject
    Step("送几套服装", "简历照送几套服装", ("【1套】",)),
    Step("情侣照和闺蜜照哪个贵", None, ("最贵的是情侣照",)),
    Step("差多少", "情侣照和闺蜜照哪个贵，差多少", ("情侣照比闺蜜照多100元",)),
    # the header of the table's name column names its rows together
    Step("哪个套餐最便宜", None, ("最便宜的是证件照（35元）",)),
    Step("外景婚纱照比室内婚纱照贵多少", None, ("外景婚纱照比室内婚纱照多2000元",)),
    Step("全家福多少人以上要加钱", None, ("【6人以上】",)),
    # 那 + a name that opens with 儿; the row lacks the fact: refused, never the last row's
    Step("那儿童照呢", "儿童照多少人以上要加钱", (NOT_FOUND,), absent=("6人以上",)),
    Step("哪个套餐拍摄时长最长", None, ("最多的是外景婚纱照（480分钟）",)),
    Step("你们几点关门", None, (NOT_FOUND,)),
    Step("谢谢", None, ("不客气",), absent=(NOT_FOUND,)),
]

CHARGING_SCRIPT = [
    Step("滨河公园充电站有多少个充电桩", None, ("【40个】",)),
    # a section is named by what sets it apart from its parallel sections (高铁站 of 高铁站充电站)
    Step("高铁站呢", "高铁站充电站有多少个充电桩", ("【60个】",)),
    Step("快充桩呢", "高铁站充电站有多少个快充桩", ("【50个】",)),
    Step("慢充呢", "高铁站充电站有多少慢充", ("【10个】",)),
    Step("那快充每度电多少钱", "高铁站充电站快充每度电多少钱", ("【1.3元】",)),
    Step("夜间呢", "高铁站充电站夜间快充每度电多少钱", ("【1.0元】",)),
    # the sections' shared head names them together
    Step("哪个充电站的充电桩最多", None, ("最多的是高铁站充电站（60个）",)),
    Step("四个充电站一共有多少个充电桩", None, ("= 132个", "合计132个")),
    Step("体育中心和区政府的服务费哪个便宜", None, ("最便宜的是体育中心充电站（0.3元）",)),
    # a correction changes only the word it corrects
    Step("不是区政府，是滨河公园", "体育中心和滨河公园的服务费哪个便宜",
         ("体育中心充电站0.3元 < 滨河公园充电站0.4元", "最便宜的是体育中心充电站（0.3元）")),
    Step("滨河公园充电站在哪", None, ("滨河路88号",)),
    Step("那里停车要钱吗", "滨河公园充电站停车要钱吗", ("停车免费",)),
    # not in the notice: refused, though asked of the station just named
    Step("可以刷信用卡吗", "滨河公园充电站可以刷信用卡吗", (NOT_FOUND,)),
    Step("谢谢", None, ("不客气",)),
]

MIXED_SCRIPT = [
    Step("区政府充电站工作日几点开门", None, ("【8:00】",)),
    Step("周末呢", "区政府充电站周末几点开门", ("【9:00】",)),
    # another thing of the same station where the question asked a time: never «电话几点开门»
    Step("电话呢", "区政府充电站的电话", ("0571-8701 2204",)),
    Step("体育中心那边呢", "体育中心充电站的电话", ("0571-8701 2203",)),
    Step("这家停车收费吗", "体育中心充电站停车收费吗", ("停车免费",)),
    # a new question about charging stations in general: never 体育中心充电站's, and refused
    Step("充电站有洗手间吗", None, (NOT_FOUND,)),
    Step("证件照要拍多久", None, ("【10分钟】",)),
    Step("毕业照呢", "毕业照要拍多久", ("【30分钟】",)),
    Step("换成全家福", "全家福要拍多久", ("【40分钟】",)),
    # 学士服 is 毕业照's: asked of 全家福 it is refused
    Step("可以自带学士服吗", "全家福可以自带学士服吗", (NOT_FOUND,), absent=("学士服】",)),
    Step("孕妇照呢", "孕妇照可以自带学士服吗", (NOT_FOUND,)),
    # engine: a complete question answered wrongly, with 32周 of its 备注 (建议孕28至32周拍摄), not 120分钟
    Step("孕妇照要拍多久", None, ("【120分钟】",), absent=("32周】",)),
    # a yes/no question without a subject that the other document answers is a new question, never 孕妇照's
    Step("充电期间停车要钱吗", None, ("停车免费",)),
    # engine: X充电站的开放时间 is answered for 高铁站 and 体育中心, but 全天24小时开放 is no answer to it
    Step("各充电站的开放时间是什么", None, ("【高铁站充电站】", "6:00至24:00", "【区政府充电站】", "工作日8:00至18:00",
                                      "全天24小时开放")),
    Step("好的，谢谢", None, ("不客气",)),
]


def score(results) -> tuple[int, list[str]]:
    """Turns right (read as expected, complete questions never rewritten, the reply holds what it must
    and nothing it must not), and a line for each wrong one."""
    right, wrong = 0, []
    for step, reply, text in results:
        want = clean(step.text) if step.reading is None else step.reading
        problems = []
        if step.reading is None and reply.rewritten:
            problems.append(f"rewritten as {reply.question!r}")
        elif reply.kind != "smalltalk" and reply.question != want:
            problems.append(f"read as {reply.question!r}, not {want!r}")
        problems += [f"lacks {w!r}" for w in step.expect if w not in text]
        problems += [f"holds {w!r}" for w in step.absent if w in text]
        if problems:
            wrong.append(f"{step.text}: {'; '.join(problems)}\n{text}")
        else:
            right += 1
    return right, wrong


@pytest.mark.parametrize("script,floor", [(STUDIO_SCRIPT, 15), (CHARGING_SCRIPT, 14), (MIXED_SCRIPT, 14)],
                         ids=["studio", "charging", "mixed"])
def test_convo16_scripts(convo16_engine, script, floor):
    results = run_script(convo16_engine, script)
    for step, reply, _ in results:  # a complete question is never rewritten, whatever the score
        if step.reading is None:
            assert not reply.rewritten, f"{step.text!r} is complete but was read as {reply.question!r}"
    right, wrong = score(results)
    print("\n\n".join(wrong))
    assert right >= floor, "\n\n".join(wrong)


# -- the mechanisms, on their own -----------------------------------------------------------------

STATIONS = ["滨河公园充电站", "高铁站充电站", "体育中心充电站", "区政府充电站", "注意事项"]


def test_parallel_names_are_named_by_what_sets_them_apart():
    table = aliases(STATIONS)
    assert table["高铁站"] == "高铁站充电站" and table["区政府"] == "区政府充电站"
    assert "注意" not in table  # no head shared: no short form
    assert aliases(["3路", "7路", "11路"]) == {"3路": "3路", "7路": "7路", "11路": "11路"}


def test_words_in_one_slot_of_parallel_columns_are_siblings():
    found = slot_siblings([["套餐", "工作日价格", "周末价格", "拍摄时长", "精修张数"]])
    assert found == {"工作日": {"周末"}, "周末": {"工作日"}}
    names = Subjects(["证件照", "简历照"], {}, found)
    assert resolve("工作日呢", "拍简历照周末多少钱", names).question == "拍简历照工作日多少钱"
    assert resolve("周末呢", "拍简历照多少钱", names).question == "拍简历照周末多少钱"


@pytest.mark.parametrize("text,previous,want", [
    ("不是区政府，是滨河公园", "体育中心和区政府的服务费哪个便宜", "体育中心和滨河公园的服务费哪个便宜"),
    ("不是快充，是慢充", "高铁站充电站快充每度电多少钱", "高铁站充电站慢充每度电多少钱"),
    ("夜间呢", "滨河公园充电站快充每度电多少钱", "滨河公园充电站夜间快充每度电多少钱"),
    ("下午呢", "区政府充电站上午几点开门", "区政府充电站下午几点开门"),
    ("地址呢", "区政府充电站周末几点开门", "区政府充电站的地址"),
    # a kind of day in place of the one said, though no table pairs them
    ("周末呢", "区政府充电站工作日几点开门", "区政府充电站周末几点开门"),
    ("节假日呢", "高铁站充电站白天快充每度电多少钱", "高铁站充电站节假日快充每度电多少钱"),
    ("这家停车要钱吗", "区政府充电站有多少个充电桩", "区政府充电站停车要钱吗"),
    # a comparison with the last subject as its first term, of what was asked last
    ("比高铁站贵多少", "滨河公园充电站快充每度电多少钱", "滨河公园充电站和高铁站充电站快充每度电多少钱，差多少"),
    # nothing but the subject to put it to: the thing narrows the subject
    ("快充呢", "注意事项是什么", "快充注意事项是什么"),
    ("那里可以刷卡吗", "高铁站充电站在哪", "高铁站充电站可以刷卡吗"),
])
def test_follow_ups_on_parallel_sections(text, previous, want):
    reading = resolve(text, previous, STATIONS)
    assert reading.rewritten and reading.question == want


def test_a_word_in_the_slot_of_the_subject_names_its_sibling_subject():
    floors = ["门诊楼一楼", "门诊楼二楼", "医技楼一楼", "医技楼二楼", "科室分布"]
    assert resolve("二楼呢", "门诊楼一楼有哪些科室", floors).question == "门诊楼二楼有哪些科室"
    assert resolve("医技楼呢", "门诊楼二楼有哪些科室", floors).question == "医技楼二楼有哪些科室"


@pytest.mark.parametrize("text,previous,want", [
    ("身份证呢", "照片要几张", "身份证要几张"),  # 几 before a classifier alone: the noun before it is counted
    ("桌游呢", "健康操是星期几", "桌游是星期几"),  # 星期几 asks a day; the topic before 是 is replaced whole
])
def test_the_noun_counted_or_asked_of_is_replaced(text, previous, want):
    assert resolve(text, previous, STATIONS).question == want


def test_a_case_narrows_a_price():
    assert resolve("儿童呢", "3路多少钱", ["3路", "7路", "11路"]).question == "3路儿童多少钱"


@pytest.mark.parametrize("text,previous", [
    ("充电站有洗手间吗", "毕业照可以自带学士服吗"),
    ("哪个套餐最便宜", "情侣照和闺蜜照哪个贵"),
])
def test_a_question_naming_its_own_kind_is_never_rewritten(text, previous):
    names = Subjects(STATIONS + ["证件照", "毕业照", "情侣照", "闺蜜照"],
                     {n: "studio.csv|studio|套餐" for n in ("证件照", "毕业照", "情侣照", "闺蜜照")})
    reading = resolve(text, previous, names)
    assert not reading.rewritten and reading.question == clean(text)
