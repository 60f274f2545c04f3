"""JSON output: the Report model as it is, validated by schemas/report.schema.json."""

from __future__ import annotations

from lint.model import Report
from lint.report import RenderOptions, json_visible


def render(report: Report, options: RenderOptions) -> str:
    # the data as the article holds it; bidi and other invisible controls escaped in the text a person may read
    return json_visible(report.model_dump_json(indent=2, exclude_none=False)) + "\n"
