"""Quantities of physical units in prose, and conversions between them (the only use of pint).

Grammar, around each number run found by ``numbers.PATTERNS["run"]``::

    quantity := NUMBER [MAGNITUDE] ( "" | " " | "-" ) SURFACE      "10 miles", "10-mile", "16km"
    SURFACE  := a key of ``SURFACES`` (words in any letter case, symbols as written)

The curated ``SURFACES`` table maps what English prose writes to pint unit names. A surface
that names several units keeps them all: "gallons" → US and imperial gallons, "tons" → short,
long and metric tons, "calories" → calories and kilocalories (food labels mean the latter). A
check passes when any reading fits and says in its evidence which readings were tried.

Some surfaces are *weak*: read only as a side of a unit conversion (``conversion_sides``),
where the other side and the connector settle that a quantity is meant. They are a spaced
"F" or "C" ("118 F", as often a grade or a section), "degrees" alone (its scale is the one the
other side does not name), an attached "in" ("12in") and the unit words of other languages
(``language_tables.UNIT_WORDS``: "10 Meilen", "30 pieds"), whose numbers take a decimal comma.
A side is also a range ("5 to 10 miles"), dimensions ("3ft x 2ft") or a number in words ("two
miles", "a million gallons"); see ``conversion_sides``.

A number after a currency sign ("$5 m") or at the upper end of a range ("10-12 miles") is not
a quantity on its own. pint's registry is built on first use of ``convert`` (about a quarter
of a second), once; each pair of units is then reduced to a cached linear map, so converting is
two Decimal operations.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import TYPE_CHECKING

from figcheck.intervals import Interval
from figcheck.model import Figure, Quantity, Span
from figcheck.reading.hedges import hedge_before, widen
from figcheck.reading.letters import fold_case
from figcheck.reading.number_words import TENS, UNITS, small_value
from figcheck.reading.numbers import (
    ENGLISH,
    NumberStyle,
    ParsedNumber,
    magnitude_value,
    make_figure,
    minus_before,
    parse_run,
)
from figcheck.reading.numbers import PATTERNS as NUMBER_PATTERNS

if TYPE_CHECKING:
    import pint

# surface → (pint units it can mean, dimension). Words are matched in any letter case.
_LENGTH = {
    ("mile", "miles", "mi"): "mile",
    ("kilometre", "kilometres", "kilometer", "kilometers", "km"): "kilometer",
    ("metre", "metres", "meter", "meters", "m"): "meter",
    ("foot", "feet", "ft"): "foot",
    ("inch", "inches"): "inch",
    ("yard", "yards", "yd"): "yard",
    ("centimetre", "centimetres", "centimeter", "centimeters", "cm"): "centimeter",
    ("millimetre", "millimetres", "millimeter", "millimeters", "mm"): "millimeter",
}
_AREA = {
    ("square foot", "square feet", "square-foot", "sq ft", "sq. ft.", "sq. ft", "sq feet", "ft²",
     "ft2"): "foot**2",
    ("square metre", "square metres", "square meter", "square meters", "square-metre",
     "square-meter", "sq m", "sq metres", "sq metre", "sq meters", "sq meter", "m²", "m2"):
     "meter**2",
    ("square kilometre", "square kilometres", "square kilometer", "square kilometers",
     "square-kilometre", "square-kilometer", "sq km", "sq. km", "km²", "km2"): "kilometer**2",
    ("square mile", "square miles", "square-mile", "sq mi", "sq miles", "sq. miles"): "mile**2",
    ("square yard", "square yards", "sq yd", "sq yards"): "yard**2",
    ("acre", "acres"): "acre",
    ("hectare", "hectares", "ha"): "hectare",
}  # fmt: skip
_VOLUME = {
    ("litre", "litres", "liter", "liters"): "liter",
    ("cubic metre", "cubic metres", "cubic meter", "cubic meters", "cubic-metre", "cubic-meter",
     "m³", "m3"): "meter**3",
    ("cubic foot", "cubic feet", "cubic-foot", "cu ft"): "foot**3",
}  # fmt: skip
_MASS = {
    ("kilogram", "kilograms", "kilo", "kilos", "kg"): "kilogram",
    ("gram", "grams"): "gram",
    ("pound", "pounds", "lb", "lbs"): "pound",
    ("ounce", "ounces", "oz"): "ounce",
    ("tonne", "tonnes", "metric ton", "metric tons", "metric tonnes"): "metric_ton",
    ("short ton", "short tons"): "short_ton",
    ("long ton", "long tons"): "long_ton",
    ("stone",): "stone",
}
_SPEED = {
    ("mph", "miles per hour", "miles an hour"): "mile/hour",
    ("km/h", "kph", "kmh", "kilometres per hour", "kilometers per hour", "kilometres an hour",
     "kilometers an hour"): "kilometer/hour",
    ("knot", "knots"): "knot",
    ("m/s", "metres per second", "meters per second"): "meter/second",
}  # fmt: skip
_TEMPERATURE = {
    ("°F", "ºF", "F", "degrees Fahrenheit", "degrees F", "Fahrenheit"): "degF",
    ("°C", "ºC", "C", "degrees Celsius", "degrees C", "Celsius", "degrees centigrade"): "degC",
}
_ENERGY = {
    ("kWh", "kilowatt-hours", "kilowatt hours", "kilowatt-hour", "kilowatt hour"): "kWh",
    ("MWh", "megawatt-hours", "megawatt hours"): "MWh",
    ("kJ", "kilojoules", "kilojoule"): "kilojoule",
    ("MJ", "megajoules", "megajoule"): "megajoule",
    ("kcal", "kilocalories", "kilocalorie"): "kilocalorie",
    ("BTU", "Btu", "British thermal units"): "Btu",
}
_AMBIGUOUS: dict[str, tuple[tuple[str, ...], str]] = {
    "gallon": (("gallon", "imperial_gallon"), "volume"),
    "gallons": (("gallon", "imperial_gallon"), "volume"),
    "gal": (("gallon", "imperial_gallon"), "volume"),
    "ton": (("short_ton", "long_ton", "metric_ton"), "mass"),
    "tons": (("short_ton", "long_ton", "metric_ton"), "mass"),
    "calorie": (("calorie", "kilocalorie"), "energy"),
    "calories": (("calorie", "kilocalorie"), "energy"),
}
#: "degrees" alone: Fahrenheit or Celsius, settled by the other side of a conversion
#: ("124 degrees (51.1 C)" is Fahrenheit). Read only in a conversion.
DEGREES = ("degF", "degC")
_WEAK = {
    ("degrees", "degree"): DEGREES,
    ("in",): ("inch",),  # only attached ("12in"): spaced, it is the preposition
}
#: Surfaces matched only as written (symbols and short abbreviations); the rest in any case.
_CASE_SENSITIVE = frozenset(
    {"m", "F", "C", "kWh", "MWh", "kJ", "MJ", "BTU", "Btu", "mi", "ha", "m2", "m3", "in"}
)
#: Surfaces that must be separated from the number by a space ("10 m", not "10m" = million).
_SPACED = frozenset({"m", "mi", "ha"})
#: Surfaces read alone only when they touch the number ("100F"); spaced ("118 F") they are a
#: grade, a vitamin or a section as often, so they are read only in a conversion.
_ATTACHED = frozenset({"F", "C"})


def _table() -> dict[str, tuple[tuple[str, ...], str]]:
    table: dict[str, tuple[tuple[str, ...], str]] = dict(_AMBIGUOUS)
    for surfaces, units in _WEAK.items():
        dimension = "temperature" if units == DEGREES else "length"
        table.update((surface, (units, dimension)) for surface in surfaces)
    groups = (
        ("length", _LENGTH),
        ("area", _AREA),
        ("volume", _VOLUME),
        ("mass", _MASS),
        ("speed", _SPEED),
        ("temperature", _TEMPERATURE),
        ("energy", _ENERGY),
    )
    for dimension, group in groups:
        for surfaces, unit in group.items():
            table.update((surface, ((unit,), dimension)) for surface in surfaces)
    return table


def _dimension(units: tuple[str, ...]) -> str:
    """The dimension of a unit of the language tables, from the English table's units."""
    return next(d for u, d in SURFACES.values() if u[0] == units[0] or u == units)


def _foreign_table() -> dict[str, tuple[tuple[str, ...], str]]:
    """The unit words of the language tables that English does not spell the same way."""
    from figcheck.reading.language_tables import UNIT_WORDS

    english = {s.lower() for s in SURFACES if s not in _CASE_SENSITIVE}
    return {
        word: (units, _dimension(units))
        for table in UNIT_WORDS.values()
        for word, units in table.items()
        if word not in english
    }


SURFACES: dict[str, tuple[tuple[str, ...], str]] = _table()
#: Unit words of other languages (``language_tables.UNIT_WORDS``), lower-cased.
FOREIGN: dict[str, tuple[tuple[str, ...], str]] = _foreign_table()
SURFACES.update(FOREIGN)
_FOLDED = {s.lower(): v for s, v in SURFACES.items() if s not in _CASE_SENSITIVE}
#: Folded surfaces read only in a conversion (see ``unit_reading``).
_WEAK_FOLDED = frozenset({*FOREIGN, "degrees", "degree"})

PATTERNS = {
    # The lower end of a range right before a number: "10-", "10 to ", "10–".
    "range_before": re.compile(r"\d[ \u00a0]?(?:[-–]|to)[ \u00a0]?$"),
    # Where a unit can start (the first character of a surface, in the same letter cases as
    # ``unit_pattern``): a cheap test before that long alternation.
    "unit_start": re.compile(
        r"[ \u00a0-]?[" + re.escape("".join(sorted({s[0] for s in SURFACES}))) + "]", re.IGNORECASE
    ),
}


@functools.cache
def unit_pattern() -> re.Pattern[str]:
    """The unit after a number, longest surface first, a word boundary after it (compiled on
    first use: the alternation of every surface is slow to compile).

    The surfaces are grouped by first letter, each group in that same order: a unit can only
    start with one group's letter, so the first surface that matches is the same, and the
    engine tries eighteen letters instead of every surface.
    """
    groups: dict[str, list[str]] = {}
    for surface in sorted(SURFACES, key=len, reverse=True):
        groups.setdefault(surface[0].lower(), []).append(surface[1:])
    return re.compile(
        r"(?P<gap>[ \u00a0-]?)(?P<unit>"
        + "|".join(
            re.escape(first) + "(?:" + "|".join(re.escape(rest) for rest in rests) + ")"
            for first, rests in groups.items()
        )
        + r")(?![\w²³])",
        re.IGNORECASE,
    )


def find_quantities(text: str, start: int = 0, end: int | None = None) -> list[Quantity]:
    """Every quantity between ``start`` and ``end``, in order."""
    stop = len(text) if end is None else end
    found = []
    for match in NUMBER_PATTERNS["run"].finditer(text, start, stop):
        quantity = quantity_at(text, match)
        if quantity is not None:
            found.append(quantity)
    return found


def quantity_at(text: str, match: re.Match[str]) -> Quantity | None:
    """The quantity whose number is the run ``match``, or None.

    Only units read alone count here (``unit_reading`` "strong"): "118 F", "10 Meilen" or
    "124 degrees" are quantities only in a conversion (``conversion_sides``).
    """
    read = _quantity(text, match, None, in_range=False)
    return read[0] if read is not None and read[1] == "strong" else None


def _quantity(
    text: str, match: re.Match[str], style: NumberStyle | None, *, in_range: bool
) -> tuple[Quantity, str] | None:
    """The quantity of the run ``match`` and how its unit reads ("strong" or "weak"), or None.

    The unit is looked for first, and only where one can start: most runs have none. Every
    magnitude starts where a unit can, so a run where none can has neither. ``style`` reads
    the number (None: English, or a decimal comma after a unit word of another language);
    ``in_range`` reads the upper end of a range ("10-12 miles"), which is otherwise refused.
    """
    if PATTERNS["unit_start"].match(text, match.end()) is None:
        return None
    magnitude = NUMBER_PATTERNS["magnitude"].match(text, match.end())
    multiplier = Decimal(1)
    after = match.end()
    if magnitude is not None and magnitude.group("word"):
        multiplier, after = magnitude_value(magnitude), magnitude.end()
    unit = unit_pattern().match(text, after)
    strength = None if unit is None else unit_reading(text, unit)
    if unit is None or strength is None:
        return None
    begin = match.start()
    if _blocked_before(text, begin, in_range=in_range):
        return None
    number = _parse(match.group(), style, unit.group("unit"))
    if number is None:
        return None
    units, dimension = _lookup(unit.group("unit"))
    figure = make_figure(text[begin:after], number, multiplier)
    return _build(text, begin, unit.end(), figure, units, dimension, unit.group("unit")), strength


#: Numbers beside a unit word of another language: "16,1 Kilometer", "1.609 Meter".
DECIMAL_COMMA = NumberStyle(decimal=",", group=".")


def _parse(run: str, style: NumberStyle | None, surface: str) -> ParsedNumber | None:
    if style is None:
        style = DECIMAL_COMMA if surface.lower() in FOREIGN else ENGLISH
    read = parse_run(run, style)
    if read is None:  # "16,1 km" is no English number; read with a decimal comma
        read = parse_run(run, DECIMAL_COMMA if style is ENGLISH else ENGLISH)
    return read


def _build(
    text: str,
    begin: int,
    end: int,
    figure: Figure,
    units: tuple[str, ...],
    dimension: str,
    unit_text: str,
) -> Quantity:
    """A quantity from its figure, a minus sign and a hedge before it taken in."""
    if minus_before(text, begin):
        begin -= 1
        figure = replace(
            figure,
            value=-figure.value,
            interval=Interval(-figure.interval.high, -figure.interval.low),
        )
    hedge = hedge_before(text, begin)
    return Quantity(
        amount=figure.value,
        units=units,
        dimension=dimension,
        span=Span(begin, end),
        text=text[begin:end],
        figure=figure,
        unit_text=unit_text,
        interval=widen(figure.interval, figure.value, figure.granularity, hedge),
        hedge=hedge,
    )


def _blocked_before(text: str, begin: int, *, in_range: bool = False) -> bool:
    """A currency sign, a glued letter, or the lower end of a range right before the number."""
    if begin > 0 and text[begin - 1].isalpha():
        return True
    before = text[max(0, begin - 2) : begin].rstrip(" \u00a0")
    if before and unicodedata.category(before[-1]) == "Sc":
        return True
    window = text[max(0, begin - 6) : begin]
    return not in_range and PATTERNS["range_before"].search(window) is not None


def unit_reading(text: str, unit: re.Match[str]) -> str | None:
    """ "strong" for a unit read wherever it stands, "weak" for one read only in a conversion
    ("118 F", "124 degrees", "12in", "10 Meilen"), None for no unit ("5 F-16", "10m" = million).
    """
    surface, gap = unit.group("unit"), unit.group("gap")
    if surface not in SURFACES and surface.lower() not in _FOLDED:
        return None  # a case-sensitive surface written in another case
    if surface in _SPACED:
        return "strong" if gap == " " else None
    if surface == "in":
        return "weak" if not gap else None
    if surface in _ATTACHED:
        if gap == "-" or text[unit.end() : unit.end() + 1] in ("-", "'", "’"):
            return None  # "5 F-16 jets", "grade C's"
        return "weak" if gap else "strong"
    return "weak" if surface.lower() in _WEAK_FOLDED else "strong"


def _lookup(surface: str) -> tuple[tuple[str, ...], str]:
    return SURFACES.get(surface) or _FOLDED.get(surface.lower()) or _FOLDED[fold_case(surface)]


# ---------------------------------------------------------------------------------------------
# The sides of a unit conversion: a quantity, a range, dimensions, a quantity in words.
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Side:
    """One side of a unit conversion, as written: one quantity ("one"), the two ends of a range
    ("range": "5 to 10 miles") or the measures of a thing ("dimensions": "3ft x 2ft"). Two
    sides pair only in the same shape, end to end and measure to measure."""

    quantities: tuple[Quantity, ...]
    shape: str = "one"

    @property
    def span(self) -> Span:
        """From the first quantity's start to the last one's end."""
        return Span(self.quantities[0].span.start, self.quantities[-1].span.end)

    @property
    def dimension(self) -> str:
        """What every quantity of the side measures."""
        return self.quantities[0].dimension


_WORD_MAGNITUDES = {"hundred": 100, "thousand": 10**3, "million": 10**6, "billion": 10**9}
_SMALL_WORDS = "|".join(
    sorted([*(f"{tens}(?:-[a-z]{{3,5}})?" for tens in TENS), *UNITS], key=len, reverse=True)
)
SIDE_PATTERNS = {
    # Between the ends of a range: "10-12", "10 – 12", "2 million to 3 million".
    "range": re.compile(r"[ \u00a0]?[-–][ \u00a0]?|[ \u00a0]to[ \u00a0]"),
    # Between the measures of a thing: "3ft x 2ft", "16 × 12in", "10 by 12 feet".
    "dimensions": re.compile(r"[ \u00a0]?[x×][ \u00a0]?|[ \u00a0]by[ \u00a0]"),
    # A number in words before a unit: "two miles", "a mile", "One Million Gallons".
    "words": re.compile(
        rf"""(?i:(?<![\w-])(?P<number>{_SMALL_WORDS}|an?)
        (?:[ -](?P<magnitude>{"|".join(_WORD_MAGNITUDES)}))?)(?=[ -])""",
        re.VERBOSE,
    ),
}
#: The most characters between the numbers of a range or dimensions: a magnitude word, the
#: longest unit and a separator (" million square kilometres to ").
_JOINT = 64
#: How the text before the second number ends when a separator of ``SIDE_PATTERNS`` ("range",
#: "dimensions") joins it to the first: a cheap test before the unit between them is read.
_JOINT_ENDS = (
    *(sign + space for sign in "-–x×" for space in ("", " ", "\u00a0")),
    *(f"{a}{word}{b}" for word in ("to", "by") for a in " \u00a0" for b in " \u00a0"),
)
#: Units not read after a number in words: letters that are words too ("a C", "two in").
_NOT_AFTER_WORDS = frozenset({"F", "C", "m", "mi", "ha", "in", "m2", "m3"})


def conversion_sides(
    text: str, runs: Sequence[re.Match[str]], start: int = 0, end: int | None = None
) -> list[Side]:
    """The sides a unit conversion in ``text[start:end]`` can have, in order; ``runs`` are the
    digit runs there (``numbers.PATTERNS["run"]``).

    Grammar (U a unit, read weak or strong; N a digit run with an optional magnitude word)::

        side       := range | dimensions | N U | WORDS U
        range      := N [U] ("-" | "–" | " to ") N U            "5 to 10 miles", "115-120 F"
        dimensions := N [U] ("x" | "×" | " by ") N [U] [("x" …) N] U    "3ft x 2ft", "16 x 12in"
        WORDS      := ("a" | "an" | "one" … "ninety-nine") [" " MAGNITUDE]   "a million", "two"

    When a side's unit is a word of another language, every number of the text span is read
    with a decimal comma ("1 Meile (1,609 km)").
    """
    sides = _digit_sides(text, runs, None)
    if not sides:
        return []
    if any(q.unit_text.lower() in FOREIGN for side in sides for q in side.quantities):
        sides = _digit_sides(text, runs, DECIMAL_COMMA)
    stop = len(text) if end is None else end
    words = [
        w for m in SIDE_PATTERNS["words"].finditer(text, start, stop) if (w := _words(text, m))
    ]
    return sorted([*sides, *words], key=lambda side: side.span.start)


def _digit_sides(text: str, runs: Sequence[re.Match[str]], style: NumberStyle | None) -> list[Side]:
    sides: list[Side] = []
    index = 0
    while index < len(runs):
        group = _group(text, runs, index, style)
        if group is not None:
            sides.append(group)
            index += len(group.quantities)
            continue
        read = _quantity(text, runs[index], style, in_range=False)
        if read is not None:
            sides.append(Side((read[0],)))
        index += 1
    return sides


def _group(
    text: str, runs: Sequence[re.Match[str]], index: int, style: NumberStyle | None
) -> Side | None:
    """A range or dimensions starting at run ``index``; only a next run close by, right after
    a separator, can be one."""
    if index + 1 >= len(runs):
        return None
    end, following = runs[index].end(), runs[index + 1].start()
    if following - end > _JOINT or not text[max(end, following - 4) : following].endswith(
        _JOINT_ENDS
    ):
        return None
    return _range(text, runs, index, style) or _dimensions(text, runs, index, style)


def _unit_after(text: str, position: int) -> tuple[re.Match[str] | None, int]:
    """A magnitude word and a unit at ``position`` ("million acres"): the unit and the end."""
    if PATTERNS["unit_start"].match(text, position) is None:
        return None, position  # neither can start here (the cheap test of ``_quantity``)
    magnitude = NUMBER_PATTERNS["magnitude"].match(text, position)
    if magnitude is not None and magnitude.group("word"):
        position = magnitude.end()
    unit = unit_pattern().match(text, position)
    if unit is None or unit_reading(text, unit) is None:
        return None, position
    return unit, unit.end()


def _next_run(
    text: str, runs: Sequence[re.Match[str]], index: int, separator: str
) -> tuple[re.Match[str] | None, re.Match[str] | None]:
    """The unit after run ``index`` and the next run, when ``separator`` lies between them."""
    if index + 1 >= len(runs):
        return None, None
    unit, after = _unit_after(text, runs[index].end())
    joint = SIDE_PATTERNS[separator].match(text, after)
    if joint is None or joint.end() != runs[index + 1].start():
        return unit, None
    return unit, runs[index + 1]


def _range(
    text: str, runs: Sequence[re.Match[str]], index: int, style: NumberStyle | None
) -> Side | None:
    """ "5 to 10 miles", "115-120 degrees", "2 million to 3 million acres": both ends."""
    own, upper = _next_run(text, runs, index, "range")
    if upper is None:
        return None
    high = _quantity(text, upper, style, in_range=True)
    if high is None or (own is not None and _lookup(own.group("unit"))[0] != high[0].units):
        return None
    low = _measure(text, runs[index], style, high[0])
    return None if low is None else Side((low, high[0]), "range")


def _dimensions(
    text: str, runs: Sequence[re.Match[str]], index: int, style: NumberStyle | None
) -> Side | None:
    """ "3ft x 2ft", "16 x 12in", "10 by 12 by 8 feet": each measure, in the unit written after
    it or the next one written."""
    chain = [runs[index]]
    while len(chain) < 3:
        _, following = _next_run(text, runs, index + len(chain) - 1, "dimensions")
        if following is None:
            break
        chain.append(following)
    if len(chain) < 2:
        return None
    last = _quantity(text, chain[-1], style, in_range=True)
    if last is None or last[0].dimension != "length":
        return None
    measures = [_measure(text, run, style, last[0]) for run in chain[:-1]]
    if any(m is None or m.dimension != "length" for m in measures):
        return None
    return Side((*(m for m in measures if m is not None), last[0]), "dimensions")


def _measure(
    text: str, run: re.Match[str], style: NumberStyle | None, unit_of: Quantity
) -> Quantity | None:
    """The quantity of a run inside a range or dimensions: its own unit (the same dimension as
    ``unit_of``'s) if it has one ("3ft x"), else ``unit_of``'s unit and magnitude ("2-3
    million acres")."""
    own = _quantity(text, run, style, in_range=True)
    if own is not None:
        return own[0] if own[0].dimension == unit_of.dimension else None
    number = _parse(run.group(), style, unit_of.unit_text)
    if number is None:
        return None
    magnitude = NUMBER_PATTERNS["magnitude"].match(text, run.end())
    after, multiplier = run.end(), unit_of.figure.scale
    if magnitude is not None and magnitude.group("word"):
        multiplier, after = magnitude_value(magnitude), magnitude.end()
    if _blocked_before(text, run.start(), in_range=True):
        return None
    figure = make_figure(text[run.start() : after], number, multiplier)
    return _build(
        text, run.start(), after, figure, unit_of.units, unit_of.dimension, unit_of.unit_text
    )


def _words(text: str, match: re.Match[str]) -> Side | None:
    """A quantity whose number is written in words: "two miles", "a mile", "a million gallons"."""
    said = match.group("number").lower()
    value = 1 if said in ("a", "an") else small_value(said)
    unit = unit_pattern().match(text, match.end())
    if value is None or unit is None or unit.group("gap") not in (" ", "-"):
        return None
    surface = unit.group("unit")
    if surface in _NOT_AFTER_WORDS or surface.lower() in _WEAK_FOLDED:
        return None
    if unit_reading(text, unit) is None or (said in ("a", "an") and unit.group("gap") != " "):
        return None
    magnitude = match.group("magnitude")
    multiplier = Decimal(_WORD_MAGNITUDES[fold_case(magnitude)] if magnitude else 1)
    figure = make_figure(match.group(), ParsedNumber(Decimal(value), Decimal(1)), multiplier)
    units, dimension = _lookup(surface)
    return Side((_build(text, match.start(), unit.end(), figure, units, dimension, surface),))


@functools.cache
def registry() -> pint.UnitRegistry[Decimal]:
    """pint's unit registry with exact Decimal arithmetic, built once on first use."""
    import pint  # deferred: importing pint and building the registry takes a quarter second

    return pint.UnitRegistry(non_int_type=Decimal)


@functools.cache
def linear_map(source: str, target: str) -> tuple[Decimal, Decimal]:
    """``(factor, offset)`` with ``target = source × factor + offset`` (offset for temperature)."""
    ureg = registry()
    zero = ureg.Quantity(Decimal(0), source).to(target).magnitude
    one = ureg.Quantity(Decimal(1), source).to(target).magnitude
    return Decimal(one) - Decimal(zero), Decimal(zero)


def convertible(source: str, target: str) -> bool:
    """True when pint can convert between the two units (same dimension)."""
    import pint  # already imported by registry(); deferred like it

    try:
        linear_map(source, target)
    except pint.DimensionalityError:
        return False
    return True


def convert(interval: Interval, source: str, target: str) -> Interval:
    """The interval in ``target`` units that ``interval`` in ``source`` units converts to."""
    factor, offset = linear_map(source, target)
    return Interval(interval.low * factor + offset, interval.high * factor + offset)
