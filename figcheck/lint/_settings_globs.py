"""Path globs for the configuration: ``include``, ``exclude``, ``per-file-ignores``, ``format``.

The rules are gitignore's and ruff's, so that a pattern means what people already expect:

- a pattern without ``/`` matches a file or folder *name* at any depth (``"*.md"``, ``"build"``);
- a pattern with ``/`` is anchored at the folder it was written for (the configuration file's
  folder, or the working folder for command-line options) and matches the whole path below it
  (``"docs/archive/*.md"``); ``./`` and ``../`` are resolved against that folder;
- ``*`` and ``?`` stay inside one name, ``**`` crosses folders (``"docs/**/*.md"`` matches
  ``docs/a.md`` and ``docs/x/y/a.md``), ``[abc]``, ``[a-z]`` and ``[!abc]`` match one character;
- a backslash is a folder separator, as in a Windows path (there is no escape character);
- a ``[`` must close within the same name (``"[[]"`` matches a literal ``[``): a pattern that
  is not a valid glob, such as ``"["``, ``"a[b"`` or ``"[z-a]"``, raises ``ConfigError``.

Paths are compared after resolving links (``os.path.realpath``), the same way the
configuration file was found.
"""

from __future__ import annotations

import functools
import os
import posixpath
import re
from dataclasses import dataclass, field
from pathlib import Path

from figcheck.errors import ConfigError

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

#: Characters a glob's set takes literally that a regular expression's set may not ("[" and
#: doubled "&", "~", "|" are reserved there for nested sets and set operations).
_SET_SPECIAL = re.compile(r"[\\\[&~|]")

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
        """The glob ``pattern`` as written in (or for) the folder ``base``; ``ConfigError``
        when it is not a valid glob (checked here, so that a bad pattern is refused when the
        configuration is read rather than ignored or failing later, at the first match)."""
        glob = cls._compile(pattern, base)
        try:
            _compiled(glob.expression)
        except re.error as error:
            raise ConfigError(f"not a valid character set: {error.msg}") from None
        return glob

    @classmethod
    def _compile(cls, pattern: str, base: Path) -> Glob:
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
        """The target of ``path``, resolving it once for every glob it is tried against.

        ``os.path.realpath`` rather than ``Path.resolve``: on a link loop the latter raises
        (``RuntimeError`` before Python 3.13), the former resolves as far as it can.
        """
        resolved = Path(os.path.realpath(path))
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
        return "[" + ("^" if negated else "") + _SET_SPECIAL.sub(r"\\\g<0>", body) + "]"
    if kind == "literal":
        if text == "[":
            raise ConfigError(
                '"[" opens a character set that is not closed within the name '
                '(write "[[]" for a literal "[")'
            )
        return re.escape(text)
    return _TRANSLATIONS[kind]


@functools.cache
def _compiled(expression: str) -> re.Pattern[str]:
    """Globs are records of strings (so that they compare and print well); compile once."""
    return re.compile(expression, re.DOTALL)
