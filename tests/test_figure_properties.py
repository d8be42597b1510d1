"""Properties of the figure rules (FC201–FC204, FC301) on sentences from ``figcheck.strategies``.

For each rule: a sentence whose figures are honestly rounded is never flagged by any figure
rule, and one whose checked figure is moved far past its rounding is always flagged by that
rule, in every phrasing the strategy writes.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import figcheck
from figcheck import Conversion
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


def figure_codes(text: str) -> list[str]:
    """The figure-rule codes ``check`` raises on ``text``; every sentence holds one claim."""
    report = figcheck.check(text)
    claims = [claim for claim in report.claims if not isinstance(claim, Conversion)]
    assert len(claims) == 1, (text, claims)
    return [finding.code for finding in report.findings if finding.code in FIGURE_CODES]


@pytest.mark.parametrize("make", KINDS, ids=lambda make: make.__name__)
def test_honest_figures_are_never_flagged(make: Make) -> None:
    """Guards the interval reading: exact arithmetic inside every stated interval passes."""

    @settings(max_examples=150, deadline=None)
    @given(make())
    def honest(sentence: fs.FigureSentence) -> None:
        assert figure_codes(sentence.text) == []

    honest()


@pytest.mark.parametrize("make", KINDS, ids=lambda make: make.__name__)
def test_perturbed_figures_are_always_flagged(make: Make) -> None:
    """Guards recall: a figure moved far past its rounding is reported by its rule."""

    @settings(max_examples=150, deadline=None)
    @given(make(perturbed=True))
    def perturbed(sentence: fs.FigureSentence) -> None:
        assert figure_codes(sentence.text) == [sentence.code]

    perturbed()
