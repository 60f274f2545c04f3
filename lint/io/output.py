"""Writing reports safely: never over an article being checked, never through a link, never half-written."""

from __future__ import annotations

import glob
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

from lint.io.inputs import is_report_page, is_url
from lint.parse import format_for_path


class OutputError(Exception):
    """A destination medlint refuses to write to; the CLI exits 2 with this message."""


def check_destination(dest: Path, inputs: list[str], *, folder: bool) -> None:
    """Refuse a destination that is a link, an input of this run, or (for one file) a folder.

    ``folder`` is the HTML report's folder layout, whose pages are marked as medlint's so that a
    later check of a folder holding them skips them.
    """
    if dest.is_symlink():
        raise OutputError(f"{dest} is a symbolic link; medlint does not write through links")
    if not folder and dest.is_dir():
        raise OutputError(f"{dest!s} is a folder; only --format html writes a folder")
    targets = [dest]
    if folder and dest.is_dir():
        targets = [dest / "index.html", *(dest / "articles").glob("*.html")]
    for target in targets:
        if not target.exists() or is_report_page(target):
            continue
        named = _input_naming(target, inputs)
        if named is not None:
            what = "is" if named == str(target) else f"is under {named}, which"
            raise OutputError(f"{target} {what} an input of this run; medlint never writes over an article")


def _input_naming(target: Path, inputs: list[str]) -> str | None:
    """The argument of the run that names or contains ``target``, if any."""
    real = os.path.realpath(target)
    for arg in inputs:
        if arg == "-" or is_url(arg):
            continue
        if not os.path.lexists(arg):  # a quoted glob names what it matches
            if any(os.path.realpath(m) == real for m in glob.glob(arg, recursive=True)):
                return arg
            continue
        named = os.path.realpath(arg)
        if real == named:
            return arg
        # a folder checks every article under it, and a glob's folder may hold it too
        if os.path.isdir(named) and format_for_path(str(target)) and os.path.commonpath([named, real]) == named:
            return arg
    return None


def write_atomically(path: Path, text: str | Iterable[str]) -> None:
    """Write ``text`` (or its pieces) to a temporary file beside ``path``, then rename it over: readers see the old
    or the new file.

    A link at ``path`` is refused rather than followed (the rename would replace the link, not its target).
    """
    if path.is_symlink():
        raise OSError(f"{path} is a symbolic link; medlint does not write through links")
    try:
        mode = path.stat().st_mode & 0o777
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            if isinstance(text, str):
                fh.write(text)
            else:
                fh.writelines(text)
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
