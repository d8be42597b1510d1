"""The arithmetic of the figure rules (FC201–FC204, FC301), shared so every finding reads alike.

Each ``*_test`` function takes one claim and returns a ``Test``: the interval the stated figures
imply, the interval of the figure that states it (with hedges and, where documented, a
tolerance), and whether the two meet. A claim that cannot be computed (a zero or negative base)
gives None and is not judged.

Every test reads the figures in one of two ways (``Reading``). The loose reading takes a round
integer as rounded at its last non-zero digit ("$200m" is 150–250m), so it never blames honest
rounding; the face-value reading takes it as rounded at its last digit shown ("$200m" is
199.5–200.5m). ``judge`` runs the readings ``Config.rounding`` asks for: a claim that fails
every reading is reported at the rule's severity, one that holds only loosely as a warning.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Literal, TypeVar

from figcheck.intervals import Interval, format_decimal
from figcheck.model import (
    Claim,
    Evidence,
    Finding,
    Multiple,
    Percent,
    PercentChange,
    Quantity,
    Severity,
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
#: How round figures are read: rounded at their last non-zero digit, or at their last digit.
Reading = Literal["loose", "face-value"]
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


def finding(
    rule: Rule,
    span: Span,
    message: str,
    test: Test,
    *figures: Stated,
    severity: Severity | None = None,
) -> Finding:
    """A finding of ``rule`` (at ``severity``, else the rule's) with the test's arithmetic as
    evidence."""
    proof = Evidence(
        figures=tuple(figure.text for figure in figures),
        implied=test.implied,
        expected=test.expected,
        tolerance=test.tolerance,
        notes=test.notes,
    )
    return Finding(rule.code, rule.name, severity or rule.severity, span, message, proof)


@dataclass(frozen=True, slots=True)
class Verdict:
    """A claim found wanting: the failed test to report, its severity, and, when the claim
    holds only under the loose reading, the round figures it needs rounded (``loose_only``)."""

    test: Test
    severity: Severity
    loose_only: tuple[Stated, ...] = ()

    def tail(self, stated: str) -> str:
        """What a message adds for a claim that holds only loosely ("" for the others)."""
        if not self.loose_only:
            return ""
        texts = [value.text for value in self.loose_only]
        names = " and ".join([", ".join(texts[:-1]), texts[-1]] if len(texts) > 2 else texts)
        verb = "is" if len(self.loose_only) == 1 else "are"
        return (
            f'; "{stated}" holds only if {names} {verb} read as rounded at the last non-zero digit'
        )

    @property
    def prefix(self) -> str:
        """ "at face value, " for a claim that holds only loosely, else ""."""
        return "at face value, " if self.loose_only else ""


def judge(
    rule: Rule,
    rounding: str,
    test: Callable[[C, Reading], Test | None],
    claim: C,
    figures: Sequence[Stated],
) -> Verdict | None:
    """Run ``test`` on ``claim`` under the readings ``rounding`` picks ("loose", "face-value"
    or "both").

    With both, a claim that fails the loose reading is reported at the rule's severity; one
    that fails only at face value is a warning naming the round ``figures`` it relies on.
    """
    if rounding in ("loose", "face-value"):
        alone = test(claim, "loose" if rounding == "loose" else "face-value")
        if alone is None or alone.holds:
            return None
        return Verdict(alone, rule.severity)
    loose = test(claim, "loose")
    if loose is None:
        return None
    if not loose.holds:
        return Verdict(loose, rule.severity)
    face = test(claim, "face-value")
    if face is None or face.holds:
        return None
    rounded = tuple(value for value in figures if _round(value))
    note = f"holds only if read loosely: then {show(loose.implied)} against {show(loose.expected)}"
    return Verdict(_noted(face, note), Severity.WARNING, rounded)


def _noted(test: Test, note: str) -> Test:
    return Test(test.implied, test.expected, test.holds, (*test.notes, note), test.tolerance)


def _round(value: Stated) -> bool:
    """True when the face-value reading narrows ``value``: an unhedged integer (not a range)
    whose trailing zeros the loose reading takes as rounding."""
    figure = value.figure
    return value.hedge is None and figure.upper is None and figure.granularity > figure.scale


def face_value(value: Stated) -> Interval:
    """``value`` rounded at its last digit shown ("$200m" → 199.5–200.5m)."""
    if not _round(value):
        return value.interval
    return _around(value.figure.value, value.figure.scale)


def result_face_value(value: Stated) -> Interval:
    """A figure that states a computed result (a converted quantity) at face value, but never
    read finer than two significant digits: a writer rounds a conversion to two digits and
    writes the zeros ("62 miles (100 km)" for 99.8 km is honest)."""
    if not _round(value):
        return value.interval
    figure = value.figure
    two_digits = Decimal(1).scaleb(abs(figure.value).adjusted() - 1)
    return _around(figure.value, min(figure.granularity, max(figure.scale, two_digits)))


def _around(value: Decimal, granularity: Decimal) -> Interval:
    half = granularity / 2
    return Interval(value - half, value + half)


def in_context(*values: Stated, reading: Reading = "loose") -> list[Interval]:
    """The intervals of figures compared in one claim, read at the claim's precision.

    An integer's trailing zeros are ambiguous ("$5bn" may be 4.5–5.5bn or 5.0bn), but a writer
    who compares it with "$5.6bn" in the same claim writes both at one precision and drops the
    ".0". So an unhedged integer figure takes the finest granularity among the claim's figures
    of the same kind and scale (same currency or unit, same magnitude word): "from $5bn to
    $5.6bn" reads $5bn as 4.95–5.05bn, and "40 of the 200" reads 200 as 195–205. Totals are
    left out: a rounded total over exact parts ("a total of $2,000: $1,001 and $1,001") is
    common and honest. At face value, every unhedged integer is rounded at its last digit.
    """
    finest: dict[tuple[object, ...], Decimal] = {}
    for value in values:
        key = _precision_key(value)
        finest[key] = min(finest.get(key, value.figure.granularity), value.figure.granularity)
    loose = [_at_precision(value, finest[_precision_key(value)]) for value in values]
    if reading == "loose":
        return loose
    return [_narrowest(read, face_value(value)) for read, value in zip(loose, values, strict=True)]


def _narrowest(first: Interval, second: Interval) -> Interval:
    """The values both readings allow (both hold the stated value, so they always meet)."""
    return first.intersection(second) or first


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


def change_test(claim: PercentChange, reading: Reading = "loose") -> Test | None:
    """Percent: (after − before) / before; points: after − before; against the signed change."""
    stated = claim.change.interval
    stated = stated if claim.change.value >= 0 else _negate(stated)
    stated = _negate(stated) if claim.direction == "down" else stated
    before, after = in_context(claim.before, claim.after, reading=reading)
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


def total_test(claim: Total, reading: Reading = "loose") -> Test:
    """The sum of the parts against the total (complete), or below it ("of which").

    At face value the parts are read at face value; the total keeps the loose reading (a
    rounded total over exact parts is common and honest: "a total of $10m" for $9.3m)."""
    face = reading == "face-value"
    parts = [face_value(part) if face else part.interval for part in claim.parts]
    low = sum((part.low for part in parts), Decimal(0))
    high = sum((part.high for part in parts), Decimal(0))
    implied = Interval(low, high)
    expected = claim.total.interval
    if claim.complete:
        return Test(implied, expected, _overlap(implied, expected))
    note = ("the parts listed need only fit inside the total",)
    return Test(implied, expected, implied.low <= expected.high, note)


def _overlap(first: Interval, second: Interval) -> bool:
    """True when the intervals share more than an end point. A sum of rounded parts meets its
    total at one point only if every part and the total sit on a rounding boundary at once
    ("£1.2bn + £0.9bn + £0.6bn" at most 2.85bn, "£2.9bn" at least 2.85bn): no honest sum
    does that."""
    return first.low < second.high and second.low < first.high


def share_test(claim: Share, reading: Reading = "loose") -> Test | None:
    """part / whole against the stated share (a percentage, or a fraction in words)."""
    ratio = _ratio(*in_context(claim.part, claim.whole, reading=reading))
    if ratio is None:
        return None
    if isinstance(claim.share, Percent):
        implied = Interval(ratio.low * HUNDRED, ratio.high * HUNDRED)
        return Test(implied, claim.share.interval, implied.intersects(claim.share.interval))
    return Test(ratio, claim.share.interval, ratio.intersects(claim.share.interval))


def multiple_test(claim: Multiple, reading: Reading = "loose") -> Test | None:
    """after / before against the factor the word stands for."""
    ratio = _ratio(*in_context(claim.after, claim.before, reading=reading))
    if ratio is None:
        return None
    return Test(ratio, claim.factor.interval, ratio.intersects(claim.factor.interval))


def unit_test(claim: UnitConversion, reading: Reading = "loose") -> Test | None:
    """The original (exact, or as hedged) converted by pint, against the converted figure
    (at face value: as a computed result, see ``result_face_value``).

    Every reading of an ambiguous unit is tried; the conversion holds when any fits.
    """
    original, converted = claim.original, claim.converted
    stated = result_face_value(converted) if reading == "face-value" else converted.interval
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
        tests.append((source, target, implied, implied.intersects(stated)))
    if not tests:
        return None
    fitting = [t for t in tests if t[3]] or tests
    source, target, implied, holds = fitting[0]
    notes = _readings(original, converted, tests)
    return Test(implied, stated, holds, notes, UNIT_TOLERANCE)


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
