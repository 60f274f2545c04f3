"""A progress bar for source verification, drawn on a terminal's stderr as requests finish."""

from __future__ import annotations

import sys
import threading
from typing import Any

import click


class TerminalProgress:
    """Called with (done, total) from worker threads; draws one click progress bar."""

    def __init__(self) -> None:
        self._bar: Any = None
        self._lock = threading.Lock()
        self._shown = 0

    def __call__(self, done: int, total: int) -> None:
        with self._lock:
            if self._bar is None:
                self._bar = click.progressbar(length=total, label="Verifying sources", file=sys.stderr, show_pos=True)
                self._bar.__enter__()
            self._bar.update(done - self._shown)
            self._shown = done
            if done >= total:
                self._bar.__exit__(None, None, None)
