"""Money mentions: numbers with the currency written beside them.

Grammar, around each number run found by ``numbers.PATTERNS["run"]``::

    money  := [sign] PREFIX [" "] [sign] NUMBER [MAGNITUDE] [RANGE]
            | [sign] NUMBER [MAGNITUDE] [RANGE] " " SUFFIX
            | NUMBER [MAGNITUDE] (" to " | " and ") money      the bare first end shares the
                                                              currency: "from 10 to 20 euros"
    PREFIX := symbol or ISO code ("$", "US$", "€", "USD", "Rs", "zł")
    SUFFIX := symbol, ISO code or currency name ("€", "USD", "rubles", "Hong Kong dollars")
    RANGE  := ("-" | "–" | " to ") [PREFIX] NUMBER [MAGNITUDE]      ("$2-3 million", "$2m-$3m")
    "between" money "and" money                                    (one range)
    "from" money " to " money                                      (two mentions, a change)

Lookups around a number read a bounded window, so scanning is linear in the text. A number in
parentheses is never an accounting negative: only a written minus sign makes an amount negative.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from decimal import Decimal

from figcheck.currencies import (
    QUALIFIED_READINGS,
    WEIGHT_NAMES,
    Lexicon,
    default_reading,
    lexicon,
)
from figcheck.hedges import find_hedge, widen
from figcheck.intervals import Interval
from figcheck.model import Money, Span
from figcheck.numbers import PATTERNS as NUMBER_PATTERNS
from figcheck.numbers import ParsedNumber, magnitude_value, make_figure, parse_run

PATTERNS = {
    # Between the two ends of a range: "2-3", "2–3" (always) and "2 to 3" (not after "from").
    "dash_join": re.compile(r"[ \u00a0]?[-–][ \u00a0]?"),
    "to_join": re.compile(r"[ \u00a0]to[ \u00a0]"),
    # A bare number that shares the currency of the next: "from 10 to 20 euros", "between 2
    # and 3 million dollars".
    "shared_to": re.compile(r"[ \u00a0]to[ \u00a0]"),
    "shared_and": re.compile(r"[ \u00a0]and[ \u00a0]"),
    # "1 234 567": digits grouped by spaces, which English does not write; left alone.
    "space_grouped": re.compile(r"\d[ \u00a0\u202f]$"),
    # The words after a number that may name its currency: up to five of at most 31 characters
    # each (bounded, so a long word after every number cannot make the scan quadratic).
    "words": re.compile(r"[^\W\d_][\w&'.’-]{0,30}(?:[ \u00a0](?:&|[^\W\d_][\w'.’-]{0,30})){0,4}"),
    # "in 2015 dollars": a year used as a price base, not an amount.
    "price_base": re.compile(r"(?i:in|of)[ \u00a0]$"),
    # "pounds of apples": a weight.
    "of": re.compile(r"[ \u00a0]of\b", re.IGNORECASE),
    # "between" right before the first end of a "between X and Y" range.
    "between": re.compile(r"(?i:between)[ \u00a0]$"),
    # "from" right before a "from X to Y" change, which is not a range.
    "from": re.compile(r"(?i:from)[ \u00a0]$"),
}
SPACES = " \u00a0\u202f"
SIGNS = "-−"


class UnitKind(enum.Enum):
    """How the currency was written: it decides what the mention says about the document."""

    SYMBOL = "symbol"
    CODE = "code"
    NAME = "name"


@dataclass(frozen=True, slots=True)
class _Unit:
    """The currency written around a number, and where it stands in the text."""

    surface: str
    candidates: tuple[str, ...]
    kind: UnitKind
    start: int
    end: int


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
    unit: _Unit
    hedge: str | None


def find_money(text: str, *, locale: str | None = None) -> list[Money]:
    """Every money mention in ``text``, in order, with currencies resolved in context.

    An ambiguous surface ("$", "pesos") is resolved in this order: for a bare "$", a dollar
    written elsewhere with a qualified sign ("US$", "C$") is ruled out, since a writer who
    qualifies one dollar means another by the bare sign; then the one currency of
    its kind that the document names in words ("Hong Kong dollars", "Mexican pesos"); then the
    locale's territory ("en_CA" → CAD); then the English default ("$" → USD). Failing all that
    it stays unresolved (``currency=None``).
    """
    lex = lexicon()
    raws = _merge_between_ranges(text, list(_scan(text, lex)))
    qualified = {
        (r.unit.surface, _explicit(r.unit)) for r in raws if r.unit.kind is UnitKind.SYMBOL
    }
    named = {_explicit(r.unit) for r in raws if r.unit.kind is UnitKind.NAME}
    context = _Context(qualified, named - {None}, _territory(locale))
    return [_to_money(text, raw, context) for raw in raws]


@dataclass(frozen=True, slots=True)
class _Context:
    """What the whole document says about its currencies."""

    qualified: set[tuple[str, str | None]]
    named: set[str | None]
    territory: str | None

    def ruled_out(self, surface: str) -> set[str]:
        """Currencies written elsewhere with a qualified form of ``surface`` ("US$" for "$")."""
        return {
            code
            for qualified, code in self.qualified
            if code is not None and qualified != surface and surface in qualified
        }


def _explicit(unit: _Unit) -> str | None:
    """The currency a surface names on its own ("US$", "euros", "C$"), else None."""
    if len(unit.candidates) == 1:
        return unit.candidates[0]
    return QUALIFIED_READINGS.get(unit.surface)


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
    inner = _signed(text, match.start())
    start = match.start() - inner
    prefix = _prefix(text, start, lex)
    lead = prefix.start if prefix else start
    change = "from" in text[max(0, lead - 24) : lead].lower() and _follows_from(text, lead)
    amount = _amount(text, match, number, lex, prefix=prefix, to_joins=not change)
    unit = prefix or _suffix(text, amount.end, lex, amount)
    if unit is None:
        shared = _shared_unit(text, amount, lex, change=change)
        if shared is None:
            return None
        unit, multiplier = shared
        amount = replace(amount, multiplier=multiplier)
    elif prefix is not None:
        unit = _merge_suffix(prefix, _suffix(text, amount.end, lex, amount))
    if unit.start >= amount.end and _glued(text, start):
        return None  # "A380 euros", "COVID19": letters glued to the digits
    if prefix is None and PATTERNS["space_grouped"].search(text, max(0, start - 2), start):
        return None  # "1 234 567 euros" is not 567 euros
    if unit.kind is UnitKind.NAME and _is_price_base(text, match):
        return None
    begin = min(unit.start, start)
    outer = _signed(text, begin) if unit.start < start else 0
    negative = bool(inner or outer)
    begin -= outer
    hedge = find_hedge(text, _skip_spaces_back(text, begin))
    end = max(unit.end, amount.end)
    return _Raw(begin, end, amount, negative, unit, hedge and hedge.group("hedge").lower())


def _amount(
    text: str,
    match: re.Match[str],
    number: ParsedNumber,
    lex: Lexicon,
    *,
    prefix: _Unit | None,
    to_joins: bool,
) -> _Amount:
    """The number with its magnitude word and, when one follows, the upper end of a range.

    The upper end may repeat the first end's currency ("$2m-$3m", "US$2m-$3m") but not bring
    another, before or after it ("€50m - $54m", "A$1 – 10 JPY" are two amounts).
    """
    start, end = match.span()
    magnitude = NUMBER_PATTERNS["magnitude"].match(text, end)
    multiplier = magnitude_value(magnitude) if magnitude else Decimal(1)
    end = magnitude.end() if magnitude else end
    single = _Amount(start, end, number, multiplier)
    joined = PATTERNS["dash_join"].match(text, end) or (
        PATTERNS["to_join"].match(text, end) if to_joins else None
    )
    if joined is None:
        return single
    repeated = _symbol_at(text, joined.end(), lex)
    if repeated and not _same_currency(prefix, lex.symbol(repeated)):
        return single
    second = NUMBER_PATTERNS["run"].match(text, joined.end() + len(repeated))
    upper = parse_run(second.group()) if second else None
    if second is None or upper is None:
        return single
    second_magnitude = NUMBER_PATTERNS["magnitude"].match(text, second.end())
    upper_multiplier = magnitude_value(second_magnitude) if second_magnitude else multiplier
    if magnitude is None:
        multiplier = upper_multiplier
    if upper_multiplier != multiplier or upper.value <= number.value:
        return single
    second_end = second_magnitude.end() if second_magnitude else second.end()
    after = _suffix(text, second_end, lex, single) if prefix is not None else None
    if after is not None and not _same_currency(prefix, after.candidates):
        return single
    return _Amount(start, second_end, number, multiplier, upper)


def _same_currency(prefix: _Unit | None, candidates: tuple[str, ...]) -> bool:
    """True when ``candidates`` can be the currency the first end of a range was written in."""
    return prefix is None or bool(set(candidates) & set(prefix.candidates))


def _symbol_at(text: str, position: int, lex: Lexicon) -> str:
    """A currency symbol starting at ``position`` (the "$" of "$2m-$3m"), or ""."""
    for length in range(lex.longest_symbol, 0, -1):
        surface = text[position : position + length]
        if len(surface) == length and lex.symbol(surface) and not surface[-1].isalpha():
            return surface
    return ""


def _prefix(text: str, end: int, lex: Lexicon) -> _Unit | None:
    """The symbol or code just before ``end`` ("US$", "EUR ", "Rs500")."""
    stop = end - 1 if end > 0 and text[end - 1] in SPACES else end
    if text[stop - 1 : stop] not in lex.symbol_last_chars:
        return None  # no symbol or code ends here: the common case, decided at once
    for length in range(min(lex.longest_symbol, stop), 0, -1):
        surface = text[stop - length : stop]
        candidates = lex.symbol(surface)
        if not candidates:
            continue
        if surface[0].isalpha() and text[stop - length - 1 : stop - length].isalnum():
            continue  # "VOTES 5" is not "ES 5"
        if surface in ("kr", "TL") and stop == end:
            continue  # "kr5" and "TL5" need a space
        return _Unit(surface, candidates, _kind(surface, lex), stop - length, stop)
    return None


def _suffix(text: str, end: int, lex: Lexicon, amount: _Amount) -> _Unit | None:
    """The symbol, code or name just after ``end``."""
    start = end + 1 if text[end : end + 1] in SPACES and end < len(text) else end
    symbols = text[start : start + 1] in lex.symbol_first_chars
    for length in range(min(lex.longest_symbol, len(text) - start) if symbols else 0, 0, -1):
        surface = text[start : start + length]
        candidates = lex.symbol(surface)
        glued = text[start + length : start + length + 1].isalnum()
        if candidates and not glued and (not surface[0].isalpha() or start > end):
            return _Unit(surface, candidates, _kind(surface, lex), start, start + length)
    if start == end:
        return None
    return _name_at(text, start, lex, amount)


def _name_at(text: str, start: int, lex: Lexicon, amount: _Amount) -> _Unit | None:
    """The longest currency name of up to five words starting at ``start``."""
    words = PATTERNS["words"].match(text, start)
    if words is None:
        return None
    tokens = words.group().split()
    first = tokens[0].lower()
    if first not in lex.name_first_words and first.rstrip(".,;:!?'’)") not in lex.name_first_words:
        return None
    for count in range(min(len(tokens), lex.longest_name), 0, -1):
        phrase = " ".join(tokens[:count]).rstrip(".,;:!?'’)")
        candidates = lex.name(phrase.lower())
        if not candidates:
            continue
        end = start + len(phrase)
        if _is_weight(text, phrase, end, amount):
            return None
        return _Unit(phrase, candidates, UnitKind.NAME, start, end)
    return None


def _is_weight(text: str, phrase: str, end: int, amount: _Amount) -> bool:
    """ "3 pounds of apples" is a weight; "5 million pounds of investment" is money."""
    return (
        phrase.lower() in WEIGHT_NAMES
        and amount.multiplier == 1
        and PATTERNS["of"].match(text, end) is not None
    )


def _kind(surface: str, lex: Lexicon) -> UnitKind:
    return UnitKind.CODE if surface in lex.codes else UnitKind.SYMBOL


def _merge_suffix(prefix: _Unit, suffix: _Unit | None) -> _Unit:
    """ "C$10 Canadian dollars": a suffix that agrees with the prefix narrows it."""
    if suffix is None or not set(suffix.candidates) & set(prefix.candidates):
        return prefix
    common = tuple(sorted(set(suffix.candidates) & set(prefix.candidates)))
    return replace(prefix, candidates=common, end=suffix.end)


def _shared_unit(
    text: str, amount: _Amount, lex: Lexicon, *, change: bool
) -> tuple[_Unit, Decimal] | None:
    """The currency (and magnitude) a bare number shares with the next, after "from" (… "to")
    or "between" (… "and"): "from 10 to 20 euros"."""
    if amount.upper is not None:
        return None
    if change:
        joined = PATTERNS["shared_to"].match(text, amount.end)
    elif PATTERNS["between"].search(text, max(0, amount.start - 8), amount.start):
        joined = PATTERNS["shared_and"].match(text, amount.end)
    else:
        return None
    if joined is None:
        return None
    second = NUMBER_PATTERNS["run"].match(text, joined.end())
    if second is None or parse_run(second.group()) is None:
        return None
    magnitude = NUMBER_PATTERNS["magnitude"].match(text, second.end())
    multiplier = amount.multiplier
    if magnitude is not None and multiplier == 1:
        multiplier = magnitude_value(magnitude)
    after = magnitude.end() if magnitude else second.end()
    unit = _suffix(text, after, lex, replace(amount, multiplier=multiplier))
    if unit is None or (unit.kind is UnitKind.SYMBOL and unit.surface[0].isalpha()):
        return None
    return replace(unit, start=amount.end, end=amount.end), multiplier


def _follows_from(text: str, start: int) -> bool:
    """ "from $2m to $3m" (also "from about $2m", "from -$2m") is a change, not a range."""
    position = _skip_spaces_back(text, start - _signed(text, start))
    hedge = find_hedge(text, position)
    if hedge is not None:
        position = _skip_spaces_back(text, hedge.start())
    return PATTERNS["from"].search(text, max(0, position - 6), position + 1) is not None


def _signed(text: str, position: int) -> int:
    """1 when a minus sign (not a hyphen inside a word or range) stands right before."""
    if position > 0 and text[position - 1] in SIGNS:
        return int(not text[position - 2 : position - 1].isalnum())
    return 0


def _glued(text: str, position: int) -> bool:
    return text[position - 1 : position].isalnum()


def _skip_spaces_back(text: str, position: int) -> int:
    while position > 0 and text[position - 1] in SPACES:
        position -= 1
    return position


def _is_price_base(text: str, match: re.Match[str]) -> bool:
    """ "in 2015 dollars": a four-digit year before a currency name is a price base."""
    year = match.group()
    if len(year) != 4 or not year.isdigit() or not 1800 <= int(year) <= 2100:
        return False
    return PATTERNS["price_base"].search(text, max(0, match.start() - 4), match.start()) is not None


def _merge_between_ranges(text: str, raws: list[_Raw]) -> list[_Raw]:
    """Join "between $2m and $3m" (also "between $20 and $30 million") into one range."""
    merged: list[_Raw] = []
    index = 0
    while index < len(raws):
        first = raws[index]
        second = raws[index + 1] if index + 1 < len(raws) else None
        if second is not None and _is_between(text, first, second):
            amount = replace(
                first.amount,
                upper=second.amount.number,
                end=second.amount.end,
                multiplier=second.amount.multiplier,
            )
            merged.append(replace(first, end=second.end, amount=amount))
            index += 2
            continue
        merged.append(first)
        index += 1
    return merged


def _is_between(text: str, first: _Raw, second: _Raw) -> bool:
    gap = text[first.end : second.start].strip(SPACES).lower()
    ones, twos = first.amount, second.amount
    return (
        gap == "and"
        and first.unit.candidates == second.unit.candidates
        and ones.upper is None
        and twos.upper is None
        and ones.multiplier in (Decimal(1), twos.multiplier)
        and twos.number.value * twos.multiplier > ones.number.value * ones.multiplier
        and PATTERNS["between"].search(text, max(0, first.start - 8), first.start) is not None
    )


def _to_money(text: str, raw: _Raw, context: _Context) -> Money:
    amount = raw.amount
    figure = make_figure(
        text[amount.start : amount.end], amount.number, amount.multiplier, amount.upper
    )
    if raw.negative:
        figure = replace(
            figure,
            value=-figure.value,
            interval=Interval(-figure.interval.high, -figure.interval.low),
            upper=None if figure.upper is None else -figure.upper,
        )
    return Money(
        amount=figure.value,
        currency=_resolve(raw.unit, context),
        candidates=raw.unit.candidates,
        span=Span(raw.start, raw.end),
        text=text[raw.start : raw.end],
        figure=figure,
        unit_text=raw.unit.surface,
        interval=widen(figure.interval, figure.value, figure.granularity, raw.hedge),
        hedge=raw.hedge,
    )


def _resolve(unit: _Unit, context: _Context) -> str | None:
    explicit = _explicit(unit)
    if explicit is not None:
        return explicit
    ruled_out = context.ruled_out(unit.surface) if unit.surface == "$" else set()
    remaining = tuple(c for c in unit.candidates if c not in ruled_out)
    named = context.named.intersection(remaining)
    if len(named) == 1:
        return str(named.pop())
    if named:
        return None
    return default_reading(unit.surface, remaining, context.territory)
