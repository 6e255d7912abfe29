"""The incremental index (index/segments.py): adding, changing or removing one file embeds only
that file, and the engine afterwards equals a full rebuild on the same files: the same chunks
(ids and paragraph numbers renumbered in corpus order), the same vectors, the same answers.

A counting wrapper around the real model records every sentence sent to be embedded.
"""

from __future__ import annotations

import json
import logging
import shutil
from dataclasses import asdict
from pathlib import Path

import numpy as np
import pytest

from support import DATA, INVENTED, engine_config
from wenda.index.engine import Engine, EngineError
from wenda.index.segments import segments_dir
from wenda.index.store import read_manifest

TOWNS = INVENTED["towns.txt"]
QUESTIONS = [json.loads(line)["q"] for line in (DATA / "doc_questions.jsonl").read_text(encoding="utf-8").splitlines()
             if line.strip()] + ["青山镇设了多少个卡点？", "绿水镇捐了多少钱", "青山镇排查了多少返乡人员？",
                                 "绿水镇党委书记叫什么名字"]


class Counting:
    """The real encoder, recording the texts of every encode_document call."""

    def __init__(self, encoder):
        self.inner = encoder
        self.name, self.model_id, self.dim = encoder.name, encoder.model_id, encoder.dim
        self.path, self.backend, self.source = encoder.path, encoder.backend, encoder.source
        self.embedded: list[str] = []

    def encode_query(self, texts, batch_size=64):
        return self.inner.encode_query(texts, batch_size)

    def encode_document(self, texts, batch_size=64, progress=False):
        self.embedded.extend(texts)
        return self.inner.encode_document(texts, batch_size, progress)

    def take(self) -> list[str]:
        out, self.embedded = self.embedded, []
        return out


@pytest.fixture(scope="module")
def built(tmp_path_factory, article_engine):
    """A corpus of the test documents (every kind of file) and its index, built once."""
    root = tmp_path_factory.mktemp("base")
    shutil.copytree(DATA / "docs", root / "corpus")
    encoder = Counting(article_engine.encoder)
    engine = Engine.open(engine_config(root / "corpus", root / "idx"), progress=False, encoder=encoder)
    assert len(encoder.take()) == len(engine.chunks) > 0  # the first build embeds everything
    return root


@pytest.fixture()
def setup(built, tmp_path, article_engine):
    """A copy of that corpus and index (with its segments) to change, an engine on it and a
    counting encoder."""
    for name in ("corpus", "idx", "idx.segments"):
        shutil.copytree(built / name, tmp_path / name)
    encoder = Counting(article_engine.encoder)
    engine = Engine.open(engine_config(tmp_path / "corpus", tmp_path / "idx"), progress=False, encoder=encoder)
    assert not engine.info.built_now and encoder.take() == []
    return tmp_path / "corpus", engine, encoder


def answers(engine: Engine) -> list[dict]:
    out = []
    for q in QUESTIONS:
        a = engine.ask(q).to_json()
        a.pop("ms")
        out.append(a)
    return out


def assert_equals_full_build(engine: Engine, tmp_path: Path, article_engine, name: str) -> None:
    """The engine equals one built from scratch (a fresh index folder, every file embedded)."""
    fresh = Engine.open(engine.config.with_paths(index_dir=tmp_path / f"fresh-{name}"), progress=False,
                        encoder=article_engine.encoder)
    assert fresh.store.manifest.embedded == len(fresh.chunks)  # really built from scratch
    assert [asdict(c) for c in engine.chunks] == [asdict(c) for c in fresh.chunks]
    assert [c.id for c in engine.chunks] == list(range(len(engine.chunks)))
    assert np.array_equal(engine.store.vectors, fresh.store.vectors)
    assert engine.documents() == fresh.documents()
    assert engine.info.documents == fresh.info.documents and engine.info.sentences == fresh.info.sentences
    assert answers(engine) == answers(fresh)


def file_sentences(engine: Engine, name: str) -> list[str]:
    return [c.context() for c in engine.chunks if c.doc.split("#", 1)[0] == name]


def test_add_change_remove_one_file_embeds_only_it_and_equals_a_full_rebuild(setup, tmp_path, article_engine):
    corpus, engine, encoder = setup
    assert not engine.ask("青山镇设了多少个卡点？").found

    (corpus / "towns.txt").write_text(TOWNS, encoding="utf-8")             # add
    added = engine.refresh()
    assert encoder.take() == file_sentences(added, "towns.txt") != []
    assert added.store.manifest.embedded == len(file_sentences(added, "towns.txt"))
    assert added.ask("青山镇设了多少个卡点？").figures == ["12个"]
    assert not engine.ask("青山镇设了多少个卡点？").found                     # the old engine is unchanged
    assert "towns.txt" in [d.name for d in added.documents()]
    assert_equals_full_build(added, tmp_path, article_engine, "add")

    (corpus / "towns.txt").write_text(TOWNS.replace("卡点12个", "卡点15个"), encoding="utf-8")  # change
    changed = added.refresh()
    assert encoder.take() == file_sentences(changed, "towns.txt")
    assert changed.ask("青山镇设了多少个卡点？").figures == ["15个"]
    assert added.ask("青山镇设了多少个卡点？").figures == ["12个"]
    assert_equals_full_build(changed, tmp_path, article_engine, "change")

    # remove a file in the middle of the corpus order: every later chunk is renumbered
    gone = file_sentences(changed, "library.html")
    assert gone and changed.chunks[-1].doc == "towns.txt"
    (corpus / "library.html").unlink()
    removed = changed.refresh()
    assert encoder.take() == []                                             # nothing embedded at all
    assert removed.store.manifest.embedded == 0
    assert len(removed.chunks) == len(changed.chunks) - len(gone)
    assert "library.html" not in [d.name for d in removed.documents()]
    assert_equals_full_build(removed, tmp_path, article_engine, "remove")


def test_manifest_lists_the_files_and_unused_segments_are_collected(setup):
    corpus, engine, encoder = setup
    idx = engine.index_dir
    names = sorted(p.name for p in corpus.iterdir())
    assert sorted(read_manifest(idx).sources) == names
    assert len(list(segments_dir(idx).iterdir())) == len(names)
    (corpus / "news.txt").write_text((corpus / "news.txt").read_text(encoding="utf-8") + "\n新的一段话写在这里。\n",
                                     encoding="utf-8")
    (corpus / "staff.md").unlink()
    refreshed = engine.refresh()
    manifest = read_manifest(idx)
    assert sorted(manifest.sources) == sorted(set(names) - {"staff.md"})
    assert manifest.sources["news.txt"] != engine.store.manifest.sources["news.txt"]
    # the old news.txt and staff.md segments are gone; one segment per file remains
    assert len(list(segments_dir(idx).iterdir())) == len(names) - 1
    assert refreshed.info.built_now and encoder.take() == file_sentences(refreshed, "news.txt")


def test_rebuild_embeds_every_file_again(setup):
    corpus, engine, encoder = setup
    again = engine.rebuild()
    assert sorted(encoder.take()) == sorted(c.context() for c in again.chunks)
    assert again.store.manifest.embedded == len(again.chunks)
    assert len(list(segments_dir(engine.index_dir).iterdir())) == len(list(corpus.iterdir()))


def test_a_damaged_segment_is_made_again_and_the_others_are_reused(setup, caplog):
    corpus, engine, encoder = setup
    idx = engine.index_dir
    damaged = 0
    for seg in segments_dir(idx).iterdir():
        meta = json.loads((seg / "meta.json").read_text(encoding="utf-8"))
        if meta["name"] == "faq.md":
            (seg / "vectors.npy").write_bytes((seg / "vectors.npy").read_bytes()[:-40])
            damaged += 1
    assert damaged == 1
    (idx / "manifest.json").unlink()                     # the index must be assembled again
    with caplog.at_level(logging.INFO, logger="wenda.index"):
        again = Engine.open(engine.config, progress=False, encoder=encoder)
    assert encoder.take() == file_sentences(again, "faq.md")
    assert any("is unusable" in r.getMessage() for r in caplog.records)
    assert [asdict(c) for c in again.chunks] == [asdict(c) for c in engine.chunks]
    assert np.array_equal(again.store.vectors, engine.store.vectors)


def test_an_unreadable_new_file_is_skipped_and_nothing_else_is_embedded(setup, caplog):
    corpus, engine, encoder = setup
    (corpus / "broken.txt").write_bytes("青山镇共设置卡点12个。".encode("gbk"))
    with caplog.at_level(logging.WARNING, logger="wenda.index"):
        again = engine.refresh()
    assert encoder.take() == []
    assert "broken.txt" not in read_manifest(engine.index_dir).sources
    assert any("broken.txt" in r.getMessage() and "UTF-8" in r.getMessage() for r in caplog.records)
    assert answers(again) == answers(engine)


def test_a_corpus_with_nothing_readable_left_is_refused_and_the_index_kept(setup):
    corpus, engine, encoder = setup
    for p in corpus.iterdir():
        p.unlink()
    (corpus / "broken.txt").write_bytes("青山镇共设置卡点12个。".encode("gbk"))
    before = read_manifest(engine.index_dir)
    with pytest.raises(EngineError, match="broken.txt"):
        engine.refresh()
    assert read_manifest(engine.index_dir) == before                        # the old index is untouched
    assert engine.ask("厕所革命由哪个部门牵头？").found                        # and the old engine answers


def test_index_info_lists_the_documents_and_what_changed_since(setup, capsys):
    from wenda.bot.cli import main

    corpus, engine, encoder = setup
    (corpus / "news.txt").write_text((corpus / "news.txt").read_text(encoding="utf-8") + "\n又一句。\n",
                                     encoding="utf-8")
    (corpus / "staff.md").unlink()
    (corpus / "towns.txt").write_text(TOWNS, encoding="utf-8")
    assert main(["index", "info", "--corpus", str(corpus), "--index", str(engine.index_dir)]) == 0
    out = capsys.readouterr().out
    lines = [line.strip() for line in out.splitlines()]
    assert f"documents in the index: {len(engine.documents())}" in lines
    assert "news.txt  (changed since)" in lines and "staff.md  (removed since)" in lines
    assert "towns.txt  (new: not indexed yet)" in lines and "faq.md" in lines
    assert "state:  stale (the corpus changed since the index was built; it is rebuilt on next use)" in lines
    assert not any(line.startswith(("sources:", "files:")) for line in lines)   # no hash tables dumped
