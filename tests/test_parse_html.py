"""The HTML parser: fixtures pinned by golden files, and the mapping of tags onto the Article."""

from __future__ import annotations

from datetime import date

import pytest

from lint.parse.html import parse_html
from tests.conftest import run_text
from tests.page_dump import PAGES, PINNED_RULES, check_golden, dump

FIXTURES = ["article.html", "same/dry-mouth.html"]


@pytest.mark.parametrize("name", FIXTURES)
def test_parse_golden(name: str) -> None:
    text = (PAGES / name).read_text(encoding="utf-8")
    check_golden(name.replace("/", "-") + ".parsed", dump(parse_html(text, name)))


@pytest.mark.parametrize("name", FIXTURES)
def test_findings_golden(name: str) -> None:
    text = (PAGES / name).read_text(encoding="utf-8")
    report = run_text(text, fmt="html", path=name, select=PINNED_RULES)
    lines = [f"{f.line}:{f.column}-{f.end_line}:{f.end_column} {f.rule} {f.message}" for f in report.findings]
    check_golden(name.replace("/", "-") + ".findings", "\n".join(lines) + "\n")


def test_sup_markers_become_bracketed_markers_at_their_digits() -> None:
    src = '<p>Rest eases pain.<sup><a href="#r1">1</a>,<a href="#r2">2</a></sup> Ice helps.<sup>3</sup></p>'
    a = parse_html(src, "a.html")
    (block,) = a.blocks
    assert block.text == "Rest eases pain.[1,2] Ice helps.[3]"
    opening = block.text.index("[1")
    assert src[block.source_offset(opening)] == "1"
    assert src[block.source_offset(block.text.index("3"))] == "3"


def test_superscripts_that_are_not_markers() -> None:
    a = parse_html("<p>An area of 2 m<sup>2</sup> and 10<sup>9</sup> cells per litre.</p>", "a.html")
    assert a.blocks[0].text == "An area of 2 m2 and 109 cells per litre."


def test_chrome_is_skipped_and_footer_disclaimer_is_found() -> None:
    src = (
        "<body><nav><p>Menu</p></nav><main><h1>Gout</h1><p>Gout causes sudden joint pain. [1]</p>"
        "<aside><p>Buy our supplement.</p></aside><script>var x = '<p>no</p>';</script></main>"
        "<footer><p>For informational purposes only; not a substitute for medical advice.</p></footer></body>"
    )
    a = parse_html(src, "a.html")
    assert [(b.kind, b.role, b.text) for b in a.blocks] == [
        ("heading", "body", "Gout"),
        ("paragraph", "body", "Gout causes sudden joint pain. [1]"),
        ("paragraph", "chrome", "For informational purposes only; not a substitute for medical advice."),
    ]
    report = run_text(src, fmt="html", path="a.html", select=["missing-disclaimer"])
    assert report.findings == []


def test_entities_map_to_the_entity_in_the_source() -> None:
    src = "<p>Salt &amp; water&nbsp;help.</p>"
    (block,) = parse_html(src, "a.html").blocks
    assert block.text == "Salt & water\xa0help."
    assert src[block.source_offset(block.text.index("&")) :].startswith("&amp;")
    assert src[block.source_offset(block.text.index("help")) :].startswith("help")


def test_references_list_with_backlinks_and_numbers() -> None:
    src = (
        "<h2>References</h2><ol start='3'><li><a href='#c3'>^</a> <a href='https://nhs.uk/gout'>Gout</a>. NHS.</li>"
        "<li value='7'><a href='https://doi.org/10.1000/xyz'>https://doi.org/10.1000/xyz</a></li></ol>"
    )
    a = parse_html(src, "a.html")
    gout, bare = a.sources
    assert (gout.number, gout.title, gout.url, gout.backlinks) == (3, "Gout", "https://nhs.uk/gout", 1)
    assert (bare.number, bare.title, bare.doi) == (7, "", "10.1000/xyz")
    assert a.sources_heading is not None


def test_table_cells_share_a_row() -> None:
    a = parse_html("<table><tr><th>Dose</th></tr><tr><td>500 mg</td><td>twice a day [1]</td></tr></table>", "a.html")
    assert [(b.kind, b.row) for b in a.blocks] == [("table_header", 1), ("table_cell", 2), ("table_cell", 2)]


def test_metadata_from_json_ld_and_meta_tags() -> None:
    src = (
        '<head><meta name="author" content="Lea Marx"><meta property="article:published_time" content="2024-03-01">'
        '<script type="application/ld+json">{"@graph": [{"@type": "WebPage", "dateModified": "2025-01-09",'
        ' "reviewedBy": {"name": "Omar Haddad", "honorificSuffix": "MD"}}]}</script></head>'
        "<body><h1>Gout</h1><p>Gout causes sudden joint pain. [1]</p></body>"
    )
    meta = parse_html(src, "a.html").metadata
    assert meta.title == "Gout"
    assert [p.name for p in meta.authors] == ["Lea Marx"]
    assert meta.reviewer is not None and meta.reviewer.credentials == ["MD"]
    assert (meta.published, meta.updated) == (date(2024, 3, 1), date(2025, 1, 9))
    start, _ = meta.spans["updated"]
    assert src[start:].startswith('"dateModified"')


def test_broken_html_still_parses() -> None:
    a = parse_html("<p>Unclosed <b>bold <i>italic</p><p>Next &bogus; line < 3 [2]<div", "a.html")
    assert [b.text for b in a.blocks] == ["Unclosed bold italic", "Next &bogus; line < 3 [2]"]


def test_character_references_keep_later_columns_exact() -> None:
    src = (
        "<h1>Gout</h1>\n"
        "<p>Uric acid &#x2264; 6&nbsp;mg/dL is the usual target &#91;2&#93;. "
        "Cherries cure gout in a week.</p>\n"
        '<h2>References</h2><ol><li><a href="https://example.org/gout">Gout care</a></li></ol>'
    )
    report = run_text(src, fmt="html", path="a.html", select=["CIT001", "CIT002"])
    line = src.splitlines()[1]
    found = {f.rule: f for f in report.findings}
    marker = found["unresolved-citation"]
    assert (marker.line, marker.column) == (2, line.index("&#91;") + 1)
    claim = found["uncited-claim"]
    assert (claim.line, claim.column) == (2, line.index("Cherries") + 1)
    assert claim.end_column == line.index("</p>") + 1


def test_crlf_nul_and_byte_order_mark_keep_offsets() -> None:
    src = "\ufeff<p>Rest\r\nhelps\x00 healing.</p>\r\n<p>Ice &amp; heat help.</p>"
    first, second = parse_html(src, "a.html").blocks
    assert (first.text, second.text) == ("Rest helps healing.", "Ice & heat help.")
    assert src[first.source_offset(first.text.index("helps")) :].startswith("helps")
    assert src[second.source_offset(second.text.index("heat")) :].startswith("heat")


def test_invalid_link_in_a_source_entry_is_no_url() -> None:
    src = '<p>Gout hurts. [1]</p><h2>References</h2><ol><li><a href="http://[oops/">A gout page</a></li></ol>'
    (source,) = parse_html(src, "a.html").sources
    assert (source.title, source.url, source.domain) == ("A gout page", None, None)
    report = run_text(src, fmt="html", path="a.html")
    assert "parse-error" not in {f.rule for f in report.findings}


def test_title_element_in_an_empty_body() -> None:
    article = parse_html("<html><body><title>Gout &amp; diet</title></body></html>", "a.html")
    assert (article.blocks, article.metadata.title, article.parse_problems) == ([], "Gout & diet", [])


@pytest.mark.parametrize(
    ("src", "texts"),
    [
        ("<p>Broken \ud800 text. Rest helps.</p>", ["Broken \ufffd text. Rest helps."]),
        ("<p>Before.</p><a href='x", ["Before."]),
        ("<p>Before.</p><!-- never closed <p>hidden</p>", ["Before."]),
        ("<p>a</>b</div>c</p>", ["abc"]),
        ("<p>x < 3 and y <3 [1]</p>", ["x < 3 and y <3 [1]"]),
        ("<div title='a > b'>Shown</div><p a=\"x>y\" b>Also</p>", ["Shown", "Also"]),
    ],
)
def test_tags_end_where_a_browser_ends_them(src: str, texts: list[str]) -> None:
    assert [b.text for b in parse_html(src, "a.html").blocks] == texts


def test_deep_nesting_is_read_to_the_end() -> None:
    src = "<div>Level text. " * 2000 + "<p>Last words.</p>" + "</div>" * 2000
    blocks = parse_html(src, "a.html").blocks
    assert blocks[-1].text == "Last words."
    assert sum(b.text.count("Level text.") for b in blocks) == 2000
