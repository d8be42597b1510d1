"""FC301 unit-conversion-mismatch: a quantity restated in another unit does not convert.

What it does
    Finds a quantity restated in another unit of the same kind ("the 10-mile (16 km) route",
    "100°F (38°C)", "5 gallons, or 19 litres") and converts the original with pint. As for
    currencies, the original is taken as exact and the restatement as rounded; a 1% tolerance
    allows for rounded conversion factors (1 mile = 1.6 km). Length, area, volume, mass, speed,
    temperature and energy are read.

Why it matters
    A conversion that does not hold is a slip a reader can check with a phone; it costs the
    whole text its credibility.

Known problems
    Ambiguous units are not guessed: "gallons" may be US or imperial, "tons" short, long or
    metric, "calories" small or food calories. The conversion holds when any reading fits, and
    the evidence lists the readings tried.

Round figures
    A round restatement is also read at face value, as a converted result rounded to two
    significant digits at least ("1,000 hectares" as 950–1,050 ha). A conversion that holds
    only when it is read as rounded at its last non-zero digit ("2,095 acres (1,000
    hectares)", which is 848 ha) is reported as a warning.

Options
    ``rounding`` ("both" by default, "loose" or "face-value"): which reading of round figures
    is used; see docs/intervals.md.

Example
    Bad: 10 miles is 16.1 km, not 12 km.
    Good: 16 km (and 100°F is 37.8°C).
"""

from __future__ import annotations

from collections.abc import Iterator

from figcheck.model import Finding, UnitConversion
from figcheck.rules._figures import claims_of, finding, judge, show, unit_test
from figcheck.rules._rule import Example
from figcheck.rules.catalog import FC301
from figcheck.rules.context import CheckContext

RULE = FC301
BAD = Example("On the 10-mile (12 km) route it was 100°F (38°C) at noon.")
GOOD = Example("On the 10-mile (16 km) route it was 100°F (38°C) at noon.")


def check(context: CheckContext) -> Iterator[Finding]:
    """Report each unit conversion that no reading of its units bears out."""
    for claim in claims_of(context, UnitConversion):
        converted = claim.converted
        verdict = judge(RULE, context.config.rounding, unit_test, claim, (converted,))
        if verdict is None:
            continue
        test = verdict.test
        message = (
            f'"{converted.text}" does not fit: {verdict.prefix}{claim.original.text} is '
            f"{show(test.implied)} {converted.unit_text} (tolerance 1%)"
            f"{verdict.tail(converted.text)}"
        )
        yield finding(
            RULE,
            converted.span,
            message,
            test,
            claim.original,
            converted,
            severity=verdict.severity,
        )
