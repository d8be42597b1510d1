"""FC402 ambiguous-currency: a conversion names a currency figcheck cannot pin down.

What it does
    Reports a conversion one of whose amounts has a symbol or name shared by several currencies
    ("kr", "pesos", "francs", or "$" in a text that names both US and Canadian dollars) that the
    document does not settle. That conversion is not checked.

Why it matters
    Guessing would produce confident findings about the wrong currency; saying so lets the
    writer make the text unambiguous, or the user pass a ``locale``.

Known problems
    English defaults resolve "$", "£", "¥", "Rs" and a few names without asking; the candidate
    list in the evidence shows what else they could have been.

Options
    ``locale`` (a territory picks its own currency when it is a candidate: en_CA makes "$" the
    Canadian dollar, sv_SE makes "kr" the Swedish krona).

Example
    Bad: "50 kr" could be Swedish, Norwegian, Danish or Icelandic.
    Good: "50 Swedish kronor".
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from figcheck.model import Evidence, Finding
from figcheck.rules._fx_report import finding
from figcheck.rules._rule import Example
from figcheck.rules.catalog import FC402
from figcheck.rules.context import CheckContext

RULE = FC402
BAD = Example("The museum ticket costs 50 kr (about $4.80).", dt.date(2023, 5, 12))
GOOD = Example("The museum ticket costs 50 Swedish kronor (about $4.80).", dt.date(2023, 5, 12))


def check(context: CheckContext) -> Iterator[Finding]:
    """Report each unresolved amount that takes part in a conversion."""
    for conversion in context.conversions:
        for money in (conversion.original, conversion.converted):
            if money.currency is not None:
                continue
            message = (
                f'"{money.unit_text}" is ambiguous in this text (it can stand for '
                f"{', '.join(money.candidates)}); this conversion was not checked "
                "(name the currency)"
                if money.unit_text
                else f'"{money.text}" has no currency written (it can stand for '
                f"{', '.join(money.candidates)}); this conversion was not checked "
                "(name the currency)"
            )
            proof = Evidence(
                figures=(conversion.original.text, conversion.converted.text),
                notes=(f"candidates: {', '.join(money.candidates)}",),
            )
            yield finding(RULE, money.span, message, proof)
