"""The document model every parser produces: one Article whatever the input format."""

from __future__ import annotations

import bisect
import re
from datetime import date
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

BlockKind = Literal["heading", "paragraph", "list_item", "table_cell", "table_header", "blockquote", "line"]
# Where a block sits in the page: only "body" blocks are read for claims and citation markers.
BlockRole = Literal["body", "chrome", "byline", "source_entry", "disclaimer"]
InputFormat = Literal["markdown", "text", "html"]


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Person(_Frozen):
    """An author or reviewer as printed: a name and the credentials after it."""

    name: str
    credentials: list[str] = Field(default_factory=list)


class Metadata(_Frozen):
    """Who wrote and reviewed the article and when; spans say where each field was found."""

    title: str | None = None
    description: str | None = None
    authors: list[Person] = Field(default_factory=list)
    reviewer: Person | None = None
    published: date | None = None
    updated: date | None = None  # the newest update or review date
    reviewed: date | None = None  # the newest date of a medical review, when the page labels one
    reading_time_minutes: int | None = None
    extra: dict[str, Any] = Field(default_factory=dict)
    # field name -> (start, end) character offsets in the source file
    spans: dict[str, tuple[int, int]] = Field(default_factory=dict)


class Block(_Frozen):
    """A run of text in the page: a heading, paragraph, list item, table cell or a page-text line.

    ``segments`` maps ``text`` back to the file: each ``(text_offset, source_offset)`` pair starts a
    run of characters that are copied one-to-one from the source, so any offset in ``text`` has an
    exact place in the file.
    """

    kind: BlockKind
    role: BlockRole = "body"
    text: str
    start: int
    end: int
    segments: tuple[tuple[int, int], ...]
    level: int = 0  # heading level, or list nesting depth
    # table cells of one row share a row number: a marker anywhere in the row cites the whole row
    row: int | None = None

    def source_offset(self, text_offset: int) -> int:
        """Where ``text[text_offset]`` sits in the source file."""
        i = bisect.bisect_right(self.segments, (text_offset, 1 << 62)) - 1
        if i < 0:
            return self.start
        text_at, source_at = self.segments[i]
        return source_at + (text_offset - text_at)


class Source(_Frozen):
    """One entry of the article's source list."""

    number: int | None = None
    label: str | None = None
    title: str = ""
    url: str | None = None
    domain: str | None = None
    doi: str | None = None
    pmid: str | None = None
    # backlinks printed after the entry on published pages (`^abc` is 3), None when not printed
    backlinks: int | None = None
    # cited by a link in the text on a page with no source list: the linked page is the entry
    linked_only: bool = False
    text: str = ""
    start: int
    end: int

    @property
    def ids(self) -> tuple[str, ...]:
        """The marker ids that resolve to this entry."""
        ids = [] if self.number is None else [str(self.number)]
        if self.label is not None:
            ids.append(self.label)
        return tuple(ids)

    @property
    def display_id(self) -> str:
        return self.label or (str(self.number) if self.number is not None else "?")


class Article(_Frozen):
    """A parsed article: metadata, blocks in reading order, and the source list."""

    path: str
    format: InputFormat
    text: str = Field(repr=False)
    metadata: Metadata = Field(default_factory=Metadata)
    blocks: list[Block] = Field(default_factory=list)
    sources: list[Source] = Field(default_factory=list)
    # the heading of the source list, when the article has one (even if empty)
    sources_heading: Block | None = None
    # problems the parser found but could recover from, as (start, end, message)
    parse_problems: list[tuple[int, int, str]] = Field(default_factory=list)
    # 1-based first and last line of each fenced or indented code block (Markdown): a comment there is an example
    code_lines: list[tuple[int, int]] = Field(default_factory=list)

    @property
    def body_blocks(self) -> list[Block]:
        return [b for b in self.blocks if b.role == "body" and b.kind != "heading"]


_LINE_BREAK = re.compile(r"\r\n?|\n")
_SURROGATE = re.compile("[\ud800-\udfff]")


def without_surrogates(text: str) -> str:
    """``text`` with each lone surrogate (never valid in UTF-8, so no report could print it) as U+FFFD.

    One character for one, so offsets into the text stay where they were.
    """
    return _SURROGATE.sub("\ufffd", text) if _SURROGATE.search(text) else text


def line_starts(text: str) -> list[int]:
    """The offset at which each line of ``text`` starts; `\n`, `\r\n` and a lone `\r` each end a line.

    These are the line breaks editors count (and CommonMark), so line numbers match what a user sees.
    """
    starts = [0]
    if "\r" in text:
        starts.extend(m.end() for m in _LINE_BREAK.finditer(text))
        return starts
    find = text.find
    i = find("\n")
    while i != -1:
        starts.append(i + 1)
        i = find("\n", i + 1)
    return starts


class LineIndex:
    """Turns character offsets into 1-based line and column numbers, once per report."""

    __slots__ = ("_length", "_starts", "_text")

    def __init__(self, text: str) -> None:
        self._starts = line_starts(text)
        self._length = len(text)
        self._text = text

    def position(self, offset: int) -> tuple[int, int]:
        offset = max(0, min(offset, self._length))
        line = bisect.bisect_right(self._starts, offset) - 1
        return line + 1, offset - self._starts[line] + 1

    def region(self, start: int, end: int) -> dict[str, int]:
        """`line`, `column`, `end_line`, `end_column` of a span, as the report models name them."""
        line, column = self.position(start)
        end_line, end_column = self.position(max(start, end))
        return {"line": line, "column": column, "end_line": end_line, "end_column": end_column}

    def line_span(self, line: int) -> tuple[int, int]:
        """Start and end offsets of a 1-based line, without its line break."""
        start = self._starts[line - 1]
        if line >= len(self._starts):
            return start, self._length
        end = self._starts[line] - 1
        if end > start and self._text[end] == "\n" and self._text[end - 1] == "\r":
            end -= 1  # \r\n
        return start, end
