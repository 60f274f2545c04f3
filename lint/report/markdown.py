"""A Markdown summary for `$GITHUB_STEP_SUMMARY` and pull-request comments: totals, then a table per article.

Articles and messages quote article text; every cell is escaped so that text cannot end the table,
open a link or inject HTML.
"""

from __future__ import annotations

import html
import re

from lint.model import SEVERITY_RANK, FileReport, Finding, Report
from lint.report import RenderOptions, visible

MAX_ROWS = 50  # per article; a step summary holds at most 1 MiB
_ICONS = {"error": "🔴 error", "warning": "🟠 warning", "info": "🔵 info"}
_MARKDOWN_PUNCTUATION = "\\`*_[]|~"  # what could start emphasis, code, a link or end a cell
# @user and @org/team notify people in a pull-request comment; in a code span they are just text
_MENTION = re.compile(r"(?<![\w`/])@[A-Za-z0-9](?:[A-Za-z0-9-]*)(?:/[A-Za-z0-9._-]+)?")


def escape(text: str) -> str:
    """Plain text that Markdown shows as written, on one line, safe inside a table cell."""
    text = visible(" ".join(text.split()))
    text = html.escape(text, quote=False)  # & < > first, so the backslashes added next stay literal
    text = "".join("\\" + ch if ch in _MARKDOWN_PUNCTUATION else ch for ch in text)
    return _MENTION.sub(lambda m: f"`{m.group(0)}`", text)


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def _counts(findings: list[Finding]) -> str:
    by = {sev: sum(1 for f in findings if f.severity == sev) for sev in ("error", "warning", "info")}
    parts = [_plural(by["error"], "error"), _plural(by["warning"], "warning"), f"{by['info']} info"]
    return ", ".join(parts)


def _claims(file: FileReport) -> str:
    st = file.stats
    return f"{_plural(st.claims, 'claim')}, {st.cited_claims} cited" if st.claims else "no claims"


def _worst_first(file: FileReport) -> tuple[int, int, int, str]:
    sev = [f.severity for f in file.findings]
    return (-sev.count("error"), -sev.count("warning"), -sev.count("info"), file.path)


def render(report: Report, options: RenderOptions) -> str:
    s = report.summary
    out = ["## medlint", ""]
    verdict = "❌" if s.errors else ("⚠️" if s.warnings else "✅")
    totals = (
        f"{verdict} **{_plural(s.errors, 'error')}**, {_plural(s.warnings, 'warning')}, {s.infos} info "
        f"in {s.files_with_findings} of {_plural(s.files, 'article')}; "
        f"{_plural(s.claims, 'claim')}, {s.cited_claims} cited"
        + (f", {s.broken_claims} with broken markers" if s.broken_claims else "")
        + f" ({s.citation_coverage * 100:.1f}% citation coverage)"
    )
    if s.fixed is not None:
        totals += f"; {s.fixed} fixed since the baseline"
    out += [totals, ""]
    with_findings = sorted((f for f in report.files if f.findings), key=_worst_first)
    for file in with_findings:
        out += _table(file)
    clean = [f.path for f in report.files if not f.findings]
    if clean:
        out += [f"<details><summary>{_plural(len(clean), 'article')} with no findings</summary>", ""]
        out += [f"- {escape(p)}" for p in clean]
        out += ["", "</details>", ""]
    return "\n".join(out).rstrip("\n") + "\n"


def _table(file: FileReport) -> list[str]:
    findings = sorted(file.findings, key=lambda f: (-SEVERITY_RANK[f.severity], f.line, f.column, f.code))
    rows = [
        f"### {escape(file.path)}",
        "",
        f"{_counts(findings)}; {_claims(file)}",
        "",
        "| Severity | Line | Rule | Message |",
        "| --- | ---: | --- | --- |",
    ]
    for f in findings[:MAX_ROWS]:
        rows.append(f"| {_ICONS[f.severity]} | {f.line}:{f.column} | {f.code} {escape(f.rule)} | {escape(f.message)} |")
    if len(findings) > MAX_ROWS:
        rows.append(f"| | | | … and {len(findings) - MAX_ROWS} more (run medlint locally for all) |")
    rows.append("")
    return rows
