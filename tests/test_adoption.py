"""A site's own repository, set up only from the README: pre-commit pinned to the release tag, the
GitHub Action's script, GitLab's Code Quality format and per-folder settings; and the built wheel.

Nothing here reaches the network: pre-commit clones a tagged copy of this working tree, and the
hook environment and the fresh virtual environment borrow their dependencies from this one.
"""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import sysconfig
import tarfile
import tomllib
from pathlib import Path

import jsonschema
import pytest
import yaml
from click.testing import CliRunner

import lint
from lint.cli import main

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
GITLAB_SCHEMA = json.loads((Path(__file__).parent / "data" / "gitlab-code-quality.schema.json").read_text())
TAG = f"v{lint.__version__}"
MEDLINT = Path(sys.executable).with_name("medlint")
SITE_PACKAGES = sysconfig.get_paths()["purelib"]
STATISTIC = "About 80% of adults with migraine also get tension headaches.\n\n"


def readme_block(name: str) -> str:
    m = re.search(rf"<!-- {name}:start -->\n```\w+\n(.*?)```\n<!-- {name}:end -->", README, re.S)
    assert m, f"README.md has no {name} block"
    return m.group(1)


def git(repo: Path, *args: str) -> str:
    env = {
        **os.environ,
        "GIT_AUTHOR_NAME": "Editor",
        "GIT_AUTHOR_EMAIL": "editor@example.org",
        "GIT_COMMITTER_NAME": "Editor",
        "GIT_COMMITTER_EMAIL": "editor@example.org",
    }
    done = subprocess.run(["git", *args], cwd=repo, env=env, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout


def make_site(root: Path) -> Path:
    """A site with a root medlint.toml and a glossary folder of its own, both from the README."""
    clean = (ROOT / "articles" / "migraine.md").read_text(encoding="utf-8")
    no_red_flags = re.sub(r"\n## When to seek urgent care\n.*?(?=\n## Sources)", "\n", clean, flags=re.S)
    assert "urgent care" not in no_red_flags
    (root / "articles" / "glossary").mkdir(parents=True)
    (root / "drafts").mkdir()
    (root / "medlint.toml").write_text(readme_block("site-config"), encoding="utf-8")
    folder_config = readme_block("folder-config")
    target = re.match(r"# ([^\s:]+)", folder_config)
    assert target and target.group(1) == "articles/glossary/medlint.toml"
    (root / target.group(1)).write_text(folder_config, encoding="utf-8")
    (root / "articles" / "migraine.md").write_text(clean, encoding="utf-8")
    (root / "articles" / "glossary" / "aura.md").write_text(no_red_flags, encoding="utf-8")
    (root / "drafts" / "unfinished.md").write_text("# Unfinished\n\nAbout 90% of it is missing.\n", encoding="utf-8")
    return root


def rules_found(report: dict[str, object], path_end: str) -> set[str]:
    (file,) = [f for f in report["files"] if f["path"].endswith(path_end)]  # type: ignore[attr-defined]
    return {f["rule"] for f in file["findings"]}


def run_cli(cwd: Path, monkeypatch: pytest.MonkeyPatch, *args: str) -> tuple[int, str, str]:
    monkeypatch.chdir(cwd)
    # color=True: click keeps escape codes, so the test sees what medlint chose to print
    result = CliRunner().invoke(main, list(args), color=True)
    return result.exit_code, result.stdout, result.stderr


# --- configuration per folder -------------------------------------------------------------------


def test_each_article_uses_its_folders_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    site = make_site(tmp_path)
    code, out, _ = run_cli(site, monkeypatch, "check", "articles", "drafts", "--format", "json")
    report = json.loads(out)
    assert "missing-red-flags" not in rules_found(report, "glossary/aura.md")
    assert not any(f["path"].startswith("drafts") for f in report["files"])  # excluded by the root config
    assert code == 0  # the glossary needs no red-flag section and the drafts are not checked
    # the same article under the root config alone is reported
    code, out, _err = run_cli(site, monkeypatch, "check", "articles", "--config", "medlint.toml", "--format", "json")
    assert "missing-red-flags" in rules_found(json.loads(out), "glossary/aura.md")
    assert code == 1  # fail_on = "warning" from the root config


def test_show_settings_names_the_file_each_value_came_from(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    site = make_site(tmp_path)
    code, out, _ = run_cli(site, monkeypatch, "check", "--show-settings", "articles/glossary/aura.md")
    assert code == 0
    glossary, root = site / "articles/glossary/medlint.toml", site / "medlint.toml"
    assert f"config file: {glossary}" in out and f"extends: {root}" in out
    assert f'ignore = ["missing-red-flags"]  # {glossary}' in out
    assert f'fail_on = "warning"  # {root}' in out
    assert 'citation_scope = "block"  # default' in out


def test_show_files_lists_what_is_checked_and_why_the_rest_is_not(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    site = make_site(tmp_path)
    (site / "articles" / "photo.png").write_bytes(b"\x89PNG")
    (site / ".git").mkdir()
    code, out, _ = run_cli(site, monkeypatch, "check", "--show-files", ".")
    lines = dict(line.split("  ", 1) for line in out.splitlines())
    assert lines["articles/migraine.md"] == f"(config: {site / 'medlint.toml'})"
    assert lines["articles/glossary/aura.md"] == f"(config: {site / 'articles/glossary/medlint.toml'})"
    assert lines["drafts/unfinished.md"].startswith("excluded: excluded by exclude in")
    assert lines["articles/photo.png"] == "excluded: not an article type (.png)"
    assert lines[".git/"].startswith("excluded: folder never searched")
    assert code == 0


def test_extend_cycle_is_a_configuration_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    site = make_site(tmp_path)
    with (site / "medlint.toml").open("a", encoding="utf-8") as fh:
        fh.write('extend = "articles/glossary/medlint.toml"\n')
    code, _out, err = run_cli(site, monkeypatch, "check", "articles")
    assert code == 2
    assert "extend makes a cycle" in err and "Traceback" not in err


def test_two_config_files_in_one_folder_warn_and_medlint_toml_wins(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    site = make_site(tmp_path)
    (site / "pyproject.toml").write_text('[tool.medlint]\nfail_on = "never"\n', encoding="utf-8")
    (site / "articles" / "broken.md").write_text(
        (site / "articles" / "migraine.md").read_text().replace("\n## ", "\n" + STATISTIC + "## ", 1)
    )
    code, _out, err = run_cli(site, monkeypatch, "check", "articles/broken.md", "-q")
    assert code == 1  # medlint.toml's fail_on, not pyproject's "never"
    assert err.count("is ignored: both are in one folder") == 1
    assert "[tool.medlint] in " + str(site / "pyproject.toml") in err


def test_fix_uses_each_folders_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "medlint.toml").write_text('disclaimer_text = "Root: for general information only."\n')
    (tmp_path / "faq").mkdir()
    (tmp_path / "faq" / "medlint.toml").write_text(
        'extend = "../medlint.toml"\ndisclaimer_text = "FAQ: for educational purposes only."\n'
    )
    for name in ("colds.md", "faq/flu.md"):
        (tmp_path / name).write_text("# Colds\n\nRest helps.\n")
    code, _, err = run_cli(tmp_path, monkeypatch, "check", ".", "--fix", "--unsafe-fixes", "--select", "STR001")
    assert "applied 2 fixes to 2 files" in err and code == 0
    assert (tmp_path / "colds.md").read_text().endswith("\n\nRoot: for general information only.\n")
    assert (tmp_path / "faq" / "flu.md").read_text().endswith("\n\nFAQ: for educational purposes only.\n")


# --- outputs ------------------------------------------------------------------------------------


def broken_site(tmp_path: Path) -> Path:
    site = make_site(tmp_path)
    clean = (site / "articles" / "migraine.md").read_text(encoding="utf-8")
    (site / "articles" / "broken.md").write_text(clean.replace("\n## ", "\n" + STATISTIC + "## ", 1))
    return site


def test_gitlab_ci_snippet_writes_a_valid_code_quality_report(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    site = broken_site(tmp_path)
    job = yaml.safe_load(readme_block("gitlab-ci"))["medlint"]
    (command,) = [c for c in job["script"] if c.startswith("medlint ")]
    code, _, _ = run_cli(site, monkeypatch, *shlex.split(command)[1:])
    assert code == 1
    report_file = site / job["artifacts"]["reports"]["codequality"]
    issues = json.loads(report_file.read_text(encoding="utf-8"))
    jsonschema.validate(issues, GITLAB_SCHEMA)
    (issue,) = [i for i in issues if i["check_name"] == "uncited-claim"]
    assert issue["location"]["path"] == "articles/broken.md" and issue["severity"] == "major"
    text = (site / "articles" / "broken.md").read_text().splitlines()
    assert text[issue["location"]["lines"]["begin"] - 1].startswith("About 80% of adults")
    assert len({i["fingerprint"] for i in issues}) == len(issues)


def test_gitlab_fingerprints_are_unique_for_the_same_claim_twice(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    site = broken_site(tmp_path)
    twice = (site / "articles" / "broken.md").read_text().replace("\n## Common", "\n" + STATISTIC + "## Common", 1)
    (site / "articles" / "broken.md").write_text(twice)
    _code, out, _ = run_cli(site, monkeypatch, "check", "articles/broken.md", "--format", "gitlab")
    issues = [i for i in json.loads(out) if i["check_name"] == "uncited-claim"]
    assert len(issues) == 2 and issues[0]["fingerprint"] != issues[1]["fingerprint"]


def test_one_run_writes_several_reports_with_rule_links(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    site = broken_site(tmp_path)
    with (site / "medlint.toml").open("a", encoding="utf-8") as fh:
        fh.write('docs_url = "https://health.example.org/medlint/{rule}.html"\n')
    args = ["check", "articles", "-q", "--output-format", "sarif=out/m.sarif", "--output-format", "json=m.json"]
    (site / "out").mkdir()
    code, out, _ = run_cli(site, monkeypatch, *args)
    assert code == 1 and "CIT001" in out  # the text report still goes to stdout
    sarif = json.loads((site / "out/m.sarif").read_text())
    rule = next(r for r in sarif["runs"][0]["tool"]["driver"]["rules"] if r["name"] == "uncited-claim")
    assert rule["helpUri"] == "https://health.example.org/medlint/uncited-claim.html"
    findings = [f for file in json.loads((site / "m.json").read_text())["files"] for f in file["findings"]]
    assert {f["help_uri"] for f in findings if f["rule"] == "uncited-claim"} == {
        "https://health.example.org/medlint/uncited-claim.html"
    }


def test_default_rule_links_point_at_this_versions_rule_reference(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    site = broken_site(tmp_path)
    _code, out, _ = run_cli(site, monkeypatch, "check", "articles/broken.md", "--format", "json")
    (finding,) = [f for f in json.loads(out)["files"][0]["findings"] if f["rule"] == "uncited-claim"]
    url = finding["help_uri"]
    assert url.endswith(f"/blob/{TAG}/docs/rules.md#uncited-claim")
    assert "\n## uncited-claim\n" in (ROOT / "docs" / "rules.md").read_text()


def test_bad_output_format_is_a_usage_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    code, _, err = run_cli(tmp_path, monkeypatch, "check", ".", "--output-format", "pdf=x.pdf")
    assert code == 2 and "'pdf' is not one of" in err


@pytest.mark.parametrize(
    ("args", "env", "colored"),
    [
        ((), {"FORCE_COLOR": "1"}, True),
        (("--color", "never"), {"FORCE_COLOR": "1"}, False),
        (("--color", "always"), {"NO_COLOR": "1"}, True),
        ((), {"NO_COLOR": "1", "FORCE_COLOR": ""}, False),
    ],
)
def test_color_follows_the_option_then_force_color_and_no_color(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args: tuple[str, ...], env: dict[str, str], colored: bool
) -> None:
    site = broken_site(tmp_path)
    for key in ("FORCE_COLOR", "NO_COLOR"):
        monkeypatch.delenv(key, raising=False)
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    _code, out, _ = run_cli(site, monkeypatch, "check", "articles/broken.md", *args)
    assert ("\x1b[" in out) is colored


def test_version_option() -> None:
    for flag in ("-V", "--version"):
        result = CliRunner().invoke(main, [flag])
        assert result.stdout == f"medlint, version {lint.__version__}\n"
    assert tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"] == lint.__version__


def test_changelog_and_readme_name_this_release() -> None:
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    assert re.search(rf"^## \[{re.escape(lint.__version__)}\] - \d{{4}}-\d\d-\d\d$", changelog, re.M)
    assert f"rev: {TAG}\n" in readme_block("pre-commit-config")
    assert f"medlint/medlint@{TAG}" in readme_block("site-workflow")
    assert f"@{TAG}" in readme_block("gitlab-ci")


# --- the GitHub Action --------------------------------------------------------------------------


def step_env_inputs(action: dict[str, dict[str, object]]) -> list[str]:
    """The inputs the script reads: all but those the composite steps use themselves."""
    return [k for k in action["inputs"] if k not in {"upload-sarif", "python-version"}]


def test_action_script_writes_annotations_summary_and_sarif(tmp_path: Path) -> None:
    action = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))
    assert action["runs"]["using"] == "composite"
    (step_env,) = [s["env"] for s in action["runs"]["steps"] if "action/run.sh" in s.get("run", "")]
    script = (ROOT / "action" / "run.sh").read_text(encoding="utf-8")
    assert set(re.findall(r"\bINPUT_[A-Z_]+", script)) == set(step_env)
    # the composite step hands every input to the script under the name run.sh reads
    assert step_env == {
        f"INPUT_{k.upper().replace('-', '_')}": f"${{{{ inputs.{k} }}}}" for k in step_env_inputs(action)
    }
    workflow = yaml.safe_load(readme_block("site-workflow"))
    (step,) = [s for s in workflow["jobs"]["medlint"]["steps"] if "medlint/medlint@" in s.get("uses", "")]
    assert set(step["with"]) <= set(action["inputs"])
    inputs = {name: str(spec.get("default", "")) for name, spec in action["inputs"].items()}
    inputs.update({k: str(v) for k, v in step["with"].items()})
    inputs["formats"] = "gitlab=gl-code-quality.json"
    inputs["args"] = "--ignore 'missing-reviewer'"

    site = broken_site(tmp_path / "site")
    summary, outputs = tmp_path / "summary.md", tmp_path / "outputs"
    env = {
        **os.environ,
        "MEDLINT": str(MEDLINT),
        "GITHUB_STEP_SUMMARY": str(summary),
        "GITHUB_OUTPUT": str(outputs),
        **{f"INPUT_{k.upper().replace('-', '_')}": v for k, v in inputs.items()},
    }
    done = subprocess.run(
        [str(ROOT / "action" / "run.sh")], cwd=site, env=env, capture_output=True, text=True, check=False
    )
    assert done.returncode == 1, done.stderr
    assert re.search(r"^::error file=articles/broken\.md,line=\d+,.*title=CIT001 uncited-claim::", done.stdout, re.M)
    assert "aura.md" not in done.stdout  # the glossary's own settings
    assert summary.read_text(encoding="utf-8").startswith("## medlint\n")
    sarif = json.loads((site / inputs["sarif-file"]).read_text(encoding="utf-8"))
    assert any(r["ruleId"] == "CIT001" for r in sarif["runs"][0]["results"])
    jsonschema.validate(json.loads((site / "gl-code-quality.json").read_text()), GITLAB_SCHEMA)
    assert outputs.read_text() == f"sarif-file={inputs['sarif-file']}\n"


# --- the release: the tag and the wheel ---------------------------------------------------------


def tagged_copy(dest: Path) -> Path:
    """This working tree (tracked and new files) committed in a fresh repository and tagged as this release."""
    files = git(ROOT, "ls-files", "-z", "--cached", "--others", "--exclude-standard").split("\0")
    for name in filter(None, files):
        src = ROOT / name
        if src.is_file():
            (dest / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, dest / name)
    git(dest, "init", "-q")
    git(dest, "add", "-A")
    git(dest, "commit", "-q", "-m", "release")
    git(dest, "tag", "-a", TAG, "-m", f"medlint {lint.__version__}")
    return dest


def offline_pip_env(home: Path) -> dict[str, str]:
    """pip installs medlint itself from the clone and finds every dependency on PYTHONPATH, never on an index."""
    env = {k: v for k, v in os.environ.items() if k not in {"VIRTUAL_ENV", "PIP_INDEX_URL", "PIP_EXTRA_INDEX_URL"}}
    env.update(
        {
            "PRE_COMMIT_HOME": str(home),
            "PYTHONPATH": SITE_PACKAGES,
            "PIP_NO_INDEX": "1",
            "PIP_NO_DEPS": "1",
            "PIP_NO_BUILD_ISOLATION": "0",
            "GIT_AUTHOR_NAME": "Editor",
            "GIT_AUTHOR_EMAIL": "editor@example.org",
            "GIT_COMMITTER_NAME": "Editor",
            "GIT_COMMITTER_EMAIL": "editor@example.org",
        }
    )
    return env


def test_pre_commit_runs_the_hook_from_the_release_tag(tmp_path: Path) -> None:
    release = tagged_copy(tmp_path / "medlint")
    config = readme_block("pre-commit-config")
    assert f"rev: {TAG}\n" in config
    config = re.sub(r"(?m)^(\s*- repo: ).*$", rf"\g<1>{release.as_posix()}", config)

    site = broken_site(tmp_path / "site")
    (site / ".pre-commit-config.yaml").write_text(config, encoding="utf-8")
    env = offline_pip_env(tmp_path / "pre-commit-home")
    subprocess.run(["git", "init", "-q"], cwd=site, env=env, check=True)
    subprocess.run(["git", "add", "-A"], cwd=site, env=env, check=True)
    done = subprocess.run(
        [sys.executable, "-m", "pre_commit", "run", "--all-files"],
        cwd=site,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    output = done.stdout + done.stderr
    assert done.returncode == 1, output
    assert re.search(r"articles/broken\.md:\d+:1: CIT001 error Statistic claim has no source", output), output
    assert "aura.md" not in output  # the hook reads the glossary's own medlint.toml
    # the hook ran the tagged copy, not this checkout
    hook_envs = list((tmp_path / "pre-commit-home").glob("repo*/py_env-*/lib/python*/site-packages/lint/__init__.py"))
    assert hook_envs, output


def test_built_wheel_checks_the_articles_from_a_fresh_environment(tmp_path: Path) -> None:
    release = tagged_copy(tmp_path / "medlint")
    dist = tmp_path / "dist"
    # sdist first, then the wheel built from the unpacked sdist: a file missing from either shows
    build = subprocess.run(
        [sys.executable, "-m", "build", "--no-isolation", "--outdir", str(dist), str(release)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert build.returncode == 0, build.stdout[-3000:] + build.stderr[-3000:]
    (wheel,) = dist.glob(f"medlint-{lint.__version__}-py3-none-any.whl")
    (sdist,) = dist.glob(f"medlint-{lint.__version__}.tar.gz")
    with tarfile.open(sdist) as tar:
        assert f"medlint-{lint.__version__}/CHANGELOG.md" in tar.getnames()

    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    (purelib,) = venv.glob("lib/python*/site-packages")
    # the dependencies come from this environment; medlint itself only from the wheel
    (purelib / "deps.pth").write_text(SITE_PACKAGES + "\n", encoding="utf-8")
    env = offline_pip_env(tmp_path / "unused")
    python = venv / "bin" / "python"
    subprocess.run(
        [python, "-m", "pip", "install", "-q", "--no-deps", str(wheel)], env=env, check=True, capture_output=True
    )
    env.pop("PYTHONPATH")
    where = subprocess.run(
        [python, "-c", "import lint; print(lint.__file__)"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    assert where.stdout.startswith(str(purelib)), where.stdout
    run = subprocess.run(
        [venv / "bin" / "medlint", "check", "articles/", "--format", "html", "--output", str(tmp_path / "r.html")],
        cwd=release,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    assert "<html" in (tmp_path / "r.html").read_text(encoding="utf-8")  # the report's templates shipped
