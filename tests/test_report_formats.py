"""Every CI reporter on one fixed report: golden files, and the real consumer of each format parsing it."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import quote

import jsonschema
import pytest
from markdown_it import MarkdownIt

from lint.report import render
from lint.report.github import escape_data, escape_property
from lint.report.sarif import artifact_location
from lint.rules import registry
from tests.ci_report import TEXTS, check_golden, fixed_report, options
from tests.conftest import run_text

SARIF_SCHEMA = Path(__file__).resolve().parents[2] / "shared" / "sarif-schema-2.1.0.json"


@pytest.mark.parametrize(
    ("fmt", "golden", "opts"),
    [
        ("sarif", "report.sarif", {}),
        ("github", "report.github.txt", {}),
        ("junit", "report.junit.xml", {}),
        ("markdown", "report.md", {}),
        ("text", "report.txt", {}),
        ("text", "report.show-source.txt", {"show_source": True}),
        ("text", "report.statistics.txt", {"statistics": True}),
        ("text", "report.color.txt", {"color": True, "show_source": True}),
    ],
)
def test_golden(fmt: str, golden: str, opts: dict[str, bool]) -> None:
    check_golden(golden, render(fmt, fixed_report(), options(**opts)))


# --- SARIF ------------------------------------------------------------------------------------


def sarif_of(report: object) -> dict:  # type: ignore[type-arg]
    return json.loads(render("sarif", report, options()))  # type: ignore[arg-type]


@pytest.mark.skipif(not SARIF_SCHEMA.is_file(), reason="the official SARIF 2.1.0 schema is not in ../shared")
def test_sarif_validates_against_the_official_schema() -> None:
    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    validator = jsonschema.validators.validator_for(schema)(schema)
    errors = sorted(validator.iter_errors(sarif_of(fixed_report())), key=lambda e: list(e.path))
    assert not errors, [f"{list(e.path)}: {e.message}" for e in errors]


def test_sarif_has_what_github_code_scanning_reads() -> None:
    run = sarif_of(fixed_report())["runs"][0]
    driver = run["tool"]["driver"]
    assert (driver["name"], driver["version"]) == ("medlint", "0.1.0")
    assert driver["informationUri"].startswith("https://")
    ids = [r["id"] for r in driver["rules"]]
    assert ids == ["CIT001", "CIT002", "MED001", "MED002"]
    for rule in driver["rules"]:
        doc = registry.get(rule["id"]).doc_sections()  # type: ignore[union-attr]
        assert rule["name"] == registry.get(rule["id"]).name  # type: ignore[union-attr]
        assert rule["shortDescription"]["text"] == doc["summary"]
        assert rule["fullDescription"]["text"] == doc["What it does"]
        assert doc["Why it matters"] in rule["help"]["text"]
        assert "## Use instead" in rule["help"]["markdown"]
    assert len(run["results"]) == 5
    for result in run["results"]:
        assert driver["rules"][result["ruleIndex"]]["id"] == result["ruleId"]
        assert result["level"] in ("error", "warning", "note")
        (location,) = result["locations"]
        artifact = location["physicalLocation"]["artifactLocation"]
        assert artifact["uriBaseId"] == "%SRCROOT%"
        assert artifact["uri"].startswith("articles/")
        assert set(location["physicalLocation"]["region"]) == {"startLine", "startColumn", "endLine", "endColumn"}
        assert result["partialFingerprints"]["medlint/v1"]
    uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in run["results"]}
    assert "articles/colds%20%26%20flu.md" in uris
    assert [r["level"] for r in run["results"] if r["ruleId"] == "MED002"] == ["note"]


def test_sarif_fingerprints_survive_lines_moving_above() -> None:
    article = "# Colds\n\nAbout 80% of adults catch two colds a year.\n\nZinc shortens colds by 33% in adults.\n"
    moved = article.replace("# Colds\n", "# Colds\n\nThis page is about colds.\n\n## Overview\n")

    def prints(text: str) -> list[tuple[int, str]]:
        report = fixed_report().model_copy(update={"files": [run_text(text, select=["uncited-claim"])]})
        results = sarif_of(report)["runs"][0]["results"]
        return [
            (r["locations"][0]["physicalLocation"]["region"]["startLine"], r["partialFingerprints"]["medlint/v1"])
            for r in results
        ]

    before, after = prints(article), prints(moved)
    assert [line for line, _ in before] == [3, 5]
    assert [line for line, _ in after] == [7, 9]
    assert [fp for _, fp in before] == [fp for _, fp in after]
    assert before[0][1] != before[1][1]


# --- GitHub workflow commands -----------------------------------------------------------------

# The runner's grammar (actions/runner ActionCommand.TryParseV2): `::name key=value,key=value::message`,
# properties split on `,` and the first `=`, then unescaped; the message is everything after `::`.
_COMMAND = re.compile(r"^::(?P<name>[a-z-]+)(?: (?P<props>[^:]*))?::(?P<message>.*)$")


def _unescape_data(value: str) -> str:
    return value.replace("%0D", "\r").replace("%0A", "\n").replace("%25", "%")


def _unescape_property(value: str) -> str:
    return value.replace("%0D", "\r").replace("%0A", "\n").replace("%3A", ":").replace("%2C", ",").replace("%25", "%")


def parse_command(line: str) -> tuple[str, dict[str, str], str]:
    m = _COMMAND.match(line)
    assert m, f"not a workflow command: {line!r}"
    props = {}
    for pair in (m["props"] or "").split(","):
        key, _, value = pair.partition("=")
        props[key] = _unescape_property(value)
    return m["name"], props, _unescape_data(m["message"])


def test_github_commands_parse_back_to_the_findings() -> None:
    report = fixed_report()
    lines = render("github", report, options()).rstrip("\n").split("\n")  # the runner splits on newlines only
    expected = [(file.path, f) for file in report.files for f in file.findings]
    assert len(lines) == len(expected)
    for line, (path, f) in zip(lines, expected, strict=True):
        name, props, message = parse_command(line)
        assert name == {"error": "error", "warning": "warning", "info": "notice"}[f.severity]
        assert message == f.message.replace("\x0c", "\u240c")  # a form feed is shown as its control picture
        assert props["file"] == path
        assert (props["line"], props["col"], props["endLine"]) == (str(f.line), str(f.column), str(f.end_line))
        assert props["title"] == f"{f.code} {f.rule}"
        assert ("endColumn" in props) == (f.line == f.end_line)


def test_github_escapes_what_the_runner_requires() -> None:
    assert escape_data("50% done\r\nnext") == "50%25 done%0D%0Anext"
    assert escape_property("a:b,c%\n") == "a%3Ab%2Cc%25%0A"
    (line,) = [c for c in render("github", fixed_report(), options()).split("\n") if "CIT002" in c]
    _, props, message = parse_command(line)  # the message with %, a newline and a comma
    assert message.endswith("50%, see below\nsecond line\u240c")
    assert props["file"] == "articles/colds & flu.md" and props["col"] == "53"


# --- JUnit -----------------------------------------------------------------------------------


def test_junit_is_well_formed_and_counts_cases_per_file_and_rule() -> None:
    report = fixed_report()
    root = ET.fromstring(render("junit", report, options()).encode("utf-8"))
    assert root.tag == "testsuites"
    suites = root.findall("testsuite")
    assert [s.get("name") for s in suites] == [f.path for f in report.files]
    by_suite = {s.get("name"): s for s in suites}
    colds = by_suite["articles/colds & flu.md"]
    assert [c.get("name") for c in colds.findall("testcase")] == ["CIT001 uncited-claim", "CIT002 unresolved-citation"]
    assert (colds.get("tests"), colds.get("failures")) == ("2", "2")
    cited = colds.find("testcase/failure")
    assert cited is not None and cited.text is not None
    assert cited.text.count("\n") == 1 and "<script>" in cited.text  # both uncited claims, text kept as text
    flu = by_suite["articles/flu.md"]
    (case,) = flu.findall("testcase")
    assert case.find("failure") is None and flu.get("failures") == "0"
    assert root.get("tests") == "5" and root.get("failures") == "4"
    # a form feed from an article cannot be written in XML at all; it shows as its control picture
    assert "second line\u240c" in ET.tostring(root, encoding="unicode")


# --- Markdown ---------------------------------------------------------------------------------


def test_markdown_tables_survive_hostile_article_text() -> None:
    md = render("markdown", fixed_report(), options())
    html = MarkdownIt("commonmark").enable("table").render(md)
    assert "<script>" not in html and "&lt;script&gt;" in html
    tables = re.findall(r"<table>.*?</table>", html, re.S)
    assert len(tables) == 3  # one per article with findings
    for table in tables:
        for row in re.findall(r"<tr>.*?</tr>", table, re.S):
            assert len(re.findall(r"<t[hd][ >]", row)) == 4
    # the worst article first, the worst finding first within it
    headings = re.findall(r"<h3>(.*?)</h3>", html)
    assert headings == ["articles/colds &amp; flu.md", "articles/broken.md", "articles/zinc.md"]
    first_rows = re.findall(r"<td[^>]*>(.*?)</td>", tables[0])
    assert "error" in first_rows[0] and "warning" in first_rows[-4]
    assert "2 fixed since the baseline" in md
    assert "\\| children" in md  # the pipe inside the message is escaped


def test_text_show_source_points_at_the_finding() -> None:
    out = render("text", fixed_report(), options(show_source=True)).splitlines()
    i = out.index(next(line for line in out if ":9:53:" in line))
    assert out[i + 2] == "9 | " + TEXTS["articles/colds & flu.md"].splitlines()[8]
    assert out[i + 3] == "  | " + " " * 52 + "^^^"


def test_sarif_locations_inside_and_outside_the_working_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    work = tmp_path / "site"
    (work / "articles").mkdir(parents=True)
    monkeypatch.chdir(work)
    outside = tmp_path / "elsewhere" / "cold sores.md"
    assert artifact_location(str(work / "articles" / "colds.md")) == {
        "uri": "articles/colds.md",
        "uriBaseId": "%SRCROOT%",
    }
    # a file outside the working folder is an absolute file URI, with no base to resolve it against
    assert artifact_location(str(outside)) == {"uri": outside.as_uri()}
    assert artifact_location(str(outside)) == {"uri": "file://" + quote(outside.as_posix())}
    assert artifact_location("https://example.org/colds") == {"uri": "https://example.org/colds"}
