"""Page-text parser: the plain text a site export or a browser copy gives, mapped onto an Article.

The page has no markup, so structure comes from layout: blank lines separate blocks, a heading is a
short line on its own without sentence-final punctuation, bullets start with "•", a table is a run
of lines whose cells are glued together, and the lines before the article are chrome and byline.
Every block keeps exact offsets into the file.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from lint.model import Article, Block, BlockKind, BlockRole, Source
from lint.nlp.markers import MARKER
from lint.parse.byline import (
    BylineLine,
    MetadataCollector,
    is_breadcrumb,
    is_chrome,
    is_citation_line,
    read_line,
    split_people,
)
from lint.parse.common import TextBuilder, parse_person, parse_source_entry
from lint.parse.markdown import SOURCES_HEADING

_BULLET = re.compile(r"^(?P<indent>[ \t]*)(?P<mark>[•●◦▪▫‣⁃·*–-])[ \t]+(?=\S)")
_NUMBERED = re.compile(r"^(?P<indent>[ \t]*)(?P<number>\d{1,3})[.)][ \t]+(?=\S)")
# a source entry: "1. Title", "[PM3] Title", and the published form "1. 1.^abcTitle(domain)"
_ENTRY = re.compile(r"^(?P<indent>[ \t]*)(?:(?P<number>\d{1,4})[.)]|\[(?P<label>[A-Za-z]{0,8}\d{1,6})\])[ \t]*(?=\S)")
_REPEATED = re.compile(r"(?P<number>\d{1,4})\.\s?\^(?P<letters>[a-z]*)|\^(?P<letters2>[a-z]*)")
_ALPHABET = "abcdefghijklmnopqrstuvwxyz"
# where two table cells were glued together: "noticeWhat", "2Tingling"
_GLUE = re.compile(r"(?<=[a-z0-9%)\]])(?=[A-Z][a-z])|(?<=[a-z]{2})(?=\d)")
_LEAD_IN = re.compile(r"^[^.!?]{1,60}:$")
_LABELLED_DISCLAIMER = re.compile(r"^(?:important\s+notice|disclaimer|medical\s+disclaimer)\s*:", re.I)


@dataclass(frozen=True, slots=True)
class _Line:
    start: int  # offset of the line's first character
    text: str  # the line without its newline

    @property
    def stripped(self) -> str:
        return self.text.strip()

    @property
    def content_start(self) -> int:
        return self.start + len(self.text) - len(self.text.lstrip())

    @property
    def end(self) -> int:
        return self.start + len(self.text.rstrip())

    @property
    def indent(self) -> int:
        return len(self.text) - len(self.text.lstrip())


def _lines(text: str) -> list[_Line]:
    """The lines of the page; `\n`, `\r\n` and a lone `\r` each end one, as editors count them."""
    out = []
    at = 0
    for m in _LINE_BREAK.finditer(text):
        out.append(_Line(at, text[at : m.start()]))
        at = m.end()
    out.append(_Line(at, text[at:]))
    return out


_LINE_BREAK = re.compile(r"\r\n?|\n")


def _groups(lines: list[_Line]) -> list[list[_Line]]:
    """Runs of non-blank lines: blank lines separate blocks on a page."""
    groups: list[list[_Line]] = []
    current: list[_Line] = []
    for line in lines:
        if line.stripped:
            current.append(line)
        elif current:
            groups.append(current)
            current = []
    if current:
        groups.append(current)
    return groups


def _heading_like(text: str) -> bool:
    """A short line without sentence-final punctuation: a heading (some are questions)."""
    if not text or len(text) > 120 or len(text.split()) > 16:
        return False
    if text[-1] in ".!:;," or text[-1] in "])\"'”":
        return False
    if not (text[0].isupper() or text[0].isdigit()):
        return False
    if MARKER.search(text) or _BULLET.match(text) or _NUMBERED.match(text):
        return False
    return any(c.isalpha() for c in text)


# words a wrapped line can break after but a title, a name list or an address never ends with
_WRAP_WORD = re.compile(
    r"(?:[,(/\u2013\u2014-]|\b(?:a|an|the|of|in|on|at|to|for|with|by|from|and|or|but|as|than|that|which|who"
    r"|is|are|was|were|be|been|has|have|had|may|can|could|will|would|should|not|their|its|your|our|this|these"
    r"|those|into|about|between|after|before|during|such|more|less|most))$",
    re.I,
)


def _continues(line: str, nxt: str) -> bool:
    """A line wrapped mid-sentence: the next starts in lower case, or this one stops on a joining word.

    Keeps the lines of an abstract's header apart: a title, the authors and each affiliation.
    """
    return nxt[:1].islower() or bool(_WRAP_WORD.search(line))


def _ends_sentence(text: str) -> bool:
    text = MARKER.sub("", text).rstrip()
    return bool(text) and text[-1] in ".!?:"


class _Builder:
    """Collects the article's blocks, source entries and metadata as the lines are read."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.blocks: list[Block] = []
        self.sources: list[Source] = []
        self.sources_heading: Block | None = None
        self.meta = MetadataCollector()
        self.rows = 0

    def line_block(self, lines: list[_Line], kind: BlockKind, role: BlockRole = "body", level: int = 0) -> Block | None:
        """A block from one or more lines: wrapped lines are joined by a space, indentation dropped."""
        builder = TextBuilder()
        for i, line in enumerate(lines):
            content = line.text.strip()
            if i:
                builder.add_synthetic(" ", line.content_start - 1)
            builder.add(content, line.content_start)
        block = builder.build(kind, lines[0].content_start, lines[-1].end, role=role, level=level)
        if block is not None:
            self.blocks.append(block)
        return block

    def span_block(
        self, start: int, end: int, kind: BlockKind, role: BlockRole = "body", row: int | None = None
    ) -> None:
        builder = TextBuilder()
        builder.add(self.text[start:end], start)
        block = builder.build(kind, start, end, role=role, row=row)
        if block is not None:
            self.blocks.append(block)

    def byline(self, line: _Line, found: BylineLine) -> None:
        at = line.start
        self.meta.add_authors([(p, at + s, at + e) for p, s, e in found.authors])
        if found.reviewer is not None:
            person, s, e = found.reviewer
            self.meta.set_reviewer(person, (at + s, at + e))
        for fld, day, s, e in found.dates:
            self.meta.add_date(fld, day, (at + s, at + e))
        if found.reading_time is not None:
            minutes, s, e = found.reading_time
            self.meta.set_reading_time(minutes, (at + s, at + e))
        self.line_block([line], "line", role=found.role)


def parse_text(text: str, path: str) -> Article:
    """Parse a published page's text."""
    b = _Builder(text)
    groups = _groups(_lines(text))
    gi = _preamble(b, groups)
    in_sources = False
    while gi < len(groups):
        group = groups[gi]
        nxt = groups[gi + 1] if gi + 1 < len(groups) else None
        gi += 1
        first = group[0].stripped
        if in_sources:
            if _ENTRY.match(group[0].text):
                _source_entries(b, group)
                continue
            in_sources = False
        if len(group) == 1 and _heading_like(first) and not is_chrome(first):
            found = read_line(group[0].text)
            if found is not None and (found.dates or found.authors or found.reviewer):
                # a byline or date line on its own, such as one printed at the end of the page
                b.byline(group[0], found)
                continue
            if nxt is not None and nxt[0].stripped[0].islower() and nxt[0].indent < 2 and len(nxt) <= 3:
                # "Expert cancer care" / "is one call away.": a call to action split over lines
                b.line_block(group, "line", role="chrome")
                for line in nxt:
                    b.line_block([line], "line", role="chrome")
                gi += 1
                continue
            heading = b.line_block(group, "heading", level=2)
            if heading is not None and SOURCES_HEADING.match(first):
                b.sources_heading = heading
                in_sources = True
            continue
        if _is_table(group):
            _table(b, group)
            continue
        _lines_of_group(b, group)
    return Article.model_construct(
        path=path,
        format="text",
        text=text,
        metadata=b.meta.metadata(),
        blocks=b.blocks,
        sources=b.sources,
        sources_heading=b.sources_heading,
        parse_problems=[],
    )


def _preamble(b: _Builder, groups: list[list[_Line]]) -> int:
    """Read the chrome, title and byline before the article; returns the index of the first body group.

    Chrome before the title (buttons, alt text, breadcrumbs) is kept as chrome; a line naming the
    reviewer on the line after "reviewed ... by" is the reviewer; under a title, a line of names is the
    author list of a journal abstract.
    """
    lines = [line for group in groups for line in group]
    group_of = {id(line): gi for gi, group in enumerate(groups) for line in group}
    # the alt text of the lead image names the title: "Medical illustration for <title> - <site>"
    alt_titles: set[str] = set()
    title_at: int | None = None
    head = lines[:12]
    for line in head:
        found = read_line(line.text)
        if found is not None and found.alt_subject:
            alt_titles.add(found.alt_subject.casefold())
    if alt_titles:
        title_at = next((i for i, line in enumerate(head) if line.stripped.casefold() in alt_titles), None)
    if title_at is None:
        for i, line in enumerate(head):
            s = line.stripped
            if read_line(s) is not None or is_breadcrumb(s) or is_citation_line(s):
                continue
            group = groups[group_of[id(line)]]
            # the title stands alone, or heads a group whose other lines are its byline
            rest_is_byline = all(read_line(o.stripped) is not None for o in group if o is not line)
            if _heading_like(s) and len(s.split()) >= 2 and group[0] is line and rest_is_byline:
                title_at = i
                break
            if len(group) > 1 and all(_heading_like(o.stripped) and len(o.stripped.split()) <= 3 for o in group):
                continue  # a site menu: short link lines stacked together
            break
    follows: str | None = None  # "reviewer" or "author": the next line names them
    i = 0
    while i < len(lines):
        line = lines[i]
        s = line.stripped
        if i == title_at:
            heading = b.line_block([line], "heading", level=1)
            if heading is not None:
                b.meta.set_title(heading.text, (heading.start, heading.end))
            i += 1
            continue
        if follows is not None:
            person = parse_person(s.rstrip("."))
            if person is not None and len(s.split()) <= 12 and s[-1] not in "!?":
                span = (line.content_start, line.end)
                if follows == "reviewer":
                    b.meta.set_reviewer(person, span)
                else:
                    b.meta.add_authors([(person, *span)])
                b.line_block([line], "line", role="byline")
                follows = None
                i += 1
                continue
            follows = None
        found = read_line(line.text)
        if found is not None:
            b.byline(line, found)
            follows = "reviewer" if found.reviewer_follows else "author" if found.author_follows else None
            i += 1
            continue
        if title_at is not None and i > title_at and not b.meta.authors:
            people = split_people(s)
            if people is not None and len(group_of_lines(groups, group_of, line)) == 1:
                b.meta.add_authors(
                    [(p, line.start + line.indent + st, line.start + line.indent + en) for p, st, en in people]
                )
                b.line_block([line], "line", role="byline")
                i += 1
                continue
        if (title_at is not None and i < title_at) or is_breadcrumb(s) or (is_citation_line(s) and len(s) < 200):
            b.line_block([line], "line", role="chrome")
            i += 1
            continue
        break
    if i >= len(lines):
        return len(groups)
    # the body starts at the group holding line i; lines of it already read stay read
    gi = group_of[id(lines[i])]
    group = groups[gi]
    k = group.index(lines[i])
    if k:
        groups[gi] = group[k:]
    return gi


def group_of_lines(groups: list[list[_Line]], group_of: dict[int, int], line: _Line) -> list[_Line]:
    return groups[group_of[id(line)]]


def _lines_of_group(b: _Builder, group: list[_Line]) -> None:
    """Paragraphs, bullets and their continuation lines, byline and chrome lines of one group."""
    if all(line.indent >= 2 for line in group) and not any(
        _BULLET.match(line.text) or _NUMBERED.match(line.text) for line in group
    ):
        # a list whose bullet characters the copy lost: each indented line is an item
        for line in group:
            b.line_block([line], "list_item", level=1)
        return
    i = 0
    while i < len(group):
        line = group[i]
        s = line.stripped
        bullet = _BULLET.match(line.text) or _NUMBERED.match(line.text)
        if bullet:
            item = [line]
            text_indent = len(bullet.group(0))
            j = i + 1
            # a line indented under the bullet's text continues it
            while j < len(group) and not (_BULLET.match(group[j].text) or _NUMBERED.match(group[j].text)):
                nxt = group[j]
                if nxt.indent >= text_indent or (
                    not _ends_sentence(group[j - 1].stripped) and nxt.stripped[0].islower()
                ):
                    item.append(nxt)
                    j += 1
                else:
                    break
            _item_block(b, item, bullet, level=1 + bullet.group("indent").count(" ") // 4)
            i = j
            continue
        found = read_line(line.text)
        if found is not None and (found.role == "chrome" or found.dates or found.reviewer or found.authors):
            b.byline(line, found)
            i += 1
            continue
        if i == 0 and len(group) > 1 and _heading_like(s) and len(s) < 60 and len(s.split()) <= 8:
            nxt_line = group[1].stripped
            if nxt_line[0].isupper() and not _BULLET.match(group[1].text):
                b.line_block([line], "heading", level=2)
                i += 1
                continue
        para = [line]
        j = i + 1
        # hard-wrapped paragraphs: a long line that does not end a sentence goes on in the next line
        while (
            j < len(group)
            and len(para[-1].stripped) >= 50
            and not _ends_sentence(para[-1].stripped)
            and not _BULLET.match(group[j].text)
            and not _NUMBERED.match(group[j].text)
            and _continues(para[-1].stripped, group[j].stripped)
        ):
            para.append(group[j])
            j += 1
        role: BlockRole = "disclaimer" if _LABELLED_DISCLAIMER.match(s) else "body"
        if role == "body" and len(para) == 1 and is_chrome(s):
            role = "chrome"
        b.line_block(para, "paragraph", role=role)
        i = j


def _item_block(b: _Builder, item: list[_Line], bullet: re.Match[str], level: int) -> None:
    first = item[0]
    builder = TextBuilder()
    start = first.start + bullet.end()
    builder.add(first.text[bullet.end() :].strip(), start)
    for line in item[1:]:
        builder.add_synthetic(" ", line.content_start - 1)
        builder.add(line.stripped, line.content_start)
    block = builder.build("list_item", first.content_start, item[-1].end, level=level)
    if block is not None:
        b.blocks.append(block)


def _source_entries(b: _Builder, group: list[_Line]) -> None:
    """Source entries of a published page; an indented line without a number continues the entry above."""
    entries: list[list[_Line]] = []
    for line in group:
        if _ENTRY.match(line.text) or not entries:
            entries.append([line])
        else:
            entries[-1].append(line)
    for entry in entries:
        first = entry[0]
        m = _ENTRY.match(first.text)
        number = int(m.group("number")) if m and m.group("number") else None
        rest_at = first.start + (m.end() if m else first.indent)
        body = first.text[rest_at - first.start :].strip()
        if len(entry) > 1:
            body = " ".join([body, *(line.stripped for line in entry[1:])])
        backlinks = None
        rep = _REPEATED.match(body)
        if rep and (rep.group("number") is None or number is None or int(rep.group("number")) == number):
            letters = rep.group("letters") if rep.group("number") is not None else rep.group("letters2")
            title_part = body[rep.end() - len(letters or "") :]
            count = _backlink_count(title_part)
            backlinks = max(1, count)
            body = title_part[count:]
        elif m and m.group("label"):
            body = m.group(0).strip() + " " + body
        source = parse_source_entry(
            body, start=first.content_start, end=entry[-1].end, number=number, backlinks=backlinks
        )
        full = b.text[first.content_start : entry[-1].end]
        b.sources.append(source.model_copy(update={"text": " ".join(full.split())}))
        b.line_block(entry, "list_item", role="source_entry")


def _backlink_count(text: str) -> int:
    """How many backlink letters start ``text``: `abcManaging` is 3; a lone `^` prints no letter.

    The letters run a, b, c, ...; when the title itself starts in lower case, the longest run that
    leaves the title starting with a capital, a digit or punctuation wins.
    """
    run = 0
    while run < len(text) and run < len(_ALPHABET) and text[run] == _ALPHABET[run]:
        run += 1
    for k in range(run, 1, -1):
        if k == len(text) or not text[k].islower():
            return k
    return 0 if run < 2 else run


def _is_table(group: list[_Line]) -> bool:
    """Lines whose cells run together ("GradeWhat you noticeWhat happens next"): a flattened table."""
    if len(group) < 2:
        return False
    if any(_BULLET.match(line.text) or _NUMBERED.match(line.text) for line in group):
        return False
    if _ends_sentence(group[0].stripped) or len(group[0].stripped) > 120:
        return False
    return all(_GLUE.search(line.stripped) for line in group)


def _table(b: _Builder, group: list[_Line]) -> None:
    """The first line is the header row; every row is cited together, cells split where they were glued."""
    header_cells = len(_GLUE.findall(group[0].stripped)) + 1
    for k, line in enumerate(group):
        b.rows += 1
        kind: BlockKind = "table_header" if k == 0 else "table_cell"
        cuts = [m.start() for m in _GLUE.finditer(line.text)]
        bounds = [line.indent, *cuts, len(line.text.rstrip())]
        if len(cuts) + 1 != header_cells:
            bounds = [line.indent, len(line.text.rstrip())]
        for a, z in itertools.pairwise(bounds):
            b.span_block(line.start + a, line.start + z, kind, row=b.rows)
