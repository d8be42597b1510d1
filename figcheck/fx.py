"""The exchange-rate analysis the currency rules share: implied rates, consensus, reference.

For every conversion whose two currencies are known, the implied rate is an interval (the
original amount taken as exact unless hedged, the converted one as rounded). Conversions of one
pair in a document should agree: the largest set whose intervals (each widened by the
consistency tolerance) share a point is the document's consensus, and any other conversion of
that pair is judged against it. Conversions in the consensus, or alone, are judged against the
reference band for the document date. Each judgement tries, in order: agreement; a power of ten
(magnitude slip); the reciprocal (inverted rate); plain disagreement.
"""

from __future__ import annotations

import datetime as dt
import enum
import heapq
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal

from figcheck.config import Config
from figcheck.intervals import Interval
from figcheck.model import Conversion, Money
from figcheck.rates import Coverage, RateQuote, RateSource

#: Conventional order of base currencies in quotes (EUR/USD, GBP/USD, USD/JPY …).
BASE_PRIORITY = ("EUR", "GBP", "AUD", "NZD", "USD", "CAD", "CHF", "JPY")
#: Powers of ten tried for a magnitude slip (×10 … ×10¹², and their inverses).
POWERS = tuple(range(1, 13))


class Outcome(enum.Enum):
    """What judging one conversion found."""

    AGREES = "agrees"
    MAGNITUDE = "magnitude"
    INVERTED = "inverted"
    DISAGREES = "disagrees"


class Against(enum.Enum):
    """What a conversion was judged against."""

    DOCUMENT = "document"
    REFERENCE = "reference"


@dataclass(frozen=True, slots=True)
class RateView:
    """A conversion seen as a rate: units of ``quote`` per one ``base``."""

    conversion: Conversion
    base: str
    quote: str
    implied: Interval


@dataclass(frozen=True, slots=True)
class Band:
    """The reference rates over the window before the document date, and the tolerance."""

    quotes: tuple[RateQuote, ...]
    tolerance: Decimal

    @property
    def rates(self) -> Interval:
        values = [q.value for q in self.quotes]
        return Interval(min(values), max(values))

    @property
    def allowed(self) -> Interval:
        return self.rates.widen(self.tolerance)

    @property
    def latest(self) -> RateQuote:
        return self.quotes[-1]


@dataclass(frozen=True, slots=True)
class Judgement:
    """The verdict on one conversion, with everything its finding needs to show.

    ``expected`` is the rate it was held to (the other conversions' rates, or the reference
    fixings); ``allowed`` the same once widened by ``tolerance``, which is what was compared.
    """

    view: RateView
    outcome: Outcome
    against: Against
    expected: Interval
    allowed: Interval
    tolerance: Decimal
    peers: int = 0
    factor: Decimal | None = None
    band: Band | None = None


@dataclass(frozen=True, slots=True)
class MissingReference:
    """A pair the reference source has no rate for on the document date."""

    view: RateView
    date: dt.date
    source: str
    coverage: dict[str, Coverage | None]


@dataclass(frozen=True, slots=True)
class Analysis:
    """Every judgement in the document, and the pairs without a reference rate."""

    views: tuple[RateView, ...]
    judgements: tuple[Judgement, ...]
    missing: tuple[MissingReference, ...]


def orient(first: str, second: str) -> tuple[str, str]:
    """(base, quote) in market convention: the higher-priority currency is the base."""

    def rank(code: str) -> tuple[int, str]:
        return (BASE_PRIORITY.index(code) if code in BASE_PRIORITY else len(BASE_PRIORITY), code)

    return (first, second) if rank(first) <= rank(second) else (second, first)


def stated(money: Money, *, exact: bool) -> Interval:
    """The magnitudes a mention allows: exact for an unhedged original, else its interval."""
    if exact and money.hedge is None and money.upper is None:
        return Interval.point(abs(money.amount))
    interval = money.interval
    if interval.low < 0:
        interval = Interval(-interval.high, -interval.low)
    return interval


def rate_view(conversion: Conversion) -> RateView | None:
    """The conversion as an implied rate, or None when it cannot be one."""
    original, converted = conversion.original, conversion.converted
    if original.currency is None or converted.currency is None:
        return None
    if original.currency == converted.currency or original.amount * converted.amount == 0:
        return None  # signs may differ: "lost -€50m ($54m)" restates the size of the loss
    original_interval = stated(original, exact=True)
    converted_interval = stated(converted, exact=False)
    if original_interval.low <= 0 or converted_interval.low <= 0:
        return None
    base, quote = orient(original.currency, converted.currency)
    if original.currency == quote:
        implied = original_interval.divide(converted_interval)
    else:
        implied = converted_interval.divide(original_interval)
    return RateView(conversion, base, quote, implied)


def analyse(conversions: Iterable[Conversion], date: dt.date | None, config: Config) -> Analysis:
    """Judge every conversion of the document (see the module docstring for the order)."""
    views = [view for view in map(rate_view, conversions) if view is not None]
    source = config.rate_source()
    judgements: list[Judgement] = []
    missing: list[MissingReference] = []
    for pair_views in _by_pair(views):
        band = None
        if date is not None:
            band = reference_band(source, pair_views[0], date, config)
            if band is None:
                missing.append(_missing(source, pair_views[0], date))
        judgements.extend(_judge_pair(pair_views, band, config))
    judgements.sort(key=lambda j: j.view.conversion.span.start)
    return Analysis(tuple(views), tuple(judgements), tuple(missing))


def reference_band(
    source: RateSource, view: RateView, date: dt.date, config: Config
) -> Band | None:
    """The reference rates for the pair over the window ending on ``date``, or None."""
    if source.rate(view.base, view.quote, date) is None:
        return None
    quotes: dict[dt.date, RateQuote] = {}
    for back in range(config.reference_window_days + 1):
        quote = source.rate(view.base, view.quote, date - dt.timedelta(days=back))
        if quote is not None:
            quotes[quote.date] = quote
    ordered = tuple(quotes[day] for day in sorted(quotes))
    return Band(ordered, config.reference_tolerance)


def _missing(source: RateSource, view: RateView, date: dt.date) -> MissingReference:
    coverage = {code: source.coverage(code) for code in (view.base, view.quote)}
    return MissingReference(view, date, source.name, coverage)


def _by_pair(views: Sequence[RateView]) -> list[list[RateView]]:
    pairs: dict[tuple[str, str], list[RateView]] = {}
    for view in views:
        pairs.setdefault((view.base, view.quote), []).append(view)
    return list(pairs.values())


def _judge_pair(views: list[RateView], band: Band | None, config: Config) -> list[Judgement]:
    half = config.consistency_tolerance / 2
    widened = [view.implied.widen(half) for view in views]
    consensus = _consensus(widened, band)
    allowed = _meet(widened[i] for i in consensus)
    expected = _agreed_rates([views[i].implied for i in consensus])
    judgements = []
    for index, view in enumerate(views):
        if index in consensus:
            judgements.append(_against_reference(view, band, len(consensus) - 1))
            continue
        judgement = Judgement(
            view,
            Outcome.DISAGREES,
            Against.DOCUMENT,
            expected,
            allowed,
            config.consistency_tolerance,
            len(consensus),
        )
        judgements.append(_judge(judgement, widened[index]))
    return judgements


def _consensus(widened: list[Interval], band: Band | None) -> set[int]:
    """Indices of the largest set of conversions whose widened rates share a point; ties go to
    the set that fits the reference, then to the set with the earliest conversion.

    A sweep over the left ends keeps the intervals that contain the current point in two heaps
    (by right end, by position in the text), so every candidate point is scored in log time.
    """
    order = sorted(range(len(widened)), key=lambda i: widened[i].low)
    by_high: list[tuple[Decimal, int]] = []
    by_index: list[int] = []
    gone: set[int] = set()
    best: tuple[int, bool, int] | None = None
    best_point = widened[order[0]].low
    cursor = 0
    for point in sorted({w.low for w in widened}):
        while cursor < len(order) and widened[order[cursor]].low <= point:
            heapq.heappush(by_high, (widened[order[cursor]].high, order[cursor]))
            heapq.heappush(by_index, order[cursor])
            cursor += 1
        while by_high[0][0] < point:
            gone.add(heapq.heappop(by_high)[1])
        while by_index[0] in gone:
            heapq.heappop(by_index)
        meet = Interval(point, by_high[0][0])
        fits = band is not None and band.allowed.intersects(meet)
        score = (len(by_high), fits, -by_index[0])
        if best is None or score > best:
            best, best_point = score, point
    return {i for i, w in enumerate(widened) if best_point in w}


def _meet(intervals: Iterable[Interval]) -> Interval:
    """The intersection of intervals known to share a point."""
    items = list(intervals)
    return Interval(max(i.low for i in items), min(i.high for i in items))


def _agreed_rates(implied: list[Interval]) -> Interval:
    """What a group of conversions implies together: their common rates, or their span when
    they only meet once widened."""
    low, high = max(i.low for i in implied), min(i.high for i in implied)
    if low <= high:
        return Interval(low, high)
    return Interval(min(i.low for i in implied), max(i.high for i in implied))


def _against_reference(view: RateView, band: Band | None, peers: int) -> Judgement:
    if band is None:
        return Judgement(
            view, Outcome.AGREES, Against.DOCUMENT, view.implied, view.implied, Decimal(0), peers
        )
    judgement = Judgement(
        view,
        Outcome.DISAGREES,
        Against.REFERENCE,
        band.rates,
        band.allowed,
        band.tolerance,
        peers,
        band=band,
    )
    return _judge(judgement, view.implied)


def _judge(judgement: Judgement, implied: Interval) -> Judgement:
    """Agreement, else a power of ten, else the reciprocal, else disagreement."""
    allowed = judgement.allowed
    if implied.intersects(allowed):
        return replace(judgement, outcome=Outcome.AGREES)
    for power in POWERS:
        for factor in (Decimal(10) ** power, Decimal(10) ** -power):
            if implied.scale(factor).intersects(allowed):
                return replace(judgement, outcome=Outcome.MAGNITUDE, factor=factor)
    if implied.reciprocal().intersects(allowed):
        return replace(judgement, outcome=Outcome.INVERTED)
    return judgement


def expected_converted(judgement: Judgement) -> Interval:
    """The converted amounts the expected rate allows, for the original as stated."""
    view = judgement.view
    original = stated(view.conversion.original, exact=True)
    if view.conversion.converted.currency == view.base:
        return original.divide(judgement.expected)
    return Interval(original.low * judgement.expected.low, original.high * judgement.expected.high)
