"""``figcheck check``: lint documents and report the findings."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from figcheck.cli._exit import ExitCode
from figcheck.cli._fix import add_fix_options, apply_fixes, show_diff
from figcheck.cli._options import SettingsFinder, add_document_options, add_rule_options
from figcheck.cli._parallel import Linted, default_jobs, lint_paths
from figcheck.errors import InputError
from figcheck.lint.documents import Format
from figcheck.lint.results import FileResult, RunResult
from figcheck.lint.source import LintOptions
from figcheck.lint.walk import Skipped, expand_paths
from figcheck.model import Severity

OUTPUT_FORMATS = ("text", "json", "sarif", "github", "junit", "html")


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
        help="check files on N processes (default: one per CPU core when the inputs are large "
        "enough to gain from it, else in this process; 1: in this process)",
    )
    parser.add_argument(
        "--exit-zero",
        action="store_true",
        help="exit with 0 even when there are findings (2 still means an error)",
    )
    parser.add_argument(
        "--quiet",
        "-q",
        action="store_true",
        help="print the findings only: no summary line, no notices about skipped paths",
    )
    parser.add_argument(
        "--output-file",
        "-o",
        type=Path,
        metavar="PATH",
        help="write the report to PATH instead of standard output (any --output-format)",
    )
    add_fix_options(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> ExitCode:
    """Check every input and print the report (of the files checked so far, when the run
    stopped early); the exit code says how it went."""
    from figcheck.lint.reporters import render

    checked = lint_all(args)
    if args.diff:
        return show_diff(checked.result, safe_only=args.fix)
    if args.fix and apply_fixes(checked.result):
        checked = lint_all(args)  # report the files as they now are
    result = checked.result
    output = render(
        result,
        args.output_format,
        color=use_color(args.color, to_file=args.output_file is not None),
        statistics=args.statistics,
    )
    if args.quiet and args.output_format == "text":
        output = without_summary(output)
    write_report(output, args.output_file)
    if args.output_format != "text":  # the text report lists them itself
        for failed in result.errors:
            if failed.path not in checked.announced:
                print(f"figcheck: error: {failed.error}", file=sys.stderr)
    status = _exit_code(checked)
    return ExitCode.CLEAN if args.exit_zero and status is ExitCode.FINDINGS else status


def without_summary(output: str) -> str:
    """The text report without its last line, the summary (``Found 2 findings …``, ``All
    checks passed.``), and without the blank line that ends the last finding block."""
    lines = output.splitlines(keepends=True)[:-1]
    if lines and lines[-1] == "\n":
        lines.pop()
    return "".join(lines)


def write_report(output: str, path: Path | None) -> None:
    """The report on standard output, or in the file ``path`` (as UTF-8, replaced whole);
    a file that cannot be written is a ``FigcheckError`` (exit status 2)."""
    if output and not output.endswith("\n"):
        output += "\n"
    if path is None:
        sys.stdout.write(output)
        return
    try:
        path.write_text(output, encoding="utf-8")
    except OSError as error:
        raise InputError(f"{path}: cannot write the report: {error.strerror or error}") from error


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
    quiet: bool = False

    def skipped(self, skipped: Skipped) -> None:
        """Say it now (a long run should not keep it for the end); an unlisted folder is also
        an unreadable input, reported as one."""
        announce(skipped, quiet=self.quiet)
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


def announce(skipped: Skipped, *, quiet: bool = False) -> None:
    """One line on standard error: ``figcheck: notice: docs/pipe.md: skipped: …`` (an error
    is said even when ``quiet``; a notice is not)."""
    if quiet and not skipped.error:
        return
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
    walk = Walk(quiet=args.quiet)
    for name in args.paths:
        for path in expand_paths([name], finder.for_path(name), walk.skipped):
            walk.entries.append(path)  # after any folder the walk reported on the way
    paths = walk.paths()
    linted = lint_paths(paths, args, options, args.jobs or default_jobs(paths))
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


def use_color(choice: str, *, to_file: bool = False) -> bool:
    """``auto``: colour only on a terminal (never into ``--output-file``), and never when
    NO_COLOR is set to a non-empty value (https://no-color.org) or TERM is ``dumb``;
    ``always`` and ``never`` are the user's explicit word and win over NO_COLOR."""
    if choice != "auto":
        return choice == "always"
    return (
        not to_file
        and sys.stdout.isatty()
        and not os.environ.get("NO_COLOR")
        and os.environ.get("TERM") != "dumb"
    )
