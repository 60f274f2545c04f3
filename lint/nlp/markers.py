"""Citation markers as readers write them: `[1]`, `[2] [5]`, `[1, 3]`, `[1-3]`, `[PM13]`, `[^note]`, flattened
superscripts (`health.17`, `treatment1,2`), numbers in round brackets (`(2, 3)`), author-year citations
(`(Silva, 2018)`) and inline source notes."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

_ID = r"(?:[A-Za-z]{1,6}\d{1,5}[a-z]?|\d{1,4})"
# one bracketed marker; a group is several of them separated by spaces
MARKER = re.compile(rf"\[(?:\^[\w.-]{{1,30}}|{_ID}(?:\s?[,;]\s?{_ID}|\s?[-–]\s?{_ID})*)\]")
# a bracket that holds only citation numbers written wrongly: `[1.]`, `[ 3 ]`, `[1,,2]`, `[1 2]`
MALFORMED = re.compile(r"\[[\s,;.:\-–]*\d{1,4}[\s,;.:\-–\d]*\]")

# a run of citation numbers: `17`, `1,2`, `3-5`; what stands before it decides whether it is a flattened
# superscript: sentence punctuation (`health.17`, `include:16`), a full stop and a space (`cases. 2`), or a
# word it is glued to (`treatment1,2`)
_RUN = re.compile(r"(?<![\d\u2013-])(?<!\d,)\d{1,3}(?:[,\u2013-]\d{1,3})*(?![\d,\u2013-]*\d)")
_AFTER_RUN = re.compile(r"[\s)\]]|$|[A-Z][a-z]")
_GLUED_END = re.compile(r"[\s.,;:!?)\]]|$")
_PUNCT = frozenset(".,;:!?)\"'\u201d\u2019")
_CLOSERS = frozenset(")\"'\u201d\u2019")
# the runs that can be superscripts: after two letters and punctuation (`health.17`), two letters, a
# sentence end and a space (`cases. 2`), or four letters (`treatment12`); letters here are a superset
# of str.isalpha, so `superscripts` still tests each shape exactly, on far fewer runs
# (`(?=\d)` first: the engine tries a pattern at every position, and a digit test fails fastest)
_SUPERSCRIPT_RUN = re.compile(
    r"(?=\d)(?:(?<=[^\W\d_]{2}[.,;:!?)\"'\u201d\u2019])|(?<=[^\W\d_]{2}[.:!?] )|(?<=[^\W\d_]{4})"
    r"|(?<=[^\W\d_][)\"'\u201d\u2019][.;:!?]))" + _RUN.pattern
)
# superscript digits, a range sign and a comma as typed: `¹`, `²˒³`, `⁴⁻⁶`
_SUPERSCRIPT_CHARS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_FROM_SUPERSCRIPT = str.maketrans(_SUPERSCRIPT_CHARS + "⁻˒", "0123456789-,")
_HAS_SUPERSCRIPT = re.compile(f"[{_SUPERSCRIPT_CHARS}]")
_SUPERSCRIPT_DIGITS = re.compile(
    rf"(?<=[^\W\d_{_SUPERSCRIPT_CHARS}]|[.,;:!?)\"'\u201d\u2019])[{_SUPERSCRIPT_CHARS}]{{1,3}}"
    rf"(?:[,˒⁻\u2013-][{_SUPERSCRIPT_CHARS}]{{1,3}})*(?![\d{_SUPERSCRIPT_CHARS}])"
)
# the units a superscript digit raises to a power: "cm²", "m³"
_UNIT_WORDS = frozenset("m cm mm km ft in m2 x".split())
# words a number may follow without being a citation: COVID19, pp.17, Fig.3, omega3, day14
NUMBERED_WORDS = frozenset(
    """covid sars omega type stage grade phase level step dose doses cycle cycles day days week weeks month months
    year years age ages aged version vol no pp fig figs ch chap ed eds sec para ref refs table vs approx page pages
    item items class group tier mg ml kg""".split()
)

# the abbreviations among them, which keep their number even after a full stop: "pp.17", "Fig.3"
_ABBREVIATIONS = frozenset("vol no pp fig figs ch chap ed eds sec para ref refs approx vs".split())

# the particles a surname may open with or hold: `van der Geer`, `De Souza`, `Costa da Silva`
_PARTICLE = (
    r"(?:[Vv]an|[Vv]on|[Dd]e|[Dd]er|[Dd]en|[Dd]a|[Dd]i|[Dd]u|[Dd]el|[Dd]ella|[Dd]os|[Dd]as|[Ll]a|[Ll]e|[Tt]en|[Tt]er)"
)
_SURNAME = r"[A-Z][A-Za-z'\u2019\-]+"
_NAME = rf"(?:{_PARTICLE}\s+){{0,2}}{_SURNAME}(?:\s(?:{_PARTICLE}\s+){{1,2}}{_SURNAME})?"
# a word of an organisation's name: `Mayo`, `Dana-Farber`, `St.`, and the small words between them
_ORG_WORD = r"[A-Z][A-Za-z'\u2019.\-]*"
_ORG = rf"{_ORG_WORD}(?:\s+(?:(?:of|for|and|the|on|in|&)\s+)?{_ORG_WORD}){{1,7}}"
# one author-year citation inside parentheses: `Silva, 2018`, `Linardou & Gogas, 2016`, `Smith et al. 2019`,
# or an organisation as author (APA's group author) of two words or more: `Mayo Clinic, 2023`, `Better Health
# Channel 2018`
# the journal and month a newspaper column gives after the authors: `Benvenga et al, Thyroid, March 2008`
_MONTH_NAME = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_JOURNAL = rf",\s*{_ORG_WORD}(?:\s+{_ORG_WORD}){{0,5}},?\s+(?:{_MONTH_NAME}\s+(?:\d{{1,2}},?\s+)?)?"
_AUTHOR_YEAR = re.compile(
    rf"^(?:see\s+(?:also\s+)?|e\.g\.,?\s+|cf\.\s+)?(?:(?P<author>{_NAME})"
    rf"(?:\s*(?:,\s*)?(?:&|and)\s*{_NAME}|\s+et\s+al\.?|(?:,\s*{_NAME})+,?\s*(?:&|and)\s*{_NAME})?"
    rf"(?:{_JOURNAL}|,?\s+)|(?P<org>{_ORG}),?\s+)(?P<year>(?:19|20)\d\d)[a-z]?$"
)
PARENTHESES = re.compile(r"\(([^()\n]{6,300})\)")
# an inline note naming where a passage comes from: `Source: BMJ. 2006 Sep 2; 333(7566): 456-457.`
SOURCE_NOTE = re.compile(r"(?:^|(?<=[.!?]\s))(?:Source|Sources|Adapted from|Reference)s?:[ \t]+[^\n]{3,300}$", re.M)
# a year, with the letter that tells two works of one author and year apart: `2023a`
_YEAR = re.compile(r"\b(?:19|20)\d\d(?=[a-z]?\b)")
# what follows a superscript at the end of a sentence: the end of the block, or the next sentence
_ENDS_SENTENCE = re.compile(r"[ \t]*(?:\n|$)|\s+[A-Z(]")
# what follows a superscript after a comma in mid-sentence: a space and the clause going on in lower case
_CLAUSE_GOES_ON = re.compile(r" [a-z]")
# what follows a run that closes its block: the end of the line or of the text
_ENDS_BLOCK = re.compile(r"[ \t]*(?:\n|$)")


def has_marker(text: str) -> bool:
    """The text holds something written as a citation marker: a bracket (well or badly formed) or a typed superscript."""
    return bool(MARKER.search(text) or MALFORMED.search(text) or _HAS_SUPERSCRIPT.search(text))


def marker_ids(marker_text: str) -> list[str]:
    """The source ids a marker cites, ranges expanded: `[1-3, PM5]` -> ['1', '2', '3', 'PM5']."""
    inner = marker_text.strip()
    if inner.startswith("[") and inner.endswith("]"):
        inner = inner[1:-1].strip()
    if inner.startswith("^"):
        return [inner]
    ids: list[str] = []
    for part in re.split(r"\s*[,;]\s*", inner):
        bounds = re.split(r"\s*[-–]\s*", part)
        if len(bounds) == 2 and bounds[0].isdigit() and bounds[1].isdigit():
            lo, hi = int(bounds[0]), int(bounds[1])
            if lo <= hi and hi - lo < 100:
                ids.extend(str(k) for k in range(lo, hi + 1))
                continue
        ids.extend(b for b in bounds if b)
    return ids


def numbers(run: str) -> list[int]:
    """`1,3-5` -> [1, 3, 4, 5] (also written `¹˒³⁻⁵`); an inverted or huge range gives []."""
    out: list[int] = []
    for part in run.translate(_FROM_SUPERSCRIPT).split(","):
        ends = re.split(r"[-\u2013]", part)
        if len(ends) > 2 or not all(e.isascii() and e.isdigit() for e in ends):
            return []  # `1-2-3` is no range and no list, `1.` no number: not a citation
        if len(ends) == 2:
            lo, hi = int(ends[0]), int(ends[1])
            if not lo <= hi <= lo + 50:
                return []
            out.extend(range(lo, hi + 1))
        else:
            out.append(int(part))
    return out


def superscripts(text: str, listed: frozenset[int] | None, list_cut: bool = False) -> Iterator[tuple[int, int]]:
    """Flattened superscript citations in ``text`` as (start, end) of their numbers.

    With a numbered source list every number must be one of its entries; without one only the safest
    shapes count: after sentence punctuation and before the end of the block or a new sentence. When the
    page stops inside its list (``list_cut``), a number past its last entry counts in those safest shapes.
    Superscript digits (`gland.¹`) are citations by their form, after a word or punctuation.
    """
    if _HAS_SUPERSCRIPT.search(text):
        for m in _SUPERSCRIPT_DIGITS.finditer(text):
            if not (text[m.start() - 1].isalpha() or text[m.start() - 1] in _PUNCT):
                continue  # "¾¹": after another numeral sign it is no citation
            word = re.search(r"([A-Za-z]+)\W{0,2}$", text[max(0, m.start() - 30) : m.start()])
            if word is not None and word.group(1).lower() in _UNIT_WORDS:
                continue  # "5 cm²", "m²": a unit's power, not a citation
            cited = numbers(m.group(0))
            if cited and (not listed or all(n in listed for n in cited)):
                yield m.start(), m.end()
    glued: list[tuple[int, int]] = []
    mid: list[tuple[int, int]] = []  # after a comma, the sentence going on: counted only beside safer shapes
    safe = 0
    for m in _SUPERSCRIPT_RUN.finditer(text):
        start, end = m.span()
        if start < 3:
            continue
        before = text[start - 1]
        if (
            before in _PUNCT
            and text[start - 3 : start - 1].isalpha()
            # also after an abbreviation in capitals: "are for managing GORD.2", "in the UK.5"
            and (text[start - 3 : start - 1].islower() or text[start - 3 : start - 1].isupper())
        ):
            shape = "punct"
        elif before == " " and text[start - 2] in ".:!?" and text[start - 4 : start - 2].isalpha():
            shape = "spaced"
        elif before in ".;:!?" and text[start - 2] in _CLOSERS and text[start - 3].isalpha():
            shape = "punct"  # a sentence closed by a parenthesis or a quote: "adverse events (irAEs).5"
        elif before.isalpha() and before.islower() and start >= 4 and text[start - 4 : start].isalpha():
            shape = "glued"
        else:
            continue
        follows = _GLUED_END if shape == "glued" else _AFTER_RUN
        if not follows.match(text, end):
            continue
        if shape == "spaced" and not _ENDS_SENTENCE.match(text, end):
            continue
        cited = numbers(m.group(0))
        if not cited:
            continue
        word = re.search(r"([A-Za-z]+)\W{0,2}\s?$", text[max(0, start - 30) : start])
        if word is None:
            continue
        # "50 years.1,2": after a full stop a word is no label of the number, unless an abbreviation ("Fig.3")
        label_words = _ABBREVIATIONS if shape == "punct" and before in ".!?;:" else NUMBERED_WORDS
        if word.group(1).lower() in label_words:
            continue
        if listed:
            if not all(n in listed for n in cited) and not (
                list_cut
                and all(n in listed or n > max(listed) for n in cited)
                and shape != "glued"
                and before != ","
                and _ENDS_SENTENCE.match(text, end)
            ):
                continue
        elif shape == "glued":
            # "in children2.": with no list only a run closing a sentence, and only in a page that cites so twice;
            # a list item often ends without a full stop ("- ... manage your energy levels3")
            closes = text[end : end + 1] in (".", "!", "?") and _ENDS_SENTENCE.match(text, end + 1)
            if closes or _ENDS_BLOCK.match(text, end):
                glued.append((start, end))
            continue
        elif before == "," and _CLAUSE_GOES_ON.match(text, end):
            mid.append((start, end))  # "such as walking or climbing stairs,2 it's important to ...": mid-sentence
            continue
        elif before == "," or not _ENDS_SENTENCE.match(text, end):
            continue
        safe += 1
        yield start, end
    if len(glued) >= 2:
        yield from glued
    if safe + len(glued) >= 2:
        # a page that cites with flattened superscripts at its sentence ends also cites after a comma
        yield from mid


# the words a number in round brackets labels rather than cites: "stage (2)", "Figure (1)", "option (3)"
_BRACKETED_LABELS = frozenset(
    "fig figure figs table step stage grade type phase no ref eq equation option appendix part section".split()
)
# citation numbers in round brackets, as journals print them: "... of the colon (1).", "(2, 3)", "(4-6)"
_PARENTHESIS = re.compile(r"\((\d{1,3}(?:\s?[,\u2013-]\s?\d{1,3})*)\)(?=[.,;:!?]|\s|$)")


def parenthesised(text: str, listed: frozenset[int] | None) -> Iterator[tuple[int, int]]:
    """Citation numbers in round brackets after a word, each an entry of the numbered source list.

    With no list (a copy cut before it) only a page that cites so at least twice: one "(1)" is as often an
    option. A number after a label word ("stage (2)", "Figure (1)") or a bracket opening its sentence
    ("(1) Rest the joint") is no citation.
    """
    if "(" not in text:
        return
    found: list[tuple[int, int]] = []
    for m in _PARENTHESIS.finditer(text):
        start = m.start()
        k = start - 1 if start and text[start - 1] == " " else start
        if k == 0 or not (text[k - 1].isalpha() or text[k - 1] in ".,;:)\"'\u201d\u2019"):
            continue
        word = re.search(r"([A-Za-z]+)\W{0,2}$", text[max(0, k - 30) : k])
        if word is not None and word.group(1).lower() in _BRACKETED_LABELS:
            continue
        cited = numbers(re.sub(r"\s", "", m.group(1)))
        if cited and (not listed or all(n in listed for n in cited)):
            found.append((start, m.end()))
    if listed or len(found) >= 2:
        yield from found


@dataclass(frozen=True, slots=True)
class AuthorYear:
    """One citation of a parenthetical: its first author's surname (an organisation's first word) and year, the
    author as written, and where it sits in the text."""

    surname: str
    year: str
    start: int
    end: int
    author: str


def author_year_citations(text: str) -> Iterator[tuple[int, int, list[AuthorYear]]]:
    """Parentheses whose every `;`-separated part is an author-year citation: `(Smith et al., 2019; Jones 2020)`."""
    if "(" not in text:
        return
    for m in PARENTHESES.finditer(text):
        inner = m.group(1)
        if not _YEAR.search(inner):
            continue
        cites: list[AuthorYear] = []
        at = m.start(1)
        for part in inner.split(";"):
            stripped = part.strip()
            lead = len(part) - len(part.lstrip())
            hit = _AUTHOR_YEAR.match(stripped)
            if hit is None:
                cites = []
                break
            # a person is found by surname, an organisation by the first word of its name, as its entry begins
            author = hit.group("author") or hit.group("org")
            surname = author.split()[-1] if hit.group("author") else author.split()[0]
            cites.append(AuthorYear(surname, hit.group("year"), at + lead, at + lead + len(stripped), author))
            at += len(part) + 1
        if cites:
            yield m.start(), m.end(), cites


def source_notes(text: str) -> Iterator[tuple[int, int]]:
    """Inline notes that name their source with something a reader can look up: a year, a journal volume."""
    if "ource" not in text and "dapted" not in text and "eference" not in text:
        return
    for m in SOURCE_NOTE.finditer(text):
        if _YEAR.search(m.group(0)) or re.search(r"\d+\s*\(\d+\)|https?://|www\.|doi", m.group(0), re.I):
            yield m.start(), m.end()


def entry_author_year(text: str) -> tuple[str, str] | None:
    """The first author's surname and the year of a source-list entry: `Linardou, H., & Gogas, H. (2016).`."""
    body = re.sub(r"^\W*(?:\d{1,3}[.)]\s*)?\^?\s*(?:[A-Z]\.\s?)*", "", text)
    head = re.match(rf"({_NAME})[,\s]", body)
    year = _YEAR.search(body)
    if head is None or year is None:
        return None
    return head.group(1).split()[-1].lower(), year.group(0)


def resolve_author_year(cite: AuthorYear, entries: Sequence[tuple[str, str] | None]) -> tuple[int | None, str]:
    """The index of the entry a citation names, or None with the year of a same-author entry when only that differs."""
    surname = cite.surname.lower()
    other_year = ""
    for i, entry in enumerate(entries):
        if entry is None or entry[0] != surname:
            continue
        if entry[1] == cite.year:
            return i, ""
        other_year = other_year or entry[1]
    return None, other_year
