"""Baselines: record today's findings, then report only new ones.

A finding is matched by its file, its rule and its fingerprint (a hash of the claim or entry it is
about), never by line number, so editing elsewhere in the article does not bring it back.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from lint.io.inputs import is_url, relative
from lint.io.output import write_atomically
from lint.model import FileReport, Report
from lint.rules import registry

FORMAT_VERSION = 1

Key = tuple[str, str, str]  # (path relative to the baseline's folder, rule name, fingerprint)


class BaselineError(Exception):
    """A baseline file that cannot be read; the CLI exits 2 with this message."""


def _path_key(path: str, root: Path) -> str:
    if path == "-" or is_url(path):
        return path
    return relative(Path(path), root)


def _rule_name(rule: str) -> str:
    found = registry.get(rule)  # a renamed rule keeps matching its old baseline entries
    return found.name if found is not None else rule


def write(report: Report, path: Path) -> int:
    """Write every finding of ``report`` to ``path``; returns how many."""
    root = path.resolve().parent
    entries = sorted(
        (
            {
                "path": _path_key(file.path, root),
                "rule": f.rule,
                "code": f.code,
                "fingerprint": f.fingerprint,
                # for people reading the file; matching ignores where the finding was
                "line": f.line,
                "message": f.message,
            }
            for file in report.files
            for f in file.findings
        ),
        key=lambda e: (e["path"], e["line"], e["rule"], e["fingerprint"]),
    )
    data = {"medlint_baseline": FORMAT_VERSION, "tool_version": report.tool.version, "findings": entries}
    try:
        write_atomically(path, json.dumps(data, indent=2, ensure_ascii=False) + "\n")
    except OSError as exc:
        raise BaselineError(f"{path}: cannot write baseline: {exc.strerror or exc}") from exc
    return len(entries)


def load(path: Path) -> Counter[Key]:
    """The findings a baseline file records, counted (the same claim may be uncited twice)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise BaselineError(f"{path}: cannot read baseline: {exc.strerror or exc}") from exc
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise BaselineError(f"{path}: not a medlint baseline (invalid JSON: {exc})") from exc
    if not isinstance(data, dict) or data.get("medlint_baseline") != FORMAT_VERSION:
        raise BaselineError(f"{path}: not a medlint baseline (write one with --write-baseline)")
    entries = data.get("findings")
    if not isinstance(entries, list):
        raise BaselineError(f"{path}: `findings` should be a list")
    counts: Counter[Key] = Counter()
    for i, e in enumerate(entries):
        if not (isinstance(e, dict) and all(isinstance(e.get(k), str) for k in ("path", "rule", "fingerprint"))):
            raise BaselineError(f"{path}: findings[{i}] needs string `path`, `rule` and `fingerprint`")
        counts[(e["path"], _rule_name(e["rule"]), e["fingerprint"])] += 1
    return counts


def apply(report: Report, recorded: Counter[Key], root: Path) -> Report:
    """Drop findings the baseline records; count recorded findings of the checked files that are gone as fixed."""
    from lint.engine.results import collect

    remaining = Counter(recorded)
    checked: set[str] = set()
    resolved_root = root.resolve()

    def kept() -> Iterator[FileReport]:
        for file in report.files:
            path = _path_key(file.path, resolved_root)
            checked.add(path)
            new = []
            for f in file.findings:
                key = (path, f.rule, f.fingerprint)
                if remaining[key] > 0:
                    remaining[key] -= 1
                else:
                    new.append(f)
            yield file.model_copy(update={"findings": new})

    # as many files kept as objects as the report kept: a long run's stay serialized
    files = collect(kept(), None if isinstance(report.files, list) else 0)
    # only files checked in this run can say whether their findings were fixed
    fixed = sum(n for (path, _, _), n in remaining.items() if path in checked and n > 0)
    return files.model_copy(update={"tool": report.tool, "summary": files.summary.model_copy(update={"fixed": fixed})})
