"""Plain text: the source is the prose.

The map is the identity, so every change made here keeps each character where it was: the
``figcheck: ignore`` markers are blanked with spaces (they are notes to figcheck, not prose), and
the whitespace between paragraphs is written as line feeds only, so that "\\r\\n\\r\\n" (or a blank
line after any other line break ``figcheck.lint.lines`` knows) separates blocks by the same "\\n\\n"
as every other format does.
"""

from __future__ import annotations

import re

from figcheck.lint.documents import SourceMap
from figcheck.lint.lines import LINE_BREAK, LineIndex
from figcheck.lint.markup._prose import Parsed
from figcheck.lint.markup.suppressions import find_markers, marker_suppressions

_BREAK = f"(?:{LINE_BREAK.pattern})"
PATTERNS = {
    # The whitespace between two paragraphs: a line break, then blank lines (spaces and tabs
    # only), each ended by its line break.
    "paragraph_break": re.compile(f"{_BREAK}(?:[ \t]*{_BREAK})+"),
}


def parse(source: str) -> Parsed:
    """Keep all of ``source`` as prose except the suppression markers, which become spaces."""
    markers = list(find_markers(source))
    chars = list(source)
    for marker in markers:
        chars[marker.start : marker.end] = " " * (marker.end - marker.start)
    prose = PATTERNS["paragraph_break"].sub(_line_feeds, "".join(chars))
    suppressions = marker_suppressions(markers, LineIndex(source))
    return Parsed(prose, SourceMap.identity(), suppressions=suppressions)


def _line_feeds(match: re.Match[str]) -> str:
    return "\n" * len(match[0])
