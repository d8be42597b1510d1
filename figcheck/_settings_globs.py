"""Path globs for the configuration: ``include``, ``exclude``, ``per-file-ignores``, ``format``.

The rules are gitignore's and ruff's, so that a pattern means what people already expect:

- a pattern without ``/`` matches a file or folder *name* at any depth (``"*.md"``, ``"build"``);
- a pattern with ``/`` is anchored at the folder it was written for (the configuration file's
  folder, or the working folder for command-line options) and matches the whole path below it
  (``"docs/archive/*.md"``); ``./`` and ``../`` are resolved against that folder;
- ``*`` and ``?`` stay inside one name, ``**`` crosses folders (``"docs/**/*.md"`` matches
  ``docs/a.md`` and ``docs/x/y/a.md``), ``[abc]``, ``[a-z]`` and ``[!abc]`` match one character;
- a backslash is a folder separator, as in a Windows path (there is no escape character).

Paths are compared after ``Path.resolve()``, the same way the configuration file was found.
"""

from __future__ import annotations

import functools
import posixpath
import re
from dataclasses import dataclass, field
from pathlib import Path

#: One token of a glob each; the alternatives are tried in order, so ``**/`` beats ``**``
#: beats ``*``.
GLOB_TOKENS = re.compile(
    r"""
      (?P<folders> \*\*/ )            # "**/": any number of whole folders, none included
    | (?P<anything> \*\* )            # "**" elsewhere: any characters, "/" included
    | (?P<name_part> \* )             # "*": any characters within one name
    | (?P<one> \? )                   # "?": one character within one name
    | (?P<choice> \[ !? \]? [^\]/]* \] )  # "[abc]", "[!a-z]": one character of a set
    | (?P<literal> . )                # anything else stands for itself
    """,
    re.VERBOSE | re.DOTALL,
)

_TRANSLATIONS = {
    "folders": "(?:[^/]+/)*",
    "anything": ".*",
    "name_part": "[^/]*",
    "one": "[^/]",
}


@dataclass(frozen=True, slots=True)
class Glob:
    """A pattern as written, and the regular expression it stands for.

    ``anchored`` globs are matched against the whole resolved path (their folder is part of
    ``expression``); the others against the last component, the name.
    """

    pattern: str
    expression: str = field(repr=False)
    anchored: bool = False

    @classmethod
    def compile(cls, pattern: str, base: Path) -> Glob:
        """The glob ``pattern`` as written in (or for) the folder ``base``."""
        normal = posixpath.normpath(pattern.replace("\\", "/")) if pattern else pattern
        if "/" not in normal and normal not in (".", ".."):
            return cls(pattern, translate(normal), anchored=False)
        folder = base.resolve()
        while normal == ".." or normal.startswith("../"):
            folder, normal = folder.parent, normal[3:] or "."
        if normal.startswith("/"):  # an absolute pattern keeps its own folder
            return cls(pattern, translate(normal), anchored=True)
        prefix = re.escape(folder.as_posix().rstrip("/"))
        tail = "" if normal == "." else "/" + translate(normal)
        return cls(pattern, prefix + tail, anchored=True)

    def matches(self, target: Target) -> bool:
        """True when the glob matches the path: anchored, all of it, otherwise its name."""
        text = target.resolved if self.anchored else target.name
        return _compiled(self.expression).fullmatch(text) is not None


@dataclass(frozen=True, slots=True)
class Target:
    """A path as globs see it: its name as given, and its resolved absolute form.

    The name is the one the user sees (a link called ``notes.md`` is a Markdown file wherever it
    points); the anchored form is resolved like the configuration file's folder was.
    """

    name: str
    resolved: str

    @classmethod
    def of(cls, path: Path) -> Target:
        """The target of ``path``, resolving it once for every glob it is tried against."""
        resolved = path.resolve()
        return cls(path.name or resolved.name, resolved.as_posix())


def translate(pattern: str) -> str:
    """The regular expression of a glob, token by token (see ``GLOB_TOKENS``)."""
    return "".join(_token(match) for match in GLOB_TOKENS.finditer(pattern))


def _token(match: re.Match[str]) -> str:
    kind = match.lastgroup or "literal"
    text = match.group()
    if kind == "choice":
        negated = text.startswith("[!")
        body = text[2:-1] if negated else text[1:-1]
        return "[" + ("^" if negated else "") + body.replace("\\", "\\\\") + "]"
    if kind == "literal":
        return re.escape(text)
    return _TRANSLATIONS[kind]


@functools.cache
def _compiled(expression: str) -> re.Pattern[str]:
    """Globs are records of strings (so that they compare and print well); compile once."""
    return re.compile(expression, re.DOTALL)
