"""Writing a fixed file: atomically, never through a symbolic link, never over a change made since it was read."""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from pathlib import Path

from lint.fix.text import RawText


class NotWritten(OSError):
    """A fixed file that was left as it was; the message says why."""


class FileChanged(NotWritten):
    """The file changed on disk between reading and writing: someone else's edit wins."""


def _read_no_follow(path: Path) -> bytes:
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        if path.is_symlink():
            raise NotWritten(f"{path}: is a symbolic link; medlint does not fix through links") from exc
        raise
    with os.fdopen(fd, "rb") as fh:
        return fh.read()


def read_for_fix(path: Path) -> tuple[bytes, RawText]:
    """The file's bytes (to compare before writing) and its text; refuses links and files that are not UTF-8."""
    if path.is_symlink():
        raise NotWritten(f"{path}: is a symbolic link; medlint does not fix through links")
    data = _read_no_follow(path)
    try:
        return data, RawText.decode(data)
    except UnicodeDecodeError as exc:
        raise NotWritten(f"{path}: not valid UTF-8, not fixed") from exc


def write_fixed(path: Path, original: bytes, fixed: bytes) -> None:
    """Replace ``path`` with ``fixed`` in one step, if it still holds ``original`` and is a regular file, not a link."""
    info = os.lstat(path)
    if stat.S_ISLNK(info.st_mode):
        raise NotWritten(f"{path}: is a symbolic link; medlint does not fix through links")
    if not stat.S_ISREG(info.st_mode):
        raise NotWritten(f"{path}: not a regular file")
    if _read_no_follow(path) != original:
        raise FileChanged(f"{path}: changed on disk since medlint read it; not written, run again")
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".medlint", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(fixed)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, stat.S_IMODE(info.st_mode))
        # the last look before the swap: an editor that saved meanwhile keeps its text
        if _read_no_follow(path) != original:
            raise FileChanged(f"{path}: changed on disk since medlint read it; not written, run again")
        os.replace(tmp, path)  # replaces the directory entry itself, so a link put there now is not followed
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
