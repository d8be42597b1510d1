"""Measure figcheck on a labelled corpus of published figures, in the style of a validity study.

Run it from anywhere::

    python benchmarks/eval_corpus.py [--corpus PATH ...] [--json PATH] [--misses]

Without ``--corpus`` it reads ``../shared/corpus/news-dev.jsonl`` (beside the repository, when
that file exists) and every ``benchmarks/corpus/*.jsonl``. ``--corpus`` may name files or folders
(every ``*.jsonl`` inside), and may be repeated: all the records are measured together. When no
corpus is found it says so and exits 0; this is a measurement, never a gate.

The corpus format: one JSON object per line with ``id``, ``lang`` (BCP-47), ``text``, ``kind``
(``conversion``, ``rate``, ``no_conversion``, ``correction_wrong`` or ``error``,
``correction_fixed``, ``unit_conversion``, ``percent_or_total``), ``published`` (YYYY-MM-DD or
null), ``pairs`` (each ``{a: {amount, currency, surface}, b: {...}}``, ``surface`` the printed
span) and ``notes`` (or ``note``). The in-repository validity corpus
(``tests/data/validity/*.jsonl``, read by ``scripts/gen_accuracy.py``) uses this format with
``error`` for a deliberately perturbed figure.

Every record is read twice through figcheck's public API (``extract``, ``check``,
``find_money``): once with its ``lang`` as ``locale=`` ("given") and once with no locale, the
language being detected ("detected"). ``check`` gets ``date=published`` (None when null). A
locale figcheck refuses is counted and that run falls back to no locale.

What is measured, for each run:

* **Amount pairs**: labelled money pairs whose two amounts are both other than 1. A pair is
  found when some ``Conversion`` claim has both amounts within 0.5% of the labels (either order;
  a range matches by either end) and each labelled currency among that side's ``candidates``
  (or equal to its ``currency``).
* **Rate pairs**: money pairs with one side of amount 1 ("$1 = 83 rupees", "Rs 70 per dollar").
  Found when a rate claim, any claim with ``base``, ``quote`` and ``value`` attributes (read
  with ``getattr``: a ``Money``-like or code ``base``/``quote``, a number, interval or
  ``Money``-like ``value``), has the two labelled currencies as base and quote (or among
  ``base_candidates`` and ``quote_candidates`` when a side stays ambiguous, as for amounts) and
  a value within 0.5% of b/a or a/b. The column "as conversion" counts rate pairs a ``Conversion``
  claim matches as an amount pair would; it is shown apart and not counted as found.
* **Unit pairs**: pairs in physical units (a unit label such as ``degF``, ``sq ft``, or any
  non-ISO label in a ``unit_conversion`` record), matched like amount pairs against
  ``UnitConversion`` claims, the unit label mapped to figcheck's pint unit names
  (``UNIT_NAMES``).
* **Precision**: the ``Conversion`` claims returned on every record, and how many match a
  labelled money pair (amount or rate) of the same record. On ``no_conversion`` records every
  conversion claim is a false pair. ``UnitConversion`` and rate claims are scored the same way
  against unit and rate pairs.
* **False alarms**: on texts believed correct (kinds ``no_conversion``, ``conversion``, ``rate``,
  ``correction_fixed``), the texts with at least one error (warning) finding and the number of
  such findings, also per 100 texts. Texts whose notes call a figure SUSPECT, an ERROR,
  UNCORRECTED or INCONSISTENT are counted apart ("noted"): a finding there may be right.
* **Errors caught**: ``correction_wrong`` (or ``error``) texts with at least one error or warning
  finding of rules FC1xx, FC2xx or FC3xx; "at figure" counts those where such a finding's span
  overlaps a labelled pair's surface (only decidable for records with located pairs).

Shape of a pair, from the text between the two surfaces (the nearest occurrences of each):

* ``rate``: a stated rate (one side of amount 1), whatever the text.
* ``arithmetic``: "×", "=", "≈", "*", "÷", "→" or a lone "x" between them.
* ``table``: a tab, "|" or a line break between them.
* ``bracket``: the later one opens a bracket after at most a few words ("A (B)", "A (about
  B)", "A（约合B）"), and the bracket is not closed before it.
* ``words``: up to 60 characters with a letter in them ("or about", "soit", "umgerechnet").
* ``other``: anything else, including a surface that cannot be found in the text.

``--misses`` lists every missed pair, every false alarm and every false pair of the "given" run
with the record id, the text (up to 200 characters) and what figcheck returned. A miss gets a
category from what ``find_money`` and the claims say about its two surfaces ("a figure not read
as money", "both read, not paired" …); the categories are tabulated in every report.

The last 8 lines of the report are a summary for a hook that prints ``tail -n 8``.
``--json PATH`` writes every number of the report.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import figcheck

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SHARED = ROOT.parent / "shared" / "corpus" / "news-dev.jsonl"
DEFAULT_SHIPPED = ROOT / "benchmarks" / "corpus"

#: The relative allowance for an amount or a rate to count as the labelled one.
TOLERANCE = Decimal("0.005")

#: The record kinds whose texts are believed correct.
CORRECT_KINDS = ("no_conversion", "conversion", "rate", "correction_fixed")

#: The record kinds whose texts hold a figure known to be wrong.
ERROR_KINDS = ("correction_wrong", "error")

#: The two runs: the record's language as locale, and no locale (detection).
RUNS = ("given", "detected")

#: Notes that say a figure in a text believed correct may be wrong after all.
NOTED = re.compile(r"SUSPECT|\bERROR\b|UNCORRECTED|INCONSISTEN", re.IGNORECASE)

#: Rule codes whose findings say a figure is wrong (not the informational FC4xx).
FIGURE_RULES = re.compile(r"FC[123]\d\d")

#: The pint unit names figcheck uses for each unit label of the corpus.
UNIT_NAMES: dict[str, frozenset[str]] = {
    "degf": frozenset({"degF", "degree_Fahrenheit"}),
    "degc": frozenset({"degC", "degree_Celsius"}),
    "ft": frozenset({"foot"}),
    "m": frozenset({"meter"}),
    "mi": frozenset({"mile"}),
    "km": frozenset({"kilometer"}),
    "cm": frozenset({"centimeter"}),
    "in": frozenset({"inch"}),
    "yd": frozenset({"yard"}),
    "sq ft": frozenset({"foot**2", "square_foot"}),
    "sq mi": frozenset({"mile**2", "square_mile"}),
    "sq km": frozenset({"kilometer**2"}),
    "m2": frozenset({"meter**2"}),
    "km2": frozenset({"kilometer**2"}),
    "cu ft": frozenset({"foot**3", "cubic_foot"}),
    "m3": frozenset({"meter**3"}),
    "acre": frozenset({"acre"}),
    "ha": frozenset({"hectare"}),
    "gal": frozenset({"gallon", "imperial_gallon"}),
    "l": frozenset({"liter"}),
    "t": frozenset({"metric_ton", "tonne"}),
    "kg": frozenset({"kilogram"}),
    "lb": frozenset({"pound"}),
    "mph": frozenset({"mile/hour", "mile / hour"}),
    "km/h": frozenset({"kilometer/hour", "kilometer / hour"}),
    "kwh": frozenset({"kilowatt_hour"}),
    "g": frozenset({"gram"}),
    "ozt": frozenset({"troy_ounce"}),
    "knot": frozenset({"knot"}),
}

#: The columns of the recall tables.
RECALL_COLUMNS = ("amount given", "detected", "rate given", "detected", "unit given", "detected")

_ARITHMETIC = re.compile(r"[×=≈*÷→]|(?:^|[\s\d])[xX](?:$|[\s\d])")
_TABLE = re.compile(r"[\t|\n]")
_OPEN = "([（［【"
_CLOSE = ")]）］】"


# ---------------------------------------------------------------------------------------------
# The corpus


@dataclass(frozen=True, slots=True)
class Side:
    """One labelled side of a pair: its amount, currency (or unit) and printed surface."""

    amount: Decimal
    currency: str
    surface: str


@dataclass(frozen=True, slots=True)
class Pair:
    """A labelled conversion: ``kind`` is "amount", "rate" or "unit"; spans are located in text."""

    a: Side
    b: Side
    kind: str
    span_a: tuple[int, int] | None
    span_b: tuple[int, int] | None
    shape: str

    def label(self) -> str:
        """The pair as a short line: "10000 RUB "10,000 rubles" ~ 160 USD "$160"."""
        return (
            f'{_plain(self.a.amount)} {self.a.currency} "{self.a.surface}" ~ '
            f'{_plain(self.b.amount)} {self.b.currency} "{self.b.surface}"'
        )


@dataclass(frozen=True, slots=True)
class Record:
    """One labelled text."""

    corpus: str
    id: str
    lang: str
    text: str
    kind: str
    published: dt.date | None
    pairs: tuple[Pair, ...]
    notes: str
    unscored: int  # pairs that could not be read (no amount or currency)

    @property
    def noted(self) -> bool:
        """Whether the notes say a figure in the text may be wrong."""
        return bool(NOTED.search(self.notes))


def _plain(value: Decimal) -> str:
    """A decimal without exponent or trailing zeros."""
    text = f"{value:f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def _decimal(value: object) -> Decimal | None:
    """A JSON number as a Decimal, else None."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, Decimal | int):
        return Decimal(value)
    if isinstance(value, float | str):
        try:
            return Decimal(str(value))
        except InvalidOperation:
            return None
    return None


def _side(raw: object) -> Side | None:
    """A labelled side, or None when it lacks an amount or a currency."""
    if not isinstance(raw, dict):
        return None
    amount = _decimal(raw.get("amount"))
    currency = raw.get("currency")
    surface = raw.get("surface")
    if amount is None or not isinstance(currency, str) or not currency.strip():
        return None
    return Side(amount, currency.strip(), surface if isinstance(surface, str) else "")


def _is_unit(currency: str, record_kind: str) -> bool:
    """Whether a label names a physical unit rather than a currency."""
    if currency.lower() in UNIT_NAMES:
        return True
    return record_kind == "unit_conversion" and not re.fullmatch(r"[A-Z]{3}", currency)


def _occurrences(text: str, surface: str) -> list[int]:
    """Where ``surface`` occurs in ``text`` (case-insensitively when it does not as written)."""
    if not surface:
        return []
    found = [m.start() for m in re.finditer(re.escape(surface), text)]
    if not found:
        found = [m.start() for m in re.finditer(re.escape(surface), text, re.IGNORECASE)]
    return found


def _locate(text: str, a: Side, b: Side) -> tuple[tuple[int, int] | None, tuple[int, int] | None]:
    """The nearest occurrences of the two surfaces (either may be missing)."""
    starts_a = _occurrences(text, a.surface)
    starts_b = _occurrences(text, b.surface)
    if not starts_a or not starts_b:
        span_a = (starts_a[0], starts_a[0] + len(a.surface)) if starts_a else None
        span_b = (starts_b[0], starts_b[0] + len(b.surface)) if starts_b else None
        return span_a, span_b
    best: tuple[int, int, int] | None = None
    for i in starts_a:
        for j in starts_b:
            end_a, end_b = i + len(a.surface), j + len(b.surface)
            if i < end_b and j < end_a and not (i == j and end_a == end_b):
                gap = 10**9  # overlapping surfaces: a last resort
            else:
                gap = max(i, j) - min(end_a, end_b)
            if best is None or abs(gap) < best[0]:
                best = (abs(gap), i, j)
    assert best is not None
    _, i, j = best
    return (i, i + len(a.surface)), (j, j + len(b.surface))


def shape_of(
    text: str, kind: str, span_a: tuple[int, int] | None, span_b: tuple[int, int] | None
) -> str:
    """The shape of a pair (see the module docstring)."""
    if kind == "rate":
        return "rate"
    if span_a is None or span_b is None:
        return "other"
    first, second = sorted((span_a, span_b))
    between = text[first[1] : second[0]] if first[1] <= second[0] else ""
    if _ARITHMETIC.search(between):
        return "arithmetic"
    if _TABLE.search(between):
        return "table"
    opened = max((between.rfind(sign) for sign in _OPEN), default=-1)
    if opened >= 0 and not any(sign in between[opened:] for sign in _CLOSE):
        inside = between[opened + 1 :]
        if len(inside.split()) <= 4 and len(inside) <= 30:
            return "bracket"
    if len(between) <= 60 and any(ch.isalpha() for ch in between):
        return "words"
    return "other"


def _pairs(raw: object, text: str, record_kind: str) -> tuple[tuple[Pair, ...], int]:
    """The scorable pairs of a record and how many labelled pairs were not scorable."""
    if not isinstance(raw, list):
        return (), 0
    pairs: list[Pair] = []
    unscored = 0
    for item in raw:
        a = _side(item.get("a")) if isinstance(item, dict) else None
        b = _side(item.get("b")) if isinstance(item, dict) else None
        if a is None or b is None:
            unscored += 1
            continue
        if _is_unit(a.currency, record_kind) or _is_unit(b.currency, record_kind):
            kind = "unit"
        elif a.amount == 1 or b.amount == 1:
            kind = "rate"
        else:
            kind = "amount"
        span_a, span_b = _locate(text, a, b)
        pairs.append(Pair(a, b, kind, span_a, span_b, shape_of(text, kind, span_a, span_b)))
    return tuple(pairs), unscored


def _date(value: object) -> dt.date | None:
    """A published date, or None when it is missing or malformed."""
    if not isinstance(value, str):
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


def read_corpus(path: Path, problems: list[str]) -> list[Record]:
    """The records of one JSONL file; malformed lines are skipped and described in problems."""
    records: list[Record] = []
    name = path.stem
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                raw = json.loads(line, parse_float=Decimal)
            except json.JSONDecodeError as error:
                problems.append(f"{path}:{number}: not JSON ({error.msg})")
                continue
            text = raw.get("text") if isinstance(raw, dict) else None
            if not isinstance(text, str):
                problems.append(f"{path}:{number}: no text")
                continue
            kind = str(raw.get("kind") or "")
            pairs, unscored = _pairs(raw.get("pairs"), text, kind)
            records.append(
                Record(
                    corpus=name,
                    id=str(raw.get("id") or f"{name}:{number}"),
                    lang=str(raw.get("lang") or "und"),
                    text=text,
                    kind=kind,
                    published=_date(raw.get("published")),
                    pairs=pairs,
                    notes=str(raw.get("notes") or raw.get("note") or ""),
                    unscored=unscored,
                )
            )
    return records


def corpus_paths(named: Sequence[str] | None) -> tuple[list[Path], list[str]]:
    """The JSONL files to read, and the names given that were not found."""
    missing: list[str] = []
    candidates = [Path(name) for name in named] if named else [DEFAULT_SHARED, DEFAULT_SHIPPED]
    paths: list[Path] = []
    for candidate in candidates:
        if candidate.is_dir():
            paths.extend(sorted(candidate.glob("*.jsonl")))
        elif candidate.is_file():
            paths.append(candidate)
        elif named:
            missing.append(str(candidate))
    return list(dict.fromkeys(paths)), missing


# ---------------------------------------------------------------------------------------------
# Running figcheck


@dataclass(slots=True)
class Outcome:
    """What figcheck returned on one record in one run."""

    claims: list[Any] = field(default_factory=list)
    findings: list[Any] = field(default_factory=list)
    mentions: list[Any] = field(default_factory=list)
    locale_refused: bool = False
    error: str | None = None


def run_one(record: Record, locale: str | None) -> Outcome:
    """Extract, check and find money in one record's text."""
    outcome = Outcome()
    try:
        try:
            outcome.claims = list(figcheck.extract(record.text, locale=locale))
        except figcheck.ConfigError:
            outcome.locale_refused = True
            locale = None
            outcome.claims = list(figcheck.extract(record.text, locale=locale))
        report = figcheck.check(record.text, date=record.published, locale=locale)
        outcome.findings = list(report.findings)
        outcome.mentions = list(figcheck.find_money(record.text, locale=locale))
    except Exception as error:  # an evaluation counts a crash and goes on
        outcome.error = f"{type(error).__name__}: {error}"
    return outcome


# ---------------------------------------------------------------------------------------------
# Matching


def _close(value: Decimal, label: Decimal) -> bool:
    """Whether ``value`` is within the tolerance of the labelled ``label``."""
    if label == 0:
        return value == 0
    return abs(value - label) <= TOLERANCE * abs(label)


def _amounts(figure: Any) -> list[Decimal]:
    """The amounts a Money or Quantity stands for: its value and the upper end of a range."""
    values = [getattr(figure, "amount", None), getattr(figure, "upper", None)]
    return [v for v in values if isinstance(v, Decimal)]


def _currencies(money: Any) -> set[str]:
    """Every currency code a Money (or a plain code) can mean."""
    if isinstance(money, str):
        return {money}
    codes = {c for c in getattr(money, "candidates", ()) or () if isinstance(c, str)}
    currency = getattr(money, "currency", None)
    if isinstance(currency, str):
        codes.add(currency)
    return codes


def money_fits(money: Any, side: Side) -> bool:
    """Whether a Money mention is the labelled side: amount within tolerance, currency allowed."""
    return any(_close(v, side.amount) for v in _amounts(money)) and side.currency in _currencies(
        money
    )


def _unit_names(label: str) -> frozenset[str]:
    """The pint unit names a corpus unit label stands for."""
    return UNIT_NAMES.get(label.lower(), frozenset({label}))


def quantity_fits(quantity: Any, side: Side) -> bool:
    """Whether a Quantity is the labelled side: amount within tolerance, unit among its units."""
    units = set(getattr(quantity, "units", ()) or ())
    return any(_close(v, side.amount) for v in _amounts(quantity)) and bool(
        units & _unit_names(side.currency)
    )


def is_conversion(claim: Any) -> bool:
    """Whether a claim restates money in another currency."""
    return isinstance(claim, figcheck.Conversion)


def is_unit_conversion(claim: Any) -> bool:
    """Whether a claim restates a quantity in another unit."""
    return isinstance(claim, figcheck.UnitConversion)


def is_rate_claim(claim: Any) -> bool:
    """Whether a claim states a rate: it has a ``value`` and, for each side, a ``base`` /
    ``quote`` or the candidates of one (``base_candidates`` / ``quote_candidates``)."""
    return getattr(claim, "value", None) is not None and all(
        _rate_side(claim, side) for side in ("base", "quote")
    )


def _rate_side(claim: Any, side: str) -> set[str]:
    """The currencies one side of a rate claim can mean: its code, or its candidates when the
    surface stays ambiguous ("18.44 pesos por dólar"), as for an amount's side."""
    codes = _currencies(getattr(claim, side, None))
    candidates = getattr(claim, f"{side}_candidates", ()) or ()
    return codes | {code for code in candidates if isinstance(code, str)}


def _both_ways(claim: Any, pair: Pair, fits: Callable[[Any, Side], bool]) -> bool:
    """Whether a two-sided claim's original and converted match the pair, either order."""
    original = getattr(claim, "original", None)
    converted = getattr(claim, "converted", None)
    return (fits(original, pair.a) and fits(converted, pair.b)) or (
        fits(original, pair.b) and fits(converted, pair.a)
    )


def conversion_matches(claim: Any, pair: Pair) -> bool:
    """Whether a Conversion claim states the labelled money pair."""
    return is_conversion(claim) and pair.kind != "unit" and _both_ways(claim, pair, money_fits)


def unit_matches(claim: Any, pair: Pair) -> bool:
    """Whether a UnitConversion claim states the labelled unit pair."""
    return (
        is_unit_conversion(claim) and pair.kind == "unit" and _both_ways(claim, pair, quantity_fits)
    )


def _bounds(value: Any) -> tuple[Decimal, Decimal] | None:
    """A rate value as an interval: a number, an Interval-like, or a Money/Figure-like."""
    if isinstance(value, Decimal | int | float) and not isinstance(value, bool):
        number = Decimal(str(value))
        return number, number
    low, high = getattr(value, "low", None), getattr(value, "high", None)
    if low is not None and high is not None:
        low_bounds, high_bounds = _bounds(low), _bounds(high)
        if low_bounds and high_bounds:
            return low_bounds[0], high_bounds[1]
    for name in ("amount", "value"):
        inner = getattr(value, name, None)
        if inner is not None and inner is not value:
            return _bounds(inner)
    return None


def rate_matches(claim: Any, pair: Pair) -> bool:
    """Whether a rate claim states the labelled rate: those currencies, b/a or a/b."""
    if not is_rate_claim(claim) or pair.kind == "unit" or pair.a.amount == 0:
        return False
    base, quote = _rate_side(claim, "base"), _rate_side(claim, "quote")
    a, b = pair.a.currency, pair.b.currency
    if not ((a in base and b in quote) or (b in base and a in quote)):
        return False
    bounds = _bounds(claim.value)
    if bounds is None or pair.b.amount == 0:
        return False
    low, high = bounds
    for target in (pair.b.amount / pair.a.amount, pair.a.amount / pair.b.amount):
        slack = TOLERANCE * abs(target)
        if low - slack <= target <= high + slack:
            return True
    return False


def pair_found(claims: Iterable[Any], pair: Pair) -> bool:
    """Whether figcheck found the pair, by the rules of its kind."""
    if pair.kind == "unit":
        return any(unit_matches(c, pair) for c in claims)
    if pair.kind == "rate":
        return any(rate_matches(c, pair) for c in claims)
    return any(conversion_matches(c, pair) for c in claims)


def overlaps(span: Any, located: tuple[int, int] | None) -> bool:
    """Whether a figcheck span overlaps a located surface."""
    if located is None or span is None:
        return False
    return bool(span.start < located[1] and located[0] < span.end)


def diagnose(pair: Pair, outcome: Outcome) -> str:
    """Why a pair was missed, in a few words."""
    if outcome.error:
        return "figcheck raised"
    prefix = f"{pair.kind}: "
    if pair.kind == "unit":
        touching = [
            c
            for c in outcome.claims
            if is_unit_conversion(c)
            and (overlaps(c.span, pair.span_a) or overlaps(c.span, pair.span_b))
        ]
        if not touching:
            return prefix + "no unit conversion read"
        return prefix + "unit conversion read with other values or units"
    states: list[str] = []
    for side, located in ((pair.a, pair.span_a), (pair.b, pair.span_b)):
        fitting = [m for m in outcome.mentions if money_fits(m, side)]
        if fitting:
            states.append("ok")
            continue
        near = [m for m in outcome.mentions if overlaps(m.span, located)]
        if any(any(_close(v, side.amount) for v in _amounts(m)) for m in near):
            states.append("currency")
        elif near:
            states.append("amount")
        elif any(any(_close(v, side.amount) for v in _amounts(m)) for m in outcome.mentions):
            states.append("currency")
        else:
            states.append("unread")
    if pair.kind == "rate":
        unit_side = 0 if pair.a.amount == 1 else 1
        if states[unit_side] != "ok" and states[1 - unit_side] == "ok":
            return prefix + "the unit side is not a money figure (no rate claim)"
    if "unread" in states:
        which = "neither figure" if states == ["unread", "unread"] else "a figure not"
        return prefix + f"{which} read as money"
    if "amount" in states:
        return prefix + "a figure read with a different amount"
    if "currency" in states:
        return prefix + "a figure read with a different currency"
    if pair.kind == "rate":
        return prefix + "both figures read (no rate claim)"
    touching = [
        c
        for c in outcome.claims
        if is_conversion(c) and (overlaps(c.span, pair.span_a) or overlaps(c.span, pair.span_b))
    ]
    if touching:
        return prefix + "paired with another figure"
    return prefix + "both read, not paired"


# ---------------------------------------------------------------------------------------------
# Tallies


@dataclass(slots=True)
class Ratio:
    """Hits out of a total."""

    hits: int = 0
    total: int = 0

    def add(self, hit: bool) -> None:
        """Count one case."""
        self.total += 1
        self.hits += int(hit)

    @property
    def share(self) -> float | None:
        """Hits / total, None when there is nothing to count."""
        return self.hits / self.total if self.total else None

    def cell(self) -> str:
        """'12/20 60.0%', or '-' when empty."""
        if not self.total:
            return "-"
        return f"{self.hits}/{self.total} {100 * self.hits / self.total:.1f}%"

    def as_json(self) -> dict[str, Any]:
        """The numbers."""
        return {"found": self.hits, "total": self.total, "share": _round(self.share)}


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


@dataclass(slots=True)
class RunScore:
    """Every number of one run."""

    pairs: dict[str, Ratio] = field(default_factory=lambda: defaultdict(Ratio))
    by_lang: dict[tuple[str, str], Ratio] = field(default_factory=lambda: defaultdict(Ratio))
    by_shape: dict[tuple[str, str], Ratio] = field(default_factory=lambda: defaultdict(Ratio))
    rate_as_conversion: Ratio = field(default_factory=Ratio)
    precision: dict[str, Ratio] = field(default_factory=lambda: defaultdict(Ratio))
    precision_by_kind: dict[str, Ratio] = field(default_factory=lambda: defaultdict(Ratio))
    precision_by_lang: dict[str, Ratio] = field(default_factory=lambda: defaultdict(Ratio))
    trap_texts: Ratio = field(default_factory=Ratio)
    alarms: dict[str, dict[str, int]] = field(
        default_factory=lambda: defaultdict(lambda: defaultdict(int))
    )
    alarm_codes: Counter[str] = field(default_factory=Counter)
    alarms_by_lang: dict[str, dict[str, int]] = field(
        default_factory=lambda: defaultdict(lambda: defaultdict(int))
    )
    caught: Ratio = field(default_factory=Ratio)
    caught_error: int = 0
    at_figure: Ratio = field(default_factory=Ratio)
    caught_codes: Counter[str] = field(default_factory=Counter)
    locale_refused: int = 0
    errors: list[tuple[str, str]] = field(default_factory=list)
    missed: list[tuple[Record, Pair, str]] = field(default_factory=list)
    false_alarms: list[tuple[Record, list[Any]]] = field(default_factory=list)
    false_pairs: list[tuple[Record, Any]] = field(default_factory=list)
    uncaught: list[Record] = field(default_factory=list)


def score(records: Sequence[Record], outcomes: Sequence[Outcome]) -> RunScore:
    """Score one run."""
    run = RunScore()
    for record, outcome in zip(records, outcomes, strict=True):
        if outcome.locale_refused:
            run.locale_refused += 1
        if outcome.error:
            run.errors.append((record.id, outcome.error))
        claims = outcome.claims
        for pair in record.pairs:
            found = pair_found(claims, pair)
            run.pairs[pair.kind].add(found)
            run.by_lang[pair.kind, record.lang].add(found)
            run.by_shape[pair.kind, pair.shape].add(found)
            if pair.kind == "rate":
                run.rate_as_conversion.add(any(conversion_matches(c, pair) for c in claims))
            if not found:
                run.missed.append((record, pair, diagnose(pair, outcome)))
        for claim in claims:
            if is_conversion(claim):
                kind = "conversion"
                hit = any(conversion_matches(claim, p) for p in record.pairs)
            elif is_unit_conversion(claim):
                kind = "unit_conversion"
                hit = any(unit_matches(claim, p) for p in record.pairs)
            elif is_rate_claim(claim):
                kind = "rate"
                hit = any(rate_matches(claim, p) for p in record.pairs)
            else:
                continue
            run.precision[kind].add(hit)
            if kind == "conversion":
                run.precision_by_kind[record.kind].add(hit)
                run.precision_by_lang[record.lang].add(hit)
                if not hit:
                    run.false_pairs.append((record, claim))
        if record.kind == "no_conversion":
            run.trap_texts.add(any(is_conversion(c) for c in claims))
        serious = [f for f in outcome.findings if str(f.severity) in ("error", "warning")]
        if record.kind in CORRECT_KINDS:
            group = "noted" if record.noted else "plain"
            for tally in (run.alarms[record.kind], run.alarms[group], run.alarms["all"]):
                _count_alarms(tally, serious)
            _count_alarms(run.alarms_by_lang[record.lang], serious)
            if serious:
                run.false_alarms.append((record, serious))
                run.alarm_codes.update(f.code for f in serious)
        if record.kind in ERROR_KINDS:
            figure_findings = [f for f in serious if FIGURE_RULES.fullmatch(f.code)]
            run.caught.add(bool(figure_findings))
            run.caught_codes.update(f.code for f in figure_findings)
            if any(str(f.severity) == "error" for f in figure_findings):
                run.caught_error += 1
            if not figure_findings:
                run.uncaught.append(record)
            spans = [s for p in record.pairs for s in (p.span_a, p.span_b) if s is not None]
            if figure_findings and spans:
                run.at_figure.add(any(overlaps(f.span, s) for f in figure_findings for s in spans))
    return run


def _count_alarms(tally: dict[str, int], serious: Sequence[Any]) -> None:
    errors = sum(1 for f in serious if str(f.severity) == "error")
    warnings = len(serious) - errors
    tally["texts"] += 1
    tally["error_texts"] += int(errors > 0)
    tally["warning_texts"] += int(warnings > 0)
    tally["error_findings"] += errors
    tally["warning_findings"] += warnings


def _per100(count: int, texts: int) -> float | None:
    return 100 * count / texts if texts else None


def _fmt(value: float | None, digits: int = 1) -> str:
    return "-" if value is None else f"{value:.{digits}f}"


# ---------------------------------------------------------------------------------------------
# Reporting


def table(header: Sequence[str], rows: Iterable[Sequence[str]]) -> list[str]:
    """A plain-text table: the first column left-aligned, the others right-aligned."""
    body = [list(header), *[list(r) for r in rows]]
    widths = [max(len(row[i]) for row in body) for i in range(len(header))]
    lines = []
    for n, row in enumerate(body):
        cells = [
            cell.ljust(widths[i]) if i == 0 else cell.rjust(widths[i]) for i, cell in enumerate(row)
        ]
        lines.append("  ".join(cells).rstrip())
        if n == 0:
            lines.append("  ".join("-" * w for w in widths))
    return lines


def _languages(records: Sequence[Record]) -> list[str]:
    counts = Counter(r.lang for r in records)
    return sorted(counts, key=lambda lang: (-counts[lang], lang))


def _split_en(by_lang: dict[tuple[str, str], Ratio], kind: str) -> tuple[Ratio, Ratio]:
    """The pairs of one kind in English and in every other language."""
    english, other = Ratio(), Ratio()
    for (k, lang), ratio in by_lang.items():
        if k != kind:
            continue
        target = english if lang.lower().split("-")[0] == "en" else other
        target.hits += ratio.hits
        target.total += ratio.total
    return english, other


def _claim_text(claim: Any, text: str) -> str:
    name = type(claim).__name__
    original, converted = getattr(claim, "original", None), getattr(claim, "converted", None)
    if original is not None and converted is not None:
        connector = getattr(claim, "connector", "")
        return (
            f"{name} {original.text!r} [{_describe(original)}] -> "
            f"{converted.text!r} [{_describe(converted)}] ({connector})"
        )
    if is_rate_claim(claim):
        return f"{name} {claim.base} {claim.quote} {claim.value}"
    span = getattr(claim, "span", None)
    return f"{name} {span.slice(text)!r}" if span is not None else name


def _describe(figure: Any) -> str:
    amount = getattr(figure, "amount", None)
    amount_text = _plain(amount) if isinstance(amount, Decimal) else "?"
    if hasattr(figure, "units"):
        return f"{amount_text} {'|'.join(figure.units)}"
    currency = figure.currency or "?"
    candidates = getattr(figure, "candidates", ())
    if figure.currency is None and candidates:
        currency = "|".join(candidates[:4]) + ("…" if len(candidates) > 4 else "")
    return f"{amount_text} {currency}"


def _short(text: str, limit: int = 200) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


class CorpusReport:
    """Builds the text report and the JSON numbers from two scored runs."""

    def __init__(
        self,
        name: str,
        records: Sequence[Record],
        runs: dict[str, RunScore],
        outcomes: dict[str, list[Outcome]],
        seconds: float,
    ) -> None:
        self.name = name
        self.records = records
        self.runs = runs
        self.outcomes = outcomes
        self.seconds = seconds
        self.multi = len({r.corpus for r in records}) > 1

    def rid(self, record: Record) -> str:
        return f"{record.corpus}:{record.id}" if self.multi else record.id

    # -- the text report ------------------------------------------------------------------

    def lines(self, misses: bool) -> list[str]:
        records = self.records
        given, detected = self.runs["given"], self.runs["detected"]
        kinds = Counter(r.kind for r in records)
        pair_kinds = Counter(p.kind for r in records for p in r.pairs)
        unscored = sum(r.unscored for r in records)
        out = [
            f"figcheck {figcheck.__version__} on {self.name}: {len(records)} records, "
            f"{len({r.lang for r in records})} languages",
            "records by kind: " + ", ".join(f"{k} {n}" for k, n in kinds.most_common()),
            "labelled pairs: "
            + ", ".join(f"{k} {pair_kinds[k]}" for k in ("amount", "rate", "unit"))
            + (f" ({unscored} without amount or currency, not scored)" if unscored else ""),
            'runs: "given" = locale from the record\'s lang; "detected" = no locale',
            "",
        ]
        out += ["1. Pair recall by language (found/total, given | detected)", ""]
        rows = []
        for lang in [*_languages(records), "all"]:
            row = [lang]
            for kind in ("amount", "rate", "unit"):
                for run in (given, detected):
                    ratio = run.pairs[kind] if lang == "all" else run.by_lang[kind, lang]
                    row.append(ratio.cell())
            rows.append(row)
        out += table(["lang", *RECALL_COLUMNS], rows)
        out += [
            "",
            f"rate pairs a Conversion claim reads as amounts (not counted as found): "
            f"given {given.rate_as_conversion.cell()}, detected "
            f"{detected.rate_as_conversion.cell()}",
            "",
            "2. Pair recall by shape (given | detected)",
            "",
        ]
        shapes = ["bracket", "words", "rate", "table", "arithmetic", "other"]
        rows = []
        for shape in shapes:
            row = [shape]
            for kind in ("amount", "rate", "unit"):
                for run in (given, detected):
                    row.append(run.by_shape[kind, shape].cell())
            rows.append(row)
        out += table(["shape", *RECALL_COLUMNS], rows)
        out += ["", "3. Precision: claims that match a labelled pair (given | detected)", ""]
        rows = [
            [label, given.precision[kind].cell(), detected.precision[kind].cell()]
            for kind, label in (
                ("conversion", "Conversion"),
                ("rate", "rate claims"),
                ("unit_conversion", "UnitConversion"),
            )
        ]
        rows += [
            [
                f"  Conversion on {kind}",
                given.precision_by_kind[kind].cell(),
                detected.precision_by_kind[kind].cell(),
            ]
            for kind in sorted(set(given.precision_by_kind) | set(detected.precision_by_kind))
        ]
        rows.append(
            [
                "no_conversion texts with a Conversion",
                given.trap_texts.cell(),
                detected.trap_texts.cell(),
            ]
        )
        out += table(["claims", "given", "detected"], rows)
        out += ["", "Conversion precision by language (given | detected):", ""]
        langs = [
            lang
            for lang in _languages(records)
            if given.precision_by_lang[lang].total or detected.precision_by_lang[lang].total
        ]
        out += table(
            ["lang", "given", "detected"],
            [
                [
                    lang,
                    given.precision_by_lang[lang].cell(),
                    detected.precision_by_lang[lang].cell(),
                ]
                for lang in langs
            ],
        )
        out += [
            "",
            "4. False alarms on texts believed correct "
            "(texts with >=1 finding, findings, per 100 texts)",
            "",
        ]
        rows = []
        groups = [*CORRECT_KINDS, "plain", "noted", "all"]
        for group in groups:
            for run_name in RUNS:
                tally = self.runs[run_name].alarms[group]
                texts = tally["texts"]
                if not texts:
                    continue
                rows.append(
                    [
                        f"{group} ({run_name})",
                        str(texts),
                        str(tally["error_texts"]),
                        str(tally["error_findings"]),
                        _fmt(_per100(tally["error_texts"], texts)),
                        str(tally["warning_texts"]),
                        str(tally["warning_findings"]),
                        _fmt(_per100(tally["warning_texts"], texts)),
                    ]
                )
        out += table(
            ["texts", "n", "err texts", "err", "err/100", "warn texts", "warn", "warn/100"], rows
        )
        out += [
            "(noted: the notes call a figure SUSPECT, an ERROR, UNCORRECTED or INCONSISTENT)",
            "codes: given "
            + (", ".join(f"{c} {n}" for c, n in sorted(given.alarm_codes.items())) or "none")
            + "; detected "
            + (", ".join(f"{c} {n}" for c, n in sorted(detected.alarm_codes.items())) or "none"),
            "",
            "False alarms by language (texts with an error | a warning, given; detected):",
            "",
        ]
        rows = []
        for lang in _languages(records):
            g, d = given.alarms_by_lang[lang], detected.alarms_by_lang[lang]
            if not g["texts"]:
                continue
            rows.append(
                [
                    lang,
                    str(g["texts"]),
                    f"{g['error_texts']} | {g['warning_texts']}",
                    f"{d['error_texts']} | {d['warning_texts']}",
                ]
            )
        out += table(["lang", "texts", "given", "detected"], rows)
        out += ["", "5. Errors caught on correction_wrong texts (FC1xx-FC3xx error or warning)", ""]
        rows = []
        for run_name in RUNS:
            run = self.runs[run_name]
            rows.append(
                [
                    run_name,
                    run.caught.cell(),
                    str(run.caught_error),
                    run.at_figure.cell(),
                    ", ".join(f"{c} {n}" for c, n in sorted(run.caught_codes.items())) or "-",
                ]
            )
        out += table(["run", "flagged", "with error", "at labelled figure", "codes"], rows)
        out += ["", "6. Miss categories (given run; pairs missed, example ids)", ""]
        categories: dict[str, list[str]] = defaultdict(list)
        for record, _pair, category in given.missed:
            categories[category].append(self.rid(record))
        rows = [
            [category, str(len(ids)), " ".join(list(dict.fromkeys(ids))[:5])]
            for category, ids in sorted(categories.items(), key=lambda kv: (-len(kv[1]), kv[0]))
        ]
        out += table(["category", "n", "examples"], rows) if rows else ["none"]
        connectors = Counter(getattr(c, "connector", "?") for _, c in given.false_pairs)
        out += [
            "",
            "false pairs (given) by connector: "
            + (", ".join(f"{c} {n}" for c, n in connectors.most_common()) or "none"),
        ]
        for run_name in RUNS:
            run = self.runs[run_name]
            if run.locale_refused or run.errors:
                out.append(
                    f"{run_name}: locale refused on {run.locale_refused} records; figcheck raised "
                    f"on {len(run.errors)}"
                    + (f" (first: {run.errors[0][0]}: {run.errors[0][1]})" if run.errors else "")
                )
        if misses:
            out += ["", *self.miss_lines()]
        out += ["", f"elapsed: {self.seconds:.1f} s for {len(records)} records x 2 runs", ""]
        out += self.summary()
        return out

    def miss_lines(self) -> list[str]:
        given = self.runs["given"]
        outcomes = {id(r): o for r, o in zip(self.records, self.outcomes["given"], strict=True)}
        out = ["== missed pairs (given run) =="]
        for record, pair, category in given.missed:
            out += [
                f"{self.rid(record)} [{record.lang}, {record.kind}, {pair.kind}, {pair.shape}] "
                f"{category}",
                f"  label: {pair.label()}",
                f"  text: {_short(record.text)}",
                *self._returned(record, outcomes[id(record)]),
            ]
        out += ["", "== false alarms (given run) =="]
        for record, findings in given.false_alarms:
            out.append(
                f"{self.rid(record)} [{record.lang}, {record.kind}"
                + (", noted" if record.noted else "")
                + "]"
            )
            out.append(f"  text: {_short(record.text)}")
            outcome = outcomes[id(record)]
            out += [f"  claim: {_claim_text(c, record.text)}" for c in outcome.claims]
            for finding in findings:
                out.append(f"  {finding.code} {finding.severity}: {_short(finding.message, 240)}")
        out += ["", "== false pairs: Conversion claims matching no label (given run) =="]
        for record, claim in given.false_pairs:
            out += [
                f"{self.rid(record)} [{record.lang}, {record.kind}] "
                f"{_claim_text(claim, record.text)}",
                f"  text: {_short(record.text)}",
            ]
        out += ["", "== correction_wrong texts not flagged (given run) =="]
        for record in given.uncaught:
            outcome = outcomes[id(record)]
            out += [
                f"{self.rid(record)} [{record.lang}]",
                f"  text: {_short(record.text)}",
                *self._returned(record, outcome),
            ]
        return out

    def _returned(self, record: Record, outcome: Outcome) -> list[str]:
        if outcome.error:
            return [f"  figcheck raised {outcome.error}"]
        lines = [f"  claim: {_claim_text(c, record.text)}" for c in outcome.claims]
        money = ", ".join(f"{m.text!r} [{_describe(m)}]" for m in outcome.mentions)
        lines.append(f"  money: {money or 'none'}")
        codes = ", ".join(f"{f.code} {f.severity}" for f in outcome.findings)
        if codes:
            lines.append(f"  findings: {codes}")
        return lines

    def summary(self) -> list[str]:
        """Exactly 8 lines."""
        given, detected = self.runs["given"], self.runs["detected"]

        def split(kind: str) -> str:
            g_en, g_other = _split_en(given.by_lang, kind)
            d_en, d_other = _split_en(detected.by_lang, kind)
            return f"en {g_en.cell()} | {d_en.cell()}   other {g_other.cell()} | {d_other.cell()}"

        def alarms(run: RunScore, group: str = "all") -> str:
            tally = run.alarms[group]
            return (
                f"error {_fmt(_per100(tally['error_texts'], tally['texts']))} "
                f"warning {_fmt(_per100(tally['warning_texts'], tally['texts']))}"
            )

        correct = given.alarms["all"]["texts"]
        plain = given.alarms["plain"]["texts"]
        lines = [
            f"== summary: {self.name}, {len(self.records)} records; given locale | detected ==",
            f"amount-pair recall  {split('amount')}",
            f"rate-pair recall    {split('rate')}",
            f"unit-pair recall    {split('unit')}",
            "precision           Conversion claims matching a label "
            f"{given.precision['conversion'].cell()} | {detected.precision['conversion'].cell()}",
            f"false alarms        per 100 of {correct} correct texts: {alarms(given)} | "
            f"{alarms(detected)}; of the {plain} with no note of a suspect figure: "
            f"{alarms(given, 'plain')} | {alarms(detected, 'plain')}",
            f"errors caught       correction_wrong texts flagged {given.caught.cell()} | "
            f"{detected.caught.cell()}",
            "false pairs         no_conversion texts with a Conversion "
            f"{given.trap_texts.cell()} | {detected.trap_texts.cell()}",
        ]
        assert len(lines) == 8
        return lines

    # -- the JSON numbers -----------------------------------------------------------------

    def as_json(self) -> dict[str, Any]:
        records = self.records
        return {
            "corpus": self.name,
            "records": len(records),
            "languages": dict(Counter(r.lang for r in records).most_common()),
            "kinds": dict(Counter(r.kind for r in records).most_common()),
            "pairs": dict(Counter(p.kind for r in records for p in r.pairs)),
            "unscored_pairs": sum(r.unscored for r in records),
            "tolerance": str(TOLERANCE),
            "seconds": round(self.seconds, 3),
            "runs": {name: self.run_json(run) for name, run in self.runs.items()},
        }

    def run_json(self, run: RunScore) -> dict[str, Any]:
        def nested(by: dict[tuple[str, str], Ratio], kind: str) -> dict[str, Any]:
            return {key: r.as_json() for (k, key), r in sorted(by.items()) if k == kind}

        recall: dict[str, Any] = {}
        for kind in ("amount", "rate", "unit"):
            english, other = _split_en(run.by_lang, kind)
            recall[kind] = {
                **run.pairs[kind].as_json(),
                "en": english.as_json(),
                "other": other.as_json(),
                "by_lang": nested(run.by_lang, kind),
                "by_shape": nested(run.by_shape, kind),
            }
        recall["rate"]["as_conversion"] = run.rate_as_conversion.as_json()
        alarms: dict[str, Any] = {}
        for group, tally in run.alarms.items():
            texts = tally["texts"]
            alarms[group] = {
                **tally,
                "error_texts_per_100": _round(_per100(tally["error_texts"], texts)),
                "warning_texts_per_100": _round(_per100(tally["warning_texts"], texts)),
                "error_findings_per_100": _round(_per100(tally["error_findings"], texts)),
                "warning_findings_per_100": _round(_per100(tally["warning_findings"], texts)),
            }
        return {
            "recall": recall,
            "precision": {
                **{kind: ratio.as_json() for kind, ratio in run.precision.items()},
                "conversion_by_kind": {
                    k: r.as_json() for k, r in sorted(run.precision_by_kind.items())
                },
                "conversion_by_lang": {
                    k: r.as_json() for k, r in sorted(run.precision_by_lang.items())
                },
                "no_conversion_texts_with_conversion": run.trap_texts.as_json(),
            },
            "false_alarms": {
                **alarms,
                "by_lang": {lang: dict(t) for lang, t in sorted(run.alarms_by_lang.items())},
                "codes": dict(sorted(run.alarm_codes.items())),
            },
            "errors_caught": {
                **run.caught.as_json(),
                "with_error": run.caught_error,
                "at_labelled_figure": run.at_figure.as_json(),
                "codes": dict(sorted(run.caught_codes.items())),
            },
            "locale_refused": run.locale_refused,
            "raised": [{"id": i, "error": e} for i, e in run.errors],
            "missed": [
                {
                    "id": self.rid(r),
                    "lang": r.lang,
                    "kind": p.kind,
                    "shape": p.shape,
                    "category": c,
                    "a": {"amount": _plain(p.a.amount), "currency": p.a.currency},
                    "b": {"amount": _plain(p.b.amount), "currency": p.b.currency},
                }
                for r, p, c in run.missed
            ],
            "false_alarm_ids": [self.rid(r) for r, _ in run.false_alarms],
            "false_pair_ids": [self.rid(r) for r, _ in run.false_pairs],
            "uncaught_ids": [self.rid(r) for r in run.uncaught],
        }


# ---------------------------------------------------------------------------------------------
# Command line


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description="Measure figcheck on a labelled JSONL corpus of published figures."
    )
    parser.add_argument(
        "--corpus",
        action="append",
        metavar="PATH",
        help="a JSONL file or a folder of them (repeatable; default: "
        "../shared/corpus/news-dev.jsonl and benchmarks/corpus/*.jsonl when present)",
    )
    parser.add_argument("--json", metavar="PATH", help="write every number as JSON to PATH")
    parser.add_argument(
        "--misses",
        action="store_true",
        help="list every missed pair, false alarm and false pair with what figcheck returned",
    )
    return parser.parse_args(argv)


def _evaluate(records: Sequence[Record]) -> tuple[dict[str, list[Outcome]], float]:
    started = time.perf_counter()
    outcomes: dict[str, list[Outcome]] = {
        "given": [run_one(r, r.lang) for r in records],
        "detected": [run_one(r, None) for r in records],
    }
    return outcomes, time.perf_counter() - started


def _iter_records(paths: Sequence[Path], problems: list[str]) -> Iterator[Record]:
    for path in paths:
        try:
            yield from read_corpus(path, problems)
        except (OSError, UnicodeDecodeError) as error:
            problems.append(f"{path}: cannot be read ({error})")


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    paths, missing = corpus_paths(args.corpus)
    for name in missing:
        print(f"corpus not found: {name}", file=sys.stderr)
    problems: list[str] = []
    records = list(_iter_records(paths, problems))
    for problem in problems:
        print(f"skipped: {problem}", file=sys.stderr)
    if not records:
        where = ", ".join(args.corpus) if args.corpus else f"{DEFAULT_SHARED} or {DEFAULT_SHIPPED}"
        print(f"no corpus records found ({where}); nothing to measure.")
        return 0
    name = " + ".join(dict.fromkeys(p.stem for p in paths))
    outcomes, seconds = _evaluate(records)
    runs = {run_name: score(records, outcomes[run_name]) for run_name in RUNS}
    report = CorpusReport(name, records, runs, outcomes, seconds)
    if args.json:
        Path(args.json).write_text(
            json.dumps(report.as_json(), indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
        )
    print("\n".join(report.lines(args.misses)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
