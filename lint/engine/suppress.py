"""Suppressions: `<!-- medlint-disable ... -->` comments and the front matter `medlint: {ignore: [...]}` key.

Applied once, by the engine, to the findings every rule has yielded; a suppression that suppresses
nothing, or names a rule that does not exist, is itself reported (`unused-suppression`).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Literal

from lint.config import Config
from lint.fix.edits import delete_line_or_span
from lint.model import Article, Edit, Finding, Fix, LineIndex, Violation
from lint.rules import registry

UNUSED = "unused-suppression"
NO_REASON = "missing-suppression-reason"

Kind = Literal["disable", "enable", "disable-next-line", "disable-file", "front-matter"]

# `medlint-disable RULE, RULE -- reason`, the text inside one HTML comment
# matched against the stripped body: a trailing `\s*$` would retry every run of spaces (quadratic)
_DIRECTIVE = re.compile(
    r"medlint-(?P<kind>disable-next-line|disable-file|disable|enable)(?![\w-])"
    r"(?P<rules>.*?)(?:\s--\s*(?P<reason>.*))?$",
    re.S,
)
# at the start of a line, whichever line break ends the one before
_FRONT_MATTER_KEY = re.compile(r"(?:\A|(?<=[\r\n]))medlint[ \t]*:")
_FRONT_MATTER_END = re.compile(r"[\r\n]---")

Position = tuple[int, int]  # (line, column), 1-based, as findings carry them


@dataclass
class Suppression:
    """One comment or front matter key, and what it covers."""

    kind: Kind
    selectors: tuple[str, ...]  # as written; empty means every rule
    reason: str
    start: int  # source offsets of the comment, for reporting it
    end: int
    rules: frozenset[str] = frozenset()  # resolved rule names; every rule when no selector is given
    unknown: tuple[str, ...] = ()
    used: int = 0


@dataclass
class _Range:
    origin: Suppression
    rules: frozenset[str]
    begin: Position  # covered from here (inclusive)
    until: Position | None = None  # to here (exclusive); None runs to the end of the file


@dataclass
class _Plan:
    file_wide: list[Suppression] = field(default_factory=list)
    ranges: list[_Range] = field(default_factory=list)
    next_line: dict[int, list[Suppression]] = field(default_factory=dict)
    stray_enables: list[Suppression] = field(default_factory=list)
    all: list[Suppression] = field(default_factory=list)


def _all_rule_names() -> frozenset[str]:
    return frozenset(r.name for r in registry.all_rules())


def _directive(body: str, start: int, end: int) -> Suppression | None:
    m = _DIRECTIVE.match(body.strip())
    if m is None:
        return None
    selectors = tuple(s for s in re.split(r"[\s,]+", m["rules"]) if s)
    sup = Suppression(m["kind"], selectors, (m["reason"] or "").strip(), start, end)  # type: ignore[arg-type]
    _resolve(sup)
    return sup


def _resolve(sup: Suppression) -> None:
    if not sup.selectors:
        sup.rules = _all_rule_names()
        return
    names: set[str] = set()
    unknown = []
    for s in sup.selectors:
        found = registry.resolve(s)
        if found:
            names |= found
        else:
            unknown.append(s)
    sup.rules = frozenset(names)
    sup.unknown = tuple(unknown)


class _HtmlComments(HTMLParser):
    """Comments of an HTML page with their offsets; a real parser, so script text and attributes are skipped."""

    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=True)
        # HTMLParser counts lines by "\n" alone, whatever other line breaks the page uses
        self.newlines = [0, *(m.end() for m in re.finditer("\n", text))] if "\r" in text else None
        self.lines = LineIndex(text)
        self.found: list[tuple[int, str]] = []

    def handle_comment(self, data: str) -> None:
        line, col = self.getpos()
        start = self.newlines[line - 1] if self.newlines is not None else self.lines.line_span(line)[0]
        self.found.append((start + col, data))


def _comments(article: Article) -> Iterator[tuple[int, int, str]]:
    """(start, end, body) of each HTML comment that is markup, not text shown in a code example."""
    text = article.text
    if article.format == "html":
        parser = _HtmlComments(text)
        parser.feed(text)
        parser.close()
        for start, body in parser.found:
            end = text.find("-->", start)
            yield start, (len(text) if end < 0 else end + 3), body
        return
    if article.format != "markdown":
        return
    lines = LineIndex(text)
    code = article.code_lines  # in reading order, so the block a line may be in is found by bisection
    firsts = [first for first, _ in code]
    for start, end in _comment_spans(text):
        line = lines.position(start)[0]
        i = bisect.bisect_right(firsts, line) - 1
        if i < 0 or code[i][1] < line:
            yield start, end, text[start + 4 : end - 3]


def _comment_spans(text: str) -> Iterator[tuple[int, int]]:
    """`<!-- ... -->` spans, in one pass: an opener with no closer after it ends the search.

    (A lazy regex retries every opener against the rest of the text: quadratic on many unclosed ones.)
    """
    at = 0
    while (start := text.find("<!--", at)) >= 0:
        close = text.find("-->", start + 4)
        if close < 0:
            return
        yield start, close + 3
        at = close + 3


def _front_matter(article: Article) -> Suppression | None:
    if "medlint" not in article.metadata.extra:
        return None
    text = article.text
    close = _FRONT_MATTER_END.search(text, 3) if text.startswith("---") else None
    m = _FRONT_MATTER_KEY.search(text, 0, close.start() if close else len(text))
    start, end = (m.start(), m.end()) if m else (0, 0)
    value = article.metadata.extra["medlint"]
    ignore = value.get("ignore") if isinstance(value, dict) else None
    if isinstance(ignore, str):
        ignore = [ignore]
    sup = Suppression("front-matter", (), "", start, end)
    if not isinstance(ignore, list) or not ignore or not all(isinstance(s, str) for s in ignore):
        sup.unknown = ("<malformed>",)
        return sup
    sup.selectors = tuple(s.strip() for s in ignore)
    _resolve(sup)
    return sup


def _plan(article: Article) -> _Plan:
    plan = _Plan()
    fm = _front_matter(article)
    if fm is not None:
        plan.file_wide.append(fm)
        plan.all.append(fm)
    if "medlint-" not in article.text:
        return plan
    lines = LineIndex(article.text)
    # the open `disable` ranges, and for each rule the ones that cover it: an `enable` looks only at those
    open_ranges: dict[int, _Range] = {}  # by its place in plan.ranges
    open_by_rule: dict[str, set[int]] = {}

    def open_range(rng: _Range) -> None:
        key = len(plan.ranges)
        plan.ranges.append(rng)
        if not rng.rules:
            return  # names only unknown rules: covers nothing, and no `enable` ends it
        open_ranges[key] = rng
        for rule in rng.rules:
            open_by_rule.setdefault(rule, set()).add(key)

    def close_range(key: int) -> None:
        for rule in open_ranges.pop(key).rules:
            open_by_rule[rule].discard(key)

    for start, end, body in _comments(article):
        sup = _directive(body, start, end)
        if sup is None:
            continue
        plan.all.append(sup)
        end_pos = lines.position(end)
        if sup.kind == "disable-file":
            plan.file_wide.append(sup)
        elif sup.kind == "disable-next-line":
            plan.next_line.setdefault(end_pos[0] + 1, []).append(sup)
        elif sup.kind == "disable":
            open_range(_Range(sup, sup.rules, end_pos))
        else:  # enable: ends the named rules' open ranges (all of them when none is named)
            start_pos = lines.position(start)
            if sup.selectors:
                ending_keys = sorted({k for rule in sup.rules for k in open_by_rule.get(rule, ())})
            else:
                ending_keys = list(open_ranges)
            for key in ending_keys:
                rng = open_ranges[key]
                ending = rng.rules if not sup.selectors else rng.rules & sup.rules
                rng.until = start_pos
                close_range(key)
                if rng.rules - ending:  # the rules not re-enabled stay disabled
                    open_range(_Range(rng.origin, rng.rules - ending, end_pos))
            if not ending_keys:
                plan.stray_enables.append(sup)
    return plan


def _apply_plan(findings: list[Finding], plan: _Plan) -> list[Finding]:
    """The findings no suppression covers; counts on each suppression how many findings it covers.

    Works per rule over sorted positions, so many suppressions and many findings do not multiply.
    """
    suppressed = [False] * len(findings)
    by_rule: dict[str, list[int]] = {}
    for k, f in enumerate(findings):
        by_rule.setdefault(f.rule, []).append(k)
    # file-wide: every finding of the rule
    for sup in plan.file_wide:
        for rule in sup.rules & by_rule.keys():
            sup.used += len(by_rule[rule])
            for k in by_rule[rule]:
                suppressed[k] = True
    # next line: the findings on that line
    by_line_rule: dict[tuple[int, str], list[int]] = {}
    for k, f in enumerate(findings):
        if f.line in plan.next_line:
            by_line_rule.setdefault((f.line, f.rule), []).append(k)
    for line, sups in plan.next_line.items():
        for sup in sups:
            for rule in sup.rules & by_rule.keys():
                hits = by_line_rule.get((line, rule), [])
                sup.used += len(hits)
                for k in hits:
                    suppressed[k] = True
    # ranges: per rule, the sorted positions of its findings; each range counts those inside it
    if plan.ranges:
        positions: dict[str, list[tuple[tuple[int, int], int]]] = {
            rule: sorted(((findings[k].line, findings[k].column), k) for k in ks) for rule, ks in by_rule.items()
        }
        cover_from: dict[str, list[int]] = {rule: [0] * (len(ps) + 1) for rule, ps in positions.items()}
        for rng in plan.ranges:
            for rule in rng.rules & positions.keys():
                ps = positions[rule]
                lo = bisect.bisect_left(ps, (rng.begin, -1))
                hi = len(ps) if rng.until is None else bisect.bisect_left(ps, (rng.until, -1))
                if hi > lo:
                    rng.origin.used += hi - lo
                    # mark [lo, hi) with a difference array: +1 at lo, -1 at hi
                    cover_from[rule][lo] += 1
                    cover_from[rule][hi] -= 1
        for rule, ps in positions.items():
            depth = 0
            for j, (_, k) in enumerate(ps):
                depth += cover_from[rule][j]
                if depth > 0:
                    suppressed[k] = True
    return [f for k, f in enumerate(findings) if not suppressed[k]]


def _label(sup: Suppression) -> str:
    if sup.kind == "front-matter":
        return "front matter `medlint: ignore`"
    return f"`medlint-{sup.kind}`" + (f" {', '.join(sup.selectors)}" if sup.selectors else "")


def apply(
    findings: list[Finding], article: Article, config: Config, ran: set[str]
) -> tuple[list[Finding], list[Violation]]:
    """Drop the findings a suppression covers; return the rest and violations about the suppressions themselves.

    ``ran`` is the set of rules that ran on this article: a suppression naming a rule that did not run
    cannot be judged unused.
    """
    plan = _plan(article)
    if not plan.all:
        return findings, []
    kept = _apply_plan(findings, plan)
    notes: list[Violation] = []
    for sup in plan.all:
        subject = article.text[sup.start : sup.end]
        if sup.unknown == ("<malformed>",):
            notes.append(
                Violation(
                    UNUSED,
                    sup.start,
                    sup.end,
                    "front matter `medlint` should be `{ignore: [rule, ...]}` with rule names or codes",
                    subject=subject,
                )
            )
            continue
        for name in sup.unknown:
            notes.append(
                Violation(
                    UNUSED,
                    sup.start,
                    sup.end,
                    f"{_label(sup)} names unknown rule or code {name!r}; see 'medlint rules'",
                    subject=f"{subject}\x00{name}",
                    fix=_without(article, sup),
                )
            )
        if sup.kind != "enable" and not sup.used and sup.rules and sup.rules <= ran:
            notes.append(
                Violation(
                    UNUSED,
                    sup.start,
                    sup.end,
                    f"{_label(sup)} suppresses nothing",
                    subject=subject,
                    fix=_removal(article, sup),
                )
            )
        if config.require_suppression_reason and sup.kind not in ("enable", "front-matter") and not sup.reason:
            notes.append(
                Violation(
                    NO_REASON,
                    sup.start,
                    sup.end,
                    f"{_label(sup)} gives no reason; add one after ' -- '",
                    subject=subject,
                )
            )
    for sup in plan.stray_enables:
        if sup.kind == "enable" and not sup.unknown:
            notes.append(
                Violation(
                    UNUSED,
                    sup.start,
                    sup.end,
                    f"{_label(sup)} has no matching `medlint-disable` before it",
                    subject=article.text[sup.start : sup.end],
                    fix=_removal(article, sup),
                )
            )
    # the file-wide suppressions may silence the reports about suppressions too
    silenced = frozenset().union(*(s.rules for s in plan.file_wide))
    notes = [v for v in notes if v.rule not in silenced]
    return kept, [v for v in notes if v.rule in ran]


def _removal(article: Article, sup: Suppression) -> Fix | None:
    """Remove a suppression comment, with its line when nothing else is on it."""
    if sup.kind == "front-matter" or article.format != "markdown":
        return None
    edit = delete_line_or_span(article.text, sup.start, sup.end)
    return Fix(applicability="safe", message="Remove the unused suppression comment", edits=[edit])


def _without(article: Article, sup: Suppression) -> Fix | None:
    """Remove the unknown rules from a comment that names known ones too."""
    if sup.kind == "front-matter" or article.format != "markdown":
        return None
    kept = [s for s in sup.selectors if s not in sup.unknown]
    if not kept:
        # a comment naming no rule medlint knows is most likely misspelt: the editor knows what it meant
        return None
    reason = f" -- {sup.reason}" if sup.reason else ""
    comment = f"<!-- medlint-{sup.kind} {', '.join(kept)}{reason} -->"
    edit = Edit(start=sup.start, end=sup.end, content=comment)
    unknown = ", ".join(repr(u) for u in sup.unknown)
    return Fix(applicability="safe", message=f"Remove {unknown} from the suppression comment", edits=[edit])


def suppression_comment(rule: str, indent: str = "") -> str:
    """The comment the editor's "disable this rule on this line" action inserts above the line."""
    return f"{indent}<!-- medlint-disable-next-line {rule} -- why this is acceptable -->\n"
