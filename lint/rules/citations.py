"""Citation rules: every claim carries a source, every marker resolves to an entry."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from lint.model import Violation
from lint.nlp.markers import MARKER
from lint.rules.base import Context, Rule


def quote(text: str, limit: int = 60) -> str:
    """The start of a sentence for a message, cut at a word boundary."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0]
    return cut + "…"


class UncitedClaim(Rule):
    """A claim that no citation marker covers.

    ## What it does
    Finds sentences in the article body that assert something about health (what a condition or
    treatment does, how often, what helps, what a reader should do and why) and carry no citation
    marker. By default a marker also covers the uncited sentences just before it in the same
    paragraph or list item; with `citation_scope = "sentence"` every claim needs its own marker.
    Headings, questions, list lead-ins, bylines, dates, calls to action and the disclaimer are not
    claims.

    ## Why it matters
    Readers act on health statements. A statement with no source cannot be checked by a reviewer,
    and a reader cannot tell evidence from opinion.

    ## Example
    ```markdown
    Chemotherapy-induced neuropathy affects up to 68 percent of patients in the first month.
    ```

    ## Use instead
    ```markdown
    Chemotherapy-induced neuropathy affects up to 68 percent of patients in the first month. [3]
    ```
    and list the source as entry 3 under `## Sources`.

    ## Options
    `citation_scope` (`"block"` or `"sentence"`, default `"block"`).
    `claim_severity`, a table of severity by claim kind (`statistic`, `dosage`, `treatment`,
    `causal`, `advice`, `general`); kinds not listed take this rule's severity, except `statistic`
    and `dosage`, which stay errors unless named:
    ```toml
    [tool.medlint.claim_severity]
    general = "warning"
    ```
    `exempt_patterns`, regular expressions (case-insensitive) for sentences the site treats as
    common knowledge, such as `["^drink plenty of water"]`; a matching claim needs no source.
    """

    code = "CIT001"
    name = "uncited-claim"
    severity = "error"

    def check(self, ctx: Context) -> Iterator[Violation]:
        exempt = _exempt_pattern(tuple(ctx.config.exempt_patterns))
        for sentence in ctx.analysis.sentences:
            if sentence.claim_kind is None or sentence.covered:
                continue
            if exempt is not None and exempt.search(" ".join(MARKER.sub("", sentence.text).split())):
                continue
            kind = sentence.claim_kind
            label = "Claim" if kind == "general" else f"{kind.capitalize()} claim"
            yield self.violation(
                sentence.start,
                sentence.end,
                f'{label} has no source: "{quote(sentence.text)}"; add a citation marker such as [1] '
                "that points to an entry in the source list",
                claim_kind=kind,
                subject=sentence.text,
                severity=ctx.config.claim_severity.get(kind),  # type: ignore[call-overload]
            )


@lru_cache(maxsize=8)
def _exempt_pattern(patterns: tuple[str, ...]) -> re.Pattern[str] | None:
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE) if patterns else None


class UnresolvedCitation(Rule):
    """A citation marker that points to no entry in the source list.

    ## What it does
    Checks every id in every citation marker (`[4]`, `[2, 5]`, `[1-3]`, `[PM13]`, `[^note]`) against
    the numbers and labels of the article's source list, and reports each id that matches no entry:
    `[12]` in a list of 9 sources, or a labelled `[PM13]` when no entry carries that label.

    ## Why it matters
    A broken reference looks like evidence but leads nowhere; reviewers and readers who follow it
    find nothing, or the wrong source.

    ## Example
    ```markdown
    Corticosteroids are usually the first treatment. [PM13]

    ## Sources
    1. [Managing immunotherapy side effects](https://www.cancer.gov/...)
    ```

    ## Use instead
    Add the missing entry with its label, or cite the entry that supports the sentence:
    ```markdown
    ## Sources
    1. [Managing immunotherapy side effects](https://www.cancer.gov/...)
    2. [PM13] [Management of immune-related adverse events](https://pubmed.ncbi.nlm.nih.gov/...)
    ```

    ## Options
    None. When the article has no source list at all, `missing-sources` reports it once instead.
    """

    code = "CIT002"
    name = "unresolved-citation"
    severity = "error"

    def check(self, ctx: Context) -> Iterator[Violation]:
        sources = ctx.article.sources
        if not sources:
            return
        known = {i for s in sources for i in s.ids}
        numbers = sorted(s.number for s in sources if s.number is not None)
        for marker in ctx.analysis.markers:
            missing = [i for i in marker.ids if i not in known]
            if not missing:
                continue
            listed = (
                f"the source list has entries {numbers[0]}–{numbers[-1]}"
                if numbers
                else "the source list has no numbered entries"
            )
            names = ", ".join(f"[{i}]" for i in missing)
            yield self.violation(
                marker.start,
                marker.end,
                f"Citation {names} matches no source entry ({listed}); add the entry or fix the marker",
                subject=marker.text,
            )
