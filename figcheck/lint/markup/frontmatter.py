"""Front matter and document dates.

The reference-rate checks need the date a document speaks from; static-site documents carry it in
their front matter, HTML in its metadata, reST in its docinfo. This module finds a Markdown
document's front matter (so the parser can leave it out of the prose) and reads its ``date``, and
turns any of those date strings into a ``datetime.date``. Only the ``date`` key is read, by line,
so no YAML or TOML parser is needed and broken front matter cannot raise.

Grammar::

    front_matter := YAML | TOML                               at the very start of the file
    YAML         := "---" EOL line* ("---" | "...") EOL        with a line  date: VALUE
    TOML         := "+++" EOL line* "+++" EOL                  with a line  date = VALUE
    VALUE        := ["'" | '"'] DATE [("T" | " ") TIME [ZONE]] ["'" | '"']

An opening fence that is never closed is not front matter.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

PATTERNS = {
    # The opening fence, alone on the first line (after an optional byte-order mark).
    "open": re.compile(r"\A\ufeff?(?P<fence>---|\+\+\+)[ \t]*(?:\r\n?|\n)"),
    # A closing fence line, anchored to a line start by the caller's position.
    "close_yaml": re.compile(r"^(?:---|\.\.\.)[ \t]*(?:\r\n?|\n|\Z)", re.MULTILINE),
    "close_toml": re.compile(r"^\+\+\+[ \t]*(?:\r\n?|\n|\Z)", re.MULTILINE),
    # The date key at the top level (no indentation) of YAML or TOML front matter.
    "date_yaml": re.compile(r"^date[ \t]*:[ \t]*(?P<value>[^\r\n]*)", re.MULTILINE),
    "date_toml": re.compile(r"^date[ \t]*=[ \t]*(?P<value>[^\r\n]*)", re.MULTILINE),
    # The language the document declares: "lang: de", "language = 'fr-CH'", "locale: ja".
    "locale": re.compile(
        r"^(?:lang|language|locale)[ \t]*[:=][ \t]*(?P<value>[^\r\n]*)", re.MULTILINE
    ),
    # An ISO 8601 date with an optional time and zone: "2022-10-25", "2022-10-25T08:00:00Z",
    # "2022-10-25 08:00:00 +01:00".
    "date": re.compile(
        r"""
        (?P<year>[0-9]{4})-(?P<month>[0-9]{2})-(?P<day>[0-9]{2})
        (?:[Tt ][0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:[.,][0-9]{1,9})?)?
           [ ]?(?:[Zz]|[+-][0-9]{2}(?::?[0-9]{2})?)?)?
        """,
        re.VERBOSE,
    ),
}


@dataclass(frozen=True, slots=True)
class FrontMatter:
    """The front matter block: it ends at ``end`` (past its closing fence's line break)."""

    end: int
    date: dt.date | None
    locale: str | None = None


def read_front_matter(source: str) -> FrontMatter | None:
    """The front matter at the start of ``source``, or None; keeps the date and the declared
    language (``lang``, ``language`` or ``locale``), drops the rest."""
    opening = PATTERNS["open"].match(source)
    if opening is None:
        return None
    yaml = opening["fence"] == "---"
    closing = PATTERNS["close_yaml" if yaml else "close_toml"].search(source, opening.end())
    if closing is None:
        return None
    body = source[opening.end() : closing.start()]
    found = PATTERNS["date_yaml" if yaml else "date_toml"].search(body)
    value = found["value"] if found else None
    declared = PATTERNS["locale"].search(body)
    locale = declared_locale(_unquote(declared["value"].strip())) if declared else None
    return FrontMatter(closing.end(), parse_date(_unquote(value)) if value else None, locale)


def declared_locale(value: str) -> str | None:
    """A language tag a document declares ("de", "fr-CH"), when CLDR knows it; else None (a
    document's own markup is not configuration: an unknown tag is ignored, not an error)."""
    from figcheck.reading.locales import known

    value = value.strip()
    if not value or len(value) > 20 or not all(c.isalnum() or c in "-_" for c in value):
        return None
    return value if known(value) else None


def parse_date(text: str) -> dt.date | None:
    """The calendar date of an ISO 8601 date or date-time as written, or None when ``text`` is
    not one (or names no real day).

    >>> parse_date("2022-10-25T08:00:00Z"), parse_date("2022-02-30"), parse_date("soon")
    (datetime.date(2022, 10, 25), None, None)
    """
    match = PATTERNS["date"].fullmatch(text.strip())
    if match is None:
        return None
    try:
        return dt.date(int(match["year"]), int(match["month"]), int(match["day"]))
    except ValueError:
        return None


def _unquote(value: str) -> str:
    value = value.split(" #", 1)[0].strip()  # a trailing comment
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
        return value[1:-1]
    return value
