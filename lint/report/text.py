"""Text output: one finding a line, `path:line:col: CODE severity message [rule-name]`, then a summary."""

from __future__ import annotations

from lint.model import Finding, Report, Summary
from lint.report import RenderOptions

_COLORS = {"error": "\x1b[31m", "warning": "\x1b[33m", "info": "\x1b[36m"}
_BOLD, _DIM, _RESET = "\x1b[1m", "\x1b[2m", "\x1b[0m"


def render(report: Report, options: RenderOptions) -> str:
    out: list[str] = []
    for file in report.files:
        for f in file.findings:
            out.append(_line(file.path, f, options.color))
    if not options.quiet:
        out.append(summary_line(report.summary))
    return "\n".join(out) + ("\n" if out else "")


def _line(path: str, f: Finding, color: bool) -> str:
    if not color:
        return f"{path}:{f.line}:{f.column}: {f.code} {f.severity} {f.message} [{f.rule}]"
    sev = f"{_COLORS[f.severity]}{f.severity}{_RESET}"
    return (
        f"{_BOLD}{path}{_RESET}:{f.line}:{f.column}: {_BOLD}{f.code}{_RESET} {sev} {f.message} {_DIM}[{f.rule}]{_RESET}"
    )


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def summary_line(s: Summary) -> str:
    coverage = f"{s.citation_coverage * 100:.1f}%"
    return (
        f"Checked {_plural(s.files, 'file')}: {_plural(s.errors, 'error')}, {_plural(s.warnings, 'warning')}, "
        f"{s.infos} info; {_plural(s.claims, 'claim')}, {s.cited_claims} cited ({coverage} citation coverage)"
    )
