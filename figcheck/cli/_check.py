"""``figcheck check``: lint documents and report the findings."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from figcheck.cli._exit import ExitCode
from figcheck.cli._options import SettingsFinder, add_document_options, add_rule_options
from figcheck.cli._parallel import Linted, default_jobs, lint_paths
from figcheck.lint.documents import Format
from figcheck.lint.results import FileResult, RunResult
from figcheck.lint.source import LintOptions
from figcheck.lint.walk import Skipped, expand_paths
from figcheck.model import Severity

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
    """Check every input and print the report (of the files checked so far, when the run
    stopped early); the exit code says how it went."""
    from figcheck.lint.reporters import render

    checked = lint_all(args)
    result = checked.result
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
            if failed.path not in checked.announced:
                print(f"figcheck: error: {failed.error}", file=sys.stderr)
    return _exit_code(checked)


def _exit_code(checked: Checked) -> ExitCode:
    """130 after Ctrl-C, 2 when an input could not be read or checked, else by the findings;
    an early stop is also said in words on standard error."""
    if checked.lost:
        print(
            "figcheck: error: a worker process ended unexpectedly (killed, or out of memory); "
            f"{plural(checked.lost)} not checked, each listed in the report",
            file=sys.stderr,
        )
    if checked.interrupted:
        print(
            f"figcheck: interrupted: {plural(checked.unchecked)} of {checked.total} "
            "not checked; the report shows the others",
            file=sys.stderr,
        )
        return ExitCode.INTERRUPTED
    if checked.result.errors:
        return ExitCode.ERROR
    return ExitCode.FINDINGS if checked.result.fails() else ExitCode.CLEAN


def plural(count: int) -> str:
    """ "1 file", "3 files"."""
    return f"{count} file{'' if count == 1 else 's'}"


@dataclass(frozen=True, slots=True)
class Checked:
    """A run's result, and what the report alone does not say: the paths already announced
    on standard error, whether Ctrl-C stopped it, how many files that or a dead worker left
    unchecked, and how many there were in all."""

    result: RunResult
    announced: frozenset[str] = frozenset()
    interrupted: bool = False
    unchecked: int = 0
    lost: int = 0
    total: int = 0


@dataclass
class Walk:
    """The inputs in order: paths to check, and folders the walk could not list (results
    already, in their place); every path the walk skipped is one line on standard error."""

    entries: list[str | FileResult] = field(default_factory=list)
    announced: set[str] = field(default_factory=set)

    def skipped(self, skipped: Skipped) -> None:
        """Say it now (a long run should not keep it for the end); an unlisted folder is also
        an unreadable input, reported as one."""
        announce(skipped)
        if skipped.error:
            self.entries.append(FileResult(path=skipped.path, error=skipped.message))
            self.announced.add(skipped.path)

    def paths(self) -> list[str]:
        """The paths to check, in order."""
        return [entry for entry in self.entries if isinstance(entry, str)]

    def merged(self, linted: Linted) -> Iterator[FileResult]:
        """Every result in input order, the unlisted folders in their place; the paths an
        interruption left unchecked are left out."""
        results = iter(linted.results)
        for entry in self.entries:
            result = entry if isinstance(entry, FileResult) else next(results)
            if result is not None:
                yield result


def announce(skipped: Skipped) -> None:
    """One line on standard error: ``figcheck: notice: docs/pipe.md: skipped: …``."""
    print(f"figcheck: {'error' if skipped.error else 'notice'}: {skipped.message}", file=sys.stderr)


def lint_all(args: argparse.Namespace) -> Checked:
    """Lint every input in order, each with the settings of its own folder."""
    finder = SettingsFinder(args)
    options = LintOptions(
        date=args.date,
        locale=args.locale,
        format=Format(args.format) if args.format else None,
        stdin_name=args.stdin_filename,
    )
    walk = Walk()
    for name in args.paths:
        for path in expand_paths([name], finder.for_path(name), walk.skipped):
            walk.entries.append(path)  # after any folder the walk reported on the way
    paths = walk.paths()
    linted = lint_paths(paths, args, options, args.jobs or default_jobs())
    fail_on = Severity(args.fail_on) if args.fail_on else finder.for_path(args.paths[0]).fail_on
    return Checked(
        RunResult(files=tuple(walk.merged(linted)), fail_on=fail_on),
        announced=frozenset(walk.announced),
        interrupted=linted.interrupted,
        unchecked=linted.results.count(None),
        lost=linted.lost,
        total=len(paths),
    )


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
