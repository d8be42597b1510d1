"""Two ways to get a language's vocabulary, measured: build it from babel, or load what ships.

Run from anywhere::

    python benchmarks/bench_lexicon.py [--languages de ru ja ...] [--repeat N]

figcheck ships its per-language tables (``figcheck/reading/data/locales.json`` and
``figcheck/reading/data/names/<language>.json``), generated from babel at development time by
``python -m figcheck.reading._locale_data``. The alternative is to build them from babel when
they are first needed and cache them on disk. This script measures, each in a fresh interpreter
so that nothing is warm:

1. building from babel at run time: importing babel and reading, for one language, every CLDR
   locale of it (names, plural forms, symbols); and for all languages at once (what a disk
   cache would be filled with);
2. loading what ships: the English lexicon every language builds on, then, on top of it,
   ``figcheck.reading.currencies.lexicon(language)`` and
   ``figcheck.reading.magnitudes.magnitudes(language)`` from the JSON files;
3. the first ``figcheck.find_money`` call in that language, cold, end to end.

Each figure is the median of ``--repeat`` fresh interpreters, in milliseconds.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

BUILD_ONE = """
import time
t = time.perf_counter()
from babel import Locale
from babel.localedata import locale_identifiers
from figcheck.reading._currency_data import current_currencies
current = current_currencies()
names = {}
for identifier in locale_identifiers():
    if identifier.split("_")[0] != LANGUAGE:
        continue
    locale = Locale.parse(identifier)
    plurals = locale._data["currency_names_plural"]
    for code in current:
        forms = {locale.currencies.get(code, "")} | set(dict(plurals.get(code, {})).values())
        for form in forms:
            if form:
                names.setdefault(form.lower(), set()).add(code)
        locale.currency_symbols.get(code)
print((time.perf_counter() - t) * 1000)
"""
BUILD_ALL = """
import time
t = time.perf_counter()
from figcheck.reading import _locale_data
_locale_data.build_locales()
_locale_data.build_names()
print((time.perf_counter() - t) * 1000)
"""
LOAD_ONE = """
import time
from figcheck.reading.currencies import lexicon
from figcheck.reading.magnitudes import magnitudes
lexicon("en")
t = time.perf_counter()
lexicon(LANGUAGE)
magnitudes(LANGUAGE)
print((time.perf_counter() - t) * 1000)
"""
LOAD_ENGLISH = """
import time
t = time.perf_counter()
from figcheck.reading.currencies import lexicon
lexicon("en")
print((time.perf_counter() - t) * 1000)
"""
FIRST_CALL = """
import time
t = time.perf_counter()
import figcheck
figcheck.find_money("5 EUR", locale=LANGUAGE)
print((time.perf_counter() - t) * 1000)
"""


def _run(code: str, language: str) -> float:
    program = code.replace("LANGUAGE", repr(language))
    result = subprocess.run(
        [sys.executable, "-c", program], capture_output=True, text=True, check=True, cwd=ROOT
    )
    return float(result.stdout.strip())


def _median(code: str, language: str, repeat: int) -> float:
    return statistics.median(_run(code, language) for _ in range(repeat))


def main() -> None:
    """Print one row per language and the cost of building every language."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--languages", nargs="+", default=["en", "de", "fr", "ru", "ja", "ko"])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    print(f"median of {args.repeat} fresh interpreters, milliseconds")
    english = _median(LOAD_ENGLISH, "en", args.repeat)
    print(f"loading the shipped English lexicon (every language's base): {english:.1f} ms")
    print(f"{'language':<10}{'build from babel':>18}{'load shipped':>14}{'first find_money':>18}")
    for language in args.languages:
        build = _median(BUILD_ONE, language, args.repeat)
        load = _median(LOAD_ONE, language, args.repeat)
        first = _median(FIRST_CALL, language, args.repeat)
        print(f"{language:<10}{build:>18.1f}{load:>14.1f}{first:>18.1f}")
    every = _median(BUILD_ALL, "en", max(1, args.repeat // 2))
    print(f"building every language's tables from babel (a disk cache's fill): {every:.0f} ms")


if __name__ == "__main__":
    main()
