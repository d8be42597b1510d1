"""A coverage-guided fuzz target for figcheck, for runs longer than the test suite's.

``tests/test_fuzz.py`` searches a fixed number of generated examples on every test run; this
target lets libFuzzer (through atheris) search for hours, steered by coverage. It asserts the
same thing: whatever the bytes, ``check``, ``extract``, ``find_money`` and the command line's
path (load a document of any format, check its prose, render the text report) return, or raise
``ConfigError`` for a locale they do not know. Anything else is a crash, saved by libFuzzer as
``crash-<sha1>`` in the working folder.

Run it (atheris is not a figcheck dependency; install it in the same environment)::

    pip install atheris
    mkdir -p /tmp/figcheck-corpus
    python benchmarks/fuzz_atheris.py /tmp/figcheck-corpus -max_total_time=3600 -max_len=4096

Any libFuzzer option may follow: ``-timeout=30`` reports an input that takes longer as a hang,
``-fork=2 -ignore_crashes=1`` keeps searching past a crash already known (each is still saved).
Replay a crash with ``python benchmarks/fuzz_atheris.py crash-<sha1>``.

How bytes become a call: the first byte picks the call (``CALLS``), the second the locale (0:
none, else one of babel's locales), the next three the document date (0: none, else a day from
year 1 to 9999), and the rest is the text, read as UTF-8 with undecodable bytes replaced; in it,
byte 0x01 followed by any byte stands for one of the hostile ``TOKENS``, so that the fuzzer
finds currency words, magnitudes and markup without spelling them out letter by letter.
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache

import figcheck
from figcheck.errors import ConfigError

#: What the fuzzer can write with two bytes: the pieces that make numbers and markup hard.
TOKENS = (
    *("$", "US$", "€", "£", "¥", "₹", "₽", "₩", "R$", "zł", "Rs.", "USD", "EUR", "RUB", "JPY"),
    *("dollars", "euros", "rubles", "рублей", "руб.", "美元", "円", "원", "ريال", "Franken"),
    *("million", "bn", "k", "Mio.", "Mrd.", "млн", "万", "億", "crore", "lakh", "천", "억"),
    *("about", "around", "nearly", "около", "约", "etwa"),
    *(" (", ")", "[", "]", "（", "）", "«", "»", " or ", " equivalent to ", " worth ", " — "),
    *("%", "×", "x", "=", "/", "-", "–", "−", "~", "per cent"),
    *(",", ".", " ", "\u00a0", "\u202f", "'", "٫", "٬"),
    *("\u200f", "\u200e", "\u202e", "\u0301", "\ufeff", "𝟏𝟐", "١٢٣", "１２３"),
    *("1e999", "9" * 400, "0." + "3" * 60, "1,000,000", "200,000", "33,200", "1.234,56"),
    *("\n", "\n\n", "---\n", "+++\n", "date: 2022-10-25\n", "lang: de\n", "```", "> ", "- "),
    *("1. ", "    ", "#", "<!-- figcheck: ignore -->", "&#36;", "&#x110000;", "<p>", "</p>"),
    *("<script>", "<b>", "<!--", "<html lang='ru'>", ".. note::\n\n   ", ".. raw:: html\n\n"),
    *("::\n\n    ", "``", "`", "|sub|", ".. |sub| replace:: $5\n", ":Date: 2022-10-25\n"),
)
#: The calls a first byte can pick (its value modulo the number of calls).
CALLS = ("check", "extract", "find_money", "text", "markdown", "html", "rst")
TOKEN_ESCAPE = 0x01
HEADER = 5


@dataclass(frozen=True, slots=True)
class FuzzCase:
    """One decoded input: which call, with which locale, date and text."""

    call: str
    locale: str | None
    date: dt.date | None
    text: str


@cache
def locales() -> tuple[str, ...]:
    """Every locale babel knows, in a fixed order so that a crash replays."""
    from babel.localedata import locale_identifiers

    return tuple(sorted(locale_identifiers()))


def decode(data: bytes) -> FuzzCase:
    """The call, locale, date and text that ``data`` stands for (see the module docstring)."""
    head = data[:HEADER].ljust(HEADER, b"\0")
    names = locales()
    locale = names[(head[1] - 1) % len(names)] if head[1] else None
    day = int.from_bytes(head[2:5], "big")
    date = dt.date.fromordinal(1 + day % dt.date.max.toordinal()) if day else None
    return FuzzCase(CALLS[head[0] % len(CALLS)], locale, date, expand(data[HEADER:]))


def expand(body: bytes) -> str:
    """UTF-8 text, each 0x01 + byte replaced by a token from ``TOKENS``."""
    parts: list[str] = []
    for index, chunk in enumerate(body.split(bytes([TOKEN_ESCAPE]))):
        if index and chunk:
            parts.append(TOKENS[chunk[0] % len(TOKENS)])
            chunk = chunk[1:]
        parts.append(chunk.decode("utf-8", "replace"))
    return "".join(parts)


def lint_and_render(case: FuzzCase) -> str:
    """What the command line does with one file: load it, check it, render the text report."""
    from figcheck.lint.documents import Format
    from figcheck.lint.reporters import render
    from figcheck.lint.results import RunResult
    from figcheck.lint.settings import Settings
    from figcheck.lint.source import LintOptions, lint_source

    markup = Format(case.call)
    options = LintOptions(date=case.date, locale=case.locale, format=markup)
    result = lint_source(case.text, "fuzz", Settings(), options)
    return render(RunResult(files=(result,)), "text")


def run(case: FuzzCase) -> object:
    """The call ``case`` picks, on its text."""
    calls: dict[str, Callable[[], object]] = {
        "check": lambda: figcheck.check(case.text, date=case.date, locale=case.locale),
        "extract": lambda: figcheck.extract(case.text, locale=case.locale),
        "find_money": lambda: figcheck.find_money(case.text, locale=case.locale),
    }
    return calls.get(case.call, lambda: lint_and_render(case))()


def test_one_input(data: bytes) -> None:
    """The fuzz target: any exception but a refused locale escapes and is a crash."""
    case = decode(data)
    try:
        run(case)
    except ConfigError as error:
        if case.locale is None or "locale" not in str(error):
            raise


def main(argv: Sequence[str] | None = None) -> None:
    """Instrument figcheck and hand the target to libFuzzer with ``argv`` as its options."""
    import atheris  # type: ignore[import-untyped]  # only for long runs, see the docstring

    with atheris.instrument_imports(include=["figcheck"]):
        import figcheck.checking
        import figcheck.lint.files
        import figcheck.lint.markup.html
        import figcheck.lint.markup.markdown
        import figcheck.lint.markup.plain
        import figcheck.lint.markup.rst
        import figcheck.lint.reporters.text  # noqa: F401 -- imported to be instrumented
    atheris.Setup([sys.argv[0], *(sys.argv[1:] if argv is None else argv)], test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
