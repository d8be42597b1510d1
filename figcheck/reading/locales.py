"""The locale a document is read in: given by the caller, or detected from the text.

The locale decides three things: how numbers are written (``NumberStyle``: "1.234,56" in
German), which language's words are read (currency names, magnitude words, hedges and
connectors), and which currency an ambiguous sign means by default (the territory's own: "kr"
is SEK in Swedish text, "$" is MXN with ``es_MX``). Order of precedence:

1. ``locale=`` given (``"de_CH"``, ``"pt-BR"``, ``"ja"``): its number style, language and
   territory.
2. Otherwise the language detected from the text (``figcheck.reading.detect``), with that language's
   usual number style and likely territory (``sv`` → Sweden).
3. Otherwise English.

All tables come from CLDR through ``locales.json`` (see ``_locale_data`` and ``cldr_data``),
loaded once.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any

from figcheck.errors import ConfigError
from figcheck.reading.cldr_data import read_json
from figcheck.reading.numbers import ENGLISH, NumberStyle


@dataclass(frozen=True, slots=True)
class DocumentLocale:
    """How a document is read: its language, number style and territory, and where they came
    from (``"argument"``, ``"detected"`` or ``"default"``)."""

    language: str
    style: NumberStyle
    territory: str | None
    source: str
    locale: str | None = None
    #: The script the document is written in ("Hans", "Hant"): given or likely.
    script: str | None = None


DEFAULT = DocumentLocale("en", ENGLISH, None, "default")


@functools.cache
def _data() -> dict[str, Any]:
    data: dict[str, Any] = read_json("locales.json")
    return data


def normalize(locale: str) -> str:
    """ "pt-br" → "pt_BR", "zh-hant-tw" → "zh_Hant_TW": CLDR's spelling of a locale tag."""
    parts = locale.strip().replace("-", "_").split("_")
    language, rest = parts[0].lower(), parts[1:]
    spelled = [language]
    for part in rest:
        if len(part) == 4 and part.isalpha():
            spelled.append(part.title())
        else:
            spelled.append(part.upper())
    return "_".join(spelled)


def known(locale: str) -> bool:
    """True when CLDR has number data for the locale or its language."""
    return _lookup(normalize(locale)) is not None


def _lookup(locale: str) -> list[Any] | None:
    styles: dict[str, list[Any]] = _data()["styles"]
    found: list[Any] | None = _most_specific(styles, locale)
    return found


def _most_specific(table: dict[str, Any], locale: str) -> Any:
    """The entry for ``locale``, else for its parent ("de_CH" → "de"), else None."""
    parts = locale.split("_")
    while parts:
        found = table.get("_".join(parts))
        if found is not None:
            return found
        parts.pop()
    return None


@functools.cache
def number_style(locale: str) -> NumberStyle:
    """The number style CLDR gives a locale (or its language), English when it has none."""
    found = _lookup(normalize(locale))
    if found is None:
        return ENGLISH
    decimal, group, (primary, secondary) = found
    return NumberStyle(str(decimal), str(group), (int(primary), int(secondary)))


def territory_of(locale: str) -> str | None:
    """ "de_CH" → "CH"; otherwise the likely territory ("sv" → "SE", "zh_Hant" → "TW")."""
    parts = normalize(locale).split("_")
    for part in reversed(parts[1:]):
        if part.isupper() or part.isdigit():
            return part
    likely: dict[str, str] = _data()["likely_territory"]
    found: str | None = _most_specific(likely, "_".join(parts))
    return found


def script_of(locale: str) -> str | None:
    """ "zh_Hant_HK" → "Hant"; otherwise the likely script ("zh_HK" → "Hant", "zh" → "Hans")."""
    parts = normalize(locale).split("_")
    for part in parts[1:]:
        if len(part) == 4 and part.isalpha():
            return part
    likely: dict[str, str] = _data().get("likely_script", {})
    found: str | None = _most_specific(likely, "_".join(parts))
    return found


def territory_currencies(territory: str | None) -> tuple[str, ...]:
    """The currencies legal in a territory today (CLDR), e.g. "NA" → ("ZAR", "NAD")."""
    currencies: dict[str, list[str]] = _data()["territory_currency"]
    return tuple(currencies.get(territory or "", ()))


def magnitude_words(language: str) -> dict[str, int]:
    """The magnitude words of a language's compact-decimal patterns, as powers of ten."""
    words: dict[str, dict[str, int]] = _data()["magnitudes"]
    return words.get(language, {})


def resolve(text: str, locale: str | None) -> DocumentLocale:
    """The locale ``text`` is read in (see the module docstring for the order)."""
    if locale:
        spelled = normalize(locale)
        if _lookup(spelled) is None:
            raise ConfigError(
                f"unknown locale {locale!r}: use a CLDR locale such as 'en', 'de_CH' or 'pt_BR'"
            )
        language = spelled.split("_")[0]
        return DocumentLocale(
            language,
            number_style(spelled),
            territory_of(spelled),
            "argument",
            spelled,
            script_of(spelled),
        )
    return _detected(text)


def _detected(text: str) -> DocumentLocale:
    from figcheck.reading.detect import detect_language

    language = detect_language(text)
    if language is None:
        return DEFAULT
    if language == "en":
        return DocumentLocale("en", ENGLISH, None, "detected")
    return DocumentLocale(
        language,
        number_style(language),
        territory_of(language),
        "detected",
        script=script_of(language),
    )
