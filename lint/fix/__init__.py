"""Applying fixes: text edits that never overlap, conflicts between fixes, and writes that are atomic and safe."""

from lint.fix.edits import EditConflict, apply_edits, delete_line_or_span, select_fixes
from lint.fix.files import FileChanged, NotWritten, read_for_fix, write_fixed
from lint.fix.text import RawText

__all__ = [
    "EditConflict",
    "FileChanged",
    "NotWritten",
    "RawText",
    "apply_edits",
    "delete_line_or_span",
    "read_for_fix",
    "select_fixes",
    "write_fixed",
]
