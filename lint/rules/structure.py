"""Structure rules: the disclaimer and the red-flag section are there and not empty; no empty sections."""

from __future__ import annotations

from collections.abc import Iterator

from lint.model import Edit, Fix, Violation
from lint.nlp.sections import empty_sections
from lint.patterns import search
from lint.rules.base import Context, Rule


class MissingDisclaimer(Rule):
    """No safety disclaimer.

    ## What it does
    Looks for a statement that the article is for information or education only, no substitute
    for professional medical advice, not intended to replace or does not replace a doctor's advice,
    or that readers should always consult their healthcare provider, anywhere in the article,
    footers, blockquotes and small print included. A "Disclaimer" heading with nothing under it
    does not count.

    ## Why it matters
    Readers of health content may take it as advice for their own case. The disclaimer tells them to
    check with a clinician before acting, and publishers' policies require it.

    ## Example
    An article that ends with its source list and nothing else.

    ## Use instead
    ```markdown
    ## Disclaimer

    This article is for general information only and is not a substitute for professional medical
    advice, diagnosis or treatment.
    ```

    ## Options
    `disclaimer_patterns`: regular expressions (case-insensitive), any of which marks a block as the
    disclaimer. Setting it replaces the defaults. `disclaimer_text`: the site's own disclaimer, for
    the fix.

    ## Fix
    Unsafe (`medlint check --fix --unsafe-fixes`), in Markdown, and only when `disclaimer_text` is
    configured and reads as a disclaimer to `disclaimer_patterns`: writes it under the empty
    "Disclaimer" heading, or adds a `## Disclaimer` section with it at the end of the article.
    """

    code = "STR001"
    name = "missing-disclaimer"
    severity = "error"
    fix_applicability = "unsafe"

    def check(self, ctx: Context) -> Iterator[Violation]:
        if ctx.disclaimers:
            return
        heading = next((b for b in ctx.article.blocks if b.kind == "heading" and "disclaimer" in b.text.lower()), None)
        if heading is not None:
            yield self.violation(
                heading.start,
                heading.end,
                f'The "{heading.text}" section does not say the content is for information and no '
                "substitute for professional medical advice; write that statement under it",
                fix=disclaimer_fix(ctx, heading.end),
            )
            return
        yield self.violation(
            0,
            0,
            "No disclaimer: add a statement that the article is for information only and not a "
            "substitute for professional medical advice, diagnosis or treatment",
            fix=disclaimer_fix(ctx, None),
        )


class MissingRedFlags(Rule):
    """No section telling readers which symptoms need prompt or urgent care.

    ## What it does
    Looks for a heading such as "When to contact your care team", "When to seek medical help",
    "Urgent side effects", "Get emergency help" or "Red flags" with content under it (in a compact
    export, a short unpunctuated line over body text counts as a heading), a line labelled that way
    ("Urgent signs: ...", "Urgent advice: Contact the hotline now if you have:" over a list), a
    lead-in over a list ("Call 999 or go to A&E if:"), or a question heading whose answer says to
    call emergency services. Failing all of those, a plain line that tells the reader when to get
    help counts ("Call your doctor if your temperature is 38C or higher", "In an emergency, call
    911"); a line that only invites questions or bookings does not. Reports a red-flag heading with
    nothing under it as well.

    ## Why it matters
    A reader managing symptoms at home needs to know when home care is no longer enough. Leaving out
    the warning signs can delay urgent treatment.

    ## Example
    An article on chemotherapy neuropathy that lists coping tips but never says that rapidly
    spreading weakness needs urgent care.

    ## Use instead
    ```markdown
    ## When to contact your care team

    - Weakness that spreads quickly, or trouble breathing or swallowing, needs urgent care. [2]
    ```

    ## Options
    `red_flag_patterns`: regular expressions (case-insensitive) for red-flag headings and labels.
    Setting it replaces the defaults.
    """

    code = "STR002"
    name = "missing-red-flags"
    severity = "error"

    def check(self, ctx: Context) -> Iterator[Violation]:
        if not ctx.config.red_flag_patterns or ctx.red_flags.found is not None:
            return
        empty = ctx.red_flags.empty
        if empty is not None:
            yield self.violation(
                empty.start,
                empty.end,
                f'The red-flag section "{empty.text}" is empty; list the symptoms that need prompt or urgent care',
            )
            return
        yield self.violation(
            0,
            0,
            'No red-flag section: add a section such as "When to contact your care team" listing the '
            "symptoms that need prompt or urgent care",
        )


class EmptySection(Rule):
    """A heading with nothing under it.

    ## What it does
    Reports a heading followed by no text before the next heading of the same or a higher level.

    ## Why it matters
    An empty section promises readers information that is not there, and often shows content that
    was lost in editing or in an export.

    ## Example
    ```markdown
    ## Related questions

    ## Sources
    ```

    ## Use instead
    Write the section, or remove the heading.

    ## Options
    None.
    """

    code = "STR003"
    name = "empty-section"
    severity = "warning"

    def check(self, ctx: Context) -> Iterator[Violation]:
        for i in empty_sections(ctx.article):
            block = ctx.article.blocks[i]
            yield self.violation(
                block.start,
                block.end,
                f'The section "{block.text}" is empty; write its content or remove the heading',
                subject=block.text,
            )


def disclaimer_fix(ctx: Context, after_heading: int | None) -> Fix | None:
    """Write the configured disclaimer under the empty heading that ends at ``after_heading``, or at the end."""
    wording = " ".join((ctx.config.disclaimer_text or "").split())
    if not wording or ctx.article.format != "markdown":
        return None
    # text the rule would not accept would be added again on every run
    if not search(ctx.config.disclaimer_patterns, wording):
        return None
    text = ctx.article.text
    if after_heading is not None:
        edit = Edit(start=after_heading, end=after_heading, content=f"\n\n{wording}")
    else:
        body = text.rstrip("\n")
        # the file keeps ending as it did: with a line break when it had one
        newline = "\n" if body != text else ""
        edit = Edit(start=len(body), end=len(text), content=f"\n\n## Disclaimer\n\n{wording}{newline}")
    return Fix(applicability="unsafe", message="Add the configured disclaimer", edits=[edit])
