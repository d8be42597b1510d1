"""Shared wording and evidence for the currency rules, so every finding reads the same way."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, fields, replace
from decimal import Decimal

from figcheck.intervals import Interval, format_decimal
from figcheck.model import Conversion, Evidence, Finding, Fix, Span
from figcheck.rates.source import RateQuote
from figcheck.rules._expected_figures import (
    MAX_DIGITS,
    Written,
    digits_for,
    magnitude_words,
    significant_digits,
    written_like,
)
from figcheck.rules._rule import Rule
from figcheck.rules.fx import (
    Against,
    Analysis,
    Band,
    Judgement,
    Outcome,
    RateView,
    expected_converted,
)

RATE_DIGITS = 5


#: Why a conversion the text converts "at the time" is held to the pair's history.
AT_THE_TIME = "the text converts at the rate of the time it speaks of, not of the document's date"


def rate_range(interval: Interval, base: str, quote: str) -> str:
    """ "60.18–60.30 RUB per USD" (a single number when both ends agree to 5 digits)."""
    low = format_decimal(interval.low, RATE_DIGITS)
    high = format_decimal(interval.high, RATE_DIGITS)
    value = low if low == high else f"{low}–{high}"
    return f"{value} {quote} per {base}"


@dataclass(frozen=True, slots=True)
class InDocument(Judgement):
    """A judgement with the magnitude words of its document's conversions, by multiplier,
    so that its expected figure can switch to a word the document uses ("$1.41bn")."""

    words: tuple[tuple[Decimal, tuple[str, ...]], ...] = ()


def expected_text(judgement: Judgement) -> str:
    """ "expected about $3,320" in the converted mention's own notation ("$5.48m",
    "3.320 Dollar")."""
    return f"expected about {expected_figure(judgement)}"


def expected_figure(judgement: Judgement) -> str:
    """ "$3,320": the expected converted amount written as the mention was (a range is given
    as one amount with its ISO code)."""
    return expected_written(judgement).text


def expected_written(judgement: Judgement) -> Written:
    """The expected converted amount, written as the converted mention is written (see
    ``figcheck.rules._expected_figures``)."""
    conversion = judgement.view.conversion
    digits = digits_for(conversion.original.figure, conversion.converted.figure)
    if judgement.outcome is Outcome.MAGNITUDE:  # the digits were right, only their place not
        digits = min(max(digits, significant_digits(conversion.converted.figure)), MAX_DIGITS)
    words = dict(judgement.words) if isinstance(judgement, InDocument) else {}
    mid = expected_converted(judgement).mid
    return written_like(mid, conversion.converted, digits, words)


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
    written = expected_written(judgement)
    allowed = expected_converted(replace(judgement, expected=judgement.allowed))
    unambiguous = converted.figure.other is None and written.value in allowed
    safe = rule.code in SAFE_FIX_RULES and unambiguous
    return Fix(converted.span, converted.text, written.text, safe)


def against_text(judgement: Judgement) -> str:
    """What the conversion was compared with, as a clause: "the other … allow …"."""
    view = judgement.view
    expected = rate_range(judgement.expected, view.base, view.quote)
    if judgement.against is Against.DOCUMENT:
        others = "conversion" if judgement.peers == 1 else f"{judgement.peers} conversions"
        verb = "implies" if judgement.peers == 1 else "imply"
        mutual = "; nothing here tells which of the two is wrong" if judgement.mutual else ""
        return (
            f"the other {others} between {view.base} and {view.quote} here {verb} {expected} "
            f"(tolerance {percent(judgement.tolerance)}){mutual}"
        )
    assert judgement.band is not None
    if judgement.against is Against.HISTORY:
        return history_text(judgement.band, view.base, view.quote, _why_history(view))
    return f"the reference rate was {expected} ({provenance(judgement.band)})"


def history_text(
    band: Band, base: str, quote: str, why: str = "there is no reference for the document's date"
) -> str:
    """ "there is no reference for the document's date, and every USD/RUB rate from
    1998-12-22 to 2026-10-21 lay within 21.9–120.4 RUB per USD (NBP table B …); even halved
    or doubled that is 10.95–240.8 RUB per USD"."""
    assert band.history is not None
    first, last = band.history
    low, high = band.quotes
    return (
        f"{why}, and every {base}/{quote} rate from "
        f"{first} to {last} lay within {rate_range(band.rates, base, quote)} (lowest: "
        f"{_dated(low)}; highest: {_dated(high)}); even halved or doubled that is "
        f"{rate_range(band.allowed, base, quote)}"
    )


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
    window = f"window {band.window_days} days"
    if band.since is not None:
        window += (
            f" and the lowest and highest rate since {band.since} (the text names "
            f"{band.since.year} beside it)"
        )
    return f"{band.latest.source}, {days}, {window}; tolerance ±{percent(band.tolerance)}"


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


def _dated(quote: RateQuote) -> str:
    """A quote's source with its date, unless the source names it already."""
    day = str(quote.date)
    return quote.source if day in quote.source else f"{quote.source}, {day}"


def ordinal(number: int) -> str:
    """95 → "95th", 99 → "99th", 1 → "1st"."""
    if number % 100 in (11, 12, 13):
        return f"{number}th"
    return f"{number}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(number % 10, 'th') }"


def message(judgement: Judgement, lead: str) -> str:
    """The one-line message of a judgement: lead, implied rate, what was expected."""
    view = judgement.view
    implied = rate_range(view.implied, view.base, view.quote)
    notes = conversion_notes(view.conversion)
    lead = f"{lead} ({'; '.join(notes)})" if notes else lead
    return (
        f"{lead}: it implies {implied}, but {against_text(judgement)}; {expected_text(judgement)}"
    )


def _why_history(view: RateView) -> str:
    if view.conversion.at_the_time:
        return AT_THE_TIME
    return "there is no reference for the document's date"


def conversion_notes(conversion: Conversion) -> list[str]:
    """What a reader needs to know of how the conversion was read (``bare_note``,
    ``scope_note``), for the message and the evidence alike."""
    return [note for note in (bare_note(conversion), scope_note(conversion)) if note]


def scope_note(conversion: Conversion) -> str | None:
    """What a reader needs to know of a conversion the text puts at another market's rate or
    at the rate of another time, else None."""
    if conversion.parallel_market:
        return (
            "the text puts it on a parallel market: held to the other parallel-market "
            "conversions only"
        )
    return None


def bare_note(conversion: Conversion) -> str | None:
    """What a reader needs to know of an amount written without its currency, else None."""
    for money in (conversion.original, conversion.converted):
        if not money.unit_text and money.currency is not None:
            return (
                f'"{money.text}" has no currency written: read as {money.currency}, the '
                "currency the document names"
            )
    return None


def percent(fraction: Decimal) -> str:
    """0.005 → "0.5%"."""
    return f"{format_decimal(fraction * 100, 4)}%"


def band_notes(
    band: Band, base: str, quote: str, conversion: Conversion | None = None
) -> list[str]:
    """The reference behind a judgement, for the evidence: the source, the dates used and the
    band, so the finding can be checked against the source by hand."""
    dates = ", ".join(str(q.date) for q in band.quotes)
    if band.history is not None:
        if conversion is not None and conversion.at_the_time:
            why = AT_THE_TIME
            lead = f"{why}: the pair's whole history bounds it"
            return [lead, f"history: {history_text(band, base, quote, why)}"]
        return [
            "no reference rate for the document's date (or no date): the pair's whole "
            "history bounds it",
            f"history: {history_text(band, base, quote)}",
        ]
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
    since = []
    if band.since is not None:
        since = [
            f"the text names {band.since.year} beside it: the lowest and highest rate from "
            f"{band.since} to {band.date} are in the band"
        ]
    return [
        f"reference source: {band.latest.source}",
        f"reference dates used: {dates} (window of {band.window_days} days before {band.date})",
        *since,
        f"reference band: {rate_range(band.rates, base, quote)}, "
        f"allowed ±{percent(band.tolerance)}: {rate_range(band.allowed, base, quote)}",
    ]


def evidence(judgement: Judgement) -> Evidence:
    """The arithmetic of one judgement, for the finding's evidence; the reference band is
    named whenever the pair had one, even when the document's own conversions decided."""
    view = judgement.view
    band = judgement.band
    notes = [f"expected converted amount {expected_converted(judgement)}"]
    notes.extend(conversion_notes(view.conversion))
    if band is not None:
        notes.extend(band_notes(band, view.base, view.quote, view.conversion))
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
    """The judgements with ``outcome`` (and, when given, made ``against`` that yardstick),
    each with the magnitude words of the document's conversions for its expected figure."""
    figures = [
        money.figure
        for view in analysis.views
        for money in (view.conversion.original, view.conversion.converted)
    ]
    words = tuple(magnitude_words(figures).items())
    for judgement in analysis.judgements:
        if judgement.outcome is outcome and against in (None, judgement.against):
            yield in_document(judgement, words)


def in_document(
    judgement: Judgement, words: tuple[tuple[Decimal, tuple[str, ...]], ...]
) -> InDocument:
    """``judgement`` with its document's magnitude words."""
    values = {field.name: getattr(judgement, field.name) for field in fields(judgement)}
    return InDocument(**values, words=words)


def judgement_finding(rule: Rule, judgement: Judgement, lead: str) -> Finding:
    """A finding of ``rule`` on the converted figure, with the judgement's arithmetic."""
    span = judgement.view.conversion.converted.span
    found = finding(rule, span, message(judgement, lead), evidence(judgement))
    return replace(found, fix=suggested_fix(rule, judgement))
