"""Metadata rules: who wrote and reviewed the article, and when."""

from __future__ import annotations

import calendar
from collections.abc import Iterator
from datetime import date

from lint.model import Metadata, Person, Violation
from lint.parse.common import is_clinical_reviewer, is_team
from lint.rules.base import Context, Rule


def _span(meta: Metadata, *fields: str) -> tuple[int, int]:
    """Where the first of ``fields`` was found in the file; the top of the file when none was."""
    for name in fields:
        if name in meta.spans:
            return meta.spans[name]
    return 0, 0


def _person(person: Person) -> str:
    return ", ".join([person.name, *person.credentials])


def add_months(day: date, months: int) -> date:
    """``day`` plus whole calendar months, clamped to the month's last day (31 Jan + 1 = 28/29 Feb)."""
    month0 = day.month - 1 + months
    year, month = day.year + month0 // 12, month0 % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def months_between(earlier: date, later: date) -> int:
    """Whole calendar months from ``earlier`` to ``later``."""
    months = (later.year - earlier.year) * 12 + later.month - earlier.month
    if later.day < earlier.day:
        months -= 1
    return months


class MissingAuthor(Rule):
    """No author named.

    ## What it does
    Reports an article that names no author: no `authors` (or `author`) in Markdown front matter, no
    byline ("By ...", "Written by ...", an author line under a journal title) on a published page,
    and no author in an HTML page's meta tags or structured data.

    ## Why it matters
    Readers judge health information by who stands behind it, and search engines and health-content
    standards ask for a named, accountable author.

    ## Example
    ```markdown
    ---
    title: Managing chemotherapy nausea
    published: 2025-05-06
    ---
    ```

    ## Use instead
    ```markdown
    ---
    title: Managing chemotherapy nausea
    authors:
      - name: Grace Adeyemi
        credentials: BSN
    published: 2025-05-06
    ---
    ```

    ## Options
    None.
    """

    code = "META001"
    name = "missing-author"
    severity = "warning"

    def check(self, ctx: Context) -> Iterator[Violation]:
        if ctx.article.metadata.authors:
            return
        yield self.violation(0, 0, "No author named: add a byline, or `authors` to the front matter")


class MissingReviewer(Rule):
    """No medical reviewer with a clinical credential.

    ## What it does
    Reports an article with no reviewer, a reviewer with no clinical credential (MD, DO, RN,
    PharmD, ...) and no doctor's title before the name ("Dr Ana Lima", as UK pages print a
    clinician), or a reviewer that is a team or department rather than a person ("Medical Team",
    "Editorial Staff").

    ## Why it matters
    A clinician's review is what tells readers that the content was checked by someone qualified
    to check it. A team name is no one in particular, and a writer's own credentials are not a
    review.

    ## Example
    ```markdown
    ---
    reviewer: Editorial Team
    ---
    ```

    ## Use instead
    ```markdown
    ---
    reviewer:
      name: Tomas Ferreira
      credentials: MD
    ---
    ```

    ## Options
    None.
    """

    code = "META002"
    name = "missing-reviewer"
    severity = "warning"

    def check(self, ctx: Context) -> Iterator[Violation]:
        meta = ctx.article.metadata
        reviewer = meta.reviewer
        if is_clinical_reviewer(reviewer):
            return
        if reviewer is None:
            yield self.violation(
                0,
                0,
                "No medical reviewer: name a clinician who reviewed the article, with credentials such as MD or RN",
            )
            return
        start, end = _span(meta, "reviewer")
        if is_team(reviewer):
            message = f'The reviewer "{reviewer.name}" is a team, not a person; name the clinician who reviewed it'
        else:
            message = (
                f'The reviewer "{_person(reviewer)}" has no clinical credential; give the reviewer\'s credentials '
                "(MD, DO, RN, PharmD, ...) or name a clinician who reviewed it"
            )
        yield self.violation(start, end, message, subject=reviewer.name)


class StaleReview(Rule):
    """The article was last reviewed or updated too long ago.

    ## What it does
    Takes the newest date the article prints (last reviewed, updated or published) and reports it
    when it is more than `max_review_age_months` before today. Dates in figures such as `1/4/2018`
    are read as `date_order` says (see the configuration).

    ## Why it matters
    Medical advice changes: doses, guidelines and warnings are revised. Readers cannot tell whether
    a page that has not been looked at for years is still right.

    ## Example
    ```text
    This page was updated on April 21, 2022.
    ```
    checked in 2026.

    ## Use instead
    Review the article against current guidance and update the date:
    ```markdown
    last_reviewed: 2026-09-14
    ```

    ## Options
    `max_review_age_months` (default 24); `date_order` (`"MDY"` or `"DMY"`) for ambiguous dates in
    figures, inferred from the page when unset.
    """

    code = "META003"
    name = "stale-review"
    severity = "warning"

    def check(self, ctx: Context) -> Iterator[Violation]:
        meta = ctx.article.metadata
        # the newest of the dates the page prints: a later update makes an old publication date current
        dates = [(d, name) for d, name in ((meta.updated, "updated"), (meta.published, "published")) if d is not None]
        if not dates:
            return
        last, which = max(dates)
        if last > ctx.today:
            return
        limit = ctx.config.max_review_age_months
        if add_months(last, limit) >= ctx.today:
            return
        age = months_between(last, ctx.today)
        start, end = _span(meta, which)
        when = (
            f"last reviewed or updated on {last.isoformat()}"
            if which == "updated"
            else f"published on {last.isoformat()} and not updated since"
        )
        yield self.violation(
            start,
            end,
            f"The article was {when}, {age} months ago (limit {limit}); review it against current guidance "
            "and update the date",
            subject=last.isoformat(),
        )


class MissingDate(Rule):
    """No published or updated date.

    ## What it does
    Reports an article with neither a published nor a last-reviewed or updated date.

    ## Why it matters
    Without a date readers cannot tell whether the advice is current, and reviewers cannot plan
    when to look at it again.

    ## Example
    ```markdown
    ---
    title: Migraine
    ---
    ```

    ## Use instead
    ```markdown
    ---
    title: Migraine
    published: 2025-02-10
    last_reviewed: 2026-01-12
    ---
    ```

    ## Options
    None.
    """

    code = "META004"
    name = "missing-date"
    severity = "warning"

    def check(self, ctx: Context) -> Iterator[Violation]:
        meta = ctx.article.metadata
        if meta.published is None and meta.updated is None:
            yield self.violation(
                0, 0, "No published or updated date: add the date the article was published or last reviewed"
            )


class FutureDate(Rule):
    """A published or updated date after today.

    ## What it does
    Reports a published, last-reviewed or updated date later than today.

    ## Why it matters
    A date in the future is a typo or a template left unfilled, and it hides how old the content
    really is, so `stale-review` cannot work.

    ## Example
    ```markdown
    last_reviewed: 2062-03-01
    ```

    ## Use instead
    ```markdown
    last_reviewed: 2026-03-01
    ```

    ## Options
    None.
    """

    code = "META005"
    name = "future-date"
    severity = "error"

    def check(self, ctx: Context) -> Iterator[Violation]:
        meta = ctx.article.metadata
        for name, label, day in (("published", "published", meta.published), ("updated", "updated", meta.updated)):
            if day is not None and day > ctx.today:
                start, end = _span(meta, name)
                yield self.violation(
                    start,
                    end,
                    f"The {label} date {day.isoformat()} is after today ({ctx.today.isoformat()}); correct the date",
                    subject=f"{name}:{day.isoformat()}",
                )


class DateOrder(Rule):
    """Updated before published.

    ## What it does
    Reports an article whose last-reviewed or updated date is earlier than its published date.

    ## Why it matters
    One of the two dates is wrong, so readers cannot tell how current the article is.

    ## Example
    ```markdown
    published: 2025-06-01
    last_reviewed: 2024-06-01
    ```

    ## Use instead
    ```markdown
    published: 2024-06-01
    last_reviewed: 2025-06-01
    ```

    ## Options
    None.
    """

    code = "META006"
    name = "date-order"
    severity = "error"

    def check(self, ctx: Context) -> Iterator[Violation]:
        meta = ctx.article.metadata
        if meta.published is None or meta.updated is None or meta.updated >= meta.published:
            return
        start, end = _span(meta, "updated")
        yield self.violation(
            start,
            end,
            f"The updated date {meta.updated.isoformat()} is before the published date "
            f"{meta.published.isoformat()}; correct one of them",
            subject=f"{meta.published.isoformat()}>{meta.updated.isoformat()}",
        )
