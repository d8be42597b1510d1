"""Every rule's identity (code, name, severity, summary) in one place, below everything that
checks: the configuration validates rule keys against it without importing the rules
themselves, and each rule module takes its ``RULE`` from here."""

from __future__ import annotations

from figcheck.model import Severity
from figcheck.rules._rule import Rule

FC101 = Rule(
    "FC101",
    "conversion-inconsistent-in-document",
    Severity.ERROR,
    "a conversion's implied rate disagrees with the other conversions of that pair",
)
FC102 = Rule(
    "FC102",
    "conversion-off-reference",
    Severity.WARNING,
    "a conversion's implied rate is outside the reference band for the document date",
)
FC103 = Rule(
    "FC103",
    "magnitude-slip",
    Severity.ERROR,
    "a converted amount is off by a power of ten",
)
FC104 = Rule(
    "FC104",
    "inverted-rate",
    Severity.ERROR,
    "the conversion divided where it should multiply, or the reverse",
)
FC105 = Rule(
    "FC105",
    "currency-mismatch",
    Severity.WARNING,
    "the figures fit another currency that shares the symbol or name",
)
FC106 = Rule(
    "FC106",
    "cross-rate-inconsistent",
    Severity.WARNING,
    "A→B, B→C and A→C conversions in one document do not close",
)
FC107 = Rule(
    "FC107",
    "stated-rate-off-reference",
    Severity.WARNING,
    "an exchange rate the text states is outside the reference band for the document date",
)
FC108 = Rule(
    "FC108",
    "conversion-off-stated-rate",
    Severity.ERROR,
    "a conversion disagrees with the exchange rate the text states, or two stated rates disagree",
)
FC201 = Rule(
    "FC201",
    "percent-change-mismatch",
    Severity.ERROR,
    "a stated percentage change does not fit the values it compares",
)
FC202 = Rule(
    "FC202",
    "total-mismatch",
    Severity.ERROR,
    "listed parts do not add up to the stated total",
)
FC203 = Rule(
    "FC203",
    "share-mismatch",
    Severity.ERROR,
    'a stated share ("X of Y (Z%)") does not fit its part and whole',
)
FC204 = Rule(
    "FC204",
    "multiple-mismatch",
    Severity.WARNING,
    '"doubled", "tripled", "halved", "a third" … does not fit the values',
)
FC205 = Rule(
    "FC205",
    "malformed-figure",
    Severity.WARNING,
    "a money figure written in a form that is almost always a typo",
)
FC301 = Rule(
    "FC301",
    "unit-conversion-mismatch",
    Severity.ERROR,
    'a quantity restated in another unit ("10 miles (16 km)") does not convert',
)
FC401 = Rule(
    "FC401",
    "no-reference-rate",
    Severity.INFO,
    "no reference data for that currency pair and date",
)
FC402 = Rule(
    "FC402",
    "ambiguous-currency",
    Severity.INFO,
    "a symbol or name could not be resolved to one currency",
)
FC404 = Rule(
    "FC404",
    "undated-document",
    Severity.INFO,
    "no document date, so reference checks were skipped",
)
FC405 = Rule(
    "FC405",
    "unused-suppression",
    Severity.INFO,
    "an inline suppression comment that suppresses nothing",
    default=False,
)
FC406 = Rule(
    "FC406",
    "ambiguous-number",
    Severity.INFO,
    "a figure's separator could be a decimal or a thousands sign and the text does not say",
)

#: Every rule, in code order.
ALL: tuple[Rule, ...] = (
    FC101,
    FC102,
    FC103,
    FC104,
    FC105,
    FC106,
    FC107,
    FC108,
    FC201,
    FC202,
    FC203,
    FC204,
    FC205,
    FC301,
    FC401,
    FC402,
    FC404,
    FC405,
    FC406,
)
