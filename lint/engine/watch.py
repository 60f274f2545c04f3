"""`medlint check --watch`: check again whenever an article is saved, for editors without a language server."""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import click

from lint.io.inputs import is_url
from lint.parse import EXTENSIONS


def _article(_change: object, path: str) -> bool:
    return Path(path).suffix.lower() in EXTENSIONS or Path(path).name in ("pyproject.toml", "medlint.toml")


def watch_and_check(paths: list[str], run_once: Callable[[], None], *, stop: threading.Event | None = None) -> int:
    """Run the check, then again after each batch of saves under ``paths``, until interrupted."""
    from watchfiles import watch

    local = [Path(p) for p in paths if p != "-" and not is_url(p)]
    if not local:
        click.echo("medlint: --watch needs files or folders to watch", err=True)
        return 2
    # a file is watched through its folder: editors often save by writing a new file and renaming it
    folders = sorted({str(p if p.is_dir() else (p.parent if str(p.parent) else Path("."))) for p in local})
    files = {p.resolve() for p in local if not p.is_dir()}
    run_once()
    click.echo("medlint: watching for changes (Ctrl-C to stop)", err=True)
    try:
        for changes in watch(*folders, watch_filter=_article, stop_event=stop, debounce=200):
            touched = sorted({Path(p) for _, p in changes})
            if files and not any(p.resolve() in files for p in touched) and all(p.suffix != ".toml" for p in touched):
                continue
            names = ", ".join(p.name for p in touched)
            click.echo(f"\nmedlint: {datetime.now():%H:%M:%S} {names} changed; checking again", err=True)
            run_once()
            sys.stdout.flush()
    except KeyboardInterrupt:
        pass
    return 0
