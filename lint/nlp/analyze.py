"""Turns an Article's body into sentences, claims and citation markers with places in the file."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Literal, NamedTuple

from lint.model import Article, Block
from lint.nlp import lexicon
from lint.nlp.markers import author_year_citations, entry_author_year, marker_ids, numbers, resolve_author_year

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

BLOCK_SEPARATOR = "\n\n"
# a long article goes through spaCy in docs of about this many characters, so memory stays flat
CHUNK_CHARS = 100_000
CitationScope = Literal["block", "sentence"]
MarkerStyle = Literal["bracket", "superscript", "parenthesis", "author_year", "note", "malformed"]
ClaimState = Literal["cited", "broken", "uncited"]
# the claims reviewers check number by number: each needs a marker in its own sentence
DEFAULT_OWN_MARKER_KINDS = ("statistic", "dosage")
_SENTENCE_END = frozenset(".!?…")
_CLAIM_KINDS: dict[str, str] = {}


@dataclass(frozen=True, slots=True)
class CitationMarker:
    """A citation marker in the text; ``start``/``end`` are offsets in the source file.

    ``ids`` are the source ids it names (for an author-year citation, "Surname Year"); ``entries`` the
    indices of the source-list entries it resolves to; ``problems`` say what of it matches no entry.
    """

    start: int
    end: int
    text: str
    ids: tuple[str, ...]
    block: int
    sentence: int
    style: MarkerStyle = "bracket"
    entries: tuple[int, ...] = ()
    problems: tuple[str, ...] = ()
    block_start: int = 0  # where ``text`` starts in the block's text, read from the doc, never searched for

    @property
    def resolves(self) -> bool:
        """It leads to its source: an entry of the list for every id, or the source named inline."""
        if self.style == "note":
            return True
        return self.style != "malformed" and bool(self.ids) and not self.problems


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    text: str
    block: int  # index into Article.blocks
    claim_kind: str | None
    markers: tuple[int, ...]  # indices into Analysis.markers
    covered: bool  # a marker in this sentence, or (block scope) a later one in its block, cites it
    # the markers that cover it: its own, or the ones after it in its block, on its list's lead-in or items
    cited_by: tuple[int, ...] = ()
    # for a short item of a list under a lead-in ("Symptoms include:"): the lead-in sentence's index; a list of
    # phrases with no lead-in is headed by its first item, whose own index this then is
    lead_in: int | None = None
    block_start: int = 0  # where ``text`` starts in the block's text, read from the doc, never searched for


@dataclass(slots=True)
class _Carry:
    """Where the last chunk of a long article stopped, for the next chunk to go on from."""

    group: object = -1  # the block (or table row) being read
    pending: list[int] = field(default_factory=list)  # its sentences still waiting for a marker
    previous_group: list[int] = field(default_factory=list)  # the sentences of the block before
    group_sentences: list[int] = field(default_factory=list)
    lead_in: int | None = None  # the last sentence, when it ends with a colon: the lead-in of the list below
    lists: dict[int, list[int]] = field(default_factory=dict)  # lead-in sentence -> its items' sentences


@dataclass(slots=True)
class Analysis:
    sentences: list[Sentence] = field(default_factory=list)
    markers: list[CitationMarker] = field(default_factory=list)
    carry: _Carry = field(default_factory=_Carry, repr=False, compare=False)

    @property
    def claims(self) -> list[Sentence]:
        return [s for s in self.sentences if s.claim_kind is not None]

    def state(self, sentence: Sentence) -> ClaimState:
        """Cited when a marker that resolves covers it; broken when only markers that lead nowhere do."""
        if not sentence.covered:
            return "uncited"
        if any(self.markers[m].resolves for m in sentence.cited_by):
            return "cited"
        return "broken"


def body_blocks(article: Article) -> list[int]:
    """Indices of the blocks read for claims: body text, not headings, header cells, chrome or index terms."""
    out: list[int] = []
    index_terms = False  # the list under an abstract page's "MeSH terms" or "Publication types"
    for i, b in enumerate(article.blocks):
        if b.kind == "heading":
            index_terms = " ".join(b.text.split()).casefold().rstrip(":") in lexicon.INDEX_TERM_HEADINGS
        elif b.kind != "list_item":
            index_terms = False
        if (
            b.role == "body"
            and b.kind not in ("heading", "table_header")
            and not (index_terms and b.kind == "list_item")
        ):
            out.append(i)
    return out


def make_doc(nlp: Language, article: Article, skip: frozenset[int] = frozenset()) -> tuple[Doc, list[int]]:
    """One Doc per article: the body blocks joined by blank lines, each block starting a sentence."""
    indices = [i for i in body_blocks(article) if i not in skip]
    return _doc_of(nlp, article, [(i, 0, len(article.blocks[i].text)) for i in indices]), indices


class Chunk(NamedTuple):
    """One doc of a long article: ``offsets[j]`` is where the doc's part of block ``blocks[j]`` starts in its text."""

    doc: Doc
    blocks: list[int]
    offsets: list[int]


def make_docs(
    nlp: Language, article: Article, skip: frozenset[int] = frozenset(), chunk_chars: int = CHUNK_CHARS
) -> Iterator[Chunk]:
    """Docs of about ``chunk_chars`` each, split between blocks, never inside a table row or after a lead-in.

    Made one at a time, so only one chunk of a long article is held by spaCy at once. A block longer
    than a chunk (a 5 MB paragraph) is split too, between sentences where it can be.
    """
    indices = [i for i in body_blocks(article) if i not in skip]
    blocks = article.blocks
    chunk: list[int] = []
    size = 0
    for i in indices:
        block = blocks[i]
        prev = blocks[chunk[-1]] if chunk else None
        # a row is cited together, and list items read their lead-in: split there only when far over
        soft = prev is not None and block.kind != "list_item" and (block.row is None or block.row != prev.row)
        if chunk and ((size >= chunk_chars and soft) or size >= 4 * chunk_chars):
            yield Chunk(_doc_of(nlp, article, [(j, 0, len(blocks[j].text)) for j in chunk]), chunk, [0] * len(chunk))
            chunk, size = [], 0
        if len(block.text) > chunk_chars and block.row is None:
            if chunk:
                yield Chunk(
                    _doc_of(nlp, article, [(j, 0, len(blocks[j].text)) for j in chunk]), chunk, [0] * len(chunk)
                )
                chunk, size = [], 0
            for lo, hi in _pieces(block.text, chunk_chars):
                yield Chunk(_doc_of(nlp, article, [(i, lo, hi)]), [i], [lo])
            continue
        chunk.append(i)
        size += len(block.text) + len(BLOCK_SEPARATOR)
    if chunk or not indices:
        yield Chunk(_doc_of(nlp, article, [(j, 0, len(blocks[j].text)) for j in chunk]), chunk, [0] * len(chunk))


# a sentence end, the citation markers after it, and a capital that starts the next sentence
_SENTENCE_BREAK = re.compile(r"[.!?](?:\s*\[[^\]\n]{1,40}\])*\s+(?=[A-Z])")


def _pieces(text: str, size: int) -> Iterator[tuple[int, int]]:
    """``text`` as (start, end) pieces of at most ``size``, cut after the last sentence in each where there is one."""
    lo = 0
    while len(text) - lo > size:
        window_start, window_end = lo + size // 2, lo + size
        cut = None
        for m in _SENTENCE_BREAK.finditer(text, window_start, window_end):
            cut = m.end()
        if cut is None:  # no sentence ends here: between words, or anywhere in a run with no space at all
            space = text.rfind(" ", window_start, window_end)
            cut = space + 1 if space >= 0 else window_end
        yield lo, cut
        lo = cut
    yield lo, len(text)


def _doc_of(nlp: Language, article: Article, parts: list[tuple[int, int, int]]) -> Doc:
    """A doc of the given (block index, start, end) parts of blocks' texts, joined by blank lines."""
    texts: list[str] = []
    starts: list[int] = []
    at = 0
    for i, lo, hi in parts:
        text = article.blocks[i].text[lo:hi]
        starts.append(at)
        texts.append(text)
        at += len(text) + len(BLOCK_SEPARATOR)
    text = BLOCK_SEPARATOR.join(texts)
    # not nlp.make_doc: its max_length guards parser and NER memory, which this pipeline has not
    doc = nlp.tokenizer(text)
    doc._.text = text
    doc._.block_starts = starts
    doc._.block_kinds = [article.blocks[i].kind for i, _, _ in parts]
    doc._.source_numbers = frozenset(s.number for s in article.sources if s.number is not None)
    doc._.source_list_cut = _list_cut_short(article)
    return doc


def _list_cut_short(article: Article) -> bool:
    """The text stops inside its numbered source list: the last entry ends the text, mid-reference."""
    numbered = [s for s in article.sources if s.number is not None]
    if not numbered:
        return False
    last = max(numbered, key=lambda s: s.end)
    tail = article.text[last.start : last.end].rstrip()
    return not article.text[last.end :].strip() and bool(tail) and tail[-1].isalpha()


class _Resolver:
    """Matches marker ids and author-year citations to entries of the article's source list."""

    def __init__(self, article: Article) -> None:
        self.sources = article.sources
        self.by_id: dict[str, int] = {}
        for i, source in enumerate(self.sources):
            for source_id in source.ids:
                self.by_id.setdefault(source_id, i)
        self._entries: list[tuple[str, str] | None] | None = None
        # the same marker text ("[1]") recurs through an article: its ids and entries are read once
        self.known: dict[tuple[str, str], tuple[tuple[str, ...], tuple[int, ...], tuple[str, ...]]] = {}
        self.texts: dict[tuple[str, str], str] = {}

    def ids(self, ids: Sequence[str]) -> tuple[int, ...]:
        return tuple(dict.fromkeys(self.by_id[i] for i in ids if i in self.by_id))

    def author_year(self, text: str) -> tuple[tuple[str, ...], tuple[int, ...], tuple[str, ...]]:
        """ids ("Silva 2018"), the entries found, and a problem for each citation that matches none."""
        if self._entries is None:
            self._entries = [entry_author_year(s.text or s.title) for s in self.sources]
        ids: list[str] = []
        entries: list[int] = []
        problems: list[str] = []
        for _, _, cites in author_year_citations(text):
            for cite in cites:
                ids.append(f"{cite.surname} {cite.year}")
                index, other_year = resolve_author_year(cite, self._entries)
                if index is not None:
                    entries.append(index)
                elif other_year:
                    problems.append(
                        f"({cite.author}, {cite.year}) names {cite.author}, whose entry in the source list is "
                        f"dated {other_year}, not {cite.year}"
                    )
                else:
                    problems.append(f"({cite.author}, {cite.year}) matches no entry of the source list")
        return tuple(ids), tuple(dict.fromkeys(entries)), tuple(problems)


def analyze(
    article: Article,
    doc: Doc,
    block_indices: list[int],
    scope: CitationScope = "block",
    own_marker_kinds: Sequence[str] = DEFAULT_OWN_MARKER_KINDS,
    *,
    into: Analysis | None = None,
    offsets: list[int] | None = None,
) -> Analysis:
    """Read the processed doc back onto the article's blocks and decide which claims are cited.

    ``into`` is the analysis of the article's earlier chunks, which this doc's sentences and markers
    extend; ``offsets`` says where each block's part in this doc starts in the block (see Chunk).
    """
    starts: list[int] = doc._.block_starts or []
    bases = offsets or [0] * len(block_indices)
    blocks = article.blocks
    analysis = into if into is not None else Analysis()
    first_sentence = len(analysis.sentences)
    carry = analysis.carry
    resolver = _Resolver(article)
    own_only = frozenset(own_marker_kinds)
    claim_kinds = {(s.start, s.end): s.label_ for s in doc.spans.get("claims", [])}
    lead_in_kinds = {(s.start, s.end): s.label_ for s in doc.spans.get("claims_lead_ins", [])}
    marker_spans = list(doc.spans.get("citation_markers", []))
    marker_starts = [m.start for m in marker_spans]

    def locate(char: int) -> tuple[int, Block, int]:
        j = bisect.bisect_right(starts, char) - 1
        block_i = block_indices[j]
        return block_i, blocks[block_i], char - starts[j] + bases[j]

    pending = carry.pending  # uncited sentences of the current block, waiting for a marker
    previous_group = carry.previous_group  # the sentences of the block before, for a source note on its own line
    group_sentences = carry.group_sentences
    cited_rows: dict[int, list[int]] = {}
    current_block = carry.group
    lead_in = carry.lead_in
    lists = carry.lists
    # slices of the doc's text: Doc.text and Span.text rebuild it from the tokens on every access
    doc_text: str = doc._.text if doc._.text is not None else doc.text
    for sent in doc.sents:
        raw = doc_text[sent.start_char : sent.end_char]
        text = raw.strip()
        if not text:
            continue
        lead = len(raw) - len(raw.lstrip())
        block_i, block, offset = locate(sent.start_char + lead)
        if len(text) == len(block.text) and text == block.text:
            text = block.text  # a sentence that is its whole block (a list item) shares the block's text
        # the cells of a table row are cited together; everything else by paragraph or list item
        group = ("row", block.row) if block.row is not None else block_i
        first_in_block = group != current_block
        if first_in_block:
            pending = []
            previous_group, group_sentences = group_sentences, []
            current_block = group
            if block.kind != "list_item":
                lead_in = None
        start = block.source_offset(offset)
        end = block.source_offset(offset + len(text) - 1) + 1
        lo = bisect.bisect_left(marker_starts, sent.start)
        hi = bisect.bisect_left(marker_starts, sent.end)
        sentence_index = len(analysis.sentences)
        own: list[int] = []
        for span in marker_spans[lo:hi]:
            m_block_i, m_block, m_offset = locate(span.start_char)
            marker_text = doc_text[span.start_char : span.end_char]
            analysis.markers.append(
                _marker(resolver, span.label_, marker_text, m_block, m_block_i, m_offset, sentence_index)
            )
            own.append(len(analysis.markers) - 1)
        kind = claim_kinds.get((sent.start, sent.end))
        if (
            kind is None
            and (sent.start, sent.end) in lead_in_kinds
            and block.kind != "list_item"
            and offset + len(text) >= len(block.text.rstrip())
            and _list_missing(blocks, block_i)
        ):
            kind = lead_in_kinds[(sent.start, sent.end)]  # "Symptoms include:" over a heading: a claim itself
        if kind == "general" and block.kind == "list_item" and lead_in is None and _lone_name_item(blocks, block_i):
            kind = None  # "• Carol Michaels": a blog's author widget, a one-item list of a name
        if kind is not None:
            kind = _CLAIM_KINDS.setdefault(kind, kind)  # one string per kind, not one per claim
        item_of = None
        if (
            kind is not None
            and kind not in own_only
            and kind != "advice"
            and block.kind == "list_item"
            and lead_in is None
            and first_in_block
            and block_i + 1 < len(blocks)
            and blocks[block_i + 1].kind == "list_item"
            and _bare_phrase(text, analysis.markers, own)
        ):
            # a list of phrases with no lead-in ("Common side effects" / "• Nausea" / "• Hair loss", or a page's
            # contents): one claim, headed by its first item, as a lead-in heads its list
            item_of = lead_in = sentence_index
            lists[lead_in] = []
        elif block.kind == "list_item" and lead_in is not None:
            lists[lead_in].append(sentence_index)
            # a statistic or a dose in a phrase item still needs its own marker: never folded by its full stop
            headed_by_item = analysis.sentences[lead_in].lead_in == lead_in
            if (
                kind is not None
                and not (headed_by_item and kind in own_only)  # a number in a list of phrases is its own claim
                and _fragment(
                    text, analysis.markers, own, first_in_block and kind not in own_only, kind in _FINDING_KINDS
                )
            ):
                item_of = lead_in
        own_markers = tuple(own)
        sentence = Sentence(
            start, end, text, block_i, kind, own_markers, bool(own), own_markers, item_of, block_start=offset
        )
        analysis.sentences.append(sentence)
        group_sentences.append(sentence_index)
        if own and all(analysis.markers[m].style == "note" for m in own) and first_in_block:
            # a source note on a line of its own cites the block above it
            for k in previous_group:
                _cover(analysis, k, tuple(own))
        if own and scope == "block":
            for k in pending:
                # a table row is one record, cited as a whole; elsewhere numbers and doses need their own marker
                if block.row is not None or analysis.sentences[k].claim_kind not in own_only:
                    _cover(analysis, k, tuple(own))
            pending = []
            if block.row is not None:
                cited_rows.setdefault(block.row, []).extend(own)
        elif not own:
            pending.append(sentence_index)
        if block.kind != "list_item":
            lead_in = sentence_index if _ends_with_colon(text, analysis.markers, own) else None
            if lead_in is not None:
                lists[lead_in] = []
    if cited_rows:
        # a marker in any cell cites the whole row, cells after it included
        for k in range(first_sentence, len(analysis.sentences)):
            row = blocks[analysis.sentences[k].block].row
            if not analysis.sentences[k].covered and row in cited_rows:
                _cover(analysis, k, tuple(cited_rows[row]))
    for head, items in lists.items():
        _cover_list(analysis, head, items, own_only)
    # only the list still open at the end of this chunk can grow in the next one
    open_list = lists.get(lead_in) if lead_in is not None else None
    analysis.carry = _Carry(
        current_block,
        pending,
        previous_group,
        group_sentences,
        lead_in,
        {lead_in: open_list} if lead_in is not None and open_list is not None else {},
    )
    return analysis


def _marker(
    resolver: _Resolver, style: str, text: str, block: Block, block_i: int, offset: int, sentence: int
) -> CitationMarker:
    start = block.source_offset(offset)
    end = block.source_offset(offset + len(text) - 1) + 1
    if style == "author_year":
        ids, entries, problems = resolver.author_year(text)
        return CitationMarker(start, end, text, ids, block_i, sentence, "author_year", entries, problems, offset)
    known = resolver.known.get((style, text))
    if known is not None:
        text = resolver.texts[(style, text)]  # the same "[1]" for every marker written so
    else:
        resolver.texts[(style, text)] = text
        if style == "superscript":
            ids = tuple(str(n) for n in numbers(text))
        elif style == "parenthesis":
            ids = tuple(str(n) for n in numbers("".join(text.strip("()").split())))
        elif style in ("note", "malformed"):
            ids = ()
        else:
            ids = tuple(marker_ids(text))
        problems = tuple(i for i in ids if i not in resolver.by_id) if resolver.sources else ids
        known = resolver.known[(style, text)] = (ids, resolver.ids(ids), problems)
    ids, entries, problems = known
    return CitationMarker(start, end, text, ids, block_i, sentence, style, entries, problems, offset)  # type: ignore[arg-type]


def _without_end_markers(text: str, markers: list[CitationMarker], own: list[int]) -> str:
    """The sentence's text with the citation markers it ends with set aside: `Rest helps. [1]` -> `Rest helps.`."""
    stripped = text.rstrip()
    for m in reversed(own):
        marker = markers[m].text
        if stripped.endswith(marker):
            stripped = stripped[: -len(marker)].rstrip()
    return stripped


def _ends_with_colon(text: str, markers: list[CitationMarker], own: list[int]) -> bool:
    """A lead-in: the sentence ends with a colon once its markers are set aside (`treat[1]:`)."""
    stripped = _without_end_markers(text, markers, own)
    # "...risk of gout. ::": stray colons after a full stop open no list
    return stripped.endswith(":") and not stripped.rstrip(":; ").endswith((".", "!", "?", "…"))


def _list_missing(blocks: list[Block], index: int) -> bool:
    """No list under the lead-in at ``index``: a heading follows at once, or nothing does.

    A promo box or any other chrome between them means the list was interrupted, not left out, and so
    does a label over the list ("Get help if these occur:" / "Symptoms of overdose" / the items).
    """
    k = index + 1
    while k < len(blocks) and blocks[k].role == "chrome" and not any(c.isalnum() for c in blocks[k].text):
        k += 1  # a table's border ("|") holds nothing: it interrupts no list
    if k == len(blocks):
        return True
    labelled = k + 1 < len(blocks) and blocks[k + 1].kind == "list_item" and blocks[k + 1].role == "body"
    return blocks[k].kind == "heading" and blocks[k].role == "body" and not labelled


def _fragment(
    text: str, markers: list[CitationMarker], own: list[int], opens_item: bool = False, finding: bool = False
) -> bool:
    """A list item that is not a sentence of its own: a symptom, a drug name, "new pain".

    Many house styles end every item with a full stop ("Skim milk.", "Keeping your hands away from
    your face."): an item's opening words that are a short phrase without a verb, or start with a
    gerund that continues the lead-in, are still a fragment. A gerund that opens a finding is its
    subject ("Fasting for a long time raises uric acid."): such an item is a sentence of its own.
    """
    stripped = _without_end_markers(text, markers, own)
    stripped = stripped.rstrip("\"'”’)]»")
    if not stripped or stripped[-1] not in _SENTENCE_END:
        return not _unstopped_sentence(stripped)
    if not opens_item or stripped[-1] != ".":
        return False
    words = stripped[:-1].split()
    if not words:
        return True
    if len(words) >= 2 and words[0][:1].isupper() and words[0].lower() in lexicon.ADVICE_VERBS:
        return False  # a short step with its full stop: "Limit caffeine.", "Get plenty of sleep."
    if len(words) <= 4 and not any(w.lower().strip(",;") in _FINITE for w in words):
        return True
    first = words[0]
    return (
        not finding
        and first[:1].isupper()
        and first.lower().endswith("ing")
        and len(first) > 4
        and first.lower() not in _NOT_GERUNDS
    )


_RELATIVES = frozenset("which that who whom whose where".split())
# the words that open a step's occasion: "When lifting, ...", "Before bed, ..."
_CONDITION_OPENERS = frozenset("when whenever if before after while once during".split())
# an item this long that opens in capitals with a verb is a sentence whose full stop the house style leaves off
_UNSTOPPED_ITEM = 8
# ... and one this long that opens with an advice verb is a step of its own
_UNSTOPPED_STEP = 3


def _unstopped_sentence(text: str) -> bool:
    """A list item printed without a full stop that is still a sentence of its own: a step ("Ask them to pinch
    the soft part of the nose as they lean forward") or a statement ("After the MMR vaccine, a rash may appear
    a week later"). A lower-case item goes on from its lead-in ("up to 8 weeks after treatment is completed")."""
    words = text.split()
    if len(words) < _UNSTOPPED_STEP:
        return False
    lowered = [w.lower().strip(",;:()") for w in words]
    if lowered[0] in lexicon.ADVICE_VERBS:
        # a step of self-care, however short: "Drink plenty of water", "Try some light exercise", also in lower
        # case under a lead-in that opens it ("To cool down:" / "drink plenty of water or fruit juice")
        return True
    if not words[0][:1].isupper():
        return False
    if lowered[0] in _CONDITION_OPENERS and (comma := text.find(",")) > 0:
        step = text[comma + 1 :].split()
        if step and step[0].lower() in lexicon.ADVICE_VERBS:
            return True  # a step for a moment of the day: "When sitting, place a pillow behind your back"
    if len(words) < _UNSTOPPED_ITEM:
        return False
    for w in lowered[1:]:
        if w in _RELATIVES:
            return False  # "Myeloma, which may damage nerves": a name the lead-in lists, told more about
        if w in _FINITE:
            return True
    return False


def _bare_phrase(text: str, markers: list[CitationMarker], own: list[int]) -> bool:
    """A phrase with no verb and no sentence mark, which asserts nothing alone: "Hair loss", "Ways to rest"."""
    stripped = _without_end_markers(text, markers, own).strip()
    if not stripped or stripped[-1] in _SENTENCE_END or stripped[-1] == ":":
        return False
    words = [w.lower().strip(",;()") for w in stripped.split()]
    return len(words) <= 12 and not any(w in _FINITE or w.endswith("n't") for w in words)


def _lone_name_item(blocks: list[Block], i: int) -> bool:
    """A list of one item that reads as a name: two or three capitalised words, no full stop, no list around it."""
    if (i > 0 and blocks[i - 1].kind == "list_item") or (i + 1 < len(blocks) and blocks[i + 1].kind == "list_item"):
        return False
    words = blocks[i].text.split()
    return 2 <= len(words) <= 3 and all(w[:1].isupper() and w.isalpha() for w in words)


# claim kinds that report a finding: an item of one of these kinds says something of its own
_FINDING_KINDS = frozenset({"causal", "treatment", "statistic", "dosage"})


# a short item with one of these is a sentence ("It is rare."), not a fragment
_FINITE = frozenset(
    "is are was were be been am can could may might will would should must shall has have had does do did "
    "isn't aren't can't won't doesn't don't".split()
)
# capitalised words ending in -ing that do not continue a lead-in
_NOT_GERUNDS = frozenset(
    "during nothing something everything anything morning evening bring thing sting spring swing string".split()
)


def _cover_list(analysis: Analysis, head: int, items: list[int], own_only: frozenset[str]) -> None:
    """A lead-in's marker covers its list; the short items and their lead-in are one claim, cited by any marker."""
    sentences = analysis.sentences
    head_markers = sentences[head].markers
    fragments = [k for k in items if sentences[k].lead_in == head]
    fragment_markers = tuple(m for k in fragments for m in sentences[k].markers)
    folded = set(fragments)  # a long list is looked up item by item: a set, not the list
    headed_by_item = sentences[head].lead_in == head
    if headed_by_item and fragment_markers:
        _cover(analysis, head, fragment_markers)  # a list headed by its first item: any item's marker cites it
    for k in items:
        s = sentences[k]
        if s.covered or (headed_by_item and k not in folded):
            continue
        # the lead-in's marker cites every item, numbers included ("classified by the society:[2]")
        by = head_markers + (fragment_markers if k in folded else ())
        if by:
            _cover(analysis, k, by)


def _cover(analysis: Analysis, k: int, by: tuple[int, ...]) -> None:
    s = analysis.sentences[k]
    if s.covered:
        return
    analysis.sentences[k] = replace(s, covered=True, cited_by=by)
