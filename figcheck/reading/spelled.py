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

from figcheck.reading.letters import fold_case
from figcheck.reading.number_words import TENS, UNITS
from figcheck.reading.numbers import MAGNITUDES, folded

#: English words that count as one only before a magnitude word: "a million dollars", "that
#: same billion naira", "the million dollars he spent".
ARTICLES: dict[str, frozenset[str]] = {"en": frozenset({"a", "an", "the", "that", "this", "same"})}
#: The starts of the magnitude words an article may stand before, in lower case: every word and
#: abbreviation of ``numbers.MAGNITUDES`` a space may precede ("a million", "a bn").
ARTICLE_MAGNITUDES = frozenset(word.lower() for word in MAGNITUDES if len(word) > 1)


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
    #: times faster, index for index when lowering keeps the length), in two parts: the words
    #: after the character before them (see ``_matches``), and a word at the start of the copy.
    lower: re.Pattern[str]
    first: re.Pattern[str]
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
    words = sorted(values, key=len, reverse=True)
    tails = "|".join(map(re.escape, sorted(glued, key=len, reverse=True)))
    glue = f"(?P<glued>{tails})?" if tails else ""
    spelled = "|".join(map(re.escape, words))
    factored = _factored(words)
    if articles:
        # An article counts only before a magnitude word, so only one with a space and the
        # start of such a word after it is matched (the magnitude itself is read later):
        # "the" and "a" are too common in prose to be matched everywhere.
        heads = "|".join(map(re.escape, sorted(articles, key=len, reverse=True)))
        ahead = "|".join(map(re.escape, sorted(ARTICLE_MAGNITUDES, key=len, reverse=True)))
        led_articles = rf"(?:{heads})(?=[ \u00a0](?:{ahead}))"
        spelled, factored = f"{spelled}|{led_articles}", f"{factored}|{led_articles}"
    source = rf"(?<![\w-])(?P<word>{spelled}){glue}(?=[ \u00a0])"
    led = rf"(?P<word>{factored}){glue}(?=[ \u00a0])"
    return _Words(
        re.compile(source, re.IGNORECASE),
        re.compile(rf"[^\w-]{led}"),
        re.compile(led),
        values,
        glued,
        articles,
    )


def _factored(words: list[str]) -> str:
    """``words`` as one alternation factored by first character, each group in their order:
    without re.IGNORECASE one group at most can match at a position, so the word found is the
    one the plain alternation finds, and the engine tries one group instead of every word."""
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[0], []).append(re.escape(word[1:]))
    return "|".join(f"{re.escape(first)}(?:{'|'.join(rests)})" for first, rests in groups.items())


def find_spelled(text: str, language: str) -> Iterator[Spelled]:
    """Every number word of ``language`` in ``text`` that a space follows, in order."""
    words = _words(language)
    if words is None:
        return
    for match in _matches(text, words):
        start = match.start("word")
        if _after_digits(text, start):
            continue
        word = match.group("word").lower()
        glued = match.group("glued") if words.glued else None
        value = words.values.get(word, 1)
        if glued:
            value *= words.glued.get(glued.lower()) or words.glued[fold_case(glued)]
        digits, scale = _split(value)
        yield Spelled(start, match.end(), digits, scale, word in words.articles)


def _matches(text: str, words: _Words) -> Iterator[re.Match[str]]:
    """The words' matches, on the lower-case copy of ``text`` when there is one.

    There the character before a word (not a word character or a hyphen) is matched, not looked
    behind at: the search then skips with a set test to the characters that can stand before
    a word, which are few (spaces, punctuation), rather than trying the pattern at every
    letter. The match ends where the look-ahead leaves the next word's character before it,
    so the matches are those of the look-behind; a word at the very start has no character
    before it and is matched apart.
    """
    lowered = folded(text)
    if lowered is None:
        yield from words.pattern.finditer(text)
        return
    first = words.first.match(lowered)
    if first is not None:
        yield first
    yield from words.lower.finditer(lowered, first.end() if first else 0)


def _after_digits(text: str, start: int) -> bool:
    """True when a digit stands before the word (one space between): "2 mil millones"."""
    before = start - 1 if text[start - 1 : start] in (" ", "\u00a0") else start
    return before > 0 and text[before - 1].isdigit()


@functools.cache
def _split(value: int) -> tuple[Decimal, Decimal]:
    """5,000 → (5, 1,000): the digits and the scale, so that the word's rounding is that of
    "5 thousand"."""
    scale = 1
    while value % (scale * 10) == 0:
        scale *= 10
    return Decimal(value // scale), Decimal(scale)
