"""``figcheck check``: lint documents and report the findings."""

from __future__ import annotations

import argparse
import os
import sys
from typing import Any

from figcheck.cli._exit import ExitCode
from figcheck.cli._options import SettingsFinder, add_document_options, add_rule_options
from figcheck.cli._parallel import default_jobs, lint_paths
from figcheck.documents import Format
from figcheck.linting import LintOptions, expand_paths
from figcheck.model import Severity
from figcheck.results import RunResult

OUTPUT_FORMATS = ("text", "json", "sarif", "github", "junit")


def register(commands: Any) -> None:
    """Add the ``check`` subcommand."""
    parser = commands.add_parser("check", help="check documents and report figures that are off")
    add_document_options(parser)
    add_rule_options(parser)
    parser.add_argument(
        "--output-format",
        choices=OUTPUT_FORMATS,
        default="text",
        help="how findings are printed (default: text)",
    )
    parser.add_argument(
        "--statistics", action="store_true", help="print the number of findings per rule"
    )
    parser.add_argument(
        "--color",
        choices=("auto", "always", "never"),
        default="auto",
        help="colour the text output (default: auto: on a terminal, unless NO_COLOR is set)",
    )
    parser.add_argument(
        "--jobs",
        "-j",
        type=jobs_count,
        default=None,
        metavar="N",
        help="check files on N processes (default: one per CPU core; 1: in this process)",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> ExitCode:
    """Check every input and print the report; the exit code says how it went."""
    from figcheck.reporters import render

    result = lint_all(args)
    output = render(
        result,
        args.output_format,
        color=use_color(args.color),
        statistics=args.statistics,
    )
    if output:
        sys.stdout.write(output if output.endswith("\n") else output + "\n")
    if args.output_format != "text":  # the text report lists them itself
        for failed in result.errors:
            print(f"figcheck: error: {failed.error}", file=sys.stderr)
    if result.errors:
        return ExitCode.ERROR
    return ExitCode.FINDINGS if result.fails() else ExitCode.CLEAN


def lint_all(args: argparse.Namespace) -> RunResult:
    """Lint every input in order, each with the settings of its own folder."""
    finder = SettingsFinder(args)
    options = LintOptions(
        date=args.date,
        locale=args.locale,
        format=Format(args.format) if args.format else None,
        stdin_name=args.stdin_filename,
    )
    paths = [path for name in args.paths for path in expand_paths([name], finder.for_path(name))]
    files = lint_paths(paths, args, options, args.jobs or default_jobs())
    fail_on = Severity(args.fail_on) if args.fail_on else finder.for_path(args.paths[0]).fail_on
    return RunResult(files=tuple(files), fail_on=fail_on)


def jobs_count(text: str) -> int:
    """A number of processes, at least 1."""
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"not a number of processes (1 or more): {text!r}")
    return value


def use_color(choice: str) -> bool:
    """Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org)."""
    if choice != "auto":
        return choice == "always"
    return (
        sys.stdout.isatty() and not os.environ.get("NO_COLOR") and os.environ.get("TERM") != "dumb"
    )
