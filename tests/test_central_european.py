"""Czech, Slovak, Romanian and Hungarian money prose: formats, words, conversions, rates, and
what is not a conversion.

Every sentence was written for these tests in news style, in our own words. The figures are
round, or public ones (minimum wages, budget deficits, central-bank reference rates), and the
conversions between them are consistent with the rates of their time, so that an honest one is
not flagged. Sentences whose locale is None must be read with the language detected from the
sentence alone.

- ``MONEY``: the money mentions of a sentence, as (amount, currency) in order, and the hedge of
  each when one is expected.
- ``RANGES``: a range written once with its currency, as (low, high, currency).
- ``CONVERSIONS``: the conversions a sentence states, as (amount, currency) pairs; a range
  restated by a range gives two, end to end.
- ``RATES``: the one stated exchange rate a sentence gives (base, quote, value).
- ``HARD_NEGATIVES``: two amounts in two currencies that are not a conversion.
- ``NEGATIVES``: numbers that are not money, several with a magnitude word nearby.
- ``PERTURBED``: a conversion with one figure ten times too large; it must be flagged.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal

import pytest

import figcheck
from figcheck.reading.detect import detect_language

Pair = tuple[str, str | None]
MoneyCase = tuple[str, str, str | None, list[Pair], list[str | None] | None]
RangeCase = tuple[str, str, str | None, tuple[str, str, str]]
ConversionCase = tuple[str, str, str | None, list[tuple[Pair, Pair]]]
RateCase = tuple[str, str, str | None, str, str, str]
NegativeCase = tuple[str, str, str | None]
PerturbedCase = tuple[str, str, str | None, dt.date, str]

# --------------------------------------------------------------------------------------------
# Money mentions.
# --------------------------------------------------------------------------------------------

MONEY: list[MoneyCase] = [
    # Czech: "1 234,56" (a space groups, a comma is the decimal sign); tis., mil., mld.; "Kč";
    # the noun in the case the number gives it ("korun", "dolarů", "1,5 miliardy eur").
    (
        "cs-grouped-korun",
        "Ministerstvo obrany podle zákona vyplatí každému dobrovolníkovi, který se přihlásí, "
        "jednorázově 150 000 korun.",
        None,
        [("150000", "CZK")],
        None,
    ),
    (
        "cs-kc-decimal",
        "Průměrné jízdné v pražské hromadné dopravě letos vzrostlo na 41,50 Kč za den, uvedl "
        "dopravní podnik.",
        None,
        [("41.50", "CZK")],
        None,
    ),
    (
        "cs-mld-kc",  # the state budget deficit of 2024
        "Schodek státního rozpočtu dosáhl loni 271,4 mld. Kč, což je méně, než ministerstvo "
        "financí čekalo.",
        None,
        [("271.4e9", "CZK")],
        None,
    ),
    (
        "cs-mil-kc",
        "Obec získala od kraje na opravu základní školy dotaci 12 mil. Kč a práce začnou v březnu.",
        None,
        [("12e6", "CZK")],
        None,
    ),
    (
        "cs-genitive-after-decimal",
        "Nová dálnice do Rakouska podle odhadů ministerstva dopravy vyjde na 1,5 miliardy eur.",
        None,
        [("1.5e9", "EUR")],
        None,
    ),
    (
        "cs-dolaru",
        "Americký investiční fond do české softwarové firmy vložil 40 milionů dolarů, oznámila "
        "firma ve středu.",
        None,
        [("40e6", "USD")],
        None,
    ),
    (
        "cs-zhruba",
        "Škody po zářijových povodních odhaduje vláda na zhruba 73 miliard korun, z toho "
        "polovinu zaplatí pojišťovny.",
        None,
        [("73e9", "CZK")],
        ["zhruba"],
    ),
    (
        "cs-pres",
        "Za nový informační systém zaplatí fakultní nemocnice přes 20 milionů korun, a to bez "
        "veřejné soutěže.",
        None,
        [("20e6", "CZK")],
        ["přes"],
    ),
    (
        "cs-number-word",
        "Stát věnuje na obnovu historického mostu v centru města pět milionů korun, rozhodla "
        "vláda.",
        None,
        [("5e6", "CZK")],
        None,
    ),
    (
        "cs-liber",
        "Britský klub za českého útočníka podle médií zaplatil 25 milionů liber, což je rekord "
        "ligy.",
        None,
        [("25e6", "GBP")],
        None,
    ),
    (
        "cs-hriven",  # Ukraine's minimum wage from April 2024
        "Ukrajinská vláda od dubna zvýšila minimální mzdu na 8 000 hřiven měsíčně, uvedl ministr.",
        "cs",
        [("8000", "UAH")],
        None,
    ),
    # Slovak: as Czech, and "300-tisíc" hyphened to the digits; "Kč" for the Czech crown.
    (
        "sk-eur",  # the Slovak minimum wage of 2024
        "Minimálna mzda na Slovensku v roku 2024 stúpla na 750 eur, čo je o 50 eur viac ako vlani.",
        None,
        [("750", "EUR"), ("50", "EUR")],
        None,
    ),
    (
        "sk-eura-decimal",
        "Cena benzínu sa v priemere zvýšila na 1,72 eura za liter, uviedol štatistický úrad.",
        None,
        [("1.72", "EUR")],
        None,
    ),
    (
        "sk-hyphened-tisic",
        "Obec dostala na opravu cesty 300-tisíc eur z eurofondov, ktoré sa jej podarilo získať "
        "až na druhý pokus.",
        None,
        [("300000", "EUR")],
        None,
    ),
    (
        "sk-hyphened-tisic-vyse",
        "Za obraz zaplatila galéria podľa svojho riaditeľa vyše 150-tisíc eur, čo je pre ňu "
        "rekord.",
        None,
        [("150000", "EUR")],
        ["vyše"],
    ),
    (
        "sk-mil",
        "Štát vyčlenil na projekt digitalizácie súdov 25 mil. eur, ktoré sa majú minúť do dvoch "
        "rokov.",
        None,
        [("25e6", "EUR")],
        None,
    ),
    (
        "sk-mld",
        "Schodok verejných financií dosiahol podľa ministerstva financií 5,8 mld. eur, čo je "
        "viac, ako sa čakalo.",
        None,
        [("5.8e9", "EUR")],
        None,
    ),
    (
        "sk-korun-is-czech",
        "Česká firma prevzala svojho slovenského konkurenta za 1,2 miliardy korún, uviedli obe "
        "spoločnosti.",
        None,
        [("1.2e9", "CZK")],
        None,
    ),
    (
        "sk-kc",
        "Lístok na koncert v Prahe stál 1 890 Kč, čo je na pomery tejto kapely veľa.",
        None,
        [("1890", "CZK")],
        None,
    ),
    (
        "sk-dolarov",
        "Americký investor vloží do novej fabriky pri Košiciach 200 miliónov dolárov, oznámila "
        "vláda.",
        None,
        [("200e6", "USD")],
        None,
    ),
    (
        "sk-glued-number-word",
        "Víťaz súťaže, ktorú organizuje mesto, získa päťtisíc eur a zájazd pre dvoch.",
        None,
        [("5000", "EUR")],
        None,
    ),
    (
        "sk-takmer",
        "Škody po požiari skladu odhadli hasiči na takmer 2 milióny eur, uviedla ich hovorkyňa.",
        None,
        [("2e6", "EUR")],
        ["takmer"],
    ),
    (
        "sk-libier",
        "Anglický klub podľa britských médií zaplatil za slovenského obrancu 30 miliónov libier.",
        "sk",
        [("30e6", "GBP")],
        None,
    ),
    # Romanian: "1.234,56"; "de" between a number from 20 up and its noun ("3.700 de lei", "20
    # de milioane de euro"); mld.; ș/ş and ț/ţ both.
    (
        "ro-de-lei",  # the minimum gross wage from July 2024
        "Salariul minim brut pe economie a crescut la 3.700 de lei de la 1 iulie, potrivit "
        "guvernului.",
        None,
        [("3700", "RON")],
        None,
    ),
    (
        "ro-milioane-de-lei",
        "Primăria a alocat 2,5 milioane de lei pentru repararea școlii din cartier, iar lucrările "
        "încep în martie.",
        None,
        [("2.5e6", "RON")],
        None,
    ),
    (
        "ro-mld-lei",
        "Deficitul bugetar a ajuns la 152,7 mld. lei la finalul anului, potrivit datelor "
        "Ministerului Finanțelor.",
        None,
        [("152.7e9", "RON")],
        None,
    ),
    (
        "ro-de-milioane-de-euro",
        "Compania a investit 20 de milioane de euro într-o fabrică nouă, care va angaja 300 de "
        "oameni.",
        None,
        [("20e6", "EUR")],
        None,
    ),
    (
        "ro-dolari",
        "Fondul american a cumpărat acțiunile companiei cu 40 de milioane de dolari, a anunțat "
        "bursa.",
        None,
        [("40e6", "USD")],
        None,
    ),
    (
        "ro-aproximativ",
        "Prejudiciul adus statului este estimat de procurori la aproximativ 5 milioane de lei.",
        None,
        [("5e6", "RON")],
        ["aproximativ"],
    ),
    (
        "ro-peste",
        "Statul va acorda peste 1.000 de lei fiecărui pensionar cu venituri mici, a anunțat "
        "ministrul.",
        None,
        [("1000", "RON")],
        ["peste"],
    ),
    (
        "ro-lire-sterline",
        "Clubul englez a plătit 25 de milioane de lire sterline pentru atacantul român, potrivit "
        "presei.",
        None,
        [("25e6", "GBP")],
        None,
    ),
    (
        "ro-grivne",
        "Ucraina a majorat salariul minim la 8.000 de grivne pe lună, a anunțat guvernul de la "
        "Kiev.",
        None,
        [("8000", "UAH")],
        None,
    ),
    (
        "ro-number-word",
        "Câștigătorul concursului primește un milion de lei şi o excursie pentru două persoane.",
        None,
        [("1e6", "RON")],
        None,
    ),
    (
        "ro-cedilla-spelling",
        "Statul plăteşte 3.000 de lei pentru fiecare copil născut anul acesta, iar suma va creşte.",
        None,
        [("3000", "RON")],
        None,
    ),
    (
        "ro-cedilla-forinti",
        "Salariul minim din Ungaria a ajuns la 266.800 de forinţi, potrivit guvernului de la "
        "Budapesta.",
        "ro",
        [("266800", "HUF")],
        None,
    ),
    # Hungarian: "1 234,56"; ezer, millió, milliárd, "ezer milliárd"; "M Ft"; the case endings
    # glued to the noun ("forintot", "forintra", "eurós", "dollárt", "fontot").
    (
        "hu-forintra",  # the minimum wage of 2024
        "A kötelező minimálbér 2024-ben bruttó 266 800 forintra emelkedett, közölte a kormány.",
        None,
        [("266800", "HUF")],
        None,
    ),
    (
        "hu-forintot",
        "Az önkormányzat idén 25 millió forintot költ az iskola felújítására, és a munka már "
        "elkezdődött.",
        None,
        [("25e6", "HUF")],
        None,
    ),
    (
        "hu-ezer-milliard",
        "A költségvetés hiánya tavaly elérte a 4,4 ezer milliárd forintot a pénzügyminisztérium "
        "szerint.",
        None,
        [("4.4e12", "HUF")],
        None,
    ),
    (
        "hu-euros-adjective",
        "A cég 1,5 milliárd eurós beruházást jelentett be Debrecenben, amely ezer új munkahelyet "
        "teremt.",
        None,
        [("1.5e9", "EUR")],
        None,
    ),
    (
        "hu-dollart",
        "Az amerikai befektető 200 millió dollárt fektet az új gyárba, közölte a minisztérium.",
        None,
        [("200e6", "USD")],
        None,
    ),
    (
        "hu-mintegy",
        "A vihar okozta kár a becslések szerint mintegy 3 milliárd forint, mondta a polgármester.",
        None,
        [("3e9", "HUF")],
        ["mintegy"],
    ),
    (
        "hu-tobb-mint",
        "A projekt több mint 100 millió euróba kerül, és 2027-ben fejeződik be.",
        None,
        [("100e6", "EUR")],
        ["több mint"],
    ),
    (
        "hu-fontot",
        "Az angol klub a sajtó szerint 30 millió fontot fizetett a magyar középpályásért.",
        None,
        [("30e6", "GBP")],
        None,
    ),
    (
        "hu-hrivnyara",
        "Az ukrán kormány áprilisban 8000 hrivnyára emelte a havi minimálbért.",
        None,
        [("8000", "UAH")],
        None,
    ),
    (
        "hu-glued-number-word",
        "A verseny győztese ötmillió forintot és egy külföldi utazást kap a szervezőktől.",
        None,
        [("5e6", "HUF")],
        None,
    ),
    (
        "hu-m-ft",
        "Az ingatlan ára a hirdetés szerint 85,5 M Ft volt, ami a környéken átlagosnak számít.",
        "hu",
        [("85.5e6", "HUF")],
        None,
    ),
]

# --------------------------------------------------------------------------------------------
# Ranges.
# --------------------------------------------------------------------------------------------

RANGES: list[RangeCase] = [
    (
        "cs-az",
        "Oprava mostu bude podle projektantů stát 5 až 7 miliard korun a potrvá nejméně tři roky.",
        None,
        ("5e9", "7e9", "CZK"),
    ),
    (
        "cs-mezi-a",
        "Vláda na nový program podpory bydlení vyčlení mezi 5 a 10 miliony korun ročně.",
        None,
        ("5e6", "10e6", "CZK"),
    ),
    (
        "sk-az",
        "Rekonštrukcia nemocnice v Prešove bude podľa odhadov stáť 40 až 50 miliónov eur.",
        None,
        ("40e6", "50e6", "EUR"),
    ),
    (
        "sk-medzi-a",
        "Na grant môže obec podľa výzvy získať medzi 10 a 20 tisíc eur, ak projekt schváli "
        "komisia.",
        None,
        ("10000", "20000", "EUR"),
    ),
    (
        "ro-intre-si",
        "Lucrările vor costa între 5 și 7 milioane de euro, potrivit unui raport al ministerului.",
        None,
        ("5e6", "7e6", "EUR"),
    ),
    (
        "ro-pana-la",
        "Amenzile pentru firme pot ajunge de la 10.000 până la 50.000 de lei, potrivit legii.",
        None,
        ("10000", "50000", "RON"),
    ),
    (
        "hu-dash",
        "A felújítás a tervezők szerint 5–7 milliárd forintba kerülhet, és két évig tart.",
        None,
        ("5e9", "7e9", "HUF"),
    ),
]

# --------------------------------------------------------------------------------------------
# Conversions.
# --------------------------------------------------------------------------------------------

CONVERSIONS: list[ConversionCase] = [
    (
        "cs-brackets-asi",
        "Ruská armáda nabízí dobrovolníkům jednorázovou odměnu 195 000 rublů (asi 2 000 eur), "
        "napsal server.",
        None,
        [(("195000", "RUB"), ("2000", "EUR"))],
    ),
    (
        "cs-v-prepoctu",
        "Nová továrna v Kolíně vyjde na 12,5 miliardy korun, v přepočtu zhruba 500 milionů eur.",
        None,
        [(("12.5e9", "CZK"), ("500e6", "EUR"))],
    ),
    (
        "cs-tedy",
        "Firma musí do konce měsíce zaplatit pokutu 2 mil. Kč, tedy přibližně 80 000 eur, "
        "rozhodl úřad.",
        None,
        [(("2e6", "CZK"), ("80000", "EUR"))],
    ),
    (
        "cs-cili",
        "Roční předplatné amerického zpravodajského serveru stojí 120 dolarů, čili asi 2 800 "
        "korun.",
        None,
        [(("120", "USD"), ("2800", "CZK"))],
    ),
    (
        "cs-coz-je",
        "Zpáteční letenka do New Yorku letos v létě vyšla na 900 eur, což je přes 22 000 korun.",
        None,
        [(("900", "EUR"), ("22000", "CZK"))],
    ),
    (
        "cs-coz-odpovida-dative",
        "Každá rodina dostane jednorázový příspěvek 1 000 eur, což odpovídá zhruba 25 000 korunám.",
        None,
        [(("1000", "EUR"), ("25000", "CZK"))],
    ),
    (
        "cs-brackets-dollars",
        "Akcie společnosti se v pátek prodávaly za 15 dolarů (přibližně 350 korun) za kus.",
        "cs",
        [(("15", "USD"), ("350", "CZK"))],
    ),
    (
        "cs-range-by-range",
        "Oprava vyjde na 5 až 7 miliard korun (200 až 280 milionů eur) a potrvá tři roky.",
        None,
        [(("5e9", "CZK"), ("200e6", "EUR")), (("7e9", "CZK"), ("280e6", "EUR"))],
    ),
    (
        "sk-brackets-cize",
        "Ruská armáda sľubuje dobrovoľníkom mesačnú odmenu 195 000 rubľov (čiže takmer 2 000 eur).",
        None,
        [(("195000", "RUB"), ("2000", "EUR"))],
    ),
    (
        "sk-teda",
        "Zmluva so stavebnou firmou znie na 1,5 milióna eur, teda asi 37 miliónov korún.",
        None,
        [(("1.5e6", "EUR"), ("37e6", "CZK"))],
    ),
    (
        "sk-v-prepocte",
        "Automobilka ponúka nový model v Spojených štátoch za 45 000 dolárov, v prepočte zhruba "
        "41 000 eur.",
        None,
        [(("45000", "USD"), ("41000", "EUR"))],
    ),
    (
        "sk-brackets-priblizne",
        "Česká vláda schválila balík pomoci 10 miliárd korún (približne 400 miliónov eur) pre "
        "firmy.",
        None,
        [(("10e9", "CZK"), ("400e6", "EUR"))],
    ),
    (
        "sk-co-predstavuje",
        "Maďarsko zvýšilo minimálnu mzdu na 266 800 forintov, čo predstavuje asi 680 eur.",
        None,
        [(("266800", "HUF"), ("680", "EUR"))],
    ),
    (
        "sk-po-prepocitani",
        "Hotel v centre Londýna stojí 250 libier za noc, po prepočítaní takmer 300 eur.",
        "sk",
        [(("250", "GBP"), ("300", "EUR"))],
    ),
    (
        "sk-range-by-range",
        "Projekt vyjde na 40 až 50 miliónov eur (1 až 1,25 miliardy korún) a potrvá dva roky.",
        None,
        [(("40e6", "EUR"), ("1e9", "CZK")), (("50e6", "EUR"), ("1.25e9", "CZK"))],
    ),
    (
        "sk-hyphened-magnitude",
        "Mesto dostane od štátu 300-tisíc eur (asi 7,5 milióna korún) na opravu mosta cez rieku.",
        None,
        [(("300000", "EUR"), ("7.5e6", "CZK"))],
    ),
    (
        "ro-brackets-aproximativ",
        "Armata rusă oferă voluntarilor 250.000 de ruble (aproximativ 2.600 de euro) pe lună, "
        "scrie presa.",
        None,
        [(("250000", "RUB"), ("2600", "EUR"))],
    ),
    (
        "ro-adica",
        "Proiectul costă 20 de milioane de euro, adică aproape 100 de milioane de lei, potrivit "
        "primăriei.",
        None,
        [(("20e6", "EUR"), ("100e6", "RON"))],
    ),
    (
        "ro-echivalentul-a",
        "Salariul minim din Ungaria este de 266.800 de forinţi, echivalentul a circa 680 de euro.",
        None,
        [(("266800", "HUF"), ("680", "EUR"))],
    ),
    (
        "ro-brackets-dollars",
        "Un abonament anual costă 120 de dolari (aproximativ 550 de lei) pentru studenții din "
        "România.",
        None,
        [(("120", "USD"), ("550", "RON"))],
    ),
    (
        "ro-adica-lire",
        "Chiria unui apartament în Londra este de 2.000 de lire sterline, adică aproximativ "
        "11.700 de lei.",
        None,
        [(("2000", "GBP"), ("11700", "RON"))],
    ),
    (
        "ro-brackets-circa",
        "Investiția de 12 milioane de euro (circa 60 de milioane de lei) va crea 300 de locuri "
        "de muncă.",
        "ro",
        [(("12e6", "EUR"), ("60e6", "RON"))],
    ),
    (
        "ro-range-by-range",
        "Lucrările vor costa între 5 și 7 milioane de euro (25-35 de milioane de lei) în total.",
        None,
        [(("5e6", "EUR"), ("25e6", "RON")), (("7e6", "EUR"), ("35e6", "RON"))],
    ),
    (
        "hu-brackets-mintegy",
        "Az orosz hadsereg havi 195 ezer rubelt (mintegy 2 ezer eurót) fizet az önkénteseknek.",
        None,
        [(("195000", "RUB"), ("2000", "EUR"))],
    ),
    (
        "hu-azaz",
        "A beruházás 5 milliárd forintba kerül, azaz nagyjából 13 millió euróba, közölte a cég.",
        None,
        [(("5e9", "HUF"), ("13e6", "EUR"))],
    ),
    (
        "hu-ami-felel-meg",
        "Az állam ötmillió forintot ad minden családnak, ami mintegy 13 ezer eurónak felel meg.",
        None,
        [(("5e6", "HUF"), ("13000", "EUR"))],
    ),
    (
        "hu-vagyis",
        "Az éves bérlet ára az amerikai cégnél 120 dollár, vagyis körülbelül 43 ezer forint.",
        None,
        [(("120", "USD"), ("43000", "HUF"))],
    ),
    (
        "hu-brackets-euro",
        "A szlovák minimálbér idén 750 euró (mintegy 295 ezer forint) lett, ami több a magyarnál.",
        None,
        [(("750", "EUR"), ("295000", "HUF"))],
    ),
    (
        "hu-atszamitva",
        "A londoni lakás bérleti díja havi 2000 font, átszámítva közel 920 ezer forint.",
        "hu",
        [(("2000", "GBP"), ("920000", "HUF"))],
    ),
    (
        "hu-range-by-range",
        "A felújítás 5–7 milliárd forintba (12–18 millió euróba) kerülhet a tervezők szerint.",
        None,
        [(("5e9", "HUF"), ("12e6", "EUR")), (("7e9", "HUF"), ("18e6", "EUR"))],
    ),
]

# --------------------------------------------------------------------------------------------
# Stated rates.
# --------------------------------------------------------------------------------------------

RATES: list[RateCase] = [
    ("cs-stoji", "Jedno euro stojí 25,05 koruny, uvedla ve čtvrtek Česká národní banka ve svém "
     "kurzovním lístku.", None, "EUR", "CZK", "25.05"),
    ("cs-za-euro", "Koruna v pátek oslabila na 25,30 Kč za euro, když investoři čekali na "
     "rozhodnutí centrální banky.", None, "EUR", "CZK", "25.30"),
    ("cs-equals", "Podle kurzovního lístku, který ČNB zveřejnila ve čtvrtek, je 1 dolar = "
     "23,15 Kč.", None, "USD", "CZK", "23.15"),
    ("sk-stoji", "Podľa Európskej centrálnej banky jedno euro stojí 25,20 Kč, čo je najviac "
     "od jari.", None, "EUR", "CZK", "25.20"),
    ("sk-za-dolar", "Česká koruna sa podľa agentúry v piatok oslabila na 23,40 Kč za dolár.",
     None, "USD", "CZK", "23.40"),
    ("sk-equals", "Podľa kurzového lístka Národnej banky Slovenska bol v utorok 1 euro = "
     "1,08 dolára.", None, "EUR", "USD", "1.08"),
    ("ro-valoreaza", "Potrivit cursului anunțat astăzi de BNR, un euro valorează 4,97 lei.",
     None, "EUR", "RON", "4.97"),
    ("ro-slash", "Leul s-a menținut joi la 4,97 lei/euro pe piața interbancară, potrivit "
     "datelor BNR.", None, "EUR", "RON", "4.97"),
    ("ro-equals", "Banca Națională a României a anunțat pentru astăzi un curs de 1 euro = "
     "4,9771 lei.", None, "EUR", "RON", "4.9771"),
    ("ro-fata-de", "Leul a închis ședința la 4,97 lei față de euro, potrivit datelor BNR.",
     "ro", "EUR", "RON", "4.97"),
    ("hu-ara", "Szerdán egy euró ára 395,2 forint volt a bankközi piacon, ami gyengébb a "
     "keddinél.", None, "EUR", "HUF", "395.2"),
    ("hu-slash", "A forint pénteken 395 forint/euró szinten zárt, miután a jegybank nem "
     "változtatott a kamaton.", None, "EUR", "HUF", "395"),
    ("hu-equals", "A jegybank szerint csütörtökön 1 dollár = 362,5 forint volt a hivatalos "
     "árfolyam.", None, "USD", "HUF", "362.5"),
    ("hu-arfolyama", "Pénteken az euró árfolyama 395 forint volt a bankközi piacon.",
     "hu", "EUR", "HUF", "395"),
]  # fmt: skip

# --------------------------------------------------------------------------------------------
# Two amounts that are not a conversion, and numbers that are not money.
# --------------------------------------------------------------------------------------------

HARD_NEGATIVES: list[NegativeCase] = [
    ("cs-a", "Ministerstvo dá na opravy silnic 300 milionů korun a z evropských fondů přijde "
     "dalších 12 milionů eur.", None),
    ("cs-oproti", "Česká pobočka vydělala 3,2 miliardy korun oproti 150 milionům eur, které "
     "vykázala vídeňská centrála.", None),
    ("cs-loni", "Letos firma vydělala 40 milionů eur, loni 900 milionů korun, uvedla ve výroční "
     "zprávě.", None),
    ("cs-nebo", "Zákazník může za vstupenku zaplatit 100 eur nebo 2 500 korun v hotovosti "
     "přímo u pokladny.", None),
    ("sk-a", "Firma vlani zarobila 12 miliónov eur a jej česká dcéra ďalších 300 miliónov "
     "korún.", None),
    ("sk-oproti", "Tržby stúpli na 80 miliónov eur oproti 1,9 miliardy korún, ktoré vykázala "
     "sesterská firma.", None),
    ("sk-vlani", "Vlani dostala obec od štátu 2 milióny eur, tento rok iba 40 miliónov korún.",
     None),
    ("sk-oproti-dative", "Tržby dosiahli 80 miliónov eur oproti 1,9 miliardám korún v "
     "sesterskej firme.", "sk"),
    ("ro-fata-de", "Firma a raportat venituri de 5 milioane de lei, faţă de 4 milioane de euro "
     "anul trecut.", None),
    ("ro-si", "Guvernul a alocat 300 de milioane de lei și 12 milioane de euro pentru "
     "repararea drumurilor.", None),
    ("ro-iar", "Exporturile au crescut la 2 miliarde de euro, iar importurile au ajuns la 9 "
     "miliarde de lei.", None),
    ("ro-fata-de-comma-below", "Cheltuielile au fost de 7 milioane de lei, față de 2 milioane "
     "de euro în 2022.", "ro"),
    ("hu-es", "A cég 2 millió dollárt és 800 millió forintot fizetett a szerződésért a bíróság "
     "szerint.", None),
    ("hu-szemben", "Az árbevétel 5 milliárd forint volt, szemben a tavalyi 12 millió euróval, "
     "közölte a cég.", None),
    ("hu-masik", "Az egyik pályázó 300 millió forintot, a másik 1 millió eurót kért a "
     "támogatásból.", None),
    ("hu-ami-tobb", "A bevétel 9 milliárd forint lett, ami 2 millió euróval több a tervezettnél.",
     "hu"),
]  # fmt: skip

NEGATIVES: list[NegativeCase] = [
    ("cs-percent", "Inflace v Česku v prosinci zpomalila na 3 procenta, uvedl ve středu Český "
     "statistický úřad.", None),
    ("cs-population", "V Praze nyní žije přes 1,3 milionu obyvatel, což je nejvíce v její "
     "historii.", None),
    ("cs-km", "Nová železniční trať bude dlouhá 45 kilometrů a povede přes tři kraje.", None),
    ("cs-jen-is-only", "Na mimořádnou schůzi sněmovny přišlo jen 12 poslanců z opozice a "
     "jednání bylo zrušeno.", None),
    ("sk-percent", "Nezamestnanosť na Slovensku klesla v decembri na 5,3 percenta, uviedol "
     "úrad práce.", None),
    ("sk-population", "V Bratislave podľa sčítania žije takmer 480-tisíc obyvateľov, čo je viac "
     "ako pred desiatimi rokmi.", None),
    ("sk-km", "Nová diaľnica na východe krajiny bude mať 42 kilometrov a šesť tunelov.", None),
    ("ro-percent", "Rata anuală a inflației a scăzut la 5,1 la sută în luna decembrie, potrivit "
     "INS.", None),
    ("ro-population", "Populația Bucureștiului a depășit 1,7 milioane de locuitori, potrivit "
     "ultimului recensământ.", None),
    ("ro-km", "Autostrada va avea 75 de kilometri și trei noduri rutiere, potrivit companiei de "
     "drumuri.", None),
    ("ro-lei-lions", "La grădina zoologică din Sibiu au sosit anul acesta trei pui de leu.",
     None),
    ("hu-percent", "Az infláció decemberben 3,7 százalékra lassult, közölte szerdán a "
     "statisztikai hivatal.", None),
    ("hu-population", "Budapest lakossága tavaly 1,7 millió fő volt a statisztikai hivatal "
     "szerint.", None),
    ("hu-km", "Az új autópálya 75 kilométer hosszú lesz, és három megyén halad át.", None),
    ("hu-fontos", "A kormány szerdán 3 fontos döntést hozott a lakhatásról.", None),
]  # fmt: skip

# --------------------------------------------------------------------------------------------
# Perturbed conversions: the converted figure ten times too large, against the reference rate.
# --------------------------------------------------------------------------------------------

PERTURBED: list[PerturbedCase] = [
    ("cs-tenfold-euros", "Nová továrna v Kolíně vyjde na 12,5 miliardy korun, v přepočtu zhruba "
     "5 miliard eur.", None, dt.date(2024, 6, 3), "5 miliard eur"),
    ("sk-tenfold-euros", "Česká vláda schválila balík pomoci 10 miliárd korún (približne "
     "4 miliardy eur) pre firmy.", None, dt.date(2024, 6, 3), "4 miliardy eur"),
    ("ro-tenfold-lei", "Proiectul costă 20 de milioane de euro, adică aproape 1 miliard de lei, "
     "potrivit primăriei.", None, dt.date(2024, 6, 3), "1 miliard de lei"),
    ("hu-tenfold-forints", "A szlovák minimálbér idén 750 euró (mintegy 2,95 millió forint) "
     "lett, ami több a magyarnál.", None, dt.date(2024, 6, 3), "2,95 millió forint"),
]  # fmt: skip


def _ids(cases: Sequence[tuple[object, ...]]) -> list[str]:
    return [str(case[0]) for case in cases]


def _amount(pair: Pair) -> tuple[Decimal, str | None]:
    return Decimal(pair[0]), pair[1]


def _conversions(text: str, locale: str | None) -> list[figcheck.Conversion]:
    return [c for c in figcheck.extract(text, locale=locale) if isinstance(c, figcheck.Conversion)]


@pytest.mark.parametrize(
    ("text", "locale", "expected", "hedges"), [c[1:] for c in MONEY], ids=_ids(MONEY)
)
def test_money_is_read(
    text: str, locale: str | None, expected: list[Pair], hedges: list[str | None] | None
) -> None:
    found = figcheck.find_money(text, locale=locale)
    assert [(m.amount, m.currency) for m in found] == [_amount(pair) for pair in expected]
    for money in found:
        assert money.span.slice(text) == money.text
        assert money.figure.other is None, f"{money.text!r} left ambiguous"
    if hedges is not None:
        assert [m.hedge for m in found] == hedges


@pytest.mark.parametrize(("text", "locale", "expected"), [c[1:] for c in RANGES], ids=_ids(RANGES))
def test_range_shares_its_currency(
    text: str, locale: str | None, expected: tuple[str, str, str]
) -> None:
    low, high, currency = expected
    found = figcheck.find_money(text, locale=locale)
    assert [(m.amount, m.upper, m.currency) for m in found] == [
        (Decimal(low), Decimal(high), currency)
    ]


@pytest.mark.parametrize(
    ("text", "locale", "expected"), [c[1:] for c in CONVERSIONS], ids=_ids(CONVERSIONS)
)
def test_conversion_is_found(
    text: str, locale: str | None, expected: list[tuple[Pair, Pair]]
) -> None:
    assert [
        (c.original.amount, c.original.currency, c.converted.amount, c.converted.currency)
        for c in _conversions(text, locale)
    ] == [(*_amount(original), *_amount(converted)) for original, converted in expected]


@pytest.mark.parametrize(
    ("text", "locale", "base", "quote", "value"), [c[1:] for c in RATES], ids=_ids(RATES)
)
def test_rate_is_read(text: str, locale: str | None, base: str, quote: str, value: str) -> None:
    rates = [c for c in figcheck.extract(text, locale=locale) if isinstance(c, figcheck.StatedRate)]
    assert [(r.base, r.quote, r.value) for r in rates] == [(base, quote, Decimal(value))]


@pytest.mark.parametrize(
    ("text", "locale"), [c[1:] for c in HARD_NEGATIVES], ids=_ids(HARD_NEGATIVES)
)
def test_two_amounts_are_not_a_conversion(text: str, locale: str | None) -> None:
    language = locale or detect_language(text)
    for reading in (locale, language):
        found = figcheck.find_money(text, locale=reading)
        assert len({m.currency for m in found}) == 2, [(m.text, m.currency) for m in found]
        assert _conversions(text, reading) == []


@pytest.mark.parametrize(("text", "locale"), [c[1:] for c in NEGATIVES], ids=_ids(NEGATIVES))
def test_no_money(text: str, locale: str | None) -> None:
    assert figcheck.find_money(text, locale=locale) == []


@pytest.mark.parametrize(
    ("text", "locale", "date", "figure"), [c[1:] for c in PERTURBED], ids=_ids(PERTURBED)
)
def test_tenfold_figure_is_flagged(
    text: str, locale: str | None, date: dt.date, figure: str
) -> None:
    report = figcheck.check(text, date=date, locale=locale)
    position = text.index(figure)
    flagged = [f for f in report.findings if f.code == "FC103"]
    assert flagged, [(f.code, f.message) for f in report.findings]
    assert all(f.span.start <= position < f.span.end for f in flagged)


@pytest.mark.parametrize(
    "case",
    [case for case in CONVERSIONS if len(case[3]) == 1],
    ids=lambda case: str(case[0]),
)
def test_honest_conversions_are_not_flagged(case: ConversionCase) -> None:
    _, text, locale, _ = case
    report = figcheck.check(text, date=dt.date(2024, 6, 3), locale=locale)
    assert not {f.code for f in report.findings} & {"FC101", "FC103", "FC104"}


# --------------------------------------------------------------------------------------------
# Words of the tables, one by one.
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Statul plătește 3.000 de lei fiecărei familii.", "ș"),
        ("Statul plăteşte 3.000 de lei fiecărei familii.", "ş"),
        ("Salariul a ajuns la 266.800 de forinți în Ungaria.", "ț"),
        ("Salariul a ajuns la 266.800 de forinţi în Ungaria.", "ţ"),
    ],
)
def test_romanian_reads_both_spellings_of_s_and_t(text: str, expected: str) -> None:
    assert expected in text
    found = figcheck.find_money(text, locale="ro")
    assert [m.currency for m in found] in (["RON"], ["HUF"])


@pytest.mark.parametrize(
    ("noun", "currency"),
    [
        ("forint", "HUF"),
        ("forintot", "HUF"),
        ("forinttal", "HUF"),
        ("forintért", "HUF"),
        ("forintos", "HUF"),
        ("eurót", "EUR"),
        ("euróval", "EUR"),
        ("euróba", "EUR"),
        ("dollárt", "USD"),
        ("dollárral", "USD"),
        ("rubelt", "RUB"),
        ("rubellel", "RUB"),
        ("zlotyval", "PLN"),
        ("fontot", "GBP"),
        ("frankkal", "CHF"),
        ("jent", "JPY"),
    ],
)
def test_hungarian_case_endings_follow_the_number(noun: str, currency: str) -> None:
    found = figcheck.find_money(f"A cég 5 millió {noun} ügyében döntött.", locale="hu")
    assert [(m.amount, m.currency, m.unit_text) for m in found] == [
        (Decimal("5e6"), currency, noun)
    ]


@pytest.mark.parametrize(
    ("text", "locale", "currency"),
    [
        ("Vstupné stojí 250 korun.", "cs", "CZK"),
        ("Vstupné stojí 250 korún.", "sk", "CZK"),
        ("Biletul costă 25 de lei.", "ro", "RON"),
        ("A jegy ára 2500 forint.", "hu", "HUF"),
        ("Biletul costă 25 de lei.", "ro_MD", "MDL"),
    ],
)
def test_local_currency_is_the_default_reading(text: str, locale: str, currency: str) -> None:
    assert [m.currency for m in figcheck.find_money(text, locale=locale)] == [currency]


# --------------------------------------------------------------------------------------------
# Detection.
# --------------------------------------------------------------------------------------------

#: Further news sentences, read for their language only.
PLAIN: list[tuple[str, str]] = [
    (
        "cs",
        "Vláda schválila návrh rozpočtu na příští rok, podle kterého budou výdaje vyšší o 60 "
        "miliard korun.",
    ),
    ("cs", "Cena elektřiny pro domácnosti od ledna klesne zhruba o desetinu, oznámil dodavatel."),
    (
        "cs",
        "Policie zadržela muže, který v centru Brna přepadl směnárnu a odnesl přes milion korun.",
    ),
    (
        "cs",
        "Česká národní banka ponechala úrokové sazby beze změny a guvernér varoval před inflací.",
    ),
    ("cs", "Nemocnice dostanou na nové přístroje celkem 2,4 miliardy korun z evropských peněz."),
    ("cs", "Akcie energetické společnosti ve středu na pražské burze posílily o čtyři procenta."),
    ("cs", "Průměrná mzda v Česku ve třetím čtvrtletí vzrostla na 45 000 korun."),
    ("cs", "Starosta uvedl, že oprava náměstí bude hotová do konce léta."),
    ("cs", "Firma propustí 300 zaměstnanců, protože poptávka po jejích výrobcích klesá."),
    ("cs", "Ministr financí chce zvýšit daň z nemovitostí, opozice návrh odmítá."),
    (
        "sk",
        "Vláda schválila návrh rozpočtu na budúci rok, podľa ktorého budú výdavky vyššie o 2 "
        "miliardy eur.",
    ),
    ("sk", "Cena elektriny pre domácnosti od januára klesne zhruba o desatinu, oznámil dodávateľ."),
    (
        "sk",
        "Polícia zadržala muža, ktorý v centre Košíc prepadol zmenáreň a odniesol viac ako "
        "50-tisíc eur.",
    ),
    ("sk", "Národná banka Slovenska upozornila, že inflácia sa v najbližších mesiacoch nespomalí."),
    ("sk", "Nemocnice dostanú na nové prístroje spolu 120 miliónov eur z plánu obnovy."),
    ("sk", "Akcie energetickej spoločnosti v stredu posilnili o štyri percentá."),
    ("sk", "Priemerná mzda na Slovensku v treťom štvrťroku stúpla na 1 450 eur."),
    ("sk", "Starosta uviedol, že oprava námestia bude hotová do konca leta."),
    ("sk", "Firma prepustí 300 zamestnancov, pretože dopyt po jej výrobkoch klesá."),
    ("sk", "Minister financií chce zvýšiť daň z nehnuteľností, opozícia návrh odmieta."),
    (
        "ro",
        "Guvernul a aprobat proiectul de buget pentru anul viitor, care prevede cheltuieli mai "
        "mari cu 10 miliarde de lei.",
    ),
    (
        "ro",
        "Prețul energiei electrice pentru populație va scădea de la 1 ianuarie cu aproximativ "
        "zece la sută.",
    ),
    (
        "ro",
        "Poliția a reținut un bărbat care a jefuit o casă de schimb valutar din centrul Clujului.",
    ),
    ("ro", "Banca Națională a menținut dobânda de politică monetară la 6,5 la sută."),
    ("ro", "Spitalele vor primi aparatură nouă în valoare de 500 de milioane de lei din PNRR."),
    ("ro", "Acțiunile companiei de energie au crescut miercuri cu patru procente la bursă."),
    ("ro", "Salariul mediu net a urcat în trimestrul al treilea la 5.200 de lei."),
    ("ro", "Primarul a declarat că renovarea pieței va fi gata până la sfârșitul verii."),
    ("ro", "Firma va concedia 300 de angajați, deoarece cererea pentru produsele sale scade."),
    (
        "ro",
        "Ministrul Finanțelor vrea să majoreze impozitul pe proprietate, iar opoziția respinge "
        "propunerea.",
    ),
    (
        "hu",
        "A kormány elfogadta a jövő évi költségvetés tervezetét, amely szerint a kiadások 800 "
        "milliárd forinttal nőnek.",
    ),
    (
        "hu",
        "A lakossági villamos energia ára januártól körülbelül tíz százalékkal csökken, közölte a "
        "szolgáltató.",
    ),
    ("hu", "A rendőrség őrizetbe vett egy férfit, aki kirabolt egy pénzváltót Győr belvárosában."),
    (
        "hu",
        "A Magyar Nemzeti Bank változatlanul hagyta az alapkamatot, a jegybankelnök inflációs "
        "kockázatokra figyelmeztetett.",
    ),
    ("hu", "A kórházak összesen 40 milliárd forintot kapnak új eszközökre uniós forrásból."),
    ("hu", "Az energiacég részvényei szerdán négy százalékkal erősödtek a budapesti tőzsdén."),
    ("hu", "Az átlagkereset a harmadik negyedévben 600 ezer forintra emelkedett."),
    ("hu", "A polgármester szerint a főtér felújítása a nyár végére elkészül."),
    ("hu", "A cég 300 dolgozót bocsát el, mert csökken a kereslet a termékei iránt."),
    ("hu", "A pénzügyminiszter emelné az ingatlanadót, az ellenzék elutasítja a javaslatot."),
]

#: Every sentence above, with the language it is written in.
SENTENCES = [
    (str(case[0]).split("-")[0], str(case[1]))
    for table in (MONEY, RANGES, CONVERSIONS, RATES, HARD_NEGATIVES, NEGATIVES, PERTURBED)
    for case in table
] + PLAIN
#: The share of those sentences whose language is detected, one sentence at a time.
DETECTION_FLOOR = {"cs": 0.9, "sk": 0.9, "ro": 0.9, "hu": 0.9}


@pytest.mark.parametrize("language", sorted(DETECTION_FLOOR))
def test_one_sentence_detection_rate(language: str) -> None:
    texts = [text for lang, text in SENTENCES if lang == language]
    assert len(texts) >= 12
    detected = [text for text in texts if detect_language(text) == language]
    assert len(detected) / len(texts) >= DETECTION_FLOOR[language], sorted(
        set(texts) - set(detected)
    )


@pytest.mark.parametrize(
    ("first", "second"),
    [("cs", "sk"), ("sk", "cs"), ("ro", "it"), ("ro", "es"), ("ro", "pt"), ("cs", "pl")],
)
def test_close_languages_are_not_confused(first: str, second: str) -> None:
    texts = [text for lang, text in SENTENCES if lang == first]
    assert not [text for text in texts if detect_language(text) == second]
