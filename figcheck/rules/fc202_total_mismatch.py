"""FC202 total-mismatch: listed parts do not add up to the stated total.

What it does
    Finds a total stated with its parts ("a total of $10m: $4m for X and $5m for Y", "$4m for
    X and $5m for Y, a total of $9m") and adds the parts' rounding intervals; the sum must meet
    the total's interval. After "of which" or "including" the parts need not be complete, so
    they are reported only when they exceed the total.

Why it matters
    Parts that do not add up mean a figure was updated in one place and not the other, or an
    item was dropped from the list.

Known problems
    Only parts of the total's own kind (its currency, its unit, or plain counts) are summed;
    a list that runs past the end of the sentence is not read.

Options
    None.

Example
    Bad: $4.2m and $5.1m make $9.3m, not $10.5m.
    Good: the total is $9.3m.
"""

from __future__ import annotations

from collections.abc import Iterator

from figcheck.model import Finding, Total
from figcheck.rules._figures import claims_of, finding, show, total_test
from figcheck.rules._rule import Example
from figcheck.rules.catalog import FC202
from figcheck.rules.context import CheckContext

RULE = FC202
BAD = Example("The fund paid a total of $10.5m: $4.2m for schools and $5.1m for roads.")
GOOD = Example("The fund paid a total of $9.3m: $4.2m for schools and $5.1m for roads.")


def check(context: CheckContext) -> Iterator[Finding]:
    """Report each total its listed parts do not make up."""
    for claim in claims_of(context, Total):
        test = total_test(claim)
        if test.holds:
            continue
        parts = " + ".join(part.text for part in claim.parts)
        verb = "add up to" if claim.complete else "already exceed"
        message = (
            f'"{claim.total.text}" does not fit: the parts listed ({parts}) {verb} '
            f"{show(test.implied)}"
        )
        yield finding(RULE, claim.total.span, message, test, claim.total, *claim.parts)
