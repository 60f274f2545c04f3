"""Turns an Article's body into sentences, claims and citation markers with places in the file."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Literal

from lint.model import Article, Block
from lint.nlp.markers import marker_ids

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

BLOCK_SEPARATOR = "\n\n"
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
    block_start: int = 0  # where ``text`` starts in the block's text, read from the doc, never searched for


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    text: str
    block: int  # index into Article.blocks
    claim_kind: str | None
    markers: tuple[int, ...]  # indices into Analysis.markers
    covered: bool  # a marker in this sentence, or (block scope) a later one in its block, cites it
    block_start: int = 0  # where ``text`` starts in the block's text, read from the doc, never searched for


@dataclass(slots=True)
class Analysis:
    sentences: list[Sentence] = field(default_factory=list)
    markers: list[CitationMarker] = field(default_factory=list)

    @property
    def claims(self) -> list[Sentence]:
        return [s for s in self.sentences if s.claim_kind is not None]


def body_blocks(article: Article) -> list[int]:
    """Indices of the blocks read for claims: body text, not headings, header cells or chrome."""
    return [i for i, b in enumerate(article.blocks) if b.role == "body" and b.kind not in ("heading", "table_header")]


def make_doc(nlp: Language, article: Article, skip: frozenset[int] = frozenset()) -> tuple[Doc, list[int]]:
    """One Doc per article: the body blocks joined by blank lines, each block starting a sentence."""
    indices = [i for i in body_blocks(article) if i not in skip]
    parts: list[str] = []
    starts: list[int] = []
    at = 0
    for i in indices:
        text = article.blocks[i].text
        starts.append(at)
        parts.append(text)
        at += len(text) + len(BLOCK_SEPARATOR)
    text = BLOCK_SEPARATOR.join(parts)
    doc = nlp.make_doc(text)
    doc._.text = text
    doc._.block_starts = starts
    doc._.block_kinds = [article.blocks[i].kind for i in indices]
    return doc, indices


def analyze(article: Article, doc: Doc, block_indices: list[int], scope: CitationScope = "block") -> Analysis:
    """Read the processed doc back onto the article's blocks and decide which claims are cited."""
    starts: list[int] = doc._.block_starts or []
    blocks = article.blocks
    analysis = Analysis()
    claim_kinds = {(s.start, s.end): s.label_ for s in doc.spans.get("claims", [])}
    marker_spans = list(doc.spans.get("citation_markers", []))
    marker_starts = [m.start for m in marker_spans]

    def locate(char: int) -> tuple[int, Block, int]:
        j = bisect.bisect_right(starts, char) - 1
        block_i = block_indices[j]
        return block_i, blocks[block_i], char - starts[j]

    pending: list[int] = []  # uncited sentences of the current block, waiting for a marker
    cited_rows: set[int] = set()
    current_block: object = -1
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
                    block_start=m_offset,
                )
            )
            own.append(len(analysis.markers) - 1)
        kind = claim_kinds.get((sent.start, sent.end))
        sentence = Sentence(start, end, text, block_i, kind, tuple(own), bool(own), offset)
        analysis.sentences.append(sentence)
        if own and scope == "block":
            for k in pending:
                _cover(analysis, k)
            pending = []
            if block.row is not None:
                cited_rows.add(block.row)
        elif not own:
            pending.append(sentence_index)
    if cited_rows:
        # a marker in any cell cites the whole row, cells after it included
        for k, s in enumerate(analysis.sentences):
            if not s.covered and blocks[s.block].row in cited_rows:
                _cover(analysis, k)
    return analysis


def _cover(analysis: Analysis, k: int) -> None:
    analysis.sentences[k] = replace(analysis.sentences[k], covered=True)
