"""The shared output of every markup parser: prose built from source slices, and its map back.

Each parser walks its format's structure and tells a ``ProseBuilder`` which source slices are
prose, which decoded text stands for a source construct ("&#36;" → "$"), and where one block ends.
The builder keeps the offsets, so no parser does offset arithmetic on the prose it produced.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from figcheck.lint.documents import SourceMap, Suppression, UnreadableDate

#: What separates two blocks in the prose: a blank line, so a claim never spans two blocks.
BLOCK_BREAK = "\n\n"


@dataclass(frozen=True, slots=True)
class Parsed:
    """What a format parser returns: the prose, its map, the document date and suppressions."""

    prose: str
    source_map: SourceMap
    date: dt.date | None = None
    suppressions: tuple[Suppression, ...] = ()
    locale: str | None = None
    unreadable_date: UnreadableDate | None = None


@dataclass(frozen=True, slots=True)
class Extent:
    """A block of the source, for inline suppressions: ``start`` and ``last`` are offsets of its
    first and last character (inclusive, so that ``last`` stands on the block's last line)."""

    start: int
    last: int


class ProseBuilder:
    """Accumulates prose from a source and records the runs of its ``SourceMap``.

    >>> builder = ProseBuilder("<b>It costs &#36;5</b>")
    >>> builder.copy(3, 12)
    >>> builder.insert("$", 12)
    >>> builder.copy(17, 18)
    >>> prose, source_map = builder.build()
    >>> prose, source_map.to_source(prose.index("$")), source_map.to_source(prose.index("5"))
    ('It costs $5', 12, 17)
    """

    def __init__(self, source: str) -> None:
        self._source = source
        self._parts: list[str] = []
        self._length = 0
        self._tail = ""
        self._prose_starts: list[int] = []
        self._source_starts: list[int] = []
        self._next_source: int | None = None

    @property
    def source(self) -> str:
        """The source the prose is built from."""
        return self._source

    def copy(self, start: int, end: int, text: str | None = None) -> None:
        """Append ``source[start:end]`` (or ``text`` of the same length in its place), one prose
        character per source character."""
        if end <= start:
            return
        piece = self._source[start:end] if text is None else text
        if len(piece) != end - start:
            raise ValueError("a copied piece must be as long as its source slice")
        if self._next_source != start:
            self._new_run(start)
        self._append(piece)
        self._next_source = end

    def blank(self, start: int, end: int) -> None:
        """Append spaces in place of ``source[start:end]``, keeping every later offset."""
        self.copy(start, end, " " * max(end - start, 0))

    def insert(self, text: str, at: int) -> None:
        """Append ``text`` standing for the source construct at ``at``: every character of it
        maps to ``at`` (a decoded entity, a separator)."""
        for char in text:
            self._new_run(at)
            self._append(char)
        self._next_source = None

    def break_block(self, at: int) -> None:
        """End the current block: the prose gets a blank line unless it is empty or has one."""
        if self._length and not self._tail.endswith(BLOCK_BREAK):
            self.insert("\n" if self._tail.endswith("\n") else BLOCK_BREAK, at)

    def build(self) -> tuple[str, SourceMap]:
        """The prose and its map."""
        if not self._prose_starts:
            return "", SourceMap.identity()
        return "".join(self._parts), SourceMap(
            tuple(self._prose_starts), tuple(self._source_starts)
        )

    def _new_run(self, source_start: int) -> None:
        self._prose_starts.append(self._length)
        self._source_starts.append(source_start)

    def _append(self, piece: str) -> None:
        self._parts.append(piece)
        self._length += len(piece)
        self._tail = (self._tail + piece)[-2:]
