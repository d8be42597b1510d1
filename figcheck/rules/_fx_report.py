"""Shared wording and evidence for the currency rules, so every finding reads the same way."""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from figcheck.intervals import Interval, format_decimal
from figcheck.model import Evidence, Finding, Span
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
    converted = judgement.view.conversion.converted
    mid = expected_converted(judgement).mid
    if converted.upper is None:
        figure = converted.figure
        number = amount(mid / figure.scale, figure.decimal, figure.group)
        return f"expected about {RUN.sub(number, converted.text, count=1)}"
    return f"expected about {amount(mid)} {converted.currency}"


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
    days; tolerance ±3%"."""
    days = f"{band.quotes[0].date} to {band.latest.date}"
    if band.quotes[0].date == band.latest.date:
        days = str(band.latest.date)
    return (
        f"{band.latest.source}, {days}, window {band.window_days} days; "
        f"tolerance ±{percent(band.tolerance)}"
    )


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
    return finding(rule, span, message(judgement, lead), evidence(judgement))
