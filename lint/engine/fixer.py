"""`medlint check --fix` and `--diff`: apply the fixes findings carry, check again, until nothing is left to fix."""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from lint.fix import NotWritten, RawText, read_for_fix, select_fixes, write_fixed
from lint.fix.edits import applicable
from lint.io.inputs import Input, is_url
from lint.model import Finding, InputFormat
from lint.parse import format_for_path

if TYPE_CHECKING:
    from lint.engine import Engine

# a fix that undoes another would loop, so passes are capped (as ruff caps them); a source-list fix is
# applied alone in its pass, so an article with many unused or repeated entries takes one pass for each
MAX_PASSES = 100


@dataclass
class Fixed:
    """One article after fixing: its text before and after, and what was done to it."""

    path: str
    before: RawText
    after: RawText
    applied: list[str] = field(default_factory=list)  # the message of each fix applied, in order

    @property
    def changed(self) -> bool:
        return self.after.raw != self.before.raw

    def diff(self) -> str:
        """A unified diff of the file's text, line endings as they are."""
        lines = difflib.unified_diff(
            self.before.raw.splitlines(keepends=True),
            self.after.raw.splitlines(keepends=True),
            fromfile=f"a/{self.path}",
            tofile=f"b/{self.path}",
        )
        return "".join(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n" for line in lines)


def check_text(engine: Engine, path: str, text: str, fmt: InputFormat = "markdown") -> list[Finding]:
    checked = next(iter(engine.check_inputs([Input(path, text, fmt)])))
    return checked.report.findings


def fix_text(engine: Engine, path: str, raw: RawText, *, unsafe: bool = False) -> Fixed:
    """Apply the fixes of one Markdown article, pass after pass: each pass applies the fixes that do not
    conflict and checks the result again; it stops when no fix is left or a pass changes nothing."""
    result = Fixed(path, raw, raw)
    for _ in range(MAX_PASSES):
        findings = check_text(engine, path, result.after.text)
        chosen = select_fixes((f.fix for f in findings if f.fix is not None), unsafe=unsafe)
        if not chosen:
            break
        after = result.after.apply([e for fix in chosen for e in fix.edits])
        if after.raw == result.after.raw:
            break
        result.after = after
        result.applied.extend(fix.message for fix in chosen)
    return result


def fixable(path: str, input_format: InputFormat | None) -> bool:
    """Only Markdown files on disk are fixed; page text, HTML, standard input and URLs never are."""
    if path == "-" or is_url(path):
        return False
    return (input_format or format_for_path(path)) == "markdown"


@dataclass
class FixRun:
    fixed: list[Fixed] = field(default_factory=list)
    # files that could not be fixed or written, with the reason
    errors: list[str] = field(default_factory=list)


def fix_files(
    engine: Engine, files: list[str], *, unsafe: bool, write: bool, input_format: InputFormat | None = None
) -> FixRun:
    """Fix each Markdown file; with ``write`` replace it on disk, otherwise only compute the result (for --diff)."""
    run = FixRun()
    for name in files:
        if not fixable(name, input_format):
            continue
        path = Path(name)
        try:
            original, raw = read_for_fix(path)
        except (NotWritten, OSError) as exc:
            run.errors.append(str(exc) if isinstance(exc, NotWritten) else f"{name}: cannot read: {exc.strerror}")
            continue
        fixed = fix_text(engine, name, raw, unsafe=unsafe)
        if write and fixed.changed:
            try:
                write_fixed(path, original, fixed.after.encode())
            except NotWritten as exc:
                run.errors.append(str(exc))
                continue
            except OSError as exc:
                run.errors.append(f"{name}: cannot write: {exc.strerror or exc}")
                continue
        run.fixed.append(fixed)
    return run


def available(findings: list[Finding], unsafe: bool) -> int:
    """Findings whose fix `--fix` (with ``unsafe``, `--unsafe-fixes` too) would apply."""
    return sum(1 for f in findings if f.fix is not None and applicable(f.fix, unsafe))
