"""FC107 stated-rate-off-reference: a rate the text states is outside the reference band.

What it does
    Reads each exchange rate the text states ("$1 = 83.2 rupees", "about 7.1 yuan to the
    dollar", "EUR/USD at 1.0850") as an interval, allowing for its rounding and hedge, and
    compares it with the reference rates of the document's date: the fixings over the window
    of days before it, widened by the same tolerance as FC102. Needs a document date and a
    reference rate for the pair. The evidence lists the source, every date used and the band.
    A rate whose sentence names another year ("in 2015 a dollar bought 64 rupees") or calls it
    a forecast or an assumption ("the budget assumes 83 rupees per dollar";
    ``language_tables.RATE_WORDS``, role "projected"), or of the time it speaks of ("at the
    time"), is not compared; nor is a rate its clause puts on a black or parallel market ("on
    the black market a dollar fetches 770 naira"; ``language_tables.RATE_SCOPE_WORDS``), which
    no reference publishes.

Why it matters
    A stated rate is the yardstick a reader uses for every amount around it. A stale rate, a
    rate for another currency or a typo in it misleads more than one wrong conversion does.

Known problems
    A past rate whose sentence names no year, only a month or an event, is reported; suppress
    the finding there. Retail and card rates, and black-market rates the text does not call
    so, can differ from the reference by more than the tolerance.

Options
    ``reference_window_days`` (default 7), ``reference_tolerance`` (default 3%),
    ``lookback_days`` (default 5), ``rates``.
    A rate set by law, not by a market (the euro's irrevocable conversion rates: 1.95583
    marks per euro), is held to ±0.5% when the tolerance is wider: rounding such a rate is
    allowed, a figure off it by more used another rate.

Example
    Bad: in May 2023 the text uses 95 rupees to the dollar, when a dollar bought about 82.
    Good: 82 rupees to the dollar.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from figcheck.model import Evidence, Finding
from figcheck.rules._fx_report import band_notes, finding, percent, rate_range
from figcheck.rules._rule import Example
from figcheck.rules._stated import stated_views
from figcheck.rules.catalog import FC107
from figcheck.rules.context import CheckContext
from figcheck.rules.fx import reference_band

RULE = FC107
BAD = Example("Importers paid 95 rupees per dollar this week.", dt.date(2023, 5, 12))
GOOD = Example("Importers paid 82 rupees per dollar this week.", dt.date(2023, 5, 12))


def check(context: CheckContext) -> Iterator[Finding]:
    """Report each stated rate that misses the reference band of the document date."""
    if context.date is None:
        return
    source = context.config.rate_source()
    for stated in stated_views(context.claims):
        view = stated.view
        rate = stated.rate
        if rate.projected or rate.parallel_market or rate.year not in (None, context.date.year):
            continue  # a forecast, an assumption, a past year's or a parallel market's rate
        band = reference_band(source, view, context.date, context.config)
        if band is None or view.implied.intersects(band.allowed):
            continue
        allowed = rate_range(band.allowed, view.base, view.quote)
        message = (
            f"the stated rate {stated.describe()} is outside the reference band: "
            f"{band.latest.source} had {allowed} (±{percent(band.tolerance)}) "
            f"in the {band.window_days} days before {band.date}"
        )
        proof = Evidence(
            figures=(stated.rate.text,),
            base=view.base,
            quote=view.quote,
            implied=view.implied,
            expected=band.rates,
            tolerance=band.tolerance,
            source=band.latest.source,
            reference_date=band.latest.date,
            notes=tuple(band_notes(band, view.base, view.quote)),
        )
        yield finding(RULE, stated.rate.span, message, proof)
