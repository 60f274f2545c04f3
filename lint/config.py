"""Configuration: `[tool.medlint]` in the nearest pyproject.toml, or medlint.toml, validated by pydantic."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, SecretStr, ValidationError, field_validator

from lint.model import ClaimKind, Severity
from lint.patterns import compile_patterns

DEFAULT_DISCLAIMER_PATTERNS = [
    r"\b(?:not|never|neither|nor)\b[\w\s]{0,30}?\b(?:substitute|replacement)\s+for\b.{0,60}\b(?:medical|health|professional|doctor|clinician|physician)",
    r"\b(?:not|never)\s+(?:be\s+used\s+to\s+|intended\s+to\s+|meant\s+to\s+)?replace\b.{0,60}\b(?:medical|health|professional|doctor|clinician|physician|advice"
    r"|consultation|care\s+team|nurse|gp|pharmacist)",
    # "The information here should not substitute medical advice": the verb without its "for"
    r"\b(?:not|never)\s+substitute\s+(?:\w+\s+){0,2}?(?:medical|professional|health\s*care)\s+(?:advice|care|treatment)\b",
    # A.D.A.M.'s wording: "should not be used during any medical emergency or for the diagnosis or treatment of ..."
    r"\bshould\s+not\s+be\s+used\b.{0,40}\b(?:medical\s+emergency|diagnos(?:is|e|ing))\b",
    r"\bdo(?:es)?\s+not\s+replace\b.{0,60}\b(?:advice|care|doctor|clinician|physician|professional)",
    # "for general information only", "for entertainment & educational purposes only"
    r"\bfor\s+(?:general\s+|[a-z]+\s*(?:&|and)\s*)?(?:education(?:al)?|information(?:al)?|guidance)\s+(?:purposes\s+|use\s+)?only\b",
    # "The Emergency Guide is provided as a reference only"
    r"\b(?:is|are)\s+(?:provided|intended)\s+(?:as\s+an?\s+|for\s+)(?:general\s+)?(?:reference|guide)\s+only\b",
    r"\bnot\s+intended\s+(?:as|to\s+be)\s+(?:medical|professional)\s+advice\b",
    r"\b(?:information|leaflet|page|content|article|guide|material|site|website)\b.{0,30}\bdo(?:es)?\s+not\s+take\s+the\s+place\s+of\b",
    # "Our information should not be used in place of a consultation with your doctor."
    r"\b(?:not|never)\s+(?:be\s+)?used\s+(?:in\s+place\s+of|instead\s+of)\b.{0,60}\b(?:advice|consultation|doctor|"
    r"clinician|physician|professional|care\s+team|nurse|gp|pharmacist)",
    r"\b(?:cannot|can['’]t|do\s+not|don['’]t)\s+(?:give|provide|offer)\s+(?:individual\s+|personal\s+)?medical\s+advice\b",
    r"\bdoes\s+not\s+(?:constitute|provide|offer)\s+(?:medical|professional\s+medical)\s+advice\b",
    r"\bis\s+not\s+(?:medical|professional\s+medical)\s+advice\b",
    r"\bnot\s+(?:be\s+)?(?:considered|construed|taken|regarded)\s+(?:as\s+)?(?:medical|professional(?:\s+medical)?)\s+advice\b",
    r"\balways\s+(?:consult|seek\s+the\s+advice\s+of|check\s+with)\s+(?:with\s+)?(?:your|a)\s+(?:own\s+)?(?:qualified\s+)?"
    r"(?:health\s*care|medical)\s+(?:provider|professional|team)",
]
DEFAULT_RED_FLAG_PATTERNS = [
    r"\bwhen\s+to\s+(?:contact|call|phone|ring|alert|notify|tell|see|seek|get|talk\s+to|speak\s+to|go\s+to|ask)\b",
    r"\bwhen\s+should\s+(?:i|you|we)\s+(?:call|contact|see|seek|get|go|worry)\b",
    r"\bwhen\s+to\s+worry\b",
    # "When do I need to call my care team?", "What to do in an emergency", "Signs to report right away"
    r"\bwhen\s+(?:do|would|will|might)\s+(?:i|you|we)\s+(?:need\s+to\s+)?(?:call|contact|phone|ring|see|seek|get\s+help"
    r"|get\s+in\s+touch)\b",
    r"\bwhat\s+to\s+do\s+in\s+an\s+emergency\b",
    r"\bto\s+report\s+(?:right\s+away|immediately|straight\s+away|urgently|at\s+once|promptly)\b",
    # "Check with your doctor or nurse immediately if any of the following side effects occur:"; "you doctor" is a slip
    # for "your" that pages print
    r"\b(?:tell|check\s+with|talk\s+(?:to|with)|speak\s+(?:to|with))\s+(?:your?|a)\s+(?:doctor|gp|nurse|pharmacist|"
    r"health\s*care\s+(?:provider|professional)|care\s+team)(?:\s+or\s+(?:your\s+|a\s+)?(?:doctor|gp|nurse|pharmacist))?"
    r"\s+(?:right\s+away|immediately|urgently|straight\s+away|at\s+once|as\s+soon\s+as\s+possible)\b",
    r"\bred[\s-]?flags?\b",
    r"\bdanger\s+signs?\b",
    r"\b(?:seek|get)\s+(?:medical\s+)?help\s+(?:right\s+away|immediately|straight\s+away|urgently|now)\b",
    r"\b(?:call|contact|phone|ring|see)\s+(?:your|a)\s+(?:doctor|gp|nurse|midwife|care\s+team|health\s*care\s+"
    r"(?:provider|team|professional)|provider)\s+(?:right\s+away|immediately|urgently|straight\s+away|at\s+once|"
    r"promptly|if)\b",
    # "Contact your oncology team if you develop:", "Phone your chemotherapy helpline if you:"
    # "Call the Acute Oncology Unit (AOU) if you are experiencing:": a unit's name and its acronym
    r"\b(?:call|contact|phone|ring)\s+(?:your|the)\s+(?:[\w'’-]+\s+){0,3}?(?:team|helpline|hotline|advice\s+line|"
    r"centre|center|unit|ward|doctor|nurse|service)\s+(?:\([A-Z]{2,8}\)\s+)?(?:right\s+away|immediately|urgently|straight\s+away|at\s+once|if)\b",
    # "Get in touch with your cancer team straight away if", "Notify your oncology team promptly if",
    # "Speak to your chemotherapy nurse immediately", "Call us right away if"
    r"\b(?:get\s+in\s+touch\s+with|notify|alert)\s+(?:your|the)\s+(?:[\w'’-]+\s+){0,2}?(?:team|doctor|gp|nurse|"
    r"provider|specialist|helpline|hotline|service)s?\s+(?:right\s+away|immediately|urgently|straight\s+away|at\s+once|"
    r"promptly|as\s+soon\s+as\s+possible|if)\b",
    r"\b(?:tell|inform|speak\s+(?:to|with)|talk\s+(?:to|with))\s+(?:your|the)\s+(?:[\w'’-]+\s+){1,2}?(?:team|doctor|"
    r"gp|nurse|provider|specialist)s?\s+(?:right\s+away|immediately|urgently|straight\s+away|at\s+once|"
    r"as\s+soon\s+as\s+possible)\b",
    r"\b(?:call|phone|ring|contact)\s+us\s+(?:right\s+away|immediately|urgently|straight\s+away|at\s+once)\b",
    # "Let your doctor or nurse know right away if", "Let us know immediately if"
    r"\blet\s+(?:us|(?:your|the)\s+(?:[\w'’-]+\s+){0,2}?(?:team|doctor|gp|nurse|provider)s?(?:\s+or\s+(?:your\s+)?"
    r"(?:doctor|gp|nurse|team|pharmacist))?)\s+know\s+(?:right\s+away|immediately|urgently|straight\s+away|at\s+once|"
    r"as\s+soon\s+as\s+possible)\b",
    # "Report these symptoms to your nurse immediately:"
    r"\breport\s+(?:these|this|them|it|any\s+of\s+(?:these|the\s+following))(?:\s+(?:symptoms?|side\s+effects?|signs?|"
    r"problems?))?\s+(?:to\s+(?:your|the)\s+(?:[\w'’-]+\s+){0,2}?(?:team|doctor|gp|nurse|provider)s?\s+)?"
    r"(?:right\s+away|immediately|urgently|straight\s+away|at\s+once|promptly)\b",
    # the NHS wording: "Ask for an urgent GP appointment or get help from NHS 111 if:"
    r"\burgent\s+gp\s+appointment\b|\bget\s+help\s+from\s+(?:nhs\s+)?111\b",
    r"\b(?:seek|get|need)\s+(?:urgent|emergency|immediate|prompt)\s+(?:medical\s+)?(?:care|help|attention|advice|treatment"
    r"|health\s*care)\b",
    # "If any of the following symptoms arise seek further care;" over its list
    r"\bseek\s+(?:further|more)\s+(?:medical\s+)?(?:care|help|advice|attention)\b",
    # a clinic's "When to return" over the signs to come back with; never returning to work, school or sport
    r"^when\s+to\s+(?:return|come\s+back)(?:\s+to\s+(?:the\s+)?(?:clinic|practice|surgery|doctor|gp|hospital))?\s*[:?]?$",
    r"\bseek\s+medical\s+(?:care|help|attention|advice)\s+(?:immediately|urgently|straight\s+away|right\s+away|at\s+once)\b",
    r"\b(?:seek|get)\s+medical\s+(?:help|attention)\b",
    # "Come to the doctor's office if...", "Go to your GP surgery if:"
    r"\b(?:come|go)\s+(?:in\s+)?to\s+(?:the|your)\s+(?:doctor['’]?s|gp['’]?s?|clinic|surgery|practice)(?:\s+(?:office|surgery))?\s+if\b",
    # "You should see your ophthalmologist right away if:": a specialist named by the suffix of her field
    r"\b(?:see|call|contact|visit|phone)\s+(?:your|a|an)\s+(?:[\w-]+\s+)?(?:[a-z]+(?:ologist|iatrist|ician)|dentist|optometrist"
    r"|surgeon|specialist|midwife|health\s+visitor)\s+(?:right\s+away|immediately|urgently|straight\s+away|at\s+once|promptly)\b",
    # "Discuss it with the doctor immediately if your patient has any of the following:"
    r"\b(?:discuss|talk\s+about|raise)\b[^.!?]{0,40}\bwith\s+(?:your|the|a)\s+(?:doctor|gp|nurse|care\s+team|provider|pharmacist)"
    r"\s+(?:right\s+away|immediately|urgently|straight\s+away|at\s+once)\b",
    # "Report immediately to hospital or your doctor if you have:", "Go straight to the hospital if"
    r"\b(?:go|report|come)\s+(?:right\s+away|immediately|straight(?:\s+away)?|urgently|at\s+once)\s+to\s+"
    r"(?:the\s+|a\s+|your\s+)?(?:nearest\s+|local\s+)?(?:hospital|doctor|gp|a\s*&\s*e|emergency)\b",
    # "Signs it's time to see a doctor", "When it's time to seek treatment for dry eye"
    r"\b(?:signs?|symptoms?|when)\s+(?:that\s+)?it['’]?s\s+time\s+to\s+(?:see|seek|call|contact|visit|get)\b",
    r"\burgent(?:ly)?\s+(?:care|help|medical|attention|advice|signs?|symptoms?|side\s+effects?|action|problems?)\b",
    r"\bwarning\s+signs?\b",
    r"\bemergency\s+(?:signs|symptoms|care|help|action|treatment)\b",
    r"\bwhen\s+(?:it'?s|is\s+it)\s+an\s+emergency\b",
    r"\b(?:recogni[sz](?:e|ing)|spot(?:ting)?)\s+(?:an?\s+)?emergency\b",
    # "Tell the doctor or nurse if any of these symptoms occur:" over a list of them
    r"\b(?:tell|contact|call|inform|notify)\s+(?:your|the|a)\s+(?:doctor|nurse|care\s+team|gp)(?:\s+or\s+(?:\w+\s+)?\w+)?\s+"
    r"(?:(?:right\s+away|immediately|straight\s+away|urgently|at\s+once)\s+)?if\s+(?:you\s+\w+\s+)?(?:any\s+(?:of\s+)?)?(?:these|the\s+following)\s+"
    r"(?:symptoms|signs|side\s+effects)\b",
    r"\bcall\s+(?:9-?1-?1|999|112|000|111|an\s+ambulance|emergency\s+services|your\s+(?:doctor|care\s+team|gp|nurse))\b",
    r"\bimmediate\s+(?:action|medical\s+(?:help|attention|care))\b",
    r"\bgo\s+(?:straight\s+)?to\s+(?:a\s*&\s*e|(?:the\s+|an\s+)?emergency\b|your\s+(?:nearest|local)\s+emergency|urgent\s+care)\b",
    # a lead-in sending the reader to a clinician on conditions the list gives: "Consult a doctor for sunburn
    # treatment if:", "See your doctor as soon as possible if the burn:"
    r"\b(?:see|consult|visit|call|contact|phone|ring)\s+(?:your|a|the)\s+(?:family\s+)?(?:doctor|gp|physician|nurse|"
    r"pharmacist|health\s*care\s+(?:provider|professional)|provider)\b[^.!?:]{0,50}\bif\b[^.!?:]{0,40}:\s*$",
]

# the claims reviewers check number by number: each needs a marker in its own sentence
DEFAULT_OWN_MARKER_KINDS: list[ClaimKind] = ["statistic", "dosage"]
# unsourced numbers and doses are the claims a reader is most likely to act on
DEFAULT_CLAIM_SEVERITY: dict[ClaimKind, Severity] = {"statistic": "error", "dosage": "error"}

CONFIG_FILES = ("medlint.toml", "pyproject.toml")


class ConfigError(Exception):
    """A configuration that cannot be used; the CLI exits 2 with this message."""


class VerifyConfig(BaseModel):
    """`[tool.medlint.verify]`: checking each source's link, DOI and PMID over the network (opt-in)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    verify: bool = Field(False, description="verify sources on every `medlint check` (as --verify-sources)")
    offline: bool = Field(False, description="answer from the cache only, never the network (as --offline)")
    crossref_api: str = Field("https://api.crossref.org", description="Crossref REST API, for DOIs")
    pubmed_api: str = Field("https://eutils.ncbi.nlm.nih.gov/entrez/eutils", description="NCBI E-utilities, for PMIDs")
    mailto: str | None = Field(
        None, description="a contact address sent to Crossref and NCBI (their polite pools ask for one)"
    )
    ncbi_api_key: SecretStr | None = Field(
        None, description="NCBI API key (or MEDLINT_NCBI_API_KEY): 10 requests/s instead of 3; never printed"
    )
    cache_dir: Path | None = Field(None, description="where the cache lives; the user cache folder by default")
    max_source_age_years: int = Field(10, ge=1, description="outdated-source: years before the article's review")
    title_similarity: float = Field(
        0.6, ge=0, le=1, description="identifier-mismatch below this token-set similarity of the two titles"
    )
    concurrency: int = Field(32, ge=1, le=256, description="requests in flight in all")
    per_host_concurrency: int = Field(4, ge=1, le=64, description="requests in flight to one host")
    crossref_rate: float = Field(10, gt=0, description="Crossref requests per second (at most 3 in flight)")
    ncbi_rate: float | None = Field(None, gt=0, description="NCBI requests per second; 3, or 10 with an API key")
    connect_timeout: float = Field(5, gt=0)
    request_timeout: float = Field(15, gt=0, description="hard limit on one request, redirects included")
    verify_timeout: float = Field(300, gt=0, description="limit on the whole verification of a run")
    retries: int = Field(2, ge=0, le=10, description="retries on 429, 5xx and connection errors")
    max_retry_after: float = Field(30, ge=0, description="longest Retry-After honoured, in seconds")
    cache_live_days: float = Field(7, ge=0, description="how long a live link is trusted")
    cache_metadata_days: float = Field(7, ge=0, description="how long DOI and PMID metadata are kept")
    cache_dead_days: float = Field(1, ge=0, description="how long a dead link or unknown identifier is kept")
    cache_retraction_days: float = Field(1, ge=0, description="how long a retraction status is trusted online")

    @field_validator("crossref_api", "pubmed_api")
    @classmethod
    def _service_url(cls, url: str) -> str:
        if not url.startswith(("http://", "https://")):
            raise ValueError(f"not an http(s) address: {url!r}")
        return url.rstrip("/")


class Config(BaseModel):
    """Everything `[tool.medlint]` may set. Unknown keys are errors."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    select: list[str] = Field(default_factory=lambda: ["ALL"], description="rule names, codes or code prefixes to run")
    ignore: list[str] = Field(default_factory=list, description="rule names, codes or code prefixes to skip")
    severity: dict[str, Severity] = Field(default_factory=dict, description="per-rule severity, by name or code")
    fail_on: Literal["error", "warning", "info", "never"] = "error"
    citation_scope: Literal["block", "sentence"] = Field(
        "block",
        description="block: a marker covers the uncited sentences before it in its paragraph or list item; "
        "sentence: every claim needs its own marker",
    )
    own_marker_kinds: list[ClaimKind] = Field(
        default_factory=lambda: list(DEFAULT_OWN_MARKER_KINDS),
        description="claim kinds that need a citation marker in their own sentence whatever citation_scope says; "
        "reviewers check these number by number",
    )
    disclaimer_patterns: list[str] = Field(
        default_factory=lambda: list(DEFAULT_DISCLAIMER_PATTERNS),
        description="regular expressions (RE2 syntax, case-insensitive) for a block that states the disclaimer",
    )
    disclaimer_text: str | None = Field(
        None,
        description="the site's disclaimer; with it, missing-disclaimer has an unsafe fix that adds it under "
        "a '## Disclaimer' heading",
    )
    red_flag_patterns: list[str] = Field(
        default_factory=lambda: list(DEFAULT_RED_FLAG_PATTERNS),
        description="regular expressions (RE2 syntax, case-insensitive) for the red-flag section's heading or label",
    )
    max_review_age_months: int = Field(24, ge=1)
    date_order: Literal["MDY", "DMY"] | None = Field(
        None,
        description="how to read an ambiguous date in figures such as 1/4/2018: MDY (January 4) "
        "or DMY (1 April); unset: as the page's unambiguous dates show, else as its English variant "
        "(British spelling reads day first), else MDY",
    )
    exclude: list[str] = Field(default_factory=list, description="glob patterns of paths never checked")
    per_file_ignores: dict[str, list[str]] = Field(default_factory=dict)
    require_suppression_reason: bool = Field(
        False, description="suppression comments must give a reason after ' -- ' (missing-suppression-reason)"
    )
    claim_severity: dict[ClaimKind, Severity] = Field(
        default_factory=lambda: dict(DEFAULT_CLAIM_SEVERITY),
        description="severity of an uncited claim by kind; a kind not listed takes the uncited-claim severity, "
        "so statistic and dosage stay errors when the rule is set to warning",
    )
    exempt_patterns: list[str] = Field(
        default_factory=list,
        description="regular expressions (RE2 syntax, case-insensitive) for sentences the site treats as common "
        "knowledge; a claim that matches one needs no source",
    )
    trusted_domains: list[str] | None = Field(
        None,
        description="domains source-domain trusts (each covers its subdomains); replaces the shipped list of "
        "authoritative health domains when set",
    )
    extend_trusted_domains: list[str] = Field(
        default_factory=list, description="domains source-domain trusts on top of trusted_domains or the shipped list"
    )
    denied_domains: list[str] = Field(
        default_factory=list, description="domains source-domain reports whenever an entry cites them"
    )
    accepted_source_languages: list[str] = Field(
        default_factory=list,
        description="ISO 639-1 codes of languages a source title may be in besides the article's own "
        "(source-language-mismatch)",
    )
    allowed_hosts: list[str] = Field(
        default_factory=list,
        description="host names, addresses or networks (10.0.0.0/8) medlint may fetch from although they are "
        "loopback, private or link-local; everything else must be a public address",
    )
    verify: VerifyConfig = Field(default_factory=VerifyConfig, description="[tool.medlint.verify]")
    docs_url: str | None = Field(
        None,
        description="where each rule's documentation lives, for SARIF helpUri and JSON help_uri: '{rule}' is "
        "replaced by the rule's name, else '#rule' is added; default: docs/rules.md of this medlint version",
    )
    extend: str | None = Field(
        None,
        description="another config file this one inherits, relative to this file (`../medlint.toml`); "
        "keys set here replace the inherited ones",
    )

    max_file_size: int = Field(
        20_000_000,
        ge=1,
        description="largest article checked, in bytes (default 20 MB); a larger file is a parse-error finding",
    )
    file_timeout: float = Field(
        60,
        ge=0,
        description="seconds one article may take to parse, analyse and check, per megabyte over 1 MB "
        "(0: no limit); a file that takes longer is a parse-error finding and the run goes on",
    )

    # where the config was found; globs are relative to it
    root: Path = Field(default_factory=Path.cwd, exclude=True)

    @field_validator("disclaimer_patterns", "red_flag_patterns", "exempt_patterns")
    @classmethod
    def _compile(cls, patterns: list[str]) -> list[str]:
        # compiled here exactly as lint.patterns matches them, so a pattern that loads is one that runs
        compile_patterns(tuple(patterns))
        return patterns

    @field_validator("claim_severity")
    @classmethod
    def _keep_default_claim_severity(cls, value: dict[ClaimKind, Severity]) -> dict[ClaimKind, Severity]:
        # setting one kind keeps statistic and dosage at error unless they are named too
        return {**DEFAULT_CLAIM_SEVERITY, **value}

    @field_validator("trusted_domains", "extend_trusted_domains", "denied_domains")
    @classmethod
    def _domains(cls, domains: list[str] | None) -> list[str] | None:
        if domains is None:
            return None
        # compared as bare lower-case host names: `https://www.NHS.uk/` is `nhs.uk`
        out = []
        for d in domains:
            host = d.strip().lower()
            host = host.split("://", 1)[-1].split("/", 1)[0].strip(".").removeprefix("www.")
            if not re.fullmatch(r"[a-z0-9-]+(?:\.[a-z0-9-]+)*", host):
                raise ValueError(f"not a domain: {d!r}")
            out.append(host)
        return out

    @field_validator("accepted_source_languages")
    @classmethod
    def _language_codes(cls, codes: list[str]) -> list[str]:
        for c in codes:
            if not re.fullmatch(r"[a-z]{2,3}", c):
                raise ValueError(f"not an ISO 639-1 language code such as 'es': {c!r}")
        return codes


def _load_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read config: {exc.strerror}") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML: {exc}") from exc


def _table(path: Path) -> dict[str, Any] | None:
    data = _load_toml(path)
    if path.name == "pyproject.toml":
        table = data.get("tool", {}).get("medlint")
        return table if isinstance(table, dict) else None
    return data.get("tool", {}).get("medlint", data) if "tool" in data else data


def find_config_file(start: Path) -> Path | None:
    """The nearest medlint.toml, or pyproject.toml with a [tool.medlint] table, at or above ``start``."""
    start = start.resolve()
    for folder in [start, *start.parents]:
        for name in CONFIG_FILES:
            candidate = folder / name
            if candidate.is_file():
                if name == "pyproject.toml":
                    try:
                        if _table(candidate) is None:
                            continue
                    except ConfigError:
                        return candidate  # a broken pyproject is reported, not skipped
                return candidate
    return None


def load_config(path: Path | None = None, *, start: Path | None = None) -> Config:
    """Load ``path``, or discover the nearest config from ``start``; defaults when there is none."""
    if path is None:
        path = find_config_file(start or Path.cwd())
        if path is None:
            return Config(root=(start or Path.cwd()).resolve())
    if not path.is_file():
        raise ConfigError(f"{path}: config file not found")
    table = _table(path) or {}
    if "extend" in table:  # an inherited config: lint.settings follows the chain and detects cycles
        from lint.settings import load_settings

        return load_settings(path).config
    return config_from_mapping(table, source=str(path), root=path.resolve().parent)


def config_from_mapping(table: dict[str, Any], *, source: str = "<config>", root: Path | None = None) -> Config:
    data = {k.replace("-", "_"): v for k, v in table.items()}
    if "root" in data:
        raise ConfigError(f"{source}: unknown key 'root' in [tool.medlint]")
    try:
        config = Config.model_validate({**data, "root": root or Path.cwd()})
    except ValidationError as exc:
        raise ConfigError(_explain(exc, source)) from exc
    from lint.rules import registry

    for selector in [*config.select, *config.ignore, *config.severity]:
        if not registry.resolve(selector):
            raise ConfigError(f"{source}: unknown rule or code {selector!r}")
    for pattern, selectors in config.per_file_ignores.items():
        for selector in selectors:
            if not registry.resolve(selector):
                raise ConfigError(f"{source}: per_file_ignores[{pattern!r}]: unknown rule or code {selector!r}")
    return config


def _explain(exc: ValidationError, source: str) -> str:
    lines = []
    for err in exc.errors():
        where = ".".join(str(p) for p in err["loc"])
        if err["type"] == "extra_forbidden":
            lines.append(f"{source}: unknown key {where!r} in [tool.medlint]")
        else:
            lines.append(f"{source}: {where}: {err['msg']}")
    return "\n".join(lines)
