"""The embedded ECB series, read through the RateSource protocol."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

import figcheck
from figcheck.rates.ecb import EcbRates


@pytest.fixture(scope="module")
def ecb() -> EcbRates:
    return EcbRates()


def test_is_a_rate_source(ecb: EcbRates) -> None:
    assert isinstance(ecb, figcheck.RateSource)


def test_a_published_fixing_is_read_exactly(ecb: EcbRates) -> None:
    quote = ecb.rate("EUR", "USD", dt.date(2023, 5, 12))
    assert quote is not None
    assert quote.value == Decimal("1.0892")
    assert quote.date == dt.date(2023, 5, 12)
    assert quote.source == "ECB euro reference rates"


def test_weekend_uses_the_nearest_earlier_business_day(ecb: EcbRates) -> None:
    quote = ecb.rate("EUR", "USD", dt.date(2023, 5, 14))  # a Sunday
    assert quote is not None
    assert quote.date == dt.date(2023, 5, 12)


def test_cross_rate_goes_through_the_euro(ecb: EcbRates) -> None:
    day = dt.date(2021, 6, 1)
    usd = ecb.rate("EUR", "USD", day)
    jpy = ecb.rate("EUR", "JPY", day)
    cross = ecb.rate("USD", "JPY", day)
    assert usd
    assert jpy
    assert cross
    assert abs(cross.value - jpy.value / usd.value) < Decimal("1e-20")
    inverse = ecb.rate("JPY", "USD", day)
    assert inverse is not None
    assert abs(inverse.value * cross.value - 1) < Decimal("1e-20")


def test_no_rouble_after_march_2022_and_no_stale_fallback(ecb: EcbRates) -> None:
    assert ecb.rate("USD", "RUB", dt.date(2022, 3, 1)) is not None
    within = ecb.rate("USD", "RUB", dt.date(2022, 3, 4))  # the look-back reaches 1 March
    assert within is not None
    assert within.date == dt.date(2022, 3, 1)
    assert ecb.rate("USD", "RUB", dt.date(2022, 3, 7)) is None  # six days back: too stale
    coverage = ecb.coverage("RUB")
    assert coverage is not None
    assert coverage.last == dt.date(2022, 3, 1)


def test_lookback_is_bounded(ecb: EcbRates) -> None:
    assert EcbRates(lookback_days=0).rate("EUR", "USD", dt.date(2023, 5, 14)) is None
    assert ecb.rate("EUR", "USD", dt.date(1998, 12, 1)) is None
    with pytest.raises(ValueError, match="lookback_days"):
        EcbRates(lookback_days=-1)


def test_unknown_currency(ecb: EcbRates) -> None:
    assert ecb.rate("EUR", "NGN", dt.date(2023, 5, 12)) is None
    assert ecb.coverage("NGN") is None


def test_a_custom_source_is_used(ecb: EcbRates) -> None:
    class Fixed:
        name = "our desk rate"

        def rate(self, base: str, quote: str, date: dt.date) -> figcheck.RateQuote | None:
            if (base, quote) == ("USD", "RUB"):
                return figcheck.RateQuote(base, quote, Decimal("60.24"), date, self.name)
            return None

        def coverage(self, currency: str) -> figcheck.Coverage | None:
            return None

    config = figcheck.Config(rates=Fixed())
    text = "It pays 300,000 rubles ($4,980) and 100,000 rubles ($2,300)."
    report = figcheck.check(text, date=dt.date(2022, 10, 25), config=config)
    (finding,) = report.findings
    assert finding.code == "FC101"
    ok = figcheck.check(
        "It pays 300,000 rubles ($4,980).", date=dt.date(2022, 10, 25), config=config
    )
    assert ok.findings == []
    off = figcheck.check(
        "It pays 300,000 rubles ($5,980).", date=dt.date(2022, 10, 25), config=config
    )
    assert [f.code for f in off.findings] == ["FC102"]
    assert off.findings[0].evidence.source == "our desk rate"
