"""Build the currency lexicon from babel's CLDR data, once, at development time.

Reading every CLDR locale to collect currency symbols takes over a second, so the table is
generated ahead of time into ``figcheck/reading/data/currencies.json`` and shipped with the package;
``tests/test_currency_data.py`` fails when the shipped file no longer matches what this module
builds from the installed babel. Regenerate with ``python -m figcheck.reading._currency_data``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

from figcheck.reading.letters import has_currency_sign

DATA_PATH = Path(__file__).parent / "data" / "currencies.json"
#: English locales whose names and symbols are read (spellings differ: rubles/roubles).
ENGLISH_LOCALES = ("en", "en_GB", "en_AU", "en_CA", "en_IN", "en_NZ", "en_SG", "en_ZA", "en_HK")


#: Currencies the euro replaced, read in text although CLDR no longer counts them as current:
#: conversions of old prices ("40.000 D-Mark (20.452 Euro)") are checked against their fixed
#: conversion rates (``figcheck.rates.fixed``). Codes that are also common acronyms next to a
#: number are left out ("ESP32", "CYP2D6", "LVL 50", "MTL", "PTE 79"); so are names whose head
#: word would make a current currency's name ambiguous ("lire" is the Turkish lira's, "pounds"
#: the pound's, "koruna" the Czech one's) or that name something else in a language ("kroon",
#: Dutch for crown; "francs français" would make "Français" a currency).
LEGACY_CODES = (
    "ATS", "BEF", "DEM", "EEK", "FIM", "FRF", "GRD", "HRK", "IEP", "ITL", "LTL", "LUF", "NLG",
    "SIT", "SKK",
)  # fmt: skip
LEGACY_NAMES: dict[str, tuple[str, ...]] = {
    "ATS": ("schilling", "schillings", "austrian schilling", "austrian schillings"),
    "BEF": ("belgian franc", "belgian francs"),
    "DEM": (
        "deutsche mark", "deutsche marks", "deutschmark", "deutschmarks", "german mark",
        "german marks", "d-mark", "d-marks",
    ),
    "EEK": ("kroons", "estonian kroons"),
    "ESP": ("peseta", "pesetas", "spanish peseta", "spanish pesetas"),
    "FIM": ("markka", "markkaa", "markkas", "finnish markka", "finnish markkas"),
    "FRF": ("french franc", "french francs"),
    "GRD": ("drachma", "drachmas", "drachmae", "greek drachma", "greek drachmas"),
    "HRK": ("kuna", "kunas", "croatian kuna", "croatian kunas"),
    "LTL": ("litas", "litai", "lithuanian litas", "lithuanian litai"),
    "LUF": ("luxembourg franc", "luxembourg francs"),
    "LVL": ("lats", "latvian lats"),
    "NLG": ("gulden", "dutch guilder", "dutch guilders"),
    "PTE": ("portuguese escudo", "portuguese escudos"),
    "SIT": ("tolar", "tolars", "slovenian tolar", "slovenian tolars"),
}  # fmt: skip
#: Their signs (Unicode category Sc, so every language reads them).
LEGACY_SYMBOLS: dict[str, tuple[str, ...]] = {"₧": ("ESP",), "₯": ("GRD",)}


def current_currencies() -> set[str]:
    """ISO 4217 codes that are legal tender somewhere today, per CLDR."""
    from babel.core import get_global

    codes: set[str] = set()
    for entries in get_global("territory_currencies").values():
        for code, _start, end, tender in entries:
            if end is None and tender:
                codes.add(code)
    return codes


def _symbols(current: set[str]) -> dict[str, list[str]]:
    """Every symbol (in any locale) that carries a currency sign, or that English uses."""
    from babel import Locale
    from babel.localedata import locale_identifiers

    table: dict[str, set[str]] = {}
    for identifier in locale_identifiers():
        english = identifier == "en" or identifier.startswith("en_")
        for code, symbol in Locale.parse(identifier).currency_symbols.items():
            symbol = symbol.strip("\u200e\u200f")
            if code not in current or symbol == code or "\xa0" in symbol or " " in symbol:
                continue
            if has_currency_sign(symbol) or english:
                table.setdefault(symbol, set()).add(code)
    return {symbol: sorted(codes) for symbol, codes in sorted(table.items())}


def _names(current: set[str]) -> dict[str, list[str]]:
    """English display names, singular and plural, lower-cased, in every English locale."""
    from babel import Locale

    table: dict[str, set[str]] = {}
    for identifier in ENGLISH_LOCALES:
        locale = Locale.parse(identifier)
        plurals = locale._data["currency_names_plural"]
        for code in current:
            forms = {locale.currencies.get(code, "")}
            forms.update(dict(plurals.get(code, {})).values())
            for form in forms:
                if form:
                    table.setdefault(form.lower(), set()).add(code)
    return {name: sorted(codes) for name, codes in sorted(table.items())}


def build() -> dict[str, object]:
    """The lexicon as plain JSON-ready data."""
    import babel

    current = current_currencies()
    return {
        "babel_version": babel.__version__,
        "codes": sorted(current | set(LEGACY_CODES)),
        "symbols": _with_legacy(_symbols(current), LEGACY_SYMBOLS.items()),
        "names": _with_legacy(_names(current), _legacy_names()),
    }


def _legacy_names() -> list[tuple[str, tuple[str, ...]]]:
    return [(name, (code,)) for code, names in LEGACY_NAMES.items() for name in names]


def _with_legacy(
    table: dict[str, list[str]], legacy: Iterable[tuple[str, tuple[str, ...]]]
) -> dict[str, list[str]]:
    """``table`` with the legacy surfaces added (to the codes a surface already has)."""
    merged = {surface: set(codes) for surface, codes in table.items()}
    for surface, codes in legacy:
        merged.setdefault(surface, set()).update(codes)
    return {surface: sorted(codes) for surface, codes in sorted(merged.items())}


def write(path: Path) -> None:
    """Write the lexicon built from the installed babel to ``path``."""
    text = json.dumps(build(), ensure_ascii=False, indent=0, sort_keys=True) + "\n"
    path.write_text(text, encoding="utf-8")


def main() -> None:
    """Regenerate the shipped file."""
    write(DATA_PATH)


if __name__ == "__main__":
    main()
