"""Every configuration key: its parser, and error messages that point at the offending place.

A key's parser takes the raw value (from TOML, or from the command line) and returns the
typed value of one ``Settings`` field, or raises ``ConfigError`` saying where the value came
from, which key it is, what is allowed and what was given. File values and command-line values
go through the same parsers, so they cannot drift apart.
"""

from __future__ import annotations

import datetime as dt
import difflib
import functools
import json
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from figcheck.errors import ConfigError
from figcheck.lint._settings_globs import Glob
from figcheck.lint.documents import Format
from figcheck.model import Severity
from figcheck.rules.config import ROUNDINGS, rule_matches

#: Patterns for the values that are strings with a shape.
VALUE_PATTERNS = {
    # A calendar date, exactly YYYY-MM-DD (``date.fromisoformat`` alone also takes 20240501).
    "date": re.compile(r"\d{4}-\d{2}-\d{2}"),
    # A language ("en", "fil"), then optionally "_" or "-" and a territory ("CA") or a script
    # ("Hant"); figcheck only uses the territory, to read "$" and "dollars".
    "locale": re.compile(
        r"""
        (?P<language> [a-z]{2,3} )
        (?: [_-] (?P<subtag> [A-Za-z]{2,4} ) )?
        """,
        re.VERBOSE,
    ),
}


@dataclass(frozen=True, slots=True)
class Place:
    """Where a value comes from, for error messages: a file (and its table) or the command line.

    ``base`` is the folder relative paths and globs are resolved against.
    """

    origin: str
    base: Path
    key: str = ""
    command_line: bool = False

    def at(self, key: str) -> Place:
        """The place of ``key`` in this table: ``tolerance``, then ``tolerance.reference``."""
        if self.command_line:
            return Place(self.origin, self.base, "--" + key, command_line=True)
        return Place(self.origin, self.base, f"{self.key}.{key}" if self.key else key)

    def error(self, problem: str) -> ConfigError:
        """``pyproject.toml: [tool.figcheck] fail-on: must be one of … got "fatal"``."""
        return ConfigError(f"{self.origin} {self.key}: {problem}")


Parser = Callable[[object, Place], Any]


@dataclass(frozen=True, slots=True)
class Key:
    """A configuration key: the ``Settings`` field it sets and how its value is read."""

    field: str
    parse: Parser


def parse_table(table: Mapping[str, object], place: Place) -> dict[str, Any]:
    """The ``Settings`` fields a configuration table sets, every key and value checked."""
    return _parse_keys(table, KEYS, place)


def parse_options(options: Mapping[str, object], place: Place) -> dict[str, Any]:
    """The ``Settings`` fields command-line options set, keyed by field name."""
    by_field = {key.field: key for _, key in _flat_keys(KEYS)}
    return {
        name: by_field[name].parse(value, place.at(name.replace("_", "-")))
        for name, value in options.items()
    }


def option_fields() -> frozenset[str]:
    """The ``Settings`` fields a command-line option may set (all but the tables of globs)."""
    return frozenset(key.field for _, key in _flat_keys(KEYS)) - {"per_file_ignores", "formats"}


def _parse_keys(table: Mapping[str, object], keys: KeyTable, place: Place) -> dict[str, Any]:
    changes: dict[str, Any] = {}
    for name, value in table.items():
        spec = keys.get(name)
        here = place.at(name)
        if spec is None:
            raise here.error(_unknown_key(name, keys, place))
        if isinstance(spec, Key):
            changes[spec.field] = spec.parse(value, here)
        else:
            changes.update(_parse_keys(_table(value, here), spec, here))
    return changes


def _unknown_key(name: str, keys: KeyTable, place: Place) -> str:
    """The problem with an unknown key: a close match if any, then the keys allowed there."""
    close = difflib.get_close_matches(name, list(keys), n=1)
    hint = f" (did you mean {_show(close[0])}?)" if close else ""
    if name == "tool" and not place.key and "[tool.figcheck]" not in place.origin:
        hint = " (a figcheck.toml holds the keys at the top level, without [tool.figcheck])"
    return f"unknown key{hint}; the keys are: {', '.join(sorted(keys))}"


def _flat_keys(keys: KeyTable, prefix: str = "") -> list[tuple[str, Key]]:
    found: list[tuple[str, Key]] = []
    for name, spec in keys.items():
        if isinstance(spec, Key):
            found.append((prefix + name, spec))
        else:
            found.extend(_flat_keys(spec, f"{prefix}{name}."))
    return found


# --- values -----------------------------------------------------------------------------------


def _show(value: object) -> str:
    """A value as it would be written in TOML, so the message quotes what the user wrote."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, int | float | Decimal | Path):
        return str(value)
    if isinstance(value, Mapping):
        return "a table"
    return "a list" if isinstance(value, list | tuple) else type(value).__name__


def _table(value: object, place: Place) -> Mapping[str, object]:
    if not isinstance(value, Mapping):
        raise place.error(f"must be a table, got {_show(value)}")
    return value


def _strings(value: object, place: Place, what: str) -> tuple[str, ...]:
    """A list of non-empty strings (a tuple from the command line is a list too)."""
    if not isinstance(value, list | tuple) or not all(isinstance(item, str) for item in value):
        raise place.error(f"must be a list of {what}, got {_show(value)}")
    if not all(value):
        raise place.error(f"must be a list of {what}, got an empty string in it")
    return tuple(value)


def _rules(value: object, place: Place) -> tuple[str, ...]:
    """Rule codes ("FC101"), code prefixes ("FC1") or rule names ("magnitude-slip")."""
    keys = _strings(value, place, "rule codes or names")
    for key in keys:
        _check_rule(key, place)
    return keys


def _check_rule(key: str, place: Place) -> None:
    from figcheck.rules import all_rules  # the rules import the configuration

    rules = all_rules()
    if any(rule_matches(rule.code, rule.name, key) for rule in rules):
        return
    words = [rule.code for rule in rules] + [rule.name for rule in rules]
    close = difflib.get_close_matches(key, words, n=1)
    hint = f" (did you mean {_show(close[0])}?)" if close else ""
    raise place.error(
        f"unknown rule {_show(key)}{hint}; use a code (FC101), a code prefix (FC1) "
        "or a rule name (magnitude-slip)"
    )


def _globs(value: object, place: Place) -> tuple[Glob, ...]:
    patterns = _strings(value, place, "glob patterns")
    return tuple(_glob(pattern, place) for pattern in patterns)


def _glob(pattern: str, place: Place) -> Glob:
    """A glob, or an error naming the key and the pattern (``exclude: invalid glob "["``)."""
    try:
        return Glob.compile(pattern, place.base)
    except ConfigError as error:
        raise place.error(f"invalid glob {_show(pattern)}: {error}") from None


def _per_file_ignores(value: object, place: Place) -> tuple[tuple[Glob, tuple[str, ...]], ...]:
    """``{"docs/archive/*.md" = ["FC102"]}``: the rules left out for the files a glob matches."""
    return tuple(
        (_glob(pattern, place), _rules(rules, _glob_key(place, pattern)))
        for pattern, rules in _table(value, place).items()
    )


def _formats(value: object, place: Place) -> tuple[tuple[Glob, Format], ...]:
    """``{"notes/*.txt" = "markdown"}``: the markup of the files a glob matches."""
    return tuple(
        (_glob(pattern, place), _format(name, _glob_key(place, pattern)))
        for pattern, name in _table(value, place).items()
    )


def _glob_key(place: Place, pattern: str) -> Place:
    if not pattern:
        raise place.error("a glob pattern must not be empty")
    return Place(place.origin, place.base, f"{place.key}.{_show(pattern)}", place.command_line)


def _format(value: object, place: Place) -> Format:
    return Format(_choice(value, place, [member.value for member in Format]))


def _severity(value: object, place: Place) -> Severity:
    return Severity(_choice(value, place, [member.value for member in Severity]))


def _rounding(value: object, place: Place) -> str:
    return _choice(value, place, list(ROUNDINGS))


def _choice(value: object, place: Place, allowed: list[str]) -> str:
    if isinstance(value, str) and value in allowed:
        return value
    listed = ", ".join(_show(choice) for choice in allowed)
    raise place.error(f"must be one of {listed}, got {_show(value)}")


def _fraction(value: object, place: Place) -> Decimal:
    """A tolerance: a number, or a string holding one, from 0 to 1 (exclusive).

    A TOML float goes through ``str()`` first: ``Decimal(0.03)`` would carry the binary noise
    of the float, ``Decimal("0.03")`` is what the user wrote.
    """
    problem = f"must be a number from 0 to 1 (exclusive), got {_show(value)}"
    if isinstance(value, bool) or not isinstance(value, int | float | str | Decimal):
        raise place.error(problem)
    try:
        number = Decimal(str(value).strip())
    except InvalidOperation:
        raise place.error(problem) from None
    if not number.is_finite() or not 0 <= number < 1:
        raise place.error(problem)
    return number


def _days(value: object, place: Place) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 366:
        raise place.error(f"must be a whole number of days from 0 to 366, got {_show(value)}")
    return value


def _date(value: object, place: Place) -> dt.date:
    """A TOML date (``date = 2024-05-01``) or a string in YYYY-MM-DD form."""
    if isinstance(value, dt.datetime):
        raise place.error(f"must be a date without a time, got {_show(value)}")
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str) or not VALUE_PATTERNS["date"].fullmatch(value):
        raise place.error(f"must be a date in YYYY-MM-DD form, got {_show(value)}")
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise place.error(f"is not a calendar date: {_show(value)}") from None


def _locale(value: object, place: Place) -> str:
    """A locale such as "en_CA": its shape by pattern, then its parts against CLDR (babel)."""
    match = VALUE_PATTERNS["locale"].fullmatch(value) if isinstance(value, str) else None
    if match is None:
        raise place.error(
            'must be a locale such as "en" or "en_CA" (a language code, then optionally "_" '
            f'or "-" and a territory), got {_show(value)}'
        )
    language, subtag = match.group("language", "subtag")
    names = _cldr_names()
    if language not in names["languages"]:
        raise place.error(f"unknown language {_show(language)} in {_show(value)}")
    known = names["territories"] | names["scripts"]
    if subtag and subtag.upper() not in known and subtag.title() not in known:
        raise place.error(f"unknown territory {_show(subtag)} in {_show(value)}")
    return str(value)


@functools.cache
def _cldr_names() -> dict[str, frozenset[str]]:
    """CLDR's language, territory and script codes; babel is imported only when needed."""
    from babel import Locale

    english = Locale("en")
    return {
        "languages": frozenset(english.languages),
        "territories": frozenset(english.territories) - {"ZZ"},  # "Unknown Region"
        "scripts": frozenset(english.scripts),
    }


def _rates(value: object, place: Place) -> Path:
    """A rate table's path, relative to the configuration file's folder; it must exist."""
    if not isinstance(value, str | Path) or not str(value):
        raise place.error(f"must be the path of a rate table, got {_show(value)}")
    path = (place.base / value).resolve()
    if not path.is_file():
        raise place.error(f"no such file: {path}")
    from figcheck.rates.tables import load_rate_table  # a bad table is reported when it is named

    load_rate_table(path)
    return path


def _flag(value: object, place: Place) -> bool:
    if not isinstance(value, bool):
        raise place.error(f"must be true or false, got {_show(value)}")
    return value


KeyTable = Mapping[str, "Key | KeyTable"]

#: Every key, as written in the files (kebab-case), and the field it sets.
KEYS: KeyTable = {
    "select": Key("select", _rules),
    "extend-select": Key("extend_select", _rules),
    "ignore": Key("ignore", _rules),
    "extend-ignore": Key("extend_ignore", _rules),
    "per-file-ignores": Key("per_file_ignores", _per_file_ignores),
    "include": Key("include", _globs),
    "extend-include": Key("extend_include", _globs),
    "exclude": Key("exclude", _globs),
    "extend-exclude": Key("extend_exclude", _globs),
    "date": Key("date", _date),
    "locale": Key("locale", _locale),
    "tolerance": {
        "consistency": Key("consistency_tolerance", _fraction),
        "reference": Key("reference_tolerance", _fraction),
        "reference-window-days": Key("reference_window_days", _days),
        "lookback-days": Key("lookback_days", _days),
    },
    "rates": Key("rates", _rates),
    "fail-on": Key("fail_on", _severity),
    "format": Key("formats", _formats),
    "report-unused-suppressions": Key("report_unused_suppressions", _flag),
    "rounding": Key("rounding", _rounding),
}
