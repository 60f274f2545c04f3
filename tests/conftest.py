"""Shared test helpers: run medlint on a text with chosen rules and a fixed date; a rule that raises fails its test."""

from __future__ import annotations

import functools
import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from lint.config import Config, config_from_mapping
from lint.engine import Engine, Options
from lint.io.inputs import Input
from lint.model import FileReport
from lint.rules import registry

ROOT = Path(__file__).resolve().parent.parent
TODAY = date(2026, 11, 22)


# a BaseException, so the engine's `except Exception` lets it through
class RuleCrashed(BaseException):
    """A rule raised during a test: the engine would turn it into a rule-error finding that a selection can drop."""


# under mutmut (`nox -s mutate`), the fast tests that kill most mutants run first, so a killed mutant stops early
_FIRST_UNDER_MUTMUT = (
    "test_rule_cases.py",
    "test_offsets.py",
    "test_marker_analysis.py",
    "test_parse_common.py",
    "test_claim_states.py",
)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    if os.environ.get("MUTANT_UNDER_TEST"):
        order = {name: rank for rank, name in enumerate(_FIRST_UNDER_MUTMUT)}
        items.sort(key=lambda item: order.get(item.path.name, len(order)))


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "rule_errors_reported: let the engine report a raising rule as rule-error, as in a real run"
    )


@pytest.fixture(autouse=True)
def _rules_raise(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every rule's exception escapes the engine, whatever rules a test selects and whatever it suppresses."""
    if request.node.get_closest_marker("rule_errors_reported"):
        return
    for rule in registry.all_rules():
        monkeypatch.setattr(rule, "check", _raising(rule.check))


def _raising(check: Any) -> Any:
    @functools.wraps(check)
    def run(self: Any, ctx: Any) -> Iterator[Any]:
        try:
            found = list(check(self, ctx))
        except Exception as exc:
            raise RuleCrashed(f"rule {self.name} raised {type(exc).__name__}: {exc}") from exc
        return iter(found)

    return run


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
    # rule-error is always selected, so a raising rule shows even where the fixture above is switched off
    chosen = None if select is None else [*select, "rule-error"]
    engine = Engine(cfg, Options(select=chosen, today=today))
    report: FileReport = next(engine.check_inputs([Input(path, text, fmt)])).report  # type: ignore[arg-type]
    errors = [f.message for f in report.findings if f.rule == "rule-error"]
    assert not errors, errors
    return report


def check_golden(path: Path, actual: str) -> None:
    """Compare with a golden file; with MEDLINT_UPDATE_GOLDEN=1 a differing file is rewritten and the test fails."""
    if os.environ.get("MEDLINT_UPDATE_GOLDEN") and (not path.is_file() or path.read_text(encoding="utf-8") != actual):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(actual, encoding="utf-8")
        pytest.fail(f"rewrote {path.name}: review the diff, then rerun without MEDLINT_UPDATE_GOLDEN", pytrace=False)
    assert path.is_file(), f"missing golden file {path}; run with MEDLINT_UPDATE_GOLDEN=1 to write it"
    assert actual == path.read_text(encoding="utf-8"), (
        f"{path.name} differs; rerun with MEDLINT_UPDATE_GOLDEN=1 to rewrite it if intended"
    )
