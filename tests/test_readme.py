"""The README stays true: its example output, its options and its configuration example."""

from __future__ import annotations

import re
import shlex
import tomllib
from pathlib import Path

import pytest
from click.testing import CliRunner

from lint.cli import check, main
from lint.config import config_from_mapping

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def _fenced_after(marker: str) -> str:
    at = README.index(marker)
    block = re.search(r"```\w*\n(.*?)```", README[at:], re.S)
    assert block is not None
    return block.group(1)


@pytest.mark.parametrize("command", re.findall(r"<!-- readme-example: (.*?) -->", README))
def test_example_output_is_what_medlint_prints(command: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    shown = _fenced_after(f"<!-- readme-example: {command} -->").splitlines()
    assert shown[0] == f"$ {command}"
    args = shlex.split(command)
    assert args[0] == "medlint"
    result = CliRunner().invoke(main, args[1:])
    assert result.stdout.splitlines() == shown[1:]


def test_every_documented_check_option_exists() -> None:
    documented = set(re.findall(r"^\| `(--[a-z-]+)", README, re.M))
    assert {"--format", "--output", "--fail-on", "--config", "--quiet"} <= documented
    real = {opt for p in check.params for opt in p.opts}
    assert documented <= real, documented - real


def test_configuration_example_is_valid() -> None:
    toml = _fenced_after("## Configuration")
    table = tomllib.loads(toml)["tool"]["medlint"]
    config_from_mapping(table)


def test_rules_table_lists_every_rule_with_its_code_and_severity() -> None:
    from lint.rules import registry

    rows = set(re.findall(r"^\| (\w+\d{3}) \| `([a-z-]+)` \| (error|warning|info) \|", README, re.M))
    assert rows == {(r.code, r.name, r.severity) for r in registry.all_rules()}
