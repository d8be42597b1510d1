"""``figcheck.rate_tables``, as documented before the layers had packages of their own: user
rate tables, now ``figcheck.rates.tables``."""

from figcheck.rates.tables import RateTable, load_rate_table

__all__ = ["RateTable", "load_rate_table"]
