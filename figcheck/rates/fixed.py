"""Fixed and pegged rates: the euro's irrevocable conversion rates and currency pegs.

Market series stop where a rate stops moving: the ECB never fixed the Deutsche Mark, and the
NBP stopped in 2001, yet "40.000 D-Mark (20.452 Euro)" in a text of 2002 has an exact reference,
1.95583 marks per euro. The table ``data/fixed_rates.csv`` (shipped with figcheck, read once
per process) holds such rates with the day each took effect, the page that states it and its
kind: ``euro-legacy`` (a conversion rate the Council fixed irrevocably), ``peg`` (a parity or
currency board: SAR 3.75 per USD) or ``band`` (a currency held between two rates: HKD 7.75 to
7.85 per USD). Each row ties one currency, the *pegged* one, to an *anchor*, EUR or USD.

Crossing: a ``FixedRates`` source replaces each currency of its kinds by its anchor, and asks
its ``market`` source for the rate between the two anchors on that day, as the NBP tables
cross through the zloty. Units of ``quote`` per ``base`` = (quote per its anchor) × (quote's
anchor per base's anchor) ÷ (base per its anchor), to 34 digits; a pair of one anchor (DEM/FRF,
DEM/EUR) needs no market and is exact. So DEM/USD on 2001-05-03 is the ECB's EUR/USD fixing of
that day times 1/1.95583, and the quote names both: "fixed conversion rate, DEM per EUR 1.95583,
irrevocable since 1999-01-01; EUR/USD: ECB euro reference rates". A pair the table itself
holds is read back exactly, either way round. A band answers only its own pair, with its
midpoint, and its name gives the band: the rate moves inside it, so a cross through it would
claim a precision the market series of that currency (the ECB fixes HKD) already gives.

The default chain asks the ECB, then the euro conversion rates, then the NBP tables, then the
pegs (``figcheck.rates.sources.default_source``): the euro rates must come before the NBP,
whose DEM fixings through the zloty run until 2001 and are only close to 1.95583, and the pegs
after it, so that a currency the markets fix is judged by its market rate and the peg answers
only where no series does (a day after the shipped tables end, the Bahamian dollar
before the NBP listed it). Checks widen these rates by the configured reference tolerance like
any other: the protocol carries one value per day, so a band's width is not carried to them.
"""

from __future__ import annotations

import csv
import datetime as dt
import decimal
import functools
import io
import itertools
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from importlib import resources

from figcheck.errors import RateDataError
from figcheck.intervals import divide
from figcheck.rates.ecb import positive_decimal
from figcheck.rates.source import Coverage, RateQuote, RateSource, SeriesSource

#: The currencies a row may tie another one to.
ANCHORS = frozenset({"EUR", "USD"})
#: What a row can be (see the module docstring).
KINDS = ("euro-legacy", "peg", "band")
EURO_LEGACY = frozenset({"euro-legacy"})
PEGS = frozenset({"peg", "band"})
EURO_LEGACY_NAME = "euro conversion rates"
PEGS_NAME = "currency pegs"
#: Products are taken to the 34 digits of ``divide``, whatever the caller's context.
_CONTEXT = decimal.Context(prec=34)
#: The shipped table and the columns it must have (``note`` is for readers).
DATA_FILE = "fixed_rates.csv"
COLUMNS = ("base", "quote", "rate", "low", "high", "valid_from", "valid_to", "kind", "source")


@dataclass(frozen=True, slots=True)
class FixedRate:
    """One row: ``low`` to ``high`` units of ``quote`` per ``base`` (equal unless a band), in
    force from ``valid_from`` to ``valid_to`` (None: still), as ``source`` states."""

    base: str
    quote: str
    low: Decimal
    high: Decimal
    valid_from: dt.date
    valid_to: dt.date | None
    kind: str
    source: str

    @property
    def value(self) -> Decimal:
        """The rate; a band's midpoint."""
        return self.low if self.low == self.high else divide(self.low + self.high, Decimal(2))

    @property
    def anchor(self) -> str:
        return self.base if self.base in ANCHORS else self.quote

    @property
    def pegged(self) -> str:
        return self.quote if self.base in ANCHORS else self.base

    def per_anchor(self) -> Decimal:
        """Units of the pegged currency per one unit of its anchor."""
        return self.value if self.base == self.anchor else divide(Decimal(1), self.value)

    def holds_on(self, day: dt.date) -> bool:
        return self.valid_from <= day and (self.valid_to is None or day <= self.valid_to)

    def last_day(self) -> dt.date:
        """The last day in force: ``valid_to``, or today for a rate that still holds."""
        return self.valid_to or dt.date.today()

    def describe(self) -> str:
        """How a finding names the rate: "peg: SAR 3.75 per USD since 1986-06-01"."""
        until = f" until {self.valid_to}" if self.valid_to else ""
        if self.kind == "euro-legacy":
            return (
                f"fixed conversion rate, {self.quote} per {self.base} {self.low}, "
                f"irrevocable since {self.valid_from}{until}"
            )
        if self.kind == "band":
            return (
                f"band: {self.quote} {self.low}–{self.high} per {self.base} since "
                f"{self.valid_from}{until}, midpoint {self.value}"
            )
        return f"peg: {self.quote} {self.low} per {self.base} since {self.valid_from}{until}"


class FixedRates:
    """The rows of some kinds as a ``RateSource``, crossed through ``market`` (see the module
    docstring). Also answers ``series`` and ``currencies``, like the market series."""

    def __init__(
        self,
        kinds: Iterable[str] = KINDS,
        *,
        market: RateSource | None = None,
        rows: tuple[FixedRate, ...] | None = None,
        name: str | None = None,
    ) -> None:
        self.kinds = frozenset(kinds)
        unknown = self.kinds - set(KINDS)
        if unknown or not self.kinds:
            raise ValueError(f"kinds must be some of {', '.join(KINDS)}, got {sorted(unknown)}")
        self.market = market
        self.rows = tuple(r for r in (shipped_rates() if rows is None else rows) if self._own(r))
        self.name = name or (EURO_LEGACY_NAME if self.kinds == EURO_LEGACY else PEGS_NAME)

    def _own(self, row: FixedRate) -> bool:
        return row.kind in self.kinds

    def rate(self, base: str, quote: str, date: dt.date) -> RateQuote | None:
        """The stored rate of the pair, or the cross through the market (None when neither
        currency is one of this source's on ``date``, or the market has no rate)."""
        if base == quote:
            return None
        direct = self._direct(base, quote, date)
        if direct is not None:
            return direct
        base_leg, quote_leg = self._leg(base, date), self._leg(quote, date)
        if base_leg is None and quote_leg is None:
            return None
        base_anchor = base_leg.anchor if base_leg else base
        quote_anchor = quote_leg.anchor if quote_leg else quote
        if base_anchor == quote_anchor:
            value = _cross(base_leg, quote_leg, Decimal(1))
            legs = [leg for leg in (base_leg, quote_leg) if leg is not None]
            exact = all(leg.kind == "euro-legacy" for leg in legs)
            return RateQuote(base, quote, value, date, _names(base_leg, quote_leg), exact)
        found = self.market.rate(base_anchor, quote_anchor, date) if self.market else None
        return None if found is None else self._crossed(base, quote, found, date)

    def _direct(self, base: str, quote: str, date: dt.date) -> RateQuote | None:
        """A row of exactly this pair, either way round: its value read back exactly."""
        for row in self.rows:
            if {row.base, row.quote} == {base, quote} and row.holds_on(date):
                value = row.value if row.base == base else divide(Decimal(1), row.value)
                exact = row.kind == "euro-legacy"
                return RateQuote(base, quote, value, date, row.describe(), exact)
        return None

    def _leg(self, currency: str, date: dt.date) -> FixedRate | None:
        """The row tying ``currency`` to its anchor on ``date`` (a band never: see above)."""
        for row in self.rows:
            if row.pegged == currency and row.kind != "band" and row.holds_on(date):
                return row
        return None

    def coverage(self, currency: str) -> Coverage | None:
        """The days a row of this source ties ``currency`` to its anchor."""
        spans = [(r.valid_from, r.last_day()) for r in self.rows if r.pegged == currency]
        if not spans:
            return None
        return Coverage(min(s[0] for s in spans), max(s[1] for s in spans))

    def currencies(self) -> tuple[str, ...]:
        """Every pegged currency of this source's rows."""
        return tuple(sorted({row.pegged for row in self.rows}))

    def series(self, base: str, quote: str) -> tuple[RateQuote, ...]:
        """The rate of the pair on every day it has one, oldest first: every calendar day
        for a pair of one anchor, else every day of the market's series of the anchors."""
        anchors = self._anchors(base, quote)
        if anchors is None:
            return ()
        if anchors[0] == anchors[1]:
            rows = [r for r in self.rows if r.pegged in (base, quote)]
            found = (self.rate(base, quote, day) for day in sorted(set(_calendar(rows))))
        elif isinstance(self.market, SeriesSource):
            crossed = self.market.series(*anchors)
            found = (self._crossed(base, quote, fixing) for fixing in crossed)
        else:
            return ()
        return tuple(quote for quote in found if quote is not None)

    def _anchors(self, base: str, quote: str) -> tuple[str, str] | None:
        """The currencies the pair is crossed through, or None when none of its currencies
        is this source's (whatever the day)."""
        rows = [r for r in self.rows if r.pegged in (base, quote)]
        if base == quote or not rows:
            return None
        if any({r.base, r.quote} == {base, quote} for r in rows):
            return base, base
        legs = {r.pegged: r.anchor for r in rows if r.kind != "band"}
        if not legs:
            return None
        return legs.get(base, base), legs.get(quote, quote)

    def _crossed(
        self, base: str, quote: str, fixing: RateQuote, day: dt.date | None = None
    ) -> RateQuote | None:
        """The pair from a market ``fixing`` of its anchors, with the rows in force on ``day``
        (the fixing's own day by default); None when they do not tie the pair to those."""
        on = day or fixing.date
        base_leg, quote_leg = self._leg(base, on), self._leg(quote, on)
        base_anchor = base_leg.anchor if base_leg else base
        quote_anchor = quote_leg.anchor if quote_leg else quote
        if (base_anchor, quote_anchor) != (fixing.base, fixing.quote) or base_leg is quote_leg:
            return None  # no row in force that day (both None), or a row of another anchor
        source = f"{_names(base_leg, quote_leg)}; {base_anchor}/{quote_anchor}: {fixing.source}"
        value = _cross(base_leg, quote_leg, fixing.value)
        return RateQuote(base, quote, value, fixing.date, source)


def _names(*legs: FixedRate | None) -> str:
    return "; ".join(leg.describe() for leg in legs if leg is not None)


def _cross(base_leg: FixedRate | None, quote_leg: FixedRate | None, cross: Decimal) -> Decimal:
    """Units of quote per base, from each side's rate per its anchor and the anchors' rate."""
    quote_per_anchor = quote_leg.per_anchor() if quote_leg else Decimal(1)
    base_per_anchor = base_leg.per_anchor() if base_leg else Decimal(1)
    return divide(_CONTEXT.multiply(quote_per_anchor, cross), base_per_anchor)


def _calendar(rows: list[FixedRate]) -> Iterator[dt.date]:
    """Every day any of ``rows`` is in force."""
    for row in rows:
        day = row.valid_from
        while day <= row.last_day():
            yield day
            day += dt.timedelta(days=1)


@functools.cache
def shipped_rates() -> tuple[FixedRate, ...]:
    """The table shipped with figcheck, read once per process."""
    text = resources.files("figcheck.rates").joinpath("data", DATA_FILE).read_text("utf-8")
    return parse_fixed_rates(text, f"figcheck/rates/data/{DATA_FILE}")


def parse_fixed_rates(text: str, origin: str) -> tuple[FixedRate, ...]:
    """Grammar: ``#`` comment lines, a header naming ``COLUMNS`` (and ``note``), then one row
    per line; ``RateDataError`` naming ``origin`` and the line for anything else, and for two
    rows of one currency in force on the same day."""
    lines = [(n, line) for n, line in enumerate(text.splitlines(), 1) if _is_data(line)]
    if not lines:
        raise RateDataError(f"{origin}: no header")
    header = next(csv.reader([lines[0][1]]))
    missing = [name for name in COLUMNS if name not in header]
    if missing:
        raise RateDataError(f"{origin}:{lines[0][0]}: missing columns {', '.join(missing)}")
    rows = []
    for number, cells in zip((n for n, _ in lines[1:]), _cells(lines[1:]), strict=True):
        if len(cells) != len(header):
            raise RateDataError(f"{origin}:{number}: expected {len(header)} fields")
        try:
            rows.append(_row(dict(zip(header, cells, strict=True))))
        except ValueError as error:
            raise RateDataError(f"{origin}:{number}: {error}") from None
    _check_overlaps(rows, origin)
    return tuple(rows)


def _is_data(line: str) -> bool:
    return bool(line.strip()) and not line.lstrip().startswith("#")


def _cells(lines: list[tuple[int, str]]) -> Iterator[list[str]]:
    yield from csv.reader(io.StringIO("\n".join(line for _, line in lines)))


def _row(cells: dict[str, str]) -> FixedRate:
    """One row, checked; ``ValueError`` saying what is wrong."""
    kind = cells["kind"]
    if kind not in KINDS:
        raise ValueError(f"kind {kind!r} is not one of {', '.join(KINDS)}")
    if (cells["base"] in ANCHORS) == (cells["quote"] in ANCHORS):
        raise ValueError("exactly one of base and quote must be EUR or USD")
    low, high = _bounds(cells, kind)
    valid_to = dt.date.fromisoformat(cells["valid_to"]) if cells["valid_to"] else None
    valid_from = dt.date.fromisoformat(cells["valid_from"])
    if valid_to is not None and valid_to < valid_from:
        raise ValueError("valid_to is before valid_from")
    if not cells["source"].startswith(("https://", "http://")):
        raise ValueError("source must be the URL of the page that states the rate")
    base, quote = cells["base"], cells["quote"]
    return FixedRate(base, quote, low, high, valid_from, valid_to, kind, cells["source"])


def _bounds(cells: dict[str, str], kind: str) -> tuple[Decimal, Decimal]:
    """``rate`` twice, or a band's ``low`` and ``high``."""
    names = ("low", "high") if kind == "band" else ("rate", "rate")
    values = [positive_decimal(cells[name]) for name in names]
    if values[0] is None or values[1] is None or values[0] > values[1]:
        raise ValueError(f"{' and '.join(sorted(set(names)))} must be positive, low ≤ high")
    return values[0], values[1]


def _check_overlaps(rows: list[FixedRate], origin: str) -> None:
    """No currency is tied by two rows on one day: which would answer would be arbitrary."""
    by_currency: dict[str, list[FixedRate]] = {}
    for row in rows:
        by_currency.setdefault(row.pegged, []).append(row)
    for currency, found in by_currency.items():
        found.sort(key=lambda row: row.valid_from)
        for earlier, later in itertools.pairwise(found):
            if earlier.valid_to is None or later.valid_from <= earlier.valid_to:
                raise RateDataError(f"{origin}: two rows for {currency} overlap")
