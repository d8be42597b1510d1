"""Quantities of physical units in prose, and conversions between them (the only use of pint).

Grammar, around each number run found by ``numbers.PATTERNS["run"]``::

    quantity := NUMBER [MAGNITUDE] ( "" | " " | "-" ) SURFACE      "10 miles", "10-mile", "16km"
    SURFACE  := a key of ``SURFACES`` (words in any letter case, symbols as written)

The curated ``SURFACES`` table maps what English prose writes to pint unit names. A surface
that names several units keeps them all: "gallons" → US and imperial gallons, "tons" → short,
long and metric tons, "calories" → calories and kilocalories (food labels mean the latter). A
check passes when any reading fits and says in its evidence which readings were tried.

A number after a currency sign ("$5 m") or at the upper end of a range ("10-12 miles") is not
a quantity. pint's registry is built on first use of ``convert`` (about a quarter of a second),
once; each pair of units is then reduced to a cached linear map, so converting is two Decimal
operations.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import replace
from decimal import Decimal
from typing import TYPE_CHECKING

from figcheck.intervals import Interval
from figcheck.model import Quantity, Span
from figcheck.reading.hedges import hedge_before, widen
from figcheck.reading.numbers import PATTERNS as NUMBER_PATTERNS
from figcheck.reading.numbers import magnitude_value, make_figure, minus_before, parse_run

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
    ("square foot", "square feet", "sq ft", "sq. ft.", "sq. ft", "sq feet", "ft²"): "foot**2",
    ("square metre", "square metres", "square meter", "square meters", "sq m", "m²"): "meter**2",
    ("square kilometre", "square kilometres", "square kilometer", "square kilometers", "sq km",
     "km²"): "kilometer**2",
    ("square mile", "square miles", "sq mi", "sq miles"): "mile**2",
    ("acre", "acres"): "acre",
    ("hectare", "hectares", "ha"): "hectare",
}  # fmt: skip
_VOLUME = {
    ("litre", "litres", "liter", "liters"): "liter",
    ("cubic metre", "cubic metres", "cubic meter", "cubic meters", "m³"): "meter**3",
    ("cubic foot", "cubic feet", "cu ft"): "foot**3",
}
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
#: Surfaces matched only as written (symbols and short abbreviations); the rest in any case.
_CASE_SENSITIVE = frozenset({"m", "F", "C", "kWh", "MWh", "kJ", "MJ", "BTU", "Btu", "mi", "ha"})
#: Surfaces that must be separated from the number by a space ("10 m", not "10m" = million).
_SPACED = frozenset({"m", "mi", "ha"})
#: Surfaces that must touch the number ("100F", "100 F" is not read).
_ATTACHED = frozenset({"F", "C"})


def _table() -> dict[str, tuple[tuple[str, ...], str]]:
    table: dict[str, tuple[tuple[str, ...], str]] = dict(_AMBIGUOUS)
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


SURFACES: dict[str, tuple[tuple[str, ...], str]] = _table()
_FOLDED = {s.lower(): v for s, v in SURFACES.items() if s not in _CASE_SENSITIVE}

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

    The unit is looked for first, and only where one can start: most runs have none. Every
    magnitude starts where a unit can, so a run where none can has neither.
    """
    if PATTERNS["unit_start"].match(text, match.end()) is None:
        return None
    magnitude = NUMBER_PATTERNS["magnitude"].match(text, match.end())
    multiplier = Decimal(1)
    after = match.end()
    if magnitude is not None and magnitude.group("word"):
        multiplier, after = magnitude_value(magnitude), magnitude.end()
    unit = unit_pattern().match(text, after)
    if unit is None or not _fits(unit):
        return None
    begin = match.start()
    if _blocked_before(text, begin):
        return None
    number = parse_run(match.group())
    if number is None:
        return None
    units, dimension = _lookup(unit.group("unit"))
    figure = make_figure(text[begin:after], number, multiplier)
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
        span=Span(begin, unit.end()),
        text=text[begin : unit.end()],
        figure=figure,
        unit_text=unit.group("unit"),
        interval=widen(figure.interval, figure.value, figure.granularity, hedge),
        hedge=hedge,
    )


def _blocked_before(text: str, begin: int) -> bool:
    """A currency sign, a glued letter, or the lower end of a range right before the number."""
    if begin > 0 and text[begin - 1].isalpha():
        return True
    before = text[max(0, begin - 2) : begin].rstrip(" \u00a0")
    if before and unicodedata.category(before[-1]) == "Sc":
        return True
    window = text[max(0, begin - 6) : begin]
    return PATTERNS["range_before"].search(window) is not None


def _fits(unit: re.Match[str]) -> bool:
    surface, gap = unit.group("unit"), unit.group("gap")
    if surface not in SURFACES and surface.lower() not in _FOLDED:
        return False  # a case-sensitive surface written in another case
    if surface in _SPACED:
        return gap == " "
    return not (surface in _ATTACHED and gap)


def _lookup(surface: str) -> tuple[tuple[str, ...], str]:
    return SURFACES.get(surface) or _FOLDED[surface.lower()]


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
