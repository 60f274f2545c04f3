"""The table of rules: registration with duplicate checks, and selection by name, code, prefix or alias.

Selecting rules reads the generated table of names and codes (`lint/rules/table.py`) and imports no rule
module: a run answered from the result cache never loads the rules.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from lint.rules.table import RULES

if TYPE_CHECKING:
    from lint.rules.base import Rule

_BY_NAME: dict[str, type[Rule]] = {}
_BY_CODE: dict[str, type[Rule]] = {}
_ALIASES: dict[str, str] = {}
# what the table says, for selection before (or without) loading the rule modules
_CODE_OF: dict[str, str] = {name: code for code, name, _ in RULES}
_NAME_OF: dict[str, str] = {code: name for code, name, _ in RULES}
_TABLE_ALIASES: dict[str, str] = {alias: name for _, name, aliases in RULES for alias in aliases}
_loaded = False


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
    # a rule defined after the families (a plugin, a test) is selectable like the others
    _CODE_OF.setdefault(rule.name, rule.code)
    _NAME_OF.setdefault(rule.code, rule.name)
    for alias in rule.aliases:
        _TABLE_ALIASES.setdefault(alias, rule.name)


def all_rules() -> list[type[Rule]]:
    _load()
    return sorted(_BY_NAME.values(), key=lambda r: r.code)


def get(name_or_code: str) -> type[Rule] | None:
    _load()
    key = name_or_code.strip()
    name = _ALIASES.get(key, key)
    return _BY_NAME.get(name) or _BY_CODE.get(key.upper())


def name_of(name_or_code: str) -> str | None:
    """The rule's name for a name, old name or code, without loading any rule."""
    key = name_or_code.strip()
    name = _TABLE_ALIASES.get(key, key)
    return name if name in _CODE_OF else _NAME_OF.get(key.upper())


def code_of(name: str) -> str:
    """A rule's code by its name, without loading any rule."""
    return _CODE_OF[name]


def resolve(selector: str) -> set[str]:
    """Rule names a selector means: 'ALL', a name, an old name, a code, or a code prefix ('CIT', 'SRC0')."""
    key = selector.strip()
    if key.upper() == "ALL":
        return set(_CODE_OF)
    name = name_of(key)
    if name is not None:
        return {name}
    prefix = key.upper()
    return {name for code, name in _NAME_OF.items() if code.startswith(prefix)} if prefix.isalnum() else set()


def table_rows() -> list[tuple[str, str, tuple[str, ...]]]:
    """(code, name, aliases) of every rule the families define, as `lint/rules/table.py` must list them."""
    _load()
    return sorted(_family_rows())


def _family_rows() -> list[tuple[str, str, tuple[str, ...]]]:
    # rules defined elsewhere (a test's probe) are not the table's business
    return [(r.code, r.name, tuple(r.aliases)) for r in _BY_NAME.values() if r.__module__.startswith("lint.rules.")]


def _load() -> None:
    global _loaded
    if _loaded:
        return
    # importing the family modules registers their rules (and a rule missing from a stale table with them)
    from lint.rules import citations, general, metadata, sources, structure, verification  # noqa: F401

    _loaded = True
