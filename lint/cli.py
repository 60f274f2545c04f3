"""The `medlint` command: thin click commands over the engine."""

from __future__ import annotations

import contextlib
import gc
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

import click

from lint import __version__
from lint.config import ConfigError
from lint.model import SEVERITY_RANK, Report
from lint.report import FORMATS, RenderOptions, render, render_chunks, visible

if TYPE_CHECKING:
    from lint.engine import Engine
    from lint.engine.folders import PerFolder
    from lint.engine.runner import Runner
    from lint.settings import Resolver


# past this many articles a run keeps their reports serialized: memory stays flat in the number of files
REPORTS_IN_MEMORY = 2000


def _split(values: tuple[str, ...]) -> list[str]:
    return [v.strip() for value in values for v in value.split(",") if v.strip()]


def exit_code(report: Report, fail_on: str) -> int:
    if fail_on == "never":
        return 0
    # the summary counts every finding by severity: no need to read the files again
    s = report.summary
    found = {"error": s.errors, "warning": s.warnings, "info": s.infos}
    failing = any(n for severity, n in found.items() if SEVERITY_RANK[severity] >= SEVERITY_RANK[fail_on])
    return 1 if failing else 0


def _settle_start_up() -> None:
    """Build the spaCy pipeline, then move every object alive to the garbage collector's permanent generation.

    The pipeline, the modules and the rule tables live until exit; left in the collector's generations
    they are rescanned (some 60 ms) by each full collection and once more at exit, a quarter of the
    cost of checking one article. The CLI owns its process, so it freezes; the API does not.
    """
    from lint.engine.engine import load_stages
    from lint.nlp import get_nlp

    load_stages()
    get_nlp()
    gc.freeze()


def _verify_progress() -> Callable[[int, int], None] | None:
    """A progress bar for source verification on a terminal's stderr."""
    if not sys.stderr.isatty():
        return None
    from lint.verify.progress import TerminalProgress

    return TerminalProgress()


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "-V", "--version", prog_name="medlint")
def main() -> None:
    """medlint: check health articles for uncited claims, broken references, disclaimers and red flags."""


def _rule_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """--select, --ignore, --fail-on and --config, as `check` and `audit` both take them."""
    for option in reversed(
        (
            click.option(
                "--select", multiple=True, help="Rules to run: names, codes or code prefixes (comma-separated)."
            ),
            click.option(
                "--ignore", multiple=True, help="Rules to skip: names, codes or code prefixes (comma-separated)."
            ),
            click.option(
                "--fail-on",
                type=click.Choice(["error", "warning", "info", "never"]),
                default=None,
                help="Lowest severity that makes the exit status 1  [default: error].",
            ),
            click.option(
                "--config",
                "config_path",
                type=click.Path(dir_okay=False, path_type=Path),
                help="Config file (pyproject.toml or medlint.toml); found automatically otherwise.",
            ),
        )
    ):
        command = option(command)
    return command


@main.command()
@click.argument("paths", nargs=-1)
@click.option(
    "--format", "fmt", type=click.Choice(sorted(FORMATS)), default="text", show_default=True, help="Output format."
)
@click.option(
    "--output",
    "-o",
    type=click.Path(writable=True),
    help="Write the report to FILE; with --format html, a path not ending in .html is a folder of pages.",
)
@_rule_options
@click.option(
    "--input-format",
    type=click.Choice(["markdown", "text", "html"]),
    help="Read every input as this format instead of guessing from the extension.",
)
@click.option("--stdin-filename", help="Name to report for input read from '-'.")
@click.option(
    "--output-format",
    "outputs",
    multiple=True,
    metavar="FORMAT=PATH",
    callback=lambda ctx, param, value: _parse_outputs(value),
    help="Also write the report in FORMAT to PATH, from the same run (repeatable): sarif=medlint.sarif.",
)
@click.option(
    "--color",
    type=click.Choice(["auto", "always", "never"]),
    default="auto",
    show_default=True,
    help="Colour the text report; auto: on a terminal, unless NO_COLOR is set or FORCE_COLOR asks for it.",
)
@click.option(
    "--show-settings",
    "show_settings_for",
    metavar="FILE",
    help="Print the settings FILE would be checked with and the config file that set each; check nothing.",
)
@click.option(
    "--show-files",
    is_flag=True,
    help="List the files a run would check, and why the others are left out; check nothing.",
)
@click.option("--claims", is_flag=True, help="Add every claim and source entry to the JSON report.")
@click.option("--quiet", "-q", is_flag=True, help="Print findings only, no summary.")
@click.option("--show-source", is_flag=True, help="Text format: print each finding's line with carets under it.")
@click.option("--statistics", is_flag=True, help="Text format: print counts per rule instead of each finding.")
@click.option(
    "--baseline",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Report only findings not recorded in this baseline file (see --write-baseline).",
)
@click.option(
    "--write-baseline",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Record today's findings in FILE, for --baseline; exits 0.",
)
@click.option(
    "--changed-since", metavar="REF", help="Check only articles changed since this git ref (for pull requests)."
)
@click.option("--fix", is_flag=True, help="Apply the safe fixes to Markdown files in place, then report what is left.")
@click.option(
    "--unsafe-fixes", is_flag=True, help="With --fix or --diff, also apply fixes that change what the article says."
)
@click.option("--diff", is_flag=True, help="Print the unified diff --fix would apply and write nothing; exit 1 if any.")
@click.option("--watch", is_flag=True, help="Check again whenever an article under PATHS is saved; stop with Ctrl-C.")
@click.option(
    "--allow-host",
    "allow_hosts",
    multiple=True,
    metavar="HOST",
    help="Let fetching reach this host, address or network although it is private or local (repeatable).",
)
@click.option(
    "--verify-sources/--no-verify-sources",
    default=None,
    help="Check every source's link, DOI (Crossref) and PMID (PubMed) over the network  [default: verify in "
    "[tool.medlint.verify]].",
)
@click.option("--offline", is_flag=True, default=None, help="With --verify-sources: answer from the cache only.")
@click.option(
    "--cache-dir",
    type=click.Path(file_okay=False, path_type=Path),
    help="Folder of the source verification cache  [default: the user cache folder].",
)
@click.option(
    "--max-file-size",
    type=click.IntRange(min=1),
    metavar="BYTES",
    help="Largest article to check; a larger one is a parse-error finding  [default: max_file_size, 20 MB].",
)
@click.option(
    "--file-timeout",
    type=click.FloatRange(min=0),
    metavar="SECONDS",
    help="Time one article may take, per MB over 1 MB (0: no limit); a slower one is a parse-error finding  [default: 60].",
)
@click.option(
    "--jobs",
    "-j",
    default="auto",
    show_default=True,
    metavar="N|auto",
    callback=lambda ctx, param, value: _jobs(value),
    help="Worker processes; auto: one per core when there are enough articles to pay for each one's start-up.",
)
@click.option(
    "--no-cache",
    is_flag=True,
    envvar="MEDLINT_NO_CACHE",
    help="Check every article afresh: neither read nor write the result cache (or set MEDLINT_NO_CACHE=1).",
)
@click.option(
    "--result-cache-dir",
    type=click.Path(file_okay=False, path_type=Path),
    help="Folder of the result cache (not the source verification cache: see --cache-dir)  [default: "
    ".medlint_cache at the project root].",
)
@click.option(
    "--shard",
    metavar="K/N",
    callback=lambda ctx, param, value: _shard(value),
    help="Check only part K of N of the sorted articles (one CI job per part).",
)
def check(
    paths: tuple[str, ...],
    fmt: str,
    output: str | None,
    select: tuple[str, ...],
    ignore: tuple[str, ...],
    fail_on: str | None,
    config_path: Path | None,
    input_format: str | None,
    stdin_filename: str | None,
    outputs: tuple[tuple[str, str], ...],
    color: str,
    show_settings_for: str | None,
    show_files: bool,
    claims: bool,
    quiet: bool,
    show_source: bool,
    statistics: bool,
    baseline: Path | None,
    write_baseline: Path | None,
    changed_since: str | None,
    fix: bool,
    unsafe_fixes: bool,
    diff: bool,
    watch: bool,
    allow_hosts: tuple[str, ...],
    verify_sources: bool | None,
    offline: bool | None,
    cache_dir: Path | None,
    max_file_size: int | None,
    file_timeout: float | None,
    jobs: int | None = None,
    no_cache: bool = False,
    result_cache_dir: Path | None = None,
    shard: tuple[int, int] | None = None,
) -> None:
    """Check articles: files, folders (searched recursively), '-' for standard input, or URLs."""
    from lint.engine import Engine, Options
    from lint.rules import registry

    if not paths and changed_since:
        paths = (".",)
    resolver = _resolver(config_path, {"max_file_size": max_file_size, "file_timeout": file_timeout})
    if not paths and show_settings_for is None:
        raise click.UsageError("give at least one file, folder, URL or '-'")
    try:
        if show_settings_for is not None:
            _show_settings(resolver, show_settings_for)
        if show_files:
            _show_files(resolver, list(paths))
    except ConfigError as exc:
        _config_error(exc)
    try:
        config = resolver.for_folder(resolver.cwd).config
    except ConfigError as exc:
        _config_error(exc)
    selectors = _split(select) or None
    ignores = _split(ignore)
    for s in [*(selectors or []), *ignores]:
        if not registry.resolve(s):
            raise click.BadParameter(f"unknown rule or code {s!r}; see 'medlint rules'", param_hint="--select/--ignore")
    engine = Engine(
        config,
        Options(
            select=selectors,
            ignore=ignores,
            input_format=input_format,  # type: ignore[arg-type]
            stdin_filename=stdin_filename,
            with_claims=claims or "html" in (fmt, *(f for f, _ in outputs)),  # the HTML report shows every claim
            allow_hosts=_split(allow_hosts),
            verify_sources=verify_sources,
            offline=offline,
            cache_dir=cache_dir,
            verify_progress=_verify_progress(),
            # only the text format's --show-source (and the HTML pages) read the articles again
            keep_texts=show_source or "html" in (fmt, *(f for f, _ in outputs)),
            reports_in_memory=REPORTS_IN_MEMORY,
        ),
    )
    writes_folder = fmt == "html" and bool(output) and not str(output).lower().endswith((".html", ".htm"))
    from lint.io.output import OutputError, check_destination

    for option, destination, folder in (
        ("--output", output, writes_folder),
        ("--write-baseline", write_baseline, False),
    ):
        try:
            if destination:
                check_destination(Path(destination), list(paths), folder=folder)
        except OutputError as exc:
            raise click.BadParameter(visible(str(exc)), param_hint=option) from None
    from lint.engine.ci import run
    from lint.engine.folders import PerFolder

    # what is loaded by now lives until exit: collections during the run need not rescan it
    gc.freeze()
    per_folder = PerFolder(engine, resolver, lambda c: Engine(c, engine.options))
    if watch:
        _watch(list(paths))
    if fix or diff:
        _settle_start_up()
        _fix(per_folder, list(paths), changed_since, unsafe=unsafe_fixes, diff=diff, input_format=input_format)
    try:
        report = run(
            engine,
            config,
            list(paths),
            changed_since=changed_since,
            baseline=baseline,
            write_baseline=write_baseline,
            per_folder=per_folder,
            runner=lambda e: _runner(e, jobs, no_cache, result_cache_dir),
            part=shard,
        )
    except ConfigError as exc:  # a folder's own config file cannot be used
        _config_error(exc)
    _write_outputs(report, outputs, RenderOptions(texts=engine.texts, docs_url=config.docs_url))
    for note in engine.verify_notes:
        click.echo(f"medlint: {note}", err=True)
    if len(paths) == 1 and paths[0] in engine.read_errors and paths[0].startswith(("http://", "https://")):
        # one page asked for and not fetched: nothing was checked, so say why instead of reporting
        click.echo(f"medlint: {visible(engine.read_errors[paths[0]])}", err=True)
        sys.exit(2)
    if writes_folder:
        from lint.report.html import write

        try:
            write(report, RenderOptions(texts=engine.texts, docs_url=config.docs_url), Path(str(output)))
        except OSError as exc:
            click.echo(f"medlint: cannot write the report to {output}: {exc.strerror or exc}", err=True)
            sys.exit(2)
        sys.exit(0 if write_baseline else exit_code(report, fail_on or config.fail_on))
    stream_is_tty = _use_color(color, output)
    text = render_chunks(
        fmt,
        report,
        RenderOptions(
            texts=engine.texts,
            color=stream_is_tty,
            quiet=quiet,
            show_source=show_source,
            statistics=statistics,
            docs_url=config.docs_url,
        ),
    )
    if output:
        from lint.io.output import write_atomically

        try:
            write_atomically(Path(output), text)
        except OSError as exc:
            click.echo(f"medlint: cannot write the report to {output}: {exc.strerror or exc}", err=True)
            sys.exit(2)
    else:
        for piece in _batched(text):
            click.echo(piece, nl=False)
    # after the report, where a reader's eye ends up
    if fix and not diff:
        _note_unapplied(report, unsafe_fixes)
    elif fmt == "text" and not quiet:
        _note_fixable(report)
    sys.exit(0 if write_baseline else exit_code(report, fail_on or config.fail_on))


def _batched(pieces: Iterable[str], size: int = 1 << 16) -> Iterator[str]:
    """Pieces of text joined into writes of about ``size`` characters."""
    batch: list[str] = []
    length = 0
    for piece in pieces:
        batch.append(piece)
        length += len(piece)
        if length >= size:
            yield "".join(batch)
            batch, length = [], 0
    if batch:
        yield "".join(batch)


def _use_color(choice: str, output: str | None) -> bool:
    """--color: always and never as said; auto colours a terminal, FORCE_COLOR and NO_COLOR (non-empty) decide first."""
    if choice != "auto":
        return choice == "always"
    if os.environ.get("FORCE_COLOR"):
        return True
    if os.environ.get("NO_COLOR"):
        return False
    return output is None and sys.stdout.isatty()


def _parse_outputs(values: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    parsed = []
    for value in values:
        fmt, sep, path = value.partition("=")
        if not sep or not path:
            raise click.BadParameter(
                f"{value!r}: give FORMAT=PATH, e.g. sarif=medlint.sarif", param_hint="--output-format"
            )
        if fmt not in FORMATS:
            raise click.BadParameter(
                f"{fmt!r} is not one of {', '.join(sorted(FORMATS))}", param_hint="--output-format"
            )
        parsed.append((fmt, path))
    return tuple(parsed)


def _write_outputs(report: Report, outputs: tuple[tuple[str, str], ...], options: RenderOptions) -> None:
    """--output-format: each extra report of the same run, written before the main one is printed."""
    for fmt, path in outputs:
        try:
            if fmt == "html" and not path.lower().endswith((".html", ".htm")):
                from lint.report.html import write

                write(report, options, Path(path))
            else:
                with open(path, "w", encoding="utf-8") as out:
                    out.writelines(render_chunks(fmt, report, options))
        except OSError as exc:
            click.echo(f"medlint: cannot write the {fmt} report to {path}: {exc.strerror or exc}", err=True)
            sys.exit(2)


def _resolver(config_path: Path | None, limits: dict[str, Any] | None = None) -> Resolver:
    """The settings of each article's folder; two config files in one folder are warned about once."""
    from lint.settings import Resolver

    warned: set[str] = set()

    def warn(message: str) -> None:
        if message not in warned:
            warned.add(message)
            click.echo(f"medlint: warning: {message}", err=True)

    try:
        return Resolver(config_path, warn=warn, limits=limits)
    except ConfigError as exc:
        _config_error(exc)


def _config_error(exc: ConfigError) -> NoReturn:
    click.echo(f"medlint: {exc}", err=True)
    sys.exit(2)


def _show_settings(resolver: Resolver, path: str) -> None:
    from lint.settings import show_settings

    click.echo(f"settings for {path}")
    click.echo(show_settings(resolver.for_input(path)), nl=False)
    sys.exit(0)


def _show_files(resolver: Resolver, paths: list[str]) -> None:
    from lint.settings import walk

    for path, reason in walk(paths, resolver):
        settings = resolver.for_input(path) if reason is None else None
        if settings is not None:
            click.echo(f"{path}  (config: {settings.path or 'defaults'})")
        else:
            click.echo(f"{path}  excluded: {reason}")
    sys.exit(0)


def _jobs(value: str) -> int | None:
    """--jobs: a positive number, or auto (None)."""
    if value == "auto":
        return None
    try:
        jobs = int(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a number or auto", param_hint="--jobs") from None
    if jobs < 1:
        raise click.BadParameter("give 1 or more, or auto", param_hint="--jobs")
    return jobs


def _shard(value: str | None) -> tuple[int, int] | None:
    if value is None:
        return None
    from lint.engine.runner import parse_shard

    try:
        return parse_shard(value)
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--shard") from None


def _runner(engine: Engine, jobs: int | None, no_cache: bool, cache_dir: Path | None) -> Runner:
    """The run's runner: workers as --jobs says, behind the result cache unless --no-cache."""
    from lint.engine import cache
    from lint.engine.runner import Runner

    results = None
    if not no_cache:
        settings = cache.settings_key(
            engine.config,
            engine.selected,
            today=engine.today,
            input_format=engine.options.input_format,
            with_claims=engine.options.with_claims,
        )
        results = cache.ResultCache(cache_dir or cache.default_dir(engine.config), settings)
    # spaCy is built (and the start-up settled) only when some article is checked in this process
    return Runner(engine, jobs=jobs, cache=results, settle=_settle_start_up)


def _watch(paths: list[str]) -> None:
    """--watch: this same check, run again (without --watch) whenever an article is saved."""
    from lint.engine.watch import watch_and_check

    ctx = click.get_current_context()
    params = {**ctx.params, "watch": False}

    def once() -> None:
        # each run's exit status is for that run; watching goes on
        with contextlib.suppress(SystemExit):
            ctx.invoke(check, **params)

    _settle_start_up()
    sys.exit(watch_and_check(paths, once))


def _fix(
    per_folder: PerFolder,
    paths: list[str],
    changed_since: str | None,
    *,
    unsafe: bool,
    diff: bool,
    input_format: str | None,
) -> None:
    """--fix writes the fixed Markdown files and the report that follows shows what is left; --diff only prints."""
    from lint.engine.ci import ChangedError, targets
    from lint.engine.fixer import FixRun, fix_files

    try:
        files = targets(paths, per_folder.main.config, changed_since)
        groups = per_folder.groups(files)
    except ChangedError as exc:
        click.echo(f"medlint: {exc}", err=True)
        sys.exit(2)
    except ConfigError as exc:
        _config_error(exc)
    result = FixRun()
    for engine, group in groups:  # each article fixed with its own folder's settings
        done = fix_files(engine, group, unsafe=unsafe, write=not diff, input_format=input_format)  # type: ignore[arg-type]
        result.fixed.extend(done.fixed)
        result.errors.extend(done.errors)
    order = {name: i for i, name in enumerate(files)}
    result.fixed.sort(key=lambda f: order.get(f.path, len(order)))
    for error in result.errors:
        click.echo(f"medlint: {error}", err=True)
    changed = [f for f in result.fixed if f.changed]
    count = sum(len(f.applied) for f in changed)
    files_word = f"{len(changed)} file{'s' if len(changed) != 1 else ''}"
    fixes_word = f"{count} fix{'es' if count != 1 else ''}"
    if diff:
        click.echo("".join(f.diff() for f in changed), nl=False)
        click.echo(f"medlint: --fix would apply {fixes_word} to {files_word}", err=True)
        sys.exit(1 if changed else 2 if result.errors else 0)
    click.echo(f"medlint: applied {fixes_word} to {files_word}", err=True)


def _note_fixable(report: Report) -> None:
    from lint.engine.fixer import available

    safe = unsafe = 0
    for file in report.files:  # one file at a time: a long run's reports are read back from storage
        if file.format == "markdown":
            safe += available(file.findings, False)
            unsafe += available(file.findings, True)
    unsafe -= safe
    if safe or unsafe:
        more = f" ({unsafe} more with --unsafe-fixes)" if unsafe and safe else ""
        what = f"{safe} fixable with --fix{more}" if safe else f"{unsafe} fixable with --fix --unsafe-fixes"
        click.echo(f"medlint: {what}; --diff shows the changes", err=True)


def _note_unapplied(report: Report, unsafe: bool) -> None:
    from lint.engine.fixer import available

    left = sum(available(file.findings, unsafe) for file in report.files if file.format != "markdown")
    if left:
        click.echo(
            f"medlint: {left} fix{'es' if left != 1 else ''} available in page text or HTML, not applied: "
            "only Markdown files are fixed",
            err=True,
        )


@main.command()
@click.option(
    "--result-cache-dir",
    type=click.Path(file_okay=False, path_type=Path),
    help="Folder of the result cache  [default: .medlint_cache at the project root].",
)
@click.option(
    "--config",
    "config_path",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Config file whose folder is the project root; found automatically otherwise.",
)
def clean(result_cache_dir: Path | None, config_path: Path | None) -> None:
    """Remove the result cache (not the source verification cache)."""
    from lint.engine import cache

    resolver = _resolver(config_path)
    try:
        config = resolver.for_folder(resolver.cwd).config
    except ConfigError as exc:
        _config_error(exc)
    folder = result_cache_dir or cache.default_dir(config)
    try:
        removed = cache.clean(folder)
    except OSError as exc:
        click.echo(f"medlint: cannot remove {folder}: {exc.strerror or exc}", err=True)
        sys.exit(2)
    click.echo(f"medlint: removed {folder}" if removed else f"medlint: no result cache at {folder}", err=True)


@main.command()
@click.argument("targets", nargs=-1)
@click.option(
    "--sitemap",
    "sitemaps",
    multiple=True,
    metavar="URL|FILE",
    help="Check every page this sitemap (or sitemap index) lists (repeatable).",
)
@click.option(
    "--scheduler", metavar="ADDRESS", help="A running Dask scheduler (tcp://HOST:8786); otherwise a local cluster."
)
@click.option(
    "--workers", type=click.IntRange(min=1), help="Worker processes of the local cluster  [default: one per core]."
)
@click.option(
    "--format", "fmt", type=click.Choice(sorted(FORMATS)), default="text", show_default=True, help="Output format."
)
@click.option("--output", "-o", type=click.Path(writable=True), help="Write the report to FILE.")
@_rule_options
@click.option("--allow-host", "allow_hosts", multiple=True, metavar="HOST", help="As for check (repeatable).")
def audit(
    targets: tuple[str, ...],
    sitemaps: tuple[str, ...],
    scheduler: str | None,
    workers: int | None,
    fmt: str,
    output: str | None,
    select: tuple[str, ...],
    ignore: tuple[str, ...],
    fail_on: str | None,
    config_path: Path | None,
    allow_hosts: tuple[str, ...],
) -> None:
    """Check files, folders, URLs and sitemaps on a Dask cluster (needs the 'distributed' extra)."""
    try:
        from lint.engine.audit import AuditError
        from lint.engine.audit import audit as run_audit
    except ImportError as exc:
        click.echo(f"medlint: audit needs Dask: pip install 'medlint[distributed]' ({exc})", err=True)
        sys.exit(2)
    from lint.engine import Options
    from lint.io.inputs import InputError
    from lint.rules import registry

    if not targets and not sitemaps:
        raise click.UsageError("give at least one file, folder, URL or --sitemap")
    resolver = _resolver(config_path)
    try:
        config = resolver.for_folder(resolver.cwd).config
    except ConfigError as exc:
        _config_error(exc)
    selectors, ignores = _split(select) or None, _split(ignore)
    for s in [*(selectors or []), *ignores]:
        if not registry.resolve(s):
            raise click.BadParameter(f"unknown rule or code {s!r}; see 'medlint rules'", param_hint="--select/--ignore")
    options = Options(
        select=selectors,
        ignore=ignores,
        with_claims=fmt == "html",
        allow_hosts=_split(allow_hosts),
        verify_sources=False,
        keep_texts=False,
        reports_in_memory=REPORTS_IN_MEMORY,
    )
    try:
        report = run_audit(
            list(targets), config, options, sitemaps=list(sitemaps), scheduler=scheduler, workers=workers
        )
    except (AuditError, InputError, OSError) as exc:
        click.echo(f"medlint: {visible(str(exc))}", err=True)
        sys.exit(2)
    text = render(fmt, report, RenderOptions())
    if output:
        from lint.io.output import write_atomically

        write_atomically(Path(output), text)
    else:
        click.echo(text, nl=False)
    sys.exit(exit_code(report, fail_on or config.fail_on))


@main.command()
def rules() -> None:
    """List every rule: code, name, default severity, whether it has a fix, and what it finds."""
    from lint.rules import registry

    all_rules = registry.all_rules()
    code_width = max(len(r.code) for r in all_rules)
    width = max(len(r.name) for r in all_rules)
    for r in all_rules:
        fix = f"fix:{r.fix_applicability}" if r.fix_applicability else ""
        click.echo(f"{r.code:<{code_width}}  {r.name:<{width}}  {r.severity:<7}  {fix:<10}  {r.summary}")


@main.command()
@click.argument("rule")
def explain(rule: str) -> None:
    """Print a rule's documentation, by name or code."""
    from lint.rules import registry

    found = registry.get(rule)
    if found is None:
        click.echo(f"medlint: unknown rule {rule!r}; see 'medlint rules'", err=True)
        sys.exit(2)
    sections = found.doc_sections()
    click.echo(f"{found.name} ({found.code}), default severity {found.severity}\n")
    click.echo(sections["summary"] + "\n")
    for name in found.doc_section_names():
        click.echo(f"## {name}\n{sections[name]}\n")


@main.command()
@click.option("--stdio", is_flag=True, help="Use standard input and output (the default; accepted for LSP clients).")
def server(stdio: bool) -> None:
    """Run the language server on standard input and output, for editors (Language Server Protocol)."""
    from lint.server import serve

    serve()
