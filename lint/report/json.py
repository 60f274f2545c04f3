"""JSON output: the Report model as it is, validated by schemas/report.schema.json.

Written file by file, as pydantic would write the whole report at once: a run over many articles never
holds the whole text, nor every file's report, at the same time.
"""

from __future__ import annotations

from collections.abc import Iterator

from lint.model import FileReport, Report
from lint.report import RenderOptions, json_visible, rule_doc_url

_FILES = '\n  "files": [],\n'  # where the files go in the report written without them


def render(report: Report, options: RenderOptions) -> str:
    return "".join(chunks(report, options))


def chunks(report: Report, options: RenderOptions) -> Iterator[str]:
    shell = report.model_copy(update={"files": []}).model_dump_json(indent=2, exclude_none=False)
    head, tail = shell.split(_FILES, 1)
    yield json_visible(head) + '\n  "files": ['
    first = True
    for file in report.files:
        # a file is two levels down in the report: its lines are indented by four more spaces
        text = _file(file, report.tool.version, options).model_dump_json(indent=2, exclude_none=False)
        # the data as the article holds it; bidi and other invisible controls escaped in the text a person may read
        yield ("\n    " if first else ",\n    ") + json_visible(text.replace("\n", "\n    "))
        first = False
    yield ("]" if first else "\n  ]") + ",\n" + json_visible(tail) + "\n"


def _file(file: FileReport, version: str, options: RenderOptions) -> FileReport:
    """The file's report with each finding's documentation address."""
    if not file.findings:
        return file
    findings = [
        f.model_copy(update={"help_uri": rule_doc_url(f.rule, version, options.docs_url)}) for f in file.findings
    ]
    return file.model_copy(update={"findings": findings})
