"""The rules, one module each, in the order they run and are documented.

Each module holds one ``RULE`` record (from ``catalog``, where every rule's code, name and
severity are listed), a ``BAD`` and a ``GOOD`` example, and a ``check(context)`` generator; its
docstring is its documentation. The package also holds what the rules share: the check
configuration (``config``), the context a document is checked in (``context``) and the
conversion analysis (``fx``).

May import: the foundation, ``figcheck.reading`` and ``figcheck.rates``. Knows nothing of files
or output formats.
"""

from __future__ import annotations

from collections.abc import Iterator
from types import ModuleType
from typing import Protocol

from figcheck.model import Finding
from figcheck.rules import (
    fc101_conversion_inconsistent,
    fc102_conversion_off_reference,
    fc103_magnitude_slip,
    fc104_inverted_rate,
    fc105_currency_mismatch,
    fc106_cross_rate_inconsistent,
    fc107_stated_rate_off_reference,
    fc108_conversion_off_stated_rate,
    fc201_percent_change,
    fc202_total_mismatch,
    fc203_share_mismatch,
    fc204_multiple_mismatch,
    fc205_malformed_figure,
    fc301_unit_conversion_mismatch,
    fc401_no_reference_rate,
    fc402_ambiguous_currency,
    fc404_undated_document,
    fc405_unused_suppression,
    fc406_ambiguous_number,
)
from figcheck.rules._rule import Example, Rule
from figcheck.rules.context import CheckContext

RULE_MODULES: tuple[ModuleType, ...] = (
    fc101_conversion_inconsistent,
    fc102_conversion_off_reference,
    fc103_magnitude_slip,
    fc104_inverted_rate,
    fc105_currency_mismatch,
    fc106_cross_rate_inconsistent,
    fc107_stated_rate_off_reference,
    fc108_conversion_off_stated_rate,
    fc201_percent_change,
    fc202_total_mismatch,
    fc203_share_mismatch,
    fc204_multiple_mismatch,
    fc205_malformed_figure,
    fc301_unit_conversion_mismatch,
    fc401_no_reference_rate,
    fc402_ambiguous_currency,
    fc404_undated_document,
    fc405_unused_suppression,
    fc406_ambiguous_number,
)


class RuleModule(Protocol):
    """The shape every rule module has."""

    RULE: Rule
    BAD: Example
    GOOD: Example

    def check(self, context: CheckContext) -> Iterator[Finding]: ...


def all_rules() -> tuple[Rule, ...]:
    """Every rule record, in registry order (the catalog's: a test holds them equal)."""
    return tuple(module.RULE for module in RULE_MODULES)


def rule_module(code: str) -> ModuleType:
    """The module of the rule with this code or name; KeyError when there is none."""
    for module in RULE_MODULES:
        if code.upper() == module.RULE.code or code.lower() == module.RULE.name:
            return module
    raise KeyError(code)


__all__ = ["RULE_MODULES", "Example", "Rule", "RuleModule", "all_rules", "rule_module"]
