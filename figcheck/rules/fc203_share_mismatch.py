"""FC203 share-mismatch: a stated share does not fit its part and whole.

What it does
    Finds a part, a whole and the share it is said to be ("40 of the 200 soldiers (20%)",
    "20% of the 200 soldiers (40)", "41 of the 205 soldiers, one in five", "Of the 200
    soldiers, 40 (20%) …", "310 deals were 24.8% of the 1,250", "40, or 20% of the 200",
    "of which 40 (20%)", "40 (20 %) der 200", "soit 20 % des 200"; a table's percentage
    column against its total row) and divides the part's interval by the whole's; the stated
    share must meet the quotient. "one in five"
    stands for 1/5.5 to 1/4.5, "a third" for 10% either side of a third.

Why it matters
    A share copied from another row of a table, or computed against the wrong whole, misleads
    the reader about the size of what is reported.

Known problems
    Round numbers ("200 soldiers") are read as rounded to their last non-zero digit, so a share
    of round figures is flagged as an error only when it is far off.

Round figures
    Round numbers are also read at face value ("200" as 199.5–200.5). A share that holds only
    when they are read as rounded at their last non-zero digit ("200 of the 1,000 members
    (25%)") is reported as a warning.

Options
    ``rounding`` ("both" by default, "loose" or "face-value"): which reading of round figures
    is used; see docs/intervals.md.

Example
    Bad: 43 of 212 is about 20%, not 25%.
    Good: 20%.
"""

from __future__ import annotations

from collections.abc import Iterator

from figcheck.model import Finding, Percent, Share
from figcheck.rules._figures import claims_of, finding, judge, share_test, show
from figcheck.rules._rule import Example
from figcheck.rules.catalog import FC203
from figcheck.rules.context import CheckContext

RULE = FC203
BAD = Example("Of the unit, 43 of the 212 soldiers (25%) were wounded.")
GOOD = Example("Of the unit, 43 of the 212 soldiers (20%) were wounded.")


def check(context: CheckContext) -> Iterator[Finding]:
    """Report each share its part and whole do not bear out."""
    for claim in claims_of(context, Share):
        figures = (claim.part, claim.whole)
        verdict = judge(RULE, context.config.rounding, share_test, claim, figures)
        if verdict is None:
            continue
        test = verdict.test
        unit = "%" if isinstance(claim.share, Percent) else ""
        message = (
            f'"{claim.share.text}" does not fit: {verdict.prefix}{claim.part.text} of '
            f"{claim.whole.text} is {show(test.implied)}{unit}"
            f"{verdict.tail(claim.share.text)}"
        )
        yield finding(RULE, claim.share.span, message, test, *figures, severity=verdict.severity)
