"""Which files a run checks: named inputs as given, folders walked under the include and
exclude patterns, and the paths a walk passes over (folders it cannot list, links to folders,
FIFOs, devices and sockets), each told to the caller.

Only regular files are ever opened: a FIFO can block a reader forever and a device such as
``/dev/zero`` never ends, so both are recognised by ``stat`` before any read.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from figcheck.checking import special_file
from figcheck.lint.settings import Settings, is_folder

STDIN = "-"


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
