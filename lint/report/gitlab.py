"""GitLab Code Quality report: a JSON array of issues that merge requests show beside the diff."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path, PurePosixPath
from typing import Any

from lint.io.inputs import is_url, relative
from lint.model import Finding, Report
from lint.report import RenderOptions

# GitLab's scale is info, minor, major, critical, blocker; an error blocks nothing by itself in GitLab
SEVERITIES = {"error": "major", "warning": "minor", "info": "info"}


def render(report: Report, options: RenderOptions) -> str:
    return json.dumps(code_quality(report), indent=2, ensure_ascii=False) + "\n"


def _path(path: str) -> str:
    """Relative to the project folder, as GitLab matches paths against the merge request's files."""
    if is_url(path):
        return path
    rel = relative(Path(path), Path.cwd())
    return rel if not PurePosixPath(rel).is_absolute() else path


def code_quality(report: Report) -> list[dict[str, Any]]:
    issues: list[dict[str, Any]] = []
    seen: dict[str, int] = {}
    for file in report.files:
        path = _path(file.path)
        for f in file.findings:
            issues.append(_issue(path, f, seen))
    return issues


def _issue(path: str, f: Finding, seen: dict[str, int]) -> dict[str, Any]:
    # GitLab shows one issue per fingerprint: the finding's own (stable as lines move) plus the path,
    # and a count for the same finding twice in one file
    key = f"{path}\x00{f.rule}\x00{f.fingerprint}"
    seen[key] = seen.get(key, 0) + 1
    fingerprint = hashlib.sha256(f"{key}\x00{seen[key]}".encode()).hexdigest()
    return {
        "description": f"{f.message} ({f.code} {f.rule})",
        "check_name": f.rule,
        "fingerprint": fingerprint,
        "severity": SEVERITIES[f.severity],
        "location": {"path": path, "lines": {"begin": f.line, "end": f.end_line}},
    }
