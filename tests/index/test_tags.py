"""Stored part-of-speech tags (index/tags.py): made with each file's segment, read back at query
time, and always what jieba.posseg (query._posseg) gives for the same text; an incremental
refresh keeps them aligned with the files' sentences."""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest

from support import DATA, INVENTED, REPO, engine_config
from wenda.corpus.load import load_corpus
from wenda.index import extract, segments, tags
from wenda.index.engine import Engine
from wenda.index.query import _posseg
from wenda.index.script import simplify
from wenda.index.store import chunks_from, read_manifest

CORPORA = [REPO / "corpus" / "data", DATA / "docs", DATA / "answers", DATA / "notices", DATA / "villages"]


def posseg(text: str) -> list[tuple[str, str]]:
    return [tuple(w) for w in _posseg().lcut(text)]


def pairs(words) -> list[tuple[str, str]]:
    return [tuple(w) for w in words]


@pytest.fixture(autouse=True)
def no_registered_tags():
    """Each test sees only the indexes it registers itself."""
    tags.forget()
    yield
    tags.forget()


@pytest.mark.parametrize("corpus", CORPORA, ids=lambda p: p.name)
def test_stored_tags_equal_the_tagger_on_every_sentence(corpus: Path, tmp_path: Path):
    chunks = chunks_from(load_corpus(corpus))
    texts = [simplify(c.text) for c in chunks]
    assert texts
    folder = tmp_path / "tags"
    segments.make_tags(chunks).save(folder)
    table = tags.TagTable.load(folder)
    assert len(table) == len(texts)
    assert table.nbytes < 100 * len(texts)  # compact: ~12 bytes a sentence and 2 a word
    tags.use("t", [folder])
    for i, text in enumerate(texts):
        want = posseg(text)
        assert pairs(table.row(i, text)) == want, text  # row i is sentence i
        assert pairs(tags.stored(text)) == want, text  # found by its text
        assert pairs(tags.tagged(text)) == want, text
        assert all(w.word == word and w.flag == flag for w, (word, flag) in zip(tags.tagged(text), want))


def test_any_other_text_is_tagged_now(tmp_path: Path):
    long_word = "x" * (tags.MAX_WORD + 45)  # one ASCII word longer than a byte holds: kept without tags
    texts = ["青山镇镇长李四检查卡点", f"网址是{long_word}，请查看。"]
    tags.make(texts).save(tmp_path / "tags")
    tags.use("t", [tmp_path / "tags"])
    assert pairs(tags.stored(texts[0])) == posseg(texts[0])
    assert tags.stored(texts[1]) is None
    assert max(len(w) for w, _ in posseg(texts[1])) > tags.MAX_WORD
    for text in (texts[1], "绿水镇党委书记孙八带队检查了全部卡点。", "", "  "):
        assert tags.stored(text) is None
        assert pairs(tags.tagged(text)) == posseg(text)


def test_a_row_that_does_not_cover_the_text_is_not_used(tmp_path: Path):
    text = "绿水镇党委书记孙八带队检查了全部卡点。"
    table = tags.make([text])
    assert pairs(table.row(0, text)) == posseg(text)
    assert table.row(0, text + "又") is None
    assert table.row(0, text[:-2]) is None


def test_damaged_or_foreign_tags_are_not_used(tmp_path: Path, caplog):
    text = "青山镇共设置卡点12个,每天出动党员干部80名。"
    folder = tmp_path / "tags"
    tags.make([text]).save(folder)
    flags = np.load(folder / "flags.npy")
    flags[0] = (int(flags[0]) + 1) % 256
    np.save(folder / "flags.npy", flags)
    with pytest.raises(ValueError, match="changed"):
        tags.TagTable.load(folder)
    tags.use("t", [folder, tmp_path / "missing"])
    with caplog.at_level("INFO", logger="wenda.index"):
        assert tags.stored(text) is None
    assert "unusable" in caplog.text and "no stored tags" in caplog.text
    assert pairs(tags.tagged(text)) == posseg(text)
    other = tmp_path / "other"
    tags.make([text]).save(other)
    meta = (other / "meta.json").read_text(encoding="utf-8")
    (other / "meta.json").write_text(meta.replace(tags.tagger(), "jieba 0.1 tables v0"), encoding="utf-8")
    with pytest.raises(ValueError, match="another tagger"):
        tags.TagTable.load(other)


def test_person_extraction_reads_stored_tags_and_answers_the_same(tmp_path: Path, monkeypatch):
    chunks = chunks_from(load_corpus(REPO / "corpus" / "data"))
    texts = [simplify(c.text) for c in chunks]
    before = [(extract.best_person(t, ["书记"]), extract.best_person(t, []), extract.last_person(t)) for t in texts]
    assert sum(b[1] is not None for b in before) >= 5  # the article names people
    segments.make_tags(chunks).save(tmp_path / "tags")
    tags.use("article", [tmp_path / "tags"])
    tagged_now: list[str] = []  # every text the tagger is run on from here

    from wenda.index import jieba_dict

    class Recording:  # jieba's tagger itself (query._posseg's kept cuts go through tags._posseg: no loop)
        def lcut(self, text):
            tagged_now.append(text)
            return jieba_dict.posseg().lcut(text)

    monkeypatch.setattr(tags, "_posseg", Recording)
    monkeypatch.setattr(extract, "_posseg", Recording)
    after = [(extract.best_person(t, ["书记"]), extract.best_person(t, []), extract.last_person(t)) for t in texts]
    assert after == before
    assert not set(tagged_now) & set(texts)  # no whole sentence was tagged again: its tags were read
    tags.forget()
    assert [extract.last_person(t) for t in texts] == [b[2] for b in before]
    assert set(texts) <= set(tagged_now)  # (the recording does see whole sentences when none are stored)


def _corpus(root: Path) -> Path:
    corpus = root / "corpus"
    corpus.mkdir()
    (corpus / "towns.txt").write_text(INVENTED["towns.txt"], encoding="utf-8")
    for name in ("news.txt", "faq.md", "clinics.csv"):
        shutil.copy(DATA / "docs" / name, corpus / name)
    return corpus


def _check_aligned(engine: Engine) -> None:
    """Every sentence of the engine has its stored tags, equal to the tagger's; each file's table
    holds its sentences in order."""
    segments.use_tags(engine.index_dir, engine.store.manifest)
    for c in engine.chunks:
        text = simplify(c.text)
        assert pairs(tags.stored(text) or [("<none>", "")]) == posseg(text), c
    files: dict[str, list] = {}
    for c in engine.chunks:
        files.setdefault(c.doc.split("#", 1)[0], []).append(c)
    folders = segments.tag_folders(engine.index_dir, engine.store.manifest)
    assert all(f.is_dir() for f in folders) and len(folders) == len(files)
    tables = [tags.TagTable.load(f) for f in folders]
    for name, cs in files.items():  # the table of exactly this file's sentences, row by row
        table = next(t for t in tables if len(t) == len(cs) and t.row(0, simplify(cs[0].text)) is not None)
        assert all(table.row(i, simplify(c.text)) is not None for i, c in enumerate(cs)), name


def test_tags_follow_an_incremental_refresh(tmp_path: Path, article_engine):
    corpus = _corpus(tmp_path)
    engine = Engine.open(engine_config(corpus, tmp_path / "idx"), progress=False, encoder=article_engine.encoder)
    _check_aligned(engine)
    faq_only = [simplify(c.text) for c in engine.chunks if c.doc.startswith("faq")]
    faq_only = [t for t in faq_only if t not in {simplify(c.text) for c in engine.chunks if not c.doc.startswith("faq")}]
    assert faq_only and all(tags.stored(t) is not None for t in faq_only)

    old = "青山镇共设置卡点12个,每天出动党员干部80名。"
    assert tags.stored(old) is not None
    towns = INVENTED["towns.txt"].replace("卡点12个", "卡点15个").replace(
        "发放宣传单3000份。", "发放宣传单3000份。青山镇副镇长周九负责物资调配。")
    (corpus / "towns.txt").write_text(towns, encoding="utf-8")  # changed
    shutil.copy(DATA / "notices" / "park.txt", corpus / "park.txt")  # added
    (corpus / "faq.md").unlink()  # removed
    engine = engine.refresh()
    _check_aligned(engine)
    new = "青山镇副镇长周九负责物资调配。"
    assert any(c.text == new for c in engine.chunks) and pairs(tags.stored(new)) == posseg(new)
    assert tags.stored(old) is None  # the changed file's old sentence: its segment is gone
    assert all(tags.stored(t) is None for t in faq_only)  # the removed file's sentences
    assert any(c.doc.startswith("park") for c in engine.chunks)


def test_a_segment_without_tags_gets_them_without_embedding(tmp_path: Path, article_engine):
    corpus = _corpus(tmp_path)
    config = engine_config(corpus, tmp_path / "idx")
    engine = Engine.open(config, progress=False, encoder=article_engine.encoder)
    folders = segments.tag_folders(engine.index_dir, engine.store.manifest)
    shutil.rmtree(folders[0])
    np.save(folders[1] / "starts.npy", np.zeros(3, dtype=np.uint32))  # damaged
    manifest = read_manifest(engine.index_dir)
    assert segments.add_tags(engine.index_dir, manifest) == 2
    assert segments.add_tags(engine.index_dir, manifest) == 0
    _check_aligned(engine)

    shutil.rmtree(folders[2])
    shutil.rmtree(engine.index_dir)  # the next open assembles the index from the cached segments
    engine = Engine.open(config, progress=False, encoder=article_engine.encoder)
    assert engine.info.built_now and engine.store.manifest.embedded == 0
    assert folders[2].is_dir()
    _check_aligned(engine)


def test_an_opened_engine_serves_its_stored_tags(tmp_path: Path):
    """Engine.open registers the index's tags: a sentence of the corpus is looked up, not tagged."""
    engine = Engine.open(engine_config(_corpus(tmp_path), tmp_path / "idx"), progress=False)
    texts = [simplify(c.text) for c in engine.chunks]
    assert texts and all(tags.stored(t) is not None for t in texts)
    assert tags.stored("这句话不在资料里，谁也没存过它的词性。") is None
