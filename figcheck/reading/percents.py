"""Percent and percentage-point mentions, with the interval each one stands for.

Grammar, around each number run found by ``numbers.PATTERNS["run"]``::

    percent := [sign] NUMBER ( "%" | " %" | " per cent" | " percent" | "-per-cent" )
    points  := [sign] NUMBER ( " percentage point(s)" | "-percentage-point" | " points"
                              | " point" | "pp" | " pp" | "ppt" | " ppts" )

Granularity policy: a percentage's last written digit is significant, trailing zeros included
("20%" → [19.5%, 20.5%], "12.5%" → [12.45%, 12.55%]). Percentages are rounded to a whole or a
decimal place far more often than to tens, and a writer who means "roughly 20" writes a hedge
("about 20%"), which widens the interval as for money. A bare "points" is read as percentage
points; a claim uses it only when the values it compares are percentages.
"""

from __future__ import annotations

import functools
import re
from decimal import Decimal

from figcheck.intervals import Interval
from figcheck.model import Figure, Percent, Span
from figcheck.reading.hedges import hedge_before, widen
from figcheck.reading.numbers import NumberStyle, ParsedNumber, make_figure, minus_before, parse_run

PATTERNS = {
    # What follows the number: the percent sign or words, or percentage points.
    "suffix": re.compile(
        r"""
        (?: [ \u00a0]?(?P<sign>%)
          | [ \u00a0-](?P<words>per[ \u00a0-]?cent|percent)\b
          | [ \u00a0-](?P<points>percentage[ \u00a0-]points?|points?)\b
          | [ \u00a0]?(?P<pp>pp|ppts?)\b
        )
        """,
        re.VERBOSE | re.IGNORECASE,
    ),
    # A digit, then where a suffix starts: "%" or "p" (in either case, the only ones
    # re.IGNORECASE matches), after an optional space or hyphen. A cheap test of a whole
    # sentence before its runs are read one by one.
    "suffix_start": re.compile(r"\d[ \u00a0-]?[%pP]"),
}


def percent_at(text: str, match: re.Match[str]) -> Percent | None:
    """The percent mention whose number is the run ``match``, or None.

    The suffix is tried first: most runs have none, and it is the cheapest test.
    """
    suffix = PATTERNS["suffix"].match(text, match.end())
    if suffix is None:
        return None
    if match.start() > 0 and (text[match.start() - 1].isalpha() or text[match.start() - 1] == "$"):
        return None
    comma = parse_run(match.group()) is None
    if comma and not COMMA_DECIMAL.fullmatch(match.group()):
        return None
    begin = match.start()
    negative = minus_before(text, begin)
    begin -= int(negative)
    figure = _figure(match.group(), negative, comma)
    hedge = hedge_before(text, begin)
    return Percent(
        value=figure.value,
        span=Span(begin, suffix.end()),
        text=text[begin : suffix.end()],
        figure=figure,
        interval=widen(figure.interval, figure.value, figure.granularity, hedge),
        points=suffix.group("points") is not None or suffix.group("pp") is not None,
        hedge=hedge,
    )


#: A number with a decimal comma that no English reading takes ("0,8", "24,8", "1.234,5"):
#: a percentage is read with the comma as its decimal sign ("24,8 %", "0,8 Prozent").
COMMA_DECIMAL = re.compile(r"\d{1,3}(?:[.\u00a0 ]\d{3})*,\d{1,2}|\d+,\d{1,2}")
COMMA_STYLE = NumberStyle(decimal=",", group=".")


@functools.lru_cache(maxsize=4096)
def _figure(text: str, negative: bool, comma: bool = False) -> Figure:
    """The figure of the number ``text`` (with a decimal ``comma``) with the percent
    granularity policy: the last written digit counts. Cached, as figures are immutable and
    prose repeats its percentages."""
    number = parse_run(text, COMMA_STYLE) if comma else parse_run(text)
    assert number is not None  # percent_at has read it
    decimal, group = (",", ".") if comma else (".", ",")
    digits = text.replace(group, "")
    places = len(digits.split(decimal)[1]) if decimal in digits else 0
    figure = make_figure(text, ParsedNumber(number.value, Decimal(1).scaleb(-places)), Decimal(1))
    if not negative:
        return figure
    low, high = figure.interval.low, figure.interval.high
    return Figure(figure.text, -figure.value, figure.granularity, Interval(-high, -low))
