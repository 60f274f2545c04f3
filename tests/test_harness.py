"""The test helpers themselves: a raising rule fails the test that ran it, and golden updates never pass silently."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from lint.rules.base import Context
from lint.rules.sources import UnusedSource
from tests import conftest
from tests.conftest import RuleCrashed, run_text

ARTICLE = "Iron tablets often cause constipation. [1]\n\n## Sources\n\n1. [Iron](https://example.org/iron)\n"


def _broken(self: UnusedSource, ctx: Context) -> Iterator[object]:
    raise RuntimeError("boom")


def test_a_raising_rule_escapes_the_engine_even_when_rule_error_is_not_selected(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(UnusedSource, "check", conftest._raising(_broken))
    with pytest.raises(RuleCrashed, match="unused-source raised RuntimeError: boom"):
        run_text(ARTICLE, select=["unused-source"])


@pytest.mark.rule_errors_reported
def test_run_text_fails_on_a_rule_error_when_rules_do_not_raise(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(UnusedSource, "check", _broken)
    with pytest.raises(AssertionError, match="unused-source failed on this file"):
        run_text(ARTICLE, select=["unused-source"])


def test_updating_a_golden_file_rewrites_it_and_fails(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    golden = tmp_path / "out.txt"
    golden.write_text("old\n", encoding="utf-8")
    with pytest.raises(AssertionError, match=r"out\.txt differs"):
        conftest.check_golden(golden, "new\n")
    monkeypatch.setenv("MEDLINT_UPDATE_GOLDEN", "1")
    with pytest.raises(pytest.fail.Exception, match=r"rewrote out\.txt"):
        conftest.check_golden(golden, "new\n")
    assert golden.read_text(encoding="utf-8") == "new\n"
    conftest.check_golden(golden, "new\n")  # unchanged: passes, writes nothing
