"""What every reporter needs: counts, severities, evidence as data, and the tool's identity.

Kept in one place so that the formats cannot disagree about a number: the text summary, the
JSON ``summary`` and the JUnit counts are all computed here.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from decimal import Decimal

from figcheck.lint.results import SEVERITY_ORDER as SEVERITY_ORDER
from figcheck.lint.results import FileResult, Located, RunResult
from figcheck.lint.results import at_least as at_least
from figcheck.model import Evidence, Severity

#: A JSON object as the reporters build it; values are str, int, bool, None, lists, objects.
JsonObject = dict[str, object]


def tool_version() -> str:
    """figcheck's version, read when called (not imported once) so it cannot go stale."""
    from figcheck import _version

    return _version.__version__


def decimal_text(value: Decimal) -> str:
    """A Decimal as a plain string, never in exponent form, so any consumer can parse it."""
    return f"{value:f}"


def evidence_data(evidence: Evidence) -> JsonObject:
    """The arithmetic behind a finding as JSON-ready data; every key is always present. The
    one serialisation of evidence: the API's ``Evidence.to_dict()``."""
    return evidence.to_dict()


def error_reason(result: FileResult) -> str:
    """Why a file was not read, without a leading ``path:`` the message may already carry.

    ``InputError`` messages start with the file name; the reporters print the path themselves,
    so it is dropped here rather than shown twice.
    """
    reason = result.error or ""
    prefix = f"{result.path}: "
    return reason[len(prefix) :] if reason.startswith(prefix) else reason


@dataclass(frozen=True, slots=True)
class Summary:
    """The numbers a run is summed up by."""

    files: int
    files_with_findings: int
    unreadable: int
    by_severity: dict[Severity, int]

    @property
    def findings(self) -> int:
        """All findings, whatever their severity."""
        return sum(self.by_severity.values())


def summarize(run: RunResult) -> Summary:
    """Count files, findings by severity, and unreadable files."""
    counts = Counter(located.finding.severity for located in run.findings)
    return Summary(
        files=len(run.files),
        files_with_findings=sum(1 for result in run.files if result.findings),
        unreadable=len(run.errors),
        by_severity={severity: counts[severity] for severity in reversed(SEVERITY_ORDER)},
    )


@dataclass(frozen=True, slots=True)
class RuleCount:
    """One row of ``--statistics``: how often one rule fired in the run."""

    code: str
    name: str
    severity: Severity
    count: int


def rule_counts(run: RunResult) -> list[RuleCount]:
    """Findings per rule, most frequent first, ties by code (the order ruff uses)."""
    counts = Counter(_rule_key(located) for located in run.findings)
    rows = [RuleCount(code, name, severity, n) for (code, name, severity), n in counts.items()]
    return sorted(rows, key=lambda row: (-row.count, row.code))


def _rule_key(located: Located) -> tuple[str, str, Severity]:
    finding = located.finding
    return finding.code, finding.name, finding.severity


def plural(count: int, word: str) -> str:
    """``1 file``, ``2 files``; "info" is a mass noun and never takes an s."""
    suffix = "" if count == 1 or word == "info" else "s"
    return f"{count} {word}{suffix}"
