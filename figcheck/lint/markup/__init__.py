"""The markup layer: a file's source in, a ``Document`` (its prose and the way back) out.

One module per format decides what is prose; they share ``_prose.ProseBuilder``, which keeps
the source offset of every prose character, ``suppressions`` for inline ``figcheck: ignore``
comments and ``frontmatter`` for document dates. ``load_document`` picks the format and
dispatches; it never raises on malformed markup. A format's module (and its parser library)
is imported the first time a document of that format is read.

>>> doc = load_document("It costs **&#36;4,980** `$1`.", "note.md")
>>> doc.format.value, doc.prose, doc.source[doc.source_map.to_source(doc.prose.index("$"))]
('markdown', 'It costs $4,980 .', '&')
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import PurePath

from figcheck.lint.documents import EXTENSIONS, Document, Format
from figcheck.lint.markup._prose import Parsed


def _text(source: str) -> Parsed:
    from figcheck.lint.markup import plain

    return plain.parse(source)


def _markdown(source: str) -> Parsed:
    from figcheck.lint.markup import markdown

    return markdown.parse(source)


def _html(source: str) -> Parsed:
    from figcheck.lint.markup import html

    return html.parse(source)


def _rst(source: str) -> Parsed:
    from figcheck.lint.markup import rst

    return rst.parse(source)


#: The parser of each format.
PARSERS: dict[Format, Callable[[str], Parsed]] = {
    Format.TEXT: _text,
    Format.MARKDOWN: _markdown,
    Format.HTML: _html,
    Format.RST: _rst,
}


def format_for_path(path: str) -> Format:
    """The format a file name implies (``EXTENSIONS``, any case); plain text when unknown."""
    return EXTENSIONS.get(PurePath(path).suffix.lower(), Format.TEXT)


def load_document(source: str, path: str, format: Format | None = None) -> Document:
    """The ``Document`` of ``source``, read as ``format`` or as its path's extension implies."""
    chosen = format_for_path(path) if format is None else Format(format)
    parsed = PARSERS[chosen](source)
    return Document(
        path=path,
        format=chosen,
        source=source,
        prose=parsed.prose,
        source_map=parsed.source_map,
        date=parsed.date,
        suppressions=parsed.suppressions,
        locale=parsed.locale,
        unreadable_date=parsed.unreadable_date,
    )


__all__ = ["PARSERS", "format_for_path", "load_document"]
