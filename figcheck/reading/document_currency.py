"""Bare numbers restated in another currency: "was fined 150,000 ($2,400)" in a text about roubles.

A writer who has named the currency once often drops it from the next figures, but still
restates them: the number before the restatement is then in the document's currency, the one
currency its money mentions name besides the restatement's. When they name two or more such
currencies, no guess is made: the number is read with all of them as candidates, so FC402 says
the conversion could not be checked.

Only a number that looks like an amount is read: grouped or with a magnitude word ("150,000",
"600 mil milhões", "2.5 million") or at least 100, not a year, not glued to letters, signs or
another figure. The caller decides whether the connector after it ties it to the restatement.
Such a mention has an empty ``unit_text``: no currency was written, and the evidence says so.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections.abc import Iterator, Sequence
from decimal import Decimal

from figcheck.model import Money, Span
from figcheck.reading.currencies import default_reading, lexicon
from figcheck.reading.hedges import MAX_GAP, hedge_before, widen, written_hedge
from figcheck.reading.locales import DocumentLocale
from figcheck.reading.magnitudes import magnitudes
from figcheck.reading.numbers import make_figure, parse_run

# A number's digits, grouped or not: "150,000", "5 000", "2.5".
RUN = re.compile(r"\d(?:[\d.,'’ \u00a0\u202f]*\d)?")
# What may not stand right before such a number: a letter, a sign, a code or another figure.
GLUED_BEFORE = re.compile(r"[\w$€£¥₹#№/.,+−-]")
YEAR = re.compile(r"1[89]\d\d|20\d\d")
# The noun right after a number.
NOUN_AFTER = re.compile(r"[ \u00a0]+([^\W\d_]+)")


def bare_originals(
    text: str, money: Sequence[Money], document: DocumentLocale, taken: set[int]
) -> Iterator[tuple[Money, Money]]:
    """``(A, B)`` for each money mention B (not starting at a position in ``taken``) right
    after a bare number A, A read in the document's other currency (or its candidates); a
    number with a magnitude word of some currencies' numbering ("18,154 crore") in the one of
    those the document names, else with them all as candidates."""
    from figcheck.reading.language_tables import MAGNITUDE_CURRENCIES

    numbering = MAGNITUDE_CURRENCIES.get(document.language, {})
    named = {m.currency for m in money if m.currency is not None}
    starts = [m.span.start for m in money]
    for index, converted in enumerate(money):
        if converted.span.start in taken or converted.currency is None:
            continue
        start = converted.span.start - len(written_hedge(text, converted))
        previous_end = money[index - 1].span.end if index else 0
        original = _number_before(text, max(previous_end, start - MAX_GAP - 24), start, document)
        if original is None or _covered(original.span, starts, money):
            continue
        others = sorted(named - {converted.currency})
        implied = numbering.get(original.text.split()[-1].lower(), ())
        if implied:
            others = [code for code in implied if code in others] or list(implied)
        others = [code for code in others if code != converted.currency]
        if not others:
            continue
        currency = others[0] if len(others) == 1 else None
        yield dataclasses.replace(original, currency=currency, candidates=tuple(others)), converted


def weighed_originals(
    text: str, money: Sequence[Money], document: DocumentLocale, taken: set[int]
) -> Iterator[tuple[Money, Money]]:
    """``(A, B)`` for each money mention B (not starting at a position in ``taken``) after a
    number whose noun is also a weight ("4.150 libras", "2 000 livres": the nouns of
    ``language_tables.NOUNS_NEEDING_MAGNITUDE``), which alone is not read as money: restated
    in another currency, it is one."""
    from figcheck.reading.language_tables import NOUNS_NEEDING_MAGNITUDE

    nouns = NOUNS_NEEDING_MAGNITUDE.get(document.language)
    if not nouns:
        return
    lex = lexicon(document.language)
    starts = [m.span.start for m in money]
    for index, converted in enumerate(money):
        if converted.span.start in taken:
            continue
        start = converted.span.start - len(written_hedge(text, converted))
        previous_end = money[index - 1].span.end if index else 0
        low = max(previous_end, start - MAX_GAP - 40)
        runs = list(RUN.finditer(text, low, start))
        number = _amount_at(text, runs[-1], document) if runs else None
        noun = NOUN_AFTER.match(text, number.span.end) if number else None
        if number is None or noun is None or noun.group(1).lower() not in nouns:
            continue
        candidates = lex.name(noun.group(1).lower())
        span = Span(number.span.start, noun.end())
        if not candidates or _covered(span, starts, money):
            continue
        currency = default_reading(
            noun.group(1), candidates, document.territory, document.language, document.script
        )
        yield (
            dataclasses.replace(
                number,
                currency=currency,
                candidates=candidates,
                span=span,
                text=span.slice(text),
                unit_text=noun.group(1),
            ),
            converted,
        )


def bare_restatements(
    text: str, money: Sequence[Money], document: DocumentLocale, taken: set[int]
) -> Iterator[tuple[Money, Money]]:
    """``(A, B)`` for each money mention A (not starting at a position in ``taken``) followed,
    within a connector's reach, by a bare number B whose magnitude word names a currency's
    numbering ("4125 crores": the rupees and takas of ``language_tables.MAGNITUDE_CURRENCIES``),
    B read in the one of them the document names, else with them all as candidates."""
    from figcheck.reading.language_tables import MAGNITUDE_CURRENCIES

    words = MAGNITUDE_CURRENCIES.get(document.language)
    if not words:
        return
    named = {m.currency for m in money if m.currency is not None}
    for index, original in enumerate(money):
        if original.span.start in taken or original.currency is None:
            continue
        following = money[index + 1].span.start if index + 1 < len(money) else len(text)
        high = min(following, original.span.end + MAX_GAP + 24)
        converted = _number_after(text, original.span.end, high, document, words)
        if converted is None:
            continue
        candidates = words[converted.text.split()[-1].lower()]
        if original.currency in candidates:
            continue
        used = [code for code in candidates if code in named]
        currency = used[0] if len(used) == 1 else None
        yield (
            original,
            Money(
                converted.amount,
                currency,
                candidates,
                converted.span,
                converted.text,
                converted.figure,
                "",
                converted.interval,
                converted.hedge,
            ),
        )


def _number_after(
    text: str, low: int, high: int, document: DocumentLocale, words: dict[str, tuple[str, ...]]
) -> Money | None:
    """The first number in ``text[low:high]``, with a magnitude word of ``words`` after it."""
    run = RUN.search(text, low, high)
    found = None if run is None else _amount_at(text, run, document)
    if found is None or found.figure.scale == 1:
        return None
    return found if found.text.split()[-1].lower() in words else None


def _number_before(text: str, low: int, high: int, document: DocumentLocale) -> Money | None:
    """The last number in ``text[low:high]`` that looks like an amount, with its magnitude
    word, followed by no other figure before ``high``."""
    runs = list(RUN.finditer(text, low, high))
    found = _amount_at(text, runs[-1], document) if runs else None
    if found is None or found.span.end > high:
        return None
    return None if any(c.isdigit() for c in text[found.span.end : high]) else found


def _amount_at(text: str, run: re.Match[str], document: DocumentLocale) -> Money | None:
    """The number of ``run`` and the magnitude word after it as a mention without a currency,
    when it looks like an amount (see the module docstring), else None."""
    if run.start() > 0 and GLUED_BEFORE.match(text, run.start() - 1):
        return None
    digits = run.group()
    parsed = parse_run(digits, document.style)
    if parsed is None or parsed.value <= 0:
        return None
    magnitude = magnitudes(document.language).match(text, run.end())
    end, multiplier = magnitude if magnitude else (run.end(), Decimal(1))
    grouped = any(not c.isdigit() for c in digits)
    if not grouped and magnitude is None and (YEAR.fullmatch(digits) or parsed.value < 100):
        return None
    if text[end : end + 1].isalnum() or text[end : end + 1] in "%‰":
        return None
    written = text[run.start() : end]
    figure = make_figure(written, parsed, multiplier)
    hedge = hedge_before(text, run.start(), document.language)
    interval = widen(figure.interval, figure.value, figure.granularity, hedge)
    span = Span(run.start(), end)
    return Money(figure.value, None, (), span, written, figure, "", interval, hedge)


def _covered(span: Span, starts: list[int], money: Sequence[Money]) -> bool:
    """True when a money mention overlaps ``span``: the number is part of an amount."""
    index = bisect.bisect_right(starts, span.start)
    near = money[max(0, index - 1) : index + 1]
    return any(m.span.start < span.end and span.start < m.span.end for m in near)
