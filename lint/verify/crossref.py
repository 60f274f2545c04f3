"""DOI metadata from the Crossref REST API: title, first author, year, and the notices that update the work."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from typing import Any
from urllib.parse import quote, urlencode

from lint.io.net import Client, NetError
from lint.io.net.client import USER_AGENT
from lint.model.verification import Notice, NoticeKind, RecordCheck

# Crossref's `updated-by[].type` values, grouped by what they mean for a reader
NOTICE_KINDS: dict[str, NoticeKind] = {
    "retraction": "retraction",
    "partial_retraction": "retraction",
    "withdrawal": "retraction",
    "removal": "retraction",
    "expression_of_concern": "expression-of-concern",
    "expression-of-concern": "expression-of-concern",
    "correction": "correction",
    "erratum": "correction",
    "corrigendum": "correction",
    "addendum": "correction",
}


def user_agent(mailto: str | None) -> str:
    return f"{USER_AGENT[:-1]}; mailto:{mailto})" if mailto else USER_AGENT


def lookup_doi(client: Client, api: str, doi: str, mailto: str | None) -> RecordCheck:
    now = datetime.now(UTC)
    url = f"{api}/works/{quote(doi, safe='/:;()')}"
    if mailto:
        url += "?" + urlencode({"mailto": mailto})
    try:
        response = client.get(url, headers={"Accept": "application/json", "User-Agent": user_agent(mailto)})
    except NetError as exc:
        return RecordCheck(scheme="doi", id=doi, outcome="unverifiable", reason=exc.detail, checked_at=now)
    if response.status in (404, 410):
        return RecordCheck(scheme="doi", id=doi, outcome="unknown", reason="Crossref has no such DOI", checked_at=now)
    if response.status != 200:
        reason = f"Crossref answered HTTP {response.status}"
        return RecordCheck(scheme="doi", id=doi, outcome="unverifiable", reason=reason, checked_at=now)
    try:
        message = json.loads(response.body)["message"]
        return _record(doi, message, now)
    except (ValueError, KeyError, TypeError, IndexError):
        reason = "Crossref's answer could not be read"
        return RecordCheck(scheme="doi", id=doi, outcome="unverifiable", reason=reason, checked_at=now)


def _record(doi: str, message: dict[str, Any], now: datetime) -> RecordCheck:
    titles = [t for t in message.get("title") or [] if isinstance(t, str) and t.strip()]
    subtitles = [t for t in message.get("subtitle") or [] if isinstance(t, str) and t.strip()]
    title = " ".join(titles[0].split()) if titles else None
    if title and subtitles:
        title = f"{title}: {' '.join(subtitles[0].split())}"
    authors = message.get("author") or []
    first = authors[0] if authors and isinstance(authors[0], dict) else {}
    first_author = first.get("family") or first.get("name")
    year = None
    for key in ("issued", "published-print", "published-online", "published", "created"):
        year = _date_parts(message.get(key))[0] if _date_parts(message.get(key)) else None
        if year:
            break
    notices = []
    for update in message.get("updated-by") or []:
        kind = NOTICE_KINDS.get(str(update.get("type", "")).lower())
        if kind is None:
            continue
        parts = _date_parts(update.get("updated"))
        source = update.get("source")
        label = update.get("label") or kind.replace("-", " ")
        notices.append(
            Notice(
                kind=kind,
                doi=update.get("DOI"),
                date=date(*[*parts, 1, 1][:3]) if parts else None,
                label=f"{label} (reported by {source})" if source else label,
            )
        )
    return RecordCheck(
        scheme="doi",
        id=doi,
        outcome="found",
        title=title,
        year=year,
        first_author=first_author,
        notices=notices,
        checked_at=now,
    )


def _date_parts(value: Any) -> list[int]:
    """Crossref dates are {"date-parts": [[2019, 5, 1]]}, with month and day optional."""
    try:
        parts = value["date-parts"][0]
        return [int(p) for p in parts if p is not None]
    except (TypeError, KeyError, IndexError, ValueError):
        return []
