"""Words that mean the same: the corpus's own word for a word of the question (卡点 for 卡口).

The corpus vocabulary is the BM25 vocabulary of the index (query.tokens of every sentence's
context), restricted to content words of two or more characters, each embedded once with the
engine's encoder. A question's word is compared with every corpus word; a corpus word is its
neighbour when the cosine is both above an absolute floor and among the highest the word has
with this corpus (above the word's own `percentile`): e5's cosines are compressed (unrelated
words score about 0.85), so only the top of each word's own distribution says anything.

The numbers come from bench/fit_lexicon.py, kept in index/data/lexicon.json.

Word vectors are cached on disk per model (``<cache_dir>/words/<model id>/``: words.txt and
vectors.npy, written whole through files.atomic_dir), so a new corpus or a grown one embeds
only the words never seen before.

A question's words the corpus never uses are embedded one by one when first looked up, not all
at once when the question is read: most are never looked up (a candidate sentence holds the word
as written), and on the CMRC 2018 dev set only about a quarter of them are. A word's vector does
not depend on the batch it is computed in (the attention mask hides the padding exactly), so this
changes no vector. Those vectors and their neighbours are kept for the QUESTION_CACHE words used
most recently.

e5-small cannot tell a thing from its siblings by word vectors alone (检查点 sits nearest 监测点, a
sibling in the very sentence that counts 卡点; 值班 and 执勤 score as unrelated words do). Where its
neighbours fail, or offer only a sibling in form, a bilingual dictionary speaks (index/synonyms.py,
CC-CEDICT glosses): a word it translates alike (执勤 for 值班, GLOSS_WEIGHT), or a corpus word of two
characters opening with the character that carries the gloss (卡点 for 检查站 and checkpoint, by
关卡, 卡子, 岗卡: MORPHEME_WEIGHT). A word the dictionary lacks (检查点) borrows the gloss that e5
places nearest among those of the dictionary's words of its modifier (检查站's "checkpoint").
Only words the corpus never uses are mapped, as before: a word the corpus uses is itself or nothing.
While a candidate sentence is judged (`Lexicon.within` its document), a word that only other documents
use may still be said here by the dictionaries' word for it (大件 asked of a garbage notice that writes
大型废弃物, while a furniture shop's FAQ says 大件), never by a mere neighbour in meaning (考核良好 is not
优秀): each document's words come from the BM25 index's inverted lists (BM25Index.words_by).
"""

from __future__ import annotations

import json
import logging
import os
import re
import threading
from collections import OrderedDict
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from wenda.index import extract, synonyms
from wenda.index.query import _posseg, sounds_alike
from wenda.index.files import atomic_dir
from wenda.index.script import simplify

log = logging.getLogger("wenda.index")

FIT_FILE = Path(__file__).resolve().parent / "data" / "lexicon.json"
_CONTENT = re.compile(r"^[\u4e00-\u9fff]{2,8}$")  # a Chinese word of 2 to 8 characters
QUESTION_CACHE = 4096  # question words whose vectors and neighbours are kept (least recently used go first)
# A word whose characters the text spells in order, starting with its first, within a phrase
# of at most this many characters per character (宿管 in 宿舍管理员, 支书 in 党支部书记), counts this much.
ABBREVIATION_SPREAD = 3
ABBREVIATION_WEIGHT = 0.8
# A word the dictionary translates as it does the question's (index/synonyms.glossed: 执勤 for 值班)
# counts this much: above SUBJECT_WEIGHT (support.py), what is measured may be named so.
GLOSS_WEIGHT = 0.9
# A corpus word of two characters opening with the character that carries the question word's gloss
# (index/synonyms.morphemes: 卡点 for 检查站, by 关卡, 卡子, 岗卡) counts this much: enough to hold a
# word (support.MEANING_WEIGHT), not to name what is measured (support.SUBJECT_WEIGHT).
MORPHEME_WEIGHT = 0.6
# A corpus word the question's word misspells by one character of (nearly) the same sound (中兴 for
# 中心: Lexicon.misspelt) counts this much: it holds the word, and may name what is measured.
TYPO_WEIGHT = 0.8
NUMERALS = "零〇一二两三四五六七八九十百千万0123456789"  # question words kept in memory (vectors and neighbours)


# Heads that name people or places in general (人员, 地方): said only at the end of a longer word (特困人员,
# 工作人员), they name that kind, never another word's meaning.
_GENERIC_HEADS = frozenset({"人员", "人士", "对象", "地方", "地点", "单位", "机构", "部门", "场所", "物品", "东西"})


_WORKER = re.compile(r"(?:师傅|工人|工|员|师)$")  # a worker by the word for their trade (维修工, 抢修师傅)


def generic_head_only(word: str, text: str) -> bool:
    """Is `word` a general head (_GENERIC_HEADS) that `text` says only as the end of a longer word of two
    characters or more before it (特困人员, 重度残疾人)?"""
    if word not in _GENERIC_HEADS:
        return False
    return all(re.match(r"[\u4e00-\u9fff][^\W\d_的之等]$", text[max(0, m.start() - 2):m.start()])
               for m in re.finditer(re.escape(word), text))  # (…保险的人员: persons, a head of its own)


@dataclass(frozen=True)
class Fit:
    """What a cosine between two words means (fitted by bench/fit_lexicon.py)."""

    floor: float  # at or below: no relation (the highest cosine of unrelated word pairs)
    full: float  # at or above: a synonym counts fully (the median cosine of synonym pairs)
    percentile: float  # a neighbour must also beat this percentile of the word's cosines to the corpus
    k: int  # at most this many neighbours per word
    suggest: float  # a neighbour at least this weight is offered as the corpus's word in a refusal

    @classmethod
    def load(cls, path: Path = FIT_FILE) -> Fit:
        data = json.loads(path.read_text(encoding="utf-8"))
        return cls(**{k: data[k] for k in ("floor", "full", "percentile", "k", "suggest")})

    def weight(self, cosine: float) -> float:
        """0 at the floor, rising linearly to 1 at `full`."""
        return float(min(1.0, max(0.0, (cosine - self.floor) / max(1e-6, self.full - self.floor))))


def vocabulary(token_lists) -> list[str]:
    """The content words of a corpus's token lists, in Simplified characters, sorted."""
    return sorted({simplify(t) for toks in token_lists for t in toks if _CONTENT.match(simplify(t))})


def _safe(model_id: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]+", "_", model_id)[:120] or "model"


class StoredVectors(Mapping):
    """The cached word vectors as a read-only mapping, word -> vector, over a memory-mapped array:
    a start reads only the rows of the corpus's own words (the cache holds every corpus's words)."""

    def __init__(self, words: list[str], vectors: np.ndarray):
        self.rows = {w: i for i, w in enumerate(words)}
        self.vectors = vectors

    def __getitem__(self, word: str) -> np.ndarray:
        return self.vectors[self.rows[word]]

    def __iter__(self):
        return iter(self.rows)

    def __len__(self) -> int:
        return len(self.rows)

    def take(self, words: list[str]) -> np.ndarray:
        return np.asarray(self.vectors[[self.rows[w] for w in words]], dtype=np.float32)


class WordCache:
    """Word vectors of one model on disk: a folder with words.txt (one a line) and vectors.npy."""

    def __init__(self, cache_dir: Path, model_id: str):
        self.folder = Path(cache_dir) / "words" / _safe(model_id)

    def load(self) -> StoredVectors:
        """The cached words and vectors (memory-mapped); empty when missing or damaged."""
        try:
            words = (self.folder / "words.txt").read_text(encoding="utf-8").split("\n")
            vecs = np.load(self.folder / "vectors.npy", mmap_mode="r")
        except (OSError, ValueError):
            return StoredVectors([], np.zeros((0, 0), dtype=np.float32))
        if vecs.ndim != 2 or len(words) != len(vecs):
            return StoredVectors([], np.zeros((0, 0), dtype=np.float32))
        return StoredVectors(words, vecs)

    def save(self, words: list[str], vectors: np.ndarray) -> None:
        try:
            with atomic_dir(self.folder) as tmp:
                (tmp / "words.txt").write_text("\n".join(words), encoding="utf-8")
                np.save(tmp / "vectors.npy", np.asarray(vectors, dtype=np.float32))
        except OSError as e:  # a read-only cache: the words are embedded again next time
            log.warning("word vectors not cached in %s: %s", self.folder, e)


def embed_words(encoder, words: list[str]) -> np.ndarray:
    return np.asarray(encoder.encode_query(words, batch_size=128), dtype=np.float32)


class Recent:
    """At most `size` entries, the least recently used dropped first; safe across threads."""

    def __init__(self, size: int):
        self.size = size
        self._items: OrderedDict = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key):
        with self._lock:
            value = self._items.get(key)
            if value is not None:
                self._items.move_to_end(key)
            return value

    def put(self, key, value) -> None:
        with self._lock:
            self._items[key] = value
            self._items.move_to_end(key)
            while len(self._items) > self.size:
                self._items.popitem(last=False)

    def __contains__(self, key) -> bool:
        return key in self._items

    def __len__(self) -> int:
        return len(self._items)


class Lexicon:
    """The corpus's words and their vectors; `near` gives a word's neighbours with weights."""

    def __init__(self, words: list[str], vectors: np.ndarray, encoder=None, fit: Fit | None = None,
                 documents: Mapping[str, frozenset[str]] | None = None):
        self.words = words
        self.index = {w: i for i, w in enumerate(words)}
        self.documents = dict(documents or {})  # each document's own words (of `words`)
        # the words of the document a candidate sentence belongs to, while it is judged (`within`)
        self._scope: ContextVar[frozenset[str] | None] = ContextVar(f"wenda_lexicon_{id(self)}", default=None)
        self.vectors = vectors
        self.encoder = encoder
        self.fit = fit or Fit.load()
        self._vec = Recent(QUESTION_CACHE)  # question words the corpus never uses -> vector
        self._near = Recent(QUESTION_CACHE)  # question words -> their neighbours
        self._gloss = Recent(QUESTION_CACHE)  # words the dictionary lacks -> the gloss borrowed ("" for none)
        self._typo = Recent(QUESTION_CACHE)  # words the corpus never uses -> the corpus word they misspell
        self._one_off: dict[str, list[str]] | None = None  # corpus words by each of their one-character-off masks

    @classmethod
    def empty(cls) -> Lexicon:
        return cls([], np.zeros((0, 1), dtype=np.float32))

    @classmethod
    def build(cls, token_lists, encoder, cache_dir: Path | None, fit: Fit | None = None,
              documents: Mapping[str, list[str]] | None = None) -> Lexicon:
        """The lexicon of a corpus (its token lists), embedding only words the cache lacks.
        `documents`: each document's tokens, for the words a document uses (`within`)."""
        words = vocabulary(token_lists)
        own = {doc: frozenset(vocabulary([toks])) for doc, toks in (documents or {}).items()}
        if encoder is None or not words:
            return cls.empty()
        cache = WordCache(cache_dir, encoder.model_id) if cache_dir is not None else None
        stored = cache.load() if cache else StoredVectors([], np.zeros((0, 0), dtype=np.float32))
        new = [w for w in words if w not in stored]
        added = embed_words(encoder, new) if new else np.zeros((0, 0), dtype=np.float32)
        if new and cache:
            old = list(stored)
            cache.save(old + new, np.concatenate([stored.take(old), added]) if old else added)
        fresh = {w: i for i, w in enumerate(new)}
        dim = added.shape[1] if new else stored.vectors.shape[1]
        vectors = np.empty((len(words), dim), dtype=np.float32)
        have = [i for i, w in enumerate(words) if w not in fresh]
        if have:
            vectors[have] = stored.take([words[i] for i in have])
        if new:
            vectors[[i for i, w in enumerate(words) if w in fresh]] = added[[fresh[w] for w in words if w in fresh]]
        return cls(words, vectors, encoder, fit, own)

    def __len__(self) -> int:
        return len(self.words)

    def misspelt(self, word: str) -> str:
        """The one corpus word `word` (which the corpus never uses) misspells: the same length, one
        character off and that character sounding alike (query.sounds_alike: 中兴 for 中心); "" when
        none or more than one is that close."""
        got = self._typo.get(word)
        if got is not None:
            return got
        if self._one_off is None:
            one_off: dict[str, list[str]] = {}
            for w in self.words:
                if 2 <= len(w) <= 4:
                    for i in range(len(w)):
                        one_off.setdefault(w[:i] + "?" + w[i + 1:], []).append(w)
            self._one_off = one_off
        found = set()
        if 2 <= len(word) <= 4 and _CONTENT.match(word):
            for i in range(len(word)):
                for w in self._one_off.get(word[:i] + "?" + word[i + 1:], ()):
                    if w != word and sounds_alike(word[i], w[i]):
                        found.add(w)
        got = next(iter(found)) if len(found) == 1 else ""
        self._typo.put(word, got)
        return got

    def known(self, word: str) -> bool:
        """Does the corpus itself use this word?"""
        return word in self.index

    def elsewhere(self, word: str) -> bool:
        """Is `word` the corpus's, but not of the document whose sentence is being judged (`within`)?
        Never outside `within`."""
        scope = self._scope.get()
        return scope is not None and word in self.index and word not in scope

    @contextmanager
    def within(self, doc: str) -> Iterator[None]:
        """Judge words against document `doc`'s own vocabulary (`elsewhere`) until the block ends."""
        token = self._scope.set(self.documents.get(doc))
        try:
            yield
        finally:
            self._scope.reset(token)

    def prepare(self, words: list[str]) -> None:
        """A question's words, as it is read. Nothing is embedded here: `vector` embeds a word the
        corpus never uses when it is first looked up (most never are)."""

    def vector(self, word: str) -> np.ndarray | None:
        """The word's vector: the corpus's own, else embedded on first use and kept (None without
        an encoder or a vocabulary)."""
        i = self.index.get(word)
        if i is not None:
            return self.vectors[i]
        v = self._vec.get(word)
        if v is None and word and self.encoder is not None and len(self.words):
            v = embed_words(self.encoder, [word])[0]
            self._vec.put(word, v)
        return v

    def near(self, word: str) -> list[tuple[str, float]]:
        """The corpus words that may mean `word`, best first, each with its weight (0..1]."""
        got = self._near.get(word)
        if got is not None:
            return got
        v = self.vector(word)
        got = []
        if v is not None and len(self.words) > 1:
            sims = self.vectors @ v
            own = float(np.percentile(sims, self.fit.percentile))
            floor = max(self.fit.floor, own)
            order = np.argpartition(-sims, min(len(sims) - 1, self.fit.k + 1))[: self.fit.k + 1]
            for i in sorted(order, key=lambda i: -sims[i]):
                w = self.words[i]
                if w == word or sims[i] <= floor:
                    continue
                weight = self.fit.weight(float(sims[i]))
                if weight > 0:
                    got.append((w, weight))
            got = got[: self.fit.k]
        self._near.put(word, got)
        return got

    def weight_in(self, word: str, text: str, *, strict: bool = False) -> tuple[float, str]:
        """How far `text` speaks of `word`: (1, word) when it holds it; else, for a word the corpus
        never uses, the weight of the best neighbour it holds and that neighbour; (0, "") when none.
        A word the corpus does use is itself or nothing: another word there is another thing.
        `strict` also refuses a sibling (see `siblings`: 首班车 for 末班车, 监测点 for 检查点) and the
        word's own modifier without its head (困难 for 困难村)."""
        if word in text:
            return 1.0, word
        days = extract.weekdays_said(word, text) or extract.per_unit_said(word, text) or extract.day_part_said(word, text) \
            or extract.holiday_said(word, text)
        if days:  # 周三 in 周二至周五, 礼拜六 in 周六、周日, 一节课 as 每节: the days, the unit said otherwise
            return 1.0, days
        if len(word) < 2:  # one character is a morpheme, not a word to map
            return 0.0, ""
        if self.elsewhere(word):  # another document's word: only a dictionary names it here (大件: 大型)
            said = self.dictionary_word(word, text, strict=strict, neighbours=False)
            return (GLOSS_WEIGHT, said) if said else (0.0, "")
        if self.known(word):
            return 0.0, ""
        short = abbreviated(word, text) or self.reordered(word, text) or styled(word, text)
        if short:
            return ABBREVIATION_WEIGHT, short
        typo = self.misspelt(word)
        if typo and typo in text:  # 服务中兴 for 服务中心: one character off, by its sound
            return TYPO_WEIGHT, typo
        said = self.dictionary_word(word, text, strict=strict)
        if said:  # 晚饭 in 早餐…午餐…晚餐: the dictionary's 晚餐, not the nearest meal in meaning
            return max(GLOSS_WEIGHT, dict(self.near(word)).get(said, 0.0)), said
        headed = self.modifier_said(word, text)
        if headed[0]:
            return headed
        best = (0.0, "")
        for w, weight in self.near(word):
            if w not in text or (strict and (siblings(word, w) or word.startswith(w) or inside_sibling(word, w, text))):
                continue  # strict: no sibling, and not the word without its head (困难 does not name 困难村), nor
                # its head said only inside a sibling (首班车 is not held by the 班车 of 末班车)
            if w[0] == "副" != word[0] and set(w[1:]) & set(word):
                continue  # 老总 is not said by 副总 (副总经理): a deputy is another member (未到 may say 迟到)
            if generic_head_only(w, text) and not _WORKER.search(word):
                continue  # 外地人 is no 特困人员: a general head (人员) said only as a named kind's (a worker asked,
                # 抢修师傅, is any kind of 人员: 抢修人员)

            if word.startswith(w):  # the word without its head says part of it (原生 of 原生地, 检查 of 检查站)
                weight *= len(w) / len(word)
                if weight <= best[0]:
                    continue
                best = (weight, w)
                continue
            best = max(best, (weight, w))
            break
        sibling = bool(best[1]) and siblings(word, best[1])
        if best[0] < GLOSS_WEIGHT or sibling:
            # the dictionary knows better than a faint neighbour (测点 for checkpoint) or a sibling in form
            # (监测点 for 检查点, where it finds 卡点)
            glossed = self.glossed_in(word, text, strict=strict)
            if glossed[0] > 0 and (glossed[0] > best[0] or sibling):
                return glossed
        return best

    def modifier_said(self, word: str, text: str) -> tuple[float, str]:
        """The word of `text` with the same one-character head as `word` and its modifier said otherwise:
        the dictionary's one (执勤点 for 值勤点: 值勤 and 执勤 are one word), else the text's own word for
        the modifier (停车点 for 泊车点, by 停车 for 泊车); (0, "") when none."""
        for cut in (1, 2) if len(word) == 4 else (1,):  # 日本料理: 日式料理, a head and a modifier of two characters
            # each (no longer: each cut reads the modifier again, and two cuts at every length would multiply)
            mod, head = word[:-cut], word[-cut:]
            if len(mod) < 2:
                continue
            for m in re.finditer(rf"(?=([\u4e00-\u9fff]{{{len(mod)}}}){re.escape(head)})", text):
                if m.group(1) != mod and one_word(mod, m.group(1)):
                    return GLOSS_WEIGHT, m.group(1) + head
            weight, said = self.weight_in(mod, text, strict=True)
            if said and said + head in text and weight >= GLOSS_WEIGHT:
                return weight, said + head
        return 0.0, ""

    def dictionary_word(self, word: str, text: str, *, strict: bool = False, neighbours: bool = True) -> str:
        """The word `text` holds that the dictionaries say means `word`: translated alike (CC-CEDICT:
        晚餐 for 晚饭), or a neighbour in meaning that the thesaurus puts in `word`'s synonym group
        (Cilin), sharing a character with it; "" when none. Where a text names siblings side by side (早餐, 午餐,
        晚餐), a neighbour in meaning may be any of them; the dictionary names the one meant. Without
        `neighbours` none are looked up (a product with every word vector): the translation alone."""
        found = [w for w in synonyms.glossed(word) if w in text]
        if neighbours:
            found += [w for w, _ in self.near(word) if w in text and synonyms.same(word, w)]
        # one that shares a character with it (晚餐, 晚饭): a dictionary's looser senses (地方 as 县) are no name for it
        said = next((w for w in found if set(w) & set(word) and not (strict and (siblings(word, w) or word.startswith(w)))), "")
        return said or self.thesaurus_word(word, text)

    def thesaurus_word(self, word: str, text: str) -> str:
        """A corpus word of `text` that the thesaurus puts in the synonym group of `word`, a word the
        corpus never uses, and that is as long as it (电机 for 马达, 医生 for 大夫) or of its head (自行车 for
        单车; 尖峰 for 高峰, both joined to 顶峰: synonyms.bridged): a word for a word, where e5 places neither
        near the other; "" when none. A looser sense of another length (地方 for 县) is no name for it."""
        if len(word) < 2 or self.known(word) or not _CONTENT.match(word):
            return ""
        from wenda.index.query import tokens

        return next((t for t in tokens(text) if len(t) >= 2 and t != word and self.known(t) and (
            synonyms.same(word, t) and (len(t) == len(word) or t[-1] == word[-1]) or synonyms.bridged(word, t))), "")

    def glossed_in(self, word: str, text: str, *, strict: bool = False) -> tuple[float, str]:
        """The dictionary's word for `word` that `text` holds (index/synonyms.py): one translated
        alike (GLOSS_WEIGHT: 执勤 for 值班), else a corpus word of two characters opening with the
        character that carries its gloss (MORPHEME_WEIGHT: 卡点 for 检查站 or checkpoint); (0, "")
        when none. `strict` refuses a sibling as `weight_in` does."""
        if not synonyms.glosses_of(word):  # 检查点: read as the gloss e5 finds for it ("checkpoint")
            key = self.borrowed_gloss(word)
            return self.glossed_in(key, text, strict=strict) if key else (0.0, "")

        def fits(w: str) -> bool:
            return not (strict and (siblings(word, w) or word.startswith(w)))

        for w in synonyms.glossed(word):
            if w in text and fits(w):
                return GLOSS_WEIGHT, w
        asked = synonyms.glosses_of(word)
        for m in synonyms.morphemes(word):
            at = text.find(m)
            while at >= 0:
                w = text[at:at + 2]
                # a word the dictionary translates otherwise is another thing (卡片: "card")
                other = synonyms.glosses_of(w)
                if len(w) == 2 and self.known(w) and not (other and not other & asked):
                    return MORPHEME_WEIGHT, w
                at = text.find(m, at + 1)
        return 0.0, ""

    def borrowed_gloss(self, word: str) -> str | None:
        """The English gloss of a word the dictionary lacks, among those of its words made of the same
        modifier (synonyms.modifier_glosses: 检查点 → "checkpoint" of 检查站, not "inspector" of
        检查员): the one e5 places nearest, when at least as near as `Fit.floor` (the highest cosine
        of unrelated words); else None. Kept per word, as its neighbours are."""
        got = self._gloss.get(word)
        if got is not None:
            return got or None
        keys = synonyms.modifier_glosses(word)
        v = self.vector(word) if keys and self.encoder is not None else None
        best = ""
        if v is not None:
            sims = embed_words(self.encoder, list(keys)) @ v
            i = int(np.argmax(sims))
            if float(sims[i]) >= self.fit.floor:
                best = keys[i]
        self._gloss.put(word, best)
        return best or None

    def kin_in(self, word: str, text: str) -> float:
        """The weight of a neighbour of a word foreign to the corpus that `text` holds and that opens
        with the same character (卡点 for 卡口: one morpheme, the same thing said otherwise), never a
        sibling nor the word's own modifier; 0 when none."""
        if word in text:
            return 1.0
        if self.known(word) or len(word) < 2:
            return 0.0
        for w, weight in self.near(word):
            if w[0] == word[0] and w in text and not (siblings(word, w) or word.startswith(w)):
                return weight
        return 0.0

    def related(self, a: str, b: str) -> float:
        """The weight (Fit.weight of their cosine) of two words, either foreign to the corpus or not:
        0 when unrelated or when there are no vectors."""
        if a == b:
            return 1.0
        va, vb = self.vector(a), self.vector(b)
        if va is None or vb is None:
            return 0.0
        return self.fit.weight(float(va @ vb))

    def reordered(self, word: str, text: str) -> str:
        """The word `text` says for a two-character `word` the corpus never uses, its characters the other
        way round (外省 for 省外, 内室 for 室内: the asker reorders a compound), or "". Never a sibling:
        the same two characters cannot turn 省内 into 省外; a word the corpus does use (故事 beside 事故)
        is itself and nothing else. A diminutive 小 before it goes (小牛犊: 犊牛)."""
        if len(word) == 3 and word[0] == "小" and not self.known(word):
            word = word[1:]
        if len(word) != 2 or word[0] == word[1] or self.known(word):
            return ""
        other = word[::-1]
        return other if other in text and self.known(other) else ""

    def suggest(self, word: str) -> str | None:
        """The corpus's own word for a word it does not use, when one is close enough. Never for a
        numbered name (9路, 2号线, 3号楼): its number says which one, and a near word is another one
        (九人 for 9路)."""
        if self.known(word) or re.search(r"\d", word):
            return None
        for w, weight in self.near(word):
            if weight >= self.fit.suggest and not siblings(word, w):
                return w
        return None


def abbreviated(word: str, text: str, spread: int = 0) -> str:
    """The phrase of `text` that `word` abbreviates (宿管 → 宿舍管理员 is cut at 宿舍管; 村主任 →
    村委会主任), or "": its characters in order, the first one first, and the phrase at most
    ABBREVIATION_SPREAD characters per character of the word (or `spread` characters in all)."""
    if len(word) < 2:
        return ""
    start = text.find(word[0])
    while start >= 0:
        pos, ok = start, True
        for ch in word[1:]:
            pos = text.find(ch, pos + 1)
            if pos < 0 or pos - start + 1 > (spread or ABBREVIATION_SPREAD * len(word)):
                ok = False
                break
        if ok and re.fullmatch(r"[\u4e00-\u9fff]+", text[start:pos + 1]):
            return text[start:pos + 1]
        start = text.find(word[0], start + 1)
    return ""


def abbreviates_title(word: str, title: str) -> bool:
    """Does `word` shorten a phrase of a document's title, its characters in order within one run of Han
    characters (中考 of «…初中学业水平体育与健康考试工作的通知», 医保 of «城乡居民医疗保险…»)? A title names the
    whole document's subject, and people name that subject by its short form however long the title spells
    it out, so the spread is the run's, not ABBREVIATION_SPREAD's. Two characters at least; a word the
    title says as it is needs no shortening."""
    if len(word) < 2 or not re.fullmatch(r"[\u4e00-\u9fff]+", word):
        return False
    return any(word not in run and abbreviated(word, run, spread=len(run))
               for run in re.findall(r"[\u4e00-\u9fff]+", title))


def styled(word: str, text: str) -> str:
    """The phrase of `text` that says `word`, a place's thing, as the place's style (日本料理: 日式料理, 法国菜: 法式菜;
    法国 alone, cut from its 甜点: 法式 of 法式甜点): the place's first character and 式 before the same rest; ""
    when none."""
    for n in (2, 3):
        place, rest = word[:n], word[n:]
        if _posseg().dt.word_tag_tab.get(place) != "ns":
            continue
        m = re.search(re.escape(place[0] + "式" + rest) + ("" if rest else r"(?=[\u4e00-\u9fff])"), text)
        if m:
            return m.group(0)
    return ""


_COUNTING = "一二两三四五六七八九十百千万双俩仨几多数"


def counted_of(a: str, b: str) -> bool:
    """Is `a` a number and the head of `b` (双指 of 手指, 两车 of 汽车)?"""
    return len(a) >= 2 and all(ch in _COUNTING for ch in a[:-1]) and a[-1] == b[-1] and len(b) >= 2


def inside_sibling(word: str, head: str, text: str) -> bool:
    """Is `head`, the end of `word` (班车 of 首班车), said in `text` only inside words that are siblings of
    `word` (末班车: jieba's words of the text), while the text never says the word's modifier (热线电话 is held
    by «服务热线…» beside a 投诉电话)?"""
    if not word.endswith(head) or word == head or head not in text or word[:-len(head)] in text:
        return False
    import jieba

    found = [t for t in jieba.lcut(text) if head in t]
    return bool(found) and text.count(head) == sum(t.count(head) for t in found) \
        and all(t != head and t.endswith(head) and siblings(word, t) for t in found)


# Characters that set a thing at one pole of a scale or a pair (上午 and 下午, 早班 and 晚班): the thesaurus
# groups some of them as words of going (上, 下), but as modifiers they name two kinds.
_POLES = set("上下前后左右内外里东西南北中大小高低长短新旧老少早晚首末头尾正副男女单双半全多少冷热出来去开关")


def kind_named(word: str, other: str) -> bool:
    """Does `other` end with a word the dictionary says is `word` (偏光太阳镜 of 墨镜, by 太阳镜)?"""
    return len(word) >= 2 and any(one_word(word, other[i:]) for i in range(1, len(other) - 1))


def siblings(a: str, b: str) -> bool:
    """Two words with the same head (last character) and different modifiers name two kinds of
    one thing (首班车 and 末班车, 保洁员 and 监督员), as do two with the same modifier of two or
    more characters and different heads (困难村, 困难家庭), or that differ in one numeral (高一, 高二):
    close in meaning, never the same. Not two words of the same head the dictionary says are one
    thing (检查点 and 卡点: synonyms.alike) or the thesaurus joins by a third (尖峰 and 高峰: synonyms.bridged)."""
    if len(a) == len(b) and sum(x != y for x, y in zip(a, b)) == 1:
        x, y = next((x, y) for x, y in zip(a, b) if x != y)
        if x in NUMERALS and y in NUMERALS:  # 高一 and 高二, 初三 and 初二
            return True
    if a == b or a in b or b in a:
        return False
    if one_word(a, b):
        return False  # 抽烟 and 吸烟, 脚踏车 and 自行车, 游泳池 and 游泳馆: one thing
    if b in synonyms.regional(a) or a in synonyms.regional(b):
        return False  # 运费 and 外送费: the asker's word and the notice's for one thing (synonyms.SPOKEN, REGIONAL)
    if a[-1] == b[-1] and one_word(a[:-1], b[:-1]):
        return False  # 值勤点 and 执勤点: the head of one modifier the dictionary says is one (值勤, 执勤)
    if len(a) == len(b) == 2 and a[-1] == b[-1] and not (set(a[0] + b[0]) & _POLES) and synonyms.same(a[0], b[0]):
        return False  # 盖房 and 建房: one deed, its verb said by a synonym (盖, 建); not 上午 and 下午
    if a[-1] == b[-1] and (shortened(a[:-1], b[:-1]) or shortened(b[:-1], a[:-1])):
        return False  # 挖机 and 挖掘机: the modifier cut to its first character, which means the same (挖, 挖掘)
    if a[-1] == b[-1] and (generic(a) or generic(b)):
        return False  # 噪音 is a kind of 声音, no sibling of it
    if a[-1] == b[-1] and (counted_of(a, b) or counted_of(b, a)):
        return False  # 双指 is two of the 手指, 三人 three of the 人: a number of the thing, no other kind
    if a[-1] == b[-1] and (kind_named(a, b) or kind_named(b, a)):
        return False  # 偏光太阳镜 is a kind of 墨镜 (one word with 太阳镜), no sibling of it
    if a[-1] == b[-1] and not (synonyms.alike(a, b) or synonyms.alike(b, a) or synonyms.bridged(a, b)):
        return True  # 检查点 and 卡点: the dictionary says one; 尖峰 and 高峰 by 顶峰 (the thesaurus)
    # the same modifier, another head: 困难村 and 困难家庭 are two things
    common = len(os.path.commonprefix([a, b]))
    return common >= 2 and len(a) > common and len(b) > common


def shortened(short: str, full: str) -> bool:
    """Is `short` one character that opens `full`, a word of two or more, and means what it means by the
    thesaurus (挖 of 挖掘: 挖机 is the 挖掘机 said short)? Not a character that only opens it (电 of 电动)."""
    return len(short) == 1 and len(full) >= 2 and full[0] == short and synonyms.same(short, full)


def generic(word: str) -> bool:
    """Is a word of two characters the generic of its head, its two characters synonyms by the
    thesaurus (声音: 声 and 音, 房屋, 道路, 费用)? Every word of that head then names a kind of it
    (噪音, 木屋), never a sibling."""
    return len(word) == 2 and word[0] != word[1] and synonyms.same(word[0], word[1])


def generic_of(word: str, other: str) -> bool:
    """Does `other` share with a compound of three characters or more only its head (票 of 儿童票 in 票价):
    it speaks of the thing in general, not of the kind the modifier singles out?"""
    return len(word) >= 3 and set(other) & set(word) == {word[-1]}


def one_word(a: str, b: str) -> bool:
    """Do two words of two characters or more name one thing by a dictionary, not two kinds of it?
    The thesaurus puts them in one synonym group (抽烟 and 吸烟, 脚踏车 and 自行车: synonyms.same), the
    bilingual dictionary translates each as the other (游泳池 and 游泳馆, "swimming pool": synonyms.alike
    both ways). Not two words one sound apart: 期中 and 期终, 水费 and 税费 are siblings."""
    if min(len(a), len(b)) < 2:
        return False
    return synonyms.same(a, b) or (synonyms.alike(a, b) and synonyms.alike(b, a))


def for_corpus(chunks, encoder, cache_dir: Path | None) -> Lexicon:
    """The lexicon of an index's sentences: their BM25 tokens (query.tokens of each context)."""
    from wenda.index.query import tokens

    documents: dict[str, list[str]] = {}
    for c in chunks:
        documents.setdefault(c.doc, []).extend(tokens(c.context()))
    return Lexicon.build(documents.values(), encoder, cache_dir, documents=documents)
