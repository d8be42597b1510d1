"""``figcheck.rate_sources``, as documented before the layers had packages of their own: the
composite source and the downloaded series, now ``figcheck.rates.sources``."""

from figcheck.rates.sources import CachedEcbRates, CompositeRates, RateCacheWarning

__all__ = ["CachedEcbRates", "CompositeRates", "RateCacheWarning"]
