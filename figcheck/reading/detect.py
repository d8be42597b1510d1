"""Which language a piece of prose is written in, cheaply and without dependencies.

Only the first ``SAMPLE`` characters are read, so the cost is bounded whatever the input. The
sample is looked at in two stages:

1. **Script.** Every letter is assigned to a script by its code point (fixed ``ord`` ranges, no
   ``unicodedata``), and the script with the most letters wins; Han and kana count together as
   one CJK script. Hangul is Korean; CJK is Japanese when kana make up at least 1 in 20 of its
   letters, else Chinese; Devanagari is Hindi; Arabic script is Arabic unless the letters only
   Persian and Urdu write (پ چ ژ گ ک ی ٹ ڈ ڑ ں ے …) are at least 2 and 1 in 50 of its letters,
   which gives ``None``; Cyrillic is Ukrainian when the letters only
   Ukrainian uses (і ї є ґ) are at least 2, at least 1 in 200 Cyrillic letters and more than
   the letters only Russian uses (ы э ъ ё), else Russian. A non-Latin script needs at least 2
   letters.
2. **Words.** Latin-script prose is split into lower-cased words, and each occurrence of a very
   common function word of a language ("und", "les", "och", …) is one hit for that language (a
   word common to several languages is a hit for each). A distinct word of two or more letters
   with a letter typical of one language (ß, ñ, ã/õ, ł/ą/ę/ż/ś/ź/ń, å, ğ/ş/ı, ř/ů/ě, ľ/ĺ/ŕ,
   ă/ș/ț/ţ, ő/ű) or a spelling only one language has (``_WORD_SHAPES``: Slovak "-ov" after a
   Slovak letter, Romanian "-ului", Hungarian "gy" before a vowel, …) adds one more hit.
   The leader needs at least 3 hits (or 2 different words, a word with such a letter or
   spelling included, when no other language has a hit) and 1.5 times the hits of every other
   language. Czech, Slovak and Polish share many small words ("na", "za", "do"); between two of
   them only the hits one has alone are compared (``_CLOSE_PAIRS``). Indonesian shares nearly
   all its function words with Malay, which is not read (Malay groups digits with "," where
   Indonesian uses "."):
   a text led by Indonesian that has at least as many distinct Malay-only words ("bilion",
   "kerajaan", "peratus") as Indonesian-only ones ("miliar", "pemerintah", "persen") gives
   ``None``.

Anything short of that (empty text, only digits and signs, a tie) gives ``None``: the caller
falls back to its default rather than act on a guess.

>>> detect_language("Der Bund zahlt 300 Euro für jedes Kind, und das ist nicht genug.")
'de'
>>> detect_language("政府は兵士に30万ルーブルを支払う。")
'ja'
>>> detect_language("$4,980") is None
True
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable

__all__ = ["LANGUAGES", "SAMPLE", "detect_language"]

#: How many characters of the text are read; the rest is ignored.
SAMPLE = 20_000

#: Every code ``detect_language`` can return (CLDR language codes).
LANGUAGES: tuple[str, ...] = (
    "en", "de", "fr", "es", "pt", "it", "nl", "pl", "sv", "tr", "ru", "uk", "hi", "zh", "ja", "ko",
    "id", "ar", "cs", "sk", "ro", "hu",
)  # fmt: skip

#: Fewest letters of a non-Latin script that are taken as evidence of its language.
MIN_SCRIPT_LETTERS = 2
#: Kana must be at least this share (1 in N) of the CJK letters for Japanese.
KANA_ONE_IN = 20
#: Persian and Urdu letters must be at least this share (1 in N) of the Arabic-script letters
#: for a text not to be read as Arabic ...
PERSIAN_ONE_IN = 50
#: ... and at least this many.
MIN_PERSIAN_LETTERS = 2
#: Ukrainian-only letters must be at least this share (1 in N) of the Cyrillic letters ...
UKRAINIAN_ONE_IN = 200
#: ... and at least this many.
MIN_UKRAINIAN_LETTERS = 2
#: The leading language needs this many word hits (or ``MIN_UNCONTESTED_HITS`` different words
#: when no other language has any hit) ...
MIN_HITS = 3
MIN_UNCONTESTED_HITS = 2
#: ... and this many times the hits of the runner-up.
LEAD_RATIO = 1.5

# Letters by script, as inclusive code point ranges, sorted and not overlapping. Digits, signs
# and punctuation inside a script's block (Devanagari digits and danda, the katakana middle dot
# that Chinese also uses between the parts of a foreign name) are left out.
_RANGES: tuple[tuple[int, int, str], ...] = (
    (0x0041, 0x005A, "latin"),
    (0x0061, 0x007A, "latin"),
    (0x00AA, 0x00AA, "latin"),
    (0x00BA, 0x00BA, "latin"),
    (0x00C0, 0x00D6, "latin"),
    (0x00D8, 0x00F6, "latin"),
    (0x00F8, 0x024F, "latin"),
    (0x0400, 0x0481, "cyrillic"),
    (0x048A, 0x052F, "cyrillic"),
    (0x0620, 0x064A, "arabic"),  # the letters; digits, signs and vowel marks are left out
    (0x066E, 0x066F, "arabic"),
    (0x0671, 0x06D3, "arabic"),
    (0x06D5, 0x06D5, "arabic"),
    (0x06EE, 0x06EF, "arabic"),
    (0x06FA, 0x06FC, "arabic"),
    (0x06FF, 0x06FF, "arabic"),
    (0x0750, 0x077F, "arabic"),
    (0x0900, 0x0963, "devanagari"),
    (0x0970, 0x097F, "devanagari"),
    (0x1100, 0x11FF, "hangul"),
    (0x1E00, 0x1EFF, "latin"),
    (0x3005, 0x3007, "han"),  # 々 〆 〇
    (0x3041, 0x3096, "kana"),
    (0x309D, 0x309F, "kana"),
    (0x30A1, 0x30FA, "kana"),
    (0x30FC, 0x30FF, "kana"),
    (0x3131, 0x318E, "hangul"),
    (0x31F0, 0x31FF, "kana"),
    (0x3400, 0x4DBF, "han"),
    (0x4E00, 0x9FFF, "han"),
    (0xA8E0, 0xA8FF, "devanagari"),
    (0xA960, 0xA97F, "hangul"),
    (0xAC00, 0xD7A3, "hangul"),
    (0xD7B0, 0xD7FF, "hangul"),
    (0xF900, 0xFAFF, "han"),
    (0xFB50, 0xFDFB, "arabic"),  # presentation forms, as some PDFs and old pages encode it
    (0xFE70, 0xFEFC, "arabic"),
    (0xFF21, 0xFF3A, "latin"),
    (0xFF41, 0xFF5A, "latin"),
    (0xFF66, 0xFF9D, "kana"),
    (0xFFA0, 0xFFDC, "hangul"),
    (0x20000, 0x323AF, "han"),
)
_STARTS: tuple[int, ...] = tuple(start for start, _, _ in _RANGES)

_UKRAINIAN_ONLY = frozenset("іїєґІЇЄҐ")
_RUSSIAN_ONLY = frozenset("ыэъёЫЭЪЁ")
# Letters Persian and Urdu write and Arabic does not (پ چ ژ گ ک ی, and Urdu's ٹ ڈ ڑ ں ھ ے ۓ).
_PERSIAN_URDU_ONLY = frozenset(
    "\u067e\u0686\u0698\u06af\u06a9\u06cc\u0679\u0688\u0691\u06ba\u06be\u06d2\u06d3"
)

# Letters, no digits or underscores: one character class repeated, so matching is linear.
_WORD = re.compile(r"[^\W\d_]+")

# The small words Czech and Slovak share, several of them Polish too ("na", "za", "do").
_CZECH_AND_SLOVAK = (
    "je že už až v však bude má jeho než tento toto z do na za po od to ale k u kde dnes "
    "včera každý každá každé každému vláda vlády firma firmy koruny tisíc sobotu zhruba "
    "okolo asi"
)

# Very common function words per language, space-separated, in lower case and as the word
# pattern splits them (the French "l'" and "qu'" are "l" and "qu"). Words that are frequent in
# several of these languages ("de", "en", "a", "in", "se") are left out; a few shared ones are
# listed for each language they are common in, and count for each.
_FUNCTION_WORDS: dict[str, str] = {
    "en": (
        "the and of to is for with that this from by which would will its their been has have "
        "are were was said it be on at not or but than they"
    ),
    "de": (
        "und der die das nicht ist mit für den dem sich auf ein eine einen auch wird werden von "
        "zu im bei nach sind hat als wie über oder aber dass es nun noch schon mehr wer ohne "
        "gegen seine ihre ihr sein hatte wurde wurden einer eines einem kostet kosten zahlt "
        "zahlen beträgt betrug erhält erhielt prozent jahr jahre jahren heute gestern januar "
        "februar märz juni juli oktober dezember montag dienstag mittwoch donnerstag freitag "
        "samstag sonntag"
    ),
    "fr": (
        "le les et est une des pour dans du au aux sur par pas qui elle ont sont avec été cette "
        "ces plus ce ses leur mais l d qu sa aussi déjà selon entre prix coûte coûtent paie vaut "
        "depuis avant après chez où ans année aujourd hier janvier février avril juin juillet "
        "août septembre octobre décembre lundi mardi mercredi jeudi vendredi samedi dimanche"
    ),
    "es": (
        "el los las y que por una del al con para su sus más como pero fue ha han está este esta "
        "muy sin también hasta sobre lo había habían cada según después cuando donde desde hacia "
        "unos unas ya es son hoy ahora precio vale cuesta cuestan pagó cobra años año dinero "
        "gobierno país entre ayer enero febrero marzo abril mayo junio julio agosto septiembre "
        "octubre noviembre diciembre lunes martes miércoles jueves viernes sábado domingo dicho "
        "ministerio"
    ),
    "pt": (
        "o os não uma com para dos das do da em um ao aos nos e mais foi são pelo pela também seu "
        "sua que por como este esta sobre está mas custa custam pagou anos ano hoje ontem segundo "
        "após entre ainda já governo preço valor janeiro fevereiro março abril maio junho julho "
        "agosto setembro outubro novembro dezembro passou pode ser tem há muito isso essa esse "
        "pelos pelas num numa às"
    ),
    "it": (
        "il che di della delle degli dei per non sono del una è gli nel nella alla anche più "
        "stato questo questa dal tra ha e al con lo l dell all nell costa costano pagato anni "
        "anno oggi ieri secondo dopo prima ancora già ogni sua suo loro governo prezzo gennaio "
        "febbraio marzo aprile maggio giugno luglio agosto settembre ottobre dicembre lunedì "
        "martedì mercoledì giovedì venerdì sabato domenica ora"
    ),
    "nl": (
        "het een van niet zijn voor dat op met ook wordt worden naar bij aan heeft hebben maar "
        "nog deze door uit dan werd te is kost kosten betaalt betaalde jaar procent volgens al er "
        "om ze hij zij wel nu waard vandaag gisteren januari februari maart mei juni juli "
        "augustus oktober maandag dinsdag woensdag donderdag vrijdag zaterdag zondag"
    ),
    "pl": (
        "się nie jest oraz przez który która które że w z do na to od po za jak ale są było "
        "został została tym tego także już dla czy jego kosztuje kosztował płaci roku lat dziś "
        "wczoraj według stycznia lutego marca kwietnia maja czerwca lipca sierpnia września "
        "października listopada grudnia"
    ),
    "sv": (
        "och att det för inte som med är på av till om har ett den var vid eller efter sig sin "
        "också blev från när hade skulle mot än"
    ),
    "tr": (
        "ve bir bu için ile olarak daha çok gibi olan ama kadar sonra göre değil ise veya ancak "
        "oldu olduğu tarafından şu ki"
    ),
    "id": (
        "yang dan ke dari ini itu dengan untuk pada adalah dalam tidak akan oleh juga atau "
        "sebagai telah karena tersebut bahwa lebih setelah menjadi masih sudah bisa kata di "
        "tahun hari sebesar sekitar mencapai hingga sebanyak naik turun akan melalui kepada bagi "
        "namun secara seperti jika agar hanya sejak serta bahkan menurut kini pukul lalu dapat "
        "baru akhir nilai tukar"
    ),
    # Czech and Slovak: the words only one of them writes, then the small words they share with
    # each other (and several with Polish), which count for both (see ``_CLOSE_PAIRS``). Beside
    # the function words, the months and weekdays in the forms dates take ("1. ledna", "v
    # pátek") and a few words of every news report.
    "cs": (
        "jsou byl byla bylo byly být budou který která které kterou kterých jako při podle "
        "také nebo ještě jen již mezi jejich této tato tyto když ve ke což není nejsou jsme "
        "jsem mají jak pouze proto protože kvůli pak zatím nyní mohou může řekl uvedl "
        "uvedla letos loni roce stát státu ledna února března dubna května června července "
        "srpna září října listopadu prosince lednu únoru březnu dubnu květnu červnu červenci "
        "srpnu říjnu prosinci pondělí úterý středu čtvrtek pátek neděli téměř více méně "
        "přibližně " + _CZECH_AND_SLOVAK
    ),
    "sk": (
        "sú bol bola bolo boli byť budú ktorý ktorá ktoré ktorú ktorých ktorí ktorej ako pre "
        "pri podľa tiež alebo ešte len iba medzi tejto táto tieto tohto keď vo ku sa čo aj "
        "majú sme som ste nie môže môžu uviedol uviedla vlani štát štátu percenta pretože "
        "januára februára apríla mája júna júla augusta septembra októbra novembra decembra "
        "januári februári marci apríli máji júni júli auguste septembri októbri novembri "
        "decembri pondelok utorok stredu štvrtok piatok nedeľu takmer viac menej vyše "
        "približne " + _CZECH_AND_SLOVAK
    ),
    "ro": (
        "și şi în cu pe din că este sunt fost pentru după sau dar iar prin acest această "
        "acestei aceste fiind să ale unui unei unor nu fi va vor cel anul anului luna lunii "
        "față faţă potrivit către spre însă deja acum fiecare fiecărui guvernul guvernului "
        "ministerul ministerului ianuarie februarie martie aprilie iunie iulie septembrie "
        "octombrie noiembrie decembrie luni marți marţi miercuri joi vineri sâmbătă duminică "
        "aproximativ aproape peste crescut ajuns"
    ),
    "hu": (
        "az és hogy egy nem meg csak már volt lesz amely amelyet ami aki mint szerint után "
        "pedig vagy ez ezt azt ezért között miatt több még majd évi évben tavaly idén azonban "
        "illetve valamint mert kell lehet alatt során óta éves január február március április "
        "május június július januárban februárban márciusban áprilisban májusban júniusban "
        "júliusban augusztusban szeptemberben októberben novemberben decemberben hétfőn kedden "
        "szerdán csütörtökön pénteken szombaton vasárnap cég kormány ben"
    ),
}


def _index_words() -> dict[str, tuple[str, ...]]:
    """Map each function word to its languages, so that a word costs one dict look-up."""
    index: dict[str, tuple[str, ...]] = {}
    for language, words in _FUNCTION_WORDS.items():
        for word in words.split():
            index[word] = (*index.get(word, ()), language)
    return index


_WORD_LANGUAGES = _index_words()

# Letters that, among the languages above, (nearly) only one of them writes.
_MARKERS: dict[str, str] = {
    "ß": "de",
    "ñ": "es",
    **dict.fromkeys("ãõ", "pt"),
    **dict.fromkeys("łąężśźń", "pl"),
    "å": "sv",
    **dict.fromkeys("ğşı", "tr"),
    **dict.fromkeys("řůě", "cs"),
    **dict.fromkeys("ľĺŕ", "sk"),
    # Romanian: ă, and ș ț with the comma below or ţ with the cedilla (ş with the cedilla is
    # Turkish too, and stays Turkish's).
    **dict.fromkeys("ășțţ", "ro"),
    **dict.fromkeys("őű", "hu"),
}
_MARKER_LETTERS = frozenset(_MARKERS)

# Spellings of a whole word that, among the languages above, only one language writes; each
# distinct word with one adds one hit, like a marker letter. Slovak: genitive and locative
# plurals in "-ov", "-och" with a Slovak letter ("dolárov", "výrobkoch"; not the "-ov" of
# Russian names in other prose, "Lavrov", nor German "noch"; Czech writes "-ů", "-ech"),
# infinitives ("získať", "platiť"; Czech "-at", "-it"), feminine adjectives in "-skej"/"-ckej"
# (Polish "-skiej"), ä or ô beside a caron ("päť", "môže") and ť inside a word ("treťom",
# "štvrťrok"; Czech writes it last, "čtvrť").
# Romanian: the genitive articles ("anului", "românilor") and the article on nouns in "-iu",
# "-r", "-t" ("salariul", "trimestrul", "bugetul"). Hungarian: "gy" and "cs" before a vowel
# ("magyar", "figyel", "csökken"; English "energy", "gym" and "physics" put none after them),
# "-ság"/"-ség" ("gazdasági", "egészség") and the endings "-ból", "-ról", "-tól".
_WORD_SHAPES = re.compile(
    r"(?P<sk>(?=\w*[áéíóúýčďňšťžô])\w{3,}o(?:v|ch)|\w{3,}ať|\w{2,}[iú]ť|\w?yť|\w{2,}[cs]kej"
    r"|(?=\w*[äô])\w*[čšžťďňľ]\w*|\w*ť\w+)"
    r"|(?P<ro>\w{2,}ului|\w{3,}ilor|\w{4,}(?:iul|rul|tul))"
    r"|(?P<hu>\w*(?:gy[aáeéiíoóöőuúüű]|cs[aáeéioóöőuúü]|s[áé]g)\w*|\w{2,}[brt]ól)"
)
#: The shapes above that a word of ASCII letters alone can have end so, or hold "gy" or "cs".
_ASCII_TAILS = ("kej", "ului", "ilor", "iul", "rul", "tul")

# Languages that share many of their small words (Czech and Slovak most of them, and both the
# prepositions "na", "za", "do", "od", "po" with Polish): between two of them only the hits one
# has alone count, the words they share saying nothing about which of them a text is in.
_CLOSE_PAIRS = frozenset(
    {frozenset({"cs", "sk"}), frozenset({"cs", "pl"}), frozenset({"pl", "sk"})}
)

# Words written beside figures that only one of the languages above writes: magnitude words
# and currency nouns ("12 miljard euro", "5 Millionen Franken", "300 milhões de reais"). A
# one-sentence text often has too few function words to decide; the words of its figures are
# as telling. Each distinct word adds one hit, like a marker letter.
_FIGURE_WORDS_BY_LANGUAGE: dict[str, str] = {
    "nl": "miljard miljoen biljoen",
    "de": "milliarde milliarden millionen franken rubel etwa rund demnach umgekehrt genau",
    "fr": "milliards millions roubles soit",
    "es": "millones millón rublos",
    "pt": "milhões milhão bilhões bilhão reais rublos",
    "it": "milioni miliardi dollari pari rubli",
    "pl": "miliardów milionów tysięcy złotych dolarów rubli",
    "sv": "miljarder miljoner kronor",
    "tr": "milyar milyon",
    "id": "miliar triliun juta ribu rupiah rp persen",
    "cs": "korun milionů dolarů rublů",
    "sk": "korún miliónov milióny miliárd milióna dolárov libier forintov percenta",
    "ro": "milioane miliarde mii dolari",
    "hu": "millió milliárd ezer forint forintot forintos forintra forintba dollárt eurót "
    "százalék százalékkal százalékra",
}


def _index_figure_words() -> dict[str, tuple[str, ...]]:
    """Map each figure word to its languages ("rublos" is Spanish and Portuguese)."""
    index: dict[str, tuple[str, ...]] = {}
    for language, words in _FIGURE_WORDS_BY_LANGUAGE.items():
        for word in words.split():
            index[word] = (*index.get(word, ()), language)
    return index


_FIGURE_WORDS = _index_figure_words()
#: The shortest word of the reading tables taken as a figure word (shorter ones, "um", "is",
#: "was", are too often another language's word too).
MIN_TABLE_WORD = 5
#: English words the other languages' tables also hold: no evidence against English.
_ENGLISH_TABLE_WORDS = frozenset(
    {
        *("rouble", "roubles", "ruble", "rubles", "franc", "francs", "krone", "kroner"),
        *("crown", "crowns", "pound", "pounds", "peso", "pesos", "dollar", "dollars", "euro"),
        *("euros", "million", "millions", "billion", "billions", "change", "order"),
        *("maximal", "minimal", "total", "about", "under"),
    }
)


@functools.cache
def _figure_words() -> dict[str, tuple[str, ...]]:
    """``_FIGURE_WORDS`` and the words only one language's reading tables hold (its hedges,
    connectors, magnitude and range words: "umgerechnet", "environ", "equivalen"), at least
    ``MIN_TABLE_WORD`` letters long, not English and not a function word of another language.
    Currency nouns are left out: the tables list only what CLDR lacks, so a noun one table
    holds may be another language's too ("rubli" is Polish and Italian). Built on the first
    text that needs it."""
    from figcheck.reading import language_tables as tables
    from figcheck.reading.hedges import HEDGES as ENGLISH_HEDGES

    phrases: list[tuple[str, Iterable[str]]] = []
    for table in (tables.HEDGES, tables.MAGNITUDE_WORDS):
        phrases.extend((language, words.keys()) for language, words in table.items())
    for words_of in (tables.CONVERSION_WORDS, tables.RANGE_TO_WORDS):
        phrases.extend(words_of.items())
    english = {
        *_ENGLISH_TABLE_WORDS,
        *_FUNCTION_WORDS["en"].split(),
        *(word for hedge in ENGLISH_HEDGES for word in _WORD.findall(hedge)),
    }
    owners: dict[str, set[str]] = {}
    for language, words in phrases:
        if language not in _FUNCTION_WORDS:
            continue  # a language of another script: told apart by its letters, not its words
        for phrase in words:
            for word in _WORD.findall(phrase.lower()):
                owners.setdefault(word, set()).add(language)
    found = {
        word: tuple(languages)
        for word, languages in owners.items()
        if len(languages) == 1
        and len(word) >= MIN_TABLE_WORD
        and word not in english
        and set(_WORD_LANGUAGES.get(word, ())) <= languages
    }
    return {**found, **_FIGURE_WORDS}


# Words that tell Indonesian from Malay (see the module docstring): Malay spellings and words of
# money prose, and their Indonesian counterparts.
_MALAY_ONLY = frozenset(
    {"bilion", "trilion", "kerana", "bahawa", "selepas", "kerajaan", "wang", "peratus"}
    | {"ialah", "iaitu", "boleh", "semasa"}
)
_INDONESIAN_ONLY = frozenset(
    {"miliar", "triliun", "karena", "bahwa", "setelah", "pemerintah", "uang", "persen"}
    | {"yaitu", "bisa", "saat", "rupiah"}
)


def detect_language(text: str) -> str | None:
    """The CLDR code of the language ``text`` is written in, or None when it cannot tell.

    One of ``LANGUAGES``. Only the first ``SAMPLE`` characters are read.
    """
    if not isinstance(text, str):
        raise TypeError(f"detect_language() takes a str, not {type(text).__name__}")
    sample = text[:SAMPLE]
    chars = Counter(sample)
    letters = _letters_by_script(chars)
    scripts = {
        "latin": letters["latin"],
        "arabic": letters["arabic"],
        "cyrillic": letters["cyrillic"],
        "devanagari": letters["devanagari"],
        "hangul": letters["hangul"],
        "cjk": letters["han"] + letters["kana"],
    }
    script = max(scripts, key=scripts.__getitem__)  # the first listed wins a tie
    if scripts[script] == 0:
        return None
    if script == "latin":
        return _by_words(sample)
    if scripts[script] < MIN_SCRIPT_LETTERS:
        return None
    if script == "cyrillic":
        return _ukrainian_or_russian(chars, letters["cyrillic"])
    if script == "arabic":
        return _arabic(chars, letters["arabic"])
    if script == "cjk":
        return "ja" if letters["kana"] * KANA_ONE_IN >= scripts["cjk"] else "zh"
    return "hi" if script == "devanagari" else "ko"


def _letters_by_script(chars: Counter[str]) -> dict[str, int]:
    """Count letters per script from the character counts.

    Looking up each distinct character once (a binary search over ``_RANGES``) keeps the cost
    at one pass over the sample, done by ``Counter`` in C, plus a few thousand look-ups at most.
    """
    counts = dict.fromkeys(
        ("latin", "arabic", "cyrillic", "devanagari", "hangul", "han", "kana"), 0
    )
    for char, count in chars.items():
        code = ord(char)
        index = bisect_right(_STARTS, code) - 1
        if index >= 0:
            _, end, script = _RANGES[index]
            if code <= end:
                counts[script] += count
    return counts


def _ukrainian_or_russian(chars: Counter[str], cyrillic: int) -> str:
    """Ukrainian when its own letters are clearly there, else Russian.

    і ї є ґ are common in Ukrainian (і is among its most frequent letters) and absent from
    Russian, which has ы э ъ ё instead. A Russian text that names a Ukrainian place once must
    stay Russian, hence a minimum count, a minimum share, and the comparison with the letters
    only Russian writes.
    """
    ukrainian = sum(chars[letter] for letter in _UKRAINIAN_ONLY)
    russian = sum(chars[letter] for letter in _RUSSIAN_ONLY)
    if (
        ukrainian >= MIN_UKRAINIAN_LETTERS
        and ukrainian * UKRAINIAN_ONE_IN >= cyrillic
        and ukrainian > russian
    ):
        return "uk"
    return "ru"


def _arabic(chars: Counter[str], letters: int) -> str | None:
    """Arabic, unless the letters only Persian and Urdu write are clearly there: those
    languages are not read, and their numbers and currencies are not Arabic's."""
    persian = sum(chars[letter] for letter in _PERSIAN_URDU_ONLY)
    if persian >= MIN_PERSIAN_LETTERS and persian * PERSIAN_ONE_IN >= letters:
        return None
    return "ar"


def _by_words(sample: str) -> str | None:
    """Tell Latin-script languages apart by their commonest small words.

    A handful of function words makes up a large share of running prose in each of these
    languages and differs between them, so a short sentence already gives several hits; marker
    letters add evidence once per distinct word, so that a repeated word or stray letter cannot
    outvote the prose.
    """
    hits = dict.fromkeys(_FUNCTION_WORDS, 0)
    distinct = dict.fromkeys(_FUNCTION_WORDS, 0)
    shared: Counter[frozenset[str]] = Counter()  # hits a close pair shares (``_CLOSE_PAIRS``)
    words = Counter(_WORD.findall(sample.lower()))
    figure_words = _figure_words()
    for word, count in words.items():
        languages = _WORD_LANGUAGES.get(word, ())
        for language in languages:
            hits[language] += count
            distinct[language] += 1
        if len(languages) > 1:
            for pair in _CLOSE_PAIRS:
                if pair.issubset(languages):
                    shared[pair] += count
        marked: set[str] = set()
        if len(word) >= 2 and not _MARKER_LETTERS.isdisjoint(word):
            marked = {_MARKERS[letter] for letter in _MARKER_LETTERS.intersection(word)}
        shaped = _shaped(word)
        if shaped is not None:
            marked.add(shaped)
        figure_languages = figure_words.get(word, ())
        for language in marked:
            hits[language] += 1
            if language not in languages and language not in figure_languages:
                distinct[language] += 1  # a word of its own, not counted as a small word
        for language in figure_languages:
            hits[language] += 1
            distinct[language] += 1
    order = sorted(hits, key=hits.__getitem__, reverse=True)  # stable: ties keep table order
    leaders = order[:2] if frozenset(order[:2]) in _CLOSE_PAIRS else order[:1]
    for leader in leaders:  # of a close pair with as many hits, either may lead on its own words
        if _leads(leader, hits, shared, distinct):
            return None if leader == "id" and _malay(words.keys()) else leader
    return None


def _leads(
    leader: str, hits: dict[str, int], shared: Counter[frozenset[str]], distinct: dict[str, int]
) -> bool:
    """Whether ``leader`` has enough hits and 1.5 times those of every other language.

    Against a language of its close pair (``_CLOSE_PAIRS``) only the hits one of the two has
    alone count: the small words they share say nothing about which of them it is.
    """
    own_hits = hits[leader]
    others = []
    for language, count in hits.items():
        if language == leader:
            continue
        pair = frozenset((leader, language))
        common = shared[pair] if pair in _CLOSE_PAIRS else 0
        if own_hits - common <= 0 and count - common <= 0:
            return False  # only words both write: nothing tells them apart
        others.append((own_hits - common, count - common))
    uncontested = all(theirs == 0 for _, theirs in others)
    if own_hits < MIN_HITS and not (uncontested and distinct[leader] >= MIN_UNCONTESTED_HITS):
        return False
    return all(own >= LEAD_RATIO * theirs for own, theirs in others)


def _shaped(word: str) -> str | None:
    """The language whose spelling ``word`` has (``_WORD_SHAPES``), else None. Most words of
    most prose are plain ASCII and hold none of the few ASCII shapes: they are let go at once."""
    if word.isascii() and not word.endswith(_ASCII_TAILS) and "gy" not in word and "cs" not in word:
        return None
    shape = _WORD_SHAPES.fullmatch(word)
    return None if shape is None else shape.lastgroup


def _malay(words: Iterable[str]) -> bool:
    """True when Malay-only words are there and no fewer than Indonesian-only ones."""
    found = set(words)
    malay = len(found & _MALAY_ONLY)
    return malay > 0 and malay >= len(found & _INDONESIAN_ONLY)
