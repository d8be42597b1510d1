"""The founding example: four rouble bounties converted to dollars at one rate.

The sentences are ours (examples/bounty-scheme.txt), written around the figures of a 2022 news
report: 300,000 rubles ($4,980), 200,000 rubles ($3,320), 100,000 rubles ($1,660) and 50,000
rubles ($830), all at 60.24 roubles to the dollar.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

import figcheck
from figcheck.rules.fx import rate_view

DATE = dt.date(2022, 10, 25)
#: The ECB series alone, which has no rouble after 2022-03-01: the tests of the document's own
#: consistency use it, so that only the conversions are compared with each other.
ECB_ONLY = figcheck.Config(rates=figcheck.EcbRates())
FIGURES = [("300,000 rubles", "$4,980"), ("200,000 rubles", "$3,320"),
           ("100,000 rubles", "$1,660"), ("50,000 rubles", "$830")]  # fmt: skip


@pytest.fixture
def article(examples: Path) -> str:
    return (examples / "bounty-scheme.txt").read_text(encoding="utf-8")


def codes(report: figcheck.Report) -> list[str]:
    return [finding.code for finding in report.findings]


def test_four_rub_usd_conversions_are_found(article: str) -> None:
    claims = figcheck.extract(article)
    assert [(c.original.text, c.converted.text) for c in claims] == FIGURES
    for claim in claims:
        assert isinstance(claim, figcheck.Conversion)
        assert (claim.original.currency, claim.converted.currency) == ("RUB", "USD")
        assert claim.connector == "parentheses"


def test_each_conversion_implies_60_24(article: str) -> None:
    for claim in figcheck.extract(article):
        assert isinstance(claim, figcheck.Conversion)
        view = rate_view(claim)
        assert view is not None
        assert (view.base, view.quote) == ("USD", "RUB")
        assert Decimal("60.24") in view.implied
        point = claim.original.amount / claim.converted.amount
        assert point.quantize(Decimal("0.01")) == Decimal("60.24")


@pytest.mark.parametrize("date", [None, DATE], ids=["undated", "dated"])
def test_the_article_as_printed_has_no_error(article: str, date: dt.date | None) -> None:
    report = figcheck.check(article, date=date, config=ECB_ONLY)
    assert not {"FC101", "FC102", "FC103", "FC104"} & set(codes(report))
    assert report.ok
    assert len(report.claims) == 4


def test_no_ecb_rouble_reference_after_march_2022_is_said_not_guessed(article: str) -> None:
    report = figcheck.check(article, date=DATE, config=ECB_ONLY)
    assert codes(report) == ["FC401"]
    finding = report.findings[0]
    assert "2022-03-01" in finding.message
    assert finding.evidence.source == "ECB euro reference rates"


def test_against_the_nbp_fixings_around_the_date_the_article_passes(article: str) -> None:
    """By default the NBP's table B answers for the rouble, weekly: its fixings of 19 and 26
    October 2022 bracket the article's date (with 12 October in the window). 60.24 roubles to
    the dollar is within 3% of that band, so nothing is reported; every conversion was
    examined against it."""
    report = figcheck.check(article, date=DATE)
    assert report.findings == []
    assert len(report.claims) == 4


def test_without_a_date_the_reference_check_is_skipped_visibly(article: str) -> None:
    assert codes(figcheck.check(article)) == ["FC404"]


@pytest.mark.parametrize(
    ("printed", "wrong", "code"),
    [
        ("$3,320", "$33,200", "FC103"),
        ("$3,320", "$3,520", "FC101"),
        ("$3,320", "$12,048,000", "FC104"),  # 200,000 × 60.24 instead of ÷
        ("$830", "$83", "FC103"),
        ("$4,980", "$4.98", "FC103"),
    ],
    ids=["extra-zero", "wrong-digit", "divided-wrong-way", "dropped-zero", "thousand-slip"],
)
def test_a_changed_figure_is_named_with_its_place_and_size(
    article: str, printed: str, wrong: str, code: str
) -> None:
    changed = article.replace(printed, wrong, 1)
    report = figcheck.check(changed, date=DATE, config=ECB_ONLY)
    errors = [f for f in report.findings if f.code != "FC401"]
    assert [f.code for f in errors] == [code]
    finding = errors[0]
    assert finding.span.slice(changed) == wrong
    assert f'"{wrong}"' in finding.message
    assert f"expected about {printed}" in finding.message
    assert finding.evidence.implied is not None
    assert finding.evidence.expected is not None
    assert Decimal("60.24") in finding.evidence.expected
    assert finding.evidence.tolerance == Decimal("0.005")


def test_the_magnitude_finding_says_how_many_times(article: str) -> None:
    report = figcheck.check(article.replace("$3,320", "$33,200"))
    (finding,) = [f for f in report.findings if f.code == "FC103"]
    assert "10 times too large" in finding.message
    assert finding.evidence.factor == Decimal(10)


def test_the_example_with_mistakes_reports_each_one(examples: Path) -> None:
    report = figcheck.check_file(
        examples / "bounty-scheme-with-errors.txt", date=DATE, config=ECB_ONLY
    )
    found = [(f.code, f.span.slice(report.text)) for f in report.findings if f.code != "FC401"]
    assert found == [("FC103", "$33,200"), ("FC101", "$1,860"), ("FC104", "$3,012,000")]
