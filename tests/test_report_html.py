"""`--claims` data and the HTML reviewer's report, read as a reviewer (and an attacker) would, without a browser."""

from __future__ import annotations

import base64
import hashlib
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner

from lint.cli import main
from lint.config import Config
from lint.engine import Engine, Options
from lint.io.inputs import Input
from lint.model import FileReport, Report
from lint.report import RenderOptions
from lint.report.html import json_for_script, pages, render, safe_href
from tests.conftest import ROOT, TODAY
from tests.report_fixtures import FIXTURES, SELECT, check_fixtures, with_hostile_urls


@pytest.fixture(scope="module")
def report() -> Report:
    return check_fixtures()


def _file(report: Report, name: str) -> FileReport:
    return next(f for f in report.files if f.path.endswith(name))


class Page(HTMLParser):
    """The tags, attributes, ids and text of a page, as a browser's parser sees them."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.ids: set[str] = set()
        self.scripts: list[str] = []
        self._script: list[str] | None = None
        self.feed(html)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if "id" in dict(attrs):
            self.ids.add(dict(attrs)["id"] or "")
        if tag == "script":
            self._script = []

    def handle_endtag(self, tag: str) -> None:
        if tag == "script" and self._script is not None:
            self.scripts.append("".join(self._script))
            self._script = None

    def handle_data(self, data: str) -> None:
        if self._script is not None:
            self._script.append(data)

    def all(self, tag: str) -> list[dict[str, str | None]]:
        return [attrs for t, attrs in self.tags if t == tag]

    def with_class(self, *classes: str) -> list[dict[str, str | None]]:
        return [a for _, a in self.tags if set(classes) <= set((a.get("class") or "").split())]


# --- the --claims data -------------------------------------------------------------------------


def test_claims_mark_uncited_and_broken_markers(report: Report) -> None:
    file = _file(report, "uncited.md")
    by_status = {s: [c.text for c in file.claims or [] if c.status == s] for s in ("cited", "uncited", "broken")}
    assert by_status["uncited"] == [
        "Heartburn affects about one in five adults every week.",
        "Losing weight reduces reflux symptoms in most people who are overweight.",
    ]
    assert by_status["broken"] == ["Antacids neutralise stomach acid and relieve symptoms within minutes. [7]"]
    broken = next(c for c in file.claims or [] if c.status == "broken")
    assert (broken.markers, broken.unresolved, broken.sources) == (["[7]"], ["7"], [])
    # a marker at the end of a paragraph covers the sentences before it (citation_scope = "block")
    lying = next(c for c in file.claims or [] if c.text.startswith("Lying down"))
    assert (lying.status, lying.sources) == ("cited", ["1"])


def test_claims_and_markers_point_at_their_text(report: Report) -> None:
    for file in report.files:
        blocks = file.blocks or []
        for claim in file.claims or []:
            assert claim.block is not None
            assert blocks[claim.block].text[claim.block_start : claim.block_end] == claim.text
        for marker in file.markers or []:
            assert blocks[marker.block].text[marker.block_start : marker.block_end] == marker.text


def test_source_states(report: Report) -> None:
    sources = {s.id: s for s in _file(report, "sources.md").sources or []}
    assert {i: s.cited for i, s in sources.items()} == {"1": 2, "2": 1, "3": 0, "4": 0}
    assert sources["3"].duplicate_of == "1"
    assert sources["1"].duplicate_of is None
    assert sources["3"].findings == ["duplicate-source", "unused-source"]
    markers = _file(report, "sources.md").markers or []
    assert [markers[m].text for m in sources["1"].cited_by] == ["[1]", "[1]"]
    untitled = {s.id: s for s in _file(report, "uncited.md").sources or []}["3"]
    assert (untitled.title, untitled.findings) == ("", ["empty-source-title"])


def test_checklist(report: Report) -> None:
    clean = _file(report, "clean.md").checklist
    assert clean is not None
    # the fixtures run without the metadata rules: those lines say so instead of "yes"
    assert {k: v.status for k, v in clean} == {
        "disclaimer": "pass",
        "red_flags": "pass",
        "author": "not-checked",
        "reviewer": "not-checked",
        "review_date": "not-checked",
    }


HEADER = "---\ntitle: Ankle sprains\nauthors: [Maya Lindqvist, RN]\n{meta}---\n\n# Ankle sprains\n\n"
BODY = (
    "Most ankle sprains heal within six weeks. [1]\n\n## When to get help\n\n"
    "Get urgent care if you cannot stand on the foot. [1]\n\n"
    "This article is for information only and is not a substitute for professional medical advice.\n\n"
    "## Sources\n\n1. [Sprains](https://www.nhs.uk/conditions/sprains-and-strains/)\n"
)
REVIEWER = "reviewer:\n  name: Tomas Okafor\n  credentials: MD\n"


def _checked(meta: str, body: str = BODY) -> FileReport:
    engine = Engine(Config(), Options(today=TODAY, with_claims=True))
    return next(engine.check_inputs([Input("a.md", HEADER.format(meta=meta) + body, "markdown")])).report


def _checklist_html(file: FileReport) -> dict[str, str]:
    page = render(Engine().report([file]), RenderOptions())
    return dict(
        re.findall(r'data-check="(\w+)"><span aria-hidden="true">[^<]*</span>[^<]*<strong>([^<]*)</strong>', page)
    )


@pytest.mark.parametrize(
    ("meta", "key", "status", "rule"),
    [
        (
            "reviewer: Editorial Team\npublished: 2026-01-10\nlast_reviewed: 2026-09-01\n",
            "reviewer",
            "warning",
            "missing-reviewer",
        ),
        (REVIEWER + "published: 2026-06-01\nlast_reviewed: 2026-02-01\n", "review_date", "error", "date-order"),
        (REVIEWER + "published: 2026-01-10\nlast_reviewed: 2027-03-01\n", "review_date", "error", "future-date"),
        (REVIEWER + "published: 2021-01-10\nlast_reviewed: 2022-03-01\n", "review_date", "warning", "stale-review"),
    ],
    ids=["team reviewer", "reviewed before published", "reviewed in the future", "stale review"],
)
def test_the_checklist_follows_the_findings(meta: str, key: str, status: str, rule: str) -> None:
    file = _checked(meta)
    assert rule in [f.rule for f in file.findings]
    assert file.checklist is not None
    item = getattr(file.checklist, key)
    assert (item.status, item.rules) == (status, [rule])
    others = {k for k, v in file.checklist if v.status != "pass"}
    assert others == {key}, file.findings
    shown = _checklist_html(file)
    assert shown[key] == {"error": "no", "warning": "check"}[status]
    assert all(word == "yes" for k, word in shown.items() if k != key)
    # the field the line judges is marked in the article's header too
    page = render(Engine().report([file]), RenderOptions())
    dd = re.search(rf"<dt>{'Reviewer' if key == 'reviewer' else 'Last reviewed'}</dt><dd>(.*?)</dd>", page)
    assert dd is not None and rule in dd.group(1)


def test_a_clean_article_ticks_every_line_and_shows_no_red_badge() -> None:
    file = _checked(REVIEWER + "published: 2026-01-10\nlast_reviewed: 2026-09-01\n")
    assert [f.rule for f in file.findings if f.severity != "info"] == []
    assert set(_checklist_html(file).values()) == {"yes"}
    page = render(Engine().report([file]), RenderOptions())
    top = page[page.index('<header class="top">') : page.index("</header>")]
    assert 'class="error"' not in top and 'class="warning"' not in top and "0 errors" in top
    findings = re.search(r"<dt>Findings</dt><dd>(.*?)</dd>", page)
    assert findings is not None and 'class="error"' not in findings.group(1)


def test_a_claim_with_a_malformed_marker_is_broken() -> None:
    body = BODY.replace("heal within six weeks. [1]", "heal within six weeks. [1,,2] Most people recover at home. [1]")
    file = _checked(REVIEWER + "published: 2026-01-10\nlast_reviewed: 2026-09-01\n", body)
    assert "malformed-citation" in [f.rule for f in file.findings]
    claim = next(c for c in file.claims or [] if c.text.startswith("Most ankle sprains"))
    assert claim.text == "Most ankle sprains heal within six weeks. [1,,2]" and claim.status == "broken"
    page = render(Engine().report([file]), RenderOptions())
    # the marker is shown struck out, inside the claim it breaks
    assert re.search(
        r'<mark class="broken"[^>]*>Most ankle sprains heal within six weeks\. <span class="mk bad"[^>]*>'
        r"<del[^>]*>⚠ \[1,,2\]",
        page,
    )


def test_json_without_claims_is_unchanged() -> None:
    result = CliRunner().invoke(main, ["check", str(FIXTURES / "clean.md"), "--format", "json"])
    file = json.loads(result.output)["files"][0]
    assert list(file) == ["path", "format", "article", "stats", "findings", "claims", "sources"]
    assert file["claims"] is None and file["sources"] is None


def test_json_with_claims_holds_what_the_html_shows() -> None:
    args = [
        "check",
        str(FIXTURES / "uncited.md"),
        "--format",
        "json",
        "--claims",
        *(arg for s in SELECT for arg in ("--select", s)),
    ]
    file = json.loads(CliRunner().invoke(main, args).output)["files"][0]
    assert {"claims", "sources", "blocks", "markers", "checklist"} <= set(file)
    assert [c["status"] for c in file["claims"]].count("uncited") == 2
    broken = next(m for m in file["markers"] if m["unresolved"] == ["7"])
    assert (broken["line"], broken["column"], broken["text"]) == (16, 71, "[7]")


# --- the page -------------------------------------------------------------------------------------


def test_the_page_loads_nothing_from_outside(report: Report) -> None:
    page = Page(render(report, RenderOptions()))
    assert not page.all("link") and not page.all("img") and not page.all("iframe")
    assert all("src" not in attrs for _, attrs in page.tags)
    assert len(page.all("script")) == 2  # the embedded data and our own script
    csp = next(a["content"] for a in page.all("meta") if a.get("http-equiv") == "Content-Security-Policy")
    assert csp is not None and "default-src 'none'" in csp
    digest = base64.b64encode(hashlib.sha256(page.scripts[1].encode()).digest()).decode()
    assert f"script-src 'sha256-{digest}'" in csp


def test_every_claim_marker_and_source_has_a_place(report: Report) -> None:
    page = Page(render(report, RenderOptions()))
    for n, file in enumerate(report.files, start=1):
        claims = file.claims or []
        assert {f"a{n}-c{i}" for i, c in enumerate(claims) if c.status != "cited"} <= page.ids
        assert {f"a{n}-m{i}" for i in range(len(file.markers or []))} <= page.ids
        assert {f"a{n}-s{i}" for i in range(len(file.sources or []))} <= page.ids
        uncited = [
            a
            for t, a in page.tags
            if t == "mark" and a.get("class") == "uncited" and (a.get("id") or "").startswith(f"a{n}-")
        ]
        assert len(uncited) == sum(c.status == "uncited" for c in claims)
    # every in-page link leads somewhere
    targets = [a["href"][1:] for a in page.all("a") if (a.get("href") or "").startswith("#")]  # type: ignore[index]
    assert targets and set(targets) <= page.ids | {"main"}


def test_marker_links_to_its_source_entry(report: Report) -> None:
    page = Page(render(report, RenderOptions()))
    n = next(i for i, f in enumerate(report.files, start=1) if f.path.endswith("clean.md"))
    marker = next(a for a in page.all("a") if a.get("id") == f"a{n}-m0")
    assert marker["href"] == f"#a{n}-s0"


def test_overview_data_survives_script_breaking_text(report: Report) -> None:
    html = render(report, RenderOptions())
    page = Page(html)
    data = page.scripts[0]
    assert "</" not in data and "<!--" not in data and "]]>" not in data
    rows = json.loads(data)
    titles = {row["path"].rsplit("/", 1)[-1]: row["title"] for row in rows}
    assert titles["injection.md"] == "Cold sores </script><script>window.__pwned = 'title'</script>"
    assert {row["status"] for row in rows} == {"pass", "warning", "error"}


def test_article_text_is_escaped(report: Report) -> None:
    html = render(with_hostile_urls(report), RenderOptions())
    page = Page(html)
    assert "<script>window" not in html
    assert "<img" not in html and "<svg" not in html and "<b>Bold" not in html
    assert all(not k.startswith("on") for _, attrs in page.tags for k in attrs)
    assert "&lt;script&gt;window.__pwned=&#39;code&#39;&lt;/script&gt;" in html  # shown, as text


def test_javascript_urls_never_become_links(report: Report) -> None:
    html = render(with_hostile_urls(report), RenderOptions())
    hrefs = [a.get("href") or "" for a in Page(html).all("a")]
    assert all(re.sub(r"[\x00-\x20]", "", h).lower().startswith(("#", "http:", "https:")) for h in hrefs), hrefs
    assert 'javascript:window.__pwned=&#39;href&#39; <span class="no">(not a web link)</span>' in html


@pytest.mark.parametrize(
    ("url", "href"),
    [
        ("https://www.nhs.uk/conditions/", "https://www.nhs.uk/conditions/"),
        ("http://example.org/a?b=1", "http://example.org/a?b=1"),
        ("javascript:alert(1)", None),
        (" JaVaScRiPt:alert(1)", None),
        ("java\tscript:alert(1)", None),
        ("java\nscript:alert(1)", None),
        ("data:text/html,<script>alert(1)</script>", None),
        ("vbscript:msgbox(1)", None),
        ("//evil.example/x", None),
        ("", None),
    ],
)
def test_safe_href(url: str, href: str | None) -> None:
    assert safe_href(url) == href


def test_json_for_script_round_trips() -> None:
    value = {"t": "</script><!-- <script> & \u2028 ]]>"}
    text = str(json_for_script(value))
    assert "<" not in text and ">" not in text and "&" not in text
    assert json.loads(text) == value


# --- the command ----------------------------------------------------------------------------------


def test_html_to_one_file(tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    result = CliRunner().invoke(main, ["check", str(FIXTURES), "--format", "html", "--output", str(out)])
    assert result.exit_code == 1, result.output  # the fixtures have errors
    html = out.read_text(encoding="utf-8")
    for title in ("Looking after a sprained ankle", "Heartburn after meals", "Hay fever in children"):
        assert title in html


def test_html_to_a_folder(tmp_path: Path, report: Report) -> None:
    out = tmp_path / "site"
    result = CliRunner().invoke(main, ["check", str(FIXTURES), "--format", "html", "--output", str(out)])
    assert result.exit_code == 1, result.output
    index = out / "index.html"
    links = [a["href"] for a in Page(index.read_text(encoding="utf-8")).all("a") if "articles/" in (a["href"] or "")]
    assert len(links) == 4
    for link in links:
        page = out / str(link)
        assert page.is_file()
        parsed = Page(page.read_text(encoding="utf-8"))
        assert [a["href"] for a in parsed.all("link")] == ["../report.css"] and len(parsed.all("article")) == 1
        assert not parsed.all("script")
        assert any((a["href"] or "").startswith("../index.html#row-") for a in parsed.all("a"))
    assert next(name for name, _ in pages(report)) == "index.html"
    assert (out / "report.css").is_file()


def test_folder_output_only_for_html(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        main, ["check", str(FIXTURES / "clean.md"), "--format", "json", "--output", str(tmp_path)]
    )
    assert result.exit_code == 2
    assert "only --format html writes a folder" in result.output


def test_unwritable_output_is_a_message(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    result = CliRunner().invoke(
        main, ["check", str(FIXTURES / "clean.md"), "--format", "html", "-o", str(blocker / "r.html")]
    )
    assert result.exit_code == 2
    assert "cannot write the report" in result.output and "Traceback" not in result.output


def test_site_articles_render(tmp_path: Path) -> None:
    out = tmp_path / "articles.html"
    result = CliRunner().invoke(main, ["check", str(ROOT / "articles"), "--format", "html", "-o", str(out)])
    assert result.exit_code == 0, result.output
    page = Page(out.read_text(encoding="utf-8"))
    assert len(page.all("article")) == len(list((ROOT / "articles").glob("*.md")))
    assert not [a for a in page.all("mark") if a.get("class") == "uncited" and a.get("id")]  # the legend has no id


def test_every_citation_style_renders_with_its_state(tmp_path: Path) -> None:
    article = tmp_path / "gout.md"
    article.write_text(
        "# Gout\n\nGout flares often start at night (Silva, 2018). Cherries may help (Okafor, 2020).\n\n"
        "Alcohol raises uric acid in most adults.1 Fasting can set off a flare. [1.]\n\n"
        "Weight loss lowers uric acid. Source: Joint Notes. 2019; 4(2): 10-19.\n\n"
        "## References\n\n1. Silva, R. (2018). Night-time gout flares. Rheumatology Notes, 12, 44-51.\n",
        encoding="utf-8",
    )
    out = tmp_path / "report.html"
    result = CliRunner().invoke(main, ["check", str(article), "--format", "html", "-o", str(out), "--fail-on", "never"])
    assert result.exit_code == 0, result.output
    html = out.read_text(encoding="utf-8")
    # the resolved author-year citation and superscript link to the entry; the others are struck out as broken
    assert re.search(r'<a id="[^"]+-m0" href="#[^"]+-s0">\(Silva, 2018\)</a>', html)
    assert re.search(r'<a id="[^"]+-m2" href="#[^"]+-s0">1</a>', html)
    assert "⚠ (Okafor, 2020)" in html
    assert "⚠ [1.]" in html
    assert "with broken markers" in html


def test_a_medical_review_older_than_the_update_is_shown_beside_it() -> None:
    engine = Engine(Config(), Options(today=TODAY, with_claims=True))
    page_text = "Gout\n\nPage last reviewed: 14 March 2023\nLast updated: 2 May 2024\n\nRest helps. [1]\n"
    file = next(engine.check_inputs([Input("gout.txt", page_text, "text")])).report
    page = render(Engine().report([file]), RenderOptions())
    assert re.search(r"<dt>Last reviewed</dt><dd>2024-05-02", page)
    assert "<dt>Medical review</dt><dd>2023-03-14</dd>" in page
    same = _checked(REVIEWER + "published: 2026-01-10\nlast_reviewed: 2026-09-01\n")
    assert "<dt>Medical review</dt>" not in render(Engine().report([same]), RenderOptions())
