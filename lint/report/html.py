"""HTML output: the medical reviewer's report, rendered with Jinja2 (autoescape on) from the `--claims` report.

Two layouts, chosen by `--output`:

- a file ending in `.html` (or standard output): one self-contained page holding the overview and
  every article, its CSS and script inline; a small script shows one article at a time;
- any other path: a self-contained folder: `index.html` (the overview), `articles/<n>-<name>.html`
  (one page per article, no script) and the `report.css` they share, for sites with many articles.

Nothing is loaded from outside the page or folder, so the report works opened from disk. Only claims
that are not cited, and places a finding links to, carry an id: it keeps 100 articles under 2 MB.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import json
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup

from lint.io.inputs import REPORT_MARK
from lint.io.output import write_atomically
from lint.model import BlockInfo, ClaimInfo, FileReport, Finding, MarkerInfo, Person, Report, SourceInfo
from lint.report import RenderOptions, visible

STATUS_LABEL = {"error": "Errors", "warning": "Warnings", "pass": "Pass"}
SEVERITY_ICON = {"error": "✖", "warning": "▲", "info": "ℹ"}
CHECKLIST = (
    ("disclaimer", "Disclaimer"),
    ("red_flags", "Red-flag section (when to get help)"),
    ("author", "Author named"),
    ("reviewer", "Medical reviewer named, with credentials"),
    ("review_date", "Last reviewed date, current and in order"),
)
# a checklist line: its mark and the word after its label
CHECK_MARK = {"pass": ("✔", "yes"), "error": ("✖", "no"), "warning": ("▲", "check"), "info": ("ℹ", "note")}
CHECK_MARK["not-checked"] = ("–", "not checked")
_SAFE_SCHEMES = ("http", "https")
_CONTROL = re.compile(r"[\x00-\x20\x7f]+")


def safe_href(url: str | None) -> str | None:
    """The URL when it is a web link a reviewer may follow; None for `javascript:`, `data:` and the like."""
    if not url:
        return None
    # browsers ignore tabs, newlines and leading spaces in a scheme: so must we, before judging it
    scheme = urlsplit(_CONTROL.sub("", url)).scheme.lower()
    return url.strip() if scheme in _SAFE_SCHEMES else None


def json_for_script(data: object) -> Markup:
    """JSON that can sit inside `<script type="application/json">`: no `</script>`, `<!--` or `]]>` survives."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    text = text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
    text = text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    return Markup(text)


def person(p: Person | None) -> str:
    if p is None:
        return ""
    return ", ".join([p.name, *p.credentials])


def file_status(file: FileReport) -> str:
    severities = {f.severity for f in file.findings}
    return "error" if "error" in severities else "warning" if "warning" in severities else "pass"


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:60] or "article"


# --- the text of an article, cut into claims and markers --------------------------------------


@dataclass
class Piece:
    """A run of a block's text: plain, a citation marker, or a claim holding runs of its own."""

    kind: str  # "text" | "marker" | "claim"
    text: str = ""
    marker: int | None = None
    claim: int | None = None
    parts: list[Piece] = field(default_factory=list)


def _runs(text: str, start: int, end: int, markers: list[tuple[int, int, int]]) -> list[Piece]:
    """``text[start:end]`` as plain runs and the markers (start, end, index) that fall inside it."""
    pieces: list[Piece] = []
    at = start
    for m_start, m_end, index in markers:
        if m_start < at or m_end > end:
            continue
        if m_start > at:
            pieces.append(Piece("text", text[at:m_start]))
        pieces.append(Piece("marker", text[m_start:m_end], marker=index))
        at = m_end
    if at < end:
        pieces.append(Piece("text", text[at:end]))
    return pieces


def block_pieces(
    block: BlockInfo, claims: list[tuple[int, ClaimInfo]], markers: list[tuple[int, MarkerInfo]]
) -> list[Piece]:
    text = block.text
    spans = sorted((m.block_start, m.block_end, i) for i, m in markers)
    pieces: list[Piece] = []
    at = 0
    for index, claim in sorted(claims, key=lambda c: c[1].block_start):
        start, end = claim.block_start, claim.block_end
        if start < at:  # overlapping claims cannot happen; if they did, show the text once
            continue
        pieces.extend(_runs(text, at, start, spans))
        pieces.append(Piece("claim", claim=index, parts=_runs(text, start, end, spans)))
        at = end
    pieces.extend(_runs(text, at, len(text), spans))
    return pieces


# --- per-article view ---------------------------------------------------------------------------


@dataclass
class ArticleView:
    index: int
    anchor: str
    href: str  # from the overview
    file: FileReport
    status: str
    title: str
    counts: dict[str, int]
    row: str  # the id of its row in the overview
    rules: list[str]
    blocks: list[tuple[str, BlockInfo, list[Piece]]] = field(default_factory=list)
    source_anchor: dict[str, str] = field(default_factory=dict)
    finding_targets: list[tuple[Finding, str]] = field(default_factory=list)
    targets: set[str] = field(default_factory=set)  # anchors a finding links to: they need an id

    @property
    def readable(self) -> bool:
        return self.file.claims is not None and self.file.blocks is not None


def _finding_target(view: ArticleView, f: Finding) -> str:
    """The anchor of the place a finding is about: its claim, marker, source entry or block."""
    a, file = view.anchor, view.file
    for i, c in enumerate(file.claims or []):
        if (c.line, c.column) == (f.line, f.column):
            return f"{a}-c{i}"
    for i, m in enumerate(file.markers or []):
        if (m.line, m.column) == (f.line, f.column):
            return f"{a}-m{i}"
    for i, s in enumerate(file.sources or []):
        if (s.line, s.column) <= (f.line, f.column) <= (s.end_line, s.end_column):
            return f"{a}-s{i}"
    for i, b in enumerate(file.blocks or []):
        if b.line <= f.line <= b.end_line and not (f.line == 1 and f.column == 1):
            return f"{a}-b{i}"
    return f"{a}-check" if file.checklist is not None else a


def article_view(index: int, file: FileReport, href: str, anchor: str | None = None) -> ArticleView:
    """An article ready to render; ``anchor`` prefixes its ids (one per article on a page of many)."""
    anchor = anchor or f"a{index + 1}"
    counts = Counter(f.severity for f in file.findings)
    view = ArticleView(
        index=index,
        anchor=anchor,
        href=href,
        file=file,
        status=file_status(file),
        title=file.article.title or file.path,
        row=f"row-a{index + 1}",
        counts={s: counts.get(s, 0) for s in ("error", "warning", "info")},
        rules=sorted({f.rule for f in file.findings}),
    )
    # a marker names an entry by number or label; both lead to the entry
    for i, s in reversed(list(enumerate(file.sources or []))):
        for key in (s.id, str(s.number) if s.number is not None else None, s.label):
            if key is not None:
                view.source_anchor[key] = f"{anchor}-s{i}"
    if view.readable:
        claims_by_block: dict[int, list[tuple[int, ClaimInfo]]] = {}
        for i, c in enumerate(file.claims or []):
            if c.block is not None:
                claims_by_block.setdefault(c.block, []).append((i, c))
        markers_by_block: dict[int, list[tuple[int, MarkerInfo]]] = {}
        for i, m in enumerate(file.markers or []):
            markers_by_block.setdefault(m.block, []).append((i, m))
        for b, block in enumerate(file.blocks or []):
            pieces = block_pieces(block, claims_by_block.get(b, []), markers_by_block.get(b, []))
            view.blocks.append((f"{anchor}-b{b}", block, pieces))
    view.finding_targets = [(f, _finding_target(view, f)) for f in file.findings]
    view.targets = {target for _, target in view.finding_targets}
    return view


def overview_row(view: ArticleView) -> dict[str, Any]:
    """What the overview's script sorts and filters by: embedded as JSON, never as markup."""
    info, stats = view.file.article, view.file.stats
    return {
        "id": view.row,
        "title": view.title,
        "path": view.file.path,
        "status": view.status,
        "rules": view.rules,
        "errors": view.counts["error"],
        "warnings": view.counts["warning"],
        "infos": view.counts["info"],
        "claims": stats.claims,
        "coverage": stats.citation_coverage,
        "author": "; ".join(person(p) for p in info.authors),
        "reviewer": person(info.reviewer),
        "reviewed": info.updated.isoformat() if info.updated else "",
    }


# --- rendering ----------------------------------------------------------------------------------


def _finalize(value: object) -> object:
    """Every value printed into a page: article text shows its control and bidi characters as marks."""
    return visible(value) if isinstance(value, str) and not isinstance(value, Markup) else value


@functools.cache
def _environment() -> Environment:
    env = Environment(
        loader=PackageLoader("lint.report", "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        finalize=_finalize,
    )
    env.globals.update(
        verification_summary=verification_summary,
        VERIFICATION_LABEL=VERIFICATION_LABEL,
        title_differs=title_differs,
        safe_href=safe_href,
        person=person,
        STATUS_LABEL=STATUS_LABEL,
        SEVERITY_ICON=SEVERITY_ICON,
        CHECKLIST=CHECKLIST,
        CHECK_MARK=CHECK_MARK,
    )
    return env


# a source's verified state as the reviewer reads it: icon, words, badge class
VERIFICATION_LABEL: dict[str, tuple[str, str, str]] = {
    "ok": ("✔", "verified", "ok"),
    "redirected": ("ℹ", "moved to another site", "info"),
    "unverifiable": ("?", "could not be verified", "info"),
    "not-checked": ("?", "not checked", "info"),
    "dead": ("✖", "dead link", "error"),
    "unknown": ("✖", "unknown identifier", "error"),
    "mismatch": ("▲", "identifier names another paper", "warning"),
    "retracted": ("✖", "retracted", "error"),
}
# the words of the per-article summary line, singular and plural
_SUMMARY_WORDS: dict[str, tuple[str, str]] = {
    "ok": ("verified", "verified"),
    "dead": ("dead link", "dead links"),
    "redirected": ("moved", "moved"),
    "unknown": ("unknown identifier", "unknown identifiers"),
    "mismatch": ("mismatched identifier", "mismatched identifiers"),
    "retracted": ("retracted", "retracted"),
    "unverifiable": ("unverifiable", "unverifiable"),
    "not-checked": ("not checked", "not checked"),
}


def verification_summary(sources: list[SourceInfo] | None) -> str | None:
    """`12 sources: 10 verified, 1 dead link, 1 retracted`; None when the sources were not verified."""
    states = [s.verification.status for s in sources or [] if s.verification is not None]
    if not states:
        return None
    counts: Counter[str] = Counter(states)
    parts = [
        f"{counts[status]} {_SUMMARY_WORDS[status][counts[status] != 1]}" for status in _SUMMARY_WORDS if counts[status]
    ]
    return f"{len(states)} source{'s' if len(states) != 1 else ''}: {', '.join(parts)}"


def title_differs(source: SourceInfo) -> bool:
    """Show the title the identifier names: when it is another paper, or when the entry gives no title."""
    verification = source.verification
    if verification is None or not verification.title:
        return False
    return verification.status == "mismatch" or not source.title.strip(" .,;:-–—")


@functools.cache
def _asset(name: str) -> Markup:
    """Our own CSS or script, inlined so the page loads nothing else; comments and indentation dropped."""
    text = resources.files("lint.report").joinpath("templates", name).read_text(encoding="utf-8")
    if name.endswith(".css"):
        text = re.sub(r"/\*.*?\*/", "", text, flags=re.S)
    return Markup("\n".join(line.strip() for line in text.splitlines() if line.strip()))


def _views(report: Report, href: str) -> list[ArticleView]:
    views = []
    for i, file in enumerate(report.files):
        anchor = f"a{i + 1}"
        target = f"#{anchor}" if href == "#" else f"articles/{anchor}-{_slug(file.article.title or file.path)}.html"
        views.append(article_view(i, file, target))
    return views


STYLESHEET = "report.css"  # the folder layout's one shared file, beside index.html


def content_security_policy(script: str, stylesheet: bool = False) -> str:
    """Only our own script may run (by its hash), and nothing loads from anywhere: defence in depth behind escaping."""
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")
    styles = "'self' 'unsafe-inline'" if stylesheet else "'unsafe-inline'"
    return (
        f"default-src 'none'; script-src 'sha256-{digest}'; style-src {styles}; "
        "img-src 'none'; base-uri 'none'; form-action 'none'"
    )


def _page(template: str, report: Report, views: list[ArticleView], stylesheet: str = "", **extra: Any) -> str:
    """A page; with ``stylesheet`` (a relative URL) it links our CSS instead of carrying it."""
    env = _environment()
    rules = Counter(rule for v in views for rule in v.rules)
    script = _asset("report.js")
    return env.get_template(template).render(
        report=report,
        views=views,
        rules=sorted(rules.items()),
        data=json_for_script([overview_row(v) for v in views]),
        css=_asset("report.css"),
        stylesheet=stylesheet,
        script=script,
        csp=Markup(content_security_policy(str(script), bool(stylesheet))),  # ours: no article text in it
        generated=datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        report_mark=Markup(REPORT_MARK),
        **extra,
    )


def render(report: Report, options: RenderOptions) -> str:
    """One self-contained page: the overview and every article."""
    views = _views(report, "#")
    return _page("report.html.j2", report, views, mode="single", home="#overview")


def pages(report: Report) -> Iterator[tuple[str, str]]:
    """The folder layout as (relative path, page) pairs: `index.html`, one page per article, and the CSS they share.

    The pages share one stylesheet inside the folder, so the folder is self-contained and stays small.
    """
    views = _views(report, "articles/")
    yield "index.html", _page("report.html.j2", report, views, STYLESHEET, mode="index", home="#overview")
    for view in views:
        # alone on its page, an article needs no prefix that tells it from the others
        alone = article_view(view.index, view.file, view.href, anchor="a")
        page = _page("report.html.j2", report, [alone], f"../{STYLESHEET}", mode="article", home="../index.html")
        yield view.href, page
    yield STYLESHEET, str(_asset("report.css"))


def write(report: Report, options: RenderOptions, output: Path) -> list[Path]:
    """Write the report: one page when ``output`` ends in `.html`, otherwise a folder of pages."""
    if output.suffix.lower() in (".html", ".htm"):
        write_atomically(output, render(report, options))
        return [output]
    written = []
    for relative, page in pages(report):
        path = output / relative
        if path.parent.is_symlink():  # `articles/` linked elsewhere would carry the pages out of the folder
            raise OSError(f"{path.parent} is a symbolic link; medlint does not write through links")
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(path, page)
        written.append(path)
    return written
