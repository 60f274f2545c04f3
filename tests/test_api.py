"""The Python API a CMS hook or notebook uses, without a subprocess."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from lint import check_paths, check_text
from lint.model import FileReport, Report

ROOT = Path(__file__).resolve().parent.parent


def test_check_text_returns_findings_with_places() -> None:
    result = check_text("Iron tablets often cause constipation.\n", path="draft.md", select=["uncited-claim"])
    assert isinstance(result, FileReport)
    assert [(f.rule, f.line, f.column, f.end_column) for f in result.findings] == [("uncited-claim", 1, 1, 39)]
    assert result.stats.claims == 1 and result.stats.citation_coverage == 0.0


def test_check_paths_reports_every_file_sorted() -> None:
    report = check_paths([str(ROOT / "tests/fixtures/articles")], select=["SRC"])
    assert isinstance(report, Report)
    names = [Path(f.path).name for f in report.files]
    assert names == sorted(names) and "defects.md" in names
    assert report.summary.files == len(names)
    assert report.summary.errors == sum(1 for f in report.files for x in f.findings if x.severity == "error")


def test_the_article_says_when_it_was_last_reviewed_apart_from_its_update() -> None:
    reviewed = check_text("---\ntitle: Gout\nlast_reviewed: 2025-03-01\n---\n\nRest helps.\n", path="gout.md")
    assert (reviewed.article.reviewed, reviewed.article.updated) == (date(2025, 3, 1), date(2025, 3, 1))
    updated = check_text("---\ntitle: Gout\nupdated: 2025-04-01\n---\n\nRest helps.\n", path="gout.md")
    assert (updated.article.reviewed, updated.article.updated) == (None, date(2025, 4, 1))
    page = check_text("Gout\n\nLast reviewed: 3 May 2024\n\nRest helps.\n", path="gout.txt", format="text")
    assert page.article.reviewed == date(2024, 5, 3)
