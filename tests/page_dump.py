"""A readable dump of a parsed article for golden files: metadata, every block and every source entry."""

from __future__ import annotations

from pathlib import Path

from lint.model import Article, LineIndex
from tests import conftest

PAGES = Path(__file__).parent / "fixtures" / "pages"
GOLDEN = Path(__file__).parent / "golden" / "pages"
# the rules whose findings the page goldens pin: citations, structure, metadata and the basic source checks
PINNED_RULES = ["CIT001", "CIT002", "STR", "META", "SRC001", "SRC002", "SRC003", "SRC004", "MED001"]


def dump(article: Article) -> str:
    lines = LineIndex(article.text)

    def at(offset: int) -> str:
        line, col = lines.position(offset)
        return f"{line}:{col}"

    meta = article.metadata
    out = [f"title: {meta.title!r}"]
    out.append("authors: " + "; ".join(", ".join([p.name, *p.credentials]) for p in meta.authors))
    reviewer = meta.reviewer
    out.append("reviewer: " + (", ".join([reviewer.name, *reviewer.credentials]) if reviewer else "-"))
    out.append(f"published: {meta.published}  updated: {meta.updated}  reading time: {meta.reading_time_minutes}")
    for name, (start, end) in sorted(meta.spans.items()):
        out.append(f"  {name} at {at(start)}-{at(end)} {article.text[start:end]!r}")
    out.append("blocks:")
    for b in article.blocks:
        extra = f" level={b.level}" if b.level else ""
        extra += f" row={b.row}" if b.row is not None else ""
        out.append(f"  {at(b.start)}-{at(b.end)} {b.kind}/{b.role}{extra} | {b.text}")
    heading = article.sources_heading
    out.append(f"sources under: {heading.text if heading else '-'}")
    for s in article.sources:
        out.append(
            f"  {at(s.start)} id={s.display_id} backlinks={s.backlinks} domain={s.domain} url={s.url} | {s.title!r}"
        )
    return "\n".join(out) + "\n"


def check_golden(name: str, actual: str) -> None:
    conftest.check_golden(GOLDEN / name, actual)
