"""The configuration layer: finding the file, reading every key, and what it means per path.

Every test writes real files under ``tmp_path`` and works from there as the working folder, so
error messages name files the way a user would see them ("figcheck.toml: …").
"""

from __future__ import annotations

import datetime as dt
import textwrap
import typing
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

import figcheck
from figcheck.errors import ConfigError
from figcheck.lint._settings_keys import option_fields
from figcheck.lint.documents import Format
from figcheck.lint.files import lint
from figcheck.lint.settings import (
    DEFAULT_EXCLUDE,
    DEFAULT_INCLUDE,
    CommandLine,
    Settings,
    find_config,
    load_settings,
    merge_cli,
)
from figcheck.lint.source import LintOptions
from figcheck.lint.walk import expand_paths
from figcheck.model import Severity


def write(path: Path, text: str) -> Path:
    """Write ``text`` (dedented) to ``path``, creating its folders; return the path."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty project folder that is also the working folder."""
    monkeypatch.chdir(tmp_path)
    return tmp_path


def settings_of(project: Path, text: str) -> Settings:
    """The settings of a ``figcheck.toml`` holding ``text``."""
    write(project / "figcheck.toml", text)
    return load_settings(project)


def message_of(project: Path, text: str, name: str = "figcheck.toml") -> str:
    """The ``ConfigError`` message that a configuration file holding ``text`` raises."""
    write(project / name, text)
    with pytest.raises(ConfigError) as raised:
        load_settings(project)
    return str(raised.value)


# --- discovery --------------------------------------------------------------------------------


def test_figcheck_toml_is_found_walking_up_from_a_folder(project: Path) -> None:
    config = write(project / "figcheck.toml", 'fail-on = "error"\n')
    (project / "docs" / "deep").mkdir(parents=True)
    settings = load_settings(project / "docs" / "deep")
    assert settings.path == config
    assert settings.fail_on is Severity.ERROR


def test_a_file_start_walks_up_from_its_folder(project: Path) -> None:
    config = write(project / "figcheck.toml", "")
    document = write(project / "docs" / "a.md", "text\n")
    assert find_config(document) == config


def test_figcheck_toml_wins_over_pyproject_in_the_same_folder(project: Path) -> None:
    write(project / "pyproject.toml", '[tool.figcheck]\nfail-on = "info"\n')
    write(project / "figcheck.toml", 'fail-on = "error"\n')
    settings = load_settings(project)
    assert settings.path == project / "figcheck.toml"
    assert settings.fail_on is Severity.ERROR


def test_the_nearest_folder_wins_whatever_the_file(project: Path) -> None:
    write(project / "figcheck.toml", 'fail-on = "error"\n')
    nearer = write(project / "docs" / "pyproject.toml", '[tool.figcheck]\nfail-on = "info"\n')
    settings = load_settings(project / "docs")
    assert settings.path == nearer
    assert settings.fail_on is Severity.INFO


def test_a_pyproject_without_the_table_is_walked_past(project: Path) -> None:
    config = write(project / "figcheck.toml", 'fail-on = "error"\n')
    write(project / "docs" / "pyproject.toml", '[project]\nname = "docs"\n[tool.black]\n')
    assert find_config(project / "docs") == config


def test_an_empty_figcheck_table_still_counts(project: Path) -> None:
    write(project / "figcheck.toml", 'fail-on = "error"\n')
    nearer = write(project / "docs" / "pyproject.toml", "[tool.figcheck]\n")
    settings = load_settings(project / "docs")
    assert settings.path == nearer
    assert settings.fail_on is Severity.WARNING


def test_without_a_file_the_defaults(project: Path) -> None:
    if find_config(project.parent) is not None:
        pytest.skip("a folder above the test folder has a figcheck configuration")
    assert load_settings(project) == Settings()
    assert find_config(project) is None


def test_an_explicit_file_overrides_discovery(project: Path) -> None:
    write(project / "figcheck.toml", 'fail-on = "error"\n')
    chosen = write(project / "ci" / "strict.toml", 'fail-on = "info"\n')
    settings = load_settings(project, Path("ci/strict.toml"))
    assert settings.path == chosen
    assert settings.fail_on is Severity.INFO


def test_an_explicit_pyproject_is_read_from_its_table(project: Path) -> None:
    write(project / "other" / "pyproject.toml", '[tool.figcheck]\nfail-on = "info"\n')
    settings = load_settings(project, project / "other" / "pyproject.toml")
    assert settings.fail_on is Severity.INFO


def test_an_explicit_pyproject_without_the_table_is_an_error(project: Path) -> None:
    write(project / "pyproject.toml", '[project]\nname = "x"\n')
    with pytest.raises(ConfigError, match=r"^pyproject\.toml: has no \[tool\.figcheck\] table$"):
        load_settings(project, Path("pyproject.toml"))


def test_an_explicit_file_that_does_not_exist_is_an_error(project: Path) -> None:
    with pytest.raises(ConfigError, match=r"^missing\.toml: no such configuration file$"):
        load_settings(project, Path("missing.toml"))


def test_a_file_outside_the_working_folder_is_named_in_full(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = write(tmp_path / "project" / "figcheck.toml", "fail-on = 1\n")
    (tmp_path / "elsewhere").mkdir()
    monkeypatch.chdir(tmp_path / "elsewhere")
    with pytest.raises(ConfigError) as raised:
        load_settings(config.parent)
    assert str(raised.value).startswith(f"{config}: fail-on: ")


# --- reading the file -------------------------------------------------------------------------


def test_invalid_toml_names_the_file_line_and_column(project: Path) -> None:
    text = 'select = ["FC1"]\nfail-on = error\n'
    assert message_of(project, text) == "figcheck.toml:2:11: invalid TOML: Invalid value"


def test_invalid_toml_in_a_pyproject_on_the_walk_is_reported(project: Path) -> None:
    write(project / "pyproject.toml", "[tool.figcheck\n")
    (project / "docs").mkdir()
    with pytest.raises(ConfigError, match=r"^pyproject\.toml:1:\d+: invalid TOML: "):
        load_settings(project / "docs")


def test_a_file_that_is_not_utf8_is_reported(project: Path) -> None:
    (project / "figcheck.toml").write_bytes(b'locale = "fr\xe9"\n')
    with pytest.raises(ConfigError, match=r"^figcheck\.toml: not valid UTF-8 at byte 12$"):
        load_settings(project)


def test_tool_figcheck_must_be_a_table(project: Path) -> None:
    text = "[tool]\nfigcheck = 3\n"
    message = message_of(project, text, "pyproject.toml")
    assert message == "pyproject.toml: [tool.figcheck] must be a table"


def test_the_error_message_of_the_documentation(project: Path) -> None:
    text = "[tool.figcheck.tolerance]\nreference = 3\n"
    assert message_of(project, text, "pyproject.toml") == (
        "pyproject.toml: [tool.figcheck] tolerance.reference: "
        "must be a number from 0 to 1 (exclusive), got 3"
    )


# --- every key, valid -------------------------------------------------------------------------

VALID: list[tuple[str, str, Any]] = [
    ('select = ["FC101", "FC4"]', "select", ("FC101", "FC4")),
    ('select = ["magnitude-slip"]', "select", ("magnitude-slip",)),
    ('select = ["fc1"]', "select", ("fc1",)),
    ("select = []", "select", ()),
    ('extend-select = ["FC405"]', "extend_select", ("FC405",)),
    ('ignore = ["FC4"]', "ignore", ("FC4",)),
    ('extend-ignore = ["no-reference-rate"]', "extend_ignore", ("no-reference-rate",)),
    ("date = 2024-05-01", "date", dt.date(2024, 5, 1)),
    ('date = "2024-05-01"', "date", dt.date(2024, 5, 1)),
    ('locale = "en_CA"', "locale", "en_CA"),
    ('locale = "en-AU"', "locale", "en-AU"),
    ('locale = "fr"', "locale", "fr"),
    ('locale = "zh_Hant"', "locale", "zh_Hant"),
    ("tolerance.consistency = 0.01", "consistency_tolerance", Decimal("0.01")),
    ("tolerance.consistency = 0.1", "consistency_tolerance", Decimal("0.1")),
    ('tolerance.consistency = "0.0025"', "consistency_tolerance", Decimal("0.0025")),
    ("tolerance.reference = 0", "reference_tolerance", Decimal(0)),
    ("tolerance.reference = 5e-2", "reference_tolerance", Decimal("0.05")),
    ("tolerance.reference-window-days = 0", "reference_window_days", 0),
    ("tolerance.reference-window-days = 366", "reference_window_days", 366),
    ('fail-on = "error"', "fail_on", Severity.ERROR),
    ('fail-on = "info"', "fail_on", Severity.INFO),
    ("report-unused-suppressions = true", "report_unused_suppressions", True),
]


@pytest.mark.parametrize(("text", "field", "expected"), VALID, ids=[t for t, _, _ in VALID])
def test_a_valid_value_is_read(project: Path, text: str, field: str, expected: Any) -> None:
    value = getattr(settings_of(project, text + "\n"), field)
    assert value == expected
    assert type(value) is type(expected)


def test_a_tolerance_table_sets_all_three(project: Path) -> None:
    settings = settings_of(
        project,
        """
        [tolerance]
        consistency = 0.002
        reference = 0.04
        reference-window-days = 3
        """,
    )
    config = settings.config_for(project / "a.md")
    assert config.consistency_tolerance == Decimal("0.002")
    assert config.reference_tolerance == Decimal("0.04")
    assert config.reference_window_days == 3


def test_rates_are_resolved_from_the_config_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    table = write(
        tmp_path / "project" / "data" / "rates.csv",
        "date,base,quote,rate\n2022-10-25,USD,RUB,61.35\n",
    )
    write(tmp_path / "project" / "figcheck.toml", 'rates = "data/rates.csv"\n')
    (tmp_path / "project" / "docs").mkdir()
    monkeypatch.chdir(tmp_path)  # not the config folder
    assert load_settings(tmp_path / "project" / "docs").rates == table


def test_format_overrides_are_read_in_order(project: Path) -> None:
    settings = settings_of(
        project,
        """
        [format]
        "notes/special.txt" = "html"
        "notes/*.txt" = "markdown"
        "*.inc" = "rst"
        """,
    )
    assert settings.format_for(Path("notes/a.txt")) is Format.MARKDOWN
    assert settings.format_for(Path("notes/special.txt")) is Format.HTML
    assert settings.format_for(Path("deep/down/x.inc")) is Format.RST
    assert settings.format_for(Path("a.txt")) is None


# --- every key, invalid -----------------------------------------------------------------------

RULE_HINT = "use a code (FC101), a code prefix (FC1) or a rule name (magnitude-slip)"
LOCALE_HINT = (
    'must be a locale such as "en" or "en_CA" '
    '(a language code, then optionally "_" or "-" and a territory)'
)
ALL_KEYS = (
    "date, exclude, extend-exclude, extend-ignore, extend-include, extend-select, fail-on, "
    "format, ignore, include, locale, per-file-ignores, rates, report-unused-suppressions, "
    "rounding, select, tolerance"
)
INVALID: list[tuple[str, str, str]] = [
    (
        "unknown key",
        'extend-selct = ["FC1"]',
        f'extend-selct: unknown key (did you mean "extend-select"?); the keys are: {ALL_KEYS}',
    ),
    ("snake case key", "fail_on = 'error'", 'fail_on: unknown key (did you mean "fail-on"?)'),
    (
        "unknown tolerance key",
        "tolerance.refrence = 0.1",
        'tolerance.refrence: unknown key (did you mean "reference"?); '
        "the keys are: consistency, lookback-days, reference, reference-window-days",
    ),
    (
        "tool table in figcheck.toml",
        "[tool.figcheck]\nselect = []",
        "tool: unknown key "
        "(a figcheck.toml holds the keys at the top level, without [tool.figcheck])",
    ),
    (
        "select string",
        'select = "FC101"',
        'select: must be a list of rule codes or names, got "FC101"',
    ),
    (
        "select numbers",
        "select = [101]",
        "select: must be a list of rule codes or names, got a list",
    ),
    (
        "select empty code",
        'select = [""]',
        "select: must be a list of rule codes or names, got an empty string in it",
    ),
    ("unknown code", 'select = ["FC999"]', f'select: unknown rule "FC999"; {RULE_HINT}'),
    (
        "misspelt name",
        'ignore = ["magnitude-slips"]',
        f'ignore: unknown rule "magnitude-slips" (did you mean "magnitude-slip"?); {RULE_HINT}',
    ),
    (
        "unknown extend-select",
        'extend-select = ["E501"]',
        f'extend-select: unknown rule "E501"; {RULE_HINT}',
    ),
    (
        "unknown extend-ignore",
        'extend-ignore = ["W"]',
        f'extend-ignore: unknown rule "W"; {RULE_HINT}',
    ),
    (
        "per-file-ignores list",
        'per-file-ignores = ["FC1"]',
        "per-file-ignores: must be a table, got a list",
    ),
    (
        "per-file-ignores unknown rule",
        '[per-file-ignores]\n"docs/*.md" = ["FC9"]',
        f'per-file-ignores."docs/*.md": unknown rule "FC9"; {RULE_HINT}',
    ),
    (
        "per-file-ignores string",
        '[per-file-ignores]\n"docs/*.md" = "FC1"',
        'per-file-ignores."docs/*.md": must be a list of rule codes or names, got "FC1"',
    ),
    (
        "per-file-ignores empty glob",
        '[per-file-ignores]\n"" = ["FC1"]',
        "per-file-ignores: a glob pattern must not be empty",
    ),
    ("include string", 'include = "*.md"', 'include: must be a list of glob patterns, got "*.md"'),
    (
        "exclude empty",
        'exclude = [""]',
        "exclude: must be a list of glob patterns, got an empty string in it",
    ),
    (
        "extend-exclude table",
        "extend-exclude = {}",
        "extend-exclude: must be a list of glob patterns, got a table",
    ),
    (
        "date text",
        'date = "1 May 2024"',
        'date: must be a date in YYYY-MM-DD form, got "1 May 2024"',
    ),
    (
        "date compact",
        'date = "20240501"',
        'date: must be a date in YYYY-MM-DD form, got "20240501"',
    ),
    ("date impossible", 'date = "2023-02-29"', 'date: is not a calendar date: "2023-02-29"'),
    (
        "date with time",
        "date = 2024-05-01T10:00:00",
        "date: must be a date without a time, got 2024-05-01T10:00:00",
    ),
    ("date number", "date = 20240501", "date: must be a date in YYYY-MM-DD form, got 20240501"),
    (
        "locale word",
        'locale = "english"',
        f'locale: {LOCALE_HINT}, got "english"',
    ),
    ("locale language", 'locale = "xx_CA"', 'locale: unknown language "xx" in "xx_CA"'),
    ("locale territory", 'locale = "en_ZZ"', 'locale: unknown territory "ZZ" in "en_ZZ"'),
    (
        "locale number",
        "locale = 1",
        f"locale: {LOCALE_HINT}, got 1",
    ),
    ("tolerance not table", "tolerance = 0.1", "tolerance: must be a table, got 0.1"),
    (
        "tolerance one",
        "tolerance.consistency = 1",
        "tolerance.consistency: must be a number from 0 to 1 (exclusive), got 1",
    ),
    (
        "tolerance negative",
        "tolerance.consistency = -0.1",
        "tolerance.consistency: must be a number from 0 to 1 (exclusive), got -0.1",
    ),
    (
        "tolerance percent",
        'tolerance.reference = "3%"',
        'tolerance.reference: must be a number from 0 to 1 (exclusive), got "3%"',
    ),
    (
        "tolerance nan",
        "tolerance.reference = nan",
        "tolerance.reference: must be a number from 0 to 1 (exclusive), got nan",
    ),
    (
        "tolerance bool",
        "tolerance.reference = true",
        "tolerance.reference: must be a number from 0 to 1 (exclusive), got true",
    ),
    (
        "window too long",
        "tolerance.reference-window-days = 367",
        "tolerance.reference-window-days: must be a whole number of days from 0 to 366, got 367",
    ),
    (
        "window float",
        "tolerance.reference-window-days = 7.0",
        "tolerance.reference-window-days: must be a whole number of days from 0 to 366, got 7.0",
    ),
    (
        "window string",
        'tolerance.reference-window-days = "7"',
        'tolerance.reference-window-days: must be a whole number of days from 0 to 366, got "7"',
    ),
    ("rates number", "rates = 1", "rates: must be the path of a rate table, got 1"),
    (
        "fail-on unknown",
        'fail-on = "fatal"',
        'fail-on: must be one of "error", "warning", "info", got "fatal"',
    ),
    (
        "fail-on capitals",
        'fail-on = "Error"',
        'fail-on: must be one of "error", "warning", "info", got "Error"',
    ),
    (
        "format unknown",
        '[format]\n"*.txt" = "md"',
        'format."*.txt": must be one of "text", "markdown", "html", "rst", got "md"',
    ),
    ("format list", 'format = ["markdown"]', "format: must be a table, got a list"),
    (
        "flag string",
        'report-unused-suppressions = "yes"',
        'report-unused-suppressions: must be true or false, got "yes"',
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), [(t, e) for _, t, e in INVALID], ids=[i for i, _, _ in INVALID]
)
def test_a_bad_value_names_the_file_key_and_what_is_allowed(
    project: Path, text: str, expected: str
) -> None:
    message = message_of(project, text + "\n")
    assert message.startswith(f"figcheck.toml: {expected}")


def test_a_missing_rate_table_is_named_where_it_was_looked_for(project: Path) -> None:
    message = message_of(project, 'rates = "data/rates.csv"\n')
    assert message == f"figcheck.toml: rates: no such file: {project / 'data' / 'rates.csv'}"


def test_in_a_pyproject_the_table_is_named_too(project: Path) -> None:
    message = message_of(project, '[tool.figcheck]\nfail-on = "fatal"\n', "pyproject.toml")
    assert message == (
        'pyproject.toml: [tool.figcheck] fail-on: must be one of "error", "warning", "info", '
        'got "fatal"'
    )


# --- globs: per-file-ignores, include, exclude ------------------------------------------------

GLOBS: list[tuple[str, str, bool]] = [
    ("docs/archive/*.md", "docs/archive/a.md", True),
    ("docs/archive/*.md", "docs/archive/old/a.md", False),  # * stays in one name
    ("docs/archive/*.md", "other/docs/archive/a.md", False),  # anchored at the config folder
    ("docs/archive/*.md", "docs/archive/a.txt", False),
    ("docs/**/*.md", "docs/a.md", True),  # **/ may be no folder at all
    ("docs/**/*.md", "docs/x/y/a.md", True),
    ("docs/**", "docs/x/y/a.txt", True),
    ("**/drafts/*.md", "a/b/drafts/c.md", True),
    ("./docs/*.md", "docs/a.md", True),
    ("docs/", "docs/a.md", False),  # a trailing / names the folder, not what is in it
    ("README.md", "README.md", True),
    ("README.md", "deep/down/README.md", True),  # no "/": a name at any depth
    ("*.md", "a.markdown", False),
    ("chapter-?.md", "chapter-1.md", True),
    ("chapter-?.md", "chapter-10.md", False),
    ("chapter-[0-4].md", "chapter-3.md", True),
    ("chapter-[!0-4].md", "chapter-3.md", False),
    ("chapter-[!0-4].md", "chapter-7.md", True),
    ("c++/*.md", "c++/notes.md", True),  # regex characters stand for themselves
]


@pytest.mark.parametrize(
    ("pattern", "path", "expected"),
    GLOBS,
    ids=[f"{p} {'~' if e else '!~'} {f}" for p, f, e in GLOBS],
)
def test_per_file_ignores_glob(project: Path, pattern: str, path: str, expected: bool) -> None:
    settings = settings_of(project, f'[per-file-ignores]\n"{pattern}" = ["FC102"]\n')
    ignored = settings.config_for(Path(path)).ignore
    assert ignored == (("FC102",) if expected else ())


def test_per_file_ignores_are_relative_to_the_config_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(tmp_path / "site" / "figcheck.toml", '[per-file-ignores]\n"docs/*.md" = ["FC1"]\n')
    monkeypatch.chdir(tmp_path)
    settings = load_settings(tmp_path / "site")
    assert settings.config_for(Path("site/docs/a.md")).ignore == ("FC1",)
    assert settings.config_for(Path("docs/a.md")).ignore == ()


def test_a_parent_folder_pattern_reaches_a_sibling(project: Path) -> None:
    write(project / "site" / "figcheck.toml", '[per-file-ignores]\n"../shared/*.md" = ["FC4"]\n')
    settings = load_settings(project / "site")
    assert settings.config_for(project / "shared" / "a.md").ignore == ("FC4",)
    assert settings.config_for(project / "site" / "shared" / "a.md").ignore == ()


def test_matching_per_file_ignores_add_up_after_the_others(project: Path) -> None:
    settings = settings_of(
        project,
        """
        ignore = ["FC402"]
        extend-ignore = ["FC401"]
        [per-file-ignores]
        "*.md" = ["FC102"]
        "docs/**" = ["magnitude-slip"]
        "*.txt" = ["FC101"]
        """,
    )
    config = settings.config_for(Path("docs/a.md"))
    assert config.ignore == ("FC402", "FC401", "FC102", "magnitude-slip")


def test_per_file_ignores_take_effect_in_a_check(project: Path) -> None:
    settings = settings_of(project, '[per-file-ignores]\n"archive/*.txt" = ["FC103"]\n')
    text = "It pays 200,000 rubles ($3,320) or 100,000 rubles ($16,600)."
    current = figcheck.check(text, config=settings.config_for(Path("a.txt")))
    archived = figcheck.check(text, config=settings.config_for(Path("archive/a.txt")))
    assert [f.code for f in current.findings] == ["FC404", "FC103"]
    assert [f.code for f in archived.findings] == ["FC404"]


def tree(root: Path, settings: Settings) -> list[str]:
    """What a folder walk takes, asking ``is_included`` before it enters a folder."""
    return [path.relative_to(root).as_posix() for path in walk(root, settings)]


def walk(folder: Path, settings: Settings) -> list[Path]:
    taken = []
    for path in sorted(folder.iterdir()):
        if settings.is_included(path):
            taken += walk(path, settings) if path.is_dir() else [path]
    return taken


@pytest.fixture
def files(project: Path) -> Path:
    """A project with documents, other files and folders a walk should skip."""
    for name in [
        "README.md", "notes.txt", "page.html", "guide.rst", "setup.py", "data.csv",
        "docs/a.md", "docs/drafts/b.md", "docs/archive/c.markdown", ".hidden.md",
        ".git/HEAD.md", "node_modules/pkg/README.md", "build/out.html", ".venv/x.txt",
    ]:  # fmt: skip
        write(project / name, "text\n")
    return project


def test_the_default_include_and_exclude(files: Path) -> None:
    assert tree(files, settings_of(files, "")) == [
        "README.md", "docs/a.md", "docs/archive/c.markdown", "docs/drafts/b.md", "guide.rst",
        "notes.txt", "page.html",
    ]  # fmt: skip


def test_include_replaces_and_extend_include_adds(files: Path) -> None:
    assert tree(files, settings_of(files, 'include = ["*.md"]\n')) == [
        "README.md", "docs/a.md", "docs/drafts/b.md",
    ]  # fmt: skip
    extended = tree(files, settings_of(files, 'extend-include = ["*.csv"]\n'))
    assert "data.csv" in extended
    assert "README.md" in extended


def test_exclude_replaces_the_defaults(files: Path) -> None:
    taken = tree(files, settings_of(files, 'exclude = ["docs/drafts"]\n'))
    assert "docs/drafts/b.md" not in taken
    assert "node_modules/pkg/README.md" in taken
    assert ".hidden.md" in taken


def test_extend_exclude_keeps_the_defaults(files: Path) -> None:
    taken = tree(files, settings_of(files, 'extend-exclude = ["docs/drafts", "*.txt"]\n'))
    assert taken == ["README.md", "docs/a.md", "docs/archive/c.markdown", "guide.rst", "page.html"]


def test_a_default_folder_walk_skips_hidden_files_and_folders(files: Path) -> None:
    write(files / "docs" / ".notes.md", "text\n")
    write(files / "docs" / ".drafts" / "d.md", "text\n")
    walked = [Path(name).as_posix() for name in expand_paths(["."], settings_of(files, ""))]
    assert walked == [
        "README.md", "guide.rst", "notes.txt", "page.html", "docs/a.md",
        "docs/archive/c.markdown", "docs/drafts/b.md",
    ]  # fmt: skip


def test_an_exclude_of_its_own_walks_hidden_files_and_folders(files: Path) -> None:
    """``exclude`` replaces the defaults, ``.*`` among them: the walk skips only what it says."""
    wrong = "It pays 200,000 rubles ($3,320) or 100,000 rubles ($16,600).\n"
    write(files / "docs" / ".notes.md", wrong)
    write(files / "docs" / ".drafts" / "d.md", wrong)
    settings = settings_of(files, 'exclude = ["build"]\n')
    run = lint(["docs"], settings, LintOptions(date=dt.date(2021, 3, 1)))
    checked = {Path(result.path).as_posix(): result for result in run.files}
    assert sorted(checked) == [
        "docs/.drafts/d.md", "docs/.notes.md", "docs/a.md", "docs/archive/c.markdown",
        "docs/drafts/b.md",
    ]  # fmt: skip
    assert "FC103" in [located.finding.code for located in checked["docs/.notes.md"].findings]
    everything = [Path(name).as_posix() for name in expand_paths(["."], settings)]
    assert ".hidden.md" in everything
    assert ".git/HEAD.md" in everything
    assert "build/out.html" not in everything


def test_a_folder_is_included_unless_excluded(files: Path) -> None:
    settings = settings_of(files, 'include = ["*.md"]\n')
    assert settings.is_included(files / "docs")
    assert not settings.is_included(files / "node_modules")
    assert not settings.is_included(files / ".git")


def test_is_excluded_names_files_and_folders_but_not_what_is_under_them(files: Path) -> None:
    settings = settings_of(files, 'extend-exclude = ["docs/drafts", "*.txt"]\n')
    assert settings.is_excluded(files / "docs" / "drafts")
    assert settings.is_excluded(files / "notes.txt")
    assert settings.is_excluded(files / ".git")
    assert not settings.is_excluded(files / "docs" / "drafts" / "b.md")
    assert not settings.is_excluded(files / "setup.py")  # not included either, but not excluded
    assert not settings.is_included(files / "setup.py")


def test_only_the_path_itself_is_judged(files: Path) -> None:
    """A folder named on the command line is walked even when a walk would have skipped it."""
    settings = settings_of(files, "")
    assert settings.is_included(Path("build/out.html"))


def test_default_patterns_are_documented_values() -> None:
    settings = Settings()
    assert [glob.pattern for glob in settings.include] == list(DEFAULT_INCLUDE)
    assert [glob.pattern for glob in settings.exclude] == list(DEFAULT_EXCLUDE)


# --- rule selection and config_for ------------------------------------------------------------


def selected(settings: Settings, path: str = "a.md") -> list[str]:
    """The codes of the rules that run for ``path``."""
    from figcheck.checking import selected_modules

    return [module.RULE.code for module in selected_modules(settings.config_for(Path(path)))]


def test_config_for_carries_the_selection(project: Path) -> None:
    settings = settings_of(project, 'select = ["FC1"]\nextend-select = ["FC404"]\n')
    assert selected(settings) == [
        "FC101", "FC102", "FC103", "FC104", "FC105", "FC106", "FC107", "FC108", "FC404"
    ]  # fmt: skip


def test_extend_select_adds_to_the_default_selection(project: Path) -> None:
    settings = settings_of(project, 'extend-select = ["FC405"]\n')
    assert "FC405" in selected(settings)
    assert settings.reports_unused_suppressions(Path("a.md"))


def test_report_unused_suppressions_selects_fc405(project: Path) -> None:
    settings = settings_of(project, "report-unused-suppressions = true\n")
    assert "FC405" in selected(settings)
    assert not Settings().reports_unused_suppressions(Path("a.md"))


def test_a_per_file_ignore_turns_fc405_off_for_those_files(project: Path) -> None:
    settings = settings_of(
        project,
        'report-unused-suppressions = true\n[per-file-ignores]\n"legacy/**" = ["FC405"]\n',
    )
    assert settings.reports_unused_suppressions(Path("a.md"))
    assert not settings.reports_unused_suppressions(Path("legacy/a.md"))


# --- the command line on top ------------------------------------------------------------------


@pytest.fixture
def configured(project: Path) -> Settings:
    return settings_of(
        project,
        """
        select = ["FC1", "FC4"]
        extend-select = ["FC405"]
        ignore = ["FC102"]
        extend-ignore = ["FC402"]
        fail-on = "error"
        date = 2024-05-01
        locale = "en_CA"
        [per-file-ignores]
        "legacy/*.md" = ["FC101"]
        """,
    )


def test_nothing_given_changes_nothing(configured: Settings) -> None:
    assert merge_cli(configured) == configured
    assert merge_cli(configured, select=None, fail_on=None) == configured


def test_select_on_the_command_line_starts_over(configured: Settings) -> None:
    merged = merge_cli(configured, select=["FC102"])
    assert selected(merged) == ["FC102"]
    assert selected(merged, "legacy/a.md") == ["FC102"]
    assert merge_cli(configured, select=["FC101"]).config_for(Path("legacy/a.md")).ignore == (
        "FC101",
    )  # per-file ignores still apply


def test_extend_select_and_ignore_add_to_the_file(configured: Settings) -> None:
    merged = merge_cli(configured, extend_select=["FC402"], ignore=["FC104"])
    assert merged.extend_select == ("FC405", "FC402")
    assert merged.ignore == ("FC102", "FC104")
    assert selected(merged) == [
        "FC101",
        "FC103",
        "FC105",
        "FC106",
        "FC107",
        "FC108",
        "FC401",
        "FC404",
        "FC405",
        "FC406",
    ]


def test_scalars_replace_the_file_values(configured: Settings) -> None:
    merged = merge_cli(configured, fail_on="info", date="2023-01-31", locale="en_AU")
    assert merged.fail_on is Severity.INFO
    assert merged.date == dt.date(2023, 1, 31)
    assert merged.locale == "en_AU"
    assert merge_cli(configured, fail_on=Severity.WARNING).fail_on is Severity.WARNING
    assert merge_cli(configured, date=dt.date(2020, 1, 1)).date == dt.date(2020, 1, 1)


def test_command_line_tolerances(configured: Settings) -> None:
    merged = merge_cli(
        configured,
        consistency_tolerance="0.01",
        reference_tolerance=Decimal("0.1"),
        reference_window_days=0,
    )
    config = merged.config_for(Path("a.md"))
    assert (config.consistency_tolerance, config.reference_tolerance) == (
        Decimal("0.01"),
        Decimal("0.1"),
    )
    assert config.reference_window_days == 0


def test_command_line_globs_are_relative_to_the_working_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(tmp_path / "site" / "figcheck.toml", 'exclude = ["drafts"]\n')
    settings = load_settings(tmp_path / "site")
    monkeypatch.chdir(tmp_path)
    merged = merge_cli(settings, extend_exclude=["site/old"])
    assert [glob.pattern for glob in merged.exclude + merged.extend_exclude] == [
        "drafts",
        "site/old",
    ]
    for name in ("old", "new", "drafts"):
        (tmp_path / "site" / name).mkdir()
    assert not merged.is_included(Path("site/old"))
    assert not merged.is_included(Path("site/drafts"))
    assert merged.is_included(Path("site/new"))


@pytest.mark.parametrize(
    ("options", "expected"),
    [
        ({"fail_on": "fatal"}, 'command line: --fail-on: must be one of "error", "warning", '),
        ({"select": ["FC999"]}, 'command line: --select: unknown rule "FC999"'),
        ({"date": "yesterday"}, "command line: --date: must be a date in YYYY-MM-DD form"),
        ({"locale": "en_ZZ"}, 'command line: --locale: unknown territory "ZZ"'),
        ({"reference_tolerance": "2"}, "command line: --reference-tolerance: must be a number"),
        ({"rates": "nowhere.csv"}, "command line: --rates: no such file: "),
    ],
    ids=["fail-on", "select", "date", "locale", "tolerance", "rates"],
)
def test_a_bad_command_line_value(
    configured: Settings, options: dict[str, Any], expected: str
) -> None:
    with pytest.raises(ConfigError) as raised:
        merge_cli(configured, **options)
    assert str(raised.value).startswith(expected)


def test_an_option_that_does_not_exist_is_a_type_error(configured: Settings) -> None:
    options: dict[str, Any] = {"extend_selection": ["FC1"]}
    expected = r"unknown option 'extend_selection' \(did you mean 'extend_select'\?\)$"
    with pytest.raises(TypeError, match=expected):
        merge_cli(configured, **options)


def test_every_option_is_declared_for_type_checkers() -> None:
    assert set(typing.get_type_hints(CommandLine)) == option_fields()
