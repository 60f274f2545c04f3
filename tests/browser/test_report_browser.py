"""The reviewer's report in a real headless Chromium: what a reviewer clicks, and that nothing injected runs.

Uses Debian's `chromium` at /usr/bin/chromium (never a downloaded browser). Without it the tests skip,
except in CI (`CI` set), where a missing browser is a failure.
"""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from lint.model import Report
from lint.report import RenderOptions
from lint.report.html import pages, render
from tests.report_fixtures import check_fixtures, with_hostile_urls

CHROMIUM = os.environ.get("MEDLINT_CHROMIUM", "/usr/bin/chromium")
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def _require_browser() -> None:
    missing = None
    if not (Path(CHROMIUM).is_file() or shutil.which(CHROMIUM)):
        missing = f"no Chromium at {CHROMIUM}"
    else:
        try:
            import playwright.sync_api  # noqa: F401
        except ImportError:
            missing = "playwright is not installed"
    if missing is None:
        return
    if os.environ.get("CI"):
        pytest.fail(f"{missing}: CI must run the browser tests", pytrace=False)
    pytest.skip(missing)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    _require_browser()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield chromium
        chromium.close()


@pytest.fixture(scope="module")
def artifacts(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Where screenshots go: MEDLINT_TEST_ARTIFACTS if set (CI uploads it), otherwise a temporary folder."""
    chosen = os.environ.get("MEDLINT_TEST_ARTIFACTS")
    if not chosen:
        return tmp_path_factory.mktemp("screenshots")
    path = Path(chosen)
    path.mkdir(parents=True, exist_ok=True)
    return path


@pytest.fixture(scope="module")
def report() -> Report:
    return with_hostile_urls(check_fixtures())


@pytest.fixture(scope="module")
def single_page(report: Report, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("report") / "report.html"
    path.write_text(render(report, RenderOptions()), encoding="utf-8")
    return path


class Watch:
    """What a page did that it must not: dialogs, script errors, blocked scripts."""

    def __init__(self, page: Any) -> None:
        self.dialogs: list[str] = []
        self.errors: list[str] = []
        page.on("dialog", self._dialog)
        page.on("pageerror", lambda exc: self.errors.append(str(exc)))
        page.on("console", lambda msg: self.errors.append(msg.text) if msg.type == "error" else None)

    def _dialog(self, dialog: Any) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()


@pytest.fixture
def page(browser: Any, single_page: Path) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    tab = context.new_page()
    tab.watch = Watch(tab)
    tab.goto(single_page.as_uri())
    yield tab
    context.close()


# the words of a claim as shown, without its label and citation markers
WORDS_WITHOUT_MARKERS = """e => {
  const copy = e.cloneNode(true);
  copy.querySelectorAll('a, .mk').forEach(x => x.remove());
  return copy.textContent.split(/\\s+/).filter(Boolean).join(' ');
}"""


def _rows(page: Any) -> dict[str, str]:
    """Visible overview rows: file name -> status label."""
    return page.eval_on_selector_all(
        "#articles tbody tr:not([hidden])",
        "rows => Object.fromEntries(rows.map(r => [r.querySelector('.path').textContent.split('/').pop(),"
        " r.querySelector('.st').textContent.trim()]))",
    )


# Waits go through Playwright's locator assertions, never `wait_for_function`: a polled string predicate
# is compiled in the page, which the report's CSP (no 'unsafe-eval') may refuse.
def _focused(page: Any, id: str) -> None:
    """Wait until the element with this id has the focus (hash changes are handled asynchronously)."""
    from playwright.sync_api import expect

    expect(page.locator(f"#{id}")).to_be_focused()


def _current(page: Any, anchor: str) -> None:
    """Wait until the article with this anchor is the one shown."""
    from playwright.sync_api import expect

    expect(page.locator(f"#{anchor}")).to_have_class(re.compile(r"(^|\s)cur(\s|$)"))


def _open(page: Any, report: Report, name: str) -> str:
    """Open an article from the overview by clicking its title; returns its anchor."""
    n = next(i for i, f in enumerate(report.files, start=1) if f.path.endswith(name))
    page.click(f"#row-a{n} a")
    _current(page, f"a{n}")
    return f"a{n}"


def test_overview_lists_every_article_with_its_status(page: Any, artifacts: Path) -> None:
    assert _rows(page) == {
        "clean.md": "✔ Pass",
        "injection.md": "✖ Errors",
        "sources.md": "▲ Warnings",
        "uncited.md": "✖ Errors",
    }
    assert page.is_visible("#overview") and not page.is_visible("article")
    page.screenshot(path=str(artifacts / "report-overview.png"))


def test_filtering_by_rule_hides_the_other_articles(page: Any) -> None:
    page.select_option("#f-rule", "duplicate-source")
    assert _rows(page) == {"sources.md": "▲ Warnings"}
    assert page.text_content("#f-count") == "1 of 4 articles"
    page.select_option("#f-rule", "empty-source-title")
    assert set(_rows(page)) == {"uncited.md"}
    page.select_option("#f-rule", "")
    page.select_option("#f-status", "error")
    assert set(_rows(page)) == {"injection.md", "uncited.md"}
    page.fill("#f-text", "heartburn")
    assert set(_rows(page)) == {"uncited.md"}
    page.click("#f-reset")
    from playwright.sync_api import expect

    expect(page.locator("#f-count")).to_have_text("4 of 4 articles")
    assert len(_rows(page)) == 4


def test_sorting_by_a_column(page: Any) -> None:
    page.click("th button[data-sort=errors]")  # numbers sort largest first: most errors on top
    assert page.get_attribute("th:has(button[data-sort=errors])", "aria-sort") == "descending"
    errors = page.eval_on_selector_all("#articles tbody tr", "rows => rows.map(r => +r.cells[2].textContent)")
    assert errors == sorted(errors, reverse=True) and errors[0] > 0
    page.click("th button[data-sort=errors]")
    assert page.get_attribute("th:has(button[data-sort=errors])", "aria-sort") == "ascending"
    titles = page.eval_on_selector_all("#articles tbody tr", "rows => rows.map(r => +r.cells[2].textContent)")
    assert titles == sorted(errors)


def test_clicking_a_marker_reaches_its_source_entry(page: Any, report: Report) -> None:
    a = _open(page, report, "clean.md")
    assert not page.is_visible("#overview")
    page.click(f"#{a}-m0")
    _focused(page, f"{a}-s0")
    assert page.evaluate("location.hash") == f"#{a}-s0"
    entry = page.locator(f"#{a}-s0")
    assert entry.is_visible() and "Sprains and strains" in entry.text_content()
    assert entry.evaluate("e => { const r = e.getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; }")
    # and back from the entry to a place that cites it
    entry.locator("a[href^='#']").first.click()
    _focused(page, f"{a}-m0")


def test_every_uncited_claim_is_marked(page: Any, report: Report) -> None:
    for n, file in enumerate(report.files, start=1):
        page.evaluate(f"location.hash = 'a{n}'")
        _current(page, f"a{n}")
        for status in ("uncited", "broken", "cited"):
            expected = [c.text for c in file.claims or [] if c.status == status]
            marks = page.locator(f"#a{n} .txt > :not(.legend) mark.{status}")
            assert marks.count() == len(expected), (file.path, status)
            for i in range(marks.count()):
                assert marks.nth(i).is_visible()
                label = marks.nth(i).evaluate("e => getComputedStyle(e, '::before').content")
                text = marks.nth(i).evaluate(WORDS_WITHOUT_MARKERS)
                # shown by an icon and a word (for cited claims, a word for screen readers only), not by colour alone
                assert (
                    label
                    == {"uncited": '"✖ uncited"', "broken": '"⚠ broken marker"', "cited": '"✔" / "cited: "'}[status]
                )
                assert text == " ".join(re.sub(r"\[[^\]]*\]", " ", expected[i]).split())


def test_a_finding_links_to_its_place(page: Any, report: Report) -> None:
    a = _open(page, report, "uncited.md")
    page.click(f"#{a}-findings li:has-text('CIT001') a")
    from playwright.sync_api import expect

    expect(page.locator("mark:focus")).to_have_count(1)
    assert page.evaluate("document.activeElement.className") == "uncited"


def test_nothing_injected_runs(page: Any, report: Report, artifacts: Path) -> None:
    a = _open(page, report, "injection.md")
    page.screenshot(path=str(artifacts / "report-injection.png"), full_page=True)
    for link in page.locator(f"#{a} :not(.back) > a[href^='#']").all():  # follow every link in the article
        link.click()
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.watch.dialogs == []
    assert page.watch.errors == []
    protocols = page.eval_on_selector_all("a[href]", "links => [...new Set(links.map(l => l.protocol))]")
    assert set(protocols) <= {"file:", "http:", "https:"}
    assert page.locator("img, svg, iframe, object, embed").count() == 0
    assert page.locator("script").count() == 2
    # the hostile URLs are shown to the reviewer as text
    assert "javascript:window.__pwned='href'" in page.locator(f"#{a}-s0").inner_text()
    assert page.evaluate("JSON.parse(document.getElementById('report-data').textContent)[1].title") == (
        "Cold sores </script><script>window.__pwned = 'title'</script>"
    )


def test_keyboard_reaches_an_article(page: Any, report: Report) -> None:
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Skip to content"
    n = next(i for i, f in enumerate(report.files, start=1) if f.path.endswith("sources.md"))
    page.focus(f"#row-a{n} a")
    page.keyboard.press("Enter")
    _current(page, f"a{n}")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "← All articles"
    page.keyboard.press("Enter")
    _focused(page, f"row-a{n}")
    assert page.is_visible("#overview")


def test_article_page_on_screen_and_in_print(page: Any, report: Report, artifacts: Path) -> None:
    a = _open(page, report, "uncited.md")
    page.screenshot(path=str(artifacts / "report-article.png"), full_page=True)
    page.emulate_media(media="print")
    assert page.is_visible(f"#{a}-text") and page.is_visible(f"#{a}-sources")
    assert not page.is_visible(f"#{a} .toc") and not page.is_visible(".top")
    page.pdf(path=str(artifacts / "report-article.pdf"))


def test_folder_layout(browser: Any, report: Report, tmp_path: Path) -> None:
    for relative, html in pages(report):
        (tmp_path / relative).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / relative).write_text(html, encoding="utf-8")
    context = browser.new_context()
    tab = context.new_page()
    watch = Watch(tab)
    tab.goto((tmp_path / "index.html").as_uri())
    assert len(_rows(tab)) == 4
    tab.select_option("#f-status", "warning")
    assert set(_rows(tab)) == {"sources.md"}
    tab.click("#articles tbody tr:not([hidden]) a")
    tab.wait_for_load_state()
    assert tab.url.endswith(".html") and "/articles/" in tab.url
    assert tab.is_visible("article") and "Hay fever in children" in tab.inner_text("h1")
    # the shared stylesheet in the folder applies: a state's label comes from it
    label = tab.eval_on_selector("article .txt p mark", "e => getComputedStyle(e, '::before').content")
    assert label == '"✔" / "cited: "'
    tab.click("article .txt a >> nth=0")
    assert tab.evaluate("location.hash").startswith("#a")
    tab.click(".back a")
    tab.wait_for_load_state()
    assert tab.url.split("#")[0].endswith("/index.html")
    assert watch.errors == [] and watch.dialogs == []
    context.close()
