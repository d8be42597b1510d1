"""The rate rules beyond the examples: FC105's families and restraint, FC106's triangles, the
provenance every reference finding carries, FC401's last date and FC404's implied dates."""

from __future__ import annotations

import datetime as dt

import pytest

import figcheck

MAY_2023 = dt.date(2023, 5, 12)


def codes(text: str, date: dt.date | None = MAY_2023, locale: str | None = None) -> list[str]:
    return [f.code for f in figcheck.check(text, date=date, locale=locale).findings]


FC105_CASES = [
    ("dollar read as US, Canadian figures", "The rink cost €1m ($1.47m).", None, "CAD"),
    ("dollar read as Canadian, US figures", "It costs $10m (€9.18m).", "en_CA", "USD"),
    (
        "kr read as Danish, Swedish figures",
        "The fee is 500 Danish kroner. A ticket costs 500 kr ($48.40).",
        None,
        "SEK",
    ),
    (
        "pesos read as Mexican, Philippine figures",
        "In Mexico the fee is 100 Mexican pesos. Another costs 500 pesos (US$8.95).",
        None,
        "PHP",
    ),
]


@pytest.mark.parametrize(
    ("text", "locale", "currency"), [c[1:] for c in FC105_CASES], ids=[c[0] for c in FC105_CASES]
)
def test_fc105_names_the_currency_that_fits_instead_of_fc102(
    text: str, locale: str | None, currency: str
) -> None:
    findings = figcheck.check(text, date=MAY_2023, locale=locale).findings
    assert [f.code for f in findings] == ["FC105"]
    assert f"fits {currency}, not " in findings[0].message
    assert findings[0].evidence.source == "ECB euro reference rates"
    assert any(note.startswith(f"read as {currency}") for note in findings[0].evidence.notes)


QUIET_CASES = [
    ("the assumed currency fits", "The rink cost €1m ($1.09m).", MAY_2023, []),
    ("the qualified dollar fits", "The rink cost €1m (C$1.47m).", MAY_2023, []),
    # 58.5 roubles per Canadian dollar is within 3% of $4,980, not within 0.5%: a stale US
    # rate, not a Canadian one, so FC102 and not FC105.
    (
        "close only within the wide tolerance",
        "It pays 300,000 rubles ($4,980).",
        dt.date(2021, 3, 1),
        ["FC102"],
    ),
    # In the rouble crash of March 2022 the window spans 82 to 105 roubles per dollar; the
    # Australian dollar fits the window, not the last fixing.
    ("a volatile week", "A tank earns 100,000 rubles ($1,660).", dt.date(2022, 3, 4), ["FC102"]),
    ("no family", "The prize is ¥1m (€5,000).", MAY_2023, ["FC102"]),
]


@pytest.mark.parametrize(
    ("text", "date", "expected"), [c[1:] for c in QUIET_CASES], ids=[c[0] for c in QUIET_CASES]
)
def test_fc105_does_not_cry_wolf(text: str, date: dt.date, expected: list[str]) -> None:
    assert codes(text, date) == expected


def test_fc106_reports_a_triangle_that_does_not_close_once() -> None:
    text = "The grant is €1m ($1.12m). A donor added $1m (¥139m). In yen the grant is €1m (¥147m)."
    findings = figcheck.check(text, date=MAY_2023).findings
    assert [f.code for f in findings] == ["FC106"]
    assert findings[0].span.slice(text) == "¥147m"
    assert findings[0].evidence.notes == ("through USD: 153.66–157.72 JPY per EUR",)
    assert codes(text, date=None) == ["FC404", "FC106"]  # a document-only check


def test_fc106_leaves_out_conversions_already_reported() -> None:
    text = (
        "The grant is €1m ($1.09m). A donor added $1m (¥1,350m). In yen the grant is €1m (¥147m)."
    )
    assert codes(text) == ["FC103"]


def test_fc106_is_quiet_without_a_third_pair() -> None:
    assert codes("The grant is €1m ($1.12m). A donor added $1m (¥139m).") == []


def test_reference_findings_carry_their_provenance() -> None:
    text = "It pays €200,000 ($2,178,000) and €300,000 ($326,800)."
    (finding,) = figcheck.check(text, date=MAY_2023).findings
    assert finding.code == "FC103"  # judged against the other conversion, and still:
    assert finding.evidence.source == "ECB euro reference rates"
    assert finding.evidence.reference_date == MAY_2023
    assert finding.evidence.notes[1:] == (
        "reference source: ECB euro reference rates",
        "reference dates used: 2023-05-05, 2023-05-08, 2023-05-09, 2023-05-10, 2023-05-11, "
        "2023-05-12 (window of 7 days before 2023-05-12)",
        "reference band: 1.0892–1.1037 USD per EUR, allowed ±3%: 1.0565–1.1368 USD per EUR",
    )


def test_fc102_shows_the_window_and_tolerance_it_used() -> None:
    config = figcheck.Config(reference_window_days=2)
    report = figcheck.check("The city paid €5m ($9m).", date=MAY_2023, config=config)
    assert "(ECB euro reference rates, 2023-05-10 to 2023-05-12, window 2 days; tolerance ±3%)" in (
        report.findings[0].message
    )


def test_fc401_names_the_last_rate_the_source_has() -> None:
    config = figcheck.Config(rates=figcheck.EcbRates())  # no rouble after 2022-03-01
    (finding,) = figcheck.check(
        "A tank earns 100,000 rubles ($1,660).", date=dt.date(2022, 10, 25), config=config
    ).findings
    assert finding.code == "FC401"
    assert (
        "its last USD/RUB rate before then is from 2022-03-01, 238 days before, more than the "
        "92 a stale rate may bridge"
    ) in finding.message
    assert finding.evidence.notes[-1] == "last USD/RUB rate: 2022-03-01"


def test_fc404_reports_the_dates_the_implied_rate_matched() -> None:
    (finding,) = figcheck.check("The city paid €5m ($5.45m) for the bridge.").findings
    assert finding.code == "FC404"
    assert "the EUR/USD rate implied here matched ECB euro reference rates, then euro " in (
        finding.message
    )
    periods = [note for note in finding.evidence.notes if note.startswith("matched the reference")]
    assert 0 < len(periods) <= 50
    assert any(covers(note, MAY_2023) for note in periods)  # $5.45m is the May 2023 rate


def covers(note: str, day: dt.date) -> bool:
    """Whether a "matched the reference: FIRST to LAST" note includes ``day``."""
    first, _, last = note.removeprefix("matched the reference: ").partition(" to ")
    return first <= str(day) <= (last or first)


def test_fc404_says_when_the_rate_never_matched() -> None:
    (finding,) = figcheck.check("It costs €1 ($3.70).").findings
    assert finding.message.endswith(
        "the EUR/USD rate implied here never matched ECB euro reference rates, then euro "
        "conversion rates, then NBP average rates (tables A and B), then currency pegs"
    )
