"""The fixture articles end to end: exact findings, and golden text and JSON output."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from lint.cli import main
from tests.conftest import check_golden

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = "tests/fixtures/articles"
GOLDEN = ROOT / "tests" / "golden" / "e2e"

# (rule, line, column) written by hand from the fixture, not copied from medlint's output
EXPECTED = {
    "defects.md": [
        ("missing-disclaimer", 1, 1),
        ("missing-red-flags", 1, 1),
        ("uncited-claim", 18, 1),
        ("unresolved-citation", 22, 61),
        ("unresolved-citation", 24, 63),
        ("empty-section", 26, 4),
        ("empty-source-title", 37, 4),
        ("duplicate-source", 38, 4),
        ("unused-source", 39, 4),
    ],
    "no-sources.md": [  # at one place, by code: SRC001 before STR001
        ("missing-sources", 1, 1),
        ("missing-disclaimer", 1, 1),
        ("missing-red-flags", 1, 1),
        ("uncited-claim", 16, 1),
    ],
    "bad-front-matter.md": [("parse-error", 3, 19)],
    "clean.md": [],
}


@pytest.fixture
def in_root(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)


def _run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["check", *args])
    return result.exit_code, result.output


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_fixture_findings(in_root: None, name: str) -> None:
    code, out = _run(f"{FIXTURES}/{name}", "--format", "json", "--select", "CIT,SRC,STR,MED")
    data = json.loads(out)
    got = [(f["rule"], f["line"], f["column"]) for f in data["files"][0]["findings"]]
    assert got == EXPECTED[name]
    assert code == (1 if EXPECTED[name] else 0)


def _golden(name: str, actual: str) -> None:
    check_golden(GOLDEN / name, actual)


def test_golden_text(in_root: None) -> None:
    code, out = _run(FIXTURES)
    assert code == 1
    _golden("fixtures.txt", out)


def test_golden_json(in_root: None) -> None:
    code, out = _run(FIXTURES, "--format", "json")
    assert code == 1
    data = json.loads(out)
    schema = json.loads((ROOT / "schemas" / "report.schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(data, schema)
    data["tool"]["version"] = "<version>"
    _golden("fixtures.json", json.dumps(data, indent=2, ensure_ascii=False) + "\n")


def test_site_articles_lint_clean(in_root: None) -> None:
    code, out = _run("articles/", "--fail-on", "info", "--format", "json")
    data = json.loads(out)
    assert code == 0, [(f["path"], f["findings"]) for f in data["files"] if f["findings"]]
    assert len(data["files"]) >= 6
    assert all(f["stats"]["claims"] > 10 and f["stats"]["citation_coverage"] == 1.0 for f in data["files"])
