"""Which entries of a source list are the same source: DOI, PMID, URL and title identities, and the duplicates they reveal."""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import parse_qsl, unquote, urlencode, urlsplit

from lint.model import Source


def normalise_title(title: str) -> str:
    """A title with case, punctuation and spacing set aside: `Anti-Cancer Drug-Induced` = `anti cancer drug induced`."""
    return " ".join(re.sub(r"[^\w\s]|_", " ", title.casefold()).split())


# query parameters that say how a reader arrived, not which page it is
_TRACKING_PARAMS = re.compile(
    r"^(?:utm_\w*|fbclid|gclid|gclsrc|dclid|msclkid|yclid|mc_cid|mc_eid|_ga|_gl|igshid|ref|ref_src|si|spm)$", re.I
)


def normalise_url(url: str) -> str:
    """A URL without scheme, `www.`, fragment, trailing slash or tracking parameters; other parameters sorted."""
    try:
        parts = urlsplit(url.strip())
        host = (parts.hostname or "").lower().removeprefix("www.")
    except ValueError:  # not a URL at all (`http://[oops/`): compared as written
        return url.strip().casefold()
    path = unquote(parts.path).rstrip("/")
    query = sorted((k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _TRACKING_PARAMS.match(k))
    return f"{host}{path}" + (f"?{urlencode(query)}" if query else "")


def normalise_doi(doi: str) -> str:
    """`doi:10.1000/ABC`, `https://doi.org/10.1000/abc` and `10.1000%2Fabc` are one DOI."""
    doi = unquote(doi.strip()).casefold()
    doi = re.sub(r"^(?:doi:\s*|https?://(?:dx\.)?doi\.org/)", "", doi)
    return doi.rstrip(".")


def source_keys(source: Source) -> list[tuple[str, str]]:
    """Identities by which two entries are the same source."""
    keys: list[tuple[str, str]] = []
    doi = source.doi
    if doi is None and source.url and re.match(r"https?://(?:dx\.)?doi\.org/10\.", unquote(source.url), re.I):
        doi = source.url  # an escaped DOI link (`10.1200%2FJCO...`) the parser did not read as a DOI
    if doi:
        keys.append(("DOI", normalise_doi(doi)))
    if source.pmid:
        keys.append(("PMID", source.pmid.lstrip("0")))
    if source.url:
        keys.append(("URL", normalise_url(source.url)))
    title = normalise_title(source.title)
    if title:
        keys.append(("title and domain", f"{title}|{source.domain or ''}"))
    return keys


@dataclass(frozen=True, slots=True)
class Duplicate:
    """An entry that repeats an earlier one: which identity they share, the first, other repeats before it."""

    source: Source
    how: str
    first: Source
    others: tuple[Source, ...]


def _apart(key: tuple[str, str], source: Source, earlier: list[Source]) -> bool:
    """One title on one site, but links to two different pages: two articles ("CNN", "CNN")."""
    return key[0] == "title and domain" and all(
        source.url and s.url and normalise_url(source.url) != normalise_url(s.url) for s in earlier
    )


def find_duplicates(sources: list[Source]) -> list[Duplicate]:
    """Every entry that repeats an earlier entry of the list, in list order."""
    seen: dict[tuple[str, str], list[Source]] = {}
    found: list[Duplicate] = []
    for source in sources:
        keys = source_keys(source)
        match = next(((key[0], seen[key]) for key in keys if key in seen and not _apart(key, source, seen[key])), None)
        for key in keys:
            earlier = seen.setdefault(key, [])
            if all(s is not source for s in earlier):
                earlier.append(source)
        if match is not None:
            how, earlier = match
            others = tuple(s for s in earlier[1:] if s is not source)
            found.append(Duplicate(source, how, earlier[0], others))
    return found
