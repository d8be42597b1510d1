"""One self-contained HTML page: every document with its figures highlighted, and a summary.

The page needs no network: its CSS and script are inline, and a Content-Security-Policy
forbids loading anything and runs only the page's own script (by its hash), so a document that
holds ``<script>`` cannot run it even if it were not escaped; it is escaped, like every other
piece of text. The page is read top to bottom:

- a summary: the counts, the findings per rule, and per file;
- each document's source text, with the figures of every claim that was examined in one colour
  and the findings over them by severity; hovering a finding shows its message and evidence,
  clicking it opens the finding's details below the document;
- each finding's details: the evidence (figures, implied and expected values, tolerance,
  reference source and date, notes), the suggested fix, and for a rate a small chart of the
  implied rate against the expected band and the tolerance around it.

Claims are found by the checked prose, findings by the source file; a claim's figure is
highlighted where the source reads exactly that figure (the first such place after the
previous one), so that markup between prose and source never moves a highlight onto other text.
"""

from __future__ import annotations

import base64
import dataclasses
import hashlib
import html
from collections.abc import Iterator
from decimal import Decimal

from figcheck.intervals import Interval, format_decimal
from figcheck.lint.fixes import edit_for
from figcheck.lint.reporters._common import (
    SEVERITY_ORDER,
    error_reason,
    plural,
    rule_counts,
    summarize,
    tool_version,
)
from figcheck.lint.results import FileResult, Located, RunResult
from figcheck.model import Claim, Evidence

_STYLE = """
body{font:15px/1.5 system-ui,sans-serif;margin:2em auto;max-width:70em;color:#222;padding:0 1em}
table{border-collapse:collapse;margin:.5em 0 1.5em}
td,th{border:1px solid #ccc;padding:.2em .6em;text-align:left}
td.n{text-align:right}
pre.source{white-space:pre-wrap;word-break:break-word;background:#fafafa;border:1px solid #ddd;
padding:1em;font:14px/1.6 ui-monospace,monospace}
span.claim{background:#d8ecff;border-bottom:2px solid #3b82c4}
mark.finding{cursor:pointer;border-radius:2px;padding:0 1px}
mark.sev-error{background:#ffc9c9;border-bottom:2px solid #c62828}
mark.sev-warning{background:#ffe8a3;border-bottom:2px solid #b7791f}
mark.sev-info{background:#e3e3f7;border-bottom:2px dotted #5a5aa8}
details{margin:.4em 0;padding:.3em .6em;border-left:4px solid #999}
details.sev-error{border-color:#c62828}details.sev-warning{border-color:#b7791f}
details.sev-info{border-color:#5a5aa8}details.flash{background:#fff7d6}
dl{display:grid;grid-template-columns:max-content auto;gap:.1em 1em;margin:.5em 0}
dt{font-weight:600}dd{margin:0}
.legend span,.legend mark{margin-right:1em}
.unreadable{color:#c62828}
code.fix{background:#e6f4ea}
"""

_SCRIPT = """
(function () {
  var marks = document.querySelectorAll("mark.finding");
  function open(mark) {
    var detail = document.getElementById(mark.getAttribute("data-finding"));
    if (!detail) { return; }
    detail.open = true;
    detail.classList.add("flash");
    detail.scrollIntoView({block: "nearest"});
  }
  marks.forEach(function (mark) {
    mark.addEventListener("click", function () { open(mark); });
    mark.addEventListener("keydown", function (event) {
      if (event.key === "Enter") { open(mark); }
    });
  });
  var shown = {};
  marks.forEach(function (mark) { shown[mark.getAttribute("data-finding")] = true; });
  var claims = {};
  document.querySelectorAll("[data-claims]").forEach(function (element) {
    element.getAttribute("data-claims").split(" ").forEach(function (id) { claims[id] = true; });
  });
  document.getElementById("marked").textContent = Object.keys(shown).length +
    " findings highlighted in the text, " + Object.keys(claims).length + " examined figures";
  document.body.setAttribute("data-ready", "yes");
})();
"""

_SCRIPT_HASH = base64.b64encode(hashlib.sha256(_SCRIPT.encode("utf-8")).digest()).decode("ascii")
_POLICY = (
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
    f"script-src 'sha256-{_SCRIPT_HASH}'"
)
#: Marks a finding that covers no text (a whole-document finding) in the source view.
_POINT = "◆"
_CHART_WIDTH = 360
#: How far past its expected place a claim's figure is looked for in the source.
_SEARCH_WINDOW = 2000
_MARGIN = 12


def render(run: RunResult, *, color: bool = False) -> str:
    """The run as one HTML page (``color`` is accepted and ignored: the page has its own)."""
    return "".join(_page(run))


def _page(run: RunResult) -> Iterator[str]:
    yield (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{_POLICY}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        "<title>figcheck report</title>\n"
        f"<style>{_STYLE}</style>\n</head>\n<body>\n"
    )
    yield f"<h1>figcheck report</h1>\n<p>figcheck {_e(tool_version())}</p>\n"
    yield from _summary(run)
    number = 0
    for index, result in enumerate(run.files, 1):
        yield from _document(result, index, number)
        number += len(result.findings)
    yield f"<script>{_SCRIPT}</script>\n</body>\n</html>\n"


def _e(text: str) -> str:
    """Text escaped for element content and quoted attribute values alike."""
    return html.escape(text, quote=True)


# --- summary -------------------------------------------------------------------------------


def _summary(run: RunResult) -> Iterator[str]:
    summary = summarize(run)
    counts = ", ".join(plural(n, str(severity)) for severity, n in summary.by_severity.items())
    yield '<section id="summary">\n<h2>Summary</h2>\n'
    yield (
        f'<p id="totals">{_e(plural(summary.findings, "finding"))} ({_e(counts)}) in '
        f"{_e(plural(summary.files_with_findings, 'file'))} of {summary.files}; "
        f"{_e(plural(summary.unreadable, 'file'))} could not be read.</p>\n"
        '<p id="marked"></p>\n'
        '<p class="legend"><span class="claim">examined figure</span>'
        '<mark class="sev-error">error</mark><mark class="sev-warning">warning</mark>'
        '<mark class="sev-info">info</mark></p>\n'
    )
    yield '<h3>By rule</h3>\n<table id="by-rule">\n<tr><th>Rule</th><th>Name</th>'
    yield "<th>Severity</th><th>Findings</th></tr>\n"
    for row in rule_counts(run):
        yield (
            f'<tr class="sev-{row.severity}"><td>{_e(row.code)}</td><td>{_e(row.name)}</td>'
            f'<td>{_e(str(row.severity))}</td><td class="n">{row.count}</td></tr>\n'
        )
    yield '</table>\n<h3>By file</h3>\n<table id="by-file">\n<tr><th>File</th>'
    yield "".join(f"<th>{_e(str(s))}</th>" for s in reversed(SEVERITY_ORDER))
    yield "<th>Claims examined</th></tr>\n"
    for index, result in enumerate(run.files, 1):
        yield _file_row(result, index)
    yield "</table>\n</section>\n"


def _file_row(result: FileResult, index: int) -> str:
    link = f'<a href="#doc-{index}">{_e(result.path)}</a>'
    if result.error is not None:
        span = len(SEVERITY_ORDER) + 1
        return f'<tr><td>{link}</td><td colspan="{span}">could not be read</td></tr>\n'
    cells = "".join(
        f'<td class="n">{sum(1 for f in result.findings if f.finding.severity is s)}</td>'
        for s in reversed(SEVERITY_ORDER)
    )
    return f'<tr><td>{link}</td>{cells}<td class="n">{len(result.claims)}</td></tr>\n'


# --- one document --------------------------------------------------------------------------


def _document(result: FileResult, index: int, first: int) -> Iterator[str]:
    yield f'<section class="document" id="doc-{index}">\n<h2>{_e(result.path)}</h2>\n'
    if result.error is not None:
        yield f'<p class="unreadable">{_e(error_reason(result))}</p>\n</section>\n'
        return
    ids = [f"f{first + n}" for n in range(1, len(result.findings) + 1)]
    yield '<pre class="source">'
    yield from _highlighted(result, ids, f"doc-{index}")
    yield "</pre>\n"
    if result.findings:
        yield '<ol class="findings">\n'
        for located, finding_id in zip(result.findings, ids, strict=True):
            yield f"<li>{_details(located, finding_id, result.source)}</li>\n"
        yield "</ol>\n"
    yield "</section>\n"


@dataclasses.dataclass(frozen=True, slots=True)
class _Mark:
    """A highlight in the source: ``[start, end)``, and the finding it shows (its index) or
    the claim's figure (its id in the page)."""

    start: int
    end: int
    finding: int | None = None
    claim: str | None = None


def _highlighted(result: FileResult, ids: list[str], prefix: str) -> Iterator[str]:
    """The source with claims and findings wrapped, cut at every highlight's edges."""
    source = result.source
    marks = [_Mark(f.start.offset, f.end.offset, n) for n, f in enumerate(result.findings)]
    places = enumerate(_claim_places(result), 1)
    marks += [_Mark(start, end, claim=f"{prefix}-c{n}") for n, (start, end) in places]
    edges = sorted({0, len(source), *(m.start for m in marks), *(m.end for m in marks)})
    starting: dict[int, list[_Mark]] = {}
    for mark in marks:
        starting.setdefault(mark.start, []).append(mark)
    active: list[_Mark] = []
    for left, right in zip(edges, [*edges[1:], None], strict=True):
        active = [m for m in active if m.end > left]
        opened = starting.get(left, [])
        active += [m for m in opened if m.end > m.start]
        for point in (m for m in opened if m.end == m.start and m.finding is not None):
            yield _mark_html(_POINT, [point], result, ids)
        if right is not None:
            yield _mark_html(source[left:right], active, result, ids)


def _mark_html(text: str, covering: list[_Mark], result: FileResult, ids: list[str]) -> str:
    findings = [result.findings[m.finding] for m in covering if m.finding is not None]
    claims = " ".join(m.claim for m in covering if m.claim is not None)
    claimed = f' data-claims="{claims}"' if claims else ""
    if not findings:
        return f'<span class="claim"{claimed}>{_e(text)}</span>' if covering else _e(text)
    worst = max(findings, key=lambda f: SEVERITY_ORDER.index(f.finding.severity))
    number = next(
        m.finding for m in covering if m.finding is not None and result.findings[m.finding] is worst
    )
    assert number is not None
    title = "\n\n".join(_hover(located) for located in findings)
    return (
        f'<mark class="finding sev-{worst.finding.severity}" tabindex="0" '
        f'data-finding="{ids[number]}" data-code="{_e(worst.finding.code)}" '
        f'title="{_e(title)}"{claimed}>{_e(text)}</mark>'
    )


def _hover(located: Located) -> str:
    """The plain text a finding shows on hover: code, message and the evidence's values."""
    finding = located.finding
    lines = [f"{finding.code} {finding.message}"]
    lines += [f"{label}: {value}" for label, value in _evidence_rows(finding.evidence)]
    if finding.fix is not None:
        lines.append(f"suggested: {finding.fix.replacement}")
    return "\n".join(lines)


def _claim_places(result: FileResult) -> Iterator[tuple[int, int]]:
    """Source offsets of every examined claim's figures: each figure's text found where the
    prose put it (shifted as much as the previous figure was), else at its next occurrence
    a little further on; not at all when it is not there. The search is bounded, so that the
    page costs the same whatever the markup."""
    source = result.source
    cursor = shift = 0
    for start, text in sorted(_claim_figures(result.claims)):
        guess = max(start + shift, cursor)
        if source[guess : guess + len(text)] == text:
            found = guess
        else:
            found = source.find(text, cursor, guess + len(text) + _SEARCH_WINDOW)
        if found < 0 or not text:
            continue
        cursor, shift = found + len(text), found - start
        yield found, cursor


def _claim_figures(claims: tuple[Claim, ...]) -> set[tuple[int, str]]:
    """(prose offset, text) of every stated figure in the claims."""
    figures: set[tuple[int, str]] = set()
    for claim in claims:
        for field in dataclasses.fields(claim):
            value = getattr(claim, field.name)
            for item in value if isinstance(value, tuple) else (value,):
                span, text = getattr(item, "span", None), getattr(item, "text", None)
                if span is not None and isinstance(text, str) and field.name != "span":
                    figures.add((span.start, text))
    return figures


# --- one finding ---------------------------------------------------------------------------


def _details(located: Located, finding_id: str, source: str) -> str:
    finding = located.finding
    rows = "".join(
        f"<dt>{_e(label)}</dt><dd>{_e(value)}</dd>"
        for label, value in _evidence_rows(finding.evidence)
    )
    edit = edit_for(located, source)
    if edit is not None:
        safety = "safe: --fix applies it" if edit.safe else "review before applying"
        rows += (
            f"<dt>suggested fix</dt><dd><code>{_e(edit.original)}</code> → "
            f'<code class="fix">{_e(edit.replacement)}</code> ({safety})</dd>'
        )
    return (
        f'<details id="{finding_id}" class="sev-{finding.severity}">'
        f"<summary>{located.start.line}:{located.start.column} "
        f"<strong>{_e(finding.code)}</strong> {_e(finding.message)}</summary>"
        f"<dl>{rows}</dl>{_chart(finding.evidence)}</details>"
    )


def _evidence_rows(evidence: Evidence) -> Iterator[tuple[str, str]]:
    """The evidence as (label, value) pairs, only those it has."""
    unit = f" {evidence.quote} per {evidence.base}" if evidence.base and evidence.quote else ""
    if evidence.figures:
        yield "figures", ", ".join(evidence.figures)
    if evidence.implied is not None:
        yield "implied", _interval(evidence.implied) + unit
    if evidence.expected is not None:
        yield "expected", _interval(evidence.expected) + unit
    if evidence.tolerance is not None:
        yield "tolerance", f"±{format_decimal(evidence.tolerance * 100, 4)}%"
    if evidence.factor is not None:
        yield "factor", format_decimal(evidence.factor, 6)
    if evidence.source is not None:
        yield "reference source", evidence.source
    if evidence.reference_date is not None:
        yield "reference date", evidence.reference_date.isoformat()
    for note in evidence.notes:
        yield "note", note


def _interval(interval: Interval) -> str:
    low, high = format_decimal(interval.low, 5), format_decimal(interval.high, 5)
    return low if low == high else f"{low}–{high}"


def _chart(evidence: Evidence) -> str:
    """For a rate: the implied rate against the expected band and its tolerance, as SVG
    (a log scale when they are more than four times apart, as a slip or inversion is)."""
    implied, expected = evidence.implied, evidence.expected
    if implied is None or expected is None or not (evidence.base and evidence.quote):
        return ""
    if implied.low <= 0 or expected.low <= 0:
        return ""
    allowed = expected.widen(evidence.tolerance or Decimal(0))
    whole = implied.hull(allowed)
    log = whole.high / whole.low > 4
    axis = _Axis(whole, log)
    label = f"{evidence.quote} per {evidence.base}" + (" (log scale)" if log else "")
    parts = [
        f'<svg class="rate-chart" xmlns="http://www.w3.org/2000/svg" width="{_CHART_WIDTH}" '
        f'height="88" viewBox="0 0 {_CHART_WIDTH} 88" role="img">',
        f"<title>{_e('implied rate against the expected band, ' + label)}</title>",
        _legend(),
        axis.bar(allowed, 22, 22, "#cfe8cf", "allowed"),
        axis.bar(expected, 24, 18, "#2e7d32", "expected"),
        axis.bar(implied, 50, 12, "#c62828", "implied"),
        f'<line x1="{_MARGIN}" y1="68" x2="{_CHART_WIDTH - _MARGIN}" y2="68" stroke="#888"/>',
        f'<text x="{_MARGIN}" y="82" font-size="10">{_e(format_decimal(whole.low, 5))}</text>',
        f'<text x="{_CHART_WIDTH - _MARGIN}" y="82" font-size="10" text-anchor="end">'
        f"{_e(format_decimal(whole.high, 5))}</text>",
        f'<text x="{_CHART_WIDTH // 2}" y="82" font-size="10" text-anchor="middle">'
        f"{_e(label)}</text>",
        "</svg>",
    ]
    return "".join(parts)


def _legend() -> str:
    """Which colour is which, across the top of the chart."""
    keys = (("#c62828", "implied"), ("#2e7d32", "expected"), ("#cfe8cf", "with tolerance"))
    return "".join(
        f'<rect x="{_MARGIN + 100 * n}" y="2" width="10" height="10" fill="{fill}"/>'
        f'<text x="{_MARGIN + 14 + 100 * n}" y="11" font-size="10">{name}</text>'
        for n, (fill, name) in enumerate(keys)
    )


@dataclasses.dataclass(frozen=True, slots=True)
class _Axis:
    """Maps values in ``whole`` to x pixels (Decimal to the end: no binary floats)."""

    whole: Interval
    log: bool

    def x(self, value: Decimal) -> Decimal:
        low, high, v = self.whole.low, self.whole.high, value
        if self.log:
            low, high, v = low.log10(), high.log10(), value.log10()
        fraction = (v - low) / (high - low) if high > low else Decimal("0.5")
        span = _CHART_WIDTH - 2 * _MARGIN - 2
        return (_MARGIN + fraction * span).quantize(Decimal("0.1"))

    def bar(self, interval: Interval, y: int, height: int, fill: str, name: str) -> str:
        left = self.x(interval.low)
        width = max(self.x(interval.high) - left, Decimal(2))
        return (
            f'<rect class="{name}" x="{left}" y="{y}" width="{width}" height="{height}" '
            f'fill="{fill}"><title>{name}: {_e(_interval(interval))}</title></rect>'
        )
