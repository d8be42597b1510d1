"""The records that flow through figcheck: spans, figures, mentions, claims, findings.

Every record is an immutable dataclass. Amounts are ``Decimal`` and always travel with the raw
text they were read from, so a reader can check a finding against the page by hand.
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass, field
from decimal import Decimal

from figcheck.intervals import Interval


class Severity(enum.StrEnum):
    """How much a finding matters; ``error`` and ``warning`` fail a lint run, ``info`` does not."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


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
    the interval then covers the whole range.
    """

    text: str
    value: Decimal
    granularity: Decimal
    interval: Interval
    scale: Decimal = Decimal(1)
    upper: Decimal | None = None


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


@dataclass(frozen=True, slots=True)
class Conversion(Claim):
    """One amount restated in another currency: "300,000 rubles ($4,980)".

    ``original`` is the amount the sentence is about (taken as exact); ``converted`` is its
    restatement (taken as rounded). ``connector`` names the phrasing that ties them
    ("parentheses", "or", "equivalent to" …).
    """

    original: Money
    converted: Money
    connector: str

    @property
    def hedge(self) -> str | None:
        """The hedge word on the converted amount ("about"), if any."""
        return self.converted.hedge


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


@dataclass(frozen=True, slots=True)
class Finding:
    """What a rule reports: where, how bad, a one-line message and the evidence."""

    code: str
    name: str
    severity: Severity
    span: Span
    message: str
    evidence: Evidence


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
