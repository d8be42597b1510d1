"""FC404 undated-document: no document date, so reference rates were not consulted.

What it does
    Reports, once per document that has checkable conversions, that no date was given, so the
    conversions were compared with each other but not with reference rates (FC102 and the
    reference side of FC103/FC104 did not run). For each currency pair, it also says on which
    dates the reference rate matched the rate the document implies (within the reference
    tolerance), so an old, undated text can be placed in time, or its date checked.

Why it matters
    A document whose every conversion uses the same wrong rate passes the consistency check;
    only a reference rate for the right date can catch it.

Known problems
    A rate that has been stable for years (a pegged currency) matches on many dates: only
    the latest three periods are named in the message; the evidence lists the latest fifty. The
    dates need a source that can list its rates (the ECB series and rate tables can).

    When a file states a date that could not be read (``date: Q3 2024`` in front matter, a
    ``<meta>`` or ``<time datetime>`` that is not a date), the message names the key, the
    value and the line, so the fix is to rewrite that date, not to pass one.

Options
    Pass ``date=`` (Python) or ``--date`` (command line), or write the date in the file's
    front matter, metadata or docinfo as YYYY-MM-DD.

Example
    Bad: a conversion checked without a date.
    Good: the same conversion checked with its publication date.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import replace
from decimal import Decimal

from figcheck.intervals import Interval
from figcheck.model import Evidence, Finding
from figcheck.rates.source import RateQuote, SeriesSource
from figcheck.rules._fx_report import finding
from figcheck.rules._rule import Example
from figcheck.rules.catalog import FC404
from figcheck.rules.context import CheckContext
from figcheck.rules.fx import pair_rates

RULE = FC404
BAD = Example("The city paid €5m (about $5.45m) for the bridge.")
#: Periods named in the message, and listed in the evidence (the latest ones).
SHOWN = 3
LISTED = 50
GOOD = Example("The city paid €5m (about $5.45m) for the bridge.", dt.date(2023, 5, 12))


def check(context: CheckContext) -> Iterator[Finding]:
    """Report a missing date once, at the first conversion that could have used one."""
    if context.date is not None or not context.fx.views:
        return
    first = context.fx.views[0].conversion
    dated = implied_dates(context)
    message = (
        f"no document date: {len(context.fx.views)} conversion(s) were checked against each "
        + (
            "other and against the pair's whole history for slips by a power of ten, but not "
            if context.fx.bounded
            else "other but not "
        )
        + "against reference rates (give the date to check them)"
    )
    if dated:
        message += "; " + "; ".join(summary for summary, _ in dated)
    notes = tuple(note for _, notes in dated for note in notes)
    proof = Evidence(figures=(first.original.text, first.converted.text), notes=notes)
    yield finding(RULE, first.span, message, proof)


def with_unreadable_date(finding: Finding, place: str, key: str, value: str, line: int) -> Finding:
    """The finding, saying that the file states a date (``key`` in ``place``, on ``line``)
    that is not one: "front matter has date: 'Q3 2024' on line 2, which is not a date; write
    it as YYYY-MM-DD"."""
    said = (
        f"{place} has {key}: {value!r} on line {line}, which is not a date; write it as YYYY-MM-DD"
    )
    message = finding.message.replace("no document date", f"no document date ({said})", 1)
    notes = (f"unreadable date: {said}", *finding.evidence.notes)
    return replace(finding, message=message, evidence=replace(finding.evidence, notes=notes))


def implied_dates(context: CheckContext) -> list[tuple[str, list[str]]]:
    """Per pair, a summary of the periods when the reference matched the implied rate, and
    the periods themselves for the evidence."""
    source = context.config.rate_source()
    if not isinstance(source, SeriesSource):
        return []
    tolerance = context.config.reference_tolerance
    found = []
    for (base, quote), pair in sorted(pair_rates(context.fx).items()):
        periods = matching_periods(source.series(base, quote), pair.implied, tolerance)
        found.append((_summary(base, quote, periods, source.name), _notes(periods)))
    return found


Period = tuple[dt.date, dt.date]


def matching_periods(
    series: tuple[RateQuote, ...], implied: Interval, tolerance: Decimal
) -> list[Period]:
    """Runs of consecutive fixings whose rate, widened by ``tolerance``, meets ``implied``."""
    # A fixing r meets the implied rate once widened when low / (1 + t) <= r <= high / (1 - t);
    # the bounds are worked out once (rounded outward), so the scan only compares.
    low = Interval.point(implied.low).divide(Interval.point(1 + tolerance)).low
    high = Interval.point(implied.high).divide(Interval.point(1 - tolerance)).high
    periods: list[Period] = []
    run: Period | None = None
    for quote in series:
        if low <= quote.value <= high:
            run = (quote.date, quote.date) if run is None else (run[0], quote.date)
        elif run is not None:
            periods.append(run)
            run = None
    if run is not None:
        periods.append(run)
    return periods


def _period(period: Period) -> str:
    return str(period[0]) if period[0] == period[1] else f"{period[0]} to {period[1]}"


def _summary(base: str, quote: str, periods: list[Period], source: str) -> str:
    if not periods:
        return f"the {base}/{quote} rate implied here never matched {source}"
    shown = ", ".join(_period(p) for p in periods[-SHOWN:])
    more = len(periods) - SHOWN
    rest = f" (and {more} earlier period{'s' if more > 1 else ''})" if more > 0 else ""
    return f"the {base}/{quote} rate implied here matched {source} on {shown}{rest}"


def _notes(periods: list[Period]) -> list[str]:
    return [f"matched the reference: {_period(p)}" for p in periods[-LISTED:]]
