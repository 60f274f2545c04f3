"""What `medlint check` reads: only regular files, bounded, links kept inside a checked folder, paths as named."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from lint.cli import main

ARTICLE = (
    "# Gout\n\nAbout 4 percent of adults have gout. [1]\n\n## Sources\n\n1. [Gout facts](https://example.org/gout)\n"
)


def run(*args: str, input: str | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, ["check", *args], input=input)
    return result.exit_code, result.stdout, result.stderr


def checked_paths(out: str) -> list[str]:
    return [f["path"] for f in json.loads(out)["files"]]


def findings_of(out: str, path: str) -> list[tuple[str, str]]:
    (file,) = [f for f in json.loads(out)["files"] if f["path"] == path]
    return [(f["rule"], f["message"]) for f in file["findings"]]


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "gout.md"
    path.write_text(ARTICLE)
    return path


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_is_not_read_and_the_other_files_are_checked(tmp_path: Path, article: Path) -> None:
    fifo = tmp_path / "pipe.md"
    os.mkfifo(fifo)  # nobody writes to it: reading it would wait for ever
    code, out, _ = run(str(fifo), str(article), "--format", "json")
    assert code == 1
    assert findings_of(out, str(fifo)) == [("parse-error", "not a regular file (a FIFO); only files are read")]
    assert str(article) in checked_paths(out)


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero here")
def test_a_link_to_a_device_is_not_read(tmp_path: Path, article: Path) -> None:
    link = tmp_path / "zero.md"
    link.symlink_to("/dev/zero")
    code, out, _ = run(str(link), str(article), "--format", "json")
    assert code == 1
    assert findings_of(out, str(link)) == [("parse-error", "not a regular file (a device); only files are read")]


def test_a_file_over_max_file_size_is_a_finding_naming_size_and_limit(tmp_path: Path, article: Path) -> None:
    big = tmp_path / "big.md"
    big.write_text("Iron tablets can cause constipation.\n" * 100)  # 3.7 kB
    code, out, _ = run(str(big), str(article), "--format", "json", "--max-file-size", "2000")
    assert code == 1
    [(rule, message)] = findings_of(out, str(big))
    assert rule == "parse-error" and message == "file of 3.7 kB is over max_file_size (2 kB); not checked"
    assert ("parse-error", message) not in findings_of(out, str(article))


def test_max_file_size_from_the_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "medlint.toml").write_text("max_file_size = 100\n")
    (tmp_path / "a.md").write_text(ARTICLE)
    monkeypatch.chdir(tmp_path)
    _, out, _ = run("a.md", "--format", "json")
    size = len(ARTICLE.encode())
    assert findings_of(out, "a.md") == [
        ("parse-error", f"file of {size} bytes is over max_file_size (100 bytes); not checked")
    ]


def test_a_link_out_of_a_checked_folder_is_not_followed(tmp_path: Path) -> None:
    site, private = tmp_path / "site", tmp_path / "private"
    site.mkdir()
    private.mkdir()
    (site / "gout.md").write_text(ARTICLE)
    (private / "notes.md").write_text("Secret draft text.\n")
    (site / "notes.md").symlink_to(private / "notes.md")
    (site / "inside.md").symlink_to(site / "gout.md")  # a link inside the folder is fine
    _, out, err = run(str(site), "--format", "json")
    assert sorted(checked_paths(out)) == [f"{site}/gout.md"]  # the inside link is gout.md again, checked once
    assert f"skipped {site}/notes.md" in err and "outside" in err
    # named on the command line, the same link is read: the user asked for it
    _, out, _ = run(str(site / "notes.md"), "--format", "json")
    assert checked_paths(out) == [str(site / "notes.md")]


def test_the_same_file_named_twice_is_checked_once(article: Path) -> None:
    _, out, _ = run(str(article), str(article), str(article.parent / "." / article.name), str(article.parent))
    assert out.splitlines()[-1].startswith("Checked 1 file:")


def test_a_quoted_glob_is_expanded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "articles").mkdir()
    for name in ("b.md", "a.md", "notes.txt"):
        (tmp_path / "articles" / name).write_text(ARTICLE)
    monkeypatch.chdir(tmp_path)
    _, out, _ = run("articles/*.md", "--format", "json")
    assert checked_paths(out) == ["articles/a.md", "articles/b.md"]
    _, out, _ = run("articles/*", "--format", "json")  # the text file is an article too
    assert checked_paths(out) == ["articles/a.md", "articles/b.md", "articles/notes.txt"]
    (tmp_path / "articles" / "scan.pdf").write_text("not an article")
    code, out, err = run("articles/*.pdf")
    assert code == 2 and out == "" and "no article matches 'articles/*.pdf'" in err


def test_a_named_folder_without_articles_warns(tmp_path: Path, article: Path) -> None:
    empty = tmp_path / "drafts"
    empty.mkdir()
    (empty / "notes.pdf").write_text("not an article")
    code, out, err = run(str(empty), str(article))
    assert code == 1  # the article's own findings; the empty folder is a warning, not a usage error
    assert f"medlint: warning: no articles (.htm, .html, .markdown, .md, .mdx, .text, .txt) in folder {empty}" in err
    assert "Checked 1 file" in out


@pytest.mark.parametrize("content", ["", "\n  \n\t\n"])
def test_an_empty_file_says_so(tmp_path: Path, content: str) -> None:
    path = tmp_path / "empty.md"
    path.write_text(content)
    code, out, _ = run(str(path))
    assert code == 1
    assert out.splitlines()[0] == f"{path}:1:1: MED001 error empty file: no article to check [parse-error]"


def test_an_empty_standard_input_says_so() -> None:
    _, out, _ = run("-", "--stdin-filename", "draft.md", input="")
    assert "draft.md:1:1: MED001 error empty file: no article to check [parse-error]" in out


def test_standard_input_is_read_only_up_to_max_file_size() -> None:
    _, out, _ = run("-", "--stdin-filename", "draft.md", "--max-file-size", "100", input="Gout is common. " * 50)
    assert "draft.md:1:1: MED001 error file is over max_file_size (100 bytes); not checked" in out


def test_max_file_size_on_the_command_line_wins_over_a_folder_config(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # each folder has its own settings; the command line's limit applies to all of them
    (tmp_path / "medlint.toml").write_text("max_file_size = 1000000\n")
    (tmp_path / "guides").mkdir()
    (tmp_path / "guides" / "medlint.toml").write_text("max_file_size = 1000000\n")
    (tmp_path / "a.md").write_text(ARTICLE)
    (tmp_path / "guides" / "b.md").write_text(ARTICLE)
    monkeypatch.chdir(tmp_path)
    _, out, _ = run("a.md", "guides/b.md", "--format", "json", "--max-file-size", "50")
    for path in ("a.md", "guides/b.md"):
        [(rule, message)] = findings_of(out, path)
        assert rule == "parse-error" and "over max_file_size (50 bytes)" in message
