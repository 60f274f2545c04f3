"""Text output: one finding a line, `path:line:col: CODE severity message [rule-name]`, then a summary.

`--show-source` adds the line under each finding with carets, as compilers print; `--statistics`
prints counts per rule instead of each finding.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from lint.model import SEVERITY_RANK, Finding, LineIndex, Report, Summary
from lint.report import RenderOptions, visible

_COLORS = {"error": "\x1b[31m", "warning": "\x1b[33m", "info": "\x1b[36m"}
_BOLD, _DIM, _RESET = "\x1b[1m", "\x1b[2m", "\x1b[0m"
SOURCE_WIDTH = 100  # longer lines (a whole paragraph) are shown as a window around the finding


def render(report: Report, options: RenderOptions) -> str:
    return "".join(chunks(report, options))


def chunks(report: Report, options: RenderOptions) -> Iterator[str]:
    """The text a file at a time, each line ending in a newline."""
    if options.statistics:
        yield "".join(f"{row}\n" for row in statistics(report, options.color))
    else:
        for file in report.files:
            lines = LineIndex(options.texts[file.path]) if options.show_source and file.path in options.texts else None
            out: list[str] = []
            for f in file.findings:
                out.append(_line(file.path, f, options.color))
                if lines is not None:
                    out += _source(options.texts[file.path], lines, f, options.color)
            yield "".join(f"{line}\n" for line in out)
    if not options.quiet:
        yield summary_line(report.summary) + "\n"


def _line(path: str, f: Finding, color: bool) -> str:
    # one finding, one line, whatever the message quotes or the file is called; no escape reaches the terminal
    message = visible(" ".join(f.message.splitlines()))
    path = visible(path)
    if not color:
        return f"{path}:{f.line}:{f.column}: {f.code} {f.severity} {message} [{f.rule}]"
    sev = f"{_COLORS[f.severity]}{f.severity}{_RESET}"
    return (
        f"{_BOLD}{path}{_RESET}:{f.line}:{f.column}: {_BOLD}{f.code}{_RESET} {sev} {message} {_DIM}[{f.rule}]{_RESET}"
    )


def _source(text: str, lines: LineIndex, f: Finding, color: bool) -> list[str]:
    """The finding's first line with carets under its span (to the end of that line when it runs on)."""
    start, end = lines.line_span(f.line)
    line = text[start:end]
    first = f.column - 1
    last = f.end_column - 1 if f.end_line == f.line else len(line)
    last = max(last, first + 1)
    shown_from = 0
    if len(line) > SOURCE_WIDTH:
        shown_from = max(0, min(first - 20, len(line) - SOURCE_WIDTH))
        line = line[shown_from : shown_from + SOURCE_WIDTH]
    # tabs kept so carets line up however the terminal expands them; a control character's mark is wider
    indent = "".join("\t" if ch == "\t" else " " * len(visible(ch)) for ch in line[: first - shown_from])
    carets = "^" * max(1, len(visible(line[first - shown_from : min(last, shown_from + len(line)) - shown_from])))
    prefix = "…" if shown_from else ""
    suffix = "…" if shown_from + SOURCE_WIDTH < end - start else ""
    gutter = " " * len(str(f.line))
    if color:
        carets = f"{_COLORS[f.severity]}{carets}{_RESET}"
    return [
        f"{gutter} |",
        f"{f.line} | {prefix}{visible(line)}{suffix}",
        f"{gutter} | {' ' * len(prefix)}{indent}{carets}",
    ]


def statistics(report: Report, color: bool = False) -> list[str]:
    """Counts per rule, most frequent first, with the worst severity each reached: what to fix first."""
    counts: Counter[tuple[str, str]] = Counter()
    worst: dict[str, str] = {}
    for file in report.files:
        for f in file.findings:
            counts[(f.code, f.rule)] += 1
            if f.code not in worst or SEVERITY_RANK[f.severity] > SEVERITY_RANK[worst[f.code]]:
                worst[f.code] = f.severity
    if not counts:
        return []
    width = len(str(max(counts.values())))
    rows = []
    for (code, rule), n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        severity = worst[code]
        sev = f"{_COLORS[severity]}{severity:<7}{_RESET}" if color else f"{severity:<7}"
        rows.append(f"{n:>{width}}  {code:<7} {sev}  {rule}")
    return rows


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def summary_line(s: Summary) -> str:
    coverage = f"{s.citation_coverage * 100:.1f}%"
    line = (
        f"Checked {_plural(s.files, 'file')}: {_plural(s.errors, 'error')}, {_plural(s.warnings, 'warning')}, "
        f"{s.infos} info; {_plural(s.claims, 'claim')}, {s.cited_claims} cited"
        + (f", {s.broken_claims} with broken markers" if s.broken_claims else "")
        + f" ({coverage} citation coverage)"
    )
    if s.fixed is not None:
        line += f"; {s.fixed} fixed since the baseline"
    return line
