"""How a rule is declared: a class with a permanent code, a kebab-case name, a severity and a documented docstring."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, ClassVar, Literal

from lint.model import Article, LineIndex, Severity, Source, Violation

if TYPE_CHECKING:
    from lint.config import Config
    from lint.model.verification import SourceState
    from lint.nlp.analyze import Analysis
    from lint.nlp.sections import RedFlags
    from lint.nlp.source_identity import Duplicate

DOC_SECTIONS = ("What it does", "Why it matters", "Example", "Use instead", "Options")
# a rule with a fix documents it in this section, after the others
FIX_SECTION = "Fix"
_CODE = re.compile(r"^(MED|CIT|SRC|STR|META)\d{3}$")
_NAME = re.compile(r"^[a-z]+(?:-[a-z]+)*$")


def quote(text: str, limit: int = 60) -> str:
    """The start of a text for a message, on one line and cut at a word boundary."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0] + "…"


def source_name(source: Source) -> str:
    """How a message names a source: by its number or label, else by its first words ("Source ?" tells nobody which)."""
    if source.number is not None or source.label is not None:
        return f"Source {source.display_id}"
    words = source.title or source.text
    return f'Source "{quote(words)}"' if words.strip() else "An unnumbered source"


class RuleDefinitionError(TypeError):
    """A rule declared wrongly: found when its module is imported, not when it runs."""


@dataclass(frozen=True, slots=True)
class Context:
    """What a rule may look at."""

    article: Article
    analysis: Analysis
    config: Config
    today: date
    # indices of the blocks that state the disclaimer (found once, before the nlp stage skips them)
    disclaimers: frozenset[int]
    # line and column of any offset in the article, for messages that name another place
    lines: LineIndex
    # where the red-flag section is, or its empty heading (found once, shared with the report)
    red_flags: RedFlags
    # entries of the source list that repeat an earlier entry, in list order
    duplicates: list[Duplicate]
    # what verifying each entry found, in source-list order; None when sources were not verified
    source_states: tuple[SourceState, ...] | None = None


class Rule:
    """Base class of every rule. Subclasses set the class attributes and implement ``check``."""

    code: ClassVar[str]
    name: ClassVar[str]
    severity: ClassVar[Severity]
    # old names this rule still answers to in --select, --ignore, config and suppressions
    aliases: ClassVar[tuple[str, ...]] = ()
    # file-level rules are reported at line 1; set False for rules about a place in the text
    summary: ClassVar[str] = ""
    # whether the rule's findings may carry a fix, and how safe it is (its doc has a `## Fix` section)
    fix_applicability: ClassVar[Literal["safe", "unsafe"] | None] = None

    def __init_subclass__(cls, **kwargs: object) -> None:
        super().__init_subclass__(**kwargs)
        from lint.rules import registry

        for attr in ("code", "name", "severity"):
            if attr not in cls.__dict__:
                raise RuleDefinitionError(f"{cls.__name__}: missing class attribute {attr!r}")
        if not _CODE.match(cls.code):
            raise RuleDefinitionError(f"{cls.__name__}: code {cls.code!r} is not like CIT001")
        if not _NAME.match(cls.name):
            raise RuleDefinitionError(f"{cls.__name__}: name {cls.name!r} is not kebab-case")
        if cls.severity not in ("error", "warning", "info"):
            raise RuleDefinitionError(f"{cls.__name__}: severity {cls.severity!r} is not error, warning or info")
        sections = parse_doc(cls.__doc__ or "")
        missing = [s for s in DOC_SECTIONS if s not in sections]
        if missing:
            raise RuleDefinitionError(f"{cls.__name__}: docstring lacks section(s) {', '.join(missing)}")
        if (cls.fix_applicability is None) == (FIX_SECTION in sections):
            raise RuleDefinitionError(
                f"{cls.__name__}: a rule with fix_applicability documents its fix in a '## {FIX_SECTION}' section, "
                "and only such a rule"
            )
        cls.summary = sections["summary"]
        registry.register(cls)

    @classmethod
    def doc_sections(cls) -> dict[str, str]:
        return parse_doc(cls.__doc__ or "")

    @classmethod
    def doc_section_names(cls) -> tuple[str, ...]:
        """The sections a rule's documentation shows, in order: the fixed ones, then its fix if it has one."""
        return (*DOC_SECTIONS, FIX_SECTION) if cls.fix_applicability else DOC_SECTIONS

    def check(self, ctx: Context) -> Iterator[Violation]:
        raise NotImplementedError

    def violation(self, start: int, end: int, message: str, **kwargs: object) -> Violation:
        return Violation(self.name, start, end, message, **kwargs)  # type: ignore[arg-type]


def parse_doc(doc: str) -> dict[str, str]:
    """Split a rule docstring into its summary line and its `## Section` bodies."""
    lines = _dedent(doc).strip().splitlines()
    sections: dict[str, str] = {"summary": lines[0].strip() if lines else ""}
    current = None
    body: list[str] = []
    for line in lines[1:]:
        if line.startswith("## "):
            if current:
                sections[current] = "\n".join(body).strip()
            current = line[3:].strip()
            body = []
        else:
            body.append(line)
    if current:
        sections[current] = "\n".join(body).strip()
    return sections


def _dedent(doc: str) -> str:
    import inspect

    return inspect.cleandoc(doc)
