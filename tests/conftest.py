"""Shared test helpers: run medlint on a text with chosen rules and a fixed date."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from lint.config import Config, config_from_mapping
from lint.engine import Engine, Options
from lint.inputs import Input
from lint.model import FileReport

ROOT = Path(__file__).resolve().parent.parent
TODAY = date(2026, 11, 22)


def run_text(
    text: str,
    *,
    fmt: str = "markdown",
    select: list[str] | None = None,
    config: dict[str, Any] | None = None,
    today: date = TODAY,
    path: str = "article.md",
) -> FileReport:
    cfg = config_from_mapping(config or {}) if config else Config()
    engine = Engine(cfg, Options(select=select, today=today))
    return next(engine.check_inputs([Input(path, text, fmt)])).report  # type: ignore[arg-type]
