"""corpus/: outlines, FAQ pairs, tables, key–value lines and metadata parse into the structure."""

from __future__ import annotations

import pytest

from wenda.corpus.meta import find_date
from wenda.corpus.outline import numbering
from wenda.corpus.parse import parse_document
from wenda.corpus.shapes import row_text, strip_markup
from support import DATA

DOCS = DATA / "docs"


def _doc(name):
    return parse_document((DOCS / name).read_text(encoding="utf-8"), doc_id=name)


def _section(doc, title):
    (sec,) = [s for s in doc.sections if s.title == title]
    return sec


def test_outline_notice_heading_chains():
    doc = _doc("notice.txt")
    assert [s.chain() for s in doc.sections if s.path] == [
        "工作目标", "实施步骤", "实施步骤 › 宣传发动阶段", "实施步骤 › 集中整治阶段", "实施步骤 › 验收总结阶段",
        "重点任务", "重点任务 › 扎实推进农村厕所革命", "重点任务 › 加快生活污水治理", "重点任务 › 健全垃圾收运体系",
        "保障措施"]
    stage = _section(doc, "集中整治阶段")
    assert stage.heading == "（二）集中整治阶段（3月16日—9月30日）" and stage.level == 2


def test_inline_heading_opens_a_section_and_its_facts_stay_under_it():
    toilet = _section(_doc("notice.txt"), "扎实推进农村厕所革命")
    assert [(p.kind, p.text) for p in toilet.paragraphs] == [
        ("heading", "（一）扎实推进农村厕所革命。"),
        ("body", "新改建户用卫生厕所3200座，同步建设粪污收集点。"),
        ("kv", "牵头单位：县农业农村局。\n配合单位：县卫生健康委、县财政局。")]  # a run of facts: one paragraph
    assert [s.text for s in toilet.paragraphs[2].sentences] == ["牵头单位：县农业农村局。", "配合单位：县卫生健康委、县财政局。"]


def test_notice_metadata_and_labels_that_are_not_sections():
    doc = _doc("notice.txt")
    assert doc.titled and doc.title == "关于印发澄川县2025年农村人居环境整治提升行动方案的通知"
    assert doc.issuer == "澄川县人民政府办公室" and doc.date == "2025年2月26日"
    titles = [s.title for s in doc.sections]
    assert not any(t in titles for t in ("附件", "联系人", "联系电话"))
    last = doc.sections[-1]
    assert last.title == "保障措施"
    assert [p.text for p in last.paragraphs if p.kind == "meta"] == ["澄川县人民政府办公室", "2025年2月26日"]
    assert "澄政办〔2025〕12号" in [p.text for p in doc.sections[0].paragraphs if p.kind == "meta"]


def test_faq_pairs_question_is_the_key_of_its_answer():
    doc = _doc("faq.md")
    pairs = [(p.key, p.text) for s in doc.sections for p in s.paragraphs if p.kind == "qa"]
    assert ("学校有校车吗？", "学校没有校车。县城公交3路和11路在学校正门设有站点，末班车发车时间为20:30。") in pairs
    assert ("晚自习几点结束？", "高一年级晚自习21:10结束，住校生21:40前回到宿舍。") in pairs  # Q:/A:
    assert ("军训服装要另外交钱吗？", "军训服装由学校统一提供，不另收费。") in pairs  # 问…答… on one line
    questions = [p.text for s in doc.sections for p in s.paragraphs if p.kind == "question"]
    assert len(questions) == len(pairs) == 6
    assert not any("*" in p.text or p.text.startswith(("问", "答")) for s in doc.sections for p in s.paragraphs)
    assert [s.title for s in doc.sections if s.title] == ["报到与入学", "住宿与交通", "费用"]


def test_markdown_tables_become_rows_with_their_headers():
    doc = _doc("handbook.md")
    fees = _section(doc, "收费标准")
    assert [p.text for p in fees.paragraphs if p.kind == "row"] == [
        "收费项目：学费 · 标准：每学期1100元 · 备注：开学第一周缴纳",
        "收费项目：住宿费 · 标准：每学期600元 · 备注：仅住校生缴纳",
        "收费项目：作业本费 · 标准：每学年80元 · 备注：按实际使用结算"]
    row = fees.paragraphs[3]
    assert doc.text[row.start:row.end] == "| 住宿费 | 每学期600元 | 仅住校生缴纳 |"  # offsets: the row as written
    assert _section(doc, "二等奖学金").path == ["奖学金", "二等奖学金"]


def test_list_page_items_are_facts_under_their_heading():
    doc = _doc("staff.md")
    second = _section(doc, "高二年级")
    (facts,) = second.paragraphs[1:]
    assert facts.kind == "kv" and [s.text for s in facts.sentences] == ["高二年级主任：黄启明", "年级办公室：行政楼305室"]
    assert doc.title == "澄川县实验中学2025—2026学年年级组安排"


def test_news_title_and_dateline():
    doc = _doc("news.txt")
    assert doc.title == "澄川县举办首届农民丰收节" and doc.date == "2025年9月23日"
    assert doc.issuer == "澄川县融媒体中心"
    kinds = [p.kind for p in doc.sections[0].paragraphs]
    assert kinds[:2] == ["title", "meta"] and kinds.count("body") == 3


@pytest.mark.parametrize("line, style, number, rest", [
    ("第三章 总则", "chapter", 3, "总则"), ("第十二条 学生应当……", "article", 12, "学生应当……"),
    ("一、工作目标", "cn", 1, "工作目标"), ("（二）集中整治阶段", "cn_paren", 2, "集中整治阶段"),
    ("3. 按时报到", "num", 3, "按时报到"), ("1.2 适用范围", "num2", 2, "适用范围"),
    ("（4）其他", "num_paren", 4, "其他"), ("③ 备案", "circled", 3, "备案"),
])
def test_numbering_styles(line, style, number, rest):
    n = numbering(line)
    assert (n.style, n.number, n.rest) == (style, number, rest)


@pytest.mark.parametrize("line", ["2025年3月1日起施行", "1.5米以上", "10.5万元", "3月16日—9月30日", "12345热线"])
def test_figures_and_dates_are_no_numbering(line):
    assert numbering(line) is None


def test_pure_helpers():
    assert row_text(["项目", "", "备注"], ["学费", "1100元", ""]) == "项目：学费 · 1100元"
    text, keep, flags = strip_markup("- **问：新生什么时候报到？**")
    assert text == "问：新生什么时候报到？" and flags["bullet"] and keep[0] == 4
    assert find_date("二〇二五年二月二十六日") == "2025年2月26日" == find_date("发布时间：2025-02-26 09:00")


def test_numbered_list_after_a_colon_is_items_not_headings():
    doc = parse_document("# 报到须知\n\n## 报到材料\n\n报到须携带以下材料：\n1. 录取通知书\n2. 户口本复印件\n3. 一寸照片4张\n"
                         "\n## 报到地点\n\n学校东门体育馆。\n", doc_id="x.md")
    assert [s.title for s in doc.sections if s.title] == ["报到材料", "报到地点"]
    items = [p.text for p in doc.sections[1].paragraphs if p.kind == "body"]
    assert items == ["报到须携带以下材料：", "1. 录取通知书", "2. 户口本复印件", "3. 一寸照片4张"]


def test_a_title_wrapped_over_two_lines_is_one_title():
    doc = parse_document("关于开展2025年全县农村人居环境\n整治提升行动的通知\n\n一、目标\n全县完成改厕3200座。\n", doc_id="x.txt")
    assert doc.title == "关于开展2025年全县农村人居环境整治提升行动的通知"
    assert [p.kind for p in doc.sections[0].paragraphs] == ["title"] and doc.sections[1].title == "目标"


def test_an_issuer_line_then_a_title_wrapped_over_lines():
    doc = parse_document("青川县民政局\n青川县财政局关于提高2028年城乡低保和特困人员救助供\n养标准的通知\n各乡镇：\n"
                         "现将有关事项通知如下：\n一、低保标准\n城市低保每人每月760元。\n", doc_id="x.txt")
    assert doc.title == "青川县财政局关于提高2028年城乡低保和特困人员救助供养标准的通知"
    assert doc.issuer == "青川县民政局"


def test_a_clock_time_is_no_key_value_line():
    doc = parse_document("办事指南\n\n便民服务中心周末上班吗？\n周六上午9:00—12:00正常办公，周日休息。\n", doc_id="x.txt")
    (answer,) = [p for p in doc.sections[0].paragraphs if p.kind == "qa"]
    assert answer.key == "便民服务中心周末上班吗？" and answer.text.startswith("周六上午9:00")


def test_a_bare_label_before_numbered_items_opens_a_part():
    doc = parse_document("青川县冬季水利汇报\n\n白沙镇：打井抗旱\n白沙镇今冬新打机电井32眼。\n\n存在的问题：\n"
                         "（一）部分资金到位慢；\n（二）约15%的工程进度滞后。\n", doc_id="x.txt")
    (part,) = [s for s in doc.sections if any("15%" in p.text for p in s.paragraphs)]
    assert part.title == "存在的问题"  # the county's problems, not the last town's
    assert [s.title for s in doc.sections if s.title][:2] == ["白沙镇", "存在的问题"]
    doc = parse_document("通知\n\n有关事项通知如下：\n1. 停气时间为12月12日。\n", doc_id="y.txt")
    assert "有关事项通知如下" not in [s.title for s in doc.sections]  # a line that leads into its items


def test_a_headers_unit_goes_with_the_bare_numbers_below_it():
    # «运价（元/公斤）» over 0.50: the cell reads 0.50元/公斤; a bracket that names no unit, or a cell with words, stays
    assert row_text(["运距", "运价（元/公斤）", "最低收费(元)"], ["101—300公里", "0.50", "8"]) == \
        "运距：101—300公里 · 运价（元/公斤）：0.50元/公斤 · 最低收费(元)：8元"
    assert row_text(["面积（㎡）", "人数（人）"], ["120", "1,200"]) == "面积（㎡）：120㎡ · 人数（人）：1,200人"
    assert row_text(["时段（周二至周五）", "价格（元）"], ["14", "另议"]) == "时段（周二至周五）：14 · 价格（元）：另议"
