"""The records that flow through figcheck: spans, figures, mentions, claims, findings.

Every record is an immutable dataclass. Amounts are ``Decimal`` and always travel with the raw
text they were read from, so a reader can check a finding against the page by hand.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, is_dataclass
from dataclasses import fields as dataclass_fields
from decimal import Decimal

from figcheck._severity import Severity as Severity
from figcheck.intervals import Interval


@dataclass(frozen=True, slots=True, order=True)
class Span:
    """A half-open range ``[start, end)`` of character offsets into the checked text."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"invalid span [{self.start}, {self.end})")

    def slice(self, text: str) -> str:
        """The text this span covers."""
        return text[self.start : self.end]


@dataclass(frozen=True, slots=True)
class Figure:
    """A stated number: its raw text, its value, and the interval of true values it stands for.

    ``granularity`` is the size of the last significant digit with magnitude words applied
    ("4,980" → 10, "1.2bn" → 100,000,000) and ``scale`` the magnitude word's multiplier ("bn" →
    10⁹, 1 when there is none). ``upper`` is set when the figure is a range ("2-3 million");
    the interval then covers the whole range. ``other`` is set when the document does not
    settle how the figure's one separator reads: its value in the other convention ("1.234"
    read as 1.234, other 1,234); such a figure is not checked (FC406). ``decimal`` and ``group``
    are the signs of the notation it was read in ("." and "," in English, "," and "." in
    German), so that figures derived from it can be written the same way.
    """

    text: str
    value: Decimal
    granularity: Decimal
    interval: Interval
    scale: Decimal = Decimal(1)
    upper: Decimal | None = None
    other: Decimal | None = None
    decimal: str = "."
    group: str = ","


@dataclass(frozen=True, slots=True)
class Money:
    """An amount of money as written: "300,000 rubles", "$4,980", "about €54m".

    ``currency`` is the ISO 4217 code when the surface resolves to one (in context), else None;
    ``candidates`` lists every currency the surface could mean ("$" → USD, CAD, AUD …), sorted.
    ``hedge`` is the hedge word written before it ("about", "more than"), lower-cased, and
    ``interval`` the true values the mention can stand for once rounding and hedge are allowed for.
    """

    amount: Decimal
    currency: str | None
    candidates: tuple[str, ...]
    span: Span
    text: str
    figure: Figure
    unit_text: str
    interval: Interval
    hedge: str | None = None

    @property
    def upper(self) -> Decimal | None:
        """The upper end of a range ("$2-3 million" → 3,000,000), else None."""
        return self.figure.upper


@dataclass(frozen=True, slots=True)
class Claim:
    """Mentions that a sentence ties together; subclasses say how."""

    span: Span

    def to_dict(self) -> dict[str, object]:
        """The claim as JSON-ready data, ``"kind"`` first ("conversion", "percent_change" …);
        see docs/json-schema.md."""
        return record_data(self)

    def to_json(self, *, indent: int | None = None) -> str:
        """``to_dict()`` as a JSON string."""
        return _dumps(self.to_dict(), indent)


@dataclass(frozen=True, slots=True)
class Conversion(Claim):
    """One amount restated in another currency: "300,000 rubles ($4,980)".

    ``original`` is the amount the sentence is about (taken as exact); ``converted`` is its
    restatement (taken as rounded). ``connector`` names the phrasing that ties them
    ("parentheses", "or", "equivalent to" …). ``parallel_market`` is True when the text puts
    the conversion on a black or parallel market ("1,400 pesos on the black market") and
    ``at_the_time`` when it says the rate is of the time the sentence speaks of ("at the
    exchange rate of the time"): neither is the official rate of the document date (see
    ``figcheck.reading.rate_scope``). ``year`` is the one year its sentence names, if any
    ("in 2015 Shell paid £47 billion (€64 billion)"): a conversion of a year before the
    document's may use that year's rate.
    """

    original: Money
    converted: Money
    connector: str
    parallel_market: bool = False
    at_the_time: bool = False
    year: int | None = None

    @property
    def hedge(self) -> str | None:
        """The hedge word on the converted amount ("about"), if any."""
        return self.converted.hedge


@dataclass(frozen=True, slots=True)
class StatedRate(Claim):
    """An exchange rate written out: "$1 = 83.2 rupees", "about 7.1 yuan to the dollar".

    ``value`` is in units of ``quote`` per one ``base``, whichever way the text wrote it;
    ``interval`` the rates it stands for once rounding and hedge are allowed for (a band,
    "between 7.0 and 7.3 yuan per dollar", covers the whole band). ``unit`` is the one unit of
    ``base`` and ``amount`` the figure in ``quote``, as written (a bare currency word or number
    is given as a mention of its own). ``connector`` is the phrasing that ties them ("=",
    "per", "against" …). ``base`` or ``quote`` is None when its surface stays ambiguous.
    ``year`` is a year written in the same sentence ("in 2015 a dollar bought 64 rupees") and
    ``projected`` is True when the sentence calls the rate a forecast or an assumption, or puts
    it in another time ("a dollar would buy", "at the time"): such a rate need not be the
    market's on the document date. ``parallel_market`` is True when the text puts the rate on
    a black or parallel market ("on the black market a dollar fetches 1,400 pesos").
    """

    base: str | None
    quote: str | None
    base_candidates: tuple[str, ...]
    quote_candidates: tuple[str, ...]
    value: Decimal
    interval: Interval
    text: str
    unit: Money
    amount: Money
    connector: str
    hedge: str | None = None
    year: int | None = None
    projected: bool = False
    parallel_market: bool = False


@dataclass(frozen=True, slots=True)
class Evidence:
    """The arithmetic behind a finding, complete enough to redo by hand.

    Rates are quoted as units of ``quote`` per one unit of ``base`` ("60.24 RUB per USD").
    ``implied`` is what the stated figures imply; ``expected`` what they were checked against
    (the other conversions of the document, or the reference band); ``tolerance`` is the
    relative allowance that was added to ``expected``.
    """

    figures: tuple[str, ...]
    base: str | None = None
    quote: str | None = None
    implied: Interval | None = None
    expected: Interval | None = None
    tolerance: Decimal | None = None
    source: str | None = None
    reference_date: dt.date | None = None
    factor: Decimal | None = None
    notes: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, object]:
        """Every field as JSON-ready data (exact decimals as strings), the JSON report's
        ``evidence`` object."""
        return record_data(self)


@dataclass(frozen=True, slots=True)
class Fix:
    """A suggested edit: ``span`` of the checked text, which reads ``original``, replaced by
    ``replacement`` (the expected figure in the document's own notation). ``safe`` marks the
    fixes ``figcheck check --fix`` may apply without a person choosing between readings."""

    span: Span
    original: str
    replacement: str
    safe: bool = False


@dataclass(frozen=True, slots=True)
class Finding:
    """What a rule reports: where, how bad, a one-line message and the evidence; ``fix`` is
    the suggested replacement when the finding has an expected figure."""

    code: str
    name: str
    severity: Severity
    span: Span
    message: str
    evidence: Evidence
    fix: Fix | None = None

    def to_dict(self) -> dict[str, object]:
        """The finding as JSON-ready data; see docs/json-schema.md."""
        return record_data(self)

    def to_json(self, *, indent: int | None = None) -> str:
        """``to_dict()`` as a JSON string."""
        return _dumps(self.to_dict(), indent)


@dataclass(frozen=True, slots=True)
class Report:
    """The result of checking one text: the findings, and every claim that was examined."""

    text: str
    findings: list[Finding] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    date: dt.date | None = None

    @property
    def ok(self) -> bool:
        """True when no finding is a warning or an error."""
        return not any(f.severity is not Severity.INFO for f in self.findings)

    def to_dict(self) -> dict[str, object]:
        """The report as JSON-ready data, ``"version"`` first: the format of
        docs/schema/figcheck-api-report-v1.json (see docs/json-schema.md)."""
        return {"version": API_FORMAT_VERSION, "ok": self.ok, **record_data(self)}

    def to_json(self, *, indent: int | None = None) -> str:
        """``to_dict()`` as a JSON string (non-ASCII text kept as is)."""
        return _dumps(self.to_dict(), indent)


@dataclass(frozen=True, slots=True)
class Percent:
    """A percentage as written: "12%", "12.5 per cent", "2 percentage points", "about 40%".

    ``value`` is in percent (12 for "12%"); ``points`` is True for a difference written in
    percentage points ("2 points", "2pp"). ``interval`` holds the true values, in percent, once
    rounding and hedge are allowed for.
    """

    value: Decimal
    span: Span
    text: str
    figure: Figure
    interval: Interval
    points: bool = False
    hedge: str | None = None

    @property
    def amount(self) -> Decimal:
        """The value, under the name every stated figure shares."""
        return self.value


@dataclass(frozen=True, slots=True)
class Quantity:
    """An amount of a physical unit as written: "10 miles", "16 km", "100°F", "5 gallons".

    ``units`` lists every pint unit the surface can mean (one, or several for an ambiguous
    surface: "gallons" → US and imperial); ``dimension`` names what it measures ("length",
    "temperature" …).
    """

    amount: Decimal
    units: tuple[str, ...]
    dimension: str
    span: Span
    text: str
    figure: Figure
    unit_text: str
    interval: Interval
    hedge: str | None = None


@dataclass(frozen=True, slots=True)
class Count:
    """A bare number of things, in digits or words: "200 soldiers", "two million people"."""

    amount: Decimal
    span: Span
    text: str
    figure: Figure
    interval: Interval
    hedge: str | None = None


@dataclass(frozen=True, slots=True)
class Ratio:
    """A fraction or multiple written in words: "one in five", "a third", "twice", "tenfold".

    ``value`` is the fraction or factor (0.2 for "one in five", 2 for "doubled") and
    ``interval`` the values the word stands for (see ``figcheck.reading.number_words``).
    """

    value: Decimal
    span: Span
    text: str
    interval: Interval


#: A stated figure that a figure claim ties to others.
Stated = Money | Quantity | Count | Percent


@dataclass(frozen=True, slots=True)
class PercentChange(Claim):
    """A change stated as a percentage of its start: "rose 12% to $5.6bn from $5bn".

    ``direction`` is ``"up"`` or ``"down"``; ``change`` is the stated percentage (a
    percentage-point change when ``change.points``).
    """

    change: Percent
    before: Stated
    after: Stated
    direction: str


@dataclass(frozen=True, slots=True)
class Total(Claim):
    """A total and its listed parts: "a total of $10m: $4m for X and $5m for Y".

    ``complete`` is True when the parts are meant to make up the whole total; False for "of
    which" and "including", where they need only fit inside it.
    """

    total: Stated
    parts: tuple[Stated, ...]
    connector: str
    complete: bool


@dataclass(frozen=True, slots=True)
class Share(Claim):
    """A part of a whole, with the share it is said to be: "40 of the 200 soldiers (20%)"."""

    part: Stated
    whole: Stated
    share: Percent | Ratio


@dataclass(frozen=True, slots=True)
class Multiple(Claim):
    """A change stated as a factor: "prices doubled from €2 to €4", "cut by a third"."""

    factor: Ratio
    before: Stated
    after: Stated


@dataclass(frozen=True, slots=True)
class UnitConversion(Claim):
    """One quantity restated in another unit: "the 10-mile (16 km) route", "100°F (38°C)"."""

    original: Quantity
    converted: Quantity
    connector: str


# Records as JSON-ready data: the one serialisation that ``to_dict()`` and the JSON report share.
# Decimals are strings in plain notation (a JSON number would be read as a binary float),
# intervals ``[low, high]``, dates ISO 8601; claims and stated figures carry their ``"kind"``.

#: The version of the ``Report.to_dict()`` format; it changes only when a field is removed or
#: changes meaning.
API_FORMAT_VERSION = 1


def record_data(record: object) -> dict[str, object]:
    """A record's fields as JSON-ready data, with ``"kind"`` first for a claim or a figure."""
    if not is_dataclass(record) or isinstance(record, type):
        raise TypeError(f"not a record: {record!r}")
    fields = {f.name: json_value(getattr(record, f.name)) for f in dataclass_fields(record)}
    if isinstance(record, Claim | Money | Quantity | Count | Percent | Ratio):
        return {"kind": _snake_case(type(record).__name__), **fields}
    return fields


def json_value(value: object) -> object:
    """``value`` as JSON-ready data: str, int, bool, None, lists and objects only."""
    if value is None or isinstance(value, bool | int | str):
        return str(value) if isinstance(value, Severity) else value
    if isinstance(value, Decimal):
        return f"{value:f}"
    if isinstance(value, Interval):
        return [f"{value.low:f}", f"{value.high:f}"]
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return [json_value(item) for item in value]
    if is_dataclass(value):
        return record_data(value)
    raise TypeError(f"no JSON form for {type(value).__name__}")


def _snake_case(name: str) -> str:
    """ "PercentChange" → "percent_change"."""
    return "".join(f"_{c.lower()}" if c.isupper() and i else c.lower() for i, c in enumerate(name))


def _dumps(data: dict[str, object], indent: int | None) -> str:
    import json

    return json.dumps(data, indent=indent, ensure_ascii=False)
