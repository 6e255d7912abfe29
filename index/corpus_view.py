"""The corpus as the answer step reads it: each chunk in Simplified characters (every match is made on it,
every quote cut from the original), a sentence with what frames it, and what the corpus says anywhere (one
search of its sentences joined once, in C). Each is read once and remembered: a CorpusView lives as long as
the index it reads."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace

import jieba

from wenda.corpus.types import Chunk
from wenda.index.lexicon import Lexicon, abbreviated
from wenda.index.query import near_name
from wenda.index.script import simplify

TITLE_KINDS = ("heading", "meta", "title")  # lines that name a document or its parts (named_documents)


@dataclass(frozen=True)
class DocumentNames:
    """What names each document of a corpus, in Simplified characters, read in one pass over its chunks."""

    titles: dict[str, str]  # each document's title, for those that have one (titled_elsewhere)
    names: dict[str, str]  # its title, else the heading its first lines stand under (title_names_spelt)
    names_of: dict[str, set[str]]  # its title, headings, sections and title lines (named_documents)
    by_char: dict[str, set[str]]  # the documents whose name (`names`) holds a character
    body_text: str  # every sentence but headings and meta lines (named_documents)
    owners: dict[str, str]  # the owner its title names before what the title says of it (owner_of; owning_document)

    @classmethod
    def of(cls, chunks: list[Chunk]) -> DocumentNames:
        titles: dict[str, str] = {}
        names: dict[str, str] = {}
        names_of: dict[str, set[str]] = {}
        body: list[str] = []
        for c in chunks:
            if c.title and c.doc not in titles:
                titles[c.doc] = simplify(c.title)
            if c.doc not in names and (c.title or c.section):  # a Markdown price list whose «# 东山市安顺驾驶员培训学校
                names[c.doc] = simplify(c.title or c.section)  # 2027年收费标准» heads a table at once
            names_of.setdefault(c.doc, set()).update(
                simplify(x) for x in (c.title, c.heading, c.section, c.text if c.kind in TITLE_KINDS else ""))
            if c.kind not in TITLE_KINDS:
                body.append(simplify(c.text))
        by_char: dict[str, set[str]] = {}
        for doc, name in names.items():
            for ch in set(name):
                by_char.setdefault(ch, set()).add(doc)
        owners = {doc: owner for doc, title in titles.items() if (owner := owner_of(title))}
        return cls(titles, names, names_of, by_char, "\n".join(body), owners)


# Where a title's owner ends: «临江国际会展中心2028年…», «谜境密室逃脱（台北西门店）…», «某市教育局关于…», «乐聚派对室 荃湾店
# 租用须知» (a space before the branch).
_OWNER_END = re.compile(r"[（(\d]|关于|(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])")


def owner_of(title: str) -> str:
    """The owner a title names before what it says of it (临江国际会展中心 of «临江国际会展中心2028年展览场地…»): the
    title up to its first bracket, digit, 关于 or space between words, of three characters at least; "" when the title
    has no such end."""
    owner = _OWNER_END.split(title, 1)[0]
    return owner if len(owner) >= 3 and owner != title else ""


# A sub-item's number opening a line (（1）, (二), ①): an item of the list the sentence before it leads.
_SUB_ITEM = re.compile(r"^\s*(?:[（(](?:[一二三四五六七八九十]{1,3}|\d{1,2})[）)]|[\u2460-\u2473])")
# A sentence that points at the table below it (见下表, 如下表, 详见下表, 列表如下, or its closing colon).
_POINTS_AT_TABLE = re.compile(r"[见如]下表|下表所示|如下[：:。]?$|[：:]$")
_LEAD_REACH = 20  # how many lines back a list's lead is looked for
# A numbered item that opens with its label (1. 县社会保险事业管理中心：…, （二）东城区：…).
_LABELLED_ITEM = re.compile(r"^\s*(?:\d{1,2}[.、．]|[（(](?:[一二三四五六七八九十]{1,3}|\d{1,2})[）)])\s*([\u4e00-\u9fff（）()]{2,24})[：:]")
_NUMBERED_LABEL = re.compile(r"^\d{1,2}[.、．]\s*[^：:，,。；;]{1,15}[：:]")  # 5. 新开K9路快线：…


# The words for a year by its distance from the document's own (2027年 in a report of 2026 is 明年).
_RELATIVE_YEARS = {-2: "前年", -1: "去年", 0: "今年", 1: "明年", 2: "后年"}


def relative_years(chunk: Chunk) -> str:
    """The words that name, from the document's year (its date, else the year its title names), the years
    the sentence says: «（一）2027年计划新建…» of a report of 2026 says 明年. "" when the document has no year."""
    m = re.search(r"(?<!\d)((?:19|20)\d\d)年", chunk.date) or re.search(r"(?<!\d)((?:19|20)\d\d)年", chunk.title)
    if not m:
        return ""
    own = int(m.group(1))
    said = {int(y) - own for y in re.findall(r"(?<!\d)((?:19|20)\d\d)年", chunk.text)}
    return "".join(_RELATIVE_YEARS[d] for d in sorted(said) if d in _RELATIVE_YEARS)


def in_dictionary(word: str) -> bool:
    """Is `word` a word of the language by jieba's dictionary? A word that is (进村) is not respelt
    into a corpus "word" that is not (井村, jieba's cut of the place name 七里井村): the asker said
    what they meant (大李庄乡禁止谁进村). A typo that is no word (压金) still finds its word (押金)."""
    return bool(jieba.dt.FREQ.get(word))


# A sentence that only says who spoke the quotation before it (许峰如是说。, 他说。, 张三表示。)
_ATTRIBUTION = re.compile(r"[^，,。；;“”]{1,12}(?:如是说|说道|这样说|表示|说)[。！!]?")


# A name a document defines for what it names at length (为规范江川汽车客运站（以下简称“车站”）): the long name (up to
# twelve characters before the bracket) and the short one.
_ALIAS = re.compile(r"([\u4e00-\u9fff]{2,12})[（(]以下简称[“\"「『]?([\u4e00-\u9fff]{1,10})[”\"」』]?[）)]")
# A class a document defines by listing its members («三类区域为东湖区、高新区及其他区域；», «A类地区包括…»): the
# class's name (an ordinal or letter, then 类, 级 or 档 and its noun) and the clause that lists what belongs to it.
_CLASS_DEFINED = re.compile(r"(?:^|(?<=[，,；;。：:\s）)]))((?:[一二三四五六七八九十]|[A-Da-d甲乙丙丁\d])[类级档][\u4e00-\u9fff]{0,4}?)"
                            r"(?:为|是|包括|包含|指|含)([^，,；;。\n]{2,120})")  # (the list ends at a comma: a clause follows)
_MEMBER_LENGTH = 12  # the longest member a class's list names (江南区中山路); longer, the clause is no list
# What separates the members of a class's list (a closing 等… is cut from the last: 火车站站前广场等核心商圈).
_MEMBER_SPLIT = re.compile(r"、|以及|及|和|与|或")


class CorpusView:
    """The chunks of an index as the answer step reads them, with the lexicon of the corpus's words."""

    def __init__(self, chunks: list[Chunk], lexicon: Lexicon):
        self.chunks = chunks
        self.lexicon = lexicon
        self._plain: dict[int, Chunk] = {}
        self._joined: str | None = None  # every sentence of the corpus, joined (text)
        self._joined_plain: str | None = None  # the same in Simplified characters
        self._starts: list[int] | None = None  # where each chunk starts in them (said_outside)
        self._outside: dict[str, bool] = {}  # said_outside, per term and section
        self._said: dict[str, bool] = {}  # says, per text
        self._counts: dict[str, int] = {}  # count's
        self._full: dict[str, str] = {}  # short_said's: the phrase an abbreviation stands for
        self._abbreviation: dict[str, bool] = {}  # abbreviation(): per word, the corpus read once
        self._documents: dict[str, str] = {}  # a document's sentences joined (document_text)
        self._around: dict[int, str] = {}  # a sentence with what frames it, per chunk id (around)
        self._heading: dict[int, str] = {}  # the heading line opening a chunk's section, per chunk id (section_heading)
        self._table_lead: dict[int, str] = {}  # the sentence pointing at a row's table, per chunk id (table_lead)
        self._item_label: dict[int, str] = {}  # the label of a sentence's numbered item, per chunk id (item_label)
        self._naming: DocumentNames | None = None  # what names each document (naming)
        self._aliases: dict[str, list[tuple[str, str]]] = {}  # per document, its short names (aliases)
        self._aliased: dict[int, str] = {}  # per sentence, what its short names stand for
        self._classes: list[tuple[str, str, int]] | None = None  # the classes documents define by members (member_classes)
        self._class_lines: frozenset[int] | None = None  # the chunk ids of the sentences defining them (class_lines)

    def says(self, text: str, simplified: bool = False) -> bool:
        """Does any sentence of the corpus hold `text` (as written; `simplified`: in Simplified
        characters, as questions are read)? One search of the corpus joined once (in C, not a loop
        over chunks), remembered per text."""
        key = "\0" + text if simplified else text
        got = self._said.get(key)
        if got is None:
            got = self._said[key] = text in self.text(simplified)
        return got

    def count(self, text: str) -> int:
        """How many times the corpus (in Simplified characters) says `text`, remembered per text."""
        got = self._counts.get(text)
        if got is None:
            got = self._counts[text] = self.text(simplified=True).count(text)
        return got

    def text(self, simplified: bool = False) -> str:
        """Every sentence of the corpus joined, as written or in Simplified characters; built once, on
        first use."""
        if simplified and self._joined_plain is None:
            self._joined_plain = "\n".join(simplify(c.text) for c in self.chunks)
        elif not simplified and self._joined is None:
            self._joined = "\n".join(c.text for c in self.chunks)
        return self._joined_plain if simplified else self._joined

    def said_outside(self, term: str, section: str) -> bool:
        """Does a sentence of another section than `section` (a section name as the chunks give it) hold
        `term` (Simplified)? Remembered per term and section."""
        key = f"{term}\0{section}"
        got = self._outside.get(key)
        if got is None:
            joined = self.text(simplified=True)
            got, at = False, joined.find(term)
            while at >= 0 and not got:
                got = self._chunk_at(at).section != section
                at = joined.find(term, at + 1)
            self._outside[key] = got
        return got

    def holding(self, term: str) -> list[Chunk]:
        """The chunks whose Simplified text holds `term`, in Simplified characters (plain)."""
        joined = self.text(simplified=True)
        out, at = {}, joined.find(term)
        while at >= 0:
            c = self._chunk_at(at)
            out[c.id] = self.plain(c)
            at = joined.find(term, at + 1)
        return list(out.values())

    def _chunk_at(self, at: int) -> Chunk:
        """The chunk at position `at` of the corpus text (self.text: the chunks joined by newlines)."""
        if self._starts is None:
            self._starts, pos = [], 0
            for c in self.chunks:
                self._starts.append(pos)
                pos += len(c.text) + 1
        return self.chunks[bisect.bisect_right(self._starts, at) - 1]

    def plain(self, chunk: Chunk) -> Chunk:
        """The chunk in Simplified characters, aligned with the original (see script.simplify):
        every match is made on it, every quote and answer line is cut from the original."""
        got = self._plain.get(chunk.id)
        if got is None or got.start != chunk.start or got.doc != chunk.doc:
            got = replace(chunk, text=simplify(chunk.text), section=simplify(chunk.section),
                          heading=simplify(chunk.heading), key=simplify(chunk.key), title=simplify(chunk.title))
            self._plain[chunk.id] = got
        return got

    def abbreviation(self, word: str) -> bool:
        """Is `word` an abbreviation the corpus says only in full (半马, 全马: 半程马拉松, 全程马拉松)? No word
        of the corpus nor of jieba's dictionary, and its characters in order, the first first, within a
        phrase of the corpus at most twice its length (lexicon.abbreviated)."""
        if len(word) < 2 or self.lexicon.known(word) or in_dictionary(word) or self.says(word, simplified=True):
            return False
        got = self._abbreviation.get(word)
        if got is None:
            full = abbreviated(word, self.text(simplified=True))
            got = self._abbreviation[word] = len(word) < len(full) <= 2 * len(word)
        return got

    def short_said(self, word: str, around: str) -> bool:
        """Does `around` say the phrase an abbreviation stands for by its own opening word (全程 of 全程马拉松
        for 全马: «报名费：全程200元»)?"""
        full = self._full.get(word)
        if full is None:
            full = self._full[word] = abbreviated(word, self.text(simplified=True))
        return any(full[:j] in around for j in range(2, len(full)))

    def naming(self) -> DocumentNames:
        """What names each document (DocumentNames), read once."""
        if self._naming is None:
            self._naming = DocumentNames.of(self.chunks)
        return self._naming

    def document_text(self, doc: str) -> str:
        """Every sentence of one document joined, in Simplified characters; built once per document."""
        if doc not in self._documents:
            self._documents[doc] = "\n".join(self.plain(c).text for c in self.chunks if c.doc == doc)
        return self._documents[doc]

    def around(self, chunk: Chunk) -> str:
        """The sentence with what frames it: its section, heading, key, title and the sentences
        before it in its paragraph (in Simplified characters)."""
        got = self._around.get(chunk.id)
        if got is None:
            chunk = self.chunks[chunk.id]  # the chunk as written, whichever copy was passed (a Simplified one's
            # section is no section of the chunks around it: section_heading compares them)
            # a numbered item that opens with its own label (5. 新开K9路快线：…) is a record of its own: the items
            # before it in a list of facts name other records (4. 42路：…与15路重复…), no frame of it
            own = chunk.kind == "kv" and _NUMBERED_LABEL.match(chunk.text) is not None
            before = [chunk] if own else self.chunks[max(0, chunk.id - 3): chunk.id + 1]
            got = self._around[chunk.id] = simplify(chunk.section + chunk.heading + chunk.key + chunk.title
                + self.section_heading(chunk) + "".join(c.text for c in before if c.paragraph == chunk.paragraph)
                + self.attribution(chunk) + relative_years(chunk) + self.aliased(chunk) + self.list_lead(chunk)
                + self.table_lead(chunk))
        return got

    def table_lead(self, chunk: Chunk) -> str:
        """The sentence right before a table that points at it («…按照占用面积和天数缴纳占道费，收费标准见下表。»,
        «收费标准如下：»): what every row of the table gives. "" for a line that is no table row, or when the line
        before the table points at none."""
        if chunk.kind != "row":
            return ""
        got = self._table_lead.get(chunk.id)  # (read once per row: the answerer asks it of each candidate row)
        if got is None:
            got = self._table_lead[chunk.id] = self._lead_of_table(self.chunks[chunk.id])
        return got

    def _lead_of_table(self, chunk: Chunk) -> str:
        i = chunk.id - 1
        while i >= 0 and self.chunks[i].kind == "row" and self.chunks[i].doc == chunk.doc:
            i -= 1
        if i < 0 or self.chunks[i].doc != chunk.doc or self.chunks[i].kind == "row":
            return ""
        para = self.chunks[i].paragraph  # (the paragraph before the table: its pointing sentence need not be its last)
        while i >= 0 and self.chunks[i].doc == chunk.doc and self.chunks[i].paragraph == para:
            if _POINTS_AT_TABLE.search(self.chunks[i].text.rstrip()):
                return self.chunks[i].text
            i -= 1
        return ""

    def item_label(self, chunk: Chunk) -> str:
        """The label of the numbered item whose paragraph a later sentence belongs to («1. 县社会保险事业管理中心：
        县城人民路88号…。工作时间：…。联系电话：0759-6623318。»: 县社会保险事业管理中心 for the phone's sentence): what
        the item is of, in Simplified. "" for an item's first sentence, a table row, or a paragraph that opens with no
        labelled item."""
        got = self._item_label.get(chunk.id)
        if got is None:
            got = self._item_label[chunk.id] = self._label_of_item(chunk)
        return got

    def _label_of_item(self, chunk: Chunk) -> str:
        if chunk.kind == "row":
            return ""
        i = chunk.id - 1
        while i >= 0 and self.chunks[i].doc == chunk.doc and self.chunks[i].paragraph == chunk.paragraph:
            i -= 1
        first = self.chunks[i + 1]
        if first.id == chunk.id:
            return ""
        m = _LABELLED_ITEM.match(self.plain(first).text)
        return m.group(1) if m else ""

    def clause_lead(self, chunk: Chunk) -> str:
        """The words before the colon that leads a run of clauses split by «；» in one paragraph, for a clause
        after the first («第五条 公厕按照下列标准设置：城市主干道两侧…1座；» leads «居住区每平方公里不少于3座；»):
        what each clause gives («公厕按照下列标准设置：»). "" for a paragraph's first line, or when the lines
        before it in the paragraph are no such run."""
        i = chunk.id - 1
        while i >= 0 and (c := self.chunks[i]).doc == chunk.doc and c.paragraph == chunk.paragraph \
                and c.kind == chunk.kind and c.text.rstrip().endswith(("；", ";")):
            if "：" in c.text:
                return c.text[:c.text.rindex("：") + 1]
            i -= 1
        return ""

    def list_lead(self, chunk: Chunk) -> str:
        """The sentence that leads the list a sub-item belongs to, in a paragraph before it, ending in a colon
        («4. 春节集中服务点：…设立4个…集中服务点…：» for «（1）东城区：…电话0738-8215066»): what the list is of.
        "" for a line that opens no sub-item, or when no such lead comes before the list's items."""
        if not _SUB_ITEM.match(chunk.text):
            return ""
        items = {chunk.paragraph}  # the paragraphs of the list's items (an item may run over several sentences)
        for c in reversed(self.chunks[max(0, chunk.id - _LEAD_REACH):chunk.id]):
            if c.doc != chunk.doc or c.section != chunk.section:
                break
            if c.paragraph in items:
                continue
            if _SUB_ITEM.match(c.text):
                items.add(c.paragraph)
                continue
            return c.text if c.text.rstrip().endswith(("：", ":")) else ""
        return ""

    def member_classes(self) -> list[tuple[str, str, int]]:
        """(class name, one of its members, the defining sentence's chunk id) of every class a document defines by
        listing its members («一类区域为江南区中山路、解放路、人民广场周边…；»: 一类区域 and 江南区中山路, 解放路, …),
        in Simplified; read once for the corpus."""
        if self._classes is None:
            self._classes = []
            for c in self.chunks:
                for m in _CLASS_DEFINED.finditer(self.plain(c).text):
                    members = [re.sub(r"^等|等.*$", "", member.strip()) for member in _MEMBER_SPLIT.split(m.group(2))]
                    members = [member for member in members if len(member) >= 2]
                    if len(members) >= 2 and all(len(member) <= _MEMBER_LENGTH for member in members):
                        # a list of names (东湖区、高新区及其他区域), not a clause that says what the thing is
                        # (二级学院是实习管理的责任主体)
                        self._classes += [(m.group(1), member, c.id) for member in members]
        return self._classes

    def class_lines(self) -> frozenset[int]:
        """The chunk ids of the sentences that define a class by its members (member_classes), read once."""
        if self._class_lines is None:
            self._class_lines = frozenset(cid for _, _, cid in self.member_classes())
        return self._class_lines

    def class_of(self, word: str) -> tuple[str, int] | None:
        """(the class a word belongs to, the sentence that says so) where the corpus lists `word` (Simplified) as a
        member of one class only (中山路 of «一类区域为江南区中山路、…»), else None (江南区, listed in two)."""
        held = {(name, cid) for name, member, cid in self.member_classes() if word in member and word not in name}
        return next(iter(held)) if len({name for name, _ in held}) == 1 and len(held) == 1 else None

    def aliases(self, doc: str) -> list[tuple[str, str]]:
        """(short name, what it stands for) of each name a document defines (江川汽车客运站（以下简称“车站”）),
        read once per document."""
        if doc not in self._aliases:
            self._aliases[doc] = [(m.group(2), m.group(1)) for m in _ALIAS.finditer(self.document_text(doc))]
        return self._aliases[doc]

    def aliased(self, chunk: Chunk) -> str:
        """What the short names a sentence uses stand for (车站位于…: 江川汽车客运站), by its document's definitions;
        read once per sentence."""
        got = self._aliased.get(chunk.id)
        if got is None:
            text = self.plain(chunk).text
            got = self._aliased[chunk.id] = "".join(
                long for short, long in self.aliases(chunk.doc) if short in text and long not in text)
        return got

    def section_heading(self, chunk: Chunk) -> str:
        """The heading line that opens the chunk's section when the heading chain leaves its words out (a
        report's «花溪乡：白芨育苗基地», whose section is 花溪乡): it frames every sentence below it. Read once per
        chunk, of the chunk as written (a Simplified copy's section is no section of the chunks around it)."""
        got = self._heading.get(chunk.id)
        if got is None:
            chunk, got = self.chunks[chunk.id], ""
            i = chunk.id - 1
            while i >= 0 and self.chunks[i].doc == chunk.doc and self.chunks[i].section == chunk.section:
                c = self.chunks[i]
                if c.kind == "heading":
                    got = "" if c.text in chunk.heading else c.text
                    break
                i -= 1
            self._heading[chunk.id] = got
        return got

    def attribution(self, chunk: Chunk) -> str:
        """The short sentence after a quotation that says who said it («…群众就会拥护我们。”» then
        «许峰如是说。»): the speaker frames the quotation as a sentence before it would. "" when none."""
        nxt = self.chunks[chunk.id + 1] if chunk.id + 1 < len(self.chunks) else None
        if nxt is None or not chunk.text.rstrip().endswith(("”", "」", "\"")):
            return ""
        same = nxt.paragraph == chunk.paragraph or (nxt.section == chunk.section and nxt.id == chunk.id + 1)
        return nxt.text if same and _ATTRIBUTION.fullmatch(nxt.text.strip()) else ""



class Sections:
    """The section names of a corpus and their unambiguous short forms (崔桥 → 崔桥镇).

    A short form drops a place name's administrative suffix (镇, 乡, 区, 县, 市, 村, 省, 州);
    it counts only when it names one section and keeps at least two characters.
    """

    SUFFIXES = "镇乡区县市村省州"

    def __init__(self, chunks: list[Chunk]):
        self.ids: dict[str, list[int]] = {}
        for c in chunks:
            if c.section:
                self.ids.setdefault(c.section, []).append(c.id)
        names = [n for n in self.ids if len(n) >= 2]
        # questions are normalised to Simplified: so are the names they are matched with
        self.alias: dict[str, str] = {simplify(n): n for n in names}
        short: dict[str, list[str]] = {}
        for n in names:
            if n[-1] in self.SUFFIXES and len(n) >= 3:
                short.setdefault(simplify(n[:-1]), []).append(n)
        for s, owners in short.items():
            if len(owners) == 1 and s not in self.alias:
                self.alias[s] = owners[0]
        # a short form that begins another name of the corpus (东湖 of 东湖公园, beside the section
        # 东湖村) names that section only when the question does not go on as that name does
        self.longer: dict[str, set[str]] = {s: set() for s in self.alias if s not in names and self.alias[s] != s}
        if self.longer:
            for c in chunks:
                text = simplify(c.text)
                for s, seen in self.longer.items():
                    if c.section == self.alias[s]:
                        continue
                    at = text.find(s)
                    while at >= 0:
                        after = text[at + len(s):at + len(s) + 2]
                        if len(after) == 2 and not after.startswith(self.alias[s][-1]):
                            seen.add(after)
                        at = text.find(s, at + 1)
        self._by_length = sorted(self.alias, key=len, reverse=True)

    def _goes_on(self, text: str, alias: str) -> bool:
        """Does every mention of a short form in the question go on as another name of the corpus does
        (东湖公园, where 东湖 is also the short form of the section 东湖村)?"""
        seen = self.longer.get(alias)
        if not seen:
            return False
        at = text.find(alias)
        while at >= 0:
            if text[at + len(alias):at + len(alias) + 2] not in seen:
                return False
            at = text.find(alias, at + 1)
        return True

    def named_in(self, text: str) -> tuple[list[str], list[str]]:
        """(sections, the strings that named them) for a question, longest names first."""
        found: list[str] = []
        said: list[str] = []
        rest = text
        for alias in self._by_length:
            if alias in rest and not self._goes_on(rest, alias):
                name = self.alias[alias]
                if name not in found:
                    found.append(name)
                said.append(alias)
                rest = rest.replace(alias, "\0")
        if not found:  # 崔乔镇: a name with one character off, when only one name is that close
            close = near_name(rest, self._by_length)
            if close:
                found, said = [self.alias[close[0]]], [close[1]]
        return found, said
