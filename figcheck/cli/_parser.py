"""An ``ArgumentParser`` whose usage errors are one line with a "did you mean …?" hint.

argparse answers a mistyped option with the whole usage block, several lines that hide the one
that matters. Here a usage error is a single line on standard error, ``figcheck check: error:
…``, with the closest known option, subcommand or choice when there is one (``difflib``, as
ruff and git suggest), and a pointer to ``--help``. The exit status stays 2.
"""

from __future__ import annotations

import argparse
import difflib
import re
import sys
from collections.abc import Iterable, Sequence
from typing import Any, NoReturn

from figcheck.cli._exit import ExitCode

PATTERNS = {
    # argparse's own words for a value outside ``choices`` (quotes differ between versions).
    "choice": re.compile(r"invalid choice: '(?P<value>[^']*)' \(choose from (?P<choices>.*)\)"),
}


class Parser(argparse.ArgumentParser):
    """argparse with one-line usage errors; its subcommand parsers are of the same class.

    ``commands`` maps each subcommand's name to its parser, to suggest that parser's options.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.commands: dict[str, argparse.ArgumentParser] = {}

    def error(self, message: str) -> NoReturn:
        """Print ``PROG: error: MESSAGE (did you mean …?)`` and exit with 2."""
        hint = choice_hint(message)
        print(f"{self.prog}: error: {message}{hint}", file=sys.stderr)
        print(f"Run '{self.prog} --help' for the options.", file=sys.stderr)
        raise SystemExit(ExitCode.ERROR)

    def option_strings(self) -> list[str]:
        """Every option this parser knows (``--select``, ``-j`` …), for suggestions."""
        return [option for action in self._actions for option in action.option_strings]


def choice_hint(message: str) -> str:
    """`` (did you mean 'json'?)`` for an ``invalid choice`` message close to a choice."""
    match = PATTERNS["choice"].search(message)
    if match is None:
        return ""
    choices = [choice.strip().strip("'") for choice in match["choices"].split(",")]
    return suggestion(match["value"], choices)


def suggestion(word: str, known: Iterable[str]) -> str:
    """`` (did you mean 'x'?)`` when ``word`` is close to one of ``known``, else ""."""
    close = difflib.get_close_matches(word, list(known), n=1, cutoff=0.6)
    return f" (did you mean {close[0]!r}?)" if close else ""


def unknown_arguments(parser: Parser, extras: Sequence[str]) -> str:
    """The message for arguments no option takes: the first one, and the closest option."""
    first = extras[0]
    option = first.split("=", 1)[0]
    hint = suggestion(option, parser.option_strings()) if option.startswith("-") else ""
    more = f" (and {len(extras) - 1} more)" if len(extras) > 1 else ""
    return f"unrecognized argument {first!r}{more}{hint}"
