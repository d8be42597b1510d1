"""Expected figures a reader can use: written the way the document writes the figure they
replace, at the precision a reader would print, in the message and in the suggested fix.

The cases are the notations in which the expected figure used to come out unreadable ("$89.38m",
"$0.144 billion", "$1,406 million", "£8.578m", and a Korean amount written "165,300조5000억 원").
The properties check the formatting against figcheck's own reader: whatever the value and the
notation, the written figure reads back as the value it states, and that value is the true one
rounded to the printed precision.
"""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import figcheck
from figcheck.model import Finding, Money
from figcheck.reading.mentions import find_money
from figcheck.rules._expected_figures import (
    digits_for,
    magnitude_words,
    significant_digits,
    written_like,
)

MARCH = dt.date(2023, 3, 15)  # dates within the ECB series of every release in range
MAY = dt.date(2023, 5, 2)
#: The Korean sentence of the report: a $12bn takeover stated as about 26.5 trillion won.
CJK_UNITS = frozenset("만억조万萬亿億兆")
KOREAN = "회사는 120억 달러(약26조5000억 원)에 인수되었다."


def only_finding(
    text: str, date: dt.date, locale: str | None = None, codes: set[str] | None = None
) -> Finding:
    """The one warning or error ``check`` reports on ``text`` (of ``codes``, when given)."""
    findings = [
        f
        for f in figcheck.check(text, date=date, locale=locale).findings
        if f.code != "FC404" and (codes is None or f.code in codes)
    ]
    assert len(findings) == 1, findings
    return findings[0]


def expected_in(finding: Finding) -> str:
    """The figure after "expected about" in a finding's message."""
    return finding.message.rsplit("expected about ", 1)[1]


# --- through check() -------------------------------------------------------------------------

CASES = [
    # (text, date, locale, the expected figure)
    ("The unit sold for €82m ($95.38m).", MARCH, None, "$87.3m"),
    ("The firm paid €130m (about $0.244 billion).", MARCH, None, "$138m"),
    ("The firm paid €130 million (about $0.244 billion).", MARCH, None, "$138 million"),
    ("The firm paid €1.3bn ($1,606 million).", MARCH, None, "$1.38bn"),
    ("The firm paid €1,300 million ($1,606 million).", MARCH, None, "$1,380 million"),
    ("It cost €10m (£9.578m).", MARCH, None, "£8.82m"),
    ("Das kostete 5 Mio. Euro (9 Mio. Dollar).", MARCH, "de", "5,32 Mio. Dollar"),
    ("Le groupe a payé 12 500 000 dollars (13 100 000 euros).", MARCH, "fr", "11 700 000 euros"),
    ("The deal: 300,000 rubles ($4,980).", dt.date(2022, 3, 1), None, "$3,320"),
    (KOREAN, MAY, "ko", "16조700억 원"),
    ("会社は120億ドル（約3兆5000億円）で買収された。", MAY, "ja", "1兆6200億円"),
]


@pytest.mark.parametrize(
    ("text", "date", "locale", "expected"), CASES, ids=[case[3] for case in CASES]
)
def test_the_expected_figure_is_written_as_the_document_writes_it(
    text: str, date: dt.date, locale: str | None, expected: str
) -> None:
    finding = only_finding(text, date, locale)
    assert expected_in(finding) == expected
    assert finding.fix is not None
    assert finding.fix.replacement == expected


def test_the_report_data_carries_the_fix() -> None:
    """``Report.to_dict()`` gives each finding's fix: span, the text it replaces, the
    replacement (the same figure as the message) and whether it is safe."""
    report = figcheck.check(KOREAN, date=MAY, locale="ko")
    findings = report.to_dict()["findings"]
    assert isinstance(findings, list)
    (data,) = [f for f in findings if f["code"] == "FC102"]
    start = KOREAN.index("26조")
    assert data["fix"] == {
        "span": {"start": start, "end": start + len("26조5000억 원")},
        "original": "26조5000억 원",
        "replacement": "16조700억 원",
        "safe": False,
    }


def test_the_korean_compound_is_composed_of_units() -> None:
    """The report's case: 조 and 억 groups, never digits grouped by thousands before 조."""
    finding = only_finding(KOREAN, MAY, "ko")
    assert expected_in(finding) == "16조700억 원"
    assert "," not in finding.message.rsplit("expected", 1)[1]


def test_a_magnitude_word_the_document_does_not_use_is_not_brought_in() -> None:
    """ "$1,420 million" stays in millions when "billion" appears nowhere in the document."""
    finding = only_finding("The firm paid €1,300 million ($1,606 million).", MARCH)
    assert "bn" not in expected_in(finding)
    assert "billion" not in expected_in(finding)


def test_the_fixed_document_checks_clean() -> None:
    """A safe fix (a slip by a power of ten) written at three digits still fits the rate."""
    text = "It pays 300,000 rubles ($4,980) and 200,000 rubles ($33,200)."
    finding = only_finding(text, dt.date(2021, 3, 1), codes={"FC103"})
    assert finding.fix is not None
    assert finding.fix.safe
    assert finding.fix.replacement == "$3,320"
    fixed = text.replace(finding.fix.original, finding.fix.replacement)
    codes = {f.code for f in figcheck.check(fixed).findings}
    assert not codes - {"FC404"}


def test_the_cli_prints_and_diffs_the_same_figure(tmp_path: Path) -> None:
    """The real command line: the message and the ``--diff`` carry the composed figure."""
    article = tmp_path / "article.txt"
    article.write_text(KOREAN + "\n", encoding="utf-8")
    command = [sys.executable, "-m", "figcheck", "check", "--date", "2023-05-02", "--locale", "ko"]
    shown = subprocess.run([*command, str(article)], capture_output=True, text=True, check=False)
    assert shown.returncode == 1, shown.stderr
    assert "expected about 16조700억 원" in shown.stdout
    diff = subprocess.run(
        [*command, "--diff", str(article)], capture_output=True, text=True, check=False
    )
    assert "+회사는 120억 달러(약16조700억 원)에 인수되었다." in diff.stdout, diff.stdout
    data = subprocess.run(
        [*command, "--output-format", "json", str(article)],
        capture_output=True,
        text=True,
        check=False,
    )
    (finding,) = json.loads(data.stdout)["findings"]
    assert finding["fix"]["replacement"] == "16조700억 원"


# --- the formatting on its own ---------------------------------------------------------------


def mention(text: str, locale: str) -> Money:
    """The one money mention of ``text``."""
    (money,) = find_money(text, locale=locale)
    return money


@pytest.mark.parametrize(
    ("text", "locale", "value", "digits", "written"),
    [
        ("$89.38m", "en", Decimal("89381234.5"), 3, "$89.4m"),
        ("£8.578m", "en", Decimal("8578000"), 3, "£8.58m"),
        ("$0.144 billion", "en", Decimal("144210000"), 3, "$0.144 billion"),
        ("$4,980", "en", Decimal("4036.4"), 3, "$4,040"),
        ("$5m", "en", Decimal("5002000"), 3, "$5m"),
        ("$166", "en", Decimal("1660.4"), 3, "$1,660"),
        ("$4.98", "en", Decimal("4980.2"), 3, "$4,980"),
        ("5000円", "ja", Decimal("3123.4"), 3, "3120円"),
        ("33 200 dollars", "fr", Decimal("3320.1"), 3, "3 320 dollars"),
        ("4.980 Euro", "de", Decimal("12345.6"), 3, "12.300 Euro"),
        ("1,2 Mrd. Euro", "de", Decimal("1234500000"), 3, "1,23 Mrd. Euro"),
        ("26조5000억 원", "ko", Decimal("16526300000000"), 3, "16조5300억 원"),
        ("120억 달러", "ko", Decimal("8765432100"), 3, "87.7억 달러"),
        ("900亿元", "zh", Decimal("86612345678"), 3, "866亿元"),
        ("1.5万亿元", "zh", Decimal("1654000000000"), 3, "1.65万亿元"),
        ("2兆3500億円", "ja", Decimal("1873000000000"), 3, "1兆8700億円"),
        ("30万円", "ja", Decimal("312345"), 3, "31.2万円"),
    ],
)
def test_written_like(text: str, locale: str, value: Decimal, digits: int, written: str) -> None:
    assert written_like(value, mention(text, locale), digits).text == written


def test_a_magnitude_word_of_the_document_replaces_an_awkward_one() -> None:
    words = magnitude_words([mention("€130m", "en").figure, mention("$2bn", "en").figure])
    small = mention("$0.244 billion", "en")
    assert written_like(Decimal("142000000"), small, 3, words).text == "$142m"
    large = mention("$1,606 million", "en")
    assert written_like(Decimal("1415000000"), large, 3, words).text == "$1.42bn"


def test_digits_follow_what_both_figures_state() -> None:
    """Three digits, or more when both figures of the conversion state more (up to five)."""
    exact = mention("€1,234,567", "en").figure
    assert significant_digits(exact) == 7
    assert digits_for(mention("€82m", "en").figure, mention("$89.38m", "en").figure) == 3
    assert digits_for(exact, mention("$1,345,678", "en").figure) == 5


# --- properties ------------------------------------------------------------------------------

#: Notations of each language, as a document writes a converted figure.
TEMPLATES = {
    "en": ["$89.38m", "$1,606 million", "£8.578m", "$4,980", "$0.2 billion", "€54m"],
    "de": ["5,9 Mio. Dollar", "1,2 Mrd. Euro", "4.980 Euro", "3,5 Millionen Dollar"],
    "fr": ["12,5 millions d’euros", "4 980 euros", "3,2 milliards de dollars"],
    "ja": ["2兆3500億円", "30万円", "120億ドル", "5000円"],
    "zh": ["900亿元", "1.5万亿元", "30万元", "3亿美元"],
    "ko": ["26조5000억 원", "120억 달러", "5000만 원", "3조 원"],
}
NOTATIONS = [(language, text) for language, texts in TEMPLATES.items() for text in texts]


@given(
    notation=st.sampled_from(NOTATIONS),
    factor=st.decimals(min_value=Decimal("0.001"), max_value=Decimal(1000), places=6),
    digits=st.integers(min_value=3, max_value=5),
    data=st.data(),
)
def test_a_written_figure_reads_back_within_its_printed_precision(
    notation: tuple[str, str], factor: Decimal, digits: int, data: st.DataObject
) -> None:
    """Guards the round trip: figcheck's reader, in the document's language, reads the written
    figure (with a magnitude word another figure of the document uses, where that reads
    better) as the value it was written for, to within half the step it was rounded to."""
    language, text = notation
    template = mention(text, language)
    other = mention(data.draw(st.sampled_from(TEMPLATES[language])), language)
    words = magnitude_words([template.figure, other.figure])
    value = template.amount * factor
    written = written_like(value, template, digits, words)
    (read,) = find_money(written.text, locale=language)
    assert read.amount == written.value, written.text
    assert abs(written.value - value) <= written.granularity / 2, written.text
    assert read.currency == template.currency


@given(
    notation=st.sampled_from(NOTATIONS),
    factor=st.decimals(min_value=Decimal("0.001"), max_value=Decimal(1000), places=6),
)
def test_a_written_figure_keeps_its_notation(notation: tuple[str, str], factor: Decimal) -> None:
    """Guards against mixed notations: the currency and the magnitude word are kept as written,
    and a figure written with East Asian 10⁴ units keeps them and never groups digits by
    thousands ("165,300조" was the bug); below 10⁴ it needs none ("300円")."""
    language, text = notation
    template = mention(text, language)
    result = written_like(template.amount * factor, template)
    written = result.text
    assert written.endswith(template.text.split(template.figure.text, 1)[1]), written
    if CJK_UNITS & set(template.figure.text):
        assert "," not in written, written
        assert bool(CJK_UNITS & set(written)) is (result.value >= 10_000), written
