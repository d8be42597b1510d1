"""The exchange-rate analysis the currency rules share: implied rates, consensus, reference.

For every conversion whose two currencies are known, the implied rate is an interval (the
original amount taken as exact unless hedged, the converted one as rounded). Conversions of one
pair in a document should agree: the largest set whose intervals (each widened by the
consistency tolerance) share a point is the document's consensus, and any other conversion of
that pair is judged against it. Conversions in the consensus, or alone, are judged against the
reference band for the document date. Each judgement tries, in order: agreement; a power of ten
(magnitude slip); the reciprocal (inverted rate); plain disagreement. A plain disagreement with
the reference is looked at once more: when a currency that shares the assumed one's symbol or
name ("$" for CAD, "kr" for NOK) fits the reference instead, that is the diagnosis (FC105).

When the source has no rate within its look-back but had one up to ``MAX_STALE_DAYS`` before
the document (a document dated today, a series that ends weeks ago), that stale rate is used,
loudly: its tolerance is widened by how far the pair itself moved over gaps of that length in
the years before (the ``STALE_PERCENTILE``th percentile), and the finding says so.

When there is no reference for the date at all (an undated document, a pair the sources do not
fix then), the pair's whole history still bounds it: every rate the source ever had, halved or
doubled (``HISTORY_SLACK``). A conversion outside that that a power of ten puts inside it is a
magnitude slip beyond doubt, and it arbitrates between conversions that disagree; nothing
else is judged against it, so a conversion merely far from today's rate passes undated.
"""

from __future__ import annotations

import datetime as dt
import enum
import heapq
import math
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from decimal import ROUND_CEILING, Decimal

from figcheck.intervals import Interval
from figcheck.model import Conversion, Money
from figcheck.rates.redenominations import UNDATED_SETTLED, same_units_since
from figcheck.rates.source import Coverage, RateQuote, RateSource, SeriesSource, days_back
from figcheck.reading.hedges import widen
from figcheck.reading.stated_rates import MARKET_BASES
from figcheck.rules.config import Config

#: Powers of ten tried for a magnitude slip (×10 … ×10¹², and their inverses).
POWERS = tuple(range(1, 13))
#: Currencies that share a symbol or a name ("$", "pesos", "kr"): when the one a mention was
#: read as misses the reference, the others of its family that the mention could stand for
#: are tried (FC105). Kept to currencies often confused in English-language prose.
FAMILIES = (
    ("USD", "CAD", "AUD", "HKD", "SGD"),
    ("MXN", "ARS", "CLP", "COP", "PHP"),
    ("SEK", "NOK", "DKK", "ISK"),
)
#: The longest gap between the last rate and the document that a stale rate may bridge; past
#: it there is no reference (FC401), however wide a tolerance would be.
MAX_STALE_DAYS = 92
#: The history before the last rate over which the pair's moves are measured (three years).
STALE_HISTORY_DAYS = 1096
#: The most a figure may miss a rate set by law (``RateQuote.exact``: the euro's conversion
#: rates) beyond its rounding, when the configured tolerance is wider: a writer rounds such a
#: rate, but one that is off by more used another rate ("E1 = DM1.9708" for 1.95583).
EXACT_TOLERANCE = Decimal("0.005")
#: The percentile of the pair's moves over gaps of that length that widens the tolerance.
STALE_PERCENTILE = 99
#: The fewest windows a percentile is taken over; with fewer the move is not known.
MIN_STALE_WINDOWS = 20
#: Currencies one sign names whose rates lie a power of ten apart ("¥": yen and yuan, about
#: 20 to 1): a slip against one's history that the other's fits is no slip. Other shared
#: signs are left out on purpose: every rate from 1 to 30 is some dollar's.
HISTORY_RIVALS: dict[str, tuple[str, ...]] = {"JPY": ("CNY",), "CNY": ("JPY",)}
#: How far beyond the lowest and highest rate a pair ever had a conversion may stand when no
#: reference for its date exists: a factor, so the band runs from half the lowest rate to
#: twice the highest.
HISTORY_SLACK = Decimal(2)


class Outcome(enum.Enum):
    """What judging one conversion found."""

    AGREES = "agrees"
    MAGNITUDE = "magnitude"
    INVERTED = "inverted"
    DISAGREES = "disagrees"
    OTHER_CURRENCY = "other-currency"


class Against(enum.Enum):
    """What a conversion was judged against."""

    DOCUMENT = "document"
    REFERENCE = "reference"
    HISTORY = "history"


@dataclass(frozen=True, slots=True)
class RateView:
    """A conversion seen as a rate: units of ``quote`` per one ``base``."""

    conversion: Conversion
    base: str
    quote: str
    implied: Interval


@dataclass(frozen=True, slots=True)
class Staleness:
    """Why a band's tolerance is wider than ``configured``: its one rate is ``gap_days`` older
    than the document, and over gaps that long the pair moved up to ``move`` (a fraction) in
    the ``percentile`` th percentile of ``windows`` windows from ``history_from`` to the rate."""

    gap_days: int
    move: Decimal
    percentile: int
    windows: int
    history_from: dt.date
    configured: Decimal


@dataclass(frozen=True, slots=True)
class Band:
    """The reference rates over the window before the document date, and the tolerance.

    ``date`` is the document date the band was built for and ``window_days`` how many days
    before it were asked; each quote's own date says which fixing answered. A ``stale`` band
    holds the last rate before the look-back, its tolerance widened (see ``Staleness``).
    """

    quotes: tuple[RateQuote, ...]
    tolerance: Decimal
    date: dt.date
    window_days: int
    stale: Staleness | None = None
    #: For a band of the pair's whole history (its lowest and highest rate), for a date
    #: without a reference: the first and last day of that history. What it allows is
    #: ``HISTORY_SLACK`` beyond both ends.
    history: tuple[dt.date, dt.date] | None = None
    #: For a conversion whose sentence names an earlier year ("in 2015 … paid £47 billion
    #: (€64 billion)"): the first day of that year. The band then also holds the lowest and
    #: highest rate from that day to the document date.
    since: dt.date | None = None

    @property
    def rates(self) -> Interval:
        values = [q.value for q in self.quotes]
        return Interval(min(values), max(values))

    @property
    def allowed(self) -> Interval:
        if self.history is not None:
            rates = self.rates
            return Interval(rates.low / HISTORY_SLACK, rates.high * HISTORY_SLACK)
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
    #: Judged against the one other conversion of its pair, with nothing to tell which of the
    #: two is wrong (both are reported).
    mutual: bool = False
    factor: Decimal | None = None
    band: Band | None = None
    alternative: Alternative | None = None
    #: Judged at face value: the conversion fits the reference only if its round converted
    #: figure is read as rounded at its last non-zero digit (``view`` is the face-value view).
    face_value: bool = False


@dataclass(frozen=True, slots=True)
class Alternative:
    """Another reading of one mention's currency, under which the conversion fits the
    reference: ``view`` is the conversion read so, ``band`` the reference it fits; ``also``
    lists the other currencies that fit, less closely."""

    money: Money
    currency: str
    view: RateView
    band: Band
    also: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class MissingReference:
    """A pair the reference source has no rate for on the document date, not even a stale
    one; ``unmeasured`` when the last rate was recent enough, but the pair's history too short
    to say how far it may have moved since."""

    view: RateView
    date: dt.date
    source: str
    coverage: dict[str, Coverage | None]
    last: RateQuote | None = None
    unmeasured: bool = False
    #: Whether the pair's whole history still bounded the conversions (``history_band``).
    bounded: bool = False


@dataclass(frozen=True, slots=True)
class Analysis:
    """Every judgement in the document, and the pairs without a reference rate."""

    views: tuple[RateView, ...]
    judgements: tuple[Judgement, ...]
    missing: tuple[MissingReference, ...]
    #: Whether a pair's whole history bounded any conversion (no reference for the date).
    bounded: bool = False


def orient(first: str, second: str) -> tuple[str, str]:
    """(base, quote) in market convention: the higher-priority currency is the base."""

    def rank(code: str) -> tuple[int, str]:
        return (MARKET_BASES.index(code) if code in MARKET_BASES else len(MARKET_BASES), code)

    return (first, second) if rank(first) <= rank(second) else (second, first)


def stated(money: Money, *, exact: bool) -> Interval:
    """The magnitudes a mention allows: exact for an unhedged original, else its interval."""
    if exact and money.hedge is None and money.upper is None:
        return Interval.point(abs(money.amount))
    interval = money.interval
    if interval.low < 0:
        interval = Interval(-interval.high, -interval.low)
    return interval


def rate_view(
    conversion: Conversion, *, converted_interval: Interval | None = None
) -> RateView | None:
    """The conversion as an implied rate, or None when it cannot be one (``converted_interval``
    reads the converted amount otherwise than as stated: at face value)."""
    original, converted = conversion.original, conversion.converted
    if original.currency is None or converted.currency is None:
        return None
    if original.figure.other is not None or converted.figure.other is not None:
        return None  # the document does not settle how a figure reads (FC406)
    if original.currency == converted.currency or original.amount * converted.amount == 0:
        return None  # signs may differ: "lost -€50m ($54m)" restates the size of the loss
    original_interval = stated(original, exact=True)
    if converted_interval is None:
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
    bounded = False
    for pair_views in _by_pair(views, date):
        first = pair_views[0].conversion
        if first.parallel_market or first.at_the_time:
            judgements.extend(_off_market(pair_views, source, date, config))
            bounded = bounded or first.at_the_time
            continue
        band = None
        if date is not None:
            band = reference_band(source, pair_views[0], date, config)
            year = past_year(first, date)
            if band is None:
                missing.append(_missing(source, pair_views[0], date))
            elif year is not None:
                band = _since(source, pair_views[0], band, dt.date(year, 1, 1))
        if band is None:
            band = history_band(source, pair_views[0].base, pair_views[0].quote, date)
            if band is not None and missing and missing[-1].view is pair_views[0]:
                missing[-1] = replace(missing[-1], bounded=True)
        pair_judgements = _judge_pair(pair_views, band, config)
        if band is not None and band.history is not None:
            bounded = True
            pair_judgements = [_beyond_history(j, source, date) for j in pair_judgements]
        elif date is not None:
            pair_judgements = [_other_currency(j, source, date, config) for j in pair_judgements]
            pair_judgements = [_at_face_value(j, config) for j in pair_judgements]
        judgements.extend(pair_judgements)
    judgements.sort(key=lambda j: j.view.conversion.span.start)
    return Analysis(tuple(views), tuple(judgements), tuple(missing), bounded)


def reference_band(
    source: RateSource, view: RateView, date: dt.date, config: Config
) -> Band | None:
    """The reference rates for the pair over the window ending on ``date``; else the stale
    band of the last rate before it (see ``stale_band``); else None."""
    if source.rate(view.base, view.quote, date) is None:
        return stale_band(source, view, date, config)
    quotes: dict[dt.date, RateQuote] = {}
    for day in days_back(date, config.reference_window_days):
        quote = source.rate(view.base, view.quote, day)
        if quote is not None:
            quotes[quote.date] = quote
    ordered = tuple(quotes[day] for day in sorted(quotes))
    gap = (date - ordered[-1].date).days
    if gap > config.lookback_days:  # a coarse fixing (weekly): the days since it count
        after = _first_fixing_after(source, view, date, gap)
        if after is not None:  # the fixings either side of the document bracket its rate
            ordered = (*ordered, after)
        else:
            widened = _widened(source, view, ordered, date, gap, config)
            if widened is not None:
                return widened
    tolerance = config.reference_tolerance
    if all(quote.exact for quote in ordered):
        tolerance = min(tolerance, EXACT_TOLERANCE)
    return Band(ordered, tolerance, date, config.reference_window_days)


#: The lowest and highest quote of a pair's history, and its first and last day.
_Extremes = tuple[RateQuote, RateQuote, dt.date, dt.date]


def history_band(source: RateSource, base: str, quote: str, date: dt.date | None) -> Band | None:
    """The pair's lowest and highest rate over all the source has, as a band for a date
    without a reference; None when the source cannot list its rates or has none, when the
    date is before its history, or when a currency of the pair was redenominated after the
    date (or the document is undated): old units are not today's (``rates.redenominations``)."""
    since = same_units_since(base, quote)
    if since is not None and (date or UNDATED_SETTLED) < since:
        return None  # "300,000 rubles" in 1997 were old roubles, off today's series
    extremes = _extremes(source, base, quote)
    if extremes is None:
        return None
    low, high, first, last = extremes
    if date is not None and date < first:
        return None
    slack = HISTORY_SLACK - 1
    return Band((low, high), slack, date or last, 0, history=(first, last))


#: The extremes of each pair's history, per source (which the entry keeps alive, so its id
#: cannot be reused while the entry stands); cleared when it grows past ``_EXTREMES_SIZE``.
_EXTREMES: dict[tuple[int, str, str], tuple[RateSource, _Extremes | None]] = {}
_EXTREMES_SIZE = 256


def _extremes(source: RateSource, base: str, quote: str) -> _Extremes | None:
    """The lowest and highest quote of the pair's whole series, and its first and last day
    (looked up once a process for each source)."""
    key = (id(source), base, quote)
    cached = _EXTREMES.get(key)
    if cached is not None and cached[0] is source:
        return cached[1]
    found = _find_extremes(source, base, quote)
    if len(_EXTREMES) >= _EXTREMES_SIZE:
        _EXTREMES.clear()
    _EXTREMES[key] = (source, found)
    return found


def _find_extremes(source: RateSource, base: str, quote: str) -> _Extremes | None:
    if not isinstance(source, SeriesSource):
        return None
    series = source.series(base, quote)
    if not series:
        return None
    low = min(series, key=lambda q: q.value)
    high = max(series, key=lambda q: q.value)
    return low, high, series[0].date, series[-1].date


def _beyond_history(judgement: Judgement, source: RateSource, date: dt.date | None) -> Judgement:
    """Against the history band only a magnitude slip is reported: a rate merely off today's
    could be any day's; one a power of ten outside every day's is a slip, unless another
    currency the same surface names fits that currency's history ("¥247 billion" for €29.5
    billion is yuan, not a slip in yen)."""
    if judgement.against is not Against.REFERENCE:
        return judgement
    if judgement.outcome is Outcome.MAGNITUDE and not _another_reading_fits(
        judgement.view.conversion, source, date
    ):
        assert judgement.factor is not None  # the rate the figure implies, once put right:
        expected = judgement.view.implied.scale(judgement.factor)
        return replace(judgement, against=Against.HISTORY, expected=expected)
    return replace(judgement, outcome=Outcome.AGREES, against=Against.HISTORY)


def _at_face_value(judgement: Judgement, config: Config) -> Judgement:
    """A conversion that fits the reference only because its round converted figure reads as
    rounded at its last non-zero digit ("약50조 원" as 40조–60조) is judged again with the
    figure at face value (``face_value_interval``), unless ``config.rounding`` is "loose"."""
    band = judgement.band
    if (
        config.rounding == "loose"
        or judgement.outcome is not Outcome.AGREES
        or judgement.against is not Against.REFERENCE
        or band is None
    ):
        return judgement
    view = judgement.view
    converted = view.conversion.converted
    if _range_end(converted):
        return judgement  # "($62-80 million)": the ends of a range are rounded as one
    face = face_value_interval(converted)
    if face == converted.interval:
        return judgement
    face_view = rate_view(view.conversion, converted_interval=face)
    if face_view is None or face_view.implied.intersects(judgement.allowed):
        return judgement
    return replace(judgement, view=face_view, outcome=Outcome.DISAGREES, face_value=True)


def _range_end(money: Money) -> bool:
    """True for one end of a range read apart ("$62" or "80 million" of "$62-80 million"):
    its text lacks the currency or the magnitude word the mention was written with."""
    figure = money.figure
    bare_digits = not any(char.isalpha() for char in figure.text)
    return money.unit_text not in money.text or (figure.scale > 1 and bare_digits)


def face_value_interval(money: Money) -> Interval:
    """A converted amount read at face value: rounded at its last digit shown, but never finer
    than two significant digits (a writer rounds a conversion to two digits and writes the
    zeros), then widened by its hedge; a figure without trailing zeros, or a range, as read."""
    figure = money.figure
    if figure.upper is not None or figure.granularity <= figure.scale:
        return money.interval
    two_digits = Decimal(1).scaleb(abs(figure.value).adjusted() - 1)
    granularity = min(figure.granularity, max(figure.scale, two_digits))
    value = abs(figure.value)
    rounded = Interval(value - granularity / 2, value + granularity / 2)
    return widen(rounded, value, granularity, money.hedge)


def _another_reading_fits(conversion: Conversion, source: RateSource, date: dt.date | None) -> bool:
    """True when a mention read as the other currency its sign names (``HISTORY_RIVALS``)
    makes a conversion that fits that pair's history band."""
    for money in (conversion.original, conversion.converted):
        for code in HISTORY_RIVALS.get(money.currency or "", ()):
            if code not in money.candidates:
                continue
            other = replace(money, currency=code)
            if money is conversion.original:
                swapped = replace(conversion, original=other)
            else:
                swapped = replace(conversion, converted=other)
            view = rate_view(swapped)
            band = view and history_band(source, view.base, view.quote, date)
            if view is not None and band and view.implied.intersects(band.allowed):
                return True
    return False


def _first_fixing_after(
    source: RateSource, view: RateView, date: dt.date, days: int
) -> RateQuote | None:
    """The first fixing after ``date`` within ``days``: with the one before, it brackets the
    rate on a day a coarse (weekly) table did not fix."""
    for ahead in range(1, days + 1):
        try:
            day = date + dt.timedelta(days=ahead)
        except OverflowError:
            return None
        quote = source.rate(view.base, view.quote, day)
        if quote is not None and quote.date > date:
            return quote
    return None


def stale_band(source: RateSource, view: RateView, date: dt.date, config: Config) -> Band | None:
    """The last rate before ``date`` when it is at most ``MAX_STALE_DAYS`` older, its tolerance
    widened by the pair's own largest moves over gaps that long: (1 + tolerance) × (1 + move)
    − 1. None when the source cannot list its rates, has none before, or too few to measure."""
    last = _last_before(source, view, date)
    if last is None:
        return None
    gap = (date - last.date).days
    if gap > MAX_STALE_DAYS:
        return None
    return _widened(source, view, (last,), date, gap, config)


def _widened(
    source: RateSource,
    view: RateView,
    quotes: tuple[RateQuote, ...],
    date: dt.date,
    gap: int,
    config: Config,
) -> Band | None:
    """The band of ``quotes``, the newest ``gap`` days before ``date``, its tolerance widened
    by the pair's own largest moves over gaps that long: (1 + tolerance) × (1 + move) − 1. The
    same for a rate past the look-back (stale) and for a coarse fixing (a weekly table) within
    it. None when the source cannot list its rates or has too few to measure."""
    if not isinstance(source, SeriesSource):
        return None
    measured = largest_move(source.series(view.base, view.quote), quotes[-1].date, gap)
    if measured is None:
        return None
    move, windows, history_from = measured
    configured = config.reference_tolerance
    tolerance = (1 + configured) * (1 + move) - 1
    if tolerance >= 1:
        return None  # a band from nothing to twice the rate says nothing
    staleness = Staleness(gap, move, STALE_PERCENTILE, windows, history_from, configured)
    return Band(quotes, tolerance, date, config.reference_window_days, staleness)


def largest_move(
    series: Sequence[RateQuote], end: dt.date, gap: int
) -> tuple[Decimal, int, dt.date] | None:
    """How far the pair moved over ``gap`` days in the ``STALE_PERCENTILE``th percentile of the
    windows that start in the ``STALE_HISTORY_DAYS`` before ``end`` and end by it, as a
    fraction rounded up to 0.01% (with the count of windows and the first day measured).

    Each window runs from a rate to the last rate ``gap`` days later; its move is the
    absolute log change. The statistic is a float (it is a measure of spread, not money);
    the fraction it gives is a ``Decimal``, rounded up, so the band only grows.
    """
    start = end - dt.timedelta(days=STALE_HISTORY_DAYS)
    history = [q for q in series if start <= q.date <= end]
    dates = [q.date for q in history]
    moves = []
    for quote in history:
        reach = quote.date + dt.timedelta(days=gap)
        if reach > end:
            break
        later = history[bisect_right(dates, reach) - 1]
        moves.append(abs(math.log(float(later.value) / float(quote.value))))
    if len(moves) < MIN_STALE_WINDOWS:
        return None
    moves.sort()
    rank = math.ceil(STALE_PERCENTILE / 100 * len(moves)) - 1
    fraction = Decimal(repr(math.expm1(moves[rank])))
    return fraction.quantize(Decimal("0.0001"), rounding=ROUND_CEILING), len(moves), dates[0]


def _other_currency(
    judgement: Judgement, source: RateSource, date: dt.date, config: Config
) -> Judgement:
    """A plain disagreement with the reference becomes "another currency" when a currency the
    same surface can stand for fits the reference; the closest fit is the one named.

    Not to cry wolf, the other currency must fit more closely than a reference check asks:
    its fixings over the window widened only by the consistency tolerance (a rate close to
    one the market had, not one within the 3% allowance for bank spreads), and the last fixing
    widened by the reference tolerance (in a volatile week a wide window could fit a wrong
    currency by chance).
    """
    if judgement.outcome is not Outcome.DISAGREES or judgement.against is not Against.REFERENCE:
        return judgement
    fits = []
    for money, code, conversion in alternatives(judgement.view.conversion):
        view = rate_view(conversion)
        band = None if view is None else reference_band(source, view, date, config)
        if band is not None and band.stale is not None:
            continue  # a widened stale band would fit a wrong currency too easily
        if view is not None and band is not None and _fits_closely(view, band, config):
            fits.append(Alternative(money, code, view, band))
    if not fits:
        return judgement
    fits.sort(key=lambda fit: _distance(fit.view.implied, fit.band.latest.value))
    best = replace(fits[0], also=tuple(fit.currency for fit in fits[1:]))
    return replace(judgement, outcome=Outcome.OTHER_CURRENCY, alternative=best)


def _fits_closely(view: RateView, band: Band, config: Config) -> bool:
    """The test an alternative currency must pass (see ``_other_currency``)."""
    latest = Interval.point(band.latest.value).widen(band.tolerance)
    close = band.rates.widen(config.consistency_tolerance)
    return view.implied.intersects(latest) and view.implied.intersects(close)


def alternatives(conversion: Conversion) -> list[tuple[Money, str, Conversion]]:
    """Each mention, another currency of its family that its surface can stand for, and the
    conversion with that mention read so (the other mention is left as read)."""
    swapped = []
    for money in (conversion.original, conversion.converted):
        family = next((f for f in FAMILIES if money.currency in f), ())
        for code in family:
            if code != money.currency and code in money.candidates:
                other = replace(money, currency=code)
                if money is conversion.original:
                    swapped.append((money, code, replace(conversion, original=other)))
                else:
                    swapped.append((money, code, replace(conversion, converted=other)))
    return swapped


def _distance(implied: Interval, rate: Decimal) -> Decimal:
    """How far the middle of an implied rate is from a fixing, relative to the fixing."""
    return abs(implied.mid - rate) / rate


def _missing(source: RateSource, view: RateView, date: dt.date) -> MissingReference:
    coverage = {code: source.coverage(code) for code in (view.base, view.quote)}
    last = _last_before(source, view, date)
    unmeasured = last is not None and (date - last.date).days <= MAX_STALE_DAYS
    return MissingReference(view, date, source.name, coverage, last, unmeasured)


def _last_before(source: RateSource, view: RateView, date: dt.date) -> RateQuote | None:
    """The source's last rate for the pair on or before ``date`` (beyond the look-back, or
    there would be a band), when the source can list its rates."""
    if not isinstance(source, SeriesSource):
        return None
    series = source.series(view.base, view.quote)
    index = bisect_right(series, date, key=lambda quote: quote.date)
    return series[index - 1] if index else None


def _off_market(
    views: list[RateView], source: RateSource, date: dt.date | None, config: Config
) -> list[Judgement]:
    """Conversions the text puts at another rate than the document date's official one: a
    parallel market's, which no reference publishes, is held to its own kind only; a rate of
    the time the sentence speaks of also to the pair's whole history, as an undated one."""
    conversion = views[0].conversion
    band = None
    if conversion.at_the_time and not conversion.parallel_market:
        band = history_band(source, views[0].base, views[0].quote, date)
    judgements = _judge_pair(views, band, config)
    if band is None:
        return judgements
    return [_beyond_history(judgement, source, date) for judgement in judgements]


def _by_pair(views: Sequence[RateView], date: dt.date | None) -> list[list[RateView]]:
    """The views grouped by pair and by the rate the text says they use (the official one of
    the document date, a parallel market's, one of another time, one of an earlier year)."""
    pairs: dict[tuple[str, str, bool, bool, int | None], list[RateView]] = {}
    for view in views:
        conversion = view.conversion
        key = (
            view.base,
            view.quote,
            conversion.parallel_market,
            conversion.at_the_time,
            past_year(conversion, date),
        )
        pairs.setdefault(key, []).append(view)
    return list(pairs.values())


def past_year(conversion: Conversion, date: dt.date | None) -> int | None:
    """The year the conversion's sentence (or table row) names when it is before the
    document's, or any such year in an undated document; else None."""
    year = conversion.year
    if year is None or (date is not None and year >= date.year):
        return None
    return year


def _since(source: RateSource, view: RateView, band: Band, since: dt.date) -> Band:
    """``band`` widened to the lowest and highest rate of the pair from ``since`` to the
    document date, when the source can list its rates: a conversion of an earlier year may
    use that year's rate or today's, or any between."""
    if not isinstance(source, SeriesSource) or band.stale is not None:
        return band
    series = source.series(view.base, view.quote)
    low = bisect_left(series, since, key=lambda quote: quote.date)
    high = bisect_right(series, band.date, key=lambda quote: quote.date)
    if low >= high:
        return band
    span = series[low:high]
    extremes = {min(span, key=_value), max(span, key=_value)}
    quotes = tuple(sorted({*band.quotes, *extremes}, key=lambda quote: quote.date))
    return replace(band, quotes=quotes, since=since)


def _value(quote: RateQuote) -> Decimal:
    return quote.value


def _judge_pair(views: list[RateView], band: Band | None, config: Config) -> list[Judgement]:
    half = config.consistency_tolerance / 2
    widened = [view.implied.widen(half) for view in views]
    if band is None and len(views) == 2 and not widened[0].intersects(widened[1]):
        return _each_against_the_other(views, widened, config)
    consensus = _consensus(widened, band)
    allowed = agreed_rates([widened[i] for i in consensus])  # they share a point: their meet
    expected = agreed_rates([views[i].implied for i in consensus])
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
            band=band,
        )
        judgements.append(_judge(judgement, widened[index]))
    return judgements


def _each_against_the_other(
    views: list[RateView], widened: list[Interval], config: Config
) -> list[Judgement]:
    """Two conversions that disagree with nothing to arbitrate (no reference, no history):
    neither is known to be the wrong one, so each is judged against the other and both are
    reported, each naming the other ("10 times too large … the other conversion implies")."""
    judgements = []
    for index, view in enumerate(views):
        other = views[1 - index]
        judgement = Judgement(
            view,
            Outcome.DISAGREES,
            Against.DOCUMENT,
            other.implied,
            widened[1 - index],
            config.consistency_tolerance,
            1,
            mutual=True,
        )
        judgements.append(_judge(judgement, widened[index]))
    return judgements


def _consensus(widened: list[Interval], band: Band | None) -> set[int]:
    """Indices of the set of conversions whose widened rates share a point and that the
    reference arbitrates for: a set that fits the reference wins over any that does not (the
    reference proves the minority right); among those, the largest set, then the set with the
    earliest conversion.

    A sweep over the left ends keeps the intervals that contain the current point in two heaps
    (by right end, by position in the text), so every candidate point is scored in log time.
    """
    order = sorted(range(len(widened)), key=lambda i: widened[i].low)
    by_high: list[tuple[Decimal, int]] = []
    by_index: list[int] = []
    gone: set[int] = set()
    best: tuple[bool, int, int] | None = None
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
        score = (fits, len(by_high), -by_index[0])
        if best is None or score > best:
            best, best_point = score, point
    return {i for i, w in enumerate(widened) if best_point in w}


def agreed_rates(implied: list[Interval]) -> Interval:
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


@dataclass(frozen=True, slots=True)
class PairRate:
    """What a pair's agreeing conversions imply, and the one that comes last in the text."""

    base: str
    quote: str
    implied: Interval
    last: RateView

    def toward(self, source: str, target: str, tolerance: Decimal) -> Interval:
        """Units of ``target`` per ``source``, widened by half the tolerance."""
        forward = (source, target) == (self.base, self.quote)
        rate = self.implied if forward else self.implied.reciprocal()
        return rate.widen(tolerance / 2)


def pair_rates(analysis: Analysis) -> dict[tuple[str, str], PairRate]:
    """Per pair, the rate its agreeing conversions share (reported ones left out)."""
    views: dict[tuple[str, str], list[RateView]] = {}
    for judgement in analysis.judgements:
        conversion = judgement.view.conversion
        if conversion.parallel_market or conversion.at_the_time:
            continue  # not the document date's market rate
        if judgement.outcome is Outcome.AGREES:
            view = judgement.view
            views.setdefault((view.base, view.quote), []).append(view)
    return {
        pair: PairRate(*pair, agreed_rates([v.implied for v in group]), _last(group))
        for pair, group in views.items()
    }


def _last(views: list[RateView]) -> RateView:
    return max(views, key=lambda view: view.conversion.span.start)
