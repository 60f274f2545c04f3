"""Between medlint's findings (1-based lines, columns in characters) and LSP's (0-based, UTF-16 code units)."""

from __future__ import annotations

import difflib

from lsprotocol import types

from lint.model import Edit, Finding
from lint.report.sarif import INFORMATION_URI
from lint.rules import registry

SEVERITY = {
    "error": types.DiagnosticSeverity.Error,
    "warning": types.DiagnosticSeverity.Warning,
    "info": types.DiagnosticSeverity.Information,
}


def rule_doc_url(name: str) -> str:
    return f"{INFORMATION_URI}/blob/main/docs/rules.md#{name}"


class Lines:
    """The lines of a document, to turn 1-based character columns into LSP positions."""

    def __init__(self, text: str) -> None:
        self.lines = text.split("\n")

    def position(self, line: int, column: int) -> types.Position:
        if line - 1 >= len(self.lines):
            return types.Position(line=max(0, len(self.lines) - 1), character=len(self.lines[-1]) if self.lines else 0)
        prefix = self.lines[line - 1][: column - 1]
        # LSP counts UTF-16 code units: a character outside the Basic Multilingual Plane is two
        return types.Position(line=line - 1, character=len(prefix.encode("utf-16-le")) // 2)

    def range(self, line: int, column: int, end_line: int, end_column: int) -> types.Range:
        return types.Range(start=self.position(line, column), end=self.position(end_line, end_column))

    def offset(self, position: types.Position) -> tuple[int, int]:
        """An LSP position as medlint's (line, column), both 1-based."""
        if position.line >= len(self.lines):
            return len(self.lines), len(self.lines[-1]) + 1
        text = self.lines[position.line]
        units = 0
        for i, ch in enumerate(text):
            if units >= position.character:
                return position.line + 1, i + 1
            units += 2 if ord(ch) > 0xFFFF else 1
        return position.line + 1, len(text) + 1


def diagnostic(finding: Finding, lines: Lines) -> types.Diagnostic:
    return types.Diagnostic(
        range=lines.range(finding.line, finding.column, finding.end_line, finding.end_column),
        severity=SEVERITY[finding.severity],
        code=finding.code,
        code_description=types.CodeDescription(href=rule_doc_url(finding.rule)),
        source="medlint",
        message=finding.message,
        data={"rule": finding.rule, "fingerprint": finding.fingerprint},
    )


def text_edit(edit: Edit, lines: Lines, newline: str) -> types.TextEdit:
    assert edit.line is not None and edit.column is not None
    assert edit.end_line is not None and edit.end_column is not None
    content = edit.content.replace("\n", newline) if newline != "\n" else edit.content
    return types.TextEdit(range=lines.range(edit.line, edit.column, edit.end_line, edit.end_column), new_text=content)


def hover_text(rule_name: str) -> str:
    """A rule's documentation as Markdown, for hover."""
    rule = registry.get(rule_name)
    if rule is None:
        return ""
    doc = rule.doc_sections()
    parts = [f"**{rule.code} {rule.name}** ({rule.severity}): {doc['summary']}"]
    parts += [f"### {s}\n\n{doc[s]}" for s in rule.doc_section_names()]
    parts.append(f"[Rule reference]({rule_doc_url(rule.name)})")
    return "\n\n".join(parts)


def line_edits(before: str, after: str, lines: Lines) -> list[types.TextEdit]:
    """Edits turning ``before`` into ``after``, one per run of changed lines, so the editor keeps the rest in place."""
    old = before.splitlines(keepends=True)
    new = after.splitlines(keepends=True)
    starts = [0]
    for line in old:
        starts.append(starts[-1] + len(line))

    def position(offset: int) -> types.Position:
        line = before.count("\n", 0, offset) + 1
        return lines.position(line, offset - (before.rfind("\n", 0, offset) + 1) + 1)

    edits = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, old, new, autojunk=False).get_opcodes():
        if tag != "equal":
            edits.append(
                types.TextEdit(
                    range=types.Range(start=position(starts[i1]), end=position(starts[i2])),
                    new_text="".join(new[j1:j2]),
                )
            )
    return edits
