"""What babel writes in any locale, figcheck reads back: amount, currency and magnitude.

babel's ``format_currency``, ``format_decimal`` and ``format_compact_decimal`` produce the forms
CLDR prescribes for every locale (decimal commas, narrow no-break spaces, apostrophes, Indian
grouping, symbols before or after, right-to-left marks). These properties feed them back
through ``figcheck.find_money`` with that locale, and, for the languages figcheck detects,
inside a sentence of that language with no locale given at all.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from babel import Locale
from babel.localedata import locale_identifiers
from babel.numbers import (
    format_compact_decimal,
    format_currency,
    format_decimal,
    get_currency_precision,
    get_currency_symbol,
    get_group_symbol,
)
from hypothesis import assume, given, settings
from hypothesis import strategies as st

import figcheck
from figcheck import strategies as fs
from figcheck._strategy_languages import LANGUAGES as LOCALIZED_LANGUAGES
from figcheck.reading._currency_data import current_currencies
from figcheck.reading.currencies import LETTER_SYMBOLS_NOT_READ
from figcheck.reading.magnitudes import is_cjk, magnitudes

LOCALES = sorted(locale_identifiers())
CURRENCIES = sorted(current_currencies())
#: A sentence of each language figcheck detects, around one amount.
SENTENCES = {
    "en": "According to the report, the project will cost {} and the work starts in May.",
    "de": "Laut dem Bericht kostet das Projekt {} und die Arbeiten beginnen im Mai.",
    "fr": "Selon le rapport, le projet coûtera {} et les travaux commencent en mai.",
    "es": "Según el informe, el proyecto costará {} y las obras empiezan en mayo.",
    "pt": "Segundo o relatório, o projeto vai custar {} e as obras começam em maio.",
    "it": "Secondo il rapporto, il progetto costerà {} e i lavori iniziano a maggio.",
    "nl": "Volgens het rapport kost het project {} en het werk begint in mei.",
    "pl": "Według raportu projekt będzie kosztował {} i prace zaczną się w maju.",
    "sv": "Enligt rapporten kostar projektet {} och arbetet börjar i maj för att det är bråttom.",
    "tr": "Rapora göre proje {} tutacak ve bu çalışmalar mayıs ayında başlayacak.",
    "ru": "По данным отчёта, проект обойдётся в {}, а работы начнутся в мае.",
    "uk": "За даними звіту, проєкт коштуватиме {}, і роботи почнуться в травні.",
    "hi": "रिपोर्ट के अनुसार परियोजना की लागत {} होगी और काम मई में शुरू होगा।",
    "zh": "根据报告，该项目将耗资{}，工程将于五月开工。",
    "ja": "報告書によると、このプロジェクトの費用は{}で、工事は五月に始まる。",
    "ko": "보고서에 따르면 이 사업에는 {}이 들며 공사는 5월에 시작된다.",
    "id": "Menurut laporan itu, proyek tersebut akan menelan biaya {} dan pekerjaan dimulai Mei.",
    "ar": "وفقا للتقرير، ستبلغ تكلفة المشروع {} وتبدأ الأعمال في مايو.",
}


def _unread_symbol(code: str, locale: str) -> bool:
    """Symbols figcheck leaves unread on purpose: one Latin letter ("R", "S", "K"), which is
    too often something else, and the few English letter symbols listed in currencies.py."""
    symbol = get_currency_symbol(code, locale=locale).strip("\u200e\u200f\u061c")
    letters = [char for char in symbol if char.isalpha()]
    single_letter = len(letters) == 1 and not is_cjk(letters[0]) and symbol == letters[0]
    english = locale == "en" or locale.startswith("en_")
    return single_letter or (english and symbol in LETTER_SYMBOLS_NOT_READ)


def _babel_drops_apostrophes(locale: str, amount: Decimal) -> bool:
    """babel 2.19 takes pairs of "'" in what it formats for quoted literals and removes them, so
    in locales that group with "'" (de_CH, fr_CH in CLDR 47) an amount of a million or more comes
    out as "1234567'891.50": a form nobody writes, and not CLDR's."""
    return get_group_symbol(locale) == "'" and abs(amount) >= 10**6


@st.composite
def amounts_in(draw: st.DrawFn, code: str) -> Decimal:
    """An amount with exactly the currency's number of decimals, as format_currency writes it."""
    digits = get_currency_precision(code)
    return Decimal(draw(st.integers(1, 10**12))).scaleb(-digits)


@settings(max_examples=1500, deadline=None)
@given(locale=st.sampled_from(LOCALES), code=st.sampled_from(CURRENCIES), data=st.data())
def test_format_currency_reads_back_in_every_locale(
    locale: str, code: str, data: st.DataObject
) -> None:
    assume(not _unread_symbol(code, locale))
    amount = data.draw(amounts_in(code), label="amount")
    assume(not _babel_drops_apostrophes(locale, amount))
    text = format_currency(amount, code, locale=locale)
    found = figcheck.find_money(text, locale=locale)
    if _shared_in_language(code, locale):
        # The language's locales give this symbol to several currencies (Northern Sami "kr" is
        # NOK in Norway and Finland, SEK in Sweden; English "Rs" is the rupee of India,
        # Pakistan, Sri Lanka …): the amount is read, the currency among its candidates, and
        # resolved, if at all, by the language's documented default reading.
        assert [m.amount for m in found] == [amount], text
        assert code in found[0].candidates
        return
    assert [(m.amount, m.currency) for m in found] == [(amount, code)], text


def _shared_in_language(code: str, locale: str) -> bool:
    """True when the locale's symbol for ``code`` means several currencies in its language."""
    symbol = get_currency_symbol(code, locale=locale).strip("\u200e\u200f\u061c")
    language = locale.split("_")[0]
    codes = {
        other
        for identifier in LOCALES
        if identifier.split("_")[0] == language
        for other, written in Locale.parse(identifier).currency_symbols.items()
        if written.strip("\u200e\u200f\u061c") == symbol and other in CURRENCIES
    }
    return len(codes) > 1


@settings(max_examples=1000, deadline=None)
@given(
    locale=st.sampled_from(LOCALES),
    value=st.decimals(min_value=0, max_value=10**12, places=3, allow_nan=False),
)
def test_format_decimal_reads_back_in_every_locale(locale: str, value: Decimal) -> None:
    assume(not _babel_drops_apostrophes(locale, value))
    text = f"{format_decimal(value, locale=locale)} EUR"
    found = figcheck.find_money(text, locale=locale)
    assert [(m.amount, m.currency) for m in found] == [(value, "EUR")], text


def _compact_read(identifier: str) -> bool:
    """True when every compact pattern of the locale is a number followed by a magnitude word
    that figcheck reads with the same power of ten (patterns with the word first, as in
    Swahili "elfu 5", and words CLDR gives two powers in one language are not read)."""
    locale = Locale.parse(identifier)
    table = magnitudes(identifier.split("_")[0])
    for width in ("short", "long"):
        for forms in locale.compact_decimal_formats.get(width, {}).values():
            for key, pattern in forms.items():
                if "0" not in pattern.pattern:
                    continue  # "mille": the word for exactly one thousand, no digits
                prefix = pattern.prefix[0].strip(" \u00a0\u202f\u200e\u200f'")
                word = pattern.suffix[0].replace("'", "").strip(" \u00a0\u202f\u200e\u200f")
                if prefix:
                    return False
                if not word:
                    continue
                power = len(key) - pattern.int_prec[0]
                found = table.match(f"1 {word}", 1) or table.match(f"1{word}", 1)
                if found is None or found[1] != Decimal(10) ** power:
                    return False
    return True


COMPACT_LOCALES = [identifier for identifier in LOCALES if _compact_read(identifier)]


def test_compact_forms_of_most_locales_and_every_detected_language_are_read() -> None:
    assert len(COMPACT_LOCALES) >= 0.85 * len(LOCALES)
    assert set(SENTENCES) <= set(COMPACT_LOCALES)


@settings(max_examples=1000, deadline=None)
@given(
    locale=st.sampled_from(COMPACT_LOCALES),
    value=st.integers(1000, 10**15),
    width=st.sampled_from(["short", "long"]),
)
def test_format_compact_decimal_stands_for_the_amount(locale: str, value: int, width: str) -> None:
    """ "1,2 Mio." stands for an interval (1.15 to 1.25 million) that holds the amount."""
    assume(width in Locale.parse(locale).compact_decimal_formats)
    compact = format_compact_decimal(value, locale=locale, format_type=width, fraction_digits=1)
    assume(any(char.isdigit() for char in compact))  # "mille": number words are not read
    # babel writes a bare "1" for 1,000 where a plural form's pattern is "0" (Venetian "one"):
    # a figure without its magnitude word, which nothing could read back.
    bare = not any(char.isalpha() for char in compact)
    assume(not bare or compact == format_decimal(value, locale=locale))
    text = f"{compact} EUR"
    found = figcheck.find_money(text, locale=locale)
    assert len(found) == 1, text
    assert found[0].figure.interval.low <= value <= found[0].figure.interval.high, text


@pytest.mark.parametrize("language", sorted(SENTENCES))
@settings(max_examples=60, deadline=None)
@given(
    code=st.sampled_from(["EUR", "USD", "GBP", "JPY", "RUB", "CHF", "CNY", "INR"]), data=st.data()
)
def test_money_in_a_sentence_is_read_without_a_locale(
    language: str, code: str, data: st.DataObject
) -> None:
    """The language is detected from the sentence, and babel's form for it is read back."""
    assume(not _unread_symbol(code, language))
    amount = data.draw(amounts_in(code), label="amount")
    text = SENTENCES[language].format(format_currency(amount, code, locale=language))
    found = figcheck.find_money(text)
    assert [(m.amount, m.currency) for m in found] == [(amount, code)], text


WRONG = frozenset({"FC101", "FC103", "FC104"})
LANGUAGES = sorted(LOCALIZED_LANGUAGES)


@pytest.mark.parametrize("language", LANGUAGES)
@settings(max_examples=40, deadline=None)
@given(data=st.data())
def test_honest_documents_in_every_language_are_never_flagged(
    language: str, data: st.DataObject
) -> None:
    """Consistent conversions written by babel in the language's own format, read with the
    language detected from the text and with the locale given, raise nothing."""
    document = data.draw(fs.localized_conversion_document(language), label="document")
    for locale in (None, language):
        report = figcheck.check(document.text, locale=locale)
        found = [c for c in report.claims if isinstance(c, figcheck.Conversion)]
        assert [
            (c.original.amount, c.original.currency, c.converted.amount, c.converted.currency)
            for c in found
        ] == [
            (w.original, w.original_currency, w.converted, w.converted_currency)
            for w in document.conversions
        ], document.text
        assert [f.code for f in report.findings if f.code in WRONG] == [], document.text


@pytest.mark.parametrize("language", LANGUAGES)
@settings(max_examples=40, deadline=None)
@given(data=st.data())
def test_one_wrong_conversion_in_every_language_is_flagged_on_its_figure(
    language: str, data: st.DataObject
) -> None:
    document = data.draw(
        fs.localized_conversion_document(language, perturbed=True), label="document"
    )
    report = figcheck.check(document.text, locale=language)
    assert document.perturbed is not None
    wrong = [c for c in report.claims if isinstance(c, figcheck.Conversion)][
        document.perturbed
    ].converted
    flagged = [f for f in report.findings if f.code in WRONG]
    assert [(f.span.start, f.span.end) for f in flagged] == [(wrong.span.start, wrong.span.end)], (
        document.text
    )
