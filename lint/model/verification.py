"""What verifying a source found: its link, its DOI or PMID record, and the state the report shows."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

VerificationStatus = Literal[
    "ok", "dead", "redirected", "unverifiable", "unknown", "mismatch", "retracted", "not-checked"
]
NoticeKind = Literal["retraction", "expression-of-concern", "correction"]
# worst first: the state a source shows when several checks disagree
STATUS_ORDER: tuple[VerificationStatus, ...] = (
    "retracted",
    "unknown",
    "mismatch",
    "dead",
    "unverifiable",
    "redirected",
    "ok",
    "not-checked",
)


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Notice(_Frozen):
    """A retraction, expression of concern or correction published about a paper."""

    kind: NoticeKind
    doi: str | None = Field(None, description="DOI of the notice")
    date: dt.date | None = None
    label: str | None = Field(None, description="how the service names it, and who reported it")


class LinkCheck(_Frozen):
    """The answer to requesting a source's URL."""

    url: str
    outcome: Literal["ok", "dead", "redirected", "unverifiable", "not-checked"]
    http_status: int | None = None
    final_url: str | None = None
    reason: str = ""
    checked_at: dt.datetime | None = None


class RecordCheck(_Frozen):
    """What Crossref (a DOI) or PubMed (a PMID) holds for an identifier."""

    scheme: Literal["doi", "pmid"]
    id: str
    outcome: Literal["found", "unknown", "unverifiable", "not-checked"]
    title: str | None = None
    year: int | None = None
    first_author: str | None = None
    notices: list[Notice] = Field(default_factory=list)
    reason: str = ""
    checked_at: dt.datetime | None = None

    @property
    def label(self) -> str:
        return f"DOI {self.id}" if self.scheme == "doi" else f"PMID {self.id}"


class Mismatch(_Frozen):
    """An identifier that resolves to a different paper than the entry names."""

    record: RecordCheck
    entry_title: str
    similarity: float
    differences: list[str] = Field(default_factory=list)


class Verification(_Frozen):
    """A source's verified state, as `--claims` reports it and the HTML report shows it."""

    status: VerificationStatus
    http_status: int | None = None
    final_url: str | None = None
    title: str | None = Field(None, description="the title the DOI or PMID points to")
    year: int | None = Field(None, description="the year of publication the DOI or PMID record gives")
    retraction: Notice | None = None
    notices: list[Notice] = Field(default_factory=list, description="expressions of concern and corrections")
    detail: str = Field("", description="why, in words: the HTTP answer, the error, what differs")
    checked_at: dt.datetime | None = None


class SourceState(_Frozen):
    """Every check made on one source entry; the verification rules read this through the Context."""

    link: LinkCheck | None = None
    records: list[RecordCheck] = Field(default_factory=list)
    mismatches: list[Mismatch] = Field(default_factory=list)

    @property
    def year(self) -> int | None:
        return next((r.year for r in self.records if r.outcome == "found" and r.year), None)

    def verification(self) -> Verification:
        found = [r for r in self.records if r.outcome == "found"]
        notices = [n for r in found for n in r.notices]
        retraction = next((n for n in notices if n.kind == "retraction"), None)
        states: list[tuple[VerificationStatus, str]] = []
        if retraction is not None:
            states.append(("retracted", retraction.label or "retracted"))
        for r in self.records:
            if r.outcome == "unknown":
                states.append(("unknown", f"{r.label} is not known to {_service(r)}"))
            elif r.outcome == "unverifiable":
                states.append(("unverifiable", f"{r.label}: {r.reason}"))
            elif r.outcome == "not-checked":
                states.append(("not-checked", f"{r.label}: {r.reason}"))
        for m in self.mismatches:
            states.append(("mismatch", f"{m.record.label} is {m.record.title!r}"))
        if self.link is not None and not (found and self.link.outcome in ("unverifiable", "not-checked")):
            # a journal page behind bot protection says nothing once its DOI or PMID has been verified
            states.append((self.link.outcome, self.link.reason))
        if found:
            states.append(("ok", ""))
        status, detail = min(states, key=lambda s: STATUS_ORDER.index(s[0])) if states else ("not-checked", "")
        times = [r.checked_at for r in self.records if r.checked_at]
        if self.link is not None and self.link.checked_at is not None:
            times.append(self.link.checked_at)
        return Verification(
            status=status,
            http_status=self.link.http_status if self.link else None,
            final_url=self.link.final_url if self.link else None,
            title=found[0].title if found else None,
            year=self.year,
            retraction=retraction,
            notices=[n for n in notices if n.kind != "retraction"],
            detail=detail,
            checked_at=max(times) if times else None,
        )


def _service(record: RecordCheck) -> str:
    return "Crossref" if record.scheme == "doi" else "PubMed"
