"""Numbers as prose writes them, in any locale's convention, and the interval each stands for.

Grammar::

    run       := DIGITS ( SEP DIGITS )*          scanned first, in one linear pass
    SEP       := "," | "." | the locale's other group signs (spaces before three digits in
                 French or Russian, apostrophes in Swiss German)
    number    := GROUPED ( DECIMAL DIGITS )?     a run that parses as one of these
    GROUPED   := D{1,3} ( GROUP DDD )+  |  D{1,2} ( GROUP DD )* GROUP DDD  (Indian)  |  DIGITS
    magnitude := k | m | b | T (attached) | mn | mln | bn | tn | trn | cr (space allowed)
               | thousand | million | billion | trillion | lakh(s) | crore(s) | lakh crore
                 (English; other languages: ``figcheck.reading.magnitudes``)

The locale's style (``NumberStyle``) says which sign is the decimal and which groups. A run the
style cannot read is read the other way only when that reading is certain: both "," and "." in
it ("1.234,56" anywhere is 1234.56), or one sign repeated ("1.234.567"). A run that is not a
valid number either way ("1,2,3", "4.5.6", "10.0.0.1") is skipped whole, so a malicious run of
digits and separators costs one pass, never a backtracking search.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from decimal import Decimal

from figcheck.intervals import Interval
from figcheck.model import Figure
from figcheck.reading.letters import fold_case

#: Spaces that group digits: normal, no-break and narrow no-break (French, Russian, Polish …).
GROUP_SPACES = " \u00a0\u202f"
#: Apostrophes that group digits (Swiss German, Liechtenstein).
GROUP_APOSTROPHES = "'’"
#: The decimal and group signs of Arabic-script digits (CLDR's "arab" numbering: "١٤٫٧",
#: "١٬٢٣٤"). They are used with no other meaning, so a run holding one is read in that
#: convention in every locale whose own signs they are not.
ARABIC_DECIMAL = "\u066b"
ARABIC_GROUP = "\u066c"
#: Arabic-Indic (U+0660-0669) and Extended Arabic-Indic (U+06F0-06F9) digits as ASCII: ``\d``
#: matches them and ``Decimal`` reads them, but "٣٠٠".rstrip("0") keeps its zeros, so a run is
#: read in ASCII (same length, so nothing else changes).
_DIGITS_TO_ASCII = str.maketrans(
    {
        **{chr(0x0660 + digit): str(digit) for digit in range(10)},
        **{chr(0x06F0 + digit): str(digit) for digit in range(10)},
    }
)
_SIGNS_TO_ASCII = str.maketrans({ARABIC_DECIMAL: ".", ARABIC_GROUP: ","})

PATTERNS = {
    # A maximal run of digits joined by single separators: the unit every number is cut from.
    # Possessive: a run is never given back, so a hostile run is read once.
    "run": re.compile(r"\d++(?:[,.\u066b\u066c]\d++)*+"),
    # A magnitude right after the number: letters attached, abbreviations and words spaced.
    "magnitude": re.compile(
        r"""
        (?: (?P<letter>[kKmMbBT])                              # 5m, 5T; 5bn is below
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
    "t": Decimal(10) ** 12,
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
class NumberStyle:
    """How a locale writes numbers: "1,234.56" (en), "1.234,56" (de), "1 234,56" (fr).

    ``group`` is CLDR's grouping sign; every space counts as a group sign when it is one of
    them, and either apostrophe when it is one of those (writers type what their keyboard has).
    ``sizes`` are the last group's and the other groups' sizes: (3, 3), or (3, 2) in Indian
    grouping ("12,34,567").
    """

    decimal: str = "."
    group: str = ","
    sizes: tuple[int, int] = (3, 3)

    @property
    def groups(self) -> str:
        """Every sign this style accepts between digit groups.

        Styles with a decimal comma also accept spaces ("12 500 EUR" is the grouping DIN 5008
        and ISO 80000 recommend, and German, Dutch or Spanish writers use it beside the dot),
        the dot ("50.000 roubles" in French news: with a decimal comma a dot can only group) and
        apostrophes ("10'600 Franken", as Swiss writers of every language group).
        """
        if self.group in GROUP_APOSTROPHES:
            return GROUP_APOSTROPHES
        if self.decimal == ",":
            signs = self.group if self.group not in GROUP_SPACES else ""
            return "".join(dict.fromkeys(signs + "." + GROUP_SPACES + GROUP_APOSTROPHES))
        if self.group in GROUP_SPACES:
            return GROUP_SPACES
        return self.group

    @property
    def run(self) -> re.Pattern[str]:
        """The run pattern of this style (compiled once per style)."""
        return _run_pattern(self.groups + self.decimal, min(self.sizes), max(self.sizes))

    @property
    def accepted_sizes(self) -> frozenset[tuple[int, int]]:
        """Group sizes read in this style: its own, the usual (3, 3), and Indian with commas."""
        indian = {(3, 2)} if self.group == "," else set()
        return frozenset({self.sizes, (3, 3), *indian})


ENGLISH = NumberStyle()


@functools.cache
def _run_pattern(signs: str, smallest: int = 3, largest: int = 3) -> re.Pattern[str]:
    extra = "".join(sorted(set(signs) - set(",." + GROUP_SPACES)))
    separator = "[,." + ARABIC_DECIMAL + ARABIC_GROUP + re.escape(extra) + "]"
    if set(signs) & set(GROUP_SPACES):
        # A space joins digits only before a group of exactly three: "1 234 567", not "2019 300"
        # (or two, in Indian grouping).
        size = f"{smallest},{largest}"
        separator = f"(?:{separator}|[{GROUP_SPACES}](?=\\d{{{size}}}(?!\\d)))"
    return re.compile(rf"\d++(?:{separator}\d++)*+")


@dataclass(frozen=True, slots=True)
class ParsedNumber:
    """A number read from a run: its digits' value and the size of its last significant digit.

    ``convention`` is the decimal sign of the convention the run proves beyond doubt
    ("1.234,56" and "1.234.567" → ",", "1,234.5" → "."), else None; ``other`` is the value the
    run would have in the opposite convention when one separator leaves it open ("1.234":
    1.234 in English, 1234 in German), else None.
    """

    value: Decimal
    granularity: Decimal
    convention: str | None = None
    other: Decimal | None = None


@functools.lru_cache(maxsize=8192)
def parse_run(run: str, style: NumberStyle = ENGLISH) -> ParsedNumber | None:
    """Read a digit run in ``style`` (English by default), or None when it is not a number.

    Granularity policy: a fraction's last digit is significant even when it is zero ("1.20"
    → 0.01); an integer's trailing zeros are taken as rounding ("4,980" → 10, "5,000" →
    1,000), the reading that never blames honest rounding. Arabic-script digits read as their
    ASCII forms ("٣٠٠" → 300, granularity 100; "١٤٫٧" → 14.7).
    """
    if not run.isascii():
        arabic = _arabic_script(run, style)
        if arabic is not None:
            return arabic
    if run.isdigit():
        return _number(run, "")
    run = _millions_apostrophe(run, style)
    read = _read(run, style.decimal, style.groups, style.accepted_sizes)
    if read is None:
        read = _certain_other_reading(run, style)
    if read is None:
        return None
    integer, fraction, convention = read
    number = _number(integer, fraction)
    other = _other_value(run, style, convention)
    return ParsedNumber(number.value, number.granularity, convention, other)


def _millions_apostrophe(run: str, style: NumberStyle) -> str:
    """ "1'600.000" as Colombian and Ecuadorian writers mark the millions: an apostrophe before
    the dots of a decimal-comma style groups like them."""
    if style.decimal != "," or "." not in run:
        return run
    marks = [i for i, char in enumerate(run) if char in GROUP_APOSTROPHES]
    if not marks or marks[-1] > run.index("."):
        return run
    return run.replace("'", ".").replace("’", ".")


def _arabic_script(run: str, style: NumberStyle) -> ParsedNumber | None:
    """A run with Arabic-script digits or signs read in ASCII, or None when it has neither (or
    only signs that are the style's own, as in Balochi "1،000٫00"): then it is read as is."""
    native = style.decimal + style.groups
    foreign = any(sign in run and sign not in native for sign in (ARABIC_DECIMAL, ARABIC_GROUP))
    digits = run.translate(_DIGITS_TO_ASCII)
    if foreign:
        read = parse_run(digits.translate(_SIGNS_TO_ASCII), ENGLISH)
        return ParsedNumber(read.value, read.granularity, ".") if read else None
    if digits != run:
        return parse_run(digits, style)
    return None


def _read(
    run: str, decimal: str, groups: str, sizes: frozenset[tuple[int, int]]
) -> tuple[str, str, str | None] | None:
    """(integer digits, fraction digits, decimal sign if certain) in one convention."""
    head, sign, fraction = run.rpartition(decimal) if decimal in run else ("", "", run)
    if sign:
        if not fraction.isdigit() or decimal in head:
            return None
    else:
        head, fraction = run, ""
    parts = _split_groups(head, groups)
    if parts is None or not _valid_grouping(parts, sizes):
        return None
    if len(parts) > 1 and parts[0].startswith("0"):
        return None  # "0.717" groups nothing: no one writes 717 so
    shown = bool(sign) and (len(parts) > 1 or len(fraction) != 3 or parts[0] == "0")
    repeated = len(parts) > 2 and groups in ",."
    return "".join(parts), fraction, decimal if shown or repeated else None


def _split_groups(head: str, groups: str) -> list[str] | None:
    """The digit groups of an integer part, or None when a foreign sign or mixed signs occur."""
    parts: list[str] = []
    current: list[str] = []
    used = ""
    for char in head:
        if char.isdigit():
            current.append(char)
            continue
        if char not in groups or not current:
            return None
        kind = "space" if char in GROUP_SPACES else char
        if used and kind != used:
            return None
        used = kind
        parts.append("".join(current))
        current = []
    if not current:
        return None
    parts.append("".join(current))
    return parts


def _valid_grouping(parts: list[str], sizes: frozenset[tuple[int, int]]) -> bool:
    """True when the groups have one of the sizes: "1,234,567", "12,34,567"."""
    if len(parts) == 1:
        return True
    first, middle, last = len(parts[0]), parts[1:-1], len(parts[-1])
    return any(
        last == primary and 1 <= first <= secondary and all(len(p) == secondary for p in middle)
        for primary, secondary in sizes
    )


def _sizes(group: str) -> frozenset[tuple[int, int]]:
    return frozenset({(3, 3), (3, 2)}) if group == "," else frozenset({(3, 3)})


def _certain_other_reading(run: str, style: NumberStyle) -> tuple[str, str, str | None] | None:
    """The reading of a run the style cannot read, when only one reading is possible: both
    signs in it, one sign repeated, or the style's group sign once before other than three
    digits ("85.4 miliardi", "1.00 EUR" in German or Italian: a dot that cannot group is a
    decimal point)."""
    if "," in run and "." in run:
        decimal = "," if run.rindex(",") > run.rindex(".") else "."
        group = "." if decimal == "," else ","
        return _read(run, decimal, group, _sizes(group))
    for sign in ",.":
        if run.count(sign) >= 2 and set(run.replace(sign, "")).issubset("0123456789"):
            read = _read(run, "\0", sign, _sizes(sign))
            if read is not None:
                return read[0], "", "," if sign == "." else "."
    if run.count(".") == 1 and style.decimal == "," and "." in style.groups:
        head, _, tail = run.partition(".")
        if head.isdigit() and tail.isdigit() and (len(tail) != 3 or head.startswith("0")):
            return head, tail, "."
    return None


def _other_value(run: str, style: NumberStyle, convention: str | None) -> Decimal | None:
    """The value in the opposite convention when a single "," or "." left the reading open."""
    if convention is not None or run.count(",") + run.count(".") != 1:
        return None
    if any(sign in run for sign in GROUP_SPACES + GROUP_APOSTROPHES):
        return None
    head, _, tail = run.replace(",", ".").partition(".")
    if len(tail) != 3 or not 1 <= len(head) <= 3 or head == "0":
        return None
    sign = "," if "," in run else "."
    if sign == style.decimal:
        return Decimal(head + tail)
    return Decimal(f"{head}.{tail}")


def _number(integer: str, fraction: str) -> ParsedNumber:
    if fraction:
        value = Decimal(f"{integer}.{fraction}")
        return ParsedNumber(value, Decimal(1).scaleb(-len(fraction)))
    value = Decimal(integer)
    stripped = integer.rstrip("0")
    trailing = len(integer) - len(stripped) if stripped else 0
    return ParsedNumber(value, Decimal(1).scaleb(trailing))


#: The minus signs written before a negative figure: the hyphen-minus and U+2212.
SIGNS = "-−"


def folded(text: str) -> str | None:
    """``text`` in lower case, index for index, or None when that copy could miss a match.

    A pattern of lower-case Latin words ("ṡ" aside) matches ``text`` with re.IGNORECASE
    exactly where, without the flag, it matches the lower-case copy, but for four letters: "ı"
    and "ſ" (which the flag matches to "i" and "s" but ``lower`` keeps), "İ" (which lowers to
    two characters) and the Kelvin sign (which lowers to "k", as wanted); a character lowered
    to one character keeps its class (word, digit, space), so look-arounds read the same.
    Searching the copy is several times faster than searching with the flag.
    """
    if "ı" in text or "ſ" in text:
        return None
    lowered = text.lower()
    return lowered if len(lowered) == len(text) else None


def minus_before(text: str, position: int) -> bool:
    """True when a minus sign stands right before ``position`` and is not a hyphen inside a
    word, code or range ("-40°C", "−5%", but not "COVID-19" or "10-12")."""
    return (
        position > 0
        and text[position - 1] in SIGNS
        and not text[position - 2 : position - 1].isalnum()
    )


def magnitude_value(match: re.Match[str]) -> Decimal:
    """The multiplier an English magnitude match stands for."""
    word = match.group("letter") or match.group("abbr") or match.group("word")
    return MAGNITUDES[fold_case(word)]


def make_figure(
    text: str, number: ParsedNumber, multiplier: Decimal, upper: ParsedNumber | None = None
) -> Figure:
    """A figure with its rounding interval: half a unit of the last digit either side."""
    value = number.value * multiplier
    granularity = number.granularity * multiplier
    half = granularity / 2
    if upper is None:
        return Figure(text, value, granularity, Interval(value - half, value + half), multiplier)
    high_value = upper.value * multiplier
    interval = Interval(value - half, high_value + upper.granularity * multiplier / 2)
    return Figure(text, value, granularity, interval, multiplier, high_value)
