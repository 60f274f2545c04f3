"""The `medlint` command: thin click commands over the engine."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from lint import __version__
from lint.config import ConfigError, load_config
from lint.model import SEVERITY_RANK, Report
from lint.report import FORMATS, RenderOptions, render, visible


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


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="medlint")
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
    claims: bool,
    quiet: bool,
    show_source: bool,
    statistics: bool,
    baseline: Path | None,
    write_baseline: Path | None,
    changed_since: str | None,
    max_file_size: int | None,
    file_timeout: float | None,
) -> None:
    """Check articles: files, folders (searched recursively), '-' for standard input, or URLs."""
    from lint.engine import Engine, Options
    from lint.rules import registry

    if not paths and changed_since:
        paths = (".",)
    if not paths:
        raise click.UsageError("give at least one file, folder, URL or '-'")
    try:
        config = load_config(config_path)
    except ConfigError as exc:
        click.echo(f"medlint: {exc}", err=True)
        sys.exit(2)
    limits = {"max_file_size": max_file_size, "file_timeout": file_timeout}
    config = config.model_copy(update={k: v for k, v in limits.items() if v is not None})
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
            with_claims=claims or fmt == "html",  # the HTML report shows every claim
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

    _settle_start_up()
    report = run(
        engine, config, list(paths), changed_since=changed_since, baseline=baseline, write_baseline=write_baseline
    )
    if len(paths) == 1 and paths[0] in engine.read_errors and paths[0].startswith(("http://", "https://")):
        # one page asked for and not fetched: nothing was checked, so say why instead of reporting
        click.echo(f"medlint: {visible(engine.read_errors[paths[0]])}", err=True)
        sys.exit(2)
    if writes_folder:
        from lint.report.html import write

        try:
            write(report, RenderOptions(texts=engine.texts), Path(str(output)))
        except OSError as exc:
            click.echo(f"medlint: cannot write the report to {output}: {exc.strerror or exc}", err=True)
            sys.exit(2)
        sys.exit(0 if write_baseline else exit_code(report, fail_on or config.fail_on))
    stream_is_tty = output is None and sys.stdout.isatty() and not os.environ.get("NO_COLOR")
    text = render(
        fmt,
        report,
        RenderOptions(
            texts=engine.texts, color=stream_is_tty, quiet=quiet, show_source=show_source, statistics=statistics
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
        click.echo(text, nl=False)
    sys.exit(0 if write_baseline else exit_code(report, fail_on or config.fail_on))


@main.command()
def rules() -> None:
    """List every rule: code, name, default severity and what it finds."""
    from lint.rules import registry

    all_rules = registry.all_rules()
    code_width = max(len(r.code) for r in all_rules)
    width = max(len(r.name) for r in all_rules)
    for r in all_rules:
        click.echo(f"{r.code:<{code_width}}  {r.name:<{width}}  {r.severity:<7}  {r.summary}")


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
    for name in ("What it does", "Why it matters", "Example", "Use instead", "Options"):
        click.echo(f"## {name}\n{sections[name]}\n")
