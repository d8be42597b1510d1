"""Properties of the figure rules (FC201–FC204, FC301) on sentences from ``figcheck.strategies``.

For each rule: a sentence whose figures are honestly rounded is never flagged at error severity
by any figure rule (a round figure the loose reading allows may still draw a warning), and one
whose checked figure is moved far past its rounding is always flagged by that rule, as an error
or, when only a round figure read loosely lets the claim hold, as a warning, in every phrasing
the strategy writes. ``tests/test_round_figures.py`` has the properties of round figures.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import figcheck
from figcheck import Conversion, Severity
from figcheck import strategies as fs

FIGURE_CODES = frozenset({"FC201", "FC202", "FC203", "FC204", "FC301"})
Make = Callable[..., st.SearchStrategy[fs.FigureSentence]]
KINDS: list[Make] = [
    fs.percent_change_sentences,
    fs.total_sentences,
    fs.share_sentences,
    fs.multiple_sentences,
    fs.unit_conversion_sentences,
]


def figure_codes(text: str, severities: frozenset[Severity] = frozenset(Severity)) -> list[str]:
    """The figure-rule codes ``check`` raises on ``text`` at ``severities``; every sentence
    holds one claim."""
    report = figcheck.check(text)
    claims = [claim for claim in report.claims if not isinstance(claim, Conversion)]
    assert len(claims) == 1, (text, claims)
    return [
        finding.code
        for finding in report.findings
        if finding.code in FIGURE_CODES and finding.severity in severities
    ]


@pytest.mark.parametrize("make", KINDS, ids=lambda make: make.__name__)
def test_honest_figures_are_never_errors(make: Make) -> None:
    """Guards the interval reading: exact arithmetic inside every stated interval is never an
    error (the strategies round figures to a few significant digits, so a round restatement
    may be a warning: "1,000 hectares" for 996.1 ha holds only if read loosely)."""

    @settings(max_examples=150, deadline=None)
    @given(make())
    def honest(sentence: fs.FigureSentence) -> None:
        assert figure_codes(sentence.text, frozenset({Severity.ERROR})) == []

    honest()


@pytest.mark.parametrize("make", KINDS, ids=lambda make: make.__name__)
def test_perturbed_figures_are_always_flagged(make: Make) -> None:
    """Guards recall: a figure moved far past its rounding is reported by its rule (a round
    restatement such as "1,000 hectares" for 848 ha included, as a warning)."""

    @settings(max_examples=150, deadline=None)
    @given(make(perturbed=True))
    def perturbed(sentence: fs.FigureSentence) -> None:
        assert figure_codes(sentence.text) == [sentence.code]

    perturbed()
