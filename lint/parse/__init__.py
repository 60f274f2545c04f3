"""Parsers: one module per input format, each turning a file's text into the same Article."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import PurePath

from lint.model import Article, InputFormat

EXTENSIONS: dict[str, InputFormat] = {
    ".md": "markdown",
    ".markdown": "markdown",
    ".mdx": "markdown",
    ".txt": "text",
    ".text": "text",
    ".html": "html",
    ".htm": "html",
}


def format_for_path(path: str) -> InputFormat | None:
    return EXTENSIONS.get(PurePath(path).suffix.lower())


def _parsers() -> dict[str, Callable[[str, str], Article]]:
    from lint.parse.markdown import parse_markdown

    parsers: dict[str, Callable[[str, str], Article]] = {"markdown": parse_markdown}
    try:
        from lint.parse.text import parse_text

        parsers["text"] = parse_text
    except ImportError:  # pragma: no cover - filled in as formats land
        pass
    try:
        from lint.parse.html import parse_html

        parsers["html"] = parse_html
    except ImportError:  # pragma: no cover
        pass
    return parsers


def parse(text: str, path: str, fmt: InputFormat) -> Article:
    """Parse ``text`` as ``fmt``; raises ValueError for a format with no parser."""
    parser = _parsers().get(fmt)
    if parser is None:
        raise ValueError(f"no parser for format {fmt!r}")
    return parser(text, path)
