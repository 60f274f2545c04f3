"""The pre-commit hook, run by the real pre-commit on the code being changed, and the README's CI snippets.

The hook runs as this repository defines it (`.pre-commit-hooks.yaml`) with the README's settings,
but as a local hook on the medlint installed from this working tree (tests run from an editable
install), so it checks uncommitted changes too; pre-commit keeps its state in a temporary folder.
"""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from lint.cli import main

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
WORKFLOW = ROOT / ".github" / "workflows" / "medlint.yml"


def readme_block(name: str) -> str:
    m = re.search(rf"<!-- {name}:start -->\n```yaml\n(.*?)```\n<!-- {name}:end -->", README, re.S)
    assert m, f"README.md has no {name} block"
    return m.group(1)


def git(
    repo: Path, *args: str, env: dict[str, str] | None = None, check: bool = True
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["git", *args], cwd=repo, env=env, capture_output=True, text=True, check=check)


def test_hook_definition_matches_what_pre_commit_expects() -> None:
    (hook,) = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert hook["id"] == "medlint" and hook["language"] == "python"
    assert hook["entry"] == "medlint check" and hook.get("pass_filenames", True)
    assert set(hook["types_or"]) >= {"markdown", "html"}


def test_readme_workflow_is_the_example_workflow_and_its_commands_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert readme_block("github-workflow") == WORKFLOW.read_text(encoding="utf-8")
    workflow = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    steps = workflow["jobs"]["medlint"]["steps"]
    upload = next(s for s in steps if s.get("uses", "").startswith("github/codeql-action/upload-sarif@"))
    commands = [s["run"] for s in steps if s.get("run", "").startswith("medlint ")]
    assert workflow["permissions"]["security-events"] == "write"
    # run the workflow's medlint commands on a copy of the site's articles
    monkeypatch.chdir(tmp_path)
    (tmp_path / "articles").mkdir()
    for article in sorted((ROOT / "articles").glob("*.md"))[:2]:
        (tmp_path / "articles" / article.name).write_text(article.read_text(encoding="utf-8"), encoding="utf-8")
    summary = tmp_path / "summary.md"
    for command in commands:
        args = shlex.split(command.split(">>")[0])[1:]
        result = CliRunner().invoke(main, args)
        assert result.exit_code == 0, (command, result.output)
        if ">>" in command:
            summary.write_text(result.stdout, encoding="utf-8")
    assert (tmp_path / upload["with"]["sarif_file"]).is_file()
    assert summary.read_text(encoding="utf-8").startswith("## medlint\n")


def _local_hook_config() -> str:
    """The README's pre-commit config, with the hook defined here as pre-commit would read it, run locally."""
    (hook,) = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    (repo,) = yaml.safe_load(readme_block("pre-commit-config"))["repos"]
    (settings,) = repo["hooks"]
    assert settings["id"] == hook["id"]
    # `system` runs `medlint` from PATH: the one installed from this working tree
    local = {**hook, **settings, "language": "system"}
    local.pop("minimum_pre_commit_version", None)
    return yaml.safe_dump({"repos": [{"repo": "local", "hooks": [local]}]}, sort_keys=False)


def test_pre_commit_hook_blocks_a_broken_article(tmp_path: Path) -> None:
    medlint = Path(sys.executable).parent / "medlint"
    if not medlint.is_file():
        pytest.skip("medlint is not installed beside this Python")
    import lint

    if not Path(lint.__file__).resolve().is_relative_to(ROOT):
        pytest.skip("medlint is not installed from this working tree (pip install -e .)")
    env = {
        **os.environ,
        "PATH": f"{medlint.parent}{os.pathsep}{os.environ.get('PATH', '')}",
        "PRE_COMMIT_HOME": str(tmp_path / "pre-commit-home"),
        "HOME": str(tmp_path / "home"),
        "GIT_CONFIG_NOSYSTEM": "1",
        "GIT_AUTHOR_NAME": "Editor",
        "GIT_AUTHOR_EMAIL": "editor@example.org",
        "GIT_COMMITTER_NAME": "Editor",
        "GIT_COMMITTER_EMAIL": "editor@example.org",
    }
    repo = tmp_path / "site"
    (repo / "articles").mkdir(parents=True)
    git(repo, "init", "-q", env=env)
    (repo / ".pre-commit-config.yaml").write_text(_local_hook_config(), encoding="utf-8")
    subprocess.run([sys.executable, "-m", "pre_commit", "install"], cwd=repo, env=env, check=True, capture_output=True)

    clean = (ROOT / "articles" / "migraine.md").read_text(encoding="utf-8")
    (repo / "articles" / "migraine.md").write_text(clean, encoding="utf-8")
    git(repo, "add", ".pre-commit-config.yaml", "articles/migraine.md", env=env)
    good = git(repo, "commit", "-m", "Add the migraine article", env=env, check=False)
    assert good.returncode == 0, good.stdout + good.stderr
    assert "medlint" in good.stdout + good.stderr and "Passed" in good.stdout + good.stderr

    broken = clean.replace("\n## ", "\nAbout 80% of adults with migraine also get tension headaches.\n\n## ", 1)
    (repo / "articles" / "broken.md").write_text(broken, encoding="utf-8")
    git(repo, "add", "articles/broken.md", env=env)
    bad = git(repo, "commit", "-m", "Add a broken article", env=env, check=False)
    output = bad.stdout + bad.stderr
    assert bad.returncode != 0, output
    assert "Failed" in output
    assert re.search(r"articles/broken\.md:\d+:1: CIT001 error Statistic claim has no source", output), output
    assert "migraine.md" not in output.split("Failed", 1)[1]  # only the files being committed are checked
    assert git(repo, "log", "--oneline", env=env).stdout.count("\n") == 1
