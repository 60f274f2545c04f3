"""What the analysis reads from markers and sentences, as the `--claims` data and the findings show it to a reviewer.

Each case writes an article, runs medlint on it and asserts what a reader of the report sees: the ids a
marker names, the entries it resolves to, which sentences it covers, and where a long paragraph is cut
for spaCy (cut between words, never inside one).
"""

from __future__ import annotations

import itertools
from typing import Any

import pytest

from lint.config import Config
from lint.engine import Engine, Options
from lint.io.inputs import Input
from lint.nlp import get_nlp
from lint.nlp.analyze import Analysis, analyze, make_doc, make_docs
from lint.parse import parse
from tests.conftest import TODAY, run_text


def _checked(text: str, fmt: str = "text") -> Any:
    engine = Engine(Config(), Options(select=["uncited-claim", "rule-error"], today=TODAY, with_claims=True))
    path = {"markdown": "a.md", "text": "a.txt", "html": "a.html"}[fmt]
    return next(engine.check_inputs([Input(path, text, fmt)]))  # type: ignore[arg-type]


def _numbered_sources(count: int) -> str:
    return "Sources\n\n" + "".join(
        f"{n}. Study number {n}. https://example.org/study/{n}\n" for n in range(1, count + 1)
    )


# --- flattened superscripts -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "ids"),
    [
        ("2-4", ["2", "3", "4"]),
        ("1,3-4", ["1", "3", "4"]),
        ("3-3", ["3"]),  # a range whose ends are equal names one entry
        ("1-51", [str(n) for n in range(1, 52)]),  # the longest range still read as citations
    ],
)
def test_a_flattened_superscript_range_names_each_entry_in_it(written: str, ids: list[str]) -> None:
    text = (
        f"Gout\n\nGout flares often start at night in the big toe.{written} Cherries may help.\n\n"
        + _numbered_sources(60)
    )
    report = _checked(text).report
    markers = report.markers or []
    assert [m.text for m in markers] == [written]
    assert markers[0].ids == ids
    assert markers[0].sources == ids and markers[0].unresolved == []
    claim = next(c for c in report.claims or [] if c.text.startswith("Gout flares"))
    assert claim.status == "cited"


@pytest.mark.parametrize("written", ["4-2", "1-52"])
def test_a_backwards_or_overlong_superscript_range_is_no_citation(written: str) -> None:
    # "4-2" or "1-52" after a sentence are figures of the text, not citations of entries 1 to 52
    text = (
        f"Gout\n\nGout flares often start at night in the big toe.{written} Cherries may help.\n\n"
        + _numbered_sources(60)
    )
    report = _checked(text).report
    assert report.markers == []
    claim = next(c for c in report.claims or [] if c.text.startswith("Gout flares"))
    assert claim.status == "uncited"


# --- author-year citations ----------------------------------------------------------------------

AUTHOR_YEAR = """# Gout

Gout flares often start at night (Silva, 2018). Cherries may lower the risk of a flare (Lind, 2016).

## References

{entries}
"""


@pytest.mark.parametrize(
    "entries",
    [
        # numbered entries, the number before the surname
        "1. Silva, R. (2018). Night-time gout flares. Rheumatology Notes, 12, 44-51.\n"
        "2. Lind, P. (2016). Cherries and gout. Diet and Joints, 4, 272.",
        # initials before the surname
        "- R. Silva (2018). Night-time gout flares. Rheumatology Notes, 12, 44-51.\n"
        "- P. Lind (2016). Cherries and gout. Diet and Joints, 4, 272.",
        # the title is a link: the author and year are read from the whole entry, not the link text
        "1. Silva R (2018). [Night-time gout flares](https://example.org/silva)\n"
        "2. Lind P (2016). [Cherries and gout](https://example.org/lind)",
    ],
    ids=["numbered", "initials first", "linked title"],
)
def test_an_author_year_citation_resolves_to_its_entry(entries: str) -> None:
    report = run_text(AUTHOR_YEAR.format(entries=entries), select=["unresolved-citation", "uncited-claim"])
    assert [(f.rule, f.message) for f in report.findings] == []


def test_an_author_year_citation_with_no_entry_is_reported_with_what_it_names() -> None:
    entries = "1. Silva, R. (2018). Night-time gout flares. Rheumatology Notes, 12, 44-51."
    text = AUTHOR_YEAR.format(entries=entries)
    report = run_text(text, select=["unresolved-citation"])
    line = text.splitlines()[2]
    column = line.index("(Lind, 2016)") + 1
    assert [(f.line, f.column, f.end_column, f.message) for f in report.findings] == [
        (
            3,
            column,
            column + len("(Lind, 2016)"),
            "Citation (Lind, 2016) matches no entry of the source list; add the entry or fix the citation",
        )
    ]


def test_an_organisation_named_as_author_cites_its_sentence_and_resolves_to_its_entry() -> None:
    # APA's group author: an organisation's name, a comma and the year, found by the name's first word
    text = (
        "# Gout\n\nGout flares often start at night (Mayo Clinic, 2023). Cherries may lower the risk of a flare "
        "(American College of Rheumatology, 2020a; Lind, 2016).\n\n## References\n\n"
        "- Mayo Clinic. (2023). Gout. https://example.org/gout\n"
        "- American College of Rheumatology. (2020a). Diet and gout. https://example.org/diet\n"
        "- Lind, P. (2016). Cherries and gout. Diet and Joints, 4, 272.\n"
    )
    report = run_text(text, select=["unresolved-citation", "uncited-claim", "unused-source"])
    assert [(f.rule, f.message) for f in report.findings] == []
    unresolved = run_text(text.replace("(Mayo Clinic, 2023)", "(Mayo Clinic, 2021)"), select=["unresolved-citation"])
    assert [f.message.split(";")[0] for f in unresolved.findings] == [
        "Citation (Mayo Clinic, 2021) names Mayo Clinic, whose entry in the source list is dated 2023, not 2021"
    ]


def test_an_organisation_cited_without_a_comma_is_a_citation_and_a_stage_with_a_year_is_none() -> None:
    # Harvard style leaves the comma out: "(Better Health Channel 2018)"; "(Stage 2, 2019)" names no author
    text = (
        "# Gout\n\nGout flares often start at night (Stage 2, 2019). Cherries may lower uric acid "
        "(Better Health Channel 2018).\n"
    )
    report = _checked(text, "markdown").report
    assert [(m.text, m.ids) for m in report.markers or []] == [("(Better Health Channel 2018)", ["Better 2018"])]


def test_a_columns_citation_with_the_journal_and_month_cites_its_sentence_and_resolves() -> None:
    # a newspaper column names the journal and month after the authors: "(Lind et al, Thyroid, March 2008)"
    text = (
        "# Thyroid tablets\n\nCoffee can block the absorption of levothyroxine (Lind et al, Thyroid, March 2008).\n\n"
        "## References\n\n- Lind, P., Cole, B. (2008). Coffee and levothyroxine. Thyroid, 18, 293.\n"
    )
    report = run_text(text, select=["unresolved-citation", "uncited-claim", "unused-source"])
    assert [(f.rule, f.message) for f in report.findings] == []
    moved = run_text(text.replace("March 2008", "March 2009"), select=["unresolved-citation"])
    assert [f.message.split(";")[0] for f in moved.findings] == [
        "Citation (Lind, 2009) names Lind, whose entry in the source list is dated 2008, not 2009"
    ]


# --- where a long paragraph is cut -----------------------------------------------------------------


def _pieces_of(text: str, chunk_chars: int) -> list[str]:
    article = parse(text, "long.md", "markdown")
    block = next(b for b in article.blocks if b.role == "body")
    pieces = []
    for chunk in make_docs(get_nlp(), article, chunk_chars=chunk_chars):
        assert chunk.blocks == [article.blocks.index(block)]
        pieces.append(chunk.doc.text)
    assert "".join(pieces) == block.text  # nothing lost, nothing read twice
    return pieces


def test_a_long_paragraph_with_no_sentence_end_is_cut_between_words() -> None:
    words = [f"word{n}" for n in range(400)]
    pieces = _pieces_of(" ".join(words) + "\n", 200)
    assert len(pieces) > 5
    for piece, after in itertools.pairwise(pieces):
        assert len(piece) <= 200
        assert piece.endswith(" ") and not after.startswith(" ")  # no word cut in two
        # cut at the last space that fits: the next word would not have fitted
        assert len(piece) + len(after.split(" ")[0]) + 1 > 200
    assert all(w in " ".join(pieces).split() for w in words)


def test_a_run_with_no_space_is_cut_at_the_chunk_size() -> None:
    pieces = _pieces_of("x" * 1000 + "\n", 300)
    assert [len(p) for p in pieces] == [300, 300, 300, 100]


def test_words_then_a_run_with_no_space_are_cut_inside_the_run_only() -> None:
    # the space before the run lies behind the cut already made: it is never cut at again
    text = "Gout is common. " + "y" * 900 + "\n"
    pieces = _pieces_of(text, 300)
    assert all(len(p) <= 300 for p in pieces)
    assert len(pieces) == 4


def test_a_chunked_paragraph_with_no_sentence_end_reads_like_the_whole() -> None:
    text = (
        "# Colds\n\n"
        + "colds and fevers come and go in winter " * 40
        + " [1]\n\n## Sources\n\n1. [Colds](https://example.org)\n"
    )
    article = parse(text, "colds.md", "markdown")
    nlp = get_nlp()
    whole_doc, indices = make_doc(nlp, article)
    whole = analyze(article, nlp(whole_doc), indices)
    chunked = Analysis()
    for chunk in make_docs(nlp, article, chunk_chars=400):
        analyze(article, nlp(chunk.doc), chunk.blocks, into=chunked, offsets=chunk.offsets)
    assert [m.text for m in chunked.markers] == [m.text for m in whole.markers] == ["[1]"]
    assert chunked.markers[0].start == whole.markers[0].start == text.index("[1]")


def test_the_claims_data_names_an_author_year_citation_by_surname_and_year() -> None:
    entries = "1. Silva, R. (2018). Night-time gout flares. Rheumatology Notes, 12, 44-51."
    text = AUTHOR_YEAR.format(entries=entries)
    report = _checked(text, "markdown").report
    paragraph = text.splitlines()[2]
    assert [(m.text, m.ids, m.sources, m.unresolved, m.block_start) for m in report.markers or []] == [
        ("(Silva, 2018)", ["Silva 2018"], ["1"], [], paragraph.index("(Silva")),
        ("(Lind, 2016)", ["Lind 2016"], [], ["Lind 2016"], paragraph.index("(Lind")),
    ]


# --- lists under a lead-in --------------------------------------------------------------------------

SOURCES_MD = "\n## Sources\n\n1. [Gout and side effects](https://example.org/gout)\n"


def _claims(text: str) -> dict[str, str]:
    return {c.text: c.status for c in _checked(text, "markdown").report.claims or []}


def test_a_marker_on_a_lead_in_covers_every_item_of_its_list_numbers_included() -> None:
    text = (
        "Common side effects of the medicine include[1]:\n\n"
        "- nausea in 3 of 10 people\n"
        "- Headaches usually fade within a week.\n"
        "- Hair loss affects 2 in 10 people.\n" + SOURCES_MD
    )
    assert _claims(text) == {
        "nausea in 3 of 10 people": "cited",  # a short item reads with its lead-in, numbers and all
        "Headaches usually fade within a week.": "cited",
        "Hair loss affects 2 in 10 people.": "cited",  # the lead-in's source is the list's source
    }
    assert run_text(text, select=["uncited-claim"]).findings == []
    # the same list without the lead-in's marker: every item is uncited
    bare = text.replace("include[1]:", "include:")
    assert set(_claims(bare).values()) == {"uncited"}


def test_a_full_sentence_item_with_a_marker_cites_itself_not_the_short_items_beside_it() -> None:
    text = (
        "Gout flares are often set off by:\n\n"
        "- drinking beer or spirits\n"
        "- eating a lot of red meat\n"
        "- Fasting for a long time raises uric acid in the blood. [1]\n" + SOURCES_MD
    )
    assert _claims(text) == {
        "drinking beer or spirits": "uncited",
        "eating a lot of red meat": "uncited",
        "Fasting for a long time raises uric acid in the blood. [1]": "cited",
    }
    findings = run_text(text, select=["uncited-claim"]).findings
    assert [(f.line, f.column) for f in findings] == [(3, 3)]
    assert 'the list under "Gout flares are often set off by:" (2 items)' in findings[0].message


def test_a_quoted_sentence_in_a_list_is_a_claim_of_its_own_not_one_of_the_short_items() -> None:
    text = (
        "Gout flares are often set off by:\n\n"
        "- drinking beer or spirits\n"
        "- eating a lot of red meat\n"
        '- Many doctors give one rule: "Fasting raises uric acid in the blood."\n'
    )
    findings = run_text(text, select=["uncited-claim"]).findings
    assert [(f.line, f.column) for f in findings] == [(3, 3), (5, 3)]
    assert "(2 items)" in findings[0].message
    assert 'has no source: "Many doctors give one rule' in findings[1].message


# --- bracket markers ------------------------------------------------------------------------------


def test_a_footnote_label_with_a_hyphen_is_one_id() -> None:
    text = "Gout flares often start at night.[^night-flares]\n\n[^night-flares]: [Gout](https://example.org/gout)\n"
    report = _checked(text, "markdown").report
    assert [(m.text, m.ids, m.unresolved) for m in report.markers or []] == [("[^night-flares]", ["^night-flares"], [])]
    assert run_text(text, select=["unresolved-citation"]).findings == []


@pytest.mark.parametrize(("written", "ids"), [("[1-100]", [str(n) for n in range(1, 101)]), ("[1-101]", ["1", "101"])])
def test_a_bracket_range_names_each_entry_up_to_a_hundred(written: str, ids: list[str]) -> None:
    # a range of more than a hundred entries is no range a writer means: its two ends are read as two ids
    sources = "".join(f"{n}. [Trial {n}](https://example.org/trial/{n})\n" for n in range(1, 102))
    text = f"Most trials agree that rest eases a flare. {written}\n\n## Sources\n\n{sources}"
    report = _checked(text, "markdown").report
    assert [m.ids for m in report.markers or []] == [ids]


# --- long articles in chunks ------------------------------------------------------------------------


def _chunked_and_whole(text: str, chunk_chars: int) -> tuple[Analysis, Analysis, int]:
    article = parse(text, "long.md", "markdown")
    nlp = get_nlp()
    whole_doc, indices = make_doc(nlp, article)
    whole = analyze(article, nlp(whole_doc), indices)
    chunked = Analysis()
    count = 0
    for chunk in make_docs(nlp, article, chunk_chars=chunk_chars):
        analyze(article, nlp(chunk.doc), chunk.blocks, into=chunked, offsets=chunk.offsets)
        count += 1
    return chunked, whole, count


def test_a_paragraph_longer_than_a_chunk_after_short_ones_is_read_like_the_whole() -> None:
    long = "Gout flares often start at night in the big toe and last a few days. " * 20
    text = f"Gout is a kind of arthritis. [1]\n\nCherries may help. [1]\n\n{long}[1]\n\n## Sources\n\n1. [Gout](https://example.org)\n"
    chunked, whole, count = _chunked_and_whole(text, 300)
    assert count > 3
    assert chunked.sentences == whole.sentences
    assert chunked.markers == whole.markers


def test_lists_and_tables_split_into_chunks_are_cited_as_in_the_whole() -> None:
    items = "".join(f"- pain in joint number {n}\n" for n in range(12))
    rows = "".join(f"| Dose {n} | Take 200 mg every 6 hours. | Works in 8 of 10 adults. [1] |\n" for n in range(6))
    text = (
        "# Gout\n\nGout flares are often set off by these[1]:\n\n"
        + items
        + "\n| Dose | How | Effect |\n| --- | --- | --- |\n"
        + rows
        + "\n## Sources\n\n1. [Gout](https://example.org)\n"
    )
    chunked, whole, count = _chunked_and_whole(text, 60)
    assert count > 3
    assert chunked.sentences == whole.sentences
    assert [s.covered for s in chunked.sentences] == [s.covered for s in whole.sentences]


@pytest.mark.parametrize(
    ("sentence", "markers"),
    [
        # a superscript glued to the end of a sentence's last word
        ("Gout flares are more common in older adults2. Cherries may help.", ["2"]),
        # after a full stop and a space, before the next sentence, even after a two-letter word
        ("Gout is common in the UK. 2 Cherries may help.", ["2"]),
        # a count that starts the next sentence is no citation
        ("Gout flares often start at night. 2 cups of cherries a day may help.", []),
        # nor is the number in a gene's name, however many entries the list has
        ("Changes in the BRCA2 gene raise the risk of breast cancer.1 Screening helps.", ["1"]),
        # glued to a word of four letters
        ("Walking eases back pain2. Cherries may help.", ["2"]),
        # a number glued inside a word is none, and the superscript after it still counts
        ("Oily fish is rich in omega3s and may protect the heart.2 Cherries may help.", ["2"]),
        # nor does a number its word labels
        ("Fish oil is rich in omega3 fats that may ease joint pain.2 Cherries may help.", ["2"]),
    ],
)
def test_a_flattened_superscript_is_told_from_a_number_in_the_text(sentence: str, markers: list[str]) -> None:
    text = f"Gout\n\n{sentence}\n\n" + _numbered_sources(3)
    assert [m.text for m in _checked(text).report.markers or []] == markers


@pytest.mark.parametrize(
    "sentence",
    [
        "Fish oil is rich in omega3 fats that may ease joint pain.",  # a word that labels its number
        "Joint damage shows on an X-ray (Fig.3) long before pain starts.",  # an abbreviation before its number
    ],
)
def test_a_number_that_a_word_labels_is_no_superscript(sentence: str) -> None:
    text = f"Gout\n\n{sentence}\n\n" + _numbered_sources(3)
    assert _checked(text).report.markers == []


@pytest.mark.parametrize(
    ("sentence", "markers"),
    [
        # with no numbered list to check against, only a number that ends its sentence counts
        ("Rest the joint for a day.2", ["2"]),
        ("Rest the joint for a day.2 Cherries may help.", ["2"]),
        ("Rest the joint for a day.2 tablets of paracetamol ease the ache.", []),
        # after a comma, mid-sentence: only in a page that cites at its sentence ends too
        ("As pain can stop you climbing stairs,2 it is worth managing.", []),
        ("Gout is common.1 As pain can stop you climbing stairs,2 it is worth managing. Rest helps.3", ["1", "2", "3"]),
        # a number after a comma that follows a number is part of that number, never a citation
        ("Gout is common.1 It affected 2,3 million people in 2019. Rest helps.3", ["1", "3"]),
    ],
)
def test_without_a_numbered_list_a_superscript_must_end_its_sentence(sentence: str, markers: list[str]) -> None:
    assert [m.text for m in _checked(f"Gout\n\n{sentence}\n").report.markers or []] == markers


def test_a_figure_that_is_no_citation_does_not_hide_the_superscripts_after_it() -> None:
    text = (
        "Gout\n\nGout flares often start at night in the big toe.4-2 Cherries may help.\n\n"
        "Losing weight slowly lowers uric acid.1\n\n" + _numbered_sources(3)
    )
    assert [m.text for m in _checked(text).report.markers or []] == ["1"]


# --- author-year citations and inline source notes -------------------------------------------------


def test_a_parenthesis_with_no_year_does_not_hide_the_citations_after_it() -> None:
    entries = "1. Silva, R. (2018). Night-time gout flares. Rheumatology Notes, 12, 44-51."
    text = (
        "# Gout\n\nGout (a kind of arthritis) often flares at night (Silva, 2018).\n\n## References\n\n"
        + entries
        + "\n"
    )
    report = _checked(text, "markdown").report
    assert [(m.text, m.sources) for m in report.markers or []] == [("(Silva, 2018)", ["1"])]


@pytest.mark.parametrize(
    "note",
    [
        "Reference: Gout Review. 2019; 8(2): 10-19.",  # named "Reference", with a year and a volume
        "Source: National survey of joint health, 2019.",  # a year alone is enough to look it up
        "Source: Joint health survey, issue 8(2).",  # a volume and issue alone too
    ],
)
def test_an_inline_source_note_cites_its_paragraph(note: str) -> None:
    text = f"# Gout and diet\n\nGout flares often start at night in the big toe. {note}\n\nLosing weight slowly lowers uric acid.\n"
    checked = _checked(text, "markdown")
    assert [m.text for m in checked.report.markers or []] == [note]
    states = {c.text.split(". ")[0]: c.status for c in checked.report.claims or []}
    assert states["Gout flares often start at night in the big toe"] == "cited"
    findings = run_text(text, select=["uncited-claim"]).findings
    assert [f.line for f in findings] == [5]


@pytest.mark.parametrize(
    ("sentence", "markers"),
    [
        ("The gland can become inflamed.¹ Cherries may help.", ["¹"]),
        ("It often follows within months²˒³. Cherries may help.", ["²˒³"]),
        ("Fatigue is common (see below).¹⁻³", ["¹⁻³"]),
        # a unit's power and a power of ten are no citations
        ("The field covered 20 cm² of skin.", []),
        ("Platelets under 50 × 10⁹/L need a review.", []),
    ],
)
def test_typed_superscript_digits_are_citations_but_a_power_is_not(sentence: str, markers: list[str]) -> None:
    text = f"Gout\n\n{sentence}\n\n" + _numbered_sources(3)
    assert [m.text for m in _checked(text).report.markers or []] == markers
