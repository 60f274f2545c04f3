"""The reviewer-report fixtures: four small articles checked with a fixed set of rules and a fixed date."""

from __future__ import annotations

from pathlib import Path

from lint.config import Config
from lint.engine import Engine, Options
from lint.io.inputs import Input
from lint.model import Report
from tests.conftest import TODAY

FIXTURES = Path(__file__).parent / "fixtures" / "report"
# the rules these fixtures were written for; rules added later must not change what the tests expect
SELECT = ["CIT001", "CIT002", "SRC001", "SRC002", "SRC003", "SRC004", "STR001", "STR002", "STR003", "MED001"]
# what a parser that keeps link targets as written (an HTML page, say) would hand the report
HOSTILE_URLS = {
    "1": "javascript:window.__pwned='href'",
    "2": " JaVa\tScRiPt:window.__pwned='href2'",
}


def check_fixtures(paths: list[Path] | None = None, *, with_claims: bool = True) -> Report:
    engine = Engine(Config(), Options(select=SELECT, today=TODAY, with_claims=with_claims))
    inputs = [
        Input(path.relative_to(FIXTURES.parent.parent.parent).as_posix(), path.read_text(encoding="utf-8"), "markdown")
        for path in paths or sorted(FIXTURES.glob("*.md"))
    ]
    return engine.report(c.report for c in engine.check_inputs(inputs))  # type: ignore[arg-type]


def with_hostile_urls(report: Report) -> Report:
    """The report with `javascript:` URLs put into the injection article's source entries."""
    files = []
    for file in report.files:
        if file.path.endswith("injection.md") and file.sources is not None:
            sources = [s.model_copy(update={"url": HOSTILE_URLS.get(s.id, s.url)}) for s in file.sources]
            file = file.model_copy(update={"sources": sources})
        files.append(file)
    return report.model_copy(update={"files": files})
