"""The verification cache: SQLite on disk, each answer kept for as long as its kind may be trusted."""

from __future__ import annotations

import json
import sqlite3
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from lint import __version__

SCHEMA = 1
FILE_NAME = "verify.sqlite3"


def default_cache_dir() -> Path:
    """The user's cache folder for medlint (`~/.cache/medlint` on Linux)."""
    return Path(platformdirs.user_cache_dir("medlint", appauthor=False))


@dataclass(frozen=True)
class Hit:
    value: dict[str, object]
    fresh: bool  # within the time it is trusted online; otherwise only offline runs use it


class Cache:
    """Answers by (kind, key); transient failures are never written, so they are asked again next run."""

    def __init__(self, folder: Path | None) -> None:
        """A cache in ``folder``; None keeps it in memory for this run only."""
        if folder is not None:
            folder.mkdir(parents=True, exist_ok=True)
            ignore = folder / ".gitignore"
            if not ignore.exists():
                # a cache inside a project must not be committed
                ignore.write_text("# created by medlint\n*\n", encoding="utf-8")
        self.path = folder / FILE_NAME if folder is not None else None
        self._lock = threading.Lock()
        self._db = sqlite3.connect(self.path or ":memory:", check_same_thread=False, timeout=10)
        with self._lock, self._db:
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute(
                "CREATE TABLE IF NOT EXISTS answers (kind TEXT, key TEXT, value TEXT, checked REAL, "
                "fresh_until REAL, keep_until REAL, PRIMARY KEY (kind, key))"
            )
            self._db.execute("CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT)")
            row = self._db.execute("SELECT value FROM meta WHERE name = 'schema'").fetchone()
            if row is None or row[0] != str(SCHEMA):
                # another layout of the answers: start again rather than misread them
                self._db.execute("DELETE FROM answers")
                self._db.execute("INSERT OR REPLACE INTO meta VALUES ('schema', ?)", (str(SCHEMA),))
                self._db.execute("INSERT OR REPLACE INTO meta VALUES ('version', ?)", (__version__,))

    @classmethod
    def open(cls, folder: Path) -> tuple[Cache, str | None]:
        """The cache in ``folder``, or one in memory and why, when the folder cannot be used."""
        try:
            return cls(folder), None
        except (OSError, sqlite3.Error) as exc:
            return cls(None), f"the verification cache in {folder} cannot be used ({exc}); nothing is kept"

    def get(self, kind: str, key: str, now: float | None = None) -> Hit | None:
        now = time.time() if now is None else now
        with self._lock:
            row = self._db.execute(
                "SELECT value, fresh_until, keep_until FROM answers WHERE kind = ? AND key = ?", (kind, key)
            ).fetchone()
        if row is None or row[2] < now:
            return None
        return Hit(json.loads(row[0]), row[1] >= now)

    def put_many(self, rows: list[tuple[str, str, dict[str, object], float, float]], now: float | None = None) -> None:
        """Store (kind, key, value, trusted-for seconds, kept-for seconds) rows in one transaction."""
        now = time.time() if now is None else now
        with self._lock, self._db:
            self._db.executemany(
                "INSERT OR REPLACE INTO answers VALUES (?, ?, ?, ?, ?, ?)",
                [
                    (kind, key, json.dumps(value, default=str), now, now + fresh, now + max(fresh, keep))
                    for kind, key, value, fresh, keep in rows
                ],
            )

    def close(self) -> None:
        with self._lock:
            self._db.close()
