"""Round figures compared in one claim are read at the claim's precision (rules/_figures.py).

The sentences are ours, around the issue's own examples.
"""

from __future__ import annotations

import pytest

import figcheck


def figure_codes(text: str) -> list[str]:
    return [f.code for f in figcheck.check(text).findings if f.code[2] in "23"]


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Profit rose 12% to $5.6bn from $5bn.", []),
        ("Profit rose 15% to $5.6bn from $5bn.", ["FC201"]),
        ("40 of the 200 soldiers (20%) were injured.", []),
        ("40 of the 200 soldiers (25%) were injured.", ["FC203"]),
        ("Prices doubled from €2.50 to €5.", []),
        ("Prices doubled from €2.50 to €6.", ["FC204"]),
        # a rounded total over exact parts is honest, so totals keep the lenient reading
        ("The fund paid a total of $2,000: $1,001 for schools and $1,001 for roads.", []),
        # alone, a hedged round figure keeps its wide interval
        ("Some 40 of the 200 soldiers (25%) were injured.", []),
    ],
    ids=[
        "change-ok",
        "change-off",
        "share-ok",
        "share-off",
        "multiple-ok",
        "multiple-off",
        "rounded-total",
        "hedged-share",
    ],
)
def test_round_figures_take_the_precision_of_their_claim(text: str, codes: list[str]) -> None:
    assert figure_codes(text) == codes
