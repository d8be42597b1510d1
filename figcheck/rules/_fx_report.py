"""Shared wording and evidence for the currency rules, so every finding reads the same way."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from decimal import Decimal

from figcheck.intervals import Interval, format_decimal
from figcheck.model import Evidence, Finding, Fix, Span
from figcheck.rules._rule import Rule
from figcheck.rules.fx import Against, Analysis, Band, Judgement, Outcome, expected_converted

RATE_DIGITS = 5
#: The number inside a mention's text, whatever its notation ("4,980", "4.980", "4 980").
RUN = re.compile(r"\d+(?:[,.'’\u00a0\u202f ]\d+)*")


def rate_range(interval: Interval, base: str, quote: str) -> str:
    """ "60.18–60.30 RUB per USD" (a single number when both ends agree to 5 digits)."""
    low = format_decimal(interval.low, RATE_DIGITS)
    high = format_decimal(interval.high, RATE_DIGITS)
    value = low if low == high else f"{low}–{high}"
    return f"{value} {quote} per {base}"


def amount(value: Decimal, decimal: str = ".", group: str = ",") -> str:
    """An amount to four significant digits with thousands separators: "3,320", "5.45"
    (or "3.320" and "5,45" with a decimal comma)."""
    rounded = Decimal(format_decimal(value, 4))
    english = f"{rounded:,f}" if rounded != rounded.to_integral() else f"{rounded.to_integral():,}"
    if (decimal, group) == (".", ","):
        return english
    return english.replace(",", "\0").replace(".", decimal).replace("\0", group)


def expected_text(judgement: Judgement) -> str:
    """ "expected about $3,320" in the converted mention's own notation ("$5.482m",
    "3.320 Dollar")."""
    return f"expected about {expected_figure(judgement)}"


def expected_figure(judgement: Judgement) -> str:
    """ "$3,320": the expected converted amount written as the mention was (a range is given
    as one amount with its ISO code)."""
    converted = judgement.view.conversion.converted
    mid = expected_converted(judgement).mid
    if converted.upper is None:
        figure = converted.figure
        number = amount(mid / figure.scale, figure.decimal, figure.group)
        return RUN.sub(number, converted.text, count=1)
    return f"{amount(mid)} {converted.currency}"


#: Rules whose fix may be applied unattended: the slip or inversion names the one amount.
SAFE_FIX_RULES = frozenset({"FC103", "FC104"})


def suggested_fix(rule: Rule, judgement: Judgement) -> Fix | None:
    """The converted mention rewritten to the expected figure; none for a range (which has
    no single figure in the document's notation). Safe only for ``SAFE_FIX_RULES`` when the
    notation is settled and the rounded figure itself lies within what the rate allows
    (tolerance included), so that the fixed document checks clean."""
    converted = judgement.view.conversion.converted
    if converted.upper is not None:
        return None
    figure = converted.figure
    written = Decimal(format_decimal(expected_converted(judgement).mid / figure.scale, 4))
    allowed = expected_converted(replace(judgement, expected=judgement.allowed))
    unambiguous = figure.other is None and written * figure.scale in allowed
    safe = rule.code in SAFE_FIX_RULES and unambiguous
    return Fix(converted.span, converted.text, expected_figure(judgement), safe)


def against_text(judgement: Judgement) -> str:
    """What the conversion was compared with, as a clause: "the other … allow …"."""
    view = judgement.view
    expected = rate_range(judgement.expected, view.base, view.quote)
    if judgement.against is Against.DOCUMENT:
        others = "conversion" if judgement.peers == 1 else f"{judgement.peers} conversions"
        verb = "implies" if judgement.peers == 1 else "imply"
        return (
            f"the other {others} between {view.base} and {view.quote} here {verb} {expected} "
            f"(tolerance {percent(judgement.tolerance)})"
        )
    assert judgement.band is not None
    return f"the reference rate was {expected} ({provenance(judgement.band)})"


def provenance(band: Band) -> str:
    """Where a band came from: "ECB euro reference rates, 2022-02-25 to 2022-03-01, window 7
    days; tolerance ±3%"; for a stale band, how old its rate is and why the tolerance is
    wider: "ECB euro reference rates, rate of 2026-10-30, 38 days before the document;
    EUR/USD moved up to 4.1% over such a gap (…); tolerance ±7.23%"."""
    if band.stale is not None:
        latest = band.latest
        return (
            f"{latest.source}, {stale_text(band, latest.base, latest.quote)}; "
            f"tolerance ±{percent(band.tolerance)}"
        )
    days = f"{band.quotes[0].date} to {band.latest.date}"
    if band.quotes[0].date == band.latest.date:
        days = str(band.latest.date)
    return (
        f"{band.latest.source}, {days}, window {band.window_days} days; "
        f"tolerance ±{percent(band.tolerance)}"
    )


def stale_text(band: Band, base: str, quote: str) -> str:
    """ "rate of 2026-10-30, 38 days before the document; EUR/USD moved up to 4.1% over such a
    gap (99th percentile of 740 windows from 2023-10-30)"."""
    stale = band.stale
    assert stale is not None
    return (
        f"rate of {band.latest.date}, {stale.gap_days} days before the document; "
        f"{base}/{quote} moved up to {percent(stale.move)} over such a gap "
        f"({ordinal(stale.percentile)} percentile of {stale.windows} windows from "
        f"{stale.history_from})"
    )


def ordinal(number: int) -> str:
    """95 → "95th", 99 → "99th", 1 → "1st"."""
    if number % 100 in (11, 12, 13):
        return f"{number}th"
    return f"{number}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(number % 10, 'th') }"


def message(judgement: Judgement, lead: str) -> str:
    """The one-line message of a judgement: lead, implied rate, what was expected."""
    view = judgement.view
    implied = rate_range(view.implied, view.base, view.quote)
    return (
        f"{lead}: it implies {implied}, but {against_text(judgement)}; {expected_text(judgement)}"
    )


def percent(fraction: Decimal) -> str:
    """0.005 → "0.5%"."""
    return f"{format_decimal(fraction * 100, 4)}%"


def band_notes(band: Band, base: str, quote: str) -> list[str]:
    """The reference behind a judgement, for the evidence: the source, the dates used and the
    band, so the finding can be checked against the source by hand."""
    dates = ", ".join(str(q.date) for q in band.quotes)
    if band.stale is not None:
        stale = band.stale
        return [
            f"reference source: {band.latest.source}",
            f"reference dates used: {dates}, the latest rate, {stale.gap_days} days before "
            f"{band.date}: stale, beyond the look-back",
            f"stale rate: {stale_text(band, base, quote)}; tolerance widened from "
            f"±{percent(stale.configured)} to ±{percent(band.tolerance)}",
            f"reference band: {rate_range(band.rates, base, quote)}, "
            f"allowed ±{percent(band.tolerance)}: {rate_range(band.allowed, base, quote)}",
        ]
    return [
        f"reference source: {band.latest.source}",
        f"reference dates used: {dates} (window of {band.window_days} days before {band.date})",
        f"reference band: {rate_range(band.rates, base, quote)}, "
        f"allowed ±{percent(band.tolerance)}: {rate_range(band.allowed, base, quote)}",
    ]


def evidence(judgement: Judgement) -> Evidence:
    """The arithmetic of one judgement, for the finding's evidence; the reference band is
    named whenever the pair had one, even when the document's own conversions decided."""
    view = judgement.view
    band = judgement.band
    notes = [f"expected converted amount {expected_converted(judgement)}"]
    if band is not None:
        notes.extend(band_notes(band, view.base, view.quote))
    return Evidence(
        figures=(view.conversion.original.text, view.conversion.converted.text),
        base=view.base,
        quote=view.quote,
        implied=view.implied,
        expected=judgement.expected,
        tolerance=judgement.tolerance,
        source=band.latest.source if band else None,
        reference_date=band.latest.date if band else None,
        factor=judgement.factor,
        notes=tuple(notes),
    )


def finding(rule: Rule, span: Span, message: str, proof: Evidence) -> Finding:
    """A finding of ``rule``."""
    return Finding(rule.code, rule.name, rule.severity, span, message, proof)


def judged(
    analysis: Analysis, outcome: Outcome, against: Against | None = None
) -> Iterator[Judgement]:
    """The judgements with ``outcome`` (and, when given, made ``against`` that yardstick)."""
    for judgement in analysis.judgements:
        if judgement.outcome is outcome and against in (None, judgement.against):
            yield judgement


def judgement_finding(rule: Rule, judgement: Judgement, lead: str) -> Finding:
    """A finding of ``rule`` on the converted figure, with the judgement's arithmetic."""
    span = judgement.view.conversion.converted.span
    found = finding(rule, span, message(judgement, lead), evidence(judgement))
    return replace(found, fix=suggested_fix(rule, judgement))
