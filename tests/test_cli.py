"""The medlint command as editors and CI use it: exit codes, selection, config, stdin, output files."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from lint.cli import main

ROOT = Path(__file__).resolve().parent.parent
DEFECTS = str(ROOT / "tests/fixtures/articles/defects.md")
CLEAN = str(ROOT / "tests/fixtures/articles/clean.md")


def run(*args: str, input: str | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args), input=input)
    return result.exit_code, result.stdout, result.stderr


def rules_in(out: str) -> list[str]:
    return [line.rsplit("[", 1)[1].rstrip("]") for line in out.splitlines() if line.endswith("]")]


def test_clean_article_exits_0() -> None:
    code, out, _ = run("check", CLEAN)
    assert code == 0
    assert out.startswith("Checked 1 file: 0 errors, 0 warnings, 0 info;")


def test_errors_exit_1_and_lines_have_the_documented_shape() -> None:
    code, out, _ = run("check", DEFECTS)
    assert code == 1
    first = out.splitlines()[0]
    path, line, col, rest = first.split(":", 3)
    assert path == DEFECTS and line.isdigit() and col.isdigit()
    assert rest.startswith(" STR001 error ")


def test_fail_on_levels() -> None:
    assert run("check", DEFECTS, "--select", "unused-source")[0] == 0  # a warning does not fail by default
    assert run("check", DEFECTS, "--select", "unused-source", "--fail-on", "warning")[0] == 1
    assert run("check", DEFECTS, "--fail-on", "never")[0] == 0


def test_select_and_ignore_by_name_code_and_prefix() -> None:
    _, out, _ = run("check", DEFECTS, "--select", "SRC")
    assert set(rules_in(out)) == {"empty-source-title", "duplicate-source", "unused-source"}
    _, out, _ = run("check", DEFECTS, "--select", "CIT001,unused-source")
    assert set(rules_in(out)) == {"uncited-claim", "unused-source"}
    _, out, _ = run("check", DEFECTS, "--ignore", "STR", "--ignore", "SRC002")
    assert not {"missing-disclaimer", "empty-source-title", "empty-section"} & set(rules_in(out))


def test_unknown_rule_is_a_usage_error() -> None:
    code, _, err = run("check", DEFECTS, "--select", "no-such-rule")
    assert code == 2
    assert "no-such-rule" in err


def test_no_paths_is_a_usage_error() -> None:
    assert run("check")[0] == 2


def test_stdin_with_a_filename() -> None:
    text = Path(DEFECTS).read_text(encoding="utf-8")
    code, out, _ = run("check", "-", "--stdin-filename", "draft.md", "--select", "uncited-claim", input=text)
    assert code == 1
    assert out.splitlines()[0].startswith("draft.md:18:1: CIT001 error Statistic claim has no source")


def test_output_file_and_quiet(tmp_path: Path) -> None:
    target = tmp_path / "report.json"
    code, out, _ = run("check", DEFECTS, "--format", "json", "--output", str(target))
    assert code == 1 and out == ""
    assert json.loads(target.read_text())["summary"]["errors"] >= 5
    _, out, _ = run("check", DEFECTS, "--quiet", "--select", "unused-source")
    assert "Checked" not in out and out.count("\n") == 1


def test_a_missing_path_is_a_usage_error_naming_it(tmp_path: Path) -> None:
    code, out, err = run("check", str(tmp_path / "gone.md"), CLEAN)
    assert code == 2 and out == ""
    assert f"no such file or folder: {tmp_path / 'gone.md'}" in err


def test_binary_and_non_utf8_files_are_findings(tmp_path: Path) -> None:
    (tmp_path / "latin1.md").write_bytes("# Café\n\nNaïve caf".encode() + b"\xe9 au lait\n")
    (tmp_path / "blob.md").write_bytes(b"\x00\x01\x02")
    _, out, _ = run("check", str(tmp_path))
    # at the bad byte's real line and column (in characters: "Naïve caf" is nine)
    assert "latin1.md:3:10: MED001 error not valid UTF-8 (byte 0xe9 at line 3, column 10)" in out
    assert "blob.md:1:1: MED001 error binary file" in out


def test_folders_are_searched_recursively_in_sorted_order(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.md").write_text("Text.\n")
    (tmp_path / "a.md").write_text("Text.\n")
    (tmp_path / "notes.pdf").write_text("not an article")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "x.md").write_text("hidden")
    _, out, _ = run("check", str(tmp_path), "--format", "json")
    paths = [Path(f["path"]).relative_to(tmp_path).as_posix() for f in json.loads(out)["files"]]
    assert paths == ["a.md", "b/z.md"]


def test_config_in_pyproject(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[tool.medlint]\nignore = ["STR"]\nfail_on = "warning"\n[tool.medlint.severity]\n"empty-source-title" = "info"\n'
    )
    article = tmp_path / "a.md"
    article.write_text(Path(DEFECTS).read_text())
    monkeypatch.chdir(tmp_path)
    code, out, _ = run("check", "a.md")
    assert code == 1  # warnings now fail
    assert "missing-disclaimer" not in out
    assert "a.md:37:4: SRC002 info" in out


def test_per_file_ignores_and_exclude(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "medlint.toml").write_text(
        'exclude = ["drafts/*"]\n[per_file_ignores]\n"legacy/*.md" = ["uncited-claim"]\n'
    )
    for folder in ("drafts", "legacy"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "x.md").write_text(Path(DEFECTS).read_text())
    monkeypatch.chdir(tmp_path)
    _, out, _ = run("check", ".", "--format", "json")
    files = json.loads(out)["files"]
    assert [f["path"] for f in files] == ["legacy/x.md"]
    assert "uncited-claim" not in {f["rule"] for f in files[0]["findings"]}


@pytest.mark.parametrize(
    ("toml", "message"),
    [
        ('[tool.medlint]\nselcet = ["CIT"]\n', "unknown key 'selcet'"),
        ('[tool.medlint]\nfail_on = "sometimes"\n', "fail_on"),
        ('[tool.medlint]\nignore = ["not-a-rule"]\n', "unknown rule or code 'not-a-rule'"),
        ("[tool.medlint\n", "invalid TOML"),
        ('[tool.medlint]\ndisclaimer_patterns = ["("]\n', "invalid regular expression"),
    ],
)
def test_config_errors_exit_2_naming_the_problem(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, toml: str, message: str
) -> None:
    (tmp_path / "pyproject.toml").write_text(toml)
    monkeypatch.chdir(tmp_path)
    code, _, err = run("check", CLEAN)
    assert code == 2
    assert message in err and "pyproject.toml" in err


def test_explicit_config_file_missing(tmp_path: Path) -> None:
    code, _, err = run("check", CLEAN, "--config", str(tmp_path / "nope.toml"))
    assert code == 2 and "config file not found" in err


def test_rules_and_explain() -> None:
    code, out, _ = run("rules")
    assert code == 0
    lines = out.splitlines()
    assert any(line.startswith("CIT001   uncited-claim") for line in lines)
    assert len({line.index(" error ") if " error " in line else None for line in lines} - {None}) == 1
    for key in ("unused-source", "SRC004"):
        code, out, _ = run("explain", key)
        assert code == 0
        assert out.startswith("unused-source (SRC004), default severity warning")
        assert "## Use instead" in out
    assert run("explain", "nonsense")[0] == 2


def test_python_dash_m_lint_runs_the_command() -> None:
    proc = subprocess.run([sys.executable, "-m", "lint", "check", CLEAN], capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("Checked 1 file")
