"""Turning a report into text for people: positions as line:column, computed at the edge."""

from __future__ import annotations

import bisect

from figcheck.model import Report


class LineIndex:
    """Maps character offsets to 1-based line and column numbers."""

    def __init__(self, text: str) -> None:
        self._starts = [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n"]

    def position(self, offset: int) -> tuple[int, int]:
        """(line, column) of ``offset``, both counted from 1, columns in characters."""
        line = bisect.bisect_right(self._starts, offset) - 1
        return line + 1, offset - self._starts[line] + 1


def render_text(report: Report, path: str) -> str:
    """One line per finding: ``path:line:col: CODE message``."""
    index = LineIndex(report.text)
    lines = []
    for finding in report.findings:
        line, column = index.position(finding.span.start)
        lines.append(f"{path}:{line}:{column}: {finding.code} {finding.message}")
    return "\n".join(lines)
