"""The shapes of percentage changes, shares and totals, in English and five other languages.

Each sentence was written for this table. Those under "published figures" are built around
figures that public sources printed (a German federal budget report's 2009 spending, 218.6bn
euros up 0.8%; Austrian tax receipts up 4% to 88.2bn euros; Irish women's labour-force
participation rising from 47% to 53%; a survey's answer counts 10,020 and 6,736 of 17,626; a
US appropriations table whose twelve bills add up to $1,012.24bn), in our own words; the others
use figures of the kind news carries. Each row is ``(id, text, claim kinds, codes)`` as in
tests/test_figure_claims_cases.py. The hard negatives (``NEGATIVES``) must yield no claim of
these kinds and no figure finding.
"""

from __future__ import annotations

import pytest

import figcheck
from figcheck import Conversion, Multiple, PercentChange, Share, Total, UnitConversion

FIGURE_CODES = frozenset({"FC201", "FC202", "FC203", "FC204", "FC301"})
SHAPE_KINDS = (PercentChange, Share, Total, Multiple)


def _read(text: str) -> tuple[str, str]:
    report = figcheck.check(text)
    kinds = [
        type(c).__name__ for c in report.claims if not isinstance(c, Conversion | UnitConversion)
    ]
    codes = [f"{f.code}:{f.severity.value}" for f in report.findings if f.code in FIGURE_CODES]
    return ",".join(kinds), ",".join(codes)


# --- The sentences of the issue --------------------------------------------------------------

ISSUE = [
    ("share-of-the-paren", "Of the 200 soldiers, 40 (25%) were injured.", "Share", "FC203:error"),
    ("share-of-the-paren-ok", "Of the 200 soldiers, 40 (20%) were injured.", "Share", ""),
    (
        "share-were-of-total",
        "Mumbai's 310 deals were 28% of the 1,250 total.",
        "Share",
        "FC203:error",
    ),
    ("share-were-of-total-ok", "Mumbai's 310 deals were 24.8% of the 1,250 total.", "Share", ""),
    (
        "total-totals-colon",
        "The fund totals $12m: $4m for roads and $5m for schools.",
        "Total",
        "FC202:error",
    ),
    (
        "total-totals-colon-rounded",
        # 4.4 + 5.4 = 9.8 rounds to 10: honest rounding, read and not flagged.
        "The fund totals $10m: $4m for roads and $5m for schools.",
        "Total",
        "",
    ),
    (
        "total-combined",
        "A (£1.2bn), B (£0.9bn) and C (£0.6bn) made a combined £2.9bn.",
        "Total",
        "FC202:error",
    ),
    (
        "total-combined-ok",
        "A (£1.2bn), B (£0.9bn) and C (£0.6bn) made a combined £2.7bn.",
        "Total",
        "",
    ),
    (
        "change-words-before-up-from",
        "The state set a budget of ₦2.25 trillion for 2024, up 31% from ₦1.77 trillion.",
        "PercentChange",
        "FC201:error",
    ),
    (
        "change-words-before-up-from-ok",
        "The state set a budget of ₦2.25 trillion for 2024, up 27% from ₦1.77 trillion.",
        "PercentChange",
        "",
    ),
]

# --- Shares in every phrasing ----------------------------------------------------------------

SHARES = [
    ("en-pct-paren-of", "25% (40) of the 200 soldiers were hurt.", "Share", "FC203:error"),
    ("en-pct-paren-of-ok", "20% (40) of the 200 soldiers were hurt.", "Share", ""),
    ("en-part-paren-of", "40 (25%) of the 200 soldiers were hurt.", "Share", "FC203:error"),
    ("en-of-the-paren", "41 of the 205 soldiers (25%) were hurt.", "Share", "FC203:error"),
    ("en-or-pct-of", "It lost 41 soldiers, or 25% of the 205 it sent.", "Share", "FC203:error"),
    ("en-or-pct-of-ok", "It lost 41 soldiers, or 20% of the 205 it sent.", "Share", ""),
    (
        "en-of-which",
        "The unit had 205 soldiers, of which 41 (25%) were hurt.",
        "Share",
        "FC203:error",
    ),
    ("en-of-which-ok", "The unit had 205 soldiers, of which 41 (20%) were hurt.", "Share", ""),
    (
        "en-accounted-for",
        "Exports of 6,736 units accounted for 48% of the 17,626 sold.",
        "Share",
        "FC203:error",
    ),
    ("en-survey-yes", "Of the 17,626 people asked, 10,020 (56.8%) said yes.", "Share", ""),
    (
        "en-survey-no-bad",
        "Of the 17,626 people asked, 6,736 (48.2%) said no.",
        "Share",
        "FC203:error",
    ),
    ("de-paren-der", "Die Firma hat 40 (25 %) der 200 Soldaten verloren.", "Share", "FC203:error"),
    ("de-paren-der-ok", "Die Firma hat 40 (20 %) der 200 Soldaten verloren.", "Share", ""),
    ("de-von-den", "Von den 200 Soldaten wurden 40 (25 %) verletzt.", "Share", "FC203:error"),
    ("de-pct-paren", "25 % (40) der 200 Soldaten wurden verletzt.", "Share", "FC203:error"),
    (
        "de-davon",
        "Die Einheit zählte 200 Soldaten, davon 40 (25 %) verletzt.",
        "Share",
        "FC203:error",
    ),
    (
        "de-decimal-comma",
        "Auf Mumbai entfielen 310 der 1.250 Geschäfte (28 %).",
        "Share",
        "FC203:error",
    ),
    ("de-decimal-comma-ok", "Auf Mumbai entfielen 310 der 1.250 Geschäfte (24,8 %).", "Share", ""),
    ("fr-sur-les", "Sur les 200 soldats, 40 (25 %) ont été blessés.", "Share", "FC203:error"),
    ("fr-sur-les-ok", "Sur les 200 soldats, 40 (20 %) ont été blessés.", "Share", ""),
    ("fr-soit-des", "40 soldats, soit 25 % des 200, ont été blessés.", "Share", "FC203:error"),
    ("fr-soit-des-ok", "40 soldats, soit 20 % des 200, ont été blessés.", "Share", ""),
    ("fr-dont", "L'unité comptait 200 soldats, dont 40 (25 %) blessés.", "Share", "FC203:error"),
    ("es-de-los", "De los 200 soldados, 40 (25 %) resultaron heridos.", "Share", "FC203:error"),
    (
        "es-o-sea",
        "40 soldados, o sea el 25 % de los 200, resultaron heridos.",
        "Share",
        "FC203:error",
    ),
    (
        "es-de-los-cuales",
        "La unidad tenía 200 soldados, de los cuales 40 (25 %) resultaron heridos.",
        "Share",
        "FC203:error",
    ),
    (
        "es-de-los-cuales-ok",
        "La unidad tenía 200 soldados, de los cuales 40 (20 %) resultaron heridos.",
        "Share",
        "",
    ),
    ("it-dei", "Dei 200 soldati, 40 (25 %) sono rimasti feriti.", "Share", "FC203:error"),
    ("it-di-cui", "L'unità contava 200 soldati, di cui 40 (25 %) feriti.", "Share", "FC203:error"),
    ("it-dei-paren", "40 dei 200 soldati (25 %) sono rimasti feriti.", "Share", "FC203:error"),
    ("it-dei-paren-ok", "40 dei 200 soldati (20 %) sono rimasti feriti.", "Share", ""),
    ("nl-van-de", "Van de 200 soldaten raakten er 40 (25 %) gewond.", "Share", "FC203:error"),
    (
        "nl-waarvan",
        "De eenheid telde 200 soldaten, waarvan 40 (25 %) gewond.",
        "Share",
        "FC203:error",
    ),
    ("nl-van-de-paren", "40 van de 200 soldaten (25 %) raakten gewond.", "Share", "FC203:error"),
    ("nl-van-de-paren-ok", "40 van de 200 soldaten (20 %) raakten gewond.", "Share", ""),
]

# --- Totals ----------------------------------------------------------------------------------

TOTALS = [
    (
        "en-in-all",
        "The fund spent $4m on roads and $5m on schools, $12m in all.",
        "Total",
        "FC202:error",
    ),
    ("en-in-all-ok", "The fund spent $4m on roads and $5m on schools, $9m in all.", "Total", ""),
    (
        "en-in-all-first",
        "The fund spent $12m in all: $4m on roads and $5m on schools.",
        "Total",
        "FC202:error",
    ),
    (
        "en-total-of-which",
        "It spent a total of $10.5m, of which $4.2m on roads and $7.1m on schools.",
        "Total",
        "FC202:error",
    ),
    (
        "en-total-of-which-ok",
        "It spent a total of $12.5m, of which $4.2m on roads and $7.1m on schools.",
        "Total",
        "",
    ),
    (
        "en-combined-comma",
        "Roads got $4.2m and schools $5.1m, a combined $10.3m.",
        "Total",
        "FC202:error",
    ),
    (
        "de-insgesamt-colon",
        "Der Fonds hat insgesamt 12 Mio. Euro: 4 Mio. Euro für Straßen und 5 Mio. Euro für "
        "Schulen.",
        "Total",
        "FC202:error",
    ),
    (
        "de-insgesamt-colon-ok",
        "Der Fonds hat insgesamt 9 Mio. Euro: 4 Mio. Euro für Straßen und 5 Mio. Euro für Schulen.",
        "Total",
        "",
    ),
    (
        "de-insgesamt-after",
        "Der Fonds gab 4,2 Mio. € für Straßen und 5,1 Mio. € für Schulen aus, insgesamt 10,3 Mio. "
        "€.",
        "Total",
        "FC202:error",
    ),
    (
        "de-davon-total",
        "Der Bund gab 78 Milliarden Euro aus, davon 80,5 Milliarden Euro für Soziales.",
        "Total",
        "FC202:error",
    ),
    (
        "fr-au-total",
        "Le fonds a dépensé au total 12 millions d'euros : 4 millions d'euros pour les routes et "
        "5 millions d'euros pour les écoles.",
        "Total",
        "FC202:error",
    ),
    (
        "fr-dont",
        "Le fonds a dépensé 10,5 millions d'euros, dont 4,2 millions d'euros pour les routes et "
        "7,1 millions d'euros pour les écoles.",
        "Total",
        "FC202:error",
    ),
    (
        "es-en-total",
        "El fondo gastó en total 12 millones de euros: 4 millones de euros en carreteras y 5 "
        "millones de euros en escuelas.",
        "Total",
        "FC202:error",
    ),
    (
        "it-in-totale",
        "Il fondo ha speso in totale 12 milioni di euro: 4 milioni di euro per le strade e 5 "
        "milioni di euro per le scuole.",
        "Total",
        "FC202:error",
    ),
    (
        "it-di-cui",
        "Il fondo ha speso 10,5 milioni di euro, di cui 4,2 milioni di euro per le strade e 7,1 "
        "milioni di euro per le scuole.",
        "Total",
        "FC202:error",
    ),
    (
        "nl-in-totaal",
        "Het fonds gaf in totaal 12 miljoen euro uit: 4 miljoen euro aan wegen en 5 miljoen euro "
        "aan scholen.",
        "Total",
        "FC202:error",
    ),
    (
        "nl-waarvan",
        "Het fonds gaf 10,5 miljoen euro uit, waarvan 4,2 miljoen euro aan wegen en 7,1 miljoen "
        "euro aan scholen.",
        "Total",
        "FC202:error",
    ),
]

# --- Percentage changes ----------------------------------------------------------------------

CHANGES = [
    (
        "de-um-auf-von",
        "Die Ausgaben des Bundes stiegen um 0,8 % auf 218,6 Mrd. € von 216,8 Mrd. €.",
        "PercentChange",
        "",
    ),
    (
        "de-um-auf-von-bad",
        "Die Ausgaben des Bundes stiegen um 1,8 % auf 218,6 Mrd. € von 216,8 Mrd. €.",
        "PercentChange",
        "FC201:error",
    ),
    (
        "de-stieg-round",
        "Der Umsatz stieg um 25 % auf 300 Mio. Euro von 200 Mio. Euro.",
        "PercentChange",
        "FC201:warning",
    ),
    (
        "de-steuern",
        "Die Steuereinnahmen stiegen um 4 % auf 88,2 Milliarden Euro von 84,8 Milliarden Euro.",
        "PercentChange",
        "",
    ),
    (
        "de-von-auf-plus",
        "Die Steuereinnahmen sind von 84,8 Milliarden Euro auf 88,2 Milliarden Euro gestiegen, "
        "ein Plus von 14 %.",
        "PercentChange",
        "FC201:error",
    ),
    (
        "de-von-auf-plus-ok",
        "Die Steuereinnahmen sind von 84,8 Milliarden Euro auf 88,2 Milliarden Euro gestiegen, "
        "ein Plus von 4 %.",
        "PercentChange",
        "",
    ),
    (
        "fr-en-hausse-contre",
        "Le budget est en hausse de 31 % à 2,25 milliards d'euros, contre 1,77 milliard d'euros.",
        "PercentChange",
        "FC201:error",
    ),
    (
        "fr-en-hausse-contre-ok",
        "Le budget est en hausse de 27 % à 2,25 milliards d'euros, contre 1,77 milliard d'euros.",
        "PercentChange",
        "",
    ),
    (
        "fr-par-rapport",
        "Les recettes ont atteint 88,2 milliards d'euros, en hausse de 14 % par rapport à 84,8 "
        "milliards d'euros.",
        "PercentChange",
        "FC201:error",
    ),
    (
        "fr-soit-une-hausse",
        "Le prix est passé de 2 500 pesos à 7 800 pesos, soit une hausse de 150 %.",
        "PercentChange",
        "FC201:error",
    ),
    (
        "fr-soit-une-hausse-ok",
        "Le prix est passé de 2 500 pesos à 7 800 pesos, soit une hausse de 212 %.",
        "PercentChange",
        "",
    ),
    (
        "es-un-aumento-del",
        "El precio pasó de 2.500 pesos a 7.800 pesos, un aumento del 150 %.",
        "PercentChange",
        "FC201:error",
    ),
    (
        "es-subieron-hasta",
        "Los ingresos subieron un 14 % hasta 88.200 millones de euros desde 84.800 millones de "
        "euros.",
        "PercentChange",
        "FC201:error",
    ),
    (
        "es-subieron-hasta-ok",
        "Los ingresos subieron un 4 % hasta 88.200 millones de euros desde 84.800 millones de "
        "euros.",
        "PercentChange",
        "",
    ),
    (
        "it-salite-del",
        "Le entrate sono salite del 14 % a 88,2 miliardi di euro da 84,8 miliardi di euro.",
        "PercentChange",
        "FC201:error",
    ),
    (
        "it-salite-del-ok",
        "Le entrate sono salite del 4 % a 88,2 miliardi di euro da 84,8 miliardi di euro.",
        "PercentChange",
        "",
    ),
    (
        "it-un-aumento-del",
        "Le entrate sono passate da 84,8 miliardi di euro a 88,2 miliardi di euro, un aumento del "
        "14 %.",
        "PercentChange",
        "FC201:error",
    ),
    (
        "nl-steeg-met",
        "De inkomsten stegen met 14 % tot 88,2 miljard euro van 84,8 miljard euro.",
        "PercentChange",
        "FC201:error",
    ),
    (
        "nl-steeg-met-ok",
        "De inkomsten stegen met 4 % tot 88,2 miljard euro van 84,8 miljard euro.",
        "PercentChange",
        "",
    ),
    (
        "nl-een-stijging",
        "De inkomsten stegen van 84,8 miljard euro naar 88,2 miljard euro, een stijging van 14 %.",
        "PercentChange",
        "FC201:error",
    ),
    (
        "en-points",
        "Female participation in the labour force rose 16 percentage points from 47% to 53%.",
        "PercentChange",
        "FC201:error",
    ),
    (
        "en-points-ok",
        "Female participation in the labour force rose 6 percentage points from 47% to 53%.",
        "PercentChange",
        "",
    ),
]

# --- Markdown tables -------------------------------------------------------------------------

APPROPRIATIONS = """Discretionary budget authority, in billions of dollars:

| Bill | Fiscal 2014 | Fiscal 2015 |
| --- | ---: | ---: |
| Agriculture | 20.88 | 20.58 |
| Commerce-Justice-Science | 51.60 | 50.10 |
| Defense | 486.85 | 490.19 |
| Energy-Water | 34.06 | 34.20 |
| Financial Services | 21.85 | 21.82 |
| Homeland Security | 39.27 | 39.67 |
| Interior-Environment | 30.06 | 30.42 |
| Labor-HHS-Education | 156.77 | 156.76 |
| Legislative Branch | 4.26 | 4.30 |
| Military Construction-VA | 73.30 | 71.81 |
| State-Foreign Operations | 42.48 | 40.01 |
| Transportation-HUD | 50.86 | 53.77 |
| **Total** | **1,012.24** | **1,013.63** |
"""

SURVEY = """Answers to the question on phone ownership:

| Answer | Cases | Share |
| --- | ---: | ---: |
| Don't know | 2 | 0% |
| Refused | 38 | 0.2% |
| Missing | 98 | 0.6% |
| Not asked | 732 | 4.2% |
| Yes | 10,020 | 56.8% |
| No | 6,736 | 38.2% |
| Total | 17,626 | 100% |
"""

SHARE_TABLE_KINDS = "Total," + ",".join(["Share"] * 6)

TABLES = [
    ("table-totals", APPROPRIATIONS, "Total,Total", ""),
    (
        "table-totals-bad",
        APPROPRIATIONS.replace("| 486.85 |", "| 468.85 |"),
        "Total,Total",
        "FC202:error",
    ),
    ("table-shares", SURVEY, SHARE_TABLE_KINDS, ""),
    ("table-shares-bad", SURVEY.replace("38.2%", "32.8%"), SHARE_TABLE_KINDS, "FC203:error"),
    (
        "table-total-word-de",
        "| Posten | Mio. |\n| --- | --- |\n| A | 4 |\n| B | 7 |\n| Insgesamt | 12 |\n",
        "Total",
        "",
    ),
    (
        "table-total-word-fr-bad",
        "| Poste | Montant |\n| --- | --- |\n| A | 4.2 |\n| B | 7.1 |\n| Total | 12.5 |\n",
        "Total",
        "FC202:error",
    ),
    (
        "table-shares-blank-total",
        "| Party | Seats | Share |\n| --- | --- | --- |\n| A | 40 | 25% |\n| B | 160 | 75% |\n"
        "| Total | 200 | |\n",
        "Total,Share,Share",
        "FC203:error,FC203:error",
    ),
    (
        "table-rate-column-not-summed",
        # A total row that gives a rate, not a sum.
        "| Region | People | Rate |\n| --- | --- | --- |\n| North | 1,200 | 4.5 |\n"
        "| South | 1,700 | 3.8 |\n| Total | 2,900 | 4.1 |\n",
        "Total",
        "",
    ),
    (
        "table-growth-column-not-shares",
        # A percentage column of growth rates, not shares: they do not add up to 100.
        "| Segment | Sales | Change |\n| --- | --- | --- |\n| A | 1,200 | 12% |\n"
        "| B | 1,700 | 5% |\n| Total | 2,900 | 8% |\n",
        "Total",
        "",
    ),
    (
        "table-growth-column-blank-total",
        "| Segment | Sales | Change |\n| --- | --- | --- |\n| A | 1,200 | 12% |\n"
        "| B | 1,700 | 5% |\n| Total | 2,900 | |\n",
        "Total",
        "",
    ),
]

ROWS = ISSUE + SHARES + TOTALS + CHANGES + TABLES


@pytest.mark.parametrize(
    ("text", "kinds", "codes"), [r[1:] for r in ROWS], ids=[r[0] for r in ROWS]
)
def test_shape_is_read_and_checked(text: str, kinds: str, codes: str) -> None:
    assert _read(text) == (kinds, codes)


def test_there_are_rows_in_five_languages_besides_english() -> None:
    ids = [row[0] for row in SHARES + TOTALS + CHANGES]
    assert {i.split("-")[0] for i in ids} >= {"en", "de", "fr", "es", "it", "nl"}


# --- Hard negatives: figures that look tied but are not one claim ----------------------------

NEGATIVES_EN = [
    "40 (2019) of the 200 soldiers were hurt.",
    "25% of respondents said 200 was too many.",
    "Sales rose 3% in Europe and 40% in Asia.",
    "Turnout was 62% in 2019 and 58% in 2024.",
    "Roads got $4m and schools got $5m.",
    "Roads got $4m, schools $5m and hospitals $9m.",
    "Revenue was $5.6bn, up 31% from a year earlier.",
    "Revenue was $5.6bn, up 31% from last year.",
    "The agriculture budget is $26 billion, up 6% from 2009.",
    "Spending rose 4.3% in 2023 (p. 25) to reach $3.681 billion.",
    "The motion passed by a 40-25 vote.",
    "The motion passed 40-25, with 200 members absent.",
    "See pages 40 (25%) of the report for details.",
    "In 2019 (25%) of the 200 firms reported losses.",
    "Of the 200 soldiers, 40 were injured (see p. 25).",
    "Of the 200 soldiers, 40 (born 1990) were injured.",
    "Of the 200 soldiers in 2019, 40 left; 25% of the rest stayed.",
    "Food-supply spending would increase by $69 million to $322 million.",
    "The budget (2024) was $2.25 trillion.",
    "About 40 (25%) voters backed the plan.",
    "The bill passed 310-125 with 28% turnout.",
    "Profit rose 12% to $5.6bn from €5.2bn.",
    "Profit rose 12% to $5.6bn; costs fell from $5bn.",
    "Mumbai's 310 deals were 28% higher than a year ago.",
    "Mumbai's 310 deals were worth 28% of GDP.",
    "Up to 40% of the 200 sites may close.",
    "The rate was 25% for the first 200 units.",
    "Taxes are 20% of income above 12,570.",
    "Between 2019 and 2024, 40 (or 25%) firms closed.",
    "A total of 40 firms closed in 2024.",
    "In total, 40 firms closed and 25 opened.",
    "The fund totals $10m.",
    "It costs $4m, a total waste of money.",
    "The total is due by 12 May: pay it in 2 parts.",
    "Sales of $4m and $5m were reported in 2022 and 2023.",
    "Interest rose to 5.25% from 5% (p. 12).",
    "The index fell 2.3% on Monday and 1.1% on Tuesday.",
    "He scored 40 of his 200 runs in boundaries.",
    "She won 40 of 62 matches.",
    "Chapter 40 (pp. 200-225) covers shares.",
    "Article 25 (2) of the 1990 act applies.",
    "The vote was 40 to 25, with 2 abstentions.",
    "Revenue up 31% from the same quarter; margin 12%.",
    "Of which 40% were women, and 200 were men.",
    "Sales grew 25% and profits 40%, to $200m.",
    "The tax rose from 20% to 25% in 2019.",
    "He was 40 (and 25 in 2009) when he joined the 200-strong team.",
    "200 people came, 40 (20 in each group) left early.",
    "Units 1, 2 and 3 (of 12 in all) were closed.",
    "The 40-25 result gave them 28% of the points.",
]

NEGATIVES_DE = [
    "40 (2019) der 200 Soldaten wurden verletzt.",
    "25 % der Befragten sagten, 200 seien zu viele.",
    "Der Umsatz stieg in Europa um 3 % und in Asien um 40 %.",
    "Die Wahlbeteiligung lag 2019 bei 62 % und 2024 bei 58 %.",
    "Straßen erhielten 4 Mio. Euro und Schulen 5 Mio. Euro.",
    "Der Umsatz lag bei 5,6 Mrd. Euro, ein Plus von 31 % gegenüber dem Vorjahr.",
    "Der Umsatz stieg um 31 % gegenüber 2023.",
    "Siehe Seite 25 (S. 40) der 200 Seiten.",
    "Der Antrag wurde mit 40 zu 25 Stimmen angenommen.",
    "Der Antrag wurde 40:25 angenommen.",
    "Insgesamt schlossen 40 Firmen im Jahr 2024.",
    "Die Kosten betragen insgesamt 10 Mio. Euro.",
    "Von den Befragten sagten 40 (25 %) nein, von 200 Firmen keine.",
    "Im Jahr 2019 (25 %) hatten 200 Firmen Verluste.",
    "Der Preis stieg um 12 % auf 5,6 Mrd. Dollar von 5,2 Mrd. Euro.",
    "Der Leitzins stieg auf 4,5 % (S. 12).",
    "Der DAX fiel am Montag um 2,3 % und am Dienstag um 1,1 %.",
    "Er erzielte 40 seiner 200 Punkte im letzten Spiel.",
    "Artikel 25 (2) des Gesetzes von 1990 gilt.",
    "Die Steuer stieg 2019 von 20 % auf 25 %.",
    "Rund 40 (25 %) Wähler stimmten zu.",
    "Davon ist nichts bekannt, sagte er am 12. Mai 2024.",
    "Der Fonds hat 10 Mio. Euro; davon wissen 40 Personen.",
    "Die Einnahmen stiegen um 4 % auf 88,2 Milliarden Euro.",
    "Die Preise stiegen um 5 % von Januar bis März.",
]

NEGATIVES_FR = [
    "40 (2019) des 200 soldats ont été blessés.",
    "25 % des sondés jugent que 200 est trop.",
    "Les ventes sont en hausse de 3 % en Europe et de 40 % en Asie.",
    "La participation était de 62 % en 2019 et de 58 % en 2024.",
    "Les routes ont reçu 4 millions d'euros et les écoles 5 millions d'euros.",
    "Le chiffre d'affaires est de 5,6 milliards d'euros, en hausse de 31 % sur un an.",
    "Le chiffre d'affaires est en hausse de 31 % par rapport à 2023.",
    "Voir la page 25 (p. 40) du rapport de 200 pages.",
    "La motion a été adoptée par 40 voix contre 25.",
    "Au total, 40 entreprises ont fermé en 2024.",
    "Le projet coûte au total 10 millions d'euros.",
    "En 2019 (25 %), 200 entreprises ont fait des pertes.",
    "Le prix est en hausse de 12 % à 5,6 milliards de dollars, contre 5,2 milliards d'euros.",
    "Le taux directeur a été porté à 4,5 % (p. 12).",
    "Le CAC 40 a perdu 2,3 % lundi et 1,1 % mardi.",
    "Il a marqué 40 de ses 200 points lors du dernier match.",
    "L'article 25 (2) de la loi de 1990 s'applique.",
    "La taxe est passée de 20 % à 25 % en 2019.",
    "Environ 40 (25 %) électeurs ont voté pour.",
    "Le fonds compte 10 millions d'euros, dont on ne sait rien.",
    "Les recettes sont en hausse de 4 % à 88,2 milliards d'euros.",
    "Les prix ont augmenté de 5 % de janvier à mars.",
    "Sur 200 candidats, beaucoup ont échoué en 2019 (25 %).",
    "Le score de 40 à 25 a surpris.",
    "Soit 25 % des voix, selon un sondage de 2024.",
]

NEGATIVES_ES = [
    "40 (2019) de los 200 soldados resultaron heridos.",
    "El 25 % de los encuestados dijo que 200 eran demasiados.",
    "Las ventas subieron un 3 % en Europa y un 40 % en Asia.",
    "La participación fue del 62 % en 2019 y del 58 % en 2024.",
    "Las carreteras recibieron 4 millones de euros y las escuelas 5 millones de euros.",
    "Los ingresos fueron de 5.600 millones de euros, un 31 % más que hace un año.",
    "Los ingresos subieron un 31 % frente a 2023.",
    "Véase la página 25 (p. 40) del informe de 200 páginas.",
    "La moción se aprobó por 40 votos a 25.",
    "En total, 40 empresas cerraron en 2024.",
    "El proyecto cuesta en total 10 millones de euros.",
    "En 2019 (25 %), 200 empresas tuvieron pérdidas.",
    "El precio subió un 12 % hasta 5.600 millones de dólares desde 5.200 millones de euros.",
    "El tipo de interés subió al 4,5 % (p. 12).",
    "El Ibex 35 cayó un 2,3 % el lunes y un 1,1 % el martes.",
    "Marcó 40 de sus 200 puntos en el último partido.",
    "El artículo 25 (2) de la ley de 1990 se aplica.",
    "El impuesto pasó del 20 % al 25 % en 2019.",
    "Unos 40 (25 %) votantes apoyaron el plan.",
    "El fondo tiene 10 millones de euros, de los cuales no se sabe nada.",
    "Los ingresos subieron un 4 % hasta 88.200 millones de euros.",
    "Los precios subieron un 5 % de enero a marzo.",
    "De los 200 soldados, muchos resultaron heridos en 2019 (25 %).",
    "El resultado de 40 a 25 sorprendió.",
    "O sea, el 25 % de los votos, según una encuesta de 2024.",
]

NEGATIVES_IT = [
    "40 (2019) dei 200 soldati sono rimasti feriti.",
    "Il 25 % degli intervistati ha detto che 200 sono troppi.",
    "Le vendite sono salite del 3 % in Europa e del 40 % in Asia.",
    "L'affluenza è stata del 62 % nel 2019 e del 58 % nel 2024.",
    "Le strade hanno ricevuto 4 milioni di euro e le scuole 5 milioni di euro.",
    "I ricavi sono stati di 5,6 miliardi di euro, in aumento del 31 % su base annua.",
    "I ricavi sono saliti del 31 % rispetto al 2023.",
    "Si veda la pagina 25 (p. 40) del rapporto di 200 pagine.",
    "La mozione è passata con 40 voti contro 25.",
    "In totale, 40 imprese hanno chiuso nel 2024.",
    "Il progetto costa in totale 10 milioni di euro.",
    "Nel 2019 (25 %), 200 imprese hanno registrato perdite.",
    "Il prezzo è salito del 12 % a 5,6 miliardi di dollari da 5,2 miliardi di euro.",
    "Il tasso è salito al 4,5 % (p. 12).",
    "Il FTSE MIB è sceso del 2,3 % lunedì e dell'1,1 % martedì.",
    "Ha segnato 40 dei suoi 200 punti nell'ultima partita.",
    "L'articolo 25 (2) della legge del 1990 si applica.",
    "L'imposta è passata dal 20 % al 25 % nel 2019.",
    "Circa 40 (25 %) elettori hanno votato a favore.",
    "Il fondo ha 10 milioni di euro, di cui non si sa nulla.",
    "Le entrate sono salite del 4 % a 88,2 miliardi di euro.",
    "I prezzi sono saliti del 5 % da gennaio a marzo.",
    "Dei 200 soldati, molti sono rimasti feriti nel 2019 (25 %).",
    "Il risultato di 40 a 25 ha sorpreso.",
    "Ossia il 25 % dei voti, secondo un sondaggio del 2024.",
]

NEGATIVES_NL = [
    "40 (2019) van de 200 soldaten raakten gewond.",
    "25 % van de ondervraagden zei dat 200 te veel was.",
    "De verkoop steeg met 3 % in Europa en met 40 % in Azië.",
    "De opkomst was 62 % in 2019 en 58 % in 2024.",
    "Wegen kregen 4 miljoen euro en scholen 5 miljoen euro.",
    "De omzet bedroeg 5,6 miljard euro, een stijging van 31 % op jaarbasis.",
    "De omzet steeg met 31 % ten opzichte van 2023.",
    "Zie pagina 25 (p. 40) van het rapport van 200 pagina's.",
    "De motie werd aangenomen met 40 tegen 25 stemmen.",
    "In totaal sloten 40 bedrijven in 2024.",
    "Het project kost in totaal 10 miljoen euro.",
    "In 2019 (25 %) leden 200 bedrijven verlies.",
    "De prijs steeg met 12 % tot 5,6 miljard dollar van 5,2 miljard euro.",
    "De rente steeg tot 4,5 % (p. 12).",
    "De AEX daalde maandag met 2,3 % en dinsdag met 1,1 %.",
    "Hij scoorde 40 van zijn 200 punten in de laatste wedstrijd.",
    "Artikel 25 (2) van de wet van 1990 is van toepassing.",
    "De belasting steeg van 20 % naar 25 % in 2019.",
    "Ongeveer 40 (25 %) kiezers stemden voor.",
    "Het fonds heeft 10 miljoen euro, waarvan niets bekend is.",
    "De inkomsten stegen met 4 % tot 88,2 miljard euro.",
    "De prijzen stegen met 5 % van januari tot maart.",
    "Van de 200 soldaten raakten er veel gewond in 2019 (25 %).",
    "De uitslag van 40 tegen 25 verraste.",
    "Ofwel 25 % van de stemmen, volgens een peiling uit 2024.",
]

NEGATIVE_TABLES = [
    # No total row: a list of figures is not a total.
    "| Region | Sales |\n| --- | --- |\n| North | 1,200 |\n| South | 900 |\n| West | 600 |\n",
    # A total row whose column holds words.
    "| Item | Note |\n| --- | --- |\n| A | 4 units |\n| B | some |\n| Total | 12 |\n",
    # Not a table: no delimiter row.
    "| North | 1,200 |\n| South | 900 |\n| Total | 2,900 |\n| West | 600 |\n",
    # Years in the first column, a total word elsewhere.
    "| Year | Sales |\n| --- | --- |\n| 2019 | 12 |\n| 2020 | 14 |\n| 2021 | total 40 |\n",
    # A percentage column without a total row to be a share of.
    "| Party | Seats | Share |\n| --- | --- | --- |\n| A | 40 | 25% |\n| B | 160 | 75% |\n",
]

NEGATIVES = (
    NEGATIVES_EN
    + NEGATIVES_DE
    + NEGATIVES_FR
    + NEGATIVES_ES
    + NEGATIVES_IT
    + NEGATIVES_NL
    + NEGATIVE_TABLES
)


def test_there_are_at_least_150_hard_negatives() -> None:
    assert len(set(NEGATIVES)) >= 150


@pytest.mark.parametrize("text", NEGATIVES)
def test_hard_negative_is_not_a_claim(text: str) -> None:
    report = figcheck.check(text)
    assert [c for c in report.claims if isinstance(c, SHAPE_KINDS)] == []
    assert [f.code for f in report.findings if f.code in FIGURE_CODES] == []


# --- The words are data, one table per language ----------------------------------------------


def test_every_language_names_every_word_class() -> None:
    from figcheck.reading.figure_words import TOTAL_ROWS, WORDS

    classes = set(WORDS["en"])
    for language, table in WORDS.items():
        assert set(table) == classes, language
        assert all(w == w.lower().strip() for words in table.values() for w in words), language
    assert set(TOTAL_ROWS) == set(WORDS)


def test_a_total_row_needs_rows_above_it_in_one_table() -> None:
    two_tables = "| A | 4 |\n| --- | --- |\n| B | 5 |\n\n| C | 1 |\n| --- | --- |\n| Total | 12 |\n"
    assert _read(two_tables) == ("", "")
