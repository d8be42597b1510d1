"""A territory's letter for its currency before a figure ("N306", "P5.268 trillion", "R500").

Figures as published: the naira at N306 to the dollar officially and about N455 on the street in
March 2017; the Philippine budget of P5.268 trillion for 2023; South Africa's child support grant
of R500 a month in 2023. Sentences our own.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

import figcheck
from figcheck import Conversion, StatedRate
from figcheck.reading.mentions import find_money


def amounts(text: str, locale: str | None = "en") -> list[tuple[str, Decimal, str | None]]:
    return [(m.text, m.amount, m.currency) for m in find_money(text, locale=locale)]


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("In Lagos the fee rose to N5,000 last week.", "en", [("N5,000", 5000, "NGN")]),
        ("The naira budget gives each state N1.2 trillion.", "en",
         [("N1.2 trillion", 1.2e12, "NGN")]),
        ("The fee rose to N5,000.", "en_NG", [("N5,000", 5000, "NGN")]),
        ("Manila set the 2023 budget at P5.268 trillion.", "en",
         [("P5.268 trillion", 5.268e12, "PHP")]),
        ("South Africa pays R500 a month per child.", "en", [("R500", 500, "ZAR")]),
    ],
)  # fmt: skip
def test_a_territorys_letter_is_its_currency_where_the_text_names_it(
    text: str, locale: str, expected: list[tuple[str, float, str]]
) -> None:
    found = amounts(text, locale)
    assert [(t, float(a), c) for t, a, c in found] == [(t, float(a), c) for t, a, c in expected]


@pytest.mark.parametrize(
    "text",
    [
        # no territory, no name: a mask, a group of countries, a road
        "Wear an N95 mask; the P5 met in Geneva and the R2 was closed.",
        # the letter after a figure is a unit, not a currency
        "In Lagos the crane lifts 500 N of load.",
        # a letter glued to a word is part of it
        "The Lagos plant makes the XN500 model.",
    ],
)
def test_a_letter_is_no_currency_elsewhere(text: str) -> None:
    assert amounts(text) == []


def test_letter_signs_pair_and_state_rates() -> None:
    text = (
        "At the parallel market in Lagos the naira fetched about N455/$1 in March 2017, "
        "against the official rate of N306/$1."
    )
    rates = [c for c in figcheck.extract(text, locale="en") if isinstance(c, StatedRate)]
    assert [(r.base, r.quote, r.value, r.parallel_market) for r in rates] == [
        ("USD", "NGN", Decimal(455), True),
        ("USD", "NGN", Decimal(306), False),
    ]
    grant = "South Africa's grant is R500 (about $27) a month."
    found = figcheck.extract(grant, locale="en")
    (conversion,) = [c for c in found if isinstance(c, Conversion)]
    assert (conversion.original.currency, conversion.converted.currency) == ("ZAR", "USD")
    assert figcheck.check(grant, locale="en", date=dt.date(2023, 6, 1)).findings == []
    slip = "South Africa's grant is R500 (about $270) a month."
    codes = [f.code for f in figcheck.check(slip, locale="en", date=dt.date(2023, 6, 1)).findings]
    assert codes == ["FC103"]
