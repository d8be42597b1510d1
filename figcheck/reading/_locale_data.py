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
files no longer match what this module builds. Regenerate with
``python -m figcheck.reading._locale_data``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from figcheck.reading._currency_data import current_currencies
from figcheck.reading.letters import has_currency_sign, is_cjk

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
    scripts = {
        tag: script
        for tag, subtags in get_global("likely_subtags").items()
        if tag.split("_")[0] in styles and (script := _script_of(subtags))
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
        "likely_script": scripts,
        "territory_currency": currencies,
    }


def _letter_symbol(symbol: str, code: str) -> bool:
    """A symbol of two or more letters (or one Han character) and no currency sign ("Kč",
    "Ft", "元"), not the ISO code."""
    letters = sum(char.isalpha() for char in symbol)
    marked = letters == 1 and len(symbol) > 1 and not symbol[-1].isspace()  # "B/.", "S/"
    enough = letters >= 2 or (letters == 1 and is_cjk(symbol[0])) or marked
    return symbol != code and enough and not has_currency_sign(symbol)


def _script_of(tag: str) -> str | None:
    """The script subtag of a full tag ("zh_Hant_HK" → "Hant"), None without one."""
    return next((part for part in tag.split("_")[1:] if len(part) == 4 and part.isalpha()), None)


def _locale_script(identifier: str, likely: dict[str, str]) -> str | None:
    """The script a locale writes: its own subtag, else the likely one of the tag or its
    language ("zh_HK" → "Hant", "zh" → "Hans")."""
    parts = identifier.split("_")
    return _script_of(identifier) or _script_of(likely.get(identifier) or likely.get(parts[0], ""))


def _script_symbols(by_script: dict[str, dict[str, str]]) -> dict[str, dict[str, list[str]]]:
    """Symbols the main locales of a language's scripts write for different currencies ("¥"
    is CNY in Simplified Chinese, JPY in Traditional), for each script, from
    ``{script: {symbol: code}}`` of those main locales (no territory: "zh", "zh_Hant")."""
    meanings: dict[str, set[str]] = {}
    by_script = {
        script: {symbol: code for symbol, code in table.items() if code}
        for script, table in by_script.items()
    }
    for table in by_script.values():
        for symbol, code in table.items():
            meanings.setdefault(symbol, set()).add(code)
    split = {symbol for symbol, codes in meanings.items() if len(codes) > 1}
    return {
        script: {symbol: [table[symbol]] for symbol in sorted(split & set(table))}
        for script, table in sorted(by_script.items())
        if split & set(table)
    }


def build_names() -> dict[str, dict[str, Any]]:
    """Currency names (display names and plural forms, lower-cased) and letter symbols of
    every language."""
    from babel import Locale
    from babel.core import get_global
    from babel.localedata import locale_identifiers

    current = current_currencies()
    likely: dict[str, str] = dict(get_global("likely_subtags"))
    tables: dict[str, dict[str, set[str]]] = {}
    symbols: dict[str, dict[str, set[str]]] = {}
    by_script: dict[str, dict[str, dict[str, str]]] = {}
    for identifier in sorted(locale_identifiers()):
        locale = Locale.parse(identifier)
        language = identifier.split("_")[0]
        table = tables.setdefault(language, {})
        main = locale.territory is None  # "zh", "zh_Hant": a script's own main locale
        script = _locale_script(identifier, likely) or ""
        for code, symbol in locale.currency_symbols.items():
            symbol = symbol.strip("\u200e\u200f\u061c")
            if main and code in current and symbol != code:
                written = by_script.setdefault(language, {}).setdefault(script, {})
                if written.setdefault(symbol, code) != code:
                    written[symbol] = ""  # two currencies in one locale: no reading
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
            **(
                {"script_symbols": scripts}
                if (scripts := _script_symbols(by_script.get(language, {})))
                else {}
            ),
        }
        for language, table in sorted(tables.items())
        if table or symbols.get(language)
    }


def _dump(data: object) -> str:
    return json.dumps(data, ensure_ascii=False, indent=0, sort_keys=True) + "\n"


def write(folder: Path) -> None:
    """Write ``locales.json`` and ``names/*.json`` built from the installed babel into
    ``folder``, replacing the names of languages it no longer has."""
    (folder / LOCALES_PATH.name).write_text(_dump(build_locales()), encoding="utf-8")
    names = folder / NAMES_DIR.name
    names.mkdir(exist_ok=True)
    for stale in names.glob("*.json"):
        stale.unlink()
    for language, table in build_names().items():
        (names / f"{language}.json").write_text(_dump(table), encoding="utf-8")


def main() -> None:
    """Regenerate the shipped files."""
    write(DATA_DIR)


if __name__ == "__main__":
    main()
