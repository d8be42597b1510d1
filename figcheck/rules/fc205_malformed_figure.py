"""FC205 malformed-figure: a money figure written in a form that is almost always a typo.

What it does
    Reports two forms. An East Asian compound whose last group of four digits has no unit
    before the currency: "2億5000ドル", "3억2000원", "2亿5000美元" (probably 2億5000万ドル,
    3억2000만원, 2亿5000万美元) and "1兆5000円" (probably 1兆5000億円). And a figure that is
    already in the millions (seven or more digits before the decimal sign) followed by a
    magnitude word of a million or more, when the two together make at least 10¹⁴ (a hundred
    trillion) of the currency: "$300,000,000 million", "500000000 Millionen Euro",
    "2.000.000 miljard euro". The message gives the figure as it reads and what was probably
    meant. A magnitude word written on one side of a conversion only ("£23.4 ($30 million)")
    is reported by FC103, whose message then names the figure that lacks its word.

Why it matters
    Read as written, "2億5000ドル" is 200,005,000 dollars and "$300,000,000 million" is 300
    trillion; every conversion, total and percentage built on such a figure is then checked
    against a number its writer never meant.

Known problems
    "1億5000円" is also the exact way to write 100,005,000 yen; in prose such an exact sum is
    rare and the missing 万 common, so it is reported. A doubled magnitude is only looked for
    next to a currency, and never in currencies in which a hundred trillion units is an
    ordinary budget or turnover (yen, won, rupiah, dong, rupees, roubles, yuan, Latin American
    pesos …): "¥31,379,507 million" is how Japanese companies state their sales in English.
    Below 10¹⁴ nothing is reported: "$1,000,000 million" is a trillion dollars, and figures
    of up to six digits of millions ("1,500 million", the older French "12 000 millions de
    francs") are common and honest. Digits grouped by spaces after a year ("en 2019 300 000
    000 millions") are not read. A malformed figure inside a conversion is still checked as
    it reads, so a conversion rule may report that conversion too.

Options
    None.

Example
    Bad: $300,000,000 million, the millions written out and then named again.
    Good: $300 million.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal

from figcheck.intervals import format_decimal
from figcheck.model import Evidence, Finding, Money, Span
from figcheck.reading.currencies import lexicon
from figcheck.reading.detect import detect_language
from figcheck.reading.letters import is_cjk
from figcheck.reading.magnitudes import magnitudes
from figcheck.reading.mentions import find_money
from figcheck.rules._fx_report import finding
from figcheck.rules._rule import Example
from figcheck.rules.catalog import FC205
from figcheck.rules.context import CheckContext

RULE = FC205
BAD = Example("The ministry spent $300,000,000 million on roads.", dt.date(2023, 5, 12))
GOOD = Example("The ministry spent $300 million (€275 million) on roads.", dt.date(2023, 5, 12))

PATTERNS = {
    # "2億5000ドル", "3억 2000원", "1兆5000円": a group of four digits straight after 億 or 兆
    # (억, 조; 亿) with no unit of its own; the currency after it is looked up in code.
    "compound": re.compile(
        r"""
        (?<![\d.,])
        (?P<lead>\d{1,3}(?:,\d{3})+|\d{1,4})    # "2", "1,234" (the count of 億)
        [ ]?(?P<big>[億亿억兆조])[ ]?
        (?P<group>\d(?:,\d{3}|\d{3}))           # "5000", "5,000": four digits
        (?![\d.,]|[ ]?[十百千万萬億亿兆십백천만억조])   # no more digits, no unit of its own
        [ ]?
        """,
        re.VERBOSE,
    ),
    # "300,000,000", "500000000", "2.000.000", "300 000 000": seven or more digits before
    # the decimal sign (a repeated group sign is never a decimal one), then a word.
    "millions": re.compile(
        r"""
        (?<![\d.,'’])(?<!\d[ \u00a0\u202f])      # the start of a number
        (?P<number>
            \d{7,}
          | \d{1,3}(?P<sep>[,.'’ \u00a0\u202f])\d{3}(?:(?P=sep)\d{3})+
        )
        (?:[.,]\d+)?                              # decimals
        (?!\d)
        (?=[ \u00a0\u202f]?[^\W\d_])              # a word follows
        """,
        re.VERBOSE,
    ),
    # A short word linking a magnitude to its currency ("d'euros", "di euro", "de dólares").
    "link": re.compile(r"[^\W\d_]{1,3}[ \u00a0]+|[^\W\d_]{1,2}['’]"),
    # A word, lower-cased and looked up as the first word of a currency name.
    "word": re.compile(r"[^\W\d_]+"),
    # The digits at the start of a figure's text ("300,000,000" of "300,000,000 million").
    "digits": re.compile(r"\d+(?:[,.'’\u00a0\u202f ]\d+)*"),
}

#: The unit a four-digit group after each big unit is missing: 億 counts 10⁸ and the group
#: below it 10⁴ (万); 兆 counts 10¹² and the group below it 10⁸ (億).
MISSING = {"億": "万", "亿": "万", "억": "만", "兆": "億", "조": "억"}
BIG = {"億": 10**8, "亿": 10**8, "억": 10**8, "兆": 10**12, "조": 10**12}
SMALL = {"万": 10**4, "萬": 10**4, "만": 10**4, "億": 10**8, "亿": 10**8, "억": 10**8}
KANA = re.compile(r"[\u3040-\u30ff]")
SPACES = " \u00a0\u202f"

#: A figure of a million and a magnitude word of a million make 10¹²; the finding needs 10¹⁴,
#: more than any budget, debt or turnover stated in a currency worth more than a few cents
#: (the world's yearly output is about 10¹⁴ dollars).
IMPLAUSIBLE = Decimal(10) ** 14
#: The magnitudes that double a figure already in the millions: million, billion (10⁹ or 10¹²).
DOUBLING = frozenset(Decimal(10) ** power for power in (6, 9, 12))
#: Currencies in which a hundred trillion units is an ordinary national or company figure,
#: so millions of millions are written in earnest ("¥31,379,507 million", "1.700.000 tỷ").
LARGE_SUM_CURRENCIES: frozenset[str] = frozenset().union(
    ("JPY", "KRW", "KPW", "CNY", "MNT", "VND", "LAK", "KHR", "MMK", "IDR"),  # East Asia
    ("INR", "PKR", "LKR", "IRR", "IQD", "LBP", "SYP", "YER", "UZS", "KZT"),  # South, West Asia
    ("RUB", "TRY", "HUF"),  # Europe
    ("ARS", "CLP", "COP", "PYG", "CRC"),  # Latin America
    ("NGN", "XAF", "XOF", "CDF", "GNF", "MGA", "RWF", "BIF", "TZS", "UGX", "SLL"),  # Africa
)
#: The languages a doubled magnitude is looked for in, after the document's own.
LANGUAGES = ("en", "de", "fr", "es", "it", "nl", "pt")
#: Characters read around a long figure to find its currency ("US$ 300,000,000 million").
BEFORE, AFTER = 24, 64


def check(context: CheckContext) -> Iterator[Finding]:
    """Report each malformed figure, in text order."""
    found = [*_compounds(context.text), *_doubled(context.text)]
    yield from sorted(found, key=lambda f: f.span.start)


# --- An East Asian compound missing the unit of its last group ------------------------------


def _compounds(text: str) -> Iterator[Finding]:
    """ "2億5000ドル": four digits after 億 or 兆, then a currency name."""
    units: dict[str, str] | None = None
    for match in PATTERNS["compound"].finditer(text):
        currency = _cjk_currency(text, match.end())
        if currency is None:
            continue
        if units is None:  # looked at once, and only for a text with such a figure
            units = _missing_units(text)
        yield _compound_finding(text, match, currency, units[match["big"]])


def _cjk_currency(text: str, position: int) -> str | None:
    """The currency name at ``position`` in Japanese, Chinese or Korean ("ドル", "원")."""
    first = text[position : position + 1]
    if not first or not is_cjk(first):
        return None
    for language in ("ja", "zh", "ko"):
        lex = lexicon(language)
        for length in range(min(lex.longest_cjk_name, len(text) - position), 0, -1):
            if text[position : position + length] in lex.names:
                return text[position : position + length]
    return None


def _compound_finding(text: str, match: re.Match[str], currency: str, missing: str) -> Finding:
    big, group = match["big"], match["group"]
    lead = Decimal(match["lead"].replace(",", ""))
    digits = Decimal(group.replace(",", ""))
    read = lead * BIG[big] + digits
    meant = lead * BIG[big] + digits * SMALL[missing]
    start, end = match.start(), match.end() + len(currency)
    cut = start + len(match.group().rstrip(" "))  # where the missing unit goes
    figure = text[start:end]
    fixed = text[start:cut] + missing + text[cut:end]
    message = (
        f'"{figure}" has four digits after {big} and no {missing} before the currency, so it '
        f'reads as {read:,}; probably "{fixed}" ({meant:,}) was meant'
    )
    proof = Evidence(
        figures=(figure,),
        factor=Decimal(SMALL[missing]),
        notes=(f"read as written: {read:,}", f'with {missing}: "{fixed}" = {meant:,}'),
    )
    return finding(RULE, Span(start, end), message, proof)


def _missing_units(text: str) -> dict[str, str]:
    """The unit a group lacks after each big unit: 万 after 億 and 亿 (萬 in Chinese text that
    writes it), 億 after 兆 (亿 in text that writes 亿), 만 and 억 in Korean."""
    units = dict(MISSING)
    if "萬" in text and KANA.search(text) is None:
        units.update({"億": "萬", "亿": "萬"})
    if "亿" in text:
        units["兆"] = "亿"
    return units


# --- A figure already in the millions followed by a magnitude word --------------------------


@dataclass(frozen=True, slots=True)
class _Doubled:
    """A money mention read around a long figure, with the magnitude word that follows it."""

    money: Money
    offset: int
    word: str


def _doubled(text: str) -> Iterator[Finding]:
    """ "$300,000,000 million": at least 10¹⁴ of a currency, counted in millions twice."""
    languages: tuple[str, ...] | None = None
    for match in PATTERNS["millions"].finditer(text):
        if languages is None:  # detected once, and only for a text with a long figure
            languages = tuple(dict.fromkeys([detect_language(text) or "en", *LANGUAGES]))
        doubled = _read_doubled(text, match, languages)
        if doubled is not None and _implausible(doubled.money):
            yield _doubled_finding(doubled)


def _read_doubled(text: str, match: re.Match[str], languages: tuple[str, ...]) -> _Doubled | None:
    """The money mention of the long figure, read in the first language whose magnitude word
    of a million or more follows it (or the next such language, whose notation may read the
    digits); None when no currency is written with it."""
    end = match.end()
    start = max(0, match.start() - BEFORE)
    window = text[start : end + AFTER]
    for language in languages:
        magnitude = magnitudes(language).match(text, end)
        if magnitude is None or magnitude[1] not in DOUBLING:
            continue
        if _whole_part(match["number"]) * magnitude[1] < IMPLAUSIBLE:
            return None  # too small to report whatever its currency: not worth reading
        word = text[end : magnitude[0]].strip()
        if is_cjk(word[0]):
            return None  # 百万, 억: East Asian figures are the compounds' business
        if not _currency_near(text, match.start(), magnitude[0], language):
            return None  # the first language the word belongs to decides
        for money in find_money(window, locale=language):
            covers = money.span.start <= match.start() - start < money.span.end
            if covers and money.figure.scale == magnitude[1]:
                return _Doubled(money, start, word)
    return None


def _whole_part(number: str) -> int:
    """The whole part of a long figure as written, its group signs dropped."""
    return int("".join(char for char in number if char.isdigit()))


def _currency_near(text: str, start: int, end: int, language: str) -> bool:
    """True when a currency sign or code stands right before ``start`` ("$", "EUR ") or a
    sign, code or currency name right after ``end``, or past one short link word
    ("d'euros"): the quick test that spares reading the long figures that are not money."""
    lex = lexicon(language)
    stop = start - (text[start - 1 : start] in SPACES)
    for length in lex.symbol_ends.get(text[stop - 1 : stop], ()):
        if length <= stop and lex.symbol(text[stop - length : stop], close=True):
            return True
    position = end
    while position < min(len(text), end + 2) and text[position] in SPACES:
        position += 1
    link = PATTERNS["link"].match(text, position)
    for place in (position, *((link.end(),) if link else ())):
        for length in lex.symbol_starts.get(text[place : place + 1], ()):
            if lex.symbol(text[place : place + length], close=True):
                return True
        word = PATTERNS["word"].match(text, place)
        if word is not None and word.group().lower() in lex.name_first_words:
            return True
    return False


def _implausible(money: Money) -> bool:
    """At least 10¹⁴, and in a currency in which such sums are not stated in earnest."""
    figure = money.figure
    if abs(figure.value) < IMPLAUSIBLE or abs(figure.value) / figure.scale < 10**6:
        return False
    candidates = (money.currency,) if money.currency else money.candidates
    return not LARGE_SUM_CURRENCIES.intersection(candidates)


def _doubled_finding(doubled: _Doubled) -> Finding:
    money, word = doubled.money, doubled.word
    figure = money.figure
    number = PATTERNS["digits"].match(figure.text)
    digits = number.group() if number else figure.text
    count = figure.value / figure.scale
    shown = f"{format_decimal(figure.value / 10 ** figure.value.adjusted(), 4)}×10^"
    shown += str(figure.value.adjusted())
    meant = f'"{digits}" without "{word}"'
    # A remainder needs the quotient's digits within the context's precision (34).
    if count.adjusted() - figure.scale.adjusted() < 30 and count % figure.scale == 0:
        fewer = f"{(count / figure.scale).normalize():f}"
        meant = f'"{money.text.replace(digits, fewer, 1)}", or {meant},'
    message = (
        f'"{money.text}" states its magnitude twice: {digits} is already over a million and '
        f'"{word}" multiplies it again, to {shown}; probably {meant} was meant'
    )
    proof = Evidence(
        figures=(money.text,),
        factor=figure.scale,
        notes=(
            f"read as written: {figure.value:,f}",
            f"the figure alone is {count:,f}; a magnitude word follows (×{figure.scale:,f})",
            f"reported from {format_decimal(IMPLAUSIBLE)} up, in currencies worth more than "
            "a few cents",
        ),
    )
    span = Span(money.span.start + doubled.offset, money.span.end + doubled.offset)
    return finding(RULE, span, message, proof)
