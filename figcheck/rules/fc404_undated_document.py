"""FC404 undated-document: no document date, so reference rates were not consulted.

What it does
    Reports, once per document that has checkable conversions, that no date was given, so the
    conversions were compared with each other but not with reference rates (FC102 and the
    reference side of FC103/FC104 did not run).

Why it matters
    A document whose every conversion uses the same wrong rate passes the consistency check;
    only a reference rate for the right date can catch it.

Known problems
    None.

Options
    Pass ``date=`` (Python) or ``--date`` (command line).

Example
    Bad: a conversion checked without a date.
    Good: the same conversion checked with its publication date.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from figcheck.context import CheckContext
from figcheck.model import Evidence, Finding, Severity
from figcheck.rules._fx_report import finding
from figcheck.rules._rule import Example, Rule

RULE = Rule(
    "FC404",
    "undated-document",
    Severity.INFO,
    "no document date, so reference checks were skipped",
)
BAD = Example("The city paid €5m (about $5.45m) for the bridge.")
GOOD = Example("The city paid €5m (about $5.45m) for the bridge.", dt.date(2023, 5, 12))


def check(context: CheckContext) -> Iterator[Finding]:
    """Report a missing date once, at the first conversion that could have used one."""
    if context.date is not None or not context.fx.views:
        return
    first = context.fx.views[0].conversion
    message = (
        f"no document date: {len(context.fx.views)} conversion(s) were checked against each "
        "other but not against reference rates (give the date to check them)"
    )
    yield finding(
        RULE, first.span, message, Evidence(figures=(first.original.text, first.converted.text))
    )
