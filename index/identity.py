"""Who a named person is: 许峰是干什么的, 何东亚是谁, 李一是什么职务.

The question names a person and asks their role; the answer is the role a sentence gives them, which
Chinese writes before the name (县商务中心区党组书记许峰, 记者 李一, 主任：赵明远), in brackets after it
(刘洋（站长）) or after a verb of holding (丁俊邦任组长, 王建国担任合作社理事长, 张老师是三年级班主任).

Pure functions of text: `asked_identity` reads the question, `role_of` a sentence.
"""

from __future__ import annotations

import re

from wenda.index.extract import Span
from wenda.index.query import _posseg

# What a role is called by its last characters: a head of something (店长, 理事长), a member of staff
# (通讯员, 讲解员), a trade (厨师, 律师), one who does a thing for a body (负责人, 联系人, 主持人), and the
# titles news writes before a name.
_ROLE_END = re.compile(
    r"(?:长|员|师|官|书记|主任|经理|主席|委员|记者|编辑|主编|总监|主管|顾问|秘书|老板|店主|掌柜|教练|教授|博士|院士|"
    r"会计|出纳|司机|保安|医生|护士|大夫|代表|专员|干事|助理|理事|总裁|董事|监事|作者|摄影|老师|教师|志愿者|"
    r"负责人|联系人|主持人|创始人|发言人|责任人|带头人|传承人|党员|干部)$")

# A question that names someone and asks who they are (许峰是谁, 何东亚是干什么的, 李一是什么职务, 许峰的职务是什么,
# 谁是许峰), after an opening that points into the documents (文中提到的, 请问).
_OPENING = r"^(?:请问|问一下|想问一下)?(?:(?:文中|文章里|报道里|资料里|里面)?(?:提到|说到|写到)?的)?"
_NAME = r"(?P<name>[\u4e00-\u9fff·]{2,5}?)"
_ASKS = (r"(?:是|在|当|任|担任)?(?:干什么|干啥|做什么|做啥|干嘛)(?:的|工作的?)|"
         r"(?:是|当|任|担任|任职)?(?:什么|啥|哪个|哪一个)(?:职务|职位|岗位|身份|官|头衔|来头|人|职)|"
         r"是(?:哪个|哪一个|什么)(?:单位|部门|机构)的|是谁|是哪位|何许人也?")
_ENDING = r"[啊呀呢吗嘛哦]*[?？。!！]*$"
_IDENTITY = (re.compile(_OPENING + _NAME + "(?:" + _ASKS + ")" + _ENDING),
             re.compile(_OPENING + _NAME + r"的(?:职务|职位|岗位|身份|头衔|工作)是(?:什么|啥)" + _ENDING),
             re.compile(r"^谁是" + _NAME + _ENDING))


def asked_identity(question: str) -> str | None:
    """The name a question asks the role of (许峰 in 许峰是干什么的), or None. A word that is a role itself
    (校长是谁, 负责人是谁) asks the holder's name instead, not this."""
    for pattern in _IDENTITY:
        m = pattern.match(question.strip())
        if m:
            name = m.group("name")
            return None if _ROLE_END.search(name) else name
    return None


# Words that end a role phrase read backwards from the name: a preposition, a numeral or a time, a
# pronoun (该, 本 stay with their noun: 本店店长), a particle, a conjunction, an adverb, a verb that is no role.
_STOP_FLAGS = ("p", "m", "t", "x", "u", "c", "d", "q", "f", "w", "y", "e", "o")
_MAX_ROLE = 16  # characters: a role with its body (县商务中心区党组书记), never a clause
_HOLDS = re.compile(r"^(?:，|,)?\s*(?:现任|担任|出任|兼任|任|是|为|系)")
_CLAUSE_END = re.compile(r"[，,。；;、！!？?（()）\n]")


def role_of(sentence: str, name: str) -> Span | None:
    """The role `sentence` gives the person `name`, as a span from the role's first character through the
    name or from the name through the role's last (县商务中心区党组书记许峰, 刘洋（站长）, 丁俊邦任组长); None
    where it gives none (许峰已38个小时没有休息)."""
    for m in re.finditer(re.escape(name), sentence):
        start = _role_before(sentence, m.start())
        if start is not None:
            return Span(sentence[start:m.end()], start, m.end())
        end = _role_after(sentence, m.end())
        if end is not None:
            return Span(sentence[m.start():end], m.start(), end)
    return None


def _role_before(sentence: str, at: int) -> int | None:
    """Where a role written right before the name at `at` starts (the label of «主任：赵明远» and «记者 李一»
    too), or None."""
    head = re.sub(r"[\s：:]+$", "", sentence[:at])
    if not _ROLE_END.search(head):
        return None
    clause = re.split(r"[，,。；;、！!？?（()）\n]|\s", head)[-1]
    words = _posseg().lcut(clause)
    taken = 0
    for w in reversed(words):
        role_word = bool(_ROLE_END.search(w.word))  # 站长, which jieba may tag a verb
        if not role_word and (w.flag.startswith(_STOP_FLAGS) or w.flag.startswith("v") and w.flag != "vn"):
            break  # 据, 召开: a preposition or a deed, the role ends there
        if taken + len(w.word) > _MAX_ROLE:
            break
        taken += len(w.word)
    if taken == 0 or not _ROLE_END.search(clause[len(clause) - taken:]):
        return None
    return len(head) - taken


def _role_after(sentence: str, end: int) -> int | None:
    """Where a role written after the name ending at `end` ends: in brackets (刘洋（站长）) or after a verb of
    holding (任组长, 担任合作社理事长, 是三年级班主任), or None."""
    rest = sentence[end:]
    m = re.match(r"[（(]([^（()）]{2,%d})[）)]" % _MAX_ROLE, rest)
    if m and _ROLE_END.search(m.group(1)):
        return end + m.end()
    held = _HOLDS.match(rest)
    if held:
        phrase = _CLAUSE_END.split(rest[held.end():], 1)[0]
        if 2 <= len(phrase) <= _MAX_ROLE and _ROLE_END.search(phrase):
            return end + held.end() + len(phrase)
    return None
