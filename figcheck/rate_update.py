"""``figcheck rates update``: download the ECB's published history into the cache, explicitly.

This is the only code in figcheck that opens a network connection, and only when a user runs
the command. The download is checked before it can replace anything: it must arrive whole
(the announced length), match ``--sha256`` when one is given, and be a zip whose CSV parses
row by row as the ECB history. Only then is it written to a temporary file in the cache folder
and moved over the old one with ``os.replace`` (atomic on one file system), with its SHA-256
recorded beside it. Any failure leaves the previous cache exactly as it was.
"""

from __future__ import annotations

import contextlib
import hashlib
import http.client
import os
import tempfile
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from figcheck.errors import RateDataError, RateUpdateError
from figcheck.rate_sources import CACHE_FILE, CHECKSUM_FILE, cache_dir
from figcheck.rates import Coverage, EcbTable, read_ecb_zip

#: Where the ECB publishes its full history of euro reference rates.
ECB_URL = "https://www.ecb.europa.eu/stats/eurofxref/eurofxref-hist.zip"
#: The history is about 0.6 MB; anything far larger is not it.
MAX_BYTES = 64 * 1024 * 1024


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
) -> UpdateResult:
    """Download, verify and install the history; ``RateUpdateError`` says what went wrong."""
    blob = download(url, timeout=timeout)
    digest = hashlib.sha256(blob).hexdigest()
    if expected_sha256 is not None and digest != expected_sha256.strip().lower():
        raise RateUpdateError(
            f"{url}: SHA-256 is {digest}, expected {expected_sha256}; the cache was not changed"
        )
    table = validate(blob, url)
    target = Path(folder) if folder is not None else cache_dir()
    path = install(blob, digest, target)
    coverage = Coverage(min(table.rows), max(table.rows))
    return UpdateResult(path, digest, len(blob), coverage, len(table.columns))


def download(url: str, *, timeout: float) -> bytes:
    """The whole body of ``url``; a refused, failed, short or oversized response is an error."""
    request = urllib.request.Request(url, headers={"User-Agent": "figcheck rates update"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            announced = response.headers.get("Content-Length")
            blob: bytes = response.read(MAX_BYTES + 1)
    except urllib.error.HTTPError as error:
        error.close()  # the error carries the open response; nothing in it is wanted
        raise RateUpdateError(f"{url}: the server answered {error.code} {error.reason}") from error
    except (urllib.error.URLError, http.client.HTTPException, OSError) as error:
        raise RateUpdateError(f"{url}: download failed: {_reason(error)}") from error
    if len(blob) > MAX_BYTES:
        raise RateUpdateError(f"{url}: more than {MAX_BYTES} bytes; not the ECB history")
    if announced is not None and announced.isdigit() and int(announced) != len(blob):
        raise RateUpdateError(f"{url}: truncated download ({len(blob)} of {announced} bytes)")
    return blob


def _reason(error: Exception) -> str:
    if isinstance(error, http.client.IncompleteRead):
        return f"truncated download ({len(error.partial)} bytes received)"
    if isinstance(error, urllib.error.URLError):
        return str(error.reason)
    return str(error) or type(error).__name__


def validate(blob: bytes, url: str) -> EcbTable:
    """The history as figcheck will read it; a file that would fail at check time fails here."""
    try:
        table = read_ecb_zip(blob, url)
    except RateDataError as error:
        raise RateUpdateError(f"{error}; the cache was not changed") from error
    if "USD" not in table.columns:
        raise RateUpdateError(f"{url}: no USD column; not the ECB history")
    return table


def install(blob: bytes, digest: str, folder: Path) -> Path:
    """Write the zip and its checksum beside it, each through a temporary file in the same
    folder replaced atomically, so a reader sees the old file or the new one, never half."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / CACHE_FILE
    _replace(path, blob)
    _replace(folder / CHECKSUM_FILE, f"{digest}  {CACHE_FILE}\n".encode("ascii"))
    return path


def _replace(path: Path, content: bytes) -> None:
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(content)
            stream.flush()
            os.fsync(stream.fileno())
        Path(temporary).replace(path)
    except BaseException:
        with contextlib.suppress(OSError):
            Path(temporary).unlink()
        raise
