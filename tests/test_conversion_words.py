"""Conversions written in words, ranges restated end to end, currencies settled by the pair,
and the sentences that must stay two separate amounts.

Every sentence here was written for this file around real-world figures (rouble bounties, club
fees, exchange rates of the day); none is quoted from a published article. Rows start with a
readable id; ``(original, converted, connector, hedge)`` describes each expected conversion.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import pytest

import figcheck
from figcheck import Conversion

ConversionRow = tuple[str, str, str, str | None]


def _conversions(text: str, locale: str | None = None) -> list[Conversion]:
    claims = figcheck.extract(text, locale=locale)
    found = [claim for claim in claims if isinstance(claim, Conversion)]
    for conversion in found:  # every mention slices its own text out of the input
        for money in (conversion.original, conversion.converted):
            assert text[money.span.start : money.span.end] == money.text
    return found


def _rows(text: str, locale: str | None = None) -> list[ConversionRow]:
    return [
        (c.original.text, c.converted.text, c.connector, c.hedge)
        for c in _conversions(text, locale)
    ]


# --------------------------------------------------------------------------------------------
# 1. Connectors in words, English.
# --------------------------------------------------------------------------------------------
ENGLISH: list[Any] = [
    (
        "or-about",
        "The club paid €50m, or about $54m, for the striker.",
        [("€50m", "$54m", "or", "about")],
    ),
    (
        "or-a-little-over",
        "The bounty was 300,000 rubles, or a little over $4,900.",
        [("300,000 rubles", "$4,900", "or", "a little over")],
    ),
    (
        "or-a-bit-more-than",
        "A biryani costs 485 rupees, or a bit more than $5.80.",
        [("485 rupees", "$5.80", "or", "a bit more than")],
    ),
    (
        "comma-roughly",
        "The fine came to €50m, roughly $54m.",
        [("€50m", "$54m", "comma", "roughly")],
    ),
    (
        "comma-about-mid-sentence",
        "He was paid £30,000, about $38,000, for the season.",
        [("£30,000", "$38,000", "comma", "about")],
    ),
    (
        "dash-about",
        "The fee — €50m — about $54m — was a record.",
        [("€50m", "$54m", "dash", "about")],
    ),
    (
        "is-worth",
        "Today 1bn naira is worth roughly $650,000.",
        [("1bn naira", "$650,000", "restated", "roughly")],
    ),
    (
        "is-worth-range",
        "Today 1bn naira is worth $625,000 to $666,000.",
        [("1bn naira", "$625,000 to $666,000", "restated", None)],
    ),
    (
        "is-equal-to",
        "At that rate $0.5bn is equal to Rs 4,150 crore.",
        [("$0.5bn", "Rs 4,150 crore", "restated", None)],
    ),
    (
        "is-roughly-equal-to",
        "At that rate $0.5bn is roughly equal to Rs 4,150 crore.",
        [("$0.5bn", "Rs 4,150 crore", "restated", "roughly")],
    ),
    (
        "is-equivalent-to",
        "A salary of ¥4m is equivalent to $27,000.",
        [("¥4m", "$27,000", "restated", None)],
    ),
    (
        "was-equivalent-to-approximately",
        "The fare of 2,000 rubles was equivalent to approximately $33.",
        [("2,000 rubles", "$33", "restated", "approximately")],
    ),
    (
        "gets-you",
        "These days $100 gets you about 83,000 pesos.",
        [("$100", "83,000 pesos", "restated", "about")],
    ),
    (
        "buys",
        "On the street $100 buys 1,400 pesos.",
        [("$100", "1,400 pesos", "restated", None)],
    ),
    (
        "fetches",
        "At the kiosk €100 fetches 10,800 rubles.",
        [("€100", "10,800 rubles", "restated", None)],
    ),
    (
        "would-have-got-you-over",
        "A decade ago 1bn naira would have got you over $6m.",
        [("1bn naira", "$6m", "restated", "over")],
    ),
    (
        "turned-into",
        "The app turned $30m into £23bn.",
        [],  # "$30m into" is no connector: the amount that is turned comes after "turned"
    ),
    (
        "turned-into-after-amount",
        "His $30m penthouse fee, once converted, turned into £23m.",
        [],  # words between the amount and the verb are not read
    ),
    (
        "x-turned-into-y",
        "In the calculator $30m turned into £23.6m.",
        [("$30m", "£23.6m", "restated", None)],
    ),
    (
        "parentheses-an-estimated",
        "The stake sold for £2bn (an estimated $2.5bn).",
        [("£2bn", "$2.5bn", "parentheses", "an estimated")],
    ),
    (
        "parentheses-approximately",
        "The stake sold for £2bn (approximately $2.5bn).",
        [("£2bn", "$2.5bn", "parentheses", "approximately")],
    ),
    (
        "parentheses-just-under",
        "The stake sold for £2bn (just under $2.6bn).",
        [("£2bn", "$2.6bn", "parentheses", "just under")],
    ),
    (
        "parentheses-at-current-exchange-rates",
        "The rent is 180,000 rubles (at current exchange rates, about $2,000) a month.",
        [("180,000 rubles", "$2,000", "restated", "about")],
    ),
    (
        "parentheses-at-the-current-exchange-rate-dash",
        "They got 2,500 pounds a month (at the current exchange rate – about 290,000 rubles).",
        [("2,500 pounds", "290,000 rubles", "restated", "about")],
    ),
    (
        "square-brackets-about",
        "The statue fetched ¥80m [about $540,000] at auction.",
        [("¥80m", "$540,000", "parentheses", "about")],
    ),
    (
        "us-after-amount",
        "The licence costs C$500 ($370 US) a year.",
        [("C$500", "$370", "parentheses", None)],
    ),
    (
        "foreign-amount-second",
        "The club paid $54m, or about €50m, for the striker.",
        [("$54m", "€50m", "or", "about")],
    ),
    (
        "words-before-the-comma",
        "Revenue was $2 billion last year, or about €1.8 billion.",
        [("$2 billion", "€1.8 billion", "or", "about")],
    ),
    (
        "words-before-the-comma-a-year",
        "The post pays €60,000 a year, or some $65,000.",
        [("€60,000", "$65,000", "or", "some")],
    ),
    (
        "comma-before-bracket",
        "It costs 400bn yen, (approximately $2.7bn).",
        [("400bn yen", "$2.7bn", "parentheses", "approximately")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [pytest.param(*r[1:], id=r[0]) for r in ENGLISH])
def test_english_connectors(text: str, expected: list[ConversionRow]) -> None:
    assert _rows(text) == expected


def test_us_after_the_amount_names_the_us_dollar() -> None:
    (conversion,) = _conversions("The province pays 500 Canadian dollars ($370 US) a year.")
    assert conversion.original.currency == "CAD"
    assert conversion.converted.currency == "USD"


def test_a_hedge_in_the_connector_widens_the_restatement() -> None:
    plain = _conversions("At that rate $0.5bn is equal to Rs 4,150 crore.")[0].converted
    hedged = _conversions("At that rate $0.5bn is roughly equal to Rs 4,150 crore.")[0].converted
    assert plain.interval.low > hedged.interval.low
    assert plain.interval.high < hedged.interval.high
    assert hedged.hedge == "roughly"


def test_a_little_over_widens_upwards_only() -> None:
    (conversion,) = _conversions("The bounty was 300,000 rubles, or a little over $4,900.")
    assert conversion.converted.interval.low == Decimal("4850")
    assert conversion.converted.interval.high == Decimal("5390")


def test_a_restatement_in_words_is_checked() -> None:
    # 300,000 RUB at about 60 RUB per USD (June 2022) is about $5,000, not $50,000.
    report = figcheck.check(
        "The bounty was 300,000 rubles, or a little over $49,000.", date=dt.date(2022, 6, 15)
    )
    assert [finding.code for finding in report.findings if finding.code < "FC400"]


# --------------------------------------------------------------------------------------------
# 1b. Connectors in words, other languages.
# --------------------------------------------------------------------------------------------
LANGUAGES: list[Any] = [
    (
        "fr-soit",
        "La prime atteint 300 000 roubles, soit 3 266 euros.",
        "fr",
        [("300 000 roubles", "3 266 euros", "restated", None)],
    ),
    (
        "fr-words-before-soit",
        "Les pilotes touchent 300 000 roubles par mission, soit environ 3 266 euros.",
        "fr",
        [("300 000 roubles", "3 266 euros", "restated", "environ")],
    ),
    (
        "fr-au-taux-actuel",
        "Le loyer coûte 180 000 roubles (au taux actuel, environ 1 900 euros).",
        "fr",
        [("180 000 roubles", "1 900 euros", "restated", "environ")],
    ),
    (
        "de-umgerechnet",
        "Die Prämie beträgt 300.000 Rubel, umgerechnet rund 4.980 Dollar.",
        "de",
        [("300.000 Rubel", "4.980 Dollar", "restated", "rund")],
    ),
    (
        "de-nach-aktuellem-kurs",
        "Der Preis liegt bei 5 Millionen Rubel (nach aktuellem Kurs etwa 53.000 Euro).",
        "de",
        [("5 Millionen Rubel", "53.000 Euro", "restated", "etwa")],
    ),
    (
        "nl-words-before-omgerekend",
        "Het bedrijf is 12 miljard euro waard, omgerekend 13 miljard dollar.",
        "nl",
        [("12 miljard euro", "13 miljard dollar", "restated", None)],
    ),
    (
        "nl-komt-dat-neer-op",
        "Het concern moet 3 miljoen roebel betalen; tegen de huidige koers komt dat neer op "
        "iets meer dan 35.000 euro.",
        "nl",
        [("3 miljoen roebel", "35.000 euro", "restated", "iets meer dan")],
    ),
    (
        "es-equivalentes-a",
        "Cada tanque vale 100.000 rublos (equivalentes a 1.195 dólares).",
        "es",
        [("100.000 rublos", "1.195 dólares", "restated", None)],
    ),
    (
        "es-equivalentes-a-list",
        "Cada tanque vale 100.000 rublos (equivalentes a 1.195 dólares o 1.091 euros).",
        "es",
        [
            ("100.000 rublos", "1.195 dólares", "restated", None),
            ("100.000 rublos", "1.091 euros", "parentheses", None),
        ],
    ),
    (
        "it-pari-a-circa",
        "L'acquisizione vale 150 milioni di franchi svizzeri (pari a circa 136 milioni di euro).",
        "it",
        [("150 milioni di franchi svizzeri", "136 milioni di euro", "restated", "circa")],
    ),
    (
        "ru-v-pereschete-na",
        "Штраф составит 17 тысяч гривен (в пересчёте на доллары — 410 долларов).",
        "ru",
        [],  # the target currency named before the figure is not read
    ),
    (
        "ru-chto-sostavlyaet",
        "Штраф составит 17 тысяч гривен, что составляет около 410 долларов.",
        "ru",
        [("17 тысяч гривен", "410 долларов", "restated", "около")],
    ),
    (
        "pl-czyli-okolo",
        "Premia wynosi 300 tys. rubli, czyli około 14 tys. złotych.",
        "pl",
        [("300 tys. rubli", "14 tys. złotych", "restated", "około")],
    ),
    (
        "pt-ao-cambio-atual",
        "O prêmio é de 1 milhão de rublos (ao câmbio atual, cerca de 60 mil reais).",
        "pt",
        [("1 milhão de rublos", "60 mil reais", "restated", "cerca de")],
    ),
    (
        "zh-yuehe",
        "欧盟向谷歌开出24.2亿欧元(约合185.5亿元人民币)的罚单。",
        "zh",
        [("24.2亿欧元", "185.5亿元人民币", "restated", "约")],
    ),
    (
        "zh-hant-yue-zhehe-wei",
        "公司將投入 7,000 億韓元（約折合為 5.0443 億美元）增資子公司。",
        "zh",
        [("7,000 億韓元", "5.0443 億美元", "restated", "約")],
    ),
    (
        "zh-hant-yue-dengyu",
        "公司將投入泰銖 24 億元（約等於 7,540 萬美元）增資子公司。",
        "zh",
        [("泰銖 24 億元", "7,540 萬美元", "restated", "約")],
    ),
    (
        "ja-toji-no-rate-de",
        "買収額は約240億ポンド（当時のレートで約3兆3000億円）に上った。",
        "ja",
        [("240億ポンド", "3兆3000億円", "restated", "約")],
    ),
    (
        "ko-uri-don",
        "인수 대금은 총 100억 달러, 우리돈 13조 원에 달합니다.",
        "ko",
        [("100억 달러", "13조 원", "restated", None)],
    ),
]


@pytest.mark.parametrize(
    ("text", "locale", "expected"), [pytest.param(*r[1:], id=r[0]) for r in LANGUAGES]
)
def test_connectors_in_other_languages(
    text: str, locale: str, expected: list[ConversionRow]
) -> None:
    assert _rows(text, locale) == expected


def test_a_hedge_in_a_chinese_connector_widens_the_restatement() -> None:
    (conversion,) = _conversions("欧盟向谷歌开出24.2亿欧元(约合185.5亿元人民币)的罚单。", "zh")
    assert conversion.converted.currency == "CNY"
    assert conversion.converted.interval.low < Decimal("18545000000")


def test_a_connector_in_another_language_is_checked() -> None:
    # 300,000 RUB at about 92 RUB per EUR (September 2023) is about 3,260 EUR, not 32,660.
    report = figcheck.check(
        "Les pilotes touchent 300 000 roubles par mission, soit 32 660 euros.",
        locale="fr",
        date=dt.date(2023, 9, 15),
    )
    assert [finding.code for finding in report.findings if finding.code < "FC400"]


# --------------------------------------------------------------------------------------------
# 2. Ranges restated by ranges are checked end to end.
# --------------------------------------------------------------------------------------------
RANGES: list[Any] = [
    (
        "en-one-mention-each",
        "The plan costs 300 billion to 450 billion yen (roughly $2 billion to $3 billion).",
        "en",
        [
            ("300", "$2", "300000000000", "2000000000"),
            ("450 billion yen", "$3 billion", "450000000000", "3000000000"),
        ],
    ),
    (
        "en-dash-ranges",
        "The upgrade costs Rs 2-3 crore ($240,000-$360,000).",
        "en",
        [("Rs 2", "$240,000", "20000000", "240000"), ("3 crore", "$360,000", "30000000", "360000")],
    ),
    (
        "en-two-mentions-then-a-range",
        "Estimates run from 400bn yen to 500bn yen ($2.7bn to $3.4bn).",
        "en",
        [
            ("400bn yen", "$2.7", "400000000000", "2700000000"),
            ("500bn yen", "$3.4bn", "500000000000", "3400000000"),
        ],
    ),
    (
        "fr-entre-et-a",
        "Conduire sans permis coûte entre 5 000 et 15 000 roubles (75 à 225 euros) d'amende.",
        "fr",
        [("5 000", "75", "5000", "75"), ("15 000 roubles", "225 euros", "15000", "225")],
    ),
    (
        "ru-ot-do",
        "Штраф составит от 9 до 18 тысяч гривен (в пересчёте от 220 до 440 долларов).",
        "ru",
        [("9", "220", "9000", "220"), ("18 тысяч гривен", "440 долларов", "18000", "440")],
    ),
    (
        "de-bis",
        "Der Umbau kostet 300 bis 450 Millionen Franken (310 bis 465 Millionen Euro).",
        "de",
        [
            ("300", "310", "300000000", "310000000"),
            ("450 Millionen Franken", "465 Millionen Euro", "450000000", "465000000"),
        ],
    ),
]


@pytest.mark.parametrize(
    ("text", "locale", "expected"), [pytest.param(*r[1:], id=r[0]) for r in RANGES]
)
def test_ranges_pair_end_to_end(
    text: str, locale: str, expected: list[tuple[str, str, str, str]]
) -> None:
    got = [
        (c.original.text, c.converted.text, c.original.amount, c.converted.amount)
        for c in _conversions(text, locale)
    ]
    assert got == [(a, b, Decimal(x), Decimal(y)) for a, b, x, y in expected]
    for conversion in _conversions(text, locale):
        assert conversion.original.upper is None
        assert conversion.converted.upper is None
        assert conversion.converted.amount in conversion.converted.interval


def test_each_end_keeps_its_own_rounding_and_the_hedge() -> None:
    low, high = _conversions(
        "The plan costs 300 billion to 450 billion yen (roughly $2 billion to $3 billion)."
    )
    assert low.converted.hedge == high.converted.hedge == "roughly"
    assert high.original.interval.low == Decimal("445000000000")
    assert high.original.interval.high == Decimal("455000000000")


def test_a_wrong_upper_end_is_caught_that_the_interval_would_hide() -> None:
    # 2-3 crore rupees at 83 INR per USD (2023) is $240,000-$360,000; the upper end here says
    # $3.6m. Read as one interval, [$240,000, $3.6m] against [20m, 30m] rupees still admits 83.
    report = figcheck.check(
        "The upgrade costs Rs 2-3 crore ($240,000-$3,600,000).", date=dt.date(2023, 6, 15)
    )
    assert any(finding.code < "FC400" for finding in report.findings)


def test_a_range_on_one_side_is_one_interval() -> None:
    (conversion,) = _conversions("Today 1bn naira is worth $625,000 to $666,000.")
    assert conversion.converted.upper == Decimal("666000")
    assert conversion.original.upper is None


# --------------------------------------------------------------------------------------------
# 3. The currency of a restatement settled by the pair.
# --------------------------------------------------------------------------------------------
def test_dollar_sign_after_named_pesos_is_the_us_dollar() -> None:
    text = "The fare went up to 180,000 Argentine pesos ($216) this month."
    (_, money_b) = figcheck.find_money(text)
    assert money_b.currency == "ARS"  # the document's names alone make "$" a peso …
    (conversion,) = _conversions(text)
    assert conversion.original.currency == "ARS"
    assert conversion.converted.currency == "USD"  # … but a restatement is in another one


def test_one_currency_written_twice_is_no_conversion() -> None:
    assert _conversions("The tender was 5m dollars ($5m).") == []
    assert _conversions("The fee is £5, or GBP 5.") == []


def test_an_unsettled_restatement_is_reported_not_dropped() -> None:
    report = figcheck.check(
        "The ticket costs 200 Danish kroner (150 kr).", date=dt.date(2023, 6, 15)
    )
    assert [finding.code for finding in report.findings] == ["FC402"]


# --------------------------------------------------------------------------------------------
# 4. Hard negatives: two amounts that are not one restated. No conversion, no finding.
# --------------------------------------------------------------------------------------------
FIGURE_PAIRS = [
    ("€5m", "$6m"),
    ("£30,000", "$38,000"),
    ("300,000 rubles", "$4,980"),
    ("¥3,000", "$20"),
    ("Rs 2 crore", "$240,000"),
]
ENGLISH_NEGATIVES = [
    "Spain paid {a} and the US {b}.",
    "It cost {a}, up from {b}.",
    "It cost {a}, down from {b} in 2019.",
    "The bid was {a} versus {b} for the rival.",
    "The bid was {a} vs. {b} for the rival.",
    "The bill was {a} plus {b} in fees.",
    "The grant was {a}, of which {b} went on salaries.",
    "Sales were {a}, compared with {b} a year earlier.",
    "Sales were {a}, compared with about {b} a year earlier.",
    "Sales reached {a} ({b} in 2019).",
    "The fare is {a} ({b} excluding fees).",
    "The fare is {a} ({b} of it in taxes).",
    "A coffee costs {a}; a sandwich costs {b}.",
    "Tickets: adults {a}, children {b}.",
    "Revenue rose from {a} to {b}.",
    "It will cost between {a} and {b}.",
    "Spain paid {a}, the US paid {b}.",
    "Spain paid {a}, and about {b} came from Italy.",
    "The club paid {a} in 2020 and {b} in 2021.",
    "Costs: {a} (2019), {b} (2020).",
    "The fine was {a} (the US fine was {b}).",
    "The firm lost {a} while its rival made {b}.",
    "The deal is worth {a}; a second one {b}.",
    "He earned {a} in Spain, or {b} in the US.",
    "Prices range from {a} for a room to {b} for a suite.",
    "The budget is {a} this year against {b} last year.",
    "Funding of {a} was matched by {b} from donors.",
    "The club paid {a} — {b} went to agents.",
    "Imports were {a}, exports about {b} more.",
    "It holds {a} in cash and {b} in bonds.",
]
NEGATIVE_TEXTS = [
    template.format(a=a, b=b) for template in ENGLISH_NEGATIVES for a, b in FIGURE_PAIRS
]
NEGATIVE_TEXTS += [
    "You can pay $5 or €5 at the door.",
    "Entry is £10 or €10, whichever you carry.",
    "The menu lists coffee at $3 and tea at €2.50.",
    "It cost $5m, the previous one $3m.",
    "The price fell from $40 to $35.",
    "1 INR/0.0122 USD is equivalent to 82 INR.",
    "Shares rose 5% to $20, or 12% above the offer.",
    "A €5m ($3m of it in cash) package was agreed.",
    "At the kiosk €100 fetches 10,800 rubles of change and $5 of coins.",
    "His €5m buys $3m of equipment.",
]
OTHER_NEGATIVES: list[tuple[str, str]] = [
    ("fr", "L'Espagne a payé 5 millions d'euros et les États-Unis 6 millions de dollars."),
    (
        "fr",
        "Le chiffre d'affaires atteint 5 millions d'euros, contre 4 millions de dollars en 2019.",
    ),
    ("fr", "Un café coûte 3 euros ; un sandwich 5 dollars."),
    ("fr", "Le projet coûte 300 000 roubles par an et 4 980 dollars de frais."),
    ("fr", "La prime est de 300 000 roubles (4 980 dollars en 2019)."),
    ("de", "Spanien zahlte 5 Millionen Euro und die USA 6 Millionen Dollar."),
    ("de", "Der Umsatz lag bei 5 Millionen Euro, nach 4 Millionen Dollar im Vorjahr."),
    ("de", "Ein Kaffee kostet 3 Euro, ein Brötchen 5 Franken."),
    ("de", "Die Prämie beträgt 300.000 Rubel plus 4.980 Dollar Spesen."),
    ("de", "Die Prämie beträgt 300.000 Rubel (4.980 Dollar davon in bar)."),
    ("es", "España pagó 5 millones de euros y Estados Unidos 6 millones de dólares."),
    ("es", "Las ventas fueron de 5 millones de euros, frente a 4 millones de dólares en 2019."),
    ("es", "Un café cuesta 3 euros; un bocadillo, 5 dólares."),
    ("es", "El premio es de 100.000 rublos más 1.195 dólares en gastos."),
    ("es", "El premio es de 100.000 rublos (1.195 dólares sin comisiones)."),
    ("it", "La Spagna ha pagato 5 milioni di euro e gli Stati Uniti 6 milioni di dollari."),
    ("it", "Il fatturato è di 5 milioni di euro, contro 4 milioni di dollari nel 2019."),
    ("it", "Un caffè costa 3 euro, un panino 5 franchi."),
    ("it", "Il premio è di 150 milioni di franchi svizzeri e 136 milioni di euro di debiti."),
    ("nl", "Spanje betaalde 5 miljoen euro en de VS 6 miljoen dollar."),
    ("nl", "De omzet was 5 miljoen euro, tegen 4 miljoen dollar in 2019."),
    ("nl", "Een koffie kost 3 euro, een broodje 5 dollar."),
    ("nl", "Het concern betaalt 3 miljoen roebel boete en 35.000 euro kosten."),
    ("ru", "Испания заплатила 5 миллионов евро, а США 6 миллионов долларов."),
    ("ru", "Выручка составила 5 миллионов евро против 4 миллионов долларов в 2019 году."),
    ("ru", "Кофе стоит 300 рублей, а бутерброд 5 долларов."),
    ("ru", "Штраф составит 17 тысяч гривен и 410 долларов пошлины."),
    ("pl", "Hiszpania zapłaciła 5 mln euro, a USA 6 mln dolarów."),
    ("pl", "Kawa kosztuje 12 złotych, a kanapka 5 euro."),
    ("pt", "A Espanha pagou 5 milhões de euros e os EUA 6 milhões de dólares."),
    ("pt", "As vendas foram de 5 milhões de euros, contra 4 milhões de dólares em 2019."),
    ("pt", "Um café custa 3 euros; um sanduíche, 5 dólares."),
    ("zh", "西班牙支付了500万欧元，美国支付了600万美元。"),
    ("zh", "去年收入为24.2亿欧元，前年为185.5亿元人民币。"),
    ("ja", "スペインは500万ユーロ、米国は600万ドルを支払った。"),
    ("ja", "売上高は240億ポンド、前年は3兆3000億円だった。"),
    ("ko", "스페인은 500만 유로를, 미국은 600만 달러를 냈다."),
]


@pytest.mark.parametrize("text", NEGATIVE_TEXTS)
def test_english_hard_negatives(text: str) -> None:
    assert _conversions(text) == []
    assert figcheck.check(text, date=dt.date(2023, 6, 15)).findings == []


@pytest.mark.parametrize(("locale", "text"), OTHER_NEGATIVES)
def test_hard_negatives_in_other_languages(locale: str, text: str) -> None:
    assert _conversions(text, locale) == []
    assert figcheck.check(text, locale=locale, date=dt.date(2023, 6, 15)).findings == []


def test_there_are_enough_hard_negatives() -> None:
    assert len(NEGATIVE_TEXTS) + len(OTHER_NEGATIVES) >= 150
    assert len({locale for locale, _ in OTHER_NEGATIVES}) >= 8


# --------------------------------------------------------------------------------------------
# 5. A one-sentence text: the words of its figures tell its language.
# --------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Het bedrijf is volgens de krant 12 miljard euro (13 miljard dollar) waard.", "nl"),
        ("El premio es de 5 millones de dólares.", "es"),
        ("O prêmio é de 5 milhões de reais.", "pt"),
        ("The company is worth 12 billion euros, the paper says.", "en"),
    ],
)
def test_figure_words_tell_a_short_text_s_language(text: str, language: str) -> None:
    from figcheck.reading.detect import detect_language

    assert detect_language(text) == language


def test_a_short_dutch_text_is_read_as_dutch_without_a_locale() -> None:
    text = "Het bedrijf is volgens de krant 12 miljard euro (13 miljard dollar) waard."
    assert _rows(text) == [("12 miljard euro", "13 miljard dollar", "parentheses", None)]
