"""Findings and reports: what the engine hands every reporter, and what `--format json` prints."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from lint.model.article import InputFormat, Person

Severity = Literal["error", "warning", "info"]
SEVERITY_RANK: dict[str, int] = {"info": 0, "warning": 1, "error": 2}
ClaimKind = Literal["statistic", "dosage", "treatment", "causal", "advice", "general"]


@dataclass(frozen=True, slots=True)
class Violation:
    """What a rule yields: a place in the file (character offsets) and what is wrong there."""

    rule: str
    start: int
    end: int
    message: str
    claim_kind: str | None = None
    # the text the finding is about (the claim, the entry), for fingerprints that survive edits
    subject: str = ""
    severity: Severity | None = None  # a rule may raise or lower its default for one finding


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Finding(_Frozen):
    rule: str
    code: str
    severity: Severity
    message: str
    line: int = Field(ge=1)
    column: int = Field(ge=1)
    end_line: int = Field(ge=1)
    end_column: int = Field(ge=1)
    claim_kind: ClaimKind | None = None
    fingerprint: str = ""


class ArticleInfo(_Frozen):
    title: str | None = None
    authors: list[Person] = Field(default_factory=list)
    reviewer: Person | None = None
    published: date | None = None
    updated: date | None = None
    reading_time_minutes: int | None = None


class Stats(_Frozen):
    sentences: int = 0
    claims: int = 0
    cited_claims: int = 0
    citation_coverage: float = Field(1.0, description="cited claims / claims, 1.0 with no claims")
    sources: int = 0
    markers: int = 0


class ClaimInfo(_Frozen):
    """A claim as the reviewer's report shows it (only with `--claims`)."""

    text: str
    line: int
    column: int
    end_line: int
    end_column: int
    kind: ClaimKind
    cited: bool
    markers: list[str] = Field(default_factory=list)
    sources: list[str] = Field(default_factory=list, description="resolved source ids")
    unresolved: list[str] = Field(default_factory=list, description="marker ids with no entry")


class SourceInfo(_Frozen):
    """A source entry as the reviewer's report shows it (only with `--claims`)."""

    id: str
    number: int | None = None
    label: str | None = None
    title: str
    url: str | None = None
    domain: str | None = None
    doi: str | None = None
    pmid: str | None = None
    line: int
    column: int
    cited: int = Field(description="times a marker cites this entry")


class FileReport(_Frozen):
    path: str
    format: InputFormat | None = None
    article: ArticleInfo = Field(default_factory=ArticleInfo)
    stats: Stats = Field(default_factory=Stats)
    findings: list[Finding] = Field(default_factory=list)
    claims: list[ClaimInfo] | None = None
    sources: list[SourceInfo] | None = None


class ToolInfo(_Frozen):
    name: str = "medlint"
    version: str


class Summary(_Frozen):
    files: int = 0
    files_with_findings: int = 0
    errors: int = 0
    warnings: int = 0
    infos: int = 0
    claims: int = 0
    cited_claims: int = 0
    citation_coverage: float = 1.0
    fixed: int | None = Field(None, description="baseline findings that no longer occur")


class Report(_Frozen):
    tool: ToolInfo
    files: list[FileReport] = Field(default_factory=list)
    summary: Summary = Field(default_factory=Summary)
