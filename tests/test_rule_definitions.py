"""Rule metadata is checked when a rule class is defined, and every rule is fully documented."""

from __future__ import annotations

import pytest

from lint.rules import Rule, RuleDefinitionError, registry
from lint.rules.base import DOC_SECTIONS

FULL_DOC = """Finds something.

## What it does
x
## Why it matters
x
## Example
x
## Use instead
x
## Options
None.
"""


def _define(code: str, name: str, doc: str = FULL_DOC, severity: str = "error") -> type[Rule]:
    return type("Probe", (Rule,), {"__doc__": doc, "code": code, "name": name, "severity": severity})


def test_every_rule_is_documented_and_unique() -> None:
    rules = registry.all_rules()
    assert len({r.code for r in rules}) == len(rules)
    assert len({r.name for r in rules}) == len(rules)
    for r in rules:
        sections = r.doc_sections()
        assert all(sections.get(s) for s in DOC_SECTIONS), r.name
        assert r.summary.endswith("."), r.name


@pytest.mark.parametrize(
    ("code", "name", "doc", "severity", "problem"),
    [
        ("CIT001", "another-rule", FULL_DOC, "error", "already used"),
        ("CIT999", "uncited-claim", FULL_DOC, "error", "already used"),
        ("X1", "probe-rule", FULL_DOC, "error", "is not like CIT001"),
        ("CIT998", "Probe_Rule", FULL_DOC, "error", "kebab-case"),
        ("CIT997", "probe-rule", FULL_DOC, "fatal", "severity"),
        ("CIT996", "probe-rule", FULL_DOC.replace("## Options\nNone.\n", ""), "error", "Options"),
    ],
)
def test_bad_rule_definitions_fail_at_once(code: str, name: str, doc: str, severity: str, problem: str) -> None:
    with pytest.raises(RuleDefinitionError, match=problem):
        _define(code, name, doc, severity)


def test_selectors() -> None:
    assert registry.resolve("uncited-claim") == {"uncited-claim"}
    assert registry.resolve("cit001") == {"uncited-claim"}
    assert "uncited-claim" in registry.resolve("CIT")
    assert registry.resolve("ALL") == {r.name for r in registry.all_rules()}
    assert registry.resolve("nothing-like-this") == set()


def test_a_fix_is_declared_and_documented_together() -> None:
    attrs = {"code": "CIT995", "name": "probe-fix-rule", "severity": "error"}
    with pytest.raises(RuleDefinitionError, match="## Fix"):
        type("Probe", (Rule,), {**attrs, "__doc__": FULL_DOC, "fix_applicability": "safe"})
    with pytest.raises(RuleDefinitionError, match="## Fix"):
        type("Probe", (Rule,), {**attrs, "__doc__": FULL_DOC + "## Fix\nSafe.\n"})
    fixable = [r for r in registry.all_rules() if r.fix_applicability]
    assert {r.name for r in fixable} >= {"citation-order", "duplicate-source", "malformed-citation", "unused-source"}
    assert all(r.doc_sections()["Fix"].split()[0] in ("Safe", "Unsafe") for r in fixable)
    assert all(r.doc_sections()["Fix"].startswith(r.fix_applicability.capitalize()) for r in fixable)  # type: ignore[union-attr]
