"""Which language a piece of prose is written in, cheaply and without dependencies.

Only the first ``SAMPLE`` characters are read, so the cost is bounded whatever the input. The
sample is looked at in two stages:

1. **Script.** Every letter is assigned to a script by its code point (fixed ``ord`` ranges, no
   ``unicodedata``), and the script with the most letters wins; Han and kana count together as
   one CJK script. Hangul is Korean; CJK is Japanese when kana make up at least 1 in 20 of its
   letters, else Chinese; Devanagari is Hindi; Arabic script is Arabic unless the letters only
   Persian and Urdu write (پ چ ژ گ ک ی ٹ ڈ ڑ ں ے …) are at least 2 and 1 in 50 of its letters,
   which gives ``None``; Cyrillic is Ukrainian when the letters only
   Ukrainian uses (і ї є ґ) are at least 2, at least 1 in 200 Cyrillic letters and more than
   the letters only Russian uses (ы э ъ ё), else Russian. A non-Latin script needs at least 2
   letters.
2. **Words.** Latin-script prose is split into lower-cased words, and each occurrence of a very
   common function word of a language ("und", "les", "och", …) is one hit for that language (a
   word common to several languages is a hit for each). A distinct word of two or more letters
   with a letter typical of one language (ß, ñ, ã/õ, ł/ą/ę/ż/ś/ź/ń, å, ğ/ş/ı) adds one more hit.
   The leader needs at least 3 hits (or 2 different words when no other language has a hit)
   and 1.5 times the hits of the runner-up. Indonesian shares nearly all its function words
   with Malay, which is not read (Malay groups digits with "," where Indonesian uses "."):
   a text led by Indonesian that has at least as many distinct Malay-only words ("bilion",
   "kerajaan", "peratus") as Indonesian-only ones ("miliar", "pemerintah", "persen") gives
   ``None``.

Anything short of that (empty text, only digits and signs, a tie) gives ``None``: the caller
falls back to its default rather than act on a guess.

>>> detect_language("Der Bund zahlt 300 Euro für jedes Kind, und das ist nicht genug.")
'de'
>>> detect_language("政府は兵士に30万ルーブルを支払う。")
'ja'
>>> detect_language("$4,980") is None
True
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable

__all__ = ["LANGUAGES", "SAMPLE", "detect_language"]

#: How many characters of the text are read; the rest is ignored.
SAMPLE = 20_000

#: Every code ``detect_language`` can return (CLDR language codes).
LANGUAGES: tuple[str, ...] = (
    "en", "de", "fr", "es", "pt", "it", "nl", "pl", "sv", "tr", "ru", "uk", "hi", "zh", "ja", "ko",
    "id", "ar",
)  # fmt: skip

#: Fewest letters of a non-Latin script that are taken as evidence of its language.
MIN_SCRIPT_LETTERS = 2
#: Kana must be at least this share (1 in N) of the CJK letters for Japanese.
KANA_ONE_IN = 20
#: Persian and Urdu letters must be at least this share (1 in N) of the Arabic-script letters
#: for a text not to be read as Arabic ...
PERSIAN_ONE_IN = 50
#: ... and at least this many.
MIN_PERSIAN_LETTERS = 2
#: Ukrainian-only letters must be at least this share (1 in N) of the Cyrillic letters ...
UKRAINIAN_ONE_IN = 200
#: ... and at least this many.
MIN_UKRAINIAN_LETTERS = 2
#: The leading language needs this many word hits (or ``MIN_UNCONTESTED_HITS`` different words
#: when no other language has any hit) ...
MIN_HITS = 3
MIN_UNCONTESTED_HITS = 2
#: ... and this many times the hits of the runner-up.
LEAD_RATIO = 1.5

# Letters by script, as inclusive code point ranges, sorted and not overlapping. Digits, signs
# and punctuation inside a script's block (Devanagari digits and danda, the katakana middle dot
# that Chinese also uses between the parts of a foreign name) are left out.
_RANGES: tuple[tuple[int, int, str], ...] = (
    (0x0041, 0x005A, "latin"),
    (0x0061, 0x007A, "latin"),
    (0x00AA, 0x00AA, "latin"),
    (0x00BA, 0x00BA, "latin"),
    (0x00C0, 0x00D6, "latin"),
    (0x00D8, 0x00F6, "latin"),
    (0x00F8, 0x024F, "latin"),
    (0x0400, 0x0481, "cyrillic"),
    (0x048A, 0x052F, "cyrillic"),
    (0x0620, 0x064A, "arabic"),  # the letters; digits, signs and vowel marks are left out
    (0x066E, 0x066F, "arabic"),
    (0x0671, 0x06D3, "arabic"),
    (0x06D5, 0x06D5, "arabic"),
    (0x06EE, 0x06EF, "arabic"),
    (0x06FA, 0x06FC, "arabic"),
    (0x06FF, 0x06FF, "arabic"),
    (0x0750, 0x077F, "arabic"),
    (0x0900, 0x0963, "devanagari"),
    (0x0970, 0x097F, "devanagari"),
    (0x1100, 0x11FF, "hangul"),
    (0x1E00, 0x1EFF, "latin"),
    (0x3005, 0x3007, "han"),  # 々 〆 〇
    (0x3041, 0x3096, "kana"),
    (0x309D, 0x309F, "kana"),
    (0x30A1, 0x30FA, "kana"),
    (0x30FC, 0x30FF, "kana"),
    (0x3131, 0x318E, "hangul"),
    (0x31F0, 0x31FF, "kana"),
    (0x3400, 0x4DBF, "han"),
    (0x4E00, 0x9FFF, "han"),
    (0xA8E0, 0xA8FF, "devanagari"),
    (0xA960, 0xA97F, "hangul"),
    (0xAC00, 0xD7A3, "hangul"),
    (0xD7B0, 0xD7FF, "hangul"),
    (0xF900, 0xFAFF, "han"),
    (0xFB50, 0xFDFB, "arabic"),  # presentation forms, as some PDFs and old pages encode it
    (0xFE70, 0xFEFC, "arabic"),
    (0xFF21, 0xFF3A, "latin"),
    (0xFF41, 0xFF5A, "latin"),
    (0xFF66, 0xFF9D, "kana"),
    (0xFFA0, 0xFFDC, "hangul"),
    (0x20000, 0x323AF, "han"),
)
_STARTS: tuple[int, ...] = tuple(start for start, _, _ in _RANGES)

_UKRAINIAN_ONLY = frozenset("іїєґІЇЄҐ")
_RUSSIAN_ONLY = frozenset("ыэъёЫЭЪЁ")
# Letters Persian and Urdu write and Arabic does not (پ چ ژ گ ک ی, and Urdu's ٹ ڈ ڑ ں ھ ے ۓ).
_PERSIAN_URDU_ONLY = frozenset(
    "\u067e\u0686\u0698\u06af\u06a9\u06cc\u0679\u0688\u0691\u06ba\u06be\u06d2\u06d3"
)

# Letters, no digits or underscores: one character class repeated, so matching is linear.
_WORD = re.compile(r"[^\W\d_]+")

# Very common function words per language, space-separated, in lower case and as the word
# pattern splits them (the French "l'" and "qu'" are "l" and "qu"). Words that are frequent in
# several of these languages ("de", "en", "a", "in", "se") are left out; a few shared ones are
# listed for each language they are common in, and count for each.
_FUNCTION_WORDS: dict[str, str] = {
    "en": (
        "the and of to is for with that this from by which would will its their been has have "
        "are were was said it be on at not or but than they"
    ),
    "de": (
        "und der die das nicht ist mit für den dem sich auf ein eine einen auch wird werden von "
        "zu im bei nach sind hat als wie über oder aber dass"
    ),
    "fr": (
        "le les et est une des pour dans du au aux sur par pas qui elle ont sont avec été cette "
        "ces plus ce ses leur mais l d qu"
    ),
    "es": (
        "el los las y que por una del al con para su sus más como pero fue ha han está este "
        "esta muy sin también hasta sobre lo"
    ),
    "pt": (
        "o os não uma com para dos das do da em um ao aos nos e mais foi são pelo pela também "
        "seu sua que por como este esta sobre está mas"
    ),
    "it": (
        "il che di della delle degli dei per non sono del una è gli nel nella alla anche più "
        "stato questo questa dal tra ha e al con lo l dell all nell"
    ),
    "nl": (
        "het een van niet zijn voor dat op met ook wordt worden naar bij aan heeft hebben maar "
        "nog deze door uit dan werd te is"
    ),
    "pl": (
        "się nie jest oraz przez który która które że w z do na to od po za jak ale są było "
        "został została tym tego także już dla czy jego"
    ),
    "sv": (
        "och att det för inte som med är på av till om har ett den var vid eller efter sig sin "
        "också blev från när hade skulle mot än"
    ),
    "tr": (
        "ve bir bu için ile olarak daha çok gibi olan ama kadar sonra göre değil ise veya ancak "
        "oldu olduğu tarafından şu ki"
    ),
    "id": (
        "yang dan ke dari ini itu dengan untuk pada adalah dalam tidak akan oleh juga atau "
        "sebagai telah karena tersebut bahwa lebih setelah menjadi masih sudah bisa kata di "
        "tahun hari sebesar sekitar mencapai hingga sebanyak naik turun akan melalui kepada bagi "
        "namun secara seperti jika agar hanya sejak serta bahkan menurut kini pukul lalu dapat "
        "baru akhir nilai tukar"
    ),
}


def _index_words() -> dict[str, tuple[str, ...]]:
    """Map each function word to its languages, so that a word costs one dict look-up."""
    index: dict[str, tuple[str, ...]] = {}
    for language, words in _FUNCTION_WORDS.items():
        for word in words.split():
            index[word] = (*index.get(word, ()), language)
    return index


_WORD_LANGUAGES = _index_words()

# Letters that, among the languages above, (nearly) only one of them writes.
_MARKERS: dict[str, str] = {
    "ß": "de",
    "ñ": "es",
    **dict.fromkeys("ãõ", "pt"),
    **dict.fromkeys("łąężśźń", "pl"),
    "å": "sv",
    **dict.fromkeys("ğşı", "tr"),
}
_MARKER_LETTERS = frozenset(_MARKERS)

# Words written beside figures that only one of the languages above writes: magnitude words
# and currency nouns ("12 miljard euro", "5 Millionen Franken", "300 milhões de reais"). A
# one-sentence text often has too few function words to decide; the words of its figures are
# as telling. Each distinct word adds one hit, like a marker letter.
_FIGURE_WORDS_BY_LANGUAGE: dict[str, str] = {
    "nl": "miljard miljoen biljoen",
    "de": "milliarde milliarden millionen franken rubel",
    "fr": "milliards millions roubles",
    "es": "millones millón rublos",
    "pt": "milhões milhão bilhões bilhão reais",
    "it": "milioni miliardi dollari",
    "pl": "miliardów milionów tysięcy złotych dolarów rubli",
    "sv": "miljarder miljoner kronor",
    "tr": "milyar milyon",
    "id": "miliar triliun juta ribu rupiah rp persen",
}
_FIGURE_WORDS = {
    word: language
    for language, words in _FIGURE_WORDS_BY_LANGUAGE.items()
    for word in words.split()
}


# Words that tell Indonesian from Malay (see the module docstring): Malay spellings and words of
# money prose, and their Indonesian counterparts.
_MALAY_ONLY = frozenset(
    {"bilion", "trilion", "kerana", "bahawa", "selepas", "kerajaan", "wang", "peratus"}
    | {"ialah", "iaitu", "boleh", "semasa"}
)
_INDONESIAN_ONLY = frozenset(
    {"miliar", "triliun", "karena", "bahwa", "setelah", "pemerintah", "uang", "persen"}
    | {"yaitu", "bisa", "saat", "rupiah"}
)


def detect_language(text: str) -> str | None:
    """The CLDR code of the language ``text`` is written in, or None when it cannot tell.

    One of ``LANGUAGES``. Only the first ``SAMPLE`` characters are read.
    """
    if not isinstance(text, str):
        raise TypeError(f"detect_language() takes a str, not {type(text).__name__}")
    sample = text[:SAMPLE]
    chars = Counter(sample)
    letters = _letters_by_script(chars)
    scripts = {
        "latin": letters["latin"],
        "arabic": letters["arabic"],
        "cyrillic": letters["cyrillic"],
        "devanagari": letters["devanagari"],
        "hangul": letters["hangul"],
        "cjk": letters["han"] + letters["kana"],
    }
    script = max(scripts, key=scripts.__getitem__)  # the first listed wins a tie
    if scripts[script] == 0:
        return None
    if script == "latin":
        return _by_words(sample)
    if scripts[script] < MIN_SCRIPT_LETTERS:
        return None
    if script == "cyrillic":
        return _ukrainian_or_russian(chars, letters["cyrillic"])
    if script == "arabic":
        return _arabic(chars, letters["arabic"])
    if script == "cjk":
        return "ja" if letters["kana"] * KANA_ONE_IN >= scripts["cjk"] else "zh"
    return "hi" if script == "devanagari" else "ko"


def _letters_by_script(chars: Counter[str]) -> dict[str, int]:
    """Count letters per script from the character counts.

    Looking up each distinct character once (a binary search over ``_RANGES``) keeps the cost
    at one pass over the sample, done by ``Counter`` in C, plus a few thousand look-ups at most.
    """
    counts = dict.fromkeys(
        ("latin", "arabic", "cyrillic", "devanagari", "hangul", "han", "kana"), 0
    )
    for char, count in chars.items():
        code = ord(char)
        index = bisect_right(_STARTS, code) - 1
        if index >= 0:
            _, end, script = _RANGES[index]
            if code <= end:
                counts[script] += count
    return counts


def _ukrainian_or_russian(chars: Counter[str], cyrillic: int) -> str:
    """Ukrainian when its own letters are clearly there, else Russian.

    і ї є ґ are common in Ukrainian (і is among its most frequent letters) and absent from
    Russian, which has ы э ъ ё instead. A Russian text that names a Ukrainian place once must
    stay Russian, hence a minimum count, a minimum share, and the comparison with the letters
    only Russian writes.
    """
    ukrainian = sum(chars[letter] for letter in _UKRAINIAN_ONLY)
    russian = sum(chars[letter] for letter in _RUSSIAN_ONLY)
    if (
        ukrainian >= MIN_UKRAINIAN_LETTERS
        and ukrainian * UKRAINIAN_ONE_IN >= cyrillic
        and ukrainian > russian
    ):
        return "uk"
    return "ru"


def _arabic(chars: Counter[str], letters: int) -> str | None:
    """Arabic, unless the letters only Persian and Urdu write are clearly there: those
    languages are not read, and their numbers and currencies are not Arabic's."""
    persian = sum(chars[letter] for letter in _PERSIAN_URDU_ONLY)
    if persian >= MIN_PERSIAN_LETTERS and persian * PERSIAN_ONE_IN >= letters:
        return None
    return "ar"


def _by_words(sample: str) -> str | None:
    """Tell Latin-script languages apart by their commonest small words.

    A handful of function words makes up a large share of running prose in each of these
    languages and differs between them, so a short sentence already gives several hits; marker
    letters add evidence once per distinct word, so that a repeated word or stray letter cannot
    outvote the prose.
    """
    hits = dict.fromkeys(_FUNCTION_WORDS, 0)
    distinct = dict.fromkeys(_FUNCTION_WORDS, 0)
    words = Counter(_WORD.findall(sample.lower()))
    for word, count in words.items():
        for language in _WORD_LANGUAGES.get(word, ()):
            hits[language] += count
            distinct[language] += 1
        if len(word) >= 2 and not _MARKER_LETTERS.isdisjoint(word):
            for language in {_MARKERS[letter] for letter in _MARKER_LETTERS.intersection(word)}:
                hits[language] += 1
        figure_language = _FIGURE_WORDS.get(word)
        if figure_language is not None:
            hits[figure_language] += 1
            distinct[figure_language] += 1
    ranked = sorted(hits.values(), reverse=True)
    top, runner_up = ranked[0], ranked[1]
    leader = max(hits, key=hits.__getitem__)
    uncontested = runner_up == 0 and distinct[leader] >= MIN_UNCONTESTED_HITS
    if not (top >= MIN_HITS or uncontested) or top < LEAD_RATIO * runner_up:
        return None
    if leader == "id" and _malay(words.keys()):
        return None
    return leader


def _malay(words: Iterable[str]) -> bool:
    """True when Malay-only words are there and no fewer than Indonesian-only ones."""
    found = set(words)
    malay = len(found & _MALAY_ONLY)
    return malay > 0 and malay >= len(found & _INDONESIAN_ONLY)
