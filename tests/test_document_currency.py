"""Bare numbers restated in another currency take the currency the document names."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

import figcheck
from figcheck import Conversion
from figcheck import strategies as fs

MAY_2023 = dt.date(2023, 5, 12)  # NBP: about 77-80 roubles to the dollar


def conversions(text: str, locale: str | None = None) -> list[Conversion]:
    return [c for c in figcheck.extract(text, locale=locale) if isinstance(c, Conversion)]


# (locale, text, bare amount, its currency, restated amount, restated currency); figures as
# published (bounties in roubles, an EU energy pledge, a Ukrainian fine), sentences our own.
PAIRED = [
    ("en", "Pilots get 300,000 rubles for a jet. A tank brings 100,000 ($1,660) more.", "100000",
     "RUB", "1660", "USD"),
    ("en", "The court, which fines in roubles, set 20,000 rubles and later 150,000 ($2,400).",
     "150000", "RUB", "2400", "USD"),
    ("pt", "A UE compra energia por 750 mil milhões de dólares e investe mais 600 mil milhões "
     "(514 mil milhões de euros).", "600000000000", "USD", "514000000000", "EUR"),
    ("de", "Die Strafe betrug 5000 Rubel; im Wiederholungsfall werden 15.000 (rund 170 Euro) "
     "fällig.", "15000", "RUB", "170", "EUR"),
    ("fr", "Le salaire minimum est de 16 242 roubles ; la prime atteint 195 000 (soit environ "
     "2 200 euros).", "195000", "RUB", "2200", "EUR"),
    ("en", "The budget is 4.8 trillion hryvnias, of which 1.7 trillion (about $46 billion) "
     "goes to defence.", "1700000000000", "UAH", "46000000000", "USD"),
    # crores with no currency: the rupees the document names
    ("en", "The plan costs Rs 9,000 crore; aid came to 18,200 crore (US$2.2 billion).",
     "182000000000", "INR", "2200000000", "USD"),
]  # fmt: skip


@pytest.mark.parametrize(("locale", "text", "amount", "currency", "converted", "other"), PAIRED)
def test_a_bare_number_takes_the_documents_other_currency(
    locale: str, text: str, amount: str, currency: str, converted: str, other: str
) -> None:
    found = [
        (c.original.amount, c.original.currency, c.converted.amount, c.converted.currency)
        for c in conversions(text, locale)
    ]
    assert (Decimal(amount), currency, Decimal(converted), other) in found


NOT_PAIRED = [
    # no other currency named: nothing to read the number in
    ("en", "He was fined 150,000 ($2,400) for the post."),
    # a year, a small count, a percentage, a figure glued to letters or signs
    ("en", "Roubles fell. In 2019 ($5 million) the fund paid 300 rubles."),
    ("en", "Roubles fell. On page 12 ($5 million) the fund paid 300 rubles."),
    ("en", "The fund paid 300 rubles; growth was 150% ($5 million)."),
    ("en", "The fund paid 300 rubles to the A380 ($5 million) team."),
    ("en", "The fund paid 300 rubles and 1/150 ($5) of the rest."),
    # a comma, a dash, "or" or a slash join different things as often as restatements
    ("en", "The fund paid 300 rubles, 150,000, about $2,400 in all."),
    ("en", "The fund paid 300 rubles or 150,000 or $2,400."),
    ("en", "The fund paid 300 rubles – 150,000 – $2,400 in all."),
    ("en", "The fund paid 300 rubles, 150,000 / $2,400."),
    # a word between the number and the bracket
    ("en", "The fund paid 300 rubles to 150,000 people ($2,400 in all)."),
    # the restatement in the document's only currency
    ("en", "The fund paid 300 rubles and 150,000 (20,000 rubles more)."),
]


@pytest.mark.parametrize(("locale", "text"), NOT_PAIRED)
def test_not_read(locale: str, text: str) -> None:
    assert all(c.original.unit_text for c in conversions(text, locale))


def test_the_finding_says_the_currency_was_not_written() -> None:
    text = "Pilots get 300,000 rubles for a jet. A tank brings 100,000 ($12,700) more."
    (finding,) = figcheck.check(text, date=MAY_2023).findings
    assert finding.code == "FC103"
    assert '"100,000" has no currency written: read as RUB' in finding.message
    assert any("read as RUB" in note for note in finding.evidence.notes)


def test_consistent_bare_conversions_raise_nothing() -> None:
    text = "Pilots get 300,000 rubles for a jet. A tank brings 100,000 ($1,280) more."
    assert figcheck.check(text, date=MAY_2023).findings == []


def test_two_competing_currencies_are_not_guessed() -> None:
    text = "The fund paid 300 rubles and €400. A fine of 150,000 ($2,400) followed."
    (conversion,) = conversions(text)
    assert conversion.original.currency is None
    assert conversion.original.candidates == ("EUR", "RUB")
    (finding,) = figcheck.check(text, date=MAY_2023).findings
    assert finding.code == "FC402"
    assert "no currency written" in finding.message


def test_crores_restating_an_amount_are_rupees_or_takas() -> None:
    (bare,) = conversions("Hence $0.5 billion is roughly equal to 4,150 crores.")
    assert bare.converted.amount == Decimal(41_500_000_000)
    assert bare.converted.currency is None
    assert bare.converted.candidates == ("BDT", "INR", "NPR", "PKR")
    named = conversions("The deal was Rs 4,100 crore; $2 million (16 crore) more followed.")
    assert [(c.converted.text, c.converted.currency) for c in named] == [("16 crore", "INR")]


@pytest.mark.parametrize(
    "text",
    [
        "It cost $5 million and 40 crores of shares.",
        "It cost $5 million (40 lakh people).",
        "It cost $5 million, up from 40 crore.",
    ],
)
def test_crores_that_restate_nothing(text: str) -> None:
    assert conversions(text) == []


@st.composite
def bare_documents(draw: st.DrawFn, *, perturbed: bool = False) -> tuple[str, list[str], int]:
    """A text that names its currency once, then restates bare amounts in another one at one
    rate, honestly rounded to 3 or 4 significant digits (one of them off by a power of ten
    when ``perturbed``): the text, the restatements as written, and the perturbed index."""
    home, other = draw(fs.currency_pairs(("RUB", "EUR", "GBP", "JPY", "INR", "CHF", "USD")))
    rate = draw(fs.plausible_rates(home, other))
    count = draw(st.integers(3, 5) if perturbed else st.integers(2, 4))  # 3: a consensus
    values = draw(
        st.lists(fs.amounts(Decimal(1000), Decimal("1e7"), max_digits=3, max_places=0),
                 min_size=count, max_size=count, unique=True)
    )  # fmt: skip
    wrong = draw(st.integers(0, count - 1)) if perturbed else -1
    named = fs.formatted_amount(Decimal(500), home, "name")
    sentences = [f"Prices here are in {named.split(' ', 1)[1]}: a ticket is {named}."]
    written = []
    for index, value in enumerate(values):
        converted = fs.round_significant(value * rate, draw(st.integers(3, 4)))
        if index == wrong:
            converted *= draw(st.sampled_from((Decimal(10), Decimal("0.01"), Decimal(1000))))
        assume(converted >= Decimal("0.01"))
        text = fs.formatted_amount(converted.normalize(), other, "symbol")
        written.append(text)
        sentences.append(f"Item {index + 1} costs {fs.format_number(value)} ({text}).")
    return " ".join(sentences), written, wrong


@settings(max_examples=200, deadline=None)
@given(bare_documents())
def test_honest_bare_restatements_are_read_and_never_flagged(
    case: tuple[str, list[str], int],
) -> None:
    text, written, _ = case
    report = figcheck.check(text)
    bare = [c for c in report.claims if isinstance(c, Conversion) and not c.original.unit_text]
    assert [c.converted.text for c in bare] == written
    assert [f.code for f in report.findings if f.code in ("FC101", "FC103", "FC104")] == []


@settings(max_examples=200, deadline=None)
@given(bare_documents(perturbed=True))
def test_a_bare_restatement_off_by_a_power_of_ten_is_flagged(
    case: tuple[str, list[str], int],
) -> None:
    text, written, wrong = case
    report = figcheck.check(text)
    flagged = [f for f in report.findings if f.code in ("FC101", "FC103", "FC104")]
    assert flagged
    assert any(f.span.slice(text) == written[wrong] for f in flagged)


def test_a_hedge_after_a_bare_numbers_restatement_widens_it() -> None:
    # the bare pair shares the restatement's reading with every other pair
    text = "Pilots get 300,000 rubles for a jet. A tank brings 100,000 ($1,280 approximately)."
    (bare,) = [c for c in conversions(text) if not c.original.unit_text]
    assert bare.converted.hedge == "approximately"
    assert bare.converted.interval.high - bare.converted.interval.low == Decimal(20)
