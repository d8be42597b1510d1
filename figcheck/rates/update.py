"""``figcheck rates update``: download the ECB's published history into the cache, explicitly.

This module and the two that build on its ``download`` (``figcheck.rates.nbp_api`` for the
NBP's web API, ``figcheck.rates.frankfurter`` for a Frankfurter server) are the only code in
figcheck that opens a network connection, and only when a user runs the command. Every
request is bounded on every side, because what comes back is untrusted:

- only ``https://`` is fetched (``http://`` too with ``allow_insecure``, for a local mirror),
  at most ``MAX_REDIRECTS`` redirects are followed, each to a URL the same rule allows;
- the whole download must end within ``timeout`` seconds (a deadline over the TLS handshake and
  every read, not a bound on each read: a server that trickles bytes is cut off), and may not be
  larger than ``MAX_BYTES`` (announced or received);
- the zip may not expand past ``figcheck.rates.MAX_CSV_BYTES``.

The download is then checked before it can replace anything: it must arrive whole (the
announced length), match ``--sha256`` when one is given, parse row by row as the ECB history,
and agree with the embedded copy of that history on the days both have (``check_plausible``).
Only then is it installed, under the cache's lock, so that two updates never interleave and a
reader never sees the zip of one download beside the checksum of another
(``figcheck.rates.cache.install``). Any failure leaves the previous cache exactly as it was.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import hashlib
import http.client
import math
import socket
import ssl
import threading
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import IO, Any

from figcheck.errors import RateDataError, RateUpdateError
from figcheck.rates.cache import install
from figcheck.rates.ecb import EcbTable, embedded_table, read_ecb_zip
from figcheck.rates.source import Coverage
from figcheck.rates.sources import CACHE_FILE
from figcheck.user_cache import cache_dir

#: Where the ECB publishes its full history of euro reference rates.
ECB_URL = "https://www.ecb.europa.eu/stats/eurofxref/eurofxref-hist.zip"
#: The history is about 0.6 MB compressed and grows by some 25 kB a year; a larger file is
#: not it.
MAX_BYTES = 8 * 1024 * 1024
#: Redirects followed before the download is refused (the ECB's own URL needs none).
MAX_REDIRECTS = 3
#: The fewest days and currencies with fixings a download must have to be taken for the
#: history: floors against a truncated or placeholder file, not a measure of a good one.
MIN_DAYS = 5
MIN_CURRENCIES = 20
#: The fewest days a download must share with the embedded series, so that it can be checked
#: against it; every ECB history shares thousands.
MIN_SHARED_DAYS = 5
#: How far a downloaded fixing may be from the embedded one of the same day and currency.
#: The ECB does not revise published fixings; a larger difference is a wrong file.
MAX_DEVIATION = Decimal("0.05")
#: Bytes asked for per read: small enough that the deadline is checked often.
CHUNK = 64 * 1024


@dataclass(frozen=True, slots=True)
class UpdateResult:
    """What was installed: where, its digest and size, and the dates it covers."""

    path: Path
    sha256: str
    size: int
    coverage: Coverage
    currencies: int


def update_cache(
    url: str = ECB_URL,
    *,
    folder: Path | None = None,
    expected_sha256: str | None = None,
    timeout: float = 60.0,
    allow_insecure: bool = False,
) -> UpdateResult:
    """Download, verify and install the history; ``RateUpdateError`` says what went wrong."""
    blob = download(url, timeout=timeout, allow_insecure=allow_insecure)
    digest = hashlib.sha256(blob).hexdigest()
    if expected_sha256 is not None and digest != expected_sha256.strip().lower():
        raise RateUpdateError(
            f"{url}: SHA-256 is {digest}, expected {expected_sha256}; the cache was not changed"
        )
    table = validate(blob, url)
    target = Path(folder) if folder is not None else cache_dir()
    path = install(blob, digest, target, CACHE_FILE)
    coverage = Coverage(min(table.rows), max(table.rows))
    return UpdateResult(path, digest, len(blob), coverage, len(table.columns))


# --- the download ----------------------------------------------------------------------------


def check_url(url: str, *, allow_insecure: bool) -> None:
    """Refuse any URL but ``https://`` (and ``http://`` when ``allow_insecure``)."""
    scheme = urllib.parse.urlsplit(url).scheme.lower()
    if scheme == "https" or (scheme == "http" and allow_insecure):
        return
    if scheme == "http":
        raise RateUpdateError(
            f"{url}: not HTTPS, so anyone on the way could change the rates; use an https:// "
            "URL (--allow-insecure allows http://, for a mirror you trust)"
        )
    raise RateUpdateError(f"{url}: only https:// URLs are downloaded, not {scheme or 'this'}")


class HttpStatusError(RateUpdateError):
    """The server answered with an error status: some APIs say "no data" with a 404."""

    def __init__(self, message: str, status: int) -> None:
        super().__init__(message)
        self.status = status


@dataclass(frozen=True, slots=True)
class Limit:
    """How large a response may be, and what it was meant to be (for the message)."""

    max_bytes: int = MAX_BYTES
    expected: str = "the ECB history"


def download(
    url: str,
    *,
    timeout: float,
    allow_insecure: bool = False,
    limit: Limit = Limit(),
    accept: str = "*/*",
) -> bytes:
    """The whole body of ``url`` within ``timeout`` seconds; a refused, failed, slow, short or
    oversized response is an error."""
    check_url(url, allow_insecure=allow_insecure)
    if not math.isfinite(timeout) or timeout <= 0:
        raise RateUpdateError(f"the timeout must be a positive number of seconds, not {timeout}")
    with _Deadline(timeout) as deadline:
        try:
            blob = _fetch(url, deadline, allow_insecure=allow_insecure, limit=limit, accept=accept)
        except (urllib.error.URLError, http.client.HTTPException, OSError, ValueError) as error:
            raise _failure(url, error, deadline) from error
    return blob


def _fetch(
    url: str, deadline: _Deadline, *, allow_insecure: bool, limit: Limit, accept: str
) -> bytes:
    headers = {"User-Agent": "figcheck rates update", "Accept": accept}
    request = urllib.request.Request(url, headers=headers)
    opener = _opener(deadline, allow_insecure=allow_insecure)
    with opener.open(request, timeout=deadline.seconds) as response:
        announced = _announced_length(response, url, limit)
        blob = _read_body(response, url, limit)
    if deadline.expired:  # the last read may have ended because the deadline cut it
        raise _too_slow(url, deadline)
    if announced is not None and announced != len(blob):
        raise RateUpdateError(f"{url}: truncated download ({len(blob)} of {announced} bytes)")
    return blob


def _announced_length(response: http.client.HTTPResponse, url: str, limit: Limit) -> int | None:
    """The Content-Length, refused at once when it is over the limit."""
    announced = response.headers.get("Content-Length", "").strip()
    if not announced.isdigit():
        return None
    if int(announced) > limit.max_bytes:
        raise RateUpdateError(_too_large(url, f"announces {announced} bytes", limit))
    return int(announced)


def _read_body(response: http.client.HTTPResponse, url: str, limit: Limit) -> bytes:
    """The body, read a chunk at a time and refused as soon as it passes the limit."""
    parts: list[bytes] = []
    total = 0
    while chunk := response.read1(CHUNK):
        total += len(chunk)
        if total > limit.max_bytes:
            raise RateUpdateError(_too_large(url, f"sent more than {limit.max_bytes} bytes", limit))
        parts.append(chunk)
    return b"".join(parts)


def _too_large(url: str, what: str, limit: Limit) -> str:
    return (
        f"{url}: the server {what}, more than the {limit.max_bytes} allowed; not {limit.expected}"
    )


def _too_slow(url: str, deadline: _Deadline) -> RateUpdateError:
    return RateUpdateError(
        f"{url}: the download took longer than {deadline.seconds:g} seconds (--timeout); "
        "the cache was not changed"
    )


def _failure(url: str, error: Exception, deadline: _Deadline) -> RateUpdateError:
    """The one-line error for a failed download (a deadline that cut it says so)."""
    if isinstance(error, urllib.error.HTTPError):
        error.close()  # the error carries the open response; nothing in it is wanted
        return HttpStatusError(
            f"{url}: the server answered {error.code} {error.reason}", error.code
        )
    if deadline.expired:
        return _too_slow(url, deadline)
    return RateUpdateError(f"{url}: download failed: {_reason(error)}")


def _reason(error: Exception) -> str:
    if isinstance(error, http.client.IncompleteRead):
        return f"truncated download ({len(error.partial)} bytes received)"
    if isinstance(error, urllib.error.URLError):
        return str(error.reason)
    return str(error) or type(error).__name__


class _Deadline:
    """The time the whole download may take. Each connection registers a duplicate of its
    socket; when time is up, every registered socket is shut down, which ends any read or
    handshake blocked on it at once (a per-read timeout alone never fires against a server
    that sends a byte every few seconds)."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.expired = False
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self._timer = threading.Timer(seconds, self._expire)
        self._timer.daemon = True

    def __enter__(self) -> _Deadline:
        self._timer.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._timer.cancel()
        with self._lock:
            for sock in self._sockets:
                sock.close()
            self._sockets.clear()

    def watch(self, sock: socket.socket) -> None:
        """Cut ``sock`` when the time is up (at once if it already is)."""
        duplicate = sock.dup()  # still names the connection after TLS takes the original
        with self._lock:
            self._sockets.append(duplicate)
            if self.expired:
                _cut(duplicate)

    def _expire(self) -> None:
        with self._lock:
            self.expired = True
            for sock in self._sockets:
                _cut(sock)


def _cut(sock: socket.socket) -> None:
    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)


class _WatchedConnection(http.client.HTTPConnection):
    """A connection whose socket the deadline can cut, registered before any TLS handshake."""

    deadline: _Deadline

    def connect(self) -> None:
        super().connect()
        self.deadline.watch(self.sock)


class _WatchedHTTP(_WatchedConnection):
    def __init__(self, host: str, *, deadline: _Deadline, **kwargs: Any) -> None:
        self.deadline = deadline
        super().__init__(host, **kwargs)


class _WatchedHTTPS(http.client.HTTPSConnection, _WatchedConnection):
    def __init__(self, host: str, *, deadline: _Deadline, **kwargs: Any) -> None:
        self.deadline = deadline
        super().__init__(host, **kwargs)


class _HTTPSHandler(urllib.request.HTTPSHandler):
    """HTTPS with the system's certificate store (``SSL_CERT_FILE`` and ``SSL_CERT_DIR`` are
    honoured) and the deadline's connections."""

    def __init__(self, deadline: _Deadline) -> None:
        self.tls = ssl.create_default_context()
        super().__init__(context=self.tls)
        self.deadline = deadline

    def https_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        connection = functools.partial(_WatchedHTTPS, deadline=self.deadline)
        return self.do_open(connection, req, context=self.tls)


class _HTTPHandler(urllib.request.HTTPHandler):
    def __init__(self, deadline: _Deadline) -> None:
        super().__init__()
        self.deadline = deadline

    def http_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        return self.do_open(functools.partial(_WatchedHTTP, deadline=self.deadline), req)


class _RedirectHandler(urllib.request.HTTPRedirectHandler):
    """Follows at most ``MAX_REDIRECTS`` redirects, each to a URL ``check_url`` allows."""

    def __init__(self, *, allow_insecure: bool) -> None:
        super().__init__()
        self.allow_insecure = allow_insecure
        self.followed = 0

    def redirect_request(
        self,
        req: urllib.request.Request,
        fp: IO[bytes],
        code: int,
        msg: str,
        headers: Any,
        newurl: str,
    ) -> urllib.request.Request | None:
        self.followed += 1
        try:
            if self.followed > MAX_REDIRECTS:
                raise RateUpdateError(
                    f"{req.full_url}: redirected more than {MAX_REDIRECTS} times; not followed"
                )
            try:
                check_url(newurl, allow_insecure=self.allow_insecure)
            except RateUpdateError as error:
                raise RateUpdateError(f"{req.full_url}: redirected to {error}") from None
        except RateUpdateError:
            fp.close()
            raise
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def _opener(deadline: _Deadline, *, allow_insecure: bool) -> urllib.request.OpenerDirector:
    """An opener for HTTPS (and HTTP when allowed) only: no ``file:``, ``ftp:`` or ``data:``."""
    opener = urllib.request.OpenerDirector()
    handlers: list[urllib.request.BaseHandler] = [
        urllib.request.ProxyHandler(),
        _HTTPSHandler(deadline),
        _RedirectHandler(allow_insecure=allow_insecure),
        urllib.request.HTTPDefaultErrorHandler(),
        urllib.request.HTTPErrorProcessor(),
    ]
    if allow_insecure:
        handlers.append(_HTTPHandler(deadline))
    for handler in handlers:
        opener.add_handler(handler)
    return opener


# --- the checks ------------------------------------------------------------------------------


def validate(blob: bytes, url: str, reference: EcbTable | None = None) -> EcbTable:
    """The history as figcheck will read it; a file that would fail at check time, or that
    disagrees with the embedded series (``reference`` by default), fails here."""
    try:
        table = read_ecb_zip(blob, url)
    except RateDataError as error:
        raise RateUpdateError(f"{error}; the cache was not changed") from error
    if "USD" not in table.columns:
        raise RateUpdateError(f"{url}: no USD column; not the ECB history")
    check_plausible(table, embedded_table() if reference is None else reference, url)
    return table


def check_plausible(table: EcbTable, reference: EcbTable, origin: str) -> None:
    """Refuse a history too small to be the ECB's, or one whose fixings differ from the
    reference's by more than ``MAX_DEVIATION`` on a day and currency both have."""
    if len(table.rows) < MIN_DAYS:
        raise RateUpdateError(
            f"{origin}: only {len(table.rows)} days of fixings (at least {MIN_DAYS} expected); "
            "not the ECB history"
        )
    fixed = _fixed_currencies(table)
    if len(fixed) < MIN_CURRENCIES:
        raise RateUpdateError(
            f"{origin}: fixings for only {len(fixed)} currencies (at least {MIN_CURRENCIES} "
            "expected); not the ECB history"
        )
    shared = sorted(table.rows.keys() & reference.rows.keys())
    if len(shared) < MIN_SHARED_DAYS:
        raise RateUpdateError(
            f"{origin}: only {len(shared)} days in common with the embedded ECB series (at "
            f"least {MIN_SHARED_DAYS} expected), so it cannot be checked against it"
        )
    codes = [code for code in fixed if code in reference.columns]
    for day in shared:
        for code in codes:
            _check_fixing(table, reference, day, code, origin)


def _check_fixing(
    table: EcbTable, reference: EcbTable, day: dt.date, code: str, origin: str
) -> None:
    downloaded = table.value(table.rows[day], code)
    embedded = reference.value(reference.rows[day], code)
    if downloaded is None or embedded is None:
        return
    if abs(downloaded - embedded) > embedded * MAX_DEVIATION:
        raise RateUpdateError(
            f"{origin}: {code} on {day} is {downloaded} per euro, but the embedded ECB series "
            f"has {embedded}; more than {MAX_DEVIATION:%} apart, so this is not the ECB "
            "history; the cache was not changed"
        )


def _fixed_currencies(table: EcbTable) -> list[str]:
    """The currencies with at least one fixing (a cell neither empty nor ``N/A``)."""
    return [
        code
        for code, column in table.columns.items()
        if any(_is_fixed(row, column) for row in table.rows.values())
    ]


def _is_fixed(row: list[str], column: int) -> bool:
    return column < len(row) and row[column].strip() not in ("", "N/A")
