"""jieba.posseg's hidden Markov model decoded with numpy: the same path, a few times faster.

jieba tags a run of characters its dictionary does not know (the pieces of a question's
sentences the answer step cuts) with a Viterbi search over 256 states (position × part of
speech), written as a Python generator over every pair of states. On CMRC 2018 dev that search
took about 7 ms of a question's ~40 ms. ``viterbi`` here takes the same arguments and gives the
same (probability, route): the same sums in the same order of floating-point additions, the same
states allowed at each character, and ties broken as jieba's ``max`` over (probability, state)
breaks them (the greater state). tests/index/test_viterbi.py compares the two on many texts.

    install(jieba.posseg)   # jieba.posseg's __cut calls this module's viterbi from then on
"""

from __future__ import annotations

import threading
import numpy as np

MIN_FLOAT = -3.14e100  # jieba's emission of a character a state never emits
MIN_INF = float("-inf")  # jieba's transition between states that never follow each other


class Model:
    """jieba's tables as arrays over its states in sorted order (the order its ties follow)."""

    def __init__(self, states_of: dict, start_p: dict, trans_p: dict, emit_p: dict):
        self.tables = (states_of, start_p, trans_p, emit_p)
        self.states = sorted(trans_p)
        self.index = {s: i for i, s in enumerate(self.states)}
        n = len(self.states)
        self.trans = np.full((n, n), MIN_INF)
        self.follows = np.zeros((n, n), dtype=bool)  # trans_p[x] has key y
        for x, row in trans_p.items():
            for y, p in row.items():
                self.trans[self.index[x], self.index[y]] = p
                self.follows[self.index[x], self.index[y]] = True
        self.has_next = self.follows.any(axis=1)
        self.start = np.array([start_p[s] for s in self.states])
        self.emit_p = emit_p
        self.states_of = states_of
        self.everywhere = np.ones(n, dtype=bool)
        # the states jieba starts from when a character has none listed: trans_p's keys, in its order
        self.all_first = np.array([self.index[s] for s in trans_p], dtype=np.int64)
        self._lock = threading.Lock()
        self._emit: dict[str, np.ndarray] = {}
        self._allowed: dict[str, np.ndarray] = {}

    def emission(self, ch: str) -> np.ndarray:
        row = self._emit.get(ch)
        if row is None:
            row = np.array([self.emit_p[s].get(ch, MIN_FLOAT) for s in self.states])
            with self._lock:
                self._emit[ch] = row
        return row

    def first_states(self, ch: str) -> np.ndarray:
        """The indices of the states jieba lists for ``ch``, in its order."""
        return np.array([self.index[s] for s in self.states_of[ch]], dtype=np.int64)

    def allowed(self, ch: str) -> np.ndarray:
        """A mask of the states jieba lets emit ``ch`` (every state when it lists none)."""
        mask = self._allowed.get(ch)
        if mask is None:
            listed = self.states_of.get(ch)
            if listed is None:
                mask = self.everywhere
            else:
                mask = np.zeros(len(self.states), dtype=bool)
                mask[[self.index[s] for s in listed]] = True
            with self._lock:
                self._allowed[ch] = mask
        return mask


def viterbi(obs: str, states: dict, start_p: dict, trans_p: dict, emit_p: dict):
    """jieba.posseg.viterbi.viterbi's (probability, route) for ``obs``, computed over arrays."""
    m = model(states, start_p, trans_p, emit_p)
    if not obs:  # jieba fails on an empty text; let it say so
        return _jieba(obs, states, start_p, trans_p, emit_p)
    first = obs[0]
    listed = states.get(first)
    alive = m.first_states(first) if listed is not None else m.all_first
    v = np.full(len(m.states), MIN_INF)
    v[alive] = m.start[alive] + m.emission(first)[alive]
    alive = np.unique(alive)  # ascending: the greater state is the later one
    backs = []
    for ch in obs[1:]:
        prev = alive[m.has_next[alive]]
        if prev.size == 0:  # jieba's max over nothing raises; let it say so
            return _jieba(obs, states, start_p, trans_p, emit_p)
        expect = m.follows[prev].any(axis=0)
        mask = m.allowed(ch) & expect
        obs_states = np.flatnonzero(mask) if mask.any() else np.flatnonzero(expect)
        scores = (v[prev][:, None] + m.trans[prev][:, obs_states]) + m.emission(ch)[obs_states]
        row = (len(prev) - 1) - scores[::-1].argmax(axis=0)  # the greatest state among equal scores
        nv = np.full(len(m.states), MIN_INF)
        nv[obs_states] = scores[row, np.arange(len(obs_states))]
        backs.append((obs_states, prev[row]))
        v, alive = nv, obs_states
    best = int(alive[(len(alive) - 1) - v[alive][::-1].argmax()])
    prob = float(v[best])
    route = [best]
    for states_at, came_from in reversed(backs):
        route.append(int(came_from[np.searchsorted(states_at, route[-1])]))
    route.reverse()
    return prob, [m.states[i] for i in route]


def _jieba(obs, states, start_p, trans_p, emit_p):
    from jieba.posseg.viterbi import viterbi as jieba_viterbi

    return jieba_viterbi(obs, states, start_p, trans_p, emit_p)


_models: dict[tuple, Model] = {}
_models_lock = threading.Lock()


def model(states, start_p, trans_p, emit_p) -> Model:
    """The arrays of these four tables (built once per set of tables, which jieba never changes)."""
    key = (id(states), id(start_p), id(trans_p), id(emit_p))
    m = _models.get(key)
    if m is None or m.tables[0] is not states or m.tables[2] is not trans_p:
        with _models_lock:
            m = _models[key] = Model(states, start_p, trans_p, emit_p)
    return m


def install(posseg_module) -> None:
    """Make jieba.posseg's tagger decode with this module's viterbi (its __cut calls the name
    ``viterbi`` of its own module)."""
    posseg_module.viterbi = viterbi
