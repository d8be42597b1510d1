"""Suggested fixes placed in the source file: as edits, as a unified diff, or written back.

A rule's ``Fix`` names a span of the checked prose; the lint layer places it where the finding
was placed (``Located``, by line and column, so that the stand-in source of a streamed file
places it too). An edit is offered only when the text there reads exactly what the fix
replaces, so that markup between prose and source (emphasis, an entity) can never be rewritten
by accident. Edits that overlap an earlier one in the same file are dropped: the first finding
wins and the rest wait for the next run. ``--diff`` and ``--fix`` work on the file as it is on
disk, so a file changed since it was checked is only edited where its figures still read the
same.
"""

from __future__ import annotations

import difflib
import functools
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from figcheck.checking import byte_order_mark, read_text
from figcheck.errors import InputError
from figcheck.lint.lines import LineIndex
from figcheck.lint.results import FileResult, Located, Position, RunResult


@dataclass(frozen=True, slots=True)
class Edit:
    """One replacement in a text: ``[start, end)`` (offsets in the text it was made for)
    becomes ``replacement``; ``code`` is the rule that suggested it."""

    path: str
    start: int
    end: int
    original: str
    replacement: str
    code: str
    safe: bool


def edit_for(located: Located, source: str) -> Edit | None:
    """The finding's fix as an edit of ``source``, or None when it has none or the source
    there does not read what the fix replaces."""
    fix = located.finding.fix
    if fix is None or fix.span != located.finding.span:
        return None
    start, end = _offset(source, located.start), _offset(source, located.end)
    if source[start:end] != fix.original or fix.replacement == fix.original:
        return None
    code = located.finding.code
    return Edit(located.path, start, end, fix.original, fix.replacement, code, fix.safe)


@functools.lru_cache(maxsize=8)
def _lines(source: str) -> LineIndex:
    return LineIndex(source)


def _offset(source: str, position: Position) -> int:
    """The offset of a line and column in ``source``."""
    return _lines(source).start(position.line) + position.column - 1


def file_edits(result: FileResult, source: str, *, safe_only: bool = False) -> list[Edit]:
    """The non-overlapping edits of one file's ``source``, in order."""
    found = (edit_for(located, source) for located in result.findings)
    chosen: list[Edit] = []
    for edit in sorted((e for e in found if e is not None), key=lambda e: (e.start, e.end)):
        if safe_only and not edit.safe:
            continue
        if chosen and edit.start < chosen[-1].end:
            continue
        chosen.append(edit)
    return chosen


def apply_edits(source: str, edits: Iterable[Edit]) -> str:
    """``source`` with the (non-overlapping, ordered) edits made."""
    pieces: list[str] = []
    cursor = 0
    for edit in edits:
        pieces += [source[cursor : edit.start], edit.replacement]
        cursor = edit.end
    return "".join(pieces) + source[cursor:]


def unified_diff(run: RunResult, *, safe_only: bool = False) -> str:
    """Every suggested change of the run as one unified diff (relative paths under ``a/`` and
    ``b/``, as ``git apply`` and ``patch -p1`` read them); empty when nothing would change."""
    return "".join(_file_diff(result, safe_only) for result in run.files)


def _file_diff(result: FileResult, safe_only: bool) -> str:
    source = _current(result)
    edits = file_edits(result, source, safe_only=safe_only) if source else []
    if not edits or source is None:
        return ""
    before = source.splitlines(keepends=True)
    after = apply_edits(source, edits).splitlines(keepends=True)
    relative = not Path(result.path).is_absolute()
    old, new = (f"a/{result.path}", f"b/{result.path}") if relative else (result.path,) * 2
    lines = difflib.unified_diff(before, after, old, new)
    return "".join(_terminated(lines))


def _terminated(lines: Iterable[str]) -> Iterator[str]:
    """Diff lines each ending in a newline; a last line without one gets the marker."""
    for line in lines:
        if line.endswith(("\n", "\r")):
            yield line
        else:
            yield line + "\n\\ No newline at end of file\n"


def fixed_lines(source: str, edit: Edit) -> str:
    """The whole lines ``edit`` touches, as they read once it is made (without the final line
    break): what a GitHub ``suggestion`` block replaces those lines with."""
    first = source.rfind("\n", 0, edit.start) + 1
    last = source.find("\n", edit.end)
    last = len(source) if last < 0 else last
    line = source[first : edit.start] + edit.replacement + source[edit.end : last]
    return line.removesuffix("\r")


@dataclass(frozen=True, slots=True)
class Written:
    """What ``write_fixes`` did: the edits made, and the files it left alone and why."""

    edits: tuple[Edit, ...] = ()
    skipped: tuple[str, ...] = ()


def _current(result: FileResult) -> str | None:
    """The file's text as it is now, decoded as it was checked; the checked text itself for
    an input that is not a file on disk (standard input); None when it cannot be read."""
    if result.error is not None:
        return None
    path = Path(result.path)
    if not path.is_file():
        return result.source
    try:
        return read_text(path)
    except InputError:
        return None


def write_fixes(run: RunResult) -> Written:
    """Apply the safe edits of every file, in place. A file is rewritten only when it is
    plain UTF-8 (no byte-order mark), and only where its figures still read as when it was
    checked, so that an edit made in the meantime, or an encoding figcheck would not write
    back, is never lost."""
    made: list[Edit] = []
    skipped: list[str] = []
    for result in run.files:
        if result.error is not None or not any(f.finding.fix for f in result.findings):
            continue
        text, reason = _writable_text(Path(result.path))
        edits = file_edits(result, text, safe_only=True) if text is not None else []
        if reason and any(f.finding.fix and f.finding.fix.safe for f in result.findings):
            skipped.append(f"{result.path}: not fixed: {reason}")
        if text is None or not edits:
            continue
        Path(result.path).write_bytes(apply_edits(text, edits).encode("utf-8"))
        made += edits
    return Written(tuple(made), tuple(skipped))


def _writable_text(path: Path) -> tuple[str | None, str | None]:
    """The file's text, or None and the reason it is not rewritten."""
    try:
        data = path.read_bytes() if path.is_file() else None
    except OSError as error:
        return None, error.strerror or str(error)
    if data is None:
        return None, "not a regular file"
    if byte_order_mark(data) is not None:
        return None, "it starts with a byte-order mark"
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError:
        return None, "it is not UTF-8"
