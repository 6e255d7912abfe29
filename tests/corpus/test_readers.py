"""corpus/read_*.py: .docx, .pdf, .html, .xlsx and .csv files become the same structure as text."""

from __future__ import annotations

import shutil

import pytest

from wenda.corpus.load import read_corpus
from support import DATA


def _only(tmp_path, name):
    corpus = read_corpus(tmp_path / name)
    assert not corpus.skipped, corpus.skipped
    (doc,) = corpus.documents
    return doc


def _paragraphs(doc, kind):
    return [p for s in doc.sections for p in s.paragraphs if p.kind == kind]


def test_docx_headings_lists_and_tables(tmp_path):
    docx = pytest.importorskip("docx")
    d = docx.Document()
    d.add_heading("澄川绿野农业科技有限公司员工手册", 0)
    d.add_heading("第一章 考勤", 1)
    d.add_paragraph("公司实行每周五天工作制，上午8:30上班，下午17:30下班。")
    d.add_heading("第二章 假期", 1)
    t = d.add_table(rows=3, cols=3)
    for r, row in enumerate([["假期类型", "天数", "说明"], ["年假", "5天", "入职满一年后享有"],
                             ["婚假", "10天", "须提前两周申请"]]):
        for c, text in enumerate(row):
            t.cell(r, c).text = text
    d.add_paragraph("人事部负责人：谷雨桐", style="List Bullet")
    d.save(tmp_path / "handbook.docx")
    doc = _only(tmp_path, "handbook.docx")
    assert doc.titled and doc.title == "澄川绿野农业科技有限公司员工手册"
    assert [s.title for s in doc.sections if s.title] == ["考勤", "假期"]
    assert [p.text for p in _paragraphs(doc, "row")] == [
        "假期类型：年假 · 天数：5天 · 说明：入职满一年后享有", "假期类型：婚假 · 天数：10天 · 说明：须提前两周申请"]
    assert [p.text for p in _paragraphs(doc, "kv")] == ["人事部负责人：谷雨桐"]


def test_pdf_lines_rejoined_running_lines_dropped(tmp_path):
    fpdf = pytest.importorskip("fpdf")
    pdf = fpdf.FPDF()
    pdf.set_font("Helvetica", size=11)
    pdf.set_auto_page_break(False)
    body = ("The county transport bureau will open three new bus routes on May 1. Route 7 runs from the "
            "railway station to the new hospital every fifteen minutes between six in the morning and ten at night. ")
    for page in range(1, 4):
        pdf.add_page()
        pdf.cell(0, 8, "Chengchuan County Transport Bureau", new_x="LMARGIN", new_y="NEXT")
        pdf.multi_cell(0, 6, f"Page {page} of the notice says what changes on line {page}. " + body + f"Ticket price on this page is {page} yuan and it ends in the middle of a")
        pdf.set_y(-20)
        pdf.cell(0, 8, f"- {page} -")
    pdf.output(str(tmp_path / "bus.pdf"))
    doc = _only(tmp_path, "bus.pdf")
    text = " ".join(s.text for s in doc.sentences())
    assert "Chengchuan County Transport Bureau" not in text
    assert "- 2 -" not in text
    (body_paragraph,) = _paragraphs(doc, "body")  # lines and pages rejoined into one paragraph
    assert body_paragraph.text.count("new bus routes on May 1") == 3  # a line break inside, repaired
    # the sentence cut by the page break goes on, the footer and header between left out
    assert "in the middle of a Page 2 of the notice" in body_paragraph.text


def test_a_pdfs_ruled_table_is_read_as_rows_under_its_header(tmp_path):
    """A ruled table in a PDF (fpdf2 draws its grid) is read by pdfplumber: each row a row under the
    header's names, a wrapped cell whole, the lines pypdf gave for it gone. pypdf alone wrote each row
    as a line of cells run together, and the rows became one passage whose cells no column named."""
    pytest.importorskip("pdfplumber")
    fpdf = pytest.importorskip("fpdf")
    pdf = fpdf.FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    pdf.multi_cell(0, 6, "Help desks are open on working days during the filing period.")
    with pdf.table(col_widths=(20, 50, 40, 30)) as table:
        for cells in [("District", "Desk", "Hours", "Phone"),
                      ("North", "Registration hall on the first floor of the North District Market Bureau",
                       "8:30-12:00, 14:00-17:30", "0735-8261147"),
                      ("Hill", "Window A08", "8:30-12:00, 14:30-18:00", "0735-7345521")]:
            row = table.row()
            for c in cells:
                row.cell(c)
    pdf.multi_cell(0, 6, "Note: desks also open on weekends in June.")
    pdf.output(str(tmp_path / "desks.pdf"))
    doc = _only(tmp_path, "desks.pdf")
    rows = [p.text for p in _paragraphs(doc, "row")]
    assert rows == ["District：North · Desk：Registration hall on the first floor of the North District Market Bureau"
                    " · Hours：8:30-12:00, 14:00-17:30 · Phone：0735-8261147",
                    "District：Hill · Desk：Window A08 · Hours：8:30-12:00, 14:30-18:00 · Phone：0735-7345521"]
    others = " ".join(p.text for s in doc.sections for p in s.paragraphs if p.kind != "row")
    assert "Help desks are open" in others and "Note: desks also open" in others
    assert "0735" not in others and "Window A08" not in others  # the table's lines are not also prose


def test_a_pdf_items_number_set_apart_is_joined_to_its_text(tmp_path):
    """An item's number a PDF sets apart from its text (a cell of its own, a hanging indent) comes as a line of its
    own: it is joined to the text after it, one item, where alone it was an item of nothing and the text a
    paragraph no item held."""
    fpdf = pytest.importorskip("fpdf")
    pdf = fpdf.FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    pdf.multi_cell(0, 8, "6. What happens after the deadline", new_x="LMARGIN", new_y="NEXT")
    # a run with no space to break at (as Chinese is) is wrapped after the number, then where the line ends
    items = ["Companies-that-file-late-are-listed-as-abnormal-from-July-1-and-shown-to-the-public-through-the-system-"
             "until-they-file-every-missing-report-and-ask-the-registration-office-to-take-them-off-the-list.",
             "Sole-traders-that-file-late-are-marked-as-abnormal-but-not-listed-and-may-clear-the-mark-by-filing-"
             "the-missing-report-at-any-time-through-the-website-or-the-mobile-app-without-paying-any-fee."]
    for n, text in enumerate(items, 1):
        pdf.multi_cell(0, 6, f"{n}. {text}", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(tmp_path / "late.pdf"))
    doc = _only(tmp_path, "late.pdf")
    texts = [p.text for s in doc.sections for p in s.paragraphs]
    assert any(t.startswith("1. Companies-that-file-late") for t in texts), texts
    assert any(t.startswith("2. Sole-traders-that-file-late") for t in texts), texts
    assert "1." not in texts and "2." not in texts


def test_pdf_encrypted_or_without_text_is_skipped_with_reason(tmp_path):
    pypdf = pytest.importorskip("pypdf")
    fpdf = pytest.importorskip("fpdf")
    blank = fpdf.FPDF()
    blank.add_page()
    blank.output(str(tmp_path / "scan.pdf"))
    writer = pypdf.PdfWriter(clone_from=str(tmp_path / "scan.pdf"))
    writer.encrypt("secret")
    writer.write(str(tmp_path / "locked.pdf"))
    shutil.copy(DATA / "docs" / "news.txt", tmp_path / "news.txt")
    corpus = read_corpus(tmp_path)
    reasons = {s.path: s.reason for s in corpus.skipped}
    assert "no text layer" in reasons["scan.pdf"] and "encrypted" in reasons["locked.pdf"]
    assert [d.doc_id for d in corpus.documents] == ["news.txt"]


def test_html_main_text_headings_tables(tmp_path):
    shutil.copy(DATA / "docs" / "library.html", tmp_path)
    doc = _only(tmp_path, "library.html")
    assert doc.title == "澄川县图书馆读者须知" and doc.date == "2025年4月8日"
    assert [s.title for s in doc.sections if s.title] == ["开放时间", "借阅规则", "办证"]
    text = doc.text
    assert "首页" not in text and "备案号" not in text and "visits" not in text  # nav, footer, script dropped
    assert _paragraphs(doc, "row")[0].text == "区域：少儿阅览室 · 开放时间：9:00—17:00 · 闭馆日：每周一"


def test_xlsx_and_csv_rows_are_facts(tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "2025年"
    for row in [["乡镇", "卫生院", "床位"], ["柳湾镇", "柳湾镇中心卫生院", 120], ["石门乡", "石门乡卫生院", 45.0]]:
        sheet.append(row)
    book.save(tmp_path / "beds.xlsx")
    doc = _only(tmp_path, "beds.xlsx")
    assert doc.title == "beds" and [s.title for s in doc.sections if s.title] == ["2025年"]
    assert [p.text for p in _paragraphs(doc, "row")] == [
        "乡镇：柳湾镇 · 卫生院：柳湾镇中心卫生院 · 床位：120", "乡镇：石门乡 · 卫生院：石门乡卫生院 · 床位：45"]
    shutil.copy(DATA / "docs" / "clinics.csv", tmp_path)
    doc = _only(tmp_path, "clinics.csv")
    assert _paragraphs(doc, "row")[1].text == "乡镇：石门乡 · 卫生院：石门乡卫生院 · 院长：葛春燕 · 值班电话：0396-7745218"


def test_a_sheets_title_and_caption_rows_are_headings_not_its_header(tmp_path):
    """A workbook's sheet often opens with a one-cell title row above the real header, or stacks two
    tables each after a blank row and a one-cell caption: those lines are headings, every row is read
    under its own header (票種：全票 · 單程：120元), and a closing one-cell note is a paragraph."""
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "票價"
    for row in [["海音島渡輪票價表"], [], ["票種", "單程", "來回"], ["全票", "120元", "220元"], [],
                ["機車託運"], ["車種", "單程"], ["機車", "150元"], [], ["註：票價含保險費"]]:
        sheet.append(row)
    book.save(tmp_path / "ferry.xlsx")
    doc = _only(tmp_path, "ferry.xlsx")
    assert [p.text for p in _paragraphs(doc, "row")] == ["票種：全票 · 單程：120元 · 來回：220元", "車種：機車 · 單程：150元"]
    assert {"海音島渡輪票價表", "機車託運"} <= {s.title for s in doc.sections}
    assert any(p.text.startswith("註：票價含保險費") for s in doc.sections for p in s.paragraphs if p.kind != "row")
    (tmp_path / "hours.csv").write_text("開放時間表,,\n時段,開館,閉館\n平日,9:00,17:00\n", encoding="utf-8")
    doc = _only(tmp_path, "hours.csv")
    assert [p.text for p in _paragraphs(doc, "row")] == ["時段：平日 · 開館：9:00 · 閉館：17:00"]


def test_notes_right_under_a_sheets_table_are_paragraphs_not_rows(tmp_path):
    """Notes a sheet closes with, right under the table's last row with no blank row between (说明：1. …,
    2. …), are paragraphs: read as rows, each took the first column's name («类别：2. 预约须提前…»). A one-cell
    row with table rows after it stays a row of the table."""
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    sheet = book.active
    for row in [["洁净家政服务收费表"], ["类别", "项目", "价格"], ["保洁", "日常保洁", "45元"], ["深度清洗"],
                ["清洗", "油烟机清洗", "168元"], ["说明：1. 价目表自3月1日起执行。"], ["2. 预约须提前一天，首次上门收取全款的20%作订金。"]]:
        sheet.append(row)
    book.save(tmp_path / "clean.xlsx")
    doc = _only(tmp_path, "clean.xlsx")
    rows = [p.text for p in _paragraphs(doc, "row")]
    assert rows[0] == "类别：保洁 · 项目：日常保洁 · 价格：45元" and rows[-1] == "类别：清洗 · 项目：油烟机清洗 · 价格：168元"
    assert any(r.startswith("类别：深度清洗") for r in rows)  # a table row follows it: a row of the table
    others = [p.text for s in doc.sections for p in s.paragraphs if p.kind != "row"]
    assert any(t.startswith("2. 预约须提前一天") for t in others), others
    assert not any("预约须提前" in r for r in rows)
