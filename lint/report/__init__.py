"""Reporters: one module per output format, each rendering the same Report."""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field

from lint.model import Report

# format name -> module with `render(report, options) -> str`
FORMATS: dict[str, str] = {
    "text": "lint.report.text",
    "json": "lint.report.json",
    "sarif": "lint.report.sarif",
    "github": "lint.report.github",
    "gitlab": "lint.report.gitlab",
    "junit": "lint.report.junit",
    "markdown": "lint.report.markdown",
    "html": "lint.report.html",
}


@dataclass(frozen=True)
class RenderOptions:
    """What a reporter may use beyond the report: the checked texts, and the terminal's abilities."""

    texts: Mapping[str, str] = field(default_factory=dict)
    color: bool = False
    show_source: bool = False
    statistics: bool = False
    quiet: bool = False
    # where each rule's documentation lives (config `docs_url`); None: docs/rules.md of this version
    docs_url: str | None = None


def rule_doc_url(rule: str, version: str, base: str | None = None) -> str:
    """The address of a rule's documentation: ``base`` with ``{rule}`` filled in, or ``base#rule``."""
    if base is None:
        base = f"https://github.com/medlint/medlint/blob/v{version}/docs/rules.md"
    return base.replace("{rule}", rule) if "{rule}" in base else f"{base}#{rule}"


# bidi embeddings, overrides and isolates: they reorder what a reader sees ("Trojan Source")
_BIDI_CONTROLS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"


def _mark(code: int) -> str:
    return f"\u27e8U+{code:04X}\u27e9"


# C0 controls as their Unicode control pictures (ESC is ␛), tab kept; DEL, C1, bidi controls and
# line separators as ⟨U+XXXX⟩: shown to the reader, never acted on by a terminal, CI log or browser
_VISIBLE: dict[int, str] = {c: chr(0x2400 + c) for c in range(0x20) if c != 0x09}
_VISIBLE[0x7F] = "\u2421"
_VISIBLE.update({c: _mark(c) for c in range(0x80, 0xA0)})
_VISIBLE.update({ord(ch): _mark(ord(ch)) for ch in _BIDI_CONTROLS + "\u2028\u2029"})
# in JSON the same characters as \u escapes: the data stays exactly what the article holds
_JSON_ESCAPES = {
    c: f"\\u{c:04x}" for c in [0x7F, *range(0x80, 0xA0), *(ord(ch) for ch in _BIDI_CONTROLS + "\u2028\u2029")]
}


_VISIBLE_KEEPING_LINES = {c: mark for c, mark in _VISIBLE.items() if c not in (0x0A, 0x0D)}


def _finder(codes: Iterable[int]) -> re.Pattern[str]:
    # a regex scans a long text in C and stops at what it finds; str.translate looks up every character
    return re.compile("[" + "".join(re.escape(chr(c)) for c in sorted(codes)) + "]")


_VISIBLE_FIND = _finder(_VISIBLE)
_VISIBLE_KEEPING_LINES_FIND = _finder(_VISIBLE_KEEPING_LINES)
_JSON_ESCAPES_FIND = _finder(_JSON_ESCAPES)


def visible(text: str, *, keep_lines: bool = False) -> str:
    """Text from an article or a file name, safe to print: control and bidi characters shown as marks.

    ``keep_lines`` keeps newlines and carriage returns, for a format that escapes them itself.
    """
    if keep_lines:
        return _VISIBLE_KEEPING_LINES_FIND.sub(lambda m: _VISIBLE_KEEPING_LINES[ord(m.group())], text)
    return _VISIBLE_FIND.sub(lambda m: _VISIBLE[ord(m.group())], text)


def json_visible(text: str) -> str:
    """JSON text with DEL, C1, bidi and line-separator characters written as \\u escapes (the same data)."""
    return _JSON_ESCAPES_FIND.sub(lambda m: _JSON_ESCAPES[ord(m.group())], text)


def render(fmt: str, report: Report, options: RenderOptions | None = None) -> str:
    module = importlib.import_module(FORMATS[fmt])
    return module.render(report, options or RenderOptions())  # type: ignore[no-any-return]


def render_chunks(fmt: str, report: Report, options: RenderOptions | None = None) -> Iterator[str]:
    """The same text in pieces, for writing as it is made: a format that can goes a file at a time."""
    module = importlib.import_module(FORMATS[fmt])
    if hasattr(module, "chunks"):
        yield from module.chunks(report, options or RenderOptions())
    else:
        yield module.render(report, options or RenderOptions())
