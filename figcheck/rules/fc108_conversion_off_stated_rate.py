"""FC108 conversion-off-stated-rate: a conversion does not use the rate the text states.

What it does
    Reads each exchange rate the text states ("$1 = 83.2 rupees", "7.1 yuan to the dollar") as
    an interval and compares it with the rate each conversion of that pair implies, both
    widened by the consistency tolerance as in FC101. A conversion that fits none of the
    stated rates of its pair is reported, naming the stated rate and where it stands. Two
    statements of one rate that disagree (a rate and its own inverse included) are reported on
    the later one. A rate whose sentence names a year ("in 2014 a dollar bought 8.40 pesos")
    is left out, and a forecast or an assumption ("the budget assumes 80 rupees per dollar") is
    not held against a market rate stated beside it. A conversion that writes its rate inside
    itself, as an arithmetic line does ("£40 × 1.27 = $50.80"), is held to that rate alone and
    without the tolerance: only the rounding of the figures shown is allowed.

Why it matters
    A text that states its rate promises that its conversions use it. A conversion that does
    not was computed at another rate, copied from elsewhere, or mistyped; two stated rates that
    disagree leave the reader unsure which one holds.

Known problems
    A text that states rates of different dates on purpose ("a dollar bought 64 rupees in 2015
    and 83 today") is reported; suppress the finding there.

Options
    ``consistency_tolerance`` (default 0.5%) widens each rate before comparing.

Example
    Bad: at the stated $1 = 83 rupees, Rs 4,150 is $50, not $52.
    Good: Rs 4,150 ($50).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal

from figcheck.model import Evidence, Finding, Span
from figcheck.rules._fx_report import finding, rate_range
from figcheck.rules._rule import Example
from figcheck.rules._stated import StatedView, stated_views
from figcheck.rules.catalog import FC108
from figcheck.rules.context import CheckContext
from figcheck.rules.fx import RateView

RULE = FC108
BAD = Example("At $1 = 83 rupees, the fee of Rs 4,150 ($52) is due.", dt.date(2023, 5, 12))
GOOD = Example("At $1 = 83 rupees, the fee of Rs 4,150 ($50) is due.", dt.date(2023, 5, 12))


def check(context: CheckContext) -> Iterator[Finding]:
    """Report stated rates that disagree with an earlier one, and conversions that fit none of
    the stated rates of their pair."""
    stated = [view for view in stated_views(context.claims) if view.rate.year is None]
    if not stated:
        return
    half = context.config.consistency_tolerance / 2
    by_pair: dict[tuple[str, str, bool], list[StatedView]] = {}
    for later in stated:
        pair = (later.view.base, later.view.quote, later.rate.parallel_market)
        earlier = [view for view in by_pair.get(pair, []) if not view.rate.projected]
        if earlier and not later.rate.projected and not _agrees(later.view, earlier[0].view, half):
            yield _finding(
                context,
                later.rate.span,
                later.view,
                earlier[0],
                f"the stated rate {later.describe()} disagrees with the rate stated before",
                (later.rate.text,),
            )
        by_pair.setdefault(pair, []).append(later)
    for view in context.fx.views:
        rates = by_pair.get((view.base, view.quote, view.conversion.parallel_market), [])
        own = _own(view, stated)
        if own:
            rates, tolerance = own, Decimal(0)  # the line's own rate: its arithmetic is exact
        else:
            tolerance = half
        if not rates or any(_agrees(view, rate.view, tolerance) for rate in rates):
            continue
        conversion = view.conversion
        implied = rate_range(view.implied, view.base, view.quote)
        yield _finding(
            context,
            conversion.converted.span,
            view,
            rates[0],
            f'"{conversion.converted.text}" does not fit the stated rate: it implies {implied}',
            (conversion.original.text, conversion.converted.text),
            tolerance * 2,
        )


def _own(view: RateView, stated: list[StatedView]) -> list[StatedView]:
    """The stated rates of the conversion's pair written inside it, as an arithmetic line
    writes the rate it multiplies by ("£40 × 1.27 = $50.80")."""
    if view.conversion.connector != "arithmetic":
        return []
    span = view.conversion.span
    return [
        rate
        for rate in stated
        if (rate.view.base, rate.view.quote) == (view.base, view.quote)
        and span.start <= rate.rate.span.start
        and rate.rate.span.end <= span.end
    ]


def _agrees(first: RateView, second: RateView, half: Decimal) -> bool:
    """Whether two rates meet once each is widened by half the consistency tolerance."""
    return first.implied.widen(half).intersects(second.implied.widen(half))


def _finding(
    context: CheckContext,
    span: Span,
    view: RateView,
    yardstick: StatedView,
    lead: str,
    figures: tuple[str, ...],
    tolerance: Decimal | None = None,
) -> Finding:
    stated = yardstick.rate.span
    message = f"{lead}; the text states {yardstick.describe()}"
    proof = Evidence(
        figures=(*figures, yardstick.rate.text),
        base=view.base,
        quote=view.quote,
        implied=view.implied,
        expected=yardstick.view.implied,
        tolerance=context.config.consistency_tolerance if tolerance is None else tolerance,
        notes=(
            f"stated rate {yardstick.describe()}, characters {stated.start}-{stated.end} "
            "of the checked text",
        ),
    )
    return finding(RULE, span, message, proof)
