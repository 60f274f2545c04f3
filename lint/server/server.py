"""The language server: lints on open, save and (debounced) change; quick fixes, fix-all, suppressions, hover."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from lsprotocol import types
from pygls.lsp.server import LanguageServer
from pygls.uris import to_fs_path

from lint import __version__
from lint.config import CONFIG_FILES, Config, ConfigError, find_config_file, load_config
from lint.engine import Engine, Options
from lint.engine.fixer import check_text, fix_text
from lint.engine.suppress import suppression_comment
from lint.fix import RawText
from lint.model import Finding, InputFormat
from lint.parse import format_for_path
from lint.server.convert import Lines, diagnostic, hover_text, line_edits, text_edit

log = logging.getLogger(__name__)

# long enough to let a burst of keystrokes settle, short enough to feel live
DEBOUNCE_SECONDS = 0.05
FIX_ALL_KIND = "source.fixAll.medlint"
_LANGUAGES: dict[str, InputFormat] = {"markdown": "markdown", "html": "html", "plaintext": "text"}


@dataclass
class Linted:
    """The last findings published for a document, and the text and version they belong to."""

    version: int | None
    text: str
    format: InputFormat
    findings: list[Finding]


@dataclass
class _Settings:
    """A config as found for one folder: which file it came from and when that file last changed."""

    file: Path | None
    mtime: int | None
    engine: Engine
    error: str | None = None  # a config that cannot be used: the defaults are used, and the error shown
    day: date = field(default_factory=date.today)


class MedlintServer(LanguageServer):
    def __init__(self) -> None:
        super().__init__("medlint", __version__, text_document_sync_kind=types.TextDocumentSyncKind.Incremental)
        self.linted: dict[str, Linted] = {}
        self.pending: dict[str, asyncio.Task[None]] = {}
        self.settings: dict[Path, _Settings] = {}
        # one worker: spaCy runs one article at a time, while the event loop keeps reading edits
        self.worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="medlint-lint")

    # --- configuration, resolved per document as the CLI does ---------------------------------

    def settings_for(self, path: Path) -> _Settings:
        folder = path.parent
        found = find_config_file(folder)
        mtime = _mtime(found)
        cached = self.settings.get(folder)
        if cached and cached.file == found and cached.mtime == mtime and cached.day == date.today():
            return cached
        try:
            config = load_config(found, start=folder) if found else load_config(start=folder)
            settings = _Settings(found, mtime, Engine(config, Options()))
        except ConfigError as exc:
            settings = _Settings(found, mtime, Engine(Config(root=folder), Options()), str(exc))
        self.settings[folder] = settings
        return settings

    def forget_settings(self) -> None:
        self.settings.clear()

    # --- linting -------------------------------------------------------------------------------

    def document_format(self, uri: str) -> InputFormat:
        doc = self.workspace.get_text_document(uri)
        path = to_fs_path(uri) or uri
        return format_for_path(path) or _LANGUAGES.get(doc.language_id or "", "markdown")

    def lint_now(self, path: str, text: str, fmt: InputFormat) -> tuple[list[Finding], str | None]:
        settings = self.settings_for(Path(path).resolve())
        findings = check_text(settings.engine, path, text, fmt)
        return findings, settings.error

    async def lint(self, uri: str) -> None:
        doc = self.workspace.get_text_document(uri)
        version = doc.version
        text = doc.source.replace("\r\n", "\n")
        fmt = self.document_format(uri)
        path = to_fs_path(uri) or uri
        loop = asyncio.get_running_loop()
        findings, error = await loop.run_in_executor(self.worker, self.lint_now, path, text, fmt)
        current = self.workspace.text_documents.get(uri)
        if current is None or current.version != version:
            return  # the document changed while it was checked: these results are for an old version
        self.linted[uri] = Linted(version, text, fmt, findings)
        lines = Lines(text)
        diagnostics = [diagnostic(f, lines) for f in findings]
        if error:
            diagnostics.insert(
                0,
                types.Diagnostic(
                    range=types.Range(
                        start=types.Position(line=0, character=0), end=types.Position(line=0, character=0)
                    ),
                    severity=types.DiagnosticSeverity.Error,
                    source="medlint",
                    message=f"medlint configuration: {error}; checked with the defaults",
                ),
            )
        self.text_document_publish_diagnostics(
            types.PublishDiagnosticsParams(uri=uri, version=version, diagnostics=diagnostics)
        )

    def schedule(self, uri: str, delay: float) -> None:
        """Lint ``uri`` after ``delay``, replacing a lint not yet started for it."""
        previous = self.pending.pop(uri, None)
        if previous is not None and not previous.done():
            previous.cancel()

        async def run() -> None:
            if delay:
                await asyncio.sleep(delay)
            try:
                await self.lint(uri)
            except Exception:  # a failure on one document must not stop the server
                log.exception("medlint: linting %s failed", uri)

        self.pending[uri] = asyncio.ensure_future(run())

    # --- code actions --------------------------------------------------------------------------

    def code_actions(self, params: types.CodeActionParams) -> list[types.CodeAction]:
        uri = params.text_document.uri
        linted = self.linted.get(uri)
        doc = self.workspace.text_documents.get(uri)
        if linted is None or doc is None or doc.version != linted.version:
            return []
        only = params.context.only
        lines = Lines(linted.text)
        newline = "\r\n" if "\r\n" in doc.source else "\n"
        actions: list[types.CodeAction] = []
        wanted = {_key(d) for d in params.context.diagnostics if d.source == "medlint"}
        start = lines.offset(params.range.start)
        end = lines.offset(params.range.end)
        here = [
            f
            for f in linted.findings
            if _key(diagnostic(f, lines)) in wanted
            or ((f.line, f.column) <= end and (f.end_line, f.end_column) >= start)
        ]
        if _wants(only, types.CodeActionKind.QuickFix):
            for f in here:
                diag = diagnostic(f, lines)
                # as on the command line, only Markdown is fixed; page text and HTML only show the finding
                if linted.format == "markdown" and f.fix is not None and f.fix.applicability != "display-only":
                    unsafe = " (unsafe)" if f.fix.applicability == "unsafe" else ""
                    actions.append(
                        types.CodeAction(
                            title=f"{f.fix.message}{unsafe} [{f.code}]",
                            kind=types.CodeActionKind.QuickFix,
                            diagnostics=[diag],
                            is_preferred=f.fix.applicability == "safe",
                            edit=types.WorkspaceEdit(
                                changes={uri: [text_edit(e, lines, newline) for e in f.fix.edits]}
                            ),
                        )
                    )
            if linted.format != "text":
                for f in _one_per_rule_and_line(here):
                    line = lines.lines[f.line - 1]
                    indent = line[: len(line) - len(line.lstrip())]
                    comment = suppression_comment(f.rule, indent).replace("\n", newline)
                    at = types.Position(line=f.line - 1, character=0)
                    actions.append(
                        types.CodeAction(
                            title=f"Disable {f.rule} on this line [{f.code}]",
                            kind=types.CodeActionKind.QuickFix,
                            diagnostics=[diagnostic(f, lines)],
                            edit=types.WorkspaceEdit(
                                changes={uri: [types.TextEdit(range=types.Range(start=at, end=at), new_text=comment)]}
                            ),
                        )
                    )
        fixable = any(f.fix is not None and f.fix.applicability == "safe" for f in linted.findings)
        if fixable and linted.format == "markdown" and (_wants(only, FIX_ALL_KIND) or (only is None and here)):
            actions.append(
                types.CodeAction(
                    title="Fix all medlint findings (safe fixes)",
                    kind=FIX_ALL_KIND,
                    data={"uri": uri, "version": linted.version},
                )
            )
        return actions

    def fix_all(self, uri: str) -> types.WorkspaceEdit | None:
        linted = self.linted.get(uri)
        doc = self.workspace.text_documents.get(uri)
        if linted is None or doc is None:
            return None
        path = to_fs_path(uri) or uri
        settings = self.settings_for(Path(path).resolve())
        fixed = fix_text(settings.engine, path, RawText(linted.text), unsafe=False)
        if not fixed.changed:
            return None
        edits = line_edits(linted.text, fixed.after.text, Lines(linted.text))
        if "\r\n" in doc.source:
            for edit in edits:
                edit.new_text = edit.new_text.replace("\n", "\r\n")
        return types.WorkspaceEdit(
            document_changes=[
                types.TextDocumentEdit(
                    text_document=types.OptionalVersionedTextDocumentIdentifier(uri=uri, version=linted.version),
                    edits=list(edits),
                )
            ]
        )

    def hover(self, params: types.HoverParams) -> types.Hover | None:
        linted = self.linted.get(params.text_document.uri)
        if linted is None:
            return None
        lines = Lines(linted.text)
        at = lines.offset(params.position)
        rules = []
        for f in linted.findings:
            if (f.line, f.column) <= at <= (f.end_line, f.end_column) and f.rule not in rules:
                rules.append(f.rule)
        if not rules:
            return None
        text = "\n\n---\n\n".join(hover_text(r) for r in rules)
        return types.Hover(contents=types.MarkupContent(kind=types.MarkupKind.Markdown, value=text))


def _key(d: types.Diagnostic) -> tuple[Any, ...]:
    r = d.range
    return (d.code, d.message, r.start.line, r.start.character, r.end.line, r.end.character)


def _wants(only: Sequence[str] | None, kind: str) -> bool:
    return only is None or any(kind == k or kind.startswith(k + ".") for k in only)


def _one_per_rule_and_line(findings: list[Finding]) -> list[Finding]:
    seen: set[tuple[str, int]] = set()
    out = []
    for f in findings:
        if (f.rule, f.line) not in seen:
            seen.add((f.rule, f.line))
            out.append(f)
    return out


def _mtime(path: Path | None) -> int | None:
    try:
        return path.stat().st_mtime_ns if path else None
    except OSError:
        return None


def build_server() -> MedlintServer:
    server = MedlintServer()

    @server.feature(types.INITIALIZED)
    def initialized(ls: MedlintServer, params: types.InitializedParams) -> None:
        # build the spaCy pipeline now, so the first document is checked at the cost of the article alone
        from lint.nlp import get_nlp

        ls.worker.submit(get_nlp)
        watch = ls.client_capabilities.workspace
        dynamic = watch and watch.did_change_watched_files and watch.did_change_watched_files.dynamic_registration
        if dynamic:
            watchers = [types.FileSystemWatcher(glob_pattern=f"**/{name}") for name in CONFIG_FILES]
            ls.client_register_capability(
                types.RegistrationParams(
                    registrations=[
                        types.Registration(
                            id="medlint-config",
                            method=types.WORKSPACE_DID_CHANGE_WATCHED_FILES,
                            register_options=types.DidChangeWatchedFilesRegistrationOptions(watchers=watchers),
                        )
                    ]
                )
            )

    @server.feature(types.TEXT_DOCUMENT_DID_OPEN)
    def did_open(ls: MedlintServer, params: types.DidOpenTextDocumentParams) -> None:
        ls.schedule(params.text_document.uri, 0)

    @server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
    def did_change(ls: MedlintServer, params: types.DidChangeTextDocumentParams) -> None:
        ls.schedule(params.text_document.uri, DEBOUNCE_SECONDS)

    @server.feature(types.TEXT_DOCUMENT_DID_SAVE)
    def did_save(ls: MedlintServer, params: types.DidSaveTextDocumentParams) -> None:
        uri = params.text_document.uri
        if Path(to_fs_path(uri) or uri).name in CONFIG_FILES:
            _config_changed(ls)
            return
        ls.schedule(uri, 0)

    @server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(ls: MedlintServer, params: types.DidCloseTextDocumentParams) -> None:
        uri = params.text_document.uri
        task = ls.pending.pop(uri, None)
        if task is not None:
            task.cancel()
        ls.linted.pop(uri, None)
        ls.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri=uri, diagnostics=[]))

    @server.feature(types.WORKSPACE_DID_CHANGE_WATCHED_FILES)
    def did_change_watched_files(ls: MedlintServer, params: types.DidChangeWatchedFilesParams) -> None:
        if any(Path(to_fs_path(c.uri) or c.uri).name in CONFIG_FILES for c in params.changes):
            _config_changed(ls)

    @server.feature(
        types.TEXT_DOCUMENT_CODE_ACTION,
        types.CodeActionOptions(code_action_kinds=[types.CodeActionKind.QuickFix, FIX_ALL_KIND], resolve_provider=True),
    )
    async def code_action(ls: MedlintServer, params: types.CodeActionParams) -> list[types.CodeAction]:
        actions = ls.code_actions(params)
        if params.context.only and any(FIX_ALL_KIND.startswith(k) and k != "" for k in params.context.only):
            # asked for by kind (fix on save): some clients apply without resolving, so the edit comes now
            loop = asyncio.get_running_loop()
            for action in actions:
                if action.kind == FIX_ALL_KIND:
                    uri = params.text_document.uri
                    action.edit = await loop.run_in_executor(ls.worker, ls.fix_all, uri) or types.WorkspaceEdit()
        return actions

    @server.feature(types.CODE_ACTION_RESOLVE)
    async def resolve_code_action(ls: MedlintServer, action: types.CodeAction) -> types.CodeAction:
        data = action.data if isinstance(action.data, dict) else {}
        if action.kind == FIX_ALL_KIND and "uri" in data:
            # on the worker, like every check: spaCy runs one article at a time
            edit = await asyncio.get_running_loop().run_in_executor(ls.worker, ls.fix_all, data["uri"])
            action.edit = edit or types.WorkspaceEdit(changes={})
        return action

    @server.feature(types.TEXT_DOCUMENT_HOVER)
    def hover(ls: MedlintServer, params: types.HoverParams) -> types.Hover | None:
        return ls.hover(params)

    return server


def _config_changed(ls: MedlintServer) -> None:
    ls.forget_settings()
    for uri in list(ls.workspace.text_documents):
        ls.schedule(uri, 0)


def serve() -> None:
    import gc

    from lint.nlp import get_nlp

    get_nlp()
    gc.freeze()  # the pipeline and modules live as long as the server; keep them out of every collection
    build_server().start_io()
