"""Reference rates: the ``RateSource`` protocol, the embedded ECB series, user tables, the
downloaded series and its download.

May import: the foundation (``figcheck.errors``, ``intervals``, ``user_cache``) and the standard
library. Knows nothing of reading, rules or files to lint. ``figcheck.rates`` also names the
records and sources users most often want.
"""

from figcheck.rates.ecb import EcbRates
from figcheck.rates.source import Coverage, RateQuote, RateSource

__all__ = ["Coverage", "EcbRates", "RateQuote", "RateSource"]
