"""The shipped per-language tables match babel, and the locale is resolved as documented."""

from __future__ import annotations

import json
from decimal import Decimal

import babel
import pytest

import figcheck
from figcheck.errors import ConfigError
from figcheck.reading import _locale_data
from figcheck.reading.cldr_data import shipped_babel_version
from figcheck.reading.locales import normalize, number_style, resolve, territory_of
from figcheck.reading.numbers import NumberStyle

needs_shipped_release = pytest.mark.skipif(
    shipped_babel_version() != babel.__version__,
    reason=f"the shipped tables are generated from babel {shipped_babel_version()}, "
    f"not the installed {babel.__version__}: figcheck builds its own from it",
)


@needs_shipped_release
def test_shipped_locale_tables_match_installed_babel() -> None:
    shipped = json.loads(_locale_data.LOCALES_PATH.read_text(encoding="utf-8"))
    assert shipped == json.loads(json.dumps(_locale_data.build_locales())), (
        "run: python -m figcheck.reading._locale_data"
    )


@needs_shipped_release
def test_shipped_names_match_installed_babel() -> None:
    built = json.loads(json.dumps(_locale_data.build_names()))
    shipped = {
        path.stem: json.loads(path.read_text(encoding="utf-8"))
        for path in sorted(_locale_data.NAMES_DIR.glob("*.json"))
    }
    assert shipped == built, "run: python -m figcheck.reading._locale_data"


@pytest.mark.parametrize(
    ("locale", "style"),
    [
        ("en", NumberStyle(".", ",")),
        ("de", NumberStyle(",", ".")),
        ("fr", NumberStyle(",", "\u202f")),
        ("ru", NumberStyle(",", "\u00a0")),
        ("en_IN", NumberStyle(".", ",", (3, 2))),
        ("hi", NumberStyle(".", ",", (3, 2))),
        ("pt-br", NumberStyle(",", ".")),
        ("zh_Hant_TW", NumberStyle(".", ",")),
    ],
)
def test_number_styles_come_from_cldr(locale: str, style: NumberStyle) -> None:
    assert number_style(locale) == style


def test_swiss_grouping_is_an_apostrophe_of_either_form() -> None:
    """CLDR 47 changed Swiss German's group sign from "’" to "'"; both are read either way."""
    style = number_style("de_CH")
    assert (style.decimal, style.group) in {(".", "’"), (".", "'")}
    for written in ("CHF 1’234’567.50", "CHF 1'234'567.50"):
        assert [m.amount for m in figcheck.find_money(written, locale="de_CH")] == [
            Decimal("1234567.50")
        ]


@pytest.mark.parametrize(
    ("locale", "territory"),
    [("de_CH", "CH"), ("sv", "SE"), ("zh_Hant", "TW"), ("pt-BR", "BR"), ("es_419", "419")],
)
def test_territory_is_given_or_likely(locale: str, territory: str) -> None:
    assert territory_of(locale) == territory


def test_locale_tags_are_normalised() -> None:
    assert normalize("pt-br") == "pt_BR"
    assert normalize("zh-hant-tw") == "zh_Hant_TW"


def test_an_unknown_locale_is_a_clear_error() -> None:
    with pytest.raises(ConfigError, match="unknown locale 'xx_QQ'"):
        figcheck.find_money("5 EUR", locale="xx_QQ")


def test_the_locale_comes_from_the_argument_then_detection_then_english() -> None:
    german = "Der Preis liegt bei 1.234 Euro und ist damit nicht niedrig."
    assert resolve(german, "en").source == "argument"
    assert resolve(german, None).language == "de"
    assert resolve("1.234 EUR", None).source == "default"
    assert [m.amount for m in figcheck.find_money(german)] == [1234]
    assert [str(m.amount) for m in figcheck.find_money(german, locale="en")] == ["1.234"]


@pytest.mark.parametrize(
    ("locale", "currency"),
    [
        ("zh_Hans_HK", "CNY"),  # Simplified Chinese writes "¥" for yuan even in Hong Kong
        ("zh", "CNY"),
        (None, "JPY"),
        ("zh_Hant", "JPY"),  # Traditional Chinese writes "¥" for yen, "CN¥" for yuan
        ("zh_HK", "JPY"),  # written in Traditional characters, as CLDR's likely script says
    ],
)
def test_a_symbol_is_read_as_the_documents_script_writes_it(
    locale: str | None, currency: str
) -> None:
    assert [m.currency for m in figcheck.find_money("¥200", locale=locale)] == [currency]
