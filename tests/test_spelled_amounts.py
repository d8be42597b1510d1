"""Sums whose number is a word ("a million dollars", "eine Million Rubel"), and the digit
groupings writers use beside their locale's own ("10'600 Franken", "50.000 roubles")."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

import figcheck
from figcheck import Conversion
from figcheck.reading.mentions import find_money

# (text, locale, [(amount, currency), ...]): every money mention, in order.
SPELLED = [
    ("He said it looked like a million dollars.", "en", [("1000000", "USD")]),
    ("Two million dollars went to the fund.", "en", [("2000000", "USD")]),
    ("Forty-five thousand pounds was the asking price.", "en", [("45000", "GBP")]),
    ("For the first tank the firm offers five million roubles.", "en", [("5000000", "RUB")]),
    ("Fünf Millionen Rubel gibt es für den ersten Panzer.", "de", [("5000000", "RUB")]),
    ("Er soll eine Million Rubel bekommen.", "de", [("1000000", "RUB")]),
    ("Die Prämie beträgt etwa fünftausend US-Dollar.", "de", [("5000", "USD")]),
    ("Er erhielt zweihundert Euro.", "de", [("200", "EUR")]),
    ("Il a reçu un million de roubles.", "fr", [("1000000", "RUB")]),
    ("La prime atteint cinq millions d'euros.", "fr", [("5000000", "EUR")]),
    ("Recibió un millón de rublos.", "es", [("1000000", "RUB")]),
    ("La empresa ofreció cinco millones de rublos.", "es", [("5000000", "RUB")]),
    ("El billete de mil pesos argentinos ya no alcanza.", "es", [("1000", "ARS")]),
    ("Ha ricevuto un milione di rubli.", "it", [("1000000", "RUB")]),
    ("Recebeu um milhão de rublos.", "pt", [("1000000", "RUB")]),
    ("Hij kreeg een miljoen roebel.", "nl", [("1000000", "RUB")]),
    ("Он получил миллион рублей.", "ru", [("1000000", "RUB")]),
    ("Выплата составит пять миллионов рублей.", "ru", [("5000000", "RUB")]),
    ("Otrzymał milion złotych.", "pl", [("1000000", "PLN")]),
    # a determiner before a bare magnitude: one of it
    ("Ten years on, that same billion rupiah buys far less.", "en", [("1000000000", "IDR")]),
    ("He spent the million dollars on a house.", "en", [("1000000", "USD")]),
]


@pytest.mark.parametrize(("text", "locale", "expected"), SPELLED)
def test_spelled_sum_is_money(text: str, locale: str, expected: list[tuple[str, str]]) -> None:
    found = [(m.amount, m.currency) for m in find_money(text, locale=locale)]
    assert found == [(Decimal(amount), currency) for amount, currency in expected]


# Number words that are not a sum: no currency after them, or a word that counts only before
# a magnitude ("a dollar store"), or a number word inside a longer word.
NOT_MONEY = [
    ("They opened a dollar store on Main Street.", "en"),
    ("One of the dollars was forged.", "en"),
    ("Five people paid nothing.", "en"),
    ("A million people marched.", "en"),
    ("The billions of dollars spent were wasted.", "en"),
    ("That million came from people, not dollars.", "en"),
    ("Achtung: zwei Wagen stehen bereit.", "de"),
    ("Eine Million Menschen kamen.", "de"),
    ("Un million de personnes ont défilé.", "fr"),
    ("Un millón de personas votaron.", "es"),
    ("Миллион человек пришли.", "ru"),
    ("Sei persone hanno pagato.", "it"),
]


@pytest.mark.parametrize(("text", "locale"), NOT_MONEY)
def test_number_word_without_currency_is_not_money(text: str, locale: str) -> None:
    assert find_money(text, locale=locale) == []


def test_spelled_word_after_digits_belongs_to_them() -> None:
    (money,) = find_money("Costó 2 mil millones de pesos argentinos.", locale="es")
    assert (money.amount, money.currency) == (Decimal(2000000000), "ARS")


def test_spelled_sum_is_rounded_like_its_digits() -> None:
    (word,) = find_money("Er soll fünf Millionen Rubel bekommen.", locale="de")
    (digits,) = find_money("Er soll 5 Millionen Rubel bekommen.", locale="de")
    assert word.interval == digits.interval


# Conversions built on spelled sums, with figures as published for the rewards Russia offered
# in January 2023 (one million roubles for a destroyed tank, about 10,600 Swiss francs).
CONVERSIONS = [
    ("Als Prämie soll er eine Million Rubel (etwa 10'600 Schweizer Franken) erhalten.", "de",
     "RUB", "CHF"),
    ("Il a touché un million de roubles, soit environ 10 000 euros.", "fr", "RUB", "EUR"),
    ("Recibió un millón de rublos (10.800 euros).", "es", "RUB", "EUR"),
    ("The prize, a million roubles (about $14,400), was paid in cash.", "en", "RUB", "USD"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "locale", "original", "converted"), CONVERSIONS)
def test_spelled_sum_pairs_with_its_conversion(
    text: str, locale: str, original: str, converted: str
) -> None:
    (conversion,) = [c for c in figcheck.extract(text, locale=locale) if isinstance(c, Conversion)]
    assert (conversion.original.currency, conversion.converted.currency) == (original, converted)


def test_wrong_conversion_of_a_spelled_sum_is_flagged() -> None:
    text = "Er erhielt fünf Millionen Rubel (etwa 6.600 Euro)."  # about 66,000 euros in 2023
    report = figcheck.check(text, locale="de", date=dt.date(2023, 1, 31))
    assert "FC103" in [f.code for f in report.findings]


# Groupings a writer types beside the locale's own signs.
GROUPINGS = [
    ("Er bekommt 10'600 Schweizer Franken.", "de", "10600"),
    ("Er bekommt 106’500 Franken.", "de", "106500"),
    ("Un blindé détruit rapporte 50.000 roubles.", "fr", "50000"),
    ("Le prix est de 1 234,56 euros.", "fr", "1234.56"),
    ("Premia wynosi 12.500 złotych.", "pl", "12500"),
]


@pytest.mark.parametrize(("text", "locale", "amount"), GROUPINGS)
def test_grouping_signs_beside_the_locale_own(text: str, locale: str, amount: str) -> None:
    (money,) = find_money(text, locale=locale)
    assert money.amount == Decimal(amount)


def test_a_dot_before_fewer_than_three_digits_is_not_a_grouping_in_french() -> None:
    assert find_money("Le budget atteint 3.5 milliards.", locale="fr") == []


def test_us_before_a_dollar_sign_names_the_us_dollar() -> None:
    (money,) = find_money("The notes were sold at U.S.$1.00 each.")
    assert (money.text, money.currency, money.candidates) == ("U.S.$1.00", "USD", ("USD",))


def test_us_spaced_before_a_dollar_sign_names_the_us_dollar_but_not_after_the() -> None:
    (money,) = find_money("The rate was US $1.521 to the euro.")
    assert (money.text, money.currency) == ("US $1.521", "USD")
    (country,) = find_money("Spain paid the US $6m.")
    assert country.text == "$6m"
