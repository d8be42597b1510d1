"""What a lint run produced, per file, with findings placed in the original source.

These records are what reporters render; they hold everything a reporter needs (the source
text for excerpts, line and column for every finding) so that rendering is a pure function.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from figcheck.model import Claim, Finding, Severity

#: Least to most severe; ``fail_on`` thresholds compare positions in this tuple.
SEVERITY_ORDER: tuple[Severity, ...] = (Severity.INFO, Severity.WARNING, Severity.ERROR)


def at_least(severity: Severity, threshold: Severity) -> bool:
    """True when ``severity`` is ``threshold`` or worse (the run's ``fail_on`` test)."""
    return SEVERITY_ORDER.index(severity) >= SEVERITY_ORDER.index(threshold)


@dataclass(frozen=True, slots=True)
class Position:
    """A place in a source file: 1-based line and column (in characters), and the offset."""

    line: int
    column: int
    offset: int


@dataclass(frozen=True, slots=True)
class Located:
    """A finding placed in its file: ``start`` and ``end`` bound the figure it is about."""

    finding: Finding
    path: str
    start: Position
    end: Position


@dataclass(frozen=True, slots=True)
class FileResult:
    """One input file: its findings (after suppression), its claims, or why it was not read."""

    path: str
    source: str = ""
    findings: tuple[Located, ...] = ()
    claims: tuple[Claim, ...] = ()
    error: str | None = None


@dataclass(frozen=True, slots=True)
class RunResult:
    """A whole run: every file in input order, and the threshold that makes it fail."""

    files: tuple[FileResult, ...] = ()
    fail_on: Severity = Severity.WARNING
    rules_used: tuple[str, ...] = field(default=())

    @property
    def findings(self) -> list[Located]:
        """Every finding of the run, file by file."""
        return [located for result in self.files for located in result.findings]

    @property
    def errors(self) -> list[FileResult]:
        """The files that could not be read."""
        return [result for result in self.files if result.error is not None]

    def fails(self) -> bool:
        """True when a finding is at or above ``fail_on``."""
        return any(at_least(f.finding.severity, self.fail_on) for f in self.findings)
