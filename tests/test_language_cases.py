"""Money in seventeen languages: number formats, magnitude words, currency names and conversions.

Every sentence below was written for these tables in news style; none is quoted from a published
article. Wherever it reads naturally they reuse the figures of the founding example, a rouble
bounty converted at 60.24 roubles to the dollar: 300,000 roubles ($4,980), 200,000 ($3,320),
100,000 ($1,660) and 50,000 ($830).

The tables, each row starting with a readable id ("de-grouped-decimal"):

- ``MONEY_CASES``: the money mentions of a sentence, as (amount, currency) pairs in order.
  A locale of None means the language must be detected from the sentence itself.
- ``CONVERSION_CASES``: the founding conversion written the way each language's press writes
  it. The same sentence with the converted figure ten times too large, next to an honest
  conversion (``HONEST``), must be reported as a magnitude slip (FC103).
- ``LOCALE_TRAPS``: where the same word or separator means something else in another language
  (German "Billion", French "billion", Spanish "billón" are 10¹²; "1.234" is 1234 in German).
- ``NEGATIVES``: numbers that are not money (dates, years, counts, percentages, phone numbers).

Amounts are decimal strings compared as ``Decimal`` values, so "1.2e9" and "1200000000" are the
same expectation.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal

import pytest

import figcheck
from figcheck.reading.detect import detect_language
from figcheck.reading.language_tables import LANGUAGES

#: The date of the conversion checks: the last day with an ECB rouble reference rate.
DATE = dt.date(2022, 3, 1)

#: Expected mentions: (amount, ISO currency code or None), in text order.
Expected = list[tuple[str, str | None]]
MoneyCase = tuple[str, str, str | None, Expected]
#: (id, text, locale, converted figure as written, ten times that figure as the language writes it)
ConversionCase = tuple[str, str, str | None, str, str]
NegativeCase = tuple[str, str, str | None]

# Hindi "करोड़" (crore) in the two spellings Hindi text uses: ड + nukta sign (what NFC gives) and
# the precomposed letter U+095C.
CRORE_DECOMPOSED = "करो\u0921\u093c"
CRORE_PRECOMPOSED = "करो\u095c"

# --------------------------------------------------------------------------------------------
# 1. Money mentions, language by language.
# --------------------------------------------------------------------------------------------

MONEY_CASES: list[MoneyCase] = [
    # German: "." groups, "," is the decimal sign; Mrd./Mio./Tsd.; the long scale (Billion).
    (
        "de-grouped",
        "Das Verteidigungsministerium zahlt jedem Freiwilligen 300.000 Rubel als Prämie.",
        "de",
        [("300000", "RUB")],
    ),
    (
        "de-grouped-decimal",
        "Für die Reparatur des Daches stellte die Firma 1.234,56 Euro in Rechnung.",
        "de",
        [("1234.56", "EUR")],
    ),
    (
        "de-euro-sign-after",
        "Das Deutschlandticket kostet inzwischen 58 € statt 49 € im Monat.",
        "de",
        [("58", "EUR"), ("49", "EUR")],
    ),
    (
        "de-mrd-abbreviation",
        "Der Konzern steigerte seinen Umsatz im vergangenen Jahr auf 1,2 Mrd. Euro.",
        "de",
        [("1.2e9", "EUR")],
    ),
    (
        "de-billionen-long-scale",
        "Das in Fonds angelegte Vermögen liegt inzwischen bei über 5 Billionen Euro.",
        "de",
        [("5e12", "EUR")],
    ),
    (
        "de-mio-abbreviation",
        "Die Gemeinde investiert 2,5 Mio. Euro in den Neubau der Grundschule.",
        "de",
        [("2.5e6", "EUR")],
    ),
    (
        "de-millionen-dollar",
        "Das Berliner Start-up sammelte 150 Millionen Dollar bei Investoren ein.",
        "de",
        [("1.5e8", "USD")],
    ),
    (
        "de-rund-hedge",
        "Ein Zeitsoldat bekommt dort rund 200.000 Rubel im Monat.",
        "de",
        [("200000", "RUB")],
    ),
    (
        "de-tsd-abbreviation",
        "Der Verein erhielt im vergangenen Jahr 50 Tsd. Euro an Spenden.",
        "de",
        [("50000", "EUR")],
    ),
    (
        "de-us-dollar-name",
        "Die Soforthilfe umfasst 100.000 US-Dollar für Lebensmittel und Decken.",
        "de",
        [("100000", "USD")],
    ),
    (
        "de_CH-apostrophe",
        "Die Gebühr beträgt ab Januar 1'234.50 Franken pro Jahr.",
        "de_CH",
        [("1234.50", "CHF")],
    ),
    (
        "de_CH-typographic-apostrophe",
        "Der Sprachkurs kostet pro Person 1’234.50 Franken.",
        "de_CH",
        [("1234.50", "CHF")],
    ),
    (
        "de_CH-chf-prefix",
        "Der Bund überweist dem Kanton CHF 2'500'000 für den Hochwasserschutz.",
        "de_CH",
        [("2500000", "CHF")],
    ),
    (
        "de_CH-mia-abbreviation",
        "Die Armee erhält in den nächsten Jahren zusätzlich 4 Mia. Franken.",
        "de_CH",
        [("4e9", "CHF")],
    ),
    (
        "de-detected",
        "Die Regierung zahlt den Soldaten 100.000 Rubel, und das ist mehr als der "
        "Durchschnittslohn in der Region.",
        None,
        [("100000", "RUB")],
    ),
    # French: spaces group (normal, no-break, narrow no-break), "," is the decimal sign;
    # "millions d'euros" and "milliards de dollars" put "de" between magnitude and currency.
    (
        "fr-space",
        "L'armée versera 300 000 roubles à chaque volontaire.",
        "fr",
        [("300000", "RUB")],
    ),
    (
        "fr-no-break-space",
        "L'armée versera 300\u00a0000 roubles à chaque volontaire.",
        "fr",
        [("300000", "RUB")],
    ),
    (
        "fr-narrow-no-break-space",
        "L'armée versera 300\u202f000 roubles à chaque volontaire.",
        "fr",
        [("300000", "RUB")],
    ),
    (
        "fr-decimal-euro-sign",
        "Le ticket de métro passera à 2,50\u00a0€ en janvier.",
        "fr",
        [("2.50", "EUR")],
    ),
    (
        "fr-millions-d-euros",
        "La région débloque 3 millions d'euros pour les éleveurs touchés par la sécheresse.",
        "fr",
        [("3e6", "EUR")],
    ),
    (
        "fr-milliards-de-dollars",
        "Le fonds a levé 2 milliards de dollars l'an dernier.",
        "fr",
        [("2e9", "USD")],
    ),
    (
        "fr-environ-hedge",
        "La facture s'élève à environ 4\u202f980 dollars.",
        "fr",
        [("4980", "USD")],
    ),
    (
        "fr-plus-de-hedge",
        "Les dégâts sont estimés à plus de 50 000 euros.",
        "fr",
        [("50000", "EUR")],
    ),
    (
        "fr-mds-euro-sign",
        "La dette du groupe atteint 12 Mds € selon le rapport annuel.",
        "fr",
        [("1.2e10", "EUR")],
    ),
    (
        "fr-livres-sterling",
        "Le billet d'avion pour Londres coûte 80 livres sterling.",
        "fr",
        [("80", "GBP")],
    ),
    (
        "fr_CH-mio-de-francs",
        "Le canton investit 2,5 mio de francs dans la nouvelle école.",
        "fr_CH",
        [("2.5e6", "CHF")],
    ),
    (
        "fr-detected",
        "Le gouvernement promet 100 000 roubles aux familles des soldats, selon les autorités "
        "de la région.",
        None,
        [("100000", "RUB")],
    ),
    # Spanish: "." groups, "," is the decimal sign; "millones de", "mil millones" (10⁹).
    (
        "es-grouped",
        "El Gobierno ruso pagará 300.000 rublos a cada recluta.",
        "es",
        [("300000", "RUB")],
    ),
    (
        "es-decimal",
        "El litro de gasolina cuesta 1,65 euros en Madrid.",
        "es",
        [("1.65", "EUR")],
    ),
    (
        "es-millones-de-dolares",
        "La empresa invertirá 150 millones de dólares en la nueva planta.",
        "es",
        [("1.5e8", "USD")],
    ),
    (
        "es-mil-millones",
        "Bruselas aprobó 1,5 mil millones de euros para la reconstrucción.",
        "es",
        [("1.5e9", "EUR")],
    ),
    (
        "es-unos-hedge",
        "Cada soldado recibe unos 50.000 rublos al mes.",
        "es",
        [("50000", "RUB")],
    ),
    (
        "es-mas-de-hedge",
        "El fraude le costó a la empresa más de 200.000 dólares.",
        "es",
        [("200000", "USD")],
    ),
    (
        "es-euro-sign",
        "La entrada al museo cuesta 12 € por persona.",
        "es",
        [("12", "EUR")],
    ),
    (
        "es_MX-pesos",
        "Un kilo de tortillas cuesta 25 pesos en la capital.",
        "es_MX",
        [("25", "MXN")],
    ),
    (
        "es_CO-us-dollar-mm",
        "El banco aprobó un crédito por US$ 5 MM para la obra.",
        "es_CO",
        [("5e6", "USD")],
    ),
    (
        "es-detected",
        "El Gobierno ruso ofrece 100.000 rublos a los voluntarios que se alistan en el ejército.",
        None,
        [("100000", "RUB")],
    ),
    # Portuguese: Brazil and Portugal group differently ("1.500,00" and "300 000"); "mil" is a
    # magnitude word ("300 mil" = 300,000); "milhões de reais", "mil milhões" (10⁹, Portugal).
    (
        "pt_BR-real-sign",
        "O governo pagará R$ 1.500,00 a cada família atingida pelas chuvas.",
        "pt_BR",
        [("1500.00", "BRL")],
    ),
    (
        "pt-milhoes-de-reais",
        "A prefeitura vai investir 2 milhões de reais na obra.",
        "pt",
        [("2e6", "BRL")],
    ),
    (
        "pt-mil-rublos",
        "Cada voluntário recebe 300 mil rublos por mês.",
        "pt",
        [("300000", "RUB")],
    ),
    (
        "pt-cerca-de-hedge",
        "O aluguel do escritório chega a cerca de 4.980 dólares por mês.",
        "pt",
        [("4980", "USD")],
    ),
    (
        "pt_BR-milhoes-de-dolares",
        "A startup captou 150 milhões de dólares com investidores estrangeiros.",
        "pt_BR",
        [("1.5e8", "USD")],
    ),
    (
        "pt_PT-decimal-euros",
        "O bilhete de metro custa 1,85 euros em Lisboa.",
        "pt_PT",
        [("1.85", "EUR")],
    ),
    (
        "pt_PT-space",
        "O Estado pagou 300 000 euros à empresa de consultoria.",
        "pt_PT",
        [("300000", "EUR")],
    ),
    (
        "pt_PT-mil-milhoes",
        "O banco registou lucros de 1,2 mil milhões de euros.",
        "pt_PT",
        [("1.2e9", "EUR")],
    ),
    (
        "pt-detected",
        "O governo russo paga 100.000 rublos aos soldados que se alistam no exército, segundo "
        "a imprensa local.",
        None,
        [("100000", "RUB")],
    ),
    # Italian: "." groups, "," is the decimal sign; "milioni di euro", "mld".
    (
        "it-grouped",
        "Il governo russo pagherà 300.000 rubli a ogni soldato.",
        "it",
        [("300000", "RUB")],
    ),
    (
        "it-decimal",
        "Il biglietto dell'autobus costa 2,20 euro da lunedì.",
        "it",
        [("2.20", "EUR")],
    ),
    (
        "it-milioni-di-euro",
        "La Regione stanzia 3 milioni di euro per le scuole.",
        "it",
        [("3e6", "EUR")],
    ),
    (
        "it-323-milioni-di-euro",
        "Il club ha speso 323 milioni di euro sul mercato estivo.",
        "it",
        [("3.23e8", "EUR")],
    ),
    (
        "it-miliardi-di-euro",
        "Lo Stato ha stanziato 2 miliardi di euro per la sanità.",
        "it",
        [("2e9", "EUR")],
    ),
    (
        "it-mld-di-dollari",
        "Il fondo ha raccolto 1,5 mld di dollari in sei mesi.",
        "it",
        [("1.5e9", "USD")],
    ),
    (
        "it-circa-hedge",
        "Un soldato guadagna circa 50.000 rubli al mese.",
        "it",
        [("50000", "RUB")],
    ),
    (
        "it-euro-sign",
        "Un caffè al banco costa 1,20 € a Roma.",
        "it",
        [("1.20", "EUR")],
    ),
    (
        "it-mila-glued",
        "Il Comune ha speso 300mila euro per il restauro della fontana.",
        "it",
        [("300000", "EUR")],
    ),
    (
        "it-detected",
        "Il governo russo paga 200.000 rubli ai soldati che si arruolano per il fronte.",
        None,
        [("200000", "RUB")],
    ),
    # Dutch: "." groups, "," is the decimal sign, "€ 12,50" before the number; the long scale
    # ("biljoen" = 10¹²).
    (
        "nl-grouped",
        "De regering betaalt elke soldaat 300.000 roebel.",
        "nl",
        [("300000", "RUB")],
    ),
    (
        "nl-euro-prefix-decimal",
        "Een enkele reis naar Utrecht kost € 12,50.",
        "nl",
        [("12.50", "EUR")],
    ),
    (
        "nl-miljoen-euro",
        "Het kabinet trekt 150 miljoen euro uit voor de zorg.",
        "nl",
        [("1.5e8", "EUR")],
    ),
    (
        "nl-mld-abbreviation",
        "Het pensioenfonds belegt 2 mld euro in windparken.",
        "nl",
        [("2e9", "EUR")],
    ),
    (
        "nl-mln-abbreviation",
        "De club boekte vorig seizoen een winst van 12 mln euro.",
        "nl",
        [("1.2e7", "EUR")],
    ),
    (
        "nl-biljoen-long-scale",
        "De Amerikaanse staatsschuld bedraagt ruim 30 biljoen dollar.",
        "nl",
        [("3e13", "USD")],
    ),
    (
        "nl-ongeveer-hedge",
        "Een soldaat verdient ongeveer 50.000 roebel per maand.",
        "nl",
        [("50000", "RUB")],
    ),
    (
        "nl-detected",
        "De regering in Moskou betaalt 100.000 roebel aan elke vrijwilliger die zich meldt voor "
        "het leger.",
        None,
        [("100000", "RUB")],
    ),
    # Polish: spaces group (not in four-digit numbers), "," is the decimal sign; "zł", "tys.",
    # "mln", "mld".
    (
        "pl-space",
        "Rosyjski rząd wypłaci każdemu ochotnikowi 300 000 rubli.",
        "pl",
        [("300000", "RUB")],
    ),
    (
        "pl-no-break-space",
        "Rosyjski rząd wypłaci każdemu ochotnikowi 300\u00a0000 rubli.",
        "pl",
        [("300000", "RUB")],
    ),
    (
        "pl-narrow-no-break-space",
        "Rosyjski rząd wypłaci każdemu ochotnikowi 300\u202f000 rubli.",
        "pl",
        [("300000", "RUB")],
    ),
    (
        "pl-zl-decimal",
        "Bilet jednorazowy kosztuje w Warszawie 4,40 zł.",
        "pl",
        [("4.40", "PLN")],
    ),
    (
        "pl-mln-zl",
        "Gmina otrzyma 5 mln zł dotacji na nową szkołę.",
        "pl",
        [("5e6", "PLN")],
    ),
    (
        "pl-mld-zl",
        "Budżet przewiduje 2,5 mld zł na remonty dróg.",
        "pl",
        [("2.5e9", "PLN")],
    ),
    (
        "pl-tys-zl",
        "Pensja na tym stanowisku wynosi 8 tys. zł brutto.",
        "pl",
        [("8000", "PLN")],
    ),
    (
        "pl-okolo-hedge",
        "Żołnierz zarabia około 50 000 rubli miesięcznie.",
        "pl",
        [("50000", "RUB")],
    ),
    (
        "pl-mln-dolarow",
        "Spółka zebrała 150 mln dolarów od inwestorów.",
        "pl",
        [("1.5e8", "USD")],
    ),
    (
        "pl-mln-dol-abbreviation",
        "Spółka zebrała 150 mln dol. od inwestorów z USA.",
        "pl",
        [("1.5e8", "USD")],
    ),
    (
        "pl-detected",
        "Rząd w Moskwie płaci 200 000 rubli każdemu ochotnikowi, który zgłosi się do wojska.",
        None,
        [("200000", "RUB")],
    ),
    # Swedish: spaces group, "," is the decimal sign; "kr", "kronor", "miljarder", "mdr".
    (
        "sv-space",
        "Regeringen betalar 300 000 rubel till varje soldat.",
        "sv",
        [("300000", "RUB")],
    ),
    (
        "sv-no-break-space",
        "Regeringen betalar 300\u00a0000 rubel till varje soldat.",
        "sv",
        [("300000", "RUB")],
    ),
    (
        "sv-narrow-no-break-space",
        "Regeringen betalar 300\u202f000 rubel till varje soldat.",
        "sv",
        [("300000", "RUB")],
    ),
    (
        "sv-kr",
        "En kopp kaffe kostar 45 kr på stationen.",
        "sv",
        [("45", "SEK")],
    ),
    (
        "sv-kronor-decimal",
        "Priset är 12,50 kronor per liter.",
        "sv",
        [("12.50", "SEK")],
    ),
    (
        "sv-miljarder-kronor",
        "Staten satsar 4 miljarder kronor på järnvägen.",
        "sv",
        [("4e9", "SEK")],
    ),
    (
        "sv-mdr-kronor",
        "Vinsten blev 3,2 mdr kronor förra året.",
        "sv",
        [("3.2e9", "SEK")],
    ),
    (
        "sv-miljoner-dollar",
        "Bolaget tog in 150 miljoner dollar från investerare.",
        "sv",
        [("1.5e8", "USD")],
    ),
    (
        "sv-cirka-hedge",
        "En soldat tjänar cirka 50 000 rubel i månaden.",
        "sv",
        [("50000", "RUB")],
    ),
    (
        "sv-detected",
        "Regeringen i Moskva betalar 100 000 rubel till varje frivillig som går med i armén.",
        None,
        [("100000", "RUB")],
    ),
    # Turkish: "." groups, "," is the decimal sign; "₺", "TL", "bin", "milyon", "milyar" and
    # case endings on the currency noun ("dolara", "dolarlık").
    (
        "tr-grouped",
        "Hükümet her askere 300.000 ruble ödüyor.",
        "tr",
        [("300000", "RUB")],
    ),
    (
        "tr-lira-sign",
        "Simidin fiyatı ₺15,50 oldu.",
        "tr",
        [("15.50", "TRY")],
    ),
    (
        "tr-tl",
        "Asgari ücret 17.002 TL olarak açıklandı.",
        "tr",
        [("17002", "TRY")],
    ),
    (
        "tr-milyon-dolar",
        "Şirket yatırımcılardan 5 milyon dolar topladı.",
        "tr",
        [("5e6", "USD")],
    ),
    (
        "tr-milyar-lira",
        "Bütçe açığı geçen ay 2,5 milyar lira oldu.",
        "tr",
        [("2.5e9", "TRY")],
    ),
    (
        "tr-bin-ruble",
        "Bir askerin aylık maaşı 50 bin ruble.",
        "tr",
        [("50000", "RUB")],
    ),
    (
        "tr-yaklasik-dative",
        "Aylık kira yaklaşık 4.980 dolara ulaştı.",
        "tr",
        [("4980", "USD")],
    ),
    (
        "tr-dolarlik",
        "Taraflar 5 milyar dolarlık bir anlaşma imzaladı.",
        "tr",
        [("5e9", "USD")],
    ),
    (
        "tr-bin-compound",
        "Aylık kira 4 bin 980 dolara yükseldi.",
        "tr",
        [("4980", "USD")],
    ),
    (
        "tr-detected",
        "Rus hükümeti, orduya katılan her gönüllüye 200.000 ruble ödeyeceğini ve bu paranın bir "
        "yıl içinde verileceğini açıkladı.",
        None,
        [("200000", "RUB")],
    ),
    # Russian: spaces group (not in four-digit numbers), "," is the decimal sign; "тыс.",
    # "млн", "млрд", "₽" and the three forms of the noun (рубль, рубля, рублей).
    (
        "ru-space",
        "Правительство выплатит каждому добровольцу 300 000 рублей.",
        "ru",
        [("300000", "RUB")],
    ),
    (
        "ru-no-break-space",
        "Правительство выплатит каждому добровольцу 300\u00a0000 рублей.",
        "ru",
        [("300000", "RUB")],
    ),
    (
        "ru-narrow-no-break-space",
        "Правительство выплатит каждому добровольцу 300\u202f000 рублей.",
        "ru",
        [("300000", "RUB")],
    ),
    (
        "ru-tys",
        "Каждый контрактник получит 300 тыс. рублей.",
        "ru",
        [("300000", "RUB")],
    ),
    (
        "ru-mlrd",
        "На программу выделят 2 млрд рублей из федерального бюджета.",
        "ru",
        [("2e9", "RUB")],
    ),
    (
        "ru-ruble-sign",
        "Литр бензина на заправках города стоит 55,40 ₽.",
        "ru",
        [("55.40", "RUB")],
    ),
    (
        "ru-decimal-rublya",
        "Курс доллара вырос до 60,24 рубля.",
        "ru",
        [("60.24", "RUB")],
    ),
    (
        "ru-okolo-hedge",
        "Расходы на ремонт составят около 100 000 рублей.",
        "ru",
        [("100000", "RUB")],
    ),
    (
        "ru-mln-dollarov",
        "Компания привлекла 150 млн долларов от инвесторов.",
        "ru",
        [("1.5e8", "USD")],
    ),
    (
        "ru-evro",
        "Штраф составил 50 000 евро.",
        "ru",
        [("50000", "EUR")],
    ),
    (
        "ru-detected",
        "Власти пообещали выплатить 200 000 рублей семьям военных.",
        None,
        [("200000", "RUB")],
    ),
    # Ukrainian: as Russian, with "тис.", "грн", "₴" and its own noun forms (рублів, гривень).
    (
        "uk-space",
        "Росія платить кожному найманцеві 300 000 рублів.",
        "uk",
        [("300000", "RUB")],
    ),
    (
        "uk-no-break-space",
        "Росія платить кожному найманцеві 300\u00a0000 рублів.",
        "uk",
        [("300000", "RUB")],
    ),
    (
        "uk-narrow-no-break-space",
        "Росія платить кожному найманцеві 300\u202f000 рублів.",
        "uk",
        [("300000", "RUB")],
    ),
    (
        "uk-mln-hryven",
        "Громада отримала 5 млн гривень на ремонт школи.",
        "uk",
        [("5e6", "UAH")],
    ),
    (
        "uk-hryvnia-sign",
        "Проїзд у київському метро коштує 8 ₴.",
        "uk",
        [("8", "UAH")],
    ),
    (
        "uk-grn",
        "Мінімальна зарплата становить 8000 грн.",
        "uk",
        [("8000", "UAH")],
    ),
    (
        "uk-tys-hryven",
        "Бійці на передовій отримують 100 тис. гривень щомісяця.",
        "uk",
        [("100000", "UAH")],
    ),
    (
        "uk-blyzko-hedge",
        "Ремонт мосту коштуватиме близько 50 000 доларів.",
        "uk",
        [("50000", "USD")],
    ),
    (
        "uk-mlrd-dolariv",
        "Партнери виділили 2 млрд доларів допомоги.",
        "uk",
        [("2e9", "USD")],
    ),
    (
        "uk-detected",
        "Російська влада обіцяє 200 000 рублів кожному, хто підпише контракт із міністерством.",
        None,
        [("200000", "RUB")],
    ),
    # Hindi: Indian grouping ("12,34,567"), लाख (10⁵), करोड़ (10⁷), हजार (10³), "₹".
    (
        "hi-lakh-rupaye",
        "सरकार बाढ़ से प्रभावित हर परिवार को 2 लाख रुपये देगी।",
        "hi",
        [("200000", "INR")],
    ),
    (
        "hi-crore-nukta-decomposed",
        f"इस परियोजना पर 500 {CRORE_DECOMPOSED} रुपये खर्च होंगे।",
        "hi",
        [("5e9", "INR")],
    ),
    (
        "hi-crore-nukta-precomposed",
        f"इस परियोजना पर 500 {CRORE_PRECOMPOSED} रुपये खर्च होंगे।",
        "hi",
        [("5e9", "INR")],
    ),
    (
        "hi-rupee-sign-indian-grouping",
        "कंपनी ने ₹12,34,567 का जुर्माना भरा।",
        "hi",
        [("1234567", "INR")],
    ),
    (
        "hi-lakh-rubles",
        "अनुबंध पर हस्ताक्षर करने वाले हर सैनिक को 3 लाख रूबल मिलते हैं।",
        "hi",
        [("300000", "RUB")],
    ),
    (
        "hi-lagbhag-hedge",
        f"इस सौदे की कीमत लगभग 5 {CRORE_DECOMPOSED} डॉलर है।",
        "hi",
        [("5e7", "USD")],
    ),
    (
        "hi-hazar",
        "मैच के टिकट की कीमत 50 हजार रुपये है।",
        "hi",
        [("50000", "INR")],
    ),
    (
        "hi-detected",
        "रूसी सरकार हर सैनिक को 2 लाख रूबल देती है।",
        None,
        [("200000", "RUB")],
    ),
    # Indian English: the same grouping and magnitude words in English prose.
    (
        "en_IN-indian-grouping",
        "The company paid a penalty of Rs 12,34,567 last year.",
        "en_IN",
        [("1234567", "INR")],
    ),
    (
        "en_IN-crore",
        "The state will spend ₹500 crore on new roads.",
        "en_IN",
        [("5e9", "INR")],
    ),
    (
        "en_IN-lakh",
        "Each family will receive Rs 2 lakh in compensation.",
        "en_IN",
        [("200000", "INR")],
    ),
    (
        "en_IN-lakh-crore",
        "The budget sets aside ₹1.5 lakh crore for defence.",
        "en_IN",
        [("1.5e12", "INR")],
    ),
    (
        "en_IN-rupees-name",
        "Tickets for the final cost 1,500 rupees each.",
        "en_IN",
        [("1500", "INR")],
    ),
    (
        "en_IN-grouping-without-locale",
        "The firm was fined ₹12,34,567 by the regulator.",
        None,
        [("1234567", "INR")],
    ),
    # Chinese: 万 (10⁴), 亿 (10⁸), 千亿, the traditional 億, no space before the currency.
    (
        "zh-wan-rubles",
        "俄罗斯政府向每名士兵支付30万卢布。",
        "zh",
        [("300000", "RUB")],
    ),
    (
        "zh-yi-usd",
        "该公司完成了1.5亿美元的融资。",
        "zh",
        [("1.5e8", "USD")],
    ),
    (
        "zh-plain-usd",
        "往返机票的价格为4980美元。",
        "zh",
        [("4980", "USD")],
    ),
    (
        "zh-euro",
        "博物馆门票的价格为25欧元。",
        "zh",
        [("25", "EUR")],
    ),
    (
        "zh-yue-hedge",
        "项目总投资约2000万美元。",
        "zh",
        [("2e7", "USD")],
    ),
    (
        "zh-grouped",
        "该笔罚款为1,234,567美元。",
        "zh",
        [("1234567", "USD")],
    ),
    (
        "zh-yi-four-digits",
        "该国外汇储备一年内减少了3000亿美元。",
        "zh",
        [("3e11", "USD")],
    ),
    (
        "zh-riyuan",
        "这款汽车在日本的售价为300万日元。",
        "zh",
        [("3e6", "JPY")],
    ),
    (
        "zh_Hant-yi-twd",
        "該公司去年營收達3億新台幣。",
        "zh_Hant",
        [("3e8", "TWD")],
    ),
    (
        "zh_Hant-name-before-yuan-after",
        "該公司去年營收達新台幣3億元。",
        "zh_Hant",
        [("3e8", "TWD")],
    ),
    (
        "zh-renminbi-before-yuan-after",
        "这部手机的售价为人民币5999元。",
        "zh",
        [("5999", "CNY")],
    ),
    (
        "zh-detected",
        "俄罗斯向每名志愿兵支付20万卢布的签约奖金。",
        None,
        [("200000", "RUB")],
    ),
    # Japanese: 万, 億, 千万, "円", "ドル", "¥".
    (
        "ja-man-yen",
        "新車の価格は300万円だ。",
        "ja",
        [("3e6", "JPY")],
    ),
    (
        "ja-man-rubles",
        "ロシア国防省は志願兵ひとりにつき30万ルーブルを支給する。",
        "ja",
        [("300000", "RUB")],
    ),
    (
        "ja-oku-decimal",
        "同社は1.5億ドルを調達した。",
        "ja",
        [("1.5e8", "USD")],
    ),
    (
        "ja-oku-man-compound",
        "同社は1億5000万ドルを調達した。",
        "ja",
        [("1.5e8", "USD")],
    ),
    (
        "ja-yaku-hedge",
        "損失は約4980ドルに上った。",
        "ja",
        [("4980", "USD")],
    ),
    (
        "ja-grouped-yen",
        "罰金は1,234,567円だった。",
        "ja",
        [("1234567", "JPY")],
    ),
    (
        "ja-euro",
        "チケットは25ユーロで販売された。",
        "ja",
        [("25", "EUR")],
    ),
    (
        "ja-yen-sign",
        "この商品の価格は¥3,980です。",
        "ja",
        [("3980", "JPY")],
    ),
    (
        "ja-senman",
        "改修の予算は5千万円に膨らんだ。",
        "ja",
        [("5e7", "JPY")],
    ),
    (
        "ja-detected",
        "ロシア政府は志願兵に20万ルーブルを支払うと発表した。",
        None,
        [("200000", "RUB")],
    ),
    # Korean: 만 (10⁴), 억 (10⁸), 조 (10¹²), 천만, "원" with or without a space, "₩".
    (
        "ko-eok-won",
        "정부는 피해 농가에 5억 원을 지원한다.",
        "ko",
        [("5e8", "KRW")],
    ),
    (
        "ko-man-dollar",
        "그는 장학금으로 5만 달러를 기부했다.",
        "ko",
        [("50000", "USD")],
    ),
    (
        "ko-grouped-won",
        "이 휴대폰의 출고가는 1,234,000원이다.",
        "ko",
        [("1234000", "KRW")],
    ),
    (
        "ko-man-rubles",
        "러시아 정부는 병사에게 30만 루블을 지급한다.",
        "ko",
        [("300000", "RUB")],
    ),
    (
        "ko-won-sign",
        "전시회 입장료는 ₩15,000이다.",
        "ko",
        [("15000", "KRW")],
    ),
    (
        "ko-yak-hedge",
        "손실액은 약 4,980달러에 달했다.",
        "ko",
        [("4980", "USD")],
    ),
    (
        "ko-cheonman",
        "그의 연봉은 7천만 원이다.",
        "ko",
        [("7e7", "KRW")],
    ),
    (
        "ko-jo",
        "정부는 2조 원 규모의 추가경정예산을 편성했다.",
        "ko",
        [("2e12", "KRW")],
    ),
    (
        "ko-detected",
        "러시아 정부는 자원병에게 20만 루블을 지급한다고 밝혔다.",
        None,
        [("200000", "RUB")],
    ),
    # Indonesian: "." groups, "," is the decimal sign (CLDR id); ribu, juta, miliar, triliun
    # and the abbreviations rb, jt; "Rp" before the amount.
    (
        "id-grouped",
        "Kementerian Pertahanan membayar setiap relawan 300.000 rubel sebagai bonus.",
        "id",
        [("300000", "RUB")],
    ),
    (
        "id-grouped-decimal",
        "Tagihan perbaikan atap itu mencapai Rp 1.234,56 per meter persegi.",
        "id",
        [("1234.56", "IDR")],
    ),
    ("id-juta", "Perusahaan itu membayar denda Rp 5 juta.", "id", [("5e6", "IDR")]),
    ("id-us-dollar-miliar", "Nilai ekspor naik menjadi US$ 1,2 miliar.", "id", [("1.2e9", "USD")]),
    (
        "id-triliun-detected",
        "Pemerintah menyiapkan anggaran Rp 6,14 triliun untuk program tersebut pada tahun depan.",
        None,
        [("6.14e12", "IDR")],
    ),
    ("id-ribu", "Harga tiket pesawat itu naik menjadi Rp 850 ribu.", "id", [("850000", "IDR")]),
    ("id-rb-abbreviation", "Harga paket data kini Rp 50 rb per bulan.", "id", [("50000", "IDR")]),
    ("id-jt-abbreviation", "Gaji pokok naik menjadi Rp 4,5 jt.", "id", [("4.5e6", "IDR")]),
    (
        "id-euro-noun",
        "Klub itu membayar 80 juta euro untuk pemain tersebut.",
        "id",
        [("80e6", "EUR")],
    ),
    (
        "id-sekitar-hedge",
        "Investasi Jepang mencapai sekitar 500 miliar yen.",
        "id",
        [("5e11", "JPY")],
    ),
    # Arabic: "." decimal and "," group (CLDR ar), or the Arabic-Indic digits with "٫" and
    # "٬"; ألف, ملايين, مليار; the noun after the magnitude; ar_MA writes a decimal comma.
    ("ar-grouped", "تدفع وزارة الدفاع لكل متطوع 300,000 روبل مكافأة.", "ar", [("300000", "RUB")]),
    ("ar-grouped-decimal", "بلغت فاتورة الإصلاح 1,234.56 دولار.", "ar", [("1234.56", "USD")]),
    (
        "ar-arabic-indic-digits",
        "بلغت فاتورة الإصلاح ١٬٢٣٤٫٥٦ دولار.",
        "ar",
        [("1234.56", "USD")],
    ),
    ("ar-alf", "دفعت العائلة 50 ألف جنيه للمستشفى.", "ar", [("50000", "EGP")]),
    ("ar-malayin", "خسر المستثمر 3 ملايين يورو في الصفقة.", "ar", [("3e6", "EUR")]),
    (
        "ar-milliard-detected",
        "أعلنت الشركة أرباحا بقيمة 2.5 مليار دولار في الربع الثالث من العام.",
        None,
        [("2.5e9", "USD")],
    ),
    ("ar-nahw-hedge", "حصلت الشركة على قرض بقيمة نحو 200 مليون يورو.", "ar", [("2e8", "EUR")]),
    (
        "ar-emirati-dirham",
        "بلغت قيمة الصفقة 3 مليارات درهم إماراتي.",
        "ar",
        [("3e9", "AED")],
    ),
    (
        "ar_MA-decimal-comma",
        "بلغت الميزانية 1.234,5 مليون درهم.",
        "ar_MA",
        [("1234.5e6", "MAD")],
    ),
    # Czech: "1 234,56"; tis., mil., mld.; "Kč"; the noun in the case the number gives it.
    (
        "cs-grouped",
        "Ministerstvo obrany vyplácí každému dobrovolníkovi 300 000 rublů jako odměnu.",
        "cs",
        [("300000", "RUB")],
    ),
    (
        "cs-grouped-decimal",
        "Oprava střechy vyšla na 1 234,56 Kč za metr čtvereční.",
        "cs",
        [("1234.56", "CZK")],
    ),
    ("cs-tis", "Firma zaplatila pokutu 850 tis. Kč.", "cs", [("850000", "CZK")]),
    ("cs-mil", "Obec dostala dotaci 12 mil. Kč.", "cs", [("12e6", "CZK")]),
    ("cs-mld", "Vývoz do Německa vzrostl na 1,2 mld. eur.", "cs", [("1.2e9", "EUR")]),
    ("cs-dolaru", "Americký fond investoval 40 milionů dolarů.", "cs", [("40e6", "USD")]),
    ("cs-koruny-after-decimal", "Jízdenka podražila o 2,5 koruny.", "cs", [("2.5", "CZK")]),
    (
        "cs-detected",
        "Ruská armáda podle serveru vyplácí dobrovolníkům 200 000 rublů, což je více než loni.",
        None,
        [("200000", "RUB")],
    ),
    # Slovak: as Czech, "300-tisíc" hyphened, "Kč" for the Czech crown.
    (
        "sk-grouped",
        "Ministerstvo obrany vypláca každému dobrovoľníkovi 300 000 rubľov ako odmenu.",
        "sk",
        [("300000", "RUB")],
    ),
    ("sk-grouped-decimal", "Oprava strechy stála 1 234,56 eura.", "sk", [("1234.56", "EUR")]),
    ("sk-hyphened-tisic", "Obec dostala 300-tisíc eur na opravu cesty.", "sk", [("300000", "EUR")]),
    ("sk-mil", "Štát vyčlenil 25 mil. eur na digitalizáciu.", "sk", [("25e6", "EUR")]),
    ("sk-mld", "Schodok dosiahol 5,8 mld. eur.", "sk", [("5.8e9", "EUR")]),
    (
        "sk-korun-czech",
        "Česká firma kúpila konkurenta za 1,2 miliardy korún.",
        "sk",
        [("1.2e9", "CZK")],
    ),
    ("sk-kc", "Lístok v Prahe stál 1 890 Kč.", "sk", [("1890", "CZK")]),
    (
        "sk-detected",
        "Ruská armáda podľa agentúry vypláca dobrovoľníkom 200 000 rubľov, čo je viac ako vlani.",
        None,
        [("200000", "RUB")],
    ),
    # Romanian: "1.234,56"; "de" between a number from 20 up and its noun; mld.; ș/ş, ț/ţ.
    (
        "ro-grouped",
        "Ministerul Apărării plătește fiecărui voluntar 300.000 de ruble ca primă.",
        "ro",
        [("300000", "RUB")],
    ),
    (
        "ro-grouped-decimal",
        "Reparația acoperișului a costat 1.234,56 lei pe metru pătrat.",
        "ro",
        [("1234.56", "RON")],
    ),
    (
        "ro-de-milioane-de-euro",
        "Compania a investit 20 de milioane de euro.",
        "ro",
        [("20e6", "EUR")],
    ),
    ("ro-milioane-de-lei", "Primăria a alocat 2,5 milioane de lei.", "ro", [("2.5e6", "RON")]),
    ("ro-mld", "Deficitul a ajuns la 152,7 mld. lei.", "ro", [("152.7e9", "RON")]),
    ("ro-dolari", "Fondul a plătit 40 de milioane de dolari.", "ro", [("40e6", "USD")]),
    ("ro-cedilla", "Statul plăteşte 3.000 de lei pentru fiecare copil.", "ro", [("3000", "RON")]),
    (
        "ro-detected",
        "Armata rusă plătește voluntarilor 200.000 de ruble, potrivit presei, mai mult decât anul "
        "trecut.",
        None,
        [("200000", "RUB")],
    ),
    # Hungarian: "1 234,56"; ezer, millió, milliárd; "Ft"; the case endings glued to the noun.
    (
        "hu-grouped",
        "A védelmi minisztérium minden önkéntesnek 300 000 rubelt fizet jutalomként.",
        "hu",
        [("300000", "RUB")],
    ),
    (
        "hu-grouped-decimal",
        "A tetőjavítás négyzetméterenként 1 234,56 forintba került.",
        "hu",
        [("1234.56", "HUF")],
    ),
    ("hu-ezer", "A jegy ára 12 ezer forint.", "hu", [("12000", "HUF")]),
    (
        "hu-millio-forintot",
        "Az önkormányzat 25 millió forintot költ az iskolára.",
        "hu",
        [("25e6", "HUF")],
    ),
    ("hu-milliard-eurot", "A cég 1,5 milliárd eurót fektet be.", "hu", [("1.5e9", "EUR")]),
    ("hu-dollart", "A befektető 200 millió dollárt fizetett.", "hu", [("200e6", "USD")]),
    ("hu-ft", "Az ingatlan ára 85,5 M Ft volt.", "hu", [("85.5e6", "HUF")]),
    (
        "hu-detected",
        "Az orosz hadsereg az önkénteseknek 200 ezer rubelt fizet, ami több a tavalyinál.",
        None,
        [("200000", "RUB")],
    ),
]

#: The hedge read before each mention of the hedged cases of ``MONEY_CASES`` (lower-cased).
EXPECTED_HEDGES: dict[str, list[str | None]] = {
    "id-sekitar-hedge": ["sekitar"],
    "ar-nahw-hedge": ["نحو"],
    "de-billionen-long-scale": ["über"],
    "de-rund-hedge": ["rund"],
    "fr-environ-hedge": ["environ"],
    "fr-plus-de-hedge": ["plus de"],
    "es-unos-hedge": ["unos"],
    "es-mas-de-hedge": ["más de"],
    "pt-cerca-de-hedge": ["cerca de"],
    "it-circa-hedge": ["circa"],
    "nl-biljoen-long-scale": ["ruim"],
    "nl-ongeveer-hedge": ["ongeveer"],
    "pl-okolo-hedge": ["około"],
    "sv-cirka-hedge": ["cirka"],
    "tr-yaklasik-dative": ["yaklaşık"],
    "ru-okolo-hedge": ["около"],
    "uk-blyzko-hedge": ["близько"],
    "hi-lagbhag-hedge": ["लगभग"],
    "zh-yue-hedge": ["约"],
    "ja-yaku-hedge": ["約"],
    "ko-yak-hedge": ["약"],
    "de-grouped": [None],
    "fr-space": [None],
    "ja-man-yen": [None],
}

# --------------------------------------------------------------------------------------------
# 2. The founding conversion, as each language's press writes it.
# --------------------------------------------------------------------------------------------

CONVERSION_CASES: list[ConversionCase] = [
    (
        "de-parentheses-rund",
        "Der Kreml zahlt jedem Freiwilligen 300.000 Rubel (rund 4.980 Dollar) als Prämie.",
        "de",
        "4.980",
        "49.800",
    ),
    (
        "de-umgerechnet",
        "Jeder Rekrut erhält bei Vertragsabschluss 300.000 Rubel, umgerechnet 4.980 Dollar.",
        "de",
        "4.980",
        "49.800",
    ),
    (
        "de-dash-umgerechnet-rund",
        "Jeder Rekrut erhält 300.000 Rubel – umgerechnet rund 4.980 Dollar – bei "
        "Vertragsabschluss.",
        "de",
        "4.980",
        "49.800",
    ),
    (
        "de-ungrouped-four-digits",
        "Der Kreml zahlt jedem Freiwilligen 300.000 Rubel (etwa 4980 Dollar) als Prämie.",
        "de",
        "4980",
        "49.800",
    ),
    (
        "de-umgerechnet-etwa-us-dollar-detected",
        "Die Prämie für jeden Freiwilligen beträgt 300.000 Rubel (umgerechnet etwa 4.980 "
        "US-Dollar), wie die Behörden mitteilten.",
        None,
        "4.980",
        "49.800",
    ),
    (
        "fr-parentheses-environ",
        "Moscou promet 300 000 roubles (environ 4 980 dollars) à chaque recrue.",
        "fr",
        "4 980",
        "49 800",
    ),
    (
        "fr-soit",
        "Chaque volontaire touche 300\u202f000 roubles, soit 4\u202f980 dollars, à la signature.",
        "fr",
        "4\u202f980",
        "49\u202f800",
    ),
    (
        "fr-dash-soit-environ",
        "Chaque recrue touche 300 000 roubles – soit environ 4 980 dollars – à la signature.",
        "fr",
        "4 980",
        "49 800",
    ),
    (
        "fr-dollar-sign-after",
        "Moscou promet 300 000 roubles (environ 4 980 $) à chaque recrue.",
        "fr",
        "4 980",
        "49 800",
    ),
    (
        "fr-no-break-space-detected",
        "Le Kremlin verse 300\u00a0000 roubles (environ 4\u00a0980 dollars) à chaque soldat qui "
        "signe un contrat avec l'armée.",
        None,
        "4\u00a0980",
        "49\u00a0800",
    ),
    (
        "es-parentheses-unos",
        "El Kremlin paga 300.000 rublos (unos 4.980 dólares) a cada voluntario.",
        "es",
        "4.980",
        "49.800",
    ),
    (
        "es-es-decir",
        "Cada recluta cobra 300.000 rublos, es decir, 4.980 dólares, al firmar el contrato.",
        "es",
        "4.980",
        "49.800",
    ),
    (
        "es-us-dollar-sign",
        "El Kremlin paga 300.000 rublos (unos US$ 4.980) a cada voluntario.",
        "es",
        "4.980",
        "49.800",
    ),
    (
        "pt-parentheses-cerca-de",
        "O Kremlin paga 300 mil rublos (cerca de 4.980 dólares) a cada voluntário.",
        "pt",
        "4.980",
        "49.800",
    ),
    (
        "pt-o-equivalente-a",
        "Cada recruta recebe 300.000 rublos, o equivalente a 4.980 dólares, ao assinar o contrato.",
        "pt",
        "4.980",
        "49.800",
    ),
    (
        "pt-us-dollar-sign",
        "O Kremlin paga 300 mil rublos (cerca de US$ 4.980) a cada voluntário.",
        "pt",
        "4.980",
        "49.800",
    ),
    (
        "it-parentheses-circa",
        "Il Cremlino versa 300.000 rubli (circa 4.980 dollari) a ogni volontario.",
        "it",
        "4.980",
        "49.800",
    ),
    (
        "it-pari-a",
        "Ogni recluta riceve 300.000 rubli, pari a 4.980 dollari, alla firma del contratto.",
        "it",
        "4.980",
        "49.800",
    ),
    (
        "it-mila-glued-parentheses",
        "Il Cremlino versa 300mila rubli (circa 4.980 dollari) a ogni volontario.",
        "it",
        "4.980",
        "49.800",
    ),
    (
        "nl-parentheses-ongeveer",
        "Het Kremlin betaalt elke vrijwilliger 300.000 roebel (ongeveer 4.980 dollar).",
        "nl",
        "4.980",
        "49.800",
    ),
    (
        "nl-omgerekend",
        "Elke rekruut krijgt bij ondertekening 300.000 roebel, omgerekend 4.980 dollar.",
        "nl",
        "4.980",
        "49.800",
    ),
    (
        "nl-zo-n-ungrouped",
        "Het Kremlin betaalt elke vrijwilliger 300.000 roebel (zo'n 4980 dollar).",
        "nl",
        "4980",
        "49.800",
    ),
    (
        "pl-parentheses-ok",
        "Kreml płaci każdemu ochotnikowi 300 tys. rubli (ok. 4980 dolarów).",
        "pl",
        "4980",
        "49 800",
    ),
    (
        "pl-czyli",
        "Każdy rekrut dostaje 300 000 rubli, czyli 4980 dolarów, przy podpisaniu kontraktu.",
        "pl",
        "4980",
        "49 800",
    ),
    (
        "pl-tys-dolarow",
        "Kreml płaci każdemu ochotnikowi 300 tys. rubli (ok. 4,98 tys. dolarów).",
        "pl",
        "4,98",
        "49,8",
    ),
    (
        "pl-dol-abbreviation",
        "Kreml płaci każdemu ochotnikowi 300 tys. rubli (ok. 4980 dol.).",
        "pl",
        "4980",
        "49 800",
    ),
    (
        "sv-parentheses-cirka",
        "Kreml betalar varje frivillig 300 000 rubel (cirka 4 980 dollar).",
        "sv",
        "4 980",
        "49 800",
    ),
    (
        "sv-motsvarande",
        "Varje rekryt får 300 000 rubel, motsvarande 4 980 dollar, när kontraktet skrivs under.",
        "sv",
        "4 980",
        "49 800",
    ),
    (
        "sv-motsvarande-omkring",
        "Kreml betalar varje frivillig 300 000 rubel, motsvarande omkring 4 980 dollar.",
        "sv",
        "4 980",
        "49 800",
    ),
    (
        "tr-parentheses-yaklasik",
        "Kremlin her gönüllüye 300 bin ruble (yaklaşık 4.980 dolar) ödüyor.",
        "tr",
        "4.980",
        "49.800",
    ),
    (
        "tr-yani",
        "Sözleşme imzalayan her askere 300.000 ruble, yani 4.980 dolar veriliyor.",
        "tr",
        "4.980",
        "49.800",
    ),
    (
        "tr-bin-compound-parentheses",
        "Her gönüllüye 300 bin ruble (yaklaşık 4 bin 980 dolar) ödeniyor.",
        "tr",
        "4 bin 980",
        "49 bin 800",
    ),
    (
        "ru-parentheses-okolo",
        "Кремль платит каждому добровольцу 300 тыс. рублей (около 4980 долларов).",
        "ru",
        "4980",
        "49 800",
    ),
    (
        "ru-ili",
        "Каждый контрактник получает 300 000 рублей, или 4980 долларов, при подписании контракта.",
        "ru",
        "4980",
        "49 800",
    ),
    (
        "ru-dollar-sign",
        "Единовременная выплата составит 300 тыс. рублей (около $4980).",
        "ru",
        "4980",
        "49 800",
    ),
    (
        "ru-dollar-sign-tys",
        "Единовременная выплата составит 300 тыс. рублей ($4,98 тыс.).",
        "ru",
        "4,98",
        "49,8",
    ),
    (
        "ru-v-pereschete",
        "Каждый контрактник получает 300 тыс. рублей (в пересчете около 4980 долларов).",
        "ru",
        "4980",
        "49 800",
    ),
    (
        "uk-parentheses-blyzko",
        "Кремль платить кожному найманцеві 300 тис. рублів (близько 4980 доларів).",
        "uk",
        "4980",
        "49 800",
    ),
    (
        "uk-tobto",
        "Кожен контрактник отримує 300 000 рублів, тобто 4980 доларів, під час підписання "
        "контракту.",
        "uk",
        "4980",
        "49 800",
    ),
    (
        "uk-dollar-sign",
        "Кремль платить кожному найманцеві 300 тис. рублів (близько $4980).",
        "uk",
        "4980",
        "49 800",
    ),
    (
        "hi-parentheses-lagbhag",
        "रूस हर सैनिक को 3 लाख रूबल (लगभग 4,980 डॉलर) देता है।",
        "hi",
        "4,980",
        "49,800",
    ),
    (
        "hi-yani",
        "अनुबंध करने वाले हर सैनिक को 3 लाख रूबल यानी 4,980 डॉलर मिलते हैं।",
        "hi",
        "4,980",
        "49,800",
    ),
    (
        "hi-parentheses-karib",
        "रूस हर सैनिक को 3 लाख रूबल (करीब 4,980 डॉलर) देता है।",
        "hi",
        "4,980",
        "49,800",
    ),
    (
        "en_IN-lakh-roubles",
        "Each recruit is paid 3 lakh roubles ($4,980) on signing.",
        "en_IN",
        "4,980",
        "49,800",
    ),
    (
        "en_IN-indian-grouped-roubles",
        "The signing bonus is 3,00,000 roubles ($4,980).",
        "en_IN",
        "4,980",
        "49,800",
    ),
    (
        "zh-yuehe",
        "克里姆林宫向每名志愿兵支付30万卢布（约合4980美元）。",
        "zh",
        "4980",
        "49800",
    ),
    (
        "zh-yue",
        "每名新兵可获得30万卢布（约4980美元）的签约奖金。",
        "zh",
        "4980",
        "49800",
    ),
    (
        "zh-zhehe",
        "每名新兵签约时可获得30万卢布，折合4980美元。",
        "zh",
        "4980",
        "49800",
    ),
    (
        "zh-yuehe-grouped-ascii-parentheses",
        "克里姆林宫向每名志愿兵支付30万卢布(约合4,980美元)。",
        "zh",
        "4,980",
        "49,800",
    ),
    (
        "ja-parentheses-yaku",
        "ロシア政府は志願兵1人あたり30万ルーブル（約4980ドル）を支払う。",
        "ja",
        "4980",
        "49800",
    ),
    (
        "ja-parentheses-grouped",
        "志願兵には契約時に30万ルーブル（約4,980ドル）が支給される。",
        "ja",
        "4,980",
        "49,800",
    ),
    (
        "ja-bei-doru",
        "ロシア政府は志願兵1人あたり30万ルーブル（約4980米ドル）を支払う。",
        "ja",
        "4980",
        "49800",
    ),
    (
        "ko-parentheses-yak-grouped",
        "러시아 정부는 자원병 한 명에게 30만 루블(약 4,980달러)을 지급한다.",
        "ko",
        "4,980",
        "49,800",
    ),
    (
        "ko-parentheses-yak",
        "자원병은 계약할 때 30만 루블(약 4980달러)을 받는다.",
        "ko",
        "4980",
        "49800",
    ),
    (
        "ko-unspaced-ruble",
        "자원병은 계약할 때 30만루블(약 4980달러)을 받는다.",
        "ko",
        "4980",
        "49800",
    ),
    (
        "id-parentheses-sekitar",
        "Kremlin membayar setiap relawan 300.000 rubel (sekitar US$4.980) sebagai bonus.",
        "id",
        "4.980",
        "49.800",
    ),
    (
        "id-atau-setara",
        "Setiap rekrutan menerima 300 ribu rubel, atau setara 4.980 dolar AS, saat "
        "menandatangani kontrak.",
        "id",
        "4.980",
        "49.800",
    ),
    (
        "id-atau-sekitar-detected",
        "Bonus untuk setiap relawan adalah 300.000 rubel atau sekitar US$4.980, kata pejabat "
        "itu kepada wartawan.",
        None,
        "4.980",
        "49.800",
    ),
    (
        "ar-parentheses-nahw",
        "يدفع الكرملين لكل متطوع 300 ألف روبل (نحو 4980 دولارا) مكافأة.",
        "ar",
        "4980",
        "49800",
    ),
    (
        "ar-ay-ma-yuadil-arabic-indic",
        "يحصل كل مجند على ٣٠٠ ألف روبل أي ما يعادل ٤٩٨٠ دولارا عند توقيع العقد.",
        "ar",
        "٤٩٨٠",
        "٤٩٨٠٠",
    ),
    (
        "ar-aw-nahw-detected",
        "تبلغ مكافأة كل متطوع 300 ألف روبل أو نحو 4980 دولارا بحسب السلطات.",
        None,
        "4980",
        "49800",
    ),
    (
        "cs-parentheses-asi",
        "Kreml platí každému dobrovolníkovi 300 000 rublů (asi 4 980 dolarů) jako odměnu.",
        "cs",
        "4 980",
        "49 800",
    ),
    (
        "cs-tedy-detected",
        "Každý rekrut dostane 300 000 rublů, tedy zhruba 4 980 dolarů, při podpisu smlouvy.",
        None,
        "4 980",
        "49 800",
    ),
    (
        "sk-parentheses-cize",
        "Kremeľ platí každému dobrovoľníkovi 300 000 rubľov (čiže asi 4 980 dolárov) ako odmenu.",
        "sk",
        "4 980",
        "49 800",
    ),
    (
        "sk-v-prepocte-detected",
        "Každý regrút dostane 300-tisíc rubľov, v prepočte zhruba 4 980 dolárov, pri podpise "
        "zmluvy.",
        None,
        "4 980",
        "49 800",
    ),
    (
        "ro-parentheses-aproximativ",
        "Kremlinul plătește fiecărui voluntar 300.000 de ruble (aproximativ 4.980 de dolari) ca "
        "primă.",
        "ro",
        "4.980",
        "49.800",
    ),
    (
        "ro-adica-detected",
        "Fiecare recrut primește 300.000 de ruble, adică aproximativ 4.980 de dolari, la semnarea "
        "contractului.",
        None,
        "4.980",
        "49.800",
    ),
    (
        "hu-parentheses-mintegy",
        "A Kreml minden önkéntesnek 300 ezer rubelt (mintegy 4980 dollárt) fizet jutalomként.",
        "hu",
        "4980",
        "49800",
    ),
    (
        "hu-azaz-detected",
        "Minden újonc 300 ezer rubelt kap, azaz nagyjából 4980 dollárt, a szerződés aláírásakor.",
        None,
        "4980",
        "49800",
    ),
]

#: An honest conversion (200,000 roubles ↔ $3,320) per language, set before a perturbed one so
#: that the document's consensus rate is 60.24. Keyed by the id prefix of ``CONVERSION_CASES``.
HONEST: dict[str, str] = {
    "de": "Wer sich für ein Jahr verpflichtet, bekommt 200.000 Rubel (rund 3.320 Dollar).",
    "fr": "Un contrat de six mois rapporte 200 000 roubles (environ 3 320 dollars).",
    "es": "Un contrato de seis meses da derecho a 200.000 rublos (unos 3.320 dólares).",
    "pt": "Um contrato de seis meses rende 200 mil rublos (cerca de 3.320 dólares).",
    "it": "Un contratto di sei mesi vale 200.000 rubli (circa 3.320 dollari).",
    "nl": "Een contract van zes maanden levert 200.000 roebel (ongeveer 3.320 dollar) op.",
    "pl": "Półroczny kontrakt daje 200 tys. rubli (ok. 3320 dolarów).",
    "sv": "Ett halvårskontrakt ger 200 000 rubel (cirka 3 320 dollar).",
    "tr": "Altı aylık bir sözleşme 200 bin ruble (yaklaşık 3.320 dolar) getiriyor.",
    "ru": "Полугодовой контракт приносит 200 тыс. рублей (около 3320 долларов).",
    "uk": "Піврічний контракт приносить 200 тис. рублів (близько 3320 доларів).",
    "hi": "छह महीने के अनुबंध पर 2 लाख रूबल (लगभग 3,320 डॉलर) मिलते हैं।",
    "en_IN": "A six-month contract pays 2 lakh roubles ($3,320).",
    "zh": "签订半年合同的士兵可获得20万卢布（约合3320美元）。",
    "ja": "半年契約の兵士には20万ルーブル（約3320ドル）が支払われる。",
    "ko": "6개월 계약을 맺은 병사는 20만 루블(약 3,320달러)을 받는다.",
    "id": "Kontrak enam bulan memberi 200.000 rubel (sekitar US$3.320).",
    "ar": "يحصل المتعاقد لستة أشهر على 200 ألف روبل (نحو 3320 دولارا).",
    "cs": "Půlroční smlouva vynese 200 000 rublů (asi 3 320 dolarů).",
    "sk": "Polročná zmluva prinesie 200 000 rubľov (asi 3 320 dolárov).",
    "ro": "Un contract de șase luni aduce 200.000 de ruble (aproximativ 3.320 de dolari).",
    "hu": "Egy féléves szerződés 200 ezer rubelt (mintegy 3320 dollárt) hoz.",
}

#: Languages whose sentences follow each other without a space.
UNSPACED = {"zh", "ja"}

# --------------------------------------------------------------------------------------------
# 3. Locale traps: the same word or separator, another value.
# --------------------------------------------------------------------------------------------

LOCALE_TRAPS: list[MoneyCase] = [
    # The long scale: German, French, Spanish, European Portuguese, Polish, Swedish.
    (
        "de-billion-is-ten-to-the-twelve",
        "Der Plan sieht Investitionen von 1 Billion Euro vor.",
        "de",
        [("1e12", "EUR")],
    ),
    (
        "de-milliarde-is-ten-to-the-nine",
        "Die Bahn erhält im kommenden Jahr 1 Milliarde Euro zusätzlich.",
        "de",
        [("1e9", "EUR")],
    ),
    (
        "de-milliarden-is-ten-to-the-nine",
        "Der Bund stellt 2 Milliarden Euro für den Katastrophenschutz bereit.",
        "de",
        [("2e9", "EUR")],
    ),
    (
        "fr-billion-is-ten-to-the-twelve",
        "La dette publique française dépasse 3 billions d'euros.",
        "fr",
        [("3e12", "EUR")],
    ),
    (
        "fr-milliard-is-ten-to-the-nine",
        "L'État emprunte 1 milliard d'euros sur les marchés.",
        "fr",
        [("1e9", "EUR")],
    ),
    (
        "es-billon-is-ten-to-the-twelve",
        "El plan europeo movilizará 1 billón de euros.",
        "es",
        [("1e12", "EUR")],
    ),
    (
        "es-billones-is-ten-to-the-twelve",
        "La deuda de Estados Unidos supera los 36 billones de dólares.",
        "es",
        [("3.6e13", "USD")],
    ),
    (
        "pt_BR-bilhao-is-ten-to-the-nine",
        "A estatal lucrou 3 bilhões de reais no trimestre.",
        "pt_BR",
        [("3e9", "BRL")],
    ),
    (
        "pt_PT-biliao-is-ten-to-the-twelve",
        "O fundo soberano norueguês gere mais de 1 bilião de euros.",
        "pt_PT",
        [("1e12", "EUR")],
    ),
    (
        "pl-bln-is-ten-to-the-twelve",
        "Dług publiczny przekroczył 1,5 bln zł.",
        "pl",
        [("1.5e12", "PLN")],
    ),
    (
        "sv-biljoner-is-ten-to-the-twelve",
        "Den amerikanska statsskulden är över 30 biljoner dollar.",
        "sv",
        [("3e13", "USD")],
    ),
    (
        "en-billion-is-ten-to-the-nine",
        "The fund raised 2 billion dollars last year.",
        "en",
        [("2e9", "USD")],
    ),
    # One separator before three digits: the locale decides.
    (
        "de-dot-three-digits-is-thousands",
        "Die Rechnung für die Heizung lautet auf 1.234 Euro.",
        "de",
        [("1234", "EUR")],
    ),
    (
        "en-dot-three-digits-is-decimal",
        "The fuel levy is 1.234 euros per litre.",
        "en",
        [("1.234", "EUR")],
    ),
    (
        "de-comma-three-digits-is-decimal",
        "Der Liter Diesel kostete am Montag 1,234 Euro.",
        "de",
        [("1.234", "EUR")],
    ),
    (
        "en-comma-three-digits-is-thousands",
        "The repair cost 1,234 euros.",
        "en",
        [("1234", "EUR")],
    ),
    (
        "de-detected-dot-is-thousands",
        "Für die Reparatur zahlte die Familie 1.500 Euro, und die Versicherung übernahm den Rest.",
        None,
        [("1500", "EUR")],
    ),
    (
        "fr-detected-space-is-thousands",
        "Pour la réparation, la famille a payé 1 500 euros et l'assurance a pris le reste en "
        "charge.",
        None,
        [("1500", "EUR")],
    ),
]

#: A document too short for its language to be detected, with one dot before three digits.
UNDETECTABLE = "Eintritt: 1.500 € (1.650 $)."

# --------------------------------------------------------------------------------------------
# 4. Numbers that are not money.
# --------------------------------------------------------------------------------------------

NEGATIVES: list[NegativeCase] = [
    ("de-date", "Die Sitzung des Stadtrats findet am 12.03.2024 statt.", "de"),
    ("de-year", "Im Jahr 2022 zog die Firma nach Leipzig um.", "de"),
    ("de-millionen-einwohner", "Die Stadt hat 3 Millionen Einwohner.", "de"),
    ("de-percent", "Die Inflation lag im Herbst bei 5,5 %.", "de"),
    ("de-article-number", "Der Artikel Nr. 4711-0815 ist derzeit ausverkauft.", "de"),
    ("de-phone", "Rufen Sie uns unter 030 1234567 an.", "de"),
    # "Pfund" after a bare number is a weight: half a kilo each.
    ("de-pfund-weight", "Sie kaufte auf dem Markt 5 Pfund Kartoffeln.", "de"),
    ("de-detected-year", "Im Jahr 2022 hatte die Stadt mehr als 300.000 Einwohner.", None),
    # "livres" after a bare number, with no magnitude word and nothing else about money, is
    # books (or pounds of weight) in French: sterling is written "livres sterling" or with a
    # magnitude ("5 millions de livres"). Reading this sentence as £5 would be wrong.
    ("fr-livres-books", "Elle a emprunté 5 livres à la bibliothèque.", "fr"),
    ("fr-date", "La réunion aura lieu le 12/03/2024 à la mairie.", "fr"),
    ("fr-millions-d-habitants", "La ville compte 2 millions d'habitants.", "fr"),
    ("fr-percent", "Le chômage atteint 7,5 % au troisième trimestre.", "fr"),
    ("fr-phone", "Appelez le 01 23 45 67 89 pour réserver.", "fr"),
    ("es-millones-de-habitantes", "Madrid tiene más de 3 millones de habitantes.", "es"),
    ("es-percent", "El paro bajó al 11,5 % en marzo.", "es"),
    ("es-law-number", "La Ley 39/2015 regula el procedimiento administrativo.", "es"),
    # "libras" after a bare number is a weight (a pound of flour).
    ("es-libras-weight", "La receta lleva 2 libras de harina.", "es"),
    ("pt-milhoes-de-habitantes", "O Brasil tem 203 milhões de habitantes.", "pt"),
    ("pt-percent", "A inflação ficou em 4,5% no ano passado.", "pt"),
    ("pt-phone", "Ligue para (11) 3456-7890 para mais informações.", "pt"),
    ("it-milioni-di-abitanti", "Roma ha quasi 3 milioni di abitanti.", "it"),
    ("it-percent", "L'inflazione è scesa al 5,5% a dicembre.", "it"),
    ("it-year", "Nel 2022 la società ha aperto due nuove sedi.", "it"),
    ("nl-inwoners", "Amsterdam telt ruim 900.000 inwoners.", "nl"),
    # "pond" after a bare number is a weight (half a kilo of mince).
    ("nl-pond-weight", "Ze kocht 2 pond gehakt bij de slager.", "nl"),
    ("nl-percent", "De inflatie kwam uit op 5,5 procent.", "nl"),
    ("pl-mln-mieszkancow", "Warszawa ma 1,8 mln mieszkańców.", "pl"),
    ("pl-percent", "Inflacja wyniosła w maju 5,5 proc.", "pl"),
    ("pl-phone", "Zadzwoń pod numer 22 123 45 67.", "pl"),
    ("sv-miljon-invanare", "Stockholm har nästan 1 miljon invånare.", "sv"),
    ("sv-percent", "Räntan ligger på 4,5 procent.", "sv"),
    ("sv-date", "Mötet hålls den 12 mars 2024 i Göteborg.", "sv"),
    ("tr-milyon-nufus", "İstanbul'un nüfusu 15 milyonu aştı.", "tr"),
    ("tr-percent", "Yıllık enflasyon yüzde 65 oldu.", "tr"),
    ("tr-date", "Toplantı 12.03.2024 tarihinde yapılacak.", "tr"),
    ("ru-mln-chelovek", "Население Москвы превышает 13 млн человек.", "ru"),
    ("ru-percent", "Инфляция по итогам года составила 7,5%.", "ru"),
    ("ru-date", "Заседание пройдёт 12.03.2024 в Казани.", "ru"),
    ("ru-article-number", "Ему предъявили обвинение по статье 159 УК РФ.", "ru"),
    ("uk-mln-lyudey", "У Києві мешкає майже 3 млн людей.", "uk"),
    ("uk-percent", "Інфляція сповільнилася до 5,5%.", "uk"),
    # "вона" (she) right after a year must not be read as the won.
    ("uk-vona-after-year", "У 2020 вона вступила до університету.", "uk"),
    ("hi-crore-population", f"भारत की आबादी 140 {CRORE_DECOMPOSED} से अधिक है।", "hi"),
    ("hi-percent", "महंगाई दर 5.5% रही।", "hi"),
    ("en_IN-crore-people", "The city is home to 2 crore people.", "en_IN"),
    ("zh-population", "北京有2100万常住人口。", "zh"),
    ("zh-date", "会议于2024年3月12日举行。", "zh"),
    ("zh-percent", "通胀率为5.5%。", "zh"),
    ("ja-population", "東京の人口は約1400万人だ。", "ja"),
    ("ja-date", "会議は2024年3月12日に開かれる。", "ja"),
    ("ko-population", "서울 인구는 약 940만 명이다.", "ko"),
    ("ko-date", "회의는 2024년 3월 12일에 열린다.", "ko"),
    ("ko-percent", "물가 상승률은 5.5%였다.", "ko"),
    ("id-juta-jiwa", "Jakarta dihuni lebih dari 10 juta jiwa.", "id"),
    ("id-persen", "Inflasi tahunan tercatat 2,5 persen.", "id"),
    ("ar-million-people", "يبلغ عدد سكان القاهرة أكثر من 20 مليون نسمة.", "ar"),
    ("ar-percent", "بلغ معدل التضخم 5.5% في مارس.", "ar"),
    ("cs-procenta", "Inflace v prosinci zpomalila na 3 procenta.", "cs"),
    ("cs-milionu-obyvatel", "V Praze žije přes 1,3 milionu obyvatel.", "cs"),
    ("sk-percenta", "Nezamestnanosť klesla na 5,3 percenta.", "sk"),
    ("sk-tisic-obyvatelov", "V Bratislave žije takmer 480-tisíc obyvateľov.", "sk"),
    ("ro-la-suta", "Inflația a scăzut la 5,1 la sută.", "ro"),
    ("ro-milioane-locuitori", "Bucureștiul are 1,7 milioane de locuitori.", "ro"),
    ("hu-szazalek", "Az infláció 3,7 százalékra lassult.", "hu"),
    ("hu-millio-fo", "Budapest lakossága 1,7 millió fő.", "hu"),
]


# --------------------------------------------------------------------------------------------
# Helpers.
# --------------------------------------------------------------------------------------------


def _ids(cases: Sequence[tuple[object, ...]]) -> list[str]:
    return [str(case[0]) for case in cases]


def _values(cases: Sequence[tuple[object, ...]]) -> list[tuple[object, ...]]:
    return [case[1:] for case in cases]


def _language(case_id: str) -> str:
    """ "de_CH-apostrophe" → "de"; "en_IN-crore" → "en"."""
    return case_id.split("-")[0].split("_")[0]


def _read(text: str, locale: str | None) -> list[tuple[Decimal, str | None]]:
    return [(m.amount, m.currency) for m in figcheck.find_money(text, locale=locale)]


def _wanted(expected: Expected) -> list[tuple[Decimal, str | None]]:
    return [(Decimal(amount), currency) for amount, currency in expected]


def _conversions(text: str, locale: str | None) -> list[figcheck.Conversion]:
    claims = figcheck.extract(text, locale=locale)
    return [claim for claim in claims if isinstance(claim, figcheck.Conversion)]


def _codes(report: figcheck.Report) -> list[str]:
    return [finding.code for finding in report.findings]


# --------------------------------------------------------------------------------------------
# The tables cover what they claim.
# --------------------------------------------------------------------------------------------


def test_ids_are_unique() -> None:
    every = _ids(MONEY_CASES) + _ids(CONVERSION_CASES) + _ids(LOCALE_TRAPS) + _ids(NEGATIVES)
    assert len(every) == len(set(every))
    assert set(EXPECTED_HEDGES) <= set(_ids(MONEY_CASES))


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_language_has_its_cases(language: str) -> None:
    assert sum(_language(i) == language for i in _ids(MONEY_CASES)) >= 8
    assert sum(_language(i) == language for i in _ids(CONVERSION_CASES)) >= 2
    assert sum(_language(i) == language for i in _ids(NEGATIVES)) >= 2
    assert any(case[2] is None for case in MONEY_CASES if _language(case[0]) == language)


# --------------------------------------------------------------------------------------------
# 1. Money mentions.
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "locale", "expected"), _values(MONEY_CASES), ids=_ids(MONEY_CASES)
)
def test_money_is_read(text: str, locale: str | None, expected: Expected) -> None:
    found = figcheck.find_money(text, locale=locale)
    assert [(m.amount, m.currency) for m in found] == _wanted(expected)
    for money in found:
        assert money.span.slice(text) == money.text
        assert money.figure.other is None, f"{money.text!r} left ambiguous"


HEDGED = [case for case in MONEY_CASES if case[0] in EXPECTED_HEDGES]


@pytest.mark.parametrize(
    ("text", "locale", "hedges"),
    [(case[1], case[2], EXPECTED_HEDGES[case[0]]) for case in HEDGED],
    ids=_ids(HEDGED),
)
def test_hedge_is_read(text: str, locale: str | None, hedges: list[str | None]) -> None:
    assert [m.hedge for m in figcheck.find_money(text, locale=locale)] == hedges


DETECTED = [case for case in MONEY_CASES if case[2] is None and _language(case[0]) in LANGUAGES]


@pytest.mark.parametrize(
    ("text", "language"),
    [(case[1], _language(case[0])) for case in DETECTED],
    ids=_ids(DETECTED),
)
def test_language_is_detected(text: str, language: str) -> None:
    assert detect_language(text) == language


# --------------------------------------------------------------------------------------------
# 2. Conversions.
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "locale", "written", "tenfold"), _values(CONVERSION_CASES), ids=_ids(CONVERSION_CASES)
)
def test_conversion_is_found_and_consistent(
    text: str, locale: str | None, written: str, tenfold: str
) -> None:
    conversions = _conversions(text, locale)
    assert len(conversions) == 1, conversions
    (conversion,) = conversions
    assert (conversion.original.currency, conversion.original.amount) == ("RUB", Decimal(300000))
    assert (conversion.converted.currency, conversion.converted.amount) == ("USD", Decimal(4980))
    assert written in conversion.converted.text
    report = figcheck.check(text, date=DATE, locale=locale)
    assert not {"FC101", "FC103", "FC104"} & set(_codes(report))


@pytest.mark.parametrize(
    ("key", "text"),
    sorted(HONEST.items()),
    ids=sorted(HONEST),
)
def test_honest_conversion_is_found(key: str, text: str) -> None:
    conversions = _conversions(text, key)
    assert [
        (c.original.currency, c.original.amount, c.converted.currency, c.converted.amount)
        for c in conversions
    ] == [("RUB", Decimal(200000), "USD", Decimal(3320))]


@pytest.mark.parametrize(
    ("case_id", "text", "locale", "written", "tenfold"),
    CONVERSION_CASES,
    ids=_ids(CONVERSION_CASES),
)
def test_tenfold_figure_is_a_magnitude_slip(
    case_id: str, text: str, locale: str | None, written: str, tenfold: str
) -> None:
    key = case_id.split("-")[0]
    assert text.count(written) == 1
    honest = HONEST[key]
    joiner = "" if key in UNSPACED else " "
    document = honest + joiner + text.replace(written, tenfold)
    position = document.index(tenfold, len(honest))
    report = figcheck.check(document, date=DATE, locale=locale)
    slips = [f for f in report.findings if f.code == "FC103"]
    assert slips, _codes(report)
    assert all(f.span.start <= position < f.span.end for f in slips), [
        (f.code, f.span.slice(document)) for f in slips
    ]


# --------------------------------------------------------------------------------------------
# 3. Locale traps.
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "locale", "expected"), _values(LOCALE_TRAPS), ids=_ids(LOCALE_TRAPS)
)
def test_locale_trap(text: str, locale: str | None, expected: Expected) -> None:
    found = figcheck.find_money(text, locale=locale)
    assert [(m.amount, m.currency) for m in found] == _wanted(expected)
    assert all(m.figure.other is None for m in found)


def test_undetectable_dot_is_left_open() -> None:
    found = figcheck.find_money(UNDETECTABLE)
    assert [m.figure.other for m in found] == [Decimal(1500), Decimal(1650)]
    report = figcheck.check(UNDETECTABLE, date=dt.date(2023, 5, 12))
    assert "FC406" in _codes(report)


def test_undetectable_dot_is_settled_by_the_locale() -> None:
    found = figcheck.find_money(UNDETECTABLE, locale="de")
    assert [(m.amount, m.currency, m.figure.other) for m in found] == [
        (Decimal(1500), "EUR", None),
        (Decimal(1650), "USD", None),
    ]
    report = figcheck.check(UNDETECTABLE, date=dt.date(2023, 5, 12), locale="de")
    assert "FC406" not in _codes(report)


# --------------------------------------------------------------------------------------------
# 4. Not money.
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "locale"), _values(NEGATIVES), ids=_ids(NEGATIVES))
def test_no_money(text: str, locale: str | None) -> None:
    assert _read(text, locale) == []
