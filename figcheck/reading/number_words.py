"""Numbers written as words, where they carry a claim: counts, fractions and multiples.

Grammar (English, any letter case; every pattern reads a bounded window)::

    count    := SMALL [MAGNITUDE]             "two million", "twelve", "forty-five thousand"
    SMALL    := UNIT | TEEN | TENS ["-" UNIT]  one … nineteen, twenty … ninety-nine
    fraction := ("a" | "one" | SMALL) ["-" | " "] PART      "a third", "three-quarters", "half"
              | SMALL " in " SMALL                          "one in five", "two in three"
    multiple := "twice" | "double(d)" | "tripled" | "trebled" | "quadrupled" | "halved"
              | (SMALL | DIGITS) ("-fold" | "fold" | " times")   "tenfold", "three times"

A word number is exact as written but stands, like a rounded figure, for nearby values: a count
for half a unit of its magnitude either side ("two million" → 1.5 to 2.5 million); a fraction
or a multiple for ``WORD_TOLERANCE`` of its value either side ("a third" → 0.3 to 0.367,
"doubled" → 1.8 to 2.2). "one in N" reads N as rounded: it stands for 1/(N + ½) to 1/(N − ½)
("one in five" → 18.2% to 22.2%).
"""

from __future__ import annotations

import re
from decimal import Decimal

from figcheck.intervals import Interval, divide
from figcheck.reading.letters import fold_case
from figcheck.reading.numbers import MAGNITUDES, ParsedNumber

#: How far a word fraction or multiple reaches either side of its value, as a fraction of it.
WORD_TOLERANCE = Decimal("0.1")

UNITS: dict[str, int] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
TENS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
#: Denominators of fractions, singular and plural.
PARTS: dict[str, int] = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
    "fourth": 4, "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6,
    "eighth": 8, "eighths": 8, "tenth": 10, "tenths": 10,
}  # fmt: skip
#: Multiples written as one word.
MULTIPLES: dict[str, Decimal] = {
    "twice": Decimal(2), "double": Decimal(2), "doubled": Decimal(2), "doubling": Decimal(2),
    "tripled": Decimal(3), "trebled": Decimal(3), "triple": Decimal(3), "treble": Decimal(3),
    "quadrupled": Decimal(4), "halved": Decimal("0.5"),
}  # fmt: skip

_SMALL = (
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-[a-z]{3,5})?"
    r"|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
    r"|fifteen|sixteen|seventeen|eighteen|nineteen)"
)
PATTERNS = {
    # A spelled-out count with an optional magnitude word: "two million", "forty-five".
    "count": re.compile(
        rf"\b(?P<small>{_SMALL})(?:[ -](?P<magnitude>thousand|million|billion|trillion))?\b",
        re.IGNORECASE,
    ),
    # "a third", "two-thirds", "three quarters", "half".
    "fraction": re.compile(
        rf"\b(?:(?P<numerator>a|an|one|{_SMALL})[ -])?(?P<part>halves|half|thirds?|quarters?"
        r"|fourths?|fifths?|sixths?|eighths?|tenths?)\b",
        re.IGNORECASE,
    ),
    # "one in five", "1 in 5".
    "one_in": re.compile(
        rf"\b(?P<numerator>{_SMALL}|\d{{1,3}})[ ]in[ ](?P<denominator>{_SMALL}|\d{{1,4}})\b",
        re.IGNORECASE,
    ),
    # "twice", "doubled", "tenfold", "ten-fold", "3-fold", "three times".
    "multiple": re.compile(
        rf"\b(?:(?P<fold>{_SMALL}|\d{{1,4}})(?:-?fold|[ ]times)"
        r"|(?P<word>twice|doubled|doubling|double|tripled|trebled|triple|treble|quadrupled|halved))\b",
        re.IGNORECASE,
    ),
}


def small_value(word: str) -> int | None:
    """The value of "one" … "ninety-nine", or None when ``word`` is not one of them."""
    word = fold_case(word)
    if word in UNITS:
        return UNITS[word]
    tens, _, unit = word.partition("-")
    if tens not in TENS:
        return None
    if not unit:
        return TENS[tens]
    return TENS[tens] + UNITS[unit] if UNITS.get(unit, 10) < 10 else None


def number_value(word: str) -> int | None:
    """A small number in words or digits ("five", "5"), else None."""
    return int(word) if word.isdigit() else small_value(word)


def parse_count(match: re.Match[str]) -> tuple[ParsedNumber, Decimal] | None:
    """A spelled-out count's number and magnitude multiplier ("two million" → 2, 10⁶)."""
    value = small_value(match.group("small"))
    if value is None:
        return None
    magnitude = match.group("magnitude")
    multiplier = MAGNITUDES[fold_case(magnitude)] if magnitude else Decimal(1)
    return ParsedNumber(Decimal(value), Decimal(1)), multiplier


def fraction_value(match: re.Match[str]) -> Decimal | None:
    """The value of a word fraction match ("three-quarters" → 0.75), or None."""
    numerator_word = fold_case(match.group("numerator") or "a")
    numerator = 1 if numerator_word in ("a", "an") else small_value(numerator_word)
    parts = PARTS.get(fold_case(match.group("part")))
    if numerator is None or parts is None:
        return None
    return divide(Decimal(numerator), Decimal(parts))


def one_in_value(match: re.Match[str]) -> tuple[Decimal, Interval] | None:
    """ "one in five" → 0.2 and the interval 1/5.5 … 1/4.5."""
    numerator = number_value(match.group("numerator"))
    denominator = number_value(match.group("denominator"))
    if not numerator or not denominator or numerator >= denominator:
        return None
    half = Decimal("0.5")
    top, bottom = Decimal(numerator), Decimal(denominator)
    interval = Interval(divide(top, bottom + half), divide(top, bottom - half))
    return divide(top, bottom), interval


def multiple_value(match: re.Match[str]) -> Decimal | None:
    """The factor a multiple word stands for ("tripled" → 3, "tenfold" → 10), or None."""
    word = match.group("word")
    if word is not None:
        return MULTIPLES.get(fold_case(word))
    fold = number_value(match.group("fold"))
    return Decimal(fold) if fold and fold > 1 else None


def word_interval(value: Decimal) -> Interval:
    """The values a word fraction or multiple stands for: ``WORD_TOLERANCE`` either side."""
    return Interval(value * (1 - WORD_TOLERANCE), value * (1 + WORD_TOLERANCE))
