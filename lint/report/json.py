"""JSON output: the Report model as it is, validated by schemas/report.schema.json."""

from __future__ import annotations

from lint.model import Report
from lint.report import RenderOptions


def render(report: Report, options: RenderOptions) -> str:
    return report.model_dump_json(indent=2, exclude_none=False) + "\n"
