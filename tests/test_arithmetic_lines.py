"""Arithmetic lines: "£40 × 1.27 = $50.80" read as a conversion and the rate it uses.

The lines are written in our own words around figures published in worked examples: the euro
changeover rules (1 € = 6,55957 F, 1,95583 DM, 166,386 pesetas, with the examples "204,36 € x
6,55957 = 1.340,51 F", "60 DM / 1,95583 = 30,6775 EUR", "40 EUR * 1,95583 = 78,2332 DM" and
"250.000 / 166,386 = 1.502,53" of French, German and Spanish guides), rupee conversion pages
(83 and 82.5 INR per USD, 74.28 in early 2021), a Russian guide of July 2011 (27,8037 roubles
per dollar, "$50 … 1390 RUB") and market rates of their dates (GBP/USD 1.27 in March 2024,
EUR/USD 1.49 in November 2009, MXN 17.5 per USD in mid 2023).
"""

from __future__ import annotations

import datetime as dt
import time
from decimal import Decimal

import pytest

import figcheck
from figcheck.intervals import divide
from figcheck.model import Conversion, Finding, Severity, StatedRate
from figcheck.reading.arithmetic_lines import find_arithmetic_claims
from figcheck.reading.claims import extract
from figcheck.reading.locales import resolve
from figcheck.reading.mentions import find_money_in

D = Decimal


def _inverse(rate: str) -> Decimal:
    """The rate a dividing line uses, as figcheck computes it (34 digits)."""
    return divide(D(1), D(rate))


#: (locale, date, text, original, converted, rate): amounts as (value, currency); the rate as
#: (base, quote, value) in units of the result's currency per unit of the original's, or None.
RIGHT = [
    pytest.param(
        "en",
        "2024-03-01",
        "Paid from London: £40 × 1.27 = $50.80 on the card.",
        ("40", "GBP"),
        ("50.80", "USD"),
        ("GBP", "USD", "1.27"),
        id="en-times-sign",
    ),
    pytest.param(
        "en",
        "2023-06-01",
        "In rupees: $2 million x 83 INR/USD = 166 million INR.",
        ("2000000", "USD"),
        ("166000000", "INR"),
        ("USD", "INR", "83"),
        id="en-x-with-ratio",
    ),
    pytest.param(
        "en",
        "2023-06-01",
        "Worked through, $0.5 billion x 82.5 INR/USD = 41,250,000,000 INR.",
        ("500000000", "USD"),
        ("41250000000", "INR"),
        ("USD", "INR", "82.5"),
        id="en-billion-to-rupees",
    ),
    pytest.param(
        "en",
        "2023-06-01",
        "The fee: $2,000 times 83 = Rs 166,000.",
        ("2000", "USD"),
        ("166000", "INR"),
        ("USD", "INR", "83"),
        id="en-times-word",
    ),
    pytest.param(
        "en",
        "2021-03-01",
        "Take 1 USD = 74.28 INR, hence 200 million dollars = 14,856,000,000 INR.",
        ("200000000", "USD"),
        ("14856000000", "INR"),
        None,
        id="en-equation-after-rate",
    ),
    pytest.param(
        "en",
        "2023-06-01",
        "You hold 350 Mexican pesos, and 350 / 17.5 = 20 dollars.",
        ("350", "MXN"),
        ("20", "USD"),
        ("MXN", "USD", _inverse("17.5")),
        id="en-bare-amount-named-nearby",
    ),
    pytest.param(
        "fr",
        "2001-06-01",
        "Exemple officiel : 204,36 € x 6,55957 = 1.340,51 F.",
        ("204.36", "EUR"),
        ("1340.51", "FRF"),
        ("EUR", "FRF", "6.55957"),
        id="fr-legacy-franc-symbol",
    ),
    pytest.param(
        "fr",
        "2001-06-01",
        "Dans l'autre sens, 35,85 francs : 6,55957 ≈ 5,47 €.",
        ("35.85", "FRF"),
        ("5.47", "EUR"),
        ("FRF", "EUR", _inverse("6.55957")),
        id="fr-colon-divides",
    ),
    pytest.param(
        "fr",
        "2001-06-01",
        "Pour un billet de 100 francs, 100 francs divisé par 6,55957 donne 15,24 euros.",
        ("100", "FRF"),
        ("15.24", "EUR"),
        ("FRF", "EUR", _inverse("6.55957")),
        id="fr-divided-words",
    ),
    pytest.param(
        "fr",
        "2009-11-25",
        "Au taux du jour, 5000 € × 1,49 = 7450 $.",
        ("5000", "EUR"),
        ("7450", "USD"),
        ("EUR", "USD", "1.49"),
        id="fr-euro-to-dollar",
    ),
    pytest.param(
        "de",
        "2001-06-01",
        "Beispiel: 60 DM / 1,95583 = 30,6775 EUR.",
        ("60", "DEM"),
        ("30.6775", "EUR"),
        ("DEM", "EUR", _inverse("1.95583")),
        id="de-slash",
    ),
    pytest.param(
        "de",
        "2001-06-01",
        "Umgekehrt: 40 EUR * 1,95583 = 78,2332 DM.",
        ("40", "EUR"),
        ("78.2332", "DEM"),
        ("EUR", "DEM", "1.95583"),
        id="de-asterisk",
    ),
    pytest.param(
        "de",
        "2001-06-01",
        "Zurück: 51,13 Euro × 1,95583 DM/Euro ≈ 100 DM.",
        ("51.13", "EUR"),
        ("100", "DEM"),
        ("EUR", "DEM", "1.95583"),
        id="de-ratio-approximate",
    ),
    pytest.param(
        "de",
        "2001-06-01",
        "Also: 100 DM ÷ 1,95583 ≈ 51,13 Euro.",
        ("100", "DEM"),
        ("51.13", "EUR"),
        ("DEM", "EUR", _inverse("1.95583")),
        id="de-division-sign",
    ),
    pytest.param(
        "es",
        "2001-06-01",
        "Así, 250.000 pesetas / 166,386 = 1.502,53 euros.",
        ("250000", "ESP"),
        ("1502.53", "EUR"),
        ("ESP", "EUR", _inverse("166.386")),
        id="es-slash",
    ),
    pytest.param(
        "es",
        "2001-06-01",
        "Al revés, 100.000 euros × 166,386 = 16.638.600 pesetas.",
        ("100000", "EUR"),
        ("16638600", "ESP"),
        ("EUR", "ESP", "166.386"),
        id="es-times",
    ),
    pytest.param(
        "es",
        "2001-06-01",
        "Y 250.000 pesetas dividido entre 166,386 da 1.502,53 euros.",
        ("250000", "ESP"),
        ("1502.53", "EUR"),
        ("ESP", "EUR", _inverse("166.386")),
        id="es-divided-words",
    ),
    pytest.param(
        "ru",
        "2011-07-05",
        "По курсу дня: 50 долларов × 27,8037 = 1390 рублей.",
        ("50", "USD"),
        ("1390", "RUB"),
        ("USD", "RUB", "27.8037"),
        id="ru-times",
    ),
    pytest.param(
        "ru",
        "2011-07-05",
        "Считаем: 50 долларов × 27,8037 рублей за доллар = 1390,19 рубля.",
        ("50", "USD"),
        ("1390.19", "RUB"),
        ("USD", "RUB", "27.8037"),
        id="ru-ratio-words",
    ),
    pytest.param(
        "ru",
        "2011-07-05",
        "Обратно: 1000 рублей / 27,8037 = 35,97 доллара.",
        ("1000", "RUB"),
        ("35.97", "USD"),
        ("RUB", "USD", _inverse("27.8037")),
        id="ru-slash",
    ),
]


def _arithmetic(text: str, locale: str) -> tuple[list[Conversion], list[StatedRate]]:
    claims = extract(text, locale=locale)
    conversions = [c for c in claims if isinstance(c, Conversion) and c.connector == "arithmetic"]
    rates = [c for c in claims if isinstance(c, StatedRate) and c.connector == "arithmetic"]
    return conversions, rates


def _problems(text: str, locale: str, date: str) -> list[Finding]:
    report = figcheck.check(text, locale=locale, date=dt.date.fromisoformat(date))
    return [f for f in report.findings if f.severity is not Severity.INFO]


@pytest.mark.parametrize(("locale", "date", "text", "original", "converted", "rate"), RIGHT)
def test_right_lines_are_read(
    locale: str,
    date: str,
    text: str,
    original: tuple[str, str],
    converted: tuple[str, str],
    rate: tuple[str, str, str | Decimal] | None,
) -> None:
    conversions, rates = _arithmetic(text, locale)
    assert len(conversions) == 1
    conversion = conversions[0]
    assert (conversion.original.amount, conversion.original.currency) == (
        D(original[0]),
        original[1],
    )
    assert (conversion.converted.amount, conversion.converted.currency) == (
        D(converted[0]),
        converted[1],
    )
    if rate is None:
        assert rates == []
        return
    assert len(rates) == 1
    base, quote, value = rate
    assert (rates[0].base, rates[0].quote) == (base, quote)
    assert rates[0].value == D(value)
    assert D(value) in rates[0].interval


@pytest.mark.parametrize(("locale", "date", "text", "original", "converted", "rate"), RIGHT)
def test_right_lines_give_no_error(
    locale: str,
    date: str,
    text: str,
    original: tuple[str, str],
    converted: tuple[str, str],
    rate: object,
) -> None:
    assert _problems(text, locale, date) == []


#: (locale, date, text, the result figure that is off): ×10, ÷10 and a digit beyond rounding.
WRONG_RESULT = [
    pytest.param("en", "2024-03-01", "So £40 × 1.27 = $508.0 in all.", "$508.0", id="en-x10"),
    pytest.param("en", "2024-03-01", "So £40 × 1.27 = $51.30 in all.", "$51.30", id="en-digit"),
    pytest.param(
        "en",
        "2023-06-01",
        "Worked through, $0.5 billion x 82.5 INR/USD = 4,125,000,000 INR.",
        "4,125,000,000 INR",
        id="en-divided-by-10",
    ),
    pytest.param(
        "en",
        "2021-03-01",
        "Take 1 USD = 74.28 INR, hence 200 million dollars = 14,956,000,000 INR.",
        "14,956,000,000 INR",
        id="en-equation-off-stated-rate",
    ),
    pytest.param(
        "fr",
        "2001-06-01",
        "Exemple : 204,36 € x 6,55957 = 1.345,51 F.",
        "1.345,51 F",
        id="fr-digit",
    ),
    pytest.param(
        "de", "2001-06-01", "Beispiel: 60 DM / 1,95583 = 30,6875 EUR.", "30,6875 EUR", id="de-digit"
    ),
    pytest.param(
        "de", "2001-06-01", "Umgekehrt: 40 EUR * 1,95583 = 782,332 DM.", "782,332 DM", id="de-x10"
    ),
    pytest.param(
        "es",
        "2001-06-01",
        "Así, 250.000 pesetas / 166,386 = 1.522,53 euros.",
        "1.522,53 euros",
        id="es-digit",
    ),
    pytest.param(
        "ru",
        "2011-07-05",
        "По курсу дня: 50 долларов × 27,8037 = 1490 рублей.",
        "1490 рублей",
        id="ru-digit",
    ),
]


@pytest.mark.parametrize(("locale", "date", "text", "result"), WRONG_RESULT)
def test_a_result_off_the_arithmetic_is_flagged_on_the_result(
    locale: str, date: str, text: str, result: str
) -> None:
    found = [f for f in _problems(text, locale, date) if f.code == "FC108"]
    assert len(found) == 1
    assert found[0].span.slice(text) == result


def test_the_evidence_names_the_rate_of_the_line() -> None:
    """A rate stated earlier does not excuse the line: the line is held to its own rate."""
    text = "The official rate is $1 = 1.20 pounds. The bank: £40 × 1.27 = $51.30."
    found = [f for f in _problems(text, "en", "2024-03-01") if f.code == "FC108"]
    on_result = [f for f in found if f.span.slice(text) == "$51.30"]
    assert len(on_result) == 1
    evidence = on_result[0].evidence
    assert "× 1.27" in evidence.figures
    assert evidence.tolerance == 0
    assert evidence.expected is not None
    assert D("1.27") in evidence.expected


#: (locale, date, text): lines whose arithmetic holds but whose rate is off the reference.
WRONG_RATE = [
    pytest.param("en", "2024-03-01", "So £40 × 1.47 = $58.80.", id="en"),
    pytest.param("fr", "2021-06-01", "Au taux du jour, 5000 € × 1,49 = 7450 $.", id="fr"),
    pytest.param("de", "2019-06-03", "Gerechnet: 500 EUR * 9,4307 = 4715,35 RMB.", id="de"),
    pytest.param("ru", "2011-07-05", "Итого: 50 долларов × 37,8037 = 1890 рублей.", id="ru"),
]


@pytest.mark.parametrize(("locale", "date", "text"), WRONG_RATE)
def test_a_rate_off_the_reference_is_flagged(locale: str, date: str, text: str) -> None:
    codes = {f.code for f in _problems(text, locale, date)}
    assert "FC107" in codes
    assert "FC108" not in codes  # the arithmetic itself holds


def test_the_line_is_read_once() -> None:
    """ "82.5 INR/USD" alone reads as a rate; on an arithmetic line it is the line's rate."""
    text = "The sum: $0.5 billion x 82.5 INR/USD = 41,250,000,000 INR."
    claims = extract(text, locale="en")
    assert [type(c).__name__ for c in claims] == ["Conversion", "StatedRate"]
    assert {getattr(c, "connector", None) for c in claims} == {"arithmetic"}


def test_a_bare_amount_needs_one_other_currency_nearby() -> None:
    """Pesos and euros both named: the 350 could be either, so the line is not read."""
    text = "Paid 350 Mexican pesos and €10; 350 / 17.5 = 20 dollars."
    assert _arithmetic(text, "en") == ([], [])


def test_a_bare_line_without_currencies_is_not_read() -> None:
    document = resolve("3 x 4 = 12", "en")
    assert (
        find_arithmetic_claims("3 x 4 = 12", find_money_in("3 x 4 = 12", document), document) == []
    )


#: Products, quotients, dates, scores and times that are not conversions.
HARD_NEGATIVES = [
    ("en", "3 x 4 = 12"),
    ("en", "The board measures 2 × 2 m."),
    ("en", "As a fraction, 1/2 = 0.5."),
    ("en", "The vote is on 12/05/2024 at the town hall."),
    ("en", "The match ended 3:1 after extra time."),
    ("en", "Doors open at 10:30 and the fee is $15."),
    ("en", "Three tickets: $5 x 3 items = $15."),
    ("en", "Three tickets: $5 x 3 = $15."),
    ("en", "See pages 10/12 of the report, which cost £4."),
    ("en", "Two coffees: €2 × 2 = €4."),
    ("en", "A 4 x 4 pickup costs $30,000."),
    ("en", "The room is 3 x 4 m = 12 m² and rents for $900."),
    ("en", "The screen ratio 16:9 = 1.78 suits the $200 set."),
    ("en", "He made 2/3 = 66.7% of his shots."),
    ("en", "In 2023, 5 × 20 = 100 people paid $10 each."),
    ("en", "Split the bill: $20 / 4 people = $5 each."),
    ("en", "Split the bill: $100 / 2 = $50."),
    ("en", "A pack of 6 × 330 ml = 1.98 litres costs £5."),
    ("en", "The odds are 5:2 = 2.5 to one, paying $25."),
    ("en", "Rs 500 x 2 = Rs 1,000 for the pair."),
    ("en", "₹100 × 12 months = ₹1,200 a year."),
    ("en", "3 x 4 = 12 euros is what the kids guessed."),
    ("en", "Unemployment: 5/100 = 5%, the rate in 2019."),
    ("en", "The 24/7 service costs $10 a month."),
    ("en", "Set scores 6:4, 3:6 and 7:5 = a win worth $50,000."),
    ("en", "10 x 10 = 100 square metres at $5 a metre."),
    ("fr", "Le rendez-vous est à 10:30, l'entrée coûte 5 €."),
    ("fr", "Trois cafés : 3 x 2 € = 6 €."),
    ("fr", "La partie s'est terminée 3:1."),
    ("de", "Die Partie endete 3:1, das Ticket kostete 40 Euro."),
    ("de", "5 € × 3 Stück = 15 €."),
    ("de", "Am 12.05.2024 um 10:30 Uhr: 3 x 4 = 12."),
    ("es", "El partido terminó 2:1 y la entrada costó 20 euros."),
    ("es", "Tres entradas: 3 × 20 € = 60 €."),
    ("ru", "Счёт 2:1 в пользу хозяев, билет стоил 500 рублей."),
    ("ru", "Три билета: 3 × 500 рублей = 1500 рублей."),
]


@pytest.mark.parametrize(
    ("locale", "text"),
    HARD_NEGATIVES,
    ids=[f"{loc}-{i}" for i, (loc, _) in enumerate(HARD_NEGATIVES)],
)
def test_hard_negatives_give_no_arithmetic_conversion(locale: str, text: str) -> None:
    assert _arithmetic(text, locale) == ([], [])
    assert _problems(text, locale, "2024-03-01") == []


def test_reading_stays_linear_on_adversarial_input() -> None:
    """Operators and numbers without end, the worst case for the line pattern."""
    unit = "12 x 3,4 / 5: 6 ÷ 7 · 8 ≈ "
    small, large = unit * 400, unit * 4000
    document = resolve(small, "en")
    timings = []
    for text in (small, large):
        start = time.perf_counter()
        find_arithmetic_claims(text, find_money_in(text, document), document)
        timings.append(time.perf_counter() - start)
    assert timings[1] < 30 * timings[0] + 0.5
