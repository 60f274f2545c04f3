"""Text edits: applying them, choosing fixes that do not conflict, and deleting a line cleanly."""

from __future__ import annotations

from collections.abc import Iterable

from lint.model import Applicability, Edit, Fix


class EditConflict(ValueError):
    """Edits that overlap or fall outside the text: a rule's bug, never applied."""


def _key(edit: Edit) -> tuple[int, int]:
    return edit.start, edit.end


def apply_edits(text: str, edits: Iterable[Edit]) -> str:
    """The text with every edit applied; the text between edits is copied unchanged."""
    ordered = sorted(edits, key=_key)
    out: list[str] = []
    at = 0
    for edit in ordered:
        if edit.start < at or edit.end < edit.start or edit.end > len(text):
            raise EditConflict(f"edit {edit.start}-{edit.end} overlaps another or falls outside the text")
        out.append(text[at : edit.start])
        out.append(edit.content)
        at = edit.end
    out.append(text[at:])
    return "".join(out)


def _overlaps(a: Edit, b: Edit) -> bool:
    # two insertions at one point, or an insertion inside a replaced span, conflict too: their order is unclear
    if a.start == a.end or b.start == b.end:
        return a.start <= b.end and b.start <= a.end
    return a.start < b.end and b.start < a.end


def applicable(fix: Fix, unsafe: bool) -> bool:
    allowed: set[Applicability] = {"safe", "unsafe"} if unsafe else {"safe"}
    return fix.applicability in allowed


def select_fixes(fixes: Iterable[Fix], *, unsafe: bool = False) -> list[Fix]:
    """The fixes one pass applies: in order of their first edit, skipping any that overlaps one already chosen.

    A skipped fix is not lost: the caller checks the fixed text again and the next pass picks it up.
    An isolated fix (one that renumbers the source list) is applied alone in its pass.
    """
    chosen: list[Fix] = []
    taken: list[Edit] = []
    candidates = sorted(
        (f for f in fixes if f.edits and applicable(f, unsafe)), key=lambda f: min(_key(e) for e in f.edits)
    )
    isolated = next((f for f in candidates if f.isolated), None)
    for fix in candidates:
        if fix.isolated and fix is not isolated:
            continue
        if any(_overlaps(e, t) for e in fix.edits for t in taken):
            continue
        if any(_overlaps(a, b) for i, a in enumerate(fix.edits) for b in fix.edits[i + 1 :]):
            continue  # a fix whose own edits overlap is a rule's bug
        chosen.append(fix)
        taken.extend(fix.edits)
    return chosen


def delete_line_or_span(text: str, start: int, end: int) -> Edit:
    """Delete ``text[start:end]``; when nothing else is on its lines, delete the lines with their line break."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    if text[line_start:start].strip() or text[end:line_end].strip():
        return Edit(start=start, end=end, content="")
    if line_end < len(text):
        return Edit(start=line_start, end=line_end + 1, content="")
    # the last line, with no line break after it: take the one before it instead
    return Edit(start=max(0, line_start - 1), end=line_end, content="")
