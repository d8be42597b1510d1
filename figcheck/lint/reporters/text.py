"""The terminal format, shaped like ruff's so that editors and eyes already know it.

Each finding is a header ``path:line:col: CODE message``, the source line it is on with the
figure underlined, and a blank line::

    docs/pays.txt:1:53: FC103 "$33,200" is 10 times too large: ...
     1 | It pays 300,000 rubles ($4,980) and 200,000 rubles ($33,200).
       |                                                     ^^^^^^^

A file that could not be read is one line, ``path: error: reason``, in its place among the
files. The last line sums the run up: ``Found 2 findings (1 error, 1 warning, 0 info) in 1
file.``, followed by ``1 file could not be read.`` when that is so, or ``All checks passed.``

Prose has long lines (a Markdown paragraph is one line), so a line wider than
``MAX_EXCERPT_WIDTH`` is cut to a window around the figure, marked with ``…``. A line longer
than ``LONG_LINE`` characters is cut before anything is measured, so that an excerpt costs the
same on a line of a megabyte as on a short one and the output grows with the input, not with
findings times line length. Lines are counted as ``figcheck.lint.lines`` counts them. Tabs are
expanded to ``TAB_SIZE`` columns and East Asian wide characters count two columns, so that the
underline stays under the figure. Control characters are shown as ``�`` so that a stray
carriage return cannot move the cursor. ANSI colour is used only when asked for.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

from figcheck.lint.lines import split_lines
from figcheck.lint.reporters._common import (
    error_reason,
    plural,
    rule_counts,
    summarize,
)
from figcheck.lint.results import FileResult, Located, RunResult
from figcheck.model import Severity

#: Columns a tab advances to (a multiple of), in excerpts.
TAB_SIZE = 4
#: Excerpt lines wider than this are cut to a window around the figure.
MAX_EXCERPT_WIDTH = 100
#: Characters of context kept on each side of the figure when a line is cut.
CONTEXT_CHARS = 40
#: Lines longer than this (in characters) are cut to the figure's surroundings first.
LONG_LINE = 4 * MAX_EXCERPT_WIDTH

_BOLD = "1"
_COLOURS = {Severity.ERROR: "31", Severity.WARNING: "33", Severity.INFO: "34"}
_ELLIPSIS = "…"


def render(run: RunResult, *, color: bool = False, statistics: bool = False) -> str:
    """The run as terminal text; ``statistics`` prints a per-rule table instead of findings.

    The statistics table (``count  code  name``, most frequent first) replaces the finding
    blocks, as ruff's ``--statistics`` does; unreadable files and the summary line stay.
    """
    body = _statistics_table(run, color) if statistics else _finding_blocks(run, color)
    return "".join(line + "\n" for line in [*body, _summary_line(run)])


def _finding_blocks(run: RunResult, color: bool) -> Iterator[str]:
    for result in run.files:
        if result.error is not None:
            yield from (_error_line(result, color), "")
        lines = split_lines(result.source) if result.source and result.findings else []
        for located in result.findings:
            yield _header(located, color)
            yield from _excerpt(located, lines, color)
            yield ""


def _statistics_table(run: RunResult, color: bool) -> Iterator[str]:
    for result in run.errors:
        yield from (_error_line(result, color), "")
    rows = rule_counts(run)
    count_width = max((len(str(row.count)) for row in rows), default=0)
    code_width = max((len(row.code) for row in rows), default=0)
    for row in rows:
        code = _paint(row.code.ljust(code_width), _severity_style(row.severity), color)
        yield f"{row.count:>{count_width}}  {code}  {row.name}"
    if rows:
        yield ""


def _error_line(result: FileResult, color: bool) -> str:
    label = _paint("error", _severity_style(Severity.ERROR), color)
    return f"{_paint(result.path, _BOLD, color)}: {label}: {error_reason(result)}"


def _header(located: Located, color: bool) -> str:
    finding = located.finding
    where = f"{_paint(located.path, _BOLD, color)}:{located.start.line}:{located.start.column}"
    code = _paint(finding.code, _severity_style(finding.severity), color)
    return f"{where}: {code} {finding.message}"


def _summary_line(run: RunResult) -> str:
    summary = summarize(run)
    unreadable = f"{plural(summary.unreadable, 'file')} could not be read."
    if summary.findings == 0:
        return f"No findings; {unreadable}" if summary.unreadable else "All checks passed."
    counts = ", ".join(plural(n, str(severity)) for severity, n in summary.by_severity.items())
    found = (
        f"Found {plural(summary.findings, 'finding')} ({counts}) "
        f"in {plural(summary.files_with_findings, 'file')}."
    )
    return f"{found} {unreadable}" if summary.unreadable else found


def _excerpt(located: Located, lines: list[str], color: bool) -> list[str]:
    """The figure's source line and an underline; multi-line figures are underlined to the end
    of their first line. Nothing when the source is not at hand (``lines`` is empty)."""
    number = located.start.line
    if not 1 <= number <= len(lines):
        return []
    line = lines[number - 1]
    start = min(max(located.start.column - 1, 0), len(line))
    end = located.end.column - 1 if located.end.line == number else len(line)
    end = min(max(end, start), len(line))
    piece = _piece(line, start, end)
    text, caret_from, caret_to = _window(piece)
    gutter = f" {number} "
    underline = " " * caret_from + "^" * max(caret_to - caret_from, 1)
    style = _severity_style(located.finding.severity)
    return [
        f"{gutter}| {text}".rstrip(),
        f"{' ' * len(gutter)}| {_paint(underline, style, color)}",
    ]


@dataclass(frozen=True, slots=True)
class _Piece:
    """The part of a line an excerpt may show: its text (control characters made visible),
    the figure's ``[start, end)`` in it, and whether the line goes on before or after it."""

    text: str
    start: int
    end: int
    cut_before: bool = False
    cut_after: bool = False


def _piece(line: str, start: int, end: int) -> _Piece:
    """``line`` as a ``_Piece``; a line longer than ``LONG_LINE`` is first cut to the figure's
    surroundings, so that no per-character work is done on the rest of it."""
    if len(line) <= LONG_LINE:
        return _Piece(_visible(line), start, end)
    left = max(start - CONTEXT_CHARS, 0)
    right = min(left + 2 * MAX_EXCERPT_WIDTH, len(line))
    text = _visible(line[left:right])
    return _Piece(text, start - left, min(end, right) - left, left > 0, right < len(line))


def _window(piece: _Piece) -> tuple[str, int, int]:
    """Expand tabs, cut a long line around the figure; return the text and the display
    columns the underline spans."""
    raw = piece.text
    expanded = raw.expandtabs(TAB_SIZE)
    fig_start = len(raw[: piece.start].expandtabs(TAB_SIZE))
    fig_end = len(raw[: piece.end].expandtabs(TAB_SIZE))
    left, right = 0, len(expanded)
    if piece.cut_before or piece.cut_after or _width(expanded) > MAX_EXCERPT_WIDTH:
        left = max(fig_start - CONTEXT_CHARS, 0)
        right = min(max(fig_end, fig_start + 1) + CONTEXT_CHARS, len(expanded))
        right = min(right, left + MAX_EXCERPT_WIDTH)
    head = _ELLIPSIS if left > 0 or piece.cut_before else ""
    tail = _ELLIPSIS if right < len(expanded) or piece.cut_after else ""
    caret_from = _width(head + expanded[left:fig_start])
    caret_to = _width(head + expanded[left : min(fig_end, right)])
    return head + expanded[left:right] + tail, caret_from, caret_to


def _visible(line: str) -> str:
    """Control characters other than tab replaced one for one, so columns still line up."""
    return "".join("�" if _is_control(ch) else ch for ch in line)


def _is_control(ch: str) -> bool:
    return ch != "\t" and unicodedata.category(ch) == "Cc"


def _width(text: str) -> int:
    """Terminal columns: wide and full-width characters take two, combining marks none."""
    return sum(_char_width(ch) for ch in text)


def _char_width(ch: str) -> int:
    if unicodedata.combining(ch):
        return 0
    return 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1


def _severity_style(severity: Severity) -> str:
    return f"{_BOLD};{_COLOURS[severity]}"


def _paint(text: str, style: str, color: bool) -> str:
    return f"\x1b[{style}m{text}\x1b[0m" if color else text
