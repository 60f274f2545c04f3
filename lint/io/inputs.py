"""Finding the articles to check: files, folders searched recursively, standard input and URLs."""

from __future__ import annotations

import fnmatch
import glob
import os
import stat
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from lint.config import Config
from lint.model import InputFormat
from lint.parse import EXTENSIONS, format_for_path

if TYPE_CHECKING:
    from lint.io.net import Client

SKIP_DIRS = frozenset({".git", ".hg", ".svn", ".nox", ".tox", ".venv", "venv", "node_modules", "__pycache__"})


# the mark the HTML report carries in its <head>, so a folder check skips medlint's own pages
REPORT_MARK = '<meta name="generator" content="medlint">'
_GLOB_CHARS = frozenset("*?[")


class InputError(Exception):
    """A path named on the command line that names nothing: a usage error, not a finding."""


@dataclass(frozen=True, slots=True)
class Input:
    """One article to check: its display path, its text, and its format; or why it could not be read."""

    path: str
    text: str | None
    format: InputFormat | None
    error: str | None = None
    error_at: tuple[int, int] | None = None  # (line, column) the error names, when it is inside the file


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


def size_text(n: int) -> str:
    """A size as people read it: 20 MB, 1.5 kB, 900 bytes."""
    for unit, scale in (("GB", 10**9), ("MB", 10**6), ("kB", 10**3)):
        if n >= scale:
            return f"{n / scale:.1f}".removesuffix(".0") + f" {unit}"
    return f"{n} bytes"


def expand(args: list[str], config: Config, warn: Callable[[str], None] | None = None) -> Iterator[str]:
    """File and URL arguments in order; folders expand to their articles, sorted, excluded ones dropped.

    A quoted glob ('articles/*.md') expands like a shell would; a file named twice (or found twice)
    is checked once. Raises InputError for a path or glob that names nothing.
    """
    seen: set[str] = set()

    def once(path: str) -> bool:
        key = os.path.realpath(path)
        if key in seen:
            return False
        seen.add(key)
        return True

    for arg in args:
        if arg == "-" or is_url(arg):
            yield arg
            continue
        named = [arg]
        if not os.path.lexists(arg) and _GLOB_CHARS & set(arg):
            # like a folder, a glob picks the articles it matches ('articles/*' skips notes.pdf)
            named = sorted(m for m in glob.glob(arg, recursive=True) if os.path.isdir(m) or format_for_path(m))
            if not named:
                raise InputError(f"no article matches {arg!r}")
        for name in named:
            path = Path(name)
            if path.is_dir():
                found = [(p, real) for p, real in _articles_in(path, warn) if not excluded(Path(p), config)]
                if not found and warn is not None:
                    warn(f"no articles ({', '.join(sorted(EXTENSIONS))}) in folder {name}")
                for p, real in found:
                    if real not in seen:
                        seen.add(real)
                        yield p
            elif not os.path.lexists(name):
                raise InputError(f"no such file or folder: {name}")
            elif not excluded(path, config) and once(name):
                yield name


def _suffix(name: str) -> str:
    # PurePath.suffix of a file name, without making a path of it
    i = name.rfind(".")
    return name[i:] if 0 < i < len(name) - 1 else ""


def _articles_in(folder: Path, warn: Callable[[str], None] | None) -> list[tuple[str, str]]:
    """Articles under ``folder`` as (path, real path), sorted as paths sort; hidden and tool folders, links out
    of the folder and our own reports skipped.

    One listing per folder tells files, folders and links apart: only a link is looked at again.
    """
    root = os.path.realpath(folder)
    found: list[tuple[tuple[str, ...], str, str]] = []  # (parts to sort by, path, real path)

    def walk(here: str, real: str, parts: tuple[str, ...]) -> None:
        try:
            with os.scandir(here) as listing:
                entries = list(listing)
        except OSError:
            return  # as os.walk does: a folder that cannot be listed is skipped
        folders = []
        for entry in entries:
            name = entry.name
            path = os.path.join(here, name) if here != "." else name
            try:
                if entry.is_dir():  # a link to a folder is never followed: it could lead anywhere, or loop
                    if not entry.is_symlink() and name not in SKIP_DIRS and not name.startswith("."):
                        folders.append((path, name))
                    continue
                fmt = EXTENSIONS.get(_suffix(name).lower())
                if fmt is None:
                    continue
                shown = path if os.sep == "/" else path.replace(os.sep, "/")
                if entry.is_symlink():
                    target = os.path.realpath(path)
                    if os.path.commonpath([root, target]) != root:
                        if warn is not None:
                            warn(f"skipped {shown}: a link to {target}, outside {folder.as_posix()}")
                        continue
                    real_path = target
                else:
                    real_path = os.path.join(real, name)
                if not entry.is_file() or (fmt == "html" and is_report_page(Path(path))):
                    continue
            except OSError:
                continue
            found.append(((*parts, os.path.normcase(name)), shown, real_path))
        for path, name in folders:
            walk(path, os.path.join(real, name), (*parts, os.path.normcase(name)))

    walk(str(folder), root, ())
    found.sort(key=lambda f: f[0])
    return [(shown, real) for _, shown, real in found]


def is_report_page(path: Path) -> bool:
    """A page of medlint's HTML report, which `--format html -o` may have written into the folder checked."""
    if format_for_path(path.name) != "html":
        return False
    try:
        with path.open("rb") as fh:
            head = fh.read(4096)
    except OSError:
        return False
    return REPORT_MARK.encode() in head


def read(
    arg: str,
    *,
    input_format: InputFormat | None = None,
    stdin_filename: str | None = None,
    client: Client | None = None,
    max_file_size: int = 20_000_000,
) -> Input:
    """Read one argument; never raises, a failure is an Input with ``error`` set. URLs go through ``client``.

    Only regular files are read (not a FIFO or a device, even through a link), and never more than
    ``max_file_size`` bytes.
    """
    if arg == "-":
        name = stdin_filename or "-"
        data = sys.stdin.buffer.read(max_file_size + 1)
        if len(data) > max_file_size:
            return Input(name, None, input_format, _too_large(None, max_file_size))
        return _decode(name, data, input_format or format_for_path(name) or "markdown")
    if is_url(arg):
        from lint.io.fetch import FetchError, fetch

        try:
            page = fetch(arg, client=client)
        except FetchError as exc:
            return Input(arg, None, input_format, str(exc))
        return Input(arg, page.text, input_format or page.format)
    fmt = input_format or format_for_path(arg)
    if not os.path.exists(arg):
        return Input(arg, None, fmt, "no such file or folder")
    if fmt is None:
        suffix = Path(arg).suffix
        return Input(arg, None, None, f"unknown file type {suffix or '(none)'}; use --input-format markdown|text|html")
    try:
        # O_NONBLOCK: opening a FIFO must not wait for a writer; fstat then tells what was opened
        fd = os.open(arg, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as exc:
        return Input(arg, None, fmt, f"cannot read file: {exc.strerror}")
    with os.fdopen(fd, "rb") as fh:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            return Input(arg, None, fmt, f"not a regular file ({_kind(info.st_mode)}); only files are read")
        if info.st_size > max_file_size:
            return Input(arg, None, fmt, _too_large(size_text(info.st_size), max_file_size))
        try:
            # as much as fstat said, and then whatever the file grew by since, up to one byte over the limit
            # (asking for the limit at once would allocate 20 MB for every small file)
            data = fh.read(info.st_size + 1)
            if len(data) > info.st_size:
                data += fh.read(max_file_size + 1 - len(data))
        except OSError as exc:
            return Input(arg, None, fmt, f"cannot read file: {exc.strerror}")
    if len(data) > max_file_size:
        return Input(arg, None, fmt, _too_large(None, max_file_size))
    return _decode(arg, data, fmt)


def _too_large(size: str | None, limit: int) -> str:
    what = f"file of {size}" if size else "file"  # a stream, or a file still growing, has no size to give
    return f"{what} is over max_file_size ({size_text(limit)}); not checked"


def _kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a FIFO"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISDIR(mode):
        return "a folder"
    return "not a file"


def _decode(name: str, data: bytes, fmt: InputFormat) -> Input:
    if fmt == "html":
        from lint.parse.html import declared_encoding

        encoding = "utf-16" if data.startswith((b"\xff\xfe", b"\xfe\xff")) else declared_encoding(data)
        if encoding is not None:  # a saved page in the encoding its meta tag names
            return Input(name, data.decode(encoding, errors="replace").replace("\r\n", "\n"), fmt)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        bad = exc.start + (3 if data.startswith(b"\xef\xbb\xbf") else 0)
        line_start = data.rfind(b"\n", 0, bad) + 1
        line = data.count(b"\n", 0, bad) + 1
        column = len(data[line_start:bad].decode("utf-8-sig", errors="replace")) + 1
        return Input(
            name,
            None,
            fmt,
            f"not valid UTF-8 (byte 0x{data[bad]:02x} at line {line}, column {column}); save the file as UTF-8",
            (line, column),
        )
    if "\x00" in text:
        return Input(name, None, fmt, "binary file (contains NUL bytes), not an article")
    return Input(name, text.replace("\r\n", "\n"), fmt)
