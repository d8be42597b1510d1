"""What every reference source gives: ``RateQuote``, ``Coverage`` and the ``RateSource`` and
``SeriesSource`` protocols, with the look-back every source shares."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from typing import Protocol, runtime_checkable

#: Days a source looks back from a date without a fixing (weekends, holidays), by default.
DEFAULT_LOOKBACK_DAYS = 5


def days_back(date: dt.date, count: int) -> Iterator[dt.date]:
    """``date`` and the ``count`` days before it, newest first, never before the calendar's
    first day (a document dated 0001-01-01 has nothing before it to look back to)."""
    for back in range(min(count, date.toordinal() - 1) + 1):
        yield date - dt.timedelta(days=back)


def day_spans(start: dt.date, end: dt.date, days: int) -> Iterator[tuple[dt.date, dt.date]]:
    """``start`` to ``end`` in spans of at most ``days`` days, both ends in: the requests a
    web API that serves a limited range per call is asked in."""
    while start <= end:
        last = min(start + dt.timedelta(days=days - 1), end)
        yield start, last
        start = last + dt.timedelta(days=1)


@dataclass(frozen=True, slots=True)
class RateQuote:
    """A reference rate: ``value`` units of ``quote`` per one ``base``, as fixed on ``date``.

    ``exact`` marks a rate set by law rather than by a market (the euro's irrevocable
    conversion rates): checks hold a figure to it more tightly."""

    base: str
    quote: str
    value: Decimal
    date: dt.date
    source: str
    exact: bool = False


@dataclass(frozen=True, slots=True)
class Coverage:
    """The first and last date a source has a rate for a currency (there may be gaps between)."""

    first: dt.date
    last: dt.date


@runtime_checkable
class RateSource(Protocol):
    """Anything that can give a reference rate for a currency pair on a date."""

    name: str

    def rate(self, base: str, quote: str, date: dt.date) -> RateQuote | None:
        """The rate on ``date`` or the nearest earlier business day the source allows, else None."""
        ...

    def coverage(self, currency: str) -> Coverage | None:
        """The dates the source covers for ``currency``, or None when it has none."""
        ...


@runtime_checkable
class SeriesSource(Protocol):
    """A source that can list every rate it holds for a pair, and the currencies it knows.

    Optional: figcheck uses it, when a source has it, to find the dates a rate implied by an
    undated document matched (FC404), to name the last rate before a gap (FC401), and to list
    coverage in ``figcheck rates sources``.
    """

    name: str

    def series(self, base: str, quote: str) -> tuple[RateQuote, ...]:
        """Every rate of the pair on the days the source has one, oldest first."""
        ...

    def currencies(self) -> tuple[str, ...]:
        """Every currency the source has at least one rate for, sorted."""
        ...
