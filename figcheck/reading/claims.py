"""Claims: money mentions that a sentence ties together. This stage finds conversions.

Grammar, between two consecutive money mentions A and B of different currencies (the hedge
before B, if any, belongs to B and is not part of the connector)::

    conversion := A "(" B [", " | " at current exchange rates" …] ")"   connector "parentheses"
                | A ", or " B                                          connector "or"
                | A ", equivalent to " B | A ", the equivalent of " B   connector "equivalent to"
                | A ", worth " B | A ", valued at " B                  connector "worth"
                | A " — " B " —"                                       connector "dash"
                | A ", which is " B | A ", i.e. " B                    connector "which is"
                | A ", " HEDGE B END                                   connector "comma"
                | A [", " | "(" | " — "] WORDS B                       connector "restated"
                | A " is worth " B END | A " buys " B END …            connector "restated"
    list       := A "(" B ", " C ")"     both B and C are conversions of A

WORDS are ``ENGLISH_CONVERSION_WORDS`` and the language's ``CONVERSION_WORDS``; END is the end
of B's clause (``CLAUSE_END``). A hedge inside the connector ("is roughly equal to", "约合")
is B's; up to three words may close A's clause before the comma ("€12bn last year, or $13bn.").
Two ranges give two conversions, end to end; a restatement the document's names read in A's
own currency is read again apart from it ("180,000 Argentine pesos ($216)").

B, the restatement, is the converted amount; A is the original.

Other languages add their own words (``language_tables.CONVERSION_WORDS``), written after a
comma, dash or opening bracket: "300.000 Rubel, umgerechnet 4.980 Dollar", "300 000 roubles,
soit 4 980 dollars", "30万卢布（折合4980美元）". Full-width brackets and commas count as their
ASCII forms.
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import replace

from figcheck.arithmetic import in_private_context
from figcheck.intervals import Interval
from figcheck.model import (
    Claim,
    Conversion,
    Money,
    Multiple,
    PercentChange,
    Share,
    Span,
    StatedRate,
    Total,
    UnitConversion,
)
from figcheck.reading.arithmetic_lines import find_arithmetic_claims, with_arithmetic
from figcheck.reading.currencies import default_reading
from figcheck.reading.document_currency import (
    bare_originals,
    bare_restatements,
    weighed_originals,
)
from figcheck.reading.figure_claims import find_figure_claims
from figcheck.reading.hedge_kinds import HedgeKind
from figcheck.reading.hedges import (
    MAX_GAP,
    gap_before_hedge,
    hedge_kind,
    hedge_within,
    widen,
    written_hedge,
)
from figcheck.reading.locales import DocumentLocale, resolve
from figcheck.reading.mentions import find_money_in
from figcheck.reading.rate_scope import SECOND_RATE, conversion_scope, marks, with_scopes
from figcheck.reading.stated_rates import find_stated_rates
from figcheck.reading.tables import apart_from, find_table_conversions

# Each connector is matched against the whole gap between A and B, hedge removed; the gap is
# at most ``hedges.MAX_GAP`` characters, so every match is bounded.
CONNECTORS: tuple[tuple[str, re.Pattern[str]], ...] = (
    # A closing quote may stand between A and its bracket: "… 150 milioni di franchi» (pari a …)".
    ("parentheses", re.compile(r"\s*[»«”“\"’]?\s*,?\s*[(\[（]\s*")),
    ("or", re.compile(r"\s*,?\s*or\s+(?:the\s+equivalent\s+of\s+|some\s+)?", re.IGNORECASE)),
    (
        "equivalent to",
        re.compile(
            r"\s*[,(]?\s*(?:or\s+|which\s+is\s+)?(?:the\s+)?(?:equivalent|equal)\s+(?:to|of)\s+",
            re.IGNORECASE,
        ),
    ),
    ("worth", re.compile(r"\s*,?\s*(?:worth|valued\s+at)\s+", re.IGNORECASE)),
    ("which is", re.compile(r"\s*,?\s*(?:which\s+is|that\s+is|i\.e\.,?)\s+", re.IGNORECASE)),
    (
        "converted",
        re.compile(r"\s*,?\s*(?:converted|which\s+converts)\s+(?:to|into)\s+", re.IGNORECASE),
    ),
    ("dash", re.compile(r"\s*(?:——|――|—|–|--|\s-\s)\s*")),
    # "RM3,212 / US$729": two currencies side by side, as tables and captions write them.
    ("slash", re.compile(r"\s*/\s*")),
)

# After a B set off by a dash: the closing dash or the end of the clause.
DASH_CLOSE = re.compile(r"\s*(?:——|――|—|–|--|\s-\s|[.,;:)。，、）]|$)")
# After a B that a bare comma, a verb or words closing A's clause tie to A: the end of the
# clause, so that "€2m in Spain, or $3m in the US" stays two amounts.
CLAUSE_END = re.compile(r"\s*(?:——|――|—|–|--|\s-\s|[.,;:!?)\]。，、）！？]|$)")

#: English phrases that tie an amount to its restatement, read by the one matcher that reads
#: ``language_tables.CONVERSION_WORDS``: after a comma, dash or bracket ("(at current exchange
#: rates, about $216)"), or straight after A, when B then ends its clause ("1bn naira is worth
#: roughly $650,000."). A hedge inside a phrase ("is roughly equal to") is the restatement's.
ENGLISH_CONVERSION_WORDS: tuple[str, ...] = (
    "is worth",
    "was worth",
    "are worth",
    "were worth",
    "would be worth",
    "is now worth",
    "being worth",
    "is equal to",
    "was equal to",
    "are equal to",
    "were equal to",
    "is equivalent to",
    "was equivalent to",
    "are equivalent to",
    "were equivalent to",
    "equates to",
    "equated to",
    "translates to",
    "translates into",
    "translated to",
    "translated into",
    "works out at",
    "works out to",
    "worked out at",
    "gets you",
    "got you",
    "will get you",
    "would get you",
    "would have got you",
    "would have gotten you",
    "would have netted you",
    "netted you",
    "buys",
    "buys you",
    "will buy",
    "would buy",
    "would have bought",
    "fetches",
    "fetched",
    "would fetch",
    "turned into",
    "turns into",
    "was turned into",
    "at current exchange rates",
    "at current rates",
    "at the current exchange rate",
    "at the current rate",
    "at today's exchange rate",
    "at today’s exchange rate",
    "at today's rates",
    "at today’s rates",
    "at the time",
    "at the then exchange rate",
    "at the exchange rate of the time",
)

# "€12bn last year, or $13bn.": up to three words (no figure) close A's clause before the
# comma or dash that a connector follows.
LEAD_WORDS = re.compile(
    r"(?P<words>(?:[ \u00a0][^\W\d_][\w'’.-]*){1,3})(?=\s*(?:[,;—–(\[（]|--|\s-\s))"
)
#: Words that start another item rather than close A's clause ("€5m and the US, or …").
LISTING_WORDS = frozenset(
    {
        "and",
        "or",
        "but",
        "while",
        "whereas",
        "versus",
        "vs",
        "vs.",
        "compared",
        "against",
        "plus",
        "minus",
        "than",
        "from",
        "to",
        "up",
        "down",
        "including",
        "excluding",
        "of",
        "which",
        "und",
        "oder",
        "aber",
        "et",
        "ou",
        "mais",
        "y",
        "o",
        "pero",
        "e",
        "ma",
        "и",
        "или",
        "но",
        "en",
        "maar",
        "i",
        "lub",
        "oraz",
        "ve",
        "veya",
    }
)
# After B, the words that say at which rate or where it was restated: "at the official rate",
# "if exchanged at a bank", "on the black market".
RATE_REMARK = re.compile(
    r"\s+(?:at\s+(?:the|today|current|that|an?)\b|if\s+(?:exchanged|changed|converted)\b"
    r"|on\s+the\s+(?:black|parallel|official)\b|through\s+(?:official|black)\b)",
    re.IGNORECASE,
)
# How far after a bracketed B a market or time remark may start ("($52 on the black market)").
SCOPE_REACH = 64
# "€50m, roughly $54m.": a bare comma ties A to a B that a hedge of these kinds opens.
BARE_COMMA = re.compile(r"\s*[,，]\s*")
COMMA_HEDGES = frozenset({HedgeKind.APPROXIMATE, HedgeKind.BELOW, HedgeKind.ABOVE})
# "C$500 ($380 US)": the US dollar named after the amount, inside the brackets.
US_AFTER = re.compile(r"[ \u00a0](?:US|U\.S\.)(?=\s*[)\]）])")
# Between the two ends of a range written as two mentions: "400bn yen to 500bn yen".
RANGE_JOIN = re.compile(r"\s*(?:-|–|~|〜|～|to|à|a|bis|tot|до|do|al)\s*", re.IGNORECASE)
# English words straight after A, with no comma or bracket ("is worth", "buys"): B must end
# its clause.
ENGLISH_VERBS = frozenset(ENGLISH_CONVERSION_WORDS)
# "1 INR/0.015 USD", "per 0.015 USD": the figure is the denominator of a ratio.
RATIO_BEFORE = re.compile(r"(?:/|\bper)\s*$", re.IGNORECASE)
SLASH_BEFORE = re.compile(r"/\s*$")
# A word right after an opening bracket.
BRACKET_WORD = re.compile(r"[(\[（]\s*[^\W\d_]")
# In a connector of ``language_tables.CONVERSION_WORDS``, what stands between the words before
# B and the verb after it: "was … entspricht".
CLOSER_MARK = " … "
# The punctuation around a connector's words, left out to look the words up.
CONNECTOR_PUNCTUATION = re.compile(r"[,;:，、(\[（—–]|--|\s-\s")
# The connectors that tie a bare number to its restatement: a bracket or words, not a comma,
# a dash, "or" or a slash, which as often join two figures of different things.
BARE_CONNECTORS = frozenset(
    {"parentheses", "restated", "equivalent to", "worth", "which is", "converted"}
)
# A figure's digits, to find the two ends inside a range mention's text.
RUN = re.compile(r"\d(?:[\d.,'’ \u00a0\u202f]*\d)?")


#: Every kind of claim ``extract`` returns: ``isinstance`` narrows one to its own fields.
AnyClaim = Conversion | StatedRate | PercentChange | Total | Share | Multiple | UnitConversion


@in_private_context
def extract(text: str, *, locale: str | None = None) -> list[AnyClaim]:
    """Every claim in ``text``, in order of appearance.

    ``locale`` ("de", "pt_BR", "ja"): how numbers are written and which language's words are
    read; detected from the text when absent (see ``figcheck.reading.locales``).
    """
    return [_any_claim(claim) for claim in mentions_and_claims(text, locale=locale)[1]]


def _any_claim(claim: Claim) -> AnyClaim:
    """``claim`` as one of ``AnyClaim``; a kind missing there is a bug, said at once."""
    if isinstance(claim, AnyClaim):
        return claim
    raise TypeError(f"{type(claim).__name__} is a claim kind missing from AnyClaim")


def mentions_and_claims(text: str, *, locale: str | None = None) -> tuple[list[Money], list[Claim]]:
    """The money mentions of ``text`` and its claims, read once for both (see ``extract``)."""
    document = resolve(text, locale)
    money = find_money_in(text, document)
    conversions = find_conversions(text, money, language=document.language)
    conversions = _with_bare_originals(text, money, document, conversions)
    conversions = with_scopes(text, conversions, money, document.language)
    rates = find_stated_rates(text, money, document)
    conversions = _conversions_not_rates(conversions, rates)
    claims: list[Claim] = [*conversions, *find_figure_claims(text, money)]
    claims.extend(_rates_outside(rates, conversions))
    claims.extend(apart_from(find_table_conversions(text, money, document), conversions))
    claims = with_arithmetic(claims, find_arithmetic_claims(text, money, document))
    return money, claims


def _with_bare_originals(
    text: str, money: list[Money], document: DocumentLocale, conversions: list[Conversion]
) -> list[Conversion]:
    """``conversions`` and the bare numbers restated in another currency ("was fined 150,000
    ($2,400)" in a text about roubles; see ``document_currency``), tied by a bracket or a
    connector's words right after the number, in text order."""
    taken = {m.span.start for c in conversions for m in (c.original, c.converted)}
    connectors = _connectors(document.language)
    found = list(conversions)
    language = document.language
    for original, converted in [
        *bare_originals(text, money, document, taken),
        *bare_restatements(text, money, document, taken),
    ]:
        pair = _bare_pair(text, original, converted, connectors, language)
        if pair is not None:
            found.append(_conversion(original, *pair))
    for original, converted in weighed_originals(text, money, document, taken):
        pair = _pair(text, original, converted, connectors, language)
        if pair is not None:  # "4.150 libras, unos 4.700 euros": a weight noun, restated
            found.append(_conversion(original, *pair))
    if len(found) == len(conversions):
        return conversions
    return sorted(found, key=lambda conversion: conversion.span.start)


def _bare_pair(
    text: str,
    original: Money,
    converted: Money,
    connectors: tuple[tuple[str, re.Pattern[str]], ...],
    language: str,
) -> tuple[Money, str] | None:
    """The restatement and connector of a bare number: a bracket or connector words straight
    after it, nothing else ("150,000 ($2,400)", "600 mil milhões (514 mil milhões de euros)")."""
    gap = gap_before_hedge(text, original.span.end, converted.span.start, converted.hedge)
    if gap is None:
        return None
    found = _connector_in(text, gap, converted, connectors, language)
    if found is None or found[0] not in BARE_CONNECTORS or found[1] != gap:
        return None
    name, words = found
    restated = _restated(text, converted, name, words, language)
    return None if restated is None else (restated, name)


def _conversions_not_rates(
    conversions: list[Conversion], rates: list[StatedRate]
) -> list[Conversion]:
    """The conversions that are not a stated rate: "$1 was worth 83 rupees" and "one euro buys
    1.08 dollars" price one unit, which is a rate, though "was worth" also joins conversions."""
    units = {(rate.span.start, rate.span.end) for rate in rates if _one_unit(rate.unit)}
    if not units:
        return conversions
    return [c for c in conversions if (c.span.start, c.span.end) not in units]


def _one_unit(money: Money) -> bool:
    return money.amount == 1 and money.hedge is None and money.upper is None


def _rates_outside(rates: list[StatedRate], conversions: list[Conversion]) -> list[StatedRate]:
    """The stated rates that are not also read as a conversion ("$1 (83 rupees)" is one)."""
    starts = [conversion.span.start for conversion in conversions]  # in text order, disjoint
    kept = []
    for rate in rates:
        index = bisect.bisect_left(starts, rate.span.end)  # conversions starting before its end
        if index == 0 or conversions[index - 1].span.end <= rate.span.start:
            kept.append(rate)
    return kept


def find_conversions(text: str, mentions: list[Money], *, language: str = "en") -> list[Conversion]:
    """Conversions among ``mentions`` (which must be in text order).

    Two ranges restated one by the other ("300-450 billion yen ($2-3 billion)", also a range
    written as two mentions, "400bn yen to 500bn yen ($2.7bn to $3.4bn)") give two
    conversions, end to end; a range on one side only is one conversion of the interval.
    """
    found: list[Conversion] = []
    index = 0
    connectors = _connectors(language)
    while index + 1 < len(mentions):
        original, converted = mentions[index], mentions[index + 1]
        pair = _pair(text, original, converted, connectors, language)
        if pair is None:
            spread = _spread_range(text, mentions, index, connectors, language)
            if spread:
                found.extend(spread)
                index += 3
                continue
            index += 1
            continue
        converted, connector = pair
        found.extend(_conversions(original, converted, connector))
        floor = mentions[index - 1].span.end if index else 0
        index += 2
        if connector == "parentheses" or (connector == "restated" and _bracketed(text, converted)):
            index = _listed(text, mentions, index, original, converted, found, language)
        if index < len(mentions) and found[-1].original is original:
            restated, following = found[-1].converted, mentions[index]
            second = _second_rate(text, original, restated, following, floor, language)
            if second is not None:
                found.append(second)
                index += 1
    return found


def _second_rate(
    text: str, original: Money, restated: Money, following: Money, floor: int, language: str
) -> Conversion | None:
    """A second restatement of ``original`` in the currency of ``restated``, at the other
    market's rate: "USD100 is worth 840 pesos if exchanged officially, versus 1,400 pesos
    through black-market dealers". Only when exactly one of the two names a parallel market
    (``rate_scope``): "X versus Y" alone compares two amounts."""
    if _different_currencies(restated, following) or not _different_currencies(original, following):
        return None
    gap = gap_before_hedge(text, restated.span.end, following.span.start, following.hedge)
    if gap is None or _second_rate_gap(language).fullmatch(gap) is None:
        return None
    if following.currency != restated.currency:
        if restated.currency not in following.candidates:
            return None
        following = replace(following, currency=restated.currency)
    second = _conversion(original, following, SECOND_RATE)
    first = _conversion(original, restated, "restated")
    before = conversion_scope(text, first, floor, language)
    after = conversion_scope(text, second, floor, language)
    return second if before.parallel_market != after.parallel_market else None


@functools.cache
def _second_rate_gap(language: str) -> re.Pattern[str]:
    """Between two restatements of one amount: a remark on the first (no figure, no sentence
    end), a closing bracket, a comma, then a word of the role "versus"."""
    from figcheck.reading.language_tables import RATE_SCOPE_WORDS

    words = {
        *RATE_SCOPE_WORDS["en"]["versus"],
        *RATE_SCOPE_WORDS.get(language, {}).get("versus", ()),
    }
    joins = "|".join(
        r"\s+".join(map(re.escape, word.split())) for word in sorted(words, key=len, reverse=True)
    )
    return re.compile(
        rf"[^\d.!?;:()\[\]（）]{{0,60}}?[)\]）]?\s*[,;]?\s*(?:{joins})\s+", re.IGNORECASE
    )


@functools.cache
def _connectors(language: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """The English connectors, then the words of ``language`` and of English
    (``ENGLISH_CONVERSION_WORDS``) after a comma, dash or bracket, or straight after A."""
    from figcheck.reading.language_tables import CONVERSION_WORDS, RANGE_BETWEEN_WORDS

    table = (*CONVERSION_WORDS.get(language, ()), *ENGLISH_CONVERSION_WORDS)
    words = sorted({word.split(CLOSER_MARK)[0].strip() for word in table}, key=len, reverse=True)
    alternatives = "|".join(r"\s+".join(map(re.escape, word.split())) for word in words)
    restated = re.compile(
        rf"\s*[»«”“\"’]?\s*(?:[,;:，、(\[（]|—|–|--|\s-\s)?\s*(?:{alternatives})\s*(?:[:：,，]|—|–|--)?\s*",
        re.IGNORECASE,
    )
    between = ["between", *RANGE_BETWEEN_WORDS.get(language, ())[:1]]
    opening = "|".join(map(re.escape, sorted(set(between), key=len, reverse=True)))
    # "(tra 115 e 137 miliardi di euro)": a range restated in brackets may open with its word
    parentheses = (
        "parentheses",
        re.compile(rf"\s*[»«”“\"’]?\s*,?\s*[(\[（]\s*(?:(?:{opening})\s+)?", re.IGNORECASE),
    )
    if language == "en":
        return (parentheses, *CONNECTORS[1:], ("restated", restated))
    return (parentheses, ("restated", restated), *CONNECTORS[1:])


@functools.cache
def _bracket_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """What may follow a parenthesised B up to its closing bracket or list separator, a
    remark on the rate after B ("at the day's rate", "au taux de change actuel"), and a hedge
    written after B before the bracket closes ("(10.600 euros environ)"): English here, the
    other languages' words from ``language_tables.BRACKET_WORDS``, any language's being read
    in any text (a bracket's words often come from another language's source)."""
    from figcheck.reading.language_tables import BRACKET_WORDS, RATE_SCOPE_WORDS

    def words(role: str) -> str:
        tables = RATE_SCOPE_WORDS if role in ("parallel", "then") else BRACKET_WORDS
        found = {word for table in tables.values() for word in table.get(role, ())}
        ordered = sorted(found, key=len, reverse=True)
        return "|".join(r"\s+".join(map(re.escape, word.split())) for word in ordered)

    close = re.compile(
        rf"""\s*(?:[,;]?\s*(?:at\s[^()\[\]]{{0,40}}?rates?|at\s(?:the\s)?time|approx\.?
            |approximately|U\.?S\.?
            |[^()\[\]\d]{{0,40}}?\b(?:{words("rate nouns")})\b[^()\[\]\d]{{0,24}}?
            |{words("after")})\s*)?
            (?P<close>[)\]）]|[,;/，、]\s*(?:or\s+)?
              |\s+(?:or|{words("or")})\s+(?=[^\s)]{{0,6}}\d)
              |\s+(?:and/or|{words("and or")})\s+(?=[^\W_]))""",
        re.VERBOSE | re.IGNORECASE,
    )
    remark = re.compile(rf"\s+(?:{words('remarks')})\b", re.IGNORECASE)
    after = re.compile(
        rf"\s*(?P<hedge>approximately|approx\.|{words('after')})\s*[)\]）]", re.IGNORECASE
    )
    return close, remark, after


@functools.cache
def _scoped_close() -> re.Pattern[str]:
    """The closing bracket after a remark naming a market or a time ("($52 on the black
    market)", "(17,1 milliards de dollars à l'époque)"; ``RATE_SCOPE_WORDS``, any language)."""
    from figcheck.reading.language_tables import RATE_SCOPE_WORDS

    found = {
        word
        for table in RATE_SCOPE_WORDS.values()
        for role in ("parallel", "then")
        for word in table.get(role, ())
    }
    words = "|".join(
        r"\s+".join(map(re.escape, word.split())) for word in sorted(found, key=len, reverse=True)
    )
    return re.compile(
        rf"\s*,?\s*[^()\[\]\d]{{0,40}}?\b(?:{words})[^()\[\]\d,;]{{0,24}}?\s*"
        r"(?P<close>[)\]）]|[,;，、]\s*)",
        re.IGNORECASE,
    )


def _bracket_close(text: str, end: int, language: str) -> re.Match[str] | None:
    """What follows a bracketed B up to its closing bracket or list separator (the first of
    ``_bracket_patterns``), or a market or time remark and the closing bracket, looked for only
    where the text writes such a word (``rate_scope.marks``)."""
    found = _bracket_patterns()[0].match(text, end)
    if found is None and marks(text, language).words_within(end, end + SCOPE_REACH):
        return _scoped_close().match(text, end)
    return found


@functools.cache
def _closers(language: str) -> dict[str, re.Pattern[str]]:
    """For each connector that a verb after B completes ("was … entspricht"), the opening
    words, in lower case, and the pattern of the verbs that must follow B."""
    from figcheck.reading.language_tables import CONVERSION_WORDS

    verbs: dict[str, set[str]] = {}
    for word in CONVERSION_WORDS.get(language, ()):
        if CLOSER_MARK in word:
            opener, verb = word.split(CLOSER_MARK)
            verbs.setdefault(" ".join(opener.lower().split()), set()).add(verb.strip())
    return {
        opener: re.compile(
            r"\s*(?:"
            + "|".join(r"\s+".join(map(re.escape, verb.split())) for verb in sorted(words))
            + r")(?=\s*(?:[.,;:!?)\]—–。、，）]|$))",
            re.IGNORECASE,
        )
        for opener, words in verbs.items()
    }


def _closing_verb(text: str, gap: str, converted: Money, language: str) -> bool | None:
    """Whether the verb that completes the gap's connector follows B ("…, was etwa 32'000
    Franken entspricht"); None when the gap's connector needs no verb."""
    closers = _closers(language)
    if not closers:
        return None
    opener = CONNECTOR_PUNCTUATION.sub(" ", gap).strip().lower()
    verb = closers.get(" ".join(opener.split()))
    if verb is None:
        return None
    return verb.match(text, converted.span.end) is not None


def _pair(
    text: str,
    original: Money,
    converted: Money,
    connectors: tuple[tuple[str, re.Pattern[str]], ...],
    language: str,
) -> tuple[Money, str] | None:
    """The restatement (its currency settled by the pair, a hedge in the connector applied)
    and the connector's name when two mentions form a conversion, else None."""
    ratio = RATIO_BEFORE if language == "en" else SLASH_BEFORE  # Italian "per" is "for"
    if ratio.search(text, max(0, original.span.start - 6), original.span.start):
        return None  # "1 INR/0.015 USD is equivalent to …": a ratio, not an amount
    converted = _written_us(text, converted)
    if not _different_currencies(original, converted):
        apart = _apart(original, converted, language)
        if apart is None:
            return None
        converted = apart
    gap = gap_before_hedge(text, original.span.end, converted.span.start, converted.hedge)
    if gap is None:
        return None
    found = _connector_in(text, gap, converted, connectors, language)
    if found is None:
        return None
    name, words = found
    if name == "or" and "," not in words and original.figure.value == converted.figure.value:
        return None  # "pay $5 or €5": a choice of prices, not one restated
    if name == "slash" and 1 in (original.amount, converted.amount):
        return None  # "1 INR/0.015 USD": a ratio, which the rate reader reads
    restated = _restated(text, converted, name, words, language)
    return None if restated is None else (restated, name)


def _restated(text: str, converted: Money, name: str, words: str, language: str) -> Money | None:
    """B as its connector restates it: widened by a hedge in the connector's words ("is
    roughly equal to") or after B in its bracket ("(10.600 euros environ)"); None when a
    range's word opens the bracket and no range follows."""
    if name == "parentheses" and converted.upper is None and BRACKET_WORD.search(words):
        return None
    wordless = name in ("parentheses", "dash")
    hedge = None if converted.hedge or wordless else hedge_within(words, language)
    if converted.hedge is None and name in ("parentheses", "restated"):
        hedge = hedge or _hedge_after(text, converted)
    return _hedged(converted, hedge) if hedge else converted


def _hedge_after(text: str, converted: Money) -> str | None:
    """The hedge written after a bracketed B, right before the bracket closes, lower-cased."""
    found = _bracket_patterns()[2].match(text, converted.span.end)
    return found.group("hedge").lower() if found else None


def _connector_in(
    text: str,
    gap: str,
    converted: Money,
    connectors: tuple[tuple[str, re.Pattern[str]], ...],
    language: str,
) -> tuple[str, str] | None:
    """The connector a gap holds and the connector's own words, else None.

    Tried in turn: the gap as it is; the gap without one hedge inside it ("is roughly equal
    to"); a few words that close A's clause before the comma ("€12bn last year, or $13bn");
    a bare comma before a hedged B ("€50m, roughly $54m"). The last two need B to end its
    clause, so that "€2m in Spain, or $3m in the US" stays two amounts.
    """
    name = _matching(text, gap, converted, connectors, language)
    if name is not None:
        return name, gap
    inner = hedge_within(gap, language)
    if inner is not None:
        at = gap.lower().find(inner)
        name = _matching(text, gap[:at] + gap[at + len(inner) :], converted, connectors, language)
        if name is not None:
            return name, gap
    exact = _exact_words(language)
    if exact is not None and exact.search(gap):
        name = _matching(text, exact.sub(" ", gap, count=1), converted, connectors, language)
        if name is not None:
            return name, gap
    lead = LEAD_WORDS.match(gap)
    # "drei Millionen Rubel fliessen, was etwa 32'000 Franken entspricht": B's clause may end
    # with the verb its connector needs.
    ends = (
        CLAUSE_END.match(text, converted.span.end) is not None
        or _rate_remark(text, converted)
        or _hedge_after(text, converted) is not None
    )
    if not ends and (
        lead is None
        or _closing_verb(text, gap[lead.end("words") :], converted, language) is not True
    ):
        return None
    if lead is not None and not _listing(lead.group("words")):
        rest = gap[lead.end("words") :]
        name = _matching(text, rest, converted, connectors, language)
        if (
            name == "parentheses"
            and converted.hedge is None
            and _hedge_after(text, converted) is None
        ):
            name = None  # "€5m in cash ($5.4m)": a bare bracket after words is a remark
        if name is not None:
            return name, rest
    hedge = converted.hedge
    if BARE_COMMA.fullmatch(gap) and hedge and hedge_kind(hedge) in COMMA_HEDGES:
        return "comma", gap
    return _next_sentence(gap, converted, language)


def _next_sentence(gap: str, converted: Money, language: str) -> tuple[str, str] | None:
    """ "… for $30 million. Which my calculator turned into £23 million.", "… 2,500 pounds.
    That's about 290,000 rubles.": the next sentence opens with a word pointing back at A
    (``language_tables.ANAPHORS``), then up to four words and a connector's words; a bare
    "is", "was" or "'s" (``COPULAS``) needs a hedged B."""
    patterns = _anaphors(language)
    if patterns is None:
        return None
    connected, copula = patterns
    if connected.fullmatch(gap) is not None:
        return "restated", gap
    found = copula.fullmatch(gap)
    if found is None:
        return None
    # "Umgerechnet sind das 2000 Euro", "Po prepočítaní ide o 4 767 eur": an opening that
    # says "converted" needs no hedge after its verb.
    if converted.hedge or _says_converted(found.group("anaphor"), language):
        return "restated", gap
    return None


def _says_converted(words: str, language: str) -> bool:
    from figcheck.reading.language_tables import CONVERSION_WORDS

    return " ".join(words.lower().split()) in CONVERSION_WORDS.get(language, ())


@functools.cache
def _anaphors(language: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """A next sentence's opening up to B: with a connector's words, and with a copula."""
    from figcheck.reading.language_tables import ANAPHORS, CONVERSION_WORDS, COPULAS

    anaphors = ANAPHORS.get(language)
    if not anaphors:
        return None
    table = (*CONVERSION_WORDS.get(language, ()), *ENGLISH_CONVERSION_WORDS)
    words = sorted({w for w in table if CLOSER_MARK not in w}, key=len, reverse=True)
    verbs = "|".join(r"\s+".join(map(re.escape, word.split())) for word in words)
    copulas = "|".join(map(re.escape, sorted(COPULAS.get(language, ()), key=len, reverse=True)))
    opening = "|".join(map(re.escape, sorted(anaphors, key=len, reverse=True)))
    head = rf"(?:\s+[^\W\d_][\w'’-]*){{0,3}}?\s*[»«”“\"’]?[.!?][»«”“\"’]?\s+(?P<anaphor>{opening})"
    middle = r"(?:\s+(?!(?:and|or|but|than|more|less)\b)[^\W\d_][\w'’-]*){0,4}?"
    connected = re.compile(rf"{head}{middle}\s+(?:{verbs})\s*[,:]?\s*", re.IGNORECASE)
    copula = re.compile(rf"{head}(?:['’]s|\s+(?:{copulas}))\s*", re.IGNORECASE)
    return connected, copula


@functools.cache
def _exact_words(language: str) -> re.Pattern[str] | None:
    """The words that call a restatement exact ("12 Euro sind exakt umgerechnet 23,47 DM"),
    from the rate words' "exact" role of the language and of English."""
    from figcheck.reading.language_tables import RATE_WORDS

    words = {*RATE_WORDS["en"].get("exact", ()), *RATE_WORDS.get(language, {}).get("exact", ())}
    if not words:
        return None
    alternatives = "|".join(map(re.escape, sorted(words, key=len, reverse=True)))
    return re.compile(rf"\s(?:{alternatives})(?=\s)", re.IGNORECASE)


def _rate_remark(text: str, converted: Money) -> bool:
    """True when a remark on the rate follows B ("at the day's rate", "au taux actuel")."""
    end = converted.span.end
    return bool(RATE_REMARK.match(text, end) or _bracket_patterns()[1].match(text, end))


def _matching(
    text: str,
    gap: str,
    converted: Money,
    connectors: tuple[tuple[str, re.Pattern[str]], ...],
    language: str,
) -> str | None:
    for name, pattern in connectors:
        if pattern.fullmatch(gap) and _closes(text, name, converted, gap, language):
            return name
    return None


def _bracketed(text: str, converted: Money) -> bool:
    """True when an opening bracket stands in the few characters before a restatement."""
    before = text[max(0, converted.span.start - MAX_GAP) : converted.span.start]
    return max(before.rfind(c) for c in "([（") > max(before.rfind(c) for c in ")]）")


def _listing(words: str) -> bool:
    """True when the words before the comma start a new item rather than close A's clause."""
    return any(word.lower() in LISTING_WORDS for word in words.split())


def _written_us(text: str, money: Money) -> Money:
    """ "C$500 ($380 US)": "US" after a dollar amount in brackets names the US dollar."""
    if (
        "USD" in money.candidates
        and money.currency != "USD"
        and US_AFTER.match(text, money.span.end)
    ):
        return replace(money, currency="USD")
    return money


def _apart(original: Money, converted: Money, language: str) -> Money | None:
    """The restatement read apart from A when the document's names gave both one currency.

    "180,000 Argentine pesos ($216)": the document names pesos, which makes every "$" a peso,
    but a restatement is in another currency than its original. Only a surface read by the
    document's names is read again: "5m dollars ($5m)" is one currency written twice. The
    restatement then takes its usual reading among the other candidates, or none (FC402).
    """
    if original.currency is None or converted.currency != original.currency:
        return None
    if original.unit_text == converted.unit_text or len(converted.candidates) < 2:
        return None
    surface = converted.unit_text
    if default_reading(surface, converted.candidates, None, language) == converted.currency:
        return None
    others = tuple(c for c in converted.candidates if c != original.currency)
    return replace(converted, currency=default_reading(surface, others, None, language))


def _hedged(money: Money, hedge: str) -> Money:
    """``money`` with a hedge written in its connector ("约合", "is roughly equal to")."""
    figure = money.figure
    interval = widen(figure.interval, figure.value, figure.granularity, hedge)
    return replace(money, hedge=hedge, interval=interval)


def _spread_range(
    text: str,
    mentions: list[Money],
    index: int,
    connectors: tuple[tuple[str, re.Pattern[str]], ...],
    language: str,
) -> list[Conversion]:
    """ "400bn yen to 500bn yen ($2.7bn to $3.4bn)": a range written as two mentions of one
    currency, restated by one range: two conversions, end to end."""
    if index + 2 >= len(mentions):
        return []
    low, high, converted = mentions[index], mentions[index + 1], mentions[index + 2]
    if low.upper is not None or high.upper is not None or converted.upper is None:
        return []
    if low.unit_text != high.unit_text or low.candidates != high.candidates:
        return []
    if not RANGE_JOIN.fullmatch(text[low.span.end : high.span.start]):
        return []
    if not low.amount < high.amount:
        return []
    pair = _pair(text, high, converted, connectors, language)
    if pair is None:
        return []
    converted, connector = pair
    ends = _ends(converted)
    if ends is None:
        return []
    lower, upper = ends
    span = Span(low.span.start, converted.span.end)
    return [
        Conversion(span=span, original=low, converted=lower, connector=connector),
        Conversion(span=span, original=high, converted=upper, connector=connector),
    ]


def _conversions(original: Money, converted: Money, connector: str) -> list[Conversion]:
    """One conversion, or two when both sides are ranges: lower end to lower end, upper to
    upper."""
    if original.upper is None or converted.upper is None:
        return [_conversion(original, converted, connector)]
    firsts, seconds = _ends(original), _ends(converted)
    if firsts is None or seconds is None:
        return [_conversion(original, converted, connector)]
    span = Span(original.span.start, converted.span.end)
    return [
        Conversion(span=span, original=first, converted=second, connector=connector)
        for first, second in zip(firsts, seconds, strict=True)
    ]


def _ends(money: Money) -> tuple[Money, Money] | None:
    """The two ends of a range mention as mentions of their own, each with its rounding (and
    the mention's hedge), each spanning its own figure; None when it is no positive range."""
    figure = money.figure
    upper = figure.upper
    if upper is None or figure.value < 0:
        return None
    half = figure.granularity / 2
    upper_half = figure.interval.high - upper
    runs = list(RUN.finditer(money.text))
    first_end = runs[0].end() if runs else len(money.text)
    second_start = runs[-1].start() if runs else 0
    while second_start > first_end and money.text[second_start - 1] not in " \u00a0-–":
        second_start -= 1  # "$2m to $3m": the second end's own symbol
    ends = []
    for value, low, high, start, stop in (
        (figure.value, figure.value - half, figure.value + half, 0, first_end),
        (upper, upper - upper_half, figure.interval.high, second_start, len(money.text)),
    ):
        interval = Interval(low, high)
        end_figure = replace(
            figure, text=money.text[start:stop], value=value, interval=interval, upper=None
        )
        if value == upper:
            end_figure = replace(end_figure, granularity=upper_half * 2)
        span = Span(money.span.start + start, money.span.start + stop)
        ends.append(
            replace(
                money,
                amount=value,
                span=span,
                text=money.text[start:stop],
                figure=end_figure,
                interval=widen(interval, value, end_figure.granularity, money.hedge),
            )
        )
    return ends[0], ends[1]


def _closes(
    text: str, connector: str, converted: Money, gap: str = "", language: str = "en"
) -> bool:
    """True when B ends as its connector requires: a bracket opened before B must close, a
    verb that completes the connector must follow B."""
    end = converted.span.end
    if connector == "restated":
        verb = _closing_verb(text, gap, converted, language)
        if verb is not None:
            return verb
    if connector == "parentheses" or (connector == "restated" and any(c in gap for c in "([（")):
        return _bracket_close(text, end, language) is not None
    if connector == "dash":
        return DASH_CLOSE.match(text, end) is not None
    if connector == "restated" and " ".join(gap.split()).lower() in ENGLISH_VERBS:
        # "€5m buys $3m of equipment" is a purchase; "… worth 840 pesos at the official rate"
        # or "… if exchanged at a bank" restates it.
        return CLAUSE_END.match(text, end) is not None or RATE_REMARK.match(text, end) is not None
    return True


def _different_currencies(first: Money, second: Money) -> bool:
    if first.currency is not None and second.currency is not None:
        return first.currency != second.currency
    return not set(first.candidates) & set(second.candidates) or first.unit_text != second.unit_text


def _listed(
    text: str,
    mentions: list[Money],
    index: int,
    original: Money,
    previous: Money,
    found: list[Conversion],
    language: str,
) -> int:
    """Further conversions listed in the same parentheses: "£100 ($130, €115)"."""
    while index < len(mentions):
        following = mentions[index]
        separator = _bracket_close(text, previous.span.end, language)
        if separator is None or separator.group("close") in ")]":
            return index
        if separator.end() != following.span.start - len(written_hedge(text, following)):
            return index
        if not _different_currencies(original, following) or not _closes(
            text, "parentheses", following, language=language
        ):
            return index
        found.append(_conversion(original, following, "parentheses"))
        previous = following
        index += 1
    return index


def _conversion(original: Money, converted: Money, connector: str) -> Conversion:
    span = Span(original.span.start, converted.span.end)
    return Conversion(span=span, original=original, converted=converted, connector=connector)
