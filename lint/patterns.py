"""Configured regular expressions (disclaimer, red-flag and exempt patterns), compiled and matched in one place.

Config comes from the repository, so a pull request chooses these patterns: they are matched with
RE2, whose time is linear in the text whatever the pattern (`(a+)+$` cannot backtrack), and each
pattern is compiled on its own in a set, so inline flags and group names never meet another
pattern's. Every pattern matches case-insensitively and `.` matches a newline. RE2's syntax is
Python's without lookaround or backreferences; `\\s`, `\\w` and `\\b` are ASCII (`\\pL` is any letter).
"""

from __future__ import annotations

import re
from functools import lru_cache

import re2  # type: ignore[import-untyped]

# a block's spaces as RE2 sees them: it reads `\s` as ASCII only, so NBSP and the like become plain spaces
_SPACES = {
    ord(c): " "
    for c in "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
}
_HINT = "medlint matches configured patterns with RE2: no lookahead, lookbehind or backreferences"


class PatternError(ValueError):
    """A configured pattern RE2 cannot compile; the message names the pattern and why."""


def _options() -> re2.Options:
    options = re2.Options()
    options.case_sensitive = False
    options.dot_nl = True
    options.log_errors = False  # the error is raised to the caller, who names the config key
    return options


class PatternSet:
    """Several patterns matched together: ``search(text)`` is true when any of them matches."""

    def __init__(self, patterns: tuple[str, ...]) -> None:
        options = _options()
        self._set = re2.Set.SearchSet(options)
        for p in patterns:
            try:
                re2.compile(p, options)  # the set reports only that a pattern failed; this says why
            except re2.error as exc:
                reason = exc.args[0].decode() if exc.args and isinstance(exc.args[0], bytes) else str(exc)
                hint = f" ({_HINT})" if re.search(r"perl operator|escape sequence", reason) else ""
                raise PatternError(f"invalid regular expression {p!r}: {reason}{hint}") from None
            if self._set.Add(p) < 0:
                raise PatternError(f"invalid regular expression {p!r}")
        self._set.Compile()

    def search(self, text: str) -> bool:
        if not text.isascii():  # str.translate walks the text in Python: only text that may hold such spaces
            text = text.translate(_SPACES)
        return bool(self._set.Match(text))


@lru_cache(maxsize=32)
def compile_patterns(patterns: tuple[str, ...]) -> PatternSet | None:
    """The patterns ready to match, compiled once per process; None when there are none. Raises PatternError."""
    return PatternSet(patterns) if patterns else None


def search(patterns: list[str] | tuple[str, ...], text: str) -> bool:
    """Whether any configured pattern matches ``text``."""
    compiled = compile_patterns(tuple(patterns))
    return compiled is not None and compiled.search(text)
