"""Build the currency lexicon from babel's CLDR data, once, at development time.

Reading every CLDR locale to collect currency symbols takes over a second, so the table is
generated ahead of time into ``figcheck/reading/data/currencies.json`` and shipped with the package;
``tests/test_currency_data.py`` fails when the shipped file no longer matches what this module
builds from the installed babel. Regenerate with ``python -m figcheck.reading._currency_data``.
"""

from __future__ import annotations

import json
from pathlib import Path

from figcheck.reading.letters import has_currency_sign

DATA_PATH = Path(__file__).parent / "data" / "currencies.json"
#: English locales whose names and symbols are read (spellings differ: rubles/roubles).
ENGLISH_LOCALES = ("en", "en_GB", "en_AU", "en_CA", "en_IN", "en_NZ", "en_SG", "en_ZA", "en_HK")


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
        "codes": sorted(current),
        "symbols": _symbols(current),
        "names": _names(current),
    }


def write(path: Path) -> None:
    """Write the lexicon built from the installed babel to ``path``."""
    text = json.dumps(build(), ensure_ascii=False, indent=0, sort_keys=True) + "\n"
    path.write_text(text, encoding="utf-8")


def main() -> None:
    """Regenerate the shipped file."""
    write(DATA_PATH)


if __name__ == "__main__":
    main()
