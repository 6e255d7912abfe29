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
]

VILLAGE_SCRIPT = [
    Step("你好", None, ("你好", "比如")),
    Step("东湖村新修了多少公里水渠", None, ("【12公里】", "新修灌溉水渠12公里")),
    Step("那西岭村呢？", "西岭村新修了多少公里水渠", ("【7公里】",)),
    Step("这个村组织了多少志愿者", "西岭村组织了多少志愿者", ("【60名】",)),
    Step("哪个村最多？", "各村组织了多少志愿者,哪个最多",
         ("东湖村45名", "西岭村60名", "南塘村30名", "北坡村25名", "最多的是西岭村（60名）")),
    Step("一共多少", "各村一共组织了多少志愿者", ("45名 + ", "= 160人", "合计160人")),
    Step("四个村一共发放了多少良种", None, ("3000公斤 + ", "= 8500公斤")),
    Step("各村新修了多少水渠，哪个最多", None, ("无法计算", "南塘村")),
    Step("东湖村和西岭村新修的水渠哪个长", None, ("东湖村12公里 > 西岭村7公里", "最多的是东湖村（12公里）")),
    Step("东湖村比西岭村多投入多少资金", None, ("东湖村20万元 − 西岭村15万元 = 5万元", "东湖村比西岭村多5万元")),
    Step("南塘村呢", "南塘村多投入多少资金", (NOT_FOUND,)),
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
