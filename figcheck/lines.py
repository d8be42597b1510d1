"""Line numbers for character offsets: every position a user sees is computed here, at the edge."""

from __future__ import annotations

import re
from bisect import bisect_right


class LineIndex:
    """Line numbers of offsets in a text, 1-based; lines end at ``newline`` (by default "\\n",
    as reporters count them, so that a "\\r" before it is the line's last character).

    >>> index = LineIndex("a\\nbc\\r\\nd")
    >>> index.line_of(0), index.line_of(3), index.line_of(6), index.start(3), index.end(2)
    (1, 2, 3, 6, 5)
    """

    def __init__(self, text: str, newline: re.Pattern[str] | None = None) -> None:
        breaks = list((newline or re.compile("\n")).finditer(text))
        self.text = text
        self.starts = [0, *(match.end() for match in breaks)]
        self.ends = [*(match.start() for match in breaks), len(text)]

    @property
    def count(self) -> int:
        """The number of lines (a final line break opens an empty last line)."""
        return len(self.starts)

    def line_of(self, offset: int) -> int:
        """The 1-based line that ``offset`` stands on."""
        return bisect_right(self.starts, offset)

    def start(self, line: int) -> int:
        """The offset where 1-based ``line`` starts (past the last line: the text's end)."""
        if line > len(self.starts):
            return len(self.text)
        return self.starts[max(line, 1) - 1]

    def end(self, line: int) -> int:
        """The offset where 1-based ``line``'s content ends, before its line break."""
        if line > len(self.ends):
            return len(self.text)
        return self.ends[max(line, 1) - 1]

    def position(self, offset: int) -> tuple[int, int]:
        """(line, column) of ``offset``, both counted from 1, columns in characters."""
        line = self.line_of(offset)
        return line, offset - self.starts[line - 1] + 1
