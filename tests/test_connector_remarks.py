"""Conversions joined in the ways the press writes besides "A (B)": a remark on the rate after
B, a hedged bracket after a word or two, a slash between two currencies, a figure used as a
compound adjective ("a 20,000-ruble fine"), and the Colombian millions apostrophe."""

from __future__ import annotations

from decimal import Decimal

import pytest

import figcheck
from figcheck import Conversion
from figcheck.reading.mentions import find_money


def conversions(text: str, locale: str) -> list[tuple[Decimal, str | None, Decimal, str | None]]:
    return [
        (c.original.amount, c.original.currency, c.converted.amount, c.converted.currency)
        for c in figcheck.extract(text, locale=locale)
        if isinstance(c, Conversion)
    ]


# (locale, text, original amount, original currency, converted amount, converted currency);
# figures as published (the 2017 auction of a polymer £5 note, fines in Russian courts, a
# Turkish minimum wage, a baseball contract), sentences our own.
PAIRED = [
    ("en", "The rare note fetched £4,150, about €4,700 at the day's rate.", "4150", "GBP",
     "4700", "EUR"),
    ("en", "They paid USD100 being worth around 840 Argentine pesos at the official rate.",
     "100", "USD", "840", "ARS"),
    ("fr", "Le parquet a requis 260.000 roubles, environ 3.000 euros au taux de change actuel.",
     "260000", "RUB", "3000", "EUR"),
    ("fr", "L'offre atteint 6,5 milliards de dollars (4,65 milliards d'euros environ).",
     "6500000000", "USD", "4650000000", "EUR"),
    ("it", "Un contratto da 290 milioni di euro (330 milioni di dollari al cambio del giorno).",
     "290000000", "EUR", "330000000", "USD"),
    ("de", "Der Mindestlohn steigt auf 5500 Türkische Lira netto (rund 316 Euro) im Monat.",
     "5500", "TRY", "316", "EUR"),
    ("en", "A court let stand the 20,000-ruble ($350) penalty.", "20000", "RUB", "350", "USD"),
    ("en", "They signed the 2.5-billion-euro (over $3 billion) contract.", "2500000000", "EUR",
     "3000000000", "USD"),
    ("en", "The median pay is RM3,212 / US$729 a month.", "3212", "MYR", "729", "USD"),
    ("es", "Ecuador pagará 425 dólares estadounidenses (casi 1'600.000 pesos colombianos).",
     "425", "USD", "1600000", "COP"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("locale", "text", "amount", "currency", "converted", "converted_currency"), PAIRED
)
def test_written_conversion_is_paired(
    locale: str,
    text: str,
    amount: str,
    currency: str,
    converted: str,
    converted_currency: str,
) -> None:
    expected = (Decimal(amount), currency, Decimal(converted), converted_currency)
    assert expected in conversions(text, locale)


NOT_PAIRED = [
    ("en", "The firm paid €5m in cash ($5.4m in shares)."),
    ("en", "He bought a 3-pound bag of apples for $5."),
    ("en", "The fee is 1 INR/0.015 USD on paper."),
    ("en", "Prices were $5 / $6 a head."),
    ("en", "Sales hit €200m in 2019, and $300m on the black market the year after."),
    ("fr", "Il a payé 260.000 roubles, puis 3.000 euros au taux de change actuel."),
]


@pytest.mark.parametrize(("locale", "text"), NOT_PAIRED)
def test_not_a_conversion(locale: str, text: str) -> None:
    assert conversions(text, locale) == []


def test_a_weight_joined_by_a_hyphen_is_not_money() -> None:
    assert [m.text for m in find_money("He bought a 3-pound bag of apples for $5.")] == ["$5"]


def test_the_millions_apostrophe_reads_as_a_group_sign() -> None:
    (money,) = find_money("El mínimo es de 1'117.172 pesos colombianos.", locale="es")
    assert money.amount == Decimal(1117172)
