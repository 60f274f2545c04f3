"""What `--claims` adds to a file's report: the article's text, claims, markers, source states and checklist."""

from __future__ import annotations

from dataclasses import dataclass

from lint.model import (
    SEVERITY_RANK,
    Article,
    BlockInfo,
    CheckItem,
    Checklist,
    ClaimInfo,
    Finding,
    MarkerInfo,
    SourceInfo,
)
from lint.nlp.analyze import Analysis, CitationMarker, Sentence
from lint.rules.base import Context

# the rules that decide each line of the reviewer's checklist: the findings are the one source of truth
CHECKLIST_RULES: dict[str, tuple[str, ...]] = {
    "disclaimer": ("missing-disclaimer",),
    "red_flags": ("missing-red-flags",),
    "author": ("missing-author",),
    "reviewer": ("missing-reviewer",),
    "review_date": ("missing-date", "date-order", "future-date", "stale-review"),
}


@dataclass(frozen=True)
class ClaimsData:
    blocks: list[BlockInfo]
    claims: list[ClaimInfo]
    markers: list[MarkerInfo]
    sources: list[SourceInfo]
    checklist: Checklist


def _group(article: Article, sentence: Sentence) -> object:
    """Sentences cited together: the cells of a table row, otherwise one block."""
    block = article.blocks[sentence.block]
    return ("row", block.row) if block.row is not None else sentence.block


def _unresolved(marker: CitationMarker) -> list[str]:
    """What of a marker leads nowhere: ids with no entry, a citation with no matching entry, a malformed marker."""
    if marker.style == "malformed":
        return [marker.text]
    if marker.style == "author_year":
        return [i for i in marker.ids if any(f"({i.replace(' ', ', ', 1)})" in p for p in marker.problems)]
    return list(marker.problems)


def _citing_markers(article: Article, analysis: Analysis, index: int) -> tuple[int, ...]:
    """The markers that cover a sentence: its own, or the next ones after it in its block."""
    sentence = analysis.sentences[index]
    if sentence.markers or not sentence.covered:
        return sentence.markers
    group = _group(article, sentence)
    for later in analysis.sentences[index + 1 :]:
        if _group(article, later) != group:
            break
        if later.markers:
            return later.markers
    return ()


def _unique(items: list[str]) -> list[str]:
    return list(dict.fromkeys(items))


def checklist(findings: list[Finding], ran: set[str] | None = None) -> Checklist:
    """Each line's status is the worst finding of its rules; `not-checked` when none of them ran."""
    items: dict[str, CheckItem] = {}
    for key, rules in CHECKLIST_RULES.items():
        found = [f for f in findings if f.rule in rules]
        if found:
            worst = max(found, key=lambda f: SEVERITY_RANK[f.severity]).severity
            items[key] = CheckItem(
                status=worst, rules=_unique([f.rule for f in found]), messages=[f.message for f in found]
            )
        elif ran is not None and not ran.intersection(rules):
            items[key] = CheckItem(status="not-checked")
        else:
            items[key] = CheckItem(status="pass")
    return Checklist(**items)


def claims_data(ctx: Context, findings: list[Finding], ran: set[str] | None = None) -> ClaimsData:
    """Everything the reviewer's report shows about one article, from the same Article and Analysis the rules read.

    ``ran`` names the rules that ran on the article (every rule when None), for the checklist.
    """
    article, analysis = ctx.article, ctx.analysis
    lines = ctx.lines
    heading_start = article.sources_heading.start if article.sources_heading is not None else None

    # the article's text, without page chrome and the source list (that is `sources`)
    block_index: dict[int, int] = {}
    blocks: list[BlockInfo] = []
    for i, block in enumerate(article.blocks):
        if block.role in ("chrome", "source_entry") or (block.kind == "heading" and block.start == heading_start):
            continue
        block_index[i] = len(blocks)
        blocks.append(
            BlockInfo(
                kind=block.kind,
                role=block.role,
                level=block.level,
                text=block.text,
                line=lines.position(block.start)[0],
                end_line=lines.position(max(block.start, block.end - 1))[0],
            )
        )

    markers: list[MarkerInfo] = []
    for marker in analysis.markers:
        markers.append(
            MarkerInfo(
                text=marker.text,
                ids=list(marker.ids),
                **lines.region(marker.start, marker.end),
                block=block_index.get(marker.block, -1),
                block_start=marker.block_start,
                block_end=marker.block_start + len(marker.text),
                sources=_unique([article.sources[e].display_id for e in marker.entries]),
                unresolved=_unresolved(marker),
            )
        )

    claims: list[ClaimInfo] = []
    for k, sentence in enumerate(analysis.sentences):
        if sentence.claim_kind is None:
            continue
        citing = sentence.cited_by or _citing_markers(article, analysis, k)
        resolved = _unique([s for m in citing for s in markers[m].sources])
        unresolved = _unique([i for m in citing for i in markers[m].unresolved])
        status = analysis.state(sentence)
        claims.append(
            ClaimInfo(
                text=sentence.text,
                **lines.region(sentence.start, sentence.end),
                kind=sentence.claim_kind,  # type: ignore[arg-type]
                cited=status == "cited",
                status=status,
                markers=[markers[m].text for m in citing],
                citing=list(citing),
                sources=resolved,
                unresolved=unresolved,
                block=block_index.get(sentence.block),
                block_start=sentence.block_start,
                block_end=sentence.block_start + len(sentence.text),
            )
        )

    sources: list[SourceInfo] = []
    duplicate_of = {id(d.source): d.first.display_id for d in ctx.duplicates}
    states = ctx.source_states
    for index, source in enumerate(article.sources):
        cited_by = [m for m, info in enumerate(markers) if source.display_id in info.sources]
        line, column = lines.position(source.start)
        end_line, end_column = lines.position(source.end)
        on_entry = _unique([f.rule for f in findings if (line, column) <= (f.line, f.column) <= (end_line, end_column)])
        sources.append(
            SourceInfo(
                id=source.display_id,
                number=source.number,
                label=source.label,
                title=source.title,
                url=source.url,
                domain=source.domain,
                doi=source.doi,
                pmid=source.pmid,
                line=line,
                column=column,
                end_line=end_line,
                end_column=end_column,
                cited=len(cited_by),
                text=source.text,
                duplicate_of=duplicate_of.get(id(source)),
                cited_by=cited_by,
                findings=on_entry,
                verification=states[index].verification() if states is not None else None,
            )
        )

    return ClaimsData(blocks, claims, markers, sources, checklist(findings, ran))
