"""The conversation layer: follow-ups, several sections, arithmetic over quoted figures, small talk,
state that expires and survives a restart.

Scripts run over the real engine (real model, FAISS, BM25) on the bundled article and on an
invented second corpus (tests/data/villages); the state lives in a real SQLite file.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from support import DATA

from wenda.bot.conversation import ChatKey, Conversation, Store, render_reply
from wenda.bot.conversation.figures import chinese_number, parse
from wenda.bot.conversation.followup import resolve
from wenda.bot.conversation.plan import plan
from wenda.bot.conversation.subjects import clean
from wenda.bot.format import NOT_FOUND
from wenda.bot.smalltalk import kind_of

ARTICLE = ["商务中心区", "大李庄乡", "白潭镇", "崔桥镇"]
VILLAGES = ["东湖村", "西岭村", "南塘村", "北坡村"]


class Clock:
    """An injected clock: tests move time forward by hand."""

    def __init__(self, now: float = 1_000_000.0):
        self.now = now

    def __call__(self) -> float:
        return self.now


@pytest.fixture(scope="module")
def village_engine(tmp_path_factory):
    from support import engine_config

    from wenda.index.engine import Engine

    return Engine.open(engine_config(DATA / "villages", tmp_path_factory.mktemp("villages-index")), progress=False)


# -- scripts ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class Step:
    text: str
    reading: str | None  # the expected resolved question; None: read as written (never rewritten)
    expect: tuple[str, ...] = ()  # what the plain reply must contain
    user: int = 1
    reply_to: int | None = None  # the id of an earlier bot message (ids are the step numbers)
    absent: tuple[str, ...] = ()  # what it must not contain


ARTICLE_SCRIPT = [
    Step("崔桥镇设了多少卡点", None, ("【43个】", "村级设置堵卡点43个")),
    Step("那大李庄乡呢？", "大李庄乡设了多少卡点", ("按“大李庄乡设了多少卡点”理解", "【21个】")),
    Step("他们劝阻了多少辆车", "大李庄乡劝阻了多少辆车", ("【160辆】",)),
    Step("人呢？", "大李庄乡劝阻了多少人", ("【2860人】",), absent=("【261人】",)),
    Step("崔桥镇和大李庄乡各设了多少卡点？", None, ("【崔桥镇】", "【43个】", "【大李庄乡】", "【21个】")),
    Step("崔桥镇比大李庄乡多设了几个卡点？", None, ("崔桥镇43个 − 大李庄乡21个 = 22个", "崔桥镇比大李庄乡多22个")),
    # a refusal, then a follow-up to it
    Step("大李庄乡捐了多少钱", None, (NOT_FOUND,)),
    Step("那崔桥镇呢", "崔桥镇捐了多少钱", ("【近10万元】",)),
    Step("该镇每天出动多少人", "崔桥镇每天出动多少人", ("【150余名】",)),
    # a topic change: a complete question is read as written
    Step("商务中心区捐了多少钱？", None, ("【45000余元】",)),
    Step("那崔桥镇呢？", "崔桥镇捐了多少钱", ("【近10万元】",)),
    Step("四个乡镇一共捐了多少钱", None, ("无法计算", "大李庄乡", "白潭镇", "近10万元", "45000余元")),
    Step("谢谢", None, ("不客气",), absent=(NOT_FOUND,)),
    Step("崔桥镇悬挂了多少横幅", None, ("【102幅】",)),
    Step("标语呢", "崔桥镇悬挂了多少标语", ("【不少于100条】",)),
    Step("白潭镇的书记是谁", None, ("【何东亚】",)),
    Step("那大李庄乡的乡长呢", None, ("丁俊邦",)),
    Step("崔桥镇与大李庄乡的卡点分别有多少个", None, ("【43个】", "【21个】")),
    Step("崔桥镇和大李庄乡谁的卡点多", None, ("崔桥镇43个 > 大李庄乡21个", "最多的是崔桥镇（43个）")),
    Step("大李庄乡和崔桥镇一共设了多少个卡点", None, ("大李庄乡21个 + 崔桥镇43个 = 64个",)),
    Step("大李庄乡比崔桥镇少设了几个卡点", None, ("大李庄乡21个 − 崔桥镇43个 = -22个", "大李庄乡比崔桥镇少22个")),
    Step("崔桥镇和商务中心区谁捐的钱多", None, ("崔桥镇近10万元 > 商务中心区45000余元", "最多的是崔桥镇（近10万元）")),
    Step("哪个乡镇卡点最多", None, ("无法计算：资料中没有白潭镇的这个数字", "【21个】", "【43个】")),
]

VILLAGE_SCRIPT = [
    Step("你好", None, ("你好", "比如")),
    Step("东湖村新修了多少公里水渠", None, ("【12公里】", "新修灌溉水渠12公里")),
    Step("那西岭村呢？", "西岭村新修了多少公里水渠", ("【7公里】",)),
    Step("这个村组织了多少志愿者", "西岭村组织了多少志愿者", ("【60名】",)),
    Step("哪个村最多？", "各村组织了多少志愿者，哪个最多",
         ("东湖村45名", "西岭村60名", "南塘村30名", "北坡村25名", "最多的是西岭村（60名）")),
    Step("一共多少", "各村一共组织了多少志愿者", ("45名 + ", "= 160人", "合计160人")),
    Step("四个村一共发放了多少良种", None, ("3000公斤 + ", "= 8500公斤")),
    Step("各村新修了多少水渠，哪个最多", None, ("无法计算", "南塘村")),
    Step("东湖村和西岭村新修的水渠哪个长", None, ("东湖村12公里 > 西岭村7公里", "最多的是东湖村（12公里）")),
    Step("东湖村比西岭村多投入多少资金", None, ("东湖村20万元 − 西岭村15万元 = 5万元", "东湖村比西岭村多5万元")),
    Step("南塘村呢", "南塘村投入多少资金", (NOT_FOUND,)),
    Step("南塘村建了多少座大棚", None, ("【15座】",)),
    Step("北坡村呢", "北坡村建了多少座大棚", (NOT_FOUND,), absent=("15座",)),
    Step("北坡村改造出多少亩良田", None, ("【260亩】",)),
    Step("西岭村的书记是谁", None, ("【林芳】",)),
    Step("北坡村呢", "北坡村的书记是谁", ("【马军】",)),
    Step("主任呢", "北坡村的主任是谁", (NOT_FOUND,)),
    Step("把各村按检修农机的台数从多到少排序", None,
         ("东湖村36台 > 西岭村21台 > 南塘村18台 > 北坡村12台", "从多到少：东湖村、西岭村、南塘村、北坡村")),
    Step("能问些什么", None, ("比如",), absent=(NOT_FOUND,)),
]


def run_script(engine, steps: list[Step], store: Store | None = None) -> list[tuple[Step, object, str]]:
    conv = Conversation(engine, store or Store())
    out = []
    for n, step in enumerate(steps):
        key = ChatKey(chat=-100, user=step.user, private=False)
        reply = conv.reply(key, step.text, reply_to=step.reply_to)
        conv.sent(key, n, reply)
        out.append((step, reply, render_reply(reply)))
    return out


def check(results) -> tuple[int, int]:
    """Assert every step; returns (readings right, readings checked)."""
    right = total = 0
    for step, reply, text in results:
        said = clean(step.text)
        if step.reading is None:
            assert not reply.rewritten, f"{step.text!r} is complete but was read as {reply.question!r}"
            if reply.kind not in ("smalltalk",):
                assert reply.question == said
        else:
            total += 1
            right += reply.question == step.reading
            if reply.question != step.reading:
                print(f"misread: {step.text!r} as {reply.question!r}, expected {step.reading!r}")
        for want in step.expect:
            assert want in text, f"{step.text!r} (read as {reply.question!r}):\n{text}\nlacks {want!r}"
        for unwanted in step.absent:
            assert unwanted not in text, f"{step.text!r}: {unwanted!r} in\n{text}"
    return right, total


def test_article_script(article_engine):
    right, total = check(run_script(article_engine, ARTICLE_SCRIPT))
    assert total >= 7 and right == total


def test_village_script(village_engine):
    right, total = check(run_script(village_engine, VILLAGE_SCRIPT))
    assert total >= 7 and right == total


def test_every_compared_figure_is_quoted(village_engine, article_engine):
    conv = Conversation(village_engine)
    for q in ("四个村一共发放了多少良种", "东湖村比西岭村多投入多少资金", "把各村按检修农机的台数从多到少排序"):
        reply = conv.reply("k", q)
        assert reply.kind == "comparison" and reply.refusal is None, q
        for part in reply.parts:
            assert part.quantity is not None
            assert part.quantity.text in part.answer.quotes[0].text  # the figure stands in its quote
            assert part.answer.quotes[0].text in render_reply(reply)
    total = conv.reply("k", "四个村一共发放了多少良种")
    assert sum(p.quantity.value for p in total.parts) == 8500
    assert total.result == "合计8500公斤"


def test_units_that_differ_refuse_saying_which(village_engine):
    reply = Conversation(village_engine).reply("k", "东湖村和北坡村新修的水渠一共多长")
    assert reply.kind == "comparison" and reply.result is None
    assert "单位不同" in reply.refusal and "东湖村12公里" in reply.refusal and "北坡村800米" in reply.refusal


def test_html_rendering(article_engine):
    conv = Conversation(article_engine)
    conv.reply("h", "崔桥镇设了多少卡点")
    follow = render_reply(conv.reply("h", "那大李庄乡呢"), html_mode=True)
    assert follow.startswith("<i>按“大李庄乡设了多少卡点”理解：</i>")
    assert "<b>21个</b>" in follow and "<blockquote>" in follow
    diff = render_reply(conv.reply("h", "崔桥镇比大李庄乡多设了几个卡点"), html_mode=True)
    assert "崔桥镇43个 − 大李庄乡21个 = 22个" in diff and "<b>崔桥镇比大李庄乡多22个</b>" in diff


def test_two_users_in_a_group_keep_their_own_thread(article_engine):
    conv = Conversation(article_engine)
    alice, bob = ChatKey(-5, 1, private=False), ChatKey(-5, 2, private=False)
    conv.reply(alice, "崔桥镇设了多少卡点")
    conv.reply(bob, "商务中心区捐了多少钱")
    a = conv.reply(alice, "那大李庄乡呢")
    b = conv.reply(bob, "那崔桥镇呢")
    assert a.question == "大李庄乡设了多少卡点" and "21个" in render_reply(a)
    assert b.question == "崔桥镇捐了多少钱" and "近10万元" in render_reply(b)


def test_a_reply_to_an_older_message_uses_its_question(article_engine):
    conv = Conversation(article_engine)
    key = ChatKey(-7, 3, private=False)
    conv.sent(key, 501, conv.reply(key, "大李庄乡劝阻了多少辆车"))
    conv.sent(key, 502, conv.reply(key, "商务中心区捐了多少钱"))
    conv.sent(key, 503, conv.reply(key, "白潭镇有多少所小学"))
    # another user of the group replies to the first answer
    other = ChatKey(-7, 4, private=False)
    reply = conv.reply(other, "人呢？", reply_to=501)
    assert reply.question == "大李庄乡劝阻了多少人" and reply.how == "reply"
    assert "2860人" in render_reply(reply)
    plain = conv.reply(key, "那崔桥镇呢")  # without reply_to: the last question (小学)
    assert plain.question == "崔桥镇有多少所小学"


def test_context_expires_and_new_clears_it(article_engine, tmp_path):
    clock = Clock()
    conv = Conversation(article_engine, Store(tmp_path, ttl=600, clock=clock))
    conv.reply("c", "崔桥镇设了多少卡点")
    clock.now += 599
    assert conv.reply("c", "那大李庄乡呢").question == "大李庄乡设了多少卡点"
    clock.now += 601
    stale = conv.reply("c", "那大李庄乡呢")
    assert stale.kind == "clarify" and not stale.rewritten and "没有上一个问题" in render_reply(stale)
    assert "保留10分钟" in render_reply(stale)
    conv.reply("c", "崔桥镇设了多少卡点")
    cleared = conv.reply("c", "/new")
    assert cleared.kind == "cleared" and "新话题" in render_reply(cleared)
    assert not conv.reply("c", "那大李庄乡呢").rewritten
    short = Conversation(article_engine, Store(ttl=60, clock=clock))
    short.reply("c", "崔桥镇设了多少卡点")
    clock.now += 61
    assert short.reply("c", "那大李庄乡呢").kind == "clarify"
    assert short.reply("c", "大李庄乡设了多少卡点").question == "大李庄乡设了多少卡点"  # a complete one is answered


def test_a_restart_in_the_middle_keeps_the_thread(article_engine, tmp_path):
    store = Store(tmp_path)
    conv = Conversation(article_engine, store)
    key = ChatKey(42)
    conv.sent(key, 7, conv.reply(key, "大李庄乡劝阻了多少辆车"))
    conv.reply(key, "崔桥镇设了多少卡点")
    store.close()
    again = Conversation(lambda: article_engine, Store(tmp_path))  # a new process would do this
    assert again.reply(key, "那大李庄乡呢").question == "大李庄乡设了多少卡点"
    assert again.reply(key, "人呢", reply_to=7).question == "大李庄乡劝阻了多少人"
    assert (tmp_path / "conversations.sqlite3").is_file()


@pytest.mark.parametrize("text", ["", "   ", None, 42])
def test_bad_input_gets_a_message(article_engine, text):
    reply = Conversation(article_engine).reply("b", text)
    assert reply.kind == "error" and "问题是空的" in render_reply(reply)


def test_long_and_odd_input_never_raises(article_engine):
    conv = Conversation(article_engine)
    conv.reply("o", "崔桥镇设了多少卡点")
    for text in ("呢" * 3000, "？？？", "那呢", "<b>那白潭镇呢</b>", "\x00\u200b那大李庄乡呢", "比比比多少"):
        reply = conv.reply("o", text)
        assert render_reply(reply, html_mode=True)
    assert "<b>白潭镇" not in render_reply(conv.reply("o", "<b>那白潭镇呢</b>"), html_mode=True)


def test_store_reports_a_folder_it_cannot_create(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    from wenda.bot.conversation import StoreError

    with pytest.raises(StoreError, match="cannot create"):
        Store(blocker / "sub" / "state.sqlite3")


def test_he_and_she_are_the_person_just_named(article_engine, village_engine):
    conv = Conversation(article_engine)
    conv.reply("p", "白潭镇的书记是谁")
    reply = conv.reply("p", "他检查了什么")
    assert reply.question == "何东亚检查了什么" and "检查卡点" in render_reply(reply)
    villages = Conversation(village_engine)
    villages.reply("p", "东湖村的村委会主任是谁")
    assert villages.reply("p", "他查看了什么").question == "陈刚查看了什么"


@pytest.mark.parametrize("text", ["那大李庄乡呢", "人呢？", "还有呢", "哪个最多", "一共多少"])
def test_a_follow_up_without_a_previous_question_asks_for_the_whole_question(article_engine, text):
    reply = Conversation(article_engine).reply("fresh", text)
    assert reply.kind == "clarify" and "请把问题说完整" in render_reply(reply) and not reply.found


def test_too_many_sections_are_refused_before_asking(village_engine, monkeypatch):
    from wenda.bot.conversation import core

    monkeypatch.setattr(core, "MAX_SECTIONS", 3)
    reply = Conversation(village_engine).reply("m", "各村分别组织了多少志愿者")
    assert reply.kind == "multi" and not reply.parts and not reply.found
    assert "4个部分" in render_reply(reply) and "最多回答3个" in render_reply(reply)


def test_a_damaged_state_file_is_a_clear_error(tmp_path):
    from wenda.bot.conversation import StoreError

    bad = tmp_path / "conversations.sqlite3"
    bad.write_bytes(b"not a database at all" * 100)
    with pytest.raises(StoreError, match="cannot open the conversation file"):
        Store(tmp_path)


def test_the_store_is_shared_by_threads(tmp_path):
    from concurrent.futures import ThreadPoolExecutor

    store = Store(tmp_path)

    def work(i: int) -> str | None:
        store.remember(f"k{i % 5}", f"问题{i}", ["东湖村"])
        store.remember_message("room", i, f"问题{i}")
        return store.question_of("room", i)

    with ThreadPoolExecutor(8) as pool:
        got = list(pool.map(work, range(200)))
    assert got == [f"问题{i}" for i in range(200)]
    assert {store.last(f"k{j}").question for j in range(5)} <= {f"问题{i}" for i in range(200)}


# -- pure parts --------------------------------------------------------------------------------

COMPLETE = [
    ("崔桥镇设了多少卡点", ARTICLE), ("大李庄乡的乡长是谁", ARTICLE), ("许峰是谁", ARTICLE),
    ("全县一共有多少人感染", ARTICLE), ("商务中心区捐了多少钱？", ARTICLE), ("白潭镇有多少所小学", ARTICLE),
    ("崔桥镇和大李庄乡各设了多少卡点", ARTICLE), ("四个乡镇一共捐了多少钱", ARTICLE), ("哪个乡镇卡点最多", ARTICLE),
    ("崔桥镇比大李庄乡多设了几个卡点", ARTICLE), ("那崔桥镇捐了多少钱", ARTICLE),
    ("东湖村新修了多少公里水渠", VILLAGES), ("西岭村党支部书记是谁", VILLAGES), ("北坡村改造出多少亩良田", VILLAGES),
    ("各村组织了多少志愿者", VILLAGES), ("陈刚检查了什么", VILLAGES),
]


@pytest.mark.parametrize("text,names", COMPLETE)
@pytest.mark.parametrize("previous", [None, "崔桥镇设了多少卡点", "东湖村和西岭村各发放了多少良种"])
def test_a_complete_question_is_never_rewritten(text, names, previous):
    reading = resolve(text, previous, names)
    assert not reading.rewritten and reading.question == clean(text)


def test_the_article_questions_are_never_rewritten():
    """Every question of the article's evaluation set is complete: no previous question changes it."""
    import json

    questions = [json.loads(line)["q"] for line in (DATA / "article_questions.jsonl").open(encoding="utf-8")]
    assert len(questions) > 50
    for previous in ("崔桥镇设了多少卡点", "崔桥镇和大李庄乡各设了多少卡点", "白潭镇的书记是谁"):
        for q in questions:
            reading = resolve(q, previous, ARTICLE, person="何东亚")
            assert not reading.rewritten and reading.question == clean(q), (previous, q, reading)


FOLLOW_UPS = [
    ("那大李庄乡呢？", "崔桥镇设了多少卡点", ARTICLE, "大李庄乡设了多少卡点"),
    ("崔桥呢", "大李庄乡设了多少卡点", ARTICLE, "崔桥镇设了多少卡点"),
    ("人呢？", "大李庄乡劝阻了多少辆车", ARTICLE, "大李庄乡劝阻了多少人"),
    ("他们每天出动多少人？", "崔桥镇设了多少卡点", ARTICLE, "崔桥镇每天出动多少人"),
    ("该乡劝阻了多少人", "大李庄乡设了多少卡点", ARTICLE, "大李庄乡劝阻了多少人"),
    ("哪个乡镇最多？", "崔桥镇设了多少卡点", ARTICLE, "各乡镇设了多少卡点，哪个最多"),
    ("还有呢", "崔桥镇设了多少卡点", ARTICLE, "崔桥镇设了多少卡点"),
    ("那白潭镇多少", "崔桥镇设了多少卡点", ARTICLE, "白潭镇设了多少卡点"),
    ("一共多少", "崔桥镇和大李庄乡各设了多少卡点", ARTICLE, "崔桥镇和大李庄乡一共设了多少卡点"),
    ("那白潭镇呢", "崔桥镇和大李庄乡各设了多少卡点", ARTICLE, "白潭镇设了多少卡点"),
    ("书记呢", "白潭镇的镇长是谁", ARTICLE, "白潭镇的书记是谁"),
    ("那每天出动多少人", "崔桥镇设了多少卡点", ARTICLE, "崔桥镇每天出动多少人"),
    ("捐了多少钱呢", "崔桥镇设了多少卡点", ARTICLE, "崔桥镇捐了多少钱"),
    ("西岭村和南塘村呢", "东湖村发放了多少良种", VILLAGES, "西岭村和南塘村发放了多少良种"),
    ("这里组织了多少志愿者", "北坡村改造出多少亩良田", VILLAGES, "北坡村组织了多少志愿者"),
    ("那农机呢", "南塘村组织了多少志愿者", VILLAGES, "南塘村组织了多少农机"),
    ("那白潭镇呢", "崔桥镇比大李庄乡多设了几个卡点", ARTICLE, "白潭镇设了几个卡点"),
    ("南塘村呢", "哪个村志愿者最多", VILLAGES, "南塘村多少志愿者"),
    ("东湖村和北坡村呢", "西岭村和南塘村一共发放了多少良种", VILLAGES, "东湖村和北坡村一共发放了多少良种"),
    ("从多到少排序", "各村发放了多少良种", VILLAGES, "各村发放了多少良种，从多到少"),
]


def test_follow_up_resolution_is_right_on_nine_in_ten():
    wrong = [(t, resolve(t, p, n).question, want) for t, p, n, want in FOLLOW_UPS if resolve(t, p, n).question != want]
    assert len(wrong) <= len(FOLLOW_UPS) // 10, wrong
    assert all(resolve(t, p, n).rewritten for t, p, n, _ in FOLLOW_UPS)


def test_plans():
    assert plan("崔桥镇设了多少卡点", ARTICLE).operation == "single"
    diff = plan("大李庄乡比崔桥镇少设了几个卡点", ARTICLE)
    assert (diff.operation, diff.sections, diff.questions) == (
        "diff", ["大李庄乡", "崔桥镇"], ["大李庄乡设了几个卡点", "崔桥镇设了几个卡点"])
    assert plan("四个乡镇一共捐了多少钱", ARTICLE).sections == ARTICLE  # 四个: all four, though one is a 区
    assert plan("每个镇分别设了多少卡点", ARTICLE).sections == ["白潭镇", "崔桥镇"]
    assert plan("哪个村志愿者最少", VILLAGES).operation == "min"
    srt = plan("各村良种从少到多排序", VILLAGES)
    assert srt.operation == "sort" and not srt.descending and srt.questions[0] == "东湖村良种多少"


def test_figures():
    assert (parse("6:15").value, parse("6:15").unit) == (6.25, "时刻") and parse("次日1:00").value == 25
    assert parse("近10万元").value == 100000 and parse("近10万元").unit == "元" and not parse("近10万元").exact
    assert (parse("150余名").value, parse("150余名").unit) == (150, "人")
    assert (parse("43个").value, parse("43个").exact) == (43, True)
    assert parse("两万三千元").value == 23000 and parse("四次").value == 4
    assert chinese_number("一百二十") == 120 and chinese_number("十五") == 15 and chinese_number("卡点") is None
    assert parse("没有数字") is None


@pytest.mark.parametrize("text,kind", [
    ("谢谢", "thanks"), ("谢谢！", "thanks"), ("你好", "greeting"), ("您好呀", "greeting"), ("hi", "greeting"),
    ("你能回答什么", "help"), ("你能回答什么问题？", "help"), ("再见", "bye"), ("好的，谢谢", "thanks"),
    ("🙂", "symbols"), ("？？？", "symbols"), ("👍👍", "symbols"),
    ("谢谢，崔桥镇设了多少卡点", None), ("你好崔桥镇设了多少卡点", None), ("崔桥镇设了多少卡点", None), ("人呢", None),
])
def test_small_talk(text, kind):
    assert kind_of(text) == kind


def test_figures_that_count_different_things_are_not_added(article_engine):
    # 一共多少人 names a unit, not what is counted: 投入 261人 and 出动 150余名党员干部 are two measures
    reply = Conversation(article_engine).reply("k", "大李庄乡和崔桥镇一共多少人")
    assert reply.kind == "comparison" and reply.result is None
    assert "不是同一种东西" in reply.refusal
    assert "261人" in reply.refusal and "150余名党员干部" in reply.refusal
    named = Conversation(article_engine).reply("k", "大李庄乡和崔桥镇一共设了多少卡点")
    assert named.refusal is None and named.result == "合计64个"


# -- a table's records as subjects, siblings in a follow-up -------------------------------------

ROUTES = ["青山县城乡公交时刻表", "3路", "7路", "11路", "旅游专线"]

SIBLING_FOLLOW_UPS = [
    # the word of the previous question the new one is a sibling of takes its place
    ("那末班车呢", "3路首班车几点", ROUTES, "3路末班车几点"),
    ("周日呢", "周六几点开门", ARTICLE, "周日几点开门"),
    ("下午呢", "周六上午几点开门", ARTICLE, "周六下午几点开门"),
    ("产假呢", "婚假有几天", ARTICLE, "产假有几天"),
    ("执勤点呢", "崔桥镇设了多少卡点", ARTICLE, "崔桥镇设了多少执勤点"),
    ("专家门诊呢", "普通门诊挂号费多少钱", ARTICLE, "专家门诊挂号费多少钱"),  # the whole word, not 门诊
    # a bare 多少 at the end: what is measured was named before it, the new word narrows it
    ("二套房呢", "公积金贷款最多能贷多少", ARTICLE, "二套房公积金贷款最多能贷多少"),
    ("儿童呢", "3路票价多少", ROUTES, "3路儿童票价多少"),
    # a question word that asks a value whole (几点, 多少钱) has no counted noun to replace
    ("首次呢", "补领要多少钱", ARTICLE, "首次要多少钱"),
    # a name alone takes the place of the previous question's name of its kind, else its first noun
    ("成都呢", "去北京出差住宿一晚能报多少", ARTICLE, "去成都出差住宿一晚能报多少"),
    ("普通员工呢", "部门经理坐飞机能坐什么舱", ARTICLE, "普通员工坐飞机能坐什么舱"),
    # a correction or a redirection names only the new subject
    ("我问的是大李庄乡", "崔桥镇设了多少卡点", ARTICLE, "大李庄乡设了多少卡点"),
    ("不是崔桥镇，是白潭镇", "崔桥镇设了多少卡点", ARTICLE, "白潭镇设了多少卡点"),
    ("同样的问题，白潭镇", "崔桥镇设了多少卡点", ARTICLE, "白潭镇设了多少卡点"),
    ("大李庄乡那边呢", "崔桥镇设了多少卡点", ARTICLE, "大李庄乡设了多少卡点"),
    # a table's record is a subject like a section
    ("7路呢", "3路首班车几点", ROUTES, "7路首班车几点"),
    ("那末班车几点", "11路首班车几点", ROUTES, "11路末班车几点"),
]


@pytest.mark.parametrize("text,previous,names,want", SIBLING_FOLLOW_UPS)
def test_a_sibling_takes_the_place_of_the_word_it_is_a_sibling_of(text, previous, names, want):
    reading = resolve(text, previous, names)
    assert reading.rewritten and reading.question == want


def test_comparing_records_by_price():
    dearer = plan("3路和7路哪个票价贵", ROUTES)
    assert (dearer.operation, dearer.sections, dearer.questions, dearer.superlative) == (
        "max", ["3路", "7路"], ["3路票价多少", "7路票价多少"], "最贵")
    cheaper = plan("3路和11路哪个便宜", ROUTES)  # 便宜 compares prices though no price is named
    assert (cheaper.operation, cheaper.questions) == ("min", ["3路多少钱", "11路多少钱"])
    each = plan("3路和11路票价各多少", ROUTES)
    assert (each.operation, each.questions) == ("multi", ["3路票价多少", "11路票价多少"])


def test_times_of_day_are_never_added():
    from wenda.bot.conversation.compute import Part, compute
    from wenda.bot.conversation.plan import Plan
    from wenda.corpus.types import Answer

    parts = [Part(s, q, Answer(question=q, found=True), quantity=parse(t))
             for s, q, t in (("3路", "3路末班车几点", "19:45"), ("7路", "7路末班车几点", "21:10"))]
    total = compute(Plan("sum", ["3路", "7路"], ["3路末班车几点", "7路末班车几点"]), parts)
    assert total.result is None and "时刻" in total.refusal
    latest = compute(Plan("max", ["3路", "7路"], [], superlative="最晚"), parts)
    assert latest.result == "最晚的是7路（21:10）"


def test_records_named_together_by_their_head():
    each = plan("各路公交票价多少", ROUTES)
    assert (each.operation, each.sections) == ("multi", ["3路", "7路", "11路"])  # 旅游专线 is no 路
    assert each.questions[0] == "3路公交票价多少"
    cheapest = plan("哪路车最便宜", ROUTES)
    assert (cheapest.operation, cheapest.questions[0], cheapest.superlative) == ("min", "3路车多少钱", "最便宜")
    assert plan("每条线路的首班车几点", ROUTES).sections == ["3路", "7路", "11路"]
    tickets = ["票价", "成人票", "儿童票", "敬老票"]
    assert plan("哪种票最便宜", tickets).sections == ["成人票", "儿童票", "敬老票"]
    assert plan("每人多少钱", ["成人", "老人", "军人"]).operation == "single"  # 每人 is a rate, not the records
    from wenda.bot.conversation.subjects import Subjects

    two_tables = Subjects(["全票", "半票", "敬老票", "购票", "退票"],
                          {"全票": "fares", "半票": "fares", "敬老票": "fares", "购票": "notes", "退票": "notes"})
    assert plan("哪种票最便宜", two_tables).sections == ["全票", "半票", "敬老票"]  # one table's records
    earliest = plan("哪条线路首班车最早", ROUTES)  # a time of day: each route is asked 几点
    assert (earliest.operation, earliest.questions[0], earliest.superlative) == ("min", "3路首班车几点", "最早")
    later = plan("各路车末班车从早到晚排序", ROUTES)
    assert (later.operation, later.descending, later.questions[0]) == ("sort", False, "3路车末班车几点")


@pytest.fixture(scope="module")
def routes_engine(tmp_path_factory):
    from support import engine_config

    from wenda.index.engine import Engine

    return Engine.open(engine_config(DATA / "convo_rows", tmp_path_factory.mktemp("routes-index")), progress=False)


ROUTES_SCRIPT = [
    Step("3路首班车几点", None, ("【6:15】",)),
    Step("那末班车呢", "3路末班车几点", ("【19:45】",), absent=("6:15】",)),
    Step("7路呢", "7路末班车几点", ("【21:10】",)),
    Step("3路和7路哪个票价贵", None, ("【2元】", "【3元】", "7路3元 > 3路2元", "最贵的是7路（3元）")),
    Step("3路和11路哪个便宜", None, ("3路2元 < 11路5元", "最便宜的是3路（2元）")),
    Step("3路和11路的票价各是多少", None, ("【3路】", "【2元】", "【11路】", "【5元】")),
    Step("那旅游专线呢", "旅游专线的票价是多少", ("【10元】",)),
    Step("哪路车最便宜", None, ("3路2元 < 7路3元 < 11路5元", "最便宜的是3路（2元）")),
    Step("每条线路的发车间隔是多少", None, ("【12分钟】", "【15分钟】", "【40分钟】")),
    # times of day are compared, never added
    Step("哪路车首班车最早", None, ("7路5:50 < 3路6:15 < 11路7:00", "最早的是7路（5:50）")),
    Step("3路和7路的末班车哪个晚", None, ("7路21:10 > 3路19:45", "最晚的是7路（21:10）")),
]


def test_routes_script(routes_engine):
    """A timetable's rows are what a user names: follow-ups move from row to row and column to column,
    and rows are compared like sections."""
    assert {"3路", "7路", "11路", "旅游专线"} <= set(routes_engine.subject_names())
    assert "3路" not in routes_engine.section_names()  # a record is a subject, not a section
    assert len({routes_engine.record_tables()[r] for r in ("3路", "7路", "旅游专线")}) == 1
    right, total = check(run_script(routes_engine, ROUTES_SCRIPT))
    assert right == total

