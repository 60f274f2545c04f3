"""Committed generated files (JSON Schemas, the rule reference) match what the code generates."""

from __future__ import annotations

from lint.generated import stale_files


def test_generated_files_are_up_to_date() -> None:
    stale = stale_files()
    assert not stale, f"stale: {stale}; run `python -m lint.generated --write`"
