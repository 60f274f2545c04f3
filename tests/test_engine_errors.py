"""A rule that fails on one file is a finding on that file, and every other file is still checked."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from lint.config import Config
from lint.engine import Engine, Options
from lint.io.inputs import Input
from lint.rules.sources import UnusedSource


@pytest.mark.rule_errors_reported
def test_a_failing_rule_is_reported_and_the_run_goes_on(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(self: UnusedSource, ctx: object) -> Iterator[object]:
        raise RuntimeError("boom")

    monkeypatch.setattr(UnusedSource, "check", broken)
    engine = Engine(Config(), Options(select=["unused-source", "uncited-claim", "rule-error"]))
    inputs = [
        Input("a.md", "Iron tablets often cause constipation.\n", "markdown"),
        Input("b.md", "Dehydration is common in older adults.\n", "markdown"),
    ]
    reports = [c.report for c in engine.check_inputs(inputs)]
    assert [r.path for r in reports] == ["a.md", "b.md"]
    for report in reports:
        rules = [(f.rule, f.line) for f in report.findings]
        assert ("rule-error", 1) in rules and ("uncited-claim", 1) in rules
        error = next(f for f in report.findings if f.rule == "rule-error")
        assert "unused-source failed on this file: RuntimeError: boom" in error.message
