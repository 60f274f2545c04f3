"""The table of rules: registration with duplicate checks, and selection by name, code, prefix or alias."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lint.rules.base import Rule

_BY_NAME: dict[str, type[Rule]] = {}
_BY_CODE: dict[str, type[Rule]] = {}
_ALIASES: dict[str, str] = {}


def register(rule: type[Rule]) -> None:
    from lint.rules.base import RuleDefinitionError

    if rule.code in _BY_CODE:
        raise RuleDefinitionError(f"{rule.__name__}: code {rule.code} is already used by {_BY_CODE[rule.code].name}")
    if rule.name in _BY_NAME or rule.name in _ALIASES:
        raise RuleDefinitionError(f"{rule.__name__}: name {rule.name!r} is already used")
    for alias in rule.aliases:
        if alias in _BY_NAME or alias in _ALIASES:
            raise RuleDefinitionError(f"{rule.__name__}: alias {alias!r} is already used")
        _ALIASES[alias] = rule.name
    _BY_NAME[rule.name] = rule
    _BY_CODE[rule.code] = rule


def all_rules() -> list[type[Rule]]:
    _load()
    return sorted(_BY_NAME.values(), key=lambda r: r.code)


def get(name_or_code: str) -> type[Rule] | None:
    _load()
    key = name_or_code.strip()
    name = _ALIASES.get(key, key)
    return _BY_NAME.get(name) or _BY_CODE.get(key.upper())


def resolve(selector: str) -> set[str]:
    """Rule names a selector means: 'ALL', a name, an old name, a code, or a code prefix ('CIT', 'SRC0')."""
    _load()
    key = selector.strip()
    if key.upper() == "ALL":
        return set(_BY_NAME)
    rule = get(key)
    if rule is not None:
        return {rule.name}
    prefix = key.upper()
    return {r.name for code, r in _BY_CODE.items() if code.startswith(prefix)} if prefix.isalnum() else set()


def _load() -> None:
    # importing the family modules registers their rules
    from lint.rules import citations, general, metadata, sources, structure, verification  # noqa: F401
