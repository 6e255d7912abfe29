"""Turn one document's text into sections → paragraphs → sentences, with offsets.

Every shape of document goes through the same steps:
1. lines, their Markdown markup removed (offsets kept);
2. the document's own lines: its title (and issuer) at the top, a dateline or document
   number under it, the signature (issuer, date) at the end (`meta.py`);
3. every other line classified: a heading (Markdown #, outline numbering, «名称：标题», or
   inline at the start of a paragraph), a FAQ question or answer, a table row, a «键：值»
   line or list item, a byline, a caption or body text (`shapes.py`, `outline.py`, `text.py`);
4. headings nest by their style in the order the document first uses them, and every
   section keeps its heading chain.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from wenda.corpus import meta
from wenda.corpus.outline import Numbered, numbering
from wenda.corpus.shapes import (ask_marker, is_attribute, is_question, is_table_rule, key_value, looks_like_value,
                                 reply_inside, reply_marker, row_text, strip_markup, table_cells)
from wenda.corpus.text import continues, ends_mid_sentence, glue, is_byline, is_caption, is_heading, split_sentences
from wenda.corpus.types import Document, Paragraph, ParagraphKind, Section, Sentence

MAX_HEADING = 40  # a heading line (after its numbering) is at most this long
MAX_INLINE_HEADING = 25
MAX_FACT = 80  # a «键：值» fact line is at most this long  # an inline heading «（一）扎实推进农村厕所革命。» at most this
WHOLE: tuple[ParagraphKind, ...] = ("heading", "title", "meta", "byline", "caption", "question", "row")


# A line that is only a short label and its colon (存在的问题：), and the words that make a label a sentence
# that leads into what follows rather than the name of a part.
_LABEL_LINE = re.compile(r"([\u4e00-\u9fff]{2,10}[：:]|(?=\d{0,4}[\u4e00-\u9fff])[\d\u4e00-\u9fff]{2,14})")  # 存在的问题：, 2028年工作打算
_LEADS_IN = re.compile(r"如下|以下|下列|如次|[须请需应要将]")  # (报到须携带以下材料：, 注意事项如下：)


@dataclass
class _Line:
    text: str  # markup removed, stripped
    pos: list[int]  # offset in the document of each character of `text`
    raw: str  # the line as written, stripped
    start: int
    md: int = 0  # Markdown heading level
    bullet: bool = False
    bold: bool = False


@dataclass
class _Block:
    """A paragraph being assembled from one or more lines, with an offset map."""

    kind: ParagraphKind
    text: str
    pos: list[int] = field(default_factory=list)  # pos[i]: offset in the original of text[i]
    section: str | None = None  # set on headings: the section's name
    style: str = ""  # set on headings: the numbering style (cn, cn_paren, md2, colon …)
    key: str = ""

    def append(self, line: str, pos: list[int]) -> None:
        sep = glue(self.text, line)
        if sep:
            self.pos.append(self.pos[-1] + 1)
        self.text += sep + line
        self.pos.extend(pos)


def _lines(text: str) -> list[_Line]:
    """Non-empty lines, their markup removed, with offsets."""
    out = []
    offset = 0
    for raw in text.splitlines(keepends=True):
        stripped = raw.strip()
        if stripped:
            lead = len(raw) - len(raw.lstrip())
            start = offset + lead
            clean, keep, flags = strip_markup(stripped)
            if clean:
                out.append(_Line(clean, [start + k for k in keep], stripped, start,
                                 md=len(stripped) - len(stripped.lstrip("#")) if flags["heading"] else 0,
                                 bullet=flags["bullet"], bold=flags["bold"]))
        offset += len(raw)
    return out


def _block(kind: ParagraphKind, line: _Line, s: int = 0, e: int | None = None, **kw) -> _Block:
    e = len(line.text) if e is None else e
    text = line.text[s:e]
    lead = len(text) - len(text.lstrip())
    text = text.strip()
    return _Block(kind=kind, text=text, pos=line.pos[s + lead: s + lead + len(text)], **kw)


# -- the document's own lines -----------------------------------------------------------------

@dataclass
class _Meta:
    title: str = ""
    issuer: str = ""
    date: str = ""
    kinds: dict[int, ParagraphKind] = field(default_factory=dict)  # line index → title / meta


# A first line this long that names no kind of document may be a title the page wrapped (a PDF's line).
_WRAPPED_TITLE = 24


def _wrapped_title(lines: list[_Line]) -> int:
    """How many lines after the first (two or three) make one document title together (…关于提高…供 / 养标准的
    通知): each a line of words alone, the first saying 关于, the last ending with a kind of document; 0 when none."""
    for k in (2, 3):
        if len(lines) <= k or any(lines[j].md or lines[j].bullet or not meta.is_title(lines[j].text) for j in range(1, k + 1)):
            return 0
        joined = "".join(lines[j].text for j in range(1, k + 1))
        if "关于" in lines[1].text and joined.endswith(meta.TITLE_ENDS) and not lines[1].text.endswith(meta.TITLE_ENDS):
            return k
    return 0


def _front_and_back(lines: list[_Line]) -> _Meta:
    m = _Meta()
    n = len(lines)
    if n < 2:
        return m
    first = lines[0]
    i = 0
    if first.md == 1:
        if meta.is_doc_title(first.text) or any(l.md for l in lines[1:]):
            m.title, m.kinds[0] = first.text, "title"
            i = 1
    elif not first.md and not first.bullet:
        head = first.text
        wrapped = _wrapped_title(lines)
        if meta.is_org(head) and meta.is_doc_title(lines[1].text):
            m.issuer, m.kinds[0] = head, "meta"
            m.title, m.kinds[1] = lines[1].text, "title"
            i = 2
        elif meta.is_org(head) and wrapped:  # «临沅市民政局» / «临沅市财政局关于提高…供» / «养标准的通知»: the
            m.issuer, m.kinds[0] = head, "meta"  # issuer, then a title the page wrapped over lines
            m.title = "".join(lines[j].text for j in range(1, wrapped + 1))
            for j in range(1, wrapped + 1):
                m.kinds[j] = "title"
            i = wrapped + 1
        elif (meta.is_title(head) and numbering(head) is None and key_value(head) is None
              and not is_byline(head) and not is_question(head) and not meta.is_dateline(head)):
            m.title, m.kinds[0] = head, "title"
            i = 1
        if m.title and i < n and ("关于" in m.title or len(m.title) >= _WRAPPED_TITLE) \
                and not m.title.endswith(meta.TITLE_ENDS) and meta.is_doc_title(lines[i].text) \
                and not lines[i].text.startswith("关于") and len(lines[i].text) < len(m.title):
            m.title += lines[i].text  # a title wrapped over two lines (…普通话水平测 / 试报名工作的通知)
            m.kinds[i] = "title"
            i += 1
    # under the title: a document number, a dateline, 来源：…
    for j in range(i, min(n, i + 4)):
        t = lines[j].text
        if meta.is_meta_line(t) or meta.is_dateline(t) or (m.title and meta.is_date_line(t)):
            m.kinds[j] = "meta"
            m.date = m.date or meta.find_date(t)
            m.issuer = m.issuer or meta.source_of(t)
        elif not is_byline(t):
            break
    # the signature at the end: issuer line(s), then the date, then perhaps «（此件公开发布）»
    j = n - 1
    while j > 0 and meta.is_meta_line(lines[j].text) and not meta.is_date_line(lines[j].text):
        m.kinds[j] = "meta"
        j -= 1
    if j > 0 and meta.is_date_line(lines[j].text):
        m.kinds[j] = "meta"
        signed = meta.find_date(lines[j].text)
        k = j - 1
        names = []
        while k > 0 and k not in m.kinds and meta.is_org(lines[k].text) and len(names) < 3:
            names.insert(0, lines[k].text)
            m.kinds[k] = "meta"
            k -= 1
        if names or not m.date:
            m.date = signed or m.date
        if names:
            m.issuer = "、".join(names)
    return m


# -- classifying lines --------------------------------------------------------------------------

def _heading_name(text: str) -> str:
    """The short name of a heading: numbering and a trailing stop removed; «名称：标题» → 名称."""
    num = numbering(text)
    rest = num.rest if num else text
    kv = key_value(rest)
    if kv and not num and is_heading(rest):
        return kv[0]
    name = rest.strip().rstrip("。：:；;，,").strip()
    bare = re.sub(r"[（(][^（）()]*[）)]$", "", name).strip()  # 集中整治阶段（3月16日—9月30日） → 集中整治阶段
    return bare if len(bare) >= 2 else name


# A place's name as a section's key (梅林乡, 新华街道, 城南社区): what a county report's «地名：标题» sections are named by.
_PLACE_KEY = re.compile(r"[\u4e00-\u9fff]{1,8}(?:乡|镇|村|街道|社区|县|区|市)")


def _is_kv_run(lines: list[_Line], i: int) -> bool:
    """Is the line next to another «键：值» line (a block of facts, not a heading)?"""
    for j in (i - 1, i + 1):
        if 0 <= j < len(lines):
            kv = key_value(lines[j].text)
            if kv and len(lines[j].text) <= 60 and not is_byline(lines[j].text):
                return True
    return False


def _continues_list(prev: _Block | None, num: Numbered) -> bool:
    """Does a numbered line go on with the list a «键：值» line began (附件：1.… then 2.…)?"""
    if prev is None or prev.kind != "kv":
        return False
    kv = key_value(prev.text.rsplit("\n", 1)[-1])
    first = numbering(kv[1]) if kv else None
    return first is not None and first.style == num.style and first.number == num.number - 1


# Numbering styles that title a document's parts (第一章, 一、, （一）) rather than number a list's items.
_TITLE_STYLES = ("chapter", "part", "cn", "cn_paren")


def _inline_heading(rest: str) -> int:
    """Where an inline heading «扎实推进农村厕所革命。…» ends (after its stop), or 0 when none."""
    m = re.search(r"[。！!]", rest)  # a heading ends a sentence; 1. 园区管理处负责…；… is an item of clauses
    if not m:
        return 0
    head = rest[:m.start()]  # a heading names a task, it states no figure (成人票每张60元；… is an item)
    if 0 < len(head) <= MAX_INLINE_HEADING and not re.search(r"[，,、：:“”\"]|\d(?!\d*年)", head) \
            and not _RULE_WORDS.search(head):  # nor a rule (1. 所有進入遊戲區人士必須穿著防滑襪。本場有售…: an item)
        return m.end()
    return 0


# The words of a rule (须, 不得, 只限, 禁止): a sentence that says one is an item of a list of rules, no heading.
_RULE_WORDS = re.compile(r"必须|必須|须|須|不得|应当|應當|只限|仅限|僅限|禁止|不准|严禁|嚴禁|不可|请勿|請勿|恕不")


class _Classifier:
    def __init__(self, lines: list[_Line], fixed: dict[int, ParagraphKind]):
        self.lines = lines
        self.fixed = fixed
        self.out: list[_Block] = []
        self.key = ""  # the FAQ question whose answer is being read
        self.numbered: dict[str, tuple[str, int]] = {}  # style → (role, number) of its last line
        self.last_line = -1  # the line the last «键：值» fact was read from

    def run(self) -> list[_Block]:
        i = 0
        lines = self.lines
        while i < len(lines):
            line = lines[i]
            if i in self.fixed:
                self.out.append(_block(self.fixed[i], line))
                i += 1
                continue
            if table_cells(line.raw) is not None:
                i = self.table(i)
                continue
            self.line(i)
            i += 1
        return self.out

    # a Markdown table: a header line, a rule line, one row per line
    def table(self, i: int) -> int:
        rows = []
        j = i
        while j < len(self.lines) and (cells := table_cells(self.lines[j].raw)) is not None:
            if not is_table_rule(cells):
                rows.append((self.lines[j], cells))
            j += 1
        headers = rows[0][1] if len(rows) > 1 else []
        for line, cells in rows[1:] if len(rows) > 1 else rows:
            text = row_text(headers, cells)
            if text:
                end = line.start + len(line.raw)
                self.out.append(_Block("row", text, [line.start] * (len(text) - 1) + [end - 1], key=self.key))
        return j

    def body_kind(self) -> ParagraphKind:
        return "qa" if self.key else "body"

    def line(self, i: int) -> None:
        line = self.lines[i]
        t = line.text
        num = numbering(t)
        prev = self.out[-1] if self.out else None
        # FAQ: a question (问：, Q:, or a question line set apart), an answer (答：, A:)
        ask = ask_marker(t)
        after_num = num.rest if num else t
        if ask or (is_question(after_num) and self.stands_alone(i)):
            self.question(line, ask or (len(num.marker) if num else 0))
            return
        reply = reply_marker(t)
        if reply:
            self.out.append(_block("qa", line, reply, key=self.key))
            return
        if prev is not None and not line.md and not line.bullet and num is None and not self.is_fact(i) \
                and (prev.kind in ("body", "qa") and continues(prev.text, t) or self.fact_goes_on(prev, i)):
            prev.append(t, line.pos)
            return
        if line.md:
            self.heading(line, f"md{line.md}", _heading_name(t))
            return
        if num is not None:
            self.numbered_line(i, num)
            return
        kv = key_value(t)
        if kv and self.is_fact(i):
            self.fact(_block("kv", line, key=self.key), i)
            return
        if line.bullet:
            if kv and len(t) <= MAX_FACT:
                self.fact(_block("kv", line, key=self.key), i)
            else:
                self.out.append(_block(self.body_kind(), line, key=self.key))
            return
        name = is_heading(t) or self.label_heading(i)
        if name is not None:
            self.heading(line, "colon", name)
            return
        if is_byline(t):
            self.out.append(_block("byline", line))
        elif is_caption(t) and not self.key and not t.endswith(("：", ":")):  # «…如下：» leads into what follows
            self.out.append(_block("caption", line))
        else:
            self.out.append(_block(self.body_kind(), line, key=self.key))

    def label_heading(self, i: int) -> str | None:
        """The name a bare label opens a part with, when numbered items follow it (存在的问题：, then
        «（一）…»; 下一步打算：; a short line of words alone, 2028年工作打算): a report's part of its own, not the
        last town's. None for a line that leads into what follows (通知如下：) or any other."""
        m = _LABEL_LINE.fullmatch(self.lines[i].text)
        if m is None or _LEADS_IN.search(m.group(1)) or i + 1 >= len(self.lines):
            return None
        return m.group(1).rstrip("：:") if numbering(self.lines[i + 1].text) is not None else None

    def fact(self, block: _Block, i: int) -> None:
        """A «键：值» line: it joins the «键：值» lines just above it (one paragraph, a line a sentence)."""
        prev = self.out[-1] if self.out else None
        if prev is not None and prev.kind == "kv" and prev.key == block.key and self.last_line == i - 1:
            prev.pos.append(prev.pos[-1] + 1)
            prev.text += "\n" + block.text
            prev.pos.extend(block.pos)
        else:
            self.out.append(block)
        self.last_line = i

    def fact_goes_on(self, prev: _Block, i: int) -> bool:
        """Does line `i` go on with the «键：值» line just above it, a sentence the page's layout broke («5. 新开K9路快线：
        从沅州火车站开往…，中途只停靠…体育中心3» then «个站，全程22公里。»)? Only a value that runs as prose (a comma in
        it, or a sentence's end: «…0832-5109880。联系» then «人：…») and stops mid-sentence; a short fact (备注：含精修照片20张)
        stops where it ends."""
        last = prev.text.rsplit("\n", 1)[-1]
        num = numbering(last)
        kv = key_value(num.rest if num else last)
        return prev.kind == "kv" and self.last_line == i - 1 and kv is not None and bool(re.search(r"[，,；;。]", kv[1])) \
            and continues(last, self.lines[i].text)

    def is_fact(self, i: int) -> bool:
        """A «键：值» line that states a fact (牵头单位：…, 高一年级主任：…), not a «名称：标题» heading."""
        t = self.lines[i].text
        kv = key_value(t)
        if not kv or is_byline(t) or len(t) > MAX_FACT or len(split_sentences(t)) > 2:
            return False  # a paragraph that opens with «…：» is prose, not a fact line
        key, value = kv
        if len(key.strip()) == 1 and i > 0 and ends_mid_sentence(self.lines[i - 1].text) \
                and re.search(r"[\u4e00-\u9fff]$", self.lines[i - 1].text.strip()):
            return False  # «…；联系» then «人：贷款科科长王晓梅。»: a word the page broke (联系人), no field named 人
        if is_attribute(key):
            return True
        if looks_like_value(value) and not self.place_section(i, key, value):
            return True
        return is_heading(t) is None or _is_kv_run(self.lines, i)

    def place_section(self, i: int, key: str, value: str) -> bool:
        """Does a «地名：短标题» line open that place's section (梅林乡：冷链仓储, then «梅林乡投资850万元…»)? A
        short title of words, no figure, after a place's name, and the next line speaks of the place."""
        nxt = self.lines[i + 1].text if i + 1 < len(self.lines) else ""
        return (bool(_PLACE_KEY.fullmatch(key)) and bool(re.fullmatch(r"[\u4e00-\u9fff]{2,5}", value.strip().rstrip("。")))
                and nxt.startswith(key) and key_value(nxt) is None)

    def stands_alone(self, i: int) -> bool:
        """A question line that heads an answer: the next line is not another plain question."""
        line = self.lines[i]
        if i + 1 >= len(self.lines):
            return False
        nxt = self.lines[i + 1].text
        if reply_marker(nxt):
            return True
        if line.bold or line.md or numbering(line.text):
            return True
        return not is_question(nxt) and table_cells(self.lines[i + 1].raw) is None

    def question(self, line: _Line, marker: int) -> None:
        inside = reply_inside(line.text)
        end = inside if inside > 0 else len(line.text)
        q = _block("question", line, marker, end)
        self.key = q.text
        q.key = q.text
        self.out.append(q)
        if inside > 0:
            rest = line.text[inside:]
            self.out.append(_block("qa", line, inside + reply_marker(rest), key=self.key))

    def heading(self, line: _Line, style: str, name: str, s: int = 0, e: int | None = None) -> None:
        self.key = ""
        self.out.append(_block("heading", line, s, e, section=name, style=style))

    def heads_part(self, i: int, num: Numbered) -> bool:
        """Does the numbered line open a part: the next number of its style comes further down, with other
        lines between (一、展出时间, its items, then 二、门票), not right after it as a list's next item?"""
        for j in range(i + 1, len(self.lines)):
            nxt = numbering(self.lines[j].text)
            if nxt is not None and nxt.style == num.style:
                return nxt.number == num.number + 1 and j > i + 1
        return False

    def numbered_line(self, i: int, num: Numbered) -> None:
        line = self.lines[i]
        prev = self.out[-1] if self.out else None
        last = self.numbered.get(num.style)
        nxt = numbering(self.lines[i + 1].text) if i + 1 < len(self.lines) else None
        rest = num.rest
        short = len(rest) <= MAX_HEADING and not re.search(r"[。！？；!?;]", rest.rstrip("。"))
        if short and not re.search(r"[，,]", rest) and num.style in _TITLE_STYLES and self.heads_part(i, num):
            self.numbered[num.style] = ("heading", num.number)  # 公告如下：一、展出时间 … 二、门票: a part's title,
            self.heading(line, num.style, _heading_name(line.text))  # not the first item of a list
            return
        if (last == ("item", num.number - 1) or _continues_list(prev, num)
                or (prev is not None and prev.text.endswith(("：", ":")) and num.number <= 1)
                or (nxt is not None and nxt.style == num.style and nxt.number == num.number + 1
                    and (short or len(rest) <= MAX_INLINE_HEADING))
                or (key_value(rest) is not None and is_attribute(key_value(rest)[0]))):
            self.numbered[num.style] = ("item", num.number)
            if key_value(rest) and len(rest) <= MAX_FACT:
                self.fact(_block("kv", line, key=self.key), i)
            else:
                self.out.append(_block(self.body_kind(), line, key=self.key))
            return
        if last == ("body", num.number - 1):  # 1. 2027年1月29日至…。 then 2. 除夕…当晚闭园一天；…:
            self.numbered[num.style] = ("body", num.number)  # the same run of numbered paragraphs, no heading
            self.out.append(_block(self.body_kind(), line, key=self.key))
            return
        if short and len(rest.rstrip("。")) <= MAX_HEADING and not re.search(r"[，,]", rest):
            self.numbered[num.style] = ("heading", num.number)
            self.heading(line, num.style, _heading_name(line.text))
            return
        cut = _inline_heading(rest)
        if cut:
            self.numbered[num.style] = ("heading", num.number)
            end = len(num.marker) + cut
            self.heading(line, num.style, _heading_name(line.text[:end]), 0, end)
            if line.text[end:].strip():
                self.out.append(_block("body", line, end))
            return
        self.numbered[num.style] = ("body", num.number)
        self.out.append(_block(self.body_kind(), line, key=self.key))


def blocks(text: str) -> list[_Block]:
    """Paragraph blocks of a text, with layout breaks repaired (the document's own lines included)."""
    lines = _lines(text)
    m = _front_and_back(lines)
    out = _Classifier(lines, m.kinds).run()
    return out


# A clause that opens with the days it is of (周五…, 星期六、星期日及公众假期…, 工作日…, 每天…): a member of a list by days.
_DAYS_OPEN = re.compile(r"\s*(?:(?:周|週|星期|礼拜|禮拜)[一二三四五六日天末]|工作日|平日|假日|节假日|節假日|法定|国定|國定|"
                        r"公众假期|公眾假期|每天|每日|逢)")
_OWN_LABEL = re.compile(r"\s*[^：:，,。；;！？!?]{1,12}(?<!\d)[：:]")  # a clause's own label (LINE ID：, 店长：)
MAX_LISTED = 40  # a clause of one label's list (营业时间：周一至周四…；周五…；周六…) is at most this long


def line_sentences(line: str) -> list[tuple[int, int]]:
    """A line's sentences (split_sentences), except that a label's list by days stays one sentence: «营业时间：周一至
    周四13:00至23:00；周五13:00至翌日凌晨1:00；…» says the label once for every clause, which alone would lose it
    (周五几点关门). Such a list is a labelled line whose clauses, cut at semicolons, each open with the days they are
    of, are short and have no label of their own («店长：林冠宇；组长：张雅婷» stays two; so does «营业时间：每天8:00至
    20:00；除夕营业至14:00», and «营业时间：售票大厅7:30至16:00；雪具大厅…», whose clauses are of other things)."""
    spans = split_sentences(line)
    kv = key_value(line[spans[0][0]:spans[0][1]]) if len(spans) >= 2 else None
    if kv is None or not _DAYS_OPEN.match(kv[1]):
        return spans
    later = [line[s:e] for s, e in spans[1:]]
    cuts = [line[e - 1] for _, e in spans[:-1]]
    if all(c in "；;" for c in cuts) and all(len(t) <= MAX_LISTED and not _OWN_LABEL.match(t) and _DAYS_OPEN.match(t)
                                            for t in later):
        return [(spans[0][0], spans[-1][1])]
    return spans


def _to_paragraph(block: _Block) -> Paragraph:
    sentences = []
    if block.kind in WHOLE:
        spans = [(0, len(block.text))]
    else:  # a paragraph of «键：值» lines: each line on its own, then split into sentences
        spans = []
        at = 0
        for part in block.text.split("\n"):
            spans += [(at + s, at + e) for s, e in line_sentences(part)]
            at += len(part) + 1
    for s, e in spans:
        sentences.append(Sentence(text=block.text[s:e], start=block.pos[s], end=block.pos[e - 1] + 1))
    return Paragraph(kind=block.kind, text=block.text, start=block.pos[0], end=block.pos[-1] + 1,
                     sentences=sentences, key=block.key)


def parse_document(text: str, doc_id: str, title: str = "") -> Document:
    """Parse a document's text.

    Text before the first heading belongs to a section named after `title` (for a SQuAD
    paragraph, its article title), or unnamed when the document has a title line of its own.
    A heading opens a new section; its chain is the open headings of outer styles above it.
    Bylines, captions, FAQ pairs, rows and «键：值» lines stay in the section open where they stand.
    """
    lines = _lines(text)
    m = _front_and_back(lines)
    doc = Document(doc_id=doc_id, title=title, text=text)
    if m.title:
        doc.title, doc.titled = m.title, True
    doc.issuer, doc.date = m.issuer, m.date
    current = Section(title="" if m.title else title, heading="", start=0)
    stack: list[tuple[str, str]] = []  # (style, name) of the open headings, outermost first
    # a wrapped title's second line joins the first
    out: list[_Block] = []
    for block in _Classifier(lines, m.kinds).run():
        if out and block.kind == "title" and out[-1].kind == "title":
            out[-1].append(block.text, block.pos)
        elif block.text:
            out.append(block)
    for block in out:
        if block.kind == "heading":
            if current.paragraphs or current.heading:
                doc.sections.append(current)
            styles = [s for s, _ in stack]
            if block.style in styles:
                del stack[styles.index(block.style):]
            stack.append((block.style, block.section or ""))
            path = [name for _, name in stack if name]
            current = Section(title=block.section or "", heading=block.text, start=block.pos[0],
                              path=path, level=len(stack))
        current.paragraphs.append(_to_paragraph(block))
    if current.paragraphs or not doc.sections:
        doc.sections.append(current)
    if not doc.title:
        doc.title = doc.sections[0].title if doc.sections and doc.sections[0].title else doc_id
    return doc
