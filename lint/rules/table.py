"""Every rule's code, name and old names, so selecting rules needs no rule module.

Generated from the rules by `python -m lint.generated --write`; do not edit by hand.
"""

RULES: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("CIT001", "uncited-claim", ()),
    ("CIT002", "unresolved-citation", ()),
    ("CIT003", "malformed-citation", ()),
    ("CIT004", "citation-order", ()),
    ("MED001", "parse-error", ()),
    ("MED002", "unused-suppression", ()),
    ("MED003", "missing-suppression-reason", ()),
    ("MED004", "rule-error", ()),
    ("META001", "missing-author", ()),
    ("META002", "missing-reviewer", ()),
    ("META003", "stale-review", ()),
    ("META004", "missing-date", ()),
    ("META005", "future-date", ()),
    ("META006", "date-order", ()),
    ("SRC001", "missing-sources", ()),
    ("SRC002", "empty-source-title", ()),
    ("SRC003", "duplicate-source", ()),
    ("SRC004", "unused-source", ()),
    ("SRC005", "untraceable-source", ()),
    ("SRC006", "source-domain", ()),
    ("SRC007", "backlink-mismatch", ()),
    ("SRC008", "source-language-mismatch", ()),
    ("SRC101", "dead-link", ()),
    ("SRC102", "unverifiable-source", ()),
    ("SRC103", "unknown-identifier", ()),
    ("SRC104", "identifier-mismatch", ()),
    ("SRC105", "retracted-source", ()),
    ("SRC106", "outdated-source", ()),
    ("STR001", "missing-disclaimer", ()),
    ("STR002", "missing-red-flags", ()),
    ("STR003", "empty-section", ()),
)
