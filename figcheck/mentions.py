"""Money mentions: numbers with the currency written beside them.

Grammar, around each number run found by ``numbers.PATTERNS["run"]``::

    money  := [sign] PREFIX [" "] [sign] NUMBER [MAGNITUDE] [RANGE]
            | [sign] NUMBER [MAGNITUDE] [RANGE] " " SUFFIX
    PREFIX := symbol or ISO code ("$", "US$", "€", "USD", "Rs", "zł")
    SUFFIX := symbol, ISO code or currency name ("€", "USD", "rubles", "Hong Kong dollars")
    RANGE  := ("-" | "–" | " to ") [PREFIX] NUMBER [MAGNITUDE]      ("$2-3 million", "$2m-$3m")
    "between" money "and" money                                    (one range)

Lookups around a number read a bounded window, so scanning is linear in the text. A number in
parentheses is never an accounting negative: only a written minus sign makes an amount negative.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from decimal import Decimal

from figcheck.currencies import Lexicon, default_reading, lexicon
from figcheck.hedges import find_hedge, widen
from figcheck.model import Money, Span
from figcheck.numbers import PATTERNS as NUMBER_PATTERNS
from figcheck.numbers import ParsedNumber, magnitude_value, make_figure, parse_run

PATTERNS = {
    # Between the two ends of a range: "2-3", "2–3", "2 to 3".
    "range_join": re.compile(r"[ \u00a0]?(?:-|–|—)[ \u00a0]?|[ \u00a0]to[ \u00a0]"),
    # The words after a number that may name its currency: up to five of at most 31 characters
    # each (bounded, so a long word after every number cannot make the scan quadratic).
    "words": re.compile(r"[^\W\d_][\w&'.’-]{0,30}(?:[ \u00a0](?:&|[^\W\d_][\w'.’-]{0,30})){0,4}"),
    # "in 2015 dollars": a year used as a price base, not an amount.
    "price_base": re.compile(r"(?i:in|of)[ \u00a0]$"),
    # "between" right before the first end of a "between X and Y" range.
    "between": re.compile(r"(?i:between)[ \u00a0]$"),
    # "from" right before a "from X to Y" change, which is not a range.
    "from": re.compile(r"(?i:from)[ \u00a0]$"),
}
SPACES = " \u00a0\u202f"
SIGNS = "-−"


@dataclass(frozen=True, slots=True)
class _Amount:
    """A number with its magnitude, before any currency is attached."""

    start: int
    end: int
    number: ParsedNumber
    multiplier: Decimal
    upper: ParsedNumber | None = None


@dataclass(frozen=True, slots=True)
class _Raw:
    """A money mention before the document-wide currency resolution."""

    start: int
    end: int
    amount: _Amount
    negative: bool
    surface: str
    candidates: tuple[str, ...]
    hedge: str | None


def find_money(text: str, *, locale: str | None = None) -> list[Money]:
    """Every money mention in ``text``, in order, with currencies resolved in context.

    An ambiguous surface ("$", "pesos") takes the one currency of its kind that the document
    names explicitly ("US$", "Mexican pesos"); failing that, the reading of ``locale``'s
    territory or of English ("$" → USD); failing that, it stays unresolved (``currency=None``).
    """
    lex = lexicon()
    raws = _merge_between_ranges(text, list(_scan(text, lex)))
    explicit = {r.candidates[0] for r in raws if len(r.candidates) == 1}
    territory = _territory(locale)
    return [_to_money(text, raw, explicit, territory) for raw in raws]


def _territory(locale: str | None) -> str | None:
    if not locale:
        return None
    parts = locale.replace("-", "_").split("_")
    return parts[1].upper() if len(parts) > 1 else None


def _scan(text: str, lex: Lexicon) -> Iterator[_Raw]:
    position = 0
    for match in NUMBER_PATTERNS["run"].finditer(text):
        if match.start() < position:
            continue
        raw = _money_at(text, match, lex)
        if raw is not None:
            position = raw.end
            yield raw


def _money_at(text: str, match: re.Match[str], lex: Lexicon) -> _Raw | None:
    """The money mention built around one number run, or None when no currency is attached."""
    number = parse_run(match.group())
    if number is None:
        return None
    start, negative_inner = match.start(), _signed(text, match.start())
    if negative_inner:
        start -= 1
    prefix = _prefix(text, start, lex)
    is_change = _follows_from(text, prefix[2] if prefix else start)
    amount = _amount(text, match.start(), match.end(), number, lex, ranges=not is_change)
    suffix = _suffix(text, amount.end, lex)
    if prefix is None and suffix is None:
        return None
    if prefix is None and text[start - 1 : start].isalnum():
        return None  # "A380 euros", "COVID19": letters glued to the digits
    if prefix is not None:
        surface, candidates, start = prefix
        end = amount.end
        if suffix is not None and set(suffix[1]) & set(candidates):
            candidates = tuple(sorted(set(suffix[1]) & set(candidates)))
            end = suffix[2]
    else:
        assert suffix is not None
        surface, candidates, end = suffix
        if _is_price_base(text, match, number):
            return None
    negative = negative_inner or _signed(text, start)
    if negative and not negative_inner:
        start -= 1
    hedge = find_hedge(text, _skip_spaces_back(text, start))
    return _Raw(
        start, end, amount, negative, surface, candidates, hedge and hedge.group("hedge").lower()
    )


def _amount(
    text: str, start: int, end: int, number: ParsedNumber, lex: Lexicon, *, ranges: bool
) -> _Amount:
    """The number with its magnitude word and, when one follows, the upper end of a range."""
    magnitude = NUMBER_PATTERNS["magnitude"].match(text, end)
    multiplier = magnitude_value(magnitude) if magnitude else Decimal(1)
    end = magnitude.end() if magnitude else end
    joined = PATTERNS["range_join"].match(text, end)
    if joined is None or not ranges:
        return _Amount(start, end, number, multiplier)
    second_start = joined.end()
    prefix = _prefix_at(text, second_start, lex)
    second = NUMBER_PATTERNS["run"].match(text, second_start + len(prefix))
    upper = parse_run(second.group()) if second else None
    if second is None or upper is None:
        return _Amount(start, end, number, multiplier)
    second_magnitude = NUMBER_PATTERNS["magnitude"].match(text, second.end())
    upper_multiplier = magnitude_value(second_magnitude) if second_magnitude else multiplier
    if magnitude is None:
        multiplier = upper_multiplier
    if upper_multiplier != multiplier or upper.value <= number.value:
        return _Amount(start, end, number, multiplier if magnitude else Decimal(1))
    second_end = second_magnitude.end() if second_magnitude else second.end()
    return _Amount(start, second_end, number, multiplier, upper)


def _prefix_at(text: str, position: int, lex: Lexicon) -> str:
    """A currency symbol starting at ``position`` (the "$" of "$2m-$3m"), or ""."""
    for length in range(lex.longest_symbol, 0, -1):
        surface = text[position : position + length]
        if len(surface) == length and lex.symbol(surface) and not surface[-1].isalpha():
            return surface
    return ""


def _prefix(text: str, end: int, lex: Lexicon) -> tuple[str, tuple[str, ...], int] | None:
    """The symbol or code just before ``end`` ("US$", "EUR "), as (surface, candidates, start)."""
    stop = end - 1 if end > 0 and text[end - 1] in SPACES else end
    for length in range(min(lex.longest_symbol, stop), 0, -1):
        surface = text[stop - length : stop]
        candidates = lex.symbol(surface)
        if not candidates:
            continue
        before = text[stop - length - 1 : stop - length]
        if surface[0].isalpha() and before.isalnum():
            continue  # "VOTES 5" is not "ES 5"
        if surface[-1].isalpha() and stop == end and len(surface) < 3:
            continue  # "Rs5" is fine, but "kr5" and "RM5" need a space
        return surface, candidates, stop - length
    return None


def _suffix(text: str, end: int, lex: Lexicon) -> tuple[str, tuple[str, ...], int] | None:
    """The symbol, code or name just after ``end``, as (surface, candidates, end)."""
    start = end + 1 if text[end : end + 1] in SPACES and end < len(text) else end
    for length in range(min(lex.longest_symbol, len(text) - start), 0, -1):
        surface = text[start : start + length]
        candidates = lex.symbol(surface)
        glued = text[start + length : start + length + 1].isalnum()
        if candidates and not glued and (not surface[0].isalpha() or start > end):
            return surface, candidates, start + length
    if start == end:
        return None
    words = PATTERNS["words"].match(text, start)
    if words is None:
        return None
    tokens = words.group().split()
    for count in range(min(len(tokens), lex.longest_name), 0, -1):
        phrase = " ".join(tokens[:count]).rstrip(".,;:!?'’)")
        candidates = lex.name(phrase.lower())
        if candidates:
            return phrase, candidates, start + len(phrase)
    return None


def _follows_from(text: str, start: int) -> bool:
    """ "from $2m to $3m" is a change between two amounts, not a range."""
    return PATTERNS["from"].search(text, max(0, start - 6), start) is not None


def _signed(text: str, position: int) -> bool:
    return (
        position > 0
        and text[position - 1] in SIGNS
        and not text[position - 2 : position - 1].isalnum()
    )


def _skip_spaces_back(text: str, position: int) -> int:
    while position > 0 and text[position - 1] in SPACES:
        position -= 1
    return position


def _is_price_base(text: str, match: re.Match[str], number: ParsedNumber) -> bool:
    """ "in 2015 dollars": a four-digit year before a currency name is a price base."""
    year = match.group()
    if len(year) != 4 or not year.isdigit() or not 1800 <= int(year) <= 2100:
        return False
    return PATTERNS["price_base"].search(text, max(0, match.start() - 4), match.start()) is not None


def _merge_between_ranges(text: str, raws: list[_Raw]) -> list[_Raw]:
    """Join "between $2m and $3m" into one range mention."""
    merged: list[_Raw] = []
    index = 0
    while index < len(raws):
        first = raws[index]
        second = raws[index + 1] if index + 1 < len(raws) else None
        if second is not None and _is_between(text, first, second):
            amount = replace(first.amount, upper=second.amount.number, end=second.amount.end)
            merged.append(replace(first, end=second.end, amount=amount))
            index += 2
            continue
        merged.append(first)
        index += 1
    return merged


def _is_between(text: str, first: _Raw, second: _Raw) -> bool:
    gap = text[first.end : second.start].strip(SPACES).lower()
    return (
        gap == "and"
        and first.candidates == second.candidates
        and first.amount.upper is None
        and second.amount.upper is None
        and first.amount.multiplier == second.amount.multiplier
        and second.amount.number.value > first.amount.number.value
        and PATTERNS["between"].search(text, max(0, first.start - 8), first.start) is not None
    )


def _to_money(text: str, raw: _Raw, explicit: set[str], territory: str | None) -> Money:
    amount = raw.amount
    surface = text[raw.start : raw.end]
    figure = make_figure(
        text[amount.start : amount.end], amount.number, amount.multiplier, amount.upper
    )
    if raw.negative:
        figure = replace(
            figure,
            value=-figure.value,
            interval=type(figure.interval)(-figure.interval.high, -figure.interval.low),
            upper=None if figure.upper is None else -figure.upper,
        )
    return Money(
        amount=figure.value,
        currency=_resolve(raw, explicit, territory),
        candidates=raw.candidates,
        span=Span(raw.start, raw.end),
        text=surface,
        figure=figure,
        unit_text=raw.surface,
        interval=widen(figure.interval, figure.value, figure.granularity, raw.hedge),
        hedge=raw.hedge,
    )


def _resolve(raw: _Raw, explicit: set[str], territory: str | None) -> str | None:
    if len(raw.candidates) == 1:
        return raw.candidates[0]
    named = explicit.intersection(raw.candidates)
    if len(named) == 1:
        return named.pop()
    if named:
        return None
    return default_reading(raw.surface, raw.candidates, territory)
