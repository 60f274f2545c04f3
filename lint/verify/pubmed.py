"""PMID metadata from NCBI E-utilities esummary, many ids per request: title, first author, year, retraction."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlencode

from lint.io.net import Client, NetError
from lint.model.verification import Notice, RecordCheck

BATCH = 200  # NCBI asks for at most 200 ids per GET
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")


def batches(ids: Iterable[str]) -> list[list[str]]:
    ordered = sorted(set(ids), key=int)
    return [ordered[i : i + BATCH] for i in range(0, len(ordered), BATCH)]


def lookup_pmids(
    client: Client, api: str, ids: list[str], *, mailto: str | None, api_key: str | None
) -> dict[str, RecordCheck]:
    now = datetime.now(UTC)
    params = {"db": "pubmed", "id": ",".join(ids), "retmode": "json", "tool": "medlint"}
    if mailto:
        params["email"] = mailto
    if api_key:
        params["api_key"] = api_key
    url = f"{api}/esummary.fcgi?{urlencode(params, safe=',')}"

    def every(outcome: str, reason: str) -> dict[str, RecordCheck]:
        return {i: RecordCheck(scheme="pmid", id=i, outcome=outcome, reason=reason, checked_at=now) for i in ids}  # type: ignore[arg-type]

    try:
        response = client.get(url, headers={"Accept": "application/json"})
    except NetError as exc:
        detail = exc.detail.replace(api_key, "***") if api_key else exc.detail  # never print the key
        return every("unverifiable", detail)
    if response.status != 200:
        return every("unverifiable", f"PubMed answered HTTP {response.status}")
    try:
        result = json.loads(response.body)["result"]
    except (ValueError, KeyError, TypeError):
        return every("unverifiable", "PubMed's answer could not be read")
    out = {}
    for pmid in ids:
        summary = result.get(pmid) if isinstance(result, dict) else None
        if not isinstance(summary, dict) or summary.get("error") or not summary.get("title"):
            out[pmid] = RecordCheck(
                scheme="pmid", id=pmid, outcome="unknown", reason="PubMed has no such PMID", checked_at=now
            )
            continue
        out[pmid] = _record(pmid, summary, now)
    return out


def _record(pmid: str, summary: dict[str, Any], now: datetime) -> RecordCheck:
    authors = [a.get("name", "") for a in summary.get("authors") or [] if isinstance(a, dict)]
    # esummary names authors "Smith J": the family name is all but the initials
    first_author = " ".join(authors[0].split()[:-1]) or authors[0] if authors and authors[0] else None
    year_match = _YEAR.search(str(summary.get("pubdate") or summary.get("sortpubdate") or ""))
    pubtypes = [str(p) for p in summary.get("pubtype") or []]
    notices = []
    if "Retracted Publication" in pubtypes:
        notices.append(Notice(kind="retraction", label="PubMed lists it as a Retracted Publication"))
    return RecordCheck(
        scheme="pmid",
        id=pmid,
        outcome="found",
        title=" ".join(str(summary["title"]).split()).rstrip("."),
        year=int(year_match.group(1)) if year_match else None,
        first_author=first_author,
        notices=notices,
        checked_at=now,
    )
