"""FC401 no-reference-rate: the reference source has no rate for a pair on the document date.

What it does
    Reports, once per currency pair, that the conversions of that pair could not be compared
    with a reference rate, not even a stale one, and says what the source does cover: the
    first and last date of each currency, and the last rate of the pair before the document
    date, when there is one: more than 92 days older than the document (a rate up to 92 days
    old is used by FC102 with a widened tolerance, and says so).

Why it matters
    figcheck never falls back silently to a stale or invented rate. The default sources (the
    ECB's daily series, then the NBP's tables A and B) cover some 150 currencies, but not
    every date: the rouble has no fixing before December 1998, for one. Knowing a check was
    skipped is part of the answer.

Known problems
    None: add a rate source that covers the pair to turn this into a real check.

Options
    ``rates`` (the reference source), ``lookback_days`` (``tolerance.lookback-days``).

Example
    Bad: roubles in 1997, before any rouble rate in the default sources.
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
from figcheck.rules.fx import MAX_STALE_DAYS, MissingReference

RULE = FC401
BAD = Example("A month's pension was 300,000 rubles ($52).", dt.date(1997, 6, 2))
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
                f"{why_not(missing)}; "
            )
            covered.append(f"last {view.base}/{view.quote} rate: {missing.last.date}")
        message = (
            f"no reference rate between {view.base} and {view.quote} on {missing.date} in "
            f"{missing.source} (it has {'; '.join(covered[:2])}); {last}"
            "these conversions were only checked against each other"
            + (
                ", and against the pair's whole history for slips by a power of ten"
                if missing.bounded
                else ""
            )
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


def why_not(missing: MissingReference) -> str:
    """Why the last rate before the document does not stand in for one on its date."""
    assert missing.last is not None
    gap = (missing.date - missing.last.date).days
    if missing.unmeasured:
        return (
            f"{gap} days before, but there are too few rates before it to measure how far "
            "the pair moves over such a gap"
        )
    return f"{gap} days before, more than the {MAX_STALE_DAYS} a stale rate may bridge"
