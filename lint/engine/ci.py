"""What `medlint check` adds for CI and pre-commit: only changed articles, a progress bar, and the baseline."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import click

from lint.config import Config
from lint.io.inputs import expand, is_url
from lint.model import Report

if TYPE_CHECKING:
    from lint.engine import Checked, Engine
    from lint.engine.folders import PerFolder

PROGRESS_MIN_FILES = 5  # fewer files finish before a bar would be worth drawing


class ChangedError(Exception):
    """--changed-since cannot be answered: not a git checkout, or an unknown ref."""


def _git(args: list[str], cwd: Path) -> str:
    try:
        done = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, check=False)
    except FileNotFoundError as exc:
        raise ChangedError("--changed-since needs git, which is not installed") from exc
    if done.returncode != 0:
        raise ChangedError(done.stderr.strip().splitlines()[-1] if done.stderr.strip() else f"git {args[0]} failed")
    return done.stdout


def changed_files(ref: str, cwd: Path | None = None) -> set[Path]:
    """Files added, copied, modified or renamed since ``ref`` (committed, staged, unstaged or untracked)."""
    cwd = cwd or Path.cwd()
    try:
        top = Path(_git(["rev-parse", "--show-toplevel"], cwd).strip())
    except ChangedError as exc:
        raise ChangedError(f"--changed-since needs a git checkout: {exc}") from exc
    try:
        _git(["rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}"], cwd)
    except ChangedError as exc:
        raise ChangedError(f"--changed-since: unknown git ref {ref!r}") from exc
    try:  # a pull request compares with where it branched off, not with the moving tip of main
        base = _git(["merge-base", ref, "HEAD"], cwd).strip()
    except ChangedError:
        base = ref
    names = _git(["diff", "--name-only", "-z", "--diff-filter=ACMR", base, "--"], cwd).split("\0")
    names += _git(["ls-files", "-z", "--others", "--exclude-standard"], cwd).split("\0")
    return {(top / n).resolve() for n in names if n}


def targets(paths: list[str], config: Config, changed_since: str | None) -> list[str]:
    """The inputs to check: folders expanded, and with --changed-since only the changed articles."""
    files = list(expand(paths, config))
    if changed_since is None:
        return files
    changed = changed_files(changed_since)
    return [f for f in files if f == "-" or is_url(f) or Path(f).resolve() in changed]


def _progress(checked: Iterator[Checked], total: int) -> Iterator[Checked]:
    with click.progressbar(
        checked, length=total, label="Checking", file=sys.stderr, show_pos=True, item_show_func=_current
    ) as bar:
        yield from bar


def _current(item: Checked | None) -> str | None:
    return item.report.path if item is not None else None


def check(engine: Engine, files: list[str]) -> Report:
    """Check ``files`` (already expanded), with a progress bar on stderr when it is a terminal and the run is long."""
    if len(files) > PROGRESS_MIN_FILES and sys.stderr.isatty():
        return engine.check_files(files, progress=lambda checked: _progress(checked, len(files)))
    return engine.check_files(files)


def run(
    engine: Engine,
    config: Config,
    paths: list[str],
    *,
    changed_since: str | None = None,
    baseline: Path | None = None,
    write_baseline: Path | None = None,
    per_folder: PerFolder | None = None,
) -> Report:
    """`medlint check` from inputs to the report it prints; a bad ref or baseline exits 2 with a message."""
    from lint.engine import baseline as baselines

    try:
        files = targets(paths, config, changed_since)
        recorded = baselines.load(baseline) if baseline is not None else None
    except (ChangedError, baselines.BaselineError) as exc:
        click.echo(f"medlint: {exc}", err=True)
        sys.exit(2)
    # with per_folder, each article is checked with its own folder's settings
    report = check(engine, files) if per_folder is None else per_folder.check(files, check)
    if write_baseline is not None:
        try:
            n = baselines.write(report, write_baseline)
        except baselines.BaselineError as exc:
            click.echo(f"medlint: {exc}", err=True)
            sys.exit(2)
        click.echo(f"medlint: recorded {n} finding{'s' if n != 1 else ''} in {write_baseline}", err=True)
    if recorded is not None and baseline is not None:
        report = baselines.apply(report, recorded, baseline.resolve().parent)
    return report
