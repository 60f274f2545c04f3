"""The Python API a CMS hook or notebook uses, without a subprocess."""

from __future__ import annotations

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
