"""Figure claims: percentage changes, totals, shares, multiples and unit conversions.

Each sentence (text up to ".", "!", "?" or ";" before a space, or a blank line) is reduced to a
*shape*: its words with every stated figure replaced by one placeholder character, V for a
value (money, quantity or count), P for a percentage, F for a word fraction ("a third", "one
in five") and M for a word multiple ("doubled", "tenfold"). The patterns below are matched
against shapes (compiled on first use), so each is short and reads a bounded window. Grammar
(H is an optional hedge word before a figure, W up to 40 characters of words)::

    change   := UP|DOWN ["by"] H P [PERIOD] [","] FROM_TO
              | UP|DOWN FROM_TO ("," | "(") ( "a" NOUN "of" | "up" | "down" | "or" ) H P
              | "from" H V "to" H V ("," | "(") "a" H P NOUN
              | "a" H P NOUN [W] FROM_TO
              | V [WORD [WORD]] "," UP|DOWN ["by"] H P ("from" | "on" | "over") ["the"] H V
              | V [WORD [WORD]] "," H P ("higher" | "lower" | "fewer" …) "than" ["the"] H V
    FROM_TO  := "to" H V [","] "from" H V | "from" H V "to" H V
    PERIOD   := ("on" | "over" | "from") ("last" | "the previous" | "the prior" | "a") "year"
    total    := "total of" H V ( ":" | "—" ) PARTS                       connector "colon"
              | PARTS "," ( "a total of" | "totalling" | "making" ) H V  connector "total after"
              | H V W "," "of which" | "including" PARTIAL               connector "of which" …
    share    := V ["out"] "of" ["the"|"its"|"their"] H V W ( "(" | "," ["or"] ) H (P | F)
              | H (P | F) "of" ["the"|"its"|"their"] H V W ( "(" | ", or" ) H V
    multiple := M ( "from" H V "to" H V | "to" H V "from" H V )
              | UP|DOWN "by" F ( "from" H V "to" H V | "to" H V "from" H V )
              | V W "," ( M | N "times" ) ( "as much as" … | "the" ) H V
    units    := S ( "(" ["that's" …] | ", or" | "—" | "=" | "is" | "equals" ) H S
    S        := a quantity, a range or dimensions (``quantities.conversion_sides``)

PARTS is a list "V W, V W … and V W" running to the end of the sentence; only the parts of the
total's kind (its currency, its unit, or plain counts) are summed. A sentence with no
digits (every claim needs a figure written in digits), with more than ``MAX_MENTIONS`` figures,
or with values of different kinds where one kind is needed, yields no claim: when a sentence is
not clearly a single claim, nothing is claimed.

Cheapest work first: the text's digit runs are found once and dealt out to the sentences in one
pass. A sentence's quantities are always read (for unit conversions), its other figures only
when a claim pattern can match, which the words it cannot match without tell
(``_PREFILTERS``, searched in a lower-case copy of the text), and a count is read in full only
when no other mention covers it.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import NamedTuple

from figcheck.intervals import Interval
from figcheck.model import (
    Claim,
    Count,
    Figure,
    Money,
    Multiple,
    Percent,
    PercentChange,
    Quantity,
    Ratio,
    Share,
    Span,
    Stated,
    Total,
    UnitConversion,
)
from figcheck.reading import number_words as words
from figcheck.reading.hedges import HEDGES, gap_before_hedge, hedge_before, widen
from figcheck.reading.mentions import find_money
from figcheck.reading.numbers import PATTERNS as NUMBER_PATTERNS
from figcheck.reading.numbers import ParsedNumber, magnitude_value, make_figure, parse_run
from figcheck.reading.percents import PATTERNS as PERCENT_PATTERNS
from figcheck.reading.percents import percent_at
from figcheck.reading.quantities import DEGREES, Side, conversion_sides, quantity_at

#: A sentence with more figures than this is not read for figure claims.
MAX_MENTIONS = 40
_ONE = Decimal(1)
V, P, F, M = "\ue000", "\ue001", "\ue002", "\ue003"
TOKENS = V + P + F + M

# An optional hedge before a figure: any of ``hedges.HEDGES``, longest first ("~" needs no space).
_H = (
    "(?:(?:"
    + "|".join(re.escape(h).replace(r"\ ", r"\s+") for h in sorted(HEDGES, key=len, reverse=True))
    + r")\s*)?"
)
_W = rf"[^{TOKENS};:()]{{0,40}}?"
_UP = r"rose|risen|rises|rising|increased|increases|grew|grown|grows|jumped|climbed|gained|soared|surged|advanced|up"  # noqa: E501
_DOWN = r"fell|fallen|falls|dropped|drops|declined|decreased|slipped|slid|sank|slumped|plunged|shrank|lost|down|cut"  # noqa: E501
_NOUN = r"increase|rise|jump|gain|growth|decrease|decline|drop|fall|cut|reduction"
_VP = f"[{V}{P}]"
_FROM_TO = rf"(?:to\s+{_H}(?P<a1>{_VP})\s*,?\s+from\s+{_H}(?P<b1>{_VP})|from\s+{_H}(?P<b2>{_VP})\s+to\s+{_H}(?P<a2>{_VP}))"  # noqa: E501
# The period a change is measured over, between the percentage and its values ("up 12% on last
# year, from $5bn to $5.6bn").
_PERIOD = r"(?:\s+(?:on|over|from)\s+(?:last|the\s+previous|a|the\s+prior)\s+year)?"
_MORE = r"higher|lower|more|less|greater|smaller|larger"
_ARTICLE = r"(?:(?:the|its|their|all|all\s+the)\s+)?"


@functools.cache
def shapes() -> dict[str, re.Pattern[str]]:
    """The shape patterns, compiled on first use (compiling them all costs import time)."""
    return {
        # "rose 12% to $5.6bn from $5bn", "fell by 5% from 200 to 190".
        "change_verb_first": re.compile(
            rf"\b(?P<verb>{_UP}|{_DOWN})\s+(?:by\s+)?{_H}(?P<pct>{P}){_PERIOD}\s*,?\s*{_FROM_TO}",
            re.I,
        ),
        # "rose from $5bn to $5.6bn, an increase of 12%", "fell from 200 to 150 (down 25%)".
        "change_values_first": re.compile(
            rf"\b(?P<verb>{_UP}|{_DOWN})\s+(?:from\s+{_H}(?P<b2>{_VP})\s+to\s+{_H}(?P<a2>{_VP})"
            rf"|to\s+{_H}(?P<a1>{_VP})\s+from\s+{_H}(?P<b1>{_VP}))\s*[,(]\s*"
            rf"(?:an?\s+(?P<noun>{_NOUN})\s+of\s+|(?P<verb2>up|down)\s+(?:by\s+)?|or\s+){_H}(?P<pct>{P})",
            re.I,
        ),
        # "from $5bn to $5.6bn, a 12% increase", "(a 12% rise)".
        "change_noun_after": re.compile(
            rf"\bfrom\s+{_H}(?P<b2>{_VP})\s+to\s+{_H}(?P<a2>{_VP})\s*[,(]\s*"
            rf"an?\s+{_H}(?P<pct>{P})\s+(?P<noun>{_NOUN})\b",
            re.I,
        ),
        # "sales of $5.6bn, up 12% from $5bn", "$5.6bn, up 12% on the $5bn of last year".
        "change_value_up_from": re.compile(
            rf"(?P<a2>{_VP})(?:\s+[a-z]+){{0,2}}\s*,\s*(?P<verb>up|down|rising|falling|growing|an?\s+(?:increase|rise|"
            rf"decrease|drop|fall)\s+of)\s+(?:by\s+)?{_H}(?P<pct>{P})\s+(?:from|on|over)\s+"
            rf"{_ARTICLE}{_H}(?P<b2>{_VP})",
            re.I,
        ),
        # "$5.6bn, 12% higher than the $5bn", "180 staff, 10% fewer than the 200 of 2023".
        "change_than": re.compile(
            rf"(?P<a2>{_VP})(?:\s+[a-z]+){{0,2}}\s*,\s*{_H}(?P<pct>{P})\s+(?P<more>{_MORE}|fewer)\s+than\s+"
            rf"{_ARTICLE}{_H}(?P<b2>{_VP})",
            re.I,
        ),
        # "a 12% increase in sales from $5bn to $5.6bn".
        "change_noun": re.compile(
            rf"\ban?\s+{_H}(?P<pct>{P})\s+(?P<noun>{_NOUN})"
            rf"(?:\s+in\s+[a-z' ]{{1,30}}?)?\s+{_FROM_TO}",
            re.I,
        ),
        # "a total of $10m: $4m for X and $5m for Y".
        "total_first": re.compile(
            rf"\btotal(?:ling|ing)?\s+(?:of\s+)?{_H}(?P<total>{V}){_W}\s*(?::|—|–|--)\s*(?P<parts>.*)$",
            re.I,
        ),
        # "$4m for X and $5m for Y, a total of $10m".
        "total_after": re.compile(
            rf"^[^{TOKENS}]*?(?P<parts>{V}.*?)\s*,\s*(?:a\s+total\s+of|totall?ing|making(?:\s+a\s+total\s+of)?|in\s+all)\s+{_H}(?P<total>{V})[^{TOKENS}]*$",
            re.I,
        ),
        # "$10m, of which $4m went to X", "$10m, including $4m for X and $5m for Y".
        "total_partial": re.compile(
            rf"{_H}(?P<total>{V}){_W},?\s+(?P<connector>of\s+which|including)\s+(?P<parts>.*)$",
            re.I,
        ),
        # "40 of the 200 soldiers (20%)", "$4m of the $10m budget, or 40%".
        "share_part_first": re.compile(
            rf"(?P<part>{V})\s+(?:out\s+)?of\s+{_ARTICLE}{_H}(?P<whole>{V}){_W}\s*"
            rf"(?:\(\s*|,\s*(?:or\s+)?|—\s*)(?:or\s+)?{_H}(?P<share>[{P}{F}])",
            re.I,
        ),
        # "20% of the 200 soldiers (40)", "a third of its 300 staff, or 100 people".
        "share_share_first": re.compile(
            rf"(?P<share>[{P}{F}])\s+of\s+{_ARTICLE}{_H}(?P<whole>{V}){_W}\s*(?:\(\s*|,\s*or\s+)"
            rf"{_H}(?P<part>{V})",
            re.I,
        ),
        # "prices doubled from €2 to €4", "halved to 5 from 10".
        "multiple_word": re.compile(rf"(?P<mult>{M})\s*,?\s*{_FROM_TO}", re.I),
        # "cut by a third, from 90 to 60".
        "multiple_fraction": re.compile(
            rf"\b(?P<verb>{_UP}|{_DOWN})\s+by\s+(?P<frac>{F})\s*,?\s*{_FROM_TO}", re.I
        ),
        # "$10m, twice as much as the $5m", "9,000, three times the 3,000".
        "multiple_as": re.compile(
            rf"(?P<a2>{V}){_W},?\s+(?P<mult>{M})\s+(?:as\s+(?:much|many|large|big|high|long)\s+as"
            rf"|the|that\s+of)\s+{_ARTICLE}{_H}(?P<b2>{V})",
            re.I,
        ),
    }


_DOWNWARD = re.compile(
    rf"^(?:{_DOWN}|decrease|decline|drop|fall|falling|cut|reduction|lower|less|fewer|smaller)$",
    re.I,
)


def _last_word(said: str) -> str:
    """The word that gives a direction: "increase" in "an increase of"."""
    words = said.split()
    return words[-2] if len(words) > 2 and words[-1].lower() == "of" else words[-1]


_PART_GAP = re.compile(rf"^{_W}(?:\s*(?:,|;)\s*(?:and\s+)?|\s+and\s+)$", re.I)
_PART_TAIL = re.compile(rf"^{_W}\s*\)?\s*$")
PATTERNS = {
    # Words that can be the second figure of a claim whose first is the only one in digits
    # ("one in five", "doubled", "a third", "twice", "two million"): a cheap gate per sentence.
    "word_figure": re.compile(
        r"(?i:\b(?:one|two|three|four|five|six|seven|eight|nine|ten|half|halved|third|"
        r"quarter|twice|double|doubled|triple|tripled|treble|trebled|quadrupled|\w+fold)\b)"
    ),
    # Where a sentence ends: ".", "!", "?" or ";" before whitespace or the end, or a blank line.
    "sentence_end": re.compile(r"[.!?;](?=\s|$)|\n[ \t]*\n"),
    # Between two quantities of a unit conversion (the hedge of the second is removed first).
    "unit_gap": re.compile(
        r"""\s*(?:
          (?P<open>[(\[])\s*                                     # "(16 km)"
          (?P<said>(?:that[’']s|that\s+is|i\.e\.,?|or|which\s+is|soit|d\.\s?h\.)\s+)?
        | ,?\s*(?:or|oder|ou|soit)(?:\s+the\s+equivalent\s+of)?  # ", or 4.8 km"
        | (?P<dash>—|–|--)
        | (?P<equals>=|≈|equal\s+to                             # "1 kg = 2.2 lb", "is 16 km"
          | ,?\s*(?:which\s+)?(?:is(?:\s+(?:equal|equivalent)\s+to)?|equals|equates\s+to
          | translates\s+to|works\s+out\s+(?:at|to)))
        )\s*""",
        re.I | re.X,
    ),
    # A word that makes "118 F (47.7 C)" temperatures rather than grades or sections.
    "temperature_word": re.compile(
        r"""(?i:\b(?:temperatures?|temps?|heat(?:wave)?|hot(?:ter|test)?|cold(?:er|est)?
        |warm(?:er|est|ing|th)?|cool(?:er|est)?|degrees?|thermometers?|fevers?|highs?|lows?
        |mercury|boil(?:s|ing)?|freez(?:e|es|ing)|ovens?|weather|scorching|sweltering|baking
        |chill(?:y|s)?|frost|celsius|fahrenheit)\b)""",
        re.X,
    ),
    # After the second quantity: a comparison, so the two are not one amount restated.
    "unit_compared": re.compile(
        r"""\s+(?i:more|less|fewer|shorter|longer|further|farther|higher|lower|greater|bigger
        |smaller|larger|wider|narrower|deeper|taller|heavier|lighter|hotter|colder|warmer|cooler
        |faster|slower|above|below|over|under|than|short|off|away|from|behind|ahead|apart)\b""",
        re.X,
    ),
    # After a parenthesised converted quantity: the closing bracket.
    "unit_close": re.compile(r"\s*[)\]]"),
    # … or, after "(that's", a few words first: "(that's 40°C for readers abroad)".
    "unit_close_after": re.compile(r"[^()\[\]\n]{0,40}[)\]]"),
    # A four-digit year: not a count.
    "year": re.compile(r"(?:18|19|20)\d\d"),
}


@dataclass(frozen=True, slots=True)
class _Shape:
    """A sentence with each figure replaced by a placeholder; ``at`` maps placeholders back."""

    text: str
    at: dict[int, Stated | Ratio]

    def get(self, match: re.Match[str], group: str) -> Stated | Ratio | None:
        if match.groupdict().get(group) is None:
            return None
        return self.at[match.start(group)]


def find_figure_claims(
    text: str, money: Sequence[Money] | None = None, *, locale: str | None = None
) -> list[Claim]:
    """Every percentage change, total, share, multiple and unit conversion in ``text``.

    ``money`` is the text's money mentions when the caller has them already.
    """
    if money is None:
        money = find_money(text, locale=locale)
    starts = [m.span.start for m in money]
    runs = list(NUMBER_PATTERNS["run"].finditer(text))
    scan = _Scan.of(text)
    claims: list[Claim] = []
    first = 0
    for start, end in sentences(text):
        # No run crosses a sentence end (a run's "." is followed by a digit), so the text's
        # runs split into the sentences' in one pass.
        last = first
        while last < len(runs) and runs[last].start() < end:
            last += 1
        if first == last:
            continue  # no digits: no claim
        inside = money[bisect.bisect_left(starts, start) : bisect.bisect_left(starts, end)]
        claims.extend(_sentence_claims(scan, start, end, inside, runs[first:last]))
        first = last
    claims.sort(key=lambda claim: claim.span.start)
    return claims


def sentences(text: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of each sentence or clause."""
    start = 0
    for match in PATTERNS["sentence_end"].finditer(text):
        yield start, match.start()
        start = match.end()
    yield start, len(text)


@dataclass(frozen=True, slots=True)
class _Scan:
    """The text, whether it holds placeholder characters, and for each hint of ``_PREFILTERS``
    its search (``search(start, end)``), made once per text: on the lower-case copy when there
    is one (see ``_folded``), else on the text with re.IGNORECASE."""

    text: str
    placeholders: bool
    hints: dict[str, Callable[[int, int], re.Match[str] | None]]

    @classmethod
    def of(cls, text: str) -> _Scan:
        folded = _folded(text)
        hints: dict[str, Callable[[int, int], re.Match[str] | None]] = {
            name: functools.partial(exact.search, text)
            if folded is None
            else functools.partial(lower.search, folded)
            for name, (exact, lower) in _PREFILTERS.items()
        }
        return cls(text, any(token in text for token in TOKENS), hints)

    def has(self, hint: str, start: int, end: int) -> bool:
        """Whether the hint pattern ``hint`` occurs in ``[start, end)``."""
        return self.hints[hint](start, end) is not None


def _folded(text: str) -> str | None:
    """``text`` in lower case, index for index, or None when that copy could miss a match.

    A hint pattern (lower-case ASCII words) with re.IGNORECASE matches the text exactly where,
    without the flag, it matches the lower-case copy, but for four letters: "ı" and "ſ" (which
    the flag matches to "i" and "s" but ``lower`` keeps), "İ" (which lowers to two characters)
    and the Kelvin sign (which lowers to "k", as wanted). Searching the copy is several times
    faster than searching with the flag.
    """
    if "ı" in text or "ſ" in text:
        return None
    folded = text.lower()
    return folded if len(folded) == len(text) else None


def _sentence_claims(
    scan: _Scan, start: int, end: int, money: Sequence[Money], runs: Sequence[re.Match[str]]
) -> list[Claim]:
    """The claims of the sentence ``[start, end)``, whose digit runs are ``runs``.

    Quantities are always read (a unit conversion needs nothing more); the other figures only
    when a claim finder can match. The shape is the sentence with figures replaced by
    placeholders, so a hint found in the shape is in the sentence too, a P needs a percent and
    an F or M a word ratio (unless the text holds placeholder characters itself: then every
    sentence is read).
    """
    text = scan.text
    if len(runs) > MAX_MENTIONS:
        return []  # too many figures to be one clear claim (bounded work)
    claims: list[Claim] = _unit_claims(scan, start, end, runs)
    if len(runs) == 1 and not _word_figure(scan, start, end):
        return claims  # every claim ties two figures; with one in digits the other is a word
    ratios = _ratios(scan, start, end)
    total = scan.has("total", start, end)
    hinted = scan.placeholders or bool(ratios) or total
    readable = hinted or scan.has("of", start, end) or scan.has("change", start, end)
    if not readable:
        return claims  # a percent could only be read by a change or a share
    quantities = [q for run in runs if (q := quantity_at(text, run)) is not None]
    percents = _percents(scan, start, end, runs)
    if not hinted and not percents:
        return claims
    found = (quantities, percents, ratios)
    counts = _counts(scan, start, end, runs)
    if len(money) + sum(len(f) for f in found) + len(counts) > 2 * MAX_MENTIONS:
        return claims
    values: list[Stated | Ratio] = list(money)
    for more in found:
        values = _add(values, more)
    fresh = [count.read(text) for count in counts if _free(count.begin, count.stop, values)]
    values = sorted([*values, *fresh], key=lambda m: m.span.start)
    if not 2 <= len(values) <= MAX_MENTIONS:
        return claims
    shape = _shape(text, start, end, values)
    # Every change pattern holds a word of the "change" hint and one of the "link" hint, and
    # every share pattern an "of", so the sentence's hints are test enough. The "total" hint is
    # a condition of its own: "making" and "in all" count only in a shape that also says
    # "total", "of which" or "including".
    if P in shape.text and scan.has("change", start, end) and scan.has("link", start, end):
        claims += _changes(shape)
    if total and _TOTAL_HINT.search(shape.text):
        claims += _totals(shape)
    if (P in shape.text or F in shape.text) and scan.has("of", start, end):
        claims += _shares(shape)
    if M in shape.text or F in shape.text:
        claims += _multiples(shape)
    return claims


def _unit_claims(scan: _Scan, start: int, end: int, runs: Sequence[re.Match[str]]) -> list[Claim]:
    """The unit conversions of a sentence: none without a connector's hint."""
    if not scan.has("unit_gap", start, end):
        return []
    return list(find_unit_conversions(scan.text, conversion_sides(scan.text, runs, start, end)))


def _percents(scan: _Scan, start: int, end: int, runs: Sequence[re.Match[str]]) -> list[Percent]:
    if PERCENT_PATTERNS["suffix_start"].search(scan.text, start, end) is None:
        return []  # no run is followed by a percent sign or word
    return [p for run in runs if (p := percent_at(scan.text, run)) is not None]


def _word_figure(scan: _Scan, start: int, end: int) -> bool:
    if not scan.has("word_figure", start, end):
        return False
    return PATTERNS["word_figure"].search(scan.text, start, end) is not None


def _add(kept: list[Stated | Ratio], new: Sequence[Stated | Ratio]) -> list[Stated | Ratio]:
    """``kept`` plus the mentions of ``new`` that overlap none of them."""
    taken = [(m.span.start, m.span.end) for m in kept]
    fresh = [m for m in new if all(m.span.end <= s or m.span.start >= e for s, e in taken)]
    return sorted([*kept, *fresh], key=lambda m: m.span.start)


def _free(start: int, end: int, kept: Sequence[Stated | Ratio]) -> bool:
    """True when ``[start, end)`` overlaps none of ``kept`` (as ``_add`` tests it)."""
    return all(end <= m.span.start or start >= m.span.end for m in kept)


def _shape(text: str, start: int, end: int, values: Sequence[Stated | Ratio]) -> _Shape:
    pieces: list[str] = []
    at: dict[int, Stated | Ratio] = {}
    position, length = start, 0
    for value in values:
        gap = text[position : value.span.start]
        pieces.append(gap)
        length += len(gap)
        at[length] = value
        pieces.append(_token(value))
        length += 1
        position = value.span.end
    pieces.append(text[position:end])
    return _Shape("".join(pieces), at)


def _token(value: Stated | Ratio) -> str:
    if isinstance(value, Percent):
        return P
    if isinstance(value, Ratio):
        return M if value.value >= 1 or value.text.lower().startswith("halv") else F
    return V


# ---------------------------------------------------------------------------------------------
# Counts and word ratios: the figures that are not money, quantities or percentages.
# ---------------------------------------------------------------------------------------------


class _Pending(NamedTuple):
    """A count found but not yet read: reading it (figure, hedge, interval) is most of its cost,
    and most counts are the numbers of money, percent or quantity mentions, so are dropped.
    A tuple, not a dataclass: there is one per digit run, and tuples are made fastest."""

    begin: int
    stop: int
    number: ParsedNumber
    multiplier: Decimal

    def read(self, text: str) -> Count:
        begin, stop = self.begin, self.stop
        figure = make_figure(text[begin:stop], self.number, self.multiplier)
        return _counted(text, begin, stop, figure)


def _counts(scan: _Scan, start: int, end: int, runs: Sequence[re.Match[str]]) -> list[_Pending]:
    text = scan.text
    found = [c for m in runs if (c := _count(text, m))]
    found += [c for m in _word_matches(scan, "count", start, end) if (c := _word(m))]
    return sorted(found, key=lambda c: c.begin)


def _count(text: str, match: re.Match[str]) -> _Pending | None:
    begin, stop = match.span()
    previous = text[begin - 1] if begin > 0 else " "
    if previous.isalpha() or previous in "-/" or PATTERNS["year"].fullmatch(match.group()):
        return None
    magnitude = NUMBER_PATTERNS["magnitude"].match(text, stop)
    if magnitude is None and (text[stop : stop + 1].isalpha() or text[stop : stop + 1] == "-"):
        return None  # "A380", "5G", "10-year": not a count of things
    number = parse_run(match.group())
    if number is None:
        return None
    if magnitude is None:
        return _Pending(begin, stop, number, _ONE)
    return _Pending(begin, magnitude.end(), number, magnitude_value(magnitude))


def _word(match: re.Match[str]) -> _Pending | None:
    """A spelled-out count; "one" alone is too often a pronoun to count ("one million" is one)."""
    parsed = words.parse_count(match)
    if parsed is None or match.group().lower() == "one":
        return None
    return _Pending(match.start(), match.end(), *parsed)


def _counted(text: str, begin: int, stop: int, figure: Figure) -> Count:
    hedge = hedge_before(text, begin)
    interval = widen(figure.interval, figure.value, figure.granularity, hedge)
    return Count(figure.value, Span(begin, stop), figure.text, figure, interval, hedge)


#: Words without which a sentence holds no claim of each family ("total" is also a condition
#: of its own: see ``_sentence_claims``).
_HINTS = {
    "change": rf"{_UP}|{_DOWN}|{_NOUN}|{_MORE}|fewer",
    "total": r"total|of which|including",
}
_TOTAL_HINT = re.compile(_HINTS["total"], re.I)
_SMALL_WORDS = "|".join([*words.UNITS, *words.TENS])
_RATIO_SOURCES = {
    "one_in": rf" in (?:\d|{_SMALL_WORDS})",
    "fraction": "half|halves|third|quarter|fourth|fifth|sixth|eighth|tenth",
    "multiple": "fold| times|twice|doubl|tripl|trebl|quadrupled|halved",
}
#: Hint patterns: text that a claim pattern (``_HINTS``, ``shapes``) or a word-number pattern
#: (``number_words.PATTERNS``, ``PATTERNS["word_figure"]``) cannot match without, in any
#: letter case. Searching a sentence for a hint is a cheap test before reading its figures or
#: running the pattern. Each is compiled twice: with re.IGNORECASE for the text, and as
#: written for its lower-case copy (see ``_folded``).
_PREFILTERS = {
    name: (re.compile(source, re.I), re.compile(source))
    for name, source in {
        **_HINTS,
        "of": "of",
        # What ties a change to its earlier value: "from", "than", "on" or "over".
        "link": r"from|than|\bon\b|over",
        # Every connector of a unit conversion (``PATTERNS["unit_gap"]``) holds one of these; its
        # "or" follows a space or comma, never a letter.
        "unit_gap": r"[(\[—–=≈]|--|(?<![^\W\d_])or|\bis\b|equal|equates|translates"
        r"|works out|soit|oder|\bou\b",
        "word_figure": r"one|two|three|four|five|six|seven|eight|nine|ten|half|halved|third"
        r"|quarter|twice|double|triple|treble|quadrupled|fold",
        "count": _SMALL_WORDS,
        "ratio": "|".join(_RATIO_SOURCES.values()),  # one search for the three below
        **_RATIO_SOURCES,
    }.items()
}


def _ratios(scan: _Scan, start: int, end: int) -> list[Ratio]:
    if not scan.has("ratio", start, end):
        return []
    found: list[Ratio] = []
    for match in _word_matches(scan, "one_in", start, end):
        read = words.one_in_value(match)
        if read is not None:
            found.append(Ratio(read[0], Span(*match.span()), match.group(), read[1]))
    for match in _word_matches(scan, "fraction", start, end):
        value = words.fraction_value(match)
        if value is not None and value < 1:
            found.append(_ratio(match, value))
    for match in _word_matches(scan, "multiple", start, end):
        value = words.multiple_value(match)
        if value is not None:
            found.append(_ratio(match, value))
    return _add([], found)  # type: ignore[return-value]


#: How far before its hint a word number can start: the longest number word and a separator
#: ("seventy-seven " in "seventy-seven in …", "seventy-seven-fold"), with room to spare.
_REACH = 20


def _word_matches(scan: _Scan, name: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """The matches of ``number_words.PATTERNS[name]`` in ``[start, end)``. No match starts
    before the first hint less ``_REACH``, so the search starts there."""
    hint = scan.hints[name](start, end)
    if hint is None:
        return iter(())
    return words.PATTERNS[name].finditer(scan.text, max(start, hint.start() - _REACH), end)


def _ratio(match: re.Match[str], value: Decimal) -> Ratio:
    return Ratio(value, Span(*match.span()), match.group(), words.word_interval(value))


# ---------------------------------------------------------------------------------------------
# The claim finders, one per kind.
# ---------------------------------------------------------------------------------------------


def kind(value: Stated) -> tuple[object, ...]:
    """What a stated figure counts: values of one kind can be compared or added."""
    if isinstance(value, Money):
        return ("money", value.currency or value.unit_text)
    if isinstance(value, Quantity):
        return ("quantity", value.units)
    if isinstance(value, Percent):
        return ("percent", value.points)
    return ("count",)


def _stated(shape: _Shape, match: re.Match[str], *names: str) -> list[Stated]:
    """The stated figures behind the first matching group of each name pair."""
    found: list[Stated] = []
    for name in names:
        value = shape.get(match, name)
        if value is not None and not isinstance(value, Ratio):
            found.append(value)
    return found


def _before_after(shape: _Shape, match: re.Match[str]) -> tuple[Stated, Stated] | None:
    before = _stated(shape, match, "b1", "b2")
    after = _stated(shape, match, "a1", "a2")
    if len(before) != 1 or len(after) != 1 or kind(before[0]) != kind(after[0]):
        return None
    return before[0], after[0]


def _span(*values: Stated | Ratio) -> Span:
    return Span(min(v.span.start for v in values), max(v.span.end for v in values))


def _changes(shape: _Shape) -> list[Claim]:
    for name in (
        "change_verb_first",
        "change_values_first",
        "change_noun_after",
        "change_noun",
        "change_value_up_from",
        "change_than",
    ):
        match = shapes()[name].search(shape.text)
        if match is None:
            continue
        claim = _change(shape, match)
        return [] if claim is None else [claim]
    return []


def _change(shape: _Shape, match: re.Match[str]) -> PercentChange | None:
    change = shape.get(match, "pct")
    pair = _before_after(shape, match)
    direction = _direction(match)
    if not isinstance(change, Percent) or pair is None or direction is None:
        return None
    before, after = pair
    if change.points and not isinstance(before, Percent):
        return None
    span = _span(change, before, after)
    return PercentChange(span, change, before, after, direction)


def _direction(match: re.Match[str]) -> str | None:
    said = [match.groupdict().get(g) for g in ("verb", "noun", "verb2", "more")]
    downs = {bool(_DOWNWARD.match(_last_word(word))) for word in said if word}
    if len(downs) != 1:
        return None
    return "down" if downs.pop() else "up"


def _totals(shape: _Shape) -> list[Claim]:
    for name, connector, complete in (
        ("total_first", "colon", True),
        ("total_after", "total after", True),
        ("total_partial", "", False),
    ):
        match = shapes()[name].search(shape.text)
        if match is None:
            continue
        claim = _total(shape, match, connector or match.group("connector").lower(), complete)
        if claim is not None:
            return [claim]
    return []


def _total(shape: _Shape, match: re.Match[str], connector: str, complete: bool) -> Total | None:
    total = shape.get(match, "total")
    if total is None or isinstance(total, Ratio | Percent):
        return None
    parts = _parts(shape, match.start("parts"), match.end("parts"))
    if parts is None:
        return None
    same = tuple(p for p in parts if kind(p) == kind(total))
    if len(same) < (2 if complete else 1):
        return None
    return Total(_span(total, *same), total, same, " ".join(connector.split()), complete)


def _parts(shape: _Shape, start: int, end: int) -> list[Stated] | None:
    """The values of a list "V W, V W and V W" that fills ``[start, end)``, or None."""
    segment = shape.text[start:end]
    if not segment.startswith(V) and not re.match(rf"{_H}{V}", segment, re.I):
        return None
    positions = [start + i for i, char in enumerate(segment) if char in TOKENS]
    if any(shape.text[p] != V for p in positions):
        return None
    gaps = [shape.text[a + 1 : b] for a, b in itertools.pairwise(positions)]
    if not all(_PART_GAP.match(_strip_hedge(gap)) for gap in gaps):
        return None
    if not _PART_TAIL.match(shape.text[positions[-1] + 1 : end]):
        return None
    return [value for p in positions if not isinstance(value := shape.at[p], Ratio)]


def _strip_hedge(gap: str) -> str:
    return re.sub(rf"{_H}$", "", gap, flags=re.I) if gap else gap


def _shares(shape: _Shape) -> list[Claim]:
    for name in ("share_part_first", "share_share_first"):
        match = shapes()[name].search(shape.text)
        if match is None:
            continue
        share = shape.get(match, "share")
        pair = _pair(shape.get(match, "part"), shape.get(match, "whole"))
        if pair is None or not isinstance(share, Percent | Ratio) or _is_points(share):
            return []
        return [Share(_span(*pair, share), pair[0], pair[1], share)]
    return []


def _is_points(share: Percent | Ratio) -> bool:
    return isinstance(share, Percent) and share.points


def _pair(
    first: Stated | Ratio | None, second: Stated | Ratio | None
) -> tuple[Stated, Stated] | None:
    """Two values of one kind (not percentages, not word ratios), or None."""
    if first is None or second is None:
        return None
    if isinstance(first, Ratio | Percent) or isinstance(second, Ratio | Percent):
        return None
    return (first, second) if kind(first) == kind(second) else None


def _multiples(shape: _Shape) -> list[Claim]:
    for name in ("multiple_word", "multiple_fraction", "multiple_as"):
        match = shapes()[name].search(shape.text)
        if match is None:
            continue
        pair = _before_after(shape, match)
        factor = _factor(shape, match, name)
        if pair is None or factor is None or isinstance(pair[0], Percent):
            return []
        return [Multiple(_span(factor, *pair), factor, pair[0], pair[1])]
    return []


def _factor(shape: _Shape, match: re.Match[str], name: str) -> Ratio | None:
    if name != "multiple_fraction":
        factor = shape.get(match, "mult")
        if not isinstance(factor, Ratio):
            return None
        times = factor.text.lower().endswith("times")
        return factor if times == (name == "multiple_as") or not times else None
    fraction = shape.get(match, "frac")
    if not isinstance(fraction, Ratio) or " in " in fraction.text.lower():
        return None
    if _DOWNWARD.match(match.group("verb")):
        low, high = 1 - fraction.interval.high, 1 - fraction.interval.low
        value = 1 - fraction.value
    else:
        low, high = 1 + fraction.interval.low, 1 + fraction.interval.high
        value = 1 + fraction.value
    text = f"{match.group('verb')} by {fraction.text}"
    return Ratio(value, fraction.span, text, Interval(low, high))


def find_unit_conversions(text: str, sides: Sequence[Quantity | Side]) -> Iterator[UnitConversion]:
    """Consecutive sides of one dimension in different units, tied by a connector; a range or
    dimensions pair end to end and measure to measure, one claim each."""
    read = [side if isinstance(side, Side) else Side((side,)) for side in sides]
    index = 0
    while index + 1 < len(read):
        pair = _unit_pair(text, read[index], read[index + 1])
        if pair is None:
            index += 1
            continue
        connector, originals, converted = pair
        if connector == "equals" and _is_one(originals[0]) and len(originals) == 1:
            connector = "definition"
        for first, second in zip(originals, converted, strict=True):
            yield UnitConversion(Span(first.span.start, second.span.end), first, second, connector)
        index += 2


def _unit_pair(
    text: str, first: Side, second: Side
) -> tuple[str, tuple[Quantity, ...], tuple[Quantity, ...]] | None:
    """The connector and the paired quantities of two sides, or None when they do not pair."""
    if first.shape != second.shape or len(first.quantities) != len(second.quantities):
        return None
    if first.dimension != second.dimension:
        return None
    originals = _settle_degrees(first.quantities, second.quantities)
    converted = _settle_degrees(second.quantities, first.quantities)
    if originals is None or converted is None or originals[0].units == converted[0].units:
        return None
    if _bare_letter(first) and _bare_letter(second) and not _about_temperature(text, first, second):
        return None  # "3 F (3 C)": grades or sections as likely as temperatures
    connector = _unit_connector(text, originals[-1], converted[0], converted[-1])
    return None if connector is None else (connector, originals, converted)


def _settle_degrees(
    quantities: tuple[Quantity, ...], others: tuple[Quantity, ...]
) -> tuple[Quantity, ...] | None:
    """A bare "degrees" is the temperature scale the other side is not ("124 degrees (51.1 C)"
    is Fahrenheit); None when the other side says no scale either."""
    if quantities[0].units != DEGREES:
        return quantities
    if others[0].units not in (("degC",), ("degF",)):
        return None
    scale = ("degF",) if others[0].units == ("degC",) else ("degC",)
    return tuple(replace(q, units=scale) for q in quantities)


def _bare_letter(side: Side) -> bool:
    """A side whose unit is a spaced "F" or "C" ("118 F"), not a sign or a word."""
    last = side.quantities[-1]
    return last.unit_text in ("F", "C") and not last.text[-2:-1].isdigit()


def _about_temperature(text: str, first: Side, second: Side) -> bool:
    """Whether a temperature word stands near the pair ("Temperatures hit 118 F (47.7 C)")."""
    start = max(0, first.span.start - _TEMPERATURE_REACH)
    end = second.span.end + _TEMPERATURE_REACH
    return PATTERNS["temperature_word"].search(text, start, end) is not None


#: How far from a pair of bare "F" and "C" a temperature word is looked for.
_TEMPERATURE_REACH = 80


def _is_one(quantity: Quantity) -> bool:
    """ "a mile", "one acre", "1 kg": the unit itself, as a definition states it."""
    said = quantity.figure.text.lower()
    return quantity.hedge is None and said in ("1", "a", "an", "one")


def _unit_connector(
    text: str, original: Quantity, converted: Quantity, last: Quantity | None = None
) -> str | None:
    """How ``converted`` restates ``original``: "parentheses", "or", "dash" or "equals", or
    None. ``last`` is the last quantity of the converted side (a range or dimensions)."""
    if original.dimension != converted.dimension or original.units == converted.units:
        return None
    gap = gap_before_hedge(text, original.span.end, converted.span.start, converted.hedge)
    if gap is None:
        return None
    match = PATTERNS["unit_gap"].fullmatch(gap)
    if match is None:
        return None
    end = (last or converted).span.end
    if PATTERNS["unit_compared"].match(text, end):
        return None  # "10 km, which is 2 miles shorter": a difference, not a restatement
    if match.group("open"):
        close = PATTERNS["unit_close"].match(text, end)
        if close is None and match.group("said"):
            close = PATTERNS["unit_close_after"].match(text, end)
        return "parentheses" if close else None
    if match.group("equals"):
        return "equals"
    return "dash" if match.group("dash") else "or"
