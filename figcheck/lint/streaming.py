"""Huge plain-text and Markdown files, checked paragraph batch by paragraph batch.

``lint_file`` reads a document whole, and the markup parser, the prose, the claims and the
source map of a 50 MB file would each be as large again. Above ``STREAM_THRESHOLD`` bytes a
text or Markdown file is instead read in chunks (decoded as the whole-file path decodes it: a
byte-order mark for UTF-8, UTF-16 or UTF-32, else UTF-8), split into lines, and cut into batches
of about ``BATCH_CHARS`` characters, each ending at a paragraph break, and every batch is checked
as a document of its own; its findings are moved to their place in the whole file. Peak memory
then follows the batch size, not the file size.

What stays the same as the whole-file path: every finding's line, column and offset; the
document date and language (front matter is in the first batch, and its date applies to all of
them; so does the first batch's language when the document does not declare one); inline
suppressions, wherever they stand (a file-wide one also covers the batches before it); the
excerpts of the text report (the source lines that carry findings are kept, the others are
dropped).

What differs, on purpose: conversions are compared with the others of their batch, not of the
whole file (the consensus of rules such as FC103 is per batch). A file this large is almost
always many documents run together (an archive, a dump), whose articles have different dates
and rates, so a file-wide consensus would be the wrong comparison anyway, and carrying every
conversion across batches would make memory grow with the file again. ``FileResult.claims`` is
empty for a streamed file for the same reason: the claims of 50 MB of prose take gigabytes.

A batch only ends at a blank line followed by a line that starts in the first column, outside
a Markdown code fence and front matter, and not right after a suppression comment, so that a
paragraph, a list item's continuation, a fenced block or a "next block" suppression is never
cut in two. HTML, reStructuredText and standard input are always read whole.
"""

from __future__ import annotations

import codecs
import datetime as dt
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import BinaryIO

from figcheck.checking import byte_order_mark, check
from figcheck.errors import InputError
from figcheck.lint.documents import (
    Document,
    Format,
    Suppression,
    SuppressionScope,
    UnreadableDate,
)
from figcheck.lint.lines import LINE_BREAK, LineIndex, split_lines
from figcheck.lint.markup import load_document
from figcheck.lint.results import FileResult, Located, Position
from figcheck.lint.settings import Settings
from figcheck.lint.source import (
    LintOptions,
    locate,
    suppress,
    suppression_finding,
    undated_findings,
)
from figcheck.model import Finding
from figcheck.reading.detect import detect_language

#: Files larger than this many bytes are streamed (when their format allows it).
STREAM_THRESHOLD = 8 * 1024 * 1024
#: A batch is closed at the first paragraph break after it reaches this many characters.
BATCH_CHARS = 1_000_000
#: The formats whose structure survives being cut at paragraph breaks.
STREAMABLE = frozenset({Format.TEXT, Format.MARKDOWN})
#: How far into a file a NUL byte marks it as binary, as for files read whole.
BINARY_PROBE = 8192
#: Bytes decoded at a time.
READ_CHUNK = 1 << 16
#: Where decoded text is cut into lines, ends kept: after LF, and after a CR that does not
#: start a CRLF (nor ends the text read so far, as its LF may be in the next chunk).
_LINE_ENDS = re.compile(r"(?<=\n)|(?<=\r)(?!\n|\Z)")
_FENCES = ("```", "~~~")
_FRONT_MATTER = ("---", "+++")


def should_stream(path: Path, format: Format, threshold: int | None = None) -> bool:
    """True for a text or Markdown file larger than ``threshold`` bytes (by default
    ``STREAM_THRESHOLD``, read at each call so that it can be lowered)."""
    if format not in STREAMABLE:
        return False
    try:
        return path.stat().st_size > (STREAM_THRESHOLD if threshold is None else threshold)
    except OSError:
        return False  # the whole-file path reports why it cannot be read


@dataclass(frozen=True, slots=True)
class Batch:
    """Whole paragraphs of a file: their text, and where they start (lines before, offset)."""

    text: str
    line_base: int
    offset_base: int


def read_lines(path: Path) -> Iterator[str]:
    """The file's lines as text, ends kept, decoded as ``read_text`` would decode it whole (a
    byte-order mark decides the encoding, UTF-8 without one)."""
    try:
        with path.open("rb") as file:
            head = file.read(BINARY_PROBE)
            mark, encoding = byte_order_mark(head) or (b"", "utf-8")
            if not mark and b"\0" in head:
                raise InputError(f"{path}: looks like a binary file")
            file.seek(len(mark))
            yield from _decoded(file, str(path), encoding, len(mark))
    except OSError as error:
        raise InputError(f"{path}: cannot read: {error.strerror or error}") from error


def _decoded(file: BinaryIO, name: str, encoding: str, start: int) -> Iterator[str]:
    """The lines of ``file`` from byte ``start``, decoded chunk by chunk (UTF-16 text cannot
    be cut at b"\\n"); a leading byte-order mark character is dropped, and the first
    undecodable byte is reported by its offset in the file, as the whole-file path reports it."""
    decoder = codecs.getincrementaldecoder(encoding)()
    consumed, first = start, True
    carry: list[str] = []  # the line read so far, in pieces: a long line is joined once
    while True:
        chunk = file.read(READ_CHUNK)
        pending = len(decoder.getstate()[0])
        try:
            text = decoder.decode(chunk, final=not chunk)
        except UnicodeDecodeError as error:
            at = consumed - pending + error.start
            raise InputError(
                f"{name}: not valid {encoding} at byte {at}: {error.reason}"
            ) from error
        consumed += len(chunk)
        if first and text:
            text, first = text.removeprefix("\ufeff"), False
            if start and "\0" in text[:BINARY_PROBE]:
                raise InputError(f"{name}: looks like a binary file")
        if carry and carry[-1].endswith("\r") and not text.startswith("\n"):
            yield "".join(carry)  # a lone CR that ended the last chunk
            carry = []
        *complete, rest = _LINE_ENDS.split(text)
        if complete:
            yield "".join([*carry, complete[0]])
            yield from complete[1:]
            carry = []
        if rest:
            carry.append(rest)
        if not chunk:
            break
    if carry:
        yield "".join(carry)


@dataclass(slots=True)
class _Cutter:
    """Where a batch may end: tracks code fences, front matter and suppression comments."""

    fence: str | None = None
    front_matter: str | None = None
    last_text: str = ""
    previous_blank: bool = False
    count: int = 0

    def may_cut_before(self, line: str) -> bool:
        """True when a batch may end just before ``line``; then records ``line``."""
        stripped = line.strip()
        allowed = (
            self.previous_blank
            and bool(stripped)
            and not line[0].isspace()
            and self.fence is None
            and self.front_matter is None
            and "figcheck:" not in self.last_text
        )
        self._record(line, stripped)
        return allowed

    def _record(self, line: str, stripped: str) -> None:
        if self.count == 0 and stripped in _FRONT_MATTER:
            self.front_matter = stripped
        elif self.front_matter is not None and stripped == self.front_matter:
            self.front_matter = None
        elif self.front_matter is None:
            self._track_fence(line.lstrip())
        self.count += 1
        self.previous_blank = not stripped
        if stripped:
            self.last_text = stripped

    def _track_fence(self, text: str) -> None:
        marker = next((f for f in _FENCES if text.startswith(f)), None)
        if marker is None:
            return
        run = marker[0] * (len(text) - len(text.lstrip(marker[0])))
        if self.fence is None:
            self.fence = run
        elif run.startswith(self.fence) and not text.strip().strip(marker[0]):
            self.fence = None


def batches(lines: Iterable[str], size: int = BATCH_CHARS) -> Iterator[Batch]:
    """The lines grouped into batches of at least ``size`` characters (the last may be
    smaller), each cut only where ``_Cutter`` allows."""
    cutter = _Cutter()
    chunk: list[str] = []
    chars = line_base = offset_base = 0
    for line in lines:
        if cutter.may_cut_before(line) and chars >= size:
            text = "".join(chunk)
            yield Batch(text, line_base, offset_base)
            line_base, offset_base = line_base + len(LINE_BREAK.findall(text)), offset_base + chars
            chunk, chars = [], 0
        chunk.append(line)
        chars += len(line)
    if chunk or line_base == 0:
        yield Batch("".join(chunk), line_base, offset_base)


@dataclass(slots=True)
class _Collected:
    """What the batches of one file add up to: findings and suppressions placed in the whole
    file, the source lines the findings are on, and the file's line count."""

    findings: list[Located] = field(default_factory=list)
    suppressions: list[tuple[Suppression, int]] = field(default_factory=list)
    lines: dict[int, str] = field(default_factory=dict)
    line_count: int = 1


def lint_streamed(
    path: str, format: Format, settings: Settings, options: LintOptions, size: int = BATCH_CHARS
) -> FileResult:
    """Check a large file batch by batch (see the module docstring). Never raises for a bad
    input, like ``lint_file``."""
    try:
        collected = _collect(path, format, settings, options, size)
    except InputError as error:
        return FileResult(path=path, error=str(error))
    return _result(path, collected, settings)


def _collect(
    path: str, format: Format, settings: Settings, options: LintOptions, size: int
) -> _Collected:
    collected = _Collected()
    date: dt.date | None = options.date
    locale: str | None = options.locale
    unreadable: UnreadableDate | None = None  # a date the front matter states but is not one
    config = settings.config_for(Path(path))
    for number, batch in enumerate(batches(read_lines(Path(path)), size)):
        document = load_document(batch.text, path, format)
        if number == 0:  # front matter, and so the date and language, can only be in the first
            date = date or document.date or settings.date
            locale = locale or document.locale or settings.locale
            locale = locale or detect_language(document.prose)  # one language for every batch
        report = check(document.prose, date=date, locale=locale, config=config)
        unreadable = unreadable if number else document.unreadable_date
        _file_batch(batch, document, undated_findings(report.findings, unreadable), collected)
    return collected


def _file_batch(
    batch: Batch, document: Document, findings: Iterable[Finding], collected: _Collected
) -> None:
    """File one batch's findings, suppressions and excerpt lines under their place in the
    whole file."""
    index = LineIndex(batch.text)
    lines = split_lines(batch.text)
    for finding in findings:
        located = _shift(locate(finding, document, index), batch)
        collected.findings.append(located)
        collected.lines[located.start.line] = lines[located.start.line - batch.line_base - 1]
    for suppression in document.suppressions:
        offset = batch.offset_base + index.start(suppression.line)
        shifted = _shift_suppression(suppression, batch)
        collected.suppressions.append((shifted, offset))
        collected.lines[shifted.line] = lines[suppression.line - 1]
    collected.line_count = batch.line_base + len(lines)


def _shift(located: Located, batch: Batch) -> Located:
    return replace(located, start=_moved(located.start, batch), end=_moved(located.end, batch))


def _moved(position: Position, batch: Batch) -> Position:
    return Position(
        position.line + batch.line_base, position.column, position.offset + batch.offset_base
    )


def _shift_suppression(suppression: Suppression, batch: Batch) -> Suppression:
    base = batch.line_base
    return replace(
        suppression,
        first_line=suppression.first_line + base,
        last_line=suppression.last_line + base,
        line=suppression.line + base,
    )


def _result(path: str, collected: _Collected, settings: Settings) -> FileResult:
    """The file's result: suppressions applied across batches, as on the whole-file path."""
    suppressions = [
        replace(s, first_line=1, last_line=collected.line_count)
        if s.scope is SuppressionScope.FILE
        else s
        for s, _ in collected.suppressions
    ]
    kept, unused = suppress(collected.findings, tuple(suppressions))
    if settings.reports_unused_suppressions(Path(path)):
        offsets = {s.line: offset for s, offset in collected.suppressions}
        for s in unused:
            position = Position(s.line, 1, offsets[s.line])
            kept.append(suppression_finding(s, path, position))
        kept.sort(key=lambda f: (f.start.offset, f.finding.code))
    return FileResult(path=path, source=_sparse_source(collected.lines), findings=tuple(kept))


def _sparse_source(lines: dict[int, str]) -> str:
    """A stand-in for the source: the lines that carry findings in their places, every other
    line empty, so excerpts still work while memory follows the line count, not the size."""
    if not lines:
        return ""
    numbered = [""] * max(lines)
    for number, text in lines.items():
        numbered[number - 1] = text
    return "\n".join(numbered)
