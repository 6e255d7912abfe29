"""Whether to answer: one calibrated probability that a candidate's span answers the question.

    decision = Decision.load()                     # index/data/decision.json (bench/fit_decision.py writes it)
    best, found = choose(answerer, q, ranked, decision)

Every signal index/answer.py computes for a candidate sentence (dense and BM25 scores, keyword
support, the typed span and its unit, anchoring, qualifiers, section match, rank and margin) is
turned into named numbers by `features`; a logistic regression fitted on CMRC 2018 trial and
DRCD dev (with SQuAD-2.0-style unanswerables: each question asked with its own passage left
out) turns them into a probability. The best few candidates are scored, and the question is
answered with the most probable one when that probability reaches the fitted threshold.

Hard vetoes stay outside the model: a typed question whose candidate has no span of the asked
type, a figure in another kind of unit than asked, a name of the question the sentence's frame
never mentions, a qualifier it lacks, a count of another noun. A vetoed candidate is never
answered, whatever its probability.

`RULES` (decision=None) is the earlier hand-set rule (support and anchoring thresholds), kept
as the baseline the benchmark compares against.
"""

from __future__ import annotations

import functools
import json
import math
import os
import re
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

import jieba

from wenda.corpus.outline import cn_number
from wenda.index.rows import asked_column, column_of, header_word, name_cell, numbered, row_cells
from wenda.index import extract, synonyms
from wenda.index.identity import role_of
from wenda.index.query import BY_MEANS, EMPTY_NOUNS, LEVEL_AT_HAND, MODALS, NUMBERED_HEADS, TOTAL_WORD, Query, asked_role, \
    keyword_tags, thing_name_asked
from wenda.index.script import simplify
from wenda.index.lexicon import abbreviated, generic_of
from wenda.index.support import MEANING_WEIGHT
from wenda.index.support import CLOSED, HEAD_COUNTS, TAKEN_IN, TAKEN_PEOPLE, deed_on, counts, fee_named, fillers, holds, hours_kept, places_named

if TYPE_CHECKING:
    from wenda.index.answer import Answerer, Scored, Tops

DATA = Path(__file__).parent / "data" / "decision.json"
FULL_SUPPORT = 0.95  # keyword support of a sentence that says every word of the question (best_supported)
DEPTH = 3  # candidates whose probability is computed (best by the ranker first)
TYPED_INTENTS = ("figure", "date", "person")


class DecisionError(Exception):
    """A decision file that cannot be used; the message names the file and what is wrong."""


def typed(q: Query) -> bool:
    """Is a value of a type asked (a figure, a date, a name, a clock time, a phone number)?"""
    return q.intent in TYPED_INTENTS or q.kind not in (None, *extract.PREFERRED_KINDS)  # preferred, not required


def date_only(value: str) -> bool:
    """Is a value a calendar date and nothing else (2028年5月20日, 5月20日): no thing, no body, no person? (A feast's
    name, 春节, is a thing a «什么假期» asks.)"""
    found = extract.dates(value.strip())
    return len(found) == 1 and found[0].text == value.strip() and re.search(r"\d", value) is not None


def vetoed(answerer: Answerer, q: Query, s: Scored) -> str | None:
    """Why this candidate must not answer (None when nothing forbids it)."""
    chunk = s.hit.chunk
    if typed(q) and s.span is None:
        return "no span of the asked type"
    if q.kind == "place" and _ADDRESS_ASKED.search(q.text) and s.span is not None \
            and not _ADDRESS_SAID.search(line := answerer.corpus.plain(chunk).text) and not extract.web_addresses(line):
        return "no address is said"  # 驿站在什么地址: not «镇零工驿站上线“澜溪零工”微信小程序» (the line's: a holder may
        # take its address from a span the line holds beyond the one read first)
    if q.intent == "entity" and thing_name_asked(q.text) and s.span is not None and s.span.start >= 0 \
            and not _NAME_SAID.search(s.span.text):
        return "no name is said"  # 订校服的小程序叫什么名字: not «…通过供应商小程序订购»
    if q.intent in ("entity", "person") and q.kind is None and s.span is not None and date_only(s.span.text):
        return "no span of the asked type"  # 通告是哪个单位发的: not the notice's date line «2028年5月20日»
    if q.intent == "figure" and q.measure and s.span is not None and extract.unit_fit(s.span.text, q.measure) is None \
            and not (q.kind == "money" and (extract.fits_kind(s.span.text, "money", q.text)  # 能退多少钱: 九成
                                            or extract.is_relative_price(s.span.text)  # 报名费多少钱: 不收取报名费
                                            or s.span.start >= 0 and extract.price_share(  # 管理费收多少: «价格：5%»
                                                answerer.corpus.plain(chunk).text, s.span, q.text, q.keywords, chunk.kind == "row"))):
        return "a figure of another unit"
    if q.kind == "money" and s.span is not None and s.span.start >= 0 \
            and priced_per_another(q.text, extract.piece_of(answerer.corpus.plain(chunk).text, s.span)):
        return "a price per another unit"  # 黄精卖多少钱一公斤: not «每亩收益约8000元»
    if q.kind == "phone" and s.span is not None and another_persons_number(q.text, answerer.corpus.plain(chunk).text):
        return "the number is another person's"  # 站长赵建国的电话: not «投诉电话…（业务主管李红梅）»
    if q.kind != "phone" and s.span is not None and not _LINE_WORD.search(q.text) \
            and any(p.text == s.span.text for p in extract.phones(s.span.text)):
        return "a phone number, where no number is asked"  # 心脏支架能报多少: not «…保障科电话：0735-2216808»
    if chunk.kind == "row" and q.intent == "figure" and s.span is not None and re.search(r"\d", s.span.text) \
            and header_figure(q.text, answerer.corpus.plain(chunk).text, s.span):
        return "the value is a column's name"  # 最短租多久: not the 6個月 of the header «預繳6個月每月：港幣800元»
    if answerer.missing(q, chunk):
        return "a name of the question is not mentioned"
    if another_measure_of_age(q.text, answerer.corpus.plain(chunk).text):
        return "the age asked is said of another measure"  # 姆妈85岁了，夜饭几钿: not «每晚NT$800，14晚以上享85折»
    if q.intent == "figure" and q.measure is None and q.kind is None and s.span is not None \
            and extract.unit_of(s.span.text) in _THING_MEASURES \
            and (m := re.search(r"(?:多少|几)(?:个|名|位)?([\u4e00-\u9fff]{1,5}?)(?:[吗呢啊呀？?]|$)", q.text)) \
            and _people_noun(m.group(1)):
        return "the figure counts something else"  # 有多少失能老人: not «家庭病床48张», a count of beds
    if q.kind == "money" and s.span is not None and s.span.start >= 0 and chunk.kind != "row":
        text = answerer.corpus.plain(chunk).text
        if not extract.CUT_ASKED.search(q.text) and re.search(r"(?:优惠|减免?|便宜|少收|立减|折扣)\s*$", text[:s.span.start]):
            return "the figure is a discount, the price is asked"  # 针灸一次多少钱: not «每次优惠10元»
        if _FREE.fullmatch(s.span.text) and not any(len(k) >= 2 and k in extract.piece_of(text, s.span)
                                                    for k in [*q.keywords, *q.nouns]):
            return "the value is another deed's"  # 巡诊车花了多少钱买的: not the 免费 of «为村民免费测血糖»
    if q.intent == "person" and s.span is not None and s.span.start >= 0 and not extract.name_like(s.span.text) \
            and not answerer.role_said(q, chunk):  # 村支书是谁: not the 村集体经济合作社 of a line that names no 书记
        return "the role asked is not said"
    if q.intent == "person" and s.span is not None and s.span.start >= 0 and _NO_PERSON.search(s.span.text) \
            and post_unsaid(answerer, q, chunk):
        return "the post asked is not said"  # 绿源食品的总经理是谁: not the 白岩镇 of «白岩镇引进的…绿源食品有限公司…»
    if q.intent == "person" and s.span is not None and s.span.start >= 0 and another_post(q, answerer.corpus.plain(chunk).text, s.span):
        return OTHER_POST  # 业委会主任是谁: not «工程主管：马强»
    if another_count_of_parts(q.text, answerer.corpus.plain(chunk).text):
        return ANOTHER_CASE  # 2大1小 asked: not the row of «（1大1小）»
    if another_size_of_thing(q.text, answerer.corpus.plain(chunk).text):
        return ANOTHER_CASE  # 两人办公室 asked: not the row of «八人独立办公室»
    if chunk.kind == "row" and another_count_of_thing(q.text, answerer.corpus.plain(chunk).text):
        return ANOTHER_CASE  # 52朵玫瑰多少钱: not the row of «规格：19枝»
    if another_letter(q.text, answerer.corpus.plain(chunk).text):
        return ANOTHER_CASE  # 全屋清洗C套餐 asked: not the row of «全屋清洗B套餐»
    if another_number(q.text, answerer.corpus.plain(chunk).text):
        return ANOTHER_CASE  # 2线多久一班 asked: not «机场1线末班车时间随航班动态调整»
    if chunk.kind == "row" and answerer.named_in_scene(q, chunk):
        return ANOTHER_CASE  # 车锁钥匙丢了，开锁多少钱: not the row of «服务项目：车锁钥匙»
    if chunk.kind == "row" and answerer.record_of_another_row(q, chunk):
        return ANOTHER_CASE  # 升中面试班几时开班: not the row of «课程：DSE数学…可选星期三或星期六班»
    if q.intent != "yesno" and another_sex(q.text, answerer.corpus.plain(chunk).text):
        return ANOTHER_CASE  # 男青年 asked: not the line of «女性青年：…» (男生能住吗: «限女性入住» answers no)
    if another_length_of_package(q.text, answerer.corpus.plain(chunk).text):
        return ANOTHER_CASE  # 28天经典房套装 asked: not the row of «21天套装（经典房）»
    if q.kind == "money" and s.span is not None and s.span.start >= 0 and package_of_many(answerer, q, chunk, s.span):
        return ANOTHER_CASE  # 一个钟几钱: not the row of «日間三小時套票 · 收費：HK$150»
    if q.kind == "money" and s.span is not None and s.span.start >= 0 and one_for_package(answerer, q, chunk, s.span):
        return ANOTHER_CASE  # 電競區包5小時多少錢: not the hourly price of «上網計費（每小時）»
    if q.intent == "figure" and s.span is not None and s.span.start >= 0 \
            and another_group_said(q.text, extract.piece_of(answerer.corpus.plain(chunk).text, s.span)):
        return ANOTHER_CASE  # 小童夜鬼場減幾多: not «成人入場費減HK$20»
    if another_group_row(answerer, q, chunk):
        return ANOTHER_CASE  # 大人跳60分钟多少钱: not the row of «儿童畅跳票» (成人畅跳票 is the asked group's)
    if group_row_unasked(answerer, q, chunk):
        return ANOTHER_CASE  # 一般区平日一小时多少钱: not the row of «学生优惠», beside rows for anybody
    if another_pairing(q.text, answerer.corpus.plain(chunk).text):
        return ANOTHER_CASE  # 私教课一对三 asked: not the row of «私教课（一对一）»
    if q.intent == "yesno" and animal_unsaid(q.text, answerer.corpus.around(chunk)):  # 租单车可以带狗吗: «單車可以帶上渡輪»
        return "a name of the question is not mentioned"
    if q.intent == "entity" and _BRAND_ASKED.search(q.text) and not _BRAND_SAID.search(
            _CURRENCY.sub("", answerer.corpus.plain(chunk).text)):
        return "the kind asked is not said"  # 录音室用什么牌子的咪: not a line that names no make (錄音室租用…HK$480)
    if answerer.kind_said_elsewhere(q, chunk):  # 叉车工要什么学历: its line names a 证, the others a 学历
        return "the kind asked is said of others, not here"
    if (lacking := answerer.unqualified_in(q, chunk)) and not (
            all(extract.weekdays(w) for w in lacking) and restricted_to_other(q, answerer.corpus.plain(chunk).text)):
        return "a qualifier of the question is not supported"  # (上门拍照工作日可以来吗: «仅限周末» answers no)
    if answerer.answers_sibling(q, chunk, s.span) and not restricted_to_other(q, answerer.corpus.plain(chunk).text):
        return SIBLING
    if answerer.glued_name_sibling(q, chunk):  # 盐酥虾 asked: «胡椒虾每台斤 NT$100、泰式柠檬虾…»
        return SIBLING
    if answerer.row_qualifier_unsaid(q, chunk) or answerer.name_sibling(q, chunk) or answerer.spec_sibling(q, chunk, s.span):  # 成人围棋班 asked, the row of
        return "the row is a sibling's of the one named"  # 少儿围棋班 given; 打印 asked, the row of A4黑白复印
    if answerer.other_row_word(q, chunk):  # 跆拳道课的垫子: only the 瑜伽 row says 垫子
        return "the asked word is another row's"
    if modifier_of_other_row(answerer, q, chunk):  # 出生证明的公证: the row of 出生公证, not of 婚姻状况公证
        return MODIFIED_ROW
    if bracket_of_other_row(answerer, q, chunk):  # 普通标摊多少钱: not 标准展位（转角） beside 标准展位（普通）
        return ANOTHER_ROW
    if row_named_longer(answerer, q, chunk):  # 1路几分钟一班: the row of 夜1路, while a row is named 1路
        return ANOTHER_ROW
    if bare_row_asked(answerer, q, chunk):  # 门票多少钱一个人: not the row of «景区门票（优惠）» beside «景区门票»
        return ANOTHER_ROW
    if record_absent(answerer, q, chunk):  # 物业费是谁交: a fee table of 电费, 燃气费 … and no 物业费
        return "the record asked is not in the table"
    if another_slot(answerer, q, chunk):  # 晚上7点那场: not the 夜场（22:00后） row
        return OTHER_SLOT
    if q.kind == "clock" and answerer.parallel_part(q, chunk):  # 充电站几点关门: which of four stations?
        return "the line is one of parallel parts, the question names none"
    if another_season(answerer, q, chunk):  # 冬天几点关门: not the 旺季 row of 3月1日至10月31日
        return "the row is another season's"
    if dated_elsewhere(q, answerer.corpus.plain(chunk).text):  # 寒假几点开门: not «10月4日至7日开放时间调整为…»
        return "the line's dates are another season's"
    if q.intent == "figure" and part_for_whole(answerer, q, chunk, s.span):  # 全县一共卖了多少钱: not 竹溪乡's 销售额
        return PART
    if q.intent == "figure" and planned_only(answerer, q, s):  # 村级服务点一共多少个: not the 2027年计划新建…40个
        return PLANNED
    if q.intent == "figure" and part_of_total(q.text, answerer.corpus.plain(chunk).text):  # 一共有多少个停车场: not
        # «其中…地面停车场9个»
        return PART
    if case_outside(answerer, q, chunk):  # 离店2公里: not the row of 3公里以上
        return OUTSIDE
    if another_model(q.text, answerer.corpus.plain(chunk).text):  # 特斯拉Model Y: not the row of 特斯拉Model 3
        return "the line names another model"
    if included_only(q, chunk, answerer.corpus.plain(chunk).text, s.span):  # 医学验光多少钱: not the 套餐 «含…医学验光»
        return INCLUDED
    if answerer.other_trouble(q, chunk):
        return "the line remedies another trouble"
    if not counted_ok(answerer, q, s):
        return "the figure counts something else"
    if special_day_given(q, answerer.corpus.plain(chunk).text, s.span):
        return SPECIAL_DAY
    if restates_context(q, s):
        return "the span restates the question's context"
    if names_none_asked(q, s):
        return "which one is asked; the span names none"
    if case_of_other_event(q, answerer.corpus.plain(chunk).text, answerer.corpus.around(chunk)):
        return "the line rules on another event"  # 寒暑假校车还开吗: not «遇雨雪、大雾等恶劣天气，校车可以推迟发车»
    if (what := what_is_asked(q)) and not answerer_holds(answerer, what, chunk):
        return "the thing asked is not said"  # Wi-Fi密码是什么: not «店内提供免费Wi-Fi», which gives none
    if q.intent == "yesno" and latin_unsaid(answerer, q, chunk):
        return "the thing asked is not said"  # 有没有免费wifi: not «服务台可免费借用雨鞋»
    if no_place(answerer, q, s):
        return "a place is asked; the sentence says no place"
    if price_unsaid(answerer, q, s):
        return "whether it costs money is asked; the line says no price"
    if means_of_paying_unsaid(q, answerer.corpus.plain(chunk).text):
        return "a way of paying is asked; the line names none"  # 滞纳金能用微信付吗: not «…在“清河书房”微信公众号上…办理»
    return None


# A yes/no question on paying by a means (能用微信付吗, 可以刷卡交学费吗), and the words of a line that says how one pays.
_PAYING_BY = re.compile(rf"(?:{BY_MEANS}|刷)[^，。？?]{{0,6}}?(?:付|交|缴|支付|付款|缴费|买单|结账|充值)")
_PAYING_SAID = re.compile(r"付|缴|交费|交纳|支付|结账|结算|买单|充值|收款|收取|接受|收")
_MEANS_SAID = re.compile(r"现金|微信|支付宝|刷卡|银行卡|信用卡|借记卡|转账|扫码|二维码|八达通|悠游卡|一卡通|电子支付|移动支付|"
                         r"云闪付|转数快|FPS|PayMe|Pay|支票|App|旅游卡", re.I)


def means_of_paying_unsaid(q: Query, text: str) -> bool:
    """Does a yes/no question ask whether one may pay by a means (用微信付, 刷卡交) while the line names no way of
    paying, or no paying (a 微信公众号 that issues cards)? Only a line on how one pays rules on it."""
    return q.intent == "yesno" and _PAYING_BY.search(q.text) is not None \
        and any(_PAYING_SAID.search(w) or w == "交" for w in q.whether) \
        and not (_PAYING_SAID.search(text) and _MEANS_SAID.search(text))  # (有没有手续费: whether there is a fee)


# Which body is asked (是哪家, 哪个公司, 哪一家单位): a name answers, not a clause that says the word itself.
_WHICH_BODY = re.compile(r"哪(?:一)?(?:家|个公司|个单位|个企业|个机构|家公司|家单位|家企业|家机构)")


# A line that opens on an event it rules for (遇雨雪、大雾等恶劣天气，…; 如遇停电，…).
_EVENT_OPENS = re.compile(r"\s*(?:\d+[.、]\s*)?(?:如遇|若遇|遇到|遇有|遇|如发生|发生)([^，,。；;]{2,16})[，,]")


def case_of_other_event(q: Query, text: str, around: str) -> bool:
    """Does the line rule for an event it opens on (遇雨雪、大雾等恶劣天气，校车可以推迟发车) that the question says
    nothing of, while the question names a case of its own the line's frame never says (寒暑假校车还开吗; 下大雪 is
    the 雨雪 of the event)?"""
    m = _EVENT_OPENS.match(text)
    if not m or any(k in m.group(1) or (k in q.nouns and set(k) & set(m.group(1)))  # (e5 puts 寒暑假 by 天气)
                    for k in q.keywords if len(k) >= 2):
        return False
    return any(len(n) >= 2 and n not in around for n in q.nouns)


# What a question asks the value of, by the word right before its asking end (密码 of Wi-Fi密码是什么, 口号叫啥).
_WHAT_ASKED = re.compile(r"([\u4e00-\u9fff]{2,4})(?:是|叫|为)(?:什么|啥)(?:呢|啊)?[?？]?$")


def what_is_asked(q: Query) -> str:
    """The noun whose value an open question asks (密码 of Wi-Fi密码是什么): a keyword of two characters or more
    right before 是什么/叫什么/叫啥 at its end, a noun to jieba. "" when there is none."""
    m = _WHAT_ASKED.search(q.text)
    if q.intent != "entity" or not m:
        return ""
    noun = next((k for k in q.nouns if len(k) >= 2 and m.group(1).endswith(k)), "")
    return "" if noun in _SAID_AS_VALUE or (q.kind == "code" and noun in _CODE_NOUNS) else noun


# A document's number (文号) is said by the number itself («（桐政办发〔2019〕17号）»), never named.
_CODE_NOUNS = frozenset({"文号", "发文字号"})


# Nouns whose value a line gives without naming them: a title is the line itself, an address a place, a slogan
# a quote (那篇报道的标题是啥, 会展中心的地址是啥, 团委喊的口号是啥).
_SAID_AS_VALUE = frozenset({"标题", "题目", "名称", "名字", "全称", "简称", "地址", "位置", "地点", "口号", "标语", "主题",
                            "内容", "意思", "原因", "目的", "作用", "用途", "特点", "区别"})


def latin_unsaid(answerer: Answerer, q: Query, chunk) -> str:
    """A word in Latin letters a yes or no asks whether of (有没有免费wifi, 可以用Apple Pay吗: the thing, with the Latin
    words said together with it) that the line and its frame never
    say, in any case, nor by a word the dictionary gives for it (bank: 银行) or of the same meaning; "" when there is
    none. Such a word names the thing itself (a brand, a service), which no neighbour stands for (Apple Pay is no
    LINE Pay). Not one the question says again in characters right after it (KTV歌厅: the line's 歌厅)."""
    asked = latin_asked(q.text, tuple(q.keywords))
    if not asked:
        return ""
    around = answerer.corpus.around(chunk)
    low = around.lower()
    for w in asked:
        if w.lower() in low:
            continue
        if any(m in around for m in synonyms.mates(w.lower())) or answerer_holds(answerer, w, chunk):
            continue
        after = re.search(re.escape(w) + r"\s*([\u4e00-\u9fff]{2,})", q.text, re.IGNORECASE)
        if after and any(after.group(1)[:n] in around for n in range(len(after.group(1)), 1, -1)):
            continue  # (KTV歌厅, rent一次: the words after it are the line's)
        return w
    return ""


@functools.lru_cache(maxsize=256)
def latin_asked(question: str, keywords: tuple[str, ...]) -> tuple[str, ...]:
    """The question's keywords in Latin letters that name the thing asked: in a run the question ends with or says
    right after 有, 用, 刷 (有没有免费WiFi, 营地有wifi吗, 可以用Apple Pay嗎), not one that only qualifies another
    thing (LV的包, KTV歌厅). Read once per question, whatever the candidates."""
    runs = [m.group(1).lower().strip() for p in _LATIN_ASKED for m in p.finditer(question)]
    asked = [k for k in keywords if re.fullmatch(r"[A-Za-z][A-Za-z-]+", k)
             and any(k.lower() in r.split() or k.lower() == r.replace(" ", "") for r in runs)]
    return tuple(dict.fromkeys(asked))


_LATIN_ASKED = (re.compile(r"([A-Za-z][A-Za-z\s-]*[A-Za-z])\s*(?:吗|嗎|呢)?\s*[?？]?\s*$"),  # at the question's end
                re.compile(r"(?:有|用|刷|支持|接受)\s*([A-Za-z][A-Za-z\s-]*[A-Za-z])"))  # after a deed of having or using


def answerer_holds(answerer: Answerer, word: str, chunk) -> bool:
    """Does a line or its frame say `word`, itself, by a word of the same meaning or as a near neighbour of it?"""
    around = answerer.corpus.around(chunk)
    return word in around or holds(word, around, answerer.lexicon) or answerer.lexicon.kin_in(word, around) >= MEANING_WEIGHT


def names_none_asked(q: Query, s: Scored) -> bool:
    """Does a question that asks which body (食堂承包商是哪家) get a span that only says the asked noun again
    («约谈承包商»), naming no body (extract.bodies) and nothing in quotes?"""
    m = _WHICH_BODY.search(q.text)
    if not m or q.intent != "entity" or s.span is None or s.span.start < 0:
        return False
    noun = next((k for k in q.nouns if len(k) >= 2 and re.search(re.escape(k) + r"(?:是|为|叫)?$", q.text[:m.start()])), "")
    return bool(noun) and noun in s.span.text and not extract.bodies(s.span.text) \
        and not re.search(r"[“《「].+[”》」]", s.span.text)


def header_figure(question: str, row: str, span: extract.Span) -> bool:
    """Is the span a figure of a table row's column name (预缴6个月每月 of «預繳6個月每月：港幣800元»), not of a
    cell, while the question names nothing else of that column (最短租多久)? 预缴几个月 asks the column's own."""
    cells = row_cells(row)
    if span.start < 0 or not cells or any(b <= span.start < e for _, _, b, e in cells):
        return False
    header = next((h for h, _, b, _ in cells if b - len(h) - 1 <= span.start < b), "")
    words = re.findall(r"[\u4e00-\u9fff]{2,}", header)
    return not any(w[i:i + 2] in question for w in words for i in range(len(w) - 1))


# Words that ask for a line one calls (团体预约专线是多少): a phone number answers them whatever kind is read.
_LINE_WORD = re.compile(rf"{extract.PHONE_WORD.pattern}|专线|传真")


# A case stated as counts of its parts (2大1小, 3室2厅, 5人4晚): two numbers or more, each before its part.
_PARTS_COUNTED = re.compile(r"(?:\d+[\u4e00-\u9fff]){2,}")


def another_count_of_parts(question: str, text: str) -> bool:
    """Does the question state a case by counts of its parts (亲子拉坯2大1小) that `text` states otherwise, the same
    parts with other counts (（1大1小）), and never as asked? The line is another case's."""
    for m in _PARTS_COUNTED.finditer(question):
        shape = re.sub(r"\d+", r"\\d+", m.group())
        said = re.findall(rf"(?<!\d){shape}", text)
        if said and m.group() not in said:
            return True
    return False


# A thing sized by how many it holds (两人办公室, 四人间, 6座车, 双人房): the count, its measure and the noun after it.
_SIZED = re.compile(r"(\d+|[两二三四五六七八九十]+|[单双])\s*(人|座|床|位)([\u4e00-\u9fff]{1,2})")


def _sized_count(word: str) -> int:
    return {"单": 1, "双": 2}.get(word) or cn_number(word)


def another_size_of_thing(question: str, text: str) -> bool:
    """Does the question name a thing by how many it holds (两人办公室) that `text` names only with other
    counts (八人独立办公室, a few words between allowed), never the one asked (二人独立办公室 is 两人)? The line is
    another size's row."""
    for m in _SIZED.finditer(question):
        asked, measure, head = _sized_count(m.group(1)), m.group(2), m.group(3)
        said = [_sized_count(c) for c in re.findall(rf"(\d+|[两二三四五六七八九十]+|[单双])\s*{measure}[\u4e00-\u9fff]{{0,4}}?{head}", text)]
        if asked and said and asked not in said:
            return True
    return False


def another_count_of_thing(question: str, row: str) -> bool:
    """Does the question state how many of a thing it wants (52朵玫瑰) while a table row states a count of another
    number in the same measure (规格：19枝), and none as asked? The row is another size's (11朵 asks the row of
    11枝). Money, time and clock times state no size."""
    def counts(text: str) -> list[tuple[str, float]]:
        text = re.sub(r"(?<![\u4e00-\u9fff])([单双])(?=[层人床座])", lambda m: "1" if m.group(1) == "单" else "2", text)
        out = []  # (单层, 双层: one and two; 三层 in its characters)
        for f in extract.figures(text):
            if re.match(r"\s*(?:及|或)?(?:以[上下内]|起|[—\-~～至到])", text[f.end:]) \
                    or re.search(r"(?:[—\-~～至到]|超过|不超过|满|不足|以上)\s*$", text[:f.start]) \
                    or re.search(r"(?:以[上下内]|起)$", f.text):
                continue  # a bound or a range's end (9座及以下, 2—3匹): no count of one thing
            unit = extract.unit_of(f.text)
            m = re.match(r"\d+(?:\.\d+)?|[一二两三四五六七八九十]+", f.text)
            if unit and extract.unit_class(unit) == "count" and m:
                out.append((unit, float(m.group()) if m.group()[0].isdigit() else float(cn_number(m.group()) or 0)))
        return out
    # the counts of the row's naming and spec cells, not a note's threshold (备注：满10件9折), and their ranges
    cells = [value for head, value, _, _ in row_cells(row) if not re.search(r"备注|说明|注意|价|费|金额", head)]
    said = [c for value in cells for c in counts(value)]
    noted = [c for _, value, _, _ in row_cells(row) for c in counts(value)]  # (备注：三件套另加40元 names 三件套)
    ranges = [r for _, value, _, _ in row_cells(row) for r in _count_ranges(value)]  # (a note's too: 10层及以下…免收)
    for unit, n in counts(extract.arabic(question)):
        same = [m for u, m in said if extract.same_measure(u, unit)]
        held = [lo <= n <= hi for u, (lo, hi) in ranges if extract.same_measure(u, unit)]
        if (same or held) and n not in same and not any(held) and (unit, n) not in noted:
            return True  # (4匹 asked: not the row of «2—3匹»; 7座: the row of «9座及以下»)
    return False


def _count_ranges(value: str) -> list[tuple[str, tuple[float, float]]]:
    """The ranges of a count a cell sets, by unit: 2—3匹 → (匹, (2, 3)), 9座及以下 → (座, (-inf, 9)), 10人以上 →
    (人, (10, inf))."""
    out = []
    for m in re.finditer(r"(\d+(?:\.\d+)?)\s*([\u4e00-\u9fff]?)\s*[—\-~～至到]\s*(\d+(?:\.\d+)?)\s*([\u4e00-\u9fff])", value):
        if extract.unit_at(m.group(4)) and m.group(2) in ("", m.group(4)):
            out.append((m.group(4), (float(m.group(1)), float(m.group(3)))))
    for m in re.finditer(r"(\d+(?:\.\d+)?)\s*([\u4e00-\u9fff])\s*(?:及|或)?(以[上下内])", value):
        if extract.unit_at(m.group(2)):
            n = float(m.group(1))
            out.append((m.group(2), (n, math.inf) if m.group(3) == "以上" else (-math.inf, n)))
    return out


# A package named by how long or how often it runs (21天套装, 10次卡, 12节课程) and the words that name one.
_SPAN_COUNT = re.compile(r"(\d+|[两二三四五六七八九十]+)\s*(天|日|晚|次|节|周|个月)")
_PACKAGE = ("套装", "套餐", "卡", "票", "班", "疗程", "课程", "方案")


def another_length_of_package(question: str, text: str) -> bool:
    """Does the question name a package by its length (28天…套装, 20次卡) that `text` names only with other lengths
    (21天套装), never the one asked? The line is another package's row."""
    for m in _SPAN_COUNT.finditer(question):
        unit, rest = m.group(2), question[m.end():]
        for pkg in (p for p in _PACKAGE if p in rest):
            said = [cn_number(n) for n in re.findall(rf"(\d+|[两二三四五六七八九十]+)\s*{unit}\s*{pkg}", text)]
            if said and cn_number(m.group(1)) not in said:
                return True
    return False


def _units_of(unit: str) -> str:
    """A pattern of the measure words that name the same measure as `unit` (小时|个小时|钟头|个钟头)."""
    return "|".join(map(re.escape, sorted({unit} | extract.same_measures(unit), key=len, reverse=True)))


# A package asked by its length (包5小时, 5天套餐, 3小时方案).
_PACKAGE_ASKED = re.compile(r"(?:包|买|订)\s*(\d+|[两二三四五六七八九十]+)\s*个?(小时|钟头|天|晚|个月|月)"
                            r"|(\d+|[两二三四五六七八九十]+)\s*个?(小时|钟头|天|晚|个月|月)(?:套餐|套票|方案|包|卡)")


def one_for_package(answerer: Answerer, q: Query, chunk, span: extract.Span) -> bool:
    """Does the question ask the price of a package of several units (電競區包5小時多少錢) while the value prices one
    unit (its piece, or the heading of its table: «上網計費（每小時）»), no package of that length?"""
    m = _PACKAGE_ASKED.search(q.text)
    if m is None or cn_number(m.group(1) or m.group(3)) in (None, 1):
        return False
    units = _units_of(m.group(2) or m.group(4))
    text = answerer.corpus.plain(chunk).text
    framed = extract.piece_of(text, span) + "｜" + simplify(answerer.corpus.section_heading(chunk)
                                                             + answerer.chunks[chunk.id].section)
    return re.search(rf"每个?(?:{units})", framed) is not None \
        and re.search(rf"{re.escape(m.group(1) or m.group(3))}\s*个?(?:{units})", text) is None


# A price asked per one unit of time (一个小时多少钱, 住一晚), and a package of several of that unit (三小時套票, 5天套餐).
_ONE_OF_TIME_ASKED = re.compile(r"(?:一|1)个?(小时|钟头|天|日|晚|夜|周|星期|月|年)(?![\u4e00-\u9fff]{0,2}(?:套|卡|票|方案))")


def package_of_many(answerer: Answerer, q: Query, chunk, span: extract.Span) -> bool:
    """Does the question ask a price per one unit of time (平日下午打美式台一个小时多少钱) while the value is a package's
    of several of that unit (the row named «日間三小時套票», the cell «3小时方案：NT$140»), its piece pricing per no
    single unit (每小时)?"""
    m = _ONE_OF_TIME_ASKED.search(q.text)
    if m is None:
        return False
    text = answerer.corpus.plain(chunk).text
    piece = extract.piece_of(text, span)
    own = piece + "｜" + (name_cell(row_cells(text))[1] if chunk.kind == "row" and row_cells(text) else "")
    units = _units_of(m.group(1))
    said = re.findall(rf"(\d+|[两二三四五六七八九十]+)\s*个?(?:{units})\s*(?:{'|'.join(_PACKAGE)}|套票|包时)", own)
    return bool(said) and all(cn_number(n) not in (None, 1) for n in said) \
        and not re.search(rf"每个?(?:{units})", piece)


# A ratio of people (1对2, 一对三, 1:5): of a lesson's teacher to learners, of carers to children.
_PAIRING = re.compile(r"(?<![\d一二两三四五六七八九十])(\d+|[一二两三四五六七八九十])\s*对\s*(\d+|[一二两三四五六七八九十])(?![\d])"
                      r"|(?<![\d.:：])(\d+)\s*(?:[:：]\s*(?=\d(?![\d.:：]))|比\s*)(\d+)(?![\d.:：])")  # (not 8:30, a time)


def _pairings(text: str) -> set[tuple[int | None, int | None]]:
    return {(cn_number(a or c), cn_number(b or d)) for a, b, c, d in _PAIRING.findall(text)}


def another_group_said(question: str, piece: str) -> bool:
    """Does the value's piece name another age group (成人) than the one the question asks of (小童), and not it?"""
    asked = extract.age_groups_named(question)
    if len(asked) != 1:
        return False
    said = extract.age_groups_named(piece)
    return bool(said - asked) and not said & asked


def another_group_row(answerer: Answerer, q: Query, chunk) -> bool:
    """Is a table row named for another group of people (儿童畅跳票) than the one the question asks of (成人, 大人),
    where its table names a row for the asked group the same way (成人畅跳票)? Whatever its notes say of the
    asked group («10周岁以下须有1名成人陪同»), the row is the other group's price."""
    if chunk.kind != "row" or set(extract.bounds(q.text, point=True)) & {"岁", "米", "厘米", "公分"}:
        # (3岁的小孩, 一米三的孩子: the age or the height says the row, not the word)
        return False
    cells = row_cells(answerer.corpus.plain(chunk).text)
    name = name_cell(cells)[1] if cells else ""
    named = extract.groups_named(name)
    asked = extract.groups_named(q.text)
    other = [word for i, word in named.items() if i not in asked]
    if not asked or not other or named.keys() & asked.keys():
        return False
    doc = answerer.corpus.document_text(chunk.doc)
    return any(name.replace(other[0], w) in doc for i in asked for w in extract.PEOPLE_GROUPS[i][0])


def group_row_unasked(answerer: Answerer, q: Query, chunk) -> bool:
    """Is a table row named for a group of people other than adults (学生优惠, 儿童票, 会员价) while the question
    names no group, no age and no height, and another row of its table names no group? The row is that group's
    price, not the one anybody pays (一般区平日一小时多少钱: not «方案：学生优惠 · 价钱：一般区每小时NT$25»)."""
    if chunk.kind != "row" or extract.groups_named(q.text) or set(extract.bounds(q.text, point=True)) & {"岁", "周岁", "米", "厘米", "公分"} \
            or re.search(r"[A-Za-z]{3,}", q.text):  # (kids ticket: a group named in English, unread)
        return False
    rows = table_rows(answerer, chunk)
    names = [name_cell(c)[1] if (c := row_cells(r)) else "" for r in rows]
    named = [extract.groups_named(n) for n in names]
    if not named or not named[0] or 0 in named[0]:
        return False
    own = [k for k in q.keywords if len(k) >= 2 and k in names[0]]  # (青少年跆拳道班: the only 跆拳道 row is the one asked)
    own += [k[:-1] for k in q.keywords if extract.person_stem_said(k, names[0])]  # (低保户 of «低保、特困供养老年人»)
    return any(not n and all(k in name for k in own) for n, name in zip(named[1:], names[1:]))


def another_pairing(question: str, text: str) -> bool:
    """Does the question name a ratio (私教课1对2, 一对三) that `text` gives only as others (适用对象：1对1)? The line
    is another case's, never the one asked."""
    asked = _pairings(question)
    said = _pairings(text)
    return bool(asked and said and not asked & said)


_LETTERED = re.compile(r"(?<![A-Za-z0-9])([A-Za-z])([\u4e00-\u9fff]{2})")  # a variant named by a letter (C套餐, B区)


def _another_mark(pattern: re.Pattern[str], question: str, text: str) -> bool:
    """Does the question name a variant by a mark (`pattern`'s group 1) before a head (group 2) that `text`
    names only with other marks under the same head? The line is another variant's, never the one asked."""
    for m in pattern.finditer(question):
        said = {x.group(1).upper() for x in pattern.finditer(text) if x.group(2) == m.group(2)}
        if said and m.group(1).upper() not in said:
            return True
    return False


def another_letter(question: str, text: str) -> bool:
    """Does the question name a variant by a letter (全屋清洗C套餐) that `text` names only with other letters (B套餐),
    never the one asked? The line is another variant's row."""
    return _another_mark(_LETTERED, question, text)


# A thing named by its number (2线, 15路, 3号楼, 5栋): the number, then the head it numbers (query's heads,
# longest first so 号线 is read before 线).
_NUMBERED = re.compile(r"(?<![\d.:：/-])(\d+)(" + "|".join(sorted(NUMBERED_HEADS, key=len, reverse=True)) + ")")


def another_number(question: str, text: str) -> bool:
    """Does the question name a thing by its number (机场2线, 3号楼) that `text` names only with other numbers (机场1线),
    never the one asked? The line is another route's or building's."""
    return _another_mark(_NUMBERED, question, text)


# A sex named as a person's (男青年, 女生, 男性, 女大学生): not inside a word of both or of kin (男女, 子女, 妇女, 女儿,
# 女方, 女婿) nor of a thing (男装, 女装).
_SEX = re.compile(r"(?<![妇子儿闺男])([男女])(?![女儿方婿装])")


def another_sex(question: str, text: str) -> bool:
    """Does the question name one sex (男青年多大年纪可以报名) that `text` never names, while it names the other
    («2. 女性青年：…年龄为18至22周岁»)? The line is the other sex's."""
    asked = {m.group(1) for m in _SEX.finditer(question)}
    said = {m.group(1) for m in _SEX.finditer(text)} | (set("男女") if "男女" in text else set())  # (男女更衣室: both)
    return len(asked) == 1 and bool(said) and not asked & said


def animal_unsaid(question: str, around: str) -> bool:
    """Does a yes/no question name an animal or pets (带狗, 带宠物) that the line's frame never names, neither
    itself, nor its class (宠物), nor any other animal? The line then rules on something else."""
    animals = (*synonyms.ANIMALS, "宠物")
    return any(w in question for w in animals) and not any(w in around for w in (*animals, "动物"))


# The veto of a line that plans what a question asks done: the same words, another time (next_ruled looks past it).
PLANNED = "the line gives a plan, the question asks what is"
# The veto of a part's figure (a township's) where the whole's is asked (全县, 云岭县): next_ruled looks past it too.
PART = "the line is a part's, the question asks the whole"
SIBLING = "the value is a sibling's of what is asked"
SPECIAL_DAY = "the value is a special day's, the usual one is asked"
INCLUDED = "the asked thing is only what the row's record includes"
OUTSIDE = "the quantity asked is outside the range the line sets"
ANOTHER_ROW = "another row is named as asked"
OTHER_POST = "the name is another post's"
ANOTHER_CASE = "the line gives another case"  # another count of the parts or of the size asked (2大1小, 两人办公室)

# A plan or a target: what is to be (计划新建40个, 力争突破8亿元), said by the value's sentence (not 比计划提前20天; not 将,
# which a rule says too: 累计爽约3次将暂停预约资格; not a heading: 下一步工作 lists hotlines as well).
PLAN_SAID = re.compile(r"(?<![比按原])计划(?!内)|(?<!模)拟(?![人定])|力争|争取|目标")
# The nouns a question names a plan or a target by (明年的目标是多少, 计划种多少亩): a line that plans (PLAN_SAID)
# holds them whatever its words.
PLAN_NOUNS = ("目标", "计划", "打算", "指标")
_PLAN_ASKED = re.compile("|".join(PLAN_NOUNS) + r"|准备|预计|预期|明年|下一步|今后|将来|未来|以后|拟|将(?![军近来])|要[建修办培新增开]"
                         r"|前要|之前|以前要")  # 6月底前要签够多少部: by a date ahead


# Places from the largest: a section of a smaller kind is a part of a whole of a larger one (乡 of 全县).
_PLACE_RANK = {"省": 0, "市": 1, "县": 2, "区": 2, "乡": 3, "镇": 3, "街道": 3, "村": 4, "社区": 4}
_WHOLE_ASKED = re.compile(r"全(省|市|县|区|乡|镇|街道|村|社区)|(省|市|县|区)里")  # 全县, 县里拿出多少钱
_PLACE_NAMED = re.compile(r"([\u4e00-\u9fff]{2,4}?)(省|市|县|区)")


# A line that keeps a thing for some only (限女性入住, 仅限本校学生, 只供会员使用).
_ONLY_FOR = re.compile(r"(?:仅限|只限|限于|仅供|只供|专供|限)([\u4e00-\u9fff]{1,4}?)(?:入住|使用|参加|报名|进入|乘坐|购买|办理|[，,。；;]|$)")


def restricted_to_other(q: Query, text: str) -> bool:
    """Does a yes or no ask whether one whom the line does not keep the thing for may have it (男生能住四人宿舍吗:
    «四人女生宿舍 … 备注：限女性入住»; 周末 of «…限平日»)? The restriction rules on the asker: no, whatever sibling it
    names."""
    if q.intent != "yesno":
        return False
    days_asked = extract.weekdays(q.text)
    for m in _ONLY_FOR.finditer(text):
        kept = m.group(1)
        if not kept or kept in q.text:
            continue  # the question names the one it is kept for
        if any(ch in kept for ch in "男女") and any(ch in q.text for ch in "男女"):
            return True
        days_kept = extract.weekdays(kept)
        if days_kept and days_asked and not days_kept & days_asked:
            return True  # 学生优惠周末可以用吗: «学生…打9折，限平日», kept for the weekdays
    if days_asked:  # 审核材料星期六能去吗: «须于8月18日至8月25日工作日到现场审核材料», the days one must come on
        for clause in re.split(r"[，,。；;]", text):
            days = extract.weekdays(clause) if re.search(r"须|必须|应当|只能|仅", clause) else set()
            if days and not days & days_asked:
                return True
    return False


# Words a place's character opens (零工市场's 市场, 市民, 区域): no place named by it.
_PLACE_CHAR_WORDS = frozenset(("市场", "市民", "市面", "市值", "区域", "区别", "区分", "省份", "省钱", "省事"))


def whole_asked(question: str, title: str) -> tuple[str, str] | None:
    """(the kind of place, its words) of a whole a question asks: 全县 or 县里, or the place the document's title
    is about, named (云岭县猕猴桃一共种了多少亩 of «云岭县2026年猕猴桃产业发展情况»); None when none is asked."""
    m = _WHOLE_ASKED.search(question)
    if m:
        return m.group(1) or m.group(2), m.group(0)
    named = next(((p.group(2), p.group(0)[i:]) for p in _PLACE_NAMED.finditer(question)
                  if question[p.end() - 1:p.end() + 1] not in _PLACE_CHAR_WORDS
                  for i in range(len(p.group(1)) - 1) if p.group(0)[i:] in title), None)
    return named  # (a name found with a character before it: 2027年崇岭县, the 年 no part of it; a place's
    # character inside a word is none: 零工市场's 市)


def part_for_whole(answerer: Answerer, q: Query, chunk, span: extract.Span | None = None) -> bool:
    """Does the question ask a figure of the whole (全县, 全市) of a line in the section of a smaller place
    (竹溪乡：竹编网店) that does not say the whole itself? The figure is the part's."""
    section = chunk.section
    if q.sections or not section:
        return False
    whole = whole_asked(q.text, chunk.title)
    if whole is None:
        return False
    kind = next((k for k in sorted(_PLACE_RANK, key=len, reverse=True) if section.endswith(k)), None)
    if kind is None or _PLACE_RANK[kind] <= _PLACE_RANK[whole[0]] or len(section) < 2:
        return False
    text = answerer.corpus.plain(chunk).text  # the value's own piece, when known (高坪镇是全县…主产区，种植面积2.3万亩: the town's)
    said = answerer.piece(text, span) if span is not None and span.start >= 0 else text
    if _whole_opens(text, whole[0]):
        return False  # «全县乡村医生412人，平均年龄54岁», «2028年，我县计划…»: the whole is the sentence's subject
    if _whole_owns(q.text, whole, answerer.corpus.around(chunk).replace(simplify(chunk.title), "")):
        return False  # 澜溪县零工市场几点开门: the county's own market, which the town's section describes
    return whole[1] not in said and not any(w + whole[0] in said for w in "全我本")


def _whole_owns(question: str, whole: tuple[str, str], around: str) -> bool:
    """Does the question name a thing of the whole (澜溪县零工市场, 县医院), which the line's frame (its title aside:
    «青川县猕猴桃产业…» is no 县猕猴桃 of the county's own) names as the whole's (县级零工市场, 县零工市场)? The
    question asks of that thing, not a total of the whole's parts."""
    at = question.find(whole[1]) + len(whole[1])
    word = next((w for w in jieba.lcut(question[at:]) if w.strip()), "") if at >= len(whole[1]) else ""
    return len(word) >= 2 and re.fullmatch(r"[\u4e00-\u9fff]+", word) is not None \
        and re.search(rf"{whole[0]}级{re.escape(word)}", around) is not None  # (县级零工市场, its level said: 全县辣椒,
    # a line before «松岭县干核桃总产量…», are the whole's totals)


def whole_holder(answerer: Answerer, q: Query, scored: list) -> Scored | None:
    """Where the best candidate gives a part's figure for the whole asked (高坪镇…种植面积2.3万亩 for
    云岭县一共种了多少亩: part_for_whole), the first candidate below, not vetoed, whose value's own piece says
    the whole (全县猕猴桃种植面积达到9.8万亩), when the rule accepts it."""
    whole = whole_asked(q.text, scored[0][0].hit.chunk.title) if scored and scored[0][2] == PART else None
    if whole is None:
        return None
    kind = whole[0]
    for s, _, veto in scored[1:]:
        text = answerer.corpus.plain(s.hit.chunk).text
        if veto is None and s.span is not None and s.span.start >= 0 and rule_supports(answerer, q, s) \
                and ("全" + kind in answerer.piece(text, s.span) or _whole_opens(text, kind)):
            return s
    return None


def _whole_opens(text: str, kind: str) -> bool:
    """Does the sentence open with the whole as its subject (全县…, «2028年，我县…»), which every figure of it is of
    («全县核桃种植面积达到42万亩，其中…，干核桃总产量3.6万吨»)?"""
    own = ("全" + kind, "我" + kind, "本" + kind)
    return re.match(rf"\s*(?:[^，,。；;]{{0,12}}[年月日][，,]\s*)?(?:{'|'.join(own)})", text) is not None


_PARTS_OPEN = re.compile(r"\s*(?:[（(]?[\d一二三四五六七八九十]+[.、)）]\s*)?其中")


def part_of_total(question: str, text: str) -> bool:
    """Does a question ask a total (一共有多少个停车场) of a line that gives its parts by an opening 其中
    («其中地下停车场3个（…），地面停车场9个», the total said before it), naming no part? A part is named by what
    sets it apart from the others the line gives (地下, 地面: 地下停车场有几个 asks the part)."""
    if "其中" in question or not TOTAL_WORD.search(question) or not (m := _PARTS_OPEN.match(text)):
        return False
    parts = [w.removeprefix("其中") for w in re.findall(r"([\u4e00-\u9fff]+)\d", text[m.start():])]
    parts = [w for w in parts if w]
    head = os.path.commonprefix([w[::-1] for w in parts])[::-1] if len(parts) > 1 else ""
    return not any(w.removesuffix(head) and w.removesuffix(head) in question for w in parts)


def planned_only(answerer: Answerer, q: Query, s: Scored) -> bool:
    """Does the value's piece give a plan or a target (2027年计划新建村级服务点40个) where the question
    asks what is or was done (村级服务点一共多少个)? Not the piece after one that plans (今年计划新开工50部，
    目前已签约21部: 21部 is done)."""
    if _PLAN_ASKED.search(q.text) or s.span is None or s.span.start < 0:
        return False
    text = answerer.corpus.plain(s.hit.chunk).text
    if _PAST_ASKED.search(q.text) and _AHEAD_SAID.search(s.hit.chunk.section + s.hit.chunk.heading):
        return True  # 花木贷去年放了多少: not «2029年“花木贷”发放规模达到20000万元» under «2029年工作打算»
    return bool(PLAN_SAID.search(answerer.piece(text, s.span)))


# A question on what was done in a past year (去年放了多少, 上一年, 前年).
_PAST_ASKED = re.compile(r"去年|前年|上一?年|往年")


# A post in brackets right after a name (刘春梅（教务处主任）).
_POST_AFTER = re.compile(r"\s*[（(]([^（()）]{2,16})[）)]")


# A value that names a place or a body, no person (白岩镇, 绿源公司, 市商务局).
_NO_PERSON = re.compile(rf"(?:省|市|县|区|镇|乡|村|街道|社区|{'|'.join(extract.BODY_HEADS)}|委|学校|医院|科)$")


def another_measure_of_age(question: str, text: str) -> bool:
    """Does the question give the asker's age (85岁) while the line says that number only of another measure (85折,
    85元) and no age at all? The number is no match for the age."""
    for m in re.finditer(r"(?<![\d.])(\d{1,3})\s*周?岁", question):
        said = [x.group(1) for x in re.finditer(rf"(?<![\d.$＄]){m.group(1)}(?![\d.])\s*(\S?)", text)]
        if said and not re.search(r"\d\s*周?岁", text) and all(re.fullmatch(r"[\u4e00-\u9fff]", u) and u not in "岁周"
                                                            for u in said):  # (NT$70 · is a price, no measure read)
            return True
    return False


def post_unsaid(answerer: Answerer, q: Query, chunk) -> bool:
    """Does a who-question ask the holder of a post (总经理, 站长) that the line's frame says in no form: not the post,
    nor its head word (经理 of 总经理), nor, for the one in charge (负责人), any head's post?"""
    role = asked_role(q.text)
    if not role or role.endswith(("人", "者")) and role not in extract.IN_CHARGE:
        return False  # (a doer named by a deed, 报名人, 申请者: any line about the deed names them)
    around = answerer.corpus.around(chunk)
    return not (role in around or role[-2:] in around or abbreviated(role, around) or holds(role, around, answerer.lexicon)
                or (role in extract.IN_CHARGE and extract.HEAD_POST.search(around)))


def another_post(q: Query, text: str, span: extract.Span) -> bool:
    """Is the name the holder of another post than the one a who-question asks (_holds_post): the post its field's
    label gives (工程主管 of «工程主管：马强»), when the line says the asked one nowhere else, or, with no label, the
    posts its own clause names (队长 of «队长由村民李长顺担任»)? A label names its post exactly: 柜台主任 is no 老板,
    工程主管 no 业委会主任; a label that is no post (主持：…副主任罗文斌) says what the name is asked as. A label's
    body (英文科 of 英文科主任) that shares nothing with the modifier the question gives the post (课程主任) is another
    body's post, unless that modifier names a place or a body itself (静思自修室嘅经理: the shop's own 店铺经理)."""
    role = asked_role(q.text)
    if not role:
        return False
    bracketed = _POST_AFTER.match(text, span.end)
    if bracketed and _holds_post(role, bracketed.group(1), q.text) and _post_of_asked_body(role, bracketed.group(1), q.text):
        return False  # 教务处主任是谁: «联系人：刘春梅（教务处主任）», the post said right after the name
    if re.search(r"联系人[：:]?\s*$", text[:span.start]) and "联系" not in role:
        return True  # 考试中心主任是谁: not «…，联系人张晓雯», whom one calls, whatever post she holds
    label = extract.field_label(text, span)
    if label and extract.post_head(label):
        body = label[:label.find(role)] if role in label else ""
        before = re.sub(r"[的嘅之]$", "", q.text[:q.text.find(role)])[-4:]
        if role in extract.IN_CHARGE and extract.HEAD_POST.search(label) and set(before) & set(label):
            return False  # 招生的负责人是谁: «招生部经理：陈志鹏», the head of the body asked is the one in charge
        if _holds_post(role, label, q.text) and body and re.search(r"[\u4e00-\u9fff]$", before) \
                and not set(body) & set(before) and not _BODY_END.search(before):  # (静思自修室嘅经理: the shop's)
            return True  # 课程主任叫什么: not «英文科主任：Karen Wong老師», another body's 主任 (修车主管: 维修主管's)
        return not _holds_post(role, label, q.text) and role not in text.replace(label, "")
    if label:
        return False  # «主持：街道办事处副主任罗文斌»: the label says what the name is asked as, the 副主任 is his job
    # no label: the posts the value's own clause gives (队长由村民李长顺担任, asked 村支书 of a line after «村党支部书记…»)
    clause = extract.clause_of(text, span)
    if role.endswith(("负责人", "责任人")) and re.search(rf"由[^，,。；;由]{{0,24}}?{re.escape(span.text)}(?:具体|全面)?(?:负责|牵头|主持)", clause):
        return False  # 活动负责人是谁: «本次活动由…科长姜立新负责», the one in charge, whatever his post
    if role in extract.IN_CHARGE and re.search(rf"(?:{extract.HEAD_POST.pattern}){re.escape(span.text)}", clause):
        return False  # 合作社的负责人叫啥: «…合作社由理事长覃秀英牵头», the body's head right before the name
    posts = extract.posts_in(clause) + [m.group(0) for m in re.finditer(r"[\u4e00-\u9fff]{0,4}?[护士班组队股科处局院校站所]长", clause)
                                        if not any(m.group(0) in p for p in extract.posts_in(clause))]
    return bool(posts) and not any(_holds_post(role, p, q.text) for p in posts) \
        and not (abbreviated(role, clause) and not any(_other_head(role, p, q.text) for p in posts))


# The end of a place's or a body's name (自修室, 维修站, 服务中心): a post of it is the whole's, no department's.
_BODY_END = re.compile(r"(?:室|店|馆|园|站|所|院|校|厂|公司|局|社|中心|协会|集团|部|处)$")


def _post_of_asked_body(role: str, post: str, question: str) -> bool:
    """Is `post` (教务处主任) of the body the question names before the role (教务处主任是谁; not 招生办主任是谁), or does
    the question name none (主任是谁)?"""
    body = post[:post.find(role)] if role in post else ""
    before = question[:question.find(role)].removesuffix("的")
    return not body or not re.search(r"[\u4e00-\u9fff]$", before) or body in question


def _other_head(role: str, post: str, question: str = "") -> bool:
    """Is `post` another head than the `role` asked, whatever characters they share: a deputy's («副局长» for 局长) or
    another 长 («镇卫生院院长» for 镇长, «护士长» for 院长)?"""
    bare = role[-2:] if len(role) > 2 and role[-2:] in extract.ROLES else role  # (局局长, jieba's cut of 卫健局局长)
    if "副" + bare in post and "副" not in role and "副" + bare not in question:
        return True
    head = extract.post_head(post) or post
    return bare.endswith("长") and head.endswith("长") and not head.endswith(bare) and bare not in post


def _holds_post(role: str, post: str, question: str) -> bool:
    """Is `post` (工程主管, 医生) the post `role` asks: itself, holding it or held by it (眼科医生 asked: the row's 医生 of
    科室：眼科), abbreviated, or a synonym of its head where the question says the post's own modifier (大夫: 医生;
    招生办负责人: 招生办主任; not 业委会主任: 工程主管)?"""
    head = extract.post_head(post)
    if _other_head(role, post, question):
        return False
    if role in post or post in role or abbreviated(role, post):
        return True
    return bool(head) and synonyms.same(role, head) and (post == head or post[:-len(head)] in question)


def case_outside(answerer: Answerer, q: Query, chunk) -> bool:
    """Does the line set a range of a quantity that leaves out the one the question states of its case
    (extract.range_excludes)? For a yes or no, the range answers no (五十八岁还能报名吗: «年龄在16周岁至55周岁
    之间»), unless a line beside it holds the case (离店2公里收费吗: the 3公里以内 row, not 3公里以上; 一米三的小孩
    要买票吗: «身高1.2米至1.5米的儿童…半价», not «1.2米以下的儿童免票»)."""
    text = answerer.corpus.plain(chunk).text
    if not extract.range_excludes(q.text, text):
        return False
    if extract.clauses_holding(q.text, text) or extract.member_holding(q.text, text):
        return False  # 住8公里远接送多少钱: «5公里内…150元，5至10公里…250元»: one clause holds the case (one member:
        # «少儿组（6至12周岁）、青年组（13至35周岁）» for 10岁的孩子)
    if q.intent != "yesno":
        return True
    return any(c.doc == chunk.doc and c.id != chunk.id and extract.range_holds(q.text, answerer.corpus.plain(c).text)
               for c in answerer.chunks[max(0, chunk.id - CASE_ROWS):chunk.id + CASE_ROWS + 1])


# Lines either side of one whose range leaves a yes-or-no question's case out, looked at for one that holds it.
CASE_ROWS = 5


def row_named_longer(answerer: Answerer, q: Query, chunk) -> str | None:
    """The question's word that a table row's name cell (its first) holds inside a longer name while
    another row of the same table is named by that word exactly: the question names that row, this one
    is a sibling's (1路几分钟一班: «线路：夜1路 · … · 发车间隔：25分钟» is the night route's; the row «线路：1路»
    is the one asked; 瑜伽课 asked where rows 瑜伽 and 高温瑜伽 stand side by side). None otherwise."""
    if chunk.kind != "row":
        return None
    cells = row_cells(answerer.corpus.plain(chunk).text)
    name = _row_name(cells)
    said = [k for k in q.keywords if len(k) >= 2 and k in name and k != name and _DEFAULT_KIND.sub("", name) != k]
    if not said or name in q.text or len(said) >= 2:  # 夜1路几分钟一班 names the night route itself; 小孩子泡大众池:
        return None  # 儿童 and 大众池 together name the row 大众池儿童票
    # the rows next to it with the same name column; in a sheet whose rows are numbered, one named for the usual
    # kind (日常钟点工) is named by the word (钟点工: not 夜间钟点工's row)
    in_numbered = numbered(cells)
    names = {_DEFAULT_KIND.sub("", _row_name(row_cells(r))) for r in table_rows(answerer, chunk)[1:]} if in_numbered \
        else set(table_names(answerer, chunk)[1:])
    if in_numbered and slot_meets_hours(q, chunk, answerer):
        return None  # 晚上请钟点工: the row of 夜间钟点工, whose hours (18:00-21:00) are the evening asked
    return next((k for k in said if k in names), None)


def slot_meets_hours(q: Query, chunk, answerer: Answerer) -> bool:
    """Do the hours a question names (晚上) meet the time slot a table row gives (18:00-21:00)?"""
    return bool(asked_hours(q.text) & slot_hours(answerer.corpus.plain(chunk).text))


# A row's name for the usual kind of a thing (日常钟点工, 普通快递, 标准间): the thing itself, as an asker says it.
_DEFAULT_KIND = re.compile(r"^(?:日常|普通|标准|常规|一般|基础)(?=[\u4e00-\u9fff]{2})")


def _row_name(cells: list) -> str:
    """The name of a table row: its first cell, or, where that is a bare number (序号：13), the cell headed as a
    name (服务项目：夜间钟点工)."""
    if not cells:
        return ""
    return name_cell(cells)[1].strip() if numbered(cells) else cells[0][1].strip()


def bare_row_asked(answerer: Answerer, q: Query, chunk) -> bool:
    """Is a table row named with a kind in brackets (景区门票（优惠）) while another row of its table bears the bare
    name (景区门票), and the question says nothing this row says that the bare row does not (门票多少钱一个人)? The
    bare row is the thing asked; the bracket names a kind of it the question does not ask (not 老人门票多少钱, whose
    老人 this row's «60至69周岁老人» says)."""
    rows = table_rows(answerer, chunk)
    own = _bracketed(rows[0]) if rows else None
    if own is None or any(k in q.text for k in own[1]) or extract.bounds(q.text, point=True):
        return False  # (1米1的娃娃进景区要门票吗: the height says the row, «（免票） · 身高1.2米以下儿童»)
    bare = next((r for r in rows[1:] if name_cell(row_cells(r))[1].strip() == own[0]), None)
    return bare is not None and not any(len(k) >= 2 and k in rows[0] and k not in bare for k in q.keywords) \
        and not any(extract.age_word(k) or (synonyms.forms(k) and any(f in rows[0] for f in synonyms.forms(k)))
                    for k in q.keywords)


MODIFIED_ROW = "another row names the asked thing by its modifier"
OTHER_SLOT = "the row is another time slot's"


def modified_row_holder(answerer: Answerer, q: Query, ranked: list[Scored], scored: list) -> Scored | None:
    """Where the best candidate is a row vetoed for another row's naming the asked thing by its modifier
    (modifier_of_other_row: 出生证明, the row of 出生公证), that row, when it is among the candidates whose
    spans were read, no veto forbids it and the rule accepts it."""
    from wenda.index.answer import SPAN_DEPTH

    if not scored or scored[0][2] != MODIFIED_ROW:
        return None
    word = modifier_of_other_row(answerer, q, scored[0][0].hit.chunk)
    top = scored[0][0].hit.chunk
    return next((s for s in ranked[1:SPAN_DEPTH] if s.hit.chunk.kind == "row" and s.hit.chunk.doc == top.doc
                 and s.span is not None and s.span.start >= 0
                 and word[:2] in name_cell(row_cells(answerer.corpus.plain(s.hit.chunk).text))[1]
                 and vetoed(answerer, q, s) is None and rule_supports(answerer, q, s)), None)


def bare_row_holder(answerer: Answerer, q: Query, ranked: list[Scored], scored: list) -> Scored | None:
    """Where the best candidate is a bracketed row vetoed for the bare row of its name (bare_row_asked), that row,
    when it is among the candidates whose spans were read and the rule accepts it (门票多少钱一个人: «项目：景区门票 ·
    …价格：60元»)."""
    from wenda.index.answer import SPAN_DEPTH

    if not scored or scored[0][2] != ANOTHER_ROW:
        return None
    rows = table_rows(answerer, scored[0][0].hit.chunk)
    own = _bracketed(rows[0]) if rows else None
    if own is None:
        return None
    return next((s for s in ranked[1:SPAN_DEPTH] if s.hit.chunk.kind == "row"
                 and s.hit.chunk.doc == scored[0][0].hit.chunk.doc and s.span is not None and s.span.start >= 0
                 and name_cell(row_cells(answerer.corpus.plain(s.hit.chunk).text))[1].strip() == own[0]
                 and vetoed(answerer, q, s) is None and rule_supports(answerer, q, s)), None)


@functools.lru_cache(maxsize=4096)
def _bracketed(row: str) -> tuple[str, tuple[str, ...]] | None:
    """A row's name cell as its name and the kinds in its brackets (室内光地（1号馆、2号馆）: 室内光地, [1号馆, 2号馆])."""
    cells = row_cells(row)
    m = re.fullmatch(r"(.+?)[（(]([^（）()]+)[）)]", name_cell(cells)[1].strip()) if cells else None
    return (m.group(1), tuple(re.split(r"[、，,/]", m.group(2)))) if m else None


def bracket_of_other_row(answerer: Answerer, q: Query, chunk) -> bool:
    """Does the question name, by its bracket, another row of the same name than this one (普通标摊多少钱: the row
    «标准展位（普通）», not this «标准展位（转角）» whose note says «同普通展位»; 1号馆的室内光地: «室内光地（1号馆、
    2号馆）», not «室内光地（3号馆）»), and not this row's own bracket?"""
    rows = table_rows(answerer, chunk)
    own = _bracketed(rows[0]) if rows else None
    if own is None or any(k in q.text for k in own[1]):
        return False
    return any((other := _bracketed(r)) is not None and other[0] == own[0] and any(k in q.text for k in other[1])
               for r in rows[1:])


def modifier_of_other_row(answerer: Answerer, q: Query, chunk) -> str | None:
    """A word of four characters or more the question says (出生证明), whose opening two (出生) a table row never
    says while exactly one other row of its table (table_rows) names its record with them (服务项目：出生公证): the
    asked record is that row's (办个出生证明的公证多少钱: not the row of 婚姻状况公证). None when none."""
    rows = table_rows(answerer, chunk)
    if not rows:
        return None
    frame = simplify(chunk.title + chunk.heading + chunk.section)  # (明湖体育中心: the owner every row is of)
    for k in q.keywords:
        mod = k[:2]
        if len(k) >= 4 and re.fullmatch(r"[\u4e00-\u9fff]+", k) and mod not in rows[0] and mod not in frame \
                and sum(mod in name_cell(row_cells(o))[1] for o in rows[1:]) == 1:
            return k
    return None


def table_rows(answerer: Answerer, chunk) -> list[str]:
    """The (Simplified) text of a table row and of the rows around it with the same first header, the
    row's own first; [] for a chunk that is no row. (Not Answerer.table_of, which wants every header
    the same: a row leaves its empty cells out.)"""
    own = answerer.corpus.plain(chunk).text
    cells = row_cells(own)
    if chunk.kind != "row" or not cells:
        return []
    rows = [own]
    for step in (-1, 1):
        i = chunk.id + step
        while 0 <= i < len(answerer.chunks) and answerer.chunks[i].kind == "row" and answerer.chunks[i].doc == chunk.doc:
            text = answerer.corpus.plain(answerer.chunks[i]).text
            other = row_cells(text)
            if not other or other[0][0] != cells[0][0]:
                break
            rows.append(text)
            i += step
    return rows


def table_names(answerer: Answerer, chunk) -> list[str]:
    """The name cells (the first) of a table row and of the rows around it with the same first header."""
    return [row_cells(r)[0][1].strip() for r in table_rows(answerer, chunk)]


# A slot of hours a row's cell gives: 日场（12:00—18:00）, 夜场（22:00后）, 早场（12:00前）.
_SLOT_RANGE = re.compile(r"(\d{1,2})[:：]\d{2}\s*(?:—{1,2}|–|-|~|～|至|到)\s*(?:次日)?(\d{1,2})[:：]\d{2}")
_SLOT_AFTER = re.compile(r"(\d{1,2})[:：]\d{2}\s*(?:以后|之后|后)")
_SLOT_BEFORE = re.compile(r"(\d{1,2})[:：]\d{2}\s*(?:以前|之前|前)")
# The hours a part of the day names, as a time slot is compared with it.
_ASKED_PART_HOURS = {"morning": range(6, 12), "noon": range(11, 14), "afternoon": range(12, 18),
                     "evening": range(18, 24)}


def slot_hours(row: str) -> set[int]:
    """The hours of the day a row's time slot covers (日场（12:00—18:00）: 12…17; every range of hours it gives:
    «8:30—12:00，14:30—18:00», a morning's and an afternoon's), empty when it gives none."""
    if ranges := list(_SLOT_RANGE.finditer(row)):
        hours: set[int] = set()
        for m in ranges:
            a, b = int(m.group(1)), int(m.group(2))
            hours |= set(range(a, b)) if a < b else set(range(a, 24)) | set(range(0, b))
        return hours
    if m := _SLOT_AFTER.search(row):
        return set(range(int(m.group(1)), 24))
    if m := _SLOT_BEFORE.search(row):
        return set(range(6, int(m.group(1))))
    return set()


def asked_hours(question: str) -> set[int]:
    """The hours a question names: a clock time (晚上7点: 19) or parts of the day (下午: 12…17); empty
    when it names none."""
    parts = extract.day_parts(question)
    if m := re.search(r"(\d{1,2})(?:[:：]\d{2}|点)", question):
        hour = int(m.group(1))
        if hour < 12 and parts & {"afternoon", "evening"}:
            hour += 12
        return {hour}
    return {h for p in parts for h in _ASKED_PART_HOURS.get(p, ())}


def another_slot(answerer: Answerer, q: Query, chunk) -> bool:
    """Is a table row's time slot another time's than the one asked, another row of the same record (the
    same name cell) covering more of it (IMAX晚上7点那场多少钱: not the 夜场（22:00后） row, the 黄金场（18:00—22:00）
    one; 下午场: 日场（12:00—18:00）), or none of it at all while other rows' slots do (情侣厅下午场, where its
    one row is 黄金场; a yes/no question is answered by the row's hours)? Rows of other records keep their
    own hours (太极拳 at 6:30 is no worse an answer to 早上 for the 书法班 at 9:00)."""
    asked = asked_hours(q.text)
    rows = table_rows(answerer, chunk) if asked else []
    if not rows or not slot_hours(rows[0]):
        return False
    name = row_cells(rows[0])[0][1]  # the same record's other slots only (not another activity's hours)
    here = len(asked & slot_hours(rows[0]))
    if not here:  # 情侣厅下午场: the row's one slot is the evening's, while other rows have afternoon slots
        return q.intent != "yesno" and any(asked & slot_hours(r) for r in rows[1:])
    return any(len(asked & slot_hours(r)) > here for r in rows[1:] if row_cells(r)[0][1] == name)


def another_season(answerer: Answerer, q: Query, chunk) -> bool:
    """Is a table row's range of dates none of the months the question names (by a season: 冬天, or a
    month: 8月份), while another row of the table covers some of them (冬天动物园几点关门: not the 旺季 row
    of 3月1日至10月31日, the 淡季 one of 11月1日至次年2月底)?"""
    asked = extract.months_asked(q.text)
    rows = table_rows(answerer, chunk) if asked else []
    own = extract.months_said(rows[0]) if rows else set()
    if not own or asked & own:
        return False
    return any(asked & extract.months_said(r) for r in rows[1:])


def dated_elsewhere(q: Query, text: str) -> bool:
    """Does a sentence hold its rule for dates none of whose months the question names (by a season or
    a school holiday: 寒假几点开门, not «国庆节…10月4日至7日开放时间调整为9:30—16:00»)? Only the asker's time
    of year counts (冬天, 寒假): a month alone (8月份) asks about the usual rule of that month as well, and a
    season that names a term or a kind (春季班 opens in February, its deadline in November) is no time."""
    seasons = re.findall(r"[春夏秋冬]天|寒假|暑假", extract.untitled(q.text))
    if any(s[0] + "季" in text for s in seasons if s.endswith("天")):
        return False  # 冬天 asked, «夏季（5月至9月）6:00至19:00，冬季7:00至18:00»: the season said by name too
    asked = extract.months_asked(" ".join(seasons))
    said = extract.months_dated(text)
    return bool(asked and said) and not asked & said


_MODEL = re.compile(r"(?<![A-Za-z])([A-Za-z]{2,})\s?([A-Za-z0-9]{1,3})(?![A-Za-z0-9])")


# A brand in Chinese and a class code (奔驰E级, 宝马3系, 大众B级车).
_CLASS_MODEL = re.compile(r"([\u4e00-\u9fff]{2,})\s?([A-Za-z0-9]{1,3})(级|系)")


# A note that lists what a record includes (含板材镜框、1.60防蓝光镜片和医学验光; 包括…; 赠送…).
_INCLUDES = re.compile(r"(?:^|[；;。])\s*(?:含有?|包含|包括|内含|赠送?)([^；;。]+)")


def included_only(q: Query, chunk, row: str, span) -> bool:
    """Is every word of a figure question that the row says said only in a note listing what the row's record
    includes (医学验光 of the 学生配镜套餐's «含…1.60防蓝光镜片和医学验光»)? Then the row's figure is the
    package's, not the asked thing's own."""
    if chunk.kind != "row" or q.intent != "figure" or span is None or span.start < 0:
        return False
    cells = row_cells(row)
    notes = [(start, m) for _, value, start, _ in cells for m in _INCLUDES.finditer(value)]
    if not notes:
        return False
    if any(m.start(1) <= span.start - start and span.end - start <= m.end(1) for start, m in notes):
        return False  # the note's own figure (赠送适应期复查3次)
    listed = [m.group(1) for _, m in notes]
    rest = " ".join(_INCLUDES.sub("", value) for _, value, _, _ in cells)
    asked = [k for k in q.keywords if len(k) >= 2 and k not in q.verbs and k in row]
    return bool(asked) and all(any(k in piece for piece in listed) and k not in rest for k in asked)


def another_model(question: str, text: str) -> bool:
    """Does the question name a model by a word and a code (Model Y, iPhone 15, Mate 60) that the
    sentence gives with another code only (Model 3)? That line speaks of a sibling model."""
    for m in _MODEL.finditer(question):
        word, code = m.group(1), m.group(2)
        said = re.findall(rf"(?<![A-Za-z]){re.escape(word)}\s?([A-Za-z0-9]{{1,3}})(?![A-Za-z0-9])", text, re.I)
        if said and all(c.lower() != code.lower() for c in said):
            return True
    for m in _CLASS_MODEL.finditer(question):  # 奔驰E级 asked, «奔驰S级» given; 宝马3系, «宝马5系»
        words, code, kind = m.groups()
        for k in range(2, len(words) + 1):  # the brand is the end of the run (婚车租奔驰: 奔驰)
            said = re.findall(rf"{re.escape(words[-k:])}\s?([A-Za-z0-9]{{1,3}}){kind}", text, re.I)
            if said:
                if all(c.lower() != code.lower() for c in said):
                    return True
                break
    return False


def record_absent(answerer: Answerer, q: Query, chunk) -> str | None:
    """The question's noun that names a record of the row's kind, by the head the table's names end with
    (物业费 beside 电费, 燃气费, 宽带费), which neither this row says nor any name of the table: the table
    has no such record, and this row answers for another (物业费是谁交: not the 车位租金 row's 乙方). None
    otherwise. Only tables of three names or more: their common ending is then a kind."""
    if chunk.kind != "row":
        return None
    row = answerer.corpus.plain(chunk).text
    # words the corpus never uses, which this row does not say (checked before the table is walked)
    unsaid = [k for k in q.keywords if len(k) >= 2 and re.fullmatch(r"[\u4e00-\u9fff]+", k) and k not in row
              and k not in q.verbs  # 上船 of 推电瓶车上船多少钱 is a deed, no record (票种 of 电动车随船, 成人票)
              and k[:-1] not in row and not answerer.lexicon.known(k) and not extract.weekdays(k)
              and extract.digit_form(k) not in row  # 三系: the row of 宝马3系
              and not deed_on(k, row)  # 头发: the row of 漂发, a deed on hair
              and not extract.ONE_UNIT.match(k)]  # 一节课: one of the unit priced («$2,000/堂»), no record
    names = table_names(answerer, chunk) if unsaid else []
    if len(names) < 3:
        return None
    ends = {n[-1] for n in names if len(n) >= 2}
    for k in unsaid:
        if k[-1] in ends and not any(k in n or n in k for n in names) and not answerer.frame_says(k, chunk) \
                and not _meant_in(answerer, k, row) and not answerer.names_record(k, chunk) \
                and not (extract.age_word(k) and (extract.range_holds(q.text, row) or extract.age_group_held(k, row))):
            return k  # 瑜伽课 of 瑜伽普拉提, 礼拜一 of 周一, 厨师 of 烹调师 or of 中餐烹饪师 are the row's (65岁的老人: the
            # row of «60—69周岁», the people by the band of their age)
    return None


def _meant_in(answerer: Answerer, word: str, row: str) -> bool:
    """Does a row say `word` in other words: abbreviated (心内科: 心血管内科) or a word of the same meaning
    that is no mere thing in general (厨师: 烹调师; not 物业费: 费用, the header every fee row has)?"""
    weight, other = answerer.lexicon.weight_in(word, row)
    return bool(abbreviated(word, row)) or (weight >= MEANING_WEIGHT and not generic_of(word, other))


def price_unsaid(answerer: Answerer, q: Query, s: Scored) -> bool:
    """A yes/no question asks whether a thing costs money (量血糖要收费吗, 洗澡要钱吗) and the line and its
    frame say nothing of money: no price, no fee, nothing free (extract.PRICE_SAID, 费, 价, 钱). The line only
    says the thing is done («…护理师到据点量血压、测血糖»), and whether one pays is not there."""
    if q.intent != "yesno" or not _PRICE_ASKED.search(q.text):
        return False
    around = answerer.corpus.around(s.hit.chunk)
    text = answerer.corpus.plain(s.hit.chunk).text
    for fee in (k for k in q.keywords if len(k) >= 3 and k.endswith("费") and not re.search(r"[收付交缴]费$", k)
                and k not in around):  # (a fee named: 停车费; not the charging itself, 额外收费)
        if fee[:-1] not in text or not (extract.PRICE_SAID.search(text) or re.search(r"费|价|钱|票|免", text)):
            return True  # 服务区停车要收停车费吗: not «服务区停车位饱和度超过90%时…», whatever fees its frame names, nor
            # «充电服务费每千瓦时不超过0.8元», another thing's fee
    return not (extract.PRICE_SAID.search(around) or re.search(r"费|价|钱|票|付款|支付", around))


# The usual case asked (平时晚上几点收班, 一般几点开门) and days that are exceptions to it.
_USUAL = re.compile(r"平时|平常|平日|一般|通常|日常|正常")
_SPECIAL_DAY = re.compile(r"除夕|春节|节假日|假日|国庆|元旦|跨年|中秋|端午|清明|五一|寒假|暑假|假期|节日|特殊"
                          r"|临时(?=调整|闭|关|停|变|改|加|开放|延长|休|歇|营业)")  # (not 临时便民摊点: a kind of stall)


def special_day_given(q: Query, text: str, span: extract.Span | None) -> bool:
    """Is the value said of a special day while the question asks the usual case (捷运平时晚上几点收班:
    not «除夕當天提前於22:00收班»)? The value's piece names a holiday or an exception the question
    does not. A clock time asked of no day at all (几点打烊) asks the usual hours too: then the
    sentence up to the value may name the day (节假日安排：国庆节…，10月4日至7日营业时间调整为9:30至17:00)."""
    if span is None or span.start < 0:
        return False
    if any(q.text[m.start():m.end() + 1] not in text for m in _USUAL.finditer(q.text)):  # (一般单车: a name the
        said = extract.piece_of(text, span)  # line says, no usual day)
    elif q.kind == "clock" and not _some_day(q.text):
        if _MONTHS_OPEN.match(text):
            return True  # 晚上跳到几点: not the 22:00 of «6月至9月，晚间活动可延长至22:00»
        # (within the value's cell of a row: not the 假日 column's head)
        said = text[:span.start].rsplit(" · ", 1)[-1] + extract.piece_of(text, span)
    else:
        return False
    said = said.replace(text[span.start:span.end], " ")  # 一般只在春节时期: the day is the value
    m = next((m for m in _SPECIAL_DAY.finditer(said)  # (法定节假日除外, 除节假日外: the usual days, the special left out)
              if not (re.match(r"[^，,。；;]{0,2}?除外", said[m.end():]) or re.search(r"除(?:了)?[^，,。；;]{0,3}$", said[:m.start()])
                      or re.search(r"非[^，,。；;]{0,3}$", said[:m.start()]))), None)  # 星期一至五（非公眾假期）: the usual days
    return bool(m) and m.group(0) not in q.text


# A sentence that opens by the months its rule holds for (6月至9月，晚间活动可延长至22:00): an exception.
_MONTHS_OPEN = re.compile(r"\s*(?:第[一二三四五六七八九十百]+条\s*|\d{1,2}[.、．]\s*)?(?:每年)?\d{1,2}月(?:\d{1,2}日)?份?\s*"
                          r"(?:至|到|—|－|-|~|～)\s*\d{1,2}月(?:\d{1,2}日)?份?(?:期间|间)?\s*[，,]")  # 第五条 每年7月1日至8月31日，


def _some_day(question: str) -> bool:
    """Does a question name a day or a time of year (a date, a weekday, a holiday, a season, 今天)?"""
    return bool(_SPECIAL_DAY.search(question) or extract.months_asked(question) or extract.weekdays(question)
                or re.search(r"\d{1,2}[月日号]|[今明后昨]天|周末|工作日|节|假|季|暑期|寒期|夏天|冬天|夏季|冬季"
                             r"|过年|大年|年三十|正月|腊月|(?<![年月])初[一二三四五六七八九十]"  # (过年: 春节)
                             r"|平安夜|圣诞|七夕|元宵|重阳|冬至", question))


# The figures that say something other than where (a clock time, a phone number, a price, a length of
# time, a share): a sentence that gives one of them and no place answers no 在哪.
_NOT_WHERE = ("money", "time", "percent")
_FLOOR = re.compile(r"[\d一二三四五六七八九十]+(?:号楼|楼|层|室|号门|号窗口)")  # a building's floor, room or door
_BARE_NAME = 20  # the longest line that may be only a name (东湖街道社区卫生服务中心)


def says_where(text: str) -> bool:
    """Does a sentence say a place (extract.places), or a floor, a building or a room (二楼文印室提供打印…)?"""
    return bool(extract.places(text) or _FLOOR.search(text))


def _clause_at(text: str, start: int, end: int) -> str:
    """The clauses of `text` (cut at ，。；！？, not at a label's colon) that a span from start to end touches."""
    cuts = [0] + [m.end() for m in re.finditer(r"[，,。；;！？!?]", text)] + [len(text)]
    lo = max(c for c in cuts if c <= start)
    hi = min((c for c in cuts if c >= end), default=len(text))
    return text[lo:hi]


def no_place(answerer: Answerer, q: Query, s: Scored) -> bool:
    """A place is asked (在哪, 哪里, 地址) and the sentence says none (extract.places) but a value of
    another kind: 健身中心在哪里 is not answered by «健身中心每天9:00至21:00开放», 物业服务中心在哪里 not by
    «请拨打物业服务中心电话：025-5216 7701», 公积金中心地址在哪 not by «…30日内到公积金中心办理缴存登记»; nor by a
    line that only names the asked thing (卫生服务中心的地址在哪: «东湖街道社区卫生服务中心», a notice's
    issuer). A place is otherwise preferred, not required (PREFERRED_KINDS: encyclopedias say where
    without 位于), so a sentence with neither stays a candidate; a year or a date is no such value, and a
    table row, whose cells say many kinds, is left to its columns."""
    if q.kind != "place" or s.hit.chunk.kind == "row":  # a row's cells say many kinds (起点站：武林门 · 首班时间：5:30)
        return False
    if s.hit.chunk.kind == "meta":
        return True  # 音乐节在哪办: not the notice's issuer «江城文旅集团有限公司» under it, whatever place word it holds
    text = answerer.corpus.plain(s.hit.chunk).text
    if says_where(text):
        return False
    # the values of the clause the candidate answers with, not of the whole sentence (于乐出身于北京国安，
    # 在2006年以2万元转会…: the fee is another clause's)
    said = _clause_at(text, s.span.start, s.span.end) if s.span is not None and s.span.start >= 0 else text
    if extract.times(said) or extract.phones(said) or any(
            extract.unit_class(extract.unit_of(f.text)) in _NOT_WHERE for f in extract.figures(said)):
        return True
    line = text.strip().rstrip("。")
    return len(line) <= _BARE_NAME and not re.search(r"[，,；;：:]", line) and any(
        line.endswith(k) for k in q.keywords if len(k) >= 2 and k in q.nouns)  # not a deed (…被拆解)


def restates_context(q: Query, s: Scored) -> bool:
    """An open question's sentence that says only the context the question opens with (extract.restates_context:
    外蒙古包括現在蒙古國以及唐努烏梁海地區。 for 外蒙古包括…地區，其中…被哪國佔去). The whole sentence, not
    its span: a restating clause's line goes on to the clauses after it (answer.goes_on), which may answer."""
    if q.intent not in ("entity", "clause") or q.kind is not None or s.span is None or s.span.start < 0:
        return False
    return extract.restates_context(simplify(s.hit.chunk.text), q.text) or restates_record(q, s)


def restates_record(q: Query, s: Scored) -> bool:
    """An open question's span that opens in a table row's cell the question itself says: the row's name
    for the record asked, no value of it (敬老票要带什么证件: «票种：敬老票 · 单程：40元 · … · 适用对象：年满65岁
    之本县居民» gives «敬老票 · 单程»; no column of the row holds a 证件). Not a row with a free-text remark
    column (说明, 备注), which may say any attribute (一等舱有什么服务: «说明：上层独立舱室，含一瓶矿泉水»). A span in
    a column of codes (课程编号) restates the record too, unless the question asks a code (编号, 几号) or a
    remark shares a character with its nouns (急救课能拿什么证书: «备注：考核合格可获红十字救护员证»)."""
    if s.hit.chunk.kind != "row":
        return False
    text = simplify(s.hit.chunk.text)
    cells = row_cells(text)
    column = next((h for h, _, start, end in cells if start <= s.span.start < end), "")
    remarks = "".join(value for head, value, _, _ in cells if REMARK.search(head))
    if CODE_COLUMN.search(column) and not CODE_ASKED.search(q.text) and not (set(remarks) & set("".join(q.nouns))):
        return True  # 书法课在哪个校区: «课程编号：GX106» is the record's code, and no remark speaks of a 校区
    if remarks:
        return False
    cell = next((value for _, value, start, end in cells if start <= s.span.start < end), "")
    return len(cell.strip()) >= 2 and cell.strip() in q.text


CODE_COLUMN = re.compile(r"编号|代码|编码|序号")  # a table column of identifiers
CODE_ASKED = re.compile(r"编号|代码|编码|序号|号码|几号|多少号|代号|课号|号是")  # a question that asks one


REMARK = re.compile(r"说明|备注|描述|详情|内容|简介")  # a table column of free text


# What may stand before a count whose noun is left to the sentence before: a share out (每个行政村) and a bound
# («原则上每个行政村不超过8个»), nothing that names what is counted.
_ELIDED_COUNT = re.compile(r"(?:原则上|一般|最多|最少)?[，,]?每[个位名户家间所座]?"
                           r"(?:行政村|自然村|村|社区|乡镇|镇|乡|街道|户|家|学校|校|班|组|单位|企业|门店|店|站点|站)"
                           r"(?:不超过|不少于|最多|至少|可增至|可达|为|约|共|可设|设|配备|安排)?")


def counted_ok(answerer: Answerer, q: Query, s: Scored) -> bool:
    """A count question's figure counts what is asked: 卡点 in its own piece of the sentence (or the field's
    key; a table row is one record, its every cell names what its figures count: 岗位：冷链货车司机 · 人数：10名)."""
    if not (q.counted and s.span is not None and s.span.start >= 0 and q.intent == "figure"):
        return True
    if extract.is_ratio(s.span.text):
        return True  # 一个老师管多少孩子: a ratio (1:5) counts both sides, named in whatever words
    if extract.unit_of(s.span.text) == "倍" and re.search(r"(?:几|多少)倍", q.text):
        return True  # 给几倍工资: «按日服务费2倍计付», a multiple of the pay, which counts no 工资
    unit = extract.unit_of(s.span.text)
    if q.counted in EMPTY_NOUNS and extract.unit_class(unit) == "count":
        return True  # 一次能借几样东西: «每次最多借用2件工具», any thing counted
    from wenda.index.answer import PEOPLE_NOUN

    if q.measure is None and q.kind is None and unit and PEOPLE_NOUN.search(q.counted) \
            and extract.unit_class(unit) not in ("count", "person"):
        return False  # 有多少会员: a count of people, never «每人保额20万元» (a sum), a length or a time
    chunk = s.hit.chunk
    plain = answerer.corpus.plain(chunk)
    from wenda.index.answer import FIELDS

    # a quantity of stuff (多少吨猕猴桃, 几亩小麦) is measured, not counted: its sentence names the stuff anywhere
    # («龙潭乡绿心猕猴桃今年首次出口东南亚，出口量850吨»), a count's piece names what it counts
    measured = extract.unit_class(q.measure or "") in ("weight", "area", "volume")
    frame = (plain.text if chunk.kind == "row" or measured else extract.piece_of(plain.text, s.span)) + (
        plain.key + plain.heading + plain.section if chunk.kind in FIELDS else "")
    per = re.search(rf"每一?[个位名间台辆张处家户]?{re.escape(q.counted)}", frame)
    if per and frame.count(q.counted) == 1 and extract.unit_of(s.span.text) != q.measure and q.kind != "money":
        # (交多少押金: «每辆押金100元», a sum per thing, no count)
        return False  # 一共有多少个营位: «每个营位费用含4人» counts people per 营位, not the 营位
    if counts(q.counted, frame, answerer.lexicon) or answerer.counts_by_column(q, chunk, s.span):
        return True
    if chunk.kind not in FIELDS and counts(q.counted, answerer.corpus.clause_lead(chunk), answerer.lexicon):
        return True  # 居民区几座公厕: «公厕按照下列标准设置：…；居住区每平方公里不少于3座；», the lead's 公厕 counted
    if chunk.kind not in FIELDS and _ELIDED_COUNT.fullmatch(plain.text[:s.span.start]) \
            and (before := answerer._prev(chunk)) is not None and counts(q.counted, before.text, answerer.lexicon) \
            and re.search(rf"\d\s*{re.escape(unit)}", before.text):
        return True  # 一个村最多几个公益岗: «全县农村公益性岗位总量控制在1260个以内…。原则上每个行政村不超过8个», the
        # count's noun said by the sentence before, in the same unit
    piece = extract.piece_of(plain.text, s.span)
    if any(m.group(0)[-2:] in piece for m in re.finditer(re.escape(q.counted) + r"[\u4e00-\u9fff]", plain.heading + plain.section)):
        return True  # 设了多少个表演点: «首批设置点位28个» under «表演点位和时间», the heading's 表演点位 said by its end
    if q.counted in HEAD_COUNTS and extract.unit_class(unit) == "person":
        return True  # 一等奖有几个名额: «一等奖3名», the places counted as the people who take them
    if extract.unit_class(unit) == "person" and TAKEN_PEOPLE.fullmatch(q.counted) \
            and any(m.start() <= s.span.start < m.end() for m in TAKEN_IN.finditer(plain.text)):
        return True  # 能收多少个孩子: «可接收200人», the intake counted in people
    if extract.unit_class(extract.unit_of(s.span.text)) == "money" and fee_named(q.counted, frame):
        return True  # 多少配送费: a sum, the price of the row that names the 配送 («品名：郊县配送 · 价格：40元»)
    if q.kind == "money" and extract.unit_class(unit) == "money" and (
            q.counted in plain.text[:s.span.start] or abbreviated(q.counted, plain.text[:s.span.start])):
        return True  # (邮费: «邮寄费由申请人承担：寄往本市地址每件20元»)  # 一年有多少活动经费: «…给予活动经费资助：五星级社团每年8000元», the sum the sentence named before
    if q.kind == "money" and extract.unit_class(unit) == "money" and len(q.counted) >= 3 and q.counted[-1] in "费钱" \
            and q.counted[:-1] in answerer.corpus.around(chunk):
        return True  # 能领多少取暖钱: «每户一次性发放300元» under «…冬季取暖补贴的通知», the sum for 取暖
    if extract.unit_class(unit) == "money" and extract.labour_said(q.counted, answerer.corpus.around(chunk)):
        return True  # 换个水龙头收多少工钱: «收费标准：30元 · 说明：仅收安装费», the fee of the work
    if extract.unit_class(unit) == "person" and len(q.counted) == 3 and q.counted[-1] == "人" \
            and re.search(rf"{re.escape(q.counted[:2])}(?:会员|成员|人员|员|者)", frame):
        return True  # 要几个发起人: «不少于30名发起会员», the people named by the same deed
    if q.kind == "money" and extract.unit_class(extract.unit_of(s.span.text)) == "percent" \
            and q.counted in plain.text[:s.span.start]:
        return True  # 先交多少学费: «学费可分两期缴纳：报名时先交60%», a share of the sum named before it
    return chunk.kind not in FIELDS and counts_topic(q, plain.text, s.span, answerer.lexicon,
                                                     plain.section + plain.heading)


# Measure words of things, never of people (张, 台, 辆, 间…): a count in them counts no people.
def _people_noun(word: str) -> bool:
    from wenda.index.answer import PEOPLE_NOUN

    return bool(PEOPLE_NOUN.search(word))


_FREE = re.compile(r"免费|免收|不收费|不收取?费用")
_THING_MEASURES = frozenset(("张", "台", "辆", "间", "套", "件", "座", "处", "所", "块", "条", "只", "头", "匹", "株", "棵",
                             "亩", "本", "册", "部", "艘", "架", "盏", "床", "把", "顶", "箱", "吨"))


def counts_topic(q: Query, text: str, span: extract.Span, lexicon, heading: str = "") -> bool:
    """Does a figure with no noun of its own count what the sentence spoke of before it (儿童…，每位成人
    限带两名: 两名 儿童; 自行车…，每节车厢限4辆)? It ends its piece, whose nouns are only those it is
    counted per (每位成人) or the question's deed (限带, which jieba tags a noun), and the sentence
    before it says the counted noun (support.counts), or the heading it stands under does (作品要求: «4. 每人每类
    限投1件» counts 作品)."""
    if not re.match(r"\s*(?:[。；;，,、]|$)", text[span.end:]):
        return False
    piece = extract.piece_of(text, span)
    before = piece[:max(0, piece.find(text[span.start:span.end]))]
    own = [w for w, flag in keyword_tags(before) if flag.startswith("n") and not re.search(rf"每.?{re.escape(w)}", before)
           and flag not in ("nr", "ns", "nt", "nrt", "nrfg")  # a name says whose or where, not what is counted
           and not any(v in w for v in q.verbs)  # 并捐献医用口罩10000只: 口罩 is its own (共惠及316户: jieba's 惠及 is a place)
           and not PLAN_SAID.fullmatch(w)]  # 明年计划再发展30家: 计划 plans the deed, it is not what is counted
    return not own and counts(q.counted, heading + text[:span.start], lexicon)


# An FAQ answer that opens with its verdict alone (可以。, 不能。, 需要。, 免费。) before the conditions.
_VERDICT = re.compile(r"^(?:不?可以|不?能|是的?|不是|否|不?需要|不?用|不?要|不?会|没有|有|不?行|不?允许|免费|收费)[。！!]?$")
# An FAQ question that asks yes or no (校外人员可以进馆吗？, 能不能续借？).
_YESNO_KEY = re.compile(r"吗[？?]?$|([\u4e00-\u9fff])不\1|有没有")


SAME_QUESTION = 0.6  # the share of the question's keyword characters an FAQ's own question must say


def shared_characters(q: Query, other: str) -> float:
    """The share of the characters of the question's keywords that another question says (an FAQ's own
    question): the asker words it otherwise, the pair's question is the same when most of its characters
    are (外校的人能进图书馆吗 and 校外人员可以进馆吗: 外, 校, 人, 进, 馆 of 外校人进图书馆)."""
    chars = "".join(q.keywords)
    return sum(ch in other for ch in chars) / len(chars) if chars else 0.0


def faq_verdict(answerer: Answerer, q: Query, ranked: list[Scored], best: Scored) -> Scored | None:
    """A yes/no question answered by a sentence of an FAQ pair whose own question asks yes or no, and
    whose answer opens with its verdict alone: that verdict is the answer, the sentences after it are
    its conditions (外校的人能进图书馆吗 → «可以。» of «问：校外人员可以进馆吗？答：可以。校外读者凭…登记后…»,
    not «临时阅览证只能在馆内阅览，不能外借图书», which limits what the pass allows). The verdict is taken only
    from the very pair the best candidate is in, and only when no veto forbids it; None otherwise."""
    chunk = best.hit.chunk
    if q.intent != "yesno" or chunk.kind != "qa" or not _YESNO_KEY.search(chunk.key.strip()):
        return None
    if shared_characters(q, simplify(chunk.key)) < SAME_QUESTION:
        return None  # the pair asks another thing (扫描收费吗 of «馆里能打印复印吗？答：可以。»)
    chunks, i = answerer.chunks, chunk.id  # the pair's sentences run together: its first is found going back
    while i > 0 and (c := chunks[i - 1]).doc == chunk.doc and c.key == chunk.key and c.kind == "qa":
        i -= 1
    first = chunks[i]
    if first.id == chunk.id or not _VERDICT.match(simplify(first.text).strip()):
        return None
    said = next((s for s in ranked if s.hit.chunk.id == first.id), None)
    if said is None or vetoed(answerer, q, said) is not None:
        return None
    return said


# A yes/no question that asks whether a thing costs money (洗澡要钱吗, 头一回办居住证收钱吗, 存包收费吗), and
# the words by which a line settles that (淋浴间免费使用, 首次申领居住证不收费, 每张40元).
_PRICE_ASKED = re.compile(r"(?:收|交|缴|付)[^，。？?]{1,4}费|要钱|收钱|花钱|交钱|付钱|掏钱|给钱|收费|付费|免费|要票|买票|收不收|花不花|优惠|便宜|打折")
# What a yes/no question asks of a place being open (开门吗, 开不开, 有人吗, 能去办吗 with a day), and the
# words by which a line settles it on a day (每周一闭馆, 周日及法定节假日不办公, 正月初二起正常开放).
_OPEN_ASKED = re.compile(r"开门|开放|营业|开馆|上班|办公|有人|开吗|开不开")
_OPEN_SAID = re.compile(CLOSED.pattern + r"|不办公|休息|照常|正常开放|开放|营业|办公")
_LUNAR_DAY = re.compile(r"(?:大年|正月)?初([一二三四五六七八九十])")
_LUNAR_NUMBERS = "一二三四五六七八九十"
VERDICT_DEPTH = 12  # how far down the ranked candidates verdict_line looks for the line that settles it


def lunar_day_said(word: str, clause: str) -> bool:
    """Is a day of the lunar new year (大年初二, 正月初一) held by a clause naming it or a span of days
    holding it (春节期间（除夕至正月初三）闭馆 holds 大年初二: 初二 comes before 初三)?"""
    m = _LUNAR_DAY.fullmatch(word)
    if m is None:
        return False
    n = _LUNAR_NUMBERS.index(m.group(1))
    if f"初{m.group(1)}" in clause:
        return True
    end = re.search(r"(?:除夕|正月初[一二三四五六七八九十])\s*(?:至|到|—|-|~)\s*(?:正月)?初([一二三四五六七八九十])", clause)
    return bool(end) and n <= _LUNAR_NUMBERS.index(end.group(1))


def _day_word(k: str) -> bool:
    """Does a keyword name a day (礼拜天, 周末, 国庆节, 大年初二) rather than a thing?"""
    return bool(extract.weekdays(k) or _LUNAR_DAY.fullmatch(k) or extract.holiday_said(k, "春节国庆五一元旦清明端午中秋")
                or re.fullmatch(r"除夕|大年三十|节假日|假期|周末|工作日", k))


def verdict_line(answerer: Answerer, q: Query, ranked: list[Scored], best: Scored | None) -> Scored | None:
    """A yes/no question is answered by the line that speaks of its thing with a verdict on what is asked
    of it: whether it costs money (洗澡要钱吗 → «淋浴间免费使用»; 头一回办居住证收钱吗 → «首次申领居住证不收费»,
    not «居住证有效期为5年», which the ranker puts first) or whether the place is open on the day asked
    (礼拜天可以去办居住证吗 → «…周日及法定节假日不办公», not a 签注 line; 大年初二健身中心开门吗 → «春节期间
    （除夕至正月初三）闭馆»). The line's frame must hold every other word of the question (support.holds:
    itself or a word of the corpus for it, 头一回 by 首次), one clause of it must say the verdict (免费,
    不收费, 每张40元; 闭馆, 不办公, 开放 with the day), and no veto may forbid it. None when the chosen
    line (`best`, None for a refusal) already settles it, or no line among the best VERDICT_DEPTH does."""
    if q.intent != "yesno":
        return None
    price = bool(_PRICE_ASKED.search(q.text))
    days = [k for k in q.keywords if _day_word(k)]
    if not price and not days:
        return None
    light = fillers(q.text)
    things = [k for k in q.keywords if len(k) >= 2 and k not in days and k not in light
              and not _PRICE_ASKED.search(k) and not _OPEN_ASKED.search(k)]
    if not things:
        return None
    lexicon = answerer.lexicon

    def settles(s: Scored) -> bool:
        around = answerer.corpus.around(s.hit.chunk)
        if not all(holds(k, around, lexicon) for k in things):
            return False
        if extract.range_excludes(q.text, answerer.corpus.plain(s.hit.chunk).text):
            return False  # 1米1要买票吗: not the price for 1.2米至1.5米
        for clause in re.split(r"[，,。；;！!？?]", answerer.corpus.plain(s.hit.chunk).text):
            if price and extract.PRICE_SAID.search(clause):
                return True
            if days and _OPEN_SAID.search(clause) and all(
                    k in clause or extract.weekdays_said(k, clause) or extract.holiday_said(k, clause)
                    or lunar_day_said(k, clause) for k in days):
                return True
        return False

    if best is not None and (settles(best) or extract.range_holds(q.text, answerer.corpus.plain(best.hit.chunk).text)):
        return None  # a line whose range holds the asker's case rules on it (身高1.2米以下的儿童…免票 for 1米1)
    return next((s for s in ranked[:VERDICT_DEPTH] if settles(s) and vetoed(answerer, q, s) is None), None)


# A rule's condition opening its line (出差期间由接待单位统一安排用餐的，…) and what it rules then.
_CONDITION = re.compile(r"^(?:\d{1,2}[.、．]\s*)?([^，,。；;]{2,30}?的)[，,](.+)$")
_RULES_THEN = re.compile(r"不|免|禁止|须|停止|暂停|取消")  # 不再发放, 不予退还, 免收, 须补缴


def stated_condition(answerer: Answerer, q: Query, ranked: list[Scored], best: Scored) -> Scored | None:
    """For a yes/no question that states a circumstance, the line whose condition clause (…的，) holds it
    and rules on that case, when the chosen line does not speak of it at all: the exception over the
    general rule (对方管饭还有伙食补助吗: «出差期间由接待单位统一安排用餐的，不再发放伙食补助» holds 管饭 by 用餐,
    «出差伙食补助标准为每人每天100元» does not). Only a line the vetoes pass, among the best few; it only
    replaces an answer, never turns a refusal into one."""
    if q.intent != "yesno" or best is None:
        return None
    lexicon = answerer.lexicon
    chosen = answerer.corpus.around(best.hit.chunk)
    for s in ranked[:DEPTH]:
        if s is best:
            continue
        m = _CONDITION.match(answerer.corpus.plain(s.hit.chunk).text)
        if m is None or not _RULES_THEN.search(m.group(2)):
            continue
        stated = [k for k in q.keywords if len(k) >= 2 and holds(k, m.group(1), lexicon) and not holds(k, chosen, lexicon)]
        if stated and vetoed(answerer, q, s) is None:
            return s
    return None


NARROWER_DEPTH = 5  # how far below the best candidate narrower_case and narrower_day look


# The cheapest or dearest of a thing asked (开业花篮最便宜的多少钱, 最贵的套餐多少钱): -1 the least, 1 the most. Words of
# price only (最实惠, 最豪华), not extract's superlatives of any quantity (最多, 最远): a row's price is compared.
_CHEAPEST = re.compile(r"最便宜|最低价|最实惠|价格最低|最少要?花")
_DEAREST = re.compile(r"最贵|最高档|价格最高|最豪华")
SUPERLATIVE_DEPTH = 8  # how many of the best candidates cheapest_row compares


def cheapest_row(answerer: Answerer, q: Query, scored: list) -> Scored | None:
    """Of the rows among the best candidates that name the same record as the first one (开业花篮: its 单层, 双层
    and 三层 rows), none vetoed but for another case or a sibling, the one of the least price when the question asks
    the cheapest (开业花篮最便宜的多少钱: 288元), of the most when it asks the dearest. None otherwise."""
    side = -1 if _CHEAPEST.search(q.text) else 1 if _DEAREST.search(q.text) else 0
    which = q.intent == "entity" and "哪" in q.text  # 哪个班的全日托最便宜: the table's row of the least in the column
    if not side or not (q.kind == "money" or which) or not scored or scored[0][0].hit.chunk.kind != "row":
        return None
    top = scored[0][0]
    top_text = answerer.corpus.plain(top.hit.chunk).text
    first = row_cells(top_text)
    if not first or (which and top.span is None):
        return None
    name = name_cell(first)[1]
    column = column_of(top_text, top.span.start) if which else ""

    def same(s: Scored, text: str, cells) -> bool:  # the record's other rows; asked which, the table's rows' asked column
        if not which:
            return name_cell(cells)[1] == name
        return s.hit.chunk.doc == top.hit.chunk.doc and s.hit.chunk.section == top.hit.chunk.section \
            and column_of(text, s.span.start) == column
    rows = []
    for s, _, veto in scored[:SUPERLATIVE_DEPTH]:
        text = answerer.corpus.plain(s.hit.chunk).text
        cells = row_cells(text)
        if (s.hit.chunk.kind == "row" and cells and s.span is not None and s.span.start >= 0 and same(s, text, cells)
                and veto in (None, ANOTHER_CASE, SIBLING) and (m := re.search(r"\d+(?:\.\d+)?", s.span.text.replace(",", "")))):
            rows.append((float(m.group()), s))
    if len(rows) < 2:
        return None
    return (min if side < 0 else max)(rows, key=lambda r: r[0])[1]


# A line that opens with the case it holds for (若…则, 如遇…), and a question that states a case of its own.
_CASE_OPENS = re.compile(r"\s*(?:若|如果|如遇|倘若|假如|如逢|遇到?|逢)")
_CASE_ASKED = re.compile(r"若|如果|如遇|倘若|假如|要是|万一|遇到|碰到|赶上|逢|的话")
RULE_DEPTH = 5  # how far below a yes/no's best line, the exception, rule_before_case looks for the rule before it


def rule_before_case(answerer: Answerer, q: Query, ranked: list[Scored]) -> Scored | None:
    """Where a yes/no that states no case of its own (星期一有營業嗎) is best answered by a line that makes an
    exception for a case (若週一適逢國定假日則照常營業), the line right before it that states the rule (每週一公休；), when
    it is among the candidates and the rule accepts it. None otherwise."""
    if q.intent != "yesno" or not ranked or _CASE_ASKED.search(q.text):
        return None
    first = ranked[0].hit.chunk
    if not _CASE_OPENS.match(answerer.corpus.plain(first).text):
        return None
    return next((s for s in ranked[1:RULE_DEPTH] if s.hit.chunk.doc == first.doc and s.hit.chunk.id == first.id - 1
                 and s.hit.chunk.paragraph == first.paragraph and rule_supports(answerer, q, s)), None)


def range_holder(answerer: Answerer, q: Query, scored: list) -> Scored | None:
    """Where a yes/no question states a quantity of its case (我家离学校才2公里多点，能坐校车不), the best candidate,
    not vetoed, whose own sentence sets a range of that unit holding it («距学校不足3公里的学生原则上不安排乘坐校车»):
    the rule for that case, however few of the question's words it repeats. None otherwise."""
    if (q.intent != "yesno" and q.kind != "consequence" and not _WHAT_FOLLOWS.search(q.text)) or not scored:
        # (多待了5天会咋样: «逾期滞留不满10天的，给予警告»)
        return None
    asked = extract.bounds(q.text, point=True)
    if not asked:
        return None
    from wenda.index.answer import MIN_SUPPORT  # (the typed rule's share: the range stands for the value a typed
    # question's span would be)

    def holding(s: Scored) -> tuple[bool, bool]:  # (a range of the sentence holds the stated quantity, one leaves it out)
        said = extract.bounds(answerer.corpus.plain(s.hit.chunk).text)
        open_ranges = [u for u in asked if u in said and said[u] != asked[u]
                       and math.isinf(said[u][0]) != math.isinf(said[u][1])]  # (an open range: 不足3公里)
        held = [u for u in open_ranges if said[u][0] <= asked[u][0] and asked[u][1] <= said[u][1]]
        return bool(held), bool(open_ranges) and not held

    s, _, veto = scored[0]
    held, missed = holding(s)
    if veto is None and held and s.support >= MIN_SUPPORT:
        return s
    if (veto is None and missed) or veto == OUTSIDE:  # 请了3天假，保育费能退不: not «请假5个工作日以上的…退还», a range that leaves 3天 out,
        for s, _, veto in scored[1:RANGE_DEPTH]:  # but «请假不足5个工作日的不予退还» below it
            if veto is None and s.support >= MIN_SUPPORT and holding(s)[0] and s.hit.chunk.doc == scored[0][0].hit.chunk.doc:
                return s
    s, _, veto = scored[0]
    if q.intent == "yesno" and veto == OUTSIDE and set(asked) & {"岁", "周岁"} and s.support >= MIN_SUPPORT:
        return s  # 我16岁能去玩夜场不: «适用对象：18周岁以上», the age the line admits says no, where no line below admits 16
    return None


_WHAT_FOLLOWS = re.compile(r"会(?:怎|咋)(?:么)?样")  # 会咋样: what follows, however the query reads it
RANGE_DEPTH = 4  # how far below a best line whose range leaves the stated quantity out range_holder looks


def narrower_day(answerer: Answerer, q: Query, ranked: list[Scored]) -> Scored | None:
    """The day asked the other way: where the best candidate says the one day the question names only inside a run of
    days (星期三上午可以去溜冰吗: «星期一至五 10:00–22:00»), the candidate among the next few of its document that says
    that day alone («逢星期三10:00–12:00為學校及團體包場時段，不開放予公眾»), the rule accepting it: the special day's."""
    asked = extract.weekdays(q.text)
    if len(asked) != 1 or not ranked:
        return None
    top = ranked[0]
    if extract.weekdays(answerer.corpus.plain(top.hit.chunk).text) in (asked, set()):
        return None
    for s in ranked[1:NARROWER_DEPTH]:
        if s.hit.chunk.doc == top.hit.chunk.doc and extract.weekdays(answerer.corpus.plain(s.hit.chunk).text) == asked \
                and vetoed(answerer, q, s) is None and rule_found(answerer, q, s):
            return s
    return None


def narrower_case(answerer: Answerer, q: Query, ranked: list[Scored]) -> Scored | None:
    """The candidate that sets the narrowest range of a quantity holding the one the question states,
    when the best candidate's range also holds it but is wider: a notice's special case overrides its
    general one (九十多岁的老人吃饭要钱吗: «90周岁以上老人…免费就餐», not «80周岁以上的老人…每餐补贴5元»,
    which the ranker puts first; both hold 九十多岁, the first is the rule for them; a candidate above them
    whose range leaves the quantity out, 60周岁至79周岁, is passed over). A range open on the same sides only:
    «12歲以下兒童須有成人陪同» is not overridden by a camp's «適合7至12歲». Only a candidate
    the rule accepts, and only a range of the very unit the question gives (岁 asked, 岁 set)."""
    asked = extract.bounds(q.text, point=True)
    if not asked or not ranked:
        return None

    def held_range(s: Scored) -> tuple[str, tuple[float, float]] | None:
        said = extract.bounds(answerer.corpus.plain(s.hit.chunk).text)
        for unit, (lo, hi) in asked.items():
            if unit in said and said[unit][0] <= lo and hi <= said[unit][1]:
                return unit, said[unit]
        return None

    # the best candidate whose range holds the quantity (the first may set another range: 60周岁至79周岁)
    top = next(((i, held) for i, s in enumerate(ranked[:NARROWER_DEPTH]) if (held := held_range(s)) is not None), None)
    if top is None:
        return None
    at, (unit, (lo0, hi0)) = top
    for s in ranked[at + 1:NARROWER_DEPTH]:
        got = held_range(s)
        if got is None or got[0] != unit:
            continue
        lo, hi = got[1]
        if lo0 <= lo and hi <= hi0 and (lo, hi) != (lo0, hi0) and rule_found(answerer, q, s) \
                and (math.isinf(lo), math.isinf(hi)) == (math.isinf(lo0), math.isinf(hi0)) \
                and s.hit.chunk.doc == ranked[at].hit.chunk.doc:  # (another document's range is another thing's:
            return s  # 超时10分钟 of a rink's hours is no driver's «每次休息不少于20分钟»)
    return None


EFFECTIVE_DEPTH = 8  # best candidates looked at for the document whose rule is asked


def effective_line(answerer: Answerer, q: Query, ranked: list[Scored]) -> Scored | None:
    """For a question of when a rule takes effect (这个休假规定从什么时候开始执行), the line that says it
    (本章自2026年1月1日起施行) in the document of the best candidate that is no such line (the rule the
    question names by its topic), with its date and no veto; None otherwise."""
    if q.intent != "date" or not extract.EFFECTIVE_ASKED.search(q.text):
        return None
    said = [s for s in ranked if extract.EFFECTIVE_SAID.search(answerer.corpus.plain(s.hit.chunk).text)]  # each joined the candidates
    topic = next((s for s in ranked[:EFFECTIVE_DEPTH] if s not in said), None)
    doc = topic.hit.chunk.doc if topic is not None else (said[0].hit.chunk.doc if said else None)
    for s in said:
        if s.hit.chunk.doc != doc:
            continue
        if s.span is None:  # the date of 施行 where 执行 is asked: the one the «自…起施行» clause holds
            text = answerer.corpus.plain(s.hit.chunk).text
            m = extract.EFFECTIVE_SAID.search(text)
            date = next((d for d in extract.dates(text) if m.start() <= d.start < m.end()), None)
            if date is None:
                continue
            s = replace(s, span=extract.Span(s.hit.chunk.text[date.start:date.end], date.start, date.end))
        if vetoed(answerer, q, s) is None:
            return s
    return None


def effective_over(answerer: Answerer, q: Query, ranked: list[Scored]) -> Scored | None:
    """Where the rule answers when a rule takes effect (办法几号开始实施) with a line that says no such thing (于当年9月
    进行, a date of something else), the line that does (effective_line)."""
    if extract.EFFECTIVE_SAID.search(answerer.corpus.plain(ranked[0].hit.chunk).text) or _UNTIL_ASKED.search(q.text):
        return None  # (从几号执行到几号: the period a schedule runs, not the day its notice takes effect)
    return effective_line(answerer, q, ranked)


_UNTIL_ASKED = re.compile(r"到(?:几号|哪天|哪一天|什么时候|几月)|截止|截至")


def case_holder(answerer: Answerer, q: Query, scored: list) -> Scored | None:
    """For a yes or no on a case the question states by a quantity (孩子1米1要买票吗), the first of the best
    candidates that sets a range holding it and no veto forbids (身高1.2米以下的儿童免票), where the first
    candidate sets no range of that unit (第二个孩子门票打九折 speaks of every child): the line for the case
    rules on it. For any other question, where the first candidate is vetoed as leaving the case out
    (周末大人入园费多少: the 入园费（4至14岁） row), the first below it whose range holds the case and that the
    rule accepts (the 入园费（14岁以上） row)."""
    if not scored:
        return None
    if q.intent != "yesno":
        if scored[0][2] is None or (scored[0][2] != OUTSIDE and not extract.bounds(q.text, point=True)):
            return None  # (外送2公里要收多少运费: the first, «满1,000元…免运费», vetoed for another reason)
        return next((s for s, _, veto in scored[1:] if veto is None and rule_supports(answerer, q, s)
                     and extract.range_holds(q.text, answerer.corpus.plain(s.hit.chunk).text)), None)
    if not extract.bounds(q.text, point=True):  # a case stated by no quantity (老年人手机培训要交钱吗): no
        return None  # range of another document's row (年满18周岁) rules on it
    first = answerer.corpus.plain(scored[0][0].hit.chunk).text
    if extract.range_holds(q.text, first) or any(extract.range_holds(q.text, p) for p in re.split(r"[，,；;]", first)):
        return None  # (one of its pieces may: «60至69周岁半价，70周岁以上免票» rules on a 72岁 visitor)
    # a noun of the question the first candidate's frame says names the asker's case (新能源车停3小时要钱吗:
    # «新能源汽车…首2小时免费»); a line that never says it rules on everyone else (超过1小时后，每半小时加收2元)
    top = answerer.corpus.around(scored[0][0].hit.chunk)
    case = [n for n in q.nouns if len(n) >= 2 and n in top and not extract.age_word(n)]  # (孩子: the ages say it)
    return next((s for s, _, veto in scored if veto is None
                 and extract.range_holds(q.text, answerer.corpus.plain(s.hit.chunk).text)
                 and not _counted_the_other_way(q.text, answerer.corpus.plain(s.hit.chunk).text)
                 and all(n in answerer.corpus.around(s.hit.chunk) for n in case)), None)


# A length of time counted before an event (献血前一天, 开演前3天) or after one (拔牙后未满3天, 术后7天).
_BEFORE_EVENT = re.compile(r"(?<!提)前\s*(?:\d+|[一二两三四五六七八九十半]+)\s*个?\s*(?:天|日|周|星期|个月|月|年|小时)")
_AFTER_EVENT = re.compile(r"后\s*(?:未满|不满|不足|满|超过|不到)?\s*(?:\d+|[一二两三四五六七八九十半]+)\s*个?\s*(?:天|日|周|星期|个月|月|年|小时)")


def _counted_the_other_way(question: str, text: str) -> bool:
    """Does the question count its time before an event (献血前一天晚上能喝酒不) while the line counts its range after
    another (拔牙后未满3天), and never before one? The range is no rule of the asker's case."""
    return bool(_BEFORE_EVENT.search(question)) and bool(_AFTER_EVENT.search(text)) and not _BEFORE_EVENT.search(text)


def said_deed(answerer: Answerer, q: Query, ranked: list[Scored], depth: int = DEPTH) -> Scored | None:
    """The first candidate with a value of the asked type, when every candidate before it has none,
    that the rule accepts and whose value belongs to the asked deed (Answerer.deed_fits; 几点关门:
    晚上22:00闭园 set against 6:00开园; the sentences ranked above it hold no time at all)."""
    if not (typed(q) and q.deeds):
        return None
    for i, s in enumerate(ranked[:depth]):
        if s.span is None:
            continue
        if s.span.start < 0 or not rule_found(answerer, q, s):
            return None
        if any(holds_kind(answerer, q, r) for r in ranked[:i]):
            return None  # 晚饭几点开: a sentence above holds a time, not the asked one (中午11:00)
        if i and s.hit.chunk.doc != ranked[0].hit.chunk.doc and (s.support < ranked[0].support or i >= DEPTH):
            return None  # 这次改造工程投资了多少钱: the notice of the 改造工程 says no sum; another document's 投资 is another's
            # (below the best few, only the best one's document: 检举奖金多久发下来 is no shop's «3个工作日内发送»)
        text = answerer.corpus.plain(s.hit.chunk).text
        return s if answerer.deed_fits(q, text, s.span) or deed_in_counted(q) else None
    return None


def deed_in_counted(q: Query) -> bool:
    """Is every deed of a count question only a part of the noun it counts (几个值班点: 值班 of 值班点)?
    Then it names what is counted, no deed the figure must belong to: the rule has already found
    the figure counting that noun (counted_ok; 15个…执勤点 for 值班点), whatever verb the sentence uses."""
    return bool(q.counted and q.deeds and all(d in q.counted for d in q.deeds))


def row_named_exactly(answerer: Answerer, q: Query, ranked: list[Scored], scored: list) -> Scored | None:
    """Where the best candidate is vetoed, the first one no veto forbids when it is a table row named by a
    word of the question exactly and the rule accepts it (3路几分钟一班: «线路：3路 · … · 发车间隔：12分钟» under
    a ferry's line that names no 3路); or, where the first is vetoed for naming another row (row_named_longer:
    夜1路's row for 1路几分钟一班), the row named by the question's word exactly, among the best few, when no
    veto forbids it and the rule accepts it: «线路：1路 · … · 发车间隔：8分钟»."""
    if not scored or any(veto is None for _, _, veto in scored[:1]):
        return None
    first = next((s for s, _, veto in scored if veto is None), None)  # below vetoed ones only: a row named by
    if first is not None and first.hit.chunk.kind == "row":  # the question's word itself (3路几分钟一班: «线路：3路»)
        text = answerer.corpus.plain(first.hit.chunk).text
        cells = row_cells(text)
        named = cells and ((cells[0][1].strip() in q.keywords and len(cells[0][1].strip()) >= 2)
                           or _row_headed_by(answerer, q, first.hit.chunk, _row_name(cells)))
        if named and first.span is not None \
                and column_of(text, first.span.start) in asked_column(text, q.text, q.keywords) \
                and rule_supports(answerer, q, first) and people_held(answerer, q, first):  # and the value stands
            return first  # in the column asked (发车间隔)
    word = row_named_longer(answerer, q, scored[0][0].hit.chunk)
    if word is None:
        return None
    for s in ranked[:MEASURED_DEPTH]:
        cells = row_cells(answerer.corpus.plain(s.hit.chunk).text) if s.hit.chunk.kind == "row" else []
        if cells and cells[0][1].strip() == word and vetoed(answerer, q, s) is None and rule_supports(answerer, q, s) \
                and people_held(answerer, q, s):
            return s
    return None


def _row_headed_by(answerer: Answerer, q: Query, chunk, name: str) -> bool:
    """Does a numbered sheet's row name its record by a word of the question at its end, a word no other row of its
    table names (花生油多钱一斤: «项目：本坊压榨花生油», beside «花生压榨» and «花生剥壳»)?"""
    if not name or not numbered(row_cells(answerer.corpus.plain(chunk).text)):
        return False
    word = next((k for k in q.keywords if len(k) >= 2 and name.endswith(k)), None)
    if word is None:
        return False
    others = [_row_name(row_cells(answerer.corpus.plain(r).text)) for r in answerer.table_of(chunk) if r.id != chunk.id]
    return not any(word in other for other in others)


def people_held(answerer: Answerer, q: Query, s: Scored) -> bool:
    """Does the candidate's frame hold the people the question names by their age (长者, 小孩)? A row named
    by the thing asked (大众池) gives no price for 长者 that it never names."""
    around = answerer.corpus.around(s.hit.chunk)
    return all(holds(k, around, answerer.lexicon) for k in q.keywords if extract.age_word(k))


def record_for_whom(answerer: Answerer, q: Query, scored: list) -> Scored | None:
    """The best candidate, when no veto forbids it and it is a table row whose record's name is the kind
    asked for whom a cell of it says the record is for (Answerer.record_for_whom: 学生坐船买什么票 → 半票 of
    «票種：半票 · … · 適用對象：…持學生證之學生»). The row names the asker in its own cell, whatever the
    question's other words (坐船, 买) the row leaves to its table's title."""
    if not scored or scored[0][2] is not None or scored[0][0].span is None:
        return None
    s = scored[0][0]
    record = answerer.record_for_whom(q, answerer.corpus.plain(s.hit.chunk)) if s.hit.chunk.kind == "row" else None
    return s if record is not None and record.start == s.span.start else None


def next_ruled(answerer: Answerer, q: Query, scored: list) -> Scored | None:
    """Of the best candidates with their vetoes (`candidates`), the one right after those vetoed at the
    top, when the rule accepts it (长者食堂里面能抽烟吗: the first sentence names the canteen but not
    smoking; the next, «食堂内禁止吸烟», answers). Only for a yes-or-no question, whose answer is the
    sentence itself; for others, only when it carries more of the question's words than those above
    it (best_supported): a value taken from a later sentence is too often another thing's."""
    first = next(((i, s) for i, (s, _, veto) in enumerate(scored) if veto is None), None)
    if first is None or first[0] == 0:
        return None
    # (where every line above gives a special day's value, the usual one is asked: the first line after them
    # that says every word answers, however much of the question it shares: 博物馆最晚几点能进 below the summer nights)
    text = answerer.corpus.plain(first[1].hit.chunk).text
    label = re.match(r"[^：:，,。]{1,12}[：:]", text)  # a line labelled by a word asked (店長：陳冠宇 below «副店長：…»)
    siblings_above = all(veto == SIBLING for _, _, veto in scored[:first[0]])
    special = all(veto == SPECIAL_DAY for _, _, veto in scored[:first[0]]) or (  # (or a row below rows of other
        # cases only, a group's or a package's: 星期三夜晚打美式枱几钱一个钟, «時段：星期一至五 18:00-04:00 · …HK$68»
        # below the 學生優惠 and 三小時套票 rows; a line below lines of others: «每名教师指导的社团不超过2个»)
        q.intent == "figure" and q.kind != "clock"
        and all(veto in (ANOTHER_CASE, OTHER_SLOT) for _, _, veto in scored[:first[0]])) or (
        # (or a labelled hours line for a
        q.kind == "clock" and bool(synonyms.HOURS_LABEL.search(text))) or (  # time)
        label is not None and first[1].hit.chunk.kind != "row" and siblings_above  # (早饭 asked: «早餐：6:30—8:00»
        and any(len(k) >= 2 and header_word(k, (label.group(0),)) in label.group(0) for k in q.keywords)) or (
        # (or a who-question's name below names of other posts only, where its line says the post asked or, for the
        # one in charge, a head's post labels it: 招生的负责人, «招生部经理：陈志鹏» below «总经理：…»; not a name of
        # no such post, 高级工程师梁秀英 for 村主任)
        q.intent == "person" and _named_for_post(answerer, q, first[1], text)
        and all(veto == OTHER_POST for _, _, veto in scored[:first[0]])) or (
        # (or a row named by a word asked, which the names of the sibling rows lack: 夜间场 asked, «时段：夜间场
        # 18:00–…» below «时段：通宵场 23:00–…»; not 科目 of «科目二加练», 科目三加练 being a sibling's row too)
        first[1].hit.chunk.kind == "row" and siblings_above
        and _row_named_apart(answerer, q, text, scored)) or (
        # (or the second line, below one that gives no value of the asked kind: 坐几路公交车能到裁缝铺, «…乘坐7路、22路
        # 公交车到文昌路口站下车即到» below «门口不能停车»)
        first[0] == 1 and _below_valueless(scored) is first[1] and says_every_word_itself(answerer, q, first[1])
        and not (q.measure and not extract.unit_of(first[1].span.text))  # (户 asked: not the 1 of «说明：1.»;
        and not TOTAL_WORD.search(q.text))  # a total, 总共花了多少钱: not a town's «总投资680万元»)
    if q.intent != "yesno" and not ((special or best_supported(first[1], [s for s, _, veto in scored[:first[0]] if veto not in (PLANNED, PART, SPECIAL_DAY, OUTSIDE, INCLUDED, ANOTHER_CASE)]))
                                    and says_every_word(answerer, q, first[1])):
        return None
    if q.intent == "yesno" and _other_documents_noun(answerer, q, first[1], scored[0][0]):
        return None  # 考点有没有停车位: not the care centre's «本馆地下室提供家属免费停车位10个», below the exam's lines
    return first[1] if rule_supports(answerer, q, first[1]) else None  # not vetoed: `scored` says so


def _named_for_post(answerer: Answerer, q: Query, s: Scored, text: str) -> bool:
    """Does the candidate give a name for the post a who-question asks: a name whose line says the post, or, for the
    one in charge (负责人), a name labelled by a head's post (招生部经理：陈志鹏)?"""
    if s.span is None or s.span.start < 0 or not extract.name_like(s.span.text):
        return False
    if asked_role(q.text) in extract.IN_CHARGE:
        return extract.HEAD_POST.search(extract.field_label(text, s.span) or "") is not None
    role, own = asked_role(q.text), answerer.corpus.plain(s.hit.chunk).text
    return bool(role) and (role in own or bool(abbreviated(role, own)))  # (the line itself: 村党支部书记吴桂兰 for 村支书)


def _other_documents_noun(answerer: Answerer, q: Query, s: Scored, top: Scored) -> bool:
    """Does the question name a thing (考点) that only the best candidate's document says, another one, while the
    candidate's document never says it in any form? The line rules on its own document's things, not on the one
    asked (a thing many documents say, 儿童, names no one document)."""
    if s.hit.chunk.doc == top.hit.chunk.doc:
        return False
    doc = answerer.corpus.document_text(s.hit.chunk.doc) + simplify(s.hit.chunk.title)
    best, body = answerer.corpus.document_text(top.hit.chunk.doc), answerer.corpus.naming().body_text
    return any(len(n) >= 2 and not extract.age_word(n) and not holds(n, doc, answerer.lexicon)  # (儿童: «3岁以下幼儿»)
               and n in best and body.count(n) <= best.count(n) for n in q.nouns)  # the best one's word alone


# What the asker failed to do, in a consequence question (没提前打招呼直接退托会怎样: 提前): the negation and the deed.
_NOT_DONE = re.compile(r"(?:没有?|未|不)([\u4e00-\u9fff]{2})")


def negated_case(answerer: Answerer, q: Query, scored: list) -> Scored | None:
    """For what follows a deed not done (没提前打招呼直接退托会怎样), where the best candidate states the duty itself
    («家长申请退托的，应当提前15天提交书面申请»), the first of the next few, not vetoed and of the same document, whose
    condition says the deed negated («未提前申请的，扣除半个月保育费») and that gives a consequence after it. None otherwise."""
    if q.kind != "consequence" or not scored:
        return None
    done = [m.group(1) for m in _NOT_DONE.finditer(q.text) if m.group(1) in q.text]
    top = answerer.corpus.plain(scored[0][0].hit.chunk).text
    done = [d for d in done if d in top and not re.search(rf"(?:没有?|未|不|无)\s*{re.escape(d)}", top)]
    if not done:
        return None
    for s, _, veto in scored[1:RANGE_DEPTH]:
        text = answerer.corpus.plain(s.hit.chunk).text
        if veto is None and s.span is not None and s.hit.chunk.doc == scored[0][0].hit.chunk.doc and any(
                (m := re.search(rf"(?:没有?|未|不)\s*{re.escape(d)}[^，,。；;]*的[，,]", text)) and s.span.start >= m.end()
                for d in done):
            return s
    return None


def penalty_holder(answerer: Answerer, q: Query, scored: list) -> Scored | None:
    """For what follows a deed asked (偷偷吸烟被发现会怎样), the best candidate when it is not vetoed, gives a consequence
    and says every word of the question but the asker's own (support.fillers: 偷偷, 被发现, 会): «全场禁止吸烟…，违者
    没收全数按金», whose support the asker's words thin out. None when it lacks a word, or none is asked."""
    if q.kind != "consequence" or not scored or scored[0][2] is not None or scored[0][0].span is None:
        return None
    s = scored[0][0]
    around = answerer.corpus.around(s.hit.chunk)
    content = [k for k in q.keywords if len(k) >= 2 and k not in fillers(q.text)]
    return s if content and all(holds(k, around, answerer.lexicon) for k in content) else None


def yesno_ruled(answerer: Answerer, q: Query, scored: list) -> Scored | None:
    """A yes/no question's first candidate the rule accepts, when each one above it is vetoed or refused by
    the rule while holding less of the question's words (support): 国庆节开不开门 ranks «须在开场前4小时取消»
    first (开场 for 开, a third of the words; the rule refuses it), then «其余法定节假日照常开放», which holds
    the holiday and the deed. A yes/no answer is the sentence itself, not a value taken from it."""
    if q.intent != "yesno":
        return None
    # a noun the best candidate says as asked names the asker's case (军人 of 当兵的进园要门票吗: «现役军人…免票»);
    # a line below that never says it answers for anyone («网上购票请在入园前一天18:00前完成»)
    top = scored[0][0].hit.chunk if scored else None
    case = [n for n in q.nouns if len(n) >= 2 and n in answerer.corpus.around(top)] if top is not None else []
    days = extract.weekdays(q.text)  # 礼拜一开门不: a line of that day («每周一闭馆»), not one of none
    for i, (s, _, veto) in enumerate(scored):
        if days and not days & extract.weekdays(answerer.corpus.around(s.hit.chunk)):
            continue
        if veto is None and rule_supports(answerer, q, s):
            if i and s.hit.chunk.doc == top.doc and any(n not in answerer.corpus.around(s.hit.chunk) for n in case):
                return None  # (another document's line speaks of its own things: 狗狗 of a campsite's rules)
            if _other_documents_noun(answerer, q, s, scored[0][0]):
                return None  # 考点有没有停车位: not the care centre's «…提供家属免费停车位10个»
            return s if i and all(v is not None or r.support < s.support
                                  or (days and not days & extract.weekdays(answerer.corpus.around(r.hit.chunk)))
                                  for r, _, v in scored[:i]) else None
    return None


def whether_holder(answerer: Answerer, q: Query, ranked: list[Scored]) -> Scored | None:
    """Where a yes/no question asks whether a deed may or must be done (大众池可以预约吗) and the rule's answer
    never says it («幼儿，大众池免费入场» rules on the pool, not on booking it), the candidate below, among the
    best few (DEED_DEPTH), that says the deed and every other word of the question themselves (a word said
    otherwise may be the top's own: 自由职业者 as 灵活就业人员), when no veto forbids it: «大众池不接受预约»."""
    if q.intent != "yesno" or not q.whether or any(len(w) < 2 or w not in q.verbs for w in q.whether):
        return None  # a deed (预约), not a thing the deed is done to (能卖B类的烟花吗: 烟花)
    top_text = answerer.corpus.plain(ranked[0].hit.chunk).text
    if any(synonyms.hours_deed(w) or w in top_text for w in q.whether):
        return None
    return next((s for s in ranked[1:DEED_DEPTH] if all(w in answerer.corpus.plain(s.hit.chunk).text for w in q.whether)
                 and all(k in answerer.corpus.around(s.hit.chunk) for k in q.keywords if len(k) >= 2 and k not in MODALS)
                 and vetoed(answerer, q, s) is None), None)


MEASURED_DEPTH = 6  # how far below the best candidates, all vetoed, next_measured looks


def next_measured(answerer: Answerer, q: Query, ranked: list[Scored], scored: list) -> Scored | None:
    """Of the best candidates with their vetoes, the first one not vetoed, when every one above it is
    and the rule accepts it with a figure in the very measure asked, written as the question writes
    it (老人搭捷运打几折: 65歲以上長者…享五折優惠, under four sentences of a canteen's notice that name
    老人 but no 捷运 and no 折). Only a measure word of its own (折, 倍, 公斤), not a bare count: the
    measure itself says the figure is of the asked kind."""
    if q.intent != "figure" or not q.measure or q.measure == "个" or any(veto is None for _, _, veto in scored):
        return None
    if not re.search(rf"(?:几|多少){re.escape(q.measure)}", q.text):
        return None  # 多少钱 asks 元 by its own reading, no measure written: 200元 of a gift card is not a 物业费
    s = _next_unvetoed(answerer, q, ranked, scored)
    if s is None or not (s.span.text.endswith(q.measure)  # (多少天: «7个工作日», a day of the same measure)
                         or extract.same_measure(extract.unit_of(s.span.text) or "", q.measure)):
        return None
    return s if rule_supports(answerer, q, s) else None  # not vetoed: chosen so above


# A quantity of one unit a price is asked per (一天, 一晚, 一个月): its line says the unit with 每 (每日7,800元).
_ONE_UNIT_ASKED = re.compile(r"(?:一|1)个?(天|日|晚|夜|月|年|周|小时|次|人|位|间)")
_PER_UNIT = {"天": ("日", "天"), "日": ("日", "天"), "晚": ("晚", "夜"), "夜": ("晚", "夜"), "周": ("周", "星期")}


def rate_holder(answerer: Answerer, q: Query, scored: list) -> Scored | None:
    """A price asked per one unit (經典房一天多少錢) where the best candidates give no price of the kind (a package of
    21 days' «21天套装（经典房）», vetoed: no price per day) and the first one not vetoed prices by that very unit
    right before its sum (每日7,800元), when the rule accepts it and its frame says every keyword."""
    m = _ONE_UNIT_ASKED.search(q.text)
    if q.kind != "money" or m is None:
        return None
    s = _below_valueless(scored)
    if s is None or s.hit.chunk.kind != "row":  # a price list's row, whose unit is its own (not «停车每天最高收费40元»)
        return None
    text = answerer.corpus.plain(s.hit.chunk).text
    per = "|".join(_PER_UNIT.get(m.group(1), (m.group(1),)))
    if not re.search(rf"每(?:{per})[^，,。；;\d]{{0,4}}$", text[max(0, s.span.start - 8):s.span.start]):
        return None
    spared = re.compile(re.escape(m.group(0)))
    return s if rule_supports(answerer, q, s) and says_every_word(answerer, q, s, spared) else None


# The vetoes of a candidate's figure, not of the question's words (counted_holder looks past them).
_FIGURE_VETOES = ("the figure counts something else", "no span of the asked type", "a figure of another unit")
_VALUELESS = _FIGURE_VETOES[1:]  # those of a line that gives no value of the asked kind (_below_valueless)


def counted_holder(answerer: Answerer, q: Query, scored: list) -> Scored | None:
    """Where the best candidate is vetoed, the first one not vetoed whose figure stands right after the noun
    the question counts (全县出了多少虾稻米: «产出虾稻米16万吨», a clause of its own below «…合作社86家»,
    which counts something else), when the rule accepts it and its frame says every keyword: the noun
    names what the figure measures, as a label does."""
    noun = q.counted
    if q.intent != "figure" or not noun or len(noun) < 2 or not scored or scored[0][2] not in _FIGURE_VETOES:
        return None  # (a best line vetoed for what the question asks, 上一届 beside 第三届, rules the answer out)
    s = next((s for s, _, veto in scored if veto is None), None)
    if s is None or s.span is None or s.span.start < 0:
        return None
    before = answerer.corpus.plain(s.hit.chunk).text[:s.span.start]
    if not re.search(re.escape(noun) + r"[^，,。；;、]{0,2}$", before):
        return None
    return s if rule_supports(answerer, q, s) and says_every_word(answerer, q, s) else None


def continued_holder(answerer: Answerer, q: Query, scored: list) -> Scored | None:
    """Where the best candidate gives no value of the asked kind and ends its clause with a semicolon
    («拒绝服兵役的，由县级人民政府责令限期改正；»), the sentence that goes on from it under a condition of the same
    case («逾期不改的，处3万元以上5万元以下罚款»), when it is among the candidates, not vetoed, with a value: the
    two are one rule, cut in two."""
    if not scored or scored[0][2] not in _VALUELESS:
        return None
    top = answerer.corpus.plain(scored[0][0].hit.chunk)
    after = answerer._next(scored[0][0].hit.chunk)
    if after is None or not top.text.rstrip().endswith(("；", ";")) \
            or not extract.CONDITION.match(extract.LIST_MARK.sub("", after.text)):
        return None
    return next((s for s, _, veto in scored[1:] if veto is None and s.hit.chunk.id == after.id
                 and s.span is not None and s.span.start >= 0), None)


def _below_valueless(scored: list) -> Scored | None:
    """Among the best candidates with their vetoes, the first one not vetoed, when it is not the best and every
    one above it was vetoed for giving no value of the asked kind (no span of it, or one in another unit), with a
    span in its own sentence; None otherwise (next_labelled)."""
    first = next((i for i, (_, _, veto) in enumerate(scored) if veto is None), None)
    if not first or any(veto not in _VALUELESS for _, _, veto in scored[:first]):
        return None
    s = scored[first][0]
    return None if s.span is None or s.span.start < 0 else s


def _next_unvetoed(answerer: Answerer, q: Query, ranked: list[Scored], scored: list) -> Scored | None:
    """The first candidate below the scored ones (up to MEASURED_DEPTH) that no veto forbids, when it
    has a span in its own sentence; None otherwise (next_measured, next_labelled)."""
    s = next((s for s in ranked[len(scored):MEASURED_DEPTH] if vetoed(answerer, q, s) is None), None)
    return None if s is None or s.span is None or s.span.start < 0 else s


def hours_holder(answerer: Answerer, q: Query, ranked: list[Scored], scored: list) -> Scored | None:
    """A place's opening or closing asked by the clock (烧烤区每天几点开门几点关门) where the best candidate, vetoed,
    gives no time of it (烧烤区全天关闭), and the first line below it not vetoed gives the hours the place
    keeps (每日10:00—21:00开放: synonyms.hours_said, its frame naming every noun asked: support.hours_kept), when
    the rule accepts it."""
    deeds = [k for k in q.keywords if synonyms.hours_deed(k)]
    if q.kind != "clock" or not deeds or not scored or scored[0][2] is None:
        return None
    s = next((s for s, _, veto in scored if veto is None), None) or _next_unvetoed(answerer, q, ranked, scored)
    if s is None or s.span is None or s.span.start < 0:
        return None
    ctx = answerer.corpus.plain(s.hit.chunk).context()
    if not hours_kept(q, answerer.corpus.around(s.hit.chunk), answerer.lexicon) \
            or not all(synonyms.hours_said(d, ctx, kept=True) for d in deeds):
        return None
    return s if rule_supports(answerer, q, s) else None


# The kinds of line a question may ask for by name, which a number's line must then say (传真号码: no 电话's).
_LINE_KIND = re.compile(r"传真|手机|热线|专线|座机|分机|邮箱")


# A labelled line whose label names a telephone (咨询电话：0571-8862 3317, 服务热线：12329).
_PHONE_LABEL = re.compile(r"^(?:\d{1,2}[.、．]\s*)?[^：:，,。]{0,8}(电话|热线|手机)[：:]")


def next_labelled(answerer: Answerer, q: Query, ranked: list[Scored], scored: list) -> Scored | None:
    """Of the candidates below the best ones, all vetoed, the first one not vetoed when it is a labelled
    line whose label names the very thing asked and the rule accepts it: the label is the attribute,
    the text after the colon its value (图书室的电话是多少: «2. 咨询电话：0571-8862 3317（开放时间内接听）»
    under a 监督电话 of the street office, vetoed, and two lines that say 电话 with no number). Only a
    telephone asked with the label's own word (电话, 热线): the label says the number is of that kind. Among
    the best candidates, a phone number under lines that give none (_below_valueless) answers too."""
    if q.kind != "phone":
        return None
    if any(veto is None for _, _, veto in scored):  # a phone line under lines that give no number (订位电话幾號:
        s = _below_valueless(scored)  # «订位专线：(02)2375-6618» under «本须知自…实施»): the number is of the kind,
        own = answerer.corpus.plain(s.hit.chunk).text if s is not None else ""
        title = simplify(s.hit.chunk.title) if s is not None else ""
        number = s is not None and bool(extract.phones(s.span.text) or any(p.text == s.span.text for p in extract.phones(own)))
        # a number (2698 3328 is one beside its label) on a line that says the kind of line asked (传真) and the person
        # or role named, there or in the document's title (智学坊补习社电话几多号: the centre the title names; not the
        # 联系人 冯晓晴's number below «科长：罗文斌», which gives none)
        if not number or any(w not in own for w in _LINE_KIND.findall(q.text)) or any(
                w not in own and w not in title
                for w, flag in keyword_tags(q.text) if flag.startswith("nr") or w.endswith(extract.ROLES)):
            return None
        return s if rule_supports(answerer, q, s) else None
    s = _next_unvetoed(answerer, q, ranked, scored)
    if s is None:
        return None
    m = _PHONE_LABEL.match(answerer.corpus.plain(s.hit.chunk).text)
    if m is None or m.group(1) not in q.text:
        return None
    return s if rule_supports(answerer, q, s) else None  # not vetoed: chosen so above


# A value the sentence names by the asked noun: a quotation and the noun after it (履行“我是党员我执勤、舍我其谁”的承诺,
# 提出了“干干净净过日子”的口号), and the noun a what-question asks (什么诺, 口号是什么).
_QUOTED_NAMED = re.compile(r"[“「]([^”」]{2,40})[”」]的?([\u4e00-\u9fff]{1,6})")
_NOUN_ASKED = re.compile(r"(?:什么|啥)([\u4e00-\u9fff]{1,2})[?？]?$|([\u4e00-\u9fff]{2})(?:是|为)(?:什么|啥)[?？]?$")


def quoted_named(answerer: Answerer, q: Query, scored: list) -> Scored | None:
    """An open what-question (商务中心区党员许了什么诺) where the model would not answer: the best candidate not
    vetoed that names a quoted value by the asked noun (履行“我是党员我执勤、舍我其谁”的承诺: 诺 of 承诺), its span
    holding the quotation. The sentence labels its own value, as a «电话：» line does; the asker's other words
    (许 for 履行) need not be the sentence's."""
    m = _NOUN_ASKED.search(q.text)
    if q.intent != "entity" or q.kind is not None or m is None:
        return None
    noun = m.group(1) or m.group(2)
    for s, _, veto in scored:
        if veto is not None or s.span is None:
            continue
        text = answerer.corpus.plain(s.hit.chunk).text
        if any(noun in v.group(2)[:len(noun) + 2] and v.group(1) in s.span.text for v in _QUOTED_NAMED.finditer(text)):
            return s
        return None  # only the best candidate not vetoed
    return None


def labelled_place(answerer: Answerer, q: Query, ranked: list[Scored], scored: list) -> Scored | None:
    """A place asked (在哪) where no best candidate answers: the first labelled address line (地址：…,
    Answerer.address_lines) that no veto forbids and whose frame says every word of the question (its
    document's title names what it is the address of): 健身中心在哪里 → «地址：江宁区桂园路88号» of the
    notice titled 桂园街道全民健身中心使用须知, under lines of its hours and its car park (vetoed: no place)
    and its preamble (no place either). Not when a best candidate accepted says where.
    Another thing's address is not taken (物业服务中心在哪里: the fitness centre's title does not say it)."""
    if q.kind != "place" or not any(len(k) >= 2 for k in q.keywords) \
            or any(veto is None and rule_supports(answerer, q, s) and says_where(answerer.corpus.plain(s.hit.chunk).text)
                   for s, _, veto in scored):
        return None  # (东西丢了去哪里找 names no thing an address is of)
    from wenda.index.answer import ADDRESS_LINE

    for s in ranked:
        text = answerer.corpus.plain(s.hit.chunk).text
        if ADDRESS_LINE.match(text) and extract.places(text) \
                and vetoed(answerer, q, s) is None and says_every_word(answerer, q, s):
            return s  # its words are its frame's (the title's): keyword support, which counts the title only
    return None  # beside a word the sentence says, is no measure of it


def says_every_word(answerer: Answerer, q: Query, s: Scored, spared: re.Pattern | None = None) -> bool:
    """Does the candidate's frame say every keyword of two characters or more itself, or by a word that is
    no sibling (support.holds)? Support lends a word the corpus never uses to its neighbours in meaning,
    siblings too (学生票 for 儿童票), and the thing in general (票价: lexicon.generic_of); a value taken past
    vetoed sentences needs the words. Keywords `spared` matches need not be said (the deed a line's kind
    says: 开始 of a «时间：…» range)."""

    around = answerer.corpus.around(s.hit.chunk)
    lexicon = answerer.lexicon
    return all((holds(k, around, lexicon) and (k in around or not generic_of(k, lexicon.weight_in(k, around, strict=True)[1])))
               or (q.kind == "clock" and synonyms.hours_said(k, around, kept=True))  # 几点关门: «营业时间：…08:00至19:00»
               for k in q.keywords if len(k) >= 2 and not (spared and spared.match(k))  # 儿童票 is not held by 票价
               and k not in MODALS  # 可以泡多久: 可以 asks, no word a line need say
               and not re.fullmatch(r"[一1]个", k)  # 一个小时, cut 一个 小时: the numeral and its classifier say nothing
               and not (q.kind == "clock" and extract.limit_word(k)))  # 最晚几点能进: «16:00停止入馆» says the limit


def _row_named_apart(answerer: Answerer, q: Query, text: str, scored: list) -> bool:
    """Does the row's name hold a word of the question that the names of the rows vetoed as siblings' lack (夜间 of
    «时段：夜间场…» beside «时段：通宵场…»), and every word of the question those names hold (雪季卡 asked of 儿童: not
    the row of «儿童滑雪营» beside «成人雪季卡»)?"""
    cells = row_cells(text)
    if not cells:
        return False
    own = name_cell(cells)[1]
    others = [name_cell(c)[1] for s, _, veto in scored
              if veto == SIBLING and s.hit.chunk.kind == "row" and (c := row_cells(answerer.corpus.plain(s.hit.chunk).text))]
    return any(len(k) >= 2 and k in own and not any(k in n for n in others) for k in q.keywords) \
        and all(k in own for k in q.keywords if any(k in n for n in others))


def says_every_word_itself(answerer: Answerer, q: Query, s: Scored) -> bool:
    """Does the candidate's frame say every keyword of two characters or more (but a modal), and every word of the
    corpus jieba cut in two in the question (实验服 of 没穿实验服罚款多少), itself or in a form support.holds knows without
    the lexicon's neighbours in meaning (报名费 by «…在网上报名时缴纳»; not 工资 by «保育教育费…每月680元»)?"""
    chunk = s.hit.chunk  # the sentence and its headings, not the paragraph's other sentences (投放鱼苗 asked: not
    around = simplify(chunk.section + chunk.heading + chunk.title) + answerer.corpus.plain(chunk).text  # «…免费向群众开放»)
    joined = answerer.corpus_words_cut(q)  # 实验服, cut 实验 服, a word of the corpus
    return all(holds(k, around) for k in [*q.keywords, *joined] if len(k) >= 2 and k not in MODALS)


def noun_holder(answerer: Answerer, q: Query, top: Scored, scored: list) -> Scored | None:
    """A candidate below the rule's answer that holds a noun of the question which the answer's frame
    holds in no form, when the rule accepts it and it says every keyword (says_every_word): the value is
    then the asked thing's (游泳池早上几点开: «投放时间为早上6:30至9:00» under 垃圾分类 never speaks of a pool;
    the pool notice's «週二至週日上午6:00至晚上21:00開放» does), in another document or section: sentences of
    one section share their frame, and a later one holds only what the paragraph said before it (前台 of the
    line above a 投诉电话). Only for a value of a type asked."""
    if not typed(q) or not q.nouns:
        return None
    around = answerer.corpus.around(top.hit.chunk)
    if all(len(n) < 2 or holds(n, around, answerer.lexicon) or (LEVEL_AT_HAND.fullmatch(n) and n[0] in around)
           for n in q.nouns):  # (县里 held by «县财政»: the asker's county, which the line names by its level)
        return None
    place = (top.hit.chunk.doc, top.hit.chunk.section)  # another document's or section's: the same one's
    return next((s for s, _, veto in scored[1:] if veto is None and (s.hit.chunk.doc, s.hit.chunk.section) != place
                 and rule_supports(answerer, q, s) and says_every_word(answerer, q, s)), None)  # frame is shared


LIMIT_DEPTH = 3  # the candidates (the rule's answer and the two below it) limit_holder looks among


def limit_holder(answerer: Answerer, q: Query, top: Scored, scored: list) -> Scored | None:
    """Where a limit is asked (一次最多能订多久) and the rule's answer gives a value whose piece says none
    («未提前1小时取消的»), the candidate below that holds more of the question's words and whose value's
    piece says the limit (每次最长2小时), when the rule accepts it. Only for a value of a type asked."""
    side = extract.limit_asked(q.text)
    if not side or not typed(q) or top.span is None or top.span.start < 0:
        return None

    def says_limit(s: Scored) -> bool:
        return extract.limit_at(answerer.corpus.plain(s.hit.chunk).text, s.span, side)

    if says_limit(top):
        return None
    top_says = answerer.corpus.plain(top.hit.chunk).context()
    nouns = [n for n in q.nouns if n in top_says]  # what the top's value is of (卡点 of 崔桥镇的卡点最低设了几个)

    def keeps_nouns(s: Scored) -> bool:  # a bound of another thing (每村张贴宣传标语不少于100条) is none of it; the
        prev = answerer._prev(s.hit.chunk)  # sentence before may say the thing («…公益性岗位…。原则上每个行政村不超过6个»),
        plain = answerer.corpus.plain(s.hit.chunk)  # and the document's title what all of it is about (居民医保)
        said = plain.context() + (prev.text if prev is not None else "") + plain.title
        return not nouns or any(n in said for n in nouns)  # (冬装 of 冬装棉服: «冬装每件不超过240元», whose 棉服 a rule before defines)

    return next((s for s, _, veto in scored[1:LIMIT_DEPTH] if veto is None and s.span is not None and s.span.start >= 0
                 and s.support > top.support and says_limit(s) and keeps_nouns(s) and rule_supports(answerer, q, s)), None)


DEED_DEPTH = 5  # how far down the ranking deed_holder looks for the sentence that says the deed


def deed_holder(answerer: Answerer, q: Query, ranked: list[Scored]) -> Scored | None:
    """Where a date is asked of a deed (菜园管理办法是哪天通过的) and the rule's answer gives a date whose
    sentence never says that deed (6月至8月延长至21:00关闭, under the same title), the candidate below that
    says it itself (2026年11月25日…居民代表大会通过) and holds more of the question's words, when the rule
    accepts it."""
    if not (q.intent == "date" or q.kind in ("duration", "clock")) or not q.deeds:
        return None
    at = next((i for i, s in enumerate(ranked[:DEED_DEPTH]) if s.span is not None and vetoed(answerer, q, s) is None
               and rule_supports(answerer, q, s)), None)  # the rule's answer, below the vetoed ones
    if at is None:
        return None
    top = ranked[at]

    def says(s: Scored, deeds) -> bool:  # itself, or with a verb of the same meaning (进场: «最后入场时间22:00»)
        text = answerer.corpus.plain(s.hit.chunk).text
        return any(len(d) >= 2 and any(f in text for f in synonyms.deed_forms(d)) for d in deeds)

    deeds = q.deeds
    if q.intent != "date":  # a length of time or a clock time: the deed the answer's sentence lacks (提前多久去报到:
        top_chunk = answerer.corpus.plain(top.hit.chunk)  # «须提前7天预约» says 提前, not 报到; a deed the document's
        top_text = top_chunk.text + top_chunk.title  # title says is its own: 搬家 of 大順搬家公司收費說明 for 月底搬家要提前多久预约)
        top_text += top_chunk.section  # and so is its section's (答辩 of «答辩程序» for 答辩时汇报论文讲多久)
        deeds = tuple(d for d in q.deeds if len(d) >= 2 and d not in top_text  # a negation or a modal is no deed
                      and d[0] not in "不没别无未" and d not in MODALS)  # of its own (不能 of 不能吃东西)
    if not deeds or says(top, deeds):
        return None
    return next((s for s in ranked[at + 1:DEED_DEPTH] if s.span is not None and says(s, deeds)
                 and (s.support > top.support or (q.intent != "date" and s.hit.chunk.doc == top.hit.chunk.doc and all(
                     says(s, (d,)) for d in deeds)))
                 and rule_supports(answerer, q, s) and vetoed(answerer, q, s) is None), None)


# A time ahead asked of a figure (明年还要建几座, 计划新建多少个) and said of one (计划, 明年, 预计, 将).
_AHEAD_ASKED = re.compile(r"计划|打算|准备|目标|预计|明年|下一步|今后|将来|未来|还要|还将|再建|再开|再增")
_AHEAD_SAID = re.compile(PLAN_SAID.pattern + r"|明年|预计|将(?![军近来])|下一?步|今后|未来|打算")


def plan_holder(answerer: Answerer, q: Query, top: Scored, scored: list) -> Scored | None:
    """Where a figure ahead is asked (桃源乡明年还要建几座村史馆) and the rule's answer gives one whose piece
    says no time ahead (现有村史馆15座), the candidate below of the same document whose value's piece plans
    (明年计划再建12座), when the rule accepts it: the converse of planned_only."""
    if q.intent != "figure" or q.kind == "clock" or not _AHEAD_ASKED.search(q.text) \
            or top.span is None or top.span.start < 0:
        return None

    def plans(s: Scored) -> bool:  # (its piece, or the part it stands in: «下步打算：（一）…提高到85%以上»)
        return bool(_AHEAD_SAID.search(answerer.piece(answerer.corpus.plain(s.hit.chunk).text, s.span))
                    or _AHEAD_SAID.search(s.hit.chunk.section + s.hit.chunk.heading))

    if plans(top) or _AHEAD_SAID.search(top.hit.chunk.heading + top.hit.chunk.section):  # «下一步工作：…»
        return None
    return next((s for s, _, veto in scored[1:LIMIT_DEPTH] if veto is None and s.span is not None and s.span.start >= 0
                 and s.hit.chunk.doc == top.hit.chunk.doc and plans(s) and rule_supports(answerer, q, s)), None)


def overview_holder(answerer: Answerer, q: Query, top: Scored, scored: list) -> Scored | None:
    """Where a figure is asked of no section and no place (瞭望塔建了几座) and the rule's answer is a section's
    (白沙乡: «新建瞭望塔10座»), the candidate below of the same document that stands before its sections (the
    report's overview: «全县…建成瞭望塔46座»), when the rule accepts it with a value of the measure asked and
    as much of the question's words: a report's whole speaks for it where the asker names no part."""
    if q.intent != "figure" or q.sections or places_named(q.text) or not top.hit.chunk.section or _AHEAD_ASKED.search(q.text) \
            or top.span is None or top.span.start < 0:
        return None
    return next((s for s, _, veto in scored[1:LIMIT_DEPTH] if veto is None and s.span is not None and s.span.start >= 0
                 and s.hit.chunk.doc == top.hit.chunk.doc and not s.hit.chunk.section and not s.hit.chunk.heading
                 and s.support >= top.support and extract.unit_of(s.span.text) == extract.unit_of(top.span.text)
                 and rule_supports(answerer, q, s)), None)


def address_holder(answerer: Answerer, q: Query, ranked: list[Scored], scored: list) -> Scored | None:
    """Where an address is asked (地址在哪) and the rule's answer gives a place that is no address («…位於雲林縣
    西螺鎮»), the candidate below whose line is labelled one («地址：雲林縣西螺鎮延平路188號»), when the rule
    accepts it. Asked 在哪 without the word 地址, where the rule's answer says no place at all (草莓园在哪里:
    «…草莓采完即提早休园»), the labelled address line whose frame says every word of the question (the
    document's title 莓好时光观光草莓园采果须知), among the candidates whose spans were read (SPAN_DEPTH);
    an online channel (通过微信小程序) is no place for a thing's whereabouts (洗车店在哪儿), only for a deed's
    (在哪预约)."""
    from wenda.index.answer import ADDRESS_LINE, SPAN_DEPTH

    top = ranked[0]
    if q.kind != "place" or top.span is None or top.span.text.startswith("地址") \
            or ADDRESS_LINE.match(answerer.corpus.plain(top.hit.chunk).text):
        return None
    asked = "地址" in q.text
    if asked:
        return next((s for s, _, veto in scored[1:] if veto is None and (line := answerer.corpus.plain(s.hit.chunk).text)
                     and ADDRESS_LINE.match(line) and "地址" in line and rule_supports(answerer, q, s)), None)
    online = _ONLINE.search(top.span.text) and not _DONE_ONLINE.search(q.text)  # 洗车店在哪儿: no 小程序 (在哪预约)
    # a span that names the thing asked itself (音乐节在哪办: «现将2027年江城滨江音乐节有关事项告知如下») is its
    # name, no place it is in, whatever place word its name holds
    named = any(len(k) >= 2 and k in top.span.text for k in q.keywords)
    if top.span.start < 0 or (says_where(top.span.text) and not online and not named):
        return None
    # where the rule's answer names no place at all (招聘会在室内举行), keyword support need not carry the line: it
    # counts the title only beside a word the sentence holds, no measure of a labelled line whose words are its
    # frame's (as for labelled_place); a place the answer does name (位於…白沙觀光港旁) stands unless it does
    placeless = not _PLACE_CHAR.search(top.span.text) or named
    return next((s for s in ranked[1:SPAN_DEPTH] if (label_fits(answerer.corpus.plain(s.hit.chunk).text, q.text, _WHERE_LABEL)
                                                      or (not says_where(top.span.text) and s.span is not None
                                                          and s.span.start >= 0 and _SITED.search(s.span.text)))
                 # (车站位于江川市迎宾大道1号, where the rule's answer says no place: «…客运站管理规定»)
                 and vetoed(answerer, q, s) is None and (placeless or rule_supports(answerer, q, s))
                 and says_every_word(answerer, q, s, _WHERE_WORDS)), None)


# An address asked (在什么地址, 地址在哪, 地址是多少), not a thing that has one (商业地址服务每月转寄几次).
_ADDRESS_ASKED = re.compile(r"地址(?:在|是|为)?(?:哪|什么|多少|啥)|(?:什么|啥|哪个)地址")
# A name said: quoted («“澜溪零工”微信小程序», 《…》, 「…」) or in Latin letters (the app HKeMobility).
_NAME_SAID = re.compile(r"[“「《『\"'][^”」》』\"']{2,}[”」》』\"']|[A-Za-z]{2,}")
# What an address says: a road, a street, a lane, a number, a building, a room, or where beside a landmark.
_ADDRESS_SAID = re.compile(r"(?<![\dA-Za-z线])路(?!线)|[街道巷弄里村]|\d+\s*号|号[楼院]|[楼层室]|大厦|广场|商场|市场|中心|院内|园内|旁|对面|附近|东侧|西侧|南侧|北侧|位于|坐落")


# A span that sites a thing (位于…, 设在…, a street and number), no channel online.
_SITED = re.compile(r"位于|坐落|地处|设在|设于|地址|[路街道巷]\d+号")
# Words a question of where adds to its thing (具体在哪条路上): they ask, and name nothing a line must say.
_WHERE_WORDS = re.compile(r"具体|大概|路|街|位置|地方|地点")


# Characters that end the name of a place (县, 路, 港, 馆): a span without any names none (在室内, 现场).
_PLACE_CHAR = re.compile(r"[省市县区镇乡村路街巷号港站园馆楼厅院校店城]")


# The labels of a line that says where or when the thing a document is about is or happens (地址：, 地点：, 时间：),
# with a modifier that names the event (举办地点, 活动时间) or none.
_WHERE_LABEL = re.compile(r"^(?:\d{1,2}[.、．]\s*)?([\u4e00-\u9fff]{0,4}?)(?:地址|地点)[：:]\s*\S")
_WHEN_LABEL = re.compile(r"^(?:\d{1,2}[.、．]\s*)?([\u4e00-\u9fff]{0,4}?)(?:时间|日期)[：:]\s*\S")
_EVENT_MODIFIER = re.compile(r"^(?:举办|举行|活动|会议|比赛|开展|具体)?$")


# Deeds of an event's start or end (开始, 散场, 举办): a time range labelled 时间 says them, its ends the start and end.
_EVENT_DEED = re.compile(r"^(?:开始|结束|散场|散会|开场|闭幕|开幕|举办|举行|召开|进行|开|办)$")


def dated_holder(answerer: Answerer, q: Query, scored: list) -> Scored | None:
    """For the date of the document itself asked (这个通知是哪天发的), the first of the best candidates that is one of
    its own lines (kind meta: the signature's date, «2028年2月20日») with a date and no veto; None when none is."""
    from wenda.index.answer import ABOUT_DOCUMENT

    if q.intent != "date" or not ABOUT_DOCUMENT.search(q.text):
        return None
    return _own_line(scored)


def _own_line(scored: list) -> Scored | None:
    """The first of the best candidates (DATED_DEPTH) that is one of the document's own lines (kind meta: its
    signature, its date) with a value and no veto."""
    return next((s for s, _, veto in scored[:DATED_DEPTH] if veto is None and s.span is not None
                 and s.hit.chunk.kind == "meta"), None)


DATED_DEPTH = 3  # the best candidates a document's own date line is looked for among


def issuer_holder(answerer: Answerer, q: Query, scored: list) -> Scored | None:
    """For the body that issued the document asked (通告是哪个单位发的), the first of the best candidates that is one
    of its own lines (kind meta: the signature, «澄江市人民政府办公室») with no veto; None when none is."""
    from wenda.index.answer import ABOUT_DOCUMENT

    if q.intent not in ("entity", "person") or not ABOUT_DOCUMENT.search(q.text) or not _ISSUED.search(q.text):
        return None
    return _own_line(scored)


_ISSUED = re.compile(r"发的|发布|印发|下发|出的|签发|发出")  # the deed of issuing a document, asked


def time_holder(answerer: Answerer, q: Query, ranked: list[Scored]) -> Scored | None:
    """A time asked (几点开始, 哪天办) of what a document is about, where the best candidate is another line of that
    document (招聘会早上几点开始: «招聘会当天11:30至13:00，会展中心餐厅提供工作餐», the lunch's time) and
    the document labels its time (1. 时间：2027年2月20日（星期六）8:30至16:00): that line, its frame saying every
    word of the question but the deed of starting or ending, which its range says (label_fits: no label of
    another deed, 报名时间)."""
    top = ranked[0]
    # 公告是哪天发的: the notice's own date, no time of the event it announces; but a deed its label names is the
    # label's own (什么时候开始报名: «1. 报名时间：2028年3月6日9:00至3月12日17:00»)
    others = [d for d in q.deeds if not (_EVENT_DEED.match(d) or synonyms.hours_deed(d))]
    # a place's opening or closing asked (温泉会馆几点开门): its hours' label too (营业时间：每天09:00至23:00), not
    # the hours of a thing within it that a line names (馆内附设餐厅，营业时间11:00至20:00)
    hours = any(synonyms.hours_deed(d) for d in q.deeds)
    if not (q.kind == "clock" or q.intent == "date" or _DAYS_ASKED.search(q.text)) \
            or label_fits(answerer.corpus.plain(top.hit.chunk).text, q.text, _WHEN_LABEL, hours):
        return None
    for s in ranked[1:]:  # the labelled lines joined the candidates, their spans read at any rank
        if s.hit.chunk.doc != top.hit.chunk.doc or s.span is None or s.span.start < 0:
            continue
        line = answerer.corpus.plain(s.hit.chunk).text
        if hours and not others and _HOURS_LINE.match(line) and extract.in_day_part(s.span.text, q.text) \
                and vetoed(answerer, q, s) is None and says_every_word(answerer, q, s, spared=_HOURS_OR_DAY_PART):
            return s  # 晚上几点关门: «营业时间每天8:00至20:00», a place's hours said with no colon, not «晚上10点以后不接单»
        if not label_fits(line, q.text, _WHEN_LABEL, hours):
            continue
        if others and not all(d in _WHEN_LABEL.match(line).group(1) for d in others):
            continue
        if vetoed(answerer, q, s) is None and says_every_word(answerer, q, s, spared=_EVENT_OR_HOURS_DEED):
            return s
    return None


# A line that gives a place's hours with no colon (营业时间每天8:00至20:00, 开放时间为周二至周日…), and the words a
# closing or opening asked of it need not be said by it: the deed, and a part of the day its time falls in (晚上).
_HOURS_LINE = re.compile(r"^(?:\d{1,2}[.、．]\s*|注\d{1,2}[：:]\s*)?(?:营业|开放|办公|服务|接待)时间(?:为|是)?(?:每天|每日|全年|周|星期|\d)")
_HOURS_OR_DAY_PART = re.compile(rf"^(?:{synonyms.OPENING}|{synonyms.CLOSING}|早上|上午|中午|下午|晚上|傍晚|夜里|夜间|夜晚)$")


# Days asked as things are (音乐节是哪几天): the event's dates, whatever intent the question word gives.
_DAYS_ASKED = re.compile(r"(?:是|在)(?:哪几天|哪些天|哪几日)[?？吗呢]?$")
_EVENT_OR_HOURS_DEED = re.compile(rf"{_EVENT_DEED.pattern}|^(?:{synonyms.OPENING}|{synonyms.CLOSING})$")


def label_fits(line: str, question: str, label: re.Pattern, hours: bool = False) -> bool:
    """Is `line` labelled as where or when (地点：…, 时间：…) with no modifier but an event's (举办地点) or one the
    question says (报名地点 for 在哪报名)? A label of another deed (报名时间, 取镜时间) is that deed's; where a
    place's opening or closing is asked (`hours`), the label of its hours is its own (营业时间, 开放时间)."""
    m = label.match(line)
    return bool(m) and (bool(_EVENT_MODIFIER.match(m.group(1))) or m.group(1) in question
                        or hours and bool(synonyms.HOURS_LABEL.fullmatch(m.group(1) + "时间")))


# Where one does a thing online (通过微信小程序, 登录官网) answers 在哪预约, not where a place is; the deeds
# that are done there.
_ONLINE = re.compile(r"系统|平台|App|APP|app|小程序|公众号|官网|网站")
_DONE_ONLINE = re.compile(r"预约|报名|办理|申请|缴|交费|买|购|查|登记|投诉|注册|下载|挂号|预订|订")


def titled_holder(answerer: Answerer, q: Query, scored: list) -> Scored | None:
    """When the first candidate is of another document than the one the question names by its title
    (Answerer.titled_elsewhere: 健身房早上几点开 over a 小区公告's «垃圾投放时间为早上6:30» and «阳光健身房会员须知»),
    the first candidate of a document whose title says those words, not vetoed, that the rule accepts and
    that says every keyword, as noun_holder takes it when the first is not vetoed."""
    if not scored or not typed(q):
        return None
    named = answerer.titled_elsewhere(q, scored[0][0].hit.chunk)
    if not named:
        return None
    titles = answerer.corpus.naming().titles
    return next((s for s, _, veto in scored[1:] if veto is None
                 and all(w in titles.get(s.hit.chunk.doc, "") for w in named)
                 and rule_supports(answerer, q, s) and says_every_word(answerer, q, s)), None)


def best_supported(s: Scored, above: list[Scored]) -> bool:
    """May a value be taken from a candidate below vetoed ones? Only when it says every keyword of the
    question (FULL_SUPPORT) and more of them than each of those: it is then the sentence that speaks
    of what is asked, the ranker's order a matter of wording (公司现在有多少员工: «提供…员工宿舍，宿舍为
    4人间» ranks first and its 4人 counts rooms; «现有员工1200余人», which holds every keyword, comes
    second). A sentence that lacks a word (门诊部副主任是谁: a 副主任医师's row, no 门诊部) stays out."""
    return s.support >= FULL_SUPPORT and all(s.support > r.support for r in above)


def holds_kind(answerer: Answerer, q: Query, s: Scored) -> bool:
    """Does a candidate's sentence hold a value of the asked kind at all (a clock time for 几点, a date
    for 哪天), whether or not it was taken for the answer?"""
    text = answerer.corpus.plain(s.hit.chunk).text
    if q.kind == "clock":
        return bool(extract.clock_times(text))
    if q.intent == "date":
        return bool(extract.dates(text))
    return False


def rule_found(answerer: Answerer, q: Query, s: Scored) -> bool:
    """The hand-set rule (the baseline): the support it asks for (rule_supports) and no veto (vetoed: the
    same checks the fitted decision obeys)."""
    return rule_supports(answerer, q, s) and vetoed(answerer, q, s) is None


def rule_supports(answerer: Answerer, q: Query, s: Scored) -> bool:
    """The hand-set rule's support: enough keyword support and, for a typed question, a span anchored by
    a keyword. With a candidate's veto already known (`candidates`), this and `veto is None` are the rule."""
    from wenda.index.answer import MIN_SUPPORT, MIN_SUPPORT_CLAUSE

    if q.kind == "consequence":  # 会怎样: a clause of what follows, which any rule's line has (约谈承包商), so the line
        around = answerer.corpus.around(s.hit.chunk)  # must say the corpus's own words of the question (刷卡)
        if any(len(k) >= 2 and answerer.lexicon.known(k) and not holds(k, around, answerer.lexicon) for k in q.keywords):
            return False
    if typed(q):
        return s.support >= MIN_SUPPORT and s.span is not None and answerer.anchored(q, s)
    return s.support >= MIN_SUPPORT_CLAUSE


def features(q: Query, scored: Scored, top: Tops, answerer: Answerer, *, rank: int = 0,
             next_score: float | None = None) -> dict[str, float]:
    """The named evidence for one candidate (all numbers; the model's inputs)."""
    hit, sp = scored.hit, scored.span
    chunk = answerer.corpus.plain(hit.chunk)
    ev = answerer.evidence(q, hit, top)
    is_typed = typed(q)
    unit = 0.0
    prox = 0.0
    if sp is not None and q.intent == "figure":
        fit = extract.unit_fit(sp.text, q.measure)
        unit = 0.0 if fit is None else 1.0 / (1.0 + fit)
    if sp is not None and sp.start >= 0 and q.keywords:
        text = simplify(hit.chunk.text)
        marks = extract.keyword_positions(text, q.keywords)
        if marks:
            prox = 1.0 / (1.0 + extract.distance(sp, marks, text) / 8.0)
    margin = scored.score - next_score if next_score is not None else 2.0
    f = {
        "dense": hit.dense,
        "dense_gap": ev["dense"],
        "fused": ev["fused"],
        "passage": ev["passage"],
        "bm25": ev["bm25"],
        "support": scored.support,
        "bigrams": ev["bigrams"],
        "common": ev["common"],
        "short": ev["short"],
        "score": scored.score,
        "margin": max(-2.0, min(2.0, margin)),
        "rank": float(rank),
        "typed": 1.0 if is_typed else 0.0,
        "typed_span": 1.0 if is_typed and sp is not None else 0.0,
        "unit": unit,
        "proximity": prox,
        "anchored": 1.0 if is_typed and sp is not None and answerer.anchored(q, scored) else 0.0,
        "typed_support": scored.support if is_typed else 0.0,
        "missing": float(len(answerer.missing(q, hit.chunk))),
        "unqualified": float(len(answerer.unqualified_in(q, hit.chunk))),
        "counted": 1.0 if counted_ok(answerer, q, scored) else 0.0,
        "section": 1.0 if q.sections and chunk.section and hit.chunk.section in q.sections else 0.0,
        "span_chars": math.log1p(len(sp.text)) if sp is not None else 0.0,
        "keywords": math.log1p(len(q.keywords)),
    }
    f["rule"] = rule_verdict(f)
    return f


def rule_verdict(f: dict[str, float]) -> float:
    """The hand-set rule's verdict (rule_found) from the other features, as one more feature: 1.0 when
    it would answer. Typed questions: support ≥ MIN_SUPPORT, a span, anchored; others: support ≥
    MIN_SUPPORT_CLAUSE; both: no missing name, no unsupported qualifier, the counted noun agrees."""
    from wenda.index.answer import MIN_SUPPORT, MIN_SUPPORT_CLAUSE

    if f["typed"]:
        ok = f["support"] >= MIN_SUPPORT and f["typed_span"] and f["anchored"]
    else:
        ok = f["support"] >= MIN_SUPPORT_CLAUSE
    return 1.0 if ok and not f["missing"] and not f["unqualified"] and f["counted"] else 0.0


@dataclass(frozen=True)
class Decision:
    """A fitted logistic regression over `features` and the threshold to answer at."""

    names: tuple[str, ...]
    coef: tuple[float, ...]
    intercept: float
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    threshold: float
    precision_target: float
    fitted_on: dict

    @classmethod
    def load(cls, path: str | Path = DATA) -> Decision:
        p = Path(path)
        try:
            data = json.loads(p.read_text(encoding="utf-8"))
            names = tuple(str(n) for n in data["features"])
            out = cls(names=names, coef=tuple(float(x) for x in data["coef"]), intercept=float(data["intercept"]),
                      mean=tuple(float(x) for x in data["mean"]), scale=tuple(float(x) or 1.0 for x in data["scale"]),
                      threshold=float(data["threshold"]), precision_target=float(data["precision_target"]),
                      fitted_on=dict(data.get("fitted_on") or {}))
        except FileNotFoundError as e:
            raise DecisionError(f"no decision file {p} (bench/fit_decision.py writes it)") from e
        except (OSError, ValueError, KeyError, TypeError) as e:
            raise DecisionError(f"unreadable decision file {p}: {e}") from e
        if not (len(out.names) == len(out.coef) == len(out.mean) == len(out.scale)):
            raise DecisionError(f"decision file {p}: features, coef, mean and scale differ in length")
        return out

    def probability(self, f: dict[str, float]) -> float:
        z = self.intercept + sum(c * (f.get(n, 0.0) - m) / s
                                 for n, c, m, s in zip(self.names, self.coef, self.mean, self.scale))
        return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, z))))


_loaded: Decision | None = None
RULES = "rules"  # answerer.decision = RULES: the hand-set rule (the benchmark's baseline)


def of(answerer) -> Decision | None:
    """The decision an answerer uses: its own `decision` attribute when set (a Decision, or RULES
    for the rule), else the packaged one."""
    d = getattr(answerer, "decision", None)
    if d is None:
        return default()
    return None if d == RULES else d


def default() -> Decision:
    """The packaged decision (index/data/decision.json), read once."""
    global _loaded
    if _loaded is None:
        _loaded = Decision.load()
    return _loaded


# The clause that leads a notice into its items (现将…有关事项通知如下：): it names what the document is about, and
# the year of its edition (2028年度), but answers no question of it. The clauses before it may (经市人民政府同意).
_LEADS_IN = re.compile(r"如下[：:。]?\s*$")


def content_lines(answerer: Answerer, q: Query, ranked: list[Scored]) -> list[Scored]:
    """The ranked candidates but those whose value is a lead-in's clause (in_lead_in); all of them when every one
    is. Such a clause answers nothing: where it would, the others are ranked and scored as if it were not there (it
    still tells the holders what the document is about: 音乐节是哪几天 finds the «时间：…» line through it)."""
    return [s for s in ranked if not in_lead_in(answerer.corpus.plain(s.hit.chunk).text, s.span,
                                                purpose=q.kind == "reason")] or ranked


# The clause a lead-in opens with to say what the notice is for (为做好…工作, 为方便市民出行).
_PURPOSE_CLAUSE = re.compile(r"^(?:为了?|为进一步)[^，,；;]*[，,]")


def in_lead_in(text: str, span: extract.Span | None, purpose: bool = False) -> bool:
    """Is `span` the last clause of a sentence that leads into what follows, or the bare year of the edition it
    names (现将我市2028年度…考试报名有关事项通知如下：: the 2028年 of it, for 初级会计报名截止到哪天), or, unless a
    purpose is asked, the clause it opens with to say what it is for (为做好…认定工作, for 在哪办)? A day it states
    stands (现将2028年夏季（6月1日至9月30日）轮渡运营有关事项公告如下：), as does whose consent it cites (经…同意)."""
    if span is None or span.start < 0 or not _LEADS_IN.search(text):
        return False
    if not purpose and (m := _PURPOSE_CLAUSE.match(text)) and span.end <= m.end():
        return True
    clause = max(text.rfind(c, 0, len(text) - 1) for c in "，,；;") + 1
    return span.start >= clause and (re.fullmatch(r"\d{4}年", span.text) is not None
                                     or 2 * (span.end - span.start) >= len(text) - clause)


def candidates(answerer: Answerer, q: Query, ranked: list[Scored], depth: int = DEPTH):
    """(candidate, features, veto) for the best `depth` candidates."""
    from wenda.index.answer import Tops

    top = Tops.of([s.hit for s in ranked])
    out = []
    for i, s in enumerate(ranked[:depth]):
        nxt = ranked[i + 1].score if i + 1 < len(ranked) else None
        with answerer.lexicon.within(s.hit.chunk.doc):  # the words of the sentence's own document
            out.append((s, features(q, s, top, answerer, rank=i, next_score=nxt), vetoed(answerer, q, s)))
    return out


_PRICED_UNIT = r"(公斤|千克|斤|克|亩|平方米|平米|吨|升|米)"  # measures of stuff (not 张, 人, 天: a ticket is one person's)
_PER_ASKED = re.compile(rf"(?:多少钱|几块钱?|多少)[^，。？?]{{0,2}}(?:一|每|1)个?{_PRICED_UNIT}(?![\u4e00-\u9fff])"
                        rf"|(?:一|每|1)个?{_PRICED_UNIT}[^，。？?]{{0,4}}(?:多少钱|几块|多少)")
_PER_SAID = re.compile(rf"每个?{_PRICED_UNIT}")


# A make asked (什么牌子, 哪个品牌), and a line that names one: by 牌 (品牌, 牌子) or by a name in Latin letters
# (Kawai, Zildjian), a currency's letters aside (HK$480).
_BRAND_ASKED = re.compile(r"(?:什么|啥|哪个|哪种|咩|乜)(?:牌子|品牌|牌)")
_BRAND_SAID = re.compile(r"牌|[A-Za-z]{2,}")
_CURRENCY = re.compile(r"(?:HK|NT|US|MOP|RMB)\$|RMB")


def another_persons_number(question: str, line: str) -> bool:
    """Does the question ask the number of a person it names (站长赵建国的电话) while the line gives a number beside
    another person's name («6. 站长赵建国；投诉电话…（业务主管李红梅）»: the line, whatever its frame names)?"""
    asked = extract.last_person(question)
    said = extract.last_person(line)
    if asked and asked[-1] in _PLACE_ENDS:  # 白沙镇烘干中心预约打哪个电话: a place, which jieba may tag a person
        return False
    return bool(asked and len(asked) >= 2 and said and asked not in line and said not in question)


_PLACE_ENDS = "省市县区镇乡村街路庄"  # the last character of a place's name (白沙镇, 王庄村), none of a person's


def priced_per_another(question: str, piece: str) -> bool:
    """Does the question ask a price per one unit (多少钱一公斤) while the value's piece prices per another unit
    and never per the asked one (每亩收益约8000元)?"""
    m = _PER_ASKED.search(question)
    said = _PER_SAID.findall(piece)
    if m is None or not said:
        return False
    asked = m.group(1) or m.group(2)
    return not any(u == asked or extract.same_measure(u, asked) for u in said)


def trouble_holder(answerer: Answerer, q: Query, scored: list) -> Scored | None:
    """For a 怎么办 whose best candidate never says the trouble asked, the first unvetoed one that does, itself or
    by the thesaurus's word for it (answer.trouble_clause: 卡丢了怎么办, «卡片遗失可凭身份证补办», not «会员卡仅限本人
    使用，购票时须出示电子会员码»), and says every noun of the question. None when none does: a line may well
    remedy a trouble it does not name in the asker's words (忘记密码了咋办)."""
    from wenda.index.answer import trouble_clause, trouble_said

    if q.kind != "remedy" or not scored or trouble_said(q, answerer.corpus.around(scored[0][0].hit.chunk)):
        return None
    for s, _, veto in scored[1:]:
        text = answerer.corpus.plain(s.hit.chunk).text
        if veto is None and s.span is not None and trouble_clause(q, text) is not None \
                and all(holds(n, answerer.corpus.around(s.hit.chunk), answerer.lexicon) for n in q.nouns):
            return s
    return None


def identity_holder(answerer: Answerer, q: Query, ranked: list[Scored]) -> Scored | None:
    """For a named person's role asked (许峰是干什么的, 何东亚是谁): the best candidate that gives that person a
    role (县商务中心区党组书记许峰, 记者 李一), its span the role with the name; None where no candidate does,
    and the question is read as any other."""
    if not q.identity:
        return None
    for s in ranked:
        span = role_of(answerer.corpus.plain(s.hit.chunk).text, q.identity)
        if span is not None:
            return replace(s, span=span)
    return None


def choose(answerer: Answerer, q: Query, ranked: list[Scored],
           decision: Decision | None) -> tuple[Scored, bool, float | None]:
    """(the candidate to answer with, whether to answer, its probability). decision=None: the rule."""
    held = identity_holder(answerer, q, ranked)
    if held is not None:  # 许峰是干什么的: the sentence that gives the person a role, at any rank
        return held, True, None
    if decision is None:
        return ranked[0], rule_found(answerer, q, ranked[0]), None
    best, best_p = ranked[0], -1.0
    scored = candidates(answerer, q, ranked)
    for s, f, veto in scored:
        if veto is None:
            p = decision.probability(f)
            if p > best_p:
                best, best_p = s, p
    special = narrower_day(answerer, q, ranked) or narrower_case(answerer, q, ranked) or case_holder(answerer, q, scored) \
        or cheapest_row(answerer, q, scored) or range_holder(answerer, q, scored) or negated_case(answerer, q, scored) or bare_row_holder(answerer, q, ranked, scored) \
        or modified_row_holder(answerer, q, ranked, scored)
    if special is not None:
        return special, True, best_p if best is special else None
    if scored[0][2] is None and rule_supports(answerer, q, ranked[0]):  # the rule, its veto known
        # The fitting data (encyclopedia passages) hold no fields, tables, document lines or FAQs:
        # where the rule answers, its answer stands; the model adds the answers it refused.
        holder = effective_over(answerer, q, ranked) or rule_before_case(answerer, q, ranked) \
            or noun_holder(answerer, q, ranked[0], scored) or limit_holder(answerer, q, ranked[0], scored) \
            or address_holder(answerer, q, ranked, scored) or time_holder(answerer, q, ranked) \
            or plan_holder(answerer, q, ranked[0], scored) \
            or overview_holder(answerer, q, ranked[0], scored) \
            or deed_holder(answerer, q, ranked) or whether_holder(answerer, q, ranked) \
            or trouble_holder(answerer, q, scored)
        if holder is not None:
            return holder, True, best_p if best is holder else None
        return ranked[0], True, best_p if best is ranked[0] else None
    # (办法哪天开始实施: the «自…起施行» line, before any line whose deed the question's words name: 收到材料之日)
    deed = effective_line(answerer, q, ranked) or deed_holder(answerer, q, ranked) or said_deed(answerer, q, ranked, DEED_DEPTH)
    if deed is not None:
        return deed, True, best_p if best is deed else None
    ruled = dated_holder(answerer, q, scored) or issuer_holder(answerer, q, scored) \
        or time_holder(answerer, q, ranked) \
        or whole_holder(answerer, q, scored) \
        or whether_holder(answerer, q, ranked) or continued_holder(answerer, q, scored) or next_ruled(answerer, q, scored) \
        or titled_holder(answerer, q, scored) \
        or row_named_exactly(answerer, q, ranked, scored) \
        or record_for_whom(answerer, q, scored) \
        or next_measured(answerer, q, ranked, scored) or counted_holder(answerer, q, scored) or rate_holder(answerer, q, scored) \
        or hours_holder(answerer, q, ranked, scored) \
        or next_labelled(answerer, q, ranked, scored) or labelled_place(answerer, q, ranked, scored)
    if ruled is None and best_p < decision.threshold:  # the model would not answer
        ruled = yesno_ruled(answerer, q, scored) or quoted_named(answerer, q, scored) or trouble_holder(answerer, q, scored) \
            or penalty_holder(answerer, q, scored)
    if ruled is not None:
        return ruled, True, best_p if best is ruled else None
    if best_p < 0:
        return ranked[0], False, None
    return best, best_p >= decision.threshold, best_p
