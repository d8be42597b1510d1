"""Closed intervals of ``Decimal``: the arithmetic behind every check.

A stated figure stands for every value that rounds to it, so figcheck never compares two
numbers, only two intervals. Division rounds outward so that an interval computed here always
contains the exact one.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from figcheck.arithmetic import CEILING as _CEILING
from figcheck.arithmetic import FLOOR as _FLOOR
from figcheck.arithmetic import PRIVATE as _CONTEXT


@dataclass(frozen=True, slots=True)
class Interval:
    """The closed interval ``[low, high]``; ``low > high`` raises ``ValueError``.

    ``value in interval`` holds for ``Decimal`` and ``int`` values between the ends; any other
    type, ``float`` included, is never a member. ``str(interval)`` is "[low, high]" with eight
    significant digits.
    """

    low: Decimal
    high: Decimal

    def __post_init__(self) -> None:
        if self.low > self.high:
            raise ValueError(f"empty interval [{self.low}, {self.high}]")

    @classmethod
    def point(cls, value: Decimal) -> Interval:
        """The interval holding exactly ``value``."""
        return cls(value, value)

    @property
    def mid(self) -> Decimal:
        """The midpoint, used only to describe an interval, never to decide."""
        return _CONTEXT.divide(self.low + self.high, Decimal(2))

    def __contains__(self, value: object) -> bool:
        number = isinstance(value, Decimal | int) and not isinstance(value, bool)
        return number and self.low <= value <= self.high  # type: ignore[operator]

    def intersects(self, other: Interval) -> bool:
        """True when the two intervals share at least one value."""
        return self.low <= other.high and other.low <= self.high

    def intersection(self, other: Interval) -> Interval | None:
        """The values in both, or None when they are disjoint."""
        if not self.intersects(other):
            return None
        return Interval(max(self.low, other.low), min(self.high, other.high))

    def hull(self, other: Interval) -> Interval:
        """The smallest interval holding both."""
        return Interval(min(self.low, other.low), max(self.high, other.high))

    def widen(self, relative: Decimal) -> Interval:
        """Grow both ends by ``relative`` of their own magnitude (a tolerance)."""
        return Interval(
            _FLOOR.multiply(self.low, 1 - relative), _CEILING.multiply(self.high, 1 + relative)
        )

    def scale(self, factor: Decimal) -> Interval:
        """Multiply by a positive exact factor."""
        return Interval(_FLOOR.multiply(self.low, factor), _CEILING.multiply(self.high, factor))

    def divide(self, other: Interval) -> Interval:
        """Every ``a / b`` for positive ``a`` here and positive ``b`` in ``other``."""
        if self.low < 0 or other.low <= 0:
            raise ValueError("interval division needs a positive divisor and dividend")
        return Interval(_FLOOR.divide(self.low, other.high), _CEILING.divide(self.high, other.low))

    def reciprocal(self) -> Interval:
        """Every ``1 / x`` for positive ``x`` here."""
        return Interval.point(Decimal(1)).divide(self)

    def __str__(self) -> str:
        return f"[{format_decimal(self.low, 8)}, {format_decimal(self.high, 8)}]"


def divide(dividend: Decimal, divisor: Decimal) -> Decimal:
    """``dividend / divisor`` to 34 significant digits, whatever the caller's decimal context."""
    return _CONTEXT.divide(dividend, divisor)


def format_decimal(value: Decimal, digits: int = 6) -> str:
    """A short, readable rendering with ``digits`` significant digits and no exponent."""
    if value == 0:
        return "0"
    exponent = value.adjusted() - digits + 1
    rounded = value.quantize(Decimal(1).scaleb(exponent), context=_CONTEXT)
    text = f"{rounded:f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text
