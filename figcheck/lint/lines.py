"""Line numbers for character offsets: every position a user sees is computed here, at the edge.

A line ends at any of the breaks editors and Unicode recognise (``LINE_BREAK``): LF, CRLF, a
lone CR (old Mac files), NEL (U+0085), and the line and paragraph separators U+2028 and U+2029.
Reporters, suppressions and the text excerpt all count lines by this one rule, so a line and
column figcheck prints is the one an editor opens.
"""

from __future__ import annotations

import re
from bisect import bisect_right

#: Every line break: CRLF first, so that it is one break, not two.
LINE_BREAK = re.compile("\r\n|[\n\r\x85\u2028\u2029]")
# The breaks other than LF and CRLF; a text without them is split on "\n" alone.
_OTHER_BREAK = re.compile("\r(?!\n)|[\x85\u2028\u2029]")
_SEPARATORS = re.compile("[\r\x85\u2028\u2029]")


class LineIndex:
    """Line numbers of offsets in a text, 1-based; lines end at ``newline`` (by default
    ``LINE_BREAK``; a parser that counts lines its own way passes its own pattern).

    >>> index = LineIndex("a\\nbc\\r\\nd\\re\\u2028f")
    >>> index.line_of(0), index.line_of(3), index.line_of(6), index.start(3), index.end(2)
    (1, 2, 3, 6, 4)
    >>> index.position(8), index.position(10), index.count
    ((4, 1), (5, 1), 5)
    """

    def __init__(self, text: str, newline: re.Pattern[str] | None = None) -> None:
        breaks = list((newline or LINE_BREAK).finditer(text))
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


def split_lines(text: str) -> list[str]:
    """The lines of ``text`` without their breaks, as ``LineIndex`` numbers them (line n is
    item n - 1). One split on "\\n" does it for LF and CRLF text, the usual case.

    >>> split_lines("a\\r\\nb\\rc\\u2028d\\n")
    ['a', 'b', 'c', 'd', '']
    """
    lines = text.split("\n")
    if _OTHER_BREAK.search(text) is None:  # every CR is part of a CRLF
        return [line.removesuffix("\r") for line in lines] if "\r" in text else lines
    ended = [line.removesuffix("\r") for line in lines[:-1]]  # a CR before an LF: the CRLF's
    return [part for line in [*ended, lines[-1]] for part in _SEPARATORS.split(line)]
