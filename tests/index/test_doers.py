"""Who does a deed when no person's name says it (谁在城区搞消毒: 义务消毒队): the group, role or body
before the deed or after what hands it on (由, 经, 组织, 派), never the deed's object, a place or a
pronoun (extract.doers); the deed words a 谁 question asks the doer of (answer.deed_words); and a
real engine over a notice written here (tests/data/doers) that answers by them and still refuses."""

from __future__ import annotations

import pytest

from support import DATA, text_engine
from wenda.index import extract
from wenda.index.answer import held_role
from wenda.index.reading import deed_words
from wenda.index.query import keyword_tags


@pytest.mark.parametrize("sentence, deeds, expected", [
    ("义务消毒队对城区进行消毒", ["消毒"], ["义务消毒队"]),  # 城区 is what is disinfected; 消毒队's 消毒 no deed
    ("由村管干部对其家庭进行消毒", ["消毒"], ["村管干部"]),  # 对其家庭: the object, its pronoun too
    ("庞庄村为减少群众外出,组织村干部统一为村民购买、配送元宵", ["购买"], ["村干部"]),  # handed on
    ("爱心企业与爱心人士纷纷捐款捐物", ["捐款捐物"], ["爱心企业与爱心人士"]),  # joined doers, one phrase
    ("彩色打印须部门负责人审批", ["审批"], ["部门负责人"]),  # after a modal, not the topic 彩色打印
    ("由乡纪委牵头成立了防控督导组", ["牵头", "成立"], ["乡纪委"]),
    ("该办法由市交通运输局负责解释", ["解释"], ["市交通运输局"]),  # 负责: a light verb
    ("神州天地体育传媒（北京）有限公司担任总运营商", ["担任"], ["神州天地体育传媒（北京）有限公司"]),  # a body whole
    ("3天以上由分管副总经理审批", ["审批"], ["分管副总经理"]),  # the verb that says which one
    ("退休教师与爱心商户纷纷捐赠图书", ["捐赠"], ["退休教师与爱心商户"]),
])
def test_the_doer_of_a_deed(sentence, deeds, expected):
    got = extract.doers(sentence, deeds)
    assert [d.text for d in got] == expected
    assert all(sentence[d.start:d.end] == d.text for d in got)


@pytest.mark.parametrize("sentence, deeds", [
    ("他对城区进行消毒", ["消毒"]),  # a pronoun: the sentence before names who
    ("手指再植手术结束,他委托妻子照顾孩子后", ["委托"]),  # 委托 tagged a noun, 他 its doer
    ("村民外出购买元宵", ["购买"]),  # another deed (外出) stands between
    ("庞庄村组织村干部购买元宵", ["组织"]),  # a place is no doer
    ("2月8日,为村民购买元宵", ["购买"]),  # only the deed's beneficiary
    ("义务消毒队对城区进行消毒", ["清扫"]),  # the deed is not said
    ("网球比赛的主裁判坐在高椅上，他对比赛中所有事件拥有最终仲裁权。", ["比赛", "拥有"]),  # 比赛的: a thing;
    ("因此他提出建立国际联盟，即国际社会提供保证", ["提出", "提供"]),  # 他 did the deed asked
    ("副教务长分别负责协助教务长执行事务", ["执行"]),  # the object of 协助, which hands nothing on
    ("学院的各个院长同样由理事会委任", []),  # 委任 is no duty 由 hands out
])  # 所有事件 is 对's noun, 他 a pronoun
def test_no_doer(sentence, deeds):
    assert extract.doers(sentence, deeds) == []


@pytest.mark.parametrize("question, words", [
    ("谁在城区搞消毒", ("消毒",)),  # 搞 helps, 城区 is a place
    ("庞庄村元宵节派谁给村民买元宵", ("买",)),  # 派 hands the deed on
    ("崔桥镇督导组由谁带队", ("带队",)),  # tagged a noun, right after 谁
    ("谁负责审批", ("审批",)),  # 负责 only when alone
    ("捐献医用口罩的是谁", ("捐献",)),  # the deed before 的是谁
    ("谁是商务中心区的党组书记", ()),  # a role, no deed
    ("运营单位的负责人是谁", ()),
    ("谁在网球比赛中拥有最终仲裁权", ("拥有", "仲裁")),  # 在…中 says where
])
def test_the_deed_a_who_question_asks(question, words):
    assert deed_words(question, keyword_tags(question)) == words


LEADERS = "由乡长丁俊邦任组长,其他科级干部任副组长,党政办、卫生院、交管站等站所负责人和各村党支部书记为成员;"


@pytest.mark.parametrize("role, holder", [
    ("组长", "乡长丁俊邦"), ("副组长", "其他科级干部"),
    ("成员", "党政办、卫生院、交管站等站所负责人和各村党支部书记"),  # a list, whatever jieba tags its words
    ("主任", None),  # not handed out
])
def test_who_holds_a_role(role, holder):
    got = extract.role_holders(LEADERS, role)
    assert [h.text for h in got] == ([holder] if holder else [])


def test_the_role_a_question_asks_the_holders_of():
    assert held_role("大李庄乡领导小组的成员都有谁") == "成员"
    assert held_role("学校校长是谁") == "校长"
    assert held_role("谁在城区搞消毒") is None


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    notice = (DATA / "doers" / "spring_cleanup.txt").read_text(encoding="utf-8")
    return text_engine(tmp_path_factory.mktemp("doers"), {"spring_cleanup.txt": notice})


@pytest.mark.parametrize("question, doer", [
    ("谁打扫楼道", "志愿服务队"),  # 清扫 says 打扫
    ("社区派谁给居民换门禁卡", "物业人员"),  # handed on by 组织
    ("违章搭建谁来拆", "街道城管中队"),
    ("谁捐了图书", "退休教师"),
    ("活动的钱谁出", "社区居委会"),  # 出 unsaid: whom 由 names
    ("整治工作小组的成员都有谁", "业主委员会"),  # the list that holds the role, not the 组长's name
    ("整治小组组长是谁", "韩晓东"),
])
def test_the_engine_answers_who_by_the_doer(engine, question, doer):
    ans = engine.ask(question)
    assert ans.found and doer in ans.span and doer in ans.answer


@pytest.mark.parametrize("question", ["谁负责修剪树木", "物业经理是谁", "谁给居民发放口罩", "整治小组副组长是谁"])
def test_the_engine_still_refuses(engine, question):
    assert not engine.ask(question).found
