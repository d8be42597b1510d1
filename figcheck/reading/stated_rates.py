"""Stated exchange rates: "$1 = 83.2 rupees", "about 7.1 yuan to the dollar", "USD/JPY 151.20".

Grammar, read around the money mentions ``find_money`` found (the words are the roles of
``language_tables.RATE_WORDS``, per language)::

    rate := UNIT EQUALS AMOUNT        "$1 = 83.2 rupees", "one euro was worth 1.08 dollars"
          | AMOUNT PER NAME           "83 rupees per dollar", "about 7.1 yuan to the dollar"
          | AMOUNT FOR UNIT           "6.9 yuan for $1"
          | "the" NAME … NUMBER AGAINST NAME
                                      "the yen weakened to 151.20 against the dollar"
          | CODE "/" CODE [PAIR] NUMBER                    "USD/JPY 151.20", "EUR/USD at 1.0850"
    UNIT := a mention of exactly one unit ("$1", "1 USD") | [ONE] NAME ("one euro", "a dollar")

AMOUNT is a mention in another currency; its interval (rounding and hedge, a band for
"between 7.0 and 7.3 yuan") is the rate's. The last two shapes give a bare number, read in the
market's convention: the currency first in ``MARKET_BASES`` is the base ("the euro at 1.08
against the dollar" is 1.08 dollars per euro). A rate whose two currencies are the same, or
may be, is not a rate. Every look-up reads a bounded window, so reading stays linear.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import re
from collections.abc import Iterator
from decimal import Decimal

from figcheck.intervals import Interval
from figcheck.model import Figure, Money, Span, StatedRate
from figcheck.reading.currencies import WEIGHT_NAMES, Lexicon, default_reading, lexicon
from figcheck.reading.hedges import gap_before_hedge, hedge_before, widen, written_hedge
from figcheck.reading.letters import is_cjk
from figcheck.reading.locales import DocumentLocale
from figcheck.reading.numbers import ParsedNumber, folded, make_figure, parse_run
from figcheck.reading.rate_scope import WINDOW, RateScope, clause, lead, marks, scope_in

#: Conventional order of base currencies in market quotes (EUR/USD, GBP/USD, USD/JPY …); the
#: rules orient every pair by it too (``rules.fx.orient``).
MARKET_BASES = ("EUR", "GBP", "AUD", "NZD", "USD", "CAD", "CHF", "JPY")
#: The most characters read before a number for the currency it is quoted in.
SUBJECT_WINDOW = 80
#: The most characters read before a price for the unit it is the price of.
UNIT_WINDOW = 60
_WORD = r"[^\W\d_][\w'’-]{0,30}"
#: Up to four words that may be a currency's name ("dollar", "U.S. dollar", "Hong Kong dollar").
_NAME_WORD = r"[^\W\d_][\w.'’-]{0,30}"
NAME_WORDS = re.compile(rf"{_NAME_WORD}(?:\s{_NAME_WORD}){{0,3}}")
PAIR = re.compile(r"\b(?P<base>[A-Z]{3}) ?/ ?(?P<quote>[A-Z]{3})\b")
NUMBER = re.compile(r"\d[\d.,]{0,20}(?<![.,])")
#: A number where one starts (not inside another): the digit before the look-behind lets the
#: engine skip to digits.
NUMBER_START = re.compile(r"\d(?<![\d.,]\d)[\d.,]{0,20}(?<![.,])")
SENTENCE_END = re.compile(r"[.!?。;](?:\s|$)")
YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_WORD_CHAR = re.compile(r"\w")
LETTERS = re.compile(r"[^\W\d_]+")
#: A word right after a number, which then counts something else ("20 anos", "3 days").
WORD_AFTER = re.compile(r"\s?[^\W\d_]")
#: The end of a price's clause.
CLAUSE_END = re.compile(r"\s*(?:[.,;:!?)\]]|$)")
#: An item of a list of rates, up to its price: a separator, then a currency's name.
LIST_ITEM = re.compile(r"(?:[:;]|^)\s*(?P<name>[^\W\d_][^:;,.=\d\n]{0,40}?)\s*[:=]?\s*\Z")
FULL_STOP = re.compile(r"[.!?。](?:\s|$)")
#: The most characters read either side of a rate for the rest of its sentence.
SENTENCE_WINDOW = 200
#: How far after a named pair its rate may stand ("원·달러 환율은 전일보다 0.5원 오른 1,210.3원").
LEVEL_WINDOW = 60
#: Languages that write a currency's name without an article ("доллар подешевел до …").
LANGUAGES_WITHOUT_ARTICLES = frozenset({"ru", "uk", "pl", "cs", "sk"})


@functools.cache
def _words(language: str, role: str) -> str | None:
    """The words of one role as regex alternatives, longest first (a space: any spaces)."""
    from figcheck.reading.language_tables import RATE_WORDS

    words = sorted(RATE_WORDS.get(language, {}).get(role, ()), key=len, reverse=True)
    if not words:
        return None
    return "|".join(r"\s+".join(map(re.escape, word.split())) for word in words)


@functools.cache
def _role(language: str, role: str) -> re.Pattern[str] | None:
    """The words of one role, matched against a whole gap (spaces around are free; the
    language's "exact" words may follow: "would buy exactly")."""
    words = _words(language, role)
    if words is None:
        return None
    exact = _words(language, "exact")
    tail = rf"(?:\s+(?:{exact}))?" if exact else ""
    return re.compile(rf"\s*(?:{words}){tail}\s*", re.IGNORECASE)


def _around(language: str, role: str, before: str, after: str) -> re.Pattern[str] | None:
    """The words of one role between the patterns ``before`` and ``after``, in any case; None
    when the language has no such words."""
    words = _words(language, role)
    return None if words is None else re.compile(f"{before}(?:{words}){after}", re.IGNORECASE)


@functools.cache
def _heading(language: str, role: str = "listing") -> re.Pattern[str] | None:
    """The words of ``role`` as whole words: by default those that head a list of rates
    ("exchange rates", "Wechselkurse")."""
    return _around(language, role, r"(?<!\w)", r"(?!\w)")


@functools.cache
def _rate_of(language: str) -> re.Pattern[str] | None:
    """A word of the "rate of" role ("курс", "kurs", "the rate of the"), up to the name after
    it."""
    return _around(language, "rate of", r"(?<!\w)", r"\s+")


@functools.cache
def _list_gap(language: str) -> re.Pattern[str]:
    """Between two prices listed for one unit: a comma, a word of the "and" role ("and",
    "ou à", "i"), or both."""
    words = _words(language, "and") or "and"
    return re.compile(rf"\s*(?:,|,?\s+(?:{words}))\s*", re.IGNORECASE)


@functools.cache
def _verb_before(language: str) -> re.Pattern[str] | None:
    """A verb of the "verb first" role ending right before a unit ("kostete 1 EUR …")."""
    return _around(language, "verb first", r"(?<!\w)", r"\s+\Z")


@functools.cache
def _euro_unit(letters: str) -> re.Pattern[str]:
    """One euro written with one of ``letters`` for its sign: "E1" (not "E10", "E1.5")."""
    return re.compile(rf"(?<![\w.,])(?:{letters})1(?![\d.,]\d)")


@functools.cache
def _again(language: str) -> re.Pattern[str] | None:
    """A subject of the "again" role ("it", "the rate") and a verb of the "pair" role, right
    before a price ("now it stands at")."""
    subject, verb = _words(language, "again"), _words(language, "pair")
    if subject is None or verb is None:
        return None
    return re.compile(rf"(?<!\w)(?:{subject})\s+(?:\w+\s+)?(?:{verb})\s*\Z", re.IGNORECASE)


@functools.cache
def _lead(language: str, role: str) -> re.Pattern[str] | None:
    """The words of one role right after a figure, up to the word that follows them."""
    words = _words(language, role)
    if words is None:
        return None
    ending = r"(?:\s+|(?=[\u3040-\u9fff\uff10-\uff5a])|(?<=/))"  # "Rubel/Euro": no space
    return re.compile(rf"\s*(?P<connector>{words}){ending}", re.IGNORECASE)


@functools.cache
def _against_at(language: str) -> re.Pattern[str] | None:
    """The "against" words where a currency name, then a "pair" word and a number may follow
    ("against the U.S. dollar at 134.55"); needs both roles."""
    against, pair = _words(language, "against"), _words(language, "pair")
    if against is None or pair is None:
        return None
    return re.compile(rf"(?<!\w)(?:{against})\s+", re.IGNORECASE)


@functools.cache
def _against_at_lowered(language: str) -> re.Pattern[str] | None:
    """``_against_at`` for the text's lower-case copy (``numbers.folded``), when the words are
    lower-case ASCII: each branch then starts with a letter the engine can skip to."""
    from figcheck.reading.language_tables import RATE_WORDS

    words = RATE_WORDS.get(language, {}).get("against", ())
    if not words or not all(word.isascii() and word == word.lower() for word in words):
        return None
    alternatives = _words(language, "against")
    return re.compile(rf"(?:{alternatives})\s+")


@functools.cache
def _moves(language: str) -> re.Pattern[str] | None:
    """A verb of a currency's moves right after its name, one adverb allowed ("the euro
    immediately jumped"); in other languages, whose adverbs have no one ending, up to two
    words ("доллар на Мосбирже стоил", "Доллар уже добрался")."""
    between = r"\s+(?:\w+ly\s+)?" if language == "en" else r"\s+(?:\w+\s+){0,2}?"
    return _around(language, "moves", between, r"\b")


@functools.cache
def _pair_before(language: str) -> re.Pattern[str] | None:
    """The "pair" words ending right before a price ("closed at", "rose to")."""
    return _around(language, "pair", r"(?<!\w)", r"\s*$")


@functools.cache
def _against_before(language: str) -> re.Pattern[str] | None:
    """The first word of each "against" phrase, ending a text ("… trading against ")."""
    from figcheck.reading.language_tables import RATE_WORDS

    firsts = {word.split()[0] for word in RATE_WORDS.get(language, {}).get("against", ())}
    if not firsts:
        return None
    words = "|".join(map(re.escape, sorted(firsts, key=len, reverse=True)))
    return re.compile(rf"(?<!\w)(?:{words})\s*$", re.IGNORECASE)


@functools.cache
def _named_pairs(language: str) -> re.Pattern[str] | None:
    """A pair named before a rate noun ("원·달러 환율", "미국 달러 대비 원화 환율") or a unit
    with a "per after" word glued to it ("달러당"); see ``_Reader.named_pairs``."""
    nouns, per = _words(language, "rate nouns"), _words(language, "per after")
    if per is None or nouns is None:
        return None
    marks = _words(language, "pair marks") or "·"
    against = _words(language, "against after") or "대비"
    name = r"(?P<{}>[^\W\d_]{{1,6}}?)"
    # "미국 달러 대비": a qualifier may stand before the base named with "against after"
    qualified = r"(?P<base2>(?:[^\W\d_]{1,6}\s)?[^\W\d_]{1,6}?)"
    return re.compile(
        rf"(?:(?<![^\W\d_]){name.format('quote')}\s*(?:{marks})\s*{name.format('base')}"
        rf"|(?<![^\W\d_]){qualified}\s+(?:{against})\s+{name.format('quote2')})"
        rf"\s*(?:{nouns})"
        # not "100엔당": a price per 100 units is a conversion of them (claims)
        rf"|(?<![^\W_]){name.format('unit')}(?:{per})(?=\s)"
    )


@functools.cache
def _changes(language: str) -> re.Pattern[str] | None:
    """A "changes" word right after a figure ("0.5원 오른"): the figure is a change."""
    return _around(language, "changes", r"\s*", "")


@functools.cache
def _projected(language: str) -> re.Pattern[str] | None:
    """The words that make a rate a forecast or an assumption, at the start of a word."""
    words = _words(language, "projected")
    if words is None:
        return None
    start = "" if language in ("zh", "ja") else r"(?<!\w)"
    return re.compile(rf"{start}(?:{words})", re.IGNORECASE)


@functools.cache
def _unit_before(language: str) -> tuple[re.Pattern[str], tuple[str, ...]] | None:
    """[ONE] NAME EQUALS, anchored at the end of the window before an amount, and the EQUALS
    words themselves (the quick test before the search: the window must end with one)."""
    from figcheck.reading.language_tables import RATE_WORDS

    equals, one = _words(language, "equals"), _words(language, "one")
    if equals is None:
        return None
    article = rf"(?:(?:{one})\s+)?" if one else ""
    name = rf"(?P<name>{_WORD}(?:\s{_WORD}){{0,2}}|[^\W\d_]{{1,6}})"
    pattern = re.compile(
        rf"(?:^|(?<=[\s(\[（]))(?P<unit>{article}{name})\s*(?P<connector>{equals})\s*$",
        re.IGNORECASE,
    )
    return pattern, tuple(word.lower() for word in RATE_WORDS[language]["equals"])


def find_stated_rates(
    text: str, mentions: list[Money], document: DocumentLocale
) -> list[StatedRate]:
    """Every stated rate in ``text``, in order; ``mentions`` are its money mentions."""
    reader = _Reader(text, mentions, document)
    found = [
        *reader.between_mentions(),
        *reader.named_units(),
        *reader.bare_numbers(),
        *reader.subject_prices(),
        *reader.rate_noun_prices(),
        *reader.rate_lists(),
        *reader.euro_letters(),
        *reader.named_pairs(),
    ]
    kept = _without_overlaps(found)
    again = reader.restated_rates(kept)
    if not again:
        return kept
    # A rate given a new value ("now it stands at …") was of another time: not today's.
    later = {(rate.base, rate.quote): rate.span.start for rate in again}
    kept = [
        dataclasses.replace(rate, projected=True)
        if rate.span.end <= later.get((rate.base, rate.quote), -1)
        else rate
        for rate in kept
    ]
    return _without_overlaps([*kept, *again])


def _without_overlaps(found: list[StatedRate]) -> list[StatedRate]:
    """The rates in text order, each overlapping an earlier one left out."""
    found.sort(key=lambda rate: (rate.span.start, -rate.span.end))
    kept: list[StatedRate] = []
    for rate in found:
        if not kept or rate.span.start >= kept[-1].span.end:
            kept.append(rate)
    return kept


class _Reader:
    """One document's mentions, language and vocabulary, read for rates."""

    def __init__(self, text: str, mentions: list[Money], document: DocumentLocale) -> None:
        self.text = text
        self.mentions = mentions
        self.document = document
        self.language = document.language
        self.lex: Lexicon = lexicon(document.language)
        self.used = {m.currency for m in mentions if m.currency is not None}
        self._starts = [m.span.start for m in mentions]
        self._ends = sorted(m.span.end for m in mentions)
        self._marks = marks(text, self.language)
        self._numbers: list[re.Match[str]] | None = None

    def between_mentions(self) -> list[StatedRate]:
        """UNIT EQUALS AMOUNT and AMOUNT FOR UNIT, between two consecutive mentions."""
        found = []
        equals, per = _role(self.language, "equals"), _role(self.language, "for")
        for index, (first, second) in enumerate(
            zip(self.mentions, self.mentions[1:], strict=False)
        ):
            gap = gap_before_hedge(self.text, first.span.end, second.span.start, second.hedge)
            if gap is None:
                continue
            if gap.strip() == "/" and _is_one(first) and _is_one(second):
                continue  # "$1/€1": one price in two currencies, not a parity
            if equals and _is_one(first) and equals.fullmatch(gap):
                found.append(self._rate(first, second, gap.strip()))
                found.extend(self._listed(first, index + 1))
            elif _is_one(second) and any(p and p.fullmatch(gap) for p in (per, equals)):
                found.append(self._rate(second, first, gap.strip()))  # "ARS3 = USD1"
            elif _is_one(first) and self._verb_first(first, gap, second):
                found.append(self._rate(first, second, "verb first"))
        return [rate for rate in found if rate is not None]

    def _verb_first(self, unit: Money, gap: str, price: Money) -> bool:
        """ "Am 14. März kostete 1 EUR genau 0,91166 CHF.": the verb before the unit (the
        word order of German, Dutch and Swedish main clauses), the price straight after it
        (an "exact" word allowed) and ending its clause."""
        verbs = _verb_before(self.language)
        exact = _words(self.language, "exact")
        between = gap.strip()
        if verbs is None or (between and not (exact and re.fullmatch(exact, between, re.I))):
            return False
        if verbs.search(self.text, max(0, unit.span.start - 24), unit.span.start) is None:
            return False
        return CLAUSE_END.match(self.text, price.span.end) is not None

    def _listed(self, unit: Money, index: int) -> list[StatedRate | None]:
        """The prices listed after the first one of a unit: "$1 was 0.62 GBP, €0.72 and 79.73
        JPY" states three rates of the dollar."""
        found: list[StatedRate | None] = []
        for previous, money in zip(self.mentions[index:], self.mentions[index + 1 :], strict=False):
            gap = gap_before_hedge(self.text, previous.span.end, money.span.start, money.hedge)
            if gap is None or _list_gap(self.language).fullmatch(gap) is None:
                break
            found.append(self._rate(unit, money, "list", money.span))
        return found

    def named_units(self) -> list[StatedRate]:
        """AMOUNT PER NAME and [ONE] NAME EQUALS AMOUNT, the unit written as a word."""
        found: list[StatedRate | None] = []
        per = _lead(self.language, "per")
        before = _unit_before(self.language)
        for money in self.mentions:
            if per is not None:
                found.append(self._per_name(money, per))
            if before is not None:
                found.append(self._name_equals(money, before))
        return [rate for rate in found if rate is not None]

    def bare_numbers(self) -> list[StatedRate]:
        """NUMBER AGAINST NAME after "the NAME", and a code pair with its rate."""
        found: list[StatedRate | None] = []
        against = _lead(self.language, "against")
        if against is not None:
            covered = {position for m in self.mentions for position in (m.span.start, m.span.end)}
            for number, _ in self._numbers_before(against):  # a number right before the words
                start = number.start()
                if start not in covered and number.end() not in covered:
                    found.append(self._against(start, number.group(), against))
        found.extend(self._against_name_at())
        found.extend(self._numbers_for_unit())
        if "/" in self.text:
            found.extend(self._pair(pair) for pair in PAIR.finditer(self.text))
        return [rate for rate in found if rate is not None]

    def _numbers_before(
        self, lead: re.Pattern[str]
    ) -> Iterator[tuple[re.Match[str], re.Match[str]]]:
        """Each number of the text (found once) that the words of ``lead`` follow, with them."""
        if self._numbers is None:
            self._numbers = list(NUMBER_START.finditer(self.text))
        for number in self._numbers:
            words = lead.match(self.text, number.end())
            if words is not None:
                yield number, words

    def subject_prices(self) -> list[StatedRate]:
        """ "the euro … closed today at $1.35": a price in one currency after a "pair" word,
        the unit being "the NAME" the clause is about, followed by a verb of its moves ("the
        pound fell to $1.21"; the "moves" role); a plain amount, no magnitude."""
        pattern, moves = _pair_before(self.language), _moves(self.language)
        if pattern is None or moves is None:
            return []
        found: list[StatedRate | None] = []
        for money in self.mentions:
            start = money.span.start - len(written_hedge(self.text, money))
            if money.figure.scale != 1 or money.upper is not None:
                continue
            lead = pattern.search(self.text, max(0, start - 24), start)
            subject = self._subject(lead.start()) if lead else None
            if lead is None or subject is None or not moves.match(self.text, subject.span.end):
                continue  # "the pound coins at $1.35" prices coins: the currency must move
            found.append(self._rate(subject, money, lead.group().strip().lower()))
        return [rate for rate in found if rate is not None]

    def rate_noun_prices(self) -> list[StatedRate]:
        """ "курс доллара понижен … до 104,0741 рубля", "Kurs euro obniżył się do 4,17952 zł":
        a word of the "rate of" role and a currency's name right after it, then, in the same
        clause, a price after a "pair" word ("до", "do", "a", "at"): that currency's rate."""
        nouns, pair = _rate_of(self.language), _pair_before(self.language)
        if nouns is None or pair is None:
            return []
        found: list[StatedRate | None] = []
        for money in self.mentions:
            if money.figure.scale != 1 or money.upper is not None:
                continue
            start = money.span.start - len(written_hedge(self.text, money))
            lead = pair.search(self.text, max(0, start - 24), start)
            if lead is None:
                continue
            unit = self._rate_noun_subject(lead.start(), nouns)
            if unit is not None:
                found.append(self._rate(unit, money, "rate of"))
        return [rate for rate in found if rate is not None]

    def _rate_noun_subject(self, end: int, nouns: re.Pattern[str]) -> Money | None:
        """The currency named right after the last "rate of" word in the clause before ``end``."""
        floor = max(0, end - SUBJECT_WINDOW)
        window = self.text[floor:end]
        stops = list(SENTENCE_END.finditer(window))
        base = floor + stops[-1].end() if stops else floor
        unit = None
        for noun in nouns.finditer(self.text, base, end):
            unit = self._name_at(noun.end()) or unit
        if unit is None or self._near_amount(unit):
            return None
        return unit

    def rate_lists(self) -> list[StatedRate]:
        """ "Exchange rates against the Taiwan dollar: the pound sterling NT$47.80; the US
        dollar NT$29.54": after the words of the "listing" role, each item of a list is a
        NAME (its "one" word allowed) and the price of one unit of it."""
        heading = _heading(self.language)
        if heading is None:
            return []
        found: list[StatedRate | None] = []
        for money in self.mentions:
            if money.figure.scale != 1 or money.upper is not None:
                continue
            start = money.span.start - len(written_hedge(self.text, money))
            item = LIST_ITEM.search(self.text, max(0, start - UNIT_WINDOW), start)
            if item is None:
                continue
            unit = self._listed_name(item.start("name"), item.end("name"))
            if unit is None or not self._under_heading(item.start(), heading):
                continue
            found.append(self._rate(unit, money, "list"))
        return [rate for rate in found if rate is not None]

    def restated_rates(self, rates: list[StatedRate]) -> list[StatedRate]:
        """ "… traded at 500 naira to £1; now it stands at 2,200 naira": a price after the
        words of the "again" role and a "pair" verb, in the currency a rate just before it
        quoted, is a new value of that rate."""
        pattern = _again(self.language)
        if pattern is None or not rates:
            return []
        ends = [rate.span.end for rate in rates]
        found: list[StatedRate | None] = []
        for previous, money in zip([None, *self.mentions], self.mentions, strict=False):
            index = bisect.bisect_right(ends, money.span.start) - 1
            if index < 0 or money.figure.scale != 1 or money.upper is not None:
                continue
            if previous is not None and previous.span.end > rates[index].span.end:
                continue  # another amount stands between the rate and this price
            rate = rates[index]
            start = money.span.start - len(written_hedge(self.text, money))
            if rate.quote is None or money.currency != rate.quote or start - rate.span.end > 120:
                continue
            if pattern.search(self.text, max(rate.span.end, start - 40), start) is None:
                continue
            found.append(self._rate(rate.unit, money, "again", money.span))
        return [rate for rate in found if rate is not None]

    def named_pairs(self) -> list[StatedRate]:
        """ "원·달러 환율은 전일보다 0.5원 오른 1,210.3원에", "미국 달러 대비 원화 환율은 …",
        "달러당 1,179.1원": a pair named by its two currencies before a rate noun (the quote
        first, a "pair marks" sign between; or the base, then an "against after" word, then the
        quote), or a unit with a "per after" word glued to it; the rate is the next price in
        the quote's currency in the clause, a price a "changes" word follows being a change.
        Korean for now (``language_tables.RATE_WORDS``)."""
        pairs = _named_pairs(self.language)
        if pairs is None or not self.mentions:
            return []
        found: list[StatedRate | None] = []
        for match in pairs.finditer(self.text):
            unit = self._named(match, ("base", "base2", "unit"))
            quoted = self._named(match, ("quote", "quote2"))
            if unit is None or (quoted is None and match.group("unit") is None):
                continue
            wanted = None if quoted is None else set(quoted.candidates)
            price = self._level_after(match.end(), wanted)
            if price is not None:
                found.append(self._rate(unit, price, "named pair"))
        return [rate for rate in found if rate is not None]

    def _named(self, match: re.Match[str], groups: tuple[str, ...]) -> Money | None:
        """The currency named at the first of ``groups`` that matched: a name that starts the
        group ("원" of "원화", the won's currency)."""
        for group in groups:
            written = match.group(group)
            if written is not None:
                name = self._name_at(match.start(group))
                return name if name is not None and written.startswith(name.text) else None
        return None

    def _level_after(self, start: int, currencies: set[str] | None) -> Money | None:
        """The first price after ``start`` in its clause, in one of ``currencies`` (any when
        None), that no "changes" word follows: the level, not the change."""
        changes = _changes(self.language)
        index = bisect.bisect_left(self._starts, start)
        for money in self.mentions[index:]:
            if money.span.start - start > LEVEL_WINDOW or SENTENCE_END.search(
                self.text, start, money.span.start
            ):
                return None
            if money.figure.scale != 1 or money.upper is not None:
                continue
            if currencies is not None and not currencies & set(money.candidates):
                continue
            if changes is not None and changes.match(self.text, money.span.end):
                continue
            return money
        return None

    def euro_letters(self) -> list[StatedRate]:
        """ "E1 = DM1.9708": a letter printed for the euro sign, as the unit of an equation
        (the "euro letters" role; "equals" words between)."""
        role = "euro letters"
        letters, equals = _words(self.language, role), _role(self.language, "equals")
        nouns = _heading(self.language, "rate nouns")
        if letters is None or equals is None or nouns is None:
            return []
        from figcheck.reading.language_tables import RATE_WORDS

        if not any(f"{letter}1" in self.text for letter in RATE_WORDS[self.language][role]):
            return []  # the quick test: no "E1" anywhere
        pattern = _euro_unit(letters)
        found: list[StatedRate | None] = []
        for money in self.mentions:
            if money.currency == "EUR" or "EUR" in money.candidates:
                continue
            start = money.span.start - len(written_hedge(self.text, money))
            unit = pattern.search(self.text, max(0, start - 24), start)
            if unit is None or not equals.fullmatch(self.text, unit.end(), start):
                continue
            if not self._under_heading(unit.start(), nouns):
                continue  # "Grade E1 = $5": a label, not a rate
            euro = self._money(unit.group(), unit.start(), Decimal(1), ("EUR",))
            found.append(self._rate(euro, money, "="))
        return [rate for rate in found if rate is not None]

    def _listed_name(self, start: int, end: int) -> Money | None:
        """The currency named by exactly ``text[start:end]``, its "one" word left out."""
        article = _words(self.language, "one")
        words = self.text[start:end]
        lead = re.match(rf"(?:{article})\s+", words, re.IGNORECASE) if article else None
        offset = lead.end() if lead else 0
        unit = self._name_at(start + offset)
        if unit is None or unit.span.end != end or self._near_amount(unit):
            return None
        return unit

    def _near_amount(self, unit: Money) -> bool:
        """True when a money mention overlaps ``unit``: the name belongs to an amount."""
        return any(
            m.span.start < unit.span.end and unit.span.start < m.span.end
            for m in self._near(unit.span.start)
        )

    def _under_heading(self, position: int, heading: re.Pattern[str]) -> bool:
        """True when the words of the "listing" role stand in the sentence before ``position``
        (a list's items are set off by semicolons, so only a full stop ends the sentence)."""
        floor = max(0, position - SENTENCE_WINDOW)
        window = self.text[floor:position]
        stops = list(FULL_STOP.finditer(window))
        return heading.search(window, stops[-1].end() if stops else 0) is not None

    def _against_name_at(self) -> list[StatedRate | None]:
        """ "the yen slid to a 20-year low against the U.S. dollar at 134.55": AGAINST NAME
        PAIR NUMBER, the currency quoted being the subject before."""
        pattern = _against_at(self.language)
        if pattern is None:
            return []
        found: list[StatedRate | None] = []
        link = _lead(self.language, "pair")
        assert link is not None
        lowered = _against_at_lowered(self.language)
        folded_text = folded(self.text) if lowered is not None else None
        if lowered is not None and folded_text is not None:
            pattern, searched = lowered, folded_text  # the same matches, several times faster
        else:
            searched = self.text
        for against in pattern.finditer(searched):
            if against.start() and _WORD_CHAR.match(searched, against.start() - 1):
                continue  # inside a word: what the look-behind of ``_against_at`` rules out
            base = self._name_at(against.end())
            if base is None:
                continue
            lead = link.match(self.text, base.span.end)
            number = NUMBER.match(self.text, lead.end()) if lead else None
            subject = self._subject(against.start())
            if number is None or subject is None or self._covered(number.start()):
                continue
            if WORD_AFTER.match(self.text, number.end()):
                continue  # "… frente ao dólar em 20 anos": a count of something else
            figure = self._bare(number.start(), number.group())
            if figure is not None:
                written = self.text[against.start() : against.end()].strip()
                found.append(self._market(subject, base, figure, written))
        return found

    def _numbers_for_unit(self) -> list[StatedRate | None]:
        """ "the rupee trading at about 43 to $1": a bare NUMBER FOR UNIT, priced in the
        subject's currency."""
        lead = _lead(self.language, "for")
        if lead is None:
            return []
        found: list[StatedRate | None] = []
        starts = {m.span.start: m for m in self.mentions}
        for number, words in self._numbers_before(lead):
            unit = starts.get(words.end())
            start = number.start()
            if unit is None or not _is_one(unit) or self._covered(start):
                continue
            subject = self._subject(start)
            figure = self._bare(start, number.group())
            if subject is None or figure is None or subject.currency is None:
                continue
            amount = replace_currency(
                figure, subject.currency, subject.candidates, subject.unit_text
            )
            found.append(self._rate(unit, amount, words.group("connector").lower()))
        return found

    def _covered(self, position: int) -> bool:
        """True when a money mention covers ``position``: the number is an amount already."""
        return any(m.span.start <= position < m.span.end for m in self._near(position))

    def _per_name(self, money: Money, per: re.Pattern[str]) -> StatedRate | None:
        lead = per.match(self.text, money.span.end)
        if lead is None:
            return None
        connector = lead.group("connector").lower()
        unit = self._name_at(lead.end())
        if unit is None or (unit.unit_text.lower() in WEIGHT_NAMES and "the" not in connector):
            return None
        return self._rate(unit, money, connector)

    def _name_equals(
        self, money: Money, before: tuple[re.Pattern[str], tuple[str, ...]]
    ) -> StatedRate | None:
        pattern, words = before
        gap_end = money.span.start - len(written_hedge(self.text, money))
        tail = " ".join(self.text[max(0, gap_end - 24) : gap_end].lower().split())
        if not tail.endswith(words):
            return None
        floor = max(0, gap_end - UNIT_WINDOW)
        if not self._may_name(floor, gap_end):
            return None
        match = pattern.search(self.text, floor, gap_end)
        if match is None:
            return None
        name = match.group("name")
        candidates = self.lex.name(name.lower())
        start = match.start("name")
        if not candidates:  # "the US dollar": try the name without its first words
            for offset in (m.end() for m in re.finditer(r"\S+\s+", name)):
                candidates = self.lex.name(name[offset:].lower())
                if candidates:
                    name, start = name[offset:], start + offset
                    break
        if not candidates or any(
            m.span.start < start + len(name) and start < m.span.end for m in self._near(start)
        ):
            return None  # "200 million dollars = …": the name belongs to an amount
        unit = self._money(name, start, Decimal(1), candidates)
        return self._rate(unit, money, match.group("connector").strip())

    def _may_name(self, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` holds a word that can start a currency's name (or a
        character of a script written without spaces): the quick test before the search."""
        first_words = self.lex.name_first_words
        for word in LETTERS.findall(self.text, start, end):
            if word.lower() in first_words or word[0] >= "\u3040":
                return True
        return False

    def _near(self, position: int) -> list[Money]:
        """The mentions that start within a unit window of ``position``."""
        starts = self._starts
        low = bisect.bisect_left(starts, position - UNIT_WINDOW)
        high = bisect.bisect_right(starts, position + UNIT_WINDOW)
        return self.mentions[low:high]

    def _against(self, start: int, number: str, against: re.Pattern[str]) -> StatedRate | None:
        lead = against.match(self.text, start + len(number))
        if lead is None:
            return None
        connector = lead.group("connector").lower()
        base = self._name_at(lead.end())
        subject = self._subject(start)
        if base is None or subject is None:
            return None
        figure = self._bare(start, number)
        if figure is None:
            return None
        return self._market(subject, base, figure, connector)

    def _subject(self, end: int) -> Money | None:
        """The last "the NAME" in the clause before ``end``: the currency a number prices."""
        floor = max(0, end - SUBJECT_WINDOW)
        window = self.text[floor:end]
        stops = list(SENTENCE_END.finditer(window))
        if stops:
            floor, window = floor + stops[-1].end(), window[stops[-1].end() :]
        article = _words(self.language, "one")
        if article is None:
            return None
        against = _against_before(self.language)
        best = None
        # "the NAME"; "l'euro"; in a language without articles, any word may be the name
        starts = rf"\b(?:{article})\s+|\b[lL][’']"
        if self.language in LANGUAGES_WITHOUT_ARTICLES:
            starts += r"|(?<!\w)(?=\w)"
        for found in re.finditer(starts, window, re.IGNORECASE):
            if against is not None and against.search(window, 0, found.start()):
                continue  # "the rupee trading against the dollar": the dollar is the other side
            unit = self._name_at(floor + found.end())
            if unit is not None:
                best = unit
        return best

    def _pair(self, pair: re.Match[str]) -> StatedRate | None:
        base, quote = pair.group("base"), pair.group("quote")
        if base not in self.lex.codes or quote not in self.lex.codes or base == quote:
            return None
        link = _role(self.language, "pair")
        rest = self.text[pair.end() : pair.end() + 24]
        number = NUMBER.search(rest)
        if number is None or number.start() == 0:
            return None
        between = rest[: number.start()]
        if not (between.strip() in ("", ":", "=") or (link and link.fullmatch(between))):
            return None
        figure = self._bare(pair.end() + number.start(), number.group())
        if figure is None or any(
            m.span.start < figure.span.end and figure.span.start < m.span.end
            for m in self._near(figure.span.start)
            if m.span.start != pair.start("quote")  # "USD/JPY 151.20" reads "JPY 151.20"
        ):
            return None  # "INR/USD = 41,250,000,000 INR": an amount, not the rate
        unit = self._money(base, pair.start("base"), Decimal(1), (base,))
        amount = replace_currency(figure, quote)
        return self._rate(unit, amount, "pair", Span(pair.start(), amount.span.end))

    def _bare(self, start: int, run: str) -> Money | None:
        """A bare number as a mention without a currency (filled in by the caller)."""
        parsed = parse_run(run, self.document.style)
        if parsed is None or parsed.value <= 0:
            return None
        figure = make_figure(run, parsed, Decimal(1))
        hedge = hedge_before(self.text, start, self.language)
        interval = widen(figure.interval, figure.value, figure.granularity, hedge)
        span = Span(start, start + len(run))
        return Money(figure.value, None, (), span, run, figure, "", interval, hedge)

    def _market(
        self, subject: Money, other: Money, figure: Money, connector: str
    ) -> StatedRate | None:
        """A bare number quoting ``subject`` against ``other``, in market convention."""
        pair = (subject.currency, other.currency)
        if None in pair or pair[0] == pair[1]:
            return None
        ranks = [MARKET_BASES.index(c) if c in MARKET_BASES else None for c in pair]
        if ranks == [None, None]:
            return None  # no convention says which way the number reads
        first_is_base = ranks[1] is None or (ranks[0] is not None and ranks[0] < ranks[1])
        unit, quote = (subject, other) if first_is_base else (other, subject)
        assert quote.currency is not None
        amount = replace_currency(figure, quote.currency, quote.candidates, quote.unit_text)
        span = Span(figure.span.start, max(other.span.end, figure.span.end))
        return self._rate(unit, amount, connector, span)

    def _name_at(self, start: int) -> Money | None:
        """The currency name starting at ``start`` ("dollar", "US dollar", "美元"), as one unit."""
        text = self.text
        if start < len(text) and is_cjk(text[start]):
            for length in range(min(self.lex.longest_cjk_name, len(text) - start), 0, -1):
                candidates = self.lex.name(text[start : start + length])
                if candidates:
                    return self._money(text[start : start + length], start, Decimal(1), candidates)
            return None
        words = NAME_WORDS.match(text[start : start + 100])
        if words is None:
            return None
        tokens = words.group().split()
        for count in range(len(tokens), 0, -1):
            phrase = " ".join(tokens[:count]).rstrip(".,;:!?'’)")
            candidates = self.lex.name(phrase.lower())
            if candidates:
                return self._money(phrase, start, Decimal(1), candidates)
        code = tokens[0].rstrip(".,;:!?'’)")
        if code in self.lex.codes:  # "82.5 INR per USD"
            return self._money(code, start, Decimal(1), (code,))
        return None

    def _money(
        self, surface: str, start: int, amount: Decimal, candidates: tuple[str, ...]
    ) -> Money:
        """A currency written as a word or code, taken as ``amount`` of it exactly."""
        currency = self._resolve(surface, candidates)
        figure = make_figure(surface, _exact(amount), Decimal(1))
        exact = replace_interval(figure)
        span = Span(start, start + len(surface))
        return Money(amount, currency, candidates, span, surface, exact, surface, exact.interval)

    def _settled(self, money: Money) -> Money:
        """A mention whose surface the document leaves open ("pesos"), read as the one of its
        currencies that the document names elsewhere ("ARS14"), when there is exactly one."""
        if money.currency is not None:
            return money
        used = [code for code in money.candidates if code in self.used]
        return dataclasses.replace(money, currency=used[0]) if len(used) == 1 else money

    def _apart(self, amount: Money, unit: Money) -> Money:
        """A price whose sign the document read as the unit's own currency, read again among
        its other candidates: "$2.003 por dólar" prices the dollar in pesos. The one of them
        the document names, else the usual reading, else none (the rate is then not checked).
        ``claims._apart`` does the same for a conversion's restatement, without the document's
        names (a conversion's pair settles them)."""
        if unit.currency is None or unit.currency not in amount.candidates:
            return amount
        others = tuple(code for code in amount.candidates if code != unit.currency)
        if not others or amount.unit_text == unit.unit_text:
            return amount
        document = self.document
        usual = default_reading(
            amount.unit_text, amount.candidates, document.territory, document.language
        )
        if usual == unit.currency:
            return amount  # "the Won was set at 15 won": one currency written twice
        currency = self._resolve(amount.unit_text, others)
        return dataclasses.replace(amount, currency=currency, candidates=others)

    def _resolve(self, surface: str, candidates: tuple[str, ...]) -> str | None:
        """A name's currency: the one candidate the document uses elsewhere, else its default."""
        used = [code for code in candidates if code in self.used]
        if len(used) == 1:
            return used[0]
        document = self.document
        return default_reading(
            surface, candidates, document.territory, document.language, document.script
        )

    def _rate(
        self, unit: Money, amount: Money, connector: str, span: Span | None = None
    ) -> StatedRate | None:
        unit, amount = self._settled(unit), self._settled(amount)
        if not _different(unit, amount):
            amount = self._apart(amount, unit)
        if not _different(unit, amount) or amount.amount <= 0 or amount.figure.other is not None:
            return None
        if span is None:
            span = Span(
                min(unit.span.start, amount.span.start), max(unit.span.end, amount.span.end)
            )
        interval = amount.interval
        if interval.low <= 0:
            return None
        sentence = self._sentence(span)
        years = YEAR.findall(sentence)
        projected = _projected(self.language)
        scope = self._scope(span)
        return StatedRate(
            span=span,
            base=unit.currency,
            quote=amount.currency,
            base_candidates=unit.candidates,
            quote_candidates=amount.candidates,
            value=amount.amount,
            interval=interval,
            text=span.slice(self.text),
            unit=unit,
            amount=amount,
            connector=connector,
            hedge=amount.hedge,
            year=int(years[0]) if years else None,
            projected=scope.at_the_time
            or (projected is not None and projected.search(sentence) is not None),
            parallel_market=scope.parallel_market,
        )

    def _scope(self, span: Span) -> RateScope:
        """What the words in the rate's clauses say of it (``rate_scope``): "on the black
        market a dollar fetches 1,400 pesos" is a parallel market's rate."""
        if not self._marks.words_within(span.start - WINDOW, span.end + WINDOW):
            return RateScope()
        index = bisect.bisect_right(self._ends, span.start)
        floor = self._ends[index - 1] if index else 0
        spans = [
            lead(self.text, floor, span.start),
            clause(self.text, span.end, span.end, span.end),
        ]
        return scope_in(self.text, spans, self.language)

    def _sentence(self, span: Span) -> str:
        """The sentence a rate stands in (at most a window either side of it)."""
        floor = max(0, span.start - SENTENCE_WINDOW)
        before = self.text[floor : span.start]
        stops = list(SENTENCE_END.finditer(before))
        start = floor + stops[-1].end() if stops else floor
        after = SENTENCE_END.search(self.text, span.end, span.end + SENTENCE_WINDOW)
        end = after.start() if after else min(len(self.text), span.end + SENTENCE_WINDOW)
        return self.text[start:end]


def _is_one(money: Money) -> bool:
    """A mention of exactly one unit: "$1", "1 USD", "1美元" (not "about $1", "$1-2")."""
    return money.amount == 1 and money.hedge is None and money.upper is None


def _different(first: Money, second: Money) -> bool:
    """Two currencies that cannot be the same one: both known and different, or no overlap."""
    if first.currency is not None and second.currency is not None:
        return first.currency != second.currency
    return bool(first.candidates and second.candidates) and not (
        set(first.candidates) & set(second.candidates)
    )


def _exact(amount: Decimal) -> ParsedNumber:
    parsed = parse_run(str(amount))
    assert parsed is not None
    return parsed


def replace_interval(figure: Figure) -> Figure:
    """The figure taken as exact: a unit of one is one, not 0.5 to 1.5."""
    return dataclasses.replace(figure, interval=Interval.point(figure.value))


def replace_currency(
    money: Money,
    currency: str,
    candidates: tuple[str, ...] | None = None,
    unit_text: str | None = None,
) -> Money:
    """A bare number's mention with the currency it is quoted in."""
    return dataclasses.replace(
        money,
        currency=currency,
        candidates=candidates or (currency,),
        unit_text=unit_text or currency,
    )
