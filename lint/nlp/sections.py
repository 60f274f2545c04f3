"""Facts about an article's sections that several rules and the report share: disclaimer and red-flag section."""

from __future__ import annotations

from dataclasses import dataclass

from lint.model import Article, Block
from lint.patterns import compile_patterns


def disclaimer_blocks(article: Article, patterns: list[str]) -> list[int]:
    """Indices of the blocks that state the safety disclaimer."""
    if not patterns:
        return []
    rx = compile_patterns(tuple(patterns))
    return [i for i, b in enumerate(article.blocks) if b.kind != "heading" and rx is not None and rx.search(b.text)]


def section_content(article: Article, heading_index: int) -> list[Block]:
    """The blocks under a heading, up to the next heading of the same or a higher level."""
    heading = article.blocks[heading_index]
    content: list[Block] = []
    for block in article.blocks[heading_index + 1 :]:
        if block.kind == "heading" and block.level <= heading.level:
            break
        if block.kind != "heading":
            content.append(block)
    return content


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
    rx = compile_patterns(tuple(patterns))
    if rx is None:
        return RedFlags()
    empty: Block | None = None
    for i, block in enumerate(article.blocks):
        if block.kind == "heading":
            if rx.search(block.text):
                if any(b.role == "body" for b in section_content(article, i)):
                    return RedFlags(found=block)
                empty = empty or block
        elif block.role == "body":
            label, sep, rest = block.text.partition(":")
            if sep and len(label) <= 60 and rest.strip() and rx.search(label):
                return RedFlags(found=block)
            if leads_a_list(article, i) and rx.search(block.text):
                return RedFlags(found=block)  # "Call 999 or go to A&E if:" over a list of the symptoms
    return RedFlags(empty=empty)
