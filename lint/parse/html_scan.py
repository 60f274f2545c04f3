"""One linear pass over an HTML file: its tags and text runs with source offsets, as a browser tokenizes them.

lexbor (selectolax) builds the tree but keeps no source positions; this scan finds every text run
and tag with its offset, following the HTML tokenizer's rules for where a tag, comment or raw-text
element ends, so the tree's text nodes line up with the runs. It also makes the copy of the file
that lexbor reads (same length, so offsets agree): elements nested deeper than browsers build
(Chromium stops nesting at 512) and stray text a table would move out of itself beyond a few runs
become spaces, because lexbor spends time quadratic in the depth or in the moved text on them.
"""

from __future__ import annotations

import bisect
import html
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

# a start or end tag as the tokenizer reads it: attribute values in quotes may hold `>`, a quote
# opens a value only after `=`, and a tag left open at the end of the file is no tag (possessive
# quantifiers: every character is read once)
_TAG = re.compile(
    r"<(/?)([A-Za-z][^\t\n\f\r />]*+)"
    r"((?:[\t\n\f\r /]++"
    r"|[^\t\n\f\r />][^\t\n\f\r /=>]*+"
    r"(?:[\t\n\f\r ]*+=[\t\n\f\r ]*+(?:\"[^\"]*+(?:\"|\Z)|'[^']*+(?:'|\Z)|[^\t\n\f\r >]*+))?)*+)"
    r"(>?)"
)
_COMMENT = re.compile(r"<!--(?:>|->|.*?(?:--!?>|\Z))", re.S)
_BOGUS = re.compile(r"<[!?/][^>]*+>?")
_ATTR = re.compile(
    r"([^\t\n\f\r />][^\t\n\f\r /=>]*)(?:[\t\n\f\r ]*=[\t\n\f\r ]*(?:\"([^\"]*)\"?|'([^']*)'?|([^\t\n\f\r >]*)))?"
)
_SPECIAL = re.compile(r"&(?:#[xX][0-9a-fA-F]+;?|#\d+;?|[A-Za-z][A-Za-z0-9]*;?)|\r\n?|\x00|[\ud800-\udfff]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")

# elements whose content the tokenizer reads as raw text up to their end tag
RAW_TEXT = frozenset({"script", "style", "xmp", "iframe", "noembed", "noframes", "textarea", "title", "plaintext"})
# elements a parser closes by itself or that never hold content: they do not add nesting depth
_VOID = frozenset(
    "area base br col embed hr img input link meta source track wbr param keygen frame basefont bgsound".split()
)
_SELF_CLOSING_PARENTS = frozenset(
    "p li dt dd option optgroup rb rt rtc rp tr td th tbody thead tfoot colgroup caption html head body".split()
)
# the tags whose attributes the parser reads from the scan (the rest are read from the tree)
_WANTED_ATTRS = frozenset({"meta", "script", "time", "html", "link", "title"})
MAX_DEPTH = 400
_LONG_ATTRIBUTES = 4096
_MAX_ATTRIBUTES = 256
_MAX_FOSTERED_RUNS = 32


@dataclass(frozen=True, slots=True)
class Tag:
    name: str
    start: int
    end: int
    attrs: dict[str, str]
    raw_end: int = -1  # for raw-text elements (script, style, title): where their text ends


def _attrs(raw: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for m in _ATTR.finditer(raw):
        value = m.group(2) if m.group(2) is not None else m.group(3) if m.group(3) is not None else m.group(4) or ""
        out.setdefault(m.group(1).lower(), html.unescape(value))
    return out


@cache
def _raw_end(name: str) -> re.Pattern[str]:
    return re.compile(rf"</{name}[\t\n\f\r />]", re.I)


class Scan:
    """The file's text runs joined in source order and decoded, each character with its source offset."""

    def __init__(self, src: str) -> None:
        self.src = src
        self.tags: list[Tag] = []
        self._parts: list[str] = []
        self._length = 0
        # run i starts at stream offset seg_at[i] and source offset seg_src[i]; a synthetic run
        # (a decoded entity, a line break) maps all its characters to one place
        self.seg_at: list[int] = []
        self.seg_src: list[int] = []
        self.seg_synthetic: list[bool] = []
        self._blank: list[tuple[int, int]] = []
        self._open: list[str] = []
        self._open_count: dict[str, int] = {}
        self._foreign = 0
        self._tables: list[bool] = []  # per open table: a cell (or caption) is open in it
        self._fostered = 0
        self._scan(src)
        self.text = "".join(self._parts)
        self.safe = self._safe_copy(src)

    # the tokenizer

    def _scan(self, src: str) -> None:
        pos = 1 if src.startswith("\ufeff") else 0  # a byte order mark is no text
        n = len(src)
        find = src.find
        while pos < n:
            lt = find("<", pos)
            if lt < 0:
                lt = n
            if lt > pos:
                self._text(src, pos, lt)
            if lt >= n:
                return
            nxt = src[lt + 1 : lt + 2]
            m = _TAG.match(src, lt)
            if m is not None:
                if not m.group(4):
                    return  # a tag still open at the end of the file is dropped, and so is the rest
                pos = self._tag(src, m)
            elif src.startswith("<!--", lt):
                pos = _COMMENT.match(src, lt).end()  # type: ignore[union-attr]
            elif src.startswith("</>", lt):
                pos = lt + 3
            elif nxt in ("!", "?") or (nxt == "/" and lt + 2 < n):
                pos = _BOGUS.match(src, lt).end()  # type: ignore[union-attr]
            else:
                self._text(src, lt, lt + 1)  # a '<' that opens nothing is text
                pos = lt + 1

    def _tag(self, src: str, m: re.Match[str]) -> int:
        start, end = m.start(), m.end()
        name = m.group(2).lower()
        if m.group(1):
            self._close(name)
            return end
        raw = m.group(3)
        if len(raw) > _LONG_ATTRIBUTES:
            raw = self._few_attributes(raw, m.start(3))
        if name == "select":
            # a browser reads only options in a select, and lexbor takes time quadratic in their
            # number; medlint never reads a form control, so its content is white space
            close = _raw_end("select").search(src, end)
            stop = close.start() if close else len(src)
            if stop > end:
                self._blank.append((end, stop))
                self._add(" " * (stop - end), end, True)
            self.tags.append(Tag(name, start, end, {}, stop))
            return stop
        raw_end = -1
        if name in RAW_TEXT and not self._foreign:
            if name == "plaintext":
                raw_end = len(src)
            else:
                close = _raw_end(name).search(src, end)
                raw_end = close.start() if close else len(src)
        self._open_tag(name, start, end, raw.endswith("/"))
        self.tags.append(
            Tag(
                name,
                start,
                end,
                _attrs(raw) if name in _WANTED_ATTRS or "itemprop" in raw or "author" in raw else {},
                raw_end,
            )
        )
        return raw_end if raw_end >= 0 else end

    def _few_attributes(self, raw: str, at: int) -> str:
        """A tag's first attributes; the rest become white space (lexbor checks each new attribute
        against all before it)."""
        for count, m in enumerate(_ATTR.finditer(raw), start=1):
            if count == _MAX_ATTRIBUTES:
                cut = m.end()
                stop = len(raw) - 1 if raw.endswith("/") else len(raw)
                if stop > cut:
                    self._blank.append((at + cut, at + stop))
                return raw[:cut]
        return raw

    def _open_tag(self, name: str, start: int, end: int, self_closing: bool) -> None:
        if name in ("td", "th", "caption"):
            if self._tables:
                self._tables[-1] = True
        elif name in ("tr", "tbody", "thead", "tfoot") and self._tables:
            self._tables[-1] = False
        if name in _VOID or name in _SELF_CLOSING_PARENTS or name in RAW_TEXT:
            return
        if self_closing and self._foreign:
            return
        if len(self._open) >= MAX_DEPTH:
            self._blank.append((start, end))  # read as white space: nested no deeper
            self._add(" " * (end - start), start, True)
            return
        self._open.append(name)
        self._open_count[name] = self._open_count.get(name, 0) + 1
        if name in ("svg", "math"):
            self._foreign += 1
        elif name == "table":
            self._tables.append(False)

    def _close(self, name: str) -> None:
        if name in ("td", "th", "caption", "tr") and self._tables:
            self._tables[-1] = False
        if not self._open_count.get(name):
            return
        while self._open:
            top = self._open.pop()
            self._open_count[top] -= 1
            if top in ("svg", "math"):
                self._foreign -= 1
            elif top == "table" and self._tables:
                self._tables.pop()
            if top == name:
                return

    def _text(self, src: str, start: int, end: int) -> None:
        in_table = self._open and self._open[-1] == "table" and self._tables and not self._tables[-1]
        if in_table and src[start:end].strip(" \t\n\f\r"):
            # text a browser moves out of the table: a few runs are kept, the rest are blank
            self._fostered += 1
            if self._fostered > _MAX_FOSTERED_RUNS:
                self._blank.append((start, end))
                self._add(" " * (end - start), start, True)
                return
        if _SPECIAL.search(src, start, end) is None:
            self._add(src[start:end], start, False)
            return
        at = start
        for m in _SPECIAL.finditer(src, start, end):
            if m.start() > at:
                self._add(src[at : m.start()], at, False)
            token = m.group(0)
            if token == "\x00":
                pass  # a browser drops NUL from text
            elif token[0] == "\r":
                self._add("\n", m.start(), True)
            elif len(token) == 1:
                self._add("\ufffd", m.start(), True)  # a lone surrogate, as lexbor reads its copy
            else:
                decoded = html.unescape(token)
                if decoded == token:
                    self._add(token, m.start(), False)
                else:
                    self._add(decoded, m.start(), True)
            at = m.end()
        if at < end:
            self._add(src[at:end], at, False)

    def _add(self, text: str, source: int, synthetic: bool) -> None:
        if not text:
            return
        self.seg_at.append(self._length)
        self.seg_src.append(source)
        self.seg_synthetic.append(synthetic)
        self._parts.append(text)
        self._length += len(text)

    def _safe_copy(self, src: str) -> str:
        """The copy lexbor reads: same length, lone surrogates replaced, over-deep tags blanked."""
        if not self._blank and _SURROGATE.search(src) is None:
            return src
        out: list[str] = []
        at = 0
        for start, end in sorted(self._blank):
            start = max(start, at)
            if end <= start:
                continue
            out.append(src[at:start])
            out.append(" " * (end - start))
            at = end
        out.append(src[at:])
        return _SURROGATE.sub("\ufffd", "".join(out))

    # positions

    def pieces(self, start: int, end: int) -> Iterator[tuple[str, int, bool]]:
        """The stream text in [start, end) as runs of (text, source offset, synthetic)."""
        i = bisect.bisect_right(self.seg_at, start) - 1
        pos = start
        count = len(self.seg_at)
        while pos < end and 0 <= i < count:
            seg_start = self.seg_at[i]
            seg_end = self.seg_at[i + 1] if i + 1 < count else self._length
            take_end = min(end, seg_end)
            if take_end > pos:
                source = self.seg_src[i]
                synthetic = self.seg_synthetic[i]
                yield self.text[pos:take_end], source if synthetic else source + pos - seg_start, synthetic
                pos = take_end
            i += 1

    def source_at(self, stream_offset: int) -> int:
        i = max(0, bisect.bisect_right(self.seg_at, stream_offset) - 1)
        if not self.seg_at:
            return 0
        source = self.seg_src[i]
        return source if self.seg_synthetic[i] else source + stream_offset - self.seg_at[i]
