"""Question analysis: normalisation, tokens, intent, named sections. Pure functions."""

from __future__ import annotations

import logging
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Literal

import jieba  # its dictionary: memory-mapped tables (index/jieba_dict.py); the tagger on first use

from wenda.index import deeds, jieba_dict, synonyms

jieba.setLogLevel(logging.WARNING)
jieba_dict.install(jieba.dt)  # milliseconds instead of jieba's 1.3 s dictionary load; same tokens

# The one limit on a question's length (characters, surrounding whitespace aside): the engine
# declines a longer one with a message, and the bot uses the same number. Nothing is ever cut.
MAX_QUESTION_CHARS = 1000

Intent = Literal["figure", "person", "date", "entity", "yesno", "clause"]

# Question words and particles: they say what is asked, not what to look for.
QUESTION_WORDS = {
    "多少", "几", "块钱", "毛钱", "角钱", "多大", "多长", "多高", "多远", "多久", "多重", "多少次", "几次", "几个", "多少个",
    "谁", "是谁", "叫什么", "什么", "哪个", "哪些", "哪里", "哪儿", "哪", "哪天", "哪几天", "哪几日", "哪些天", "何时", "什么时候", "时候", "时间",
    "怎么", "怎么样", "怎样", "如何", "为什么", "为何", "吗", "呢", "吧", "啊", "么", "是否", "有没有",
    "是不是", "叫", "叫做", "称为", "啥", "叫啥", "数量", "数目", "总数", "请问", "请", "一下", "告诉", "我", "你", "知道", "想", "问", "呀", "㗎", "喎", "啩", "啫", "囉", "哪位", "名字", "姓名", "到底", "究竟", "年纪", "年龄", "岁数",
    # the written register's question words (何处 for 哪里, 何年 for 哪年, 何人 for 谁): 卢安达境内的最低点位在何处
    "何处", "何地", "何年", "何月", "何日", "何人", "何种", "何物", "何者",
}
STOPWORDS = {
    "的", "了", "是", "在", "和", "与", "及", "或", "也", "都", "就", "而", "被", "把", "对", "为", "以",
    "之", "其", "这", "那", "这个", "那个", "这篇", "该", "有", "个", "共", "一共", "总共", "到", "从",
    "里", "中", "上", "下", "等", "又", "还", "着", "过", "给", "于", "由", "将", "所", "并", "且",
    "多", "做", "进行", "这些", "那些", "他们", "她", "他", "它", "们",
    # words about the document itself, not its content ("这篇报道的通讯员")
    "报道", "文章", "本文", "新闻", "稿件", "消息", "资料", "文中", "里面", "篇",
}
# Words of a question that name any thing, nothing to look for (吃东西: jieba tags 东西 a place). Not
# stopwords of the index (tokenizer_spec): a question's words only.
ANY_THING = {"东西"}
# Words jieba must keep whole, added to its dictionary at import: (word, frequency or None); words its dictionary
# lacks, which it cuts wrong beside a deed (用微信付 → 微 / 信付; 早鸟报一星 → 早 / 鸟报: an early-bird offer).
USER_WORDS: tuple[tuple[str, int | None], ...] = (("微信", None), ("早鸟", None))
# Bump when `tokens` changes in a way its word lists do not show: the index is then rebuilt.
TOKENIZER_VERSION = 3  # 2: corpus text is converted to Simplified (OpenCC t2s) before tokenising; 3: a model's
# code of several figures with their units (48v20ah) also gives each of them (48v, 20ah); user words (微信)
_PUNCT = re.compile(r"^[\W_]+$", re.UNICODE)
for _word, _freq in USER_WORDS:
    jieba.add_word(_word, _freq)

# Titles and roles after which Chinese news writes a person's name (党委书记何东亚, 通讯员 冯永西).
ROLES = (
    "书记", "副书记", "镇长", "乡长", "县长", "市长", "省长", "区长", "村长", "主任", "主席", "组长", "局长", "处长",
    "科长", "所长", "站长", "院长", "校长", "厂长", "经理", "董事长", "总裁", "部长", "委员", "队长", "会长",
    "社长", "馆长", "团长", "记者", "通讯员", "编辑", "作者", "摄影", "医生", "护士", "教师", "老师", "党员", "干部",
    "负责人", "志愿者", "支书", "店长", "园长", "主管", "总监", "场长", "理事长", "秘书长", "行长", "护士长", "律师", "教练", "讲师",  # 村支书 (村党支部书记), a shop's, a park's, a unit's heads
)

# Things numbered 1号, 2号… that 几号 asks the number of, not a day of the month (几号出口, 几号线, 几号楼).
NUMBERED_THINGS = r"出口|入口|口|线|楼|门|窗口?|车厢|厅|馆|台|位|房|室|柜|机|车|桌|床|箱|码头|通道|展位|泊位|摊位|场地?|球场|球|鞋|电池|栋|幢|单元|包厢|包间|教室|宿舍|公寓|地块"

# The things whose 多高 asks a level, not a height (收费有多高, 要求多高).
_LEVEL_WORDS = ("级别", "要求", "标准", "价格", "分数", "水平", "待遇", "比例", "费用", "收费", "工资", "效率", "温度", "频率",
                "成本", "利率", "税率", "薪水", "学历", "门槛", "难度", "风险", "概率", "期望")
_LEVELS = "|".join(_LEVEL_WORDS)
_LEVELS_HAD = "|".join(w + "有" for w in _LEVEL_WORDS)

_INTENTS: list[tuple[Intent, re.Pattern[str]]] = [
    # 关门时间是几点 asks a time; 关门时间是多久 a length of time (6小时), a figure; 2月23日期间 holds no 日期;
    # 周几 a weekday, but 一周几次 a count (几回 is no count in 礼拜几回收); 几号 a day, but 电话几号 a number;
    # 日期章 is a stamp (回墨的日期章多少钱), no date
    ("date", re.compile(r"什么时候|何时|(?<!任)何(?:年|月|日)|哪天|哪一天|哪年|哪一年|几月|(?<!电话)(?<!手机)(?<!号码)(?<!热线)(?<!微信)(?<!WhatsApp)(?<!whatsapp)(?<!LINE)(?<!line)(?<!电话是)(?<!手机是)(?<!号码是)几号(?!" + NUMBERED_THINGS + r")|几日|什么时间|哪个月|哪(?:一?个)?时候|(?<![\d次回遍])日期(?![章戳印牌贴])|时间是(?!多久|多长|多少|几个)|"
                        r"什么时期|哪个时期|哪一时期|哪时期|哪次|哪一次|(?:星期|礼拜|周)几(?![次遍趟节堂天])|(?:过年|春节|正月|大年|新年)[^，,。？?]*初几|"  # a lunar day (过年…初几开门)
                        # 西元几年 asks a year, 几世纪 a century: a date, not a count of years
                        r"(?:西元|公元|民国)前?几年|几世纪|哪个?世纪|(?:什么|哪个)年代")),
    ("person", re.compile(r"谁|叫什么名字|叫啥|哪位|什么人|(?<!任)何人|姓名")),  # 此话为何人所言: 何人 is 谁 (not of 任何人)
    ("figure", re.compile(r"多少|(?<![好哪])几(?!乎)|多大|多长|多高|多远|多久|多重|多宽|多深|多快|数量|人数|总数|金额|百分之")),
    # …吗 / …么 ends a yes-no question, but not as part of 什么, 怎么, 这么, 那么, 多么 (职业是什么 asks what)
    # a question that ends in 吗 asks yes or no (捷运上可以吃东西吗), whatever verb it asks of
    ("yesno", re.compile(r"有没有|是不是|是否|能不能|会不会|([\u4e00-\u9fff])不\1|(?:吗|(?<![干做搞])嘛)[?？]?$|(有|是|能|会|在).*(?<![什怎这那多])么[?？]?$"
                         # 能坐校车不, 礼拜一开门不, 还收钱没: a plain 不 or 没 closing the question asks yes or no
                         r"|[\u4e00-\u9fff](?<![为了要得么])(?:不|没|没有)[?？]?$")),
    ("entity", re.compile(r"哪个|哪些|哪里|哪儿|哪家|哪所|哪|什么|啥|何")),
]


@lru_cache(maxsize=1)
def _posseg():
    """jieba's part-of-speech tagger, imported once on first use, reading jieba_dict's tables, with
    its cuts kept (`KeptTagger`)."""
    return KeptTagger(jieba_dict.posseg())


class KeptTagger:
    """jieba.posseg whose cuts are kept: while one question is answered the same question and the
    same pieces of sentences are tagged again and again (on CMRC 2018 dev, 1,328 cuts of 462 texts
    for 100 questions), and jieba's HMM tagger costs ~1-3 ms a short text. jieba's dictionary is
    fixed once this module is imported, so a text's cut never changes. ``lcut`` gives what
    jieba.posseg.lcut gives, as (word, flag) pairs with .word and .flag; ``dt`` is the tagger's own."""

    def __init__(self, module) -> None:
        self.module = module
        self.dt = module.dt

    def lcut(self, text: str) -> list:
        return list(_kept_cut(text))


@lru_cache(maxsize=16384)
def _kept_cut(text: str) -> tuple:
    from wenda.index.tags import tag

    return tuple(tag(text))


@lru_cache(maxsize=1)
def _t2s():
    import opencc

    return opencc.OpenCC("t2s")


def normalize(text: str) -> str:
    """Full-width → half-width (NFKC), Traditional → Simplified, whitespace collapsed."""
    text = unicodedata.normalize("NFKC", text)
    text = "".join(ch for ch in text if unicodedata.category(ch)[0] != "C" or ch in "\n\t")
    text = re.sub(r"\s+", " ", text).strip()
    return spoken_to_written(_t2s().convert(english_read(text)))


# English question words a Chinese question may be asked with (how many checkpoints in 崔桥镇), in
# the Chinese the rest of the reading understands; longest first.
_ENGLISH_ASKS = [("how many", "多少"),
                 # how much is, does, for: a price (How much is wheel alignment for an SUV?); how much water: a quantity
                 ("how much is", "多少钱"), ("how much are", "多少钱"), ("how much does", "多少钱"), ("how much do", "多少钱"),
                 ("how much for", "多少钱"), ("how much", "多少"), ("how long", "多久"), ("how old", "几岁"),
                 ("what time", "几点"), ("which", "哪个"), ("who", "谁"), ("whom", "谁"), ("whose", "谁的"),
                 ("when", "什么时候"), ("where", "哪里"), ("why", "为什么"), ("what", "什么")]
# English words for a line one calls, read as the Chinese that asks its number (动物园的hotline是多少:
# 热线; the lexicon would take phone for 手机, a mobile, and miss the office's 电话).
# A bare number (whatsapp number) is the one to call or write to: 号码; not «number of», a count.
_ENGLISH_LINES = [("phone number", "电话"), ("telephone", "电话"), ("hotline", "热线"), ("phone", "电话"), ("tel", "电话"),
                  ("number", "号码")]
_ENGLISH_LINE = re.compile(r"(?<![A-Za-z])(" + "|".join(a for a, _ in _ENGLISH_LINES) + r")s?(?![A-Za-z])(?!\s*of\b)", re.I)
_ENGLISH_ASK = re.compile(r"(?<![A-Za-z])(" + "|".join(a for a, _ in _ENGLISH_ASKS) + r")(?![A-Za-z])(?:'s| is| are| was| were)?", re.I)
# English words that only hold a sentence together (did, the, in): nothing to look for.
_ENGLISH_GLUE = re.compile(r"(?<![A-Za-z])(?:do|does|did|is|are|was|were|the|a|an|in|on|at|of|to|for|there|has|have|had|"
                           r"be|been|by|with|this|that|it|its)(?![A-Za-z])\s*", re.I)


def english_read(text: str) -> str:
    """A question with English words, read for matching: its English question words as the Chinese
    ones (how many → 多少, who → 谁), its glue words dropped, a plural the dictionary knows in the
    singular (checkpoints → checkpoint) and two words the dictionary knows as one joined (check
    point → checkpoint). A question without Latin letters is returned as it is."""
    if not re.search(r"[A-Za-z]{2}", text):
        return text
    from wenda.index.synonyms import glosses_of

    asks, lines = dict(_ENGLISH_ASKS), dict(_ENGLISH_LINES)
    text = _ENGLISH_LINE.sub(lambda m: lines[m.group(1).lower()], text)
    if not re.search(r"[A-Za-z]{2}", text):  # only words for a line were English (物业 tel → 物业电话)
        return re.sub(r"(?<=[^\x00-\x7f]) +| +(?=[^\x00-\x7f])", "", text)
    text = re.sub(r"(?<![A-Za-z])([A-Za-z]{2,}) ([A-Za-z]{2,})(?![A-Za-z])",
                  lambda m: m.group(1) + m.group(2) if glosses_of((m.group(1) + m.group(2)).lower())
                  and not glosses_of(m.group(0).lower()) else m.group(0), text)
    text = re.sub(r"(?<![A-Za-z])(?!(?:does|was|has|this|yes|less)(?![A-Za-z]))([A-Za-z]{3,}?)(?:es|s)(?![A-Za-z])",  # (does: no doe)
                  lambda m: next((w for w in (m.group(0)[:-1], m.group(1), m.group(0)[:-2])
                                  if len(w) >= 3 and glosses_of(w.lower()) and not glosses_of(m.group(0).lower())),
                                 m.group(0)), text)
    if not _ENGLISH_ASK.search(text):
        return text
    text = _ENGLISH_ASK.sub(lambda m: asks[m.group(1).lower()], text)
    text = _ENGLISH_GLUE.sub("", text)
    return re.sub(r"(?<=[^\x00-\x7f]) +| +(?=[^\x00-\x7f])", "", text).strip()


# Spoken words with one written equivalent that documents use instead (a unit said otherwise, a question word).
SPOKEN = {"钟头": "小时", "啥时候": "什么时候",  # 守到啥时候: asks when, as 什么时候
          "当兵的": "军人",  # a soldier as said aloud (当兵的坐车要钱吗), as notices write it
          "几多": "多少",  # Cantonese 几多 (一个月几多钱, 几多个): how much, how many
          # Cantonese, as Hong Kong users write it (after OpenCC: 邊個 → 边个, 係 → 系)
          "系边个": "是谁", "边个": "谁", "喺边度": "在哪里", "边度": "哪里", "几耐": "多久", "几钱": "多少钱",
          "有冇": "有没有", "冇": "没有", "咩": "什么", "唔": "不", "喺": "在", "嘢": "东西", "佢": "他",
          "𠮶": "那", "嗰": "那",  # Cantonese 嗰 (that; OpenCC writes 𠮶): 嗰個人, 嗰隻; 上堂嗰日: the day itself (当天)
          "𠮶日": "当天", "嗰日": "当天",
          "系唔系": "是不是", "系咪": "是不是", "系咩": "是什么", "系乜": "是什么", "乜嘢": "什么", "系几": "是几", "点样": "怎样", "点算": "怎么办", "会点": "会怎样",
          "下昼": "下午", "上昼": "上午", "晏昼": "中午", "朝早": "早上",  # Cantonese parts of the day (平日下晝打美式枱)
          "咋半": "咋办", "电活": "电话", "碌卡": "刷卡", "多少money": "多少钱", "边几日": "哪几天", "边日": "哪天", "几时": "什么时候", "俾钱": "付钱", "食烟": "吸烟",
          "哪条路上": "哪条路", "哪条街上": "哪条街",  # 具体在哪条路上: the road asked (路上 is no word a line says)
          "电化": "电话",  # 监督电化多少: the phone, by its homophone typed
          "封顶": "最高",  # 补贴封顶是多少: the most it pays, as «…最高不超过30万元» says
          "credit card": "信用卡",  # 可以刷credit card吗 (Latin keys are matched in any case)
          # English words for a post, a refund or a deposit a user mixes in (公司的general manager是谁)
          "general manager": "总经理", "manager": "经理", "refund": "退款", "deposit": "押金",
          "half day": "半天", "full day": "全天",  # 陪诊half day多少钱: «医院陪诊（半天）»
          # Cantonese hours: 一個鐘, 兩個鐘, 一個半鐘 (跳一個鐘幾錢); 个钟头 kept whole, 钟头 read below
          "个钟头": "个小时", "个钟": "个小时", "半钟": "半小时",
          "book位": "预约",  # whatsapp book位個號碼: the booking line («WhatsApp預約：…»)
          "㓥": "杀", "劏": "杀", "打鳞": "去鳞",  # Cantonese 劏魚打鱗 (OpenCC writes 㓥): killing and scaling a fish
          "几早": "提前多久",  # Cantonese 幾早 (生日會要幾早book): how far ahead, «最少14日前預約»
          "booking": "预约", "reservation": "预约",  # booking電話幾號: «預約專線：…»
          "trial lesson": "试课", "trial class": "试课", "insurance": "保险",  # a trial lesson's fee; 买保险 insurance
          "屋企人": "家人", "屋企": "家",  # Cantonese: one's family, one's home (叫屋企人帮手办)
          "仲开": "还开", "仲可以": "还可以", "仲要": "还要", "仲有": "还有", "仲会": "还会", "仲退": "还退",  # Cantonese
          "仲租": "还租", "仲收": "还收", "仲做": "还做", "仲玩": "还玩",
          # Cantonese: swimming (唔识游水), driving (揸車去), closing (幾點閂門), bringing along (帶埋隻狗)
          "游水": "游泳", "揸车": "开车", "闩门": "关门", "带埋": "带上",
          # Cantonese: getting off (落车), showering (冲凉房: a notice's 淋浴间), wearing (着咩鞋), being busy (唔得闲);
          # the past's 咗 is left as it is: jieba cuts the words around it apart (飞 买 咗), which 了 would glue (飞买)
          "落车": "下车", "冲凉房": "淋浴间", "冲凉": "淋浴", "着咩": "穿什么", "要着": "要穿", "可唔可以着": "可不可以穿",
          "唔得闲": "没空", "嘅": "的",  # 嘅: Cantonese 的 (打鼓嘅课程)
          # Cantonese 边 + a classifier (边间房, 边位老师): which one, as 哪 asks it
          "边间": "哪间", "边位": "哪位", "边种": "哪种", "边款": "哪款", "边条": "哪条", "边张": "哪张", "边架": "哪架",
          # 仲 (still): 落紅雨仲開唔開 (not 仲裁, 仲夏)
          "车飞": "车票", "门飞": "门票",  # Cantonese 飛: a ticket (東莞嘅車飛幾錢; not the 机飞 of 农机飞防)
          "使唔使": "要不要", "上堂": "上课", "嚟": "来", "你哋": "你们", "我哋": "我们", "佢哋": "他们",  # Cantonese: need one (红雨使唔使上堂), attend class, come
          # a price asked by what it is (一小时啥价, 什么价钱): how much
          "啥价钱": "多少钱", "啥价格": "多少钱", "啥价": "多少钱", "什么价钱": "多少钱", "什么价格": "多少钱",
          "生小孩": "生育", "生孩子": "生育",  # giving birth (生小孩医保补多少钱), no 小孩 at all
          "下班后": "晚上", "下了班": "晚上",  # 下班后去打球: the evening slot (晚场 17:00—22:00)
          "匹马力": "马力",  # 60匹马力: horsepower as farmers say it («50—70马力»)
          "户人家": "户",  # 多少户人家: 户 counts the households (全村186户)
          # Shanghainese (Wu), as users write it: 夜饭几钿 (supper, how much), 啥辰光 (when), 阿拉 (I, we), 姆妈 (mother)
          "中午饭": "午饭",  # jieba's word, no thesaurus's (中午饭开到几点: «午餐：11:00—12:30»)
          "几钿": "多少钱", "啥辰光": "什么时候", "阿拉": "我", "姆妈": "妈妈", "夜饭": "晚饭"}
_SPOKEN = re.compile("|".join(sorted(map(re.escape, SPOKEN), key=len, reverse=True)), re.IGNORECASE)
_SPOKEN_KEYS = {k.lower(): v for k, v in SPOKEN.items()}
# 几个钟 (Cantonese and colloquial 钟 for 钟头) counts hours: 一天最多能约几个钟 → 几个小时.
_HOURS_SAID = re.compile(r"(?<=[几两一二三四五六七八九十多少半\d])个钟(?![头表点楼声])")
# 哪一种 / 哪一时期 ask what 哪种 / 哪时期 ask; jieba would glue the 一 to the noun (一时期).
_WHICH_ONE = re.compile(r"哪一(?=[\u4e00-\u9fff])")
# …的人为谁: the written 为 of «is», which jieba glues to 人 (人为, «man-made»): read as 是.
_IS_WHO = re.compile(r"(?<=人)为(?=谁|哪)")


# 几 after the tens of an age (九十几岁, 七十几岁的老人): "and some", as 九十多岁 says it; it asks nothing.
_SOME_YEARS = re.compile(r"(?<=十)几(?=周?岁)")


# 算 between a total's 共 and the question word (取暖期一共算几天): the sum asked, no deed of reckoning (怎么算 stays).
_SUM_RECKONED = re.compile(r"(?<=共)算(?=几|多少)")


# A driving test's subject said short (科一挂了 for 科目一, 科三): notices write 科目一…科目四; not a hospital's
# department (内科一病区) nor a school's (学科一).
_SUBJECT_SHORT = re.compile(r"(?<![内外儿妇眼牙骨皮专学本工理文医两二三四五六七八九十几每各多])科([一二三四])"
                            r"(?![病区室楼部起共样些下直定般切点会次])")  # (两科一起报: 两科 and 一起)


# An age said by a bare number after 今年 (我今年72，…; 我爸今年65了): the years of the asker's case, as 72岁.
_AGE_SAID = re.compile(r"(?<=今年)(\d{1,3})(?=了|[，,。；;？?！!\s]|$)")


def _aged(m: re.Match[str]) -> str:
    return m.group(1) + "岁" if 0 < int(m.group(1)) <= 120 else m.group(1)


# A count of weeks said with 礼拜 (一个礼拜, 两个礼拜, 几个礼拜): documents write 周 (一周内走访…); 礼拜 alone
# or before a day's numeral (礼拜一, 礼拜天) names a day of the week and is left to the day readers.
_WEEKS = re.compile(r"(?<=[一两二三四五六七八九十几半])个?礼拜(?![一二三四五六日天])")


# 好多钱 at a question's end (补贴好多钱, 一台好多钱啊): how much, as the South-west and Hubei say it; not 花了好多钱
# (a lot of money), said before the end.
_HOW_MUCH_SAID = re.compile(r"好多(?=钱[啊呀呢哦嘛吗]?[？?。！!\s]*$)")
# 什么价 at a question's end (蘑菇钉补胎什么价, 啥价钱): how much it costs.
# 几个钱 (能拿几个钱): how much money, said with the general classifier.
_FEW_COINS = re.compile(r"几个(?=钱)")
# 多钱 (要多钱, 多钱一斤): how much, said short; not 很多钱, 好多钱 (a lot; 好多钱 at the end: _HOW_MUCH_SAID), 几多钱.
_HOW_MUCH_SHORT = re.compile(r"(?<![很好许更太少这那几大差不])多(?=钱)")
_WHAT_PRICE = re.compile(r"(?:什么|啥|甚么|咩)价(?:钱|格|位)?(?=[啊呀呢哦嘛吗]?[？?。！!\s]*$)")
# A share asked with 多大 (占多大比重) or by a bare 占比 at the question's end (思想品德在综合测评中占比): how much of
# the whole, as 多少比例 asks it.
_HOW_BIG_SHARE = re.compile(r"多大的?(?=比重|比例|比率|份额)")
_SHARE_AT_END = re.compile(r"占比(?=[是为]?[啊呀呢吗]?[？?。\s]*$)")

# A clock hour in Chinese numerals after a part of the day (晚上十点, 下午两点半): in digits, as notices write it
# (22:00 is read from 晚上10点); not 便宜一点 (a little), which no part of the day comes before.
_HOUR_SAID = re.compile(r"(?<=早上|上午|中午|下午|晚上|傍晚|凌晨|夜里|夜晚|早晨)([一二两三四五六七八九十]{1,3})(?=[点點])")


def _hour_digits(m: re.Match[str]) -> str:
    from wenda.corpus.outline import cn_number

    n = cn_number(m.group(1))
    return str(n) if 0 < n <= 24 else m.group(1)


# Cantonese 边个 before a place or a thing (边个巴士站, 边个出口, 边个最平): which one, as 哪个 asks it; 边个 alone
# or before a deed (边个负责, 边个教, 边个系店长) asks who.
_WHICH_PLACE = re.compile(r"边个(?![做负教管签话批嚟来可会系是收帮讲搞揸开识知带跟同话搵找请主])(?=[\u4e00-\u9fff])")
# The first hour said aloud (头一个钟头, 第一个小时): price lists write 首小时 (首小时6元).
_FIRST_HOUR = re.compile(r"(?:头|第)一个?(?:小时|钟头)")
# The spoken forms above as written, in this order (九十几岁 before the age, 两科一起 before 科一, weeks last).
_SPOKEN_FORMS = ((_SOME_YEARS, "多"), (_SUM_RECKONED, ""), (_SUBJECT_SHORT, r"科目\1"), (_AGE_SAID, _aged), (_WEEKS, "周"),
                 (_HOW_MUCH_SAID, "多少"), (_WHAT_PRICE, "多少钱"), (_FEW_COINS, "多少"), (_HOW_MUCH_SHORT, "多少"), (_HOUR_SAID, _hour_digits),
                 (_HOW_BIG_SHARE, "多少"), (_SHARE_AT_END, "占多少比例"), (_FIRST_HOUR, "首小时"), (_WHICH_PLACE, "哪个"))


# The first or the last run of a timetable said with an ordinal (第一班船, 头班车, 最后一班车): timetables
# write 首班 and 末班 (首班时间：6:00), and 首班 / 末班 are siblings no lexicon may swap.
# Only a run of a vehicle or a time asked of it: 第一班的学生 is a class, 带头班子 no run at all.
_RUN_OF = r"(?=车|船|机|飞机|地铁|公交|巴士|大巴|渡轮|轮渡|缆车|高铁|火车|航班|几点|是几点|什么时候|啥时候|[?？]|$)"
_RUNS = ((re.compile(r"(?:第一班|头一?班)" + _RUN_OF), "首班"), (re.compile(r"(?:最后一班|最末一?班|尾班)" + _RUN_OF), "末班"))


# The experiential 过 inside a deed asked yes or no (有没有着过火, 是否发生过事故): the deed is 着火, 发生;
# not the 过 of a word of its own (有没有超过: 超过, jieba's word).
_HAD = re.compile(r"(有没有|是否曾?|有无)([\u4e00-\u9fff]{1,2}?)过(?=[\u4e00-\u9fff])")


def _had_dropped(text: str) -> str:
    def drop(m: re.Match[str]) -> str:
        deed = m.group(2)
        return m.group(0) if jieba.dt.FREQ.get(deed[-1] + "过") else m.group(1) + deed
    return _HAD.sub(drop, text)


def spoken_to_written(text: str) -> str:
    """The question's spoken words in the written form documents use: 几个钟头 → 几个小时, 哪一种 → 哪种,
    一个礼拜 → 一周 (赵红梅一个礼拜收了多少亩: 一周内)."""
    for pattern, written in _SPOKEN_FORMS:
        text = pattern.sub(written, text)
    text = _had_dropped(text)
    for pattern, run in _RUNS:
        text = pattern.sub(run, text)
    text = _HOURS_SAID.sub("个小时", _SPOKEN.sub(lambda m: _SPOKEN_KEYS[m.group(0).lower()], text))
    return _IS_WHO.sub("是", _WHICH_ONE.sub("哪", text))


def norm_doc(text: str) -> str:
    """Normalisation for corpus text before tokenising: the same character mapping as questions
    (NFKC, Traditional → Simplified), so that a Traditional corpus and a question in either
    script meet on the same BM25 tokens. Only for matching: quotes are cut from the original."""
    text = unicodedata.normalize("NFKC", text)
    return text if text.isascii() else _t2s().convert(text)


def tokens(text: str) -> list[str]:
    """Search tokens for BM25: jieba (search mode), lower-cased, punctuation and stopwords out."""
    out = []
    for tok in jieba.lcut_for_search(norm_doc(text).lower()):
        tok = tok.strip()
        if tok and not _PUNCT.match(tok) and tok not in STOPWORDS:
            out.append(tok)
            parts = _FIGURE_PARTS.findall(tok) if tok.isascii() else []
            if len(parts) >= 2:  # 铅酸电池（48V20Ah）: an asker says one of its figures (48V的电瓶)
                out.extend(parts)
    return out


# A figure with its Latin unit inside a model's code (48v, 20ah of 48v20ah; 350w).
_FIGURE_PARTS = re.compile(r"\d+(?:\.\d+)?[a-z]+")


def tokenizer_spec() -> dict:
    """Everything that decides what `tokens` makes of a text, for the index's fingerprint."""
    return {"version": TOKENIZER_VERSION, "jieba": getattr(jieba, "__version__", "unknown"), "t2s": "opencc t2s",
            "stopwords": sorted(STOPWORDS), "user_words": [list(w) for w in USER_WORDS]}


# 几个, 几种 in a question that ends with 吗 count nothing: they say "the several" (几个优惠可以一起用吗), unless the
# question is asked of someone who knows (你知道有几个吗, 能告诉我…吗), or another asking word asks a figure.
_SEVERAL = re.compile(r"几(?:个|种|项|样|类)")
_ROLE_NAMED = re.compile(r"(?:" + "|".join(ROLES) + r")(?:的)?叫(?:什么|啥)")
_KNOWER = re.compile(r"知道|告诉|请问|问一下|清楚|了解|多少|多大|多长|多久|多远|多重|多高")


def intent_of(question: str) -> Intent:
    question = unasking_masked(question)
    found: Intent = next((name for name, pattern in _INTENTS if pattern.search(question)), "clause")
    if found == "figure" and _SEVERAL.search(question) and re.search(r"[吗嘛][?？]?$", question) \
            and not _KNOWER.search(question) and len(re.findall(r"(?<![好哪])几(?!乎)", question)) == 1:
        return "yesno"  # 稳存的几个优惠可以一起用吗: whether they may, not how many
    if found == "entity" and _ROLE_NAMED.search(question):
        return "person"  # 店长叫什么: a role's holder is asked by name, as 店长是谁
    if found == "person" and thing_name_asked(question):
        return "entity"  # 接单小程序叫什么名字: a thing's name («“澜溪零工”微信小程序»), no person's
    if found in ("entity", "clause") and asked_kind(question) == "phone":
        return "figure"  # 打什么电话, 王建国的手机号: a number, never another field of the line
    return found


# A thing whose name is asked (小程序叫什么名字, 那个公众号叫啥): a program, an account, a firm, a shop, a brand, a
# project, a body or a place made by people; 叫什么名字 asks a person's name only after a person.
_THING_NAMED = re.compile(r"(?:程序|公众号|[Aa][Pp][Pp]|网站|平台|系统|软件|公司|店|品牌|牌子|项目|活动|节目|课程|产品|基地|园区?"
                          r"|合作社|协会|机构|中心|工程|计划|模式|品种|商标|专线|线路|小区|酒店|餐厅|民宿|比赛|大赛|展览|教材)"
                          r"的?(?:叫什么名字|叫什么|叫啥(?:名字)?|名字叫什么|名字是什么)")


def thing_name_asked(question: str) -> bool:
    """Does the question ask the name of a thing (小程序叫什么名字), no person's?"""
    return _THING_NAMED.search(question) is not None and not re.search(r"谁|哪位|什么人|何人|姓名", question)


# 几 and 多 that ask nothing: 几何 before a noun is geometry (几何光学又称为什么), 几 after a figure or a
# demonstrative says "some" (北京20几所高等院校, 这几年), and a question word inside a proper name is part of
# the name (多伦多大学 holds 多大; 几内亚). Masked before the intent is read, so the question's own asking
# word decides it (哪个校区, 什么).
_NOT_ASKING = re.compile(r"几何(?=[\u4e00-\u9fff])|(?<=[0-9这那])几")
_NAME_FLAGS = ("nr", "ns", "nt", "nrt", "nrfg")
# 几 of a yes-or-no question asking leave to do a thing (能在菜园里养几只鸡吗, 可以带几个朋友吗): "a few".
_A_FEW = re.compile(r"(?:能|可以|可不可以|能不能|让|允许|准)[^，。？?吗几]{0,8}?(几)(?=[\u4e00-\u9fff]{1,6}吗[？?！!]?$)")


@lru_cache(maxsize=1024)
def unasking_masked(question: str) -> str:
    """The question with the 几 and 多 that ask nothing (_NOT_ASKING, inside a name) blanked out."""
    out = _NOT_ASKING.sub(lambda m: "□" * len(m.group(0)), question)
    if (m := _A_FEW.search(out)):  # 能在菜园里养几只鸡吗: "a few", asked yes or no
        out = out[:m.start(1)] + "□" + out[m.end(1):]
    if "多" not in out and "几" not in out:
        return out
    pos, chars = 0, list(out)
    for w in _posseg().lcut(out):
        at, pos = pos, pos + len(w.word)
        if w.flag in _NAME_FLAGS and len(w.word) >= 3 and re.search("[多几]", w.word) \
                and not re.search(r"多[高大长远重深宽厚久少]$", w.word):  # 能飞多高: jieba's "name" 飞多高 asks
            chars[at:pos] = "□" * len(w.word)
    return "".join(chars)


# 好几天 says "several", it asks nothing; 哪几个村 asks which; 那几天, 这几年 point at a stretch of time
# the text spoke of (刘长青那几天睡了几个钟头: the 几个钟头 is asked, not a count of days)
_ASKED = re.compile(r"(?:多少|(?<![好哪那这])几(?!乎))")
# Characters that count things but also begin common nouns (口罩, 头盔, 本地): never a measure.
_NOT_MEASURE = "口头本"


_ASKED_WHOLE = re.compile(r"几点钟?(?:之前|以前)?|(?:礼拜|星期|周)几|几月份|百分之(?:几|多少)|哪一?天(?=[\u4e00-\u9fff]{2})")


# The bound said right after an asked quantity's unit (几天内, 多少年以内): it belongs to the quantity.
_BOUND_AFTER = re.compile(r"以内|之内|内(?![部容])")


def strip_asked(question: str) -> str:
    """The question with its asked quantity removed: 多少台大喇叭 → ' 大喇叭' (so 台大 is no word);
    几点 and 礼拜几 go whole (几点收车: 点收 is no word; 礼拜 of 礼拜几 is no place), and 几月份 (份 is no deed), and 哪天
    before a word (哪天明湖…: 天明 is no word)."""
    question = _ASKED_WHOLE.sub(" ", question)
    out = []
    pos = 0
    for m in _ASKED.finditer(unasking_masked(question)):  # 多伦多大学, 几何光学: no quantity asked
        out.append(question[pos:m.start()])
        unit = _measure_at(question[m.end():])
        pos = m.end() + (len(unit) if unit else 0)
        if _PEOPLE_THEN.match(question[pos:]):
            pos += 1  # 几个人才开课: the people counted are the quantity asked (人才 is jieba's word, not theirs)
        if unit and (bound := _BOUND_AFTER.match(question[pos:])):
            pos += bound.end()  # 几天内能退: the bound of the quantity asked goes with it (内能 is no word asked)
        out.append(" ")
    out.append(question[pos:])
    return "".join(out)


# Words of the asker's moment or emphasis (现在能开门吗, 到底有没有): a document says how things
# stand without them, so no sentence need hold them.
ASKERS_WORDS = {"现在", "目前", "如今", "当前", "眼下", "到底", "究竟", "请问",
                "已经", "那天", "这天", "那一天", "这一天",  # 已经投产的: how it stands; 婚宴那天: the day the asker means
                "大概", "大约", "大致", "整个",  # 补一下大概多少钱: a hedge; 整个街道: the whole, which 全街道 says
                "那种", "这种",  # 木地板那种比赛场: the asker pointing at the kind the words before name
                "大家",  # 提前多久通知大家: everyone, whom a notice says as 向社会 or says not at all
                "俺家", "俺们",  # the asker's household, as the North says it (俺家是低保)
                "店里",  # 店里电话几号: the business asked of, which its own notice calls 门市, 门店 or 本店
                "如果", "要是", "假如", "万一", "若是", "倘若", "的话"}  # 要是下雪还办吗: the asker's case, said by its deed
# The asker and theirs (我的大疆mini, 咱家的狗): what follows names the asker's own thing, no name of the corpus's.
ASKERS_OWNER = r"(?:我|我们|我家|咱|咱们|俺|俺们|俺家)"
# 多大, 有多深, 多长: a question word of its own, which jieba would glue to the noun after it (多 大功率)
_HOW_MUCH = re.compile(r"(?:有)?(?<![许很好众诸差不])多[大长高远重深宽久厚粗](?=[\u4e00-\u9fff])")
# 有多重, 多远, 多深 at the end of a question: the property asked, as documents name it (整机重量 8.5公斤)
_PROPERTY = re.compile(r"(?:有)?(?<![许很好众诸差不])多([重远深宽厚])(?![\u4e00-\u9fff])")
_PROPERTIES = {"重": "重量", "远": "距离", "深": "深度", "宽": "宽度", "厚": "厚度"}


# A yes-or-no question's asking form: A-not-A (开不开, 能不能, 可不可以) asks whether A, and a modal
# verb (能, 可以, 需要) asks whether a deed is allowed or needed. A document answers in its own words
# (禁止, 不得, 可, 无须), so neither is a word a sentence must hold.
_A_NOT_A = re.compile(r"([\u4e00-\u9fff])不\1")
ASKING_MODALS = {"能", "不能", "可以", "不可以", "可", "可否", "能否", "能够", "需要", "需", "要", "还要"}


# Where a yes-or-no question asks: the modal or A-not-A before the deed (净化器能加湿吗, 开不开).
_ASKS_WHETHER = re.compile("|".join(sorted(ASKING_MODALS | {"会", "让", "准"}, key=len, reverse=True))
                           + rf"|{_A_NOT_A.pattern}|有没有|是否")


def asked_after(question: str) -> str:
    """What a yes-or-no question asks whether one may do: the text after its last modal or A-not-A
    (带狗进去吗 of 能带狗进去吗); "" when it has none."""
    found = list(_ASKS_WHETHER.finditer(question))
    return question[found[-1].end():] if found else ""


def whether_deed(question: str, keywords: list[str]) -> list[str]:
    """The words of two characters or more that a yes-or-no question asks whether one may do (the
    keywords after its last modal or A-not-A: 除甲醛 in 这个机器能除甲醛吗, or those characters joined
    when each is a keyword of its own: 停卡; a verb of one character before an empty object: 吃 of
    吃东西); [] when it has none."""
    after = asked_after(question)
    words = [k for k in keywords if len(k) >= 2 and k in after and k not in _WHO_DOES  # 菜要自己买吗: 买, not 自己
             and not re.search(rf"(?:{BY_MEANS}){re.escape(k)}", after)]  # 用微信付吗: 付, by the means 微信
    rest = re.sub(r"[吗呢吧啊么？?！!。\s]+$", "", after)
    if not words and len(rest) >= 2 and set(rest) <= {k for k in keywords if len(k) == 1}:
        words = [rest]  # 能停卡吗: jieba cut the deed into 停 and 卡, the deed is 停卡
    bare = next((rest[:-len(n)] for n in EMPTY_NOUNS if rest.endswith(n)), "")
    if not words and len(bare) == 1 and bare in keywords:
        words = [bare]  # 船上可以吃东西吗: a one-character deed whose object is no thing named (东西) is the deed
    if not words and after:
        words = one_character_deed(after, keywords)
    return words


# The words before the means a deed is done by (用微信付, 通过网银交): the means is no deed asked.
BY_MEANS = r"用|使用|拿|通过"


# Words that say who does a deed, not the deed (自己买, 亲自去, 本人办理).
_WHO_DOES = frozenset({"自己", "自个", "自个儿", "亲自", "本人"})


def one_character_deed(after: str, keywords: list[str]) -> list[str]:
    """The deed of one character a yes-or-no question asks whether one may do, when it has no longer
    one (能吃东西吗: 吃, 东西 being any thing; 可以喝水吗: 喝): the first keyword after the asking form
    that jieba tags a verb. Without it such a question had no deed to check, and any sentence of the
    place asked (本图书室有关事项告知如下 for 图书室里能吃东西吗) was taken for its answer. [] when none."""
    singles = {k for k in keywords if len(k) == 1}
    for w in _posseg().lcut(after):
        if w.word in singles and w.flag.startswith("v") and w.word not in ASKING_MODALS:
            return [w.word]
    return []


# The units of time and weight a price is asked per one of (一小时多少, 住一晚, 一斤多少): the money kind reads them,
# and extract's rate units (with sizes, months, tables, …) are built from them.
UNITS_OF_ONE = ("小时", "钟头", "晚", "夜", "天", "日", "台斤", "市斤", "斤", "公斤", "千克", "堂")  # (一堂多少: a lesson's price)


# Head words a number before them names one of (1路, 2号线, 3号楼, 5栋): the number and the head are one name.
NUMBERED_HEADS = frozenset({"路", "号线", "线", "号楼", "栋", "幢"})


def _numbered_head(word: str) -> str:
    """The head a number names when it stands before `word` (the next words joined): 路 of 路车 (3路车),
    号楼 of 号楼 (3号楼); "" when none."""
    return next((h for h in sorted(NUMBERED_HEADS, key=len, reverse=True) if word.startswith(h)), "")


def keyword_tags(question: str, exclude: tuple[str, ...] = ()) -> list[tuple[str, str]]:
    """`_keyword_tags`, kept: the same question and the same pieces of sentences are read again and again
    while one question is answered (jieba's dictionary is fixed once this module is imported)."""
    return list(_keyword_tags(question, tuple(exclude)))


@lru_cache(maxsize=8192)
def _keyword_tags(question: str, exclude: tuple[str, ...] = ()) -> tuple[tuple[str, str], ...]:
    """The content words of a question with their part of speech: what a supporting sentence must speak of.

    The asked quantity, question words, particles, stopwords and the `exclude` strings
    (section names routed on) are removed; of a yes-or-no question, also its asking form
    (ASKING_MODALS, A-not-A). Elsewhere a modal stays a word (又可以叫什么: 可以 is what the
    sentence says of the name, 病理报告需要5至7个工作日: 需要 is the piece's verb).
    """
    whether = intent_of(question) == "yesno"
    q = strip_asked(question)
    masked = unasking_masked(q)  # 多伦多大学: 多大 of a name asks nothing
    q = _HOW_MUCH.sub(lambda m: m.group(0) if "□" in masked[m.start():m.end()] else " ", q)  # 多大功率: 功率 is the word, not 大功率
    if whether:
        q = _A_NOT_A.sub(r" \1", q)  # 食堂开不开: 开
        q = re.sub(r"(?<=[\u4e00-\u9fff])(?:不|没有|没)([?？]?)$", r"\1", q)  # 能坐校车不: the asking 不
    q = _PROPERTY.sub(lambda m: f" {_PROPERTIES[m.group(1)]} ", q)  # 机器有多重: its 重量
    q = _REMEDY.sub(" ", q)  # 咋办, 要干啥: how the asker asks what to do (干 is no deed of the sentence)
    for name in sorted(exclude, key=len, reverse=True):
        q = q.replace(name, " ")
    out: list[tuple[str, str]] = []
    prev = ""
    held: dict[int, str] = {}  # the words a head joined to the number before it took, and what is left of each
    # a Latin word of two letters or more ends where the characters start (DSE化学班: jieba's dictionary has E化)
    cut = _particles_split(_joined_codes(_posseg().lcut(_LATIN_BEFORE_HAN.sub(r"\1 ", q))))
    for i, w in enumerate(cut):
        tok = w.word.strip()
        tok = tok if re.search(r"[\u4e00-\u9fff]", tok) else tok.lower()  # T恤 as written, a letter and a character
        if whether and tok in KIND_WORDS["age"] and i + 1 < len(cut) and cut[i + 1].word in _BOUND_NOUNS:
            pass  # 有没有年龄要求: the age is what a rule may bound, a word a line must say (no age asked)
        elif not tok or _PUNCT.match(tok) or tok in STOPWORDS or tok in QUESTION_WORDS or tok in ASKERS_WORDS or tok in ANY_THING \
                or (whether and tok in ASKING_MODALS) or as_soon_as(tok, cut[i + 1].word if i + 1 < len(cut) else ""):
            continue
        if tok == "往":  # 往上报, 往哪走: a direction before the deed, no word a sentence says (往返, 往年 are words of their own)
            continue
        if tok in _DIRECTION and i and len(cut[i - 1].word) == 1 and _alone(cut[i - 1].word).startswith("v"):
            continue  # 当天能拿回来不, 把裤子送过去: the way the deed goes, no 过去 ("the past")
        if tok in MONTH_WORDS and i and re.fullmatch(r"[\d一二三四五六七八九十]+", cut[i - 1].word):
            continue  # 7月份是谁带队: the month is its number's (于7月中旬), 月份 no word a sentence need say
        head = _numbered_head("".join(x.word for x in cut[i + 1:i + 3])) if re.fullmatch(r"[a-z]{0,2}\d+", tok) else ""
        if head:
            tok = w.word.strip() + head  # 1路早上第一班车几点: the route 1路, not a lone 1 (2路's row says 路 too); K9路 as written
            left, k = len(head), i + 1
            while left > 0:  # the words the head is made of (号 楼 of 3号楼) are said with the number;
                left -= len(cut[k].word)  # what jieba glued after it (车 of 3 路车) stays a word
                held[k] = cut[k].word[len(cut[k].word) + left:] if left < 0 else ""
                k += 1
        elif i in held:
            tok = held[i]
            if not tok:
                continue
        if len(tok) == 1 and tok.isascii():  # a lone Latin letter or digit says nothing
            continue
        if _WHO_GLUED.fullmatch(tok):  # 由谁来养护: jieba's 由谁来 is the question word and its preposition
            continue
        tok = _strip_question_chars(tok)
        if tok == "个人" and i and re.fullmatch(r"[\d一二两三四五六七八九十几]+", cut[i - 1].word):
            tok = "人"  # 来5个人: five people (个, then 人), no 个人 ("an individual")
        tok = unglued(tok, w.flag, prev)
        tok = numeral_glued(tok, w.flag, "".join(x.word for x in cut[i + 1:i + 3]))
        tok = measure_glued(tok, cut[i + 1:i + 2])
        if len(tok) == 3 and tok[1] in _AUXILIARY and not jieba.dt.FREQ.get(tok) \
                and _alone(tok[0])[:1] in ("n", "z") and _alone(tok[2]).startswith("v"):
            # 一眼井能浇多少亩地: jieba's 井能浇 is the noun 井, a helping verb and the deed 浇
            out += [(t, f) for t, f in ((tok[0], "n"), (tok[2], "v")) if t not in (x for x, _ in out)]
            prev = w.word
            continue
        if len(tok) >= 3 and tok[0] in "坐搭乘" and (jieba.dt.FREQ.get(tok) or 0) < _RARE <= (jieba.dt.FREQ.get(tok[1:]) or 0):
            # 坐地铁去行边个出口: jieba's new word 坐地铁 is the riding and the 地铁 ridden, a word a line says
            out += [(t, f) for t, f in ((tok[0], "v"), (tok[1:], "n")) if t not in (x for x, _ in out)]
            prev = w.word
            continue
        if tok == "一个" and i + 1 < len(cut) and cut[i + 1].word in UNITS_OF_ONE:
            continue  # 一个小时, cut 一个 小时: the numeral and classifier before the unit are no word a line says
            # (每小时 does; a lone 一 stays, the count the rate readers take it for: 宿舍一晚)
        if len(tok) == 2 and tok[0] == "个" and (jieba.dt.FREQ.get(tok) or 0) < _RARE and i \
                and cut[i - 1].flag.startswith("v"):
            tok = tok[1]  # 补个底: the deed 补, the classifier 个 and the thing 底 (jieba's 个底 is no word a line says)
        if len(tok) == 2 and tok[1] == "得" and not jieba.dt.FREQ.get(tok):
            tok = tok[0]  # 刹车皮得多少钱: jieba's new word 皮得 is 皮, then the 得 of «must»
        if len(tok) == 3 and tok.endswith("成") and _alone(tok[:2]).startswith("v"):
            tok = tok[:2]  # 翻译成英文: the deed 翻译, its result after 成 (jieba's 翻译成 is a set phrase no line says)
        if tok in _RESULT_MARKS and i and cut[i - 1].flag.startswith("v") and len(cut[i - 1].word) == 1:
            prev = w.word  # 黑白照片转成彩色: the 成 that marks the deed's result (转成, 变成), no thing of the
            continue  # question (jieba tags it a noun)
        if tok in ("班车", "趟车") and i and re.fullmatch(r"[一1两几]", cut[i - 1].word):
            tok = tok[1:]  # 多久来一班车, 一天几班车: the 班 counts runs of the 车, no 班车 (a shuttle bus) named
        if tok == "天才" and i and re.fullmatch(r"[\d一二三四五六七八九十]+", cut[i - 1].word):
            tok = "天"  # 拖到第20天才签: the 20th day, then 才 (jieba's 天才 is a genius)
        if tok == "段时间" and i and cut[i - 1].word in ("这", "那", "一"):
            prev = w.word  # 录取那段时间: the time the question points at (jieba's 段时间, tagged a name), no thing
            continue
        if tok == "人为" and i and cut[i - 1].word == "的":  # 建造大楼的人为谁: the 人 the 的-phrase describes, then the copula
            tok = "人"  # 为 (jieba's 人为 is "man-made", which no sentence about that person says)
        if prev == "最" and out and out[-1][0] == "最" and _LIMIT_WORD.fullmatch("最" + tok[:1]):
            out[-1] = ("最" + tok[0], "d")  # 密码最短要几位: the limit 最短, not 最 and 短要
            tok = tok[1:] if len(tok) > 2 else ""
        prev = w.word
        if tok and tok not in (t for t, _ in out):
            out.append((tok, w.flag))
    return tuple(out)


def _particles_split(cut: list) -> list:
    """jieba's cut with an aspect particle its tagger glued to the next verb taken off again (通过了发什么证:
    了发 → 了 发; 结婚了想: 了想 → 了 想): a pair of its own making, no word of its dictionary (了解 is)."""
    from jieba.posseg import pair

    out: list = []
    for w in cut:
        if len(w.word) == 2 and w.word[0] in "了着过" and w.word not in jieba.dt.FREQ \
                and re.fullmatch(r"[\u4e00-\u9fff]", w.word[1]):
            out += [pair(w.word[0], "ul"), pair(w.word[1], _alone(w.word[1]) or w.flag)]
        elif w.word == "外交" and out and out[-1].word == "另":
            out[-1:] = [pair("另外", "c"), pair("交", "v")]  # 备案费还要另外交吗: pay besides, no 外交 (diplomacy)
        else:
            out.append(w)
    return out


# The words a Latin letter grades or names (B级, A型, C类, 3号 is a number's): one word with the letter.
_GRADED = ("级", "型", "类", "档", "区", "座", "栋", "幢", "馆", "厅", "口")


def _joined_codes(cut: list) -> list:
    """jieba's cut with a number and the Latin letters right after it joined again (4 D → 4D, 5 G → 5G):
    a model or format code (4D厅, 5G套餐, 3D眼镜) is one word, as the corpus's tokens keep it; an order of
    magnitude jieba glued to the word after it (5 万能) goes back to its number (5万 能)."""
    out: list = []
    for w in cut:
        if out and re.fullmatch(r"[A-Za-z]+", w.word) and re.fullmatch(r"\d+", out[-1].word):
            out[-1] = type(w)(out[-1].word + w.word, "eng")
        elif out and w.word in _GRADED and re.fullmatch(r"[A-Za-z]{1,2}\d?", out[-1].word):
            out[-1] = type(w)(out[-1].word + w.word, "n")  # B级锁芯: the grade B级 (jieba: B 级 锁 芯), one word
        elif out and len(w.word) >= 2 and w.word[0] in "万千亿" and re.fullmatch(r"\d+(?:\.\d+)?", out[-1].word):
            out[-1] = type(w)(out[-1].word + w.word[0], "m")  # 花了5万能报多少: 5万, then 能 (jieba: 5 万能)
            out += _posseg().lcut(w.word[1:])
        else:
            out.append(w)
    return out


def as_soon_as(tok: str, after: str) -> bool:
    """Is a lone 一 the "as soon as" of a deed (一开机, 一进门: no count, the next word opens with a verb),
    not a count (一晚, 一小时, 一班车)?"""
    return tok == "一" and bool(after) and _alone(after[0]).startswith("v")


# A limit asked (最短, 最多, 最贵): one word, which a bound of that side holds (extract.limit_held).
_LIMIT_WORD = re.compile(r"最(?:多|少|长|短|高|低|大|小|重|贵|便宜|远|久|晚|迟|早)")


# jieba's statistical cut glues a word to its neighbour where its dictionary knows neither whole:
# 一 节车厢, 能放, 老年 卡里 (tagged a name). A glued word the dictionary holds rarely is cut back.
_RARE = 200
_LOCATIVE = "里上内中"
_AUXILIARY = "能会要可"


def unglued(tok: str, flag: str, prev: str) -> str:
    """The word jieba glued a measure word (节车厢 after 一), a helping verb (能放) or a locative (卡里,
    tagged a person's name) to, when the glued form is rare in jieba's dictionary (or the particle closing
    the clause before a helping verb: 了要); else `tok`."""
    if len(tok) < 2 or (jieba.dt.FREQ.get(tok) or 0) >= _RARE:
        return tok
    if len(tok) >= 3 and re.fullmatch(r"[\d一二两三四五六七八九十每几]+", prev or "") and _measure_at(tok) == tok[0]:
        return tok[1:]  # 一 节车厢: 车厢
    if len(tok) == 2 and tok[0] in _AUXILIARY and not (jieba.dt.FREQ.get(tok) and _alone(tok[1]).startswith("a")):
        return tok[1]  # 能放: 放; 能带 (tagged a noun): 带; 能产, 要押: 产, 押 (not 可乐, a drink: a word of the dictionary
        # whose 乐 says no deed)
    if len(tok) >= 3 and tok[-1] == "比" and (jieba.dt.FREQ.get(tok[:-1]) or 0) >= _RARE:
        return tok[:-1]  # 产量比去年涨了多少: 产量, then the 比 that compares
    if len(tok) == 2 and tok[0] in "了着过" and tok[1] in _AUXILIARY:
        return tok[1]  # 开不成了要提前多久: 了 closes the clause before, 要 opens the next
    if len(tok) == 2 and tok[1] in _AUXILIARY and (flag.startswith("nr") or not jieba.dt.FREQ.get(tok)):
        return tok[0]  # 老年卡能给: 卡 (卡能 tagged a name); 快递员能上门: 员 (员能 is no word)
    if len(tok) == 3 and tok[-1] in "来去" and ((jieba.dt.FREQ.get(tok[:-1]) or 0) >= _RARE
                                                or (tok[1] not in "上下进出回过起开"  # (换下来: a direction, one word)
                                                    and _posseg().lcut(tok[:-1])[0].flag.startswith("v"))):
        return tok[:-1]  # 能上门来拿吗: 上门, and the direction it is done in (坐车去省城: the deed 坐车)
    if len(tok) == 2 and flag.startswith("nr") and tok[-1] in _LOCATIVE:
        return tok[0]  # 老年卡里: 卡
    if len(tok) == 2 and flag.startswith("n") and tok not in jieba.dt.FREQ and _alone(tok[0]).startswith("n") \
            and _alone(tok[1]).startswith("v"):
        return tok[0]  # 观察的人测几回体温: 人测 is no word of the dictionary, 人 and then the deed 测
    return tok


def numeral_glued(tok: str, flag: str, after: str) -> str:
    """The head of a word jieba tagged a person's name that is a noun glued to the numeral of a quantity
    after it (费一 of 寄放费一小时: 费, then 一小时); else `tok`. 李一 before no measure stays a name."""
    if len(tok) == 2 and flag.startswith("nr") and tok[1] in "一二两三四五六七八九十" and _measure_at(after):
        return tok[0]
    return tok


def measure_glued(tok: str, after: list) -> str:
    """The deed of a word jieba glued of a verb and the measure word of the noun after it (洗件 衬衫 of
    洗件衬衫多少钱: 洗; 修台 电脑: 修), when the glued form is rare in jieba's dictionary; else `tok`. Without a
    noun after it the word is the deed's own (取件要几天: 取件)."""
    if len(tok) == 2 and tok[1] in "件张台条个双套把辆本只块间" and (jieba.dt.FREQ.get(tok) or 0) < _RARE \
            and _alone(tok[0]).startswith("v") and after and after[0].flag.startswith("n"):
        return tok[0]
    return tok


def _alone(ch: str) -> str:
    """The part of speech jieba gives one character (or a word) on its own."""
    return next((w.flag for w in _posseg().lcut(ch)), "")


_LATIN_BEFORE_HAN = re.compile(r"(?<![A-Za-z])([A-Za-z]{2,})(?=[\u4e00-\u9fff])")
_WHO_GLUED = re.compile(r"[由归给找向跟被让叫对和与]?谁[来去]?")


def _strip_question_chars(tok: str) -> str:
    """'多少个' → '', '几处' → '', '有人' stays: drop leading question words glued by jieba."""
    for qw in sorted(QUESTION_WORDS, key=len, reverse=True):
        if tok.startswith(qw) and len(tok) > len(qw):
            rest = tok[len(qw):]
            if len(rest) == 1:  # a measure word after a question word: 几处, 多少辆
                return ""
            return rest
    return tok


def asked_match(question: str) -> re.Match | None:
    """Where the question asks its quantity (_ASKED): the first 多少 or 几, unless a 几 says «a few» before a money
    asked later (写真想多修几张，每多一张多少钱; 十几个人订一桌多少钱)."""
    m = _ASKED.search(question)
    if m is None or m.group(0) != "几":
        return m
    later = next((x for x in _ASKED.finditer(question, m.end()) if re.match(r"[块毛角]?钱", question[x.end():])), None)
    return later or m


# A rate asked by its noun (取证率是多少, 入住率能达到多少): a share; not a frequency, a power, an exchange rate, a
# heart's or a line's rate, a resolution, which have units of their own.
_RATE_BEFORE = re.compile(r"(?<![频功汇心速码帧辨])率(?:是|有|为|能|可以|可|大概|大约|达到|能达到|一般)*$")


def measure_word(question: str) -> str | None:
    """The measure word a figure question asks in: 几处 → 处, 多少辆 → 辆, 多少米 → 米."""
    m = asked_match(question)
    if not m:
        return None
    if question[max(0, m.start() - 3):m.start()] == "百分之":
        return "%"  # 完成了百分之几: a share (占年度计划的61%)
    rest = question[m.end():]
    if question[m.start():m.end()] == "几" and re.match(r"点(?!子|心|意见|建议)", rest):
        return None  # 几点送孩子: a clock time, no count of the 孩子 after it
    if SHARE_ASKED.match(rest) or re.match(r"成(?![为了功员本绩就年立都人果交长熟型品效])", rest):
        return "%"  # 占多少比例, 超过多少百分比的学生: a share (10%, 三分之一), not a count of 学生; 退几成 (七成)
    unit = _measure_at(rest)
    if re.match(r"个点(?![钟儿])", rest):
        return "%"  # 春运涨了几个点: percentage points (上浮15%), no count of points (几个百分点 is counted: «提高6个百分点»)
    if unit == "个" and re.match(r"个(?:平方米?|平米)", rest):
        return "平方米"  # 每个人能分几个平方: square metres (40平方米), 个 the spoken classifier before them
    if unit is None and question[max(0, m.start() - 1):m.start()] == "占":
        return "%"  # 学生代表至少占多少: a share of the whole (三分之一), no count of 学生代表
    if unit is None and _RATE_BEFORE.search(question[:m.start()]):
        return "%"  # 取证率是多少, 满意率有多少: a rate, a share (87%), no count
    if unit is None and question[max(0, m.start() - 1):m.start()] == "第":
        return None  # 第几作者: a rank (第一作者), no count of 作者
    if unit is not None and _noun_of_its_own(question, m.end(), unit):
        unit = None  # 多少座位: seats, counted in 个
    if _SEATS.match(rest) or (_SEATED.search(question[:m.start()]) and (
            unit in ("个", "人", "位", "名") or not re.match(r"[\u4e00-\u9fff]", rest))):
        return SEATS  # 报告厅能坐多少人, 能容纳几个人, 会议室能坐几个, 有多少个座位: a capacity, in seats or in people
    if unit is None and _PEOPLE.match(rest) and not re.match(r"^[\u4e00-\u9fff]*?(?:岁|年)", rest):
        return "人"  # 多少党员, 多少工作人员: people
    if unit == "个" and counts_people(rest[1:]):
        return "人"  # 多少个人, 几个学生: a count of people said with 个
    if unit == "方":
        return "立方米"  # 多少方水, 补多少方气: cubic metres, as said (5立方米)
    if re.match(r"[块毛角]钱|[十百千万]+块", rest):
        return "元"  # 几块钱, 几毛钱, 几百块: money, 块 and 毛 being the spoken 元 and 角 (not 块 counting pieces)
    return "元" if unit == "钱" else unit


# A capacity asked (能坐多少人, 容纳几个人, 多少个座位): a room or a hall holds so many seats (600座) or people.
SEATS = "座位"
_SEATED = re.compile(r"(?:坐|容纳|容得下|坐得下|装得下)$")
_SEATS = re.compile(r"个?(?:座位|座席|席位|位子)")
CAPACITY_WORD = re.compile(r"座位|座席|席位|位子|容纳|人|坐|能坐|人数")  # the words that ask a capacity (SEATS)


def counts_other_than_seats(text: str, start: int) -> bool:
    """Does the 座 figure at `start` count the noun written right before it (展厅3座: halls, 大桥2座), not
    seats (规格：600座, 设有300座)?"""
    words = _posseg().lcut(text[max(0, start - 8):start])
    return bool(words) and words[-1].flag.startswith("n") and not _SEATS.fullmatch(words[-1].word)


# 人 right before an adverb that jieba would glue to it (几个人才开课: 人才; 多少人就能开班): people counted.
_PEOPLE_THEN = re.compile(r"人(?=[才就都也还][\u4e00-\u9fff])")


def counts_people(text: str) -> bool:
    """Does `text` open with a word for people that no other noun follows (人在卡点, 学生; not
    村民小组, 人民公园, 干部培训班)?"""
    if _PEOPLE_THEN.match(text):
        return True
    described = re.match(r"[^，,。？?！!的]{1,8}的(?=[\u4e00-\u9fff])", text)  # 几个外面的专业老师: the people the
    if described and counts_people(text[described.end():]):  # 的-phrase describes
        return True
    words = _posseg().lcut(text[:12])
    if len(words) >= 2 and not _PEOPLE.fullmatch(words[0].word) and (
            _PEOPLE.fullmatch(words[0].word + words[1].word)
            or words[0].flag.startswith("n") and _PEOPLE.fullmatch(words[1].word)):  # 专业 老师
        words = words[1:]  # 脱贫 劳动力: the people a modifier before them names (多少个脱贫劳动力: «10人以上»)
    elif not words or not (_PEOPLE.fullmatch(words[0].word) or words[0].word in ("党员", "党员干部")):
        return False
    return len(words) == 1 or not words[1].flag.startswith("n")


_WH = re.compile(r"(什么|啥)|哪[个些里儿家所位]?|谁")
# Nouns for people: a count of them is a count of people (多少党员 → 人, 几个小孩 → 人: «2名儿童»).
# (what stands before the noun is no deed: 不到多少要大人陪 asks no count of 大人)
_PEOPLE = re.compile(r"^(?:(?![要能会可才就得需须让给被把在是有去来陪带])[\u4e00-\u9fff]){0,4}?(?:人员|人|员|者|干部|群众|居民|村民|学生|老师|教师|医生|护士|家属|孩子|小孩|儿童|宝宝|劳动力|劳力|职工)")


def focus_words(question: str, keywords: list[str]) -> tuple[str, ...]:
    """The keywords that touch the question word: 用来买什么 → 买; 用什么消毒 → 用, 消毒; 设在哪个镇 → 设."""
    out = []
    for m in _WH.finditer(question):
        before, after = question[:m.start()], question[m.end():]
        before = re.sub(r"(?<=[\u4e00-\u9fff])[了过着]$", "", before)  # 宣布成立了哪些组, 买了啥: the verb's aspect
        for k in keywords:
            # 买什么 / 什么消毒: both sides; 哪个镇: the noun after 哪 is the kind of answer, not its words
            if (before.endswith(k) or (m.group(1) and after.startswith(k))) and k not in out:
                out.append(k)
    return tuple(out)


def _measure_at(text: str) -> str | None:
    from wenda.index.extract import unit_at

    if text.startswith("钱"):  # 多少钱: money
        return "钱"
    if re.match(r"方(?![面式案向法便形位针格队阵子])", text):
        return "方"  # 多少方气: cubic metres as said aloud (measure_word), the gas counted
    if re.match(r"度(?![假过日])", text):
        return "度"  # 多少度: degrees (extract reads 度 as a unit only after a digit: 一度 is "once")
    unit = unit_at(text)
    if unit == "头" and _HEAD_COUNTED.match(text):
        return unit  # 多少头牛: head of cattle, whatever jieba's 头牛
    if unit == "本" and _BOOKS_COUNTED.match(text):
        return unit  # 藏书有多少本, 借几本书: books (4.2万册), not 本地 or 本人
    if unit and (unit[0] in _NOT_MEASURE or text.startswith(_NOT_MEASURE_WORDS)):
        return None
    return unit


# How often jieba's dictionary must say a two-character noun opening with a measure's character for it
# to be a word of its own (座位 947, 床位 94, 米饭 400) rather than a measure glued to what it counts
# (头牛 21, 台车 9, 份饭 3): a judgement read off those counts, not fitted.
WORD_OF_ITS_OWN = 50


def _noun_of_its_own(question: str, at: int, unit: str) -> bool:
    """Does the question go on at `at` with a common noun jieba cuts as a word, whose first character is
    the one-character measure `unit` (多少座位: seats counted in 个, no 座; 多少床位), not the measure's own
    count (天数, 场次: days, shows) nor a month (几月份)? Not 个 (几个人: 个人 is jieba's word elsewhere)."""
    word = question[at:at + 2]
    if len(unit) != 1 or unit == "个" or len(word) != 2 or word[1] in "数次" or word in MONTH_WORDS:
        return False
    flag = _posseg().dt.word_tag_tab.get(word, "")  # a common noun (台大, ns, is a name: 多少台大喇叭)
    if flag not in ("n", "nz", "ng") or (jieba.dt.FREQ.get(word) or 0) < WORD_OF_ITS_OWN:
        return False
    start = 0  # jieba's cut of the question from its asking word on (多少台大喇叭: 台 大喇叭, no 台大)
    for w in jieba.lcut(question[max(0, at - 2):at + 6]):
        if start == min(2, at):
            return w == word
        start += len(w)
    return False


# 本 counting books and the like, said last or before one (多少本, 几本书, 几本杂志).
_BOOKS_COUNTED = re.compile(r"本(?:书|杂志|画册|册子|小说|教材|绘本|期刊|[？?，,。！!吗呢啊呀]|$)")
# 头 counting animals (多少头牛, 几头猪, 存栏多少头), not opening a noun (头盔, 头发, 头等舱, 头班车).
_HEAD_COUNTED = re.compile(r"头(?:[牛猪羊驴骡鹿象]|能繁|母|公|肉|奶|生|[？?。，,]|$)")


# Words that say which month or year a number before them is (7月份, 2027年份): a time, no thing or role.
MONTH_WORDS = ("月份", "年份")

# Words that open with a measure's character and are words of their own (多少周转资金: no count of weeks).
_NOT_MEASURE_WORDS = ("周转", "周边", "周围", "年级", "天气", "年龄", "村民", "户主", "家长", "家庭", "家属",
                      "名额", "名称", "名字", "名单",  # 多少名额: a quota, no count said in 名
                      "场地", "场所", "场馆")  # 交多少场地费: the fee of the site, no count said in 场


@dataclass
class Query:
    text: str  # the normalised question
    intent: Intent
    sections: list[str] = field(default_factory=list)  # sections it names (routing)
    keywords: list[str] = field(default_factory=list)  # content words beyond the section names
    verbs: set[str] = field(default_factory=set)  # those keywords that are verbs (a paraphrase may use another)
    entities: list[str] = field(default_factory=list)  # names the question mentions (people, places, orgs)
    measure: str | None = None
    bigrams: set[str] = field(default_factory=set)  # character bigrams beyond question words
    content: str = ""  # the question without question words and punctuation
    searched: str = ""  # the text the retrievers search, when not `text` (a title's name kept short: 驾校)
    titled: tuple[str, ...] = ()  # the names of documents' titles it shortened (驾驶员培训学校 for 驾校)
    owned: tuple[str, ...] = ()  # the words by which it names the owner of the document it is routed to (派对 of 乐聚派对室)
    focus: tuple[str, ...] = ()  # keywords right next to the question word (买 in 用来买什么)
    kind: str | None = None  # the kind of value asked: clock, phone, money, age, remedy (see asked_kind), reason (为什么)
    qualifiers: tuple[str, ...] = ()  # words that single out what is asked: the answer must have them
    counted: str | None = None  # what a count question counts (卡点 in 多少个卡点), see counted_noun
    subject: str | None = None  # what is measured, right before the asked quantity (see measured_subject)
    predicate: tuple[str, ...] = ()  # what the counted ones did, after the asked quantity (发烧 in 多少人发烧)
    slots: tuple[tuple[str, str], ...] = ()  # (verb, object) a slot counts (停, 车: 停车位; extract.slot_of)
    deeds: tuple[str, ...] = ()  # what was done at the asked time or to the asked value (关门 in 几点关门; deeds.asked_deeds)
    nouns: tuple[str, ...] = ()  # the keywords jieba tags as nouns (not 参赛, a verb-object it tags vn)
    asked_noun: str | None = None  # the noun that names the kind of thing asked (队伍 in 什么队伍; asked_noun)
    end: int | None = None  # which end of a range is asked: 0 the start (几点开始), 1 the end (截止到哪天); range_end
    kin: str | None = None  # the kin asked (儿子 in 是谁的儿子; extract.asked_kin)
    acts: tuple[str, ...] = ()  # the deed a 谁 asks the doer of (消毒 in 谁在城区搞消毒; answer.deed_words)
    owners: tuple[str, ...] = ()  # what an asked figure belongs to (猫 in 带猫要付多少钱; value_owners)
    exists: str = ""  # the thing a 有没有 question asks whether there is (宿舍; existence_object)
    whether: tuple[str, ...] = ()  # the deed a yes/no question asks whether one may do (吃 of 能吃东西吗; whether_deed)
    identity: str | None = None  # the person whose role is asked (许峰 in 许峰是干什么的; identity.asked_identity)


# A time pointed at (过年那阵子, 这会儿): no name, whatever jieba tags it.
_POINTED_TIME = re.compile(r"[这那]?[阵会段][子儿时]?(?:时间|时候)?|[一二三四五六七八九十正腊冬]{1,2}月份?")  # a month (七月份) too;
# jieba's 段时间 of 那段时间


def entities(question: str, exclude: tuple[str, ...] = ()) -> list[str]:
    """Proper names in a question (jieba POS: person, place, organisation), minus `exclude`."""
    out = []
    text = strip_asked(question)
    kinds = answer_kinds(text)
    pos, prev, prev_flag = 0, "", ""
    for w in _posseg().lcut(text):
        at, pos, before, before_flag = pos, pos + len(w.word), prev, prev_flag
        prev, prev_flag = w.word, w.flag
        if w.flag in ("nr", "ns", "nt", "nz", "nrt", "nrfg") and len(w.word) >= 2 and at not in kinds \
                and not (len(w.word) == 2 and w.word[0] in _CLASSIFIER_SURNAMES and w.word[1] in _CLASSIFIED
                         and (before_flag.startswith("v") or bool(before) and _alone(before[-1]).startswith("v"))) \
                and w.word not in ANY_THING and unglued(w.word, w.flag, before) == w.word \
                and numeral_glued(w.word, w.flag, text[pos:]) == w.word \
                and not (w.flag == "nz" and len(w.word) == 3 and _alone(w.word[0]).startswith("v")) \
                and not re.search(rf"{ASKERS_OWNER}的?$", text[:at]) \
                and not _POINTED_TIME.fullmatch(w.word) \
                and not (len(w.word) == 3 and w.word[1] in "能会要该想") \
                and not (w.word[0] in "万千亿" and re.search(r"\d$", text[:at])) \
                and not _BODY_AT_HAND.fullmatch(w.word) \
                and not (w.word[-1] == "比" and _COMPARED_TIME.match(text, pos)) \
                and not (re.search(r"[A-Za-z\d]$", text[:at]) and _numbered_head(w.word)) \
                and not (w.flag.startswith("nr") and len(synonyms.group_words(w.word)) >= 3):  # 卡里 of 老年卡里 no name, nor 那阵子
            # (a time pointed at), nor a route's head glued to what follows (路平峰 of K9路平峰), nor a noun glued to a modal and its verb (卡能用 of 市民卡能用app充值吗), nor an order
            # of magnitude glued to the word after it (万能 of 花了5万能报多少), nor
            # a common noun jieba tags a person's name that the thesaurus groups with others (宝宝, 阿姨, 师傅),
            # nor a deed and its object jieba tags a proper noun (放鸽子: a no-show), nor the asker's own thing
            # (我的大疆mini: whatever its make, the line rules on its weight)
            word = w.word[1:] if w.word[0] in "年月日号" and len(w.word) >= 3 and re.search(r"\d$", text[:at]) else w.word
            # (2027年崇岭县: jieba's 年崇岭县 is the year's 年, then the name)
            if not any(word in name or name in word for name in exclude):
                out.append(word)
    return out


# Surnames that are classifiers too: after a verb, 张 of 手写张卡 counts one card, no 张卡 is named.
_CLASSIFIER_SURNAMES = "张条"
_CLASSIFIED = "卡纸票桌床图单照证表网鱼线路被裤"  # what they count (张卡, 张票, 条鱼), no given name


# A time a question compares with after 比 (医保费比上一年贵了多少: jieba's 费比 is no name, 比 the comparison's).
_COMPARED_TIME = re.compile(r"上一?年|去年|前年|往年|上个?月|上期|以前|原来|过去|之前")


# The government of the level an asker speaks of by its place word and 里 or 上 (镇里, 县里, 村上): no name (the
# document says 镇人民政府; support.body_said reads it so); a place inside the one the document is of (馆内, 店里,
# 园内: jieba tags them places).
LEVEL_AT_HAND = re.compile(r"[省县区镇乡村][里上]|市里")  # (镇上, 村上 too; 市上 is no such word)
_BODY_AT_HAND = re.compile(rf"{LEVEL_AT_HAND.pattern}|[馆店园场厅院室楼]内|[馆店园场厅院室楼]里")


_KIND_AFTER = re.compile(r"(?:什么|啥|哪一?[个些位种家所条类样]?)")


def kind_words(text: str, keywords: list[str]) -> list[str]:
    """The keywords that stand right after a question word (用什么东西消毒: 东西; 哪个单位: 单位):
    what kind of thing is asked, not a word the answering sentence need say."""
    at = answer_kinds(text)
    return [k for k in keywords if any(text.startswith(k, p) for p in at)]


def answer_kinds(text: str) -> set[int]:
    """Where a word stands that says what kind of thing the answer is (哪些东西, 什么地方, 哪个单位):
    right after the question word; jieba may tag it a name (东西 as a place), but nothing need
    name it."""
    return {m.end() for m in _KIND_AFTER.finditer(text)}


# What to do about a trouble (咋办, 怎么办, 要干啥): the asking form, no word a sentence must hold; 在干啥
# (what someone did) asks no remedy.
_REMEDY = re.compile(r"(?:要|该|需要|应该|应当)?(?:怎么办|怎办|咋办|咋整|怎么整|咋弄|怎么弄|如何是好)"
                     r"|(?:(?<!不)要|该|得|需要|应该|应当)(?:干啥|干嘛|干什么|做啥|做什么|怎么做|咋做|如何做)"  # 不要干什么: what is forbidden
                     r"|注意(?:些)?(?:什么|啥|哪些)")  # 带狗坐电梯要注意啥: the instruction (应避开…), not the case (…的)


# The kind of value a question wants, beyond its intent: each needs a span of that kind.
ROUTE_ASKED = re.compile(r"[几哪]路(?:公交车|公交|汽车|巴士|大巴|车)?|哪一?条(?:公交|地铁)?线路?|[几哪]号线")

# People a bare 多大 before them asks the age of (多大的孩子能报, 多大的学员): no size.
_AGED_PEOPLE = r"(?:孩子|小孩|儿童|小朋友|宝宝|婴儿|学生|少儿|幼儿|青少年|学员|老人)"
_KINDS: list[tuple[str, re.Pattern[str]]] = [
    ("clock", re.compile(r"(?<![集积攒满换兑])几点(?!积分|点数)|几时(?!候)|什么时刻|哪个钟点")),  # 热线几点没人接: a time, not the number (集几点: points)
    # 打电话询问天气 is a deed: a number is asked only when no verb takes the word (热线是多少) or a
    # question word stands between (打什么电话, 拨哪个号码)
    # (手机课, 手机班: a class about phones, named by its subject, asks no number)
    ("phone", re.compile(r"(?<!打)(?<!拨)(?<!接)(?<!通过)(?:电话|号码|热线|微信号|(?<!智能)手机(?![课班])|联系方式|分机)")),
    # 编号为多少, 型号是什么: a code of letters and digits (L5, G11, KJ-500), whose digits count nothing
    ("code", re.compile(r"编号|型号|代号|代码|编码|文号|发文字号")),
    # 网址是多少, 邮箱是什么: a web address or an e-mail address (zc.example.gov.cn, abc@example.com), nothing else
    ("web", re.compile(r"(?:网址|网站地址|官网地址|网站|官网|邮箱|电子邮件|电邮|e-?mail)(?:地址)?(?:是|系|为)?"
                       r"(?:多少|什么|啥|哪个|几)|(?:什么|啥|哪个)(?:网址|邮箱)", re.I)),
    # 坐几路车, 哪路公交, 几号线: a route's name (K15路, 旅游1路, 2号线), not a count of 路车
    ("route", ROUTE_ASKED),
    # 能发多大: a size; 面积多大, 房间多大: a size of what is named
    ("age", re.compile(rf"几岁|多少岁|多大年纪|多大岁数|年龄|年纪|多大的?{_AGED_PEOPLE}|(?<![有是])(?<!能\w)(?<!面积)(?<!规模)(?<!尺寸)(?<!空间)(?<!房间)(?<!场地)(?<!容量)(?<!体积)(?<!范围)多大了?[?？]?$")),
    # 多久交一次, 价格多久调一次: how often, answered by 按季度 / 每年…一次, not by a duration
    ("frequency", re.compile(r"(?:多久|多长时间|隔多久|多少天|几天|几个月|几年)[^，。？?]{0,10}一[次回遍]|(?:多久|多长时间)(?:交|缴|付)")),
    ("money", re.compile(r"多少钱|几块钱|几毛钱|几角钱|多少元|花了?多少|费用|价格|价钱|售价|票价|收费(?![站员处口]|车道|窗口|公路)"  # (有几个收费站: a count)
                         r"|最(?:贵|便宜)[^，。？?]{0,10}(?:多少|几)(?![个次人名天年月])"  # 最贵的那个一桌要多少
                         r"|(?:便宜|少收|少交)了?多少(?![个次人名天年月%])"  # 退伍军人报名便宜多少: a sum off (优惠多少 may be 八折)
                         # 双人包厢周末一小时多少: a price per one unit of time or weight, asked with no noun after
                         r"|(?:[一每1]个?(?:" + "|".join(UNITS_OF_ONE + ("晚上",)) + r")|半小时)(?:要|得|收|算)?多少[?？呢啊呀]*$"
                         # 果子怎么算钱, 水费咋收: how a fee is reckoned is its sum (每块每月5元)
                         r"|(?:怎么|咋|如何|怎样)(?:收|算)钱|[费价租][^，。？?]{0,4}(?:怎么|咋|如何|怎样)(?:收取|计算|收|算)"
                         r"|(?:(?:怎么|咋|怎样)|(?<!几)点)卖[?？呢啊呀]*$")),  # 骑缝章咋卖, 點賣: its price (80元)
    # 一块菜地有多大, 面积多少: a size (15平方米, 2亩, 3米), never a count of pieces (80块) nor people
    ("size", re.compile(rf"(?<![好很许])多大(?!年纪|年龄|岁数|的?{_AGED_PEOPLE}|的?人)|面积[^，。？?]{{0,3}}(?<![占])(?:多少|几)")),  # 面积占多少: a share
    # 什么颜色的标牌, 照片要什么底色: a colour (红色, 蓝底, 白色), never a clause that names none
    ("color", re.compile(r"(?:什么|啥|哪种|哪个|哪一?种|何)(?:颜色|顏色|色|底色)|颜色是|顏色是|底色是")),
    # 零售点能卖哪几类烟花: the classes a line lists (C类、D类), never a clause that names none
    ("category", re.compile(r"哪几类|哪些类")),  # (哪一类 asks the class a row names: 小型犬)
    # 是哪里人, 籍贯: where a person comes from (extract.origins), never any clause that names them
    ("origin", re.compile(r"(?:哪里|哪儿|什么地方|哪个地方|(?<![的因被由])哪)人(?![员民口数多少的])|籍贯|祖籍|老家在哪")),
    # 在哪里充电, 地址在哪: a place, answered by 位于… / 在…号楼 (extract.places)
    ("place", re.compile(r"在哪(?:里|儿|个地方)?(?![一个年天月日届次期位些])|(?:去|到)哪(?![一个年天月日届次期位些号])(?=[\u4e00-\u9fff]{1,2}(?:[啊呢呀吧？?]|$))|哪里|哪儿|(?<!任)何(?:处|地(?!区))|什么地方|什么位置|什么地点|地址|具体位置|哪个位置|哪个方位")),
    # 能借多长时间: a length of time (30天), not any figure of the sentence (5本)
    ("duration", re.compile(r"多久|多长时间|多长的时间|多少时间|(?:时间|时长|期限|工期|假期)(?:有|是|为)?多长")),  # 关门时间多长: 6小时
    # 有多重, 离墙多远, 水有多深: a measure of that kind, with its unit (8.5公斤, 30厘米; 步行5分钟 is how far
    # too), never a bare number or a count (3. 儿童须…, 2号线)
    ("weight", re.compile(r"多重|多沉|多少斤|几斤|体重[^，。？?]{0,3}(?:多少|几)")),  # 女生体重多少才能献血
    ("distance", re.compile(r"多远")),
    ("speed", re.compile(r"多快|(?:多少|几多|几十)码|限速(?:是|为)?(?:多少|几)")),  # 网速有多快: a speed (100Mbps, 时速80公里), not a size nor a count;
    # 开多少码: a car's speed as drivers say it (码, the speedometer's km/h)
    # 铺了多长的管道: a length (多长的时间 is a duration, read above)
    ("length", re.compile(r"多深|多宽|多厚|多粗|多长的(?!时间|假)|身高[^，。？?]{0,4}(?:多少|几)|多高(?=以[上下]|的)|(?<=[飞升爬跳])多高"
                          r"|(?:小孩|孩子|儿童|小朋友|学生|个子)[^，。？?]{0,3}多高"
                          # 花篮有多高: the height of a thing, at the question's end, not a level (收费有多高)
                          # 多高 may be a level (级别有多高); 小孩多高以下: a height
                          rf"|(?<!{_LEVELS})(?<!{_LEVELS_HAD})(?<![率温度值价])(?<![率温度值价]有)有?多高[?？]?$"
                          # 隧道有多长: a thing's length at the question's end (not a stretch of time: 假期, 疗程, 时间,
                          # nor of what plays or goes on: 快剪MV大概多长, 仪式多长)
                          r"|^(?!.*(?:视频|(?i:mv)|影片|电影|片子|歌|音乐|节目|演出|表演|直播|录像|仪式|课|会议|活动|旅程|行程|时间|时长|时段|期))"
                          r".*?(?<![假期程间课])(?<![假期程间课]有)有?多长[?？啊呀呢]*$")),
    # 响声变大了咋办, 灯变红了要干啥: what to do about a trouble, answered by an instruction (extract.remedies)
    ("remedy", _REMEDY),
]


_ROLE_ASKED = re.compile(r"([\u4e00-\u9fff]{2,8}?)(?:是谁|是哪位|叫什么名字|叫啥名字?|姓什么|(叫什么|叫啥)(?!名堂|意思))")


def asked_role(question: str) -> str | None:
    """The role a who-question asks the holder of (校长 in 学校校长是谁, 厨师长 in 食堂的厨师长是谁): the
    last noun right before 是谁 (jieba's tags; a person's name is no role). None when there is none."""
    m = _ROLE_ASKED.search(question)
    if not m:
        return None
    words = _posseg().lcut(m.group(1))
    if not words:
        return None
    last = words[-1]
    if len(last.word) < 2 or not (last.flag.startswith("n") or last.flag == "b" or last.word.endswith(ROLES)) \
            or last.flag in ("nr", "nrfg", "nrt", "ns", "nt"):
        return None  # (jieba tags 组长 a verb: a post's word is a role whatever its tag)
    from wenda.index.extract import is_time_word

    if last.word in MONTH_WORDS or is_time_word(last.word):
        return None  # 7月份是谁带队: a time, no role
    if m.group(2) and not last.word.endswith(ROLES):
        return None  # 这种花叫什么: the name of a thing; 课程主任叫什么: a post's holder
    return last.word


_ASKS_ARTICLE = re.compile(r"第几(?:[条章款项]|节(?![车课]))|哪一?[条章款项节](?:规定|说|写|里)")  # 第几节车厢: a carriage
# The words of such a question that ask, not what the article must speak of.
ARTICLE_WORDS = frozenset({"第", "条", "章", "款", "项", "规定", "哪条", "哪一条", "第几条"})


def asks_article(question: str) -> bool:
    """Does the question ask which article of a regulation says something (第几条规定了…, 哪条规定…)?"""
    return bool(_ASKS_ARTICLE.search(question))


# Words that ask for one end of a range (几点开始营运: 6:00 of 6:00至隔日0:00; 报名截止到哪天: 3月31日).
RANGE_ENDS = {"开始": 0, "起始": 0, "结束": 1, "截止": 1, "截至": 1, "为止": 1}
_RANGE_END = re.compile(r"(开始|起始|结束|截止|截至|为止)")


def range_end(question: str) -> int | None:
    """Which end of a range a time or date question asks: 0 the start (几点开始, 哪天开始报名), 1 the end
    (几点结束, 截止到什么时候), None when neither is said or both are (几点到几点)."""
    if _BOTH_ENDS.search(question):
        return None  # 几点到几点: the whole range
    m = _RANGE_END.search(question)
    if m:
        return RANGE_ENDS[m.group(1)]
    if _UNTIL.search(question):
        return 1  # 开到几点, 办到什么时候: until when
    return 0 if _FROM.search(question) else None


_BOTH_ENDS = re.compile(r"(?:几点|几时|什么时候|哪天|几号)(?:到|至|—|-|~|开始[，,]?)(?:几点|几时|什么时候|哪天|几号)")
_UNTIL = re.compile(r"(?<![从自])到(?:几点|几时|什么时候|哪天|几号|哪一天)")
_FROM = re.compile(r"(?:从|自)(?:几点|什么时候|哪天|几号|哪一天)")
# Deeds that close what a range of hours keeps open (几点关门, 闭馆, 收班, 下班, 打烊, 停止售票, 撤点)
# and deeds that open it (几点开门, 开放, 上班): 开放时间6:00至晚上22:00 answers the one with 22:00,
# the other with 6:00. 收 alone or in a closing word, never 收费 or 收取 (a deed of its own).
_ENDING_DEED = re.compile(r"^(?:关|闭|撤|散|打烊|下班|下课|放学|停止|停运|停业|停售|收(?:班|工|摊|市|档|门|铺)?$)")
_STARTING_DEED = re.compile(r"^(?:开(?:门|放|馆|园|业|市|张|店|始|工|课|铺|档)?$|上班|上课|营业$|启用)")


def deed_end(deeds: tuple[str, ...]) -> int | None:
    """Which end of a range the question's deed asks: 1 for a deed that closes (关门, 闭馆, 收, 下班),
    0 for one that opens (开门, 开放, 上班), None for any other or for both."""
    ends = {1 if _ENDING_DEED.match(d) else 0 if _STARTING_DEED.match(d) else None for d in deeds} - {None}
    return ends.pop() if len(ends) == 1 else None


# The complement of a deed's direction (拿回来, 送过去, 搬进去): no thing or time a line must say.
_DIRECTION = frozenset({"回来", "回去", "过来", "过去", "起来", "出来", "出去", "进来", "进去", "上来", "上去", "下来", "下去"})

# What a rule sets of a quantity (年龄要求, 年龄限制): a yes/no question asks whether there is one.
_BOUND_NOUNS = ("要求", "限制", "规定", "上限", "下限", "条件")

# Words that name the kind of value asked (年龄 for 多少岁): beside a value, they say whose it is.
KIND_WORDS = {"age": ("年龄", "年纪", "岁数"),
              "duration": ("时长", "用时", "耗时", "历时", "航程", "车程")}  # 坐船要多久: «航程約10分鐘» names it


# A count asked of something other than a number (几个座, 多少张票): not the 号 of 几号, nor a particle after 多少.
_OTHER_COUNTED = re.compile(r"(?:几|多少)个?(?![号位多啊呀呢吗吧哈嘛啦喔哦咧的])[\u4e00-\u9fff]")


def asked_kind(question: str) -> str | None:
    """What kind of value is asked: 'phone' (电话/号码), 'clock' (几点), 'age' (几岁), 'money' (多少钱),
    'frequency' (多久…一次), 'place' (在哪里), 'duration' (多长时间), 'weight' (多重), 'distance' (多远),
    'length' (多高, 多深), 'size' (多大, 面积多少), 'category' (哪几类), 'remedy' (怎么办, 要干啥), 'code' (编号,
    型号), 'web' (网址, 邮箱), 'color' (什么颜色), 'penalty' (赔多少, 罚多少), or None."""
    for name, pattern in _KINDS:
        if name == "phone" and pattern.search(question) and (_QUANTITY_ASKED.search(question) or phone_word_only(question)
                                                             or _MEASURE_ASKED.search(question)):
            continue  # 热线几个小时有人接: a length of time of the 热线, not its number; 生命热线的旧会址在哪里;
            # 手机离表多远就连不上了: a distance
        if name == "phone" and _SUM_ASKED.search(question):
            continue  # 苹果手机换电池多少钱: a price of a thing done to the phone, no number
        if name == "phone" and _OTHER_COUNTED.search(question):
            continue  # 一个手机号能约几个座: a count of seats, no number
        if name == "age" and pattern.search(question) and not _AGE_WORD.search(question) \
                and not _AGED_ONE.search(question):
            continue  # 这表屏幕多大: a size; 孩子多大可以学: an age
        if name == "size" and (_AGED_SIZE.search(question) or not pattern.search(unasking_masked(question))):
            continue  # 孩子多大可以学: an age, whatever follows; 多伦多大学: a name
        if name == "size" and _SUM_SIZE.search(question):
            return "money"  # 产业链一年产值有多大: a sum (46.3亿元), not the 8.7万吨 beside it
        if pattern.search(question) and not (name == "money" and another_measure_than_money(question)):
            return name
    if (_MONEY_NOUN.search(question) or _MONEY_DEED.search(question)) and measure_word(question) is None:
        return "money"  # 押金要交多少: a sum, not 7个工作天; 停车一天最多收多少: not the 260个 车位
    if _PENALTY_ASKED.search(question) and measure_word(question) is None:
        return "penalty"  # 车丢了赔多少: 800元 or 按定价的2倍, never the 超过24小时 of the rule's condition
    return None


# A total asked (一共多少亩, 总共几个): not a part a line gives by 其中.
TOTAL_WORD = re.compile(r"一共|总共|共有|总计|合计|总数|全部|总面积|总量")

# A penalty or compensation asked with a bare 多少 (赔多少, 罚多少, 扣多少): a sum, a multiple or a share
# (800元, 2倍, 千分之五, 30%), never a length of time nor a count (extract.fits_kind).
_PENALTY_ASKED = re.compile(r"(?:赔|罚|扣)(?:偿|付|款|除|罚)?(?:了)?(?:多少|几)(?!个|[天次人名年月岁点号日周分级张])")


# A sum of money asked in so many words: whatever phone word the question says names the thing priced.
_SUM_ASKED = re.compile(r"多少钱|几块钱|几毛钱|多少元|几元|(?:(?:怎么|咋|怎样)|(?<!几)点)卖[?？呢啊呀]*$")  # 手机袋点卖


# A measure asked by its own question word (多远, 多重, 多高): no phone number, whatever phone word names
# the thing measured (手机离表多远).
_MEASURE_ASKED = re.compile(r"多远|多重|多高|多宽|多深|多长(?!时间)|多大")
# Words that ask an age themselves; and the ones a bare 多大 asks the age of (孩子多大, 你多大了).
_AGE_WORD = re.compile(rf"几岁|多少岁|多大年纪|多大岁数|年龄|年纪|多大的?{_AGED_PEOPLE}")
_AGED_ONE = re.compile(r"(?:孩子|小孩|儿童|宝宝|婴儿|娃|老人|学生|你|您|他|她|人|狗|猫|宠物|儿子|女儿|孙子|孙女)"
                       r"(?:今年|现在|目前|已经)?多大了?[?？吗呢啊]*$")  # 孩子今年多大


# 多大 asked of one who has an age (孩子多大可以学, 狗狗要多大才能打疫苗) or as a bound of one (多大以下不能进): no size.
_AGED_SIZE = re.compile(r"(?:孩子|小孩|儿童|小朋友|宝宝|婴儿|学生|老人|人|你|您|他|她|狗|猫|宠物|儿子|女儿)[\u4e00-\u9fff]{0,3}?多大"
                        r"|多大(?:以[上下]|才|就|可以|能)")  # 多大以下不能进: an age bound


# A quantity asked with a measure of time or count (几个小时, 多少天, 几次): what the question counts.
_QUANTITY_ASKED = re.compile(r"(?:几|多少)个?(?:小时|钟头|天|分钟|次|年|个月|人|位|名)")  # 一个手机号能给几个人预约: people


# A question that asks something else of a thing a phone word names (生命热线的旧会址在哪里, 为什么第三代移动电话
#难窃听, 生命热线主要为哪些人服务): a reason, a person, a place, or an attribute the word owns (热线的会址).
_PHONE_OWNS = re.compile(r"(?:电话|热线|手机)的(?!号|电话|联系)[\u4e00-\u9fff]")
# (手机钱包放哪, 学智能手机的课什么时候上: a place or a time of the thing a phone word names)
_ASKS_OTHER = re.compile(r"为什么|为何|什么原因|哪些人|哪个人|什么人|谁|在哪|哪里|什么地方|[放存搁]哪|什么时候|何时|哪天|几点")


def phone_word_only(question: str) -> bool:
    """Does the question only name a thing by a phone word (移动电话, 生命热线) while asking another kind of
    value of it (_ASKS_OTHER, _PHONE_OWNS)? Then no number is asked. Not 号码 or 联系方式 themselves."""
    if re.search(r"号码|联系方式|分机|手机号|电话号|(?:电话|热线|手机)[^，,。？?]{0,4}(?:多少|几|什么|啥)", question):
        return False  # 谁的电话是多少: the number is asked
    return bool(_ASKS_OTHER.search(question) or _PHONE_OWNS.search(question))


def another_measure_than_money(question: str) -> bool:
    """Is the quantity asked in a measure that is no sum of money (几分钟不收费: minutes, though 收费
    is said; 多少钱 is money whatever else is said)?"""
    from wenda.index.extract import unit_class

    measure = measure_word(question)
    return bool(measure) and measure not in ("钱", "块") and unit_class(measure) not in ("money", "count")


# A noun of money (or a deed of earning) before the asked quantity with no measure word (押金要交多少,
# 管理费一坪多少, 一个月挣多少), or after it (交多少定金).
# Not a reduction asked (暖气费能减免多少: «减免50%», a share as often as a sum).
# A sum of money asked by how big it is (产值有多大, 营业额多大, 投资规模有多大).
_SUM_SIZE = re.compile(r"(?:产值|总产值|营业额|销售额|营收|收入|利润|投资|投资额|资金|金额|税收|成交额|交易额)(?:规模)?[^，。？?]{0,3}多大")
_MONEY_NOUN = re.compile(r"(?:(?<![消浪免])费|[款租]|(?<![投得选股发])票|押金|租金|奖金|罚金|资金|[定订]金|保证金|工钱|薪|工资|补贴|补助|津贴|[挣赚])"
                         r"(?:(?!减免|优惠|打折|折扣|便宜|减少|降低)(?:[吗呢][？?，,]|[^，。？?费款租])){0,6}(?:多少|几)(?![天个次人名年月岁点号日周分级张篮堂节场件套份台辆盒瓶袋包箱桌间条块颗粒杯碗本把双对顿餐趟轮圈局盘杆])"
                         # (有奖金吗？多少: the sum asked after a yes/no one) 慰问金多少, 抚恤金发多少, 奖学金有多少: a sum named by its 金 (not 黄金, 合金, 五金)
                         r"|(?<=[\u4e00-\u9fff])(?<![合冶五白黄镀])金额?(?:是|有|能|发|给|要|大概|一共|共)?(?:多少|几)(?![天个次人名年月岁点号日周分级张篮堂节场件套份台辆盒瓶袋包箱桌间条块颗粒杯碗本把双对顿餐趟轮圈局盘杆])"
                         # 团队价多少, 会员价是多少: a price named by who pays it (not 涨价多少, a rise)
                         r"|(?<=[\u4e00-\u9fff])(?<![涨降跌调加减比])价(?:钱|位)?(?:是|大概|一共|共)?(?:多少|几)(?![天个次人名年月岁点号日周分级张篮堂节场件套份台辆盒瓶袋包箱桌间条块颗粒杯碗本把双对顿餐趟轮圈局盘杆])"
                         r"|(?:多少|几)(?:块)?(?:押金|租金|奖金|罚金|[定订]金|保证金|工钱|工资|学费|费用|补贴|补助|津贴"  # 交多少定金
                         r"|[\u4e00-\u9fff]{1,3}(?<![消浪免])费(?!用?[以之])"  # 要多少工本费, 交多少管理费
                         r"|首付|(?:首付|首期|尾|余|房|货|贷|罚)款)")  # 先付多少首付款 (not 多少款, a count of models)


# A deed of paying or charging that ends the question with a bare 多少 (一天最多收多少, 要交多少):
# what is asked is a sum. Not 赔/罚 多少: a penalty is as often a multiple (按定价的2倍, 运费的5倍).
# 罚多少: a fine; 多一个人要加多少: a sum added
_MONEY_DEED = re.compile(r"(?:(?:收|交|缴|付|罚|(?<![增参添追])加)(?:了|取|纳|款)?|[\u4e00-\u9fff]一下(?:要|得|需要)?)"
                         r"多少(?:呢|啊|呀)?[?？]?$")  # 开一下要多少: the price of a service done once


_NOUN_FLAGS = ("n", "nr", "ns", "nt", "nz", "vn", "an", "nrt", "nrfg", "j")


# The nouns for a share (多少比例, 多少百分比): the value asked is a percentage or a fraction, the noun
# counts nothing and no answering sentence need say it (消灭了帝国三分之一的人口 for 多少比例的人口).
SHARE_ASKED = re.compile(r"(?:的)?(?:比例|百分比|百分率|比率|比重|占比)")


VERBAL_MEASURES = ("次", "回", "遍", "趟")  # measures of how often a deed is done


def counted_noun(question: str) -> str | None:
    """The thing a count question counts, as written right after the asked quantity:
    几名环境检查员 → 检查员, 多少户困难家庭 → 家庭, 多少卡点 → 卡点; None when no noun follows."""
    m = asked_match(question)
    if not m:
        return None
    rest = question[m.end():]
    if SHARE_ASKED.match(rest):
        return None  # 多少百分比: the share, though 百 reads as a measure
    if re.match(r"[块毛角]?钱", rest):
        return None  # 几毛钱一度: the money asked, no thing counted
    unit = _measure_at(rest)
    if unit in ("岁", "周岁"):
        return None  # 几岁小孩可以浮潜: the child whose age is asked, no count of children
    if _PEOPLE_THEN.match(rest[len(unit or ""):]):
        return None  # 几个人才开课: people, no 人才
    if unit and unit != "钱":
        rest = rest[len(unit):]
    modal = re.match(r"(?:能|会|可以?|要|得|才|就|都|还|需要?|必须|应该?)", rest)
    first = _posseg().lcut(rest[:6])[:1] if modal else []
    if first and (first[0].word == modal.group(0) or not jieba.dt.FREQ.get(first[0].word)):
        return None  # 多少年能轮到一次: a deed follows the quantity, no noun it counts (not 能轮; 多少会员 counts 会员)
    before = _posseg().lcut(question[:m.start()]) if unit in VERBAL_MEASURES else []
    if before and before[-1].flag.startswith("v"):
        return None  # a verbal measure right after a deed counts the deed's times, not the noun after it
        # (一年能取几次公积金: «每年可提取一次» counts withdrawals; 公积金 is what is drawn. 开了几次会议 still counts 会议)
    among = re.fullmatch(r"是([\u4e00-\u9fff]{2,5}?)[?？]?", rest) if m.group(0) == "多少" else None
    if among and "的" not in among.group(1) and not _posseg().lcut(among.group(1))[-1].flag.startswith(("a", "v", "u", "d")):
        return among.group(1)  # 保洁员里面有多少是脱贫户: the 脱贫户 among them are counted (其中脱贫户41名)
    words = counted_phrase(question)
    if not words:
        return None
    if SHARE_ASKED.match(rest):
        return None  # a share counts nothing (SHARE_ASKED)
    while words and re.fullmatch(r"[啊呀呢吧哦嘛哈啦]+", words[-1]):
        words = words[:-1]  # 几种运动模式啊: a particle closes the question, it is no head of what is counted
    if not words:
        return None
    head = words[-1]
    if len(head) == 1 and len(words) > 1:  # 防控 点: the head needs its modifier
        head = words[-2] + head
    return head if len(head) >= 2 and head not in QUESTION_WORDS and head not in STOPWORDS else None


def _place_points(tagged: list) -> list:
    """The tagged words with a word and the 点 after it joined into one noun (值勤点, 泊车点, 安置点:
    jieba reads 点 there as a numeral and 值勤 as a verb, which would end the counted phrase)."""
    out = []
    for w in tagged:
        if w.word == "点" and out and out[-1].flag not in ("m", "q") and re.fullmatch(r"[\u4e00-\u9fff]{2,}", out[-1].word):
            out[-1] = type(w)(out[-1].word + "点", "n")
            continue
        out.append(w)
    return out


def counted_phrase(question: str) -> list[str]:
    """The words of the noun phrase right after the asked quantity: 多少辆燃油公交车 → [燃油, 公交车]."""
    m = asked_match(question)
    if not m:
        return []
    rest = question[m.end():]
    unit = _measure_at(rest)
    if unit == "钱" or rest.startswith("钱"):
        return []
    if unit:
        rest = rest[len(unit):]
        rest = rest[b.end():] if (b := _BOUND_AFTER.match(rest)) else rest  # 几天内能退: 内能 counts nothing
    words: list[str] = []
    cut = _place_points(_posseg().lcut(rest[:12]))
    at_de = next((i for i, w in enumerate(cut) if w.word == "的"), -1)
    if 0 < at_de <= 2 and at_de + 1 < len(cut) and (cut[at_de + 1].flag.startswith("n") or cut[at_de + 1].flag in ("i", "l")) \
            and cut[at_de + 1].word not in (*EMPTY_NOUNS, "地方", "人", "情况", "问题"):  # 几个报修的地方: the 报修 ones
        cut = cut[at_de + 1:]  # 几架巡山的无人机: what is counted is the head after 的, a clause before it says which
        if cut[0].flag in ("i", "l"):
            return _idiom_noun(cut)  # 无人机, jieba's "idiom"
    for w in cut:
        if w.flag == "eng" and len(w.word) >= 2 and not words:  # 多少个checkpoint: an English noun counts too,
            words.append(w.word)  # and ends the phrase (how many checkpoints in 崔桥镇: 多少checkpoint崔桥镇)
            break
        if w.flag.startswith("n") or w.flag in _NOUN_FLAGS or (words and w.flag in ("zg", "ng", "b")):
            words.append(w.word)
            last = w.flag
        else:
            break
    if not words:
        words = _idiom_noun(_posseg().lcut(rest[:12]))
        last = "n"
    if len(words) > 1 and last == "vn" and rest.endswith(words[-1]):
        words.pop()  # 几个小孩免费: 免费 ends the question, what the 小孩 get, no kind of them
    return words


def _idiom_noun(tagged: list) -> list[str]:
    """A noun jieba tags as an "idiom" of three characters right after the asked quantity (冲锋舟,
    洒水车), as the counted word (南湖镇有几条冲锋舟: 冲锋舟, so that the 3万条 of 编织袋 is not its
    count); [] otherwise. (A verb and a one-character noun, 修理 + 队, was tried as one too: it made
    修理队 a word the sentence must say, and 维修小分队 no longer answered.)"""
    if tagged and tagged[0].flag in ("i", "l") and len(tagged[0].word) <= 3:
        return [tagged[0].word]  # jieba's 冲锋舟, 洒水车: an "idiom" of three characters, a noun in fact
    return []


def asked_object(question: str) -> str | None:
    """The head character of what follows the asked quantity and its measure word (能停多少辆车 → 车,
    住几个人 → 人), however jieba tags it (辆车 is a numeral to it); None when nothing follows."""
    m = asked_match(question)
    if not m:
        return None
    rest = question[m.end():]
    unit = _measure_at(rest)
    if unit == "钱" or rest.startswith("钱"):
        return None
    rest = rest[len(unit):] if unit else rest
    word = re.match(r"[\u4e00-\u9fff]{1,4}", rest)
    if not word:
        return None
    first = jieba.lcut(word.group(0))[0]
    return first[-1] if first not in QUESTION_WORDS and first not in STOPWORDS else None


# 住校的话: a condition, not a qualifier; 是怎么产生的: the 的 that ends the question modifies nothing
_QUALIFIED = re.compile(r"([\u4e00-\u9fff]{2,4})的(?![话确])(?=[\u4e00-\u9fffA-Za-z\d])")


# Words that say «in addition», «separately» (公司额外奖励, 要另外买票吗): how a thing is given or paid,
# no kind of it among siblings.
ADDING_WORDS = ("额外", "另外", "另行", "单独")


def qualifiers(question: str, keywords: list[str]) -> tuple[str, ...]:
    """Words that single out what is asked among its siblings: the counted noun (检查员, not 保洁员)
    and a keyword standing right before 的 (考核合格的乡镇: 合格, not 优秀). `keywords` are those that
    are no verbs: an asker says a deed in their own words (回来的 for 返乡)."""
    out = []
    noun = counted_noun(question)
    if noun:
        out.append(noun)
        # its modifiers single it out too: 燃油 in 多少辆燃油公交车
        out += [w for w in counted_phrase(question)[:-1] if len(w) >= 2 and w not in noun and w not in out]
    for m in _QUALIFIED.finditer(question):
        before = m.group(1)
        for k in keywords:  # 几天以内的号: a bound (以内) bounds the value, it singles out no kind
            if before.endswith(k) and k not in out and len(k) >= 2 and k not in deeds.BOUNDS and k not in ADDING_WORDS \
                    and not DIRECTED_DEED.fullmatch(k) \
                    and not _loose_qualifier(k, question[:m.start() + len(before)]) and not share_asked(k, question[:m.start() + len(before)]):
                out.append(k)
    return tuple(out)


# A deed with the direction it is done in (摘下来, 拿出去, 寄回来), which jieba tags a locution, not a verb: the
# asker's deed (摘下来的果子: «摘下的果子»), no kind among siblings.
DIRECTION = r"[下上出回进过起开](?:来|去)"  # a deed's direction (出去, 回来), after its deed in DIRECTED_DEED
DIRECTED_DEED = re.compile(rf"[\u4e00-\u9fff]+{DIRECTION}")


def share_asked(word: str, before: str) -> bool:
    """Is `word` the share a question asks right after its question word (消灭了帝国多少比例的人口, 占有了
    重庆多少百分比的产值)? It names the kind of figure asked, which the sentence writes as 三分之一 or 92％;
    it singles out no kind among siblings, as a qualifier does."""
    return bool(SHARE_ASKED.fullmatch(word) and re.search(rf"(?:多少|几|何种|什么){re.escape(word)}$", before))


# A degree before a word (最有效的, 很大的, 最主要的): a grade the sentence may say in other words
# (最重要), not a kind among siblings. A word led by a pronoun (这样的, 该国的, 那里的) or a position
# (以外的, 当中的) points back at the question's own words; it singles out nothing.
_DEGREE = re.compile(r"(?:最|很|非常|更|较|比较|较为|十分|极|极其|相当|特别|越来越)$")
_POINTING = re.compile(r"^[这那该此其本][\u4e00-\u9fff]?$|^(?:以外|之外|当中|之中|之间|其中)$")


# A word before 的 that places the thing in time (当时的三种蛮夷, 时任的总编, 过去的领土, 刘宋时期的朝廷:
# 时期 alone, its 刘宋 being a word of its own) or grades it (著名的实验, 大部分的长城): the sentence
# places and grades it in its own words, or by its paragraph; it singles out no kind among siblings.
_FRAMING = re.compile(r"^(?:时期|时代|年间|期间|时候|当时|时任|过去|目前|现在|如今|当年|那时|当今|现今|古代|近代|现代"
                      r"|著名|有名|知名|主要|大部分|大多数|多数|绝大部分|绝大多数)$")


# Within the place or body just named (卢安达境内的人口, 修水县境内的鸟类, 人体内的哪一个器官): 境 and 体 say
# only "inside that": the thing is the named one's, which the sentence says by the name (全国人口…, 鸟类41种).
_WITHIN = re.compile(r"^(?:境内|体内)$")


def _loose_qualifier(word: str, before: str) -> bool:
    """Is a keyword before 的 no qualifier after all: graded by a degree word, a pointing word, or
    a word that frames it in time or grades it (_FRAMING), or 境内/体内 right after the name it places
    the thing within (_WITHIN)? `before` is the question up to and including the word."""
    return bool(_POINTING.search(word) or _DEGREE.search(before[:len(before) - len(word)])
                or re.match(r"(?:很|非常|十分|相当|特别)", word) or _FRAMING.match(word)
                or (_WITHIN.match(word) and re.search(r"[\u4e00-\u9fff]$", before[:len(before) - len(word)])))


@lru_cache(maxsize=4096)
def _sound(ch: str) -> str:
    """A character's pinyin without tone (pypinyin), or the character itself."""
    from pypinyin import Style, lazy_pinyin

    got = lazy_pinyin(ch, style=Style.NORMAL, errors="default")
    return got[0] if got else ch


def same_sounds(a: str, b: str) -> bool:
    """Do two words of one length sound exactly alike, character by character, tones aside (帐号, 账号)?"""
    return len(a) == len(b) and all(x == y or _sound(x) == _sound(y) for x, y in zip(a, b))


def sounds_alike(a: str, b: str) -> bool:
    """Do two characters sound the same, tones aside and a final -ng taken for -n (兴 xing and 心 xin)?"""
    x, y = _sound(a), _sound(b)
    return x == y or (x.isalpha() and y.isalpha() and x.rstrip("g") == y.rstrip("g") and len(x) > 1)


# Characters that ask (多少, 几, 什么, 哪, 谁, 吗): never a misspelt character of a name.
_ASKING_CHARS = set("多少几什么哪谁吗呢怎啥")


def near_name(text: str, names: list[str]) -> tuple[str, str] | None:
    """(name, the piece of text that means it) when exactly one name is spelt in the text with one
    character off: one that sounds the same (崔乔镇 for 崔桥镇, 梅林镇 for 梅岭镇), or, in a name of four or more
    characters, any one character but the last. None when no name is that close, or two are equally close."""
    best: dict[str, tuple[int, str]] = {}
    chars = set(text)
    for name in names:
        n = len(name)
        if n < 3 or n > len(text):
            continue
        if sum(1 for ch in name if ch not in chars) > 1:
            continue  # a piece one character off holds all the others: nothing to compare (a corpus of many names)
        for i in range(len(text) - n + 1):
            piece = text[i:i + n]
            off = [(a, b) for a, b in zip(piece, name) if a != b]
            if len(off) != 1 or not re.match(r"^[\u4e00-\u9fff]+$", piece):
                continue
            a, b = off[0]
            if a in _ASKING_CHARS:  # 私教课多(少钱) is no 私教课程: the question's own words are no typo
                continue
            # another sound at the last character is another kind or the next word (私教课开课前 is no
            # 私教课程: the name's last character says what it is, as 乡 and 村 do)
            score = 2 if sounds_alike(a, b) else (1 if n >= 4 and piece[-1] == name[-1] else 0)  # 梅林 for 梅岭
            if score and score > best.get(name, (0, ""))[0]:
                best[name] = (score, piece)
    if not best:
        return None
    top = max(s for s, _ in best.values())
    winners = [(n, p) for n, (s, p) in best.items() if s == top]
    # 商务中心 is the short form of 商务中心区: the same place, the longer name holds the shorter
    winners = [(n, p) for n, p in winners if not any(n != m and n in m and p in q for m, q in winners)]
    return winners[0] if len(winners) == 1 else None


_WRITER = re.compile(r"谁写|作者|撰稿|执笔|署名|记者|通讯员")
# A work named in the question (《战栗游戏》的作者), or "X的作者" with X no word for the document itself
# (约翰三书的作者): that work's author, not the byline.
_NAMED_WORK = re.compile(r"《[^》]+》|〈[^〉]+〉")
_AUTHOR_OF = re.compile(r"([\u4e00-\u9fffA-Za-z0-9]+)的作者")
_THE_DOCUMENT = ("篇", "本文", "文章", "报道", "稿子", "稿件", "新闻", "此文", "该文", "这则", "消息", "通讯")


def names_other_work(question: str) -> bool:
    """Does the question ask the author of a work it names, rather than who wrote this document?"""
    if _NAMED_WORK.search(question):
        return True
    m = _AUTHOR_OF.search(question)
    return bool(m) and not m.group(1).endswith(_THE_DOCUMENT)


_WRITING = ("写", "写的", "稿子", "稿件", "那篇", "这篇", "篇", "撰稿", "执笔", "署名", "作者")


def asks_writer(question: str) -> str | None:
    """The byline role a question asks for: 通讯员 when it names one, else 记者 (谁写的, 作者, 记者是谁);
    None when it does not ask who wrote the document."""
    if not _WRITER.search(question) or not re.search(r"谁|哪[个位]|什么|叫啥|是$|姓名|名字", question):
        return None
    if names_other_work(question):  # 《战栗游戏》的作者, 约翰三书的作者: a work the document speaks of
        return None
    return "通讯员" if "通讯员" in question else "记者"


_TITLE = re.compile(r"(?:篇|报道|稿|文章|新闻|通知|公告)[^，。？?]{0,4}(?:标题|题目)|(?:标题|题目)(?:是|叫)"
                    r"|(?:篇|报道|稿|文章|新闻)[^，。？?]{0,2}叫(?:什么|啥)")  # 那篇文章叫啥名字: its title, said plainly


def asks_title(question: str) -> bool:
    """Does the question ask a document's (or a section's) own title (那篇报道的标题是啥)? Its heading
    line answers, whatever words it uses."""
    return bool(_TITLE.search(question))


def writer_keywords(keywords: list[str], role: str) -> list[str]:
    """The keywords of a who-wrote question: the role, then what is not about writing."""
    return [role] + [k for k in keywords if k != role and k not in _WRITING and k not in ("记者", "通讯员")]


# 为什么 asks why, but not where its 为 ends a verb (成为什么, 称为什么, 改名为什么 ask what)
# nor where it ends the question after a noun (最常见的动物模型为什么? asks what it is; 这是为什么 asks why);
# 为何 alike (网易公司在初期的主要业务为何? asks what the business was: 出售邮件系统软体授权; 原因为何 asks why)
_REASON = re.compile(r"(?<![成作称视列改名分译变化定选誉封立升转更])为什么(?![?？。!！\s]*$)|(?<=[是这那])为什么"
                     r"|^为什么|为何(?![?？。!！\s]*$)|(?<=[是这那])为何|^为何|为啥|什么原因|原因|目的|为了什么|为了啥|干什么用|干啥用|干嘛")  # 啥: 什么, said


_EXISTENCE = re.compile(r"有没有|有无|是否有|有人")


def asks_existence(question: str) -> bool:
    """Does a yes/no question ask whether anyone or anything did or was so (有没有人感染, 是否有病例)?
    Then the sentence must say whether (没有一人感染, 3人), not just name the deed."""
    return bool(_EXISTENCE.search(question))


def asks_deed_done(question: str) -> bool:
    """Does a 有没有 question ask whether a named doer did a deed (白潭镇党员干部有没有捐钱: a verb right
    after the asking words, its doer before them), not whether anyone or anything is there (有没有人感染,
    有没有宿舍)? Then the sentence saying the deed answers yes (党员干部积极捐款), as any yes/no question's."""
    m = _EXISTENCE.search(question)
    if not m or m.group(0) == "有人" or not question[:m.start()].strip():
        return False
    words = _posseg().lcut(question[m.end():])
    return bool(words) and words[0].flag.startswith("v") and words[0].word not in ("有", "是")


def existence_object(question: str) -> str:
    """The thing a 有没有 question asks whether there is (有没有宿舍 → 宿舍): the first noun of two
    characters or more after the asking words; "" when none (有没有人感染 asks of 人, a person at all)."""
    m = _EXISTENCE.search(question)
    if not m:
        return ""
    return next((w for w, flag in _posseg().lcut(question[m.end():])  # (休息时间: jieba's idiom, a thing all the same)
                 if len(w) >= 2 and (flag.startswith("n") or flag in ("i", "l") and _alone(w[-2:]).startswith("n"))), "")


def had_thing(question: str) -> str:
    """The thing a «X有Y吗» question asks whether there is (游泳馆有停车场吗 → 停车场): a noun of two characters
    or more right after 有 and right before the closing 吗; "" for any other shape (老人有优惠吗: 优惠 is a
    deed's noun, said as 半价; 宿舍有独立卫生间吗: a kind of it, which its own words single out)."""
    words = [(w, flag) for w, flag in _posseg().lcut(question.rstrip("?？ "))]
    for (w, _), (noun, flag), (last, _) in zip(words, words[1:], words[2:]):
        if w == "有" and flag == "n" and len(noun) >= 2 and last == "吗" and (last, "y") == words[-1]:
            return noun
    # a thing named before 有吗 (清真餐有吗): the nouns and modifiers before it, ending in a noun
    if len(words) >= 3 and words[-2][0] == "有" and words[-1] == ("吗", "y"):
        before = words[:-2]
        thing = "".join(w for w, _ in before)
        if before and before[-1][1].startswith("n") and all(f.startswith(("n", "a", "b")) for _, f in before) \
                and not any(w in ("这", "那", "这个", "那个") for w, _ in before) and len(thing) >= 2:
            return thing
    # a compound jieba cuts before its one-character head (充电桩: 充电 + 桩): the thing is the two together
    if len(words) >= 4 and words[-4][0] == "有" and words[-1] == ("吗", "y") and len(words[-2][0]) == 1 \
            and words[-2][1] in ("n", "ng", "q") and len(words[-3][0]) == 2:
        return words[-3][0] + words[-2][0]
    return ""


def deed_objects(question: str, deeds: tuple[str, ...]) -> list[str]:
    """The nouns the question's deeds are done to, right after them (带猫 → 猫, 租自行车 → 自行车)."""
    words = _posseg().lcut(question)
    nexts = [*words[2:], ("", ""), ("", "")]
    return [w for (d, _), (w, flag), (after, _), (then, _) in zip(words, words[1:], nexts, nexts[1:])
            if d in deeds and flag.startswith("n") and flag != "nr" and w not in _WHEN_WHERE
            and not d.endswith(("到", "回", "往"))  # 宅配到家: where it goes, no thing it is paid for
            and not _ASKING_WORD.search(w)  # 挣几块钱: jieba's noun 几块钱 is the value asked, owned by none
            and w not in _RESULT_MARKS  # 转成彩色: 成 marks what the deed makes of its thing, no thing
            and w not in _VALUE_NOUNS  # 补多少取暖钱: the 钱 is the value asked, no thing it is paid for
            # 出差饭补一天多少钱: 饭 is cut from 饭补 (a one-character deed with no object of its own, a
            # quantity next), no object of 出差; 带猫进游泳馆: 进 has its own object, 猫 is 带's
            and not (len(w) == 1 and len(after) == 1 and after in deeds and (not then or QUANTITY_START.match(then)))]


_ASKING_WORD = re.compile(r"几|多少|什么|啥|哪|多[长久大远高重宽深]")
# What jieba tags a noun after a one-character deed that marks the deed's result (转成彩色, 变成), no thing.
_RESULT_MARKS = frozenset({"成"})
# Nouns that name the value a money question asks, not what it is paid for (取暖钱, 停车费用).
QUANTITY_START = re.compile(r"[\d一二两三四五六七八九十几多每]")
_VALUE_NOUNS = frozenset({"钱", "费", "费用", "价", "价格", "价钱", "钱数"})


# Nouns jieba tags after a deed that say when or where it is done, not what it is done to (完结时, 进门后)
_WHEN_WHERE = frozenset({"时", "时候", "后", "前", "以后", "以前", "之后", "之前", "期间", "里", "内", "上", "中", "外"})


_PHONE_WORDS = re.compile(r"的(?:电话|手机|号码|联系方式|邮箱)")


def phone_owner(question: str) -> str:
    """The last noun before 的 of the number asked (健身教练的手机号 → 教练); "" when none."""
    m = _PHONE_WORDS.search(question)
    if not m:
        return ""
    nouns = [w for w, flag in _posseg().lcut(question[:m.start()]) if len(w) >= 2 and (flag[0] == "n" or flag == "vn")]
    return nouns[-1] if nouns else ""


def value_owners(question: str, deeds: tuple[str, ...], kind: str | None) -> tuple[str, ...]:
    """What an asked value belongs to, which the answering sentence must speak of: the thing a deed
    of the question is done to (带猫, 租自行车: 80元 for a 自行车 or a 游船 is no price of it), the
    one whose number is asked (健身教练的手机号: a 会籍顾问's is not it)."""
    owner = phone_owner(question) if kind == "phone" else ""
    objects = [w for w in deed_objects(question, deeds) if w not in ASKERS_WORDS]  # (通知大家: anyone, no thing)
    return (*objects, *([owner] if owner else []))


def asks_reason(question: str) -> bool:
    """Does the question ask why (为什么, 为何, 目的, 原因)?"""
    return bool(_REASON.search(question))


# A clause of the question that asks (a question word or particle); a clause that tells what happened (丢了, 打不开)
_ASKING = re.compile(r"[吗嘛呢么？?]|多少|几|什么|啥|怎么|怎样|如何|咋|哪|谁|能不能|可不可以|要不要|是不是|有没有|行不行")
_HAPPENED = re.compile(r"[\u4e00-\u9fff]了|[\u4e00-\u9fff]不[开上动了掉下进出来去住]")


def situation(question: str) -> str:
    """The clauses before the asking one that only tell what happened to the asker (店铺卷帘门钥匙丢了，开锁多少钱:
    «店铺卷帘门钥匙丢了»; 锁舌卡住了关不上门，修一下多少钱): none asks, one says a deed done or failing (了,
    打不开). Their nouns set the scene; the thing asked is the last clause's. "" when there are none."""
    clauses = [c for c in re.split(r"[，,；;。！!]", question) if c.strip()]
    if len(clauses) < 2 or not _ASKING.search(clauses[-1]):
        return ""
    lead = clauses[:-1]
    if any(_ASKING.search(c) for c in lead) or not any(_HAPPENED.search(c) for c in lead):
        return ""
    return "，".join(lead)


# How a deed is done (儿童锁怎么打开, 如何开启): the means, not the deed it brings about (extract.means_before)
_MEANS = re.compile(r"(?:怎么|怎样|如何|咋)(?!样|办|回事)")


def asks_means(question: str) -> bool:
    """Does the question ask how a deed is done (怎么打开, 如何连接), not how things stand (怎么样)?"""
    return bool(_MEANS.search(question))


# The kind of a thing asked (什么样的排查, 哪类人员, 什么管理方式): a modifier of the noun answers (拉网式排查)
_SORT_ASKED = re.compile(r"(?:什么样的?|啥样的?|哪一?[类种]|何种|什么类型的?)(?P<after>[\u4e00-\u9fff]{2,})|"
                         r"(?:什么|啥)(?P<noun>[\u4e00-\u9fff]{2})(?:方式|模式|形式|方法|办法)")


def sort_asked(question: str) -> str | None:
    """The noun whose kind the question asks (排查 of 什么样的排查, 人员 of 哪类人员, 管理 of
    什么管理方式); None when it asks none."""
    m = _SORT_ASKED.search(question)
    if not m:
        return None
    if m.group("noun"):
        return m.group("noun")
    word = jieba.lcut(m.group("after"))[0]
    return word if len(word) >= 2 and word not in QUESTION_WORDS and word not in STOPWORDS else None


def kind_said(text: str, noun: str) -> bool:
    """Does `text` name a kind of `noun` by the word right before it, marked as a kind (拉网式排查,
    网格化管理, 涉鄂三类人员)? Not a deed (强化管理) nor a pronoun (各类人员)."""
    words = _posseg().lcut(text)
    return any(w.word == noun and i and re.search("[式化类型性级]$", (m := words[i - 1]).word) and len(m.word) >= 2
               and not m.flag.startswith(("v", "r", "d")) for i, w in enumerate(words))


# What happens when a rule is broken or a condition met (会怎样, 怎么罚, 什么后果): the clause that
# follows the condition (凡…的，…; 逾期…的，…), see extract.consequences.
_CONSEQUENCE = re.compile(r"会怎(?:么)?样|会被怎|咋罚|咋处理|怎么处理|如何处理|怎么处罚|如何处罚|怎么罚|怎么惩罚|什么后果|啥后果|什么处罚|"
                          r"怎么赔|如何赔|"
                          r"什么惩罚|会有什么(?:后果|处罚|影响)|会受到什么|要承担什么")


# 是…的 around 怎么 + a deed asks how a deed was done (垃圾是怎么处理的: 实行“户分类、村收集、镇转运”的模式),
# never what follows from it (违章停车怎么处理).
_MANNER_DONE = re.compile(r"是(?:怎么|怎样|如何)(?![^的]*[罚赔])[\u4e00-\u9fff]{1,4}的[?？]?$")  # 是如何处罚的 still asks a penalty


def asks_consequence(question: str) -> bool:
    """Does the question ask what follows from a deed or a condition (逾期会怎样, 旷工有什么后果)? Not
    how a deed was done (是怎么处理的: _MANNER_DONE)."""
    return bool(_CONSEQUENCE.search(question)) and not _MANNER_DONE.search(question)


# A name with a number in it singles out one of several (2号线 of 1号线, 3号楼, 第二期), and a year
# one year's figures: a sentence that does not say it speaks of another.
_NUMBERED = re.compile(r"(?:第[\d一二三四五六七八九十]+[\u4e00-\u9fff]|\d+号[线楼院门库馆厅]?|\d+路(?![口段])|\d+栋|\d+单元"
                       r"|(?<![A-Za-z\d])[A-Z]{1,3}-?\d+(?![A-Za-z\d]))")  # a code: E2, KJ-500, B1
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?:年?\s*(?:—{1,2}|–|-|~|～|至|到)\s*((?:19|20)\d{2}))?年")


def numbered_names(question: str) -> list[str]:
    """Names with a number in them (2号线, 3号楼, 第二期, a code such as E2), as the question writes them."""
    return list(dict.fromkeys(m.group(0) for m in _NUMBERED.finditer(question) if not _first_time(m, question)))


def _first_time(m: re.Match[str], question: str) -> bool:
    """Is 第一次 / 第一回 an adverb here, «for the first time» (第一次来到: 首次, 第一批 say it too),
    rather than the name of an event (第一次会议)? It is when a verb follows."""
    if m.group(0) not in ("第一次", "第一回", "第1次"):
        return False
    after = _posseg().lcut(question[m.end():m.end() + 6])
    return bool(after) and after[0].flag.startswith(("v", "d", "p"))


def years(text: str) -> list[str]:
    """The years a text names (2023年; 2005~2006年 names 2005年 and 2006年)."""
    out: list[str] = []
    for m in _YEAR.finditer(text):
        first, last = int(m.group(1)), int(m.group(2) or m.group(1))
        out += [f"{y}年" for y in range(first, min(last, first + 50) + 1)] if last >= first else [f"{first}年", f"{last}年"]
    return list(dict.fromkeys(out))


_NAMING = re.compile(r"(?:的)?(?:叫什么|叫啥|名字|名称|全称)")


def named_thing(question: str, keywords: list[str]) -> str | None:
    """What a naming question asks the name of: the keyword right before 叫什么 / 的名字 / 名称
    (物业公司 in 柳岸社区的物业公司叫什么); None for any other question."""
    m = _NAMING.search(question)
    if not m:
        return None
    head = question[:m.start()].rstrip("的是")
    return next((k for k in sorted(keywords, key=len, reverse=True) if len(k) >= 2 and head.endswith(k)), None)


def one_person(word: str, question: str) -> bool:
    """Is `word` the 个人 of 一个人 said short after a verb (留个人陪, 找个人代领): a count of people, no noun
    (not the 个人 of 个人信息, an individual's)?"""
    m = re.search(r"([\u4e00-\u9fff])个人", question) if word == "个人" else None
    return bool(m) and _alone(m.group(1)).startswith("v")


def is_proper_name(word: str) -> bool:
    """Does jieba's dictionary take the word for a person's, place's or organisation's name?"""
    tags = _posseg().lcut(word)
    if len(tags) == 1 and tags[0].flag.startswith("nr") and len(word) == 3 and _alone(word[0]).startswith("v") \
            and len(_posseg().lcut(word[1:])) == 1:
        return False  # 考驾照 (jieba: a person's name) is a deed and its thing: 考 + 驾照
    if len(tags) == 1 and tags[0].flag == "nr" and len(word) == 2 and _alone(word[0]) == "v" and _alone(word[1]) == "n":
        return False  # 练琴 (jieba: a person's name) is a deed and its thing too: 练 + 琴
    return len(tags) == 1 and tags[0].flag in ("nr", "ns", "nt", "nrt", "nrfg")


_BEFORE_ASKED = " 了的有是共一共总共达到要"
_MODALS = "能会可要应该需得"
# Nouns that name the kind of quantity, not the thing measured (耕地面积多少亩: 耕地 is measured).
ATTRIBUTES = {"面积", "数量", "人数", "人口", "长度", "重量", "金额", "总数", "数目", "规模", "高度", "距离", "价格",
              "费用", "时间", "年龄", "总额", "数额", "产量"}


def is_attribute(word: str) -> bool:
    """A noun for the kind of quantity: 面积, 金额, or a count in some unit (台数, 户数, 人数)."""
    return word in ATTRIBUTES or (len(word) == 2 and word[1] == "数")


def measured_subject(question: str, nouns: list[str]) -> str | None:
    """The noun keyword right before the asked quantity, what is measured: 植树造林 in 植树造林多少亩,
    饭钱 in 每月饭钱多少 (None when a particle or a verb stands there: 设了多少卡点, 拦下了多少辆车)."""
    m = asked_match(question)
    if not m:
        return None
    head = question[:m.start()].rstrip(_BEFORE_ASKED)
    # the deed of paying between the thing and the quantity (住院押金要交多少: 押金 is measured), tried
    # after the words as said (首付多少: 首付 is a noun itself)
    paid = _PAYING.sub("", head).rstrip(_BEFORE_ASKED)
    for end in (head, paid) if paid != head else (head,):
        for k in sorted(nouns, key=len, reverse=True):
            if k[0] in _MODALS:  # 能记 (能 + 记): a modal and a verb jieba took for one noun, nothing measured
                continue
            if re.fullmatch(r"[\d一两二三四五六七八九十半每]+[晚夜天日月年周次人位名个张间套件]", k):
                continue  # 租帐篷一晚多少: 一晚 is the unit priced per, no thing measured
            if re.fullmatch(r"[省市县区乡镇村][里内]", k):
                continue  # 大鸡场县里一共几家: where they are counted (the county), no thing measured
            if len(k) >= 2 and end.endswith(k) and not is_attribute(k):
                attr = next((k[i:] for i in range(1, len(k) - 1) if is_attribute(k[i:])), "")
                return k[:-len(attr)] if attr and len(k) - len(attr) >= 2 else k  # 耕地面积: 耕地
    return None


_PAYING = re.compile(r"(?:要|得|需|需要|应)?(?:交|缴|付)$")  # 押金要交多少, 物业费缴多少


def predicate_words(question: str, keywords: list[str], counted: str | None) -> tuple[str, ...]:
    """The keywords after the asked quantity that say what the counted did or are (发烧 in 有多少人发烧):
    a count of those who did something else is no answer. The counted noun itself is not one."""
    m = asked_match(question)
    if not m:
        return ()
    unit = _measure_at(question[m.end():])
    if not unit:
        return ()
    tail = question[m.end() + len(unit):]
    return tuple(k for k in keywords if len(k) >= 2 and k in tail and k != counted and k not in MODALS and k not in RECEIVING
                 and not (counted and (k in counted or counted in k))
                 and not (counted and k + counted in tail)  # 多少条标语横幅: 标语 says which 横幅, no deed
                 and not (k[0] in "一两二三四五六七八九十每" and _measure_at(k[1:]))  # 多少钱一片, 一节课: a rate, no deed
                 and not re.fullmatch(r"[一每][班趟]", k)  # 几分钟一班, 多久来一趟: per departure, no deed
                 and not re.search(rf"[钱元块]{re.escape(k)}[?？]?$", question))  # 多少钱一针: the unit priced, whatever it is


# Units of a length of time or an age: what happens in that time (几天修好, 几岁的孩子) is said in any words
# (7个工作日内处理完毕, 适合年龄：5-8岁); no one counted must have done it (多少人发烧).
SPANS_OF_TIME = frozenset({"天", "日", "小时", "个小时", "钟头", "个钟头", "分钟", "秒", "周", "个星期", "星期", "个月", "月",
                            "年", "岁", "周岁", "个工作日", "工作日"})


# Deeds of receiving what the sentence says was given (多少家低保户拿到了取暖补贴: «为低保户每户发放取暖补贴
# 800元，共惠及316户»): the count's sentence says the giving, so they are no deed it must say; what was
# received (补贴) still is.
RECEIVING = frozenset({"拿到", "领到", "收到", "得到", "获得", "享受", "享受到", "领取", "拿"})


# Words that say may or must, no deed (多少人才能买: 才能; 要几天才可以): a count needs no such word;
# nor their negations (爽约几次就不让预约了: the deed is 预约, which «30天内不能再预约» says).
MODALS = frozenset({"才能", "才可以", "才可", "能够", "可以", "需要", "必须", "应该", "应当", "得以", "才行",
                    "不让", "不准", "不许", "不能", "不得", "不可", "不可以", "不用", "不必"}) | deeds.AUXILIARIES


# The noun a what-question asks the kind of: 什么队伍, 哪个地区 (right after the question word),
# 的职业是什么 (before it, joined by 是/为).
_NOUN_THEN_WHAT = "(?:是|为)?(?:什么|啥|哪)"
_WHAT_THEN_NOUN = "(?:什么|啥|哪一?[个种类家所座条部位国支项本门件间场届张路]?)(?:样的)?"
# Nouns that name no kind at all (什么东西): no word to look for.
EMPTY_NOUNS = ("东西", "事物", "事情", "玩意")


def asked_noun(question: str, nouns: tuple[str, ...]) -> str | None:
    """The noun of the question that names what kind of thing is asked (队伍 in 是什么队伍的主场,
    地区 in 哪个地区, 职业 in 赵鹏的职业是什么): the answer is one of those (多伦多蓝鸟棒球队), and the
    sentence that gives it need not say the word. None when no noun stands by the question word."""
    after = [(m.end(), -i, n) for i, n in enumerate(nouns) if (m := re.search(_WHAT_THEN_NOUN + re.escape(n), question))]
    if after:  # 球场是什么队伍的主场: the question word asks a 队伍, not what the 球场 is; 哪门课: 课, not
        return max(after)[2]  # the classifier 门 (the noun that reaches furthest; of two, the first)
    return next((n for n in nouns if re.search(re.escape(n) + _NOUN_THEN_WHAT, question)), None)
