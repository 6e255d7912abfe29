"""Kinds from the forty-sixth session's tries, on documents written for these tests (a town canteen for the elderly
with a table of prices by age band, a county's notice on winter heating subsidies, a driving school's price sheet, a
Taiwan pet hotel's price list):
- a column asked by the thesaurus's word for its header (午饭 for «午餐», 夜饭 for «晚餐»), the whole header before one
  that holds it (午餐, not 午餐政府补贴); an age said by a bare number after 今年 (我今年72) is 72岁, and the age band
  that holds it is the row; a person named by an age group (65岁的老人) whose band the row sets is no kind of it; an
  age asked (85岁) is not a line's number of another measure (85折);
- a household asked by its condition's person word (低保户) is the row or line of that condition («低保、特困供养
  老年人», «城市低保家庭»), not another's («低保边缘家庭» is its own);
- a meal's line below a sibling's (早饭几点开始: «早餐：6:30—8:00» below the delivery hours) answers;
- Shanghainese 几钿 (how much) and 阿拉 (I); 科一 is 科目一; 便宜多少 asks a sum off; 一共算几天 asks the total; 去哪领
  asks a place;
- 微信 is one word (充值能用微信付吗), and a way of paying asked is ruled on only by a line on paying (not a 微信
  公众号 that reports a lost card); a money noun asked (取暖钱) is the sum of the document about 取暖;
- a clock time a PDF line broke (上午9:0 / 0—12:00) is read whole;
- the one in charge of a body asked (招生的负责人) is its head («招生部经理：…») below another post's line; a fee paid
  (付学费) is any fee a line on paying speaks of;
- the labour asked (工钱) is the fee of the work a row names («仅收安装费»); a clause that ends with what one unit
  holds (…每瓶300克，) prices that unit in the clause after it;
- 过年期间 is the frame «春節期間»; booking is 预约; a row named by the head of the asked word (C2学生寒暑假班 for 大学生);
  a direction (带出去散步) is no kind of the deed (戶外散步);
- 九十几岁 is 九十多岁, an age and some, no question word.
Through a real engine: real model, FAISS, BM25."""

from __future__ import annotations

import pytest

from support import chinese_font, engine_config, says as _says, titled_sheet

CANTEEN = """# 桂塘镇长乐老年食堂就餐管理办法

第三条 本镇户籍60周岁及以上老年人可以办理就餐卡，享受就餐补贴。

第四条 供餐时间如下：

早餐：6:40—8:10（仅周一至周五供应）

午餐：11:10—12:40

晚餐：17:00—18:10

第五条 就餐价格及补贴标准见下表（单位：元/份）：

| 对象类别 | 早餐 | 午餐 | 晚餐 | 午餐政府补贴 |
|---|---|---|---|---|
| 标准价（非补贴对象） | 6元 | 17元 | 14元 | 不补贴 |
| 60—69周岁 | 5元 | 14元 | 11元 | 3元 |
| 70—79周岁 | 4元 | 12元 | 9元 | 5元 |
| 80—89周岁 | 3元 | 9元 | 7元 | 8元 |
| 低保、特困供养老年人 | 2元 | 6元 | 5元 | 11元 |

第六条 80周岁以上的独居老人可申请送餐上门服务。

送餐只提供午餐，每份另收配送费3元，90周岁以上老人免收配送费。送餐时间为11:00—12:00。

第八条 就餐卡在食堂收银台充值，每次充值不低于20元，可使用现金、微信或支付宝。

第九条 老年人也可以在“桂塘长乐”微信公众号上查看下周菜单，办理就餐卡挂失。
"""

HEATING = """柳河县民政局关于发放2027—2028年度冬季取暖补贴的通知

一、补贴标准
1. 城市低保家庭：每户基础补贴650元，另按家庭人口每人加发160元。
2. 农村低保家庭：每户基础补贴480元，每人加发130元。
3. 低保边缘家庭：每户一次性发放320元，不按人口加发。
二、取暖期
本年度取暖期为2027年11月15日至2028年3月15日，共122天。
三、申领程序
1. 县便民服务中心民政窗口受理时间为工作日上午8:30—12:00。
四、申请材料
1. 《柳河县冬季取暖补贴申请表》一式两份，可在窗口领取或在柳河县人民政府网站下载；
2. 户口簿及身份证复印件。
"""

PETS = """# 毛孩樂園寵物旅館收費須知

## 住宿規定

1. 預約專線：(07)551-3300。
2. 農曆春節期間（除夕前3天至初五）每晚另加收NT$280春節服務費，且須住滿3晚以上。
3. 一般住宿每晚NT$800，14晚以上享85折。
4. 付款：接受現金、悠遊卡及信用卡，恕不收支票。

## 房型

| 房型 | 適用對象 | 平日每晚 | 說明 |
|---|---|---|---|
| 標準房 | 10公斤以下犬 | NT$650 | 每日戶外散步1次 |
| VIP套房 | 25公斤以上犬 | NT$1,450 | 每日戶外散步3次 |
"""


def _school_rows() -> list[list[str]]:
    head = ["序号", "班型/项目", "收费标准", "说明"]
    rows = [
        ["1", "C1手动挡普通班", "4280元/人", "学车周期约80天"],
        ["2", "C2学生寒暑假班", "3880元/人", "凭全日制在校学生证报名"],
        ["3", "科目一补考", "60元/次", "同一预约期内最多补考5次"],
        ["4", "科目二补考", "230元/次", "含考前熟悉场地30分钟"],
        ["5", "科目三补考", "290元/次", "补考须间隔10日以上"],
    ]
    return [head, *rows, ["注1：优惠——退役军人凭退役证减300元；应届高中毕业生减200元。"],
            ["注2：付款方式——可使用现金、微信、支付宝或银行卡缴费；使用信用卡刷卡的加收0.5%手续费。"],
            ["注3：投诉监督电话：0574-6218000；总经理：林海波。"],
            ["注4：招生部经理：陈志远，手机13905920000；教练组长：王立军。"]]


REPORT = """青山县2027年辣椒产业发展情况汇报

城南工业园：龙港公司带动加工
城南工业园引进的青山龙港食品有限公司2026年建成投产，主要生产剁椒酱。公司生产的剁椒酱每瓶300克，零售价12.5元。
"""


def _repair_rows() -> list[list[str]]:
    head = ["序号", "类别", "服务项目", "收费标准", "计费单位", "说明"]
    rows = [
        ["1", "上门", "上门检查费", "30元", "次", "维修的免收"],
        ["2", "水路", "更换水龙头", "25元", "个", "仅收安装费，水龙头由客户自备或按店内价另购"],
        ["3", "水路", "更换角阀", "40元", "个", "含普通铜角阀一个"],
    ]
    return [head, *rows]


def _pdf(path, lines: list[str]) -> None:
    """A notice as a PDF page, its lines as given (a sentence broken inside a clock time, as a page wraps it:
    …上午9:0 / 0—12:00…)."""
    fpdf = pytest.importorskip("fpdf")
    font = chinese_font()
    if not font:
        pytest.skip("no Chinese font for the PDF")
    pdf = fpdf.FPDF()
    pdf.add_page()
    pdf.add_font("zh", fname=font)
    pdf.set_font("zh", size=11)
    for line in lines:
        pdf.cell(0, 8, line, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    root = tmp_path_factory.mktemp("meals")
    corpus = root / "corpus"
    corpus.mkdir()
    titled_sheet(corpus / "宁溪市安行驾校2028年招生收费标准.xlsx", "宁溪市安行驾校2028年招生收费标准", _school_rows())
    titled_sheet(corpus / "家和水电维修部收费价目表.xlsx", "家和水电维修部收费价目表", _repair_rows())
    for name, text in {"桂塘镇长乐老年食堂就餐管理办法.md": CANTEEN, "柳河县民政局关于发放冬季取暖补贴的通知.txt": HEATING,
                       "毛孩樂園寵物旅館收費須知.md": PETS, "青山县2027年辣椒产业发展情况汇报.txt": REPORT}.items():
        (corpus / name).write_text(text, encoding="utf-8")
    from wenda.index.engine import Engine

    return Engine.open(engine_config(corpus, root / "idx"), progress=False)


def test_a_band_of_ages_and_the_header_by_its_synonym(engine):
    _says(engine.ask("65岁的老人午饭政府给补贴多少"), "60—69周岁", "3元")
    ans = engine.ask("我今年72，吃顿中饭要几块钱")
    _says(ans, "70—79周岁", "12元")
    assert "5元" not in ans.answer  # the lunch, not the subsidy beside it
    _says(engine.ask("阿拉姆妈83岁了，夜饭几钿？"), "80—89周岁", "7元")
    ans = engine.ask("阿拉姆妈85岁了，夜饭几钿？")  # the pet hotel's «每晚NT$800，14晚以上享85折» gives no age
    assert not ans.found or "NT$800" not in ans.answer, ans.answer


def test_households_by_their_condition(engine):
    _says(engine.ask("低保户吃早饭多少钱"), "低保、特困供养老年人", "2元")
    _says(engine.ask("城里的低保户一户基础补贴给多少钱？"), "650元")
    _says(engine.ask("低保边缘户能领多少取暖钱"), "320元")


def test_a_meal_line_below_the_delivery_hours(engine):
    _says(engine.ask("早饭几点钟开始有得吃"), "6:40")


def test_spoken_words_and_short_names(engine):
    _says(engine.ask("科一挂了，补考要多少钱"), "科目一补考", "60元")
    _says(engine.ask("退伍军人报名便宜多少？"), "300元")
    _says(engine.ask("取暖期一共算几天"), "122天")
    _says(engine.ask("充值能用微信付吗"), "微信")
    ans = engine.ask("就餐卡挂失能用微信交费吗")  # the 公众号 line names 微信 and 挂失, no way of paying
    assert not ans.found or "公众号" not in ans.answer, ans.answer
    _says(engine.ask("寵物旅館可以用悠遊卡付錢嗎"), "悠遊卡")  # «接受現金、悠遊卡…»: accepting is paying
    _says(engine.ask("申请表去哪领啊"), "窗口领取")  # 去哪 asks a place


def test_the_head_of_the_body_asked_and_a_fee_paid(engine):
    _says(engine.ask("招生负责人是谁"), "陈志远")  # the 招生部's head, below the general manager's line

    _says(engine.ask("用信用卡付学费有没有手续费？"), "0.5%")  # 学费 is any fee the payment line speaks of


def test_the_fee_of_the_work_and_a_unit_described_before_its_price(engine):
    _says(engine.ask("换个水龙头收多少工钱"), "25元")  # 工钱: «仅收安装费»
    _says(engine.ask("龙港公司的剁椒酱多少钱一瓶"), "12.5元")  # «…每瓶300克，零售价12.5元»


def test_a_row_named_by_the_head_of_the_asked_word(engine):
    _says(engine.ask("大學生寒暑假班學費幾多錢？"), "3880元")


def test_frames_in_other_words(engine):
    _says(engine.ask("過年期間住宿每晚要多加多少錢"), "NT$280")
    _says(engine.ask("booking電話幾號啊"), "(07)551-3300")
    _says(engine.ask("VIP套房每天會帶出去散步幾次"), "3次")  # 出去 is a direction, no kind of 散步 (戶外散步)


def test_a_clock_time_a_pdf_line_broke_is_read_whole(tmp_path):
    from wenda.corpus.text import glue

    assert glue("上午9:0", "0—12:00") == ""
    assert glue("version 3.5", "4 items") == " "  # Latin text keeps its space
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    _pdf(corpus / "柳河县便民服务中心延时服务的通知.pdf", ["柳河县便民服务中心关于延时服务的通知", "一、延时服务",
                                                       "为方便群众办事，11月每个星期六上午9:0",
                                                       "0—12:00，县便民服务中心民政窗口提供延时服务。"])
    from wenda.index.engine import Engine

    eng = Engine.open(engine_config(corpus, tmp_path / "idx"), progress=False)
    _says(eng.ask("禮拜六幾點可以去辦"), "9:00—12:00")


def test_spoken_forms_read_as_written():
    from wenda.index.query import spoken_to_written

    assert spoken_to_written("九十几岁的老人吃饭收不收钱") == "九十多岁的老人吃饭收不收钱"  # an age and some, nothing asked
    assert spoken_to_written("我今年72，吃顿午饭多少钱") == "我今年72岁，吃顿午饭多少钱"
    assert spoken_to_written("今年2028年的补贴") == "今年2028年的补贴"  # a year, no age
    assert spoken_to_written("科三补考多少钱") == "科目三补考多少钱"
    assert spoken_to_written("内科一病区在几楼") == "内科一病区在几楼"  # a ward, no driving test
    assert spoken_to_written("两科一起报一共多少钱") == "两科一起报一共多少钱"  # two subjects, together
    assert spoken_to_written("取暖期一共算几天") == "取暖期一共几天"
