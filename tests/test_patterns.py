"""Configured patterns: checked at load exactly as they run, and matched in time linear in the text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from lint.cli import main
from lint.config import ConfigError, config_from_mapping

ARTICLE = """# Gout

Gout causes sudden pain in the big toe. [1]

## WHEN TO CALL YOUR DOCTOR

Call your doctor if the joint is hot and you have a fever. [1]

This page is for information only and does not replace advice from your own clinician.

## Sources

1. [Gout facts](https://example.org/gout)
"""


def check(tmp_path: Path, config: str, text: str = ARTICLE) -> tuple[int, dict[str, object], str]:
    (tmp_path / "medlint.toml").write_text(config)
    (tmp_path / "gout.md").write_text(text)
    (tmp_path / "other.md").write_text(ARTICLE)
    result = CliRunner().invoke(
        main, ["check", str(tmp_path), "--config", str(tmp_path / "medlint.toml"), "--format", "json"]
    )
    out = json.loads(result.stdout) if result.stdout else {}
    return result.exit_code, out, result.stderr


def rules(report: dict[str, object], name: str) -> set[str]:
    files = report["files"]
    assert isinstance(files, list)
    (file,) = [f for f in files if f["path"].endswith(name)]
    return {f["rule"] for f in file["findings"]}


def test_a_catastrophic_pattern_cannot_hang_the_run(tmp_path: Path) -> None:
    # with backtracking, (a+)+$ takes time exponential in a run of a's that does not end the text
    config = "red_flag_patterns = ['(a+)+$', 'when to call']\nexempt_patterns = ['(x+x+)+y']\n"
    text = ARTICLE.replace("big toe.", "big toe " + "a" * 5000 + "!") + "x" * 5000 + "\n"
    code, report, _ = check(tmp_path, config, text)
    assert code != 2
    assert "missing-red-flags" not in rules(report, "gout.md")


def test_an_inline_flag_works_in_any_position(tmp_path: Path) -> None:
    # joined into one expression, `(?i)` after the first pattern was an error on every file
    config = "red_flag_patterns = ['red flags?', '(?i)when to call']\ndisclaimer_patterns = ['(?i)information only']\n"
    _, report, _ = check(tmp_path, config)
    found = rules(report, "gout.md")
    assert "rule-error" not in found and "missing-red-flags" not in found and "missing-disclaimer" not in found


def test_patterns_may_share_a_group_name(tmp_path: Path) -> None:
    config = "red_flag_patterns = ['(?P<when>when) to see', '(?P<when>when) to call']\n"
    _, report, _ = check(tmp_path, config)
    assert not {"rule-error", "missing-red-flags"} & rules(report, "gout.md")


@pytest.mark.parametrize(
    ("key", "pattern", "reason"),
    [
        ("red_flag_patterns", "when to (call", "missing )"),
        ("disclaimer_patterns", "information(?= only)", "no lookahead, lookbehind or backreferences"),
        ("exempt_patterns", "(a)\\1", "no lookahead, lookbehind or backreferences"),
    ],
)
def test_a_bad_pattern_is_a_config_error_naming_key_and_pattern(
    tmp_path: Path, key: str, pattern: str, reason: str
) -> None:
    code, report, err = check(tmp_path, f"{key} = ['fine', '{pattern}']\n")
    assert code == 2 and report == {}
    shown = pattern.replace("\\", "\\\\")  # as repr() shows it
    assert f"{key}" in err and f"invalid regular expression '{shown}'" in err and reason in err


def test_a_pattern_that_loads_is_one_that_runs() -> None:
    with pytest.raises(ConfigError, match="exempt_patterns"):
        config_from_mapping({"exempt_patterns": ["(?<=Dr) Smith"]})
    config_from_mapping({"exempt_patterns": ["(?i)Common knowledge", "(?P<x>a)", "(?P<x>b)"]})


def test_a_non_breaking_space_is_a_space_to_a_pattern(tmp_path: Path) -> None:
    text = ARTICLE.replace("## WHEN TO CALL YOUR DOCTOR", "## When\u00a0to\u00a0call your doctor")
    _, report, _ = check(tmp_path, "red_flag_patterns = ['when\\s+to\\s+call']\n", text)
    assert "missing-red-flags" not in rules(report, "gout.md")
