"""The JSON format: a versioned document for programs, described in ``docs/json-schema.md``.

The shape is fixed by ``docs/schema/figcheck-report-v1.json``. ``version`` is the format's
version, not figcheck's: it changes only when a field is removed or changes meaning, so a
consumer can refuse documents it does not understand. Amounts, rates, tolerances and factors
are strings holding exact decimals, never JSON numbers, which most parsers read as binary
floats; line, column and offset are integers.

A finding's evidence is ``Evidence.to_dict()``, the serialisation ``Report.to_dict()`` uses
too, so the command line's JSON and the Python API's cannot drift apart. A finding's ``fix`` is
the edit ``--diff`` and ``--fix`` would make (``figcheck.lint.fixes.edit_for``), placed in the
file like the finding, so the JSON never offers a fix the command line would not apply.
"""

from __future__ import annotations

import json

from figcheck.lint.fixes import edit_for
from figcheck.lint.reporters._common import (
    JsonObject,
    error_reason,
    rule_counts,
    summarize,
    tool_version,
)
from figcheck.lint.results import FileResult, Located, Position, RunResult

#: The version of this document format (``"version"`` in every report).
FORMAT_VERSION = 1


def render(run: RunResult, *, color: bool = False, statistics: bool = False) -> str:
    """The run as one JSON document (``color`` is accepted and ignored: JSON has none).

    ``statistics`` adds a ``"statistics"`` key with the findings per rule, most frequent first.
    """
    return json.dumps(document(run, statistics=statistics), indent=2, ensure_ascii=False) + "\n"


def document(run: RunResult, *, statistics: bool = False) -> JsonObject:
    """The report as plain data, before serialisation."""
    data: JsonObject = {
        "version": FORMAT_VERSION,
        "tool": {"name": "figcheck", "version": tool_version()},
        "files": [_file(result) for result in run.files],
        "findings": [
            finding_data(located, result.source)
            for result in run.files
            for located in result.findings
        ],
        "errors": [{"path": r.path, "message": error_reason(r)} for r in run.errors],
        "summary": _summary(run),
    }
    if statistics:
        data["statistics"] = [
            {"code": row.code, "name": row.name, "severity": str(row.severity), "count": row.count}
            for row in rule_counts(run)
        ]
    return data


def finding_data(located: Located, source: str = "") -> JsonObject:
    """One finding with its place, evidence and suggested fix in ``source``, the text it was
    found in (null when it has none there)."""
    finding = located.finding
    return {
        "path": located.path,
        "code": finding.code,
        "name": finding.name,
        "severity": str(finding.severity),
        "message": finding.message,
        "start": _position(located.start),
        "end": _position(located.end),
        "evidence": finding.evidence.to_dict(),
        "fix": fix_data(located, source),
    }


def fix_data(located: Located, source: str) -> JsonObject | None:
    """The suggested edit: the figure's text from ``start`` to ``end`` replaced; ``safe`` when
    ``--fix`` applies it unattended."""
    edit = edit_for(located, source)
    if edit is None:
        return None
    return {
        "start": _position(located.start),
        "end": _position(located.end),
        "original": edit.original,
        "replacement": edit.replacement,
        "safe": edit.safe,
    }


def _position(position: Position) -> JsonObject:
    return {"line": position.line, "column": position.column, "offset": position.offset}


def _file(result: FileResult) -> JsonObject:
    error = None if result.error is None else error_reason(result)
    return {"path": result.path, "findings": len(result.findings), "error": error}


def _summary(run: RunResult) -> JsonObject:
    summary = summarize(run)
    return {
        "files": summary.files,
        "files_with_findings": summary.files_with_findings,
        "unreadable_files": summary.unreadable,
        "findings": summary.findings,
        "by_severity": {str(sev): n for sev, n in summary.by_severity.items()},
        "fail_on": str(run.fail_on),
        "failed": run.fails(),
    }
