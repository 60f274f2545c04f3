"""What every parser reads the same way from a page (who wrote and reviewed it, when, the source entries) and the
source lines a text report prints under its findings."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from lint.cli import main
from lint.parse import parse

BODY = "\n\nGout flares often start at night in the big toe.\n"


@pytest.mark.parametrize(
    ("line", "name", "credentials"),
    [
        ("Medically reviewed by Jane Roe MD PhD", "Jane Roe", ["MD", "PhD"]),  # credentials with no comma, in order
        ("Medically reviewed by Jane Roe, M.D., PhD", "Jane Roe", ["MD", "PhD"]),  # dotted initials read as one
        ("Medically reviewed by Jane Roe, PharmD, Clinical Pharmacist", "Jane Roe", ["PharmD"]),
        # a surname that spells a credential in title case stays the name's
        ("Medically reviewed by Betty Tsai Do, MD", "Betty Tsai Do", ["MD"]),
        ("Medically reviewed by Betty Tsai DO", "Betty Tsai", ["DO"]),
    ],
)
def test_a_reviewer_line_gives_the_name_and_credentials_as_printed(
    line: str, name: str, credentials: list[str]
) -> None:
    article = parse(f"Gout\n\nWritten by Ana Ortiz\n{line}{BODY}", "gout.txt", "text")
    reviewer = article.metadata.reviewer
    assert reviewer is not None
    assert (reviewer.name, reviewer.credentials) == (name, credentials)


def test_the_committee_a_writer_chairs_is_no_second_author() -> None:
    line = "Written by Jane Roe, MD, Chair, Practice Quality Improvement Committee"
    article = parse(f"Gout\n\n{line}{BODY}", "gout.txt", "text")
    assert [(p.name, p.credentials) for p in article.metadata.authors] == [("Jane Roe", ["MD"])]


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("Last updated 2024-03-01", date(2024, 3, 1)),
        ("Last updated: 13/12/2022", date(2022, 12, 13)),  # only day-first is a date: 13 is no month
        ("Last updated: 12/13/2022", date(2022, 12, 13)),  # only month-first is
        ("Last updated: March 1, 2024", date(2024, 3, 1)),
        ("Last updated: 1 March 2024", date(2024, 3, 1)),
    ],
)
def test_an_update_line_gives_its_date(line: str, day: date) -> None:
    article = parse(f"Gout\n\nWritten by Ana Ortiz\n{line}{BODY}", "gout.txt", "text")
    assert article.metadata.updated == day


@pytest.mark.parametrize("line", ["Last updated: 13/13/2022", "Last updated: 2024-02-30"])
def test_an_impossible_date_is_no_date(line: str) -> None:
    article = parse(f"Gout\n\nWritten by Ana Ortiz\n{line}{BODY}", "gout.txt", "text")
    assert article.metadata.updated is None


def test_source_entries_keep_a_label_that_is_not_their_number_and_read_a_printed_domain() -> None:
    text = (
        "# Gout\n\nGout flares often start at night in the big toe. [1] [PM13] [3]\n\n## Sources\n\n"
        "1. [1] Gout basics (www.nhs.uk)\n"
        "2. [PM13] Gout review. https://www.example.org/review\n"
        "3. [4] Diet and gout (diet.example.org).\n"
    )
    article = parse(text, "gout.md", "markdown")
    got = [(s.number, s.label, s.ids, s.domain, s.title) for s in article.sources]
    assert got == [
        (1, None, ("1",), "nhs.uk", "Gout basics"),  # "[1]" repeats the entry's number: no label of its own
        (2, "PM13", ("2", "PM13"), "example.org", "Gout review"),
        (3, "4", ("3", "4"), "diet.example.org", "Diet and gout"),
    ]


@pytest.mark.parametrize("newline", ["\r\n", "\n", "\r"])
def test_show_source_prints_the_finding_line_without_its_line_break(newline: str, tmp_path: Path) -> None:
    # the claim is on the last line, which has no line break after it
    lines = ["# Gout", "", "Gout flares often start at night.", "", "About 4 percent of adults have gout."]
    path = tmp_path / "gout.md"
    path.write_bytes(newline.join(lines).encode())
    out = CliRunner().invoke(main, ["check", str(path), "--show-source", "--select", "uncited-claim"]).stdout
    shown = [line for line in out.splitlines() if " | " in line and line[0].isdigit()]
    assert shown == ["3 | Gout flares often start at night.", "5 | About 4 percent of adults have gout."]
    assert "\r" not in out


def test_a_lone_surrogate_in_an_article_is_read_as_the_replacement_character_in_place() -> None:
    # a lone surrogate cannot be printed in any report: one U+FFFD for it keeps every offset after it
    text = "# Gout\n\nGout flares \ud800 often start at night in the big toe.\n"
    article = parse(text, "gout.md", "markdown")
    block = article.blocks[1]
    assert block.text == "Gout flares \ufffd often start at night in the big toe."
    assert text[block.source_offset(block.text.index("often"))] == "o"
