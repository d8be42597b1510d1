"""FC102 conversion-off-reference: the implied rate is outside the reference band.

What it does
    Compares each conversion's implied rate (an interval) with the reference rates of the
    document's date: the fixings over the window of days before it, widened by a tolerance.
    Needs a document date and a reference rate for the pair. The message names the source, the
    first and last fixing used, the window and the tolerance; the evidence lists every date.
    When the source's last rate is older than the look-back (a document dated today, a series
    that ends weeks ago) but at most 92 days old, that rate is used with the tolerance widened
    by how far the pair moved over gaps that long in the three years before (99th
    percentile), and the message says so: "rate of 2026-10-30, 38 days before the document;
    EUR/USD moved up to 5.37% over such a gap". Run ``figcheck rates update`` for newer rates.
    A conversion the text puts on a black or parallel market ("$13 on the black market") is
    not compared with the reference, which publishes no such rate; one it converts "at the
    time" ("当時の為替相場で約171億ドル") is held to the pair's whole history only, as in an
    undated document (``language_tables.RATE_SCOPE_WORDS``). A conversion whose sentence names
    one earlier year ("in 2015 Shell paid £47 billion (about €64 billion)") may use any rate
    from the start of that year to the document date: the band also holds the lowest and
    highest fixing since then, and the message names the year.

Why it matters
    A stale rate, a rate for the wrong currency, or an arithmetic slip shows up as a rate the
    market never had around the time of writing.

    A converted figure that fits only when its trailing zeros are read as rounding ("300억 달러
    (약50조 원)" dated 2024-05-02: 50조 read as 40조–60조 fits about 1,377 won to the dollar, 50조
    at face value implies 1,633–1,700) is reported too, at face value, saying so; ``rounding
    = "loose"`` turns that off (see docs/intervals.md).

Known problems
    Retail and card rates, and black-market rates the text does not call so, can differ from
    the reference by more than the tolerance (the rouble in 2022, the Argentine peso); widen
    the tolerance for such texts.

Options
    ``reference_window_days`` (default 7), ``reference_tolerance`` (default 3%),
    ``lookback_days`` (default 5), ``rates``.
    A rate set by law, not by a market (the euro's irrevocable conversion rates: 1.95583
    marks per euro), is held to ±0.5% when the tolerance is wider: rounding such a rate is
    allowed, a figure off it by more used another rate.

Example
    Bad: €5m stated as $9m in May 2023, when a euro bought about $1.09.
    Good: €5m stated as about $5.45m.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import replace

from figcheck.model import Finding
from figcheck.rules._expected_figures import written_like
from figcheck.rules._fx_report import judged, judgement_finding
from figcheck.rules._rule import Example
from figcheck.rules.catalog import FC102
from figcheck.rules.context import CheckContext
from figcheck.rules.fx import Against, Outcome

RULE = FC102
BAD = Example("The city paid €5m ($9m) for the bridge.", dt.date(2023, 5, 12))
GOOD = Example("The city paid €5m (about $5.45m) for the bridge.", dt.date(2023, 5, 12))


def check(context: CheckContext) -> Iterator[Finding]:
    """Report each conversion whose implied rate misses the reference band."""
    for judgement in judged(context.fx, Outcome.DISAGREES, Against.REFERENCE):
        converted = judgement.view.conversion.converted
        if not judgement.face_value:
            yield judgement_finding(RULE, judgement, f'"{converted.text}" does not fit')
            continue
        found = judgement_finding(RULE, judgement, f'"{converted.text}" does not fit at face value')
        loose = converted.interval
        low, high = (written_like(end, converted, 2).text for end in (loose.low, loose.high))
        note = (
            f'it fits only if "{converted.text}" is read as rounded at its last non-zero digit '
            f"({low} to {high})"
        )
        evidence = replace(found.evidence, notes=(*found.evidence.notes, note))
        yield replace(found, message=f"{found.message}; {note}", evidence=evidence)
