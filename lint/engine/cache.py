"""The result cache: one checked file's report, kept under a key of its text, the settings and medlint's version."""

from __future__ import annotations

import contextlib
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
    """What every file's key shares: medlint's version, the resolved config, the rules that run and the date they need."""
    parts = {
        "version": __version__,
        "config": config.model_dump(mode="json"),
        "rules": sorted(selected),
        "input_format": input_format,
        "with_claims": with_claims,
        "today": today.isoformat() if selected & DATE_RULES else None,
    }
    return hashlib.sha256(json.dumps(parts, sort_keys=True, default=str).encode()).hexdigest()


class ResultCache:
    """Reports by file key in ``folder``; an unreadable or corrupt entry is a miss, never an error."""

    def __init__(self, folder: Path, settings: str) -> None:
        self.folder = folder
        self.settings = settings
        self.hits = 0
        self.misses = 0
        self._ready = False

    def key(self, path: str, input_format: str | None, text: str) -> str:
        # the path is part of the key: per-file ignores and the report's own path depend on it
        digest = hashlib.sha256()
        for part in (self.settings, path, input_format or "", text):
            digest.update(part.encode("utf-8", "surrogatepass"))
            digest.update(b"\0")
        return digest.hexdigest()

    def _entry(self, key: str) -> Path:
        return self.folder / __version__ / key[:2] / f"{key}.json"

    def get(self, key: str) -> FileReport | None:
        try:
            data = self._entry(key).read_bytes()
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
