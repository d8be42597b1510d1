"""Reading rules that cross languages: each case pins one rule of the locale-aware scan."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

import figcheck
from figcheck.reading.detect import detect_language
from figcheck.reading.numbers import ENGLISH, NumberStyle, parse_run

GERMAN = NumberStyle(",", ".")


def money(text: str, locale: str | None = None) -> list[tuple[str, Decimal, str | None]]:
    return [(m.text, m.amount, m.currency) for m in figcheck.find_money(text, locale=locale)]


@pytest.mark.parametrize(
    ("run", "style", "value", "convention", "other"),
    [
        ("1.234", GERMAN, "1234", None, "1.234"),
        ("1.234", ENGLISH, "1.234", None, "1234"),
        ("1,234", GERMAN, "1.234", None, "1234"),
        ("1.234,56", ENGLISH, "1234.56", ",", None),  # certain either way
        ("1.234.567", ENGLISH, "1234567", ",", None),  # one sign repeated: grouping
        ("1,5", GERMAN, "1.5", ",", None),
        ("0.123", ENGLISH, "0.123", ".", None),  # "0" cannot be a thousands group
    ],
)
def test_separators_are_read_in_the_style_and_the_other_reading_is_kept(
    run: str, style: NumberStyle, value: str, convention: str | None, other: str | None
) -> None:
    parsed = parse_run(run, style)
    assert parsed is not None
    assert parsed.value == Decimal(value)
    assert parsed.convention == convention
    assert parsed.other == (Decimal(other) if other else None)


def test_a_year_before_a_space_grouped_amount_is_a_year() -> None:
    assert money("en 2019 300 000 euros furent versés", "fr") == [
        ("300 000 euros", Decimal(300000), "EUR")
    ]


def test_english_does_not_group_with_spaces() -> None:
    assert money("They paid 1 234 567 euros.", "en") == []


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("Costó 150 millones de dolares.", "es", [("150 millones de dolares", 150_000_000, "USD")]),
        ("O contrato vale 2 milhoes de reais.", "pt", [("2 milhoes de reais", 2_000_000, "BRL")]),
        ("Perdieron 75 USD millones.", "es", [("75 USD millones", 75_000_000, "USD")]),
        ("It lost 75 USD million.", "en", [("75 USD million", 75_000_000, "USD")]),
        ("Obtén 2 meses por MXN$ 20.", "es", [("MXN$ 20", 20, "MXN")]),
        ("Por 15 USD 50 puedes comer.", "es", [("15 USD", 15, "USD")]),
        (
            "Spółka zebrała 150 mln dol. od inwestorów.",
            "pl",
            [("150 mln dol.", 150_000_000, "USD")],
        ),
        ("这部手机的售价为人民币5999元。", "zh", [("人民币5999元", 5999, "CNY")]),
        ("该公司去年营收达3億元。", "zh", [("3億元", 300_000_000, "CNY")]),
        ("該公司去年營收達3億元。", "zh_Hant", [("3億元", 300_000_000, "TWD")]),
        ("Aylık kira 4 bin 980 dolara yükseldi.", "tr", [("4 bin 980 dolara", 4980, "USD")]),
        ("10.000 lire per un caffè", "it", []),  # the old Italian lira, not TRY
        ("Ich kaufe 5 Pfund Kartoffeln.", "de", []),  # a weight
        ("Ich zahle 5 Millionen Pfund.", "de", [("5 Millionen Pfund", 5_000_000, "GBP")]),
        ("兑换１．０７５３美元", "zh", []),  # a full-width point: not misread as 753
        ("The price is 3.5T EUR.", "en", [("3.5T EUR", Decimal("3.5e12"), "EUR")]),
    ],
)
def test_reading_rules(
    text: str, locale: str, expected: list[tuple[str, int | Decimal, str]]
) -> None:
    assert money(text, locale) == [(t, Decimal(v), c) for t, v, c in expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("他花了人民币5999", []),  # no 元 after the figure: not this kind of mention
        ("他花了人民币5999。", []),
        ("他花了人民币5999元。", [("人民币5999元", "CNY")]),
    ],
)
def test_a_chinese_name_before_the_figure_needs_yuan_after_it(
    text: str, expected: list[tuple[str, str]]
) -> None:
    """人民币 before a figure is read when 元 follows, and the end of the text is not taken
    for 元 (the mention then ran one character past the end)."""
    found = figcheck.find_money(text, locale="zh")
    assert [(m.text, m.currency) for m in found] == expected


def test_a_short_english_sentence_is_detected_from_two_different_words() -> None:
    assert detect_language("The fund pays CHF 10,000 (€6.481) for a plane.") == "en"
    assert detect_language("the the") is None


def test_unsettled_separators_are_reported_and_not_checked() -> None:
    text = "Eintritt: 1.500 € (1.650 $)."
    report = figcheck.check(text, date=dt.date(2023, 5, 12))
    assert [f.code for f in report.findings] == ["FC406"]
    found = figcheck.find_money(text)
    assert [(m.amount, m.figure.other) for m in found] == [
        (Decimal("1.500"), Decimal(1500)),
        (Decimal("1.650"), Decimal(1650)),
    ]
    assert [
        f.code for f in figcheck.check(text, date=dt.date(2023, 5, 12), locale="de").findings
    ] == []


def test_both_conventions_in_one_document_leave_the_open_figures_unsettled() -> None:
    text = "Das Haus kostet 1.234,50 € und der Wagen kostet 4.980 $ (4.600 €) und mehr."
    found = {m.text: m.figure.other for m in figcheck.find_money(text, locale="en")}
    assert found["1.234,50 €"] is None  # certain
    assert found["4.980 $"] == Decimal(4980)  # read as 4.98 in English, 4980 the other way


def test_expected_figures_are_written_in_the_document_notation() -> None:
    text = (
        "Les soldats recevront 300 000 roubles (environ 4 980 dollars) pour un avion et "
        "200 000 roubles (environ 33 200 dollars) pour un hélicoptère."
    )
    [slip] = [f for f in figcheck.check(text).findings if f.code == "FC103"]
    assert slip.message.endswith("expected about 3 320 dollars")  # spaced as the text spaces it


@pytest.mark.parametrize(
    ("name", "source", "locale"),
    [
        ("a.md", "---\ntitle: T\nlang: de\n---\n\nText.\n", "de"),
        ("a.md", '+++\nlanguage = "fr-CH"\n+++\n\nTexte.\n', "fr-CH"),
        ("a.md", "---\nlang: xx-QQ\n---\n\nText.\n", None),  # unknown: ignored
        ("a.html", '<html lang="pt-BR"><body><p>Texto.</p></body></html>', "pt-BR"),
        ("a.html", "<html><body><p>Text.</p></body></html>", None),
        ("a.txt", "lang: de\n", None),  # plain text declares nothing
    ],
)
def test_documents_declare_their_language(name: str, source: str, locale: str | None) -> None:
    from figcheck.lint.markup import load_document

    assert load_document(source, name).locale == locale


def test_the_cli_reads_a_declared_language(tmp_path: Path) -> None:
    sentence = "Preis: 1.500 € (1.650 $).\n"
    (tmp_path / "declared.md").write_text(f"---\nlang: de\n---\n\n{sentence}", encoding="utf-8")
    (tmp_path / "declared.html").write_text(
        f'<html lang="de"><body><p>{sentence}</p></body></html>', encoding="utf-8"
    )
    (tmp_path / "plain.txt").write_text(sentence, encoding="utf-8")
    command = [sys.executable, "-m", "figcheck", "check", "--date", "2023-05-12", "."]
    result = subprocess.run(command, cwd=tmp_path, capture_output=True, text=True, check=False)
    flagged = sorted({line.split(":")[0] for line in result.stdout.splitlines() if "FC406" in line})
    assert flagged == ["plain.txt"], result.stdout
    german = subprocess.run(
        [*command[:-1], "--locale", "de", "plain.txt"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    assert "FC406" not in german.stdout


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("0,01 NT$", (Decimal("0.01"), "TWD")),  # CLDR's Vietnamese symbol for TWD
        ("3 NT USD", (Decimal("3000000000000"), "USD")),  # "nghìn tỷ" (10¹²), then a code
    ],
)
def test_a_symbol_that_starts_like_a_magnitude_word_is_the_symbol(
    text: str, expected: tuple[Decimal, str]
) -> None:
    assert [(m.amount, m.currency) for m in figcheck.find_money(text, locale="vi")] == [expected]
