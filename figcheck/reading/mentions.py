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
    other languages: their own "to" and "between … and" words      ("75 à 225 euros",
                     (language_tables.RANGE_TO_WORDS, RANGE_BETWEEN_WORDS)  "entre 5 et 15 €")
    "from" money " to " money                                      (two mentions, a change)

Lookups around a number read a bounded window, so scanning is linear in the text. A number in
parentheses is never an accounting negative: only a written minus sign makes an amount negative.
"""

from __future__ import annotations

import bisect
import enum
import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from decimal import Decimal
from typing import NamedTuple

from figcheck.arithmetic import in_private_context
from figcheck.intervals import Interval
from figcheck.model import Money, Span
from figcheck.reading.currencies import (
    QUALIFIED_READINGS,
    WEIGHT_NAMES,
    Lexicon,
    default_reading,
    lexicon,
    with_letter_signs,
)
from figcheck.reading.hedges import find_hedge, hedge_before, widen
from figcheck.reading.letters import is_cjk
from figcheck.reading.locales import DocumentLocale, resolve
from figcheck.reading.magnitudes import Magnitudes, magnitudes
from figcheck.reading.numbers import (
    ENGLISH,
    GROUP_SPACES,
    SIGNS,
    ParsedNumber,
    make_figure,
    minus_before,
    parse_run,
)
from figcheck.reading.spelled import find_spelled

PATTERNS = {
    # Between the two ends of a range: "2-3", "2–3" (always) and "2 to 3" (not after "from").
    "dash_join": re.compile(r"[ \u00a0]?[-–][ \u00a0]?"),
    # … and the word between a bare number and the next, whose currency it shares after
    # "from": "from 10 to 20 euros". The range words of every language ("to", "à", "до";
    # "between … and", "entre … et") are in ``_joins``.
    "to_join": re.compile(r"[ \u00a0]to[ \u00a0]"),
    # "1 234 567": digits grouped by spaces, which English does not write; left alone.
    "space_grouped": re.compile(r"\d[ \u00a0\u202f]$"),
    # The words after a number that may name its currency: up to five of at most 31 characters
    # each (bounded, so a long word after every number cannot make the scan quadratic).
    # Indic vowel signs and Arabic vowel marks ("جنيهًا") are marks, not word characters, so
    # their blocks are listed.
    "words": re.compile(
        r"[^\W\d_][\w\u0900-\u0dff\u064b-\u065f\u0670&'.’-]{0,30}"
        r"(?:[ \u00a0](?:&|[^\W\d_][\w\u0900-\u0dff\u064b-\u065f\u0670'.’-]{0,30})){0,4}"
    ),
    # The word right after a number (one space or mark allowed), for the quick check in _bare.
    "word_after": re.compile(r"([^\W\d_][\w\u0900-\u0dff\u064b-\u065f\u0670'.’-]{0,30})"),
    # "in 2015 dollars": a year used as a price base, not an amount.
    "price_base": re.compile(r"(?i:in|of)[ \u00a0]$"),
    # "pounds of apples": a weight.
    "of": re.compile(r"[ \u00a0]of\b", re.IGNORECASE),
    # "U.S." or "US" right before a dollar sign: "U.S.$1.00", "US $1.521".
    "us_before": re.compile(r"(?<![\w.])(?:U\.S\.|US)[ \u00a0]?$"),
    # "the US $6m": the country, then the amount.
    "the_before": re.compile(r"(?i:\bthe)[ \u00a0]$"),
    # "from" right before a "from X to Y" change, which is not a range.
    "from": re.compile(r"(?i:from)[ \u00a0]$"),
}
SPACES = " \u00a0\u202f"
#: Hedges written between a magnitude and the currency in Korean: "400억여달러" is a little
#: over 400억 dollars ("여", in ``language_tables.HEDGES``).
CJK_HEDGES_AFTER = frozenset({"여"})
#: Direction marks right-to-left locales write around figures and symbols; read as nothing.
MARKS = "\u200e\u200f\u061c"
GAPS = SPACES + MARKS
GROUP_SPACES_IN = frozenset(GROUP_SPACES)
#: Punctuation that may follow a currency name in prose ("10 dollars' worth", "euros)."); the
#: name is looked up without it, by the quick test in _bare and by _name_at alike.
NAME_TRAILERS = ".,;:!?'’)"


class UnitKind(enum.Enum):
    """How the currency was written: it decides what the mention says about the document."""

    SYMBOL = "symbol"
    CODE = "code"
    NAME = "name"


class _Joins(NamedTuple):
    """The words that join the ends of a range in the document's language, and English."""

    #: "10 to 20 euros", "75 à 225 euros"
    to: re.Pattern[str]
    #: "between" / "entre" right before the first end …
    between: re.Pattern[str]
    #: … and "and" / "et" between the ends
    and_: re.Pattern[str]
    #: every joining word, for the quick test in _bare, and the "and" words alone
    words: frozenset[str]
    and_words: frozenset[str]


@functools.cache
def _joins(language: str) -> _Joins:
    """English "to", "between … and", and the words of ``language``
    (``language_tables.RANGE_TO_WORDS``, ``RANGE_BETWEEN_WORDS``)."""
    if language == "en":
        to_words, between_words, and_words = ["to"], ["between"], ["and"]
    else:
        from figcheck.reading.language_tables import RANGE_BETWEEN_WORDS, RANGE_TO_WORDS

        pair = RANGE_BETWEEN_WORDS.get(language)
        to_words = ["to", *RANGE_TO_WORDS.get(language, ())]
        between_words = ["between", *([pair[0]] if pair else [])]
        and_words = ["and", *([pair[1]] if pair else [])]

    def alternatives(words: list[str]) -> str:
        return "|".join(map(re.escape, words))

    return _Joins(
        re.compile(rf"[ \u00a0](?i:{alternatives(to_words)})[ \u00a0]"),
        re.compile(rf"(?i:{alternatives(between_words)})[ \u00a0]$"),
        re.compile(rf"[ \u00a0](?i:{alternatives(and_words)})[ \u00a0]"),
        frozenset([*to_words, *and_words]),
        frozenset(and_words),
    )


@dataclass(frozen=True, slots=True)
class _Reading:
    """Everything the scan needs to know about the document's language, looked up once."""

    locale: DocumentLocale
    lex: Lexicon
    magnitudes: Magnitudes
    #: The style's run pattern, and whether its groups may be spaces ("1 234 567").
    run: re.Pattern[str]
    spaced: bool
    joins: _Joins

    @classmethod
    def of(cls, document: DocumentLocale, text: str = "") -> _Reading:
        language, style = document.language, document.style
        spaced = not set(style.groups).isdisjoint(GROUP_SPACES)
        signs = letter_signs(text, document)
        lex = with_letter_signs(language, signs) if signs else lexicon(language)
        words = magnitudes(language)
        return cls(document, lex, words, style.run, spaced, _joins(language))

    @property
    def language(self) -> str:
        return self.locale.language

    def parse(self, run: str) -> ParsedNumber | None:
        return parse_run(run, self.locale.style)


#: A letter glued before a digit, as a territory's sign for its currency is ("N583").
LETTER_SIGN = re.compile(r"[A-Z](?<![\w$][A-Z])(?=\d)")  # the letter first: a fast scan


def letter_signs(text: str, document: DocumentLocale) -> tuple[tuple[str, str], ...]:
    """The letters of ``language_tables.LETTER_SIGNS`` this text writes before a figure and
    may mean as its territory's currency: its locale is of that territory, or it writes the
    currency's or the country's name."""
    from figcheck.reading.language_tables import LETTER_SIGNS

    letters = {match.group() for match in LETTER_SIGN.finditer(text)} & LETTER_SIGNS.keys()
    if not letters:
        return ()
    lowered = text.lower()
    found = []
    for letter in sorted(letters):
        code, territory, words = LETTER_SIGNS[letter]
        if document.territory == territory or any(
            word in lowered and re.search(rf"(?<!\w){re.escape(word)}(?!\w)", lowered)
            for word in words
        ):
            found.append((letter, code))
    return tuple(found)


# The scan's own records are named tuples: a few are made for every number run, and tuples are
# made several times faster than frozen dataclasses.


class _Unit(NamedTuple):
    """The currency written around a number, and where it stands in the text."""

    surface: str
    candidates: tuple[str, ...]
    kind: UnitKind
    start: int
    end: int


class _Amount(NamedTuple):
    """A number with its magnitude, before any currency is attached."""

    start: int
    end: int
    number: ParsedNumber
    multiplier: Decimal
    upper: ParsedNumber | None = None


class _Raw(NamedTuple):
    """A money mention before the document-wide currency resolution."""

    start: int
    end: int
    amount: _Amount
    negative: bool
    unit: _Unit
    hedge: str | None


@in_private_context
def find_money(text: str, *, locale: str | None = None) -> list[Money]:
    """Every money mention in ``text``, in order, with currencies resolved in context.

    An ambiguous surface ("$", "pesos") is resolved in this order: for a bare "$", a dollar
    written elsewhere with a qualified sign ("US$", "C$") is ruled out, since a writer who
    qualifies one dollar means another by the bare sign; then the one currency of
    its kind that the document names in words ("Hong Kong dollars", "Mexican pesos"); then the
    locale's territory ("en_CA" → CAD, "sv" → SEK for "kr"); then the language's usual reading
    ("$" → USD). Failing all that it stays unresolved (``currency=None``).

    ``locale`` ("de", "fr_CH", "ja") sets how numbers are written and which language's names
    and words are read; without it the language is detected from the text, else English (see
    ``figcheck.reading.locales``).
    """
    return find_money_in(text, resolve(text, locale))


def find_money_in(text: str, document: DocumentLocale) -> list[Money]:
    """``find_money`` for a document whose locale is already resolved."""
    reading = _Reading.of(document, text)
    raws = _with_spelled(list(_scan(text, reading)), _spelled(text, reading))
    raws = _merge_between_ranges(text, raws, reading.joins)
    qualified = {
        (r.unit.surface, _explicit(r.unit)) for r in raws if r.unit.kind is UnitKind.SYMBOL
    }
    named = {_explicit(r.unit) for r in raws if r.unit.kind is UnitKind.NAME}
    context = _Context(qualified, named - {None}, document, document.style == ENGLISH)
    unsettled = _unsettled(text, raws, document)
    return [_to_money(text, raw, context, unsettled) for raw in raws]


def _unsettled(text: str, raws: list[_Raw], document: DocumentLocale) -> set[int]:
    """Starts of the mentions whose one separator the document leaves open (FC406).

    "1.234" is open when the document's figures show the other convention too ("1.234,56"
    next to "4.980"), or when no locale was given or detected, the sign is a dot, no magnitude
    follows and the currency sign is written after the figure ("1.500 €"): the continental
    order, where a dot before three digits groups thousands.
    """
    shown = {
        number.convention
        for raw in raws
        for number in (raw.amount.number, raw.amount.upper)
        if number is not None and number.convention is not None
    }
    conflict = bool(shown - {document.style.decimal})
    unsettled = set()
    for raw in raws:
        if raw.amount.number.other is None:
            continue
        digits = text[raw.amount.start : raw.amount.end]
        continental = raw.unit.kind is UnitKind.SYMBOL and raw.unit.start >= raw.amount.end
        dotted = "." in digits and raw.amount.multiplier == 1 and continental
        if conflict or (dotted and document.source == "default"):
            unsettled.add(raw.start)
    return unsettled


@dataclass(frozen=True, slots=True)
class _Context:
    """What the whole document says about its currencies."""

    qualified: set[tuple[str, str | None]]
    named: set[str | None]
    document: DocumentLocale
    #: Whether figures are written in English notation, as most documents are.
    english: bool
    #: Each surface's resolution, kept: a document writes the same few surfaces many times.
    resolved: dict[tuple[str, tuple[str, ...]], str | None] = field(default_factory=dict)

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


class _Run(NamedTuple):
    """A number run that reads as a number in the document's style."""

    start: int
    end: int
    number: ParsedNumber


def _spaced_runs(text: str, start: int, end: int, reading: _Reading) -> Iterator[_Run]:
    """The numbers of a run with spaces in it, read in the document's style.

    A run joined by spaces that is not one number ("en 2019 300 000 euros") is read again
    without its first group, once; then group by group, so the cost stays linear.
    """
    number = reading.parse(text[start:end])
    if number is not None:
        yield _Run(start, end, number)
        return
    yield from _space_split(text, start, end, reading)


def _space_split(text: str, start: int, end: int, reading: _Reading) -> Iterator[_Run]:
    run = text[start:end]
    cut = next((i for i, char in enumerate(run) if char in GROUP_SPACES), -1)
    if cut < 0:
        return
    pieces = [(start, start + cut), (start + cut + 1, end)]
    if reading.parse(run[cut + 1 :]) is None:
        pieces = [(start, start + cut)]
        position = start + cut + 1
        for index in range(cut + 1, len(run) + 1):
            if index == len(run) or run[index] in GROUP_SPACES:
                pieces.append((position, start + index))
                position = start + index + 1
    for piece_start, piece_end in pieces:
        number = reading.parse(text[piece_start:piece_end])
        if number is not None:
            yield _Run(piece_start, piece_end, number)


def _scan(text: str, reading: _Reading) -> Iterator[_Raw]:
    """The money mentions around the text's number runs, in order.

    A run is first judged by the characters around it (``_bare``) and only then read, so the
    many numbers that are not money cost no parsing. A run after a full-width point
    ("１．０７５３") is the tail of a number figcheck does not read, and is skipped rather than
    misread.
    """
    position = 0
    for match in reading.run.finditer(text):
        start, end = match.span()
        if text[start - 1 : start] == "．" and text[start - 2 : start - 1].isdigit():
            continue
        spaced = reading.spaced and not GROUP_SPACES_IN.isdisjoint(match.group())
        if spaced:
            runs: Iterator[_Run] | tuple[_Run, ...] = _spaced_runs(text, start, end, reading)
        elif start < position or _bare(text, start, end, reading):
            continue
        else:
            number = reading.parse(match.group())
            runs = () if number is None else (_Run(start, end, number),)
        for run in runs:
            if spaced and (run.start < position or _bare(text, run.start, run.end, reading)):
                continue
            raw = _money_at(text, run, reading)
            if raw is not None and raw.start >= position:  # "15 USD 50": USD is taken already
                position = raw.end
                yield raw


def _bare(text: str, start: int, end: int, reading: _Reading) -> bool:
    """True when nothing that could make the number money stands next to it: no sign or symbol
    before, and after it no symbol, name, magnitude, range or joining word ("2019 was", "5%").

    Most numbers in prose are like that; deciding it from the characters around them, before
    any of the grammar below is tried, is what keeps the scan fast.
    """
    lex = reading.lex
    back = start
    while back > 0 and start - back < 3 and text[back - 1] in GAPS:
        back -= 1
    before = text[back - 1 : back]
    if before and (before in SIGNS or before >= "\u3040"):
        return False
    # "$5" and "Rs 5" may be money; "has 12" is not, though "s" ends symbols ("Rs", "Bs").
    spelled = before.isalpha() or before == "."
    if before in lex.symbol_ends and (not spelled or _prefix(text, start, lex) is not None):
        return False
    ahead = end
    while ahead < len(text) and ahead - end < 3 and text[ahead] in GAPS:
        ahead += 1
    after = text[ahead : ahead + 1]
    if not after:
        return True
    if after in "-–" or after >= "\u3040":
        return False
    if after in lex.symbol_starts:
        if not after.isalpha() or _symbol_after(text, ahead, end, lex) is not None:
            return False
    elif not after.isalpha():
        return True
    word = PATTERNS["word_after"].match(text, ahead)
    if word is None:
        return True
    lowered = word.group(1).lower()
    return (
        lowered not in lex.name_first_words
        and lowered.rstrip(NAME_TRAILERS) not in lex.name_first_words
        and lowered not in reading.joins.words
        and reading.magnitudes.match(text, end) is None
    )


def _money_at(text: str, run: _Run, reading: _Reading) -> _Raw | None:
    """The money mention built around one number run, or None when no currency is attached."""
    lex = reading.lex
    inner = int(minus_before(text, run.start))
    start = run.start - inner
    prefix = _prefix(text, start, lex)
    if prefix is None and reading.language == "zh" and _yuan_after(text, run):
        prefix = _chinese_name_before(text, start, lex)
    lead = prefix.start if prefix else start
    change = "from" in text[max(0, lead - 24) : lead].lower() and _follows_from(text, lead)
    amount = _amount(text, run, reading, prefix=prefix, to_joins=not change)
    unit = prefix or _suffix(text, amount.end, lex, amount)
    if unit is None and amount.multiplier != 1:
        unit = _linked_unit(text, amount, reading)
    if unit is None:
        shared = _shared_unit(text, amount, reading, change=change)
        if shared is None:
            return None
        unit, multiplier = shared
        amount = amount._replace(multiplier=multiplier)
    elif prefix is not None:
        unit = _merge_suffix(prefix, _suffix(text, amount.end, lex, amount))
        yuan = amount.end + (text[amount.end : amount.end + 1] == " ")
        if unit.kind is UnitKind.NAME and text[yuan : yuan + 1] in YUAN_UNITS:
            unit = unit._replace(end=yuan + 1)  # "人民币5999元": the name, then 元
    if unit.start >= amount.end and _glued(text, start):
        return None  # "A380 euros", "COVID19": letters glued to the digits
    after_space_group = not reading.spaced and prefix is None
    if after_space_group and PATTERNS["space_grouped"].search(text, start - 2, start):
        return None  # in English "1 234 567 euros" is not 567 euros
    if unit.kind is UnitKind.NAME and _is_price_base(text, run):
        return None
    tail = _magnitude_after_code(text, amount, unit, reading)
    if tail is not None:
        amount = amount._replace(multiplier=tail[1])
    begin = min(unit.start, start)
    outer = int(minus_before(text, begin)) if unit.start < start else 0
    negative = bool(inner or outer)
    begin -= outer
    hedge = hedge_before(text, begin, reading.language)
    after = text[amount.end : unit.start]
    if hedge is None and unit.start > amount.end and after in CJK_HEDGES_AFTER:
        hedge = after
    end = max(unit.end, amount.end, tail[0] if tail else 0)
    return _Raw(begin, end, amount, negative, unit, hedge)


def _spelled(text: str, reading: _Reading) -> Iterator[_Raw]:
    """Sums whose number is a word: "a million dollars", "eine Million Rubel", "cinco
    millones de rublos", "fünftausend US-Dollar" (``spelled``). The magnitude and the currency
    are read as after digits; a word with neither after it is not money."""
    for word in find_spelled(text, reading.language):
        magnitude = reading.magnitudes.match(text, word.end)
        if magnitude is None and word.article:
            continue  # most are: "a" is read only before a magnitude
        number = ParsedNumber(word.digits, Decimal(1))
        amount = _Amount(word.start, word.end, number, word.scale)
        if magnitude is not None:
            amount = amount._replace(end=magnitude[0], multiplier=word.scale * magnitude[1])
        unit = _suffix(text, amount.end, reading.lex, amount)
        if unit is None and magnitude is not None:
            unit = _linked_unit(text, amount, reading)
        if unit is None or unit.start < amount.end:
            continue
        hedge = hedge_before(text, word.start, reading.language)
        yield _Raw(word.start, unit.end, amount, False, unit, hedge)


def _with_spelled(raws: list[_Raw], spelled: Iterator[_Raw]) -> list[_Raw]:
    """The mentions read from digits, with the spelled sums that overlap none of them, in
    order."""
    starts = [raw.start for raw in raws]  # in text order, disjoint
    extra = []
    for word in spelled:
        index = bisect.bisect_left(starts, word.end)  # the mentions starting before its end
        if index == 0 or raws[index - 1].end <= word.start:
            extra.append(word)
    if not extra:
        return raws
    return sorted([*raws, *extra], key=lambda raw: raw.start)


def _magnitude_after_code(
    text: str, amount: _Amount, unit: _Unit, reading: _Reading
) -> tuple[int, Decimal] | None:
    """ "75 USD million", "75 USD millones": a magnitude written after the currency code."""
    if amount.multiplier != 1 or unit.kind is not UnitKind.CODE or unit.start < amount.end:
        return None
    return reading.magnitudes.match(text, unit.end)


def _amount(
    text: str,
    run: _Run,
    reading: _Reading,
    *,
    prefix: _Unit | None,
    to_joins: bool,
) -> _Amount:
    """The number with its magnitude word and, when one follows, the upper end of a range.

    The upper end may repeat the first end's currency ("$2m-$3m", "US$2m-$3m") but not bring
    another, before or after it ("€50m - $54m", "A$1 – 10 JPY" are two amounts).
    """
    lex, number = reading.lex, run.number
    start, end = run.start, run.end
    if reading.language in CJK_LANGUAGES and _unit_follows(text, end):
        compound = None if _inside_compound(text, start) else _cjk_compound(text, run, reading)
        if compound is not None:
            return compound
    magnitude = reading.magnitudes.match(text, end)
    if magnitude is not None and _symbol_over(text, end, magnitude[0], lex):
        magnitude = None
    multiplier = magnitude[1] if magnitude else Decimal(1)
    end = magnitude[0] if magnitude else end
    if magnitude and reading.language != "en":
        spelled = _with_remainder(text, run, end, multiplier, reading)
        if spelled is not None:
            return spelled
    single = _Amount(start, end, number, multiplier)
    joined = PATTERNS["dash_join"].match(text, end) or (
        reading.joins.to.match(text, end) if to_joins else None
    )
    if joined is None:
        return single
    repeated = _symbol_at(text, joined.end(), lex)
    if repeated and not _same_currency(prefix, lex.symbol(repeated)):
        return single
    second = reading.run.match(text, joined.end() + len(repeated))
    upper = reading.parse(second.group()) if second else None
    if second is None or upper is None:
        return single
    second_magnitude = reading.magnitudes.match(text, second.end())
    upper_multiplier = second_magnitude[1] if second_magnitude else multiplier
    if magnitude is None:
        multiplier = upper_multiplier
        if upper.value <= number.value and _plain_first_end(number, upper, upper_multiplier):
            # "от 550 до 1,1 тысячи долларов": shared, the magnitude would turn the range
            # round, so it is the upper end's alone.
            multiplier = Decimal(1)
            upper = ParsedNumber(
                upper.value * upper_multiplier, upper.granularity * upper_multiplier
            )
            upper_multiplier = multiplier
    if upper_multiplier != multiplier or upper.value <= number.value:
        return single
    second_end = second_magnitude[0] if second_magnitude else second.end()
    after = _suffix(text, second_end, lex, single) if prefix is not None else None
    if after is not None and not _same_currency(prefix, after.candidates):
        return single
    return _Amount(start, second_end, number, multiplier, upper)


def _with_remainder(
    text: str, run: _Run, end: int, multiplier: Decimal, reading: _Reading
) -> _Amount | None:
    """ "4 bin 980 dolar", "2 mil 500 euros": a whole number of thousands (or millions) and
    the rest below it, as Turkish, Spanish or Russian write 4,980; None when no rest follows."""
    if run.number.value != run.number.value.to_integral() or text[end : end + 1] not in SPACES:
        return None
    rest = reading.run.match(text, end + 1)
    number = reading.parse(rest.group()) if rest else None
    if rest is None or number is None or not 0 < number.value < multiplier:
        return None
    if reading.magnitudes.match(text, rest.end()) is not None:
        return None
    value = run.number.value * multiplier + number.value
    return _Amount(run.start, rest.end(), ParsedNumber(value, number.granularity), Decimal(1))


#: Chinese, Japanese and Korean: numbers are grouped by 10⁴ ("7천 5백만" is 7,500 × 10⁴).
CJK_LANGUAGES = frozenset({"zh", "ja", "ko"})
#: Units inside a group of four digits (ten, hundred, thousand) …
CJK_SMALL_UNITS = {"十": 10, "百": 100, "千": 1000, "십": 10, "백": 100, "천": 1000}
#: … and the units of the groups (10⁴, 10⁸, 10¹²).
CJK_BIG_UNITS = {
    "万": 10**4,
    "萬": 10**4,
    "만": 10**4,
    "亿": 10**8,
    "億": 10**8,
    "억": 10**8,
    "兆": 10**12,
    "조": 10**12,
}
CJK_UNITS = frozenset(CJK_SMALL_UNITS) | frozenset(CJK_BIG_UNITS)


def _unit_follows(text: str, end: int) -> bool:
    """True when a unit character follows the digits, glued or after one space ("30万",
    "1 億 200 萬元", as Taiwanese filings space them)."""
    after = end + (text[end : end + 1] == " ")
    return text[after : after + 1] in CJK_UNITS


def _inside_compound(text: str, start: int) -> bool:
    """True when a unit character (one space allowed) stands before the digits: they continue a
    compound read from its first group, and reading it again from here would make a long chain
    ("1千1千1千…") cost quadratic time."""
    before = start - 1 if text[start - 1 : start] == " " else start
    return before > 0 and text[before - 1] in CJK_UNITS


def _cjk_compound(text: str, run: _Run, reading: _Reading) -> _Amount | None:
    """A number written in digit groups with unit characters: "30万", "7천 5백만", "2억 4천만".

    Read as East Asian numerals are: small units (十 百 千, 십 백 천) add up inside a group,
    a big unit (万 亿 兆, 만 억 조) multiplies its group, and big units must fall from left to
    right. The granularity is that of the last group ("7천 5백만" → 1,000,000).
    """
    position, total, section = run.start, Decimal(0), Decimal(0)
    granularity, last_big, groups = Decimal(1), 10**16, 0
    while True:
        match = reading.run.match(text, position)
        number = reading.parse(match.group()) if match else None
        if match is None or number is None:
            break
        position, groups = match.end(), groups + 1
        if text[position : position + 1] == " " and text[position + 1 : position + 2] in CJK_UNITS:
            position += 1  # "1 億 200 萬": a space between the digits and their unit
        unit = CJK_SMALL_UNITS.get(text[position : position + 1], 1)
        position += unit != 1
        section += number.value * unit
        granularity = number.granularity * unit
        big = None
        while text[position : position + 1] in CJK_BIG_UNITS:  # "万亿" is 10⁴ × 10⁸
            big = (big or 1) * CJK_BIG_UNITS[text[position]]
            position += 1
            if big >= last_big:
                return None  # units must fall; this also bounds a run of them ("万万万…")
        if big is not None:
            total, section, last_big = total + section * big, Decimal(0), big
            granularity *= big
        follow = position + (text[position : position + 1] == " ")
        if unit == 1 and big is None:
            break
        if not text[follow : follow + 1].isdigit():
            break
        position = follow
    if groups == 0:
        return None
    value = total + section
    scale = Decimal(last_big) if section == 0 and last_big < 10**16 else Decimal(1)
    parsed = ParsedNumber(value / scale, granularity / scale)
    return _Amount(run.start, position, parsed, scale)


def _same_currency(prefix: _Unit | None, candidates: tuple[str, ...]) -> bool:
    """True when ``candidates`` can be the currency the first end of a range was written in."""
    return prefix is None or bool(set(candidates) & set(prefix.candidates))


def _symbol_at(text: str, position: int, lex: Lexicon) -> str:
    """A currency symbol starting at ``position`` (the "$" of "$2m-$3m"), or ""."""
    for length in lex.symbol_starts.get(text[position : position + 1], ()):
        surface = text[position : position + length]
        if len(surface) == length and lex.symbol(surface) and not surface[-1].isalpha():
            return surface
    return ""


def _prefix(text: str, end: int, lex: Lexicon) -> _Unit | None:
    """The symbol or code just before ``end`` ("US$", "EUR ", "Rs500")."""
    stop = end - 1 if end > 0 and text[end - 1] in SPACES else end
    while stop > 0 and end - stop < 3 and text[stop - 1] in MARKS:
        stop -= 1
    lengths = lex.symbol_ends.get(text[stop - 1 : stop])
    if lengths is None:
        return None  # no symbol or code ends here: the common case, decided at once
    close = stop == end or text[stop] == "\u00a0"
    for length in lengths:
        if length > stop:
            continue
        surface = text[stop - length : stop]
        if not _known(surface, lex):
            continue
        candidates = lex.symbol(surface, close=close)
        if not candidates:
            continue
        if _glued(text, stop - length):
            if surface[0].isalpha():
                continue  # "VOTES 5" is not "ES 5"
            return _qualified_sign(text, surface, stop - length, stop, lex)
        if surface in ("kr", "TL") and stop == end:
            continue  # "kr5" and "TL5" need a space
        if surface == "$":
            us = PATTERNS["us_before"].search(text, max(0, stop - 6), stop - 1)
            country = us is not None and PATTERNS["the_before"].search(
                text, max(0, us.start() - 5), us.start()
            )
            if us is not None and not country:  # "U.S.$1.00", "US $1.52": the US dollar, named
                return _Unit(text[us.start() : stop], ("USD",), UnitKind.SYMBOL, us.start(), stop)
        return _Unit(surface, candidates, _kind(surface, lex), stop - length, stop)
    return None


def _linked_unit(text: str, amount: _Amount, reading: _Reading) -> _Unit | None:
    """The currency after a magnitude and its link word: "3 millions d'euros", "150 millones
    de dólares" (``language_tables.MAGNITUDE_LINKS``)."""
    link = _link_pattern(reading.language)
    found = link.match(text, amount.end) if link else None
    if found is None:
        return None
    return _suffix(text, found.end(), reading.lex, amount, glued_name=True)


@functools.cache
def _link_pattern(language: str) -> re.Pattern[str] | None:
    from figcheck.reading.language_tables import MAGNITUDE_LINKS

    words = MAGNITUDE_LINKS.get(language)
    if not words:
        return None
    spaced = [re.escape(w) + "(?=[ \u00a0])" for w in words if not w.endswith(("'", "’"))]
    elided = [re.escape(w) for w in words if w.endswith(("'", "’"))]
    return re.compile(f"[ \u00a0](?:{'|'.join(spaced + elided)})", re.IGNORECASE)


def _qualified_sign(text: str, sign: str, start: int, stop: int, lex: Lexicon) -> _Unit | None:
    """ "MXN$ 20", "mxn$ 20": letters glued before a sign qualify it. An ISO code names the
    currency; other letters ("xyz$") leave it unknown, so the bare sign's reading is not
    guessed."""
    letters = start
    while letters > 0 and start - letters < 3 and text[letters - 1].isalpha():
        letters -= 1
    code = text[letters:start].upper()
    if start - letters != 3 or code not in lex.codes or _glued(text, letters):
        return None
    return _Unit(text[letters:stop], (code,), UnitKind.SYMBOL, letters, stop)


def _suffix(
    text: str, end: int, lex: Lexicon, amount: _Amount, *, glued_name: bool = False
) -> _Unit | None:
    """The symbol, code or name just after ``end``."""
    start = _skip_marks(text, end) if text[end : end + 1] in MARKS else end
    spaces = start
    while start < len(text) and start - spaces < 2 and text[start] in SPACES:
        start += 1  # one space, or two where a writer typed two ("140조  원")
    first = text[start : start + 1]
    if first and first in MARKS:
        start = _skip_marks(text, start)
        first = text[start : start + 1]
    symbol = _symbol_after(text, start, end, lex)
    if symbol is not None:
        return symbol
    if first >= "\u3040" and is_cjk(first):
        if first in CJK_HEDGES_AFTER and start == end:
            return _cjk_name_at(text, start + 1, lex)  # "400억여달러": over 400억 dollars
        return _cjk_name_at(text, start, lex)
    if first == "-" and start == end and text[start + 1 : start + 2].isalpha():
        return _hyphenated_name(text, start, lex, amount)
    if start == end and not glued_name:
        return None
    return _name_at(text, start, lex, amount)


def _hyphenated_name(text: str, hyphen: int, lex: Lexicon, amount: _Amount) -> _Unit | None:
    """ "a 20,000-ruble fine", "the 2.5-billion-euro contract", "eine 5.000-Euro-Strafe": a
    currency name joined to the figure by a hyphen, as a compound adjective; one word only."""
    word = PATTERNS["word_after"].match(text, hyphen + 1)
    if word is None:
        return None
    name = word.group(1).split("-")[0].rstrip(NAME_TRAILERS)
    candidates = lex.name(name.lower())
    if not candidates or (name.lower() in WEIGHT_NAMES and amount.multiplier == 1):
        return None  # "a 3-pound bag" is a weight
    return _Unit(name, candidates, UnitKind.NAME, hyphen + 1, hyphen + 1 + len(name))


def _symbol_after(text: str, start: int, end: int, lex: Lexicon) -> _Unit | None:
    """The symbol or code written at ``start``, after a number ending at ``end``: "€", "USD",
    "kr" (a letter symbol of two letters or fewer must be set off by a space)."""
    for length in lex.symbol_starts.get(text[start : start + 1], ()):
        if length > len(text) - start:
            continue
        surface = text[start : start + length]
        candidates = lex.symbol(surface, close=True) if _known(surface, lex) else ()
        if not candidates or _glued(text, start + length + 1):
            continue
        attached = start > end or not surface.isalpha() or surface.isupper() or len(surface) > 2
        if attached:
            return _Unit(surface, candidates, _kind(surface, lex), start, start + length)
    return None


def _known(surface: str, lex: Lexicon) -> bool:
    """Whether ``surface`` is a symbol or a code at all: most of the surfaces tried around a
    number are not, and two lookups settle it before ``Lexicon.symbol`` is asked."""
    return surface in lex.symbols or surface in lex.codes


def _symbol_over(text: str, end: int, magnitude_end: int, lex: Lexicon) -> bool:
    """True when a currency symbol starts where a magnitude word does and runs past it: in
    Vietnamese "0,01 NT$" is 0.01 New Taiwan dollars, not 0.01 "nghìn tỷ" (10¹²) of "$"."""
    start = end
    while start < magnitude_end and text[start] in " \u00a0\u202f":
        start += 1
    unit = _symbol_after(text, start, end, lex)
    return unit is not None and unit.end > magnitude_end


def _skip_marks(text: str, position: int) -> int:
    """Past the direction marks (at most two) right-to-left locales write around a symbol."""
    stop = min(len(text), position + 2)
    while position < stop and text[position] in MARKS:
        position += 1
    return position


#: The most characters read past a figure's first digits for the 元 that ends its compound.
COMPOUND_REACH = 24
#: The generic unit Chinese writes after an amount whose currency was named before it.
YUAN_UNITS = frozenset("元圆圓块塊")


def _yuan_after(text: str, run: _Run) -> bool:
    """True when 元 (or 块) follows the figure and its magnitude: "5999元", "3億元", "24 億元"
    (one space before the magnitude, as Taiwanese filings write it)."""
    end, stop = run.end, min(len(text), run.end + COMPOUND_REACH)
    while end < stop and (text[end] in CJK_UNITS or text[end] in " ,." or text[end].isdigit()):
        end += 1  # "1 億 200 萬元": the rest of a compound, within a bounded window
    return text[end : end + 1] in YUAN_UNITS


def _chinese_name_before(text: str, start: int, lex: Lexicon) -> _Unit | None:
    """ "人民币5999元", "新台幣3億元": a currency name right before the figure (one space
    allowed), as Chinese writes it when 元 follows."""
    stop = start - 1 if text[start - 1 : start] == " " else start
    for length in range(min(lex.longest_cjk_name, stop), 1, -1):
        phrase = text[stop - length : stop]
        candidates = lex.names.get(phrase)
        if candidates and is_cjk(phrase[0]):
            return _Unit(phrase, candidates, UnitKind.NAME, stop - length, stop)
    return None


def _cjk_name_at(text: str, start: int, lex: Lexicon) -> _Unit | None:
    """The longest name at ``start`` in a script written without spaces ("美元", "달러", "円")."""
    for length in range(min(lex.longest_cjk_name, len(text) - start), 0, -1):
        phrase = text[start : start + length]
        candidates = lex.names.get(phrase)
        if candidates:
            if phrase in YUAN_UNITS and start + 1 < len(text) and is_cjk(text[start + 1]):
                named = _cjk_name_at(text, start + 1, lex)  # "185.5亿元人民币": 元, then the name
                if named is not None and named.surface not in YUAN_UNITS:
                    return named._replace(surface=phrase + named.surface, start=start)
            return _Unit(phrase, candidates, UnitKind.NAME, start, start + length)
    return None


def _name_at(text: str, start: int, lex: Lexicon, amount: _Amount) -> _Unit | None:
    """The longest currency name of up to five words starting at ``start``."""
    words = PATTERNS["words"].match(text, start)
    if words is None:
        return None
    tokens = words.group().split()
    first = tokens[0].lower()
    first_words = lex.name_first_words
    if first not in first_words and first.rstrip(NAME_TRAILERS) not in first_words:
        return None
    for count in range(min(len(tokens), lex.longest_name), 0, -1):
        phrase = " ".join(tokens[:count]).rstrip(NAME_TRAILERS)
        candidates = lex.name(phrase.lower())
        if not candidates:
            continue
        end = start + len(phrase)
        if text[end : end + 1] == "." and f"{phrase.lower()}." in lex.names:
            phrase, end = f"{phrase}.", end + 1  # "dol.", "руб.": the dot is the abbreviation's
        if _is_weight(text, phrase, end, amount, lex):
            return None
        return _Unit(phrase, candidates, UnitKind.NAME, start, end)
    return None


def _is_weight(text: str, phrase: str, end: int, amount: _Amount, lex: Lexicon) -> bool:
    """ "3 pounds of apples" is a weight; "5 million pounds of investment" is money.

    In other languages the noun alone decides ("5 Pfund Kartoffeln", "12 livres"): without a
    magnitude word it is not read as money (``language_tables.NOUNS_NEEDING_MAGNITUDE``).
    """
    word = phrase.lower()
    if amount.multiplier != 1 or word not in lex.needs_magnitude:
        return False
    return word not in WEIGHT_NAMES or PATTERNS["of"].match(text, end) is not None


def _kind(surface: str, lex: Lexicon) -> UnitKind:
    return UnitKind.CODE if surface in lex.codes else UnitKind.SYMBOL


def _merge_suffix(prefix: _Unit, suffix: _Unit | None) -> _Unit:
    """ "C$10 Canadian dollars": a suffix that agrees with the prefix narrows it."""
    if suffix is None or not set(suffix.candidates) & set(prefix.candidates):
        return prefix
    common = tuple(sorted(set(suffix.candidates) & set(prefix.candidates)))
    return prefix._replace(candidates=common, end=suffix.end)


def _shared_unit(
    text: str, amount: _Amount, reading: _Reading, *, change: bool
) -> tuple[_Unit, Decimal] | None:
    """The currency (and magnitude) a bare number shares with the next, after "from" (… "to")
    or "between" (… "and"): "from 10 to 20 euros"."""
    if amount.upper is not None:
        return None
    if change:
        joined = PATTERNS["to_join"].match(text, amount.end)
    elif reading.joins.between.search(text, max(0, amount.start - 10), amount.start):
        joined = reading.joins.and_.match(text, amount.end)
    else:
        return None
    if joined is None:
        return None
    second = reading.run.match(text, joined.end())
    upper = None if second is None else reading.parse(second.group())
    if second is None or upper is None:
        return None
    magnitude = reading.magnitudes.match(text, second.end())
    multiplier = amount.multiplier
    if magnitude is not None and multiplier == 1:
        if upper.value > amount.number.value:
            multiplier = magnitude[1]  # "from 5 to 10 million euros"
        elif not _plain_first_end(amount.number, upper, magnitude[1]):
            return None  # "from 900 to 1.2 million": 900 of what is not written
    after = magnitude[0] if magnitude else second.end()
    scaled = amount._replace(multiplier=multiplier)
    unit = _suffix(text, after, reading.lex, scaled)
    if unit is None and magnitude is not None:  # "tra 129 e 154,8 miliardi di dollari"
        unit = _linked_unit(text, scaled._replace(end=after), reading)
    if unit is None or (unit.kind is UnitKind.SYMBOL and unit.surface[0].isalpha()):
        return None
    return unit._replace(start=amount.end, end=amount.end), multiplier


def _plain_first_end(first: ParsedNumber, upper: ParsedNumber, multiplier: Decimal) -> bool:
    """True when a first end without a magnitude word is a plain number below an upper end
    with one, within a factor of ten ("550 to 1.1 thousand"): a range that wide is written so;
    "900 to 1.2 million" leaves the first end's magnitude unwritten."""
    total = upper.value * multiplier
    return first.value < total < first.value * 10


def _follows_from(text: str, start: int) -> bool:
    """ "from $2m to $3m" (also "from about $2m", "from -$2m") is a change, not a range."""
    position = _skip_spaces_back(text, start - minus_before(text, start))
    hedge = find_hedge(text, position, "en")
    if hedge is not None:
        position = _skip_spaces_back(text, hedge.start())
    return PATTERNS["from"].search(text, max(0, position - 6), position + 1) is not None


def _glued(text: str, position: int) -> bool:
    before = text[position - 1 : position]
    if not before.isalnum() and before != "\u0640":
        return False  # the common case, decided before the Arabic particles are looked at
    if _arabic_particle_before(text, position):
        return False
    return before.isalnum() and (before < "\u3040" or not is_cjk(before))


#: The Arabic one-letter prepositions and conjunctions written onto the word after them, a
#: number included ("بـ152 مليار دولار", "و10 ملايين"): not letters of a code like "A380".
ARABIC_PARTICLES = "بلوكف"


def _arabic_particle_before(text: str, position: int) -> bool:
    """True when one or two Arabic particles, with or without a tatweel ("ـ"), stand alone
    before ``position``."""
    if not 0 < position <= len(text):
        return False
    stop = position - (text[position - 1] == "\u0640")
    letters = 0
    while letters < 2 and stop - letters > 0 and text[stop - letters - 1] in ARABIC_PARTICLES:
        letters += 1
    start = stop - letters
    return letters > 0 and (start == 0 or not text[start - 1].isalnum())


def _skip_spaces_back(text: str, position: int) -> int:
    while position > 0 and text[position - 1] in SPACES:
        position -= 1
    return position


def _is_price_base(text: str, run: _Run) -> bool:
    """ "in 2015 dollars": a four-digit year before a currency name is a price base."""
    year = text[run.start : run.end]
    if len(year) != 4 or not year.isdigit() or not 1800 <= int(year) <= 2100:
        return False
    return PATTERNS["price_base"].search(text, max(0, run.start - 4), run.start) is not None


def _merge_between_ranges(text: str, raws: list[_Raw], joins: _Joins) -> list[_Raw]:
    """Join "between $2m and $3m" (also "between $20 and $30 million") into one range."""
    merged: list[_Raw] = []
    index = 0
    while index < len(raws):
        first = raws[index]
        second = raws[index + 1] if index + 1 < len(raws) else None
        if second is not None and _is_between(text, first, second, joins):
            ones, twos = first.amount, second.amount
            upper, multiplier = twos.number, twos.multiplier
            if ones.multiplier == 1 and ones.number.value >= upper.value:
                # "entre 800.000 et 2 millions d'euros": the first end is a plain number
                scaled = ParsedNumber(upper.value * multiplier, upper.granularity * multiplier)
                upper, multiplier = scaled, Decimal(1)
            amount = ones._replace(upper=upper, end=twos.end, multiplier=multiplier)
            merged.append(first._replace(end=second.end, amount=amount))
            index += 2
            continue
        merged.append(first)
        index += 1
    return merged


def _is_between(text: str, first: _Raw, second: _Raw, joins: _Joins) -> bool:
    if joins.between.search(text, max(0, first.start - 10), first.start) is None:
        return False  # the common case, decided before the gap between them is read
    gap = text[first.end : second.start].strip(SPACES).lower()
    ones, twos = first.amount, second.amount
    return (
        gap in joins.and_words
        and first.unit.candidates == second.unit.candidates
        and ones.upper is None
        and twos.upper is None
        and ones.multiplier in (Decimal(1), twos.multiplier)
        and twos.number.value * twos.multiplier > ones.number.value * ones.multiplier
    )


def _to_money(text: str, raw: _Raw, context: _Context, unsettled: set[int]) -> Money:
    amount = raw.amount
    figure = make_figure(
        text[amount.start : amount.end], amount.number, amount.multiplier, amount.upper
    )
    if raw.start in unsettled and amount.number.other is not None:
        figure = replace(figure, other=amount.number.other * amount.multiplier)
    style = context.document.style
    if not context.english:
        figure = replace(figure, decimal=style.decimal, group=style.group)
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
    key = (unit.surface, unit.candidates)
    if key not in context.resolved:
        context.resolved[key] = _resolve_anew(unit, context)
    return context.resolved[key]


def _resolve_anew(unit: _Unit, context: _Context) -> str | None:
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
    document = context.document
    return default_reading(
        unit.surface, remaining, document.territory, document.language, document.script
    )
