"""Runs every rule's pass and fail cases from tests/rules/*.yml (one parametrized test, cases as data).

A case file names its rule and lists cases::

    rule: uncited-claim
    cases:
      - name: a statistic with no marker
        format: markdown          # markdown (default), text or html
        config: {citation_scope: sentence}   # optional [tool.medlint] keys
        today: 2026-11-22         # optional, for date rules
        answers:                  # optional, verification rules: what the services answered (links, dois, pmids)
          links: {"https://example.org/a": {outcome: dead, http_status: 404}}
        input: |
          ...
        expect:                   # every finding of the rule, in order; [] for a pass case
          - {line: 3, column: 1}
          - {line: 9, column: 4, end_line: 9, end_column: 8, message: "substring", claim_kind: statistic,
             severity: error}
        fixed: |                  # optional: the input after `--fix` with this rule alone
          ...
        unsafe: true              # optional: `--unsafe-fixes` too
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml

from lint.rules import registry
from tests.conftest import TODAY, run_text

CASE_DIR = Path(__file__).parent / "rules"


def _cases() -> list[Any]:
    params = []
    for path in sorted(CASE_DIR.glob("*.yml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for case in data["cases"]:
            params.append(pytest.param(data["rule"], case, id=f"{path.stem}: {case['name']}"))
    return params


@pytest.mark.parametrize(("rule", "case"), _cases())
def test_rule_case(rule: str, case: dict[str, Any], tmp_path: Path) -> None:
    assert registry.get(rule) is not None, f"unknown rule {rule}"
    if "answers" in case:
        from tests.verify_answers import seed_cache

        config = case.get("config") or {}
        verify = {**config.get("verify", {}), **seed_cache(tmp_path, case["answers"])}
        case = {**case, "config": {**config, "verify": verify}}
    today = case.get("today", TODAY)
    if isinstance(today, str):
        today = date.fromisoformat(today)
    report = run_text(
        case["input"],
        fmt=case.get("format", "markdown"),
        select=[rule],
        config=case.get("config"),
        today=today,
        path={"markdown": "article.md", "text": "article.txt", "html": "article.html"}[case.get("format", "markdown")],
    )
    got = [f for f in report.findings if f.rule == registry.get(rule).name]  # type: ignore[union-attr]
    expected = case["expect"] or []
    assert [(f.line, f.column) for f in got] == [(e["line"], e["column"]) for e in expected], [
        f"{f.line}:{f.column} {f.message}" for f in got
    ]
    for finding, exp in zip(got, expected, strict=True):
        if "end_line" in exp:
            assert (finding.end_line, finding.end_column) == (exp["end_line"], exp["end_column"])
        if "message" in exp:
            assert exp["message"] in finding.message, finding.message
        if "claim_kind" in exp:
            assert finding.claim_kind == exp["claim_kind"]
        if "severity" in exp:
            assert finding.severity == exp["severity"], finding.message
    if "fixed" in case:
        assert fixed_text(rule, case, today) == case["fixed"]


def fixed_text(rule: str, case: dict[str, Any], today: date) -> str:
    from lint.config import Config, config_from_mapping
    from lint.engine import Engine, Options
    from lint.engine.fixer import fix_text
    from lint.fix import RawText

    config = config_from_mapping(case["config"]) if case.get("config") else Config()
    engine = Engine(config, Options(select=[rule], today=today))
    return fix_text(engine, "article.md", RawText(case["input"]), unsafe=case.get("unsafe", False)).after.raw


def test_every_rule_has_pass_and_fail_cases() -> None:
    covered: dict[str, set[bool]] = {}
    for path in CASE_DIR.glob("*.yml"):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        name = registry.get(data["rule"]).name  # type: ignore[union-attr]
        for case in data["cases"]:
            covered.setdefault(name, set()).add(bool(case["expect"]))
    # no article makes a correct rule fail: rule-error is tested by making one fail (test_engine_errors.py)
    missing = [r.name for r in registry.all_rules() if covered.get(r.name) != {True, False} and r.name != "rule-error"]
    assert not missing, f"rules without both pass and fail cases: {missing}"
