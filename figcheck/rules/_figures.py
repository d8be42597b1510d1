"""The arithmetic of the figure rules (FC201–FC204, FC301), shared so every finding reads alike.

Each ``*_test`` function takes one claim and returns a ``Test``: the interval the stated figures
imply, the interval of the figure that states it (with hedges and, where documented, a
tolerance), and whether the two meet. A claim that cannot be computed (a zero or negative base)
gives None and is not judged.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from typing import TypeVar

from figcheck.intervals import Interval, format_decimal
from figcheck.model import (
    Claim,
    Evidence,
    Finding,
    Multiple,
    Percent,
    PercentChange,
    Quantity,
    Share,
    Span,
    Stated,
    Total,
    UnitConversion,
)
from figcheck.reading.hedges import widen
from figcheck.reading.quantities import convert, convertible
from figcheck.rules._rule import Rule
from figcheck.rules.context import CheckContext

C = TypeVar("C", bound=Claim)
HUNDRED = Decimal(100)
#: Relative allowance on a unit conversion, for writers who convert at 1 mile = 1.6 km.
UNIT_TOLERANCE = Decimal("0.01")


@dataclass(frozen=True, slots=True)
class Test:
    """What the stated figures imply, what the claim states, and whether they meet."""

    implied: Interval
    expected: Interval
    holds: bool
    notes: tuple[str, ...] = ()
    tolerance: Decimal | None = None


def claims_of(context: CheckContext, kind: type[C]) -> Iterator[C]:
    """The claims of one kind, in text order."""
    for claim in context.claims:
        if isinstance(claim, kind):
            yield claim


def show(interval: Interval, digits: int = 4) -> str:
    """ "5.66–9.71" (one number when both ends agree to ``digits`` digits)."""
    low, high = format_decimal(interval.low, digits), format_decimal(interval.high, digits)
    return low if low == high else f"{low}–{high}"


def finding(rule: Rule, span: Span, message: str, test: Test, *figures: Stated) -> Finding:
    """A finding of ``rule`` with the test's arithmetic as evidence."""
    proof = Evidence(
        figures=tuple(figure.text for figure in figures),
        implied=test.implied,
        expected=test.expected,
        tolerance=test.tolerance,
        notes=test.notes,
    )
    return Finding(rule.code, rule.name, rule.severity, span, message, proof)


def in_context(*values: Stated) -> list[Interval]:
    """The intervals of figures compared in one claim, read at the claim's precision.

    An integer's trailing zeros are ambiguous ("$5bn" may be 4.5–5.5bn or 5.0bn), but a writer
    who compares it with "$5.6bn" in the same claim writes both at one precision and drops the
    ".0". So an unhedged integer figure takes the finest granularity among the claim's figures
    of the same kind and scale (same currency or unit, same magnitude word): "from $5bn to
    $5.6bn" reads $5bn as 4.95–5.05bn, and "40 of the 200" reads 200 as 195–205. Totals are
    left out: a rounded total over exact parts ("a total of $2,000: $1,001 and $1,001") is
    common and honest.
    """
    finest: dict[tuple[object, ...], Decimal] = {}
    for value in values:
        key = _precision_key(value)
        finest[key] = min(finest.get(key, value.figure.granularity), value.figure.granularity)
    return [_at_precision(value, finest[_precision_key(value)]) for value in values]


def _precision_key(value: Stated) -> tuple[object, ...]:
    unit = getattr(value, "currency", None) or getattr(value, "units", None)
    return (type(value).__name__, unit, value.figure.scale)


def _at_precision(value: Stated, granularity: Decimal) -> Interval:
    figure = value.figure
    ambiguous = "." not in figure.text and figure.upper is None and value.hedge is None
    if not ambiguous or granularity >= figure.granularity:
        return value.interval
    half = granularity / 2
    return Interval(figure.value - half, figure.value + half)


def _ratio(top: Interval, bottom: Interval) -> Interval | None:
    if bottom.low <= 0 or top.low < 0:
        return None
    return top.divide(bottom)


def _negate(interval: Interval) -> Interval:
    return Interval(-interval.high, -interval.low)


def change_test(claim: PercentChange) -> Test | None:
    """Percent: (after − before) / before; points: after − before; against the signed change."""
    stated = claim.change.interval
    stated = stated if claim.change.value >= 0 else _negate(stated)
    stated = _negate(stated) if claim.direction == "down" else stated
    before, after = in_context(claim.before, claim.after)
    points = Interval(after.low - before.high, after.high - before.low)
    if claim.change.points:
        return Test(points, stated, points.intersects(stated))
    ratio = _ratio(after, before)
    if ratio is None:
        return None
    implied = Interval((ratio.low - 1) * HUNDRED, (ratio.high - 1) * HUNDRED)
    notes: tuple[str, ...] = ()
    if isinstance(claim.before, Percent) and points.intersects(stated):
        notes = (f"the difference is {show(points)} percentage points, not percent",)
    return Test(implied, stated, implied.intersects(stated), notes)


def total_test(claim: Total) -> Test:
    """The sum of the parts against the total (complete), or below it ("of which")."""
    low = sum((part.interval.low for part in claim.parts), Decimal(0))
    high = sum((part.interval.high for part in claim.parts), Decimal(0))
    implied, expected = Interval(low, high), claim.total.interval
    if claim.complete:
        return Test(implied, expected, implied.intersects(expected))
    note = ("the parts listed need only fit inside the total",)
    return Test(implied, expected, implied.low <= expected.high, note)


def share_test(claim: Share) -> Test | None:
    """part / whole against the stated share (a percentage, or a fraction in words)."""
    ratio = _ratio(*in_context(claim.part, claim.whole))
    if ratio is None:
        return None
    if isinstance(claim.share, Percent):
        implied = Interval(ratio.low * HUNDRED, ratio.high * HUNDRED)
        return Test(implied, claim.share.interval, implied.intersects(claim.share.interval))
    return Test(ratio, claim.share.interval, ratio.intersects(claim.share.interval))


def multiple_test(claim: Multiple) -> Test | None:
    """after / before against the factor the word stands for."""
    ratio = _ratio(*in_context(claim.after, claim.before))
    if ratio is None:
        return None
    return Test(ratio, claim.factor.interval, ratio.intersects(claim.factor.interval))


def unit_test(claim: UnitConversion) -> Test | None:
    """The original (exact, or as hedged) converted by pint, against the converted figure.

    Every reading of an ambiguous unit is tried; the conversion holds when any fits.
    """
    original, converted = claim.original, claim.converted
    exact = widen(
        Interval.point(original.amount),
        original.amount,
        original.figure.granularity,
        original.hedge,
    )
    tests = []
    for source, target in itertools.product(original.units, converted.units):
        if not convertible(source, target):
            continue
        implied = _pad(convert(exact, source, target))
        tests.append((source, target, implied, implied.intersects(converted.interval)))
    if not tests:
        return None
    fitting = [t for t in tests if t[3]] or tests
    source, target, implied, holds = fitting[0]
    notes = _readings(original, converted, tests)
    return Test(implied, converted.interval, holds, notes, UNIT_TOLERANCE)


def _pad(interval: Interval) -> Interval:
    pad = max(abs(interval.low), abs(interval.high)) * UNIT_TOLERANCE
    return Interval(interval.low - pad, interval.high + pad)


def _readings(
    original: Quantity, converted: Quantity, tests: list[tuple[str, str, Interval, bool]]
) -> tuple[str, ...]:
    if len(tests) == 1:
        return (f"read as {tests[0][0]} → {tests[0][1]}",)
    ambiguous = [q.unit_text for q in (original, converted) if len(q.units) > 1]
    tried = "; ".join(f"{s} → {t}: {show(i)}{' (fits)' if ok else ''}" for s, t, i, ok in tests)
    return (f"{' and '.join(repr(a) for a in ambiguous)} is ambiguous; readings tried: {tried}",)
