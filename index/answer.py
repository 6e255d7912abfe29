"""From hits to an answer: evidence scoring, the span of the asked kind, whether it is the asked one, and the
reason for a refusal. The question is read against the corpus by reading.py; the corpus as read here is
corpus_view.py's."""

from __future__ import annotations

import math
import os
import re
from dataclasses import dataclass, replace
from functools import lru_cache

import jieba
import numpy as np

from wenda.corpus.outline import cn_number
from wenda.corpus.parse import line_sentences
from wenda.corpus.text import split_clauses, split_sentences
from wenda.corpus.types import Answer, Chunk, Hit, Quote
from wenda.index import decide, deeds, extract, members, synonyms
from wenda.index.corpus_view import CorpusView, Sections
from wenda.index.extract import Span
from wenda.index.lexicon import GLOSS_WEIGHT, Lexicon, abbreviated, abbreviates_title, kind_named, one_word, siblings, styled
from wenda.index.query import (ADDING_WORDS, DIRECTED_DEED, DIRECTION, EMPTY_NOUNS, KIND_WORDS, MODALS, QUESTION_WORDS, SPANS_OF_TIME,
                               SEATS, TOTAL_WORD, Query, _alone, _posseg, asked_role, asks_means, asks_title, asks_writer,
                               counts_other_than_seats, deed_end,
                               is_attribute, is_proper_name, keyword_tags, kind_said, named_thing, numbered_names, one_person,
                               situation, sort_asked, sounds_alike, tokens, years)
from wenda.index.reading import ORGANISATION_ENDS, QUANTITY, QuestionReader
from wenda.index.retrieve import Retriever
from wenda.index.rows import (RECORD_SUFFIX, SERIAL_COLUMN, UNIT_COLUMN, WHOM_CELL, asked_column, cell_of_kind, column_of, column_opened,
                              in_asked_column, meant_column, meant_columns, name_cell, note_of_asked_case, note_of_other_case, other_deal, party_cell,
                              record_line, record_modifier, record_stem, row_cells, table_frame)
from wenda.index.script import simplify
from wenda.index.support import (word_starts, HEAD_COUNTS, TAKEN_IN, TAKEN_PEOPLE, TICKET_KIND, deed_on, ticket_said, CLOSED, FILLER_WEIGHT, GENERIC_PRICE, GOING_VERBS, MEANING_WEIGHT, NEGATIONS, PER_PERSON,
                                 RULING, another_unit, asked_forms, asks_of_runs, body_said, choices, common_synonym_in,
                                 deed_held, done_to, exemption_said, fee_named, fee_of_any, fee_paid_at, fillers, handed_words,
                                 head_said_shortened, holds, hours_kept, listed_runs, modifier_asked, modifier_said_shortened,
                                 opposed, other_level_said, other_ways_only, paying_said,
                                 per_units, phone_labelled, places_named, priced_per_group, run_asked, run_asked_last,
                                 run_held, said_by_modifier, school_levels, shop_said, stem_said, student_said, time_word_said,
                                 together, unqualified, weather_said, worker_said)

BRANCH_PREFIXES = "分子"  # 分公司, 子公司: a branch of a body is another body (unknown_branches)
CANDIDATES = 30  # fused hits that are re-scored
MIN_SUPPORT = 0.35  # share of the question's keyword weight a sentence must carry to answer ...
ANCHOR = 40  # ... with a figure, date or name at most this far (extract.distance) from a keyword
MIN_SUPPORT_CLAUSE = 0.6  # yes/no and open questions, which have no typed span to anchor
PREV_WEIGHT = 0.7  # keywords found only in the sentence before count this much
TITLE_WEIGHT = 0.7  # and those found only in the document's title
# a keyword that is only the unit a price is counted by: one of it (一张, 一次, 每件, 一小时)
_PRICED_PER = re.compile(r"^(?:[一每1]|每一)个?(?:张|件|台|次|份|套|双|条|只|本|间|把|辆|块|盒|瓶|袋|箱|公斤|斤|千克|平米|平方米?|小时|天|晚|位|趟|回|单|页)$")
_TWO = ("两", "二")  # the numeral two, as a keyword (两 of 两人办公室) said either way
VERB_WEIGHT = 0.5  # verbs count less than nouns: askers paraphrase them (参与 for 投入, 回来 for 返乡)


# How much each piece of evidence counts when candidate sentences are compared
# (fitted on CMRC 2018 trial and checked on the repo's own article questions by
# bench/fit_weights.py; the article set itself is never used to fit).
WEIGHTS = {
    "fused": 0.691,  # reciprocal-rank fusion of BM25 and dense ranks, relative to the best
    "passage": 0.415,  # the same for the sentence's paragraph
    "dense": 13.131,  # cosine between question and sentence, minus the best candidate's
    "bm25": -0.189,  # BM25 score relative to the best candidate's
    "support": 1.0,  # idf-weighted share of the question's keywords in the sentence
    "bigrams": 0.288,  # share of the question's character bigrams in the sentence
    "common": 0.176,  # longest run of the question's content the sentence repeats, as a share
    "short": -0.308,  # the sentence is very short (a title, a fragment)
    "typed": 0.268,  # the sentence holds a span of the asked type (figure, date, name)
    "proximity": 0.059,  # that span sits next to the question's keywords
}
# A quote takes in the neighbouring sentence of its paragraph when that sentence scores
# within this margin of it: answers often run across a sentence end (CMRC trial: quotes
# of one sentence hold the answer at 1 for 0.815 of questions, with this rule 0.861).
NEIGHBOUR_MARGIN = 1.0
# Questions about the document itself (这份通知是哪天发的, 报道是哪天发布的): its own lines
# (signature, dateline) join the candidates and count this much more.
ABOUT_DOCUMENT = re.compile(r"(?:这份|这篇|该|本)(?:通知|文件|公告|通告|报道|文章|方案|意见|办法)|发布|印发|发文|落款|签发|成文|发的")
META_BONUS = 1.5
OTHER_SECTIONS_DEPTH = 50  # sentences retrieved for the asked thing when a refusal names the other sections that have it (a bound: never a scan of the corpus)
REASON_BONUS = 1.0  # a why-question's candidates that give a purpose (extract.reasons) count this much more
# Clause questions whose answer is a span of its own kind: 为什么 a purpose (extract.reasons), 会怎样 a
# consequence (extract.consequences), 多久一次 a frequency, 在哪里 a place, 怎么办 an instruction; their
# candidates that hold one come first (REASON_BONUS), and a sentence without one does not answer (a place
# and an instruction are only preferred: extract.PREFERRED_KINDS, PLACE_BONUS).
SPAN_KINDS = ("reason", "consequence", "frequency", "place", "remedy", "weight", "distance", "length", "category", "color")  # 有多重: a weight
MEASURES = ("weight", "distance", "length")
# A place (在哪里) is preferred, not required: encyclopedia answers say where without 位于 (分布于…,
# 原生于巴西, 祖籍福建); requiring one cost 27 of CMRC trial's first 300 (answered 211 -> 191).
PLACE_BONUS = 0.5
# The kind of a thing asked (什么样的排查, query.sort_asked): a sentence that names a kind of it counts this much more.
KIND_BONUS = 1.0
# How a deed is done (怎么关机): a sentence that says it happens by itself (…后自动关机) counts this much less.
BY_ITSELF_PENALTY = 0.5
FIELDS = ("kv", "row")
PEOPLE_NOUN = re.compile(r"(?:人|者|员|生|孩子?|童|儿|客|友|民|工|士|师)$")  # a noun that counts people (孩子, 学员)
HEADCOUNT = re.compile(r"([\u4e00-\u9fff]{2,})(?:名额|人数)")  # a column counting people of a kind (招生名额)
_SUPPLY = ("供应", "提供", "供给", "开放")  # a thing's supply: when there is any of it
_PLACE_OR_BODY = re.compile(rf"(?:{'|'.join(extract.BODY_HEADS)}|大厅|院|室|部|店|厂|场|园|校)$")  # a name's head
_BODY_ASKED = re.compile(r"(?:哪个|哪一个|哪|什么)(?:部门|单位|机构|科室)")  # which body does it
ADDRESS_LINE = re.compile(r"^(?:\d{1,2}[.、．]\s*)?[^：:，,。]{0,8}(?:地址|地点|位置|网点|服务点|办理点|受理点)[：:]\s*\S")  # «地址：…» (Answerer.address_lines)
TIME_LINE = re.compile(r"^(?:\d{1,2}[.、．]\s*)?[^：:，,。]{0,8}(?:时间|日期)[：:]\s*\S")  # «时间：…» (Answerer.time_lines)
KEY_VALUE = re.compile(r"^[^：:，,。]{0,15}[^：:，,。\d][：:]\s*\S")  # a sentence that reads «键：值» (8:00's colon is none)
# Families of characters that, as the one character two words differ by, name two members of one
# family (contrast_member): 地上车位 asked, 地下车库 said; 寄到国外 asked, 省外 said; 月卡 and 年卡; 半程 and
# 全程; 停电 and 停水. The characters of one group name the same member (地面 is 地上, 狗 is 犬, 里 is 内); e5 and the
# thesaurus place the members near one another, so a frame that says another member lends the asked one.
CONTRAST = (("上面", "下"), ("内里", "外"), ("前", "后"), ("左", "右"), ("东", "西", "南", "北"),
            ("国", "省", "市", "县", "镇", "乡", "村"), ("日天", "周", "月", "季", "年"), ("半", "全"),
            ("大", "小"), ("男", "女"), ("单", "双"), ("起", "终"), ("今本", "去", "明"),
            ("水", "电", "气", "暖"),  # the utilities: 停电 asked of a 停水通知, 电费 of «水费每吨…»
            ("结", "离"), ("入进", "出"))  # 离婚 asked of «结婚登记…提前1至15天预约»; 出口 of «入口处…»
# Families whose members one character names by itself, wherever it stands (养猫, 带猫: 猫; 小型犬: 犬)
REFERENTS = (("猫", "狗犬", "鸟", "鱼", "兔"),)
# Families whose members are words of their own, no character apart (职工医保住院报销多少: «门诊起付线为800元»)
WORD_FAMILIES = ((("住院",), ("门诊",), ("急诊",)),
                 (("日场",), ("夜场",)), (("春季", "春天"), ("夏季", "夏天"), ("秋季", "秋天"), ("冬季", "冬天")),
                 (("成人", "大人"), ("儿童", "小孩", "孩子", "小朋友", "少儿")),  # no 老人: 老党员 is one
                 (("学生", "大学生", "中学生", "小学生", "研究生"), ("老人", "老年人", "长者")),  # 学生 asked, 老人…打8折
                 (("冠军", "第一名"), ("亚军", "第二名"), ("季军", "第三名")),  # the places of a contest and its prizes
                 (("一等奖",), ("二等奖",), ("三等奖",)), (("金奖",), ("银奖",), ("铜奖",)))
# Paying asked in a spoken verb (谁出, 谁付) and the words a rule pays with (由考生自理, 由学校承担).
_PAYS = ("出", "付", "交", "掏", "缴", "给")
_PAID_AS = ("承担", "负担", "支付", "缴纳", "自理", "买单", "出资", "垫付")
HOLIDAY_ASKED = re.compile(r"节假日|假日|节日|过年|春节|五一|劳动节|国庆|元旦|清明|端午|中秋")
HOLIDAY_SAID = re.compile(r"节假日|假日|假期|节日|春节|过年|元旦|国庆|五一|十一|除夕|清明|端午|中秋|寒假|暑假")  # not 度假
YESNO_SENTENCE = 50
# Words for a manner of doing: 什么管理方式 asks the kind of 管理 (网格化管理); 方式 is no word to find.
MANNER_WORDS = ("方式", "模式", "形式", "方法", "办法", "法子")
# What may stand between a figure and the noun it measures (身高不足1.4米, 水深为1.8米)
COMPARED = re.compile(r"(?:不足|不超过|超过|不少于|低于|高于|达到|达|约|为|是)$")


def common_run(content: str, sentence: str) -> float:
    """Length of the longest run of `content` found verbatim in the sentence, over len(content)."""
    size = len(content.replace(" ", ""))
    if not size:
        return 0.0
    best = 0
    for part in content.split():
        # grow a window while it still occurs in the sentence (linear in practice)
        i = 0
        while i + best < len(part):
            if part[i:i + best + 1] in sentence:
                best += 1
            else:
                i += 1
    return best / size


def bigram_overlap(bigrams: set[str], sentence: str) -> float:
    if not bigrams:
        return 0.0
    return sum(1 for b in bigrams if b in sentence) / len(bigrams)


TIME_LINE_DOCS = 1  # the first hits whose documents' «时间：…» lines join a clock or date question's candidates
SPAN_DEPTH = 12  # candidates whose answering span is looked for (after cheap scoring)


@dataclass(frozen=True)
class Tops:
    """The best score of each kind among a question's candidates (features are relative to them)."""

    fused: float
    passage: float
    bm25: float
    dense: float

    @classmethod
    def of(cls, hits: list[Hit]) -> Tops:
        return cls(max(h.score for h in hits) or 1.0, max(h.passage for h in hits) or 1.0,
                   max(h.bm25 for h in hits), max(h.dense for h in hits))


@dataclass
class Scored:
    hit: Hit
    support: float
    span: Span | None
    score: float


def homophone_said(deed: str, text: str) -> str:
    """The character of `text` that writes the one-character `deed` with another character of the same
    sound and meaning (缴 of 缴纳 for 交: query.sounds_alike and the thesaurus's synonym), or "". An asker
    writes the everyday character (物业费多久交一次), a notice the formal one (按季度缴纳)."""
    return next((ch for ch in dict.fromkeys(text) if ch != deed and re.fullmatch(r"[\u4e00-\u9fff]", ch)
                 and sounds_alike(deed, ch) and synonyms.same(deed, ch)), "")


# What follows a time that is a deadline (12时前, 12:00以前).
_BEFORE = re.compile(r"\s*(?:之|以)?前")
# What follows a time at which a deed stops (21:30停止入场, 17:00截止报名): the deadline of that deed.
_STOPS_AFTER = re.compile(r"\s*(?:停止|截止)")

# A deed done at a place, named by a verb of going or of opening and the place's head (入馆, 闭馆, 进站,
# 出园): no kind of the place (博物馆, 车站) whose head it shares.
_DEED_AT_PLACE = re.compile(rf"[{GOING_VERBS}][\u4e00-\u9fff]")

# A threshold asked (满多少桌免场地费, 满几岁能报名) and said (满30桌, 年满6周岁, 达到500元, 6周岁以上, 10桌起).
# What a heading may list beside a thing that is an attribute of it, no sibling (时间和线路, 对象和名额, 价格与说明)
_ATTRIBUTE_PARTS = frozenset({"时间", "日期", "地点", "价格", "费用", "标准", "人数", "名额", "对象", "方式", "要求",
                              "条件", "数量", "期限", "说明", "办法", "程序", "流程"})
# A deed whose object is a sum, right before it (发放1000万元, 投资2800万元): it says what is done with the sum, no
# other thing the sum measures
_SUM_DEED = re.compile(r"发放|发|拨付|投入|投资|筹集|安排|支付|收取|补贴|奖励|销售|实现|完成|达到")
# The words of a company's legal form (有限公司, 股份有限公司, 集团): they name no one
_LEGAL_FORM = re.compile(r"有限|公司|股份|责任|集团")
_HOW_MANY = re.compile(r"[\d一二两三四五六七八九十几]+[个根张件只条块台部套双把支盏瓶袋盒面堵扇棵颗粒座栋道桶箱罐包份间次趟回遍]")  # 一根, 两张, 一次: a count of things or of times
_THRESHOLD_ASKED = re.compile(r"(?<![修坐住装写填挤停站排])满(?:多少|几)")  # not a deed done to the full (修满几个学分)
_THRESHOLD_BEFORE = re.compile(r"(?:满|达到|超过|达)(?:港币|人民币|新台币|台币|澳门币)?$")  # 满港币300元: the currency said first
_THRESHOLD_AFTER = re.compile(r"\s*(?:以上|及以上|起|或以上)")

# A sum right after a period (每月5元): the period prices it, it says no how often.
_PRICE_AFTER = re.compile(r"\s*\d+(?:\.\d+)?\s*(?:元|块|角)")

# Deeds that take in a scope (涉及, 覆盖, 惠及): a count of what falls within it answers them, in any words.
_LEVEL_DEEDS = frozenset({"达到", "保持", "维持", "保证"})  # a quantity's level reached or kept, said by its bound
_SCOPE_DEEDS = {"涉及", "包括", "包含", "覆盖", "影响", "惠及", "波及", "辐射"}

# Words that set a time frame of their own (淡季, 节假日, 周末, 寒假): a sentence saying one is no continuation
# of the time said before it.
_OWN_TIME_FRAME = re.compile(r"[淡旺]季|节假日|假期|假日|[寒暑]假|[春夏秋冬]季|周末|工作日|平时|平日|[上下]午|晚上|夜间|月")

# The label an item of a list opens with (4. 太极拳班：…, 书法班：…): the name of what the item is about.
_ITEM_LABEL = re.compile(r"^(?:\d{1,2}[.、．]\s*)?([\u4e00-\u9fff]{2,10})[：:]")

# The key of a field that says when (开放时间, 截止日期, 闭馆日, 有效期, 周期): its value answers a date asked.
_TIME_KEY = re.compile(r"[时日期天周月年]")


_NEGATED = r"(?:还)?(?:没有|没|未|不|无|非)"


def asked_polarity(q: Query) -> list[tuple[str, bool]]:
    """The question's two-character keywords with whether it says them negated (还没挂果: (挂果, True))."""
    return [(k, bool(re.search(_NEGATED + re.escape(k), q.text))) for k in q.keywords
            if len(k) == 2 and re.fullmatch(r"[\u4e00-\u9fff]+", k) and k[0] not in "没未不无非"]


def said_negated(word: str, piece: str) -> bool | None:
    """Does a piece say `word` negated (未挂果), or plainly (挂果期)? None when it does not say it at all."""
    if word not in piece:
        return None
    return all(re.search(_NEGATED + "$", piece[:m.start()]) for m in re.finditer(re.escape(word), piece))


def per_one_said(q: Query, piece: str) -> bool:
    """Does the piece price per the one unit the question asks of (十几个人订一桌多少钱: «每桌620元»)?"""
    return any((m := extract.ONE_UNIT.match(k)) and m.group(1) and "每" + m.group(1) in piece for k in q.keywords)


def conversed(word: str, other: str) -> bool:
    """Are two deeds one exchange said from its two sides (买票 and 售票; 借书 and 还书 are two deeds)?"""
    sides = ("买购", "售卖")
    return len(word) == len(other) == 2 and word[1] == other[1] and any(
        word[0] in a and other[0] in b for a, b in (sides, sides[::-1]))


def apposed_said(word: str, q: Query, piece: str) -> bool:
    """Is `word` a thing said right after another noun of the question that the value's piece says (冬装棉服一件最高
    卖多少: «冬装每件不超过260元»)? The line names the thing by the one, the asker by both. A word before the noun
    singles out a kind of it (风电装机: not «光伏…装机1.2万千瓦»), and a sum is no such name (律师代理费)."""
    return not _SUM_WORD.search(word) and any(
        len(n) >= 2 and n != word and n + word in q.text and n in piece for n in q.nouns)


def described_alike(word: str, question: str, text: str) -> bool:
    """Does the question describe its `word` by the very 的-phrase the sentence describes a thing of the same head by
    (年出栏500头以上的大场: «年出栏500头以上的规模养殖场187个»)? Then the two name one thing, the asker's word a short one
    for the line's, no sibling of it."""
    m = re.search(r"([^，,。；;？?、的]{4,})的" + re.escape(word), question)
    return bool(m) and re.search(re.escape(m.group(1)) + r"的[\u4e00-\u9fff]{0,6}?" + re.escape(word[-1]), text) is not None


def head_said_alike(word: str, question: str, around: str) -> bool:
    """Does the line say the question's compound with a head of the same meaning after the same two-character
    modifier (快递公司 asked, «快递企业» said; 维修师傅, «维修人员»)? The thesaurus groups 公司 with 柜 and 号 too,
    but after the modifier the asker said, the two heads name the same thing."""
    if len(word) < 2:
        return False
    for m in re.finditer(rf"([\u4e00-\u9fff]{{2}}){re.escape(word)}", question):
        if any(t != word and synonyms.same(word, t) and _alone(t).startswith("n")
               for t in re.findall(rf"{re.escape(m.group(1))}([\u4e00-\u9fff]{{2}})", around)):
            return True
    return False


def short_form_names(word: str, name: str) -> bool:
    """Does a row's name say `word` by its short form, the first character of it or of a two-character word
    of its synonym group that the group also holds alone, closing a compound (照片, 相片: «日本签证照»,
    «毕业照/学信网图像采集»; 签证照 is a 签证照片)?"""
    forms = {word, *synonyms.group_words(word)}
    shorts = {f[0] for f in forms if len(f) == 2 and f[0] in forms}
    return any(re.search(rf"[\u4e00-\u9fff]{re.escape(c)}(?![\u4e00-\u9fff])", name) for c in shorts)


# How long a thing may be used (套票可以用幾耐, 卡能用多久, 有效期多长): its 有效期 column answers.
_VALIDITY_ASKED = re.compile(r"(?:用|使用)(?:多久|多长时间|几耐|几久|几年|几个月|几天)|有效"
                             r"|(?:多久|多长时间|几耐|几久)(?:就|会)?(?:到期|过期|失效)")  # 套票幾耐到期: its 有效期
_VALIDITY_COLUMN = re.compile(r"有效|期限")

# A month asked (几月份, 哪个月, 几月): a date that names its month answers, not a bare year.
_MONTH_ASKED = re.compile(r"几月|哪个月|哪一个月|什么月份|哪月")

# A price column kept for one group of buyers (学生价, 会员价, 长者价): a question that names no such group asks the
# price anybody pays.
_GROUP_PRICE_COLUMN = re.compile(r"学生|会员|儿童|小童|长者|老人|团体|团购|VIP|教师|军人|员工")

# A change of a price (涨价, 降价, 调价): a deed done to the price, no kind of it.
_PRICE_CHANGE = re.compile(r"[涨降调提加减]价")

# The adverbs that ask whether a sum is paid besides the price (还要另外交吗, 额外收费吗).
_BESIDES = frozenset({"另外", "额外", "单独", "另行"})

# The verbs that have someone do a deed (请师傅上门, 让孩子自己来): the one named after them is its doer.
_PIVOT = r"(?:请|让|叫|找|喊|派)"

# A word for a sum of money (押金, 加工费, 单价, 租金, 工钱): what a row's figure is, never the kind of thing it prices.
_SUM_WORD = re.compile(r"[费金价钱租资薪]")

# The verbs of riding a vehicle (坐船, 乘车, 搭船, 骑车): a deed asked in one is said in another (搭乘交通船).
_RIDING = ("坐", "乘", "搭", "骑", "驾")

# The verbs that put an office in charge (extract.in_charge): said before the duty, never in it.
_CHARGE_VERBS = ("负责", "主管", "承担", "管")


@lru_cache(maxsize=4096)
def _stated_parts(question: str) -> frozenset[str]:
    """The numbers and units of the quantities a question states of its case (249, 克 of 只有249克)."""
    out = set()
    for f in extract.figures(question):
        m = re.match(r"(\d+(?:\.\d+)?)(.*)$", f.text)
        if m:
            out.update(x for x in m.groups() if x)
    return frozenset(out)


# The label a list item opens with (2. 承办：…, 主办：…), before its value.
_ITEM_LABEL_OPENS = re.compile(r"(?:\d+[.、．]|[（(][一二三四五六七八九十\d]+[）)])\s*([\u4e00-\u9fff]{2,6})[：:]")
# A sum added asked (加多少, 另收, 多修一张, 多一个人) and said (加收, 另计, 每加修1张, 每多1人).
_ONE_MORE = r"多[\u4e00-\u9fff]?[一1](?:([个张组人位次件份本套])|$)"  # 多修一张, 多一个人: what each one more costs
_SURCHARGE_ASKED = re.compile(r"(?<![参增])加(?![工油班入盟])|另|多收|额外|" + _ONE_MORE)  # (not the 加 of 加工费, 参加)
_EACH_ONE = r"每[个张组人位次件份本套版]"
_SURCHARGE_SAID = re.compile(r"加收|另收|另加|另计|额外|每(?:多|加)[\u4e00-\u9fff]?[1一]"
                             rf"|加[\u4e00-\u9fff]{{1,3}}{_EACH_ONE}|{_EACH_ONE}加")  # 加精修每张30元, 每人加20元
# A dimension asked by its own word (多宽, 有多深, 多厚, 多高): the piece that names it says the figure.
_PROPERTY_ASKED = re.compile(r"多([宽深厚高])")
# A bound the asker states of their case (超过15吨, 不足30分钟, 满20桌).
_STATED_BOUND = re.compile(r"(?:超过|超出|不足|不满|少于|多于|满)\d+(?:\.\d+)?[^\d\s，,。？?吗呢]{1,2}")


# How often jieba's dictionary says a word so common that it names no document's subject when a title holds it
# (工作 66367, 情况 32833, 管理 27191; 服务 13036 and 收费 2553 still may): a judgement read off those counts.
COMMON_WORD = 20000




def _heads_unit(text: str) -> bool:
    """Does `text` name the head of a unit (科长, 主任, 经理, 站长…), who is its 负责人?"""
    return any(w.endswith(("长", "主任", "书记", "经理", "主管", "总监")) and w.endswith(extract.ROLES) for w in tokens(text))


def _listed_before(text: str, piece: str) -> str:
    """The clause of `text` whose list `piece` goes on after a 、 (每年不低于1000元、 for 不超过25000元), or ""."""
    before = text[:max(0, text.find(piece))]
    return re.split(r"[，,；;：:。]", before)[-1] if before.endswith("、") else ""


# A payer the question names for its part of a sum (医保出多少, 个人要交多少, 自己付多少).
_PAYER_ASKED = re.compile(r"(财政|政府|国家|单位|公司|保险|医保|个人|自己|本人)(?:要|需要?|得)?(?:出|承担|负担|补贴|报销|给|付|支付|交|缴|掏|花)")


_SAME_PRICE = re.compile(r"同价|不分[\u4e00-\u9fff]{1,4}|一律")  # kinds a line lists with one value for all


# The body a thing is handed to (车钥匙交行政部值班室保管, 交由物业服务中心登记): whom 交给谁 asks.
_HANDED_TO = re.compile(r"交(?:给|由|到|予)?([\u4e00-\u9fff]{1,10}?(?:室|部|处|科|站|中心|办|委员会|委|局|所|队|组|公司|院|馆))"
                        r"(?:保管|处理|登记|负责|统一|备案|审核|[，,。；;])")


_UPPER_SAID = re.compile(extract.SAYS_UPPER.pattern + r"|(?<=[天日时月年周])内")  # an upper bound said (7个工作日内)


def unit_described(word: str, before: str) -> bool:
    """Does the clause right before a price (`before` ends with it) say what one unit `word` asks (一袋) holds, per
    that unit and in no money («每袋3公斤，售价25元»): the price that follows is the unit's?"""
    clauses = [c for c in re.split(r"[，,；;：:]", before) if c.strip()]
    if not clauses or before.rstrip()[-1:] not in "，,；;":
        return False
    last = clauses[-1]
    said = extract.per_unit_said(word, last)
    figs = extract.figures(last)
    if not said or not figs or any(extract.unit_class(extract.unit_of(f.text)) in ("money", "count") for f in figs):
        return False
    # the clause opens with the unit, or ends with it and its measure («公司生产的香辣酱每瓶280克，零售价15.8元»)
    tail = last[last.find(said):].strip() if said in last else ""
    return last.lstrip().startswith(said) or re.fullmatch(rf"{re.escape(said)}\s*[\d.]+\s*[^\d\s]{{1,3}}", tail) is not None


def said_across(near: str, word: str, question: str) -> bool:
    """Does the question say `near` itself, not only inside `word` (表背 of 表背面 where 背面 is the word; 办公 is
    no word of its own inside 办公室)?"""
    at = [m.start() for m in re.finditer(re.escape(word), question)]
    return any(not any(w <= m.start() and m.end() <= w + len(word) for w in at)
               for m in re.finditer(re.escape(near), question))


# A person the question names by an age (17岁的高中生, 70岁老人): the noun after the age.
_AGED_PERSON = re.compile(r"[\d一二两三四五六七八九十]+周?岁(?:的)?([\u4e00-\u9fff]{2,4}?)(?=[，,。？?吗呢能可要去来在]|$)")


# A deed's direction, alone or after its deed (出去, 拿出去): it singles out no kind of the deed or thing after it.
_DIRECTION = re.compile(rf"[\u4e00-\u9fff]*{DIRECTION}")


# The deeds of getting or paying for a thing (买票, 订票, 缴费, 办卡): the deed and its thing, no kind of the thing.
_OBTAINING = "买购订交付缴办领取"


def said_jointly(word: str, question: str, keywords: list[str], text: str) -> bool:
    """Is `word` said together with a keyword beside it in the question by one short form of both, their first
    characters (厨房卫生间: «厨卫铝扣板吊顶»; 冬天春天: «冬春季节»)?"""
    pairs = [(a, b) for j in keywords if j != word and len(j) >= 2 for a, b in ((word, j), (j, word)) if a + b in question]
    return bool(pairs) and any(a[0] + b[0] in _tokens(text) for a, b in pairs)  # a word of the text (not the 铺租 of
    # «商铺租金», a character of each of two words)


def joins_question_words(short: str, word: str, question: str) -> bool:
    """Is `short` a word the question does not say, made of its characters and of more than the asked `word`'s own
    (男鞋 of 男士皮鞋 for 皮鞋; not 空调, 窗式空调's own head; not 挂机, a word the question says itself)?"""
    return short not in question and set(short) <= set(question) and not set(short) <= set(word)


def shortened_head(word: str, question: str, text: str) -> bool:
    """Does a row name the asked thing by a short word of the question's own characters with the same head (男士皮鞋
    asked: «钉后跟（男鞋）», the men's shoes the question names; a 运动鞋 asked is no 皮鞋)?"""
    return any(len(w) >= 2 and w[-1] == word[-1] and joins_question_words(w, word, question) for w in _tokens(text))


def obtained(word: str, other: str) -> bool:
    """Is `word` the deed of getting or riding the thing `other` names (买票 of 门票, 缴费 of 管理费, 坐车 of 班车), no
    kind of it? Not of another deed on it (退票)."""
    if len(word) != 2 or (word[0] not in _OBTAINING and word[0] not in _RIDING):  # (坐车: riding one, no kind of 班车)
        return False
    first = _posseg().lcut(other)[0] if len(other) > 2 else None  # (居民身份证 opens with the noun 居民, not the deed 居)
    return not (first.flag if first is not None and len(first.word) > 1 else _alone(other[0])).startswith("v")


# A change asked (贵了多少, 涨了多少; 便宜了多少, 少了多少) and the words that say one of the same way before its figure.
# 至少几, 最多几 and 差不多几 ask a bound or a guess, no change (the lookbehinds).
_CHANGES = ((re.compile(r"(?:贵|涨|(?<![最不])多|增加|提高|上涨|上调|增长|上浮|加价|(?<![参增追附添叠])加)了?(?:多少|几)"),
             re.compile(r"(?:提高|增加|上涨|上调|增长|上浮|涨|多|加价|加收)了?(?:约|近|超过)?$")),  # (情人节加价加多少:
             # «全部花束加價30%»)
            (re.compile(r"(?:便宜|降|(?<![至最])少|减少|降低|下降|下调|下浮)了?(?:多少|几)"),
             re.compile(r"(?:降低|减少|下降|下调|下浮|降|少|便宜)了?(?:约|近)?$")))


# A sentence that opens with a body's name (桐川青山苗木集团（负责人许志强）…): the name, up to its bracket or comma.
_BODY_OPENS = re.compile(rf"([\u4e00-\u9fff]{{2,18}}(?:{'|'.join((*extract.BODY_HEADS, *extract.ENTERPRISE_HEADS))}))[（(，,]")


# The general heads a document names every kind of a thing by (充电设施 for 充电桩, 消防器材 for 灭火器).
_GENERAL_HEAD = "(?:设施|设备|装置|器材|用品|用具)"


class Answerer:
    def __init__(self, retriever: Retriever, lexicon: Lexicon | None = None):
        self.retriever = retriever
        self.chunks = retriever.chunks
        self.sections = Sections(self.chunks)
        self.lexicon = lexicon if lexicon is not None else Lexicon.empty()
        self._idf_cache: dict[str, float] = {}
        self.corpus = CorpusView(self.chunks, self.lexicon)  # the chunks in Simplified, framed, searched
        self.reader = QuestionReader(self.corpus, self.sections, self.lexicon)  # a question against its words
        self._addresses: list[int] | None = None  # the «地址：…» lines (address_lines)
        self._effective: list[int] | None = None  # the «自…起施行» lines (effective_lines)
        self._times: list[int] | None = None  # the «时间：…» lines (time_lines)
        self._sections_of: dict[str, set[str]] | None = None  # each document's section names (parallel_part)
        self._glued: dict[tuple[str, tuple[str, ...]], tuple[str, ...]] = {}  # a question's glued names (glued_names)
        self._table_rows: dict[int, list[str]] = {}  # a row's table's other rows (other_rows_say)
        self.own_lines: dict[str, list[int]] = {}  # the documents' own lines (meta, byline), by kind
        for c in self.chunks:
            if c.kind in ("meta", "byline", "heading"):
                self.own_lines.setdefault(c.kind, []).append(c.id)

    def analyse(self, question: str) -> Query:
        """The question read against this corpus's words (QuestionReader.analyse)."""
        return self.reader.analyse(question)

    def deed_stem(self, name: str) -> bool:
        """Is a two-character word jieba tags as a name, though its dictionary lacks it, a deed the corpus
        names its doers by (养犬: 养犬人, 养犬户; 报名: 报名者)? A person's name takes no 人 or 者 after it."""
        return (len(name) == 2 and extract.dictionary_tag(name) is None
                and any(self.corpus.says(name + end, simplified=True) for end in ("人", "者", "户")))

    def unknown_branches(self, keywords: list[str]) -> tuple[str, ...]:
        """Words naming a branch or a subsidiary (分 or 子 before a body: 分公司, 子公司, 分院) of a
        body the corpus speaks of, that the corpus itself never names: the documents say nothing of
        it, so a sentence about the body itself does not answer (分公司几点上班: «总部…上班时间为上午
        8:30» is the head office's, whatever the lexicon places near 分公司). jieba keeps 分公司 one
        word, which unknown_modifiers cannot split; the corpus never says it, so no sentence holds it."""
        return tuple(k for k in keywords if len(k) >= 3 and k[0] in BRANCH_PREFIXES
                     and self.corpus.says(k[1:], simplified=True) and not self.corpus.says(k, simplified=True))

    def idf(self, word: str) -> float:
        w = self._idf_cache.get(word)
        if w is None:
            df = self.retriever.document_frequency(word) if word else 0
            if len(word) == 1 and df == 0:  # a character that is no word of its own lives inside words
                w = 1.0
            else:
                w = math.log((len(self.chunks) + 1) / (df + 0.5)) + 1.0
            self._idf_cache[word] = w
        return w

    # -- evidence -------------------------------------------------------------------------
    def _neighbour(self, chunk: Chunk, step: int) -> Chunk | None:
        """The sentence before (step -1) or after (+1) in the same paragraph, if any."""
        i = chunk.id + step
        if 0 <= i < len(self.chunks) and self.chunks[i].paragraph == chunk.paragraph:
            return self.corpus.plain(self.chunks[i])
        return None

    def _prev(self, chunk: Chunk) -> Chunk | None:
        return self._neighbour(chunk, -1)

    def _next(self, chunk: Chunk) -> Chunk | None:
        return self._neighbour(chunk, +1)

    def support(self, q: Query, chunk: Chunk) -> float:
        """Share of the question's keyword weight found in the sentence (or, discounted, just before it)."""
        if not q.keywords:
            return 1.0 if q.sections else 0.0
        aliased = self.corpus.aliased(chunk)  # 车站位于…: the 江川汽车客运站 the document names so (a name: the
        chunk = self.corpus.plain(chunk)  # question's nouns only, not 联合 of «社联», 学生社团联合会, for 联合举办活动)
        ctx = chunk.context()
        prev = self._prev(chunk)
        label = self.corpus.item_label(chunk)
        total = got = titled = 0.0
        kind = next((k for k in KIND_WORDS.get(q.kind, ()) if k in ctx), None)
        handed = handed_words(q.text, ctx) if q.intent == "yesno" else set()  # 借给家里人: «仅限本人使用»
        if kind:  # 多大年纪可以报名: 年龄在16周岁至55周岁之间 names what is asked
            total += self.idf(kind)
            got += self.idf(kind)
        for name in q.sections:  # a heading of an outline the question names (体检报告多久能出来: «六、体检报告»)
            if name in chunk.heading:  # is said by the sentences it heads; a flat document's section (a town of
                total += self.idf(name)  # a report) is routed on, not weighed
                got += self.idf(name)
        per = [kw for kw in q.keywords if q.kind == "money" and _PRICED_PER.match(kw)]
        if len(per) == len(q.keywords):
            per = []  # 一张多少钱: nothing else is asked, so the unit is what the line must say
        topic = title_topic(q, chunk.title)
        per_got = topic_got = 0.0
        for kw in q.keywords:
            before = got
            w = self.idf(kw)
            if kw in fillers(q.text):  # 一直, 最少, 时候, 被发现: words an asker adds (support.fillers)
                w *= FILLER_WEIGHT
            elif kw in q.verbs:
                w *= VERB_WEIGHT
            elif kw in _SCOPE_DEEDS and q.measure:  # 影响多少户: the count of what falls within says it
                w *= FILLER_WEIGHT
            elif kw == PER_PERSON and q.kind == "money":  # 一个人多少钱: any price of one's place or turn says it
                w *= FILLER_WEIGHT
            total += w
            if chunk.kind == "row" and kw in ctx and kw not in chunk.text and self.other_rows_say(kw, chunk):
                titled += TITLE_WEIGHT * w  # 保养 of the heading «维修保养收费价目表» over a 补胎 row, while the row of
                # 整车保养 says it: the table's word, which the row asked names itself
            elif kw in ctx or kw in handed or (kw in q.nouns and kw in aliased) \
                    or (kw.isascii() and kw.isalpha() and kw.lower() in ctx.lower()):  # band: «Band房»
                got += w
            elif kw == PER_PERSON and q.kind == "money" and not priced_per_group(ctx):
                got += w
            elif extract.limit_held(kw, chunk.text) or run_held(kw, ctx, q.text):  # 最短 held by 不少于10位, 最多 by
                got += w  # 不超过, 最晚 by 末班船：晚上19:00
            elif extract.season_held(kw, chunk.text):  # 夏天 held by 日期：3月1日至10月31日
                got += w
            elif chunk.kind == "row" and extract.age_group_held(kw, chunk.text):  # 大人 held by the row of 13岁以上
                got += w
            elif at_hand(kw, chunk.text):  # 机器 held by 本机: the thing at hand
                got += w
            elif time_word_said(kw, ctx):  # 每天 held by 每日, 平时 by 平日: one time in the thesaurus's two words
                got += w
            elif extract.HALF_UNIT_ASKED.fullmatch(kw) and extract.one_unit_said(kw, ctx):  # 半年 held by 满6个月
                got += w
            elif chunk.kind == "row" and decide.asked_hours(kw) & decide.slot_hours(chunk.text):
                got += w  # 夜晚 held by the row of «时段：星期一至五 18:00-04:00»
            elif chunk.kind == "row" and kw in simplify(self.corpus.section_heading(chunk)):
                got += w  # 小时 held by the table's heading «球枱收費（每小時，每張枱）»
            elif synonyms.hours_deed(kw) and synonyms.hours_said(kw, ctx, hours_kept(q, self.corpus.around(chunk), self.lexicon)):
                # 开门 held by 每天19:00开放, 关门 by «营业时间：每天7:00至19:00»
                got += w
            elif synonyms.class_said(kw, ctx) or synonyms.kinds_said(kw, ctx) or body_said(kw, ctx) or weather_said(kw, ctx):
                got += w  # 猫 held by «宠物不得入住», 艇 by «單人獨木舟», 镇里 by 镇人民政府, 下雪 by 雨雪天气
            elif paying_said(kw, ctx) and all(
                    2 * sum(ch in ctx for ch in k) >= len(k) or self.lexicon.weight_in(k, ctx)[0] >= MEANING_WEIGHT
                    for k in q.keywords if k != kw and len(k) >= 2):
                got += w  # 交钱 held by «企业参会免费», where the line speaks of what is paid for in some form
                # (寄存包裹要花钱吗: not by a price list's «油烟机清洗 · 价格：168元/台», nothing of 寄存 or 包裹 in it)
            elif members.redone_held(kw, q.text, ctx):  # 补办 of 补办一张卡 held by «补卡费10元»
                got += w
            elif fee_paid_at(kw, ctx):  # 报名费 held by «测试费每人每次50元，在网上报名时缴纳»
                got += w
            elif q.kind == "phone" and phone_labelled(kw, ctx):  # 电话 held by «报名热线：0571-…»
                got += w
            elif q.intent == "person" and kw in extract.IN_CHARGE and extract.HEAD_POST.search(ctx) and all(
                    m in ctx for m in re.findall(rf"([\u4e00-\u9fff]{{2}})的?{kw}", q.text)):
                got += w  # 负责人 held by «招生部经理：…», whatever other document says 负责人 itself (so that the
                # lexicon, which maps only words the corpus lacks, gives it no 经理); the one in charge of what the
                # question says (施工负责人: not «梨园供电所…所长»)
            elif kw in _stated_parts(q.text) and extract.range_holds(q.text, ctx):
                got += w  # 只有249克 held by «重量250克以下…»: the asker's case within the range the line sets
            elif prev is not None and kw in prev.text:
                got += PREV_WEIGHT * w
            elif len(kw) >= 2 and (kw in label or abbreviated(kw, label)):  # 社保中心电话: «联系电话：0759-6623318» in the
                got += PREV_WEIGHT * w  # item «1. 县社会保险事业管理中心：…», said by its label
            elif len(kw) == 1 and self._one_deed_said(q, kw, ctx):  # 吃 of 能吃东西吗 said by 室内禁止饮食
                got += w
            elif len(kw) == 1 and kw in q.verbs and homophone_said(kw, ctx):  # 交 of 多久交一次: 按季度缴纳
                got += w
            elif kw in _TWO and any(t in ctx for t in _TWO):  # 两人 asked, «二人独立办公室» said: the same number
                got += w
            elif len(kw) >= 2 and (digits := extract.digit_form(kw)) != kw and digits in ctx:
                got += w  # 一次 held by «可续借1次»
            elif (len(kw) >= 2 or kw in q.owned) and kw in chunk.title and not self.other_rows_say(kw, chunk):
                # the document is about it (碧波 of 碧波游泳健身中心会员须知; 室 of 派对室, a word of the owner's name
                # the question routed by); not a word other rows of a table say in their cells (保养 of
                # 维修保养收费价目表: the row of 整车保养 says it, no 补胎 row)
                titled += TITLE_WEIGHT * w  # less than the sentence before: a sentence saying it itself says more
            elif len(kw) >= 2:
                share = sum(1 for ch in kw if ch in ctx) / len(kw)
                meaning, _ = self.lexicon.weight_in(kw, ctx)  # the corpus's word for it (卡点 for 卡口)
                got += max(0.4 * share, meaning) * w
            if kw in per:  # the unit a price is counted by (一张 of 扫描一张多少钱) says what is priced only beside
                per_got += got - before  # a word that says it: «黑白列印 · 单位：每张» holds no 扫描
                got = before
            elif kw in topic:  # a word of the document's title, which its lines repeat (疗休养 of 青川市职工疗休养
                topic_got += got - before  # 管理办法), says which document; what in it, only beside a word asked:
                got = before  # 疗休养有体检吗 is no question «疗休养中心地址为…» answers
        if got or (q.sections and chunk.section in q.sections):  # (下平乡干一天活给多少钱: the place asked is the
            got += per_got  # sentence's section, «每人每天工资150元» the day's pay there)
        if got:  # the title says which document, not what in it: it counts beside a word the sentence holds
            got += titled + topic_got  # (图书室里能吃东西吗 is no question every sentence of the 图书室's notice answers)
        return got / total if total else 0.0

    def other_rows_say(self, word: str, chunk: Chunk) -> bool:
        """Does another row of a table row's table (decide.table_rows) name `word` in the cells that say what it is
        (保养 of «类别：保养», 电动车 of «服务项目：电动车清洗»; not a note's 明湖): the row that says it names the thing
        asked, not the table's heading over every row?"""
        if chunk.kind != "row":
            return False
        rows = self._table_rows.get(chunk.id)
        if rows is None:  # what each other row is called (name cell, first cell) and of what kind (类别)
            rows = self._table_rows[chunk.id] = [
                " ".join([_naming_cells(r), *(v for h, v, _, _ in row_cells(r) if "类" in h)])
                for r in decide.table_rows(self, chunk)[1:]]
        return any(word in r for r in rows)

    def _one_deed_said(self, q: Query, kw: str, ctx: str) -> bool:
        """Is `kw` the one-character deed a yes/no question asks (吃 of 图书室里能吃东西吗: query.one_character_deed)
        and does `ctx` say it in a word of its own (饮食: support.deed_held)? A morpheme has no word of the
        lexicon's, so without this the sentence that forbids it (室内禁止饮食) held nothing of the deed."""
        return q.intent == "yesno" and q.whether == (kw,) and deed_held(kw, ctx, self.lexicon)

    def span(self, q: Query, chunk: Chunk) -> Span | None:
        """The answering span, found in the simplified text, cut from the original at the same place."""
        sp = self._span(q, self.corpus.plain(chunk))
        if sp is not None and 0 <= sp.start <= sp.end <= len(chunk.text):
            return Span(chunk.text[sp.start:sp.end], sp.start, sp.end)
        return sp

    def _span(self, q: Query, chunk: Chunk) -> Span | None:
        as_field = chunk.kind in FIELDS or KEY_VALUE.match(chunk.text)  # «牵头单位：县农业农村局。» inside prose too
        if q.intent in ("entity", "person") and q.kind in (None, "place") and not as_field:
            rest = extract.rest_of_list(chunk.text, q.text)  # 长葛、许昌、鄢陵以及哪一个: 禹县 of the sentence's list
            if rest is not None:
                return rest
        if q.intent == "entity" and q.kind is None and chunk.kind == "row":
            record = self.record_for_whom(q, chunk) or self.record_named(q, chunk) or cell_of_kind(q.text, chunk.text)
            if record is not None:  # 学生坐船买什么票: 半票, whose 适用对象 says 学生
                return record
        if q.intent == "entity" and chunk.kind != "row" and (side := extract.extreme_asked(q.text)) \
                and (extreme := extract.extreme_clause(chunk.text, side)) is not None:
            return extreme  # 哪个组报名费最贵: «公开组每队3000元» of «…，元老组每队2000元，女子组每队1000元»
        sp = self._typed_span(q, chunk)
        if q.intent == "entity" and q.kind is None and q.asked_noun and len(q.asked_noun) == 1 and not as_field \
                and extract.unit_class(q.asked_noun) != "time" and q.asked_noun not in "种样个次类项位件" \
                and (named := named_of_kind(q, chunk.text)) is not None \
                and not (sp is not None and sp.start <= named.start and named.end <= sp.end):
            sp = extract.clause_span(chunk.text, named)  # 60到64岁的老人办的是什么卡: the clause of 公交乐龄卡
        if q.intent == "entity" and q.kind in (None, "place") and q.asked_noun and extract.BODY_NOUN.fullmatch(q.asked_noun) \
                and (body := extract.body_named(chunk.text, q.asked_noun, q.text)) is not None:
            sp = body  # 午饭是哪家公司送的: «澜州市鑫禾餐饮管理有限公司», not the clause of 供餐时间
        if sp is None and q.intent == "person" and chunk.kind == "row":  # 谁来交: the row's 承担方 cell
            sp = party_cell(chunk.text)
        if sp is None and q.intent == "figure" and q.kind is None and q.measure is None and as_field:
            value = extract.field_value(chunk.text, q.keywords)  # line id是多少: «LINE ID：@taoran-clay», no figure
            if value is not None and all(k.lower() in chunk.text[:max(0, value.start)].lower() for k in q.keywords):
                return value
        if q.intent == "entity" and q.kind is None and sp is not None and sp.text.startswith("是") \
                and chunk.text.rstrip("。；;").endswith(sp.text) and (m := _BODY_OPENS.match(chunk.text)):
            return Span(m.group(1), m.start(1), m.end(1))  # 面积最大的花木企业是哪家: «桐川青山苗木集团（…）…，是全县面积
            # 最大的花木企业», the body the sentence opens with, which its closing 是… describes
        if q.kind == "remedy" and extract.remedies(chunk.text):  # ② 出风有异味：滤网可能已到使用寿命，请更换新滤网:
            return sp  # the instruction, not the whole value of the «trouble：…» line
        if as_field and q.intent != "figure" and (sp is None or q.intent not in ("date", "person")) \
                and not (q.kind == "color" and sp is not None) \
                and not (q.kind == "money" and sp is not None and chunk.kind == "row"):  # 怎么收费: the price cell
            # 牵头单位是谁, 哪天闭馆: the value of the field the question names
            value = extract.field_value(chunk.text, q.keywords, q.kind)
            if value is not None and (q.intent != "date" or _TIME_KEY.search(extract.field_key(chunk.text, value.start))
                                      or extract.dates(value.text) or extract.weekdays(value.text)):
                return value  # 哪天停电: not «停电范围：城北新区、火车站片区», a field of places
        return sp

    @staticmethod
    def piece(text: str, sp: Span) -> str:
        """The piece of a sentence a value belongs to: a table row's «表头：单元格» field (发车时间：7:10),
        else the piece between separators (extract.segment_of)."""
        return extract.piece_of(text, sp)

    def framing_piece(self, text: str, sp: Span) -> str:
        """The piece a value belongs to (piece), and when the value stands alone in a piece that opens a
        sentence or a clause (1991年，BBC正式开始全球新闻服务电视频道; 同年5月，…), the piece after it too:
        a date or time set apart by a comma frames the deed said right after it."""
        piece = self.piece(text, sp)
        if sp.start < 0 or not (re.fullmatch(rf"\s*[在于自从到至]?\s*{re.escape(sp.text)}\s*(?:起|时|间)?\s*", piece)
                                or re.search(rf"{re.escape(sp.text)}(?:之内|以内|内)\s*$", piece)):  # a time limit that
            return piece  # ends its piece frames the deed after it (计票结束后3日内，在小区公告栏公布选举结果)
        m = re.match(r"\s*[，,]([^，,。；;！？!?]+)", text[text.find(piece, max(0, sp.start - len(piece))) + len(piece):])
        return piece + "，" + m.group(1) if m else piece

    def said(self, words: list[str], text: str, kept: bool = False, question: str = "") -> list[str]:
        """The words as `text` says them: each itself when there, else the corpus's word for it
        (index/lexicon.py) that `text` holds, else itself; with `kept` (a time asked), an opening or
        closing word by the label of the hours the text gives (synonyms.hours_word)."""
        out = []
        for w in words:
            if w not in text and extract.limit_word(w):  # a bound asked (最多, 最晚) is the line's bound of that side
                side = extract.limit_asked(w)  # («7个工作日内»: 内), never a dictionary neighbour (超过 of «不超过», 时间)
                bound = (_UPPER_SAID if side > 0 else extract.SAYS_LOWER).search(text) \
                    if side and re.search(re.escape(w) + r"[^的，,。？?]{0,4}?(?:几|多少|多[长久大高远重少])", question) else None
                out.append(bound.group(0) if bound else w)  # (最长的雪道有多长 asks the longest trail, no bound)
                continue
            if w not in text:
                weight, other = self.lexicon.weight_in(w, text)
                form = next((o for o in synonyms.forms(w) if len(o) >= 2 and o in text), None) \
                    or next((o for o in synonyms.deed_forms(w) if len(w) == 1 and o != w and o in text), None)  # 进: 入馆
                if form:  # 老人家 as the line says it: 長者 (synonyms.REGIONAL)
                    w = form
                elif weight >= MEANING_WEIGHT and not (len(w) >= 3 and self.corpus.says(w)) \
                        and not _another_number(w, other):  # (第五名 is no 第三名, whatever the lexicon's neighbours)
                    w = other  # (a word the corpus writes elsewhere, jieba cutting it apart, is its own: 敬老卡 is no 换卡)
                elif kept and (label := synonyms.hours_word(w, text, kept)):  # 几点关门 by «营业时间：每天7:00至19:00»
                    w = label
                elif len(row_cells(text)) >= 2:  # a row's column that opens as the word (游泳馆 for 游泳池)
                    w = next(iter(asked_column(text, w, [w])), w)
            out.append(w)
        return out

    def _typed_span(self, q: Query, chunk: Chunk) -> Span | None:
        sp = self._typed_value(q, chunk)
        if sp is None:
            return self.time_before(q, chunk) or labelled_value(q, chunk.text)
        if sp.start < 0 or q.intent not in ("figure", "date"):
            return sp
        return sp if self.fits_asked(q, chunk, sp) else None

    def time_before(self, q: Query, chunk: Chunk) -> Span | None:
        """The date or time asked, from the sentence that opens the paragraph of a sentence which says none
        (1. 12月15日（星期二）8:00至18:00，10千伏城南线停电。停电范围：…幸福家园…: 幸福家园哪天停电), as a span
        of the sentence before (start -1). Only a labelled line of the item (停电范围：…): a sentence of prose has
        a deed and a time of its own. None when this sentence says a value of the kind itself."""
        if not (q.intent == "date" or q.kind == "clock") or chunk.kind != "body" or not KEY_VALUE.match(chunk.text):
            return None  # a labelled line of the item (停电范围：…), not a sentence of prose with a deed of its own
        values = extract.clock_times if q.kind == "clock" else extract.dates
        if values(chunk.text) or _OWN_TIME_FRAME.search(chunk.text) or extract.weekdays(chunk.text):
            return None  # «11月至隔年3月为淡季，…», «周末及节假日遇紧急故障…»: a time of its own, not the one before
        prev = self._prev(chunk)
        if prev is None or prev.paragraph != chunk.paragraph or prev.kind != "body":
            return None
        prev = self.corpus.plain(prev)
        if not values(prev.text):
            return None
        asked_days, said_days = extract.weekdays(q.text), extract.weekdays(prev.text)
        if asked_days and said_days and not asked_days & said_days:
            return None
        sp = self._typed_value(q, prev)
        return Span(sp.text, -1, -1) if sp is not None and sp.start >= 0 else None

    def fits_asked(self, q: Query, chunk: Chunk, sp: Span) -> bool:
        """Is the value the one asked, not a sibling's? Its piece of the sentence must not speak of a
        sibling of an asked word (合格 for 不合格, 首班车 for 末班车: support.opposed); a clock time
        belongs to the deed the question names (几点开门: not the time of 熄灯); an age followed by
        的 belongs to what follows it (庞留岗在11周岁的孩子: the child's, not 庞留岗's)."""
        text = chunk.text
        piece = self.piece(text, sp)
        piece_words = tokens(piece)
        if q.kind == "clock" and not self.in_asked_part(q, text, sp):
            return False
        if not extract.same_side(q.text, piece, text):
            return False  # 请假超过3天: not the value for 3天以内
        asked_days, said_days = extract.weekdays(q.text), extract.weekdays(piece)
        if not said_days and chunk.kind == "row":  # a row's day cell holds for every cell of the row
            said_days = extract.weekdays(text)
        surcharge = q.kind == "money" and _SURCHARGE_ASKED.search(q.text) and _SURCHARGE_SAID.search(piece)
        if chunk.kind == "row" and not surcharge:  # 游泳馆几点关门: not the time in the 健身区 column of the same row
            columns = asked_column(text, q.text, q.keywords)  # (换新琴码要加多少钱: the note's 加收 answers)
            if columns and column_of(text, sp.start) not in columns and (
                    any(c in q.text for c in columns)  # a column the question names in full, or one that holds a
                    or any(column_of(text, v.start) in columns and (self.rate_said(q, text, self.piece(text, v))
                                                                     or not per_one_said(q, piece))
                           for v in same_kind(q, text, sp))):
                return False  # value of the kind (学车多少钱: the 收费标准 cell, 学车周期 holding no price; 订一桌多少钱:
                # not the 价格 cell priced per 人, whatever «每桌680元» a note gives)
        if asked_days and said_days and not asked_days & said_days:
            return False  # 周一几点闭馆: not the hours of 周二至周日
        if chunk.kind == "row" and other_deal(q.text, column_of(text, sp.start)):
            return False  # 攀石鞋可以买吗，卖几钱: not the row's «租用价钱：$35»
        named = [*q.qualifiers, *([q.subject] if q.subject else []), *([q.counted] if q.counted else [])]
        # the end of the deed's range answers its negation (几点就不供应了: 18:30 of 17:00至18:30供应晚餐)
        ceased = q.kind == "clock" and any(c.start == sp.start for c in self.deed_ceases(q, text, extract.clock_times(text)))
        # a sibling is looked for among the nouns that name what is measured; a negation, on every word
        if any(opposed(w, piece, piece_words if w in named or w[0] in NEGATIONS else (), text, q.text)
               for w in asked_forms(q.text, [*named, *q.keywords]) if not (ceased and w[0] in NEGATIONS)):
            return False
        if extract.unit_of(sp.text) not in SPANS_OF_TIME and not all(self.same_deed(w, self.corpus.around(chunk), piece)
                                                                    for w in q.predicate):
            return False  # 多少人发烧: a count of those who came back is not of those with a fever
        if q.intent == "figure" and chunk.kind == "row" and self.item_of_another_deed(q, chunk):
            return False  # 洗一台挂式空调多少钱: not the row of 挂式空调新机安装 beside that of 挂机深度清洗
        if q.intent == "figure" and q.kind != "clock" and not self.deed_said(q, chunk):
            return False  # 停车一小时收多少钱: a sentence that never speaks of 停车 does not say its price
        if self.sibling_named(q, chunk, piece if q.kind != "phone" else extract.label_before(text, sp) + piece):
            return False  # 投诉电话 asked, 咨询电话 given
        if contrast_member(q, piece, piece, whole=False):  # the piece of the Simplified text
            return False  # 半马报名费 asked: not the 1200元 of «全程马拉松报名费1200元，半程马拉松1000元»
        if chunk.kind != "row" and self.abbreviation_elsewhere(q, text, piece):
            return False  # 半马 asked: not the 6小时 of 全程马拉松关门时间为6小时，半程马拉松为3小时30分钟
        if another_unit(q.text, piece):
            return False  # 每个乡镇 asked, 每个村配备3名 given
        priced = piece + " " + (self.unit_cells(text) + " " + simplify(self.corpus.section_heading(chunk))
                                if chunk.kind == "row" else "")  # (a table's heading «上网计费（每小时）»)
        if q.kind == "money" and PER_PERSON in q.keywords and priced_per_group(priced):
            return False  # 一个人多少钱: not the 4588元 of a row priced 每桌
        if (q.kind == "money" or extract.unit_class(extract.unit_of(sp.text)) == "money") \
                and extract.priced_per_other(q.text, priced, text if chunk.kind == "row" else "") \
                and not any(extract.whole_one(k, text) for k in q.keywords):  # (一个月交多少管理费: a money value,
            # whatever was asked; 一间: «包场整间…每场5500元» prices the whole one by the session)
            return False  # 厨房清洁一平米多少钱: not the 398元/次 of a row priced per visit
        if self.another_doer(q.text, text, piece):
            return False  # 毕业生从哪个门进: not the 西门 of «家长凭观礼证从体育馆西门入场»
        if q.measure == "个" and (one := _ONE_COUNTED.search(q.text)) and one.group(1) not in piece \
                and (unit := extract.unit_of(sp.text)) and unit != "个" and extract.unit_class(unit) == "count":
            return False  # 婚宴每桌最多几个菜: not the 20桌 of «婚宴不超过20桌», a count of tables, no dishes
        if q.intent == "figure" and counted_per(q, text, sp):
            return False  # 一个孩子能报几个班: not the 25人 of «每班25人», a count of people in each class
        if q.kind == "clock" and another_deeds_hours(q.text, text[max(0, sp.start - 16):sp.start]):
            return False  # 几点下班: not «查询时间为工作日下午14:00至16:30», the hours of the archive's queries
        if q.kind == "clock" and not q.verbs and self.time_of_more(q, text[max(0, sp.start - 16):sp.start]):
            return False  # 夜场几点到几点: not «夜场售票时间为17:30至20:30», the hours of a deed the question never asks
        if q.kind == "phone" and self.line_of_another_label(q, text, sp):
            return False  # 投诉公交司机打什么电话: not «可拨打失物招领电话…», the corpus has a 投诉电话
        if q.measure == SEATS and extract.unit_of(sp.text) == "座" and counts_other_than_seats(text, sp.start):
            return False  # 展厅能容纳多少人: not the 3座 of «共有展厅3座», a count of halls
        if q.kind == "duration" and _AMOUNT_OF_TIME.match(text, sp.end):
            return False  # 最短要租多久: not the 3个月 of «相当于3个月租金的押金», a sum counted in months' rent
        if q.kind == "duration" and text[:sp.start].endswith(("满", "满了", "滿", "滿了")) and not re.search(r"满|够|才|以上", q.text) \
                and not extract.limit_asked(q.text) \
                and not any(k in simplify(re.split(r"[，,、；;和及与·：:]", text[:sp.start])[-1]) for k in q.keywords):
            return False  # 居住证多久能拿到: not the 6个月 of «居住登记满6个月的证明», a condition met, no time taken
            # (住多久才能申请 asks the condition, as does 在村里住多久 of «在本村居住满1年», its deed the question's)
        if q.intent == "figure" and self.counts_the_unit(q, chunk, sp):
            return False  # 每个料理台有几个灶: not the 6個 of «教室共有6個料理台，每個料理台配有瓦斯爐2口»
        if q.kind == "money" and self.concession_of_others(q.text, text, sp):
            return False  # 年卡多少钱: not the 免费 of «低保户、特困户凭有效证件可免费办理年卡»
        if q.intent == "figure" and extract.another_period(q.text, piece):
            return False  # 一个星期能约几次: not the 2次 of «一个月内爽约2次的»
        if not self.rate_said(q, text, piece):
            return False  # a rate: 一节课多长时间 is said by 每节60分钟, not 提前24小时预约 (一间宿舍住几个人: 6人间)
        if q.intent == "figure" and any(_PRICE_CHANGE.fullmatch(k) for k in q.keywords) and not any(
                changed.search(text[max(0, sp.start - 6):sp.start]) for _, changed in _CHANGES):
            return False  # 周末租要涨价多少: a rise (上浮10%), not the 押金 of the row
        if q.kind == "age" and text[sp.end:sp.end + 1] == "的":
            after = text[sp.end + 1:sp.end + 8]
            return any(after.startswith(w) or self.lexicon.weight_in(w, after)[0] >= MEANING_WEIGHT
                       for w in [*q.entities, *q.keywords] if len(w) >= 2)
        return True

    def role_said(self, q: Query, chunk: Chunk) -> bool:
        """Does the sentence's frame say the role a who-question asks the holder of (村支书: «村党支部书记顾小兰»,
        itself, abbreviated or by meaning)? True when the question asks no role (谁负责运营)."""
        role = asked_role(q.text)
        if not role or not role.endswith(extract.ROLES):
            return True
        around = self.corpus.around(chunk)
        return role in around or bool(abbreviated(role, around)) or holds(role, around, self.lexicon)

    def named_clause(self, q: Query, text: str, figs: list[Span]) -> list[Span]:
        """Of a sentence's values in parallel pieces, each naming one member of a family, those of the piece that
        names the member the question names («花卉区…85元，鸟类区和观赏鱼区为…95元»: 鸟类区 asked, 95元): a word of the
        question (or two it says side by side: 鸟类 区) said in that piece while every other piece opens with a
        sibling of it. All of them otherwise. (contrasted does this for dates and times, where any piece's
        sibling counts: a sentence's figures count different things, so here the pieces must be parallel.)"""
        if len(figs) < 2 or len({extract.unit_of(f.text) for f in figs}) > 1:
            return figs  # parallel pieces give values of one unit
        joined = [a + b for a, b in zip(q.keywords, q.keywords[1:]) if min(len(a), len(b)) == 1 and a + b in q.text]
        pieces = [self.piece(text, f) for f in figs]
        heads = [_PIECE_HEAD.sub("", p) for p in pieces]  # each piece after its list number or article
        # pieces that name their member right before one word said before every value («高中及以下学历24000元，
        # 专科学历30000元，本科及以上学历36000元»): parallel whatever each member is
        leads = {re.sub(r"[为是：:\s]+$", "", text[max(0, f.start - 4):f.start])[-2:] for f in figs}
        lead = next(iter(leads))
        parallel = len(leads) == 1 and re.fullmatch(r"[\u4e00-\u9fff]{2}", lead) is not None
        for k in [*joined, *q.keywords]:
            if len(k) == 3 and k[-1] == "生" and k not in text and k[:-1] in text:
                k = k[:-1]  # 专科生 asked, «专科学历30000元» said: the level the student is of
            holding = [k in p or (len(k) >= 3 and bool(abbreviated(k, p))) for p in pieces]  # 博士生: 博士研究生
            if len(k) < 2 or not any(holding) or all(holding):
                continue
            if parallel and sum(holding) == 1 and (re.search(  # the member named right before the word every value
                    rf"{re.escape(k)}(?:及以[上下])?{lead}", pieces[holding.index(True)]) or re.search(  # follows (专科学历),
                    rf"{re.escape(k)}[\u4e00-\u9fff]{{0,2}}每{lead}", pieces[holding.index(True)])):  # or its price per
                # the unit every value is per (泰式柠檬虾每台斤 NT$120 beside 胡椒虾每台斤 NT$100)
                return [f for f, held in zip(figs, holding) if held]
            # the sibling is the piece's subject, the run that opens it up to the asked word's head (花卉区 of
            # «花卉区商铺租金…»; not 开课 of 私教课…开课前, the question's own word, nor 调苗 of «比从外省调苗…»), or
            # a member of the same head by another number (四星级 of «对新评定的四星级民宿…8万元» for 五星级)
            # (or a list of them: «小学、初中每学年记2学分»; or a word of two opening as the asked one does: «废钢每吨
            # 收购价2350元、废铜每公斤52元», 废铜 asked)
            if all(held or all((siblings(k, m) or school_levels(k, m) or (len(m) == len(k) == 2 and m[0] == k[0] and m != k))
                               and m not in q.text and re.fullmatch(r"[\u4e00-\u9fff]{2,5}", m)
                               for m in re.split(r"[、和及与]", c))
                   or members.numeral_member(k, p) or other_level_said(k + "生", p)  # «小学不超过2小时、初中…»
                   for held, c, p in zip(holding, (h[:h.find(k[-1]) + 1] if k[-1] in h else h[:len(k)] for h in heads),
                                         pieces)):
                return [f for f, held in zip(figs, holding) if held]
        return figs

    @staticmethod
    def time_of_more(q: Query, label: str) -> bool:
        """Does the label before a time name the asked thing and then another word before 时间 (夜场售票时间为 for
        夜场几点到几点: the hours of selling its tickets), a word the question never says? Not the thing's supply
        where the question asks when there is any (热水几点有: 热水供应时间为16:00至23:00)."""
        return any((m := re.search(rf"{re.escape(k)}的?([\u4e00-\u9fff]{{2}})时间(?:为|是|：|:)?\s*$", label))
                   and m.group(1) not in q.text and not (m.group(1) in _SUPPLY and re.search(r"(?:几点|什么时候|啥时候)[才都]?有", q.text))
                   and not line_hours_asked(m.group(1), q.text)  # 12305几点有人接电话: 受理时间
                   for k in q.keywords if len(k) >= 2)

    def line_of_another_label(self, q: Query, text: str, sp: Span) -> bool:
        """Is the number another line's than one the question names by a deed the corpus labels a line with (投诉
        of 投诉公交司机打什么电话, the corpus saying 投诉电话), its own line never saying that word?"""
        if sp.start < 0:
            return False
        said = simplify(text)  # (a row says its line in another cell: «项目：洽询电话 · 说明：(049)2345-6789»)
        return any(len(k) >= 2 and k in q.verbs and k not in said  # a deed (投诉, 报名), not who owns the line
                   and not k.endswith(("电话", "热线", "号码"))
                   and any(self.corpus.says(k + line, simplified=True) for line in ("电话", "热线", "专线"))
                   for k in q.keywords)

    def counts_the_unit(self, q: Query, chunk: Chunk, sp: Span) -> bool:
        """Does the value count what the question asks a figure per (每个料理台有几个灶: «6個料理台» counts the
        stations, each of which the question takes as one)?"""
        after = self.corpus.plain(chunk).text[sp.end:sp.end + 8] if sp.start >= 0 else ""
        return any(after.startswith(k) for k in q.keywords
                   if len(k) >= 2 and re.search(rf"每(?:一)?[个位名间家所台辆条张座只户]?{re.escape(k)}", q.text))

    def another_doer(self, question: str, text: str, piece: str) -> bool:
        """Does the value's piece open with people other than those the question opens with, who are
        said elsewhere in the sentence (毕业生从体育馆哪个门进去: «每名毕业生可邀请家长2名观礼，家长凭观礼证从体育馆
        西门入场», the parents' door)? The value is what those others do."""
        asked, doer = _opening_people(question), _opening_people(piece)
        return bool(asked and doer and asked != doer and asked in text and asked not in piece
                    and doer not in question and self.lexicon.related(asked, doer) < MEANING_WEIGHT)

    @staticmethod
    def price_labelled_as_asked(question: str, text: str, figs: list[Span]) -> list[Span]:
        """Of prices each labelled by what kind of price it is (预售价380元，现场价480元), those whose label the
        question names (现场); all of them when it names none, or when the prices are not so labelled."""
        labels = {f.start: m.group(1) for f in figs if (m := _PRICE_LABEL.search(text[max(0, f.start - 6):f.start]))}
        if len(set(labels.values())) < 2:
            return figs
        return [f for f in figs if labels.get(f.start, "") and labels[f.start] in question] or figs

    @staticmethod
    def concession_of_others(question: str, text: str, sp: Span) -> bool:
        """Is the price `sp` a concession (免费, 半价, 优惠) that its clause grants the people it opens with
        (低保户、特困户凭有效证件可免费办理年卡, 学生半价), none of whom the question names? It is their
        price, not the one everyone pays."""
        if sp.start < 0 or not _CONCESSION.search(sp.text):
            return False
        clause = re.split(r"[，,。；;]", text[:sp.start])[-1]
        people = [p for member in clause.split("、") if (p := _opening_people(member) or _opening_households(member))]
        return bool(people) and not any(p in question for p in people)

    def in_asked_part(self, q: Query, text: str, sp: Span) -> bool:
        """Is the clock time `sp` of the sentence in the part of the day the question names (晚饭几点开: not
        the time said of 中午)? Its part is said before it, or by its piece (11:00至13:00供应午餐: noon);
        a time said with none, in a sentence naming none, is a 24-hour clock's (6:30 is no evening)."""
        asked = extract.day_parts(q.text)
        if not asked:
            return True
        part = extract.day_part_before(text, sp)
        if not part and len(own := extract.day_parts(self.piece(text, sp))) == 1:
            part = next(iter(own))
        if part:  # a range's end says its own part (早上6:00至晚上22:00)
            return part in asked or bool(asked & extract.day_parts(sp.text))
        said = [(int(m.group(2)), bool(m.group(1))) for m in re.finditer(r"(翌日|次日|隔日|隔天)?\s*(?<!\d)(\d{1,2})[:：]\d{2}",
                                                                         text[max(0, sp.start - 3):sp.end] if sp.start >= 0 else sp.text)]

        def outside(hour: int, next_day: bool) -> bool:
            if asked == {"evening"}:
                return hour < 12 and not next_day  # (翌日02:00 is the night's, past the evening)
            if asked == {"morning"}:
                return hour >= 13
            return asked == {"afternoon"} and not 12 < hour < 19  # 下午几点: not 9:00至12:00

        if not extract.day_parts(text) and said:  # 太极拳晚上几点练: not 6:30—7:30; a range, by either end (9:00至21:00)
            return not all(outside(h, next_day) for h, next_day in said)
        return True

    def abbreviation_elsewhere(self, q: Query, text: str, piece: str) -> bool:
        """Does the sentence say in full a word the question abbreviates (半马: 半程马拉松, `abbreviation`),
        only in another piece than the value's, one with a value of its own? Then the value is another
        thing's (全程马拉松…6小时，半程马拉松为3小时30分钟). A piece that only states the case (甲方提前收回房屋的，
        应提前60天通知: 收房) leaves the value to the piece after it."""
        kinds = None  # the value piece's kinds of figure, read only once a full form is found elsewhere
        for k in q.keywords:
            if len(k) >= 2 and k not in text and self.corpus.abbreviation(k):
                full = abbreviated(k, text)
                if len(full) <= len(k) or full in piece:
                    continue
                if kinds is None:
                    kinds = {extract.unit_class(extract.unit_of(f.text)) for f in extract.figures(piece)}
                if any(  # a value of the value's kind: not the 22:00
                        full in p and piece not in p  # (not the value's own clause: «市邮政管理局春节值班电话：0738-…»)
                        and any(extract.unit_class(extract.unit_of(f.text)) in kinds for f in extract.figures(p))
                        for p in re.split(r"[，,；;。]", text)):  # of «…峰谷分时电价：谷段为每日22:00…» for 谷电的价
                    return True
        return False

    @staticmethod
    def rate_said(q: Query, text: str, piece: str) -> bool:
        """Does a value's piece of the sentence `text` say the one unit a duration or a sum is asked
        per, where the sentence does not say the question's word itself (extract.one_unit_said:
        一节课多长时间 by 每节60分钟, 多少钱一片 by 单价199元, not 两片装358元), or a table row's unit column
        does (计价单位：每台 for 一台)? True for other questions."""
        if q.kind == "duration" and members.interval_cell(q.text, piece):
            return True  # 多久来一趟 of a row's «发车间隔：15分钟»: the time per departure, no 一趟 said
        # a table row may say its unit in a column of its own (计价单位：每台 beside 价格：600元)
        units = Answerer.unit_cells(text) if " · " in text else ""
        if re.fullmatch(r"[\u4e00-\u9fff]{1,2}(?:[/／][\u4e00-\u9fff]{1,2})+", units):  # 单位：盆/月, the price of one
            units = " ".join("每" + u for u in re.split(r"[/／]", units))  # pot for one month: 每盆 每月
        halves = [m.group() for m in extract.HALF_UNIT_ASKED.finditer(q.text)]  # 半个月, which jieba cuts 半个 月
        return q.kind not in ("duration", "money") or all(
            extract.one_unit_said(k, piece + " " + units)
            or (k in ("一年", "1年") and re.search(r"[今全本]年", text))  # 一年能挣多少: 今年…户均收入2.8万元, a year's sum
            or extract.period_fee_said(k, piece)  # 一年租金多少: «年场地租金36000元»; 一天: «24小时内最高收费30元»
            or extract.whole_one(k, text)  # 包一间多少钱: «包场整间…每场5500元», the price of the whole one
            or extract.packed_singly(k, text)  # 可樂一罐多少錢: the row's «備註：罐裝»
            or (" · " in text and extract.card_of_period(k, text))  # 一个月要多少钱: the row of «固定座位月卡»
            or extract.per_unit_said(k, _listed_before(text, piece))  # «每年不低于1000元、不超过25000元»: 每年 of both
            or any(extract.per_unit_said(k, c) and not extract.figures(c)  # a rate a clause of no figure says for
                   for c in re.split(r"[，,；;：:]", text[:max(0, text.find(piece))]))  # the list after it («每年发放…，…专科学历30000元»)
            or (q.kind == "money" and unit_described(k, text[:max(0, text.find(piece))]))  # «每袋3公斤，售价25元»
            for k in [*q.keywords, *halves] if k not in text and k + "的" not in q.text  # 一个月的卡: a kind
            and not re.search(re.escape(k) + r"[一二三四五六七八九\d]", q.text)  # 一米三: a height, no rate per metre
            and not together(k, q.text)  # 油烟机跟煤气灶一块洗: together, no piece priced
            and not (k[-1] in "档级等" and re.search(rf"最[\u4e00-\u9fff]{{1,2}}{re.escape(k)}", q.text))  # 最低一档:
            # a tier asked, no rate per tier
            and not re.search(rf"(?<![\d.,]){re.escape(extract.digit_form(k))}", text))  # 拍一套形象照: «內容：1套服裝»,
            # the one set priced (not the 1天 of 21天套装 for 一天)

    @staticmethod
    def unit_cells(row: str) -> str:
        """The cells of a table row that say what its values are per: a unit column (计价单位：每台), or any
        cell that opens with 每 (尺寸：每袋 says it too, whatever its header)."""
        return " ".join(("每" + v.strip()) if UNIT_COLUMN.search(h) and _BARE_UNIT.fullmatch(v.strip()) else v
                        for h, v, _, _ in row_cells(row) if UNIT_COLUMN.search(h) or v.strip().startswith("每"))

    def answers_sibling(self, q: Query, chunk: Chunk, sp: Span | None) -> str | None:
        """The word of the question whose sibling the value's piece speaks of instead (晚餐补贴 asked,
        午餐补贴 given; 丧假 asked, 年休假 given; 副主任 asked, 主任 given), or None. A keyword counts
        only when the sentence's frame holds it in no form (itself, abbreviated, by meaning) and it is
        no verb (an asker says a deed in their own words: 关灯 for 熄灯, 卖票 for 售票) nor a quantity
        (一套 for 每套); the sibling shares its head (lexicon.siblings) and is no word of the question."""
        text, around = self.corpus.plain(chunk).text, self.corpus.around(chunk)
        if q.intent == "entity" and sp is not None and (held := extract.member_holding(q.text, text)) is not None \
                and held.start == sp.start:
            return None  # 10岁的孩子参加哪个组: the member whose range holds the case, the 孩子 being the case
        label = _ITEM_LABEL_OPENS.match(text) if chunk.kind != "row" else None
        if label and sp is not None and sp.start >= label.end():  # 哪个单位主办的: not «2. 承办：湘川市文化馆…»,
            for k in q.keywords:  # whatever its heading (主办单位) says: the line's own label names the sibling
                lab = label.group(1)
                if len(k) == len(lab) >= 2 and k not in lab and lab not in q.text and lab[-1] == k[-1] and siblings(k, lab):
                    return k
            other = self.label_of_other_item(q, label.group(1), around)
            if other:
                return other
        if chunk.kind == "row" and sp is not None and (cells := row_cells(text)) \
                and (named := re.match(r"[\u4e00-\u9fff]{2,8}", name_cell(cells)[1])):
            # a row named another record of the same head (夜间场 asked: the row of «时段：通宵场 23:00–翌日08:00»)
            other = self.label_of_other_item(q, named.group(0), simplify(chunk.section + chunk.heading + chunk.title) + text)
            if other:
                return other
        member = contrast_member(q, around, text)
        if member and any(c in around for k, other in choices(q.text, q.keywords).items() if k in member for c in other):
            member = None  # 按月拨还是按季度: «…按季度拨付», the other choice, answers
        if member:  # 地上车位 asked, 地下车库 said; 周末 asked, 工作日 said: a yes/no question too (养猫: 饲养犬只)
            return member
        # 三等舱 asked, 二等舱 said; 走路上山 asked, the 观光车's ride said (members: numbered members and means)
        member = (members.numeral_member(q.text, around) or members.means_member(q.text, text)
                  or members.redone_deed(q.text, around) or members.headed_member(q.text, q.keywords, text, around))
        if member:
            return member
        if q.kind == "duration" and sp is not None and sp.start >= 0:  # 要多久 asked, 每20分钟一班 given: how often
            column = column_of(text, sp.start) if chunk.kind == "row" else ""
            if members.interval_given(q.text, text, sp.start, sp.end, column):
                return "一班"
        if (sp is not None and sp.start < 0) or q.intent == "yesno":
            return None  # an open question too (网费怎么算: not the 电费 clause); yes or no names no value
        if sp is not None and q.intent == "entity" and self.another_doer(q.text, text, self.piece(text, sp)):
            return _opening_people(q.text)  # 毕业生从哪个门进: not the 西门 of «家长凭观礼证从体育馆西门入场»
        if sp is not None and q.intent in ("entity", "person") and chunk.kind not in FIELDS and \
                (rest := extract.rest_of_list(text, q.text)) is not None and rest.start == sp.start:
            return None  # the member of the sentence's list the question leaves out: the list is what it asks of
        listed = self.heading_sibling(q, chunk) or self.parallel_sibling(q, chunk)
        if listed:
            return listed
        kind = self.unsaid_subkind(q, chunk) if q.intent in ("figure", "date") else None
        if kind:  # a value given for the thing in general; an open question's name is no general figure
            return kind
        subject = self.unsaid_subject(q, chunk)
        if subject:
            return subject
        if q.intent == "person" and "副" not in q.text and sp is not None and sp.start >= 0:
            for k in q.keywords:  # 店长是谁: not «副店長：林美君», the deputy's line
                if len(k) >= 2 and "副" + k in text[:sp.start] and k not in text[:sp.start].replace("副" + k, ""):
                    return k
        for m in re.finditer(r"副(?=" + "|".join(extract.ROLES) + ")", q.text):
            role = next(r for r in sorted(extract.ROLES, key=len, reverse=True) if q.text.startswith(r, m.end()))
            if "副" + role not in around:
                return "副" + role
        # a table row is one record: the cell that names it (科室：口腔科) speaks for every value
        # (no value, as when fits_asked refused a sibling's: the whole sentence, to say which word it lacks)
        piece = text if q.intent == "person" or chunk.kind == "row" or sp is None else self.piece(text, sp)
        piece_of_value = self.piece(text, sp) if sp is not None and sp.start >= 0 else piece
        cells = [c.split("：", 1)[-1].strip() for c in piece.split(" · ")] if chunk.kind == "row" else []
        # an item's label names its record as a row's first cell does (4. 太极拳班：…学费每学期300元: 舞蹈班 asked)
        label = _ITEM_LABEL.match(text) if chunk.kind != "row" else None
        named = [label.group(1)] if label and label.group(1) not in piece else []
        words = [t for t in [*_tokens(piece), *cells, *named] if len(t) >= 2 and t not in q.text]
        if sp is not None and chunk.kind != "row" and q.kind != "reason":  # a purpose is its own piece:
            beside = self.value_of_sibling(q, text, around, piece, sp, words)  # what it is for stands beside it
            if beside and not exemption_said(beside, around, q.text):  # 不需要门票: «…儿童免票» beside 门票
                return beside
        joined = [t for t in joined_heads(_tokens(piece), piece) if t not in q.text]  # 文三路站, cut as 文三路 站
        # a row's other cells are names (骨科 for 口腔科, whatever jieba tags them); elsewhere, nouns
        asked = [k for k in q.keywords if k not in q.verbs] if chunk.kind == "row" else list(q.nouns)
        # a word of the corpus that jieba cut apart in the question (月卡 as 月 卡)
        asked += self.corpus_words_cut(q, deeds_apart=True)  # a deed is no part of it: not the 车间用 of «车间用工»
        # (车间 用了), nor the 最短租 of «最短租期» (最短 租多久)
        bare = bare_modified(q.text, q.keywords, list(q.nouns))  # 中班, 中会议室: 中 is a stopword
        asked += bare
        if chunk.kind == "row":  # the row alone, not the rows before it: a cell naming a sibling (口腔科 for
            around = simplify(chunk.section + chunk.heading + chunk.title) + text  # 骨科) outweighs any meaning
        typed = decide.typed(q)
        header_words = header_only(text, sp) if chunk.kind == "row" else frozenset()
        if chunk.kind == "row" and not typed and q.intent != "yesno" and sp is not None and sp.start >= 0:
            unasked = self.column_unasked(q, chunk, around, sp)
            if unasked:
                return unasked
        if not typed:  # 哪个教会, 什么单位: the kind asked; its answer names one of its kinds (路德会)
            asked = [k for k in asked if not re.search(r"(?:哪[个些种类家位所]?|什么|何)" + re.escape(k), q.text)
                     and not (k in MANNER_WORDS and re.search(r"(?:什么|啥|哪种)[\u4e00-\u9fff]{1,3}" + k, q.text))
                     and (k in q.nouns or k in bare)]  # its nouns only (可提供 is no kind of anything)
        title = simplify(chunk.title)
        for k in asked:  # Chinese nouns only (Bee is no sibling of where; 参赛 no noun of 比赛)
            if extract.limit_word(k):
                continue  # 最贵的那个: a limit asked, no kind of anything
            if DIRECTED_DEED.fullmatch(k):
                continue  # 换下来: a deed and its direction, no kind of anything (下来 is no sibling of 上来)
            if q.kind == "phone" and _CALLING.fullmatch(k):
                continue  # 打电话book位打咩号码: the calling, no kind of line (预约电话 is no sibling of 打电话)
            if _alone(k) == "d":
                continue  # 蟑螂特别多: how much, no kind of anything (特别 is no sibling of the row's 类别)
            if q.intent == "person" and k.endswith(("负责人", "责任人")) and _heads_unit(text):
                continue  # 贷款科负责人: «联系人：贷款科科长王晓梅», the head of the unit is the one in charge
            if re.search(r"(?:别人|他人|自己)$", k):
                continue  # 帮别人代领: a deed done for someone, no kind of person (代领人 is no sibling of it)
            if k == q.kin:  # 是谁的儿子: 儿子 is asked (之子 says it), no word with siblings
                continue
            if one_person(k, q.text):  # 留个人陪: one person, no kind of person (老年人 is no sibling of it)
                continue
            if len(k) < 2 or not re.fullmatch(r"[\u4e00-\u9fff]+", k) or k in q.deeds or QUANTITY.search(k) or k in around \
                    or k in title:  # (消费券 of «云岭市发放惠民消费券的公告»: what every line is about)
                continue
            if synonyms.class_said(k, around) or synonyms.kinds_said(k, around) or synonyms.head_of_form_said(k, around) \
                    or any(len(f) >= 2 and f in around for f in synonyms.regional(k)):
                continue  # 狗狗 of a 宠物合照 row, 宠物 of a row for 犬、猫: a kind and its class, no siblings; 半夜
                # of the 夜间急诊 row: the asker's word, the row's written form of it (synonyms.SPOKEN)
            if k in GENERIC_PRICE and extract.PRICE_SAID.search(text):
                continue  # 用电怎么收费: any price the line says is the charge asked (加收100元), 电费 no sibling
            if k in q.entities and all(ch in text for ch in k):
                continue  # a piece of a word jieba cut wrong (新生报 of 新生报到), as Answerer.missing holds it
            if self.names_row(k, chunk):
                continue  # 书法课: the row named 书法入门班, whatever other word ends in 课 (上课时间)
            if extract.person_stem_said(k, name_cell(row_cells(text))[1] if chunk.kind == "row" else around):
                continue  # 低保户: the row named «低保、特困供养老年人», «城市低保家庭：…», the households by their condition
            if extract.labour_said(k, around):
                continue  # 工费: «仅收安装费», the fee of the work (no sibling fee of it)
            if chunk.kind == "row" and re.fullmatch(r"[大中小]学生", k) \
                    and re.search(r"(?<![\u4e00-\u9fff])学生", name_cell(row_cells(text))[1]):
                continue  # 大学生: the row named «C2学生寒暑假班», for any student (学生 said bare, no level of it)
            if chunk.kind == "row" and len(k) == 2 and all(ch in name_cell(row_cells(text))[1] for ch in k):
                continue  # 吊车: the row named 汽车吊服务, the crane said the other way round
            if chunk.kind == "row" and self.frame_says(k, chunk):
                continue  # 双人自行车: every row of the 单车租借 table is a bike (協力車 is one, no sibling)
            if extract.season_held(k, around):
                continue  # 冬天: the row of 11月1日至次年2月底, whatever season word it gives (淡季 beside 冬季)
            if any(len(w) >= 2 and w + k in q.text and any(len(t) >= 3 and t[0] == w[0] and t[-1] == k[-1] and abbreviated(t, w + k)
                                                          for t in _tokens(around)) for w in q.keywords if w != k):
                continue  # 平原地区: «平原区», the asked place said short (地区 is no sibling of its 山区)
            if extract.age_group_held(k, text):
                continue  # 大人: the row of 入园清洁费（12岁以上）, whatever people it names
            if sp is not None and extract.weekdays(k) and extract.weekdays(k) <= extract.weekdays(piece_of_value):
                continue  # 礼拜天: the 假日价格 cell (the weekend), whatever other day word the row gives
            if stem_said(k, around):
                continue  # 鞋子: «须穿网球鞋或平底运动鞋入场», the shoes asked by their kinds
            if other_level_said(k, text):
                return k  # 初中生: not «小学阶段…单次不超过1天», another level's
            if student_said(k, text):
                continue  # 初中生: «初中阶段每学年不超过2次», the students by their level (高中阶段 is no sibling)
            if chunk.kind == "row" and days_of_record(k, text):
                continue  # 工作日: the row of 羽毛球场（平日白天）, 周一至周五8:00至17:00
            if chunk.kind == "row" and (decide.asked_hours(k) & decide.slot_hours(text) or sessions_of_part(k, text)):
                continue  # 晚上: the row of 室外网球场（夜场） open 18:00至22:00, or «夜场另收灯光费200元»
            done = done_to(q.text, piece, words)  # 补卡 of «补卡、换卡收取工本费» is the 补办 asked, no kind of 社保卡
            kinds = [t for t in [*words, *joined] if t not in _verbs_of(piece) and t not in done]  # 表示: no kind of 屏幕显示
            if k in bare and len(k) >= 3 and chunk.kind != "row" and any(
                    c != k[0] and _size_character(c) for c in re.findall(rf"([\u4e00-\u9fff]){re.escape(k[1:])}", piece)):
                return k  # 中会议室 asked, «大会议室每小时收费500元»: another one-character modifier of the same thing
            if fee_paid_at(k, text):
                continue  # 报名费: «测试费每人每次50元，在网上报名时缴纳», the fee paid when one registers
            if described_alike(k, q.text, text):
                continue  # 年出栏500头以上的大场: «其中年出栏500头以上的规模养殖场187个», the same farms
            if chunk.kind == "row" and len(k) >= 3 and re.search(rf"{re.escape(k[:-1])}(?![\u4e00-\u9fff])", text) \
                    and not any(n != k and len(n) >= 2 and n in name_cell(cells)[1] for c in self.table_of(chunk)
                                if c.id != chunk.id and (cells := row_cells(self.corpus.plain(c).text)) for n in q.nouns):
                continue  # 深圳的卧铺车: the row's «备注：卧铺», the thing said by its kind alone (not 索道往返票: the
                # 索道票 row is named, the 观光车票 one's «说明：往返» is that row's own)
            if (k in bare or (len(k) >= 3 and k in q.nouns)) and chunk.kind != "row" and self.names_sibling(k, kinds, around, piece, k in bare, q.text):
                return k  # 文三路站 for 火车站, 早班 for 中班
            # the corpus's own word for it by the dictionary (早饭: 早餐), not in the frame, while the piece
            # names a sibling of that word (午餐为两荤一素一汤 is no 早饭's, whatever e5 places near 早饭)
            own = [w for w in synonyms.glossed(k) if self.lexicon.known(w)]
            if own and not any(w in around for w in own) and any(  # (a word sharing a character with the asked
                    t[-1] == w[-1] and siblings(w, t) and not set(t) & set(k)  # one may be its own: 车站 for 站点,
                    for w in own for t in {*words, *_tokens(text)}):  # whatever sense of 网站 the dictionary gives it;
                return k  # the line's other clauses too: «7:30—12:30，含午餐» is no 早饭's)
            if abbreviated(k, around) or styled(k, around) or (chunk.kind != "row" and holds(k, around, self.lexicon)):
                continue  # (日本料理: the row of 日式料理)
            if exemption_said(k, around, q.text):
                continue  # 多高不用买票: «1.2米以下儿童免票», whatever 门票 beside it
            if chunk.kind == "row" and asked_column(text, k, [k]):
                continue  # 来回票: the row's 来回 column, no sibling of its 团体票
            if chunk.kind == "row" and self.names_record(k, chunk):
                continue  # 厨师: the row of 中式烹调师 (烹调 is the lexicon's word for it), not 西式面点师's
            if self.named_by_cell(k, chunk, q):
                continue  # 学生票: the 优惠票 row, whose 说明 says it is the students' ticket
            if chunk.kind == "row" and route_of_kind(k, self.corpus.plain(chunk).text):
                continue  # 夜班车: the row of 夜1路, the night route
            if chunk.kind == "row" and (near := self.cell_meaning(k, chunk, q.text)) and not said_across(near, k, q.text):
                return k  # 保安 asked: 接待 of 前台接待员 is near in meaning, the row another post's (not 公司 by the
                # 办公 of 办公室绿植租摆, where the question says 办公室 itself)
            if chunk.kind == "row" and typed and sp is not None and sp.start >= 0 and \
                    (header := column_of(text, sp.start)) and set(header) & set(k[:-1]) and not siblings(k, header):
                continue  # 一天租金: the value's own column is 日租价 (its 租), whatever 押金 another cell gives
            if chunk.kind == "row" and fee_named(k, text) and sp is not None and sp.start >= 0 \
                    and not re.search(r"备注|说明|注", column_of(text, sp.start) or ""):
                continue  # 中级驾驶证的培训费: the price cell of the row named 中级驾驶证培训, whatever 补考费 its note adds
            # an open question's clause holds many words: its sibling must be near in meaning too
            # (电费 for 网费; not 气象 for 对象, which only share a character)
            if any(t[-1] == k[-1] and siblings(k, t) and (typed or self.lexicon.related(k, t) >= MEANING_WEIGHT)
                   and not QUANTITY.match(t)  # 每月 says how often, no kind of 包月 (月租车位每月300元)
                   and not (extract.is_unit(t) and not extract.is_unit(k))  # 公里 is a unit, no kind of 家里
                   and not pointed_at(t, k, around)  # 本店: the 洗衣店 asked, the frame a 洗衣 one
                   and not (len(t) == 2 and t[0] not in k and _alone(t[0]).startswith("v")  # 取衣 (取衣時間): a deed
                            and not _alone(k[0]).startswith("v"))  # on the thing, no kind of it (大衣 asked; 涨价 is
                   # a deed too: 租价 is its sibling)
                   and not abbreviates(t, q)  # 接警 is the question's 接到报警, abbreviated
                   and not obtained(k, t)  # 买票: getting a ticket, no kind of 门票
                   and not (len(t) < len(k) and t[0] == k[0] and t[-1] == k[-1])  # 剪发: the 剪头发 asked, said short
                   and not _SAME_PRICE.search(piece)  # «长发、短发同价»: the kinds listed share the value
                   and not modifier_asked(k, t, q.text, piece)  # 末班车 of the 末班公交车 asked
                   and not every_of(t, k, piece)  # 每支团队: every team, the 舞蹈队 asked too
                   and not run_of(t, q.text)  # 末班船 is the last 渡船 of the day, no kind of boat
                   and not acted_on(k, t, around)  # 盖房 asked, «新建住房不超过3层»: the house built
                   and not obtained(k, t)  # 坐车去省城: riding the 班车, no kind of it
                   and not _PRICE_CHANGE.fullmatch(k)  # 涨价: a change of the 票价, no kind of it
                   and not (len(k) == 2 and k[0] in _RIDING and t[0] not in _RIDING)  # nor the 发车 of its column
                   and not (t in header_words and (self.record_says(k, chunk)  # 取镜 of a 取镜时间 column
                                                   or self.names_own_record(q, chunk)))  # 单位 of 计价单位 for 展位
                   # is no kind of 墨镜, where the row names the record 偏光太阳镜
                   for t in words):
                return k
            # the frame names the sibling the value belongs to (瑜伽课 asked; 私教课程's 每节按260元), unless
            # the sentence speaks of the thing at hand in the question's word (本机 for 机器, 净化器 the title's)
            frame_verbs = _verbs_of(around)
            if chunk.kind != "row" and not at_hand(k, text, place=True) and not measure_said_short(k, piece) \
                    and not apposed_said(k, q, piece) \
                    and not _PRICE_CHANGE.fullmatch(k) and any(
                                           t[-1] == k[-1] and siblings(k, t) and t not in q.text
                                           and (typed or self.lexicon.related(k, t) >= MEANING_WEIGHT)
                                           and not said_by_modifier(k, q.text, piece)  # 末班车 here, 首班车 beside it
                                           and t not in frame_verbs  # 上课 is a deed, no kind of 书法课
                                           and not every_of(t, k, around)  # 每支团队: every team, 舞蹈队 too
                                           and not run_of(t, q.text)  # 首班船: the day's first boat
                                           and not acted_on(k, t, around)  # 建房: «新建住房», the house built
                                           and not (k == "门票" and TICKET_KIND.fullmatch(t))  # 儿童票 is a 门票
                                           and not obtained(k, t)  # 买票 of «入园门票每人20元»
                                           and not conversed(k, t)  # 买票: the 售票 of «售票及退票改签», one sale
                                           and not (len(k) == 2 < len(t) and t in title and t[-1] in "场馆店园院室厅")
                                           # 球场: the 练习场 the document is of, by the asker's short general word
                                           # (a place: 红薯 is no short word for the title's 马铃薯)
                                           for t in _tokens(around) if len(t) >= 2 and not QUANTITY.match(t)):
                return k
        for mod, head in zip(q.nouns, q.nouns[1:]):  # 瑜伽 课 cut apart: the frame's 私教课 is a sibling
            if (mod + head in q.text and re.fullmatch(r"[\u4e00-\u9fff]{2,}", mod) and mod not in around
                    and not abbreviated(mod, around) and not styled(mod, around) and not self.names_row(mod + head, chunk)
                    and not (len(mod) >= 3 and mod.endswith("人") and mod[:-1] in around)  # 老年人 for 老年
                    and not extract.age_group_held(mod, text)  # 大人票: the 全票 row of 13岁以上
                    and not (RUN_ORDINAL.fullmatch(mod) and listed_runs(text))  # 末班船: the last of «07:30、…三班船»
                    and (kinds := [t for t in _tokens(around) if t.endswith(head) and len(t) > len(head) and mod not in t
                                   and not (t[:-len(head)] in _CONTACT and holds(mod, around, self.lexicon))])
                    and not any(one_word(mod, t[:-len(head)]) for t in kinds)):  # the frame's 儿童票 is the 小孩票
                return mod + head  # asked (小孩, 儿童: one word), whatever 成人票 beside it
        return None

    def label_of_other_item(self, q: Query, label: str, around: str) -> str | None:
        """The question's modifier of a thing whose head an item's label ends with, another modifier before it
        (摄影班上课地点在哪: «5. 太极拳班：…上课地点在学校东侧风雨操场»), where the corpus names an item by the
        question's own compound (6. 摄影班：…) and the line never says the modifier: the item is another's.
        None when none."""
        for n in range(len(label) - 1, 0, -1):
            tail, own = label[-n:], label[:-n]
            at = q.text.find(tail)
            if at <= 0 or own in q.text:
                continue
            asked = next((k for k in q.keywords if len(k) >= 2 and q.text[:at].endswith(k)), None)
            if asked and asked not in around and not abbreviated(asked, around) \
                    and self.corpus.says(asked + tail, simplified=True):
                return asked
            return None
        return None

    def unsaid_subject(self, q: Query, chunk: Chunk) -> str | None:
        """What a figure question measures (query.measured_subject: 押金 of 年卡押金多少钱), when the corpus
        says that word elsewhere but neither the sentence nor its frame holds it: the figure there is the
        price or count of another thing («温泉年卡每张6800元» is the card's price, the 押金 is said of 房间;
        the row of 大床房 has no 押金 column). None when none. A table row is framed by itself and its
        headings, not by the rows before it."""
        # what the price is of, where the question says it as «X价» (十次券学生价多少: 学生)
        w = q.subject or next((k for k in q.nouns if len(k) >= 2 and re.search(re.escape(k) + r"价(?![格钱值])", q.text)), None)
        if w is None and q.kind == "money":  # the sum paid for it: 住店押金要交多少 (a deed of paying before 多少)
            m = re.search(r"(?:要|得|需要|须|应)?(?:交|付|花|缴|缴纳)(?:多少|几)", q.text)
            w = next((k for k in q.nouns if len(k) >= 2 and m and q.text[:m.start()].endswith(k)), None)
        # a number's shape says a phone's (前台电话: «前台总机：0571-8765 4321», 售后电话: 热线)
        if q.intent != "figure" or q.kind == "phone" or not w or len(w) < 2 or not re.fullmatch(r"[\u4e00-\u9fff]+", w) \
                or not self.lexicon.known(w) or w in q.entities:
            return None
        plain = self.corpus.plain(chunk)
        around = (simplify(chunk.section + chunk.heading + chunk.title + self.corpus.section_heading(chunk)
                           + self.corpus.table_lead(chunk)) + plain.text
                  if chunk.kind == "row" else self.corpus.around(chunk))  # (the table's heading line in full:
        # «包廂計費（每間每小時）», whose bracket the section's name leaves out)
        per_first = (len(w) == 2 and "每" + w[0] in around) or whole_said(w, around)  # 床位 priced per 床 (每床新台币1,980元)
        per_first = per_first or (q.kind == "money" and sum_by_deed(w, plain.text))  # 奖金多少: «一次性奖励3万元»
        if w in around or abbreviated(w, around) or holds(w, around, self.lexicon) or per_first or parts_said(w, around) \
                or same_word_said(w, around) or ticket_said(w, around) or deed_on(w, plain.text) \
                or (w in HEAD_COUNTS and TAKEN_IN.search(plain.text)) \
                or (w in ("小时", "分钟") and extract.minutes_said(q.text) & extract.minutes_said(plain.text)) \
                or (chunk.kind == "row" and (asked_column(plain.text, w, [w]) or self.names_record(w, chunk)
                                             or self.named_by_cell(w, chunk, q) or self.kind_of_records(w, chunk, q)
                                             or short_form_names(w, name_cell(row_cells(plain.text))[1])
                                             or rent_priced(w, plain.text))) \
                or (q.kind == "money" and not re.search(r"[费钱价金租税款资]$", w) and any(
                    re.search(rf"{re.escape(d)}(?:[一二三四五六七八九\d]级|初级|中级|高级)?{re.escape(w)}", q.text)
                    and d in plain.text and not re.search(r"[助贴费金资款价租]$", d) for d in q.deeds)):  # (补助标准:
            # a sum's own word, no deed)
            return None  # (室外场地租金多少: a price list's row «价格：12元», the rent of what it lets; 考五级电工要多少钱:
            # «认定费含理论知识考试…：五级每人180元», the price of the deed done on it, said for every kind)
        return w  # (名额 held by «可接收180人», the intake in people; 一个小时 by «60分钟», the length asked)

    def unsaid_subkind(self, q: Query, chunk: Chunk) -> str | None:
        """The noun of the question that singles out a kind of the thing the sentence speaks of, where the
        sentence speaks of the thing in general and its frame never names that kind, while the corpus
        names it elsewhere (so treats it apart): 商铺装修押金 asked, «并缴纳装修押金3000元» said of every
        业主's 装修, and the corpus speaks of 商铺 in another sentence. None when none."""
        plain = self.corpus.plain(chunk)
        around = self.corpus.around(chunk)
        for i, x in enumerate(q.keywords):
            # the thing it modifies: the keywords right after it, as the sentence says them, ending in a noun
            # (装修押金); a deed after it (干部宣布, 老人主动到卡点) is what it does, not a thing it singles out
            run, thing = "", ""
            for y in q.keywords[i + 1:]:
                if x + run + y not in q.text or run + y not in plain.text:
                    break
                run += y
                thing = run if y in q.nouns and len(run) >= 2 else thing
            if (x in q.nouns and len(x) >= 2 and thing
                    and not re.search(_PIVOT + re.escape(x), q.text)  # 请师傅上门: who does the deed, no kind of it
                    and re.fullmatch(r"[\u4e00-\u9fff]+", x) and x not in q.entities and self.lexicon.known(x)
                    and x not in around and not abbreviated(x, around) and not whole_said(x, around)
                    and not any(o in around for o in synonyms.regional(x))  # 宝宝: «护理人员与婴儿比例»
                    and not extract.age_group_held(x, plain.text)  # 大人 of the «（12岁以上）» row
                    and not extract.each_said(x, plain.text)  # 每公斤: «运价（元/公斤）：0.80元/公斤»
                    and self.lexicon.weight_in(x, around, strict=True)[0] < MEANING_WEIGHT
                    and not self.lexicon.dictionary_word(x, around, neighbours=False)  # 草地营位: the 草皮 row
                    and not self.section_says(chunk, x) and not self.part_of_asked(chunk, x, thing, plain.text)):
                return x
        return None

    def part_of_asked(self, chunk: Chunk, whole: str, thing: str, text: str) -> bool:
        """Does the sentence single out `thing` by a part of `whole`, as its document says (景区停车场 asked,
        «山门停车场共有车位600个» said, and the document speaks of 景区山门: 山门 is the 景区's gate, so its
        停车场 is the 景区's)? The word before `thing` in `text` follows `whole` somewhere in the document."""
        at = text.find(thing)
        if at < 1:
            return False
        before = word_before(text, at)
        doc = self.corpus.document_text(chunk.doc)
        return len(before) >= 2 and (whole + before in doc or f"{whole}的{before}" in doc)

    def section_says(self, chunk: Chunk, word: str) -> bool:
        """Does another sentence of the chunk's own section say `word` (Simplified)? Then the section
        speaks of it throughout: 景区旺季几点开门 asked of «旺季…每天7:30—17:30开放», whose section also says
        «景区将临时关闭» — 景区 is what the whole guide is about, no kind the corpus treats apart (商铺 of
        装修押金 is said only under 物业费)."""
        if not (chunk.section or chunk.heading):
            return False  # a document without headings is one stretch of text: no section to read
        return any(word in self.corpus.plain(c).text for c in self.neighbours(
            chunk, lambda c: c.doc == chunk.doc and c.section == chunk.section and c.heading == chunk.heading))

    def neighbours(self, chunk: Chunk, same, span: int | None = None):
        """The chunks before `chunk` (nearest first), then those after it, as long as `same(c)` holds and
        at most `span` either side: its section (section_says), its paragraph (paragraph_names)."""
        for step in (-1, 1):
            i = chunk.id + step
            while 0 <= i < len(self.chunks) and (span is None or abs(i - chunk.id) <= span) and same(self.chunks[i]):
                yield self.chunks[i]
                i += step

    def heading_sibling(self, q: Query, chunk: Chunk) -> str | None:
        """The question's word that only the sentence's heading says, as one of the things the heading
        lists (车辆损坏与丢失), while the sentence itself names another of them and not the asked one: it
        speaks of that sibling (车子弄坏了要在多长时间内报告: «自行车丢失的，租车人应当在2小时内…报告»
        is the rule for a lost bike, 弄坏 holds only through the heading's 损坏). None when none."""
        plain = self.corpus.plain(chunk)
        own = self.section_sibling(q, chunk)
        if own:
            return own
        own_heading = (plain.heading or plain.section).split(" › ")[-1]  # its own heading, not the titles above it
        parts = [x for x in re.split(r"[与和及、/]", own_heading) if len(x) >= 2]
        if len(parts) < 2:
            return None
        text = plain.text
        # a table row's headers name its columns, no sibling it speaks of: the rows under 主题及票价 each
        # have a 主题 column and a price, and the heading lists the two
        said = "".join(value for _, value, _, _ in row_cells(text)) if chunk.kind == "row" else text
        for k in q.keywords:
            if len(k) < 2 or k in text:
                continue
            # the asked one of the listed things: the one that shares a character with the word and means it
            own = [x for x in parts if k in x or (set(k) & set(x) and self.lexicon.weight_in(k, x)[0] >= MEANING_WEIGHT)]
            if len(own) != 1:
                continue
            others = [x for x in parts if x is not own[0] and x not in _ATTRIBUTE_PARTS]  # (时间和线路: a route's
            # time is no sibling of the route, «省外疗休养每期5天（含路途时间）» is of 省外线路)
            weight, meant = self.lexicon.weight_in(k, text)  # held by meaning, unless by a sibling listed
            if weight >= MEANING_WEIGHT and not any(meant in x for x in others):  # (弄坏 near 丢失)
                continue
            if any(x in said for x in others):
                return k
        return None

    def parallel_sibling(self, q: Query, chunk: Chunk) -> str | None:
        """The question's noun that only a sentence before this one in its paragraph says, while this sentence
        names a sibling of it in the same words but for its opening (硕士论文 asked: «第九条 硕士学位论文聘请2名校外
        专家评阅；» then «博士学位论文聘请5名专家评阅»): parallel sentences, each of its own thing; the one before
        is no frame of this one. None when none."""
        if chunk.kind == "row":
            return None
        text = self.corpus.plain(chunk).text
        frame = simplify(chunk.section + chunk.heading + chunk.key + chunk.title)
        before = "".join(self.corpus.plain(c).text for c in self.chunks[max(0, chunk.id - 3):chunk.id]
                         if c.paragraph == chunk.paragraph)
        for k in q.nouns:  # a compound (硕士论文), whose modifier names one member (not 买票, a deed and its thing)
            if len(k) < 3 or k in text or k in frame or abbreviated(k, text) or abbreviated(k, frame):
                continue
            full = k if k in before else abbreviated(k, before)
            for p in range(1, len(full) - 1):  # the sibling differs in its first p characters only
                tail = full[p:]
                for m in re.finditer(re.escape(tail), text):
                    other = text[max(0, m.start() - p):m.start()] + tail
                    if len(other) == len(full) and other != full and re.fullmatch(r"[\u4e00-\u9fff]+", other[:p]) \
                            and other not in q.text and siblings(full, other):
                        return k
        return None

    def section_sibling(self, q: Query, chunk: Chunk) -> str | None:
        """The question's word that the sentence and its frame never say, while its section's name says a
        sibling of it and another section of the document is named by the word itself (丧事的香烟每包不超过
        多少钱: «香烟每包不超过20元» under 婚事新办, beside a section 丧事简办): the rule is the sibling's."""
        sec = simplify(chunk.section or "")
        if not sec or q.sections:
            return None
        around = self.corpus.around(chunk)
        for k in q.keywords:
            if len(k) < 2 or k in around or not any(t != k and t[-1] == k[-1] and siblings(k, t) for t in _tokens(sec)) \
                    or holds(k, around, self.lexicon):  # 建房 is held by 住房建设 (support.reversed_said)
                continue
            if any(k in simplify(n) for n in self.sections_of(chunk.doc) if n != chunk.section):
                return k
        return None

    def unqualified_in(self, q: Query, chunk: Chunk) -> list[str]:
        """The question's qualifiers the sentence and its frame lack (support.unqualified), less those a
        table row names as its record (names_record: 招厨师 in the row of 中餐烹饪师)."""
        around = self.corpus.around(chunk)
        lacking = unqualified(q, around, self.lexicon)
        text = self.corpus.plain(chunk).text
        lacking = [w for w in lacking if not modifier_said_shortened(w, around, q.text)  # 原来的线路: 原线路
                   and not (w in q.nouns and head_said_alike(w, q.text, around))  # 快递公司: «快递企业» (not 考核良好:
                   # «考核优秀», a grade)
                   and not self.defined_with(w, chunk, text, q.text)]  # 3号旅游航线（…至白鹭洲）
        if q.kind == "phone" and lacking:
            lacking = phone_qualifiers(q.text, text, lacking)
        if TAKEN_IN.search(text):  # 能收多少个孩子, 名额有多少: «可接收200人», a place's intake counted in people
            lacking = [w for w in lacking if not (w == q.counted and TAKEN_PEOPLE.fullmatch(w) or w in HEAD_COUNTS)]
        if "联系人" in lacking and _CONTACT_LINE.search(text):
            lacking.remove("联系人")  # 协会的联系人是谁: «社区志愿者协会：杨帆，电话139…», the person to call
        if q.intent == "person" and any(w.endswith(("负责人", "责任人")) for w in lacking) \
                and _heads_unit(text):  # 贷款科负责人是谁: «贷款科科长王晓梅», the head
            lacking = [w for w in lacking if not w.endswith(("负责人", "责任人"))]  # of the unit is the one in charge
        # a kind's head cut off (充电桩: 充电 桩) where the line says the kind's general name (充电设施): a rule of
        # every such thing holds for the kind (公用充电桩离外墙几米: «公用充电设施…距离不少于6米»)
        lacking = [w for w in lacking if not (len(w) == 1 and any(
            a + w in q.text and re.search(re.escape(a) + _GENERAL_HEAD, around) for a in q.keywords if len(a) >= 2))]
        lacking += [w for w in self.unknown_branches(q.keywords) if w not in lacking]  # never near in meaning
        # a name the corpus says whole that jieba cut in two (政务 服务中心), whose head this frame says with another
        # modifier before it (开锁换锁服务中心)
        lacking += [a + b for a, b in zip(q.keywords, q.keywords[1:]) if len(a) >= 2 and len(b) >= 2 and a + b in q.text
                    and _PLACE_OR_BODY.search(b)  # (a place or a body: 现场 报名 is a way of a deed, no name)
                    and a + b not in lacking and self.corpus.says(a + b) and a + b not in around and a not in around
                    and not abbreviated(a + b, around)  # 社保中心: «县社会保险事业管理中心», the body said in full
                    and any(re.search(rf"[\u4e00-\u9fff]{{2}}{re.escape(b)}", part) for part in (
                        text, simplify(chunk.title), simplify(chunk.section), simplify(chunk.heading)))]
        # an abbreviation names its record (全马: 全程马拉松), said in full or by its opening word
        lacking += [w for w in q.nouns if w not in lacking and w not in around and self.corpus.abbreviation(w)
                    and not abbreviated(w, around) and not self.corpus.short_said(w, around)]
        if lacking and not q.sections:  # a place the question names, said where its paragraph opens (paragraph_names:
            named = places_named(q.text)  # 青溪县位于…。…县里在城东兴建了第一座水电站 for 青溪县在城东兴建的…)
            lacking = [w for w in lacking if not (w in named and w in self.paragraph_names(chunk))]
        if q.intent == "yesno":  # 能用支付宝吗: «只收现金或者微信支付» rules on it
            lacking = [w for w in lacking if not other_ways_only(w, around)]
        # the labour asked (换个水龙头收多少工钱: 工费) is the fee of the work a line names («仅收安装费», 人工费, 工时费)
        lacking = [w for w in lacking if not extract.labour_said(w, around)]
        # a sum paid besides (备案费还要另外交吗) is asked of any line on that fee: «备案费已含» answers no
        lacking = [w for w in lacking if not (w in _BESIDES and re.search(r"费|钱|价|收|含", around))]
        # a target asked (机械化率目标是多少) is what a line plans or strives for («力争…达到60%»)
        lacking = [w for w in lacking if not (w in decide.PLAN_NOUNS and decide.PLAN_SAID.search(around))]
        # a fee paid (付学费) is any fee a line on paying speaks of («可使用现金…或银行卡缴费；使用信用卡刷卡的加收…»)
        lacking = [w for w in lacking if not (w.endswith("费") and re.search(rf"(?:付|交|缴|缴纳|支付){re.escape(w)}", q.text)
                                              and re.search(r"缴费|付款|支付|交费", around))]
        if lacking and (chosen := choices(q.text, q.keywords)):  # 按月拨还是按季度: the line says the one it is
            lacking = [w for w in lacking if not any(c in around for c in chosen.get(w, ()))]
        scene = self.scene_only(q, chunk)  # 锁舌卡住了关不上门，修一下多少钱: the 门 of the scene, which the row
        text_words = [k for k in q.keywords if k in text and scene(k)]  # of 修锁 tells by its 锁舌卡住
        return [w for w in lacking if not (chunk.kind == "row" and (
            (scene(w) and text_words) or self.names_record(w, chunk) or self.named_by_cell(w, chunk, q) or (w == q.counted and self.counts_by_column(q, chunk))
            or column_opened(w, self.corpus.plain(chunk).text)
            or short_form_names(w, name_cell(row_cells(self.corpus.plain(chunk).text))[1])
            or any(meant_column(w, head) for head, _, _, _ in row_cells(self.corpus.plain(chunk).text))))]

    def counts_by_column(self, q: Query, chunk: Chunk, sp: Span | None = None) -> bool:
        """Does a table row count the people asked in a column of its own (电工专业招多少名学员: 招生名额：
        50人)? The header is a head count (HEADCOUNT) whose modifier says the question's deed (招 of 招生)
        and that the lexicon holds for the counted noun (招生 for 学员; not for 老师; 接诊 is near 医生
        but 儿科有多少名医生 does not ask who is 接诊), its cell a number of people in the measure asked;
        the value `sp`, when given, stands in it. A bare 名额 the question asks in its own words
        (meant_columns: 收多少个孩子) counts the row's record's people, whoever they are."""
        if chunk.kind != "row" or not q.counted:
            return False
        meant = meant_columns(self.corpus.plain(chunk).text, q.text, q.keywords)
        for head, value, start, end in row_cells(self.corpus.plain(chunk).text):
            m = HEADCOUNT.fullmatch(head)
            unit = extract.unit_of(value)
            # a bare head count the question asks by its own words (少儿游泳课收多少个孩子: 名额：16人), the row
            # naming the record whose people it counts
            if (head in meant and re.fullmatch(r"名额|人数|限额", head) and (sp is None or start <= sp.start < end)
                    and PEOPLE_NOUN.search(q.counted)  # 几个孩子, not 几个家庭 (20人 counts no families)
                    and extract.unit_class(unit) == "person"  # 个 is any noun's classifier (多少个孩子: 16人)
                    and (q.measure in (None, "个") or extract.same_measure(unit, q.measure))):
                return True
            if (m and (sp is None or start <= sp.start < end) and extract.unit_class(unit) == "person"
                    and (q.measure is None or extract.same_measure(unit, q.measure))
                    and any(d in m.group(1) for d in q.deeds)
                    and self.lexicon.related(q.counted, m.group(1)) >= MEANING_WEIGHT):
                return True
        return False

    def column_unasked(self, q: Query, chunk: Chunk, around: str, sp: Span) -> str | None:
        """The noun of an open question that a table row and its frame never say while its document
        says it elsewhere, when no word of the question names the column the value stands in (西式面点师
        对学历有什么要求: the row's 3个月 is its 学制, the 报名条件 speak of 学历; 叉车工要有什么证: its
        港城区中心仓 is a 工作地点, the 任职条件 name the 证), or None: the row is the record asked, not
        what is asked of it. A noun the header holds by meaning names the column (地方 for 工作地点); one
        the document never says may be the asker's word for a column (哪个屋 for the 诊室)."""
        text = self.corpus.plain(chunk).text
        column = column_of(text, sp.start)
        if not column or column in asked_column(text, q.text, q.keywords):
            return None
        nouns = [n for n in dict.fromkeys([*([q.asked_noun] if q.asked_noun else []), *q.nouns]) if n]
        return next((n for n in nouns if (len(n) >= 2 or n == q.asked_noun) and n not in around
                     and n in self.corpus.document_text(chunk.doc)
                     and not abbreviated(n, around) and not self.names_record(n, chunk)
                     and self.lexicon.weight_in(n, column)[0] < MEANING_WEIGHT), None)

    def kind_said_elsewhere(self, q: Query, chunk: Chunk) -> bool:
        """Does an open question ask a kind of thing (什么学历, 哪些证件: query.asked_noun) that the candidate's
        line and its frame never name, in no form, while other lines of the same document do (叉车工要什么
        学历: «叉车工：持有效特种设备作业人员证», while «仓库主管：大专以上学历» says one)? That document tells
        the kind apart where it gives it: this line gives something else. Only of a line that is one item
        among parallel ones (a list item, a labelled line, a table row): a passage's sentence may leave
        the kind unsaid that its neighbours name (什么队伍: «…效力于曼联»)."""
        noun = q.asked_noun
        if q.intent != "entity" or not noun or len(noun) < 2 or noun in EMPTY_NOUNS or not re.fullmatch(r"[\u4e00-\u9fff]+", noun):
            return False
        text = self.corpus.plain(chunk).text
        label = _LABEL_OPENS.match(text)
        if not (chunk.kind == "row" or extract.LIST_MARK.match(text) or label):
            return False  # only an item among parallel ones (（三）叉车工：…, a table row) has siblings that tell kinds apart
        around = simplify(chunk.section + chunk.heading + chunk.title) + text  # the item alone, not its siblings
        if noun in around or abbreviated(noun, around) or noun not in self.corpus.document_text(chunk.doc):
            return False
        if extract.BODY_NOUN.fullmatch(noun) and extract.body_named(text, noun, q.text) is not None:
            return False  # 哪所学校: «6. 南苑小学（…）», a school by the kind its name ends in
        labels = [h for h, _, _, _ in row_cells(text)] if chunk.kind == "row" else \
            [label.group(0)[:-1]] if label else []
        if any(self.lexicon.related(noun, label[i:]) >= MEANING_WEIGHT for label in labels for i in range(len(label) - 1)):
            return False  # 由哪个部门牵头: «牵头单位：县农业农村局», its label names the kind in its own word
        return self.lexicon.weight_in(noun, around, strict=True)[0] < MEANING_WEIGHT

    def titled_elsewhere(self, q: Query, chunk: Chunk) -> list[str]:
        """The question's words that only other documents' titles say, and that the candidate's own
        document never says (培训中心有停车场吗 over «启航少儿培训中心暑期课程表» and a zoo's guide: the zoo's
        «南门停车场» is no training centre's): the question names that other document's subject."""
        titles = self.corpus.naming().titles
        if len(titles) < 2:
            return []
        own = titles.get(chunk.doc, "")
        return [k for k in q.keywords if len(k) >= 2 and k not in own
                and not (re.fullmatch(r"[\d.]+", k) and not re.fullmatch(r"(?:19|20)\d\d", k))  # 第20天: a number, no
                # subject (the 20 of a title's 2027年); a year asked stays one (2027年的校服限价: «…2028年…»)
                and (jieba.dt.FREQ.get(k) or 0) < COMMON_WORD  # 安全工作's 工作 names no «…工作情况汇报»
                and not (k in GENERIC_PRICE and q.kind == "money" and q.intent == "figure")  # 初级班收费多少: the price, whatever a
                # «…收费价目表» of another shop is titled
                and any(k in t and "关于" + k not in t for d, t in titles.items() if d != chunk.doc)  # (做好 of
                # «…关于做好…报名工作的通知» is the notice's errand, no subject)
                and k not in self.corpus.document_text(chunk.doc)
                and not common_synonym_in(k, self.corpus.around(chunk))  # 汇报论文: «报告论文…», no «…情况汇报»
                and not (q.intent == "yesno" and not _HOW_OR_HOW_MUCH.search(q.text)
                         and paying_said(k, self.corpus.plain(chunk).text))]  # 要收费吗, 收费 of
        # «…收费价目表»: «置物櫃免費使用» rules on it (怎么收费 is asked of what the title's list prices: not «…碎紙服務»)

    def names_record(self, word: str, chunk: Chunk) -> bool:
        """Does a cell of a table row name `word`, a word the corpus never uses, in other words, as no
        other row of its table does? The cell shares the word's head, and what it says before it the
        lexicon holds for the word at full weight (中式烹调 of 中式烹调师 for 厨师), while the same column of
        every other row says less (西式面点 of 西式面点师, 电工). 骨科 asked, 口腔科 given: 口腔 is no 骨科;
        a word the corpus uses (急诊科) is itself or nothing, never the 门诊科 near it in meaning."""
        if self.lexicon.known(word):
            return False
        rows = [row_cells(self.corpus.plain(c).text) for c in self.table_of(chunk)]
        for i, (_, value, _, _) in enumerate(row_cells(self.corpus.plain(chunk).text)):
            mod = record_modifier(value, word)
            if len(mod) < 2 or self.lexicon.related(word, mod) < 1.0:
                continue
            others = [r[i][1] for r in rows if len(r) > i and r[i][1] != value]
            if others and all(self.lexicon.related(word, record_modifier(o, word) or o) < 1.0 for o in others):
                return True
        return False

    def names_row(self, word: str, chunk: Chunk) -> bool:
        """Does a table row's name cell (name_cell: the one headed 名称, 项目…, else its first) name the record
        the question's word names with another generic suffix or none (书法课 for 书法入门班, 剪纸活动 for 亲子剪纸活动, 手机课 for 老年智能手机课: record_stem)?
        The stem must stand in the name cell itself, not in another cell (上课时间 is no 游泳课), and
        the cell must end in a generic suffix too, or open or end with the stem (剪纸, 瑜伽普拉提 for 瑜伽课),
        so that it names a record of the same kind."""
        stem = record_stem(word)
        cells = row_cells(self.corpus.plain(chunk).text) if chunk.kind == "row" and stem else []
        if not cells:
            return False
        name = name_cell(cells)[1]  # 课程名称 after 课程编号
        return stem in name and (bool(RECORD_SUFFIX.search(name)) or name.startswith(stem) or name.endswith(stem))

    @staticmethod
    def record_named(q: Query, chunk: Chunk) -> Span | None:
        """The name cell of a table row that the question finds by another of its cells and asks the name
        of (赵敏老师上的是哪门课, GX119是什么课: «课程名称：影视作品赏析» of the row whose 授课教师 is 赵敏, not
        its 课程编号): a column whose header is a name (名称, 名字) of the noun asked, when a keyword of the
        question is another cell of the row whole or in part and none is this one. None otherwise."""
        cells = row_cells(chunk.text)
        nouns = [n for n in dict.fromkeys([q.asked_noun, *q.nouns]) if n]
        for head, value, start, end in cells:
            if not re.search(r"名称|名字", head) or not any(n in head for n in nouns) or any(k in value for k in q.keywords):
                continue
            others = [v for h, v, _, _ in cells if h != head]
            if any(len(k) >= 2 and any(k in v for v in others) for k in q.keywords):
                return Span(value, start, end)
        return None

    @staticmethod
    def record_for_whom(q: Query, chunk: Chunk) -> Span | None:
        """The name of a table row's record, when the question asks what kind of it (什么票, 哪种票: its
        asked noun ends the name) for someone a cell of the row says it is for (适用对象, 说明: WHOM_CELL):
        学生坐船买什么票 → 半票 of «票種：半票 · … · 適用對象：…持學生證之學生». None otherwise. (`chunk`
        is in Simplified characters.)"""
        cells = row_cells(chunk.text)
        asked = q.asked_noun
        if len(cells) < 2 or not asked or not cells[0][1].strip().endswith(asked) or cells[0][1].strip() == asked:
            return None
        _, name, start, end = cells[0]
        if any(WHOM_CELL.search(head) and any(len(k) >= 2 and k not in name and k in value for k in q.keywords)
               for head, value, _, _ in cells[1:]):
            return Span(name, start, end)
        return None

    def named_by_cell(self, word: str, chunk: Chunk, q: Query | None = None) -> bool:
        """Does a table row stand for the record `word` names by another of its cells, the one that says
        whom it is for (适用对象, 说明, 备注)? The word ends as the row's name does (学生票 and 优惠票: 票),
        what it puts before that (学生) is said in such a cell («说明：全日制在校大学生及以下学生凭学生证购买»),
        and no row of the table has that in its name (a row named 学生票 would be the one asked), nor
        another word of the question `q` (索道往返票: the 索道票 row is named, not the 观光车票 whose 说明
        says 往返): 淡季学生票多少钱 asks the 优惠票 row's 淡季 price."""
        cells = row_cells(self.corpus.plain(chunk).text) if chunk.kind == "row" else []
        if len(cells) < 2 or len(word) < 3:
            return False
        name = cells[0][1].strip()
        n = len(os.path.commonprefix([word[::-1], name[::-1]]))
        mod = word[:len(word) - n]
        if not n or len(mod) < 2 or mod in name:
            return False
        if not any(WHOM_CELL.search(head) and mod in value for head, value, _, _ in cells[1:]):
            return False
        others = [row_cells(self.corpus.plain(c).text)[0][1] for c in self.table_of(chunk)
                  if c.id != chunk.id and row_cells(self.corpus.plain(c).text)]
        words = [mod] + [k for k in (q.keywords if q is not None else []) if len(k) >= 2 and k != word]
        return not any(w in other for w in words for other in others)

    def row_qualifier_unsaid(self, q: Query, chunk: Chunk) -> str | None:
        """The question's modifier of a row's name that the row never says while its name cell puts another
        modifier there (成人围棋班一期多少钱: the row is 少儿围棋班's, no 成人 anywhere in it; 成人跆拳道班 asked,
        青少年跆拳道班 given): the row is a sibling's of the record asked, or None. The name is the longest
        run of the name cell (two characters or more) the question says; the modifier the keyword right
        before it, no verb, said by the row in no form (itself, by meaning, without a last 人: 老年人 for 老年)."""
        cells = row_cells(self.corpus.plain(chunk).text) if chunk.kind == "row" else []
        if not cells:
            return None
        text, name = self.corpus.plain(chunk).text, name_cell(cells)[1]
        named = extract.age_groups_named(name)
        for k in q.keywords:  # 长者泡大众池假日多少钱: the row of 大众池儿童票 is the children's, whatever it says of 长者
            if named and extract.age_word(k) and not extract.age_groups_named(k) & named and k not in text \
                    and not extract.age_group_held(k, text):
                return k
        run = max((name[i:j] for i in range(len(name)) for j in range(i + 2, len(name) + 1) if name[i:j] in q.text),
                  key=len, default="")
        if not run or name.startswith(run):
            return None  # the question names the row whole, or the cell puts nothing before the name
        at = q.text.find(run)
        word = next((k for k in q.keywords if len(k) >= 2 and q.text[:at].endswith(k)), None)
        titled = simplify(chunk.title + chunk.heading + chunk.section)
        while word is not None and word in titled and word not in text:  # 苹果手机刷机: 手机 is the 手机维修价目表's,
            at -= len(word)  # every row's; the word before it (苹果) is the modifier asked
            word = next((k for k in q.keywords if len(k) >= 2 and q.text[:at].endswith(k)), None)
        if (word is None or word in q.verbs or word in text or (len(word) >= 3 and word[:-1] in text)
                or _HOW_MANY.fullmatch(word)  # 换一根灯管: how many, no kind (the 更换灯泡或灯管 row)
                or (re.fullmatch(r"[\d.]+|[一二两三四五六七八九十百千万]+", word)  # 500公里: a quantity the row's range
                    and not re.search(r"以[上下内外]", run) and extract.range_holds(q.text, text))  # holds (301公里以上),
                # no kind; not 30天 of the «21天长租» row, nor 65岁以上 of «（12岁以上）»
                or holds(word, text, self.lexicon) or style_said(word, name)
                or self.lexicon.dictionary_word(word, name, neighbours=False)):  # 草地营位: the 草皮营位 row
            return None  # 挂式空调 asked of the 挂机空调清洗 row: one kind
        return word

    def spec_sibling(self, q: Query, chunk: Chunk, sp: Span | None = None) -> str | None:
        """A size the question states as a bare number (1.67的树脂镜片, 2T的固态硬盘) that a row does not say,
        while a short cell of the row gives a number of the same shape (规格：折射率1.60, 1T: a decimal, or
        a number with letters): the row is another size's, or None. `sp`, the candidate's value when it was
        read, names the column left out (the value's own); it is read here when not."""
        if chunk.kind != "row":
            return None
        text = self.corpus.plain(chunk).text
        # a number that names a make or a size (1.67的, 16G的), not a quantity of the asker's case (3平方米, 60张)
        asked = [m.group(1) for m in _BARE_SIZE.finditer(q.text) if m.group(1) not in text]
        sized = [m for m in _UNIT_SIZE.finditer(q.text) if m.group(1) not in text]
        if not asked and not sized:
            return None
        sp = sp if sp is not None else self.span(q, chunk)
        column = column_of(text, sp.start) if sp is not None and sp.start >= 0 else ""
        for head, value, _, _ in row_cells(text):
            if head == column or len(value) > 12:
                continue
            shapes = {_size_shape(m.group(0)) for m in re.finditer(r"(?<![A-Za-z\d.])\d+(?:\.\d+)?[A-Za-z]*", value)}
            for n in asked:
                if _size_shape(n) in shapes:
                    return n
        # a size with its unit (2米的数据线) where a cell is just a size of that unit (规格：1米), no range of sizes
        for m in sized:
            if any(
                    (cell := re.fullmatch(r"\d+(?:\.\d+)?([\u4e00-\u9fffA-Za-z]+)", value.strip())) and cell.group(1) == m.group(2)
                    for head, value, _, _ in row_cells(text) if head != column):
                return m.group(1)
        return None

    def glued_name_sibling(self, q: Query, chunk: Chunk) -> str | None:
        """A name of three characters or more the question says that jieba cut into single characters (盐 酥 虾 of
        盐酥虾; `glued_names`), while the sentence names its last character, the head, with another modifier of two
        characters (胡椒虾, 柠檬虾): the sentence speaks of those kinds, not of the one asked. None when none. A head
        the sentence says inside a word (企 of 企业) is no head."""
        text = self.corpus.plain(chunk).text
        for name in self.glued_names(q):
            head = name[-1:]
            if any(m.group(1) != name[:-1][-2:] and not jieba.dt.FREQ.get(head + text[m.end():m.end() + 1])
                   for m in re.finditer(rf"([\u4e00-\u9fff]{{2}}){re.escape(head)}", text)):
                return name
        return None

    def glued_names(self, q: Query) -> tuple[str, ...]:
        """The names of three characters or more the question says that jieba cut into single characters, none a
        verb (盐酥虾), which the corpus never says; read once per question (kept by its text and keywords). A run
        that opens with the last character of a word before it (县 of 云岭县) is no name, nor one whose head is no
        noun or with a word of degree inside (路很远)."""
        key = (q.text, tuple(q.keywords))
        if key in self._glued:
            return self._glued[key]

        def single(k: str) -> bool:
            return len(k) == 1 and not _alone(k).startswith(("v", "m", "q", "p", "u", "d"))

        names: list[str] = []
        run: list[str] = []
        for i, k in enumerate([*q.keywords, ""]):
            if single(k) and ("".join(run) + k in q.text if run else not (i and q.keywords[i - 1] + k in q.text)):
                run.append(k)
                continue
            name = "".join(run)
            run = [k] if single(k) and not (i and q.keywords[i - 1] + k in q.text) else []
            if len(name) >= 3 and _alone(name[-1]).startswith("n") and not any(ch in _DEGREE_CHARS for ch in name) \
                    and not self.corpus.says(name, simplified=True):
                names.append(name)
        if len(self._glued) > 256:
            self._glued.clear()
        self._glued[key] = tuple(names)
        return self._glued[key]

    def name_sibling(self, q: Query, chunk: Chunk) -> str | None:
        """A code of the question (A3: letters, then a number) whose sibling a table row's name cell says instead
        (A3 asked, the row of A4黑白复印; B2 asked, the row of C1), where no cell of the row says the code itself
        (a note «A3复印每张0.6元» does), or where the question names the record by the code and a word of the
        name (增驾B2: not the row of A2牵引车增驾): the row is that member's. None when none."""
        text = self.corpus.plain(chunk).text
        cells = row_cells(text) if chunk.kind == "row" else []
        if not cells:
            return None
        name = name_cell(cells)[1]
        for k in q.keywords:
            code = re.fullmatch(r"([A-Za-z]+)(\d+)", k)
            if not code or re.search(rf"(?<![A-Za-z]){re.escape(k)}(?!\d)", text, re.I):
                continue
            other = re.search(rf"(?<![A-Za-z]){code.group(1)}(\d+)(?!\d)", name, re.I)
            if other and other.group(1) != code.group(2):
                return k
        # a code the question names its record by, beside a word of the row's name (增驾B2, B2增驾), while the
        # name says another code (A2牵引车增驾): the row is that one's, whatever other cell says the asked code
        # (适用对象：持B2驾照满2年)
        codes = {c.lower() for c in re.findall(r"(?<![A-Za-z])[A-Za-z]+\d+(?!\d)", name)}
        name_words = [w for w in jieba.lcut(name) if re.fullmatch(r"[\u4e00-\u9fff]{2,}", w)]
        for k in q.keywords:
            if codes and re.fullmatch(r"[A-Za-z]+\d+", k) and k.lower() not in codes and any(
                    re.search(rf"{re.escape(w)}\s*{re.escape(k)}|{re.escape(k)}\s*{re.escape(w)}", q.text, re.I)
                    for w in name_words):
                return k
        # the record named by the end of the row's name with another modifier before it (烘焙丙级证照班 asked, the
        # row of 中餐丙级证照班), the asked one a word the corpus says elsewhere and the row never
        for n in range(len(name) - 1, 2, -1):
            tail, own = name[-n:], name[:-n]
            at = q.text.find(tail)
            if at < 0 or not own or own in q.text or not re.fullmatch(r"[\u4e00-\u9fff]+", tail):
                continue
            asked = next((k for k in q.keywords if len(k) >= 2 and q.text[:at].endswith(k)
                          and not QUANTITY.search(k)), None)  # 试玩一次体验班: a count, no modifier of the name
            if asked and asked not in text and not abbreviated(asked, text) and self.corpus.says(asked, simplified=True) \
                    and asked not in self.corpus.around(chunk):  # 明湖 of the title «明湖体育中心…价目表»: the owner
                return asked
            break
        return None

    def other_row_word(self, q: Query, chunk: Chunk) -> str | None:
        """A noun of the question that a table row never says, in no form, while another row of its table
        does (跆拳道课的垫子谁提供: only the 瑜伽 row's 备注 says 垫子由中心提供; 书可以借多久 asked of a row whose
        reader type is another's): the asked thing is that row's, not this one's, or None. Not a word
        that names this row's record (names_row) or a column the question means (meant_column)."""
        if chunk.kind != "row":
            return None
        text = self.corpus.plain(chunk).text
        heads = [head for head, _, _, _ in row_cells(text)]
        named_whole = self.names_own_record(q, chunk) and not self.names_other_record(q, chunk)
        scene = self.scene_only(q, chunk)
        # its nouns, and a longer word jieba tags as a set phrase (重装系统: l), no verb of the question
        for k in dict.fromkeys([*q.nouns, *(k for k in q.keywords if len(k) >= 3 and k not in q.verbs)]):
            if re.search(rf"(?:还是|或者|或是){re.escape(k)}|{re.escape(k)}(?:还是|或者|或是)", q.text):
                continue  # 手动挡还是自动挡: one of the choices asked between, which the row need not say
            if (len(k) < 2 or k in q.verbs or k in text or not re.fullmatch(r"[\u4e00-\u9fff]+", k)
                    or self.names_row(k, chunk) or any(meant_column(k, h) for h in heads)
                    or (k == q.counted and self.counts_by_column(q, chunk))  # 收多少个孩子: 名额 counts them
                    or abbreviated(k, text) or holds(k, text, self.lexicon) or fee_named(k, text)
                    or said_jointly(k, q.text, q.keywords, text)  # 厨房卫生间: «厨卫铝扣板吊顶安装»
                    or shortened_head(k, q.text, text)  # 男士皮鞋: «钉后跟（男鞋）»
                    or short_form_names(k, name_cell(row_cells(text))[1])  # 照片: «毕业照/学信网图像采集»
                    or rent_priced(k, text)  # 租金: the row's 价格
                    or any(synonyms.same(k, t) for t in _tokens(text) if len(t) >= 2)  # 自行车 by 普通单车
                    or style_said(k, text)  # 挂式 by «挂机深度清洗»
                    or deed_on(k, text)  # 头发: the row of 漂发, a deed on hair
                    or (extract.age_word(k) and age_stated_held(q.text, text))  # 孩子12岁: «适用对象：8至14周岁»
                    or (self.frame_says(k, chunk)  # 配镜: the 验光配镜价目表's; 自行车: the 单车租借須知's,
                        and not self.names_other_record(q, chunk))):  # every row's, unless another row is named
                continue  # (配送费 of the row «品名：郊县配送 · 价格：35元», whatever row says 免配送费)
            if scene(k):
                continue  # 店铺卷帘门钥匙丢了，开锁多少钱: the 钥匙 lost, no 钥匙 row asked
            others = [self.corpus.plain(c).text for c in self.table_of(chunk) if c.id != chunk.id]
            if named_whole and any(k in _naming_cells(o) for o in others):
                continue  # 展位临时照明用电多少钱: the row named whole; 展位, a word other rows are named by (标准展位),
                # is where the power is used (雨棚营位离地多高: 离地, said in another row's note, is that row's)
            if any(k in o for o in others):
                return k
        return None

    def frame_says(self, word: str, chunk: Chunk) -> bool:
        """Does a table row's frame (its title, heading, section) say `word`, itself or by its other words
        (synonyms.REGIONAL: 单车 for 自行车)? The table is then all of that thing, each row one kind of it. The
        heading line over the table counts whole (小时 of «练琴室租用（每小时，港币）», whose section drops the bracket)."""
        frame = table_frame(chunk) + simplify(self.corpus.section_heading(chunk))
        return any(o in frame for o in (word, *synonyms.forms(word)))

    def names_own_record(self, q: Query, chunk: Chunk) -> bool:
        """Does the question name a table row by its whole name cell, of three characters or more (临时照明用电)?"""
        cells = row_cells(self.corpus.plain(chunk).text)
        return bool(cells) and len(name := name_cell(cells)[1]) >= 3 and name in q.text

    def other_rows_named(self, q: Query, chunk: Chunk) -> list[str]:
        """The name cells of the table's other rows that the question says whole (two characters at least)."""
        return [name for c in self.table_of(chunk) if c.id != chunk.id
                if (cells := row_cells(self.corpus.plain(c).text)) and len(name := name_cell(cells)[1]) >= 2
                and name in q.text]

    def names_other_record(self, q: Query, chunk: Chunk) -> bool:
        """Does the question name another row of the table by its whole name cell (酱油酿造DIY asked, the row
        of 黑豆面包烘焙 given)?"""
        return bool(self.other_rows_named(q, chunk))

    def record_of_another_row(self, q: Query, chunk: Chunk) -> bool:
        """Does the question name another row of the table by its whole name cell (升中面试班), one this row never says
        (not «备注：证件照不适用» of the 急件 row, nor the 大众池 of «大众池儿童票»), while it does not name this row?"""
        if self.names_own_record(q, chunk):
            return False
        text = self.corpus.plain(chunk).text
        scene = self.scene_only(q, chunk)
        return any(name not in text and not scene(name) for name in self.other_rows_named(q, chunk))

    def named_in_scene(self, q: Query, chunk: Chunk) -> bool:
        """Is a table row named whole only in the clauses that tell what happened (车锁钥匙丢了，开锁多少钱: the row
        «服务项目：车锁钥匙»), while the asking clause says a word this row never says and another row of its table
        does (开锁)? The asker's lost key sets the scene; the row asked is the other's."""
        scene = situation(q.text)
        cells = row_cells(self.corpus.plain(chunk).text) if scene else []
        if not cells:
            return False
        asking = q.text[len(scene):]
        name = name_cell(cells)[1]
        if len(name) < 2 or name not in scene or name in asking:
            return False
        text = self.corpus.plain(chunk).text
        others = [self.corpus.plain(c).text for c in self.table_of(chunk) if c.id != chunk.id]
        return any(len(k) >= 2 and k in asking and k not in scene and k not in text and any(k in o for o in others)
                   for k in q.keywords)

    def scene_only(self, q: Query, chunk: Chunk):
        """A test of a word the question says only in the clauses that tell what happened (query.situation), while
        its asking clause says a word of this row's name cell: 普通防盗门钥匙忘带了，请你们开锁要多少钱 asks the
        开锁 of the row «服务项目：普通防盗门开锁», and the row named 防盗门钥匙 only sets the scene. Never true
        when the question tells nothing that happened, or its asking clause names nothing of this row."""
        scene = situation(q.text)
        cells = row_cells(self.corpus.plain(chunk).text) if scene else []
        asking = q.text[len(scene):]
        if not cells or not any(k in asking and k in name_cell(cells)[1] for k in q.keywords):
            return lambda word: False
        return lambda word: word in scene and word not in asking

    def corpus_words_cut(self, q: Query, deeds_apart: bool = False) -> list[str]:
        """The corpus's words jieba cut in two in the question, a word and one character (月卡 as 月 卡, 实验服 as 实验 服);
        with `deeds_apart`, not where the character is a deed or a preposition (车间用工 is no word of 车间 用了)."""
        return [a + b for a, b in zip(q.keywords, q.keywords[1:])
                if min(len(a), len(b)) == 1 and a + b in q.text and self.corpus.says(a + b)
                and not (deeds_apart and any(len(w) == 1 and _alone(w)[:1] in ("v", "p") for w in (a, b)))]

    def parallel_part(self, q: Query, chunk: Chunk) -> str:
        """The section a line stands in when it is one of three or more parallel sections of its document,
        whose names end alike (体育中心充电站, 高铁站充电站, 图书馆充电站), and the question names none of
        them: each says its own (开放时间), and 充电站几点关门 asks of no one part. "" otherwise."""
        sec = chunk.section
        if q.sections or len(sec) < 3 or sec in q.text or sec[:-2] in q.text:
            return ""
        others = self.sections_of(chunk.doc) - {sec}
        return sec if sum(1 for n in others if n[-2:] == sec[-2:] and len(n) >= 3) >= 2 else ""

    def sections_of(self, doc) -> set[str]:
        """The section names of a document (read once for all)."""
        if self._sections_of is None:
            self._sections_of = {}
            for c in self.chunks:
                if c.section:
                    self._sections_of.setdefault(c.doc, set()).add(c.section)
        return self._sections_of.get(doc, set())

    def cell_meaning(self, word: str, chunk: Chunk, question: str = "") -> str:
        """The word by which alone a row holds `word`, a word the corpus never uses, when it only
        modifies the name of the row's record: an e5 neighbour (lexicon.near) inside a cell of no
        figure, not at its end (接待 of 前台接待员 for 保安: a post, no 接待; 运行噪音 names a 声音);
        no word the dictionaries give for it; not a part of a pair the `question` names the other half of (书本杂志
        for 旧书和杂志). "" when the row says the word itself, or no such cell."""
        text = self.corpus.plain(chunk).text
        if word in text or self.lexicon.known(word) or self.lexicon.dictionary_word(word, text):
            return ""
        if _alone(word) == "s":  # 家里的保险柜: where the asker's thing is, no kind of a record (家用)
            return ""
        if word[0] in "不没未无":  # 修不好: a deed that fails, no kind of a record (无法修复的 of the row's case)
            return ""
        # each of the things a cell lists is a name (大褛 of «大褸／羽絨» for 大衣)
        names = [v for _, value, _, _ in row_cells(text) if not extract.figures(value) for v in re.split(r"[/／]", value)]
        frame = table_frame(chunk)  # a word of the table's title is every row's
        return next((w for w, weight in self.lexicon.near(word) if weight >= MEANING_WEIGHT and not same_style(word, w)
                     and w not in frame  # (牙科 by the 口腔 of 皓白口腔门诊部's 口腔检查 row: the clinic's, no other post's)
                     and not (word == "自己" and w.startswith("自"))  # 自己采: the 自采 row, the asker doing it
                     and not joins_question_words(w, word, question)  # 男士皮鞋: «钉后跟（男鞋）», shortened
                     and not extract.ONE_UNIT.match(w)  # 试堂: «體驗班（一堂）», a quantity, no name of another record
                     and not any(re.search(rf"[{re.escape(word)}][\u4e00-\u9fff]?{re.escape(w)}", value)
                                 for value in names)  # 新楼: «新建房屋», the asker's 新 said before the cell's word
                     and any(w in value and not value.endswith(w)
                             and not re.search(rf"(?:和|与|跟|及|、|还有){re.escape(value.replace(w, ''))}", question)
                             for value in names)  # (书本杂志 for 旧书和杂志: a pair the question names both of)
                     and not any(value.endswith(w) for value in names)), "")  # (适用对象：沿街商铺 names 铺面's 商铺)

    def record_says(self, word: str, chunk: Chunk) -> bool:
        """Does a row's cell name `word` by a word the dictionary says is it, or a kind of it (偏光太阳镜 for
        墨镜: lexicon.kind_named)?"""
        return any(one_word(word, v) or kind_named(word, v)
                   for _, value, _, _ in row_cells(self.corpus.plain(chunk).text) for v in (value, *_tokens(value)))

    def kind_of_records(self, word: str, chunk: Chunk, q: Query) -> bool:
        """Is `word` the kind of record a table's rows are, which the question says right after this row's
        name (个人写真套餐: the row «项目：个人写真», in a sheet whose other rows are named …基础套餐, …豪华套餐)?
        A sum (押金, 加工费, 单价) is never a kind of record: a row's price is not its deposit."""
        if chunk.kind != "row" or _SUM_WORD.search(word):
            return False
        name = re.sub(r"[（(][^）)]*[）)]?", "", name_cell(row_cells(self.corpus.plain(chunk).text))[1]).strip()
        if len(name) < 2 or name + word not in q.text:
            return False
        return any(word in name_cell(cells)[1] for c in self.table_of(chunk) if c.id != chunk.id
                   and (cells := row_cells(self.corpus.plain(c).text)))

    def table_of(self, chunk: Chunk) -> list[Chunk]:
        """The rows of the table a row belongs to: the rows next to it in the document, with the same
        headers (itself included)."""
        heads = [h for h, _, _, _ in row_cells(chunk.text)]
        return self._rows_next_to(chunk, lambda c: [h for h, _, _, _ in row_cells(c.text)] == heads)

    def _rows_next_to(self, chunk: Chunk, alike) -> list[Chunk]:
        """The run of rows of the chunk's document around it (itself included) for which `alike` holds."""
        def same(i: int) -> bool:
            c = self.chunks[i]
            return c.kind == "row" and c.doc == chunk.doc and alike(c)

        start = end = chunk.id
        while start > 0 and same(start - 1):
            start -= 1
        while end + 1 < len(self.chunks) and same(end + 1):
            end += 1
        return self.chunks[start:end + 1]

    def value_of_sibling(self, q: Query, text: str, around: str, piece: str, sp: Span, words: list[str]) -> str | None:
        """The question's word whose sibling the value's own piece names, where the sentence or its frame
        shows which is which: the sentence says the asked word in another piece (周日只开放急诊 beside
        门诊挂号时间为…7:30: 急诊 asked); a figure stands right after the sibling (年休假5天 for 丧假, a
        word jieba tags as a verb); the measured noun is said only in the frame while another noun
        measures the figure (身高不足1.4米 beside 浅水区水深1.2米: 水深 asked). None when none."""
        for k in asked_forms(q.text, q.keywords):
            if not re.fullmatch(r"[\u4e00-\u9fff]{2,}", k) or QUANTITY.search(k) or k in piece or k[-1] in "前后":
                continue  # 提前几天: a time before another, no kind (乘车日前28天 is no sibling of 提前)
            if any(len(w) == 1 and k + w in q.text and k + w in text for w in q.keywords):
                continue  # 选果 of 选果厂 (jieba's 选果 厂), a name the line says whole: no kind of the 鲜果 it sorts
            toks = _tokens(text)
            if k in text and k not in toks and any(t.startswith(k) and len(t) > len(k) for t in toks):
                continue  # 高速上限速多少: the 高速公路 the text says, short; no kind of the 时速 it measures
            # a kind, not a deed (采血 for 抽血: jieba tags it a verb there), nor the question's own word
            # said short (首班车 of 首班公交车)
            full = abbreviated(k, piece)  # 村委会 said in full in the piece (村民委员会): its 委员会 is it, no sibling
            sibling = [t for t in words if t[-1] == k[-1] and siblings(k, t) and not abbreviated(k, t) and t not in full
                       and not (k[0] == "限" and len(k) == 2)  # 限速: the bound of the 时速 measured, no kind of it
                       and not fee_of_any(k, t)  # 收费多少: «学费每学期260元»
                       and not QUANTITY.match(t)  # 每户 says how much each gets, no kind of 低保户
                       and not re.fullmatch(r"按[日天月年周次]", t)  # 按日 (按日工钱2倍) says a rate, no kind of 节假日
                       and not (len(t) == 2 and t[0] in "单该本此")  # 单卡: each card, the 储值卡 at hand
                       and not pointed_at(t, k, around)  # 全园: the 幼儿园 asked, pointed at
                       and not abbreviated(t, q.text) and t not in _verbs_of(piece) and not modifies_next(t, piece)
                       and not _DEED_AT_PLACE.fullmatch(t)  # 入馆 (21:00停止入馆) enters the 博物馆 asked
                       and not co_listed(k, t, text)  # «低保户、特困户凭…可免费»: the value is of both
                       and not (t[:-1] in q.verbs or (len(t) == 2 and t[0] not in k and _alone(t[0]).startswith("v")))
                       # a deed on the thing, no kind of it: 比外省调的便宜多少 (调苗 of 虾苗), 敬老卡办好要等几天 (制卡)
                       and not only_inside_longer(t, piece, words)  # 理事 of 理事会 is no sibling of 婚事
                       and not in_firm_name(t, piece)  # 鲜果 of «塬鲜果业有限公司» is no sibling of 苹果
                       # a modifier of the question's own modifier of the word (岗位 of «岗位实习期间» for 实习单位最多能换几次)
                       and not any(t + w in piece and w + k in q.text for w in q.keywords if w != k and len(w) >= 2)]
            if sibling and k in text and decide.typed(q) and k not in q.deeds:  # an open question's clause is
                return k  # one piece of many; 急诊 said in another piece of the sentence (开学 beside 复学 is a deed)
            if decide.typed(q) and k in text and k not in q.deeds and sp.start > 0 \
                    and listed_sibling_labels(k, text, words, sp.start):
                return k  # «损坏车筐、车铃等配件的，…车筐30元»: 车铃 asked, the figure is the 车筐's
            if q.intent == "figure" and q.kind not in ("clock", "phone") and k in q.nouns and k in q.text \
                    and k not in around and not abbreviated(k, around) and self.unnamed_label(k, text, sp):
                return k  # 车座 asked: «车筐30元，车锁50元» price two named parts, neither the one asked
            before = COMPARED.sub("", text[:sp.start])
            if k[:1] in _RIDING and re.search(rf"(?:{'|'.join(_RIDING)})[\u4e00-\u9fff]{{0,4}}{re.escape(k[-1])}$", before):
                continue  # 坐船 asked: «搭乘交通船约25分钟» rides one, no sibling of riding
            if q.intent == "figure" and k in q.verbs and k not in around and any(before.endswith(t) for t in sibling) \
                    and not any(f in around for f in members.DEEDS_WRITTEN.get(k, ())):  # 开车: «驾驶机动车超过4小时»
                return k  # 年休假5天 for 丧假
        w = q.subject
        if w in q.entities and not q.counted and any(d + w[-1] in text for d in "全本该"):
            w = None  # 石溪县一共有几条河: the county, pointed at (全县共有大小河流48条), owns what is counted
        if (q.intent == "figure" and w and len(w) >= 2 and w in around and w not in text and sp.start >= 0
                and extract.figures(sp.text)):  # (半价 measures nothing: «学生凭学生证半价» under the exhibition's line)
            before = COMPARED.sub("", text[:sp.start])
            other = next((t for t, flag in keyword_tags(before[-6:]) if len(t) >= 2 and before.endswith(t)
                          and flag[:1] in ("n", "v")), None)  # 身高 (jieba: v), not 当中 (当中超过650头)
            measured = q.counted or w  # what is counted (专任老师 of 幼儿园有多少个专任老师), else the subject
            # (a rate, 每学期 of «学费每学期260元», says how often it is paid, not what: no other thing measured;
            # a fee for something, 学费, is one of the 收费 asked)
            # (a thing counted is the other's kin by its own cosine: the corpus's 厕所 is e5's neighbour of 游泳池)
            if other and other not in q.text and re.fullmatch(r"[\u4e00-\u9fff]+", other) \
                    and not _SUM_DEED.fullmatch(other) and not other.startswith("每") and other not in _TALLIES \
                    and not fee_of_any(measured, other) \
                    and not re.search(rf"(?:多少|几)个?{re.escape(other[-1])}", q.text) \
                    and ((self.lexicon.related(measured, other) if q.counted else self.lexicon.weight_in(measured, other)[0])
                         < MEANING_WEIGHT  # (几个班: 教学班15个 counts them)
                         or other.endswith(measured) and other[:-len(measured)] not in q.text):
                return measured  # 身高 measures the figure, 水深 is asked; 公共厕所12座, 游泳池 is asked; 优秀员工20名
                # counts a kind of the 员工 asked
        return None

    def unnamed_label(self, word: str, text: str, sp: Span) -> bool:
        """Does the sentence give two values or more each right after its own short label (车筐30元，车锁50元),
        the value taken among them, under a label that is no form of the asked `word` (itself, its short or
        long form, the dictionary's word for it)? A neighbour in meaning is no label's name: in a corpus of
        few words e5's nearest word to 车座 is 车筐."""
        labels = {m.end(1): m.group(1) for m in _LABELLED_VALUE.finditer(text)}
        if len(labels) < 2 or not all(_one_noun(w) and not extract.is_time_word(w) for w in labels.values()):
            return False  # not «设置卡点21个,…劝阻人员2860人»: clauses that say deeds, no parts named
        label = labels.get(sp.start)
        return label is not None and word not in label and not abbreviated(word, label) \
            and not abbreviated(label, word) and not one_word(word, label) and not synonyms.same(word, label) \
            and label not in synonyms.glossed(word)

    def names_sibling(self, word: str, words: list[str], around: str, piece: str, bare: bool = False,
                      question: str = "") -> bool:
        """Do the piece's `words` name a sibling of `word` itself (文三路站 for 火车站, 早班 for 中班)?
        That outweighs a neighbour in meaning elsewhere in the frame (地铁 for 火车站) or characters
        scattered in order (中心实行两班 for 中班); not the word's own long form (心血管内科 for 心内科)
        nor the neighbour that says it (电动车 for 电瓶车: when the corpus's word for it has the same
        head and stands in the piece, the piece speaks of it). A `bare` word (中班: one character
        singles out the kind) has no same-head synonym: 早班 is never 中班."""
        weight, meant = self.lexicon.weight_in(word, around)
        if not bare and weight >= MEANING_WEIGHT and meant[-1:] == word[-1:] and any(meant in t for t in words):
            return False
        if not bare and word[:-1] in piece:  # 地铁站 asked, 地铁2号线文三路站 given: a 站 of the asked kind
            return False
        if not bare and len(word) >= 3 and len(abbreviated(word, piece)) > len(word):
            return False  # 村支书 said in full (各村党支部书记签订了…责任书): 责任书 beside it is no sibling of it
        return any(t[-1] == word[-1] and siblings(word, t) and not abbreviated(word, t)
                   and not (meant and (meant in t or t in meant))
                   and not modifier_asked(word, t, question, piece) for t in words)  # 末班车 of 末班公交车

    def topic_clause(self, chunk: Chunk, piece: str) -> str:
        """The clause right before a value's piece when it closes with 的, naming whom or what the piece is of
        (获得“志愿服务标兵”称号的，一次性奖励5000元); "" when none."""
        text = self.corpus.plain(chunk).text
        at = text.find(piece)
        m = _TOPIC_CLAUSE.search(text[:at]) if at > 0 else None
        return m.group(1) if m else ""

    def sibling_named(self, q: Query, chunk: Chunk, piece: str) -> bool:
        """Does the value's piece name what is measured with another modifier than the question's
        (投诉电话 asked, 咨询电话 given)? The question's keyword right before the measured noun must
        then be in the sentence's frame itself, abbreviated, or by a neighbour opening as it does."""
        around = self.corpus.around(chunk)
        measured = [q.counted] if q.counted else [q.subject] if q.subject else []  # (洗衣店有几台洗衣机: the
        # machines are measured, the shop owns them)
        names = [k for k in q.keywords if k not in q.verbs and re.fullmatch(r"[\u4e00-\u9fff]{2,}", k)
                 and not extract.is_time_word(k) and not QUANTITY.search(k)  # 平时下午: no kind of 下午; 一份 no kind of anything
                 and not extract.limit_word(k)  # 铺子最短要租多久: 最短 asks a limit, no thing a modifier singles out
                 and not _PRICE_CHANGE.fullmatch(k)]  # 车票涨价涨多少: a change of the price, no kind of price
        deeds_asked = _verbs_of(q.text)  # 影响 (jieba: vn) of 会影响滤网: a deed done to 滤网, no kind of it
        for noun in dict.fromkeys([*measured, *names]):
            mod = next((k for k in q.keywords if k != noun and len(k) >= 2 and k + noun in q.text
                        and not QUANTITY.search(k) and not extract.is_time_word(k) and k not in ADDING_WORDS
                        and not (len(k) == 2 and k[0] == "全")  # 全年计划: the whole year's, no kind (年度计划)
                        and k not in MODALS  # 几点可以进场: 可以 singles out no kind of 进场
                        and not _DIRECTION.fullmatch(k)  # 带出去散步: a direction, no kind of 散步 (户外散步)
                        and k[-1] not in "不没未"  # 算不合格: jieba's 算不 negates 合格, no kind of it
                        and _alone(k) != "d"  # 擅自拆除: how it is done, no kind of the deed
                        and (noun in measured or (k in names and k not in deeds_asked)
                             or (k in deeds_asked and is_attribute(noun)))),
                       None)  # 一个月伙食费: a quantity, no modifier; 居民医保: a noun naming one kind of 医保;
            # 播种费用: an attribute (费用, 时间) of a deed is singled out by it (收割费用 is another deed's)
            if mod is None:
                continue
            at = piece.find(noun)
            if at < 0 and (full := abbreviated(noun, piece)) and full[-1] == noun[-1] and mod in around:
                at = piece.find(full)  # 花鸟市场物业费: «物业管理费» says the noun in full, the frame the market
            if at < 0 and noun not in measured and noun not in q.nouns:
                continue  # 小孩免费: 免费 (jieba: vn) is what they get, no noun a modifier singles out
            if at < 0 and mod.endswith(ORGANISATION_ENDS) and mod in around:
                continue  # 养老院早饭: the home the frame is of owns the meal (早餐7:00), no kind of it
            if at < 0:  # the piece says the noun in other words (堵卡点 for 检查点, 户籍 for 户口): a meaning is looser than
                said = self.said([noun], piece)[0]  # a word, so the asked modifier must be in the piece itself
                holder = self.corpus.plain(chunk).text if chunk.kind == "row" else piece  # a row's cells name one record
                holder = self.topic_clause(chunk, piece) + holder  # «获得“志愿服务标兵”称号的，一次性奖励5000元»
                if noun not in measured:  # a word beside what is measured (户口 of 外地户口的学费): its modifier
                    holder = around  # is missed only when the frame never says it (红石村 of 红石村耕地面积)
                if said != noun and said in piece and mod not in holder and not abbreviated(mod, piece) \
                        and not extract.holiday_said(mod, holder) \
                        and not (extract.age_word(mod) and extract.range_holds(q.text, holder)) \
                        and self.lexicon.kin_in(mod, holder) < MEANING_WEIGHT:  # 团队 said 团体 (票价八五折); 65岁的老人
                    # said by the band of ages that holds 65 («60—69周岁»: the asker's case, no kind of 老人)
                    return True  # 体温检查点 asked: «村级设置堵卡点43个» counts no 体温 one
                continue
            if at < 1 or not re.match(r"[\u4e00-\u9fff]", piece[at - 1]):
                continue
            before = word_before(piece, at)
            if before == "的":
                continue  # «相当于3个月租金的押金»: a phrase with 的 describes the thing, it names no other kind of it
            if q.kind == "phone" and piece[:at].endswith(_CONTACT):
                continue  # 老板电话 asked: «负责人：王丽娟，联系电话：…», a number for any purpose
            if q.kind == "phone" and mod in _LANDLINE_WORDS and _LANDLINE.search(piece):
                continue  # 座机电话 asked: «店里电话0577-66832105», a number with an area code is one
            if before and (mod in synonyms.glossed(before) or before in synonyms.glossed(mod) or before in synonyms.forms(mod)):
                continue  # 吃饭补贴 asked, 每餐补贴 given: 餐 is the dictionary's word for 吃饭, no sibling of it
            if before and mod in deeds_asked and q.kind != "phone" and self.lexicon.related(mod, before) >= MEANING_WEIGHT:
                continue  # 割麦费用 asked, 收割费用 given: the asker's word for the same deed (a phone's label is whose)
            if self.part_of_asked(chunk, mod, noun, piece):
                continue  # 景区停车场 asked, 山门停车场 given: the document says 景区山门, 山门 is a part of the 景区
            if head_said_shortened(mod, piece[:at], q.text):
                continue  # 室内泳池水温 asked, «室内池水温» said: the asker's 室内泳池 by its head, 室内 said too
            # the corpus's word for it must open as it does (lexicon.kin_in): e5 places 咨询 beside 投诉; a number's
            # own label decides whose it is (报名电话 asked: not «投诉电话：…», whatever 报名热线 the line before says)
            frame = piece if q.kind == "phone" and mod in deeds_asked and KEY_VALUE.match(piece) else around  # (a
            # place or body that owns the number, 游泳池电话, is the frame's: «服务电话：…» under its heading)
            if not (mod in frame or abbreviated(mod, frame) or self.lexicon.reordered(mod, frame)  # 外省: 省外
                    or said_jointly(mod, q.text, q.keywords, frame)  # 冬天春天饲草: «冬春季节饲草缺口约30%»
                    or any(f in frame for f in synonyms.forms(mod))  # 打车起步价: the 出租汽车 of the rules (SPOKEN)
                    or self.lexicon.kin_in(mod, frame) >= MEANING_WEIGHT or extract.holiday_said(mod, frame)  # 过年期间:
                    # «春節期間»
                    or self.lexicon.dictionary_word(mod, frame)  # 吃饭补贴 by 就餐 (a synonym, no sibling)
                    or (len(mod) == 2 and mod[1] in "里内上" and mod[0] in frame)):  # 村里收蛋: «在各村收蛋点收蛋»,
                return True  # the place said bare, no kind of the deed
        return False

    def same_deed(self, verb: str, text: str, piece: str) -> bool:
        """Does a value belong to the question's deed (a count of those who 发烧)? The piece around the
        value says the verb, one sharing a character with it (关灯 for 熄灯), a synonym (闭馆 for 关门)
        or a verb related in meaning (结束 for 下课), and not its opposite (开园 for 关门: deeds.opposed);
        or, when the piece says neither, the text says the verb itself, or so where the piece says no deed
        at all (桥梁上下游各100米范围内 under «下列区域为禁止垂钓区» for 多少米以内不能钓鱼)."""
        score = deeds.SAME if verb in piece else deeds.word_score(verb, piece, _tokens(piece), self._related_in(piece))
        return score > 0 or (score == 0 and (verb in text or (not _verbs_of(piece) and deeds.word_score(
            verb, text, _tokens(text), self._related_in(text)) > 0)))

    def _related_in(self, piece: str):
        """The lexicon's relation of a question word to a word of `piece` that the corpus uses and that
        is a verb there (jieba's tags in the piece: 停车 of 停车位 is none); 0 for any other word, so
        that no piece of a sentence is ever embedded."""
        def related(a: str, b: str) -> float:
            if not self.lexicon.known(b) or b not in _verbs_of(piece):
                return 0.0
            return self.lexicon.related(a, b)
        return related

    def deed_said(self, q: Query, chunk: Chunk) -> bool:
        """Does the sentence or what frames it (Answerer.around) speak of the asked deed at all
        (deeds.said)? Only deed words of two characters or more that the corpus uses count (设了多少:
        设 is in 设置 and 建设 alike; 节有 is jieba's cut of 丰收节有, no word)."""
        words = [w for w in q.deeds if len(w) >= 2 and self.lexicon.known(w)
                 and not (w in _SCOPE_DEEDS and q.measure)  # 涉及多少户: «…共1850户» counts what it takes in
                 and not (w in _LEVEL_DEEDS and q.measure)  # 要达到多少度: «不低于18℃» sets the level reached
                 and not re.search(r"被(?:人|别人|城管|警察)?" + re.escape(w), q.text)]  # 私自挖马路被抓到罚多少: the
        # asker caught in the deed (被抓到, 被查到), which a rule on the offence never says
        text = self.corpus.around(chunk)
        if not words:
            return True
        if all(w in text or any(f in text for f in synonyms.forms(w)) for w in words):
            return True  # (打车 by the 出租汽车 of the rules' title: synonyms.SPOKEN)
        return deeds.said(words, text, _tokens(text), self._related_in(text))

    def item_of_another_deed(self, q: Query, chunk: Chunk) -> bool:
        """Does a table row's item name a service by a deed (挂式空调新机安装) that is no form of the deed the question
        asks (洗), while another row's item says that deed of the thing asked (挂机深度清洗)? A price list of services
        prices each deed apart (冰箱清洗要多久: not the 保修6个月 of 冰箱更换温控器). Not a deed of paying, renting or
        booking (收, 租, 办理), which every row shares."""
        asked = [w for w in q.deeds if w in q.verbs and w[0] not in _DEALING]
        own = self.corpus.plain(chunk).text  # a row that says the deed in any cell prices it (备注：更换新琴码加收60元)
        cells = row_cells(own)
        if not asked or not cells:
            return False
        item = name_cell(cells)[1]
        verbs = [t.word for t in _posseg().lcut(item) if t.flag.startswith("v") and len(t.word) >= 2]
        if not verbs or any(self.lexicon.related(k, v) >= MEANING_WEIGHT or synonyms.same(k, v)
                            for k in q.deeds if len(k) >= 2 for v in verbs):
            return False  # (安居装修改水管: 修改 says the 改造 of «给水管改造»)
        things = [n for n in q.nouns if len(n) >= 2]
        for o in self.table_of(chunk):  # another row that does the asked deed to the thing asked (挂机深度清洗 of 空调)
            other = self.corpus.plain(o).text
            if o.id == chunk.id or not (c := row_cells(other)):
                continue
            rival = name_cell(c)[1]
            if any(w not in own and w in rival for w in asked) and any(
                    n in other or style_said(n, other) for n in things):
                return True
        return False

    def deeds_said(self, q: Query, text: str) -> tuple[str, ...]:
        """The words with which a sentence says the deed a 谁 asks the doer of (q.acts: 买 said by 购买,
        批准 by 审批, 搞消毒 by 消毒): the act itself, or a word sharing a character with it or its
        synonym (deeds.word_score) that the lexicon relates to it (提出 is no 出生; a relation alone is
        too loose: 照顾 for 捐献). None when the sentence leaves an act unsaid, and extract.doers then
        takes only whom 由 hands a duty."""
        words = _tokens(text)
        said = [[t for t in words if a in t or (deeds.word_score(a, t, [t]) >= deeds.SHARED
                                                 and (synonyms.same(a, t) or self.lexicon.related(a, t) > 0))
                 or (a in _PAYS and t in _PAID_AS)]  # 体检费谁出: «体检费用由考生自理»
                for a in q.acts]
        if not said or not all(said):
            return ()
        return tuple(dict.fromkeys(t for ts in said for t in ts))

    def deed_scores(self, q: Query, piece: str) -> list[float]:
        """How far a value's piece of a sentence says each of the question's deed words (deeds.word_score;
        meaning is lent only by the piece's verbs)."""
        if all(w in piece or departure_said(w, piece) for w in q.deeds):
            return [deeds.SAME] * len(q.deeds)
        return deeds.deed_scores(list(q.deeds), piece, _tokens(piece), self._related_in(piece), q.text)

    def by_deed(self, q: Query, text: str, spans: list[Span], mode: str = "fits") -> list[Span]:
        """The values of a sentence that belong to the asked deed, by the deed scores of their pieces:
        "fits", those scoring best that say it (deeds.fits: every deed word in some form, or set
        against a value of the opposite deed); "best", those scoring best unless that is the opposite;
        "not_opposed", all whose piece does not say the opposite deed."""
        if not q.deeds or not spans:
            return spans
        pieces = [self.framing_piece(text, sp) for sp in spans]
        per = counter_opposed(q.deeds, pieces, [self.deed_scores(q, p) for p in pieces], q.text)
        # a range (开放时间7:00—22:00, 康熙年间至乾隆年间) holds a deed and its opposite: its ends answer either
        ranges = extract.ranged(text, spans)
        per = [[max(0.0, x) for x in p] if r else p for p, r in zip(per, ranges)]
        totals = [sum(p) for p in per]
        if mode == "not_opposed":
            return [spans[i] for i in deeds.not_opposed(totals)]
        keep = deeds.by_deed(totals)
        if mode == "fits":
            keep = [i for i in keep if deeds.fits(per[i], [p for j, p in enumerate(per) if j != i]
                                                  + ([[-1.0] * len(per[i])] if ranges[i] else []))]
        return [spans[i] for i in keep]

    @staticmethod
    def clause_of_case(q: Query, text: str) -> str | None:
        """The one clause of a yes or no's sentence, or of an open question's, whose range holds the quantity
        the question states of its case (住15公里远能来接吗: «超过10公里恕不接送», not «5公里内单程…150元»; 用水超过15吨
        咋算钱: «超过15吨的部分每吨加收1元»); None otherwise."""
        if q.intent not in ("yesno", "clause"):
            return None
        held = extract.clauses_holding(q.text, text)
        if not held:  # a bound the question states (超过15吨) that one clause states as it does
            cases = [m.group()[:n] for m in _STATED_BOUND.finditer(q.text) for n in (len(m.group()), len(m.group()) - 1)]
            held = [c for c in split_clauses(text) if any(b in c for b in cases)]  # 超过15吨 of 超过15吨咋
        if not held and q.intent == "yesno":  # 我56岁了还能当司机吗: «年龄不超过55周岁», the clause whose range leaves
            units = set(extract.bounds(q.text, point=True))  # the case out, where it is the only clause counting in
            counting = [c for c in split_clauses(text)  # that unit (not «活动日5天前取消…，3天内取消订金不退»)
                        if any(extract.bound_unit(extract.unit_of(f.text)) in units for f in extract.figures(extract.arabic(c)))]
            held = [c for c in counting if extract.range_excludes(q.text, c)] if len(counting) == 1 else []
        return held[0].rstrip("。；;，,") if len(held) == 1 else None

    def clause_meant(self, q: Query, text: str) -> str | None:
        """The one clause of an open question's sentence that says, in the corpus's word for it, the people
        the question asks of, which the sentence never names as asked (外国人入住要带什么证件: «外籍旅客须出示护照», not the
        «入住时须出示身分证件» before it), when the other clauses do not; None otherwise."""
        if q.intent != "entity":
            return None
        clauses = split_clauses(text)
        if len(clauses) < 2:
            return None
        for n in q.nouns:  # the people a rule is for (外国人 for 外籍旅客), not the topic of every clause (夜车: 列车)
            if len(n) < 2 or n in text or not PEOPLE_NOUN.search(n):
                continue
            meant = [c for c in clauses if self.lexicon.weight_in(n, c)[0] >= MEANING_WEIGHT]
            if len(meant) == 1:
                return meant[0].rstrip("。；;，,")
        return None

    @staticmethod
    def names_other_kind(q: Query, piece: str) -> bool:
        """Does a piece name, in a word the question does not say, another kind of a thing the question
        names (伴娘化妆 for 新娘化妆: lexicon.siblings)?"""
        words = [k for k in q.keywords if len(k) >= 2 and re.search(r"[\u4e00-\u9fff]", k)  # 300 and B4 name no kind,
                 and k not in q.verbs  # a deed none (没电 is no kind of the 供电 of «应急供电开启只收80元»)
                 and not extract.HALF_UNIT_ASKED.fullmatch(k)]  # a quantity none (半小时: no kind of 计时)
        return any(t not in q.text and any(t[-1] == k[-1] and siblings(k, t)  # (200, 0.4 beside them)
                                           and not (len(k) == 2 and k[0] + t in piece)  # 变深色 is a 变色, 深色 inserted
                                           for k in words)
                   for t in _tokens(piece) if len(t) >= 2 and not QUANTITY.match(t))  # 每人 counts, names no kind

    def deed_fits(self, q: Query, text: str, sp: Span) -> bool:
        """Does the value `sp` of the (simplified) sentence `text` belong to the asked deed (by_deed)?"""
        values = (extract.clock_times(text) if q.kind == "clock" else extract.dates(text) if q.intent == "date"
                  else extract.figures(text))
        sp = next((v for v in values if v.start <= sp.start and sp.end <= v.end), sp)  # 22:00 of 6:00至晚上22:00: the whole range
        if not any(v.start == sp.start for v in values):
            values = [*values, sp]
        return any(v.start == sp.start for v in self.by_deed(q, text, values, "fits"))

    def deed_in_stop(self, q: Query, after: str) -> bool:
        """Does the stop said after a time (停止入馆, 截止报名) stop a deed the question asks (进 by 入:
        synonyms.deed_forms)?"""
        rest = _STOPS_AFTER.sub("", after, count=1)
        return any(f in rest for d in q.deeds for f in synonyms.deed_forms(d))

    def end_of(self, q: Query, text: str, values: list[Span]) -> int | None:
        """The end of the sentence's ranges the question asks: q.end where its words say one (几点结束),
        else the end its deed closes or opens (几点关门: 22:00 of 开放时间6:00至晚上22:00, query.deed_end);
        the start where a range's own piece says the deed (几点收: 7:30 of 收运时间7:30至8:30, the 收 itself)."""
        if q.end is not None:
            return q.end
        if any(d in deeds.NEGATION_WORDS or d[:1] == "不" for d in q.deeds):
            return None  # 星期几不开门: the day it is closed (每周二闭馆), no end of the opening hours
        end = deed_end(q.deeds)
        if end is not None and any(r and max(self.deed_scores(q, self.piece(text, v))) >= deeds.SHARED
                                   for v, r in zip(values, extract.ranged(text, values))):
            return 0
        return end

    def contrasted(self, q: Query, text: str, values: list[Span]) -> list[Span]:
        """The dates or times whose piece names a word of the question, where the sentence sets a sibling
        of that word beside them (秋季班申请截止日为6月15日，春季班申请截止日为11月30日: 11月30日 for 春季班);
        all of them where it sets none. (support.opposed passes a sentence that says the asked word
        anywhere.) Not figures: a sentence's figures count different things, and the noun that names one
        (2处体温监测点 beside 堵卡点43个) need not be what is asked (干部量几回: 测量体温2次)."""
        if len(values) < 2:
            return values
        values = self.family_contrasted(q, text, values)
        pieces = [self.piece(text, v) for v in values]
        for w in dict.fromkeys((*q.qualifiers, *q.nouns)):
            if len(w) < 2 or w not in text or not re.fullmatch(r"[\u4e00-\u9fff]+", w):
                continue
            said = [i for i, p in enumerate(pieces) if w in p]
            other = re.compile(rf"[\u4e00-\u9fff]{{{len(w) - 1}}}{re.escape(w[-1])}")
            if said and len(said) < len(values) and any(
                    w not in p and any(siblings(w, m.group()) and m.start() in word_starts(p) for m in other.finditer(p))
                    for p in pieces):  # (a word of the piece: 储备库 has no sibling in 停止入库, whose 止 ends 停止)
                values, pieces = [values[i] for i in said], [pieces[i] for i in said]
        return values

    def family_contrasted(self, q: Query, text: str, values: list[Span]) -> list[Span]:
        """The values whose piece names the member of a family of words the question asks (秋天: the piece of 秋季,
        not of 春季 beside it; 亚军: «亚军各3000元», not the «冠军奖金各5000元» before it), where another piece names
        another member; all of them where none does."""
        pieces = [self.piece(text, v) for v in values]
        for family in WORD_FAMILIES:
            for g, group in enumerate(family):
                if any(w in q.keywords for w in group):
                    said = [i for i, p in enumerate(pieces) if any(w in p for w in group)]
                    others = [w for h, grp in enumerate(family) if h != g for w in grp]
                    if said and len(said) < len(values) and any(w in p for p in pieces for w in others):
                        values, pieces = [values[i] for i in said], [pieces[i] for i in said]
        return values

    def deed_in(self, deed: str, piece: str) -> bool:
        """Does `piece` say the deed, itself, by a word of the lexicon for it, or, for a deed of one
        character, by one the thesaurus calls the same (进 by the 入 of 入场)?"""
        if deed in piece:
            return True
        if len(deed) == 1:
            return any(ch != deed and synonyms.same(deed, ch) for ch in set(piece) if "\u4e00" <= ch <= "\u9fff")
        return self.lexicon.weight_in(deed, piece)[0] >= MEANING_WEIGHT

    def deed_ceases(self, q: Query, text: str, times: list[Span]) -> list[Span]:
        """For a question of a negated deed (几点就不供应了, 几点以后不让进), the times whose piece says the
        deed stops (21:00停止入场), else the ends of the ranges of `times` whose piece says the deed itself
        (17:00至18:30供应晚餐: 18:30); those in the part of the day the question names first (晚上: not
        13:00 of 11:00至13:00); none for a deed not negated."""
        done = deeds.unnegated(q.deeds)
        if not done or done == q.deeds:
            return []
        stops = [t for t in times if deeds.ceasing(piece := self.framing_piece(text, t))
                 and all(self.deed_in(d, piece) for d in done)]  # 几点以后不让进: 21:00停止入场, the stopping said
        if stops:
            return [t for t in stops if extract.in_day_part(t.text, q.text)]
        said = [t for t, r in zip(times, extract.ranged(text, times)) if r]
        ends = extract.range_ends(text, self.by_deed(replace(q, deeds=done), text, said, "fits"), 1)
        return [e for e in ends if extract.in_day_part(e.text, q.text)]

    def _typed_value(self, q: Query, chunk: Chunk) -> Span | None:
        text = chunk.text
        kws = self.said(q.keywords, text, question=q.text)
        noun = self.said([q.counted], text)[0] if q.counted else None
        if noun != q.counted and q.measure not in (None, "个") and self.lexicon.weight_in(q.counted, text)[0] < GLOSS_WEIGHT:
            # only the noun itself lets a figure of another classifier answer (102幅 for 条横幅), or the word the
            # dictionaries give for it (多少条被子: 送去棉被300床; a neighbour in meaning only, 标语 for 横幅, does not)
            noun = None
        if q.kind == "phone" and q.intent in ("figure", "entity", "clause"):
            return extract.best_phone(text, kws, q.text)
        if q.kind == "code" and q.intent in ("figure", "entity", "clause") and extract.codes(text):
            return extract.nearest(extract.codes(text), text, kws)  # 编号为多少: L5, not the 5 of it
        if q.kind == "web":  # 网址是多少: the web or e-mail address the sentence writes, or none here
            return extract.nearest(extract.web_addresses(text), text, kws)
        if q.kind == "route":  # 去灵隐寺坐几路车: the route the sentence names (旅游1路), or none here
            return extract.nearest(extract.routes(text), text, kws)
        if q.intent == "figure" and (place := extract.ORDINAL_ASKED.search(q.text)) \
                and (ranks := extract.ranks_of(text, place.group(1))):  # 第几作者: «以第一作者…», a rank
            return extract.nearest(ranks, text, kws)
        if q.kind == "clock":  # 几点关门: among the sentence's times, that of 闭园, not of 开园
            if (any(synonyms.hours_deed(k) for k in q.keywords) or not extract.clock_times(text)) \
                    and (always := synonyms.ROUND_THE_CLOCK.search(text)):  # 几点关门: «24小时营业», it never does;
                return Span(always.group(), always.start(), always.end())  # 自助机几点能用: «自助签注机24小时开放»
            times = extract.clock_times(text)
            column = in_asked_column(q, chunk, times)
            column = [t for t in column if self.in_asked_part(q, text, t)] or column  # 晚上几点开始供应: 17:00
            column = self.contrasted(q, text, column)  # 周六开放时间为9:00…，周日为10:00…: the day asked
            run = run_asked(q.text)  # 末班船几点: the time of «末班船：晚上19:00», not of «首班船：早上6:30开船»
            if run is not None:
                column = [t for t in column if run.search(clause_before(text, t.start))] or column
            elif not asks_of_runs(q.text):  # 最晚几点还能进园: not «211路末班车延长至23:00», a bus's last run
                column = [t for t in column if not RUN_ORDINAL.search(clause_before(text, t.start))]
            months = extract.months_asked(q.text)
            if months and chunk.kind != "row":  # 冬天几点关门: the time of «11月至次年3月每天7:00至19:00开放»,
                said = [(t, extract.months_said(self.piece(text, t))) for t in column]  # not of 4月至10月
                if any(m for _, m in said):
                    column = [t for t, m in said if months <= m]
            days = extract.weekdays(q.text)
            if days and chunk.kind != "row":  # 周末开到几点: the time whose piece names those days (周末…延长至23:00),
                column = [t for t in column if days & extract.weekdays(self.piece(text, t))] or column  # not 工作日's
            column = extract.listed(text, column)  # 上午10时、下午2时各有1场导览: both, one deed's
            # a row's column the question names is the deed's own (首班 of 周末第一班船几点开: its 6:30 is 开's)
            # one time alone in a sentence that says every noun of the question is taken unless its piece says the
            # opposite deed, as one date is below: the deed is said in other words (白沙乡垃圾每天几点前要拉走: «每天早上
            # 6点前完成全乡垃圾收运»); not where a noun is unsaid (游泳池晚上几点关门: a car park's 晚上22:00以后禁止…进入)
            around = self.corpus.around(chunk)  # (关门 held by the hours a note keeps: «营业时间为每天8:00至21:00；
            unsaid = [n for n in q.nouns if len(n) >= 2 and not holds(n, around, self.lexicon)  # 母亲节当天延长至23:00»)
                      and not synonyms.hours_said(n, around, kept=True)]
            alone = len(column) == 1 and not unsaid
            # so is the one time of a sentence whose whole says the deed, wherever the deed stands, the deed's own
            # noun said in other words (比赛那天几点开始封路: «比赛当天清晨4:30起，…实施交通管制»)
            alone = alone or (len(times) == 1 and bool(q.deeds) and all(n in q.deeds for n in unsaid)
                              and deeds.fits(self.deed_scores(q, text), []))
            found = self.by_deed(q, text, column, "not_opposed" if len(column) < len(times) or alone else "fits")
            if any(re.fullmatch(synonyms.CLOSING, k) for k in q.keywords) and not any(
                    re.search(synonyms.CLOSING, self.framing_piece(text, t)) for t in found):
                # 几点关门: where no time is said to close, the time work stops (储备库每天6:30开秤，18:30停止入库)
                found = [t for t in column if _STOPS_AFTER.match(text, t.end)] or found
            ceased = self.deed_ceases(q, text, column)  # 晚上几点就不供应了: the end of 17:00至18:30供应晚餐
            if ceased and not any(deeds.ceasing(self.framing_piece(text, t)) for t in found):
                return extract.nearest(ceased, text, kws)
            if re.search(r"最[晚迟]", q.text) and q.deeds:  # 最晚几点能进: «16:00停止入馆», the time the deed stops,
                found = [t for t in column if _STOPS_AFTER.match(text, t.end)  # not the hours 9:00至17:00开放
                         and self.deed_in_stop(q, text[t.end:t.end + 8])] or found
            if re.search(r"几点(?:钟)?(?:之|以)?前", q.text):  # 几点前要拔营: the deadline (隔天中午12时前), not 入营's hours
                before = [t for t in found if _BEFORE.match(text, t.end)] or [t for t in column if _BEFORE.match(text, t.end)]
                if not before:  # 夜游几点前要进去: 21:30停止入场, not the opening 19:00
                    stops = [t for t in column if _STOPS_AFTER.match(text, t.end)]
                    before = self.by_deed(q, text, stops, "best") or stops
                found = before or found
            end = self.end_of(q, text, found)
            if end == 0 and q.deeds:  # 几点开始能租船: 8:00 of 8:00至18:00, not the 17:30 after which «不能租船»
                barred = [t for t in column if barred_after(text, t, q.deeds)]
                if barred:
                    found = [t for t in found if t not in barred] or [t for t in column if t not in barred] or found
            if end is not None:  # 几点开始: the start of 6:00至隔日0:00
                found = extract.range_ends(text, found, end)
            side = extract.limit_asked(q.text) if re.search(r"最[晚迟早]", q.text) else 0
            if side:  # 最晚可以拖到几点退房: «…最晚延至下午2时», not 退房时间为上午11时 (its piece says no 退房)
                limited = [t for t in column if extract.limit_at(text, t, side)]
                found = [t for t in found if t in limited] or limited or found
            got = extract.nearest(found, text, kws)
            if got is not None and run is not None and run_asked_last(q.text) is not None:
                got = listed_end(text, got, run_asked_last(q.text))  # 最晚一班船: 15:30 of «09:00、13:00、15:30三个航班»
            return got
        if q.intent == "figure":  # a figure of the opposite deed (上车 for 下车) is none
            amounts = extract.asked_amounts(q.text)  # 充1000块送多少: a sum paid as the condition

            def keep(figs: list[Span]) -> list[Span]:  # 多少钱一片: 单价199元, not 两片装358元
                if chunk.kind == "row":  # a numbered sheet's 序号 is the row's place, no value of it (皮衣做保养要多少: not 17)
                    figs = [f for f in figs if not SERIAL_COLUMN.fullmatch(column_of(text, f.start).strip())]
                if chunk.kind == "row" and q.kind == "duration" and _VALIDITY_ASKED.search(q.text):
                    figs = [f for f in figs if _VALIDITY_COLUMN.search(column_of(text, f.start))] or figs  # 套票可以用幾耐:
                    # the 有效期 cell, not the «20次小童2小時» of its 內容 (first: whatever other kind its cell names)
                for asked, said in _CHANGES:  # 比上一年贵了多少: the rise («比2028年度提高20元»), not the fee itself
                    if asked.search(q.text):
                        figs = [f for f in figs if said.search(text[max(0, f.start - 6):f.start])] or figs
                if (q.kind == "duration" or extract.unit_class(q.measure or "") == "time") and members.interval_asked(q.text):
                    # 1号航线多久发一班: «每20分钟一班», not the «航行约12分钟» before it (and first: the
                    # «发车间隔：30分钟» cell names 发车, which no other kind's word may take from it)
                    figs = [f for f in figs if members.interval_said(text, f.start, f.end,
                            column_of(text, f.start) if chunk.kind == "row" else "")] or figs
                if chunk.kind == "row":  # 新娘化妆多少钱: the row's 价格 1200元, not its note's «伴娘化妆每人200元»
                    figs = [f for f in figs if not self.names_other_kind(q, self.piece(text, f))] or figs
                if chunk.kind == "row" and not _SURCHARGE_ASKED.search(q.text) and (cells := row_cells(text)):
                    name = name_cell(cells)[1]  # 平顶石膏板吊顶一平米多少: the 单价 85元/㎡, not the note's «双层石膏板
                    figs = [f for f in figs if not (  # 加收20元/㎡», a surcharge for a case the question does not name
                        _SURCHARGE_SAID.search(text[max(0, f.start - 4):f.start])
                        and not any(len(k) >= 2 and k in self.piece(text, f) and k not in name for k in q.keywords))] or figs
                for w, negated in asked_polarity(q):  # 还没挂果的一棵给多少: «未挂果的每株80元», not «挂果期每株260元»
                    sides = [said_negated(w, self.piece(text, f)) for f in figs]
                    if negated or any(sides):  # (a word no piece negates leaves the figures as they are)
                        figs = [f for f, side in zip(figs, sides) if side is negated] or figs
                if re.search(r"打算|计划|准备", q.text) and any(decide.PLAN_SAID.search(self.piece(text, f)) for f in figs):
                    # 老油茶林打算几年改完: «计划用3年时间…», not the 40年 of «树龄超过40年的老油茶林», which says what they are
                    figs = [f for f in figs if text[f.end:f.end + 1] != "的"] or figs
                if q.kind == "duration" and not re.search(r"提前|提早|早到|预先|事先", q.text):  # 冰箱清洗要多久: not
                    # «须提前4小时断电», a notice given ahead
                    figs = [f for f in figs if not text[:f.start].endswith("提前")]
                if parts := extract.day_parts(q.text):  # 晚上…比例多少: «夜间为1:5», not the «白天为1:4» before it
                    figs = [f for f in figs if extract.day_parts(self.piece(text, f)) & parts] or figs
                if q.kind == "duration":  # 坐船到淡水要多久: «航程約10分鐘», not the «約每15分鐘一班» before it
                    figs = [f for f in figs if not members.interval_given(q.text, text, f.start, f.end,
                            column_of(text, f.start) if chunk.kind == "row" else "")] or figs
                if chunk.kind == "row" and q.kind == "duration":  # 在外面多久能变色: «室外约30秒变深色», not the
                    figs = [f for f in figs if any(len(k) >= 2 and k in self.piece(text, f) for k in q.keywords)] or figs
                    # 取镜时间 column's 3天: a length of time is of the deed its own piece says
                # 住3公里外接送一趟多少钱: the clause whose range holds the case (5公里内…150元), not 5至10公里's
                if not extract.range_before_all(q.text, text, figs):  # (a range the sentence
                    figs = [f for f in figs if extract.range_holds(q.text, self.piece(text, f))] or figs  # sets before
                    # all its figures holds for each: «儿童票（身高1.2米至1.4米）平日60元，周末及节假日75元»)
                # 85岁: «80周岁以上每人800元», not the «70周岁以上…500元» tier below it, which holds 85 too
                figs = [f for f in figs if not extract.tier_superseded(q.text, self.piece(text, f), text)] or figs
                prop = _PROPERTY_ASKED.search(q.text)  # 防火通道有多宽: «路面宽4米», not the road's 28公里
                if prop:
                    figs = [f for f in figs if prop.group(1) in self.piece(text, f)] or figs
                figs = [f for f in figs if self.rate_said(q, text, self.piece(text, f))] or figs
                # 多少亩以上才能补: «不少于200亩», not the «最高不超过1500亩» of the same sentence (fits_asked's side); a
                # limit asked (最长能贷几年) is left to fits_asked, whose side no case's bound (5年及以下为2.35%) takes
                if extract.direction(q.text) and not extract.limit_asked(q.text):
                    figs = [f for f in figs if extract.same_side(q.text, self.piece(text, f), text)] or figs
                if q.kind is None and q.measure is None:  # 平均一亩能产多少: «平均亩产2.3吨», not the 15个 of 15个乡镇
                    per = [k for k in q.keywords if (m := extract.ONE_UNIT.match(k)) and not m.group(2)]
                    head = text[:min(f.start for f in figs)] if figs else ""  # (said before every figure, it is theirs:
                    per = [k for k in per if not extract.per_unit_said(k, head)]  # «每年…不低于1000元、不超过20000元»)
                    figs = [f for f in figs if any(extract.per_unit_said(k, self.piece(text, f))
                                                   or re.search(re.escape(k[-1]) + r"[产均]", self.piece(text, f)) for k in per)] or figs
                whom = [k for k in q.keywords if extract.age_word(k)]  # 老人家坐渡轮多少钱: «半票新臺幣20元（…65歲以上長者）»,
                if whom and chunk.kind != "row" and not (figs and all(  # (said before all the figures, it is theirs:
                        holds(k, text[:min(f.start for f in figs)], self.lexicon) for k in whom)):  # «儿童票（…）平日60元，周末75元»)
                    figs = [f for f in figs if all(holds(k, self.piece(text, f), self.lexicon) for k in whom)] or figs
                if amounts:  # what follows 1000元 in its clause
                    money = [f for f in extract.figures(text) if extract.money_amount(f.text) is not None]
                    paid = [f for f in money if extract.amount_holds(f, text, amounts)]
                    if paid:
                        figs = [f for f in figs if f.start >= paid[0].end  # (or in the clause after a condition
                                and (not re.search(r"[，,；;。]", text[paid[0].end:f.start])  # it ends: «超过3万元的，
                                     or re.fullmatch(r"[^，,；;。]*的[，,][^，,；;。]*", text[paid[0].end:f.start]))]  # 给予…2000元»)
                    elif len(money) >= 2:  # tiers of other sums (充值500元送50元): none for the sum asked
                        figs = []
                if q.kind == "money" and chunk.kind == "row" and not _SURCHARGE_ASKED.search(q.text):
                    # 长款羽绒服干洗多少钱: the 价格 cell, not the surcharge a 备注 cell adds (白色羽绒服加收10元)
                    figs = [f for f in figs if not _SURCHARGE_SAID.search(self.piece(text, f))] or figs
                elif q.kind == "money" and chunk.kind == "row":  # 胶装要加多少钱: «超过200页每本加收3元», not 价格：8元
                    surcharges = [f for f in figs if _SURCHARGE_SAID.search(self.piece(text, f))]
                    if surcharges:  # whatever price column the question's 多少钱 means
                        return self.by_deed(q, text, surcharges, "not_opposed")
                    more = re.search(_ONE_MORE, q.text)
                    if more and not (more.group(1) and "每" + more.group(1) in Answerer.unit_cells(text)):
                        return None  # 情侣写真多修一张多少钱: a row with no sum for one more, its price is the whole's
                        # (not a row priced by the one asked: 多要一份副本, «计费单位：每份 · 收费标准：20元»)
                asked_case = []
                if chunk.kind == "row" and q.kind == "money":  # A3黑白打印多少钱: the 价格 cell, not «双面每张1.5元»
                    # 大件送上楼多少钱: the note's price of the case named, «大件（20公斤以上）每件5元», not the 每件2元
                    scene = situation(q.text)  # (电池没电了打不开: the deeds of the scene name the case too)
                    case_words = tuple(k for k in q.keywords if k not in q.verbs or (len(k) >= 2 and k in scene))
                    asked_case = [f for f in figs if note_of_asked_case(case_words, text, f)] or [
                        f for f in figs if not note_of_other_case(q.text, text, f)]
                    figs = asked_case or figs
                if _THRESHOLD_ASKED.search(q.text):  # 满多少桌免场地费: «满30桌免…», not the hall's «可摆8桌»
                    figs = [f for f in figs if _THRESHOLD_BEFORE.search(text[max(0, f.start - 6):f.start])
                            or _THRESHOLD_AFTER.match(text, f.end)
                            or re.search(r"(?:以上|起)$", f.text)]  # 要满多少岁: «65周岁以上», the bound in the figure
                figs = extract.compared_as_asked(q.text, text, figs)  # 得分低于多少分: «得分低于70分的»
                if q.kind == "money" and chunk.kind == "row":  # 日卡幾錢一天: the 标准价 cell, not the 学生价 beside it
                    figs = [f for f in figs if not ((m := _GROUP_PRICE_COLUMN.search(column_of(text, f.start)))
                                                    and m.group(0) not in q.text)] or figs
                if q.kind == "money":  # 单日票到现场买多少钱: «现场价480元», not «预售价380元» before it
                    figs = self.price_labelled_as_asked(q.text, text, figs)
                    if payer := _PAYER_ASKED.search(q.text):  # 签约费医保出多少: «其中医保基金支付70元», the payer's part
                        names = ("个人", "自己", "本人") if payer.group(1) in ("个人", "自己", "本人") else (payer.group(1),)
                        figs = [f for f in figs if any(n in self.piece(text, f) for n in names)] or figs
                days = extract.weekdays(q.text)  # 周六住一晚多少钱: the 假日 price, not the 平日 one beside it
                if days:
                    figs = [f for f in figs if days & extract.weekdays(self.piece(text, f))] or figs
                figs = self.family_contrasted(q, text, figs)  # 亚军奖金: «…冠军奖金各5000元、亚军各3000元»
                if chunk.kind != "row":  # 鸟类区的铺面多少钱一平: «花卉区…85元，鸟类区和观赏鱼区为…95元»: 95元
                    figs = self.named_clause(q, text, figs)
                if _TOTAL_ASKED.search(q.text) and not per_units(q.text):  # 一共请了多少个保洁员: 全镇共聘用保洁员
                    figs = [f for f in figs if not per_units(self.piece(text, f))] or figs  # 96名, not 每个村…3名
                    # 民宿现在一共多少家: «使民宿总数达到47家», not the «今年新建…22家» added to it (of the thing asked:
                    # 河长, no 河流); else the figure a total word leads that sums the others of its unit («报名费250元，
                    # 驾照费200元，合计450元», «笔试共40题，含是非题20题及选择题20题»)
                    figs = [f for f in figs if _TOTAL_SAID.search(piece := self.piece(text, f))
                            and any(k in piece for k in q.keywords if len(k) >= 2)] \
                        or [f for f in figs if (_TOTAL_BEFORE.search(text[:f.start]) or f.text.startswith("共"))
                            and sum_of_parts(f, figs)] or figs
                if chunk.kind != "row":  # a row is one record: its cells name it (专业：西式面点师 · 学费：5800元)
                    figs = [f for f in figs if not self.abbreviation_elsewhere(q, text, self.piece(text, f))] or figs
                    figs = whole_before_part(q, text, figs, self.piece)
                found = self.by_deed(q, text, in_asked_column(q, chunk, figs), "not_opposed")
                if asked_case and not set(found) & set(asked_case):  # 复印一张B4: a note that says 复印 of B5
                    return asked_case  # («B5复印每张0.2元») is closer to the deed, but another case's
                return found
            if extract.TIER_EXTREME.search(q.text):  # 最低一档要交多少钱: the least of «每年200元、300元、…、6000元共11个档次»
                listed = [f for f in extract.figures(text) if extract.fits_kind(f.text, q.kind, q.text)
                          and (q.measure is None or extract.measure_agrees(f.text, q.measure))]
                if len(tier := extract.extreme_of_list(q.text, text, listed)) == 1 and len(listed) >= 3:
                    return tier[0]
            # a sum paid as the condition (充1000块送多少) asks the sum it brings, money too, not a quantity it states
            measure = q.measure or ("元" if q.kind in (None, "money") and amounts else None)  # (选500元档次政府补助
            # 多少: a sum asked beside the sum stated, which no stated unit bars)
            sp = extract.best_figure(text, kws, measure, q.kind, q.text, noun, keep=keep, slots=q.slots)
            if sp is not None:
                return extract.ranged_figure(text, sp) if q.kind == "age" else \
                    extract.ranged_figure(text, sp, extract.SPAN_UNITS) if q.kind == "duration" else sp
            if q.measure and (own := extract.counted_as_unit(q.text, text)):
                return extract.nearest(own, text, kws)  # 最多能用几根竿: «每人限用1竿», the noun its own measure
            said = {extract.unit_class(extract.unit_of(f.text)) for f in extract.figures(text)}  # the kinds it gives
            if q.kind == "money" and extract.PRICE_ASKED.search(q.text) and "money" not in said and \
                    (relative := extract.nearest(extract.relative_prices(text), text, kws)):
                return relative  # 70岁老人票价多少: «65周岁以上老人…半价»
            if q.kind == "money" and "money" not in said and "percent" in said:  # 管理费收多少: «价格：5%»; 水电验收完
                shares = [f for f in extract.figures(text)  # 要付多少钱: «水电验收合格后付30%»: a price set as a share
                          if extract.price_share(text, f, q.text, kws, chunk.kind == "row")]  # of another sum
                shares = shares or [f for f in extract.figures(text) if extract.unit_class(extract.unit_of(f.text)) == "percent"
                                    and any(asked.search(q.text) and changed.search(text[max(0, f.start - 6):f.start])
                                            for asked, changed in _CHANGES)]  # 车票涨价涨多少: «上浮10%», a rise of the price
                if shares:
                    return extract.nearest(shares, text, kws)
            if q.kind == "money" and "money" not in said:  # 押金交多少: «相当于3个月租金的押金», a sum counted in months' rent
                return extract.nearest([Span(text[f.start:m.end()], f.start, m.end()) for f in extract.figures(text)
                                        if extract.unit_class(extract.unit_of(f.text)) == "time"
                                        and (m := _AMOUNT_OF_TIME.match(text, f.end))], text, kws)
            wanted = "time" if q.kind == "duration" else extract.unit_class(q.measure) if q.measure else None
            if q.kind in (None, "duration", "distance") and wanted and wanted not in said:
                return extract.nearest(extract.unlimited(text), text, kws)  # 单次票能待多久: 当天不限时
            return None
        if q.intent == "date":  # 哪天重新开放: the date of 开放, not of 闭园; 哪天举办荷花节: none
            found = extract.dates(text, relative=True)  # one date: not of the opposite deed; several: the one of the deed
            found = [f for f in found if f.text not in _SAME_DAY_AGAIN] or found  # «每月第一个星期二公休，当日全日
            # 休息»: the 星期二, not the 当日 that says it again
            if found and all(extract.relative_time(f.text) for f in found):
                # 开课前5天 answers 寄 only where the rest of its piece says 寄 (统一寄出), not the 开 of its own 开课
                found = [f for f in found if not q.deeds or deeds.fits(
                    self.deed_scores(q, self.piece(text, f).replace(f.text, "")), [])]
            if not found and q.end == 1:  # 守到什么时候: no date, but until what (直至撤点)
                found = extract.untils(text)
            if not found:  # 什么时候建好: «明年建成…», a year said from this one, the only time the line gives
                found = [Span(m.group(0), m.start(), m.end()) for m in _YEAR_FROM_NOW.finditer(text)]
            if not found and q.deeds:  # 退学要几时通知: «退學須提前1個月以書面通知», a time ahead of the deed asked
                found = [Span(m.group(0), m.start(), m.end()) for m in extract.TIME_AHEAD.finditer(text)
                         if any(len(d) >= 2 and d in text[m.end():m.end() + 6] for d in q.deeds)]
            if re.search(r"(?:星期|礼拜|周)几", q.text):  # 礼拜几开: a day of the week, not «乘车日前28天»
                found = [f for f in found if extract.weekdays(f.text)]
            elif _DAY_OF_MONTH_ASKED.search(q.text):  # 从几号执行到几号: «6月1日至9月30日», not the 2028年 before it
                found = [f for f in found if re.search(r"\d\s*[日号]|[一二三四五六七八九十]\s*[日号]", f.text)] or found
            elif _MONTH_ASKED.search(q.text):  # 美食节一般几月份办: «每年12月中旬», not the 2027年 of the visitors counted
                found = [f for f in found if "月" in f.text] or found
            if not found and _DAY_ASKED.search(q.text):  # 垃圾车礼拜几不来: «…周三及周日停收», days of the week
                found = extract.days_said(text)
            if _START_ASKED.search(q.text):  # 从什么时候开始执行: a day it began, not «每年12月…评议», a date that recurs
                found = [f for f in found if not re.search(r"每(?:年|月|周|季度?)?$", text[max(0, f.start - 3):f.start])]
            found = self.contrasted(q, text, found)  # 秋季班…9月8日至9月10日，春季班为2月14日至2月16日: 春季班's
            if len(found) > 1 and (side := _EXTREME_WHEN.search(q.text)):  # 蛋价最贵是哪个月: «最低时…3.38元（5月份），
                said = _HIGHEST_SAID if side.group(1) else _LOWEST_SAID  # 最高时每斤4.92元（9月份）», the highest's month
                most = _MOST_SAID[0] if side.group(1) else _MOST_SAID[1]
                found = [f for f in found if most.search(clause_before(text, f.start))] \
                    or [f for f in found if said.search(clause_before(text, f.start))] or found  # (最高峰日为1月31日 before
                # the 返程高峰 of the whole stretch)
            found = self.by_deed(q, text, found, "fits" if len(found) > 1 else "not_opposed")
            end = self.end_of(q, text, found)
            if end is not None and len(found) > 1:  # 收到什么时候结束: «自9月25日启动，计划到2028年3月31日结束», the
                said = _END_SAID if end else _START_SAID  # date the sentence says ends it (or starts it)
                found = [f for f in found if said[0].search(text[max(0, f.start - 4):f.start])
                         or said[1].match(text, f.end)] or found
            if end is not None:  # 报名截止到哪天: the end of 3月10日至3月31日
                found = extract.range_ends(text, found, end)
            return extract.nearest(found, text, kws)
        if q.kind == "article":  # 第几条: the number the article opens with (第十二条), in its first sentence
            sp = extract.article_number(text)
            prev = self._prev(chunk)
            if sp is None and prev is not None and extract.article_number(prev.text):
                return Span(extract.article_number(prev.text).text, -1, -1)
            return sp
        if q.kind == "reason":  # 为什么: the purpose the sentence gives, not its deeds; none, no answer
            return extract.best_reason(text, kws)
        if q.intent == "clause" and q.kind in (None, "consequence", "remedy") \
                and (piece := extract.ordinal_piece(text, q.text)):  # 第二次会怎样: that time's own stretch
            start = text.find(piece)
            return Span(piece, start, start + len(piece))
        if q.kind == "consequence":  # 会怎样: what follows the condition the question states
            return extract.best_consequence(text, kws)
        if q.intent == "clause" and q.kind is None and re.search(r"会咋(?:么)?样", q.text) \
                and (sp := extract.best_consequence(text, kws)) is not None:  # 多待了5天会咋样: «…的，给予警告», what
            return sp  # follows, where the line gives it; else its best clause (未使用專用袋者清潔隊不予收運)
        if q.kind == "remedy":  # 响声变大了咋办: the instruction (请检查…), not the trouble nor its cause; else
            sp = extract.best_remedy(text, kws)  # as any other question, its best clause
            if sp is not None:
                return sp
            sp = trouble_clause(q, text)  # 卡丢了怎么办: «卡片遗失可凭身份证补办», the clause that says the trouble
            if sp is not None:
                return sp
        if q.kind == "frequency":  # 多久交一次: 按季度, 每年…一次
            found = extract.frequencies(text)  # not 每月 of a price per month (用水费每块每月5元，…每季度收取一次)
            found = [f for f in found if not _PRICE_AFTER.match(text, f.end)]  # (a price per day is no frequency:
            # 多久休息一次 is not answered by «每天18元»)
            return extract.nearest(found, text, kws)
        if q.kind == "category":  # 零售点能卖哪几类烟花: C类、D类; a sentence that names no class has no answer
            return extract.nearest(extract.categories(text), text, kws)
        if q.kind == "origin":  # 是哪里人: 河南扶沟人, 籍贯…; a sentence that says none has no answer
            return extract.nearest(extract.origins(text), text, kws)
        if q.kind == "color":  # 三级古树用什么颜色的牌子: 绿色, whose piece says 三级古树 (not 二级古树为黄色标牌 before
            said = [(f, sum(k in self.piece(text, f) for k in kws)) for f in extract.colors(text)]  # it); a sentence
            most = max((n for _, n in said), default=0)  # that says none has no answer
            return extract.nearest([f for f, n in said if n == most], text, kws)
        if q.kind == "place":  # 在哪里: 位于…, 在…号楼; else, as any other question, its best clause
            found = extract.places(text)
            if "地址" in q.text:  # 地址在哪: «地址为滨江区江南大道1588号», not the 地点 before it
                found = [p for p in found if p.text.startswith("地址")] or found
            if member := members.member_said(q.text, q.keywords, text):  # 家电券在哪里领: the piece of 家电券
                found = [p for p in found if member in self.piece(text, p)] or found
            sp = extract.nearest(found, text, kws)
            if sp is not None:
                return sp
        if q.intent == "person":
            if _TURN_TO_ASKED.search(q.text):  # 找谁申请: the office one turns to (向所在乡镇供水服务站申请), not the asker
                found = extract.turned_to(text)
                if found:
                    return extract.nearest(found, text, kws)
            asked = [k for k in q.keywords if len(k) >= 2 and k not in q.nouns  # the deed and what it is done to,
                     and k not in _CHARGE_VERBS]  # not the charging itself (谁负责巡查: «…局负责河道沿岸的日常巡查»)
            asked = [k for k in asked if k in q.verbs or k in q.acts] or asked  # the deed (河边谁负责巡查: 巡查, not 河边)
            charged = [o for o, duty in extract.in_charge(text) if asked and all(  # (谁来抽查: «…负责…质量的监督抽检»,
                k in duty or (_alone(k).startswith("v") and any(
                    len(t) >= 2 and self.lexicon.related(k, t) >= MEANING_WEIGHT for t in _tokens(duty)))
                for k in asked)]  # the duty in the corpus's word; a deed only: 主任 asks a post, no duty)
            if charged:  # 谁来监督: the office a clause puts in charge of the deed (县卫生健康局负责饮用水卫生监督)
                return extract.nearest(charged, text, kws)
            handed = [o for o, deed in extract.handed_to(text) if asked and all(k in deed for k in asked)]
            if handed:  # 违反规定谁来处理: the body the case is handed to (违反的，交镇纪委依规依纪处理)
                return extract.nearest(handed, text, kws)
            if q.kin:  # 是谁的儿子: the name before 之子 / 第五子, or none here
                return extract.kin_of(text, q.text)
            if _CHARGE_ASKED.search(q.text) and (put := extract.put_in_charge(text)):  # 小区里的古树由谁养护: of «生长在
                # 居住小区内的，由物业服务企业负责，没有物业服务企业的由社区居民委员会负责», the one whose case the question
                # states (老小区没有物业: 社区居民委员会), else the first
                return max(put, key=lambda o: (sum(k in case_before(text, o.start) for k in kws), -o.start))
            if (who := extract.copula_subject(text, q.keywords)) is not None:
                return who  # 校服管理的责任主体是谁: «学校是校服管理的责任主体»
            sp = extract.best_person(text, kws, q.text)
            if sp is not None and self.deed_stem(sp.text):  # 养犬 (jieba: a name): the corpus says 养犬人, one who
                after = text[sp.end:sp.end + 1]  # keeps dogs; «养犬人应…承担» names that doer, «违规养犬行为» no one
                sp = Span(sp.text + after, sp.start, sp.end + 1) if after and after in "人者户" else None
            role = held_role(q.text)
            held = extract.role_holders(text, role) if role else []
            if held and (sp is None or not any(h.start <= sp.start and sp.end <= h.end for h in held)):
                sp = held[0]  # 成员都有谁: 党政办、卫生院…为成员, not the name nearest the word (丁俊邦任组长)
            if sp is None and not (asked_role(q.text) or "").endswith(extract.ROLES):  # 谁在城区搞消毒, 谁审批: no name,
                # the group, role or body that does it (a role asked, 居委会主任是谁, is a person's: no body answers)
                found = [d for d in extract.doers(text, self.deeds_said(q, text)) if d.text not in q.text
                         and extract.same_side(q.text, self.piece(text, d), text)]
                if not found and q.acts:  # 谁来罚: «由公安机关依照《条例》处…罚款», the one 由 hands the deed said
                    found = [d for d in extract.doers(text) if d.text not in q.text  # after it in its clause
                             and any(a in re.split(r"[，,。；;]", text[d.end:])[0] or a in deeds.LIGHT_VERBS
                                     or re.match(r"(?:统一)?(?:办理|负责)", re.split(r"[，,。；;]", text[d.end:])[0])
                                     for a in q.acts)]  # (谁来办: 办 is any deed, «由监护人代为申领»; 车险谁去买:
                    # «车辆保险由行政部统一办理», the one who handles it)
                sp = extract.nearest(found, text, kws)
                if sp is None and re.search(r"交(?:给|予)?谁|给谁", q.text):  # 车钥匙交给谁: «车钥匙交行政部值班室保管»
                    m = _HANDED_TO.search(text)
                    sp = Span(m.group(1), m.start(1), m.end(1)) if m else None
            sp = sp or extract.frame_fill(text, q.text)  # 立谁为太子: 立孙登为太子
            sp = sp or title_person(q, chunk, text)  # 星际信使是谁的作品: 伽利略 of the article 伽利略·伽利莱
            prev = self._prev(chunk)
            if sp is None and prev is not None and re.search("[他她]", text):
                name = extract.last_person(prev.text)  # "他……捐献医用口罩10000只": who 他 is
                if name:
                    return Span(name, -1, -1)  # not in this sentence: in the one before
            if sp is None and not (asked_role(q.text) or "").endswith(extract.ROLES):  # 负责人是谁 asks a person
                # 谁是赞助商: no person, the body the sentence names (索尼公司)
                deeds_at = [i for v in q.verbs if (i := text.find(v)) >= 0]  # the body does the deed:
                sp = extract.nearest([b for b in extract.bodies(text) if b.text not in q.text  # it stands before it
                                      and all(b.end <= i for i in deeds_at)], text, kws)
            return sp
        if q.intent == "entity":  # 10岁的孩子参加哪个组: the listed member whose bracketed range holds the case
            # («设少儿组（6至12周岁）、青年组（13至35周岁）…»: 少儿组); 与其哪种淀粉的比例有关: what the sentence says where
            # the question asks (补种的是什么庄稼: 补种玉米、大豆)
            sp = extract.member_holding(q.text, text) or extract.frame_fill(text, q.text) or extract.object_after(text, q.text)
            if sp is not None:
                return sp
            if _BODY_ASKED.search(q.text):  # 食堂归哪个部门管: the body a duty is handed to (食堂由行政部负责管理)
                found = [d for d in extract.doers(text, self.deeds_said(q, text)) or extract.doers(text) if d.text not in q.text]
                if found:
                    return extract.nearest(found, text, kws)

        if chunk.kind == "row" and (q.intent == "yesno" and extract.MONEY_DEED.search(q.text)
                                    or q.intent == "clause" and q.kind == "money"):
            price = next(((b, e) for h, _, b, e in row_cells(text) if re.search(r"[价费]", h)
                          and not UNIT_COLUMN.search(h)), None)  # 计价方式：按面积 is how, 价格：6元/平方米 what
            if price is not None:  # 上门取衣收费吗: the row's price cell says (价格：免费), not its first clause;
                return Span(text[price[0]:price[1]], *price)  # 打字录入怎么收费: 价格：8元, not «表格录入另行报价»
        clause = self.clause_meant(q, text) or self.clause_of_case(q, text) or extract.best_clause(text, kws, q.focus)
        if q.intent == "clause" and q.kind == "money" and clause.endswith("的"):  # 少了怎么算钱: not the condition
            after = re.match(r"[，,]([^，,。；;]+)", text[text.find(clause) + len(clause):])  # «…比确定桌数少的», the
            if after and (extract.PRICE_SAID.search(after.group(1)) or re.search(r"[收计]费|计价", after.group(1))):
                clause = after.group(1)  # price it sets after it: «按确定桌数收费»
        if q.intent == "yesno" and extract.MONEY_DEED.search(q.text) and not extract.PRICE_SAID.search(clause):
            priced = [c for c in split_clauses(text) if extract.PRICE_SAID.search(c)]
            if priced:  # 去水库钓鱼要交钱吗: the clause of the fee (每人每天收取管理费20元), not the registration's;
                # the one naming the asker's case first (低保户请帮办队要钱吗: «低保户、特困户免收», not «每场收取服务费300元»)
                clause = max(priced, key=lambda c: sum(len(k) >= 2 and k in c for k in q.keywords)).rstrip("。；;，,")
        if q.kind is None and asks_means(q.text):  # 儿童锁怎么打开: 同时按住定时键和风速键5秒, not 即可开启童锁
            clause = extract.means_before(text, clause)
        thing = "".join(q.whether)  # 有没有自由发言 (jieba: 自由 发言): a thing a clause says is set up («另设自由发言环节»)
        if q.kind == "existence" and not extract.states_existence(clause) and not (
                q.exists and (q.exists in clause or (chunk.kind == "row" and any(f in clause for f in synonyms.forms(q.exists))))
                and re.search(rf"(?:有没有|有无|是否有){re.escape(q.exists)}", q.text)) and not (  # (老人: a row's «老年人»)
                len(thing) >= 3 and re.search(rf"(?:有没有|有无|是否有){re.escape(thing)}", q.text)
                and re.search(rf"(?:设有?|设置|提供|配有|配备|开设|安排|有){re.escape(thing)}", clause)):
            return None  # 有没有人感染: a clause that only names 感染 says neither yes nor no; a thing asked of
            # (有没有母婴室) is said to be there by a clause naming it (新增了…母婴室1间)
        start = text.find(clause)
        return Span(clause, start, start + len(clause))

    def anchored(self, q: Query, s: Scored) -> bool:
        """Does a keyword of the question stand next to the span (so the span is about it)?"""
        if not q.keywords:  # "红河村有多少户": the named section is the whole subject
            return bool(q.sections)
        chunk = self.corpus.plain(s.hit.chunk)
        text = chunk.text
        if chunk.kind == "meta" or q.kind == "reason":  # the document's own line: about the document as a
            return s.support >= MIN_SUPPORT  # whole; a purpose: about the sentence's deed as a whole
        if q.kind == "clock" and s.span is not None and any(synonyms.hours_deed(k) for k in q.keywords) \
                and synonyms.HOURS_LABEL.search(chunk.heading.split(" › ")[-1] or chunk.section) and s.support >= MIN_SUPPORT:
            return True  # 几点开门: «每日10:00至翌日01:00» under the heading 开放时间, which labels it
        if chunk.kind in FIELDS and s.span is not None and s.support >= MIN_SUPPORT:
            # a field's value: its key (or the row's other cells) named what was asked
            head = chunk.text[:max(0, s.span.start)]
            if extract.keyword_positions(head + chunk.heading + chunk.section, q.keywords):
                return True
        marks = extract.keyword_positions(text, self.said(q.keywords, text, hours_kept(q, self.corpus.around(chunk), self.lexicon),
                                                          question=q.text)
                                          + list(KIND_WORDS.get(q.kind, ()))
                                          + done_to(q.text, text, _tokens(text)))  # 补卡 of 补办社保卡
        if s.span is not None and s.span.start < 0:  # a name from the sentence before
            return bool(marks)
        if not marks:  # the keywords may all be in the sentence before ("他…捐献医用口罩10000只")
            prev = self._prev(chunk)
            return prev is not None and bool(extract.keyword_positions(prev.text, q.keywords))
        return extract.distance(s.span, marks, text) <= ANCHOR

    def other_trouble(self, q: Query, chunk: Chunk) -> bool:
        """Does a troubleshooting line answer another trouble than the one a 怎么办 asks about? Its
        trouble (extract.trouble_of) holds none of the question's words, itself or by meaning (机器不出风了咋办:
        not «③ 噪音明显变大：请检查机器是否放置平稳», whose 机器 is in the instruction)."""
        trouble = extract.trouble_of(self.corpus.plain(chunk).text) if q.kind == "remedy" else ""
        return bool(trouble) and not any(holds(k, trouble, self.lexicon) for k in q.keywords if len(k) >= 2)

    def missing(self, q: Query, chunk: Chunk) -> list[str]:
        """Names in the question that neither the sentence, its paragraph nor its section mentions."""
        around = self.corpus.around(chunk)
        lacking = self.unnumbered(q, around) + self.titled_elsewhere(q, chunk) + self.year_of_other(q, chunk, around)
        if not q.entities:
            return lacking
        # a proper name is named by itself or its abbreviation, never by a neighbour in meaning
        # (王庄村 is not 潘庄村, 北京 not 武汉); other words jieba takes for names may be common
        # nouns (卡口), held by meaning, or pieces of words jieba cut wrong (新生报 of 新生报到), held
        # when the sentence spells every character of them; any word, by a neighbour of the same first
        # character (卡点 for 卡口, which jieba takes for a place)
        text = self.corpus.plain(chunk).text
        handed = handed_words(q.text, around) if q.intent == "yesno" else set()  # 家里人: «仅限本人使用»
        if q.intent == "yesno":  # 能用支付宝付吗: «只收现金或者微信支付»
            handed |= {e for e in q.entities if other_ways_only(e, around)}
        around += self.paragraph_names(chunk)
        aged = _AGED_PERSON.search(q.text)  # 17岁的高中生: the asker's case, held by the range of its age the line sets
        if aged and extract.range_holds(q.text, text):  # (未满18周岁的未成年人)
            handed.add(aged.group(1))
        return lacking + [e for e in q.entities if e not in around and e not in handed and not abbreviated(e, around)
                and not ((stem := place_stem(e)) and stem in around)  # 青海地区: 青海 is named
                and not abbreviates_title(e, self.corpus.plain(chunk).title)  # 中考 of «…初中学业水平体育与健康考试…»
                and not worker_said(e, around)  # 维修工: 维修人员
                and not student_said(e, around)  # 初中生: «初中阶段…»
                and not extract.rank_in_range(e, text)  # 第五名: «第四至六名各奖励1000元»
                and not synonyms.hours_said(e, around)  # 开园 (jieba: a name) said by 暂停开放
                and not (len(e) >= 3 and e[0] in _GLUED_BEFORE and e[1:] in around)  # 高句丽和望平: 和 is no part of 望平
                and not any(g in around for g in synonyms.PLACE_GROUPS.get(e, ()))  # 澳门: «赴港澳签注»
                and not ((typo := self.lexicon.misspelt(e)) and typo in around)  # 服务中兴: 中心
                and self.lexicon.kin_in(e, around) < MEANING_WEIGHT
                and not self.lexicon.thesaurus_word(e, around)  # 马达 (jieba: a name) is the thesaurus's 电机
                and not common_synonym_in(e, around)  # 麦子 (jieba: a name) is the thesaurus's 小麦 too
                and not said_by_modifier(e, q.text, text)  # 末班公交车: «末班车发车时间为…»
                and not modifier_said_shortened(e, text, q.text)  # 新鲜辣椒: «鲜椒收购价…»
                and not self.defined_with(e, chunk, text, q.text)  # 去白鹭洲: «3号旅游航线单程票25元», defined elsewhere
                and (is_proper_name(e) or not (holds(e, around, self.lexicon) or all(ch in text for ch in e)))]

    def defined_with(self, name: str, chunk: Chunk, text: str, question: str) -> bool:
        """Is `name` a place the question asks of going to (去白鹭洲) and does `text` name a route its document
        defines elsewhere with `name` in brackets right after it («3号旅游航线（江心岛码头至白鹭洲）只在周六…运营», so
        «3号旅游航线单程票25元» is the fare to 白鹭洲)? A thing the question asks of itself (索道往返票) is no place
        gone to: a bus to the 索道 («观光车（山门至索道下站）») is no 索道."""
        doc = self.corpus.document_text(chunk.doc)
        if name not in doc or not re.search(rf"(?:去|到|往|至|前往){re.escape(name)}", question):
            return False
        for m in re.finditer(r"([0-9A-Za-z\u4e00-\u9fff]{2,12})[（(]([^（()）]{1,30})[）)]", doc):
            if name in m.group(2) and name not in m.group(1):
                thing = _DEFINED_HEAD.sub("", m.group(1))
                if len(thing) >= 2 and thing in text:
                    return True
        return False

    def paragraph_names(self, chunk: Chunk) -> str:
        """The rest of the sentence's paragraph (Simplified), for the names it mentions: an encyclopedia
        paragraph names its subject once and speaks of it in every sentence after (美国南北战争…: «林肯
        当选后，南方七州宣布脱离联邦» is about 美国 though it never says it; «在初期网易的主要业务» after
        «网易公司成立于…»). Only the names of the question are read there (Answerer.missing), never its
        other words, and a paragraph is a paragraph: a notice's lines are each one."""
        return "".join(self.corpus.plain(c).text for c in self.neighbours(
            chunk, lambda c: c.paragraph == chunk.paragraph, PARAGRAPH_SPAN))

    def unnumbered(self, q: Query, around: str) -> list[str]:
        """The question's names with a number (2号线, 3号楼) that the sentence's frame never says, the
        thing a naming question asks the name of (物业公司叫什么) when the frame does not speak of it,
        and the question's year when the frame says another year and not it (2023年 asked, 2024年 given)."""
        out = [n for n in numbered_names(q.text) if n not in around and not _ordinal_said(n, around, q.text)
               and not _numbered_alike(n, around) and not extract.rank_in_range(n, around)]  # 第五名: «第四至六名»
        thing = named_thing(q.text, q.keywords)  # 物业公司叫什么: a sentence that never says it names nothing
        if thing and not (thing in around or abbreviated(thing, around) or holds(thing, around, self.lexicon)
                          or (thing in extract.IN_CHARGE and extract.HEAD_POST.search(around))):
            out.append(thing)
        said = years(around)
        return out + ([y for y in years(q.text) if y not in said] if said else [])

    def year_of_other(self, q: Query, chunk: Chunk, around: str) -> list[str]:
        """The question's year where the sentence's frame says no year but its document says that one of another
        thing (2019年那版办法模范奖金是多少: «2019年5月1日发布的《…奖励办法》同时废止», the rule abolished; the
        line is the new one's)."""
        if not (asked := years(q.text)) or years(around):
            return []
        doc = self.corpus.document_text(chunk.doc)
        return [y for y in asked if y in doc]

    def why_not(self, q: Query, best: Scored) -> tuple[str, list[str]]:
        """For a refusal: why the closest passage is no answer (or "" when it is not close), and the
        corpus's own words for the question's words it never uses."""
        asked = [w for w in [*q.keywords, *([q.counted] if q.counted else [])] if len(w) >= 2]
        suggest = list(dict.fromkeys(w for w in (self.lexicon.suggest(k) for k in asked if k not in q.entities) if w))
        chunk = self.corpus.plain(best.hit.chunk)
        missing = list(dict.fromkeys(self.missing(q, best.hit.chunk)))  # each name once (an entity may be a qualifier too)
        if missing:  # a name the corpus never says; else one it says only elsewhere (another document's title)
            absent = [w for w in missing if not self.corpus.says(w, simplified=True)
                      and not any(w in t for t in self.corpus.naming().titles.values())]
            return (f"资料里没有提到{'、'.join(absent)}。" if absent
                    else f"最接近的段落没有说到{'、'.join(missing)}。"), suggest
        titles = self.corpus.naming().titles.values()  # a title's word frames every section of it alike: no thing
        thing = q.counted or next((k for k in q.keywords if len(k) >= 2 and not any(k in t for t in titles)), "")
        if q.sections and thing:  # asked of one (谜境密室逃脱预约及订金打几折: no «资料里有其他的谜境数»)
            # the other sections that have it, among the sentences retrieved for it (bounded), in corpus order
            near = self.retriever.search(thing, k=OTHER_SECTIONS_DEPTH, paragraphs=0)
            held = {h.chunk.section for h in near if h.chunk.section and h.chunk.section not in q.sections
                    and holds(thing, self.corpus.plain(h.chunk).context(), self.lexicon)}
            have = [s for s in self.sections.ids if s in held]
            inside = any(holds(thing, self.corpus.plain(self.chunks[i]).context(), self.lexicon)
                         and (q.intent != "figure" or extract.figures(self.chunks[i].text))  # 卡点 with a count
                         for s in q.sections for i in self.sections.ids[s])
            if have and not inside:
                if thing.isascii():  # volunteer: say it in the corpus's word (志愿者), as the others have it
                    thing = self.lexicon.suggest(thing) or thing
                what = f"{thing}数" if q.intent == "figure" else thing
                return f"资料里有{'、'.join(have[:3])}的{what}，但没有{'、'.join(q.sections)}的。", suggest
        lacking = list(dict.fromkeys(self.unqualified_in(q, best.hit.chunk)))
        sibling = self.answers_sibling(q, best.hit.chunk, best.span)
        if sibling and best.support >= MIN_SUPPORT:  # 晚餐补贴 asked, 午餐补贴 given
            lacking = [*lacking, sibling] if sibling not in lacking else lacking
        if lacking and best.support >= MIN_SUPPORT:
            return f"最接近的段落没有说到{'、'.join(lacking)}。", suggest
        if best.support >= MIN_SUPPORT and chunk.text:
            return "最接近的段落说到了问题里的事，但不能确定它回答了这个问题。", suggest
        return "", suggest

    def evidence(self, q: Query, hit: Hit, top: Tops) -> dict[str, float]:
        """The cheap evidence for one candidate sentence, as named numbers (see WEIGHTS)."""
        chunk = self.corpus.plain(hit.chunk)
        return {
            "fused": hit.score / top.fused if top.fused else 0.0,
            "passage": hit.passage / top.passage if top.passage else 0.0,
            "dense": hit.dense - top.dense if hit.dense else -1.0,
            "bm25": hit.bm25 / top.bm25 if top.bm25 > 0 else 0.0,
            "support": self.support(q, chunk),
            "bigrams": bigram_overlap(q.bigrams, chunk.text),
            "common": common_run(q.content, chunk.text),
            "short": 1.0 if fragment(chunk.text) else 0.0,
        }

    def span_evidence(self, q: Query, chunk: Chunk) -> tuple[Span | None, dict[str, float]]:
        """The answering span of a sentence and how well it fits the question's type."""
        sp = self.span(q, chunk)
        typed = 0.0
        prox = 0.0
        if sp is not None and q.kind in SPAN_KINDS and (q.kind not in extract.PREFERRED_KINDS or extract.preferred_said(q.kind, simplify(chunk.text))):
            typed = 1.0  # a sentence that gives a reason (a consequence, a place, an instruction) fits such a question
        if sp is not None and q.intent in ("figure", "date", "person"):
            # a figure in another unit than asked (or none) fits less well: 204人 beats 1 for 多少人
            typed = 1.0 / (1.0 + (extract.unit_fit(sp.text, q.measure) or 0.0)) if q.intent == "figure" else 1.0
            text = simplify(chunk.text)
            marks = extract.keyword_positions(text, q.keywords)
            prox = 1.0 / (1.0 + extract.distance(sp, marks, text) / 8.0)
        return sp, {"typed": typed, "proximity": prox}

    def features(self, q: Query, hit: Hit, top: Tops) -> dict[str, float]:
        """All evidence for one candidate (for fitting WEIGHTS)."""
        return {**self.evidence(q, hit, top), **self.span_evidence(q, hit.chunk)[1]}

    def score(self, q: Query, hits: list[Hit]) -> list[Scored]:
        """Candidates best first. Spans (the costly part) are extracted for the best SPAN_DEPTH only."""
        if not hits:
            return []
        top = Tops.of(hits)
        base = []
        for h in hits:
            with self.lexicon.within(h.chunk.doc):
                f = self.evidence(q, h, top)
            base.append((sum(WEIGHTS[name] * value for name, value in f.items()), h, f))
        base.sort(key=lambda x: -x[0])
        out = []
        for rank, (s, h, f) in enumerate(base):
            sp = None
            if rank < SPAN_DEPTH:
                with self.lexicon.within(h.chunk.doc):
                    sp, g = self.span_evidence(q, h.chunk)
                s += sum(WEIGHTS[name] * value for name, value in g.items())
            out.append(Scored(h, f["support"], sp, s))
        out.sort(key=lambda x: -x.score)
        return out

    # -- the answer -----------------------------------------------------------------------
    def address_lines(self) -> list[int]:
        """The labelled lines that say where (地址：江宁区桂园路88号, 物业服务中心地址：小区3号楼一层): the label
        is the attribute, the text after the colon its value. No retriever finds «地址：…» for 健身中心在哪里,
        which shares no word with it; the document's title names what it is the address of."""
        if self._addresses is None:
            self._addresses = [c.id for c in self.chunks if ADDRESS_LINE.match(self.corpus.plain(c).text)]
        return self._addresses

    def time_lines(self) -> list[int]:
        """The labelled lines that say when (时间：2027年2月20日8:30至16:00, 举办日期：…): the time of what the
        document is about, which a question asks in words of its own (招聘会早上几点开始)."""
        if self._times is None:
            self._times = [c.id for c in self.chunks if TIME_LINE.match(self.corpus.plain(c).text)]
        return self._times

    def effective_lines(self) -> list[int]:
        """The lines that say when a rule takes effect (本规定自2027年3月1日起施行): what 这个规定什么时候开始执行
        asks, in words no retriever matches to it (执行 for 施行, the rule named by its topic, not 本规定)."""
        if self._effective is None:
            self._effective = [c.id for c in self.chunks if extract.EFFECTIVE_SAID.search(self.corpus.plain(c).text)]
        return self._effective

    def quotes(self, ranked: list[Scored], k: int) -> list[Quote]:
        """The k best quotes: each a candidate sentence, with its best-scoring neighbour when close."""
        score_of = {s.hit.chunk.id: s.score for s in ranked}
        out: list[Quote] = []
        seen: set[str] = set()
        for s in ranked:
            c = s.hit.chunk
            text = c.text
            neighbours = [n for n in (self._prev(c), self._next(c))
                          if n is not None and score_of.get(n.id, -1e9) >= s.score - NEIGHBOUR_MARGIN
                          and c.kind not in FIELDS]  # a «键：值» line or a row is a fact on its own
            if neighbours:
                n = max(neighbours, key=lambda n: score_of[n.id])
                said = self.chunks[n.id].text  # verbatim: the neighbour as the corpus writes it, not simplified
                text = said + text if n.id < c.id else text + said
            if text in seen:
                continue
            seen.add(text)
            out.append(Quote(text=text, doc=c.doc, section=c.section or None, score=round(float(s.score), 4),
                             title=c.title, date=c.date))
            if len(out) == k:
                break
        return out

    def rank(self, question: str, k: int = CANDIDATES) -> tuple[Query, list[Scored]]:
        """The question's analysis and its candidate sentences, best first, distinct texts."""
        q = self.analyse(question)
        allowed = None
        if q.sections:
            allowed = np.asarray(sorted(i for s in q.sections for i in self.sections.ids[s]), dtype=np.int64)
            if len(allowed) <= 2 * k:  # a town's section of 34 sentences is read whole: 值勤点 asked, the
                k = len(allowed)  # sentence of 执勤点 is only 31st to the retrievers
        searched = q.searched or q.text
        if allowed is None:
            named = self.named_documents(q)
            owner = self.owning_document(q) if not named else None
            if owner is not None:  # 谜境密室逃脱订金要付多少: that document's lines, ranked by 订金要付多少
                named, searched = {owner[0]}, owner[1]
                q = replace(q, owned=owner[2])  # (the owner's words, which its title says, are said by every line)
            if named:
                allowed = np.asarray(sorted(c.id for c in self.chunks if c.doc in named), dtype=np.int64)
                if len(allowed) <= 2 * k:
                    k = len(allowed)
        hits = self.retriever.search(searched, allowed, k=k)
        about = bool(ABOUT_DOCUMENT.search(q.text))
        own = ("meta", "byline") if asks_writer(q.text) else ("meta", "heading") if asks_title(q.text) else ("meta",)
        joined: set[int] = set()  # the lines that join the candidates for what they are, whatever the retrievers

        def join(ids: list[int], routed: bool = True) -> None:
            """`ids` join the candidates (those the question's routing allows, when `routed`)."""
            joined.update(ids)
            seen = {h.chunk.id for h in hits}
            inside = None if allowed is None or not routed else set(allowed.tolist())
            hits.extend(Hit(self.chunks[i], 0.0) for i in ids if i not in seen and (inside is None or i in inside))

        if q.kind == "place":  # 在哪: the «地址：…» lines join the candidates (decide.labelled_place)
            join(self.address_lines())
        if q.kind == "clock" or q.intent == "date":  # 几点开始: the «时间：…» lines of the documents retrieved first
            docs = {h.chunk.doc for h in hits[:TIME_LINE_DOCS]}  # join the candidates (decide.time_holder)
            join([i for i in self.time_lines() if self.chunks[i].doc in docs], routed=False)
        if extract.EFFECTIVE_ASKED.search(q.text):  # 规定什么时候开始执行: the «自…起施行» lines join the candidates,
            join(self.effective_lines(), routed=False)  # whatever section (这个价目表: a sheet's notes, no part of the
            # table the title names); decide.effective_line keeps the one of the document asked
        if about or len(own) > 1:  # the documents' own lines (and bylines for who wrote it) join the candidates
            join(sorted(i for kind in own for i in self.own_lines.get(kind, ())))
            about = True
        ranked = self.score(q, hits)
        for s in ranked:  # the joined lines' spans are read below SPAN_DEPTH too (停气通知是哪天发的: the closing
            if s.span is None and s.hit.chunk.id in joined:  # date line; 草莓园在哪里: «地址：…», ranked 13th)
                with self.lexicon.within(s.hit.chunk.doc):
                    s.span = self.span(q, s.hit.chunk)
        if q.kind in SPAN_KINDS:  # a why-question: sentences that give a purpose come first
            for s in ranked:
                if s.span is None:
                    continue
                if q.kind not in extract.PREFERRED_KINDS:
                    s.score += REASON_BONUS
                elif extract.preferred_said(q.kind, self.corpus.plain(s.hit.chunk).text):  # a place is wanted, not required:
                    s.score += PLACE_BONUS  # a sentence that says where (what to do) comes first, others still answer
            ranked.sort(key=lambda x: -x.score)
            if q.kind in MEASURES:  # 有多重: only a sentence that holds a weight can answer; those come first
                ranked.sort(key=lambda x: x.span is None)
        sort = sort_asked(q.text)
        if sort and q.intent in ("entity", "clause"):  # 什么样的排查: a sentence naming a kind of 排查 (拉网式排查) comes first
            for s in ranked:
                if kind_said(self.corpus.plain(s.hit.chunk).text, sort):
                    s.score += KIND_BONUS
            ranked.sort(key=lambda x: -x.score)
        if q.kind is None and asks_means(q.text):  # 怎么关机: not «…8小时后自动关机», which it does by itself
            for s in ranked:
                if extract.by_itself(self.corpus.plain(s.hit.chunk).text, q.keywords):
                    s.score -= BY_ITSELF_PENALTY
            ranked.sort(key=lambda x: -x.score)
        if about:
            for s in ranked:
                if s.hit.chunk.kind in own:
                    s.score += META_BONUS
            ranked.sort(key=lambda x: -x.score)
        return q, _distinct(ranked)

    def owning_document(self, q: Query) -> tuple[str, str, tuple[str, ...]] | None:
        """The document whose owner the question names (谜境密室逃脱 of «謎境密室逃脫（台北西門店）預約須知», the title up to
        its first bracket, digit or 关于), when the owner's words the question says are said in no other document, and
        the question without them (and the owner's words), which ranks that document's lines by what is asked of the owner: its name
        matches every line of it alike, and most the one line that repeats it («本須知自…起實施，謎境密室逃脫保留…»).
        None when no owner is named, or when too little is left (two keywords at least)."""
        naming = self.corpus.naming()
        if len(naming.titles) < 2:
            return None
        found: list[tuple[int, str, list[str]]] = []
        for doc, owner in naming.owners.items():
            said = [k for k in q.keywords if len(k) >= 2 and (k in owner or shop_said(k, owner))  # (中心 of 公积金中心
                    and (jieba.dt.FREQ.get(k) or 0) < COMMON_WORD]  # names no «…活动中心»: a word too common to name anyone;
            # 裁缝店 names «锦线裁缝铺», a shop by another word for one)
            said = [k for k in said if not _LEGAL_FORM.search(k)]  # (入场有限时吗: not the 有限 of 安居家装工程有限公司)
            if not said or len(q.keywords) - len(said) < 2:
                continue
            own = self.corpus.document_text(doc)  # every sentence that says the owner's words is the document's own
            if any(naming.body_text.count(k) > own.count(k) or any(k in t for d, t in naming.titles.items() if d != doc)
                   for k in said):
                continue
            found.append((sum(map(len, said)), doc, said))
        if not found:
            return None
        _, doc, said = max(found)  # the owner the question names most of
        text = q.searched or q.text
        for k in said:  # the name once: a word said again is asked (谜境密室逃脱…有几间密室: «店內共有6間主題密室»)
            text = text.replace(k, "", 1)
        owner = naming.owners[doc]  # the words of the owner's name as the question runs them (派对 室 of 派对室)
        run = max((q.text[i:j] for i in range(len(q.text)) for j in range(i + 2, len(q.text) + 1) if q.text[i:j] in owner),
                  key=len, default="")
        return doc, text, tuple(dict.fromkeys([*said, *(k for k in q.keywords if k in run)]))

    def named_documents(self, q: Query) -> set[str]:
        """The documents a question names by a word only their titles or headings say: no sentence of
        the corpus holds it. A price list's rows never repeat what the list is of (坐纜車上山要多久: 纜車
        is only in the workbook's title 翠峰山纜車票價及營運時間, the row says 搭乘時間約12分鐘), so
        the retrievers, which read sentences, rank other documents' sentences above them. Such a word
        says which document is asked about: its sentences are the only candidates (as a named section
        restricts them). Empty when no keyword is of that kind, or when every document's title has it."""
        naming = self.corpus.naming()
        if q.titled:  # a name of a title the question shortened (驾校): that document's lines only
            return {d for d, name in naming.names.items() if any(t in name for t in q.titled)}
        named: set[str] = set()
        for word in q.keywords:
            if len(word) < 2 or word in naming.body_text:
                continue
            docs = {d for d, names in naming.names_of.items() if any(word in n for n in names)}
            if docs and len(docs) < len(naming.names_of):
                named = docs if not named else named & docs
        # a document that lacks another word of the question the corpus does say is not the one asked
        # (丰收节的报道是哪天发布的: 报道 only in another page's heading, 丰收节 in the news's sentences)
        said = [k for k in q.keywords if len(k) >= 2 and k in naming.body_text]
        return {d for d in named if all(k in self.corpus.document_text(d) or any(k in n for n in naming.names_of[d])
                                        for k in said)}

    def answer(self, question: str, k: int = CANDIDATES) -> Answer:
        ans = self._answer(question, k)
        defining = self.corpus.class_lines()
        if ans.found and not any(self.chunks[cid].text in ans.quotes[0].text for cid in defining):
            return ans  # the question answered of what it names itself (and no class read for it)
        classed = self.classed_question(question) if defining else None
        if classed is None:
            return ans
        asked, defined = classed  # 中山路停车多少钱: the document prices 一类区域, and lists 中山路 in it
        definition = self.chunks[defined]
        if ans.found and definition.text not in ans.quotes[0].text:
            return ans  # the question answered of the member itself
        by_class = self._answer(asked, k)
        if not by_class.found:
            return ans
        said = Quote(text=definition.text, doc=definition.doc, section=definition.section or None, score=0.0,
                     title=definition.title, date=definition.date)  # the line that puts the member in its class
        quotes = [x for x in by_class.quotes if definition.text not in x.text][:2] + [said]
        return replace(by_class, question=question, quotes=quotes)

    def classed_question(self, question: str) -> tuple[str, int] | None:
        """The question asked of the class its document lists one of its words in (中山路停车多少钱 → 一类区域停车多少钱,
        where «一类区域为江南区中山路、解放路…» and the fees are set per class), with the defining sentence's chunk id;
        None when it names no member of exactly one class, or names a class itself."""
        classes = self.corpus.member_classes()
        if not classes:
            return None
        q = self.analyse(question)
        if any(name in q.text for name, _, _ in classes) or _CLASS_NAMED.search(q.text):
            return None  # (三级古树 asked: a class itself, whether or not the corpus lists members of it)
        for kw in dict.fromkeys([*q.entities, *q.keywords]):
            held = self.corpus.class_of(kw) if len(kw) >= 2 and kw in q.text else None
            if held is not None:
                return q.text.replace(kw, held[0], 1), held[1]
        return None

    def _answer(self, question: str, k: int = CANDIDATES) -> Answer:
        q, ranked = self.rank(question, k)
        if not ranked:
            return Answer(question=question, found=False, asked=q.sections)
        best, found, _ = decide.choose(self, q, ranked, decide.of(self))
        content = decide.content_lines(self, q, ranked)
        if content != ranked and (best not in content if found else ranked[0] not in content):
            # the answer would be a lead-in's clause (现将…通知如下：), or one ranked first refused it: chosen again
            # without it (高中生能考初级会计吗: «高中在读学生不得报名», below the notice's lead-in)
            ranked = content
            best, found, _ = decide.choose(self, q, ranked, decide.of(self))
        if found:  # the line whose condition is the circumstance asked rules on it (对方管饭还有伙食补助吗)
            best = decide.stated_condition(self, q, ranked, best) or best
            best = decide.faq_verdict(self, q, ranked, best) or best  # an FAQ's «可以。» before its conditions
        verdict = decide.verdict_line(self, q, ranked, best if found else None)  # 洗澡要钱吗: «淋浴间免费使用»
        if verdict is not None:
            best, found = verdict, True
        if found and best is not ranked[0]:  # a later candidate answers: its sentence is quoted first
            ranked = [best] + [s for s in ranked if s is not best]
        quotes = self.quotes(ranked, 3)
        if not found:
            near, suggest = self.why_not(q, best)
            return Answer(question=question, found=False, quotes=quotes, asked=q.sections, near=near, suggest=suggest)
        chunk = best.hit.chunk
        span = best.span or extract.Span(chunk.text, 0, len(chunk.text))
        if span.start < 0:  # the name is in the sentence before: say who, then what
            before = self.chunks[self._prev(chunk).id].text  # verbatim, as every quote
            span = extract.Span(_original(before, span.text), -1, -1)
            clause = f"{span.text}……{_original(chunk.text, extract.best_clause(simplify(chunk.text), q.keywords, q.focus))}"
            quotes = [Quote(text=before + chunk.text, doc=chunk.doc, section=chunk.section or None,
                            score=round(float(best.score), 4), title=chunk.title, date=chunk.date)] + [x for x in quotes if chunk.text not in x.text][:2]
        else:
            clause = extract.clause_of(chunk.text, span)
            if q.intent in ("entity", "clause") and q.kind in (None, *extract.PREFERRED_KINDS) and chunk.kind not in FIELDS:
                # 克什米尔马鹿的生存会受到什么威胁: «其生存受到威胁» says where, the clauses after it what
                clause = extract.goes_on(chunk.text, clause, q.text, simplify(chunk.text),
                                         simplify(chunk.section + chunk.heading), q.keywords)
            prev = self._prev(chunk)
            if prev is not None and chunk.text.startswith(clause) and extract.refers_back(simplify(clause), q.text):
                # 其定位为基隆港的辅助港: what 其 stands for opens the sentence before (台北港位于八里区)
                before = self.chunks[prev.id].text  # verbatim, as every quote
                clause = f"{split_clauses(before)[0]}……{clause}"
                quotes = [replace(quotes[0], text=before + chunk.text)] + quotes[1:] if quotes else quotes
        if q.intent == "figure" and span.start >= 0 and "、" in clause:
            piece = extract.segment_of(chunk.text, span)  # 横幅102幅, not the whole list of what was done; but
            piece = extract.items_before(chunk.text, chunk.text.find(piece, max(0, span.start - len(piece)))) + piece
            if len(piece) >= len(span.text) + 2:  # with the items that share its value (补卡、换卡…20元)
                clause = piece.strip()
        if clause == span.text and q.intent == "date":
            clause = _with_next_clause(chunk.text, span)
        days = extract.weekdays(q.text)
        day_clauses = [c for part in re.split(r"(?<=[；;])", chunk.text) for c in split_clauses(part)  # (a label's list
                       if days & extract.weekdays(c)] if days else []  # by days: its clauses are cut by semicolons)
        # of the clauses that name a day asked, the one that says most of the question, in characters (法定节假日碰上周一开不开:
        # «逢国家法定节假日照常开放», not «每周一闭馆» before it); the first where they tie
        # (a day asked with no holiday: a clause naming that day itself before one holding it by a holiday word,
        # 礼拜六开不开: «周六8:30–12:00», not «周日及法定节假日不托管»)
        by_name = not HOLIDAY_ASKED.search(q.text)
        day_clause = max(day_clauses, key=lambda c: (by_name and bool(days & extract.weekdays(HOLIDAY_SAID.sub("", c))),
                                                     sum(len(k) for k in q.keywords if len(k) >= 2 and k in simplify(c))),
                         default=None)
        whether = q.intent == "yesno" or re.search(r"吗[?？]?$", q.text)
        list_label = _list_label(chunk.text)  # a label's list by days: «开放时间：周二至周五…；…；周一闭馆»
        if whether and day_clause:
            clause = day_clause  # 周一开不开: the clause of that day (每周一闭馆), not the week's hours
            if list_label and not day_clause.startswith(list_label):
                clause = list_label + day_clause.rstrip("。；;")  # «开放时间：周一闭馆»
            elif len(chunk.text) <= YESNO_SENTENCE and not _rules(day_clause):
                clause = chunk.text.rstrip("。；;")  # 每周一为内部整理日，全天闭馆: the day's clause says not whether
        elif whether and len(chunk.text) <= YESNO_SENTENCE:
            clause = chunk.text.rstrip("。；;")  # yes or no: the whole (short) sentence says which
        yesno_day = whether and day_clause and list_label
        listed = listed_item_line(q, chunk.text, clause, span) if chunk.kind != "row" else None
        if listed is not None:  # «代客料理以台斤计价：…、柠檬虾每台斤 NT$110、…»: the label and the item asked
            clause = listed
        elif chunk.kind in FIELDS and best.span is not None and best.span.text in chunk.text and not yesno_day:
            clause = chunk.text.rstrip("。；;")  # a row or «键：值» line reads whole (a list by days: the day asked)
            if chunk.kind == "row" and span.start >= 0 and decide.typed(q):  # a row: the cells that say what
                clause = record_line(chunk.text, self.corpus.plain(chunk).text, span, q.text, q.keywords)  # the value is of
        if span.start >= 0 and list_label and clause == chunk.text.rstrip("。；;"):
            clause = _listed_clause(chunk.text, list_label, span)  # 周六几点开: «营业时间：周六、周日10:00至翌日凌晨1:00», not the label's whole list
        if q.kind == "web" and span.start >= 0:  # 网址是多少: the address with its label (网址：zc.…), no broken bracket
            label = re.search(r"[\u4e00-\u9fffA-Za-z]{1,8}[：:]\s*$", chunk.text[:span.start])
            clause = (label.group(0) if label else "") + span.text
        if q.identity and span.start >= 0 and len(chunk.text) == len(self.corpus.plain(chunk).text):
            clause = chunk.text[span.start:span.end]  # 县商务中心区党组书记许峰: the role with the name, verbatim
        line = f"{chunk.section}：{clause}" if chunk.section and not clause.startswith(chunk.section) else clause
        unfigured = extract.unlimited(span.text) or extract.relative_prices(span.text)  # 不限次数, 半价: no figure
        figures = [span.text] if q.intent == "figure" and not unfigured else []
        return Answer(
            question=question, found=True, answer=line, section=chunk.section or None,
            figures=figures, quotes=quotes, span=span.text, asked=q.sections,
        )


# A class named by its rank (一类区域, 三级古树, A类地区): a question that names one asks of it, no member.
_CLASS_NAMED = re.compile(r"(?:[一二三四五六七八九十]|[A-Da-d甲乙丙丁\d])[类级档]")


# A date said to end a stretch (到2028年3月31日结束, 截至6月30日) or to start one (自9月25日启动, 从5月1日起): the words
# before it, and after it.
_END_SAID = (re.compile(r"(?:到|至|截至|截止到?|直到)\s*$"), re.compile(r"\s*(?:结束|截止|止|为止|完成|完工)"))
_START_SAID = (re.compile(r"(?:自|从)\s*$"), re.compile(r"\s*(?:起|开始|启动|开工)"))


# A day of the week asked, or a day where a sentence may name one by its weekday (哪天闭馆: 每周一闭馆).
_DAY_ASKED = re.compile(r"(?:星期|礼拜|周)几|哪一?天")

def _naming_cells(row: str) -> str:
    """A table row's first cell and the one that names its record (name_cell), joined: what it is called."""
    cells = row_cells(row)
    return " ".join(dict.fromkeys([cells[0][1], name_cell(cells)[1]])) if cells else ""


RENT_WORDS = ("租金", "租费", "租价", "房租", "场租")  # the price of what is let


def rent_priced(word: str, row: str) -> bool:
    """Is `word` a rent (租金) asked of a price list's row, whose generic price cell (价格：12元) is the rent of what
    it lets (室外场地租金多少)?"""
    return word in RENT_WORDS and any(h in GENERIC_PRICE for h, _, _, _ in row_cells(row))


# A total asked (一共, 总共, 总计, 合计): of a sentence's figures, one said per unit (每个村配备保洁员3名) is no total
# where another is not (全镇共聘用保洁员96名).
_TOTAL_ASKED = re.compile(r"一共|总共|总计|合计|加起来")
_TOTAL_SAID = re.compile(r"总数|总量|总计|合计|累计|共计|总共|一共|共有|全部")  # a piece that gives the whole
# the total word right before the whole's figure (or its first character: 共40 is one figure to extract.figures)
_TOTAL_BEFORE = re.compile(r"(?:总计|合计|合計|總計|共计|共計|合共|总共|總共|一共|(?<![公总總])共)[为是达為達]?\s*$")


# A modifier that names no kind: the contact (联系电话, 联络人) of whoever the line names (驿站负责人：王丽娟，
# 联系电话：… is the 老板电话 asked, 负责人 holding 老板; never the 投诉电话, which the line names no one for).
_CONTACT = ("联系", "联络")


def _opening_people(text: str) -> str:
    """The people a text opens with (家长 of 家长凭观礼证入场, 毕业生 of 毕业生从哪个门进去): its first word, a
    noun of two characters or more that names people (PEOPLE_NOUN) or a party, after a list number; "" when none."""
    text = re.sub(r"^\s*(?:\d{1,2}[.、．]|[（(][一二三四五六七八九十\d]+[)）])\s*", "", text)
    words = _posseg().lcut(text[:12])
    if not words:
        return ""
    w, flag = words[0].word, words[0].flag
    return w if len(w) >= 2 and flag.startswith("n") and flag != "nr" and (
        PEOPLE_NOUN.search(w) or w[-1] in _HEADS_AND_PARTIES) else ""


# A thing of one character counted by the general classifier at the question's end (几个菜, 多少个碗).
# A year said from this one (明年, 今年年底), when a line gives no date: the time a plan or a report sets.
_YEAR_FROM_NOW = re.compile(r"(?:明年|后年)(?:年底|年初|年内|上半年|下半年|底)?|今年(?:年底|年内|上半年|下半年|底)")  # (a bare
# 今年 frames a report's figures: «今年吸引客商200多家» says no time of a festival)
# A span of time that counts a sum paid per that time (3个月租金, 两个月工资): an amount of money, no duration.
_AMOUNT_OF_TIME = re.compile(r"的?(?:租金|房租|工资|薪水|薪资|月薪|费用|物业费|管理费)")
def counted_per(q: Query, text: str, sp: Span) -> bool:
    """Is the value said per one of what the question counts (每班25人 for 几个班: the people in each class),
    the counted noun right before it after 每, while the question counts it without 每?"""
    noun = q.counted or ((one := _ONE_COUNTED.search(q.text)) and one.group(1))  # 几个班: one character, no counted noun
    if not noun or sp.start < 0 or re.search(rf"每(?:一)?个?{re.escape(noun)}", q.text):
        return False
    return re.search(rf"每(?:一)?个?{re.escape(noun)}[有为是约共达]?$", text[max(0, sp.start - 8):sp.start]) is not None


_DAY_OF_MONTH_ASKED = re.compile(r"几号|哪天|哪一天|哪日|几月几")  # a day asked, which a bare year does not give
_TOPIC_CLAUSE = re.compile(r"([^，,。；;]+的)[，,]\s*$")  # a clause closed by 的 before the value's (…称号的，)
_DEALING = frozenset("收租买卖交付花要办订约用")  # deeds of paying, renting or booking: no service of one row
_BARE_UNIT = re.compile(r"[\u4e00-\u9fff]{1,2}")  # a unit column's cell that names the unit alone (计价单位：台: per 台)
_ONE_COUNTED = re.compile(r"(?:几|多少)个([\u4e00-\u9fff])[?？吗呢啊]*$")
# A price's label right before it (现场价480元, 预售价：380元): what kind of price it is.
_PRICE_LABEL = re.compile(r"([\u4e00-\u9fff]{2})(?:价|价格|票价)[：:为是]?\s*(?:新台币|人民币)?$")
# A price granted as a favour rather than charged (Answerer.concession_of_others).
_CONCESSION = re.compile(r"免费|免票|免收|半价|半票|优惠|减半|减免|[一二三四五六七八九\d]折")


def pointed_at(word: str, asked: str, frame: str) -> bool:
    """Is `word` the place or body `asked` pointed at by 全, 本, 该, 此 or 我 and its last character (全园 for
    幼儿园, 本店 for 洗衣店), where the frame says the asked one's kind (幼儿, 洗衣)? Then it is no sibling of it; 本店
    is no 实体店 where the frame never says 实体 (an online shop says 本店 too)."""
    return len(word) == 2 and word[0] in "全本该此我" and asked[:-1] in frame


def only_inside_longer(word: str, piece: str, words) -> bool:
    """Is `word` said in `piece` only inside a longer word of `words` (理事 of 红白理事会: a piece of the
    search tokens, no word said by itself)?"""
    longer = [w for w in words if len(w) > len(word) and word in w and w in piece]
    if not longer:
        return False
    covered = set()
    for w in longer:
        for m in re.finditer(re.escape(w), piece):
            covered.update(range(m.start(), m.end()))
    return all(set(range(m.start(), m.end())) <= covered for m in re.finditer(re.escape(word), piece))


# A question of when a thing began or begins (从什么时候开始, 哪天起): answered by one day, never a recurring one.
_START_ASKED = re.compile(r"从(?:什么时候|啥时候|哪天|何时|几号|哪一天)|(?:什么时候|啥时候|哪天|何时|几号)(?:开始|起)")


# A landline asked by name (座机电话), and one said by its area code (0577-66832105, (02)2375-6618).
_LANDLINE_WORDS = ("座机", "固话", "固定电话", "座机号")
_LANDLINE = re.compile(r"(?<!\d)(?:0\d{2,3}[-－—\s]?|[（(]0\d{1,3}[）)]\s?)\d{7,8}(?!\d)")


def in_firm_name(word: str, piece: str) -> bool:
    """Is every `word` of the piece part of a firm's name (鲜果 of «塬鲜果业有限公司», 绿源 of «绿源农业合作社»)?"""
    at = [m.start() for m in re.finditer(re.escape(word), piece)]
    return bool(at) and all(re.match(rf"{re.escape(word)}[\u4e00-\u9fff]{{0,3}}?(?:有限公司|有限责任公司|股份|公司|集团|合作社)",
                                      piece[i:]) for i in at)


def co_listed(word: str, other: str, text: str) -> bool:
    """Are `word` and `other` members of one list in `text` (低保户、特困户; 学生和老人), whatever is said of
    the list said of both?"""
    a, b = re.escape(word), re.escape(other)
    return bool(re.search(rf"{a}(?:[、和及与或]|以及)[^，,。；;：:]{{0,12}}?{b}|{b}(?:[、和及与或]|以及)[^，,。；;：:]{{0,12}}?{a}", text))


def named_of_kind(q: Query, text: str) -> Span | None:
    """A word of `text` of the kind a what-question asks by a noun of one character (什么卡: 公交乐龄卡; not 什么方式,
    whose 式 heads 三格式 as well as any manner), no word of the question, nearest its keywords; None when none."""
    head = q.asked_noun[-1]
    cut = list(jieba.tokenize(text))
    found = []
    for i, (word, start, end) in enumerate(cut):  # a word ending in the head (乐龄卡), or the head alone after a
        if word == head and i and re.fullmatch(r"[\u4e00-\u9fff]{2,4}", cut[i - 1][0]):  # word it names (乐龄 卡)
            word, start = cut[i - 1][0] + word, cut[i - 1][1]
        if len(word) >= 2 and word.endswith(head) and re.fullmatch(r"[\u4e00-\u9fff]+", word) and word not in q.text:
            found.append(Span(word, start, end))
    return extract.nearest(found, text, q.keywords) if found else None


def sum_of_parts(total: Span, figs: list[Span]) -> bool:
    """Is `total` the sum of the other figures of its unit (合计450元 of 250元 and 200元; 共40 of 20 and 20)?"""
    def value(f: Span) -> float | None:
        m = re.search(r"\d+(?:\.\d+)?", f.text)
        return float(m.group(0)) if m else None

    unit = extract.unit_of(total.text)
    parts = [value(f) for f in figs if f is not total and extract.unit_of(f.text) == unit]
    whole = value(total)
    return whole is not None and len(parts) >= 2 and None not in parts and abs(sum(parts) - whole) < 1e-6


def whole_before_part(q: Query, text: str, figs: list[Span], piece) -> list[Span]:
    """The figures of the whole where a total is asked and a piece gives a part of it by 其中 (全县竹林面积达到58.4万亩，
    其中毛竹林41.2万亩: 竹林一共多少亩 is 58.4万亩), unless the part's piece says a word of the question no other piece
    does (毛竹林)."""
    parts = [f for f in figs if re.match(r"\s*其中", piece(text, f))]
    whole = [f for f in figs if f not in parts]
    if not parts or not whole or "其中" in q.text or not TOTAL_WORD.search(q.text):
        return figs  # (新种了多少亩: «其中当年新造油茶林2.1万亩» may be the part asked, in other words)
    said = {k for f in whole for k in q.keywords if k in piece(text, f)}
    return whole if all(k in said for f in parts for k in q.keywords if k in piece(text, f)) else figs


def _one_noun(word: str) -> bool:
    """Is `word` one noun as jieba cuts and tags it (车筐, 座垫)?"""
    cut = _posseg().lcut(word)
    return len(cut) == 1 and cut[0].flag.startswith("n")


_ASKING_DEEDS = frozenset(("办", "做", "弄", "搞", "处理", "解决"))  # 怎么办, 咋弄: how the asker asks what to do


def trouble_clause(q: Query, text: str) -> Span | None:
    """The clause of `text` that says the trouble a 怎么办 asks about, by the deed itself or the thesaurus's word for
    it (卡丢了: «卡片遗失可凭身份证补办»): what the line does for that case. None when it says none."""
    troubles = trouble_words(q)
    for m in re.finditer(r"[^，,。；;]+", text):
        clause = m.group(0)
        said = [t for t in [*troubles, *_tokens(clause)] if t in clause and any(k in t or synonyms.same(k, t) for k in troubles)]
        if any(_WHAT_TO_DO.search(clause, clause.find(t) + len(t)) for t in said):  # what to do follows the trouble
            return Span(clause, m.start(), m.end())  # (not «久坐提醒默认在…每1小时提醒一次», which says no deed for it)
    return None


def trouble_words(q: Query) -> list[str]:
    """The deeds of a 怎么办 that say the trouble (丢 of 卡丢了怎么办): its verbs, not how it asks (办, 要, 能)."""
    return [k for k in q.keywords if k in q.verbs and k not in _ASKING_DEEDS and k not in MODALS]


def trouble_said(q: Query, text: str) -> bool:
    """Does `text` say a trouble deed of the question, itself or by the thesaurus's word for it (遗失 for 丢)?"""
    troubles = trouble_words(q)
    return any(k in text for k in troubles) or any(synonyms.same(k, t) for t in _tokens(text) if len(t) >= 2 for k in troubles)


_WHAT_TO_DO = re.compile(r"可|须|需|请|应|补办|补领|联系|拨打|致电|到")


def same_word_said(word: str, text: str) -> bool:
    """Does `text` say `word` by a word of the thesaurus's group for it, as long and sharing a character with it
    (影片 for 电影), though the corpus uses both?"""
    return any(len(t) == len(word) and t != word and set(t) & set(word) and synonyms.same(word, t) for t in _tokens(text))


def case_before(text: str, start: int) -> str:
    """The case stated right before a value handed by 由 (没有物业服务企业的 of «…的由社区居民委员会负责»): the piece the
    由 stands in, or the one before it where 由 opens its piece."""
    pieces = re.split(r"[，,；;。]", text[:max(0, start - 1)])
    return pieces[-1] or (pieces[-2] if len(pieces) > 1 else "")


def barred_after(text: str, t: Span, deeds_asked) -> bool:
    """Does a clock time bound a deed asked as the time after which it is barred (17:30以后只能还船，不能租船)?"""
    m = re.match(r"(?:以后|之后|后)[^。；;]{0,10}?不(?:能|得|可|再|予)?([\u4e00-\u9fff]{1,4})", text[t.end:])
    return bool(m) and any(d in m.group(1) for d in deeds_asked)


def listed_sibling_labels(word: str, text: str, words: list[str], start: int) -> bool:
    """Does a word of the value's piece stand right before the value (车筐30元) and share a list with the
    asked `word` in a clause before the value's (损坏车筐、车铃等配件的，…)? Members of one list are
    siblings, and the value said right after one of them is that one's alone. A list in the value's own
    clause is counted whole (清扫烟道、检查炉具1200余次)."""
    before = text[:start]
    earlier = before[:max((m.start() for m in re.finditer(r"[，,；;。]", before)), default=0)]
    return any(len(t) >= 2 and before.endswith(t) and co_listed(word, t, earlier) for t in words)


def _opening_households(text: str) -> str:
    """The households a text opens with (低保户 of 低保户、特困户凭有效证件…), after a list number; "" when none."""
    m = re.match(r"\s*(?:\d{1,2}[.、．]\s*)?([\u4e00-\u9fff]{1,4}户)(?=[、，,和及与凭可享免]|$)", text)
    return m.group(1) if m else ""


# A short label right before its value, the label a clause of its own (，车筐30元，车锁50元).
_LABELLED_VALUE = re.compile(r"(?:^|(?<=[，,、；;]))([\u4e00-\u9fff]{2,5})(?=\d)")
_LABEL_OPENS = re.compile(r"^[^，,。：:；;\d]{2,12}[：:]")  # a line that opens with its label (叉车工：…; no date: 1808年：…)
_STYLE = set("式型款机类")  # 挂式, 挂机: a kind named by its make or shape, said with one suffix or another


# The head of a word that names a sum paid for a thing (挂号费, 门票价格): the thing said is the sum's.
_SUM_HEAD = re.compile(r"(?<=..)(?:费用?|价格?|钱)$")


def parts_said(word: str, text: str) -> bool:
    """Does `text` say each word `word` is made of (绝育手术: 绝育 and 手术, «类别：手术 · 项目：公猫绝育»), or the
    thing whose sum it names (挂号费: «夜间急诊挂号 · 价格：150元»)? It speaks of it then, in its own order."""
    head = _SUM_HEAD.search(word)
    if head and word[:head.start()] in text:
        return True
    return any(word[:i] in text and word[i:] in text for i in range(2, len(word) - 1))


# A number's label that takes any complaint or report (投诉电话, 投诉举报电话), owned by no one thing.
_BARE_COMPLAINT_LINE = re.compile(r"(?:^|[，,。；;\s])(?:投诉|举报|监督)(?:举报|投诉)?(?:电话|热线|专线)[：:为是]?")
_COMPLAINT_ASKED = re.compile(r"投诉|举报|告状|反映问题")


# A body's contact given as a name and a number after it (社区志愿者协会：杨帆，电话13917702245).
_CONTACT_LINE = re.compile(r"[：:]\s*[\u4e00-\u9fff]{2,4}[，,、\s]*(?:联系)?(?:电话|手机|热线)")


# Words of degree and time that never stand inside a name (很, 太, 最, 还).
_DEGREE_CHARS = "很太最更也都还就又再才不没挺蛮真好非极超"


# The labels of a phone line that say it is one, whatever they call it (订位专线, 服务热线).
_LINE_LABEL = re.compile(r"专线|热线|电话|手机|号码|联系方式|Tel|TEL|tel|WhatsApp|微信|LINE(?=[：:\s]|查)")


def listed_item_line(q: Query, text: str, clause: str, span: Span) -> str | None:
    """For a «label：…» line that lists several values (代客料理以台斤计价：胡椒虾每台斤 NT$100、柠檬虾每台斤 NT$110、…),
    the label and the clause of the value, when the question names that item (柠檬虾) or asks the extreme (哪个组…最便宜);
    None otherwise (the line is then read whole: a value whose clause the question does not name may be the wrong one,
    the whole line at least holds the right one)."""
    key = re.match(r"[^：:]{1,20}(?<!\d)[：:](?!\d)", text)  # (not the colon of 23:00)
    if key is None or span.start < key.end() or q.intent not in ("figure", "entity"):
        return None
    value = text[key.end():]
    if len(extract.figures(value)) < 2 or clause not in value or len(clause) >= len(value.rstrip("。；;")):
        return None
    if not (any(len(k) >= 2 and k in simplify(clause) for k in q.keywords) or extract.extreme_asked(q.text)):
        return None
    return key.group(0) + clause


# The words that point back at a day said before them (当日, 当天, 该日, 同日): no date of their own.
_SAME_DAY_AGAIN = frozenset(("当日", "当天", "该日", "同日", "是日"))


# Calling, as a question that asks a number says it (打电话, 打个电话, 拨电话, 致电): no kind of line.
_CALLING = re.compile(r"[打拨致]个?电话|致电")


def phone_qualifiers(question: str, text: str, lacking: list[str]) -> list[str]:
    """The qualifiers a phone line still lacks: a word that names the line by its label (热线电话: «订购热线：…»)
    is held by the label; what a complaint is about (广场舞噪音投诉电话) is no kind of line where the line's label
    takes any complaint («投诉举报电话：…», no owner before it); a landline asked (座机) is held by a number with
    an area code."""
    out = [w for w in lacking if not ((m := re.fullmatch(r"(.{2,}?)(?:电话|号码)", w)) and m.group(1) in text)
           and not (w in _LANDLINE_WORDS and _LANDLINE.search(text))  # 座机: a number with an area code
           and not (w in ("电话", "号码", "电话号码") and _LINE_LABEL.search(text))]  # 订位要打哪支电话: «订位专线：…»
    if out and _COMPLAINT_ASKED.search(question) and _BARE_COMPLAINT_LINE.search(text):
        return []
    return out


# What may open the run before a bracket that is no part of the thing defined (一是, 其中, 新开).
_DEFINED_HEAD = re.compile(r"^(?:[一二三四五六七八九十\d]+[是、.．]|其中|新开|开通|设立|增设)")


# Words that tally a figure up (累计超过10天的), no thing measured.
_TALLIES = frozenset(("累计", "合计", "共计", "总计", "累积", "连续", "一共", "总共", "全年", "全部"))


def age_stated_held(question: str, text: str) -> bool:
    """Does `text` set an age range holding the age the question states (孩子12岁: «8至14周岁»)? The asker's word for
    the person by their age (孩子) then says no more than the age."""
    asked = extract.bounds(question, point=True)
    said = extract.bounds(text)
    return any(u in asked and u in said and said[u][0] <= asked[u][0] and asked[u][1] <= said[u][1] for u in ("岁", "周岁"))


def whole_said(word: str, text: str) -> bool:
    """Does `text` speak of the whole of what a word of two characters names, by its head (全校 for 学校, 全县
    for 本县)? The sentence then speaks of it, whatever it adds."""
    return len(word) == 2 and "全" + word[-1] in text


def sum_by_deed(word: str, text: str) -> bool:
    """Does `text` give the sum a word of money names (奖金, 补助金, 抚慰金) by the deed that pays it, right before the
    sum (奖励3万元, 补助15万元)? A reward paid is the 奖金."""
    stem = word[:-1] if len(word) >= 2 and word[-1] in "金款" else ""
    return bool(stem) and re.search(rf"{re.escape(stem)}[\u4e00-\u9fff]{{0,2}}[\d一二两三四五六七八九十]", text) is not None


def style_said(word: str, text: str) -> bool:
    """Does `text` hold a word of two characters that names the same kind as `word` by its make or shape (挂机 for
    挂式: same_style)?"""
    return any(same_style(word, text[i:i + 2]) for i in range(len(text) - 1))


def same_style(a: str, b: str) -> bool:
    """Two words of two characters that name one kind by its make or shape (挂式 and 挂机, 柜式 and 柜机,
    立式 and 立型): the same first character, each closed by a suffix of kind (_STYLE)."""
    return len(a) == len(b) == 2 and a[0] == b[0] and a[1] in _STYLE and b[1] in _STYLE


_HEADS_AND_PARTIES = "长属方"  # a doer beside PEOPLE_NOUN's: 家长, 家属, 甲方


PARAGRAPH_SPAN = 30  # sentences either side of one that Answerer.paragraph_names reads


def _rules(clause: str) -> bool:
    """Does a clause say yes or no by itself: allow, forbid, require (support.RULING) or close (support.CLOSED)?
    每周一为内部整理日 names the day but not whether one may come; 全天闭馆, the clause after it, does."""
    return bool(CLOSED.search(clause) or RULING.search(clause))


# A deed of leaving (几点开, 几点发车, 几点出发) and the timetable words that say a departure (首班, 末班).
_DEPARTURE_DEED = re.compile(r"开|发车|出发|开船|发船|开车|开出|发")
_DEPARTURE_SAID = re.compile(r"首班|末班|头班|尾班|首车|末车|首航|末航")


def departure_said(deed: str, piece: str) -> bool:
    """Is `deed` a departure (平时第一班船几点开: 开; 2号线早上几点发车: 发车) and does the value's piece say one
    by a timetable's word («平日首班7:30», «2号线首班8:30»)? The first or last run is a departure."""
    return bool(_DEPARTURE_DEED.fullmatch(deed) and _DEPARTURE_SAID.search(piece))


# A kind of bus or line named by the word a route's name opens with (夜班车, 机场大巴, 旅游专线, 社区巴士).
_ROUTE_KIND = re.compile(r"(夜|机场|旅游|观光|社区|快速|区间|高峰)(?:班车|班|公交车?|巴士|大巴|专线|线|车)")


def route_of_kind(word: str, row: str) -> bool:
    """Does `word` name a kind of route (夜班车: a night bus) that the row's route name says by the word it
    opens with («线路：夜1路»: extract.routes)? The row is then that route's, no sibling of the asked bus."""
    m = _ROUTE_KIND.fullmatch(word)
    cells = row_cells(row)
    return bool(m and cells) and any(r.text.startswith(m.group(1)) for r in extract.routes(cells[0][1]))


# A question of whom one turns to (找谁申请, 向谁反映).
_TURN_TO_ASKED = re.compile(r"(?:找|向|跟|问|联系)谁")
_CHARGE_ASKED = re.compile(r"(?:由|归)谁|谁(?:来)?(?:负责|管)")  # who is in charge: «由…负责»


def modifies_next(word: str, piece: str) -> bool:
    """Does `word` stand in `piece` only before a body or worker it names (供水 of 供水单位: the supplier, no
    kind of the 接水 asked; 门诊 of 门诊挂号时间 stays 急诊's sibling)?"""
    cut = [p.word for p in _posseg().lcut(piece)]
    at = [i for i, w in enumerate(cut) if w == word]
    return bool(at) and all(i + 1 < len(cut) and _AGENT_NOUN.search(cut[i + 1]) for i in at)


_AGENT_NOUN = re.compile(r"(?:单位|部门|人员|机构|公司|企业|中心|站|局|处|所)$")


def same_kind(q: Query, text: str, sp: Span) -> list[Span]:
    """The values of a sentence of the same kind as `sp`: its clock times for 几点, its dates for a date
    asked, else its figures of the same class of unit (money, time, count)."""
    if q.kind == "clock":
        return extract.clock_times(text)
    if q.intent == "date":
        return extract.dates(text)
    kind = extract.unit_class(extract.unit_of(sp.text))
    return [f for f in extract.figures(text) if extract.unit_class(extract.unit_of(f.text)) == kind]


def abbreviates(word: str, q: Query) -> bool:
    """Is `word` (two characters) the short form of two keywords side by side in the question, by their first
    characters or the first's first and the second's last (接警 of 接到报警; not 租价 of 租要涨价)?"""
    return len(word) == 2 and any(a + b in q.text and word in (a[0] + b[0], a[0] + b[-1])
                                  for a, b in zip(q.keywords, q.keywords[1:]))


def days_of_record(word: str, row: str) -> bool:
    """Does a table row name the days of the week `word` names (工作日, 礼拜天) in every day word it gives, the
    days being its record's (羽毛球场（平日白天）, 开放时段：周一至周五…), not one of its columns' (平日价格 beside
    假日价格)?"""
    asked = extract.weekdays(word)
    said = [extract.weekdays(d.text) for d in extract.days_said(row)]
    return bool(asked) and bool(said) and all(asked <= d for d in said)


# The sessions a price sheet names by the part of the day they are held in (夜场: the evening's).
_SESSIONS = {"morning": "早场", "afternoon": "午场", "evening": "夜场|晚场", "daytime": "日场"}


def sessions_of_part(word: str, text: str) -> bool:
    """Does `text` name a session of the part of the day `word` names (晚上: 夜场 or 晚场)?"""
    parts = extract.day_parts(word)
    return bool(parts) and all(p in _SESSIONS and re.search(_SESSIONS[p], text) for p in parts)


def at_hand(word: str, text: str, place: bool = False) -> bool:
    """Does `text` speak of what `word` names as the thing at hand, by a deictic word that keeps the
    word's first character (本机, 该机, 此机 for 机器: this machine, whatever else the frame calls it)? With `place`,
    a place's or body's last one too (本店 for 洗衣店: no sibling of it; no word that holds 实体店 either)."""
    ends = (word[0], word[-1]) if place and word.endswith(ORGANISATION_ENDS) else (word[0],)
    if len(word) < 2 or not any(d + ch in text for d in "本该此" for ch in ends):
        return False  # the two characters side by side, before the text is cut into words
    return any(len(t) == 2 and t[0] in "本该此" and t[1] in ends for t in _tokens(text))


def held_role(question: str) -> str | None:
    """The role a question asks the holders of: asked_role's (组长 in 组长是谁), or that of 都有谁
    (成员 in 领导小组的成员都有谁)."""
    return asked_role(question) or asked_role(re.sub(r"(?:都|还)?有(?:谁|哪些人|哪几位)", "是谁", question))


def counter_opposed(asked: tuple[str, ...], pieces: list[str], per: list[list[float]], question: str) -> list[list[float]]:
    """The deed scores of values' pieces (`per`, one list per piece, one score per asked deed), where a
    piece that says an asked deed in no form says the opposite of what another piece opposes to it, of
    the same thing: «开园时间：9:00 · 闭园时间：16:30» for 关门 — 开园 is opposed to it, and 闭园 to 开园 (the
    same 园); that piece says the deed (SHARED). 停止入园 opposes 开园 by 停止, not of the same thing."""
    out = [list(p) for p in per]
    for j, deed in enumerate(asked):
        against = [t for k, piece in enumerate(pieces) if per[k][j] < 0
                   for t in _tokens(piece) if deeds.opposed(deed, t, question)]
        if not against:
            continue
        for i, piece in enumerate(pieces):
            if per[i][j] == 0 and any(u != o and set(u) & set(o) and deeds.opposed(o, u, question)
                                      for o in against for u in _tokens(piece)):
                out[i][j] = deeds.SHARED
    return out


@lru_cache(maxsize=8192)
def _tokens(text: str) -> list[str]:
    """query.tokens of a piece of a sentence, kept: the same sentences come back question after question."""
    return tokens(text)


# A size stated as a bare number, before 的 or at the end of a clause (1.67的, 2T的, 16G的): not a quantity
# with a Chinese unit (3平方米, 60张), nor a code's number (A4).
_UNIT_SIZE = re.compile(r"(?<![A-Za-z\d.])(\d+(?:\.\d+)?(米|厘米|英寸|寸|升|毫升|瓦|W|毫安|mAh))(?=的)")  # 2米的数据线
_BARE_SIZE = re.compile(r"(?<![A-Za-z\d.])(\d+(?:\.\d+)?[A-Za-z]{0,2})(?=的|[，,？?]|$)")


def _size_shape(number: str) -> tuple[bool, bool]:
    """The shape of a size (1.60: a decimal; 512G: with letters), to tell which cell states one."""
    return "." in number, bool(re.search(r"[A-Za-z]", number))


# A field of a form or a notice: a short label, its colon, its value (店长：林冠宇；, 电话：0729-8851).
_FIELD = re.compile(r"^(?:\d{1,2}[.、．]\s*)?[\u4e00-\u9fffA-Za-z]{1,8}[：:]\s*\S")


# The hours of a place asked (几点下班, 上班时间, 几点开门): opening and closing words, or a label of the hours.
_HOURS_ASKED = re.compile(rf"{synonyms.OPENING}|{synonyms.CLOSING}|{synonyms.HOURS_LABEL.pattern}|上班时间")
# A time labelled with the deed it is the time of, right before it (查询时间为工作日下午14:00至16:30).
_DEEDS_TIME = re.compile(r"([\u4e00-\u9fff]{2})时间(?:为|是|：|:)?[^。；;，,]{0,10}$")


_HOW_OR_HOW_MUCH = re.compile(r"怎么|怎样|如何|多少|几")  # (有没有停车场，泊车怎么收费: how it is charged, no whether)


def another_deeds_hours(question: str, before: str) -> bool:
    """Does a time asked as a place's hours (几点下班, 上班时间) stand under a label naming another deed's time (查询时间,
    检查时间: the archive's, the check-up's), which no word of the question says? The hours' own labels (办公时间,
    营业时间, 开放时间) are the place's."""
    if not _HOURS_ASKED.search(question):
        return False
    m = _DEEDS_TIME.search(before)
    if not m or synonyms.HOURS_LABEL.search(m.group(1) + "时间") or m.group(1) in question:
        return False
    if line_hours_asked(m.group(1), question) and re.search(r"电话|热线|\d{5}", before):
        return False  # 12305几点有人接电话: «投诉热线12305受理时间为9:00—17:00», the line's own hours
    return not synonyms.hours_deed(m.group(1))


# What a telephone line does in its hours (受理时间, 接听时间): the hours a question on calling it asks.
_LINE_DEEDS = ("受理", "接听", "接线")


def line_hours_asked(deed: str, question: str) -> bool:
    """Does a question on calling a line (电话, 热线) ask the hours a label names by what the line does (受理时间)?"""
    return deed in _LINE_DEEDS and re.search(r"电话|热线", question) is not None


def title_topic(q: Query, title: str) -> list[str]:
    """The keywords of an open question that the document's title (Simplified) says, which its lines repeat: they
    say which document, not which line (疗休养 of 青川市职工疗休养管理办法 for 疗休养有体检吗). A character alone counts
    only with its neighbour keyword (疗 of 疗 休养, jieba's cut of 疗休养). None for a figure, a date or another value
    of a kind asked (a place, a route, a number), singled out by its type, nor where nothing else of two characters is
    asked (疗休养是什么, 猕猴桃卖到哪个国外市场: a deed of one character)."""
    if q.intent in ("figure", "date") or q.kind is not None:
        return []
    kws = q.keywords
    topic = [kw for i, kw in enumerate(kws) if kw in title and (len(kw) >= 2 or any(
        pair in title and pair in q.text for pair in (kw + "".join(kws[i + 1:i + 2]), "".join(kws[i - 1:i]) + kw)
        if len(pair) > 1))]
    return topic if any(k not in topic and len(k) >= 2 for k in kws) else []


def _list_label(text: str) -> str:
    """The label, with its colon, of a label's list by days kept one sentence (营业时间： of «营业时间：周一至周四…；周五…；
    周六…», corpus.parse.line_sentences); "" for any other line."""
    m = _FIELD.match(text)
    if not m or not re.search(r"[；;]", text[m.end():]) or len(line_sentences(text)) != 1 or len(split_sentences(text)) < 2:
        return ""
    return text[:m.end() - 1].rstrip()


def _listed_clause(text: str, label: str, span: Span) -> str:
    """The clause of a label's list by days (`label`: _list_label) that holds `span`, with the label (营业时间：周五13:00至
    翌日凌晨1:00 of «营业时间：周一至周四…；周五…；周六…»; the first clause holds it already)."""
    start = max(text.rfind("；", 0, span.start), text.rfind(";", 0, span.start)) + 1
    ends = [i for i in (text.find("；", span.end), text.find(";", span.end)) if i >= 0]
    part = text[start:min(ends) if ends else len(text)].strip()
    return part if start == 0 else label + part


def fragment(sentence: str) -> bool:
    """Is a sentence a fragment (a title, a cut-off piece): very short, and no labelled field? A field says its
    value however short it is (店长：林冠宇；), as a fitted model trained on encyclopaedia prose never saw."""
    return len(sentence) < 12 and not _FIELD.match(sentence)


def header_only(row: str, sp: Span | None) -> frozenset[str]:
    """The words of a row's headers that no value of it says, the value's own column left out: the names of
    the other columns (取镜 of 取镜时间), no kind of any record."""
    cells = row_cells(row)
    values = "".join(value for _, value, _, _ in cells)
    own = column_of(row, sp.start) if sp is not None and sp.start >= 0 else ""
    return frozenset(t for head, _, _, _ in cells if head != own for t in _tokens(head) if t not in values)


@lru_cache(maxsize=8192)
def _verbs_of(piece: str) -> frozenset[str]:
    """The words of two characters or more jieba tags as verbs in a piece of a sentence, kept."""
    return frozenset(w for w, flag in keyword_tags(piece) if len(w) >= 2 and flag.startswith("v"))


def word_before(piece: str, at: int) -> str:
    """The word of `piece` (as jieba cuts it) that ends where position `at` begins, a per-unit 每
    dropped (每餐补贴: 餐), or "" when `at` falls inside a word (咨询电话: 电话 opens no word)."""
    end = 0
    for w in _posseg().lcut(piece):
        end += len(w.word)
        if end == at:
            word = w.word.strip()
            return word[1:] if word.startswith("每") and len(word) > 1 else word
        if end > at:
            return ""
    return ""


def joined_heads(words: list[str], piece: str) -> list[str]:
    """The piece's words that jieba cut off their one-character head (文三路 站 → 文三路站), joined
    again where the piece writes them together: a named kind of that head (a 站 that is no 火车站)."""
    return [a + b for a, b in zip(words, words[1:])
            if len(b) == 1 and len(a) >= 2 and re.fullmatch(r"[\u4e00-\u9fff]+", a + b) and a + b in piece]


def every_of(general: str, kind: str, text: str) -> bool:
    """Does `text` rule on every one of a general word of two characters (每支团队, 每个单位) whose head the
    asked kind shares (舞蹈队 of 团队)? A rule for each 团队 holds for the 舞蹈队 asked; a longer word
    (每名保洁员) is a kind of its own, a sibling of another (监督员)."""
    return len(general) == 2 and len(kind) > 2 and general[-1] == kind[-1] and bool(
        re.search(rf"每[支个名位条家辆台所]?{re.escape(general)}", text))


_LABEL_AT = re.compile(r"^(?:\d{1,2}[.、．]\s*)?([^：:，,。]{2,12}?)\s*[：:]\s*([^，,。；;\s]+)")


def labelled_value(q: Query, text: str) -> Span | None:
    """The value of a labelled line whose label the question names whole as what it asks (赏鲸船的line id是多少:
    «LINE ID：@poseidon-whale»), when no value of a type was found: a code, an account, a name of no type
    wenda reads. Only a question of no measure and no kind of value but a code's."""
    if q.intent not in ("figure", "entity") or q.measure or q.kind not in (None, "code"):
        return None
    m = _LABEL_AT.match(text)
    if m is None:
        return None
    label = re.sub(r"\s+", "", m.group(1)).lower()
    asked = re.sub(r"\s+", "", q.text).lower()
    if len(label) < 2 or not re.search(re.escape(label) + r"(?:是|为|叫)?(?:多少|什么|啥|几)", asked):
        return None
    return Span(m.group(2), m.start(2), m.end(2))


# When the most or the least was (蛋价最贵是哪个月, 哪天人最少): group 1 the most, group 2 the least; and how a line
# says either («最高时每斤4.92元（9月份）», «高峰», «最低时»).
_EXTREME_WHEN = re.compile(r"最(贵|高|多|大|堵|拥堵|挤|拥挤|忙|热闹)|最(便宜|低|少|小|空|闲)")  # (返程哪天最堵: «最高峰日为1月31日»)
_HIGHEST_SAID = re.compile(r"最(?:高|多|大|贵)|高峰|峰值")
_LOWEST_SAID = re.compile(r"最(?:低|少|小|便宜)|低谷")
_NUMERAL = re.compile(r"[\d零一二两三四五六七八九十百千]+")


def _another_number(a: str, b: str) -> bool:
    """Do `a` and `b` both hold a number, and different ones (第五名, 第三名)?"""
    na, nb = ([cn_number(n) for n in _NUMERAL.findall(re.sub(r"(?<=\d),(?=\d{3})", "", w))] for w in (a, b))
    return bool(na) and bool(nb) and na != nb  # (一楼 and 1楼 hold one number, 一千 and 1,000 too)


_MOST_SAID = (re.compile(r"最(?:高|多|大|贵)"), re.compile(r"最(?:低|少|小|便宜)"))  # the extreme itself, said


def clause_before(text: str, at: int) -> str:
    """The clause of `text` that runs up to position `at`, from the last separator before it (末班船：晚上 of
    «平时首班船：早上6:30开船，末班船：晚上19:00», a label's colon no separator)."""
    return re.split(r"[，,。；;\n]", text[:at])[-1]


def listed_end(text: str, span: Span, last: bool) -> Span:
    """The last (or first) of the clock times a span lists (09:00、13:00、15:30), the span when it lists one."""
    times = [t for t in extract.clock_times(text) if span.start <= t.start and t.end <= span.end]
    return (times[-1] if last else times[0]) if len(times) >= 2 else span


def acted_on(word: str, other: str, text: str) -> bool:
    """Is `other` what the deed of a two-character word (建房, 盖房: a verb and its object) is done to, in
    `text`: the verb, or one the thesaurus says is the same (盖 for 建), right before or after it (新建住房,
    住房建设)? Then it is the asked thing itself, no sibling of it."""
    if len(word) != 2 or len(other) < 2 or other[-1] != word[-1]:
        return False
    for m in re.finditer(re.escape(other), text):
        for ch in (text[m.start() - 1:m.start()], text[m.end():m.end() + 1]):
            if ch and re.fullmatch(r"[\u4e00-\u9fff]", ch) and (ch == word[0] or synonyms.same(ch, word[0])):
                return True
    return False


# A service's runs by their order in the day (首班车, 末班船, 头班, 尾班车): the first or last of whatever runs.
RUN_ORDINAL = re.compile(r"首班|末班|头班|尾班|头趟|末趟")


def run_of(word: str, question: str) -> bool:
    """Is `word` the first or last run of a thing (首班船, 末班车), while the question names no run by its
    order? Then it names no kind of that thing (渡船 asked, «末班船：晚上19:00» said: the ferry's last run)."""
    return len(word) > 2 and bool(RUN_ORDINAL.search(word[:-1])) and not RUN_ORDINAL.search(question)


def bare_modified(question: str, keywords: list[str], heads: list[str]) -> list[str]:
    """A noun of the question with the character before it that no keyword covers (中班 in 分拨中心中班几点开始:
    jieba drops 中 as a stopword and keeps 班; 中会议室, where only a size or a place singles out a longer
    noun, _size_character): the kind asked."""
    covered = set()
    for k in [*keywords, *QUESTION_WORDS]:  # 哪里人: 里 belongs to the question word
        at = question.find(k)
        while at >= 0:
            covered.update(range(at, at + len(k)))
            at = question.find(k, at + 1)
    out = []
    for h in heads:
        at = question.find(h)
        while at >= 0:
            if at > 0 and at - 1 not in covered and re.fullmatch(r"[\u4e00-\u9fff]", question[at - 1]) \
                    and question[at - 1] not in NEGATIONS and not QUANTITY.search(question[at - 1]) \
                    and not re.search(r"(?:几|多少)$", question[:at - 1]) \
                    and (_modifier_character(question[at - 1]) if len(h) == 1 else _size_character(question[at - 1])):
                out.append(question[at - 1] + h)
            at = question.find(h, at + 1)
    return out


@lru_cache(maxsize=1024)
def _size_character(ch: str) -> bool:
    """Does a character alone single out a kind of a longer word by its size or place (大, 小 of 小会议室; 中
    of 中会议室, 东 of 东门停车场): jieba tags it an adjective, or it is a middle or a compass point? Not a
    measure word or a noun (条 of 多少条横幅), nor 上 or 下, which are deeds as often (上素描课)."""
    return ch in "中东西南北" or any(p.flag[:1] == "a" for p in _posseg().lcut(ch))


@lru_cache(maxsize=1024)
def _modifier_character(ch: str) -> bool:
    """Can a character alone single out a kind (中 of 中班, 早, 夜): jieba tags it a locative, a time,
    an adjective or a noun; not a particle (的水), a measure word (次卡) nor a verb."""
    return any(p.flag[:1] in ("f", "t", "a", "b", "n") for p in _posseg().lcut(ch))


# A tail that makes a place name an area around it (青海地区, 长江一带, 四川境内): the place said is the area.
_AREA_TAIL = re.compile(r"(?:地区|一带|地方|境内|附近|周边|沿岸|沿海|全境|城区|市区)$")


def place_stem(name: str) -> str:
    """The place an area name is named by (青海 of 青海地区), or "" when it has no area tail or the
    stem is shorter than two characters."""
    stem = _AREA_TAIL.sub("", name)
    return stem if stem != name and len(stem) >= 2 else ""


_ORDINAL = re.compile(r"第([\d一二三四五六七八九十]+)([个座家所位名批间颗场次回届期号条支套部架艘款辆胎天日年月周])$")


def _numbered_alike(name: str, around: str) -> bool:
    """Is a numbered name said with its number written the other way (第十代 as 第10代, 3号楼 as 三号楼)?"""
    m = re.search(r"\d+|[零一二三四五六七八九十两]+", name)
    if not m:
        return False
    form = re.escape(name[:m.start()]) + members.written_alike(m.group(0)) + re.escape(name[m.end():])
    return re.search(rf"(?<![\d零一二三四五六七八九十]){form}", around) is not None


_FIRST = re.compile(r"第一(?:个|次|位|批|年|天)?")


def _ordinal_in_range(number: str, measure: str, around: str) -> bool:
    """Does `around` set a range of ordinals of the same measure (天 and 日 alike) holding the number (第16日至第30日
    holds 第20天)?"""
    n = int(number) if number.isdigit() else cn_number(number)
    units = "天日" if measure in "天日" else re.escape(measure)
    return n is not None and any(int(a) <= n <= int(b) for a, b in re.findall(
        rf"第(\d+)[{units}]?\s*(?:至|到|—|－|-|~|～)\s*第?(\d+)[{units}]", around))


def _ordinal_said(name: str, around: str, question: str = "") -> bool:
    """Is an ordinal of the question (第一座, 第二家) said in other words: the same number with another
    measure word (第一批), or the first as 首 (首家, 首个, 首次), or as 首 before the noun the question puts
    after it (第一个小时: 首小时)? A numbered name (2号线, 第二期工程) must be there as written; an ordinal
    ranks, and the sentence ranks with its own measure word."""
    if _FIRST.fullmatch(name) and name in question:
        after = re.match(r"[\u4e00-\u9fff]{0,2}", question[question.find(name) + len(name):]).group(0)
        if len(after) == 2 and "首" + after in around:
            return True
    m = _ORDINAL.fullmatch(name)
    if not m or m.group(2) in "号期条届":  # 第3号, 第二期, 第七条, 第十届: names
        return False
    if m.group(2) in "次回遍" and re.search(r"每一?[次回遍]", around) and not re.search(r"第[一二两三四五六七八九十\d]+[次回遍]", around):
        return True  # 第二次扣多少: «…的，每次扣除装修押金500元», every time alike
    n = m.group(1)
    if _ordinal_in_range(n, m.group(2), around):
        return True  # 第20天才签: «在签约期限第16日至第30日内签约的»
    return bool(re.search("第" + members.written_alike(n) + r"(?![\d一二三四五六七八九十])", around)  # 第五 for 第5
                or (n in ("一", "1") and re.search(r"首[个座家所位名批间颗场次支套部架艘款辆胎日天年月周]", around))  # 首支 for 第一支, 首年
                or (n in ("二", "2") and m.group(2) in "天日" and re.search(r"次日|隔天|翌日|第二日", around))  # 第二天: 次日
                # a house or child counted in order is said without 第 (第二套房 → 二套房, 第二胎 → 二胎):
                # a Chinese ordinal before its measure word and a noun, never 两 (两套房 counts them)
                or (m.group(2) in "套胎" and n not in ("一", "1") and re.search(
                    rf"(?<![\d一二三四五六七八九十两]){n}{m.group(2)}", around)))


# Conjunctions and prepositions jieba may glue to the name after them (和望平, 由约翰, 了佩琴).
_GLUED_BEFORE = "和与及了由在被把向对从跟同"


# A section or title that may be a name: a foreign one written with · (伽利略·伽利莱, 托马斯·霍布斯), or a word alone.
_PERSON_TITLE = re.compile(r"[\u4e00-\u9fff]{1,6}(?:·[\u4e00-\u9fff]{1,6})+")
_TITLE_WORD = re.compile(r"[\u4e00-\u9fff]{2,4}")


def title_person(q: Query, chunk: Chunk, text: str) -> Span | None:
    """For 谁, where the sentence holds no name the tagger knows: the name that titles the sentence's
    article (its section or title), not in the question: a part of a foreign name written with · said
    anywhere in the sentence, or the whole title where it opens the sentence as its subject (星际信使是
    谁的作品: «伽利略在1610年3月发布了…，题为《星际信使》» in the article 伽利略; jieba knows no 伽利略)."""
    for title in (simplify(chunk.section or ""), simplify(chunk.title or "")):
        if _TITLE_WORD.fullmatch(title) and text.startswith(title) and title not in q.text:
            return Span(title, 0, len(title))
        if not _PERSON_TITLE.fullmatch(title):
            continue
        for part in title.split("·"):
            at = text.find(part)
            if len(part) >= 2 and at >= 0 and part not in q.text:
                return Span(part, at, at + len(part))
    return None


def _distinct(ranked: list[Scored]) -> list[Scored]:
    seen = set()
    out = []
    for s in ranked:
        if s.hit.chunk.text not in seen:
            seen.add(s.hit.chunk.text)
            out.append(s)
    return out


def _with_next_clause(sentence: str, span: Span) -> str:
    end = span.end
    nxt = [sentence.find(c, end + 1) for c in ",，;；。"]
    stop = min([p for p in nxt if p > end], default=len(sentence))
    return sentence[span.start:stop].strip()


def _original(text: str, piece: str) -> str:
    """`piece` of simplify(text), cut from `text` at the same place (the original script)."""
    at = simplify(text).find(piece)
    return text[at:at + len(piece)] if at >= 0 else piece


def _group_of(ch: str, families) -> tuple[int, int] | None:
    """(family, group) of a character in one of `families` (CONTRAST, REFERENTS), or None."""
    for f, family in enumerate(families):
        for g, group in enumerate(family):
            if ch in group:
                return f, g
    return None


_PIECE_HEAD = re.compile(r"^\s*(?:第[一二三四五六七八九十百\d]+条|\d{1,2}[.、．]|[（(][一二三四五六七八九十\d]+[）)])?\s*")


_RELATIVE_YEAR = re.compile(r"[今去明前后本上下]年|今年度|上一年|下一年")  # a year said from now (去年, 明年)
_PAST_YEARS = ("去年", "前年", "上一年")  # asked by an asker after the report's year, which its lines name by number
_YEAR_NAMED = re.compile(r"(?:19|20)\d{2}\s*年")  # a year by its number (2027年)


def compared_with(word: str, question: str) -> bool:
    """Is `word` what the question compares with (比去年, 较上月), no member it asks of?"""
    return bool(re.search(r"(?:比|较|同比|相比|与)" + re.escape(word), question))


def measure_said_short(word: str, piece: str) -> bool:
    """Is a measure asked by its name in 度 (温度, 深度, 高度) said in the piece by a thing's word ending in its first
    character (窖温 of «窖温保持在2至4℃», 水深1.2米, 身高): the measure of that thing, no sibling's?"""
    return len(word) == 2 and word[1] == "度" and bool(re.search(rf"[\u4e00-\u9fff]{word[0]}(?![度])", piece))


def contrast_member(q: Query, around: str, sentence: str = "", whole: bool = True) -> str | None:
    """The question's word that names one member of a family while the sentence's frame names another
    and never the asked one, or None. Three shapes of one phenomenon (e5 and the thesaurus hold the asked
    member by its sibling, so support counts it as said):
    - a word alike but for one character of the same family (CONTRAST): 地上车位 asked, «地下车库共有固定车位
      420个»; 寄到国外 asked, «省外首重1公斤12元»; 月卡 asked, «年卡每张6800元»;
    - a character that names a thing by itself (REFERENTS): 养猫 asked, «饲养犬只须办理养犬登记证»; a word of a
      family of words (WORD_FAMILIES): 住院 asked, «职工医保门诊起付线为800元»;
    - the days: 周末 asked, «工作日8:00至18:00提供免费上门取件» (extract.weekdays: no day in common), and a
      holiday asked where the frame speaks of days of the week and of no holiday («周末延长至23:00»).
    An abbreviation of two one-character keywords (半马) is looked for in the sentence itself: «全程马拉松男女组
    冠军各可获得奖金» is no 半马冠军's, though the sentence before speaks of 半程马拉松.
    The asked member held in another form of its group (地面 for 地上, 狗 for 犬) is said. Not `whole`: the
    words only, over a value's piece («全程马拉松报名费1200元» is no 半马's fee, «半程马拉松1000元» is)."""
    text = q.text
    for k in q.keywords:
        if len(k) < 2 or not re.fullmatch(r"[\u4e00-\u9fff]+", k) or k in around or (len(k) == 2 and k[::-1] in around):
            continue  # 外省 said 省外: the asker reorders a compound (lexicon.reordered)
        if compared_with(k, text):
            continue  # 比去年涨了多少: 去年 is what the figure is compared with, no period asked
        if (hours := decide.asked_hours(k)) and hours & decide.slot_hours(sentence or around):
            continue  # 下午场几点开始: «每日比赛时间为9:30—12:00、14:30—17:30», the afternoon said by its clock
        if k in _PAST_YEARS and _YEAR_NAMED.search(sentence) and not _RELATIVE_YEAR.search(sentence):
            continue  # 去年新增多少户: «龙口镇2027年新增户用光伏760户» names its year, whatever 今年 a line near says
        forms, other = {k}, None
        forms |= {w for family in WORD_FAMILIES for g in family if k in g for w in g}  # 夏天 said 夏季: one season
        if k[0] == "一":
            forms |= {"单" + k[1:], "每" + k[1:]}  # 那一季: «春蚕单季产茧1620吨», one season
        for i, ch in enumerate(k):
            at = _group_of(ch, CONTRAST)
            if at is None:
                continue
            family = CONTRAST[at[0]]
            forms |= {k[:i] + c + k[i + 1:] for c in family[at[1]]}
            for g, group in enumerate(family):
                if g != at[1]:
                    other = other or next((w for c in group if (w := k[:i] + c + k[i + 1:]) in around
                                           and w not in text and w not in forms), None)
        if other and not any(f in around for f in forms):
            return k
    # a one-character member before a keyword (南 广场, as jieba cuts 南广场): the frame names another member
    # with that word (北广场停车场) and never the asked one
    for a, b in zip(q.keywords, q.keywords[1:]):
        at = _group_of(a, CONTRAST) if len(a) == 1 and len(b) >= 2 and a + b in text else None
        if at is None:
            continue
        family = CONTRAST[at[0]]
        def said(members: str) -> bool:  # a member with the word, itself or with 型 (大会议室: 大型会议室 too)
            return any(c + b in around or c + "型" + b in around for c in members)
        if not said(family[at[1]]) and any(said(group) for g, group in enumerate(family) if g != at[1]):
            return a + b
    # two one-character keywords side by side, an abbreviation (半马 for 半程马拉松): the sentence itself
    # abbreviates another member (全程马拉松) and not the asked one, whatever the sentences before it say
    # (jieba's cut, or the two joined again as one keyword: query's abbreviation joining)
    pairs = [(a, b) for a, b in zip(q.keywords, q.keywords[1:]) if len(a) == len(b) == 1 and a + b in text]
    pairs += [(k[0], k[1]) for k in q.keywords if len(k) == 2 and k not in around and k in text]
    # not a bound of the time asked (几点前寄: 前 bounds 几点, no member of 前/后) nor a reordered compound (外省: 省外)
    pairs = [(a, b) for a, b in pairs if b + a not in around and not compared_with(a + b, text)
             and not (a in "前后" and re.search(r"(?:几点|几时|几号|哪天|什么时候|啥时候)$", text[:text.find(a + b)]))]
    for a, b in pairs:
        k = a + b
        at = _group_of(a, CONTRAST)
        if at is None:
            continue
        family = CONTRAST[at[0]]
        if not any(abbreviated(c + b, sentence) for c in family[at[1]]) and any(
                abbreviated(c + b, sentence) for g, group in enumerate(family) if g != at[1] for c in group):
            return k
    if not whole:  # a value's own piece (Answerer.fits_asked): its words only
        return None
    for family in WORD_FAMILIES:  # 住院 asked, only 门诊 said
        asked = [g for g in family if any(w in text for w in g)]
        if asked and all(extract.age_word(w) for w in asked[0] if w in text) and extract.range_holds(text, sentence):
            continue  # 3岁的小孩: the 幼儿 row of 未满4岁 is the child's, whatever 大人 its note names
        if len(asked) == 1 and not any(w in around for w in asked[0]) and any(
                w in around and w not in text for g in family if g is not asked[0] for w in g):
            return next(w for w in asked[0] if w in text)
    for ch in dict.fromkeys(text):
        at = _group_of(ch, REFERENTS)
        if at is None:
            continue
        family = REFERENTS[at[0]]
        if not any(c in around for c in family[at[1]]) and any(
                c in around and c not in text for g, group in enumerate(family) if g != at[1] for c in group):
            return ch
    asked, said = extract.weekdays(text), extract.weekdays(around)
    # a place's hours list every day it opens: the day they omit answers whether it opens (少儿区礼拜一开不开:
    # «少儿阅览区开放时间为周三至周日»), while a service said of some days says nothing of the others
    hours = q.intent == "yesno" and synonyms.HOURS_LABEL.search(around)
    if asked and said and not asked & said and not hours:
        return next((m.group(0) for m in re.finditer(r"周末|双休日|工作日|平日|平时|周.|星期.|礼拜.", text)), "日")
    holiday = HOLIDAY_ASKED.search(text)
    if holiday and said and not HOLIDAY_SAID.search(around):
        return holiday.group(0)
    return None
