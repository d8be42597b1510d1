"""Conversions and rates the text puts on a parallel market or at the rate of another time.

Figures as published in 2023 (the naira at about 461 to the dollar officially and about 770 on
the street in May; the Argentine peso at 350 officially and about 1,000 "blue" in October;
SoftBank's 1.5 trillion yen for Sprint, about $17.1 billion at the time), sentences our own.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import figcheck
from figcheck import Conversion, StatedRate

MAY_2023 = dt.date(2023, 5, 10)
JUNE_2014 = dt.date(2014, 6, 2)


def conversions(text: str, locale: str | None = "en") -> list[Conversion]:
    return [c for c in figcheck.extract(text, locale=locale) if isinstance(c, Conversion)]


def codes(text: str, date: dt.date | None = MAY_2023, locale: str | None = "en") -> list[str]:
    return [f.code for f in figcheck.check(text, locale=locale, date=date).findings]


# (locale, text, the converted figures marked parallel, those not)
MARKED = [
    ("en", "The fee is 10,000 naira ($21.70 at the official rate; $13 at the parallel rate).",
     ["$13"], ["$21.70"]),
    ("en", "The fee is 10,000 naira ($13 at the parallel rate; $21.70 at the official rate).",
     ["$13"], ["$21.70"]),
    ("en", "The fee is 10,000 naira ($21.70), or $13 at the black-market rate.", ["$13"],
     ["$21.70"]),
    ("en", "A sack of rice costs 40,000 naira ($52 on the black market).", ["$52"], []),
    ("en", "A sack of rice costs 40,000 naira ($52 on the black market, $87 at the official "
     "rate).", ["$52"], ["$87"]),
    ("en", "On the black market, 40,000 naira buys about $52.", ["$52"], []),
    # the words of a neighbour's clause are not this conversion's
    ("en", "The fee is 10,000 naira ($13 at the parallel rate), and the levy 20,000 naira "
     "($43.40).", ["$13"], ["$43.40"]),
    ("es", "El kilo cuesta 10.000 pesos (10 dólares en el mercado negro).", ["10 dólares"], []),
    ("fr", "Le loyer atteint 400 000 nairas (520 dollars au marché noir).", ["520 dollars"], []),
    ("de", "Die Miete beträgt 400.000 Naira (520 Dollar auf dem Schwarzmarkt).", ["520 Dollar"],
     []),
    ("ru", "Аренда стоит 400 тысяч нигерийских найр (520 долларов на черном рынке).",
     ["520 долларов"], []),
]  # fmt: skip


@pytest.mark.parametrize(("locale", "text", "parallel", "official"), MARKED)
def test_a_parallel_market_is_read_in_the_conversions_own_clauses(
    locale: str, text: str, parallel: list[str], official: list[str]
) -> None:
    found = {c.converted.text: c.parallel_market for c in conversions(text, locale)}
    assert found == {**dict.fromkeys(parallel, True), **dict.fromkeys(official, False)}


def test_an_amount_restated_at_both_markets_gives_two_conversions() -> None:
    text = (
        "In practice USD100 is worth around 350 pesos if changed at a bank, versus 1,000 pesos "
        "through street dealers."
    )
    found = conversions(text)
    assert [(c.converted.amount, c.connector, c.parallel_market) for c in found] == [
        (Decimal(350), "restated", False),
        (Decimal(1000), "second rate", True),
    ]
    assert all(c.original.text == "USD100" for c in found)


SECOND_NOT_READ = [
    # no market named: "versus" compares two amounts
    "In practice USD100 is worth around 350 pesos, versus 1,000 pesos a year later.",
    "The fee is 10,000 naira ($21.70), or $13 for students.",
    # both at the black market: one restatement and another amount
    "On the black market USD100 fetched 1,000 pesos, versus 900 pesos on the black market then.",
    # another sentence
    "USD100 is worth 350 pesos at a bank. Versus 1,000 pesos on the black market, it is little.",
]


@pytest.mark.parametrize("text", SECOND_NOT_READ)
def test_a_second_amount_without_a_market_is_no_second_restatement(text: str) -> None:
    assert all(c.connector != "second rate" for c in conversions(text))


@pytest.mark.parametrize(
    "text",
    [
        "The fee is 10,000 naira ($21.70 at the official rate; $13 at the parallel rate).",
        "The fee is 10,000 naira ($21.70), or $13 at the parallel-market rate.",
        "A sack of rice costs 40,000 naira ($52 on the black market).",
        "On the black market a dollar fetches 770 naira, against 461 naira at the official rate.",
    ],
)
def test_a_parallel_market_rate_is_held_to_neither_the_official_nor_the_reference(
    text: str,
) -> None:
    assert codes(text) == []


def test_parallel_market_conversions_are_held_to_each_other() -> None:
    text = (
        "The fee is 10,000 naira ($21.70 at the official rate; $130 at the parallel rate), and "
        "the levy 20,000 naira ($26 on the black market)."
    )
    findings = figcheck.check(text, locale="en", date=MAY_2023).findings
    assert [(f.code, f.span.slice(text)) for f in findings] == [("FC103", "$130"), ("FC103", "$26")]
    assert all("parallel market" in f.message for f in findings)
    assert all("parallel market" in " ".join(f.evidence.notes) for f in findings)


def test_a_stated_rate_on_the_black_market_is_read_as_such() -> None:
    text = "On the black market a dollar fetches 770 naira, against 461 naira at the official rate."
    rates = [c for c in figcheck.extract(text, locale="en") if isinstance(c, StatedRate)]
    assert [(r.value, r.parallel_market) for r in rates] == [(Decimal(770), True)]


def test_without_the_market_words_the_same_figures_are_reported() -> None:
    # the control for the tests above: the words, not the figures, keep them quiet
    assert "FC101" in codes("The fee is 10,000 naira ($21.70; $13).")
    assert "FC102" in codes("A sack of rice costs 40,000 naira ($52).")


SOFTBANK = "ソフトバンクは前年、スプリントを約1兆5千億円({}約{}億ドル)で買収する方針を示した。"


def test_a_conversion_at_the_rate_of_the_time_is_held_to_the_history_only() -> None:
    then = SOFTBANK.format("当時の為替相場で", "171")
    (conversion,) = conversions(then, "ja")
    assert conversion.at_the_time
    assert codes(then, JUNE_2014, "ja") == []
    # without the words, the June 2014 reference (about 102 yen) does not fit 88 yen
    assert codes(SOFTBANK.format("", "171"), JUNE_2014, "ja") != []


def test_a_magnitude_slip_at_the_rate_of_the_time_is_still_reported() -> None:
    text = SOFTBANK.format("当時の為替相場で", "17")
    findings = figcheck.check(text, locale="ja", date=JUNE_2014).findings
    assert [f.code for f in findings] == ["FC103"]
    assert "the rate of the time it speaks of" in findings[0].message
    assert any("the rate of the time" in note for note in findings[0].evidence.notes)


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        ("en", "The deal was worth 1.5 trillion yen ($17.1 billion at the time)."),
        ("de", "Der Kauf kostete 1,5 Billionen Yen (zum damaligen Kurs 17,1 Milliarden Dollar)."),
        ("fr", "L'achat a coûté 1 500 milliards de yens (17,1 milliards de dollars à l'époque)."),
    ],
)
def test_the_rate_of_the_time_is_read_in_several_languages(locale: str, text: str) -> None:
    (conversion,) = conversions(text, locale)
    assert conversion.at_the_time
    assert not conversion.parallel_market


@settings(max_examples=60, deadline=None)
@given(
    official=st.integers(400, 500),
    premium=st.integers(20, 200),  # the parallel rate, % above the official one
    fees=st.lists(st.integers(1, 500), min_size=2, max_size=4, unique=True),
)
def test_honest_parallel_and_official_restatements_are_never_flagged(
    official: int, premium: int, fees: list[int]
) -> None:
    parallel = Decimal(official) * (100 + premium) / 100
    clauses = [
        f"{fee * 1000:,} naira (${Decimal(fee * 1000) / official:,.2f} at the official rate; "
        f"${Decimal(fee * 1000) / parallel:,.2f} at the parallel rate)"
        for fee in fees
    ]
    text = "The fees are " + ", and ".join(clauses) + "."
    found = conversions(text)
    assert [c.parallel_market for c in found] == [False, True] * len(fees)
    assert [f.code for f in figcheck.check(text, locale="en").findings if f.code < "FC4"] == []


@settings(max_examples=60, deadline=None)
@given(
    official=st.integers(400, 500),
    premium=st.integers(20, 200),
    fees=st.lists(st.integers(1, 500), min_size=3, max_size=4, unique=True),
    slip=st.sampled_from([Decimal(10), Decimal("0.1")]),
)
def test_a_slip_among_parallel_restatements_is_always_flagged(
    official: int, premium: int, fees: list[int], slip: Decimal
) -> None:
    parallel = Decimal(official) * (100 + premium) / 100
    converted = [Decimal(fee * 1000) / parallel for fee in fees]
    converted[-1] *= slip
    clauses = [
        f"{fee * 1000:,} naira (${amount:,.2f} on the black market)"
        for fee, amount in zip(fees, converted, strict=True)
    ]
    text = "The fees are " + ", and ".join(clauses) + "."
    findings = figcheck.check(text, locale="en").findings
    slipped = f"${converted[-1]:,.2f}"
    reported = [(f.code, f.span.slice(text)) for f in findings if f.code < "FC4"]
    assert reported == [("FC103", slipped)]


# Shell's purchase of BG Group, agreed in 2015 for about £47 billion (about €64 billion at
# 2015's rates, about 0.73 pounds to the euro; in October 2019 a euro bought about 0.89).
OCTOBER_2019 = dt.date(2019, 10, 8)


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("In 2015 Shell paid £47 billion (about €64 billion) for BG.", 2015),
        ("Shell paid £47 billion (about €64 billion) for BG in 2015, a record.", 2015),
        # two years: which one the rate is of is not said
        ("Shell paid £47 billion (about €64 billion) for BG, in 2015 and 2016.", None),
        # a figure is no year
        ("Shell paid 2015 pounds (about €2,800) for it.", None),
        ("Shell paid £47 billion (about €64 billion) for BG.", None),
    ],
)
def test_the_one_year_a_conversions_sentence_names_is_read(text: str, year: int | None) -> None:
    (conversion,) = conversions(text)
    assert conversion.year == year


def test_a_conversion_of_an_earlier_year_may_use_that_years_rate() -> None:
    text = "In 2015 Shell paid £47 billion (about €64 billion) for BG."
    assert codes(text, OCTOBER_2019) == []
    # the same figures with no year are held to October 2019's rate
    assert codes(text.replace("In 2015 ", ""), OCTOBER_2019) == ["FC102"]
    # and a year that is the document's own changes nothing
    assert codes(text, dt.date(2015, 11, 2)) == []
    assert codes(text.replace("2015", "2019"), OCTOBER_2019) == ["FC102"]


def test_a_slip_in_an_earlier_years_conversion_is_still_reported_with_its_band() -> None:
    text = "In 2015 Shell paid £47 billion (about €640 billion) for BG."
    (finding,) = figcheck.check(text, locale="en", date=OCTOBER_2019).findings
    assert finding.code == "FC103"
    assert "the lowest and highest rate since 2015-01-01 (the text names 2015 beside it)" in (
        finding.message
    )
    assert any("the text names 2015 beside it" in note for note in finding.evidence.notes)
    # a rate no day since 2015 had is reported too
    wrong = "In 2015 Shell paid £47 billion (about €94 billion) for BG."
    assert codes(wrong, OCTOBER_2019) == ["FC102"]


def test_an_earlier_years_conversion_is_not_held_to_this_years() -> None:
    text = (
        "In 2015 Shell paid £47 billion (about €64 billion) for BG. This year it sold a field "
        "for £1 billion (€1.12 billion)."
    )
    assert codes(text, OCTOBER_2019) == []
