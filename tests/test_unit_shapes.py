"""Unit conversions in the shapes published prose writes them, read and checked with pint.

Every sentence was written for this file around conversions of the kind weather reports, property
listings, travel pieces and science news carry (heat records, floor areas, wildfire acreage,
race distances, picture sizes); none is quoted from a published article. Each shape has a
correct sentence, which must give its unit conversions and no FC301 finding, and a perturbed
one, which must give FC301 with the arithmetic as evidence. The hard negatives hold a number
beside a letter, a unit or a bracket that is not a conversion, and must give no unit
conversion at all.
"""

from __future__ import annotations

import re
from decimal import Decimal

import hypothesis.strategies as st
import pytest
from hypothesis import given, settings

import figcheck
from figcheck import UnitConversion
from figcheck.reading.language_tables import LANGUAGES, UNIT_WORDS
from figcheck.reading.quantities import FOREIGN, SURFACES, linear_map, registry

# (id, correct sentence, perturbed sentence, the pairs read from the correct one as
# "original -> converted" texts, the connector).
SHAPES = [
    # 1. Temperatures with a space, in words, or with a sign.
    (
        "temp-spaced-letters",
        "Temperatures hit 118 F (47.7 C) in the valley.",
        "Temperatures hit 118 F (57.7 C) in the valley.",
        ["118 F -> 47.7 C"],
        "parentheses",
    ),
    (
        "temp-spaced-letters-2",
        "The heat reached 127 F (52.8 C) on Sunday.",
        "The heat reached 127 F (58.2 C) on Sunday.",
        ["127 F -> 52.8 C"],
        "parentheses",
    ),
    (
        "temp-words-then-letter",
        "It was 100 degrees Fahrenheit (37.8 C) by noon.",
        "It was 100 degrees Fahrenheit (31.8 C) by noon.",
        ["100 degrees Fahrenheit -> 37.8 C"],
        "parentheses",
    ),
    (
        "temp-bare-degrees",
        "By noon it was 124 degrees (51.1 C) in the car park.",
        "By noon it was 124 degrees (61.1 C) in the car park.",
        ["124 degrees -> 51.1 C"],
        "parentheses",
    ),
    (
        "temp-bare-degrees-celsius",
        "The pool was 30 degrees (86 F) all summer.",
        "The pool was 30 degrees (96 F) all summer.",
        ["30 degrees -> 86 F"],
        "parentheses",
    ),
    (
        "temp-thats",
        "Bake it at 104°F (that's 40°C for readers abroad) for an hour.",
        "Bake it at 104°F (that's 46°C for readers abroad) for an hour.",
        ["104°F -> 40°C"],
        "parentheses",
    ),
    (
        "temp-equals-words",
        "Remember that 100 degrees Fahrenheit = 37.8 degrees Celsius.",
        "Remember that 100 degrees Fahrenheit = 33.8 degrees Celsius.",
        ["100 degrees Fahrenheit -> 37.8 degrees Celsius"],
        "equals",
    ),
    (
        "temp-spaced-signs-negative",
        "Nights of -40 °C (-40 °F) are common there.",
        "Nights of -40 °C (-4 °F) are common there.",
        ["-40 °C -> -40 °F"],
        "parentheses",
    ),
    # 2. Ranges, end to end.
    (
        "range-temperature",
        "Highs of 115-120 degrees Fahrenheit (46.1-48.8 C) are forecast.",
        "Highs of 115-120 degrees Fahrenheit (46.1-58.8 C) are forecast.",
        ["115 -> 46.1", "120 degrees Fahrenheit -> 48.8 C"],
        "parentheses",
    ),
    (
        "range-millions",
        "Fires burn 2 million to 3 million acres (0.8 million to 1.2 million hectares) a year.",
        "Fires burn 2 million to 3 million acres (0.8 million to 2.2 million hectares) a year.",
        ["2 million -> 0.8 million", "3 million acres -> 1.2 million hectares"],
        "parentheses",
    ),
    (
        "range-to",
        "The daily stages are 5 to 10 miles (8 to 16 km) long.",
        "The daily stages are 5 to 10 miles (8 to 19 km) long.",
        ["5 -> 8", "10 miles -> 16 km"],
        "parentheses",
    ),
    (
        "range-unit-both-ends",
        "The trail climbs 5 miles to 10 miles (8 km to 16 km) inland.",
        "The trail climbs 5 miles to 10 miles (8 km to 19 km) inland.",
        ["5 miles -> 8 km", "10 miles -> 16 km"],
        "parentheses",
    ),
    # 3. Numbers in words, in any letter case.
    (
        "words-converted",
        "The relay covers 21 kilometres (thirteen miles) of coast.",
        "The relay covers 21 kilometres (sixteen miles) of coast.",
        ["21 kilometres -> thirteen miles"],
        "parentheses",
    ),
    (
        "words-original",
        "The loop is two miles (3.2 km) long.",
        "The loop is two miles (32 km) long.",
        ["two miles -> 3.2 km"],
        "parentheses",
    ),
    (
        "words-title-case",
        "One Million Gallons (3,785 Cubic Metres) Spilled Into The Bay",
        "One Million Gallons (37,850 Cubic Metres) Spilled Into The Bay",
        ["One Million Gallons -> 3,785 Cubic Metres"],
        "parentheses",
    ),
    (
        "words-a-million",
        "The pipe leaked a million gallons, or 3,785 cubic metres, of crude.",
        "The pipe leaked a million gallons, or 1,785 cubic metres, of crude.",
        ["a million gallons -> 3,785 cubic metres"],
        "or",
    ),
    # 4. Areas and compound adjectives.
    (
        "area-sq-ft-sq-metres",
        "The 8,000 sq ft (740 sq metres) house sold on Friday.",
        "The 8,000 sq ft (840 sq metres) house sold on Friday.",
        ["8,000 sq ft -> 740 sq metres"],
        "parentheses",
    ),
    (
        "area-m2",
        "The campus has 1.5 million square feet (139,355 m2) of offices.",
        "The campus has 1.5 million square feet (159,355 m2) of offices.",
        ["1.5 million square feet -> 139,355 m2"],
        "parentheses",
    ),
    (
        "area-compound-adjectives",
        "A 10,000-square-foot (930-square-metre) store opened.",
        "A 10,000-square-foot (1,930-square-metre) store opened.",
        ["10,000-square-foot -> 930-square-metre"],
        "parentheses",
    ),
    (
        "area-superscript",
        "The 50 m² (538 sq ft) flat is on the top floor.",
        "The 50 m² (638 sq ft) flat is on the top floor.",
        ["50 m² -> 538 sq ft"],
        "parentheses",
    ),
    (
        "area-sq-km-square-miles",
        "The park covers 520 sq km (200 square miles) of forest.",
        "The park covers 520 sq km (300 square miles) of forest.",
        ["520 sq km -> 200 square miles"],
        "parentheses",
    ),
    # 5. Dimensions, measure to measure.
    (
        "dimensions-both-units",
        "The 3ft x 2ft (91 x 61cm) print is signed.",
        "The 3ft x 2ft (91 x 71cm) print is signed.",
        ["3ft -> 91", "2ft -> 61cm"],
        "parentheses",
    ),
    (
        "dimensions-one-unit",
        "Each 16 x 12in (41 x 30cm) canvas is framed.",
        "Each 16 x 12in (41 x 40cm) canvas is framed.",
        ["16 -> 41", "12in -> 30cm"],
        "parentheses",
    ),
    (
        "dimensions-by",
        "The room is 10 by 12 feet (3 by 3.7 metres).",
        "The room is 10 by 12 feet (3 by 4.7 metres).",
        ["10 -> 3", "12 feet -> 3.7 metres"],
        "parentheses",
    ),
    # 6. Definitions: no tolerance beyond the stated rounding.
    (
        "definition-is",
        "For the record, a mile is 1.609 kilometres.",
        "For the record, a mile is 1.62 kilometres.",
        ["a mile -> 1.609 kilometres"],
        "definition",
    ),
    (
        "definition-equals",
        "For the record, one acre equals 0.405 hectares.",
        "For the record, one acre equals 0.41 hectares.",
        ["one acre -> 0.405 hectares"],
        "definition",
    ),
    (
        "definition-sign",
        "As a rule of thumb, 1 kg = 2.2 lb for the kitchen.",
        "As a rule of thumb, 1 kg = 2.4 lb for the kitchen.",
        ["1 kg -> 2.2 lb"],
        "definition",
    ),
    (
        "which-is",
        "The lake is 3 miles, which is 4.8 km, across.",
        "The lake is 3 miles, which is 5.8 km, across.",
        ["3 miles -> 4.8 km"],
        "equals",
    ),
    (
        "equates-to",
        "The run is 10 km, which equates to 6.2 miles.",
        "The run is 10 km, which equates to 7.2 miles.",
        ["10 km -> 6.2 miles"],
        "equals",
    ),
    # 7. Other languages, with decimal commas.
    (
        "de-miles",
        "Die Strecke ist 10 Meilen (16 Kilometer) lang.",
        "Die Strecke ist 10 Meilen (19 Kilometer) lang.",
        ["10 Meilen -> 16 Kilometer"],
        "parentheses",
    ),
    (
        "de-decimal-comma",
        "Das Grundstück misst 2,5 Hektar (6,2 Acres).",
        "Das Grundstück misst 2,5 Hektar (8,2 Acres).",
        ["2,5 Hektar -> 6,2 Acres"],
        "parentheses",
    ),
    (
        "de-definition-comma",
        "Eine Meile ist 1 Meile (1,609 km), nicht mehr.",
        "Eine Meile ist 1 Meile (1,709 km), nicht mehr.",
        ["1 Meile -> 1,609 km"],
        "parentheses",
    ),
    (
        "fr-feet",
        "La façade fait 30 pieds (9 mètres) de haut.",
        "La façade fait 30 pieds (12 mètres) de haut.",
        ["30 pieds -> 9 mètres"],
        "parentheses",
    ),
    (
        "fr-temperature",
        "Il faisait 104 degrés Fahrenheit (40 degrés Celsius) à midi.",
        "Il faisait 104 degrés Fahrenheit (44 degrés Celsius) à midi.",
        ["104 degrés Fahrenheit -> 40 degrés Celsius"],
        "parentheses",
    ),
    (
        "es-miles",
        "La ruta tiene 5 millas (8 kilómetros) de subida.",
        "La ruta tiene 5 millas (10 kilómetros) de subida.",
        ["5 millas -> 8 kilómetros"],
        "parentheses",
    ),
    (
        "es-square-metres",
        "El piso tiene 1.200 pies cuadrados (111,5 metros cuadrados).",
        "El piso tiene 1.200 pies cuadrados (131,5 metros cuadrados).",
        ["1.200 pies cuadrados -> 111,5 metros cuadrados"],
        "parentheses",
    ),
    (
        "it-miles-comma",
        "La strada è lunga 10 miglia (16,1 chilometri).",
        "La strada è lunga 10 miglia (18,1 chilometri).",
        ["10 miglia -> 16,1 chilometri"],
        "parentheses",
    ),
    (
        "nl-miles-comma",
        "Het pad is 3 mijl (4,8 kilometer) lang.",
        "Het pad is 3 mijl (5,8 kilometer) lang.",
        ["3 mijl -> 4,8 kilometer"],
        "parentheses",
    ),
]

NEGATIVES = [
    ("vitamin", "Take Vitamin C (500 mg) with food."),
    ("grade", "She got a grade F (a 40) in maths."),
    ("section", "See Section 5 C (page 12) for details."),
    ("arithmetic", "We know 3 x 2 = 6 from school."),
    ("jets", "The air force bought 5 F-16 jets (a 2019 order)."),
    ("grid", "Use the 16 x 12 grid (see page 3) for the layout."),
    ("and", "It is 2 miles and 3 km away."),
    ("separation", "There are 100 degrees of separation (or 6) between them."),
    ("grades-bracket", "The score was 5 C (3 F) in the quiz."),
    ("credits", "He took 3 F (3 C) credits."),
    ("class-rank", "He scored 118 F (the best) in class."),
    ("room", "Room 12 C (second floor) is free."),
    ("flight", "Flight 370 (a Boeing 777) vanished."),
    ("route", "Route 66 (2,448 miles) is famous."),
    ("range-to-one", "The 10-12 miles (16 km) stretch is closed."),
    ("other-dimension", "It weighs 5 kg (11 miles away)."),
    ("money-m", "It cost $5 m (5 km) to build."),
    ("same-unit", "It is 10 km (10 km) from here."),
    ("two-events", "A 5 km run and a 3 mile walk."),
    ("then", "He ran 5 km, then 3 miles."),
    ("score-range", "The team won 3-2 (a 5 km race)."),
    ("phone", "Call 555-1234 (ext. 12) today."),
    ("vote", "The vote was 52-48 (4 miles off)."),
    ("lumber", "A 2 x 4 (a plank) is cheap."),
    ("no-unit-bracket", "The limit is 30 (50 km/h) near schools."),
    ("one-dimension-sheet", "A 10 cm by 20 cm sheet is enough."),
    ("year", "In 2020 (5 km away) the plant opened."),
    ("two-readings", "Temperatures of 30 C and 86 F were recorded."),
    ("angle", "He turned 180 degrees (a half turn) at once."),
    ("class", "The 5 C (a class) met at 9."),
    ("items", "Item 4 F (see 4 C) applies."),
    ("usb", "Type 2 C (USB) cables are sold."),
    ("comparison", "It is 5 kg heavier than 3 lb."),
    ("mile-then-km", "A mile is a long way, 1.6 km is too."),
    ("and-later", "It is 5 miles, and 8 km later we rested."),
    ("of", "She is 1 of 2 (the 3 km group)."),
    ("hours", "He spent 2 hours (120 minutes) there."),
    ("ratio", "The 1 in 5 (20 km) slope."),
    ("word-count", "Two teams (3 km apart) met."),
    ("word-a-bracket", "A team (3 km away) won."),
    ("pies", "She baked 5 pies (2 kg of apples)."),
    ("chili", "Add 2 chili (5 kg bags) to the pot."),
    ("in-preposition", "He ran 5 in (the rain) and 3 out."),
    ("f-apostrophe", "Grades of 5 F's (3 C's) were given."),
    ("degrees-both", "It was 30 degrees (86 degrees) inside."),
    ("dimension-vs-one", "A 3ft x 2ft (91cm) print is signed."),
    ("range-vs-dimensions", "The 5-10 miles (8 x 16 km) loop."),
    ("letter-a-mile", "He walked a mile and then 2 km more."),
    ("is-not-unit", "The answer is 5 km away, not 3 miles."),
    ("which-is-shorter", "The first leg is 10 km, which is 2 miles shorter than the second."),
    ("is-longer-than", "The loop of 20 km is 3 miles longer than last year's."),
    ("is-from", "The camp at 3,000 m is 2 miles from the summit."),
]


def _conversions(text: str) -> list[UnitConversion]:
    return [c for c in figcheck.extract(text) if isinstance(c, UnitConversion)]


def _fc301(text: str) -> list[figcheck.Finding]:
    return [f for f in figcheck.check(text).findings if f.code == "FC301"]


@pytest.mark.parametrize(
    ("text", "pairs", "connector"),
    [pytest.param(text, pairs, connector, id=name) for name, text, _, pairs, connector in SHAPES],
)
def test_the_correct_sentence_is_read_and_passes(
    text: str, pairs: list[str], connector: str
) -> None:
    conversions = _conversions(text)
    assert [f"{c.original.text} -> {c.converted.text}" for c in conversions] == pairs
    assert {c.connector for c in conversions} == {connector}
    assert _fc301(text) == []


@pytest.mark.parametrize(
    "text", [pytest.param(perturbed, id=name) for name, _, perturbed, _, _ in SHAPES]
)
def test_the_perturbed_sentence_is_flagged_with_evidence(text: str) -> None:
    findings = _fc301(text)
    assert len(findings) == 1
    (finding,) = findings
    evidence = finding.evidence
    assert len(evidence.figures) == 2
    assert evidence.figures[1] == text[finding.span.start : finding.span.end]
    assert evidence.implied is not None
    assert evidence.expected is not None
    assert not evidence.implied.intersects(evidence.expected)
    assert "does not fit" in finding.message


@pytest.mark.parametrize("text", [pytest.param(text, id=name) for name, text in NEGATIVES])
def test_hard_negatives_give_no_unit_conversion(text: str) -> None:
    assert _conversions(text) == []
    assert _fc301(text) == []


def test_there_are_enough_hard_negatives() -> None:
    assert len(NEGATIVES) >= 40


def test_a_range_pairs_end_to_end_and_dimensions_measure_to_measure() -> None:
    ends = _conversions("Highs of 115-120 degrees Fahrenheit (46.1-48.8 C) are forecast.")
    assert [(c.original.amount, c.converted.amount) for c in ends] == [
        (Decimal(115), Decimal("46.1")),
        (Decimal(120), Decimal("48.8")),
    ]
    assert all(c.original.units == ("degF",) and c.converted.units == ("degC",) for c in ends)
    measures = _conversions("Each 16 x 12in (41 x 30cm) canvas is framed.")
    assert [(c.original.units, c.converted.units) for c in measures] == [
        (("inch",), ("centimeter",)),
        (("inch",), ("centimeter",)),
    ]


def test_a_range_low_end_takes_the_magnitude_of_the_high_end() -> None:
    (low, high) = _conversions("Fires burned 2-3 million acres (0.8-1.2 million hectares).")
    assert low.original.amount == Decimal(2_000_000)
    assert low.converted.amount == Decimal(800_000)
    assert high.converted.interval.low == Decimal(1_150_000)


def test_bare_degrees_take_the_scale_the_other_side_does_not_name() -> None:
    (fahrenheit,) = _conversions("It was 124 degrees (51.1 C) in the shade.")
    assert fahrenheit.original.units == ("degF",)
    (celsius,) = _conversions("The pool was 30 degrees (86 F) all summer.")
    assert celsius.original.units == ("degC",)


def test_bare_letters_need_a_temperature_word_nearby() -> None:
    assert _conversions("Section 118 F (47.7 C) of the code.") == []
    assert len(_conversions("The temperature was 118 F (47.7 C) there.")) == 1
    # A sign or a word on one side is enough.
    assert len(_conversions("Section 118°F (47.7 C) of the code.")) == 1


def test_a_definition_gets_no_tolerance_but_a_conversion_does() -> None:
    """1.62 km is within 1% of a mile: fine as a conversion, wrong as a definition."""
    assert _fc301("The walk was 1 mile (1.62 km) long.") == []
    (finding,) = _fc301("For the record, a mile is 1.62 kilometres.")
    assert "a definition: no tolerance" in finding.message
    assert finding.evidence.tolerance == 0


def test_a_hedged_one_is_a_conversion_not_a_definition() -> None:
    (claim,) = _conversions("The walk is about 1 mile = 1.6 km.")
    assert claim.connector == "equals"


def test_a_foreign_unit_word_reads_every_number_of_the_sentence_with_a_decimal_comma() -> None:
    (claim,) = _conversions("Eine Strecke von 1 Meile (1,609 km).")
    assert claim.converted.amount == Decimal("1.609")
    (english,) = _conversions("A route of 1 mile (1,609 m).")
    assert english.converted.amount == Decimal(1609)


def test_foreign_unit_words_are_read_only_in_a_conversion() -> None:
    from figcheck.reading.quantities import find_quantities

    assert find_quantities("Sie lief 10 Meilen.") == []
    assert find_quantities("It was 118 F and 12in.") == []
    assert [q.text for q in find_quantities("It was 118°F and 12 inches.")] == [
        "118°F",
        "12 inches",
    ]


def test_unit_words_are_lower_case_pint_units_of_known_languages() -> None:
    ureg = registry()
    assert {"de", "es", "fr", "it", "nl"} <= set(UNIT_WORDS) <= set(LANGUAGES)
    for language, table in UNIT_WORDS.items():
        for word, units in table.items():
            assert word == word.lower(), (language, word)
            assert units, (language, word)
            for unit in units:
                ureg.Unit(unit)  # raises for a unit pint does not know
            english = {u for u, _ in SURFACES.values()}
            assert units in english, (language, word, units)


def test_every_foreign_word_has_the_dimension_of_its_unit() -> None:
    for word, (units, dimension) in FOREIGN.items():
        same = {d for u, d in SURFACES.values() if u == units}
        assert same == {dimension}, word


# Property: honest conversions at the precision shown are never flagged; conversions off by
# more than the tolerance always are. pint's own factors are the oracle.

LENGTHS = [
    ("miles", "km", "mile", "kilometer"),
    ("km", "miles", "kilometer", "mile"),
    ("feet", "metres", "foot", "meter"),
    ("inches", "cm", "inch", "centimeter"),
    ("Meilen", "Kilometer", "mile", "kilometer"),
    ("pieds", "mètres", "foot", "meter"),
    ("millas", "kilómetros", "mile", "kilometer"),
]
TEMPERATURES = [
    ("F", "C", "degF", "degC"),
    ("degrees Fahrenheit", "C", "degF", "degC"),
    ("°C", "°F", "degC", "degF"),
    ("degrees", "C", "degF", "degC"),
    ("Grad Fahrenheit", "Grad Celsius", "degF", "degC"),
]
TEMPLATES = [
    "Temperatures on the route reached {a} ({b}) that day.",
    "Temperatures on the route reached {a}, or {b}, that day.",
    "Temperatures on the route: {a} = {b}.",
]


def _written(value: Decimal, places: int, comma: bool) -> str:
    text = f"{value:.{places}f}"
    return text.replace(".", ",") if comma else text


@st.composite
def conversions(draw: st.DrawFn, *, perturbed: bool) -> tuple[str, bool]:
    """A sentence restating a length or a temperature, honestly rounded or moved past the
    tolerance; and whether it is a range ("a-b") rather than one figure."""
    temperature = draw(st.booleans())
    first, second, source, target = draw(st.sampled_from(TEMPERATURES if temperature else LENGTHS))
    comma = first in ("Meilen", "pieds", "millas", "Grad Fahrenheit")
    low, high = (-40, 130) if temperature else (2, 999)
    original = draw(st.integers(low, high))
    factor, offset = linear_map(source, target)
    exact = Decimal(original) * factor + offset
    places = draw(st.integers(1, 2))
    if perturbed:
        move = abs(exact) * Decimal("0.02") + Decimal("0.2") + Decimal(draw(st.integers(0, 30)))
        exact += move if draw(st.booleans()) else -move
    stated = round(exact, places)
    gap = "" if first.startswith("°") else " "
    gap2 = "" if second.startswith("°") else " "
    said = f"{original}{gap}{first}"
    restated = f"{_written(stated, places, comma)}{gap2}{second}"
    return draw(st.sampled_from(TEMPLATES)).format(a=said, b=restated), perturbed


@settings(max_examples=150, deadline=None)
@given(conversions(perturbed=False))
def test_an_honest_conversion_at_the_precision_shown_is_never_flagged(
    case: tuple[str, bool],
) -> None:
    """Guards against false alarms on rounding: the stated figure's interval holds pint's
    exact conversion, so no reading may reject it."""
    text, _ = case
    assert len(_conversions(text)) == 1, text
    assert _fc301(text) == [], text


@settings(max_examples=150, deadline=None)
@given(conversions(perturbed=True))
def test_a_conversion_off_by_more_than_the_tolerance_is_always_flagged(
    case: tuple[str, bool],
) -> None:
    """Guards against a check that cannot fail: 2% plus the rounding of the figure off."""
    text, _ = case
    assert len(_conversions(text)) == 1, text
    assert [f.code for f in _fc301(text)] == ["FC301"], text


# Hostile input: every unit-conversion pattern reads a bounded window, so time grows linearly.
# How long it takes is measured in benchmarks/bench_core.py ("Linearity on hostile input",
# which has these inputs); here, that it is read at all, and read right.

HOSTILE = [
    ("1 x " * 4000 + "2 ft", 0),
    ("1-" * 4000 + "2 miles", 0),
    ("a " * 4000 + "mile (1.6 km)", 1),
    ("(" * 4000 + "5 km", 0),
    ("5 km (" * 2000, 0),
    ("5 F (" * 2000 + "3 C", 0),
    ("two miles (3.2 km). " * 1000, 1000),
    # one sentence of more figures than figure_claims.MAX_MENTIONS is not read for claims
    ("two miles (3.2 km) " * 1000, 0),
    ("1 to " * 4000 + "5 miles", 0),
    ("5 miles is " * 2000 + "8 km", 0),
    ("(that's " * 2000 + "40°C", 0),
]


@pytest.mark.parametrize(
    ("text", "conversions"), HOSTILE, ids=lambda text: re.sub(r"\W+", "_", str(text)[:12])
)
def test_hostile_unit_text_is_read(text: str, conversions: int) -> None:
    found = [claim for claim in figcheck.extract(text) if isinstance(claim, UnitConversion)]
    assert len(found) == conversions


PIECES = [
    *["10", "16", "5.5", "1,609", "2", "a", "two", " miles", " km", "ft", " F", " C", "°C"],
    *[" degrees", " Meilen", "in", " x ", " by ", "-", " to ", " (", ")", " or ", ", or "],
    *[" = ", " is ", " equals ", " (that's ", " for you)", " and ", " — ", " about ", " "],
    *[" heat", "Vitamin", " Section", "."],
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=12).map("".join))
def test_every_conversion_holds_the_connector_hint(text: str) -> None:
    """Guards the sentence gate: a sentence without the hint is never read for conversions."""
    from figcheck.reading.figure_claims import _PREFILTERS, find_unit_conversions
    from figcheck.reading.numbers import PATTERNS as NUMBER_PATTERNS
    from figcheck.reading.quantities import conversion_sides

    runs = list(NUMBER_PATTERNS["run"].finditer(text))
    if list(find_unit_conversions(text, conversion_sides(text, runs))):
        exact, lower = _PREFILTERS["unit_gap"]
        assert exact.search(text) is not None
        assert lower.search(text.lower()) is not None
