"""FC202 total-mismatch: listed parts do not add up to the stated total.

What it does
    Finds a total stated with its parts ("a total of $10m: $4m for X and $5m for Y", "$4m for
    X and $5m for Y, a total of $9m", "A (£1.2bn) and B (£0.9bn) made a combined £2.1bn",
    "$9m in all", "insgesamt", "au total", "in totale"; a Markdown table's total row under
    the rows it sums) and adds the parts' rounding intervals; the sum must overlap the total's
    interval by more than an end point. After "of which", "including", "davon", "dont" …
    the parts need not be complete, so they are reported only when they exceed the total.

Why it matters
    Parts that do not add up mean a figure was updated in one place and not the other, or an
    item was dropped from the list.

Known problems
    Only parts of the total's own kind (its currency, its unit, or plain counts) are summed;
    a list that runs past the end of the sentence is not read.

Round figures
    Round parts are also read at face value ("$100m" as 99.5–100.5m); the total keeps the
    loose reading, as a rounded total over exact parts is common and honest ("a total of
    $10m" for $9.3m). A total that holds only when its parts are read as rounded at their last
    non-zero digit ("a total of $300m: $100m and $100m") is reported as a warning.

Options
    ``rounding`` ("both" by default, "loose" or "face-value"): which reading of round figures
    is used; see docs/intervals.md.

Example
    Bad: $4.2m and $5.1m make $9.3m, not $10.5m.
    Good: the total is $9.3m.
"""

from __future__ import annotations

from collections.abc import Iterator

from figcheck.model import Finding, Total
from figcheck.rules._figures import claims_of, finding, judge, show, total_test
from figcheck.rules._rule import Example
from figcheck.rules.catalog import FC202
from figcheck.rules.context import CheckContext

RULE = FC202
BAD = Example("The fund paid a total of $10.5m: $4.2m for schools and $5.1m for roads.")
GOOD = Example("The fund paid a total of $9.3m: $4.2m for schools and $5.1m for roads.")


def check(context: CheckContext) -> Iterator[Finding]:
    """Report each total its listed parts do not make up."""
    for claim in claims_of(context, Total):
        figures = (claim.total, *claim.parts)
        verdict = judge(RULE, context.config.rounding, total_test, claim, claim.parts)
        if verdict is None:
            continue
        test = verdict.test
        parts = " + ".join(part.text for part in claim.parts)
        verb = "add up to" if claim.complete else "already exceed"
        message = (
            f'"{claim.total.text}" does not fit: {verdict.prefix}the parts listed ({parts}) '
            f"{verb} {show(test.implied)}{verdict.tail(claim.total.text)}"
        )
        yield finding(RULE, claim.total.span, message, test, *figures, severity=verdict.severity)
