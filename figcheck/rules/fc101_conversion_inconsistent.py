"""FC101 conversion-inconsistent-in-document: a conversion disagrees with its neighbours.

What it does
    Computes the exchange rate each conversion implies (as an interval, allowing for the
    rounding of the stated figures) and compares the conversions of the same currency pair in
    one document. The largest group that agrees is taken as the document's rate; a conversion
    outside it is reported with its implied rate and the group's. Conversions the text puts
    on a black or parallel market, at the rate of another time ("at the time"), or in a
    sentence that names an earlier year than the document's form groups of their own:
    "USD100 is worth 840 pesos officially, versus 1,400 pesos on the black market" holds two
    rates on purpose.

Why it matters
    One article almost always uses one rate. A conversion that disagrees with the others was
    computed at another time, copied from elsewhere, or mistyped.

Known problems
    A document that deliberately compares rates from different dates ("the same 1,000 roubles
    bought $16 in 2021 and $11 in 2022") is reported; suppress the finding there.

Options
    ``consistency_tolerance`` (default 0.5%) widens each implied rate before comparing.

Example
    Bad: the school's €200,000 is given as $227,800 (1.139 dollars to the euro) where the
    other conversions use 1.0893.
    Good: $217,800, at the same rate as the others.
"""

from __future__ import annotations

from collections.abc import Iterator

from figcheck.model import Finding
from figcheck.rules._examples import GOOD_GRANTS, grants
from figcheck.rules._fx_report import judged, judgement_finding
from figcheck.rules.catalog import FC101
from figcheck.rules.context import CheckContext
from figcheck.rules.fx import Against, Outcome

RULE = FC101
BAD = grants("$227,800")
GOOD = GOOD_GRANTS


def check(context: CheckContext) -> Iterator[Finding]:
    """Report each conversion that disagrees with the document's consensus for its pair."""
    for judgement in judged(context.fx, Outcome.DISAGREES, Against.DOCUMENT):
        converted = judgement.view.conversion.converted
        yield judgement_finding(RULE, judgement, f'"{converted.text}" does not fit')
