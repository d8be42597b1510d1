"""HTML: the text a reader sees, with tags, code and scripts left out.

The standard library's ``html.parser`` is lenient (unclosed and stray tags are reported as they
come, never raised) and reports where each piece of text starts, which is all a source map needs.
Character references are left undecoded by the parser (``convert_charrefs=False``) so that each
one can be decoded here and mapped to its own "&". A table with a header row is written as one
block in pipe form (``_html_tables``), so that its columns are read as a Markdown table's.
Markdown's HTML blocks go through ``parse_region`` too, into the Markdown document's builder.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import re
from dataclasses import dataclass, replace
from html.parser import HTMLParser

from figcheck.lint.documents import UnreadableDate
from figcheck.lint.lines import LineIndex
from figcheck.lint.markup._html_tables import TableRecorder
from figcheck.lint.markup._prose import Extent, Parsed, ProseBuilder
from figcheck.lint.markup.frontmatter import declared_locale, parse_date
from figcheck.lint.markup.suppressions import Comment, comment_suppressions

# fmt: off
#: Elements that start and end a block: text on either side is never one sentence.
BLOCK_TAGS = frozenset({
    "address", "article", "aside", "blockquote", "body", "br", "caption", "dd", "details",
    "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2",
    "h3", "h4", "h5", "h6", "header", "hr", "html", "legend", "li", "main", "nav", "ol", "option",
    "p", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "title", "tr", "ul",
})
#: Elements whose content is not prose: code, scripts, styles, metadata, vector markup.
SKIPPED_TAGS = frozenset({
    "code", "head", "kbd", "math", "pre", "samp", "script", "style", "svg", "template",
})
#: Elements that never have an end tag.
VOID_TAGS = frozenset({
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track",
    "wbr",
})
# fmt: on
#: What ``_neutralise`` writes in place of a construct's first character.
NEUTRAL = "\ufffd"
PATTERNS = {
    # Where a construct that needs a closer starts (longest first).
    "opener": re.compile(r"<!--|<!\[|<|&#"),
    # A character reference HTMLParser accepts: digits or hex digits, then any other character.
    "charref": re.compile(r"&#(?:[0-9]+|[xX][0-9a-fA-F]+)(?:[^0-9a-fA-F]|\Z)"),
    # A line break as ``HTMLParser.getpos`` counts lines: "\n" only.
    "newline": re.compile("\n"),
}
#: What closes each construct (as loosely as any Python version's parser accepts it).
_CLOSERS = {
    "<!--": re.compile(r"--!?\s*>"),
    "<![": re.compile(r"\]\s*>"),
    "<": re.compile(r">"),
}
#: The ``type`` of a ``<script>`` holding JSON-LD metadata (schema.org's ``datePublished``).
JSON_LD = "application/ld+json"
#: ``<meta>`` properties and names that carry the publication date.
DATE_META = frozenset({"article:published_time", "datepublished", "date", "dc.date"})


@dataclass(frozen=True, slots=True)
class HtmlRegion:
    """What parsing a region found besides prose: comments, block extents, the date."""

    comments: tuple[Comment, ...]
    blocks: tuple[Extent, ...]
    date: dt.date | None
    locale: str | None = None
    unreadable: tuple[str, str, str, int] | None = None  # place, key, value, source offset


def parse(source: str) -> Parsed:
    """Keep the text of an HTML document; drop tags, attributes, comments and the content of
    ``SKIPPED_TAGS``; decode character references; separate blocks at ``BLOCK_TAGS``."""
    builder = ProseBuilder(source)
    region = parse_region(source, 0, len(source), builder)
    prose, source_map = builder.build()
    lines = LineIndex(source)
    suppressions = comment_suppressions(region.comments, region.blocks, lines)
    unreadable = None
    if region.date is None and region.unreadable is not None:
        place, key, value, offset = region.unreadable
        unreadable = UnreadableDate(place, key, value, lines.line_of(offset))
    return Parsed(prose, source_map, region.date, suppressions, region.locale, unreadable)


def parse_region(
    source: str, start: int, end: int, builder: ProseBuilder, text: str | None = None
) -> HtmlRegion:
    """Parse ``source[start:end]`` as HTML into ``builder`` (what ``parse`` keeps and drops).

    ``text``, as long as the region, is parsed in its place: a Markdown HTML block inside a
    block quote is given with its "> " prefixes blanked.
    """
    text = source[start:end] if text is None else text
    fed = _neutralise(text)
    parser = _ProseParser(text, fed, start, builder)
    parser.feed(fed)
    parser.close()
    return parser.finish()


class _ProseParser(HTMLParser):
    """Sends text outside skipped elements to the builder; records comments and blocks."""

    def __init__(self, text: str, fed: str, start: int, builder: ProseBuilder) -> None:
        super().__init__(convert_charrefs=False)
        self._text = text
        self._fed = fed
        self._start = start
        self._end = start + len(text)
        self._region_lines = LineIndex(text, PATTERNS["newline"])
        self._prose = builder
        self._builder: ProseBuilder | TableRecorder = builder  # a recorder inside a table
        self._table: TableRecorder | None = None
        self._skipped = _TagStack()
        self._open = _TagStack()
        self._blocks: list[Extent] = []
        self._comments: list[Comment] = []
        self._waiting: list[int] = []  # comments inside the current run of prose
        self._run: Extent | None = None
        self._dates: dict[str, dt.date | None] = {}
        self._locale: str | None = None
        self._json_ld: list[str] | None = None  # the text of an open JSON-LD script
        self._unreadable: tuple[str, str, str, int] | None = None

    def finish(self) -> HtmlRegion:
        """Close the last block and every element left open; the region's findings."""
        self._close_table(self._end)
        self._break(self._end)
        last = max(self._end - 1, self._start)
        self._blocks.extend(Extent(start, last) for _, start in self._open.pop_to(None))
        date = self._dates.get("meta") or self._dates.get("json-ld") or self._dates.get("time")
        return HtmlRegion(
            tuple(self._comments), tuple(self._blocks), date, self._locale, self._unreadable
        )

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        at = self._here()
        self._read_date(tag, dict(attrs))
        if tag == "html" and self._locale is None:
            self._locale = declared_locale(dict(attrs).get("lang") or "")
        if tag == "body":
            self._skipped.pop_to("head")  # "</head>" may be left out
        if tag in BLOCK_TAGS:
            self._break(at)
            if tag not in VOID_TAGS:
                self._open.push(tag, at)
        if tag in SKIPPED_TAGS and tag not in VOID_TAGS:
            self._skipped.push(tag, at)
        if self._table is not None:
            self._table.start_tag(tag, at, dict(attrs))
        elif tag == "table":
            self._table = TableRecorder(self._prose.source, at)
            self._builder = self._table

    def handle_endtag(self, tag: str) -> None:
        at = self._here()
        if tag == "script" and self._json_ld is not None:
            if "json-ld" not in self._dates:
                self._dates["json-ld"] = json_ld_date("".join(self._json_ld))
            self._json_ld = None
        if tag in BLOCK_TAGS:
            self._break(at)
            self._blocks.extend(Extent(start, at) for _, start in self._open.pop_to(tag))
        self._skipped.pop_to(tag)
        if self._table is not None and self._table.end_tag(tag):
            self._close_table(at)

    def _close_table(self, at: int) -> None:
        """Write the open table (``TableRecorder.write``) and write to the prose again."""
        if self._table is not None:
            self._table.write(self._prose, at)
            self._table = None
            self._builder = self._prose

    def handle_data(self, data: str) -> None:
        if self._json_ld is not None:
            self._json_ld.append(data)
        if self._skipped:
            return
        at = self._here()
        local = at - self._start
        if self._fed.startswith(data, local):
            self._builder.copy(at, at + len(data), _spaced(self._text[local : local + len(data)]))
        else:
            self._builder.insert(_spaced(data), at)
        stripped = data.strip()
        if stripped:
            first = at + data.index(stripped[0])
            self._extend_run(first, at + len(data.rstrip()) - 1)

    def handle_entityref(self, name: str) -> None:
        self._reference(1 + len(name))

    def handle_charref(self, name: str) -> None:
        self._reference(2 + len(name))

    def handle_comment(self, data: str) -> None:
        at = self._here()
        if self._run is not None:
            self._waiting.append(len(self._comments))
        self._comments.append(Comment(data, at, at + len(data) + len("<!---->")))

    def parse_html_declaration(self, i: int) -> int:
        """As the base class; a malformed "<![" (which it asserts against) is text instead."""
        try:
            return super().parse_html_declaration(i)
        except AssertionError:
            return -1  # "incomplete": at close() the parser reads it as text and goes on

    def _reference(self, length: int) -> None:
        """A character reference of ``length`` characters (without its optional ";")."""
        if self._skipped:
            return
        at = self._here()
        local = at - self._start
        end = local + length + (self._text[local + length : local + length + 1] == ";")
        raw = self._text[local:end]
        end += self._start
        decoded = html.unescape(raw)
        if decoded == raw:
            self._builder.copy(at, end, raw)
        else:
            self._builder.insert(_spaced(decoded), at)
        self._extend_run(at, end - 1)

    def _here(self) -> int:
        line, column = self.getpos()
        return self._start + self._region_lines.start(line) + column

    def _break(self, at: int) -> None:
        self._builder.break_block(at)
        if self._run is not None:
            self._blocks.append(self._run)
            for index in self._waiting:
                self._comments[index] = replace(self._comments[index], inside=self._run)
        self._run = None
        self._waiting.clear()

    def _extend_run(self, first: int, last: int) -> None:
        self._run = Extent(first if self._run is None else self._run.start, last)

    def _date(self, place: str, key: str, value: str) -> dt.date | None:
        """The date ``value`` states; the first that states none is kept as unreadable."""
        date = parse_date(value)
        if date is None and value.strip() and self._unreadable is None:
            self._unreadable = (place, key, value.strip(), self._here())
        return date

    def _read_date(self, tag: str, attrs: dict[str, str | None]) -> None:
        if tag == "meta":
            key = (
                attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or ""
            ).lower()
            if key in DATE_META and "meta" not in self._dates:
                self._dates["meta"] = self._date("<meta>", key, attrs.get("content") or "")
        elif tag == "time" and "time" not in self._dates and attrs.get("datetime"):
            self._dates["time"] = self._date("<time>", "datetime", attrs.get("datetime") or "")
        elif tag == "script" and (attrs.get("type") or "").strip().lower() == JSON_LD:
            self._json_ld = []


def json_ld_date(text: str) -> dt.date | None:
    """The first ``datePublished`` of a JSON-LD block (schema.org metadata: an object, a list
    of them, or an ``@graph``), outer objects first; None when there is none or the JSON is
    broken (a page's metadata is not configuration: it is ignored, not an error)."""
    try:
        data = json.loads(text)
    except ValueError:
        return None
    pending: list[object] = [data]
    while pending:
        item = pending.pop(0)
        if isinstance(item, dict):
            value = item.get("datePublished")
            if isinstance(value, str) and (date := parse_date(value)) is not None:
                return date
            pending.extend(item.values())
        elif isinstance(item, list):
            pending.extend(item)
    return None


def _spaced(text: str) -> str:
    """Line breaks as spaces, as HTML renders them: a blank line inside a paragraph must not
    end it in the prose."""
    return text.replace("\r", " ").replace("\n", " ")


def _neutralise(text: str) -> str:
    """``text`` with each "<" or "&#" that ``HTMLParser`` could never complete replaced (same
    length), so that it is read as text at once.

    ``HTMLParser`` waits for the end of such a construct, and at the end of input reads it as
    text only up to the next "<", then tries the next one: quadratic on "<a <a <a …" or
    "<!--<!--…", and a second broken "&#" makes it read the rest of the input as text, tags
    and all. A construct is hopeless when no closer of its kind follows it anywhere.
    """
    closers = {kind: _last_end(pattern, text) for kind, pattern in _CLOSERS.items()}
    chars: list[str] | None = None
    for opener in PATTERNS["opener"].finditer(text):
        at, kind = opener.start(), opener[0]
        if kind == "&#":
            hopeless = PATTERNS["charref"].match(text, at) is None
        else:
            hopeless = closers[kind] <= at + len(kind)
        if hopeless:
            chars = chars or list(text)
            chars[at] = NEUTRAL
    return text if chars is None else "".join(chars)


def _last_end(pattern: re.Pattern[str], text: str) -> int:
    ends = [match.end() for match in pattern.finditer(text)]
    return ends[-1] if ends else -1


class _TagStack:
    """Open elements, innermost last; closing one also closes those opened inside it. Counts
    per name keep a stray end tag from searching the whole stack (linear on hostile input)."""

    def __init__(self) -> None:
        self._items: list[tuple[str, int]] = []
        self._counts: dict[str, int] = {}

    def __bool__(self) -> bool:
        return bool(self._items)

    def push(self, tag: str, at: int) -> None:
        """Open ``tag`` at offset ``at``."""
        self._items.append((tag, at))
        self._counts[tag] = self._counts.get(tag, 0) + 1

    def pop_to(self, tag: str | None) -> list[tuple[str, int]]:
        """Close the innermost open ``tag`` and everything inside it (``None``: everything);
        nothing when no ``tag`` is open."""
        if tag is None:
            index = 0
        elif self._counts.get(tag):
            index = len(self._items) - 1
            while self._items[index][0] != tag:
                index -= 1
        else:
            return []
        popped = self._items[index:]
        del self._items[index:]
        for name, _ in popped:
            self._counts[name] -= 1
        return popped
