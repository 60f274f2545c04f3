"""The run: the engine, suppressions, the baseline and what CI adds (changed files, progress)."""

from lint.engine.engine import Checked, Engine, Options
from lint.engine.results import summarize

__all__ = ["Checked", "Engine", "Options", "summarize"]
