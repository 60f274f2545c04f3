"""The `medlint` command: thin click commands over the engine."""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

import click

from lint import __version__
from lint.config import ConfigError
from lint.model import SEVERITY_RANK, Report
from lint.report import FORMATS, RenderOptions, render

if TYPE_CHECKING:
    from lint.engine.folders import PerFolder
    from lint.settings import Resolver


def _split(values: tuple[str, ...]) -> list[str]:
    return [v.strip() for value in values for v in value.split(",") if v.strip()]


def exit_code(report: Report, fail_on: str) -> int:
    if fail_on == "never":
        return 0
    floor = SEVERITY_RANK[fail_on]
    failing = any(SEVERITY_RANK[f.severity] >= floor for file in report.files for f in file.findings)
    return 1 if failing else 0


def _settle_start_up() -> None:
    """Build the spaCy pipeline, then move every object alive to the garbage collector's permanent generation.

    The pipeline, the modules and the rule tables live until exit; left in the collector's generations
    they are rescanned (some 60 ms) by each full collection and once more at exit, a quarter of the
    cost of checking one article. The CLI owns its process, so it freezes; the API does not.
    """
    import gc

    from lint.nlp import get_nlp

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
@click.option("--select", multiple=True, help="Rules to run: names, codes or code prefixes (comma-separated).")
@click.option("--ignore", multiple=True, help="Rules to skip: names, codes or code prefixes (comma-separated).")
@click.option(
    "--fail-on",
    type=click.Choice(["error", "warning", "info", "never"]),
    default=None,
    help="Lowest severity that makes the exit status 1  [default: error].",
)
@click.option(
    "--config",
    "config_path",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Config file (pyproject.toml or medlint.toml); found automatically otherwise.",
)
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
) -> None:
    """Check articles: files, folders (searched recursively), '-' for standard input, or URLs."""
    from lint.engine import Engine, Options
    from lint.rules import registry

    if not paths and changed_since:
        paths = (".",)
    resolver = _resolver(config_path)
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
        ),
    )
    writes_folder = fmt == "html" and bool(output) and not str(output).lower().endswith((".html", ".htm"))
    if output and not writes_folder and Path(output).is_dir():
        raise click.BadParameter(f"{output!r} is a folder; only --format html writes a folder", param_hint="--output")
    from lint.engine.ci import run
    from lint.engine.folders import PerFolder

    per_folder = PerFolder(engine, resolver, lambda c: Engine(c, engine.options))
    if watch:
        _watch(list(paths))
    _settle_start_up()
    if fix or diff:
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
        )
    except ConfigError as exc:  # a folder's own config file cannot be used
        _config_error(exc)
    _write_outputs(report, outputs, RenderOptions(texts=engine.texts, docs_url=config.docs_url))
    for note in engine.verify_notes:
        click.echo(f"medlint: {note}", err=True)
    if len(paths) == 1 and paths[0] in engine.read_errors and paths[0].startswith(("http://", "https://")):
        # one page asked for and not fetched: nothing was checked, so say why instead of reporting
        click.echo(f"medlint: {engine.read_errors[paths[0]]}", err=True)
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
    text = render(
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
        try:
            Path(output).write_text(text, encoding="utf-8")
        except OSError as exc:
            click.echo(f"medlint: cannot write the report to {output}: {exc.strerror or exc}", err=True)
            sys.exit(2)
    else:
        click.echo(text, nl=False)
    # after the report, where a reader's eye ends up
    if fix and not diff:
        _note_unapplied(report, unsafe_fixes)
    elif fmt == "text" and not quiet:
        _note_fixable(report)
    sys.exit(0 if write_baseline else exit_code(report, fail_on or config.fail_on))


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
                Path(path).write_text(render(fmt, report, options), encoding="utf-8")
        except OSError as exc:
            click.echo(f"medlint: cannot write the {fmt} report to {path}: {exc.strerror or exc}", err=True)
            sys.exit(2)


def _resolver(config_path: Path | None) -> Resolver:
    """The settings of each article's folder; two config files in one folder are warned about once."""
    from lint.settings import Resolver

    warned: set[str] = set()

    def warn(message: str) -> None:
        if message not in warned:
            warned.add(message)
            click.echo(f"medlint: warning: {message}", err=True)

    try:
        return Resolver(config_path, warn=warn)
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

    markdown = [file for file in report.files if file.format == "markdown"]
    safe = sum(available(file.findings, False) for file in markdown)
    unsafe = sum(available(file.findings, True) for file in markdown) - safe
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
