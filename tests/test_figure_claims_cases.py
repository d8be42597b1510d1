"""Figure-claim cases: percentage changes, totals, shares, multiples and unit conversions.

Every sentence was written for this table around figures of the kind news and company reports
carry (results, budgets, casualty counts, fares, road distances, weather); none is quoted from
a published article. Each row is ``(id, text, claim kinds, codes)``: the figure claims
``figcheck.check`` must extract (comma-separated class names, in order, currency conversions
left out) and the figure-rule codes it must raise. Rows whose id starts with ``neg-`` are the
hard negatives: figures that look related but are not one claim, which must not be flagged.
Known misses are ``xfail(strict=True)`` rows whose reason says what figcheck does instead.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pytest

import figcheck
from figcheck import Conversion

FIGURE_CODES = frozenset({"FC201", "FC202", "FC203", "FC204", "FC301"})


def _params(rows: Sequence[Any]) -> list[Any]:
    """Table rows (id first) as pytest params; a ``pytest.param`` row keeps its marks."""
    params = []
    for row in rows:
        values, marks = (row.values, row.marks) if hasattr(row, "marks") else (row, ())
        params.append(pytest.param(*values[1:], id=values[0], marks=marks))
    return params


def _check(text: str, kinds: str, codes: str) -> None:
    report = figcheck.check(text)
    claims = [claim for claim in report.claims if not isinstance(claim, Conversion)]
    assert ",".join(type(claim).__name__ for claim in claims) == kinds
    assert ",".join(f.code for f in report.findings if f.code in FIGURE_CODES) == codes
    for claim in claims:
        assert 0 <= claim.span.start < claim.span.end <= len(text)


# Percentage changes (FC201) in every phrasing the grammar reads; percent and percentage points.
CHANGES: list[Any] = [
    ("chg-rise-to-from", "Group profit rose 12% to $5.6bn from $5bn.", "PercentChange", ""),
    (
        "chg-rise-to-from-bad",
        "Group profit rose 12% to $5.6bn from $5.2bn.",
        "PercentChange",
        "FC201",
    ),
    ("chg-rise-from-to", "Sales rose 8% from $412m to $445m.", "PercentChange", ""),
    ("chg-rise-from-to-bad", "Sales rose 18% from $412m to $445m.", "PercentChange", "FC201"),
    (
        "chg-fell-to-from",
        "Output fell 6.5% to 187,000 tonnes from 200,000 tonnes.",
        "PercentChange",
        "",
    ),
    (
        "chg-fell-bad",
        "Output fell 9% to 187,400 tonnes from 200,100 tonnes.",
        "PercentChange",
        "FC201",
    ),
    ("chg-down-by", "Shares were down by 15% from €31.20 to €26.52.", "PercentChange", ""),
    ("chg-up-by-bad", "Fares went up by 5% from £2.40 to £2.80.", "PercentChange", "FC201"),
    ("chg-wrong-direction", "Exports rose 4% to $9.6bn from $10.1bn.", "PercentChange", "FC201"),
    (
        "chg-values-first-noun",
        "Revenue rose from $5.2bn to $5.82bn, an increase of 12%.",
        "PercentChange",
        "",
    ),
    (
        "chg-values-first-noun-bad",
        "Revenue rose from $5.2bn to $5.6bn, an increase of 12%.",
        "PercentChange",
        "FC201",
    ),
    (
        "chg-values-first-paren",
        "Membership fell from 1,240 to 1,116 (down 10%).",
        "PercentChange",
        "",
    ),
    (
        "chg-values-first-paren-bad",
        "Membership fell from 1,240 to 1,116 (down 15%).",
        "PercentChange",
        "FC201",
    ),
    ("chg-values-first-or", "Visitors grew from 81,500 to 97,800, or 20%.", "PercentChange", ""),
    (
        "chg-noun-first",
        "A 12% increase in sales from $5.2bn to $5.82bn was reported.",
        "PercentChange",
        "",
    ),
    (
        "chg-noun-first-bad",
        "A 25% rise from 4,120 to 4,530 was reported.",
        "PercentChange",
        "FC201",
    ),
    ("chg-decline-noun", "A 7% decline from 2,310 to 2,148 followed.", "PercentChange", ""),
    ("chg-hedged-about", "Prices rose about 10% to €5.45 from €4.99.", "PercentChange", ""),
    ("chg-hedged-almost", "Costs climbed almost 20% to $1.19m from $1.0m.", "PercentChange", ""),
    (
        "chg-hedged-more-than",
        "Traffic jumped more than 30% to 2.71 million from 2.05 million.",
        "PercentChange",
        "",
    ),
    (
        "chg-per-cent-words",
        "Turnover increased 3.5 per cent to £2.07bn from £2bn.",
        "PercentChange",
        "",
    ),
    ("chg-percent-word", "Prices fell 4 percent to $2.88 from $3.", "PercentChange", ""),
    ("chg-decimal-precise", "Profit rose 12.4% to $5.62bn from $5bn.", "PercentChange", ""),
    ("chg-counts", "Enrolment rose 11% from 4,512 to 5,008 pupils.", "PercentChange", ""),
    ("chg-quantity", "Rainfall fell 25% from 812 mm to 609 mm.", "PercentChange", ""),
    ("chg-points", "Unemployment rose 2 points to 5% from 3%.", "PercentChange", ""),
    ("chg-points-bad", "Unemployment rose 3 points to 5.2% from 3.1%.", "PercentChange", "FC201"),
    (
        "chg-percentage-points",
        "Support fell 4.5 percentage points to 38.5% from 43%.",
        "PercentChange",
        "",
    ),
    ("chg-pp", "The rate rose 0.25pp to 4.5% from 4.25%.", "PercentChange", ""),
    ("chg-percent-of-percent", "The rate rose 50% from 4% to 6%.", "PercentChange", ""),
    ("chg-percent-not-points-bad", "The rate rose 2% to 5.1% from 3.1%.", "PercentChange", "FC201"),
    (
        "chg-two-million-words",
        "The city grew 5% from 1.9 million to 2 million people.",
        "PercentChange",
        "",
    ),
    # More shapes of a change: a period before the values, the value first, "than".
    ("chg-period", "Bookings were up 9% on last year, from 4,213 to 4,592.", "PercentChange", ""),
    (
        "chg-period-bad",
        "Bookings were up 19% on last year, from 4,213 to 4,592.",
        "PercentChange",
        "FC201",
    ),
    ("chg-value-up-from", "Turnover hit €812m, up 7% from €759m.", "PercentChange", ""),
    ("chg-value-up-from-bad", "Turnover hit €812m, up 17% from €759m.", "PercentChange", "FC201"),
    ("chg-value-down-on", "Fees were £3.41m, down 4% on the £3.55m.", "PercentChange", ""),
    ("chg-noun-after", "Fares went from £2.40 to £2.64, a 10% increase.", "PercentChange", ""),
    (
        "chg-noun-after-bad",
        "Fares went from £2.40 to £2.64, a 15% increase.",
        "PercentChange",
        "FC201",
    ),
    ("chg-than", "Rents were $1,523, 6% higher than the $1,437 of May.", "PercentChange", ""),
    (
        "chg-than-bad",
        "Rents were $1,523, 6% lower than the $1,437 of May.",
        "PercentChange",
        "FC201",
    ),
    (
        "chg-fewer-than",
        "It had 183 staff, 9% fewer than the 201 it had in May.",
        "PercentChange",
        "",
    ),
    (
        "chg-to-from-points",
        "Inflation fell to 2.3% from 3.1%, a drop of 0.8 percentage points.",
        "PercentChange",
        "",
    ),
    (
        "chg-to-from-points-bad",
        "Inflation fell to 2.3% from 3.1%, a drop of 1.8 percentage points.",
        "PercentChange",
        "FC201",
    ),
    (
        "chg-points-value-first",
        "The party won 152 of the 400 seats, 38 per cent, up 4 points from 34%.",
        "Share,PercentChange",
        "",
    ),
    # Every hedge of figcheck.reading.hedges may stand before a figure of the claim.
    ("chg-hedge-circa", "Group profit rose 12% to circa $5.6bn from $5bn.", "PercentChange", ""),
    ("chg-hedge-tilde", "Group profit rose 12% to ~$5.6bn from $5bn.", "PercentChange", ""),
    (
        "chg-hedge-up-to-bad",
        "Fares rose 40% to up to $2.40 from $2.15.",
        "PercentChange",
        "FC201",
    ),
    # A count with a magnitude keeps its scale: "3 million" is read to the million.
    (
        "chg-count-magnitude",
        "Membership rose 12% to 3,200,000 from 3 million last year.",
        "PercentChange",
        "",
    ),
]

# Totals and their parts (FC202): complete lists, "of which" and "including".
TOTALS: list[Any] = [
    (
        "tot-colon",
        "The fund paid a total of $9.3m: $4.2m for schools and $5.1m for roads.",
        "Total",
        "",
    ),
    (
        "tot-colon-bad",
        "The fund paid a total of $10.5m: $4.2m for schools and $5.1m for roads.",
        "Total",
        "FC202",
    ),
    ("tot-colon-three", "A total of €12.6m: €4.1m for X, €3.5m for Y and €5m for Z.", "Total", ""),
    (
        "tot-colon-three-bad",
        "A total of €14.6m: €4.1m for X, €3.5m for Y and €5.03m for Z.",
        "Total",
        "FC202",
    ),
    (
        "tot-dash",
        "It raised a total of £870,000 — £410,000 from donors and £460,000 from grants.",
        "Total",
        "",
    ),
    ("tot-after", "It spent $4.2m on schools and $5.1m on roads, a total of $9.3m.", "Total", ""),
    (
        "tot-after-bad",
        "It spent $4.2m on schools and $5.1m on roads, a total of $9.8m.",
        "Total",
        "FC202",
    ),
    (
        "tot-after-totalling",
        "Grants of $1.25m, $2.5m and $0.75m, totalling $4.5m, were paid.",
        "Total",
        "",
    ),
    ("tot-counts", "A total of 1,245 people: 612 men and 633 women.", "Total", ""),
    ("tot-counts-bad", "A total of 1,245 people: 612 men and 643 women.", "Total", "FC202"),
    ("tot-of-which", "The council spent $10.4m, of which $4.2m went on schools.", "Total", ""),
    (
        "tot-of-which-bad",
        "The council spent $10.4m, of which $12.2m went on schools.",
        "Total",
        "FC202",
    ),
    (
        "tot-including",
        "Donors gave £2.3m, including £1.1m from one family and £0.4m from a trust.",
        "Total",
        "",
    ),
    (
        "tot-including-bad",
        "Donors gave £2.3m, including £1.9m from one family and £0.8m from a trust.",
        "Total",
        "FC202",
    ),
    ("tot-hedged", "A total of about $10m: $4.2m for schools and $5.1m for roads.", "Total", ""),
    ("tot-rounded-total", "A total of $10m: $4.2m for schools and $5.1m for roads.", "Total", ""),
]

# Shares (FC203): "X of Y (Z%)", "Z% of the N (X)", "one in five", word fractions.
SHARES: list[Any] = [
    ("shr-paren", "Of the unit, 43 of the 212 soldiers (20%) were wounded.", "Share", ""),
    ("shr-paren-bad", "Of the unit, 43 of the 212 soldiers (25%) were wounded.", "Share", "FC203"),
    ("shr-round", "40 of the 200 soldiers (20%) were hurt.", "Share", ""),
    ("shr-out-of", "Some 173 out of 512 members (34%) voted.", "Share", ""),
    ("shr-out-of-bad", "Some 173 out of 512 members (43%) voted.", "Share", "FC203"),
    ("shr-money", "It spent $4.1m of the $10.3m budget (40%) on staff.", "Share", ""),
    ("shr-money-bad", "It spent $4.1m of the $10.3m budget (50%) on staff.", "Share", "FC203"),
    ("shr-comma-or", "Only 61 of the 1,410 applicants, or 4.3%, were accepted.", "Share", ""),
    ("shr-percent-first", "In all, 20% of the 215 staff (43) left.", "Share", ""),
    ("shr-percent-first-bad", "In all, 30% of the 215 staff (43) left.", "Share", "FC203"),
    ("shr-percent-first-or", "About 35% of its 1,212 shops, or 424 stores, closed.", "Share", ""),
    ("shr-one-in-five", "One in five of the 205 soldiers (41) was hurt.", "Share", ""),
    ("shr-one-in-five-bad", "One in five of the 205 soldiers (82) was hurt.", "Share", "FC203"),
    ("shr-third", "A third of its 312 staff, or 104 people, left.", "Share", ""),
    ("shr-third-bad", "A third of its 312 staff, or 156 people, left.", "Share", "FC203"),
    ("shr-three-quarters", "Three-quarters of the 812 votes (609) were valid.", "Share", ""),
    ("shr-part-first-fraction", "Of them, 51 of the 153 seats, a third, were lost.", "Share", ""),
    ("shr-hedged", "Nearly 20% of the 1,012 homes (198) flooded.", "Share", ""),
]

# Multiples (FC204): "doubled", "halved", "tenfold", "cut by a third", "twice as much as".
MULTIPLES: list[Any] = [
    ("mul-doubled", "Ticket prices doubled from €2.40 to €4.80 in a year.", "Multiple", ""),
    (
        "mul-doubled-bad",
        "Ticket prices doubled from €2.40 to €3.60 in a year.",
        "Multiple",
        "FC204",
    ),
    ("mul-doubled-to-from", "Rents doubled to $2,410 from $1,190.", "Multiple", ""),
    ("mul-tripled", "Sales tripled from 1,200 to 3,650 units.", "Multiple", ""),
    ("mul-tripled-bad", "Sales tripled from 1,240 to 2,480 units.", "Multiple", "FC204"),
    ("mul-halved", "The deficit halved from $8.4bn to $4.3bn.", "Multiple", ""),
    ("mul-halved-bad", "The deficit halved from $8.4bn to $6.3bn.", "Multiple", "FC204"),
    ("mul-tenfold", "Usage rose tenfold from 310 to 3,080.", "Multiple", ""),
    ("mul-ten-fold-bad", "Usage rose ten-fold from 312 to 1,560.", "Multiple", "FC204"),
    ("mul-by-a-third", "Staff was cut by a third, from 96 to 64.", "Multiple", ""),
    ("mul-by-a-third-bad", "Staff was cut by a third, from 96 to 82.", "Multiple", "FC204"),
    ("mul-by-half-up", "The budget rose by half, from $2.2m to $3.3m.", "Multiple", ""),
    (
        "mul-twice-as-much",
        "It spent $10.2m, twice as much as the $5.1m it spent in 2019.",
        "Multiple",
        "",
    ),
    (
        "mul-twice-as-much-bad",
        "It spent $10.2m, twice as much as the $7.1m it spent in 2019.",
        "Multiple",
        "FC204",
    ),
    (
        "mul-three-times",
        "The plant made 9,120 cars, three times as many as the 3,040 made before.",
        "Multiple",
        "",
    ),
]

# Unit conversions (FC301), with pint, including the ambiguous gallons and tons.
UNITS: list[Any] = [
    ("unit-miles-km", "The 10-mile (16 km) route is flat.", "UnitConversion", ""),
    ("unit-miles-km-bad", "The 10-mile (12 km) route is flat.", "UnitConversion", "FC301"),
    ("unit-temperature", "It was 100°F (38°C) at noon.", "UnitConversion", ""),
    ("unit-temperature-bad", "It was 100°F (43°C) at noon.", "UnitConversion", "FC301"),
    ("unit-celsius-first", "Water boils at 100°C (212°F).", "UnitConversion", ""),
    ("unit-negative-temp", "Lows of -40°C (-40°F) are common.", "UnitConversion", ""),
    ("unit-km-miles", "A 42.2 km (26.2 miles) race.", "UnitConversion", ""),
    ("unit-mph", "The limit is 70 mph (113 km/h).", "UnitConversion", ""),
    ("unit-mph-bad", "The limit is 70 mph (130 km/h).", "UnitConversion", "FC301"),
    ("unit-sq-ft", "A 1,200 sq ft (111 m²) flat.", "UnitConversion", ""),
    ("unit-acres", "The 500-acre (202-hectare) farm.", "UnitConversion", ""),
    ("unit-acres-bad", "The 500-acre (320-hectare) farm.", "UnitConversion", "FC301"),
    ("unit-hectares", "It covers 40 hectares (99 acres).", "UnitConversion", ""),
    ("unit-kg-lb", "The 5 kg (11 lb) bag.", "UnitConversion", ""),
    ("unit-kg-lb-bad", "The 5 kg (15 lb) bag.", "UnitConversion", "FC301"),
    ("unit-tonnes", "It carries 20 tonnes (22 short tons).", "UnitConversion", ""),
    ("unit-us-gallons", "The tank holds 5 gallons (19 litres).", "UnitConversion", ""),
    ("unit-imperial-gallons", "The tank holds 5 gallons (23 litres).", "UnitConversion", ""),
    ("unit-gallons-bad", "The tank holds 5 gallons (30 litres).", "UnitConversion", "FC301"),
    ("unit-tons-ambiguous", "The load was 10 tons (9.1 tonnes).", "UnitConversion", ""),
    ("unit-tons-long", "The load was 10 tons (10.2 tonnes).", "UnitConversion", ""),
    ("unit-tons-bad", "The load was 10 tons (12.5 tonnes).", "UnitConversion", "FC301"),
    ("unit-kwh", "It uses 10 kWh (36 MJ) a day.", "UnitConversion", ""),
    ("unit-calories", "A bar has 250 calories (1,046 kJ).", "UnitConversion", ""),
    ("unit-or", "The lake is 3 miles, or 4.8 km, across.", "UnitConversion", ""),
    ("unit-hedged", "The route is 10 miles (about 16 km) long.", "UnitConversion", ""),
    ("unit-rounded-factor", "The 7 miles (11.2 km) walk.", "UnitConversion", ""),
]

# Hard negatives: sentences that look like a claim but are not (clearly) one. Nothing is flagged.
NEGATIVES: list[Any] = [
    (
        "neg-year-on-year",
        "Sales were $5.6bn, up 12% year on year; in the previous quarter they were $5bn.",
        "",
        "",
    ),
    (
        "neg-yoy-with-from",
        "Sales rose 12% year on year to $5.6bn, from $5.3bn in the previous quarter.",
        "",
        "",
    ),
    ("neg-range-values", "Prices rose 12% to between $5 and $6.", "", ""),
    (
        "neg-percent-different-quantity",
        "Profit rose to $5.6bn from $5bn while margins rose 40%.",
        "",
        "",
    ),
    (
        "neg-two-percentages",
        "Sales rose 3% in Europe and 40% in Asia, to $5.6bn from $5.2bn.",
        "",
        "",
    ),
    ("neg-points-on-index", "The index rose 20 points to 1,215 from 1,195.", "", ""),
    ("neg-different-currencies", "Profit rose 12% to $5.6bn from €5.2bn.", "", ""),
    ("neg-no-from", "Profit rose 12% to $5.6bn.", "", ""),
    ("neg-up-to", "Fares will rise by up to 10% to $2.40 from $2.15.", "", ""),
    ("neg-percent-of-base", "Sales of $5m were 20% of the group's revenue, up from $4m.", "", ""),
    ("neg-tot-other-kind", "A total of $9.3m: 42 schools and 51 roads.", "", ""),
    ("neg-tot-no-list", "A total of $10m was spent on 3 projects.", "", ""),
    ("neg-tot-of-which-percent", "Revenue was $10m, of which 40% came from ads.", "", ""),
    (
        "neg-tot-list-continues",
        "The fund paid $4.2m for schools and $5.1m for roads in 2022 and $3m in 2023.",
        "",
        "",
    ),
    ("neg-shr-points", "It holds 12 of the 40 seats, 5 points more.", "", ""),
    (
        "neg-shr-different-bases",
        "Turnout was 40% of the 2,000 registered; 60% of members voted.",
        "",
        "",
    ),
    ("neg-shr-different-kinds", "It sold 40 of the $200 tickets (20%).", "", ""),
    ("neg-shr-percent-of-other", "The 12 staff are 20% of the team, which costs $3m.", "", ""),
    ("neg-mul-double-digit", "Growth hit double digits from 2019 to 2021.", "", ""),
    ("neg-mul-no-values", "Prices doubled last year.", "", ""),
    ("neg-mul-twice-a-year", "It meets twice a year, from 10 to 12 people each time.", "", ""),
    ("neg-unit-different-dimension", "It weighs 5 kg (11 miles away).", "", ""),
    ("neg-unit-range", "The 10-12 miles (16 km) stretch.", "", ""),
    ("neg-unit-money", "It cost $5 m (5 km).", "", ""),
    ("neg-unit-same-unit", "It is 10 km (10 km).", "", ""),
]

# Known misses: what a careful reader expects and figcheck does not do yet.
MISSES: list[Any] = [
    pytest.param(
        "miss-up-to-hedge",
        "Fares will rise by up to 10% to $2.40 from $2.15.",
        "PercentChange",
        "FC201",
        marks=pytest.mark.xfail(
            strict=True, reason='"by up to" before a percentage is not read as a hedge; no claim'
        ),
    ),
    pytest.param(
        "miss-percent-in-words",
        "Profit rose twelve per cent to $5.6bn from $5.2bn.",
        "PercentChange",
        "FC201",
        marks=pytest.mark.xfail(
            strict=True, reason="a percentage spelled out in words is not read; no claim"
        ),
    ),
    pytest.param(
        "miss-from-with-period",
        "Sales rose 18% from $412m in 2021 to $445m in 2022.",
        "PercentChange",
        "FC201",
        marks=pytest.mark.xfail(
            strict=True, reason='words between "from V" and "to V" break the pattern; no claim'
        ),
    ),
    pytest.param(
        "miss-total-next-sentence",
        "The fund paid $4.2m for schools and $5.1m for roads. In total it paid $10.5m.",
        "Total",
        "FC202",
        marks=pytest.mark.xfail(
            strict=True, reason="a total in the next sentence is not tied to its parts"
        ),
    ),
]


@pytest.mark.parametrize(("text", "kinds", "codes"), _params(CHANGES))
def test_percent_changes(text: str, kinds: str, codes: str) -> None:
    _check(text, kinds, codes)


@pytest.mark.parametrize(("text", "kinds", "codes"), _params(TOTALS))
def test_totals(text: str, kinds: str, codes: str) -> None:
    _check(text, kinds, codes)


@pytest.mark.parametrize(("text", "kinds", "codes"), _params(SHARES))
def test_shares(text: str, kinds: str, codes: str) -> None:
    _check(text, kinds, codes)


@pytest.mark.parametrize(("text", "kinds", "codes"), _params(MULTIPLES))
def test_multiples(text: str, kinds: str, codes: str) -> None:
    _check(text, kinds, codes)


@pytest.mark.parametrize(("text", "kinds", "codes"), _params(UNITS))
def test_unit_conversions(text: str, kinds: str, codes: str) -> None:
    _check(text, kinds, codes)


@pytest.mark.parametrize(("text", "kinds", "codes"), _params(NEGATIVES))
def test_hard_negatives_are_not_flagged(text: str, kinds: str, codes: str) -> None:
    _check(text, kinds, codes)


@pytest.mark.parametrize(("text", "kinds", "codes"), _params(MISSES))
def test_known_misses(text: str, kinds: str, codes: str) -> None:
    _check(text, kinds, codes)


def test_the_table_is_large_enough() -> None:
    rows = CHANGES + TOTALS + SHARES + MULTIPLES + UNITS + NEGATIVES + MISSES
    assert len(rows) >= 100
    assert len(NEGATIVES) >= 20


def test_ambiguous_gallons_are_reported_in_the_evidence() -> None:
    config = figcheck.Config(select=("FC301",))
    report = figcheck.check("The tank holds 5 gallons (30 litres).", config=config)
    (finding,) = report.findings
    assert "'gallons' is ambiguous" in finding.evidence.notes[0]
    assert "gallon → liter" in finding.evidence.notes[0]
    assert "imperial_gallon → liter" in finding.evidence.notes[0]


def test_a_points_change_written_as_percent_says_so() -> None:
    (finding,) = figcheck.check("The rate rose 2% to 5.1% from 3.1%.").findings
    assert finding.code == "FC201"
    assert "percentage points, not percent" in finding.message


def test_pint_is_not_loaded_until_a_unit_conversion_is_checked() -> None:
    import subprocess
    import sys

    code = (
        "import sys, figcheck; figcheck.check('Profit rose 12% to $5.6bn from $5.2bn.'); "
        "print('pint' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip() == "False"


def test_extract_lists_figure_claims_with_their_figures(
    capsys: pytest.CaptureFixture[str], tmp_path: Any
) -> None:
    import json

    from figcheck.cli import main

    path = tmp_path / "doc.txt"
    path.write_text("Profit rose 12% to $5.6bn from $5.2bn. The 10-mile (16 km) route.\n")
    assert main(["extract", "--output-format", "json", str(path)]) == 0
    items = json.loads(capsys.readouterr().out)["items"]
    change = next(item for item in items if item["kind"] == "percent_change")
    assert [f["role"] for f in change["figures"]] == ["change", "before", "after"]
    assert change["figures"][0] == {
        "role": "change",
        "text": "12%",
        "amount": "12",
        "low": "11.5",
        "high": "12.5",
        "units": None,
    }
    assert change["direction"] == "up"
    units = next(item for item in items if item["kind"] == "unit_conversion")
    assert units["figures"][1]["units"] == ["kilometer"]
    assert main(["extract", str(path)]) == 0
    assert "unit_conversion" in capsys.readouterr().out
