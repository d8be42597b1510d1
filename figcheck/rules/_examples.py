"""The example text the conversion rules share: three euro grants restated in dollars.

On 12 May 2023 the ECB fixed the euro at 1.0892 dollars, so €300,000 is $326,800, €200,000 is
$217,800 and €100,000 is $108,900; each rule's bad example changes only the school's figure.
"""

from __future__ import annotations

import datetime as dt

from figcheck.rules._rule import Example

GRANTS_DATE = dt.date(2023, 5, 12)


def grants(school: str) -> Example:
    """The grants paragraph with ``school`` as the dollar figure of the €200,000 grant."""
    return Example(
        f"The grant pays €300,000 ($326,800) for a bridge, €200,000 ({school}) for a school "
        "and €100,000 ($108,900) for a clinic.",
        GRANTS_DATE,
    )


GOOD_GRANTS = grants("$217,800")
