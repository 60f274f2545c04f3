"""medlint's spaCy components: block boundaries, citation markers, and claim detection."""

from __future__ import annotations

import bisect
import re
from typing import Any

import numpy
from spacy.attrs import IS_ALPHA, LENGTH, LOWER, SENT_START
from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.strings import StringStore
from spacy.tokens import Doc, Span

from lint.nlp import lexicon
from lint.nlp.markers import (
    MALFORMED,
    MARKER,
    SOURCE_NOTE,
    author_year_citations,
    source_notes,
    superscripts,
)

SENT_END = frozenset(".!?…")


@Language.component("medlint_block_starts", assigns=["token.is_sent_start"])
def block_starts(doc: Doc) -> Doc:
    """Start a sentence at the first token of every block, so no sentence spans two blocks."""
    starts = doc._.block_starts
    if not starts:
        return doc
    sent_starts, flags = _sent_start_flags(doc)
    for char in starts:
        span = doc.char_span(char, char + 1, alignment_mode="expand")
        if span is not None and len(span):
            flags[span.start] = 1
    doc.from_array([SENT_START], sent_starts)
    return doc


def _sent_start_flags(doc: Doc) -> tuple[Any, Any]:
    """Sentence starts as an array to edit and write back with one `Doc.from_array`.

    Setting `Token.is_sent_start` rescans the whole doc on every call, quadratic on a long article.
    Returns the uint64 array for `from_array` and a signed view of it: 1 starts a sentence, -1 does not.
    """
    sent_starts = doc.to_array([SENT_START]).reshape(-1)
    return sent_starts, sent_starts.view("int64")


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
        text = doc._.text if doc._.text is not None else doc.text
        found: list[tuple[int, int, str]] = []
        if "[" in text:
            for m in MARKER.finditer(text):
                found.append((m.start(), m.end(), "bracket"))
            for m in MALFORMED.finditer(text):
                if not MARKER.fullmatch(m.group(0)):
                    found.append((m.start(), m.end(), "malformed"))
        listed = doc._.source_numbers
        found.extend((start, end, "superscript") for start, end in superscripts(text, listed))
        found.extend((start, end, "author_year") for start, end, _ in author_year_citations(text))
        found.extend((start, end, "note") for start, end in source_notes(text))
        found.sort()
        spans: list[Span] = []
        last_end = -1
        for start, end, label in found:
            if start < last_end:
                continue  # a number inside a bracket marker, or a year inside a source note
            span = doc.char_span(start, end, label=label, alignment_mode="expand")
            if span is not None and (not spans or span.start >= spans[-1].end):
                spans.append(span)
                last_end = end
        doc.spans[self.spans_key] = spans
        # walk marker groups: markers separated only by spaces belong together
        sent_starts, flags = _sent_start_flags(doc)
        block_starts = doc._.block_starts
        changed = False
        i = 0
        while i < len(spans):
            group_end = i
            while group_end + 1 < len(spans) and _adjacent(text, spans[group_end], spans[group_end + 1]):
                group_end += 1
            first, last = spans[i], spans[group_end]
            i = group_end + 1
            if first.start == 0 or _starts_block(block_starts, first.start_char):
                continue
            prev = doc[first.start - 1]
            if not (prev.text and prev.text[-1] in SENT_END):
                continue
            # the sentencizer started the next sentence inside or after the group: end it after the group
            flags[first.start : last.end] = -1
            nxt = last.end
            while nxt < len(doc) and doc[nxt].is_space:
                nxt += 1
            if nxt < len(doc):
                flags[nxt] = 1
            changed = True
        if changed:
            doc.from_array([SENT_START], sent_starts)
        return doc


def _adjacent(text: str, a: Span, b: Span) -> bool:
    # `text` is doc.text, passed in: Doc.text rebuilds the whole string on every access
    return b.start_char - a.end_char <= 1 and not text[a.end_char : b.start_char].strip()


def _starts_block(starts: list[int] | None, char: int) -> bool:
    if not starts:
        return False
    j = bisect.bisect_left(starts, char)
    return j < len(starts) and starts[j] == char


@Language.factory(
    "medlint_claims",
    assigns=["doc.spans"],
    requires=["token.is_sent_start"],
    default_config={"spans_key": "claims", "markers_key": "citation_markers"},
)
def make_claims(nlp: Language, name: str, spans_key: str, markers_key: str) -> ClaimDetector:
    return ClaimDetector(nlp, spans_key, markers_key)


# a claim's kind is the first of these whose cue the sentence carries; "general" when none does
# cues that make a sentence no claim at all
_NOT_CLAIM = frozenset({"methods", "not_health"})
# cues about the site, a service or an appointment: they void a sentence only when nothing in it is about health
_SOFT_NOT_CLAIM = frozenset({"service"})
# cues that make a sentence about health whatever else it says
_HEALTH_CUES = frozenset({"treatment", "causal", "rate", "dosage", "schedule", "statistic", "finding"})
# "before coming in" is about a visit, not a precaution
_ARRIVING = frozenset({"coming", "visiting", "arriving", "attending", "going", "calling", "being"})
_CLOCK = frozenset({"a.m.", "p.m.", "am", "pm", "a.m", "p.m", "o'clock", "noon"})
# a number dialled is no count: "Call 999 if ..."
_DIAL = frozenset({"call", "dial", "phone", "ring", "text", "on"})
_DATE = re.compile(r"\b(?:19|20)\d\d\b|\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b")
# a reference entry printed as text: `Surname, A. B.`, `et al.`, `(2016).`, `9(2): 45-52`, a DOI or PMID
_REFERENCE_SIGNS = (
    re.compile(r"^\W{0,3}(?:\d{1,3}[.)]\s*)?\^?\s*[A-Z][A-Za-z'’-]+,\s(?:[A-Z]\.\s?){1,3}(?:,|&|and|\(|$)"),
    re.compile(r"\bet\s+al\b"),
    re.compile(r"\((?:19|20)\d\d[a-z]?\)\s*[.,]"),
    re.compile(r"\b\d{1,4}\s*\(\d{1,4}\)\s*:\s*[A-Za-z]?\d"),
    re.compile(r"\b(?:19|20)\d\d\s*(?:[A-Z][a-z]{2}\s*\d{0,2}\s*)?;\s*\d{1,4}"),
    re.compile(r"\bdoi\b|\bPMID\b|\bPMC\d|\bRetrieved\b|\bAccessed\b", re.I),
    re.compile(r"^\W{0,3}(?:\d{1,3}[.)]\s*)?(?:[A-Z][A-Za-z'’-]+\s[A-Z]{1,3},\s){1,}"),
)


_DIGIT = re.compile(r"\d")


def looks_like_reference(text: str) -> bool:
    """A block that reads like an entry of a source list: two signs of a reference, such as authors and a year."""
    if len(text) < 25 or _DIGIT.search(text) is None:
        return False
    signs = 0
    for rx in _REFERENCE_SIGNS:
        if rx.search(text):
            signs += 1
            if signs == 2:
                return True
    return False


_CLOSERS = frozenset("\"'”’)]»")
_OPENERS = frozenset({"if", "when", "whenever", "because", "once", "before", "after", "during", "while", "until"})
_YEAR = re.compile(r"^(?:19|20)\d\d$")
_LEADS_TO_VERB = frozenset({"important", "sure", "remember", "encouraged", "free", "forget", "want", "hesitate"})
_ADVERBS = frozenset({"also", "then", "always", "immediately", "first", "still", "please", "just", "promptly"})
# words that may stand before a contact without naming a symptom: "your oncology team", "the nearest emergency room"
_REFERRAL_WORDS = frozenset({"go", "dial", "seek", "get", "visit", "come", "return", "page", "reach"})
# a clause that only states when: "When you feel overwhelmed and can't think straight."
_CONDITION_OPENERS = frozenset({"if", "when", "whenever"})
# words after a comma that start a main clause, not more of the condition: "If you smoke, you ..."
_MAIN_CLAUSE_STARTS = frozenset(
    {"you", "it", "they", "this", "these", "we", "he", "she", "there", "i", "then", "most", "many", "some", "people"}
)
_MODALS = frozenset({"can", "could", "may", "might", "will", "would", "should", "must", "'ll", "then", "need"})
# "you will be asked", "you may be weighed", "you'll speak with": steps of a visit
_YOU_WILL = frozenset({"will", "'ll", "may", "might"})
_DETERMINERS = frozenset({"your", "the", "a", "an", "their", "his", "her", "its", "our", "my", "each", "every"})
_REPORTED = frozenset({"that", "whether", "what", "which", "who"})
# "so that you know what to expect", "so you can get ready": what a step is for, not why about health
_PREPARED = frozenset({"know", "ready", "prepare", "prepared", "plan", "expect"})
# a run-in label such as "How to reduce your risk." or "What to do if it happens."
_WH_WORDS = frozenset({"how", "what", "when", "where", "why", "who", "which"})


class ClaimDetector:
    """Marks each sentence that asserts something about health as a claim, labelled with its kind.

    All cues are found by one PhraseMatcher and one Matcher pass over the doc; each sentence then
    reads its slice of the sorted matches (bisect) and a few token attributes, so the cost per sentence
    stays flat. Kinds, first that applies: dosage, statistic, advice, treatment, causal, general.
    Not claims: questions, lead-ins ending in a colon, lines without a full stop outside lists and
    tables (headings, titles, links), calls to action, statements about the article, the methods of a
    study, and fragments too short to assert anything.
    """

    def __init__(self, nlp: Language, spans_key: str, markers_key: str) -> None:
        self.spans_key = spans_key
        self.markers_key = markers_key
        vocab = nlp.vocab
        self.phrases = PhraseMatcher(vocab, attr="LOWER")
        for label, terms in (
            ("treatment", lexicon.TREATMENTS),
            ("causal", lexicon.CAUSAL),
            ("advice", lexicon.ADVICE_PHRASES),
            ("statistic", lexicon.STATISTIC_PHRASES),
            ("rate", lexicon.RATE_PHRASES),
            ("schedule", lexicon.SCHEDULES),
            ("navigation", lexicon.NAVIGATION),
            ("cta", lexicon.CALL_TO_ACTION),
            ("about", lexicon.ABOUT_THE_ARTICLE),
            ("methods", lexicon.STUDY_METHODS),
            ("not_health", lexicon.NOT_HEALTH),
            ("service", lexicon.SERVICE),
            ("review", lexicon.REVIEW_LINES),
            ("pointer", lexicon.POINTERS),
            ("referral", sorted(lexicon.REFERRAL_VERBS)),
            ("finding", lexicon.FINDINGS),
            ("condition", lexicon.CONDITION_WORDS),
            ("metadata", lexicon.METADATA_LABELS),
            ("defer", lexicon.DEFERRING),
        ):
            self.phrases.add(label, [nlp.make_doc(t) for t in terms])
        units = sorted({u.lower() for u in lexicon.DOSE_UNITS})
        number = {"LIKE_NUM": True}
        self.matcher = Matcher(vocab)
        self.matcher.add(
            "dosage",
            [
                [number, {"LOWER": {"IN": units}}],
                [number, {"ORTH": {"IN": ["-", "–", "to", "or"]}}, number, {"LOWER": {"IN": units}}],
                [{"LOWER": "every"}, number, {"LOWER": {"IN": ["hours", "hour", "days", "weeks", "months"]}}],
                [number, {"LOWER": "times"}, {"LOWER": {"IN": ["a", "per", "daily", "weekly"]}}],
            ],
        )
        # every pattern opens on a lexeme flag or an exact word, so the matcher's per-token test stays in C;
        # a number is filtered in _counts for years, labels ("type 2") and words like "one" or "first"
        self.matcher.add("number", [[number]])
        # "our specialist children's nurses", "our care team": who runs the service, not a finding about health
        anyword = {"IS_PUNCT": False, "OP": "?"}
        self.matcher.add(
            "service",
            [
                [
                    {"LOWER": "our"},
                    anyword,
                    anyword,
                    anyword,
                    anyword,
                    {"LOWER": {"IN": sorted(lexicon.SERVICE_PEOPLE)}},
                ],
                # "your Mayo Clinic appointment", "your first clinic visit"
                [
                    {"LOWER": "your"},
                    anyword,
                    anyword,
                    anyword,
                    {"LOWER": {"IN": ["appointment", "appointments", "visit"]}},
                ],
            ],
        )
        self.matcher.add(
            "rate",
            [
                [number, {"ORTH": "%"}],
                [number, {"LOWER": "in"}, number],
                [number, {"IS_ALPHA": True}, {"LOWER": "in"}, number],
            ],
        )
        digits = {"IS_DIGIT": True}
        self.matcher.add(
            "phone",
            [
                [digits, {"ORTH": "-"}, digits, {"ORTH": "-"}, digits],
                [{"ORTH": "("}, digits, {"ORTH": ")"}, digits, {"ORTH": "-"}, digits],
                [{"ORTH": ")"}, digits, {"ORTH": "-"}, digits],
                # numbers spelled partly in letters: "1-800-FDA-1088", "1-800-4-CANCER"
                [digits, {"ORTH": "-"}, digits, {"ORTH": "-"}, {"IS_UPPER": True}, {"ORTH": "-"}, digits],
                [digits, {"ORTH": "-"}, digits, {"ORTH": "-"}, digits, {"ORTH": "-"}, {"IS_UPPER": True}],
                [digits, digits, digits],
            ],
        )
        suffixes = "|".join(sorted(lexicon.DRUG_SUFFIXES))
        self.drug_name = re.compile(rf"^[a-z]{{4,}}(?:{suffixes})$")
        self.drug_words: dict[int, bool] = {}  # LOWER hash -> is a drug name, across docs
        self.treatment_label = "treatment"
        self.advice_verbs = lexicon.ADVICE_VERBS
        self.not_imperative_next = lexicon.NOT_IMPERATIVE_NEXT
        self.section_labels = lexicon.STUDY_SECTION_LABELS
        self.quantity_words = lexicon.QUANTITY_WORDS
        self.number_labels = lexicon.NUMBER_LABELS
        self.number_words = lexicon.NUMBER_WORDS
        self.referral_verbs = lexicon.REFERRAL_VERBS
        self.referral_contacts = lexicon.REFERRAL_CONTACTS
        self.reason_words = lexicon.REASON_WORDS
        self.emergency_words = lexicon.EMERGENCY_WORDS
        self.months = lexicon.MONTHS
        self.generic_conditions = lexicon.GENERIC_CONDITIONS
        self.care_team_subjects = lexicon.CARE_TEAM_SUBJECTS
        self.logistics_verbs = lexicon.LOGISTICS_VERBS
        self.visit_passives = lexicon.VISIT_PASSIVES

    def __call__(self, doc: Doc) -> Doc:
        found: list[tuple[int, int, str]] = []
        strings = doc.vocab.strings
        for match_id, start, end in self.phrases(doc):
            found.append((start, end, strings[match_id]))
        for match_id, start, end in self.matcher(doc):
            found.append((start, end, strings[match_id]))
        attrs = doc.to_array([IS_ALPHA, LENGTH, LOWER]).reshape(-1, 3)
        found.extend((i, i + 1, self.treatment_label) for i in self._drug_names(attrs[:, 2], strings))
        found.sort()
        starts = [s for s, _, _ in found]
        # running counts of words (two letters or more), so a sentence's word count is one subtraction
        words = [0, *numpy.cumsum((attrs[:, 0] == 1) & (attrs[:, 1] > 1)).tolist()]
        in_marker = bytearray(len(doc))
        for span in doc.spans.get(self.markers_key, []):
            in_marker[span.start : span.end] = b"\x01" * (span.end - span.start)
        block_starts: list[int] = doc._.block_starts or []
        block_kinds: list[str] = doc._.block_kinds or []
        claims: list[Span] = []
        lead_in_claims: list[Span] = []
        advice_lead_in = False  # the list items after "Call 911 if your child:" are advice
        referral_lead_in = (
            False  # the items after "Ask your doctor:" or "Contact the hotline if you have:" are no claims
        )
        text: str = doc._.text if doc._.text is not None else doc.text
        reference_blocks: dict[int, bool] = {}
        for sent in doc.sents:
            j = bisect.bisect_right(block_starts, sent.start_char) - 1
            block_kind = block_kinds[j] if 0 <= j < len(block_kinds) else "paragraph"
            if j >= 0 and block_starts:
                is_reference = reference_blocks.get(j)
                if is_reference is None:
                    end_char = block_starts[j + 1] if j + 1 < len(block_starts) else len(text)
                    block_text = text[block_starts[j] : end_char]
                    # an inline source note is a marker, and the paragraph it closes is still read for claims
                    if "ource" in block_text or "dapted" in block_text or "eference" in block_text:
                        block_text = SOURCE_NOTE.sub("", block_text)
                    is_reference = reference_blocks[j] = looks_like_reference(block_text)
                if is_reference:
                    continue
            lo = bisect.bisect_left(starts, sent.start)
            hi = bisect.bisect_left(starts, sent.end)
            cues = found[lo:hi]
            bounds = _bounds(sent, in_marker)
            if bounds is None:
                continue
            n_words = words[sent.end] - words[sent.start]
            kind = self.classify(sent, bounds, block_kind, cues, n_words, in_marker)
            if kind is None and bounds[1] == ":" and block_kind != "list_item":
                # what the lead-in would claim as a statement: a claim when its list is missing (see analyze)
                as_statement = self.classify(sent, (bounds[0], "."), block_kind, cues, n_words, in_marker)
                if as_statement is not None:
                    lead_in_claims.append(Span(doc, sent.start, sent.end, label=as_statement))
            if block_kind == "list_item":
                if kind is not None and referral_lead_in and (bounds[1] not in ".!" or n_words <= 10):
                    kind = None
                elif kind == "general" and advice_lead_in:
                    kind = "advice"
            else:
                lead_in = bounds[1] == ":"
                advice_lead_in = lead_in and (
                    any(label == "advice" for _, _, label in cues) or self._instructs(doc, bounds[0], sent.end)
                )
                referral_lead_in = lead_in and self._not_about_health(doc, bounds[0], sent.end, cues, in_marker)
            if kind is not None:
                claims.append(Span(doc, sent.start, sent.end, label=kind))
        doc.spans[self.spans_key] = claims
        doc.spans[self.spans_key + "_lead_ins"] = lead_in_claims
        return doc

    def classify(
        self,
        sent: Span,
        bounds: tuple[int, str],
        block_kind: str,
        cues: list[tuple[int, int, str]],
        words: int,
        in_marker: bytearray,
    ) -> str | None:
        """The claim kind of one sentence, or None; ``bounds`` is its first word and final character."""
        doc = sent.doc
        first, final = bounds
        if final in "?:":
            return None  # a question or a lead-in
        if doc[first].lower_ in _WH_WORDS and (
            (first + 1 < sent.end and doc[first + 1].lower_ == "to")
            or (block_kind == "list_item" and final not in ".!…;")
        ):
            return None  # a run-in label ("How to reduce your risk.") or a topic item ("What happens when you call")
        labels = {label for _, _, label in cues}
        if not labels & _HEALTH_CUES and self._condition_only(doc, first, sent.end):
            return None  # "When you feel overwhelmed and can't think straight.": when to get help, not a finding
        if "condition" in labels and not any(
            label == "condition" and not _names_a_service(doc, start, end, first, sent.end)
            for start, end, label in cues
        ):
            # "the recovery room", "your cancer care team", "support for people with asthma": a service's scope
            labels.discard("condition")
        if labels & _NOT_CLAIM:
            return None
        if (
            "defer" in labels
            and words <= 12
            and not labels & _HEALTH_CUES - {"treatment"}
            and (doc[first].lower_ == "care" or self._instructs(doc, first, sent.end, block_kind == "list_item"))
        ):
            return None  # "Take your pain medicines as prescribed.": the care team's instructions, not a finding
        opening = {label for start, _, label in cues if start == first}
        if "navigation" in opening or ("cta" in opening and words <= 6) or ("phone" in labels and words <= 10):
            return None
        if self._section_label(doc, first) in self.section_labels:
            return None
        rate = "rate" in labels
        dosage = "dosage" in labels or "schedule" in labels
        # a statement about the page gives way to the numbers it reports ("This review found a 30% drop")
        if (
            ("about" in opening or "pointer" in labels)
            and not (rate or dosage or "statistic" in labels)
            # "This is a reminder that flu can be deadly" reports a finding; "This page is about flu" does not
            and not ("condition" in labels and "about" in opening and any(t.lower_ == "that" for t in sent))
        ):
            return None
        if "review" in labels and _DATE.search(sent.text):
            return None  # "This topic was updated on January 9, 2017."
        if (
            labels & _SOFT_NOT_CLAIM
            and not labels & _HEALTH_CUES - {"treatment"}
            and "condition" not in labels
            and not self._reasons(doc, first, sent.end)
        ):
            return None  # a service that names a treatment ("our chemotherapy nurses") is still a service
        if self._refers(doc, first, sent.end, labels) and not self._counts(doc, cues, in_marker):
            return None
        if not labels & _HEALTH_CUES - {"treatment"} and self._generic_referral(doc, first, sent.end, cues):
            return None  # "If you feel unwell after taking ibuprofen, call NHS 111": the medicine is only context
        if not labels & _HEALTH_CUES and "condition" not in labels and self._visit_step(doc, first, sent.end, labels):
            return None
        if "phone" in labels and not labels & _HEALTH_CUES and not self._counts(doc, cues, in_marker):
            return None  # "Call the clinic at (555) 010-0199 to book a visit": a number to dial, not a count
        if final == "!" and _title_case(sent):
            return None  # a tagline such as "Stronger Together Against Cancer!"
        statistic = rate or "statistic" in labels or self._counts(doc, cues, in_marker)
        if block_kind not in ("list_item", "table_cell") and final not in ".!…;":
            return None  # a heading, title or link line: it does not end like a sentence
        minimum = 2 if block_kind == "list_item" else 4
        if words < minimum and not ((dosage or statistic) and self._says_more_than_a_quantity(sent)):
            return None
        if dosage and not rate:
            return "dosage"
        if statistic:
            return "statistic"
        if "advice" in labels or self._instructs(doc, first, sent.end, block_kind == "list_item"):
            return "advice"
        if "treatment" in labels:
            return "treatment"
        if "causal" in labels:
            return "causal"
        return "general"

    def _condition_only(self, doc: Doc, first: int, end: int) -> bool:
        """An if- or when-clause with no main clause after it: an item of a list of situations."""
        if doc[first].lower_ not in _CONDITION_OPENERS:
            return False
        after_comma = False
        reported = False  # inside "that ..." or "whether ...": "feel anxious that something might happen"
        for k in range(first + 1, end):
            token = doc[k]
            lower = token.lower_
            if lower in _MODALS and not reported:
                return False
            if lower in _REPORTED:
                reported = True
            if token.text in (",", ";", "-", "–", "—"):
                after_comma = True
                reported = False
                continue
            if after_comma and not token.is_space:
                if lower in _MAIN_CLAUSE_STARTS or lower in self.advice_verbs or token.text[:1].isupper():
                    return False  # "If you have a rash, see a doctor": the clause after the comma says what
                if lower in _DETERMINERS and end - k >= 4 and not any(doc[j].text in ",;" for j in range(k, end)):
                    return False  # "When it is hot, your heart works harder": the last part has its own subject
                after_comma = False
        return True

    def _drug_names(self, lowers: numpy.ndarray, strings: StringStore) -> list[int]:
        """Token positions of words with a drug-name ending (INN stem), each distinct word tested once."""
        known = self.drug_words
        drugs = []
        for h in numpy.unique(lowers).tolist():
            is_drug = known.get(h)
            if is_drug is None:
                is_drug = known[h] = bool(self.drug_name.match(strings[h]))
            if is_drug:
                drugs.append(h)
        return numpy.flatnonzero(numpy.isin(lowers, drugs)).tolist() if drugs else []

    def _counts(self, doc: Doc, cues: list[tuple[int, int, str]], in_marker: bytearray) -> bool:
        """A number in the sentence that counts or measures something: not a year, a label or a phone."""
        phones = [(s, e) for s, e, label in cues if label == "phone"]
        for start, _end, label in cues:
            if label != "number" or in_marker[start] or any(s <= start < e for s, e in phones):
                continue
            token = doc[start]
            if not token.text[0].isdigit() and token.lower_ not in self.number_words:
                continue
            if _YEAR.match(token.text) and not (start + 1 < len(doc) and doc[start + 1].text == "%"):
                continue
            if token.lower_ in self.emergency_words:
                continue  # "help from 111 online": a service's number, not a count
            if token.text.isdigit() and len(token.text) >= 5:
                continue  # "text HELLO to 741741", "(8255)": a short code or phone number; counts print commas
            prev = doc[start - 1] if start > 0 else None
            if prev is not None and prev.text == "(" and any(s <= start - 2 < e for s, e in phones):
                continue  # "1-800-273-TALK (8255)": the same number in figures
            if prev is not None and prev.text == "-" and start > 1:
                prev = doc[start - 2]
            if prev is not None and (prev.lower_ in self.number_labels or prev.lower_ in _DIAL):
                continue
            nxt = doc[start + 1] if start + 1 < len(doc) else None
            if self._month(prev) or self._month(nxt):
                continue  # a day of a date: "January 9", "9 January"
            if nxt is not None and nxt.lower_ in _CLOCK:
                continue  # a time of day: "9 a.m."
            return True
        return False

    def _month(self, token: Any) -> bool:
        return token is not None and token.lower_ in self.months and token.text[:1].isupper()

    def _refers(self, doc: Doc, first: int, end: int, labels: set[str]) -> bool:
        """An instruction to contact the care team or a service that gives no reason: "Tell your doctor if ..."."""
        if "referral" not in labels or labels & (_HEALTH_CUES - {"causal"}):
            return False
        candidates = [first]
        for k in range(first, min(first + 30, end - 1)):
            text = doc[k].lower_
            if text in (",", "please", ":", "-", "–"):
                candidates.append(k + 1)
            elif (
                text in ("can", "should", "must", "may")
                and k > first
                and doc[k - 1].lower_ not in self.referral_contacts
            ):
                candidates.append(k + 1)  # "You can ask ...", but "your doctor can tell you" sends no one anywhere
            elif text == "to" and k > first and doc[k - 1].lower_ in _LEADS_TO_VERB:
                candidates.append(k + 1)  # "It is important to tell your nurse ...", "Be sure to call us ..."
        # "You should also talk to a nurse": an adverb between the modal and the verb
        candidates += [k + 1 for k in candidates if k < end and doc[k].lower_ in _ADVERBS]
        verb = next((k for k in candidates if k < end and doc[k].lower_ in self.referral_verbs), None)
        if verb is None:
            return False
        contact = False
        for k in range(verb + 1, min(verb + 8, end)):
            lower = doc[k].lower_
            if lower in self.emergency_words:
                return False
            if lower in self.referral_contacts:
                contact = True
                break
        if not contact:
            return False
        return not any(doc[k].lower_ in self.emergency_words for k in range(first, end)) and not self._reasons(
            doc, first, end
        )

    def _generic_referral(self, doc: Doc, first: int, end: int, cues: list[tuple[int, int, str]]) -> bool:
        """A referral whose only condition is generic: "In an emergency, call 911", "Call us with any questions"."""
        medicine = {k for s, e, label in cues if label == "treatment" for k in range(s, e)}
        sends = False
        for k in range(first, end):
            token = doc[k]
            lower = token.lower_
            if k in medicine:
                continue
            if lower in self.referral_verbs or lower in _REFERRAL_WORDS:
                sends = sends or lower not in ("see", "check", "let", "report")
                continue
            if lower in self.referral_contacts or lower in self.emergency_words:
                sends = True
                continue
            if token.is_punct or token.is_space or (token.is_stop and not token.like_num):
                continue
            if lower in self.generic_conditions:
                continue
            # a word before a contact only says which one: "your oncology team", "the nearest emergency room"
            if any(
                doc[j].lower_ in self.referral_contacts or doc[j].lower_ in self.emergency_words
                for j in range(k + 1, min(k + 3, end))
            ):
                continue
            return False
        return sends and not self._reasons(doc, first, end)

    def _visit_step(self, doc: Doc, first: int, end: int, labels: set[str]) -> bool:
        """A step of a visit that the care team takes or that happens to you: "The nurse will check ..."."""
        if self._reasons(doc, first, end):
            return False
        for k in range(first, min(first + 25, end - 2)):
            lower = doc[k].lower_
            nxt = k + 1
            if lower == "you" and doc[nxt].lower_ in _YOU_WILL and doc[nxt + 1].lower_ in ("speak", "talk"):
                return True  # "You'll speak with a trained adviser"
            if lower == "you" and doc[nxt].lower_ in _YOU_WILL and doc[nxt + 1].lower_ == "be":
                j = nxt + 2
                if j < end and doc[j].lower_ in _ADVERBS:
                    j += 1
                if j < end and doc[j].lower_ in self.visit_passives:
                    return True
            if lower not in self.care_team_subjects:
                continue
            j = nxt
            if doc[j].lower_ == "will" or (lower == "we" and doc[j].lower_ in ("can", "may", "also")):
                j += 1  # "we can see you at home": only "we" offers what it can do
            elif lower != "we":
                continue  # only "we" speaks of its routine in the present: "we review your instructions with you"
            if j < end and doc[j].lower_ in _ADVERBS:
                j += 1
            if j < end and doc[j].lower_ in self.logistics_verbs:
                return True
        return False

    def _reasons(self, doc: Doc, first: int, end: int) -> bool:
        """The sentence gives a reason or a precaution: "because ...", ", as ...", "so your doctor can ..."."""
        for k in range(first, end):
            lower = doc[k].lower_
            nxt = doc[k + 1].lower_ if k + 1 < end else ""
            # ", as it ..." gives a reason; ", as well as ..." only adds to a list
            if (
                lower in self.reason_words
                and (lower != "as" or (doc[k - 1].text == "," and nxt != "well"))
                and nxt != "please"
                # "tell you which side effects you may have" names something; ", which raises ..." gives a reason
                and (lower != "which" or doc[k - 1].text == ",")
                # "so that you know what to expect": a purpose of the visit, not a reason about health
                and not (lower == "so" and any(doc[j].lower_ in _PREPARED for j in range(k + 1, min(k + 6, end))))
            ):
                return True
            if lower == "before" and nxt.endswith("ing") and nxt not in _ARRIVING:
                return True  # a precaution: "Check with your doctor before starting any medicine"
        return False

    def _not_about_health(
        self, doc: Doc, first: int, end: int, cues: list[tuple[int, int, str]], in_marker: bytearray
    ) -> bool:
        """A lead-in that sends the reader to someone or describes a service: its list items are no claims."""
        labels = {label for _, _, label in cues}
        if labels & _SOFT_NOT_CLAIM and not labels & _HEALTH_CUES:
            return True
        if "metadata" in labels or (
            labels & {"about", "pointer"} and "condition" not in labels and not labels & _HEALTH_CUES
        ):
            return True  # "Article Author:", "A leaflet includes the following information:": no health in the items
        return self._refers(doc, first, end, labels)

    def _says_more_than_a_quantity(self, sent: Span) -> bool:
        """`7% higher risk` says something; `10% to 25%` or `Less than 10%` only names a range."""
        return any(t.is_alpha and not t.like_num and t.lower_ not in self.quantity_words for t in sent)

    def _section_label(self, doc: Doc, first: int) -> str:
        """The label of an abstract section the sentence opens with: `Methods:` -> "methods"."""
        for k in range(first, min(first + 3, len(doc))):
            if doc[k].text == ":":
                return doc[first:k].text.lower()
        return ""

    def _instructs(self, doc: Doc, first: int, end: int, list_item: bool = False) -> bool:
        """An imperative: at the start, after a `Label:` prefix, or after an opening clause ("If ..., call").

        List items may start in lower case ("drink plenty of fluid").
        """
        candidates = [first]
        for k in range(first, min(first + 6, end - 1)):
            if doc[k].text == ":":
                candidates.append(k + 1)
                break
        if doc[first].lower_ in _OPENERS:
            for k in range(first + 1, min(first + 25, end - 1)):
                if doc[k].text == ",":
                    candidates.append(k + 1)
                    break
        for k in candidates:
            if k >= end:
                continue
            token = doc[k]
            if token.lower_ not in self.advice_verbs:
                continue
            nxt = doc[k + 1] if k + 1 < end else None
            if nxt is not None and nxt.lower_ in self.not_imperative_next and token.lower_ not in ("do", "don't"):
                continue
            if token.text[:1].isupper() or k != first or list_item:
                return True
        return False


# nouns a condition word may qualify without the sentence being about the condition
_SERVICE_NOUNS = frozenset(
    "room nurse nurses team teams centre center clinic clinics service services unit ward care specialist "
    "specialists patients support charity hotline helpline society department hospital".split()
)


_SCOPE_WORDS = frozenset({"with", "for", "on", "about"})


def _names_a_service(doc: Doc, start: int, after: int, first: int, end: int) -> bool:
    """The condition word at ``start`` qualifies a service noun ("recovery room", "cancer care team") or
    names whom a service is for ("families of children with asthma")."""
    if any(doc[k].lower_ in _SERVICE_NOUNS for k in range(after, min(after + 2, end))):
        return True
    return any(doc[k].lower_ in _SCOPE_WORDS for k in range(max(first, start - 2), start))


def _title_case(sent: Span) -> bool:
    """Every word of four letters or more starts with a capital, as in a slogan or a heading."""
    words = [t.text for t in sent if t.is_alpha and len(t.text) >= 4]
    return len(words) >= 2 and all(w[0].isupper() for w in words)


def _bounds(sent: Span, in_marker: bytearray) -> tuple[int, str] | None:
    """The sentence's first word and its final character, markers, spaces and closing quotes aside."""
    doc = sent.doc
    first = sent.start
    while first < sent.end and (doc[first].is_space or doc[first].is_punct or in_marker[first]):
        first += 1
    if first >= sent.end:
        return None
    last = sent.end - 1
    while last > first and (doc[last].is_space or in_marker[last]):
        last -= 1
    end = doc[last].text
    while end[-1] in _CLOSERS and last > first:
        last -= 1
        end = doc[last].text
    if end[-1] in ":;":
        # "...risk of gout. ::error": stray marks after a full stop do not make the sentence a lead-in
        k = last
        while k > first and doc[k].is_punct and doc[k].text[-1] in ":;":
            k -= 1
        if k < last and doc[k].text[-1] in ".!?…":
            return first, doc[k].text[-1]
    return first, end[-1]
