"""One document's text through the engine: markup to prose, ``check``, findings placed back
in the source file, and inline suppressions applied (FC405 for the ones that matched nothing).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from figcheck.checking import check
from figcheck.lint.documents import Document, Format, Suppression, UnreadableDate
from figcheck.lint.lines import LineIndex
from figcheck.lint.markup import load_document
from figcheck.lint.results import FileResult, Located, Position
from figcheck.lint.settings import Settings
from figcheck.lint.walk import STDIN
from figcheck.model import Evidence, Finding, Span


@dataclass(frozen=True, slots=True)
class LintOptions:
    """What the caller says on top of the configuration files."""

    date: dt.date | None = None
    locale: str | None = None
    format: Format | None = None
    stdin_name: str = STDIN


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
    findings = undated_findings(report.findings, document.unreadable_date)
    located = [locate(finding, document, index) for finding in findings]
    kept, unused = suppress(located, document.suppressions)
    if settings.reports_unused_suppressions(Path(path)):
        kept += [unused_suppression(s, document, index) for s in unused]
        kept.sort(key=lambda f: (f.start.offset, f.finding.code))
    return FileResult(
        path=path, source=document.source, findings=tuple(kept), claims=tuple(report.claims)
    )


def undated_findings(findings: list[Finding], unreadable: UnreadableDate | None) -> list[Finding]:
    """The findings, FC404 saying which date the document states but could not be read."""
    if unreadable is None:
        return findings
    from figcheck.rules.fc404_undated_document import RULE, with_unreadable_date

    fields = (unreadable.place, unreadable.key, unreadable.value, unreadable.line)
    return [
        with_unreadable_date(finding, *fields) if finding.code == RULE.code else finding
        for finding in findings
    ]


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
