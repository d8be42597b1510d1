"""Figures as intervals: parsing, granularity, hedges and outward-rounded arithmetic."""

from __future__ import annotations

import decimal
from decimal import Decimal

import pytest

from figcheck.intervals import Interval, format_decimal
from figcheck.reading.hedges import widen
from figcheck.reading.numbers import parse_run

D = Decimal


@pytest.mark.parametrize(
    ("run", "value", "granularity"),
    [
        ("4,980", "4980", "10"),
        ("300,000", "300000", "100000"),
        ("1.20", "1.20", "0.01"),
        ("1,234.56", "1234.56", "0.01"),
        ("12,34,567", "1234567", "1"),
        ("7", "7", "1"),
        ("0", "0", "1"),
    ],
)
def test_granularity_policy(run: str, value: str, granularity: str) -> None:
    parsed = parse_run(run)
    assert parsed is not None
    assert parsed.value == D(value)
    assert parsed.granularity == D(granularity)


@pytest.mark.parametrize("run", ["1,2,3", "4.5.6", "10.0.0.1", "1,23", "12,345,67"])
def test_runs_that_are_not_english_numbers(run: str) -> None:
    assert parse_run(run) is None


def test_division_rounds_outward() -> None:
    rate = Interval.point(D(300000)).divide(Interval(D(4975), D(4985)))
    with decimal.localcontext(prec=80):
        assert rate.low <= D(300000) / D(4985) <= D(300000) / D(4975) <= rate.high
    assert D("60.24") in rate
    third = Interval.point(D(1)).divide(Interval.point(D(3)))
    assert third.low < third.high  # 1/3 is not representable: both ends must bracket it


def test_interval_basics() -> None:
    a, b = Interval(D(1), D(2)), Interval(D(2), D(3))
    assert a.intersects(b)
    assert a.intersection(b) == Interval(D(2), D(2))
    assert a.intersection(Interval(D(5), D(6))) is None
    assert a.hull(b) == Interval(D(1), D(3))
    assert Interval(D(100), D(200)).widen(D("0.1")) == Interval(D(90), D(220))
    with pytest.raises(ValueError, match="empty"):
        Interval(D(2), D(1))


@pytest.mark.parametrize(
    ("hedge", "low", "high"),
    [
        (None, "53.5", "54.5"),
        ("about", "53", "55"),
        ("nearly", "48.6", "54.5"),
        ("just over", "53.5", "59.4"),
        ("more than", "53.5", "108"),
        ("up to", "27", "54.5"),
    ],
)
def test_hedges_widen_as_documented(hedge: str | None, low: str, high: str) -> None:
    rounded = Interval(D("53.5"), D("54.5"))
    assert widen(rounded, D(54), D(1), hedge) == Interval(D(low), D(high))


@pytest.mark.parametrize(
    ("value", "text"),
    [("60.240963855", "60.241"), ("18072000", "18072000"), ("0.0000123456789", "0.000012346")],
)
def test_format_decimal(value: str, text: str) -> None:
    assert format_decimal(D(value), 5) == text
