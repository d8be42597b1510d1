"""The scanner's quick gates never change a result, only skip work.

``mentions._bare`` decides from the characters around a number that it cannot be money, before
the grammar is tried; ``hedges.find_hedge`` looks at the last character before a figure before
searching for a hedge; figure claims skip the quantities of a sentence that holds no connector
of a unit conversion. Each gate is tested here against the work it skips, on text built from
the pieces that sit next to figures in prose.
"""

from __future__ import annotations

import datetime as dt

import hypothesis.strategies as st
import pytest
from hypothesis import example, given, settings

from figcheck import find_money
from figcheck.rates.ecb import EcbRates
from figcheck.reading.figure_claims import _PREFILTERS, find_unit_conversions
from figcheck.reading.hedges import HEDGE_BEFORE, _hedge_pattern, find_hedge
from figcheck.reading.locales import resolve
from figcheck.reading.mentions import _bare, _money_at, _Reading, _Run
from figcheck.reading.quantities import find_quantities

NUMBERS = ["5", "12", "4,980", "4.980", "1.234,56", "300", "2019", "0.5", "10"]
NEIGHBOURS = [
    *["$", "€", "£", "¥", "₹", "US$", "C$", "Rs", "Rs.", "kr", "kr.", "S/", "B/.", "zł"],
    *["EUR", "USD", "ALL", "TOP", "SEK", "mxn$", "MXN$"],
    *["dollars", "Dollar", "euros", "euro", "rubles", "pounds", "yen", "won", "Rubel"],
    *["рублей", "долларов", "ドル", "円", "元", "美元", "달러", "dólares", "dolares"],
    *["million", "m", "bn", "lakh", "crore", "Mio.", "Mrd.", "万", "억", "millions", "mil"],
    *["de", "d'", "to", "and", "between", "from", "about", "nearly", "约", "rund", "of"],
    *["has", "is", "stations", "km", "people", "Votes", "A", "s", "Ks", "Kč", "Ft", "lire"],
    *["'", "’", ")", "(", ",", ".", "%", "-", "–", "—", ":", "?", "。", "（", "）", "＄"],
    *[" ", " ", "\u00a0", "\u202f", "\u200f", "\u200e", "\n"],
]
PIECES = st.sampled_from(NUMBERS + NEIGHBOURS)
LANGUAGES = ["en", "de", "fr", "es", "ru", "ja", "zh", "ko", "sv", "pl", "hi", "tr"]


@settings(max_examples=400, deadline=None)
@given(st.lists(PIECES, min_size=1, max_size=14).map("".join), st.sampled_from(LANGUAGES))
@example("He bought 10 dollars' worth of fuel.", "en")
@example("The fare was '5 euros', no more.", "en")
@example("She has 12 stations.", "en")
@example("Rs 5 and Rs. 6", "en")
def test_a_number_called_bare_is_never_money(text: str, language: str) -> None:
    reading = _Reading.of(resolve(text, language))
    for match in reading.run.finditer(text):
        number = reading.parse(match.group())
        if number is None or not _bare(text, match.start(), match.end(), reading):
            continue
        run = _Run(match.start(), match.end(), number)
        assert _money_at(text, run, reading) is None, (text, match.group())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He bought 10 dollars' worth of fuel.", ["10 dollars"]),
        ("The fare was '5 euros', no more.", ["5 euros"]),
        ("It sold for 300,000 rubles’ worth of goods.", ["300,000 rubles"]),
    ],
)
def test_an_amount_before_an_apostrophe_is_found(text: str, expected: list[str]) -> None:
    assert [money.text for money in find_money(text)] == expected


HEDGE_TEXT = st.lists(
    st.sampled_from(
        [
            *["about", "ABOUT", "Nearly", "more than", "约", "rund", "environ", "approx.", "~"],
            *["yaklaşık", "yaklaşı\u212a", "eſtımated", "ESTIMATED", "около", "ОКОЛО", "लगभग"],
            *["c.", "ca.", "up to", "(", "—", "-", " ", "  ", "\n", "\t", "x", "ſ", "ı", "İ", "5"],
        ]
    ),
    max_size=10,
).map("".join)


@settings(max_examples=400, deadline=None)
@given(HEDGE_TEXT, st.sampled_from(LANGUAGES), st.integers(min_value=0, max_value=40))
def test_the_hedge_gate_finds_what_the_pattern_finds(text: str, language: str, cut: int) -> None:
    end = min(cut, len(text))
    pattern = HEDGE_BEFORE if language == "en" else _hedge_pattern(language)
    expected = pattern.search(text, max(0, end - 24), end)
    found = find_hedge(text, end, language)
    assert (found and found.span()) == (expected and expected.span())


QUANTITY_TEXT = st.lists(
    st.sampled_from(
        [
            *["10", "16", "5.5", " miles", " km", " kg", " pounds", "-mile", " (", ")", " or "],
            *[", or ", " — ", " – ", " -- ", " about ", " the equivalent of ", " and ", " OR "],
            *["Or", ", "],
        ]
    ),
    max_size=10,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(QUANTITY_TEXT)
@example("a 10 mile (16 km) walk")
@example("10 miles OR 16 km")
def test_every_unit_conversion_holds_the_connector_hint(text: str) -> None:
    conversions = list(find_unit_conversions(text, find_quantities(text)))
    exact, lower = _PREFILTERS["unit_gap"]
    if conversions:
        assert exact.search(text) is not None
        assert lower.search(text.lower()) is not None


def test_rates_kept_per_look_back() -> None:
    """A Sunday has no fixing: with no look-back there is no rate, with two days Friday's."""
    sunday = dt.date(2022, 10, 23)
    strict, lenient = EcbRates(lookback_days=0), EcbRates(lookback_days=2)
    assert strict.rate("USD", "EUR", sunday) is None
    friday = lenient.rate("USD", "EUR", sunday)
    assert friday is not None
    assert friday.date == dt.date(2022, 10, 21)
    assert strict.rate("USD", "EUR", sunday) is None
    assert lenient.rate("USD", "EUR", sunday) == friday
