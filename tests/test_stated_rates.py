"""Stated exchange rates: what is read as one, what is not, and the rules that check them."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

import figcheck
from figcheck import StatedRate

MAY_2023 = dt.date(2023, 5, 12)  # ECB: 1 EUR = 1.0892 USD, USD/INR about 82.2, USD/CNY 6.93


def rates(text: str, locale: str | None = None) -> list[StatedRate]:
    return [c for c in figcheck.extract(text, locale=locale) if isinstance(c, StatedRate)]


def only_rate(text: str, locale: str | None = None) -> StatedRate:
    found = rates(text, locale)
    assert len(found) == 1, found
    return found[0]


# (text, locale, base, quote, value)
SHAPES = [
    # equations and ratios
    ("Officials used $1 = 83.2 rupees throughout.", None, "USD", "INR", "83.2"),
    ("The bank quoted 1 USD = 14,500 IDR on Monday.", None, "USD", "IDR", "14500"),
    ("The cross was £1:$1.27 at the close.", None, "GBP", "USD", "1.27"),
    ("Traders saw USD/JPY 151.20 late in the session.", None, "USD", "JPY", "151.20"),
    ("The pair EUR/USD at 1.0850 held steady.", None, "EUR", "USD", "1.0850"),
    ("The figures are in pounds (rate used: $1 = 0.79 pounds).", None, "USD", "GBP", "0.79"),
    ("Exports rose sharply. ($1 = 7.2345 yuan)", None, "USD", "CNY", "7.2345"),
    # per / to / for / against
    ("Importers paid 83 rupees per dollar last week.", None, "USD", "INR", "83"),
    ("The currency traded at about 7.1 yuan to the dollar.", None, "USD", "CNY", "7.1"),
    ("Street dealers offered 6.9 yuan for $1 in March.", None, "USD", "CNY", "6.9"),
    ("The budget assumes a rate of Rs 83 per dollar.", None, "USD", "INR", "83"),
    ("By Friday the yen weakened to 151.20 against the dollar.", None, "USD", "JPY", "151.20"),
    (
        "On Tuesday the rupee closed at a record 83.45 against the US dollar.",
        None,
        "USD",
        "INR",
        "83.45",
    ),
    ("Late on Monday the euro rose to 1.09 against the dollar.", None, "EUR", "USD", "1.09"),
    # verbs
    ("In June one euro was worth 1.08 dollars.", None, "EUR", "USD", "1.08"),
    ("These days a dollar buys 83 rupees at most kiosks.", None, "USD", "INR", "83"),
    ("On the street a dollar fetched 95 roubles.", None, "USD", "RUB", "95"),
    # other languages
    ("Am Freitag galt 1 Euro = 1,08 US-Dollar.", "de", "EUR", "USD", "1.08"),
    ("Am Ende: Ein Euro kostete 1,09 US-Dollar.", "de", "EUR", "USD", "1.09"),
    ("На бирже 1 доллар = 92 рубля.", "ru", "USD", "RUB", "92"),
    ("Вчера 1 доллар стоил 91 рубль.", "ru", "USD", "RUB", "91"),
    ("当天1美元兑7.1元人民币。", "zh", "USD", "CNY", "7.1"),
    ("Hoy un dólar valía 17 pesos mexicanos.", "es", "USD", "MXN", "17"),
    ("El euro se cotizaba a 1,08 dólares.", "es", "EUR", "USD", "1.08"),
    ("Vendredi, le dollar s'échangeait à 0,92 euro.", "fr", "USD", "EUR", "0.92"),
    ("Le taux retenu : 1 euro = 1,10 dollar.", "fr", "EUR", "USD", "1.10"),
    ("為替は1ドル＝150円で推移した。", "ja", "USD", "JPY", "150"),
    ("Ieri 1 dollaro vale 0,92 euro sul mercato.", "it", "USD", "EUR", "0.92"),
    ("Il cambio: un euro valeva 1,07 dollari.", "it", "EUR", "USD", "1.07"),
    ("Na sexta, 1 dólar vale 5,10 reais.", "pt", "USD", "BRL", "5.10"),
    ("O euro era cotado a 5,45 reais.", "pt", "EUR", "BRL", "5.45"),
    ("Op vrijdag: eén euro was 1,08 dollar.", "nl", "EUR", "USD", "1.08"),
    ("Beleggers kregen 1,08 dollar voor een euro.", "nl", "EUR", "USD", "1.08"),
    ("W piątek jeden dolar kosztował 4 złote.", "pl", "USD", "PLN", "4"),
    ("Kurs wynosił 4,05 zł za dolara.", "pl", "USD", "PLN", "4.05"),
    # verbs with a spelled unit, "exactly" after the verb, a unit spelled after "per"/"for"
    ("Back then one dollar would buy exactly 6.83 yuan.", None, "USD", "CNY", "6.83"),
    ("Savers got 70 reals for every dollar they changed.", None, "USD", "BRL", "70"),
    ("Dealers quoted 4.5 shekels per one US dollar.", None, "USD", "ILS", "4.5"),
    (
        "In May 2003 the shekel traded at roughly 4.50 NIS per one US dollar.",
        None,
        "USD",
        "ILS",
        "4.50",
    ),
    ("$1 was worth 83 rupees at the airport.", None, "USD", "INR", "83"),
    ("Un euro valait exactement 6,55957 FRF.", "fr", "EUR", "FRF", "6.55957"),
    ("Ein Euro entsprach genau 1,95583 D-Mark.", "de", "EUR", "DEM", "1.95583"),
    ("Un dólar equivale a 17 pesos mexicanos.", "es", "USD", "MXN", "17"),
    ("Un dollaro vale 0,92 euro in banca.", "it", "USD", "EUR", "0.92"),
    ("Um dólar vale 5,10 reais no câmbio.", "pt", "USD", "BRL", "5.10"),
    ("Один доллар стоил 92 рубля.", "ru", "USD", "RUB", "92"),
    # "to" a unit written as an amount: the price first, the unit second
    ("The bonds were sold at a rate of Rp16,500 to U.S.$1.00;", None, "USD", "IDR", "16500"),
    # a bare number priced in the subject's currency
    (
        "With the rupee trading against the dollar at about 43 to $1, imports got dearer.",
        None,
        "USD",
        "INR",
        "43",
    ),
    (
        "The yen slid to a 20-year low against the U.S. dollar at 134.55.",
        None,
        "USD",
        "JPY",
        "134.55",
    ),
    ("Der Franken notierte gegenüber dem Euro bei 0,94.", "de", "EUR", "CHF", "0.94"),
    # the currency the clause is about, moving to a price in another
    ("The pound fell to $1.21 on Friday, its lowest since 1985.", None, "GBP", "USD", "1.21"),
    # a unit priced with "was valued at", "was pegged at", "was given a price of"
    (
        "When it came out, the new Peruvian sol was given a price of US$0.35.",
        None,
        "PEN",
        "USD",
        "0.35",
    ),
    ("In 1995 the dinar was pegged at $3.30 by the central bank.", "en_KW", "KWD", "USD", "3.30"),
    # "1 INR/0.015 USD": a unit over its price
    ("Our sheet uses a ratio of 1 INR/0.012 USD throughout.", None, "INR", "USD", "0.012"),
    ("Der Umrechner rechnet mit 1 €/1,08 $.", "de", "EUR", "USD", "1.08"),
    # the currency the clause is about, moving to a price, in other languages
    ("Der Euro stieg am Nachmittag auf 1,0712 Dollar.", "de", "EUR", "USD", "1.0712"),
    ("Le dollar a grimpé à 0,9512 euro vendredi.", "fr", "USD", "EUR", "0.9512"),
    ("Il dollaro è salito a 0,9512 euro.", "it", "USD", "EUR", "0.9512"),
    ("O dólar subiu a 5,20 reais nesta sexta.", "pt", "USD", "BRL", "5.20"),
    ("El euro cerró en 1,0712 dólares el viernes.", "es", "EUR", "USD", "1.0712"),
    # "the rate of NAME" and, later in its clause, a price after a "pair" word
    ("На пятницу ЦБ повысил курс доллара до 92,1314 рубля.", "ru", "USD", "RUB", "92.1314"),
    ("Курс евро вырос на 12 копеек, до 98,75 рубля.", "ru", "EUR", "RUB", "98.75"),
    ("Kurs franka wzrósł do 4,5321 zł.", "pl", "CHF", "PLN", "4.5321"),
    ("A cotação do euro fechou a R$ 5,4210 nesta terça.", "pt", "EUR", "BRL", "5.4210"),
    ("Der Kurs des Dollars lag bei 0,9213 Euro.", "de", "USD", "EUR", "0.9213"),
    ("Le cours du dollar était à 0,9213 euro.", "fr", "USD", "EUR", "0.9213"),
    ("The rate of the pound stood at $1.2714 at noon.", None, "GBP", "USD", "1.2714"),
    # a sign the document reads as the unit's own currency prices it in the other one
    ("La tasa de cambio promedio fue de $2.003 por dólar.", "es_CO", "USD", "COP", "2003"),
    ("El dólar cerró a $4.150 por dólar en Bogotá.", "es_CO", "USD", "COP", "4150"),
    # "to" as the Polish copula
    ("Dla turysty 1 euro to ok. 4,3 zł.", "pl", "EUR", "PLN", "4.3"),
    # the verb before the unit (German and Dutch main clauses)
    ("Am 3. Mai 2016 kostete 1 EUR genau 1,1476 USD.", "de", "EUR", "USD", "1.1476"),
    ("Am Freitag kostete ein Euro 1,08 Dollar.", "de", "EUR", "USD", "1.08"),
    ("Vorige week kostte 1 euro 1,09 dollar.", "nl", "EUR", "USD", "1.09"),
    # a bare number to "the" unit, priced in the currency the clause is about
    (
        "With the rupee pegged at 13.3 to the £1, the crore was worth £750,000.",
        None,
        "GBP",
        "INR",
        "13.3",
    ),
    # a letter printed for the euro sign, in an equation with a rate word
    ("The leaflet gave the conversion rate as E1 = FF6.55957.", None, "EUR", "FRF", "6.55957"),
    (
        "After the vote the euro immediately jumped and closed today at $1.35.",
        None,
        "EUR",
        "USD",
        "1.35",
    ),
    # a currency's move in Russian (no article: the name alone), Dutch, Italian ("l'euro",
    # a participle before "fino a") and Portuguese; levels of 2008 and 2023
    ("В пятницу доллар на бирже стоил 92,50 рубля.", "ru", "USD", "RUB", "92.50"),
    ("Евро уже добрался до 100,20 рубля.", "ru", "EUR", "RUB", "100.20"),
    ("Утром доллар подешевел на 40 копеек, до 88,10 рубля.", "ru", "USD", "RUB", "88.10"),
    ("De euro zakte donderdag richting 1,05 dollar.", "nl", "EUR", "USD", "1.05"),
    ("De euro staat vandaag op 1,08 dollar.", "nl", "EUR", "USD", "1.08"),
    ("L'euro scende a 1,0650 dollari.", "it", "EUR", "USD", "1.0650"),
    ("Nel luglio 2008 l'euro è salito fino a 1,60 dollari.", "it", "EUR", "USD", "1.60"),
    ("O dólar encerrou a semana cotado a R$ 4,95.", "pt", "USD", "BRL", "4.95"),
    ("Em Lisboa, o euro era negociado em torno de US$ 1,10.", "pt", "EUR", "USD", "1.10"),
    # Korean pairs named before the rate noun, the quote first; "당" (per) glued to the unit;
    # a figure a change word follows is the change, not the level (closes of 2019 and 2022)
    ("원·달러 환율은 17.3원 오른 1,215.3원에 마감했다.", "ko", "USD", "KRW", "1215.3"),
    ("원/달러 환율은 달러당 1,435.2원으로 장을 마쳤다.", "ko", "USD", "KRW", "1435.2"),
    ("미국 달러 대비 원화 환율은 1,320원 안팎이다.", "ko", "USD", "KRW", "1320"),
    ("엔/달러 환율은 149.8엔이었다.", "ko", "USD", "JPY", "149.8"),
    ("이날 환율은 달러당 5.2원 내린 1,301.5원이었다.", "ko", "USD", "KRW", "1301.5"),
]


@pytest.mark.parametrize(("text", "locale", "base", "quote", "value"), SHAPES)
def test_shape_is_read_as_a_rate(
    text: str, locale: str | None, base: str, quote: str, value: str
) -> None:
    rate = only_rate(text, locale)
    assert (rate.base, rate.quote, rate.value) == (base, quote, Decimal(value))
    assert rate.interval.low <= rate.value <= rate.interval.high
    assert rate.text == rate.span.slice(text)


def test_hedged_rate_is_wider_than_a_precise_one() -> None:
    rough = only_rate("The yuan traded at about 7.1 yuan to the dollar.")
    precise = only_rate("The yuan traded at 7.1234 yuan to the dollar.")
    assert rough.hedge == "about"
    assert rough.interval.high - rough.interval.low > Decimal("0.1")
    assert precise.interval.high - precise.interval.low < Decimal("0.001")


def test_band_is_one_interval() -> None:
    rate = only_rate("Analysts expect between 7.0 and 7.3 yuan per dollar.")
    assert (rate.base, rate.quote) == ("USD", "CNY")
    assert rate.interval.low < Decimal("7.0") < Decimal("7.3") < rate.interval.high


def test_both_directions_in_one_sentence() -> None:
    found = rates("We used $1 = 83 rupees, that is 1 rupee = $0.012.")
    assert [(r.base, r.quote, r.value) for r in found] == [
        ("USD", "INR", Decimal(83)),
        ("INR", "USD", Decimal("0.012")),
    ]


def test_ambiguous_name_follows_the_document() -> None:
    rate = only_rate("Prices are in C$; one US dollar was worth 1.36 Canadian dollars.")
    assert (rate.base, rate.quote) == ("USD", "CAD")


NEGATIVES = [
    # a change, not a rate
    "Prices rose $1 to $83 over the year.",
    "The fare went from $1 to $2.",
    "Tickets rose from €1 to €3 in a decade.",
    "The stock fell $1 to $83.50.",
    "Shares climbed £1 to £12.",
    "Fees were cut from Rs 100 to Rs 83.",
    "The price of a loaf rose by $1 to $4.",
    "Bus fares went up $1 to $3.25 on Monday.",
    "The index fell 1 point to 83.",
    "Oil rose $1 to $83 a barrel.",
    # counts and odds
    "1 in 83 people carry the gene.",
    "Only 1 in 5 voters turned out.",
    "The odds were 100 to 1.",
    "One in three households owns a car.",
    "It affects 1 in every 83 births.",
    "Around 1 out of 83 applicants was admitted.",
    "The ratio of nurses to patients was 1 to 8.",
    "A 1:83 scale model stood in the lobby.",
    "The mix is 1:3 cement to sand.",
    "Odds of 7 to 2 were offered.",
    # two amounts side by side
    "He had $1 and 83 rupees in his pocket.",
    "She paid $1 and he paid 83 rupees.",
    "The kit costs $1, the manual 83 rupees.",
    "Donations of $1 or 83 rupees are welcome.",
    "Entry is €1; parking 3 dollars.",
    "A coffee was $1 while tea was 83 rupees.",
    "The bill listed €5, £4 and $6.",
    "We spent $100 on food and €80 on fuel.",
    "Both $1 coins and 1 euro coins were found.",
    "A $1 bill and a €1 coin lay on the table.",
    # scores, times, dates, versions
    "The final score was 3:1.",
    "Madrid won 2:0 at home.",
    "The meeting starts at 10:30.",
    "The train left at 7:45 and arrived at 9:10.",
    "Kick-off is 19:00 local time.",
    "It happened on 12/05/2023.",
    "See page 1:83 of the report.",
    "Version 1.2:3 was released.",
    "The verse is John 3:16.",
    "The ratio 16:9 suits most screens.",
    # per and to the, with no currency on the other side
    "The bus costs $3 per ride.",
    "Beef sold for $3 per pound at the market.",
    "Apples cost €2 a pound.",
    "He earns $20 per hour.",
    "Rent is 83 euros per square metre.",
    "Fuel costs 1.8 euros per litre.",
    "Wages rose to $15 an hour.",
    "Fees are Rs 83 per student.",
    "The tax is 10 cents per dollar of income.",
    "Bondholders got 30 cents on the dollar.",
    "Tickets are $5 to the public.",
    "He sent $50 to the charity.",
    "She gave £10 to the school.",
    "They lent €3m to the dollar-denominated fund.",
    "The state owes $1bn to the IMF.",
    "Donors pledged $2m to the appeal.",
    "Profit rose to $83m against the forecast.",
    "Sales of $4m against the plan of $5m disappointed.",
    "Revenue came in at €3.2bn against €3bn a year earlier.",
    "The team scored 83 points against the Lakers.",
    "The vote was 83 against the motion.",
    "He bet $10 against the house.",
    "Earnings were $2 per share.",
    "The dividend is 83 pence per share.",
    "Costs were $12 per barrel.",
    "It sells for €9 for two.",
    "A pass costs $30 for a week.",
    "He paid $5 for a sandwich.",
    "She paid 83 rupees for a book.",
    "They asked $1 for each copy.",
    # a currency to itself, or currencies that cannot be told apart
    "$1 = 100 cents, as every child knows.",
    "A dollar was worth 1 dollar then.",
    "€1 = €1, the slogan read.",
    "1 USD = 1 USD by definition.",
    "USD/USD 1.00 is not a pair.",
    "One peso was worth 1.2 pesos after the reform.",
    "$1 = 1.35 dollars, the sign said.",
    "One franc was worth 2 francs in the game.",
    # code-like text that is not a pair
    "The ABC/XYZ 151 project is late.",
    "See RFC/IETF 2119 for the terms.",
    "The CEO/CFO 2023 report is out.",
    "USD/JPY was volatile this week.",
    "The EUR/USD pair fell.",
    "Call 1-800-USD/JPY for quotes.",
    # other colons and equals signs
    "Revenue: $83m. Costs: €70m.",
    "Note: $1 refunds are not processed.",
    "Total = $83m.",
    "x = 83, y = 1.",
    "Budget: $5m; spent: $4m.",
    "Price: $1. Discount: 10%.",
    "Result: 83 rupees saved.",
    "E = mc2 and F = ma.",
    "Rate = 5%.",
    "Score: 83 to 1.",
    # verbs without a currency unit before them
    "The deal was worth $83m.",
    "The house was worth 83 million rupees.",
    "The firm bought $1bn of bonds.",
    "A painting fetched $95m at auction.",
    "The land is worth €5m.",
    "The cheque was worth £83.",
    "One share was worth $83.",
    "A ticket bought 83 rupees of goods.",
    "The stock closed at $83.45 on Friday.",
    "The index rose to 1,083 points.",
    # other languages
    "Der Preis stieg von 1 Euro auf 2 Euro.",
    "Das Spiel endete 3:1.",
    "Les prix sont passés de 1 euro à 2 euros.",
    "El partido terminó 2:1.",
    "Цена выросла с 1 доллара до 2 долларов.",
    "比分是3:1。",
    "Il biglietto costa 2 euro per persona.",
    "O bilhete custa 5 reais por pessoa.",
    "会議は10:30に始まる。",
    # a list after a rate is not a rate without one unit to price
    "He paid $1, €2 and 79 JPY in fees.",
    "Donations were $1 and €5 and 83 rupees.",
    # a spelled number that is not a unit
    "Two dollars was 83 rupees more than planned.",
    "A million dollars was 83 crore rupees.",
    "Savers got 70 reals for every 100 they changed.",
    "The store sold one dollar items for $5.",
    # a price after "at" that is not the currency's own
    "The firm sold the pound coins at $1.35 each.",
    "The company closed at $1.35 a share.",
    "The euro area's output rose to $1.35 trillion.",
    # "against … at" without a price
    "The yen weakened against the dollar at the open.",
    "The rupee traded against the dollar at noon, 43 days after the vote.",
    # a letter "E" without a rate word, or not a unit of one
    "Grade E1 = $5 in the price list.",
    "Vitamin E1 = 5 mg, rated 3.",
    "The rate at stand E2 = $5.",
    # one price in two currencies
    "Stickers cost $1/€1 at the door.",
    # a price per dollar of something
    "It costs $5 per dollar of revenue.",
    "Each $1 of aid returns $4.",
    # "pour" between two prices paid
    "Il a payé 1 € pour 2 $ de frais.",
    # a number after "against NAME at" that counts something else
    "O real caiu frente ao dólar em 20 anos de crise.",
    "The yen slid against the dollar at 3 points of the day.",
    # "the rate of" something that is not a currency, or a price of another clause
    "Цена нефти выросла до 80 долларов.",
    "Стоимость квартиры выросла до 5 млн рублей.",
    "Cena chleba wzrosła do 5 zł.",
    "Курс доллара снизился. Зарплата выросла до 50 000 рублей.",
    "The rate of the pound-shop chain's shares rose to $1.27.",
    # a move to a price by something that is not a currency
    "Der Umsatz stieg auf 1,09 Millionen Dollar.",
    "Der Euro-Raum stieg auf 5 Dollar je Einwohner.",
    # a Korean rate that only changes, a price per share, a rate noun with no pair
    "원·달러 환율은 전일보다 5.2원 내렸다.",
    "삼성전자는 주당 1,444원을 배당한다.",
    "원·엔 재정환율은 100엔당 905.3원이다.",
    "환율이 오르면서 수입 물가는 1,000원 올랐다.",
    # a move of something that is not a currency, or a change rather than a level
    "Акции подешевели до 100 рублей.",
    "Доллар в прошлом году стоил нам 5 миллионов рублей.",
    "Il prezzo è salito fino a 5 euro.",
    "De prijs steeg naar 2 euro.",
    "O preço do pão encerrou a semana cotado a R$ 10.",
    "Le prix du pain a grimpé à 1,20 euro.",
    # a verb before a unit whose price does not end the clause, or with words between
    "Im Laden kostete 1 Euro 2 Dollar mehr als online.",
    "Damals kostete 1 Euro Eintritt 2 Dollar.",
    "Das Ticket kostete 1 Euro, 2 Dollar das Getränk.",
    # a list of prices under no rate heading
    "The menu: the pound cake NT$47.80; the dollar sandwich NT$29.54.",
    "Exchange offices were shut; the pound cake cost NT$47.80.",
    # a house, not a currency, valued at a price
    "The house was valued at $300,000 last year.",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_not_a_rate(text: str) -> None:
    assert rates(text) == []


def test_enough_hard_negatives() -> None:
    assert len(NEGATIVES) >= 100


def test_public_name_and_extract_return_it() -> None:
    claims = figcheck.extract("On paper $1 = 83.2 rupees.")
    assert [type(c).__name__ for c in claims] == ["StatedRate"]
    assert figcheck.StatedRate is StatedRate


def test_prices_listed_after_one_unit_are_rates_of_that_unit() -> None:
    found = rates("In 2011 on average $1 was 0.6231 GBP, €0.7178 and 79.73 JPY.")
    assert [(r.base, r.quote, r.value) for r in found] == [
        ("USD", "GBP", Decimal("0.6231")),
        ("USD", "EUR", Decimal("0.7178")),
        ("USD", "JPY", Decimal("79.73")),
    ]


def test_a_unit_priced_with_a_verb_is_a_rate_not_a_conversion() -> None:
    claims = figcheck.extract("In June one dollar was worth 83 rupees.")
    assert [type(c).__name__ for c in claims] == ["StatedRate"]


def test_a_rate_of_another_time_is_not_checked_against_the_reference() -> None:
    text = "Over the last three years one dollar would buy exactly 6.83 yuan."
    assert only_rate(text).projected
    assert codes(text) == []


def test_a_conversion_is_not_also_a_rate() -> None:
    claims = figcheck.extract("The fee is $1 (83 rupees).")
    assert [type(c).__name__ for c in claims] == ["Conversion"]


def codes(text: str, date: dt.date | None = MAY_2023) -> list[str]:
    return [f.code for f in figcheck.check(text, date=date).findings]


def test_stated_rate_off_the_reference() -> None:
    report = figcheck.check("The plan uses 95 rupees per dollar.", date=MAY_2023)
    [finding] = report.findings
    assert finding.code == "FC107"
    assert finding.evidence.base == "USD"
    assert finding.evidence.quote == "INR"
    assert any("reference dates used" in note for note in finding.evidence.notes)
    assert codes("The plan uses 82 rupees per dollar.") == []
    assert codes("The plan uses about 7 yuan to the dollar.") == []
    assert codes("The plan uses 95 rupees per dollar.", date=None) == []


def test_reference_check_reads_a_rate_either_way_round() -> None:
    assert codes("One rupee was worth $0.0122 that week.") == []
    assert codes("One rupee was worth $0.0155 that week.") == ["FC107"]


def test_conversion_off_the_stated_rate() -> None:
    text = "At $1 = 83 rupees, the fee of Rs 4,150 ($52) is due."
    [finding] = figcheck.check(text, date=MAY_2023).findings
    assert finding.code == "FC108"
    assert finding.span.slice(text) == "$52"
    assert "$1 = 83 rupees" in finding.message
    assert "$1 = 83 rupees" in finding.evidence.figures
    assert any("characters 3-17" in note for note in finding.evidence.notes)
    assert codes("At $1 = 83 rupees, the fee of Rs 4,150 ($50) is due.") == []


def test_conversion_checked_without_a_date() -> None:
    found = codes("At $1 = 83 rupees, the fee of Rs 4,150 ($52) is due.", date=None)
    assert sorted(found) == ["FC108", "FC404"]


def test_two_stated_rates_that_disagree() -> None:
    text = "We use $1 = 83 rupees. Elsewhere the report uses 90 rupees per dollar."
    found = figcheck.check(text, date=None).findings
    assert [f.code for f in found if f.code == "FC108"] == ["FC108"]
    assert "90 rupees per dollar" in found[0].span.slice(text)


def test_dated_and_assumed_rates_are_not_held_against_others() -> None:
    contrast = "In 2015 a dollar bought 64 rupees; now we use $1 = 83 rupees."
    assert codes(contrast, date=None) == []
    assumed = "The budget assumes 80 rupees per dollar; the rupee closed at 83 against the dollar."
    assert codes(assumed, date=None) == []
    assert rates(assumed)[0].projected
    assert not rates(assumed)[1].projected
    assert rates(contrast)[0].year == 2015


def test_dated_and_assumed_rates_are_not_checked_against_the_reference() -> None:
    assert codes("In 2015 importers paid 64 rupees per dollar.") == []
    assert codes("The budget assumes 95 rupees per dollar.") == []


def test_a_rate_and_its_own_inverse() -> None:
    agreeing = "We use $1 = 83 rupees, that is 1 rupee = $0.012."
    assert "FC108" not in codes(agreeing, date=None)
    disagreeing = "We use $1 = 83 rupees, that is 1 rupee = $0.015."
    assert "FC108" in codes(disagreeing, date=None)


def test_extract_lists_the_rate(tmp_path: Path) -> None:
    path = tmp_path / "rates.txt"
    path.write_text("The budget assumes a rate of Rs 83 per dollar.\n", encoding="utf-8")
    command = [sys.executable, "-m", "figcheck", "extract", "--output-format", "json", str(path)]
    result = subprocess.run(command, capture_output=True, text=True, check=True)
    [row] = [row for row in json.loads(result.stdout)["items"] if row["kind"] == "rate"]
    assert row["text"] == "Rs 83 per dollar"
    assert row["implied"]["base"] == "USD"
    assert row["implied"]["quote"] == "INR"
    table = subprocess.run([*command[:4], str(path)], capture_output=True, text=True, check=True)
    assert "per USD" in table.stdout
    assert "rate" in table.stdout


def test_rates_of_two_days_are_not_held_against_each_other() -> None:
    # The official rouble rate of 2013-01-10 and of the day before, as the central bank set them.
    text = "Amtlich galten 40,1 Rubel pro Euro, nach 39,8 Rubel/Euro am Vortag."
    found = rates(text, "de")
    assert [(r.value, r.projected) for r in found] == [
        (Decimal("40.1"), True),
        (Decimal("39.8"), True),
    ]
    report = figcheck.check(text, locale="de", date=dt.date(2013, 1, 10))
    assert [f.code for f in report.findings] == []


def test_a_list_of_rates_under_a_heading() -> None:
    text = (
        "Mean exchange rates against the Swiss franc in the third quarter: "
        "the pound sterling CHF 1.1237; the US dollar CHF 0.8875; the euro CHF 0.9642."
    )
    assert [(r.base, r.quote, r.value) for r in rates(text)] == [
        ("GBP", "CHF", Decimal("1.1237")),
        ("USD", "CHF", Decimal("0.8875")),
        ("EUR", "CHF", Decimal("0.9642")),
    ]
    german = "Die Wechselkurse vom Montag: Dollar 0,92 Euro; Pfund 1,17 Euro."
    assert [(r.base, r.quote) for r in rates(german, "de")] == [("USD", "EUR"), ("GBP", "EUR")]


def test_a_rate_given_a_new_value_is_read_and_the_old_one_is_of_another_time() -> None:
    text = "Two years ago it traded at 460 naira to the dollar; now it stands at 1,500 naira."
    found = rates(text)
    assert [(r.base, r.quote, r.value) for r in found] == [
        ("USD", "NGN", Decimal(460)),
        ("USD", "NGN", Decimal(1500)),
    ]
    assert found[0].projected
    assert not found[1].projected
    assert figcheck.check(text, date=dt.date(2024, 6, 3)).findings == []
    between = "A dollar bought 500 naira; rice cost 2,200 naira and it is at 3,000 naira now."
    assert [r.value for r in rates(between)] == [Decimal(500)]


def test_a_rate_set_by_law_is_held_to_half_a_percent() -> None:
    wrong = figcheck.check(
        "The card used a conversion rate of E1 = DM1.9708.", date=dt.date(1999, 2, 5)
    )
    assert [f.code for f in wrong.findings] == ["FC107"]
    assert "±0.5%" in wrong.findings[0].message
    right = figcheck.check(
        "The card used a conversion rate of E1 = DM1.9558.", date=dt.date(1999, 2, 5)
    )
    assert right.findings == []


def test_prices_listed_for_one_unit_in_other_languages() -> None:
    found = rates("Jeden złoty był wart 0,2483 dolara i 0,2290 euro.", "pl")
    assert [(r.base, r.quote, r.value) for r in found] == [
        ("PLN", "USD", Decimal("0.2483")),
        ("PLN", "EUR", Decimal("0.2290")),
    ]
    french = rates("Un dollar valait 0,92 euro et 0,79 livre sterling.", "fr")
    assert [(r.quote, r.value) for r in french] == [
        ("EUR", Decimal("0.92")),
        ("GBP", Decimal("0.79")),
    ]


def test_a_currency_priced_in_itself_is_no_rate_and_leaves_the_real_one() -> None:
    found = rates("At launch the Ghanaian cedi was set at 2.4 cedis per 1 US dollar.")
    assert [(r.base, r.quote, r.value) for r in found] == [("USD", "GHS", Decimal("2.4"))]


def test_a_korean_price_per_so_many_units_is_a_conversion() -> None:
    # "100엔당": per 100 yen (about 905 won in September 2023); not a stated rate of one unit, a
    # conversion of 100 yen, checked as any other
    text = "원·엔 재정환율은 100엔당 905.3원이다."
    (claim,) = figcheck.extract(text, locale="ko")
    assert isinstance(claim, figcheck.Conversion)
    assert (claim.original.amount, claim.original.currency) == (Decimal(100), "JPY")
    assert (claim.converted.amount, claim.converted.currency) == (Decimal("905.3"), "KRW")
    slip = "원·엔 재정환율은 100엔당 90.53원이다."
    september = dt.date(2023, 9, 15)
    assert figcheck.check(text, locale="ko", date=september).findings == []
    codes = [f.code for f in figcheck.check(slip, locale="ko", date=september).findings]
    assert codes == ["FC103"]
    # per person, per 100,000 won of the same currency: no conversion
    for other in ("1인당 5만원을 준다.", "10만원당 1,000원의 수수료가 붙는다."):
        assert figcheck.extract(other, locale="ko") == []
