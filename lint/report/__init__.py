"""Reporters: one module per output format, each rendering the same Report."""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from dataclasses import dataclass, field

from lint.model import Report

# format name -> module with `render(report, options) -> str`
FORMATS: dict[str, str] = {
    "text": "lint.report.text",
    "json": "lint.report.json",
    "sarif": "lint.report.sarif",
    "github": "lint.report.github",
    "gitlab": "lint.report.gitlab",
    "junit": "lint.report.junit",
    "markdown": "lint.report.markdown",
    "html": "lint.report.html",
}


@dataclass(frozen=True)
class RenderOptions:
    """What a reporter may use beyond the report: the checked texts, and the terminal's abilities."""

    texts: Mapping[str, str] = field(default_factory=dict)
    color: bool = False
    show_source: bool = False
    statistics: bool = False
    quiet: bool = False
    # where each rule's documentation lives (config `docs_url`); None: docs/rules.md of this version
    docs_url: str | None = None


def rule_doc_url(rule: str, version: str, base: str | None = None) -> str:
    """The address of a rule's documentation: ``base`` with ``{rule}`` filled in, or ``base#rule``."""
    if base is None:
        base = f"https://github.com/medlint/medlint/blob/v{version}/docs/rules.md"
    return base.replace("{rule}", rule) if "{rule}" in base else f"{base}#{rule}"


def render(fmt: str, report: Report, options: RenderOptions | None = None) -> str:
    module = importlib.import_module(FORMATS[fmt])
    return module.render(report, options or RenderOptions())  # type: ignore[no-any-return]
