"""Rules about the file itself rather than its content."""

from __future__ import annotations

from collections.abc import Iterator

from lint.model import Violation
from lint.rules.base import Context, Rule


class ParseError(Rule):
    """A file that cannot be read or parsed.

    ## What it does
    Reports a file medlint could not read (missing, not UTF-8, a failed download) or could not
    parse (malformed YAML front matter, a front matter value of the wrong type), with the reason.
    When the body can still be read, the other rules run on it as usual.

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
    None.
    """

    code = "MED001"
    name = "parse-error"
    severity = "error"

    def check(self, ctx: Context) -> Iterator[Violation]:
        for start, end, message in ctx.article.parse_problems:
            yield self.violation(start, end, message)
