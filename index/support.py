"""Does a sentence support what singles out the question? Pure functions (a lexicon, when given,
lends the corpus's own word for a word of the question the corpus never uses)."""

from __future__ import annotations

from wenda.index.lexicon import abbreviated
import re
from functools import lru_cache

import jieba

from wenda.index import extract, synonyms
from wenda.index.extract import same_measure
from wenda.index.query import EMPTY_NOUNS, LEVEL_AT_HAND, Query, _alone, _posseg, tokens

# A word of the question the corpus never uses is held by a sentence that holds one of its
# neighbours (index/lexicon.py) weighing at least this much. A word the corpus does use must
# be there itself: then another word is another thing (保洁员 is not 监督员).
MEANING_WEIGHT = 0.5
# What a figure question measures, when the corpus never uses the word (植树造林多少亩), must be
# held by a neighbour at least this close: a looser one is a related thing (种植), not the same.
SUBJECT_WEIGHT = 0.8


# A discount said as the share paid (9折, 八五折, 7.5折).
_RATE_OFF = re.compile(r"[一二三四五六七八九\d.]+折")


def rate_off_said(word: str, text: str) -> bool:
    """Is `word` a discount asked (打折, 折扣) that `text` grants as the share paid
    (学生证能打折吗: «學生憑有效學生證，平日自由練習享9折»)?"""
    return word in ("打折", "折扣") and bool(_RATE_OFF.search(text))


def holds(word: str, text: str, lexicon=None) -> bool:
    """Does `text` speak of `word`, itself or (for a word foreign to the corpus) by its meaning,
    never by a sibling (index/lexicon.siblings: 首班车 does not hold 末班车)?"""
    if word in text or kind_in(word, text) or extract.per_unit_said(word, text):
        return True  # 一节课 is held by 每节
    if any(o in text for o in synonyms.forms(word)):
        return True  # 苹果 is held by iPhone, 屏幕 by 萤幕 (synonyms.REGIONAL, SPOKEN); 老人家 by 老人, its own side
    if rate_off_said(word, text):
        return True  # 打折 is held by «享9折»
    if counted_time_said(word, text):
        return True  # 下个月 is held by 下月
    if extract.HALF_UNIT_ASKED.fullmatch(word) and extract.one_unit_said(word, text):
        return True  # 半年 is held by 满6个月
    if re.fullmatch(r"全[省市县区乡镇村]", word) and re.search(rf"[我本]{word[1]}", text):
        return True  # 全县 is held by «2027年，我县…» (the report's own county, as its writer calls it)
    if synonyms.kinds_said(word, text):
        return True  # 宠物 is held by a row for 犬、猫 (synonyms.KINDS_OF)
    digits = extract.digit_form(word)
    if digits != word and len(word) >= 2 and digits in text:
        return True  # 三系 is held by 宝马3系
    if extract.weekdays_said(word, text):
        return True  # 礼拜六 is held by 周六、周日
    if split_by_figure(word, text):
        return True  # 分期 is held by 学费可分2期付款
    if stem_said(word, text):
        return True  # 鞋子 is held by 须穿网球鞋
    if period_said(word, text):
        return True  # 月租金 is held by «租金标准：…每月1100元»
    if shop_said(word, text):
        return True  # 裁缝店 is held by 锦线裁缝铺
    if fee_paid_at(word, text):
        return True  # 报名费 is held by «测试费每人每次50元，在网上报名时缴纳»
    if none_said(word, text):
        return True  # 利息 is held by 押金无息退还
    if ahead_said(word, text):
        return True  # 提前 is held by 入营日前14日以上
    if extract.within(word, text):
        return True  # 七十岁的老人 is held by 60周岁至79周岁
    if extract.age_group_held(word, text):
        return True  # 大人 is held by 入园清洁费（12岁以上）
    if extract.season_held(word, text):
        return True  # 夏天 is held by 3月1日至10月31日
    if extract.limit_held(word, text):
        return True  # 最贵的票 is held by 最高65元, 最多 by 不超过
    if worker_said(word, text):
        return True  # 维修工 is held by 维修人员
    if body_said(word, text):
        return True  # 镇里 is held by 镇人民政府
    if reversed_said(word, text):
        return True  # 建房 is held by 住房建设
    if paying_said(word, text):
        return True  # 交钱 is held by 企业参会免费
    if weather_said(word, text):
        return True  # 下雪 is held by 如遇雨雪天气
    if phone_labelled(word, text):
        return True  # 电话 is held by «服務專線：(02)2891-5566»
    if synonyms.hours_said(word, text):
        return True  # 开门 is held by 每天19:00开放
    if synonyms.class_said(word, text):
        return True  # 猫 is held by 宠物不得入住
    if lexicon is None:
        return False
    if extract.age_word(word) and (named := extract.age_groups_named(text)) \
            and not named & extract.age_groups_named(word):
        return False  # 老人家 is never held by 成人: the text names people of other ages
    return lexicon.weight_in(word, text, strict=True)[0] >= MEANING_WEIGHT


# Characters before a measure that make a word of their own with it (每天 is no 每3天, 第一期 no 第期).
_NOT_SPLIT = "每第前后近上下头末本当同这那"


def head_said_shortened(mod: str, text: str, question: str) -> bool:
    """Does `text` say the asked modifier by its head character alone, after the two characters the question
    says right before it (室内池 for the asker's 室内泳池; not 浅水池 for 深水泳池)?"""
    at = question.find(mod)
    return len(mod) >= 2 and at >= 2 and re.fullmatch(r"[\u4e00-\u9fff]{2}", question[at - 2:at]) is not None \
        and question[at - 2:at] + mod[-1] in text


def modifier_said_shortened(mod: str, text: str, question: str) -> bool:
    """Does `text` say the asked two-character modifier by its first character alone, right before the two
    characters the question says after it (原线路 for the asker's 原来的线路), or by its last character before the
    head of the noun after it, as a word of two characters (鲜椒 for 新鲜辣椒, 冻品 for 冷冻食品)?"""
    at = question.find(mod)
    after = re.match(r"的?([\u4e00-\u9fff]{2})", question[at + len(mod):]) if at >= 0 else None
    return len(mod) == 2 and after is not None and (mod[0] + after.group(1) in text or (
        mod[1] + after.group(1)[-1] in text and mod[1] + after.group(1)[-1] in jieba.lcut(text)))


def ahead_said(word: str, text: str) -> bool:
    """Is 提前 (ahead of time) said by a count of days or hours before a date (入营日前14日, 开课前24小时)?"""
    return word in ("提前", "提早") and re.search(r"前\s*(?:\d+|[一二两三四五六七八九十]+)\s*个?(?:日|天|小时|周|个月)", text) is not None


def none_said(word: str, text: str) -> bool:
    """Does `text` say there is none of `word`, a noun of two characters, by one of its characters after 无, 免 or
    零 (利息: 无息退还; 押金: 免押; 租金: 免租)? To ask whether there is any is answered there."""
    return len(word) == 2 and re.fullmatch(r"[\u4e00-\u9fff]{2}", word) is not None \
        and re.search(rf"(?:无|免|零)[{word}]", text) is not None


def period_said(word: str, text: str) -> bool:
    """Is `word` a sum per a period said as one word (月租金, 年租金, 日租金) that `text` says as the sum and the
    period apart (租金标准：一室户每套每月1100元)?"""
    m = re.fullmatch(r"([月年日周])([\u4e00-\u9fff]{2,})", word)
    return m is not None and m.group(2) in text and re.search(rf"每[个]?{m.group(1)}|/{m.group(1)}", text) is not None


def stem_said(word: str, text: str) -> bool:
    """Is `word` a noun of one character and the suffix 子 (鞋子, 桌子, 箱子) whose character `text` says as the
    head of a longer word (网球鞋, 运动鞋 for 鞋子), or as an item of a list (袋子 in «回收农药瓶、袋等»)? The suffix
    only makes the character a word of its own."""
    m = re.fullmatch(r"([\u4e00-\u9fff])子", word)
    return m is not None and re.search(rf"(?:[\u4e00-\u9fff]{m.group(1)}|、{m.group(1)}(?=[、和等及])|(?<=[、和及])"
                                       rf"{m.group(1)}(?=[、等，。；]))(?!子)", text) is not None


def split_by_figure(word: str, text: str) -> bool:
    """Does `text` say the two-character `word`, a deed and its measure, with a figure between them
    (分期 in 可分2期付款, 分批 in 分3批发放)?"""
    return len(word) == 2 and word[0] not in _NOT_SPLIT and re.fullmatch(r"[\u4e00-\u9fff]{2}", word) is not None \
        and re.search(rf"{word[0]}(?:\d+|[一二两三四五六七八九十]+)个?{word[1]}", text) is not None


def time_word_said(word: str, text: str) -> bool:
    """Does `text` say the time `word` names (每天, 平时, 今年) by another word the thesaurus gives for it (每日, 平日,
    本年)? Words of order (以后, 之后) are none: they say no time."""
    return extract.is_time_word(word) and word not in _ORDER_WORDS and any(
        t != word and t not in _ORDER_WORDS and synonyms.same(word, t) for t in extract.time_words(text))


_ORDER_WORDS = frozenset({"以后", "之后", "以前", "之前", "此后", "随后"})


def hours_kept(q: Query, around: str, lexicon=None) -> bool:
    """May the hours a line gives by their label (营业时间：每天7:00至19:00) say the opening or closing a
    question asks (synonyms.hours_said, kept)? Only for a time asked, and only of what the line's frame
    names: every noun of the question is held there (游泳池晚上几点关门: not «棋牌室…开放时间为10:00至21:00»)."""
    return q.kind == "clock" and all(
        len(n) < 2 or synonyms.hours_deed(n) or extract.day_parts(n)
        or holds(n, around, lexicon) or abbreviated(n, around) for n in q.nouns)


_SHOP_HEADS = "店铺馆行坊"  # the heads of a shop's name, one as good as another to an asker (裁缝店, 裁缝铺)


def shop_said(word: str, text: str) -> bool:
    """Does `text` name the shop `word` names by another head (裁缝店 by 锦线裁缝铺, 眼镜店 by 眼镜行)?"""
    return len(word) >= 3 and word[-1] in _SHOP_HEADS \
        and bool(re.search(re.escape(word[:-1]) + f"[{_SHOP_HEADS}]", text))


# Paying said by one character (保险费要自己交吗, 路费谁出), and who pays said (由学校承担, 由学员自理, 自费).
_PAYING_VERBS = ("交", "缴", "付", "出", "掏", "给")
_PAYER_SAID = re.compile(r"由[^，,。；;]{1,10}?(?:承担|负担|支付|缴纳|自理|买单|报销)|自理|自付|自费|自行承担|自行负担")


def payer_said(question: str, text: str) -> bool:
    """Does `text` say who pays the fee the question asks whether one pays (保险费要自己交吗: «保险费由学校承担»),
    in a clause that names that fee (not 学费 by «采风交通费和门票由学员自理»)?"""
    fees = re.findall(r"[\u4e00-\u9fff]{1,3}费", question)
    if not fees and not re.search(r"钱", question):
        return False
    return any(_PAYER_SAID.search(c) and all(f in c or f[-2:] in c for f in fees)
               for c in re.split(r"[，,。；;]", text))


# Again, said before a deed (再考, 重考, 重新报考, 再次办理).
_AGAIN = r"(?:再次|重新|再|重)"


def redone_said(word: str, text: str) -> bool:
    """Is a deed done again (再考, 重办) said in the other words for again (重考, 重新报考, 再次办理)?"""
    m = re.fullmatch(_AGAIN + r"([\u4e00-\u9fff]{1,2})", word)
    return bool(m) and bool(re.search(_AGAIN + r"(?:报|参加|申请)?" + re.escape(m.group(1)), text))


def paying_said(word: str, text: str) -> bool:
    """Does `text` say a price, or that there is none (免费), or the paying itself (须在48小时内缴费), where the
    deed of paying is asked (交钱, 收费)?"""
    return bool(extract.MONEY_DEED.fullmatch(word)) and bool(extract.PRICE_SAID.search(text) or extract.PAYING_SAID.search(text))


# Weather said as a deed (下雪, 刮风), and the character a text names it by (雨雪天气, 大风).
_WEATHER_DEEDS = {"下雨": "雨", "下雪": "雪", "刮风": "风", "起风": "风", "打雷": "雷", "下冰雹": "冰雹", "起雾": "雾"}


def weather_said(word: str, text: str) -> bool:
    """Does `text` name the weather a deed of the question says (下雪 by 如遇雨雪天气)?"""
    noun = _WEATHER_DEEDS.get(word)
    return bool(noun) and noun in text


def reversed_said(word: str, text: str) -> bool:
    """Does `text` say a two-character deed and its object the other way round, the object first, at most one
    character between (建房 in 住房建设, 房屋建设)?"""
    return len(word) == 2 and word[0] != word[1] and bool(re.fullmatch(r"[\u4e00-\u9fff]{2}", word)) \
        and bool(re.search(re.escape(word[1]) + r"[\u4e00-\u9fff]?" + re.escape(word[0]), text))


@lru_cache(maxsize=4096)
def word_starts(text: str) -> frozenset[int]:
    """Where jieba's words of `text` start (cached: each match of a piece asks again)."""
    starts, at = set(), 0
    for w in jieba.lcut(text):
        starts.add(at)
        at += len(w)
    return frozenset(starts)


def body_said(word: str, text: str) -> bool:
    """Does `text` name the body an asker means by a level's place word and 里 or 上 (镇里: 镇人民政府, 村里: 村民委员会,
    村集体; 镇上: 鹤溪镇农业服务中心, one of the town's offices; not a body of the level's, 县杨梅研究所)?"""
    return bool(LEVEL_AT_HAND.fullmatch(word)) and bool(
        re.search(word[0] + r"(?:人民政府|政府|民委员会|委会|委|级|里|上|集体|[\u4e00-\u9fff]{0,6}?(?:服务中心|服务站|管理站|办公室))",
                  text))


# The earliest or the latest of a day's runs, asked (最早, 最晚一班) and said by the run's order (首班, 末班).
_RUN_ENDS = ((re.compile(r"最早(?:一班|一趟)?|第一班|头一班|首班|头班|首趟|头趟"), re.compile(r"首班|头班|首趟|头趟")),
             (re.compile(r"最晚(?:一班|一趟)?|最迟|最后一班|最后一趟|末班|尾班|末趟"), re.compile(r"末班|尾班|末趟|最后一班")))


# What runs (a boat, a bus, a train, a flight, a route) or a run itself, named by a question that asks a run's time.
_RUNS = re.compile(r"[船车班趟渡航机]|\d+路")  # 夜1路: a bus route


def run_asked_last(question: str) -> bool | None:
    """True when a question asks the day's last run (末班, 最晚一班), False the first, None neither (run_asked)."""
    run = run_asked(question)
    return None if run is None else run is _RUN_ENDS[1][1]


def asks_of_runs(question: str) -> bool:
    """Does a question ask of something that runs, or of a run (渡船, 公交车, 几班, 一趟)?"""
    return bool(_RUNS.search(question))


def run_held(word: str, text: str, question: str) -> bool:
    """Does `text` name the run of a day a superlative asks (渡船最晚几点 by «末班船：晚上19:00», 最早 by
    首班车), where the question asks of something that runs (最晚几点还能进园 asks of no bus)?"""
    return asks_of_runs(question) and any(asked.fullmatch(word) and (said.search(text) or listed_runs(text))
                                          for asked, said in _RUN_ENDS)


_RUN_NOUN = re.compile(r"航班|班次|班车|班船|[一每]班|趟")


def listed_runs(text: str) -> bool:
    """Does `text` list the day's runs by their times (每天09:00、13:00、15:30三个航班): the first and the last
    are among them?"""
    return bool(_RUN_NOUN.search(text)) and len(extract.clock_times(text)) >= 2


def run_asked(question: str) -> re.Pattern | None:
    """How a text names the run of the day a question asks (末班船几点, 最后一班船几点, 最早一班: the last or
    the first), None when it asks none, or both. 最晚 asks a run only of what runs (最晚几点还能进园 does not)."""
    if not asks_of_runs(question):  # (a run named by its order, 末班, says 班 itself)
        return None
    got = [said for asked, said in _RUN_ENDS if asked.search(question)]
    return got[0] if len(got) == 1 else None


# A worker named by the deed of the trade and a person suffix (维修工, 保洁员, 安装师傅), and the words
# a text names the same people by after that deed (维修人员, 保洁工人).
_WORKER_SUFFIX = re.compile(r"^([\u4e00-\u9fff]{2,})(?:工人|师傅|工|员|师|匠)$")
_WORKER_WORDS = ("人员", "工人", "师傅", "员", "工", "师", "匠")


def worker_said(name: str, text: str) -> bool:
    """Does `text` name the worker `name` by the same deed and another person word (维修工 asked,
    «安排维修人员36名轮班值守» said; jieba takes 维修工 for a person's name)?"""
    if name in _WORKER_WORDS and len(name) >= 2:  # 维修师傅 cut in two: the bare 师傅 is said by any worker word
        return any(w in text for w in _WORKER_WORDS if len(w) >= 2)  # (维修人员)
    m = _WORKER_SUFFIX.match(name)
    return bool(m) and any(m.group(1) + w in text for w in _WORKER_WORDS if m.group(1) + w != name)


# The levels of schooling whose students are named by the level and 生 (初中生, 高中生, 中职生, 本科生).
_LEVELS_OF_SCHOOL = "小学|初中|高中|中职|中专|职高|技校|大专|专科|本科|大学"
_SCHOOL_LEVEL = re.compile(rf"(?:{_LEVELS_OF_SCHOOL})生")


def school_levels(a: str, b: str) -> bool:
    """Are `a` and `b` two levels of schooling (高中, 小学: siblings, though they share no head)?"""
    return a != b and all(_SCHOOL_LEVEL.fullmatch(w + "生") for w in (a, b))


def other_level_said(name: str, text: str) -> bool:
    """Does `text` name only other levels of schooling than the one whose students `name` names (初中生 asked,
    «小学阶段…单次不超过1天»: the 小学's)?"""
    if not _SCHOOL_LEVEL.fullmatch(name) or name[:-1] in text:
        return False
    return any(school_levels(name[:-1], m.group(0)[:-1]) for m in _SCHOOL_LEVEL.finditer(
        re.sub(rf"({_LEVELS_OF_SCHOOL})(?!生)", r"\1生", text)))


def student_said(name: str, text: str) -> bool:
    """Does `text` name the students `name` by their level of schooling alone (初中生 asked, «初中阶段…单次不超过2天1晚»
    said; jieba takes 初中生 for a name)?"""
    return bool(_SCHOOL_LEVEL.fullmatch(name)) and re.search(rf"{name[:-1]}(?:阶段|学段|学生|在读|在校|年级|部|每|不)",
                                                              text) is not None
    # (the level as the students' own: not «高中毕业（含高中、中专…）及以上学历», a graduate's schooling)


# A label that names a telephone line (服务专线, 客服热线, 联络电话) right before its number.
_PHONE_LABEL = re.compile(r"(?:专线|热线|电话|分机|总机)\s*[：:]?\s*[(（]?\d")
_PHONE_ASKED = ("电话", "号码", "电话号码", "热线", "专线")


def phone_labelled(word: str, text: str) -> bool:
    """Is `word` a word for a telephone number (电话, 号码) and does `text` give a number under a label
    that names a line (服務專線：(02)2891-5566, 客服热线400-…)? A notice in Taiwan says 專線 where an
    asker says 电话; the number is the one asked whatever the label calls the line."""
    return word in _PHONE_ASKED and bool(_PHONE_LABEL.search(text))


def kind_in(word: str, text: str) -> bool:
    """Does `text` name a kind of `word` by a compound headed by its root (良种 for 种子, 公交车 for
    车子: synonyms.root_of)?"""
    root = synonyms.root_of(word)
    return root is not None and any(len(t) >= 2 and t.endswith(root) for t in tokens(text))


def common_synonym_in(word: str, text: str) -> str:
    """A word of `text` of the same length that the thesaurus puts in a synonym group with `word`
    (小麦 for 麦子), or "". jieba's dictionary tags some common nouns as names (麦子: nr); the
    thesaurus, which holds common words, knows them as the things they are, and a sentence that says
    小麦 speaks of the 麦子 asked, whether or not the corpus says 麦子 elsewhere too."""
    if len(word) < 2 or not synonyms.group_words(word):
        return ""
    return next((t for t in tokens(text) if len(t) == len(word) and t != word and synonyms.same(word, t)), "")


# A negation in the question (别超过, 多久不去报到, 没有电梯的): what it asks is itself negated.
_ASKED_NEGATED = re.compile(r"[不没未别勿无非]")

# What a line says it does not take, give or apply to, right after the word it refuses (纯羊毛地毯不收).
_LEFT_OUT_BEFORE = re.compile(r"(?:不含|不包含|不包括|未含)$")  # a thing a price leaves out, said before it
_REFUSED_AFTER = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:不收|不接|不予|不提供|不适用|不包括|不含|除外|谢绝|概不)")

# Buying a ticket: a line that says a price or that none is paid (免票, 半价票) rules on whether one must.
_TICKET_DEED = re.compile(r"买票|购票|要票|补票|买门票|要门票")


# A count of people's places (几个名额, 多少人数): a figure of people says it (一等奖3名).
HEAD_COUNTS = frozenset({"名额", "人数", "限额", "人头"})

# An intake counted in people (可接收200人, 招收30名, 容纳120人): how many a place or a class takes, and the ones it
# takes as an asker counts them (能收多少个孩子).
TAKEN_IN = re.compile(r"(?:接收|招收|收|招|容纳)\s*\d+\s*(?:人|名)")
TAKEN_PEOPLE = re.compile(r"孩子|小孩|小朋友|学生|儿童|娃|老人|学员")


# The kinds of ticket a price list names (儿童票, 成人票, 半票): each is a 门票 an asker asks the price of.
TICKET_KIND = re.compile(r"(?:儿童|成人|学生|老人|长者|全|半|优惠|团体|单人|家庭|亲子|夜场|平日|周末|普通)票")


def ticket_said(word: str, text: str) -> bool:
    """Is `word` the 门票 asked, which `text` names by one of its kinds (儿童票, 成人票), or a ticket asked (车票, 船票)
    whose price `text` gives as its 票价 (全程票价：300元)?"""
    return (word == "门票" and bool(TICKET_KIND.search(text))) or (
        len(word) == 2 and word[1] == "票" and re.search(r"票价[：:\s]*[^\s·]*\d", text) is not None)


def deed_on(word: str, text: str) -> bool:
    """Does `text` name a deed done to the thing `word` names by its last character (头发: 烫发, 漂发; 头发 is what a
    salon's row of 漂发 prices the bleaching of)?"""
    return len(word) == 2 and any(len(t) == 2 and t != word and t[-1] == word[-1] and _alone(t[0]) == "v"
                                  and _alone(t).startswith("v") for t in tokens(text))  # (挂机 is a kind of 机, no deed)


def unqualified(q: Query, around: str, lexicon=None) -> list[str]:
    """The question's qualifiers (see query.qualifiers) that the sentence and its frame lack:
    a sentence about 保洁员 does not answer 几名检查员, one about 优秀 not 合格的乡镇. Only the
    counted noun may be held by its meaning (卡点 for 卡口); a modifier singles out one kind
    among its siblings (燃油 公交车, not 新能源) and must be there itself, or abbreviated (宿管)."""
    lacking = [w for w in q.qualifiers if w not in EMPTY_NOUNS  # 几样东西: any thing, counted
               and not (_alone(w) == "s" and w[0] in "家屋")  # 家里的旧床垫: where the asker's thing is
               and not (holds(w, around, lexicon if w == q.counted else None) or abbreviated(w, around)
                       or (lexicon is not None and lexicon.reordered(w, around))  # 外校 said 校外 (a compound reordered)
                       or (w == q.counted and common_synonym_in(w, around))  # 多少亩麦子: 收麦…小麦
                       or set(common_synonym_in(w, around)) & set(w)  # 进度落后的: «进度滞后», a synonym of a shared character
                       or compounded(w, q.text, around) or synonym_compounded(w, q.text, around) or (meant(w, around, lexicon) and not _ROLE.search(w))
                       or fee_named(w, around) or head_said_shortened(w, around, q.text)  # 室内泳池: 室内池
                       or (synonyms.hours_deed(w) and synonyms.hours_said(w, around, hours_kept(q, around, lexicon)))  # 营业到几点
                       or (w == q.counted and w in HEAD_COUNTS and re.search(r"\d\s*(?:名|人|位)", around))  # 几个名额: 一等奖3名
                       or deed_on(w, around)  # 头发: «漂发»
                       or ticket_said(w, around)  # 门票: «儿童票…70元»
                       or (w == q.counted and counts(w, around)))]  # 几台小车: «2辆7座及以下客车»
    lacking += [k for k in q.keywords if k not in lacking and deputy_only(k, q.text, around)]
    lacking += [w for w in q.qualifiers if w not in lacking and outside_range(w, around)]
    # a qualifier the question says plainly that the sentence says only negated (有电梯的 asked, «无电梯楼房»)
    lacking += [w for w in q.qualifiers if w not in lacking and len(w) >= 2 and w[0] not in NEGATIONS
                and w in around and not _plain_at(around, w) and not _negated_at(q.text, w)]
    if q.intent in ("figure", "date", "entity"):  # a word the line says only as what it refuses (纯羊毛地毯洗一平米
        # 多少钱: «规格：化纤地毯 · 价格：25元 · 备注：纯羊毛地毯不收»); a yes or no is answered by the refusal
        lacking += [w for w in q.keywords if w not in lacking and len(w) >= 2 and w in around
                    and all(_REFUSED_AFTER.match(re.split(r"[，,。；;]", around[m.end():])[0])
                            or _LEFT_OUT_BEFORE.search(around[:m.start()])  # 工本费: «价格：50元 · 说明：不含工本费»
                            for m in re.finditer(re.escape(w), around))
                    and not _ASKED_NEGATED.search(q.text)]
    if q.intent in ("figure", "date"):  # so any word of a value asked (过膝的大衣 of the «规格：长度不过膝» row);
        # a yes or no is answered by the negation itself
        lacking += [w for w in q.keywords if w not in lacking and len(w) >= 2 and w[0] not in NEGATIONS
                    and w in around and not _plain_at(around, w)
                    and not _ASKED_NEGATED.search(q.text[:max(0, q.text.find(w))])  # 别超过, 多久不去报到
                    and not (q.kind == "clock" and _barred_past_hour(around, w))]
    if not q.sections:  # a town the question names that is none of the corpus's sections (韭园镇)
        lacking += [p for p in places_named(q.text) if p not in around and not abbreviated(p, around)
                    and not (lexicon is not None and (typo := lexicon.misspelt(p)) and typo in around)
                    and not (lexicon is not None and p + "里" in q.text and not lexicon.known(p[:-1])
                             and level_at_hand(q.text, p, lexicon))]  # 大鸡场县里一共几家: «县里», the asker's county,
        # after words of the corpus that name no place (not 贷款县里: a loan never said)
    deed = list(q.whether) if q.intent == "yesno" and q.kind is None and lexicon is not None else []
    deed = [w for w in deed if not (w in ("去", "来") and re.search(r"到|前往|赴|来", around))]  # 星期六能去吗: «工作日
    # 到现场审核材料», the going said by where one goes
    deed = [w for w in deed if w in q.keywords or lexicon.known(w)  # 停卡 joined where the corpus says it (not 全退);
            or extract.MONEY_DEED.fullmatch(w) or extract.SURCHARGE_DEED.fullmatch(w)]  # 加钱 whatever it says
    if deed and (all(extract.MONEY_DEED.fullmatch(w) or _TICKET_DEED.fullmatch(w)
                     or (w in "买购要" and _TICKET_DEED.search(q.text))  # 要买门票吗, 门票 read as the section's name
                     for w in deed)
                 and extract.PRICE_SAID.search(around)
                 or all(extract.SURCHARGE_DEED.fullmatch(w) for w in deed) and extract.SURCHARGE_SAID.search(around)):
        deed = []  # 听讲解要花钱吗: «…免费参加» rules on paying; 侧吸式要加钱吗: «侧吸式加收30元» on paying more
    if deed and all(w in _PAYING_VERBS or extract.MONEY_DEED.fullmatch(w) for w in deed) and payer_said(q.text, around):
        deed = []  # 保险费要自己交吗: «保险费由学校承担» says who pays it
    if deed and not rules_on(q, deed, around, lexicon) and not any(deed_held(w, around, lexicon) for w in deed) \
            and not closed_when(q, deed, around):
        # whether one may 加湿: a sentence that neither says the deed (itself, or a word of the corpus
        # for it written as a word of its own) nor allows or forbids anything says neither yes nor no
        lacking += [w for w in deed if w not in lacking]
    if q.intent == "yesno" and q.focus and lexicon is not None:
        # whether one may 抽烟: the deed asked (the last word by the question word), when the corpus
        # never says it but has the thesaurus's word for it (吸烟), must be here in one of the two
        w = q.focus[-1]
        if len(w) >= 2 and w not in around and not lexicon.known(w) and said_otherwise(w, lexicon) \
                and lexicon.weight_in(w, around, strict=True)[0] < MEANING_WEIGHT and not holds(w, around):
            lacking.append(w)

    lacking += [k for k in q.keywords if k not in lacking and outsider_of_locals(k, around)]
    if q.kind == "phone" and (owner := phone_of_another(q.text, around)) and owner not in lacking:
        lacking.append(owner)
    if q.intent == "yesno" and lexicon is not None:
        lacking += yesno_unsaid(q, around, lexicon, lacking)
    if q.intent == "figure" and lexicon is not None:
        lacking += [w for w in q.owners if w not in lacking and not lexicon.known(w) and not set(w) & set(around)
                    and w not in EMPTY_NOUNS  # a thing the corpus never names, nothing of it here (猫, 自行车 by 游船)
                    and not synonyms.class_said(w, around)  # 帮狗刷牙: a 宠物 salon's price list names the class
                    and not synonyms.kinds_said(w, around)]  # 租单人艇: «租借單人獨木舟者…», a kind of boat
    w = q.subject
    if q.counted and q.counted not in lacking and q.counted != w:
        w = None  # the counted noun is there (宣传车 in 动用了多少辆宣传车): it, not the word before, is measured
    bare = re.sub(GENERIC_TAIL, "", w) if w else ""
    if w and bare != w and (len(bare) >= 2 and bare in around or bare and re.search(rf"{re.escape(bare)}[：:]\s*\d", around)):
        w = None  # 手机号 asked, 手机 given: the number of the thing is the thing's (群号: «QQ群：685213947»)
    if w and lexicon is not None and not lexicon.known(w) and not holds(w, around) and not abbreviated(w, around) \
            and not said_by_modifier(w, q.text, around) and not fee_named(w, around) \
            and not ticket_said(w, around) and not deed_on(w, around) \
            and not (synonyms.hours_deed(w) and synonyms.hours_said(w, around, hours_kept(q, around, lexicon))) \
            and (lexicon.weight_in(w, around, strict=True)[0] < SUBJECT_WEIGHT and lexicon.kin_in(w, around) < MEANING_WEIGHT
                 or held_by_kin_only(w, around, lexicon, thing=True) and not any(k in around for k in q.keywords if k != w and len(k) >= 2)) \
            and w not in lacking:
        lacking.append(w)  # what is measured, in a word the corpus never uses, and no close synonym here (早餐多少钱,
        # asking nothing else: not 電烤箱 NT$100, a neighbour e5 puts beside it, "oven" to its "breakfast")
    if lacking and any(extract.age_word(w) for w in lacking) and extract.bounds(q.text, point=True) \
            and any(extract.range_holds(q.text, p) for p in re.split(r"[，,；;：:]", around)):
        lacking = [w for w in lacking if not extract.age_word(w)]  # 5岁的孩子要买票吗: «6周岁以下免票» says whom by age
    if q.intent == "yesno" and lacking and (handed := handed_words(q.text, around)):
        lacking = [w for w in lacking if w not in handed]  # 能借给家里人用吗: «仅限本人使用» rules on anyone
    if q.intent != "yesno":  # the asker's case as a deed not yet done (过了10点还没散场): no kind a line must name
        lacking = [w for w in lacking if not re.search(rf"(?:还没有?|还未|尚未){re.escape(w)}", q.text)]
    lacking = [w for w in lacking if not redone_said(w, around)]  # 再考: «1年内不需重考笔试»
    if q.intent == "yesno":  # 能用黑色的吗: «须使用统一样式的白色断桥铝合金窗» rules the colour, no
        lacking = [w for w in lacking if not colour_ruled(w, around)]
    return lacking


def choices(question: str, keywords: list[str]) -> dict[str, list[str]]:
    """The keywords a question asks to choose between (按月拨还是按季度, 手动挡还是自动挡), each with the keywords of
    the other side: those within four characters before 还是/或者/或是 and within four after. A line need say
    only the one it is."""
    out: dict[str, list[str]] = {}
    for m in re.finditer(r"还是|或者|或是", question):
        before = question[max(0, m.start() - 4):m.start()]
        after = question[m.end():m.end() + 4]
        a = [k for k in keywords if k in before and k not in after and k not in ("还是", "或者", "或是")]
        b = [k for k in keywords if k in after and k not in before and k not in ("还是", "或者", "或是")]
        if a and b:
            for k in a:
                out.setdefault(k, []).extend(b)
            for k in b:
                out.setdefault(k, []).extend(a)
    return out


# A colour (黑色, 白的), and a line that requires one (须使用…白色, 统一为蓝色, 只能用红色).
_COLOUR = re.compile(r"^[红橙黄绿青蓝紫黑白灰粉棕金银咖][色的]?$")
_COLOUR_REQUIRED = re.compile(r"(?:须|必须|应|应当|统一|只能|只可|一律)[^，,。；;]{0,12}?[红橙黄绿青蓝紫黑白灰粉棕金银咖]色")


def colour_ruled(word: str, text: str) -> bool:
    """Is `word` a colour asked whether one may use, that `text` rules on by requiring another (黑色 asked: «须使用…白色…»)?"""
    return bool(_COLOUR.match(word)) and word not in text and bool(_COLOUR_REQUIRED.search(text))


# Whether another may use a thing (月卡能给我老婆用吗, 年卡能借给家里人用吗, 月票能借给别人用吗): the deed of
# handing it over and the one it goes to; and a line that rules only its holder may (仅限本人使用, 不得转让).
_HANDED = re.compile(r"(借给|转给|转借给|给|让)(?:我|我的)?([\u4e00-\u9fff]{1,4}?)(用|使用|坐|玩|借用|去用)?吗[?？]?$")
_OWN_USE = re.compile(r"仅限本人|限本人|本人使用|本人专用|限持卡人|不得转借|不得转让|不可转让|不能转让|不能转借|不得出借|"
                      r"不得借用|不得转赠|不予转让|不得借给|不外借")


def handed_words(question: str, around: str) -> set[str]:
    """The words of a yes/no question that ask whether another may use a thing (借给, 家里人, 用 of 年卡能借给
    家里人用吗), where the line rules that only its holder may (仅限本人使用, 不得转让): that rule answers
    them, whoever the other is. Empty for any other question or line."""
    m = _HANDED.search(question)
    if not m or not _OWN_USE.search(around):
        return set()
    return {w for w in m.groups() if w} | {m.group(1) + m.group(2)}


# A discount asked of (有没有优惠, 能打折吗), and the ways a line grants one (半价, 减半, 九折, 减免, 免收).
_DISCOUNT_ASKED = ("优惠", "折扣", "打折", "减免", "便宜")
_DISCOUNT_SAID = re.compile(rf"半价|减半|{_RATE_OFF.pattern}|折扣|优惠|减免|免费|免收|立减|让利")


def discount_said(word: str, around: str) -> bool:
    """Is `word` a discount asked whether there is (有没有优惠) and does `around` grant one in any of its forms
    («第2名起每人按半价收取»)?"""
    return word in _DISCOUNT_ASKED and bool(_DISCOUNT_SAID.search(around))


def other_ways_only(word: str, around: str) -> bool:
    """Is `word` a way of paying (synonyms.PAYING_WAYS) that a clause of `around` leaves out while it says that only
    others are taken (押金能用支付宝付吗: «只收现金或者微信支付»)? That clause answers whether it is taken: no."""
    if word not in synonyms.PAYING_WAYS:
        return False
    return any(word not in c and any(w in c for w in synonyms.PAYING_WAYS if w != word)
               for c in re.findall(r"(?:只|仅)[^，,。；;]{1,24}", around))


def fee_named(word: str, around: str) -> bool:
    """Is a fee or a sum asked by the name of what it is paid for (配送费, 停车费, 慰问金) held by a line that names
    that thing and gives its price (品名：郊县配送 · 价格：40元; 春节慰问每人500元)?"""
    return len(word) >= 3 and word[-1] in "费金" and word[:-1] in around and bool(extract.PRICE_SAID.search(around))


def outside_range(word: str, around: str) -> bool:
    """Does the sentence set a range of the quantity a qualifier states that leaves it out (六十五岁的老人
    有优惠吗: «70周岁以上老人…免费», whose 周岁 e5 puts beside 六十五岁 and lends it)? The range speaks of
    others, whatever word it shares: the qualifier is not held (extract.within, the other way round)."""
    asked = extract.bounds(word, point=True)
    said = extract.bounds(around)
    return any(u in said for u in asked) and not extract.within(word, around)


# The head of a word naming a place one goes to or through (机场, 火车站, 码头, 医院, 停车场).
_PLACE_HEAD = re.compile(r"(?:场|站|港|码头|馆|院|园|中心|广场|公园|景区|市场|车库|大厦)$")
# The verbs of going to, into or out of a place, or of its opening or closing (入馆, 进站, 闭园).
GOING_VERBS = "入进出离到开关闭停"
_GOING = re.compile(rf"[能会要可得]?[{GOING_VERBS}回]")  # 进馆, 能进馆 (jieba), 入园: going there, a deed


def yesno_unsaid(q: Query, around: str, lexicon, lacking: list[str]) -> list[str]:
    """The things a yes/no question asks of that a sentence does not speak of: the thing a 有没有
    question asks whether there is (宿舍: a school's address says nothing of one), and a noun the
    corpus says elsewhere while this sentence names its sibling instead (季卡 asked, 年卡会员可申请停卡
    given: the corpus tells the two apart; one as long as it, as 净化器 is a kind of 机器)."""
    from wenda.index.lexicon import siblings

    out = []
    thing = q.exists
    if thing and not (holds(thing, around, lexicon) or abbreviated(thing, around)
                      or len(thing) == 3 and len(jieba.lcut(thing)) > 1 and thing[:2] in around  # 延时班 (jieba: 延时 +
                      and thing[:2] not in q.verbs):  # 班): «延时托管服务»; not 停车位, one word, by 停车场
        out.append(thing)
    elif thing and held_by_kin_only(thing, around, lexicon, thing=True) and not discount_said(thing, around):
        out.append(thing)  # 有游泳池吗: «每次洗澡請勿超過15分鐘» holds it only as e5 puts 洗澡 beside it
    words = [t for t in jieba.lcut(around) if len(t) >= 2]
    out += [k for k in q.nouns if len(k) >= 2 and k not in around and lexicon.known(k) and k != thing
            and not (len(k) == 2 and _alone(k[0]).startswith("v") and all(ch in around for ch in k))  # 拆墙: «拆除…墙»
            and any(len(t) == len(k) and siblings(k, t) for t in words)  # as long: 净化器 is a 机器, no sibling
            and not (len(k) == 2 and re.search(re.escape(k[0]) + r"[\u4e00-\u9fff]{1,2}" + re.escape(k[1]), around))
            # 公车: «公务用车», the word said in full
            and not (extract.MONEY_DEED.fullmatch(k) and extract.PRICE_SAID.search(around))]  # 收费吗: 免费 says no
    # a place the corpus never names (台东机场接送要钱吗: «提供台东火车站免费接送» speaks of another place)
    out += [k for k in q.nouns if len(k) >= 2 and k not in around and k not in out and not lexicon.known(k)
            and _PLACE_HEAD.search(k) and not _GOING.match(k) and not common_synonym_in(k, around)
            and not any(g in around for g in synonyms.glossed(k))]  # a neighbour in meaning is another place (客运站)
    out += [w for w in q.whether if w not in out and deed_by_kin_only(w, around, lexicon) and not discount_said(w, around)]
    # a group of people the sentence neither names nor holds, while it rules for groups of its own (残疾人学费减免吗:
    # «低保户、特困人员学费全免，退役军人学费减半» says nothing of the disabled)
    groups = [g for g in _GROUP_SAID.findall(around) if g not in q.text]
    out += [k for k in q.nouns if len(k) >= 2 and k not in around and k not in out and groups and _GROUP_ASKED.search(k)
            and not holds(k, around, lexicon) and not abbreviated(k, around)
            and not re.search(re.escape(_GROUP_ASKED.sub(lambda m: m.group(0)[0], k)) + _GROUP_END, around)  # 特困户: 特困人员
            and not any(f in around for f in synonyms.forms(k))]
    return [w for w in out if w not in lacking]


# A group of people a question asks of (残疾人, 低保户), and one a rule names (特困人员, 退役军人, 低保户).
_GROUP_END = r"(?:人|户|人员|人士|者|家庭)"
_GROUP_ASKED = re.compile(r"[\u4e00-\u9fff]" + _GROUP_END + "$")
_GROUP_SAID = re.compile(r"[\u4e00-\u9fff]{2,4}(?:户|人员|人士|军人|家庭)")


def deed_by_kin_only(word: str, around: str, lexicon) -> bool:
    """Is a yes/no question's deed, one the corpus never says, held by this sentence only through a
    neighbour in meaning that the dictionary translates as another deed (健身中心能游泳吗: e5 puts 健身,
    "exercise, keep fit", beside 游泳, "swim": the line's 健身 allows no swimming)? Only where the
    dictionary glosses both and their glosses share no word; a neighbour that shares a character with it
    (吸烟 for 抽烟) or that the dictionaries call the same (synonyms.same, glossed, alike) says the deed, and
    one the dictionary lacks (入内 for 进去, 饮用 for 喝水) is trusted as the lexicon weighs it."""
    if not _is_verb(word):
        return False  # a deed: 以前 (before) and 一样 (same) of 能跟以前用过的一样吗 are none
    return held_by_kin_only(word, around, lexicon)


def held_by_kin_only(word: str, around: str, lexicon, thing: bool = False) -> bool:
    """Is a word the corpus never says held by this sentence only through a neighbour in meaning whose
    dictionary glosses share no word with its own (游泳池, "swimming pool", by 洗澡, "to bathe": a line on
    showers says nothing of a pool)? The glosses' test of deed_by_kin_only, for a deed or a thing. A neighbour
    sharing a character says a deed (赔偿 for 赔钱); a `thing` only one sharing its head (吸烟 for 抽烟, not 清零
    for 清真餐)."""
    if len(word) < 2 or word in around or lexicon.known(word):
        return False
    said = lexicon.weight_in(word, around, strict=True)[1]
    if not said or (word[-1] in said if thing else set(said) & set(word)):
        return False  # 吸烟 for 抽烟, 赔偿 for 赔钱: a character shared; a thing's, its head (清零 shares only the 清 of 清真餐)
    mine, theirs = gloss_words(word) or (gloss_words(word[:-1]) if len(word) >= 3 else frozenset()), gloss_words(said)
    if not mine or not theirs or mine & theirs:  # (a word the dictionary lacks by its modifier's sense: 清真 of 清真餐)
        return False
    return not (synonyms.same(word, said) or said in synonyms.glossed(word) or synonyms.alike(word, said)
                or synonyms.alike(said, word))


def _is_verb(word: str) -> bool:
    """Is `word` one verb by jieba's tags (游泳: vn, 下载: v)?"""
    tags = [flag for _, flag in _posseg().lcut(word)]
    return len(tags) == 1 and tags[0].startswith("v")


_GLOSS_STOP = {"to", "a", "an", "the", "of", "and", "or", "be", "one's", "sth", "sb", "for", "with", "on", "at", "by"}


def gloss_words(word: str) -> frozenset[str]:
    """The English words of a Chinese word's dictionary glosses, without the little ones (take a shower:
    take, shower)."""
    return frozenset(t for g in synonyms.glosses_of(word) for t in re.findall(r"[a-z']+", g.lower()) if t not in _GLOSS_STOP)


# Words by which a document allows, forbids, spares or requires (不得入池, 免费添加, 无须隔离).
RULING = re.compile(r"禁止|严禁|不得|不准|不许|不可|不能|不予|不收|不需|无须|无需|请勿|切勿|谢绝|可以|允许|免费|免收|免交|免予|"
                    r"必须|须[要持具在由经按凭]|可[在凭持申免享]|暂停|停止")  # not 须知 (a notice's title)


_WHERE_IN = r"(?:里面|里头|里边|内|里|上|中)"  # after a noun: the place a deed is done in


def rules_on(q: Query, deed: list[str], around: str, lexicon) -> bool:
    """Does a clause of `around` allow, forbid, spare or require something of what the asked deed is
    done to or with: a word of the question besides its deed and the place it is done in, itself or a
    word near in meaning (寵物須裝於容器 rules on the 狗 of 能带狗进去吗, 米饭免费添加 on 米饭; 食堂内禁止
    吸烟 on nothing one may 唱歌 in a 食堂里面; 请勿在浴室等潮湿环境中使用 on no 净化器 that would 加湿)?"""
    others = [k for k in q.keywords if k not in deed and not any(k in d for d in deed)
              and not re.search(re.escape(k) + _WHERE_IN, q.text)]  # 食堂里面: where, not what
    for clause in re.split(r"[，,。；;：:！!？?\n›]|(?<!\d)\d{1,2}[.、．]\s*(?!\d)", around):  # a list item's number opens one
        if not RULING.search(clause):
            continue
        if any(k in clause for k in others):
            return True
        words = [t for t in jieba.lcut(clause) if len(t) >= 2]
        if any(lexicon.related(k, t) >= MEANING_WEIGHT for k in others for t in words):
            return True
    return False


# What a notice calls its own people or place (本辖区居民, 本社区, 本市户籍): 本 and the body it belongs to.
_LOCAL = re.compile(r"(?<!非)本(?:辖区|社区|小区|街道|地区|地|市|区|县|镇|乡|村|省|校|单位|公司)"
                    r"|(?:市|省|区|县|镇|乡)内(?!容)")  # or the area inside it a rate is set for (市内每件12元)


def outsider_of_locals(word: str, around: str) -> bool:
    """Is `word` an outsider (外地人, 外省的, 外小区的人: 外 and where from) asked of a sentence that speaks
    only of the locals (本辖区居民凭身份证可免费办理借书证，押金100元)? e5 holds 外地人 by 居民, the very
    people the sentence opposes to it; so is a rate set for the area inside (居住证寄到外省邮费多少: «…邮费由
    申请人承担，市内每件12元»). A sentence that names outsiders too (非本社区居民, 外来人员) may answer."""
    return (len(word) >= 2 and word[0] == "外" and word not in around and bool(_LOCAL.search(around))
            and not re.search(r"非本|外", around))


# A body a telephone number may belong to, said right before its phone word (街道监督电话, 物业值班电话).
_PHONE_BODY = re.compile(r"(街道|社区|居委会|村委会|物业|公司|医院|学校|派出所|政府|办事处|管委会|总部|集团)"
                         r"(?:监督|投诉|举报|服务|咨询|值班|办公室|联系|客服)?(?:电话|热线)")


def phone_of_another(question: str, around: str) -> str:
    """The owner the question asks a number of (图书室的电话是多少: 图书室), when every phone word of
    `around` names another body as its own (对本图书室服务有意见的，可拨打街道监督电话: the 街道's number,
    though the 图书室 is named); "" otherwise. The body must be no word of the question (街道的电话)."""
    from wenda.index.query import phone_owner

    owner = phone_owner(question)
    if not owner:
        return ""
    words = re.findall(r"电话|热线", around)
    bodies = [m.group(1) for m in _PHONE_BODY.finditer(around)]
    if bodies and len(bodies) == len(words) and not any(b in question or b in owner for b in bodies):
        return owner
    return ""


# Words by which a notice says a place does not open at all (全天闭馆, 暂停供餐, 春节期间停业).
CLOSED = re.compile(r"闭馆|闭园|休馆|闭店|停业|歇业|停诊|停运|公休|店休|不开放|暂停(?:开放|营业|服务|供餐|对外)|停止(?:开放|营业|服务)")
# A word of the question that names a day or a season rather than a thing (礼拜一, 国庆节, 寒假, 除夕, 晚上).
_WHEN_WORD = re.compile(r"[节假]$|除夕|元旦|正月|周末|[早晚]上|夜间|夜里|上午|下午|中午")


def closed_when(q: Query, deed: list[str], around: str) -> bool:
    """Does `around` say the place is closed at a time the yes/no question names (礼拜一能去看书吗 by
    每周一为内部整理日，全天闭馆; 国庆节能借书吗 by 国庆节10月1日至3日闭馆)? A closure rules on every deed done
    there then, though it names none: the asked deed (看书, 借书) is no word a closing line says."""
    if not CLOSED.search(around):
        return False
    for k in q.keywords:
        if k in deed:
            continue
        if extract.weekdays(k) and extract.weekdays_said(k, around):
            return True
        if (_WHEN_WORD.search(k) and k in around) or extract.holiday_said(k, around):
            return True
    return False


def deed_held(word: str, text: str, lexicon) -> bool:
    """Does `text` say the deed `word`: itself, or a word the corpus uses for it (lexicon.weight_in,
    strict) that `text` writes as a word of its own (入内 for 进去; 净化 inside 净化器 names a machine,
    no deed) and that is no state (干燥 for 加湿)?"""
    if word in text or split_by_figure(word, text):
        return True  # (分期 of 能分期付吗: «学费可分2期付款»)
    if rate_off_said(word, text):
        return True  # the discount granted as the share paid
    if any(f in jieba.lcut(text) or re.search(rf"(?:可|来|能|去|再|即|方可){f}(?![\u4e00-\u9fff])", text)
           if len(f) == 1 else f in text for f in synonyms.deed_forms(word)[1:]):
        return True  # 拿 of 当天能拿回来吗: «当天可取», a word of its own (not the 取 of 收取; 进场: 入场)
    if len(word) == 3 and _alone(word[0]).startswith("v") and re.search(
            rf"{re.escape(word[0])}[\u4e00-\u9fff]{{0,6}}?{re.escape(word[1:])}", text):
        return True  # 开发票 of 能开发票吗: «可开具增值税普通发票», the deed (开具) and its object (发票) apart
    if len(word) >= 2 and any(synonyms.same(word, text[i:i + len(word)]) for i in range(len(text) - len(word) + 1)
                              if text[i:i + len(word)] != word):
        return True  # 死伤 of 有没有死伤: «未造成人员伤亡», the thesaurus's word for it
    if len(word) == 1:
        # a deed of one character (吃 of 能吃东西吗) is no word the lexicon maps (a morpheme): a close
        # neighbour of it in meaning that `text` writes as a word of its own says it (饮食 for 吃, 阅读 for 看)
        said = jieba.lcut(text)
        return any(weight >= SUBJECT_WEIGHT and w in said and not _is_state(w) for w, weight in lexicon.near(word))
    weight, said = lexicon.weight_in(word, text, strict=True)
    # a close synonym, as for the measured subject (吸烟 for 抽烟; not 喧哗 for 唱歌, a neighbour in meaning)
    return weight >= SUBJECT_WEIGHT and said in jieba.lcut(text) and not _is_state(said)


def _is_state(word: str) -> bool:
    """Is `word` an adjective by jieba's tags (干燥, 潮湿): a state, which no deed near it in meaning
    (加湿, whose neighbour e5 finds in its opposite) is said by?"""
    tags = [flag for _, flag in _posseg().lcut(word)]
    return len(tags) == 1 and tags[0].startswith("a")


def compounded(word: str, question: str, text: str) -> bool:
    """Is a modifier the question joins to its noun by 的 (一年的卡, 一个月的卡, 老年人的卡) said in `text` as
    one word with that noun (年卡, 月卡, 老年卡)? A leading 一 (一个) of a quantity (一年) and a last 人 of a kind of
    people (老年人) drop in the compound. The noun is the question's next character, at least two
    characters in all."""
    at = question.find(word)
    if at < 0:
        return False
    rest = question[at + len(word):]
    rest = rest[1:] if rest.startswith("的") else rest
    if not rest or not re.match(r"[\u4e00-\u9fff]", rest[0]):
        return False
    stems = {word}
    if len(word) >= 2 and word[0] == "一":
        stems.add(word[1:])
        if word[1] == "个" and len(word) >= 3:
            stems.add(word[2:])  # 一个月的卡: 月卡
    if len(word) >= 3 and word[-1] == "人":
        stems.add(word[:-1])
    return any(stem + rest[0] in text for stem in stems)


def synonym_compounded(word: str, question: str, text: str) -> bool:
    """Is a modifier the question joins to its noun by 的 (小孩的借书证) said in `text` by a word the
    thesaurus puts in its synonym group, written right onto the same noun (少儿借书证)? The corpus's word
    for the kind, on the very noun asked: not a sibling (成人) nor a word elsewhere in the sentence."""
    at = question.find(word)
    if at < 0 or not question[at + len(word):].startswith("的"):
        return False
    rest = re.match(r"[\u4e00-\u9fff]+", question[at + len(word) + 1:])
    if not rest:
        return False
    for n in range(len(rest.group(0)), 1, -1):
        noun = rest.group(0)[:n]
        for m in re.finditer(re.escape(noun), text):
            before = text[max(0, m.start() - 4):m.start()]
            if any(synonyms.same(word, before[-k:]) for k in range(2, len(before) + 1)):
                return True
    return False


def deputy_only(word: str, question: str, text: str) -> bool:
    """Does `text` say a role only as its deputy (副主任医师 where 主任医师 is asked, 副组长 for 组长)?
    A deputy is another rank, not the role: the question must say 副 itself."""
    if len(word) < 2 or word not in text or "副" + word in question:
        return False
    at = text.find(word)
    while at >= 0:
        if at == 0 or text[at - 1] != "副":
            return False
        at = text.find(word, at + 1)
    return True


# A town or a larger place the question names by its kind (韭园镇, 大李庄乡, 扶沟县): two to four
# characters and the kind, not opened by a word that only points (哪个镇, 全县, 各乡).
_PLACE = re.compile(r"(?<![每哪这那全本该各个此])([\u4e00-\u9fff]{2,4}?)(镇|乡|县|市|省)")
_NOT_NAMES = set("每哪这那全本该各个此一两几多某其")  # a word that points or counts: no name at all
_JOINS = set("的了在有是和与给从到为被把向对于或及去来往回我你他她们俺咱")  # a word that joins (or a going: 坐车去省城;
# a person: 我们马坪乡): the name opens after it
COMMON_FREQ = 1000  # a word jieba's dictionary counts this often is a word of the language, no chance pair


# Words for a market that end in 市 as a city's name does (夜市, 超市): no place named by its kind.
_MARKETS = {"夜市", "超市", "集市", "菜市", "街市", "门市", "股市", "早市", "墟市", "花市", "灯市", "年市", "鱼市"}


# Words for places of kinds at large (城乡居民: those of towns and country), which close no place's name.
_KINDS_OF_PLACES = ("城乡", "城镇", "乡镇", "村镇", "市县", "县市", "省市", "县乡", "镇村", "乡村")


_TIME_OPENS = re.compile(r"^(?:今年|去年|明年|前年|后年|全年|本年|当年|今天|明天|昨天|现在|目前|如今|最近|近年)")


def level_at_hand(question: str, place: str, lexicon) -> bool:
    """Is `place` (大鸡场县, of 大鸡场县里) no name but the asker's own county said 县里 after other words: words the
    corpus knows (or single characters) as the question's own cut gives them, a word cut across at its start
    (发快递县里 of 核桃发快递县里: the 桃 of 核桃 opens no name), or a deed of dwelling right before it (家住县里)?
    Not 贷款县里, a loan the corpus never says."""
    if re.search(r"[住在回到]$", place[:-1]):
        return True  # 我家住县里, 住在县里: where the asker lives
    at = question.find(place + "里")
    words, pos = [], 0
    for w in tokens(question) if at >= 0 else ():
        start = question.find(w, pos)
        if start < 0:
            continue
        pos = start + len(w)
        if start < at < pos:
            return True  # the place's first character inside a word of the question: no name opens there
        if at <= start and pos <= at + len(place) - 1:
            words.append(w)
    return all(len(w) == 1 or lexicon.known(w) for w in words or tokens(place[:-1]))


def places_named(question: str) -> list[str]:
    """The places a question names by their kind (韭园镇党委书记是谁: 韭园镇), each whole; a name
    opens after the last word that is none of one (学者为麻省: no place 学者为麻省)."""
    jieba.dt.check_initialized()
    out = []
    for m in _PLACE.finditer(question):
        stem = m.group(1)
        if set(stem) & _NOT_NAMES or stem[-1] in "外内":  # 寄外省: another province, no name
            continue
        if (jieba.dt.FREQ.get(question[m.end() - 1:m.end() + 1]) or 0) >= COMMON_FREQ:
            continue  # 普通市民卡: 市 opens the word 市民, it closes no place's name
        if question[m.end():m.end() + 1] == "上" and LEVEL_AT_HAND.fullmatch(question[m.end() - 1:m.end() + 1]):
            continue  # 结果不服找镇上哪个电话: 镇 opens 镇上, the asker's town, no name of one (里 is read below:
            # 大鸡场县里 asks of the asker's county, 贷款县里 of a loan never said)
        if question[m.end():m.end() + 1] in ("外", "内"):
            continue  # 疗休养省外线路, 去省外: outside or inside a province (省外, 市内), no place named
        if m.group(2) == "市" and question[m.end() - 2:m.end()] in _MARKETS:
            continue  # 下暴雨夜市要停: a market (夜市, 超市), no city
        if question[m.end() - 2:m.end()] in _KINDS_OF_PLACES:
            continue  # 可以参加城乡居民养老保险: towns and villages at large, no place named
        name = stem[max((i + 1 for i, ch in enumerate(stem) if ch in _JOINS), default=0):]
        if name[:1] in "年月日号" and re.search(r"\d$", question[:m.start() + len(stem) - len(name)]):
            name = name[1:]  # 2027年崇岭县: the year's 年 opens no name
        name = _TIME_OPENS.sub("", name)  # 今年鹭湾县: a time said before the place opens no name
        if len(name) >= 2:
            out.append(name + m.group(2))
    return out


# Parts of speech (jieba) of a question's words that carry no content of their own: adverbs (一直, 最少),
# pronouns (时候; not 每天 or 各村, which say per what), measure words (些), conjunctions and particles.
# An asker adds them; a sentence rarely repeats them. Numerals are no fillers (半年 of 半年卡 singles out
# a kind), nor are time words (早上 is not 晚上), locatives and prepositions, which jieba gives to words
# an asker means (会上, 用, 按).
_FILLER_TAGS = ("d", "r", "q", "c", "u", "y", "e", "o")
_FILLER_WORDS = frozenset({"一起", "一块", "一块儿", "一同"})  # 能带猫一起入住吗: together, tagged a numeral


def together(word: str, question: str) -> bool:
    """Is `word` (一块, 一起) said in `question` as «together» before a deed, no quantity of one?"""
    return word in _FILLER_WORDS and any(m.group(0).startswith(word) for m in extract.TOGETHER.finditer(question))


FILLER_WEIGHT = 0.3  # the share of its weight such a word keeps in a sentence's support


@lru_cache(maxsize=4096)
def fillers(question: str) -> frozenset[str]:
    """The words of a question that carry no content of their own (see _FILLER_TAGS): a sentence that
    lacks them lacks little (那几个老党员在卡点一直守到啥时候: 一直, 时候)."""
    from wenda.index.query import keyword_tags

    caught = set(_CAUGHT.findall(question))  # 被发现会怎样: being found out is what a penalty presumes,
    caught |= {"会"} if _WILL_ASKED.search(question) else set()  # and 会 of 会怎样 asks, as 怎样 does
    return frozenset(w for w, flag in keyword_tags(question)
                     if (flag.startswith(_FILLER_TAGS) and w[0] not in "每各") or w in _FILLER_WORDS or w in caught)


# Being caught at a deed (被发现, 被抓到, 被查出): a rule's penalty presumes it, and says it seldom.
_CAUGHT = re.compile(r"(?<=被)(?:人)?(发现|抓到|抓住|查到|查出|逮到|看到)")
_WILL_ASKED = re.compile(r"会(?=怎样|怎么样|如何|有什么后果|有啥后果|怎么处理|被怎么)")


# A role asked (校长, 厨师长, 主任): only itself or a thesaurus synonym names it, never a neighbour in meaning.
_ROLE = re.compile(r"(?:长|主任|书记|经理|主席|员|师)$")


def meant(word: str, text: str, lexicon) -> bool:
    """Is a qualifier the corpus never uses held by its full meaning (过年 by 春节): a neighbour of the
    highest weight, no sibling, that `text` holds?"""
    return lexicon is not None and not lexicon.known(word) and lexicon.weight_in(word, text, strict=True)[0] >= 1.0


def said_otherwise(word: str, lexicon) -> bool:
    """Does the corpus use a word the thesaurus puts in `word`'s synonym group (吸烟 for 抽烟), among
    the word's neighbours in meaning (index/lexicon.py)?"""
    return any(synonyms.same(word, w) for w, _ in lexicon.near(word))


# A tail that makes a word «the number of» or «the count of» what it names (手机号, 电话号码, 车位数).
GENERIC_TAIL = r"(?:号码|号|数|数量)$"


def counts(noun: str, frame: str, lexicon=None) -> bool:
    """Does the piece of a sentence around a figure speak of the counted noun (卡点 in 设置卡点21个,
    or 卡点 for 卡口)? A figure in a piece about 口罩 does not count 卡点."""
    if only_modifies(noun, frame):
        return False  # 多少名党员: «150余名党员干部» counts 干部 that are 党员, not 党员
    return holds(noun, frame, lexicon) or synonyms.head_of_form_said(noun, frame) or bool(abbreviated(noun, frame))
    # (几台小车: «3辆7座及以下客车», the head of its written form 小型客车; 实习生: «岗位实习学生…不超过20名», said in full)


def only_modifies(noun: str, text: str) -> bool:
    """Does `text` say `noun` only as the modifier of a longer word (党员 in 党员干部, 人员 in 人员登记表:
    another thing, of which the noun says the kind)? Each place it stands opens a word of `text`
    (query.tokens) made of it and another word of two characters or more. False when the text never
    says it."""
    words = tokens(text)  # the rest is a word of its own, a head (干部), not the end of one (堵卡点, 公交线路)
    longer = [t for t in words if len(t) >= len(noun) + 2 and t.startswith(noun) and t[len(noun):] in words]
    at = text.find(noun)
    if at < 0 or not longer:
        return False
    while at >= 0:
        if not any(text.startswith(t, at) for t in longer):
            return False
        at = text.find(noun, at + 1)
    return True


NEGATIONS = "不未非无没"  # 不合格 is another qualifier than 合格, not the same one said again


def asked_forms(question: str, words) -> list[str]:
    """The question's words as it asks them: with the negation that stands right before one in the
    question (不合格 in 考核不合格的乡镇), each once, two characters or more."""
    out: list[str] = []
    for w in words:
        if not w or w in NEGATIONS:
            continue
        at = question.find(w)
        if at > 0 and _negation_before(question, at):  # 不合格; 没有休息 asks as 没休息
            w = next(ch for ch in question[max(0, at - 2):at] if ch in NEGATIONS) + w
        elif at > 0 and question[at - 1] in extract.FORBIDDING:  # 别超过 asks as 不超过
            w = "不" + w
        if len(w) >= 2 and w not in out:
            out.append(w)
    return out


# Two-character negations that stand before the word they negate (没有休息, 未能到岗, 无法返岗).
NEGATION_WORDS = ("没有", "未能", "没能", "不能", "不再", "未曾", "不曾", "无法", "未被", "不被", "不会", "不用",
                  "不得", "不准", "不许", "不可", "不宜", "不必", "无需", "不需")  # 不得超过 says 不能超过


_NEGATED_BENEFIT = ("不享受", "不享有", "不再享")  # a benefit withheld: what follows is negated


def _negation_before(text: str, at: int) -> bool:
    """A negation right before position `at` (不合格), or a negation word of two characters there
    (没有休息, 未能到岗); 不懈努力 is no negation of 努力 (懈 is what 不 negates), nor is a question's 有没有 or 要不要
    (an FAQ's heading «有没有储值卡或次卡？»)."""
    if at >= 3 and text[at - 2] in "不没" and text[at - 3] == text[at - 1]:
        return False
    return (at > 0 and text[at - 1] in NEGATIONS) or text[max(0, at - 2):at] in NEGATION_WORDS \
        or text[max(0, at - 3):at] in _NEGATED_BENEFIT  # 乘车不享受免费: 免费 is negated


def _plain_at(text: str, word: str) -> bool:
    """Does `text` hold `word` somewhere without a negation just before it?"""
    at = text.find(word)
    while at >= 0:
        if not _negation_before(text, at):
            return True
        at = text.find(word, at + 1)
    return False


# A clock time bounding what follows it (22:00以后, 8点前): a deed barred past it is allowed before it.
_PAST_HOUR = re.compile(r"\d{1,2}(?:[:：]\d{2}|[点时])(?:[^，,。；;]{0,2})?(?:以后|之后|以前|之前|后|前)")


def _barred_past_hour(text: str, word: str) -> bool:
    """Is `word` said negated only after a clock time that bounds it in the same sentence («22:00以后只能还车，
    不能借车»)? Then the line's hours say when the deed is done (几点开始能借车: 6:00)."""
    spots = [m.start() for m in re.finditer(re.escape(word), text)]
    return bool(spots) and all(_negation_before(text, at) and _PAST_HOUR.search(re.split(r"[。；;]", text[:at])[-1])
                               for at in spots)


def _negated_at(text: str, word: str) -> bool:
    """Does `text` hold `word` with a negation just before it (没休息 asked, 没有休息 said)?"""
    at = text.find(word)
    while at >= 0:
        if _negation_before(text, at):
            return True
        at = text.find(word, at + 1)
    return False


def counted_time_said(word: str, text: str) -> bool:
    """Is a time pointed at with 个 (下个月, 上个星期, 这个周末) said without it (下月, 上星期)? Not a count
    (三个月 is no 三月)."""
    return len(word) >= 3 and word[0] in "上下这那每本" and word[1] == "个" and word[0] + word[2:] in text


def opposed(word: str, piece: str, piece_words, sentence: str, question: str) -> bool:
    """Does the piece of a sentence around a value speak of a sibling of the asked `word` instead
    of the word itself? 合格 for 不合格 (or the reverse), 首班车 for 末班车 (lexicon.siblings:
    the same head, another modifier), where the sentence never says the asked word at all. The words
    of the asked word said in full (服务队 of 志愿服务队, for 志愿队: lexicon.abbreviated) are no sibling's."""
    from wenda.index.lexicon import siblings

    if word[0] in NEGATIONS and len(word) >= 3:
        base = word[1:]
        return not _negated_at(piece, base) and _plain_at(piece, base)
    if word in piece:  # only 不合格 there, 合格 asked; but 多久不去报到 asks of 未报到: not going to do it is not doing it
        return not _plain_at(piece, word) and not re.search(rf"(?:不|没)去{re.escape(word)}", question) \
            and not _negated_at(question, word)  # 不免费的是几点: «…乘车不享受免费», negated as asked
    if word in sentence or counted_time_said(word, sentence):
        return False  # (下个月 said 下月: «每月25日…开放下月课程报名»)
    if word[0] in NEGATIONS:  # 不用 (no need to) shares its head with 适用 (applies to) but is no kind of it:
        # a negated word's siblings are another negation or the positive (无效: 有效), never a verb that
        # ends as it does (小孩多高以下不用买票: «适用对象：身高未满110公分之儿童» is no sibling's value)
        return any(len(t) >= 2 and t not in question and t[0] in NEGATIONS + "有" and siblings(word, t)
                   for t in piece_words)
    full = abbreviated(word, piece)  # the asked word said in full (志愿队: 志愿服务队): its words are its own
    full = full if len(full) > len(word) else ""
    if full and len(word) >= 3 and full[-1] == word[-1]:
        return False  # 城管局 asked, «市城市管理局（24小时值班电话：…）和市公安局…»: the piece says it in full
    done = done_to(question, piece, piece_words)
    return any(len(t) >= 2 and t not in question and siblings(word, t) and not (full and t in full)
               and not (len(t) == 2 and (t[0] in _OPENING or (len(word) >= 3 and no_kind(t))))
               and not (t in GENERIC_PRICE and word[-1] in "费价")
               and not fee_of_any(word, t)  # 收费多少: «学费每学期260元», the fee is a kind of it
               and not modifier_asked(word, t, question, piece)
               and t not in done
               and not re.search(rf"\d\s*{re.escape(t)}", piece)  # 瓶装 asked: «500克装» is a figure's measure, no kind
               and not (synonyms.head_of_form_said(word, piece) and any(f.endswith(t) for f in synonyms.regional(word)))
               # 小车 (小型客车): «7座及以下客车»,
               for t in piece_words)  # the class the asked word's written form names


def done_to(question: str, piece: str, words) -> list[str]:
    """The words of a piece that say the asked deed done to a thing (补办社保卡: 补卡 of «补卡、换卡收取工本费»,
    and 换卡 listed with it): a deed's character the question says, then the thing's head. They are no kinds
    of the thing; 退票 stays another thing's price for 门票, whose question says no 退."""
    done = [t for t in words if len(t) == 2 and t[0] in _DEEDS_ON_THINGS and t[0] in question]
    return done + [t for t in words if done and t not in done and len(t) == 2 and t[0] in _DEEDS_ON_THINGS
                   and t[-1] == done[0][-1] and re.search(
                       rf"{re.escape(done[0])}[、和及与或]{re.escape(t)}|{re.escape(t)}[、和及与或]{re.escape(done[0])}", piece)]


# The characters of deeds done to a card or a ticket, which make a word with its head (补卡, 换卡, 退票, 续卡).
_DEEDS_ON_THINGS = "补换办开退挂充借还续领买售购订"


# What asks a deed negated: it need not be done (不用买票, 无需预约).
_NEED_NOT = re.compile(r"(?:不用|不要|不需要?|无需|不必)\s*$")


def exemption_said(word: str, text: str, question: str) -> bool:
    """Does `text` say the exemption (免票: 免 and the thing) from the deed `word` (买票) that the question
    asks as need not be done (多高不用买票)? It speaks of what is asked, whatever sibling (门票) it names."""
    at = question.find(word)
    return (len(word) >= 2 and at > 0 and bool(_NEED_NOT.search(question[:at]))
            and "免" + word[-1] in text)


def said_by_modifier(word: str, question: str, text: str) -> bool:
    """Does `text` name the asked word by its head and a modifier the question says (末班车 for the
    末班公交车 asked)?"""
    return any(len(t) >= 2 and t[-1] == word[-1] and modifier_asked(word, t, question, text)
               for t in set(jieba.lcut_for_search(text)))


def modifier_asked(word: str, other: str, question: str, piece: str = "") -> bool:
    """Does `other` single out the asked word by the modifier the question puts before it (末班车 of
    末班公交车 asked for 公交车; 班车 too, where the piece says 末班车): the question's thing in fewer
    words, no sibling of it. Not a modifier of another word (租车卡的工本费: 租车费 is no 工本费)."""
    n = 0
    while n < min(len(word), len(other)) and word[-1 - n] == other[-1 - n]:
        n += 1
    mod = other[:len(other) - n]
    if n < 1 or not mod or mod in word:
        return False
    at = piece.find(other)
    before = [piece[max(0, at - k):at] for k in (0, 1, 2)] if at >= 0 else [""]
    return any(len(b + mod) >= 2 and re.search(re.escape(b + mod) + "的?" + re.escape(word), question) for b in before)


# Words for what is paid in general (a price list's 收费标准 column): no sibling of the fee asked by what it
# is for (学费, 报名费), but the column that gives it.
GENERIC_PRICE = {"收费", "费用", "价格", "价钱", "定价", "售价", "单价", "标价"}
# Those of them that ask whatever is paid (收费多少, 费用多少): a fee for what (学费) is one of it, no sibling; not
# 单价, whose sibling 总价 is.
_ANY_FEE = {"收费", "费用", "价格", "价钱"}


def fee_paid_at(asked: str, text: str) -> bool:
    """Is the fee asked by the deed it is paid at (报名费, 入场费) the one `text` says is paid at that deed («测试费…，在网上
    报名时缴纳»)?"""
    if len(asked) < 3 or not asked.endswith("费") or not re.search(r"[\u4e00-\u9fff]费", text.replace(asked, "")):
        return False
    return bool(re.search(re.escape(asked[:-1]) + r"[^，,。；;]{0,3}(?:时|前|后|之时)[^，,。；;]{0,4}(?:缴纳|缴费|交纳|交费|支付|付款|收取)",
                          text))


def fee_of_any(asked: str, said: str) -> bool:
    """Is `said` a fee or price for something (学费, 报名费, 票价) where `asked` is whatever is paid (收费, 费用)?"""
    return asked in _ANY_FEE and said[-1:] in ("费", "价") and said != asked


# A verb of opening, closing, entering or leaving: with one character after it, a deed done to that thing
# (闭园, 开馆, 入园), no kind of it (闭园时间 names no other 园 than the 动物园 asked).
_OPENING = set("开关闭停启进入出")

# A word of two characters whose first says the whole or this one (全区, 本区, 该校, 各村): it names the
# place the document is about, or every one of them, never another of its kind.
_WHOLE = set("全本该此各")


def no_kind(word: str) -> bool:
    """Is a word of two characters no kind of the thing its head names, beside a named one of three or
    more (城南区, 陶艺课)? The whole or this one (全区: _WHOLE), or a deed done to it (上课, 开课: a verb by
    jieba's dictionary) — 上午 and 下午, 全职 and 兼职 stay siblings of their own length."""
    return word[0] in _WHOLE or next((p.flag for p in _posseg().lcut(word) if p.word == word), "").startswith("v")


# A price asked per person (一个人多少钱, 每人, 每位): the asker's «one» is the price of one place, ticket or
# turn, whatever unit the line names it by (每张, 每次) or none, but not a price per a group's unit (每桌, 每场,
# 每间: «富贵宴 · 规格：10人桌 · 价格：4588元 · 计价单位：每桌» is no price per head).
PER_PERSON_ASKED = re.compile(r"(?:每|一|1)个?(?:人头|人|位)")
PER_PERSON = "每人"  # the keyword such a phrase is read as
_PER_PERSON_SAID = re.compile(r"每(?:一)?(?:个|位|名)?人|人均|每位|每名|[/／](?:人|位)")
_GROUP_UNITS = "桌场组间辆船车户家套台团班包箱"
_PER_GROUP = re.compile(rf"每(?:一)?个?[{_GROUP_UNITS}]|[/／][{_GROUP_UNITS}]")


def priced_per_group(text: str) -> bool:
    """Does `text` price per a group's unit (每桌, /间, 每场) and say no price per person?"""
    return bool(_PER_GROUP.search(text)) and not _PER_PERSON_SAID.search(text)


_PER = re.compile(r"每(?:多|加|超|超过|增加)?(?:一|1)?(?:个|位|名|户)?([^\W\d_每]{1,4})")  # 每多一张, 每超1人: per 张, per 人


_ONE_CHARACTER_UNITS = set("天日月年周次人户村册本张件辆位名家所间类组班项队场桌")


def per_units(text: str) -> set[str]:
    """What a text counts per (每个村 → 村, 每个乡镇 → 乡镇, 每天 → 天, 每册每天 → 册, 天)."""
    out = set()
    for m in _PER.finditer(text):
        after = m.group(1)
        word = after[0] if after[0] in _ONE_CHARACTER_UNITS else jieba.lcut(after)[0]
        if word in _MODAL_AFTER_PER:
            continue  # 示范园每个要多大: each of the things named before, no unit named
        out.add(word)
        said = m.group(0)[1:m.start(1) - m.start()].lstrip("一")
        if said in ("户", "位", "名"):  # 每户发放补贴: per 户 (a unit itself), whatever word follows
            out.add(said)
    return out


_MODAL_AFTER_PER = frozenset(("要", "能", "可", "可以", "需", "需要", "都", "会", "应", "应该", "须", "必须", "得", "最多", "至少"))
_PER_HEAD = {"人", "名", "位"}  # what a figure per person is said per (每人, 每名)
_PERSON_NOUN = re.compile(r"(?:人员|人|员|者|工|师|生|长|干部|群众|居民|村民|老师|医生|家属|孩子|小孩|儿童|老人)$")


def another_unit(question: str, piece: str) -> bool:
    """Is the value's piece said per another unit than the question's (每个乡镇 asked, 每个村配备3名
    given)? A piece that says no 每 is not another unit, nor one that says the asked unit in full
    (每平米 asked, 每平方米 given: lexicon.abbreviated)."""
    asked, said = per_units(question), per_units(piece)
    if said & _PER_HEAD and any(_PERSON_NOUN.search(a) for a in asked):
        return False  # 每个保洁员 asked, «每人负责的河段约2公里» given: one person of them
    if any(extract.period_fee_said("每" + a, piece) for a in asked):
        return False  # 每月收多少 asked, «自助售货机每台月场地使用费150元»: per machine and per month
    return bool(asked and said) and not any(a == b or a in b or b in a or same_measure(a, b)  # 每顿 is 每餐
                                            or abbreviated(a, b) for a in asked for b in said)
