"""HTML tables in pipe form: one block of the prose per table, so ``reading.tables`` reads its
columns as it reads a Markdown table's.

Whether a table is a data table is known only at its end, so ``TableRecorder`` stands in for
the ``ProseBuilder`` while one is open and records what the parser writes, cell by cell. At
``</table>`` the record is written out either in pipe form or as the parser wrote it (each
cell a block of its own). Pipe form, for a table with one header row (the rows of
``<thead>``, or a first row of ``<th>`` cells, empty cells allowed)::

    | Item | ¥ millions | US$ thousands |
    | --- | --- | --- |
    | Cash | 24,794 | 223,389 |

Each cell's text is the text the parser copied, so its offsets are exact; the bars, the
delimiter row and the line breaks are new, and stand for the cell or row they precede. A
``colspan`` is written as that many cells (the first with the text), a line break or block
inside a cell as a space, and a bar in a cell's text as "\\|" so that it stays in its cell.
Layout and other tables (no header row, two header rows, a ``rowspan``, whose later rows would
shift under the wrong headers, a table inside a cell, text in a row outside its cells) are
written as before: their cells are separate blocks.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from figcheck.lint.markup._prose import ProseBuilder

#: The widest ``colspan`` written out; a wider one is read as this, so that hostile markup
#: ("<td colspan=1000>" repeated) cannot make the prose many times longer than the source.
MAX_SPAN = 16


@dataclass(frozen=True, slots=True)
class _Copy:
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class _Insert:
    text: str
    at: int


@dataclass(frozen=True, slots=True)
class _Break:
    at: int


_Op = _Copy | _Insert | _Break


@dataclass(slots=True)
class _Cell:
    """A cell: where its tag starts, whether it is a ``<th>``, its span and what it holds."""

    at: int
    heading: bool
    span: int
    ops: list[_Op] = field(default_factory=list)

    def has_text(self) -> bool:
        return any(not isinstance(op, _Break) and op.text.strip() for op in self.ops)


@dataclass(slots=True)
class _Row:
    """A row: where its tag starts, whether it is in ``<thead>``, its cells; ``loose`` when it
    has text outside its cells."""

    at: int
    head: bool
    cells: list[_Cell] = field(default_factory=list)
    loose: bool = False

    def is_header(self) -> bool:
        """In ``<thead>``, or made of ``<th>`` cells (and empty ones)."""
        if self.head:
            return True
        return any(c.heading for c in self.cells) and all(
            c.heading or not c.has_text() for c in self.cells
        )

    def width(self) -> int:
        return sum(cell.span for cell in self.cells)


class TableRecorder:
    """Records what the parser writes inside one outermost table; ``write`` writes it out."""

    def __init__(self, source: str, at: int) -> None:
        self._source = source
        self._at = at
        self._ops: list[_Op] = []  # everything, in order: the table as the parser wrote it
        self._before: list[_Op] = []  # before the first row: a caption
        self._rows: list[_Row] = []
        self._cell: _Cell | None = None
        self._head = False
        self._depth = 1
        self._nested = False
        self._spanned = False  # a cell spans rows

    # The parts of ``ProseBuilder`` the HTML parser uses.

    def copy(self, start: int, end: int, text: str | None = None) -> None:
        """Record a copy (``ProseBuilder.copy``)."""
        if end > start:
            self._record(_Copy(start, end, self._source[start:end] if text is None else text))

    def insert(self, text: str, at: int) -> None:
        """Record an insertion (``ProseBuilder.insert``)."""
        self._record(_Insert(text, at))

    def break_block(self, at: int) -> None:
        """Record a block break (``ProseBuilder.break_block``)."""
        self._record(_Break(at))

    # The table's structure, as the parser meets its tags.

    def start_tag(self, tag: str, at: int, attrs: dict[str, str | None]) -> None:
        """A tag opened inside the table, with its attributes."""
        if tag == "table":
            self._depth += 1
            self._nested = True
        if self._depth > 1:
            return
        if tag == "thead":
            self._head = True
        elif tag in ("tbody", "tfoot"):
            self._head = False
        elif tag == "tr":
            self._rows.append(_Row(at, self._head))
            self._cell = None
        elif tag in ("td", "th"):
            if not self._rows:
                self._rows.append(_Row(at, self._head))
            self._cell = _Cell(at, tag == "th", _span(attrs.get("colspan")))
            self._spanned = self._spanned or _span(attrs.get("rowspan")) > 1
            self._rows[-1].cells.append(self._cell)

    def end_tag(self, tag: str) -> bool:
        """A tag closed inside the table; True when it closes the table itself."""
        if tag == "table":
            self._depth -= 1
            return self._depth == 0
        if self._depth == 1 and tag in ("td", "th", "tr"):
            self._cell = None
        elif tag == "thead" and self._depth == 1:
            self._head = False
        return False

    def write(self, builder: ProseBuilder, end: int) -> None:
        """Write the table to ``builder``: in pipe form when it is a data table, else as the
        parser wrote it. ``end`` is where the table ends."""
        if not self._pipe_form():
            _replay(self._ops, builder)
            return
        _replay(self._before, builder)
        builder.break_block(self._at)
        rows = [row for row in self._rows if row.cells]
        for index, row in enumerate(rows):
            if index == 1:
                rules = " | ".join(["---"] * rows[0].width())
                builder.insert(f"\n| {rules} |", row.at)
            if index:
                builder.insert("\n", row.at)
            _write_row(row, builder)
        builder.break_block(end)

    def _record(self, op: _Op) -> None:
        self._ops.append(op)
        if self._cell is not None:
            self._cell.ops.append(op)
        elif self._rows:
            row = self._rows[-1]
            row.loose = row.loose or (not isinstance(op, _Break) and bool(op.text.strip()))
        else:
            self._before.append(op)

    def _pipe_form(self) -> bool:
        rows = [row for row in self._rows if row.cells]
        return (
            not self._nested
            and not self._spanned
            and len(rows) >= 2
            and rows[0].is_header()
            and not rows[1].head
            and not any(row.loose for row in rows)
        )


def _span(value: str | None) -> int:
    """A ``colspan`` or ``rowspan`` attribute as a number of cells, 1 when it is not one."""
    try:
        return min(max(int(value or "1"), 1), MAX_SPAN)
    except ValueError:
        return 1


def _write_row(row: _Row, builder: ProseBuilder) -> None:
    """One row in pipe form: "| a | b |", each cell's text as the parser wrote it."""
    extra = 0
    at = row.at
    for index, cell in enumerate(row.cells):
        builder.insert(" | " * extra + (" | " if index else "| "), cell.at)
        at = _write_cell(cell, builder)
        extra = cell.span - 1
    builder.insert(" | " * extra + " |", at)


def _write_cell(cell: _Cell, builder: ProseBuilder) -> int:
    """A cell's text: its bars escaped, a break between two pieces of text as a space, other
    breaks left out. Where it ends."""
    at, written = cell.at, False
    space: int | None = None  # a break after text: a space before the next text
    for op in cell.ops:
        if isinstance(op, _Break):
            space = op.at if written and space is None else space
            continue
        if space is not None:
            builder.insert(" ", space)
            space = None
        if isinstance(op, _Insert):
            builder.insert(op.text.replace("|", "\\|"), op.at)
            at = op.at
        else:
            _copy_escaped(op, builder)
            at = op.end
        written = True
    return at


def _copy_escaped(op: _Copy, builder: ProseBuilder) -> None:
    """Copy a piece of text, "\\" inserted before each bar."""
    begin = 0
    for index, char in enumerate(op.text):
        if char == "|":
            builder.copy(op.start + begin, op.start + index, op.text[begin:index])
            builder.insert("\\", op.start + index)
            begin = index
    builder.copy(op.start + begin, op.end, op.text[begin:])


def _replay(ops: list[_Op], builder: ProseBuilder) -> None:
    """Write recorded pieces as they were recorded."""
    for op in ops:
        if isinstance(op, _Copy):
            builder.copy(op.start, op.end, op.text)
        elif isinstance(op, _Insert):
            builder.insert(op.text, op.at)
        else:
            builder.break_block(op.at)
