"""Answer spans inside a sentence: figures with their units, dates, names, clauses. Pure functions."""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable


from wenda.corpus.outline import cn_number
from wenda.corpus.text import split_clauses
from wenda.index.query import ROLES, UNITS_OF_ONE, _posseg
from wenda.index.tags import tagged

_CN_DIGITS = "零〇一二两三四五六七八九十百千万亿"
_NUM = rf"(?:\d{{1,3}}(?:,\d{{3}})+(?!\d)(?:\.\d+)?|\d+(?:\.\d+)?|[{_CN_DIGITS}]+)"  # 1,000米 is one figure
_PREFIX = r"(?:近|约|超过|逾|不少于|不低于|不超过|不到|至少|达到|多达|共计|累计|总计|共|达|仅|大约|将近)?"
_UNITS = (
    "万余元|余万元|亿元|万元|千元|元钱|美元|美金|欧元|英镑|日元|港元|港币|元|英尺|英寸|寸(?![步土])|吋|英里|平方呎|呎|磅|盎司|加仑|人次|辆次|周岁|岁|立方米|平方英尺|平方尺|平方米|平方公里|平米|平方(?![米公英尺呎])|㎡|坪(?![山村镇乡])|公顷|公里|千米|厘米|毫米|公尺|米|公分|公斤|千克|毫克|公克|克|吨|台斤|市斤|斤|毫升|升|亩|分钱|分贝|千伏安|千伏|千瓦时|千瓦|瓦|伏|千卡|大卡|卡路里|千焦|"
    "个工作日|个工作天|工作日|工作天|个小时|个品种|品种|小时|个钟头|钟头|个学时|学时|个课时|课时|个学分|学分|分钟|分(?![钟鐘钱錢贝貝之0-9期类批别配享担摊析开队组头段局行拨成为])|秒|个星期|个礼拜|个月|个|名|人|位|只|辆|台|部|幅|条|处|次|趟|所|家|户|村|天|日|年|月|份|张|件|套|顶|批|支|箱|瓶|袋|盒|包|桶|艘|架|枚|颗|"
    "本|册|间|座|场|轮|组|队|倍|股(?![份东票权民市])|票(?![价务据证房面箱])|例|项|篇|期|床|层|楼|届|款|种|类|片|块|株|棵|头|口|折|节|对|双|档|周|星期(?![一二三四五六日天])|礼拜(?![一二三四五六日天])|万|亿|%|％|格|根|把|粒|盏|匹|桌|束|朵|枝(?![头节叶条])|回(?![来去家复收答应报归到顾忆避转头车程合])|盆(?![地景栽])|罐|捆|具(?![体有备])|"
    "(?<!一)起(?![床飞步见来])|"  # 报修96起 (incidents), not 8:00起 (a clock's; see figures), 起床, 一起 (together)
    "基(?![地本础金层站数因督准建于])|"  # 电杆36基 (poles, towers), not 36基站
    "眼(?![睛镜光界神前里中看])|"  # 机电井45眼 (wells, springs), not 一眼望去
    "摄氏度|℃|°C|(?<=\\d)度(?![假过日])|"  # 18℃, 18度 (degrees), not 一度 (once) nor 2026年度
    # units written in Latin letters (55W, 220V, 50Hz, 5000mAh), never the start of a word
    r"(?:Gbps|Mbps|kbps|km/h|kcal|kJ|kW|W|V|Hz|mAh|dB|kg|km|cm|mm|GB|MB|KB|TB)(?![A-Za-z])"
)
# A currency written before the sum (HK$2,680, NT$950, US$20, ¥300, RMB 500) and the unit it stands for.
_CURRENCY = r"(?:HK|US|NT|MOP|S|A|C)\$\s?|RMB\s?|[$¥￥£€]\s?"
_CURRENCY_UNIT = {"HK": "港元", "US": "美元", "£": "英镑", "€": "欧元"}
_FIGURE = re.compile(
    # 4万亩, 3万余人, 4万多元: the order of magnitude, 余/多, then the unit, one figure (not 4万 alone; 八十来平方:
    # a spoken «about», before a unit only); a space
    # between digits and the unit is Taiwan's typesetting (2 年有效, 折 100 元)
    rf"(?P<fig>{_PREFIX}(?:{_CURRENCY})?(?P<num>{_NUM})(?:[万亿](?:余|多)?(?=(?:{_UNITS}))(?![万亿])|余|多|(?<=[十百千0])来(?=(?:{_UNITS})))?(?:(?:(?<=\d) )?(?:{_UNITS}))?(?:以上|以下|左右|之多|余)?)"
)
_PART_OF_AGE = r"(?:初期|早期|中期|晚期|末期|前期|后期|初年|末年|中叶|上半叶|下半叶|初|末)?"
_ONE_DATE = (
    r"(?:\d{4}年)?\d{1,2}月\d{1,2}[日号](?:\s*[(（][^()（）]{1,8}[)）])?"
    r"|(?<!\d)\d{4}-\d{1,2}-\d{1,2}(?!\d)"
    rf"|\d{{4}}年\d{{1,2}}月(?:底|初|中旬|上旬|下旬|末)?|(?<!\d)(?:\d{{2}}|\d{{4}})年代{_PART_OF_AGE}|\d{{4}}年(?!代)"
    # a month alone, or a part of it (于2月底中断, 11月到4月中旬): not 3个月, not the 4月 of 4月5日
    r"|(?<![\d个])\d{1,2}月(?:的?第[一二三四1-4]个(?:周末|星期[一二三四五六日天]|周[一二三四五六日])|底|初|中旬|上旬|下旬|末|份)?(?![\d日号])"
    rf"|[{_CN_DIGITS}]{{1,3}}月[{_CN_DIGITS}]{{1,3}}[日号]"
    r"|(?<=每月|个月|当月|次月|下月|月的)\d{1,2}[日号](?![\d楼线号])"  # 每月5日前, 每季度第一个月的5日前: a day of every month
    # an age named after its era (追溯至西周时期, 始于康熙年间): the answer to 什么时期
    rf"|(?<=的)[\u4e00-\u9fff]{{2,3}}?时代(?=[\u4e00-\u9fff])"  # 长崎县的旧石器时代遗迹
    # (a movement's four characters too: 在殖民主义时期, 在文艺复兴时期大受欢迎)
    rf"|(?<=[至于在是自从到])(?![这那该此其本同])[\u4e00-\u9fff]{{1,4}}?(?:时期|年间|时代{_PART_OF_AGE}|初期|中期|末期|初年|末年)"
    # a period or a reign that opens its sentence or clause (朝鲜王朝时期，儒教取代了佛教; 春秋时期，…;
    # 康熙年间至乾隆年间，逐渐形成…; 元禄年间的长崎人口; 共和末期，强行征兵时有发生), not this one (在这个时期)
    r"|(?:^|(?<=[，,；;。]))(?![在于]?[这那该此其本同])[\u4e00-\u9fff]{2,4}?(?:时期|时代|年间|末期|初期)(?=[，,的至到])"
    # a geological period (生存于白垩纪晚期, 出现于侏罗纪)
    rf"|(?<=[至于在是自从到])[\u4e00-\u9fff]{{1,3}}?纪{_PART_OF_AGE}(?![念律录要检委])"
)
# Where a sentence gives no calendar date, the answer to 什么时候 may be an age, a season or a
# festival: a century or a decade (19世纪晚期, 公元前5世纪, 80年代), a dynasty (唐朝, 明代中叶),
# 每到秋季, 元宵节前后. (With a date beside it, 春节 of 停止春节假期 is no answer: dates() takes these only then.)
_AGE = re.compile(
    rf"(?:公元前|西元前|公元|西元)?(?:\d{{1,2}}|[{_CN_DIGITS}]{{1,3}})世纪{_PART_OF_AGE}"
    rf"|(?<!\d)(?:\d{{2}}|\d{{4}})年代{_PART_OF_AGE}"
    rf"|(?:[东西南北][汉晋周魏]|[南北][宋朝]|[夏商周秦汉晋隋唐宋元明清])(?:朝|代){_PART_OF_AGE}"
    # a period named by its dynasty or its age (其东汉时期, 战国时燕昭王…, 西汉武帝时, 约在晋末宋初): the
    # answer to 何时 and 什么时期 where no calendar date is given
    r"|(?:[东西南北][汉晋周魏]|春秋|战国|三国|五代)(?:时期|时代|年间|时(?![间候代期刻常]))"
    r"|[东西南北][汉晋周魏][\u4e00-\u9fff]{1,2}[帝宗祖王]时(?=[，,])"
    r"|[夏商周秦汉晋隋唐宋元明清][末初][夏商周秦汉晋隋唐宋元明清][末初]"
    r"|(?<![一二三四五六七八九十两\d])[春夏秋冬](?:季|天)(?!气|装|衣)"
    r"|(?:春节|除夕|元旦|七夕|(?:元宵|端午|中秋|重阳|腊八|寒食|清明|国庆|劳动|儿童|妇女|圣诞|复活|感恩|情人)节)"  # 元宵 alone is food
)
_ORDINAL_TIME = re.compile(r"第[一二三四五六七八九十\d]{1,3}(?:年|天)(?![级度届])")  # 一直到了第九年: counted from the start
# Where a sentence gives neither a date nor an age, a clause that opens it and says after, during or at
# what the rest happened answers 什么时候: 幕末引入西洋军制后，…; 一局比赛结束之后交换发球权; 傍晚时份，…;
# 补库当天下午，…; or one opened by 当 (书写形式是当梵语发展成俗语之后才出现的). Not 同时, 当时, 24小时.
_DAY_TIME = r"(?:上午|下午|中午|晚上|傍晚|黄昏|清晨|早上|早晨|凌晨|深夜|夜里|夜晚)"
_WHEN_CLAUSE = re.compile(
    r"(?:(?<=^)|(?<=[。；;！？!?]))(?![在于]?[此这该其那])(?:[^，,。；;！？!?]{2,20}?"
    rf"(?:之后|以后|后|之前|以前|期间|(?<![同当暂及按准小])时|之时|的时候|时分|时份|当天|当日|当晚|{_DAY_TIME})(?=[，,])"
    # without a comma, a clause that says no 是 (截击是在…之前就将其打回 defines, it says no time)
    r"|[^，,。；;！？!?是]{2,20}?(?:之后|以后|之前|以前)(?=[\u4e00-\u9fff]))"
    r"|(?:(?<=^)|(?<=[，,。；;！？!?是每]))当(?![地时年然中前今天日局选代初作成做面场事即晚夜月季归铺兵家心众真])"
    r"[^，,。；;！？!?]{1,20}?(?:之后|以后|之前|以前|的时候|之时|(?<![同小])时)")


def when_clauses(sentence: str) -> list[Span]:
    """The clauses of a sentence that say when the rest happened (一局比赛结束之后, 傍晚时份, 当…之后)."""
    return matches(_WHEN_CLAUSE, sentence)


# Where a sentence gives no date, a clause that says until what event a deed went on (日夜值守，直至撤点;
# 坚持到疫情结束为止) answers 到什么时候.
_UNTIL_CLAUSE = re.compile(r"(?:直至|直到|一直到)[^，,。；;！？!?]{1,12}|(?<![从自])(?:到|至)[^，,。；;！？!?]{1,12}?为止")


# Where a sentence gives no date, a time counted from an event answers 什么时候 (书啥时候寄: 开课前5天;
# 转班须在开课后14天内提出; 提前3天预约): the event, 前 or 后, and a duration, or 提前 and a duration. The
# event opens a clause or follows 在/于/自/从.
_RELATIVE_TIME = re.compile(
    r"(?:(?<=[在于自从须应请，,。；;：:、])|^)(?:(?:(?![在于自从须应请])[\u4e00-\u9fff]){1,8}?(?:以前|以后|之前|之后|前|后)|提前)"
    r"(?:\d+|[一二两三四五六七八九十半]{1,3})(?:个)?(?:工作日|天|日|周|星期|个月|小时|分钟|年)(?:以内|之内|内)?")


# The day of the event itself or the one after, before the deed done then (当天归还, 次日送达): when a deed is due.
_SAME_DAY = re.compile(r"(?:当天|当日|次日|隔天|隔日|第二天)(?=[\u4e00-\u9fff])")


# A day before the event a notice is about, with the hour by which (须前一天中午12点前登记, 于前一日17:00前预约).
_DAY_BEFORE = re.compile(r"(?:(?<=[在于须应请，,。；;：:、])|^)前(?:一|1|两|2|三|3)(?:天|日)"
                         r"(?:(?:早上|上午|中午|下午|晚上)?\d{1,2}(?:[:：]\d{2}|点半?|时)(?:前|以前)?)?")


# The day of an event a period is counted from (自收到决定之日起60日内, 从发现之日起): a rule's starting day.
# (自死亡的次月起停发: the month after the event, as rules on benefits count it)
_FROM_DAY = re.compile(r"(?<=[自从])[^，,。；;自从]{2,14}?(?:之日|的?次月|的?当月|的?次日|的?次年)(?=起|开始)")


def relative_times(sentence: str) -> list[Span]:
    """Times counted from an event: 开课前5天, 开课后14天内, 提前3天; the day before it (须前一天中午12点前登记);
    the day a period runs from (自收到决定之日起); else the day itself or the next before a deed (借用时须登记，
    当天归还: 当天)."""
    return (matches(_RELATIVE_TIME, sentence) or matches(_DAY_BEFORE, sentence) or matches(_FROM_DAY, sentence)
            or matches(_SAME_DAY, sentence))


def relative_time(text: str) -> bool:
    """Is `text` one time counted from an event (开课前5天)?"""
    return bool(_RELATIVE_TIME.fullmatch(text))


def untils(sentence: str) -> list[Span]:
    """Until-clauses of a sentence: 直至撤点, 到疫情结束为止."""
    return matches(_UNTIL_CLAUSE, sentence)


_RANGE_SEP = r"\s*(?:—{1,2}|–|-|~|～|至|到)\s*"
# A range of days is one date (3月16日—9月30日, 3月16日至30日), never two.
_DATE = re.compile(rf"(?:{_ONE_DATE})(?:{_RANGE_SEP}(?:(?:\d{{4}}年)?\d{{1,2}}月)?\d{{1,2}}[日号])?")
# Clock times and their ranges (8:00, 21:10, 8:00—11:30) and phone numbers are single tokens.
_CLOCK = r"(?<![\d:])(?:[01]?\d|2[0-4])[:：][0-5]\d(?![\d])"
# its end may say its part of the day (早上6:00至晚上22:00: one range, 开放 from one to the other)
_TIME = re.compile(rf"{_CLOCK}(?:{_RANGE_SEP}(?:上午|下午|中午|晚上|早上|早晨|凌晨|傍晚|夜间)?{_CLOCK})?")
_PHONE = re.compile(r"(?<![\d-])(?:[(（]?0\d{1,3}[)）]?[-－ ]?(?:\d{7,8}|\d{3,4}[ -]\d{4})(?:-\d{1,5})?|1[3-9]\d{9}|[48]00-?\d{3}-?\d{4}|[48]00\d-?\d{3}-?\d{3}|[48]00-\d{4}-\d{3}|"
                    r"1[3-9]\d[ -]\d{4}[ -]\d{4}|09\d{2}[ -]?\d{3}[ -]?\d{3}|0[1-9]\d{2}-\d{3}-\d{3}|"  # 139 5717 2268, 0912 345 678, 0800-092-515
                    r"[(（]0\d{1,3}[)）]\d{3,4}-\d{3,4}|"  # (089)345-678: a local number of six digits after its area code
                    r"0\d{2,3}[-－](?:9\d{4}|12\d{3})(?![\d-])|"  # 0752-96777: a city's service line after its area code
                    # a service number of five or six digits after a phone word (供电服务热线：95598, 拨打12345,
                    # a courier's 客服电话：956025, EMS's 11183)
                    r"(?:(?<=热线)|(?<=热线[：:为是])|(?<=电话)|(?<=电话[：:为是])|(?<=拨打))(?:9\d{4,5}|1[12]\d{3})(?![\d-])|"
                    r"\d{3,4}-\d{7,8}|"
                    # a local number without an area code right after its label (電話：2388 6621, WhatsApp：6123 4455)
                    r"(?:(?<=电话)|(?<=电话[：:])|(?<=电话[：:] )|(?<=手机)|(?<=手机[：:])|(?<=手机[：:] )|(?<=WhatsApp)"
                    r"|(?<=WhatsApp[：:])|(?<=WhatsApp[：:] )|(?<=WhatsApp )|(?<=WhatsApp查询[：:])|(?<=WhatsApp查詢[：:])"
                    r"|(?<=致电)|(?<=致電)|(?<=致电 )|(?<=致電 )"
                    r"|(?<=热线[：:])|(?<=热线[：:] )|(?<=熱線[：:])|(?<=专线[：:])|(?<=專線[：:])|(?<=電話[：:])"  # 預約熱線：2418 6392
                    r"|(?<=852)|(?<=852 ))[2-9]\d{2,3}[ -]?\d{4}(?![\d-])|"
                    r"(?:110|112|113|118|119|120|122|123\d\d|165|999)(?![万亿元人个名次件户台辆条只吨米年])|"  # (118: Taiwan's coast guard; 999: Hong Kong's emergency line)
                    # (a short number before a unit is a count, whatever the sentence says: 由120名党员组成的志愿服务队)
                    # an extension after its label, the label said with a suffix or a link too:
                    # 分机8021, 分机号6023, 分机号码：6023, 分机为6023, 内线8021
                    r"(?:(?<=分机)|(?<=分机号)|(?<=分机号码)|(?<=分机[：:为是])|(?<=分机号[：:为是])|(?<=分机号码[：:为是])"
                    r"|(?<=内线)|(?<=内线[：:为是])|(?<=内线电话)|(?<=内线电话[：:为是]))\d{3,6})(?![\d-])")  # 咨询电话：内线8021
# Words after which 一天, 一周, 一小时 is a length of time, not an article (住校生可提前一天返校, 延后一周, 满一年).
_SHIFT_BEFORE = r"(?:提前|提早|推迟|延后|延迟|延长|顺延|早|晚|满|超过|不超过|不少于|至少|最多|最少)$"
_CN_NUMERAL_ONLY = re.compile(rf"^[{_CN_DIGITS}]+$")
# Chinese numerals without a unit are words (一场, 一道), not figures.
_UNIT_RE = re.compile(rf"(?:{_UNITS})")


@dataclass(frozen=True)
class Span:
    text: str
    start: int
    end: int


def matches(pattern: re.Pattern[str], text: str) -> list[Span]:
    """Every match of `pattern` in `text`, as spans."""
    return [Span(m.group(0), m.start(), m.end()) for m in pattern.finditer(text)]


def dates(sentence: str, relative: bool = False) -> list[Span]:
    """Dates and ranges of them (else the ages, seasons and festivals of _AGE), and the days of the
    week a sentence names (周二和周五, 周一至周五: the answer to 星期几) where no date stands. With
    `relative`, a time counted from an event (开课前5天) before a when-clause: for a question that asks
    when, not for figures, whose 3天 of 提前3天 stays a count of days."""
    found = matches(_DATE, sentence) or matches(_LUNAR_DATE, sentence) or era_years(sentence) or matches(_AGE, sentence) \
        or matches(_ORDINAL_TIME, sentence) or (relative and relative_times(sentence)) or when_clauses(sentence)
    found = with_era_years(sentence, found)
    days = [d for d in matches(_DAYS_SAID, sentence) if d.text.startswith(("周", "星期", "礼拜", "週"))
            and not any(d.start < f.end and f.start < d.end for f in found)]  # 1个工作日 stays a figure
    return sorted(found + days, key=lambda d: d.start)


# A day of the lunar calendar, as a notice's holidays are written (春节期间（除夕至正月初三）闭馆，正月初四起
#恢复正常开放; 腊月二十三, 大年初一): 正月, 腊月 or 冬月 with its day, or 大年 with 初X. A bare 初三 is no date (初三学生).
_LUNAR_DATE = re.compile(r"(?:正|腊|冬)月(?:初[一二三四五六七八九十]|二?十[一二三四五六七八九]?|廿[一二三四五六七八九]|三十)"
                         r"|大年(?:初[一二三四五六七八九十]|三十)")


_ERA_YEAR = re.compile(r"^(?:元|[一二三四五六七八九十]{1,4})年$")
_ERA_YEAR_SAID = re.compile(r"[元一二三四五六七八九十]年")  # what every era year (_ERA_YEAR) holds
_ERA_MONTH = re.compile(r"^(?:[一二三四五六七八九十]{1,2}|正|腊)月(?:[一二三四五六七八九十]{1,3}[日号]?)?$")


_DYNASTIES = "夏商周秦汉晋隋唐宋元明清魏蜀吴"


def with_era_years(sentence: str, found: list[Span]) -> list[Span]:
    """Dates with the era years that open them: a year counted in an era right before a calendar date is
    one date with it (民国七十一年7月1日, not 7月1日 alone: 民国几年 asks the year). An era year standing
    apart is left to era_years' own turn (dates() reads it where no calendar date is: 中苏三十年的和平 beside
    8月24日 stays a length of time)."""
    eras = [e for e in era_years(sentence) if not any(e.start < d.end and d.start < e.end for d in found)]
    if not eras:
        return found
    out = []
    for d in found:
        e = next((e for e in eras if e.end == d.start), None)
        out.append(Span(sentence[e.start:d.end], e.start, d.end) if e else d)
    return out


def era_years(sentence: str) -> list[Span]:
    """Years counted in an era or a reign (康熙七年, 贞观十三年, 民国三十八年, 顺治二年四月, with its dynasty
    魏黄初二年, 明洪武元年): a name of two characters (three with a dynasty's first) jieba tags no verb,
    adverb or adjective, then a year in Chinese numerals (not 持续十年)."""
    if not _ERA_YEAR_SAID.search(sentence):
        return []  # no year in Chinese numerals: nothing to tag the sentence for
    words = [(w.word, w.flag) for w in tagged(sentence)]
    out, pos = [], 0
    starts = []
    for word, _ in words:
        starts.append(pos)
        pos += len(word)
    for i in range(len(words) - 1):
        (name, flag), (year, _) = words[i], words[i + 1]
        if not (len(name) == 2 or len(name) == 3 and name[0] in _DYNASTIES) or not all("\u4e00" <= ch <= "\u9fff" for ch in name) \
                or flag[:1] in ("v", "a", "d", "p", "c", "u", "m", "q", "f", "r"):
            continue
        after = i + 2  # the word after the year
        if not _ERA_YEAR.match(year):
            # 民国七十一年7月1日: before digits jieba cuts the numeral from its 年 (七十一 / 年); only a month
            # after it makes it a year of an era (中苏三十年的和平 is a length of time)
            if not (i + 2 < len(words) and words[i + 2][0] == "年" and _ERA_YEAR.match(year + "年")
                    and re.match(r"\d{1,2}月", sentence[starts[i + 2] + 1:])):
                continue
            year, after = year + "年", i + 3
        end = starts[i + 1] + len(year)
        if after < len(words) and _ERA_MONTH.match(words[after][0]):
            end = starts[after] + len(words[after][0])
        out.append(Span(sentence[starts[i]:end], starts[i], end))
    return out


def times(sentence: str) -> list[Span]:
    """Clock times and ranges of them, each one token: 21:10, 8:00—11:30."""
    return matches(_TIME, sentence)


_SHORT_LINE = re.compile(r"11[02389]|12[02]|123\d\d|165|999")  # the short service numbers of _PHONE


def phones(sentence: str) -> list[Span]:
    """Telephone numbers, each one token: 0396-7712345, 13912345678, 12345, （02）2181-2345 (an area code in
    full-width brackets, as a Taiwanese notice writes it)."""
    spans = matches(_PHONE, sentence)
    if not spans and _LINE_NAMED.search(sentence):  # a table's row: 項目：預約電話 · 內容：2476 3851
        spans = matches(_LOCAL_NUMBER, sentence)
    # a hotline's short number counts only next to a word for telephones (not 120人): the emergency
    # numbers and the public-service lines 123xx (12329 公积金, 12333 社保, 12345; not 12329元)
    return [s for s in spans if not _SHORT_LINE.fullmatch(s.text) or re.search(r"电话|热线|拨(?![款付给出])|号码|报警|急救|服务", sentence)]


# A local number of eight digits written in two fours (2476 3851, as Hong Kong writes one), a phone's where the
# line names a phone anywhere (its label in another cell of the row), though not right before it.
_LOCAL_NUMBER = re.compile(r"(?<![\d,.\-])[2-9]\d{3} \d{4}(?![\d,.\-])")
_LINE_NAMED = re.compile(r"电话|電話|热线|熱線|专线|專線|手机|手機|WhatsApp|whatsapp|致电|致電")


_RATIO = re.compile(r"(?<![\d.])\d+\s*[对比:：]\s*\d+(?![\d.:：])")


# A share written as a fraction (三分之一, 四分之三, 百分之二十, 2分之1): one value, a proportion, like
# 10%; its characters are no count (三 of 三分之一 is no 三分, 一 no 一个). unit_of takes it for %.
_FRACTION = re.compile(rf"{_PREFIX}(?:[{_CN_DIGITS}]+|\d+)分之(?:[{_CN_DIGITS}]+|\d+(?:\.\d+)?)(?:左右|以上|以下|强|弱)?")


# A share written in tenths or as a half (退還已繳費用九成, 七成, 两成; 退还半数): one value, a proportion,
# like 90% (unit_of takes it for %). Not a word that only opens with 成 (三成为, 一成不变, 八成新 is a
# thing's state, still a share), nor a numeral that ends a word (完成, 九成宫 is a name: rare, left).
_TENTHS = re.compile(rf"{_PREFIX}(?:[一二两三四五六七八九]|十)成(?![为了功员本绩就年立都人果交长熟型品效分语不是会要])"
                     r"|(?<![过超大多])半数")
# A length of time with a half (每次不少于半天, 半小时内处置到位, 一个半小时, 两个半月): one figure, its unit the
# time word. Not the halves of a calendar (上半年, 下半月, 前半天) nor a half without a unit (半价, 半数).
_HALF_TIME = re.compile(rf"{_PREFIX}(?:[{_CN_DIGITS}]+个|\d+个)?(?:半个?(?:小时|钟头|分钟)|(?<![上下前后多])半个?(?:天|日|月|年|周))"
                        r"(?:以上|以下|左右|以内|之内|内)?")


# A count asked per one of another (一个阿姨带几个宝宝, 一名老师管多少学生): a ratio (1:3) answers it.
_PER_ONE = re.compile(r"(?:一|每)[个名位]\S{1,6}?(?:带|管|照顾|看护?|负责|配)(?:几|多少)")


def is_ratio(value: str) -> bool:
    """1对1, 3比2: it answers 几对几 / 几比几 only, never a count."""
    return bool(_RATIO.fullmatch(value))


# A list item's number opening a sentence (3. 儿童须…, 2、…, 1）…), the number written as \0.
_OUTLINE = re.compile(r"^\s*[(（]?\0(?:[.．、]|[)）])(?!\d)")


def figures(sentence: str) -> list[Span]:
    """Numbers with their units as written: 43个, 45000余元, 近10万元, 不少于100条, 四次, 1.5米以上.

    Dates are not figures; a Chinese numeral needs a unit to count (一场 is a word, 四次 a figure).
    """
    tokens = phones(sentence) + [t for t in times(sentence)]
    tokens = [t for i, t in enumerate(tokens) if not any(o.start <= t.start and t.end <= o.end and o != t
                                                         for o in tokens[:i] + tokens[i + 1:])]
    loose = when_clauses(sentence) + matches(_ORDINAL_TIME, sentence)  # 检测3次之后, 第九年: the figure inside still counts
    taken = [(d.start, d.end) for d in dates(sentence) if d not in loose]
    tokens = [t for t in tokens if not any(t.start < de and t.end > ds for ds, de in taken)]
    taken += [(t.start, t.end) for t in tokens]
    ratios = [Span(r.group(0), r.start(), r.end()) for r in _RATIO.finditer(sentence)
              if not any(r.start() < de and r.end() > ds for ds, de in taken)]
    taken += [(r.start, r.end) for r in ratios]  # 1对1管控, 3比2: one value, no count (see is_ratio)
    shares = [Span(r.group(0), r.start(), r.end()) for r in _FRACTION.finditer(sentence)
              if not any(r.start() < de and r.end() > ds for ds, de in taken)]
    taken += [(r.start, r.end) for r in shares]  # 消灭了帝国三分之一的人口: one share (see _FRACTION)
    tenths = [Span(r.group(0), r.start(), r.end()) for r in _TENTHS.finditer(sentence)
              if not any(r.start() < de and r.end() > ds for ds, de in taken)]
    taken += [(r.start, r.end) for r in tenths]  # 退還已繳費用九成: one share (see _TENTHS)
    halves = [Span(r.group(0), r.start(), r.end()) for r in _HALF_TIME.finditer(sentence)
              if not any(r.start() < de and r.end() > ds for ds, de in taken)]
    taken += [(r.start, r.end) for r in halves]  # 一个半小时: one length, not 一个
    out = list(tokens) + ratios + shares + tenths + halves
    for m in _FIGURE.finditer(sentence):
        s, e = m.start("fig"), m.end("fig")
        if any(s < de and e > ds for ds, de in taken):
            continue
        if sentence[s] == "约" and s and (dictionary_tag(sentence[s - 1:s + 1]) or "").startswith(("v", "a")):
            s += 1  # 爽约3次, 预约5人: the 约 ends a word (爽约), it is no "about" of the figure
        num = m.group("num")
        rest = sentence[m.end("num"):e]
        if _OUTLINE.match(sentence[:s] + "\0" + sentence[m.end("num"):]) and s == m.start("num"):
            continue  # 3. 儿童须…, 2、请勿…: a list item's number counts nothing
        if s == m.start("num") and re.search(r"[A-Za-z]-?$", sentence[:s]):
            continue  # A2驾驶证, KJ-500, PM2.5: the digits of a code or a name count nothing
        if s == m.start("num") and re.search(r"[路街道巷弄]$", sentence[:s]) and sentence[m.end("num"):m.end("num") + 1] == "号":
            continue  # 港城大道122号: a house's number in an address counts nothing
        if s == m.start("num") and re.search(r"(?:^|[\s（(])(?:附注|备注|注)$", sentence[:s]) and re.match(r"\s*[：:]", sentence[e:]):
            continue  # 注8：门店地址…: a note's number counts nothing
        if re.fullmatch(r"(?:19|20)\d\d", num) and re.match(r"[届级]", rest) and s == m.start("num"):
            continue  # 2027届本科毕业生: a year's cohort, no count of anything
        if s == m.start("num") and ordinal_at(sentence, s) and re.match(r"[条章款项节]", sentence[m.end("num"):m.end("num") + 1]):
            continue  # 第五条: a regulation's article number counts nothing (第二位, 第8名 answer 第几)
        if _CN_NUMERAL_ONLY.match(num):
            if not _UNIT_RE.search(rest) or num in ("万", "亿", "百", "千"):
                continue
            if num in ("一",) and not rest.startswith(("次", "人", "名", "处", "个")) and not (
                    rest[:1] in "层楼" and re.search(r"(?:位于|在|设于)[\u4e00-\u9fff]{0,4}$", sentence[:s])) and not (
                    re.fullmatch(r"年|周|星期|天|日|小时", rest) and (re.match(r"(?:以内|之内|内)", sentence[e:])
                                                               or re.search(_SHIFT_BEFORE, sentence[:s]))):
                continue  # 一道, 一份: articles, not counts; but 一年内有效 is a length of time
            if num in ("一",) and re.search(r"(?:没有|没|无|未有|并无|不曾有)$", sentence[:s]):
                continue  # 没有一人感染: none, not one
            if sentence[e:e + 1] == "性":
                continue  # 一次性, 一次性付清: once and for all, an adjective, not a count of times
            if num + rest[:1] == "四周" and not rest.startswith("周岁"):
                continue  # 四周距墙壁: around, not four weeks
        out.append(Span(sentence[s:e], s, e))
    return sorted(out, key=lambda f: f.start)


_ARTICLE_NUMBER = re.compile(r"^\s*(第[一二三四五六七八九十百零〇\d]+[条章款])")


def article_number(sentence: str) -> Span | None:
    """The article number a sentence opens with (第十二条 租车期间…), or None."""
    m = _ARTICLE_NUMBER.match(sentence)
    return Span(m.group(1), m.start(1), m.end(1)) if m else None


def ordinal_at(sentence: str, start: int) -> bool:
    """Does the number at `start` follow 第 (第五条, 第3名: which one, not how many)?"""
    return sentence[max(0, start - 1):start] == "第"


_ORDINAL = re.compile(rf"第[{_CN_DIGITS}]+(?![{_CN_DIGITS}\d条章款])|第\d+(?![\d条章款])")


def ordinals(sentence: str) -> list[Span]:
    """Ordinals written with 第 (第五, 第6, 第一类), the answer to 第几 where no unit follows to make them figures
    (排行全美第五); never an article's number (第五条)."""
    return matches(_ORDINAL, sentence)


def one_counted(sentence: str, measure: str | None) -> list[Span]:
    """一 with the very measure word asked (只能租用一辆自行车 for 几辆): one is a count when that
    measure is asked, though 一辆 is no figure of its own (figures: 一道, 一份 are articles)."""
    if not measure or measure == "个" or unit_class(measure) != "count":
        return []
    return [Span(m.group(0), m.start(), m.end()) for m in re.finditer("一" + re.escape(measure), sentence)
            if not ordinal_at(sentence, m.start()) and sentence[m.start() - 1:m.start()] not in _CN_DIGITS]


# Numerals each with a one-character noun, run together (两荤一素一汤, 三菜一汤, 两室一厅)
_LISTED = re.compile(r"(?<![零〇一二两三四五六七八九十百千万亿\d])(?:[一二两三四五六七八九十][\u4e00-\u9fff]){2,}")


def listed_counts(sentence: str, measure: str | None) -> list[Span]:
    """Counts of kinds written numeral by numeral with no measure word (午餐为两荤一素一汤 for 有几个菜):
    a count when none or 个 is the measure asked. Not a run of 一 alone (一户一档 is a slogan), one
    with a numeral or a unit for its noun (三十个), nor an idiom jieba knows whole (三令五申, 五湖四海)."""
    if measure not in (None, "个"):
        return []
    from wenda.index.query import _posseg

    out = []
    for m in _LISTED.finditer(sentence):
        text, nouns = m.group(0), m.group(0)[1::2]
        if (set(text[::2]) != {"一"} and all(ch not in _CN_DIGITS and unit_at(ch) is None for ch in nouns)
                and all(len(w.word) <= 2 for w in _posseg().lcut(text))):
            out.append(Span(text, m.start(), m.end()))
    return out


def unit_at(text: str) -> str | None:
    """The unit or measure word `text` starts with (处体温监测点 → 处), or None."""
    m = _UNIT_RE.match(text)
    return m.group(0) if m else None


def unit_of(fig: str) -> str:
    if _FRACTION.fullmatch(fig) or _TENTHS.fullmatch(fig):
        return "%"  # 三分之一 is a share, as 33%; 九成 as 90%, 半数 as 50%
    if _HALF_TIME.fullmatch(fig):  # 一个半小时, 两个半月: the time word after 半
        return re.search(r"半个?(小时|钟头|分钟|天|日|月|年|周)", fig).group(1)
    cur = re.match(rf"{_PREFIX}({_CURRENCY})(?=\d)", fig)
    if cur:  # HK$2,680: the currency's unit, written before the sum
        sign = cur.group(1).strip()
        return _CURRENCY_UNIT.get(sign.rstrip("$"), _CURRENCY_UNIT.get(sign, "元"))
    rest = re.sub(rf"^{_PREFIX}{_NUM}", "", fig)
    m = _UNIT_RE.search(rest)
    if m and m.group(0) in ("万", "亿"):  # 4万亩, 3万余人, 4万多元: the unit after the order of magnitude
        after = _UNIT_RE.match(re.sub(r"^(?:余|多)", "", rest[m.end():]))
        if after:
            return after.group(0)
    return m.group(0) if m else ""


_UNIT_CLASSES = {
    "person": ("人次", "人", "名", "位"),
    "money": ("元", "钱", "港币", "美金", "英镑"),
    "time": ("小时", "钟头", "分钟", "秒", "天", "日", "周", "个星期", "星期", "个礼拜", "礼拜", "个月", "月", "年", "岁", "周岁"),
    "volume": ("立方米", "加仑", "升", "毫升"),
    "length": ("公里", "千米", "厘米", "毫米", "公尺", "米", "公分", "英尺", "呎", "英寸", "英里", "km", "cm", "mm"),
    "size": ("寸", "吋"),  # a wheel's, a screen's, a cake's size (20寸): a diameter, never a height or a distance
    "weight": ("公斤", "千克", "毫克", "克", "吨", "斤", "kg", "磅", "盎司"),
    "area": ("平方米", "平方公里", "平米", "平方", "㎡", "亩", "平方尺", "平方英尺", "平方呎", "公顷", "坪"),  # 坪: Taiwan's, of floors; 呎: Hong Kong's foot
    "power": ("W", "瓦"),
    "energy": ("千卡", "大卡", "卡路里", "千焦", "kcal", "kJ"),  # of food (一杯奶茶多少大卡)
    "voltage": ("V", "伏"),
    "loudness": ("分贝", "dB"),
    "percent": ("%", "％"),
    "points": ("分", "学分"),  # a score (总分60分, 每项15分); 分钟 is time, 分贝 loudness, 分钱 money
    "data": ("GB", "MB", "KB", "TB"),
    "speed": ("bps", "km/h", "公里/小时", "千米/小时", "米/秒"),
}


# The labour's fee as an asker says it (工钱, 工费), and as price lists write the fee of the work done.
_LABOUR_ASKED = frozenset({"工钱", "工费", "手工费", "手工钱", "人工钱"})
_LABOUR_SAID = re.compile(r"人工费|工时费|手工费|安装费|工费|工钱|劳务费")


def labour_said(word: str, text: str) -> bool:
    """Is `word` the asker's word for the fee of the work (换个水龙头收多少工钱) and does `text` say that fee in its
    own words («仅收安装费», 人工费, 工时费)?"""
    return word in _LABOUR_ASKED and _LABOUR_SAID.search(text) is not None


def person_stem_said(word: str, text: str) -> bool:
    """Does `text` say a word for people or households by its condition and another word for them (低保户: «城市低保家庭»,
    or a list of conditions, «低保、特困供养老年人»)? Notices name the record by the condition, the asker by the
    person; the condition followed by another (低保边缘家庭) is another record."""
    return len(word) >= 3 and word[-1] in "户者人员家" and word not in text \
        and re.search(re.escape(word[:-1]) + r"(?:家庭|户|人员|人|者|家|、)", text) is not None


# The last words of a body's name (市商务局, 服务中心, 绿源公司) that a place's or a body's name ends with, no person's; the
# answerer's and the decision's tables of name heads add their own (院, 店 of a place; 省, 村 of an administration).
BODY_HEADS = ("中心", "公司", "局", "厅", "馆", "站", "所", "处")
# The heads of a producing or serving body's name beside them (桐川青山苗木集团, 花木专业合作社, 县人民医院).
ENTERPRISE_HEADS = ("集团", "企业", "合作社", "农场", "基地", "工厂", "厂", "协会", "学校", "医院", "商会")
# The person in charge asked by the general word (负责人, 领导) is named by the post of a body's head (理事长覃秀英,
# 站长, 园长): the general word is what every head is.
IN_CHARGE = frozenset({"负责人", "领导", "主事人", "带头人"})
HEAD_POST = re.compile(r"理事长|董事长|总经理|经理|社长|站长|园长|场长|馆长|院长|校长|所长|主任|会长|店长|队长|书记|厂长|行长")


@lru_cache(maxsize=1024)
def unit_class(unit: str) -> str:
    """What a unit measures: person, money, time, length, weight, area, percent, or count (个, 处, 辆 …)."""
    ends = [(len(u), name) for name, units in _UNIT_CLASSES.items() for u in units if unit.endswith(u)]
    return max(ends)[1] if ends else "count"  # the longest ending: 平方米 is an area, not a length of 米


def is_unit(word: str) -> bool:
    """Is `word` a unit of measure (公里, 平方米, 小时), not a word that only ends as one (家里, 年票)?"""
    return any(word in units for units in _UNIT_CLASSES.values())


# Measure words that name the same kind of thing (多少户 is answered by 家, 多少名 by 人).
_SAME_MEASURE = ({"人", "名", "位", "人次"}, {"户", "家"}, {"天", "日", "工作日", "个工作日", "工作天", "个工作天"}, {"个月", "月"}, {"岁", "周岁"},
                 {"公斤", "千克", "kg"}, {"斤", "台斤", "市斤"}, {"克", "公克", "g"}, {"厘米", "公分", "cm"}, {"米", "公尺", "m"}, {"平方米", "平米", "平方", "㎡"}, {"平方尺", "平方呎", "平方英尺"}, {"英尺", "呎"}, {"英寸", "寸", "吋"}, {"公里", "千米", "km"}, {"分贝", "dB"}, {"W", "瓦"}, {"V", "伏"}, {"千卡", "大卡", "kcal"},
                 {"次", "回", "场", "轮", "趟"}, {"种", "个品种", "品种"}, {"元", "钱", "块"}, {"港元", "港币"}, {"美元", "美金"}, {"顿", "餐"}, {"小时", "个小时", "钟头", "个钟头"}, {"折", "%", "％"},
                 {"棵", "株"}, {"栋", "幢"}, {"套", "组", "副"}, {"张", "页", "面"}, {"瓶", "罐", "支", "管"},  # trees and plants; buildings; sets of things;
                 # sheets; containers of a cream or a drink
                 {"学时", "个学时", "课时", "个课时", "节", "堂"}, {"学分", "个学分"},  # hours of teaching (一节课: 每课时, 每堂); credits
                 {"度", "℃", "摄氏度", "°C"},  # degrees (of warmth; 多少度 is also said of power, a count)
                 {"度", "千瓦时", "kWh", "千瓦·时"},  # and of electricity: 发了多少度电, «发电量2.38亿千瓦时»
                 {"根", "基"},  # poles (电杆36基 for 多少根电杆)
                 {"朵", "枝"},  # flowers (33朵玫瑰: «规格：33枝»)
                 {"楼", "层"},  # floors (在几楼: 位于主馆二层)
                 {"本", "册"},  # books (借几本: 可借图书5册)
                 {"台", "部"},  # machines (几台洗衣机: 工業洗衣機8部, Hong Kong's and Taiwan's measure)
                 {"座", "穴"},  # graves (迁一座坟: «坟墓迁移每穴3000元»)
                 {"家", "个"})  # firms, farms and shops, which a report counts with 个 too (几家大场: «规模养殖场187个»)
# Measures an asker may say for a figure the document counts in another (asked, given): cars counted
# 几台 in speech (停车场能停多少台车: 可停小客车30辆); a document's 160台 stays no count of 辆.
_ASKED_FOR = {("台", "辆"),
              # animals counted 几只 in speech (Cantonese 幾多隻馬 counts every animal so): 馬匹26匹, 生猪300头
              ("只", "匹"), ("只", "头"),
              # vehicles counted 几架 in Cantonese (幾多架車: «可泊15部私家車»)
              ("架", "部"), ("架", "辆"), ("架", "台"),
              # long thin things (睫毛, 头发, 线) counted 几条 in speech (Cantonese 幾多條睫毛: «濃密款種睫毛（120根）»)
              ("条", "根"),
              # a capacity (query.SEATS: 能坐多少人, 多少个座位) is said in seats (600座, 座位80个) or in people (可容纳300人)
              *(("座位", unit) for unit in ("座", "座位", "个", "席", "人", "名", "位"))}


def same_measures(unit: str) -> set[str]:
    """The measure words that name the same measure as `unit` (小时: 个小时, 钟头, 个钟头)."""
    return {u for group in _SAME_MEASURE if unit in group for u in group}


def same_measure(unit: str, measure: str) -> bool:
    return unit == measure or any(unit in group and measure in group for group in _SAME_MEASURE) \
        or (measure, unit) in _ASKED_FOR


# Measure words that count groups or containers of things (箱, 批, 套): another classifier's count
# (10000只 口罩) says nothing about how many boxes or sets there were.
COLLECTIVE = frozenset("箱瓶袋盒包桶批套组队双对捆打")


def collective_mismatch(unit: str, measure: str) -> bool:
    """多少箱口罩 is not answered by 10000只, 多少只 not by 3箱: a group and a single thing differ."""
    return bool(unit) and unit != measure and (unit in COLLECTIVE or measure in COLLECTIVE)


def unit_fit(figure: str, measure: str | None) -> float | None:
    """How well `figure` answers a question asked in `measure` (多少人 → 人): 0 best, None not at all.

    The same unit: 0. A figure written without a unit, the general classifier 个 for any
    count or people, or another classifier of counted things (多少条横幅 → 102幅): 1.
    Another kind of quantity (多少人 → 24小时): None.
    """
    if not measure:
        return 0.0
    if (_PHONE.fullmatch(figure) and len(re.sub(r"\D", "", figure)) >= 7) or _TIME.fullmatch(figure):
        return None  # a phone number or a clock time counts nothing (多少张床位); a bare 120 may be a count
    unit = unit_of(figure)
    if measure == "个" and unit_class(unit) == "time":
        return None  # 一个阿姨带几个宝宝: not «6至12个月», a length of time whatever its 个
    if unit and measure.endswith("人次") and not unit.endswith("人次") and unit_class(unit) == "person":
        return None  # 服务了多少人次: not «签约超过1600人», people counted once (多少人 may be said of 人次: footfall)
    if measure in unit and unit:
        return 0.0
    if not unit or unit in ("万", "亿"):  # a bare number may be the count asked for, but less surely than
        return None if foreign(measure) else 1.0  # 204人; never a sum in 美元 (a document counts in 元)
    fig_class, q_class = unit_class(unit), unit_class(measure)
    if collective_mismatch(unit, measure):
        return None
    if (unit in KIND_UNITS) != (measure in KIND_UNITS) and measure != "个":
        return None  # 几张桌子: not «600款桌游», a count of kinds; 多少种: not 30台
    if measure == "个" and fig_class in ("count", "person"):
        return 1.0
    if same_measure(unit, measure):
        return 0.0
    if fig_class == q_class and not (foreign(unit) or foreign(measure)):
        return 1.0
    return None  # 多少美元 is not answered by 300元, 多少英尺 not by 1.8米: another currency or system


# Classifiers that count kinds (款, 种, 类, 样, 品种), not things: no answer to a count of things in another
# classifier (几张桌子), nor a count of things to 多少种.
KIND_UNITS = ("款", "种", "类", "样", "品种", "个品种")


# Units of another currency or measuring system than the one a Chinese document counts in by default.
FOREIGN_UNITS = ("美元", "美金", "欧元", "英镑", "日元", "港元", "港币", "英尺", "英寸", "英里", "磅", "盎司", "加仑", "平方尺", "平方英尺", "呎", "平方呎")


def foreign(unit: str) -> bool:
    return any(unit.endswith(u) for u in FOREIGN_UNITS)


def measure_agrees(figure: str, measure: str | None) -> bool:
    """Stricter than unit_fit: two classifiers of counted things must be the same (or synonyms):
    9个 does not answer 多少户, 160台 not 多少辆; 万元 still answers 多少元, a bare 43 any count."""
    fit = unit_fit(figure, measure)
    if fit is None:
        return False
    if not measure or measure == "个":
        return True
    unit = unit_of(figure)
    if not unit or unit in ("万", "亿") or measure in unit or same_measure(unit, measure):
        return True
    if unit_class(unit) == unit_class(measure) in ("time", "length", "weight", "area"):
        # 几天 is not answered by 20年, nor 几个小时 by 30分钟: another measure of time; nor 多少米 by
        # 38公里, 多少厘米 by 1.5米, 几斤 by 5公斤: the asker named the unit, the document counts in another
        return False
    return unit_class(unit) not in ("count", "person")


# A character that, right before a word, names another member than the word alone: 副主任医师 is not
# 主任医师, 非会员 not 会员, 不合格 not 合格.
MEMBER_PREFIXES = "副非不未无准"


def keyword_positions(sentence: str, keywords: list[str]) -> list[tuple[int, int]]:
    """Where each keyword stands in the sentence. Of a keyword said both bare and after a
    MEMBER_PREFIXES character, only the bare places count (主任医师挂号费多少 in «副主任医师号25元，
    主任医师号40元»: the figure near 主任医师, not the one near 副主任医师)."""
    found: dict[str, list[tuple[int, int]]] = {}
    for kw in keywords:
        places = found.setdefault(kw, [])
        start = sentence.find(kw)
        while start >= 0:
            places.append((start, start + len(kw)))
            start = sentence.find(kw, start + 1)
    # a place is prefixed when a MEMBER_PREFIXES character stands right before it, or a prefixed
    # keyword ends where it starts (副主任技师 with keywords 主任 and 技师: both)
    marked: set[tuple[int, int]] = set()
    for s, e in sorted({p for places in found.values() for p in places}):
        if s and (sentence[s - 1] in MEMBER_PREFIXES or any(pe == s for _, pe in marked)):
            marked.add((s, e))
    spans = []
    for kw, places in found.items():
        if len(places) > 1 and kw[0] not in MEMBER_PREFIXES:
            places = [p for p in places if p not in marked] or places
        spans += places
    return spans


def distance(span: Span, marks: list[tuple[int, int]], sentence: str) -> float:
    """Characters between a span and the nearest keyword, a clause boundary costing extra.

    A keyword just before the figure ("设置卡点21个") is the usual Chinese order,
    so a keyword after the span costs a little more.
    """
    if not marks:
        return 1e6
    best = 1e6
    for ks, ke in marks:
        if ke <= span.start:
            gap = span.start - ke
            between = sentence[ke:span.start]
        elif ks >= span.end:
            gap = (ks - span.end) * 1.5 + 1
            between = sentence[span.end:ks]
        else:
            gap = 0
            between = ""
        gap += 12 * sum(between.count(c) for c in ",，;；。") + 6 * between.count("、")
        best = min(best, gap)
    return best


_CLOCK_CN = re.compile(
    rf"(?:(?:凌晨|早上|早晨|上午|中午|下午|傍晚|晚上|夜里|夜间|晚)\s*)?"
    rf"(?<![\d{_CN_DIGITS}])(?<!餐)(?:\d{{1,2}}|[一二两三四五六七八九十]{{1,3}})\s*[点时](?![间候期代钟])"  # 三餐两点: snacks, no time
    rf"(?:\s*(?:\d{{1,2}}|[一二三四五六七八九十]{{1,3}})分|半|整|钟)?")


# A value said as the start or as the end of what it dates, by the word right after it (5月1日开放,
# 10月7日结束): outside a range, the one end a question asks (漂流什么时候结束) is the value said as it.
_STARTS_AFTER = re.compile(r"\s*(?:起|开始|开放|开通|开园|开馆|开门|开业|启用)")
_ENDS_AFTER = re.compile(r"\s*(?:止|结束|截止|为止|关闭|闭园|闭馆|关门|停业|停止)")


def range_ends(sentence: str, values: list[Span], end: int) -> list[Span]:
    """The asked end (0 the start, 1 the end) of each range among `values` (times or dates of
    `sentence`): a range written as one value (8:00—20:00, 3月10日至3月31日) is cut at its separator;
    two values joined by one (6:00至隔日0:00) give the first or the second. Others stay as they are."""
    out: list[Span] = []
    skip: set[int] = set()
    for i, v in enumerate(values):
        if i in skip:
            continue
        m = _JOIN.search(v.text) if is_range(v.text) else None
        if m:  # the end without its part of the day (至晚上22:00: 22:00)
            part = (v.start, v.start + m.start()) if end == 0 else (v.start + m.end(), v.end)
            out.append(Span(sentence[part[0]:part[1]], *part))
            continue
        nxt = values[i + 1] if i + 1 < len(values) else None
        if nxt is not None and _JOIN.fullmatch(sentence[v.end:nxt.start]):
            out.append(v if end == 0 else nxt)
            skip.add(i + 1)
            continue
        if end == 0 and not _STARTS_AFTER.match(sentence, v.end) and (  # 提前至5:30开始运营: the start moved
                re.search(r"(?:至|到)(?:隔日|次日|翌日|第二天)?\s*$", sentence[:v.start]) or _ENDS_AFTER.match(sentence, v.end)):
            continue  # 延长营运至隔日2:00, 10月7日结束: an end, not the start asked
        if end == 1 and _STARTS_AFTER.match(sentence, v.end):
            continue  # 8:00起, 5月1日开放: a start, not the end asked
        out.append(v)
    return out


def ranged(sentence: str, values: list[Span]) -> list[bool]:
    """For each value of `sentence`, is it a range (8:00—11:30) or one end of two joined as one
    (康熙年间 of 康熙年间至乾隆年间)?"""
    joined = [bool(_JOIN.fullmatch(sentence[a.end:b.start])) for a, b in zip(values, values[1:])]
    return [is_range(v.text) or (i > 0 and joined[i - 1]) or (i < len(joined) and joined[i])
            for i, v in enumerate(values)]


def is_range(value: str) -> bool:
    """Is a clock time or a date a range of two (8:00—11:30, 3月16日至30日, 上午8时至晚上10时)?"""
    return len(re.findall(r"\d{1,2}[:：]\d{2}", value)) >= 2 or bool(re.search(r"[日号]" + _RANGE_SEP + r"\S", value)) \
        or len(_CLOCK_CN.findall(value)) >= 2  # 上午8时至晚上10时


def clock_times(sentence: str) -> list[Span]:
    """Times of day: 21:30, 8:00—11:30, 上午九点, 晚上10点半, 21时10分; two joined by a range's
    separator and a part of the day are one range (早上6:00至晚上22:00, 8:30至下午17:30)."""
    out = times(sentence)
    for m in _CLOCK_CN.finditer(sentence):
        if not any(m.start() < t.end and m.end() > t.start for t in out):
            out.append(Span(m.group(0), m.start(), m.end()))
    return joined_ranges(sentence, sorted(out, key=lambda t: t.start))


# Words between a range's separator and its end that say which day or part of it (至晚上22:00, 至隔日0:00);
# two values joined by them are the ends of one range (6:00至隔日0:00, 康熙年间至乾隆年间).
_RANGE_END_DAY = r"(?:隔日|次日|翌日|第二天|当日|凌晨|早上|早晨|上午|中午|下午|傍晚|晚上|夜里|夜间)"  # a range's end's day or part of it
_JOIN = re.compile(rf"{_RANGE_SEP}{_RANGE_END_DAY}?\s*")


def _merged(sentence: str, spans: list[Span], gap: re.Pattern[str], ranges: bool = True) -> list[Span]:
    """`spans` with each two next to each other made one span where all the sentence says between them is
    `gap`; `ranges=False`: never a range (is_range) with another."""
    out: list[Span] = []
    for sp in spans:
        prev = out[-1] if out else None
        if prev is not None and (ranges or not (is_range(prev.text) or is_range(sp.text))) \
                and gap.fullmatch(sentence[prev.end:sp.start]):
            out[-1] = Span(sentence[prev.start:sp.end], prev.start, sp.end)
        else:
            out.append(sp)
    return out


_LIST_GAP = re.compile(r"\s*(?:、|和|及|与|以及)\s*")  # what stands between the items of a list


def listed(sentence: str, spans: list[Span]) -> list[Span]:
    """Values of one deed a sentence lists side by side (每天上午10时、下午2时各有1场导览; 10:00和14:30各一场) made one
    span: the answer is the list, not the one nearest the question's words."""
    return _merged(sentence, spans, _LIST_GAP)


def joined_ranges(sentence: str, spans: list[Span]) -> list[Span]:
    """Clock times with each two written as the ends of one range (8:30至下午17:30, 上午8时至晚上10时, 下午3点到5点)
    made one span."""
    return _merged(sentence, spans, _JOIN, ranges=False)


# A sum asked as a cut (学费能减多少, 便宜多少, 降多少) or a surcharge (多收多少): a document may give it as a share
# (减免30%, 打八折, 原价加收50%)
# (a refund asked is a cut of the sum paid: 开课前退费能退多少 is answered by 九成, 退还80%)
CUT_ASKED = re.compile(r"(?:减|降|便宜|优惠|少收|打|退还?|返还?|扣除?)[了掉回]?(?:多少|几)"
                        r"|(?:多收|加收|多交|多付|另收|贵)[了出]?(?:多少|几)"  # a surcharge too: 加急要多收多少 (原价加收50%)
                        r"|(?:财政|政府|国家|单位|公司|保险|医保)(?:出|承担|负担|补贴|报销|给)[了]?(?:多少|几)")  # a payer's part
                        # of a sum: 保费财政出多少 (由县财政承担80%)


# A sum counted in a length of pay or rent (赔偿一个月租金, 扣半个月工资): a penalty in so many months' money.
_TIME_OF_SUM = re.compile(r"的?(?:租金|房租|工资|薪水|薪资|月薪|费用|管理费|服务费|会费)")


def fits_kind(figure: str, kind: str | None, question: str = "") -> bool:
    """Does a figure have the kind of value asked: money in 元/万元 (or a share, for a cut asked: 减多少
    by 减免30%), an age in 岁 (or a bare number)."""
    if kind == "money":
        unit = unit_of(figure)
        return unit_class(unit) == "money" or (unit in ("%", "％", "折", "成") and bool(CUT_ASKED.search(question)))
    if kind == "age":
        return unit_of(figure) in ("岁", "周岁") or (not unit_of(figure) and not re.search(r"\d[:：]\d{2}", figure))  # not 9:00至17:00
    if kind == "penalty":  # 赔多少: a sum, a multiple, a share (800元, 2倍, 30%); not 超过24小时, 3人
        return unit_class(unit_of(figure)) not in ("time", "person") and not _TIME.fullmatch(figure)
    if kind == "duration":  # 多长时间: 30天, 2小时; never a clock time
        return unit_class(unit_of(figure)) == "time" and not _TIME.fullmatch(figure) and unit_of(figure) not in ("岁", "周岁")
    if kind == "size":  # 有多大: 15平方米, 8万千伏安; not 80块 (pieces), 20人, 300元, 2小时, 50%
        unit = unit_of(figure)
        return bool(unit) and unit_class(unit) not in ("person", "money", "time", "percent") \
            and not (unit_class(unit) == "count" and len(unit) == 1)
    if kind in _KIND_CLASSES:  # 有多重: 8.5公斤; 多远: 30厘米 or 步行5分钟; 多深: 1.8米
        return unit_class(unit_of(figure)) in _KIND_CLASSES[kind] and not _TIME.fullmatch(figure)
    return True


_KIND_CLASSES = {"weight": ("weight",), "distance": ("length", "time"), "length": ("length",), "speed": ("speed",)}
_SPEED_WORD = re.compile(r"(?:时速|车速|速度|限速)[^，,。；;\d]{0,8}$")  # (车速不得超过每小时40公里)


_OF_SUM = re.compile(r"(?:费用|价格|总价|票价|房价|原价|售价|租金|金额|总额|[\u4e00-\u9fff]{1,3}费)的$")  # not 退还订金的50%: a
# refund's share (装裱费的50%作定金: any fee's)


def share_of_sum(sentence: str, f: Span) -> bool:
    """Is a percentage a sum of money by the sum it is a share of (订金为营位费用的50%: 订金要付多少)?"""
    before = sentence[max(0, f.start - 8):f.start]
    return unit_of(f.text) in ("%", "％", "成") and "退" not in before \
        and bool(_OF_SUM.search(before) or _PRICE_CELL.search(before) or _UNIT_OF_SUM.search(sentence))


# A price cell or label that gives a share (工程管理费 · 价格：5%): the price is that share of another sum.
_PRICE_CELL = re.compile(r"(?:价格|价钱|收费|收费标准|费率|费用)[：:]\s*$")


# A table row's unit column that says its share is one of a sum (服务费 · 价格：10% · 计价单位：按酒席总价).
_UNIT_OF_SUM = re.compile(r"(?:单位|计价|计费)[^：:·]{0,2}[：:]\s*按[^·，,；;。]{0,8}(?:价|费|额|金)")


_PAYING_BEFORE = re.compile(r"(交|付|缴|支付|预付)(?:纳|清)?(?:[\u4e00-\u9fff]{1,2}款)?$")  # 预付首期款30%


def share_paid(sentence: str, f: Span, question: str) -> bool:
    """Is a percentage the share of a sum paid by the deed the question asks (报名时先交60% for 报名时先交多少学费;
    not 退还定金的50% for 交多少定金)?"""
    m = _PAYING_BEFORE.search(sentence[max(0, f.start - 7):f.start])
    return unit_of(f.text) in ("%", "％", "成") and m is not None and m.group(1)[-1] in question  # 预付: 先付


def price_share(sentence: str, f: Span, question: str, keywords, row: bool = False) -> bool:
    """Is a percentage the price or payment asked, a share of another sum (share_of_sum, share_paid: 管理费收多少:
    «价格：5%»; 水电验收完要付多少钱: «水电验收合格后付30%»), of what its own piece names by a keyword (季票多少钱 is not
    «逾期…按当季租金的千分之五支付滞纳金»)? A table row's cells are one record: its piece need name nothing."""
    return (share_of_sum(sentence, f) or share_paid(sentence, f, question)) \
        and (row or any((len(k) >= 2 or k in "扣罚赔退减") and k in piece_of(sentence, f) for k in keywords))  # (扣多少钱:
    # «扣发当月岗位补贴的20%», the deed of the sum the piece says)


def speed_said(sentence: str, f: Span) -> bool:
    """Is a length a speed by the word before it (时速不得超过15公里: 15公里 an hour)?"""
    return unit_class(unit_of(f.text)) == "length" and bool(_SPEED_WORD.search(sentence[:f.start]))


_CODE = re.compile(r"(?<![A-Za-z0-9])[A-Za-z]{1,5}-?\d[A-Za-z0-9-]*(?![A-Za-z0-9])")


# A bus or metro route's name: a number with the letters or the word that name its kind of service
# (K15路, 夜3路, 旅游1路, 2号线, 地铁2号线), never the 路 of a street (文三路) or a 路口.
_ROUTE = re.compile(r"(?:[A-Za-z]{1,2}|夜|旅游|快速|高峰|区间|专线|机场|社区|微|支|观光|地铁)?\d{1,4}(?:路(?![口段])|号线)")


def routes(sentence: str) -> list[Span]:
    """The bus and metro routes a sentence names (K15路, 旅游1路, 地铁2号线)."""
    return matches(_ROUTE, sentence)


def codes(sentence: str) -> list[Span]:
    """The codes of letters and digits a sentence writes (编号L5, G11, KJ-500), each whole, and the numbers of
    official documents (江发改价格〔2028〕15号, 桐政办发〔2019〕17号: a 文号)."""
    return sorted(matches(_CODE, sentence) + matches(_DOC_NUMBER, sentence), key=lambda s: s.start)


def web_addresses(sentence: str) -> list[Span]:
    """The web addresses (zc.hjrsj.gov.cn, https://www.example.com/a) and e-mail addresses a sentence writes."""
    return sorted(matches(_EMAIL, sentence) + [s for s in matches(_URL, sentence)
                                               if not any(e.start <= s.start < e.end for e in matches(_EMAIL, sentence))],
                  key=lambda s: s.start)


_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
_URL = re.compile(r"(?:https?://)?(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,}(?::\d+)?(?:/[A-Za-z0-9._~%/?#=&+-]*)?")


# An official document's number: the issuer's short name, the year in brackets, the serial (桐政办发〔2019〕17号).
_DOC_NUMBER = re.compile(r"[\u4e00-\u9fff]{1,12}[〔［\[]\d{4}[〕］\]]\s*\d{1,4}\s*号")


# A price said with no sum that needs none: free or half (65周岁以上老人半价, 儿童免票). Not a discount (季卡享受
# 八折优惠): what it costs is a sum the asker still lacks, said elsewhere (季卡 980元).
_RELATIVE_PRICE = re.compile(r"免费|免票|免收[\u4e00-\u9fff]{0,4}|全免|半价|减半收取|减半|不收费"
                             r"|不(?:收取|收|另收)[\u4e00-\u9fff]{0,6}?费|免交[\u4e00-\u9fff]{0,4}?费"  # 不收取报名费和考试费
                             r"|(?:原价|全价)?(?:加收|另收|另加)\d+(?:\.\d+)?[%％]")  # 原价加收50%: a surcharge as a share
# A question of what one pays (票价, 多少钱, 收费), not of what one earns (工资有多少).
PRICE_ASKED = re.compile(r"票|价|费|多少钱|几块钱|收钱|要钱|花多少")
# Words by which a line says what a thing costs, or that it costs nothing (免费, 收费, 30元, 半价, 八折).
PRICE_SAID = re.compile(r"免费|免收|免票|免交|不收|收费|收取|加收|另收|[\d.,]+元|(?:HK|US|NT|MOP)?\$\s?\d|半价|优惠|原价|全价|[一二三四五六七八九\d]折")
# The deed of paying, asked whether one must (要花钱吗, 收不收钱): a line that says a price rules on it.
MONEY_DEED = re.compile(r"(?:要|收|花|交|付|掏|给|扣)钱|收费|付费|交费|缴费|扣费")  # (取消要扣钱吗: «…取消，免费»)
# Paying said as a deed of its own (须在48小时内缴费, 缴清全部费用, 付款): the deed of paying asked, in any words.
PAYING_SAID = re.compile(r"缴费|交费|付费|付款|缴款|交款|[缴交付]清|支付")
# Paying more, asked whether one must (要加钱吗, 另外收钱吗): only a line that says a surcharge, or none, rules on it.
SURCHARGE_DEED = re.compile(r"(?:加|另)钱|加价|另收费|额外收费")
SURCHARGE_SAID = re.compile(r"加收|另收|另加|加价|另计|另付|额外|不另|不加|免费"
                            rf"|加\s*(?:{_CURRENCY})?\d")  # 换燕麦奶加NT$20, 加10元: a sum added


# No limit set on what is asked (当天不限时, 不限次数, 不限里程, 无上限): the answer to how long or how many.
_UNLIMITED = re.compile(r"不限(?:时长|时间|时|次数|次|里程|量|人数)?|无限制|无上限|不设上限")


def unlimited(sentence: str) -> list[Span]:
    """The places a sentence says no limit is set (不限时, 不限次数, 不限里程), as spans: what a question of
    how long or how many (单次票能待多久, 每天限多少公里) is answered by where it gives no figure."""
    return matches(_UNLIMITED, sentence)


# A period a rate is counted per (一个星期能约几次, 每周最多预约3次, 一个月内爽约2次): 每 and the period, or 一,
# 一个 or 1个 and the period, asked (not a length of time met: 住不满一年) or said as a window (一个月内; not
# an amount of it: 一个月租金).
_PERIOD = re.compile(r"(?<![满过到足])(?:(每)|一个?|1个?)(天|日|周|星期|礼拜|月|年|季度|学期)(内|之内)?"
                     r"(?![\u4e00-\u9fff]*?[卡票费])")
_PERIOD_NAME = {"天": "日", "日": "日", "周": "周", "星期": "周", "礼拜": "周", "月": "月", "年": "年",
                "季度": "季度", "学期": "学期"}


def periods(text: str, said: bool = False) -> set[str]:
    """The periods a text counts per (一个星期 → 周, 每天 → 日, 一个月内 → 月), not a period naming a kind of
    thing (一个月的卡 is the 月卡, 年票); `said`: only 每… and windows (…内), as a sentence says a rate."""
    return {_PERIOD_NAME[m.group(2)] for m in _PERIOD.finditer(text) if not said or m.group(1) or m.group(3)}


def another_period(question: str, piece: str) -> bool:
    """Does the value's piece count per another period than the question asks (一个星期能约几次: not the 2次
    of «一个月内爽约2次的», but 每周最多预约3次)? Not when either names none."""
    asked, said = periods(question), periods(piece, said=True)
    return bool(asked and said and not asked & said)


def is_relative_price(value: str) -> bool:
    """Is a value a price said as free, half or not charged (免费, 半价, 不收取报名费), no sum?"""
    return bool(_RELATIVE_PRICE.fullmatch(value))


def relative_prices(sentence: str) -> list[Span]:
    """The prices a sentence says as free or half (免费, 免票, 半价), as spans: what a question of a
    price (票价多少) is answered by where the sentence gives no sum."""
    return matches(_RELATIVE_PRICE, sentence)


def nearest(spans: list[Span], sentence: str, keywords: list[str]) -> Span | None:
    """The span nearest the question's keywords in the sentence, or None when there is none."""
    if not spans:
        return None
    marks = keyword_positions(sentence, keywords)
    return min(spans, key=lambda s: distance(s, marks, sentence))


_SEGMENT_END = re.compile(r"[,，;；。！？!?、]|(?<!\d)[:：]|[:：](?!\d)")  # 8:00's colon ends nothing
# (and, for a figure's own words, 1,000's comma ends nothing either: own_segment)
_OWN_SEGMENT_END = re.compile(r"[，;；。！？!?、]|(?<!\d),|,(?!\d{3}(?!\d))|(?<!\d)[:：]|[:：](?!\d)")
_SEGMENT_END_COLON = re.compile(r"(?<!\d)[:：]|[:：](?!\d)")  # a colon that ends a clause (键：值), not 8:00's


def _in_brackets(sentence: str, at: int) -> bool:
    """Is position `at` inside a pair of round brackets (周末（周六、周日）延长至23:00: the 、 lists the days of
    周末, it ends no piece)? Only a pair closed after `at` counts."""
    before = sentence[:at]
    opened = max(before.rfind("（"), before.rfind("("))
    if opened < 0 or max(before.rfind("）"), before.rfind(")")) > opened:
        return False
    return bool(re.search(r"[)）]", sentence[at:]))


def own_segment(sentence: str, span: Span) -> str:
    """The segment of a figure (segment_of) whose figures' thousands commas end nothing (储值NT$1,000送NT$150 whole)."""
    return _segment(sentence, span, _OWN_SEGMENT_END)


def segment_of(sentence: str, span: Span) -> str:
    """The piece of a sentence between separators (also 、 and ：, not the colon of a clock time, nor
    one inside round brackets) that holds `span`: 宣传横幅102幅."""
    return _segment(sentence, span, _SEGMENT_END)


def _segment(sentence: str, span: Span, end: re.Pattern) -> str:
    """The piece of `sentence` holding `span` between the marks `end` finds outside round brackets."""
    ends = [m.start() for m in end.finditer(sentence) if not _in_brackets(sentence, m.start())]
    left = max([e for e in ends if e < max(0, span.start)], default=-1)
    right = min([e for e in ends if e >= span.end], default=len(sentence))
    return sentence[left + 1:right]


def piece_of(sentence: str, span: Span) -> str:
    """The piece of a sentence a value belongs to: a table row's «表头：单元格» field (座位数：45, whose
    key says what it counts), else the piece between separators (segment_of)."""
    field = field_of(sentence, span)
    if field is not None:
        return field
    piece = segment_of(sentence, span)
    start = sentence.find(piece, max(0, span.start - len(piece)))
    return list_head(sentence, start) + items_before(sentence, start) + piece


def items_before(sentence: str, start: int) -> str:
    """The items listed before the piece at `start` with 、 and no value of their own (周六、 of «周六、周日10:00至
    20:00»; 补卡、 of «补卡、换卡收取工本费每张20元»), from the clause's opening: they share its value. "" when
    none."""
    out = ""
    while start > 0 and sentence[start - 1] == "、":
        m = re.search(r"(?:^|(?<=[，,；;。：:\s、]))([\u4e00-\u9fff]{1,6})$", sentence[:start - 1])
        if not m:
            return ""
        out = m.group(1) + "、" + out
        start = m.start(1)
    opening = start == 0 or sentence[start - 1] in "，,；;。：: "  # the list opens its clause
    return out if opening else ""


def list_head(sentence: str, start: int) -> str:
    """For an item of a list of times that names no deed of its own (上午9:00至12:00、下午14:00至17:30;
    …上午7:30至11:30，周六上午8:00至11:30), what the list's first item says before its value, its own
    days and part of the day left out (门诊挂号时间为): it governs every item. "" for the first item,
    no list, or an item with words of its own (标语30条)."""
    if start <= 0 or sentence[start - 1] not in "、，,":
        return ""
    own = re.match(r"[^\d]*", sentence[start:]).group(0)
    if own and not _TIMES_ONLY.fullmatch(own) or (not own and sentence[start - 1] != "、"):
        return ""
    end = start - 1
    while end > 0:  # back over the items before it, to the list's first: one with words of its own
        begin = end
        while begin > 0 and not (sentence[begin - 1] in "、，,；;。！？!?"
                                 or (sentence[begin - 1] in "：:" and not sentence[begin - 2:begin - 1].isdigit())):
            begin -= 1  # (8:00's colon is no end)
        item = sentence[begin:end]
        prefix = re.match(r"[^\d]*", item).group(0)
        if not re.search(r"\d", item):
            return ""  # an item without a value: no list of values
        if prefix and not _TIMES_ONLY.fullmatch(prefix):  # its days hold for an item that names none
            return (_TIMES_TAIL if weekdays(own) else _DAY_PART_TAIL).sub("", prefix)
        if begin == 0 or sentence[begin - 1] not in "、，,":
            return ""
        end = begin - 1
    return ""


_DAY_PART = r"(?:上午|下午|中午|晚上|早上|早晨|凌晨|傍晚|夜间|白天)"
_TIME_PIECE = rf"(?:(?:周|星期|礼拜)[一二三四五六日天](?:至|到|、|和)?|工作日|平日|周末|双休日|每天|每日|{_DAY_PART})"
_TIMES_ONLY = re.compile(rf"{_TIME_PIECE}+")
_TIMES_TAIL = re.compile(rf"{_TIME_PIECE}+$")
_DAY_PART_TAIL = re.compile(rf"{_DAY_PART}$")
_DAY_PART_ONLY = re.compile(_DAY_PART)


def slot_of(sentence: str, span: Span, deeds: tuple[tuple[str, str], ...]) -> bool:
    """Is the noun right before a figure a slot (…位) for the asked deed on the asked object (停车位320个
    for 能停多少辆车: 停 + 车 + 位)? A slot is counted with 个 however the object is; it says how
    many objects the deed takes. `deeds`: (verb, object) pairs of the question."""
    before = sentence[max(0, span.start - 8):span.start]
    before = re.sub(r"(?:共有|共计|总共|一共|合计|共|有|达|为|约)$", "", before)
    # 停车位 (the deed, the object, 位) or 车位 (the object's own slot: 停车场有车位85个)
    return any(re.search(rf"(?:{re.escape(v)}{re.escape(o)}[\u4e00-\u9fff]?|{re.escape(o)})位$", before)
               for v, o in deeds if v and o)


def names_a_thing(sentence: str, f: Span) -> bool:
    """A bare number written straight onto a word (84消毒液, 5G网络) is part of a name, not a count; so is one
    quoted with the word it numbers (“湘林210”, a variety)."""
    after = sentence[f.end:f.end + 1]
    if not unit_of(f.text) and _QUOTED_NAME.search(sentence[:f.start]) and re.match(r"[”」』]", after):
        return True
    return (not unit_of(f.text) and bool(re.match(r"[A-Za-z\u4e00-\u9fff]", after))
            and after not in "至到或和及与跟、多余来几万千百亿点成倍")  # 5至7个工作日, 3或4次: one figure


_QUOTED_NAME = re.compile(r"[“「『][\u4e00-\u9fffA-Za-z]{1,8}$")  # a quotation opened right before, by a name's words


# A rank or an ordinal member (第二名, 三等奖, 第3期): of a line's figures, the one its own piece names.
_RANK_WORD = re.compile(r"第[一二三四五六七八九十\d]+[名位等期批届轮]|[一二三四五六七八九十\d]等奖")


def best_figure(sentence: str, keywords: list[str], measure: str | None = None, kind: str | None = None,
                question: str = "", noun: str | None = None,
                keep: Callable[[list[Span]], list[Span]] | None = None,
                slots: tuple[tuple[str, str], ...] = ()) -> Span | None:
    """The figure that answers: of the unit and kind asked, never one the question itself states
    (一个月伙食费多少: 一个月 is given, not asked), nearest the keywords.

    `noun` is what the question counts (横幅 in 多少条横幅): a figure beside it may be written with
    another classifier of counted things (102幅) and is preferred to one that counts something else.
    `keep`, when given, narrows the usable figures further (those of the asked deed, index/deeds.py);
    `slots` (verb, object) lets a count in 个 of a slot for that deed answer (停车位320个, see slot_of)."""
    def usable(f: Span) -> bool:
        if is_ratio(f.text):  # 几对几, 男女生比例是多少: a ratio is asked; 有多少人: never
            return measure in ("对", "比") or (measure is None and "比" in question) or bool(_PER_ONE.search(question))
        if _FRACTION.fullmatch(f.text):  # 三分之一 answers a share (多少比例, 占多少), never 面积约为多少
            return measure == "%" or (measure is None and (bool(re.search(r"[占比成]", question))
                                                           or share_of_keyword(sentence, f, keywords)
                                                           or (kind == "money" and bool(CUT_ASKED.search(question)))))
        if measure and names_a_thing(sentence, f):
            return False
        if measure_agrees(with_range_unit(sentence, f), measure):  # 12 of 12至24个月 is 12个月: no 几期
            return True
        if kind == "money" and unit_of(f.text) in ("%", "％", "折") and CUT_ASKED.search(question):
            return True  # 能退多少钱: 退还已缴费用的九成, a share of the sum paid
        if slots and unit_of(f.text) == "个" and unit_class(measure or "") == "count" and slot_of(sentence, f, slots):
            return True
        if _TIME.fullmatch(f.text) or _PHONE.fullmatch(f.text):
            return False  # a clock time or a phone number counts nothing, beside whatever noun
        return (bool(noun) and noun in piece_of(sentence, f) and unit_class(unit_of(f.text)) == unit_class(measure or "")
                and unit_class(measure or "") in ("count", "person")  # 102幅 for 多少条横幅; 38公里 is no 多少米
                and not collective_mismatch(unit_of(f.text), measure or ""))

    stated = {_SAME_BOUND_UNIT.get(u, u) for u in map(unit_of, (f.text for f in figures(arabic(question)))) if u} if question else set()
    found = figures(sentence)
    if question and re.search(r"第几(?![条章款])", question):  # 名列第几: 排行全美第五, an ordinal of no unit
        ords = [Span(sentence[o.start:max(o.end, f.end)], o.start, max(o.end, f.end)) if f else o  # 第四位 whole
                for o in ords_ for f in [next((f for f in found if f.start < o.end and o.start < f.end), None)]] \
            if (ords_ := ordinals(sentence)) else []  # 第6 whole, not the 6 of it
        found = [f for f in found if not any(f.start < o.end and o.start < f.end for o in ords)] + ords
    for extra in (one_counted(sentence, measure), listed_counts(sentence, measure)):
        found += [o for o in extra if not any(f.start < o.end and o.start < f.end for f in found)]
    figs = [f for f in found if usable(f) and (fits_kind(with_range_unit(sentence, f), kind, question)
                                               or (kind == "speed" and speed_said(sentence, f))
                                               or (kind == "penalty" and bool(_TIME_OF_SUM.match(sentence, f.end)))
                                               or (kind == "money" and (share_of_sum(sentence, f)
                                                                        or share_paid(sentence, f, question))))
            and not (question and unicodedata.normalize("NFKC", f.text) in question)  # 9％ given as 9%: NFKC, as the question
            and not (measure is None and stated_unit(with_range_unit(sentence, f), stated))]  # 七十岁的老人: no age
    if question and re.search(r"第几(?![条章款])", question):  # 全国第几大 asks a rank: 排名全国第6, not the
        figs = [f for f in figs if f.text.startswith("第")] or figs  # 47.3万平方公里 beside it
    if question and _DIFFERENCE_ASKED.search(question):  # before the counted noun: the change is said after
        figs = [f for f in figs if _DIFFERENCE_SAID.search(sentence[max(0, f.start - 4):f.start])] or figs  # the total
    # 第二名拿多少奖金: «第二名3万元», not the 5万元 of «第一名奖金5万元», whose piece says the counted 奖金; a rank
    # no line says whole is the question's (第五名 of «第四至六名各奖励1000元»)
    ranks = [k for k in keywords if _RANK_WORD.fullmatch(k)] or [
        m.group(0) for m in _RANK_WORD.finditer(question) if m.group(0) not in sentence]
    if ranks:
        figs = [f for f in figs if any(k in piece_of(sentence, f) or rank_in_range(k, piece_of(sentence, f))
                                       for k in ranks)] or figs  # (第五名: «第四至六名各奖励1000元»)
    if question and len(figs) > 1 and not range_before_all(question, sentence, figs):
        # 92岁的老人能领多少津贴: «…高龄津贴100元，90至99周岁每月300元», the piece whose range holds the case, before
        # the one that names the noun (a range said before every figure holds for each: «儿童票（身高1.2米至1.4米）平日60元，…»)
        held = [f for f in figs if range_holds(question, piece_of(sentence, f))]
        figs = held or figs
    if question and _PER_ONE.search(question):  # 一个阿姨带几个宝宝: the ratio (1:3), not the class's 10人
        figs = [f for f in figs if is_ratio(f.text)] or figs
    if noun:
        beside = [f for f in figs if noun in piece_of(sentence, f)]
        # (not where another word of the question is said only beside other figures, and the noun's own piece says a
        # sibling of it: «…一等功的奖励20000元，二等功10000元，三等功5000元», 三等功 asked, the list's first item
        # holding the noun for all)
        apart = [k for k in keywords if len(k) >= 2 and k != noun and any(k in piece_of(sentence, f) for f in figs)
                 and not any(k in piece_of(sentence, f) for f in beside)
                 and any(m.group() != k for f in beside
                         for m in re.finditer(rf"[\u4e00-\u9fff]{{{len(k) - 1}}}{re.escape(k[-1])}", piece_of(sentence, f)))]
        figs = figs if apart else beside or figs
    compared = compared_as_asked(question, sentence, figs)  # 满意度低于多少: «满意率低于85%的», not the «7日内» before it
    if compared is not figs:  # (whatever deed the question says of it: 接活, said 承接)
        figs = (keep(compared) if keep is not None else compared) or compared
    elif keep is not None:
        figs = keep(figs)
    if not figs:
        return None
    side = limit_asked(question) if question else 0
    listed = limit_of_list(sentence, figs, side)
    if listed is not None:  # 定时最长能设几个钟头: 8小时 of 1小时、2小时、4小时或8小时
        return listed
    if side and len(figs) > 1:  # 最多收多少保管费: 最多收取10元, not the 每天1元 beside it (人数上限：200 in a row)
        figs = [f for f in figs if limit_at(sentence, f, side)] or figs
        if len(figs) > 1 and measure:  # 拉条幅最少要做几米: «5米起做», the least one takes, not the cloth's 宽0.7米
            figs = [f for f in figs if (_LEAST_AFTER if side < 0 else _MOST_AFTER).match(sentence, f.end)
                    or re.search(r"(?:以[上下]|以内|起)$", f.text)] or figs
    marks = keyword_positions(sentence, keywords)

    # the characters of the keywords the sentence does not say (外省 for 其余省份): the piece that
    # holds them is the one the asker's own words point to, when the clauses tie
    unsaid = {ch for k in keywords if k not in sentence for ch in k}

    # the quantities the question states (干满三年年假有多少天: 3年): the clause that says one is the
    # condition the question picks (工作满3年后增加到10天, not 每年带薪年假5天起)
    given = [g.text for g in figures(arabic(question))] if question else []
    # a word the asker's cut split (小 会议室 of 小会议室): the clause that says it whole names the one asked,
    # not its sibling beside it (大会议室每小时收费500元，小会议室每小时收费150元)
    joined = [a + b for a, b in zip(keywords, keywords[1:]) if len(a) == 1 and len(b) >= 2 and a + b in question
              and a + b in sentence and re.search(rf"(?<!{re.escape(a)}){re.escape(b)}", sentence)]
    # (one character before a word, which the sentence says with another too: 排查 出 is a deed and its
    # complement; 私 教课 of 私教课, said once, names the sentence's subject, not one of two)

    spend_asked = bool(re.search(r"满|起送|起订|起购|最低消费", question)) if kind == "money" else None  # 买满多少钱免运费,
    # 多少钱起送: the sum to spend is asked

    def cost(f: Span) -> tuple[float, float, float, float, float, float]:
        fit = unit_fit(f.text, measure) if measure_agrees(f.text, measure) else None  # 2次, not 2处, for 几次
        fit = 2.0 if fit is None else fit  # another classifier, taken only beside the counted noun
        hint = sum(1 for ch in unsaid if ch in segment_of(sentence, f))
        clause = framed_clause(sentence, f)  # 每株0.6元: the clause before says whose price it is
        said = 3 if any(g in clause and g != f.text for g in given) else 0
        named = attribute_before(sentence, f, keywords)  # 海拔3,102公尺: the measure asked names it, whatever else
        spent = bool(spend_asked is False and re.search(r"满\s*$", sentence[:f.start]))  # 满300元免配送费: a condition
        # (then the words of its own segment: «1小时内赶到城区、3小时内赶到乡镇现场», one clause, 乡镇 asked)
        return (-named, spent, -clause_overlap(clause, keywords + joined) + 3 * fit - said,
                -clause_overlap(own_segment(sentence, f), [k for k in keywords if len(k) >= 2]), -hint,
                distance(f, marks, sentence))

    return min(figs, key=cost)


_RANK = re.compile(r"第([一二三四五六七八九十\d]+)名")
_RANKS = re.compile(r"第([一二三四五六七八九十\d]+)(?:至|到|—|-|~|～)第?([一二三四五六七八九十\d]+)名")


def rank_in_range(name: str, text: str) -> bool:
    """Is `name` a rank (第五名) that a range of ranks in `text` holds (第四至六名各奖励1000元)?"""
    m = _RANK.fullmatch(name)
    if m is None:
        return False
    n = cn_number(m.group(1))
    return any(cn_number(a) <= n <= cn_number(b) for a, b in _RANKS.findall(text))


# A bound asked by its comparing word (满意度低于多少, 排队超过多少米就开应急车道).
_BOUND_ASKED = re.compile(r"(低于|高于|超过|少于|不足|不到|多于|大于|小于|不满)(?:多少|几)")


def compared_as_asked(question: str, sentence: str, figs: list[Span]) -> list[Span]:
    """Of the figures, those the sentence compares by the word the question asks a bound with (满意度低于多少: «满意率
    低于85%的», not the «7日内» of the clause before); all of them where none is, or no bound is asked."""
    bound = _BOUND_ASKED.search(question)
    if bound is None:
        return figs
    word = bound.group(1)
    return [f for f in figs if f.text.lstrip("不").startswith(word)
            or re.search(rf"{word}\s*(?:约|了)?$", sentence[max(0, f.start - 6):f.start])] or figs


# Nouns that name what a figure measures (海拔3,102公尺, 面积约120平方米, 体重须在10公斤以下).
MEASURED_NOUNS = {"海拔", "高度", "身高", "体重", "重量", "长度", "宽度", "深度", "厚度", "面积", "距离", "周长",
                  "直径", "容量", "功率", "排量", "温度", "湿度", "速度", "时速", "人口", "年龄", "产量", "里程",
                  "产值", "销售额", "营业额", "成交额", "利润", "金额", "总额", "工资", "月薪", "年薪", "单价"}


def attribute_before(sentence: str, f: Span, keywords: list[str]) -> bool:
    """Does a noun of the question that names what is measured (MEASURED_NOUNS, or a rate: 合格率) stand right before the
    figure, with at most a linking word between (海拔3,102公尺, 面积约为120平方米)? Then the figure is
    that measure's, whatever other keywords the clause before it holds (云峰山屋位于步道8.5公里处)."""
    before = sentence[max(0, f.start - 8):f.start]
    return any((k in MEASURED_NOUNS or (len(k) >= 3 and k.endswith("率"))
                or (len(k) == 2 and k.endswith("额"))  # 保额, 限额: a sum's name (每人保额30万元)
                # 总产量, 年产值: the measure's total or a year's
                or (len(k) >= 3 and k[0] in "总年" and k[1:] in MEASURED_NOUNS)) and re.search(re.escape(k) + r"(?:约为|约|为|是|达到|达|共|在|须在|：|:|\s)*$", before)
               for k in keywords)


def stated_unit(figure: str, stated: set[str]) -> bool:
    """Is a figure in a unit of the quantities the question states (七十岁的老人: 65周岁以上 is the condition;
    开车前3天: the 2 of 开车前2至7日, in 日 as 天 is, is the condition too), so no answer to it?"""
    unit = unit_of(figure)
    unit = _SAME_BOUND_UNIT.get(unit, unit)
    return bool(unit) and any(unit == u or same_measure(unit, u) for u in stated)


def share_of_keyword(sentence: str, f: Span, keywords: list[str]) -> bool:
    """Does a share (三分之一) stand right after a word of the question (two characters or more), with
    only a prefix of its own between (缺課達三分之一: 达 of _PREFIX)? Then it is how much of that thing
    is meant, the answer to a bare 多少 (缺课多少就拿不到结业证书), as 面积约为三分之一 is not to 面积多少."""
    return any(len(k) >= 2 and sentence[:f.start].endswith(k) for k in keywords)


# A difference asked (比去年多了多少, 比上月减少几个): the figure a word of change opens (比去年增加45万平方米),
# not the total beside it (供暖面积达到620万平方米).
_DIFFERENCE_ASKED = re.compile(r"比[^，。？?]{1,8}?(?:多|少|增加|减少|增长|下降|提高|降低|上涨|上升|涨|跌|降|增|高|低)"
                               r"[\u4e00-\u9fff]?了?(?:多少|几)")  # 比去年多种了多少亩: the deed may follow 多
_DIFFERENCE_SAID = re.compile(r"(?:增加|减少|增长|下降|提高|降低|上涨|上升|涨|跌|多|少)了?$")


def limit_of_list(sentence: str, figs: list[Span], side: int) -> Span | None:
    """The largest (side +1: 最长, 最多) or smallest (side -1: 最短, 最少) of figures a sentence lists
    as choices of one unit in one clause (可设置1小时、2小时、4小时或8小时); None when no limit is asked
    or the figures are no such list."""
    if not side or len(figs) < 2:
        return None
    unit, clause = unit_of(figs[0].text), clause_of(sentence, figs[0])
    if not unit or any(unit_of(f.text) != unit or clause_of(sentence, f) != clause for f in figs):
        return None
    joined = all(re.fullmatch(r"\s*(?:、|，|,|或|和|及|或者)\s*", sentence[a.end:b.start]) for a, b in zip(figs, figs[1:]))
    if not joined:
        return None
    value = lambda f: float(re.search(r"\d+(?:\.\d+)?", arabic(f.text)).group(0))  # noqa: E731
    if not all(re.search(r"\d", arabic(f.text)) for f in figs):
        return None
    return max(figs, key=value) if side > 0 else min(figs, key=value)


def ranged_figure(sentence: str, f: Span, units: str = "周岁|岁") -> Span:
    """An age with the range it is an end of (9 of «招收9至13岁学员» is 9至13岁: the ages let in, not the youngest);
    with `units` (SPAN_UNITS), a length of time so (3 of «退款需时3至5个工作天» is 3至5个工作天)."""
    if f.start < 0:
        return f
    start, end = f.start, f.end
    if not unit_of(f.text) and (m := re.match(rf"{_RANGE_SEP}{_NUM}(?:{units})", sentence[end:])):
        end += m.end()
    elif re.fullmatch(units, unit_of(f.text) or "-") and (m := re.search(rf"{_NUM}(?:{units})?{_RANGE_SEP}$", sentence[:start])):
        start = m.start()
    return f if (start, end) == (f.start, f.end) else Span(sentence[start:end], start, end)


# The units of a length of time a range may end in (3至5个工作天, 7-10天), for ranged_figure.
SPAN_UNITS = "个工作日|工作日|个工作天|工作天|天|日|个小时|小时|分钟|周|个星期|星期|个月|年"


def with_range_unit(sentence: str, f: Span) -> str:
    """A figure with the unit of the range it opens (4500 of 4500—6000元 is 4500元: a sum, no age)."""
    if unit_of(f.text):
        return f.text
    m = re.match(rf"{_RANGE_SEP}{_NUM}(?:{_UNITS})", sentence[f.end:])
    return f.text + unit_of(m.group(0)) if m else f.text


def clause_overlap(clause: str, keywords: list[str]) -> int:
    """Characters of the question's keywords that a clause contains."""
    return sum(len(k) for k in keywords if k in clause)


_MOBILE = re.compile(r"(?:\+?86)?1[3-9]\d{9}|09\d{8}")  # a mobile number (mainland, Taiwan), separators removed


def best_phone(sentence: str, keywords: list[str], question: str = "") -> Span | None:
    """The phone number nearest the keywords (for 电话是多少), or None. A question that asks for a
    手机 (mobile) number is answered by a mobile number only: 0513-8362214 is no 手机号."""
    found = phones(sentence)
    if "手机" in question:
        found = [p for p in found if _MOBILE.fullmatch(re.sub(r"[\s\-—()（）]", "", p.text))]
    named = [k for k in keywords if len(k) >= 2 and not PHONE_WORD.fullmatch(k)]
    if len(found) > 1 and named:  # 报名电话是多少: «报名热线：…88；投诉电话：…99», the number whose label names 报名
        labelled = [p for p in found if any(k in label_before(sentence, p) for k in named)]
        found = labelled or found
    return nearest(found, sentence, keywords)


PHONE_WORD = re.compile(r"电话|号码|热线|手机|联系方式|分机|座机")


def label_before(sentence: str, span: Span) -> str:
    """The text between the separator before a value and the value (报名热线： of «…；报名热线：0571-…»)."""
    return re.split(r"[；;，,。·、]", sentence[:span.start])[-1]


def field_label(sentence: str, span: Span) -> str:
    """The label right before a value, when the value is a field's («主持：街道办事处副主任罗文斌»: 主持 — whatever
    the value says after the colon; «工程主管：马强»: a post, post_head), or ""."""
    before = label_before(sentence, span)
    m = re.search(r"([^：:]{1,12})[：:][^：:]*$", before)
    return re.sub(r"^\s*(?:\d{1,2}[.、．]\s*)?", "", m.group(1)).strip() if m else ""


def posts_in(text: str) -> list[str]:
    """The posts a piece of text names (队长 of «队长由村民李长顺担任», 村党支部书记): a word ending in a post's word."""
    return _POSTS.findall(text)


def post_head(word: str) -> str:
    """The word of a post that says its kind (主任 of 招生办主任, 医生), "" when `word` names no post (主持, 联系人)."""
    m = _POST_HEAD.search(word)
    return m.group(0) if m else ""


_NAME_FLAGS = ("nr", "nrfg", "nrt")
_STOP_FLAGS = ("v", "vn", "vd", "p", "x", "uj", "ul", "c", "d", "w", "m")


_HELD_BY = re.compile(r"由([^，,。；;由]{2,20}?)(?:担任|兼任|出任|担当)")


def name_held_by(text: str, pos: int) -> Span | None:
    """The name of the one a role is handed to right after it (办公室主任由市林业局副局长周敏兼任: 周敏): the name after the
    last role word of the holder's description, or at its start."""
    m = _HELD_BY.match(text, pos)
    if m is None:
        return None
    inner = [ke for _, ke in keyword_positions(m.group(1), list(ROLES))]
    span = name_after(text, m.start(1) + max(inner)) if inner else name_after(text, m.start(1))
    return span if span is not None and span.end <= m.end(1) else None


def name_after(text: str, pos: int) -> Span | None:
    """A person's name starting at `pos` (after a role word): 2 to 4 characters."""
    rest = text[pos:]
    rest_stripped = re.sub(r"^\s*(?:为|是|系|[：:])?\s*", "", rest)  # 组长为高建军, 主任：赵明远
    offset = pos + len(rest) - len(rest_stripped)
    name = ""
    words = _posseg().lcut(rest_stripped[:12])
    for i, w in enumerate(words):
        if not name and w.flag in _NAME_FLAGS and 2 <= len(w.word) <= 4:
            name = w.word if not two_words(w.word) else ""
            after = words[i + 1] if i + 1 < len(words) else None  # 林冠 宇, both tagged a name: one name
            if name and len(name) == 2 and after is not None and len(after.word) == 1 and (
                    after.flag in _NAME_FLAGS or (re.fullmatch(r"[\u4e00-\u9fff]", after.word) and i + 2 < len(words)
                                                  and _TITLE_AFTER.fullmatch(words[i + 2].word))):
                name += after.word  # (陈咏 欣 小姐: the title after the whole name)
            break
        if not name and (w.flag.startswith(("p", "c", "u", "x", "w", "m", "i", "l"))
                         or (len(w.word) > 1 and w.flag.startswith(_STOP_FLAGS + ("a", "r")))
                         or w.word.endswith(ROLES)):
            break  # 书记为成员, 干部全力以赴, 党员干部: a deed, a phrase or another role follows, no name
        if name and w.flag.startswith(("i", "l")):
            break
        if (len(name) == 1 and name in SURNAMES and len(w.word) <= 2 and re.fullmatch(r"[\u4e00-\u9fff]+", w.word)
                and not w.flag.startswith(("p", "c", "u", "x", "w", "m"))):
            name += w.word  # 镇长韩立新 (韩 + 立新, tagged an adverb), 主任：赵明远: a given name is any word
            break
        if name and (w.flag.startswith(_STOP_FLAGS) or len(name) + len(w.word) > 4):
            break
        if not re.match(r"^[\u4e00-\u9fff]+$", w.word):
            break
        name += w.word
        if len(name) >= 3:
            break
    if 2 <= len(name) <= 4 and (dictionary_tag(name) or "nr").startswith(("nr", "nz", "ns", "s", "t")) \
            and ((words[0].word == name and words[0].flag in _NAME_FLAGS) or not made_up(name)):  # jieba tagged it
        return Span(name, offset, offset + len(name))  # not a common word (群众, 干部): a name
    return None


def made_up(name: str) -> bool:
    """Is a name put together from pieces after a role word no name: one ending in a role (任副组长), or
    one that opens with no family name and holds a common word of the dictionary (干部责任清: 责任;
    社区长者食堂: 食堂; 书记会上)?"""
    if name.endswith(ROLES):
        return True
    if family_named(name):
        return False
    return any(not (dictionary_tag(name[i:j]) or "nr").startswith(("nr", "nz", "ns"))
               for i in range(len(name)) for j in range(i + 2, len(name) + 1))


# Single-character family names (the 百家姓's, with 付 肖 闫 覃 岳 冼): a name jieba finds by its tag
# alone, with no role before it, opens with one (大家庭, 明白卡 are tagged as names too).
SURNAMES = frozenset(
    "赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜戚谢邹喻柏水窦章云苏潘葛奚范彭郎"
    "鲁韦昌马苗凤花方俞任袁柳酆鲍史唐费廉岑薛雷贺倪汤滕殷罗毕郝邬安常乐于时傅皮卞齐康伍余元卜顾孟平黄"
    "和穆萧尹姚邵湛汪祁毛禹狄米贝明臧计伏成戴谈宋茅庞熊纪舒屈项祝董梁杜阮蓝闵席季麻强贾路娄危江童颜郭"
    "梅盛林刁钟徐邱骆高夏蔡田樊胡凌霍虞万支柯昝管卢莫经房裘缪干解应宗丁宣贲邓郁单杭洪包诸左石崔吉钮龚"
    "程嵇邢滑裴陆荣翁荀羊於惠甄曲家封芮羿储靳汲邴糜松井段富巫乌焦巴弓牧隗山谷车侯宓蓬全郗班仰秋仲伊宫"
    "宁仇栾暴甘钭厉戎祖武符刘景詹束龙叶幸司韶郜黎蓟薄印宿白怀蒲邰从鄂索咸籍赖卓蔺屠蒙池乔阴胥能苍双闻"
    "莘党翟谭贡劳逄姬申扶堵冉宰郦雍郤璩桑桂濮牛寿通边扈燕冀郏浦尚农温别庄晏柴瞿阎充慕连茹习宦艾鱼容向"
    "古易慎戈廖庾终暨居衡步都耿满弘匡国文寇广禄阙东欧殳沃利蔚越夔隆师巩厍聂晁勾敖融冷訾辛阚那简饶空曾"
    "毋沙乜养鞠须丰巢关蒯相查后荆红游竺权逯盖益桓公付肖闫覃岳冼")


def name_like(word: str) -> bool:
    """Can a word jieba tags as a name be one: it opens with a family name, or is a foreign name
    (jieba's dictionary has it as a transliteration or not at all: 歌德, 考底利耶), or is four
    characters or more (that are not two words: two_words), or joined (保罗·塞里诺)? 大家庭 is none."""
    return (family_named(word) or dictionary_tag(word) in (None, "nrt", "nrfg") or len(word) >= 4
            or any(j in word for j in _NAME_JOINT))


def family_named(word: str) -> bool:
    """Does a word jieba tags as a name open with a family name (or a two-character one: 欧阳, 司马)?"""
    return word[0] in SURNAMES or word[:2] in ("欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "令狐", "慕容", "尉迟")


_DEED_FLAGS = ("a", "ad", "v", "vd", "vn", "d", "i", "l")


def dictionary_tag(word: str) -> str | None:
    """The part of speech jieba's dictionary gives a word out of any context (a look-up, no tagging)."""
    from wenda.index import query

    return query._posseg().dt.word_tag_tab.get(word)


def two_words(word: str) -> bool:
    """Is a four-character word that jieba tags as a name two words of deeds or qualities
    (严肃处理: 严肃 + 处理)? No name then."""
    if len(word) != 4:
        return False
    return all((dictionary_tag(half) or "x").startswith(_DEED_FLAGS) for half in (word[:2], word[2:]))




def name_before_role(sentence: str, role_start: int) -> Span | None:
    """A name in "由乡长丁俊邦任组长" / "丁俊邦担任组长": the name just before 任/担任 + role."""
    for verb in ("担任", "任", "为"):
        if sentence.startswith(verb, role_start - len(verb)):
            head = sentence[: role_start - len(verb)]
            for cut in (3, 2, 4):
                cand = head[-cut:]
                if len(cand) == cut and re.match(r"^[\u4e00-\u9fff]+$", cand):
                    tags = _posseg().lcut(head[-(cut + 4):])
                    if tags and tags[-1].flag in _NAME_FLAGS and tags[-1].word == cand:
                        return Span(cand, role_start - len(verb) - cut, role_start - len(verb))
            span = name_after(head, max(0, len(head) - 3))
            if span:
                return span
    return None


_PLACE_END = "村镇乡县区市省州"


def best_person(sentence: str, keywords: list[str], question: str = "") -> Span | None:
    """A person's name that the question does not state itself and that is no place (红石村)."""
    span = _best_person(sentence, keywords, question)
    if span is None:
        return None
    if (question and span.text in question) or span.text.endswith(tuple(_PLACE_END)):
        return None
    return span


def _best_person(sentence: str, keywords: list[str], question: str = "") -> Span | None:
    """The name that a role keyword introduces (党委书记何东亚, 丁俊邦任组长), else the name nearest the keywords."""
    roles = [k for k in keywords if k.endswith(ROLES) or k in ROLES]
    # a role the question's cut split (办公室 主任) that the sentence says whole: its holder, not the bare role's
    roles += [a + b for a, b in zip(keywords, keywords[1:]) if b in roles and a + b in question and a + b in sentence]
    if any(r.endswith(("负责人", "责任人")) for r in roles):  # 活动负责人是谁: «本次活动由市商务局…科长魏国华负责»,
        for m in re.finditer(r"由([^，,。；;由]{2,24}?)(?:具体|全面)?负责", sentence):  # the one 由 hands the charge
            for _, ke in keyword_positions(m.group(1), list(ROLES)):
                span = name_after(sentence, m.start(1) + ke)
                if span and span.end == m.end(1):
                    return span
    for ks, ke in sorted(keyword_positions(sentence, roles), key=lambda p: -(p[1] - p[0])):
        span = name_after(sentence, ke) or name_before_role(sentence, ks) or name_held_by(sentence, ke)
        if span:
            return span
    others = set()  # names that another role than the asked one introduces (乡长丁俊邦 for 纪委书记是谁)
    found = []
    # (no role asked: a deputy's place counts too, 副馆长郑海涛, which keyword_positions leaves to the bare role)
    places = keyword_positions(sentence, list(ROLES)) if roles else sorted(
        {(m.start(), m.end()) for r in ROLES for m in re.finditer(re.escape(r), sentence)})
    for ks, ke in places:
        if any(k in sentence for k in keywords):
            span = name_after(sentence, ke)
            if span and roles and not all(r.endswith(("负责人", "责任人")) for r in roles):  # (贷款科负责人: the 科长
                others.add(span.text)  # of «贷款科科长王晓梅» is the one in charge)
                continue  # a different role than the one asked about
            if span:
                found.append(span)
    if found:  # no role asked: the name of the clause that says most of the question (少儿服务归谁管:
        # «馆长由罗敏担任，副馆长郑海涛负责借阅服务和少儿服务»: 郑海涛), the first on a tie
        return max(found, key=lambda n: (_clause_share(sentence, n, keywords), -n.start))
    names = [n for n in tagged_names(sentence) if not (question and n.text in question) and not two_words(n.text)
             and n.text not in others and name_like(n.text) and not _NAMES_A_PLACE.match(sentence, n.end)]
    if not names:  # no Chinese name: one written in Latin letters (由德国自然学家Georg Marcgraf所描述)
        names = [n for n in latin_names(sentence) if not (question and n.text.lower() in question.lower())]
    if not names:
        return None
    marks = keyword_positions(sentence, keywords)
    return min(names, key=lambda n: distance(n, marks, sentence))


def _clause_share(sentence: str, span: Span, keywords: list[str]) -> int:
    """How many of the keywords the clause holding `span` says (clauses split at ， ； 。)."""
    start = max(sentence.rfind(c, 0, span.start) for c in "，,；;。") + 1
    ends = [i for i in (sentence.find(c, span.end) for c in "，,；;。") if i >= 0]
    clause = sentence[start:min(ends) if ends else len(sentence)]
    return sum(1 for k in keywords if k in clause)


_NAME_JOINT = ("·", "•", "・", "‧")

# A name in Latin letters: two words or more, each capitalised, joined by spaces or hyphens (Georg
# Marcgraf, Nuance-Watson, A World Without Danger). One word alone (VPN, Bee) is too often no one's name.
_LATIN_NAME = re.compile(r"(?<![A-Za-z])[A-Z][a-z]*(?:[ \-][A-Z][a-z]+)+(?![A-Za-z])")


def latin_names(sentence: str) -> list[Span]:
    """Names a Chinese sentence writes in Latin letters, which jieba tags as no name (2007年8月，屈臣氏酒窖与
    Nuance-Watson成为合作伙伴; 最初是由德国自然学家Georg Marcgraf所描述)."""
    return [Span(m.group(0), m.start(), m.end()) for m in _LATIN_NAME.finditer(sentence)]


def tagged_names(sentence: str) -> list[Span]:
    """The names jieba tags in a sentence, a name cut in pieces joined again (马丁 范布伦 → 马丁范布伦,
    保罗 · 塞里诺 → 保罗·塞里诺): 2–4 characters alone, up to 12 joined."""
    names: list[Span] = []
    pos = 0
    open_joint = False  # the last name ended in a joint (保罗·): the next name goes on it
    prev = ""  # the word before, as cut
    for w in tagged(sentence):
        end = pos + len(w.word)
        if w.flag in _NAME_FLAGS:
            if names and (names[-1].end == pos) and end - names[-1].start <= 12:
                names[-1] = Span(sentence[names[-1].start:end], names[-1].start, end)
            elif len(w.word) == 2 and len(prev) == 1 and prev in SURNAMES and not family_named(w.word) \
                    and w.flag in ("nr", "nrfg") and not open_joint:
                names.append(Span(prev + w.word, pos - 1, end))  # 何志强, cut 何 (jieba: a pronoun) 志强
            elif 2 <= len(w.word) <= 4 or open_joint:
                names.append(Span(w.word, pos, end))
            open_joint = False
        elif w.word in _NAME_JOINT and names and names[-1].end == pos:
            names[-1] = Span(sentence[names[-1].start:end], names[-1].start, end)
            open_joint = True
        elif open_joint and names and names[-1].end == pos and len(w.word) <= 4 and not _PUNCT_CHARS.intersection(w.word):
            names[-1] = Span(sentence[names[-1].start:end], names[-1].start, end)  # 史蒂芬·金: 金 is tagged no name
            open_joint = False
        else:
            open_joint = False
        pos = end
        prev = w.word
    # a given name's last character jieba left before the title (陈咏 欣 小姐, 梁家 豪 先生): the name is 陈咏欣
    names = [Span(sentence[n.start:n.end + 1], n.start, n.end + 1)
             if len(n.text) == 2 and n.text[0] in SURNAMES and _TITLE_AFTER.match(sentence, n.end + 1)
             and re.match(r"[\u4e00-\u9fff]", sentence[n.end:n.end + 1])
             and sentence[n.end] not in "和与及跟同的是为" else n for n in names]  # (王芳和先生: 王芳)
    names = [n for n in names if not _TITLE_AFTER.fullmatch(n.text)]  # (小姐 alone, jieba's name, is none)
    return [Span(n.text.rstrip("".join(_NAME_JOINT)), n.start, n.end - (len(n.text) - len(n.text.rstrip("".join(_NAME_JOINT)))))
            for n in names if len(n.text.rstrip("".join(_NAME_JOINT))) >= 2]


# A title said right after a person's name (陈咏欣小姐, 梁家豪先生, 王芳女士).
_TITLE_AFTER = re.compile(r"先生|小姐|女士|老师|老師|太太")


# 是谁的儿子 / 谁的妻子: the kin asked, and the character a sentence writes it with after the name
# (司马炎之子, 皇太极第五子, 孙休之妻, 司马伷三子).
KIN = {"儿子": "子", "女儿": "女", "妻子": "妻", "丈夫": "夫", "父亲": "父", "母亲": "母", "孙子": "孙",
       "弟弟": "弟", "哥哥": "兄", "姐姐": "姐", "妹妹": "妹", "夫人": "妻", "老婆": "妻", "老公": "夫",
       "儿": "子", "子": "子", "女": "女", "妻": "妻", "夫": "夫"}
_ASKS_KIN = re.compile(r"(?:谁|哪位|什么人)的(" + "|".join(sorted(KIN, key=len, reverse=True)) + ")")
_KIN_ORDER = r"(?:之|的)?(?:长|次|幼|庶|嫡|独|[二三四五六七八九十]|第[一二三四五六七八九十]+)?"


def asked_kin(question: str) -> str | None:
    """The kin a question asks of (儿子 in 是谁的儿子), or None."""
    m = _ASKS_KIN.search(question)
    return m.group(1) if m else None


def kin_of(sentence: str, question: str) -> Span | None:
    """For 是谁的儿子 / 谁的妻子: the name right before the kin the sentence writes (晋武帝司马炎之子 →
    司马炎; 清太宗皇太极第五子 → 皇太极), not a name the question states. None for other questions."""
    m = _ASKS_KIN.search(question)
    if not m:
        return None
    after = re.compile(_KIN_ORDER + "(?:" + re.escape(m.group(1)) + "|" + KIN[m.group(1)] + ")")
    for n in tagged_names(sentence):
        if n.text not in question and name_like(n.text) and after.match(sentence, n.end):
            return n
    # a name jieba does not tag (皇太极, 司马伷): what stands before the kin, after a title (帝王公侯宗)
    for m in re.finditer(r"([\u4e00-\u9fff]{2,8}?)" + after.pattern, sentence):
        name = re.split(r"[帝王公侯宗祖相是为系乃即]", m.group(1))[-1]
        start = m.end(1) - len(name)
        if 2 <= len(name) <= 4 and name not in question and (family_named(name) or name != m.group(1)):
            return Span(name, start, m.end(1))
    return None


# A body that does a deed (索尼公司成为赞助商, 神州天地体育传媒（北京）有限公司担任总运营商): the
# answer to 谁 where the sentence names no person.
_BODY = re.compile(r"(?:(?<=[在于从到和与的是为以向对把被及由，,。；;、：:])|(?<![\u4e00-\u9fffA-Za-z）)]))(?:(?![在于从到和与的是为以向对把被及由])[\u4e00-\u9fffA-Za-z（）()]){2,16}?"
                   r"(?:有限公司|股份公司|公司|集团|银行|大学|学院|研究院|研究所|委员会|协会|基金会|政府|出版社|电视台|俱乐部|乐团|乐队"
                   r"|合作社|商会|联合会)")  # 由梅林果蔬专业合作社运营


# An office a sentence sends one to or puts in charge (县卫生健康局, 乡镇供水服务站, 社区居委会, 服务窗口)
_OFFICE = r"[\u4e00-\u9fffA-Za-z]{1,14}?(?:局|厅|处|站|所|中心|办公室|委会|委员会|部门|单位|窗口|机构|机关|政府)"
_TURNED_TO = re.compile(rf"(?:向|找|到|联系)(?:所在|当地|本|各)?({_OFFICE})(?![\u4e00-\u9fff]?[局厅处站所心室会门位口构关府])")
_IN_CHARGE = re.compile(rf"(?:^|(?<=[，,。；;：:\s]))(?:第[一二三四五六七八九十百零\d]+条\s*)?({_OFFICE})(?:负责|主管|承担)")


# The post a sentence sends one to (夜间紧急情况请联系值班保安): a role's tail, then the clause ends or says what to
# do there (咨询, 反映, 处理…); 联系物业经理周海燕 names the person, whom best_person finds.
_POST_TAIL = "|".join(sorted({*ROLES, "人员", "保安", "师傅", "管家", "客服", "专员", "网格员", "值班员", "班长"}, key=len, reverse=True))
_POSTS = re.compile(rf"[\u4e00-\u9fff]{{0,4}}?(?:{_POST_TAIL})")  # a post: a word ending in a post's word
_POST_HEAD = re.compile(rf"(?:{_POST_TAIL})$")
_TURNED_TO_POST = re.compile(rf"(?:向|找|联系)(?:本|当地|所在)?([\u4e00-\u9fff]{{0,6}}?(?:{_POST_TAIL}))"
                             r"(?=[，,。；;：:、\s（(]|$|电话|咨询|反映|处理|申请|办理|报告)")


def turned_to(sentence: str) -> list[Span]:
    """The offices or posts a sentence sends one to (户主向所在乡镇供水服务站申请 → 乡镇供水服务站; 夜间紧急情况请
    联系值班保安 → 值班保安): whom to go to."""
    posts = [Span(m.group(1), m.start(1), m.end(1)) for m in _TURNED_TO_POST.finditer(sentence)]
    at = {p.start for p in posts}  # 联系工作人员处理: the post 工作人员, no office 工作人员处
    return [Span(m.group(1), m.start(1), m.end(1)) for m in _TURNED_TO.finditer(sentence) if m.start(1) not in at] + posts


# The body a case is handed to, and what it does with it (违反的，交镇纪委依规依纪处理; 移送公安机关依法处理).
_HANDED_TO = re.compile(r"(?:交由|交给|移交|移送|转交|交)([\u4e00-\u9fff]{1,10}?(?:纪委|党委|监委|委员会|委会|政府|"
                        r"机关|部门|局|所|院|中心|站|办))(?=依|按|进行|予以|处理|处置|调查|查处|审查|裁决)")


def handed_to(sentence: str) -> list[tuple[Span, str]]:
    """The bodies a sentence hands a case to (违反的，交镇纪委依规依纪处理 → 镇纪委): (body, what it does, to the
    clause's end)."""
    out = []
    for m in _HANDED_TO.finditer(sentence):
        deed = re.split(r"[，,。；;]", sentence[m.end():])[0]
        out.append((Span(m.group(1), m.start(1), m.end(1)), deed))
    return out


_PUT_IN_CHARGE = re.compile(r"由([^，,。；;由的]{2,14}?)(?:具体|统一|全面)?负责")


def put_in_charge(sentence: str) -> list[Span]:
    """The ones a rule puts in charge by 由…负责 (由物业服务企业负责, 由其管理单位负责), in order."""
    return [Span(m.group(1), m.start(1), m.end(1)) for m in _PUT_IN_CHARGE.finditer(sentence)]


def in_charge(sentence: str) -> list[tuple[Span, str]]:
    """The offices a clause puts in charge of what follows (县卫生健康局负责饮用水卫生监督): (office, its duty
    up to the clause's end)."""
    out = []
    for m in _IN_CHARGE.finditer(sentence):
        duty = re.split(r"[，,。；;]", sentence[m.end():])[0]
        out.append((Span(m.group(1), m.start(1), m.end(1)), duty))
    return out


# A clause that says what someone or something is: «学校是校服管理的责任主体», its subject before 是.
_COPULA = re.compile(r"(?:^|(?<=[，,；;。]))\s*(?:第[一二三四五六七八九十百]+条\s*)?([^，,。；;：:“”]{2,16}?)(?:就|则|即)?是([^，,。；;是]{2,30})")


def copula_subject(sentence: str, keywords: list[str]) -> Span | None:
    """Who or what a clause of the sentence says is the thing the question names (校服管理的责任主体是谁: «学校是校服
    管理的责任主体» gives 学校): the subject before 是, where every keyword of two characters or more is in what
    follows 是 and none in the subject. None when no clause says so."""
    words = [k for k in keywords if len(k) >= 2]
    if not words:
        return None
    for m in _COPULA.finditer(sentence):
        subject, said = m.group(1), m.group(2)
        if all(k in said for k in words) and not any(k in subject for k in words):
            return Span(subject, m.start(1), m.end(1))
    return None


def bodies(sentence: str) -> list[Span]:
    """Organisations a sentence names by their kind's tail (公司, 集团, 大学, 委员会…)."""
    out = []
    for m in _BODY.finditer(sentence):
        start = m.start()
        for w in tagged(m.group(0)):  # 请求密歇根政府: the deed before the name is no part of it
            if not w.flag.startswith(("v", "p", "c", "d", "u", "r")) or start + len(w.word) >= m.end():
                break
            start += len(w.word)
        if m.end() - start >= 3:
            out.append(Span(sentence[start:m.end()], start, m.end()))
    return out


_PUNCT_CHARS = set("，,。；;：:！!？?、（）()《》“”\"' ")


# What follows a name that is part of a place's or an organisation's name (文昌路, 明德职业技能培训学校),
# not a person's
_NAMES_A_PLACE = re.compile(r"[路街道巷村镇乡区县市省站桥楼号]"
                            r"|(?:(?![在于从到和与的是为以向对把被及])[\u4e00-\u9fff]){0,8}?(?:学校|中学|小学|大学|学院|公司|医院|集团|银行|酒店|协会)")


def last_person(text: str) -> str | None:
    """The last person a sentence names (the antecedent of a 他/她 in the next one)."""
    names: list[Span] = []
    for ks, ke in keyword_positions(text, list(ROLES)):
        span = name_after(text, ke)
        if span:
            names.append(span)
    names += tagged_names(text)
    return max(names, key=lambda n: n.start).text if names else None


def clause_of(sentence: str, span: Span) -> str:
    """The comma-delimited clause that holds `span` (the whole span even across commas, and a quotation
    or a bracket whole: a comma inside “…” or （…） ends no clause — 发出“助农麦收,青年先行”的倡议 is one)."""
    inside = _quoted(sentence)
    ends = [m.start() for m in _CLAUSE_MARK.finditer(sentence) if not inside(m.start())]
    left = max([e for e in ends if e < span.start]
               + [m.start() for m in _SEGMENT_END_COLON.finditer(sentence, 0, max(0, span.start))], default=-1)
    right = min([e for e in ends if e >= span.end], default=len(sentence))
    return sentence[left + 1:right].strip()


def clause_span(sentence: str, span: Span) -> Span:
    """The clause that holds `span` (clause_of), as a span of `sentence`."""
    clause = clause_of(sentence, span)
    at = sentence.rfind(clause, 0, span.end) if clause else -1
    return Span(clause, at, at + len(clause)) if at >= 0 else span


def framed_clause(sentence: str, span: Span) -> str:
    """The clause of a value (clause_of), with the clause before it when it says little else (以前种苗要从外省
    购买，每株0.6元: the price is the one of buying from 外省)."""
    clause = clause_of(sentence, span)
    if span.start < 0 or len(clause.replace(span.text, "")) > 2:  # 每株 at most: 旺季每张 is a clause of its own
        return clause
    at = sentence.rfind(clause, 0, span.end)
    before = re.split(r"[，,。；;！？!?]", sentence[:max(0, at)].rstrip("，, "))[-1] if at > 0 else ""
    return f"{before}，{clause}" if before else clause


def _quoted(sentence: str):
    """A test of whether a place of the sentence lies inside a “…” or 「…」 quotation or a bracket (closed in it:
    除夕（2月5日，星期五）18:00至…: the comma in the brackets ends no clause)."""
    spans = [(m.start(), m.end()) for m in re.finditer(r"“[^“”]*”|「[^「」]*」|（[^（）]*）|\([^()]*\)", sentence)]
    return lambda i: any(a < i < b for a, b in spans)


# Where a clause ends: a comma (not one that groups a number's thousands, 1,000米), a semicolon, a stop.
_CLAUSE_MARK = re.compile(r"[，;；。！？!?]|(?<!\d),|,(?!\d{3}(?!\d))")


LINE_LIMIT = 60  # characters an answer line may run to when it goes on past a clause that restates the question
_CLAUSE_ENDS = "，,；;。！？!?"


def restates(clause: str, question: str) -> bool:
    """Does the clause say more of the question than anything new (其生存受到威胁 for
    …的生存会受到什么威胁)? Then it is where the answer is, not the answer."""
    chars = [ch for ch in clause if ch.isalnum()]
    return bool(chars) and 2 * sum(1 for ch in chars if ch not in question) < len(chars)


# A question that asks for a description (有什么特点, 采取了什么措施, 制备过程是什么) or what someone did
# (驻村工作队干了些啥): its answer is often a run of clauses, not one.
DESCRIBED = re.compile(r"特点|特征|特色|特性|作用|用途|功能|措施|办法|方法|步骤|过程|经过|内容|才能|表现|影响|意义|变化|职责|优点|缺点|区别|条件|要求|原因"
                       # what someone did (干了些啥, 做了什么): the deeds, a run of clauses
                       r"|[干做搞](?:了|过)?(?:些|点)?(?:什么|啥|哪些)")


def goes_on(sentence: str, clause: str, question: str, plain: str | None = None, frame: str = "",
            keywords: tuple[str, ...] | list[str] = ()) -> str:
    """The answer line of an open question: the clause, and when it only restates the question or the
    question asks for a description (DESCRIBED), the clauses after it, as far as LINE_LIMIT
    characters (at least one more); a restating clause goes back instead when the question asks the
    subject (ASKS_SUBJECT) or the clause before it holds the words around the question word that
    neither the clause nor `frame` (the sentence's section and heading) holds; any other clause
    takes the clause after it when that one goes on with its deed and holds more of `keywords`
    (completes), and the clause before it when it opens with its deed and that one holds more (begins). `plain` is the sentence in Simplified characters (the question's script), aligned with it."""
    at = sentence.find(clause)
    if at < 0:
        return clause
    restating = restates((plain or sentence)[at:at + len(clause)], question)
    asks_subject = bool(ASKS_SUBJECT.match(question)) and not _frame_is_asked(question, frame)
    back = None
    # a restating clause that opens with its deed (是马祖道地的甜点 for …的马祖甜点又可以被称为): the asked
    # is its subject, in the clauses before it; not when a pronoun stands for the subject (其生存受到威胁:
    # the question names whose) or a description is asked (what the clause goes on to say)
    bare = subjectless((plain or sentence)[at:at + len(clause)])
    deed_first = (opens_with_deed((plain or sentence)[at:at + len(clause)]) and asks_a_name(question)
                  and not DESCRIBED.search(question))
    if (restating and (asks_subject or deed_first or _rest_said_before((plain or sentence), at, at + len(clause), question, frame))) or (
            asks_subject and bare):
        back = _goes_back(sentence, at, at + len(clause))
    if back:
        return back
    end = at + len(clause)
    if not (restating or DESCRIBED.search(question)):
        return sentence[begins(plain or sentence, at, end, keywords):
                        completes(plain or sentence, at, end, keywords)].rstrip(_CLAUSE_ENDS + " ")
    if end >= len(sentence) or sentence[end] in "。！？!?":
        # the sentence ends with it: what a restating clause leaves out was said before it
        # (2012年伦敦奥运，巴西开始注入新球员 for 巴西开始注入新球员是在哪场运动会时)
        return (_goes_back(sentence, at, end) if restating else None) or clause
    stop = None
    for i in range(end + 1, len(sentence) + 1):
        if i == len(sentence) or sentence[i] in _CLAUSE_ENDS:
            if stop is not None and i - at > LINE_LIMIT:
                break
            stop = i
            if i < len(sentence) and sentence[i] in "。！？!?":
                break  # never into the next sentence of a two-sentence quote
    return sentence[at:stop].rstrip(_CLAUSE_ENDS + " ") if stop else clause


# What opens a clause that points back to a thing named before it (其定位为…, 这也是…, 此法…, 它的…).
_POINTS_BACK = re.compile(r"^(?:这|那|该|此|其|它|牠)")


def refers_back(clause: str, question: str) -> bool:
    """Does a clause that opens its sentence with a word pointing back (其定位为基隆港的辅助港) only
    restate a question that asks a name (…基隆港的辅助港为？)? Then the asked is what the word points
    to, named in the sentence before."""
    return bool(_POINTS_BACK.match(clause)) and restates(clause, question) and asks_a_name(question) \
        and not DESCRIBED.search(question)


def completes(sentence: str, start: int, end: int, keywords: tuple[str, ...] | list[str]) -> int:
    """Where the statement of the clause sentence[start:end] ends: past the clause after it when that
    one goes on with its deed and holds a keyword the clause does not (…马祖国家风景区成立，[隶属于
    交通部观光局管理] for 负责管理马祖国家风景区的单位为); else at its own end."""
    if end >= len(sentence) or sentence[end] not in "，,；;":
        return end
    stop = next((i for i in range(end + 1, len(sentence)) if sentence[i] in _CLAUSE_ENDS), len(sentence))
    after, own = sentence[end + 1:stop], sentence[start:end]
    if subjectless(after) and any(k in after and k not in own for k in keywords):
        return stop
    if sentence[end] in "，," and (_GOES_ON_WITH.match(after) or _OPENS_A_PAIR.match(own)):
        return stop  # one statement in two clauses: 周围布满商店和餐馆，以及一座电影院; 除了有其农民色彩外，亦充满…
    return end


# A clause that only carries on the one before it (以及一座电影院, 或成群地栖息于…, 也跟模型架构…有关), and a
# clause that opens a pair the next one closes (除了…外，亦…; 不只…，也…; 不仅…，还…).
_GOES_ON_WITH = re.compile(r"(?:以及|或者|或是|或|并且|而且|亦|也|还)(?![是有])")
_OPENS_A_PAIR = re.compile(r"^[^，,]{0,12}?(?:除了|除|不只|不仅|不但)[^，,]*$")


def begins(sentence: str, start: int, end: int, keywords: tuple[str, ...] | list[str]) -> int:
    """Where the statement of the clause sentence[start:end] begins: at the clause before it when the
    clause opens with its deed (not a pronoun) and that one holds a keyword the clause does not
    (目前中国也是世界上最大的稻米生产地，[占全世界35%的产量] for 全世界有三成五的稻米是来自哪边);
    else at its own start."""
    if start < 2 or sentence[start - 1] not in "，,；;" or not opens_with_deed(sentence[start:end]):
        return start
    begin = max(i for i in range(-1, start - 1) if i < 0 or sentence[i] in _CLAUSE_ENDS) + 1
    before, own = sentence[begin:start - 1], sentence[start:end]
    return begin if any(k in before and k not in own for k in keywords) else start


# A question whose question word stands first asks for the subject (哪一位教士于1552年死在上川岛;
# not 什么是冠夫姓, which asks what it is):
# when the clause only restates the rest, the subject is in the clauses before it.
ASKS_SUBJECT = re.compile(r"^[^，,。？?]{0,3}?(?:哪一?[个位种家所条座部件项类名支本]|什么|谁)(?!是)")  # 什么是X asks what X is


_LIGHT = set("的是在了和与及或也都而被把对为以之其这那一个有于")

# 哪个乡镇 / 哪个村 / 哪个区 asks a place of these kinds; a section named so (崔桥镇, 商务中心区) is one.
_PLACE_ASKED = re.compile(r"^[^，,。？?]{0,3}?哪一?[个些]?(乡镇|镇|乡|村|区|县|市|省|街道|社区|小区)")


def asks_a_name(question: str) -> bool:
    """Does the question ask for a name (哪一条河, 什么, 谁; …的前身为？), not how or how much?"""
    return bool(_ASKED_WORD.search(question) or _ASKED_LAST.search(question))


_ASKED_LAST = re.compile(r"[为是爲為][？?]?$")  # 世界上最畅销的酒为？ asks what is so


def _frame_is_asked(question: str, frame: str) -> bool:
    """Does the sentence's frame (its section) name what the question asks for first (哪个乡镇 for the
    section 商务中心区: a place of the asked kinds)? Then the answer line, which opens with the
    section, already says it: the clause need not go back for a subject."""
    m = _PLACE_ASKED.match(question)
    if m is None or not frame:
        return False
    name = re.split(r"[：:\s]", frame.strip(), maxsplit=1)[0]
    kinds = "乡镇区" if m.group(1) == "乡镇" else m.group(1)[-1]  # a town-level unit: 镇, 乡 or 区
    return len(name) >= 2 and name[-1] in kinds


def _rest_said_before(sentence: str, start: int, end: int, question: str, frame: str = "") -> bool:
    """Does the clause before sentence[start:end] speak more than the clause after it of the words
    around the question word that the clause does not hold (西藏的基层政区是宗，[大致相当于内地的县]
    for 内地的县可以与西藏的哪一行政层级同等)? Then the answer stands before the restating clause."""
    m = _ASKED_WORD.search(question)
    if m is None:
        return False
    near = question[max(0, m.start() - 4):m.start()] + question[m.end():m.end() + 4]  # what frames the asked
    # what the sentence's frame (its section: 崔桥镇 for 哪个镇) already says needs no clause before
    rest = {ch for ch in near if ch.isalnum() and ch not in _LIGHT} - set(sentence[start:end]) - set(frame)

    def said(piece: str) -> int:
        return len(rest & set(piece))

    before = re.split(r"[，,；;。！？!?]", sentence[:start].rstrip("，,；; "))[-1] if start else ""
    after = re.split(r"[，,；;。！？!?]", sentence[end:].lstrip("，,；; "))[0] if end < len(sentence) and sentence[end] in "，,；;" else ""
    return said(before) > said(after)


# What opens a clause whose subject is left in the clause before: a preposition, an adverb, a
# conjunction, a verb or a pronoun, never a noun.
SUBJECTLESS = ("p", "d", "ad", "c", "v", "r")


def first_flag(clause: str) -> str:
    """The part-of-speech flag of the clause's first word ('' for none)."""
    words = _posseg().lcut(clause[:8])
    return words[0].flag if words else ""


def subjectless(clause: str) -> bool:
    """Does a clause open with its deed, its subject left in the clause before (…工作队,为村内公共区域
    实施无人机消毒; …，是马祖道地的甜点; …，其支流有基隆河)?"""
    return first_flag(clause) in SUBJECTLESS


def opens_with_deed(clause: str) -> bool:
    """Is a clause subjectless with no pronoun for its subject either (是马祖道地的甜点, not 其支流有…)?"""
    flag = first_flag(clause)
    return flag in SUBJECTLESS and flag != "r"


def _goes_back(sentence: str, start: int, end: int) -> str | None:
    """The clause sentence[start:end] with those before it in its sentence, as far as LINE_LIMIT
    characters (at least one more); None when it opens its sentence."""
    if start == 0 or sentence[start - 1] in "。！？!?":
        return None
    begin = None
    for i in range(start - 2, -2, -1):
        if i < 0 or sentence[i] in _CLAUSE_ENDS:
            if begin is not None and end - (i + 1) > LINE_LIMIT:
                break
            begin = i + 1
            if i >= 0 and sentence[i] in "。！？!?":
                break  # never into the sentence before
    return sentence[begin:end].strip() if begin is not None else None


# The question word of a question made from a sentence, where the answer stood (立谁为太子, 由哪个公司开发).
_ASKED_WORD = re.compile(r"谁|什么|哪一?[个位种家所条座部件项类名支本国队]?")
_FRAME_PUNCT = set("，,。；;！!？?：:、（）()「」“”《》")


def frame_fill(sentence: str, question: str, max_gap: int = 15) -> Span | None:
    """What the sentence says where the question has its question word, found by the words on both
    sides of it (立谁为太子 → 立孙登为太子: 孙登): the question's context, as long as the sentence
    repeats it (1–3 characters on each side, at least 3 in all), with 1..max_gap characters between
    and no clause mark among them. None when the sentence does not frame it so."""
    m = _ASKED_WORD.search(question)
    if m is None:
        return None
    before, after = question[:m.start()], question[m.end():].rstrip("？?。呢呀啊")
    kind = _asked_noun(m.group(0), after)  # 毕业于哪个大学: the answer is a 大学 (香港中文大学)
    if kind and after.startswith(kind) and kind not in sentence and len(after) > len(kind) \
            and after[len(kind)] not in "的之":
        # 通过哪种方式筹备粮饷: the sentence names the means, not the word 方式 (通过海外贸易筹备粮饷); not when
        # the kind modifies what follows (什么性质的频道: 的频道 alone frames any 频道 of the sentence)
        after, kind = after[len(kind):], None
    for lk in (3, 2, 1):
        left = before[-lk:] if len(before) >= lk else ""
        if not left or any(c in _FRAME_PUNCT for c in left) or left not in sentence:
            continue
        for rk in (3, 2, 1):
            right = after[:rk] if len(after) >= rk else ""
            if not right or lk + rk < 3 or any(c in _FRAME_PUNCT for c in right):
                continue
            for lm in re.finditer(re.escape(left), sentence):
                start = lm.end()
                end = sentence.find(right, start + 1, start + max_gap + len(right) + 1)
                if end < 0:
                    continue
                gap = sentence[start:end]
                if gap.strip() and not any(c in _FRAME_PUNCT for c in gap):
                    if kind and sentence.startswith(kind, end):
                        end += len(kind)
                    return Span(sentence[start:end], start, end)
    return None


# A question that ends with its question word (补种的是什么庄稼, 白装了什么, 买了些啥): what is asked is the object of
# the deed right before it.
_ENDS_ASKING = re.compile(r"(?:了|的是|是)?些?(?:什么|啥)([\u4e00-\u9fff]{0,3})[？?。呢呀啊]*$")


def object_after(sentence: str, question: str) -> Span | None:
    """The object of the deed a question ends by asking (杨庄镇补种的是什么庄稼: «帮助农户排涝补种，共补种玉米、大豆
    3800亩» → 玉米、大豆3800亩): what the sentence says right after the deed, as the question writes it (two or
    three characters), to the end of its clause; the first place where the deed is followed by something (排涝补种，
    ends its clause). None when the question does not end so or the sentence never says the deed with an object."""
    m = _ENDS_ASKING.search(question)
    if m is None:
        return None
    before = question[:m.start()]
    for lk in (3, 2):
        left = before[-lk:]
        if len(left) < lk or not re.fullmatch(r"[\u4e00-\u9fff]+", left):
            continue
        for lm in re.finditer(re.escape(left), sentence):
            rest = re.match(r"[^，,。；;！？!?：:（）()]+", sentence[lm.end():])
            if rest and len(rest.group(0)) >= 2:
                return Span(rest.group(0), lm.end(), lm.end() + len(rest.group(0)))
    brought = list(_BRING_SAID.finditer(sentence))
    if _BRING_ASKED.search(before) and len(brought) == 1:  # 代办要带什么: what the sentence has one bring (须提供
        # 代办人身份证原件和委托书); of two (入住时须出示身分证件，外籍旅客须出示护照) the clause's own words decide
        for lm in brought:
            rest = re.match(r"[：:]?([^，,。；;！？!?（）()]+)", sentence[lm.end():])
            if rest and len(rest.group(1)) >= 2:
                at = lm.end() + rest.start(1)
                return Span(rest.group(1), at, at + len(rest.group(1)))
    return None


# Bringing asked (要带什么, 得准备啥) and said in a rule's words (须提供…, 需携带…, 凭…).
_BRING_ASKED = re.compile(r"(?:带|拿|准备|提交|携带)$")
_BRING_SAID = re.compile(r"(?:携带|提供|出示|提交|带上|持有|准备)")


def restates_context(span: str, question: str) -> bool:
    """Does an open question's span say only the question's context, not what it asks? A question that
    opens with what the passage says (長城體系中設置有大量烽燧作為情報傳遞系統，也就是用什麼方式傳遞…)
    is found by the sentence it copies; that sentence restates the context clause (nearly every character of
    it there, hardly any of the asking clause's own) and answers nothing. Both in Simplified characters."""
    clauses = [c for c in re.split(r"[，,；;：:]", question.rstrip("？?。")) if c.strip()]
    asking = [c for c in clauses if _ASKED_WORD.search(c) or re.search(r"多少|几|如何|为何|怎", c)]
    if len(clauses) < 2 or len(asking) != 1 or clauses[-1] != asking[0]:
        return False
    context = "".join(c for c in clauses if c is not asking[0])
    own = set(_ASKED_WORD.sub("", asking[0])) - set(context)
    chars = [ch for ch in span if ch.isalnum()]
    if len(chars) < 6:
        return False
    in_context = sum(1 for ch in chars if ch in context)
    of_asking = sum(1 for ch in chars if ch in own)
    new = sum(1 for ch in chars if ch not in question)  # 劉宋實行三國以來的世兵制，兵戶世代當兵: 世兵制 is new
    return in_context >= 0.8 * len(chars) and of_asking <= 0.1 * len(chars) and new <= 0.1 * len(chars)


def _asked_noun(asked: str, after: str) -> str | None:
    """The noun a question word asks for when it stands right after it (什么奖, 哪个大学): it names
    the kind of the answer, whose own name ends with it (法朗基奖, 香港中文大学). None after 谁."""
    if asked == "谁" or not after:
        return None
    words = _posseg().lcut(after[:8])
    return words[0].word if words and words[0].flag.startswith("n") and len(words[0].word) <= 3 else None


_EXISTS = re.compile(r"没有|无(?!论|法)|未|零|[\d一二两三四五六七八九十百千万]+(?:余|多)?(?:人|例|名|位|起|户|家)|有[^，,。；;]{0,6}?人")


def states_existence(clause: str) -> bool:
    """Does a clause say whether something was so or how often (没有一人感染, 确诊3例, 有2人发热), as
    a 有没有 question needs? 新型冠状病毒感染的肺炎 only names the deed. A clause of aim says what was
    sought, not what is (确保进入辖区车辆、人员无携带新冠肺炎病毒 does not say whether anyone was infected)."""
    return bool(_EXISTS.search(clause)) and not _AIM.match(clause.strip())


# What opens a clause that states an aim, not a fact: 确保…, 为了…, 以防…, 避免…, 力争….
_AIM = re.compile(r"(?:确保|保证|为了|以便|以防|以免|防止|避免|力争|争取|力求|务必)")


# Which time of a repeated deed a text names: 第二次, 第3回, and the first as 首次, 头一回, 初次.
_EVENT_ORDINAL = re.compile(r"第\s*([\d一二两三四五六七八九十]+)\s*[次回]|首次|头一回|頭一回|头回|初次|首回")


def event_ordinals(text: str) -> list[tuple[int, int, int]]:
    """(which time, start, end) of every ordinal of a deed in `text` (第二次 → 2, 头一回 → 1), in order."""
    out = []
    for m in _EVENT_ORDINAL.finditer(text):
        n = 1 if m.group(1) is None else (int(m.group(1)) if m.group(1).isdigit() else cn_number(m.group(1)))
        if n:
            out.append((n, m.start(), m.end()))
    return out


def ordinal_piece(sentence: str, question: str) -> str | None:
    """Where a sentence rules on each time of a deed in turn (第一次书面劝导，第二次停止营业3天), the stretch
    that rules on the time the question asks (第二次违规会怎么处理: 第二次停止营业3天), up to the next time
    named; None when the question names no time, or the sentence fewer than two or not the one asked."""
    asked = {n for n, _, _ in event_ordinals(question)}
    said = event_ordinals(sentence)
    if not asked or len({n for n, _, _ in said}) < 2:
        return None
    for i, (n, start, _) in enumerate(said):
        if n in asked:
            end = said[i + 1][1] if i + 1 < len(said) else len(sentence)
            piece = sentence[start:end].rstrip("，,。；;、 ")
            return piece or None
    return None


def best_clause(sentence: str, keywords: list[str], focus: tuple[str, ...] = ()) -> str:
    """The clause that shares most of the question's keywords (characters as a fallback).

    `focus` are the words next to the question word (买 in 用来买什么, 消毒 in 用什么消毒):
    the clause that answers holds them, so they count first.
    """
    clauses = split_clauses(sentence) or [sentence]

    def score(c: str) -> tuple[float, float, float]:
        near = sum(len(k) for k in focus if k in c)
        words = sum(len(k) for k in keywords if k in c)
        chars = sum(1 for k in keywords for ch in set(k) if ch in c)
        return (near, words, chars)

    return max(clauses, key=score)


# The keys of fields that hold a value of a kind asked: a place (地址, 窗口位置) or a phone number (咨询电话).
_KIND_KEYS = {"place": re.compile(r"地址|位置|地点|场所|所在地|地方"), "phone": re.compile(r"电话|手机|热线|号码")}


# A «键：值» field of a line or a table row (the row's fields are joined by « · »): its key, then its value.
_FIELD = re.compile(r"^([^：:]{1,16})[：:]\s*(.+)$")


def field_key(text: str, start: int) -> str:
    """The key of the field whose value starts at `start` (as field_value finds it), without a rate's unit
    (奖励金额（元/人·年）: 奖励金额（元）, no time)."""
    head = text[:max(0, start)].rsplit(" · ", 1)[-1]
    m = _FIELD.match(head + "…")
    return re.sub(r"[/／每][^）)]*", "", m.group(1) if m else head)


def field_value(text: str, keywords: list[str], kind: str | None = None) -> Span | None:
    """The value of the field a question asks for, in a «键：值» line or a table row
    «表头：单元格 · 表头：单元格»: the field whose key holds most of the keywords, less those its
    value holds (石门乡卫生院 names the row; 院长 asks for the field). A place or a phone number asked
    (`kind`) is never the other's field (江北区的咨询窗口在哪儿: «窗口位置：…», not «咨询电话：…»).""" 
    best: tuple[int, int] | None = None
    best_score = 0
    pos = 0
    for part in text.split(" · "):
        start = pos
        pos += len(part) + 3
        m = _FIELD.match(part)
        if not m:
            continue
        key, value = m.group(1), m.group(2)
        score = sum(len(k) for k in keywords if k in key) + sum(1 for k in keywords for ch in set(k) if ch in key)
        score -= sum(len(k) for k in keywords if k in value)  # what the question names, not what it asks
        if kind in _KIND_KEYS and not _KIND_KEYS[kind].search(key) \
                and any(k != kind and other.search(key) for k, other in _KIND_KEYS.items()):
            continue  # a place asked: no phone number's field, whatever word of the question its key says
        if score > best_score:
            best_score = score
            vs = start + m.start(2)
            best = (vs, start + len(part.rstrip("。；;")))
    if best is None:
        return None
    return Span(text[best[0]:best[1]], best[0], best[1])


# What a sentence says an action is for: 为了…, 旨在…, 确保…, 以便…, 以免…, 做到“…”, …的目的, a «…»-quoted aim after 做到/实现/达到;
# and what it says caused it: 因为…, 由于…, 出于…, 因… (not 原因, 基因, 因此, 因而, 因素).
# (鉴于: 后来有鉴于该线要行走半山区的窄巷…，故此…)
_CAUSE = r"(?:因为|由于|出于|源于|缘于|鉴于|(?<![原基诱起成病死主近远])因(?![为此而素特子]))"
_REASON_SPANS = re.compile(
    r"(?:为了|旨在|以便|以免(?!费)|以防|免得|以期|以确保|确保|防止|避免|(?<!适)用于)[^，,。；;！!？?]{2,40}"
    rf"|{_CAUSE}[^，,。；;！!？?]{{2,40}}"
    # a cause said by what it brings about: 由肾病引起的, 以讨伐孙秀之功获加授; the clause that 因此/所以 follows
    # (传说其曾被狼与乌鸦所救，因此得以被冒顿单于收养), not one that points back (这是原因之一，因此…)
    r"|由[^，,。；;！!？?由]{1,20}?(?:引起|导致|造成|所致|引发)"
    r"|以[^，,。；;！!？?以]{2,20}?之(?:功|故)"
    # a cause named as one (增产的主要原因是…, 原因在于…) or owned as what brought it about (这是保温时间过长造成的)
    r"|(?:原因|缘故)(?:主要)?(?:是|在于|为)[：:]?[^，,。；;！!？?]{2,40}"
    r"|(?:^|(?<=[，,；;。]))[^，,。；;！!？?由]{2,30}(?:造成|导致|引起|所致)的(?=[，,。；;！!？?]|$)"  # 由…引起: above
    r"|(?:^|(?<=[，,；;。]))(?![这那此该])[^，,。；;！!？?]{2,40}(?=[，,](?:因此|所以|故此|故而|因而))"
    r"|(?:做到|实现|达到|坚持)[“\"「『][^”\"」』]{2,40}[”\"」』]"
    r"|[^，,。；;]{2,30}的目的")


_SO_THAT = re.compile(r"之所以[^，,。；;！!？?]{1,30}[，,]((?!是因为|是由于|因为|由于)[^，,。；;！!？?]{2,40})")


def reasons(sentence: str) -> list[Span]:
    """The pieces of a sentence that give a purpose or reason (for 为什么)."""
    found = matches(_REASON_SPANS, sentence)
    # 之所以命名为翡翠湾，它的水的颜色是绿色的: the clause after the one 之所以 opens gives why
    found += [Span(m.group(1), m.start(1), m.end(1)) for m in _SO_THAT.finditer(sentence)
              if not any(o.start <= m.start(1) < o.end for o in found)]
    # 少数养蜂户掺糖造假，影响了全县蜂蜜的口碑: the clause a result clause follows is its cause
    found += [Span(m.group(1), m.start(1), m.end(1)) for m in _BROUGHT.finditer(sentence)
              if not any(o.start <= m.start(1) < o.end for o in found)]
    return sorted(found + [r for r in purposes_of_wei(sentence)
                           if not any(o.start <= r.start < o.end for o in found)], key=lambda r: r.start)


# What may stand before a sentence's own first word: an article or list number (第一条, 一、, 1.).
_ARTICLE_HEAD = re.compile(r"\s*(?:第[一二三四五六七八九十百\d]+条|[一二三四五六七八九十\d]+[、.．])?\s*")
_WEI = re.compile(r"(?:^|(?<=[，,；;。：:）)]))[^，,。；;！!？?]{0,8}?为(?=[\u4e00-\u9fff])")


# A clause followed by one that opens with what it brought (…掺糖造假，影响了…的口碑; …，导致…): the cause, after any
# list number or bracket before it.
_BROUGHT = re.compile(r"(?:^|(?<=[，,；;。：:）)]))\s*(?:[（(][一二三四五六七八九十\d]+[）)]|\d+[.、．])?\s*"
                      r"([^，,；;。：:！!？?（(]{2,30})[，,](?=影响了|导致|造成了|致使|使得|引起了)")


def purposes_of_wei(sentence: str) -> list[Span]:
    """为 followed by a verb states a purpose (为减少群众外出, 为切断传播途径); 为 before a noun is
    "for someone" (为村民购买, 为人民服务) and states none. The span runs to the clause's end."""
    out = []
    for m in _WEI.finditer(sentence):
        start = m.end() - 1
        if sentence[start - 1:start] in ("作", "成", "认", "因", "以", "更", "较", "最", "行", "称", "视"):
            continue  # 作为, 成为, 认为, 因为 (a cause, matched already), 以为: not a purpose
        words = _posseg().lcut(sentence[start + 1:start + 9])
        head = bool(_ARTICLE_HEAD.fullmatch(sentence[:start]))  # 第一条 为规范…: a preamble's purpose
        if not words or not (words[0].flag.startswith("v") or (head and words[0].flag == "n" and len(words[0].word) >= 2)) \
                or words[0].word in ("是", "有"):
            continue
        end = _CLAUSE_END.search(sentence, start)
        end = end.start() if end else len(sentence)
        if 2 <= end - start <= 41:
            out.append(Span(sentence[start:end], start, end))
    return out


_PLAIN_PURPOSE = re.compile(rf"^(?:为了|旨在|为(?!了)|{_CAUSE})|的目的$|^(?:原因|缘故)|(?:造成|导致|引起|所致)的$")  # said plainly: a purpose or a cause


def best_reason(sentence: str, keywords: list[str]) -> Span | None:
    """The reason that says most plainly it is one (为了…, …的目的; then a quoted aim; then 确保…),
    nearest the question's keywords among those; None when the sentence gives none."""
    spans = reasons(sentence)
    if not spans:
        return None

    after_deed = _right_after_deed(sentence, spans, keywords)

    def strength(r: Span) -> float:
        if r is after_deed:  # below a purpose said plainly (为缓解…), above a quoted aim and 确保 elsewhere
            return 0.5
        return 0 if _PLAIN_PURPOSE.search(r.text) else (1 if re.search(r"[“\"「『]", r.text) else 2)

    first = min(strength(r) for r in spans)
    best = nearest([r for r in spans if strength(r) == first], sentence, keywords)
    return cause_runs_on(sentence, best, keywords) if best is not None else None


def _right_after_deed(sentence: str, spans: list[Span], keywords: list[str]) -> Span | None:
    """The aim that opens the clause right after the last clause saying the question's deed, when the
    question's words (two or more of them) are all said before it: a purpose serves the deed it follows
    (…进行体温测量、消毒,确保进入辖区车辆、人员无携带新冠肺炎病毒,…,做到“内防扩散、外防输入”:
    why they 消毒 is the 确保 clause, the quoted aim closes the whole sentence)."""
    words = [k for k in keywords if len(k) >= 2 and k in sentence]
    if len(words) < 2:
        return None
    clauses = _clauses(sentence)
    opened = {r.start for r in spans}  # an aim's own clause may repeat a word (确保进入辖区车辆): no deed
    said = [i for i, c in enumerate(clauses) if any(k in c.text for k in words) and c.start not in opened]
    if not said or not all(k in sentence[:clauses[said[-1]].end] for k in words):
        return None
    nxt = clauses[said[-1] + 1] if said[-1] + 1 < len(clauses) else None
    if nxt is None or sentence[clauses[said[-1]].end:nxt.start].strip() not in (",", "，"):
        return None
    return next((r for r in spans if r.start == nxt.start), None)


_CAUSE_START = re.compile(rf"^{_CAUSE}")
# What opens the clause that says what the cause brought (由于A，B，所以C): the cause ends before it.
_RESULT = re.compile(r"^(?:所以|故|因此|因而|于是|从而|遂|便|才|乃|以致|致使|使得|使|导致|造成|结果|最终|终于)")


def cause_runs_on(sentence: str, span: Span, keywords: list[str]) -> Span:
    """A cause (由于A，而且B，所以C) runs over the clauses after its first: up to the clause that speaks
    the question's words (the deed asked about) when one follows, else over those that say they go on
    (而且, 特别是, 加上…); never past one a result word opens (所以, 因此, 导致…) nor past LINE_LIMIT
    characters. A purpose (为了…) stays one clause."""
    if not _CAUSE_START.search(span.text):
        return span
    after = []
    for c in _clauses(sentence):
        if c.start < span.end:
            continue
        between = sentence[(after[-1].end if after else span.end):c.start]
        if between.strip() not in ("，", ","):
            break  # a stop or a semicolon ends the cause
        after.append(c)
    deed = next((i for i, c in enumerate(after)
                 if any(len(k) >= 2 and k in c.text and k not in span.text for k in keywords)), None)
    end = span.end
    for i, c in enumerate(after):
        if _RESULT.search(c.text) or c.end - span.start > LINE_LIMIT or (deed is not None and i >= deed):
            break
        if deed is None and not _GOES_ON.search(c.text):
            break
        end = c.end
    return span if end == span.end else Span(sentence[span.start:end], span.start, end)


_GOES_ON = re.compile(r"^(?:而且|并且|且|又|加上|加之|再加上|以及|特别是|尤其是|同时|还有)")


# -- consequences, how often, where, by whom: the span a clause question of that kind wants ----------

_CLAUSE_END = re.compile(r"[,，;；。！？!?]")
LIST_MARK = re.compile(r"^\s*(?:[\d一二三四五六七八九十]+[.、．]\s*|[（(][一二三四五六七八九十\d]+[）)]\s*)")
CONDITION = re.compile(r"^(?:凡是|凡|如果|如|若|一旦|对于|对|逾期|超过|超出|未经|未按|未|违反|违规)")
_FOUND_OUT = re.compile(r"^一经")  # 一经查实，取消入伍资格: what follows an offence found out, a penalty
_FOUND_OUT_AFTER = re.compile(r"(?:一经|一旦|如被|若被|被)(?:发现|查实|查出|核实|查获)$")  # the offence, then found out
_OFFENDER = re.compile(r"^(?:违者|否则|逾期者|违反者)")
# A verdict that follows a deed within one clause (压线或脚落地即不及格, 迟到15分钟即视为弃权): what happens then.
_VERDICT_AFTER = re.compile(r"(?<=[\u4e00-\u9fff])即((?:视为|判为?|算|为|作)?(?:不及格|不合格|无效|失败|弃权|放弃|淘汰|违规|违约)"
                            r"[\u4e00-\u9fff]*)")
_PENALTY = re.compile(r"收取|罚款|处以|扣除|扣款|赔偿|取消|解除|暂停|停止|追究|通报|没收|严肃处理|处分|问责|查处|惩处")


def _clauses(sentence: str) -> list[Span]:
    """The clauses of a sentence with their places (split on commas, semicolons and stops)."""
    out, start = [], 0
    for m in list(_CLAUSE_END.finditer(sentence)) + [None]:
        end = m.start() if m else len(sentence)
        piece = sentence[start:end]
        if piece.strip():
            lead = len(piece) - len(piece.lstrip())
            out.append(Span(piece.strip(), start + lead, start + lead + len(piece.strip())))
        start = end + 1 if m else end
    return out


def consequences(sentence: str, found_out: bool = True) -> list[Span]:
    """What follows from a condition (for 会怎样 / 怎么罚 / 什么后果): the clause after one that states
    it (凡…的，[公司有权解除劳动合同]; 逾期超过30天未缴的，[物业公司将发出书面催缴通知]), or the
    clause of an offender (违者[罚款200元]). With `found_out`, also the penalty after an offence found out
    (一经查实，[取消入伍资格]), which is no remedy (best_remedy leaves it out: 考试下雨怎么办)."""
    parts = _clauses(sentence)
    out = []
    for i, c in enumerate(parts):
        body = LIST_MARK.sub("", c.text)
        m = _OFFENDER.match(body)
        if m and len(body) > len(m.group(0)) + 1:
            skip = c.text.find(body) + m.end()
            out.append(Span(c.text[skip:], c.start + skip, c.end))
            continue
        verdict = _VERDICT_AFTER.search(body)
        if verdict and verdict.start() >= 2:  # 压线或脚落地即不及格: the verdict after 即
            at = c.text.find(body) + verdict.start(1)
            out.append(Span(c.text[at:], c.start + at, c.end))
            continue
        condition = CONDITION.match(body) or (found_out and _FOUND_OUT.match(body))
        if condition and _PENALTY.search(body) and not body.endswith(("的", "的话", "时")):
            out.append(c)  # 对不作为的村干部严肃处理: the deed is in the clause of its condition
        elif i + 1 < len(parts) and len(body) >= 3 and (body.endswith(("的", "的话", "时")) or condition
                                                        or found_out and _FOUND_OUT_AFTER.search(body)):  # 代刷卡一经发现，[双方各扣…]
            if i + 2 < len(parts) and _FOUND_OUT.match(LIST_MARK.sub("", parts[i + 1].text)) \
                    and not _PENALTY.search(parts[i + 1].text):
                continue  # 故意损坏的，一经查实，取消…: what follows is the penalty after 一经查实, not 一经查实 itself
            out.append(parts[i + 1])
        elif condition and _PENALTY.search(body):  # 逾期未还的图书每册每天收取滞纳金0.1元
            out.append(c)
    return out


def best_consequence(sentence: str, keywords: list[str]) -> Span | None:
    """The consequence whose condition shares most of the question's keywords, nearest them; None when
    the sentence states no condition with a consequence."""
    spans = consequences(sentence)
    if not spans:
        return None
    return nearest(spans, sentence, keywords)


# An instruction opens a clause (请更换新滤网, 可在站点服务终端上办理延时还车), or follows the condition
# it is given for within its clause (考核不合格的可免费补考一次; 灯变红时请及时更换; 遭其咬伤后仍需严谨处理).
_INSTRUCTION = re.compile(r"(?:^|(?<=[的时后]))(?:仍|也|则|就)?(?:请|应当|应该|应|须|需要|需|务必|必须|建议|可以|可|及时|立即|马上|尽快)")
_TROUBLE_END = re.compile(r"：|(?<=[\u4e00-\u9fff]):")  # 变大：请检查, not the colon of https:// nor of 8:00
_CIRCLED = re.compile(r"^\s*[①-⑳]\s*")


def remedies(sentence: str) -> list[Span]:
    """What to do (for 怎么办, 咋办, 要干啥): from a clause that gives an instruction to the end of its
    part of the sentence (请检查机器是否放置平稳，滤网是否安装到位; 请在浏览器中手动打开10.1.1.1完成认证,
    not what follows the semicolon). A troubleshooting line's trouble (③ 噪音明显变大：请检查…) and a
    FAQ's cause (滤网可能已到使用寿命，请更换新滤网) are no instruction."""
    out: list[Span] = []
    for c in _clauses(sentence):
        colon = _TROUBLE_END.search(c.text)
        skip = colon.end() if colon else 0  # the trouble a «…：» line names before its colon
        body = _CIRCLED.sub("", LIST_MARK.sub("", c.text[skip:]))
        m = _INSTRUCTION.search(body)
        if m is None or (m.start() > 0 and len(body[:m.start()]) < 2):
            continue
        start = c.start + skip + c.text[skip:].find(body) + m.start()
        if any(r.start <= start < r.end for r in out):
            continue
        end = re.search(r"[；;。！？!?]|$", sentence[start:]).start() + start
        out.append(Span(sentence[start:end].strip(), start, end))
    return out


# A clause that says the deed a means brings about (…5秒，即可开启童锁; …，就能连上): the means is before it.
_BY_MEANS = re.compile(r"^(?:即可|便可|就可以|就可|就能|即能|方可)")


def means_before(sentence: str, clause: str) -> str:
    """The clause that says how (for 怎么打开, 如何开启): when the clause that names the deed only says
    it follows (同时按住定时键和风速键5秒，即可开启或解除童锁), the clause before it; else `clause`."""
    parts = _clauses(sentence)
    at = next((i for i, c in enumerate(parts) if c.text == clause), None)
    if not at or not _BY_MEANS.search(clause) or sentence[parts[at - 1].end:parts[at].start].strip() not in ("，", ","):
        return clause
    return parts[at - 1].text


def by_itself(sentence: str, words: list[str]) -> bool:
    """Does the sentence say the asked deed only as happening by itself (…8小时后自动关机), never as
    something one does? Then it does not say how to do it (怎么关机: 长按电源键3秒关机)."""
    def alone(w: str) -> bool:  # every time the sentence says it, 自动 stands before it
        said = [m.start() for m in re.finditer(re.escape(w), sentence)]
        return bool(said) and all(sentence[:at].endswith("自动") for at in said)
    return any(alone(w) for w in words if len(w) >= 2)


# Kinds of answer a question prefers but does not require: a place (在哪里: encyclopedias say where
# without 位于) and an instruction (怎么办: 考试没过 is answered by 可免费补考一次, and a sentence may
# say what to do in other words: 处理方法是…).
PREFERRED_KINDS = ("place", "remedy")


def preferred_said(kind: str, sentence: str) -> bool:
    """Does the sentence hold an answer of the preferred kind (a place; an instruction, or what a rule
    does for the case it states: best_remedy)?"""
    return bool(places(sentence) if kind == "place" else remedies(sentence) or consequences(sentence, found_out=False))


def trouble_of(sentence: str) -> str:
    """The trouble a troubleshooting list's item names before the colon its instruction follows (③ 噪音明显变大：
    请检查…: 噪音明显变大), or "" when the sentence is no such item (答：请…, 处理方法：请… name no trouble)."""
    m = _TROUBLE_END.search(sentence)
    if m is None or not (LIST_MARK.match(sentence) or _CIRCLED.match(sentence)) \
            or not any(r.start >= m.end() for r in remedies(sentence)):
        return ""
    return _CIRCLED.sub("", LIST_MARK.sub("", sentence[:m.start()])).strip()


def best_remedy(sentence: str, keywords: list[str]) -> Span | None:
    """The instruction nearest the question's keywords (the trouble it is given for); else what a rule
    does for the case it states (对因工作、教学等要求返区人员，核实健康证明: consequences); or None."""
    return nearest(remedies(sentence) or consequences(sentence, found_out=False), sentence, keywords)


_FREQUENCY = re.compile(
    r"按(?:季度|年度|年|月|周|日|天|学期|次)"
    r"|每(?:隔)?[\d一二两三四五六七八九十半]*(?:个)?(?:季度|学期|星期|年|月|周|天|日)(?:[^，,。；;]{0,10}?[一\d]+次)?"
    r"|[一\d]+(?:年|月|周|天|个月|季度)[一\d]+次")


def frequencies(sentence: str) -> list[Span]:
    """How often (for 多久…一次): 按季度, 每年…一次, 每两个月, 一年两次."""
    return matches(_FREQUENCY, sentence)


_PLACE = re.compile(
    # (a table row's cell ends at its separator: «地点：二楼书画室 · 费用：免费» gives 二楼书画室's cell alone)
    r"(?:位于|坐落于|坐落在|地处|设在|设于|(?:地址|地点|位置)(?:在|是|为|[：:])?|(?<=网点[：:])|(?<=服务点[：:])|(?<=办理点[：:])|(?<=受理点[：:]))[^，,。；;·]{2,30}(?<!\s)"
    r"|(?:在|(?<![达收得感受遇想做看听找拿])到)[^，,。；;在到]{1,20}?(?:\d+号楼?|路|街|巷|大道|楼|层|室|门|之间|旁边|旁|附近|对面|窗口|大厅|广场|[东西南北]侧"
    r"|馆|厅|礼堂|操场|食堂|办公室|服务中心|服务站|网点)"
    r"|从[^，,。；;从]{2,12}(?=出发|发车|发班车|开出|启程|乘车|上车)"  # 班车从哪里发车: 从市体育中心
    # a street address said bare after a label or a comma (儿童保健科：城关镇文昌路26号，电话…)
    r"|(?:(?<=[：:，,、])|^)(?:(?!位于|坐落|地处|设在|设于|地址|地点)[\u4e00-\u9fff]){1,12}?(?:路|街|大道|大街|巷)\d+号"
    r"[\u4e00-\u9fffA-Za-z\d]{0,8}"
    # (a list of the points where it is done: «服务网点：市民中心一楼大厅、火车站东广场»)
    # where one does it online (在哪预约: 通过OA系统, 在“瑞康健康”小程序)
    r"|(?:通过|登录|关注|在)[^，,。；;]{1,12}?(?:系统|平台|App|APP|app|小程序|公众号|官网|网站)")


_ORIGIN = re.compile(r"(?:籍贯|祖籍|出生于|生于|来自|老家在)[：:是为]?[^，,。；;]{2,12}"
                     r"|[\u4e00-\u9fff]{2,8}(?:省|市|县|州|镇|乡|村|区)人(?![员民士们口数])"
                     r"|(?:^|(?<=[，,、（(]))(?![\u4e00-\u9fff]*(?:负责|责任|联系|代表|候选|主持|发言|当事|经纪|个|本|他|别|家|工|病|老|男|女|成|大|小|年轻|外地|本地)人)"
                     r"[\u4e00-\u9fff]{2,6}人(?=[，,。；;）)])"
                     # 吴郡富春（今浙江省杭州市富阳区）人: the old name, today's in brackets
                     r"|(?:^|(?<=[，,、]))[\u4e00-\u9fff]{2,8}[（(][^（）()]{1,20}[）)]人(?=[，,。；;])")


# Classes a line names (C类、D类个人燃放类产品, 一类和二类): a name of up to four characters and 类, listed.
_CATEGORY = re.compile(r"(?<![分人这那此该各本同归])[A-Za-z0-9一二三四五六七八九甲乙丙丁]{1,3}类(?:[、和与及或][A-Za-z0-9一二三四五六七八九甲乙丙丁]{1,3}类)*")


def categories(sentence: str) -> list[Span]:
    """The classes a sentence names (for 哪几类): C类、D类, 一类和二类."""
    return matches(_CATEGORY, sentence)


_COLOR = re.compile(r"(?:深|浅|淺|大|天|宝|寶|墨|米|咖啡)?[红紅黄黃绿綠蓝藍白黑灰紫橙粉棕金银銀青](?:色|底)")


def colors(sentence: str) -> list[Span]:
    """The colours a sentence names (for 什么颜色): 红色, 蓝底, 深灰色."""
    return matches(_COLOR, sentence)


def origins(sentence: str) -> list[Span]:
    """Where a person comes from (for 是哪里人 / 籍贯): 河南扶沟人, 籍贯：山东济南, 来自湖北."""
    return matches(_ORIGIN, sentence)


def places(sentence: str) -> list[Span]:
    """Where something is (for 在哪里 / 地址): 位于柳岸路88号一楼, 在3号楼和7号楼之间."""
    return matches(_PLACE, sentence)


# Words before a doer that hand it the deed (由乡纪委牵头, 经市…局批准, 组织村干部统一为村民购买).
HANDS_ON = frozenset(("由", "被", "经", "交由", "让", "叫", "派", "派出", "组织", "安排", "委托", "请", "邀请",
                      "动员", "发动", "指派", "号召"))
# Prepositions whose noun is what the deed is done to, for or with, never its doer (对城区, 为村民, 向上级).
_OBJECT_MARKS = frozenset(("对", "为", "向", "给", "在", "从", "把", "将", "于", "跟", "同", "替", "帮", "朝", "往",
                           "按", "按照", "根据", "用", "以", "到", "自", "针对", "围绕"))
# Words that join two doers (爱心企业与爱心人士纷纷捐款, 交管站等站所负责人和各村党支部书记).
_JOINS = frozenset(("与", "和", "及", "以及", "、", "同", "等"))
# Verbs that carry a deed rather than say one (义务消毒队对城区进行消毒, 由行政部统一更换, 由局负责解释).
LIGHT_VERBS = frozenset(("进行", "开展", "负责", "统一", "予以", "给予", "实施", "来", "去", "前往", "共同", "一起",
                         "自行", "亲自", "主动", "及时", "全力", "分别", "专门", "须", "需", "需要", "要", "应",
                         "应当", "必须", "可", "可以", "能", "会", "将", "已", "都", "也", "均", "还", "就", "才"))
_DOER_FLAGS = ("n", "j", "nt", "nz", "nr", "ns", "b", "vn")  # what a doer's words may be (义务/n 消毒/vn 队/n)
_PERSONAL = "他她它我你咱"  # the pronouns that stand for someone named elsewhere
_QUOTES = "“”\"'‘’「」"


# The duties a rule hands out by 由 (由公司承担, 由部门经理审批): whoever 由 names there answers a 谁
# asked in other words (体检的钱谁出).
# (a duty may be done 依法, 依规 or 按规定: 由派出所依法处理 → 派出所)
_DUTY = re.compile(r"(?:依法|依规|按规定)?(?:负责|审批|审核|批准|组织|牵头|解释|签发|办理|主持|管理|承担|发放|实施|统一|向|对|带队|带领|上报"
                   r"|代为|代办|申领|申请"  # 由监护人代为申领: the one who does it for another
                   r"|报告|进行|开展|提供|协调|指导|处理|处置|查处|依照|依据|按照)")  # 由公安机关依照《条例》处…罚款


def doer_word(flag: str, word: str) -> bool:
    """Can a word be part of a doer's noun phrase (a noun, an abbreviation, a quote mark inside it)?
    Not a word that hands on a deed, whatever jieba tags it (委托妻子照顾: 委托 tagged a noun)."""
    return (flag.startswith(_DOER_FLAGS) or (flag == "x" and word in _QUOTES)) and word not in HANDS_ON


def cut_with_bodies(sentence: str) -> list[tuple[Span, str, str]]:
    """The sentence cut into words, a named body (bodies: 神州天地体育传媒（北京）有限公司) kept as one:
    (span, flag, word) each, the body's flag nt."""
    named = bodies(sentence)
    out: list[tuple[Span, str, str]] = []
    pos = 0
    for w in tagged(sentence):
        end = pos + len(w.word)
        body = next((b for b in named if b.start < end and pos < b.end), None)
        if body is None:
            out.append((Span(w.word, pos, end), w.flag, w.word))
        elif not out or out[-1][0] != body:
            out.append((body, "nt", body.text))
        pos = end
    return out


def _phrase_before(words: list[tuple[Span, str, str]], j: int) -> int:
    """The index of the first word of the noun phrase that ends at word `j`, with a pronoun that
    opens it (对其家庭: 其) or a verb that qualifies it where the clause opens or after what hands on
    the deed."""
    k = j
    while k > 0 and doer_word(words[k - 1][1], words[k - 1][2]) and words[k - 1][2] not in _JOINS:
        k -= 1
    if k > 0 and words[k - 1][1].startswith("r"):
        k -= 1
    elif k > 0 and words[k - 1][1] == "v" and words[k - 1][2] not in HANDS_ON \
            and (k == 1 or words[k - 2][2] in HANDS_ON or words[k - 2][1] == "x"):
        k -= 1  # 退休教师 opening a clause, 由分管副总经理: a verb that says which ones
    return k


def _doer_span(sentence: str, words: list[tuple[Span, str, str]], k: int, j: int) -> Span | None:
    """The doer spanned by words k..j, quotes and a deed's noun (vn) at its edges dropped; None when
    it is a pronoun, a time, a place (庞庄村) or under two characters."""
    while k <= j and words[k][1] == "x":
        k += 1
    while j >= k and words[j][1] in ("x", "vn", "b") and not (words[j][1] == "b" and words[j][2].endswith(ROLES)):
        j -= 1  # (a role jieba tags a distinguishing word stays: 实验室主任)
    if k > j or (words[k][1].startswith("r") and (k == j or words[k][2][0] in _PERSONAL)):
        return None  # 他委托妻子: a pronoun is whom the sentence before names
    start, end = words[k][0].start, words[j][0].end
    text = sentence[start:end]
    if len(text) < 2 or len(text) > 24 or text.endswith(tuple(_PLACE_END)) or words[j][1].startswith(("ns", "t")):
        return None
    return Span(text, start, end)


def _clause_opening(words: list[tuple[Span, str, str]], i: int) -> int:
    """The index of the first word of the clause that holds word `i` (a list's 、 opens none)."""
    while i > 0 and not (words[i - 1][1] == "x" and words[i - 1][2] not in _QUOTES + "、"):
        i -= 1
    return i


def _object_mark(words: list[tuple[Span, str, str]], k: int) -> int | None:
    """The index of the preposition whose noun phrase holds word `k` (对城区, 对比赛中所有事件: no verb
    between), or None when none stands before it in its clause."""
    i = k - 1
    while i >= 0 and not (words[i][1] == "x" and words[i][2] not in _QUOTES + "、"):
        span, flag, word = words[i]
        if word in _OBJECT_MARKS and flag.startswith("p"):
            return i
        if (flag.startswith("v") and flag != "vn") or word in HANDS_ON:
            return None
        i -= 1
    return None


def _pronoun_does(words: list[tuple[Span, str, str]], i: int) -> bool:
    """Does a personal pronoun stand right before the deed of word `i`, past adverbs and light verbs
    (他委托, 他就提出)?"""
    j = i - 1
    while j >= 0 and (words[j][2] in LIGHT_VERBS or words[j][1].startswith(("d", "ad"))):
        j -= 1
    return j >= 0 and words[j][1].startswith("r") and words[j][2][0] in _PERSONAL


def _doers_of(sentence: str, words: list[tuple[Span, str, str]], i: int) -> Span | None:
    """The doer of the deed said by word `i`: walking back through its clause past adverbs, light
    verbs and a preposition's noun (对城区, 为村民), the noun phrase that stands before it, with any
    joined to it (爱心企业与爱心人士)."""
    j = i - 1
    while j >= 0:
        span, flag, word = words[j]
        if flag == "x" and word not in _QUOTES:
            return None  # the clause opens: no doer before the deed
        if not doer_word(flag, word) or (flag == "vn" and word in LIGHT_VERBS):
            if word in LIGHT_VERBS or flag.startswith(("d", "ad")) or word in HANDS_ON:
                j -= 1
                continue
            return None  # another deed stands between (志愿者上门消毒: 上门)
        k = _phrase_before(words, j)
        mark = _object_mark(words, k)
        if mark is not None:
            j = mark - 1  # 对城区进行消毒: 城区 is what is disinfected; 对比赛中所有事件拥有
            continue
        while k > 1 and words[k - 1][2] in _JOINS and doer_word(words[k - 2][1], words[k - 2][2]):
            k = _phrase_before(words, k - 2)
        if k > 0 and words[k - 1][1] == "v" and words[k - 1][2] not in HANDS_ON:
            return None  # 协助教务长执行事务: the object of a deed that hands nothing on
        return _doer_span(sentence, words, k, j)
    return None


# Words of how a deed is done that jieba tags nouns (依法, 依规): no part of the doer before them.
_HOW_DONE = frozenset({"依法", "依规", "依约", "全额", "统一", "集中", "分别", "共同"})

# The end of a word naming a person or a party (考生, 操控人, 乙方), whatever jieba tags it after 由.
_PERSON_END = re.compile(r"[\u4e00-\u9fff](?:生|人|员|者|方|师|长)$")


def _handed_before(sentence: str, words: list[tuple[Span, str, str]], i: int) -> Span | None:
    """The doer 由 or 经 hands the deed said by word `i` in its clause, with what says when, where or how it is
    done between them (观礼证由各学院辅导员于6月23日统一发放 → 各学院辅导员; 经导师签字后 → 导师; 由服务对象在小程序上
    确认 → 服务对象): the noun phrase right after it. None when the clause has neither."""
    j = i - 1
    while j >= 0 and not (words[j][1] == "x" and words[j][2] not in _QUOTES):
        first = j + 1 + (j + 2 < i and words[j + 1][2] in ("各", "每"))  # 由各学院辅导员: each one's
        if words[j][2] in ("由", "经") and first < i and (doer_word(words[first][1], words[first][2])
                                                        or _PERSON_END.search(words[first][2])):  # (考生: jieba's verb)
            k = first
            while k + 1 < i and doer_word(words[k + 1][1], words[k + 1][2]) and words[k + 1][1] != "vn" \
                    and not (dictionary_tag(words[k + 1][2]) or "").startswith(("v", "d", "p", "a")) \
                    and words[k + 1][2] not in _HOW_DONE:  # (由操控人依法承担: 操控人)
                k += 1
            return _doer_span(sentence, words, j + 1, k)
        j -= 1
    return None  # (经批准后，方可进入: no noun after 经, no doer)


def doers(sentence: str, deeds: tuple[str, ...] | list[str] = ()) -> list[Span]:
    """Who does a deed of `deeds` (words the sentence says it with) in a sentence, when no name says
    it: the group, role or body before the deed (义务消毒队对城区进行消毒 → 义务消毒队), after what hands
    it the deed (由分管副总经理审批, 组织村干部统一为村民购买 → 村干部), never the deed's object or a
    place. With no deeds, those that 由 hands a duty (_DUTY: 由卫生院向上级报告 → 卫生院)."""
    words = cut_with_bodies(sentence)
    out: list[Span] = []
    for i, (span, flag, word) in enumerate(words):
        if deeds:
            if not any(d in word for d in deeds):
                continue
            nxt = words[i + 1] if i + 1 < len(words) else None
            if flag.startswith(("n", "vn")) and nxt is not None and (nxt[1].startswith("n") or nxt[2] == "的") \
                    and nxt[2] not in deeds:
                continue  # 义务消毒队, 网球比赛的主裁判: a deed's noun naming a thing
            if _pronoun_does(words, i):
                return []  # 他提出…，即国际社会提供: 他 did it, whom the sentence before names
            found = _doers_of(sentence, words, i) or _handed_before(sentence, words, i)
        elif word == "由" and i + 1 < len(words) and doer_word(words[i + 1][1], words[i + 1][2]):
            j = i + 1  # up to the first word jieba's dictionary has as a verb (班子成员带队: 带队)
            while j + 1 < len(words) and doer_word(words[j + 1][1], words[j + 1][2]) and words[j + 1][1] != "vn" \
                    and dictionary_tag(words[j + 1][2]) != "v" \
                    and not ((duty := _DUTY.match(words[j + 1][2])) and duty.end() < len(words[j + 1][2])):  # (负责管理:
                # a duty glued to the deed it does, a noun to jieba; 带队, a duty jieba tags a noun, stays the doer's)
                j += 1
            found = _doer_span(sentence, words, i + 1, j)
            if found is not None and not _DUTY.match(sentence, found.end):
                continue  # 由理事会…委任 answers no 谁协助; 由班子成员带队: 带队 (tagged a noun) is in it
        else:
            continue
        if found is not None and found not in out:
            out.append(found)
    return out


def role_holders(sentence: str, role: str) -> list[Span]:
    """Who holds a role the sentence hands out (任组长, 为成员): the noun phrase before it, a whole list
    (党政办、卫生院…和各村党支部书记为成员 for 成员; 由乡长丁俊邦任组长 → 乡长丁俊邦 for 组长). The
    role must stand as a word of its own there (任副组长 holds no 组长)."""
    words = cut_with_bodies(sentence)
    starts = {span.start: i for i, (span, _, _) in enumerate(words)}
    ends = {span.end for span, _, _ in words}
    out = []
    # the role may be named with its scope between (各学院院长为本学院实验室安全第一责任人: 责任人)
    for m in re.finditer(r"(?:担任|出任|任|为|是)(?:本[^，,。；;、]{0,12}?)?" + re.escape(role), sentence):
        if m.start() in starts and m.end() in ends:
            holder = _doers_of(sentence, words, starts[m.start()])
            if holder is None:
                continue
            opens = _clause_opening(words, starts[m.start()])  # 交管站等站所负责人和各村党支部书记: a list
            start = words[opens + (words[opens][2] in HANDS_ON)][0].start  # jieba tags no nouns all through
            if "、" in sentence[start:holder.start]:
                holder = Span(sentence[start:holder.end], start, holder.end)
            out.append(holder)
    # the role named first, its holder after 由 (会长由村党支部书记王建国担任 → 村党支部书记王建国); not 副会长's
    for m in re.finditer(rf"(?<!副){re.escape(role)}由([^，,。；;由]{{2,20}}?)(?:担任|兼任|出任)", sentence):
        out.append(Span(m.group(1), m.start(1), m.end(1)))
    return out


_MORE = re.compile(r"以上|超过|超出|多于|大于|高于|满(?=\d|[一二两三四五六七八九十])|之后|以后|不少于|不低于|不小于|至少")
FORBIDDING = "别勿莫"  # 别超过, 勿超过: a deed one must not do, as 不 says it (不超过)
_LESS = re.compile(r"以内|以下|之内|不足|不到|(?<!不)少于|(?<!不)小于|(?<!不)低于|不满|未满"  # (不少于: at least)
                   rf"|(?:不(?:能|得|可|准|要|应|许|宜)?|[{FORBIDDING}])(?:超过|超出|多于|大于|高于)")


def direction(text: str) -> int:
    """Which side of a threshold a piece of text speaks of: +1 above (3天以上, 超过3天), -1 below
    (3天以内, 不满10年), 0 neither or both."""
    less = bool(_LESS.search(text))
    more = bool(_MORE.search(_LESS.sub("", text)))
    return (1 if more else 0) - (1 if less else 0)


# The units a range or a stated quantity of the asker's case is read in (bounds): one list for each pattern below.
_BOUND_UNITS = ("个工作日|工作日|个月|小时|分钟|周岁|岁|年|月|天|日|次|人|名|元|万元|平方米|平米|平方(?![米公英尺呎])|㎡|公里|厘米|公分|米"
                "|英寸|寸|吋|本|册|辆|户|公斤|千克|克|斤|毫升|升|L(?![A-Za-z])|马力|级|桌|℃|度")
_BOUND_NUM = rf"(\d+(?:\.\d+)?)\s*({_BOUND_UNITS})"
_LOWER = (re.compile(rf"(?<![不未])(?:满|超过|超出|多于|大于|高于|达到|达)\s*{_BOUND_NUM}"),
          re.compile(rf"{_BOUND_NUM}\s*(?:以上|及以上|之上)"))
_UPPER = (re.compile(rf"(?:不满|未满|不足|不到|少于|小于|低于|不超过|不超出)\s*{_BOUND_NUM}"),
          re.compile(rf"{_BOUND_NUM}\s*(?:以内|以下|之内|及以下|内(?![容部外地]))"))  # 入住前2天内
_POINT = re.compile(rf"(?<![\d.])(\d+(?:\.\d+)?)\s*(多|来)?\s*({_BOUND_UNITS})")  # 80来平方: about 80, as 80多
# 60周岁至79周岁, 60至79岁: both bounds at once
_BETWEEN = re.compile(rf"(?<![\d.])(\d+(?:\.\d+)?)\s*({_BOUND_UNITS})?\s*(?:至|到|—|–|-|－|~|～)\s*(\d+(?:\.\d+)?)\s*({_BOUND_UNITS})(?![\d月日号])")
_SAME_BOUND_UNIT = {"周岁": "岁", "度": "℃", "个工作日": "天", "工作日": "天", "L": "升", "英寸": "寸", "吋": "寸",
                    "平米": "平方米", "平方": "平方米", "㎡": "平方米"}  # 80周岁以上 bounds 八十岁; 37.5度 is
# 37.5℃; 请了3天假 is held by «不足5个工作日» (fewer calendar days are fewer working days)
_CN_GRADE = re.compile(r"[一二三四五六七八九十]+(?=级|(?:至|到|—|–|-|~|～)[一二三四五六七八九十]+级)")  # a grade in Chinese
# numerals (九级伤残, 三至五级), read as digits by bounds
# A figure written in Chinese numerals before a unit (八十岁, 九十多岁, 两个月): read as digits
_CN_FIGURE = re.compile(r"[零〇一二两三四五六七八九十百]+(?=[多来]?\s*(?:个月|小时|分钟|周岁|岁|年|天|次|人|名|元|平方|平米|公里|米))")


# When a rule takes effect, asked (什么时候开始执行, 哪天起实施, 生效日期) and said (本规定自2027年3月1日起施行).
EFFECTIVE_ASKED = re.compile(r"(?:什么时候|啥时候|何时|哪天|哪一天|几号|几时|哪年)(?:开始|起)(?:用|使用|启用)"  # (价目表从啥时候开始用)
                             r"|(?:什么时候|啥时候|何时|哪天|哪一天|几号|几时|哪年|从什么时候|从哪天)(?:开始|起)?"
                             r"(?:执行|实行|施行|实施|生效)|(?:执行|实行|施行|实施|生效)(?:时间|日期)")
EFFECTIVE_SAID = re.compile(r"自[^，,。；;]{2,24}?起(?:施行|实施|执行|生效|实行)|(?:施行|实施|生效)(?:日期|时间)?[为：:]")


# A sum of money the question puts as its condition (充1000块送多少, 消费满200元减多少): after a deed of paying, or
# with 块/元 after it.
_ASKED_AMOUNT = re.compile(r"(?:充值|储值|增值|充|存|消费满|满|买|花|交|付)了?\s*(\d+(?:\.\d+)?|[一二两三四五六七八九十百千]+)(?![\d.])(?!\s*(?:次|个|天|月|年|岁|人|件|张|小时|分钟|公里|米))"
                           r"|(\d+(?:\.\d+)?|[一二两三四五六七八九十百千]+)\s*(?:块钱|块|元|蚊)")  # 增值500蚊: Hong Kong's top-up, dollars


def _amount(numeral: str) -> float | None:
    """12 → 12.0, 一千 → 1000.0, 两百 → 200.0 (None when unreadable)."""
    if re.fullmatch(r"\d+(?:\.\d+)?", numeral):
        return float(numeral)
    from wenda.corpus.outline import cn_number

    return float(cn_number(numeral)) or None


def asked_amounts(question: str) -> set[float]:
    """The sums of money a question states as its condition (充1000块送多少 → {1000})."""
    out = set()
    for m in _ASKED_AMOUNT.finditer(question):
        if m.group(1) and (unit := unit_at(question[m.end(1):])) and unit_class(unit) != "money" \
                and not question[m.end(1):].lstrip().startswith(("块", "元", "万", "千", "蚊")):
            continue  # 买一头能繁母牛: one head bought, no sum paid
        if TOGETHER.match(question, m.start()):
            continue  # 清洗和打蜡一块做多少钱: together, no 1块 paid
        value = _amount(m.group(1) or m.group(2))
        after = question[m.end(1 if m.group(1) else 2):]
        if value and (scale := re.match(r"(万|千)(?![克米瓦伏])", after)):
            value *= 10000 if scale.group(1) == "万" else 1000  # 花了5万: 50000元
        if value:
            out.add(value)
    return out


def amount_holds(figure: Span, text: str, amounts: set[float]) -> bool:
    """Is the money `figure` of `text` one of the sums the question states of its case, or a bound that holds one
    (超过3万元 for 花了5万, 500元以下 for 买了300块)?"""
    value = money_amount(figure.text)
    if value is None:
        return False
    if value in amounts:
        return True
    side = direction(text[max(0, figure.start - 3):figure.end + 3].replace("满", ""))  # 满300元减80元: an offer's
    # threshold asks the sum itself (满500减多少 is no case of 满300), a bound is 超过 or 以上
    return any(a > value if side > 0 else a < value for a in amounts) if side else False


# 一块, 一起 right before a deed (一块洗, 一起去): together, no quantity of one (一块多少钱 is one piece, or one 元).
TOGETHER = re.compile(r"(?:一起|一块儿?|一同)(?![钱的多几])[\u4e00-\u9fff]")


# The superlatives, one table: the words after 最 that ask the most (MOST_AFTER) or the least (LEAST_AFTER) of a
# quantity. A «which» question (哪个组报名费最贵, 哪个村种得最多) reads them with 轻 and 省钱 for the least; a limit
# asked (最多带几个, 最晚几点) with the times (晚, 迟 the most; 早 the least), 沉, and the bound words (至多, 上限).
MOST_AFTER = ("多", "长", "高", "大", "贵", "远", "久", "重")
LEAST_AFTER = ("少", "低", "短", "小", "便宜", "近")


def _after_most(words: tuple[str, ...], bounds: str = "") -> re.Pattern[str]:
    return re.compile("最(?:" + "|".join(words) + ")" + (f"|{bounds}" if bounds else ""))


# Which of several asks the most or the least: +1 the most, -1 the least.
_MOST_ASKED = _after_most(MOST_AFTER)
_LEAST_ASKED = _after_most(LEAST_AFTER + ("轻", "省钱"))
_CLAUSE = re.compile(r"(?:[^，,；;。、：:]|(?<=\d),(?=\d))+")  # (not the comma of 1,200元)


def extreme_asked(question: str) -> int:
    """+1 when a «which» question asks the one of the most (哪个组报名费最贵), -1 the least, 0 neither or both."""
    if "哪" not in question:
        return 0
    most, least = bool(_MOST_ASKED.search(question)), bool(_LEAST_ASKED.search(question))
    return 1 if most and not least else -1 if least and not most else 0


def extreme_clause(text: str, side: int) -> Span | None:
    """Of the clauses of a sentence that each name a thing and give one figure of the same unit (公开组每队3000元，
    元老组每队2000元，女子组每队1000元), the one of the most (side +1) or the least (-1): the thing a «which …
    最贵» question asks. None when fewer than two such clauses, their units differ, or two share the extreme."""
    found = []
    for m in _CLAUSE.finditer(text):
        figs = figures(m.group())
        if len(figs) != 1 or not re.search(r"[\u4e00-\u9fff]{2}", m.group()[:figs[0].start]):
            continue
        value = re.search(r"\d+(?:\.\d+)?", figs[0].text.replace(",", ""))
        if value:
            found.append((float(value.group()) * (10000 if "万" in figs[0].text else 1), unit_of(figs[0].text),
                          Span(m.group().strip(), m.start(), m.end())))
    if len(found) < 2 or len({u for _, u, _ in found}) != 1:
        return None
    best = (max if side > 0 else min)(v for v, _, _ in found)
    top = [sp for v, _, sp in found if v == best]
    return top[0] if len(top) == 1 else None


# The lowest or the highest of a list asked of its tiers (最低一档, 最高档次, 最低一级): -1 the least, +1 the most.
TIER_EXTREME = re.compile(r"最(低|少|小|便宜|高|多|大|贵)(?:的)?(?:一)?(?:档|级|等|个档次|档次)")


def extreme_of_list(question: str, text: str, figs: list[Span]) -> list[Span]:
    """Of figures a sentence lists one after another by 、 in one unit (每年200元、300元、…、6000元共11个档次), the least
    one where the question asks the lowest tier (最低一档要交多少钱: 200元) or the most for the highest; the figures
    as they are otherwise (no tier asked, or no list of three)."""
    m = TIER_EXTREME.search(question)
    if not m:
        return figs
    runs: list[list[Span]] = []
    for f in sorted(figs, key=lambda f: f.start):
        if runs and re.fullmatch(r"\s*、\s*", text[runs[-1][-1].end:f.start]) and unit_of(f.text) == unit_of(runs[-1][-1].text):
            runs[-1].append(f)
        else:
            runs.append([f])
    run = max(runs, key=len, default=[])
    values = [float(v.group()) for f in run if (v := re.search(r"\d+(?:\.\d+)?", f.text.replace(",", "")))]
    if len(run) < 3 or len(values) != len(run):
        return figs
    pick = (min if m.group(1) in "低少小便宜" else max)(range(len(values)), key=values.__getitem__)
    return [run[pick]]


def money_amount(figure: str) -> float | None:
    """The sum a money figure says (500元 → 500, 1.2万元 → 12000), None for any other."""
    m = re.search(r"(\d+(?:\.\d+)?)\s*(万)?\s*元", figure.replace(",", "")) or \
        re.search(rf"(?:{_CURRENCY})(\d+(?:\.\d+)?)()", figure.replace(",", ""))  # HK$2,680
    return float(m.group(1)) * (10000 if m.group(2) else 1) if m else None


def arabic(text: str) -> str:
    """`text` with the Chinese numerals that count a unit written in digits: 八十岁 → 80岁; a height said
    the spoken way, metres then tenths (一米三, 1米1) → 1.3米, 1.1米."""
    from wenda.corpus.outline import cn_number

    text = _SPOKEN_METRES.sub(lambda m: f"{cn_number(m.group(1)) or m.group(1)}.{cn_number(m.group(2)) or m.group(2)}"
                              f"{(cn_number(m.group(3)) or m.group(3)) if m.group(3) else ''}米", text)
    return _CN_FIGURE.sub(lambda m: str(cn_number(m.group(0)) or m.group(0)), text)


# 一米三, 1米2, 一米四五: metres, tenths and hundredths as spoken (not 1米20: centimetres after it; not 一米三十).
_SPOKEN_METRES = re.compile(r"(?<![\d.一二两三四五六七八九十])([一二两三四五六七八九\d])米([一二三四五六七八九\d])"
                            r"([一二三四五六七八九\d](?![\d十一二三四五六七八九米]))?(?![\d十一二三四五六七八九米])")


def _grain(number: str) -> float:
    """Half the step a figure is written to: 0.5 for a whole number (12年 is 12 to 12.5), 0.05 for tenths (1.3米)."""
    decimals = len(number.partition(".")[2])
    return 0.5 / 10 ** decimals


def bounds(text: str, point: bool = False) -> dict[str, tuple[float, float]]:
    """The range of a quantity a text sets, by unit: 满10年不满20年 → {年: (10, 20)}, 3天以上 → {天:
    (3, inf)}, 不满10年 → {年: (-inf, 10)}. With `point`, a bare figure (工作了12年) is the range
    (12, 12.5) when the text sets no bound in its unit (a question's own figure)."""
    out: dict[str, list[float]] = {}
    if point:  # 7个人, 三口人: a count of people (not 两个人, 一个人, said of one's party more than of a case)
        text = re.sub(r"(?<=\d)\s*个(?=人)|(?<=[\d二两三四五六七八九十])\s*口(?=人)", "", text)
    text = re.sub(r"[（(]含[）)]", "", arabic(text))  # 1.2米（含）至1.5米（含）: both ends in the range
    if "级" in text:  # 七级至十级: 7级至10级, read so for bounds only
        from wenda.corpus.outline import cn_number

        text = _CN_GRADE.sub(lambda m: str(cn_number(m.group(0))), text)
    for m in _BETWEEN.finditer(text):
        unit = _SAME_BOUND_UNIT.get(m.group(4), m.group(4))
        if m.group(2) is None or _SAME_BOUND_UNIT.get(m.group(2), m.group(2)) == unit:
            top = float(m.group(3))  # 50—70马力（不含70马力）: the top left out, the next band's own
            out[unit] = [float(m.group(1)), top if re.search(
                rf"不含\s*{re.escape(m.group(3))}\s*{re.escape(m.group(4))}", text[m.end():m.end() + 16]) else top + _grain(m.group(3))]
    for side, patterns in ((0, _LOWER), (1, _UPPER)):
        for pattern in patterns:
            for m in pattern.finditer(text):
                lo_hi = out.setdefault(_SAME_BOUND_UNIT.get(m.group(2), m.group(2)), [float("-inf"), float("inf")])
                # 15寸及以下, 12寸以内 hold 15寸, 12寸 themselves: a top said so is the band's own (不满 leaves it out);
                # 超过3天 leaves 3天 out, as 满3天 and 3天以上 take it in
                own = re.search(r"以下|以内|之内", m.group(0)) if side else re.match(r"超过|超出|多于|大于|高于", m.group(0))
                lo_hi[side] = float(m.group(1)) + (_grain(m.group(1)) if own else 0)
    if point:
        for m in _POINT.finditer(text):
            unit = _SAME_BOUND_UNIT.get(m.group(3), m.group(3))
            if unit not in out:
                n = float(m.group(1))
                out[unit] = [n, n + (10 if m.group(2) and n >= 10 and n % 10 == 0 else 1 if m.group(2) else _grain(m.group(1)))]
        days = ahead_days(text)  # 提前两周, 婚礼前一个月, 提前半年: days, as a notice counts them
        if days and "天" not in out:
            out["天"] = [days, days + 0.5]
        if "天" in out and "日" not in out:  # the asker's 3天 is a notice's 3日 (入營日前6日內)
            out["日"] = list(out["天"])
        ahead = _AHEAD_OR_LATE.search(text)  # (not 一天最多工作几个小时: a day, the time a rate is counted by)
        if ahead and "天" in out and "小时" not in out:  # 提前两天取消 is 48 hours ahead («服务开始前24小时以上取消»)
            out["小时"] = [b * 24 for b in out["天"]]
        if ahead and "小时" in out and "分钟" not in out:  # so is an hour late 60 minutes («迟到超过30分钟的»)
            out["分钟"] = [b * 60 for b in out["小时"]]
    return {u: (lo, hi) for u, (lo, hi) in out.items()}


# A time a question states ahead of an event or past it (提前两天, 前一天, 迟到1个小时, 超时20分钟): read in hours and
# minutes too, where a notice counts so.
_AHEAD_OR_LATE = re.compile(r"提前|提早|\d\s*(?:天|日|个?小时)(?:以|之)?前|前\s*\d|迟到|晚到|超时|逾期")


# A length of time before an event the question states in weeks, months or years (提前两周, 婚礼前一个月, 提前半年,
# 三个月前): read as days by bounds, where a notice counts them so (入住日前14日, 婚宴前90天以上). Only said ahead of
# something: 一个月多少钱 is a rate, 一周几次 a frequency. 一周内 is a bound, no case.
_DAYS_IN = {"周": 7, "星期": 7, "礼拜": 7, "月": 30, "年": 365}
_COUNT = r"\d+|[一二两三四五六七八九十]+"
_SPAN = rf"(?:(?P<half>半)|(?P<n>{_COUNT}))\s*个?\s*(?P<unit>{'|'.join(_DAYS_IN)})"
# Any time ahead of a deed, days and hours too (提前1个月, 提早3天, 提前24小时, 提前5个工作日): when it must be done,
# where a line gives no date (Answerer._span). ahead_days reads only the units above: a question's days and
# hours are read as they stand by bounds.
TIME_AHEAD = re.compile(rf"(?:提前|提早)\s*(?:半|{_COUNT})\s*个?\s*(?:个?工作日|天|日|小时|{'|'.join(_DAYS_IN)})(?:以上)?")
_AHEAD = re.compile(rf"(?:提前|提早|(?<=[\u4e00-\u9fff])(?<![以之从此目当眼面先事])前)\s*{_SPAN}(?![\u4e00-\u9fff]{{0,4}}?(?:之内|以内|内))"
                    rf"|{_SPAN.replace('?P<', '?P<b_')}\s*(?:前|之前|以前)")


def ahead_days(text: str) -> float:
    """The days before an event a text states in weeks, months or years (提前两周 → 14, 婚礼前一个月 → 30, 提前半年
    → 182.5, 三个月前 → 90); 0 when none."""
    m = _AHEAD.search(text)
    if not m:
        return 0.0
    half, n, unit = (m.group("half"), m.group("n"), m.group("unit")) if m.group("unit") else \
        (m.group("b_half"), m.group("b_n"), m.group("b_unit"))
    count = 0.5 if half else (_amount(n) or 0.0)
    return count * _DAYS_IN[unit]


# A question that asks a limit (最多带几个, 最贵的票, 至少充多少) is answered by a bound on the same side:
# 最多 by 不超过 / 以内 / 限 / 最高, 最少 by 不少于 / 至少 / 以上 / 最低 (every maximum said is one).
_ASK_MOST = _after_most(MOST_AFTER + ("晚", "迟", "沉"), "至多|上限|封顶")
_ASK_LEAST = _after_most(LEAST_AFTER + ("早",), "至少|起码|下限|保底")
SAYS_LOWER = re.compile(r"不(?:得)?(?:少于|低于|小于)|至少|以上|起码|最低|最少|最短|最小|下限|保底|起步|起价|起程")
SAYS_UPPER = re.compile(r"不(?:得)?(?:超过|超出|高于|大于)|以下|以内|之内|至多|最多|最高|最长|最大|最迟|最晚|上限|封顶|未满|不满|不足|不到|限")


def limit_word(word: str) -> bool:
    """Is `word` a superlative that asks a limit (最贵, 最多, 至少)?"""
    return bool(_ASK_MOST.fullmatch(word) or _ASK_LEAST.fullmatch(word))


# A bound said right after a figure: the least (5米起做, 3人以上) or the most (10人以内, 200元封顶).
_LEAST_AFTER = re.compile(r"\s*(?:起|以上|及以上|或以上)")
_MOST_AFTER = re.compile(r"\s*(?:以内|以下|之内|封顶|为限)")


def limit_at(sentence: str, value: Span, side: int) -> bool:
    """Does the value's piece of the sentence say a limit of that side (+1: 最多, 最长, 上限; -1: 最少, 至少,
    下限)?"""
    piece = piece_of(sentence, value)
    return bool((_ASK_MOST if side > 0 else _ASK_LEAST).search(piece)) \
        or bool(re.match(r"不(?:得)?(?:超过|超出|高于|大于)" if side > 0 else r"不(?:得)?(?:少于|低于|小于)", value.text)) \
        or (side > 0 and re.search(r"\d[:：]\d|[点时日号]$", value.text) is not None
            and re.match(r"\s*(?:之|以)?前(?![\d一二两三四五六七八九十])", sentence[value.end:]) is not None)
    # (a value that opens with its bound: «…、不超过25000元», the most; a time before which a thing is done: «最后一单
    # 须在16:30前开始», the latest)


def limit_asked(text: str) -> int:
    """+1 when `text` asks a maximum (最多, 最贵, 最早提前), -1 a minimum (最少, 至少, 最晚提前), 0 neither or both."""
    lead = _LEAD_ASKED.search(text)
    if lead:  # 最早能提前几天订: the longest lead (可预约14天以内); 最晚要提前几天: the shortest
        return 1 if lead.group(1) == "早" else -1
    most, least = bool(_ASK_MOST.search(text)), bool(_ASK_LEAST.search(text))
    return (1 if most else 0) - (1 if least else 0)


# The earliest or the latest a thing is done before another, asked as a lead time (最早能提前几天).
_LEAD_ASKED = re.compile(r"最([早晚迟])[^，。？?]{0,3}提前")


def limit_said(text: str) -> int:
    """+1 when `text` sets an upper bound (不超过, 以内, 限帶兩名, 最高65元), -1 a lower one (不少于,
    至少, 以上, 最低), 0 neither or both. 不少于 is a lower bound, whatever 少于 says alone."""
    lower = bool(SAYS_LOWER.search(text))
    upper = bool(SAYS_UPPER.search(SAYS_LOWER.sub("", text)))
    return (1 if upper else 0) - (1 if lower else 0)


def limit_held(word: str, text: str) -> bool:
    """Does `text` say the limit a superlative of the question asks (最贵 by 最高65元, 最多 by 限帶兩名)?"""
    side = limit_asked(word) if limit_word(word) else 0
    if side > 0:  # a text may say both ends (起程票價20元，最高65元): the asked one must be there
        return bool(SAYS_UPPER.search(SAYS_LOWER.sub("", text)))
    return side < 0 and bool(SAYS_LOWER.search(text))


def within(word: str, text: str) -> bool:
    """Does `text` set a range of a quantity that holds the one `word` states (七十岁 in 60周岁至79周岁,
    八十岁 in 80周岁以上)?"""
    asked = bounds(word, point=True)
    said = bounds(text)
    shared = [u for u in asked if u in said]
    return bool(shared) and all(asked[u][0] < said[u][1] and said[u][0] < asked[u][1] for u in shared)


# Groups of people a price or a rule is set for, each with its words (小童 is Hong Kong's 儿童) and, for a
# group by age, the ages it names (大人: 18 and over), to be read against an age range a price list sets
# (入园清洁费（12岁以上）for 大人, （3至12岁）for 小孩). The groups by age come first (AGE_GROUPS of them).
PEOPLE_GROUPS = ((("成年人", "成人", "大人"), (18.0, math.inf)),
                 (("儿童", "小孩子", "小孩儿", "小孩", "孩子", "小朋友", "婴幼儿", "幼儿", "宝宝", "小童", "娃"), (0.0, 12.0)),
                 (("老年人", "老人家", "老人", "长者"), (60.0, math.inf)),
                 (("学生",), None), (("青少年",), None), (("会员",), None), (("非会员",), None))
AGE_GROUPS = 3
# (未成年人 names no adults, 非会员 no members)
_GROUP_WORDS = [re.compile(r"(?<![未非])(?:" + "|".join(words) + ")") for words, _ in PEOPLE_GROUPS]
_AGE_GROUPS = [(_GROUP_WORDS[i], PEOPLE_GROUPS[i][1]) for i in range(AGE_GROUPS)]


def groups_named(text: str) -> dict[int, str]:
    """The groups of people (indexes of PEOPLE_GROUPS) that `text` names, each with the word it names it by
    (成人畅跳票: adults, by 成人)."""
    return {i: m.group() for i, words in enumerate(_GROUP_WORDS) if (m := words.search(text))}


def age_word(word: str) -> bool:
    """Does `word` name people by their age (大人, 小孩, 老人: _AGE_GROUPS)?"""
    return any(words.fullmatch(word) for words, _ in _AGE_GROUPS)


def age_groups_named(text: str) -> set[int]:
    """The age groups (indexes of _AGE_GROUPS) that `text` names by a word (大众池儿童票: children)."""
    return {i for i, (words, _) in enumerate(_AGE_GROUPS) if words.search(text)}


def age_group_held(word: str, text: str) -> bool:
    """Does `text` set an age range that takes in the people `word` names by their age (大人 in 12岁以上,
    小孩 in 3至12岁; not 小孩 in 12岁以上)? At least half the group's ages must fall in it (GROUP_SHARE): the
    seniors' row (65岁以上) is no adults' row, though adults of 65 are in it. A table row's cells each set
    their own range (入园清洁费（3至12岁） · 说明：未满3岁免费): one must hold the group."""
    group = next(((lo, min(hi, _OLDEST)) for words, (lo, hi) in _AGE_GROUPS if words.fullmatch(word)), None)
    if group is None:
        return False
    for piece in re.split(r" · |[，,；;。]", text):  # (a sentence's clauses too: «未满16周岁…，16周岁以上为10年»)
        said = bounds(piece).get("岁")
        if said is not None:
            shared = min(group[1], said[1]) - max(group[0], said[0])
            if shared > 0 and shared >= GROUP_SHARE * (group[1] - group[0]):
                return True
    return False


_OLDEST = 100.0  # the age an open range (65岁以上) is read up to when weighing what share of a group it holds
GROUP_SHARE = 0.5  # the share of an age group's years a row's range must hold to be that group's row


# Units whose figure in a question is a quantity of the asker's case (2公里, 65岁, 3个人), not a calendar date (2026年, 5月).
_CASE_UNITS = {"公里", "米", "周岁", "岁", "人", "名", "元", "万元", "本", "册", "辆", "户", "小时", "分钟", "次", "天",
               "克", "公斤", "千克", "斤", "厘米", "公分",  # weights and lengths (249克 within 250克以下)
               "升", "毫升",  # volumes (80升电热水器: not the row of «60升以内»; 40升的无人机: «30L及以上»)
               "马力",  # engines' power (60马力的拖拉机: «50—70马力（不含70马力）»)
               "寸",  # wheels and screens in inches (20寸的轮子: «19寸及以上»)
               "级",  # grades (九级伤残: «七级至十级的补助3万元»)
               "桌",  # tables booked (订10桌送什么: not «预订20桌以上赠送…»)
               "平方米"}  # areas (占用三十来平方: «50平方米以下的…2个工作日», not «50平方米以上的…5个工作日»)


# A count of people that names a kind of room, seat or set (四人汤屋, 双人间, 6人桌, 三人座).
_KIND_BY_HEADS = re.compile(r"(?:[一二两三四五六七八九十\d]+|双|单)人(?=间|房|屋|座|桌|床|位|套|餐|帐篷|舱|包厢|汤屋|标间)")


# A price asked of one unit (一人多少钱, 1公里多少钱): a rate, whatever range of people or distance a line sets.
_PRICE_OF_ONE = re.compile(r"(?:一|1)个?(?:[\u4e00-\u9fff]|平方米?|平米)?(?:多少钱|几块|几元|什么价|啥价)"
                           r"|(?:多少钱|几块钱?|几元)(?:一|1)个?(?:[\u4e00-\u9fff]|平方米?|平米)")  # 一平方多少钱, 多少钱一平米


def _case_ranges(question: str, text: str) -> list[tuple[tuple[float, float], tuple[float, float]]]:
    """(asked, said) for each unit of _CASE_UNITS in which the question states a bare figure (2公里; not a
    bound: 超出10公里) and `text` sets a range."""
    question = _KIND_BY_HEADS.sub("", question)  # 四人汤屋 names a kind of room, no case of four people
    for f in figures(question):  # 24小时值班电话: a name the text says as the question does («24小时值班电话：…»),
        name = f.text + question[f.end:f.end + 2]  # no case of 24 hours against «24小时内补办»
        if re.fullmatch(r"[\u4e00-\u9fff]{2}", question[f.end:f.end + 2]) and name in text:
            question = question.replace(name, name[len(f.text):])
    bound = bounds(question)
    units = _CASE_UNITS | ({"日"} if not re.search(r"\d\s*日", arabic(question)) else set())  # 3天 as 3日, not 5日 (a date)
    asked = {u: r for u, r in bounds(question, point=True).items() if u in units and u not in bound
             and not (r[0] == 1 and _PRICE_OF_ONE.search(question))}  # 一人多少钱: the price per person, no case of one
    groups = [ages for words, ages in _AGE_GROUPS if words.search(question)]
    if len(groups) == 1 and not asked and "岁" not in bound and " · " in text:  # 小孩进园要钱吗: a child's ages
        asked["岁"] = groups[0]  # (_AGE_GROUPS) against a table row's range, which holds for the whole row (a
        # sentence's ranges are each a clause's: 70岁以上老人 beside 1.3米以下儿童), when the question states no
        # case of its own (一米三的小孩: the height decides)
    said = bounds(text)
    return [(asked[u], said[u]) for u in asked if u in said]


def range_excludes(question: str, text: str) -> bool:
    """Does `text` set a range of a quantity that leaves out the one the question states of its case
    (我家离店2公里: «规格：3公里以上 · 备注：最远不超过8公里»)?"""
    shared = _case_ranges(question, text)
    return bool(shared) and not all(a[0] < s[1] and s[0] < a[1] for a, s in shared)


# A member listed with its range in brackets (少儿组（6至12周岁）, 初级班(8-12岁)).
_MEMBER_RANGE = re.compile(r"([\u4e00-\u9fff]{1,8}?)[（(]([^（）()]{1,20})[）)]")


def member_holding(question: str, text: str) -> Span | None:
    """The one member a sentence lists with a bracketed range that holds the quantity the question states of its
    case (10岁的孩子参加哪个组: 少儿组 of «设少儿组（6至12周岁）、青年组（13至35周岁）»); None otherwise. The member's
    name is the run of characters right before its bracket, after any list mark or verb word before it."""
    listed = list(_MEMBER_RANGE.finditer(text))
    found = [m for m in listed if range_holds(question, m.group(2))]
    if len(found) != 1 or len(listed) < 2:
        return None
    m = found[0]
    name = re.split(r"[、，,；;：:设分为有和及与]", m.group(1))[-1]
    start = m.start(1) + len(m.group(1)) - len(name)
    return Span(name, start, start + len(name)) if len(name) >= 2 else None


def clauses_holding(question: str, text: str) -> list[str]:
    """The clauses of `text` whose range holds the quantity the question states of its case (住8公里远: «5至10公里
    单程250元» of «5公里内单程150元，5至10公里单程250元，超过10公里恕不接送»)."""
    from wenda.corpus.text import split_clauses

    return [c for c in split_clauses(text) if range_holds(question, c)]


def bound_unit(unit: str) -> str:
    """A unit as bounds reads it (周岁 as 岁, 个工作日 as 天)."""
    return _SAME_BOUND_UNIT.get(unit, unit)


def range_before_all(question: str, sentence: str, figs: list[Span]) -> bool:
    """Does a range said before all of a sentence's figures hold the question's quantity, with no figure's own piece
    setting another range of it («儿童票（身高1.2米至1.4米）平日50元，周末70元»: both are the children's; not «5公里內
    單程150元，5至10公里單程250元», whose second piece sets its own)? Then it holds for each figure."""
    if not figs or not range_holds(question, sentence[:min(f.start for f in figs)]):
        return False
    return all(range_holds(question, p) or not _case_ranges(question, p) for p in (piece_of(sentence, f) for f in figs))


def range_holds(question: str, text: str) -> bool:
    """Does `text` set a range that holds the quantity the question states of its case (3公里以内 for 2公里)?"""
    shared = _case_ranges(question, text)
    return bool(shared) and all(a[0] < s[1] and s[0] < a[1] for a, s in shared)


def same_side(question: str, piece: str, sentence: str = "") -> bool:
    """Does a piece of a sentence speak of the range of a quantity the question asks about (请假超过3天:
    not 3天以内; 工龄不满10年: not 满10年不满20年)? The piece's own bounds count, else the sentence's; a
    question or text that sets no range in a shared unit agrees with any. Without numbers, the side
    of a threshold decides (超过 against 以内)."""
    limit = limit_asked(question)
    if limit and limit_said(piece) == -limit:
        return False  # 最多能充多少: not the minimum 每次充值不少于50元
    # (四人汤屋 names a kind of room, no case of four people: not held against «超過4人每人加收…»)
    asked = bounds(per_unit_dropped(_KIND_BY_HEADS.sub("", question), piece + sentence), point=True)
    if _PRICE_OF_ONE.search(question):  # 多少钱一平米: the price of one, no case of one square metre
        asked = {u: r for u, r in asked.items() if r[0] != 1}
    # a table row's cells each set their own range (入园清洁费（3至12岁） · … · 说明：未满3岁免费): one must agree
    own = bounds(piece)
    if not own and asked and any(bounds(piece, point=True).get(u) == r for u, r in asked.items()):
        return True  # 24小时值班电话: the piece names the very quantity asked, whatever «24小时内» another clause sets
    saids = [own] if own else [bounds(c) for c in sentence.split(" · ")] if " · " in sentence else [bounds(sentence)]
    saids = [said for said in saids if any(u in said for u in asked)]
    if own and tier_superseded(question, piece, sentence):
        return False  # 85岁: not 500元 of «70周岁以上…500元，80周岁以上…800元», the tier above takes it
    if saids:
        return any(all(asked[u][0] < said[u][1] and said[u][0] < asked[u][1] for u in asked if u in said)
                   for said in saids)
    a, b = direction(question), direction(piece)
    if _BARRED_BEYOND.search(question) and not ((bound := _BOUND_ASKED.search(question)) and bound.group(1) in piece):
        a = -a  # 超过几公斤就不能养: the side allowed is below it (体重须在10公斤以下); not where the piece bars by the
        # question's own word (满意度低于多少就不能再接活: «满意率低于85%的，…不得再承接»)
    return not a or not b or a == b


def tier_superseded(question: str, piece: str, sentence: str) -> bool:
    """Is the tier `piece` opens (70周岁以上…500元) one a higher tier of the sentence takes over for the quantity
    the question states (85岁: 80周岁以上…800元)?"""
    own = bounds(piece)
    stated = bounds(question)  # a bound the question sets (超过3天) is its condition, no case to place in a tier
    asked = {u: r for u, r in bounds(per_unit_dropped(question, sentence), point=True).items() if u not in stated}
    return bool(own) and bool(asked) and higher_tier_holds(asked, own, sentence)


def higher_tier_holds(asked: dict, own: dict, sentence: str) -> bool:
    """Does another clause of the sentence open a higher tier, also open above, that still holds the quantity
    the question states (85岁 in «70周岁以上老人…每人500元，80周岁以上每人800元»)? Tiers open above each hold
    everyone past their floor, so the asker's is the one with the highest floor below them."""
    from wenda.corpus.text import split_clauses

    for unit, (low, high) in own.items():
        if unit not in asked or high != float("inf"):
            continue
        for clause in split_clauses(sentence):
            other = bounds(clause).get(unit)
            if other and other[1] == float("inf") and low < other[0] <= asked[unit][0] and len(figures(clause)) >= 2:
                return True  # (a tier gives its own value: «80周岁以上每人800元»; «展期超过3天的» is a condition)
    return False


# A threshold asked (超过几公斤, 不满多少岁) past which the deed is barred: the sentence may say the side allowed.
_BARRED_BEYOND = re.compile(r"(?:超过|超出|多于|高于|大于|不满|不足|少于|低于|不到)(?:几|多少)[^，。？?！!]{0,6}?"
                            r"(?:就|便|则)?(?:不能|不可以|不可|不让|不许|不准|不行|不得|禁止|没法|无法)")


def per_unit_dropped(question: str, text: str) -> str:
    """The question without each quantity of one that `text` says per unit (一年有几天年假 beside
    每年带薪年假5天: 一年 is the rate's unit, no bound such as 满3年) or as the window it counts within
    (一年被暂停几次 beside «一年内被暂停活动累计3次的»)."""
    def dropped(m: re.Match) -> str:
        window = re.search(rf"(?:一|1){re.escape(m.group(0)[1:])}(?:之)?内", text)
        return "" if per_unit_said(m.group(0), text) or window else m.group(0)

    return re.sub(rf"(?:一|1)个?(?:{_UNITS})", dropped, question)


def field_of(text: str, span: Span) -> str | None:
    """The «表头：单元格» field of a table row («线路：2号线 · 发车时间：7:10 · …») that holds `span`
    (发车时间：7:10: its key says whose value it is), or None when the text is no row."""
    if " · " not in text or span.start < 0:
        return None
    pos = 0
    for part in text.split(" · "):
        if pos <= span.start and span.end <= pos + len(part) and re.match(r"^[^：:]{1,16}[：:]", part):
            return part
        pos += len(part) + 3
    return None


_DAY_PARTS = (("morning", re.compile(r"凌晨|清晨|早上|早晨|上午|早饭|早餐|早班|早间|[早晨]$")),
              ("noon", re.compile(r"中午|午饭|午餐|午间")),
              ("afternoon", re.compile(r"下午|午后")),
              ("evening", re.compile(r"傍晚|晚上|夜间|夜里|晚饭|晚餐|晚班|晚间|夜晚|[晚夜]$")),
              ("daytime", re.compile(r"白天|白日|日间")))


def day_parts(text: str) -> set[str]:
    """The parts of the day a text names (早上 → morning, 晚饭 → evening)."""
    return {name for name, pattern in _DAY_PARTS if pattern.search(text)}


def day_part_before(sentence: str, span: Span) -> str | None:
    """The part of the day said right before a clock time in its clause (中午11:00 → noon), or None."""
    head = sentence[max(0, span.start - 12):span.start]
    head = _CLAUSE_END.split(head)[-1]
    best, at = None, -1
    for name, pattern in _DAY_PARTS:
        for m in pattern.finditer(head):
            if m.start() > at:
                best, at = name, m.start()
    return best


_WEEKDAY = "一二三四五六日天"
# A day of the week, not a count of weeks (每两周一班, 三星期一次: 周 counted by a numeral is no 周一).
_DAY = r"(?:(?<=\d:\d\d)|(?<![一二两三四五六七八九十几\d]))(?:周|星期|礼拜)([一二三四五六日天])"


# What follows a bare numeral that counts or names something else (周一、二楼; 至五年; 六个月): no day of the week.
_NOT_A_DAY = r"[一二三四五六七八九十两楼层号年月次个名人元岁周期节届]"


def _day_number(ch: str) -> int:
    """一 → 1 (Monday) … 六 → 6, 日 and 天 → 7."""
    return min(_WEEKDAY.index(ch), 6) + 1


def weekdays(text: str) -> set[int]:
    """The days of the week a text names (1 Monday … 7 Sunday): 周二至周日 → 2…7, 每周一 → 1,
    工作日 / 平日 → 1…5, 周末 / 假日 → 6, 7 (a price sheet's 平日 and 假日 columns: 假日 is the weekend
    and the holidays, so 周六 is asked of the 假日 column)."""
    out: set[int] = set()
    spans = []
    for pattern in (rf"{_DAY}\s*(?:—{{1,2}}|–|-|~|～|至|到)\s*{_DAY}",
                    rf"{_DAY}\s*(?:至|到)\s*([一二三四五六日天])(?!{_NOT_A_DAY})"):  # 周一至五: the days too
        for m in re.finditer(pattern, text):
            if not any(s <= m.start() < e for s, e in spans):
                a, b = _day_number(m.group(1)), _day_number(m.group(2))
                out |= set(range(a, b + 1)) if a <= b else set(range(a, 8)) | set(range(1, b + 1))
                spans.append((m.start(), m.end()))
    for m in re.finditer(_DAY, text):
        if not any(s <= m.start() < e for s, e in spans):
            out.add(_day_number(m.group(1)))
            # 每周一、二、四收运: the days listed after it without 周 again
            rest = text[m.end():]
            if m.group(1) == "六" and re.match(r"日(?![间子期常程])", rest):  # 星期六日: the weekend
                out.add(7)
            while (d := re.match(rf"\s*[、和及]\s*([一二三四五六日天])(?!{_NOT_A_DAY})", rest)):
                out.add(_day_number(d.group(1)))
                rest = rest[d.end():]
    if re.search(r"工作日|平日|平时|weekday", text, re.I):  # 平时几点上班: the working days
        out |= {1, 2, 3, 4, 5}
    if re.search(r"周末|双休日|休息日|(?<!暑)(?<!寒)假日|weekend", text, re.I):
        out |= {6, 7}
    return out


def days_said(text: str) -> list[Span]:
    """The days of the week a sentence names, each run one value (周二至周五, 周三及周日, 工作日, 周末)."""
    return matches(_DAYS_SAID, text)


_DAYS_SAID = re.compile(rf"{_DAY}(?:(?:{_RANGE_SEP}|\s*[、和及]\s*)(?:{_DAY}|[一二三四五六日天](?!{_NOT_A_DAY})))*"
                        r"|工作日|平日|周末|双休日")  # 周二至周五, 周六、周日; 星期一至五, the second day said short


# The hours of each part of the day, for a clock time said without one (20:30 is in the evening; 0:00, midnight, too).
_PART_HOURS = {"morning": range(5, 12), "noon": range(11, 14), "afternoon": range(13, 19),
               "evening": (*range(18, 24), 0), "daytime": range(6, 17)}  # (a night session opens at 17:30 or later)


# The months a season names (北半球: 春 3–5, 夏 6–8, 秋 9–11, 冬 12–2).
_SEASON_MONTHS = {"春": (3, 4, 5), "夏": (6, 7, 8), "秋": (9, 10, 11), "冬": (12, 1, 2)}
_SEASON = re.compile(r"([春夏秋冬])(?:天|季|季节)")
_MONTH_ALONE = re.compile(r"(?<!\d)(\d{1,2})月份?(?!\d|[日号底初中])")
_MONTH_RANGE = re.compile(rf"(?<!\d)(\d{{1,2}})月(?:\d{{1,2}}[日号]|初|中旬)?\s*{_RANGE_SEP}\s*(?:次年|翌年|来年)?"
                          r"(\d{1,2})月(?:\d{1,2}[日号]|底|末|中旬)?")


def untitled(text: str) -> str:
    """`text` without the titles it quotes in 《》 (《我的暑假》 names a game, no holiday)."""
    return re.sub(r"《[^》]*》", "", text)


# The months of the school holidays an asker names as a time of year (寒假: January and February).
_HOLIDAY_MONTHS = {"寒假": (1, 2), "暑假": (7, 8)}


def months_asked(question: str) -> set[int]:
    """The months a question names: by a season (冬天 → 12, 1, 2), a school holiday (寒假 → 1, 2) or a month
    alone (8月份去 → 8); empty when none (a date, 8月15日, names a day). A title in 《》 names no time
    (《我的暑假》是哪个公司发售的)."""
    question = untitled(question)
    out = {m for s in _SEASON.findall(question) for m in _SEASON_MONTHS[s]}
    out |= {m for h, months in _HOLIDAY_MONTHS.items() if h in question for m in months}
    return out | {int(m) for m in _MONTH_ALONE.findall(question) if 1 <= int(m) <= 12}


_DATED = re.compile(r"(?<!\d)(\d{1,2})月\d{1,2}[日号]")


def months_dated(text: str) -> set[int]:
    """The months of every date and range of dates a text gives (国庆节10月1日至3日 → 10)."""
    return months_said(text) | {int(m) for m in _DATED.findall(text) if 1 <= int(m) <= 12}


def months_said(text: str) -> set[int]:
    """The months a text's range of dates covers (11月1日至次年2月底 → 11, 12, 1, 2), empty when it gives
    none."""
    out: set[int] = set()
    for m in _MONTH_RANGE.finditer(text):
        a, b = int(m.group(1)), int(m.group(2))
        if 1 <= a <= 12 and 1 <= b <= 12:
            out |= set(range(a, b + 1)) if a <= b else set(range(a, 13)) | set(range(1, b + 1))
    return out


_ARABIC = str.maketrans("一二三四五六七八九", "123456789")


def digit_form(word: str) -> str:
    """A word with its Chinese numerals of one digit written in figures (宝马三系 → 宝马3系, 三号楼 → 3号楼):
    the asker writes one way, the price list the other. Itself where it has none, or where a 十 or a
    second numeral makes a number of more than one digit (十三, 二十)."""
    if "十" in word or re.search(r"[一二三四五六七八九]{2}", word):
        # a number of two digits that orders or numbers a thing (第十代 → 第10代, 十二号楼 → 12号楼)
        m = re.search(r"(?<=第)[一二三四五六七八九]?十[一二三四五六七八九]?|[一二三四五六七八九]?十[一二三四五六七八九]?(?=[号路层楼])", word)
        if m:
            from wenda.corpus.outline import cn_number

            return word[:m.start()] + str(cn_number(m.group(0))) + word[m.end():]
        return word
    m = re.search(r"[一二两三四五六七八九]+[百千][零一二两三四五六七八九十百]*", word)
    if m and (n := _cn_whole(m.group(0))):  # 年出栏五百头: «500头以上»
        return word[:m.start()] + str(n) + word[m.end():]
    return word.translate(_ARABIC)  # (arabic() reads whole numbers, 二十五 → 25, in a text)


def _cn_whole(numeral: str) -> int | None:
    """A whole number written in Chinese numerals with 百 or 千 (五百, 两千五百), or None."""
    from wenda.corpus.outline import cn_number

    return cn_number(numeral.replace("两", "二"))


def season_held(word: str, text: str) -> bool:
    """Is a season the asker names (夏天) held by a text's range of dates that covers all its months
    (日期：3月1日至10月31日)? A notice writes its seasons as dates, the asker in words."""
    if len(word) > 3 or not re.search(r"[春夏秋冬月]", word):
        return False
    asked = months_asked(word)
    return bool(asked) and asked <= months_said(text)


def in_day_part(clock: str, question: str) -> bool:
    """Is the clock time (18:30, 晚上8点) in the one part of the day the question names (晚上), or does the
    question name none? A time that says its own part is judged by it; 0:00 to 23:59 by _PART_HOURS."""
    parts = day_parts(question)
    if len(parts) != 1:
        return True
    own = day_parts(clock)
    if own:
        return bool(own & parts)
    m = re.match(r"(\d{1,2})[:：]", clock)
    return m is None or int(m.group(1)) in _PART_HOURS[next(iter(parts))]


def day_part_said(word: str, text: str) -> str:
    """The clock time of `text` within the one part of the day `word` names (晚上 held by 20:30 of
    周二至周五：9:00—20:30, 早上 by 6:00 of 6:00至隔日0:00), or "" when `word` names no single part or
    `text` says no time in it: a notice writes its hours as figures, the asker in words."""
    parts = day_parts(word)
    if len(parts) != 1 or len(word) > 3 or (re.search(r"[饭餐]", word) and not re.search(r"[饭餐]", text)):
        return ""  # (a meal is a thing served: 早餐 is no 10:00 of 提早入营（10:00起）, a line of no meal)
    hours = _PART_HOURS[next(iter(parts))]
    for m in re.finditer(r"(?<!\d)(\d{1,2})[:：](\d{2})(?!\d)", text):
        if int(m.group(1)) in hours:
            return m.group(0)
    return ""


# A public holiday as an asker names it, and the words a notice writes for the same days.
# By its name only: a date of it (除夕, 10月1日) is one day of several (2020年1月24日(除夕) says no holiday).
_HOLIDAYS = ((re.compile(r"春节|过年"), re.compile(r"春节|过年")),
             (re.compile(r"五一|劳动节"), re.compile(r"五一|劳动节")),
             (re.compile(r"国庆节?|十一"), re.compile(r"国庆")),
             (re.compile(r"元旦"), re.compile(r"元旦")),
             (re.compile(r"清明节?"), re.compile(r"清明")),
             (re.compile(r"端午节?"), re.compile(r"端午")),
             (re.compile(r"中秋节?"), re.compile(r"中秋")))
_ALL_HOLIDAYS = re.compile(r"法定节假日|法定假日|国定假日|节假日")


def holiday_said(word: str, text: str) -> str:
    """The words of `text` that name the public holiday `word` names (过年 held by 春节期间（除夕至正月初三）,
    五一 by 法定节假日暂停供餐, as a day is by a range of days), or "" when `word` names none or `text` does
    not speak of it. A notice names the holidays together; the asker, the one ahead."""
    if not re.fullmatch(r"过年|春节|五一|十一|劳动节|国庆节?|元旦|清明节?|端午节?|中秋节?", word):
        return ""
    for asked, said in _HOLIDAYS:
        if asked.fullmatch(word):
            m = said.search(text) or _ALL_HOLIDAYS.search(text)
            return m.group(0) if m else ""
    return ""


def weekdays_said(word: str, text: str) -> str:
    """The words of `text` that name the days `word` names (周三 in 周二至周五, 礼拜六 in 周六、周日,
    weekend in 周六、周日), or "" when `word` names no day or `text` does not name them all."""
    asked = weekdays(word)
    if not asked:
        return ""
    found = [m.group(0) for m in _DAYS_SAID.finditer(text)]
    for said in found:
        if asked <= weekdays(said):
            return said
    joined = "、".join(found)
    if found and asked <= weekdays(joined):
        return found[0]
    if found and re.fullmatch(r"平时|平常|平日|工作日", word) and len(weekdays(joined) & asked) >= 4:
        return found[0]  # 平时 (the usual days) held by 周二至周五 of a place closed on Mondays
    return ""


# A count asked of a noun of one character by its classifier (几根竿, 几张桌, 几只碗): the noun asked.
_NOUN_COUNTED = re.compile(r"(?:几|多少)(?:个|根|张|条|只|支|把|台|辆|件|套|双|本|块|间|匹|头)([\u4e00-\u9fff])")


# A rank asked (第几作者, 第几类, 第几周): the thing ranked, after 几; 第几条 asks an article (query.asks_article).
ORDINAL_ASKED = re.compile(r"第几([\u4e00-\u9fff])")


def ranks_of(text: str, ranked: str) -> list[Span]:
    """The ordinals of `text` (ordinals) that rank the thing whose first character is `ranked` (第一作者 for
    第几作者, 第一类 for 第几类, 第2类)."""
    return [o for o in ordinals(text) if text.startswith(ranked, o.end)]


def counted_as_unit(question: str, text: str) -> list[Span]:
    """The figures of `text` that count the one-character noun a question counts by its classifier, the noun
    written as its own measure (几根竿 by «每人限用1竿1线1钩»: 1竿); [] when none."""
    m = _NOUN_COUNTED.search(question)
    if not m or unit_at(m.group(1)) or unit_at(question[m.start(1):]):
        return []  # (几个学分: 学分 is the measure, no 学 counted)
    return [Span(f.group(), f.start(), f.end())
            for f in re.finditer(rf"(?<![\d.])(?:\d+|[一两二三四五六七八九十]+){re.escape(m.group(1))}", text)]


# A price asked per one unit (一平米多少钱, 租一天, 住一晚) and the units a line prices per (每次, /次, 按次): a line that
# prices per another unit only (398元/次 for 一平米) says no price per the unit asked.
_RATE_UNITS = "|".join(("平方米", "平米", "平方", *UNITS_OF_ONE, "个月", "月", "年", "周", "星期", "磅", "吨", "桌", "间", "节", "课时", "场"))
_ONE_RATE = re.compile(rf"(?:一|1|每)(?:个(?![年天日晚夜]))?({_RATE_UNITS})")  # (一个年出栏一万头的猪场: 个 counts the
# 猪场, whose 年出栏 is its yearly output; a year, a day or a night takes no 个)
_BY_RATE = re.compile(rf"按个?({_RATE_UNITS})[^，,。？?]{{0,3}}?(?:算|计|收|租|付|交)")  # 按小时租多少钱, 按公斤算: a price per one asked
_PER_RATE = re.compile(rf"(?:每|/|／|按)(?:一)?个?({_RATE_UNITS}|次|件|单|套|份|辆|台|个)")
# Units a rate is said per in one another's place: a price per 吨 or 方 of water is one per 立方米 (水费多少钱一吨).
_RATE_ALIKE = ({"平方米", "平米", "平方"}, {"晚", "夜"}, {"公斤", "千克"}, {"立方米", "立方", "方", "吨"}, {"节", "堂", "课"})


# A length of time said (一个小时, 45分钟, 一个半钟头, 半小时), read in minutes by minutes_said.
_LENGTH = re.compile(r"(\d+(?:\.\d+)?|[一两二三四五六七八九十]+|半)\s*个?\s*(半)?\s*(小时|钟头|分钟)")


def minutes_said(text: str) -> set[float]:
    """The lengths of time a text says, in minutes (一个小时 → 60, 45分钟 → 45, 一个半小时 → 90)."""
    out = set()
    for m in _LENGTH.finditer(text):
        n = m.group(1)
        count = 0.5 if n == "半" else _amount(n)
        if not count:
            continue
        count += 0.5 if m.group(2) else 0
        out.add(count * (1 if m.group(3) == "分钟" else 60))
    return out


# The nouns of a body a question asks which one of (哪家公司, 哪个医院, 哪所学校): its answer is a name ending so.
BODY_NOUN = re.compile(r"公司|企业|医院|学校|小学|中学|银行|酒店|宾馆|超市|商场|药店|幼儿园|机构|单位|部门|中心")
# What stops a body's name read back from its head noun: a particle, a deed, a mark.
_BEFORE_NAME = re.compile(r"[的由是为在到向经与和及或、，,。：:；;（）()“”\"「」被将把从请找给交让]")


# The kinds of a body a name may end in for the noun asked (哪所学校: 南苑小学).
_BODY_KINDS = {"学校": "学校|小学|中学|学院|大学|幼儿园", "医院": "医院|卫生院|诊所", "公司": "公司|集团"}


def body_named(text: str, noun: str, question: str) -> Span | None:
    """The name of a body ending in the asked noun, or in a kind of it, that `text` gives (午饭是哪家公司送的: «由…统一
    招标的澜州市鑫禾餐饮管理有限公司配送» gives 澜州市鑫禾餐饮管理有限公司; 哪所学校: «南苑小学（…）»), the first not said
    by the question; None when none names one by more than the noun itself (本公司, 该公司)."""
    for m in re.finditer(_BODY_KINDS.get(noun, re.escape(noun)), text):
        start = m.start()
        while start > 0 and m.start() - start < 20 and re.match(r"[\u4e00-\u9fffA-Za-z0-9]", text[start - 1]) \
                and not _BEFORE_NAME.match(text[start - 1]):
            start -= 1
        name = text[start:m.end()]
        if len(name) - len(m.group(0)) >= 2 and not re.match(r"[本该此各其贵我你他这那每]", name) and name not in question:
            return Span(name, start, m.end())
    return None


def priced_per_other(question: str, text: str, row: str = "") -> bool:
    """Does the question ask a price per one unit (厨房清洁一平米多少钱) that `text` (the value's piece, and a
    row's unit cells) never prices per, pricing per another unit instead (398元/次, 计价方式：按次)? A length of
    time asked is no rate where `text` or the rest of its `row` says that length (全身按摩一个钟: «128元 · 计费单位：次
    · 说明：60分钟»)."""
    asked = _ONE_RATE.search(question) or (_BY_RATE.search(question) if "还是" not in question else None)
    said = {m.group(1) for m in _PER_RATE.finditer(text)}
    if not asked or not said:
        return False
    a = asked.group(1)
    if re.search(rf"[\d一二两三四五六七八九十]\s*{a}", text):
        return False  # 寄一公斤多少钱: «首重1公斤以内每单收费4元» prices the case's quantity, per parcel
    if a in ("年", "月") and re.search(rf"(?:每|全|当){a}|{a}度|{a}内", text):
        return False  # 合作社一年最多拿多少补贴: «每个…组织年度内补贴总额不超过60万元», a sum per year, whatever else per
    if period_fee_said("一" + a, text):
        return False  # 基站一年租金多少: «每个基站年场地租金36000元»; 停一天最多收多少: «24小时内最高收费30元»
    if a in ("小时", "分钟") and minutes_said(question) & minutes_said(text + " " + row):
        return False  # 上一个小时月费多少: «60分钟：HK$2,280», the length asked in another unit, no rate per hour
    return not any(same_measure(a, u) or any(a in g and u in g for g in _RATE_ALIKE) for u in said)


def period_fee_said(word: str, text: str) -> bool:
    """Does `text` price per the period `word` names (一年, 每月, 一天) by the period's character right before a fee's
    noun («每个基站年场地租金36000元», «每台月场地使用费150元»), or a day said in hours («24小时内最高收费30元»)?"""
    m = re.fullmatch(r"(?:[一1]个?|每个?)(年|月|天|日)", word)
    if m is None:
        return False
    if m.group(1) in "天日":
        return bool(re.search(r"24小时内|一天内|全天|当日|当天|日租金|日费", text))
    return bool(re.search(rf"(?<![\d一二两三四五六七八九十]){m.group(1)}[\u4e00-\u9fff]{{0,4}}(?:租金|费|租)", text))


def whole_one(word: str, text: str) -> bool:
    """Does `text` say `word`, one of a unit (一间), as the whole one (包场整间)?"""
    return len(word) == 2 and word[0] in "一1" and "整" + word[1] in text


def one_unit_said(word: str, text: str) -> bool:
    """Does `text` say `word`, a quantity of one (一节课, 一顿), per unit or as one unit of the same
    measure (每节, 单节, 每餐, 1小时, or a slash after the value: 880元/期 for 一期, 30元/人), or a price
    of one unit of any measure (单价199元 for 一片)? True as well when `word` is no such quantity."""
    half = HALF_UNIT_ASKED.fullmatch(word)
    if half:  # 租半天多少钱: a price for half the unit, which «每天200元» does not say
        return bool(re.search(rf"半个?{re.escape(half.group(1))}", text)) or bool(
            (whole := _HALF_OF.get(half.group(1))) and re.search(whole, text))  # 预缴半年: «预缴6个月每月»
    m = ONE_UNIT.match(word)
    if not m or m.group(1) in "口头本个":  # 一口气, 一头雾水: words; 一个: the classifier alone
        return True
    units = {m.group(1)} | next((g for g in _SAME_MEASURE if m.group(1) in g), set()) \
        | next((g for g in _RATE_ALIKE if m.group(1) in g), set())
    if m.group(1) in _ONE_OF_A_SERVICE and not _PER_PERIOD_OR_TIMES.search(text) and not re.search(
            rf"[\d一二两三四五六七八九十]+\s*(?:{'|'.join(map(re.escape, units))})", text):
        return True  # 洗一次多少钱: the price of the service (计价单位：每件), no rate per month, no card of 10次;
        # 洗一件多少钱: a price that counts no pieces (not «3件198元»)
    if unit_class(m.group(1)) == "count" and m.group(1) not in COLLECTIVE and re.search(r"(?:每|单|1|一)个(?![月小钟星工])", text):
        return True  # 换一根灯管多少钱: «计价单位：每个», the general classifier prices one of anything counted
    if m.group(1) == "年" and re.search(r"每(?:学|个)?年度?", text):
        return True  # 社团会费一年最多收多少: «每人每学年不超过30元», a school's year
    if unit_class(m.group(1)) == "count" and re.search(r"售价|定价|标价", text):
        return True  # 幾錢一部: «售價：HK$5,680», a thing's selling price is the price of one
    return "单价" in text or any(re.search(rf"(?:(?:每|单|1|一)个?|\d\s*[^\d\s/]{{0,2}}/\s*(?:[^\d\s/·]{{1,2}}·)?){re.escape(u)}", text)  # (80元/人·月: per month)
                                 or re.search(rf"{re.escape(u)}均", text)  # 户均收入 says a sum per 户
                                 or (unit_class(u) == "time" and re.search(rf"(?:扣发?|扣除|停发)当{re.escape(u)}", text))
                                 # 一个月考核没过扣多少: «扣发当月岗位补贴的20%», that month's (not «退还当月…的50%»)
                                 or (unit_class(u) == "time" and re.search(rf"(?<![\d个]){re.escape(u)}(?:[租费薪](?!用)|卡|票|补贴|补助|津贴|工资|收入)", text))  # 月租,
                                 # 年费, 月卡, 月补贴标准 (水管员一个月补贴几多钱: the row's «月补贴标准（元/人）：700元/人»)
                                 or paid_per(u, text) for u in units)


def card_of_period(word: str, text: str) -> bool:
    """Does `text` name a card or ticket of the period `word` is one of (一个月: «固定座位月卡», 一年: «年票»)?"""
    m = ONE_UNIT.match(word)
    units = {m.group(1)} | next((g for g in _SAME_MEASURE if m.group(1) in g), set()) if m else set()
    return any(unit_class(u) == "time" and re.search(rf"(?<![\d个]){re.escape(u)}(?:卡|票)", text) for u in units)


def packed_singly(word: str, text: str) -> bool:
    """Does `text` say a thing is sold one `word` at a time, by its packing (可樂一罐多少錢: a row's «備註：罐裝»;
    not «6罐装», a pack of six)?"""
    m = ONE_UNIT.match(word)
    return bool(m) and unit_class(m.group(1)) == "count" and re.search(
        rf"(?<![\d一二两三四五六七八九十]){re.escape(m.group(1))}装", text) is not None


def per_unit_header(word: str, head: str) -> bool:
    """Does a table's header `head` say its values are per the unit `word` asks one or half of (一晚: 每晚; 一个月:
    月租; 半小时: 每30分钟, 每半小时)?"""
    half = HALF_UNIT_ASKED.fullmatch(word)
    if half:
        whole = _HALF_OF.get(half.group(1))
        return bool(re.search(rf"每半个?{re.escape(half.group(1))}", head) or (whole and re.search(r"每" + whole, head)))
    # (not a header of a case with a count of its own: 預繳6個月每月 is the price when six are paid ahead)
    m = ONE_UNIT.match(word)
    return bool(m) and not re.search(r"\d", head) and (per_unit_said(word, head).startswith("每") or (
        unit_class(m.group(1)) == "time" and re.match(rf"{re.escape(m.group(1))}[租费]", head) is not None))  # 月租


def each_said(word: str, text: str) -> bool:
    """Does `text` price per the unit `word` names as «each» (每公斤: «0.80元/公斤», 每公斤, 单价)? The asker's 每公斤
    is a measure of the price, no kind of the thing priced."""
    one = "一" + word[1:] if word.startswith("每") else ""
    return bool(one) and ONE_UNIT.match(one) is not None and one_unit_said(one, text)


# Measure words of one time or one piece of a service, whose price is any price that counts no period nor pieces.
_ONE_OF_A_SERVICE = ("次", "回", "趟", "件", "条", "双", "张", "顿", "餐")  # (吃一顿: a meal's price)

# A rate per a period or a count of times (每月, 每天, 每小时, 10次): what a price for one time is not.
_PER_PERIOD_OR_TIMES = re.compile(r"每个?(?:月|年|天|日|周|星期|小时|晚|季度?|学期)|[\d一二两三四五六七八九十]+\s*[次回趟]")


def paid_per(unit: str, text: str) -> bool:
    """Does `text` name a pay or a fee per one `unit` in one word (月薪, 年费, 日租 for 一个月, 一年, 一天),
    or a limit or a sum per year or month (年度报销限额 for 一年最多报多少), not a count of units before
    it (3个月费用, 2026年度)?"""
    return len(unit) == 1 and unit in "年月周日天时" and bool(
        re.search(rf"(?<![\d零一二两三四五六七八九十百个]){unit}(?:[薪费租]|收入|工资|度(?![\d一二三四]))", text))


ONE_UNIT = re.compile(rf"^(?:一|1)个?({_UNITS}|顿|餐|堂|课)([\u4e00-\u9fff]*)$")  # 一节课, 一亩
HALF_UNIT_ASKED = re.compile(r"半个?(天|日|年|月|小时|钟头|学期|场)")  # 租半天, 半个月
# Half a unit as a whole count of a smaller one (半年: 6个月; 半小时: 30分钟).
_HALF_OF = {"年": r"(?<!\d)(?:6|六)个月", "小时": r"(?<!\d)30分钟", "钟头": r"(?<!\d)30分钟"}


def per_unit_said(word: str, text: str) -> str:
    """The words of `text` that say `word`, a quantity of one, per unit (一节课 → 每节 or 单节,
    一个小时 → 每小时): the asker's «one» is the document's «each»; "" when `text` says neither."""
    m = ONE_UNIT.match(word)
    if not m:
        return ""
    unit, rest = m.group(1), m.group(2)
    for each in ("每", "单", "每个"):
        for said in (each + unit + rest, each + unit):
            if said in text:
                return said
    return ""


_TIME_WORDS = re.compile(r"平时|平日|每天|每日|工作日|周末|双休日|今天|明天|昨天|当天|白天|今年|去年|明年|前年|后年|当年|本年|本月|今晚|今早|夜里|以后|之后|以前|之前|此后|随后")


def time_words(text: str) -> list[str]:
    """The words of `text` that name a time of a day or a year (每日, 平日, 本年)."""
    return _TIME_WORDS.findall(text)


def is_time_word(word: str) -> bool:
    """Does `word` name a time (平时, 下午, 周六), not a thing?"""
    return bool(_TIME_WORDS.fullmatch(word) or _DAY_PART_ONLY.fullmatch(word) or weekdays(word))


# A question that names members of a list and asks the one it leaves out (长葛、许昌、鄢陵以及哪一个;
# 谢灵运、鲍照以及谁; 康有为和谁流亡国外): the asked word right after a conjunction.
_REST_ASKED = re.compile(r"(?:以及|还有|和|与|及|跟|、)(?=谁|哪|什么)")
_LIST_SEP = re.compile(r"以及|、|和|与|及|跟|或")


@lru_cache(maxsize=4096)
def rest_of_list(sentence: str, question: str) -> Span | None:
    """The member of a list the sentence gives that the question leaves out, when the question names the
    others before its conjunction and question word (1944年5月，长葛、许昌、鄢陵、禹县先后被日本占领 for
    …为长葛、许昌、鄢陵以及哪一个: 禹县). Each member the question names must stand in one run of the
    sentence joined by 、/和/与/及, and exactly one other member stand there; its words end where the
    list does (禹县 of 禹县先后被…: jieba's first noun). None otherwise."""
    m = _REST_ASKED.search(question)
    if not m:
        return None
    head = re.split(r"[，,。；;：:？?！!]", question[:m.start()])[-1]
    pieces = [p for p in _LIST_SEP.split(head) if p]
    if not pieces:
        return None
    members = []
    for p in pieces:  # the longest end of each piece the sentence says (…的地区为长葛: 长葛)
        end = next((p[i:] for i in range(len(p) - 1) if len(p) - i >= 2 and p[i:] in sentence), None)
        if end is None:
            return None
        members.append(end)
    for clause in re.split(r"[，,。；;：:]", sentence):
        if not all(mem in clause for mem in members):
            continue
        items = _LIST_SEP.split(clause)
        if len(items) < len(members) + 1:
            continue
        at = [i for i, it in enumerate(items) if any(mem in it for mem in members)]
        if len(at) != len(members) or len(set(at)) != len(at):
            continue
        lo, hi = min(at), max(at)
        others = [i for i in (lo - 1, hi + 1, *range(lo, hi + 1)) if 0 <= i < len(items) and i not in at]
        inner = [i for i in others if lo < i < hi]
        if len(inner) > 1:
            continue
        cands = inner or [i for i in others if i in (lo - 1, hi + 1)]
        if len(cands) != 1:
            continue
        i = cands[0]
        words = [w.word for w in _posseg().lcut(items[i])]
        if i == hi + 1:
            text = _noun_run(words)
        elif i == lo - 1:
            text = _noun_run(words[::-1], reverse=True)
        else:
            text = items[i]
        if not text or len(text) > 12 or not re.search(r"[\u4e00-\u9fff]", text) or text in question:
            continue
        start = sentence.find(text, sentence.find(clause))
        return Span(text, start, start + len(text)) if start >= 0 else None
    return None


def _noun_run(words: list[str], reverse: bool = False) -> str:
    """The nouns that open a list's last member (禹县 of 禹县先后被日本占领), or end its first (reverse:
    天竺 of 贸易对象有东南亚各国天竺)."""
    out = []
    for w in words:
        tags = _posseg().lcut(w)
        if not tags or not tags[0].flag.startswith(("n", "j", "s", "ns", "nr", "nt", "nz")) and not re.fullmatch(r"[A-Za-z0-9·]+", w):
            break
        out.append(w)
    if reverse:
        out = out[::-1]
    return "".join(out)
