"""The engine: read -> parse -> nlp -> rules -> findings; selection, severities, sorting and stats happen here once."""

from __future__ import annotations

import fnmatch
import hashlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from lint.config import Config
from lint.engine.deadline import Budget, FileTimeout, deadline
from lint.engine.results import collect
from lint.io.inputs import Input, expand, read, relative, size_text
from lint.model import (
    Article,
    ArticleInfo,
    FileReport,
    Finding,
    Fix,
    InputFormat,
    LineIndex,
    Report,
    Severity,
    Stats,
    Violation,
)
from lint.rules import registry

# the stages after reading (parsers, analysis, rules) are imported when an article is first checked:
# a run answered from the result cache never loads them
if TYPE_CHECKING:
    from concurrent.futures import Future

    from spacy.language import Language

    from lint.io.net import Client
    from lint.model.verification import SourceState
    from lint.nlp.analyze import Analysis
    from lint.rules import Rule
    from lint.verify.run import Results, Verifier

VERIFICATION_RULES = frozenset(
    {
        "dead-link",
        "unverifiable-source",
        "unknown-identifier",
        "identifier-mismatch",
        "retracted-source",
        "outdated-source",
    }
)


def load_stages() -> None:
    """Import the analysis, suppression and every rule: a process about to check articles loads them at start-up,
    where it can freeze them with the rest (the parsers still come with the first article of their format)."""
    from lint.engine import suppress  # noqa: F401
    from lint.nlp import analyze, sections, source_identity  # noqa: F401

    registry.all_rules()


@dataclass
class Options:
    """Per-run choices the CLI or an API caller makes on top of the config."""

    select: list[str] | None = None  # replaces config.select
    ignore: list[str] = field(default_factory=list)  # added to config.ignore
    input_format: InputFormat | None = None
    stdin_filename: str | None = None
    today: date | None = None
    with_claims: bool = False
    # hosts the address policy lets through on top of config.allowed_hosts (--allow-host)
    allow_hosts: list[str] = field(default_factory=list)
    # source verification: None takes `[tool.medlint.verify]`
    verify_sources: bool | None = None
    offline: bool | None = None
    cache_dir: Path | None = None
    # called with (done, total) as verification requests finish (the CLI's progress bar)
    verify_progress: Callable[[int, int], None] | None = None
    # keep each checked text in Engine.texts (--show-source); off, memory stays flat in the number of files
    keep_texts: bool = True
    # past this many files the report keeps them serialized, not as objects (None: no limit; the CLI sets one)
    reports_in_memory: int | None = None


@dataclass
class Checked:
    """One checked article with everything a reporter may need beyond the report itself."""

    report: FileReport
    text: str | None
    article: Article | None = None
    analysis: Analysis | None = None


class Engine:
    def __init__(self, config: Config | None = None, options: Options | None = None) -> None:
        self.config = config or Config()
        self.options = options or Options()
        self.today = self.options.today or date.today()
        select = self.options.select if self.options.select is not None else self.config.select
        chosen: set[str] = set()
        for s in select:
            chosen |= registry.resolve(s)
        for s in [*self.config.ignore, *self.options.ignore]:
            chosen -= registry.resolve(s)
        self.selected = chosen
        self.severity: dict[str, Severity] = {}
        for key, sev in self.config.severity.items():
            for name in registry.resolve(key):
                self.severity[name] = sev
        self._rules: list[Rule] | None = None
        self.texts: dict[str, str] = {}
        verify = self.options.verify_sources if self.options.verify_sources is not None else self.config.verify.verify
        # no network when none of the rules that read source states runs
        self.verifying = bool(verify) and bool(chosen & VERIFICATION_RULES)
        self._verifier: Verifier | None = None
        self._verified: Future[Results] | None = None
        # what verification could not do, for the CLI to say on stderr (offline misses)
        self.verify_notes: list[str] = []
        self.verification: Results | None = None
        # inputs that could not be read (missing file, failed download): path -> reason
        self.read_errors: dict[str, str] = {}

    @property
    def rules(self) -> list[Rule]:
        """The selected rules, loaded when the first article is checked."""
        if self._rules is None:
            self._rules = [r() for r in registry.all_rules() if r.name in self.selected]
        return self._rules

    @property
    def allowed_hosts(self) -> list[str]:
        """Hosts the one HTTP client may reach even at private addresses: config and --allow-host."""
        return [*self.config.allowed_hosts, *self.options.allow_hosts]

    # --- public entry points ----------------------------------------------------------------

    def check_paths(self, args: Iterable[str]) -> Report:
        """Check files, folders (expanded to their articles), quoted globs, '-' and URLs.

        Raises InputError for a path or glob that names nothing.
        """
        return self.check_files(list(expand(list(args), self.config)))

    def check_files(
        self, files: list[str], progress: Callable[[Iterator[Checked]], Iterable[Checked]] | None = None
    ) -> Report:
        """Check inputs that are already expanded: files, '-' and URLs."""
        from lint.io.fetch import page_client

        # one client per run: its deadline covers every page the run fetches
        client = page_client(self.allowed_hosts)
        checked = self.check_inputs(self._read(a, client) for a in files)
        # a caller may watch the articles go by (the CLI's progress bar)
        return self.report(c.report for c in (progress(checked) if progress else checked))

    def _read(self, arg: str, client: Client | None) -> Input:
        try:
            return read(
                arg,
                input_format=self.options.input_format,
                stdin_filename=self.options.stdin_filename,
                client=client,
                max_file_size=self.config.max_file_size,
            )
        except Exception as exc:  # a reader's bug (a URL no one foresaw) is a finding on that input alone
            return Input(arg, None, self.options.input_format, f"cannot read: {type(exc).__name__}: {exc}")

    def check_inputs(self, inputs: Iterable[Input]) -> Iterator[Checked]:
        """Check inputs in order, streaming; whatever goes wrong in one file is a finding on that file."""
        from lint.nlp import get_nlp

        parsed: dict[int, tuple[Article | None, str | None]] = {}

        def parse_item(item: Input) -> tuple[Article | None, str | None]:
            if id(item) in parsed:
                return parsed.pop(id(item))
            return self._parse(item)

        if self.verifying:
            # every article's sources are verified together, while spaCy reads the articles
            inputs = list(inputs)
            articles: list[Article] = []
            for item in inputs:
                if item.error is None and item.text is not None and item.format is not None:
                    article, _ = parsed[id(item)] = parse_item(item)
                    if article is not None:
                        articles.append(article)
            self._start_verification(articles)
        nlp = get_nlp()  # after verification has started: loading spaCy overlaps the network

        for item in inputs:
            yield self._check_one(nlp, item, parse_item)

    # --- source verification --------------------------------------------------------------------

    def _start_verification(self, articles: list[Article]) -> None:
        import threading
        from concurrent.futures import Future

        from lint.verify.run import Verifier

        # an engine may check several batches (the API, an editor): each run verifies and reports afresh
        self.verification = None
        self.verify_notes = []
        self._verifier = Verifier(
            self.config.verify,
            root=self.config.root,
            allowed_hosts=self.allowed_hosts,
            offline=self.options.offline,
            cache_dir=self.options.cache_dir,
            progress=self.options.verify_progress,
        )
        future: Future[Results] = Future()
        verifier = self._verifier
        sources = [s for a in articles for s in a.sources]

        def work() -> None:
            try:
                future.set_result(verifier.verify(sources))
            except BaseException as exc:  # reported on each article by the caller
                future.set_exception(exc)

        threading.Thread(target=work, name="medlint-verify", daemon=True).start()
        self._verified = future

    def _source_states(self, article: Article) -> tuple[SourceState, ...] | None:
        if self._verified is None or self._verifier is None:
            return None
        try:
            results = self._verified.result()
        except Exception as exc:  # an unusable cache folder must not stop the lint
            note = f"source verification failed: {type(exc).__name__}: {exc}"
            if note not in self.verify_notes:
                self.verify_notes.append(note)
            return None
        if self.verification is None:
            checked = len(results.links) + len(results.records)
            self.verify_notes.append(
                f"verified {checked} link{'s' if checked != 1 else ''} and identifiers in {results.seconds:.1f} s: "
                f"{results.requests} request{'s' if results.requests != 1 else ''}, {results.cache_hits} from the cache"
            )
            self.verify_notes.extend(results.notes)
        if results.not_checked and not any(n.startswith("offline:") for n in self.verify_notes):
            self.verify_notes.append(
                f"offline: {results.not_checked} link{'s' if results.not_checked != 1 else ''} or identifiers "
                "could not be verified (not in the cache); they are reported as unverifiable-source"
            )
        self.verification = results
        return self._verifier.states(article, results)

    def check_one(self, item: Input, source_states: tuple[SourceState, ...] | None = None) -> Checked:
        """Check one input that is already read (a runner's worker calls this).

        ``source_states`` are its sources' verification states when another process verified them.
        """
        from lint.nlp import get_nlp

        return self._check_one(get_nlp(), item, self._parse, source_states)

    def _parse(self, item: Input) -> tuple[Article | None, str | None]:
        from lint.parse import parse

        try:
            return parse(item.text, item.path, item.format, self.config.date_order), None  # type: ignore[arg-type]
        except Exception as exc:  # a parser bug must not stop the other files
            return None, f"cannot parse as {item.format}: {type(exc).__name__}: {exc}"

    def _check_one(
        self,
        nlp: Language,
        item: Input,
        parse_item: Callable[[Input], tuple[Article | None, str | None]],
        source_states: tuple[SourceState, ...] | None = None,
    ) -> Checked:
        from lint.nlp.analyze import Analysis, analyze, make_docs
        from lint.nlp.language_id import foreign_blocks
        from lint.nlp.sections import after_article, disclaimer_blocks

        if item.text is not None and self.options.keep_texts:
            self.texts[item.path] = item.text
        if item.error is not None or item.text is None or item.format is None:
            if item.error is not None:
                self.read_errors[item.path] = item.error
            return self._failed(item, item.error or "cannot read", at=item.error_at)
        limit = self.config.max_file_size
        if len(item.text) > limit:  # in characters: what reached the engine without going through read()
            return self._failed(
                item, f"article of {size_text(len(item.text))} is over max_file_size ({size_text(limit)})"
            )
        if not item.text.strip():
            return self._failed(item, "empty file: no article to check")
        # the budget is per megabyte for a longer article: checking it fully takes time in proportion
        timeout = self.config.file_timeout * max(1.0, len(item.text) / 1_000_000)
        stage = "parsing"
        try:
            with deadline(timeout) as budget:
                article, error = parse_item(item)
                if article is None:
                    return self._failed(item, error or "cannot parse")
                budget.check()
                stage = "analysing"
                disclaimers = frozenset(disclaimer_blocks(article, self.config.disclaimer_patterns))
                analysis = Analysis()
                # what follows the page's hand-on to other resources is no claim of its own, nor is a note
                # in another language on an English page
                skip = disclaimers | frozenset(after_article(article)) | frozenset(foreign_blocks(article))
                for chunk in make_docs(nlp, article, skip):
                    analyze(
                        article,
                        nlp(chunk.doc),
                        chunk.blocks,
                        self.config.citation_scope,
                        self.config.own_marker_kinds,
                        into=analysis,
                        offsets=chunk.offsets,
                    )
                    budget.check()
                stage = "checking"
                return self._checked(item, article, analysis, disclaimers, budget, source_states)
        except FileTimeout:
            return self._failed(
                item,
                f"not checked: {stage} took longer than {f'{timeout:.1f}'.removesuffix('.0')} s (file_timeout); "
                "raise it or split the article",
            )
        except Exception as exc:  # medlint's own bug on this file: reported on it, the other files go on
            name = "parse-error" if stage == "parsing" else "rule-error"
            return self._failed(item, f"medlint failed {stage} this file: {type(exc).__name__}: {exc}", rule=name)

    def report(self, files: Iterable[FileReport]) -> Report:
        """The run's report, sorted by path; past ``options.reports_in_memory`` files, kept serialized."""
        return collect(files, self.options.reports_in_memory)

    # --- per file -----------------------------------------------------------------------------

    def _rules_for(self, path: str) -> list[Rule]:
        if not self.config.per_file_ignores:
            return self.rules
        rel = relative(Path(path), self.config.root)
        ignored: set[str] = set()
        for pattern, selectors in self.config.per_file_ignores.items():
            if fnmatch.fnmatch(rel, pattern) or fnmatch.fnmatch(path, pattern):
                for s in selectors:
                    ignored |= registry.resolve(s)
        return [r for r in self.rules if r.name not in ignored]

    def _checked(
        self,
        item: Input,
        article: Article,
        analysis: Analysis,
        disclaimers: frozenset[int],
        budget: Budget,
        source_states: tuple[SourceState, ...] | None = None,
    ) -> Checked:
        from lint.engine import suppress
        from lint.nlp.sections import red_flag_section
        from lint.nlp.source_identity import find_duplicates
        from lint.rules import Context

        lines = LineIndex(article.text)
        ctx = Context(
            article,
            analysis,
            self.config,
            self.today,
            disclaimers,
            lines,
            red_flag_section(article, self.config.red_flag_patterns),
            find_duplicates(article.sources),
            source_states if source_states is not None else self._source_states(article) if self.verifying else None,
        )
        violations: list[Violation] = []
        rules = self._rules_for(item.path)
        for rule in rules:
            try:
                violations.extend(rule.check(ctx))
            except Exception as exc:  # a rule's bug is reported on this file; the other files go on
                if "rule-error" in self.selected:
                    violations.append(
                        Violation(
                            "rule-error", 0, 0, f"rule {rule.name} failed on this file: {type(exc).__name__}: {exc}"
                        )
                    )
            budget.check()
        found = [self._finding(v, lines, article.text) for v in violations]
        # suppression comments and the front matter `medlint: ignore`, once, after every rule has run
        kept, notes = suppress.apply(found, article, self.config, {r.name for r in rules})
        findings = sorted(
            [*kept, *(self._finding(v, lines, article.text) for v in notes)],
            key=lambda f: (f.line, f.column, f.code, f.end_line, f.end_column, f.message),
        )
        claims = analysis.claims
        states = [analysis.state(c) for c in claims]
        cited = states.count("cited")  # a claim whose only markers lead nowhere is broken, not cited
        meta = article.metadata
        report = FileReport(
            path=item.path,
            format=article.format,
            article=ArticleInfo(
                title=meta.title,
                authors=meta.authors,
                reviewer=meta.reviewer,
                published=meta.published,
                updated=meta.updated,
                reviewed=meta.reviewed,
                reading_time_minutes=meta.reading_time_minutes,
                date_order=meta.extra.get("date_order"),
                date_order_from=meta.extra.get("date_order_from"),
            ),
            stats=Stats(
                sentences=len(analysis.sentences),
                claims=len(claims),
                cited_claims=cited,
                broken_claims=states.count("broken"),
                citation_coverage=round(cited / len(claims), 4) if claims else 1.0,
                sources=len(article.sources),
                markers=len(analysis.markers),
            ),
            findings=findings,
        )
        if self.options.with_claims:
            from lint.report.claims import claims_data

            data = claims_data(ctx, findings, {r.name for r in rules})
            report = report.model_copy(
                update={
                    "claims": data.claims,
                    "sources": data.sources,
                    "blocks": data.blocks,
                    "markers": data.markers,
                    "checklist": data.checklist,
                }
            )
        return Checked(report, article.text, article, analysis)

    def _failed(
        self, item: Input, reason: str, *, rule: str = "parse-error", at: tuple[int, int] | None = None
    ) -> Checked:
        """The one finding on a file that could not be checked; ``at`` is the (line, column) it names."""
        line, column = at or (1, 1)
        finding = Finding(
            rule=rule,
            code=registry.code_of(rule),
            severity=self.severity.get(rule, "error"),
            message=f"{reason}",
            line=line,
            column=column,
            end_line=line,
            end_column=column,
            fingerprint=_fingerprint(rule, reason),
        )
        findings = [finding] if rule in self.selected else []
        return Checked(FileReport(path=item.path, format=item.format, findings=findings), item.text)

    def _finding(self, v: Violation, lines: LineIndex, text: str) -> Finding:
        rule = registry.get(v.rule)
        assert rule is not None, v.rule
        subject = v.subject or text[v.start : v.end]
        return Finding(
            rule=rule.name,
            code=rule.code,
            severity=v.severity or self.severity.get(rule.name, rule.severity),
            message=v.message,
            **lines.region(v.start, v.end),
            claim_kind=v.claim_kind,  # type: ignore[arg-type]
            fingerprint=_fingerprint(rule.name, subject),
            fix=_placed(v.fix, lines),
        )


def _placed(fix: Fix | None, lines: LineIndex) -> Fix | None:
    """The fix with the line and column of each edit, for reporters and editors."""
    if fix is None:
        return None
    edits = [e.model_copy(update=lines.region(e.start, e.end)) for e in fix.edits]
    return fix.model_copy(update={"edits": edits})


def _fingerprint(rule: str, subject: str) -> str:
    """Identifies a finding by what it is about, not where: editing elsewhere keeps it stable."""
    norm = " ".join(subject.split()).casefold()
    return hashlib.sha1(f"{rule}\x00{norm}".encode()).hexdigest()[:16]
