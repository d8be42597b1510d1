"""FC204 multiple-mismatch: "doubled", "tripled", "halved", "cut by a third" does not hold.

What it does
    Finds a change stated as a factor in words with the values it compares ("prices doubled
    from €2 to €4", "fell by a third, from 90 to 60", "$10m, twice as much as the $5m") and
    divides the after value's interval by the before value's. A word factor stands for 10%
    either side of its value ("doubled" → 1.8 to 2.2), since words are rarely meant exactly.

Why it matters
    "Doubled" is a strong word; when the figures beside it show a rise of half, the headline
    overstates the story.

Known problems
    Only the words listed in ``figcheck.reading.number_words`` are read; "N times" is read only in
    "N times as much as".

Options
    None.

Example
    Bad: €2.40 to €3.60 is a rise of half, not a doubling.
    Good: €2.40 to €4.80.
"""

from __future__ import annotations

from collections.abc import Iterator

from figcheck.model import Finding, Multiple
from figcheck.rules._figures import claims_of, finding, multiple_test, show
from figcheck.rules._rule import Example
from figcheck.rules.catalog import FC204
from figcheck.rules.context import CheckContext

RULE = FC204
BAD = Example("Ticket prices doubled from €2.40 to €3.60 in a year.")
GOOD = Example("Ticket prices doubled from €2.40 to €4.80 in a year.")


def check(context: CheckContext) -> Iterator[Finding]:
    """Report each word factor its two values do not bear out."""
    for claim in claims_of(context, Multiple):
        test = multiple_test(claim)
        if test is None or test.holds:
            continue
        message = (
            f'"{claim.factor.text}" does not fit: from {claim.before.text} to '
            f"{claim.after.text} is a factor of {show(test.implied)}"
        )
        yield finding(RULE, claim.factor.span, message, test, claim.before, claim.after)
