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

Round figures
    A round value is also read at face value ("$200m" as 199.5–200.5m). A change that holds
    only when its round values are read as rounded at their last non-zero digit ("rose 25% to
    $300m from $200m", which at face value is +50%) is reported as a warning.

Options
    ``rounding`` ("both" by default, "loose" or "face-value"): which reading of round figures
    is used; see docs/intervals.md.

Example
    Bad: a rise from $5.2bn to $5.6bn is 5.7% to 9.7%, not 12%.
    Good: a rise from $5.2bn to $5.82bn is about 12%.
"""

from __future__ import annotations

from collections.abc import Iterator

from figcheck.model import Finding, PercentChange
from figcheck.rules._figures import change_test, claims_of, finding, judge, show
from figcheck.rules._rule import Example
from figcheck.rules.catalog import FC201
from figcheck.rules.context import CheckContext

RULE = FC201
BAD = Example("Group profit rose 12% to $5.6bn from $5.2bn, the company said.")
GOOD = Example("Group profit rose 12% to $5.82bn from $5.2bn, the company said.")


def check(context: CheckContext) -> Iterator[Finding]:
    """Report each percentage change that its two values do not bear out."""
    for claim in claims_of(context, PercentChange):
        figures = (claim.change, claim.before, claim.after)
        verdict = judge(RULE, context.config.rounding, change_test, claim, figures)
        if verdict is None:
            continue
        test = verdict.test
        unit = " percentage points" if claim.change.points else "%"
        message = (
            f'"{claim.change.text}" does not fit: {verdict.prefix}from {claim.before.text} to '
            f"{claim.after.text} is a change of {show(test.implied)}{unit}"
        )
        if test.notes and not verdict.loose_only:
            message += f" ({test.notes[0]})"
        message += verdict.tail(claim.change.text)
        yield finding(RULE, claim.change.span, message, test, *figures, severity=verdict.severity)
