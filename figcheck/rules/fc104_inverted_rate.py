"""FC104 inverted-rate: a conversion divided where it should have multiplied, or the reverse.

What it does
    When a conversion disagrees with the others of its pair (or with the reference band) and
    the reciprocal of its implied rate agrees, reports that the rate was applied the wrong way
    round, with the amount that fits.

Why it matters
    Rates are quoted both ways ("60 roubles per dollar", "0.0166 dollars per rouble"); using one
    where the other belongs gives an amount thousands of times off, which a reader spots at once.

Known problems
    For pairs whose rate is close to 1 (EUR/USD, GBP/USD) the reciprocal is close to the rate
    itself, so an inversion can fall within the tolerance and pass unflagged; near a power of
    ten (USD/JPY around 100) an inversion can be reported as a magnitude slip (FC103).

Options
    The tolerances of FC101 and FC102 apply.

Example
    Bad: €200,000 given as $183,600 (200,000 ÷ 1.0892) where it should be 200,000 × 1.0892.
    Good: $217,800.
"""

from __future__ import annotations

from collections.abc import Iterator

from figcheck.model import Finding
from figcheck.rules._examples import GOOD_GRANTS, grants
from figcheck.rules._fx_report import judged, judgement_finding
from figcheck.rules.catalog import FC104
from figcheck.rules.context import CheckContext
from figcheck.rules.fx import Outcome

RULE = FC104
BAD = grants("$183,600")
GOOD = GOOD_GRANTS


def check(context: CheckContext) -> Iterator[Finding]:
    """Report each conversion whose reciprocal rate would be right."""
    for judgement in judged(context.fx, Outcome.INVERTED):
        converted = judgement.view.conversion.converted
        lead = f'"{converted.text}" applies the rate the wrong way round'
        yield judgement_finding(RULE, judgement, lead)
