"""Inline suppressions: the findings a document's author asked figcheck not to report.

Comments are the one kind of markup written for figcheck rather than for the reader, so every
format parser hands its comments here, with the extents of its blocks, and this module reads the
directive and works out which source lines it covers. A malformed directive is not a directive:
it suppresses nothing, rather than everything.

In a comment (Markdown and HTML ``<!-- … -->``, reST ``.. …``)::

    directive := "figcheck:" WS* ("ignore" | "ignore-file") (SEP CODE)* WS*
    SEP       := (WS | ",")+
    CODE      := [A-Z]+ [0-9]*          a code ("FC102") or a prefix of codes ("FC1")

``ignore`` covers the next block after the comment (or, for a comment inside a block, that
block); ``ignore-file`` the whole file; no codes means every code.

In plain text, a marker anywhere on a line::

    marker := "figcheck:" " "* ("ignore" | "ignore-file") ["[" CODE ("," " "* CODE)* "]"]

``ignore`` covers the marker's own line.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from figcheck.lint.documents import Suppression, SuppressionScope
from figcheck.lint.lines import LineIndex
from figcheck.lint.markup._prose import Extent

PATTERNS = {
    # The whole text of a comment that is a directive: "figcheck: ignore FC101, FC102".
    "directive": re.compile(
        r"""
        \A\s*figcheck:\s*
        (?P<kind>ignore-file|ignore)
        (?P<codes>(?:[\s,]+[A-Z]+[0-9]*)*)    # each code after a separator: unambiguous
        [\s,]*\Z
        """,
        re.VERBOSE,
    ),
    # A plain-text marker: "figcheck: ignore", "figcheck: ignore[FC101,FC102]".
    "marker": re.compile(
        r"""
        figcheck:[ \t]*
        (?P<kind>ignore-file|ignore)
        (?:\[(?P<codes>[ \t]*[A-Z]+[0-9]*(?:[ \t]*,[ \t]*[A-Z]+[0-9]*)*[ \t]*)\])?
        (?![\w\[-])                            # "ignored", "ignore[bad]" are not markers
        """,
        re.VERBOSE,
    ),
    "code": re.compile(r"[A-Z]+[0-9]*"),
}


@dataclass(frozen=True, slots=True)
class Directive:
    """What a comment or marker asks: the codes (none = all), for the whole file or not."""

    codes: tuple[str, ...]
    file_wide: bool


@dataclass(frozen=True, slots=True)
class Comment:
    """A comment in the source: its text, its offsets, and the block it stands inside (None
    when it stands between blocks and so speaks about the next one)."""

    text: str
    start: int
    end: int
    inside: Extent | None = None


@dataclass(frozen=True, slots=True)
class Marker:
    """A plain-text marker and its offsets (blanked out of the prose)."""

    directive: Directive
    start: int
    end: int


def parse_directive(text: str) -> Directive | None:
    """The directive a comment's text holds, or None when it holds none."""
    match = PATTERNS["directive"].match(text)
    if match is None:
        return None
    codes = tuple(PATTERNS["code"].findall(match["codes"]))
    return Directive(codes, match["kind"] == "ignore-file")


def find_markers(source: str) -> Iterator[Marker]:
    """Every plain-text marker in ``source``, in order."""
    for match in PATTERNS["marker"].finditer(source):
        codes = tuple(PATTERNS["code"].findall(match["codes"] or ""))
        yield Marker(Directive(codes, match["kind"] == "ignore-file"), match.start(), match.end())


def marker_suppressions(markers: Iterable[Marker], lines: LineIndex) -> tuple[Suppression, ...]:
    """Plain-text markers as suppressions: of their own line, or of the file."""
    found = []
    for marker in markers:
        line = lines.line_of(marker.start)
        if marker.directive.file_wide:
            found.append(_whole_file(marker.directive, line, lines))
        else:
            scope = SuppressionScope.LINE
            found.append(Suppression(marker.directive.codes, scope, line, line, line))
    return tuple(found)


def comment_suppressions(
    comments: Iterable[Comment], blocks: Sequence[Extent], lines: LineIndex
) -> tuple[Suppression, ...]:
    """Directive comments as suppressions of the next block after each (or of the block it
    stands in), or of the file. ``blocks`` are every block of the document; where several
    start at one offset (a list, its first item, the item's paragraph) the largest is meant."""
    ordered = sorted(blocks, key=lambda block: (block.start, -block.last))
    starts = [block.start for block in ordered]
    found = []
    for comment in comments:
        directive = parse_directive(comment.text)
        if directive is None:
            continue
        line = lines.line_of(comment.start)
        if directive.file_wide:
            found.append(_whole_file(directive, line, lines))
            continue
        block = comment.inside or _next_block(ordered, starts, comment.end)
        first, last = (line, line) if block is None else _lines(block, lines)
        found.append(Suppression(directive.codes, SuppressionScope.BLOCK, first, last, line))
    return tuple(found)


def _next_block(ordered: Sequence[Extent], starts: Sequence[int], offset: int) -> Extent | None:
    index = bisect_left(starts, offset)
    return ordered[index] if index < len(ordered) else None


def _lines(block: Extent, lines: LineIndex) -> tuple[int, int]:
    first = lines.line_of(block.start)
    return first, max(first, lines.line_of(block.last))


def _whole_file(directive: Directive, line: int, lines: LineIndex) -> Suppression:
    return Suppression(directive.codes, SuppressionScope.FILE, 1, lines.count, line)
