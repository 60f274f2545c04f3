"""Citation markers as readers write them: `[1]`, `[2] [5]`, `[1, 3]`, `[1-3]`, `[PM13]`, `[^note]`."""

from __future__ import annotations

import re

_ID = r"(?:[A-Za-z]{1,6}\d{1,5}[a-z]?|\d{1,4})"
# one bracketed marker; a group is several of them separated by spaces
MARKER = re.compile(rf"\[(?:\^[\w.-]{{1,30}}|{_ID}(?:\s?[,;]\s?{_ID}|\s?[-–]\s?{_ID})*)\]")

# brackets that hold only ids, spaces and punctuation: a marker, or one written wrongly (`[1,,2]`, `[ 3 ]`)
NEAR_MARKER = re.compile(r"\[[\s\d,;.:\-–^]{1,20}\]")


def marker_ids(marker_text: str) -> list[str]:
    """The source ids a marker cites, ranges expanded: `[1-3, PM5]` -> ['1', '2', '3', 'PM5']."""
    inner = marker_text.strip()[1:-1].strip()
    if inner.startswith("^"):
        return [inner]
    ids: list[str] = []
    for part in re.split(r"\s*[,;]\s*", inner):
        bounds = re.split(r"\s*[-–]\s*", part)
        if len(bounds) == 2 and bounds[0].isdigit() and bounds[1].isdigit():
            lo, hi = int(bounds[0]), int(bounds[1])
            if lo <= hi and hi - lo < 100:
                ids.extend(str(k) for k in range(lo, hi + 1))
                continue
        ids.extend(b for b in bounds if b)
    return ids
