"""SQuAD-style JSON (e.g. CMRC 2018), read once for everyone: the corpus loader, evaluation, bench.

    {"data": [{"title": …, "paragraphs": [{"context": …, "qas": [{"id", "question", "answers": [{"text"}]}]}]}]}

Every paragraph with a non-empty context is one passage, a Document titled by its article and
numbered `NAME#0`, `NAME#1`, … in file order (NAME is the file's name in the corpus); each
question says which passage it belongs to by that doc_id, so it can be compared with Quote.doc
when the file itself is the corpus.

    parse_squad(text, name) -> Squad    pure: JSON text in, passages and questions out
    read_squad(path)        -> Squad    the same for a file (NAME is the file's name)

Both raise SquadError; its message says what is wrong, read_squad's also names the file.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from wenda.corpus.parse import parse_document
from wenda.corpus.types import Document


class SquadError(Exception):
    """SQuAD-style data that cannot be used; the message says why."""


@dataclass(frozen=True)
class SquadQuestion:
    id: str | None
    text: str  # the question, as given (non-empty)
    answers: tuple[str, ...]  # distinct non-blank gold answer texts, in file order; () when none
    doc: str  # doc_id of the passage the question is asked about


@dataclass(frozen=True)
class Squad:
    documents: list[Document]  # the passages, in file order
    questions: list[SquadQuestion]  # every question with a non-empty text, in file order


def parse_squad(text: str, name: str) -> Squad:
    """The passages and questions of SQuAD-style JSON text; `name` prefixes the doc_ids."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as e:
        raise SquadError(f"is not valid JSON: {e.msg} at line {e.lineno}") from e
    if not isinstance(data, dict) or not isinstance(data.get("data"), list):
        raise SquadError("is not SQuAD-style JSON (expected {\"data\": [...]})")
    docs: list[Document] = []
    questions: list[SquadQuestion] = []
    for article in data["data"]:
        if not isinstance(article, dict):
            continue
        title = str(article.get("title") or "").strip()
        for para in _list(article.get("paragraphs")):
            context = para.get("context") if isinstance(para, dict) else None
            if not isinstance(context, str) or not context.strip():
                continue
            doc_id = f"{name}#{len(docs)}"
            docs.append(parse_document(context, doc_id=doc_id, title=title))
            for qa in _list(para.get("qas")):
                q = qa.get("question") if isinstance(qa, dict) else None
                if isinstance(q, str) and q.strip():
                    questions.append(SquadQuestion(id=qa.get("id"), text=q, answers=_answers(qa), doc=doc_id))
    return Squad(documents=docs, questions=questions)


def read_squad(path: str | Path) -> Squad:
    """parse_squad of a UTF-8 file, its doc_ids prefixed by the file's name."""
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8-sig")
    except OSError as e:
        raise SquadError(f"cannot read {p}: {e.strerror or e}") from e
    except UnicodeDecodeError as e:
        raise SquadError(f"{p} is not UTF-8 (byte {e.start})") from e
    try:
        return parse_squad(text, p.name)
    except SquadError as e:
        raise SquadError(f"{p} {e}") from e


def _list(value: object) -> list:
    return value if isinstance(value, list) else []


def _answers(qa: dict) -> tuple[str, ...]:
    texts = (str(a.get("text", "")) for a in _list(qa.get("answers")) if isinstance(a, dict))
    return tuple(dict.fromkeys(t for t in texts if t.strip()))
