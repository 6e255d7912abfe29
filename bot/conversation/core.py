"""The conversation: one entry point that the bot and `wenda chat` share.

    conversation = Conversation(lambda: engine, Store(data_dir))
    reply = conversation.reply(ChatKey(chat_id, user_id, private), text, reply_to=message_id)
    html = render_reply(reply, html_mode=True)
    conversation.sent(key, sent_message.message_id, reply)   # so a later reply to it finds its question
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

from wenda.bot import smalltalk
from wenda.bot.conversation.compute import compute, part_of
from wenda.bot.conversation.followup import fragment, resolve
from wenda.bot.conversation.plan import plan
from wenda.bot.conversation.reply import Reply
from wenda.bot.conversation.store import Store
from wenda.bot.conversation.subjects import (SUFFIXES, Subjects, collective, record_heads, sections_of, shared_heads,
                                              slot_siblings)
from wenda.corpus.types import Answer
from wenda.index.rows import row_cells
from wenda.index.query import intent_of
from wenda.index.script import simplify

EMPTY = "问题是空的：请输入一个问题。"
NO_CONTEXT = "这像是接着上一个问题问的，但现在没有上一个问题（上下文保留{minutes}分钟，/new 会清除）。请把问题说完整，"
CLEARED = "好的，开始新话题：之前的问题不再作为上下文。"
NEW_COMMANDS = ("/new", "/reset")
MAX_SECTIONS = 12  # sections one question may cover (each is one engine call and one line)
TOO_MANY = "这个问题涉及{n}个部分，一次最多回答{limit}个：请点名其中几个部分再问。"


class EngineLike(Protocol):
    def ask(self, question: str) -> Answer: ...
    def section_names(self) -> list[str]: ...
    def examples(self, n: int = 3) -> list[str]: ...


@dataclass(frozen=True)
class ChatKey:
    """Whose conversation: a private chat, or one user inside a group (each has their own thread)."""

    chat: int | str
    user: int | str | None = None
    private: bool = True

    @property
    def state(self) -> str:
        return str(self.chat) if self.private or self.user is None else f"{self.chat}:{self.user}"

    @property
    def room(self) -> str:
        """The chat the messages live in (a reply may quote anyone's message in the group)."""
        return str(self.chat)


def _key(key: ChatKey | str | int) -> ChatKey:
    return key if isinstance(key, ChatKey) else ChatKey(key)


class Conversation:
    """Holds the thread of each chat: follow-ups, several sections at once, comparisons, small talk.

    engine: an engine, or a function returning the current one (so a reindexed engine is used).
    store: where the context lives (Store(data_dir) persists it; Store() keeps it in memory).
    """

    def __init__(self, engine: EngineLike | Callable[[], EngineLike], store: Store | None = None):
        self._engine = engine if callable(engine) and not hasattr(engine, "ask") else (lambda: engine)
        self.store = store if store is not None else Store()

    @property
    def engine(self) -> EngineLike:
        return self._engine()

    # -- the entry point ----------------------------------------------------------------------
    def reply(self, key: ChatKey | str | int, text: Any, reply_to: int | None = None) -> Reply:
        """The reply to one message. Never raises for bad input (it comes back as kind="error")."""
        key = _key(key)
        if not isinstance(text, str) or not text.strip():
            return Reply("error", text if isinstance(text, str) else "", message=EMPTY)
        if text.strip().split("@")[0].lower() in NEW_COMMANDS:
            self.clear(key)
            return Reply("cleared", text, message=CLEARED)
        engine = self.engine
        talk = smalltalk.kind_of(text)
        if talk is not None:
            return Reply("smalltalk", text, message=smalltalk.reply_text(talk, list(engine.examples(3))))
        names = subjects(engine)
        previous, previous_sections, person = None, None, None
        if reply_to is not None:
            previous = self.store.question_of(key.room, reply_to)
        if previous is None:
            turn = self.store.last(key.state)
            if turn is not None:
                previous, previous_sections, person = turn.question, turn.sections, turn.person
        if previous is None and fragment(text, names):
            minutes = max(1, round(self.store.ttl / 60))
            example = next(iter(engine.examples(1)), "")
            return Reply("clarify", text, message=NO_CONTEXT.format(minutes=minutes) + (f"比如：{example}" if example else ""))
        reading = resolve(text, previous, names, previous_sections, person)
        if reply_to is not None and previous is not None and reading.rewritten:
            how = "reply"
        else:
            how = reading.how
        # A question that only its final particle made a follow-up (能发顺丰吗, 可以自带学士服吗) may be a new one.
        # It is asked as written too: answered from a document the last subject is not in, it is a new question
        # (能发顺丰吗 after 试用期能休年假吗: the shop's FAQ, never 年假能发顺丰吗).
        written = engine.ask(text.strip()) if reading.weak and reading.rewritten else None
        if written is not None and _elsewhere(engine, written, text, previous, names):
            reading, how = resolve(text, None, names), "complete"
        reply = self._answer(engine, text, reading.question, names, verbatim=not reading.rewritten,
                             asked=written if written is not None and not reading.rewritten else None)
        if (written is not None and reading.rewritten and reply.kind == "answer"
                and ((not reply.found and not _parallel(engine, written, text, previous, names))
                     or (reply.found and written.found and (reply.answers[0].answer == written.answer
                                                            or _of_subject(written, previous, names))))):
            # the reading is refused: what the user wrote is answered as written, or refused as written, never
            # as a reading of it; not where the written one is answered by a subject parallel to the last one
            # (可以自带学士服吗 after 全家福要拍多久 is 全家福's: 毕业照's row is no answer to it). A reading answered
            # as the written words are changed nothing (残疾人办卡要交押金吗), nor does one where the written words are
            # answered from the last subject itself (自由职业者可以交公积金吗 after 缴存基数最低是多少: 缴存's): as written.
            reading, how = resolve(text, None, names), "complete"
            reply = Reply("answer", text, reading.question, answers=[written])
        if (previous is not None and not reading.rewritten and not reading.sections and reply.kind == "answer"
                and _WH_ASKED.search(text) and not _WHETHER.search(text) and collective(text, names) is None):
            row = _other_row(reply.answers[0], text, previous, names)
            if row or _other_section(engine, reply.answers[0], previous, names):
                # A question naming no subject that the corpus answers with another row of the table whose row
                # was asked last (票价多少 after 9路末班车几点: 5路's 1元), or from another section of the document
                # whose section was asked last (书记是谁 after 杨集镇挂了多少条横幅: 柳湾镇's), needed that subject: it
                # is read as following on (9路票价多少, 杨集镇书记是谁). Refused so, a row's question is refused
                # rather than answered by another row; a section's keeps its answer as written, which names its
                # section (县文联主席是谁 may be asked of the whole article).
                follow = resolve(text, previous, names, previous_sections, person, follows=True)
                if follow.rewritten and follow.sections:
                    again = self._answer(engine, text, follow.question, names, verbatim=False)
                    if row or again.found:
                        reading, how, reply = follow, follow.how, again
        reply.rewritten, reply.how = reading.rewritten, how
        reply.more = reading.how == "more"
        reply.covered = list(engine.section_names())
        if reply.question:
            self.store.remember(key.state, reply.question, sections_of(reply.question, names), _person(reply))
        return reply

    def sent(self, key: ChatKey | str | int, message_id: int, reply: Reply | str) -> None:
        """Record that the bot's message `message_id` answered `reply` (a later reply to it uses its question)."""
        question = reply if isinstance(reply, str) else reply.question
        if question:
            self.store.remember_message(_key(key).room, message_id, question)

    def clear(self, key: ChatKey | str | int) -> None:
        """/new: forget the context of this chat key."""
        self.store.clear(_key(key).state)

    # -- answering a resolved question ----------------------------------------------------------
    def _answer(self, engine: EngineLike, text: str, question: str, names: list[str], verbatim: bool,
                asked: Answer | None = None) -> Reply:
        p = plan(question, names)
        if p.operation == "single":
            # a message read as itself goes to the engine exactly as written (its punctuation too)
            if asked is not None and verbatim:  # already asked as written
                return Reply("answer", text, question, answers=[asked])
            return Reply("answer", text, question, answers=[engine.ask(text.strip() if verbatim else question)])
        kind = "multi" if p.operation == "multi" else "comparison"
        if len(p.sections) > MAX_SECTIONS:
            return Reply(kind, text, question, operation=p.operation,
                         refusal=TOO_MANY.format(n=len(p.sections), limit=MAX_SECTIONS))
        parts = [part_of(s, q, engine.ask(q), names) for s, q in zip(p.sections, p.questions)]
        outcome = compute(p, parts)
        return Reply(kind, text, question, answers=[x.answer for x in parts], parts=parts, operation=p.operation,
                     working=outcome.working, result=outcome.result, refusal=outcome.refusal)


def subjects(engine: EngineLike) -> list[str]:
    """The names a question's subject may be: the engine's subject_names (sections and table records,
    with the table of each record) when it has them, else its sections."""
    names = getattr(engine, "subject_names", None)
    if not callable(names):
        return list(engine.section_names())
    tables = getattr(engine, "record_tables", None)
    found = Subjects(names(), tables() if callable(tables) else {}, _slot_siblings(engine))
    found.docs = {name: min(docs) for name, docs in _documents(engine, found).items() if len(docs) == 1}
    return found


def _elsewhere(engine: EngineLike, written: Answer, text: str, previous: str | None, names: list[str]) -> bool:
    """Does the corpus answer the message as written from a document none of the last question's subjects
    is in? False when it is refused, or the documents are unknown."""
    said = sections_of(previous or "", names)
    if not said or not written.found or not written.quotes:
        return False
    homes = _documents(engine, names)
    docs = {d for s in said for d in homes.get(s, ())}
    if not docs or written.quotes[0].doc.split("#", 1)[0] in docs:
        return False
    # a bare attribute of a record, said in its column's words (收费吗 after 少儿围棋班几点上课: the 费用 column),
    # asks of that record; a message that says more (公共自行车可以带人吗) is a question of its own
    asked = [c for c in _WH_ASKED.sub("", simplify(text)) if "\u4e00" <= c <= "\u9fff" and c not in _PARTICLES]
    if len(asked) > 3:
        return True
    headers = _per_chunks(engine, "headers", _table_headers)
    tables = getattr(names, "tables", {})
    return not any(set(asked) & set("".join(headers.get("|".join(tables[s].split("|")[:2]), ())))
                   for s in said if s in tables)


_PARTICLES = set("吗嘛呢吧啊呀的了要能可以是有还")


# A question asking a value of its subject (票价多少, 几点发车, 是哪个医生), not which of the records (哪路车到机场:
# a collective) or whether (有夜班车吗)
_WH_ASKED = re.compile(r"多少|几|多久|多长|多远|多大|什么|何时|哪|谁")
_WHETHER = re.compile(r"吗$|嘛$|有没有|是不是|是否")


def _first_quote(answer: Answer) -> tuple[Any, str, str] | None:
    """An answer's first quote with its file (the part of its doc before «#») and its Simplified section;
    None when the answer is a refusal or quotes nothing."""
    if not answer.found or not answer.quotes:
        return None
    quote = answer.quotes[0]
    return quote, quote.doc.split("#", 1)[0], simplify(quote.section or "")


def _other_row(answer: Answer, text: str, previous: str, names: list[str]) -> bool:
    """Is `answer` a row of the table of a record the previous question named, but not that record's row, nor
    one the message names in its own words (瑜伽课收几个人: a cell says 瑜伽)?"""
    first = _first_quote(answer)
    if first is None:
        return False
    quote, where = first[0], first[1:]
    tables = getattr(names, "tables", {})
    row = row_cells(simplify(quote.text))
    cells = {value.strip() for _, value, _, _ in row}
    if len(row) < 2 or _names_row(text, quote.text):
        return False  # a labelled line (外卖电话：…) is no row; a row the message names is its own subject
    for s in sections_of(previous, names):
        if s in tables and tuple(tables[s].split("|")[:2]) == where and s not in cells:
            # a kind of record said in the records' head (学生票 beside 成人票, 优惠票) names a subject of its own
            heads = record_heads([r for r, t in tables.items() if t == tables[s]])
            return not (heads and re.search(rf"[\u4e00-\u9fff][{re.escape(heads)}]", simplify(text)))
    return False


def _of_subject(answer: Answer, previous: str, names: list[str]) -> bool:
    """Is `answer` quoted from a subject the previous question named: its section, or its record's row?"""
    first = _first_quote(answer)
    if first is None:
        return False
    quote, _, section = first
    cells = {value.strip() for _, value, _, _ in row_cells(simplify(quote.text))}
    tables = getattr(names, "tables", {})
    return any((s in tables and s in cells) or (s not in tables and s == section) for s in sections_of(previous, names))


def _other_section(engine: EngineLike, answer: Answer, previous: str, names: list[str]) -> bool:
    """Is `answer` quoted from another section of the document of a section the previous question named (柳湾镇
    of the article whose 杨集镇 was asked)? Sections that are table records' tables do not count."""
    first = _first_quote(answer)
    if first is None:
        return False
    _, doc, section = first
    tables = getattr(names, "tables", {})
    if section not in names or section in tables:
        return False
    homes = _documents(engine, names)
    kinds = [set(group) for group in shared_heads(names).values()]
    return any(s not in tables and s != section and doc in homes.get(s, ())
               and (any({s, section} <= group for group in kinds)  # two stations: parallel, as two towns are
                    or (s[-1] in SUFFIXES and section[-1] in SUFFIXES))
               for s in sections_of(previous, names))


def _names_row(text: str, row: str) -> bool:
    """Does the message name the table row `row` in its own words: two characters of its name cell side by
    side (瑜伽课 of 瑜伽入门班), or two of them apart (仓管 for 仓库管理员)? A word of another cell is no name
    (学士服 of 毕业照's 备注 «可自带学士服»)."""
    cells = row_cells(simplify(row))
    if not cells:
        return False
    name = cells[0][1]
    said = _WH_ASKED.sub(" ", simplify(text))
    if any(said[i:i + 2] in name for i in range(len(said) - 1) if re.fullmatch(r"[\u4e00-\u9fff]{2}", said[i:i + 2])):
        return True
    return len({c for c in name if "\u4e00" <= c <= "\u9fff"} & set(said)) >= 2


def _parallel(engine: EngineLike, written: Answer, text: str, previous: str | None, names: list[str]) -> bool:
    """Is `written` answered by a subject parallel to one the last question named: another row of its table
    (毕业照 for 全家福), another section of its document (注意事项 for 滨河公园充电站)?"""
    first = _first_quote(written)
    if first is None:
        return False
    quote, doc, section = first
    tables = getattr(names, "tables", {})
    homes = _documents(engine, names)
    for said in sections_of(previous or "", names):
        if said in tables:
            file, table_section = tables[said].split("|")[:2]
            if (file, table_section) == (doc, section) and not _names_row(text, quote.text):
                return True  # another row, which the message does not name (瑜伽课有年龄限制吗 does)
        elif doc in homes.get(said, ()) and section in names:
            return True
    return False


def _documents(engine: EngineLike, names: list[str]) -> dict[str, set[str]]:
    """The files each subject lives in: a section's (from the engine's chunks), a record's (its table)."""
    out: dict[str, set[str]] = {}
    for record, table in getattr(names, "tables", {}).items():
        out.setdefault(record, set()).add(table.split("|", 1)[0])
    corpus = getattr(getattr(engine, "answerer", None), "corpus", None)  # (an engine without one: fakes in tests)
    plain = getattr(corpus, "plain", None)  # each chunk in Simplified (index/corpus_view.py)
    if callable(plain):
        for section, docs in _per_chunks(engine, "homes", lambda chunks: _homes(chunks, plain)).items():
            out.setdefault(section, set()).update(docs)
    return out


def _homes(chunks, plain) -> dict[str, set[str]]:
    homes: dict[str, set[str]] = {}
    for c in chunks:
        if c.section:
            homes.setdefault(plain(c).section, set()).add(c.doc.split("#", 1)[0])
    return homes


def _slot_siblings(engine: EngineLike) -> dict[str, set[str]]:
    """The siblings the engine's tables say in parallel column headers (subjects.slot_siblings)."""
    return _per_chunks(engine, "slots", _table_siblings)


def _table_headers(chunks) -> dict[str, list[str]]:
    """Each table's column headers, by «file|section» (as record_tables names a record's table)."""
    tables: dict[str, list[str]] = {}
    for c in chunks:
        if getattr(c, "kind", "") == "row":
            heads = tables.setdefault(f"{c.doc.split('#', 1)[0]}|{simplify(c.section)}", [])
            heads.extend(h for h, *_ in row_cells(simplify(c.text)) if h not in heads)
    return tables


def _table_siblings(chunks) -> dict[str, set[str]]:
    return slot_siblings(list(_table_headers(chunks).values()))


_CACHE: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _per_chunks(engine: EngineLike, what: str, build: Callable) -> dict:
    """`build(chunks)` of the engine's chunks, kept per engine until its chunks change ({} for an engine
    without chunks)."""
    chunks = getattr(engine, "chunks", None)
    if not isinstance(chunks, list):
        return {}
    try:
        kept = _CACHE.setdefault(engine, {})
    except TypeError:  # an engine that cannot be referred to weakly: no cache
        return build(chunks)
    key = (id(chunks), len(chunks))
    found = kept.get(what)
    if found is None or found[0] != key:
        found = (key, build(chunks))
        kept[what] = found  # one assignment: a thread reads the old pair or the new one
    return found[1]


def _person(reply: Reply) -> str:
    """The name a «谁» question was answered with (what a following 他/她 refers to)."""
    if reply.kind != "answer" or not reply.answers or not reply.answers[0].found:
        return ""
    answer = reply.answers[0]
    return answer.span or "" if intent_of(reply.question) == "person" else ""
