"""Conversions joined in the ways the press writes besides "A (B)": a remark on the rate after
B, a hedged bracket after a word or two, a slash between two currencies, a figure used as a
compound adjective ("a 20,000-ruble fine"), and the Colombian millions apostrophe."""

from __future__ import annotations

from decimal import Decimal

import pytest

import figcheck
from figcheck import Conversion
from figcheck.reading.mentions import find_money


def conversions(text: str, locale: str) -> list[tuple[Decimal, str | None, Decimal, str | None]]:
    return [
        (c.original.amount, c.original.currency, c.converted.amount, c.converted.currency)
        for c in figcheck.extract(text, locale=locale)
        if isinstance(c, Conversion)
    ]


# (locale, text, original amount, original currency, converted amount, converted currency);
# figures as published (the 2017 auction of a polymer £5 note, fines in Russian courts, a
# Turkish minimum wage, a baseball contract), sentences our own.
PAIRED = [
    ("en", "The rare note fetched £4,150, about €4,700 at the day's rate.", "4150", "GBP",
     "4700", "EUR"),
    ("en", "They paid USD100 being worth around 840 Argentine pesos at the official rate.",
     "100", "USD", "840", "ARS"),
    ("fr", "Le parquet a requis 260.000 roubles, environ 3.000 euros au taux de change actuel.",
     "260000", "RUB", "3000", "EUR"),
    ("fr", "L'offre atteint 6,5 milliards de dollars (4,65 milliards d'euros environ).",
     "6500000000", "USD", "4650000000", "EUR"),
    ("it", "Un contratto da 290 milioni di euro (330 milioni di dollari al cambio del giorno).",
     "290000000", "EUR", "330000000", "USD"),
    ("de", "Der Mindestlohn steigt auf 5500 Türkische Lira netto (rund 316 Euro) im Monat.",
     "5500", "TRY", "316", "EUR"),
    ("en", "A court let stand the 20,000-ruble ($350) penalty.", "20000", "RUB", "350", "USD"),
    ("en", "They signed the 2.5-billion-euro (over $3 billion) contract.", "2500000000", "EUR",
     "3000000000", "USD"),
    ("en", "The median pay is RM3,212 / US$729 a month.", "3212", "MYR", "729", "USD"),
    ("es", "Ecuador pagará 425 dólares estadounidenses (casi 1'600.000 pesos colombianos).",
     "425", "USD", "1600000", "COP"),
    # a verb after B completes the connector (German relative clauses)
    ("de", "Für das Gemälde flossen zwei Millionen Rubel, was rund 21'000 Franken entspricht.",
     "2000000", "RUB", "21000", "CHF"),
    ("de", "Der Verein zahlte 800.000 Zloty, was etwa 185.000 Euro entsprach.", "800000", "PLN",
     "185000", "EUR"),
    ("de", "Es ging um 3,5 Millionen Rubel, die rund 40.000 Euro entsprechen.", "3500000", "RUB",
     "40000", "EUR"),
    # a closing quote between A and its bracket
    ("it", "«Vale circa 150 milioni di franchi svizzeri» (pari a circa 139 milioni di euro).",
     "150000000", "CHF", "139000000", "EUR"),
    ("en", 'The deal was worth "$2 billion" (about £1.6 billion).', "2000000000", "USD",
     "1600000000", "GBP"),
    # B followed inside its bracket by "and/or" and the rest of a penalty
    ("fr", "L'amende peut atteindre 50 000 roubles (550 euros et/ou six mois de prison).",
     "50000", "RUB", "550", "EUR"),
    ("en", "The fine is up to 30,000 roubles ($330 and/or 15 days in jail).", "30000", "RUB",
     "330", "USD"),
    ("es", "La multa llega a 40.000 rublos (430 euros y/o arresto).", "40000", "RUB", "430",
     "EUR"),
    # the next sentence restates A
    ("en", "She paid $12 million for the flat. Which the paper turned into £9.5 million.",
     "12000000", "USD", "9500000", "GBP"),
    ("en", "Each player earns 2,000 pounds a week. That's about 230,000 rubles.", "2000",
     "GBP", "230000", "RUB"),
    ("en", "Each player earns 2,000 pounds a week. It works out at $2,500.", "2000", "GBP",
     "2500", "USD"),
    ("de", "Jeder Freiwillige erhält 195.000 Rubel. Das sind rund 2000 Euro.", "195000", "RUB",
     "2000", "EUR"),
    ("de", "Jeder Freiwillige erhält 195.000 Rubel. Umgerechnet sind das gut 2000 Euro.",
     "195000", "RUB", "2000", "EUR"),
    ("fr", "Chaque volontaire touche 195 000 roubles. Cela représente environ 2 000 euros.",
     "195000", "RUB", "2000", "EUR"),
    ("sk", "Za zničený tank je sľúbených 100-tisíc rubľov.“ Po prepočítaní ide o 1 650 eur.",
     "100000", "RUB", "1650", "EUR"),
    ("cs", "Za sestřelený vrtulník slíbili 200 tisíc rublů. V přepočtu to je 3 300 eur.",
     "200000", "RUB", "3300", "EUR"),
    # a noun that is also a weight, restated in another currency
    ("es", "La subasta cerró en 6.150 libras, unos 7.100 euros al cambio.", "6150", "GBP",
     "7100", "EUR"),
    ("es", "Se vendió por 3.300 libras (4.200 dólares estadounidenses).", "3300", "GBP", "4200",
     "USD"),
    ("fr", "Le billet est parti à 2 000 livres (2 300 euros).", "2000", "GBP", "2300", "EUR"),
    # a hedge after B inside the bracket, after a word closing A's clause
    ("fr", "Le parquet a requis 800.000 roubles d'amende (9.000 euros environ) contre lui.",
     "800000", "RUB", "9000", "EUR"),
    # verb-final Japanese and a doubled dash
    ("ja", "1ドル＝約150円で計算すると、20万ドルは3,000万円に相当する。", "200000", "USD",
     "30000000", "JPY"),
    ("ja", "当日のレートで計算すると、20億ドル――3,010億円――になる。", "2000000000", "USD",
     "301000000000", "JPY"),
    # a range restated by a range that opens its bracket with its word
    ("it", "Valgono tra 120 e 150 miliardi di dollari (tra 110 e 138 miliardi di euro).",
     "150000000000", "USD", "138000000000", "EUR"),
    # hedges of a little more or less after "soit"
    ("fr", "Un drone abattu rapporte 100.000 roubles, soit légèrement plus de 1.000 euros.",
     "100000", "RUB", "1000", "EUR"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("locale", "text", "amount", "currency", "converted", "converted_currency"), PAIRED
)
def test_written_conversion_is_paired(
    locale: str,
    text: str,
    amount: str,
    currency: str,
    converted: str,
    converted_currency: str,
) -> None:
    expected = (Decimal(amount), currency, Decimal(converted), converted_currency)
    assert expected in conversions(text, locale)


NOT_PAIRED = [
    ("en", "The firm paid €5m in cash ($5.4m in shares)."),
    ("en", "He bought a 3-pound bag of apples for $5."),
    ("en", "The fee is 1 INR/0.015 USD on paper."),
    ("en", "Prices were $5 / $6 a head."),
    ("en", "Sales hit €200m in 2019, and $300m on the black market the year after."),
    ("fr", "Il a payé 260.000 roubles, puis 3.000 euros au taux de change actuel."),
    # "was … entspricht" without the verb, or another verb after B
    ("de", "Es flossen zwei Millionen Rubel, was 21'000 Franken kostete."),
    ("de", "Es flossen zwei Millionen Rubel, was 21'000 Franken mehr sind als geplant."),
    # a weight noun not restated
    ("es", "Compró 5 libras de carne por 10 dólares."),
    ("en", "He lost 30 pounds (and $300 on diets)."),
    # a word opening the bracket, no range after it
    ("en", "It cost $5m (between €4m)."),
    ("ja", "20万ドルは3,000万円の損失だった。"),
    # a next sentence about another amount
    ("en", "Revenue was €5m. It was $6m."),
    ("en", "Revenue was €5m. It was about $6m in 2019."),
    ("en", "Revenue was €5m. That is $1m more than last year."),
    ("en", "Revenue was €5m. Costs and taxes were worth about $6m."),
    ("de", "Der Umsatz lag bei 5 Mio. Euro. Das sind 2 Mio. Dollar mehr als geplant."),
    # "and" inside the bracket followed by another amount
    ("en", "The fine is 30,000 roubles ($330 and $50 in fees)."),
    ("fr", "L'amende est de 50 000 roubles (550 euros et 20 euros de frais)."),
]


@pytest.mark.parametrize(("locale", "text"), NOT_PAIRED)
def test_not_a_conversion(locale: str, text: str) -> None:
    assert conversions(text, locale) == []


def test_a_weight_joined_by_a_hyphen_is_not_money() -> None:
    assert [m.text for m in find_money("He bought a 3-pound bag of apples for $5.")] == ["$5"]


def test_the_millions_apostrophe_reads_as_a_group_sign() -> None:
    (money,) = find_money("El mínimo es de 1'117.172 pesos colombianos.", locale="es")
    assert money.amount == Decimal(1117172)


@pytest.mark.parametrize(
    ("locale", "text", "ends"),
    [
        # a magnitude shared by both ends would turn the range round: the first end is plain
        ("ru", "Штраф составит от 550 до 1,1 тысячи долларов.", ("550", "1100")),
        ("en", "Fines range from 550 to 1.1 thousand dollars.", ("550", "1100")),
        # a shared magnitude that keeps the range in order is shared
        ("ru", "Штраф составит от 51 до 102 тысяч гривен.", ("51000", "102000")),
        ("en", "Fines range from 5 to 10 million dollars.", ("5000000", "10000000")),
    ],
)
def test_a_range_end_takes_a_magnitude_only_when_it_keeps_the_range_in_order(
    locale: str, text: str, ends: tuple[str, str]
) -> None:
    found = find_money(text, locale=locale)
    values = [m.amount for m in found]
    uppers = [m.upper for m in found if m.upper is not None]
    assert Decimal(ends[0]) in values
    assert Decimal(ends[1]) in values + uppers


def test_between_a_plain_number_and_an_amount_with_a_magnitude() -> None:
    # the merged range once took the second end's magnitude for both and raised on "entre
    # 800.000 et 2 millions d'euros" (an empty interval)
    (money,) = find_money("Les villas coûtent entre 800.000 et 2 millions d'euros.", locale="fr")
    assert (money.amount, money.upper) == (Decimal(800000), Decimal(2000000))
    (dollars,) = find_money("It cost between $20 and $30 million.")
    assert (dollars.amount, dollars.upper) == (Decimal(20000000), Decimal(30000000))


def test_a_first_end_whose_magnitude_is_unwritten_is_not_read() -> None:
    found = find_money("Sales rose from 900 to 1.2 million euros.")
    assert [m.text for m in found] == ["1.2 million euros"]


def test_two_spaces_before_the_currency() -> None:
    (money,) = find_money("인수 대금은 우리돈 140조  원에 달합니다.", locale="ko")
    assert (money.amount, money.currency) == (Decimal(140) * 10**12, "KRW")
    (euros,) = find_money("The price is 5  euros.")
    assert euros.currency == "EUR"


def test_korean_yeo_after_the_magnitude_is_a_hedge_above() -> None:
    text = "그룹은 인수에 300억여달러(약 41조원)를 쓰기로 했다."
    (conversion,) = [c for c in figcheck.extract(text, locale="ko") if isinstance(c, Conversion)]
    assert (conversion.original.amount, conversion.original.currency) == (
        Decimal(3) * 10**10,
        "USD",
    )
    assert conversion.original.hedge == "여"
    assert conversion.original.interval.high >= Decimal(33) * 10**9
