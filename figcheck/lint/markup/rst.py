"""reStructuredText: the text of paragraphs, titles, terms, line blocks and table cells.

docutils parses the document, silently (nothing reaches stderr, nothing is read from files or
config) and decides what is prose: the text elements of its doctree (``PROSE_NODES``) outside
system messages, the docinfo and generated contents. Literal blocks (``::``), code, math, raw and
unknown directives, comments, substitution definitions and targets never hold such elements, so
they are not prose; admonitions and other body directives (note, warning, topic, sidebar) hold
paragraphs, which are.

docutils keeps lines but not columns, and its text has tabs expanded and inline markup resolved,
so each element is found again in the source: the lines of its ``rawsource`` are searched for in
the source lines (tabs expanded the same way) near the line docutils gives, nearest first; the
source slices found are then read by ``_rst_inline``, which keeps the text of inline markup and
drops literals, substitutions, footnote references and link targets.

docutils copies the lines of every indented block it parses into the block nested in it, so its
memory grows with the nesting depth times the document's size: a few megabytes nested a thousand
levels deep take gigabytes. Lines indented deeper than ``MAX_DEPTH`` levels are therefore not
given to docutils; each run of them is read as a plain paragraph (less a list marker, inline
markup read as everywhere else), so their text is still checked and memory stays proportional
to the document.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from docutils import nodes
from docutils.core import publish_doctree

from figcheck.lint.documents import UnreadableDate
from figcheck.lint.lines import LineIndex
from figcheck.lint.markup import plain
from figcheck.lint.markup._prose import Extent, Parsed, ProseBuilder
from figcheck.lint.markup._rst_inline import prose_ranges
from figcheck.lint.markup.frontmatter import parse_date
from figcheck.lint.markup.suppressions import Comment, comment_suppressions

PATTERNS = {
    # The docinfo date field, at a line start: ":date: 2024-03-15".
    "date_field": re.compile(r"^[ \t]*:date:", re.MULTILINE | re.IGNORECASE),
    # A line break as docutils counts lines (``str.splitlines`` after \v and \f became spaces).
    "newline": re.compile("\r\n|[\n\r\x1c\x1d\x1e\x85\u2028\u2029]"),
    # A line's indentation, and the bullet or enumerator that may follow it.
    "indent": re.compile(r"[ \t\v\f]*"),
    "list_marker": re.compile(r"(?:[-+*\u2022\u2023\u2043]|\(?(?:[0-9]+|#)[.)])(?=[ \t]|$)[ \t]*"),
}
#: Levels of indentation docutils is given; deeper lines are read as plain paragraphs.
MAX_DEPTH = 50
#: Doctree elements whose text is prose.
PROSE_NODES = (
    nodes.paragraph,
    nodes.title,
    nodes.subtitle,
    nodes.term,
    nodes.line,
    nodes.attribution,
    nodes.caption,
    nodes.rubric,
)
#: Doctree elements whose content is never prose.
SKIPPED_NODES = (
    nodes.system_message,
    nodes.docinfo,
    nodes.comment,
    nodes.substitution_definition,
    nodes.raw,
    nodes.literal_block,
    nodes.doctest_block,
    nodes.math_block,
)
#: How far (in lines, either way) from docutils' line an element's text is looked for.
WINDOW = 12
#: docutils' tab stops.
TAB_WIDTH = 8


@dataclass(frozen=True, slots=True)
class _Slice:
    """One line of an element, found in the source: ``source[start:end]``."""

    start: int
    end: int


def parse(source: str) -> Parsed:
    """Keep the text of ``PROSE_NODES`` less inline markup (see ``_rst_inline``); drop
    everything else docutils parses, docinfo included; read the docinfo ``:date:``. A document
    docutils cannot parse at all is read as plain text."""
    lines = LineIndex(source, PATTERNS["newline"])
    deep = _too_deep(source, lines)
    doctree = _doctree(_without_lines(source, lines, deep) if deep else source)
    if doctree is None:
        return plain.parse(source)
    locator = _Locator(source, lines)
    builder = ProseBuilder(source)
    blocks: list[Extent] = []
    pending = deque(_deep_paragraphs(source, lines, deep))
    for node in _prose_nodes(doctree):
        slices = locator.locate(node)
        if slices:
            while pending and pending[0][0].start < slices[0].start:
                _emit_block(source, pending.popleft(), builder, blocks)
            _emit_block(source, slices, builder, blocks)
    for paragraph in pending:
        _emit_block(source, paragraph, builder, blocks)
    prose, source_map = builder.build()
    comments = list(_comments(doctree, locator))
    suppressions = comment_suppressions(comments, blocks, LineIndex(source))
    date = _date(doctree)
    return Parsed(prose, source_map, date, suppressions, None, _unreadable(doctree, source, date))


def _too_deep(source: str, lines: LineIndex) -> set[int]:
    """The lines indented more than ``MAX_DEPTH`` levels: a level is each indentation deeper
    than the one of the line above it that is still open (as docutils nests blocks)."""
    open_indents = [0]
    deep: set[int] = set()
    for number in range(1, lines.count + 1):
        start, end = lines.start(number), lines.end(number)
        margin = PATTERNS["indent"].match(source, start, end)
        width = margin.end() - start if margin else 0
        if start + width >= end:
            continue  # a blank line opens and closes nothing
        indent = len(source[start : start + width].expandtabs(TAB_WIDTH))
        while open_indents[-1] > indent:
            open_indents.pop()
        if open_indents[-1] < indent:
            open_indents.append(indent)
        if len(open_indents) - 1 > MAX_DEPTH:
            deep.add(number)
    return deep


def _without_lines(source: str, lines: LineIndex, dropped: set[int]) -> str:
    """``source`` with the text of the ``dropped`` lines removed, their line breaks kept, so
    docutils still numbers every other line as the source does."""
    pieces = []
    for number in range(1, lines.count + 1):
        start, end = lines.start(number), lines.end(number)
        if number not in dropped:
            pieces.append(source[start:end])
        pieces.append(source[end : lines.start(number + 1)])
    return "".join(pieces)


def _deep_paragraphs(source: str, lines: LineIndex, deep: set[int]) -> list[list[_Slice]]:
    """The runs of consecutive ``deep`` lines, each a paragraph of the lines' text (after the
    indentation and a list marker), in source order."""
    paragraphs: list[list[_Slice]] = []
    previous = -1
    for number in sorted(deep):
        start, end = lines.start(number), lines.end(number)
        margin = PATTERNS["indent"].match(source, start, end)
        begin = margin.end() if margin else start
        marker = PATTERNS["list_marker"].match(source, begin, end)
        begin = marker.end() if marker else begin
        piece = _Slice(begin, begin + len(source[begin:end].rstrip()))
        if number == previous + 1 and paragraphs:
            paragraphs[-1].append(piece)
        else:
            paragraphs.append([piece])
        previous = number
    return [paragraph for paragraph in paragraphs if any(p.end > p.start for p in paragraph)]


def _emit_block(
    source: str, slices: list[_Slice], builder: ProseBuilder, blocks: list[Extent]
) -> None:
    """Send one element's slices to the builder and record its extent for suppressions."""
    blocks.append(Extent(slices[0].start, max(slices[-1].end - 1, slices[0].start)))
    _emit(source, slices, builder)


def _doctree(source: str) -> nodes.document | None:
    """The doctree, parsed with every report, file access and config file turned off; None
    when docutils fails on the document.

    docutils has crashing bugs on malformed input (an IndexError in its docinfo transform for
    a bibliographic field with an empty body), so a failure is retried without the docinfo
    transform, and a second failure gives up on the structure rather than on the document.
    """
    for docinfo in (True, False):
        settings: dict[str, Any] = {
            "report_level": 5,
            "halt_level": 5,
            "warning_stream": io.StringIO(),
            "file_insertion_enabled": False,
            "raw_enabled": False,
            "_disable_config": True,
            "syntax_highlight": "none",
            "smart_quotes": False,
            "tab_width": TAB_WIDTH,
            "docinfo_xform": docinfo,
        }
        try:
            return publish_doctree(source, settings_overrides=settings)
        except Exception:  # any docutils bug: retry, then read as plain text
            continue
    return None


def _prose_nodes(doctree: nodes.document) -> Iterator[nodes.Element]:
    """``PROSE_NODES`` in document order, outside ``SKIPPED_NODES`` and generated contents."""
    stack: list[nodes.Node] = [doctree]
    while stack:
        node = stack.pop()
        if isinstance(node, SKIPPED_NODES) or _is_contents(node):
            continue
        if isinstance(node, PROSE_NODES):
            yield node
        elif isinstance(node, nodes.Element):
            stack.extend(reversed(node.children))


def _is_contents(node: nodes.Node) -> bool:
    return isinstance(node, nodes.topic) and "contents" in node["classes"]


def _emit(source: str, slices: list[_Slice], builder: ProseBuilder) -> None:
    """Send the prose of one element's source slices to the builder, as one block.

    The tokenizer reads the slices joined by line feeds; each range it keeps is copied piece
    by piece, and a joining line feed it keeps maps to the end of its source line.
    """
    text = "\n".join(source[piece.start : piece.end] for piece in slices)
    builder.break_block(slices[0].start)
    starts = [0]
    for piece in slices:
        starts.append(starts[-1] + piece.end - piece.start + 1)
    first = 0
    for start, end in _clip(prose_ranges(text), _before_literal_marker(text)):
        while starts[first + 1] <= start:  # pieces (and their line feed) before the range
            first += 1
        index = first
        while index < len(slices) and starts[index] < end:
            piece, offset, line_end = slices[index], starts[index], starts[index + 1] - 1
            low, high = max(start, offset), min(end, line_end)
            if low < high:
                builder.copy(piece.start + low - offset, piece.start + high - offset)
            if index + 1 < len(slices) and start <= line_end < end:
                builder.insert("\n", piece.end)
            index += 1


def _before_literal_marker(text: str) -> int:
    """Where a paragraph's text ends once the "::" that announces a literal block is read as
    docutils does: "Example::" → "Example:", "Example ::" and a lone "::" → "Example", ""."""
    body = text.rstrip()
    if not body.endswith("::"):
        return len(text)
    before = body[:-2]
    return len(before) + 1 if before and not before[-1].isspace() else len(before.rstrip())


def _clip(ranges: list[tuple[int, int]], limit: int) -> Iterator[tuple[int, int]]:
    for start, end in ranges:
        if start < limit:
            yield start, min(end, limit)


class _Locator:
    """Finds a doctree element's text in the source lines, nearest docutils' line first."""

    def __init__(self, source: str, lines: LineIndex) -> None:
        self._source = source
        self._lines = lines
        self._expanded: dict[int, str] = {}
        self._floors: dict[int, int] = {}  # per line, where the next table cell may start
        self._last = 1

    def locate(self, node: nodes.Element) -> list[_Slice] | None:
        """The source slices of ``node``'s text lines, or None when they are not found."""
        wanted = [line.strip() for line in _raw_text(node).splitlines()]
        if not any(wanted):
            return None
        cell = _in_table(node)
        hint = node.line or self._last
        for line in _nearest_first(hint, self._lines.count):
            found = self._match(line, wanted, cell=cell)
            if found is not None:
                self._last = line + len(wanted)
                return found
        return None

    def find_line(self, hint: int, wanted: str) -> int | None:
        """The line nearest ``hint`` whose stripped text is ``wanted``."""
        for line in _nearest_first(hint, self._lines.count):
            if " ".join(self._expand(line).split()) == wanted:
                return line
        return None

    def span(self, line: int) -> tuple[int, int]:
        """Where ``line``'s text starts (after indentation) and ends."""
        start, end = self._lines.start(line), self._lines.end(line)
        text = self._source[start:end]
        return start + len(text) - len(text.lstrip()), end

    def _match(self, first: int, wanted: list[str], *, cell: bool) -> list[_Slice] | None:
        if first + len(wanted) - 1 > self._lines.count:
            return None
        found = []
        for number, text in enumerate(wanted, start=first):
            piece = self._match_line(number, text, cell=cell)
            if piece is None:
                return None
            found.append(piece)
        if cell:
            for number, piece in enumerate(found, start=first):
                self._floors[number] = piece.end - self._lines.start(number)
        return found

    def _match_line(self, number: int, text: str, *, cell: bool) -> _Slice | None:
        """``text`` in line ``number``: the end of the line (paragraphs: after markers and
        indentation) or, in a table, the first match after the previous cell."""
        expanded = self._expand(number)
        if cell:
            floor = _expanded_column(self._line_text(number), self._floors.get(number, 0))
            column = expanded.find(text, floor) if text else floor
        else:
            body = expanded.rstrip()
            column = len(body) - len(text) if body.endswith(text) else -1
        if column < 0:
            return None
        original = self._line_text(number)
        start = self._lines.start(number)
        first = _original_column(original, column)
        return _Slice(start + first, start + _original_column(original, column + len(text)))

    def _line_text(self, number: int) -> str:
        return self._source[self._lines.start(number) : self._lines.end(number)]

    def _expand(self, number: int) -> str:
        if number not in self._expanded:
            text = self._line_text(number).replace("\v", " ").replace("\f", " ")
            self._expanded[number] = text.expandtabs(TAB_WIDTH)
        return self._expanded[number]


def _raw_text(node: nodes.Element) -> str:
    """The source text of ``node``: its ``rawsource``, or for a title docutils promoted to the
    document's subtitle (which keeps none) its text."""
    if node.rawsource or not isinstance(node, (nodes.title, nodes.subtitle)):
        return str(node.rawsource)
    return node.astext()


def _in_table(node: nodes.Node) -> bool:
    parent = node.parent
    while parent is not None:
        if isinstance(parent, nodes.entry):
            return True
        parent = parent.parent
    return False


def _nearest_first(hint: int, count: int) -> Iterator[int]:
    """Lines ``hint``, ``hint - 1``, ``hint + 1``, … within ``WINDOW`` and the text."""
    for distance in range(WINDOW + 1):
        for line in (hint - distance, hint + distance) if distance else (hint,):
            if 1 <= line <= count:
                yield line


def _expanded_column(text: str, column: int) -> int:
    """The column of ``text[column]`` once tabs are expanded."""
    return len(text[:column].expandtabs(TAB_WIDTH))


def _original_column(text: str, expanded: int) -> int:
    """The index in ``text`` of expanded column ``expanded`` (a column inside a tab's
    expansion is the tab's)."""
    width = 0
    for index, char in enumerate(text):
        width = width + TAB_WIDTH - width % TAB_WIDTH if char == "\t" else width + 1
        if width > expanded:
            return index
    return len(text)


def _comments(doctree: nodes.document, locator: _Locator) -> Iterator[Comment]:
    """Comments (``.. text``) with their source line; only their first line is a directive."""
    for node in doctree.findall(nodes.comment):
        first = " ".join(node.astext().split("\n", 1)[0].split())
        if not first.startswith("figcheck:"):
            continue
        hint = node.line or 1
        line = locator.find_line(hint, f".. {first}")
        if line is not None:
            start, end = locator.span(line)
            yield Comment(first, start, end)


def _date(doctree: nodes.document) -> dt.date | None:
    """The docinfo ``:date:``, when it is a date."""
    for node in doctree.findall(nodes.date):
        return parse_date(node.astext())
    return None


def _unreadable(
    doctree: nodes.document, source: str, date: dt.date | None
) -> UnreadableDate | None:
    """The docinfo ``:date:`` when it is there but is not a date (docutils keeps no line for
    docinfo, so the line is that of the first ``:date:`` field in the source)."""
    value = next((node.astext().strip() for node in doctree.findall(nodes.date)), "")
    if date is not None or not value:
        return None
    field = PATTERNS["date_field"].search(source)
    line = source.count("\n", 0, field.start()) + 1 if field else 1
    return UnreadableDate("docinfo", "date", value, line)
