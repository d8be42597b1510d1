"""Hedge words and how far each one widens a stated figure.

A hedge says the writer did not mean the figure exactly. figcheck widens the figure's rounding
interval by the hedge's rule below, so that "about $54m" or "more than $4,000" is never flagged
for honest use; see ``docs/intervals.md`` for the reasoning and the numbers.
"""

from __future__ import annotations

import functools
import re
from decimal import Decimal
from typing import TYPE_CHECKING

from figcheck.intervals import Interval
from figcheck.reading.hedge_kinds import HedgeKind

if TYPE_CHECKING:
    from figcheck.model import Money

HEDGES: dict[str, HedgeKind] = {
    "about": HedgeKind.APPROXIMATE,
    "around": HedgeKind.APPROXIMATE,
    "approximately": HedgeKind.APPROXIMATE,
    "approx.": HedgeKind.APPROXIMATE,
    "roughly": HedgeKind.APPROXIMATE,
    "some": HedgeKind.APPROXIMATE,
    "circa": HedgeKind.APPROXIMATE,
    "c.": HedgeKind.APPROXIMATE,
    "ca.": HedgeKind.APPROXIMATE,
    "~": HedgeKind.APPROXIMATE,
    "an estimated": HedgeKind.APPROXIMATE,
    "estimated": HedgeKind.APPROXIMATE,
    "close to": HedgeKind.BELOW,
    "nearly": HedgeKind.BELOW,
    "almost": HedgeKind.BELOW,
    "just under": HedgeKind.BELOW,
    "just below": HedgeKind.BELOW,
    "just shy of": HedgeKind.BELOW,
    "a little under": HedgeKind.BELOW,
    "a little less than": HedgeKind.BELOW,
    "a bit under": HedgeKind.BELOW,
    "a bit less than": HedgeKind.BELOW,
    "slightly under": HedgeKind.BELOW,
    "slightly less than": HedgeKind.BELOW,
    "just over": HedgeKind.ABOVE,
    "just above": HedgeKind.ABOVE,
    "a little over": HedgeKind.ABOVE,
    "a little more than": HedgeKind.ABOVE,
    "a bit over": HedgeKind.ABOVE,
    "a bit more than": HedgeKind.ABOVE,
    "slightly over": HedgeKind.ABOVE,
    "slightly more than": HedgeKind.ABOVE,
    "less than": HedgeKind.AT_MOST,
    "under": HedgeKind.AT_MOST,
    "below": HedgeKind.AT_MOST,
    "up to": HedgeKind.AT_MOST,
    "at most": HedgeKind.AT_MOST,
    "more than": HedgeKind.AT_LEAST,
    "over": HedgeKind.AT_LEAST,
    "above": HedgeKind.AT_LEAST,
    "at least": HedgeKind.AT_LEAST,
    "upwards of": HedgeKind.AT_LEAST,
    "in excess of": HedgeKind.AT_LEAST,
}

#: How far "nearly"/"just over" reach, as a fraction of the figure.
NEAR_FRACTION = Decimal("0.1")
#: How far "less than"/"more than" reach, as a factor of the figure.
OPEN_FACTOR = Decimal(2)

# A hedge is the last words before a mention: "about", "more than". Searched for only in the
# 24 characters before the mention and anchored at their end, so the cost is bounded.
HEDGE_BEFORE = re.compile(
    r"(?:^|(?<=[\s(\[—–-]))(?P<hedge>"
    + "|".join(re.escape(h) for h in sorted(HEDGES, key=len, reverse=True))
    + r")\s*$",
    re.IGNORECASE,
)


#: Languages written without spaces: a hedge there attaches to the figure ("约4980美元").
UNSPACED_LANGUAGES = frozenset({"zh", "ja", "ko"})


def find_hedge(text: str, end: int, language: str = "en") -> re.Match[str] | None:
    """The hedge that ends at ``end`` in ``text`` (only the few characters before are read).

    Most figures have none: unless the last character before ``end`` (spaces skipped) can end
    a hedge, the pattern is not searched at all.
    """
    floor = max(0, end - 24)
    stop = end
    while stop > floor and text[stop - 1].isspace():
        stop -= 1
    if stop == floor or _last_letter(language).match(text, stop - 1) is None:
        return None
    pattern = HEDGE_BEFORE if language == "en" else _hedge_pattern(language)
    return pattern.search(text, floor, end)


def hedge_before(text: str, position: int, language: str = "en") -> str | None:
    """The hedge written before a figure that starts at ``position``, spaces between them
    skipped ("about" in "about $5", "nearly" in "nearly 40%"), lower-cased; else None."""
    while position > 0 and text[position - 1] in SPACES:
        position -= 1
    found = find_hedge(text, position, language)
    return found.group("hedge").lower() if found else None


def written_hedge(text: str, money: Money) -> str:
    """The hedge and the spaces after it, as written right before a mention ("about ")."""
    if money.hedge is None:
        return ""
    before = text[max(0, money.span.start - 40) : money.span.start]
    stripped = before.rstrip()
    return before[len(stripped) - len(money.hedge) :]


def gap_before_hedge(text: str, start: int, end: int, hedge: str | None) -> str | None:
    """The text between a figure ending at ``start`` and the next, starting at ``end``, without
    that next figure's ``hedge`` ("… (about $5": " (" ), or None when it is longer than
    ``MAX_GAP`` (two figures so far apart are not one claim, and every match stays bounded).
    Direction marks, which right-to-left text writes before a figure ("(\u200f40.55 US$)"),
    are left out, being read as nothing, and the Arabic comma is a comma."""
    gap = text[start:end]
    if len(gap) > MAX_GAP:
        return None
    if not RIGHT_TO_LEFT.isdisjoint(gap):
        gap = gap.translate(_RIGHT_TO_LEFT_GAP)
    if hedge:
        stripped = gap.rstrip()
        if stripped.lower().endswith(hedge):
            gap = stripped[: -len(hedge)]
    return gap


#: The direction marks right-to-left text puts around figures (as ``mentions.MARKS``), and the
#: Arabic comma.
RIGHT_TO_LEFT = frozenset("\u200e\u200f\u061c\u060c")
_RIGHT_TO_LEFT_GAP = str.maketrans({"\u200e": None, "\u200f": None, "\u061c": None, "\u060c": ","})
#: The most characters between two figures that a connector can tie together.
MAX_GAP = 64
#: The spaces written between a hedge and its figure.
SPACES = " \u00a0\u202f"


@functools.cache
def _last_letter(language: str) -> re.Pattern[str]:
    """The characters a hedge of ``language`` can end with, in any case the pattern allows."""
    words = list(HEDGES)
    if language != "en":
        from figcheck.reading.language_tables import HEDGES as LANGUAGE_HEDGES

        words += LANGUAGE_HEDGES.get(language, {})
    last = {word[-1] for word in words}
    return re.compile(f"[{''.join(map(re.escape, sorted(last)))}]", re.IGNORECASE)


@functools.cache
def _hedge_pattern(language: str) -> re.Pattern[str]:
    """English hedges and those of ``language`` (``language_tables.HEDGES``), longest first."""
    from figcheck.reading.language_tables import HEDGES as LANGUAGE_HEDGES

    words = sorted({*HEDGES, *LANGUAGE_HEDGES.get(language, {})}, key=len, reverse=True)
    boundary = r"(?:^|(?<=[\s(\[（—–-]))" if language not in UNSPACED_LANGUAGES else ""
    alternatives = "|".join(re.escape(word) for word in words)
    return re.compile(rf"{boundary}(?P<hedge>{alternatives})\s*$", re.IGNORECASE)


def hedge_within(phrase: str, language: str = "en") -> str | None:
    """The first hedge written as a word of ``phrase`` (a connector such as "约合", "is roughly
    equal to"), lower-cased, else None: a hedge inside the words that tie two amounts
    together widens the restatement as one written before it would."""
    found = _inner_hedge_pattern(language).search(phrase)
    return found.group("hedge").lower() if found else None


@functools.cache
def _inner_hedge_pattern(language: str) -> re.Pattern[str]:
    """The hedges of English and ``language`` as whole words anywhere (inside words too in
    languages written without spaces), longest first."""
    from figcheck.reading.language_tables import HEDGES as LANGUAGE_HEDGES

    words = sorted({*HEDGES, *LANGUAGE_HEDGES.get(language, {})}, key=len, reverse=True)
    alternatives = "|".join(re.escape(word) for word in words)
    if language in UNSPACED_LANGUAGES:
        return re.compile(rf"(?P<hedge>{alternatives})", re.IGNORECASE)
    return re.compile(rf"(?<![\w.])(?P<hedge>{alternatives})(?![\w])", re.IGNORECASE)


@functools.cache
def hedge_kind(hedge: str) -> HedgeKind:
    """The kind of a hedge phrase of any language (English first when two languages differ)."""
    phrase = hedge.lower()
    if phrase in HEDGES:
        return HEDGES[phrase]
    from figcheck.reading.language_tables import HEDGES as LANGUAGE_HEDGES

    tables = (HEDGES, *LANGUAGE_HEDGES.values())
    for table in tables[1:]:
        if phrase in table:
            return table[phrase]
    for table in tables:  # "eſtımated": what re.IGNORECASE matched but str.lower() does not map
        for word, kind in table.items():
            if re.fullmatch(re.escape(word), hedge, re.IGNORECASE):
                return kind
    raise KeyError(hedge)


def widen(rounded: Interval, value: Decimal, granularity: Decimal, hedge: str | None) -> Interval:
    """The interval a hedged figure stands for, given its rounding interval.

    - approximate: one whole unit of the last digit either side ("about 54" → [53, 55]);
    - below / above: down or up by a tenth of the figure ("nearly 4,980" → [4,482, 4,985]);
    - at most / at least: down to half or up to twice the figure
      ("more than 4,000" → [3,500, 8,000]).
    """
    if hedge is None:
        return rounded
    kind = hedge_kind(hedge)
    magnitude = abs(value)
    if kind is HedgeKind.APPROXIMATE:
        return Interval(rounded.low - granularity / 2, rounded.high + granularity / 2)
    if kind is HedgeKind.BELOW:
        return Interval(min(rounded.low, value - magnitude * NEAR_FRACTION), rounded.high)
    if kind is HedgeKind.ABOVE:
        return Interval(rounded.low, max(rounded.high, value + magnitude * NEAR_FRACTION))
    if kind is HedgeKind.AT_MOST:
        return Interval(min(rounded.low, value - magnitude / OPEN_FACTOR), rounded.high)
    return Interval(rounded.low, max(rounded.high, value + magnitude * (OPEN_FACTOR - 1)))
