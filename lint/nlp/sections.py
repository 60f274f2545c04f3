"""Facts about an article's sections that several rules and the report share: disclaimer and red-flag section."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from lint.model import Article, Block


@lru_cache(maxsize=32)
def _compiled(patterns: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.I | re.S)


def disclaimer_blocks(article: Article, patterns: list[str]) -> list[int]:
    """Indices of the blocks that state the safety disclaimer."""
    if not patterns:
        return []
    rx = _compiled(tuple(patterns))
    return [i for i, b in enumerate(article.blocks) if b.kind != "heading" and rx.search(b.text)]


def section_ends(blocks: list[Block]) -> dict[int, int]:
    """For each heading, the index of the block after its section: the next heading of the same or a higher level.

    One pass with a stack of open headings, so an article with many headings costs time linear in its blocks.
    """
    ends: dict[int, int] = {}
    open_headings: list[int] = []
    for i, block in enumerate(blocks):
        if block.kind != "heading":
            continue
        while open_headings and blocks[open_headings[-1]].level >= block.level:
            ends[open_headings.pop()] = i
        open_headings.append(i)
    for i in open_headings:
        ends[i] = len(blocks)
    return ends


def section_content(article: Article, heading_index: int) -> list[Block]:
    """The blocks under a heading, up to the next heading of the same or a higher level."""
    blocks = article.blocks
    level = blocks[heading_index].level
    content: list[Block] = []
    for i in range(heading_index + 1, len(blocks)):
        block = blocks[i]
        if block.kind == "heading":
            if block.level <= level:
                break
            continue
        content.append(block)
    return content


def empty_sections(article: Article) -> list[int]:
    """Indices of the headings with no text under them before the next heading of the same or a higher level."""
    blocks = article.blocks
    text_before = _running_count(blocks, lambda b: b.kind != "heading")
    return [i for i, end in sorted(section_ends(blocks).items()) if text_before[end] == text_before[i + 1]]


def _running_count(blocks: list[Block], keep: Callable[[Block], bool]) -> list[int]:
    """``counts[k]``: how many of ``blocks[:k]`` satisfy ``keep``."""
    counts = [0]
    for block in blocks:
        counts.append(counts[-1] + (1 if keep(block) else 0))
    return counts


def leads_a_list(article: Article, index: int) -> bool:
    """A lead-in ending with a colon whose next block is a list item."""
    block = article.blocks[index]
    following = article.blocks[index + 1] if index + 1 < len(article.blocks) else None
    return block.text.rstrip().endswith(":") and following is not None and following.kind == "list_item"


@dataclass(frozen=True, slots=True)
class RedFlags:
    """Where the red-flag section is (`found`), or the first red-flag heading with nothing under it (`empty`)."""

    found: Block | None = None
    empty: Block | None = None


def red_flag_section(article: Article, patterns: list[str]) -> RedFlags:
    """The red-flag section: a matching heading with body under it, a labelled line, or a lead-in over a list."""
    if not patterns:
        return RedFlags()
    rx = _compiled(tuple(patterns))
    empty: Block | None = None
    ends = section_ends(article.blocks)
    body_before = _running_count(article.blocks, lambda b: b.kind != "heading" and b.role == "body")
    for i, block in enumerate(article.blocks):
        if block.kind == "heading":
            if rx.search(block.text):
                if body_before[ends[i]] > body_before[i + 1]:
                    return RedFlags(found=block)
                empty = empty or block
        elif block.role == "body":
            label, sep, rest = block.text.partition(":")
            if sep and len(label) <= 60 and rest.strip() and rx.search(label):
                return RedFlags(found=block)
            if leads_a_list(article, i) and rx.search(block.text):
                return RedFlags(found=block)  # "Call 999 or go to A&E if:" over a list of the symptoms
    return RedFlags(empty=empty)
