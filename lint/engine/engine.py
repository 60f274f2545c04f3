"""The engine: read -> parse -> nlp -> rules -> findings; selection, severities, sorting and stats happen here once."""

from __future__ import annotations

import fnmatch
import hashlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from lint import __version__
from lint.config import Config
from lint.engine import suppress
from lint.io.inputs import Input, expand, read, relative
from lint.model import (
    Article,
    ArticleInfo,
    FileReport,
    Finding,
    InputFormat,
    LineIndex,
    Report,
    Severity,
    Stats,
    Summary,
    ToolInfo,
    Violation,
)
from lint.nlp.analyze import Analysis, analyze, make_doc
from lint.nlp.sections import disclaimer_blocks, red_flag_section
from lint.nlp.source_identity import find_duplicates
from lint.parse import parse
from lint.rules import Context, Rule, registry


@dataclass
class Options:
    """Per-run choices the CLI or an API caller makes on top of the config."""

    select: list[str] | None = None  # replaces config.select
    ignore: list[str] = field(default_factory=list)  # added to config.ignore
    input_format: InputFormat | None = None
    stdin_filename: str | None = None
    today: date | None = None
    with_claims: bool = False


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
        self.rules = [r() for r in registry.all_rules() if r.name in chosen]
        self.texts: dict[str, str] = {}
        # inputs that could not be read (missing file, failed download): path -> reason
        self.read_errors: dict[str, str] = {}

    # --- public entry points ----------------------------------------------------------------

    def check_paths(self, args: Iterable[str]) -> Report:
        """Check files, folders (expanded to their articles), '-' and URLs."""
        return self.check_files(list(expand(list(args), self.config)))

    def check_files(
        self, files: list[str], progress: Callable[[Iterator[Checked]], Iterable[Checked]] | None = None
    ) -> Report:
        """Check inputs that are already expanded: files, '-' and URLs."""
        inputs = (
            read(a, input_format=self.options.input_format, stdin_filename=self.options.stdin_filename) for a in files
        )
        checked = self.check_inputs(inputs)
        # a caller may watch the articles go by (the CLI's progress bar)
        return self.report(c.report for c in (progress(checked) if progress else checked))

    def check_inputs(self, inputs: Iterable[Input]) -> Iterator[Checked]:
        """Check inputs in order, streaming: articles go through spaCy in batches."""
        from lint.nlp import get_nlp

        nlp = get_nlp()

        def docs() -> Iterator[tuple[object, object]]:
            for item in inputs:
                if item.error is not None or item.text is None or item.format is None:
                    yield nlp.make_doc(""), (item, None, [], None, frozenset())
                    continue
                try:
                    article = parse(item.text, item.path, item.format)
                except Exception as exc:  # a parser bug must not stop the other files
                    yield nlp.make_doc(""), (item, None, [], f"cannot parse as {item.format}: {exc}", frozenset())
                    continue
                disclaimers = frozenset(disclaimer_blocks(article, self.config.disclaimer_patterns))
                doc, indices = make_doc(nlp, article, disclaimers)
                yield doc, (item, article, indices, None, disclaimers)

        for doc, ctx in nlp.pipe(docs(), as_tuples=True, batch_size=32):  # type: ignore[call-overload]
            item, article, indices, error, disclaimers = ctx
            if item.text is not None:
                self.texts[item.path] = item.text
            if article is None:
                if item.error is not None:
                    self.read_errors[item.path] = item.error
                yield self._failed(item, error or item.error or "cannot read")
                continue
            analysis = analyze(article, doc, indices, self.config.citation_scope)
            yield self._checked(item, article, analysis, disclaimers)

    def report(self, files: Iterable[FileReport]) -> Report:
        ordered = sorted(files, key=lambda f: f.path)
        return Report(tool=ToolInfo(version=__version__), files=ordered, summary=summarize(ordered))

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

    def _checked(self, item: Input, article: Article, analysis: Analysis, disclaimers: frozenset[int]) -> Checked:
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
        found = [self._finding(v, lines, article.text) for v in violations]
        # suppression comments and the front matter `medlint: ignore`, once, after every rule has run
        kept, notes = suppress.apply(found, article, self.config, {r.name for r in rules})
        findings = sorted(
            [*kept, *(self._finding(v, lines, article.text) for v in notes)],
            key=lambda f: (f.line, f.column, f.rule),
        )
        claims = analysis.claims
        cited = sum(1 for c in claims if c.covered)
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
                reading_time_minutes=meta.reading_time_minutes,
            ),
            stats=Stats(
                sentences=len(analysis.sentences),
                claims=len(claims),
                cited_claims=cited,
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

    def _failed(self, item: Input, reason: str) -> Checked:
        finding = Finding(
            rule="parse-error",
            code=registry.get("parse-error").code,  # type: ignore[union-attr]
            severity=self.severity.get("parse-error", "error"),
            message=f"{reason}",
            line=1,
            column=1,
            end_line=1,
            end_column=1,
            fingerprint=_fingerprint("parse-error", reason),
        )
        findings = [finding] if "parse-error" in self.selected else []
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
        )


def _fingerprint(rule: str, subject: str) -> str:
    """Identifies a finding by what it is about, not where: editing elsewhere keeps it stable."""
    norm = " ".join(subject.split()).casefold()
    return hashlib.sha1(f"{rule}\x00{norm}".encode()).hexdigest()[:16]


def summarize(files: list[FileReport]) -> Summary:
    counts = {"error": 0, "warning": 0, "info": 0}
    for f in files:
        for finding in f.findings:
            counts[finding.severity] += 1
    claims = sum(f.stats.claims for f in files)
    cited = sum(f.stats.cited_claims for f in files)
    return Summary(
        files=len(files),
        files_with_findings=sum(1 for f in files if f.findings),
        errors=counts["error"],
        warnings=counts["warning"],
        infos=counts["info"],
        claims=claims,
        cited_claims=cited,
        citation_coverage=round(cited / claims, 4) if claims else 1.0,
    )
