"""The per-file time budget (`file_timeout`): a file that takes longer is stopped, reported, and the run goes on."""

from __future__ import annotations

import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager


class FileTimeout(BaseException):
    """Raised inside a file's parse, analysis or rules when its budget is spent.

    A BaseException, so the `except Exception` that turns a parser's or a rule's bug into a finding
    cannot swallow it and let the file run on.
    """


class Budget:
    """The time left for one file; ``check()`` between stages is the fallback where no alarm can interrupt."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.ends = time.monotonic() + seconds if seconds > 0 else None

    def check(self) -> None:
        if self.ends is not None and time.monotonic() > self.ends:
            raise FileTimeout


def _can_alarm() -> bool:
    # signals reach only the main thread, and Windows has no SIGALRM
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


@contextmanager
def deadline(seconds: float) -> Iterator[Budget]:
    """Run the body with ``seconds`` to spare (0: no limit).

    Where it can, a SIGALRM timer interrupts whatever Python code is running (a parser, a regular
    expression, a rule); elsewhere the engine calls ``Budget.check()`` between stages and rules.
    """
    budget = Budget(seconds)
    if seconds <= 0 or not _can_alarm():
        yield budget
        return

    def on_alarm(signum: int, frame: object) -> None:
        raise FileTimeout

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield budget
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
