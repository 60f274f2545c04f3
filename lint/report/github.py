"""GitHub Actions workflow commands: one `::error file=...::message` annotation per finding."""

from __future__ import annotations

from pathlib import Path, PurePosixPath

from lint.io.inputs import is_url, relative
from lint.model import Finding, Report
from lint.report import RenderOptions, visible

COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}


def escape_data(value: str) -> str:
    """The message after `::`, escaped as the Actions runner unescapes it.

    Line breaks are escaped, so a file name or an article cannot start a log line of its own (`::error`
    there would be a workflow command); other control characters are shown as marks.
    """
    return visible(value, keep_lines=True).replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(value: str) -> str:
    """A `key=value` property: the message escapes plus `:` and `,`, which end a property."""
    return escape_data(value).replace(":", "%3A").replace(",", "%2C")


def render(report: Report, options: RenderOptions) -> str:
    out = [command(file.path, f) for file in report.files for f in file.findings]
    return "".join(line + "\n" for line in out)


def _path(path: str) -> str:
    if is_url(path):
        return path
    rel = relative(Path(path), Path.cwd())
    return rel if not PurePosixPath(rel).is_absolute() else path


def command(path: str, f: Finding) -> str:
    props = [
        ("file", _path(path)),
        ("line", str(f.line)),
        ("col", str(f.column)),
        ("endLine", str(f.end_line)),
    ]
    if f.end_line == f.line:  # GitHub reads endColumn only on a one-line annotation
        props.append(("endColumn", str(f.end_column)))
    props.append(("title", f"{f.code} {f.rule}"))
    joined = ",".join(f"{k}={escape_property(v)}" for k, v in props)
    return f"::{COMMANDS[f.severity]} {joined}::{escape_data(f.message)}"
