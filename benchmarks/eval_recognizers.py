"""Evaluate figcheck's money extraction on Microsoft Recognizers-Text's currency specs.

Run it from anywhere; the data ships beside it (see ``data/recognizers-text/README.md``)::

    python benchmarks/eval_recognizers.py [--data DIR] [--language NAME ...] [--misses N]
                                          [--no-locale]

Each ``<Language>/CurrencyModel.json`` is a list of cases: an ``Input`` sentence and the currency
amounts the peer expects in it. Every input goes through ``figcheck.find_money`` with the
language's locale (``--no-locale``: none), and each expected amount is scored:

* FOUND: some mention not yet matched has the expected amount and a compatible currency (the
  expected currency is unknown, or the mention's ISO code is among those the expected unit can
  mean, or the mention is unresolved and its candidates include one of them). Mentions that
  overlap the expected text are tried first.
* MISSED: no such mention.
* SUBUNIT: the peer expects an amount in a subunit ("10 cents", "100 öre", "2 satoshis").
  figcheck does not read subunits as money, so these are counted apart rather than as
  misses. (An amount in a main unit with a subunit tail, "15 dollars and 15 cents" =
  15.15 dollars, is an ordinary expectation.)
* EXTRA: a mention that matched no expected amount.

Only results with ``TypeName`` "currency" count. The expected currency is ``isoCurrency`` when
given, else the unit name mapped through ``UNIT_CODES`` ("Dollar" → every dollar); a unit name
not in the table leaves the currency uncompared and is counted in the "unit?" column. A value
that is missing (the peer also expects bare currency names, "dollar", with no amount) or not a
plain number (one Chinese value is a rounded "2.02107211321364E+23") is counted as "unparsed"
and not scored. Outside English the peer writes values with a
decimal comma ("2,75"); those are read as decimals.

The ``NotSupported`` and ``NotSupportedByDesign`` keys name the peer's own platforms (dotnet,
java, javascript, python) on which a case does not pass; they say nothing about whether the
expectation is right, so no case is skipped for them.

This is an evaluation, not a gate: the exit status is 0 whatever the scores (2 if the data is
missing). An input on which ``find_money`` raises counts as one with no mentions, and the
"errors" column says how many there were. Recall is found / (found + missed), so subunits are
left out of it; precision is found / (found + extra).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

import figcheck

DEFAULT_DATA = Path(__file__).parent / "data" / "recognizers-text"
SPEC_NAME = "CurrencyModel.json"

#: The locale each language folder is read with.
LOCALES: dict[str, str] = {
    "English": "en",
    "German": "de",
    "French": "fr",
    "Spanish": "es",
    "Portuguese": "pt",
    "Italian": "it",
    "Dutch": "nl",
    "Swedish": "sv",
    "Turkish": "tr",
    "Hindi": "hi",
    "Chinese": "zh",
    "Japanese": "ja",
    "Korean": "ko",
}


def _codes(*codes: str) -> frozenset[str]:
    """A set of ISO codes, written so the tables below read as lists."""
    return frozenset(codes)


_DOLLARS = _codes(
    *("USD", "CAD", "AUD", "NZD", "HKD", "SGD", "TWD", "BBD", "BMD", "BND", "BSD", "BZD"),
    *("FJD", "GYD", "JMD", "KYD", "LRD", "NAD", "SBD", "SRD", "TTD", "XCD", "ZWL"),
)
_POUNDS = _codes("GBP", "EGP", "LBP", "SYP", "SDG", "SSP", "FKP", "GIP", "SHP")
# The peer's newswire is from 1989: "francs" are as likely French or Belgian as Swiss.
_FRANCS = _codes(
    *("CHF", "XOF", "XAF", "XPF", "BIF", "CDF", "DJF", "GNF", "KMF", "RWF", "FRF", "BEF", "LUF")
)
# The peer's "Krone" also covers Swedish "kronor".
_KRONER = _codes("DKK", "NOK", "SEK", "ISK")
_RUPEES = _codes("INR", "PKR", "LKR", "NPR", "MUR", "SCR")


#: The ISO codes each of the peer's unit names (English, French, Spanish, Portuguese) can mean.
UNIT_CODES: dict[str, frozenset[str]] = {
    **dict.fromkeys(("Dollar", "Dólar"), _DOLLARS),
    **dict.fromkeys(
        (
            "United States dollar",
            "Dólar estadunidense",
            "Dólar estadounidense",
            "Dollar États-Unis",
        ),
        _codes("USD"),
    ),
    **dict.fromkeys(
        ("Canadian dollar", "Dollar Canadien", "Dólar canadense", "Dólar canadiense"),
        _codes("CAD"),
    ),
    **dict.fromkeys(("Australian dollar", "Dollar Australien", "Dólar australiano"), _codes("AUD")),
    **dict.fromkeys(
        ("New Zealand dollar", "Dollar néo-zélandais", "Dólar neozelandês", "Dólar neozelandés"),
        _codes("NZD"),
    ),
    **dict.fromkeys(
        ("Hong Kong dollar", "Dollar de Hong Kong", "Dólar de Hong Kong"), _codes("HKD")
    ),
    "New Taiwan dollar": _codes("TWD"),
    "Euro": _codes("EUR"),
    **dict.fromkeys(("Pound", "Libra", "Livre"), _POUNDS),
    "British pound": _codes("GBP"),
    **dict.fromkeys(("Yen", "Japanese yen", "Yen Japonais"), _codes("JPY")),
    **dict.fromkeys(("Chinese yuan", "Yuan Chinois", "Yuan chinês", "Yuan chino"), _codes("CNY")),
    **dict.fromkeys(("Franc", "Franco"), _FRANCS),
    **dict.fromkeys(("Swiss franc", "Franc Suisse", "Franco suíço", "Franco suizo"), _codes("CHF")),
    **dict.fromkeys(
        ("Finnish markka", "Mark Finlandais", "Marco finlandês", "Marco finlandés"), _codes("FIM")
    ),
    **dict.fromkeys(
        ("Netherlands guilder", "Florins Néerlandais", "Florim holandês", "Florín neerlandés"),
        _codes("NLG"),
    ),
    "Peseta": _codes("ESP"),
    "Krone": _KRONER,
    "Swedish krona": _codes("SEK"),
    "Norwegian krone": _codes("NOK"),
    "Danish krone": _codes("DKK"),
    **dict.fromkeys(("Rupee", "Roupie"), _RUPEES),
    **dict.fromkeys(("Indian rupee", "Roupie indienne"), _codes("INR")),
    "Sri Lankan rupee": _codes("LKR"),
    **dict.fromkeys(("Mexican peso", "Peso mexicano"), _codes("MXN")),
    "Turkish lira": _codes("TRY"),
    "Costa Rican colón": _codes("CRC"),
    "Georgian lari": _codes("GEL"),
    "Lao kip": _codes("LAK"),
    "Nigerian naira": _codes("NGN"),
    "Cambodian riel": _codes("KHR"),
    "Panamanian balboa": _codes("PAB"),
    # No ISO 4217 code; both are in use.
    "Bitcoin": _codes("XBT", "BTC"),
}

#: Unit names the peer uses for subunits and for coins worth a fraction of the main unit.
SUBUNITS = frozenset(
    (
        "Cent",
        "Centavo",
        "Centimes",
        "Pence",
        "Penny",
        "Pêni",
        "Penique",
        "Penni",
        "Sen",
        "Øre",
        "Att",
        "Pesewa",
        "Satoshi",
        "Kwartje",
        "Dubbeltje",
        "Stuiver",
    )
)

_PLAIN = re.compile(r"-?\d+(\.\d+)?")
_COMMA_DECIMAL = re.compile(r"-?\d+,\d+")


@dataclass(frozen=True, slots=True)
class Expected:
    """One amount the peer expects: what was written, its value, and the currencies it allows."""

    text: str
    start: int
    end: int  # exclusive
    amount: Decimal
    unit: str
    codes: frozenset[str] | None  # None: not compared
    subunit: bool

    def accepts(self, mention: figcheck.Money) -> bool:
        """Whether ``mention`` is this amount in a currency the peer's unit can mean."""
        if mention.amount != self.amount:
            return False
        if self.codes is None:
            return True
        if mention.currency is not None:
            return mention.currency in self.codes
        return not self.codes.isdisjoint(mention.candidates)

    def overlaps(self, mention: figcheck.Money) -> bool:
        """Whether ``mention`` covers some of the expected text, so it is tried first."""
        return mention.span.start < self.end and self.start < mention.span.end


@dataclass(slots=True)
class Outcome:
    """How one case was scored, kept whole so misses and extras can be shown in context."""

    text: str
    mentions: list[figcheck.Money]
    found: list[tuple[Expected, figcheck.Money]] = field(default_factory=list)
    missed: list[Expected] = field(default_factory=list)
    subunit: list[Expected] = field(default_factory=list)
    extra: list[figcheck.Money] = field(default_factory=list)


@dataclass(slots=True)
class Tally:
    """One row of the table."""

    name: str
    cases: int = 0
    found: int = 0
    missed: int = 0
    subunit: int = 0
    extra: int = 0
    unparsed: int = 0
    unit_unknown: int = 0
    errors: int = 0
    first_error: str | None = None
    outcomes: list[Outcome] = field(default_factory=list)

    @property
    def expected(self) -> int:
        """Scored expectations: subunits are included, unparsed values are not."""
        return self.found + self.missed + self.subunit

    def add(self, other: Tally) -> None:
        """Accumulate ``other`` into this row (for the total)."""
        self.cases += other.cases
        self.found += other.found
        self.missed += other.missed
        self.subunit += other.subunit
        self.extra += other.extra
        self.unparsed += other.unparsed
        self.unit_unknown += other.unit_unknown
        self.errors += other.errors


def parse_value(value: object) -> Decimal | None:
    """The peer's ``Resolution.value`` as a Decimal, or None when it is absent or not a number.

    The peer writes the value in the language's own format, so "2,75" (one comma, no point)
    is 2.75; no value in the data uses a thousands separator.
    """
    if not isinstance(value, str):
        return None
    if _PLAIN.fullmatch(value):
        return Decimal(value)
    if _COMMA_DECIMAL.fullmatch(value):
        return Decimal(value.replace(",", "."))
    return None


def unit_codes(resolution: dict[str, Any]) -> tuple[frozenset[str] | None, bool]:
    """The ISO codes the expected currency can be, and whether it is a subunit.

    ``isoCurrency`` wins when present; otherwise the unit name goes through ``UNIT_CODES``.
    """
    unit = resolution.get("unit")
    if unit in SUBUNITS:
        return None, True
    iso = resolution.get("isoCurrency")
    if isinstance(iso, str) and iso:
        return frozenset((iso,)), False
    if isinstance(unit, str):
        return UNIT_CODES.get(unit), False
    return None, False


def locate(source: str, text: str, result: dict[str, Any]) -> tuple[int, int]:
    """Where the expected ``text`` is in ``source``, as a half-open span.

    The peer's ``Start``/``End`` (``End`` inclusive) are used when they cover ``text``; some
    results have none (Dutch, French, Swedish) and some point elsewhere (Korean), and then the
    first occurrence of ``text``, ignoring case, is taken. The span only decides which mention is
    tried first, so an approximate one does no harm.
    """
    start, end = result.get("Start"), result.get("End")
    given = None
    if isinstance(start, int) and isinstance(end, int) and 0 <= start <= end:
        given = (start, end + 1)
    if given and source[given[0] : given[1]].lower() == text.lower():
        return given
    found = source.lower().find(text.lower())
    if found >= 0:
        return found, found + len(text)
    return given or (0, 0)


def expectations(case: dict[str, Any], tally: Tally) -> list[Expected]:
    """The case's scorable currency results; unparsed and unknown units are tallied on the way."""
    wanted = []
    for result in case.get("Results", []):
        if result.get("TypeName") != "currency":
            continue
        resolution = result.get("Resolution") or {}
        amount = parse_value(resolution.get("value"))
        if amount is None:
            tally.unparsed += 1
            continue
        codes, subunit = unit_codes(resolution)
        if codes is None and not subunit:
            tally.unit_unknown += 1
        text = str(result.get("Text", ""))
        start, end = locate(str(case.get("Input", "")), text, result)
        wanted.append(
            Expected(
                text=text,
                start=start,
                end=end,
                amount=amount,
                unit=str(resolution.get("unit")),
                codes=codes,
                subunit=subunit,
            )
        )
    return wanted


def score(text: str, wanted: Sequence[Expected], mentions: list[figcheck.Money]) -> Outcome:
    """Match expected amounts to mentions one to one, trying overlapping mentions first."""
    outcome = Outcome(text, mentions)
    free = list(range(len(mentions)))
    for expected in wanted:
        if expected.subunit:
            outcome.subunit.append(expected)
            continue
        fits = [i for i in free if expected.accepts(mentions[i])]
        fits.sort(key=lambda i: not expected.overlaps(mentions[i]))
        if fits:
            free.remove(fits[0])
            outcome.found.append((expected, mentions[fits[0]]))
        else:
            outcome.missed.append(expected)
    outcome.extra = [mentions[i] for i in free]
    return outcome


def evaluate(language: str, cases: Iterable[dict[str, Any]], locale: str | None) -> Tally:
    """Run ``find_money`` over every case of one language and tally the scores."""
    tally = Tally(language)
    for case in cases:
        tally.cases += 1
        text = str(case.get("Input", ""))
        wanted = expectations(case, tally)
        try:
            mentions = figcheck.find_money(text, locale=locale)
        except Exception as error:  # an input that breaks figcheck is counted, not fatal
            tally.errors += 1
            tally.first_error = tally.first_error or f"{type(error).__name__}: {error}"
            mentions = []
        outcome = score(text, wanted, mentions)
        tally.found += len(outcome.found)
        tally.missed += len(outcome.missed)
        tally.subunit += len(outcome.subunit)
        tally.extra += len(outcome.extra)
        tally.outcomes.append(outcome)
    return tally


def load_cases(path: Path) -> list[dict[str, Any]]:
    """One spec file, read as utf-8-sig so that a byte-order mark is not an error."""
    cases = json.loads(path.read_text(encoding="utf-8-sig"))
    if not isinstance(cases, list):
        raise ValueError(f"{path}: expected a JSON list of cases")
    return [case for case in cases if isinstance(case, dict)]


def percent(numerator: int, denominator: int) -> str:
    """A percentage to one decimal, or a dash when there is nothing to divide by."""
    return f"{100 * numerator / denominator:.1f}" if denominator else "–"


def render_table(rows: Sequence[Tally], total: Tally) -> str:
    """The per-language table, with recall over non-subunit expectations."""
    head = (
        "language",
        "cases",
        "expected",
        "found",
        "missed",
        "subunit",
        "extra",
        "recall %",
        "precision %",
        "unparsed",
        "unit?",
        "errors",
    )
    lines = [head]
    for row in [*rows, total]:
        lines.append(
            (
                row.name,
                str(row.cases),
                str(row.expected),
                str(row.found),
                str(row.missed),
                str(row.subunit),
                str(row.extra),
                percent(row.found, row.found + row.missed),
                percent(row.found, row.found + row.extra),
                str(row.unparsed),
                str(row.unit_unknown),
                str(row.errors),
            )
        )
    widths = [max(len(line[i]) for line in lines) for i in range(len(head))]

    def fmt(line: Sequence[str]) -> str:
        first = line[0].ljust(widths[0])
        return "  ".join(
            [first, *(cell.rjust(w) for cell, w in zip(line[1:], widths[1:], strict=True))]
        )

    rule = "-" * len(fmt(head))
    return "\n".join([fmt(head), rule, *map(fmt, lines[1:-1]), rule, fmt(lines[-1])])


def describe(mention: figcheck.Money) -> str:
    """A mention as the examples show it: text, amount, and currency or its candidates."""
    if mention.currency is not None:
        currency = mention.currency
    elif len(mention.candidates) <= 4:
        currency = "?" + "|".join(mention.candidates)
    else:
        currency = f"?({len(mention.candidates)} candidates)"
    return f"{mention.text!r} = {mention.amount} {currency}"


def render_examples(tally: Tally, limit: int) -> list[str]:
    """Up to ``limit`` missed and ``limit`` extra examples, each with the whole input."""
    lines = [f"== {tally.name}"]
    misses = [(o, e) for o in tally.outcomes for e in o.missed][:limit]
    extras = [(o, m) for o in tally.outcomes for m in o.extra][:limit]
    lines.append(f"  missed ({len(misses)} of {tally.missed}):")
    for outcome, expected in misses:
        got = "; ".join(map(describe, outcome.mentions)) or "nothing"
        lines.append(f"    input:    {outcome.text.strip()}")
        lines.append(f"    expected: {expected.text!r} = {expected.amount} {expected.unit}")
        lines.append(f"    figcheck: {got}")
    lines.append(f"  extra ({len(extras)} of {tally.extra}):")
    for outcome, mention in extras:
        wanted = [e for e, _ in outcome.found] + outcome.missed + outcome.subunit
        shown = "; ".join(f"{e.text!r} = {e.amount} {e.unit}" for e in wanted) or "nothing"
        lines.append(f"    input:    {outcome.text.strip()}")
        lines.append(f"    figcheck: {describe(mention)}")
        lines.append(f"    expected: {shown}")
    return lines


def pick_languages(data: Path, names: Sequence[str] | None) -> list[Path]:
    """The language folders to read: all that hold a spec, or those named (any case)."""
    folders = sorted(p for p in data.iterdir() if (p / SPEC_NAME).is_file())
    if not names:
        return folders
    by_name = {p.name.lower(): p for p in folders}
    unknown = [n for n in names if n.lower() not in by_name]
    if unknown:
        known = ", ".join(p.name for p in folders)
        raise ValueError(f"no {SPEC_NAME} for {', '.join(unknown)} (have: {known})")
    return [by_name[n.lower()] for n in dict.fromkeys(names)]


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    """The command line; see the module docstring."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument(
        "--data",
        type=Path,
        default=DEFAULT_DATA,
        help="folder of <Language>/CurrencyModel.json (default: %(default)s)",
    )
    parser.add_argument(
        "--language",
        nargs="+",
        action="extend",
        metavar="NAME",
        help="only these language folders (default: all)",
    )
    parser.add_argument(
        "--misses",
        type=int,
        default=0,
        metavar="N",
        help="after the table, show up to N missed and N extra examples per language",
    )
    parser.add_argument(
        "--no-locale",
        action="store_true",
        help="call find_money with locale=None instead of the language's locale",
    )
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    """Score every chosen language, print the table and the examples; 2 if data is missing."""
    args = parse_args(argv)
    data: Path = args.data
    if not data.is_dir():
        print(f"error: data folder not found: {data}", file=sys.stderr)
        return 2
    try:
        folders = pick_languages(data, args.language)
    except ValueError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    if not folders:
        print(f"error: no <Language>/{SPEC_NAME} under {data}", file=sys.stderr)
        return 2

    started = time.perf_counter()
    rows = []
    for folder in folders:
        locale = None if args.no_locale else LOCALES.get(folder.name)
        rows.append(evaluate(folder.name, load_cases(folder / SPEC_NAME), locale))
    elapsed = time.perf_counter() - started

    total = Tally("total")
    for row in rows:
        total.add(row)
    mode = "locale=None" if args.no_locale else "the language's locale"
    print(f"figcheck {figcheck.__version__}: find_money with {mode} on {data}")
    print()
    print(render_table(rows, total))
    print()
    print(
        "expected = found + missed + subunit; recall = found / (found + missed); "
        "precision = found / (found + extra)."
    )
    print(
        "unparsed: currency results with no numeric value (not scored); "
        "unit?: scored results whose unit has no ISO mapping (currency not compared)."
    )
    for row in rows:
        if row.first_error:
            print(f"errors in {row.name}: {row.errors} inputs raised; the first: {row.first_error}")
    if args.misses > 0:
        for row in rows:
            print()
            print("\n".join(render_examples(row, args.misses)))
    print()
    print(f"elapsed: {elapsed:.2f} s ({total.cases} cases)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
