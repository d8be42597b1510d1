"""Front matter and document dates.

The reference-rate checks need the date a document speaks from; static-site documents carry it in
their front matter, HTML in its metadata, reST in its docinfo. This module finds a Markdown
document's front matter (so the parser can leave it out of the prose) and reads its date, and
turns any of those date strings into a ``datetime.date``. Only the top-level date keys are read,
by line, so no YAML or TOML parser is needed and broken front matter cannot raise.

Grammar::

    front_matter := YAML | TOML                               at the very start of the file
    YAML         := "---" EOL line* ("---" | "...") EOL        with a line  KEY: VALUE
    TOML         := "+++" EOL line* "+++" EOL                  with a line  KEY = VALUE
    KEY          := date | published | pubDate | publishDate | datePublished   (first wins)
    VALUE        := ["'" | '"'] (ISO | WRITTEN) ["'" | '"']
    ISO          := DATE [("T" | " ") TIME [ZONE]]
    WRITTEN      := "March 15, 2024" | "15 March 2024" | "15. März 2024" | "15 de março de 2024"
                    | "2024年3月15日" …   month names from CLDR (babel), in any language figcheck
                                          reads; numeric day-month orders ("03/04/2024") are not
                                          read, since they are ambiguous

An opening fence that is never closed is not front matter. A date key whose value is not a
date is kept as ``unreadable``, so that the report can say why the document counts as undated.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass

from figcheck.lint.documents import UnreadableDate

#: The front-matter keys that hold the document date, most trusted first: Jekyll and Hugo's
#: ``date``, then the publication dates other generators use (Astro's ``pubDate``, Hugo's
#: ``publishDate``, ``published`` in Eleventy and many themes, schema.org's name).
DATE_KEYS = ("date", "published", "pubDate", "publishDate", "datePublished")
_DATE_KEYS = "|".join(DATE_KEYS)

PATTERNS = {
    # The opening fence, alone on the first line (after an optional byte-order mark).
    "open": re.compile(r"\A\ufeff?(?P<fence>---|\+\+\+)[ \t]*(?:\r\n?|\n)"),
    # A closing fence line, anchored to a line start by the caller's position.
    "close_yaml": re.compile(r"^(?:---|\.\.\.)[ \t]*(?:\r\n?|\n|\Z)", re.MULTILINE),
    "close_toml": re.compile(r"^\+\+\+[ \t]*(?:\r\n?|\n|\Z)", re.MULTILINE),
    # A date key at the top level (no indentation) of YAML or TOML front matter.
    "date_yaml": re.compile(
        rf"^(?P<key>{_DATE_KEYS})[ \t]*:[ \t]*(?P<value>[^\r\n]*)", re.MULTILINE
    ),
    "date_toml": re.compile(
        rf"^(?P<key>{_DATE_KEYS})[ \t]*=[ \t]*(?P<value>[^\r\n]*)", re.MULTILINE
    ),
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
    # A written date, month name first: "March 15, 2024", "Mar. 15th 2024".
    "month_first": re.compile(
        r"(?P<month>[^\W\d_]+\.?)\s+(?P<day>[0-9]{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>[0-9]{4})"
    ),
    # Day first: "15 March 2024", "15. März 2024", "15 de março de 2024", "1er mai 2024".
    "day_first": re.compile(
        r"""
        (?P<day>[0-9]{1,2})(?:\.|er|st|nd|rd|th|º)?\s*
        (?:de\s+)?(?P<month>[^\W\d_]+\.?)\s+(?:de\s+|del\s+)?(?P<year>[0-9]{4})
        """,
        re.VERBOSE,
    ),
    # Year, month and day with CJK unit signs: "2024年3月15日", "2024년 3월 15일".
    "cjk": re.compile(
        r"(?P<year>[0-9]{4})\s*[年년]\s*(?P<month>[0-9]{1,2})\s*[月월]\s*(?P<day>[0-9]{1,2})\s*[日일]?"
    ),
}


@dataclass(frozen=True, slots=True)
class FrontMatter:
    """The front matter block: it ends at ``end`` (past its closing fence's line break).

    ``unreadable`` is the first date key that is there but is not a date ("soon", "TBD",
    "2024-02-30"), with its value as written and its line; None when the date was read or
    there is no date key.
    """

    end: int
    date: dt.date | None
    locale: str | None = None
    unreadable: UnreadableDate | None = None


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
    keys = PATTERNS["date_yaml" if yaml else "date_toml"]
    values = {
        found["key"]: (_unquote(found["value"]), opening.end() + found.start())
        for found in reversed(list(keys.finditer(body)))
    }  # reversed: the first line of a key repeated wins
    declared = PATTERNS["locale"].search(body)
    locale = declared_locale(_unquote(declared["value"].strip())) if declared else None
    written = [(key, *values[key]) for key in DATE_KEYS if values.get(key, ("",))[0]]
    for _, value, _ in written:
        date = parse_date(value)
        if date is not None:
            return FrontMatter(closing.end(), date, locale)
    if not written:
        return FrontMatter(closing.end(), None, locale)
    key, value, offset = written[0]
    line = source.count("\n", 0, offset) + 1
    return FrontMatter(
        closing.end(), None, locale, UnreadableDate("front matter", key, value, line)
    )


def declared_locale(value: str) -> str | None:
    """A language tag a document declares ("de", "fr-CH"), when CLDR knows it; else None (a
    document's own markup is not configuration: an unknown tag is ignored, not an error)."""
    from figcheck.reading.locales import known

    value = value.strip()
    if not value or len(value) > 20 or not all(c.isalnum() or c in "-_" for c in value):
        return None
    return value if known(value) else None


def parse_date(text: str) -> dt.date | None:
    """The calendar date of an ISO 8601 date or date-time, or of a date written out with its
    month's name ("March 15, 2024", "15. März 2024"), or None when ``text`` is not one (or
    names no real day).

    >>> parse_date("2022-10-25T08:00:00Z"), parse_date("2022-02-30"), parse_date("soon")
    (datetime.date(2022, 10, 25), None, None)
    >>> parse_date("March 15, 2024"), parse_date("15. März 2024")
    (datetime.date(2024, 3, 15), datetime.date(2024, 3, 15))
    """
    text = text.strip()
    match = PATTERNS["date"].fullmatch(text)
    if match is not None:
        return _day(match["year"], match["month"], match["day"])
    return written_date(text)


def written_date(text: str) -> dt.date | None:
    """A date written with the month's name in any language figcheck reads (CLDR names via
    babel, wide or abbreviated), or in CJK year-month-day form; None otherwise."""
    cjk = PATTERNS["cjk"].fullmatch(text)
    if cjk is not None:
        return _day(cjk["year"], cjk["month"], cjk["day"])
    for pattern in ("month_first", "day_first"):
        match = PATTERNS[pattern].fullmatch(text)
        if match is not None:
            month = month_numbers().get(match["month"].lower().rstrip("."))
            return None if month is None else _day(match["year"], str(month), match["day"])
    return None


@functools.cache
def month_numbers() -> dict[str, int]:
    """Every month name and abbreviation (lower-case, no final ".") of the languages figcheck
    reads, with its month; a name two months share would be left out (CLDR has none today)."""
    from babel.dates import get_month_names

    from figcheck.reading.detect import LANGUAGES

    found: dict[str, set[int]] = {}
    for language in LANGUAGES:
        for width in ("wide", "abbreviated"):
            for context in ("format", "stand-alone"):
                for number, name in get_month_names(width, context, language).items():
                    found.setdefault(name.lower().rstrip("."), set()).add(number)
    return {name: next(iter(months)) for name, months in found.items() if len(months) == 1}


def _day(year: str, month: str, day: str) -> dt.date | None:
    try:
        return dt.date(int(year), int(month), int(day))
    except ValueError:
        return None


def _unquote(value: str) -> str:
    value = value.split(" #", 1)[0].strip()  # a trailing comment
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
        return value[1:-1]
    return value
