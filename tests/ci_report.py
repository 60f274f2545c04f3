"""One fixed Report, built by hand, that every CI reporter's golden file and consumer test renders.

It carries what breaks careless reporters: a path with a space and an ampersand, a message with
`|`, `<script>`, `%`, `:`, `,`, a newline and a form feed, a multi-line finding, an info finding,
a parse error and a clean article.
"""

from __future__ import annotations

from pathlib import Path

from lint.engine import summarize
from lint.model import FileReport, Finding, Report, Stats, ToolInfo
from lint.report import RenderOptions
from tests import conftest

GOLDEN = Path(__file__).parent / "golden" / "report"

COLDS = """\
---
title: Colds & flu
---

# Colds & flu

About 80% of adults | children catch <script>alert(1)</script> two colds a year.

Zinc lozenges shorten colds by 33%, say trials: see [7].
Most people recover
within ten days.
"""

TEXTS = {
    "articles/colds & flu.md": COLDS,
    "articles/flu.md": "# Flu\n\nNothing to report.\n",
    "articles/zinc.md": "# Zinc\n\n<!-- medlint-disable-next-line CIT001 -->\nZinc is a mineral.\n",
}


def finding(rule: str, code: str, severity: str, message: str, *at: int, kind: str | None = None) -> Finding:
    line, column, end_line, end_column = at
    return Finding(
        rule=rule,
        code=code,
        severity=severity,  # type: ignore[arg-type]
        message=message,
        line=line,
        column=column,
        end_line=end_line,
        end_column=end_column,
        claim_kind=kind,  # type: ignore[arg-type]
        fingerprint=f"{code.lower()}{line:04d}{column:04d}",
    )


def fixed_report() -> Report:
    colds = FileReport(
        path="articles/colds & flu.md",
        format="markdown",
        stats=Stats(sentences=4, claims=3, cited_claims=1, citation_coverage=0.3333, sources=0, markers=1),
        findings=[
            finding(
                "uncited-claim",
                "CIT001",
                "error",
                'Statistic claim has no source: "About 80% of adults | children catch <script>alert(1)</script> '
                'two colds a year."; add a citation marker',
                7,
                1,
                7,
                81,
                kind="statistic",
            ),
            finding(
                "unresolved-citation",
                "CIT002",
                "error",
                "Citation [7] matches no source entry: 50%, see below\nsecond line\x0c",
                9,
                53,
                9,
                56,
            ),
            finding("uncited-claim", "CIT001", "warning", "General claim has no source", 10, 1, 11, 17, kind="general"),
        ],
    )
    zinc = FileReport(
        path="articles/zinc.md",
        format="markdown",
        stats=Stats(sentences=1, claims=0),
        findings=[
            finding(
                "unused-suppression",
                "MED002",
                "info",
                "`medlint-disable-next-line` CIT001 suppresses nothing",
                3,
                1,
                3,
                44,
            ),
        ],
    )
    broken = FileReport(
        path="articles/broken.md",
        format="markdown",
        findings=[
            finding("parse-error", "MED001", "error", "not valid UTF-8 (byte 12); save the file as UTF-8", 1, 1, 1, 1)
        ],
    )
    flu = FileReport(path="articles/flu.md", format="markdown", stats=Stats(sentences=1))
    files = sorted([colds, zinc, broken, flu], key=lambda f: f.path)
    summary = summarize(files).model_copy(update={"fixed": 2})
    return Report(tool=ToolInfo(version="0.1.0"), files=files, summary=summary)


def options(**kwargs: object) -> RenderOptions:
    return RenderOptions(texts=TEXTS, **kwargs)  # type: ignore[arg-type]


def check_golden(name: str, got: str) -> None:
    conftest.check_golden(GOLDEN / name, got)
