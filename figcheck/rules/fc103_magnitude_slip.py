"""FC103 magnitude-slip: a converted amount is off by a power of ten.

What it does
    When a conversion disagrees with the document's other conversions of its pair (or, when it
    is alone or they all agree, with the reference band) and multiplying its implied rate by a
    power of ten (10, 100 … 10¹²) makes it agree, reports the slip and the amount that fits.

Why it matters
    A dropped or extra zero, or "million" for "billion", is the most common and the most
    embarrassing figure error; saying "10 times too large" is more useful than "rate is off".

Known problems
    A conversion between two currencies whose rate is itself close to a power of ten apart
    from another plausible rate could be misread; the evidence shows both rates.

Options
    The tolerances of FC101 and FC102 apply.

Example
    Bad: €200,000 given as $2,178,000, ten times what the other conversions make it.
    Good: $217,800.
"""

from __future__ import annotations

from collections.abc import Iterator

from figcheck.intervals import format_decimal
from figcheck.model import Finding
from figcheck.rules._examples import GOOD_GRANTS, grants
from figcheck.rules._fx_report import judged, judgement_finding
from figcheck.rules.catalog import FC103
from figcheck.rules.context import CheckContext
from figcheck.rules.fx import Outcome, expected_converted

RULE = FC103
BAD = grants("$2,178,000")
GOOD = GOOD_GRANTS


def check(context: CheckContext) -> Iterator[Finding]:
    """Report each conversion that a power of ten would put right."""
    for judgement in judged(context.fx, Outcome.MAGNITUDE):
        assert judgement.factor is not None
        converted = judgement.view.conversion.converted
        times = max(judgement.factor, 1 / judgement.factor)
        too_large = abs(converted.amount) > expected_converted(judgement).mid
        lead = (
            f'"{converted.text}" is {format_decimal(times, 1)} times too '
            f"{'large' if too_large else 'small'}"
        )
        yield judgement_finding(RULE, judgement, lead)
