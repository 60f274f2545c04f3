"""JSON output: the Report model as it is, validated by schemas/report.schema.json."""

from __future__ import annotations

from lint.model import Report
from lint.report import RenderOptions, json_visible, rule_doc_url


def render(report: Report, options: RenderOptions) -> str:
    version = report.tool.version
    files = [
        file.model_copy(
            update={
                "findings": [
                    f.model_copy(update={"help_uri": rule_doc_url(f.rule, version, options.docs_url)})
                    for f in file.findings
                ]
            }
        )
        if file.findings
        else file
        for file in report.files
    ]
    # the data as the article holds it; bidi and other invisible controls escaped in the text a person may read
    return json_visible(report.model_copy(update={"files": files}).model_dump_json(indent=2, exclude_none=False)) + "\n"
