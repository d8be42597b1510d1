"""The per-language tables are well formed: every language, current codes, documented casing."""

from __future__ import annotations

import functools
import re

import pytest
from babel import Locale
from babel.localedata import locale_identifiers

from figcheck.reading import _currency_data
from figcheck.reading.hedge_kinds import HedgeKind
from figcheck.reading.hedges import HEDGES as ENGLISH_HEDGES
from figcheck.reading.language_tables import (
    CONVERSION_WORDS,
    CURRENCY_NOUNS,
    DEFAULT_READINGS,
    HEDGES,
    LANGUAGES,
    MAGNITUDE_WORDS,
    NOUNS_NEEDING_MAGNITUDE,
)

TABLES: dict[str, dict[str, object]] = {
    "CURRENCY_NOUNS": dict(CURRENCY_NOUNS),
    "DEFAULT_READINGS": dict(DEFAULT_READINGS),
    "HEDGES": dict(HEDGES),
    "CONVERSION_WORDS": dict(CONVERSION_WORDS),
    "MAGNITUDE_WORDS": dict(MAGNITUDE_WORDS),
    "NOUNS_NEEDING_MAGNITUDE": dict(NOUNS_NEEDING_MAGNITUDE),
}


def _surfaces(table: dict[str, object], language: str) -> list[str]:
    entry = table[language]
    assert isinstance(entry, dict | tuple | frozenset)
    return [str(surface) for surface in entry]


@functools.cache
def _cldr_magnitude_words(language: str) -> frozenset[str]:
    """The words of the CLDR compact patterns of every locale of the language."""
    words: set[str] = set()
    for identifier in locale_identifiers():
        if identifier != language and not identifier.startswith(f"{language}_"):
            continue
        locale = Locale.parse(identifier)
        for formats in (locale.compact_decimal_formats, locale.compact_currency_formats):
            for by_plural in formats.values():
                for by_type in by_plural.values():
                    for pattern in by_type.values():
                        for affix in (pattern.prefix[0], pattern.suffix[0]):
                            word = re.sub(r"'([^']*)'", r"\1", affix).replace("¤", "")
                            word = " ".join(word.replace("\xa0", " ").split())
                            if word:
                                words.add(word)
    return frozenset(words)


def _is_abbreviation(word: str) -> bool:
    """Short non-CJK forms ("Mrd", "mln.", "MM") match only in their exact case."""
    return len(word.rstrip(".")) <= 3 and ord(word[0]) < 0x3040


def _same_form(a: str, b: str) -> bool:
    if _is_abbreviation(a) or _is_abbreviation(b):
        return a == b
    return a.lower() == b.lower()


def test_languages_are_the_twenty_one_sorted_codes() -> None:
    assert sorted(LANGUAGES) == list(LANGUAGES)
    assert len(LANGUAGES) == len(set(LANGUAGES)) == 21
    assert "en" not in LANGUAGES


@pytest.mark.parametrize("name", sorted(TABLES))
def test_every_table_has_exactly_the_languages(name: str) -> None:
    assert sorted(TABLES[name]) == sorted(LANGUAGES)


@pytest.mark.parametrize("name", sorted(TABLES))
def test_no_surface_has_surrounding_whitespace(name: str) -> None:
    for language in LANGUAGES:
        for surface in _surfaces(TABLES[name], language):
            assert surface, (name, language)
            assert surface == surface.strip(), (name, language, surface)


@pytest.mark.parametrize(
    "name", ["CURRENCY_NOUNS", "DEFAULT_READINGS", "HEDGES", "CONVERSION_WORDS"]
)
def test_lower_cased_tables_are_lower_case(name: str) -> None:
    for language in LANGUAGES:
        for surface in _surfaces(TABLES[name], language):
            assert surface == surface.lower(), (name, language, surface)


def test_currency_codes_are_current_sorted_and_non_empty() -> None:
    current = _currency_data.current_currencies()
    for language, nouns in CURRENCY_NOUNS.items():
        for surface, codes in nouns.items():
            assert codes, (language, surface)
            assert codes == tuple(sorted(set(codes))), (language, surface)
            assert set(codes) <= current, (language, surface, set(codes) - current)


def test_defaults_are_candidates_of_ambiguous_nouns() -> None:
    current = _currency_data.current_currencies()
    for language, defaults in DEFAULT_READINGS.items():
        for surface, code in defaults.items():
            candidates = CURRENCY_NOUNS[language].get(surface)
            assert candidates is not None, (language, surface)
            assert len(candidates) > 1, (language, surface, "needs no default")
            assert code in candidates, (language, surface, code)
            assert code in current


def test_nouns_needing_a_magnitude_are_currency_nouns() -> None:
    for language, surfaces in NOUNS_NEEDING_MAGNITUDE.items():
        assert surfaces <= CURRENCY_NOUNS[language].keys(), language


def test_hedge_kinds_are_hedge_kinds() -> None:
    for language, hedges in HEDGES.items():
        for hedge, kind in hedges.items():
            assert isinstance(kind, HedgeKind), (language, hedge)


def test_a_hedge_shared_by_languages_has_one_kind() -> None:
    # hedges.hedge_kind looks a phrase up without its language, English first.
    kinds: dict[str, HedgeKind] = dict(ENGLISH_HEDGES)
    for language, hedges in HEDGES.items():
        for hedge, kind in hedges.items():
            assert kinds.setdefault(hedge, kind) is kind, (language, hedge)


def test_conversion_words_are_unique_and_not_hedges() -> None:
    # A hedge after the connector belongs to the restatement, never to the connector.
    for language, words in CONVERSION_WORDS.items():
        assert len(words) == len(set(words)), language
        assert not set(words) & HEDGES[language].keys(), language


def test_magnitude_powers_are_in_range() -> None:
    for language, words in MAGNITUDE_WORDS.items():
        for word, power in words.items():
            assert isinstance(power, int), (language, word)
            assert 3 <= power <= 15, (language, word, power)


@pytest.mark.parametrize("language", LANGUAGES)
def test_magnitude_words_are_not_already_in_cldr(language: str) -> None:
    cldr = _cldr_magnitude_words(language)
    assert cldr, language
    for word in MAGNITUDE_WORDS[language]:
        assert not any(_same_form(word, known) for known in cldr), (language, word)


@pytest.mark.parametrize(
    ("language", "surface", "expected"),
    [
        ("ru", "рублей", ("BYN", "RUB")),
        ("ru", "евро", ("EUR",)),
        ("uk", "гривень", ("UAH",)),
        ("de", "franken", ("CHF",)),
        ("pt", "reais", ("BRL",)),
        ("zh", "人民币", ("CNY",)),
        ("ja", "円", ("JPY",)),
        ("ko", "원", ("KPW", "KRW")),
        ("id", "dolar as", ("USD",)),
        ("id", "rupiah", ("IDR",)),
        ("ar", "جنيه", ("EGP", "FKP", "GBP", "GIP", "SDG", "SHP", "SSP")),
        ("ar", "جنيه استرليني", ("GBP",)),
        ("cs", "korun", ("CZK", "DKK", "ISK", "NOK", "SEK")),
        ("cs", "hřiven", ("UAH",)),
        ("sk", "rubľov", ("BYN", "RUB")),
        ("sk", "kč", ("CZK",)),
        ("ro", "de lei", ("MDL", "RON")),
        ("ro", "forinţi", ("HUF",)),
        ("hu", "forintot", ("HUF",)),
        ("hu", "euróval", ("EUR",)),
        ("hu", "zlotyval", ("PLN",)),
    ],
)
def test_examples(language: str, surface: str, expected: tuple[str, ...]) -> None:
    assert CURRENCY_NOUNS[language][surface] == expected


def test_long_scale_words_come_from_cldr() -> None:
    # pt-BR "bilhão" is 10^9, pt-PT "bilião" 10^12, German "Billion" 10^12: all in CLDR.
    assert {"bilhão", "bilião", "mil milhões"} <= _cldr_magnitude_words("pt")
    assert {"Billion", "Billionen"} <= _cldr_magnitude_words("de")
    assert "兆" not in MAGNITUDE_WORDS["zh"]


def test_new_languages_default_to_their_own_currency() -> None:
    # Czech and Slovak crowns are the Czech koruna, Romanian lei the Romanian leu; every case
    # form has the default of its noun. A Hungarian forint is only ever the forint.
    assert {DEFAULT_READINGS["cs"][noun] for noun in ("koruna", "koruny", "korun", "korunu")} == {
        "CZK"
    }
    assert {DEFAULT_READINGS["sk"][noun] for noun in ("koruna", "koruny", "korún")} == {"CZK"}
    assert {DEFAULT_READINGS["ro"][noun] for noun in ("leu", "lei", "de lei")} == {"RON"}
    hungarian = [noun for noun, codes in CURRENCY_NOUNS["hu"].items() if "HUF" in codes]
    assert {CURRENCY_NOUNS["hu"][noun] for noun in hungarian} == {("HUF",)}


def test_romanian_nouns_are_spelled_both_ways() -> None:
    # ș/ț (comma below) and ş/ţ (cedilla) are different characters; the press writes both.
    nouns = CURRENCY_NOUNS["ro"]
    for comma, cedilla in (("de forinți", "de forinţi"), ("de zloți", "de zloţi")):
        assert nouns[comma] == nouns[cedilla]


def test_hungarian_leaves_out_adjectives_that_are_not_money() -> None:
    # "fontos" is "important", "frankos" names the debtors of Swiss-franc loans.
    assert not {"fontos", "frankos", "koronás"} & CURRENCY_NOUNS["hu"].keys()
