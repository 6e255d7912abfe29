"""What the tests share: paths, a small invented corpus, and (in fake_telegram) a fake Bot API server."""

import weakref
from pathlib import Path

TESTS = Path(__file__).resolve().parents[1]
REPO = TESTS.parent
DATA = TESTS / "data"

# A small invented county in the article's style: two towns, nothing the bundled article says.
INVENTED = {
    "towns.txt": """青山镇：众志成城抗疫情

记者 王五 通讯员 赵六

青山镇镇长李四检查卡点

青山镇共设置卡点12个,每天出动党员干部80名。全镇排查返乡人员356人,发放宣传单3000份。

绿水镇：守护绿水一方平安

记者 王五 通讯员 钱七

绿水镇设置卡点7个,向红十字会捐款2万元。绿水镇党委书记孙八带队检查了全部卡点。
""",
}


def engine_config(corpus=None, index_dir=None):
    """The engine settings a user would get from this environment (conftest points the cache at
    the test cache), with the given corpus and index folder."""
    import os

    from wenda.bot.config import Config

    return Config.from_env(os.environ).engine.with_paths(corpus, index_dir)


def says(ans, *parts):
    """Assert that an answer was found and that its answer line holds each of `parts` verbatim."""
    assert ans.found, ans.question
    for part in parts:
        assert part in ans.answer, (ans.question, ans.answer)


def chinese_font() -> str | None:
    """A font file that draws Chinese in a test PDF (fpdf2's add_font), or None when the machine has none."""
    import glob

    fonts = glob.glob("/usr/share/fonts/**/wqy-zenhei.ttc", recursive=True) + glob.glob("/usr/share/fonts/**/*CJK*.tt[cf]", recursive=True)
    return fonts[0] if fonts else None


def titled_sheet(path, title: str, rows: list[list[str]]) -> None:
    """An Excel price sheet as a business writes one: a title row, then the header and the rows ("" is an empty cell)."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append([title])
    for row in rows:
        ws.append([cell or None for cell in row])
    wb.save(path)


def text_engine(tmp_path, files: dict[str, str]):
    """A real engine over documents written here (file name → text), its index beside them."""
    from wenda.index.engine import Engine

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, text in files.items():
        (corpus / name).write_text(text, encoding="utf-8")
    return Engine.open(engine_config(corpus, tmp_path / "idx"), progress=False)


def folder_engine(tmp_path_factory, name: str):
    """A real engine over a copy of the documents of tests/data/NAME (its index in the same temporary folder)."""
    import shutil

    from wenda.index.engine import Engine

    root = tmp_path_factory.mktemp(name)
    shutil.copytree(DATA / name, root / "corpus")
    return Engine.open(engine_config(root / "corpus", root / "idx"), progress=False)


def document_text(path: Path) -> str:
    """A test document's text as its format's reader gives it (PDF, HTML, Word, Excel) or as written:
    what a questions file's verbatim keys and answers are checked against."""
    if path.suffix == ".pdf":
        from wenda.corpus.read_pdf import read_pdf

        return read_pdf(path)
    if path.suffix == ".html":
        from wenda.corpus.read_html import read_html

        return read_html(path.read_text(encoding="utf-8"))
    if path.suffix == ".docx":
        from wenda.corpus.read_docx import read_docx

        return read_docx(path)
    if path.suffix == ".xlsx":
        from wenda.corpus.read_sheet import read_xlsx

        return read_xlsx(path)
    return path.read_text(encoding="utf-8")


def questions(name: str) -> list[dict]:
    """A questions file of tests/data (q, answerable, keys, answer_any), read as `wenda eval` reads it."""
    from wenda.index.evaluation.data import load_questions

    return load_questions(DATA / name)


def assert_well_formed(name: str, items: list[dict], *, at_least: int, unanswerable: int) -> None:
    """A held-out set's shape: at least `at_least` questions, `unanswerable` of them unanswerable by design, none asked
    twice, one document of each kind (Excel, Word, text, PDF, Markdown) in tests/data/NAME, and every key and gold
    answer the documents' own text (the Excel, Word and PDF as wenda reads them)."""
    assert len(items) >= at_least
    assert sum(not q["answerable"] for q in items) >= unanswerable
    assert len({q["q"] for q in items}) == len(items)
    files = sorted((DATA / name).iterdir())
    assert {p.suffix for p in files} == {".xlsx", ".docx", ".txt", ".pdf", ".md"}
    text = "".join(document_text(p) for p in files)
    for q in items:
        assert all(k in text for k in q["keys"] + q["answer_any"]), q["q"]


def right(item: dict, ans) -> bool:
    """Is `ans` the right reply to one question of a questions file (q, answerable, keys, answer_any)?
    Refused when unanswerable; else found, a gold answer in the answer line and a key in the first quote."""
    if not item["answerable"]:
        return not ans.found
    return (ans.found and any(a in ans.answer for a in item["answer_any"])
            and any(k in ans.quotes[0].text for k in item["keys"]))


def answered_right(engine, item: dict) -> bool:
    """One question of a questions file through an engine, judged by `right`."""
    return right(item, engine.ask(item["q"]))


# Each engine's answers to the questions of a held-out set, by question: its floor tests and its unit test
# judge the same answers, so each question is asked of a (module-scoped, never changed) engine once.
_ANSWERS: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()


def asked_once(engine, question: str):
    """The engine's answer to `question`, asked the first time and remembered for that engine."""
    answers = _ANSWERS.setdefault(engine, {})
    if question not in answers:
        answers[question] = engine.ask(question)
    return answers[question]


def misses(engine, items: list[dict]) -> list[tuple[str, str | None]]:
    """(question, answer line) of each item the engine gets wrong, each asked once."""
    return [(item["q"], ans.answer) for item in items if not right(item, ans := asked_once(engine, item["q"]))]


def held(engine, items: list[dict], answerable: bool) -> tuple[int, list[tuple[str, str | None]]]:
    """Of a questions file's answerable (or unanswerable) items: how many the engine gets right, and
    the (question, answer line) of those it misses."""
    asked = [item for item in items if item["answerable"] is answerable]
    wrong = misses(engine, asked)
    return len(asked) - len(wrong), wrong


def figures_of_another_unit(engine, items: list[dict]) -> tuple[int, list[tuple[str, str]]]:
    """Every answered figure of a questions file checked against the measure word asked:
    (how many were checked, the (question, figure) pairs whose unit disagrees). A figure agrees
    when its measure word does, or when it stands right beside the very noun asked with a unit
    of the same class (102幅 横幅 for 多少条横幅), or, for a sum asked, when it is a share of the sum a cut
    or refund asks (能退多少钱: 九成) or a share the answer line sets as the sum paid or charged (要付多少钱:
    «水电验收合格后付30%»; 管理费收多少: «价格：5%»)."""
    from wenda.index import extract
    from wenda.index.query import counted_noun, measure_word, spoken_to_written

    checked, wrong = 0, []
    for item in items:
        measure = measure_word(spoken_to_written(item["q"]))  # as the engine reads it (几个钟: 几个小时)
        ans = asked_once(engine, item["q"])
        if ans.found and measure and ans.figures:
            checked += 1
            fig = ans.figures[0]
            noun = counted_noun(item["q"])
            at = ans.answer.find(fig)
            share = extract.Span(fig, at, at + len(fig)) if at >= 0 else None
            if not (extract.measure_agrees(fig, measure)
                    or (extract.unit_class(measure) == "money" and extract.fits_kind(fig, "money", item["q"]))
                    or (extract.unit_class(measure) == "money" and share is not None  # 要付多少钱: «…后付30%»
                        and (extract.share_paid(ans.answer, share, item["q"]) or extract.share_of_sum(ans.answer, share)))
                    or (noun and noun in ans.answer
                        and extract.unit_class(extract.unit_of(fig)) == extract.unit_class(measure))):
                wrong.append((item["q"], fig))
    return checked, wrong


class HoldsTheFloor:
    """The tests of a held-out question set: its answers and its refusals stay at or above the figures
    measured when it was written (`floor`). A test module subclasses it (class TestHeldOut) with its
    `questions` and `floor`, beside a module fixture `engine` over the set's documents."""

    questions: list[dict] = []
    floor: dict[str, int] = {}

    def test_answers_hold_the_floor(self, engine):
        right, wrong = held(engine, self.questions, answerable=True)
        assert right >= self.floor["answers"], wrong

    def test_refusals_hold_the_floor(self, engine):
        right, wrong = held(engine, self.questions, answerable=False)
        assert right >= self.floor["refusals"], wrong


class NoFigureOfAnotherUnit:
    """A held-out set's test that no answered figure has another unit than the one asked, over at least
    `figures` answered figures (so that the check has something to check)."""

    questions: list[dict] = []
    figures = 10

    def test_no_answered_figure_has_another_unit(self, engine):
        checked, wrong = figures_of_another_unit(engine, self.questions)
        assert wrong == []
        assert checked >= self.figures, f"{checked} answered figures with a measure word checked, {self.figures} expected"
