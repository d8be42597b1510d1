"""The command line: ``figcheck check PATH...`` prints one line per finding.

Exit codes: 0 no finding at warning or error; 1 such findings; 2 usage or input error (a file
that cannot be read is reported and the other files are still checked).
"""

from __future__ import annotations

import argparse
import datetime as dt
import enum
import sys
from collections.abc import Sequence
from pathlib import Path

from figcheck.checking import check, read_stdin, read_text
from figcheck.errors import FigcheckError
from figcheck.model import Report, Severity
from figcheck.reporting import render_text


class ExitCode(enum.IntEnum):
    """What the process exit status means."""

    CLEAN = 0
    FINDINGS = 1
    ERROR = 2


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` (default ``sys.argv[1:]``); return the exit code."""
    parser = _parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help(sys.stderr)
        return ExitCode.ERROR
    return int(_check(args))


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="figcheck", description="Find money figures in prose that do not add up."
    )
    parser.add_argument("--version", action="version", version=f"figcheck {_version()}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    checker = commands.add_parser("check", help="check documents and print one line per finding")
    checker.add_argument("paths", nargs="+", metavar="PATH", help="files to check; - reads stdin")
    checker.add_argument(
        "--date", type=_date, help="the documents' date, YYYY-MM-DD (default: none, FC404)"
    )
    checker.add_argument("--locale", help="locale hint such as en_CA (default: English)")
    return parser


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date in YYYY-MM-DD form: {text!r}") from None


def _version() -> str:
    from figcheck import __version__

    return __version__


def _check(args: argparse.Namespace) -> ExitCode:
    status = ExitCode.CLEAN
    for name in args.paths:
        try:
            text = read_stdin() if name == "-" else read_text(Path(name))
            report = check(text, date=args.date, locale=args.locale)
        except FigcheckError as error:
            print(f"figcheck: error: {error}", file=sys.stderr)
            status = ExitCode.ERROR
            continue
        output = render_text(report, name)
        if output:
            print(output)
        if _fails(report) and status is ExitCode.CLEAN:
            status = ExitCode.FINDINGS
    return status


def _fails(report: Report) -> bool:
    return any(f.severity in (Severity.ERROR, Severity.WARNING) for f in report.findings)
