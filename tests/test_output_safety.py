"""Reports never overwrite what they check, never write through a link, and carry no live control text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from lint.cli import main

ARTICLE = "# Gout\n\nAbout 4 percent of adults have gout.\n"


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, ["check", *args])
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "gout.md"
    path.write_text(ARTICLE)
    return path


# --- --output --------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["text", "json", "html"])
def test_output_never_overwrites_an_input(article: Path, fmt: str) -> None:
    code, _, err = run(str(article), "--format", fmt, "-o", str(article))
    assert code == 2
    assert f"{article} is an input of this run" in err
    assert article.read_text() == ARTICLE


def test_output_never_overwrites_an_article_in_a_checked_folder(tmp_path: Path, article: Path) -> None:
    code, _, err = run(str(tmp_path), "--format", "markdown", "-o", str(article))
    assert code == 2 and f"is under {tmp_path}" in err
    assert article.read_text() == ARTICLE


def test_a_baseline_is_never_written_over_an_input(article: Path) -> None:
    code, _, err = run(str(article), "--write-baseline", str(article))
    assert code == 2 and "--write-baseline" in err and "is an input of this run" in err
    assert article.read_text() == ARTICLE


def test_output_never_follows_a_link(tmp_path: Path, article: Path) -> None:
    precious = tmp_path / "precious.txt"
    precious.write_text("keep me")
    link = tmp_path / "report.json"
    link.symlink_to(precious)
    code, _, err = run(str(article), "--format", "json", "-o", str(link))
    assert code == 2 and "symbolic link" in err
    assert precious.read_text() == "keep me" and link.is_symlink()


def test_an_html_folder_report_never_writes_through_a_linked_subfolder(tmp_path: Path, article: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (tmp_path / "site").mkdir()
    (tmp_path / "site" / "articles").symlink_to(elsewhere)
    code, _, err = run(str(article), "--format", "html", "-o", str(tmp_path / "site"))
    assert code == 2 and "symbolic link" in err
    assert list(elsewhere.iterdir()) == []


def test_output_replaces_the_file_whole_and_leaves_no_temporary_file(tmp_path: Path, article: Path) -> None:
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    target = out_dir / "report.json"
    target.write_text("old report " * 1000)
    target.chmod(0o640)
    code, _, _ = run(str(article), "--format", "json", "-o", str(target))
    assert code == 1
    assert json.loads(target.read_text())["summary"]["files"] == 1
    assert [p.name for p in out_dir.iterdir()] == ["report.json"]
    assert target.stat().st_mode & 0o777 == 0o640  # the file keeps its permissions


def test_an_html_report_folder_inside_the_checked_folder_is_not_checked_next_time(tmp_path: Path) -> None:
    site = tmp_path / "site"
    site.mkdir()
    (site / "gout.md").write_text(ARTICLE)
    (site / "about.html").write_text("<html><body><h1>About</h1><p>Gout is common.</p></body></html>")
    code, _, _ = run(str(site), "--format", "html", "-o", str(site))
    assert code == 1 and (site / "index.html").is_file() and list((site / "articles").glob("*.html"))
    _, out, _ = run(str(site), "--format", "json")
    assert sorted(Path(f["path"]).name for f in json.loads(out)["files"]) == ["about.html", "gout.md"]
    # and the next report goes over the last one without complaint
    code, _, err = run(str(site), "--format", "html", "-o", str(site))
    assert code == 1 and err == ""


def test_an_html_folder_report_never_overwrites_a_checked_page(tmp_path: Path) -> None:
    site = tmp_path / "site"
    site.mkdir()
    home = "<html><body><h1>Home</h1><p>Welcome.</p></body></html>"
    (site / "index.html").write_text(home)
    code, _, err = run(str(site), "--format", "html", "-o", str(site))
    assert code == 2 and "never writes over an article" in err
    assert (site / "index.html").read_text() == home


# --- what reaches a terminal, a CI log, a pull request or a browser ---------------------------


def test_a_newline_in_a_file_name_cannot_start_a_workflow_command(tmp_path: Path) -> None:
    sneaky = tmp_path / "a\n::error file=x.md::forged.md"
    sneaky.write_text(ARTICLE)
    for fmt in ("text", "github", "junit", "markdown"):
        _, out, _ = run(str(sneaky), "--format", fmt)
        assert not any(line.lstrip().startswith("::error file=x.md") for line in out.splitlines()), fmt
        if fmt == "text":
            assert "a\u240a::error file=x.md::forged.md:3:1:" in out  # the newline shown, not obeyed


def test_show_source_shows_escape_sequences_as_marks_and_a_carriage_return_ends_the_line(tmp_path: Path) -> None:
    # a lone carriage return is a line break, as editors show it: what follows it never starts an output line
    path = tmp_path / "gout.md"
    path.write_text(
        "# Gout\n\nAbout 4 percent of adults have gout \x1b]0;owned\x07in the US \x1b[2J today.\r\r::error::forged\n"
    )
    _, out, _ = run(str(path), "--show-source", "--select", "uncited-claim")
    assert "\x1b" not in out and "\r" not in out and "\x07" not in out
    assert not any(line.startswith("::error") for line in out.splitlines())
    source = [line for line in out.splitlines() if line.startswith("3 | ")]
    assert source == ["3 | About 4 percent of adults have gout \u241b]0;owned\u2407in the US \u241b[2J today."]
    carets = out.splitlines()[out.splitlines().index(source[0]) + 1]
    assert carets == "  | " + "^" * len(source[0].removeprefix("3 | "))


def test_bidi_overrides_are_marked_in_every_format(tmp_path: Path) -> None:
    path = tmp_path / "gout.md"
    path.write_text("# Gout\n\nAbout 4 percent of adults \u202egnikoms\u202c have gout.\n")
    for fmt in ("text", "github", "junit", "markdown", "sarif", "html"):
        _, out, _ = run(str(path), "--format", fmt)
        assert "\u202e" not in out, fmt
        assert "\u27e8U+202E\u27e9" in out, fmt
    _, out, _ = run(str(path), "--format", "json", "--claims")
    assert "\u202e" not in out and "\\u202e" in out  # escaped in the JSON text, the same string once parsed
    claims = json.loads(out)["files"][0]["claims"]
    assert any("\u202egnikoms" in c["text"] for c in claims)


def test_mentions_are_not_live_in_the_markdown_report(tmp_path: Path) -> None:
    path = tmp_path / "gout.md"
    path.write_text("# Gout\n\nAsk @octocat or @medlint/reviewers: about 4 percent of adults have gout.\n")
    _, out, _ = run(str(path), "--format", "markdown")
    assert "`@octocat`" in out and "`@medlint/reviewers`" in out
    assert " @octocat" not in out.replace("`@octocat`", "")
