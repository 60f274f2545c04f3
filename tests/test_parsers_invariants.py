"""Every block of every fixture in every format points at its own text in the file (textlint's AST tester)."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from bench.adversarial_html import ODD_PAGES, SHAPES
from lint.model import Article, LineIndex
from lint.parse import format_for_path, parse
from lint.parse.html import parse_html

ROOT = Path(__file__).parent / "fixtures"
FIXTURES = sorted(
    p for p in [*ROOT.glob("pages/**/*"), *ROOT.glob("articles/*")] if p.is_file() and format_for_path(p.name)
)
# characters a parser writes that are not in the file as such: joined lines, rendered markers, entities,
# the replacement character for a lone surrogate
_SYNTHETIC = frozenset(" []\ufffd")


def _parsed(path: Path) -> Article:
    fmt = format_for_path(path.name)
    assert fmt is not None
    return parse(path.read_text(encoding="utf-8"), str(path), fmt)


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: str(p.relative_to(ROOT)))
def test_every_block_maps_onto_the_file(path: Path) -> None:
    article = _parsed(path)
    assert article.blocks, "a fixture with no blocks tests nothing"
    _check_blocks(article)


def _check_blocks(article: Article) -> None:
    text = article.text
    for block in article.blocks:
        where = f"{block.kind} {block.text[:40]!r}"
        assert 0 <= block.start < block.end <= len(text), where
        assert block.text == block.text.strip() and block.text, where
        # the span holds the block's first character (after any markup such as a bullet or `[`)
        first = block.source_offset(0)
        assert block.text[0] in text[block.start : first + 1] or text[first] == "&", where
        previous = -1
        for i, ch in enumerate(block.text):
            at = block.source_offset(i)
            assert block.start <= at < block.end, f"{where}: character {i} maps outside the block"
            assert at >= previous, f"{where}: character {i} maps before the one before it"
            previous = at
            copied = text[at] == ch
            assert copied or ch in _SYNTHETIC or ch.isspace() or text[at] in "&\\", (
                f"{where}: {ch!r} at {i} -> {text[at]!r}"
            )
        # each segment that copies text copies it exactly
        for k, (text_at, source_at) in enumerate(block.segments):
            nxt = block.segments[k + 1][0] if k + 1 < len(block.segments) else len(block.text)
            run = block.text[text_at:nxt]
            if len(run) > 1:
                assert text[source_at : source_at + len(run)] == run, where


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: str(p.relative_to(ROOT)))
def test_sources_and_metadata_spans_are_in_the_file(path: Path) -> None:
    article = _parsed(path)
    n = len(article.text)
    lines = LineIndex(article.text)
    for source in article.sources:
        assert 0 <= source.start < source.end <= n
        assert not article.text[source.start].isspace()
        assert source.start in {b.start for b in article.blocks if b.role == "source_entry"}
    for name, (start, end) in article.metadata.spans.items():
        assert 0 <= start <= end <= n, name
        line, column = lines.position(start)
        assert line >= 1 and column >= 1
    if article.format != "markdown":
        # page formats point date fields at the date itself
        for name in ("published", "updated"):
            if name in article.metadata.spans and article.format == "text":
                start, end = article.metadata.spans[name]
                assert any(ch.isdigit() for ch in article.text[start:end]), name


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: str(p.relative_to(ROOT)))
def test_blocks_are_in_reading_order_and_do_not_overlap(path: Path) -> None:
    article = _parsed(path)
    spans = [(b.start, b.end) for b in article.blocks]
    for (a_start, a_end), (b_start, _) in itertools.pairwise(spans):
        assert a_start < b_start and a_end <= b_start


# hostile HTML (bench/adversarial_html.py): every shape at a small size and every page of odd bytes
HOSTILE = {**{f"shape-{name}": build(6000) for name, build in SHAPES.items()}, **ODD_PAGES}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_html_never_raises_and_maps_onto_the_file(name: str) -> None:
    article = parse_html(HOSTILE[name], "hostile.html")
    assert not article.parse_problems
    _check_blocks(article)
    spans = [(b.start, b.end) for b in article.blocks]
    assert all(a_end <= b_start for (_, a_end), (b_start, _) in itertools.pairwise(spans))
