"""Scale: --jobs gives the report --jobs 1 gives, the result cache answers unchanged files, --shard splits the run."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from lint.cli import main
from lint.config import Config
from lint.engine import cache
from lint.engine.runner import parse_shard, plan_jobs, shard
from tests.test_verify import ENTRIES, Services, article, services  # noqa: F401  (the fixture)

ROOT = Path(__file__).resolve().parent.parent
FORMATS = ["text", "json", "sarif", "github", "gitlab", "junit", "markdown", "html"]


@pytest.fixture
def site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A project with the sample articles and a broken one, as the working folder."""
    monkeypatch.chdir(tmp_path)
    shutil.copytree(ROOT / "articles", tmp_path / "articles")
    (tmp_path / "articles" / "zinc.md").write_text(
        "# Zinc\n\nZinc lozenges shorten colds by 33% in adults [4].\n\n## References\n\n1. A trial of zinc.\n",
        encoding="utf-8",
    )
    (tmp_path / "pyproject.toml").write_text("[tool.medlint]\n", encoding="utf-8")
    return tmp_path


def medlint(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["check", *args, "--fail-on", "never"])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.stdout


def use_cache(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("MEDLINT_NO_CACHE", raising=False)


# --- parallel workers -----------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
def test_two_workers_print_what_one_process_prints(site: Path, fmt: str) -> None:
    one = medlint("articles", "--format", fmt, "-j", "1", "-o", f"one.{fmt}")
    two = medlint("articles", "--format", fmt, "--jobs", "2", "-o", f"two.{fmt}")
    assert one == two
    # the HTML report names the minute it was written: the one difference two runs may have
    stamp = re.compile(rb"\d{4}-\d\d-\d\d \d\d:\d\d UTC")
    assert stamp.sub(b"", (site / f"one.{fmt}").read_bytes()) == stamp.sub(b"", (site / f"two.{fmt}").read_bytes())
    assert (site / f"one.{fmt}").stat().st_size > 100


def test_claims_come_back_from_the_workers(site: Path) -> None:
    one = medlint("articles", "--format", "json", "--claims", "-j", "1")
    two = medlint("articles", "--format", "json", "--claims", "-j", "2")
    assert one == two
    assert all(f["claims"] for f in json.loads(two[1])["files"] if f["stats"]["claims"])


def test_workers_fill_the_cache_one_process_reads(site: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    use_cache(monkeypatch)
    first = medlint("articles", "--format", "sarif", "-j", "2")
    assert len(entries(site / ".medlint_cache")) == len(list((site / "articles").iterdir()))
    assert medlint("articles", "--format", "sarif", "-j", "1") == first


def test_show_source_works_with_workers(site: Path) -> None:
    one = medlint("articles", "--show-source", "-j", "1")
    two = medlint("articles", "--show-source", "-j", "2")
    assert one == two
    assert "^" in two[1]  # the carets under each finding's line: the texts came back from the workers


def test_a_worker_that_dies_is_a_finding_on_its_file_and_the_run_goes_on(
    site: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _, whole = medlint("articles", "--format", "json", "-j", "1")
    monkeypatch.setenv("MEDLINT_DEBUG_WORKER_EXIT_ON", "zinc.md")
    _, crashed = medlint("articles", "--format", "json", "-j", "2")
    before = {f["path"]: f for f in json.loads(whole)["files"]}
    after = {f["path"]: f for f in json.loads(crashed)["files"]}
    assert after.keys() == before.keys()
    zinc = after.pop("articles/zinc.md")
    assert [f["rule"] for f in zinc["findings"]] == ["rule-error"]
    assert "worker" in zinc["findings"][0]["message"]
    before.pop("articles/zinc.md")
    assert after == before


def test_a_url_is_read_once_and_checked_by_a_worker(site: Path) -> None:
    from tests.local_server import Reply, serve

    page = b"<html><body><main><h1>Naps</h1><p>A 20 minute nap improves alertness by 30% in adults.</p></main></body></html>"
    with serve({"/naps": lambda r: Reply(body=page)}) as server:
        args = ["articles", f"{server.url}/naps", "--format", "json", "--allow-host", "127.0.0.1"]
        one = medlint(*args, "-j", "1")
        two = medlint(*args, "-j", "2")
        assert server.count("/naps") == 2  # once per run, in the parent
    assert one == two
    naps = next(f for f in json.loads(two[1])["files"] if f["path"].endswith("/naps"))
    assert any(f["rule"] == "uncited-claim" for f in naps["findings"])


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_long_run_keeps_reports_serialized_and_prints_the_same(
    site: Path, monkeypatch: pytest.MonkeyPatch, fmt: str
) -> None:
    import lint.cli

    extra = ["--show-source"] if fmt == "text" else []
    whole = medlint("articles", "--format", fmt, *extra, "-o", f"whole.{fmt}")
    monkeypatch.setattr(lint.cli, "REPORTS_IN_MEMORY", 2)  # the 9 articles are a long run
    spilled = medlint("articles", "--format", fmt, *extra, "-o", f"spilled.{fmt}")
    streamed = medlint("articles", "--format", fmt, *extra)  # to standard output, a piece at a time
    assert whole == spilled
    stamp = re.compile(rb"\d{4}-\d\d-\d\d \d\d:\d\d UTC")
    assert stamp.sub(b"", (site / f"whole.{fmt}").read_bytes()) == stamp.sub(
        b"", (site / f"spilled.{fmt}").read_bytes()
    )
    if fmt != "html":
        assert streamed[1] == (site / f"whole.{fmt}").read_text(encoding="utf-8")
    assert streamed[0] == whole[0] == 0


def test_a_long_run_with_folder_settings_and_a_baseline(site: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import lint.cli

    (site / "articles" / "pyproject.toml").write_text('[tool.medlint]\nignore = ["citation-order"]\n', encoding="utf-8")
    (site / "notes").mkdir()
    (site / "notes" / "b.md").write_text("# Colds\n\nColds last 7 days in 80% of adults.\n", encoding="utf-8")
    medlint("articles", "notes", "--write-baseline", "base.json")
    (site / "notes" / "a.md").write_text("# Flu\n\nFlu lasts 5 days in 60% of adults.\n", encoding="utf-8")
    runs = []
    for in_memory in (2000, 1):
        monkeypatch.setattr(lint.cli, "REPORTS_IN_MEMORY", in_memory)
        runs.append(medlint("articles", "notes", "--format", "json", "--baseline", "base.json"))
    assert runs[0] == runs[1]
    report = json.loads(runs[1][1])
    assert [f["path"] for f in report["files"]] == sorted(f["path"] for f in report["files"])
    new = [file["path"] for file in report["files"] if file["findings"]]
    assert new == ["notes/a.md"]  # only the article written after the baseline


def test_auto_keeps_a_few_articles_in_one_process() -> None:
    assert plan_jobs(None, 1) == 1
    assert plan_jobs(None, 10) == 1
    assert plan_jobs(3, 2) == 2  # never more workers than articles
    assert plan_jobs(1, 5000) == 1


# --- the result cache ---------------------------------------------------------------------------------


def entries(folder: Path) -> list[Path]:
    return sorted(folder.rglob("*.json"))


def test_an_unchanged_run_is_answered_from_the_cache(site: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    use_cache(monkeypatch)
    first = medlint("articles", "--format", "json")
    folder = site / ".medlint_cache"
    assert (folder / ".gitignore").read_text(encoding="utf-8").splitlines()[-1] == "*"
    assert len(entries(folder)) == len(list((site / "articles").iterdir()))
    stamps = {p: p.stat().st_mtime_ns for p in entries(folder)}
    assert medlint("articles", "--format", "json") == first
    assert {p: p.stat().st_mtime_ns for p in entries(folder)} == stamps  # read, not rewritten


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_warm_run_prints_what_a_cold_run_prints(site: Path, monkeypatch: pytest.MonkeyPatch, fmt: str) -> None:
    use_cache(monkeypatch)
    extra = ["--show-source"] if fmt == "text" else []
    fresh = medlint("articles", "--format", fmt, "--no-cache", *extra, "-o", f"fresh.{fmt}")
    cold = medlint("articles", "--format", fmt, *extra, "-o", f"cold.{fmt}")
    assert entries(site / ".medlint_cache")
    warm = medlint("articles", "--format", fmt, *extra, "-o", f"warm.{fmt}")
    assert fresh == cold == warm
    stamp = re.compile(rb"\d{4}-\d\d-\d\d \d\d:\d\d UTC")  # the HTML report's minute
    outputs = {stamp.sub(b"", (site / f"{run}.{fmt}").read_bytes()) for run in ("fresh", "cold", "warm")}
    assert len(outputs) == 1
    assert len(outputs.pop()) > 100


def test_an_edited_medlint_is_a_new_cache(tmp_path: Path) -> None:
    package = tmp_path / "lint"
    (package / "rules").mkdir(parents=True)
    rule = package / "rules" / "citations.py"
    rule.write_text("# a rule\n", encoding="utf-8")
    before = cache.package_stamp(str(package))
    (package / "__pycache__").mkdir()
    (package / "__pycache__" / "citations.cpython-311.pyc").write_bytes(b"compiled")
    assert cache.package_stamp(str(package)) == before  # compiling is not editing
    rule.write_text("# a rule, changed\n", encoding="utf-8")
    assert cache.package_stamp(str(package)) != before


def test_a_changed_article_is_checked_again(site: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    use_cache(monkeypatch)
    medlint("articles", "--format", "json")
    zinc = site / "articles" / "zinc.md"
    zinc.write_text(zinc.read_text(encoding="utf-8").replace("[4]", "[1]"), encoding="utf-8")
    _, out = medlint("articles", "--format", "json")
    report = {f["path"]: f for f in json.loads(out)["files"]}
    assert not any(f["rule"] == "unresolved-citation" for f in report["articles/zinc.md"]["findings"])
    _, fresh = medlint("articles", "--format", "json", "--no-cache")
    assert out == fresh


def test_a_corrupt_cache_entry_is_ignored(site: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    use_cache(monkeypatch)
    first = medlint("articles", "--format", "json")
    for entry in entries(site / ".medlint_cache"):
        entry.write_bytes(b'{"path": "articles/zinc.md", "findin')
    assert medlint("articles", "--format", "json") == first
    assert medlint("articles", "--format", "json") == first  # and it was written again, whole


def test_other_settings_do_not_reuse_the_cache(site: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    use_cache(monkeypatch)
    medlint("articles", "--format", "json")
    _, narrow = medlint("articles", "--format", "json", "--select", "unresolved-citation")
    assert {f["rule"] for file in json.loads(narrow)["files"] for f in file["findings"]} == {"unresolved-citation"}


def test_the_date_is_in_the_key_only_for_rules_that_read_it() -> None:
    config = Config()

    def key(rules: set[str], day: date) -> str:
        return cache.settings_key(config, rules, today=day, input_format=None, with_claims=False)

    assert key({"stale-review"}, date(2026, 1, 1)) != key({"stale-review"}, date(2026, 1, 2))
    assert key({"uncited-claim"}, date(2026, 1, 1)) == key({"uncited-claim"}, date(2026, 1, 2))


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_file_that_timed_out_is_not_cached(site: Path, monkeypatch: pytest.MonkeyPatch, jobs: str) -> None:
    use_cache(monkeypatch)
    _, out = medlint("articles", "--format", "json", "--file-timeout", "0.000001", "-j", jobs)
    files = json.loads(out)["files"]
    assert len(files) == 9
    assert all("file_timeout" in file["findings"][0]["message"] for file in files)  # each worker's own alarm
    assert entries(site / ".medlint_cache") == []


def test_no_cache_and_another_folder(site: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    use_cache(monkeypatch)
    medlint("articles", "--no-cache")
    assert not (site / ".medlint_cache").exists()
    medlint("articles", "--result-cache-dir", "elsewhere")
    assert entries(site / "elsewhere") and not (site / ".medlint_cache").exists()


def test_clean_removes_the_result_cache(site: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    use_cache(monkeypatch)
    medlint("articles")
    assert (site / ".medlint_cache").is_dir()
    result = CliRunner().invoke(main, ["clean"])
    assert result.exit_code == 0
    assert not (site / ".medlint_cache").exists()
    assert (site / "articles" / "zinc.md").is_file()


def test_an_unchanged_run_never_imports_spacy_or_the_rules(site: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "MEDLINT_NO_CACHE"}
    probe = (
        "import sys\n"
        "from lint.cli import main\n"
        "try:\n"
        "    main(['check', 'articles', '--format', 'json', '-o', 'out.json', '--fail-on', 'never'])\n"
        "except SystemExit:\n"
        "    pass\n"
        "print('spacy' in sys.modules, 'lint.rules.citations' in sys.modules, 'lint.parse.markdown' in sys.modules)\n"
    )
    cold = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True, text=True, check=True)
    warm = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True, text=True, check=True)
    assert cold.stdout.split() == ["True", "True", "True"]
    assert warm.stdout.split() == ["False", "False", "False"]  # nor the rules, nor the parsers
    assert json.loads((site / "out.json").read_text(encoding="utf-8"))["summary"]["files"] == 9


# --- shards -------------------------------------------------------------------------------------------


def test_shards_together_are_the_whole_run(site: Path) -> None:
    _, whole = medlint("articles", "--format", "json")
    parts = [json.loads(medlint("articles", "--format", "json", "--shard", f"{k}/3")[1]) for k in (1, 2, 3)]
    files = [f for part in parts for f in part["files"]]
    assert sorted(files, key=lambda f: f["path"]) == json.loads(whole)["files"]
    assert all(part["files"] for part in parts)


def test_shard_split_is_stable_and_complete() -> None:
    files = [f"a/{n}.md" for n in range(10)]
    parts = [shard(list(reversed(files)), k, 4) for k in range(1, 5)]
    assert sorted(f for part in parts for f in part) == sorted(files)
    assert parts[0] == shard(files, 1, 4)


@pytest.mark.parametrize("bad", ["0/3", "4/3", "1", "a/b", "1/0"])
def test_a_bad_shard_is_a_usage_error(bad: str, site: Path) -> None:
    with pytest.raises(ValueError):
        parse_shard(bad)
    result = CliRunner().invoke(main, ["check", "articles", "--shard", bad])
    assert result.exit_code == 2
    assert "--shard" in result.stderr


# --- source verification with workers -----------------------------------------------------------------


def test_workers_use_the_states_verified_once_in_the_parent(services: Services, tmp_path: Path) -> None:  # noqa: F811
    folder = tmp_path / "site"
    folder.mkdir()
    for n, entries in enumerate([["ok", "dead"], ["missing", "ok"], ["dead", "missing"]]):
        (folder / f"a{n}.md").write_text(article(services.web, [ENTRIES[e] for e in entries]), encoding="utf-8")
    one = services.run(str(folder), "--format", "json", "--fail-on", "never", "-j", "1")
    asked = services.requests()
    two = services.run(str(folder), "--format", "json", "--fail-on", "never", "-j", "2")
    assert two.stdout == one.stdout
    assert services.requests() == asked  # the second run's answers came from the verification cache
    report = json.loads(two.stdout)
    assert sum(f["rule"] == "dead-link" for file in report["files"] for f in file["findings"]) == 4
    assert "verified" in two.stderr
