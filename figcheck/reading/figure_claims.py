"""Figure claims: percentage changes, totals, shares, multiples and unit conversions.

Each sentence (text up to ".", "!", "?" or ";" before a space, or a blank line) is reduced to a
*shape*: its words with every stated figure replaced by one placeholder character, V for a
value (money, quantity or count), P for a percentage, F for a word fraction ("a third", "one
in five") and M for a word multiple ("doubled", "tenfold"). The patterns below are matched
against shapes (compiled on first use), so each is short and reads a bounded window. Grammar
(H is an optional hedge word before a figure, W up to 40 characters of words, L up to three
words; capitals name a class of words of ``figure_words.WORDS``, every language's at once)::

    change   := UP|DOWN [BY] H P [PERIOD] [","] FROM_TO
              | UP|DOWN FROM_TO ("," | "(") ( [OR] ARTICLE NOUN OF | "up" | "down" | "or" ) H P
              | FROM H V TO H V [UP|DOWN] ("," | "(") [OR] ARTICLE ( H P NOUN | NOUN OF H P )
              | ARTICLE H P NOUN [W] FROM_TO
              | V L "," ( UP|DOWN | ARTICLE NOUN OF ) [BY] H P ( FROM | "on" | "over" ) [THE] H V
              | V L "," H P ("higher" | "lower" | "fewer" …) "than" [THE] H V
    FROM_TO  := TO H V [","] FROM H V | FROM H V TO H V
    PERIOD   := ("on" | "over" | "from") ("last" | "the previous" | "the prior" | "a") "year"
    total    := TOTAL H V W ( ":" | "—" ) PARTS                              connector "colon"
              | H V TOTAL_TRAILING W ( ":" | "—" ) PARTS                     connector "colon"
              | PARTS ["," ] TOTAL_AFTER H V                           connector "total after"
              | PARTS ( "," | "—" ) [OR] H V TOTAL_TRAILING            connector "total after"
              | H V W "," OF_WHICH PARTIAL                          connector "of which" …
    share    := V PART_OF [THE] H V W ( "(" | "," [OR] ) H (P | F)
              | H (P | F) PART_OF [THE] H V W ( "(" | "," OR ) H V
              | V "(" H P ")" PART_OF [THE] H V  |  P "(" H V ")" PART_OF [THE] H V
              | AMONG [THE] H V W V "(" H P ")"
              | V L COPULA H P PART_OF [THE] H V  |  V L "," OR [THE] H P PART_OF [THE] H V
              | V W "," OF_WHICH H V "(" H P ")"
    multiple := M ( "from" H V "to" H V | "to" H V "from" H V )
              | UP|DOWN "by" F ( "from" H V "to" H V | "to" H V "from" H V )
              | V W "," ( M | N "times" ) ( "as much as" … | "the" ) H V
    units    := S ( "(" ["that's" …] | ", or" | "—" | "=" | "is" | "equals" ) H S
    S        := a quantity, a range or dimensions (``quantities.conversion_sides``)

PARTS is a list "V W, V W … AND V W" (each part may stand in brackets after its label: "A
(£1.2bn), B (£0.9bn) and C (£0.6bn)") running to the end of the sentence; only the parts of the
total's kind (its currency, its unit, or plain counts) are summed. A sentence with no
digits (every claim needs a figure written in digits), with more than ``MAX_MENTIONS`` figures,
or with values of different kinds where one kind is needed, yields no claim: when a sentence is
not clearly a single claim, nothing is claimed.

Cheapest work first: the text's digit runs are found once and dealt out to the sentences in one
pass. A sentence's quantities are always read (for unit conversions), its other figures only
when a claim pattern can match, which the words it cannot match without tell
(``_PREFILTERS``, searched in a lower-case copy of the text), and a count is read in full only
when no other mention covers it.

Markdown pipe tables are read apart from the sentences (``find_table_claims``): a total row's
cells against the rows above them, and a column of percentages against the total row.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
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
from figcheck.reading import figure_words
from figcheck.reading import number_words as words
from figcheck.reading.hedges import HEDGES, gap_before_hedge, hedge_before, widen
from figcheck.reading.mentions import find_money
from figcheck.reading.numbers import (
    ENGLISH,
    ParsedNumber,
    folded,
    magnitude_value,
    make_figure,
    parse_run,
)
from figcheck.reading.numbers import PATTERNS as NUMBER_PATTERNS
from figcheck.reading.percents import COMMA_STYLE, percent_at
from figcheck.reading.percents import PATTERNS as PERCENT_PATTERNS
from figcheck.reading.quantities import DEGREES, Side, conversion_sides, quantity_at

#: A sentence with more figures than this is not read for figure claims.
MAX_MENTIONS = 40
_ONE = Decimal(1)
_HUNDRED = Decimal(100)
V, P, F, M = "\ue000", "\ue001", "\ue002", "\ue003"
TOKENS = V + P + F + M

# An optional hedge before a figure: any of ``hedges.HEDGES``, longest first ("~" needs no space).
_H = (
    "(?:(?:"
    + "|".join(re.escape(h).replace(r"\ ", r"\s+") for h in sorted(HEDGES, key=len, reverse=True))
    + r")\s*)?"
)
_W = rf"[^{TOKENS};:()]{{0,40}}?"


def _words(*names: str, extra: tuple[str, ...] = ()) -> str:
    """An alternation of the words of the classes ``names`` in every language of
    ``figure_words.WORDS`` (longest first, a space matching any run of blanks)."""
    return _factored({*_class_words(names), *extra})


def _class_words(names: Sequence[str]) -> set[str]:
    return {w for table in figure_words.WORDS.values() for n in names for w in table.get(n, ())}


def _factored(words: Iterable[str], before: str = "") -> str:
    """``words`` as one alternation, longest first, factored by first character
    ("s(?:tieg|ank|…)"): the engine tries one branch per position instead of every word, which
    keeps a table of six languages' words fast, and, every branch starting with a literal,
    skips the positions no word starts at with a set test.

    ``before``: a class the character before a word must not be in, tested after the word's
    first character so that the branch still starts with a literal.
    """
    ordered = sorted(words, key=lambda w: (-len(w), w))
    groups: dict[str, list[str]] = {}
    for word in ordered:
        groups.setdefault(word[0], []).append(word[1:])
    branches = []
    for first, rests in groups.items():
        lead = _escaped(first)
        guard = f"(?<!{before}{lead})" if before else ""
        branches.append(f"{lead}{guard}(?:{'|'.join(_escaped(rest) for rest in rests)})")
    return "(?:" + "|".join(branches) + ")"


def _escaped(word: str) -> str:
    """A word as a pattern, a space matching any run of blanks."""
    return re.escape(word).replace(r"\ ", r"\s+")


_UP = _words("up")
_DOWN = _words("down")
_NOUN = _words("up_noun", "down_noun")
_BY = _words("by")
_TO = _words("to")
_FROM = _words("from")
_A = _words("article")
_OF = _words("of")
_VP = f"[{V}{P}]"
_FROM_TO = rf"(?:{_TO}\s+{_H}(?P<a1>{_VP})\s*,?\s+{_FROM}\s+{_H}(?P<b1>{_VP})|{_FROM}\s+{_H}(?P<b2>{_VP})\s+{_TO}\s+{_H}(?P<a2>{_VP}))"  # noqa: E501
# The period a change is measured over, between the percentage and its values ("up 12% on last
# year, from $5bn to $5.6bn").
_PERIOD = r"(?:\s+(?:on|over|from)\s+(?:last|the\s+previous|a|the\s+prior)\s+year)?"
_MORE = r"higher|lower|more|less|greater|smaller|larger"
_ARTICLE = rf"(?:{_words('the')}\s+)?"
_PART_OF = _words("part_of")
# A few words between a value and the comma before its change ("₦2.25 trillion for 2024, up").
_LABEL = r"(?:\s+[\w'’]+){0,3}"
_OR = _words("or")
_AND = _words("and")
# Word boundaries that hold beside any letter (``\b`` fails after "." or before "à").
_LETTER = r"[^\W\d_]"
_B, _E = rf"(?<!{_LETTER})", rf"(?!{_LETTER})"


@functools.cache
def shapes() -> dict[str, re.Pattern[str]]:
    """The shape patterns, compiled on first use (compiling them all costs import time)."""
    return {name: re.compile(source, re.I) for name, source in _shape_sources().items()}


def _shape_sources() -> dict[str, str]:
    return {**_change_sources(), **_total_sources(), **_share_sources(), **_multiple_sources()}


def _change_sources() -> dict[str, str]:
    return {
        # "rose 12% to $5.6bn from $5bn", "stieg um 25 % auf 300 Mio. von 240 Mio.".
        "change_verb_first": rf"{_B}(?P<verb>{_UP}|{_DOWN})\s+(?:{_BY}\s+)?{_H}(?P<pct>{P})"
        rf"{_PERIOD}\s*,?\s*{_FROM_TO}",
        # "rose from $5bn to $5.6bn, an increase of 12%", "fell from 200 to 150 (down 25%)".
        "change_values_first": rf"{_B}(?P<verb>{_UP}|{_DOWN})\s+(?:{_FROM}\s+{_H}(?P<b2>{_VP})\s+"
        rf"{_TO}\s+{_H}(?P<a2>{_VP})|{_TO}\s+{_H}(?P<a1>{_VP})\s+{_FROM}\s+{_H}(?P<b1>{_VP}))"
        rf"\s*[,(]\s*(?:(?:{_OR}\s+)?{_A}\s+(?P<noun>{_NOUN})\s+{_OF}\s+|(?P<verb2>up|down)\s+"
        rf"(?:by\s+)?|or\s+){_H}(?P<pct>{P})",
        # "from $5bn to $5.6bn, a 12% increase", "de 2 500 à 7 800 pesos, soit une hausse de 150 %",
        # "von 84,8 auf 88,2 Mrd. Euro gestiegen, ein Plus von 4 %".
        "change_noun_after": rf"{_B}{_FROM}\s+{_H}(?P<b2>{_VP})\s+{_TO}\s+{_H}(?P<a2>{_VP})"
        rf"(?:\s+(?P<verb>{_UP}|{_DOWN}))?\s*[,(]\s*(?:{_OR}\s+)?{_A}\s+(?:{_H}(?P<pct>{P})\s+(?P<noun>{_NOUN}){_E}"
        rf"|(?P<noun2>{_NOUN})\s+{_OF}\s+{_H}(?P<pct2>{P}))",
        # "a 12% increase in sales from $5bn to $5.6bn".
        "change_noun": rf"{_B}{_A}\s+{_H}(?P<pct>{P})\s+(?P<noun>{_NOUN})"
        rf"(?:\s+in\s+[a-z' ]{{1,30}}?)?\s+{_FROM_TO}",
        # "sales of $5.6bn, up 12% from $5bn", "₦2.25 trillion for 2024, up 31% from ₦1.77
        # trillion", "2,25 milliards, en hausse de 31 % par rapport à 1,77 milliard".
        "change_value_up_from": rf"(?P<a2>{_VP}){_LABEL}\s*,\s*(?P<verb>{_UP}|{_DOWN}|falling|"
        rf"growing|{_A}\s+{_NOUN}\s+{_OF})\s+(?:{_BY}\s+)?{_H}(?P<pct>{P})\s+(?:{_FROM}|on|over)\s+"
        rf"{_ARTICLE}{_H}(?P<b2>{_VP})",
        # "$5.6bn, 12% higher than the $5bn", "180 staff, 10% fewer than the 200 of 2023".
        "change_than": rf"(?P<a2>{_VP}){_LABEL}\s*,\s*{_H}(?P<pct>{P})\s+(?P<more>{_MORE}|fewer)"
        rf"\s+than\s+{_ARTICLE}{_H}(?P<b2>{_VP})",
    }


def _total_sources() -> dict[str, str]:
    total, after = _words("total"), _words("total_after")
    trailing, of_which = _words("total_trailing"), _words("of_which")
    return {
        # "a total of $10m: $4m for X and $5m for Y", "insgesamt 10 Mio. Euro: 4 Mio. … und …".
        "total_first": rf"{_B}{total}\s+{_H}(?P<total>{V}){_W}\s*(?::|—|–|--)\s*(?P<parts>.*)$",
        # "$10m in all: $4m for X and $5m for Y".
        "total_first_trailing": rf"{_H}(?P<total>{V})\s+{trailing}{_E}{_W}\s*(?::|—|–|--)\s*"
        rf"(?P<parts>.*)$",
        # "$4m for X and $5m for Y, a total of $10m", "A (£1.2bn) and B (£0.9bn) made a
        # combined £2.1bn".
        "total_after": rf"^[^{TOKENS}]*?(?P<parts>{V}.*?)\s*(?:,\s*|\s+){after}\s+{_H}"
        rf"(?P<total>{V})[^{TOKENS}]*$",
        # "$4m for X and $5m for Y, $9m in all".
        "total_trailing": rf"^[^{TOKENS}]*?(?P<parts>{V}.*?)\s*(?:,|—|–|--)\s*(?:{_OR}\s+)?"
        rf"{_H}(?P<total>{V})\s+{trailing}{_E}[^{TOKENS}]*$",
        # "$10m, of which $4m went to X", "$10m, including $4m for X and $5m for Y".
        "total_partial": rf"{_H}(?P<total>{V}){_W},?\s+(?P<connector>{of_which}){_E}\s+"
        rf"(?P<parts>.*)$",
    }


def _share_sources() -> dict[str, str]:
    among, copula = _words("among"), _words("copula")
    of_which, part_of = _words("of_which"), _PART_OF
    paren_share = rf"\s*\(\s*{_H}(?P<share>{P})\s*\)"
    return {
        # "40 of the 200 soldiers (20%)", "$4m of the $10m budget, or 40%".
        "share_part_first": rf"(?P<part>{V})\s+{part_of}\s+{_ARTICLE}{_H}(?P<whole>{V}){_W}\s*"
        rf"(?:\(\s*|,\s*(?:{_OR}\s+)?|—\s*)(?:{_OR}\s+)?{_H}(?P<share>[{P}{F}])",
        # "20% of the 200 soldiers (40)", "a third of its 300 staff, or 100 people".
        "share_share_first": rf"(?P<share>[{P}{F}])\s+{part_of}\s+{_ARTICLE}{_H}(?P<whole>{V}){_W}"
        rf"\s*(?:\(\s*|,\s*{_OR}\s+){_H}(?P<part>{V})",
        # "40 (25%) of the 200 soldiers", "40 (25 %) der 200 Soldaten".
        "share_paren_of": rf"(?P<part>{V}){paren_share}\s+{part_of}\s+{_ARTICLE}{_H}(?P<whole>{V})",
        # "25% (40) of the 200 soldiers".
        "share_percent_paren_of": rf"(?P<share>{P})\s*\(\s*{_H}(?P<part>{V})\s*\)\s+{part_of}\s+"
        rf"{_ARTICLE}{_H}(?P<whole>{V})",
        # "Of the 200 soldiers, 40 (25%) were injured", "Von den 200 Soldaten wurden 40 (20 %)".
        "share_whole_first": rf"(?:^|[\s,])\s*{among}\s+{_ARTICLE}{_H}(?P<whole>{V}){_W}"
        rf"(?<=[\s,])(?P<part>{V}){paren_share}",
        # "Mumbai's 310 deals were 28% of the 1,250 total", "310 machten 28 % der 1.250 aus".
        "share_copula": rf"(?P<part>{V}){_LABEL}\s+{copula}\s+{_H}(?P<share>{P})\s+{part_of}\s+"
        rf"{_ARTICLE}{_H}(?P<whole>{V})",
        # "40 soldiers, or 20% of the 200", "40 soldats, soit 25 % des 200".
        "share_or": rf"(?P<part>{V}){_LABEL}\s*,\s*{_OR}\s+{_ARTICLE}{_H}(?P<share>{P})\s+"
        rf"{part_of}\s+{_ARTICLE}{_H}(?P<whole>{V})",
        # "200 soldiers, of which 40 (20%) were hurt", "200 Soldaten, davon 40 (20 %)".
        "share_of_which": rf"(?P<whole>{V}){_W},?\s+{of_which}\s+{_H}(?P<part>{V}){paren_share}",
    }


def _multiple_sources() -> dict[str, str]:
    return {
        # "prices doubled from €2 to €4", "halved to 5 from 10".
        "multiple_word": rf"(?P<mult>{M})\s*,?\s*{_FROM_TO}",
        # "cut by a third, from 90 to 60".
        "multiple_fraction": rf"\b(?P<verb>{_UP}|{_DOWN})\s+by\s+(?P<frac>{F})\s*,?\s*{_FROM_TO}",
        # "$10m, twice as much as the $5m", "9,000, three times the 3,000".
        "multiple_as": rf"(?P<a2>{V}){_W},?\s+(?P<mult>{M})\s+(?:as\s+(?:much|many|large|big|high"
        rf"|long)\s+as|the|that\s+of)\s+{_ARTICLE}{_H}(?P<b2>{V})",
    }


_DOWNWARD = re.compile(rf"(?:{_DOWN}|{_words('down_noun')}|falling|lower|less|fewer|smaller)", re.I)
# The word or phrase of a change that gives its direction: "increase" in "an increase of",
# "Plus" in "ein Plus von", "hausse" in "une hausse de".
_CORE = re.compile(rf"(?:{_A}\s+)?(?P<core>.+?)(?:\s+{_OF})?", re.I)


def _is_down(said: str) -> bool:
    """Whether a change word or phrase ("fell", "en baisse", "a drop of") says "down"."""
    phrase = " ".join(said.split())
    match = _CORE.fullmatch(phrase)
    core = match.group("core") if match else phrase
    return any(_DOWNWARD.fullmatch(part) for part in (phrase, core, core.split()[-1]))


# Between two parts of a list: a comma, semicolon or "and", with words on either side and the
# brackets of "A (£1.2bn), B (£0.9bn) and C (£0.6bn)".
_PART_GAP = re.compile(rf"^\s*\)?{_W}(?:\s*[,;]\s*(?:{_AND}\s+)?|\s+{_AND}\s+){_W}\(?\s*$", re.I)
_PART_TAIL = re.compile(rf"^{_W}\s*\)?\s*$")
PATTERNS = {
    # Words that can be the second figure of a claim whose first is the only one in digits
    # ("one in five", "doubled", "a third", "twice", "two million"): a cheap gate per sentence.
    "word_figure": re.compile(
        r"(?i:\b(?:one|two|three|four|five|six|seven|eight|nine|ten|half|halved|third|"
        r"quarter|twice|double|doubled|triple|tripled|treble|trebled|quadrupled|\w+fold)\b)"
    ),
    # Where a sentence ends: ".", "!", "?" or ";" before whitespace or the end, or a blank line.
    # Not the point of a magnitude abbreviation ("300 Mio. Euro", "1,2 Mrd. Franken"). Each
    # branch starts with its own character, so the search skips to the next of them (see
    # ``_factored``).
    "sentence_end": re.compile(
        r"!(?=\s|$)|\?(?=\s|$)|;(?=\s|$)|\n[ \t]*\n"
        # A dot after an abbreviated magnitude ("300 Mio. Euro") ends nothing; the char is
        # matched first, so the look-behinds run only at dots.
        r"|\.(?<!Mio\.)(?<!Mrd\.)(?<!Md\.)(?<!Bio\.)(?<!Tsd\.)(?<!Mill\.)(?<!mln\.)(?<!mld\.)"
        r"(?<!mrd\.)(?<!Mln\.)(?=\s|$)"
    ),
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
    positions = [run.start() for run in runs]
    scan = _Scan.of(text)
    claims: list[Claim] = []
    first = 0
    for start, end in sentences(text):
        # No run crosses a sentence end (a run's "." is followed by a digit), so the text's
        # runs split into the sentences' in one pass.
        last = bisect.bisect_left(positions, end, first)
        if first == last:
            continue  # no digits: no claim
        inside = money[bisect.bisect_left(starts, start) : bisect.bisect_left(starts, end)]
        claims.extend(_sentence_claims(scan, start, end, inside, runs[first:last]))
        first = last
    if "|" in text:
        claims += find_table_claims(text, money)
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
    is one (``lowered``, see ``numbers.folded``), else on the text with re.IGNORECASE."""

    text: str
    placeholders: bool
    hints: dict[str, Callable[[int, int], re.Match[str] | None]]
    lowered: str | None

    @classmethod
    def of(cls, text: str) -> _Scan:
        lowered = folded(text)
        hints: dict[str, Callable[[int, int], re.Match[str] | None]] = {
            name: functools.partial(exact.search, text)
            if lowered is None
            else functools.partial(lower.search, lowered)
            for name, (exact, lower) in _PREFILTERS.items()
        }
        return cls(text, any(token in text for token in TOKENS), hints, lowered)

    def has(self, hint: str, start: int, end: int) -> bool:
        """Whether the hint pattern ``hint`` occurs in ``[start, end)``."""
        return self.hints[hint](start, end) is not None


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
    signed = _percent_suffix(scan, start, end)
    if not hinted and not (signed and _change_or_share(scan, start, end)):
        return claims  # a percent could only be read by a change or a share
    percents = _percents(text, runs) if signed else []
    if not hinted and not percents:
        return claims
    quantities = [q for run in runs if (q := quantity_at(text, run)) is not None]
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


def _change_or_share(scan: _Scan, start: int, end: int) -> bool:
    """Whether a change or a share can read the sentence's percents (their only readers): a
    share needs an "of", a change a word of both the "change" and the "link" hints (the tests
    ``_sentence_claims`` makes before either)."""
    if scan.has("of", start, end):
        return True
    return scan.has("change", start, end) and scan.has("link", start, end)


def _unit_claims(scan: _Scan, start: int, end: int, runs: Sequence[re.Match[str]]) -> list[Claim]:
    """The unit conversions of a sentence: none without a connector's hint."""
    if not scan.has("unit_gap", start, end):
        return []
    return list(find_unit_conversions(scan.text, conversion_sides(scan.text, runs, start, end)))


def _percent_suffix(scan: _Scan, start: int, end: int) -> bool:
    """Whether a run of the sentence can be followed by a percent sign or word: a cheap test of
    the whole sentence before its runs are read one by one."""
    return PERCENT_PATTERNS["suffix_start"].search(scan.text, start, end) is not None


def _percents(text: str, runs: Sequence[re.Match[str]]) -> list[Percent]:
    return [p for run in runs if (p := percent_at(text, run)) is not None]


#: A count grouped with dots ("1.250 Geschäfte", "12.500 soldats"): thousands, not a fraction.
_DOT_GROUPS = re.compile(r"\d{1,3}(?:\.\d{3})+")


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
    number = parse_run(
        match.group(), COMMA_STYLE if _DOT_GROUPS.fullmatch(match.group()) else ENGLISH
    )
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
    "change": _words(
        "up",
        "down",
        "up_noun",
        "down_noun",
        extra=(*_MORE.split("|"), "fewer", "falling", "growing"),
    ),
    # Every total shape's word but "making", which counts only beside one of these.
    "total": _words("total", "total_after", "total_trailing", "of_which").replace("|making|", "|"),
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
#: written for its lower-case copy (see ``numbers.folded``). The hints searched in most sentences
#: start every branch with a literal character (a look-behind follows it), so that the search
#: skips the positions where no branch starts with a set test instead of trying the pattern.
def _whole_words(*names: str) -> str:
    """The words of the classes ``names`` as whole words only: "de" is a hint in "de 200", not
    in "decided" (short words of several languages would otherwise pass nearly every sentence)."""
    return _factored(_class_words(names), before=_LETTER) + _E


_PREFILTERS = {
    name: (re.compile(source, re.I), re.compile(source))
    for name, source in {
        "change": _HINTS["change"],
        "total": _whole_words("total", "total_after", "total_trailing", "of_which"),
        # Every share shape holds one of these ("of", "der", "des", "dont", "su" …).
        "of": _whole_words("of", "part_of", "among", "of_which"),
        # What ties a change to its earlier value: "from" (in any language), "than", "on" or
        # "over".
        "link": rf"{_FROM}|than|\bon\b|over",
        # Every connector of a unit conversion (``PATTERNS["unit_gap"]``) holds one of these; its
        # "or" follows a space or comma, never a letter.
        "unit_gap": r"\(|\[|—|–|=|≈|--|o(?<![^\W\d_]o)r|o(?<!\wo)u\b|i(?<!\wi)s\b|equal|equates"
        r"|translates|works out|soit|oder",
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
    text = scan.text
    for match in _word_matches(scan, "one_in", start, end):
        read = words.one_in_value(match)
        if read is not None:
            written = text[match.start() : match.end()]
            found.append(Ratio(read[0], Span(*match.span()), written, read[1]))
    for match in _word_matches(scan, "fraction", start, end):
        value = words.fraction_value(match)
        if value is not None and value < 1:
            found.append(_ratio(text, match, value))
    for match in _word_matches(scan, "multiple", start, end):
        value = words.multiple_value(match)
        if value is not None:
            found.append(_ratio(text, match, value))
    return _add([], found)  # type: ignore[return-value]


#: How far before its hint a word number can start: the longest number word and a separator
#: ("seventy-seven " in "seventy-seven in …", "seventy-seven-fold"), with room to spare.
_REACH = 20


def _word_matches(scan: _Scan, name: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """The matches of ``number_words.PATTERNS[name]`` in ``[start, end)``. No match starts
    before the first hint less ``_REACH``, so the search starts there.

    The search runs on the lower-case copy when there is one (``_folded_words``): the matches'
    groups are then in lower case, which the readers of number words lower anyway, and what a
    figure says is taken from the text, not the match.
    """
    hint = scan.hints[name](start, end)
    if hint is None:
        return iter(())
    folded_pattern = _folded_words().get(name)
    if scan.lowered is None or folded_pattern is None:
        text, pattern = scan.text, words.PATTERNS[name]
    else:
        text, pattern = scan.lowered, folded_pattern
    return pattern.finditer(text, max(start, hint.start() - _REACH), end)


@functools.cache
def _folded_words() -> dict[str, re.Pattern[str]]:
    """``number_words.PATTERNS`` without re.IGNORECASE, for the lower-case copy of a text (see
    ``numbers.folded``), where they match alike and several times faster: those written in
    lower-case ASCII only (group names aside), for which the copy is exact."""
    found = {}
    for name, pattern in words.PATTERNS.items():
        source = pattern.pattern.replace("(?P<", "(?<")
        if source.isascii() and source == source.lower():
            found[name] = re.compile(pattern.pattern)
    return found


def _ratio(text: str, match: re.Match[str], value: Decimal) -> Ratio:
    written = text[match.start() : match.end()]
    return Ratio(value, Span(*match.span()), written, words.word_interval(value))


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
    change = shape.get(match, "pct") or shape.get(match, "pct2")
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
    said = [match.groupdict().get(g) for g in ("verb", "noun", "noun2", "verb2", "more")]
    downs = {_is_down(word) for word in said if word}
    if len(downs) != 1:
        return None
    return "down" if downs.pop() else "up"


def _totals(shape: _Shape) -> list[Claim]:
    for name, connector, complete in (
        ("total_first", "colon", True),
        ("total_first_trailing", "colon", True),
        ("total_after", "total after", True),
        ("total_trailing", "total after", True),
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


#: The share shapes, most specific first: the first that matches decides.
_SHARE_SHAPES = (
    "share_part_first",
    "share_share_first",
    "share_paren_of",
    "share_percent_paren_of",
    "share_whole_first",
    "share_copula",
    "share_or",
    "share_of_which",
)


def _shares(shape: _Shape) -> list[Claim]:
    for name in _SHARE_SHAPES:
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
    if _is_down(match.group("verb")):
        low, high = 1 - fraction.interval.high, 1 - fraction.interval.low
        value = 1 - fraction.value
    else:
        low, high = 1 + fraction.interval.low, 1 + fraction.interval.high
        value = 1 + fraction.value
    text = f"{match.group('verb')} by {fraction.text}"
    return Ratio(value, fraction.span, text, Interval(low, high))


# ---------------------------------------------------------------------------------------------
# Table columns: a Markdown pipe table whose total row sums the rows above it.
# ---------------------------------------------------------------------------------------------

_TOTAL_ROW = re.compile(
    "(?:"
    + "|".join(
        re.escape(w).replace(r"\ ", r"\s+")
        for w in sorted({w for ws in figure_words.TOTAL_ROWS.values() for w in ws}, key=len)[::-1]
    )
    + ")",
    re.I,
)
#: A table row: a line that starts and ends with "|"; a delimiter row: bars, dashes, colons.
_TABLE_PATTERNS = {
    "row": re.compile(r"^[ \t]*+\|[^\n]*\|[ \t]*+$", re.M),
    "delimiter": re.compile(r"[ \t]*+\|?[ \t:|-]*-[-:| \t]*+"),
    "emphasis": re.compile(r"[*_]{0,2}(?P<inner>[^*_|]*?)[*_]{0,2}"),
}
#: The money mentions of a text by their ``(start, end)``.
_MoneyAt = dict[tuple[int, int], Money]
#: A cell that states nothing: a dash, "n/a", empty.
_BLANK = frozenset({"", "-", "–", "—", "n/a", "na", "…", "..."})


def find_table_claims(text: str, money: Sequence[Money]) -> list[Claim]:
    """The totals and shares of Markdown pipe tables.

    Grammar (each line is read once)::

        table := header NL delimiter NL row* ; rows end at a line that is not a row
        total := a row whose first cell is a total word (``figure_words.TOTAL_ROWS``)
        column total := the cells of a column in the rows since the previous total row, all
                        numbers of one kind (money of one currency, or counts), against the
                        total row's cell: a ``Total`` (connector "table")
        share column := a column of percentages whose row has a number in the nearest summed
                        column to its left: a ``Share`` of that number in the column's total
    """
    claims: list[Claim] = []
    rows: list[list[tuple[int, int]]] = []
    previous_end = -2
    money_at = {(m.span.start, m.span.end): m for m in money}
    for line in _TABLE_PATTERNS["row"].finditer(text):
        if line.start() != previous_end + 1:
            claims += _table(text, rows, money_at)
            rows = []
        rows.append(_table_cells(text, line.start(), line.end()))
        previous_end = line.end()
    claims += _table(text, rows, money_at)
    return claims


def _table_cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The ``(start, end)`` of each cell of a row, blanks trimmed."""
    bars = [i for i in range(start, end) if text[i] == "|"]
    cells = []
    for left, right in itertools.pairwise(bars):
        begin, stop = left + 1, right
        while begin < stop and text[begin] in " \t":
            begin += 1
        while stop > begin and text[stop - 1] in " \t":
            stop -= 1
        cells.append((begin, stop))
    return cells


def _table(text: str, rows: list[list[tuple[int, int]]], money: _MoneyAt) -> list[Claim]:
    if len(rows) < 4 or not _TABLE_PATTERNS["delimiter"].fullmatch(text, *_row_span(rows[1])):
        return []
    claims: list[Claim] = []
    group: list[list[tuple[int, int]]] = []
    for row in rows[2:]:
        if row and _TOTAL_ROW.fullmatch(_unemphasised(text, row[0])):
            claims += _column_claims(text, group, row, money)
            group = []
        else:
            group.append(row)
    return claims


def _row_span(row: list[tuple[int, int]]) -> tuple[int, int]:
    return (row[0][0] - 1, row[-1][1] + 1) if row else (0, 0)


def _unemphasised(text: str, cell: tuple[int, int]) -> str:
    """A cell's text without Markdown emphasis ("**Total**" → "Total")."""
    match = _TABLE_PATTERNS["emphasis"].fullmatch(text, *cell)
    return match.group("inner").strip() if match else text[cell[0] : cell[1]]


def _column_claims(
    text: str,
    group: list[list[tuple[int, int]]],
    total_row: list[tuple[int, int]],
    money: _MoneyAt,
) -> list[Claim]:
    if len(group) < 2 or any(len(row) != len(total_row) for row in group):
        return []
    claims: list[Claim] = []
    summed: dict[int, Stated] = {}
    for column in range(1, len(total_row)):
        total = _cell_value(text, total_row[column], money)
        parts = [_cell_value(text, row[column], money) for row in group]
        if total is None or (isinstance(total, Percent) and total.value == _HUNDRED):
            claims += _share_column(text, group, column, summed, money, stated=total is not None)
            continue
        if isinstance(total, Percent) or not _summed(total, parts):
            continue
        stated = [part for part in parts if part is not None]
        summed[column] = total
        claims.append(Total(_span(total, *stated), total, tuple(stated), "table", True))
    return claims


def _summed(total: Stated, parts: Sequence[Stated | None]) -> bool:
    """Whether a total row's cell can be the sum of the cells above it: all of its kind and
    none above it. A total row that gives an average or a rate ("Total | 4.1" under rates of
    4.5 and 3.8) is not a sum of its column."""
    if any(part is None or kind(part) != kind(total) for part in parts):
        return False
    return all(part is not None and 0 <= part.figure.value < total.figure.value for part in parts)


def _share_column(
    text: str,
    group: list[list[tuple[int, int]]],
    column: int,
    summed: dict[int, Stated],
    money: _MoneyAt,
    *,
    stated: bool,
) -> list[Claim]:
    """Each row's percentage as its share of the nearest summed column to the left, when the
    total row says "100%" (``stated``) or the percentages add up to 100."""
    if not summed:
        return []
    source = max(summed)
    whole = summed[source]
    shares: list[Share] = []
    for row in group:
        share = _cell_value(text, row[column], money)
        part = _cell_value(text, row[source], money)
        if not isinstance(share, Percent) or share.points or part is None:
            return []
        shares.append(Share(_span(part, share), part, whole, share))
    return list(shares) if stated or _whole_is_shared(shares) else []


def _whole_is_shared(shares: Sequence[Share]) -> bool:
    """Whether the column's percentages add up to 100 (within their rounding, and a point
    either side): a column of shares of the total row, not of growth rates or margins."""
    low = sum((share.share.interval.low for share in shares), Decimal(0))
    high = sum((share.share.interval.high for share in shares), Decimal(0))
    return low - 1 <= _HUNDRED <= high + 1


def _cell_value(text: str, cell: tuple[int, int], money: _MoneyAt) -> Stated | None:
    """The one figure a cell holds (money, a percentage or a count), else None."""
    begin, stop = cell
    inner = _TABLE_PATTERNS["emphasis"].fullmatch(text, begin, stop)
    if inner is not None:
        begin, stop = inner.span("inner")
    if text[begin:stop].strip().lower() in _BLANK:
        return None
    if (begin, stop) in money:
        return money[begin, stop]
    run = NUMBER_PATTERNS["run"].fullmatch(text, begin, stop)
    if run is not None:
        pending = _count(text, run)
        return None if pending is None or pending.stop != stop else pending.read(text)
    run = NUMBER_PATTERNS["run"].match(text, begin, stop)
    if run is None:
        return None
    percent = percent_at(text, run)
    return percent if percent is not None and percent.span.end == stop else None


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
