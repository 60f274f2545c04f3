"""Claims, markers and source entries point at their own text in the file: exact by construction, tested directly.

Each case names the first and last words of every claim as they appear in the file; where they
are is found here, in the test, and must be where medlint says the claim starts and ends.
"""

from __future__ import annotations

from typing import Any

import pytest

from lint.config import Config
from lint.engine import Engine, Options
from lint.io.inputs import Input
from lint.model import LineIndex
from tests.conftest import TODAY

SOURCES_MD = "\n## Sources\n\n1. [Pain relief](https://example.org/pain)\n2. [Fever](https://example.org/fever)\n"

# (name, format, text, [(first words of a claim, last words of it as written in the file)])
CASES: list[tuple[str, str, str, list[tuple[str, str]]]] = [
    (
        "markdown escapes before and inside claims",
        "markdown",
        "Ibuprofen \\*really\\* eases pain in 8 of 10 adults. [1] A \\[small\\] dose of 200 mg works for most. [2]\n"
        "\\# Fever above 38 C is common in 3 of 10 children with flu. [2]\n" + SOURCES_MD,
        [
            ("Ibuprofen \\*really", "adults. [1]"),
            ("A \\[small", "most. [2]"),
            ("# Fever above", "flu. [2]"),  # the backslash is markup, like `**`
        ],
    ),
    (
        "markdown entities: named, decimal and hexadecimal, an encoded bracket",
        "markdown",
        "Ibuprofen &amp; paracetamol ease pain in 8 of 10 adults. [1] A fever &lt; 39&#x2103; is common in "
        "3 of 10 children. [2]\n\n&#91;Note&#93; Aspirin&nbsp;thins the blood in 9 of 10 people. [1]\n" + SOURCES_MD,
        [
            ("Ibuprofen &amp;", "adults. [1]"),
            ("A fever &lt;", "children. [2]"),
            ("&#91;Note&#93; Aspirin", "people. [1]"),
        ],
    ),
    (
        "markdown blocks that start with whitespace",
        "markdown",
        "   Ibuprofen eases pain in 8 of 10 adults. [1]\n\n>    Fever is common in 3 of 10 children. [2]\n\n"
        "-    Aspirin thins the blood in 9 of 10 people. [1]\n\n| Dose |\n| --- |\n|   Take 200 mg every 6 hours. [1] |\n"
        + SOURCES_MD,
        [
            ("Ibuprofen eases", "adults. [1]"),
            ("Fever is common", "children. [2]"),
            ("Aspirin thins", "people. [1]"),
            ("Take 200 mg", "hours. [1]"),
        ],
    ),
    (
        "markdown reference-style links: full, collapsed and shortcut",
        "markdown",
        "Ibuprofen [eases pain][nhs] in 8 of 10 adults. [1] See [the leaflet][] before taking 3 doses a day. [2]\n"
        "A [fever] is common in 3 of 10 children. [2]\n\n"
        "[nhs]: https://example.org/nhs\n[the leaflet]: https://example.org/leaflet\n[fever]: https://example.org/f\n"
        + SOURCES_MD,
        [
            ("Ibuprofen [eases", "adults. [1]"),
            ("See [the leaflet][]", "day. [2]"),
            ("A [fever]", "children. [2]"),
        ],
    ),
    (
        "page text with indented lines and a lone carriage return",
        "text",
        "Pain relief\n\n    Ibuprofen eases pain in 8 of 10 adults. [1]\r\tFever is common in 3 of 10 children. [2]\n\n"
        "Sources\n\n1. Pain relief (example.org)\n2. Fever (example.org)\n",
        [("Ibuprofen eases", "adults. [1]"), ("Fever is common", "children. [2]")],
    ),
    (
        "html entities and inline tags",
        "html",
        "<html><body><main><h1>Pain</h1>\n<p>  Ibuprofen &amp; <b>paracetamol</b> ease pain in 8 of 10 adults. [1]</p>\n"
        "<p>A fever &#x2264; 39 C is common in <a href='https://example.org/x'>3 of 10</a> children. [2]</p>\n"
        "<h2>Sources</h2><ol><li>Pain relief. https://example.org/pain</li><li>Fever. https://example.org/fever</li></ol>"
        "</main></body></html>\n",
        [("Ibuprofen &amp;", "adults. [1]"), ("A fever &#x2264;", "children. [2]")],
    ),
]


def _check(fmt: str, text: str) -> Any:
    engine = Engine(Config(), Options(select=["uncited-claim", "rule-error"], today=TODAY, with_claims=True))
    path = {"markdown": "a.md", "text": "a.txt", "html": "a.html"}[fmt]
    return next(engine.check_inputs([Input(path, text, fmt)]))  # type: ignore[arg-type]


@pytest.mark.parametrize(("fmt", "text", "expected"), [pytest.param(*c[1:], id=c[0]) for c in CASES])
def test_claims_start_and_end_where_their_words_are(fmt: str, text: str, expected: list[tuple[str, str]]) -> None:
    checked = _check(fmt, text)
    lines = LineIndex(text)
    claims = checked.report.claims or []
    got = [(c.line, c.column, c.end_line, c.end_column) for c in claims]
    want = []
    at = 0
    for first, last in expected:
        start = text.index(first, at)
        end = text.index(last, start) + len(last)
        at = end
        want.append((*lines.position(start), *lines.position(end)))
    assert got == want, [c.text for c in claims]


@pytest.mark.parametrize(("fmt", "text"), [pytest.param(c[1], c[2], id=c[0]) for c in CASES])
def test_every_claim_and_marker_points_at_its_text(fmt: str, text: str) -> None:
    checked = _check(fmt, text)
    report, article = checked.report, checked.article
    blocks = report.blocks or []
    assert report.claims and report.markers
    for claim in report.claims:
        assert claim.block is not None
        assert blocks[claim.block].text[claim.block_start : claim.block_end] == claim.text
    for marker in report.markers:
        assert blocks[marker.block].text[marker.block_start : marker.block_end] == marker.text
    # in the file: a marker is copied as written; a sentence's every character maps onto itself or its markup
    for marker in checked.analysis.markers:
        assert text[marker.start : marker.end] == marker.text
    for sentence in checked.analysis.sentences:
        block = article.blocks[sentence.block]
        for i, ch in enumerate(sentence.text):
            at = block.source_offset(sentence.block_start + i)
            assert text[at] == ch or ch.isspace() or text[at] in "&\\", (sentence.text, i, text[at])
        assert text[sentence.start] in (sentence.text[0], "&", "\\")
        assert text[sentence.end - 1] == sentence.text[-1]


@pytest.mark.parametrize(("fmt", "text"), [pytest.param(c[1], c[2], id=c[0]) for c in CASES])
def test_source_entries_start_at_their_entry(fmt: str, text: str) -> None:
    checked = _check(fmt, text)
    lines = LineIndex(text)
    entries = checked.report.sources or []
    assert [s.title for s in entries] == ["Pain relief", "Fever"]
    for entry, title in zip(entries, ["Pain relief", "Fever"], strict=True):
        heading = text.index("Sources")
        assert (entry.line, entry.column) <= lines.position(text.index(title, heading))
        assert entry.line == lines.position(text.index(title, heading))[0]
