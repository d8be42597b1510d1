"""``figcheck explain CODE``: a rule's documentation, the same text as docs/rules/CODE.md."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from figcheck.cli._exit import ExitCode


def register(commands: Any) -> None:
    """Add the ``explain`` subcommand."""
    parser = commands.add_parser("explain", help="print a rule's documentation")
    parser.add_argument("code", metavar="CODE", help="a rule code (FC101) or name")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> ExitCode:
    """Print the rule's page, or say that there is no such rule."""
    from figcheck.rules.docs import explain

    try:
        sys.stdout.write(explain(args.code))
    except KeyError:
        print(f"figcheck: error: no rule {args.code!r} (see docs/rules/index.md)", file=sys.stderr)
        return ExitCode.ERROR
    return ExitCode.CLEAN
