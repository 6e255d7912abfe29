"""corpus/: documents → sections → paragraphs → sentences, with offsets and layout repair."""

from __future__ import annotations

import json

import pytest

from wenda.corpus.load import CorpusError, corpus_hash, default_corpus_dir, load_corpus, read_corpus
from wenda.corpus.parse import parse_document
from wenda.corpus.text import continues, is_byline, is_caption, is_heading, split_sentences

ARTICLE = default_corpus_dir() / "fugou_covid_towns.txt"


@pytest.fixture(scope="module")
def article():
    return parse_document(ARTICLE.read_text(encoding="utf-8"), doc_id=ARTICLE.name)


def test_article_sections_in_order(article):
    assert [s.title for s in article.sections] == ["商务中心区", "大李庄乡", "白潭镇", "崔桥镇"]
    assert article.sections[3].heading == "崔桥镇：举全镇之力密织抗疫防护网"


def test_every_section_has_heading_byline_caption_and_body(article):
    for section in article.sections:
        kinds = [p.kind for p in section.paragraphs]
        assert kinds[0] == "heading"
        assert kinds[1] == "byline"
        assert "caption" in kinds and kinds.count("body") >= 3
        byline = section.paragraphs[1].text
        assert byline.startswith("记者") and "通讯员" in byline


def test_captions_stay_with_their_section(article):
    captions = {s.title: [p.text for p in s.paragraphs if p.kind == "caption"] for s in article.sections}
    assert "大李庄乡乡长丁俊邦检查医院疫情防控工作" in captions["大李庄乡"]
    assert "义务消毒队对城区进行消毒" in captions["商务中心区"]  # the photo at the end of its section
    assert "崔桥镇镇长田艳华入户排查" in captions["崔桥镇"]


@pytest.mark.parametrize("word", ["体温计", "保护人民群众", "其他人员接触"])
def test_layout_breaks_repaired(article, word):
    sentences = [s.text for s in article.sentences()]
    assert any(word in s for s in sentences), word
    assert not any("\n" in s for s in sentences)


def test_offsets_point_back_into_the_file(article):
    text = article.text
    for s in article.sentences():
        original = text[s.start:s.end]
        assert original.replace("\n", "") == s.text
        assert original[0] == s.text[0] and original[-1] == s.text[-1]


def test_headings_and_captions_never_glued(article):
    for section in article.sections:
        for p in section.paragraphs:
            if p.kind == "body":
                assert section.heading not in p.text
                assert not any(c.text in p.text for c in section.paragraphs if c.kind == "caption")


def test_sentence_split_keeps_ascii_commas_and_parentheses():
    text = "2020年1月24日(除夕),县里召开会议;设卡点43个。你好吗？“好!”最后一句"
    spans = split_sentences(text)
    assert [text[s:e] for s, e in spans] == [
        "2020年1月24日(除夕),县里召开会议;", "设卡点43个。", "你好吗？", "“好!”", "最后一句"]


def test_line_classes():
    assert is_heading("青山镇：众志成城抗疫情") == "青山镇"
    assert is_heading("## 第二部分") == "第二部分"
    assert is_heading("据统计：全乡设卡点21个，值勤人员179人，劝阻车辆160辆，这一句很长很长很长。") is None
    assert is_byline("记者 王五 通讯员 赵六")
    assert not is_byline("记者们在现场采访了很多群众。")
    assert is_caption("青山镇镇长李四检查卡点")
    assert not is_caption("设卡点43个。")
    assert continues("这是一段很长的正文，讲述了全镇干部群众如何做好防控工作，购买口罩、体温", "计等物品。")
    assert not continues("短行", "计等物品。")
    assert not continues("这是一段很长的正文，讲述了全镇干部群众如何做好防控工作，购买口罩、体温", "绿水镇：标题")


INVENTED = """青山镇：众志成城抗疫情

记者 王五 通讯员 赵六

青山镇镇长李四检查卡点

青山镇共设置卡点12个,每天出动党员干部80名。全镇排查返乡人员
356人,发放宣传单3000份。

绿水镇：守护绿水一方平安

记者 王五 通讯员 钱七

绿水镇设置卡点7个,捐款2万元。
"""


def test_an_invented_county_parses_the_same_way(tmp_path):
    doc = parse_document(INVENTED, doc_id="x.txt")
    assert [s.title for s in doc.sections] == ["青山镇", "绿水镇"]
    body = [p for p in doc.sections[0].paragraphs if p.kind == "body"]
    assert len(body) == 1 and "返乡人员356人" in body[0].text
    assert doc.sections[1].paragraphs[1].kind == "byline"


def test_load_folder_of_txt_md_and_squad(tmp_path):
    (tmp_path / "a.txt").write_text(INVENTED, encoding="utf-8")
    (tmp_path / "b.md").write_text("# 红河村\n\n红河村有农户120户。\n\n- 第一项\n- 第二项\n", encoding="utf-8")
    squad = {"data": [{"title": "长江", "paragraphs": [{"context": "长江全长6300公里。", "qas": []},
                                                   {"context": "", "qas": []}]}]}
    (tmp_path / "c.json").write_text(json.dumps(squad, ensure_ascii=False), encoding="utf-8")
    (tmp_path / "ignored.bin").write_bytes(b"\0\1")
    docs = load_corpus(tmp_path)
    assert [d.doc_id for d in docs] == ["a.txt", "b.md", "c.json#0"]
    assert docs[1].sections[0].title == "红河村"
    # list items are facts of their section, their bullets left out
    assert [(p.kind, p.text) for p in docs[1].sections[0].paragraphs if p.kind != "heading"] == [
        ("body", "红河村有农户120户。"), ("body", "第一项"), ("body", "第二项")]
    assert docs[2].title == "长江" and docs[2].sections[0].title == "长江"


def test_corpus_hash_changes_with_content(tmp_path):
    (tmp_path / "a.txt").write_text("甲。", encoding="utf-8")
    h1 = corpus_hash(tmp_path)
    (tmp_path / "a.txt").write_text("乙。", encoding="utf-8")
    assert corpus_hash(tmp_path) != h1


def test_bad_corpora_give_clear_errors_naming_the_path(tmp_path):
    with pytest.raises(CorpusError, match="not found"):
        load_corpus(tmp_path / "missing")
    with pytest.raises(CorpusError, match="no documents"):
        load_corpus(tmp_path)
    bad = tmp_path / "gbk.txt"
    bad.write_bytes("崔桥镇设卡点".encode("gbk"))
    with pytest.raises(CorpusError, match=r"gbk.txt is not UTF-8"):  # nothing else to read: its error
        load_corpus(tmp_path)
    (tmp_path / "broken.json").write_text("{nope", encoding="utf-8")
    (tmp_path / "good.txt").write_text("甲镇设卡点7个。", encoding="utf-8")
    corpus = read_corpus(tmp_path)  # bad files are skipped, one line each, the others read
    assert [d.doc_id for d in corpus.documents] == ["good.txt"]
    assert [s.path for s in corpus.skipped] == ["broken.json", "gbk.txt"]
    assert corpus.skipped[0].reason.startswith("is not valid JSON")
    assert corpus.skipped[1].reason.startswith("is not UTF-8") and "iconv" in corpus.skipped[1].reason
    assert str(corpus.skipped[1]).startswith("skipped gbk.txt: is not UTF-8")


NOTICE = """翠湖公园关于举办灯会的公告
广大市民游客：
现将游园有关事项公告如下：
一、展出时间
1. 2027年1月29日至2月28日，每天17:00至22:00开放。
2. 除夕当晚闭园一天；元宵节当晚延长开放至23:30。
二、门票
1. 成人票每张60元；儿童凭有效证件购买半价票30元。
2. 身高1.2米以下的儿童免票。
三、管理
1. 园区管理处负责游园秩序的维护；市场监管所负责园内摊位的检查。
2. 身高不足1.2米的儿童须由成人陪同。
四、联系方式
咨询电话：0571-87965120
"""


def test_a_notices_outline_titles_its_parts_and_its_numbered_lines_stay_items():
    """«公告如下：» then 一、展出时间 … 二、门票: the 一、 lines title parts (the next number comes further down),
    not the first item of a list the colon opens; 2. after a numbered paragraph is the same run, and an item
    that states a figure (成人票每张60元；…) or ends in a semicolon (园区管理处负责…；…) is no inline heading, and a
    short line numbered after a numbered paragraph goes on with it."""
    doc = parse_document(NOTICE, "notice.txt")
    assert [s.title for s in doc.sections if s.title] == ["展出时间", "门票", "管理", "联系方式"]
    tickets = next(s for s in doc.sections if s.title == "门票")
    assert [p.kind for p in tickets.paragraphs if p.kind != "heading"] == ["body", "body"]
    assert "成人票每张60元" in tickets.paragraphs[1].text
    times = next(s for s in doc.sections if s.title == "展出时间")
    assert any("除夕当晚闭园一天" in p.text and p.kind == "body" for p in times.paragraphs)


SHORT_TITLES = """清河县2026年乡村旅游情况

二、各乡镇情况

柳湾镇：古镇夜游
柳湾镇开放夜游街区1条，国庆期间接待游客3.2万人次。

桃源乡：民宿
桃源乡新开民宿18家，床位420张。

联系人：周国栋
联系电话：0391-5551234
"""


def test_a_place_with_a_short_title_opens_its_section_and_a_fact_line_stays_a_fact():
    """«桃源乡：民宿»: a title of a few words after a place's name, the next line about the place, opens its
    section as «柳湾镇：古镇夜游» does; «联系人：周国栋» stays a fact, its value as short."""
    doc = parse_document(SHORT_TITLES, "report.txt")
    assert [s.title for s in doc.sections if s.title][-2:] == ["柳湾镇", "桃源乡"]
    village = next(s for s in doc.sections if s.title == "桃源乡")
    assert any("床位420张" in p.text for p in village.paragraphs)
    assert any(p.kind == "kv" and "周国栋" in p.text for s in doc.sections for p in s.paragraphs)


def test_a_numbered_fact_broken_by_the_page_goes_on():
    """A PDF's numbered «键：值» item that runs as prose and breaks mid-sentence is one sentence with the line
    after it (the item's figures were cut off: «…体育中心3» and «个站，全程22公里»); a short fact stops where it
    ends; a number a Chinese line broke (3路、1 / 5路) is one number."""
    from wenda.corpus.parse import blocks

    text = ("一、线路调整\n"
            "1. 3路：发车间隔由12分钟缩短为8分钟，新投放新能源公交车10辆。\n"
            "2. K9路快线：从火车站开往高铁站，中途只停靠市政府、万达广场、体育中心3\n"
            "个站，全程22公里，单程运行时间约40分钟。\n"
            "3. 联系人：刘振宇\n"
            "欢迎乘客监督\n"
            "因城东新区建成投用，经市交通运输局批准，自2027年4月1日起对3路、1\n5路、28路公交线路进行调整。")
    got = [b.text for b in blocks(text)]
    assert any("体育中心3个站，全程22公里" in t for t in got)
    assert not any("个站，全程" in t and "体育中心" not in t for t in got)
    assert not any("刘振宇欢迎" in t for t in got)  # a short fact is no broken sentence
    assert any("3路、15路、28路" in t for t in got)


def test_one_labels_list_by_days_is_one_sentence():
    """A label said once for a list of clauses by days, cut by semicolons (营业时间：周一至周四…；周五…；周六…), is one
    sentence: each clause alone would lose the label. Lines whose clauses each have a label of their own, clauses of
    other things than days (售票大厅…；雪具大厅…; 每天…；除夕…), prose cut by semicolons and clauses too long to be one
    list's members are sentences each, as before."""
    def sentences(line):
        doc = parse_document("某店须知\n\n" + line + "\n", "d")
        return [s.text for sec in doc.sections for p in sec.paragraphs for s in p.sentences if s.text != "某店须知"]

    hours = "营业时间：周一至周四13:00至23:00；周五13:00至翌日凌晨1:00；周六、周日10:00至翌日凌晨1:00"
    assert sentences(hours) == [hours]
    assert sentences("店长：林冠宇；组长：张雅婷") == ["店长：林冠宇；", "组长：张雅婷"]
    assert sentences("订位专线：(02)2375-6618；LINE ID：@mijing") == ["订位专线：(02)2375-6618；", "LINE ID：@mijing"]
    assert len(sentences("营业时间：售票大厅7:30至16:00；雪具大厅8:00至17:00")) == 2
    assert len(sentences("营业时间：每天8:00至20:00；除夕营业至14:00")) == 2
    assert len(sentences("今天风大；明天下雨")) == 2
    long = "营业时间：" + "；".join(["周一至周五9:00至17:00，入场前请出示本人有效身份证件并配合工作人员完成安全检查"] * 2)
    assert len(sentences(long)) == 2
