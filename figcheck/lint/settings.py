"""Configuration files: where they are, what they say, and what that means for one file.

Settings come in three layers, each overriding the one before: the defaults, one configuration
file, and the command line (``merge_cli``). The file is ``figcheck.toml`` (keys at the top
level) or the ``[tool.figcheck]`` table of ``pyproject.toml``, found by walking up from the
checked path; ``docs/configuration.md`` lists every key.

``Settings`` is what the file said, checked and typed; its methods answer the questions a run
asks about one path: which rules and tolerances (``config_for``), whether a folder walk takes
it (``is_included``, ``is_excluded``), which markup it is in (``format_for``).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import difflib
import os
import re
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any, TypedDict, Unpack

from figcheck.checking import selected_modules
from figcheck.errors import ConfigError
from figcheck.lint._settings_globs import Glob, Target
from figcheck.lint._settings_keys import Place, option_fields, parse_options, parse_table
from figcheck.lint.documents import EXTENSIONS, Format
from figcheck.model import Severity
from figcheck.rates.source import RateSource
from figcheck.rules.config import (
    CONSISTENCY_TOLERANCE,
    LOOKBACK_DAYS,
    REFERENCE_TOLERANCE,
    REFERENCE_WINDOW_DAYS,
    Config,
)
from figcheck.rules.fc405_unused_suppression import RULE as UNUSED_SUPPRESSION

#: The configuration files looked for in each folder, the first one found winning.
CONFIG_FILES = ("figcheck.toml", "pyproject.toml")

#: Files a folder walk checks: every file name ending figcheck reads a markup from.
DEFAULT_INCLUDE = tuple(f"*{ending}" for ending in EXTENSIONS)

#: Files and folders a folder walk skips: hidden ones (.git, .venv, .tox …), other version
#: control, virtual environments, dependencies and build output.
DEFAULT_EXCLUDE = (
    ".*",
    "CVS",
    "_darcs",
    "venv",
    "node_modules",
    "site-packages",
    "__pycache__",
    "build",
    "_build",
    "dist",
)


def _default_globs(patterns: tuple[str, ...]) -> tuple[Glob, ...]:
    """The defaults are names without "/", so no folder anchors them."""
    return tuple(Glob.compile(pattern, Path()) for pattern in patterns)


@dataclass(frozen=True, slots=True)
class Settings:
    """What the configuration says, each field with its documented default.

    ``path`` is the file the values came from (None: defaults and command line only). Globs
    keep the folder they are relative to, so file and command-line patterns can be mixed.
    ``select``, ``extend_select``, ``ignore`` and ``extend_ignore`` take rule codes, code
    prefixes or rule names, as ``Config`` does.
    """

    path: Path | None = None
    select: tuple[str, ...] = ()
    extend_select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    extend_ignore: tuple[str, ...] = ()
    per_file_ignores: tuple[tuple[Glob, tuple[str, ...]], ...] = ()
    include: tuple[Glob, ...] = _default_globs(DEFAULT_INCLUDE)
    extend_include: tuple[Glob, ...] = ()
    exclude: tuple[Glob, ...] = _default_globs(DEFAULT_EXCLUDE)
    extend_exclude: tuple[Glob, ...] = ()
    date: dt.date | None = None
    locale: str | None = None
    consistency_tolerance: Decimal = CONSISTENCY_TOLERANCE
    reference_tolerance: Decimal = REFERENCE_TOLERANCE
    reference_window_days: int = REFERENCE_WINDOW_DAYS
    lookback_days: int = LOOKBACK_DAYS
    rates: Path | None = None
    fail_on: Severity = Severity.WARNING
    formats: tuple[tuple[Glob, Format], ...] = ()
    report_unused_suppressions: bool = False
    rounding: str = "both"

    def config_for(self, path: Path) -> Config:
        """The ``Config`` to check ``path`` with: the rule selection (with the per-file ignores
        whose glob matches ``path``), the tolerances, and the reference source: the ``rates``
        table first, then the ECB (the table is parsed once per run, however many files).
        """
        target = Target.of(Path(path))
        per_file = tuple(
            key for glob, keys in self.per_file_ignores if glob.matches(target) for key in keys
        )
        unused = (UNUSED_SUPPRESSION.code,) if self.report_unused_suppressions else ()
        return Config(
            select=self.select,
            ignore=self.ignore + self.extend_ignore + per_file,
            extend_select=self.extend_select + unused,
            consistency_tolerance=self.consistency_tolerance,
            reference_tolerance=self.reference_tolerance,
            reference_window_days=self.reference_window_days,
            lookback_days=self.lookback_days,
            rates=None if self.rates is None else _table_source(self.rates, self.lookback_days),
            rounding=self.rounding,
        )

    def reports_unused_suppressions(self, path: Path) -> bool:
        """True when FC405 is selected for ``path``, by ``report-unused-suppressions`` or by
        the rule selection (``extend-select = ["FC405"]``), and not ignored for it."""
        modules = selected_modules(self.config_for(path))
        return any(module.RULE.code == UNUSED_SUPPRESSION.code for module in modules)

    def is_included(self, path: Path) -> bool:
        """Whether a folder walk takes ``path``: a folder unless excluded, a file when it is
        included and not excluded.

        Only the path itself is judged, not the folders above it: a walker asks about each
        folder before it enters it, which is how excluded folders are pruned. Files (and
        folders) named explicitly are always checked, so callers do not ask about those.
        """
        target = Target.of(Path(path))
        if self._excludes(target):
            return False
        return is_folder(Path(path)) or any(
            glob.matches(target) for glob in self.include + self.extend_include
        )

    def is_excluded(self, path: Path) -> bool:
        """Whether ``exclude`` or ``extend-exclude`` names ``path`` itself (a file or a folder;
        the folders above it are not judged)."""
        return self._excludes(Target.of(Path(path)))

    def _excludes(self, target: Target) -> bool:
        """``is_excluded`` for a path already resolved (``is_included`` resolves it once)."""
        return any(glob.matches(target) for glob in self.exclude + self.extend_exclude)

    def format_for(self, path: Path) -> Format | None:
        """The markup ``format`` assigns to ``path`` (the first matching glob), or None to let
        the file name decide."""
        target = Target.of(Path(path))
        return next((fmt for glob, fmt in self.formats if glob.matches(target)), None)


def is_folder(path: Path) -> bool:
    """``Path.is_dir``, false rather than raising for a path the system cannot even look at
    (too long, for one): reading it then says why."""
    try:
        return path.is_dir()
    except OSError:
        return False


def _table_source(table: Path, lookback_days: int) -> RateSource:
    """The user table, then the ECB series (see ``figcheck.rates.sources``)."""
    from figcheck.rates.sources import build_source  # parses the table: only when configured

    return build_source(table, lookback_days=lookback_days)


def load_settings(start: Path, explicit: Path | None = None) -> Settings:
    """The settings for files under ``start`` (a file or a folder).

    ``explicit`` (``--config FILE``, relative to the working folder) overrides discovery; a
    ``pyproject.toml`` given so must have a ``[tool.figcheck]`` table. Without a file, the
    defaults. Raises ``ConfigError`` for an unreadable file, bad TOML or a bad key or value.
    """
    if explicit is not None:
        return _settings_from(explicit, _explicit_table(explicit))
    found = _discover(start)
    return Settings() if found is None else _settings_from(*found)


def find_config(start: Path) -> Path | None:
    """The configuration file that applies to ``start``, or None.

    From ``start`` (a folder, or the folder of a file) up to the filesystem root, the first
    folder with a ``figcheck.toml``, or a ``pyproject.toml`` that has a ``[tool.figcheck]``
    table, gives it; ``figcheck.toml`` wins in a folder that has both.
    """
    found = _discover(start)
    return None if found is None else found[0]


def _discover(start: Path) -> tuple[Path, Mapping[str, object]] | None:
    """The file ``find_config`` finds, with its figcheck table (read once)."""
    folder = Path(os.path.realpath(start))  # Path.resolve raises on a link loop
    if not folder.is_dir():
        folder = folder.parent
    for candidate in (folder, *folder.parents):
        own = candidate / CONFIG_FILES[0]
        if own.is_file():
            return own, _read_toml(own)
        pyproject = candidate / CONFIG_FILES[1]
        if pyproject.is_file():
            table = _tool_table(_read_toml(pyproject), pyproject)
            if table is not None:
                return pyproject, table
    return None


def _explicit_table(path: Path) -> Mapping[str, object]:
    """A file named on the command line: a pyproject.toml's table, or any other file's keys."""
    document = _read_toml(path)
    if path.name != CONFIG_FILES[1]:
        return document
    table = _tool_table(document, path)
    if table is None:
        raise ConfigError(f"{_display(path)}: has no [tool.figcheck] table")
    return table


def _tool_table(document: Mapping[str, object], path: Path) -> Mapping[str, object] | None:
    """The ``[tool.figcheck]`` table of a pyproject.toml, None when it has none."""
    tool = document.get("tool")
    table = tool.get("figcheck") if isinstance(tool, Mapping) else None
    if table is not None and not isinstance(table, Mapping):
        raise ConfigError(f"{_display(path)}: [tool.figcheck] must be a table")
    return table


#: Where tomllib puts the position of a syntax error: at the end of its message, as in
#: "Invalid value (at line 3, column 7)" (Python 3.14 adds attributes; 3.11 has only this).
TOML_POSITION = re.compile(
    r"""
    \s* \( at \s line \s (?P<line> \d+ ) , \s column \s (?P<column> \d+ ) \) $
    """,
    re.VERBOSE,
)


def _read_toml(path: Path) -> dict[str, Any]:
    """A TOML file; every way that fails becomes a ``ConfigError`` naming the file (and, for
    bad TOML, the line and column, as ``file:line:column:`` like findings), nesting too deep
    for the parser's recursion included."""
    name = _display(path)
    try:
        text = path.read_bytes().decode("utf-8")
    except FileNotFoundError:
        raise ConfigError(f"{name}: no such configuration file") from None
    except OSError as error:
        raise ConfigError(f"{name}: cannot read: {error.strerror or error}") from error
    except UnicodeDecodeError as error:
        raise ConfigError(f"{name}: not valid UTF-8 at byte {error.start}") from error
    try:
        return tomllib.loads(text)
    except RecursionError:  # tomllib recurses once per nested array or inline table
        raise ConfigError(f"{name}: invalid TOML: arrays or tables nested too deeply") from None
    except tomllib.TOMLDecodeError as error:
        message = str(error)
        position = TOML_POSITION.search(message)
        if position is None:
            raise ConfigError(f"{name}: invalid TOML: {message}") from error
        where = f"{name}:{position['line']}:{position['column']}"
        raise ConfigError(f"{where}: invalid TOML: {message[: position.start()]}") from error


def _settings_from(path: Path, table: Mapping[str, object]) -> Settings:
    """The settings of one file's table, relative paths and globs taken from its folder."""
    resolved = Path(path).resolve()
    origin = f"{_display(path)}:"
    if resolved.name == CONFIG_FILES[1]:
        origin += " [tool.figcheck]"
    changes = parse_table(table, Place(origin, resolved.parent))
    return dataclasses.replace(Settings(path=resolved), **changes)


def _display(path: Path) -> str:
    """A path for messages: relative to the working folder when it is inside it."""
    absolute = Path(path).absolute()
    try:
        return str(absolute.relative_to(Path.cwd()))
    except ValueError:
        return str(absolute)


class CommandLine(TypedDict, total=False):
    """The options ``merge_cli`` takes; None (or leaving one out) means "not given".

    Values are what ``argparse`` gives (strings, lists of strings) or already typed ones;
    both are checked like file values. Globs and ``rates`` are relative to the working folder.
    """

    select: Sequence[str] | None
    extend_select: Sequence[str] | None
    ignore: Sequence[str] | None
    extend_ignore: Sequence[str] | None
    include: Sequence[str] | None
    extend_include: Sequence[str] | None
    exclude: Sequence[str] | None
    extend_exclude: Sequence[str] | None
    date: dt.date | str | None
    locale: str | None
    consistency_tolerance: Decimal | float | str | None
    reference_tolerance: Decimal | float | str | None
    reference_window_days: int | None
    lookback_days: int | None
    rates: Path | str | None
    fail_on: Severity | str | None
    report_unused_suppressions: bool | None
    rounding: str | None


#: Options that add to the file's value instead of replacing it.
ADDED_OPTIONS = ("extend_select", "ignore", "extend_ignore", "extend_include", "extend_exclude")
#: What ``--select`` sets aside: the command line names the rules to run, and only those.
SELECT_RESETS: dict[str, Any] = {
    "extend_select": (),
    "ignore": (),
    "extend_ignore": (),
    "report_unused_suppressions": False,
}


def merge_cli(settings: Settings, **overrides: Unpack[CommandLine]) -> Settings:
    """``settings`` with the command line's options on top.

    Like ruff: ``select`` starts the rule selection over (the file's ``select``,
    ``extend-select``, ``ignore``, ``extend-ignore`` and ``report-unused-suppressions`` are set
    aside; its ``per-file-ignores`` still apply); ``extend_select``, ``ignore``,
    ``extend_ignore``, ``extend_include`` and ``extend_exclude`` add to the file's values;
    every other option replaces the file's value. Raises ``ConfigError`` for a bad value and
    ``TypeError`` for an option that does not exist.
    """
    unknown = sorted(set(overrides) - option_fields())
    if unknown:
        close = difflib.get_close_matches(unknown[0], sorted(option_fields()), n=1)
        hint = f" (did you mean {close[0]!r}?)" if close else ""
        raise TypeError(f"merge_cli() got an unknown option {unknown[0]!r}{hint}")
    given = {name: value for name, value in overrides.items() if value is not None}
    changes = parse_options(given, Place("command line:", Path.cwd(), command_line=True))
    if "select" in changes:
        settings = dataclasses.replace(settings, **SELECT_RESETS)
    for name in ADDED_OPTIONS:
        if name in changes:
            changes[name] = getattr(settings, name) + changes[name]
    return dataclasses.replace(settings, **changes)
