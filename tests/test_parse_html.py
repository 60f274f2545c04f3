"""The HTML parser: fixtures pinned by golden files, and the mapping of tags onto the Article."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from lint.io.inputs import read
from lint.parse.html import parse_html
from tests.conftest import run_text
from tests.page_dump import PAGES, PINNED_RULES, check_golden, dump

# one page per common layout: an encyclopedia (MediaWiki), an ASP.NET page wrapped in a form, a
# WordPress news post, a hospital library page under a section banner, a public health service page,
# a government medical encyclopedia (sections in boxes, plain-text references, review date as a heading),
# a science news story (picture boxes with captions, a follow line, the publisher's boilerplate, an author bio)
FIXTURES = [
    "article.html",
    "same/dry-mouth.html",
    "html/encyclopedia.html",
    "html/aspnet-form.html",
    "html/health-news.html",
    "html/hospital-library.html",
    "html/public-service.html",
    "html/medical-encyclopedia.html",
    "html/science-news.html",
]


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


def _fixture(name: str) -> str:
    return (PAGES / "html" / name).read_text(encoding="utf-8")


def _uncited(src: str) -> list[str]:
    report = run_text(src, fmt="html", path="a.html", select=["CIT001"])
    return [f.message.split('"')[1] for f in report.findings]


def test_a_page_wrapped_in_a_form_is_read() -> None:
    src = _fixture("aspnet-form.html")
    article = parse_html(src, "a.html")
    body = [b.text for b in article.body_blocks]
    assert body[0].startswith("Shingles is a painful rash")
    assert "Find a Doctor | Locations | Careers | Pay My Bill" not in body
    assert not any("Travel Health" in text for text in body)
    assert "These effects pass without treatment." in _uncited(src)
    assert (article.metadata.title, article.metadata.updated) == ("Shingles Vaccine", date(2024, 1, 4))


def test_encyclopedia_furniture_is_never_a_claim() -> None:
    src = _fixture("encyclopedia.html")
    article = parse_html(src, "a.html")
    body = " ".join(b.text for b in article.body_blocks)
    for furniture in ("redirects here", "Redirected from", "Swollen toes", "gardener", "Dermatology", "Frostbite"):
        assert furniture not in body, furniture
    every = " ".join(b.text for b in article.blocks)
    for never_read in ("edit]", "citation needed", "Cold urticaria", "Categories", "Contents", "Jump to content"):
        assert never_read not in every, never_read
    assert _uncited(src) == [
        "Women are affected more often than men.",
        "Smoking also narrows the vessels and makes chilblains more…",
    ]


def test_encyclopedia_reference_list_with_backlinks() -> None:
    src = _fixture("encyclopedia.html")
    article = parse_html(src, "a.html")
    assert [(s.number, s.backlinks, s.url) for s in article.sources] == [
        (1, 2, "https://doi.org/10.1000/pernio.2019.44"),
        (2, 1, "https://www.example-health.org/conditions/chilblains"),
        (3, 1, None),
    ]
    assert article.sources[0].title == '"Cold-induced lesions of the extremities"'  # the title link, not the author's
    report = run_text(src, fmt="html", path="a.html", select=["CIT002", "SRC"])
    assert [f.rule for f in report.findings if f.rule in ("unresolved-citation", "unused-source")] == []


def test_title_is_the_article_heading_not_the_site_section() -> None:
    article = parse_html(_fixture("hospital-library.html"), "a.html")
    assert article.metadata.title == "Heartburn in pregnancy: what helps"
    banner = next(b for b in article.blocks if b.text == "Women's Health Center")
    assert banner.role == "chrome"
    assert "Care for every stage of life" not in [b.text for b in article.body_blocks]


def test_meta_title_when_the_only_h1_names_a_site_section() -> None:
    src = (
        '<head><title>Allergy Center | Example Health</title><meta property="og:title" content="Hay fever in children">'
        "</head><body><h1>Allergy Center</h1><p>Hay fever makes the eyes itch.</p></body>"
    )
    assert parse_html(src, "a.html").metadata.title == "Hay fever in children"


@pytest.mark.parametrize(
    ("name", "published", "updated"),
    [
        ("health-news.html", date(2025, 2, 3), date(2025, 6, 10)),  # <time> elements beside "Posted on"
        ("hospital-library.html", date(2021, 5, 12), date(2024, 8, 19)),  # last-reviewed meta, JSON-LD
        ("public-service.html", None, date(2024, 3, 12)),  # "Page last reviewed", not "Next review due"
        ("encyclopedia.html", date(2009, 2, 11), date(2025, 5, 3)),
    ],
)
def test_dates_from_time_elements_meta_tags_and_visible_lines(
    name: str, published: date | None, updated: date | None
) -> None:
    meta = parse_html(_fixture(name), "a.html").metadata
    assert (meta.published, meta.updated) == (published, updated)


@pytest.mark.parametrize(
    ("lang", "line", "expected"),
    [
        ("en-US", "Last reviewed: 04/01/2024", date(2024, 4, 1)),
        ("en-GB", "Last reviewed: 04/01/2024", date(2024, 1, 4)),
        ("en-US", "Review Date 5/17/2024", date(2024, 5, 17)),
        ("en-US", "Current as of: July 31, 2024", date(2024, 7, 31)),
        ("en-US", "Content last updated March 2023", date(2023, 3, 1)),
        ("en-GB", "Last updated: Tue 14 Mar 2023 09:12 GMT", date(2023, 3, 14)),
    ],
)
def test_labelled_date_lines(lang: str, line: str, expected: date) -> None:
    src = f'<html lang="{lang}"><body><h1>Gout</h1><p>{line}</p><p>Gout is a kind of arthritis.</p></body></html>'
    article = parse_html(src, "a.html")
    assert article.metadata.updated == expected
    assert [b.text for b in article.body_blocks] == ["Gout is a kind of arthritis."]


def test_time_element_labelled_updated() -> None:
    src = '<article><h1>Gout</h1><p>Updated <time datetime="2025-01-09">last winter</time></p><p>Text.</p></article>'
    assert parse_html(src, "a.html").metadata.updated == date(2025, 1, 9)


def test_densest_container_on_a_page_without_landmarks() -> None:
    story = "<p>Gout causes sudden, severe pain in a joint, most often the big toe, and can return.</p>" * 6
    src = (
        "<body><div class='top'><p>Welcome to our hospital. Parking is free on Sundays.</p></div>"
        f"<div class='wrap'><div class='story'><h1>Gout</h1>{story}</div>"
        "<div class='col'><p>Our clinics open at eight every weekday.</p></div></div></body>"
    )
    article = parse_html(src, "a.html")
    roles = {b.text: b.role for b in article.blocks}
    assert roles["Welcome to our hospital. Parking is free on Sundays."] == "chrome"
    assert roles["Our clinics open at eight every weekday."] == "chrome"
    assert len(article.body_blocks) == 6


def test_a_bold_paragraph_heads_the_source_list() -> None:
    src = (
        "<article><h1>Gout</h1><p>Cherries may lower the risk of attacks.<sup>1</sup></p>"
        "<p><strong>Sources:</strong></p><ol><li><a href='https://example.org/cherries'>Cherries and gout</a>. 2019.</li></ol>"
        "<p><b>See also</b></p><ul><li>Gout diet: what to eat and what to limit</li></ul></article>"
    )
    article = parse_html(src, "a.html")
    assert article.sources_heading is not None and article.sources_heading.text == "Sources:"
    assert [(s.number, s.title) for s in article.sources] == [(1, "Cherries and gout")]
    assert [b.text for b in article.body_blocks] == ["Cherries may lower the risk of attacks.[1]"]


@pytest.mark.parametrize(
    ("data", "text"),
    [
        (b'<meta charset="windows-1252"><p>Caf\xe9 \x93au lait\x94</p>', "Caf\u00e9 \u201cau lait\u201d"),
        (b'<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"><p>Caf\xe9</p>', "Caf\u00e9"),
        ("\ufeff<p>Caf\u00e9</p>".encode("utf-16"), "Caf\u00e9"),
        (b'\xef\xbb\xbf<meta charset="windows-1252"><p>Caf\xc3\xa9</p>', "Caf\u00e9"),  # the mark wins
    ],
)
def test_saved_page_in_its_declared_encoding(tmp_path: Path, data: bytes, text: str) -> None:
    page = tmp_path / "page.html"
    page.write_bytes(data)
    read_page = read(str(page))
    assert read_page.error is None and read_page.text is not None
    assert [b.text for b in parse_html(read_page.text, "page.html").blocks] == [text]


def test_a_source_list_folded_in_an_accordion() -> None:
    src = (
        "<article><h1>Gout</h1><p>Cherries may lower the risk of attacks.<sup>1</sup></p>"
        "<details><summary>References</summary><ol class='references' hidden>"
        "<li><a href='https://example.org/cherries'>Cherries and gout</a>. 2019.</li></ol></details></article>"
    )
    article = parse_html(src, "a.html")
    assert article.sources_heading is not None and article.sources_heading.text == "References"
    assert [(s.number, s.title) for s in article.sources] == [(1, "Cherries and gout")]


def test_credits_paragraph_read_sentence_by_sentence() -> None:
    src = (
        "<h1>Gout</h1><p>Written by the editorial staff. Medically reviewed by Jane Roe, MD, on May 3, 2024. "
        "Images provided by the clinic.</p><p>Gout is a kind of arthritis. It was reviewed by experts.</p>"
    )
    article = parse_html(src, "a.html")
    assert article.metadata.reviewer is not None and article.metadata.reviewer.name == "Jane Roe"
    assert article.metadata.updated == date(2024, 5, 3)
    assert [b.role for b in article.blocks] == ["body", "byline", "body"]


def test_sections_in_boxes_keep_their_source_list() -> None:
    article = parse_html(_fixture("medical-encyclopedia.html"), "a.html")
    assert article.metadata.title == "Ingrown toenail"
    assert article.metadata.updated == date(2024, 5, 17)  # from the heading "Review Date 5/17/2024"
    assert [s.title.split(".")[0] for s in article.sources] == ["Morales T, Quist H", "Wendt A"]
    assert not any("Fam Pract Rev" in b.text for b in article.body_blocks)


def test_layout_classes_on_the_page_itself_are_not_furniture() -> None:
    src = (
        "<body class='single sidebar-left share-enabled'><form class='related-form'><article class='post ad'>"
        "<h1>Gout</h1><p>Gout causes sudden joint pain.</p></article></form></body>"
    )
    assert [b.text for b in parse_html(src, "a.html").body_blocks] == ["Gout causes sudden joint pain."]


@pytest.mark.parametrize(
    ("head", "published", "updated"),
    [
        ('<meta property="article:modified_time" content="2025-03-04T10:00:00Z">', None, date(2025, 3, 4)),
        ('<meta name="last-reviewed" content="2024-11-30">', None, date(2024, 11, 30)),
        ('<meta itemprop="dateModified" content="2023-07-01">', None, date(2023, 7, 1)),
        ('<meta name="DC.date.issued" content="2020-01-15">', date(2020, 1, 15), None),
        ('<meta name="citation_publication_date" content="2019/05/20">', date(2019, 5, 20), None),
    ],
)
def test_dates_from_meta_tags(head: str, published: date | None, updated: date | None) -> None:
    meta = parse_html(f"<head>{head}</head><body><h1>Gout</h1><p>Gout hurts.</p></body>", "a.html").metadata
    assert (meta.published, meta.updated) == (published, updated)


def test_title_from_json_ld_headline_when_no_heading_names_it() -> None:
    src = (
        '<head><script type="application/ld+json">{"@type": "Article", "headline": "Living with gout"}</script>'
        "</head><body><h1>Conditions</h1><p>Gout hurts.</p></body>"
    )
    assert parse_html(src, "a.html").metadata.title == "Living with gout"


def test_a_news_dateline_dates_the_story_and_is_not_part_of_its_first_claim() -> None:
    src = (
        "<article><h1>Walking after meals</h1>\n"
        "<p>Sept. 9, 2021 -- A short walk after dinner lowered the rise in blood sugar\n"
        "    in a small trial of adults with prediabetes.</p></article>"
    )
    article = parse_html(src, "a.html")
    assert article.metadata.published == date(2021, 9, 9)
    dateline, story = article.blocks[1:]
    assert (dateline.role, dateline.text) == ("byline", "Sept. 9, 2021 --")
    assert src[dateline.start : dateline.end] == "Sept. 9, 2021 --"
    assert story.role == "body" and story.text.startswith("A short walk")
    # every character of the story keeps its place in the file, across the folded line break
    for i in (0, len(story.text) - 1, story.text.index("in a small")):
        assert src[story.source_offset(i)] == story.text[i]


def test_a_bare_date_in_a_table_is_data_not_the_page_date() -> None:
    infobox = (
        '<table class="infobox"><tr><th>Founded</th><td>February 28, 1998</td></tr></table>'
        "<p>The clinic treats sports injuries.</p>"
    )
    assert parse_html(infobox, "a.html").metadata.published is None
    labelled = "<table><tr><td>Last reviewed: 3 May 2024</td></tr></table><p>Ice eases a sprain.</p>"
    assert parse_html(labelled, "a.html").metadata.updated == date(2024, 5, 3)
    headed = "<table><tr><th>Founded</th><td>February 28, 1998</td></tr></table><p>The clinic treats sprains.</p>"
    assert parse_html(headed, "a.html").metadata.published is None
    layout = "<table><tr><td>March 3, 2023</td></tr><tr><td><p>Ice eases a sprain.</p></td></tr></table>"
    assert parse_html(layout, "a.html").metadata.published == date(2023, 3, 3)  # a layout table's date line


def test_a_picture_box_holds_a_caption_but_not_a_paragraph() -> None:
    story = "Warm baths ease stiff joints in the morning, and a short walk afterwards keeps them loose. " * 4
    src = (
        '<article><h1>Stiff joints</h1><div class="image-box"><img src="a.jpg" alt=""><em>A bath at dawn.</em></div>'
        f'<div class="image-box"><img src="b.jpg" alt=""><p>{story.strip()}</p></div>'
        '<table><tr><td><img src="c.jpg" alt=""></td></tr><tr><td>A walker on a beach.</td></tr></table>'
        '<div class="image-tip"><img src="/i/drop.png" width="24"><p>Drink water through the day.</p></div></article>'
    )
    roles = {b.text[:20]: b.role for b in parse_html(src, "a.html").blocks}
    assert roles == {
        "Stiff joints": "body",
        "A bath at dawn.": "chrome",
        story[:20]: "body",
        "A walker on a beach.": "chrome",
        "Drink water through ": "body",  # an icon beside a tip is no picture with a caption
    }


@pytest.mark.parametrize(
    ("paragraph", "furniture"),
    [
        ("Follow Jo Lee on Twitter and Facebook. Originally published on Example News.", True),
        ("Follow us @examplenews for daily tips.", True),
        ("Follow your doctor's advice on when to take the tablets.", False),
        ("Originally published on Example News. Ice eases swelling in the first two days.", False),
    ],
)
def test_follow_and_originally_published_lines_are_furniture(paragraph: str, furniture: bool) -> None:
    src = f"<article><h1>Sprains</h1><p>Ice eases swelling after a sprain.</p><p>{paragraph}</p></article>"
    block = parse_html(src, "a.html").blocks[-1]
    assert (block.role == "chrome") is furniture


def test_the_publishers_closing_boilerplate_is_furniture() -> None:
    paragraphs = "".join(f"<p>Point {n}: rest helps a sprained ankle heal.</p>" for n in range(4))
    src = (
        "<head><title>Ankle sprains | Example Health</title></head><body><article><h1>Ankle sprains</h1>"
        f"{paragraphs}<p>Example Health researchers found that early walking speeds recovery.</p>"
        "<p>Example Health is a nonprofit hospital group serving the coast.</p></article></body>"
    )
    roles = [b.role for b in parse_html(src, "a.html").blocks]
    assert roles[-2:] == ["body", "chrome"]


def test_an_unnumbered_source_list_is_numbered_by_the_markers_that_link_to_it() -> None:
    src = (
        '<article><h1>Gout</h1><p>Flares start at night.<sup><a href="#s2">2</a></sup>'
        ' Cherries may help.<sup><a href="#s1">1</a></sup></p>'
        '<h2>Sources</h2><ul><li id="s1">Neogi T. Gout. Ann Intern Med. 2016.</li>'
        '<li id="s2">Dalbeth N. Gout flares. Lancet. 2021.</li><li id="s9">Reading list: gout basics.</li></ul></article>'
    )
    assert [s.number for s in parse_html(src, "a.html").sources] == [1, 2, None]
    report = run_text(src, fmt="html", path="a.html", select=["CIT002"])
    assert [f.rule for f in report.findings] == []


@pytest.mark.parametrize("heading", ["Request an appointment", "Find a doctor", "Sign up for our newsletter"])
def test_a_call_to_action_section_is_furniture(heading: str) -> None:
    src = (
        "<main><h1>Heel pain</h1><h2>Symptoms</h2><p>Heel pain is worst with the first steps in the morning.</p>"
        f"<h3>{heading}</h3><p>There was a problem with the information you entered; check it and send it again.</p>"
        "<h2>Causes</h2><p>A tight calf muscle strains the band of tissue under the foot.</p></main>"
    )
    assert _uncited(src) == [
        "Heel pain is worst with the first steps in the morning.",
        "A tight calf muscle strains the band of tissue under the…",
    ]


@pytest.mark.parametrize(
    ("markup", "published", "updated"),
    [
        ("<dl><dt>Last reviewed</dt><dd>3 May 2024</dd></dl>", None, date(2024, 5, 3)),
        ("<table><tr><th>Page last updated:</th><td>04/17/2023</td></tr></table>", None, date(2023, 4, 17)),
        ("<p><strong>Published</strong></p><p>March 2022</p>", date(2022, 3, 1), None),
        ("<p>Reviewed by</p><p>3 May 2024</p>", None, None),  # a credit label is no date label
    ],
)
def test_a_date_under_its_label_in_an_element_of_its_own(
    markup: str, published: date | None, updated: date | None
) -> None:
    src = (
        f'<html lang="en-US"><body><main><h1>Gout</h1><p>Gout is a kind of arthritis.</p>{markup}</main></body></html>'
    )
    article = parse_html(src, "a.html")
    assert (article.metadata.published, article.metadata.updated) == (published, updated)
    assert [b.text for b in article.body_blocks if b.kind != "heading"][:1] == ["Gout is a kind of arthritis."]


@pytest.mark.parametrize(
    ("markup", "authors", "reviewer"),
    [
        ("<dl><dt>Author</dt><dd>Jane Doe</dd><dt>Reviewer</dt><dd>John Roe, MD</dd></dl>", ["Jane Doe"], "John Roe"),
        (
            '<div class="entry-meta"><a rel="category tag" href="/c">Heart Health</a> | By <a href="/a">Ann Smith</a></div>',
            ["Ann Smith"],
            None,
        ),
    ],
)
def test_people_in_terms_of_their_own_and_after_a_category_label(
    markup: str, authors: list[str], reviewer: str | None
) -> None:
    src = f'<html lang="en"><body><main><h1>Gout</h1>{markup}<p>Gout is a kind of arthritis.</p></main></body></html>'
    meta = parse_html(src, "a.html").metadata
    assert [a.name for a in meta.authors] == authors
    assert (meta.reviewer.name if meta.reviewer else None) == reviewer
    assert "Heart Health" not in [b.text for b in parse_html(src, "a.html").blocks]


@pytest.mark.parametrize(
    ("name", "published", "updated"),
    [
        ("cdc:last_updated", None, date(2023, 3, 15)),
        ("page-review-date", None, date(2023, 3, 15)),
        ("DC.Date.Issued", date(2023, 3, 15), None),
        ("next-review-date", None, None),
        ("keywords", None, None),
    ],
)
def test_meta_tags_a_site_names_its_own_way(name: str, published: date | None, updated: date | None) -> None:
    src = f'<head><meta name="{name}" content="2023-03-15"></head><body><h1>Gout</h1><p>Gout hurts.</p></body>'
    meta = parse_html(src, "a.html").metadata
    assert (meta.published, meta.updated) == (published, updated)


@pytest.mark.parametrize(
    ("h1", "title"),
    [
        ("Health Information Library", "Chest pain"),  # a site section over the article's own heading
        ("Chest pain: a guide", "Chest pain: a guide"),  # an article's title that ends like a section name
    ],
)
def test_a_site_section_h1_gives_way_to_the_articles_own_heading(h1: str, title: str) -> None:
    src = (
        f"<html><head><title>{h1} | Example Hospital</title></head><body><div class='banner'><h1>{h1}</h1></div>"
        "<div class='content'><h2>Overview</h2><h2>Chest pain</h2><p>Chest pain has many causes, from a strained"
        " muscle to a heart attack.</p></div></body></html>"
    )
    assert parse_html(src, "a.html").metadata.title == title


def test_a_source_list_named_by_its_aria_role() -> None:
    src = (
        '<article><h1>Gout</h1><p>Flares start at night.<sup><a role="doc-noteref" href="#n1">1</a></sup></p>'
        '<section role="doc-endnotes"><ol><li id="n1">Neogi T. Gout. Ann Intern Med. 2016.'
        ' <a role="doc-backlink" href="#r1">back</a></li></ol></section></article>'
    )
    article = parse_html(src, "a.html")
    assert [(s.number, s.backlinks) for s in article.sources] == [(1, 1)]
    assert _uncited(src) == []


@pytest.mark.parametrize("heading", ["Useful links", "Related health topics", "Find out more"])
def test_a_section_of_links_elsewhere_is_never_claims(heading: str) -> None:
    src = (
        "<main><h1>Gout</h1><p>Gout flares often start at night.</p>"
        f"<h2>{heading}</h2><ul><li>Gout affects about one adult in fifty, and men more often than women.</li></ul></main>"
    )
    assert _uncited(src) == ["Gout flares often start at night."]


def test_an_aria_heading_heads_a_section() -> None:
    src = (
        '<main><div role="heading" aria-level="1">Gout</div><p>Gout is a kind of arthritis.</p>'
        '<div role="heading" aria-level="2">When to call your doctor</div><p>Call if a joint is hot and red.</p></main>'
    )
    article = parse_html(src, "a.html")
    assert [(b.kind, b.level) for b in article.blocks if b.kind == "heading"] == [("heading", 1), ("heading", 2)]
    assert article.metadata.title == "Gout"


def test_a_section_folded_until_found_is_read_and_a_hidden_one_is_not() -> None:
    src = (
        "<main><h1>Gout</h1><h2>Causes</h2>"
        '<div hidden="until-found"><p>Uric acid crystals build up in a joint and inflame it.</p></div>'
        "<div hidden><p>Template text the page script fills in later.</p></div></main>"
    )
    assert [b.text for b in parse_html(src, "a.html").body_blocks if b.kind == "paragraph"] == [
        "Uric acid crystals build up in a joint and inflame it."
    ]


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Body clocks", "heading"),
        ("What are the symptoms of plantar fasciitis?", "heading"),
        # an interviewer's question of two sentences: no claim of the article's
        (
            "You ran three marathons a year before the pain began in your left heel. How did it change the way you train?",
            "heading",
        ),
        ("Runners often get heel pain. Stretching the calf helps most of them.", "paragraph"),
        ("Smoking doubles the risk of a stroke", "paragraph"),
        ("Rest the joint.", "paragraph"),
    ],
)
def test_a_short_bold_line_heads_a_section(line: str, kind: str) -> None:
    src = f"<main><h1>Heel pain</h1><p><strong>{line}</strong></p><p>Heel pain is common in runners.</p></main>"
    assert parse_html(src, "a.html").blocks[1].kind == kind


@pytest.mark.parametrize(
    "closing",
    [
        "Example Health has found that early walking speeds recovery.",
        "Example Health is studying whether early walking speeds recovery.",
    ],
)
def test_a_closing_claim_by_the_publisher_stays_a_claim(closing: str) -> None:
    paragraphs = "".join(f"<p>Point {n}: rest helps a sprained ankle heal.</p>" for n in range(4))
    src = (
        "<head><title>Ankle sprains | Example Health</title></head><body><article><h1>Ankle sprains</h1>"
        f"{paragraphs}<p>{closing}</p></article></body>"
    )
    assert parse_html(src, "a.html").blocks[-1].role == "body"


def test_a_plain_sources_line_heads_the_source_list() -> None:
    src = (
        "<article><h1>Gout</h1><p>Flares start at night.<sup>1</sup></p>"
        "<h2>How we reviewed this article:</h2><div><p>Sources</p>"
        "<ul><li>Neogi T. Gout. Ann Intern Med. 2016;165(1):ITC1-ITC16.</li></ul></div></article>"
    )
    article = parse_html(src, "a.html")
    assert [s.text for s in article.sources] == ["Neogi T. Gout. Ann Intern Med. 2016;165(1):ITC1-ITC16."]
    assert _uncited(src) == []


def test_a_layout_table_cell_with_a_heading_reads_as_paragraphs() -> None:
    src = (
        '<body><form id="aspnetForm"><table class="layout"><tr><td class="leftcol"><ul>'
        '<li><a href="/a">Conditions</a></li><li><a href="/b">Classes</a></li></ul></td>'
        '<td class="maincol"><div class="content"><h1>Kidney stones</h1><h2>Causes</h2>'
        "<p>Low water intake lets stones form.</p>"
        "<p>Citrus juice may slow the growth of some stones.</p></div></td></tr></table></form></body>"
    )
    kinds = {b.text: b.kind for b in parse_html(src, "a.html").blocks}
    assert kinds["Citrus juice may slow the growth of some stones."] == "paragraph"
    assert _uncited(src) == [
        "Low water intake lets stones form.",
        "Citrus juice may slow the growth of some stones.",
    ]


def test_a_data_table_keeps_its_cells() -> None:
    src = (
        "<main><h1>Doses</h1><table><tr><th>Age</th><th>Dose</th></tr>"
        "<tr><td><p>Adults</p></td><td><p>Two tablets</p></td></tr></table></main>"
    )
    kinds = [b.kind for b in parse_html(src, "a.html").blocks]
    assert kinds == ["heading", "table_header", "table_header", "table_cell", "table_cell"]


def test_a_review_date_in_the_sources_box_dates_the_page_and_is_no_source() -> None:
    src = (
        "<main><h1>Tick bites</h1><p>Remove a tick with fine tweezers.</p>"
        '<div class="page-sources"><span>Last Reviewed: 2 March 2021</span>'
        '<p>Source: <a href="/vector">Division of Vector Diseases</a></p></div></main>'
    )
    article = parse_html(src, "a.html")
    assert article.metadata.updated == date(2021, 3, 2)
    assert article.sources == []


def test_a_label_line_announces_several_clinicians_on_the_line_under_it() -> None:
    src = (
        "<main><h1>Shin splints</h1><p>Rest and ice ease shin pain.</p>"
        '<div class="credits"><p>Medical Review:</p>'
        "<p>Nora Quill, MD - Sports Medicine &amp; Piet Vos, MD - Orthopedics</p>"
        "<p>2019–2022 Authors</p><p>Lena Marsh, PhD, RN, Omar Teal, MSN, RN,</p></div></main>"
    )
    article = parse_html(src, "a.html")
    assert article.metadata.reviewer is not None and article.metadata.reviewer.name == "Nora Quill"
    assert src[slice(*article.metadata.spans["reviewer"])] == "Nora Quill, MD"
    assert [p.name for p in article.metadata.authors] == ["Lena Marsh", "Omar Teal"]


def test_a_hidden_tab_or_accordion_panel_is_read_and_a_hidden_notice_is_not() -> None:
    src = (
        '<main><h1>Sunburn</h1><div role="tabpanel" hidden><p>Aloe gel may soothe burnt skin.</p></div>'
        '<div class="accordion__panel" hidden><p>Shade limits further damage.</p></div>'
        "<div hidden><p>Your session has expired.</p></div></main>"
    )
    assert [b.text for b in parse_html(src, "a.html").body_blocks] == [
        "Aloe gel may soothe burnt skin.",
        "Shade limits further damage.",
    ]


@pytest.mark.parametrize(
    ("article_date", "updated"),
    [("<p>Last reviewed: 9 June 2022</p>", date(2022, 6, 9)), ("", date(2024, 5, 3))],
)
def test_a_site_footer_date_only_dates_a_page_without_its_own(article_date: str, updated: date) -> None:
    src = (
        f"<body><main><h1>Hay fever</h1><p>Pollen triggers sneezing in spring.</p>{article_date}</main>"
        "<footer><p>This page was last edited on 3 May 2024, at 10:12.</p></footer></body>"
    )
    assert parse_html(src, "a.html").metadata.updated == updated


def test_a_layout_table_cell_of_several_paragraphs_reads_as_paragraphs() -> None:
    src = (
        '<body><table><tr><td><a href="/">Home</a></td>'
        "<td><p>Salt raises blood pressure.</p><p>Daily walks lower blood pressure.</p></td></tr></table></body>"
    )
    blocks = parse_html(src, "a.html").blocks
    assert [(b.text, b.kind) for b in blocks[1:]] == [
        ("Salt raises blood pressure.", "paragraph"),
        ("Daily walks lower blood pressure.", "paragraph"),
    ]
    assert _uncited(src) == ["Salt raises blood pressure.", "Daily walks lower blood pressure."]


def test_a_date_under_its_label_may_carry_the_time_of_day() -> None:
    src = "<main><h1>Gout</h1><p>Cherries may ease gout.</p><dl><dt>Updated:</dt><dd>3/14/2021 9:05:12 AM</dd></dl></main>"
    meta = parse_html(src, "a.html").metadata
    assert (meta.updated, meta.published) == (date(2021, 3, 14), None)
    assert src[slice(*meta.spans["updated"])] == "3/14/2021"


def test_a_list_typed_as_lines_of_a_paragraph_is_read_as_its_items() -> None:
    src = "<main><h1>Colds</h1><p>Ease a cold with:<br>• warm drinks<br>- rest at home</p><p>- </p></main>"
    items = [b for b in parse_html(src, "a.html").blocks if b.kind == "list_item"]
    assert [b.text for b in items] == ["warm drinks", "rest at home"]
    assert [src[b.start : b.end] for b in items] == ["warm drinks", "rest at home"]


def test_lines_under_a_lead_in_are_its_items_and_other_lines_stay_paragraphs() -> None:
    src = (
        "<main><h1>Colds</h1><p>Signs include:<br>a blocked nose<br>a sore throat</p>"
        "<p>See a GP if you have:</p><p>a high fever<br>a rash</p>"
        "<p>Zinc may shorten a cold.<br>Honey may ease a cough.</p></main>"
    )
    kinds = [(b.kind, b.text) for b in parse_html(src, "a.html").blocks[1:]]
    assert kinds == [
        ("paragraph", "Signs include:"),
        ("list_item", "a blocked nose"),
        ("list_item", "a sore throat"),
        ("paragraph", "See a GP if you have:"),
        ("list_item", "a high fever"),
        ("list_item", "a rash"),
        ("paragraph", "Zinc may shorten a cold."),
        ("paragraph", "Honey may ease a cough."),
    ]


def test_a_scholarly_author_tag_names_family_then_given() -> None:
    head = (
        '<meta name="citation_author" content="Okafor, Grace N.">'
        '<meta name="citation_author" content="Brandt, Lukas">'
        '<meta name="author" content="Mara Lind, PhD">'
    )
    src = f"<html><head>{head}</head><body><main><h1>Asthma</h1><p>Inhalers ease wheezing.</p></main></body></html>"
    assert [p.name for p in parse_html(src, "a.html").metadata.authors] == [
        "Grace N. Okafor",
        "Lukas Brandt",
        "Mara Lind",
    ]


def test_the_label_of_a_details_box_heads_what_it_folds_away() -> None:
    src = (
        "<main><h1>Flu</h1><details><summary>How long does flu last?</summary>"
        "<p>Most people recover within a week.</p></details>"
        "<details><summary>Rest at home.</summary><p>Fluids help.</p></details></main>"
    )
    kinds = [(b.kind, b.text) for b in parse_html(src, "a.html").blocks[1:]]
    assert kinds == [
        ("heading", "How long does flu last?"),
        ("paragraph", "Most people recover within a week."),
        ("paragraph", "Rest at home."),
        ("paragraph", "Fluids help."),
    ]


def test_the_pages_own_citation_block_is_no_source_list() -> None:
    # journal platforms name the title, authors and DOI of the page "citation": how to cite it, not what it cites
    src = (
        '<main><div class="citation"><div class="citation__top">Original Research</div>'
        "<h1>Foot numbness after chemotherapy</h1><ul><li>Ana Ruiz, MD</li></ul></div>"
        '<div class="citation__doi"><a href="https://doi.org/10.1000/feet.2021.7">https://doi.org/10.1000/feet.2021.7</a></div>'
        "<p>Numbness in the feet affects a third of patients.[1]</p>"
        '<div class="references"><h2>References</h2><ol><li>Ruiz A. A survey of nerve pain. J Nerve Care. 2021.</li>'
        "</ol></div></main>"
    )
    article = parse_html(src, "a.html")
    assert [s.number for s in article.sources] == [1]
    assert article.metadata.title == "Foot numbness after chemotherapy"


@pytest.mark.parametrize(
    "tabs",
    [
        '<ul id="tab-links"><li class="current">Study Details</li><li><a href="/r">Tabular View</a></li></ul>',
        '<ul class="nav nav-tabs"><li>Study Details</li><li>Tabular View</li></ul>',
        '<div role="tablist"><span>Study Details</span><span>Tabular View</span></div>',
    ],
)
def test_a_strip_of_tab_labels_is_never_read(tabs: str) -> None:
    src = f"<main><h1>A trial of a nausea patch</h1>{tabs}<p>The patch is worn for three days.</p></main>"
    texts = [b.text for b in parse_html(src, "a.html").blocks]
    assert texts == ["A trial of a nausea patch", "The patch is worn for three days."]


def test_a_tab_list_whose_items_hold_the_panels_is_read() -> None:
    panel = "Most people feel queasy for a day or two after each cycle of treatment."
    src = f'<main><h1>Nausea</h1><ul class="tabs"><li><h2>How long it lasts</h2><p>{panel}</p></li></ul></main>'
    assert panel in [b.text for b in parse_html(src, "a.html").blocks]


def test_the_value_of_a_labelled_field_is_a_datum_not_a_claim() -> None:
    src = (
        "<main><h1>A trial of a nausea patch</h1><table>"
        "<tr><td>Enrollment :</td><td>40 participants with lung cancer</td></tr>"
        "<tr><td>Official Title:</td><td>A Pilot Study of a Nausea Patch in 40 Adults Having Chemotherapy</td></tr>"
        "<tr><td>Note:</td><td>Nausea affects 7 in 10 people having chemotherapy.</td></tr>"
        "</table></main>"
    )
    assert _uncited(src) == ["Nausea affects 7 in 10 people having chemotherapy."]


def test_a_linked_headline_in_a_related_box_heads_no_section() -> None:
    src = (
        "<main><h1>Nausea</h1><p>Ginger may ease mild nausea.</p>"
        '<div class="related-stories"><h2>Related Articles</h2>'
        '<a href="/a"><div><h3>Five foods for a queasy day</h3></div></a>'
        '<h3><a href="/b">When to call about vomiting</a></h3></div></main>'
    )
    report = run_text(src, fmt="html", path="a.html", select=["STR003"])
    assert report.findings == []


@pytest.mark.parametrize(
    ("box", "names"),
    [
        ('<div class="article-authors">Ana Ruiz, Li Wu, Omar Haddad</div>', ["Ana Ruiz", "Li Wu", "Omar Haddad"]),
        ('<ul class="loa"><li>Ana Ruiz,</li> <li>Li Wu</li></ul>', ["Ana Ruiz", "Li Wu"]),
        ('<div class="authors"><p>Our writers are nurses who care for patients.</p></div>', []),
    ],
)
def test_names_in_a_box_listing_the_authors_are_the_authors(box: str, names: list[str]) -> None:
    src = f"<main><h1>Urine tests for bladder cancer</h1>{box}<p>A urine test finds some cancers early.</p></main>"
    assert [p.name for p in parse_html(src, "a.html").metadata.authors] == names


def test_text_for_screen_readers_only_in_drupal_markup_is_never_read() -> None:
    src = (
        '<main><h2 class="element-invisible">You are here</h2><h1>Gout</h1>'
        "<p>Uric acid crystals inflame the joint.</p></main>"
    )
    assert [b.text for b in parse_html(src, "a.html").blocks] == ["Gout", "Uric acid crystals inflame the joint."]


def test_a_copyright_box_is_never_a_claim() -> None:
    src = (
        "<main><h1>Urine tests</h1><p>Most bladder cancers shed cells into the urine.</p>"
        '<div class="field-copyright">The author holds the copyright of this preprint. '
        "It is shared under a CC-BY-NC 4.0 International license.</div></main>"
    )
    assert _uncited(src) == ["Most bladder cancers shed cells into the urine."]


def test_an_author_and_a_date_on_one_byline_line() -> None:
    src = (
        "<main><h1>Iron deficiency</h1><p>Written by Ana Lima, MS on May 21, 2019</p>"
        "<p>Iron carries oxygen in the blood.</p><p>Written by Ana Lima, who moved to Porto on May 2, 2019.</p></main>"
    )
    meta = parse_html(src, "a.html").metadata
    assert ([p.name for p in meta.authors], meta.published) == (["Ana Lima"], date(2019, 5, 21))


CARDS = (
    '<ul><li><a href="/a">Anemia in teens</a><div>Medically reviewed by Omar Haddad, RD</div>'
    '<p><a href="/a">Teens who skip meals often lack iron.</a></p></li>'
    '<li><a href="/b">Eating for energy</a><div>Written by Li Wu, MS</div></li></ul>'
)


@pytest.mark.parametrize(
    ("after", "reviewer"),
    [
        (f"<h3>Read this next</h3>{CARDS}", None),
        ("<p>Reviewed by Sara Cole, MD</p>", "Sara Cole"),
    ],
)
def test_bylines_on_cards_under_the_article_name_other_articles_people(after: str, reviewer: str | None) -> None:
    src = (
        "<body><article><h1>Iron deficiency</h1><p>By Ana Lima</p><p>Iron carries oxygen in the blood.</p>"
        f"<p>Red meat is rich in iron.</p></article>{after}</body>"
    )
    meta = parse_html(src, "a.html").metadata
    assert [p.name for p in meta.authors] == ["Ana Lima"]
    assert (meta.reviewer.name if meta.reviewer else None) == reviewer


def test_numbers_linking_straight_to_the_papers_are_citation_markers() -> None:
    # "(1, 2)" whose numbers link to the studies themselves: the claim is cited, each link is its source
    src = (
        "<main><h1>Iron</h1><p>Iron deficiency affects a quarter of people worldwide "
        '(<a href="https://www.example.org/anaemia-report">1</a>, <a href="https://pubmed.ncbi.nlm.nih.gov/1234567/">2</a>).</p>'
        '<p>Liver is rich in iron (<span><a href="https://pubmed.ncbi.nlm.nih.gov/7654321/">3</a></span>).</p>'
        '<p>Our guide has <a href="https://www.example.org/recipes">12</a> recipes for 2 people.</p></main>'
    )
    article = parse_html(src, "a.html")
    assert [b.text for b in article.blocks[1:4]] == [
        "Iron deficiency affects a quarter of people worldwide ([1], [2]).",
        "Liver is rich in iron ([3]).",
        "Our guide has 12 recipes for 2 people.",  # a linked number in running text is no marker
    ]
    assert [(s.number, s.pmid) for s in article.sources] == [(1, None), (2, "1234567"), (3, "7654321")]
    assert not any(claim.startswith(("Iron deficiency", "Liver")) for claim in _uncited(src))
    # the page prints no source list: no entry is there to title, so no empty-title error per link
    assert run_text(src, fmt="html", path="a.html", select=["SRC002"]).findings == []


def test_an_unnumbered_source_list_takes_the_numbers_of_the_markers_linking_to_its_entries() -> None:
    src = (
        "<main><h1>Iron</h1><p>Liver is rich in iron "
        '(<a href="https://pubmed.ncbi.nlm.nih.gov/7654321/">2</a>).</p>'
        '<p>Spinach holds iron the body absorbs poorly (<a href="https://pubmed.ncbi.nlm.nih.gov/1234567">1</a>).</p>'
        '<h2>Sources</h2><ul><li><a href="https://pubmed.ncbi.nlm.nih.gov/1234567/">Iron from plants. J Nutr. 2010.</a></li>'
        '<li><a href="https://pubmed.ncbi.nlm.nih.gov/7654321/">Liver and iron. J Food. 2012.</a></li></ul></main>'
    )
    assert [(s.number, s.pmid) for s in parse_html(src, "a.html").sources] == [(1, "1234567"), (2, "7654321")]
    report = run_text(src, fmt="html", path="a.html", select=["CIT001", "CIT002", "SRC004"])
    assert report.findings == []


def test_a_dateline_whose_long_dash_touches_the_first_word_is_split_from_the_story() -> None:
    src = (
        "<article><h1>Tired all the time</h1>\n<p>March 3, 2022—Drained. Fatigue is common in treatment"
        " and can last for months after it ends.</p></article>"
    )
    article = parse_html(src, "a.html")
    assert article.metadata.published == date(2022, 3, 3)
    dateline, story = article.blocks[1:]
    assert (dateline.role, dateline.text) == ("byline", "March 3, 2022—")
    assert story.role == "body" and story.text.startswith("Drained.")


@pytest.mark.parametrize(
    "tail",
    [
        ' | <a href="#comments">7</a>',  # the count of readers' comments, linking down to them
        "&nbsp;|",  # a separator the template leaves after the date
        ' | <a href="#respond">3 Comments</a>',
    ],
)
def test_a_byline_ending_in_a_separator_or_a_comment_count_still_names_the_author_and_date(tail: str) -> None:
    src = (
        '<body><h2 class="headline">Salt and blood pressure</h2><p class="info"><span class="byline">By '
        f'<a href="/people/ann">Ann Lee</a></span> | <span class="date">March 3, 2015</span>{tail}</p>'
        "<p>Eating less salt lowers blood pressure in most adults.</p></body>"
    )
    article = parse_html(src, "a.html")
    assert ([p.name for p in article.metadata.authors], article.metadata.published) == (["Ann Lee"], date(2015, 3, 3))
    assert "[" not in article.blocks[1].text  # a comment count is no citation marker


def test_page_numbers_and_the_comment_form_are_furniture_not_claims() -> None:
    src = (
        "<body><article><h1>Walking after meals</h1><p>A short walk after eating lowers blood sugar.</p>"
        '<ul><li id="topPagination"><span>1</span> <a href="?page=2">2</a> <a href="?page=2">Next &gt;</a></li></ul>'
        '<div class="pager">Page 1 of 3</div></article>'
        '<div id="respond" class="comment-respond"><h3>Leave a Reply</h3>'
        "<p>You must be logged in to post a comment.</p></div>"
        '<ol class="comment-list"><li>My doctor says walking cured my diabetes in a week.</li></ol></body>'
    )
    claims = _uncited(src)
    assert claims == ["A short walk after eating lowers blood sugar."]


def test_a_sources_line_of_links_is_the_source_list_and_the_links_in_the_text_cite_it() -> None:
    # a blog's closing "Sources: <a>..</a>, <a>..</a>" line, the same pages linked from the sentences they support
    src = (
        "<body><article><h1>Night shifts and sleep</h1>"
        '<p>Night workers sleep less than day workers, <a href="https://www.example.org/shift-study">a survey found</a>.</p>'
        '<h3><a href="https://news.example.com/sleep">The Daily Post</a> looked at nurses</h3>'
        "<p>Blackout curtains help shift workers fall asleep "
        '(<a href="https://health.example.net/curtains/">Health Net</a>).</p>'
        '<p>Sources: <a href="https://health.example.net/curtains">Health Net</a>, '
        '<a href="https://www.example.org/shift-study">Sleep Survey</a> and '
        '<a href="https://news.example.com/sleep">The Daily Post</a>.</p></article></body>'
    )
    article = parse_html(src, "a.html")
    assert [(s.number, s.title) for s in article.sources] == [
        (2, "Health Net"),
        (1, "Sleep Survey"),
        (3, "The Daily Post"),
    ]
    assert article.blocks[1].text == "Night workers sleep less than day workers, a survey found[1]."
    assert article.blocks[2].text == "The Daily Post looked at nurses"  # a heading cites nothing
    report = run_text(src, fmt="html", path="a.html", select=["CIT001", "SRC001", "CIT003", "CIT004"])
    assert report.findings == []
    assert [f.rule for f in run_text(src, fmt="html", path="a.html", select=["SRC004"]).findings] == ["unused-source"]


def test_a_line_that_only_mentions_sources_is_no_source_list() -> None:
    src = (
        "<body><article><h1>Vitamin D</h1><p>Sources: sunlight, oily fish and eggs give "
        '<a href="https://www.example.org/d">vitamin D</a> and <a href="https://www.example.org/e">more</a>.</p></article></body>'
    )
    assert parse_html(src, "a.html").sources == []


@pytest.mark.parametrize(
    ("itemprop", "title"),
    [
        (' itemprop="headline"', "Three habits that protect your kidneys"),
        ("", "Kidney health: what your doctor wants you to know"),  # no mark: the page's own title says
    ],
)
def test_the_heading_the_page_marks_as_its_headline_is_the_title_over_a_social_title(itemprop: str, title: str) -> None:
    src = (
        '<html><head><meta property="og:title" content="Kidney health: what your doctor wants you to know"></head>'
        f"<body><article><h1{itemprop}>Three habits that protect your kidneys</h1>"
        "<p>Drinking enough water helps the kidneys clear waste.</p></article></body></html>"
    )
    assert parse_html(src, "a.html").metadata.title == title


@pytest.mark.parametrize(
    ("credit", "authors"),
    [
        # a byline the reader has no words for, but marked up as the article's author
        (
            '<nav class="post-by">Compiled by <a href="/staff/ann"><span itemprop="author" itemscope '
            'itemtype="https://schema.org/Person"><span itemprop="name">Ann Lee</span></span></a> and wires</nav>',
            ["Ann Lee"],
        ),
        ('<div>Compiled by <span itemprop="author">Ann Lee</span></div>', ["Ann Lee"]),
        ("<div>Compiled by the news desk</div>", []),
    ],
)
def test_the_author_the_markup_marks_names_the_author(credit: str, authors: list[str]) -> None:
    src = (
        f"<body><article><h1>Clinics extend flu jab hours</h1>{credit}"
        "<p>Clinics across the region will offer flu vaccinations in the evenings from next week, the health board said.</p>"
        '</article><ul class="more-news"><li><a href="/b">Hospital parking fees drop</a> '
        '<span itemprop="author">Omar Haddad</span></li></ul></body>'
    )
    assert [p.name for p in parse_html(src, "a.html").metadata.authors] == authors


def test_an_expert_comment_box_in_the_article_is_still_read() -> None:
    src = (
        "<body><article><h1>New asthma inhaler</h1><p>The inhaler was approved this week.</p>"
        '<div class="expert-comment"><p>Inhaled steroids reduce asthma attacks in children.</p></div></article></body>'
    )
    assert "Inhaled steroids reduce asthma attacks in children." in _uncited(src)


def test_the_link_the_page_marks_rel_author_names_the_author() -> None:
    src = (
        '<body><article><h1>Gout</h1><p class="meta">Posted <time datetime="2022-08-09">Aug 9</time> by '
        '<a rel="author" href="/team/ann">Ann Lee</a></p>'
        "<p>Gout causes sudden pain in the joint of the big toe, often at night.</p></article></body>"
    )
    meta = parse_html(src, "a.html").metadata
    assert ([p.name for p in meta.authors], meta.published) == (["Ann Lee"], date(2022, 8, 9))


@pytest.mark.parametrize(
    "box",
    [
        '<div class="writer-bio"><p>Li Wu is a dietitian who has written about kidney health for ten years.</p></div>',
        '<div class="bio_card"><p>Li Wu is a dietitian who has written about kidney health for ten years.</p></div>',
        '<p class="img-caption">Kidney stones form when minerals build up in the urine.</p>',
        '<div class="article-image__caption">Kidney stones form when minerals build up in the urine.</div>',
    ],
)
def test_a_box_named_for_a_bio_or_a_caption_holds_no_claims(box: str) -> None:
    src = (
        f"<body><article><h1>Kidney stones</h1><p>Drinking water lowers the risk of kidney stones.</p>{box}"
        "</article></body>"
    )
    assert _uncited(src) == ["Drinking water lowers the risk of kidney stones."]


@pytest.mark.parametrize("heading", ["Article Sources", "Medical References", "Show references"])
def test_a_qualified_sources_heading_heads_the_source_list(heading: str) -> None:
    src = (
        "<body><article><h1>Flu</h1><p>The flu vaccine lowers the risk of a hospital stay.[1]</p>"
        f"<h2>{heading}</h2><p>Our editors rely on peer-reviewed studies.</p>"
        "<ol><li>Public Health Agency. Influenza vaccine effectiveness. 2023.</li></ol></article></body>"
    )
    assert [s.number for s in parse_html(src, "a.html").sources] == [1]
    assert run_text(src, fmt="html", path="a.html", select=["SRC001", "CIT001", "CIT002"]).findings == []


def test_a_rail_beside_the_article_holds_no_claims() -> None:
    src = (
        '<body><main><div class="content"><h1>Blood pressure</h1><p>Cutting salt lowers blood pressure.</p></div>'
        '<div class="right-rail"><h3>Trending</h3><p>Walking daily halves the risk of dying early.</p></div></main></body>'
    )
    assert _uncited(src) == ["Cutting salt lowers blood pressure."]


def test_the_hcard_of_a_blog_post_names_its_author() -> None:
    src = (
        '<body><article><h1>Gout</h1><div class="entry-meta"><span class="posted-on">Posted on <a href="/p">'
        '<time datetime="2023-03-03">March 3, 2023</time></a></span><span class="byline"> by '
        '<span class="author vcard"><a class="url fn n" href="/author/ann">Ann Lee</a></span></span></div>'
        "<p>Gout causes sudden pain in the joint of the big toe, often at night.</p></article></body>"
    )
    meta = parse_html(src, "a.html").metadata
    assert ([p.name for p in meta.authors], meta.published) == (["Ann Lee"], date(2023, 3, 3))


def test_a_page_feedback_box_holds_no_claims() -> None:
    src = (
        "<body><article><h1>Asthma</h1><p>Asthma makes the airways swell and narrow.</p>"
        '<div class="page-feedback"><p>Was this page helpful?</p><button>Yes</button><button>No</button>'
        "<p>Thank you. Your answers help us improve this page.</p></div></article></body>"
    )
    assert _uncited(src) == ["Asthma makes the airways swell and narrow."]


@pytest.mark.parametrize(
    ("top", "authors"),
    [
        ('<p class="author-name">Ann Lee</p><p class="post-meta">March 3, 2024</p>', ["Ann Lee"]),
        ('<p class="post-meta">Share this page</p>', []),  # no name
        ("", []),  # only the card under the article names someone
    ],
)
def test_a_name_alone_in_the_byline_box_above_the_text_is_the_author(top: str, authors: list[str]) -> None:
    src = (
        f"<body><article><h1>Gout</h1>{top}"
        "<p>Gout causes sudden pain in the joint of the big toe, often at night, and can last for days.</p>"
        '</article><div class="card"><p class="author">Omar Haddad</p></div></body>'
    )
    assert [p.name for p in parse_html(src, "a.html").metadata.authors] == authors


def test_a_panel_a_heading_button_opens_is_read_even_when_hidden() -> None:
    src = (
        "<body><article><h1>Flu</h1><p>The flu vaccine lowers the risk of a hospital stay.[1]</p>"
        '<h2><button aria-expanded="false" aria-controls="sec-refs">Sources</button></h2>'
        '<div id="sec-refs" hidden><ol><li>Public Health Agency. Influenza vaccine effectiveness. 2023.</li></ol></div>'
        '<button aria-controls="menu">Menu</button><div id="menu" hidden><p>Flu shots are free this week.</p></div>'
        "</article></body>"
    )
    article = parse_html(src, "a.html")
    assert [s.number for s in article.sources] == [1]
    assert not any("free this week" in b.text for b in article.blocks)  # a menu button's panel stays unread


@pytest.mark.parametrize(
    ("line", "titles"),
    [
        (
            "<p>SOURCES: Ann Lee, MD, Riverside Hospital; Journal of Sleep Studies, May 2, 2020.</p>",
            ["Ann Lee, MD, Riverside Hospital", "Journal of Sleep Studies, May 2, 2020"],
        ),
        (
            "<p><strong>Sources</strong>: Sleep Council; National Sleep Survey 2019.</p>",
            ["Sleep Council", "National Sleep Survey 2019"],
        ),
        ("<p>Sources: naps, late coffee and screens all cut into sleep; so does noise.</p>", []),  # prose, not a list
    ],
)
def test_a_labelled_sources_paragraph_lists_its_entries(line: str, titles: list[str]) -> None:
    src = f"<body><article><h1>Sleep</h1><p>Adults who sleep under six hours a night have more colds.</p>{line}</article></body>"
    article = parse_html(src, "a.html")
    assert [s.text for s in article.sources] == titles
    assert bool(run_text(src, fmt="html", path="a.html", select=["SRC001"]).findings) == (not titles)


def test_links_in_the_text_to_the_pages_a_bulleted_sources_list_names_cite_those_entries() -> None:
    src = (
        "<body><article><h1>Coffee and sleep</h1>"
        '<p>Caffeine can keep people awake for hours, <a href="https://pubmed.ncbi.nlm.nih.gov/111/">a 2013 study</a> found.</p>'
        '<p>Decaf still holds a little caffeine, <a href="https://www.example.gov/decaf">the agency</a> says.</p>'
        '<h2>Sources</h2><ul><li><a href="https://www.example.gov/decaf">Decaf facts</a></li>'
        '<li><a href="https://pubmed.ncbi.nlm.nih.gov/111">Caffeine and sleep. J Sleep. 2013.</a></li>'
        '<li><a href="https://www.example.org/other">Further reading on tea</a></li></ul></article></body>'
    )
    article = parse_html(src, "a.html")
    assert [(s.number, s.pmid) for s in article.sources] == [(2, None), (1, "111"), (3, None)]
    assert run_text(src, fmt="html", path="a.html", select=["CIT001", "CIT002", "CIT004"]).findings == []
    unused = run_text(src, fmt="html", path="a.html", select=["SRC004"]).findings
    assert [f.message.split(" is")[0] for f in unused] == ["Source 3"]


def test_a_social_title_that_is_the_sites_own_gives_way_to_the_articles_heading() -> None:
    src = (
        '<html><head><meta property="og:title" content="Breaking News, Analysis, Video - Example Times">'
        '<meta property="og:site_name" content="Example Times"></head>'
        "<body><article><h1>Salt intake and stroke</h1>"
        "<p>Eating less salt lowers the risk of a stroke.</p></article></body></html>"
    )
    assert parse_html(src, "a.html").metadata.title == "Salt intake and stroke"


@pytest.mark.parametrize(
    ("credit", "credentials"),
    [
        ("<p>Medically reviewed by</p><p>Jane Roe</p><p>MD, FACP</p>", "MD, FACP"),
        ("<div>Medically reviewed by</div><div>Jane Roe</div><div>MD, FACP</div>", "MD, FACP"),
        ("<p>Reviewed by <a href='/team/jane-roe'>Jane Roe</a><br>MD</p>", "MD"),
        ("<p>Reviewed by <a href='/team/jane-roe'>Jane Roe</a><br>MD, FACP</p>", "MD, FACP"),
        (
            "<div class='credit'><span>Medically reviewed by</span> <a href='/jr'>Jane Roe</a><br>"
            "<span>MD, FACP</span></div>",
            "MD, FACP",
        ),
    ],
)
def test_a_reviewers_credentials_on_the_element_after_the_name_are_the_reviewers(credit: str, credentials: str) -> None:
    page = (
        f"<html><body><article><h1>Managing Night Sweats</h1>{credit}"
        "<p>Night sweats often ease after a few months of hormone therapy. [1]</p></article></body></html>"
    )
    a = parse_html(page, "page.html")
    assert a.metadata.reviewer is not None
    assert (a.metadata.reviewer.name, a.metadata.reviewer.credentials) == ("Jane Roe", credentials.split(", "))
    assert next(b for b in a.blocks if b.text == credentials).role == "byline"
    # the page text a browser copy gives of the same credit reads the same
    text = f"Managing Night Sweats\n\nMedically reviewed by\nJane Roe\n{credentials}\n\nNight sweats often ease. [1]\n"
    assert run_text(text, fmt="text").article.reviewer == a.metadata.reviewer


def test_an_authors_credentials_on_the_element_after_the_name_are_the_authors() -> None:
    page = (
        "<html><body><article><h1>Managing Night Sweats</h1><p>Written by</p><p>Ana Lima</p><p>RN, BSN</p>"
        "<p>Night sweats often ease after a few months of hormone therapy. [1]</p></article></body></html>"
    )
    a = parse_html(page, "page.html")
    assert [(p.name, p.credentials) for p in a.metadata.authors] == [("Ana Lima", ["RN", "BSN"])]
    # a line that is no credential list stays text
    other = page.replace("<p>RN, BSN</p>", "<p>Night sweats are common.</p>")
    assert [(p.name, p.credentials) for p in parse_html(other, "page.html").metadata.authors] == [("Ana Lima", [])]


def test_a_lone_mark_out_of_order_does_not_use_up_the_search_for_moved_text() -> None:
    from lint.parse.html import Scan, _Walker

    page = (
        "<body><p>Page 1 | 2 | 3</p><p>Moved paragraph about flu shots.</p>"
        + "<p>Filler text that only pads the page out.</p>" * 40
        + "</body>"
    )
    walker = _Walker(page, Scan(page))
    walker.cursor = len(walker.stream.text) - 10
    budget = walker.budget
    # a lone "|" or "1" behind the cursor would match anywhere: it is not looked for, and costs nothing
    assert walker.place("|") is None and walker.place("1") is None
    assert walker.budget == budget
    # a run long enough to be found again is still found where it stands
    at = walker.place("Moved paragraph about flu shots.")
    assert at is not None and walker.stream.text.startswith("Moved paragraph", at)
