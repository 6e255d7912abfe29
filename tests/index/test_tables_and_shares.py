"""Kinds from the fiftieth session's tries (a decoration company's labour price sheet, a market bureau's notice on
annual reports with a help-desk table in its PDF, a Hong Kong climbing gym, a university's scholarship rules) and
unseen47's misses, on documents written for these tests:
- a PDF's ruled table is read row by row (pdfplumber): a district's desk, its phone and its afternoon hours are
  that row's, a place asked takes the row's place cell and never its phone's (咨询窗口在哪儿: not «咨询电话»), and a
  row's hours of a morning and an afternoon («8:30—12:00，14:30—18:00») hold the afternoon;
- a rent asked takes the row's rent column (租拳套: «租借：$20/次», not «售價：$480起»), a purchase its sale column,
  and a row priced only for rent answers no purchase;
- 男士皮鞋 is the row's «（男鞋）», the question's own words shortened; 补个底 is the deed 补 on the 底;
  厨房卫生间 is a row's 厨卫 and 冬天春天 a line's 冬春, two words said by their first characters;
- a row's note that adds to its price for a case the question does not name («双层石膏板加收20元/㎡») gives no
  price of the row's own case;
- a lesson priced 每堂 answers 多少钱一节; a count before a class's name (试玩一次体验班) is no sibling modifier of it;
- a count of 表演点 is said by the line's 点位 under the heading «表演点位和时间»;
- 占多少, 占多大比重 and a bare 占比 at a question's end ask a share (三分之一, 70%), not a count;
- a money column whose unit is per year («奖励金额（元/人·年）») is no time to answer when;
- 造假 is the rules' 弄虚作假, 门槛石 the sheet's 过门石, 补贴 a report's 补助, Cantonese 细路 a 小童.
Through a real engine: real model, FAISS, BM25."""

from __future__ import annotations

import pytest

from support import chinese_font, engine_config, says, titled_sheet

RULES = """# 皖江理工大学本科生奖学金评定管理办法

## 第二章 评审机构

第五条 各学院成立评审小组，小组人数不少于7人，其中学生代表不少于小组成员的三分之一。

## 第三章 评定条件

第九条 综合测评成绩按百分制计算，其中学业成绩占70%，思想品德素质占15%，文体及社会实践占15%。

第十一条 申请人提供材料弄虚作假的，取消其当年评奖资格，两年内不得参评各类奖学金。

## 第四章 奖学金种类

| 等级 | 奖励金额（元/人·年） | 评定比例 |
|---|---|---|
| 一等奖学金 | 8000元/人·年 | 3% |
| 二等奖学金 | 5000元/人·年 | 8% |
"""

REPORT = """# 云岗县2027年黑山羊产业发展情况汇报

## 主要做法

县财政对新建标准化羊舍每平方米补助80元，对引进良种公羊的每只补助1500元。

## 存在的问题

（一）饲草供应不足，冬春季节饲草缺口约30%，部分农户仍靠放牧，生态保护压力较大。

（二）屠宰加工能力弱，全县只有1家定点屠宰场。
"""

STREET = """# 宁州市街头艺人表演管理办法

## 第三章 表演点位和时间

第十一条 首批设置点位28个，主要分布在滨江公园、人民广场和老街步行街。

第十二条 表演时间为每天10:00至12:00、16:00至22:00。

第十三条 每场表演时长不超过2小时，同一点位每天最多安排3场。表演者应当提前1天预约点位。
"""

GYM = """# 峰石攀石館觀塘店須知

## 使用守則

1. 12歲以下小童必須由一名18歲或以上成人全程陪同及看管。

## 課程收費

| 課程 | 對象 | 學費 |
|---|---|---|
| 抱石體驗班 | 16歲或以上，無經驗人士 | $380 |
| 抱石入門班 | 16歲或以上 | $1,080 |
| 私人教練課 | 任何程度 | $680/堂 |

## 裝備

| 項目 | 租借 | 售價 |
|---|---|---|
| 拳套 | $20/次 | $480起 |
| 護脛 | $20/次 | $420 |

| 裝備 | 租用價錢（每次） |
|---|---|
| 攀石鞋 | $35 |
| 吊帶 | $20 |
"""


def _repair_rows() -> list[list]:
    return [["序号", "类别", "服务项目", "收费标准", "单位", "说明"],
            ["1", "修鞋", "钉前掌（橡胶）", "25元", "双", "进口防滑橡胶掌，当天可取"],
            ["2", "修鞋", "钉后跟（男鞋）", "20元", "双", "牛筋后跟，立等可取"],
            ["3", "修鞋", "换女鞋鞋跟", "35元", "双", "细跟、粗跟均可换"],
            ["4", "修鞋", "运动鞋补底", "40元", "双", "限胶底运动鞋，气垫鞋不接"],
            ["5", "修鞋", "皮鞋换整底", "120元起", "双", "橡胶底；换牛皮底另加60元"],
            ["6", "装修", "厨卫铝扣板吊顶安装", "40元/㎡", "元/㎡", "仅安装"],
            ["7", "装修", "石膏板平顶吊顶（轻钢龙骨）", "85元/㎡", "元/㎡", "按投影面积计；双层石膏板加收20元/㎡"],
            ["8", "装修", "过门石、窗台石安装", "35元/米", "元/米", "按长度计"],
            ["9", "其他", "配鞋带", "5元", "双", "皮鞋蜡绳8元一双"]]


DESKS = [("区域", "窗口位置", "地址", "服务时间", "咨询电话"),
         ("市本级", "市政务服务中心三楼C区18—20号窗口", "滨江大道288号", "9:00—12:00，13:30—17:00", "0735-8200361"),
         ("江北区", "江北区市场监管局一楼登记大厅", "北辰路56号", "8:30—12:00，14:00—17:30", "0735-8261147"),
         ("临河县", "临河县市场监管局登记股", "城关镇解放路21号", "8:00—12:00，14:30—17:30", "0735-6120335"),
         ("青山县", "青山县政务服务中心一楼A08窗口", "迎宾大道18号", "8:30—12:00，14:30—18:00", "0735-7345521")]


def _notice_pdf(path, font: str) -> None:
    """A bureau's notice as a PDF page: a heading, a paragraph, the help desks as a ruled table, a note."""
    import fpdf

    pdf = fpdf.FPDF()
    pdf.add_page()
    pdf.add_font("zh", fname=font)
    pdf.set_font("zh", size=11)
    pdf.multi_cell(0, 8, "临江市市场监督管理局关于做好2028年度年报公示工作的通知", new_x="LMARGIN", new_y="NEXT")
    pdf.multi_cell(0, 8, "八、咨询服务窗口", new_x="LMARGIN", new_y="NEXT")
    pdf.multi_cell(0, 6, "年报期间，各区（县）设立年报咨询服务窗口，服务时间为法定工作日。", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("zh", size=9)
    with pdf.table(col_widths=(14, 52, 30, 52, 26), headings_style=fpdf.FontFace(emphasis="")) as table:
        for cells in DESKS:
            row = table.row()
            for c in cells:
                row.cell(c)
    pdf.set_font("zh", size=11)
    pdf.multi_cell(0, 6, "注：6月各窗口周六照常开放。", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    from wenda.index.engine import Engine

    root = tmp_path_factory.mktemp("tables")
    corpus = root / "corpus"
    corpus.mkdir()
    (corpus / "皖江理工大学本科生奖学金评定管理办法.md").write_text(RULES, encoding="utf-8")
    (corpus / "云岗县黑山羊产业汇报.txt").write_text(REPORT, encoding="utf-8")
    (corpus / "峰石攀石館須知.md").write_text(GYM, encoding="utf-8")
    (corpus / "宁州市街头艺人表演管理办法.md").write_text(STREET, encoding="utf-8")
    titled_sheet(corpus / "修鞋装修收费表.xlsx", "老周修鞋及装修人工收费价目表", _repair_rows())
    font = chinese_font()
    if font:
        pytest.importorskip("fpdf")
        _notice_pdf(corpus / "临江市年报公示通知.pdf", font)
    eng = Engine.open(engine_config(corpus, root / "idx"), progress=False)
    eng.has_pdf = bool(font)
    return eng


def test_a_pdf_tables_row_answers_its_district(engine):
    if not engine.has_pdf:
        pytest.skip("no Chinese font for the PDF")
    says(engine.ask("江北区的年报咨询窗口在哪儿"), "江北区市场监管局一楼登记大厅")
    says(engine.ask("临河县的咨询电话多少"), "0735-6120335")
    ans = engine.ask("青山县窗口下午几点关门")
    says(ans, "18:00")
    assert "0735-8200361" not in ans.answer and "17:30" not in ans.answer


def test_a_rent_or_a_purchase_takes_its_column(engine):
    ans = engine.ask("租拳套幾錢一次")
    says(ans, "$20")
    assert "$480" not in ans.answer
    says(engine.ask("拳套買一對幾錢"), "$480")
    ans = engine.ask("攀石鞋可以喺度買嗎？賣幾錢")
    assert not ans.found or "$35" not in ans.answer, ans.answer  # the shoes are only rented


def test_words_of_the_question_shortened_in_the_line(engine):
    says(engine.ask("男士皮鞋钉后跟几块钱一双"), "20元")
    says(engine.ask("运动鞋补个底多少钱"), "40元")
    says(engine.ask("厨房卫生间装铝扣板吊顶安装费多少"), "40元")
    says(engine.ask("冬天春天饲草缺多少"), "30%")


def test_a_surcharge_for_a_case_not_asked_is_no_price(engine):
    says(engine.ask("客厅做个平顶的石膏板吊顶，人工一平米多少"), "85元")  # not the note's «双层石膏板加收20元/㎡»
    says(engine.ask("双层石膏板吊顶要加多少钱"), "20元")  # the case the note is for


def test_lessons_by_the_堂_and_a_count_before_a_name(engine):
    says(engine.ask("私教课多少钱一节"), "$680")
    says(engine.ask("想試下玩一次體驗班，幾錢？"), "$380")


def test_a_count_of_what_the_heading_names(engine):
    says(engine.ask("第一批设了多少个表演点"), "28个")  # «首批设置点位28个» under «表演点位和时间»


def test_a_share_asked(engine):
    says(engine.ask("评审小组里学生代表至少占多少"), "三分之一")
    says(engine.ask("综测里面学习成绩占多大比重"), "70%")
    says(engine.ask("思想品德在综合测评中占比"), "15%")


def test_a_yearly_sum_is_no_time(engine):
    ans = engine.ask("奖学金的钱什么时候发下来")  # the rules never say when
    assert not ans.found, ans.answer  # not «奖励金额（元/人·年）：5000元/人·年»


def test_words_said_otherwise(engine):
    says(engine.ask("被查出材料造假，以后多久不能再评奖学金"), "两年内")
    says(engine.ask("门槛石安装费多少"), "35元")
    says(engine.ask("引进一只良种公羊补贴多少"), "1500元")
    says(engine.ask("細路幾多歲以下一定要大人陪"), "12歲")
