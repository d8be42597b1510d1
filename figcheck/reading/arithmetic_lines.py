"""Arithmetic lines: conversions written out as a sum, "£40 × 1.27 = $50.80".

Grammar, read around the money mentions ``find_money`` found (the words are those of
``LINE_WORDS``, per language, plus English)::

    line   := AMOUNT OP RATE [RATIO] EQUALS RESULT   "$2 million x 83 INR/USD = 166 million INR"
            | AMOUNT EQUALS RESULT                     "200 million dollars = 14,856,000,000 INR"
    OP     := "×" | "x" | "*" | "·" | TIMES           the rate multiplies
            | "/" | "÷" | " : " | DIVIDED             the rate divides ("60 DM / 1,95583")
    RATE   := a bare number, or the number of a mention ("82.5 INR/USD")
    RATIO  := CURRENCY ("/" | PER) CURRENCY            "INR/USD", "FF/Euro", "рублей за доллар"
    EQUALS := "=" | "≈" | "~" | "≃" | EQUALS-WORD      "≈" and "~" hedge the result
    AMOUNT := a money mention | a bare number
    RESULT := a money mention | a bare number [LEGACY-SYMBOL]

A bare AMOUNT takes its currency from the RATIO, else from the one other currency the sentence's
mentions name besides the result's ("Wer 500 EUR umtauscht, rechnet 500 * 7,4307 = 3715,35
RMB"); a bare RESULT from a symbol of ``LEGACY_SYMBOLS``, the RATIO or the sentence. A surface
that stays ambiguous ("francs") is settled by the RATIO, or by a rate that is exactly one of the
euro's irrevocable conversion rates (``EURO_LEGACY``) when the other side is the euro. A line
whose two currencies are not both known, or are the same ("$5 x 3 = $15", a price times a
count), is not read. The second shape needs two mentions, neither of them one unit (that is a
stated rate: "$1 = 83 rupees", "ARS3 = USD1").

A line gives a ``Conversion`` (connector "arithmetic") of AMOUNT into RESULT, and, for the
first shape, a ``StatedRate`` of RATE as units of the result's currency per unit of the
amount's (for a dividing OP, the reciprocal of the figure): the rules then check the rate
against the reference (FC107) and the result against the rate (FC108).

Every pattern is anchored at an operator or an equals sign and reads a bounded window, so the
scan is linear in the text.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal

from figcheck.intervals import Interval, divide
from figcheck.model import Claim, Conversion, Figure, Money, Span, StatedRate
from figcheck.reading.currencies import default_reading, lexicon
from figcheck.reading.hedges import widen
from figcheck.reading.locales import DocumentLocale
from figcheck.reading.numbers import NumberStyle, folded, make_figure, parse_run

#: The words of an arithmetic line, by language and role: "times" and "divided" are the
#: operators written as words, "equals" the words before the result and "per" the word of a
#: unit ratio ("рублей за доллар"). English is read in every language.
LINE_WORDS: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "times": ("times", "multiplied by"),
        "divided": ("divided by",),
        "equals": ("equals", "gives", "makes"),
        "per": ("per", "to the", "to one"),
    },
    "fr": {
        "times": ("fois", "multiplié par", "multipliés par"),
        "divided": ("divisé par", "divisés par"),
        "equals": ("égale", "égalent", "donne", "donnent", "font", "fait"),
        "per": ("par", "pour un", "pour une", "pour 1"),
    },
    "de": {
        "times": ("mal", "multipliziert mit"),
        "divided": ("geteilt durch", "dividiert durch", "durch"),
        "equals": ("ergibt", "ergeben", "gleich", "sind", "macht"),
        "per": ("pro", "je", "für einen", "für 1"),
    },
    "es": {
        "times": ("por", "multiplicado por", "multiplicados por"),
        "divided": ("dividido por", "dividido entre", "divididos entre", "entre"),
        "equals": ("igual a", "es igual a", "da", "dan", "son", "equivale a", "equivalen a"),
        "per": ("por", "por cada", "por un"),
    },
    "ru": {
        "times": ("умножить на", "умноженное на", "умноженные на"),
        "divided": ("разделить на", "поделить на", "делить на", "разделённое на"),
        "equals": ("равно", "равны", "получаем", "получается", "составит", "будет"),
        "per": ("за", "за один", "за 1"),
    },
}

#: Operator signs: the ones that multiply, and the ones that divide (":" only between spaces,
#: so that times and scores, "10:30", "3:1", are never operators).
TIMES_SIGNS = r"[×*·]|(?<![^\W\d_])[xX](?![^\W\d_])"
DIVIDED_SIGNS = r"[/÷]|(?<=\s):(?=\s)"
#: Signs before the result; the last three make it approximate.
EQUALS_SIGNS = r"=|≈|≃|~"
APPROXIMATE_SIGNS = frozenset({"≈", "≃", "~"})

#: Currency symbols that old price lists write after the figure and the vocabulary does not
#: read as money by themselves, by language: "1.340,51 F" is in French francs.
LEGACY_SYMBOLS: dict[str, dict[str, str]] = {
    "fr": {"F": "FRF", "FF": "FRF", "FB": "BEF"},
    "de": {"DM": "DEM", "FF": "FRF", "S": "ATS", "öS": "ATS"},
    "es": {"pta": "ESP", "ptas": "ESP", "Pts": "ESP", "pts": "ESP"},
}

#: The euro's irrevocable conversion rates (units per euro), as the Council fixed them: a rate
#: written with exactly these digits beside a euro amount names the legacy currency, which
#: settles an ambiguous surface ("35,85 francs : 6,55957 ≈ 5,47 €" is in French francs).
EURO_LEGACY: dict[Decimal, tuple[str, ...]] = {
    Decimal("13.7603"): ("ATS",),
    Decimal("40.3399"): ("BEF", "LUF"),
    Decimal("1.95583"): ("BGN", "DEM"),  # the lev joined at the mark's rate (2026)
    Decimal("166.386"): ("ESP",),
    Decimal("5.94573"): ("FIM",),
    Decimal("6.55957"): ("FRF",),
    Decimal("0.787564"): ("IEP",),
    Decimal("1936.27"): ("ITL",),
    Decimal("2.20371"): ("NLG",),
    Decimal("200.482"): ("PTE",),
}

#: The most characters read before an operator for a bare amount, and around a line for the
#: sentence's other currencies.
NUMBER_WINDOW = 32
SENTENCE_WINDOW = 160
_NUMBER = r"\d(?:[\d.,'\u00a0\u202f]{0,24}\d)?"
_GAP = r"[ \u00a0\u202f]{0,3}"
#: A currency surface inside a ratio: a word, a code or a symbol (no digit, space or sign).
_TOKEN = r"[^\s\d/=≈~≃()\[\]]{1,20}"

PATTERNS = {
    # A bare number ending right before an operator.
    "number_before": re.compile(rf"(?<![\d.,]){_NUMBER}{_GAP}$"),
    # A bare number at the start of a result, then an optional symbol word.
    "result": re.compile(
        rf"(?P<number>{_NUMBER})(?![\d])(?:[ \u00a0\u202f]?(?P<symbol>[^\W\d_]{{1,4}}\b))?"
    ),
    # A sentence end, to keep the currencies of other sentences out.
    "sentence_end": re.compile(r"[.!?;](?:\s|$)|\n"),
}


@functools.cache
def _ordered(language: str, role: str) -> tuple[str, ...]:
    """The words of one role in ``language`` and English, longest first."""
    words = {*LINE_WORDS["en"][role], *LINE_WORDS.get(language, {}).get(role, ())}
    return tuple(sorted(words, key=len, reverse=True))


def _spaced(word: str) -> str:
    """A word as a pattern, a space matching any run of blanks."""
    return r"\s+".join(map(re.escape, word.split()))


@functools.cache
def _words(language: str, role: str) -> str:
    """The words of one role in ``language`` and English as regex alternatives, longest first."""
    return "|".join(map(_spaced, _ordered(language, role)))


@functools.cache
def line_pattern(language: str) -> re.Pattern[str]:
    """OP RATE [RATIO] EQUALS, from the operator up to the start of the result."""
    word = r"(?<!\w)(?:{})(?!\w)"
    times = f"{TIMES_SIGNS}|{word.format(_words(language, 'times'))}"
    divided = f"{DIVIDED_SIGNS}|{word.format(_words(language, 'divided'))}"
    per = _words(language, "per")
    equals = f"{EQUALS_SIGNS}|{word.format(_words(language, 'equals'))}"
    return re.compile(
        rf"""(?:(?P<times>{times})|(?P<divided>{divided})){_GAP}
        (?P<rate>{_NUMBER})(?![\d])
        (?:{_GAP}(?P<ratio>(?P<numerator>{_TOKEN})
             (?:{_GAP}/{_GAP}|\s+(?:{per})\s+)(?P<denominator>{_TOKEN})))?
        {_GAP}(?P<equals>{equals}){_GAP}""",
        re.VERBOSE | re.IGNORECASE,
    )


#: The longest stretch from an operator to its EQUALS: the operator, a rate of 26 characters,
#: a ratio of two 20-character tokens, and the gaps between them.
OPERATION_REACH = 100


@functools.cache
def equals_hint(language: str) -> re.Pattern[str]:
    """Any EQUALS sign or word, found in one scan of the text."""
    word = _words(language, "equals")
    return re.compile(rf"{EQUALS_SIGNS}|(?<!\w)(?:{word})(?!\w)", re.IGNORECASE)


@functools.cache
def folded_equals_hint(language: str) -> re.Pattern[str] | None:
    """``equals_hint`` for the lower-case copy of a text (``numbers.folded``), or None when a
    word is not in lower-case ASCII (the copy reads the same for those words only).

    The words are grouped by first letter, in their order, the look-behind after that letter:
    every branch starts with its own character, so the search skips to the next sign or first
    letter rather than trying the pattern at every position, and finds the same matches.
    """
    words = _ordered(language, "equals")
    if not all(word.isascii() and word.islower() and word[0].isalpha() for word in words):
        return None
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[0], []).append(_spaced(word)[1:])
    led = "|".join(
        rf"{first}(?<!\w{first})(?:{'|'.join(rests)})(?!\w)" for first, rests in groups.items()
    )
    return re.compile(rf"{EQUALS_SIGNS}|{led}")


@functools.cache
def equals_pattern(language: str) -> re.Pattern[str]:
    """EQUALS alone, matched against the whole gap between two mentions."""
    word = _words(language, "equals")
    return re.compile(rf"{_GAP}(?:{EQUALS_SIGNS}|(?<!\w)(?:{word})(?!\w)){_GAP}", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class _Side:
    """A currency a ratio or an amount names: the settled one (or None) and every candidate."""

    currency: str | None
    candidates: tuple[str, ...]


def find_arithmetic_claims(
    text: str, mentions: list[Money], document: DocumentLocale
) -> list[Claim]:
    """Every arithmetic line of ``text``: its conversion, then the rate it uses (see the module
    docstring for the grammar); ``mentions`` are the text's money mentions, in order."""
    reader = _Reader(text, mentions, document)
    found: list[Claim] = []
    taken: list[Span] = []
    for claims in (*reader.operations(), *reader.equations()):
        span = claims[0].span
        if any(span.start < other.end and other.start < span.end for other in taken):
            continue
        taken.append(span)
        found.extend(claims)
    found.sort(key=lambda claim: claim.span.start)
    return found


class _Reader:
    """One document's mentions and vocabulary, read for arithmetic lines."""

    def __init__(self, text: str, mentions: list[Money], document: DocumentLocale) -> None:
        self.text = text
        self.mentions = mentions
        self.document = document
        self.language = document.language
        self.by_end = {money.span.end: money for money in mentions}
        self.by_start = {money.span.start: money for money in mentions}
        self.starts = [money.span.start for money in mentions]

    def operations(self) -> Iterator[tuple[Claim, ...]]:
        """AMOUNT OP RATE [RATIO] EQUALS RESULT, looked for only before an EQUALS (one cheap
        scan of the text; the line pattern reads a bounded window before each)."""
        pattern, done = line_pattern(self.language), 0
        for equals in self._equals_signs():
            start = max(done, equals.start() - OPERATION_REACH)
            for match in pattern.finditer(self.text, start, equals.end() + 3):
                done = match.end()
                claims = self._operation(match)
                if claims:
                    yield claims

    def _equals_signs(self) -> Iterator[re.Match[str]]:
        """Every EQUALS sign or word (only where they are is read), found in one scan: of the
        lower-case copy when the words allow (see ``folded_equals_hint``), several times
        faster."""
        hint = folded_equals_hint(self.language)
        lowered = None if hint is None else folded(self.text)
        if hint is None or lowered is None:
            return equals_hint(self.language).finditer(self.text)
        return hint.finditer(lowered)

    def equations(self) -> Iterator[tuple[Claim, ...]]:
        """AMOUNT EQUALS RESULT, between two mentions of different currencies."""
        equals = equals_pattern(self.language)
        for first, second in zip(self.mentions, self.mentions[1:], strict=False):
            gap = self.text[first.span.end : second.span.start]
            if len(gap) > 24 or equals.fullmatch(gap) is None:
                continue
            if _one_unit(first) or _one_unit(second) or first.upper or second.upper:
                continue  # "$1 = 83 rupees", "ARS3 = USD1": a stated rate
            if second.hedge is None and any(sign in gap for sign in APPROXIMATE_SIGNS):
                second = _hedged(second)
            if _known_and_different(first, second):
                span = Span(first.span.start, second.span.end)
                yield (Conversion(span, first, second, "arithmetic"),)

    def _operation(self, match: re.Match[str]) -> tuple[Claim, ...]:
        amount = self._amount(match.start())
        result = self._result(match.end(), match.group("equals"))
        if amount is None or result is None:
            return ()
        rate_figure = self._rate(match, (amount, result))
        if rate_figure is None:
            return ()
        dividing = match.group("divided") is not None
        ratio = self._ratio(match)
        if match.group("ratio") and ratio is None:
            return ()  # "3 x 4 items/box = …": not a currency ratio
        numerator, denominator = ratio if ratio else (None, None)
        original_side, result_side = (
            (numerator, denominator) if dividing else (denominator, numerator)
        )
        amount = self._settle(amount, original_side, rate_figure, result, match)
        result = self._settle(result, result_side, rate_figure, amount, match)
        if amount is None or result is None or not _known_and_different(amount, result):
            return ()
        span = Span(amount.span.start, result.span.end)
        conversion = Conversion(span, amount, result, "arithmetic")
        return (conversion, self._stated_rate(match, rate_figure, amount, result, dividing))

    def _rate(self, match: re.Match[str], sides: tuple[Money, Money]) -> Figure | None:
        """The rate's figure; "166,386" reads in the document's notation when a figure of the
        same line proves it ("250.000 pesetas / 166,386 = 1.502,53 euros")."""
        run = match.group("rate")
        style = self.document.style
        parsed = parse_run(run, style)
        if parsed is None or parsed.value <= 0:
            return None
        if parsed.other is not None and not any(
            _proves(side.figure.text, style.decimal, style) for side in sides
        ):
            return None
        return make_figure(run, parsed, Decimal(1))

    def _amount(self, operator: int) -> Money | None:
        """The mention or bare number that ends right before the operator."""
        end = operator
        while end > 0 and self.text[end - 1] in " \u00a0\u202f":
            end -= 1
        money = self.by_end.get(end)
        if money is not None:
            return money
        floor = max(0, end - NUMBER_WINDOW)
        bare = PATTERNS["number_before"].search(self.text, floor, end)
        if bare is None or self._covered(bare.start()):
            return None
        return self._bare(bare.start(), bare.group().rstrip(" \u00a0\u202f"), None)

    def _result(self, start: int, equals: str) -> Money | None:
        """The mention or bare number (with a legacy symbol, if any) that starts the result."""
        hedge = "about" if equals in APPROXIMATE_SIGNS else None
        money = self.by_start.get(start)
        if money is not None:
            return _hedged(money) if hedge and money.hedge is None else money
        match = PATTERNS["result"].match(self.text, start)
        if match is None or self._covered(start):
            return None
        symbol = match.group("symbol")
        legacy = LEGACY_SYMBOLS.get(self.language, {}).get(symbol or "")
        run = match.group("number")
        money = self._bare(start, run, hedge)
        if money is not None and legacy is not None:
            end = match.end()
            return _with_currency(
                money, _Side(legacy, (legacy,)), symbol, Span(start, end), self.text
            )
        return money

    def _bare(self, start: int, run: str, hedge: str | None) -> Money | None:
        """A bare number as a mention without a currency (filled in by ``_settle``)."""
        parsed = parse_run(run, self.document.style)
        if parsed is None or parsed.value <= 0 or parsed.other is not None:
            return None
        figure = make_figure(run, parsed, Decimal(1))
        interval = widen(figure.interval, figure.value, figure.granularity, hedge)
        span = Span(start, start + len(run))
        return Money(figure.value, None, (), span, run, figure, "", interval, hedge)

    def _covered(self, position: int) -> bool:
        """True when a mention covers ``position``: the number belongs to an amount."""
        index = bisect.bisect_right(self.starts, position) - 1
        return index >= 0 and self.mentions[index].span.end > position

    def _ratio(self, match: re.Match[str]) -> tuple[_Side, _Side] | None:
        """The two currencies of a unit ratio, numerator first, or None when either is no
        currency."""
        if not match.group("ratio"):
            return None
        first = self._currency(match.group("numerator"))
        second = self._currency(match.group("denominator"))
        if not first.candidates or not second.candidates:
            return None
        return first, second

    def _currency(self, surface: str) -> _Side:
        """What a currency surface written in a ratio names."""
        surface = surface.strip(".,;:")
        lex = lexicon(self.language)
        legacy = LEGACY_SYMBOLS.get(self.language, {}).get(surface)
        if legacy is not None:
            return _Side(legacy, (legacy,))
        candidates = lex.symbol(surface, close=True) or lex.name(surface.lower())
        if not candidates and surface.upper() == surface and surface in lex.codes:
            candidates = (surface,)
        if not candidates:
            return _Side(None, ())
        if len(candidates) == 1:
            return _Side(candidates[0], candidates)
        document = self.document
        reading = default_reading(
            surface, candidates, document.territory, document.language, document.script
        )
        return _Side(reading, candidates)

    def _settle(
        self,
        money: Money | None,
        side: _Side | None,
        rate: Figure,
        other: Money | None,
        match: re.Match[str],
    ) -> Money | None:
        """``money`` with its currency settled by the ratio, a euro legacy rate or the
        sentence; a bare number no source settles is None."""
        if money is None:
            return None
        if money.currency is not None:
            if side is not None and money.currency not in side.candidates:
                return None  # the ratio names another currency: not this line
            return money
        candidates = money.candidates
        if side is not None:
            chosen = _choose(side, candidates)
            if chosen is None:
                return None
            return _with_currency(money, _Side(chosen, candidates or (chosen,)))
        if candidates:
            legacy = self._legacy(candidates, rate, other)
            return _with_currency(money, _Side(legacy, candidates)) if legacy else money
        currency = self._sentence_currency(match, other)
        return _with_currency(money, _Side(currency, (currency,))) if currency else None

    def _legacy(self, candidates: tuple[str, ...], rate: Figure, other: Money | None) -> str | None:
        """The one legacy currency among ``candidates`` whose euro rate the line uses."""
        if other is None or other.currency != "EUR":
            return None
        legacy = [code for code in EURO_LEGACY.get(rate.value, ()) if code in candidates]
        return legacy[0] if len(legacy) == 1 else None

    def _sentence_currency(self, match: re.Match[str], other: Money | None) -> str | None:
        """The one currency the sentence's mentions name besides ``other``'s, else None."""
        if other is None or other.currency is None:
            return None
        floor = max(0, match.start() - SENTENCE_WINDOW)
        before = self.text[floor : match.start()]
        stops = list(PATTERNS["sentence_end"].finditer(before))
        start = floor + stops[-1].end() if stops else floor
        stop = PATTERNS["sentence_end"].search(
            self.text, match.end(), match.end() + SENTENCE_WINDOW
        )
        end = stop.start() if stop else min(len(self.text), match.end() + SENTENCE_WINDOW)
        low, high = bisect.bisect_left(self.starts, start), bisect.bisect_left(self.starts, end)
        named = {money.currency for money in self.mentions[low:high]} - {other.currency}
        if None in named or len(named) != 1:
            return None  # "pesos" unsettled, or two other currencies: ambiguous
        return named.pop()

    def _stated_rate(
        self, match: re.Match[str], rate: Figure, amount: Money, result: Money, dividing: bool
    ) -> StatedRate:
        """The rate the line uses, as units of the result's currency per unit of the amount's."""
        assert amount.currency is not None
        assert result.currency is not None
        end = match.end("ratio") if match.group("ratio") else match.end("rate")
        start, span = match.start("rate"), Span(match.start(), end)  # "× 1.27", "/ 1,95583"
        interval = rate.interval.reciprocal() if dividing else rate.interval
        value = divide(Decimal(1), rate.value) if dividing else rate.value
        granularity = interval.high - interval.low if dividing else rate.granularity
        figure = Figure(rate.text, value, granularity, interval, decimal=rate.decimal)
        quote = Money(
            value,
            result.currency,
            result.candidates,
            span,
            rate.text,
            figure,
            result.unit_text,
            interval,
        )
        one = Figure("1", Decimal(1), Decimal(1), Interval.point(Decimal(1)))
        unit = Money(
            Decimal(1),
            amount.currency,
            amount.candidates,
            Span(start, start),
            "",
            one,
            amount.unit_text,
            one.interval,
        )
        return StatedRate(
            span=span,
            base=amount.currency,
            quote=result.currency,
            base_candidates=amount.candidates,
            quote_candidates=result.candidates,
            value=value,
            interval=interval,
            text=span.slice(self.text),
            unit=unit,
            amount=quote,
            connector="arithmetic",
        )


def _choose(side: _Side, candidates: tuple[str, ...]) -> str | None:
    """The ratio's currency for an amount: its settled one, or the one both allow."""
    if not candidates:
        return side.currency
    shared = [code for code in side.candidates if code in candidates]
    if side.currency in shared:
        return side.currency
    return shared[0] if len(shared) == 1 else None


def _proves(run: str, decimal: str, style: NumberStyle) -> bool:
    """True when ``run`` has a separator and reads only one way, with ``decimal`` as its
    decimal sign ("1.502,53", "16.638.600" in Spanish)."""
    parsed = parse_run(run, style)
    if parsed is None or parsed.other is not None or not any(c in run for c in ".,"):
        return False
    return parsed.convention in (None, decimal)


def _one_unit(money: Money) -> bool:
    return money.amount == 1 and money.hedge is None


def _known_and_different(first: Money, second: Money) -> bool:
    return (
        first.currency is not None
        and second.currency is not None
        and first.currency != second.currency
    )


def _hedged(money: Money) -> Money:
    """A result after "≈": approximate, as "about" makes it."""
    figure = money.figure
    interval = widen(money.interval, figure.value, figure.granularity, "about")
    return Money(
        money.amount,
        money.currency,
        money.candidates,
        money.span,
        money.text,
        figure,
        money.unit_text,
        interval,
        "about",
    )


def _with_currency(
    money: Money,
    side: _Side,
    unit_text: str | None = None,
    span: Span | None = None,
    text: str | None = None,
) -> Money:
    """A bare number given the currency the line settles, and the symbol it carries."""
    assert side.currency is not None
    span = span or money.span
    written = span.slice(text) if text is not None else money.text
    return Money(
        money.amount,
        side.currency,
        side.candidates or (side.currency,),
        span,
        written,
        money.figure,
        unit_text or side.currency,
        money.interval,
        money.hedge,
    )


def with_arithmetic(claims: list[Claim], arithmetic: list[Claim]) -> list[Claim]:
    """``claims`` with the arithmetic lines in place of any conversion or stated rate read
    over the same figures ("82.5 INR/USD" alone reads as a rate), in text order."""
    spans = [claim.span for claim in arithmetic if isinstance(claim, Conversion)]
    kept = [
        claim
        for claim in claims
        if not isinstance(claim, Conversion | StatedRate)
        or not any(claim.span.start < span.end and span.start < claim.span.end for span in spans)
    ]
    return sorted([*kept, *arithmetic], key=lambda claim: claim.span.start)
