"""Hypothesis strategies for documents in other languages, written by babel in their locale.

Part of ``figcheck.strategies`` (import it from there, which passes in its own ``amounts()``
and ``perturbation_factors()``). Each document is a few sentences of one
language, every sentence a conversion "A (B)" or "A, <connector> B" whose amounts babel's
``format_currency`` writes as that locale writes money ("300.000,00 ₽ (4.980,12 $)"). The
converted amount is ``original × rate`` rounded to the currency's own decimals, so it is
precise: its interval holds the exact value and is narrow. A perturbed document has one
conversion off by ``perturbation_factors()``.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_EVEN, Decimal

from hypothesis import strategies as st

#: Sentences per language around one conversion: "{item}" and "{amounts}" are filled in.
SENTENCES: dict[str, tuple[str, ...]] = {
    "en": ("The fund pays {amounts} for {item}.", "For {item} the ministry spent {amounts}."),
    "de": (
        "Der Staat zahlt {amounts} für {item}.",
        "Für {item} gibt die Stadt {amounts} aus, und das ist nicht wenig.",
    ),
    "fr": (
        "L'État paie {amounts} pour {item}.",
        "Pour {item}, la ville dépense {amounts} et les travaux continuent.",
    ),
    "es": (
        "El Estado paga {amounts} por {item} y los gastos siguen.",
        "Por {item} la ciudad gasta {amounts} y las obras siguen.",
    ),
    "pt": (
        "O Estado paga {amounts} por {item}.",
        "Para {item} a cidade gasta {amounts} e as obras continuam.",
    ),
    "it": (
        "Lo Stato paga {amounts} per {item}.",
        "Per {item} il comune spende {amounts} e i lavori continuano.",
    ),
    "nl": (
        "De staat betaalt {amounts} voor {item}.",
        "Voor {item} geeft de stad {amounts} uit en het werk gaat door.",
    ),
    "pl": (
        "Państwo płaci {amounts} za {item}.",
        "Za {item} miasto wydaje {amounts} i prace nie są jeszcze skończone.",
    ),
    "sv": (
        "Staten betalar {amounts} för {item}.",
        "För {item} lägger staden {amounts} och det är inte lite.",
    ),
    "tr": (
        "Devlet {item} için {amounts} ödüyor ve bu çok.",
        "Belediye {item} için {amounts} harcıyor ve bu daha da artacak.",
    ),
    "ru": ("Государство платит {amounts} за {item}.", "За {item} город тратит {amounts}."),
    "uk": (
        "Держава платить {amounts} за {item}, і це ще не все.",
        "За {item} місто витрачає {amounts}, і витрати зростають.",
    ),
    "hi": ("सरकार {item} के लिए {amounts} देती है।", "शहर {item} पर {amounts} खर्च करता है।"),
    "zh": ("政府为{item}支付{amounts}。", "该市在{item}上花费{amounts}。"),
    "ja": ("政府は{item}に{amounts}を支払う。", "市は{item}に{amounts}を使った。"),
    "ko": ("정부는 {item}에 {amounts}을 지급한다.", "시는 {item}에 {amounts}을 썼다."),
    "id": (
        "Pemerintah membayar {amounts} untuk {item} dan biaya itu akan naik.",
        "Untuk {item}, pemerintah kota mengeluarkan {amounts} pada tahun ini.",
    ),
    "ar": ("تدفع الحكومة {amounts} مقابل {item}.", "أنفقت المدينة {amounts} على {item} هذا العام."),
    "cs": (
        "Stát zaplatí {amounts} za {item}, ale podle ministerstva to ještě není konečná cena.",
        "Město letos vydá za {item} {amounts} a práce na stavbě ještě nejsou hotové.",
    ),
    "sk": (
        "Štát zaplatí {amounts} za {item}, ale podľa ministerstva to ešte nie je konečná cena.",
        "Mesto tento rok vydá za {item} {amounts} a práce na stavbe ešte nie sú hotové.",
    ),
    "ro": (
        "Statul plătește {amounts} pentru {item}, iar lucrările continuă în acest an.",
        "Pentru {item}, primăria cheltuiește {amounts}, potrivit bugetului aprobat.",
    ),
    "hu": (
        "Az állam {amounts} összeget költ {item}, és ez még nem a végleges ár.",
        "A város idén {amounts} összeget költ {item}, és a munka még folytatódik.",
    ),
}
#: Things paid for, per language.
ITEMS: dict[str, tuple[str, ...]] = {
    "en": ("a plane", "a school", "the bridge"),
    "de": ("ein Flugzeug", "eine Schule", "die Brücke"),
    "fr": ("un avion", "une école", "le pont"),
    "es": ("un avión", "una escuela", "el puente"),
    "pt": ("um avião", "uma escola", "a ponte"),
    "it": ("un aereo", "una scuola", "il ponte"),
    "nl": ("een vliegtuig", "een school", "de brug"),
    "pl": ("samolot", "szkołę", "most"),
    "sv": ("ett flygplan", "en skola", "bron"),
    "tr": ("uçak", "okul", "köprü"),
    "ru": ("самолёт", "школу", "мост"),
    "uk": ("літак", "школу", "міст"),
    "hi": ("विमान", "स्कूल", "पुल"),
    "zh": ("飞机", "学校", "大桥"),
    "ja": ("飛行機", "学校", "橋"),
    "ko": ("비행기", "학교", "다리"),
    "id": ("pesawat", "sekolah", "jembatan"),
    "ar": ("طائرة", "مدرسة", "الجسر"),
    "cs": ("letadlo", "školu", "most"),
    "sk": ("lietadlo", "školu", "most"),
    "ro": ("un avion", "o școală", "podul"),
    # Hungarian puts the case ending on the thing the money is spent on ("-ra", "-re").
    "hu": ("egy repülőgépre", "egy iskolára", "a hídra"),
}
#: Currency pairs (original, converted) whose babel forms every one of these locales resolves.
PAIRS: tuple[tuple[str, str], ...] = (
    ("RUB", "USD"),
    ("EUR", "USD"),
    ("USD", "EUR"),
    ("GBP", "EUR"),
    ("JPY", "USD"),
    ("CHF", "EUR"),
)
LANGUAGES: tuple[str, ...] = tuple(SENTENCES)


@dataclass(frozen=True, slots=True)
class LocalizedConversion:
    """One conversion as written: the two amounts, their currencies, and the connector."""

    original: Decimal
    original_currency: str
    converted: Decimal
    converted_currency: str
    connector: str


@dataclass(frozen=True, slots=True)
class LocalizedDocument:
    """A document in ``language``, its conversions, and which one (if any) is off by
    ``factor``; ``rate`` is the true rate (converted per original)."""

    text: str
    language: str
    rate: Decimal
    conversions: tuple[LocalizedConversion, ...]
    perturbed: int | None
    factor: Decimal


def _rounded(value: Decimal, code: str) -> Decimal:
    from babel.numbers import get_currency_precision

    step = Decimal(1).scaleb(-get_currency_precision(code))
    return value.quantize(step, rounding=ROUND_HALF_EVEN)


def _connectors(language: str) -> Sequence[str]:
    from figcheck.reading.language_tables import CONVERSION_WORDS

    words = [word for word in CONVERSION_WORDS.get(language, ()) if word.isalpha()]
    bracket = "（{b}）" if language in ("zh", "ja") else " ({b})"
    return [bracket, *[f", {word} {{b}}" for word in words[:2]]]


@st.composite
def localized_document(
    draw: st.DrawFn,
    language: str,
    amounts: st.SearchStrategy[Decimal],
    factors: st.SearchStrategy[Decimal],
    *,
    perturbed: bool = False,
    min_size: int = 3,
    max_size: int = 5,
) -> LocalizedDocument:
    """A document of ``min_size`` to ``max_size`` conversions at one rate in ``language``
    (one of ``LANGUAGES``), amounts written by babel in that locale.

    Honest: every converted amount is the exact conversion rounded to its currency's decimals
    (an original is scaled up by tens until its conversion is at least 100 units, so that the
    rounding stays far below every tolerance), so no FC101/FC103/FC104 may be raised.
    ``perturbed``: one conversion (not the first) is off by ``perturbation_factors()``, and
    exactly that figure must be flagged.
    """
    from babel.numbers import format_currency

    if language not in SENTENCES:
        raise ValueError(f"no sentences for {language!r}; languages: {', '.join(LANGUAGES)}")
    original_code, converted_code = draw(st.sampled_from(PAIRS))
    rate = draw(plausible_rates(original_code, converted_code))
    size = draw(st.integers(min_size, max_size))
    wrong = draw(st.integers(1, size - 1)) if perturbed else None
    factor = draw(factors) if perturbed else Decimal(1)
    written: list[LocalizedConversion] = []
    sentences: list[str] = []
    for index in range(size):
        original = _rounded(draw(amounts), original_code)
        applied = rate * (factor if index == wrong else 1)
        while original * applied < 100:  # at least 100 units: rounding to cents keeps it exact
            original *= 10
        converted = _rounded(original * applied, converted_code)
        if converted == 0:
            converted = Decimal(1).scaleb(-2)
        connector = draw(st.sampled_from(_connectors(language)))
        a = format_currency(original, original_code, locale=language)
        b = format_currency(converted, converted_code, locale=language)
        amounts_text = a + connector.format(b=b)
        sentence = draw(st.sampled_from(SENTENCES[language]))
        item = draw(st.sampled_from(ITEMS[language]))
        sentences.append(sentence.format(amounts=amounts_text, item=item))
        written.append(
            LocalizedConversion(original, original_code, converted, converted_code, connector)
        )
    separator = "" if language in ("zh", "ja") else " "
    return LocalizedDocument(
        separator.join(sentences), language, rate, tuple(written), wrong, factor
    )


#: Days on which ``plausible_rates`` looks up a pair's reference rate: one every few years
#: from the euro's start, so that the rates drawn span the pair's real history.
PLAUSIBLE_DAYS = tuple(dt.date(year, 6, 3) for year in range(1999, 2025, 3))


def plausible_rates(base: str, quote: str) -> st.SearchStrategy[Decimal]:
    """Rates of ``quote`` per ``base`` that the pair really had: a reference rate of one of
    ``PLAUSIBLE_DAYS`` (figcheck's default sources), moved by up to ±10%, to five significant
    digits; any rate from 0.0001 to 10,000 when the sources have none for the pair.

    figcheck reports an undated conversion whose rate a power of ten puts inside the pair's
    whole history as a slip (FC103), so honest documents of a real pair are drawn at rates
    the pair had; the strategies use this whenever no ``rate`` is given.
    """
    known = _reference_rates(base, quote)
    if not known:
        return _any_rates()
    moves = st.integers(-100, 100).map(lambda permille: 1 + Decimal(permille) / 1000)
    return st.tuples(st.sampled_from(known), moves).map(
        lambda drawn: _five_digits(drawn[0] * drawn[1])
    )


@functools.cache
def _reference_rates(base: str, quote: str) -> tuple[Decimal, ...]:
    from figcheck.rules.config import Config

    source = Config().rate_source()
    found = (source.rate(base, quote, day) for day in PLAUSIBLE_DAYS)
    return tuple(quote_.value for quote_ in found if quote_ is not None)


def _any_rates() -> st.SearchStrategy[Decimal]:
    return st.decimals(Decimal("0.0001"), Decimal(10000), places=4).filter(bool)


def _five_digits(value: Decimal) -> Decimal:
    quantum = Decimal(1).scaleb(value.adjusted() - 4)
    return value.quantize(quantum).normalize()
