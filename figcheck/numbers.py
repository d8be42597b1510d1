"""Numbers as English prose writes them, and the interval each one stands for.

Grammar (English; other locales come later)::

    run       := DIGITS ( SEP DIGITS )*          scanned first, in one linear pass
    number    := GROUPED ( "." DIGITS )?         a run that parses as one of these
    GROUPED   := D{1,3} ( "," DDD )+  |  D{1,2} ( "," DD )* "," DDD  (Indian)  |  DIGITS
    magnitude := k | m | b (attached) | mn | mln | bn | tn | trn | cr (space allowed)
               | thousand | million | billion | trillion | lakh(s) | crore(s) | lakh crore

A run that is not a valid number ("1,2,3", "4.5.6", "10.0.0.1") is skipped whole, so a
malicious run of digits and commas costs one pass, never a backtracking search.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from decimal import Decimal

from figcheck.intervals import Interval
from figcheck.model import Figure

PATTERNS = {
    # A maximal run of digits joined by single separators: the unit every number is cut from.
    # Possessive: a run is never given back, so a hostile run is read once.
    "run": re.compile(r"\d++(?:[,.]\d++)*+"),
    # English grouping: 1,234,567.89 or 1234567.89 (fraction optional).
    "western": re.compile(r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"),
    # Indian grouping: 12,34,567 (the last group has three digits, the others two).
    "indian": re.compile(r"\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?"),
    # A magnitude right after the number: letters attached, abbreviations and words spaced.
    "magnitude": re.compile(
        r"""
        (?: (?P<letter>[kKmMbB])                               # 5m, 5bn is below
          | [ \u00a0]? (?P<abbr>bn|mn|mln|tn|trn|cr|Bn|Mn|BN|MN)  # 1.2bn, 1.2 bn
          | [ \u00a0-] (?P<word>(?i:thousand|million|billion|trillion|lakh[ ]crore|lakhs?|crores?))
        )
        (?![\w])
        """,
        re.VERBOSE,
    ),
}

MAGNITUDES: dict[str, Decimal] = {
    "k": Decimal(10) ** 3,
    "thousand": Decimal(10) ** 3,
    "m": Decimal(10) ** 6,
    "mn": Decimal(10) ** 6,
    "mln": Decimal(10) ** 6,
    "million": Decimal(10) ** 6,
    "b": Decimal(10) ** 9,
    "bn": Decimal(10) ** 9,
    "billion": Decimal(10) ** 9,
    "tn": Decimal(10) ** 12,
    "trn": Decimal(10) ** 12,
    "trillion": Decimal(10) ** 12,
    "lakh": Decimal(10) ** 5,
    "lakhs": Decimal(10) ** 5,
    "lakh crore": Decimal(10) ** 12,
    "cr": Decimal(10) ** 7,
    "crore": Decimal(10) ** 7,
    "crores": Decimal(10) ** 7,
}


@dataclass(frozen=True, slots=True)
class ParsedNumber:
    """A number read from a run: its digits' value and the size of its last significant digit."""

    value: Decimal
    granularity: Decimal


@functools.lru_cache(maxsize=4096)
def parse_run(run: str) -> ParsedNumber | None:
    """Read a digit run as an English number, or None when it is not one.

    Granularity policy: a fraction's last digit is significant even when it is zero ("1.20"
    → 0.01); an integer's trailing zeros are taken as rounding ("4,980" → 10, "5,000" →
    1,000), the reading that never blames honest rounding.
    """
    if not (PATTERNS["western"].fullmatch(run) or PATTERNS["indian"].fullmatch(run)):
        return None
    digits = run.replace(",", "")
    value = Decimal(digits)
    if "." in digits:
        return ParsedNumber(value, Decimal(1).scaleb(-len(digits.split(".")[1])))
    stripped = digits.rstrip("0")
    trailing = len(digits) - len(stripped) if stripped else 0
    return ParsedNumber(value, Decimal(1).scaleb(trailing))


def magnitude_value(match: re.Match[str]) -> Decimal:
    """The multiplier a magnitude match stands for."""
    word = match.group("letter") or match.group("abbr") or match.group("word")
    return MAGNITUDES[word.lower()]


def make_figure(
    text: str, number: ParsedNumber, multiplier: Decimal, upper: ParsedNumber | None = None
) -> Figure:
    """A figure with its rounding interval: half a unit of the last digit either side."""
    value = number.value * multiplier
    granularity = number.granularity * multiplier
    high_number = upper or number
    high_value = high_number.value * multiplier
    half_high = high_number.granularity * multiplier / 2
    interval = Interval(value - granularity / 2, high_value + half_high)
    return Figure(
        text=text,
        value=value,
        granularity=granularity,
        interval=interval,
        scale=multiplier,
        upper=high_value if upper is not None else None,
    )
