"""Reading the lines around a published article: bylines, review notes, dates, reading time and page chrome.

Shared by the page-text and HTML parsers. Everything works on one line of visible text and returns
offsets into that line, so each parser can map what it found back to the file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Literal

from lint.model import Metadata, Person
from lint.parse.common import CLINICAL_CREDENTIALS, DATE_PATTERN, MONTHS, date_from_match, is_credential, parse_person

DateField = Literal["published", "updated", "other"]

# "Start Free", "Learn more about ...": links and buttons, never a claim
CHROME_STARTS = (
    "learn more",
    "read more",
    "see more",
    "find out more",
    "sign up",
    "subscribe",
    "start free",
    "start for free",
    "try it free",
    "click here",
    "download",
    "book an appointment",
    "request an appointment",
    "make an appointment",
    "schedule an appointment",
    "find a doctor",
    "find a location",
    "contact us",
    "call us",
    "back to top",
    "back to ",
    "skip to",
    "share",
    "print",
    "advertisement",
    "sponsored",
    "copyright",
    "©",
    "all rights reserved",
    "get started",
    "log in",
    "sign in",
    "follow us",
    "related:",
    "see also",
)
# an image's alt text or caption printed as a line: "Medical illustration for <title> - <site>"
_ALT_TEXT = re.compile(
    r"^(?:medical\s+|stock\s+)?(?:illustration|image|photo(?:graph)?|picture|diagram|graphic|infographic)"
    r"\s*(?:of|for|showing|:)\s*(?P<subject>.+?)(?:\s+[-–—|]\s+[^-–—|]+)?$",
    re.I,
)
_BREADCRUMB = re.compile(r"\S\s+[>/»›|]\s+\S.*\s+[>/»›|]\s+\S")
# "Support Care Cancer. 2024;32(4):211." or a DOI line above a journal abstract
_CITATION_LINE = re.compile(
    r"\b\d{4}\s*;\s*\d+\s*(?:\(\s*[\w-]+\s*\))?\s*:\s*[\w-]+|\bdoi:\s*10\.\d{4,9}/|^https?://doi\.org/", re.I
)
_READING_TIME = re.compile(r"^\s*[·•|,-]?\s*(\d{1,3})\s*(?:-|\s)?(?:min(?:ute)?s?)\.?\s+read\b", re.I)
_MONTH_YEAR = re.compile(
    rf"\b(?P<mon>{'|'.join(sorted(MONTHS, key=len, reverse=True))})\.?,?\s+(?P<year>\d{{4}})", re.I
)
_DATE_LABEL = re.compile(
    r"(?:(?:this|the)\s+(?:page|article|content|information)\s+(?:was|has\s+been|is)\s+(?:last\s+)?)?"
    r"(?P<label>first\s+published|published(?:\s+online)?|posted|date\s+published|updated|last\s+updated|"
    r"last\s+modified|modified|last\s+reviewed|page\s+last\s+reviewed|medically\s+reviewed|reviewed|"
    r"next\s+review(?:\s+due)?|review\s+due|received|accepted|revised|date)"
    r"(?:\s+(?:on|in))?\s*:?",
    re.I,
)
_REVIEW_INTRO = re.compile(
    r"^(?:this\s+(?:page|article|content|information)\s+(?:was|has\s+been|is)\s+)?"
    r"(?:medically\s+|clinically\s+|expert[\s-]|peer[\s-]|fact[\s-]checked\s+and\s+)?reviewed\b(?P<mid>.*?)\bby\b\s*:?\s*(?P<rest>.*)$",
    re.I,
)
_AUTHOR_INTRO = re.compile(
    r"^(?:(?:written|authored|words|reported)\s+by|by|authors?|written|writer)\b\s*:?\s*(?P<rest>.*)$", re.I
)
_TEAM_WORDS = re.compile(
    r"\b(?:team|staff|editors?|editorial|board|department|desk|group|committee|contributors|newsroom|content)\b", re.I
)
_NAME = re.compile(r"^[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|de|da|van|von|der|del|la|le|bin|al-\w+)){0,4}$")
_SEPARATORS = re.compile(r"(?<!\s)(?:\s+[—–|·•]\s+|\s*;\s*)")  # only from the start of a run of spaces: linear


@dataclass
class BylineLine:
    """What one line of visible text says about the article; offsets are into that line."""

    role: Literal["byline", "chrome"]
    authors: list[tuple[Person, int, int]] = field(default_factory=list)
    reviewer: tuple[Person, int, int] | None = None
    # "reviewed ... by" or "Written by" with the name on the next line
    reviewer_follows: bool = False
    author_follows: bool = False
    dates: list[tuple[DateField, date, int, int]] = field(default_factory=list)
    reading_time: tuple[int, int, int] | None = None
    alt_subject: str | None = None


def is_team(person: Person) -> bool:
    """'Persly Medical Team', 'Editorial Staff': an organisation, not a person who can review."""
    return bool(_TEAM_WORDS.search(person.name))


def is_clinical_reviewer(person: Person | None) -> bool:
    if person is None or is_team(person):
        return False
    return any(c.upper().replace(".", "") in CLINICAL_CREDENTIALS for c in person.credentials)


def is_chrome(text: str) -> bool:
    """A link or button label: starts like a call to action and does not read as a sentence."""
    lower = text.strip().lower()
    if not lower:
        return False
    if not lower.startswith(CHROME_STARTS):
        return False
    words = lower.split()
    return lower[-1] not in ".!?" or len(words) <= 4


def alt_text_subject(text: str) -> str | None:
    m = _ALT_TEXT.match(text.strip())
    return m.group("subject").strip() if m else None


def is_breadcrumb(text: str) -> bool:
    return bool(_BREADCRUMB.search(text))


def is_citation_line(text: str) -> bool:
    return bool(_CITATION_LINE.search(text))


def find_dates(text: str) -> list[tuple[date, int, int]]:
    """Full dates in ``text``, then month-and-year dates ("May 2023", as the 1st) where no full one is."""
    found: list[tuple[date, int, int]] = []
    taken: list[tuple[int, int]] = []
    for m in DATE_PATTERN.finditer(text):
        d = date_from_match(m)
        if d is not None:
            found.append((d, m.start(), m.end()))
            taken.append((m.start(), m.end()))
    for m in _MONTH_YEAR.finditer(text):
        if any(s <= m.start() < e for s, e in taken):
            continue
        try:
            found.append((date(int(m.group("year")), MONTHS[m.group("mon").lower()], 1), m.start(), m.end()))
        except ValueError:
            continue
    found.sort(key=lambda f: f[1])
    return found


def _label_field(label: str) -> DateField | None:
    """None for a label that names no date of this article ("next review due")."""
    label = " ".join(label.lower().split())
    if label.startswith(("next review", "review due")):
        return None
    if label in ("received", "accepted", "revised"):
        return "other"
    if "published" in label or label in ("posted", "date"):
        return "published"
    return "updated"


def read_dates(
    text: str,
) -> tuple[list[tuple[DateField, date, int, int]], tuple[int, int, int] | None, bool]:
    """Dates in a date line with their fields, the reading time, and whether the line is nothing but those.

    "January 26, 20265 min read" is 26 January 2026 and a 5-minute read: a year is four digits.
    """
    found = find_dates(text)
    if not found:
        rt = _READING_TIME.match(text)
        if rt and not text[rt.end() :].strip(" .|·•"):
            return [], (int(rt.group(1)), rt.start(1), rt.end()), True
        return [], None, False
    if not text[: found[0][1]].strip() and len(found) == 1 and not text[found[0][2] :].strip(" ."):
        d, start, end = found[0]
        return [("published", d, start, end)], None, True
    dates: list[tuple[DateField, date, int, int]] = []
    reading: tuple[int, int, int] | None = None
    cursor = 0
    only_dates = True
    for d, start, end in found:
        before = text[cursor:start]
        # the words since the previous date (or separator) label this one
        label_text = _SEPARATORS.split(before)[-1].strip(" ,.:")
        lm = _DATE_LABEL.fullmatch(label_text) if label_text else None
        if label_text and lm is None:
            only_dates = False
        if lm is not None:
            fld = _label_field(lm.group("label"))
            if fld is not None:
                dates.append((fld, d, start, end))
        elif not label_text:
            dates.append(("published", d, start, end))
        rest = text[end:]
        rt = _READING_TIME.match(rest)
        cursor = end
        if rt:
            reading = (int(rt.group(1)), end + rt.start(1), end + rt.end())
            cursor = end + rt.end()
    tail = text[cursor:].strip(" .|·•;,")
    if tail:
        only_dates = False
    return dates, reading, only_dates


def split_people(text: str) -> list[tuple[Person, int, int]] | None:
    """'Ana Lima, MD, PhD; Peter Novak, PT' or 'Ana Lima and Peter Novak': people with their offsets.

    None when any part is not a name, so a sentence is never read as a list of authors.
    """
    people: list[tuple[Person, int, int]] = []
    pieces = [(m.group(0), m.start()) for m in re.finditer(r"[^;]+", text)] if ";" in text else _comma_pieces(text)
    for piece, at in pieces:
        stripped = piece.strip()
        if not stripped:
            continue
        lead = at + len(piece) - len(piece.lstrip())
        cleaned = re.sub(r"(?<=[A-Za-z.])[\d,*†‡]+$", "", stripped)  # affiliation marks: "Ana Lima1,2"
        person = parse_person(cleaned)
        if person is None or not _NAME.match(person.name) or len(person.name.split()) < 2:
            return None
        people.append((person, lead, lead + len(stripped)))
    return people or None


def _comma_pieces(text: str) -> list[tuple[str, int]]:
    """Split on commas and 'and', keeping credentials with the name before them."""
    parts = [(m.group(0), m.start()) for m in re.finditer(r"[^,]+", text)]
    pieces: list[tuple[str, int]] = []
    for part, at in parts:
        words = part.split()
        if pieces and words and all(is_credential(w) for w in words):
            _, prev_at = pieces[-1]
            pieces[-1] = (text[prev_at : at + len(part)], prev_at)
            continue
        sub = re.split(r"(\s+and\s+|\s*&\s*)", part)
        offset = at
        for s in sub:
            if s.strip() and not re.fullmatch(r"\s+and\s+|\s*&\s*", s):
                pieces.append((s, offset))
            offset += len(s)
    return pieces


def _person_span(text: str, start: int = 0) -> tuple[Person, int, int] | None:
    chunk = text[start:]
    stripped = chunk.strip().rstrip(".")
    if not stripped:
        return None
    lead = start + len(chunk) - len(chunk.lstrip())
    person = parse_person(stripped)
    if person is None:
        return None
    return person, lead, lead + len(stripped)


def read_line(text: str) -> BylineLine | None:
    """Classify one line of visible text; None when it is article text."""
    line = text.rstrip()
    stripped = line.strip()
    if not stripped:
        return None
    n = len(stripped)
    lead = len(line) - len(line.lstrip())
    # a name printed twice with no space, as a byline widget and its tooltip copy together
    if n >= 6 and n % 2 == 0 and stripped[: n // 2] == stripped[n // 2 :]:
        person = parse_person(stripped[: n // 2])
        if person is not None:
            return BylineLine("byline", authors=[(person, lead, lead + n // 2)])
    found = BylineLine("byline")
    matched = False
    for part, at in _parts(line):
        m = _REVIEW_INTRO.match(part)
        if m and len(m.group("mid")) <= 60:
            rest_at = at + m.start("rest")
            rest = m.group("rest")
            if rest.strip():
                dated = find_dates(rest)
                name_part = rest[: dated[0][1]] if dated else rest
                name_part = re.sub(r"[\s,]*(?:\bon\b)?[\s,:]*$", "", name_part)
                named = _person_span(name_part) if name_part.strip() else None
                if named is not None:
                    found.reviewer = (named[0], rest_at + named[1], rest_at + named[2])
                # "Reviewed by Jane Roe, MD, on May 2, 2024": the date of the review
                found.dates.extend(("updated", d, rest_at + s, rest_at + e) for d, s, e in dated[:1])
            else:
                found.reviewer_follows = True
            matched = True
            continue
        m = _AUTHOR_INTRO.match(part)
        if m and (not m.group("rest").strip() or m.group("rest").strip()[0].isupper()):
            rest = m.group("rest")
            rest_at = at + m.start("rest")
            if not rest.strip():
                found.author_follows = True
                matched = True
                continue
            people = split_people(rest)
            if people is not None:
                found.authors.extend((p, rest_at + s, rest_at + e) for p, s, e in people)
                matched = True
                continue
        dates, reading, only = read_dates(part)
        if (dates or reading or find_dates(part)) and only:
            found.dates.extend((f, d, at + s, at + e) for f, d, s, e in dates)
            if reading:
                found.reading_time = (reading[0], at + reading[1], at + reading[2])
            matched = True
            continue
        if matched:
            # a later part of a byline that is not a byline: the whole line is article text
            return None
        break
    if matched:
        return found
    if is_chrome(stripped):
        return BylineLine("chrome")
    subject = alt_text_subject(stripped)
    if subject is not None and stripped[-1] not in ".!?":
        return BylineLine("chrome", alt_subject=subject)
    return None


def _parts(line: str) -> list[tuple[str, int]]:
    """A byline split at ' | ', ' — ', ' · ' and ';' into its parts, with their offsets."""
    parts: list[tuple[str, int]] = []
    at = 0
    for m in _SEPARATORS.finditer(line):
        parts.append((line[at : m.start()], at))
        at = m.end()
    parts.append((line[at:], at))
    out = []
    for part, start in parts:
        stripped = part.strip()
        if stripped:
            out.append((stripped, start + len(part) - len(part.lstrip())))
    return out


class MetadataCollector:
    """Gathers what the byline lines of one article say; the first author list and published date win."""

    def __init__(self) -> None:
        self.title: str | None = None
        self.authors: list[Person] = []
        self.reviewer: Person | None = None
        self.published: date | None = None
        self.updated: date | None = None
        self.reading_time: int | None = None
        self.extra: dict[str, object] = {}
        self.spans: dict[str, tuple[int, int]] = {}

    def set_title(self, title: str, span: tuple[int, int]) -> None:
        if self.title is None and title.strip():
            self.title = " ".join(title.split())
            self.spans["title"] = span

    def add_authors(self, people: list[tuple[Person, int, int]]) -> None:
        """People with source offsets; an author already listed is not listed twice."""
        known = {p.name.casefold() for p in self.authors}
        for person, start, end in people:
            if person.name.casefold() in known:
                continue
            known.add(person.name.casefold())
            self.authors.append(person)
            self.spans.setdefault("authors", (start, end))

    def set_reviewer(self, person: Person, span: tuple[int, int]) -> None:
        if self.reviewer is None or (not self.reviewer.credentials and person.credentials):
            self.reviewer = person
            self.spans["reviewer"] = span

    def add_date(self, fld: DateField, day: date, span: tuple[int, int]) -> None:
        if fld == "published":
            if self.published is None:
                self.published = day
                self.spans["published"] = span
            elif self.updated is None and day > self.published:
                # a second unlabelled date under the first is the update
                self.updated = day
                self.spans["updated"] = span
        elif fld == "updated":
            if self.updated is None or day > self.updated:
                self.updated = day
                self.spans["updated"] = span
        else:
            others = self.extra.setdefault("other_dates", [])
            assert isinstance(others, list)
            others.append(day.isoformat())

    def set_reading_time(self, minutes: int, span: tuple[int, int]) -> None:
        if self.reading_time is None:
            self.reading_time = minutes
            self.spans["reading_time"] = span

    def metadata(self) -> Metadata:
        return Metadata(
            title=self.title,
            authors=self.authors,
            reviewer=self.reviewer,
            published=self.published,
            updated=self.updated,
            reading_time_minutes=self.reading_time,
            extra=self.extra,
            spans=self.spans,
        )
