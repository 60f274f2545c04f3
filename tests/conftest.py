"""Shared test helpers: run medlint on a text with chosen rules and a fixed date."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from lint.config import Config, config_from_mapping
from lint.engine import Engine, Options
from lint.io.inputs import Input
from lint.model import FileReport

ROOT = Path(__file__).resolve().parent.parent
TODAY = date(2026, 11, 22)


@pytest.fixture(autouse=True)
def _no_result_cache(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every CLI run checks afresh unless a test asks for the result cache (a rule monkeypatched in one test
    must not be answered from another test's cache)."""
    monkeypatch.setenv("MEDLINT_NO_CACHE", "1")


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


def check_golden(path: Path, actual: str) -> None:
    """Compare with a golden file; MEDLINT_UPDATE_GOLDEN=1 rewrites it (review the diff before committing)."""
    if os.environ.get("MEDLINT_UPDATE_GOLDEN"):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(actual, encoding="utf-8")
    assert path.is_file(), f"missing golden file {path}; run with MEDLINT_UPDATE_GOLDEN=1"
    assert actual == path.read_text(encoding="utf-8"), (
        f"{path.name} differs; rerun with MEDLINT_UPDATE_GOLDEN=1 if intended"
    )
