"""The caller's decimal context never reaches figcheck's arithmetic, and the CLDR tables follow
the installed babel."""

from __future__ import annotations

import datetime
import decimal
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import figcheck
from figcheck.reading import cldr_data
from figcheck.user_cache import CACHE_ENV

TEXT = (
    "The prize is 200,000 rubles ($3,320) and the runner-up gets 100,000 rubles ($16,600). "
    "The walk is 10 miles (16 km) long. Profit rose 15% to $5.6bn from $5bn. "
    "It paid 999,999,999,999,999 rubles ($16,600,000,000,000)."
)
DATE = datetime.date(2022, 10, 25)

HOSTILE_CONTEXTS = {
    "low-precision": decimal.Context(prec=3),
    "floor-rounding": decimal.Context(prec=6, rounding=decimal.ROUND_FLOOR),
    "small-exponents": decimal.Context(Emax=10, Emin=-10),
    "inexact-trapped": decimal.Context(traps=[decimal.Inexact, decimal.Rounded]),
}


def _summary(text: str) -> tuple[object, ...]:
    report = figcheck.check(text, date=DATE)
    return (
        [(f.code, f.span, f.message) for f in report.findings],
        [repr(claim) for claim in report.claims],
        [repr(claim) for claim in figcheck.extract(text)],
        [repr(money) for money in figcheck.find_money(text)],
    )


@pytest.mark.parametrize("name", sorted(HOSTILE_CONTEXTS))
def test_the_callers_decimal_context_changes_nothing(name: str) -> None:
    expected = _summary(TEXT)
    with decimal.localcontext(HOSTILE_CONTEXTS[name]) as context:
        assert _summary(TEXT) == expected
        assert decimal.getcontext() is context  # and it is the caller's again afterwards


def test_a_first_import_under_a_hostile_context_works() -> None:
    """Tables computed when the modules are first imported use figcheck's context too."""
    script = (
        "import decimal, figcheck\n"
        "hostile = decimal.Context(prec=3, Emax=10, traps=[decimal.Inexact, decimal.Overflow])\n"
        "with decimal.localcontext(hostile):\n"
        f"    report = figcheck.check({TEXT!r})\n"
        "print(sorted({f.code for f in report.findings}))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "['FC103', 'FC201', 'FC404']"


def test_tables_for_another_babel_release_are_built_once_and_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The folder built for a release other than the shipped one holds the same tables the
    generators write, and a second call reads it instead of building again."""
    monkeypatch.setenv(CACHE_ENV, str(tmp_path))
    folder = cldr_data._built_for("0.0-test")
    assert folder == tmp_path / "cldr" / "babel-0.0-test"
    assert (folder / cldr_data.COMPLETE).is_file()
    built = json.loads((folder / "locales.json").read_text(encoding="utf-8"))
    assert built["babel_version"] == cldr_data.installed_babel_version()
    from babel.localedata import locale_identifiers

    assert set(built["styles"]) == set(locale_identifiers())  # every locale of this babel
    assert (folder / "names" / "de.json").is_file()
    assert (folder / "currencies.json").is_file()
    stamp = (folder / "locales.json").stat().st_mtime_ns
    assert cldr_data._built_for("0.0-test") == folder
    assert (folder / "locales.json").stat().st_mtime_ns == stamp
    assert not [p for p in folder.parent.iterdir() if p.name.startswith(".building-")]


def test_an_unwritable_cache_still_gets_tables(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder should be", encoding="utf-8")
    monkeypatch.setenv(CACHE_ENV, str(blocker))
    folder = cldr_data._built_for("0.0-test")
    assert (folder / cldr_data.COMPLETE).is_file()
    assert not str(folder).startswith(str(blocker))


@pytest.mark.parametrize("locale", ["sus", "ary", "pi", "en_EE", "kbd", "ady"])
def test_every_locale_of_the_installed_babel_is_accepted(locale: str) -> None:
    from babel.localedata import exists

    if not exists(locale):
        pytest.skip(f"babel {cldr_data.installed_babel_version()} has no locale {locale!r}")
    found = figcheck.find_money("AED 1,000.00", locale=locale) + figcheck.find_money(
        "1.000,00 EUR", locale=locale
    )
    assert found  # read in the locale's own number style, whichever it is


def test_check_file_refuses_a_fifo_without_opening_it(tmp_path: Path) -> None:
    """Opening a FIFO with no writer would block this test forever; it is refused by stat."""
    pipe = tmp_path / "pipe.txt"
    os.mkfifo(pipe)
    with pytest.raises(figcheck.InputError, match="not a regular file but a FIFO"):
        figcheck.check_file(pipe)
