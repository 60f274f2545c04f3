"""Pieces every parser shares: building blocks with source maps, reading source entries, people and dates."""

from __future__ import annotations

import re
from contextvars import ContextVar
from datetime import date
from typing import Any, Literal
from urllib.parse import urlsplit

from lint.model import Block, BlockKind, BlockRole, Person, Source

# a parser gives every field: its blocks share one set of names set (pydantic makes a 728-byte set per block)
_BLOCK_FIELDS = set(Block.model_fields)


def _model_construct_block(**values: Any) -> Block:
    return Block.model_construct(_BLOCK_FIELDS, **values)


def _direct_block(**values: Any) -> Block:
    """What `Block.model_construct` makes when every field is given, without its alias and default look-ups per field.

    A parser makes one block per paragraph and list item; those look-ups were a tenth of parsing a Markdown file.
    """
    block = Block.__new__(Block)
    object.__setattr__(block, "__dict__", values)
    object.__setattr__(block, "__pydantic_fields_set__", _BLOCK_FIELDS)
    object.__setattr__(block, "__pydantic_extra__", None)
    object.__setattr__(block, "__pydantic_private__", None)
    return block


def _same_blocks() -> bool:
    """Whether `_direct_block` still builds what pydantic does (a pydantic upgrade may store more on a model)."""
    values: dict[str, Any] = {
        "kind": "paragraph",
        "role": "body",
        "text": "Rest helps.",
        "start": 0,
        "end": 11,
        "segments": ((0, 0),),
        "level": 0,
        "row": None,
    }
    if set(values) != _BLOCK_FIELDS:
        return False
    ours, theirs = _direct_block(**values), _model_construct_block(**values)
    # every attribute an instance holds: its __dict__ and the slots pydantic declares
    slots = {name for cls in Block.__mro__ for name in getattr(cls, "__slots__", ())}
    return ours == theirs and all(getattr(ours, n, None) == getattr(theirs, n, None) for n in slots | {"__dict__"})


_construct_block = _direct_block if _same_blocks() else _model_construct_block


class TextBuilder:
    """Accumulates a block's text while recording where each run of it came from in the file."""

    __slots__ = ("_length", "_next_source", "_parts", "_segments")

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._segments: list[tuple[int, int]] = []
        self._length = 0
        self._next_source = -1

    def add(self, text: str, source_offset: int) -> None:
        """Append ``text``, whose first character sits at ``source_offset`` in the file."""
        if not text:
            return
        if source_offset != self._next_source:
            self._segments.append((self._length, source_offset))
        self._parts.append(text)
        self._length += len(text)
        self._next_source = source_offset + len(text)

    def add_synthetic(self, text: str, source_offset: int) -> None:
        """Append text that is not in the file as written (a joined line break, a rendered marker)."""
        if not text:
            return
        self._segments.append((self._length, source_offset))
        self._parts.append(text)
        self._length += len(text)
        self._next_source = -1
        # every following character of the synthetic run maps to the same place
        if len(text) > 1:
            self._segments.extend((self._length - len(text) + i, source_offset) for i in range(1, len(text)))

    def __len__(self) -> int:
        return self._length

    @property
    def text(self) -> str:
        return "".join(self._parts)

    def build(
        self,
        kind: BlockKind,
        start: int,
        end: int,
        role: BlockRole = "body",
        level: int = 0,
        row: int | None = None,
    ) -> Block | None:
        """The finished block with surrounding white space trimmed, or None when it is empty."""
        text = self.text
        stripped = text.strip()
        if not stripped:
            return None
        lead = len(text) - len(text.lstrip())
        segments = self._segments
        if lead:
            segments = _shift(segments, lead)
        return _construct_block(
            kind=kind,
            role=role,
            text=stripped,
            start=start,
            end=end,
            segments=tuple(segments),
            level=level,
            row=row,
        )


def _shift(segments: list[tuple[int, int]], lead: int) -> list[tuple[int, int]]:
    """Re-base segments after dropping ``lead`` leading characters of text."""
    out: list[tuple[int, int]] = []
    for i, (text_at, source_at) in enumerate(segments):
        nxt = segments[i + 1][0] if i + 1 < len(segments) else None
        if nxt is not None and nxt <= lead:
            continue
        if text_at < lead:
            source_at += lead - text_at
            text_at = lead
        out.append((text_at - lead, source_at))
    return out


# --- source entries -------------------------------------------------------------------------

_URL = re.compile(r"https?://[^\s<>()\[\]]+[^\s<>()\[\].,;:'\"]", re.I)
_DOI = re.compile(r"\b(10\.\d{4,9}/[^\s\"<>]+[^\s\"<>.,;:)\]])", re.I)
_PMID = re.compile(r"\bPMID:?\s*(\d{1,9})\b", re.I)
_PUBMED_URL = re.compile(r"pubmed\.ncbi\.nlm\.nih\.gov/(\d{1,9})", re.I)
_LABEL = re.compile(r"^\s*\[([A-Za-z]{1,8}\d{1,6}|\d{1,5})\]\s*")
_TRAILING_DOMAIN = re.compile(r"\(\s*((?:[a-z0-9-]+\.)+[a-z]{2,})\s*\)\s*\.?\s*$", re.I)
_DOMAIN_WORD = re.compile(r"^(?:www\.)?(?:[a-z0-9-]+\.)+[a-z]{2,}$", re.I)


def domain_of(url: str) -> str | None:
    try:
        host = urlsplit(url).hostname
    except ValueError:  # "http://[oops/" is no URL: the entry then has no domain
        return None
    if not host:
        return None
    return host[4:] if host.startswith("www.") else host


def parse_source_entry(
    text: str,
    *,
    start: int,
    end: int,
    number: int | None,
    link_text: str | None = None,
    link_url: str | None = None,
    backlinks: int | None = None,
) -> Source:
    """Read an entry of a source list: label, title, URL, domain, DOI and PMID.

    ``link_text`` and ``link_url`` are the first hyperlink of the entry when the format has links;
    the link text is then the title.
    """
    label = None
    rest = text
    m = _LABEL.match(rest)
    if m and not (m.group(1).isdigit() and number is not None and int(m.group(1)) == number):
        label = m.group(1)
        rest = rest[m.end() :]
    elif m:
        rest = rest[m.end() :]
    url = link_url or (_URL.search(rest).group(0) if _URL.search(rest) else None)  # type: ignore[union-attr]
    doi_match = _DOI.search(rest) or (_DOI.search(url) if url else None)
    doi = doi_match.group(1) if doi_match else None
    pmid_match = _PMID.search(rest) or (_PUBMED_URL.search(url) if url else None)
    pmid = pmid_match.group(1) if pmid_match else None
    domain = domain_of(url) if url else None
    trailing = _TRAILING_DOMAIN.search(rest)
    if trailing and domain is None:
        domain = trailing.group(1).lower().removeprefix("www.")
    if link_text is not None and link_text.strip() and not _looks_like_locator(link_text):
        title = link_text
    else:
        title = _title_from_text(rest, trailing)
    return Source.model_construct(
        number=number,
        label=label,
        title=" ".join(title.split()),
        url=url,
        domain=domain,
        doi=doi,
        pmid=pmid,
        backlinks=backlinks,
        text=text,
        start=start,
        end=end,
    )


def _looks_like_locator(text: str) -> bool:
    text = text.strip()
    return bool(_URL.fullmatch(text) or _DOMAIN_WORD.match(text) or _DOI.fullmatch(text))


def _title_from_text(text: str, trailing: re.Match[str] | None) -> str:
    if trailing:
        text = text[: trailing.start()]
    text = _URL.sub(" ", text)
    text = re.sub(r"\bdoi:\s*\S+|\bPMID:?\s*\d+", " ", text, flags=re.I)
    text = text.strip(" \t.;,-–—")
    if _DOMAIN_WORD.match(text):
        return ""
    return text


# --- people and dates --------------------------------------------------------------------------

# credentials that make someone a medical reviewer (a clinician or pharmacist, not a writer)
CLINICAL_CREDENTIALS = frozenset(
    """
    MD DO MBBS MBCHB MBBCH PHARMD RPH RN BSN MSN DNP NP APRN FNP FNP-BC PA-C RD RDN CDE CDCES DPT DDS
    DMD PSYD CNM CRNA FACP FACS FRCP FRCPC FAAP FACC MRCP MRCGP FRACP FRCS IBCLC OD PHD
    BPHARM MPHARM BCPS FRACGP MRCPCH FRCPCH MRCOG FRCOG FRCR FRCA MRCS BDS
    """.split()
)
# every credential a byline may print after a name
CREDENTIALS = CLINICAL_CREDENTIALS | frozenset(
    "PA LD MPH MS MSC MA BS BSC PT OT OTR DC LCSW LPC MBA MHS MSPH DRPH SCD EDD".split()
)


# a credential after a comma that is not in the list: "CRNP", "AOCN®", "ACNP-BC"
_CREDENTIAL_SHAPE = re.compile(r"[A-Z]{2,6}(?:-[A-Z]{1,3})?[®™]?")
# a credential with its subject or class in brackets, as pages in India and the UK print them: "DNB(Internal
# Medicine)", "BPharm (Hons)", "MRCP-1(UK)" (part one passed); the credential is the part before the bracket
_BRACKETED_CREDENTIAL = re.compile(r"(?P<head>[A-Za-z][\w.]{1,9}?)(?:-\d)?\s*\([^()]{1,30}\)")
# a degree followed by its field, as Indian and some European bylines print it, perhaps with the school in
# brackets: "DM Neurology", "MS Orthopaedics (AIIMS)", "MD in Internal Medicine"
_CREDENTIAL_FIELD = re.compile(
    r"(?P<head>[A-Za-z][\w.]{1,9}?)\s+(?:in\s+)?(?:[A-Z][a-z]+\s+)?"
    r"[A-Z][a-z]+(?:ology|iatrics|iatry|ics|ery|icine|esia)(?:\s*(?:&|and)\s*[A-Z][a-z]+)?"
    r"(?:\s*\([^()]{1,40}\))?"
)


def is_credential(word: str) -> bool:
    key = word.strip().upper().replace(".", "")
    # two credentials joined by a hyphen: "MD-PhD"
    return key in CREDENTIALS or ("-" in key and all(part in CREDENTIALS for part in key.split("-")))


# words that make a name an organisation's, in a byline or a reviewer field
_TEAM_WORDS = re.compile(
    r"\b(?:team|staff|editors?|editorial|board|department|desk|group|committee|contributors|newsroom|content"
    r"|program|programme|network|institute|foundation|society|association|agency|council)\b",
    re.I,
)


def is_team(person: Person) -> bool:
    """'Persly Medical Team', 'Editorial Staff': an organisation, not a person who can review."""
    return bool(_TEAM_WORDS.search(person.name))


# a doctor's title before the name, as UK and Australian pages print a clinician: "Dr Ana Lima", "Dr. Ana Lima"
_DOCTOR_TITLE = re.compile(r"(?:Prof(?:essor|\.)?\s+)?(?:Dr\.?|Doctor)\s+[A-Z]")


def is_clinical_reviewer(person: Person | None) -> bool:
    """A person with a clinical credential (MD, RN, PharmD ...), or with none given but a doctor's title.

    Credentials, when the page prints them, settle it.
    """
    if person is None or is_team(person):
        return False
    if not person.credentials:
        return _DOCTOR_TITLE.match(person.name) is not None
    return any(c.upper().replace(".", "") in CLINICAL_CREDENTIALS for c in person.credentials)


def is_listed_credential(word: str) -> bool:
    """A credential in a comma-separated list after a name, where an all-capital abbreviation is one too."""
    word = word.strip()
    if is_credential(word) or _CREDENTIAL_SHAPE.fullmatch(word):
        return True
    # two credentials joined by a hyphen: "MD-FACP"
    return "-" in word and all(is_credential(w) for w in word.split("-"))


def listed_credentials(part: str) -> list[str] | None:
    """The credentials a comma-separated part of a byline holds ("RN BSN", "BPharm(Hons)"), or None."""
    bracketed = _BRACKETED_CREDENTIAL.fullmatch(part.strip())
    if bracketed is not None:
        head = bracketed.group("head")
        return [head] if is_listed_credential(head) else None
    field = _CREDENTIAL_FIELD.fullmatch(part.strip())
    if field is not None:
        return [field.group("head")] if is_listed_credential(field.group("head")) else None
    words = part.split()
    return words if words and all(is_listed_credential(w) for w in words) else None


# the suffix after a name and a comma: "Ana Lima, Jr.", "Sam Roe, III"
NAME_SUFFIX = re.compile(r"(?:Jr|Sr)\.?(?=\s|$)|(?:II|III|IV)(?=\s|$)")


_SHORT_TITLE_CASE = re.compile(r"[A-Z][a-z]")

# a company's legal form after a comma: "Ignite Healthwise, LLC Staff", "Skin Health Clinic, PLLC" (a professional
# company); not "PA", which after a name is a physician assistant
ORG_SUFFIX = re.compile(
    r"\s*(?:P?LLC|P\.?L\.?L\.?C\.|L\.L\.C\.|Inc\.?|Ltd\.?|Limited|Corp\.?|Co\.|PLC|LLP|P\.C\.|GmbH|AG|S\.A\.)(?![\w.])"
)


def parse_person(text: str) -> Person | None:
    """'Jane Roe, MD, PhD' or 'Jane Roe MD' -> Person(name='Jane Roe', credentials=['MD', 'PhD'])."""
    parts = [p.strip() for p in re.split(r",", text) if p.strip()]
    if not parts:
        return None
    name_words = parts[0].split()
    creds: list[str] = []
    # a surname that spells a credential in title case is the name's: "Betty Tsai Do", not "Betty Tsai, DO"
    while len(name_words) > 1 and is_credential(name_words[-1]) and not _SHORT_TITLE_CASE.fullmatch(name_words[-1]):
        creds.insert(0, name_words.pop())
    if len(parts) > 1 and ORG_SUFFIX.match(parts[1]):
        # "Ignite Healthwise, LLC Staff": a company name with its legal form
        return Person(name=" ".join(text.split()).strip(" ,"), credentials=[])
    for part in parts[1:]:
        suffix = NAME_SUFFIX.match(part)
        if suffix is not None:
            # "Ana Lima, Jr. M.D.": the name's suffix, then perhaps the credentials
            part = part[suffix.end() :].strip()
            if not part:
                continue
        listed = listed_credentials(part)
        if listed is None:
            break  # a job title or affiliation follows the credentials
        creds.extend(listed)
    name = " ".join(name_words).strip()
    if not name:
        return None
    return Person(name=name, credentials=[c.replace(".", "") if c.count(".") > 1 else c for c in creds])


def credentials_list(value: object) -> list[str]:
    """Front matter credentials may be a string ('MD, PhD') or a list."""
    if value is None:
        return []
    if isinstance(value, str):
        return [c for c in re.split(r"[,\s/]+", value) if c]
    if isinstance(value, list):
        return [str(c).strip() for c in value if str(c).strip()]
    return [str(value)]


MONTHS = {
    m: i + 1
    for i, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ]
    )
    for m in names
}
# the alternation of month names and abbreviations for patterns, longest first
MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
# "April 21, 2022", "21 April 2022", "26th of June 2024", "Dec, 23 2025", "2022-04-21"; a year is four digits
# and never glued to more
DATE_PATTERN = re.compile(
    # the space after the day's comma is sometimes left out: "Jan 21,2020"
    rf"\b(?:(?P<mon>{MONTH_NAMES})\.?,?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?:,\s*|\s+)(?P<year>\d{{4}})"
    # the year may be glued to the month when a theme prints them in separate spans: "12th Nov2011"; a journal's
    # history may put a comma after the day: "Published: Tue 25, Aug 2020"
    # or hyphens between the parts: "27-Jan-2020"
    # the day may close with a full stop, as German and Nordic pages print it: "20. January 2026"
    rf"|(?P<day2>\d{{1,2}})(?:st|nd|rd|th|\.(?=\s))?(?:,?\s+(?:of\s+)?|-)(?P<mon2>{MONTH_NAMES})\.?(?:,?\s*|-)(?P<year2>\d{{4}})"
    # year first, the only order a year-first date is printed in: "2022-08-25", "2022/08/25", "2022.8.25"
    r"|(?P<iso>\d{4}-\d{2}-\d{2}|(?<![/.])(?:19|20)\d\d(?P<isep>[/.])\d{1,2}(?P=isep)\d{1,2}(?![\d/.])))",
    re.I,
)


def date_from_match(m: re.Match[str]) -> date | None:
    try:
        if m.group("iso"):
            year, month, day = re.split(r"[-/.]", m.group("iso"))
            return date(int(year), int(month), int(day))
        if m.group("mon"):
            return date(int(m.group("year")), MONTHS[m.group("mon").lower()], int(m.group("day")))
        return date(int(m.group("year2")), MONTHS[m.group("mon2").lower()], int(m.group("day2")))
    except ValueError:
        return None


# --- dates printed in figures -----------------------------------------------------------------

DateOrder = Literal["MDY", "DMY"]
# the configured reading of ambiguous numeric dates, set around a parser call (None: infer it)
DATE_ORDER: ContextVar[DateOrder | None] = ContextVar("DATE_ORDER", default=None)

# "1/4/2018", "28.07.2022", "05/2022"; never glued to more figures, so "1/4/20189" is no date
NUMERIC_DATE = re.compile(
    r"(?<![\d/.])(?:(?P<a>\d{1,2})[/.-](?P<b>\d{1,2})[/.-](?P<y>\d{4})|(?P<m>\d{1,2})/(?P<my>\d{4}))(?![\d/])"
)


class NumericDate(date):
    """A day printed in figures; its value is the month-first reading unless only the day-first one exists."""

    first: int
    second: int

    def __new__(cls, year: int, first: int, second: int) -> NumericDate:
        try:
            self = super().__new__(cls, year, first, second)
        except ValueError:
            self = super().__new__(cls, year, second, first)
        self.first, self.second = first, second
        return self

    def read(self, order: DateOrder) -> date:
        """The day under ``order``; the only valid reading when the other is impossible."""
        month, day = (self.first, self.second) if order == "MDY" else (self.second, self.first)
        try:
            return date(self.year, month, day)
        except ValueError:
            return date(self.year, self.month, self.day)

    @property
    def shows(self) -> DateOrder | None:
        """The order the figures prove ("28/7/2022" is day first), None when either reading is valid."""
        if self.first > 12 >= self.second:
            return "DMY"
        if self.second > 12 >= self.first:
            return "MDY"
        return None

    @property
    def ambiguous(self) -> bool:
        return self.shows is None and self.first != self.second


def numeric_date(m: re.Match[str]) -> date | None:
    """The date of a NUMERIC_DATE match: a NumericDate for day-month-year, the 1st for month/year."""
    try:
        if m.group("y"):
            a, b, year = int(m.group("a")), int(m.group("b")), int(m.group("y"))
            if not (1 <= a <= 31 and 1 <= b <= 31) or (a > 12 and b > 12):
                return None
            return NumericDate(year, a, b)
        return date(int(m.group("my")), int(m.group("m")), 1)
    except ValueError:
        return None


# spellings that tell British from American English, for reading "1/4/2018" when nothing else does
_BRITISH = re.compile(
    r"\b(?:colour|favour|behaviour|tumour|haem|anaem|oedema|oesophag|diarrhoea|paediatric|orthopaedic"
    r"|centre|litre|programme|organis|recognis|minimis|(?-i:GP)\b)\w*",
    re.I,
)
_AMERICAN = re.compile(
    r"\b(?:color|favor|behavior|tumor|hemo|hema|anem|edema|esophag|diarrhea|pediatric|orthopedic"
    r"|center|organiz|recogniz|minimiz)\w*",
    re.I,
)


# languages whose pages write the day first: British-style English variants and (almost) every other language
_DAY_FIRST_LANG = re.compile(r"^en-(?:gb|au|nz|ie|in|za|sg)$|^(?!en)[a-z]{2,3}(?:-|$)", re.I)


def language_order(lang: str | None) -> DateOrder | None:
    """The date order a page's declared language implies (`<html lang="en-GB">`), None when it says nothing."""
    if not lang:
        return None
    if _DAY_FIRST_LANG.match(lang):
        return "DMY"
    return "MDY" if lang.lower().startswith("en-") else None


def english_variant_order(text: str) -> DateOrder | None:
    """DMY for a page in British (or Irish, Australian...) spelling, MDY for American, None when unclear."""
    british = len(_BRITISH.findall(text))
    american = len(_AMERICAN.findall(text))
    if british > american:
        return "DMY"
    if american > british:
        return "MDY"
    return None
