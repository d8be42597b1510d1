"""The command line: ``figcheck check``, ``extract`` and ``explain``.

Exit codes (``ExitCode``): 0 no finding at or above ``--fail-on``; 1 such findings; 2 a usage,
configuration or input error (an unreadable file, a folder that cannot be listed, a FIFO or
device named as an input, or a file a dead worker left unchecked is reported, the other files
are still checked, and the run ends with 2); 130 after Ctrl-C (``check`` first reports what it
found so far).
"""

from __future__ import annotations

import sys
import warnings
from collections.abc import Sequence
from typing import TextIO

from figcheck.cli._exit import ExitCode
from figcheck.cli._parser import Parser, unknown_arguments
from figcheck.errors import FigcheckError


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` (default ``sys.argv[1:]``); return the exit code."""
    warnings.showwarning = _show_warning
    parser = build_parser()
    args, extras = parser.parse_known_args(argv)
    if extras:
        command = parser.commands.get(args.command or "")
        target = command if isinstance(command, Parser) else parser
        target.error(unknown_arguments(target, extras))
    if args.command is None:
        parser.print_help(sys.stderr)
        return ExitCode.ERROR
    try:
        return int(args.run(args))
    except FigcheckError as error:
        print(f"figcheck: error: {error}", file=sys.stderr)
        return ExitCode.ERROR
    except BrokenPipeError:
        return ExitCode.CLEAN  # "figcheck … | head" closed the pipe: not an error
    except KeyboardInterrupt:  # anywhere else than while files are checked (that reports)
        print("figcheck: interrupted", file=sys.stderr)
        return ExitCode.INTERRUPTED


def _show_warning(
    message: Warning | str,
    category: type[Warning],
    filename: str,
    lineno: int,
    file: TextIO | None = None,
    line: str | None = None,
) -> None:
    """A warning (a damaged rate cache, say) as one line, like the CLI's errors."""
    print(f"figcheck: warning: {message}", file=file or sys.stderr)


def build_parser() -> Parser:
    """The parser with every subcommand."""
    from figcheck import __version__
    from figcheck.cli import _check, _explain, _extract, _rates

    parser = Parser(prog="figcheck", description="Find money figures in prose that do not add up.")
    parser.add_argument("--version", action="version", version=f"figcheck {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    _check.register(commands)
    _extract.register(commands)
    _explain.register(commands)
    _rates.register(commands)
    parser.commands = dict(commands.choices)
    return parser


__all__ = ["ExitCode", "build_parser", "main"]
