"""medlint's spaCy components: block boundaries, citation markers, and claim detection."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable

from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span

from lint.nlp import lexicon
from lint.nlp.markers import MARKER

SENT_END = frozenset(".!?…")


@Language.component("medlint_block_starts", assigns=["token.is_sent_start"])
def block_starts(doc: Doc) -> Doc:
    """Start a sentence at the first token of every block, so no sentence spans two blocks."""
    starts = doc._.block_starts
    if not starts:
        return doc
    for char in starts:
        span = doc.char_span(char, char + 1, alignment_mode="expand")
        if span is not None and len(span):
            span[0].is_sent_start = True
    return doc


@Language.factory(
    "medlint_citation_markers",
    assigns=["doc.spans", "token.is_sent_start"],
    default_config={"spans_key": "citation_markers"},
)
def make_citation_markers(nlp: Language, name: str, spans_key: str) -> CitationMarkers:
    return CitationMarkers(spans_key)


class CitationMarkers:
    """Finds citation markers and keeps a marker after sentence-final punctuation with that sentence.

    `...toes. [1] These symptoms...` cites the sentence ending in "toes.", not the next one.
    """

    def __init__(self, spans_key: str) -> None:
        self.spans_key = spans_key

    def __call__(self, doc: Doc) -> Doc:
        text = doc.text
        spans: list[Span] = []
        if "[" in text:
            for m in MARKER.finditer(text):
                span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
                if span is not None:
                    spans.append(span)
        doc.spans[self.spans_key] = spans
        # walk marker groups: markers separated only by spaces belong together
        i = 0
        while i < len(spans):
            group_end = i
            while group_end + 1 < len(spans) and _adjacent(doc, spans[group_end], spans[group_end + 1]):
                group_end += 1
            first, last = spans[i], spans[group_end]
            i = group_end + 1
            if first.start == 0 or _starts_block(doc, first.start):
                continue
            prev = doc[first.start - 1]
            if not (prev.text and prev.text[-1] in SENT_END):
                continue
            # the sentencizer started the next sentence inside or after the group: end it after the group
            for token in doc[first.start : last.end]:
                token.is_sent_start = False
            nxt = last.end
            while nxt < len(doc) and doc[nxt].is_space:
                nxt += 1
            if nxt < len(doc):
                doc[nxt].is_sent_start = True
        return doc


def _adjacent(doc: Doc, a: Span, b: Span) -> bool:
    return b.start_char - a.end_char <= 1 and not doc.text[a.end_char : b.start_char].strip()


def _starts_block(doc: Doc, token_i: int) -> bool:
    starts = doc._.block_starts
    if not starts:
        return False
    char = doc[token_i].idx
    j = bisect.bisect_left(starts, char)
    return j < len(starts) and starts[j] == char


_CLAIM_LABELS = ("dosage", "statistic", "advice", "treatment", "causal")


@Language.factory(
    "medlint_claims",
    assigns=["doc.spans"],
    requires=["token.is_sent_start"],
    default_config={"spans_key": "claims", "markers_key": "citation_markers"},
)
def make_claims(nlp: Language, name: str, spans_key: str, markers_key: str) -> ClaimDetector:
    return ClaimDetector(nlp, spans_key, markers_key)


class ClaimDetector:
    """Marks each sentence that asserts something about health as a claim, labelled with its kind.

    Kinds, first that applies: dosage, statistic, advice, treatment, causal, general.
    """

    def __init__(self, nlp: Language, spans_key: str, markers_key: str) -> None:
        self.spans_key = spans_key
        self.markers_key = markers_key
        self.phrases = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.phrases.add("treatment", [nlp.make_doc(t) for t in lexicon.TREATMENTS])
        self.phrases.add("causal", [nlp.make_doc(t) for t in lexicon.CAUSAL])
        self.phrases.add("advice", [nlp.make_doc(t) for t in lexicon.ADVICE_PHRASES])
        self.phrases.add("statistic", [nlp.make_doc(t) for t in lexicon.STATISTIC_WORDS])
        self.phrases.add("schedule", [nlp.make_doc(t) for t in lexicon.SCHEDULES])
        self.matcher = Matcher(nlp.vocab)
        units = [u.lower() for u in lexicon.UNITS]
        self.matcher.add(
            "dosage",
            [
                [{"LIKE_NUM": True}, {"LOWER": {"IN": units}}],
                [{"LIKE_NUM": True}, {"ORTH": {"IN": ["-", "–", "to"]}}, {"LIKE_NUM": True}, {"LOWER": {"IN": units}}],
                [
                    {"LOWER": "every"},
                    {"LIKE_NUM": True, "OP": "?"},
                    {"LOWER": {"IN": ["hours", "hour", "days", "weeks"]}},
                ],
            ],
        )
        self.matcher.add(
            "statistic",
            [
                [{"LIKE_NUM": True}, {"ORTH": "%"}],
                [{"TEXT": {"REGEX": r"^\d+(\.\d+)?%$"}}],
                [{"LIKE_NUM": True}, {"LOWER": {"IN": ["percent", "in", "out", "of", "times", "fold"]}}],
                [
                    {"LIKE_NUM": True},
                    {
                        "LOWER": {
                            "IN": [
                                "people",
                                "patients",
                                "adults",
                                "children",
                                "women",
                                "men",
                                "cases",
                                "deaths",
                                "years",
                                "months",
                                "weeks",
                                "days",
                                "hours",
                            ]
                        }
                    },
                ],
            ],
        )
        self.drug_suffixes = tuple(lexicon.DRUG_SUFFIXES)
        self.advice_verbs = frozenset(lexicon.ADVICE_VERBS)
        self.cta = tuple(lexicon.CALL_TO_ACTION)
        self.about = tuple(lexicon.ABOUT_THE_ARTICLE)

    def __call__(self, doc: Doc) -> Doc:
        found: list[tuple[int, str]] = []
        strings = doc.vocab.strings
        for match_id, start, _end in self.phrases(doc):
            found.append((start, strings[match_id]))
        for match_id, start, _end in self.matcher(doc):
            found.append((start, strings[match_id]))
        found.sort()
        starts = [s for s, _ in found]
        claims: list[Span] = []
        for sent in doc.sents:
            kind = self.classify(sent, found, starts)
            if kind is not None:
                claims.append(Span(doc, sent.start, sent.end, label=kind))
        doc.spans[self.spans_key] = claims
        return doc

    def classify(self, sent: Span, found: list[tuple[int, str]], starts: list[int]) -> str | None:
        text = MARKER.sub("", sent.text).strip()
        if not text or text[-1] in "?:" or not _has_enough_words(text):
            return None
        lower = text.lower()
        if lower.startswith(self.cta) or lower.startswith(self.about):
            return None
        lo = bisect.bisect_left(starts, sent.start)
        hi = bisect.bisect_left(starts, sent.end)
        labels = {label for _, label in found[lo:hi]}
        if "dosage" in labels or ("schedule" in labels and "treatment" in labels):
            return "dosage"
        if "statistic" in labels and any(t.like_num for t in sent):
            return "statistic"
        first = sent[0]
        while first.i < sent.end - 1 and (first.is_punct or first.is_space or first.text == "["):
            first = sent.doc[first.i + 1]
        if first.lower_ in self.advice_verbs or "advice" in labels:
            return "advice"
        if "treatment" in labels or any(t.lower_.endswith(self.drug_suffixes) and len(t) > 6 for t in sent):
            return "treatment"
        if "causal" in labels:
            return "causal"
        return "general"


_WORD = re.compile(r"[A-Za-z]{2,}")


def _has_enough_words(text: str, minimum: int = 4) -> bool:
    return any(count >= minimum for count, _ in enumerate(_WORD.finditer(text), start=1))


def sentences_in(docs: Iterable[Doc]) -> Iterable[Span]:
    for doc in docs:
        yield from doc.sents
