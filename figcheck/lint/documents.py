"""Documents: a file's prose, with a map from every prose offset back to the file.

Markup is not prose: a parser per format (``figcheck.lint.markup``) keeps the prose, drops code,
URLs and tags, decodes entities, and records where each run of prose came from, so that a
finding in the prose can be reported at its line and column in the original file.
"""

from __future__ import annotations

import datetime as dt
import enum
from bisect import bisect_right
from dataclasses import dataclass


class Format(enum.StrEnum):
    """The markup languages figcheck understands."""

    TEXT = "text"
    MARKDOWN = "markdown"
    HTML = "html"
    RST = "rst"


#: File name endings and the format they imply (``--format`` overrides).
EXTENSIONS: dict[str, Format] = {
    ".txt": Format.TEXT,
    ".text": Format.TEXT,
    ".md": Format.MARKDOWN,
    ".markdown": Format.MARKDOWN,
    ".mdown": Format.MARKDOWN,
    ".html": Format.HTML,
    ".htm": Format.HTML,
    ".xhtml": Format.HTML,
    ".rst": Format.RST,
    ".rest": Format.RST,
}


@dataclass(frozen=True, slots=True)
class SourceMap:
    """Piecewise-linear map from prose offsets to source offsets.

    ``prose[i]`` and ``source[i]`` are where the i-th contiguous run starts in each; inside a
    run one prose character is one source character. A decoded entity ("&#36;" → "$") is a
    run of its own, so offsets inside it map to the entity's start.
    """

    prose: tuple[int, ...]
    source: tuple[int, ...]

    @classmethod
    def identity(cls) -> SourceMap:
        """The map of a document whose prose is its source."""
        return cls((0,), (0,))

    def to_source(self, offset: int) -> int:
        """The source offset of prose offset ``offset``."""
        run = max(bisect_right(self.prose, offset) - 1, 0)
        return self.source[run] + offset - self.prose[run]


class SuppressionScope(enum.StrEnum):
    """How much of the file an inline suppression comment covers."""

    FILE = "file"
    BLOCK = "block"  # the next paragraph / block element
    LINE = "line"  # the line the marker stands on


@dataclass(frozen=True, slots=True)
class Suppression:
    """An inline ``figcheck: ignore`` comment: which codes (none = all), which source lines."""

    codes: tuple[str, ...]
    scope: SuppressionScope
    first_line: int
    last_line: int
    line: int

    def covers(self, code: str, line: int) -> bool:
        """True when a finding of ``code`` on ``line`` is suppressed by this comment."""
        in_codes = not self.codes or any(code.startswith(c) for c in self.codes)
        return in_codes and self.first_line <= line <= self.last_line


@dataclass(frozen=True, slots=True)
class UnreadableDate:
    """A date the document states where a date belongs, which is not one: ``key`` (``date``,
    ``pubDate``, ``<time datetime>`` …) in ``place`` ("front matter", "docinfo", "<meta>"),
    written ``value``, on source line ``line``. Kept so that the report can say why the
    document counts as undated."""

    place: str
    key: str
    value: str
    line: int


@dataclass(frozen=True, slots=True)
class Document:
    """One input: its source, the prose to check and how to map it back."""

    path: str
    format: Format
    source: str
    prose: str
    source_map: SourceMap
    date: dt.date | None = None
    suppressions: tuple[Suppression, ...] = ()
    locale: str | None = None  # the language the document declares (front matter, <html lang>)
    unreadable_date: UnreadableDate | None = None
