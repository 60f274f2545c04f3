"""Error paths a user meets: a parser bug, an unreadable file, a report or baseline that cannot be written.

Each is a finding on the file or a one-line message with exit code 2, never a traceback, and the
other files are still checked.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

import lint.parse
import lint.parse.markdown
from lint.cli import main

GOOD = "# Colds\n\nAbout 80% of adults catch two colds a year.\n"
CRASH = "# Flu\n\nThe flu vaccine prevents 40% of flu cases in a typical season.\n"


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "colds.md").write_text(GOOD, encoding="utf-8")
    (tmp_path / "articles" / "flu.md").write_text(CRASH, encoding="utf-8")
    return tmp_path


def _files(out: str) -> dict[str, list[tuple[str, str]]]:
    return {f["path"]: [(x["rule"], x["message"]) for x in f["findings"]] for f in json.loads(out)["files"]}


def crashing_markdown(text: str, *args: Any, **kwargs: Any) -> Any:
    """The Markdown parser with a bug that only one article reaches."""
    if "flu vaccine" in text:
        raise IndexError("list index out of range")
    return lint.parse.markdown.parse_markdown(text, *args, **kwargs)


@pytest.fixture
def crashing_parser(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setitem(lint.parse.PARSERS, "markdown", (__name__, "crashing_markdown"))
    lint.parse._parser.cache_clear()
    yield
    monkeypatch.undo()
    lint.parse._parser.cache_clear()


@pytest.mark.usefixtures("crashing_parser")
def test_a_parser_crash_is_a_parse_error_on_that_file(site: Path) -> None:
    code, out, err = run("check", "articles", "--select", "parse-error,uncited-claim", "--format", "json")
    assert code == 1 and "Traceback" not in err
    files = _files(out)
    assert files["articles/flu.md"] == [
        ("parse-error", "cannot parse as markdown: IndexError: list index out of range")
    ]
    assert files["articles/colds.md"] == [("uncited-claim", files["articles/colds.md"][0][1])]


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="needs file permissions that apply")
def test_an_unreadable_file_is_a_finding_and_the_others_are_checked(site: Path) -> None:
    (site / "articles" / "flu.md").chmod(0)
    try:
        code, out, err = run("check", "articles", "--select", "parse-error,uncited-claim", "--format", "json")
    finally:
        (site / "articles" / "flu.md").chmod(0o644)
    assert code == 1 and "Traceback" not in err
    files = _files(out)
    ((rule, message),) = files["articles/flu.md"]
    assert rule == "parse-error" and "Permission denied" in message
    assert [r for r, _ in files["articles/colds.md"]] == ["uncited-claim"]


def test_a_read_error_is_a_finding_even_as_root(site: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # root opens any file whatever its mode: the error is raised where the reader opens the file instead
    import lint.io.inputs as inputs

    real_open = inputs.os.open

    def denied(path: Any, *args: Any, **kwargs: Any) -> Any:
        if str(path).endswith("flu.md"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(inputs.os, "open", denied)
    code, out, err = run("check", "articles", "--select", "parse-error,uncited-claim", "--format", "json")
    assert code == 1 and "Traceback" not in err
    files = _files(out)
    ((rule, message),) = files["articles/flu.md"]
    assert rule == "parse-error" and "Permission denied" in message
    assert [r for r, _ in files["articles/colds.md"]] == ["uncited-claim"]


def test_a_file_that_is_not_text_is_a_finding(site: Path) -> None:
    (site / "articles" / "flu.md").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff\xfe")
    code, out, err = run("check", "articles", "--select", "parse-error,uncited-claim", "--format", "json")
    assert code == 1 and "Traceback" not in err
    files = _files(out)
    assert [r for r, _ in files["articles/flu.md"]] == ["parse-error"]
    assert [r for r, _ in files["articles/colds.md"]] == ["uncited-claim"]


def test_a_baseline_that_cannot_be_written_is_a_message(site: Path) -> None:
    (site / "blocker").write_text("a file, not a folder", encoding="utf-8")
    code, _, err = run("check", "articles", "--write-baseline", "blocker/baseline.json")
    assert code == 2 and "Traceback" not in err
    assert "blocker/baseline.json" in err


def test_a_baseline_of_the_wrong_shape_is_a_message(site: Path) -> None:
    for text in ("[1, 2, 3]", '{"findings": 3}', '"text"'):
        (site / "baseline.json").write_text(text, encoding="utf-8")
        code, _, err = run("check", "articles", "--baseline", "baseline.json")
        assert code == 2 and "baseline.json" in err and "Traceback" not in err, (text, err)


def test_changed_since_with_a_ref_that_is_not_a_commit_is_a_message(site: Path) -> None:
    import subprocess

    subprocess.run(["git", "init", "-q", "-b", "main"], cwd=site, check=True)
    code, _, err = run("check", "articles", "--changed-since", "--help-me")
    assert code == 2 and "Traceback" not in err


def test_a_folder_report_that_cannot_be_written_is_a_message(site: Path) -> None:
    (site / "report").write_text("a file where the report folder should go", encoding="utf-8")
    code, _, err = run("check", "articles", "--format", "html", "--output", "report/")
    assert code == 2 and "Traceback" not in err
    assert "cannot write the report" in err
    assert (site / "report").read_text(encoding="utf-8").startswith("a file")
