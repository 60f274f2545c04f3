"""Rules, one module per family; each rule only yields violations, the engine does the rest."""

from lint.rules.base import Context, Rule, RuleDefinitionError

__all__ = ["Context", "Rule", "RuleDefinitionError"]
