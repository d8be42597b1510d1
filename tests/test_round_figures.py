"""Round figures read two ways (rules/_figures.py): loosely and at face value.

A round integer ("$200m", "1,000") is read loosely as rounded at its last non-zero digit and at
face value as rounded at its last digit. A claim that fails every reading is an error (FC204:
its rule's warning); one that holds only loosely is a warning that says so; ``Config.rounding``
picks one reading alone. The sentences are ours, written around round figures of the kind
company results, budgets, surveys and property listings carry.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import figcheck
from figcheck import Config, Finding, Severity
from figcheck.errors import ConfigError

FIGURE_CODES = frozenset({"FC201", "FC202", "FC203", "FC204", "FC301"})


def figure_findings(text: str, rounding: str = "both") -> list[Finding]:
    report = figcheck.check(text, config=Config(rounding=rounding))
    return [finding for finding in report.findings if finding.code in FIGURE_CODES]


def verdicts(text: str, rounding: str = "both") -> list[tuple[str, str]]:
    return [(f.code, str(f.severity)) for f in figure_findings(text, rounding)]


# (id, text, findings with rounding="both", with "loose", with "face-value")
CASES = [
    (
        "change-round-loose-only",
        "Revenue rose 25% to $300m from $200m.",
        [("FC201", "warning")],
        [],
        [("FC201", "error")],
    ),
    ("change-round-right", "Revenue rose 50% to $300m from $200m.", [], [], []),
    (
        "change-round-wrong-both",
        "Revenue rose 150% to $300m from $200m.",
        [("FC201", "error")],
        [("FC201", "error")],
        [("FC201", "error")],
    ),
    ("change-precise", "Sales fell 6.5% to 187,000 tonnes from 200,000 tonnes.", [], [], []),
    (
        "multiple-round-loose-only",
        "Ticket prices doubled from €20 to €60 in two years.",
        [("FC204", "warning")],
        [],
        [("FC204", "warning")],
    ),
    ("multiple-round-right", "Ticket prices tripled from €20 to €60 in two years.", [], [], []),
    (
        "units-round-loose-only",
        "The estate covers 2,095 acres (1,000 hectares) of farmland.",
        [("FC301", "warning")],
        [],
        [("FC301", "error")],
    ),
    # a conversion rounded to two significant digits is honest at face value too
    ("units-two-digits", "The trail runs 62 miles (100 km) along the coast.", [], [], []),
    ("units-right", "The estate covers 2,095 acres (848 hectares) of farmland.", [], [], []),
    (
        "share-round-loose-only",
        "In the poll, 200 of the 1,000 members (25%) backed the plan.",
        [("FC203", "warning")],
        [],
        [("FC203", "error")],
    ),
    (
        "share-round-right",
        "In the poll, 200 of the 1,000 members (20%) backed the plan.",
        [],
        [],
        [],
    ),
    (
        "total-round-parts",
        "The council spent a total of $300m: $100m on schools and $100m on roads.",
        [("FC202", "warning")],
        [],
        [("FC202", "error")],
    ),
    # a rounded total over exact parts keeps the loose reading: honest at face value too
    (
        "total-rounded-result",
        "The council spent a total of $2,000: $1,001 on schools and $1,001 on roads.",
        [],
        [],
        [],
    ),
    # a hedge says the writer did not mean the round figure exactly: it stays loose
    ("hedged-share", "In the poll, about 200 of the 1,000 members (25%) backed it.", [], [], []),
]


@pytest.mark.parametrize(
    ("text", "both", "loose", "face"),
    [pytest.param(*row[1:], id=row[0]) for row in CASES],
)
def test_each_reading_of_round_figures(
    text: str,
    both: list[tuple[str, str]],
    loose: list[tuple[str, str]],
    face: list[tuple[str, str]],
) -> None:
    assert verdicts(text) == both
    assert verdicts(text, "loose") == loose
    assert verdicts(text, "face-value") == face


def test_the_warning_says_what_holds_at_face_value_and_why() -> None:
    (finding,) = figure_findings("Revenue rose 25% to $300m from $200m.")
    assert finding.severity is Severity.WARNING
    assert "at face value, from $200m to $300m is a change of 49.38–50.63%" in finding.message
    assert '"25%" holds only if $200m and $300m are read as rounded' in finding.message
    assert finding.evidence.figures == ("25%", "$200m", "$300m")
    assert any("read loosely" in note for note in finding.evidence.notes)


def test_default_rounding_is_both() -> None:
    assert Config().rounding == "both"
    assert verdicts("Revenue rose 25% to $300m from $200m.") == [("FC201", "warning")]


def test_unknown_rounding_is_refused() -> None:
    with pytest.raises(ConfigError, match="rounding must be one of loose, face-value, both"):
        Config(rounding="exact")


def test_the_cli_reports_the_warning(tmp_path: pytest.TempPathFactory) -> None:
    import subprocess
    import sys
    from pathlib import Path

    page = Path(str(tmp_path)) / "results.md"
    page.write_text("Revenue rose 25% to $300m from $200m.\n", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "figcheck", "check", str(page)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert "FC201" in result.stdout
    assert "holds only if $200m and $300m are read as rounded" in result.stdout


# ---------------------------------------------------------------------------------------------
# Properties: round figures written honestly are never flagged; moved past tolerance, always.
# ---------------------------------------------------------------------------------------------


def _round_value(digits: int, zeros: int) -> st.SearchStrategy[Decimal]:
    """A round integer: ``digits`` significant digits (the last not 0), then ``zeros`` zeros."""
    low, high = 10 ** (digits - 1), 10**digits - 1
    return (
        st.integers(low, high).filter(lambda n: n % 10 != 0).map(lambda n: Decimal(n) * 10**zeros)
    )


def _text(value: Decimal) -> str:
    return f"{value:,f}"


def _percent(value: Decimal) -> str:
    return f"{value.quantize(Decimal('0.1')):f}"


@st.composite
def round_changes(draw: st.DrawFn, *, perturbed: bool) -> str:
    """ "Revenue rose 25.0% to $300m from $240m." with round values; the change is exact at
    face value, or moved off it by 3 to 20 percentage points plus 2% of (100 + the change),
    more than the face-value rounding of the two values allows."""
    zeros = draw(st.integers(2, 4))  # values of 100 and more: face value within 0.5%
    before = draw(_round_value(draw(st.integers(1, 2)), zeros))
    after = draw(_round_value(draw(st.integers(1, 2)), zeros))
    if after == before:
        after += Decimal(10) ** zeros * 3
    change = abs(after / before - 1) * 100
    if perturbed:
        shift = Decimal(draw(st.integers(30, 200))) / 10 + (100 + change) / 50
        change = change + shift if draw(st.booleans()) or change <= shift else change - shift
    verb = "rose" if after > before else "fell"
    unit = draw(st.sampled_from(("$", "", "€")))
    template = draw(
        st.sampled_from(
            (
                "Revenue {verb} {pct}% to {a} from {b}.",
                "Revenue {verb} {pct}% from {b} to {a}.",
                "Revenue {verb} from {b} to {a}, {noun} of {pct}%.",
            )
        )
    )
    a, b = f"{unit}{_text(after)}", f"{unit}{_text(before)}"
    noun = "an increase" if after > before else "a decrease"
    return template.format(verb=verb, noun=noun, pct=_percent(change), a=a, b=b)


@st.composite
def round_shares(draw: st.DrawFn, *, perturbed: bool) -> str:
    """ "In the poll, 200 of the 1,000 members (20.0%) backed the plan." with round figures."""
    zeros = draw(st.integers(1, 3))
    whole = draw(_round_value(draw(st.integers(1, 2)), zeros + 1))
    part = draw(_round_value(draw(st.integers(1, 2)), zeros).filter(lambda n: n < whole))
    share = part / whole * 100
    if perturbed:
        shift = Decimal(draw(st.integers(30, 200))) / 10 + share / 50
        share = share + shift if draw(st.booleans()) or share <= shift else share - shift
    return (
        f"In the poll, {_text(part)} of the {_text(whole)} members ({_percent(share)}%) backed it."
    )


def _flags(text: str) -> list[Severity]:
    return [finding.severity for finding in figure_findings(text)]


@settings(max_examples=150, deadline=None)
@given(st.one_of(round_changes(perturbed=False), round_shares(perturbed=False)))
def test_honest_round_figures_are_never_flagged(text: str) -> None:
    """Guards the face-value reading: a claim exact at face value passes both readings."""
    assert _flags(text) == []


@settings(max_examples=150, deadline=None)
@given(st.one_of(round_changes(perturbed=True), round_shares(perturbed=True)))
def test_round_figures_past_tolerance_are_always_flagged(text: str) -> None:
    """Guards recall on round figures: a claim 3 to 20 points off its face value is reported,
    as an error when no reading holds, else as a warning."""
    assert _flags(text) in ([Severity.ERROR], [Severity.WARNING])


def test_the_rounding_key_in_a_configuration_file_is_read(tmp_path: Path) -> None:
    from figcheck.lint.settings import load_settings

    (tmp_path / "figcheck.toml").write_text('rounding = "loose"\n', encoding="utf-8")
    assert load_settings(tmp_path).config_for(tmp_path / "a.md").rounding == "loose"
    (tmp_path / "figcheck.toml").write_text('rounding = "tight"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="rounding: must be one of"):
        load_settings(tmp_path)


# Currency conversions against the reference: a round converted figure that fits only when
# its trailing zeros are read as rounding is a warning at face value (FC102).
KOREAN = "회사는 300억 달러(약50조 원)를 지불했다."  # 2024-05-02: about 1,377 won to the dollar
MAY_2024 = dt.date(2024, 5, 2)


def test_round_converted_figure_that_fits_only_loosely_is_a_face_value_warning() -> None:
    (finding,) = figcheck.check(KOREAN, locale="ko", date=MAY_2024).findings
    assert (finding.code, str(finding.severity)) == ("FC102", "warning")
    assert "does not fit at face value" in finding.message
    assert "it implies 1633.3–1700 KRW per USD" in finding.message
    assert "(40조 원 to 60조 원)" in finding.message


def test_loose_rounding_reads_converted_figures_as_before() -> None:
    loose = figcheck.Config(rounding="loose")
    assert figcheck.check(KOREAN, locale="ko", date=MAY_2024, config=loose).findings == []


def test_a_converted_figure_rounded_to_two_digits_passes_at_face_value() -> None:
    # 300,000 rubles at 60.24 is $4,980; "$5,000" is two significant digits: honest.
    text = "Each pilot gets 300,000 rubles ($5,000)."
    assert figcheck.check(text, date=dt.date(2022, 10, 25)).findings == []


def test_the_ends_of_a_converted_range_keep_their_rounding() -> None:
    text = "The shirt deal was worth 55-75 million euros ($62-80 million)."
    codes = [f.code for f in figcheck.check(text, date=dt.date(2017, 6, 1)).findings]
    assert "FC102" not in codes
