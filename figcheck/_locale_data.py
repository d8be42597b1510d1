"""Build the per-language number and currency-name tables from babel's CLDR data, at development
time.

Two outputs, shipped with the package so that checking never loads babel:

- ``data/locales.json``: for every CLDR locale, how it writes numbers (decimal symbol, grouping
  symbol, Indian grouping or not); for every language the magnitude words of the compact-decimal
  patterns of all its locales ("Mio." → 10⁶ in German, "万" and "萬" → 10⁴ in Chinese) and its
  likely territory (sv → SE); for every territory the currency in use there (SE → SEK).
- ``data/names/<language>.json``: for every language, the currency display names of all its
  locales, singular and every plural form, lower-cased ("российских рублей" → RUB), and the
  letter symbols its locales write that carry no currency sign ("Kč", "Ft", "元" in Japanese);
  symbols with a currency sign are in ``data/currencies.json`` for every language.

Reading every locale takes a couple of seconds; loading one language's file takes about a
millisecond (numbers in docs/languages.md). ``tests/test_locale_data.py`` fails when the shipped
files no longer match what this module builds. Regenerate with ``python -m figcheck._locale_data``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from figcheck._currency_data import current_currencies
from figcheck.letters import has_currency_sign, is_cjk

DATA_DIR = Path(__file__).parent / "data"
LOCALES_PATH = DATA_DIR / "locales.json"
NAMES_DIR = DATA_DIR / "names"
#: Spaces CLDR uses around a magnitude word or inside a grouped number.
SPACES = " \u00a0\u202f"
#: Direction marks right-to-left locales put around affixes.
MARKS = "\u200e\u200f\u061c"


def _unquote(text: str) -> str:
    """A CLDR pattern affix as written: quotes mark literals ("Mio'.'" → "Mio."), direction
    marks dropped."""
    text = text.replace("''", "\0").replace("'", "").replace("\0", "'")
    return "".join(char for char in text if char not in MARKS).strip(SPACES)


def _style(locale: Any) -> list[Any]:
    """[decimal, group, [primary, secondary]] of the Latin-digit number format of one locale.

    Group sizes are 3 and 3 ("1,234,567"), 3 and 2 in Indian grouping ("12,34,567"); the
    currency pattern's sizes count when they differ (Toki Pona groups money by two).
    """
    symbols = locale.number_symbols["latn"]
    sizes = {tuple(locale.decimal_formats[None].grouping)}
    sizes.add(tuple(locale.currency_formats["standard"].grouping))
    unusual = sorted(sizes - {(3, 3)})
    primary, secondary = unusual[0] if unusual else (3, 3)
    return [symbols["decimal"], symbols["group"], [primary, secondary]]


def _magnitudes(locale: Any) -> dict[str, int]:
    """Magnitude words of the compact-decimal patterns, as powers of ten.

    A pattern "00 Mio." stored under 10,000,000 means the word "Mio." multiplies by 10⁶: the
    key's exponent less the pattern's extra digits. A word given two different powers by the
    patterns of one language is ambiguous there and left out.
    """
    found: dict[str, set[int]] = {}
    for width in ("short", "long"):
        for forms in locale.compact_decimal_formats.get(width, {}).values():
            for key, pattern in forms.items():
                word = _unquote(pattern.suffix[0])
                if not word or _unquote(pattern.prefix[0]):
                    continue
                exponent = len(key) - 1 - (pattern.int_prec[0] - 1)
                found.setdefault(word, set()).add(exponent)
    return {word: powers.pop() for word, powers in sorted(found.items()) if len(powers) == 1}


def build_locales() -> dict[str, Any]:
    """Number styles of every locale, and magnitude words and territory of every language."""
    import babel
    from babel import Locale
    from babel.core import get_global
    from babel.localedata import locale_identifiers

    styles: dict[str, list[str]] = {}
    found: dict[str, dict[str, set[int]]] = {}
    for identifier in sorted(locale_identifiers()):
        locale = Locale.parse(identifier)
        styles[identifier] = _style(locale)
        words = found.setdefault(identifier.split("_")[0], {})
        for word, power in _magnitudes(locale).items():
            words.setdefault(word, set()).add(power)
    magnitudes = {
        language: {word: min(powers) for word, powers in words.items() if len(powers) == 1}
        for language, words in found.items()
    }
    likely = {
        tag: subtags.split("_")[-1]
        for tag, subtags in get_global("likely_subtags").items()
        if tag.split("_")[0] in styles and subtags.split("_")[-1].isupper()
    }
    currencies = {
        territory: tender
        for territory, entries in get_global("territory_currencies").items()
        if (tender := [code for code, _start, end, legal in entries if end is None and legal])
    }
    return {
        "babel_version": babel.__version__,
        "styles": styles,
        "magnitudes": {language: words for language, words in magnitudes.items() if words},
        "likely_territory": likely,
        "territory_currency": currencies,
    }


def _letter_symbol(symbol: str, code: str) -> bool:
    """A symbol of two or more letters (or one Han character) and no currency sign ("Kč",
    "Ft", "元"), not the ISO code."""
    letters = sum(char.isalpha() for char in symbol)
    marked = letters == 1 and len(symbol) > 1 and not symbol[-1].isspace()  # "B/.", "S/"
    enough = letters >= 2 or (letters == 1 and is_cjk(symbol[0])) or marked
    return symbol != code and enough and not has_currency_sign(symbol)


def build_names() -> dict[str, dict[str, dict[str, list[str]]]]:
    """Currency names (display names and plural forms, lower-cased) and letter symbols of
    every language."""
    from babel import Locale
    from babel.localedata import locale_identifiers

    current = current_currencies()
    tables: dict[str, dict[str, set[str]]] = {}
    symbols: dict[str, dict[str, set[str]]] = {}
    for identifier in sorted(locale_identifiers()):
        locale = Locale.parse(identifier)
        language = identifier.split("_")[0]
        table = tables.setdefault(language, {})
        for code, symbol in locale.currency_symbols.items():
            symbol = symbol.strip("\u200e\u200f\u061c")
            spaced = any(space in symbol for space in SPACES)
            if code in current and (_letter_symbol(symbol, code) or spaced):
                symbols.setdefault(language, {}).setdefault(symbol, set()).add(code)
        plurals = locale._data["currency_names_plural"]
        for code in current:
            forms = {locale.currencies.get(code, "")}
            forms.update(dict(plurals.get(code, {})).values())
            for form in forms:
                name = " ".join(form.lower().split())
                if name and name != code.lower():
                    table.setdefault(name, set()).add(code)
    return {
        language: {
            "names": {name: sorted(codes) for name, codes in sorted(table.items())},
            "symbols": {s: sorted(c) for s, c in sorted(symbols.get(language, {}).items())},
        }
        for language, table in sorted(tables.items())
        if table or symbols.get(language)
    }


def _dump(data: object) -> str:
    return json.dumps(data, ensure_ascii=False, indent=0, sort_keys=True) + "\n"


def main() -> None:
    """Regenerate the shipped files."""
    LOCALES_PATH.write_text(_dump(build_locales()), encoding="utf-8")
    NAMES_DIR.mkdir(exist_ok=True)
    for stale in NAMES_DIR.glob("*.json"):
        stale.unlink()
    for language, names in build_names().items():
        (NAMES_DIR / f"{language}.json").write_text(_dump(names), encoding="utf-8")


if __name__ == "__main__":
    main()
