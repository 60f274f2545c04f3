"""Verification rules (SRC101-SRC106): what checking each source's link, DOI and PMID found.

They read the source states the verify stage put in the Context, so they report nothing unless the
run verified sources (`--verify-sources`); the SRC1xx block keeps them together beside the offline
source-list rules.
"""

from __future__ import annotations

from collections.abc import Iterator

from lint.model import Source, Violation
from lint.model.verification import SourceState
from lint.rules.base import Context, Rule, quote, source_name
from lint.verify.match import entry_year


def _states(ctx: Context) -> Iterator[tuple[Source, SourceState]]:
    if ctx.source_states is None:
        return
    yield from zip(ctx.article.sources, ctx.source_states, strict=False)


class DeadLink(Rule):
    """A source whose link is dead: 404 or 410, a host that does not resolve, or a refused connection.

    ## What it does
    With `--verify-sources`, requests each source's URL (HEAD, then GET when HEAD is refused,
    redirects followed within limits, failures retried with back-off). A link that answers 404 or 410,
    whose host name does not resolve, that refuses connections, or that loops between redirects is
    reported. A link that redirects to a different site is reported at info level with the address
    it ends at, since the page cited may no longer be the one the reader lands on.

    ## Why it matters
    A reader who follows a dead link cannot check the claim it supports, and a reviewer cannot
    tell whether the source ever said what the article says.

    ## Example
    ```markdown
    3. [Gout diet sheet](https://www.example-hospital.org/leaflets/gout-diet-2015.pdf)
    ```
    when that address now answers 404.

    ## Use instead
    Link the current page (search the publisher's site for the title), or an archived copy
    (`https://web.archive.org/...`) when the source was withdrawn; update the title if it changed.

    ## Options
    `[tool.medlint.verify]`: `request_timeout`, `retries`, `per_host_concurrency`; see the README.
    """

    code = "SRC101"
    name = "dead-link"
    severity = "warning"

    def check(self, ctx: Context) -> Iterator[Violation]:
        for source, state in _states(ctx):
            link = state.link
            if link is None:
                continue
            if link.outcome == "dead":
                yield self.violation(
                    source.start,
                    source.end,
                    f"{source_name(source)}: the link {link.url} is dead ({link.reason}); link the current "
                    "page or an archived copy",
                    subject=source.text,
                )
            elif link.outcome == "redirected":
                yield self.violation(
                    source.start,
                    source.end,
                    f"{source_name(source)}: {link.url} redirects to another site, {link.final_url}; check "
                    "that it is still the page cited and link it directly",
                    subject=source.text,
                    severity="info",
                )


class UnverifiableSource(Rule):
    """A source medlint could not check: bot protection, rate limits, time-outs, or a refused address.

    ## What it does
    With `--verify-sources`, reports each source whose link or identifier could not be checked: the
    server answered 401, 403 or 429 (usually bot protection), kept failing with 5xx, timed out, is at
    an address medlint does not connect to (private or local), or the verification ran out of time.
    With `--offline`, also each source that is not in the cache. Such a source is never called dead.
    A link that cannot be checked is not reported when the entry's DOI or PMID was verified.

    ## Why it matters
    These are the sources a reviewer still has to open by hand; the list says which ones.

    ## Example
    ```markdown
    2. [Statin guidance](https://www.bot-protected-journal.example/statins)
    ```
    when the site answers 403 to every program.

    ## Use instead
    Nothing to change when a person can open the page; give the paper's DOI or PMID as well, which
    medlint can always check.

    ## Options
    `[tool.medlint.verify]`: `request_timeout`, `verify_timeout`, `max_retry_after`.
    """

    code = "SRC102"
    name = "unverifiable-source"
    severity = "info"

    def check(self, ctx: Context) -> Iterator[Violation]:
        for source, state in _states(ctx):
            reasons = []
            verified = any(r.outcome == "found" for r in state.records)
            if state.link is not None and state.link.outcome in ("unverifiable", "not-checked") and not verified:
                reasons.append(f"{state.link.url}: {state.link.reason}")
            reasons += [f"{r.label}: {r.reason}" for r in state.records if r.outcome in ("unverifiable", "not-checked")]
            if reasons:
                yield self.violation(
                    source.start,
                    source.end,
                    f"{source_name(source)} could not be verified ({'; '.join(reasons)}); check it by hand",
                    subject=source.text,
                )


class UnknownIdentifier(Rule):
    """A DOI or PMID that Crossref or PubMed does not know.

    ## What it does
    With `--verify-sources`, looks up each DOI in Crossref and each PMID in PubMed and reports one
    that does not exist.

    ## Why it matters
    An identifier that resolves to nothing is a typo at best and a made-up reference at worst;
    fabricated references are increasingly common in generated text, and a reader cannot find the
    evidence behind the claim.

    ## Example
    ```markdown
    1. Lee A, Park J. Iron dosing every other day. Blood. 2019. doi:10.1182/blood.2019999999
    ```

    ## Use instead
    Copy the DOI or PMID from the paper's page or from PubMed, or search Crossref for the title and
    use the identifier it gives.

    ## Options
    `[tool.medlint.verify]`: `crossref_api`, `pubmed_api`.
    """

    code = "SRC103"
    name = "unknown-identifier"
    severity = "error"

    def check(self, ctx: Context) -> Iterator[Violation]:
        for source, state in _states(ctx):
            for record in state.records:
                if record.outcome == "unknown":
                    service = "Crossref" if record.scheme == "doi" else "PubMed"
                    yield self.violation(
                        source.start,
                        source.end,
                        f"{source_name(source)}: {record.label} does not exist in {service}; copy the "
                        "identifier from the paper itself",
                        subject=f"{source.text} {record.label}",  # an entry may carry an unknown DOI and PMID
                    )


class IdentifierMismatch(Rule):
    """A DOI or PMID that points to a different paper than the entry names.

    ## What it does
    With `--verify-sources`, compares the entry's title with the title its DOI or PMID record gives:
    both are normalised (case, accents, punctuation and small words dropped) and compared by
    token-set similarity, so a title cut short or missing its subtitle still matches. Below
    `title_similarity` (default 0.6) the entry is reported with both titles. When the entry starts
    with an author (`Smith J,` or `Smith, J.`) and gives a year, those are compared too: with a
    matching title, a different first author together with a year more than one apart is also
    reported.

    ## Why it matters
    The identifier resolves, so the reference looks real, but the paper behind it is not the one
    named: a reader who checks the claim reads the wrong evidence. This is the commonest shape of
    a fabricated reference.

    ## Example
    ```markdown
    4. Vitamin D and falls in older adults. doi:10.1000/j.bone.2020.01.002
    ```
    when that DOI is a paper on fracture healing in rats.

    ## Use instead
    Find the paper the title names and use its identifier, or cite the paper the identifier
    points to under its real title.

    ## Options
    `[tool.medlint.verify]`: `title_similarity` (0 to 1).
    """

    code = "SRC104"
    name = "identifier-mismatch"
    severity = "warning"

    def check(self, ctx: Context) -> Iterator[Violation]:
        for source, state in _states(ctx):
            for m in state.mismatches:
                what = ", ".join(m.differences)
                yield self.violation(
                    source.start,
                    source.end,
                    f'{source_name(source)}: {m.record.label} is "{quote(m.record.title or "", 80)}", not '
                    f'"{quote(m.entry_title, 80)}" ({what} differ{"s" if len(m.differences) == 1 else ""}; title similarity {m.similarity:.2f}); use the '
                    "identifier of the paper named, or the real title",
                    subject=source.text,
                )


class RetractedSource(Rule):
    """A source that was retracted, or that carries an expression of concern or a correction.

    ## What it does
    With `--verify-sources`, reads the notices Crossref records against each DOI (`updated-by`,
    Retraction Watch data included) and PubMed's publication types for each PMID. A retraction is
    an error naming the notice's DOI and date; an expression of concern is a warning; a correction
    is info.

    ## Why it matters
    A retracted paper is not evidence. Citing one for a health claim is the most serious accuracy
    failure a page can have, and readers have no way to know.

    ## Example
    ```markdown
    5. Wakefield AJ, et al. Ileal-lymphoid-nodular hyperplasia... Lancet. 1998. PMID: 9500320
    ```

    ## Use instead
    Remove the claim, or support it with current evidence that still stands; cite a retraction only
    to say that it was retracted.

    ## Options
    `[tool.medlint.verify]`: `cache_retraction_days` (how long a retraction status is trusted).
    """

    code = "SRC105"
    name = "retracted-source"
    severity = "error"

    def check(self, ctx: Context) -> Iterator[Violation]:
        for source, state in _states(ctx):
            seen: set[tuple[str, str | None]] = set()
            for record in state.records:
                if record.outcome != "found":
                    continue
                for notice in record.notices:
                    if (notice.kind, notice.doi) in seen:
                        continue
                    seen.add((notice.kind, notice.doi))
                    where = f" (notice {notice.doi}" if notice.doi else " ("
                    when = f"{', ' if notice.doi else ''}{notice.date.isoformat()})" if notice.date else ")"
                    detail = where + when if notice.doi or notice.date else ""
                    label = f"; {notice.label}" if notice.label else ""
                    if notice.kind == "retraction":
                        message, severity = (
                            f"{source_name(source)}: {record.label} was retracted{detail}{label}; a retracted "
                            "paper is not evidence, so remove the claim or cite current evidence",
                            None,
                        )
                    elif notice.kind == "expression-of-concern":
                        message, severity = (
                            f"{source_name(source)}: {record.label} carries an expression of concern{detail}"
                            f"{label}; check whether the claim still stands",
                            "warning",
                        )
                    else:
                        message, severity = (
                            f"{source_name(source)}: {record.label} was corrected{detail}{label}; check that "
                            "the claim matches the corrected paper",
                            "info",
                        )
                    subject = f"{source.text} {record.label} {notice.kind}"  # one finding per notice, each its own
                    yield self.violation(source.start, source.end, message, subject=subject, severity=severity)


class OutdatedSource(Rule):
    """A source much older than the article's last review.

    ## What it does
    With `--verify-sources`, takes each source's year (printed in the entry, or from its DOI or PMID
    record) and reports it when it is more than `max_source_age_years` (default 10) before the
    article's last review date (the updated date, else the published date, else today).

    ## Why it matters
    Health guidance changes; a claim resting on a decades-old study may have been overtaken by
    newer evidence the reader should know about.

    ## Example
    ```markdown
    2. Smith J. Bed rest for low back pain. BMJ. 1998. doi:10.1000/bmj.1998.001
    ```
    in an article reviewed in 2026.

    ## Use instead
    Check for newer evidence (a recent systematic review or guideline) and cite it, or keep the old
    source when it is still the standard reference and say so.

    ## Options
    `[tool.medlint.verify]`: `max_source_age_years`.
    """

    code = "SRC106"
    name = "outdated-source"
    severity = "info"

    def check(self, ctx: Context) -> Iterator[Violation]:
        meta = ctx.article.metadata
        reviewed = meta.updated or meta.published or ctx.today
        limit = ctx.config.verify.max_source_age_years
        for source, state in _states(ctx):
            year = entry_year(source) or state.year
            if year is None or year > reviewed.year:
                continue
            age = reviewed.year - year
            if age > limit:
                yield self.violation(
                    source.start,
                    source.end,
                    f"{source_name(source)} is from {year}, {age} years before the article's review "
                    f"({reviewed.isoformat()}); check for newer evidence (max_source_age_years = {limit})",
                    subject=source.text,
                )
