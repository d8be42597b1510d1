"""Language detection: news sentences in every supported language, mixed scripts, no evidence."""

from __future__ import annotations

import itertools
import random

import pytest

from figcheck.reading.detect import _RANGES, LANGUAGES, SAMPLE, detect_language

SENTENCES: list[tuple[str, str]] = [
    (
        "en",
        "The government will pay soldiers 300,000 rubles for every aircraft they destroy, which "
        "is more than it paid last year.",
    ),
    (
        "en",
        "Shares in the company fell by 12% after it said that profits for the quarter were "
        "$4.2bn, well below what analysts had expected.",
    ),
    (
        "de",
        "Die Regierung zahlt den Soldaten 300.000 Rubel für jedes zerstörte Flugzeug, und das "
        "ist mehr als im Vorjahr.",
    ),
    (
        "de",
        "Der Konzern hat im dritten Quartal einen Gewinn von 2,4 Milliarden Euro erzielt, doch "
        "die Aktie ist trotzdem nicht gestiegen.",
    ),
    (
        "fr",
        "Le gouvernement versera 300 000 roubles aux soldats pour chaque avion détruit, une "
        "somme qui est plus élevée que l'an dernier.",
    ),
    (
        "fr",
        "Les ventes de l'entreprise ont atteint 4,2 milliards d'euros au premier trimestre, mais "
        "le bénéfice net n'a pas progressé.",
    ),
    (
        "es",
        "El Gobierno pagará 300.000 rublos a los soldados por cada avión destruido, una cifra "
        "que supera la del año pasado.",
    ),
    (
        "es",
        "Las ventas de la empresa crecieron un 8 % hasta los 4.200 millones de euros, pero el "
        "beneficio neto fue menor de lo previsto.",
    ),
    (
        "pt",
        "O governo vai pagar 300 mil rublos aos soldados por cada avião destruído, um valor bem "
        "acima do que foi pago no ano passado.",
    ),
    (
        "pt",
        "As vendas da empresa subiram para 4,2 mil milhões de euros no primeiro trimestre, mas "
        "o lucro não acompanhou o crescimento.",
    ),
    (
        "it",
        "Il governo pagherà ai soldati 300.000 rubli per ogni aereo distrutto, una somma che è "
        "più alta di quella dell'anno scorso.",
    ),
    (
        "it",
        "Le vendite della società sono salite a 4,2 miliardi di euro nel primo trimestre, ma "
        "l'utile netto non è cresciuto.",
    ),
    (
        "nl",
        "De regering betaalt de soldaten 300.000 roebel voor elk vliegtuig dat zij vernietigen, "
        "en dat is meer dan het bedrag van vorig jaar.",
    ),
    (
        "nl",
        "De omzet van het bedrijf steeg in het derde kwartaal naar 4,2 miljard euro, maar de "
        "winst is niet gegroeid.",
    ),
    (
        "pl",
        "Rząd wypłaci żołnierzom 300 tys. rubli za każdy zniszczony samolot, co jest kwotą "
        "wyższą niż w ubiegłym roku.",
    ),
    (
        "pl",
        "Przychody spółki wzrosły w trzecim kwartale do 4,2 mld zł, ale zysk netto nie zmienił "
        "się w porównaniu z poprzednim rokiem.",
    ),
    (
        "sv",
        "Regeringen betalar soldaterna 300 000 rubel för varje förstört flygplan, och det är mer "
        "än förra året.",
    ),
    (
        "sv",
        "Företagets försäljning ökade till 4,2 miljarder kronor under tredje kvartalet, men "
        "vinsten blev inte så stor som väntat.",
    ),
    (
        "tr",
        "Hükümet, düşürülen her uçak için askerlere 300 bin ruble ödeyecek ve bu miktar geçen "
        "yılın üzerinde.",
    ),
    (
        "tr",
        "Şirketin satışları üçüncü çeyrekte 4,2 milyar liraya yükseldi, ancak net kâr bir önceki "
        "yıla göre daha düşük kaldı.",
    ),
    (
        "ru",
        "Правительство платит военным 300 000 рублей за каждый сбитый самолёт, и это больше, чем "
        "в прошлом году.",
    ),
    (
        "ru",
        "Выручка компании в третьем квартале выросла до 4,2 млрд долларов, однако чистая прибыль "
        "снизилась.",
    ),
    (
        "uk",
        "Уряд виплачує військовим 300 тисяч гривень за кожен знищений літак, і це більше, ніж "
        "торік.",
    ),
    (
        "uk",
        "Виручка компанії у третьому кварталі зросла до 4,2 млрд гривень, проте чистий прибуток "
        "знизився.",
    ),
    ("hi", "सरकार हर नष्ट किए गए विमान के लिए सैनिकों को 3,00,000 रूबल देगी, जो पिछले साल से अधिक है।"),
    ("hi", "कंपनी की बिक्री तीसरी तिमाही में बढ़कर 4.2 अरब रुपये हो गई, लेकिन शुद्ध मुनाफ़ा घट गया।"),
    ("zh", "政府将为每架被击落的飞机向士兵支付30万卢布，比去年更多。"),
    ("zh", "该公司第三季度的销售额增长至42亿美元，但净利润有所下降。"),
    ("ja", "政府は撃墜した航空機1機につき兵士に30万ルーブルを支払うと発表した。"),
    ("ja", "同社の第3四半期の売上高は42億ドルに増えたが、純利益は減少した。"),
    ("ko", "정부는 격추한 항공기 한 대당 병사들에게 30만 루블을 지급한다고 밝혔다."),
    ("ko", "이 회사의 3분기 매출은 42억 달러로 늘었지만 순이익은 감소했다."),
    (
        "id",
        "Pemerintah akan membayar para prajurit Rp 60 juta untuk setiap pesawat yang mereka "
        "tembak jatuh, lebih besar dari tahun lalu.",
    ),
    (
        "id",
        "Penjualan perusahaan naik menjadi Rp 4,2 triliun pada kuartal ketiga, tetapi laba "
        "bersihnya turun.",
    ),
    (
        "ar",
        "ستدفع الحكومة للجنود 300 ألف روبل عن كل طائرة يسقطونها، وهو أكثر مما دفعته العام الماضي.",
    ),
    ("ar", "ارتفعت مبيعات الشركة في الربع الثالث إلى ٤٫٢ مليار دولار، لكن صافي الربح تراجع."),
    (
        "cs",
        "Vláda vyplatí vojákům 300 000 rublů za každé sestřelené letadlo, což je více než loni.",
    ),
    (
        "cs",
        "Tržby společnosti ve třetím čtvrtletí vzrostly na 4,2 miliardy korun, čistý zisk však "
        "klesl.",
    ),
    (
        "sk",
        "Vláda vyplatí vojakom 300 000 rubľov za každé zostrelené lietadlo, čo je viac ako vlani.",
    ),
    (
        "sk",
        "Tržby spoločnosti v treťom štvrťroku stúpli na 4,2 miliardy eur, čistý zisk však klesol.",
    ),
    (
        "ro",
        "Guvernul va plăti soldaților 300.000 de ruble pentru fiecare avion doborât, mai mult "
        "decât anul trecut.",
    ),
    (
        "ro",
        "Vânzările companiei au crescut în trimestrul al treilea la 4,2 miliarde de lei, dar "
        "profitul net a scăzut.",
    ),
    (
        "hu",
        "A kormány minden lelőtt repülőgépért 300 ezer rubelt fizet a katonáknak, ami több a "
        "tavalyinál.",
    ),
    (
        "hu",
        "A vállalat árbevétele a harmadik negyedévben 4,2 milliárd forintra nőtt, a nettó "
        "nyereség viszont csökkent.",
    ),
]


@pytest.mark.parametrize(("language", "text"), SENTENCES, ids=lambda value: value[:20])
def test_news_sentence(language: str, text: str) -> None:
    assert detect_language(text) == language


def test_every_language_has_sentences_and_is_listed() -> None:
    covered = [language for language, _ in SENTENCES]
    assert set(LANGUAGES) == set(covered)
    assert len(LANGUAGES) == len(set(LANGUAGES)) == 22
    assert all(covered.count(language) >= 2 for language in LANGUAGES)


def test_a_paragraph_reads_as_its_language() -> None:
    by_language: dict[str, list[str]] = {}
    for language, text in SENTENCES:
        by_language.setdefault(language, []).append(text)
    for language, texts in by_language.items():
        assert detect_language(" ".join(texts)) == language


@pytest.mark.parametrize(
    ("text", "language"),
    [
        pytest.param(
            "The company, whose name in Chinese is 华为, said that revenue for the year was $99bn.",
            "en",
            id="english-with-a-chinese-word",
        ),
        pytest.param(
            "東京の日本銀行は、政策金利を据え置き、国債を毎月6兆円買い入れると発表した。",
            "ja",
            id="japanese-kanji-and-kana",
        ),
        pytest.param("日本銀行は金利を据え置いた。", "ja", id="japanese-short"),
        pytest.param(
            "日本银行宣布维持利率不变，并每月购买6万亿日元国债。", "zh", id="chinese-no-kana"
        ),
        pytest.param(
            "美国总统唐纳德・特朗普表示，将对价值2000亿美元的中国商品加征关税。",
            "zh",
            id="chinese-with-katakana-middle-dot",
        ),
        pytest.param(
            "Міністерство фінансів повідомило, що дефіцит бюджету сягнув 120 млрд гривень.",
            "uk",
            id="ukrainian",
        ),
        pytest.param(
            "Министерство финансов сообщило, что дефицит бюджета достиг 120 млрд рублей.",
            "ru",
            id="russian",
        ),
        pytest.param(
            "Министерство финансов сообщило, что власти в Київ получат ещё 120 млн долларов, "
            "а остальные средства будут выделены в следующем году.",
            "ru",
            id="russian-naming-a-ukrainian-place",
        ),
        pytest.param(
            "Ґрунтовні зміни: єдиний податок зріс на 15%, а Київ отримає ще 200 млн гривень.",
            "uk",
            id="ukrainian-all-four-letters",
        ),
        pytest.param(
            "قال البنك المركزي المصري إن سعر الدولار استقر عند 48.5 جنيه.",
            "ar",
            id="arabic-egyptian",
        ),
        pytest.param(
            "The Emirati firm, known as شركة مبادلة, said revenue rose to $9bn last year.",
            "en",
            id="english-with-an-arabic-name",
        ),
        pytest.param(
            "Nilai tukar rupiah melemah ke Rp 16.200 per dolar AS karena permintaan valas naik.",
            "id",
            id="indonesian-rate",
        ),
        pytest.param(
            "Česká národní banka ponechala sazby beze změny, koruna posílila na 24,90 Kč za euro.",
            "cs",
            id="czech-rate",
        ),
        pytest.param(
            "Národná banka Slovenska uviedla, že koruna posilnila na 24,90 Kč za euro.",
            "sk",
            id="slovak-on-the-czech-crown",
        ),
        pytest.param(
            "Rząd przeznaczy na ten cel 5 mld zł, a pieniądze trafią do samorządów od 2025 r.",
            "pl",
            id="polish-with-czech-and-slovak-prepositions",
        ),
        pytest.param(
            "Leul s-a depreciat în raport cu euro, iar cursul BNR a urcat la 4,98 lei.",
            "ro",
            id="romanian-rate",
        ),
        pytest.param(
            "Statul plăteşte ajutoare, iar suma va creşte după 1 iulie, a anunţat ministrul.",
            "ro",
            id="romanian-with-cedillas",
        ),
        pytest.param(
            "La nuova legge prevede un contributo di 300 euro per ogni famiglia con figli.",
            "it",
            id="italian-not-romanian",
        ),
        pytest.param(
            "A forint gyengült az euróval szemben, egy euró ára 398 forint volt.",
            "hu",
            id="hungarian-rate",
        ),
        pytest.param(
            "Der Konzern meldete für das Jahr einen Gewinn von 2,3 Milliarden Euro, doch die "
            "Prognose bleibt vorsichtig.",
            "de",
            id="german-with-umlauts-not-slovak",
        ),
        pytest.param(
            "The court fined Lyubov Sobol and Ivan Zhdanov 300,000 rubles ($4,800) each, the "
            "largest fine of the year.",
            "en",
            id="english-with-russian-names",
        ),
    ],
)
def test_mixed_and_close_cases(text: str, language: str) -> None:
    assert detect_language(text) == language


@pytest.mark.parametrize(
    "text",
    [
        "",
        "12345 678",
        "$4,980",
        "   \n\t",
        "€1.2bn (£1bn) – 3.4% y/y",
        "१२३४",  # Devanagari digits only
        "中",  # one character is not enough
        "Hello",  # one word, no evidence
        "the the",  # one word twice, and nothing else, is not enough
        "que para que para",  # Spanish and Portuguese tie
        "ß1 ß1 ß1 ß1",  # a marker letter alone is not a word
    ],
)
def test_no_evidence_is_none(text: str) -> None:
    assert detect_language(text) is None


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("بانک مرکزی ایران اعلام کرد که نرخ دلار به ۵۸ هزار تومان رسید.", id="persian"),
        pytest.param("اسٹیٹ بینک نے کہا کہ ڈالر کی قیمت 280 روپے ہو گئی ہے۔", id="urdu"),
        pytest.param(
            "Kerajaan akan membelanjakan RM1.5 bilion kerana permintaan yang tinggi, "
            "kata menteri itu.",
            id="malay",
        ),
    ],
)
def test_languages_that_share_a_script_or_words_are_not_guessed(text: str) -> None:
    # Persian and Urdu are written in Arabic script and Malay shares Indonesian's small words,
    # but none of them writes numbers and currencies as Arabic or Indonesian do.
    assert detect_language(text) is None


def test_marker_letters_count_once_per_word() -> None:
    # "Straße" repeated is one distinct word: one hit, below the minimum.
    assert detect_language("Straße " * 100) is None
    assert detect_language("Straße Fußball groß") == "de"


def test_only_the_sample_is_read() -> None:
    german = "Die Regierung zahlt den Soldaten 300.000 Rubel, und das ist nicht genug. "
    assert detect_language(german) == "de"
    assert detect_language("x " * (SAMPLE // 2) + german * 10) is None
    assert detect_language((german * 300)[:SAMPLE] + "東京の日本銀行は" * 10_000) == "de"


@pytest.mark.parametrize("kind", ["repeated", "random"])
def test_hostile_input_returns_and_reads_only_the_sample(kind: str) -> None:
    size = 2_000_000
    if kind == "repeated":
        text = ("ß1 " * (size // 3 + 1))[:size]
    else:
        rng = random.Random(0)
        text = "".join(chr(rng.randrange(0x110000)) for _ in range(size))
    assert len(text) == size
    result = detect_language(text)
    assert result is None or isinstance(result, str)
    assert result == detect_language(text[:SAMPLE])


def test_non_str_is_a_type_error() -> None:
    with pytest.raises(TypeError, match="str"):
        detect_language(b"Die Regierung zahlt und das ist nicht genug")  # type: ignore[arg-type]


def test_script_ranges_are_sorted_and_disjoint() -> None:
    for (_, end, _), (start, _, _) in itertools.pairwise(_RANGES):
        assert end < start
    assert all(start <= end for start, end, _ in _RANGES)


def test_spanish_with_the_conjunction_o_is_not_taken_for_portuguese() -> None:
    # "o" (or) is Portuguese's commonest article; Spanish's own small words must outweigh it.
    text = (
        "Antes el ministerio había dicho que paga a sus soldados 100.000 rublos (1.195 dólares "
        "o 1.091 euros) por cada tanque, o 300.000 rublos por avión."
    )
    assert detect_language(text) == "es"


# One-sentence texts about money, the shape of a caption or a headline: too few small words to
# decide alone, so the words of the figures (hedges, connectors, currency nouns of the reading
# tables) and the words of every news report (days, months, "costs", "pays") decide.
# Figures as published: Russian traffic fines (500 to 5,000 roubles), the euro's conversion
# rates (1.95583 marks, 6.55957 francs), prices of 2023.
ONE_SENTENCE = [
    ("de", "Wer bei Rot fährt, zahlt nun 5.000 Rubel (rund 60 Euro)."),
    ("de", "Umgerechnet entsprechen 100 D-Mark genau 51,13 Euro."),
    ("de", "Das Bußgeld beträgt seit Montag 1.500 Rubel."),
    ("de", "Ein Liter kostet heute etwa 1,80 Euro."),
    ("de", "Im Januar erhielt jeder Rentner 10.000 Rubel."),
    ("fr", "L'amende va de 500 à 1 000 roubles, soit 6 à 12 euros."),
    ("fr", "Le litre coûte aujourd'hui environ 1,90 euro."),
    ("fr", "Depuis lundi, 100 francs valent 15,24 euros."),
    ("fr", "En janvier, chaque retraité a touché 10 000 roubles."),
    ("es", "El kilo cuesta hoy 8.000 pesos, unos 9 dólares."),
    ("es", "Desde el lunes la multa equivale a 5.000 rublos."),
    ("es", "En enero cada jubilado cobra 10.000 rublos."),
    ("es", "El billete vale ahora 2.000 pesos según el gobierno."),
    ("pt", "O litro custa hoje R$ 6,20, segundo o governo."),
    ("pt", "Em janeiro cada aposentado recebeu 10 mil rublos."),
    ("pt", "A multa passou a custar 5 mil rublos após a reforma."),
    ("it", "Il biglietto costa oggi 5 euro, secondo il comune."),
    ("it", "A gennaio ogni pensionato ha ricevuto 10.000 rubli."),
    ("it", "La multa vale ora 5.000 rubli, pari a circa 55 euro."),
    ("nl", "Een liter kost vandaag ongeveer 2 euro."),
    ("nl", "Sinds maandag betaalt wie door rood rijdt 5000 roebel."),
    ("nl", "Omgerekend is dat volgens de bank 51 euro."),
    ("pl", "Bilet kosztuje dziś 20 złotych."),
    ("pl", "Od stycznia mandat wynosi 5 tys. rubli, czyli około 250 złotych."),
    ("it", "Cento rubli valgono oggi circa un euro, secondo la banca centrale."),
    ("pt", "Cem rublos valem hoje cerca de um euro."),
]


@pytest.mark.parametrize(("language", "text"), ONE_SENTENCE)
def test_a_one_sentence_money_text_is_detected(language: str, text: str) -> None:
    assert detect_language(text) == language


@pytest.mark.parametrize(
    "text",
    [
        "The fine is now 5,000 roubles (about 60 euros).",
        "A litre costs about 1.80 euros today, the ministry said.",
        "Rubli, rublos and roubles are all plurals of rouble.",
    ],
)
def test_a_one_sentence_english_money_text_is_not_taken_for_another_language(text: str) -> None:
    # an undetected text is read as English (``locales.DEFAULT``)
    assert detect_language(text) in ("en", None)


def test_a_word_of_another_scripts_table_in_latin_text_is_no_evidence() -> None:
    # "около" is a Russian hedge; a Latin-script text decides among Latin-script languages
    assert detect_language("million около") is None
    assert detect_language("Der Preis stieg um около 5 Euro und das ist nicht genug.") == "de"
