"""FC406 ambiguous-number: a figure's one separator could be a decimal or a thousands sign.

What it does
    Reports a conversion one of whose figures has a single "." or "," followed by three digits
    ("1.500", "4,980") when the document does not settle which it is: no locale was given or
    detected, the sign is a dot and the currency sign follows the figure ("1.500 €", the
    continental order), or the document's other figures show both conventions ("1.234,56" and
    "1,234.56"). That conversion is not checked.

Why it matters
    "1.500" is one and a half in English and fifteen hundred in German, Spanish or Turkish; a
    thousandfold difference checked under the wrong reading produces a confident wrong finding.

Known problems
    A comma with three digits after it ("4,980"), and a dot in an English-looking figure
    ("€6.481", "$1.234m"), are read the English way when nothing else is known; only a dot in
    a figure written the continental way ("1.500 €") is reported.

Options
    ``locale`` (``--locale``, config ``locale``): "de" reads "1.500" as 1500, "en" as 1.5.

Example
    Bad: "Eintritt: 1.500 € (1.650 $)." (too short to tell the language).
    Good: the same with ``locale="de"``, or in a sentence whose language is clear.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from figcheck.intervals import format_decimal
from figcheck.model import Evidence, Finding
from figcheck.rules._fx_report import finding
from figcheck.rules._rule import Example
from figcheck.rules.catalog import FC406
from figcheck.rules.context import CheckContext

RULE = FC406
BAD = Example("Eintritt: 1.500 € (1.650 $).", dt.date(2023, 5, 12))
GOOD = Example(
    "Der Eintritt kostet 1.500 € (1.650 $) und ist damit nicht billig.", dt.date(2023, 5, 12)
)


def check(context: CheckContext) -> Iterator[Finding]:
    """Report the first unsettled figure of each conversion."""
    for conversion in context.conversions:
        for money in (conversion.original, conversion.converted):
            other = money.figure.other
            if other is None:
                continue
            read, alternative = format_decimal(money.figure.value), format_decimal(other)
            message = (
                f'"{money.figure.text}" reads as {read} or as {alternative} and this text does '
                "not say which (pass a locale, or write the number unambiguously); this "
                "conversion was not checked"
            )
            proof = Evidence(
                figures=(conversion.original.text, conversion.converted.text),
                notes=(f"one reading: {read}", f"other reading: {alternative}"),
            )
            yield finding(RULE, money.span, message, proof)
            break
