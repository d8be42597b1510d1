"""Expected figures written as the document writes them, at a precision a reader would print.

A finding's expected figure stands where a stated one stands ("$89.38m" → "$89.4m"), and its
suggested fix replaces it, so it takes that figure's notation: its decimal and group signs, its
magnitude word, and for Chinese, Japanese and Korean its 10⁴ units ("16조5300억", "866亿").

Precision: three significant digits, or as many as both figures of the conversion state when
they state more (never more than five: no rate is known better than that). A magnitude word
changes only to one the document itself uses, when the figure would otherwise read "0.144
billion" or "1,406 million"; a figure written in two East Asian units keeps two digits of the
lower unit ("16조5300억"), as the press writes them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from figcheck.model import Figure, Money

MIN_DIGITS = 3
MAX_DIGITS = 5
#: The digits of a figure, whatever its notation ("1,606", "4.980", "4 980", "26").
NUMBER = re.compile(r"\d+(?:[,.'’\u00a0\u202f ]\d+)*")
#: The 10⁴ units of each East Asian script, largest first.
KOREAN = ((Decimal(10) ** 12, "조"), (Decimal(10) ** 8, "억"), (Decimal(10) ** 4, "만"))
SIMPLIFIED = ((Decimal(10) ** 12, "万亿"), (Decimal(10) ** 8, "亿"), (Decimal(10) ** 4, "万"))
JAPANESE = ((Decimal(10) ** 12, "兆"), (Decimal(10) ** 8, "億"), (Decimal(10) ** 4, "万"))
TRADITIONAL = ((Decimal(10) ** 12, "兆"), (Decimal(10) ** 8, "億"), (Decimal(10) ** 4, "萬"))
CJK_UNIT_SIGNS = frozenset("만억조万萬亿億兆")
#: A 10⁴ unit with digits after it: a figure written in two units ("26조5000억", "2兆3500億").
COMPOUND = re.compile(r"[만억조万萬亿億兆] ?\d")

Units = tuple[tuple[Decimal, str], ...]


@dataclass(frozen=True, slots=True)
class Written:
    """An expected figure as written: its ``text`` (the whole mention, currency included),
    the ``value`` that text states and the ``granularity`` it was rounded to."""

    text: str
    value: Decimal
    granularity: Decimal


def significant_digits(figure: Figure) -> int:
    """How many digits a figure states: "89.38" → 4, "4,980" → 3, "300,000" → 1."""
    if not figure.value:
        return 1
    return max(figure.value.adjusted() - figure.granularity.adjusted() + 1, 1)


def digits_for(original: Figure, converted: Figure) -> int:
    """Digits to print an expected converted figure with: three, or what both figures state."""
    stated = min(significant_digits(original), significant_digits(converted))
    return min(max(MIN_DIGITS, stated), MAX_DIGITS)


def magnitude_words(figures: Iterable[Figure]) -> dict[Decimal, tuple[str, ...]]:
    """The magnitude words figures are written with, as written after the number (" million",
    "bn", " Mio."), by multiplier: the words a document uses."""
    found: dict[Decimal, list[str]] = {}
    for figure in figures:
        suffix = _suffix(figure)
        if figure.scale > 1 and suffix and not CJK_UNIT_SIGNS & set(suffix):
            words = found.setdefault(figure.scale, [])
            if suffix not in words:
                words.append(suffix)
    return {scale: tuple(words) for scale, words in found.items()}


def written_like(
    value: Decimal,
    money: Money,
    digits: int = MIN_DIGITS,
    words: Mapping[Decimal, tuple[str, ...]] | None = None,
) -> Written:
    """``value`` written as ``money`` is written, to ``digits`` significant digits, with a
    magnitude word of ``words`` when the mention's own would read badly; a range ("$2-3
    million") gives one amount followed by its ISO code."""
    figure = money.figure
    units = _cjk_units(money.text) if CJK_UNIT_SIGNS & set(figure.text) else None
    if units is not None:
        number, rounded, step = _cjk(value, figure, units, digits)
    else:
        rest = money.text[money.text.find(figure.text) + len(figure.text) :]
        linked = LINK_AFTER.match(rest) is not None  # "millions d'euros" keeps its word
        number, rounded, step = _western(value, figure, digits, words or {}, linked=linked)
    if figure.upper is not None:
        return Written(f"{number} {money.currency or money.unit_text}".strip(), rounded, step)
    if figure.text in money.text:
        return Written(money.text.replace(figure.text, number, 1), rounded, step)
    return Written(NUMBER.sub(number, money.text, count=1), rounded, step)


#: A link word between a magnitude and its currency ("millions d'euros", "milioni di euro").
LINK_AFTER = re.compile(r"\s*(?:d['’]|de\s|di\s|of\s)", re.IGNORECASE)


def _suffix(figure: Figure) -> str:
    """What follows the digits in a figure's text: its magnitude word (" million", "bn")."""
    runs = list(NUMBER.finditer(figure.text))
    return figure.text[runs[-1].end() :] if runs else ""


def _western(
    value: Decimal,
    figure: Figure,
    digits: int,
    words: Mapping[Decimal, tuple[str, ...]],
    *,
    linked: bool = False,
) -> tuple[str, Decimal, Decimal]:
    """Digits, decimal and group signs and magnitude word as in ``figure`` (kept whatever the
    value when a link word ties it to the currency after it)."""
    scale, suffix = _scale(value, figure, words, keep=linked)
    rounded, step = round_significant(value / scale, digits)
    signs = _signs(figure)
    return _digits(rounded, step, *signs) + suffix, rounded * scale, step * scale


def _scale(
    value: Decimal, figure: Figure, words: Mapping[Decimal, tuple[str, ...]], *, keep: bool
) -> tuple[Decimal, str]:
    """The figure's own magnitude, or one the document uses that keeps 1–999 before it; none
    when the value is under a thousandth of its own magnitude and the document has no word
    that fits ("$29.6", not "$0.0000296 million")."""
    own = (figure.scale, _suffix(figure))
    if figure.scale == 1 or Decimal(1) <= abs(value) / figure.scale < 1000:
        return own
    fitting = [s for s in words if s > 1 and Decimal(1) <= abs(value) / s < 1000]
    if not fitting:
        return (Decimal(1), "") if abs(value) * 1000 < figure.scale and not keep else own
    scale = max(fitting)
    return scale, _same_form(own[1], words[scale])


def _same_form(own: str, choices: tuple[str, ...]) -> str:
    """Of a document's words for one magnitude, the one written like ``own`` (a spelled-out
    word or an abbreviation, spaced or attached), else the first."""

    def form(word: str) -> tuple[bool, bool]:
        return word[:1].isspace(), len(word.strip().rstrip(".")) > 3

    return next((word for word in choices if form(word) == form(own)), choices[0])


def _signs(figure: Figure) -> tuple[str, str, bool]:
    """(decimal sign, group sign, whether to group a four-digit integer): the figure's own
    group sign when it shows one, and four digits grouped ("$1,660") unless the figure shows
    four or more digits without one ("5000円")."""
    run = NUMBER.search(figure.text)
    number = run.group() if run else ""
    integer = number.split(figure.decimal)[0] if figure.decimal in number else number
    used = next((c for c in integer if not c.isdigit()), None)
    return figure.decimal, used or figure.group, used is not None or len(integer) < 4


def round_significant(value: Decimal, digits: int) -> tuple[Decimal, Decimal]:
    """``value`` rounded half up to ``digits`` significant digits, and the step it was
    rounded to: (89.38, 3) → (89.4, 0.1)."""
    if not value:
        return Decimal(0), Decimal(1)
    step = Decimal(1).scaleb(value.adjusted() - digits + 1)
    return round_to(value, step), step


def round_to(value: Decimal, step: Decimal) -> Decimal:
    """``value`` rounded half up to a multiple of ``step`` (a power of ten)."""
    return (value / step).quantize(Decimal(1), rounding=ROUND_HALF_UP) * step


def _digits(value: Decimal, step: Decimal, decimal: str, group: str, grouped: bool) -> str:
    """ "89.4", "1.234,5", "12 500": trailing fractional zeros dropped ("5.0" → "5")."""
    places = max(-step.adjusted(), 0)
    text = f"{value:.{places}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    integer, _, fraction = text.partition(".")
    sign = "-" if integer.startswith("-") else ""
    integer = integer.lstrip("-")
    if grouped or len(integer) > 4:
        integer = f"{int(integer):,}".replace(",", group)
    return sign + integer + (decimal + fraction if fraction else "")


def _cjk_units(text: str) -> Units:
    """The 10⁴ units of the script a mention is written in."""
    if CJK_UNIT_SIGNS & set(text) & set("만억조"):
        return KOREAN
    if "亿" in text or "万亿" in text:
        return SIMPLIFIED
    if "萬" in text:
        return TRADITIONAL
    if "億" in text or "兆" in text or any("\u3040" <= c <= "\u30ff" or c == "円" for c in text):
        return JAPANESE
    return SIMPLIFIED


def _cjk(value: Decimal, figure: Figure, units: Units, digits: int) -> tuple[str, Decimal, Decimal]:
    """ "16조5300억" (two units, as the figure was written) or "866亿" (one unit)."""
    top = next(((size, sign) for size, sign in units if abs(value) >= size), None)
    if top is None:
        rounded, step = round_significant(value, digits)
        return _digits(rounded, step, ".", ",", False), rounded, step
    rounded, step = round_significant(value, digits)
    if not COMPOUND.search(figure.text):
        size, sign = top
        rounded, step = round_significant(value / size, digits)
        return _digits(rounded, step, ".", ",", False) + sign, rounded * size, step * size
    step = min(step, top[0] / 100)
    rounded = round_to(value, step)
    spaced = " " if re.search(r"[만억조万萬亿億兆] \d", figure.text) else ""
    return _compose(rounded, units, spaced), rounded, step


def _compose(value: Decimal, units: Units, separator: str) -> str:
    """An integer in 10⁴ units: 16_530_000_000_000 → "16조5300억"."""
    parts, rest = [], int(abs(value))
    for size, sign in units:
        count, rest = divmod(rest, int(size))
        if count:
            parts.append(f"{count}{sign}")
    if rest:
        parts.append(str(rest))
    return ("-" if value < 0 else "") + (separator.join(parts) or "0")
