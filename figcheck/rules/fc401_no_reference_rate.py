"""FC401 no-reference-rate: the reference source has no rate for a pair on the document date.

What it does
    Reports, once per currency pair, that the conversions of that pair could not be compared
    with a reference rate, and says what the source does cover: the first and last date of
    each currency, and the last rate of the pair before the document date, which lies beyond
    the look-back (5 days by default, ``lookback_days``).

Why it matters
    figcheck never falls back silently to a stale or invented rate: the ECB stopped publishing
    the rouble on 2022-03-01, and many currencies (hryvnia, naira, Argentine peso) are not in its
    series at all. Knowing a check was skipped is part of the answer.

Known problems
    None: add a rate source that covers the pair to turn this into a real check.

Options
    ``rates`` (the reference source), ``lookback_days`` (``tolerance.lookback-days``).

Example
    Bad: roubles in October 2022, after the ECB's last rouble fixing.
    Good: roubles in January 2022, when the ECB still fixed the rouble.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from figcheck.model import Evidence, Finding
from figcheck.rules._fx_report import finding
from figcheck.rules._rule import Example
from figcheck.rules.catalog import FC401
from figcheck.rules.context import CheckContext

RULE = FC401
BAD = Example("A tank earns its crew 100,000 rubles ($1,660).", dt.date(2022, 10, 25))
GOOD = Example("A tank earns its crew 100,000 rubles ($1,320).", dt.date(2022, 1, 14))


def check(context: CheckContext) -> Iterator[Finding]:
    """Report each pair without a reference rate on the document date."""
    for missing in context.fx.missing:
        view = missing.view
        covered = [
            f"{code} from {span.first} to {span.last}" if span else f"no {code}"
            for code, span in missing.coverage.items()
        ]
        last = ""
        if missing.last is not None:
            last = (
                f"its last {view.base}/{view.quote} rate before then is from {missing.last.date}, "
            )
            last += "beyond the look-back; "
            covered.append(f"last {view.base}/{view.quote} rate: {missing.last.date}")
        message = (
            f"no reference rate between {view.base} and {view.quote} on {missing.date} in "
            f"{missing.source} (it has {'; '.join(covered[:2])}); {last}"
            f"these conversions were only checked against each other"
        )
        proof = Evidence(
            figures=(view.conversion.original.text, view.conversion.converted.text),
            base=view.base,
            quote=view.quote,
            implied=view.implied,
            source=missing.source,
            reference_date=missing.date,
            notes=tuple(covered),
        )
        yield finding(RULE, view.conversion.span, message, proof)
