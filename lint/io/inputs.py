"""Finding the articles to check: files, folders searched recursively, standard input and URLs."""

from __future__ import annotations

import fnmatch
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from lint.config import Config
from lint.model import InputFormat
from lint.parse import EXTENSIONS, format_for_path

if TYPE_CHECKING:
    from lint.io.net import Client

SKIP_DIRS = frozenset({".git", ".hg", ".svn", ".nox", ".tox", ".venv", "venv", "node_modules", "__pycache__"})


@dataclass(frozen=True, slots=True)
class Input:
    """One article to check: its display path, its text, and its format; or why it could not be read."""

    path: str
    text: str | None
    format: InputFormat | None
    error: str | None = None


def is_url(arg: str) -> bool:
    return arg.startswith(("http://", "https://"))


def excluded(path: Path, config: Config) -> bool:
    if not config.exclude:
        return False
    rel = relative(path, config.root)
    return any(fnmatch.fnmatch(rel, pat) or fnmatch.fnmatch(path.name, pat) for pat in config.exclude)


def relative(path: Path, root: Path) -> str:
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return path.as_posix()


def expand(args: list[str], config: Config) -> Iterator[str]:
    """File and URL arguments in order; folders expand to their articles, sorted, excluded ones dropped."""
    for arg in args:
        if arg == "-" or is_url(arg):
            yield arg
            continue
        path = Path(arg)
        if path.is_dir():
            found = [
                p
                for p in path.rglob("*")
                if p.suffix.lower() in EXTENSIONS
                and p.is_file()
                and not any(part in SKIP_DIRS or part.startswith(".") for part in p.relative_to(path).parts[:-1])
            ]
            for p in sorted(found):
                if not excluded(p, config):
                    yield p.as_posix()
        elif not excluded(path, config):
            yield arg


def read(
    arg: str,
    *,
    input_format: InputFormat | None = None,
    stdin_filename: str | None = None,
    client: Client | None = None,
) -> Input:
    """Read one argument; never raises, a failure is an Input with ``error`` set. URLs go through ``client``."""
    if arg == "-":
        name = stdin_filename or "-"
        data = sys.stdin.buffer.read()
        return _decode(name, data, input_format or format_for_path(name) or "markdown")
    if is_url(arg):
        from lint.io.fetch import FetchError, fetch

        try:
            page = fetch(arg, client=client)
        except FetchError as exc:
            return Input(arg, None, input_format, str(exc))
        return Input(arg, page.text, input_format or page.format)
    fmt = input_format or format_for_path(arg)
    path = Path(arg)
    if not path.exists():
        return Input(arg, None, fmt, "no such file or folder")
    if fmt is None:
        return Input(
            arg, None, None, f"unknown file type {path.suffix or '(none)'}; use --input-format markdown|text|html"
        )
    try:
        data = path.read_bytes()
    except OSError as exc:
        return Input(arg, None, fmt, f"cannot read file: {exc.strerror}")
    return _decode(arg, data, fmt)


def _decode(name: str, data: bytes, fmt: InputFormat) -> Input:
    if fmt == "html":
        from lint.parse.html import declared_encoding

        encoding = "utf-16" if data.startswith((b"\xff\xfe", b"\xfe\xff")) else declared_encoding(data)
        if encoding is not None:  # a saved page in the encoding its meta tag names
            return Input(name, data.decode(encoding, errors="replace").replace("\r\n", "\n"), fmt)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return Input(name, None, fmt, f"not valid UTF-8 (byte {exc.start}); save the file as UTF-8")
    if "\x00" in text:
        return Input(name, None, fmt, "binary file (contains NUL bytes), not an article")
    return Input(name, text.replace("\r\n", "\n"), fmt)
