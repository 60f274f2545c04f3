"""The README's editor set-ups start a command that exists, and the VS Code extension is the one it installs."""

from __future__ import annotations

import json
import re
import shlex
import tomllib
from pathlib import Path

from lint.cli import check, main

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def _block_after(marker: str, lang: str) -> str:
    at = README.index(marker)
    block = re.search(rf"```{lang}\n(.*?)```", README[at:], re.S)
    assert block is not None
    return block.group(1)


def test_helix_starts_medlint_server() -> None:
    config = tomllib.loads(_block_after("**Helix**", "toml"))
    server = config["language-server"]["medlint"]
    assert server["command"] == "medlint" and server["args"] == ["server"]
    assert "server" in main.commands
    assert config["language"][0]["language-servers"] == ["medlint"]


def test_neovim_starts_medlint_server() -> None:
    lua = _block_after("**Neovim**", "lua")
    assert 'cmd = { "medlint", "server" }' in lua
    assert "vim.lsp.start(" in lua


def test_the_vscode_extension_is_the_one_the_readme_installs() -> None:
    folder = ROOT / "editors/vscode"
    package = json.loads((folder / "package.json").read_text(encoding="utf-8"))
    assert (folder / package["main"]).is_file()
    source = (folder / package["main"]).read_text(encoding="utf-8")
    assert 'args: ["server"]' in source
    assert package["contributes"]["configuration"]["properties"]["medlint.path"]["default"] == "medlint"
    command = _block_after("**VS Code**", "sh")
    assert f"~/.vscode/extensions/{package['publisher']}.{package['name']}-{package['version']}" in command
    assert "vscode-languageclient" in package["dependencies"]


def test_the_fix_commands_use_real_options() -> None:
    real = {opt for p in check.params for opt in p.opts}
    for line in _block_after("## Fixes", "sh").splitlines():
        args = shlex.split(line.split("#", 1)[0])
        assert args[:2] == ["medlint", "check"]
        assert {a for a in args if a.startswith("--")} <= real
