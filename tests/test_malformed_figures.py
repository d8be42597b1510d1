"""Malformed figures (FC205) and a magnitude word missing on one side of a conversion (FC103).

FC205 reports two forms that are almost always typos: an East Asian compound whose last group
of four digits lacks its unit ("2億5000ドル" for 2億5000万ドル) and a figure already in the
millions followed by a magnitude word ("$300,000,000 million"). A conversion one of whose sides
lacks the magnitude word the other has ("£23.4 ($30 million)") is FC103's, with the figure
named; FC205 stays quiet there. Every text goes through ``figcheck.check``; the sentences are
ours, written around figures of the kind company results and budgets carry.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import figcheck
from figcheck import Finding

DATE = dt.date(2023, 5, 12)


def findings(text: str, locale: str, code: str) -> list[Finding]:
    report = figcheck.check(text, locale=locale, date=DATE)
    return [finding for finding in report.findings if finding.code == code]


# (id, locale, text, the figure reported, what it probably meant)
MALFORMED = [
    # An East Asian compound missing the unit of its last group.
    ("ja-oku-dollars", "ja", "売上高は2億5000ドルだった。", "2億5000ドル", "2億5000万ドル"),
    ("ja-oku-yen", "ja", "予算は3億2000円に増えた。", "3億2000円", "3億2000万円"),
    ("ja-cho-yen", "ja", "売上は1兆5000円に達した。", "1兆5000円", "1兆5000億円"),
    ("ja-oku-comma", "ja", "赤字は2億5,000ドルだった。", "2億5,000ドル", "2億5,000万ドル"),
    ("ko-eok-won", "ko", "매출은 3억2000원이었다.", "3억2000원", "3억2000만원"),
    ("ko-eok-spaced", "ko", "매출은 3억 2000 원이었다.", "3억 2000 원", "3억 2000만 원"),
    ("ko-eok-dollars", "ko", "투자액은 5억1000달러다.", "5억1000달러", "5억1000만달러"),
    ("ko-jo-won", "ko", "예산은 1조5000원이다.", "1조5000원", "1조5000억원"),
    ("zh-yi-dollars", "zh", "营收为2亿5000美元。", "2亿5000美元", "2亿5000万美元"),
    ("zh-yi-yuan", "zh", "投资额为3亿2000元。", "3亿2000元", "3亿2000万元"),
    ("zh-hant-wan", "zh", "營收為2億5000元，去年為9000萬元。", "2億5000元", "2億5000萬元"),
    # A figure already in the millions followed by a magnitude word.
    (
        "en-million",
        "en",
        "The ministry spent $300,000,000 million on roads.",
        "$300,000,000 million",
        "$300 million",
    ),
    (
        "en-million-name",
        "en",
        "The fund is worth 300,000,000 million dollars.",
        "300,000,000 million dollars",
        "300 million dollars",
    ),
    (
        "en-billion",
        "en",
        "Debts reached $2,000,000 billion last year.",
        "$2,000,000 billion",
        '"2,000,000" without "billion"',
    ),
    (
        "en-code-bn",
        "en",
        "The bank holds EUR 500,000,000m in deposits.",
        "EUR 500,000,000m",
        "EUR 500m",
    ),
    (
        "de-millionen",
        "de",
        "Der Konzern meldete 500000000 Millionen Euro Umsatz.",
        "500000000 Millionen Euro",
        "500 Millionen Euro",
    ),
    (
        "de-milliarden",
        "de",
        "Die Schulden betragen 3.000.000 Milliarden Euro.",
        "3.000.000 Milliarden Euro",
        '"3.000.000" without "Milliarden"',
    ),
    (
        "fr-milliards",
        "fr",
        "Le budget atteint 2 000 000 milliards d'euros.",
        "2 000 000 milliards d'euros",
        '"2 000 000" without "milliards"',
    ),
    (
        "fr-millions",
        "fr",
        "La dette atteint 400 000 000 millions d'euros.",
        "400 000 000 millions d'euros",
        "400 millions d'euros",
    ),
    (
        "es-millones",
        "es",
        "El gasto fue de 300.000.000 millones de dólares.",
        "300.000.000 millones de dólares",
        "300 millones de dólares",
    ),
    (
        "it-milioni",
        "it",
        "La spesa è di 300.000.000 milioni di euro.",
        "300.000.000 milioni di euro",
        "300 milioni di euro",
    ),
    (
        "nl-miljard",
        "nl",
        "De schuld is 2.000.000 miljard euro.",
        "2.000.000 miljard euro",
        '"2.000.000" without "miljard"',
    ),
    (
        "nl-miljoen",
        "nl",
        "Het fonds beheert 700.000.000 miljoen euro.",
        "700.000.000 miljoen euro",
        "700 miljoen euro",
    ),
]


@pytest.mark.parametrize(
    ("locale", "text", "figure", "meant"),
    [case[1:] for case in MALFORMED],
    ids=[case[0] for case in MALFORMED],
)
def test_malformed_figure_is_reported_with_what_it_meant(
    locale: str, text: str, figure: str, meant: str
) -> None:
    (finding,) = findings(text, locale, "FC205")
    assert text[finding.span.start : finding.span.end] == figure
    assert finding.severity is figcheck.Severity.WARNING
    assert f'"{figure}"' in finding.message
    assert meant in finding.message
    assert "probably" in finding.message
    assert finding.evidence.figures == (figure,)


def test_compound_message_shows_both_readings() -> None:
    (finding,) = findings("売上高は2億5000ドルだった。", "ja", "FC205")
    assert "reads as 200,005,000" in finding.message
    assert "(250,000,000)" in finding.message
    assert "no 万 before the currency" in finding.message


def test_doubled_magnitude_message_shows_the_value_read() -> None:
    (finding,) = findings("The ministry spent $300,000,000 million on roads.", "en", "FC205")
    assert "to 3×10^14" in finding.message
    assert '"million" multiplies it again' in finding.message


# (id, locale, text): written as meant; neither FC205 nor FC103 may fire.
WELL_FORMED = [
    ("ja-oku-man", "ja", "売上高は2億5000万ドルだった。"),
    ("ja-cho-oku", "ja", "売上は1兆5000億円に達した。"),
    ("ja-oku", "ja", "予算は2億円だった。"),
    ("ja-plain", "ja", "価格は5000ドルだった。"),
    ("ja-full", "ja", "総額は1億2345万6789円だった。"),
    ("ja-sen", "ja", "予算は2億5千万円だった。"),
    ("ja-cho-oku-man", "ja", "売上は1兆2000億5000万円だった。"),
    ("ja-grouped", "ja", "利益は3,000億円だった。"),
    ("ja-spaced-man", "ja", "売上高は2億 5000万ドルだった。"),
    ("ja-people", "ja", "人口は1億2000人を超えた。"),
    ("ja-conversion", "ja", "売上高は2億5000万ドル（約340億円）だった。"),
    ("ja-year", "ja", "2023年の予算は2億ドルだった。"),
    ("ko-eok-man", "ko", "매출은 3억2000만원이었다."),
    ("ko-cheon", "ko", "매출은 2억 5천만 원이었다."),
    ("ko-spaced-man", "ko", "매출은 3억 2000만 원이었다."),
    ("ko-plain", "ko", "가격은 5000원이다."),
    ("ko-jo-eok", "ko", "예산은 1조 5000억 원이다."),
    ("ko-eok", "ko", "매출은 3억원이었다."),
    ("ko-full", "ko", "총액은 1억2345만6789원이다."),
    ("zh-yi-wan", "zh", "营收为2亿5000万美元。"),
    ("zh-decimal-yi", "zh", "投资额为1.5亿元。"),
    ("zh-plain", "zh", "价格为5000元。"),
    ("zh-yi", "zh", "营收为2亿元人民币。"),
    ("zh-hant-wan", "zh", "營收為2億5000萬元。"),
    ("zh-hant-zhao", "zh", "營收為1兆5000億元。"),
    ("en-million", "en", "The ministry spent $300 million on roads."),
    ("en-thousands-of-millions", "en", "The fund had $1,500 million."),
    ("en-billion", "en", "Debts reached $2.5 billion."),
    ("en-six-digits", "en", "The budget is $999,999 million."),
    ("en-trillion-in-millions", "en", "US debt passed $31,400,000 million."),
    ("en-yen-millions", "en", "Toyota reported sales of ¥31,379,507 million."),
    ("en-won-millions", "en", "Samsung reported sales of ₩302,231,360 million."),
    ("en-rupiah-millions", "en", "The budget is Rp 3,061,200,000 million."),
    ("en-no-currency", "en", "There are 2,000,000 billion stars out there."),
    ("en-plain", "en", "The house sold for $1,250,000."),
    ("en-converted-both-words", "en", "The club paid £23.4m ($30 million)."),
    ("en-original-both-words", "en", "The club paid $30 million (£23.4m)."),
    ("en-small", "en", "A coffee costs €5 ($5.40)."),
    ("de-millionen", "de", "Der Konzern meldete 500 Millionen Euro Umsatz."),
    ("de-thousands-of-millions", "de", "Der Umsatz lag bei 1.500 Millionen Euro."),
    ("de-milliarden", "de", "Die Schulden betragen 2,5 Milliarden Euro."),
    ("de-plain", "de", "Das Haus kostet 12.000.000 Euro."),
    ("fr-old-style", "fr", "Le budget était de 12 000 millions de francs."),
    ("fr-milliards", "fr", "La dette atteint 2,5 milliards d'euros."),
    ("en-old-french", "en", "In 1950 the plan cost 12,000 million francs."),
    ("fr-plain", "fr", "Le château vaut 300 000 000 euros."),
    ("es-millones", "es", "El gasto fue de 12.000 millones de euros."),
    ("es-dollars", "es", "El gasto fue de 300 millones de dólares."),
    ("es-pesos", "es", "El presupuesto es de 2.500.000 millones de pesos."),
    ("it-milioni", "it", "La spesa è di 300 milioni di euro."),
    ("it-miliardi", "it", "La spesa è di 2,5 miliardi di euro."),
    ("nl-miljoen", "nl", "Het fonds beheert 300 miljoen euro."),
    ("nl-miljard", "nl", "De schuld is 2,5 miljard euro."),
]


@pytest.mark.parametrize(
    ("locale", "text"), [case[1:] for case in WELL_FORMED], ids=[c[0] for c in WELL_FORMED]
)
def test_well_formed_figure_is_not_reported(locale: str, text: str) -> None:
    report = figcheck.check(text, locale=locale, date=DATE)
    assert [f.code for f in report.findings if f.code in ("FC205", "FC103")] == []


def test_hard_negatives_cover_every_language() -> None:
    assert len(WELL_FORMED) >= 40
    assert {case[1] for case in WELL_FORMED} >= {"en", "ja", "zh", "ko", "de", "fr", "es"}


# A magnitude word on one side of a conversion only: FC103 names the figure that lacks it, and
# stays on the converted figure as every slip does (when the bare one is the original, either
# may be wrong). (id, locale, text, the bare figure, what it probably meant, where it points)
ONE_SIDED = [
    (
        "en-original",
        "en",
        "The club paid £23.4 ($30 million).",
        "£23.4",
        "£23.4 million",
        "$30 million",
    ),
    ("en-converted", "en", "The club paid £23.4m ($30).", "$30", "$30m", "$30"),
    ("en-bn", "en", "The state paid €2.5 ($2.7bn) for it.", "€2.5", "€2.5bn", "$2.7bn"),
    ("ja-man", "ja", "契約額は2300万円（17ドル）だった。", "17ドル", "17万ドル", "17ドル"),
    (
        "de-mio",
        "de",
        "Der Verein zahlte 23,4 Euro (25 Mio. Dollar).",
        "23,4 Euro",
        "23,4 Mio. Euro",
        "25 Mio. Dollar",
    ),
    (
        "fr-millions",
        "fr",
        "Le club a payé 23,4 euros (25 millions de dollars).",
        "23,4 euros",
        "23,4 millions euros",
        "25 millions de dollars",
    ),
]


@pytest.mark.parametrize(
    ("locale", "text", "bare", "meant", "at"),
    [case[1:] for case in ONE_SIDED],
    ids=[case[0] for case in ONE_SIDED],
)
def test_one_sided_magnitude_is_one_fc103_finding_naming_the_bare_figure(
    locale: str, text: str, bare: str, meant: str, at: str
) -> None:
    report = figcheck.check(text, locale=locale, date=DATE)
    (finding,) = [f for f in report.findings if f.code in ("FC101", "FC102", "FC103", "FC205")]
    assert finding.code == "FC103"
    assert f'probably "{meant}"' in finding.message
    assert f'"{bare}"' in finding.message
    assert text[finding.span.start : finding.span.end] == at


def test_missing_word_on_the_original_names_both_readings_and_never_applies_the_fix() -> None:
    text = "The club paid £23.4 ($30 million)."
    (finding,) = findings(text, "en", "FC103")
    assert finding.fix is not None
    assert finding.fix.original == "$30 million"
    assert not finding.fix.safe  # the original may be the wrong one
    assert "expected about $29." in finding.message  # not "$0.0000296 million"
    assert 'or "£23.4" has no magnitude word' in finding.message


def test_slip_without_a_one_sided_word_keeps_its_message() -> None:
    (finding,) = findings("It pays €200,000 ($2,178,000).", "en", "FC103")
    assert "probably" not in finding.message
    assert "10 times too large" in finding.message


@settings(max_examples=60, deadline=None)
@given(
    count=st.integers(min_value=1, max_value=10**12 - 1),
    script=st.sampled_from(
        [
            ("ja", "兆", "億", "万", "", "円", "売上は{}だった。"),
            ("zh", "万亿", "亿", "万", "", "元", "营收为{}。"),
            ("ko", "조", "억", "만", "", "원", "매출은 {}이다."),
            ("ko", "조", "억", "만", " ", "원", "매출은 {}이다."),
        ]
    ),
)
def test_well_formed_compounds_are_never_reported(
    count: int, script: tuple[str, str, str, str, str, str, str]
) -> None:
    """Guards precision: an amount in units of 10⁴ (as prose states sums in 万, 만), written
    group by group with every group's unit, is never taken for a compound missing one."""
    locale, trillion, hundred_million, ten_thousand, gap, currency, sentence = script
    groups = [(count // 10**8, trillion), (count // 10**4 % 10**4, hundred_million)]
    groups.append((count % 10**4, ten_thousand))
    written = gap.join(f"{value}{unit}" for value, unit in groups if value)
    text = sentence.format(f"{written}{currency}")
    assert findings(text, locale, "FC205") == [], text
