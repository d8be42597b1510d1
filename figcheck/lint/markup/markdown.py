"""Markdown: the text of paragraphs, headings, list items, tables, quotes and footnotes.

markdown-it-py (CommonMark, with tables, strikethrough and footnotes) decides what is what, so
figcheck reads Markdown as renderers do. Its tokens carry source lines (``map``) but no columns,
so each inline piece is found in the source by walking a cursor through the block's lines: text
tokens are verbatim source (the ``text_join`` rule is off, so escapes and entities stay tokens
of their own with their source form in ``markup``), and the constructs whose source is not in
their token (code spans, link destinations, autolinks, images) are measured and stepped over.

A table is one block of the prose in pipe form ("| a | b |", a delimiter row after the header,
one line per row) so that ``reading.tables`` reads its columns: each cell's inline content is
walked as a paragraph's is, and only the bars, the delimiter row and the line breaks are new.
An escaped bar ("\\|") stays escaped, so it stays inside its cell.

The parser is given a *view* of the source of the same length: front matter blanked with
spaces and NUL replaced as markdown-it would, so every offset in the view is one in the source.

markdown-it stops at ``MAX_NESTING`` levels of containers (its guard against deep recursion)
and silently drops whatever is nested deeper. figcheck reads such a container's lines as plain
text instead, less their quote and list markers, so no text goes unchecked however deep it is.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.common.utils import normalizeReference
from markdown_it.helpers import parseLinkDestination, parseLinkTitle
from markdown_it.token import Token
from mdit_py_plugins.footnote import footnote_plugin

from figcheck.lint.lines import LineIndex
from figcheck.lint.markup import html
from figcheck.lint.markup._prose import Extent, Parsed, ProseBuilder
from figcheck.lint.markup.frontmatter import read_front_matter
from figcheck.lint.markup.suppressions import Comment, comment_suppressions

PATTERNS = {
    # A line break as markdown-it counts lines (it normalises all three to "\n").
    "newline": re.compile(r"\r\n?|\n"),
    # Any character of front matter but line breaks (blanked in the view).
    "not_newline": re.compile(r"[^\r\n]"),
    # A run of backticks (code spans open and close with runs of equal length).
    "backticks": re.compile(r"`+"),
    # The quote and list markers (and indentation) in front of a line's text.
    "markers": re.compile(r"(?:[ \t]*(?:>|(?:[-+*]|[0-9]{1,9}[.)])(?=[ \t]|$)))*[ \t]*"),
}
#: Levels of containers the parser reads (a block quote is one, a list two), its CommonMark
#: preset's value; deeper ones are read as plain lines. The same limit bounds inline nesting,
#: where a higher one makes hostile input ("![" repeated) several times slower.
MAX_NESTING = 20
#: Whitespace between a link's parts ("[a](  url  'title'  )").
LINK_SPACE = " \t\r\n"
#: The tokens of a table's structure (its cells' content comes as ``inline`` tokens).
TABLE_TOKENS = frozenset({"table_open", "tr_open", "th_open", "td_open", "tr_close", "table_close"})


@cache
def _markdown() -> MarkdownIt:
    """The parser, built once: CommonMark, GitHub tables and strikethrough, footnotes."""
    parser = MarkdownIt("commonmark", {"maxNesting": MAX_NESTING})
    parser = parser.enable(["table", "strikethrough"]).use(footnote_plugin)
    return parser.disable("text_join")


def parse(source: str) -> Parsed:
    """Keep the text of inline content (paragraphs, headings, list items, block quotes,
    footnotes; link text and image descriptions), tables in pipe form and HTML blocks (as
    ``html`` does); drop front matter, code blocks and spans, link destinations, autolinks,
    footnote markers and inline markup characters."""
    front = read_front_matter(source)
    view = _view(source, front.end if front else 0)
    env: dict[str, Any] = {}
    tokens = _markdown().parse(view, env)
    lines = LineIndex(view, PATTERNS["newline"])
    builder = ProseBuilder(source)
    walker = _InlineWalker(view, lines, builder, env.get("references", {}))
    table = _PipeTable(view, lines, builder, walker)
    blocks: list[Extent] = []
    comments: list[Comment] = []
    for index, token in enumerate(tokens):
        if token.map is not None and token.nesting >= 0:
            blocks.append(_extent(token.map, lines))
        if token.type in TABLE_TOKENS:
            table.token(token)
        elif token.type == "inline" and token.map is not None:
            cell = index > 0 and tokens[index - 1].type in ("th_open", "td_open")
            comments.extend(walker.walk(token, cell=cell))
        elif token.type == "html_block" and token.map is not None:
            region = _html_block(source, view, lines, token, builder)
            blocks.extend(region.blocks)
            comments.extend(region.comments)
        elif _too_deep(tokens, index):
            blocks.extend(_plain_lines(view, lines, tokens[index].map or [0, 0], builder))
    prose, source_map = builder.build()
    suppressions = comment_suppressions(comments, blocks, LineIndex(source))
    if front is None:
        return Parsed(prose, source_map, None, suppressions)
    return Parsed(prose, source_map, front.date, suppressions, front.locale, front.unreadable)


def _view(source: str, front_end: int) -> str:
    """``source`` as markdown-it is given it: same length, front matter blanked, NUL replaced."""
    front = PATTERNS["not_newline"].sub(" ", source[:front_end])
    return (front + source[front_end:]).replace("\0", "\ufffd")


def _extent(line_map: Sequence[int], lines: LineIndex) -> Extent:
    """The extent of a token's 0-based half-open line range, less its trailing blank lines
    (markdown-it counts the blank line after a list as the list's)."""
    first, stop = line_map[0] + 1, max(line_map[1], line_map[0] + 1)
    while stop > first and not lines.text[lines.start(stop) : lines.end(stop)].strip():
        stop -= 1
    return Extent(lines.start(first), max(lines.start(stop), lines.end(stop) - 1))


def _too_deep(tokens: Sequence[Token], index: int) -> bool:
    """True for a container the parser opened at its nesting limit and left empty: its
    content was dropped, not parsed."""
    token = tokens[index]
    return (
        token.nesting == 1
        and token.level >= MAX_NESTING - 1
        and token.map is not None
        and index + 1 < len(tokens)
        and tokens[index + 1].nesting == -1
    )


def _plain_lines(
    view: str, lines: LineIndex, line_map: Sequence[int], builder: ProseBuilder
) -> list[Extent]:
    """Read the lines of ``line_map`` as plain text: each line's text after its quote and list
    markers, a line without text ending a paragraph. The paragraphs' extents."""
    paragraphs: list[Extent] = []
    first: int | None = None
    last = 0
    builder.break_block(lines.start(line_map[0] + 1))
    for number in range(line_map[0] + 1, line_map[1] + 1):
        start, end = lines.start(number), lines.end(number)
        text_start = PATTERNS["markers"].match(view, start, end)
        begin = text_start.end() if text_start else start
        stop = begin + len(view[begin:end].rstrip())
        if stop <= begin:
            builder.break_block(start)
            if first is not None:
                paragraphs.append(Extent(first, last))
            first = None
            continue
        if first is not None:
            builder.insert("\n", begin)
        builder.copy(begin, stop)
        first, last = (begin if first is None else first), stop - 1
    if first is not None:
        paragraphs.append(Extent(first, last))
    builder.break_block(lines.end(line_map[1]))
    return paragraphs


def _html_block(
    source: str, view: str, lines: LineIndex, token: Token, builder: ProseBuilder
) -> html.HtmlRegion:
    """Parse an HTML block as HTML, its lines' quote and list prefixes blanked."""
    assert token.map is not None
    first, stop = token.map[0] + 1, token.map[1] + 1
    start, end = lines.start(first), lines.start(stop)
    pieces = []
    contents = token.content.split("\n")
    for number in range(first, stop):
        line = view[lines.start(number) : lines.start(number + 1)]
        content = contents[number - first].strip() if number - first < len(contents) else ""
        body = line.rstrip("\r\n")
        cut = body.rfind(content) if content and token.level > 0 else 0
        pieces.append(" " * max(cut, 0) + line[max(cut, 0) :])
    builder.break_block(start)
    region = html.parse_region(source, start, end, builder, "".join(pieces))
    builder.break_block(end)
    return region


class _PipeTable:
    """Writes a table's rows in pipe form around the cells the walker sends to the builder.

    The bars are the source's own (copied, a space inserted on either side): the row's
    leading bar, the bar after each cell; one the source leaves out ("a | b") is inserted
    where it would stand. The delimiter row is the source's delimiter line, copied. So every
    character but the blanks and the inserted bars maps to its equal in the source.
    """

    def __init__(
        self, view: str, lines: LineIndex, builder: ProseBuilder, walker: _InlineWalker
    ) -> None:
        self._view = view
        self._lines = lines
        self._builder = builder
        self._walker = walker
        self._rows = 0
        self._cells = 0
        self._header_line = 1
        self._row_line = 1

    def token(self, token: Token) -> None:
        """Handle one of ``TABLE_TOKENS``."""
        if token.type == "table_open" and token.map is not None:
            self._rows, self._header_line = 0, token.map[0] + 1
            self._builder.break_block(self._lines.start(self._header_line))
        elif token.type == "tr_open" and token.map is not None:
            self._row_line = token.map[0] + 1
            if self._rows == 1:
                self._builder.insert("\n", self._line_text(self._header_line + 1)[0])
                self._builder.copy(*self._line_text(self._header_line + 1))
            if self._rows:
                self._builder.insert("\n", self._lines.start(self._row_line))
            self._rows, self._cells = self._rows + 1, 0
        elif token.type in ("th_open", "td_open"):
            if self._cells:
                self._builder.insert(" ", self._walker.cursor)
            self._walker.bar(self._line_text(self._row_line)[0] if not self._cells else None)
            self._builder.insert(" ", self._walker.cursor)
            self._cells += 1
        elif token.type == "tr_close":
            self._builder.insert(" ", self._walker.cursor)
            self._walker.bar(None)
        elif token.type == "table_close":
            self._builder.break_block(self._walker.cursor)

    def _line_text(self, line: int) -> tuple[int, int]:
        """Where line ``line``'s text starts and ends: after quote and list markers, before
        trailing blanks."""
        start, end = self._lines.start(line), self._lines.end(line)
        markers = PATTERNS["markers"].match(self._view, start, end)
        begin = markers.end() if markers else start
        return begin, begin + len(self._view[begin:end].rstrip())


class _InlineWalker:
    """Finds each piece of an inline token in the source, in order, with a moving cursor."""

    def __init__(
        self, view: str, lines: LineIndex, builder: ProseBuilder, references: dict[str, Any]
    ) -> None:
        self._view = view
        self._lines = lines
        self._builder = builder
        self._references = references
        self._cursor = 0
        self._first = 1  # the block's first line, 1-based
        self._limit = 0  # the end of the block's lines
        self._contents: list[str] = []
        self._suffix = True
        self._block = Extent(0, 0)
        self._comments: list[Comment] = []
        self._in_autolink = False
        self._cell = False

    @property
    def cursor(self) -> int:
        """Where the last piece walked ended in the source."""
        return self._cursor

    def bar(self, at: int | None) -> None:
        """Copy a table's bar: the one at ``at`` (a row's first), or the next unescaped one
        in the cursor's line; a bar the source leaves out is inserted. The cursor moves past
        it."""
        if at is None:
            at = self._cursor
            end = self._line_end()
            while at < end and (self._view[at] != "|" or self._view[at - 1] == "\\"):
                at += 1
        if self._view.startswith("|", at):
            self._builder.copy(at, at + 1)
            self._cursor = at + 1
        else:
            self._builder.insert("|", at)

    def walk(self, token: Token, *, cell: bool) -> list[Comment]:
        """Send the prose of one block's inline token to the builder; its HTML comments."""
        assert token.map is not None
        self._first = token.map[0] + 1
        self._block = _extent(token.map, self._lines)
        start, self._limit = self._block.start, self._lines.start(token.map[1] + 1)
        if not start <= self._cursor < self._limit:  # inside: a table row's next cell
            self._cursor = start
        self._contents = token.content.split("\n")
        self._suffix = not cell
        self._cell = cell
        self._comments = []
        self._in_autolink = False
        if not cell:  # a table's cells are one block, written by ``_PipeTable``
            self._builder.break_block(start)
        self._cursor = self._content_start(self._first, self._cursor)
        self._children(token.children or [])
        return self._comments

    def _children(self, children: Sequence[Token]) -> None:
        for child in children:
            if self._in_autolink:
                self._in_autolink = child.type != "link_close"
                continue
            handler = _HANDLERS.get(child.type)
            if handler is not None:
                handler(self, child)

    def _content_start(self, line: int, floor: int) -> int:
        """Where line ``line``'s inline content starts, at or after ``floor``: the content is
        the end of the source line (after quote markers, list markers and indentation), or for
        headings and table cells the first match in it."""
        index = line - self._first
        content = self._contents[index].strip() if 0 <= index < len(self._contents) else ""
        begin = max(floor, self._lines.start(line))
        body = self._view[begin : self._lines.end(line)].rstrip()
        if content and self._suffix and body.endswith(content):
            return begin + len(body) - len(content)
        found = self._view.find(content, begin, begin + len(body)) if content else -1
        return found if found >= 0 else begin

    def _find(self, text: str, *, in_line: bool = True) -> int:
        """Where ``text`` next stands from the cursor (in its line, or in the block); -1."""
        if in_line:
            return self._view.find(text, self._cursor, self._line_end())
        return self._view.find(text, self._cursor, self._limit)

    def _line_end(self) -> int:
        return self._lines.end(self._lines.line_of(self._cursor))

    def text(self, token: Token) -> None:
        """Verbatim source text: copied. In a cell, markdown-it has unescaped "\\|"; the
        source, escape and all, is copied, so that the bar stays inside its cell."""
        content = token.content
        at = self._find(content)
        if at < 0 and self._cell and "|" in content:
            content = content.replace("|", "\\|")
            at = self._find(content)
        if at < 0:  # not where expected: keep the text, mapped to the cursor
            self._builder.insert(self._bars_escaped(token.content), self._cursor)
            return
        self._builder.copy(at, at + len(content))
        self._cursor = at + len(content)

    def _bars_escaped(self, text: str) -> str:
        """``text``, its bars escaped in a table cell (a decoded "&#124;" is no separator)."""
        return text.replace("|", "\\|") if self._cell else text

    def text_special(self, token: Token) -> None:
        """A backslash escape (the escaped character is copied) or an entity (decoded)."""
        at = self._find(token.markup)
        if at < 0:
            self._builder.insert(self._bars_escaped(token.content), self._cursor)
            return
        if token.info == "escape":
            self._builder.copy(at + 1, at + len(token.markup))
        else:
            self._builder.insert(self._bars_escaped(token.content), at)
        self._cursor = at + len(token.markup)

    def softbreak(self, token: Token) -> None:
        """A line break inside the block: a line feed, then the next line's content."""
        self._builder.insert("\n", self._cursor)
        line = self._lines.line_of(self._cursor) + 1
        self._cursor = self._content_start(line, self._lines.start(line))

    def code_inline(self, token: Token) -> None:
        """Dropped: the cursor steps to past the closing run of as many backticks."""
        at = self._find(token.markup, in_line=False)
        if at < 0:
            return
        for run in PATTERNS["backticks"].finditer(self._view, at + len(token.markup), self._limit):
            if len(run[0]) == len(token.markup):
                self._cursor = run.end()
                return

    def html_inline(self, token: Token) -> None:
        """Dropped; a comment is kept for suppressions, as one inside this block."""
        at = self._find(token.content, in_line=False)
        if at < 0:
            close = self._view.find(">", self._cursor, self._limit)
            self._cursor = close + 1 if close >= 0 else self._cursor
            return
        end = at + len(token.content)
        if token.content.startswith("<!--"):
            text = token.content[4:].removesuffix("-->")
            self._comments.append(Comment(text, at, end, inside=self._block))
        self._cursor = end

    def link_open(self, token: Token) -> None:
        """An autolink ("<https://…>") is dropped whole; a link's text is walked."""
        if token.markup != "autolink":
            return
        self._in_autolink = True
        close = self._view.find(">", self._cursor, self._limit)
        self._cursor = close + 1 if close >= 0 else self._cursor

    def link_close(self, token: Token) -> None:
        """After a link's text: "]" and the destination or reference label are dropped."""
        self._after_label(self._find("]", in_line=False))

    def image(self, token: Token) -> None:
        """An image's description is prose (walked); "![", "]" and the destination are not."""
        at = self._find("![", in_line=False)
        if at >= 0:
            self._cursor = at + 2
        self._children(token.children or [])
        self._after_label(self._find("]", in_line=False))

    def footnote_ref(self, token: Token) -> None:
        """A footnote marker ("[^1]"): dropped."""
        at = self._find("[^")
        close = self._view.find("]", at, self._limit) if at >= 0 else -1
        if close >= 0:
            self._cursor = close + 1

    def _after_label(self, bracket: int) -> None:
        """Step over "]" at ``bracket`` and an inline destination or a reference label."""
        if bracket < 0:
            return
        after = bracket + 1
        self._cursor = after
        if self._view.startswith("(", after):
            self._cursor = self._destination_end(after) or after
        elif self._view.startswith("[", after):
            close = self._view.find("]", after + 1, self._limit)
            label = self._view[after + 1 : close]
            if close >= 0 and (not label.strip() or normalizeReference(label) in self._references):
                self._cursor = close + 1

    def _destination_end(self, paren: int) -> int | None:
        """The end of "(destination 'title')" at ``paren`` (as markdown-it's link rule reads
        it), or None when it is not one."""
        view, limit = self._view, self._limit
        at = _skip_space(view, paren + 1, limit)
        destination = parseLinkDestination(view, at, limit)
        if destination.ok:
            at = _skip_space(view, destination.pos, limit)
            title = parseLinkTitle(view, at, limit)
            if at > destination.pos and title.ok:
                at = _skip_space(view, title.pos, limit)
        return at + 1 if at < limit and view[at] == ")" else None


def _skip_space(text: str, at: int, limit: int) -> int:
    while at < limit and text[at] in LINK_SPACE:
        at += 1
    return at


_HANDLERS = {
    "text": _InlineWalker.text,
    "text_special": _InlineWalker.text_special,
    "softbreak": _InlineWalker.softbreak,
    "hardbreak": _InlineWalker.softbreak,
    "code_inline": _InlineWalker.code_inline,
    "html_inline": _InlineWalker.html_inline,
    "link_open": _InlineWalker.link_open,
    "link_close": _InlineWalker.link_close,
    "image": _InlineWalker.image,
    "footnote_ref": _InlineWalker.footnote_ref,
}
