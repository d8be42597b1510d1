"""Conversions printed as table columns (``figcheck.reading.tables``).

The tables were written for this file. Their translated figures are computed from real rates
of the day: ¥110.99 = US$1 for the fiscal year ending 31 March 2019 (the rate of the yen's
convenience translations in Japanese annual reports then, within 0.2% of the ECB cross rate of
29 March 2019), and the ECB euro reference rates of 30 December 2022 (USD 1.0666) and 30 June
2023 (USD 1.0866, JPY 157.16, MYR 5.0717); the amounts in the original currency are ours.
"""

from __future__ import annotations

import datetime as dt
import time
from decimal import Decimal

import pytest

import figcheck
from figcheck import Conversion
from figcheck.reading.claims import find_conversions
from figcheck.reading.locales import resolve
from figcheck.reading.mentions import find_money_in
from figcheck.reading.tables import apart_from, find_table_conversions

# ---------------------------------------------------------------------------------------------
# Tables that restate one column in another currency, with the document date their rate holds.

BALANCE_SHEET = """\
Consolidated balance sheet (excerpt). U.S. dollar amounts are translated at ¥110.99 = US$1.

| Balance sheet | ¥ millions, 2019 | ¥ millions, 2018 | US$ thousands, 2019 |
|---|--:|--:|--:|
| Cash and cash equivalents | ¥ 24,794 | ¥ 20,221 | $ 223,389 |
| Inventories | 24,415 | 23,912 | 219,975 |
| Trade receivables | 31,207 | 29,876 | 281,169 |
| Net loss on disposals | (1,234) | (900) | (11,118) |
| **Total current assets** | **80,416** | **74,009** | **724,533** |
"""

PRICES = """\
Living costs in Kuala Lumpur, mid-2023.

| Item | Price (RM) | Price (US$) |
|---|---|---|
| Rent | 4,500 | 964 |
| Utilities | 380 | 81 |
| Internet | 149 | 32 |
| Market stall, a day | 40 | 9 |
| Deposit | — | — |
"""

PLANS = """\
Our plans, billed monthly.

| Plan | Monthly | |
|:--|--:|--:|
| Basic | ¥19,760 | $137 |
| Pro | ¥39,520 | $273 |
"""

GERMAN = """\
Kennzahlen des Konzerns; die Dollarbeträge sind zum Stichtagskurs umgerechnet.

| Posten | Mio. € 2022 | Mio. € 2021 | Mio. US$ 2022 |
|---|---:|---:|---:|
| Umsatz | 1.234,5 | 1.100,2 | 1.316,7 |
| EBIT | 210,4 | 190,0 | 224,4 |
| Marge | 17,0 % | 17,3 % | 17,0 % |
"""

TRANSLATION = """\
| | ¥ millions, 2019 | ¥ millions, 2018 | Convenience translation (US$ thousands) |
|---|---|---|---|
| Net sales | 18,500 | 17,900 | 166,682 |
"""

GLUED = """\
| Segment | €m | $m |
|---|---|---|
| Europe | 1,200 | 1,280 |
| Asia | 850 | 907 |
"""

#: (id, text, locale, date, [(original value, currency, converted value, currency)]).
TABLES = [
    (
        "yen-millions-dollar-thousands",
        BALANCE_SHEET,
        None,
        "2019-03-29",
        [
            ("24794000000", "JPY", "223389000", "USD"),
            ("24415000000", "JPY", "219975000", "USD"),
            ("31207000000", "JPY", "281169000", "USD"),
            ("1234000000", "JPY", "11118000", "USD"),
        ],
    ),
    (
        "bracketed-header-currencies",
        PRICES,
        None,
        "2023-06-30",
        [
            ("4500", "MYR", "964", "USD"),
            ("380", "MYR", "81", "USD"),
            ("149", "MYR", "32", "USD"),
            ("40", "MYR", "9", "USD"),
        ],
    ),
    (
        "currencies-in-the-cells",
        PLANS,
        None,
        "2023-06-30",
        [("19760", "JPY", "137", "USD"), ("39520", "JPY", "273", "USD")],
    ),
    (
        "german-notation-and-magnitude",
        GERMAN,
        "de",
        "2022-12-30",
        [("1234500000", "EUR", "1316700000", "USD"), ("210400000", "EUR", "224400000", "USD")],
    ),
    (
        "translation-column-without-period",
        TRANSLATION,
        None,
        "2019-03-29",
        [("18500000000", "JPY", "166682000", "USD")],
    ),
    (
        "magnitude-glued-to-symbol",
        GLUED,
        None,
        "2022-12-30",
        [("1200000000", "EUR", "1280000000", "USD"), ("850000000", "EUR", "907000000", "USD")],
    ),
]


def _table_conversions(text: str, locale: str | None = None) -> list[Conversion]:
    claims = figcheck.extract(text, locale=locale)
    found = [c for c in claims if isinstance(c, Conversion) and c.connector == "table"]
    for conversion in found:  # every mention slices its own text out of the input
        for money in (conversion.original, conversion.converted):
            assert text[money.span.start : money.span.end] == money.text
    return found


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [(text, locale, expected) for _, text, locale, _, expected in TABLES],
    ids=[row[0] for row in TABLES],
)
def test_each_shape_finds_its_conversions(
    text: str, locale: str | None, expected: list[tuple[str, str, str, str]]
) -> None:
    found = _table_conversions(text, locale)
    assert [
        (c.original.amount, c.original.currency, c.converted.amount, c.converted.currency)
        for c in found
    ] == [(Decimal(a), b, Decimal(c), d) for a, b, c, d in expected]


@pytest.mark.parametrize(
    ("text", "locale", "date"),
    [(text, locale, date) for _, text, locale, date, _ in TABLES],
    ids=[row[0] for row in TABLES],
)
def test_correct_tables_give_no_conversion_findings(
    text: str, locale: str | None, date: str
) -> None:
    report = figcheck.check(text, date=date, locale=locale)
    assert any(c.connector == "table" for c in report.claims if isinstance(c, Conversion))
    assert [f.code for f in report.findings if f.code.startswith("FC1")] == []


def test_bare_cells_span_their_digits_and_take_the_header_magnitude() -> None:
    first, second = _table_conversions(BALANCE_SHEET)[:2]
    assert first.original.text == "¥ 24,794"  # a cell's own currency: the mention as read
    assert second.original.text == "24,415"
    assert second.original.figure.scale == Decimal(10) ** 6
    assert second.converted.figure.scale == Decimal(10) ** 3
    assert second.converted.figure.granularity == Decimal(1000)  # "219,975" thousand


def test_accounting_negatives_pair_their_magnitudes() -> None:
    loss = _table_conversions(BALANCE_SHEET)[3]
    assert (loss.original.text, loss.converted.text) == ("1,234", "11,118")
    assert loss.original.amount > 0
    assert loss.converted.amount > 0


@pytest.mark.parametrize(
    ("correct", "wrong", "date"),
    [
        ("| 219,975 |", "| 2,199,750 |", "2019-03-29"),
        ("| $ 223,389 |", "| $ 22,338.9 |", "2019-03-29"),
        ("| 964 |", "| 9,640 |", "2023-06-30"),
    ],
    ids=["bare-cell-ten-times", "symbol-cell-tenth", "bracketed-header-ten-times"],
)
def test_a_cell_off_by_ten_is_a_magnitude_slip_on_that_cell(
    correct: str, wrong: str, date: str
) -> None:
    source = BALANCE_SHEET if date == "2019-03-29" else PRICES
    text = source.replace(correct, wrong)
    assert text != source
    report = figcheck.check(text, date=date)
    slips = [f for f in report.findings if f.code == "FC103"]
    assert len(slips) == 1
    digits = wrong.strip("| ")
    assert digits in text[slips[0].span.start : slips[0].span.end]
    assert slips[0].span.start >= text.index(digits) - 2


def test_a_restatement_inside_one_cell_is_read_once() -> None:
    text = "| Plan | Price |\n|---|---|\n| Basic | ¥19,760 ($137) |\n"
    found = [c for c in figcheck.extract(text) if isinstance(c, Conversion)]
    assert [(c.original.text, c.converted.text, c.connector) for c in found] == [
        ("¥19,760", "$137", "parentheses")
    ]


def test_cells_paired_by_the_sentence_grammar_are_not_paired_again() -> None:
    document = resolve(PLANS, None)
    money = find_money_in(PLANS, document)
    table = find_table_conversions(PLANS, money, document)
    assert len(table) == 2
    assert apart_from(table, table) == []
    assert apart_from(table, find_conversions(PLANS, money)) == table


# ---------------------------------------------------------------------------------------------
# Tables that are not conversions.

NOT_CONVERSIONS = [
    ("one-currency-two-years", "| | ¥ 2019 | ¥ 2018 |\n|---|---|---|\n| Sales | 100 | 90 |\n"),
    (
        "different-periods",
        "| | ¥ millions, 2018 | US$ thousands, 2019 |\n|---|---|---|\n| Sales | 100 | 900 |\n",
    ),
    (
        "different-fiscal-years",
        "| | € FY2019 | $ FY2020 |\n|---|---|---|\n| Sales | 1,200 | 1,300 |\n",
    ),
    ("different-quarters", "| | Q1 2019 (€) | Q2 2019 ($) |\n|---|---|---|\n| Sales | 12 | 13 |\n"),
    ("different-months", "| | Jan (€) | Feb ($) |\n|---|---|---|\n| Sales | 12 | 13 |\n"),
    (
        "percentage-column",
        "| Segment | Sales (¥ m) | Share (%) |\n|---|---|---|\n| Games | 1,200 | 40 |\n",
    ),
    (
        "change-column",
        "| | Revenue ($m) | Change, per cent |\n|---|---|---|\n| Games | 1,200 | 12 |\n",
    ),
    ("percent-cells", "| | Margin (€) | Margin ($) |\n|---|---|---|\n| Games | 12.5% | 12.5% |\n"),
    (
        "prices-in-two-markets",
        "| Item | Price in US ($) | Price in UK (£) |\n|---|---|---|\n| Coffee | 4.50 | 3.20 |\n",
    ),
    (
        "cells-for-two-markets",
        "| Product | US price | EU price |\n|---|---|---|\n| Phone | $999 | €1,129 |\n",
    ),
    ("no-currency", "| Year | Sales | Units |\n|---|---|---|\n| 2019 | 1,200 | 340 |\n"),
    (
        "mixed-currencies-in-a-column",
        "| Fee | Amount | Other |\n|---|---|---|\n| Entry | $5 | €4 |\n| Exit | €3 | $2 |\n",
    ),
    ("two-currencies-in-one-header", "| Item | US$ / RM |\n|---|---|\n| Rent | 964 |\n"),
    ("one-currency-column", "| Item | Price ($) |\n|---|---|\n| Rent | 964 |\n"),
    (
        "words-in-the-cells",
        "| Item | Price (RM) | Price (US$) |\n|---|---|---|\n| Water | included | included |\n",
    ),
    (
        "blank-cells",
        "| Item | Price (RM) | Price (US$) |\n|---|---|---|\n"
        "| A | — | — |\n| B | - | - |\n| C | n/a | N/A |\n| D | | |\n",
    ),
    ("delimiter-without-header", "Prices (RM, US$)\n|---|---|\n| 4,500 | 964 |\n"),
    (
        "header-and-delimiter-disagree",
        "| Price (RM) | Price (US$) |\n|---|---|---|\n| 4,500 | 964 |\n",
    ),
    ("setext-heading", "Price (RM) | Price (US$)\n---\n4,500 | 964\n"),
    (
        "total-row",
        "| Item | Price (RM) | Price (US$) |\n|---|---|---|\n| Total | 4,500 | 964 |\n",
    ),
    (
        "year-row",
        "| | € | $ |\n|---|---|---|\n| Fiscal year | 2019 | 2019 |\n",
    ),
    (
        "cell-currency-against-header",
        "| Item | Price (RM) | Price (US$) |\n|---|---|---|\n| Rent | €4,500 | 964 |\n",
    ),
    (
        "signs-disagree",
        "| | € millions, 2022 | US$ millions, 2022 |\n|---|---|---|\n| Net | (1,234) | 1,316 |\n",
    ),
    ("games-won", "| Team | Games won | Prize ($) |\n|---|---|---|\n| Reds | 12 | 5,000 |\n"),
    (
        "weight-in-pounds",
        "| Parcel | Weight (pounds) | Price ($) |\n|---|---|---|\n| Small | 4 | 12 |\n",
    ),
    (
        "distance-in-metres",
        "| Run | Distance (m) | Fee ($) |\n|---|---|---|\n| Short | 400 | 15 |\n",
    ),
    (
        "three-years-one-currency",
        "| | € 2019 | € 2018 | € 2017 |\n|---|---|---|---|\n| Sales | 12 | 11 | 10 |\n",
    ),
    ("one-currency-two-spellings", "| | Price ($) | Price (US$) |\n|---|---|---|\n| A | 5 | 5 |\n"),
    (
        "one-currency-symbol-and-code",
        "| | Price (€) | Price (EUR) |\n|---|---|---|\n| A | 5 | 5 |\n",
    ),
    (
        "local-currency-column",
        "| Country | Price (local) | Price ($) |\n|---|---|---|\n| Japan | 1,200 | 8 |\n",
    ),
    (
        "later-column-dated-earlier-not",
        "| Item | Cost (€) | Cost ($), 2019 |\n|---|---|---|\n| Fee | 100 | 110 |\n",
    ),
    (
        "undated-column-among-dated-ones",
        "| | ¥ 2019 | ¥ 2018 | US$ |\n|---|---|---|---|\n| Sales | 18,500 | 17,900 | 166 |\n",
    ),
    (
        "row-with-a-missing-cell",
        "| Item | Price (RM) | Price (US$) |\n|---|---|---|\n| Rent | 4,500 |\n",
    ),
    (
        "time-series-rows",
        "| Year | Exports (¥ bn) | Exports (US$ m) |\n|---|---|---|\n"
        "| 2019 | 1,200 | 11,010 |\n| 2020 | 1,100 | 10,300 |\n",
    ),
    ("month-rows", "| Month | Cost (€) | Cost ($) |\n|---|---|---|\n| March | 100 | 108 |\n"),
    ("bars-in-prose", "Choose € | $ and pay 5 | 5.\n"),
    ("two-numbers-in-a-cell", "| | € | $ |\n|---|---|---|\n| Fees | 5 and 6 | 7 and 8 |\n"),
]


@pytest.mark.parametrize(
    "text", [text for _, text in NOT_CONVERSIONS], ids=[i for i, _ in NOT_CONVERSIONS]
)
def test_not_a_table_conversion(text: str) -> None:
    assert _table_conversions(text) == []


def test_there_are_at_least_thirty_hard_negatives() -> None:
    assert len(NOT_CONVERSIONS) >= 30


# ---------------------------------------------------------------------------------------------
# Scanning stays linear.


def _table_of(rows: int) -> str:
    lines = ["| Item | Price (RM) | Price (US$) |", "|---|---|---|"]
    lines += [
        f"| Item number {n:05d} in stock | {4500 + n:,} | {(4500 + n) * 10 // 47:,} |"
        for n in range(rows)
    ]
    return "\n".join(lines) + "\n"


def _seconds(text: str) -> float:
    document = resolve(text, "en")
    money = find_money_in(text, document)
    best = float("inf")
    for _ in range(5):  # the best of five: a busy machine slows single runs, not the best
        started = time.perf_counter()
        find_table_conversions(text, money, document)
        best = min(best, time.perf_counter() - started)
    return best


def test_scanning_a_long_table_is_linear() -> None:
    """A 5,000-row table (about 200 KB) against one four times as short: a quadratic scan
    would take sixteen times as long, a linear one four (12 leaves room for a busy machine)."""
    small, large = _table_of(1250), _table_of(5000)
    assert len(large) > 200_000
    assert len(find_table_conversions(large, [], resolve(large, "en"))) == 5000
    assert _seconds(large) < 12 * _seconds(small)


# A time series: each row converted at its own year's rate (euro revenue restated in dollars at
# about 1.11 in 2015 and 1.05 in 2022, the years' averages).

SERIES = (
    "| Year | Revenue (€m) | Revenue ($m) |\n|---|---|---|\n| 2015 | 100 | 111 |\n"
    "| 2022 | 100 | {} |\n"
)


def test_a_time_series_row_is_read_with_its_year() -> None:
    found = [
        c for c in figcheck.extract(SERIES.format(105), locale="en") if isinstance(c, Conversion)
    ]
    assert [(c.original.text, c.converted.text, c.year) for c in found] == [
        ("100", "111", 2015),
        ("100", "105", 2022),
    ]


@pytest.mark.parametrize("date", [dt.date(2023, 3, 1), None])
def test_rows_of_different_years_are_not_held_to_one_rate(date: dt.date | None) -> None:
    findings = figcheck.check(SERIES.format(105), locale="en", date=date).findings
    assert [f.code for f in findings if f.code < "FC4"] == []


def test_a_slip_in_a_time_series_row_is_reported() -> None:
    text = SERIES.format(1050)
    (finding,) = figcheck.check(text, locale="en", date=dt.date(2023, 3, 1)).findings
    assert (finding.code, finding.span.slice(text)) == ("FC103", "1050")


def test_a_row_of_a_period_without_a_year_is_skipped() -> None:
    text = "| Month | Price (€) | Price ($) |\n|---|---|---|\n| March | 100 | 108 |\n"
    assert [c for c in figcheck.extract(text, locale="en") if isinstance(c, Conversion)] == []
