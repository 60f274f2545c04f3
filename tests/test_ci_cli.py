"""`medlint check` in CI: output formats to files, --show-source, baselines, --changed-since and the progress bar."""

from __future__ import annotations

import json
import os
import pty
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from lint.cli import main

SELECT = ["--select", "uncited-claim,unused-suppression"]
COLDS = "# Colds\n\nAbout 80% of adults catch two colds a year.\n\nZinc lozenges shorten colds by 33% in adults.\n"
FLU = "# Flu\n\nThe flu vaccine prevents 40% of flu cases in a typical season.\n"


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "colds.md").write_text(COLDS, encoding="utf-8")
    (tmp_path / "articles" / "flu.md").write_text(FLU, encoding="utf-8")
    return tmp_path


def test_sarif_to_a_file_with_repository_relative_paths(site: Path) -> None:
    code, out, _ = run("check", "articles", *SELECT, "--format", "sarif", "--output", "medlint.sarif")
    assert (code, out) == (1, "")
    run_ = json.loads((site / "medlint.sarif").read_text(encoding="utf-8"))["runs"][0]
    uris = [r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in run_["results"]]
    assert uris == ["articles/colds.md", "articles/colds.md", "articles/flu.md"]


def test_every_format_is_offered(site: Path) -> None:
    for fmt in ("github", "junit", "markdown"):
        code, out, _ = run("check", "articles/flu.md", *SELECT, "--format", fmt)
        assert code == 1 and "flu.md" in out, fmt


def test_show_source_and_statistics(site: Path) -> None:
    _, out, _ = run("check", "articles/colds.md", *SELECT, "--show-source")
    assert "3 | About 80% of adults catch two colds a year.\n  | ^^^^" in out
    _, out, _ = run("check", "articles", *SELECT, "--statistics")
    assert out.splitlines()[0] == "3  CIT001  error    uncited-claim"


def test_baseline_reports_only_new_findings_and_counts_fixed_ones(site: Path) -> None:
    code, _, err = run("check", "articles", *SELECT, "--write-baseline", "baseline.json")
    assert code == 0 and "recorded 3 findings in baseline.json" in err
    code, out, _ = run("check", "articles", *SELECT, "--baseline", "baseline.json")
    assert code == 0 and out.startswith("Checked 2 files: 0 errors") and "0 fixed since the baseline" in out

    # edits above the recorded claims move them down; they stay recorded
    colds = site / "articles" / "colds.md"
    colds.write_text(COLDS.replace("# Colds\n", "# Colds\n\nThis page is about colds.\n\n## Overview\n"), "utf-8")
    code, out, _ = run("check", "articles", *SELECT, "--baseline", "baseline.json")
    assert code == 0 and "0 fixed" in out

    # one recorded claim cited away, one new claim written: only the new one is reported
    text = colds.read_text(encoding="utf-8").replace("a year.", "a year. [1]")
    colds.write_text(text + "\nVitamin D cuts colds by 12% in children.\n\n## Sources\n\n1. Allan GM. CMAJ. 2014.\n")
    code, out, _ = run("check", "articles", *SELECT, "--baseline", "baseline.json", "--format", "json")
    report = json.loads(out)
    assert code == 1
    new = [(f["line"], f["rule"]) for file in report["files"] for f in file["findings"]]
    assert new == [(11, "uncited-claim")]
    assert report["summary"]["fixed"] == 1 and report["summary"]["errors"] == 1


def test_baseline_paths_do_not_depend_on_how_the_folder_is_named(site: Path) -> None:
    run("check", "articles", *SELECT, "--write-baseline", "baseline.json")
    code, _, _ = run("check", "./articles/", *SELECT, "--baseline", str(site / "baseline.json"))
    assert code == 0


def test_a_broken_baseline_is_a_message_not_a_traceback(site: Path) -> None:
    (site / "baseline.json").write_text("{not json", encoding="utf-8")
    code, _, err = run("check", "articles", "--baseline", "baseline.json")
    assert code == 2 and err.startswith("medlint: baseline.json: not a medlint baseline")
    code, _, err = run("check", "articles", "--baseline", "missing.json")
    assert code == 2 and "missing.json: cannot read baseline" in err


def git(repo: Path, *args: str) -> str:
    env = {**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org"}
    env |= {"GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.org"}
    done = subprocess.run(["git", *args], cwd=repo, env=env, capture_output=True, text=True, check=True)
    return done.stdout


def test_changed_since_checks_only_changed_articles(site: Path) -> None:
    git(site, "init", "-q", "-b", "main")
    git(site, "add", "articles")
    git(site, "commit", "-q", "-m", "articles")
    code, out, _ = run("check", "articles", *SELECT, "--changed-since", "main")
    assert (code, out.splitlines()[-1].split(":")[0]) == (0, "Checked 0 files")

    (site / "articles" / "flu.md").write_text(FLU + "\nMore text.\n", encoding="utf-8")
    (site / "articles" / "new.md").write_text("# New\n\nNothing yet.\n", encoding="utf-8")  # untracked
    code, out, _ = run("check", "articles", *SELECT, "--changed-since", "main", "--format", "json")
    assert code == 1
    assert [f["path"] for f in json.loads(out)["files"]] == ["articles/flu.md", "articles/new.md"]
    # with no paths, the whole checkout
    code, out, _ = run("check", *SELECT, "--changed-since", "main", "--format", "json")
    assert sorted(f["path"] for f in json.loads(out)["files"]) == ["articles/flu.md", "articles/new.md"]


def test_changed_since_errors_are_messages(site: Path) -> None:
    code, _, err = run("check", "articles", "--changed-since", "main")
    assert code == 2 and "--changed-since needs a git checkout" in err
    git(site, "init", "-q", "-b", "main")
    code, _, err = run("check", "articles", "--changed-since", "no-such-branch")
    assert code == 2 and "unknown git ref 'no-such-branch'" in err


def test_progress_bar_only_on_a_terminal(site: Path) -> None:
    for i in range(8):
        (site / "articles" / f"extra-{i}.md").write_text(f"# Page {i}\n\nThis page is about colds.\n", "utf-8")
    cmd = [sys.executable, "-m", "lint", "check", "articles", *SELECT, "--fail-on", "never"]
    piped = subprocess.run(cmd, capture_output=True, text=True, check=True)
    assert piped.stderr == ""
    # stderr on a pseudo-terminal, stdout still a pipe
    leader, follower = pty.openpty()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=follower, text=True)
    os.close(follower)
    out, _ = proc.communicate(timeout=120)
    seen = b""
    while True:
        try:
            chunk = os.read(leader, 4096)
        except OSError:
            break
        if not chunk:
            break
        seen += chunk
    os.close(leader)
    assert proc.returncode == 0
    assert b"Checking" in seen and b"10/10" in seen
    assert "Checking" not in out and out.startswith("articles/colds.md:3:1:")
