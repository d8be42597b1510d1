"""FC301 unit-conversion-mismatch: a quantity restated in another unit does not convert.

What it does
    Finds a quantity restated in another unit of the same kind ("the 10-mile (16 km) route",
    "100°F (38°C)", "5 gallons, or 19 litres") and converts the original with pint. As for
    currencies, the original is taken as exact and the restatement as rounded; a 1% tolerance
    allows for rounded conversion factors (1 mile = 1.6 km). Length, area, volume, mass, speed,
    temperature and energy are read, in the shapes prose writes them: "118 F (47.7 C)",
    "124 degrees (51.1 C)" (Fahrenheit, as the other side is Celsius), ranges end to end
    ("5 to 10 miles (8 to 16 km)"), dimensions measure to measure ("3ft x 2ft (91 x 61cm)"),
    numbers in words ("two miles (3.2 km)"), compound adjectives ("10,000-square-foot
    (930-square-metre)") and unit words of German, French, Spanish, Italian and Dutch
    ("10 Meilen (16 Kilometer)").

    A definition ("a mile is 1.609 kilometres", "1 kg = 2.2 lb") states a conversion factor
    itself, so it gets no tolerance: it must hold within the rounding of its figure.

Why it matters
    A conversion that does not hold is a slip a reader can check with a phone; it costs the
    whole text its credibility.

Known problems
    Ambiguous units are not guessed: "gallons" may be US or imperial, "tons" short, long or
    metric, "calories" small or food calories. The conversion holds when any reading fits, and
    the evidence lists the readings tried. A spaced "F" on one side and "C" on the other are
    read as temperatures only with a temperature word nearby ("Temperatures hit 118 F (47.7
    C)"): "3 F (3 C) credits" are grades. A second figure followed by a comparison ("10 km,
    which is 2 miles shorter") is a difference, not a restatement, and is not read.

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

import itertools
from collections.abc import Iterator
from decimal import Decimal

from figcheck.intervals import Interval
from figcheck.model import Finding, Quantity, UnitConversion
from figcheck.reading.quantities import convert, convertible
from figcheck.rules._figures import (
    Reading,
    Test,
    claims_of,
    finding,
    judge,
    result_face_value,
    show,
    unit_test,
)
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
        definition = claim.connector == "definition"
        test = definition_test if definition else unit_test
        verdict = judge(RULE, context.config.rounding, test, claim, (converted,))
        if verdict is None:
            continue
        found = verdict.test
        allowance = "a definition: no tolerance" if definition else "tolerance 1%"
        message = (
            f'"{converted.text}" does not fit: {verdict.prefix}{_said(claim.original)} is '
            f"{show(found.implied)} {converted.unit_text} ({allowance})"
            f"{verdict.tail(converted.text)}"
        )
        yield finding(
            RULE,
            converted.span,
            message,
            found,
            claim.original,
            converted,
            severity=verdict.severity,
        )


def definition_test(claim: UnitConversion, reading: Reading = "loose") -> Test | None:
    """The unit converted exactly by pint against the stated factor, with no tolerance: "a
    mile is 1.609 kilometres" holds, "a mile is 1.62 kilometres" does not."""
    original, converted = claim.original, claim.converted
    stated = result_face_value(converted) if reading == "face-value" else converted.interval
    exact = Interval.point(original.amount)
    tried = [
        (source, target, convert(exact, source, target))
        for source, target in itertools.product(original.units, converted.units)
        if convertible(source, target)
    ]
    if not tried:
        return None
    fitting = [t for t in tried if t[2].intersects(stated)]
    source, target, implied = (fitting or tried)[0]
    notes = (f"read as {source} → {target}; a definition is held to its own rounding",)
    return Test(implied, stated, bool(fitting), notes, Decimal(0))


def _said(quantity: Quantity) -> str:
    """The quantity as written, with its unit when it was written once for a range or
    dimensions ("115" of "115-120 degrees Fahrenheit")."""
    if quantity.text.endswith(quantity.unit_text):
        return quantity.text
    return f"{quantity.text} {quantity.unit_text}"
