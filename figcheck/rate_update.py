"""``figcheck.rate_update``, as documented before the layers had packages of their own: the
download behind ``figcheck rates update``, now ``figcheck.rates.update``."""

from figcheck.rates.update import UpdateResult, update_cache

__all__ = ["UpdateResult", "update_cache"]
