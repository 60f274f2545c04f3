"""Source-list rules: the list exists, and each entry has a title, is unique and is cited."""

from __future__ import annotations

import re
from collections.abc import Iterator
from urllib.parse import urlsplit

from lint.model import LineIndex, Source, Violation
from lint.rules.base import Context, Rule


class MissingSources(Rule):
    """An article with claims but no source list.

    ## What it does
    Reports an article that makes health claims but has no source list: no section headed
    `Sources` or `References` with entries in it (or no footnote definitions).

    ## Why it matters
    Without a source list no claim in the article can be traced to evidence, and every citation
    marker in it is broken.

    ## Example
    ```markdown
    Iron tablets can cause constipation. [1]
    ```
    with no `## Sources` section.

    ## Use instead
    ```markdown
    Iron tablets can cause constipation. [1]

    ## Sources
    1. [Iron deficiency anaemia: treatment](https://www.nhs.uk/conditions/iron-deficiency-anaemia/treatment/). NHS, 2023.
    ```

    ## Options
    None.
    """

    code = "SRC001"
    name = "missing-sources"
    severity = "error"

    def check(self, ctx: Context) -> Iterator[Violation]:
        if ctx.article.sources:
            return
        claims = len(ctx.analysis.claims)
        if not claims:
            return
        markers = len(ctx.analysis.markers)
        cited = f" and {markers} citation marker{'s' if markers != 1 else ''}" if markers else ""
        heading = ctx.article.sources_heading
        if heading is not None:
            yield self.violation(
                heading.start,
                heading.end,
                f'The source list under "{heading.text}" has no entries, but the article has {claims} '
                f"claim{'s' if claims != 1 else ''}{cited}; list each source as a numbered item",
            )
            return
        yield self.violation(
            0,
            0,
            f"The article has {claims} claim{'s' if claims != 1 else ''}{cited} but no source list; "
            'add a "Sources" section with a numbered entry for each source',
        )


class EmptySourceTitle(Rule):
    """A source entry with no title.

    ## What it does
    Reports an entry of the source list that gives only a domain, URL or identifier and no title.

    ## Why it matters
    Readers and reviewers judge a source by what it is: "Managing immunotherapy side effects" from
    a cancer centre is not the same evidence as an unnamed page on the same site.

    ## Example
    ```markdown
    8. https://www.cancer.gov/
    ```

    ## Use instead
    ```markdown
    8. [Nerve problems and cancer treatment](https://www.cancer.gov/about-cancer/treatment/side-effects/nerve-problems). National Cancer Institute, 2024.
    ```

    ## Options
    None.
    """

    code = "SRC002"
    name = "empty-source-title"
    severity = "error"

    def check(self, ctx: Context) -> Iterator[Violation]:
        for source in ctx.article.sources:
            if source.title.strip(" .,;:-–—"):
                continue
            where = source.domain or source.url or source.doi or "nothing else"
            yield self.violation(
                source.start,
                source.end,
                f"Source {source.display_id} has no title, only {where}; write the title of the page or paper",
                subject=source.text,
            )


def normalise_title(title: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", title.casefold()).split())


def normalise_url(url: str) -> str:
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").lower().removeprefix("www.")
    path = parts.path.rstrip("/")
    return f"{host}{path}" + (f"?{parts.query}" if parts.query else "")


def source_keys(source: Source) -> list[tuple[str, str]]:
    """Identities by which two entries are the same source."""
    keys: list[tuple[str, str]] = []
    if source.url:
        keys.append(("URL", normalise_url(source.url)))
    if source.doi:
        keys.append(("DOI", source.doi.lower()))
    if source.pmid:
        keys.append(("PMID", source.pmid))
    title = normalise_title(source.title)
    if title:
        keys.append(("title and domain", f"{title}|{source.domain or ''}"))
    return keys


class DuplicateSource(Rule):
    """Two or more entries of the source list for the same source.

    ## What it does
    Reports every entry that repeats an earlier one: the same URL, DOI or PMID, or the same title
    and domain once case, spacing and punctuation are set aside. Each extra entry is reported once,
    naming the first.

    ## Why it matters
    Duplicates make an article look better sourced than it is: three numbers that lead to one page
    are one source, and readers counting evidence are misled.

    ## Example
    ```markdown
    3. [Anti-cancer drug induced peripheral neuropathy](https://www.eviq.org.au/p/1743)
    5. [Anti-cancer drug induced peripheral neuropathy](https://www.eviq.org.au/p/1743)
    ```

    ## Use instead
    Keep one entry and point every marker that cited the others at it.

    ## Options
    None.
    """

    code = "SRC003"
    name = "duplicate-source"
    severity = "warning"

    def check(self, ctx: Context) -> Iterator[Violation]:
        first_by_key: dict[tuple[str, str], Source] = {}
        lines = LineIndex(ctx.article.text)
        for source in ctx.article.sources:
            match: tuple[str, Source] | None = None
            keys = source_keys(source)
            for key in keys:
                if key in first_by_key:
                    match = (key[0], first_by_key[key])
                    break
            for key in keys:
                first_by_key.setdefault(key, source)
            if match is None:
                continue
            how, first = match
            line = lines.position(first.start)[0]
            yield self.violation(
                source.start,
                source.end,
                f"Source {source.display_id} duplicates source {first.display_id} (line {line}): same {how}; "
                f"keep one entry and cite it as [{first.display_id}]",
                subject=source.text,
            )


class UnusedSource(Rule):
    """A source entry that no citation marker cites.

    ## What it does
    Reports each entry of the source list whose number or label appears in no citation marker.

    ## Why it matters
    An uncited entry pads the list, or shows that the marker that should cite it was lost in
    editing, leaving a claim attributed to the wrong source.

    ## Example
    ```markdown
    Dehydration is common in older adults. [1]

    ## Sources
    1. [Dehydration](https://www.nhs.uk/conditions/dehydration/)
    2. [Water: how much should you drink?](https://www.mayoclinic.org/...)
    ```

    ## Use instead
    Cite entry 2 where it supports a sentence, or remove it from the list.

    ## Options
    None.
    """

    code = "SRC004"
    name = "unused-source"
    severity = "warning"

    def check(self, ctx: Context) -> Iterator[Violation]:
        cited = {i for marker in ctx.analysis.markers for i in marker.ids}
        for source in ctx.article.sources:
            if any(i in cited for i in source.ids):
                continue
            yield self.violation(
                source.start,
                source.end,
                f"Source {source.display_id} is never cited; cite it as [{source.display_id}] where it "
                "supports a claim, or remove it",
                subject=source.text,
            )
