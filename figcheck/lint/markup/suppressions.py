"""Inline suppressions: the findings a document's author asked figcheck not to report.

Comments are the one kind of markup written for figcheck rather than for the reader, so every
format parser hands its comments here, with the extents of its blocks, and this module reads the
directive and works out which source lines it covers. A malformed directive is not a directive:
it suppresses nothing, rather than everything.

In a comment (Markdown and HTML ``<!-- … -->``, reST ``.. …``)::

    directive := "figcheck:" WS* ("ignore" | "ignore-file") (SEP KEY)* WS*
    SEP       := (WS | ",")+
    KEY       := a code ("FC102"), a prefix of codes ("FC1") or a rule name ("inverted-rate"),
                 in any case: [A-Za-z][A-Za-z0-9]* ("-" [A-Za-z0-9]+)*

``ignore`` covers the next block after the comment (or, for a comment inside a block, that
block); ``ignore-file`` the whole file; no keys means every code.

In plain text, a marker anywhere on a line::

    marker := "figcheck:" " "* ("ignore" | "ignore-file") ["[" KEY ("," " "* KEY)* "]"]

``ignore`` covers the marker's own line.

Keys are matched as the configuration matches them (``rule_matches``) and stored as codes, so
a name and its code suppress the same findings. A key shaped like a code or a name that names
no rule ("FC999", "inverted-rat") is kept apart, as a suppression of its own that can match
nothing: FC405 unused-suppression reports it (when selected) instead of the typo silently
suppressing nothing. A plain word ("figcheck: ignore because …") makes the comment prose, not
a directive.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from figcheck.lint.documents import Suppression, SuppressionScope
from figcheck.lint.lines import LineIndex
from figcheck.lint.markup._prose import Extent
from figcheck.rules.catalog import ALL as ALL_RULES

#: A rule key as written in a suppression: "FC102", "fc1", "inverted-rate".
KEY = r"[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*"

PATTERNS = {
    # The whole text of a comment that is a directive: "figcheck: ignore FC101, inverted-rate".
    "directive": re.compile(
        rf"""
        \A\s*figcheck:\s*
        (?P<kind>ignore-file|ignore)
        (?P<codes>(?:[\s,]+{KEY})*)            # each key after a separator: unambiguous
        [\s,]*\Z
        """,
        re.VERBOSE,
    ),
    # A plain-text marker: "figcheck: ignore", "figcheck: ignore[FC101,inverted-rate]".
    "marker": re.compile(
        rf"""
        figcheck:[ \t]*
        (?P<kind>ignore-file|ignore)
        (?:\[(?P<codes>[ \t]*{KEY}(?:[ \t]*,[ \t]*{KEY})*[ \t]*)\])?
        (?![\w\[-])                            # "ignored", "ignore[bad]" are not markers
        """,
        re.VERBOSE,
    ),
    "key": re.compile(KEY),
    # What a key meant as a rule looks like: letters then digits, or words joined by "-".
    "key_shape": re.compile(r"[A-Za-z]+[0-9]+|[A-Za-z0-9]+(?:-[A-Za-z0-9]+)+"),
}


@dataclass(frozen=True, slots=True)
class Directive:
    """What a comment or marker asks: the codes (none = all), for the whole file or not."""

    codes: tuple[str, ...]
    file_wide: bool


@dataclass(frozen=True, slots=True)
class Comment:
    """A comment in the source: its text, its offsets, and the block it stands inside (None
    when it stands between blocks and so speaks about the next one)."""

    text: str
    start: int
    end: int
    inside: Extent | None = None


@dataclass(frozen=True, slots=True)
class Marker:
    """A plain-text marker and its offsets (blanked out of the prose)."""

    directive: Directive
    start: int
    end: int


def parse_directive(text: str) -> Directive | None:
    """The directive a comment's text holds, or None when it holds none."""
    match = PATTERNS["directive"].match(text)
    if match is None or not all(map(_key_shaped, PATTERNS["key"].findall(match["codes"]))):
        return None
    return Directive(rule_codes(match["codes"]), match["kind"] == "ignore-file")


def find_markers(source: str) -> Iterator[Marker]:
    """Every plain-text marker in ``source``, in order."""
    for match in PATTERNS["marker"].finditer(source):
        if not all(map(_key_shaped, PATTERNS["key"].findall(match["codes"] or ""))):
            continue
        directive = Directive(rule_codes(match["codes"] or ""), match["kind"] == "ignore-file")
        yield Marker(directive, match.start(), match.end())


def _key_shaped(key: str) -> bool:
    """True for a key that is meant as a rule, known or not: a code or prefix ("FC104", "fc1",
    "FC999") or a kebab-case name ("inverted-rate", "inverted-rat"). A plain word is prose
    ("figcheck: ignore because …"), and makes the comment no directive at all."""
    return bool(PATTERNS["key_shape"].fullmatch(key)) or _is_known(_as_code(key))


def rule_codes(keys: str) -> tuple[str, ...]:
    """The keys of a directive as codes or code prefixes, upper-case: "fc104" → "FC104",
    "inverted-rate" → "FC104"; a key that names no rule is kept as written (see
    ``unknown_keys``), so that it matches no finding."""
    found: list[str] = []
    for key in PATTERNS["key"].findall(keys):
        found.append(_as_code(key))
    return tuple(dict.fromkeys(found))


def _as_code(key: str) -> str:
    for rule in ALL_RULES:
        if rule.name == key.lower():
            return rule.code
    upper = key.upper()
    if any(rule.code.startswith(upper) for rule in ALL_RULES):
        return upper
    return key


def unknown_keys(directive: Directive) -> tuple[str, ...]:
    """The keys of ``directive`` that name no rule (kept as written by ``rule_codes``)."""
    return tuple(key for key in directive.codes if not _is_known(key))


def _is_known(code: str) -> bool:
    return any(rule.code.startswith(code) for rule in ALL_RULES)


def split_unknown(directive: Directive) -> tuple[Directive, ...]:
    """``directive`` for its known keys, and one directive per unknown key: a suppression of
    a rule that does not exist suppresses nothing, so FC405 can point at each typo (while
    the known keys of the same comment still work). A directive whose keys are all unknown
    does not widen to "every code": it stays a list of unknown keys."""
    unknown = unknown_keys(directive)
    if not unknown:
        return (directive,)
    known = tuple(key for key in directive.codes if key not in unknown)
    kept = (Directive(known, directive.file_wide),) if known else ()
    return kept + tuple(Directive((key,), directive.file_wide) for key in unknown)


def marker_suppressions(markers: Iterable[Marker], lines: LineIndex) -> tuple[Suppression, ...]:
    """Plain-text markers as suppressions: of their own line, or of the file."""
    found = []
    for marker in markers:
        line = lines.line_of(marker.start)
        for directive in split_unknown(marker.directive):
            if directive.file_wide:
                found.append(_whole_file(directive, line, lines))
            else:
                scope = SuppressionScope.LINE
                found.append(Suppression(directive.codes, scope, line, line, line))
    return tuple(found)


def comment_suppressions(
    comments: Iterable[Comment], blocks: Sequence[Extent], lines: LineIndex
) -> tuple[Suppression, ...]:
    """Directive comments as suppressions of the next block after each (or of the block it
    stands in), or of the file. ``blocks`` are every block of the document; where several
    start at one offset (a list, its first item, the item's paragraph) the largest is meant."""
    ordered = sorted(blocks, key=lambda block: (block.start, -block.last))
    starts = [block.start for block in ordered]
    found = []
    for comment in comments:
        parsed = parse_directive(comment.text)
        if parsed is None:
            continue
        line = lines.line_of(comment.start)
        block = comment.inside or _next_block(ordered, starts, comment.end)
        first, last = (line, line) if block is None else _lines(block, lines)
        for directive in split_unknown(parsed):
            if directive.file_wide:
                found.append(_whole_file(directive, line, lines))
            else:
                scope = SuppressionScope.BLOCK
                found.append(Suppression(directive.codes, scope, first, last, line))
    return tuple(found)


def _next_block(ordered: Sequence[Extent], starts: Sequence[int], offset: int) -> Extent | None:
    index = bisect_left(starts, offset)
    return ordered[index] if index < len(ordered) else None


def _lines(block: Extent, lines: LineIndex) -> tuple[int, int]:
    first = lines.line_of(block.start)
    return first, max(first, lines.line_of(block.last))


def _whole_file(directive: Directive, line: int, lines: LineIndex) -> Suppression:
    return Suppression(directive.codes, SuppressionScope.FILE, 1, lines.count, line)
