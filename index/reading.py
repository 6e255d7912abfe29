"""Reading a question against the corpus's words: a Query (query.py reads the question alone) whose words are
respelt as the corpus writes them (typos, homophones, regional spellings, Latin case), joined or regrouped where
jieba cut across a corpus word, with the section it names, the document its title names, the members and
modifiers the corpus never says, and what is asked per person."""

from __future__ import annotations

import re
from functools import lru_cache

import jieba

from wenda.index import deeds, extract, members, synonyms
from wenda.index.corpus_view import CorpusView, Sections, in_dictionary
from wenda.index.identity import asked_identity
from wenda.index.lexicon import Lexicon, abbreviated
from wenda.index.query import (ARTICLE_WORDS, ASKERS_OWNER, CAPACITY_WORD, EMPTY_NOUNS, MODALS, QUESTION_WORDS, RANGE_ENDS, ROUTE_ASKED,
                               Query, _alone, _posseg, asked_kind, asked_noun, asked_object, asked_role, asks_article,
                               asks_consequence, asks_deed_done, asks_existence, asks_reason, asks_title, asks_writer,
                               counted_noun, entities, existence_object, focus_words, had_thing, intent_of, keyword_tags,
                               kind_words, measure_word, measured_subject, normalize, predicate_words, qualifiers,
                               range_end, same_sounds, SEATS, value_owners, whether_deed, writer_keywords)
from wenda.index.script import simplify
from wenda.index.support import COMMON_FREQ, MEANING_WEIGHT, NEGATIONS, PER_PERSON, PER_PERSON_ASKED, said_otherwise

NAME_ENDS = tuple("村镇乡县区市省州局院校所厂司")  # the last character of a place's or an organisation's name


_ASKS_WHO = re.compile(r"谁|哪位|什么人")


_WHERE_FRAME = re.compile(r"在[^，,。？?]{1,12}?(?:中|上|里|内|期间|时)")


@lru_cache(maxsize=4096)
def _cut(text: str) -> tuple[str, ...]:
    """jieba's words of a title or a question, cut once (a question is read against each section it says)."""
    return tuple(jieba.lcut(text))


DEICTIC = ("这份", "这篇", "这则", "该份", "此份")  # "this document": no word of its content


QUANTITY = re.compile(r"[\d零一二两三四五六七八九十百千万每]")  # a word that says how many (一个月), not which


ORGANISATION_ENDS = NAME_ENDS + tuple("馆店园部站处会社") + ("中心",)  # a body's or a place's (学校, 图书馆, 中心)


def question_content(text: str, exclude: tuple[str, ...] = ()) -> str:
    """The question without question words, the `exclude` strings and punctuation (runs joined by spaces)."""
    for w in sorted(QUESTION_WORDS | set(exclude), key=len, reverse=True):
        text = text.replace(w, " ")
    return re.sub(r"[\W_]+", " ", text).strip()


def question_bigrams(text: str, exclude: tuple[str, ...] = ()) -> set[str]:
    """Character bigrams of the question's content (see question_content)."""
    content = question_content(text, exclude)
    return {content[i:i + 2] for i in range(len(content) - 1) if " " not in content[i:i + 2]}


# A word jieba's dictionary counts fewer times than this is rare (卡压 6, 西乡 57; 押金 92, 绩效 247, 公共 4271):
# one the corpus never uses may be jieba's cut across a typo.
RARE_WORD = 80


# Numerals: a run across jieba's cut that holds one counts something (洗一平米), no typo of a word.
_NUMERAL_CHARS = set("零一二两三四五六七八九十百千万")
# A number of one or two digits, or written in characters, with two characters after it: one that may name a
# thing (11人制, 三号楼), not a figure of many digits nor a decimal.
_NAMING_NUMERAL = re.compile(r"(?<![\d.])\d{1,2}(?![\d.])(?=[\u4e00-\u9fff]{2})|(?<![零一二两三四五六七八九十百千万])"
                             r"[一二两三四五六七八九十]{1,3}(?=[\u4e00-\u9fff]{2})")


# Characters that point at or order what follows (排第几: 第 orders, no half of a word 排第).
_POINTING_CHARS = set("第几每各该本这那哪某")


# Characters that stand alone as helping words (可, 时, 的, 要 …): never half of a misspelt word.
_HELPING_CHARS = set("可时的了是在有和就都要能会也还吗呢吧啊着过把被让给到从对向往与及或很太挺更最越")  # 很远 is no 恒远


def per_person_read(q: Query) -> None:
    """A price asked per person (一个人多少钱, 每个人, 一位) reads its words as one keyword, PER_PERSON: 一个 and
    人 are no words a line must say, and a line priced per a group's unit (每桌) prices no head."""
    m = PER_PERSON_ASKED.search(q.text)
    if not m:
        return
    phrase = m.group()
    inside = [k for k in q.keywords if k in phrase]
    if not inside:
        return
    at = q.keywords.index(inside[0])
    q.keywords = [k for k in q.keywords if k not in inside]
    q.keywords.insert(at, PER_PERSON)
    q.nouns = tuple(n for n in q.nouns if n not in inside)
    q.qualifiers = tuple(w for w in q.qualifiers if w not in inside)
    q.verbs = {v for v in q.verbs if v not in inside}


# Heads a modifier before them names a member of (少儿组, 成人组; 甲班; 夜场票): absent_members.
_MEMBER_HEADS = frozenset("组班票厅")


def final_predicate(question: str, keywords: list[str]) -> str | None:
    """The deed a yes-or-no question asks, which Chinese says last, right before its particle (后张村在外
    流动党员回家了吗: 回家; 饭店能开门吗: 开门): the keyword (two characters or more) the question ends with
    once 了吗, 吗, 了没有, 没有 are taken off, or one of one character right after a modal (保洁押金能退吗: 退);
    None when it ends otherwise (…能不能来). The clause that settles the question is the one saying that
    deed (虽然没有回家; «…全额退还»), not the one naming its subject."""
    body = re.sub(r"(?:了吗|吗|么|了没有|了没|没有)?[\s?？。！!]*$", "", question)
    return next((k for k in sorted(keywords, key=len, reverse=True) if len(k) >= 2 and body.endswith(k)), None) \
        or next((k for k in keywords if len(k) == 1 and re.search(rf"(?:能|可以|可|会|准|许){re.escape(k)}$", body)), None)


def deed_words(question: str, tags: list[tuple[str, str]]) -> tuple[str, ...]:
    """The words of the deed a 谁 question asks the doer of: its verbs after the question word and the
    word right after it (由谁带队: 带队, tagged a noun), else those of a 的是谁 (捐献医用口罩的是谁):
    what is done after what hands it on (派谁去买: 买); no helping verb, a light verb only when alone
    (谁负责审批: 审批). None for 谁是组长, which asks who holds a role."""
    m = _ASKS_WHO.search(question)
    if m is None:
        return ()
    after = _WHERE_FRAME.sub("", question[m.end():])  # 谁在网球比赛中拥有: 比赛 says where, not the deed
    first = after.lstrip("来去要得")
    words = [w for w, flag in tags if w in after and (first.startswith(w) or flag.startswith("v")
                                                      or (flag == "nz" and len(w) == 1))]  # 换: one character names no thing
    if not words and re.search(r"的人?是(?:谁|哪位|什么人)", question):
        words = [w for w, flag in tags if w in question[:m.start()] and flag.startswith("v")]
    words = [w for w in words if w not in deeds.AUXILIARIES]
    # 谁来管, 谁去办: jieba glues the directional 来/去 to the deed (来管); the deed is 管
    words = [w[1:] if len(w) >= 2 and w[0] in "来去" and first.startswith(w[1:]) else w for w in words]
    return tuple([w for w in words if w not in extract.LIGHT_VERBS] or words)


@lru_cache(maxsize=4096)
def name_shortened(word: str, title: str) -> str:
    """The name of `title` that `word` shortens across words (驾校: 驾驶员培训学校), or "": a run of two to four
    of jieba's words of Chinese characters, the first opening with the word's first character, the last
    ending with its last, any characters between in order (lexicon.abbreviated reads shorter spreads)."""
    cut = _cut(title)
    for i, first in enumerate(cut):
        if not first.startswith(word[0]):
            continue
        for j in range(i + 1, min(i + 4, len(cut))):
            run = "".join(cut[i:j + 1])
            if not re.fullmatch(r"[\u4e00-\u9fff]+", run):
                break
            if cut[j].endswith(word[-1]) and synonyms.in_order(word[1:-1], run[1:-1]):
                return run
    return ""


# A part of the day the asker names (晚上, 早上) is when they ask about, no typo of a corpus word that
# sounds alike (圖書館晚上幾點關門: 晚上 is not the FAQ's 网上 of «可在网上…续借»).
_DAY_PART = re.compile(r"上午|下午|中午|晚上|早上|早晨|凌晨|傍晚|夜里|夜间|白天|晚间")


# Nouns for a time: what a date question asks (哪一时期, 什么年代), never what the answer must say.
DATE_NOUNS = ("时期", "年代", "时候", "时间", "年份", "世纪", "日期", "时代", "朝代", "阶段")


def _figure_piece(word: str, question: str) -> bool:
    """Is a keyword the tail of a figure the question states (多岁 of 80多岁, 余人 of 20余人; 年 and 时
    of 631年时, the 年 the sentence writes with its figure)?"""
    if word in ("年", "时", "月", "日", "号") and re.search(r"\d" + re.escape(word) + r"|\d年" + re.escape(word), question):
        return True
    if re.fullmatch(r"[年月日号][时前后间底初末中]", word) and re.search(r"\d" + re.escape(word), question):
        return True  # 1836年时: jieba's 年时 is the figure's 年 and a 时 of the question
    if word in ("外", "远", "以外", "开外") and re.search(r"\d\s*(?:公里|千米|米|里)" + re.escape(word), question):
        return True  # 住3公里外, 8公里远: how far the asker is, the distance's own word
    return bool(re.fullmatch(r"[多余几]" + extract._UNIT_RE.pattern, word)) and bool(
        re.search(r"[\d零一二两三四五六七八九十百千万]" + re.escape(word), question))


# The kinds of document a title ends in (…管理规定, …须知), by which a question names the document (这个陪护规定).
_DOCUMENT_KINDS = ("规定", "办法", "须知", "通知", "公告", "通告", "细则", "规则", "章程", "制度", "方案", "指南", "简章", "条例")


# What points or counts before a measure word (每个, 这张, 几本, 一根): no deed.
_POINTING = "每这那哪几一二两三四五六七八九十各某半整本该此"
# Sizes said before a thing (大包厢, 中杯, 小份).
_SIZES = "大中小"
# Measure words of one thing (根, 张, 把) that jieba may glue to the deed before them (换根 弓弦).
_MEASURE_CHARS = "个只根张条件把支双套瓶块台辆本盒袋包份间"

class QuestionReader:
    """Reads questions against one corpus: its view (CorpusView), its sections and the lexicon of its words."""

    def __init__(self, corpus: CorpusView, sections: Sections, lexicon: Lexicon):
        self.corpus = corpus
        self.sections = sections
        self.lexicon = lexicon
        self.chunks = corpus.chunks
        self._cased: dict[str, str] = {}  # as_written, per word
        self._latin: dict[str, str] = {}  # cased, per word

    def analyse(self, question: str) -> Query:
        text = normalize(question)
        named, said = self.sections.named_in(text)
        other = {piece for piece in said if self.names_another_thing(text, piece) or self.asked_elsewhere(text, piece)
                 or self.glued_before(text, piece) or self.names_document(text, piece)
                 or self.of_unnamed_document(text, piece)}
        # (文明养犬家庭 asked, 文明养犬
        if other:  # a chapter: the family award is said in another
            said = [piece for piece in said if piece not in other]
            named = list(dict.fromkeys(self.sections.alias[piece] for piece in said))
        for piece in said:  # a chapter named by a word of its title (第二章 陪护): the document's other chapters of it
            if self.titled_section(piece):  # too (第五章 陪护和探视人员须知)
                doc = self.section_chunk(self.sections.alias[piece]).doc
                named += [n for n in self.sections.ids if piece in n and n not in named and self.section_chunk(n).doc == doc]
        for piece in said:  # 崔乔镇 read as 崔桥镇: the question is searched with the name as written in the corpus
            if piece not in self.sections.alias and len(named) == 1:
                text = text.replace(piece, named[0])
                said = [named[0]]
        exclude = tuple(said) + DEICTIC
        text = self.respelt(text, exclude)
        searched, (text, titled) = text, self.title_names_spelt(text)
        exclude += titled  # like a section's name, a title's says which document, no word a line must say
        # 80多岁, 3天多: a figure the question states; its 多岁 / 天多 is no word to look for
        tags = [(self.as_written(w), f) for w, f in keyword_tags(text, exclude) if not _figure_piece(w, text)]
        cut = {w for w, _ in tags}
        tags = self.abbreviations_joined(tags, text)
        tags = self.suffix_regrouped(tags, text)
        tags = self.corpus_words_kept(tags, text)
        tags = self.pieces_joined(tags, text)
        tags = self.sizes_joined(tags, text)
        tags = self.glued_after(tags, text)
        glued = self.glued_regrouped(tags, text)
        broken = {w for w, _ in tags} - {w for w, _ in glued}  # a deed glued to a name (上明湖: 上, 明湖)
        tags = glued
        recut = self.recut_to_corpus(tags, text)
        broken |= {w for w, _ in tags} - {w for w, _ in recut}  # jieba's words across the corpus's (山东 of 青峰山东门)
        tags = recut
        broken |= cut - {w for w, _ in tags}  # any word of jieba's the reading cut again (班晚托 of 托管班晚托: 托管班, 晚托)
        q = Query(
            text=text,
            intent=intent_of(text),
            sections=named,
            keywords=[w for w, _ in tags],
            verbs={w for w, flag in tags if flag.startswith("v") and flag != "vn"},
            entities=[e for e in entities(text, exclude) if e not in broken],
            measure=measure_word(text),
            bigrams=question_bigrams(text, exclude),
            content=question_content(text),
            focus=focus_words(text, [w for w, _ in tags]),
            kind=asked_kind(text),
            qualifiers=qualifiers(text, [w for w, flag in tags if not flag.startswith("v")]),
            counted=counted_noun(text),
            nouns=tuple(w for w, flag in tags if flag.startswith("n") and flag != "vn"),
        )
        q.searched = searched if searched != text else ""  # the retrievers rank by the asker's words
        q.titled = titled
        q.qualifiers += tuple(w for w in self.unknown_modifiers(tags, text) if w not in q.qualifiers)
        q.qualifiers += tuple(w for w in self.absent_members(tags, text) if w not in q.qualifiers)
        if q.intent == "entity":  # 什么队伍的主场: 队伍 is what is asked, not a word the answer must share
            q.asked_noun = asked_noun(text, q.nouns)
            if q.asked_noun:
                q.qualifiers = tuple(w for w in q.qualifiers if w != q.asked_noun)
                q.entities = [e for e in q.entities if e != q.asked_noun]
            if q.asked_noun in EMPTY_NOUNS:  # 什么东西: no word to look for at all
                q.keywords = [k for k in q.keywords if k != q.asked_noun]
        asked = asked_role(text) if q.intent == "person" else None
        if asked and asked not in q.qualifiers and not any(self.lexicon.known(asked[i:]) for i in range(len(asked) - 1)) \
                and not said_otherwise(asked, self.lexicon):  # 大夫: the corpus says 医生, the thesaurus's word
            q.qualifiers += (asked,)  # 学校校长是谁: where the corpus never says 校长, no name is the headmaster's
        role = asks_writer(text)
        if role:  # who wrote it: the byline's role names the person (记者 李一)
            q.intent, q.keywords, q.verbs = "person", writer_keywords(q.keywords, role), set()
            q.qualifiers = tuple(w for w in q.qualifiers if w in q.keywords)
        if not asked_role(text):  # 许峰是干什么的: a named person's role is asked (校长是谁 asks a name)
            q.identity = asked_identity(text)
        q.kin = extract.asked_kin(text)
        if q.intent == "person" and q.kin in q.keywords:  # 是谁的儿子: a sentence writes it 之子, 第五子
            q.keywords = [extract.KIN[q.kin] if k == q.kin else k for k in q.keywords]
            q.nouns = tuple(n for n in q.nouns if n != q.kin)
        if q.intent == "person":
            q.acts = deed_words(text, tags)
        if q.intent == "date":  # 西元几年: 西元 is part of the question word
            q.keywords = [k for k in q.keywords if not (k in ("西元", "公元") and re.search(k + "前?几", text))]
            # 哪一时期的游戏: 时期 names the kind of date asked (14世纪 answers it), it singles out nothing
            q.qualifiers = tuple(w for w in q.qualifiers if w not in DATE_NOUNS)
        if asks_title(text) and q.sections:  # 那篇报道的标题是啥: the named section's heading, in any words
            q.intent, q.keywords, q.verbs, q.focus, q.entities, q.qualifiers = "entity", [], set(), (), [], ()
        kinds = [k for k in (kind_words(text, q.keywords) if q.intent in ("entity", "clause") and q.kind is None else [])
                 if not self.lexicon.known(k)]  # a kind the corpus does name (什么考核: 量化考核) still points to it
        if kinds and len(kinds) < len(q.keywords):  # 用什么东西消毒: 东西 is what is asked, no word to find
            q.keywords = [k for k in q.keywords if k not in kinds]
        if q.kind == "phone" and q.intent == "date":  # 电话幾號: 几号 asks a number here, not a day
            q.intent = "figure"
        if q.kind == "color":  # 什么颜色: the kind asked, said by the colour itself (黄色), no word to look for
            q.keywords = [k for k in q.keywords if k not in ("颜色", "顏色", "色", "底色")]
            q.nouns = tuple(n for n in q.nouns if n not in ("颜色", "顏色", "底色"))
        if q.kind == "clock":  # 几点: 点 is the question, not a word to look for
            q.keywords = [k for k in q.keywords if k not in ("点", "时", "点钟")]
        if q.intent == "figure":
            q.subject = measured_subject(text, [w for w, flag in tags if flag.startswith("n")])
            q.predicate = predicate_words(text, q.keywords, q.counted)
            thing = asked_object(text)  # 能停多少辆车: a 停车位 holds one 车 (extract.slot_of)
            q.slots = tuple((v, thing) for v in sorted(q.verbs) if thing and len(v) == 1 and v != thing)
        if q.kind == "clock" or q.intent in ("date", "figure"):  # the deed the asked value belongs to
            skip = (*named, *q.entities, *([q.subject] if q.subject else []), *([q.counted] if q.counted else []))
            if q.intent != "figure" or q.kind == "clock":  # 几点关门, 哪天重新开放: said after the value
                q.deeds = tuple(d for d in deeds.asked_deeds(text, q.keywords, q.verbs, skip) if d not in EMPTY_NOUNS)
            else:  # 停车一小时收多少钱: the question's verbs, and what the counted did
                verbs = dict.fromkeys([*sorted(q.verbs), *q.predicate])
                q.deeds = tuple(v for v in verbs if v not in skip and v not in deeds.AUXILIARIES
                                and v not in MODALS)  # 体重多少才能献血: 才能 says may, no deed
        if q.kind == "clock" or q.intent == "date":  # 几点开始营运, 截止到哪天: one end of a range is asked
            q.end = range_end(text)
            if q.end is not None:
                q.deeds = tuple(d for d in q.deeds if d not in RANGE_ENDS)
                q.keywords = [k for k in q.keywords if k not in RANGE_ENDS]
        if asks_article(text):  # 第几条规定了丢车怎么赔: the number of the article that says it
            q.kind, q.intent, q.measure, q.counted = "article", "entity", None, None
            q.keywords = [k for k in q.keywords if k not in ARTICLE_WORDS]
            q.qualifiers = tuple(k for k in q.qualifiers if k not in ARTICLE_WORDS)
            q.verbs = {v for v in q.verbs if v not in ARTICLE_WORDS}
        if q.kind == "route":  # 坐几路车: the route's name is asked, 路车 is no counted noun nor a word to find
            asked = "".join(m.group() for m in ROUTE_ASKED.finditer(text))
            q.intent, q.measure, q.counted = "entity", None, None
            q.keywords = [k for k in q.keywords if k not in asked]
            q.qualifiers = tuple(k for k in q.qualifiers if k not in asked)
            q.nouns = tuple(k for k in q.nouns if k not in asked)
        if q.measure == SEATS:  # 能容纳几个人, 有多少个座位: the capacity is the figure asked (300座), no word a line must say
            capacity = CAPACITY_WORD.fullmatch
            q.keywords = [k for k in q.keywords if not capacity(k)]
            q.qualifiers = tuple(k for k in q.qualifiers if not capacity(k))
            q.nouns = tuple(k for k in q.nouns if not capacity(k))
            q.verbs = {v for v in q.verbs if not capacity(v)}
            q.predicate = tuple(v for v in q.predicate if not capacity(v))
            q.deeds = tuple(d for d in q.deeds if not capacity(d))
            q.subject = None if q.subject and capacity(q.subject) else q.subject
            q.counted = None if q.counted and capacity(q.counted) else q.counted
        if asks_reason(text) and q.kind is None:
            q.kind = "reason"  # 为什么: the value asked is a purpose (extract.reasons)
        if q.intent == "yesno" and not q.focus:  # 饭店能开门吗: the clause of the deed (一律不得开门营业) says yes or no
            q.focus = tuple(v for v in sorted(q.verbs) if len(v) >= 2)
        if q.intent == "yesno":  # 流动党员回家了吗: the deed asked stands last, whatever jieba tags it
            last = final_predicate(q.text, q.keywords)
            if last:
                q.focus = (last,)
        if q.intent == "yesno" and asks_existence(text) and q.kind is None and not asks_deed_done(text):
            q.kind = "existence"  # 有没有人感染: a clause that says whether (extract.states_existence)
        if asks_consequence(text) and q.kind is None:
            q.kind = "consequence"  # 逾期会怎样: what the condition brings (extract.consequences)
        if q.kind == "frequency":  # 多久交一次: 一次 is the asking form (每季度, 按年), no word to find
            q.keywords = [k for k in q.keywords if k not in ("一次", "次")]
        if q.kind in ("consequence", "frequency"):  # a clause of that kind, never a figure:
            q.intent, q.measure, q.counted, q.deeds = "clause", None, None, ()  # 多久交一次 is no duration
        if q.intent == "figure":  # read once here, checked against every candidate (support.unqualified)
            q.owners = value_owners(text, q.deeds, q.kind)
        if q.kind == "existence":
            q.exists = existence_object(text)
        elif q.intent == "yesno":  # 游泳馆有停车场吗: a line that never names a 停车场 says neither yes nor no
            q.exists = had_thing(text)
        if q.intent == "yesno":  # read once here: support and unqualified ask it of every candidate
            q.whether = tuple(whether_deed(text, q.keywords))
        if q.kind == "money":
            per_person_read(q)
        if q.kind == "place":  # 在哪个位置: the kind asked, which a line says as 位于…, no word it need hold
            q.keywords = [k for k in q.keywords if k not in ("位置", "方位", "地点", "地方")] or q.keywords
        own = self.askers_own(text)
        if own and len(own) < len(q.keywords):  # 我的大疆mini只有249克: the line rules on its weight, whatever its make
            q.keywords = [k for k in q.keywords if k not in own]
        # the words the corpus may say otherwise, embedded together (one batch per question)
        self.lexicon.prepare([*q.keywords, *q.qualifiers, *([q.counted] if q.counted else [])])
        return q

    def names_another_thing(self, text: str, alias: str) -> bool:
        """Does the question say a section's name (alias: as the question writes it) only as the start of
        a longer word the corpus uses outside that section (文明养犬家庭, where 文明养犬 is a chapter and the
        family award is said in 奖励与处罚)? Then it names that thing, not the section."""
        name = self.sections.alias.get(alias)
        if name is None:
            return False
        at = text.find(alias)
        while at >= 0:
            nxt = text[at + len(alias):at + len(alias) + 1]  # 开放时间表在哪领: 开放时间表 (表在 is no word)
            if not re.fullmatch(r"[\u4e00-\u9fff]", nxt) or nxt in _HELPING_CHARS or not self.corpus.said_outside(alias + nxt, name):
                return False
            at = text.find(alias, at + 1)
        return True

    def glued_before(self, text: str, alias: str) -> bool:
        """Does the question say a section's name only as the end of a deed that opens before it (补办卡: 补办,
        the section being 办卡), a word the corpus uses outside that section (遗失补办 under 赔偿)? Then the
        question asks of that deed, and names no section."""
        name = self.sections.alias.get(alias)
        if name is None:
            return False
        spots = [m.start() for m in re.finditer(re.escape(alias), text)]
        cut, at0 = [], 0
        for p in _posseg().lcut(text):
            cut.append((p.word, p.flag, at0, at0 + len(p.word)))
            at0 += len(p.word)
        return bool(spots) and all(  # a deed (补办), not a word that names the thing (儿童 of 儿童锁, the section 童锁)
            any(begin < at < end < at + len(alias) and flag.startswith("v") and self.corpus.said_outside(word, name)
                for word, flag, begin, end in cut)
            for at in spots)

    def section_chunk(self, name: str):
        """The first sentence of a section (its document, its title)."""
        return self.chunks[self.sections.ids[name][0]]

    def titled_section(self, alias: str) -> bool:
        """Is the section's name a word of its document's title (陪护 of the chapter «第二章 陪护» in «…住院患者陪护和探视
        管理规定»)? The other chapters whose names say it speak of it too («第五章 陪护和探视人员须知»)."""
        name = self.sections.alias.get(alias)
        ids = self.sections.ids.get(name, []) if name is not None else []
        return bool(ids) and len(alias) >= 2 and all(alias in simplify(self.chunks[i].title) for i in ids)

    def names_document(self, text: str, alias: str) -> bool:
        """Does the question name the document by a section's name that its title says, with the kind of document the
        title ends in (这个陪护规定哪天开始执行: «…住院患者陪护和探视管理规定»)? It asks of the whole document, no section."""
        if not self.titled_section(alias):
            return False
        title = simplify(self.section_chunk(self.sections.alias[alias]).title)
        kind = next((k for k in _DOCUMENT_KINDS if title.endswith(k)), None)
        return kind is not None and bool(re.search(re.escape(alias) + r"[\u4e00-\u9fff]{0,6}?" + kind, text))

    def of_unnamed_document(self, text: str, alias: str) -> bool:
        """Does the question name a document by a word only its name says (青丝 of «青丝坊美发沙龙价目表») while the
        section's name (優惠) is another document's? The section is none the question routes to."""
        name = self.sections.alias.get(alias)
        if name is None:
            return False  # (a section said by a near spelling, 崔乔镇 for 崔桥镇, read as written below)
        doc = self.section_chunk(name).doc
        titles = self.corpus.naming().names  # (its title, else the heading over its first lines)
        own = self.corpus.document_text(doc)
        named = set()
        for w in _cut(text):  # a word of another document's name that the section's document never says
            holders = [d for d, title in titles.items() if len(w) >= 2 and w not in alias and w in title]
            if len(holders) == 1 and w not in own:
                named.add(holders[0])
        return bool(named) and doc not in named

    def asked_elsewhere(self, text: str, alias: str) -> bool:
        """Does the question say a section's name that is a common word (优惠 of «四、優惠»; no place: 崔桥镇) with
        other words that a line outside that section says together with it, more of them than any line of the
        section does (会员泊车有没有优惠: «會員不設泊車優惠» under another heading, the 優惠 section's lines of
        members and friends)? Then the word asks of that line's thing, and names no section."""
        name = self.sections.alias.get(alias)
        if name is None or alias[-1] in Sections.SUFFIXES or len(alias) > 4:
            return False
        words = {w for w in jieba.lcut(text.replace(alias, " ")) if len(w) >= 2 and re.fullmatch(r"[\u4e00-\u9fff]+", w)}
        if len(words) < 2:
            return False
        outside = max((sum(1 for w in words if w in c.text) for c in self.corpus.holding(alias) if c.section != name),
                      default=0)
        if outside < 2:
            return False
        inside = max((sum(1 for w in words if w in self.corpus.plain(self.chunks[i]).text) for i in self.sections.ids[name]),
                     default=0)
        return outside > inside

    def as_written(self, word: str) -> str:
        """A Latin word of the question as the corpus writes it (ct → CT, vpn → VPN): a question's
        words are read lower-cased, sentences are matched as written. Itself where the corpus never
        says it."""
        if not (word.isascii() and re.search("[a-z]", word)):
            return word
        got = self._cased.get(word)
        if got is None:
            m = re.search(rf"(?<![A-Za-z]){re.escape(word)}(?![A-Za-z])", self.corpus.text(), re.I)
            got = self._cased[word] = m.group(0) if m else word
        return got

    def askers_own(self, text: str) -> list[str]:
        """The names of the asker's own thing (我的大疆mini: 大疆, mini) that the corpus never says: the question
        states its case by them (只有249克), no line need name them."""
        m = re.search(rf"{ASKERS_OWNER}的", text)
        if not m:
            return []
        out = []
        for w in _posseg().lcut(text[m.end():m.end() + 12]):
            if not (w.flag.startswith("n") or w.flag == "eng"):
                break
            if not self.lexicon.known(w.word) and not self.corpus.says(w.word, simplified=True):
                out.append(w.word)
        return out

    def corpus_words_kept(self, tags: list[tuple[str, str]], text: str) -> list[tuple[str, str]]:
        """The keywords with a word of one character made whole again where the question goes on into a corpus
        word that jieba tagged as one (船潜一个人多少钱: 船潜, which query.unglued cut to 船 as a noun and a verb
        no dictionary joins)."""
        out = []
        for w, f in tags:
            if len(w) == 1 and "\u4e00" <= w <= "\u9fff":
                at = text.find(w)
                whole = next((t.word for t in _posseg().lcut(text[at:at + 4]) if t.word.startswith(w)), w) if at >= 0 else w
                if len(whole) == 2 and whole in text and self.lexicon.known(whole) and not set(whole) & _HELPING_CHARS:
                    w = whole
            out.append((w, f))
        return out

    def glued_after(self, tags: list[tuple[str, str]], text: str) -> list[tuple[str, str]]:
        """A character jieba left alone before a word it glued of the next word's first character (前 牙根管
        of 前牙根管治疗: 牙根管, which the corpus never says), cut again where both halves are the corpus's
        words (前牙, 根管)."""
        out: list[tuple[str, str]] = []
        for w, f in tags:
            prev = out[-1][0] if out else ""
            if (len(prev) == 1 and len(w) >= 3 and prev + w in text and re.fullmatch(r"[\u4e00-\u9fff]+", prev + w)
                    and self.lexicon.known(w[1:]) and not self.corpus.says(w, simplified=True)
                    and self.corpus.says(prev + w[0], simplified=True)):
                out[-1] = (prev + w[0], "n")
                out.append((w[1:], "n"))
                continue
            out.append((w, f))
        return out

    def recut_to_corpus(self, tags: list[tuple[str, str]], text: str) -> list[tuple[str, str]]:
        """Two of jieba's words cut again where it cut across the corpus's: a word the corpus never says, after
        one the corpus says only with that word's first character after it (青峰 山东 门 of 青峰山东门停车场: 青峰山 and
        东门; 青峰 山步道: 青峰山, 步道). The corpus's words are read in Simplified characters, as questions are."""
        out: list[tuple[str, str]] = []
        tags = list(tags)  # the word after a cut one is rewritten in place: the caller's list stays as it was

        def says(t: str) -> bool:
            return self.corpus.says(t, simplified=True)

        for i, (w, flag) in enumerate(tags):
            prev = out[-1][0] if out else ""
            after = tags[i + 1][0] if i + 1 < len(tags) else ""
            if not (prev and prev + w in text and re.fullmatch(r"[\u4e00-\u9fff]+", prev + w)):
                out.append((w, flag))
                continue
            rest = w[1:]
            if (len(prev) >= 2 and len(w) >= 2 and not says(w) and not says(prev + w)
                    and self.corpus.count(prev) == self.corpus.count(prev + w[0]) > 0  # never 青峰 but in 青峰山
                    and not QUANTITY.match(rest)
                    and (len(rest) >= 2 and says(rest) or len(rest) == 1 and re.fullmatch(r"[\u4e00-\u9fff]+", after)
                         and w + after in text and says(rest + after)
                         or rest == w[0])):  # 石溪 县县 乡村 of 石溪县县乡村: 石溪县, then 县
                out[-1] = (prev + w[0], "nz")
                if rest == w[0] and not (after and w + after in text and says(rest + after)):
                    out.append((rest, "n"))
                elif len(rest) == 1:
                    tags[i + 1] = (rest + after, "n")  # 东 门: 东门
                else:
                    out.append((rest, "n"))  # 山步道: 步道
                continue
            out.append((w, flag))
        return out

    def pieces_joined(self, tags: list[tuple[str, str]], text: str) -> list[tuple[str, str]]:
        """A word of the question and the one character after it joined again where together they are a term
        of the corpus, said twice or more, that the corpus never says the word without (欢乐 跑 of 欢乐跑关门时间: 欢乐跑, one of the
        races; the corpus says no 欢乐 alone): jieba cut a name it does not know."""
        out: list[tuple[str, str]] = []
        for w, f in tags:
            if out and len(w) == 1 and len(out[-1][0]) >= 2 and re.fullmatch(r"[\u4e00-\u9fff]+", out[-1][0] + w):
                whole = out[-1][0] + w
                if (whole in text and self.corpus.count(whole) >= 2
                        and self.corpus.count(out[-1][0]) == self.corpus.count(whole)
                        and not QUANTITY.search(w) and not extract.limit_word(out[-1][0])):  # (李婉婷 一场, 最多 卖: no term)
                    out[-1] = (whole, "n")
                    continue
            out.append((w, f))
        return out

    def sizes_joined(self, tags: list[tuple[str, str]], text: str) -> list[tuple[str, str]]:
        """A word of the question with the size said right before it (大 包厢 of 周末大包厢多少钱: jieba's 大, dropped as no
        keyword) joined where the corpus names a table's column so (小包廂：…, 中包廂：…, 大包廂：…): the size singles out the
        column asked. Not the 大 of a question word (多大功率)."""
        out: list[tuple[str, str]] = []
        for w, f in tags:
            at = text.find(w)
            if len(w) >= 2 and at > 0 and text[at - 1] in _SIZES and (at < 2 or text[at - 2] not in _SIZES + "多好最太很挺较更") \
                    and self.corpus.says(text[at - 1] + w + "：", simplified=True):  # (a table's column, 中包廂：NT$560)
                out = [(o, g) for o, g in out if o != text[at - 1]]
                out.append((text[at - 1] + w, "n"))
                continue
            out.append((w, f))
        return out

    def unknown_modifiers(self, tags: list[tuple[str, str]], text: str) -> tuple[str, ...]:
        """Modifiers written right before a noun the corpus uses that the corpus never uses nor says
        otherwise (电动 of 电动自行车, where the documents only speak of 自行车): they single out a
        kind the documents lack, so a sentence about the plain noun does not answer."""
        return tuple(a for (a, fa), (b, fb) in zip(tags, tags[1:])
                     if a + b in text and len(a) >= 2 and fa[:1] in ("n", "b", "j") and fb.startswith("n")
                     and self.lexicon.known(b) and not self.lexicon.known(a) and not self.corpus.says(a)
                     and not abbreviated(a, b) and self.lexicon.suggest(a) in (None, b))  # 电动: e5 names 自行车 itself

    def absent_members(self, tags: list[tuple[str, str]], text: str) -> tuple[str, ...]:
        """A member the question names by a modifier and a head of one character (老年组, 夜场票) that the
        corpus never says, where it says at least two other members of that head (少儿组, 青年组, 成人组):
        the documents list the members and this is none of them, so a line that names no member (一等奖
        奖金2000元) does not answer it."""
        out = []
        for (a, _), (b, _) in zip(tags, tags[1:]):
            if b in _MEMBER_HEADS and len(a) >= 2 and re.fullmatch(r"[\u4e00-\u9fff]+", a) and a + b in text \
                    and not QUANTITY.match(a) and not self.corpus.says(a + b, simplified=True) \
                    and not self.corpus.says(a, simplified=True) \
                    and not any(self.corpus.says(f + b, simplified=True) for f in synonyms.regional(a)):  # 小孩票: 儿童票
                others = set(re.findall(rf"([\u4e00-\u9fff]{{2}}){re.escape(b)}", self.corpus.text(True))) - {a}
                if len(others) >= 2 and not any(synonyms.same(a, m) for m in others):
                    out.append(a + b)
        return tuple(out)

    def glued_regrouped(self, tags: list[tuple[str, str]], text: str) -> list[tuple[str, str]]:
        """A word jieba made of a deed's character and the first character of a corpus word after it, a word
        neither its dictionary nor the corpus knows (订汤 屋 of 订汤屋电话多少), cut again: the deed (订) and
        the corpus's word (汤屋); and a word of three characters or more that jieba made of a deed's character and
        a corpus word, unknown to its dictionary and the corpus (上明湖, 交岳川, 打乒乓球), cut likewise."""
        out: list[tuple[str, str]] = []
        tags = list(tags)  # the word after a cut one is rewritten in place: the caller's list stays as it was
        for i, (w, flag) in enumerate(tags):
            after = tags[i + 1][0] if i + 1 < len(tags) else ""
            if (len(w) == 2 and len(after) >= 1 and re.fullmatch(r"[\u4e00-\u9fff]+", w + after) and w + after in text
                    and not in_dictionary(w) and not self.lexicon.known(w) and not self.corpus.says(w, simplified=True)
                    and self.lexicon.known(w[1] + after) and _alone(w[0]).startswith("v")):
                out.append((w[0], "v"))
                tags[i + 1] = (w[1] + after, "n")
                continue
            if (len(w) == 2 and w[1] in _MEASURE_CHARS and w[0] not in _POINTING and after and w + after in text
                    and not self.corpus.says(w, simplified=True) and self.corpus.says(after, simplified=True)
                    and (_alone(w[0]).startswith("v") or self.corpus.says(w[0] + after, simplified=True))):  # (换弓弦)
                out.append((w[0], "v"))  # 换根 弓弦 of 换根弓弦多少钱: the deed, its measure word (jieba's 换根 is
                out.append((w[1], "q"))  # a word of its own), then the corpus's thing
                continue
            if (len(w) == 2 and w[0] == "有" and after and re.fullmatch(r"[\u4e00-\u9fff]+", w + after) and w + after in text
                    and self.corpus.says(w[1] + after, simplified=True) and not self.corpus.says(w + after, simplified=True)):
                out.append((w[0], "v"))  # 有限 时 of 平日入场有限时吗: whether there is a 限时 (the corpus says 不限时)
                tags[i + 1] = (w[1] + after, "n")
                continue
            # (铺大 板砖 of 铺大板砖多少钱: the corpus says 大板, and 砖 is the head the asker adds: 铺, 大板, 砖)
            j = next((j for j in range(len(after) - 1, 0, -1) if self.corpus.says(w[1] + after[:j], simplified=True)), 0) \
                if len(w) == 2 and len(after) >= 2 else 0
            if (j and re.fullmatch(r"[\u4e00-\u9fff]+", w + after) and w + after in text and not in_dictionary(w)
                    and not self.lexicon.known(w) and not self.corpus.says(w, simplified=True)
                    and not self.corpus.says(after, simplified=True) and _alone(w[0]).startswith("v")):
                out.append((w[0], "v"))
                out.append((w[1] + after[:j], "n"))
                tags[i + 1] = (after[j:], "n")
                continue
            if (len(w) >= 3 and re.fullmatch(r"[\u4e00-\u9fff]+", w)  # 放寒假, 办喜事: set phrases of the language stay
                    and (not in_dictionary(w) or (len(w) >= 4 and jieba.dt.FREQ[w] < RARE_WORD))  # (打乒乓球: rare)
                    and not self.corpus.says(w, simplified=True) and self.corpus.says(w[1:], simplified=True)
                    and (_alone(w[0]).startswith("v") or w[0] in "上下")):  # 上明湖: going there
                out.append((w[0], "v"))  # 上明湖, 交岳川, 打乒乓球: the deed, then the corpus's name (明湖, 乒乓球)
                out.append((w[1:], "n"))
                continue
            prev = out[-1][0] if out else ""
            if (len(prev) == 1 and len(w) == 2 and w[1] in "是在有要为" and prev + w in text
                    and self.corpus.says(prev + w[0], simplified=True) and not self.corpus.says(w, simplified=True)):
                out[-1] = (prev + w[0], "n")  # 低 消是 of 平日低消是多少: the corpus's 低消, then the copula
                continue
            inner = self.corpus_word_inside(w)
            if inner:  # 租绿植摆 (jieba's guess at an unknown word, 想租绿植摆办公室): 租, the corpus's 绿植, 摆
                at = w.find(inner)
                rest = w[at + len(inner):]
                if rest and after and self.corpus.says(rest + after, simplified=True) and rest + after in text:
                    tags[i + 1] = (rest + after, "n")  # 智学坊课 程: 智学坊, then the corpus's 课程
                    rest = ""
                out += [(t, f) for t, f in ((w[:at], "v"), (inner, "n"), (rest, "v")) if t]
                continue
            out.append((w, flag))
        return out

    def corpus_word_inside(self, w: str) -> str:
        """The corpus's word inside a word of four characters or more that neither jieba's dictionary, the
        lexicon nor the corpus knows, which jieba's guessing glued around it (租绿植摆): the longest one of two
        characters or more with at most two characters on either side. "" when there is none."""
        if not (len(w) >= 4 and re.fullmatch(r"[\u4e00-\u9fff]+", w) and not in_dictionary(w)
                and not self.lexicon.known(w) and not self.corpus.says(w, simplified=True)):
            return ""
        for n in range(len(w) - 1, 1, -1):
            for at in range(0, len(w) - n + 1):
                if at <= 2 and len(w) - at - n <= 2 and self.corpus.says(w[at:at + n], simplified=True):
                    return w[at:at + n]
        return ""

    def suffix_regrouped(self, tags: list[tuple[str, str]], text: str) -> list[tuple[str, str]]:
        """A record's generic suffix (课, 班) that jieba glued to the deed after it instead of the name
        before it (瑜伽课收几个人: 瑜伽 课收; 太极拳班能报多少人: 太极拳 班能报; 滑雪营收几岁的: 滑雪 营收) goes back to the
        name (瑜伽课, 收): a glued word the corpus never says, right after a word of the question."""
        out: list[tuple[str, str]] = []
        for w, flag in tags:
            prev = out[-1][0] if out else ""
            if (len(w) >= 2 and w[0] in "课班营" and prev and prev + w in text and not self.corpus.says(w)
                    and not self.corpus.says(prev + w)
                    and (w[0] != "营" or (self.corpus.says(prev + w[0], simplified=True)  # 滑雪营 said; 营运 is a word
                                          and not self.corpus.says(w, simplified=True)))):  # (開始營運) of its own
                out[-1] = (prev + w[0], "n")
                out.append((w[1:], "v"))
            else:
                out.append((w, flag))
        return out

    def abbreviations_joined(self, tags: list[tuple[str, str]], text: str) -> list[tuple[str, str]]:
        """The question's words with two single characters side by side joined again where jieba cut an
        abbreviation it does not know (半马 → 半, 马) that the corpus says in full (半程马拉松: lexicon.
        abbreviated, the characters in order, the first first): 半马 is one thing, and its 半 singles
        out the 半程 race, where 半 and 马 apart are held by the 全程马拉松 clause as well. Only a join
        the corpus never says as it is, nor jieba's dictionary knows (书晚 of 书晚还了 abbreviates nothing).
        Two characters side by side in the question that make a word of the corpus's vocabulary are
        joined too (朗逸, the short name of 大众朗逸: corpus_word)."""
        out: list[tuple[str, str]] = []
        at, last = 0, -2  # where each word stands in the question: only neighbours there are joined
        for w, f in tags:
            found = text.find(w, at)
            here, at = (found, found + len(w)) if found >= 0 else (-1, at)
            if out and len(w) == 1 and len(out[-1][0]) == 1 and re.fullmatch(r"[\u4e00-\u9fff]", w) \
                    and re.fullmatch(r"[\u4e00-\u9fff]", out[-1][0]):
                joined = out[-1][0] + w
                if joined in text and (  # 朗逸 of 大众朗逸, cut 朗 逸; not 停 … 车 of 能停多少辆车
                        (here == last + 1 and self.corpus_word(joined))
                        or ("v" not in (f[:1], out[-1][1][:1]) and self.corpus.abbreviation(joined))):  # 全退: a deed
                    out[-1] = (joined, "n")
                    last = here
                    continue
            out.append((w, f))
            last = here
        return out

    def corpus_word(self, pair: str) -> bool:
        """Is a pair of characters jieba cut apart in the question a word of the corpus's own vocabulary
        (朗逸, a car the price list names 大众朗逸), no helping character in it? The asker names the record
        by its short name, which jieba's dictionary lacks."""
        return not set(pair) & (_HELPING_CHARS | _POINTING_CHARS) and self.lexicon.known(pair)

    def title_names_spelt(self, text: str) -> tuple[str, tuple[str, ...]]:
        """The question with each dictionary word that shortens the name of a body or place in one document's
        title (驾校 for «临江市顺达驾驶员培训学校2027年培训收费标准»: name_shortened) written as the title says it, so that
        every line of that document holds it as the asker meant it; and the names so written."""
        names: list[str] = []
        naming = self.corpus.naming()
        for w in dict.fromkeys(jieba.lcut(text)):
            if not re.fullmatch(r"[\u4e00-\u9fff]{2,3}", w) or not jieba.dt.FREQ.get(w):
                continue  # (the corpus may say it inside another name: 顺达驾校站)
            full = {f for doc in naming.by_char.get(w[0], set()) & naming.by_char.get(w[-1], set())
                    if w not in (title := naming.names[doc]) and (f := name_shortened(w, title))
                    and f.endswith(ORGANISATION_ENDS)  # a body or a place (电动车 shortens no 电动自行车管理规定's body)
                    # and the document itself calls it so (在驾校二楼体检室), or no document says the word at all:
                    # 国会, said by other articles, is no 国家边海防委员会
                    and (w in self.corpus.document_text(doc) or not self.corpus.says(w, simplified=True))}
            if len(full) == 1:
                names.append(full.pop())
                text = text.replace(w, names[-1])
        return text, tuple(names)

    def respelt(self, text: str, exclude: tuple[str, ...]) -> str:
        """The question with each word the corpus never uses that misspells exactly one corpus word by
        its sound (lexicon.misspelt: 压金 for 押金, 帐号 for 账号) written as the corpus writes it, so
        that no check takes the typo for a sibling of the word meant."""
        # app for the corpus's App; t恤 for its T恤 (a lone letter and the character after it)
        for w in set(re.findall(r"(?<![A-Za-z])(?:[A-Za-z][A-Za-z0-9]+(?![A-Za-z])|[A-Za-z][\u4e00-\u9fff])", text)):
            cased = self.cased(w)
            if cased != w:
                text = re.sub(rf"(?<![A-Za-z]){re.escape(w)}(?![A-Za-z])", cased, text)
        words = [w for w, _ in keyword_tags(text, exclude)]
        # a typo that is no word is often cut into single characters (押今 as 押 今, 内但 as 内 但): two of them
        # next to each other are read as one word too, unless one is a helping word (机可 is 机 + 可, no 即可)
        joined = [a + b for a, b in zip(words, words[1:]) if len(a) == len(b) == 1 and a + b in text
                  and not (set(a + b) & (_HELPING_CHARS | _NUMERAL_CHARS))]  # 洗 一 of 洗一平米 is no 洗衣
        # a typo across jieba's cut (竹西乡 as 竹 西乡, 压金 as 卡压 金): a run of two or three characters that
        # overlaps a rare word the corpus never uses, is no word itself, and sounds exactly as one corpus word
        # that is a word of the language
        made_up, at, cuts = [], 0, []
        for t in jieba.lcut(text):
            cuts.append((at, at + len(t)))
            if len(t) >= 2 and re.fullmatch(r"[\u4e00-\u9fff]+", t) and jieba.dt.FREQ.get(t, 0) < RARE_WORD \
                    and not self.lexicon.known(t):
                made_up.append((at, at + len(t)))
            at += len(t)
        across = [text[i:i + n] for a, b in made_up for n in (2, 3) for i in range(max(0, a - n + 1), b)
                  if i + n <= len(text) and re.fullmatch(r"[\u4e00-\u9fff]+", text[i:i + n])
                  and not any(c <= i and i + n <= d for c, d in cuts)  # across a cut, not inside a word (公共厕所)
                  and all(((c, d) in made_up and d - c == 2) or d - c == 1 or (i <= c and d <= i + n)  # breaking no
                          for c, d in cuts if c < i + n and i < d)]  # word but a made-up pair (放暑假电动车: not 假电 for 家电)
        across += [text[a:b] for a, b in made_up if b - a >= 3 and "个" not in text[a:b]]  # (骑封章: one word jieba made up whole, the tagger
        # cuts 骑 封章; a pair like 个村 of 多少个村 is a measure and its noun, no typo of 各村)
        across = [w for w in dict.fromkeys(across) if w not in words and w not in joined
                  and not set(w) & (_HELPING_CHARS | _POINTING_CHARS | _NUMERAL_CHARS)  # 洗一平米 is no 洗衣平米
                  and not any(w in e for e in exclude)]
        # the head of a longer word the corpus does not know, whose head is itself a misspelling (福贵宴: 福贵 for
        # the corpus's 富贵, which jieba glued to 宴): respelt as a word would be, by its sound only
        heads = [w[:2] for w in words if len(w) >= 3 and re.fullmatch(r"[\u4e00-\u9fff]+", w) and not self.lexicon.known(w)
                 and w[:2] not in words]
        across += [h for h in heads if h not in across]
        for w in [*words, *joined, *across]:
            exact = w in across  # only a run that sounds as the corpus word does
            if exact and (w not in text or in_dictionary(w) or not in_dictionary(self.lexicon.misspelt(w) or "")):
                continue
            if extract.SURCHARGE_DEED.fullmatch(w) or extract.MONEY_DEED.fullmatch(w):
                continue  # 加钱 is a deed of paying more, no typo of the corpus's 价钱
            if len(w) >= 2 and not self.lexicon.known(w) and not QUANTITY.match(w) \
                    and not self.corpus.says(w, simplified=True):  # 一间 is no typo of 一件; 罗德学者 says 罗德, no typo of 洛德
                typo = self.lexicon.misspelt(w)
                if typo and not any(ch in NEGATIONS for ch in typo if ch not in w) \
                        and not any(ch in NEGATIONS for ch in w if ch not in typo) \
                        and not _DAY_PART.fullmatch(w) \
                        and not ((in_dictionary(w) or exact) and not same_sounds(w, typo)) \
                        and not (in_dictionary(w) and not self.meant_as(w, typo)):  # 桩位满 is no 未满; 进村 no 井村;
                    # 没人 (nobody) is no 每人: a negation is never added nor dropped
                    # (a word of the language is respelt only to one that sounds exactly as it does and means
                    # it: 帐号 as 账号, 琴马 as 琴码; 加钱 (qian) is no 加强 (qiang), 超时 (逾时) no 超市)
                    text = text.replace(w, typo)
        return self.regionally_respelt(self.numerals_respelt(self.fee_respelt(text)), exclude)

    def fee_respelt(self, text: str) -> str:
        """The question with a spoken «X钱» (材料钱, 车钱) written as the corpus's fee of it (材料费, 车费) where the corpus
        says the fee and never the spoken form: the money asked of the thing (扎染要交多少材料钱: «材料费每人40元»)."""
        cut = jieba.lcut(text)
        for m in re.finditer(r"([\u4e00-\u9fff]{1,2})钱", text):
            for x in (m.group(1), m.group(1)[1:]) if len(m.group(1)) == 2 else (m.group(1),):
                if (x and (x in cut or x + "钱" in cut)  # a word of the question (材料 钱, 车钱), not 验收 of 检验收钱
                        and not (len(x) == 1 and _alone(x).startswith("v")) and not _alone(x).startswith(("m", "d", "p", "r"))
                        and not self.corpus.says(x + "钱", simplified=True) and self.corpus.says(x + "费", simplified=True)):
                    # (a thing's or a service's: not the deed of 多收钱, 交钱)
                    text = text.replace(x + "钱", x + "费", 1)
                    break
        return text

    def numerals_respelt(self, text: str) -> str:
        """The question with a number that names a thing (11人制, 三号楼) written as the corpus writes it where
        the corpus never writes it as asked, with the same two characters after it, and writes it the other
        way (十一人制足球场 for 11人制; 3号楼 for 三号楼). A lone 一, 二 or 两 stays (一个月, 两人间: 一 is a word)."""
        out, at = [], 0
        for m in _NAMING_NUMERAL.finditer(text):
            after = text[m.end():m.end() + 2]
            if m.group() in ("一", "二", "两") or not after or self.corpus.says(m.group() + after, simplified=True):
                continue
            other = next((f for f in members.forms_of(m.group()) if f != m.group()
                          and self.corpus.says(f + after, simplified=True)), None)
            if other is not None:
                out.append(text[at:m.start()] + other)
                at = m.end()
        return "".join(out) + text[at:]

    def meant_as(self, word: str, other: str) -> bool:
        """Does `other`, a corpus word that sounds as the dictionary word `word` does, mean it (lexicon.related,
        the fitted weight of their cosine, at least MEANING_WEIGHT)? Then `word` spells it otherwise (帐号 for
        账号, 琴马 for 琴码); else `word` means something of its own (超时 is no 超市, 公式 no 公示)."""
        return self.lexicon.related(word, other) >= MEANING_WEIGHT

    def cased(self, word: str) -> str:
        """A Latin word as the corpus writes it when the corpus never writes it as asked (app: App,
        wifi: WiFi or Wi-Fi), else itself; remembered per word."""
        got = self._latin.get(word)
        if got is None:
            got = word
            if not self.corpus.says(word, simplified=True):
                m = re.search(rf"(?<![A-Za-z]){re.escape(word)}(?![A-Za-z])", self.corpus.text(True), re.I)
                if m is None and re.fullmatch(r"[A-Za-z]{4,}", word):  # wifi: Wi-Fi, a hyphen or a space within
                    spread = r"[-\s]?".join(re.escape(ch) for ch in word)
                    m = re.search(rf"(?<![A-Za-z]){spread}(?![A-Za-z])", self.corpus.text(True), re.I)
                got = m.group(0) if m else word
            self._latin[word] = got
        return got

    def compound_respelt(self, text: str, w: str) -> str:
        """The question with a word made of `w` and the character after it, which the corpus never says, written
        as the corpus says it with the written form of `w` (synonyms.SPOKEN, REGIONAL): 行李房 of «行包房负责人为…»
        reads 行包房, though the corpus says 行李 itself elsewhere (免费随车携带…行李1件)."""
        for m in re.finditer(re.escape(w) + r"([\u4e00-\u9fff])", text):
            compound = m.group(0)
            if self.corpus.says(compound, simplified=True):
                continue
            said = next((o + m.group(1) for o in synonyms.regional(w) if self.corpus.says(o + m.group(1), simplified=True)),
                        None)
            if said is not None:
                text = text.replace(compound, said)
        return text

    def regionally_respelt(self, text: str, exclude: tuple[str, ...]) -> str:
        """The question with each word the corpus never says written as the corpus says it on the other
        side of the strait (synonyms.REGIONAL): 独居老人一周接到几次问候电话 asked of «獨居長者每週可接到志工電話
        問安兩次» reads 独居长者…问安; 上下班高峰几分钟一班车 of «尖峰時段…每4分鐘一班» reads 尖峰; 坐地铁 of
        捷運 reads 捷运. Only where the corpus says none of the asked word's side and one of the other's (the 少收 of
        按多少收 is none: 多少 asks)."""
        for w in synonyms.regional_forms():
            if w not in text or any(w in e for e in exclude) or (w[0] == "少" and f"多{w}" in text):
                continue
            if any(self.corpus.says(o, simplified=True) for o in synonyms.regional_side(w)):
                text = self.compound_respelt(text, w)
                continue
            said = next((o for o in synonyms.regional(w) if self.corpus.says(o, simplified=True)), None)
            if said is not None and not _opens_word(text, w):
                continue  # 县城里的公厕: 城里 is cut across (县城 里), no 县城市
            if said is not None:
                respelt = text.replace(w, said)
                if said not in jieba.lcut(respelt):  # set apart where jieba would cut it into the word before (飞
                    respelt = text.replace(w, " " + said)  # 空拍机, not 飞空 拍机)
                text = respelt
        return text


def _opens_word(text: str, word: str) -> bool:
    """Does `word` stand in `text` opening inside no common word of jieba's (城里 of 住在城里, 热线 of 客服热线, 年三十 of
    顺丰年三十, where jieba's 丰年 is a chance pair; not 城里 of 县城里: 县城 里)?"""
    jieba.dt.check_initialized()
    spans, at = [], 0
    for t in jieba.lcut(text):
        spans.append((at, at + len(t), t))
        at += len(t)
    return any(not any(a < m.start() < b and (jieba.dt.FREQ.get(t) or 0) >= COMMON_FREQ
                       for a, b, t in spans) for m in re.finditer(re.escape(word), text))  # (到家 of 到家里 ends inside
    # 家里: the word opens where it stands)

