"""Plain paragraphs skip markdown-it's inline pass: the tokens they get are the ones that pass would give."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lint.parse.markdown import _parser, parse_markdown, plain_inline


def _markdown_it(content: str, env: dict[str, Any]) -> list[dict[str, Any]]:
    md = _parser()
    out: list[Any] = []
    md.inline.parse(content, md, env, out)
    return [t.as_dict() for t in out]


def _plain(content: str, env: dict[str, Any]) -> list[dict[str, Any]] | None:
    tokens = plain_inline(content, env)
    return None if tokens is None else [t.as_dict() for t in tokens]


# the characters and pieces that decide how markdown-it reads a line: breaks, spaces before them, markers,
# links, emphasis, escapes, entities, footnotes
PIECES = st.sampled_from(
    [
        *"ab Z9.,;:-#+=>%$@{}()\t",
        "\n",
        "  \n",
        " \n",
        "\n  ",
        "\t\n",
        "   ",
        "[1]",
        "[2, 3]",
        "[4-6]",
        "[1](",
        "[1][",
        "[x]",
        "]",
        "*",
        "_",
        "`",
        "\\",
        "&amp;",
        "<b>",
        "!",
        "^",
        "~",
        "[^1]",
    ]
)


@settings(max_examples=3000, deadline=None)
@given(st.lists(PIECES, max_size=24).map("".join), st.booleans())
def test_plain_text_gets_the_tokens_markdown_it_gives(content: str, defined: bool) -> None:
    env: dict[str, Any] = {"references": {"1": {"href": "https://example.org", "title": ""}}} if defined else {}
    plain = _plain(content, env)
    if plain is not None:
        assert plain == _markdown_it(content, env)


@pytest.mark.parametrize(
    ("content", "kinds"),
    [
        ("Rest helps. [1] Fluids help too. [2, 3]", ["text"]),
        ("Rest helps.\nFluids help too.", ["text", "softbreak", "text"]),
        ("Rest helps. \n   Fluids help too.", ["text", "softbreak", "text"]),
        ("Rest helps.   \nFluids help too.", ["text", "hardbreak", "text"]),
    ],
    ids=["markers-in-a-line", "a-soft-break", "one-space-and-an-indent", "a-hard-break"],
)
def test_a_plain_paragraph_is_read_without_the_inline_pass(content: str, kinds: list[str]) -> None:
    plain = _plain(content, {})
    assert plain is not None
    assert [t["type"] for t in plain] == kinds
    assert plain == _markdown_it(content, {})


@pytest.mark.parametrize(
    ("content", "env"),
    [
        ("See [the guide](https://example.org).", {}),
        ("Rest *really* helps.", {}),
        ("A marker before a link [1](https://example.org).", {}),
        ("A marker a definition names [1].", {"references": {"1": {"href": "https://example.org", "title": ""}}}),
        ("Salt &amp; water.", {}),
        ("A footnote.[^1]", {}),
    ],
    ids=["a-link", "emphasis", "a-marker-followed-by-a-link", "a-defined-label", "an-entity", "a-footnote"],
)
def test_markup_goes_through_markdown_it(content: str, env: dict[str, Any]) -> None:
    assert plain_inline(content, env) is None


def test_the_text_of_plain_and_marked_up_paragraphs_stands_where_the_file_has_it() -> None:
    text = "# Colds\n\nRest helps. [1]  \n  Fluids *help* too.\n\nSleep helps.\nSo does honey. [1]\n\n[1]: https://example.org\n"
    article = parse_markdown(text, "a.md")
    body = [b for b in article.blocks if b.kind == "paragraph"]
    for block in body:
        # every character of the text read stands where the file has it
        assert all(text[block.source_offset(i)] == ch for i, ch in enumerate(block.text) if not ch.isspace()), (
            block.text
        )
