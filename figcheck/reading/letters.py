"""Letters and scripts: the character tests the readers of every language share.

Kept apart from the vocabulary modules so that the lexicon, the magnitude words and the
development-time table builder can all use them without importing one another.
"""

from __future__ import annotations

import unicodedata


def is_cjk(char: str) -> bool:
    """True for Han, kana and Hangul: scripts written without spaces between words."""
    code = ord(char)
    return (
        0x3040 <= code <= 0x30FF  # hiragana, katakana
        or 0x3400 <= code <= 0x9FFF  # Han
        or 0xAC00 <= code <= 0xD7AF  # Hangul syllables
        or 0x1100 <= code <= 0x11FF  # Hangul jamo
        or 0xF900 <= code <= 0xFAFF  # Han compatibility
    )


def has_currency_sign(text: str) -> bool:
    """True when ``text`` holds a currency sign (Unicode category Sc: "$", "€", "₹", "US$")."""
    return any(unicodedata.category(char) == "Sc" for char in text)


def fold_accents(word: str) -> str:
    """ "dólares" → "dolares", "milhões" → "milhoes": Latin letters without their accents, as
    writers without the right keyboard type them. Other scripts are left alone."""
    if word.isascii() or not all(ord(char) < 0x250 or not char.isalpha() for char in word):
        return word
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def fold_case(word: str) -> str:
    """``word`` in lower case, with the letters a case-insensitive match takes for ASCII ones
    ("ſ" for "s", "ı" and "İ" for "i") written as those: a word that a pattern with
    re.IGNORECASE matched ("bıllion", "thouſand") is then a key of an ASCII table."""
    return word.lower().replace("ſ", "s").replace("ı", "i").replace("i\u0307", "i")
