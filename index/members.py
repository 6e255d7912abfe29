"""Members of a family that e5 holds as one word: a value said for another member must not answer.

Four shapes, each a hard veto (Answerer.answers_sibling, which decide.vetoed asks), read on the sentence's frame
(Answerer.around: the sentence, the sentences before it in its paragraph, its headings and title):

- numeral_member: members named by a number or an ordinal before the same head word (一等舱/二等舱,
  1号线/2号线, 二价/四价/九价, 单人/双人/三人, 一期/二期, 一类/二类, 二楼/五楼): 三等舱 asked, «二等舱单程55元» said.
  e5 and BM25 hold 三等舱 by 二等舱 (the characters differ only in the number), so support counts it.
- means_member: the means of going or carrying the question names (走路, 骑车, 坐船, 坐公交, 打车, 开车)
  while the sentence itself names another one and never the asked one: 从码头走路上山顶要多久 asked, «观光车从码头开到
  山顶观景台约10分钟» said (the 10分钟 is the ride's, not the walk's).
- redone_deed: a deed done again (补办, 补考, 重新办理) asked, only the first deed said (办理…押金200元).
- interval_given: how long a trip takes (要多久) asked, the time between departures given (…一班, 班距).
"""

from __future__ import annotations

import re

from wenda.index import extract

# Heads that a number before them names a member by, not counts (一等舱 is a class, not one 舱). 号 only
# before a thing it numbers (1号线, 3号楼), never a day of the month (5月1号); 人 only with the thing after it
# (双人自行车, 三人间), never a head count (3人以上). 楼 is a floor (门诊楼五楼 asked, the 门诊楼二楼 row said);
# 寸 a size a thing is made in (6寸蛋糕, 8寸披萨); 室 a flat's rooms (三室一厅 asked, the rows of 一室户 and 两室一厅).
_HEAD = r"(?:等|价|期|级|类|档|星|批|居|寸|号(?=[线楼门口厅房位车馆院栋库窗台机站])|路|人(?=[间房床座自位])|楼(?![房盘宇])|室(?=[户厅]|[一二两三\d]厅))"
_NUMERAL = r"(?<![\dA-Za-z每前后满约近])(第)?([\d]+|[零〇一二两三四五六七八九十]+|单|双|头)"
MEMBER = re.compile(_NUMERAL + _HEAD)
_DIGITS = {c: i for i, c in enumerate("零一二三四五六七八九")} | {"〇": 0, "两": 2, "单": 1, "双": 2, "头": 1}


def _value(numeral: str) -> int | None:
    """The number a numeral writes (3, 三, 十二, 双 → 2), or None."""
    if numeral.isdigit():
        return int(numeral)
    if "十" in numeral:
        tens, _, ones = numeral.partition("十")
        return (_DIGITS.get(tens, 1) if tens else 1) * 10 + (_DIGITS.get(ones, 0) if ones else 0)
    if len(numeral) == 1:
        return _DIGITS.get(numeral)
    return None


def forms_of(numeral: str) -> tuple[str, ...]:
    """A number of 1 to 99 as written either way (五 and 5, 十二 and 12, 2 and 二 and 两), itself first; the
    numeral alone for any other."""
    v = _value(numeral)
    if v is None or not 0 < v < 100:
        return (numeral,)
    tens, ones = divmod(v, 10)
    chinese = ("" if tens < 2 else "零一二三四五六七八九"[tens]) + ("十" if tens else "") + ("零一二三四五六七八九"[ones] if ones else "")
    return tuple(dict.fromkeys((numeral, str(v), chinese, *(("两",) if v == 2 else ()))))


def written_alike(numeral: str) -> str:
    """A regex for a number as written either way (五 or 5, 十二 or 12, 2 or 二 or 两)."""
    forms = forms_of(numeral)
    return "(?:" + "|".join(sorted(map(re.escape, forms), key=len, reverse=True)) + ")"


def _head(text: str, m: re.Match, group: int = 0) -> str:
    """The head a member's number stands before: 号 and 人 with the thing after them (3号楼 and 2号门 are no
    members of one family; 双人间 and 三人座 neither), any other head by itself (一等, 四价)."""
    head = m.group(group)[-1]
    return head + text[m.end(group):m.end(group) + 1] if head in "号人" else head


def members(text: str) -> set[tuple[int, str]]:
    """(number, head) of each member named by a numeral in `text` (一等舱 → (1, 等); 双人间 → (2, 人间))."""
    out = set()
    for m in MEMBER.finditer(text):
        if m.group(2) in "单双头" and m.group(0)[-1] not in "人等":
            continue  # 单 and 双 name members only of people (单人/双人), 头 only of classes (头等)
        if m.group(0)[-1] == "路" and not m.group(2).isdigit():
            continue  # 28路 is a bus route; 一路 is "all the way", 文三路 a street
        v = _value(m.group(2))
        if v is not None:
            out.add((v, _head(text, m)))
    return out


_RANGE = re.compile(r"([\d]+|[零〇一二两三四五六七八九十]+)(?:" + _HEAD + r"[^\d至到~—－-]{0,3})?\s*[至到~—－-]\s*([\d]+|[零〇一二两三四五六七八九十]+)(" + _HEAD + ")")


def ranged(text: str, value: int, head: str) -> bool:
    """Does `text` name a range of members of `head` that holds `value` (1号楼至5号楼, 一至三等 for 3号楼, 二等)?"""
    for m in _RANGE.finditer(text):
        lo, hi = _value(m.group(1)), _value(m.group(2))
        if _head(text, m, 3) == head and lo is not None and hi is not None and lo <= value <= hi:
            return True
    for m in re.finditer(rf"([\d一二两三四五六七八九十]+)\s*{re.escape(head)}(?:及|或)?以([上下])", text):
        bound = _value(m.group(1))  # 8楼 asked: «楼层在7楼以上且无电梯的», a range open on one side
        if bound is not None and (value >= bound if m.group(2) == "上" else value <= bound):
            return True
    return False


def numeral_member(question: str, around: str) -> str | None:
    """The member the question names by a number (三等舱, 3号线, 五价, 三人自行车) where the frame names
    another member of the same head (二等舱, 1号线, 四价, 单人/双人自行车) and never the asked one: the
    frame's value is that sibling's. None when none (the frame names no member of the head, or the asked
    one too: 一等舱和二等舱的区别). A cake's size in 寸 is one in 英寸 (8寸重芝士 asked, the row of 6英寸 said)."""
    question, around = question.replace("英寸", "寸"), around.replace("英寸", "寸")
    said = members(around)
    for m in MEMBER.finditer(question):
        asked = members(question[m.start():])
        v, head = _value(m.group(2)), _head(question, m)
        if (v, head) not in asked:
            continue  # 单 of 单程, 一路 of 一路上: no member
        if (v, head) not in said and any(h == head and n != v for n, h in said) and not ranged(around, v, head) \
                and not extract.range_holds(m.group(0), around):  # 20寸 asked: the row of «19寸及以上» holds it
            return m.group(0)
    return None


# Heads whose members a word of two characters before them names (家电券, 餐饮券, 零售券).
MEMBER_HEADS = "券"  # (票, 卡: their members go by other names too, 老人票 for 敬老票, whose lines absent_members reads)
_HEADED = re.compile(rf"(?=([\u4e00-\u9fff]{{2}})([{MEMBER_HEADS}]))")  # a word of two characters and its head


def headed_member(question: str, keywords: list[str], sentence: str, frame: str = "") -> str | None:
    """The member the question names by a word and a head (家电券: 家电, 券) where the sentence names other members
    of that head (每人每批限领餐饮券2张、零售券1张) and never the asked one: its values are those siblings'. None when
    none. A word the sentence's frame says (`frame`: its title, heading, paragraph) is what every member there is
    of (游泳票 of a pool's notice: «成人单次票每人30元» is one), no member."""
    for m in _HEADED.finditer(question):
        word, head = m.group(1), m.group(2)
        if word not in keywords and word + head not in keywords or word + head in sentence or word in frame:
            continue
        others = {w for w in re.findall(rf"([\u4e00-\u9fff]{{2}}){head}", sentence) if w != word}
        if others and word not in sentence:
            return word + head
    return None


def member_said(question: str, keywords: list[str], sentence: str) -> str | None:
    """The member the question names by a word and a head (家电券) when the sentence says it, among others
    (餐饮券和零售券通过…领取，家电券通过…领取): its piece holds the asked value. None when none."""
    for m in _HEADED.finditer(question):
        word, head = m.group(1), m.group(2)
        if (word in keywords or word + head in keywords) and word + head in sentence:
            return word + head
    return None


# Means of going or carrying, one group each: the words of a group name the same means (步行 is 走路).
MEANS = (("步行", "走路", "徒步", "走过去", "走着", "走上", "走下", "爬上"),
         ("骑车", "骑行", "自行车", "单车", "脚踏车"),
         ("开车", "自驾", "驾车", "小汽车", "私家车", "小车"),
         ("公交", "巴士", "大巴"),
         ("地铁", "捷运", "轻轨", "港铁"),  # (港铁: Hong Kong's MTR, 港鐵將軍澳站B1出口)
         ("出租车", "打车", "的士", "网约车"),
         ("缆车", "索道"),
         ("观光车",),
         ("电动车", "电瓶车", "电驴", "电动自行车", "电单车", "助力车"),  # 电动助力车
         ("船", "渡轮", "轮渡", "渡船", "游船"),
         ("摩托车", "机车"),
         ("火车", "高铁", "动车组"),  # not 动车, said inside 电动车 and 机动车; not 列车, a metro's train too
         ("飞机",))


def _groups(text: str) -> list[int]:
    """Indices of the MEANS groups whose words `text` says (船 of 船票, 渡轮 of 渡轮票价); a word said only
    inside a longer one of another group is not said (自行车 of 电动自行车, 单车 of 电单车)."""
    found = [(m.start(), m.start() + len(w), g) for g, words in enumerate(MEANS) for w in words
             for m in re.finditer(re.escape(w), text)]
    return sorted({g for a, b, g in found if not any(a2 <= a and b <= b2 and b2 - a2 > b - a and g2 != g
                                                     for a2, b2, g2 in found)})


# Deeds of going by a means as rules write them (开车: 驾驶), said for the asker's word in the sibling and means checks
# only (a question's keyword stays the asker's: 开车开多久必须歇一下 reads «连续驾驶超过4小时» by meaning).
DEEDS_WRITTEN = {"开车": ("驾驶", "驾车")}


def means_member(question: str, sentence: str) -> str | None:
    """The means the question goes or carries by (走路上山顶, 坐公交去, 船票) where the sentence names another
    means and never the asked one, so its value is that means's (从码头走路上山顶要多久: «观光车从码头开到
    山顶观景台约10分钟»; 船票单程多少钱: the row of «机车托运»'s 150元). The question must name one means
    only: 开小车上船 names the car and the boat, and a sentence on either may answer. The sentence itself (a
    table row: its cells), not its heading: a heading lists the means its lines speak of one by one
    (步行与观光车), and a title names the service whose rows price other means (渡轮票价表: 机车托运).
    None when none."""
    asked = _groups(question)
    if len(asked) != 1:
        return None
    words = MEANS[asked[0]]
    if any(w in sentence for w in words) or any(f in sentence for w in words for f in DEEDS_WRITTEN.get(w, ())):
        return None  # (开车 asked: «驾驶人连续驾驶超过3小时», the driving said as rules write it, whatever 大巴车 is driven)
    if any(re.search(r"[租借买修还卖停洗][^，。？?]?" + re.escape(w), question) for w in words if w in question):
        return None  # 租单车的店在哪: the bike is the thing hired, no means the asker goes by
    if any(g != asked[0] and not any(w in question for w in MEANS[g]) for g in _groups(sentence)):
        return next(w for w in words if w in question)
    return None


# A deed done again (补办 a lost card, 补考 a failed exam, 补交 a late form): a deed apart from the first one,
# whose fee, deposit or time is not the first one's. The prefix and the base deeds it renews.
_REDONE = re.compile(r"(?:补|重新|重)(办|领|发|考|交|缴|开|打)")
_ISSUED = "办领发"  # 补办, 补领, 补发: one renewal of a thing issued, said from either side


def redone_held(word: str, question: str, text: str) -> bool:
    """Is `word`, a deed the question asks done again (补办), said by `text` as the renewal of a thing the
    question names (补办一张卡 by «补卡费10元»: 补 and the 卡 asked, the deed left out)?"""
    m = _REDONE.fullmatch(word)
    rest = question.replace(word, " ")
    return bool(m) and any(o in rest for o in re.findall(r"(?<=补)[\u4e00-\u9fff]", text))


def redone_deed(question: str, around: str) -> str | None:
    """The deed the question asks done again (补办, 补考, 重新办) where the frame says the deed itself (办理,
    考试) and never its renewal (恢复开放 renews 开放, 重新报考 redoes 考): its value is the first deed's (租车卡丢了补办要多少钱: «办理租车卡须缴纳押金
    200元» is the deposit for a first card; «遗失补办须缴纳工本费20元» answers). None when none."""
    for m in _REDONE.finditer(question):
        base = m.group(1)
        if base in around and not re.search(r"(?:补|重新?|恢复|再次)(?:报|参加|申请)?" + base, around) \
                and not redone_held(m.group(0), question, around) \
                and not (base in _ISSUED and re.search(rf"补[{_ISSUED}]", around)):  # 补办一张卡: «补卡须到服务网点办理»
            # (补领 by «到村会计处补办»: getting a thing issued again, whoever's side says it)
            return m.group(0)
    return None


# A time between two departures (每20分钟一班, a column 班距 or 发车间隔): how often, not how long.
_INTERVAL_ASKED = re.compile(r"一班|几班|一趟|间隔|隔多|班距|发车|频率|班次"
                             r"|(?:多久|多长时间)[^，。？?]{0,4}再|再[^，。？?]{0,10}(?:多久|多长时间)")  # 多久可以再献, 想再捐…得等多长时间
_INTERVAL_COLUMN = re.compile(r"间隔|班距|频率|班次")
# The words that say a length of time is a ride's (车程约35分钟, 航程約10分鐘, 全程约1小时).
_RIDE_SAID = re.compile(r"(?:车程|行程|航程|船程|全程|历时|用时|耗时|車程|歷時)[约約需为為]?\s*$")


def interval_given(question: str, sentence: str, start: int, end: int, column: str = "") -> bool:
    """Is the duration at sentence[start:end] the time between two departures (每20分钟一班, a row's
    班距 or 发车间隔 column) while the question asks how long a trip takes (坐渡轮到岛上要多久: not «班距：每20分钟
    一班»; K15路坐到头要多久: not «发车间隔：8分钟»)? A question that asks how often (多久一班, 发车间隔) is
    answered by it."""
    if interval_asked(question):
        return False
    return interval_said(sentence, start, end, column)


def interval_asked(question: str) -> bool:
    """Does the question ask how often (多久一班, 几分钟一趟, 发车间隔)?"""
    return bool(_INTERVAL_ASKED.search(question))


def interval_said(sentence: str, start: int, end: int, column: str = "") -> bool:
    """Is the duration at sentence[start:end] the time between two departures or two times of a deed (每20分钟一班,
    «间隔不少于2周», a row's 班距 column)? Not a length the sentence says is a ride's (a 班次/时长 cell's
    «每20分钟一班，车程约35分钟»: 35分钟 is how long the ride takes)."""
    if _RIDE_SAID.search(sentence[:start]):
        return False
    return bool(_INTERVAL_COLUMN.search(column) or re.match(r"\s*(?:一|1)[班趟]", sentence[end:])
                or re.search(r"(?:一|1)[班趟]$", sentence[start:end])
                or re.search(r"(?:间隔|相隔)[^，,。；;]{0,4}$", sentence[:start]))  # 采血小板要多久: not «两次…间隔不少于2周»


def interval_cell(question: str, piece: str) -> bool:
    """Does the question ask how often (多久来一趟, 几分钟一班) and is `piece` a table cell of the time
    between departures («发车间隔：15分钟», «班距：每20分钟一班»)? Then the cell is the rate asked, per
    departure, though it never says 一趟."""
    head, sep, _ = piece.partition("：")
    return bool(sep) and bool(_INTERVAL_COLUMN.search(head)) and bool(_INTERVAL_ASKED.search(question))
