"""Conversions with no reference for their date are still bounded by the pair's whole history:
a slip by a power of ten past every rate the pair ever had is reported, and it arbitrates
between conversions that disagree; nothing else is held against it."""

from __future__ import annotations

import datetime as dt

import figcheck
from figcheck.rates.redenominations import REDENOMINATED, UNDATED_SETTLED, same_units_since


def codes(text: str, **options: object) -> list[str]:
    return [f.code for f in figcheck.check(text, **options).findings]  # type: ignore[arg-type]


def test_undated_slip_past_every_rate_is_an_error_with_the_history_as_evidence() -> None:
    text = "The election will cost 223 million dollars (about 156,000 euros)."
    (finding,) = [f for f in figcheck.check(text).findings if f.code == "FC103"]
    assert finding.span.slice(text) == "156,000 euros"
    assert "1000 times too small" in finding.message
    assert "there is no reference for the document's date" in finding.message
    assert "every EUR/USD rate from 1999-01-01" in finding.message
    assert "even halved or doubled" in finding.message
    assert finding.fix is not None
    assert finding.fix.replacement == "156,000,000 euros"


def test_undated_conversion_merely_off_today_passes() -> None:
    # 2 USD per EUR: far from any rate of the last decade, but within twice the highest ever.
    assert codes("It cost €100,000 ($200,000).") == ["FC404"]


def test_the_history_arbitrates_between_two_disagreeing_conversions() -> None:
    # The founding example with the first dollar figure ten times too large: the history of
    # USD/RUB proves the second right, so the first is the one flagged.
    text = (
        "Soldiers get 300,000 rubles ($49,800) for a downed plane and 200,000 rubles ($3,320) "
        "for a helicopter."
    )
    (finding,) = [f for f in figcheck.check(text).findings if f.code == "FC103"]
    assert finding.span.slice(text) == "$49,800"


def test_a_dated_document_without_a_reference_is_bounded_too() -> None:
    # Dated years past the shipped rates: no reference (FC401), but the history still bounds it.
    text = "The fine was 5,000 rubles ($1,650)."  # 3.03 RUB per USD: about ten times too few
    assert codes(text, date=dt.date(2040, 6, 1)) == ["FC401", "FC103"]


def test_old_units_before_a_redenomination_are_not_held_to_the_new_history() -> None:
    # In 1997 a dollar cost about 5,800 (old) roubles: right then, a thousand times off today.
    text = "A month's pension was 300,000 rubles ($52)."
    assert "FC103" not in codes(text, date=dt.date(1997, 6, 2))


def test_undated_text_in_recently_redenominated_units_is_left_alone() -> None:
    # The Belarusian rouble lost four zeros in 2016: an undated figure may be in either unit.
    assert REDENOMINATED["BYN"] > UNDATED_SETTLED
    assert "FC103" not in codes("The fine was 2,000,000 Belarusian rubles ($100).")


def test_same_units_since_takes_the_later_redenomination() -> None:
    assert same_units_since("EUR", "USD") is None
    assert same_units_since("RUB", "TRY") == dt.date(2005, 1, 1)


def test_a_sign_of_two_currencies_a_power_of_ten_apart_is_no_slip() -> None:
    # "¥" is read as yen in English, but 247 yuan to 29.5 euros fits the yuan's history.
    assert "FC103" not in codes("The fine was €29.5 billion (about ¥247 billion).")
    assert "FC103" in codes("The fine was €29.5 billion (about ¥24.7 billion).")


def test_two_disagreeing_conversions_with_nothing_to_arbitrate_are_both_reported() -> None:
    # Belarusian roubles lost four zeros in 2016, so an undated text has no history to go by:
    # either figure may be the slip, and both are named.
    text = "Two grants: 300,000 Belarusian rubles ($49,800) and 200,000 Belarusian rubles ($3,320)."
    slips = [f for f in figcheck.check(text).findings if f.code == "FC103"]
    assert [f.span.slice(text) for f in slips] == ["$49,800", "$3,320"]
    assert all("nothing here tells which of the two is wrong" in f.message for f in slips)
