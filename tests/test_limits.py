"""Long articles are checked whole, a slow file runs out of time alone, and no bug in one file stops the run."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from lint.cli import main
from lint.config import Config
from lint.engine import Engine, Options, deadline
from lint.io.inputs import Input
from lint.nlp import get_nlp
from lint.nlp.analyze import Analysis, analyze, make_doc, make_docs
from lint.parse import parse
from lint.rules.sources import UnusedSource

ROOT = Path(__file__).resolve().parent.parent
CLEAN = ROOT / "tests/fixtures/articles/clean.md"
DEFECTS = ROOT / "tests/fixtures/articles/defects.md"
PARAGRAPH = (
    "Most people with a cold feel better within a week or two. [1] Drinking plenty of fluids helps "
    "the body recover, and rest eases tiredness. [1]\n\n"
)


def warm_up() -> None:
    """Import the parser and build the pipeline first: on a busy machine that alone may take a short budget."""
    list(Engine().check_inputs([Input("warm.md", "Colds are common.\n", "markdown")]))


def engine(**config: object) -> Engine:
    return Engine(Config(**config))  # type: ignore[arg-type]


def test_an_article_over_a_million_characters_is_checked_to_its_end(tmp_path: Path) -> None:
    body = PARAGRAPH * (1_100_000 // len(PARAGRAPH))
    lines = body.count("\n")
    text = f"# Colds\n\n{body}Half of all adults catch two colds a year.\n\n## Sources\n\n1. [Colds](https://example.org)\n"
    (tmp_path / "long.md").write_text(text)
    result = CliRunner().invoke(
        main, ["check", str(tmp_path / "long.md"), str(CLEAN), "--format", "json", "--select", "CIT,MED"]
    )
    files = {Path(f["path"]).name: f for f in json.loads(result.stdout)["files"]}
    assert set(files) == {"long.md", "clean.md"}  # the other file is still checked
    long = files["long.md"]
    # the one uncited claim, after a million characters of cited ones, is found at its line
    assert [(f["rule"], f["line"]) for f in long["findings"]] == [("uncited-claim", lines + 3)]
    assert long["stats"]["claims"] == 2 * (1_100_000 // len(PARAGRAPH)) + 1


def test_an_article_split_into_chunks_reads_as_one() -> None:
    text = DEFECTS.read_text(encoding="utf-8")
    article = parse(text, "defects.md", "markdown")
    nlp = get_nlp()
    whole_doc, indices = make_doc(nlp, article)
    whole = analyze(article, nlp(whole_doc), indices)
    chunked = Analysis()
    longest = max(len(b.text) for b in article.blocks)  # no block split: chunks of whole blocks
    chunks = list(make_docs(nlp, article, chunk_chars=longest + 1))
    assert len(chunks) > 1
    for chunk in chunks:
        analyze(article, nlp(chunk.doc), chunk.blocks, into=chunked, offsets=chunk.offsets)
    assert chunked.sentences == whole.sentences
    assert chunked.markers == whole.markers


def test_a_paragraph_longer_than_a_chunk_is_split_between_sentences_and_read_as_one() -> None:
    # block scope: the marker at the paragraph's end cites the sentences before it, in any chunk
    sentences = "Most people with a cold feel better within ten days. [1] Fluids help the body recover. " * 40
    text = f"# Colds\n\n{sentences}Rest eases tiredness. [2]\n\n## Sources\n\n1. [Colds](https://example.org)\n"
    article = parse(text, "colds.md", "markdown")
    nlp = get_nlp()
    whole_doc, indices = make_doc(nlp, article)
    whole = analyze(article, nlp(whole_doc), indices)
    chunked = Analysis()
    chunks = list(make_docs(nlp, article, chunk_chars=500))
    assert len(chunks) > 5
    for chunk in chunks:
        analyze(article, nlp(chunk.doc), chunk.blocks, into=chunked, offsets=chunk.offsets)
    assert chunked.sentences == whole.sentences
    assert chunked.markers == whole.markers
    assert all(s.covered for s in chunked.sentences)


def test_a_slow_rule_runs_out_of_time_and_the_next_file_is_checked(monkeypatch: pytest.MonkeyPatch) -> None:
    def slow(self: UnusedSource, ctx: object) -> Iterator[object]:
        if "Gout" in ctx.article.text:  # type: ignore[attr-defined]
            time.sleep(30)
        return iter(())

    warm_up()
    monkeypatch.setattr(UnusedSource, "check", slow)
    inputs = [Input("gout.md", "Gout is a kind of arthritis.\n", "markdown"), Input("b.md", "Text.\n", "markdown")]
    started = time.monotonic()
    slow_file, other = list(engine(file_timeout=3).check_inputs(inputs))
    assert time.monotonic() - started < 20  # interrupted, not waited out
    assert [(f.rule, f.message) for f in slow_file.report.findings] == [
        ("parse-error", "not checked: checking took longer than 3 s (file_timeout); raise it or split the article")
    ]
    assert {f.rule for f in other.report.findings} >= {"missing-disclaimer"}


def test_without_an_alarm_the_budget_is_checked_between_rules(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(deadline, "_can_alarm", lambda: False)  # as in a worker thread or on Windows

    def slow(self: UnusedSource, ctx: object) -> Iterator[object]:
        time.sleep(1.5)
        return iter(())

    warm_up()
    monkeypatch.setattr(UnusedSource, "check", slow)
    [checked] = engine(file_timeout=1).check_inputs([Input("a.md", "Gout is arthritis.\n", "markdown")])
    assert [f.rule for f in checked.report.findings] == ["parse-error"]
    assert "took longer than 1 s (file_timeout)" in checked.report.findings[0].message


def test_file_timeout_from_the_command_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def slow(self: UnusedSource, ctx: object) -> Iterator[object]:
        time.sleep(30)
        return iter(())

    warm_up()
    monkeypatch.setattr(UnusedSource, "check", slow)
    result = CliRunner().invoke(main, ["check", str(CLEAN), "--file-timeout", "3"])
    assert result.exit_code == 1
    assert "took longer than 3 s (file_timeout)" in result.stdout


@pytest.mark.parametrize(
    ("target", "stage", "rule"),
    [
        ("lint.parse.parse", "cannot parse as markdown", "parse-error"),
        ("lint.nlp.analyze.analyze", "medlint failed analysing this file", "rule-error"),
        ("lint.nlp.sections.disclaimer_blocks", "medlint failed analysing this file", "rule-error"),
        ("lint.engine.suppress.apply", "medlint failed checking this file", "rule-error"),
        ("lint.report.claims.claims_data", "medlint failed checking this file", "rule-error"),
    ],
)
def test_a_crash_anywhere_in_one_file_is_a_finding_on_it(
    monkeypatch: pytest.MonkeyPatch, target: str, stage: str, rule: str
) -> None:
    module, name = target.rsplit(".", 1)
    real = getattr(__import__(module, fromlist=[name]), name)

    calls = []

    def broken(*args: object, **kwargs: object) -> object:
        calls.append(args)
        if len(calls) == 1:  # the first file's call
            raise RuntimeError("boom")
        return real(*args, **kwargs)

    monkeypatch.setattr(target, broken)
    inputs = [Input("gout.md", "Gout is arthritis.\n", "markdown"), Input("b.md", "Colds are common.\n", "markdown")]
    first, second = Engine(Config(), Options(with_claims=True)).check_inputs(inputs)
    assert [(f.rule, f.message) for f in first.report.findings] == [(rule, f"{stage}: RuntimeError: boom")]
    assert "missing-disclaimer" in {f.rule for f in second.report.findings}
