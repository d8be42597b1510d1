"""Numbers spelled as words where a sum of money begins: "a million dollars", "eine Million
Rubel", "un millón de rublos", "миллион рублей", "fünftausend US-Dollar".

Grammar (per language; the words are ``language_tables.NUMBER_WORDS`` and
``GLUED_MAGNITUDE_WORDS``, English's are ``number_words``)::

    spelled := WORD [GLUED]          "five", "fünf", "fünftausend", "twenty-five"
             | ARTICLE               English "a", "an": a number only before a magnitude word

Only the number is read here, one word (German and Dutch glue a hundred or a thousand to it);
``mentions`` reads the magnitude and the currency after it exactly as after digits, and keeps
the sum only when a currency follows. A word right after a digit ("2 mil millones") belongs to
the figure before it and is not read again.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from decimal import Decimal
from typing import NamedTuple

from figcheck.reading.number_words import TENS, UNITS

#: English words that count only before a magnitude word: "a million dollars".
ARTICLES: dict[str, frozenset[str]] = {"en": frozenset({"a", "an"})}


class Spelled(NamedTuple):
    """A number word: where it stands, its digits and scale ("fünftausend" → 5 × 1,000), and
    whether it counts only before a magnitude word."""

    start: int
    end: int
    digits: Decimal
    scale: Decimal
    article: bool


class _Words(NamedTuple):
    pattern: re.Pattern[str]
    #: The same pattern without re.IGNORECASE, for a lower-case copy of the text (several
    #: times faster, index for index when lowering keeps the length).
    lower: re.Pattern[str]
    values: dict[str, int]
    glued: dict[str, int]
    articles: frozenset[str]


@functools.cache
def _words(language: str) -> _Words | None:
    """The number words of ``language`` and the pattern that finds them, built once."""
    from figcheck.reading.language_tables import GLUED_MAGNITUDE_WORDS, NUMBER_WORDS

    if language == "en":
        compounds = {f"{t}-{u}": TENS[t] + UNITS[u] for t in TENS for u in UNITS if UNITS[u] < 10}
        values = {**UNITS, **TENS, **compounds}
    else:
        values = dict(NUMBER_WORDS.get(language, {}))
    if not values:
        return None
    articles = ARTICLES.get(language, frozenset())
    glued = GLUED_MAGNITUDE_WORDS.get(language, {})
    words = sorted([*values, *articles], key=len, reverse=True)
    tails = "|".join(map(re.escape, sorted(glued, key=len, reverse=True)))
    glue = f"(?P<glued>{tails})?" if tails else ""
    source = rf"(?<![\w-])(?P<word>{'|'.join(map(re.escape, words))}){glue}(?=[ \u00a0])"
    return _Words(re.compile(source, re.IGNORECASE), re.compile(source), values, glued, articles)


def find_spelled(text: str, language: str) -> Iterator[Spelled]:
    """Every number word of ``language`` in ``text`` that a space follows, in order."""
    words = _words(language)
    if words is None:
        return
    lowered = text.lower()
    same = len(lowered) == len(text) and "ı" not in text and "ſ" not in text
    matches = words.lower.finditer(lowered) if same else words.pattern.finditer(text)
    for match in matches:
        if _after_digits(text, match.start()):
            continue
        word = match.group("word").lower()
        glued = match.group("glued") if "glued" in words.pattern.groupindex else None
        value = words.values.get(word, 1)
        if glued:
            value *= words.glued[glued.lower()]
        digits, scale = _split(value)
        yield Spelled(match.start(), match.end(), digits, scale, word in words.articles)


def _after_digits(text: str, start: int) -> bool:
    """True when a digit stands before the word (one space between): "2 mil millones"."""
    before = start - 1 if text[start - 1 : start] in (" ", "\u00a0") else start
    return before > 0 and text[before - 1].isdigit()


def _split(value: int) -> tuple[Decimal, Decimal]:
    """5,000 → (5, 1,000): the digits and the scale, so that the word's rounding is that of
    "5 thousand"."""
    scale = 1
    while value % (scale * 10) == 0:
        scale *= 10
    return Decimal(value // scale), Decimal(scale)
