"""The result cache: one checked file's report, kept under a key of its text, the settings and medlint's version."""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import os
import shutil
import tempfile
from datetime import date
from pathlib import Path

from pydantic import ValidationError

from lint import __version__
from lint.config import Config
from lint.model import FileReport

CACHE_DIR_NAME = ".medlint_cache"
PACKAGE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))  # the installed `lint` package
# rules whose answer changes with today's date: a key holds the date only when one of them runs
DATE_RULES = frozenset({"stale-review", "future-date", "outdated-source"})


def default_dir(config: Config) -> Path:
    """`.medlint_cache/` at the project root (the folder of the config file, else the working folder)."""
    return config.root / CACHE_DIR_NAME


def settings_key(
    config: Config,
    selected: set[str],
    *,
    today: date,
    input_format: str | None,
    with_claims: bool,
) -> str:
    """What every file's key shares: medlint's version and files, the resolved config, the rules that run, the date they need."""
    parts = {
        "version": __version__,
        "code": code_stamp(),
        "config": config.model_dump(mode="json"),
        "rules": sorted(selected),
        "input_format": input_format,
        "with_claims": with_claims,
        "today": today.isoformat() if selected & DATE_RULES else None,
    }
    return hashlib.sha256(json.dumps(parts, sort_keys=True, default=str).encode()).hexdigest()


@functools.cache
def code_stamp() -> str:
    """medlint's own files as installed, once per run: an edited checkout is a new version."""
    return package_stamp(PACKAGE)


def package_stamp(package: str) -> str:
    """The name, size and modification time of every file of ``package`` (compiled bytecode aside), hashed."""
    stamp = hashlib.sha256()
    for here, dirs, files in os.walk(package):
        dirs[:] = sorted(d for d in dirs if d != "__pycache__")
        for name in sorted(files):
            if name.endswith((".pyc", ".pyo")):
                continue
            path = os.path.join(here, name)
            with contextlib.suppress(OSError):
                info = os.stat(path)
                stamp.update(f"{os.path.relpath(path, package)}\0{info.st_size}\0{info.st_mtime_ns}\n".encode())
    return stamp.hexdigest()


class ResultCache:
    """Reports by file key in ``folder``; an unreadable or corrupt entry is a miss, never an error."""

    def __init__(self, folder: Path, settings: str) -> None:
        self.folder = folder
        self.settings = settings
        self.hits = 0
        self.misses = 0
        self._ready = False
        self._entries: str | None = None  # the folder of this version's entries

    def key(self, path: str, input_format: str | None, text: str) -> str:
        # the path is part of the key: per-file ignores and the report's own path depend on it
        digest = hashlib.sha256()
        for part in (self.settings, path, input_format or "", text):
            digest.update(part.encode("utf-8", "surrogatepass"))
            digest.update(b"\0")
        return digest.hexdigest()

    def _entry(self, key: str) -> Path:
        return Path(self._entry_name(key))

    def _entry_name(self, key: str) -> str:
        if self._entries is None:
            self._entries = os.path.join(self.folder, __version__)
        return f"{self._entries}{os.sep}{key[:2]}{os.sep}{key}.json"

    def get(self, key: str) -> FileReport | None:
        try:
            with open(self._entry_name(key), "rb") as entry:
                data = entry.read()
            report = FileReport.model_validate_json(data)
        except (OSError, ValueError, ValidationError):
            self.misses += 1
            return None
        self.hits += 1
        return report

    def put(self, key: str, report: FileReport) -> None:
        """Write atomically (a reader sees the old entry or the new one, never half); a write that fails is skipped."""
        entry = self._entry(key)
        try:
            self._prepare()
            entry.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=entry.parent, prefix=".tmp-", suffix=".json")
            try:
                with os.fdopen(fd, "wb") as out:
                    out.write(report.model_dump_json().encode())
                os.replace(tmp, entry)
            except BaseException:
                with contextlib.suppress(OSError):
                    os.unlink(tmp)
                raise
        except OSError:
            pass  # a read-only checkout still lints, uncached

    def _prepare(self) -> None:
        if self._ready:
            return
        self.folder.mkdir(parents=True, exist_ok=True)
        ignore = self.folder / ".gitignore"
        if not ignore.exists():
            # like ruff's cache: git never sees the folder, whatever the project's own .gitignore says
            ignore.write_text("# Automatically created by medlint.\n*\n", encoding="utf-8")
        self._ready = True


def clean(folder: Path) -> bool:
    """Remove the result cache folder; True when there was one."""
    if not folder.is_dir():
        return False
    shutil.rmtree(folder)
    return True
