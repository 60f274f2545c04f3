"""Citation rules: every claim carries a source, every marker resolves to an entry."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from lint.model import Block, Violation
from lint.nlp.analyze import CitationMarker
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
        numbers = sorted({s.number for s in sources if s.number is not None})
        listed = _entries(numbers)
        for marker in ctx.analysis.markers:
            missing = [i for i in marker.ids if i not in known]
            if not missing:
                continue
            names = ", ".join(f"[{i}]" for i in missing)
            yield self.violation(
                marker.start,
                marker.end,
                f"Citation {names} matches no source entry ({listed}); add the entry or fix the marker",
                subject=marker.text,
            )


# --- malformed markers ------------------------------------------------------------------------

_ID = r"[A-Za-z]{0,6}\d{1,5}[a-z]?"
# a bracket and what follows it up to the next bracket, or a number run into a word or punctuation
_SUSPECT = re.compile(
    r"\[(?P<inner>[^\[\]\n]{0,40})(?P<close>\])?"
    r"|(?<=[a-z]{2}[.,;:!?)\"'\u201d\u2019])(?P<punct>\d{1,3}(?:[,\u2013-]\d{1,3})*)(?=[\s)\]]|$|[A-Z][a-z])"
    r"|(?<=[a-z]{4})(?P<glued>\d{1,3}(?:[,\u2013-]\d{1,3})*)(?=[\s.,;:!?)\]]|$)"
)
_ID_ONLY = re.compile(rf"^[\s,;.:\u2013-]*{_ID}(?:[\s,;.:\u2013-]+{_ID})*[\s,;.:\u2013-]*$")
_UNCLOSED = re.compile(rf"^\s*({_ID}(?:\s*[,;\u2013-]\s*{_ID})*)(?=\s|$)")
_RANGE = re.compile(r"(\d{1,4})\s*[-\u2013]\s*(\d{1,4})")
# words a number may follow without being a citation: COVID19, pp.17, Fig.3, omega3, day14
_NUMBERED_WORDS = frozenset(
    {
        "covid",
        "sars",
        "omega",
        "type",
        "stage",
        "grade",
        "phase",
        "level",
        "step",
        "dose",
        "doses",
        "cycle",
        "day",
        "days",
        "week",
        "weeks",
        "month",
        "months",
        "year",
        "years",
        "age",
        "ages",
        "version",
        "vol",
        "no",
        "pp",
        "fig",
        "figs",
        "ch",
        "chap",
        "ed",
        "eds",
        "sec",
        "para",
        "ref",
        "refs",
        "table",
        "vs",
        "approx",
    }
)


def _entries(numbers: list[int]) -> str:
    """`the source list has entries 1–3 and 5`, `... only entry 1`: the numbers as runs."""
    if not numbers:
        return "the source list has no numbered entries"
    if len(numbers) == 1:
        return f"the source list has only entry {numbers[0]}"
    runs: list[list[int]] = []
    for n in numbers:
        if runs and n == runs[-1][-1] + 1:
            runs[-1].append(n)
        else:
            runs.append([n])
    parts = [str(r[0]) if len(r) == 1 else f"{r[0]}, {r[1]}" if len(r) == 2 else f"{r[0]}–{r[-1]}" for r in runs]
    if len(parts) > 6:
        parts = [*parts[:5], "…", parts[-1]]
    listed = parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]
    return f"the source list has entries {listed}"


def reversed_range(marker_text: str) -> tuple[int, int] | None:
    """`[3-1]` -> (3, 1): a range whose ends are the wrong way round."""
    for m in _RANGE.finditer(marker_text):
        lo, hi = int(m.group(1)), int(m.group(2))
        if lo > hi:
            return lo, hi
    return None


def _numbers(run: str) -> list[int]:
    """`1,3-5` -> [1, 3, 4, 5]; an inverted or huge range gives []."""
    out: list[int] = []
    for part in run.split(","):
        ends = re.split(r"[-\u2013]", part)
        if len(ends) == 2:
            lo, hi = int(ends[0]), int(ends[1])
            if not lo <= hi <= lo + 50:
                return []
            out.extend(range(lo, hi + 1))
        else:
            out.append(int(part))
    return out


def _shape_problem(inner: str) -> str:
    """Why a bracketed list of ids is not a marker readers and tools can resolve."""
    stripped = inner.strip()
    if stripped[:1] in ",;.:-\u2013" or stripped[-1:] in ",;.:-\u2013":
        return "stray punctuation inside the brackets"
    if re.search(r"[,;.:]\s*[,;.:]", stripped):
        return "an empty item between separators"
    if "." in stripped or ":" in stripped:
        return "ids separated by a full stop or colon"
    if re.search(r"\w\s+\w", stripped) and not re.search(r"[,;\u2013-]", stripped):
        return "ids separated only by a space"
    if inner != stripped:
        return "spaces inside the brackets"
    return "spacing or separators medlint cannot read"


def _suggest(inner: str) -> str:
    ids = re.findall(_ID, inner)
    return "[" + ", ".join(ids) + "]"


class MalformedCitation(Rule):
    """A citation marker written so that readers and tools cannot resolve it.

    ## What it does
    Reads the article's text for markers that are almost, but not quite, citations: stray
    punctuation (`[1.]`, `[,2]`), spaces inside the brackets (`[ 3 ]`), an empty item (`[1,,2]`),
    ids separated only by a space (`[1 2]`), a range written backwards (`[3-1]`), a marker with no
    closing bracket (`[4` followed by text), and a marker inside a heading, where it cites nothing.
    On articles with a numbered source list it also finds citation numbers flattened onto a word or
    punctuation when a page was exported as text (`side effects.17`, `in adults,3-5`) whenever every
    number is an entry of the list; numbers after a hyphen (`COVID-19`), after words like
    `grade`, `day` or `pp.`, and numbers of four digits (years) are never read as citations.

    ## Why it matters
    A malformed marker is invisible to the checks that every claim is cited and every marker leads to
    a source: the claim looks cited to a reader but is not linked, or the marker silently points
    at the wrong entry.

    ## Example
    ```markdown
    Numbness usually starts in the toes. [ 3 ] It can spread to the hands.[4
    ```

    ## Use instead
    ```markdown
    Numbness usually starts in the toes. [3] It can spread to the hands. [4]
    ```

    ## Options
    None.
    """

    code = "CIT003"
    name = "malformed-citation"
    severity = "error"

    def check(self, ctx: Context) -> Iterator[Violation]:
        sources = ctx.article.sources
        numbers = {s.number for s in sources if s.number is not None}
        known = {i for s in sources for i in s.ids}
        for block in ctx.article.blocks:
            if block.role != "body":
                continue
            if block.kind == "heading":
                yield from self._heading(block)
            else:
                yield from self._text(block, numbers, known)

    def _heading(self, block: Block) -> Iterator[Violation]:
        if "[" not in block.text:
            return
        for m in MARKER.finditer(block.text):
            yield self._at(
                block,
                m.start(),
                m.end(),
                f'Citation {m.group(0)} is in the heading "{quote(block.text)}", where it cites nothing; '
                "move it to the end of the sentence it supports",
            )

    def _text(self, block: Block, numbers: set[int], known: set[str]) -> Iterator[Violation]:
        text = block.text
        for m in _SUSPECT.finditer(text):
            inner = m.group("inner")
            if inner is not None:
                yield from self._bracket(block, m, inner, known)
                continue
            run = m.group("punct") or m.group("glued")
            if not numbers or run is None:
                continue
            cited = _numbers(run)
            if not cited or not all(n in numbers for n in cited):
                continue
            word = re.search(r"[A-Za-z]+\W?$", text[: m.start()])
            if word is None or word.group(0).rstrip(".,;:!?)\"'\u201d\u2019").lower() in _NUMBERED_WORDS:
                continue
            before = text[max(0, m.start() - 12) : m.start()].split()[-1] if text[: m.start()].strip() else ""
            yield self._at(
                block,
                m.start(),
                m.end(),
                f'Citation number {run} is run into the text ("{before}{run}"); write it as a marker: '
                f"{before} [{run.replace(',', ', ')}]",
            )

    def _bracket(self, block: Block, m: re.Match[str], inner: str, known: set[str]) -> Iterator[Violation]:
        text = block.text
        if m.group("close"):
            whole = m.group(0)
            if not _ID_ONLY.match(inner):
                return
            if MARKER.fullmatch(whole):
                backwards = reversed_range(whole)
                if backwards is None:
                    return
                hi, lo = backwards
                yield self._at(
                    block,
                    m.start(),
                    m.end(),
                    f"Citation {whole} has its range backwards; write [{lo}-{hi}]",
                )
                return
            yield self._at(
                block,
                m.start(),
                m.end(),
                f"Malformed citation {whole}: {_shape_problem(inner)}; write {_suggest(inner)}",
            )
            return
        # no closing bracket before the next bracket or the end of the paragraph
        # a "]" before the next "[" closes it after all (searched in place: no copy of the rest per bracket)
        next_open = text.find("[", m.end())
        if text.find("]", m.end(), next_open if next_open >= 0 else len(text)) >= 0:
            return
        head = _UNCLOSED.match(inner)
        if head is None:
            return
        ids = re.findall(_ID, head.group(1))
        if known and not all(i in known for i in ids):
            return
        end = m.start() + 1 + head.end()
        yield self._at(
            block,
            m.start(),
            end,
            f'Citation "{text[m.start() : end]}" has no closing bracket; write {_suggest(head.group(1))}',
        )

    def _at(self, block: Block, start: int, end: int, message: str) -> Violation:
        return self.violation(
            block.source_offset(start),
            block.source_offset(max(end - 1, start)) + 1,
            message,
            subject=block.text[start:end],
        )


# --- citation order -----------------------------------------------------------------------------


def marker_groups(ctx: Context) -> list[list[CitationMarker]]:
    """Markers that follow each other with only white space between them: `[7] [2] [5]` is one group."""
    groups: list[list[CitationMarker]] = []
    text = ctx.article.text
    for marker in ctx.analysis.markers:
        if groups:
            last = groups[-1][-1]
            if last.block == marker.block and last.end <= marker.start and not text[last.end : marker.start].strip():
                groups[-1].append(marker)
                continue
        groups.append([marker])
    return groups


def _numeric_ids(markers: list[CitationMarker]) -> list[int]:
    return [int(i) for m in markers if reversed_range(m.text) is None for i in m.ids if i.isdigit()]


class CitationOrder(Rule):
    """Sources not numbered in the order they are first cited, or markers in one group out of order.

    ## What it does
    Follows AMA (and Vancouver) style: sources are numbered in the order the text first cites them,
    so the first marker is [1], the next new source [2], and so on; and the numbers in one group of
    markers are in ascending order (`[2] [5] [7]`, `[2, 5, 7]`). Reports each group out of order, and
    once per article the first marker where a source is cited ahead of its turn, naming the source
    that should have come first and counting the others. Labelled markers (`[PM13]`, `[^note]`) are not numbered and are left alone.

    ## Why it matters
    Readers scan the source list by number: when numbers jump about, a reader looking for the source
    of a sentence, or a reviewer checking that each source is cited, loses their place. Ordered
    numbering is also the house style of most medical publishers.

    ## Example
    ```markdown
    Nerve damage can cause numbness. [2] It often starts in the feet. [7] [1] [5]
    ```

    ## Use instead
    ```markdown
    Nerve damage can cause numbness. [1] It often starts in the feet. [1] [2] [3]
    ```
    with the source list renumbered to match.

    ## Options
    None.
    """

    code = "CIT004"
    name = "citation-order"
    severity = "info"

    def check(self, ctx: Context) -> Iterator[Violation]:
        numbers = {s.number for s in ctx.article.sources if s.number is not None}
        if not numbers:
            return
        groups = marker_groups(ctx)
        lines = ctx.lines
        cited = sorted({n for g in groups for n in _numeric_ids(g) if n in numbers})
        first_at: dict[int, CitationMarker] = {}
        for group in groups:
            for marker in group:
                for n in _numeric_ids([marker]):
                    first_at.setdefault(n, marker)
        unseen = list(cited)  # cited numbers not yet reached, ascending
        previous = 0
        misplaced: list[tuple[int, int]] = []  # (number, the number expected instead)
        for group in groups:
            ids = _numeric_ids(group)
            if len(ids) > 1 and ids != sorted(ids):
                yield self._group(group, ids)
            for n in sorted({n for n in ids if n in numbers and n in unseen}):
                # a run that continues from the last new number is one misplacement, reported once
                if n != unseen[0] and n != previous + 1:
                    misplaced.append((n, unseen[0]))
                unseen.remove(n)
                previous = n
        if misplaced:
            n, expected = misplaced[0]
            more = len(misplaced) - 1
            also = f"; {more} more source{'s are' if more != 1 else ' is'} first cited out of turn" if more else ""
            marker, other = first_at[n], first_at[expected]
            yield self.violation(
                marker.start,
                marker.end,
                f"Source {n} is first cited here, before source {expected} (first cited on line "
                f"{lines.position(other.start)[0]}){also}; number sources in the order they are first cited",
                subject=marker.text,
            )

    def _group(self, group: list[CitationMarker], ids: list[int]) -> Violation:
        written = " ".join(m.text for m in group)
        ordered = sorted(ids)
        if len(group) > 1 and all(len(m.ids) == 1 for m in group):
            fix = " ".join(f"[{n}]" for n in ordered)
        else:
            fix = "[" + ", ".join(str(n) for n in ordered) + "]"
        return self.violation(
            group[0].start,
            group[-1].end,
            f"Citations {written} are out of order; write {fix}",
            subject=written,
        )
