"""The lint pipeline: paths → documents → checks → findings placed in the source → a run.

This is what the command line, the pre-commit hook and the pytest plugin share: every input
becomes a ``FileResult`` (findings, or the reason it could not be read) and one unreadable file
never stops the others. Only regular files are opened: a FIFO can block a reader forever and a
device such as ``/dev/zero`` never ends, so both are refused by ``stat`` before any read.
"""

from __future__ import annotations

import datetime as dt
import os
import stat
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from figcheck.checking import check, read_stdin, read_text
from figcheck.documents import Document, Format, Suppression
from figcheck.errors import InputError
from figcheck.lines import LineIndex
from figcheck.markup import format_for_path, load_document
from figcheck.model import Evidence, Finding, Span
from figcheck.results import FileResult, Located, Position, RunResult
from figcheck.settings import Settings, is_folder

STDIN = "-"


@dataclass(frozen=True, slots=True)
class LintOptions:
    """What the caller says on top of the configuration files."""

    date: dt.date | None = None
    locale: str | None = None
    format: Format | None = None
    stdin_name: str = STDIN


@dataclass(frozen=True, slots=True)
class Skipped:
    """A path a folder walk passed over, and why.

    ``error`` is true for a folder that could not be listed: the files in it went unchecked,
    which a run reports like an unreadable file. Otherwise it is a notice: a file that is not
    a regular file (never opened), or a link to a folder (not followed, so that a link loop
    cannot make the walk endless).
    """

    path: str
    reason: str
    error: bool = False

    @property
    def message(self) -> str:
        """``path: reason``, as an ``InputError`` says it."""
        return f"{self.path}: {self.reason}"


#: Told about each path a walk skips; the default tells nobody.
SkipHandler = Callable[[Skipped], None]

#: The kinds of file that are never opened, by the ``stat`` test that recognises each.
SPECIAL_FILES: tuple[tuple[Callable[[int], bool], str], ...] = (
    (stat.S_ISFIFO, "a FIFO (named pipe)"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)


def special_file(path: Path) -> str | None:
    """What ``path`` is when it is neither a regular file nor a folder (a FIFO, a device, a
    socket), found by ``stat`` without opening it; None otherwise, and when ``stat`` fails
    (reading the file then says why)."""
    try:
        mode = path.stat().st_mode
    except (OSError, ValueError):
        return None
    if stat.S_ISREG(mode) or stat.S_ISDIR(mode):
        return None
    return next((kind for test, kind in SPECIAL_FILES if test(mode)), "a special file")


def require_regular_file(name: str) -> None:
    """Raise ``InputError`` for a named input that must not be opened (see ``special_file``)."""
    kind = special_file(Path(name))
    if kind is not None:
        raise InputError(
            f"{name}: not a regular file but {kind}; figcheck reads files, "
            f'and standard input as "{STDIN}"'
        )


def _no_one(skipped: Skipped) -> None:
    """The default ``SkipHandler``."""


def expand_paths(
    paths: Iterable[str], settings: Settings, skipped: SkipHandler = _no_one
) -> Iterator[str]:
    """Files to check, in input order: named files as given, folders walked in sorted order
    (excluded folders skipped, files filtered by include/exclude; the default exclude skips
    hidden files and folders). ``skipped`` hears of every path the walk passes over that the
    include and exclude patterns took: folders it cannot list, links to folders, and FIFOs,
    devices and sockets."""
    for name in paths:
        path = Path(name)
        if name == STDIN or not is_folder(path):
            yield name
            continue
        yield from _walk(path, settings, skipped)


def _walk(top: Path, settings: Settings, skipped: SkipHandler) -> Iterator[str]:
    """Depth first, each folder's files before its sub-folders, names in sorted order; a stack
    rather than recursion, so that no depth of folders is too deep."""
    stack = [top]
    while stack:
        folder = stack.pop()
        folders = []
        for entry in _listing(folder, skipped):
            path = folder / entry.name
            kind = _entry_kind(entry)
            if kind == "file":
                yield from _walked_file(path, settings, skipped)
            elif not settings.is_excluded(path):
                if kind == "folder":
                    folders.append(path)
                else:
                    skipped(Skipped(str(path), "skipped: a link to a folder is not followed"))
        stack.extend(reversed(folders))


def _listing(folder: Path, skipped: SkipHandler) -> list[os.DirEntry[str]]:
    """A folder's entries sorted by name; none, and an error to ``skipped``, when it cannot be
    listed (no permission, a path too long for the system, a folder gone meanwhile)."""
    try:
        with os.scandir(folder) as entries:
            return sorted(entries, key=lambda entry: entry.name)
    except OSError as error:
        reason = error.strerror or str(error)
        skipped(Skipped(str(folder), f"cannot list folder: {reason}", error=True))
        return []


def _entry_kind(entry: os.DirEntry[str]) -> str:
    """ "folder", "linked folder", or "file" for anything else (a link that cannot be followed
    included: reading it reports why)."""
    try:
        if entry.is_dir(follow_symlinks=False):
            return "folder"
        if entry.is_symlink() and entry.is_dir():
            return "linked folder"
    except OSError:  # a link loop: stat gives up
        pass
    return "file"


def _walked_file(path: Path, settings: Settings, skipped: SkipHandler) -> Iterator[str]:
    """The file, when include and exclude take it and it is not a FIFO, device or socket."""
    if not settings.is_included(path):
        return
    kind = special_file(path)
    if kind is None:
        yield str(path)
    else:
        skipped(Skipped(str(path), f"skipped: not a regular file but {kind}"))


def lint_file(name: str, settings: Settings, options: LintOptions) -> FileResult:
    """Check one file (or standard input), never raising for a bad input; a FIFO, device or
    socket is an input error, never opened."""
    try:
        if name == STDIN:
            return lint_source(read_stdin(), options.stdin_name, settings, options)
        require_regular_file(name)
        from figcheck import streaming  # large text and Markdown files, paragraph by paragraph

        markup = options.format or settings.format_for(Path(name)) or format_for_path(name)
        if streaming.should_stream(Path(name), markup):
            return streaming.lint_streamed(name, markup, settings, options)
        return lint_source(read_text(Path(name)), name, settings, options)
    except InputError as error:
        return FileResult(path=name, error=str(error))


def lint_source(source: str, path: str, settings: Settings, options: LintOptions) -> FileResult:
    """Check a document's text as if read from ``path``."""
    document = load_document(source, path, options.format or settings.format_for(Path(path)))
    date = options.date or document.date or settings.date
    report = check(
        document.prose,
        date=date,
        locale=options.locale or document.locale or settings.locale,
        config=settings.config_for(Path(path)),
    )
    index = LineIndex(document.source)
    located = [locate(finding, document, index) for finding in report.findings]
    kept, unused = suppress(located, document.suppressions)
    if settings.reports_unused_suppressions(Path(path)):
        kept += [unused_suppression(s, document, index) for s in unused]
        kept.sort(key=lambda f: (f.start.offset, f.finding.code))
    return FileResult(
        path=path, source=document.source, findings=tuple(kept), claims=tuple(report.claims)
    )


def locate(finding: Finding, document: Document, index: LineIndex) -> Located:
    """The finding with its span mapped from the prose back to the source file."""
    start = document.source_map.to_source(finding.span.start)
    end = document.source_map.to_source(max(finding.span.end - 1, finding.span.start)) + 1
    return Located(finding, document.path, _position(index, start), _position(index, end))


def _position(index: LineIndex, offset: int) -> Position:
    line, column = index.position(offset)
    return Position(line, column, offset)


def suppress(
    located: list[Located], suppressions: tuple[Suppression, ...]
) -> tuple[list[Located], list[Suppression]]:
    """The findings no comment suppresses, and the comments that suppressed nothing."""
    used: set[int] = set()
    kept = []
    for item in located:
        matches = [
            i for i, s in enumerate(suppressions) if s.covers(item.finding.code, item.start.line)
        ]
        used.update(matches)
        if not matches:
            kept.append(item)
    return kept, [s for i, s in enumerate(suppressions) if i not in used]


def unused_suppression(suppression: Suppression, document: Document, index: LineIndex) -> Located:
    """An FC405 finding on a suppression comment that matched no finding."""
    offset = index.start(suppression.line)
    return suppression_finding(suppression, document.path, _position(index, offset))


def suppression_finding(suppression: Suppression, path: str, position: Position) -> Located:
    """The FC405 finding for ``suppression``, at ``position`` (the start of its line)."""
    from figcheck.rules.fc405_unused_suppression import RULE

    codes = ", ".join(suppression.codes) or "all codes"
    finding = Finding(
        RULE.code,
        RULE.name,
        RULE.severity,
        Span(position.offset, position.offset),
        f"this figcheck suppression ({codes}, {suppression.scope}) suppresses nothing",
        Evidence(figures=(), notes=(f"lines {suppression.first_line}-{suppression.last_line}",)),
    )
    return Located(finding, path, position, position)


def lint(paths: Iterable[str], settings: Settings, options: LintOptions) -> RunResult:
    """Check every path (files, folders, "-" for standard input), in input order; a folder
    that cannot be listed is a result with an error in its place, like an unreadable file."""
    files: list[FileResult] = []

    def unlisted(skipped: Skipped) -> None:
        if skipped.error:
            files.append(FileResult(path=skipped.path, error=skipped.message))

    for name in expand_paths(paths, settings, unlisted):
        files.append(lint_file(name, settings, options))
    return RunResult(files=tuple(files), fail_on=settings.fail_on)
