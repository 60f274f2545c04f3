"""Does an identifier's record name the paper the entry names? Titles, first author and year compared."""

from __future__ import annotations

import re
import unicodedata

from rapidfuzz import fuzz

from lint.model import Source
from lint.model.verification import Mismatch, RecordCheck

# words that carry no identity in a title
STOPWORDS = frozenset(
    "a an and are as at be by for from in into is of on or the to with without vs versus its their".split()
)
_YEAR = re.compile(r"(?<![\d/.-])(1[89]\d\d|20\d\d)(?![\d/-])")
_LOCATORS = re.compile(r"https?://\S+|\bdoi:\s*\S+|\b10\.\d{4,9}/\S+|\bPMID:?\s*\d+", re.I)
# "Smith J, ..." (Vancouver) or "Smith, J." (APA) at the start of an entry
_FIRST_AUTHOR = re.compile(r"^\s*(?:\[[^\]]*\]\s*)?([A-Z][A-Za-z'\u00c0-\u024f-]+)(?:,\s*[A-Z]\.|\s+[A-Z]{1,3}\b[,.])")


def normalise(title: str) -> str:
    """Lower case, accents and punctuation dropped, stopwords removed: what two spellings of a title share."""
    text = unicodedata.normalize("NFKD", title)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    words = re.findall(r"[a-z0-9]+", text)
    return " ".join(w for w in words if w not in STOPWORDS)


def similarity(a: str, b: str) -> float:
    """Token-set similarity of two titles, 0 to 1: a title cut short or without its subtitle still scores 1."""
    na, nb = normalise(a), normalise(b)
    if not na or not nb:
        return 1.0
    return fuzz.token_set_ratio(na, nb) / 100


def entry_year(source: Source) -> int | None:
    """The first year printed in the entry outside its link text and locators (publication years come first)."""
    text = source.text
    if source.url and source.title:
        # a link's text is the title; without a link the "title" is the whole entry, year included
        text = text.replace(source.title, " ")
    text = _LOCATORS.sub(" ", text)
    m = _YEAR.search(text)
    return int(m.group(1)) if m else None


def entry_first_author(source: Source) -> str | None:
    m = _FIRST_AUTHOR.match(source.text)
    if m is None or (source.url and source.title and source.text.lstrip().startswith(source.title)):
        return None
    return m.group(1)


def compare(source: Source, record: RecordCheck, threshold: float) -> Mismatch | None:
    """A Mismatch when the record names another paper than the entry does; None when it matches or cannot tell."""
    title = source.title.strip()
    if record.outcome != "found" or not record.title or len(normalise(title).split()) < 2:
        return None
    # an entry without a link is "Authors. Title. Journal. Year.": its title is the part closest to the record's
    parts = [p for p in re.split(r"(?<=[.?!])\s+", title) if len(normalise(p).split()) >= 2] or [title]
    score, title = max((similarity(p, record.title), p.strip().rstrip(".")) for p in [title, *parts])
    if score < threshold:
        title = max(parts, key=lambda p: len(normalise(p).split())).strip().rstrip(".")
    title_differs = score < threshold
    differences = ["title"] if title_differs else []
    author = entry_first_author(source)
    if author and record.first_author and normalise(author) not in normalise(record.first_author).split():
        differences.append(f"first author {author} (the record: {record.first_author})")
    year = entry_year(source)
    if year and record.year and abs(year - record.year) > 1:
        differences.append(f"year {year} (the record: {record.year})")
    # with matching titles, one odd author or year is more likely a citation slip than another paper
    if not title_differs and len(differences) < 2:
        return None
    if not differences:
        return None
    return Mismatch(record=record, entry_title=title, similarity=round(score, 2), differences=differences)
