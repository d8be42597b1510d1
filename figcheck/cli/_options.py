"""Options shared by the subcommands, and how they become settings for one file."""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import os
from pathlib import Path

from figcheck.lint.documents import Format
from figcheck.lint.settings import Settings, is_folder, load_settings, merge_cli
from figcheck.model import Severity


def add_document_options(parser: argparse.ArgumentParser) -> None:
    """Options about reading documents: paths, configuration, date, locale, format."""
    parser.add_argument(
        "paths", nargs="+", metavar="PATH", help="files or folders to check; - reads stdin"
    )
    parser.add_argument(
        "--config", type=Path, help="configuration file (default: found by walking up)"
    )
    parser.add_argument(
        "--date", type=parse_date, help="document date YYYY-MM-DD (default: from the document)"
    )
    parser.add_argument(
        "--locale",
        help="locale of the documents, such as de, fr_CH, pt_BR or en_CA: how numbers are "
        "written and which language is read (default: detected from each text, else English)",
    )
    parser.add_argument(
        "--format",
        choices=[f.value for f in Format],
        help="markup of every input (default: from the file name; text for stdin)",
    )
    parser.add_argument(
        "--stdin-filename", default="-", help="name to report for stdin (default: -)"
    )
    parser.add_argument(
        "--exclude",
        type=patterns,
        action="extend",
        metavar="GLOBS",
        help="paths a folder walk skips, comma-separated globs; replaces the configured and "
        "default list (.git, node_modules …), as the exclude key does",
    )
    parser.add_argument(
        "--extend-exclude",
        type=patterns,
        action="extend",
        metavar="GLOBS",
        help="more paths a folder walk skips, added to the exclude list",
    )


def add_rule_options(parser: argparse.ArgumentParser) -> None:
    """Rule selection, as in ruff: codes, code prefixes or rule names, comma-separated; an
    option given twice adds to itself (``--select FC1 --select FC3`` selects both)."""
    for option, meaning in (
        ("--select", "only these rules (default: all default)"),
        ("--extend-select", "add these rules to the selection"),
        ("--ignore", "leave these rules out"),
    ):
        parser.add_argument(option, type=codes, action="extend", metavar="RULES", help=meaning)
    parser.add_argument(
        "--fail-on",
        choices=[s.value for s in Severity],
        help="lowest severity that makes the exit status 1 (default: warning)",
    )
    parser.add_argument(
        "--rates", type=Path, help="rate table (CSV or JSON) asked before the ECB series"
    )


def parse_date(text: str) -> dt.date:
    """A YYYY-MM-DD date, or an argparse error."""
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date in YYYY-MM-DD form: {text!r}") from None


def codes(text: str) -> tuple[str, ...]:
    """ "FC101,FC2" → ("FC101", "FC2")."""
    return tuple(part.strip() for part in text.split(",") if part.strip())


def patterns(text: str) -> tuple[str, ...]:
    """ "drafts/*,*.txt" → ("drafts/*", "*.txt"): globs, comma-separated as in ruff."""
    return tuple(part.strip() for part in text.split(",") if part.strip())


class SettingsFinder:
    """Settings per folder (configuration files are found by walking up from each input), with
    the command line's options on top."""

    def __init__(self, args: argparse.Namespace) -> None:
        self._args = args

    def for_path(self, name: str) -> Settings:
        """The settings that apply to input ``name``: found from the folder itself for a
        folder (its own configuration file decides what its walk skips), else from the file's
        folder. ``realpath``, unlike ``Path.resolve``, does not raise on a link loop."""
        if name == "-":
            return self._for_folder(Path.cwd())
        path = Path(os.path.realpath(name))
        return self._for_folder(path if is_folder(path) else path.parent)

    @functools.cache  # noqa: B019 -- one finder per run; the cache dies with it
    def _for_folder(self, folder: Path) -> Settings:
        args = self._args
        settings = load_settings(folder, args.config)
        return merge_cli(
            settings,
            select=args.select,
            extend_select=args.extend_select,
            ignore=args.ignore,
            exclude=getattr(args, "exclude", None),
            extend_exclude=getattr(args, "extend_exclude", None),
            fail_on=args.fail_on,
            rates=getattr(args, "rates", None),
        )
