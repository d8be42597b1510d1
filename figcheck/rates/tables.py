"""User rate tables: reference rates typed in or exported by the user, as CSV or JSON.

A table is a list of rates, each with four fields: ``date`` (YYYY-MM-DD), ``base`` and ``quote``
(ISO 4217 codes in capitals) and ``rate`` (units of ``quote`` per one ``base``, a positive
decimal). In CSV the first line names the columns (in any order; other columns are ignored)
and lines starting with ``#`` are comments; in JSON the file is an array of objects with those
keys (others are ignored), ``rate`` a number or a string. Every problem is a ``RateDataError``
naming the file and line, because a table is data a person edits and should fix by hand.

A stored rate is read back exactly. The reverse pair is its reciprocal, and a pair the table
does not hold is crossed through a currency it shares with both on the same day (the first in
alphabetical order); both are computed to 34 significant digits.
"""

from __future__ import annotations

import csv
import datetime as dt
import decimal
import functools
import json
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from figcheck.errors import RateDataError
from figcheck.rates.ecb import positive_decimal
from figcheck.rates.source import DEFAULT_LOOKBACK_DAYS, Coverage, RateQuote, days_back

#: The fields of every rate, the CSV header and the JSON keys alike.
COLUMNS = ("date", "base", "quote", "rate")
#: A currency code as tables must write it: three capital letters.
CODE = re.compile(r"[A-Z]{3}")
#: Inverse and cross rates are computed to the precision of the rest of figcheck.
_CONTEXT = decimal.Context(prec=34)

Pair = tuple[str, str]


@dataclass(frozen=True, slots=True)
class TableData:
    """What a table file holds: the rates of each day, by (base, quote)."""

    path: Path
    days: Mapping[dt.date, Mapping[Pair, Decimal]]

    def currencies(self) -> tuple[str, ...]:
        return tuple(sorted({code for day in self.days.values() for pair in day for code in pair}))


class RateTable:
    """A user table as a ``RateSource``, looking back ``lookback_days`` from a day without a
    rate (as the ECB series does)."""

    def __init__(self, data: TableData, *, lookback_days: int = DEFAULT_LOOKBACK_DAYS) -> None:
        if lookback_days < 0:
            raise ValueError("lookback_days must be zero or more")
        self.data = data
        self.lookback_days = lookback_days
        self.name = f"{data.path.name} (user table)"

    @property
    def path(self) -> Path:
        return self.data.path

    def rate(self, base: str, quote: str, date: dt.date) -> RateQuote | None:
        """The stored, reciprocal or crossed rate on ``date`` or the look-back before it."""
        for day in days_back(date, self.lookback_days):
            value = self._on(day, base, quote)
            if value is not None:
                return RateQuote(base, quote, value, day, self.name)
        return None

    def coverage(self, currency: str) -> Coverage | None:
        """The first and last day with a rate that involves ``currency``."""
        days = sorted(d for d, rates in self.data.days.items() if _involves(rates, currency))
        return Coverage(days[0], days[-1]) if days else None

    def currencies(self) -> tuple[str, ...]:
        return self.data.currencies()

    def series(self, base: str, quote: str) -> tuple[RateQuote, ...]:
        """The rate of the pair on every day the table can give it (no look-back)."""
        found = ((day, self._on(day, base, quote)) for day in sorted(self.data.days))
        return tuple(RateQuote(base, quote, v, day, self.name) for day, v in found if v is not None)

    def _on(self, day: dt.date, base: str, quote: str) -> Decimal | None:
        rates = self.data.days.get(day)
        if rates is None or base == quote:
            return Decimal(1) if rates is not None and base == quote else None
        direct = _leg(rates, base, quote)
        if direct is not None:
            return direct
        for pivot in sorted({code for pair in rates for code in pair} - {base, quote}):
            first, second = _leg(rates, base, pivot), _leg(rates, pivot, quote)
            if first is not None and second is not None:
                return _CONTEXT.multiply(first, second)
        return None


def _leg(rates: Mapping[Pair, Decimal], base: str, quote: str) -> Decimal | None:
    """The stored rate, else the reciprocal of the stored reverse rate."""
    if (base, quote) in rates:
        return rates[base, quote]
    if (quote, base) in rates:
        return _CONTEXT.divide(Decimal(1), rates[quote, base])
    return None


def _involves(rates: Mapping[Pair, Decimal], currency: str) -> bool:
    return any(currency in pair for pair in rates)


def load_rate_table(path: Path, *, lookback_days: int = DEFAULT_LOOKBACK_DAYS) -> RateTable:
    """The table in ``path`` (``.json`` is JSON, anything else CSV), read once per version of
    the file: a run that checks many documents with one table parses it once."""
    resolved = Path(path).resolve()
    try:
        stat = resolved.stat()
    except OSError as error:
        raise RateDataError(f"{path}: cannot read the rate table: {error.strerror}") from error
    return RateTable(_load(resolved, stat.st_mtime_ns, stat.st_size), lookback_days=lookback_days)


@functools.lru_cache(maxsize=32)
def _load(path: Path, mtime_ns: int, size: int) -> TableData:
    """Parse a table; the modification time and size in the key notice an edited file."""
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except OSError as error:
        raise RateDataError(f"{path}: cannot read the rate table: {error.strerror}") from error
    except UnicodeDecodeError as error:
        raise RateDataError(f"{path}: not valid UTF-8 at byte {error.start}") from error
    rows = _json_rows(text, path) if path.suffix.lower() == ".json" else _csv_rows(text, path)
    return _build(path, rows)


Row = tuple[int, Mapping[str, object]]


def _csv_rows(text: str, path: Path) -> Iterator[Row]:
    """Grammar: a header line naming the columns, then one rate per line; blank lines and
    lines starting with ``#`` are skipped."""
    lines = [(n, line) for n, line in enumerate(text.splitlines(), 1) if _is_data(line)]
    if not lines:
        raise RateDataError(f"{path}: empty rate table (expected a header {','.join(COLUMNS)})")
    header_line, header_text = lines[0]
    header = [name.strip().lower() for name in next(csv.reader([header_text]))]
    missing = [name for name in COLUMNS if name not in header]
    if missing:
        raise RateDataError(
            f"{path}:{header_line}: the header must name the columns {','.join(COLUMNS)} "
            f"(missing {', '.join(missing)})"
        )
    for number, line in lines[1:]:
        cells = next(csv.reader([line]))
        if len(cells) != len(header):
            raise RateDataError(
                f"{path}:{number}: expected {len(header)} fields, found {len(cells)}"
            )
        yield number, dict(zip(header, (cell.strip() for cell in cells), strict=True))


def _is_data(line: str) -> bool:
    stripped = line.strip()
    return bool(stripped) and not stripped.startswith("#")


def _json_rows(text: str, path: Path) -> Iterator[Row]:
    """Grammar: ``[ {"date": …, "base": …, "quote": …, "rate": …}, … ]``. Items are decoded
    one at a time so that each error can name the line its item starts on."""
    decoder = json.JSONDecoder(parse_float=Decimal, parse_int=Decimal)
    position = _skip_space(text, 0)
    if not text.startswith("[", position):
        raise RateDataError(f"{path}:{_line(text, position)}: expected a JSON array of rates")
    position = _skip_space(text, position + 1)
    while not text.startswith("]", position):
        try:
            item, end = decoder.raw_decode(text, position)
        except json.JSONDecodeError as error:
            raise RateDataError(f"{path}:{error.lineno}: invalid JSON: {error.msg}") from error
        except RecursionError:  # the decoder recurses once per level of nesting
            raise RateDataError(
                f"{path}:{_line(text, position)}: JSON nested too deeply; a rate is one object "
                "of four fields"
            ) from None
        if not isinstance(item, dict):
            raise RateDataError(f"{path}:{_line(text, position)}: expected an object")
        yield _line(text, position), item
        position = _skip_space(text, end)
        if text.startswith(",", position):
            position = _skip_space(text, position + 1)
        elif not text.startswith("]", position):
            raise RateDataError(f"{path}:{_line(text, position)}: expected , or ]")
    rest = _skip_space(text, position + 1)
    if rest < len(text):
        raise RateDataError(f"{path}:{_line(text, rest)}: text after the array")


def _skip_space(text: str, position: int) -> int:
    while position < len(text) and text[position].isspace():
        position += 1
    return position


def _line(text: str, position: int) -> int:
    return text.count("\n", 0, position) + 1


def _build(path: Path, rows: Iterator[Row]) -> TableData:
    """Check every row and index the rates by day; a pair given twice on a day is an error."""
    days: dict[dt.date, dict[Pair, Decimal]] = {}
    seen: dict[tuple[dt.date, Pair], int] = {}
    for number, row in rows:
        day, pair, value = _parse_row(row, f"{path}:{number}")
        if (day, pair) in seen:
            raise RateDataError(
                f"{path}:{number}: {pair[0]}/{pair[1]} on {day} is already given on line "
                f"{seen[day, pair]}"
            )
        seen[day, pair] = number
        days.setdefault(day, {})[pair] = value
    if not days:
        raise RateDataError(f"{path}: the rate table has no rates")
    return TableData(path, days)


def _parse_row(row: Mapping[str, object], where: str) -> tuple[dt.date, Pair, Decimal]:
    """One rate, checked field by field."""
    missing = [name for name in COLUMNS if name not in row]
    if missing:
        raise RateDataError(f"{where}: missing {', '.join(missing)}")
    try:
        day = dt.date.fromisoformat(str(row["date"]))
    except ValueError:
        raise RateDataError(f"{where}: date {row['date']!r} is not YYYY-MM-DD") from None
    base, quote = (_code(row[name], name, where) for name in ("base", "quote"))
    if base == quote:
        raise RateDataError(f"{where}: base and quote are both {base}")
    value = positive_decimal(str(row["rate"])) if not isinstance(row["rate"], bool) else None
    if value is None:
        raise RateDataError(f"{where}: rate {row['rate']!r} is not a positive number")
    return day, (base, quote), value


def _code(value: object, name: str, where: str) -> str:
    if not isinstance(value, str) or not CODE.fullmatch(value):
        raise RateDataError(f"{where}: {name} {value!r} is not a currency code such as USD")
    return value
