"""A long Markdown article is parsed in sections: the article read is the one a single parse gives."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, note, settings
from hypothesis import strategies as st

from lint.parse.markdown import parse_markdown
from tests.test_properties import PROFILE, articles, markdown_article

ROOT = Path(__file__).resolve().parent.parent
MARKDOWN_FILES = sorted([*ROOT.glob("articles/*.md"), *(ROOT / "tests").glob("**/*.md")])

# every construct whose end a section cut could move: written in my own words for this test
TRICKY = """---
title: Sore throat
authors:
  - name: Ana Reyes
---

# Sore throat

Most sore throats clear up within a week without treatment.[^a] See the [overview][nhs] first.

Warning signs
-------------

1. Trouble breathing needs urgent care. [1]
2. Drooling or trouble swallowing needs a same-day check. [2]
3. A fever over 39 °C lasting two days needs a call to your clinic. [1]

- Tight item one with a claim that 4 in 10 adults get one each year. [2]
- Tight item two
  goes on here on a lazy line
- Loose item three

  with a second paragraph of its own. [1]
  - nested item under three [2]
  - another nested item
- Item four

```text
- not a list item, a line of code
# not a heading either
```

<div>
- raw HTML, not a list
</div>

> A quote that goes on
lazily on this line. [1]

| Symptom | What to do |
|---|---|
| Fever | Rest and drink fluids [1] |
| Rash | Call your clinic [2] |

Paracetamol eases the pain for most people. [1]

[clinic]: https://example.org/clinic
"Clinic
opening hours"
Ask at the [clinic] when the pain lasts a week. [2]
***
A paragraph after a thematic break, then one more list:

7. seven [1]
8. eight [2]

## Sources

1. [Sore throat overview](https://example.org/sore-throat)
2. [Throat infections in adults](https://example.org/throat)

[^a]: A note written at the end of the file.

[nhs]: https://example.org/nhs
  "A title on the line after"
"""


def _same(text: str, section_chars: int) -> None:
    whole = parse_markdown(text, "a.md", section_chars=10**9)
    parted = parse_markdown(text, "a.md", section_chars=section_chars)
    assert parted.blocks == whole.blocks
    assert parted.sources == whole.sources
    assert parted.metadata == whole.metadata
    assert parted.sources_heading == whole.sources_heading
    assert parted.parse_problems == whole.parse_problems
    assert parted.code_lines == whole.code_lines


def test_sections_read_the_tricky_article_as_one_parse() -> None:
    assert parse_markdown(TRICKY, "a.md").code_lines == [(28, 31)]  # the fenced block, fences included
    # every window size up to the whole: each puts the cuts somewhere else
    for section_chars in range(1, len(TRICKY), 3):
        _same(TRICKY, section_chars)


@pytest.mark.parametrize("path", MARKDOWN_FILES, ids=lambda p: str(p.relative_to(ROOT)))
def test_sections_read_every_markdown_fixture_as_one_parse(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    for section_chars in (1, 64):
        _same(text, section_chars)


def test_a_source_list_cut_into_sections_keeps_its_numbers() -> None:
    entries = "".join(f"{n}. [Study number {n}](https://example.org/{n})\n" for n in range(1, 41))
    bullets = "".join(f"- Item {n} needs a check. [{n}]\n" for n in range(1, 41))
    text = f"# Headaches\n\n{bullets}\n## Sources\n\n{entries}"
    article = parse_markdown(text, "a.md", section_chars=80)
    assert [s.number for s in article.sources] == list(range(1, 41))
    assert [s.title for s in article.sources][-1] == "Study number 40"
    items = [b for b in article.blocks if b.kind == "list_item" and b.role == "body"]
    assert len(items) == 40
    assert all(text[b.start : b.end].endswith(b.text) for b in items)
    _same(text, 80)


def test_front_matter_longer_than_a_section_is_still_front_matter() -> None:
    text = "---\ntitle: Long front matter\nnotes: |\n" + "  a line of notes\n" * 50 + "---\n\n# Body\n\nText.\n"
    article = parse_markdown(text, "a.md", section_chars=30)
    assert article.metadata.title == "Long front matter"
    assert [b.text for b in article.blocks] == ["Body", "Text."]


@settings(PROFILE, max_examples=min(PROFILE.max_examples, 300))
@given(articles(markdown_article), st.integers(1, 200))
def test_sections_read_generated_articles_as_one_parse(text: str, section_chars: int) -> None:
    note(repr(text))
    _same(text, section_chars)


# lines that open, go on or close a block, put together with no blank line to keep them apart
LINES = [
    *["- an item that needs care [1]", "* a star item", "+ a plus item", "\t- a tab item", "- ", "-"],
    *["1. a first entry", "2. a second entry", "7. a seventh", "2) a paren item", "1.", "  1. nested ordered"],
    *["  - a nested item", "   a continuation", "    indented code", "  > a nested quote"],
    *["", "", "", "```", "~~~", "> a quoted line [2]", "<div>", "</div>", "<!--", "-->", "<script>", "</script>"],
    *["---", "===", "***", "- - -", "# A heading", "## Sources", "| a | b |", "|---|---|"],
    *["[ref]: https://example.org/r", '"a title"', "[^1]: a note", "[^2]: another note\n    goes on"],
    *["plain text on 4 in 10 adults", "see [ref] here [^1]", "---\ntitle: x\n---"],
]


@settings(PROFILE, max_examples=min(PROFILE.max_examples, 500))
@given(st.lists(st.sampled_from(LINES), min_size=3, max_size=60), st.sampled_from(["\n", "\r\n"]), st.integers(1, 200))
def test_sections_read_any_run_of_block_lines_as_one_parse(lines: list[str], newline: str, section_chars: int) -> None:
    text = ("\n".join(lines) + "\n").replace("\n", newline)
    note(repr(text))
    _same(text, section_chars)
