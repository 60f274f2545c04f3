"""Findings and reports: what the engine hands every reporter, and what `--format json` prints."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from lint.model.article import BlockKind, BlockRole, InputFormat, Person
from lint.model.verification import Verification

Severity = Literal["error", "warning", "info"]
SEVERITY_RANK: dict[str, int] = {"info": 0, "warning": 1, "error": 2}
ClaimKind = Literal["statistic", "dosage", "treatment", "causal", "advice", "general"]
# cited: a marker that covers it resolves; broken: it has markers but every one is unresolved or malformed
ClaimStatus = Literal["cited", "uncited", "broken"]
# safe: keeps what the article says (`--fix`); unsafe: changes it (`--unsafe-fixes`); display-only: never applied
Applicability = Literal["safe", "unsafe", "display-only"]


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
    fix: Fix | None = None


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


def _absent(value: object) -> bool:
    return value is None


class Edit(_Frozen):
    """Replace the text between two character offsets of the article (line endings read as `\\n`) with ``content``."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    content: str = ""
    # filled in by the engine for reporters and editors
    line: int | None = Field(None, ge=1, exclude_if=_absent)
    column: int | None = Field(None, ge=1, exclude_if=_absent)
    end_line: int | None = Field(None, ge=1, exclude_if=_absent)
    end_column: int | None = Field(None, ge=1, exclude_if=_absent)


class Fix(_Frozen):
    """How to remove a finding: text edits that never overlap, and whether applying them is safe."""

    applicability: Applicability
    message: str = Field(description="what the fix does, for the diff summary and the editor's quick fix")
    edits: list[Edit]
    # a fix that renumbers the source list is applied alone in one pass: another may rewrite the same markers
    isolated: bool = Field(False, exclude=True)


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
    fix: Fix | None = Field(None, exclude_if=_absent)
    help_uri: str | None = Field(
        None, exclude_if=_absent, description="the rule's documentation (config docs_url); set by the JSON report"
    )


class ArticleInfo(_Frozen):
    title: str | None = None
    authors: list[Person] = Field(default_factory=list)
    reviewer: Person | None = None
    published: date | None = None
    updated: date | None = Field(None, description="the newest update or review date the page prints")
    reviewed: date | None = Field(None, description="the newest date of a medical review, when the page labels one")
    reading_time_minutes: int | None = None
    # how ambiguous dates in figures ("1/4/2018") were read, and why: config, page, language or default
    date_order: Literal["MDY", "DMY"] | None = None
    date_order_from: Literal["config", "page", "language", "default"] | None = None


class Stats(_Frozen):
    sentences: int = 0
    claims: int = 0
    cited_claims: int = Field(0, description="claims covered by a marker that resolves to a source")
    broken_claims: int = Field(0, description="claims whose only markers are unresolved or malformed")
    citation_coverage: float = Field(1.0, description="cited claims / claims, 1.0 with no claims")
    sources: int = 0
    markers: int = 0


class BlockInfo(_Frozen):
    """A block of the article's text as the reviewer's report shows it (only with `--claims`)."""

    kind: BlockKind
    role: BlockRole
    level: int = 0
    text: str
    line: int
    end_line: int


class MarkerInfo(_Frozen):
    """A citation marker in the text and the entries it resolves to (only with `--claims`)."""

    text: str
    ids: list[str]
    line: int
    column: int
    end_line: int
    end_column: int
    block: int = Field(description="index into the file's blocks")
    block_start: int = Field(description="offset of the marker in the block's text")
    block_end: int
    sources: list[str] = Field(default_factory=list, description="ids of the entries it resolves to")
    unresolved: list[str] = Field(default_factory=list, description="ids that match no entry")


class ClaimInfo(_Frozen):
    """A claim as the reviewer's report shows it (only with `--claims`)."""

    text: str
    line: int
    column: int
    end_line: int
    end_column: int
    kind: ClaimKind
    cited: bool
    status: ClaimStatus = "uncited"
    markers: list[str] = Field(default_factory=list, description="the text of each marker that covers the claim")
    citing: list[int] = Field(default_factory=list, description="indices into the file's markers covering the claim")
    sources: list[str] = Field(default_factory=list, description="resolved source ids")
    unresolved: list[str] = Field(default_factory=list, description="marker ids with no entry")
    block: int | None = Field(None, description="index into the file's blocks")
    block_start: int = Field(0, description="offset of the claim in the block's text")
    block_end: int = 0


# pass: none of the item's rules found anything; not-checked: none of its rules ran
CheckStatus = Literal["pass", "error", "warning", "info", "not-checked"]


class CheckItem(_Frozen):
    """One line of the checklist, decided only by the findings of its rules."""

    status: CheckStatus
    rules: list[str] = Field(default_factory=list, description="rules whose findings set the status")
    messages: list[str] = Field(default_factory=list, description="those findings' messages")


class Checklist(_Frozen):
    """What a medical reviewer ticks off for every article (only with `--claims`), derived from the findings."""

    disclaimer: CheckItem = Field(description="missing-disclaimer")
    red_flags: CheckItem = Field(description="missing-red-flags: a section on symptoms that need prompt or urgent care")
    author: CheckItem = Field(description="missing-author")
    reviewer: CheckItem = Field(description="missing-reviewer: a named clinician with credentials")
    review_date: CheckItem = Field(description="missing-date, date-order, future-date and stale-review")


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
    end_line: int
    end_column: int
    text: str = Field("", description="the entry as written")
    duplicate_of: str | None = Field(None, description="id of the earlier entry it repeats")
    cited_by: list[int] = Field(default_factory=list, description="indices into the file's markers citing it")
    findings: list[str] = Field(default_factory=list, description="rules with a finding on this entry")
    verification: Verification | None = Field(
        None, exclude_if=_absent, description="what checking the link, DOI and PMID found (--verify-sources)"
    )


class FileReport(_Frozen):
    path: str
    format: InputFormat | None = None
    article: ArticleInfo = Field(default_factory=ArticleInfo)
    stats: Stats = Field(default_factory=Stats)
    findings: list[Finding] = Field(default_factory=list)
    claims: list[ClaimInfo] | None = None
    sources: list[SourceInfo] | None = None
    # the article's text, markers and checklist for the reviewer's report; absent without `--claims`
    blocks: list[BlockInfo] | None = Field(None, exclude_if=_absent)
    markers: list[MarkerInfo] | None = Field(None, exclude_if=_absent)
    checklist: Checklist | None = Field(None, exclude_if=_absent)


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
    broken_claims: int = 0
    citation_coverage: float = 1.0
    fixed: int | None = Field(None, description="baseline findings that no longer occur")


class Report(_Frozen):
    tool: ToolInfo
    files: list[FileReport] = Field(default_factory=list)
    summary: Summary = Field(default_factory=Summary)
