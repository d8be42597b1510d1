"""FC201 percent-change-mismatch: a stated percentage change does not fit its two values.

What it does
    Finds changes stated as a percentage together with the values they compare ("rose 12% to
    $5.6bn from $5bn", "fell from 200 to 150, down 25%", "a 12% increase from … to …") and
    recomputes (after − before) / before as an interval from the rounding intervals of the two
    values. The stated percentage (12% stands for 11.5% to 12.5%, widened by any hedge) must
    meet it; "up" and "down" give the sign. A change in percentage points ("rose 2 points to
    5% from 3%") is checked as a difference, not a ratio.

Why it matters
    A percentage computed against the wrong base, in the wrong direction, or in percent where
    percentage points were meant is one of the most common errors in business and polling copy.

Known problems
    Only a percentage written next to both of its values, with "from" and "to", is checked; a
    change "year on year" set beside figures of other periods is not read as a claim. A round
    value is read at the precision of the figure it is compared with ("from $5bn to $5.6bn"
    reads $5bn as 4.95–5.05bn); alone, a round value stands for a wide interval.

Options
    None.

Example
    Bad: a rise from $5.2bn to $5.6bn is 5.7% to 9.7%, not 12%.
    Good: a rise from $5.2bn to $5.82bn is about 12%.
"""

from __future__ import annotations

from collections.abc import Iterator

from figcheck.model import Finding, PercentChange
from figcheck.rules._figures import change_test, claims_of, finding, show
from figcheck.rules._rule import Example
from figcheck.rules.catalog import FC201
from figcheck.rules.context import CheckContext

RULE = FC201
BAD = Example("Group profit rose 12% to $5.6bn from $5.2bn, the company said.")
GOOD = Example("Group profit rose 12% to $5.82bn from $5.2bn, the company said.")


def check(context: CheckContext) -> Iterator[Finding]:
    """Report each percentage change that its two values do not bear out."""
    for claim in claims_of(context, PercentChange):
        test = change_test(claim)
        if test is None or test.holds:
            continue
        unit = " percentage points" if claim.change.points else "%"
        message = (
            f'"{claim.change.text}" does not fit: from {claim.before.text} to '
            f"{claim.after.text} is a change of {show(test.implied)}{unit}"
        )
        if test.notes:
            message += f" ({test.notes[0]})"
        figures = (claim.change, claim.before, claim.after)
        yield finding(RULE, claim.change.span, message, test, *figures)
