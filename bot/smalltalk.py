"""Small talk and help: greetings, thanks, goodbyes and «你能回答什么» get a short, friendly reply.

Only a message that is small talk as a whole counts («谢谢» yes, «谢谢，崔桥镇设了多少卡点» no).
Pure functions; the examples come from the corpus (engine.examples()).
"""

from __future__ import annotations

import re
from typing import Literal

Kind = Literal["greeting", "thanks", "bye", "help", "ack", "symbols"]

_PATTERNS: list[tuple[Kind, re.Pattern[str]]] = [
    ("help", re.compile(r"(?:你|您)?(?:能|可以|会)(?:回答|问|做|干)(?:些)?(?:什么|啥|哪些)(?:问题)?|你是谁|你是什么|"
                        r"怎么用|如何使用|怎么问|能问(?:些)?(?:什么|啥|哪些)|帮助|help|使用说明|有什么功能")),
    ("thanks", re.compile(r"(?:谢谢|多谢|感谢|谢了|谢啦|thanks?|thx|thank you)(?:你|您|了|啦)?")),
    ("greeting", re.compile(r"(?:你好|您好|哈喽|嗨|hi|hello|hey|早上好|早安|上午好|中午好|下午好|晚上好|在吗|在不在|大家好)")),
    ("bye", re.compile(r"(?:再见|拜拜|bye|回头见|晚安)")),
    ("ack", re.compile(r"(?:好的|好|嗯|嗯嗯|哦|噢|ok|okay|收到|明白了|知道了|了解|行)")),
]
_EDGE = re.compile(r"^[\s,，.。!！?？~～…、:：;；\"'“”‘’()（）]+|[\s,，.。!！?？~～…、:：;；\"'“”‘’()（）]+$")
_PARTICLES = re.compile(r"(?:啊|呀|哈|啦|呢|哦|喔|吧|嘛|了)+$")


def kind_of(text: str) -> Kind | None:
    """The kind of small talk the whole message is, or None (a question, or anything else)."""
    if text.strip() and not re.search(r"\w", text):
        return "symbols"  # 🙂, 👍, ？？？: nothing to look up, and no reason to say the corpus lacks it
    t = _EDGE.sub("", text.strip().lower())
    t = _PARTICLES.sub("", t) or t
    if not t or len(t) > 16:
        return None
    parts = [p for p in re.split(r"[\s,，.。!！~～、]+", t) if p]
    kinds = []
    for p in parts:
        p = _PARTICLES.sub("", p) or p
        k = next((k for k, pat in _PATTERNS if pat.fullmatch(p)), None)
        if k is None:
            return None
        kinds.append(k)
    order = ("help", "thanks", "bye", "greeting", "ack", "symbols")
    return min(kinds, key=order.index) if kinds else None


def reply_text(kind: Kind, examples: list[str]) -> str:
    """A short friendly reply; help and greetings show what can be asked, from the corpus."""
    sample = "\n".join(f"• {q}" for q in examples[:3])
    tried = f"\n比如：\n{sample}" if sample else ""
    if kind == "thanks":
        return "不客气！还有问题随时问我。"
    if kind == "bye":
        return "再见！有问题随时再来问。"
    if kind == "symbols":
        return f"我只读得懂文字问题。请用文字提问。{tried}"
    if kind == "ack":
        return "好的。还想了解什么，直接问我就行。"
    if kind == "greeting":
        return f"你好！我根据资料回答问题，每个答案都附上原文出处。{tried}"
    return ("我回答关于资料内容的事实问题，并引用原文句子；资料里没有的，我会直说没有。"
            "可以接着上一个问题追问（如「那……呢？」），也可以一次问几个部分、让我比较或合计数字；"
            f"发 /new 开始新话题。{tried}")
