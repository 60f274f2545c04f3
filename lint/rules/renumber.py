"""Renumbering a Markdown source list and every citation marker with it: the fixes of citation-order,
duplicate-source and unused-source share it."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import pairwise

from lint.fix.edits import delete_line_or_span
from lint.model import Edit, Fix, Source
from lint.nlp.markers import MARKER
from lint.rules.base import Context

# the list marker in front of an entry's text: `1. `, `12) `, inside a block quote `> 3. `
_LIST_MARKER = re.compile(r"(?P<indent>[ \t>]*)(?P<number>\d{1,9})(?P<delim>[.)])(?P<space>[ \t]+)")
_RANGE = re.compile(r"^(\d{1,4})\s*([-\u2013])\s*(\d{1,4})$")
_WRITTEN_NUMBER = re.compile(r"\[?\d{1,4}[\].)]\s")


@dataclass(frozen=True, slots=True)
class Entry:
    """A numbered entry of a Markdown ordered list: where its line starts and how its list marker is written."""

    source: Source
    slot_start: int  # the start of its line
    indent: str
    delim: str
    space: str

    def written(self, number: int, text: str) -> str:
        return f"{self.indent}{number}{self.delim}{self.space}{text[self.source.start : self.source.end]}"


@dataclass(frozen=True, slots=True)
class Marker:
    """A citation marker as written in the file."""

    start: int
    end: int
    text: str
    block: int


def numbered_entries(ctx: Context) -> list[Entry] | None:
    """The numbered entries, in list order; None when the list cannot be rewritten safely.

    That is: not Markdown, an entry whose number is not written in front of it, numbers that repeat,
    or anything but white space between two entries (a nested list, a paragraph).
    """
    article = ctx.article
    if article.format != "markdown":
        return None
    text = article.text
    entries: list[Entry] = []
    for source in article.sources:
        if source.number is None:
            continue
        line_start = text.rfind("\n", 0, source.start) + 1
        m = _LIST_MARKER.fullmatch(text, line_start, source.start)
        if m is None or int(m["number"]) != source.number or text[source.end : _line_end(text, source.end)].strip():
            return None
        if _WRITTEN_NUMBER.match(text, source.start):
            return None  # `1. [1] Title` repeats its number inside the entry, which the plan does not rewrite
        entries.append(Entry(source, line_start, m["indent"], m["delim"], m["space"]))
    numbers = [e.source.number for e in entries]
    if not entries or len(set(numbers)) != len(numbers):
        return None
    for a, b in pairwise(entries):
        if b.slot_start < a.source.end or text[a.source.end : b.slot_start].strip():
            return None
    return entries


def _line_end(text: str, at: int) -> int:
    end = text.find("\n", at)
    return len(text) if end < 0 else end


def all_markers(ctx: Context) -> list[Marker] | None:
    """Every bracketed marker in the body, headings and table cells included, as written in the file;
    None when one is not written in the file as the text reads it (split by markup)."""
    text = ctx.article.text
    found: list[Marker] = []
    for i, block in enumerate(ctx.article.blocks):
        if block.role != "body" or "[" not in block.text:
            continue
        for m in MARKER.finditer(block.text):
            start = block.source_offset(m.start())
            end = block.source_offset(m.end() - 1) + 1
            if text[start:end] != m.group(0):
                return None
            found.append(Marker(start, end, text[start:end], i))
    return found


def _parts(marker_text: str) -> tuple[list[int], list[str]] | None:
    """Numbers (ranges expanded) and labels of a marker; None for a footnote or a backwards range."""
    inner = marker_text[1:-1].strip()
    if inner.startswith("^"):
        return None
    numbers: list[int] = []
    labels: list[str] = []
    for part in re.split(r"\s*[,;]\s*", inner):
        r = _RANGE.match(part)
        if r:
            lo, hi = int(r[1]), int(r[3])
            if not lo <= hi < lo + 100:
                return None
            numbers.extend(range(lo, hi + 1))
        elif part.isdigit():
            numbers.append(int(part))
        elif part:
            labels.append(part)
    return numbers, labels


def rewrite_marker(marker_text: str, mapping: dict[int, int]) -> str:
    """The marker with its numbers mapped, ascending and without repeats; ranges kept when it had one."""
    parts = _parts(marker_text)
    if parts is None:
        return marker_text
    numbers, labels = parts
    new = [mapping.get(n, n) for n in numbers]
    if new == numbers and numbers == sorted(set(numbers)):
        return marker_text
    inner = marker_text[1:-1]
    sep = m.group(0) if (m := re.search(r"\s?[,;]\s?", inner)) else ", "
    dash = re.search(r"\s?[-\u2013]\s?", inner)
    written = _runs(sorted(set(new)), dash.group(0) if dash else None)
    return "[" + sep.join([*written, *labels]) + "]"


def _runs(numbers: list[int], dash: str | None) -> Iterator[str]:
    """`1 2 3 5` -> `1-3`, `5` with a dash; each number on its own without one."""
    i = 0
    while i < len(numbers):
        j = i
        while dash is not None and j + 1 < len(numbers) and numbers[j + 1] == numbers[j] + 1:
            j += 1
        yield f"{numbers[i]}{dash}{numbers[j]}" if j > i else str(numbers[i])
        i = j + 1


def first_citation_mapping(ctx: Context, entries: list[Entry]) -> dict[int, int]:
    """Old -> new numbers in order of first citation; an entry nothing cites keeps its number and place."""
    listed = {e.source.number for e in entries if e.source.number is not None}
    order: list[int] = []
    for marker in ctx.analysis.markers:
        parts = _parts(marker.text)
        for n in parts[0] if parts else []:
            if n in listed and n not in order:
                order.append(n)
    uncited = listed - set(order)
    mapping = dict(zip(order, sorted(listed - uncited), strict=True))
    mapping.update({n: n for n in uncited})
    return mapping


def plan(
    ctx: Context, entries: list[Entry], mapping: dict[int, int], remove: frozenset[int] = frozenset()
) -> list[Edit] | None:
    """Edits that renumber the list by ``mapping`` (old -> new), drop the entries numbered in ``remove``,
    and rewrite every marker to match; groups of one-number markers (`[3] [1]`) come out ascending.

    None when a marker cannot be rewritten safely (a backwards range, a marker split by markup).
    """
    text = ctx.article.text
    markers = all_markers(ctx)
    if markers is None or any(_parts(m.text) is None and not m.text.startswith("[^") for m in markers):
        return None
    edits: list[Edit] = []
    rewritten = {m.start: rewrite_marker(m.text, mapping) for m in markers}
    for group in _groups(markers, text):
        parsed = [_parts(rewritten[m.start]) for m in group]
        singles = [i for i, p in enumerate(parsed) if p is not None and len(p[0]) == 1 and not p[1]]
        if len(group) > 1 and len(singles) == len(group):
            # `[4] [2]` -> `[2] [4]`, and `[2] [2]` (a duplicate pointed at its first entry) -> `[2]`
            numbers = sorted({p[0][0] for p in parsed if p is not None})
            if numbers != [p[0][0] for m in group if (p := _parts(m.text)) is not None]:
                written = " ".join(f"[{n}]" for n in numbers)
                edits.append(Edit(start=group[0].start, end=group[-1].end, content=written))
            continue
        # the one-number markers of a group with a footnote or a list in it: ascending in their own places
        ordered = sorted(p[0][0] for p in parsed if p is not None and len(p[0]) == 1 and not p[1])
        for i, n in zip(singles, ordered, strict=True):
            rewritten[group[i].start] = f"[{n}]"
        for m in group:
            if rewritten[m.start] != m.text:
                edits.append(Edit(start=m.start, end=m.end, content=rewritten[m.start]))
    kept = [e for e in entries if e.source.number not in remove]
    by_new = sorted(kept, key=lambda e: mapping.get(e.source.number or 0, e.source.number or 0))
    for slot, entry in zip(kept, by_new, strict=True):
        number = mapping.get(entry.source.number or 0, entry.source.number or 0)
        content = entry.written(number, text)
        if text[slot.slot_start : slot.source.end] != content:
            edits.append(Edit(start=slot.slot_start, end=slot.source.end, content=content))
    for e in entries:
        if e.source.number in remove:
            edits.append(delete_line_or_span(text, e.slot_start, e.source.end))
    return edits


def renumber_fix(
    ctx: Context, message: str, mapping: dict[int, int], entries: list[Entry], remove: frozenset[int] = frozenset()
) -> Fix | None:
    """A source-list fix, applied alone in its pass; None when there is nothing to change or it is not safe to."""
    try:
        edits = plan(ctx, entries, mapping, remove)
    except (ValueError, IndexError, KeyError):  # a list shaped in a way the plan did not foresee: no fix, same finding
        return None
    if not edits:
        return None
    return Fix(applicability="safe", message=message, edits=edits, isolated=True)


def _groups(markers: list[Marker], text: str) -> list[list[Marker]]:
    groups: list[list[Marker]] = []
    for m in markers:
        if groups and groups[-1][-1].block == m.block and not text[groups[-1][-1].end : m.start].strip():
            groups[-1].append(m)
        else:
            groups.append([m])
    return groups


def compacting(numbers: list[int], remove: set[int], redirect: dict[int, int]) -> dict[int, int]:
    """Old -> new numbers once the entries in ``remove`` are gone: each removed one cited as ``redirect`` says,
    the numbers after a removed entry moved down to close the gap."""
    removed = sorted(remove)

    def shifted(n: int) -> int:
        return n - sum(1 for r in removed if r < n)

    return {n: shifted(redirect.get(n, n)) for n in numbers}
