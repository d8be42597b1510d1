"""Which rate a conversion or a stated rate was computed at, when the text says it is not the
official market's on the document date.

A black or parallel market's rate ("USD100 fetches 1,400 pesos through street dealers") is
published by no reference, and a rate "of the time" ("(at the exchange rate of the time, about
$17 billion)") belongs to a day the document does not give. Held to the document date's
reference, both would be reported though the text says plainly why they differ; the rules hold
them to their own kind instead (see ``figcheck.rules.fx``).

The words (``language_tables.RATE_SCOPE_WORDS``, English read in every text) count only in the
claim's own clauses: from the figure before the claim (or the start of its sentence) to its
first figure, and from the start of the clause of its last figure to that clause's end. So in
"($9 at the official rate, $3 on the black market)" only the second is a black-market price.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import re
from collections.abc import Iterable, Sequence

from figcheck.model import Conversion, Money
from figcheck.reading.numbers import folded

#: How far from a figure its clause may reach, either side (a bound on the text read).
WINDOW = 160
#: What ends a clause after a figure: a comma, a semicolon, a closing bracket, a sentence end.
CLAUSE_END = re.compile(r"[,;!?)\]）。，；、]|\.(?=\s|$)")
#: What a clause or a sentence begins after, read backwards from a figure.
CLAUSE_START = re.compile(r"[,;!?(\[（。，；、]|\.(?=\s)")
SENTENCE_START = re.compile(r"[;!?。；]|\.(?=\s)")
#: Each pattern below starts with a character set, so the engine skips to its candidates.
SENTENCE_END = re.compile(r"[.;!?。；](?:(?<=\.)(?=\s|$)|(?<!\.))")
#: A year a sentence may name ("in 2015"), not part of a longer number.
YEAR = re.compile(r"(?:1(?<![\d.,]1)9[5-9]|2(?<![\d.,]2)0\d)\d(?!\d|[.,]\d)")
#: The connector of a conversion read from a second restatement of one amount at another
#: market's rate ("USD100 is worth 840 pesos officially, versus 1,400 pesos on the black
#: market"); its scope is read from its own restatement only.
SECOND_RATE = "second rate"


@dataclasses.dataclass(frozen=True, slots=True)
class RateScope:
    """What the words around a claim say of its rate."""

    parallel_market: bool = False
    at_the_time: bool = False
    year: int | None = None


@functools.cache
def _pattern(language: str, *, lowered: bool) -> re.Pattern[str] | None:
    """The words of both roles in ``language`` and in English, one group per role, for one
    pass over the text; ``lowered`` for the text's lower-case copy (``numbers.folded``), where
    the engine can skip to each word's first letter (a word's start is checked apart, in
    ``marks``)."""
    from figcheck.reading.language_tables import RATE_SCOPE_WORDS

    branches = []
    for role in ("parallel", "then"):
        words = {
            word.lower()
            for table in {language, "en"}
            for word in RATE_SCOPE_WORDS.get(table, {}).get(role, ())
        }
        alternatives = "|".join(
            r"\s+".join(map(re.escape, word.split()))
            for word in sorted(words, key=len, reverse=True)
        )
        if alternatives:
            branches.append(f"(?P<{role}>{alternatives})")
    if not branches:
        return None
    return re.compile("|".join(branches), 0 if lowered else re.IGNORECASE)


@dataclasses.dataclass(frozen=True, slots=True)
class Marks:
    """Where the scope words of one text start, in order."""

    parallel: tuple[int, ...]
    then: tuple[int, ...]
    #: Where the years written in the text start ("in 2015"), and their values.
    years: tuple[int, ...] = ()
    year_values: tuple[int, ...] = ()
    #: Where the text's sentences end (``SENTENCE_END``), when it writes a year.
    stops: tuple[int, ...] = ()

    def words_within(self, start: int, end: int) -> bool:
        """Whether a scope word starts between ``start`` and ``end``."""
        return _within(self.parallel, start, end) or _within(self.then, start, end)

    def sentence(self, start: int, end: int) -> tuple[int, int]:
        """The sentence around ``start``–``end`` (at most ``WINDOW`` characters either way)."""
        index = bisect.bisect_left(self.stops, start)
        first = self.stops[index - 1] + 1 if index else 0
        later = bisect.bisect_left(self.stops, end)
        last = self.stops[later] if later < len(self.stops) else end + WINDOW
        return max(first, start - WINDOW), min(last, end + WINDOW)

    def year_in(self, start: int, end: int, figures: Iterable[Money]) -> int | None:
        """The one year written between ``start`` and ``end`` outside ``figures``, if one."""
        low = bisect.bisect_left(self.years, start)
        high = bisect.bisect_left(self.years, end)
        inside = [(money.span.start, money.span.end) for money in figures]
        found = {
            self.year_values[index]
            for index in range(low, high)
            if not any(a <= self.years[index] < b for a, b in inside)
        }
        return found.pop() if len(found) == 1 else None


@functools.lru_cache(maxsize=8)
def marks(text: str, language: str) -> Marks:
    """The scope words of ``text``, found once (cached: the conversion and the rate readers
    both ask), each at the start of a word (anywhere in Chinese and Japanese)."""
    lowered = folded(text)
    searched = text if lowered is None else lowered
    anywhere = language in ("zh", "ja")
    found: dict[str, list[int]] = {"parallel": [], "then": []}
    pattern = _pattern(language, lowered=lowered is not None)
    for match in () if pattern is None else pattern.finditer(searched):
        start = match.start()
        if anywhere or start == 0 or not searched[start - 1].isalnum():
            found[match.lastgroup or "then"].append(start)
    years = [(match.start(), int(match.group())) for match in YEAR.finditer(text)]
    stops = tuple(match.start() for match in SENTENCE_END.finditer(text)) if years else ()
    return Marks(
        tuple(found["parallel"]),
        tuple(found["then"]),
        tuple(start for start, _ in years),
        tuple(value for _, value in years),
        stops,
    )


def _within(starts: tuple[int, ...], start: int, end: int) -> bool:
    index = bisect.bisect_left(starts, start)
    return index < len(starts) and starts[index] < end


def scope_in(text: str, spans: Iterable[tuple[int, int]], language: str) -> RateScope:
    """The scope the words in ``spans`` of ``text`` give."""
    found = marks(text, language)
    spans = list(spans)
    return RateScope(
        parallel_market=any(_within(found.parallel, *span) for span in spans),
        at_the_time=any(_within(found.then, *span) for span in spans),
    )


def lead(text: str, floor: int, start: int) -> tuple[int, int]:
    """The words before a claim's first figure: back to the start of its sentence (or
    ``WINDOW`` characters), or, when a figure ends at ``floor`` in the same sentence, only
    back to the start of the claim's clause (the words before the comma or bracket are that
    figure's; with none, "street traders quoted a buying rate of N583 and a selling rate of
    N587", the sentence's subject is the claim's too)."""
    low = max(start - WINDOW, 0)
    stops = list(SENTENCE_START.finditer(text, low, start))
    sentence = stops[-1].end() if stops else low
    if floor <= sentence:
        return sentence, start
    return clause(text, sentence, start, start)[0], start


def clause(text: str, low: int, start: int, end: int) -> tuple[int, int]:
    """The clause of the figure at ``start``–``end``: from the last clause boundary after
    ``low`` (or ``low``) to the first one after the figure (or ``WINDOW`` characters on)."""
    low = max(low, start - WINDOW)
    starts = list(CLAUSE_START.finditer(text, low, start))
    first = starts[-1].end() if starts else low
    after = CLAUSE_END.search(text, end, min(len(text), end + WINDOW))
    return first, (after.start() if after else min(len(text), end + WINDOW))


def conversion_scope(text: str, conversion: Conversion, floor: int, language: str) -> RateScope:
    """The scope of ``conversion``; ``floor`` is the end of the figure before it."""
    first, last = sorted((conversion.original, conversion.converted), key=_start)
    if conversion.connector == SECOND_RATE:
        # "…, versus 1,400 pesos through black-market dealers": its own restatement only
        spans = [clause(text, last.span.start, *_ends(last))]
    else:
        spans = [lead(text, floor, first.span.start), clause(text, first.span.end, *_ends(last))]
    return scope_in(text, spans, language)


def conversion_year(text: str, conversion: Conversion, language: str) -> int | None:
    """The one year the sentence of ``conversion`` names outside its figures, if one."""
    first, last = sorted((conversion.original, conversion.converted), key=_start)
    found = marks(text, language)
    start, end = found.sentence(first.span.start, last.span.end)
    return found.year_in(start, end, (first, last))


def with_scopes(
    text: str, conversions: list[Conversion], mentions: Sequence[Money], language: str
) -> list[Conversion]:
    """``conversions``, each marked with what the words around it say of its rate."""
    if not conversions:
        return conversions
    found = marks(text, language)
    if not found.parallel and not found.then and not found.years:
        return conversions
    ends = sorted(money.span.end for money in mentions)
    marked = []
    for conversion in conversions:
        start = min(conversion.original.span.start, conversion.converted.span.start)
        end = max(conversion.original.span.end, conversion.converted.span.end)
        low, high = start - WINDOW, end + WINDOW
        scope = RateScope()
        if found.words_within(low, high):
            index = bisect.bisect_right(ends, start)
            floor = ends[index - 1] if index else 0
            scope = conversion_scope(text, conversion, floor, language)
        if _within(found.years, low, high):
            scope = dataclasses.replace(scope, year=conversion_year(text, conversion, language))
        if scope != RateScope():
            conversion = dataclasses.replace(
                conversion,
                parallel_market=scope.parallel_market,
                at_the_time=scope.at_the_time,
                year=scope.year,
            )
        marked.append(conversion)
    return marked


def _start(money: Money) -> int:
    return money.span.start


def _ends(money: Money) -> tuple[int, int]:
    return money.span.start, money.span.end
