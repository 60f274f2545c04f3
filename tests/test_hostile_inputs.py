"""Inputs that once stopped an article being read, or moved its findings: each is now read whole, at the right place."""

from __future__ import annotations

import json

import pytest

from lint.engine import Engine, Options
from lint.io.inputs import Input
from lint.report import RenderOptions, render
from tests.conftest import TODAY, run_text

BODY = "# Gout\n\nAbout 4% of adults in the US have gout.\n"

# nine levels of nine-fold aliases: a few hundred bytes that would expand to 9**9 strings
BOMB = "---\ntitle: Gout\n" + 'a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n'
for _k in range(1, 9):
    BOMB += f"a{_k}: &a{_k} [" + ",".join([f"*a{_k - 1}"] * 9) + "]\n"
BOMB += "---\n\n" + BODY


def rules_at(text: str, **kwargs: object) -> list[tuple[int, int, str]]:
    report = run_text(text, **kwargs)  # type: ignore[arg-type]
    return [(f.line, f.column, f.rule) for f in report.findings]


def test_yaml_bomb_is_a_finding_on_the_front_matter_and_the_body_is_still_checked() -> None:
    assert len(BOMB.split("---")[1]) < 600
    report = run_text(BOMB, select=["parse-error", "uncited-claim"])
    errors = [f for f in report.findings if f.rule == "parse-error"]
    assert len(errors) == 1
    assert "aliases expand" in errors[0].message
    assert 2 <= errors[0].line <= 11  # inside the front matter, at the alias level that blows up
    assert any(f.rule == "uncited-claim" and f.line == 16 for f in report.findings)


def test_an_alias_inside_itself_is_a_finding() -> None:
    text = "---\ntitle: Gout\nloop: &loop [1, *loop]\n---\n\n" + BODY
    report = run_text(text, select=["parse-error"])
    assert [f.line for f in report.findings] == [3]
    assert "contains it" in report.findings[0].message


def test_a_few_aliases_are_fine() -> None:
    text = "---\ntitle: Gout\nauthor: &a Jane Roe\nreviewer: *a\n---\n\n" + BODY
    report = run_text(text, select=["parse-error"])
    assert report.findings == []
    assert report.article.reviewer is not None and report.article.reviewer.name == "Jane Roe"


def test_inline_footnote_does_not_stop_the_article() -> None:
    text = "# Gout\n\nGout hurts.^[A note on pain.]\n\nAbout 4% of adults in the US have gout.\n"
    assert (5, 1, "uncited-claim") in rules_at(text, select=["parse-error", "uncited-claim"])
    assert not any(r == "parse-error" for *_, r in rules_at(text, select=["parse-error"]))


@pytest.mark.parametrize(
    ("front", "title"),
    [
        ("1: Jane Roe\ntitle: Gout", "Gout"),  # a key that is not text
        ("title: " + "7" * 5000, "7" * 5000),  # a number Python will not print by default
        ('title: "\\ud800 Gout"', "\ufffd Gout"),  # a lone surrogate, which no UTF-8 output can carry
        ("title: Gout\ntags: !!set {a, b}\nblob: !!binary aGVsbG8=", "Gout"),
    ],
)
def test_odd_front_matter_values_keep_the_article(front: str, title: str) -> None:
    report = run_text(f"---\n{front}\n---\n\n{BODY}", select=["parse-error", "uncited-claim"])
    assert report.article.title == title
    assert [f.rule for f in report.findings] == ["uncited-claim"]


def test_lone_surrogates_reach_every_output_printable() -> None:
    text = '---\ntitle: "\\ud800"\nauthor: "Jane \\udfff Roe"\n---\n\n# Gout \ud800\n\nAbout 4% of adults have gout.\n'
    engine = Engine(options=Options(today=TODAY, with_claims=True))
    report = engine.report(c.report for c in engine.check_inputs([Input("gout.md", text, "markdown")]))
    for fmt in ("json", "html", "sarif", "text", "markdown", "junit", "github"):
        out = render(fmt, report, RenderOptions(texts={"gout.md": text}))
        out.encode("utf-8")  # raises on a lone surrogate
    assert json.loads(render("json", report))["files"][0]["article"]["title"] == "\ufffd"


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_every_line_break_counts_as_an_editor_counts_it(newline: str) -> None:
    lines = [
        "---",
        "title: Gout",
        "published: 2024-13-01",
        "---",
        "",
        "# Gout",
        "",
        "<!-- medlint-disable-next-line uncited-claim -- agreed -->",
        "About 4% of adults in the US have gout.",
        "",
        "Gout flares often start at night in 60% of people.",
        "",
    ]
    found = rules_at(newline.join(lines), select=["uncited-claim", "missing-date", "parse-error"])
    assert found == [(1, 1, "missing-date"), (3, 1, "parse-error"), (11, 1, "uncited-claim")]


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_page_text_reads_every_line_break(newline: str) -> None:
    lines = [
        "Gout",
        "",
        "About 4% of adults in the US have gout. [1]",
        "",
        "Gout often starts at night in 60% of people.",
        "",
    ]
    lines += ["Sources", "", "1. Gout basics (nhs.uk)", ""]
    report = run_text(newline.join(lines), fmt="text", path="gout.txt", select=["CIT", "SRC001"])
    assert [(f.line, f.column, f.rule) for f in report.findings] == [(5, 1, "uncited-claim")]
    assert report.stats.sources == 1
