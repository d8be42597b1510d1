"""Magnitude words after a number, per language: "5 Mio.", "1,2 Mrd.", "30万", "5억", "2 lakh".

English keeps its own tested grammar (``numbers.PATTERNS["magnitude"]``: "5m", "1.2bn", "3
million"). Every other language reads, in this order of precedence:

1. the documented table ``language_tables.MAGNITUDE_WORDS`` (forms CLDR lacks: "Mio" without
   its dot, "mln", "mld");
2. the words of CLDR's compact-decimal patterns for every locale of the language
   (``locales.magnitude_words``: "Millionen", "Mrd.", "milliards", "万", "억");
3. the English words and abbreviations ("million", "bn") that the language does not give another
   meaning: French "billion" and Swedish "bn" are 10¹², so English's 10⁹ never applies there.

Short abbreviations (three letters or fewer) match in their exact case ("M" but not "m", which
is metres); words match in any case. A magnitude may be glued to the number ("1,5K", "30万",
"5억") or follow one space; Chinese, Japanese and Korean ones may also be glued to the currency
after them ("30万卢布"). Magnitude words written before the number (Swahili "elfu 5") are not
read.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from decimal import Decimal

from figcheck.reading.letters import fold_accents, fold_case, is_cjk
from figcheck.reading.locales import magnitude_words
from figcheck.reading.numbers import MAGNITUDES as ENGLISH_MAGNITUDES
from figcheck.reading.numbers import PATTERNS as NUMBER_PATTERNS
from figcheck.reading.numbers import magnitude_value

#: English forms offered to other languages: words and multi-letter abbreviations only.
ENGLISH_WORDS = {word: value for word, value in ENGLISH_MAGNITUDES.items() if len(word) > 1}


@dataclass(frozen=True, slots=True, eq=False)
class Magnitudes:
    """The magnitude words of one language and the pattern that finds them after a number."""

    language: str
    values: dict[str, Decimal]
    pattern: re.Pattern[str] | None

    def match(self, text: str, position: int) -> tuple[int, Decimal] | None:
        """(end, multiplier) of the magnitude right after ``position``, or None."""
        if self.pattern is None:
            found = NUMBER_PATTERNS["magnitude"].match(text, position)
            return (found.end(), magnitude_value(found)) if found else None
        found = self.pattern.match(text, position)
        if found is None:
            return None
        word = " ".join(next(v for v in found.groupdict().values() if v).split())
        value = self.values.get(word) or self.values.get(word.lower())
        if value is None:
            value = self.values.get(fold_case(word))
        return None if value is None else (found.end(), value)


def _key(word: str) -> str:
    word = " ".join(word.split())
    return word if _is_abbreviation(word) else word.lower()


def _is_abbreviation(word: str) -> bool:
    return len(word.rstrip(".")) <= 3 and not is_cjk(word[0])


def _alternative(word: str) -> str:
    body = r"[ \u00a0\u202f]+".join(re.escape(part) for part in word.split())
    return body if _is_abbreviation(word) or is_cjk(word[0]) else f"(?i:{body})"


@functools.cache
def magnitudes(language: str) -> Magnitudes:
    """The magnitudes of ``language`` ("en", "de", "zh" …), built once per process."""
    if language == "en":
        return Magnitudes("en", dict(ENGLISH_MAGNITUDES), None)
    from figcheck.reading.language_tables import MAGNITUDE_WORDS

    powers: dict[str, int] = {}
    for table in (MAGNITUDE_WORDS.get(language, {}), magnitude_words(language)):
        for word, power in table.items():
            powers.setdefault(_key(word), power)
    for word, power in list(powers.items()):
        powers.setdefault(_key(fold_accents(word)), power)  # "milhoes", "millon"
    taken = {word.lower() for word in powers}
    for word, value in ENGLISH_WORDS.items():
        if word not in taken:
            powers[word] = value.adjusted()
    values = {word: Decimal(10) ** power for word, power in powers.items()}
    cjk = sorted((w for w in powers if is_cjk(w[0])), key=len, reverse=True)
    spaced = sorted((w for w in powers if not is_cjk(w[0])), key=len, reverse=True)
    alternatives = []
    if cjk:
        alternatives.append(f"[ \u00a0]?(?P<cjk>{'|'.join(_alternative(w) for w in cjk)})")
    if spaced:
        words = "|".join(_alternative(w) for w in spaced)
        alternatives.append(f"[ \u00a0\u202f]?(?P<word>{words})(?![^\\W_])")
    return Magnitudes(language, values, re.compile("|".join(alternatives)))
