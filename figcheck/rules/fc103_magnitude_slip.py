"""FC103 magnitude-slip: a converted amount is off by a power of ten.

What it does
    When a conversion disagrees with the document's other conversions of its pair (or, when it
    is alone or they all agree, with the reference band) and multiplying its implied rate by a
    power of ten (10, 100 … 10¹²) makes it agree, reports the slip and the amount that fits.
    When one side has a magnitude word and the other none, and the slip is exactly that word's
    multiple ("£23.4 ($30 million)"), the message names the figure that lacks its word and
    what it probably meant ("£23.4 million"); when that is the original, either figure may be
    the wrong one, so the finding stays on the converted figure, names both readings, and its
    fix is not applied unattended. FC205 (malformed-figure) leaves such pairs to this rule.

Why it matters
    A dropped or extra zero, or "million" for "billion", is the most common and the most
    embarrassing figure error; saying "10 times too large" is more useful than "rate is off".

Known problems
    A conversion between two currencies whose rate is itself close to a power of ten apart
    from another plausible rate could be misread; the evidence shows both rates. A missing
    magnitude word is a guess: "£23.4 ($30 million)" may also be a conversion of £23.4 whose
    dollars were mistyped, so that suggestion is never applied unattended.

Options
    The tolerances of FC101 and FC102 apply.

Example
    Bad: €200,000 given as $2,178,000, ten times what the other conversions make it.
    Good: $217,800.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from decimal import Decimal

from figcheck.intervals import format_decimal
from figcheck.model import Conversion, Finding, Money
from figcheck.rules._examples import GOOD_GRANTS, grants
from figcheck.rules._fx_report import (
    judged,
    judgement_finding,
)
from figcheck.rules.catalog import FC103
from figcheck.rules.context import CheckContext
from figcheck.rules.fx import Judgement, Outcome, expected_converted

RULE = FC103
BAD = grants("$2,178,000")
GOOD = GOOD_GRANTS
#: The digits at the start of a figure's text; what follows them is its magnitude word.
DIGITS = re.compile(r"\d+(?:[,.'’\u00a0\u202f ]\d+)*")


def check(context: CheckContext) -> Iterator[Finding]:
    """Report each conversion that a power of ten would put right."""
    for judgement in judged(context.fx, Outcome.MAGNITUDE):
        assert judgement.factor is not None
        converted = judgement.view.conversion.converted
        times = max(judgement.factor, 1 / judgement.factor)
        too_large = abs(converted.amount) > expected_converted(judgement).mid
        lead = (
            f'"{converted.text}" is {format_decimal(times, 1)} times too '
            f"{'large' if too_large else 'small'}"
        )
        found = judgement_finding(RULE, judgement, lead)
        bare = _missing_word(judgement.view.conversion, times, too_large=too_large)
        yield found if bare is None else _hinted(found, judgement, bare, times)


def _missing_word(conversion: Conversion, times: Decimal, *, too_large: bool) -> Money | None:
    """The side written without a magnitude word when the other has one and the slip is
    exactly that word's multiple: "£23.4 ($30 million)" gives "£23.4"."""
    original, converted = conversion.original, conversion.converted
    bare, worded = (original, converted) if too_large else (converted, original)
    if bare.figure.scale != 1 or bare.upper is not None or worded.figure.scale != times:
        return None
    return bare


def _suggested(bare: Money, worded: Money) -> str:
    """``bare`` with ``worded``'s magnitude word after its digits: "£23.4 million"."""
    number = DIGITS.match(worded.figure.text)
    word = worded.figure.text[number.end() :] if number else ""
    at = bare.text.rfind(bare.figure.text) + len(bare.figure.text)
    return bare.text[:at] + word + bare.text[at:]


def _hinted(found: Finding, judgement: Judgement, bare: Money, times: Decimal) -> Finding:
    """The finding with the figure that lacks a magnitude word named. It stays on the
    converted figure, as every slip does; when the bare figure is the original, either may be
    the wrong one, so the message names both readings and the fix is not applied unattended."""
    conversion = judgement.view.conversion
    worded = conversion.converted if bare is conversion.original else conversion.original
    suggestion = _suggested(bare, worded)
    hint = (
        f'"{bare.text}" has no magnitude word and "{worded.text}" has one: probably '
        f'"{suggestion}" was meant'
    )
    evidence = replace(found.evidence, notes=(*found.evidence.notes, hint))
    fix = found.fix
    if bare is conversion.original and fix is not None:
        fix = replace(fix, safe=False)
    return replace(
        found,
        message=f"{found.message}; or {hint}"
        if bare is conversion.original
        else f"{found.message}; {hint}",
        evidence=evidence,
        fix=fix,
    )
