"""The currency vocabulary: which surfaces name which ISO 4217 currencies.

Built from babel's CLDR data (shipped pre-computed in ``data/currencies.json``, see
``_currency_data``) plus the curated tables below for what CLDR does not carry: colloquial
names ("sterling", "roubles", "quid"), symbols English prose uses without a currency sign
("Rs", "zł", "RM"), and the reading English gives an ambiguous surface by default ("$" is the
US dollar unless the document says otherwise).

Every other language adds to the English lexicon its CLDR display names in all plural forms
(``data/names/<language>.json``, see ``_locale_data``: "российских рублей", "US-Dollar",
"美元") and the bare nouns of ``language_tables.CURRENCY_NOUNS`` ("рублей", "Dollar", "ドル").
Each language's lexicon is built once per process, on first use.
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from figcheck.reading.cldr_data import read_json
from figcheck.reading.letters import fold_accents, has_currency_sign, is_cjk

#: ISO codes that are also everyday English words or acronyms ("TOP 10", "ALL 5"); in English
#: they are read as codes only when written right after the number or glued before it
#: ("5,000 ALL", "ALL5,000"), never as "ALL 5".
CODES_THAT_ARE_WORDS = frozenset(
    {"ALL", "AMD", "BAM", "BOB", "CUP", "GEL", "MAD", "MOP", "PEN", "SOS", "TOP", "TRY", "VES"}
)

#: Letter symbols English prose writes without a currency sign, and what they can mean.
LETTER_SYMBOLS: dict[str, tuple[str, ...]] = {
    "Rs": ("INR", "LKR", "MUR", "NPR", "PKR", "SCR"),
    "Rs.": ("INR", "LKR", "MUR", "NPR", "PKR", "SCR"),
    "kr": ("DKK", "ISK", "NOK", "SEK"),
    "kr.": ("DKK", "ISK", "NOK", "SEK"),
    "zł": ("PLN",),
    "Fr.": ("CHF",),
    "SFr.": ("CHF",),
    "RM": ("MYR",),
    "Rp": ("IDR",),
    "Ksh": ("KES",),
    "TL": ("TRY",),
    "RMB": ("CNY",),
    "Can$": ("CAD",),
    "CDN$": ("CAD",),
    "Aus$": ("AUD",),
    # "655.957 CFA": either CFA franc (CLDR's own signs are "FCFA" for the Central African
    # one and "F CFA" for the West African); the two share one parity to the euro.
    "CFA": ("XAF", "XOF"),
    "F CFA": ("XOF",),  # CLDR writes it with a no-break space; the press with a space
    # The new shekel as Israeli English writes it ("NIS 4.50", "4.50 NIS").
    "NIS": ("ILS",),
    # The legacy currencies' own signs, as German and French prose wrote them before 2002.
    "DM": ("DEM",),
    "FF": ("FRF",),
    # The US dollar as Argentine and Uruguayan prose writes it ("u$s 68", "U$S 1.200").
    "U$S": ("USD",),
    "u$s": ("USD",),
    "U$D": ("USD",),
}

#: Letter symbols of English locales (CLDR) that are too often something else in English prose
#: ("5 RF" radio frequency, "MK 5" a model, "Le" in a French name): not read.
LETTER_SYMBOLS_NOT_READ = frozenset({"Ar", "Le", "MK", "RF", "Rf", "SR", "VT", "CFP"})

#: Currencies that local English writes with a bare "$" although CLDR gives them a qualified
#: symbol everywhere ("HK$"): Hong Kong and Taiwan papers say "$8m" for their own dollar.
BARE_DOLLAR_EXTRAS = ("HKD", "TWD")

#: Qualified symbols English reads as one currency although CLDR lists another for them too
#: ("C$" is also the Nicaraguan córdoba): they count as naming that currency explicitly.
QUALIFIED_READINGS: dict[str, str] = {"C$": "CAD"}

#: Names CLDR does not list: colloquial, older or British spellings, and bare head words.
COLLOQUIAL_NAMES: dict[str, tuple[str, ...]] = {
    "sterling": ("GBP",),
    "pounds sterling": ("GBP",),
    "pound sterling": ("GBP",),
    "quid": ("GBP",),
    "renminbi": ("CNY",),
    "rouble": ("RUB",),
    "roubles": ("RUB",),
    "hryvnias": ("UAH",),
    "hryvnas": ("UAH",),
    "hryvnya": ("UAH",),
    "hryvnyas": ("UAH",),
    "liras": ("TRY",),
    "lire": ("TRY",),
    "zloty": ("PLN",),
    "zlotys": ("PLN",),
    "zlotych": ("PLN",),
    "crowns": ("CZK", "DKK", "ISK", "NOK", "SEK"),
    "reais": ("BRL",),
    "reals": ("BRL",),
    "shekel": ("ILS",),
    "shekels": ("ILS",),
    "greenbacks": ("USD",),
    "euro": ("EUR",),
    "u.s. dollars": ("USD",),
    "u.s. dollar": ("USD",),
    "us dollars": ("USD",),
}

#: Head words that are too often ordinary English words to count on their own.
HEAD_WORDS_TOO_COMMON = frozenset({"real", "mark", "marks", "dram", "drams", "lek", "lev", "som"})

#: The reading English gives an ambiguous surface when the document does not settle it.
ENGLISH_DEFAULTS: dict[str, str] = {
    "$": "USD",
    "dollar": "USD",
    "dollars": "USD",
    "£": "GBP",
    "pound": "GBP",
    "pounds": "GBP",
    "¥": "JPY",
    "￥": "JPY",
    "yen": "JPY",
    "Rs": "INR",
    "Rs.": "INR",
    "rupee": "INR",
    "rupees": "INR",
    "won": "KRW",
    "ruble": "RUB",
    "rubles": "RUB",
    "rouble": "RUB",
    "roubles": "RUB",
    "lira": "TRY",
    "C$": "CAD",
}

#: Currency names that are also units of weight: without a magnitude word, "3 pounds of apples"
#: is a weight, while "5 million pounds of investment" is money.
WEIGHT_NAMES = frozenset({"pound", "pounds"})


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Lookup tables from a surface to its candidate currencies (sorted ISO codes)."""

    codes: frozenset[str]
    word_codes: frozenset[str]
    symbols: dict[str, tuple[str, ...]]
    names: dict[str, tuple[str, ...]]
    adjectives: dict[str, tuple[str, ...]]
    longest_name: int
    longest_cjk_name: int
    symbol_starts: dict[str, tuple[int, ...]]
    symbol_ends: dict[str, tuple[int, ...]]
    name_first_words: frozenset[str]
    needs_magnitude: frozenset[str] = frozenset()
    own_symbols: dict[str, tuple[str, ...]] = dataclasses.field(default_factory=dict)
    #: Symbols whose reading depends on the script ("¥" in Simplified or Traditional Chinese).
    script_symbols: dict[str, dict[str, str]] = dataclasses.field(default_factory=dict)

    def symbol(self, surface: str, *, close: bool = False) -> tuple[str, ...]:
        """Candidates for a symbol or an upper-case ISO code ("US$", "€", "USD").

        ``close``: the surface is glued before the number or follows it, where even a code
        that is also a word ("ALL", "TOP") can only be a currency.
        """
        found = self.symbols.get(surface)
        if found is not None:
            return found
        if surface in self.codes and (close or surface not in self.word_codes):
            return (surface,)
        return ()

    def name(self, words: str) -> tuple[str, ...]:
        """Candidates for a currency name ("russian rubles", "euros"), given lower-cased.

        A name CLDR does not spell that way ("brazilian reais", "israeli shekels") is read as
        its qualifier and head word: the currencies both allow.
        """
        found = self.names.get(words)
        if found is not None:
            return found
        qualifier, _, head = words.partition(" ")
        if qualifier in self.adjectives and head in self.names:
            return tuple(sorted(set(self.adjectives[qualifier]) & set(self.names[head])))
        return ()


def _qualifiers(names: dict[str, set[str]]) -> dict[str, set[str]]:
    """ "brazilian" → BRL, from the first word of every two-word name."""
    qualifiers: dict[str, set[str]] = {}
    for name, codes in names.items():
        words = name.split(" ")
        if len(words) == 2:
            qualifiers.setdefault(words[0], set()).update(codes)
    return qualifiers


def _head_words(names: dict[str, set[str]]) -> dict[str, set[str]]:
    """ "dollars" → every dollar, from the last word of every full name."""
    heads: dict[str, set[str]] = {}
    for name, codes in names.items():
        head = name.rsplit(" ", 1)[-1]
        if head != name and head not in HEAD_WORDS_TOO_COMMON:
            heads.setdefault(head, set()).update(codes)
    return heads


@functools.cache
def lexicon(language: str = "en") -> Lexicon:
    """The currency lexicon of a language, built once per process from the shipped CLDR data.

    Every language's lexicon holds the English one: English names are common in all prose
    about money, and the symbols are the same everywhere.
    """
    english = _english()
    if language == "en":
        return english
    from figcheck.reading.language_tables import (
        CURRENCY_NOUNS,
        ENGLISH_NAMES_NOT_READ,
        NOUNS_NEEDING_MAGNITUDE,
    )

    cldr = _cldr_tables(language)
    unread = ENGLISH_NAMES_NOT_READ.get(language, frozenset())
    names: dict[str, set[str]] = {n: set(c) for n, c in english.names.items() if n not in unread}
    for name, codes in [*cldr["names"].items(), *CURRENCY_NOUNS.get(language, {}).items()]:
        names.setdefault(name, set()).update(codes)
    for name in list(names):
        folded = fold_accents(name)
        if folded != name and folded not in names:
            names[folded] = set(names[name])  # "dolares", "rublos": written without accents
    symbols = {s: set(c) for s, c in english.symbols.items()}
    for symbol, codes in cldr["symbols"].items():
        symbols.setdefault(symbol, set()).update(codes)
    return _assemble(
        english.codes,
        {s: tuple(sorted(c)) for s, c in symbols.items()},
        names,
        english.adjectives,
        word_codes=frozenset(),
        needs_magnitude=WEIGHT_NAMES | NOUNS_NEEDING_MAGNITUDE.get(language, frozenset()),
        own_symbols={s: tuple(c) for s, c in cldr["symbols"].items()},
        script_symbols={
            script: {symbol: codes[0] for symbol, codes in table.items()}
            for script, table in cldr.get("script_symbols", {}).items()
        },
    )


def _cldr_tables(language: str) -> dict[str, Any]:
    """``names``, ``symbols`` and, where scripts differ, ``script_symbols`` of a language."""
    tables: dict[str, Any] | None = read_json(f"names/{language}.json")
    return tables or {"names": {}, "symbols": {}}


@functools.cache
def _english() -> Lexicon:
    raw = read_json("currencies.json")
    symbols: dict[str, set[str]] = {}
    for symbol, codes in raw["symbols"].items():
        if has_currency_sign(symbol):
            symbols.setdefault(symbol, set()).update(codes)
    for symbol, codes in LETTER_SYMBOLS.items():
        symbols.setdefault(symbol, set()).update(codes)
    for symbol, codes in _cldr_tables("en")["symbols"].items():
        if symbol not in LETTER_SYMBOLS_NOT_READ:
            symbols.setdefault(symbol, set()).update(codes)
    symbols["$"].update(BARE_DOLLAR_EXTRAS)
    names: dict[str, set[str]] = {n: set(c) for n, c in raw["names"].items()}
    adjectives = _qualifiers(names)
    for head, codes in _head_words(names).items():
        names.setdefault(head, set()).update(codes)
    for name, codes in COLLOQUIAL_NAMES.items():
        names.setdefault(name, set()).update(codes)
    return _assemble(
        frozenset(raw["codes"]),
        {s: tuple(sorted(c)) for s, c in symbols.items()},
        names,
        {a: tuple(sorted(c)) for a, c in adjectives.items()},
        word_codes=CODES_THAT_ARE_WORDS,
        needs_magnitude=WEIGHT_NAMES,
    )


def _assemble(
    codes: frozenset[str],
    symbols: dict[str, tuple[str, ...]],
    names: dict[str, set[str]] | dict[str, tuple[str, ...]],
    adjectives: dict[str, tuple[str, ...]],
    *,
    word_codes: frozenset[str],
    needs_magnitude: frozenset[str],
    own_symbols: dict[str, tuple[str, ...]] | None = None,
    script_symbols: dict[str, dict[str, str]] | None = None,
) -> Lexicon:
    return Lexicon(
        codes=codes,
        word_codes=word_codes,
        needs_magnitude=needs_magnitude,
        own_symbols=own_symbols or {},
        script_symbols=script_symbols or {},
        symbols=symbols,
        names={n: tuple(sorted(c)) for n, c in names.items()},
        adjectives=adjectives,
        longest_name=max(n.count(" ") + 1 for n in names),
        longest_cjk_name=max((len(n) for n in names if is_cjk(n[0])), default=0),
        symbol_starts=_lengths_by(lambda surface: surface[0], [*symbols, *codes]),
        symbol_ends=_lengths_by(lambda surface: surface[-1], [*symbols, *codes]),
        name_first_words=frozenset(n.split(" ")[0] for n in names) | frozenset(adjectives),
    )


@functools.cache
def with_letter_signs(language: str, signs: tuple[tuple[str, str], ...]) -> Lexicon:
    """The lexicon of ``language`` with ``signs``, (letter, currency) pairs, read as symbols
    before a figure only ("N583"; ``language_tables.LETTER_SIGNS``): they are added to the
    symbols and to the characters a symbol ends with, not to those one starts with, which
    are looked up after a figure ("5 N" is five newtons)."""
    lex = lexicon(language)
    symbols = dict(lex.symbols)
    ends = dict(lex.symbol_ends)
    for letter, code in signs:
        symbols[letter] = (code,)
        ends[letter] = tuple(sorted({*ends.get(letter, ()), len(letter)}, reverse=True))
    return dataclasses.replace(lex, symbols=symbols, symbol_ends=ends)


def _lengths_by(key: Callable[[str], str], surfaces: list[str]) -> dict[str, tuple[int, ...]]:
    """For each first (or last) character, the lengths of the surfaces with it, longest first:
    the only lengths worth looking up where that character stands next to a number."""
    lengths: dict[str, set[int]] = {}
    for surface in surfaces:
        lengths.setdefault(key(surface), set()).add(len(surface))
    return {char: tuple(sorted(found, reverse=True)) for char, found in lengths.items()}


@functools.cache
def _default_readings(language: str) -> dict[str, str]:
    """``language_tables.DEFAULT_READINGS`` of a language, also under accent-free spellings
    ("dolares" as written for "dólares")."""
    from figcheck.reading.language_tables import DEFAULT_READINGS

    readings = DEFAULT_READINGS.get(language, {})
    folded = {fold_accents(word): code for word, code in readings.items()}
    return {**folded, **readings}


def default_reading(
    surface: str,
    candidates: tuple[str, ...],
    territory: str | None,
    language: str = "en",
    script: str | None = None,
) -> str | None:
    """The currency an ambiguous surface means when nothing in the document settles it.

    A territory from the locale ("en_CA") picks its own dollar, and its own currency when that
    is a candidate ("kr" in Swedish text is SEK, "$" with es_MX is MXN); then the language's
    usual reading (``language_tables.DEFAULT_READINGS``: Russian "долларов" → USD), then the
    English one ("$" → USD). Surfaces with no safe default ("kr" in English, "pesos",
    "francs") stay unresolved.
    """
    if len(candidates) == 1:
        return candidates[0]
    if territory is not None:
        from figcheck.reading.locales import territory_currencies

        own = [code for code in territory_currencies(territory) if code in candidates]
        if len(own) == 1:
            return own[0]
    by_script = lexicon(language).script_symbols.get(script or "", {}).get(surface)
    if by_script in candidates:
        return by_script  # "¥" is CNY in Simplified Chinese, JPY in Traditional (CLDR)
    own_symbol = lexicon(language).own_symbols.get(surface, ())
    if len(own_symbol) == 1 and own_symbol[0] in candidates:
        return own_symbol[0]  # "kr" in Swedish is SEK, in Northern Sami NOK (CLDR)
    if language != "en":
        readings = _default_readings(language)
        reading = readings.get(surface.lower())  # accent-free spellings are keys too
        if reading in candidates:
            return reading
    key = surface if surface in ENGLISH_DEFAULTS else surface.lower().rsplit(" ", 1)[-1]
    reading = ENGLISH_DEFAULTS.get(key)
    return reading if reading in candidates else None
