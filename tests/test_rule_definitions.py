"""Rule metadata is checked when a rule class is defined, and every rule is fully documented."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from lint.rules import Rule, RuleDefinitionError, registry
from lint.rules.base import DOC_SECTIONS, parse_doc

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


@pytest.fixture
def fresh_registry(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A rule defined in a test registers in a copy of the tables, so the other tests never see it."""
    registry.all_rules()
    for table in ("_BY_NAME", "_BY_CODE", "_ALIASES", "_CODE_OF", "_NAME_OF", "_TABLE_ALIASES"):
        monkeypatch.setattr(registry, table, dict(getattr(registry, table)))
    yield


@pytest.mark.parametrize("severity", ["error", "warning", "info"])
def test_a_well_declared_rule_is_registered_and_selectable(fresh_registry: None, severity: str) -> None:
    probe = _define("CIT990", "probe-rule", severity=severity)
    assert registry.get("CIT990") is probe
    assert registry.resolve("probe-rule") == {"probe-rule"}
    assert probe.summary == "Finds something."  # what `medlint rules` shows beside its code


def test_definition_errors_say_what_is_missing() -> None:
    with pytest.raises(RuleDefinitionError, match=r"^Probe: missing class attribute 'severity'$"):
        type("Probe", (Rule,), {"__doc__": FULL_DOC, "code": "CIT994", "name": "probe-rule"})
    partial = FULL_DOC.split("## Example")[0]
    with pytest.raises(RuleDefinitionError, match=r"lacks section\(s\) Example, Use instead, Options$"):
        _define("CIT993", "probe-rule", partial)
    # a rule with no docstring at all is a definition error too, not a crash while reading it
    with pytest.raises(RuleDefinitionError, match=r"lacks section\(s\) What it does, Why it matters, Example"):
        type("Probe", (Rule,), {"code": "CIT992", "name": "probe-rule", "severity": "error"})
    with pytest.raises(RuleDefinitionError, match=r"'## Fix' section, and only such a rule$"):
        _define("CIT991", "probe-rule", FULL_DOC + "## Fix\nSafe.\n")


def test_a_section_may_follow_the_summary_line_directly() -> None:
    sections = parse_doc("Finds something.\n## What it does\nLooks.\n## Options\nNone.")
    assert sections == {"summary": "Finds something.", "What it does": "Looks.", "Options": "None."}
