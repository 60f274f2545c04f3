"""`medlint check --fix`, `--diff`, `--unsafe-fixes` and `--watch` as an editor runs them on files."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from lint.cli import main
from lint.fix import FileChanged, NotWritten, write_fixed

ROOT = Path(__file__).resolve().parent.parent
DEFECTS = ROOT / "tests/fixtures/articles/defects.md"
CLEAN = ROOT / "tests/fixtures/articles/clean.md"


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "defects.md"
    shutil.copy(DEFECTS, path)
    return path


def test_fix_writes_the_safe_fixes_and_reports_what_is_left(article: Path) -> None:
    code, out, err = run("check", "--fix", str(article))
    text = article.read_text(encoding="utf-8")
    assert "4. [Foot care for people with numb feet]" in text
    assert "Check your feet every day for cuts and blisters. [2]" in text
    assert "medlint: applied 1 fix to 1 file" in err
    assert code == 1  # errors remain that no fix can remove
    assert "[duplicate-source]" not in out and "[unresolved-citation]" in out


def test_a_second_fix_changes_nothing(article: Path) -> None:
    run("check", "--fix", "--unsafe-fixes", str(article))
    fixed = article.read_bytes()
    mtime = article.stat().st_mtime_ns
    _, _, err = run("check", "--fix", "--unsafe-fixes", str(article))
    assert "applied 0 fixes to 0 files" in err
    assert article.read_bytes() == fixed and article.stat().st_mtime_ns == mtime


def test_diff_prints_what_fix_would_change_and_writes_nothing(article: Path, tmp_path: Path) -> None:
    before = article.read_bytes()
    code, out, err = run("check", "--diff", str(article))
    assert code == 1
    assert article.read_bytes() == before
    assert out.startswith(f"--- a/{article}\n+++ b/{article}\n@@ ")
    assert "-4. [Peripheral Neuropathy]" in out
    assert "medlint: --fix would apply 1 fix to 1 file" in err
    # the diff is exactly what --fix then writes
    if shutil.which("patch"):
        copy = tmp_path / "copy.md"
        shutil.copy(article, copy)
        subprocess.run(["patch", "-s", str(copy)], input=out, text=True, check=True)
        run("check", "--fix", str(article))
        assert copy.read_bytes() == article.read_bytes()


def test_the_text_report_says_how_many_findings_a_fix_would_remove() -> None:
    _, _, err = run("check", str(DEFECTS))
    assert "medlint: 1 fixable with --fix (1 more with --unsafe-fixes); --diff shows the changes" in err
    _, _, err = run("check", str(DEFECTS), "--format", "json")
    assert "fixable" not in err


def test_diff_exits_0_when_there_is_nothing_to_fix(tmp_path: Path) -> None:
    path = tmp_path / "clean.md"
    shutil.copy(CLEAN, path)
    code, out, _ = run("check", "--diff", str(path))
    assert (code, out) == (0, "")


def test_unsafe_fixes_also_remove_unused_sources(article: Path) -> None:
    run("check", "--fix", str(article))
    assert "Foot care for people with numb feet" in article.read_text(encoding="utf-8")
    run("check", "--fix", "--unsafe-fixes", str(article))
    assert "Foot care for people with numb feet" not in article.read_text(encoding="utf-8")


def test_page_text_and_html_are_never_written(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        "<html><body><h1>Nerve pain</h1><p>Numbness usually starts in the toes. [ 1 ]</p>"
        "<h2>Sources</h2><ol><li><a href='https://www.nhs.uk/n/'>Peripheral neuropathy</a></li></ol></body></html>",
        encoding="utf-8",
    )
    before = page.read_bytes()
    _, out, err = run("check", "--fix", "--format", "json", str(page))
    assert page.read_bytes() == before
    fixes = [f["fix"] for f in json.loads(out)["files"][0]["findings"] if "fix" in f]
    assert fixes and fixes[0]["applicability"] == "safe"
    assert "available in page text or HTML, not applied" in err


def test_json_findings_carry_the_fix_with_its_edits() -> None:
    _, out, _ = run("check", "--format", "json", str(DEFECTS))
    finding = next(f for f in json.loads(out)["files"][0]["findings"] if f["rule"] == "duplicate-source")
    fix = finding["fix"]
    assert fix["applicability"] == "safe"
    assert fix["message"] == "Remove source 4, cite source 2 instead, and renumber"
    assert {"start", "end", "content", "line", "column", "end_line", "end_column"} == set(fix["edits"][0])


def test_sarif_results_carry_fixes() -> None:
    _, out, _ = run("check", "--format", "sarif", str(DEFECTS))
    result = next(r for r in json.loads(out)["runs"][0]["results"] if r["ruleId"] == "SRC003")
    change = result["fixes"][0]["artifactChanges"][0]
    assert change["replacements"][0]["deletedRegion"]["startLine"] >= 1
    assert result["fixes"][0]["description"]["text"].startswith("Remove source 4")


def test_rules_and_explain_say_which_rules_have_a_fix() -> None:
    _, out, _ = run("rules")
    line = next(line for line in out.splitlines() if " citation-order " in line)
    assert "fix:safe" in line
    assert "fix:unsafe" in next(line for line in out.splitlines() if " unused-source " in line)
    assert "fix:" not in next(line for line in out.splitlines() if " uncited-claim " in line)
    _, out, _ = run("explain", "unused-source")
    assert "## Fix\nUnsafe" in out


def test_a_symbolic_link_is_not_fixed_through(article: Path, tmp_path: Path) -> None:
    link = tmp_path / "link.md"
    link.symlink_to(article)
    before = article.read_bytes()
    _, _, err = run("check", "--fix", str(link))
    assert article.read_bytes() == before and link.is_symlink()
    assert "is a symbolic link" in err


def test_a_file_changed_since_it_was_read_is_not_written(article: Path) -> None:
    original = article.read_bytes()
    article.write_bytes(original + b"\nAn edit made in the editor meanwhile.\n")
    with pytest.raises(FileChanged):
        write_fixed(article, original, b"fixed")
    assert article.read_bytes().endswith(b"meanwhile.\n")
    assert [p.name for p in article.parent.iterdir()] == [article.name]  # no temporary file left


def test_writes_replace_the_file_in_one_step_and_keep_its_mode(article: Path) -> None:
    article.chmod(0o640)
    original = article.read_bytes()
    write_fixed(article, original, b"fixed\n")
    assert article.read_bytes() == b"fixed\n"
    assert (article.stat().st_mode & 0o777) == 0o640
    assert [p.name for p in article.parent.iterdir()] == [article.name]
    link = article.parent / "link.md"
    link.symlink_to(article)
    with pytest.raises(NotWritten):
        write_fixed(link, b"fixed\n", b"other\n")


def test_watch_checks_again_when_an_article_is_saved(article: Path) -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "lint", "check", "--watch", "--select", "unresolved-citation", str(article)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )

    def wait_for(words: str) -> None:
        assert proc.stderr is not None
        while words not in (line := proc.stderr.readline()):
            assert line or proc.poll() is None, "medlint --watch stopped"

    try:
        wait_for("watching for changes")
        time.sleep(0.5)
        article.write_text(article.read_text(encoding="utf-8").replace("[12]", "[1]"), encoding="utf-8")
        wait_for("checking again")
        proc.terminate()
        out, _ = proc.communicate(timeout=30)
    finally:
        proc.kill()
    reports = out.split("Checked 1 file")
    assert "[12]" in reports[0] and "[12]" not in reports[1]
