"""medlint's spaCy components: block boundaries, citation markers, and claim detection."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable, Iterator
from typing import Any, NamedTuple

import numpy
from spacy.attrs import (
    IDX,
    IS_ALPHA,
    IS_DIGIT,
    IS_PUNCT,
    IS_SPACE,
    IS_STOP,
    IS_UPPER,
    LENGTH,
    LIKE_NUM,
    LOWER,
    ORTH,
    SENT_START,
)
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.strings import StringStore
from spacy.tokens import Doc, Span

from lint.nlp import claim_model, lexicon
from lint.nlp.markers import (
    MALFORMED,
    MARKER,
    SOURCE_NOTE,
    author_year_citations,
    parenthesised,
    source_notes,
    superscripts,
)

SENT_END = frozenset(".!?…")
# closing quotes and brackets a sentence may end inside: `“a flare.”`, `(see below.)`
_CLOSING_MARKS = frozenset({"”", "’", '"', "'", ")", "»"})


# an abbreviation before a number, whose full stop ends no sentence: "No. 1", "Vol. 12", "pp. 45-52"
_NUMBER_ABBREVIATION = re.compile(r"\b(?:[Nn]os?|[Vv]ol|[Ff]igs?|pp?|[Rr]efs?)\.[ \t]+(?=\d)")


@Language.component("medlint_block_starts", assigns=["token.is_sent_start"])
def block_starts(doc: Doc) -> Doc:
    """Start a sentence at the first token of every block, so no sentence spans two blocks.

    The number after "No." does not start one: the sentencizer leaves a start set to -1 alone.
    """
    starts = doc._.block_starts
    text = doc._.text if doc._.text is not None else doc.text
    abbreviations = list(_NUMBER_ABBREVIATION.finditer(text)) if "." in text else []
    if not starts and not abbreviations:
        return doc
    sent_starts, flags = _sent_start_flags(doc)
    for char in starts or ():
        span = doc.char_span(char, char + 1, alignment_mode="expand")
        if span is not None and len(span):
            flags[span.start] = 1
    for m in abbreviations:
        span = doc.char_span(m.end(), m.end() + 1, alignment_mode="expand")
        if span is not None and len(span) and flags[span.start] != 1:
            flags[span.start] = -1
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
        found.extend((start, end, "superscript") for start, end in superscripts(text, listed, doc._.source_list_cut))
        found.extend((start, end, "parenthesis") for start, end in parenthesised(text, listed))
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
        if "needed]" in text or "verification]" in text:
            # "[citation needed]" is no marker, but it stays with the sentence it follows, as a marker does
            tags = [doc.char_span(m.start(), m.end(), alignment_mode="expand") for m in _EDITORIAL_TAG.finditer(text)]
            spans = sorted(spans + [t for t in tags if t is not None], key=lambda t: t.start)
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
            first_index, i = i, group_end + 1
            # no sentence starts inside a marker: `“a flare.” [1]` is not cut between `[` and `1]`
            for span in spans[first_index:i]:
                if span.end - span.start > 1 and (flags[span.start + 1 : span.end] == 1).any():
                    flags[span.start + 1 : span.end] = -1
                    changed = True
            if first.start == 0 or _starts_block(block_starts, first.start_char):
                continue
            k = first.start - 1
            while k > 0 and doc[k].text in _CLOSING_MARKS:
                k -= 1  # `pain “a flare.” [1]`: the full stop inside the quote ends the sentence
            prev = doc[k]
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
# a line this long that reports a finding is a sentence that lost its full stop, not a heading
# an abstract's paragraph on how the study was done, opened by its label: "Methods: This was a cross-sectional study."
# the label of the findings after the methods, in a flattened abstract: "... Results: Fever was ..."
_RESULTS_LABEL = re.compile(r"\b(?:results?|findings|conclusions?|interpretation)\s*:", re.I)


def _in_methods(text: str, block_starts: list[int], j: int, at: int) -> bool:
    """The sentence at ``at`` is in block ``j`` opened by an abstract's label for a part with no findings
    ("Methods:", "Design:"; the labels the first sentence's own check reads) and before any "Results:" label."""
    start = block_starts[j]
    colon = text.find(":", start, start + 40)
    if colon == -1 or " ".join(text[start:colon].split()).lower() not in lexicon.STUDY_SECTION_LABELS:
        return False
    end = block_starts[j + 1] if j + 1 < len(block_starts) else len(text)
    results = _RESULTS_LABEL.search(text, block_starts[j], end)
    return results is None or at < results.start()


_LONG_UNSTOPPED = 25
# ... and a key point this long that speaks of health is one too, when it stands as a paragraph of its own
_UNSTOPPED_POINT = 10
# cues that make a sentence about health whatever else it says
# words before "result(s) in" that make "results" the noun of a test ("your results in the post"), not a cause
_RESULTS_OWNERS = frozenset(
    "your my our their his her the test screening blood lab scan biopsy smear these those any".split()
)
_HEALTH_CUES = frozenset({"treatment", "causal", "rate", "dosage", "schedule", "statistic", "finding"})
# "before coming in" is about a visit, not a precaution
_ARRIVING = frozenset({"coming", "visiting", "arriving", "attending", "going", "calling", "being"})


class _HashOf(dict[str, int]):
    """The hash spaCy gives a word (its `LOWER` or `ORTH` attribute), computed on first use."""

    store = StringStore()

    def __missing__(self, word: str) -> int:
        value = self[word] = self.store.add(word)
        return value


_H = _HashOf()


def _hashes(words: Iterable[str]) -> frozenset[int]:
    return frozenset(_H[w] for w in words)


# what names a number rather than counting with it, when a full stop follows it: "No. 1", "Vol. 4"
_CANCER = _hashes({"cancer", "cancers"})
_NUMBER_LABELS = _hashes({"no", "nos", "vol", "fig", "figs", "p", "pp", "ref", "refs"})
_HOURS = _hashes({"hour", "hours", "hr", "-hour"})
_CLOCK = _hashes({"a.m.", "p.m.", "am", "pm", "a.m", "p.m", "o'clock", "noon"})
# a number dialled is no count: "Call 999 if ..."
_DIAL = _hashes({"call", "dial", "phone", "ring", "text", "on"})
_DATE = re.compile(r"\b(?:19|20)\d\d\b|\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b")
# how to keep a medicine at home: "Store at room temperature", "Keep out of reach of children", "Keep the tablets in
# their original container, away from moisture and light"
_STORE_VERBS = _hashes({"store", "keep"})
_STORAGE = re.compile(
    r"\broom\s+temperature\b|\bout\s+of\s+(?:the\s+)?(?:reach|sight)\s+of\s+children\b|\boriginal\s+(?:container|package|packaging|bottle|box|pack)\b"
    r"|\baway\s+from\s+(?:moisture|light|heat|direct\s+sunlight|sunlight|children)\b|\b(?:fridge|refrigerator)\b"
    r"|\bdry\s+place\b|\bcool\s+(?:and\s+dry\s+)?place\b",
    re.I,
)
# a reference entry printed as text: `Surname, A. B.`, `et al.`, `(2016).`, `9(2): 45-52`, a DOI or PMID;
# each sign comes with a cheap test its text must pass first, since most blocks are prose that passes none
_ET_AL = re.compile(r"et\s+al\b")
# a reader's or member's words in quotes, signed after a dash: "“My feet felt numb ...” - RosaM_77"
_TESTIMONIAL = re.compile(r"\s*[“\"][^“”\"\n]{20,}[”\"]\s*[-–—]\s*[\w.'’,]+(?: [\w.'’,]+){0,5}\s*$")
_IDENTIFIERS = ("doi", "pmid", "pmc", "retrieved", "accessed")
# a block that only gives an article's identifier: "DOI : 10.5505/abc.2024.12", "PMID: 31234567", "ISSN 1234-5678"
_IDENTIFIER_LINE = re.compile(
    r"\W*(?:(?:doi|pmid|pmcid|e-?issn|issn|isbn)\b\s*[:.]?\s*|https?://(?:dx\.)?doi\.org/)\S+\s*", re.IGNORECASE
)


def _has_identifier(folded: str) -> bool:
    return any(w in folded for w in _IDENTIFIERS)


_REFERENCE_SIGNS: tuple[tuple[Callable[[str], bool] | None, re.Pattern[str]], ...] = (
    (None, re.compile(r"^\W{0,3}(?:\d{1,3}[.)]\s*)?\^?\s*[A-Z][A-Za-z'’-]+,\s(?:[A-Z]\.\s?){1,3}(?:,|&|and|\(|$)")),
    (lambda t: _ET_AL.search(t) is not None, re.compile(r"\bet\s+al\b")),
    (lambda t: "(" in t, re.compile(r"\((?:19|20)\d\d[a-z]?\)\s*[.,]")),
    (lambda t: "(" in t and ":" in t, re.compile(r"\b\d{1,4}\s*\(\d{1,4}\)\s*:\s*[A-Za-z]?\d")),
    (lambda t: ";" in t, re.compile(r"\b(?:19|20)\d\d\s*(?:[A-Z][a-z]{2}\s*\d{0,2}\s*)?;\s*\d{1,4}")),
    (
        lambda t: _has_identifier(t.casefold()),
        re.compile(r"\bdoi\b|\bPMID\b|\bPMC\d|\bRetrieved\b|\bAccessed\b", re.I),
    ),
    (None, re.compile(r"^\W{0,3}(?:\d{1,3}[.)]\s*)?(?:[A-Z][A-Za-z'’-]+\s[A-Z]{1,3},\s){1,}")),
)


_DIGIT = re.compile(r"\d")
_N11 = re.compile(r"[2-9]11")


def looks_like_reference(text: str) -> bool:
    """A block that reads like an entry of a source list: two signs of a reference, such as authors and a year."""
    if len(text) < 25 or _DIGIT.search(text) is None:
        return False
    signs = 0
    for may_match, rx in _REFERENCE_SIGNS:
        if (may_match is None or may_match(text)) and rx.search(text):
            signs += 1
            if signs == 2:
                return True
    return False


_CLOSERS = frozenset("\"'”’)]»")
_OPENERS = _hashes({"if", "when", "whenever", "because", "once", "before", "after", "during", "while", "until"})
_YEAR = re.compile(r"^(?:19|20)\d\d$")
_LEADS_TO_VERB = _hashes({"important", "sure", "remember", "encouraged", "free", "forget", "want", "hesitate"})
_ADVERBS = _hashes({"also", "then", "always", "immediately", "first", "still", "please", "just", "promptly"})
# words that may stand before a contact without naming a symptom: "your oncology team", "the nearest emergency room"
_REFERRAL_WORDS = _hashes({"go", "dial", "seek", "get", "visit", "come", "return", "page", "reach", "book"})
# verbs that send the reader nowhere by themselves: "see page 4", "check the label"
_WEAK_REFERRALS = _hashes({"see", "check", "let", "report"})
# where the verb of a referral may start after its opening: "If so, call", "Please ask", "Note: tell"
_OPENS_A_CLAUSE = _hashes({",", "please", ":", "-", "–"})
_MODALS = _hashes({"can", "should", "must", "may"})
_WE_OFFER = _hashes({"can", "may", "also"})
_TEAM_CAN = _hashes({"can", "may", "could"})
# whom a care role's service is for: "sees people with ...", "works with patients who ...", "supports families"
_AND_BUT = _hashes({"and", "but", "so", "because"})
_SERVES = _hashes({"sees", "works", "supports", "visits"})
_PEOPLE = _hashes({"people", "patients", "anyone", "everyone", "those", "children", "adults", "families"})
# the reader's choice the team helps with: "can help you decide whether ...", "can help determine which ..."
_DECIDE = _hashes({"decide", "determine", "choose"})
_WORK_OR_FIGURE = _hashes({"work", "figure"})
_WHICH_WAY = _hashes({"whether", "if", "which", "what", "how", "when"})
_DO = _hashes({"do", "don't"})
# a clause that only states when: "When you feel overwhelmed and can't think straight."
_CONDITION_OPENERS = _hashes({"if", "when", "whenever"})
# words after a comma that start a main clause, not more of the condition: "If you smoke, you ..."
_MAIN_CLAUSE_STARTS = _hashes(
    {"you", "it", "they", "this", "these", "we", "he", "she", "there", "i", "then", "most", "many", "some", "people"}
)
_CONDITION_MODALS = _hashes({"can", "could", "may", "might", "will", "would", "should", "must", "'ll", "then", "need"})
_CLAUSE_BREAKS = _hashes({",", ";", "-", "–", "—"})
_COMMA_OR_SEMICOLON = _hashes({",", ";", ",;"})
# "you will be asked", "you may be weighed", "you'll speak with": steps of a visit
_YOU_WILL = _hashes({"will", "'ll", "may", "might"})
_SPEAK = _hashes({"speak", "talk"})
# "you will have regular blood tests", "you may need a scan": a test the reader has during care
_HAVE_OR_NEED = _hashes({"have", "need", "get"})
_CHECK_NOUNS = _hashes(
    {
        "test",
        "tests",
        "check",
        "checks",
        "checkup",
        "checkups",
        "check-up",
        "check-ups",
        "scan",
        "scans",
        "vital",
        "x-ray",
        "x-rays",
        "ecg",
        "ekg",
        "bloodwork",
        "sample",
        "samples",
        "exam",
        "exams",
    }
)
_CHECK_VERBS = _hashes({"check", "ensure", "monitor", "see", "confirm"})
# the visit's moves and chores: "The nurse will then take you to the suite", "You will have to wait"
_TEAM_WILL = _hashes({"will", "'ll", "may", "might", "can", "could"})
_ADVERBS_OF_VISIT = _hashes({"then", "also", "first", "usually", "often", "now", "next", "later", "normally"})
_MOVE_VERBS = _hashes({"take", "escort", "walk", "show", "greet", "meet", "check", "speak", "decide", "call", "bring"})
_MOVE_OBJECTS = _hashes({"you", "on", "if", "whether", "to", "with", "your"})
_NEED_OR_HAVE = _hashes({"need", "have", "want"})
_CHORES = _hashes({"wait", "pick", "collect", "bring", "arrive", "return", "book", "leave", "sign", "park"})
_CLAUSE_WORDS = _hashes({"and", "but", "is", "are", "be", "was", "were", "can", "could", "should", "must"})
_DETERMINERS = _hashes({"your", "the", "a", "an", "their", "his", "her", "its", "our", "my", "each", "every"})
# the words a line cut mid-sentence stops on: such a line is no key point of its own
_WRAP_ENDS = _hashes("a an the of and or to in on for with by from as that which is are".split())
_REPORTED = _hashes({"that", "whether", "what", "which", "who"})
# "so that you know what to expect", "so you can get ready": what a step is for, not why about health
_PREPARED = _hashes({"know", "ready", "prepare", "prepared", "plan", "expect"})
# "You'll usually see your doctor", "Tell them you are ...": a visit and what to say at it
_USUALLY = _hashes({"usually", "normally", "often", "regularly", "generally"})
_MEET = _hashes({"see", "meet", "visit"})
# the checks of a treatment's routine the reader will have: "You may need blood work", "You'll have regular scans"
_HAVE_TESTS = _hashes({"need", "have", "get", "undergo"})
_TESTS = _hashes(
    {"test", "tests", "work", "bloodwork", "scan", "scans", "checks", "check-ups", "checkups", "x-rays", "monitoring"}
)
_CHECKED_SUBJECTS = _hashes({"condition", "progress", "health", "response", "treatment"})
_TELL = _hashes({"tell", "inform", "let"})
_KNOW_THAT = _hashes({"know", "that"})
_YOU_ARE = _hashes({"are", "'re", "have", "'ve", "take", "use"})
# joins the contacts of one instruction: "Tell your doctor or dentist that ..."
_CONTACT_JOINS = _hashes({"or", "and", ",", "your", "the"})
# a link to one person's account: "Watch Bruce's story", "Read Amy's experience of ..."
_STORY_WORDS = _hashes({"story", "stories", "video", "experience", "journey", "blog"})
_POSSESSIVE = _hashes({"'s", "’s"})
# verbs of reading or watching the page itself: "Watch this video first ..."
_MEDIA_VERBS = _hashes({"watch", "read", "view", "use", "download", "print", "listen", "see", "share", "save"})
# a word that only links a sentence to the one before: "So find out about the causes below!"
_LINKING_OPENERS = _hashes({"so", "now", "and", "then", "well"})
# what the care team does when it only talks about a treatment: "Your doctor will discuss ..."
_TALK_VERBS = _hashes({"discuss", "explain", "talk", "answer", "describe", "go"})
# "Ask your doctor if ...", "Talk to your nurse about ...": the topic of a question, not a finding
_ASK_VERBS = _hashes({"ask", "talk", "speak", "check"})
_ASK_TOPICS = _hashes({"about", "if", "whether"})
# "My own mother battled ...", "I remember ...": the start of one person's story
_RELATIVES = _hashes(
    "mother mum mom father dad husband wife partner son daughter sister brother friend grandmother grandfather".split()
)
_PAST_VERBS = _hashes("was were had went felt got lost took remember remembered recall found".split())
_HELPERS = _hashes({"he", "she", "or", "they", "we", "care", "health", "healthcare", "medical"})
_HELPED = _hashes({"you", "out", "with", "this", "that", "it", "them", "prevent", "manage", "ease", "relieve"})
# an encyclopedia's editing tags after a sentence: "[citation needed]", "[better source needed]"
_EDITORIAL_TAG = re.compile(
    r"\[(?:(?:medical\s+)?citation|(?:better|non-primary|reliable\s+medical)\s+source|clarification|verification)"
    r"\s+needed\]|\[failed\s+verification\]",
    re.I,
)
# the first person singular that opens a reader's own situation in a question: "I'm about to start chemo."
_FIRST_PERSON = _hashes({"i", "my"})
# the writer's own words in a story: "During that concert, I suffered.", "Trust me, ..."
_ME = _hashes({"me", "my", "mine", "myself"})
# what a doctor writing in the first person tells readers: "I recommend ...", "my patients", "in my experience"
_ADVISES = _hashes({"recommend", "suggest", "advise", "patients", "clients", "readers", "experience", "opinion"})
# "I was told that ...", "I learned that ...": a finding the story passes on
_LEARNED = _hashes("told learned learnt read found discovered heard know knew realised realized".split())
# the label before a printed question: "Q. I stopped treatment ...", "Question: My father ..."
_QUESTION_LABELS = _hashes({"q", "question"})
_LABEL_STOPS = _hashes({".", ":", "-", "–"})
# what a text does, said by its authors: "We briefly summarize ...", "It also lays out ..."
_PAGE_VERBS = _hashes(
    """summarize summarise summarizes summarises review reviews describe describes discuss discusses outline
    outlines explain explains cover covers lays highlight highlights present presents walks focus focuses
    introduce introduces provide provides aim aims give gives look looks explore explores dive dives diving list lists""".split()
)
# "... are also discussed.": what the text takes up, said in the passive after an about-the-article sentence
_PAGE_PARTICIPLES = _hashes("discussed covered described explained outlined included addressed".split())
_IS_OR_ARE = _hashes({"is", "are"})
# joining words a title keeps in lower case
_TITLE_JOINERS = frozenset(("with", "from", "into", "onto", "over", "than", "that", "upon", "about", "after", "under"))
# a three-word finding: "<Symptom> may occur.", "<Symptom> can develop."
_TERSE_VERBS = _hashes({"may", "can", "might", "often", "usually", "rarely", "sometimes", "commonly"})
_TERSE_ENDS = _hashes(
    {"occur", "occurs", "happen", "happens", "develop", "develops", "appear", "appears", "persist", "recur"}
)
_PRONOUNS = _hashes({"it", "this", "that", "they", "these", "those", "you", "we", "i", "he", "she", "there", "which"})
# the purpose clause before a link instruction: "To find out more, click here.", "For tips on eating, see our guide."
_PURPOSE_OPENERS = {
    _H["to"]: _hashes({"find", "learn", "read", "see", "get", "discover", "know", "access", "download", "view"}),
    _H["for"]: _hashes({"more", "further", "additional", "information", "details", "tips", "advice", "help", "ideas"}),
}
# who works in a care team, and what a sentence defining their role calls them
_ROLES = _hashes(
    """we oncologist oncologists dietitian dietitians dietician dieticians nurse nurses specialist specialists
    pharmacist pharmacists radiographer radiographers physiotherapist physiotherapists therapist therapists
    surgeon surgeons doctor doctors physician physicians consultant consultants navigator navigators
    coordinator coordinators worker workers psychologist psychologists counsellor counsellors counselor
    counselors""".split()
)
_ROLE_WORDS = _hashes("expert experts member members team contact person people professional professionals".split())
# a lead-in with no words of its own: "These include:", "Some of them are:"
_BARE_LEAD_IN = re.compile(r"(?:these|they|some\s+of\s+(?:these|them)|examples)\s+(?:include|are)\s*:", re.I)
# the care team's judgement a step waits on: "if your doctor feels this is needed"
_JUDGES = _hashes({"feels", "thinks", "decides", "says"})
# a run-in label such as "How to reduce your risk." or "What to do if it happens."
_WH_WORDS = _hashes({"how", "what", "when", "where", "why", "who", "which"})

# where a sentence hands the reader on to the site ("..., as our guide explains.", "(see our page on mouth care)",
# "; read our leaflet ..."): the rules have weighed what it points at, and the claim model does not overrule them
_POINTER_VERBS = r"(?:explain|describ|show|note|report|cover|discuss|mention|outline|suggest|recommend|detail)\w*"
_POINTER_TAIL = re.compile(
    r"(?:,\s*|\s+)(?:as|like)\s+(?:our|this|the|my|an?)\s+(?:[\w'’-]+\s+){0,4}?" + _POINTER_VERBS + r"\b[^.!?]*"
    r"|\s*\((?:see|read|visit|check)\b[^)]*\)"
    r"|\s*[;:–—]\s*(?:see|read|visit|check|find\s+out\s+more)\b[^.!?]*"
    r"|\s*[;:–—]\s*(?:our|the)\s+(?:[\w'’-]+\s+){0,3}?(?:page|guide|leaflet|section|article|website)\b[^.!?]*"
    r"|,?\s+(?:so|and)\s+(?:read|see|check|visit)\s+(?:our|the|this)\b[^.!?]*",
    re.IGNORECASE,
)
_POINTER_HEAD = re.compile(
    r"(?:as|like)\s+(?:our|this|the)\s+(?:[\w'’-]+\s+){0,4}?" + _POINTER_VERBS + r"\s*,\s*", re.IGNORECASE
)
_SENTENCE_TAIL = re.compile(r"[.!?…]?[\s\"'”’)\]]*(?:\[[^\]\n]{1,40}\][\s.]*)*$")
_MAY_POINT = re.compile(r"\b(?:our|this|see|read|visit|check|the\s+(?:next|previous|last))\b")  # on lower case


class ClaimDetector:
    """Marks each sentence that asserts something about health as a claim, labelled with its kind.

    All cues are found by one PhraseMatcher pass and a few array comparisons over the doc; each sentence then
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
            ("coping", lexicon.COPING),
        ):
            self.phrases.add(label, [nlp.make_doc(t) for t in terms])
        suffixes = "|".join(sorted(lexicon.DRUG_SUFFIXES))
        # a word with a drug-name ending (INN stem) is a treatment cue
        self.patterns = _TokenPatterns(re.compile(rf"^[a-z]{{4,}}(?:{suffixes})$"))
        self.section_labels = lexicon.STUDY_SECTION_LABELS
        # the word lists the checks compare tokens with, as the hashes of their lower-case forms
        self.advice_verbs = _hashes(lexicon.ADVICE_VERBS)
        self.not_imperative_next = _hashes(lexicon.NOT_IMPERATIVE_NEXT)
        self.quantity_words = _hashes(lexicon.QUANTITY_WORDS)
        self.number_labels = _hashes(lexicon.NUMBER_LABELS)
        self.number_words = _hashes(lexicon.NUMBER_WORDS)
        # what makes an ordinal a rank, a finding: "the 4th most common cancer", "the 2nd leading cause"
        self.rank_words = _hashes(["most", "leading", "largest", "biggest", "highest", "lowest", "commonest"])
        self.referral_verbs = _hashes(lexicon.REFERRAL_VERBS)
        self.referral_contacts = _hashes(lexicon.REFERRAL_CONTACTS)
        self.reason_words = _hashes(lexicon.REASON_WORDS)
        self.emergency_words = _hashes(lexicon.EMERGENCY_WORDS)
        self.months = _hashes(lexicon.MONTHS)
        self.generic_conditions = _hashes(lexicon.GENERIC_CONDITIONS)
        self.care_team_subjects = _hashes(lexicon.CARE_TEAM_SUBJECTS)
        self.logistics_verbs = _hashes(lexicon.LOGISTICS_VERBS)
        self.visit_passives = _hashes(lexicon.VISIT_PASSIVES)
        self.offer_verbs = _hashes(lexicon.OFFER_VERBS)
        self.offered = _hashes(lexicon.OFFERED)
        self.check_passives = _hashes(lexicon.CHECK_PASSIVES)
        self.lexemes = _Lexemes()
        # read at the first doc, so training can put its recorder here without reading the shipped weights
        self.model: claim_model.Veto | None = None
        self.model_read = False

    def __call__(self, doc: Doc) -> Doc:
        if not self.model_read:
            self.model, self.model_read = claim_model.load(), True
        found: list[tuple[int, int, str]] = []
        strings = doc.vocab.strings
        for match_id, start, end in self.phrases(doc):
            label = strings[match_id]
            if label == "causal" and start > 0 and doc[start - 1].lower_ in _RESULTS_OWNERS:
                continue  # "your test results in the post": results are a noun there, nothing is caused
            found.append((start, end, label))
        tk = _Tokens(doc, self.lexemes)
        found.extend(self.patterns(tk))
        found.sort()
        starts = [s for s, _, _ in found]
        in_marker = bytearray(len(doc))
        for span in doc.spans.get(self.markers_key, []):
            in_marker[span.start : span.end] = b"\x01" * (span.end - span.start)
        text: str = doc._.text if doc._.text is not None else doc.text
        if "needed]" in text or "verification]" in text:
            # an encyclopedia's "[citation needed]" closes its sentence like a marker, but cites nothing
            for m in _EDITORIAL_TAG.finditer(text):
                tag = doc.char_span(m.start(), m.end(), alignment_mode="expand")
                if tag is not None:
                    in_marker[tag.start : tag.end] = b"\x01" * (tag.end - tag.start)
        block_starts: list[int] = doc._.block_starts or []
        block_kinds: list[str] = doc._.block_kinds or []
        claims: list[Span] = []
        lead_in_claims: list[Span] = []
        advice_lead_in = False  # the list items after "Call 911 if your child:" are advice
        # the items after "Ask your doctor:" or "Contact the hotline if you have:" are no claims; after a lead-in that
        # only points at its list ("Here are a few tips:"), the items that are sentences still are
        no_health_lead_in: str = ""
        reference_blocks: dict[int, bool] = {}
        asked: dict[int, bool] = {}  # the blocks of a reader's letter: from "Q." to the answer
        about_block = -1  # the block whose last sentence opened with a statement about the article
        story_block = -1  # the block whose last sentence was the writer's own story
        words = tk.words
        model_doc: claim_model.DocFeatures | None = None  # the claim model's features, made at the first candidate
        pointer_cues: list[int] | None = None
        for sent_start, sent_end in tk.sentences():
            j = bisect.bisect_right(block_starts, tk.idx[sent_start]) - 1
            block_kind = block_kinds[j] if 0 <= j < len(block_kinds) else "paragraph"
            if j >= 0 and block_starts:
                is_reference = reference_blocks.get(j)
                if is_reference is None:
                    end_char = block_starts[j + 1] if j + 1 < len(block_starts) else len(text)
                    block_text = text[block_starts[j] : end_char]
                    # an inline source note is a marker, and the paragraph it closes is still read for claims
                    if "ource" in block_text or "dapted" in block_text or "eference" in block_text:
                        block_text = SOURCE_NOTE.sub("", block_text)
                    # a reference entry, or a member's words in quotes signed with their name: no claims
                    is_reference = reference_blocks[j] = (
                        looks_like_reference(block_text)
                        or bool(_TESTIMONIAL.match(block_text))
                        or bool(_IDENTIFIER_LINE.fullmatch(block_text))
                    )
                if is_reference:
                    continue
            lo = bisect.bisect_left(starts, sent_start)
            hi = bisect.bisect_left(starts, sent_end)
            cues = found[lo:hi]
            bounds = tk.bounds(sent_start, sent_end, in_marker)
            if bounds is None:
                continue
            n_words = words[sent_end] - words[sent_start]
            kind = self.classify(tk, sent_start, sent_end, bounds, block_kind, cues, n_words, in_marker)
            if (
                kind is None
                and bounds[1] not in ".!?:…;"
                and block_kind == "paragraph"
                and n_words >= 8
                and j >= 0
                and tk.idx[sent_start] > block_starts[j]
                and any(label in _HEALTH_CUES or label == "condition" for _, _, label in cues)
            ):
                # the last sentence of a paragraph printed without its full stop ("Colitis. This is swelling of
                # the colon - symptoms are ...") is still a sentence when it speaks of health
                kind = self.classify(tk, sent_start, sent_end, (bounds[0], "."), block_kind, cues, n_words, in_marker)
            if (
                kind == "general"
                and j >= 0
                and block_kind != "list_item"
                and self._announces_list(tk, text, sent_end, j)
            ):
                kind = None  # "Several things affect your risk. These include:": the sentence only opens the list
            if kind is None and bounds[1] == ":" and block_kind != "list_item":
                # what the lead-in would claim as a statement: a claim when its list is missing (see analyze)
                as_statement = self.classify(
                    tk, sent_start, sent_end, (bounds[0], "."), block_kind, cues, n_words, in_marker
                )
                if as_statement is not None:
                    lead_in_claims.append(Span(doc, sent_start, sent_end, label=as_statement))
            if block_kind == "list_item":
                if (
                    kind is not None
                    and no_health_lead_in
                    and (bounds[1] not in ".!" or (n_words <= 10 and no_health_lead_in != "pointer"))
                ):
                    kind = None
                elif kind == "general" and advice_lead_in:
                    kind = "advice"
            else:
                lead_in = bounds[1] == ":"
                advice_lead_in = lead_in and (
                    any(label == "advice" for _, _, label in cues) or self._instructs(tk, bounds[0], sent_end)
                )
                no_health_lead_in = self._not_about_health(tk, bounds[0], sent_end, cues, in_marker) if lead_in else ""
            if (
                kind is not None
                and j >= 0
                and block_starts
                and _in_readers_letter(text, block_starts, block_kinds, j, asked)
            ):
                kind = (
                    None  # "Q. You wrote that coffee can block my thyroid pills ...": the reader's letter, not the page
                )
            if kind is not None and j >= 0 and block_starts and _in_methods(text, block_starts, j, tk.idx[sent_start]):
                kind = None  # "Methods: ... Five hundred children were recruited.": how the study was done, no finding
            if kind is not None and j >= 0 and block_starts:
                if self._asker_speaks(tk, bounds[0], sent_end) and self._block_asks(text, block_starts, j):
                    kind = None  # "I finished chemo last year. Why are my feet still numb?": the reader's question
                elif self._describes_page(tk, bounds[0], sent_end, cues, about_block == j):
                    kind = None  # "This review looks at fatigue. We briefly summarize ...": still about the article
            if kind not in (None, "dosage") and block_kind != "list_item":
                labels = {label for _, _, label in cues}
                if self._own_story(tk, sent_start, sent_end, labels):
                    kind, story_block = None, j  # "I have a mild case of it, only in my feet.": one person's story
                elif story_block == j and j >= 0 and not labels & _HEALTH_CUES and "condition" not in labels:
                    kind = None  # "He died shortly after.": the story goes on, with nothing about health
            if any(label == "about" and start == bounds[0] for start, _, label in cues):
                about_block = j
            if (
                kind is not None
                and self.model is not None
                and kind in self.model.thresholds
                and in_marker.find(1, sent_start, sent_end) < 0  # a sentence that cites a source is a claim
            ):
                if model_doc is None:
                    cols = tk.arrays
                    skip = cols.space | numpy.frombuffer(bytes(in_marker), dtype=bool)
                    model_doc = claim_model.DocFeatures(
                        tk.strings, cols.lower, cols.orth, cols.alpha, cols.number, skip
                    )
                if pointer_cues is None:
                    pointer_cues = _pointer_cues(text)
                if not _points_at_site(tk, text, bounds[0], sent_end, pointer_cues) and self.model.vetoes(
                    model_doc, bounds[0], sent_end, block_kind, bounds[1], kind
                ):
                    kind = None  # the claim model is sure the sentence asserts nothing about health
            if kind is not None:
                claims.append(Span(doc, sent_start, sent_end, label=kind))
        doc.spans[self.spans_key] = claims
        doc.spans[self.spans_key + "_lead_ins"] = lead_in_claims
        return doc

    def _names_a_role(self, tk: _Tokens, first: int, end: int) -> bool:
        """A member of the care team defined by their role: "Your specialist nurse is your main point of contact",
        "Clinical nurse specialists are trained nurses who ...", "We are a team of doctors and nurses"."""
        lowers = tk.lowers
        k = first + 1 if lowers[first] in _DETERMINERS or lowers[first] in _POSSESSIVE else first
        subject = next((m for m in range(k, min(k + 4, end)) if lowers[m] in _ROLES), -1)
        while 0 <= subject < end - 1 and lowers[subject + 1] in _ROLES:
            subject += 1  # "Your specialist nurse is ...": the role runs on to its last noun
        if subject < 0 or subject + 1 >= end or lowers[subject + 1] not in _IS_OR_ARE:
            return False
        return any(lowers[m] in _ROLES or lowers[m] in _ROLE_WORDS for m in range(subject + 2, min(subject + 7, end)))

    @staticmethod
    def _announces_list(tk: _Tokens, text: str, sent_end: int, j: int) -> bool:
        """All that follows the sentence in its block is a bare lead-in: "These include:", "They are:"."""
        block_starts: list[int] = tk.doc._.block_starts or []
        end_char = block_starts[j + 1] if j + 1 < len(block_starts) else len(text)
        at = tk.idx[sent_end] if sent_end < len(tk.idx) else len(text)
        return at < end_char and bool(_BARE_LEAD_IN.fullmatch(text[at:end_char].strip()))

    def classify(
        self,
        tk: _Tokens,
        sent_start: int,
        sent_end: int,
        bounds: tuple[int, str],
        block_kind: str,
        cues: list[tuple[int, int, str]],
        words: int,
        in_marker: bytearray,
    ) -> str | None:
        """The claim kind of the sentence of tokens [sent_start, sent_end), or None.

        ``bounds`` is its first word and final character.
        """
        first, final = bounds
        if final in "?:":
            return None  # a question or a lead-in
        lowers = tk.lowers
        if final == "…" and _H["following"] in lowers[first:sent_end]:
            return None  # "Start with the following exercises…": a lead-in that trails off instead of a colon
        if (
            lowers[first] == _H["see"]
            and first + 1 < sent_end
            and tk.text(first + 1)[:1].isupper()
            and lowers[first + 1] not in _PRONOUNS
        ):
            return None  # "See Nausea self care advice": a pointer to another page, named by its title
        if lowers[first] in _WH_WORDS and (
            (first + 1 < sent_end and lowers[first + 1] == _H["to"])
            or (
                block_kind == "list_item"
                and final not in ".!…;"
                # "When sitting, place a pillow behind your back": a step for an occasion, not a topic
                and not self._instructs(tk, first, sent_end, True)
            )
        ):
            return None  # a run-in label ("How to reduce your risk.") or a topic item ("What happens when you call")
        labels = {label for _, _, label in cues}
        if not labels & _HEALTH_CUES and self._condition_only(tk, first, sent_end):
            return None  # "When you feel overwhelmed and can't think straight.": when to get help, not a finding
        if "condition" in labels and not any(
            label == "condition" and not _names_a_service(tk, start, end, first, sent_end) for start, end, label in cues
        ):
            # "the recovery room", "your cancer care team", "support for people with asthma": a service's scope
            labels.discard("condition")
        if labels & _NOT_CLAIM:
            return None
        if "coping" in labels and not any(
            label == "coping" and not _difficulty_with(tk, end, sent_end) for _, end, label in cues
        ):
            labels.discard("coping")  # "a hard time with forgetting details": a symptom, not a hard time to cope with
        if "coping" in labels and not labels & (_HEALTH_CUES - {"treatment"}) and self._only_cancer(tk, cues):
            return None  # "This may be a stressful time.", "Get help and support.": how to cope, not a finding
        if (
            "defer" in labels
            and words <= 12
            and not labels & _HEALTH_CUES - {"treatment"}
            and (lowers[first] == _H["care"] or self._instructs(tk, first, sent_end, block_kind == "list_item"))
        ):
            return None  # "Take your pain medicines as prescribed.": the care team's instructions, not a finding
        if (
            "defer" in labels
            and words <= 16
            and not labels & _HEALTH_CUES - {"treatment"}
            and "condition" not in labels
            and any(label == "defer" and lowers[start] in _JUDGES for start, _, label in cues)
        ):
            return None  # "Come in for a transfusion if your doctor feels this is needed.": their call, not a finding
        if not labels & {"rate", "dosage", "finding"} and self._anecdote(tk, first, sent_end):
            return None  # "My mother lost her hair in the second week.": one person's story, not a finding
        opening = {label for start, _, label in cues if start == first}
        if lowers[first] in _MEDIA_VERBS and any(label == "about" and start == first + 1 for start, _, label in cues):
            opening.add("about")  # "Watch this video first ...", "Read this leaflet before ...": about the page
        if lowers[first] in _MEDIA_VERBS and any(
            label == "navigation" and first < start <= first + 3 for start, _, label in cues
        ):
            opening.add("about")  # "Download and print this guide ...": the reader is sent to a resource
        if lowers[first] in _MEDIA_VERBS and any(
            lowers[k] in _STORY_WORDS and lowers[k - 1] in _POSSESSIVE
            for k in range(first + 2, min(first + 6, sent_end))
        ):
            return None  # "Watch Bruce's story: how hormone therapy affected him": a link to one person's story
        if lowers[first] == _H["you"] and first + 2 < sent_end and lowers[first + 1] in _MODALS:
            # "You should find out about ...", "You can also learn about ...": a pointer, told to the reader
            k = first + 3 if lowers[first + 2] in _ADVERBS else first + 2
            opening |= {label for start, _, label in cues if start == k and label == "navigation"}
        if lowers[first] in _LINKING_OPENERS and first + 1 < sent_end:
            # "So find out about the causes below!", "Now, read on for ...": the pointer after its linking word
            k = first + 2 if lowers[first + 1] == _H[","] else first + 1
            opening |= {label for start, _, label in cues if start == k and label == "navigation"}
        if "navigation" in opening or ("cta" in opening and words <= 6) or ("phone" in labels and words <= 10):
            return None
        if (
            first + 1 < sent_end
            and lowers[first] in _PURPOSE_OPENERS
            and lowers[first + 1] in _PURPOSE_OPENERS[lowers[first]]
            and words <= 25
            and (comma := next((k for k in range(first, sent_end) if lowers[k] == _H[","]), None)) is not None
            and any(label == "navigation" and start == comma + 1 for start, _, label in cues)
        ):
            return None  # "To find out how you can help yourself, click on this link.": what the link is for
        # a label of up to six words: "Methods:", "Conflict-of-interest statement:" (journal declarations)
        if self._section_label(tk, first, reach=7) in self.section_labels:
            return None
        if (
            block_kind == "list_item"
            and final not in ".!…;"
            and words <= 6
            and not labels & (_HEALTH_CUES - {"treatment"})
            and self._section_label(tk, first)
        ):
            return None  # a fact box's field: "Type: Inflammatory condition", "Duration: Varies"
        rate = "rate" in labels
        dosage = "dosage" in labels or "schedule" in labels
        # a statement about the page gives way to the numbers it reports ("This review found a 30% drop")
        if (
            ("about" in opening or "pointer" in labels)
            and not (rate or dosage or "statistic" in labels)
            # "This is a reminder that flu can be deadly" reports a finding; "This page is about flu" does not
            and not (
                "condition" in labels
                and any(
                    label == "about" and start == first and end < sent_end and tk.lowers[end] == _H["that"]
                    for start, end, label in cues
                )
            )
        ):
            return None
        if "review" in labels and _DATE.search(tk.doc[sent_start:sent_end].text):
            return None  # "This topic was updated on January 9, 2017."
        if (
            tk.lowers[first] in _STORE_VERBS
            and _STORAGE.search(tk.doc[first:sent_end].text)
            and not self._reasons(tk, first, sent_end)  # "..., because an overdose can harm a child" is a claim
        ):
            return (
                None  # "Store the tablets at room temperature (20°C to 25°C).": how to keep a medicine, not a finding
            )
        if (
            labels & _SOFT_NOT_CLAIM
            and not labels & _HEALTH_CUES - {"treatment"}
            and ("condition" not in labels or self._only_cancer(tk, cues))
            and not self._reasons(tk, first, sent_end)
        ):
            return None  # a service that names a treatment ("our chemotherapy nurses") is still a service
        if (
            not labels & (_HEALTH_CUES - {"treatment", "schedule", "dosage"})
            and "condition" not in labels
            and self._meets_the_team(tk, first, sent_end)
        ):
            return None  # "You'll see your doctor every few weeks when you start the tablets": a visit
        if (
            not labels & (_HEALTH_CUES - {"treatment"})
            and ("condition" not in labels or self._only_cancer(tk, cues))
            and self._names_a_role(tk, first, sent_end)
        ):
            return None  # "A dietitian is an expert in food who can help you plan meals": who someone is
        if not labels & (_HEALTH_CUES - {"treatment", "schedule"}) and self._routine_check(tk, first, sent_end):
            return None  # "You will have regular blood tests while on this medicine": a step of care, not a finding
        if (
            "referral" in labels
            and not labels & (_HEALTH_CUES - {"treatment"})
            and self._says_who_you_are(tk, first, sent_end)
        ):
            return None  # "Tell them you are having immunotherapy": what to say, not a finding
        if self._refers(tk, first, sent_end, labels) and not self._counts(tk, cues, in_marker):
            return None
        if not labels & _HEALTH_CUES - {"treatment"} and self._generic_referral(tk, first, sent_end, cues):
            return None  # "If you feel unwell after taking ibuprofen, call NHS 111": the medicine is only context
        if (
            ("condition" not in labels or self._condition_opens(tk, first, sent_end, cues))
            and (
                not labels & _HEALTH_CUES
                or (labels & _HEALTH_CUES == {"treatment"} and self._talks(tk, first, sent_end))
            )
            and self._visit_step(tk, first, sent_end, labels)
        ):
            return None  # "Your nurse will explain how the drip is given": the treatment is only what they talk about
        if not labels & (_HEALTH_CUES - {"treatment", "schedule"}) and self._visit_move(tk, first, sent_end):
            return None  # "A nurse will take you to the chemotherapy suite": the treatment only names the place
        if "phone" in labels and not labels & _HEALTH_CUES and not self._counts(tk, cues, in_marker):
            return None  # "Call the clinic at (555) 010-0199 to book a visit": a number to dial, not a count
        if final == "!" and tk.title_case(sent_start, sent_end):
            return None  # a tagline such as "Stronger Together Against Cancer!"
        if block_kind == "paragraph" and final not in ".!…;?:" and tk.title_case(sent_start, sent_end):
            return None  # a link to another story, in a headline's capitals: "Walking Cuts Knee Pain – and It's Free"
        if (
            block_kind == "list_item"
            and final not in ".!…;?"
            and words >= 4
            and self._contents_entry(tk, first, sent_end)
        ):
            return None  # a contents entry in title case: "2. Management of Side Effects Associated with Immunotherapy"
        statistic = rate or "statistic" in labels or self._counts(tk, cues, in_marker)
        if (
            block_kind not in ("list_item", "table_cell")
            and final not in ".!…;"
            and not (words >= _LONG_UNSTOPPED and (statistic or labels & _HEALTH_CUES))
            # a key point whose bullet and full stop the copy lost, in a paragraph of its own: "In a few weeks, about
            # half of people get all their hearing back"
            and not (
                block_kind == "paragraph"
                and words >= _UNSTOPPED_POINT
                and (statistic or labels & _HEALTH_CUES or "condition" in labels)
                and tk.lowers[sent_end - 1] not in _WRAP_ENDS
                and _H[":"] not in tk.orths[first:sent_end]  # a label's line: "Source: ...", "In this series: ..."
            )
        ):
            return None  # a heading, title or link line: it does not end like a sentence
        minimum = 2 if block_kind == "list_item" else 4
        if (
            words < minimum
            and not ((dosage or statistic) and self._says_more_than_a_quantity(tk, sent_start, sent_end))
            and not (words == 3 and self._terse_finding(tk, first, sent_end))
        ):
            return None
        if dosage and not rate:
            return "dosage"
        if statistic:
            return "statistic"
        if "advice" in labels or self._instructs(tk, first, sent_end, block_kind == "list_item"):
            return "advice"
        if "treatment" in labels:
            return "treatment"
        if "causal" in labels:
            return "causal"
        return "general"

    @staticmethod
    def _contents_entry(tk: _Tokens, first: int, end: int) -> bool:
        """Every word of four letters or more capitalised, but for the joining words a title sets in lower case
        ("with", "from", "into"): a heading or a contents entry, at least three capitalised words long."""
        words = [w for k in range(first, end) if tk.alpha[k] and len(w := tk.text(k)) >= 4]
        capitalised = [w for w in words if w[0].isupper()]
        return len(capitalised) >= 3 and all(w[0].isupper() or w.lower() in _TITLE_JOINERS for w in words)

    @staticmethod
    def _terse_finding(tk: _Tokens, first: int, end: int) -> bool:
        """Three words that state whether something happens: "Desquamation may occur.", "Blisters can develop.";
        never with a pronoun for a subject ("It may happen.")."""
        words = [k for k in range(first, end) if tk.alpha[k]]
        if len(words) != 3:
            return False
        subject, verb, rest = (tk.lowers[k] for k in words)
        return subject not in _PRONOUNS and verb in _TERSE_VERBS and rest in _TERSE_ENDS

    @staticmethod
    def _asker_speaks(tk: _Tokens, first: int, end: int) -> bool:
        """The sentence opens in the first person singular, after an optional "Q." or "Question:" label."""
        lowers = tk.lowers
        at = first
        if lowers[at] == _H["q."] and at + 1 < end:
            at += 1
        elif lowers[at] in _QUESTION_LABELS and at + 2 < end and lowers[at + 1] in _LABEL_STOPS:
            at += 2
        return lowers[at] in _FIRST_PERSON

    @staticmethod
    def _block_asks(text: str, block_starts: list[int], j: int) -> bool:
        """The block ends with a question mark: a reader's question, with the situation it describes."""
        end_char = block_starts[j + 1] if j + 1 < len(block_starts) else len(text)
        return text[block_starts[j] : end_char].rstrip().endswith("?")

    @staticmethod
    def _describes_page(tk: _Tokens, first: int, end: int, cues: list[tuple[int, int, str]], after_about: bool) -> bool:
        """The authors say what the text does ("We briefly summarize ...", after an about-the-article sentence
        "It also lays out ..."), and report no numbers."""
        lowers = tk.lowers
        if after_about:
            tail = range(max(first, end - 4), end)
            if any(lowers[k] in _PAGE_PARTICIPLES for k in tail) and any(lowers[k] in _IS_OR_ARE for k in tail):
                return True  # "The alternatives to a wig, such as hats and turbans, are also discussed."
        if any(label in ("rate", "dosage", "finding") for _, _, label in cues):
            return False
        opener = next((k + 1 for k in range(first, min(first + 3, end - 1)) if lowers[k] == _H[","]), first)
        if after_about and _H["it"] in (lowers[first], lowers[opener]):
            # "It also lays out ...", "In addition, it provides information on ..."
            subject = first if lowers[first] == _H["it"] else opener
        else:
            # "We briefly summarize ...", "Due to the volume of research, we provide an overview ..."
            if _H["we"] not in lowers[first:end]:
                return False
            subject = next(
                (k for k in range(first, end) if lowers[k] == _H["we"] and (k == first or lowers[k - 1] == _H[","])),
                -1,
            )
            if subject < 0:
                return False
        # the verb comes within a few words: "We then briefly summarize", "It also lays out"
        return any(lowers[k] in _PAGE_VERBS for k in range(subject + 1, min(subject + 4, end)))

    def _only_cancer(self, tk: _Tokens, cues: list[tuple[int, int, str]]) -> bool:
        """No condition is named but the reader's cancer itself: "facing cancer treatment may feel overwhelming"."""
        return all(tk.lowers[start] in _CANCER for start, _, label in cues if label == "condition")

    @staticmethod
    def _condition_opens(tk: _Tokens, first: int, end: int, cues: list[tuple[int, int, str]]) -> bool:
        """Every condition the sentence names sits in its opening if-clause: "If you have fatigue, your nurse ..."."""
        if tk.lowers[first] not in _CONDITION_OPENERS:
            return False
        comma = next((k for k in range(first + 1, end) if tk.orths[k] == _H[","]), None)
        return comma is not None and all(start < comma for start, _, label in cues if label == "condition")

    def _condition_only(self, tk: _Tokens, first: int, end: int) -> bool:
        """An if-, when- or in-case clause with no main clause after it: an item of a list of situations."""
        lowers, orths = tk.lowers, tk.orths
        if lowers[first] not in _CONDITION_OPENERS:
            if not (first + 1 < end and lowers[first] == _H["in"] and lowers[first + 1] == _H["case"]):
                return False
            first += 1  # "In case of any questions.": the same situation, opened by a phrase
        after_comma = False
        reported = False  # inside "that ..." or "whether ...": "feel anxious that something might happen"
        for k in range(first + 1, end):
            lower = lowers[k]
            if lower in _CONDITION_MODALS and not reported:
                return False
            if lower in _REPORTED:
                reported = True
            if orths[k] in _CLAUSE_BREAKS:
                after_comma = True
                reported = False
                continue
            if after_comma and not tk.space[k]:
                if lower in _MAIN_CLAUSE_STARTS or lower in self.advice_verbs or tk.text(k)[:1].isupper():
                    return False  # "If you have a rash, see a doctor": the clause after the comma says what
                if (
                    lower in _DETERMINERS
                    and end - k >= 4
                    and not any(orths[j] in _COMMA_OR_SEMICOLON for j in range(k, end))
                ):
                    return False  # "When it is hot, your heart works harder": the last part has its own subject
                after_comma = False
        return True

    def _counts(self, tk: _Tokens, cues: list[tuple[int, int, str]], in_marker: bytearray) -> bool:
        """A number in the sentence that counts or measures something: not a year, a label or a phone."""
        phones = [(s, e) for s, e, label in cues if label == "phone"]
        lowers, orths, n = tk.lowers, tk.orths, len(tk.lowers)
        for start, _end, label in cues:
            if label != "number" or in_marker[start] or any(s <= start < e for s, e in phones):
                continue
            word = tk.text(start)
            lower = lowers[start]
            if not word[0].isdigit() and lower not in self.number_words:
                continue
            if _YEAR.match(word) and not (start + 1 < n and orths[start + 1] == _H["%"]):
                continue
            if lower in self.emergency_words:
                continue  # "help from 111 online": a service's number, not a count
            if word.isdigit() and len(word) >= 5:
                continue  # "text HELLO to 741741", "(8255)": a short code or phone number; counts print commas
            if _ORDINAL.fullmatch(word) and not (start + 1 < n and lowers[start + 1] in self.rank_words):
                continue  # "by the 23rd pill", "on day 5th": a place in a sequence; "the 4th most common" ranks
            if word.isdigit() and len(word) >= 2 and word[0] == "0":
                continue  # "(0113) 243 3144", "(03) 8559 5000": an area code; no count is printed with a leading zero
            prev = start - 1 if start > 0 else None
            if prev is not None and tk.alpha[prev] and tk.idx[prev] + len(tk.text(prev)) == tk.idx[start]:
                continue  # "young children2.": a superscript flattened onto its word, not a count
            if prev is not None and lowers[prev] == _H["."] and start > 1 and lowers[start - 2] in _NUMBER_LABELS:
                continue  # "No. 1": a number's label, not a count
            after = start + 2 if start + 2 < n and orths[start + 1] == _H["-"] else start + 1
            if (
                word == "24"
                and prev is not None
                and lowers[prev] in _DETERMINERS
                and after < n
                and lowers[after] in _HOURS
            ):
                continue  # "the 24 hour helpline", "the 24-hour advice line": when a service is open, not a count
            if prev is not None and orths[prev] == _H["("] and any(s <= start - 2 < e for s, e in phones):
                continue  # "1-800-273-TALK (8255)": the same number in figures
            if prev is not None and orths[prev] == _H["("] and _N11.fullmatch(word):
                continue  # "your nurse advice line (811 in most areas)": a three-digit service number
            if prev is not None and orths[prev] == _H["-"] and start > 1:
                prev = start - 2
            if prev is not None and (lowers[prev] in self.number_labels or lowers[prev] in _DIAL):
                continue
            nxt = start + 1 if start + 1 < n else None
            if self._month(tk, prev) or self._month(tk, nxt):
                continue  # a day of a date: "January 9", "9 January"
            if nxt is not None and lowers[nxt] in _CLOCK:
                continue  # a time of day: "9 a.m."
            if self._age(tk, start):
                continue  # "children under 10 years old", "people aged 65": whom it concerns, not a count
            return True
        return False

    @staticmethod
    def _age(tk: _Tokens, k: int) -> bool:
        """The number at ``k`` is an age: "10 years old", "3-month-old", "aged 65", "ages 2 to 5"."""
        lowers, n = tk.lowers, len(tk.lowers)
        if k > 0 and lowers[k - 1] in _AGE_LABELS:
            return True
        j = k + 1
        if j < n and tk.orths[j] == _H["-"]:
            j += 1
        if j < n and lowers[j] in _AGE_UNITS:
            j += 1
            if j < n and tk.orths[j] == _H["-"]:
                j += 1
            return j < n and lowers[j] == _H["old"]
        return False

    def _month(self, tk: _Tokens, k: int | None) -> bool:
        return k is not None and tk.lowers[k] in self.months and tk.text(k)[:1].isupper()

    def _refers(self, tk: _Tokens, first: int, end: int, labels: set[str]) -> bool:
        """An instruction to contact the care team or a service that gives no reason: "Tell your doctor if ..."."""
        if "referral" not in labels:
            return False
        if labels & (_HEALTH_CUES - {"causal"}) and not (
            labels & _HEALTH_CUES <= {"treatment", "causal"} and self._asks_about(tk, first, end)
        ):
            return False
        lowers = tk.lowers
        candidates = [first]
        for k in range(first, min(first + 30, end - 1)):
            lower = lowers[k]
            if lower in _OPENS_A_CLAUSE:
                candidates.append(k + 1)
                if lower == _H[","] and lowers[k + 1] == _H["and"]:
                    candidates.append(k + 2)  # "Go to all your appointments, and call your doctor if ..."
            elif lower in _MODALS and k > first and lowers[k - 1] not in self.referral_contacts:
                candidates.append(k + 1)  # "You can ask ...", but "your doctor can tell you" sends no one anywhere
            elif lower == _H["to"] and k > first and lowers[k - 1] in _LEADS_TO_VERB:
                candidates.append(k + 1)  # "It is important to tell your nurse ...", "Be sure to call us ..."
        # "You should also talk to a nurse": an adverb between the modal and the verb
        candidates += [k + 1 for k in candidates if k < end and lowers[k] in _ADVERBS]
        verb = next((k for k in candidates if k < end and lowers[k] in self.referral_verbs), None)
        if verb is None:
            return False
        contact = False
        # "report any side effects to your health care team": the contact can sit nine words on
        for k in range(verb + 1, min(verb + 10, end)):
            lower = lowers[k]
            if lower in self.emergency_words:
                return False
            if lower in self.referral_contacts:
                contact = True
                break
        if not contact:
            return False
        emergency = self.emergency_words
        return not any(lowers[k] in emergency for k in range(first, end)) and not self._reasons(tk, first, end)

    def _asks_about(self, tk: _Tokens, first: int, end: int) -> bool:
        """The sentence opens by sending the reader to ask a contact about a topic: "Ask your nurse if ..."."""
        lowers = tk.lowers
        k = first + 1 if lowers[first] in _ADVERBS else first
        if lowers[k] not in _ASK_VERBS:
            return False
        contacts = self.referral_contacts
        for j in range(k + 1, min(k + 5, end - 1)):
            if lowers[j] in contacts:
                m = j + 1  # past "or pharmacist", "or your nurse"
                while m < min(j + 5, end - 1) and (lowers[m] in contacts or lowers[m] in _CONTACT_JOINS):
                    m += 1
                return lowers[m] in _ASK_TOPICS
        return False

    def _generic_referral(self, tk: _Tokens, first: int, end: int, cues: list[tuple[int, int, str]]) -> bool:
        """A referral whose only condition is generic: "In an emergency, call 911", "Call us with any questions"."""
        medicine = {k for s, e, label in cues if label == "treatment" for k in range(s, e)}
        # a number to dial ("call 9-1-1") is where the reader is sent, not a count
        dial = {k for s, e, label in cues if label == "phone" for k in range(s, e)}
        pointed = self._pointed_condition(tk, first, end)
        lowers, skip = tk.lowers, tk.skippable
        contacts, emergency = self.referral_contacts, self.emergency_words
        sends = bool(dial)
        for k in range(first, end):
            lower = lowers[k]
            if k in medicine or k in dial or k in pointed:
                continue
            if lower in self.referral_verbs or lower in _REFERRAL_WORDS:
                sends = sends or lower not in _WEAK_REFERRALS
                continue
            if lower in contacts or lower in emergency:
                sends = True
                continue
            if skip[k] or lower in self.generic_conditions:
                continue
            if tk.doc[k].like_num and k + 1 < end and lowers[k + 1] in self.generic_conditions:
                continue  # how soon to call: "Call within 24 hours if ..."
            # a word before a contact only says which one: "your oncology team", "the nearest emergency room"
            following = lowers[k + 1 : min(k + 3, end)]
            if not (contacts.isdisjoint(following) and emergency.isdisjoint(following)):
                continue
            # the symptoms "listed on your yellow alert card": the card names them, the sentence does not
            if lower in _DOCUMENTS or not _DOCUMENTS.isdisjoint(lowers[k + 1 : min(k + 4, end)]):
                continue
            return False
        return sends and not self._reasons(tk, first, end)

    @staticmethod
    def _pointed_condition(tk: _Tokens, first: int, end: int) -> set[int]:
        """The words of a condition that names no symptom of its own: it points at the page's list ("one of the
        sepsis symptoms", "any of the 5 warning signs of a flare-up") or at a condition the reader suspects
        ("any signs of an infection", "If you suspect meningitis"). The words run to the next comma or the end."""
        lowers = tk.lowers
        out: set[int] = set()
        k = first
        while k < end:
            lower = lowers[k]
            stop = None
            if lower in _SUSPECTS:
                stop = k + 1
            elif lower in _SIGN_WORDS:
                # "<any|one> of the [N] [sepsis|warning] signs", "any signs of": back to the quantifier
                back = k - 1
                while back >= max(first, k - 6) and lowers[back] not in _POINTING:
                    back -= 1
                if back >= max(first, k - 6):
                    out.update(range(back, k + 1))
                    stop = k + 1
            if stop is None:
                k += 1
                continue
            if lower in _SIGN_WORDS and not (stop < end and lowers[stop] == _H["of"]):
                k = stop
                continue
            # what follows "signs of" or "suspect": up to six words, to the next comma
            j = stop
            while j < min(end, stop + 6) and tk.orths[j] not in _COMMA_OR_SEMICOLON and lowers[j] != _H["."]:
                j += 1
            out.update(range(k, j))
            k = j
        return out

    def _visit_step(self, tk: _Tokens, first: int, end: int, labels: set[str]) -> bool:
        """A step of a visit that the care team takes or that happens to you: "The nurse will check ..."."""
        lowers = tk.lowers
        window = lowers[first : min(first + 25, end - 2)]
        if _H["you"] not in window and self.care_team_subjects.isdisjoint(window):
            return False  # no subject the loop below starts from: the cheap test first
        if self._reasons(tk, first, end):
            return False
        will, we = _H["will"], _H["we"]
        for k in range(first, min(first + 25, end - 2)):
            lower = lowers[k]
            nxt = k + 1
            if lower == _H["you"] and lowers[nxt] in _YOU_WILL and lowers[nxt + 1] in _SPEAK:
                return True  # "You'll speak with a trained adviser"
            if lower == _H["you"] and lowers[nxt] in _YOU_WILL and lowers[nxt + 1] == _H["be"]:
                j = nxt + 2
                if j < end and lowers[j] in _ADVERBS:
                    j += 1
                if j < end and lowers[j] in self.visit_passives:
                    return True
            if lower not in self.care_team_subjects:
                continue
            j = nxt
            offer = False
            if lowers[j] == will or (lower == we and lowers[j] in _WE_OFFER):
                j += 1  # "we can see you at home": only "we" offers what it can do
            elif lowers[j] in _TEAM_CAN:
                j, offer = j + 1, True  # "Your nurse can suggest ways to cope": what the team offers the reader
            elif self._sees_people(tk, j, end):
                return (
                    True  # "the speech therapist also sees people with difficulties swallowing": who a service is for
                )
            elif lower != we:
                continue  # only "we" speaks of its routine in the present: "we review your instructions with you"
            if j < end and lowers[j] in _ADVERBS:
                j += 1
            if (
                offer
                and j + 2 < end
                and lowers[j] == _H["be"]
                and lowers[j + 1] == _H["able"]
                and lowers[j + 2] == _H["to"]
            ):
                j += 3  # "Friends, nurses, or your doctor may be able to help."
            if offer:
                if j < end and lowers[j] in self.offer_verbs and self._only_offers(tk, j + 1, end):
                    return True
                if j < end and lowers[j] == _H["help"] and self._helps_decide(tk, j + 1, end):
                    return True
            elif j < end and lowers[j] in self.logistics_verbs:
                return True
            elif j + 2 < end and lowers[j] == _H["work"] and lowers[j + 1] == _H["with"] and lowers[j + 2] == _H["you"]:
                return True  # "Your surgeon will work with you on a safe time to return": a role, not a finding
        return False

    def _visit_move(self, tk: _Tokens, first: int, end: int) -> bool:
        """A step of the visit that moves or meets the reader, or a chore of the day: "A nurse will then take you to
        the suite", "Your doctor will decide if ...", "You will have to wait", "You might need to pick up your medicines"."""
        # the shape first: the reason scan is the dearer test, and most sentences fail the shape
        return self._visit_move_shape(tk, first, end) and not self._reasons(tk, first, end)

    def _visit_move_shape(self, tk: _Tokens, first: int, end: int) -> bool:
        lowers = tk.lowers
        k = first + 1 if lowers[first] in _DETERMINERS else first
        if k + 3 >= end:
            return False  # too short for a subject, a modal and a step
        if lowers[k] == _H["member"] and lowers[k + 1] == _H["of"]:
            return False  # "A member of your team will teach you about ...": a talk, which _visit_step reads
        if lowers[k] in self.care_team_subjects and lowers[k + 1] in _TEAM_WILL:
            j = k + 2
            while j < end and lowers[j] in _ADVERBS_OF_VISIT:
                j += 1
            if j + 1 < end and lowers[j] in _MOVE_VERBS:
                # "take you to", "check on you", "decide if/whether", "speak to you"
                return lowers[j + 1] in _MOVE_OBJECTS
            return False
        if lowers[k] == _H["you"] and lowers[k + 1] in _TEAM_WILL:
            j = k + 2
            if j + 2 < end and lowers[j] in _NEED_OR_HAVE and lowers[j + 1] == _H["to"]:
                return self._chore(tk, j + 2, end)  # "you will have to wait", "you might need to pick up"
            if lowers[j] == _H["be"] and lowers[j + 1] == _H["able"] and j + 3 < end and lowers[j + 2] == _H["to"]:
                return self._chore(tk, j + 3, end)  # "you will be able to go home"
        return False

    @staticmethod
    def _chore(tk: _Tokens, k: int, end: int) -> bool:
        """A chore of the visit at ``k``: "wait", "pick up", "go home" (but "go to the toilet more often" is a symptom)."""
        if tk.lowers[k] == _H["go"]:
            return k + 1 < end and tk.lowers[k + 1] == _H["home"]
        return tk.lowers[k] in _CHORES

    def _routine_check(self, tk: _Tokens, first: int, end: int) -> bool:
        """A test the reader will have during care, or what it is for: "You will have regular blood tests while
        receiving this medicine", "This is to make sure your kidneys are working properly"."""
        # the shape first: the reason scan is the dearer test, and most sentences fail the shape
        return self._routine_check_shape(tk, first, end) and not self._reasons(tk, first, end)

    def _routine_check_shape(self, tk: _Tokens, first: int, end: int) -> bool:
        lowers = tk.lowers
        for k in range(first, min(first + 12, end - 3)):
            if lowers[k] == _H["you"] and lowers[k + 1] in _YOU_WILL and lowers[k + 2] in _HAVE_OR_NEED:
                # the sentence opens with it, perhaps after a phrase of time ("During the drip, you will have ..."),
                # not after a clause of its own ("This medicine is lifelong, and you will need blood tests")
                opening = k == first or (
                    lowers[k - 1] == _H[","]
                    and not any(lowers[j] in _CLAUSE_WORDS or lowers[j] in _YOU_WILL for j in range(first, k))
                )
                return opening and any(lowers[j] in _CHECK_NOUNS for j in range(k + 3, min(k + 7, end)))
        # "This is to make sure ...", "This is done to check ...": the purpose of the test told just before
        k = first + 2 if first + 3 < end and lowers[first] == _H["this"] and lowers[first + 1] == _H["is"] else -1
        if 0 < k < end - 2 and lowers[k] == _H["done"]:
            k += 1
        if not 0 < k < end - 2 or lowers[k] != _H["to"]:
            return False
        verb = lowers[k + 1]
        return verb in _CHECK_VERBS or (verb == _H["make"] and lowers[k + 2] == _H["sure"])

    @staticmethod
    def _sees_people(tk: _Tokens, k: int, end: int) -> bool:
        """After a care role: "(also) sees / works with / supports people ...", whom the service is for."""
        lowers = tk.lowers
        if k < end and lowers[k] in _ADVERBS_OF_VISIT:
            k += 1
        if k + 1 >= end or lowers[k] not in _SERVES:
            return False
        k += 1
        if lowers[k] == _H["with"] and k + 1 < end:
            k += 1
        if lowers[k] not in _PEOPLE:
            return False
        # "... and most of them respond well": a second clause may say something about health
        return not any(
            lowers[i] in _COMMA_OR_SEMICOLON or (lowers[i] in _AND_BUT and lowers[i + 1] in _MAIN_CLAUSE_STARTS)
            for i in range(k + 1, end - 1)
        )

    @staticmethod
    def _helps_decide(tk: _Tokens, k: int, end: int) -> bool:
        """After the team's "can help": a choice the reader makes with them, "(you) decide whether ...", "determine
        which ..."."""
        lowers = tk.lowers
        if k < end and lowers[k] == _H["you"]:
            k += 1
        if k + 1 < end and lowers[k] in _DECIDE and lowers[k + 1] in _WHICH_WAY:
            return True
        # "work out whether ...", "figure out which ..."
        return (
            k + 2 < end and lowers[k] in _WORK_OR_FIGURE and lowers[k + 1] == _H["out"] and lowers[k + 2] in _WHICH_WAY
        )

    def _only_offers(self, tk: _Tokens, k: int, end: int) -> bool:
        """What follows the team's offer names only help in general: "ways to cope", "support and options"."""
        lowers, skip = tk.lowers, tk.skippable
        return all(skip[i] or lowers[i] in self.offered for i in range(k, end))

    def _meets_the_team(self, tk: _Tokens, first: int, end: int) -> bool:
        """A visit the reader will make: "You'll usually see your doctor every few weeks ..."."""
        if self._done_by_the_team(tk, first, end) or self._checks_you_will_have(tk, first, end):
            return True
        lowers = tk.lowers
        if end - first < 5 or lowers[first] != _H["you"] or lowers[first + 1] not in _YOU_WILL:
            return False
        k = first + 2
        if lowers[k] in _ADVERBS or lowers[k] in _USUALLY:
            k += 1
        if k + 2 >= end or lowers[k] not in _MEET:
            return False
        k += 1
        if lowers[k] in _DETERMINERS:
            k += 1
        return lowers[k] in self.referral_contacts and not self._reasons(tk, first, end)

    def _checks_you_will_have(self, tk: _Tokens, first: int, end: int) -> bool:
        """The checks of the treatment's routine: "You may need blood work ...", "Your condition will be monitored ..."."""
        if end - first < 4:
            return False
        return self._checks_you_will_have_shape(tk, first, end) and not self._reasons(tk, first, end)

    def _checks_you_will_have_shape(self, tk: _Tokens, first: int, end: int) -> bool:
        lowers = tk.lowers
        k = first
        if lowers[k] == _H["you"] and lowers[k + 1] in _YOU_WILL:
            k += 2
            if lowers[k] in _ADVERBS or lowers[k] in _USUALLY or lowers[k] == _H["also"]:
                k += 1
            if k >= end or lowers[k] not in _HAVE_TESTS:
                return False
            # "regular blood tests", "some blood work", "a scan": the checks, in a few words
            return any(
                lowers[j] in _TESTS and (lowers[j] != _H["work"] or lowers[j - 1] == _H["blood"])
                for j in range(k + 1, min(k + 5, end))
            )
        # "Your condition will be monitored carefully": the reader checked, by no one named
        if lowers[k] != _H["your"] or lowers[k + 1] not in _CHECKED_SUBJECTS:
            return False
        k += 2
        if k + 2 >= end or lowers[k] not in _YOU_WILL or lowers[k + 1] != _H["be"]:
            return False
        return lowers[k + 2] in self.check_passives

    def _done_by_the_team(self, tk: _Tokens, first: int, end: int) -> bool:
        """A check the care team will make, told in the passive: "Your skin will be checked daily by the nurses"."""
        lowers = tk.lowers
        if _YOU_WILL.isdisjoint(lowers[first : min(first + 15, end - 3)]):
            return False
        for k in range(first, min(first + 15, end - 3)):
            if lowers[k] not in _YOU_WILL:
                continue
            j = k + 2 if lowers[k + 1] in _ADVERBS or lowers[k + 1] in _USUALLY else k + 1  # "will usually be seen"
            if j >= end - 1 or lowers[j] != _H["be"]:
                continue
            j += 1
            if lowers[j] in _ADVERBS or lowers[j] in _USUALLY:
                j += 1
            if j >= end or not (lowers[j] in self.visit_passives or lowers[j] in self.check_passives):
                return False
            # the agent follows within a few words: "seen in clinic once a week by the review team"
            by = next((i for i in range(j + 1, min(j + 10, end)) if lowers[i] == _H["by"]), None)
            if by is None:
                return False
            agent = any(
                lowers[i] in self.referral_contacts or lowers[i] in self.care_team_subjects
                for i in range(by + 1, min(by + 5, end))
            )
            return agent and not self._reasons(tk, first, end)
        return False

    def _says_who_you_are(self, tk: _Tokens, first: int, end: int) -> bool:
        """An instruction to tell someone who you are: "Tell them you are a patient on immunotherapy"."""
        lowers = tk.lowers
        # the verb opens the sentence or its main clause: "At the walk-in centre, tell them ..."
        verb = next(
            (
                k
                for k in range(first, min(first + 10, end))
                if lowers[k] in _TELL and (k == first or lowers[k - 1] == _H[","])
            ),
            None,
        )
        if verb is None:
            return False
        for k in range(verb + 1, min(verb + 5, end - 2)):
            if lowers[k] in self.referral_contacts:
                j = k + 1
                while (
                    j + 1 < end
                    and lowers[j] in _CONTACT_JOINS
                    and (lowers[j + 1] in self.referral_contacts or lowers[j + 1] in _CONTACT_JOINS)
                ):
                    j += 2 if lowers[j + 1] in self.referral_contacts else 1
                if lowers[j] in _KNOW_THAT:
                    j += 1
                if lowers[j] in _KNOW_THAT:
                    j += 1
                return (
                    j + 1 < end
                    and lowers[j] == _H["you"]
                    and lowers[j + 1] in _YOU_ARE
                    and not self._reasons(tk, first, end)
                )
        return False

    def _talks(self, tk: _Tokens, first: int, end: int) -> bool:
        """The care team's step is talking: "Your doctor will discuss ...", "The nurse will explain ..."."""
        return any(tk.lowers[k] in _TALK_VERBS for k in range(first, min(first + 6, end)))

    def _reasons(self, tk: _Tokens, first: int, end: int) -> bool:
        """The sentence gives a reason or a precaution: "because ...", ", as ...", "so your doctor can ..."."""
        lowers, orths = tk.lowers, tk.orths
        reason_words = self.reason_words
        window = lowers[first:end]
        if reason_words.isdisjoint(window) and _H["before"] not in window:
            return False  # most sentences: no word the loop below reads
        for k in range(first, end):
            lower = lowers[k]
            if lower in reason_words:
                nxt = lowers[k + 1] if k + 1 < end else 0
                # ", as it ..." gives a reason; ", as well as ..." only adds to a list
                if (
                    (lower != _H["as"] or (orths[k - 1] == _H[","] and nxt != _H["well"]))
                    and nxt != _H["please"]
                    # "tell you which side effects you may have" names something; ", which raises ..." gives a reason
                    and (lower != _H["which"] or orths[k - 1] == _H[","])
                    # "so that you know what to expect": a purpose of the visit, not a reason about health
                    and not (lower == _H["so"] and any(lowers[j] in _PREPARED for j in range(k + 1, min(k + 6, end))))
                    # "so that he or she can help you": the purpose of a referral is the contact's help
                    and not (lower == _H["so"] and self._so_they_help(tk, k + 1, end))
                ):
                    return True
            elif lower == _H["before"] and k + 1 < end:
                nxt_word = tk.strings[lowers[k + 1]]
                if nxt_word.endswith("ing") and nxt_word not in _ARRIVING:
                    return True  # a precaution: "Check with your doctor before starting any medicine"
        return False

    def _anecdote(self, tk: _Tokens, first: int, end: int) -> bool:
        """The writer tells of a relative's or their own past: "My own mother battled ...", "I remember ..."."""
        lowers = tk.lowers
        k = first
        if lowers[k] == _H["my"]:
            k += 2 if k + 1 < end and lowers[k + 1] == _H["own"] else 1
            if k >= end or lowers[k] not in _RELATIVES:
                return False
            k += 1
        elif lowers[k] == _H["i"] and tk.text(k) == "I":
            k += 1
            if k < end and lowers[k] == _H["still"]:
                k += 1
        else:
            return False
        if k >= end or not (lowers[k] in _PAST_VERBS or tk.text(k).endswith("ed")):
            return False
        # "I was told that ...", "I found that ...": a reported finding, not the story itself
        return not any(lowers[j] in _REPORTED for j in range(k + 1, min(k + 4, end)))

    @staticmethod
    def _own_story(tk: _Tokens, start: int, end: int, labels: set[str]) -> bool:
        """The writer speaks of themselves ("I", "me", "my") and reports no rates or findings.

        A count in the story ("for the past six months") is no statistic; "I recommend", "my patients"
        and "I learned that" pass on advice or a finding.
        """
        if labels & {"rate", "dosage", "statistic", "finding"}:
            return False
        lowers = tk.lowers
        window = lowers[start:end]
        i_hash = _H["i"]
        # most sentences have no first person at all: one set test instead of a look at every token
        if _ME.isdisjoint(window) and i_hash not in window:
            return False
        mine = False
        for k in range(start, end):
            if lowers[k] in _LEARNED:
                return False
            if lowers[k] in _ADVISES and any(
                lowers[i] in _ME or (lowers[i] == _H["i"] and tk.text(i) == "I") for i in range(max(start, k - 3), k)
            ):
                return False
            mine = mine or lowers[k] in _ME or (lowers[k] == _H["i"] and tk.text(k) == "I")
        return mine

    def _so_they_help(self, tk: _Tokens, k: int, end: int) -> bool:
        """After "so": "(that) he or she / they / your nurse can help (you)" and nothing more."""
        lowers = tk.lowers
        if k < end and lowers[k] == _H["that"]:
            k += 1
        j = next((j for j in range(k, min(k + 5, end)) if lowers[j] in _MODALS or lowers[j] == _H["will"]), None)
        if j is None or not all(
            lowers[i] in _HELPERS or lowers[i] in self.referral_contacts or lowers[i] in _DETERMINERS
            for i in range(k, j)
        ):
            return False
        rest = [i for i in range(j + 1, end) if not tk.space_or_punct[i]]
        return bool(rest) and lowers[rest[0]] == _H["help"] and all(lowers[i] in _HELPED for i in rest[1:])

    def _not_about_health(
        self, tk: _Tokens, first: int, end: int, cues: list[tuple[int, int, str]], in_marker: bytearray
    ) -> str:
        """A lead-in that sends the reader to someone or describes a service, whose list items are no claims
        ("refers"); one that only points at its list ("pointer"), whose items that are sentences still are; or ""."""
        labels = {label for _, _, label in cues}
        if labels & _SOFT_NOT_CLAIM and not labels & _HEALTH_CUES:
            return "refers"
        if "metadata" in labels:
            return "refers"  # "Article Author:"
        if labels & {"about", "pointer"} and "condition" not in labels and not labels & _HEALTH_CUES:
            return "pointer"  # "A leaflet includes the following information:", "Here are a few tips:"
        return "refers" if self._refers(tk, first, end, labels) else ""

    def _says_more_than_a_quantity(self, tk: _Tokens, start: int, end: int) -> bool:
        """`7% higher risk` says something; `10% to 25%` or `Less than 10%` only names a range."""
        return any(
            tk.alpha[k] and not tk.like_num[k] and tk.lowers[k] not in self.quantity_words for k in range(start, end)
        )

    def _section_label(self, tk: _Tokens, first: int, reach: int = 3) -> str:
        """The label of an abstract section the sentence opens with: `Methods:` -> "methods"."""
        orths, colon = tk.orths, _H[":"]
        if colon not in orths[first : first + reach]:
            return ""  # most sentences: no colon near the start
        return tk.doc[first : orths.index(colon, first, first + reach)].text.lower()

    def _instructs(self, tk: _Tokens, first: int, end: int, list_item: bool = False) -> bool:
        """An imperative: at the start, after a `Label:` prefix, or after an opening clause ("If ..., call").

        List items may start in lower case ("drink plenty of fluid").
        """
        lowers, orths = tk.lowers, tk.orths
        candidates = [first]
        stop = min(first + 6, end - 1)
        if stop > first and _H[":"] in orths[first:stop]:
            candidates.append(orths.index(_H[":"], first, stop) + 1)
        if lowers[first] in _OPENERS:
            for k in range(first + 1, min(first + 25, end - 1)):
                if orths[k] == _H[","]:
                    candidates.append(k + 1)
                    break
        for k in candidates:
            if k >= end:
                continue
            lower = lowers[k]
            if lower not in self.advice_verbs:
                continue
            if k + 1 < end and lowers[k + 1] in self.not_imperative_next and lower not in _DO:
                continue
            if tk.text(k)[:1].isupper() or k != first or list_item:
                return True
        return False


# a reader's letter and the answer to it, as a column labels them: "Q. I take ...", "Question: ...", "A: ..."
_LETTER_LABEL = re.compile(r"\s*(?:Q|Question)\s*[.:)]\s")
_ANSWER_LABEL = re.compile(r"\s*(?:A|Answer)\s*[.:)]\s")


def _in_readers_letter(
    text: str, block_starts: list[int], block_kinds: list[str], j: int, asked: dict[int, bool]
) -> bool:
    """Block ``j`` is a reader's letter: it opens with "Q." or "Question:", or goes on from one, up to the answer."""
    k = j
    while k not in asked and k > 0:
        k -= 1  # back to a block already read (blocks are read in order, so this is a step or two)
    for i in range(k, j + 1):
        if i in asked:
            continue
        opening = text[block_starts[i] : block_starts[i] + 12]
        kind = block_kinds[i] if i < len(block_kinds) else "paragraph"
        if _LETTER_LABEL.match(opening):
            asked[i] = True
        elif _ANSWER_LABEL.match(opening) or i == 0 or kind != "paragraph":
            asked[i] = False
        else:
            before = block_kinds[i - 1] if i - 1 < len(block_kinds) else "paragraph"
            asked[i] = asked[i - 1] and before == "paragraph"  # the letter goes on in its next paragraph
    return asked[j]


def _pointer_cues(text: str) -> list[int]:
    """Where the text has a word a pointer to the site needs; matching lower case is twice as fast as ignoring case."""
    lowered = text.lower()
    if len(lowered) != len(text):  # a letter whose lower case is longer ("İ"): offsets would drift
        return [m.start() for m in re.finditer(_MAY_POINT.pattern, text, re.IGNORECASE)]
    return [m.start() for m in _MAY_POINT.finditer(lowered)]


def _points_at_site(tk: _Tokens, text: str, first: int, end: int, cues: list[int]) -> bool:
    """The sentence of tokens [first, end) hands the reader on to the site at its start or its end.

    ``cues`` are where the doc's text has a word a pointer needs ("our", "see", ...), found once per doc.
    """
    lo_char = tk.idx[first]
    hi_char = tk.idx[end - 1] + len(tk.text(end - 1))
    at = bisect.bisect_left(cues, lo_char)
    if at == len(cues) or cues[at] >= hi_char:
        return False
    sentence = text[lo_char:hi_char]
    if _POINTER_HEAD.match(sentence):
        return True
    return any(_SENTENCE_TAIL.match(sentence, tail.end()) for tail in _POINTER_TAIL.finditer(sentence))


class _Tokens:
    """A doc's token attributes as Python lists, read once per doc (the lexical ones through `_Lexemes`).

    The claim checks look at thousands of tokens per article; a spaCy `Token` object per look costs
    more than the check itself, so they compare these integers (word hashes and flags) instead.
    """

    __slots__ = (
        "alpha",
        "arrays",
        "doc",
        "idx",
        "like_num",
        "lowers",
        "orths",
        "punct",
        "sent_starts",
        "skippable",
        "space",
        "space_or_punct",
        "strings",
        "words",
    )

    def __init__(self, doc: Doc, lexemes: _Lexemes) -> None:
        self.doc = doc
        self.strings = doc.vocab.strings
        orth, idx, sent_start = doc.to_array([ORTH, IDX, SENT_START]).T
        lower, alpha, length, punct, space, stop, like_num, digit, upper = lexemes.columns(orth, doc.vocab)
        self.arrays = _Arrays(lower, orth, like_num == 1, punct == 1, alpha == 1, digit == 1, upper == 1, space == 1)
        self.lowers: list[int] = lower.tolist()
        self.orths: list[int] = orth.tolist()
        self.idx: list[int] = idx.tolist()
        self.alpha: list[int] = alpha.tolist()
        self.like_num: list[int] = like_num.tolist()
        self.space: list[int] = space.tolist()
        self.punct: list[int] = punct.tolist()
        self.space_or_punct: list[int] = (punct | space).tolist()
        # punctuation, spaces and stop words that are not numbers: no content of their own
        self.skippable: list[int] = (punct | space | (stop & (like_num == 0))).tolist()
        # running counts of words (two letters or more), so a sentence's word count is one subtraction
        self.words: list[int] = [0, *numpy.cumsum((alpha == 1) & (length > 1)).tolist()]
        starts = numpy.flatnonzero(sent_start == 1)  # 1 starts a sentence; -1 (as uint64) does not
        self.sent_starts: list[int] = starts[starts > 0].tolist()

    def text(self, k: int) -> str:
        return self.strings[self.orths[k]]

    def sentences(self) -> Iterator[tuple[int, int]]:
        """(start, end) token positions of each sentence, as `Doc.sents` gives them."""
        n = len(self.orths)
        if not n:
            return
        start = 0
        for nxt in self.sent_starts:
            yield start, nxt
            start = nxt
        yield start, n

    def bounds(self, start: int, end: int, in_marker: bytearray) -> tuple[int, str] | None:
        """The sentence's first word and its final character, markers, spaces and closing quotes aside."""
        skip = self.space_or_punct
        first = start
        while first < end and (skip[first] or in_marker[first]):
            first += 1
        if first >= end:
            return None
        last = end - 1
        while last > first and (self.space[last] or in_marker[last]):
            last -= 1
        word = self.text(last)
        while word[-1] in _CLOSERS and last > first:
            last -= 1
            word = self.text(last)
        if word[-1] in ":;":
            # "...risk of gout. ::error": stray marks after a full stop do not make the sentence a lead-in
            k = last
            while k > first and self.punct[k] and self.text(k)[-1] in ":;":
                k -= 1
            if k < last and self.text(k)[-1] in ".!?…":
                return first, self.text(k)[-1]
        return first, word[-1]

    def title_case(self, start: int, end: int) -> bool:
        """Every word of four letters or more starts with a capital, as in a slogan or a heading."""
        words = [w for k in range(start, end) if self.alpha[k] and len(w := self.text(k)) >= 4]
        return len(words) >= 2 and all(w[0].isupper() for w in words)


class _Lexemes:
    """The attributes a word has wherever it occurs (LOWER, IS_ALPHA, ...), read once per word and kept by ORTH.

    `Doc.to_array` reads them again at every token, which cost more than the claim checks that use them;
    a doc's columns are instead one gather from this table, by each token's row.
    """

    ATTRS = (LOWER, IS_ALPHA, LENGTH, IS_PUNCT, IS_SPACE, IS_STOP, LIKE_NUM, IS_DIGIT, IS_UPPER)

    def __init__(self) -> None:
        self.rows: dict[int, int] = {}  # ORTH hash -> row of the table
        self.table = numpy.zeros((1024, len(self.ATTRS)), dtype=numpy.uint64)

    def columns(self, orth: numpy.ndarray, vocab: Any) -> numpy.ndarray:
        """The ATTRS columns of the tokens whose ORTH hashes are ``orth``, as rows of one array."""
        distinct, inverse = numpy.unique(orth, return_inverse=True)
        hashes: list[int] = distinct.tolist()
        rows = self.rows
        new = [h for h in hashes if h not in rows]
        if new:
            # the same lexemes the doc's tokens point to, read by the same Doc.to_array
            values = Doc(vocab, words=[vocab.strings[h] for h in new]).to_array(list(self.ATTRS))
            used = len(rows)
            if used + len(new) > len(self.table):
                grown = numpy.zeros((2 * (used + len(new)), len(self.ATTRS)), dtype=numpy.uint64)
                grown[:used] = self.table[:used]
                self.table = grown
            self.table[used : used + len(new)] = values.reshape(len(new), len(self.ATTRS))
            rows.update((h, used + i) for i, h in enumerate(new))
        index = numpy.fromiter((rows[h] for h in hashes), dtype=numpy.intp, count=len(hashes))
        return self.table[index[inverse.reshape(-1)]].T


class _Arrays(NamedTuple):
    """A doc's token columns as numpy arrays, for patterns tested at every position at once."""

    lower: numpy.ndarray
    orth: numpy.ndarray
    number: numpy.ndarray  # LIKE_NUM
    punct: numpy.ndarray
    alpha: numpy.ndarray
    digits: numpy.ndarray  # IS_DIGIT
    upper: numpy.ndarray  # IS_UPPER
    space: numpy.ndarray  # IS_SPACE


class _Words:
    """A word list to find in a column of LOWER or ORTH hashes."""

    def __init__(self, *words: str) -> None:
        self.hashes = numpy.fromiter(sorted(_hashes(words)), dtype=numpy.uint64)

    def at(self, column: numpy.ndarray) -> numpy.ndarray:
        """Where the column holds one of the words."""
        if len(self.hashes) > 4:
            return numpy.isin(column, self.hashes)
        hit = column == self.hashes[0]
        for h in self.hashes[1:]:
            hit |= column == h
        return hit


def _sequence(conditions: list[numpy.ndarray]) -> numpy.ndarray:
    """Start positions where ``conditions[0]`` holds at a token, ``conditions[1]`` at the next, and so on."""
    n, k = len(conditions[0]), len(conditions)
    if n < k:
        return numpy.empty(0, dtype=numpy.intp)
    hit = conditions[0][: n - k + 1].copy()
    for j, condition in enumerate(conditions[1:], 1):
        hit &= condition[j : n - k + 1 + j]
    return numpy.flatnonzero(hit)


class _WordClasses:
    """Which word lists each distinct word belongs to, as bits: a dictionary lookup per new word, then
    one gather per doc gives every token's bits."""

    def __init__(self, lists: dict[str, Iterable[str]], drug_name: re.Pattern[str]) -> None:
        self.lists = {name: frozenset(w.lower() for w in words) for name, words in lists.items()}
        self.bits = {name: 1 << i for i, name in enumerate([*self.lists, "drug"])}
        self.drug_name = drug_name
        self.known: dict[int, int] = {}  # LOWER hash -> bits, across docs

    def of(self, lower: numpy.ndarray, strings: StringStore) -> numpy.ndarray:
        """Each token's bits."""
        distinct, inverse = numpy.unique(lower, return_inverse=True)
        known = self.known
        bits = []
        for h in distinct.tolist():
            found = known.get(h)
            if found is None:
                found = known[h] = self._bits(strings[h])
            bits.append(found)
        return numpy.array(bits, dtype=numpy.int64)[inverse.reshape(-1)]

    def _bits(self, word: str) -> int:
        found = sum(self.bits[name] for name, words in self.lists.items() if word in words)
        if self.drug_name.match(word):
            found |= self.bits["drug"]
        return found


class _TokenPatterns:
    """The token cues (dosage, number, service, rate, phone, drug names), as comparisons of whole columns.

    spaCy's Matcher makes a Python `Token` for every token it passes; over an article of a few thousand
    tokens that cost more than all the claim checks together. Each pattern here is a few vectorised
    comparisons, and yields (start, end, label) like a matcher would, one per place and length it fits.
    """

    def __init__(self, drug_name: re.Pattern[str]) -> None:
        self.words = _WordClasses(
            {
                "unit": lexicon.DOSE_UNITS,
                "every": ["every"],
                "period": ["hours", "hour", "days", "weeks", "months"],
                "times": ["times"],
                "per": ["a", "per", "daily", "weekly"],
                "our": ["our"],
                "people": lexicon.SERVICE_PEOPLE,
                "your": ["your"],
                "visit": ["appointment", "appointments", "visit"],
                "in": ["in"],
            },
            drug_name,
        )
        self.range = _Words("-", "–", "to", "or")
        self.percent = _Words("%")
        self.dash, self.open, self.close = _Words("-"), _Words("("), _Words(")")

    def __call__(self, tk: _Tokens) -> list[tuple[int, int, str]]:
        a = tk.arrays
        orth, number = a.orth, a.number
        found: list[tuple[int, int, str]] = []
        if not len(orth):
            return found
        bits = self.words.of(a.lower, tk.strings)

        def word(name: str) -> numpy.ndarray:
            return (bits & self.words.bits[name]) != 0

        def add(label: str, conditions: list[numpy.ndarray]) -> None:
            k = len(conditions)
            found.extend((i, i + k, label) for i in _sequence(conditions).tolist())

        unit = word("unit")
        # an ordinal counts its place, not a dose: "by the 18th pill", "on the 5th day" (only a number that is
        # neither all digits nor a word can be one)
        ordinal = number & ~a.digits & ~a.alpha
        if ordinal.any():
            ordinal[ordinal] = [_ORDINAL.fullmatch(tk.text(k)) is not None for k in numpy.flatnonzero(ordinal).tolist()]
        dose = number & ~ordinal
        add("dosage", [dose, unit])
        add("dosage", [dose, self.range.at(orth), dose, unit])
        add("dosage", [word("every"), number, word("period")])
        add("dosage", [number, word("times"), word("per")])
        # a number is filtered in _counts for years, labels ("type 2") and words like "one" or "first"
        found.extend((i, i + 1, "number") for i in numpy.flatnonzero(number).tolist())
        # "our specialist children's nurses", "our care team": who runs the service, not a finding about health;
        # "your Mayo Clinic appointment", "your first clinic visit"
        any_word = ~a.punct
        our, people = word("our"), word("people")
        if our.any() and people.any():  # most docs lack one of them: no need to try each gap
            for gap in range(5):
                add("service", [our, *[any_word] * gap, people])
        your, visit = word("your"), word("visit")
        if your.any() and visit.any():
            for gap in range(4):
                add("service", [your, *[any_word] * gap, visit])
        add("rate", [number, self.percent.at(orth)])
        in_ = word("in")
        add("rate", [number, in_, number])
        add("rate", [number, a.alpha, in_, number])
        digits, dash = a.digits, self.dash.at(orth)
        add("phone", [digits, dash, digits, dash, digits])
        add("phone", [self.open.at(orth), digits, self.close.at(orth), digits, dash, digits])
        add("phone", [self.close.at(orth), digits, dash, digits])
        # numbers spelled partly in letters: "1-800-FDA-1088", "1-800-4-CANCER"
        add("phone", [digits, dash, digits, dash, a.upper, dash, digits])
        add("phone", [digits, dash, digits, dash, digits, dash, a.upper])
        add("phone", [digits, dash, digits, dash, a.upper])  # "1-800-FDA-1088" when "FDA-1088" is one token
        add("phone", [digits, digits, digits])
        found.extend((i, i + 1, "treatment") for i in numpy.flatnonzero(word("drug")).tolist())
        return found


# what the reader was given that lists the symptoms to call about
_DOCUMENTS = _hashes({"card", "cards", "leaflet", "booklet", "handout", "sheet"})
# an age in a sentence: "aged 65", "10 years old"
_AGE_LABELS = _hashes({"aged", "age", "ages"})
_AGE_UNITS = _hashes({"year", "years", "month", "months", "week", "weeks", "day", "days"})
# a condition named only through its signs or a suspicion of it: "any signs of sepsis", "if you suspect meningitis"
_SIGN_WORDS = _hashes({"sign", "signs", "symptom", "symptoms"})
_POINTING = _hashes({"any", "one", "these", "those", "such"})
_SUSPECTS = _hashes({"suspect", "suspects", "suspected"})


# nouns a condition word may qualify without the sentence being about the condition
_SERVICE_NOUNS = frozenset(
    "room nurse nurses team teams centre center clinic clinics service services unit ward care specialist "
    "specialists patients support charity hotline helpline society department hospital".split()
)


_SCOPE_WORDS = frozenset({"with", "for", "on", "about"})
_SERVICE_NOUN_HASHES = _hashes(_SERVICE_NOUNS)
_SCOPE_WORD_HASHES = _hashes(_SCOPE_WORDS)


_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)", re.I)


def _difficulty_with(tk: _Tokens, after: int, end: int) -> bool:
    """A "hard time" that names what is hard: "a hard time with remembering", "a difficult time swallowing"."""
    if after >= end or tk.lowers[after - 1] != _H["time"]:
        return False
    nxt = tk.text(after).lower()
    return nxt == "with" or (len(nxt) > 4 and nxt.endswith("ing"))


def _names_a_service(tk: _Tokens, start: int, after: int, first: int, end: int) -> bool:
    """The condition word at ``start`` qualifies a service noun ("recovery room", "cancer care team") or
    names whom a service is for ("families of children with asthma")."""
    lowers = tk.lowers
    if any(lowers[k] in _SERVICE_NOUN_HASHES for k in range(after, min(after + 2, end))):
        return True
    return any(lowers[k] in _SCOPE_WORD_HASHES for k in range(max(first, start - 2), start))
