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

Round figures
    Round values are also read at face value ("€20" as €19.50–20.50). A factor that holds only
    when they are read as rounded at their last non-zero digit ("doubled from €20 to €60") is
    reported too, with a message that says so.

Options
    ``rounding`` ("both" by default, "loose" or "face-value"): which reading of round figures
    is used; see docs/intervals.md.

Example
    Bad: €2.40 to €3.60 is a rise of half, not a doubling.
    Good: €2.40 to €4.80.
"""

from __future__ import annotations

from collections.abc import Iterator

from figcheck.model import Finding, Multiple
from figcheck.rules._figures import claims_of, finding, judge, multiple_test, show
from figcheck.rules._rule import Example
from figcheck.rules.catalog import FC204
from figcheck.rules.context import CheckContext

RULE = FC204
BAD = Example("Ticket prices doubled from €2.40 to €3.60 in a year.")
GOOD = Example("Ticket prices doubled from €2.40 to €4.80 in a year.")


def check(context: CheckContext) -> Iterator[Finding]:
    """Report each word factor its two values do not bear out."""
    for claim in claims_of(context, Multiple):
        figures = (claim.before, claim.after)
        verdict = judge(RULE, context.config.rounding, multiple_test, claim, figures)
        if verdict is None:
            continue
        test = verdict.test
        message = (
            f'"{claim.factor.text}" does not fit: {verdict.prefix}from {claim.before.text} to '
            f"{claim.after.text} is a factor of {show(test.implied)}"
            f"{verdict.tail(claim.factor.text)}"
        )
        yield finding(RULE, claim.factor.span, message, test, *figures, severity=verdict.severity)
