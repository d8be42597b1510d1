"""``figcheck rates update --source frankfurter --provider KEY``: one central bank's series
from a Frankfurter server.

Frankfurter (https://frankfurter.dev, open source) collects the daily rates of some 80
central banks. Its public instance is ``https://api.frankfurter.dev``; ``--url`` points at a
self-hosted one (``docker run lineofflight/frankfurter``). Its v2 API is used:

- ``GET /v2/providers``: ``[{"key": "CBR", "name": …, "pivot_currency": "RUB", "start_date":
  …, "end_date": …, "currencies": […]}, …]``, to learn a provider's pivot currency and span;
- ``GET /v2/rates?providers=KEY&base=PIVOT&from=…&to=…``: ``[{"date": …, "base": "RUB",
  "quote": "USD", "rate": 0.0125}, …]``, one row per day and currency.

Without ``providers`` the API answers a *blend* of every bank that publishes a pair, which is
nobody's reference rate, so figcheck always names exactly one provider, and asks for its
pivot currency as the base, so that the rates are the bank's own (a single-provider answer is
the provider's published figure, or its inverse or cross through the pivot, never another
bank's). The API's older v1 (``api.frankfurter.app``) served the ECB's rates only, and has no
provider parameter: it is not used. The series is asked for a year at a time (the API refuses
a single-provider daily range longer than five years) and stored, verified, as
``frankfurter-<key>.json`` in the cache with the same atomic install, checksum and lock as the
ECB history.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import urllib.parse
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

from figcheck.errors import RateDataError, RateUpdateError
from figcheck.rates.cache import MAX_FILE_BYTES, install
from figcheck.rates.downloaded import Days, frankfurter_file, parse_frankfurter
from figcheck.rates.ecb import positive_decimal
from figcheck.rates.source import Coverage, day_spans
from figcheck.rates.update import Limit, UpdateResult, download
from figcheck.user_cache import cache_dir

#: The public instance; ``--url`` names another (a self-hosted one, a local server).
FRANKFURTER_URL = "https://api.frankfurter.dev"
#: Days asked for per request.
DAYS_PER_REQUEST = 366
#: A year of one bank's fixings of 50 currencies is about 1 MB of JSON.
LIMIT = Limit(max_bytes=16 * 1024 * 1024, expected="a Frankfurter series")
PROVIDER_KEY = re.compile(r"[A-Z][A-Z0-9]{1,9}")
CODE = re.compile(r"[A-Z]{3}")

Progress = Callable[[int, int, str], None]


def update_frankfurter(
    provider: str,
    url: str = FRANKFURTER_URL,
    *,
    since: dt.date | None = None,
    until: dt.date | None = None,
    folder: Path | None = None,
    timeout: float = 60.0,
    allow_insecure: bool = False,
    progress: Progress | None = None,
) -> UpdateResult:
    """Download ``provider``'s series from ``since`` (default: its first day) to ``until``
    (default: its last), check it and install it; ``RateUpdateError`` on any failure, which
    leaves the cache as it was. ``timeout`` bounds each request."""
    key = provider.strip().upper()
    if not PROVIDER_KEY.fullmatch(key):
        raise RateUpdateError(f"{provider!r} is not a Frankfurter provider key such as CBR")
    root = url.rstrip("/")
    about = provider_record(root, key, timeout=timeout, allow_insecure=allow_insecure)
    pivot = _pivot(about, root, key)
    start, end = _span(about, since, until, root)
    pieces = list(day_spans(start, end, DAYS_PER_REQUEST))
    days: Days = {}
    for number, (first, last) in enumerate(pieces, 1):
        request = rates_url(root, key, pivot, first, last)
        if progress is not None:
            progress(number, len(pieces), request)
        blob = download(request, timeout=timeout, allow_insecure=allow_insecure, limit=LIMIT)
        for day, rates in parse_rates(blob, request, pivot).items():
            days.setdefault(day, {}).update(rates)
    if not any(days.values()):
        raise RateUpdateError(f"{root}: {key} has no rates from {start} to {end}")
    return _install(_stored(root, key, about, pivot, days), root, key, folder)


def _stored(root: str, key: str, about: dict[str, object], pivot: str, days: Days) -> bytes:
    """The file ``figcheck.rates.downloaded`` reads: rates as decimal strings, so exact."""
    name = about.get("name")
    document = {
        "source": root,
        "provider": key,
        "name": name if isinstance(name, str) else key,
        "base": pivot,
        "rates": {str(d): {c: str(v) for c, v in r.items()} for d, r in sorted(days.items())},
    }
    return json.dumps(document, sort_keys=True, separators=(",", ":")).encode("utf-8")


def provider_record(
    root: str, key: str, *, timeout: float, allow_insecure: bool
) -> dict[str, object]:
    """The provider's entry in ``/v2/providers``; an unknown key is an error listing the known."""
    request = f"{root}/v2/providers"
    blob = download(request, timeout=timeout, allow_insecure=allow_insecure, limit=LIMIT)
    listed = _json(blob, request)
    if not isinstance(listed, list) or not all(isinstance(p, dict) for p in listed):
        raise _malformed(request, "expected a JSON array of providers")
    records: list[dict[str, object]] = listed
    for record in records:
        if record.get("key") == key:
            return record
    keys = sorted(str(p.get("key")) for p in records)
    raise RateUpdateError(f"{request}: no provider {key}; it lists {', '.join(keys) or 'none'}")


def _pivot(about: dict[str, object], root: str, key: str) -> str:
    pivot = about.get("pivot_currency")
    if not isinstance(pivot, str) or not CODE.fullmatch(pivot):
        raise _malformed(f"{root}/v2/providers", f"{key} has no pivot currency")
    return pivot


def _span(
    about: dict[str, object], since: dt.date | None, until: dt.date | None, root: str
) -> tuple[dt.date, dt.date]:
    """From ``since`` or the provider's first day to ``until`` or its last (today if none)."""
    try:
        first = dt.date.fromisoformat(str(about.get("start_date")))
        listed_end = about.get("end_date")
        last = dt.date.fromisoformat(str(listed_end)) if listed_end else None
    except ValueError:
        raise _malformed(f"{root}/v2/providers", "start_date or end_date is not a date") from None
    start = max(since, first) if since else first
    end = until or last or dt.datetime.now(dt.UTC).date()
    if start > end:
        raise RateUpdateError(f"nothing to download: {start} is after {end}")
    return start, end


def rates_url(root: str, key: str, pivot: str, first: dt.date, last: dt.date) -> str:
    query = urllib.parse.urlencode(
        {"providers": key, "base": pivot, "from": str(first), "to": str(last)}
    )
    return f"{root}/v2/rates?{query}"


def parse_rates(blob: bytes, url: str, pivot: str) -> Days:
    """Grammar: ``[{"date": DATE, "base": PIVOT, "quote": CODE, "rate": N}, …]``; the row of
    the pivot itself (rate 1) is dropped; anything else is refused naming the URL."""
    document = _json(blob, url)
    if not isinstance(document, list):
        raise _malformed(url, "expected a JSON array of rates")
    days: Days = {}
    for row in document:
        day, quote, value = _parse_row(row, url, pivot)
        if quote != pivot:
            days.setdefault(day, {})[quote] = value
    return days


def _parse_row(row: object, url: str, pivot: str) -> tuple[dt.date, str, Decimal]:
    if not isinstance(row, dict):
        raise _malformed(url, f"{row!r} is not a rate object")
    try:
        day = dt.date.fromisoformat(str(row.get("date")))
    except ValueError:
        raise _malformed(url, f"date {row.get('date')!r} is not YYYY-MM-DD") from None
    if row.get("base") != pivot:
        raise _malformed(url, f"base {row.get('base')!r} where {pivot} was asked for")
    quote, rate = row.get("quote"), row.get("rate")
    if not isinstance(quote, str) or not CODE.fullmatch(quote):
        raise _malformed(url, f"quote {quote!r} is not a currency code")
    value = positive_decimal(str(rate)) if isinstance(rate, Decimal) else None
    if value is None:
        raise _malformed(url, f"rate {rate!r} of {quote} on {day} is not a positive number")
    return day, quote, value


def _json(blob: bytes, url: str) -> object:
    try:
        return json.loads(blob.decode("utf-8"), parse_float=Decimal, parse_int=Decimal)
    except (UnicodeDecodeError, ValueError, RecursionError) as error:
        raise _malformed(url, f"not valid JSON ({error})") from error


def _malformed(url: str, what: str) -> RateUpdateError:
    return RateUpdateError(
        f"{url}: malformed Frankfurter response: {what}; the cache was not changed"
    )


def _install(blob: bytes, root: str, key: str, folder: Path | None) -> UpdateResult:
    """Read the file back as checks will, then install it."""
    if len(blob) > MAX_FILE_BYTES:
        raise RateUpdateError(
            f"{root}: {key}'s series comes to {len(blob)} bytes, more than allowed"
        )
    target = Path(folder) if folder is not None else cache_dir()
    name = frankfurter_file(key)
    try:
        data = parse_frankfurter(blob, target / name)
    except RateDataError as error:  # only if the checks above missed something
        raise RateUpdateError(f"{error}; the cache was not changed") from error
    digest = hashlib.sha256(blob).hexdigest()
    path = install(blob, digest, target, name)
    days = sorted(data.table.days)
    currencies = len(data.table.currencies())
    return UpdateResult(path, digest, len(blob), Coverage(days[0], days[-1]), currencies)
