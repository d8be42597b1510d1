"""GitHub Actions workflow commands: each finding becomes an annotation on the pull request.

One line per finding::

    ::error file=docs/pays.txt,line=1,col=53,endLine=1,endColumn=60,title=FC103 magnitude-slip::…

error → ``::error``, warning → ``::warning``, info → ``::notice``. ``endColumn`` is the column
just after the figure, as in SARIF. A file that could not be read is an ``::error`` on that
file with the title ``unreadable file``. Nothing else is printed (no summary), since every
line of the output is read as a command or as plain log text.

Escaping follows the runner's rules: in the message ``%``, CR and LF are percent-encoded; in
property values ``:`` and ``,`` are too, as they would otherwise end the value.

A finding with a suggested fix ends its message with a ```` ```suggestion ```` block holding
its line(s) as they would read with the expected figure, the form GitHub review comments
offer to commit; in an annotation it reads as the corrected line.
"""

from __future__ import annotations

from collections.abc import Iterator

from figcheck.lint.fixes import edit_for, fixed_lines
from figcheck.lint.reporters._common import error_reason
from figcheck.lint.results import FileResult, Located, RunResult
from figcheck.model import Severity

_COMMANDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}
_DATA_ESCAPES = {"%": "%25", "\r": "%0D", "\n": "%0A"}
_PROPERTY_ESCAPES = {**_DATA_ESCAPES, ":": "%3A", ",": "%2C"}


def render(run: RunResult, *, color: bool = False) -> str:
    """The run as workflow commands (``color`` is accepted and ignored)."""
    return "".join(line + "\n" for line in _lines(run))


def _lines(run: RunResult) -> Iterator[str]:
    for result in run.files:
        if result.error is not None:
            yield _unreadable(result)
        yield from (_annotation(located, result.source) for located in result.findings)


def _annotation(located: Located, source: str) -> str:
    finding = located.finding
    properties = {
        "file": located.path,
        "line": str(located.start.line),
        "col": str(located.start.column),
        "endLine": str(located.end.line),
        "endColumn": str(located.end.column),
        "title": f"{finding.code} {finding.name}",
    }
    return command(
        _COMMANDS[finding.severity], properties, finding.message + _suggestion(located, source)
    )


def _suggestion(located: Located, source: str) -> str:
    """A suggestion block with the corrected line(s), or nothing without a fix."""
    edit = edit_for(located, source)
    if edit is None:
        return ""
    return f"\n\n```suggestion\n{fixed_lines(source, edit)}\n```"


def _unreadable(result: FileResult) -> str:
    properties = {"file": result.path, "title": "unreadable file"}
    return command("error", properties, error_reason(result))


def command(name: str, properties: dict[str, str], message: str) -> str:
    """``::name key=value,...::message`` with every part escaped as the runner expects."""
    pairs = ",".join(f"{key}={escape_property(value)}" for key, value in properties.items())
    return f"::{name} {pairs}::{escape_data(message)}"


def escape_data(text: str) -> str:
    """Escape a command's message: ``%``, CR, LF."""
    return "".join(_DATA_ESCAPES.get(ch, ch) for ch in text)


def escape_property(text: str) -> str:
    """Escape a property value: ``%``, CR, LF, ``:`` and ``,``."""
    return "".join(_PROPERTY_ESCAPES.get(ch, ch) for ch in text)
