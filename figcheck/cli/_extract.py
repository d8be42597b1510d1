"""``figcheck extract``: the money mentions and claims figcheck reads, for debugging.

Claims include the figure claims (percent_change, total, share, multiple, unit_conversion),
each with its figures by role and the interval each one stands for.

When a figure was not checked, this shows whether it was read at all (a mention), read with the
currency you expected, and tied to its restatement (a claim).
"""

from __future__ import annotations

import argparse
import json
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

from figcheck.checking import read_stdin, read_text
from figcheck.cli._check import announce
from figcheck.cli._exit import ExitCode
from figcheck.cli._options import SettingsFinder, add_document_options
from figcheck.errors import InputError
from figcheck.intervals import format_decimal
from figcheck.lint.documents import Document, Format
from figcheck.lint.lines import LineIndex
from figcheck.lint.markup import load_document
from figcheck.lint.walk import STDIN, Skipped, expand_paths
from figcheck.model import (
    Claim,
    Conversion,
    Money,
    Multiple,
    Percent,
    PercentChange,
    Quantity,
    Ratio,
    Share,
    Stated,
    StatedRate,
    Total,
    UnitConversion,
)
from figcheck.reading.claims import mentions_and_claims
from figcheck.rules.fx import rate_view


def register(commands: Any) -> None:
    """Add the ``extract`` subcommand."""
    parser = commands.add_parser("extract", help="print the money figures and claims found")
    add_document_options(parser)
    parser.add_argument(
        "--output-format",
        choices=("text", "json"),
        default="text",
        help="a table for people or JSON (default: text)",
    )
    parser.set_defaults(run=run, select=None, extend_select=None, ignore=None, fail_on=None)


def run(args: argparse.Namespace) -> ExitCode:
    """Print every mention and claim of every input."""
    finder = SettingsFinder(args)
    rows: list[dict[str, Any]] = []
    status = ExitCode.CLEAN
    walk_failed = False

    def skipped(item: Skipped) -> None:
        nonlocal walk_failed
        walk_failed = walk_failed or item.error
        announce(item)

    for name in args.paths:
        for path in expand_paths([name], finder.for_path(name), skipped):
            try:
                document = _document(path, args, finder)
            except InputError as error:
                print(f"figcheck: error: {error}", file=sys.stderr)
                status = ExitCode.ERROR
                continue
            settings = finder.for_path(path)
            rows.extend(_rows(document, args.locale or document.locale or settings.locale))
    if args.output_format == "json":
        print(json.dumps({"version": 1, "items": rows}, indent=2, ensure_ascii=False))
    else:
        print(_table(rows))
    return ExitCode.ERROR if walk_failed else status


def _document(path: str, args: argparse.Namespace, finder: SettingsFinder) -> Document:
    source = read_stdin() if path == STDIN else read_text(Path(path))
    shown = args.stdin_filename if path == STDIN else path
    markup = Format(args.format) if args.format else finder.for_path(path).format_for(Path(path))
    return load_document(source, shown, markup)


def _rows(document: Document, locale: str | None) -> list[dict[str, Any]]:
    mentions, claims = mentions_and_claims(document.prose, locale=locale)
    index = LineIndex(document.source)
    rows = [_money_row(document, index, m) for m in mentions]
    for claim in claims:
        if isinstance(claim, Conversion):
            rows.append(_claim_row(document, index, claim))
        elif isinstance(claim, StatedRate):
            rows.append(_rate_row(document, index, claim))
        else:
            rows.append(_figure_row(document, index, claim))
    rows.sort(key=lambda row: (row["line"], row["column"], row["kind"] != "money"))
    return rows


def _where(document: Document, index: LineIndex, offset: int) -> dict[str, Any]:
    line, column = index.position(document.source_map.to_source(offset))
    return {"path": document.path, "line": line, "column": column}


def _money_row(document: Document, index: LineIndex, money: Money) -> dict[str, Any]:
    return {
        **_where(document, index, money.span.start),
        "kind": "money",
        "text": money.text,
        "amount": str(money.amount),
        "upper": None if money.upper is None else str(money.upper),
        "currency": money.currency,
        "candidates": list(money.candidates),
        "hedge": money.hedge,
    }


def _claim_row(document: Document, index: LineIndex, claim: Conversion) -> dict[str, Any]:
    view = rate_view(claim)
    implied = None
    if view is not None:
        low, high = str(view.implied.low), str(view.implied.high)
        implied = {"base": view.base, "quote": view.quote, "low": low, "high": high}
    return {
        **_where(document, index, claim.span.start),
        "kind": "conversion",
        "text": f"{claim.original.text} → {claim.converted.text}",
        "connector": claim.connector,
        "hedge": claim.hedge,
        "implied": implied,
        "parallel_market": claim.parallel_market,
        "at_the_time": claim.at_the_time,
        "year": claim.year,
    }


def _rate_row(document: Document, index: LineIndex, claim: StatedRate) -> dict[str, Any]:
    """A stated exchange rate: units of quote per one base, as the text wrote it."""
    implied = None
    if claim.base is not None and claim.quote is not None:
        low, high = str(claim.interval.low), str(claim.interval.high)
        implied = {"base": claim.base, "quote": claim.quote, "low": low, "high": high}
    return {
        **_where(document, index, claim.span.start),
        "kind": "rate",
        "text": claim.text,
        "connector": claim.connector,
        "hedge": claim.hedge,
        "value": str(claim.value),
        "implied": implied,
        "parallel_market": claim.parallel_market,
        "projected": claim.projected,
        "year": claim.year,
    }


def _figure_row(document: Document, index: LineIndex, claim: Claim) -> dict[str, Any]:
    """A percentage change, total, share, multiple or unit conversion, with its figures."""
    kind, figures, extra = _figure_parts(claim)
    return {
        **_where(document, index, claim.span.start),
        "kind": kind,
        "text": claim.span.slice(document.prose),
        "figures": [_figure(role, value) for role, value in figures],
        **extra,
    }


def _figure_parts(
    claim: Claim,
) -> tuple[str, list[tuple[str, Stated | Ratio]], dict[str, Any]]:
    """The row kind, the claim's figures by role, and the fields only that kind has."""
    if isinstance(claim, PercentChange):
        figures: list[tuple[str, Stated | Ratio]] = [
            ("change", claim.change),
            ("before", claim.before),
            ("after", claim.after),
        ]
        return "percent_change", figures, {"direction": claim.direction}
    if isinstance(claim, Total):
        figures = [("total", claim.total), *(("part", part) for part in claim.parts)]
        return "total", figures, {"connector": claim.connector, "complete": claim.complete}
    if isinstance(claim, Share):
        return "share", [("part", claim.part), ("whole", claim.whole), ("share", claim.share)], {}
    if isinstance(claim, Multiple):
        figures = [("factor", claim.factor), ("before", claim.before), ("after", claim.after)]
        return "multiple", figures, {}
    assert isinstance(claim, UnitConversion)
    figures = [("original", claim.original), ("converted", claim.converted)]
    return "unit_conversion", figures, {"connector": claim.connector}


def _figure(role: str, value: Stated | Ratio) -> dict[str, Any]:
    """One figure of a claim: as written, its value and the interval it stands for."""
    amount = value.value if isinstance(value, Percent | Ratio) else value.amount
    units = list(value.units) if isinstance(value, Quantity) else None
    return {
        "role": role,
        "text": value.text,
        "amount": str(amount),
        "low": str(value.interval.low),
        "high": str(value.interval.high),
        "units": units,
    }


def _table(rows: list[dict[str, Any]]) -> str:
    if not rows:
        return "no money figures found"
    lines = [f"{'where':<28} {'kind':<10} {'text':<34} details"]
    for row in rows:
        where = f"{row['path']}:{row['line']}:{row['column']}"
        lines.append(f"{where:<28} {row['kind']:<10} {row['text']:<34} {_details(row)}")
    return "\n".join(lines)


def _details(row: dict[str, Any]) -> str:
    if "figures" in row:
        return "; ".join(f"{figure['role']} {figure['text']}" for figure in row["figures"])
    if row["kind"] == "money":
        currency = row["currency"] or f"? ({', '.join(row['candidates'][:6])})"
        hedge = f", {row['hedge']}" if row["hedge"] else ""
        return f"{row['amount']} {currency}{hedge}"
    implied = row["implied"]
    if implied is None:
        return f"{row['connector']}; not checkable (currency unresolved)"
    low, high = (format_decimal(Decimal(implied[key]), 5) for key in ("low", "high"))
    rate = f"{row['connector']}; implies {low}–{high} {implied['quote']} per {implied['base']}"
    return rate + _scope(row)


def _scope(row: dict[str, Any]) -> str:
    """Which rate the text says a conversion or rate is of, when not the document date's
    official one: "; parallel market", "; at the time", "; projected", "; 2015"."""
    notes = [
        label
        for key, label in (
            ("parallel_market", "parallel market"),
            ("at_the_time", "at the time"),
            ("projected", "projected"),
        )
        if row.get(key)
    ]
    if row.get("year") is not None:
        notes.append(str(row["year"]))
    return "".join(f"; {note}" for note in notes)
