"""Parsers: one module per input format, each turning a file's text into the same Article."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from functools import cache
from pathlib import PurePath
from typing import TYPE_CHECKING

from lint.model import Article, InputFormat
from lint.model.article import without_surrogates

if TYPE_CHECKING:  # the parsers' shared patterns load with the first parse, not with the file types
    from lint.parse.common import DateOrder

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


# format -> (module, function); a run imports only the parsers of the formats it meets
PARSERS: dict[str, tuple[str, str]] = {
    "markdown": ("lint.parse.markdown", "parse_markdown"),
    "text": ("lint.parse.text", "parse_text"),
    "html": ("lint.parse.html", "parse_html"),
}


@cache
def _parser(fmt: str) -> Callable[[str, str], Article] | None:
    where = PARSERS.get(fmt)
    if where is None:
        return None
    module = importlib.import_module(where[0])
    return getattr(module, where[1])  # type: ignore[no-any-return]


def parse(text: str, path: str, fmt: InputFormat, date_order: DateOrder | None = None) -> Article:
    """Parse ``text`` as ``fmt``; raises ValueError for a format with no parser.

    ``date_order`` is how to read ambiguous dates in figures; None lets the parser infer it.
    """
    parser = _parser(fmt)
    if parser is None:
        raise ValueError(f"no parser for format {fmt!r}")
    from lint.parse.common import DATE_ORDER

    token = DATE_ORDER.set(date_order)
    try:
        # lone surrogates and NUL become U+FFFD, one for one, as HTML and CommonMark read them
        return parser(without_surrogates(text).replace("\0", "\ufffd"), path)
    finally:
        DATE_ORDER.reset(token)
