"""FC203 share-mismatch: a stated share does not fit its part and whole.

What it does
    Finds a part, a whole and the share it is said to be ("40 of the 200 soldiers (20%)",
    "20% of the 200 soldiers (40)", "41 of the 205 soldiers, one in five") and divides the
    part's interval by the whole's; the stated share must meet the quotient. "one in five"
    stands for 1/5.5 to 1/4.5, "a third" for 10% either side of a third.

Why it matters
    A share copied from another row of a table, or computed against the wrong whole, misleads
    the reader about the size of what is reported.

Known problems
    Round numbers ("200 soldiers") are read as rounded to their last non-zero digit, so a share
    of round figures is flagged only when it is far off.

Options
    None.

Example
    Bad: 43 of 212 is about 20%, not 25%.
    Good: 20%.
"""

from __future__ import annotations

from collections.abc import Iterator

from figcheck.model import Finding, Percent, Share
from figcheck.rules._figures import claims_of, finding, share_test, show
from figcheck.rules._rule import Example
from figcheck.rules.catalog import FC203
from figcheck.rules.context import CheckContext

RULE = FC203
BAD = Example("Of the unit, 43 of the 212 soldiers (25%) were wounded.")
GOOD = Example("Of the unit, 43 of the 212 soldiers (20%) were wounded.")


def check(context: CheckContext) -> Iterator[Finding]:
    """Report each share its part and whole do not bear out."""
    for claim in claims_of(context, Share):
        test = share_test(claim)
        if test is None or test.holds:
            continue
        unit = "%" if isinstance(claim.share, Percent) else ""
        message = (
            f'"{claim.share.text}" does not fit: {claim.part.text} of {claim.whole.text} is '
            f"{show(test.implied)}{unit}"
        )
        yield finding(RULE, claim.share.span, message, test, claim.part, claim.whole)
