"""Rules about the file itself rather than its content."""

from __future__ import annotations

from collections.abc import Iterator

from lint.model import Violation
from lint.rules.base import Context, Rule


class ParseError(Rule):
    """A file that cannot be read or parsed.

    ## What it does
    Reports a file medlint could not read (not UTF-8, at the bad byte's line and column; a failed
    download; empty; larger than `max_file_size`; not a regular file, such as a FIFO or a device),
    could not parse (malformed YAML front matter, a front matter value of the wrong type), or could
    not check within `file_timeout`, with the reason. When the body can still be read, the other
    rules run on it as usual; the other files are checked either way.

    ## Why it matters
    An article that cannot be parsed cannot be checked: its claims and sources would go
    unreviewed while the run looks green.

    ## Example
    ```markdown
    ---
    title: Anaemia: signs and causes
    reviewer: [unclosed
    ---
    ```

    ## Use instead
    ```markdown
    ---
    title: "Anaemia: signs and causes"
    reviewer:
      name: Daniel Okafor
      credentials: MD
    ---
    ```

    ## Options
    `max_file_size` (bytes, default 20 MB) and `file_timeout` (seconds, default 60, per megabyte
    over 1 MB; 0 for no limit), or `--max-file-size` and `--file-timeout`.
    """

    code = "MED001"
    name = "parse-error"
    severity = "error"

    def check(self, ctx: Context) -> Iterator[Violation]:
        for start, end, message in ctx.article.parse_problems:
            yield self.violation(start, end, message)


class UnusedSuppression(Rule):
    """A suppression comment or front matter key that suppresses nothing.

    ## What it does
    Reports a `<!-- medlint-disable ... -->`, `medlint-disable-next-line`, `medlint-disable-file`
    comment or a front matter `medlint: {ignore: [...]}` key that no finding needed, one that names
    a rule or code medlint does not know, and a `<!-- medlint-enable -->` with no disable before it.
    The engine reports it after every other rule has run; a suppression naming a rule that was not
    run on the file is never called unused.

    ## Why it matters
    A stale suppression stays behind after the claim it excused was cited or removed, and then
    silently hides the next uncited claim written in its place. A misspelt rule name suppresses
    nothing while the editor believes the finding was reviewed.

    ## Example
    ```markdown
    <!-- medlint-disable-next-line uncited-claim -- figure is from the trial cited below -->
    Most people recover within a week. [1]
    ```

    ## Use instead
    ```markdown
    Most people recover within a week. [1]
    ```

    ## Options
    None. Ignore it for one article with `<!-- medlint-disable-file unused-suppression -->`.

    ## Fix
    Safe (`medlint check --fix`), in Markdown: removes a comment that suppresses nothing or an enable
    with no disable (with its line when nothing else is on it), and removes unknown rules from a
    comment that names known ones too. A comment naming only unknown rules (most likely misspelt)
    and the front matter key are left to the editor.
    """

    code = "MED002"
    name = "unused-suppression"
    severity = "warning"
    fix_applicability = "safe"

    def check(self, ctx: Context) -> Iterator[Violation]:
        return iter(())  # reported by the engine once suppressions are applied (lint/suppress.py)


class MissingSuppressionReason(Rule):
    """A suppression comment without a reason, when the config requires one.

    ## What it does
    With `require_suppression_reason = true`, reports every `medlint-disable`,
    `medlint-disable-next-line` and `medlint-disable-file` comment that gives no reason after
    ` -- `. Without that option it reports nothing. The suppression still applies.

    ## Why it matters
    A suppressed finding is a claim or source someone decided not to fix. The reason tells the
    medical reviewer why, so they can check that decision instead of guessing at it.

    ## Example
    ```markdown
    <!-- medlint-disable-next-line uncited-claim -->
    Most people with a cold get better within ten days.
    ```

    ## Use instead
    ```markdown
    <!-- medlint-disable-next-line uncited-claim -- common knowledge, agreed with the reviewer -->
    Most people with a cold get better within ten days.
    ```

    ## Options
    `require_suppression_reason` (default `false`) turns the rule on.
    """

    code = "MED003"
    name = "missing-suppression-reason"
    severity = "error"

    def check(self, ctx: Context) -> Iterator[Violation]:
        return iter(())  # reported by the engine once suppressions are applied (lint/suppress.py)


class RuleError(Rule):
    """A rule that failed while checking a file.

    ## What it does
    Reports, at line 1, a rule that raised an error on this file, naming the rule and the error, or
    a failure of medlint's own while analysing the file or building its report. The other rules'
    findings for the file (when only one rule failed), and the other files, are still reported.

    ## Why it matters
    A failing rule means part of the article went unchecked: the run must not look clean, and the
    failure must say which file to send with a bug report.

    ## Example
    `rule source-language-mismatch failed on this file: OSError: ...`

    ## Use instead
    Report the message and the file to medlint's maintainers; `--ignore` the rule meanwhile.

    ## Options
    None.
    """

    code = "MED004"
    name = "rule-error"
    severity = "error"

    def check(self, ctx: Context) -> Iterator[Violation]:
        return iter(())
