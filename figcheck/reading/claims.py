"""Claims: money mentions that a sentence ties together. This stage finds conversions.

Grammar, between two consecutive money mentions A and B of different currencies (the hedge
before B, if any, belongs to B and is not part of the connector)::

    conversion := A "(" B [", " | " at current exchange rates" …] ")"   connector "parentheses"
                | A ", or " B                                          connector "or"
                | A ", equivalent to " B | A ", the equivalent of " B   connector "equivalent to"
                | A ", worth " B | A ", valued at " B                  connector "worth"
                | A " — " B " —"                                       connector "dash"
                | A ", which is " B | A ", i.e. " B                    connector "which is"
    list       := A "(" B ", " C ")"     both B and C are conversions of A

B, the restatement, is the converted amount; A is the original.

Other languages add their own words (``language_tables.CONVERSION_WORDS``), written after a
comma, dash or opening bracket: "300.000 Rubel, umgerechnet 4.980 Dollar", "300 000 roubles,
soit 4 980 dollars", "30万卢布（折合4980美元）". Full-width brackets and commas count as their
ASCII forms.
"""

from __future__ import annotations

import functools
import re

from figcheck.arithmetic import in_private_context
from figcheck.model import Claim, Conversion, Money, Span
from figcheck.reading.figure_claims import find_figure_claims
from figcheck.reading.hedges import gap_before_hedge
from figcheck.reading.locales import resolve
from figcheck.reading.mentions import find_money_in

# Each connector is matched against the whole gap between A and B, hedge removed; the gap is
# at most ``hedges.MAX_GAP`` characters, so every match is bounded.
CONNECTORS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("parentheses", re.compile(r"\s*[(\[（]\s*")),
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
    ("dash", re.compile(r"\s*(?:—|–|--|\s-\s)\s*")),
)

# After a parenthesised B: an optional remark, then the closing bracket or a list separator.
PAREN_CLOSE = re.compile(
    r"""\s*(?:[,;]?\s*(?:at\s[^()\[\]]{0,40}?rates?|at\s(?:the\s)?time|approx\.?|approximately)\s*)?
        (?P<close>[)\]）]|[,;/，、]\s*(?:or\s+)?)""",
    re.VERBOSE | re.IGNORECASE,
)
# After a B set off by a dash: the closing dash or the end of the clause.
DASH_CLOSE = re.compile(r"\s*(?:—|–|--|\s-\s|[.,;:)。，、）]|$)")


@in_private_context
def extract(text: str, *, locale: str | None = None) -> list[Claim]:
    """Every claim in ``text``, in order of appearance.

    ``locale`` ("de", "pt_BR", "ja"): how numbers are written and which language's words are
    read; detected from the text when absent (see ``figcheck.reading.locales``).
    """
    return mentions_and_claims(text, locale=locale)[1]


def mentions_and_claims(text: str, *, locale: str | None = None) -> tuple[list[Money], list[Claim]]:
    """The money mentions of ``text`` and its claims, read once for both (see ``extract``)."""
    document = resolve(text, locale)
    money = find_money_in(text, document)
    conversions = find_conversions(text, money, language=document.language)
    claims: list[Claim] = [*conversions, *find_figure_claims(text, money)]
    claims.sort(key=lambda claim: claim.span.start)
    return money, claims


def find_conversions(text: str, mentions: list[Money], *, language: str = "en") -> list[Conversion]:
    """Conversions among ``mentions`` (which must be in text order)."""
    found: list[Conversion] = []
    index = 0
    connectors = _connectors(language)
    while index + 1 < len(mentions):
        original, converted = mentions[index], mentions[index + 1]
        connector = _connector(text, original, converted, connectors)
        if connector is None:
            index += 1
            continue
        found.append(_conversion(original, converted, connector))
        index += 2
        if connector == "parentheses":
            index = _listed(text, mentions, index, original, converted, found)
    return found


@functools.cache
def _connectors(language: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """The English connectors, and the words of ``language`` after a comma, dash or bracket."""
    if language == "en":
        return CONNECTORS
    from figcheck.reading.language_tables import CONVERSION_WORDS

    words = sorted(CONVERSION_WORDS.get(language, ()), key=len, reverse=True)
    if not words:
        return CONNECTORS
    alternatives = "|".join(r"\s+".join(map(re.escape, word.split())) for word in words)
    restated = re.compile(
        rf"\s*(?:[,;:，、(\[（]|—|–|--|\s-\s)?\s*(?:{alternatives})\s*[:：,，]?\s*", re.IGNORECASE
    )
    return (CONNECTORS[0], ("restated", restated), *CONNECTORS[1:])


def _connector(
    text: str,
    original: Money,
    converted: Money,
    connectors: tuple[tuple[str, re.Pattern[str]], ...] = CONNECTORS,
) -> str | None:
    """The name of the connector tying two mentions into a conversion, or None."""
    if not _different_currencies(original, converted):
        return None
    gap = gap_before_hedge(text, original.span.end, converted.span.start, converted.hedge)
    if gap is None:
        return None
    for name, pattern in connectors:
        if pattern.fullmatch(gap) and _closes(text, name, converted, gap):
            return name
    return None


def _closes(text: str, connector: str, converted: Money, gap: str = "") -> bool:
    """True when B ends as its connector requires: a bracket opened before B must close."""
    end = converted.span.end
    if connector == "parentheses" or (connector == "restated" and any(c in gap for c in "([（")):
        return PAREN_CLOSE.match(text, end) is not None
    if connector == "dash":
        return DASH_CLOSE.match(text, end) is not None
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
) -> int:
    """Further conversions listed in the same parentheses: "£100 ($130, €115)"."""
    while index < len(mentions):
        following = mentions[index]
        separator = PAREN_CLOSE.match(text, previous.span.end)
        if separator is None or separator.group("close") in ")]":
            return index
        if separator.end() != following.span.start - len(_hedge_text(text, following)):
            return index
        if not _different_currencies(original, following) or not _closes(
            text, "parentheses", following
        ):
            return index
        found.append(_conversion(original, following, "parentheses"))
        previous = following
        index += 1
    return index


def _hedge_text(text: str, money: Money) -> str:
    """The hedge and spaces written right before a mention ("about "), as in the text."""
    if money.hedge is None:
        return ""
    before = text[: money.span.start]
    stripped = before.rstrip()
    return before[len(stripped) - len(money.hedge) :]


def _conversion(original: Money, converted: Money, connector: str) -> Conversion:
    span = Span(original.span.start, converted.span.end)
    return Conversion(span=span, original=original, converted=converted, connector=connector)
