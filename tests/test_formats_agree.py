"""The same article as Markdown, page text and HTML gives the same findings, apart from format-only ones."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from tests.conftest import run_text
from tests.page_dump import PAGES

SAME = PAGES / "same"
# only a published page prints backlinks (`^ab`), so only it can show a backlink mismatch
FORMAT_ONLY = {"backlink-mismatch"}


def _findings(name: str, fmt: str) -> Counter[tuple[str, str]]:
    report = run_text((SAME / name).read_text(encoding="utf-8"), fmt=fmt, path=name)
    # the same finding in another format differs only in its line numbers
    return Counter(
        (f.rule, re.sub(r"\bline \d+", "line N", f.message)) for f in report.findings if f.rule not in FORMAT_ONLY
    )


@pytest.mark.parametrize(("name", "fmt"), [("dry-mouth.txt", "text"), ("dry-mouth.html", "html")])
def test_same_findings_as_markdown(name: str, fmt: str) -> None:
    markdown = _findings("dry-mouth.md", "markdown")
    assert {rule for rule, _ in markdown} >= {
        "uncited-claim",
        "unresolved-citation",
        "empty-section",
        "duplicate-source",
    }
    assert _findings(name, fmt) == markdown


@pytest.mark.parametrize(("name", "fmt"), [("dry-mouth.txt", "text"), ("dry-mouth.html", "html")])
def test_same_article_metadata(name: str, fmt: str) -> None:
    markdown = run_text((SAME / "dry-mouth.md").read_text(encoding="utf-8"), path="dry-mouth.md").article
    other = run_text((SAME / name).read_text(encoding="utf-8"), fmt=fmt, path=name).article
    assert other.title == markdown.title
    assert [a.name for a in other.authors] == [a.name for a in markdown.authors]
    assert other.reviewer == markdown.reviewer
    assert (other.published, other.updated) == (markdown.published, markdown.updated)


def test_same_claims_and_markers() -> None:
    stats = {
        fmt: run_text((SAME / f"dry-mouth.{ext}").read_text(encoding="utf-8"), fmt=fmt, path=f"x.{ext}").stats
        for fmt, ext in (("markdown", "md"), ("text", "txt"), ("html", "html"))
    }
    assert stats["text"] == stats["markdown"] == stats["html"]
