"""Citation rules: every claim carries a source, every marker resolves to an entry."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from functools import lru_cache

from lint.model import Block, Edit, Fix, Violation
from lint.nlp.analyze import CitationMarker
from lint.nlp.markers import MARKER
from lint.patterns import compile_patterns
from lint.rules.base import Context, Rule, quote


class UncitedClaim(Rule):
    """A claim that no citation marker covers.

    ## What it does
    Finds sentences in the article body that assert something about health (what a condition or
    treatment does, how often, what helps, what a reader should do and why) and carry no citation
    marker. Markers are brackets (`[1]`, `[PM13]`, `[^1]`), superscripts flattened into page text
    (`health.17`), numbers in round brackets (`(2, 3)`), author-year citations (`(Silva, 2018)`) and
    inline source notes (`Source: ...`).
    By default a marker also covers the uncited sentences just before it in the same paragraph or
    list item; with `citation_scope = "sentence"` every claim needs its own marker, and statistics
    and doses always do. A list lead-in and its short items are one claim, cited by a marker on the
    lead-in or on any item, and reported once; a marker on the lead-in also cites the items that are
    sentences of their own, numbers included. A list of phrases with no lead-in over it ("Nausea",
    "Hair loss" under a heading) is one claim too, headed by its first item; there a number still
    needs its own marker. Headings, run-in labels ("How to lower your risk."),
    questions, list lead-ins (unless a heading or the end of the article follows where their list
    should be), items that only say when ("When you feel overwhelmed."), bylines, dates,
    calls to action, instructions to contact the care team that give no reason, a referral whose only
    condition is generic ("In an emergency, call 911"), the steps of a visit ("Your nurse will explain
    your results"), instructions that defer to the care team or keep a record ("Take your medicines as
    directed", "Keep a symptom diary"), service and opening-hours notes, review lines, reference entries
    and the disclaimer are not claims. Last, a small model trained on sentences the project labelled
    (`lint/nlp/training/`) reads each remaining candidate's words and sets aside those it is sure assert
    nothing about health: what a service offers, one person's story, a study's methods, a caption or a
    credit. It never sets aside a statistic, a dose, a cause, a sentence that carries its own citation
    marker, or one that points the reader to the site ("..., as our guide explains").

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
    `own_marker_kinds` (default `["statistic", "dosage"]`): claim kinds that need a marker in their
    own sentence in either scope.
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
        exempt = compile_patterns(tuple(ctx.config.exempt_patterns))
        sentences = ctx.analysis.sentences
        reported_lists: set[int] = set()
        for sentence in sentences:
            if sentence.claim_kind is None or sentence.covered:
                continue
            if exempt is not None and exempt.search(" ".join(MARKER.sub("", sentence.text).split())):
                continue
            kind = sentence.claim_kind
            label = "Claim" if kind == "general" else f"{kind.capitalize()} claim"
            message = f'{label} has no source: "{quote(sentence.text)}"'
            if sentence.lead_in is not None:
                # a lead-in and its short items are one claim, reported once, at its first uncited item
                if sentence.lead_in in reported_lists:
                    continue
                reported_lists.add(sentence.lead_in)
                items = [s for s in sentences if s.lead_in == sentence.lead_in and not s.covered]
                kind = next((k for k in ("dosage", "statistic") for s in items if s.claim_kind == k), kind)
                label = "Claim" if kind == "general" else f"{kind.capitalize()} claim"
                head = sentences[sentence.lead_in]
                # a list of phrases with no lead-in is headed by its first item
                where = "the list" if head.lead_in == sentence.lead_in else "the list under"
                message = (
                    f'{label} has no source: {where} "{quote(head.text)}" '
                    f"({len(items)} item{'s' if len(items) != 1 else ''})"
                )
            yield self.violation(
                sentence.start,
                sentence.end,
                f"{message}; add a citation marker such as [1] that points to an entry in the source list",
                claim_kind=kind,
                subject=sentence.text,
                severity=ctx.config.claim_severity.get(kind),  # type: ignore[call-overload]
            )


class UnresolvedCitation(Rule):
    """A citation marker that points to no entry in the source list.

    ## What it does
    Checks every id in every citation marker (`[4]`, `[2, 5]`, `[1-3]`, `[PM13]`, `[^note]`) against
    the numbers and labels of the article's source list, and reports each id that matches no entry:
    `[12]` in a list of 9 sources, or a labelled `[PM13]` when no entry carries that label. An
    author-year citation (`(Silva, 2018)`) is matched by the first author's surname and the year;
    when only the year differs from the entry's, the message says so.

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
        numbers = sorted({s.number for s in sources if s.number is not None})
        listed = _entries(numbers)
        for marker in ctx.analysis.markers:
            if not marker.problems or marker.style in ("note", "malformed"):
                continue
            if marker.style == "author_year":
                for problem in marker.problems:
                    yield self.violation(
                        marker.start,
                        marker.end,
                        f"Citation {problem}; add the entry or fix the citation",
                        subject=marker.text,
                    )
                continue
            names = ", ".join(f"[{i}]" for i in marker.problems)
            yield self.violation(
                marker.start,
                marker.end,
                f"Citation {names} matches no source entry ({listed}); add the entry or fix the marker",
                subject=marker.text,
            )


# --- malformed markers ------------------------------------------------------------------------

_ID = r"[A-Za-z]{0,6}\d{1,5}[a-z]?"
# a bracket and what follows it up to the next bracket
_SUSPECT = re.compile(r"\[(?P<inner>[^\[\]\n]{0,40})(?P<close>\])?")
_ID_ONLY = re.compile(rf"^[\s,;.:\u2013-]*{_ID}(?:[\s,;.:\u2013-]+{_ID})*[\s,;.:\u2013-]*$")
_UNCLOSED = re.compile(rf"^\s*({_ID}(?:\s*[,;\u2013-]\s*{_ID})*)(?=\s|$)")
_RANGE = re.compile(r"(\d{1,4})\s*[-\u2013]\s*(\d{1,4})")


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


@lru_cache(maxsize=4096)
def reversed_range(marker_text: str) -> tuple[int, int] | None:
    """`[3-1]` -> (3, 1): a range whose ends are the wrong way round (the same few markers recur all through a site)."""
    for m in _RANGE.finditer(marker_text):
        lo, hi = int(m.group(1)), int(m.group(2))
        if lo > hi:
            return lo, hi
    return None


def _forwards(marker_text: str) -> str:
    """The marker with each backwards range turned round and the rest as written: `[1-2, 5-3]` -> `[1-2, 3-5]`."""
    return _RANGE.sub(lambda r: f"{r[2]}-{r[1]}" if int(r[1]) > int(r[2]) else r[0], marker_text)


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


_CLEAR_PROBLEMS = frozenset(
    {"stray punctuation inside the brackets", "an empty item between separators", "spaces inside the brackets"}
)


def _clear_fix(whole: str, known: set[str]) -> str | None:
    """The marker a malformed one clearly means, when each of its ids is an entry; None when unclear."""
    inner = whole[1:-1]
    if MARKER.fullmatch(whole):
        fixed = _forwards(whole)
    elif _shape_problem(inner) in _CLEAR_PROBLEMS and not re.search(r"[-\u2013]", inner.strip(" ,;.:")):
        fixed = _suggest(inner)
    else:
        return None
    ids = MARKER.fullmatch(fixed)
    if ids is None or not known or not all(i in known for i in re.findall(_ID, fixed)):
        return None
    return fixed if fixed != whole else None


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
    Citation numbers flattened onto a word or punctuation by a page export (`side effects.17`) are
    read as markers, not reported here.

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

    ## Fix
    Safe (`medlint check --fix`) where the intent is clear and every id is an entry of the source
    list: stray punctuation and spaces are dropped (`[1.]` -> `[1]`, `[ 3 ]` -> `[3]`), an empty
    item goes (`[1,,2]` -> `[1, 2]`) and a backwards range is turned round (`[3-1]` -> `[1-3]`).
    Ids separated only by a space or a full stop, a missing closing bracket and numbers run into
    the text are left to the editor.
    """

    code = "CIT003"
    name = "malformed-citation"
    severity = "error"
    fix_applicability = "safe"

    def check(self, ctx: Context) -> Iterator[Violation]:
        sources = ctx.article.sources
        known = {i for s in sources for i in s.ids}
        for block in ctx.article.blocks:
            if block.role != "body":
                continue
            if block.kind == "heading":
                yield from self._heading(block)
            else:
                yield from self._text(block, known)

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

    def _text(self, block: Block, known: set[str]) -> Iterator[Violation]:
        if "[" not in block.text:
            return
        for m in _SUSPECT.finditer(block.text):
            yield from self._bracket(block, m, m.group("inner"), known)

    def _bracket(self, block: Block, m: re.Match[str], inner: str, known: set[str]) -> Iterator[Violation]:
        text = block.text
        if m.group("close"):
            whole = m.group(0)
            if not _ID_ONLY.match(inner):
                return
            if MARKER.fullmatch(whole):
                if reversed_range(whole) is None:
                    return
                yield self._at(
                    block,
                    m.start(),
                    m.end(),
                    f"Citation {whole} has its range backwards; write {_forwards(whole)}",
                    _clear_fix(whole, known),
                )
                return
            yield self._at(
                block,
                m.start(),
                m.end(),
                f"Malformed citation {whole}: {_shape_problem(inner)}; write {_suggest(inner)}",
                _clear_fix(whole, known),
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

    def _at(self, block: Block, start: int, end: int, message: str, fix: str | None = None) -> Violation:
        source_start = block.source_offset(start)
        source_end = block.source_offset(max(end - 1, start)) + 1
        edit = None
        # the fix replaces the marker as written, so only where the file holds it as the text reads it
        if fix is not None and source_end - source_start == end - start:
            edit = Fix(
                applicability="safe",
                message=f"Write {fix}",
                edits=[Edit(start=source_start, end=source_end, content=fix)],
            )
        return self.violation(source_start, source_end, message, subject=block.text[start:end], fix=edit)


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

    ## Fix
    Safe (`medlint check --fix`), in Markdown: renumbers the numbered entries of the source list in
    the order the text first cites them, moves each entry to its new place, and rewrites every
    marker to match, ranges kept (`[1-3]`) and groups put in ascending order. Entries nothing cites
    keep their number and place; labels (`[PM13]`) and footnote names are left as they are.
    """

    code = "CIT004"
    name = "citation-order"
    severity = "info"
    fix_applicability = "safe"

    def check(self, ctx: Context) -> Iterator[Violation]:
        found = list(self._check(ctx))
        fix = _order_fix(ctx) if found else None
        for v in found:
            yield replace(v, fix=fix)

    def _check(self, ctx: Context) -> Iterator[Violation]:
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


def _order_fix(ctx: Context) -> Fix | None:
    from lint.rules.renumber import first_citation_mapping, numbered_entries, renumber_fix

    entries = numbered_entries(ctx)
    if entries is None:
        return None
    message = "Renumber the sources in order of first citation"
    return renumber_fix(ctx, message, first_citation_mapping(ctx, entries), entries)
