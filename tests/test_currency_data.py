"""The shipped CLDR extract matches babel, and the lexicon reads it as documented."""

from __future__ import annotations

import json

import babel
import pytest

from figcheck.reading import _currency_data
from figcheck.reading.cldr_data import shipped_babel_version
from figcheck.reading.currencies import default_reading, lexicon


@pytest.mark.skipif(
    shipped_babel_version() != babel.__version__,
    reason=f"the shipped tables are generated from babel {shipped_babel_version()}, "
    f"not the installed {babel.__version__}: figcheck builds its own from it",
)
def test_shipped_lexicon_matches_installed_babel() -> None:
    shipped = json.loads(_currency_data.DATA_PATH.read_text(encoding="utf-8"))
    assert shipped == json.loads(json.dumps(_currency_data.build())), (
        "run: python -m figcheck.reading._currency_data"
    )


@pytest.mark.parametrize(
    ("surface", "expected"),
    [
        ("$", "USD"),
        ("US$", "USD"),
        ("€", "EUR"),
        ("₽", "RUB"),
        ("zł", "PLN"),
        ("HK$", "HKD"),
        ("R$", "BRL"),
        ("₹", "INR"),
        ("USD", "USD"),
        ("CHF", "CHF"),
    ],
)
def test_symbols(surface: str, expected: str) -> None:
    assert expected in lexicon().symbol(surface)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("russian rubles", ("RUB",)),
        ("roubles", ("BYN", "RUB")),
        ("euros", ("EUR",)),
        ("yuan", ("CNY",)),
        ("swedish kronor", ("SEK",)),
        ("sterling", ("GBP",)),
        ("hong kong dollars", ("HKD",)),
        ("naira", ("NGN",)),
    ],
)
def test_names(name: str, expected: tuple[str, ...]) -> None:
    assert lexicon().name(name) == expected


def test_codes_that_are_english_words_do_not_count_alone() -> None:
    assert lexicon().symbol("TOP") == ()
    assert lexicon().symbol("ALL") == ()
    assert lexicon().symbol("EUR") == ("EUR",)


@pytest.mark.parametrize(
    ("surface", "territory", "expected"),
    [
        ("$", None, "USD"),
        ("$", "CA", "CAD"),
        ("dollars", "AU", "AUD"),
        ("kr", None, None),
        ("pesos", None, None),
        ("¥", None, "JPY"),
        ("rubles", None, "RUB"),
        ("roubles", None, "RUB"),
    ],
)
def test_default_readings(surface: str, territory: str | None, expected: str | None) -> None:
    lex = lexicon()
    candidates = lex.symbol(surface) or lex.name(surface)
    assert default_reading(surface, candidates, territory) == expected
