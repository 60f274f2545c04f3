"""The language server, driven over stdio as an editor drives it: `medlint server` started as a process."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from lint.engine.fixer import check_text
from tests.lsp_client import LspClient
from tests.test_fix import ENGINE

ARTICLE = """---
title: Nerve pain during cancer treatment
---

# Nerve pain during cancer treatment

Some cancer drugs damage the nerves in the hands and feet. [2] Numbness often starts in the toes. [1]

Up to 40 percent of people still have symptoms a year later.

Symptoms can get worse for several weeks after the last dose. [12]

## Sources

1. [Nerve problems and cancer treatment](https://www.cancer.gov/nerve). National Cancer Institute, 2024.
2. [Peripheral neuropathy](https://www.nhs.uk/conditions/peripheral-neuropathy/). NHS, 2023.
3. [Peripheral Neuropathy](https://nhs.uk/conditions/peripheral-neuropathy). NHS, 2023.
"""


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("site")


@pytest.fixture(scope="module")
def client(folder: Path) -> Iterator[LspClient]:
    c = LspClient(folder, {"workspace": {"didChangeWatchedFiles": {"dynamicRegistration": True}}})
    c.initialize(folder)
    yield c
    c.close()


def apply(text: str, edits: list[dict[str, Any]]) -> str:
    """Apply LSP text edits (ASCII text, so UTF-16 units are characters) the way an editor does."""
    lines = text.split("\n")
    starts = [0]
    for line in lines[:-1]:
        starts.append(starts[-1] + len(line) + 1)

    def offset(p: dict[str, int]) -> int:
        return starts[p["line"]] + p["character"]

    for e in sorted(edits, key=lambda e: offset(e["range"]["start"]), reverse=True):
        text = text[: offset(e["range"]["start"])] + e["newText"] + text[offset(e["range"]["end"]) :]
    return text


def by_code(diagnostics: list[dict[str, Any]], code: str) -> dict[str, Any]:
    return next(d for d in diagnostics if d["code"] == code)


class Doc:
    """An open document and its version, as the editor keeps it."""

    counter = 0

    def __init__(self, client: LspClient, folder: Path, text: str, name: str | None = None) -> None:
        Doc.counter += 1
        self.client = client
        self.path = folder / (name or f"article-{Doc.counter}.md")
        self.path.write_text(text, encoding="utf-8")
        self.text = text
        self.version = 1
        self.uri = client.open(self.path, text)
        self.diagnostics = client.diagnostics(self.uri, 1)

    def edit(self, text: str) -> list[dict[str, Any]]:
        self.version += 1
        self.text = text
        self.client.change(self.uri, text, self.version)
        self.diagnostics = self.client.diagnostics(self.uri, self.version)
        return self.diagnostics

    def actions(self, diagnostic: dict[str, Any], only: list[str] | None = None) -> list[dict[str, Any]]:
        context: dict[str, Any] = {"diagnostics": [diagnostic]}
        if only is not None:
            context["only"] = only
        return self.client.request(  # type: ignore[no-any-return]
            "textDocument/codeAction",
            {"textDocument": {"uri": self.uri}, "range": diagnostic["range"], "context": context},
        )


def test_initialize_announces_what_the_server_does(folder: Path) -> None:
    c = LspClient(folder)
    try:
        caps = c.initialize(folder)["capabilities"]
    finally:
        c.close()
    assert caps["hoverProvider"]
    assert "quickfix" in caps["codeActionProvider"]["codeActionKinds"]
    assert caps["textDocumentSync"]["openClose"]


def test_diagnostics_on_open_have_exact_ranges_codes_links_and_the_cli_messages(
    client: LspClient, folder: Path
) -> None:
    doc = Doc(client, folder, ARTICLE)
    unresolved = by_code(doc.diagnostics, "CIT002")
    line = ARTICLE.split("\n").index("Symptoms can get worse for several weeks after the last dose. [12]")
    column = ARTICLE.split("\n")[line].index("[12]")
    assert unresolved["range"] == {
        "start": {"line": line, "character": column},
        "end": {"line": line, "character": column + 4},
    }
    assert unresolved["severity"] == 1
    assert unresolved["source"] == "medlint"
    assert unresolved["codeDescription"]["href"].endswith("rules.md#unresolved-citation")
    expected = check_text(ENGINE, str(doc.path), ARTICLE)
    assert sorted(d["message"] for d in doc.diagnostics) == sorted(f.message for f in expected)
    assert by_code(doc.diagnostics, "SRC003")["severity"] == 2


def test_diagnostics_on_save(client: LspClient, folder: Path) -> None:
    doc = Doc(client, folder, ARTICLE)
    client.notify("textDocument/didSave", {"textDocument": {"uri": doc.uri}})
    assert client.diagnostics(doc.uri, doc.version) == doc.diagnostics


def test_a_quick_fix_removes_its_finding(client: LspClient, folder: Path) -> None:
    doc = Doc(client, folder, ARTICLE)
    duplicate = by_code(doc.diagnostics, "SRC003")
    fixes = [a for a in doc.actions(duplicate) if a["kind"] == "quickfix" and a.get("isPreferred")]
    assert len(fixes) == 1
    after = doc.edit(apply(doc.text, fixes[0]["edit"]["changes"][doc.uri]))
    assert not [d for d in after if d["code"] == "SRC003"]
    assert "3. [Peripheral Neuropathy]" not in doc.text


def test_an_unsafe_fix_is_offered_but_not_preferred(client: LspClient, folder: Path) -> None:
    doc = Doc(client, folder, ARTICLE)
    unused = by_code(doc.diagnostics, "SRC004")
    (fix,) = [a for a in doc.actions(unused) if a["title"].startswith("Remove source 3 and renumber")]
    assert fix["title"].endswith("(unsafe) [SRC004]")
    assert not fix.get("isPreferred")


def test_fix_all_applies_every_safe_fix(client: LspClient, folder: Path) -> None:
    text = ARTICLE.replace("toes. [1]", "toes. [ 1 ]")
    doc = Doc(client, folder, text)
    assert {"CIT003", "SRC003"} <= {d["code"] for d in doc.diagnostics}
    # asked for by kind, as on save, the edit comes with the action; from the light bulb, on resolve
    actions = doc.actions(doc.diagnostics[0], only=["source.fixAll"])
    assert [a["title"] for a in actions] == ["Fix all medlint findings (safe fixes)"]
    listed = next(a for a in doc.actions(doc.diagnostics[0]) if a["kind"] == "source.fixAll.medlint")
    assert "edit" not in listed
    resolved = client.request("codeAction/resolve", listed)
    assert resolved["edit"] == actions[0]["edit"]
    change = resolved["edit"]["documentChanges"][0]
    assert change["textDocument"]["version"] == doc.version
    after = doc.edit(apply(doc.text, change["edits"]))
    assert not {"CIT003", "SRC003", "CIT004"} & {d["code"] for d in after}
    assert "hands and feet. [1] Numbness often starts in the toes. [2]" in doc.text


def test_disable_this_rule_on_this_line_inserts_a_suppression_with_a_reason_placeholder(
    client: LspClient, folder: Path
) -> None:
    doc = Doc(client, folder, ARTICLE)
    uncited = by_code(doc.diagnostics, "CIT001")
    action = next(a for a in doc.actions(uncited) if a["title"].startswith("Disable uncited-claim"))
    after = doc.edit(apply(doc.text, action["edit"]["changes"][doc.uri]))
    assert "<!-- medlint-disable-next-line uncited-claim -- why this is acceptable -->\nUp to 40" in doc.text
    assert not [d for d in after if d["code"] in ("CIT001", "MED002")]


def test_hover_on_a_diagnostic_shows_the_rule_documentation(client: LspClient, folder: Path) -> None:
    doc = Doc(client, folder, ARTICLE)
    unresolved = by_code(doc.diagnostics, "CIT002")
    hover = client.request(
        "textDocument/hover", {"textDocument": {"uri": doc.uri}, "position": unresolved["range"]["start"]}
    )
    value = hover["contents"]["value"]
    assert value.startswith("**CIT002 unresolved-citation**")
    assert "### What it does" in value and "### Use instead" in value
    nothing = client.request(
        "textDocument/hover", {"textDocument": {"uri": doc.uri}, "position": {"line": 4, "character": 3}}
    )
    assert nothing is None


def test_results_for_an_old_version_are_dropped(client: LspClient, folder: Path) -> None:
    doc = Doc(client, folder, ARTICLE)
    client.change(doc.uri, ARTICLE.replace("[12]", "[13]"), 2)
    client.change(doc.uri, ARTICLE.replace("[12]", "[1]"), 3)
    latest = client.diagnostics(doc.uri, 3)
    assert "CIT002" not in {d["code"] for d in latest}
    stale = [
        m
        for m in client.notifications
        if m.get("method") == "textDocument/publishDiagnostics" and m["params"]["uri"] == doc.uri
    ]
    assert stale == []


def test_a_config_change_is_picked_up(client: LspClient, folder: Path) -> None:
    sub = folder / "configured"
    sub.mkdir()
    doc = Doc(client, sub, ARTICLE)
    assert "CIT001" in {d["code"] for d in doc.diagnostics}
    config = sub / "medlint.toml"
    config.write_text('ignore = ["uncited-claim"]\n', encoding="utf-8")
    client.notify("workspace/didChangeWatchedFiles", {"changes": [{"uri": config.as_uri(), "type": 1}]})
    after = client.diagnostics(doc.uri)
    assert "CIT001" not in {d["code"] for d in after}
    assert "CIT002" in {d["code"] for d in after}
    config.write_text("ignore = [\n", encoding="utf-8")
    client.notify("workspace/didChangeWatchedFiles", {"changes": [{"uri": config.as_uri(), "type": 2}]})
    broken = client.diagnostics(doc.uri)
    assert broken[0]["message"].startswith("medlint configuration:")
    assert "CIT001" in {d.get("code") for d in broken}


def test_html_documents_are_checked_but_not_fixed(client: LspClient, folder: Path) -> None:
    page = (
        "<html><body><h1>Nerve pain</h1><p>Numbness usually starts in the toes. [ 1 ]</p>\n"
        "<h2>Sources</h2><ol><li><a href='https://www.nhs.uk/n/'>Peripheral neuropathy</a></li></ol></body></html>\n"
    )
    path = folder / "page.html"
    uri = client.open(path, page, language="html")
    malformed = by_code(client.diagnostics(uri, 1), "CIT003")
    actions = client.request(
        "textDocument/codeAction",
        {"textDocument": {"uri": uri}, "range": malformed["range"], "context": {"diagnostics": [malformed]}},
    )
    assert [a["title"] for a in actions] == ["Disable malformed-citation on this line [CIT003]"]


def test_positions_count_utf16_code_units_as_lsp_does() -> None:
    from lint.server.convert import Lines

    text = "Sore feet \U0001f9b6 heal slowly. [12]\n"
    lines = Lines(text)
    column = text.index("[12]") + 1
    # the emoji is one character to medlint and two UTF-16 code units to an editor
    assert lines.position(1, column).character == column
    assert lines.offset(lines.position(1, column)) == (1, column)
