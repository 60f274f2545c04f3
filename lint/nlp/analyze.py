"""Turns an Article's body into sentences, claims and citation markers with places in the file."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal, NamedTuple

from lint.model import Article, Block
from lint.nlp.markers import marker_ids

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

BLOCK_SEPARATOR = "\n\n"
# a long article goes through spaCy in docs of about this many characters, so memory stays flat
CHUNK_CHARS = 100_000
CitationScope = Literal["block", "sentence"]


@dataclass(frozen=True, slots=True)
class CitationMarker:
    """A bracketed marker in the text; ``start``/``end`` are offsets in the source file."""

    start: int
    end: int
    text: str
    ids: tuple[str, ...]
    block: int
    sentence: int


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    text: str
    block: int  # index into Article.blocks
    claim_kind: str | None
    markers: tuple[int, ...]  # indices into Analysis.markers
    covered: bool  # a marker in this sentence, or (block scope) a later one in its block, cites it


@dataclass(slots=True)
class Analysis:
    sentences: list[Sentence] = field(default_factory=list)
    markers: list[CitationMarker] = field(default_factory=list)
    # where the last chunk stopped: its block (or row) and that block's sentences still waiting for a marker
    open_group: object = field(default=-1, repr=False, compare=False)
    open_sentences: list[int] = field(default_factory=list, repr=False, compare=False)

    @property
    def claims(self) -> list[Sentence]:
        return [s for s in self.sentences if s.claim_kind is not None]


def body_blocks(article: Article) -> list[int]:
    """Indices of the blocks read for claims: body text, not headings, header cells or chrome."""
    return [i for i, b in enumerate(article.blocks) if b.role == "body" and b.kind not in ("heading", "table_header")]


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
    return doc


def analyze(
    article: Article,
    doc: Doc,
    block_indices: list[int],
    scope: CitationScope = "block",
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
    claim_kinds = {(s.start, s.end): s.label_ for s in doc.spans.get("claims", [])}
    marker_spans = list(doc.spans.get("citation_markers", []))
    marker_starts = [m.start for m in marker_spans]

    def locate(char: int) -> tuple[int, Block, int]:
        j = bisect.bisect_right(starts, char) - 1
        block_i = block_indices[j]
        return block_i, blocks[block_i], char - starts[j] + bases[j]

    pending = analysis.open_sentences  # uncited sentences of the current block, waiting for a marker
    cited_rows: set[int] = set()
    current_block = analysis.open_group
    # slices of the doc's text: Doc.text and Span.text rebuild it from the tokens on every access
    doc_text: str = doc._.text if doc._.text is not None else doc.text
    for sent in doc.sents:
        raw = doc_text[sent.start_char : sent.end_char]
        text = raw.strip()
        if not text:
            continue
        lead = len(raw) - len(raw.lstrip())
        block_i, block, offset = locate(sent.start_char + lead)
        # the cells of a table row are cited together; everything else by paragraph or list item
        group = ("row", block.row) if block.row is not None else block_i
        if group != current_block:
            pending = []
            current_block = group
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
                CitationMarker(
                    start=m_block.source_offset(m_offset),
                    end=m_block.source_offset(m_offset + len(marker_text) - 1) + 1,
                    text=marker_text,
                    ids=tuple(marker_ids(marker_text)),
                    block=m_block_i,
                    sentence=sentence_index,
                )
            )
            own.append(len(analysis.markers) - 1)
        kind = claim_kinds.get((sent.start, sent.end))
        sentence = Sentence(start, end, text, block_i, kind, tuple(own), bool(own))
        analysis.sentences.append(sentence)
        if own and scope == "block":
            for k in pending:
                _cover(analysis, k)
            pending = []
            if block.row is not None:
                cited_rows.add(block.row)
        elif not own:
            pending.append(sentence_index)
    analysis.open_group, analysis.open_sentences = current_block, pending
    if cited_rows:
        # a marker in any cell cites the whole row, cells after it included
        for k in range(first_sentence, len(analysis.sentences)):
            s = analysis.sentences[k]
            if not s.covered and blocks[s.block].row in cited_rows:
                _cover(analysis, k)
    return analysis


def _cover(analysis: Analysis, k: int) -> None:
    s = analysis.sentences[k]
    analysis.sentences[k] = Sentence(s.start, s.end, s.text, s.block, s.claim_kind, s.markers, True)
