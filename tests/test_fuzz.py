"""Fuzzing: hostile text, markup and locales never make figcheck raise what it does not document.

The strategies below mix pieces written to confuse a number reader (digit runs, every grouping
separator, currency signs, codes and names in several scripts, magnitude words, hedges,
unbalanced brackets, direction marks, combining marks, astral characters, "1e999") with free
Unicode text, and markup written to confuse the format parsers (unbalanced fences, nested quotes
and lists, odd front matter, unclosed tags, reST directives). For all of it:

- ``check``, ``extract`` and ``find_money`` return, or raise ``ConfigError`` for a locale that
  is not one of CLDR's (the only exception the API documents for a ``str`` text and a
  ``date``), and every span they return lies inside the text;
- ``load_document`` never raises, whatever the markup, and every prose offset maps back into
  the source; the prose then checks like any text;
- the command line ends with 0, 1 or 2, never with a traceback, and an exit 2 comes with one
  error line: on standard error, or in the text report for a file that cannot be read.

The budget is fixed and the examples derandomized, so a run is reproducible and takes well
under a minute. To search longer, set ``FIGCHECK_FUZZ_EXAMPLES`` (examples per property)::

    FIGCHECK_FUZZ_EXAMPLES=20000 pytest -p no:cacheprovider tests/test_fuzz.py

and ``FIGCHECK_FUZZ_SEED`` to draw other examples than the fixed ones (any integer; with a seed
set, examples are random rather than derandomized, and the seed is part of the reproducer). For
runs of hours, ``benchmarks/fuzz_atheris.py`` is a coverage-guided target for the same calls.
"""

from __future__ import annotations

import datetime as dt
import decimal
import functools
import importlib.util
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import TypeVar

import pytest
from babel.localedata import locale_identifiers
from hypothesis import HealthCheck, given, seed, settings
from hypothesis import strategies as st

import figcheck
from figcheck.errors import ConfigError
from figcheck.lint.documents import Document, Format
from figcheck.lint.markup import load_document

ROOT = Path(__file__).resolve().parent.parent
T = TypeVar("T")

# --- Budget ---------------------------------------------------------------------------------

#: Examples per property in the normal run; ``FIGCHECK_FUZZ_EXAMPLES`` raises it for a long run.
EXAMPLES = int(os.environ.get("FIGCHECK_FUZZ_EXAMPLES", "400"))
#: With ``FIGCHECK_FUZZ_SEED`` set, draw random examples from that seed instead of the fixed ones.
SEED = os.environ.get("FIGCHECK_FUZZ_SEED")


def budget(share: float = 1.0) -> Callable[[Callable[..., None]], Callable[..., None]]:
    """The settings of every property: ``share`` of the example budget, no deadline (a slow
    example is a benchmark's business, not a failure here), derandomized unless a seed is set."""

    def apply(test: Callable[..., None]) -> Callable[..., None]:
        configured = settings(
            max_examples=max(1, int(EXAMPLES * share)),
            deadline=None,
            derandomize=SEED is None,
            suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
            database=None,
        )(test)
        return configured if SEED is None else seed(int(SEED))(configured)

    return apply


@pytest.fixture(autouse=True, scope="module")
def default_decimal_context() -> Iterator[None]:
    """Every example runs under Python's default decimal context, whatever ran before, so a
    failure here is about the input alone (a caller's own context is tested on its own)."""
    with decimal.localcontext(decimal.DefaultContext):
        yield


# --- Hostile pieces of prose ----------------------------------------------------------------

SEPARATORS = (",", ".", " ", "\u00a0", "\u202f", "'", "’", "٫", "٬", "_")
CURRENCY_SIGNS = ("$", "US$", "C$", "A$", "HK$", "R$", "€", "£", "¥", "₹", "₽", "₩", "₪", "฿")
CURRENCY_SIGNS_MORE = ("₺", "₴", "₦", "₱", "₫", "zł", "Kč", "kr", "Fr.", "₨", "Rs", "Rs.", "﷼")
CURRENCY_CODES = ("USD", "EUR", "GBP", "JPY", "RUB", "INR", "CNY", "CHF", "KRW", "XXX", "XAU")
CURRENCY_NAMES = (
    "dollars",
    "dollar",
    "euros",
    "pounds",
    "rubles",
    "roubles",
    "yen",
    "rupees",
    "рублей",
    "руб.",
    "долларов",
    "евро",
    "美元",
    "人民币",
    "元",
    "円",
    "日元",
    "원",
    "달러",
    "ドル",
    "Euro",
    "Franken",
    "dólares",
    "دولار",
    "ريال",
    "שקלים",
    "ดอลลาร์",
)
MAGNITUDES = (
    "million",
    "millions",
    "billion",
    "thousand",
    "trillion",
    "m",
    "mn",
    "bn",
    "k",
    "K",
    "Mio.",
    "Mrd.",
    "Md",
    "тыс.",
    "млн",
    "млрд",
    "万",
    "億",
    "亿",
    "千",
    "百万",
    "crore",
    "crores",
    "lakh",
    "lakhs",
    "천",
    "만",
    "억",
)
HEDGES = ("about", "around", "nearly", "some", "approximately", "около", "примерно", "约", "大约")
BRACKETS = ("(", ")", "[", "]", "（", "）", "{", "}", "«", "»", "“", "”", '"', "'", "((", "))")
CONNECTORS = (" or ", " i.e. ", " equivalent to ", " worth ", " which is ", " converted ", "—")
OPERATORS = ("%", "٪", "‰", " percent", " per cent", "x", "×", "=", "/", "-", "–", "−", "+", "~")
MARKS = ("\u200f", "\u200e", "\u200b", "\u202e", "\u2066", "\ufeff", "\u0301", "\u0308", "\u20dd")
EXOTIC_DIGITS = ("٣", "۵", "७", "১", "๓", "１２３", "𝟏𝟐", "½", "²", "Ⅻ", "〇")
NUMBER_WORDS = ("1e999", "1E-999", "9.99e+308", "1e99999999", "NaN", "Infinity", "inf", "-0")
NUMBER_WORDS_MORE = ("0x1F", "1_000", "1..2", ",5", "5,", "1,2,3", "00000", "-.5", "+-5")
WORDS = ("The prize is", "rubles", "and", "to", "from", "between", "per", "a", "was", ".", "\n")

#: Free text: any character but surrogates (never in a ``str`` read from a file).
FREE_CHARACTERS = st.characters(exclude_categories=["Cs"])
ASTRAL_CHARACTERS = st.characters(min_codepoint=0x10000, max_codepoint=0x10FFFF)


def digit_runs() -> st.SearchStrategy[str]:
    """Numbers as figcheck rarely sees them: long, grouped oddly, with many decimals."""
    digits = st.text("0123456789", min_size=1, max_size=12)
    long_run = st.integers(1, 3000).map(lambda n: "9" * n)
    grouped = st.builds(
        lambda head, groups, separator: separator.join([head, *groups]),
        st.text("0123456789", min_size=1, max_size=3),
        st.lists(st.sampled_from(("000", "123", "999", "00", "0000", "5")), max_size=8),
        st.sampled_from(SEPARATORS),
    )
    decimals = st.builds(
        lambda whole, places, point: f"{whole}{point}{places}",
        st.text("0123456789", min_size=1, max_size=4),
        st.text("0123456789", min_size=1, max_size=60),
        st.sampled_from((".", ",", "٫")),
    )
    return st.one_of(digits, long_run, grouped, decimals)


def hostile_pieces() -> st.SearchStrategy[str]:
    """One piece of hostile prose; texts are runs of these."""
    return st.one_of(
        digit_runs(),
        st.sampled_from(SEPARATORS),
        st.sampled_from(CURRENCY_SIGNS + CURRENCY_SIGNS_MORE),
        st.sampled_from(CURRENCY_CODES + CURRENCY_NAMES),
        st.sampled_from(MAGNITUDES),
        st.sampled_from(HEDGES),
        st.sampled_from(BRACKETS),
        st.sampled_from(CONNECTORS + OPERATORS),
        st.sampled_from(MARKS + EXOTIC_DIGITS),
        st.sampled_from(NUMBER_WORDS + NUMBER_WORDS_MORE + WORDS),
        st.text(FREE_CHARACTERS, max_size=8),
        st.text(ASTRAL_CHARACTERS, min_size=1, max_size=3),
    )


def hostile_texts(max_pieces: int = 40) -> st.SearchStrategy[str]:
    """Hostile pieces run together, with or without a space between them."""
    joined = st.tuples(hostile_pieces(), st.sampled_from(("", " ", " ", "\u00a0")))
    return st.lists(joined, max_size=max_pieces).map(
        lambda parts: "".join(piece + gap for piece, gap in parts)
    )


def nested_brackets() -> st.SearchStrategy[str]:
    """A figure inside brackets that may not close: "(((( $5 (€4) ))"."""
    return st.builds(
        lambda opened, closed, inner: "(" * opened + inner + ")" * closed,
        st.integers(0, 60),
        st.integers(0, 60),
        st.sampled_from(("$5 (€4)", "$1", "200,000 rubles ($3,320)", "(", "€", "")),
    )


def amounts() -> st.SearchStrategy[str]:
    """Something shaped like money, each part hostile: "около ¥1e999 млрд", "$ 9 999,5 lakh"."""
    optional = st.sampled_from
    return st.builds(
        lambda hedge, sign, number, magnitude, name: f"{hedge}{sign}{number}{magnitude}{name}",
        st.one_of(st.just(""), optional(HEDGES).map(lambda hedge: hedge + " ")),
        st.one_of(st.just(""), optional(CURRENCY_SIGNS + CURRENCY_SIGNS_MORE + CURRENCY_CODES)),
        st.one_of(digit_runs(), optional(NUMBER_WORDS + EXOTIC_DIGITS)),
        st.one_of(st.just(""), optional(MAGNITUDES).map(lambda word: " " + word)),
        st.one_of(st.just(""), optional(CURRENCY_CODES + CURRENCY_NAMES).map(lambda n: " " + n)),
    )


def claims() -> st.SearchStrategy[str]:
    """Amounts joined the way claims join them: conversions, ranges, changes, shares, totals."""
    joins = st.sampled_from(
        (
            " ({}) ",
            "{} ",
            " or {}",
            ", the equivalent of {},",
            " — {} — ",
            "-{}",
            " to {}",
            " and {}, a total of ",
            " rose 12% to {}",
            " of which {} ",
            " is 3 times {}",
            " = {}",
            " / {}",
            " × {}",
        )
    )
    step = st.tuples(joins, amounts()).map(lambda pair: pair[0].format(pair[1]))
    return st.builds(
        lambda first, rest: first + "".join(rest), amounts(), st.lists(step, max_size=6)
    )


TEXTS = st.one_of(
    hostile_texts(),
    nested_brackets(),
    st.lists(st.one_of(claims(), hostile_pieces()), max_size=12).map(" ".join),
)
#: Every locale babel knows, a few spellings of them, a few that are not locales, and None.
LOCALE_NAMES = sorted(locale_identifiers())
LOCALES = st.one_of(
    st.none(),
    st.sampled_from(LOCALE_NAMES),
    st.sampled_from(LOCALE_NAMES).map(lambda name: name.replace("_", "-")),
    st.sampled_from(("", "EN", "en_us", "xx", "en_US.UTF-8", "../de", "de_DE@euro", "root", "und")),
)
DATES = st.one_of(
    st.none(),
    st.dates(),
    st.sampled_from((dt.date.min, dt.date.max, dt.date(1999, 1, 4), dt.date(2022, 10, 25))),
)


#: CLDR's locales as babel spells them and with hyphens: never refused.
CLDR_LOCALES = frozenset(LOCALE_NAMES) | {name.replace("_", "-") for name in LOCALE_NAMES}


def allowing_unknown_locale(call: Callable[[], T], locale: str | None) -> T | None:
    """The result of ``call``, or None when it refused a ``locale`` that is not CLDR's with the
    documented error."""
    try:
        return call()
    except ConfigError as error:
        if not locale or locale in CLDR_LOCALES or "locale" not in str(error):
            raise
        return None


def assert_inside(text: str, spans: list[figcheck.Span]) -> None:
    """Every span is a real range of ``text``."""
    for span in spans:
        assert 0 <= span.start <= span.end <= len(text), (span, len(text))


@budget()
@given(text=TEXTS, date=DATES, locale=LOCALES)
def test_check_raises_only_for_an_unknown_locale(
    text: str, date: dt.date | None, locale: str | None
) -> None:
    """Guards the whole engine (reading, claims, every rule, reference rates at any date)."""
    report = allowing_unknown_locale(lambda: figcheck.check(text, date=date, locale=locale), locale)
    if report is not None:
        assert report.text == text
        assert_inside(text, [finding.span for finding in report.findings])
        assert_inside(text, [claim.span for claim in report.claims])


@pytest.mark.parametrize("date", [dt.date.min, dt.date(1, 1, 5)], ids=str)
def test_check_on_the_first_days_of_the_calendar(date: dt.date) -> None:
    """Guards the reference look-up at the calendar's edge: no rate, no exception."""
    report = figcheck.check("$5 (€4) and $5 (€40)", date=date)
    assert "FC401" in [finding.code for finding in report.findings]


@budget()
@given(text=TEXTS, precision=st.integers(1, 8), trapped=st.booleans())
def test_the_callers_decimal_context_never_changes_a_report(
    text: str, precision: int, trapped: bool
) -> None:
    """Guards figcheck's private decimal context: a hostile one outside changes nothing."""
    expected = figcheck.check(text, date=dt.date(2022, 10, 25))
    traps = [decimal.Inexact, decimal.Rounded] if trapped else []
    with decimal.localcontext(decimal.Context(prec=precision, Emax=10, Emin=-10, traps=traps)):
        report = figcheck.check(text, date=dt.date(2022, 10, 25))
    assert report == expected


@budget()
@given(text=TEXTS, locale=LOCALES)
def test_extract_raises_only_for_an_unknown_locale(text: str, locale: str | None) -> None:
    """Guards claim extraction: connectors, brackets, ranges and hedges around any figure."""
    claims = allowing_unknown_locale(lambda: figcheck.extract(text, locale=locale), locale)
    assert_inside(text, [claim.span for claim in claims or []])


@budget()
@given(text=TEXTS, locale=LOCALES)
def test_find_money_raises_only_for_an_unknown_locale(text: str, locale: str | None) -> None:
    """Guards the number reader and currency resolution; each mention is where it says."""
    mentions = allowing_unknown_locale(lambda: figcheck.find_money(text, locale=locale), locale)
    for money in mentions or []:
        assert_inside(text, [money.span])
        assert money.span.slice(text) == money.text


# --- Hostile markup -------------------------------------------------------------------------

#: How deep generated lists, quotes and directives nest: past markdown-it's limit of 20 and the
#: 50 indentation levels after which reST lines are read as plain paragraphs.
MAX_DEPTH = 60

FRONT_MATTER_LINES = (
    "date: 2022-10-25",
    "date: 2022-02-30",
    "date: '2022-10-25T08:00:00+25:99'",
    "date: [",
    "date:",
    "date = 1e999",
    "lang: de",
    "lang: xx-Bogus",
    "locale: 'fr-CH'",
    'language = "ja"',
    "lang: {",
    ": : :",
    "- - -",
    "title: 'unclosed",
    "  nested: {a: [b, {c: }",
    "? complex key",
    "&anchor *alias",
    "!!binary |",
)
MARKDOWN_PIECES = (
    "```",
    "~~~",
    "```python",
    "    code",
    "#",
    "## ",
    "---",
    "***",
    "=====",
    "| a | $5 |",
    "|---|---|",
    "[link](http://example.com/$5)",
    "![img](",
    "[^1]",
    "[^1]: $5",
    "<https://",
    "<!-- figcheck: ignore -->",
    "<!-- figcheck: ignore FC103 -->",
    "<!-- figcheck: ignore-file -->",
    "<!--",
    "-->",
    "<div>",
    "</div>",
    "`",
    "``",
    "**",
    "_",
    "&#36;",
    "&amp;",
    "&#x110000;",
    "&#99999999999;",
    "&bogus;",
    "\\",
    "$$",
    "\t",
)
HTML_PIECES = (
    "<p>",
    "</p>",
    "<div",
    ">",
    "<b>",
    "</i>",
    "<script>",
    "</script>",
    "<style>",
    "<!--",
    "-->",
    "<![CDATA[",
    "]]>",
    '<html lang="de">',
    "<html lang='xx-Bogus'>",
    '<meta name="date" content="2022-10-25">',
    '<meta name="date" content="2022-13-45">',
    '<time datetime="1e999">',
    "&nbsp;",
    "&#36;",
    "&#x20AC;",
    "&#0;",
    "&#xD800;",
    "&#1114112;",
    "&",
    "<",
    "<pre>",
    "<code>",
    "<br/>",
    "<table><tr><td>",
    '<a href="',
    '"',
    "<!DOCTYPE html>",
    "<?xml version='1.0'?>",
    "<svg><text>",
    "</",
    "<textarea>",
    "<title>",
    "<template>",
    "<!-- figcheck: ignore -->",
)
RST_PIECES = (
    ".. ",
    ".. code-block:: python\n\n   ",
    ".. note::\n\n   ",
    ".. figure:: x.png\n\n   ",
    ".. raw:: html\n\n   ",
    ".. include:: /etc/hostname",
    ".. csv-table::\n   :url: http://127.0.0.1:9/x.csv\n",
    ".. |sub| replace:: $5",
    "|sub|",
    ".. _target:",
    "`text <http://x>`_",
    "``code``",
    ":math:`1`",
    ":unknown-role:`x`",
    "=====",
    "-----",
    "Title\n=====\n",
    "::\n\n    ",
    "* ",
    "#. ",
    "| ",
    "+---+---+\n| a | b |\n+---+---+\n",
    "+---+\n| $5 (€4)\n",
    ":Date: 2022-10-25",
    ":date: 2022-99-99",
    ".. figcheck: ignore",
    "..\n   ",
    "*",
    "**",
    "`",
    "_",
    "[1]_",
    ".. [1] ",
    ">>> ",
    "\\",
)


def fenced(fence: str, lines: list[str], closed: bool) -> str:
    """A front matter block: its fence, its lines, and its closing fence unless not ``closed``."""
    closing = ("..." if fence == "---" else fence) + "\n" if closed else ""
    return fence + "\n" + "".join(line + "\n" for line in lines) + closing


def front_matter() -> st.SearchStrategy[str]:
    """A YAML or TOML block at the start, closed or not, with odd YAML-ish lines."""
    line = st.one_of(st.sampled_from(FRONT_MATTER_LINES), st.text(FREE_CHARACTERS, max_size=12))
    return st.builds(fenced, st.sampled_from(("---", "+++")), st.lists(line), st.booleans())


def markup_lines(
    pieces: tuple[str, ...], prefixes: st.SearchStrategy[str]
) -> st.SearchStrategy[str]:
    """Lines of markup pieces and hostile prose, each after a nesting prefix."""
    piece = st.one_of(st.sampled_from(pieces), hostile_pieces(), claims())
    line = st.builds(
        lambda prefix, parts: prefix + " ".join(parts),
        prefixes,
        st.lists(piece, max_size=8),
    )
    return st.lists(line, max_size=20).map("\n".join)


def markdown_prefixes() -> st.SearchStrategy[str]:
    """Nested quotes and lists, up to ``MAX_DEPTH`` deep: "> > - ", "    1. "."""
    depth = st.integers(0, MAX_DEPTH)
    return st.one_of(
        depth.map(lambda d: "> " * d),
        depth.map(lambda d: "  " * d + "- "),
        depth.map(lambda d: "   " * d + "1. "),
        st.lists(st.sampled_from(("> ", "- ", "* ", "1. ", "  ")), max_size=MAX_DEPTH).map("".join),
    )


def rst_prefixes() -> st.SearchStrategy[str]:
    """Indentation (directive bodies, block quotes) and nested bullets, ``MAX_DEPTH`` deep."""
    depth = st.integers(0, MAX_DEPTH)
    return st.one_of(depth.map(lambda d: "   " * d), depth.map(lambda d: "  " * d + "* "))


def markdown_sources() -> st.SearchStrategy[str]:
    return st.builds(
        lambda head, body: head + body,
        st.one_of(st.just(""), front_matter()),
        markup_lines(MARKDOWN_PIECES, markdown_prefixes()),
    )


def html_sources() -> st.SearchStrategy[str]:
    return markup_lines(HTML_PIECES, st.sampled_from(("", " ", "\t")))


def rst_sources() -> st.SearchStrategy[str]:
    return markup_lines(RST_PIECES, rst_prefixes())


def text_sources() -> st.SearchStrategy[str]:
    return markup_lines(MARKDOWN_PIECES + HTML_PIECES + RST_PIECES, st.just(""))


SOURCES: dict[Format, st.SearchStrategy[str]] = {
    Format.MARKDOWN: markdown_sources(),
    Format.HTML: html_sources(),
    Format.RST: rst_sources(),
    Format.TEXT: text_sources(),
}
PATHS = {Format.MARKDOWN: "doc.md", Format.HTML: "doc.html", Format.RST: "doc.rst"}


def assert_maps_into_source(document: Document) -> None:
    """Every prose offset has a place in the source, so a finding can always be located: a
    character read from the source maps onto a source character, and a break the parser
    inserted between blocks at worst onto the end of the source."""
    for offset, character in enumerate(document.prose):
        origin = document.source_map.to_source(offset)
        end = len(document.source) if character.isspace() else len(document.source) - 1
        assert 0 <= origin <= end, (offset, character, origin)


@pytest.mark.parametrize("markup", list(Format), ids=str)
@budget(share=0.5)
@given(data=st.data())
def test_markup_loads_and_checks_without_raising(markup: Format, data: st.DataObject) -> None:
    """Guards each format's parser and source map on malformed input, then the engine on the
    prose it keeps, with the date and language the document declares."""
    source = data.draw(SOURCES[markup], label="source")
    document = load_document(source, PATHS.get(markup, "doc.txt"), markup)
    assert document.format is markup
    assert_maps_into_source(document)
    report = figcheck.check(document.prose, date=document.date, locale=document.locale)
    assert_inside(document.prose, [finding.span for finding in report.findings])


# --- The command line -----------------------------------------------------------------------

LONG_LINE = "The prize is 200,000 rubles ($33,200) and 100,000 rubles ($1,660). " * 40
#: (name, file suffix, content, extra arguments): hostile inputs for the real command line.
CLI_EXAMPLES: tuple[tuple[str, str, str | bytes, tuple[str, ...]], ...] = (
    ("slip", ".txt", "It pays 300,000 rubles ($4,980) and 200,000 rubles ($33,200).\n", ()),
    ("long line", ".txt", LONG_LINE, ("--date", "2022-10-25")),
    ("huge exponent", ".txt", "It costs $1e999 (€1e-999) or 9" * 3 + "9" * 2000 + " yen.", ()),
    ("brackets", ".md", "(" * 60 + "$5 (€4" + ")" * 3 + "\n", ()),
    ("astral", ".txt", "𝟏𝟐 $\U0001f4b05 (\u200f€4\u0301) 1\u202f234 ₹ 3 lakh 約 5億円\n", ()),
    ("front matter", ".md", "---\ndate: [\nlang: xx\n---\n> > - $5 (€40)\n```\n$1 (€9)\n", ()),
    ("unclosed html", ".html", "<html lang='de'><p>1.234 € (<b>$1.400<script>$9 (€1)", ()),
    ("rst directives", ".rst", ".. note::\n\n   $5 (€40)\n\n.. include:: /etc/hostname\n", ()),
    ("rtl", ".txt", "\u200f١٢٣ دولار (٤٥ ريال)\u200f\n", ("--locale", "ar")),
    ("mixed locale", ".txt", "1.234,56 € (1 500 $) около 5 млн руб.", ("--locale", "ru")),
    ("unknown locale", ".txt", "$5 (€4)\n", ("--locale", "xx_Bogus")),
    ("bad date", ".txt", "$5 (€4)\n", ("--date", "2022-02-30")),
    ("ancient date", ".txt", "$5 (€4) and $5 (€40)\n", ("--date", "0001-01-06")),
    ("not utf-8", ".txt", b"It costs \xff\xfe $5 (\x80 4)\n", ()),
    ("binary", ".md", b"$5 (\x00\x01\x02)\n", ()),
)


def run_figcheck(
    arguments: list[str], stdin: bytes | None, folder: Path
) -> subprocess.CompletedProcess[bytes]:
    """The real command line in a fresh interpreter, in ``folder`` so that no configuration
    file around the repository applies; the timeout only catches a hang."""
    return subprocess.run(
        [sys.executable, "-m", "figcheck", "check", *arguments],
        input=stdin,
        capture_output=True,
        cwd=folder,
        timeout=120,
        check=False,
    )


def assert_clean_exit(completed: subprocess.CompletedProcess[bytes]) -> None:
    """Exit 0, 1 or 2, no traceback; an exit 2 explains itself in one line.

    The line is on standard error (after argparse's usage, for a usage error), except for a file
    that cannot be read: the text report lists it in its place, ``path: error: reason``.
    """
    stderr = completed.stderr.decode("utf-8", "replace")
    assert completed.returncode in {0, 1, 2}, stderr
    assert "Traceback" not in stderr, stderr
    if completed.returncode == 2:
        errors = error_lines(stderr) or error_lines(completed.stdout.decode("utf-8", "replace"))
        assert len(errors) == 1, (stderr, completed.stdout)


def error_lines(output: str) -> list[str]:
    """The lines of ``output`` that state an error, usage lines left out."""
    lines = output.splitlines()
    usage = next((i for i, line in enumerate(lines) if line.startswith("usage: ")), None)
    if usage is not None:  # argparse: "usage: …", indented continuations, then the error
        lines = [line for line in lines[usage + 1 :] if not line.startswith(" ")]
    return [line for line in lines if ": error: " in line]


def as_bytes(content: str | bytes) -> bytes:
    return content.encode("utf-8") if isinstance(content, str) else content


#: A traceback the command line once printed: a reference look-up stepped back before year 1.
CLI_KNOWN_CRASHES = [
    pytest.param(".txt", "$5 (€4)\n", ("--date", "0001-01-01"), id="first day of the calendar")
]


@pytest.mark.parametrize(
    ("suffix", "content", "arguments"),
    [pytest.param(*example[1:], id=example[0]) for example in CLI_EXAMPLES] + CLI_KNOWN_CRASHES,
)
def test_cli_exits_cleanly_on_stdin_and_file(
    tmp_path: Path, suffix: str, content: str | bytes, arguments: tuple[str, ...]
) -> None:
    """Guards the command line end to end: reading, decoding, every format, the text report."""
    data = as_bytes(content)
    assert_clean_exit(run_figcheck([*arguments, "-"], data, tmp_path))
    document = tmp_path / f"input{suffix}"
    document.write_bytes(data)
    assert_clean_exit(run_figcheck([*arguments, document.name], None, tmp_path))


# --- The long-run target --------------------------------------------------------------------


@functools.cache
def load_atheris_target() -> ModuleType:
    """``benchmarks/fuzz_atheris.py`` as a module (benchmarks is not a package)."""
    path = ROOT / "benchmarks" / "fuzz_atheris.py"
    spec = importlib.util.spec_from_file_location("fuzz_atheris", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up while being made
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(
    "data",
    [b"", b"\x00", b"\xff" * 64, "\x01\x02$5 (€4) около 5 млн руб.".encode(), bytes(range(256))],
)
def test_atheris_target_runs_without_atheris(data: bytes) -> None:
    """Guards the long-run target against rot: its entry point runs here on fixed inputs."""
    target = load_atheris_target()
    target.test_one_input(data)
