"""A claim counts as cited only when a marker that resolves covers it: broken markers show in stats and reports."""

from __future__ import annotations

from lint.config import Config
from lint.engine import Engine, Options
from lint.io.inputs import Input
from lint.report.text import summary_line
from tests.conftest import TODAY

ARTICLE = """# Gout

Gout flares often start at night in the big toe. [1]

Cherries may lower the risk of a flare in some people. [7]

Losing weight slowly lowers uric acid over several months. [1.]

Fasting for a long time can set off a flare. [1] [9]

Flares usually settle within a week or two without treatment.

## Sources

1. [Gout](https://www.nhs.uk/conditions/gout/)
"""


def _check(text: str = ARTICLE):  # type: ignore[no-untyped-def]
    engine = Engine(Config(), Options(today=TODAY, with_claims=True))
    checked = next(engine.check_inputs([Input("gout.md", text, "markdown")]))
    return engine, checked


def test_a_claim_whose_only_markers_are_broken_is_broken_not_cited() -> None:
    _, checked = _check()
    stats = checked.report.stats
    # an unresolved [7] and a malformed [1.] leave their claims broken; [1] [9] still leads to entry 1
    assert (stats.claims, stats.cited_claims, stats.broken_claims) == (5, 2, 2)
    assert stats.citation_coverage == 0.4


def test_the_claims_report_gives_each_claim_its_state() -> None:
    _, checked = _check()
    states = {c.text.split(" [")[0]: c.status for c in checked.report.claims or []}
    assert states == {
        "Gout flares often start at night in the big toe.": "cited",
        "Cherries may lower the risk of a flare in some people.": "broken",
        "Losing weight slowly lowers uric acid over several months.": "broken",
        "Fasting for a long time can set off a flare.": "cited",
        "Flares usually settle within a week or two without treatment.": "uncited",
    }
    assert [c.cited for c in checked.report.claims or []] == [True, False, False, True, False]


def test_the_summary_line_names_broken_claims() -> None:
    engine, checked = _check()
    line = summary_line(engine.report([checked.report]).summary)
    assert line.endswith("5 claims, 2 cited, 2 with broken markers (40.0% citation coverage)")
