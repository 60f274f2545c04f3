"""SARIF 2.1.0 output for GitHub code scanning and other SARIF viewers; rule help comes from the rule docstrings."""

from __future__ import annotations

import json
from pathlib import Path, PurePosixPath
from typing import Any
from urllib.parse import quote

from lint.io.inputs import is_url, relative
from lint.model import Finding, Fix, Report
from lint.report import RenderOptions, rule_doc_url
from lint.rules import Rule, registry

SCHEMA_URI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
INFORMATION_URI = "https://github.com/medlint/medlint"
FINGERPRINT_KEY = "medlint/v1"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}


def render(report: Report, options: RenderOptions) -> str:
    return json.dumps(sarif(report, options.docs_url), indent=2, ensure_ascii=False) + "\n"


def sarif(report: Report, docs_url: str | None = None) -> dict[str, Any]:
    used = sorted({f.rule for file in report.files for f in file.findings})
    rules = sorted((r for r in (registry.get(name) for name in used) if r is not None), key=lambda r: r.code)
    index = {r.name: i for i, r in enumerate(rules)}
    results = [_result(file.path, f, index) for file in report.files for f in file.findings]
    return {
        "$schema": SCHEMA_URI,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": report.tool.name,
                        "version": report.tool.version,
                        "semanticVersion": report.tool.version,
                        "informationUri": INFORMATION_URI,
                        "rules": [_rule(r, rule_doc_url(r.name, report.tool.version, docs_url)) for r in rules],
                    }
                },
                # medlint counts columns in characters, as Python strings do
                "columnKind": "unicodeCodePoints",
                "results": results,
            }
        ],
    }


def _rule(rule: type[Rule], help_uri: str) -> dict[str, Any]:
    doc = rule.doc_sections()
    sections = rule.doc_section_names()
    text = "\n\n".join([doc["summary"], *(f"{s}:\n{doc[s]}" for s in sections)])
    markdown = "\n\n".join([doc["summary"], *(f"## {s}\n\n{doc[s]}" for s in sections)])
    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": doc["summary"]},
        "fullDescription": {"text": doc["What it does"]},
        "help": {"text": text, "markdown": markdown},
        "helpUri": help_uri,
        "defaultConfiguration": {"level": LEVELS[rule.severity]},
        "properties": {"tags": ["medlint", rule.code.rstrip("0123456789").lower()]},
    }


def artifact_location(path: str) -> dict[str, str]:
    """A repository-relative URI under %SRCROOT% for a file below the working folder; absolute otherwise."""
    if is_url(path):
        return {"uri": path}
    rel = relative(Path(path), Path.cwd())
    if PurePosixPath(rel).is_absolute():
        return {"uri": Path(rel).as_uri()}
    return {"uri": quote(rel, safe="/"), "uriBaseId": "%SRCROOT%"}


def _result(path: str, f: Finding, index: dict[str, int]) -> dict[str, Any]:
    result: dict[str, Any] = {
        "ruleId": f.code,
        "level": LEVELS[f.severity],
        "message": {"text": f.message},
        "locations": [
            {
                "physicalLocation": {
                    "artifactLocation": artifact_location(path),
                    "region": {
                        "startLine": f.line,
                        "startColumn": f.column,
                        "endLine": f.end_line,
                        "endColumn": f.end_column,
                    },
                }
            }
        ],
        # the fingerprint hashes what the finding is about, so lines moving above it keep it the same
        "partialFingerprints": {FINGERPRINT_KEY: f.fingerprint},
    }
    if f.rule in index:
        result["ruleIndex"] = index[f.rule]
    if f.claim_kind:
        result["properties"] = {"claimKind": f.claim_kind}
    if f.fix is not None:
        result["fixes"] = [_fix(path, f.fix)]
    return result


def _fix(path: str, fix: Fix) -> dict[str, Any]:
    replacements = [
        {
            "deletedRegion": {
                "startLine": e.line,
                "startColumn": e.column,
                "endLine": e.end_line,
                "endColumn": e.end_column,
            },
            "insertedContent": {"text": e.content},
        }
        for e in fix.edits
    ]
    return {
        "description": {"text": fix.message},
        "artifactChanges": [{"artifactLocation": artifact_location(path), "replacements": replacements}],
        "properties": {"applicability": fix.applicability},
    }
