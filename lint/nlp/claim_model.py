"""The claim model: a linear model over a sentence's words that tells health claims from lines asserting nothing.

The rule-based claim detector finds candidate claims by their cues (a treatment, a cause, a number, an
instruction). Lines that share those words without asserting anything about health (what a service
offers, a contents entry, a caption, a credit, one person's story) still pass its rules on pages whose
layout no rule foresaw. The model reads every candidate's words once more and vetoes those it is sure
assert nothing: hashed word unigrams and bigrams (numbers folded into one word), each word's first five
and last three letters, and the sentence's first word, length, share of capitals, final mark, block kind
and claim kind, weighed by logistic regression.

It is trained by ``python -m lint.nlp.train`` on sentences the project wrote and labelled itself
(``lint/nlp/training/``); the weights ship in ``lint/data/claim_model.*`` (deterministic, offline,
loaded once per process). A doc's features are computed once, as arrays, from the token columns the
detector already holds; a sentence's score is then a difference of running sums and a few lookups.
"""

from __future__ import annotations

import bisect
import io
import json
import math
from collections.abc import Mapping
from functools import lru_cache
from importlib import resources
from typing import Any, Protocol

import numpy
from spacy.strings import StringStore, get_string_id

BITS = 18
BUCKETS = 1 << BITS
NONE = BUCKETS  # the feature a word without a stem or an ending has: its weight is always 0
_SHIFT = 64 - BITS
_MASK = (1 << 64) - 1
_M1, _M2, _M3 = 0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9
# the families of features, kept apart in the hashed space
_UNI, _BI, _BLOCK, _LENGTH, _CAPS, _FINAL, _FIRST, _KIND, _STEM, _ENDING = range(1, 11)
STEM, ENDING = 5, 3  # a word's first five letters ("cause", "causi"), and its last three ("-ing", "-ted")
_NUMBER = 0x4E554D  # every number is one word
_EDGE = 0x45444745  # before the first word and after the last
_AFFIXES: dict[int, tuple[int, int]] = {}  # a word's stem and ending features, by its lower-case hash
_AFFIXES_KEPT = 200_000  # words remembered at most; a file of random words empties the table, never grows it
MODEL_FILE = "claim_model.json"
WEIGHTS_FILE = "claim_model.npy"


def _feature(a: int, b: int, family: int) -> int:
    """The bucket of the feature (a, b) of ``family``; the same arithmetic as ``_features`` on arrays."""
    return (((a * _M1) + (b * _M2) + (family * _M3)) & _MASK) >> _SHIFT


def _features(a: numpy.ndarray | int, b: numpy.ndarray | int, family: int) -> numpy.ndarray:
    with numpy.errstate(over="ignore"):  # uint64 arithmetic wraps, as the & _MASK above does
        first = numpy.asarray(a, dtype=numpy.uint64)
        mixed = first * numpy.uint64(_M1) + numpy.asarray(b, dtype=numpy.uint64) * numpy.uint64(_M2)
        mixed = mixed + numpy.uint64((family * _M3) & _MASK)
    return (mixed >> numpy.uint64(_SHIFT)).astype(numpy.intp)


def _length_bucket(n: int) -> int:
    return 0 if n <= 2 else 1 if n <= 4 else 2 if n <= 7 else 3 if n <= 12 else 4 if n <= 20 else 5 if n <= 32 else 6


def _caps_bucket(caps: int, words: int) -> int:
    share = caps / words if words else 0.0
    return 0 if share == 0 else 1 if share < 0.2 else 2 if share < 0.5 else 3


def _affixes(strings: StringStore, lower: int) -> tuple[int, int]:
    """The stem and ending features of the word whose lower-case form hashes to ``lower`` (NONE when short)."""
    found = _AFFIXES.get(lower)
    if found is None:
        word = strings[lower]
        ending = _feature(get_string_id(word[-ENDING:]), 0, _ENDING) if len(word) > ENDING + 1 else NONE
        stem = _feature(get_string_id(word[:STEM]), 0, _STEM) if len(word) > STEM else NONE
        found = (stem, ending)
        if len(_AFFIXES) >= _AFFIXES_KEPT:
            _AFFIXES.clear()
        _AFFIXES[lower] = found
    return found


def word_features(strings: StringStore, word: int) -> tuple[int, int, int]:
    """A word's unigram, stem and ending features (NONE where it has none: numbers and short words)."""
    if word == _NUMBER:
        return (_feature(_NUMBER, 0, _UNI), NONE, NONE)
    return (_feature(word, 0, _UNI), *_affixes(strings, word))


class DocFeatures:
    """The words of a doc that the model reads (spaces and citation markers left out), once per doc.

    Each candidate sentence then takes its slice; positions here count kept tokens only. A run weighs each
    distinct word once (the model keeps the weight of every word it has seen) and sums the words' weights
    once per doc, so a sentence costs a few lookups; training lists the features one by one instead.
    """

    __slots__ = ("_bigram", "_kept", "_weighed", "_words", "alpha_sums", "caps_sums", "strings", "words")

    def __init__(
        self,
        strings: StringStore,
        lower: numpy.ndarray,
        orth: numpy.ndarray,
        alpha: numpy.ndarray,
        like_num: numpy.ndarray,
        skip: numpy.ndarray,
    ) -> None:
        self.strings = strings
        kept = numpy.flatnonzero(~skip)
        self._kept: list[int] = kept.tolist()
        self.words = numpy.where(like_num[kept], numpy.uint64(_NUMBER), lower[kept]).astype(numpy.uint64)
        self._words: list[int] | None = None
        is_word = alpha[kept].astype(bool)
        caps = is_word & (orth[kept] != lower[kept])  # a capital anywhere in a word: its lower-case form differs
        zero = numpy.zeros(1, dtype=numpy.intp)
        self.alpha_sums = numpy.concatenate((zero, numpy.cumsum(is_word)))
        self.caps_sums = numpy.concatenate((zero, numpy.cumsum(caps)))
        self._bigram: numpy.ndarray | None = None
        self._weighed: tuple[numpy.ndarray, numpy.ndarray, numpy.ndarray] | None = None

    @property
    def bigram(self) -> numpy.ndarray:
        """Each word's bigram with the word before it, whichever sentence that ends."""
        if self._bigram is None:
            previous = numpy.concatenate((numpy.array([_EDGE], dtype=numpy.uint64), self.words[:-1]))
            self._bigram = _features(previous, self.words, _BI)
        return self._bigram

    def span(self, first: int, end: int) -> tuple[int, int]:
        """Kept positions [a, b) of the doc's tokens [first, end)."""
        return bisect.bisect_left(self._kept, first), bisect.bisect_left(self._kept, end)

    def counts(self, a: int, b: int) -> tuple[int, int]:
        """Words, and words with a capital past the first (whose capital says nothing), at kept positions [a, b)."""
        alpha, caps = self.alpha_sums, self.caps_sums
        return alpha.item(b) - alpha.item(a), caps.item(b) - caps.item(a + 1)

    def ids(self, first: int, end: int, block_kind: str, final: str, kind: str) -> list[int]:
        """Every feature of the sentence of tokens [first, end), for training."""
        a, b = self.span(first, end)
        if a >= b:
            return []
        if self._words is None:
            self._words = self.words.tolist()
        words = self._words
        out = self.bigram[a + 1 : b].tolist()
        for word in words[a:b]:
            out.extend(f for f in word_features(self.strings, word) if f != NONE)
        n_words, caps = self.counts(a, b)
        out += [
            _feature(_EDGE, words[a], _BI),
            _feature(words[b - 1], _EDGE, _BI),
            _feature(words[a], 0, _FIRST),
            _feature(get_string_id(block_kind), 0, _BLOCK),
            _feature(get_string_id(kind), 0, _KIND),
            _feature(_length_bucket(n_words), 0, _LENGTH),
            _feature(_caps_bucket(caps, n_words), 0, _CAPS),
            _feature(ord(final) if final else 0, 0, _FINAL),
        ]
        return out

    def weighed(self, model: ClaimModel) -> tuple[numpy.ndarray, numpy.ndarray, numpy.ndarray]:
        """Per kept word, by the model's weights: running totals of each word's own features and its bigram with
        the word before; what a sentence opening at the word adds (its edge bigram and first word, less the bigram
        that joins it to the sentence before); and what a sentence closing at it adds (its edge bigram)."""
        if self._weighed is None:
            distinct, inverse = numpy.unique(self.words, return_inverse=True)
            weigh = model.word_weight
            own = numpy.array([weigh(self.strings, h) for h in distinct.tolist()], dtype=numpy.float64)
            dense = model.dense
            bigram = dense[self.bigram]
            sums = numpy.concatenate((numpy.zeros(1), numpy.cumsum(own[inverse.reshape(-1)] + bigram)))
            opens = dense[_features(_EDGE, self.words, _BI)] + dense[_features(self.words, 0, _FIRST)] - bigram
            closes = dense[_features(self.words, _EDGE, _BI)]
            self._weighed = (sums, opens, closes)
        return self._weighed


class Veto(Protocol):
    """What the claim detector asks of a model (training hands it a recorder instead)."""

    @property
    def thresholds(self) -> Mapping[str, float]:
        """The claim kinds the model judges, with the probability below which it vetoes; it never reads the others."""

    def vetoes(self, doc: DocFeatures, first: int, end: int, block_kind: str, final: str, kind: str) -> bool: ...


class ClaimModel:
    """Logistic regression weights over hashed features, and the probability below which a claim is vetoed.

    Shipped as two files: the weights as one float32 array (``claim_model.npy``, read in a millisecond) and
    the bias and the thresholds by claim kind (``claim_model.json``).
    """

    __slots__ = ("_shape_weights", "_word_weights", "bias", "dense", "thresholds")

    def __init__(self, dense: numpy.ndarray, bias: float, thresholds: dict[str, float]) -> None:
        if dense.shape != (BUCKETS + 1,):
            raise ValueError(f"claim model weights have shape {dense.shape}, this medlint reads {(BUCKETS + 1,)}")
        self.dense = dense.astype(numpy.float64)
        self.dense[NONE] = 0.0
        self.bias = bias
        self.thresholds = thresholds  # by claim kind: a kind with no threshold is never vetoed
        self._word_weights: dict[int, float] = {}  # by a word's lower-case hash: its own features' weights
        self._shape_weights: dict[tuple[int, str | int], float] = {}  # a few dozen: blocks, kinds, buckets, marks

    @classmethod
    def from_weights(cls, weights: dict[int, float], bias: float, thresholds: dict[str, float]) -> ClaimModel:
        dense = numpy.zeros(BUCKETS + 1, dtype=numpy.float32)
        if weights:
            index = numpy.fromiter(weights.keys(), dtype=numpy.intp, count=len(weights))
            dense[index] = numpy.fromiter(weights.values(), dtype=numpy.float32, count=len(weights))
        return cls(dense, bias, thresholds)

    def word_weight(self, strings: StringStore, word: int) -> float:
        """The summed weights of the word's unigram, stem and ending."""
        found = self._word_weights.get(word)
        if found is None:
            dense = self.dense
            found = sum(dense.item(f) for f in word_features(strings, word))
            if len(self._word_weights) >= _AFFIXES_KEPT:
                self._word_weights.clear()
            self._word_weights[word] = found
        return found

    def _weight(self, family: int, value: str | int) -> float:
        """The weight of a feature of the sentence as a whole (its block, kind, length, capitals or final mark)."""
        key = (family, value)
        found = self._shape_weights.get(key)
        if found is None:
            code = value if isinstance(value, int) else get_string_id(value)
            found = self._shape_weights[key] = self.dense.item(_feature(code, 0, family))
        return found

    def probability_of(self, ids: list[int]) -> float:
        """The probability that the sentence with these features is a claim."""
        return _logistic(self.bias + (float(self.dense[ids].sum()) if ids else 0.0))

    def probability(self, doc: DocFeatures, first: int, end: int, block_kind: str, final: str, kind: str) -> float:
        """The same probability as ``probability_of(doc.ids(...))``, from the doc's running totals."""
        a, b = doc.span(first, end)
        if a >= b:
            return 1.0
        sums, opens, closes = doc.weighed(self)
        n_words, caps = doc.counts(a, b)
        total = sums.item(b) - sums.item(a) + opens.item(a) + closes.item(b - 1)
        total += self._weight(_BLOCK, block_kind) + self._weight(_KIND, kind)
        total += self._weight(_LENGTH, _length_bucket(n_words)) + self._weight(_CAPS, _caps_bucket(caps, n_words))
        total += self._weight(_FINAL, ord(final) if final else 0)
        return _logistic(self.bias + total)

    def vetoes(self, doc: DocFeatures, first: int, end: int, block_kind: str, final: str, kind: str) -> bool:
        """The model is sure the sentence of tokens [first, end) asserts nothing about health."""
        threshold = self.thresholds.get(kind)
        return threshold is not None and self.probability(doc, first, end, block_kind, final, kind) < threshold

    def meta(self) -> dict[str, Any]:
        return {"bits": BITS, "bias": self.bias, "thresholds": dict(sorted(self.thresholds.items()))}

    def weights_bytes(self) -> bytes:
        out = io.BytesIO()
        numpy.save(out, self.dense.astype(numpy.float32), allow_pickle=False)
        return out.getvalue()

    @classmethod
    def from_files(cls, meta: Any, weights: bytes) -> ClaimModel:
        """The model written as ``meta()`` and ``weights_bytes()``; ValueError names what is wrong with anything else."""
        if not isinstance(meta, dict):
            raise ValueError("a claim model's meta is a JSON object")
        if meta.get("bits") != BITS:
            raise ValueError(f"claim model hashed with {meta.get('bits')} bits, this medlint reads {BITS}")
        try:
            thresholds = {str(k): float(v) for k, v in meta["thresholds"].items()}
            bias = float(meta["bias"])
            dense = numpy.load(io.BytesIO(weights), allow_pickle=False)
        except (KeyError, TypeError, ValueError, AttributeError, OSError) as e:
            raise ValueError(f"claim model is malformed: {e!r}") from e
        if not isinstance(dense, numpy.ndarray) or dense.dtype != numpy.float32:
            raise ValueError("claim model weights are not one float32 array")
        return cls(dense, bias, thresholds)


def _logistic(z: float) -> float:
    if z < -30:
        return 0.0
    return 1.0 / (1.0 + math.exp(-z))


@lru_cache(maxsize=1)
def load() -> ClaimModel | None:
    """The shipped model, read once per process; None when it is missing (the rules then decide alone)."""
    data = resources.files("lint").joinpath("data")
    try:
        meta = data.joinpath(MODEL_FILE).read_text(encoding="utf-8")
        weights = data.joinpath(WEIGHTS_FILE).read_bytes()
    except FileNotFoundError:
        return None
    try:
        return ClaimModel.from_files(json.loads(meta), weights)
    except ValueError as e:  # json.JSONDecodeError included
        raise ValueError(f"lint/data/{MODEL_FILE}: {e}; reinstall medlint or run python -m lint.nlp.train") from e
