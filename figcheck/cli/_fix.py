"""``figcheck check --diff`` and ``--fix``: the suggested fixes, shown or written back.

``--diff`` prints every suggested change as a unified diff and rewrites nothing; with
``--fix`` too it shows only what ``--fix`` would write. ``--fix`` applies the fixes marked
safe (a magnitude slip or an inverted rate whose expected figure is unambiguous), says on
standard error what it changed, and then checks the inputs again, so the report and the exit
status describe the files as they now are.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter

from figcheck.cli._exit import ExitCode
from figcheck.lint.fixes import unified_diff, write_fixes
from figcheck.lint.results import RunResult


def add_fix_options(parser: argparse.ArgumentParser) -> None:
    """The two options, on ``figcheck check``."""
    parser.add_argument(
        "--diff",
        action="store_true",
        help="print the suggested fixes as a unified diff and change nothing "
        "(exit 1 when there is one)",
    )
    parser.add_argument(
        "--fix",
        action="store_true",
        help="apply the fixes marked safe to the files, then report what is left",
    )


def show_diff(run: RunResult, *, safe_only: bool) -> ExitCode:
    """Print the diff; 1 when it is not empty, 2 when an input could not be read."""
    diff = unified_diff(run, safe_only=safe_only)
    sys.stdout.write(diff)
    for failed in run.errors:
        print(f"figcheck: error: {failed.error}", file=sys.stderr)
    if run.errors:
        return ExitCode.ERROR
    return ExitCode.FINDINGS if diff else ExitCode.CLEAN


def apply_fixes(run: RunResult) -> int:
    """Write the safe fixes; say what was fixed and what was left alone. The number of
    fixes made is returned."""
    written = write_fixes(run)
    for reason in written.skipped:
        print(f"figcheck: notice: {reason}", file=sys.stderr)
    if written.edits:
        files = len({edit.path for edit in written.edits})
        codes = Counter(edit.code for edit in written.edits)
        by_code = ", ".join(f"{code} ×{n}" for code, n in sorted(codes.items()))
        count = len(written.edits)
        print(
            f"figcheck: fixed {count} finding{'' if count == 1 else 's'} ({by_code}) "
            f"in {files} file{'' if files == 1 else 's'}",
            file=sys.stderr,
        )
    return len(written.edits)
