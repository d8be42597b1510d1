"""FC105 currency-mismatch: the figures fit another currency that shares the symbol or name.

What it does
    When a conversion misses the reference band (FC102 would fire) and reading one of its
    amounts as another currency written the same way makes it fit that currency's reference
    closely, reports that currency instead of FC102. Closely means within the consistency
    tolerance (0.5%) of a fixing in the window, and within the reference tolerance of the
    last one: stricter than FC102, so that a rate merely off is not blamed on the currency.
    The families tried are the dollars written "$" (USD, CAD, AUD, HKD, SGD), the pesos (MXN,
    ARS, CLP, COP, PHP) and the crowns written "kr" (SEK, NOK, DKK, ISK), each only where the
    mention's surface can stand for it.

Why it matters
    "$" means the US dollar to most readers, but a Canadian or Australian source may mean its
    own dollar; "kr" and "pesos" are shared by several countries. A conversion made in the
    right currency but labelled with the wrong one misleads the reader by the whole exchange
    rate between the two.

Known problems
    A conversion made at a retail rate (more than 0.5% from the reference) in the other
    currency is reported as FC102, not FC105: the rule prefers silence to a wrong diagnosis. A
    currency the reference source does not cover (ARS, CLP, COP in the ECB series) can only be
    tried with a rate table that has it.

Options
    ``reference_tolerance`` and ``rates``, as for FC102; ``--locale`` changes which dollar "$"
    is read as in the first place.

Example
    Bad: €1m given as "$1.47m" in May 2023: 1.47 is the euro in Canadian dollars, not US ones.
    Good: "C$1.47m".
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from figcheck.intervals import Interval
from figcheck.model import Evidence, Finding
from figcheck.rules._fx_report import band_notes, finding, judged, message, rate_range
from figcheck.rules._rule import Example
from figcheck.rules.catalog import FC105
from figcheck.rules.context import CheckContext
from figcheck.rules.fx import Judgement, Outcome

RULE = FC105
BAD = Example("The rink cost €1m ($1.47m) to rebuild.", dt.date(2023, 5, 12))
GOOD = Example("The rink cost €1m (C$1.47m) to rebuild.", dt.date(2023, 5, 12))


def check(context: CheckContext) -> Iterator[Finding]:
    """Report each conversion that fits the reference once one amount is read as another
    currency of its family."""
    for judgement in judged(context.fx, Outcome.OTHER_CURRENCY):
        yield _finding(judgement)


def _finding(judgement: Judgement) -> Finding:
    alternative = judgement.alternative
    assert alternative is not None
    money, view = alternative.money, alternative.view
    fits = rate_range(view.implied, view.base, view.quote)
    latest = alternative.band.latest
    reference = rate_range(Interval.point(latest.value), view.base, view.quote)
    lead = f'"{money.text}" fits {alternative.currency}, not {money.currency}'
    verb = "fits" if len(alternative.also) == 1 else "fit"
    also = f" ({', '.join(alternative.also)} also {verb})" if alternative.also else ""
    text = (
        f"{message(judgement, lead)}; read as {alternative.currency}{also} it implies {fits}, "
        f"and the fixing of {latest.date} was {reference}"
    )
    notes = (
        f"read as {alternative.currency}: implied {fits}",
        *band_notes(alternative.band, view.base, view.quote),
    )
    proof = Evidence(
        figures=(view.conversion.original.text, view.conversion.converted.text),
        base=view.base,
        quote=view.quote,
        implied=view.implied,
        expected=alternative.band.rates,
        tolerance=alternative.band.tolerance,
        source=alternative.band.latest.source,
        reference_date=alternative.band.latest.date,
        notes=notes,
    )
    return finding(RULE, money.span, text, proof)
