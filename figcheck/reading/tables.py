"""Conversions printed as table columns: a Markdown pipe table whose headers name a currency
per column, one column restating another ("convenience translation"), or a row whose cells
carry their own currencies side by side.

Grammar (one pass over the lines; every line is read at most twice)::

    table     := header NL delimiter NL row*           rows end at a blank line or a line
                                                       without "|"
    delimiter := "|"? CELL_RULE ("|" CELL_RULE)* "|"?   CELL_RULE := ":"? "-"+ ":"?
    header    := cells; each names (in any order) a CURRENCY, a MAGNITUDE and a PERIOD
    CURRENCY  := symbol or ISO code ("¥", "US$", "(RM)", "EUR") | a currency name ("yen",
                 "U.S. dollars") | a symbol glued to a magnitude ("$m", "RMB'000", "TEUR")
    MAGNITUDE := "thousands" | "millions" | "bn" | "'000" | the language's magnitude words
                 ("Mio.", "Mrd.", ``magnitudes.magnitudes``)
    PERIOD    := years ("2017", "FY2017", "2016/17"), quarters and halves ("Q1", "H2"), month
                 names: compared as a set
    cell      := ["("] ["-" | "−" | "△"] [CURRENCY] NUMBER [")"] [footnote mark]

A column's currency is its header's, or else the one currency its cells write (a column whose
cells write two currencies is not read). Column B restates column A (A before B) when their
currencies differ, their periods are the same and the rest of their headers read alike
("Price (RM)" and "Price (US$)"), or B's header is empty or says it is a translation; B
restates the earliest such A. Each body row then gives one conversion: A's cell the original,
B's the restatement, both with the header's magnitude when the cell writes none. A row
labelled with a period is a time series, each row converted at its own period's rate: it is
read with the year its label writes (``Conversion.year``), and skipped when the label writes
none ("March"). Totals, percentages and blank cells ("—", "n/a") are skipped; two accounting
negatives "(1,234)" pair their magnitudes.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal

from figcheck.intervals import Interval
from figcheck.model import Conversion, Money, Span
from figcheck.reading.currencies import Lexicon, default_reading, lexicon
from figcheck.reading.letters import fold_case
from figcheck.reading.locales import DocumentLocale
from figcheck.reading.magnitudes import magnitudes
from figcheck.reading.numbers import MAGNITUDES, make_figure, parse_run
from figcheck.reading.rate_scope import YEAR

PATTERNS = {
    # A line that may be a delimiter row: only bars, dashes, colons and blanks, one dash at
    # least. Possessive, so a long line of them is read once.
    "delimiter": re.compile(r"^[ \t]*+\|?[ \t]*+:?-[-:| \t]*+$", re.MULTILINE),
    # One cell of a delimiter row.
    "rule": re.compile(r"[ \t]*:?-+:?[ \t]*"),
    # The words of a header cell: split at blanks, brackets, commas and semicolons.
    "token": re.compile(r"[^\s(),;:\[\]/]+"),
    # A word alone in brackets in a header: "Price (RM)".
    "bracketed": re.compile(r"\(\s*([^()\s]{1,12})\s*\)"),
    # A period in a header: a year or fiscal year (with its second year), a quarter or half.
    "period": re.compile(
        r"""(?<![\w.])(?:FY[ ]?)?(?:19|20)\d{2}(?:[ ]?[/–-][ ]?\d{2,4})?(?![\w.])
          | (?<!\w)(?:FY[ ]?\d{2}|[QH][1-4]|[1-4][QH])(?!\w)""",
        re.VERBOSE | re.IGNORECASE,
    ),
    # A bare cell that is one number: an accounting bracket or minus, the digits, the closing
    # bracket and a footnote mark. Possessive and unambiguous, so a long cell is read once.
    "cell": re.compile(
        r"""[ \t]*+(?P<open>\()?[ \t]*+(?P<minus>[-−△▲])?[ \t]*+
            (?P<digits>\d++(?:[.,'’ \u00a0\u202f]\d++)*+)
            [ \t]*+(?P<close>\))?[ \t]*+(?:[*†‡]{1,3}|\[\d{1,2}\])?[ \t]*+""",
        re.VERBOSE,
    ),
    # Markdown emphasis around a cell's content ("**1,234**").
    "emphasis": re.compile(r"^(\*\*|__|\*|_)(.*)\1$"),
}

#: Magnitudes of headers in every language: the accountants' thousands ("RMB'000").
HEADER_MAGNITUDES: dict[str, Decimal] = {
    "'000": Decimal(10) ** 3,
    "’000": Decimal(10) ** 3,
    "000": Decimal(10) ** 3,
    "000s": Decimal(10) ** 3,
    "'000s": Decimal(10) ** 3,
}
#: … and in English, beside ``numbers.MAGNITUDES``: the plurals headers write ("¥ millions")
#: and the "mm" of US filings. Other languages' plurals come from their own magnitude words
#: (French "billions" is 10¹²).
ENGLISH_HEADER_MAGNITUDES: dict[str, Decimal] = {
    "thousands": Decimal(10) ** 3,
    "millions": Decimal(10) ** 6,
    "billions": Decimal(10) ** 9,
    "trillions": Decimal(10) ** 12,
    "mm": Decimal(10) ** 6,
}
#: Magnitude letters written glued before an ISO code or "€" in German and Nordic statements
#: ("TEUR", "T€", "kEUR", "MEUR", "Mio€").
PREFIX_MAGNITUDES: dict[str, Decimal] = {
    "T": Decimal(10) ** 3,
    "k": Decimal(10) ** 3,
    "K": Decimal(10) ** 3,
    "M": Decimal(10) ** 6,
    "Mio": Decimal(10) ** 6,
    "Mio.": Decimal(10) ** 6,
    "Mrd": Decimal(10) ** 9,
    "Mrd.": Decimal(10) ** 9,
}
#: The columns of a table that are paired; financial statements print a dozen at most.
MAX_COLUMNS = 64
#: The longest token read as a currency glued to a magnitude ("HK$'000", "Mio.EUR").
GLUED_LENGTH = 12
#: Currency names a header does not read alone: "Games won", "Weight (pounds)", "Real
#: terms". Their symbols and codes ("₩", "£", "KRW") are read.
HEADER_NAMES_NOT_READ = frozenset({"won", "pound", "pounds", "real", "mark", "marks"})
#: Words that make a later column a restatement whatever its period: "Convenience
#: translation (US$)", "Equivalent in euros".
TRANSLATION_WORDS = frozenset(
    {
        "translation",
        "translations",
        "translated",
        "convenience",
        "equivalent",
        "approx.",
        "approximately",
        "umrechnung",
        "umgerechnet",
        "conversion",
        "converti",
        "换算",
        "換算",
        "折合",
    }
)
#: The first words of a total row, in the languages figcheck reads.
TOTAL_WORDS = frozenset(
    {
        "total",
        "totals",
        "subtotal",
        "sub-total",
        "sum",
        "grand",
        "gesamt",
        "summe",
        "insgesamt",
        "totale",
        "totaal",
        "suma",
        "итого",
        "всего",
        "合计",
        "合計",
        "总计",
        "總計",
        "소계",
        "합계",
        "총계",
        "razem",
        "łącznie",
    }
)
#: What a header cell says beside its currency, magnitude and period that does not tell two
#: columns apart: "in millions of yen", "¥ millions, 2017".
FILLER_WORDS = frozenset({"in", "of", "amount", "amounts", "en", "de", "von", "di", "a", "the"})
#: Cells that state nothing.
BLANK_CELLS = frozenset({"", "-", "–", "—", "n/a", "na", "n.a.", "nm", "n.m.", "…", "...", "x"})
#: English months as headers write them, in full or cut to three letters ("Sept" too).
MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
MONTH_WORDS = frozenset({*MONTHS, *(m[:3] for m in MONTHS), "sept"})


@dataclass(frozen=True, slots=True)
class _Cell:
    """A cell's content: offsets into the text, less the blanks around it."""

    start: int
    end: int


@dataclass(frozen=True, slots=True)
class _Header:
    """What a header cell says: its currency (resolved code, candidates, surface), magnitude,
    period and the rest of its words."""

    currency: str | None
    candidates: tuple[str, ...]
    surface: str
    multiplier: Decimal
    period: frozenset[str]
    rest: tuple[str, ...]
    translation: bool
    percent: bool


@dataclass(frozen=True, slots=True)
class _Table:
    """A pipe table: its header cells and its body rows."""

    header: list[_Cell]
    rows: list[list[_Cell]]


@dataclass(frozen=True, slots=True)
class _Context:
    """The document's locale and money mentions (with their starts, for lookup by cell, and
    each surface's currency as they resolved it)."""

    document: DocumentLocale
    mentions: list[Money]
    starts: list[int]
    read: dict[str, str]


def find_table_conversions(
    text: str, mentions: list[Money], document: DocumentLocale
) -> list[Conversion]:
    """The conversions printed as table columns in ``text`` (see the module's grammar).

    ``mentions`` are the money mentions of the text in order (``mentions.find_money_in``):
    a cell's own currency is read from them. Bare cells become mentions of their column's
    currency, spanning their digits.
    """
    if "|" not in text:
        return []
    context = _Context(document, mentions, [m.span.start for m in mentions], _readings(mentions))
    found: list[Conversion] = []
    for table in _tables(text):
        found.extend(_table_conversions(text, table, context))
    return found


def apart_from(table: list[Conversion], conversions: Sequence[Conversion]) -> list[Conversion]:
    """The table conversions none of whose cells another conversion already pairs: "¥19,760
    ($123)" inside one cell is read by the sentence grammar, not twice."""
    taken = {side.span for c in conversions for side in (c.original, c.converted)}
    return [c for c in table if c.original.span not in taken and c.converted.span not in taken]


# Tables ---------------------------------------------------------------------------------------


def _tables(text: str) -> Iterator[_Table]:
    """Every pipe table, in order: a header line, a delimiter line with as many cells, rows."""
    position = 0
    while True:
        delimiter = PATTERNS["delimiter"].search(text, position)
        if delimiter is None:
            return
        line_start, line_end = delimiter.span()
        position = line_end + 1
        rules = _cells(text, line_start, line_end)
        if not all(PATTERNS["rule"].fullmatch(text, c.start, c.end) for c in rules):
            continue
        if line_start == 0:
            continue
        header_start = text.rfind("\n", 0, line_start - 1) + 1
        header = _cells(text, header_start, line_start - 1)
        if "|" not in text[header_start : line_start - 1] or len(header) != len(rules):
            continue
        rows = []
        while position < len(text):
            end = text.find("\n", position)
            end = len(text) if end < 0 else end
            if "|" not in text[position:end] or not text[position:end].strip():
                break
            rows.append(_cells(text, position, end))
            position = end + 1
        yield _Table(header, rows)


def _cells(text: str, start: int, end: int) -> list[_Cell]:
    """The cells of one table line, split at bars that are not escaped ("\\|")."""
    while start < end and text[start] in " \t":
        start += 1
    while end > start and text[end - 1] in " \t\r":
        end -= 1
    if text[start : start + 1] == "|":
        start += 1
    if end > start and text[end - 1] == "|" and text[end - 2 : end - 1] != "\\":
        end -= 1
    cells = []
    begin = start
    for index in range(start, end + 1):
        if index == end or (text[index] == "|" and text[index - 1] != "\\"):
            cells.append(_trimmed(text, begin, index))
            begin = index + 1
    return cells


def _trimmed(text: str, start: int, end: int) -> _Cell:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return _Cell(start, end)


# Headers --------------------------------------------------------------------------------------


def _header(text: str, cell: _Cell, document: DocumentLocale, read: dict[str, str]) -> _Header:
    """A header cell read: currency, magnitude, period, the other words. A header naming two
    currencies ("US$ / RM") names none: its column is not read."""
    content = text[cell.start : cell.end]
    lex = lexicon(document.language)
    period = {" ".join(m.group().upper().split()) for m in PATTERNS["period"].finditer(content)}
    tokens = [t.group() for t in PATTERNS["token"].finditer(PATTERNS["period"].sub(" ", content))]
    bracketed = {found.group(1) for found in PATTERNS["bracketed"].finditer(content)}
    units: list[tuple[str, tuple[str, ...]]] = []
    multiplier = Decimal(1)
    rest: list[str] = []
    index = 0
    while index < len(tokens):
        token = tokens[index]
        named = _name(tokens, index, lex)
        if named is not None:
            units.append((named[0], named[1]))
            index = named[2]
            continue
        alone = len(tokens) == 1 or token in bracketed
        unit = _unit(token, lex, document.language, alone=alone)
        if unit is not None:
            if unit[0]:
                units.append((unit[0], unit[1]))
            multiplier = unit[2] if unit[2] != 1 else multiplier
        elif _month(token):
            period.add(token.lower()[:3])
        elif token.lower() not in FILLER_WORDS:
            rest.append(token.lower())
        index += 1
    lowered = content.lower()
    percent = "%" in content or "percent" in lowered or "per cent" in lowered
    surface, candidates = units[0] if len({c for _, c in units}) == 1 else ("", ())
    currency = _resolved(surface, candidates, document, read) if candidates else None
    translation = any(word in lowered for word in TRANSLATION_WORDS)
    return _Header(
        currency,
        candidates,
        surface,
        multiplier,
        frozenset(period),
        tuple(rest),
        translation,
        percent or (len(units) > 1 and not candidates),
    )


def _unit(
    token: str, lex: Lexicon, language: str, *, alone: bool
) -> tuple[str, tuple[str, ...], Decimal] | None:
    """(currency surface, candidates, multiplier) a header token names: a magnitude alone
    (empty surface), a currency, or both glued ("$m", "RMB'000", "TEUR"); else None."""
    multiplier = _magnitude(token, language)
    if multiplier is not None:
        return "", (), multiplier
    candidates = _symbol(token, lex, alone=alone)
    if candidates:
        return token, candidates, Decimal(1)
    if len(token) > GLUED_LENGTH:
        return None
    for cut in range(len(token) - 1, 0, -1):
        head, tail = token[:cut], token[cut:]
        tail_magnitude = _magnitude(tail, language, glued=True)
        head_symbol = _symbol(head, lex, alone=True)
        if tail_magnitude is not None and head_symbol:
            return head, head_symbol, tail_magnitude
        head_magnitude = PREFIX_MAGNITUDES.get(head)
        tail_symbol = _symbol(tail, lex, alone=False)
        if head_magnitude is not None and tail_symbol and (tail.isupper() or tail == "€"):
            return tail, tail_symbol, head_magnitude
    return None


def _symbol(token: str, lex: Lexicon, *, alone: bool) -> tuple[str, ...]:
    """The candidates of a symbol or ISO code; a symbol made of two letters or fewer ("RM",
    "kr") only when it stands alone or in brackets, where it cannot be a word."""
    candidates = lex.symbol(token)
    if not candidates:
        return ()
    if token.isalpha() and len(token) <= 2 and not alone:
        return ()
    return candidates


def _magnitude(token: str, language: str, *, glued: bool = False) -> Decimal | None:
    """The multiplier of a magnitude word; single letters ("m", "k") only glued to a currency
    ("$m", "€k"), abbreviations of three letters or fewer in their own case."""
    if len(token) == 1 and not glued:
        return None
    values = magnitudes(language).values
    english = ENGLISH_HEADER_MAGNITUDES if language == "en" else {}
    for key in dict.fromkeys((token, token.rstrip("."), token.lower(), token.lower().rstrip("."))):
        if key in HEADER_MAGNITUDES:
            return HEADER_MAGNITUDES[key]
        if key in english:
            return english[key]
        if key in values and (len(key) > 3 or key == token or glued):
            return values[key]
        if language == "en" and fold_case(key) in MAGNITUDES and (len(key) > 1 or glued):
            return MAGNITUDES[fold_case(key)]
    return None


def _name(tokens: list[str], index: int, lex: Lexicon) -> tuple[str, tuple[str, ...], int] | None:
    """The longest currency name (up to four words) starting at ``tokens[index]``, with the
    index after it."""
    for count in range(min(4, len(tokens) - index), 0, -1):
        phrase = " ".join(tokens[index : index + count]).lower()
        if count == 1 and phrase in HEADER_NAMES_NOT_READ:
            return None
        candidates = lex.name(phrase)
        if candidates:
            return " ".join(tokens[index : index + count]), candidates, index + count
    return None


def _resolved(
    surface: str, candidates: tuple[str, ...], document: DocumentLocale, read: dict[str, str]
) -> str | None:
    """The currency a header surface means: its only candidate, the reading the document's
    mentions gave the same surface (``read``), else the usual reading
    (``currencies.default_reading``)."""
    if len(candidates) == 1:
        return candidates[0]
    if read.get(surface) in candidates:
        return read[surface]
    return default_reading(
        surface, candidates, document.territory, document.language, document.script
    )


def _readings(mentions: list[Money]) -> dict[str, str]:
    """Each surface's currency as the document's mentions first resolved it."""
    read: dict[str, str] = {}
    for mention in mentions:
        if mention.currency is not None:
            read.setdefault(mention.unit_text, mention.currency)
    return read


# Columns and rows -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Column:
    """A column's header and currency (from its header, else from its cells)."""

    header: _Header
    currency: str | None
    candidates: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class _Amount:
    """A cell read as money: the mention (positive) and whether it was written negative."""

    money: Money
    negative: bool


def _table_conversions(text: str, table: _Table, context: _Context) -> list[Conversion]:
    """One conversion per body row and pair of columns (``_pairs``)."""
    document = context.document
    headers = [_header(text, cell, document, context.read) for cell in table.header]
    owned = [
        [_own_money(row[c], context) if c < len(row) else None for c in range(len(headers))]
        for row in table.rows
    ]
    columns = [_column(headers[c], [row[c] for row in owned]) for c in range(len(headers))]
    found = []
    for first, second in _pairs(columns):
        for row, own in zip(table.rows, owned, strict=True):
            year = None
            if len(row) <= second or _total(text, row):
                continue
            if _dated(text, row):
                year = _row_year(text, row)
                if year is None:
                    continue  # "March", "Q2": a period of no year the rules could look up
            original = _amount(text, row[first], own[first], columns[first], document)
            converted = _amount(text, row[second], own[second], columns[second], document)
            if original is None or converted is None or original.negative != converted.negative:
                continue
            if _years(original.money) and _years(converted.money):
                continue
            span = Span(original.money.span.start, converted.money.span.end)
            found.append(Conversion(span, original.money, converted.money, "table", year=year))
    return found


def _own_money(cell: _Cell, context: _Context) -> Money | bool | None:
    """The one money mention written in a cell; None when there is none, False when there
    are several or one runs past the cell."""
    mentions = context.mentions
    index = bisect.bisect_left(context.starts, cell.start)
    inside = []
    while index < len(mentions) and mentions[index].span.start < cell.end:
        inside.append(mentions[index])
        index += 1
    if not inside:
        return None
    if len(inside) > 1 or inside[0].span.end > cell.end:
        return False
    return inside[0]


def _column(header: _Header, owned: list[Money | bool | None]) -> _Column:
    """The column's currency: its header's, else the one currency its cells write; none when
    its cells write two, or it holds percentages."""
    written = {(m.currency, m.candidates) for m in owned if isinstance(m, Money)}
    if header.percent:
        return _Column(header, None, ())
    if header.candidates:
        return _Column(header, header.currency, header.candidates)
    if len(written) != 1 or len({code for code, _ in written}) != 1:
        return _Column(header, None, ())
    currency, candidates = written.pop()
    return _Column(header, currency, candidates)


def _pairs(columns: list[_Column]) -> Iterator[tuple[int, int]]:
    """(original, restatement) column indices: each later column restates the earliest
    column of another currency whose header reads alike (see the module's grammar). Only the
    first ``MAX_COLUMNS`` columns are paired, so a hostile header costs no quadratic time."""
    originals: list[int] = []
    for second, column in enumerate(columns[:MAX_COLUMNS]):
        if not column.candidates:
            continue
        first = next((i for i in originals if _restates(columns[i], column)), None)
        if first is None:
            originals.append(second)
        else:
            yield first, second


def _restates(first: _Column, second: _Column) -> bool:
    if not _different(first, second):
        return False
    one, two = first.header, second.header
    if one.period != two.period:
        return two.translation and not two.period
    return one.rest == two.rest or two.translation or not two.rest


def _different(first: _Column, second: _Column) -> bool:
    if first.currency is not None and second.currency is not None:
        return first.currency != second.currency
    return not set(first.candidates) & set(second.candidates)


def _total(text: str, row: list[_Cell]) -> bool:
    """True for a total row: its first cell starts with "Total", "Summe", "合计" …"""
    label = text[row[0].start : row[0].end].strip("*_ ").lower()
    word = label.split(" ", 1)[0].rstrip(":") if label else ""
    return word in TOTAL_WORDS or any(label.startswith(w) for w in TOTAL_WORDS if not w.isascii())


def _dated(text: str, row: list[_Cell]) -> bool:
    """True for a row labelled with a period ("2019", "Q2 2020", "March"): the rows of a time
    series convert each at its own period's rate, not at one rate of the document date."""
    label = text[row[0].start : row[0].end]
    if PATTERNS["period"].search(label):
        return True
    return any(_month(t.group()) for t in PATTERNS["token"].finditer(label))


def _row_year(text: str, row: list[_Cell]) -> int | None:
    """The one year a dated row's label writes ("2019", "Q2 2020", "FY2018"), else None: the
    row is converted at that year's rates (``Conversion.year``)."""
    label = text[row[0].start : row[0].end]
    years = {int(found.group()) for found in YEAR.finditer(label)}
    return years.pop() if len(years) == 1 else None


def _month(token: str) -> bool:
    return token.lower().rstrip(".") in MONTH_WORDS


def _years(money: Money) -> bool:
    """True for a bare year ("2017") read in a money column: a row of period labels."""
    figure = money.figure
    return (
        figure.text.isdigit()
        and len(figure.text) == 4
        and 1900 <= figure.value / figure.scale <= 2100
    )


# Cells ----------------------------------------------------------------------------------------


def _amount(
    text: str,
    cell: _Cell,
    own: Money | bool | None,
    column: _Column,
    document: DocumentLocale,
) -> _Amount | None:
    """A cell read as money in its column's currency and magnitude, or None: blank, a
    percentage, not one number, or a currency other than the header's."""
    start, end = _unemphasised(text, cell)
    content = text[start:end]
    if content.strip().lower() in BLANK_CELLS or "%" in content or own is False:
        return None
    if isinstance(own, Money):
        return _with_header(text, own, column, start, end)
    if not column.header.candidates:
        return None
    found = PATTERNS["cell"].fullmatch(text, start, end)
    if found is None or bool(found.group("open")) != bool(found.group("close")):
        return None
    number = parse_run(found.group("digits"), document.style)
    if number is None or document.style.run.fullmatch(found.group("digits")) is None:
        return None
    digits = found.group("digits")
    figure = make_figure(digits, number, column.header.multiplier)
    if document.style.decimal != "." or document.style.group != ",":
        figure = replace(figure, decimal=document.style.decimal, group=document.style.group)
    header = column.header
    money = Money(
        amount=figure.value,
        currency=column.currency,
        candidates=header.candidates,
        span=Span(found.start("digits"), found.end("digits")),
        text=digits,
        figure=figure,
        unit_text=header.surface,
        interval=figure.interval,
    )
    return _Amount(money, bool(found.group("open") or found.group("minus")))


def _unemphasised(text: str, cell: _Cell) -> tuple[int, int]:
    """The cell's content without Markdown emphasis around it ("**1,234**")."""
    found = PATTERNS["emphasis"].fullmatch(text, cell.start, cell.end)
    if found is None:
        return cell.start, cell.end
    return found.start(2), found.end(2)


def _with_header(text: str, money: Money, column: _Column, start: int, end: int) -> _Amount | None:
    """A mention written in a cell, in its column's currency (which it must allow) and with
    the header's magnitude when it writes none; its magnitude when written negative."""
    header = column.header
    if header.candidates:
        if column.currency is not None and column.currency not in money.candidates:
            return None
        if column.currency is None and not set(header.candidates) & set(money.candidates):
            return None
        if column.currency is not None and money.currency != column.currency:
            money = replace(money, currency=column.currency)
    bracketed = text[start : start + 1] == "(" and text[end - 1 : end] == ")"
    negative = money.amount < 0 or bracketed
    if money.figure.scale == 1 and header.multiplier != 1 and money.upper is None:
        money = _scaled(money, header.multiplier)
    if money.amount < 0:
        money = _positive(money)
    return _Amount(money, negative)


def _scaled(money: Money, multiplier: Decimal) -> Money:
    """``money`` with the header's magnitude applied: "¥ 24,794" under "¥ millions"."""
    figure = money.figure
    value = figure.value * multiplier
    half = figure.granularity * multiplier / 2
    figure = replace(
        figure,
        value=value,
        granularity=figure.granularity * multiplier,
        interval=Interval(value - half, value + half),
        scale=multiplier,
    )
    low, high = money.interval.low * multiplier, money.interval.high * multiplier
    return replace(money, amount=value, figure=figure, interval=Interval(low, high))


def _positive(money: Money) -> Money:
    """A negative mention as its magnitude."""
    figure = money.figure
    flipped = Interval(-figure.interval.high, -figure.interval.low)
    figure = replace(figure, value=-figure.value, interval=flipped)
    interval = Interval(-money.interval.high, -money.interval.low)
    return replace(money, amount=-money.amount, figure=figure, interval=interval)
