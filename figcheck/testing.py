"""Assertions for your own tests: does the arithmetic of a text add up?

Templates and generators that write money figures ("{amount} ({converted})") are code, and
their output can be tested like any other::

    from figcheck.testing import assert_consistent

    def test_press_release_template() -> None:
        assert_consistent(render_press_release(), date=datetime.date(2022, 10, 25))

``assert_consistent`` fails with every finding at or above ``fail_on`` (default: warning, as
on the command line), each with its excerpt and the arithmetic behind it, so that a failing
test says what is wrong without a second run of the CLI. The text is prose: markup and
suppression comments are the business of ``figcheck check`` and ``pytest --figcheck``.

Under pytest, the ``figcheck`` fixture is a ``Checker`` configured by the project's
``[tool.figcheck]`` settings and the test's ``@pytest.mark.figcheck(date=..., locale=...,
rates=...)``. pytest rewrites the asserts of this module (the plugin registers it), which adds
the failing findings' codes and places under the message.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, TypedDict, Unpack, cast

from figcheck.checking import check
from figcheck.intervals import Interval, format_decimal
from figcheck.lint.lines import LineIndex
from figcheck.lint.reporters import text as text_format
from figcheck.lint.reporters._common import at_least, decimal_text
from figcheck.lint.results import FileResult, Located, Position, RunResult
from figcheck.model import Evidence, Finding, Report, Severity
from figcheck.rates.source import RateSource
from figcheck.rules.config import Config

if TYPE_CHECKING:
    import pytest

#: The name a checked string is reported under, where a file would show its path.
TEXT_NAME = "<text>"
#: The keyword arguments ``@pytest.mark.figcheck(...)`` takes.
MARKER_OPTIONS = ("date", "locale", "rates")


class CheckerOptions(TypedDict, total=False):
    """What ``assert_consistent`` and ``checker`` take; leaving one out means its default."""

    date: dt.date | str | None
    locale: str | None
    rates: RateSource | None
    config: Config | None
    fail_on: Severity | str


@dataclass(frozen=True, slots=True)
class Checker:
    """``figcheck.check`` with its options fixed, and an assertion that uses them.

    ``fail_on`` is the lowest severity ``assert_consistent`` fails on; the checker returns
    every finding either way.
    """

    date: dt.date | None = None
    locale: str | None = None
    config: Config = field(default_factory=Config)
    fail_on: Severity = Severity.WARNING

    def check(self, text: str) -> Report:
        """The report on ``text``: findings and the claims examined."""
        return check(text, date=self.date, locale=self.locale, config=self.config)

    def failing(self, report: Report) -> list[Finding]:
        """The findings of ``report`` at or above ``fail_on``."""
        return [f for f in report.findings if at_least(f.severity, self.fail_on)]

    def assert_consistent(self, text: str) -> Report:
        """Fail (``AssertionError``) when a finding reaches ``fail_on``; else the report."""
        __tracebackhide__ = True
        report = self.check(text)
        failing = self.failing(report)
        places = [_place(report.text, finding) for finding in failing]
        assert not places, failure_message(report, failing, self.fail_on)
        return report


def checker(**options: Unpack[CheckerOptions]) -> Checker:
    """A ``Checker`` from the options ``assert_consistent`` takes, checked like ``check``'s.

    ``date`` may be written YYYY-MM-DD; ``rates`` (a ``RateSource``) goes into the ``config``
    (``Config().rates`` when both are given, ``rates`` wins). Raises ``TypeError`` for an option
    that does not exist or a value of the wrong type, ``ValueError`` for a bad date or severity.
    """
    unknown = sorted(set(options) - set(CheckerOptions.__annotations__))
    if unknown:
        raise TypeError(f"unknown figcheck option {unknown[0]!r}")
    config = options.get("config") or Config()
    rates = options.get("rates")
    if rates is not None:
        if not isinstance(rates, RateSource):
            raise TypeError(f"rates must be a figcheck.RateSource, not {type(rates).__name__}")
        config = dataclasses.replace(config, rates=rates)
    return Checker(
        date=_date(options.get("date")),
        locale=options.get("locale"),
        config=config,
        fail_on=Severity(options.get("fail_on", Severity.WARNING)),
    )


def assert_consistent(text: str, **options: Unpack[CheckerOptions]) -> Report:
    """Assert that every figure in ``text`` adds up; return the report when it does.

    Options as for ``figcheck.check`` (``date``, ``locale``, ``config``) plus ``rates`` (a
    ``RateSource``) and ``fail_on`` (default: warning). The failure message lists each finding
    at or above ``fail_on`` with its place, excerpt and evidence.
    """
    __tracebackhide__ = True
    return checker(**options).assert_consistent(text)


def _date(value: dt.date | str | None) -> dt.date | None:
    if isinstance(value, str):
        return dt.date.fromisoformat(value)
    if value is not None and (not isinstance(value, dt.date) or isinstance(value, dt.datetime)):
        raise TypeError(f"date must be a datetime.date or YYYY-MM-DD, not {type(value).__name__}")
    return value


def _place(text: str, finding: Finding) -> str:
    line, column = LineIndex(text).position(finding.span.start)
    return f"{finding.code} at {line}:{column}"


# --------------------------------------------------------------------------------------------
# The failure message


def failure_message(report: Report, failing: list[Finding], fail_on: Severity) -> str:
    """Each failing finding as the CLI prints it (``<text>:line:col: CODE message`` and the
    excerpt), followed by its evidence, one fact a line."""
    count = f"{len(failing)} finding{'s' if len(failing) != 1 else ''}"
    blocks = [f"figcheck: {count} at or above {fail_on} in the text:", ""]
    index = LineIndex(report.text)
    for finding in failing:
        blocks.extend(_finding_block(report.text, finding, index))
    return "\n".join(blocks).rstrip()


def _finding_block(text: str, finding: Finding, index: LineIndex) -> Iterator[str]:
    """The text reporter's block for one finding, with the evidence before its blank line."""
    start, end = finding.span.start, max(finding.span.end, finding.span.start)
    located = Located(finding, TEXT_NAME, _position(index, start), _position(index, end))
    run = RunResult(files=(FileResult(TEXT_NAME, source=text, findings=(located,)),))
    lines = text_format.render(run).splitlines()[:-1]  # the last line is the run's summary
    yield from (line for line in lines if line)
    yield from (f"    {fact}" for fact in evidence_lines(finding.evidence))
    yield ""


def _position(index: LineIndex, offset: int) -> Position:
    line, column = index.position(offset)
    return Position(line, column, offset)


def evidence_lines(evidence: Evidence) -> Iterator[str]:
    """The arithmetic behind a finding, ``name: value``, leaving out what it does not have."""
    per = f" {evidence.quote} per {evidence.base}" if evidence.base and evidence.quote else ""
    if evidence.figures:
        yield "figures: " + ", ".join(evidence.figures)
    if evidence.implied is not None:
        yield f"implied: {_interval(evidence.implied)}{per}"
    if evidence.expected is not None:
        yield f"expected: {_interval(evidence.expected)}{per}"
    if evidence.tolerance is not None:
        yield f"tolerance: {_percent(evidence.tolerance)}"
    if evidence.factor is not None:
        yield f"factor: {decimal_text(evidence.factor)}"
    if evidence.source is not None:
        when = f" on {evidence.reference_date.isoformat()}" if evidence.reference_date else ""
        yield f"source: {evidence.source}{when}"
    yield from (f"note: {note}" for note in evidence.notes)


def _interval(interval: Interval) -> str:
    """To the five significant digits the rules' messages use: "60.181–60.302"."""
    low, high = format_decimal(interval.low, 5), format_decimal(interval.high, 5)
    return low if low == high else f"{low}–{high}"


def _percent(value: Decimal) -> str:
    return f"{decimal_text((value * 100).normalize())}%"


# --------------------------------------------------------------------------------------------
# The pytest fixture


def checker_for_test(request: pytest.FixtureRequest) -> Checker:
    """The ``figcheck`` fixture's checker: the project's configuration file (found from the
    root folder, as ``figcheck check`` would), ``--figcheck-fail-on``, then the test's marker.
    """
    from figcheck.lint.settings import load_settings, merge_cli

    settings = load_settings(request.config.rootpath)
    settings = merge_cli(settings, fail_on=request.config.getoption("figcheck_fail_on"))
    base = Checker(
        date=settings.date,
        locale=settings.locale,
        config=settings.config_for(Path(request.path)),
        fail_on=settings.fail_on,
    )
    marker = request.node.get_closest_marker("figcheck")
    return base if marker is None else _with_marker(base, marker.args, marker.kwargs)


def _with_marker(base: Checker, args: tuple[object, ...], kwargs: dict[str, object]) -> Checker:
    """``base`` with the marker's ``date``, ``locale`` and ``rates`` on top."""
    unknown = sorted(set(kwargs) - set(MARKER_OPTIONS))
    if args or unknown:
        wrong = repr(unknown[0]) if unknown else "positional arguments"
        raise TypeError(f"@pytest.mark.figcheck takes date=, locale= and rates= only, not {wrong}")
    given = checker(**cast(CheckerOptions, kwargs))  # the values are checked by checker()
    return Checker(
        date=given.date if "date" in kwargs else base.date,
        locale=given.locale if "locale" in kwargs else base.locale,
        config=dataclasses.replace(base.config, rates=given.config.rates),
        fail_on=base.fail_on,
    )


__all__ = ["Checker", "CheckerOptions", "assert_consistent", "checker", "failure_message"]
