"""The evaluation data, as plain dicts the evaluators take.

* a questions file (JSONL, one object per line: `q`, `answerable`, `keys`, `answer_any`) —
  questions about a corpus whose answers and source sentences are known → load_questions;
* SQuAD-style data (e.g. CMRC 2018): every paragraph is one document of a pooled corpus and each
  question is asked against the whole pool → load_squad (read by wenda.corpus.squad, the one
  SQuAD reader, so the questions' `doc` ids are the corpus's doc_ids).

Both raise EvalDataError with a message that names the file (and line).
"""

from __future__ import annotations

import json
from pathlib import Path

from wenda.corpus.squad import Squad, SquadError, read_squad


class EvalDataError(Exception):
    """An evaluation file that cannot be read; the message names the file and line."""


def load_questions(path: str | Path) -> list[dict]:
    """A questions file: JSONL with q, answerable, keys, answer_any (other fields are kept)."""
    p = Path(path)
    try:
        lines = p.read_text(encoding="utf-8-sig").splitlines()
    except OSError as e:
        raise EvalDataError(f"cannot read questions file {p}: {e.strerror or e}") from e
    except UnicodeDecodeError as e:
        raise EvalDataError(f"{p} is not UTF-8") from e
    out = []
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as e:
            raise EvalDataError(f"{p}:{n}: not JSON ({e.msg})") from e
        if not isinstance(item, dict) or not isinstance(item.get("q"), str):
            raise EvalDataError(f"{p}:{n}: expected an object with a string \"q\"")
        answerable = bool(item.get("answerable", True))
        keys = [str(k) for k in item.get("keys") or []]
        answer_any = [str(a) for a in item.get("answer_any") or []]
        if answerable and not (keys and answer_any):
            raise EvalDataError(f"{p}:{n}: an answerable question needs \"keys\" and \"answer_any\"")
        out.append({**item, "answerable": answerable, "keys": keys, "answer_any": answer_any})
    if not out:
        raise EvalDataError(f"no questions in {p}")
    return out


def squad_questions(squad: Squad) -> list[dict]:
    """The questions with a gold answer: id, q, answers (distinct gold texts), doc (their passage's doc_id)."""
    return [{"id": x.id, "q": x.text, "answers": list(x.answers), "doc": x.doc}
            for x in squad.questions if x.answers]


def load_squad(path: str | Path) -> list[dict]:
    """squad_questions of a SQuAD-style file, doc ids as the engine gives them when the file is the corpus."""
    try:
        out = squad_questions(read_squad(path))
    except SquadError as e:
        raise EvalDataError(str(e)) from e
    if not out:
        raise EvalDataError(f"no answerable questions in {Path(path)}")
    return out
