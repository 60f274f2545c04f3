"""Files generated from the code and committed: JSON Schemas and the rule reference.

`python -m lint.generated --check` fails when a committed file differs from what the code generates;
`--write` regenerates them.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

ROOT = Path(__file__).resolve().parent.parent


def schema_files() -> dict[str, str]:
    from lint.config import Config
    from lint.model import Report

    report = Report.model_json_schema(mode="serialization")
    report["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    report["title"] = "medlint report"
    config = Config.model_json_schema(mode="validation")
    config["properties"].pop("root", None)
    config["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    config["title"] = "medlint configuration ([tool.medlint] in pyproject.toml, or medlint.toml)"
    return {
        "schemas/report.schema.json": json.dumps(report, indent=2, sort_keys=True) + "\n",
        "schemas/config.schema.json": json.dumps(config, indent=2, sort_keys=True) + "\n",
    }


def rule_reference() -> str:
    from lint.rules import registry

    out = [
        "# Rule reference",
        "",
        "Generated from the rules' docstrings by `python -m lint.generated --write`; do not edit by hand.",
        "",
        "| code | name | default severity | fix | finds |",
        "|---|---|---|---|---|",
    ]
    rules = registry.all_rules()
    for r in rules:
        out.append(f"| {r.code} | [`{r.name}`](#{r.name}) | {r.severity} | {r.fix_applicability or ''} | {r.summary} |")
    for r in rules:
        sections = r.doc_sections()
        out += ["", f"## {r.name}", "", f"`{r.code}`, default severity **{r.severity}**. {sections['summary']}"]
        if r.aliases:
            out += ["", "Also answers to: " + ", ".join(f"`{a}`" for a in r.aliases)]
        for name in r.doc_section_names():
            out += ["", f"### {name}", "", sections[name]]
    return "\n".join(out) + "\n"


def rule_table() -> str:
    """`lint/rules/table.py`: every rule's code, name and old names, so selecting rules loads none of them."""
    from lint.rules import registry

    out = [
        '"""Every rule\'s code, name and old names, so selecting rules needs no rule module.',
        "",
        "Generated from the rules by `python -m lint.generated --write`; do not edit by hand.",
        '"""',
        "",
        "RULES: tuple[tuple[str, str, tuple[str, ...]], ...] = (",
    ]
    for code, name, aliases in registry.table_rows():
        old = "(" + ", ".join(f'"{a}"' for a in aliases) + ("," if len(aliases) == 1 else "") + ")"
        out.append(f'    ("{code}", "{name}", {old}),')
    out.append(")")
    return "\n".join(out) + "\n"


def generated_files() -> dict[str, str]:
    return {**schema_files(), "docs/rules.md": rule_reference(), "lint/rules/table.py": rule_table()}


def stale_files(root: Path = ROOT) -> list[str]:
    stale = []
    for rel, content in generated_files().items():
        path = root / rel
        if not path.is_file() or path.read_text(encoding="utf-8") != content:
            stale.append(rel)
    return stale


@click.command()
@click.option("--check", "mode", flag_value="check", default=True, help="Fail when a generated file is stale.")
@click.option("--write", "mode", flag_value="write", help="Regenerate the files.")
def main(mode: str) -> None:
    if mode == "write":
        for rel, content in generated_files().items():
            path = ROOT / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(content, encoding="utf-8")
            click.echo(f"wrote {rel}")
        return
    stale = stale_files()
    if stale:
        click.echo("stale generated files: " + ", ".join(stale), err=True)
        click.echo("run: python -m lint.generated --write", err=True)
        sys.exit(1)
    click.echo("generated files are up to date")


if __name__ == "__main__":
    main()
