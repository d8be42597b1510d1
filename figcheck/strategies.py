"""Hypothesis strategies for property-testing texts that state currency conversions.

Install the ``hypothesis`` extra (``pip install 'figcheck[hypothesis]'``) to use them;
``import figcheck`` never imports this module, so the library itself does not need hypothesis.

The strategies write English prose whose arithmetic is known, so a property can assert what
figcheck must make of it. What each one promises is exactly what figcheck's documented reading
can rely on:

honest
    The converted figure is the exact conversion ``original × rate`` rounded to two or more
    significant digits (one digit, "€60" for €64.80, is flagged at face value against the
    reference: see docs/intervals.md), and it is written so that, read by the documented
    granularity policy (an integer's trailing zeros are rounding, a decimal's last digit is
    significant), it stands
    for an interval that holds the exact value. Magnitude words ("m", "bn", "million", "lakh")
    and hedges ("about", "more than") only ever widen that interval. The original amount is
    written exactly (optionally hedged, which again only widens it).
precise
    Honest, and narrow as well: the converted figure's granularity is at most 1% of its value
    (three or more significant digits, trailing zeros written out as decimals when needed), its
    hedge, if any, is an approximate one ("about", "roughly" …) and the original is unhedged.
    A precise conversion's implied rate is within about ±2% of the true one.
perturbed
    Written like a precise conversion, but of ``original × rate × factor``, where the factor
    is at least 5% away from 1 and from every other power of ten, unless it is itself a power
    of ten (a magnitude slip); in a document it may instead be converted the wrong way round
    (a factor of 1 / rate², used only when that is as clear of the powers of ten). Set against
    precise conversions at the true rate, it can never be mistaken for one of them, whatever
    the rounding.

Every currency surface is one that figcheck's English lexicon resolves in context. A surface
shared by several currencies ("$", "¥", "rubles") is written only when the text names no other
currency it could mean; and, as ``find_money`` documents that a currency written elsewhere
with a qualified form of the same sign ("US$" for "$") is ruled out for the bare sign, a text
never writes one currency both ways. The en-dash and spaced-hyphen phrasings always carry a
hedge ("€50m – about $54m –"): an unhedged "€50m – 54 million dollars" is documented to read
as a range.
"""

from __future__ import annotations

import decimal
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Literal, NamedTuple, TypeVar

try:
    from hypothesis import strategies as st
except ImportError as error:  # pragma: no cover - depends on the environment
    raise ImportError(
        "figcheck.strategies needs hypothesis: pip install 'figcheck[hypothesis]'"
    ) from error

from figcheck._strategy_languages import (
    PLAUSIBLE_DAYS,
    LocalizedConversion,
    LocalizedDocument,
    localized_document,
    plausible_rates,
)

T = TypeVar("T")

#: How a money amount is written: "$4,980", "USD 4,980", "4,980 USD", "4,980 dollars".
Style = Literal["symbol", "code", "code_after", "name"]
STYLES: tuple[Style, ...] = ("symbol", "code", "code_after", "name")
#: How the digits are grouped: "1,234,567" (True), "12,34,567" ("indian") or "1234567" (False).
Grouping = bool | Literal["indian"]

# Exact arithmetic for products of short decimals, and ample precision for quotients.
_EXACT = decimal.Context(prec=400, traps=[decimal.Inexact, decimal.InvalidOperation])
_WIDE = decimal.Context(prec=60)


@dataclass(frozen=True, slots=True)
class Surface:
    """A way of writing a currency, and the other currencies a reader could take it for.

    ``bare`` marks a surface that names several currencies ("$", "£", "rubles"), read in
    context; ``rivals`` lists those among ``CURRENCIES`` ("$" is also the Canadian dollar). A
    bare surface is only written in a text that names none of its rivals. ``qualifies`` is the
    bare sign a qualified symbol spells out ("US$" → "$"); the two are never written for one
    currency in one text.
    """

    text: str
    bare: bool = False
    rivals: frozenset[str] = frozenset()
    qualifies: str = ""


@dataclass(frozen=True, slots=True)
class CurrencyForms:
    """The surfaces English prose uses for one currency.

    ``symbols`` go before the number ("$", "US$", "Rs"), ``names`` after it ("dollars",
    "US dollars"); the ISO code can go either side unless ``code_alone`` is False (a code that
    is also an English word, such as "TRY", is not read as a currency on its own). ``indian``
    allows lakh and crore.
    """

    code: str
    symbols: tuple[Surface, ...] = ()
    names: tuple[Surface, ...] = ()
    indian: bool = False
    code_alone: bool = True

    def symbols_for(self, others: frozenset[str] = frozenset(), *, bare: bool = False) -> list[str]:
        """The symbols usable in a text that also names ``others``: with ``bare`` the bare
        signs ("$") and the unqualified others, without it every symbol but the bare signs."""
        return [
            s.text
            for s in self.symbols
            if not s.rivals & others and not (s.qualifies if bare else s.bare)
        ]

    def names_for(self, others: frozenset[str] = frozenset()) -> list[str]:
        """The names usable in a text that also names ``others``."""
        return [n.text for n in self.names if not n.rivals & others]

    def styles(
        self, others: frozenset[str] = frozenset(), *, bare: bool = False
    ) -> tuple[Style, ...]:
        """The styles this currency can be written in (see ``symbols_for``)."""
        available: list[Style] = []
        if self.symbols_for(others, bare=bare):
            available.append("symbol")
        if self.code_alone:
            available.extend(("code", "code_after"))
        if self.names_for(others):
            available.append("name")
        return tuple(available)

    @property
    def has_bare(self) -> bool:
        """True when some surface of this currency is shared with other currencies."""
        return any(s.bare for s in self.symbols + self.names)


_DOLLARS = frozenset({"USD", "CAD", "AUD", "HKD"})


def _bare(text: str, *rivals: str) -> Surface:
    return Surface(text, True, frozenset(rivals))


def _qualified(sign: str, *texts: str) -> list[str | Surface]:
    return [Surface(text, qualifies=sign) for text in texts]


def _forms(
    code: str,
    symbols: Sequence[str | Surface] = (),
    names: Sequence[str | Surface] = (),
    *,
    indian: bool = False,
    code_alone: bool = True,
) -> CurrencyForms:
    def surface(item: str | Surface) -> Surface:
        return item if isinstance(item, Surface) else Surface(item)

    return CurrencyForms(
        code,
        tuple(map(surface, symbols)),
        tuple(map(surface, names)),
        indian=indian,
        code_alone=code_alone,
    )


#: The currencies the strategies write, with every surface they may use for each.
CURRENCIES: Mapping[str, CurrencyForms] = {
    forms.code: forms
    for forms in (
        _forms(
            "USD",
            [_bare("$", *sorted((_DOLLARS | {"MXN"}) - {"USD"})), Surface("US$", qualifies="$")],
            [_bare("dollars", *sorted(_DOLLARS - {"USD"})), "US dollars"],
        ),
        _forms("EUR", ["€"], ["euros"]),
        _forms("GBP", [_bare("£")], [_bare("pounds"), "pounds sterling", "British pounds"]),
        _forms("JPY", [_bare("¥", "CNY")], ["yen", "Japanese yen"]),
        _forms("CHF", ["Fr.", "SFr."], ["Swiss francs"]),
        _forms("CNY", ["RMB", Surface("CN¥", qualifies="¥")], ["yuan", "renminbi", "Chinese yuan"]),
        _forms(
            "INR",
            ["₹", _bare("Rs"), _bare("Rs.")],
            [_bare("rupees"), "Indian rupees"],
            indian=True,
        ),
        _forms("RUB", ["₽"], [_bare("rubles"), _bare("roubles"), "Russian rubles"]),
        _forms("CAD", _qualified("$", "C$", "CA$"), ["Canadian dollars"]),
        _forms("AUD", _qualified("$", "A$", "AU$"), ["Australian dollars"]),
        _forms("HKD", _qualified("$", "HK$"), ["Hong Kong dollars"]),
        _forms("KRW", ["₩"], [_bare("won"), "South Korean won"]),
        _forms("SEK", [], ["Swedish kronor", "kronor"]),
        _forms("BRL", _qualified("$", "R$"), ["reais"]),
        _forms("MXN", [], ["Mexican pesos"]),
        _forms("PLN", ["zł"], ["zlotys", "Polish zlotys"]),
        _forms("TRY", ["₺"], ["Turkish lira"], code_alone=False),
        _forms("ILS", ["₪"], ["shekels"]),
        _forms("ZAR", [], ["rand", "South African rand"]),
    )
}

#: How each power of ten may be written after a number ("5m", "5 bn", "5 million").
MAGNITUDE_WORDS: Mapping[int, tuple[str, ...]] = {
    3: ("k", " thousand"),
    6: ("m", "mn", " mn", " million"),
    9: ("bn", " bn", "b", " billion"),
    12: ("tn", "trn", " trillion"),
}
#: The Indian magnitudes, written only for currencies that allow them.
INDIAN_MAGNITUDE_WORDS: Mapping[int, tuple[str, ...]] = {5: (" lakh",), 7: (" crore",)}

#: Hedges that let a figure move either way: honest and precise conversions may use them.
APPROXIMATE_HEDGES: tuple[str, ...] = (
    "about",
    "around",
    "approximately",
    "approx.",
    "roughly",
    "some",
    "circa",
    "c.",
    "ca.",
    "~",
    "an estimated",
    "estimated",
)
#: One-sided hedges ("nearly", "more than"): honest conversions may use them too.
ONE_SIDED_HEDGES: tuple[str, ...] = (
    "close to",
    "nearly",
    "almost",
    "just under",
    "just below",
    "just over",
    "just above",
    "less than",
    "under",
    "below",
    "up to",
    "at most",
    "more than",
    "over",
    "above",
    "at least",
    "upwards of",
    "in excess of",
)

#: The phrasings that tie an original A to its restatement B, as (between, after) B.
PHRASINGS: Mapping[str, tuple[str, str]] = {
    "parentheses": (" (", ")"),
    "brackets": (" [", "]"),
    "parentheses, current rates": (" (", " at current exchange rates)"),
    "parentheses, today's rates": (" (", ", at today's rates)"),
    "parentheses, at the day's rate": (" (", " at the day's rate)"),
    "parentheses, approximately": (" (", " approximately)"),
    "parentheses, equivalent to": (" (equivalent to ", ")"),
    "or": (", or ", ","),
    "or, no comma": (" or ", ""),
    "or the equivalent of": (", or the equivalent of ", ","),
    "equivalent to": (", equivalent to ", ","),
    "which is equivalent to": (", which is equivalent to ", ","),
    "the equivalent of": (", the equivalent of ", ","),
    "equal to": (", equal to ", ","),
    "dash": (" — ", " —"),
    "en dash": (" – ", " –"),
    "double hyphen": (" -- ", " --"),
    "spaced hyphen": (" - ", " -"),
    "worth": (", worth ", ","),
    "valued at": (", valued at ", ","),
    "which is": (", which is ", ","),
    "that is": (", that is ", ","),
    "i.e.": (", i.e. ", ","),
    "converted to": (", converted to ", ","),
    "which converts into": (", which converts into ", ","),
}

#: Phrasings whose converted amount always carries a hedge: without one, "€50m – 54 million
#: dollars" is documented to read as a euro range (docs/extraction.md, known limitations).
HEDGED_PHRASINGS = frozenset({"en dash", "spaced hyphen"})

_INTROS = (
    "The fund pays ",
    "Officials said the ministry spent ",
    "The company paid ",
    "According to the filing, the group raised ",
    "Last year the city set aside ",
)
_OBJECTS = (
    " for a plane",
    " for a helicopter",
    " for a tank",
    " for the new bridge",
    " for a school",
    " for the stadium",
    " on salaries",
    " in the first year",
    " for its staff",
)
_JOINS = (", ", "; ", " and ", ". It also spent ", ". Separately, it paid ")


# --------------------------------------------------------------------------------------------
# Numbers


def round_significant(value: Decimal, digits: int) -> Decimal:
    """``value`` rounded half-even to ``digits`` significant digits (an honest rounding).

    The result keeps its exponent (``Decimal("4.98E+3")``), so it is written with exactly the
    digits that were kept.
    """
    if digits < 1:
        raise ValueError("digits must be at least 1")
    if value == 0:
        return value
    quantum = Decimal(1).scaleb(value.adjusted() - digits + 1)
    return value.quantize(quantum, rounding=decimal.ROUND_HALF_EVEN, context=_WIDE)


def format_number(value: Decimal, power: int = 0, *, grouping: Grouping = True) -> str:
    """The digits of ``value / 10**power`` as English writes them: "4,980", "5.45", "1,200.50".

    Every digit of the Decimal is written, trailing zeros included, so the written figure has
    the granularity the Decimal's exponent says (see ``written_granularity``); only a plain
    integer (exponent 0) under a magnitude drops the trailing zeros that its full form would
    be read as rounding anyway (``Decimal(5450000)`` at power 6 → "5.45", as "5,450,000" is
    rounded to the ten thousand). ``grouping`` "indian" groups the whole part as 12,34,567.
    """
    mantissa = value.scaleb(-power, context=_EXACT)
    if power and value.as_tuple().exponent == 0 and mantissa != 0:
        mantissa = mantissa.normalize(_WIDE)
    if grouping != "indian":
        return f"{mantissa:,f}" if grouping else f"{mantissa:f}"
    whole, dot, fraction = f"{mantissa:f}".partition(".")
    head, tail = whole[:-3], whole[-3:]
    pairs = [head[max(0, end - 2) : end] for end in range(len(head), 0, -2)][::-1]
    return ",".join([*pairs, tail]) + dot + fraction


def written_granularity(number: str, power: int = 0) -> Decimal:
    """The size of a written number's last significant digit, by figcheck's documented policy.

    An integer's trailing zeros are rounding ("4,980" → 10, "5,000" → 1,000); a decimal's last
    digit is significant ("5.40" → 0.01); a magnitude of ``10**power`` scales the result.
    """
    digits = number.replace(",", "")
    if "." in digits:
        unit = Decimal(1).scaleb(-len(digits.split(".")[1]))
    else:
        stripped = digits.rstrip("0")
        unit = Decimal(1).scaleb(len(digits) - len(stripped) if stripped else 0)
    return unit.scaleb(power)


def _places(value: Decimal) -> int:
    """How many decimal places ``value`` is written with (0 for an integer)."""
    exponent = value.as_tuple().exponent
    assert isinstance(exponent, int), "only finite amounts are written"
    return max(0, -exponent)


def _magnitudes(currency: str) -> dict[int, tuple[str, ...]]:
    table = dict(MAGNITUDE_WORDS)
    if CURRENCIES[currency].indian:
        table.update(INDIAN_MAGNITUDE_WORDS)
    return table


# --------------------------------------------------------------------------------------------
# Amounts, rates, pairs


def amounts(
    min_value: Decimal = Decimal("0.01"),
    max_value: Decimal = Decimal("1e12"),
    *,
    max_digits: int = 7,
    max_places: int = 2,
) -> st.SearchStrategy[Decimal]:
    """Positive money amounts as prose states them: "300,000", "12.50", "1,234,567.89".

    One to ``max_digits`` significant digits and at most ``max_places`` decimal places, spread
    over every order of magnitude between the bounds (round figures such as 300,000 are as
    likely as ragged ones). Guards that properties see both kinds of amount writers use.
    """
    value = _spread(min_value, max_value, max_digits, -max_places)
    return value.map(lambda v: v.quantize(Decimal(1)) if _places(v) == 0 else v)


def rates(
    min_value: Decimal = Decimal("0.0001"),
    max_value: Decimal = Decimal("10000"),
    *,
    max_digits: int = 6,
) -> st.SearchStrategy[Decimal]:
    """Positive exchange rates (units of one currency per unit of another): 60.24, 0.0166, 1.0876.

    Log-uniform-ish over the bounds, one to ``max_digits`` significant digits. Guards that a
    property holds whatever the size of the rate, not only near 1.
    """
    return _spread(min_value, max_value, max_digits, None)


def _rates_for(
    rate: Decimal | st.SearchStrategy[Decimal] | None,
) -> Callable[[tuple[str, str]], st.SearchStrategy[Decimal]]:
    """The rate strategy for a drawn pair: the one given, else the pair's plausible rates."""
    if rate is None:
        return lambda pair: plausible_rates(*pair)
    given = _value(rate, rates())
    return lambda pair: given


def _spread(
    low: Decimal, high: Decimal, max_digits: int, min_exponent: int | None
) -> st.SearchStrategy[Decimal]:
    """Decimals of 1 to ``max_digits`` significant digits whose exponent is uniform over the
    orders of magnitude from ``low`` to ``high``; a draw past a bound is that bound."""
    if not 0 < low <= high or max_digits < 1:
        raise ValueError("need 0 < min_value <= max_value and max_digits >= 1")

    @st.composite
    def draw_decimal(draw: st.DrawFn) -> Decimal:
        digits = draw(st.integers(1, max_digits))
        mantissa = draw(st.integers(10 ** (digits - 1), 10**digits - 1))
        first = low.adjusted() - digits + 1
        if min_exponent is not None:
            first = max(first, min_exponent)
        last = max(first, high.adjusted() - digits + 1)
        value = Decimal(mantissa).scaleb(draw(st.integers(first, last)))
        return min(max(value, low), high)

    return draw_decimal()


def currency_pairs(currencies: Sequence[str] | None = None) -> st.SearchStrategy[tuple[str, str]]:
    """Two different ISO codes from ``currencies`` (default: every code in ``CURRENCIES``).

    The first is the currency of the original amount, the second that of its restatement.
    """
    codes = sorted(currencies if currencies is not None else CURRENCIES)
    unknown = [code for code in codes if code not in CURRENCIES]
    if unknown:
        raise ValueError(f"no surfaces for {', '.join(unknown)}; known: {', '.join(CURRENCIES)}")
    if len(set(codes)) < 2:
        raise ValueError("a pair needs two different currencies")
    return st.sampled_from(codes).flatmap(
        lambda first: st.sampled_from([c for c in codes if c != first]).map(
            lambda second: (first, second)
        )
    )


#: How far from every power of ten a wrong factor stays by default (5%).
PERTURBATION_MINIMUM = Decimal("1.05")


def _clear_of_powers(factor: Decimal, minimum: Decimal) -> bool:
    """True when ``factor`` is at least ``minimum`` (as a ratio) away from every power of ten."""
    mantissa = factor.scaleb(-factor.adjusted())
    return minimum <= mantissa <= 10 / minimum


def perturbation_factors(
    minimum: Decimal = PERTURBATION_MINIMUM, max_power: int = 3
) -> st.SearchStrategy[Decimal]:
    """Factors a wrong conversion is off by: a power of ten, or clearly not one.

    Either exactly ``10**k`` (0 < |k| ≤ ``max_power``), or a factor whose distance from every
    power of ten, 1 included, is at least ``minimum`` (so 1.05 excludes 0.96–1.04, 9.6–10.4 …).
    Guards the line between a magnitude slip (FC103) and any other disagreement.
    """
    if not Decimal(1) < minimum < Decimal(10).sqrt():
        raise ValueError("minimum must be between 1 and √10")
    exponents = [k for k in range(-max_power, max_power + 1) if k]
    powers = st.sampled_from(exponents).map(lambda k: Decimal(10) ** k)

    @st.composite
    def other(draw: st.DrawFn) -> Decimal:
        low = int((minimum * 1000).to_integral_value(rounding=decimal.ROUND_CEILING))
        high = int((10 / minimum * 1000).to_integral_value(rounding=decimal.ROUND_FLOOR))
        mantissa = Decimal(draw(st.integers(low, high))).scaleb(-3)
        return mantissa.scaleb(draw(st.integers(-max_power, max_power - 1))).normalize()

    return st.one_of(powers, other())


# --------------------------------------------------------------------------------------------
# Written amounts


class WrittenAmount(NamedTuple):
    """A money amount as written, with what it says: ``value`` in ``currency``.

    ``granularity`` is the size of the last significant digit as figcheck's documented policy
    reads the text (magnitude included); ``hedge`` is written before ``text`` and not part of it.
    """

    text: str
    value: Decimal
    currency: str
    granularity: Decimal
    hedge: str | None = None


def formatted_amount(
    value: Decimal,
    currency: str,
    style: Style = "symbol",
    *,
    power: int = 0,
    surface: str | None = None,
    magnitude: str | None = None,
    grouping: Grouping = True,
    space: str = " ",
) -> str:
    """``value`` in ``currency`` written in English: "$4,980", "4,980 dollars", "USD 4,980",
    "€1.2bn", "5 million euros".

    ``style`` is where the currency goes: "symbol" (a sign before: "$", "US$", "Rs"), "code"
    ("USD 4,980"), "code_after" ("4,980 USD") or "name" ("4,980 dollars"); a style the currency
    lacks falls back to the first it has (``CurrencyForms.styles``). ``power`` divides the
    number by ``10**power`` and writes the magnitude (``magnitude`` picks the wording, "m",
    " bn", " million" …; by default the first in ``MAGNITUDE_WORDS``). ``surface`` picks one
    of the currency's symbols or names. Every digit of ``value`` is written, so its exponent
    sets the stated precision; ``grouping`` is as for ``format_number``, and ``space`` is
    written wherever the mention has a space (a no-break space, U+00A0, reads the same).
    """
    forms = CURRENCIES[currency]
    if power:
        words = _magnitudes(currency).get(power)
        if words is None:
            raise ValueError(f"no magnitude word for 10**{power} in {currency}")
        magnitude = magnitude if magnitude is not None else words[0]
        if magnitude not in words:
            raise ValueError(f"{magnitude!r} does not write 10**{power}")
    else:
        magnitude = ""
    number = format_number(value, power, grouping=grouping) + magnitude.replace(" ", space)
    if style not in forms.styles(bare=False) + forms.styles(bare=True):
        style = forms.styles()[0]
    if style == "symbol":
        sign = surface or forms.symbols[0].text
        return f"{sign}{space}{number}" if sign[-1].isalpha() or sign[-1] == "." else sign + number
    if style == "code":
        return f"{currency}{space}{number}"
    if style == "code_after":
        return f"{number}{space}{currency}"
    name = surface or forms.names[0].text
    return f"{number}{space}{name.replace(' ', space)}"


@st.composite
def _money_text(
    draw: st.DrawFn,
    value: Decimal,
    currency: str,
    others: frozenset[str],
    *,
    exact: bool,
    bare: bool,
    styles: Sequence[Style] = STYLES,
    magnitudes: bool = True,
) -> tuple[str, str, int]:
    """(full text, number text, power) for ``value``: an exact original or a rounded figure."""
    forms = CURRENCIES[currency]
    bare = bare and forms.has_bare
    available = forms.styles(others, bare=bare)
    style = draw(st.sampled_from([s for s in styles if s in available] or list(available)))
    surface = None
    if style == "symbol":
        surface = draw(st.sampled_from(forms.symbols_for(others, bare=bare)))
    elif style == "name":
        surface = draw(st.sampled_from(forms.names_for(others)))
    table = _magnitudes(currency)
    powers = [0] if value < Decimal("1e13") else []
    if magnitudes:
        for power in table:
            mantissa = value.scaleb(-power, context=_EXACT)
            readable = not exact or _places(mantissa.normalize(_WIDE)) <= 3
            if 1 <= mantissa < 10_000 and readable:
                powers.append(power)
    if not powers:
        powers.append(max(table))
    power = draw(st.sampled_from(powers))
    magnitude = draw(st.sampled_from(table[power])) if power else None
    if exact and power:
        # An exact amount is written with no more digits than it has: "€50m", not "€50.000000m".
        value = value.scaleb(-power, context=_EXACT).normalize(_WIDE).scaleb(power, context=_EXACT)
    grouping: Grouping = True
    if forms.indian and draw(st.booleans()):
        grouping = "indian"
    text = formatted_amount(
        value,
        currency,
        style,
        power=power,
        surface=surface,
        magnitude=magnitude,
        grouping=grouping,
        space=draw(st.sampled_from([" ", " ", "\u00a0"])),
    )
    return text, format_number(value, power, grouping=grouping), power


def _cents(value: Decimal) -> Decimal:
    """An amount with one decimal place gets its second: 12.5 → 12.50."""
    return value.quantize(Decimal("0.01")) if _places(value) == 1 else value


@st.composite
def _original(
    draw: st.DrawFn,
    value: Decimal,
    currency: str,
    others: frozenset[str],
    *,
    bare: bool,
    hedged: bool,
) -> WrittenAmount:
    """An original amount, written exactly (cents padded: "12.50"), optionally hedged."""
    value = _cents(value)
    text, number, power = draw(_money_text(value, currency, others, exact=True, bare=bare))
    hedge = None
    if hedged and draw(st.integers(0, 3)) == 0:
        hedge = draw(st.sampled_from(APPROXIMATE_HEDGES + ONE_SIDED_HEDGES))
    return WrittenAmount(text, value, currency, written_granularity(number, power), hedge)


@st.composite
def _rounded(
    draw: st.DrawFn,
    exact: Decimal,
    currency: str,
    others: frozenset[str],
    *,
    bare: bool,
    precise: bool,
) -> WrittenAmount:
    """``exact`` honestly rounded and written; narrow (granularity ≤ 1%) when ``precise``."""
    # Two digits at least: figcheck reads a round converted amount at face value (to two
    # significant digits) against the reference, so "€60" for €64.80 is not honest rounding.
    digits = draw(st.integers(3 if precise else 2, 6))
    value = round_significant(exact, digits)
    # Sometimes drop written trailing decimal zeros ("5.40" → "5.4"): coarser, still honest.
    if not precise and value != value.to_integral_value() and draw(st.booleans()):
        value = value.normalize(_WIDE)
    text, number, power = draw(_money_text(value, currency, others, exact=False, bare=bare))
    granularity = written_granularity(number, power)
    if precise and granularity * 100 > value:
        # "5,000" reads as rounded to the thousand: write the kept digits out ("5,000.00").
        places = -2 if power == 0 else min((value / 100).adjusted() - power, -1)
        value = value.quantize(Decimal(1).scaleb(places + power), context=_WIDE)
        text, number = _rewrite(text, number, format_number(value, power))
        granularity = written_granularity(number, power)
    hedges = APPROXIMATE_HEDGES if precise else APPROXIMATE_HEDGES + ONE_SIDED_HEDGES
    hedge = draw(st.none() | st.sampled_from(hedges))
    return WrittenAmount(text, value, currency, granularity, hedge)


def _rewrite(text: str, old: str, new: str) -> tuple[str, str]:
    """``text`` with its number ``old`` written as ``new`` (surface and magnitude kept)."""
    start = text.index(old)
    return text[:start] + new + text[start + len(old) :], new


# --------------------------------------------------------------------------------------------
# Conversions


class ConversionSample(NamedTuple):
    """One conversion in a sentence: the text, the original amount, the converted amount as
    written, and the rate it was made at (units of the converted currency per original unit).
    For a perturbed conversion the rate is the true one, and the converted figure is not."""

    text: str
    original_value: Decimal
    converted_value: Decimal
    rate: Decimal


@dataclass(frozen=True, slots=True)
class WrittenConversion:
    """A conversion placed in a document: both amounts, where they are, and how it was written.

    Spans are ``(start, end)`` offsets of the amounts in the document text, hedges excluded
    (as figcheck's ``Money.span``). ``rate`` is the rate this conversion was made at (converted
    per original unit) and ``factor`` what its converted figure was multiplied by (1 when it
    is honest); ``inverted`` says that factor is 1 / rate², the original divided by the rate
    instead of multiplied.
    """

    original: WrittenAmount
    converted: WrittenAmount
    original_span: tuple[int, int]
    converted_span: tuple[int, int]
    phrasing: str
    rate: Decimal
    factor: Decimal = Decimal(1)
    inverted: bool = False

    @property
    def perturbed(self) -> bool:
        """True when the converted figure was deliberately put off."""
        return self.factor != 1


@dataclass(frozen=True, slots=True)
class ConversionDocument:
    """Several conversions of one currency pair at one rate, in one text.

    ``rate`` is units of ``currencies[1]`` per ``currencies[0]``; a conversion written the
    other way round uses its reciprocal. ``perturbed`` is the index of the one conversion whose
    converted figure is off (``factor``), or None when every conversion is honest.
    """

    text: str
    currencies: tuple[str, str]
    rate: Decimal
    conversions: tuple[WrittenConversion, ...]
    perturbed: int | None = None

    @property
    def factor(self) -> Decimal:
        """What the perturbed conversion is off by (1 when there is none)."""
        return Decimal(1) if self.perturbed is None else self.conversions[self.perturbed].factor


@dataclass(frozen=True, slots=True)
class _Piece:
    text: str
    original: WrittenAmount
    converted: WrittenAmount
    original_at: int
    converted_at: int
    phrasing: str
    rate: Decimal
    factor: Decimal


def _hedge_prefix(hedge: str | None) -> str:
    if hedge is None:
        return ""
    return hedge if hedge == "~" else hedge + " "


@st.composite
def _piece(
    draw: st.DrawFn,
    currencies: tuple[str, str],
    rate: Decimal,
    *,
    precise: bool,
    factor: Decimal,
    originals: st.SearchStrategy[Decimal],
    phrasings: Sequence[str],
    bare: Mapping[str, bool],
) -> _Piece:
    """One "A (B)" with offsets relative to its own start."""
    source, target = currencies
    others_of_source = frozenset({target})
    others_of_target = frozenset({source})
    value = draw(originals)
    exact = _EXACT.multiply(_EXACT.multiply(value, rate), factor)
    if exact < 1:
        # Too small to write as money: scale the original up by a power of ten (still exact).
        shift = -exact.adjusted()
        value, exact = value.scaleb(shift), exact.scaleb(shift)
    original = draw(
        _original(value, source, others_of_source, bare=bare[source], hedged=not precise)
    )
    converted = draw(_rounded(exact, target, others_of_target, bare=bare[target], precise=precise))
    phrasing = draw(st.sampled_from(list(phrasings)))
    if phrasing == "or, no comma" and original.value == converted.value:
        # "A$1 or R$1": one figure in two currencies reads as a choice, not a conversion.
        phrasing = next((p for p in phrasings if p != "or, no comma"), "parentheses")
    if phrasing in HEDGED_PHRASINGS and converted.hedge is None:
        converted = converted._replace(hedge=draw(st.sampled_from(APPROXIMATE_HEDGES)))
    between, after = PHRASINGS[phrasing]
    head = _hedge_prefix(original.hedge)
    middle = between + _hedge_prefix(converted.hedge)
    text = head + original.text + middle + converted.text + after
    original_at = len(head)
    converted_at = original_at + len(original.text) + len(middle)
    return _Piece(text, original, converted, original_at, converted_at, phrasing, rate, factor)


def _bare_modes(pair: tuple[str, str]) -> st.SearchStrategy[dict[str, bool]]:
    """Whether each currency of a text is written with its bare surfaces ("$") or qualified
    ones ("US$", "USD"), decided once per text."""
    return st.fixed_dictionaries({code: st.booleans() for code in pair})


def _value(
    item: T | st.SearchStrategy[T] | None, default: st.SearchStrategy[T]
) -> st.SearchStrategy[T]:
    if item is None:
        return default
    if isinstance(item, st.SearchStrategy):
        return item
    return st.just(item)


@st.composite
def _sample(
    draw: st.DrawFn,
    currencies: st.SearchStrategy[tuple[str, str]],
    rate: Callable[[tuple[str, str]], st.SearchStrategy[Decimal]],
    factors: st.SearchStrategy[Decimal] | None,
    precise: bool,
    originals: st.SearchStrategy[Decimal],
    phrasings: Sequence[str],
) -> ConversionSample:
    pair = draw(currencies)
    value = draw(rate(pair))
    factor = draw(factors) if factors is not None else Decimal(1)
    piece = draw(
        _piece(
            pair,
            value,
            precise=precise,
            factor=factor,
            originals=originals,
            phrasings=phrasings,
            bare=draw(_bare_modes(pair)),
        )
    )
    intro = draw(st.sampled_from(_INTROS))
    ending = draw(st.sampled_from(_OBJECTS))
    text = f"{intro}{piece.text}{ending}."
    return ConversionSample(text, piece.original.value, piece.converted.value, value)


def honest_conversion(
    currencies: tuple[str, str] | st.SearchStrategy[tuple[str, str]] | None = None,
    rate: Decimal | st.SearchStrategy[Decimal] | None = None,
    *,
    precise: bool = False,
    originals: st.SearchStrategy[Decimal] | None = None,
    phrasings: Sequence[str] = tuple(PHRASINGS),
) -> st.SearchStrategy[ConversionSample]:
    """A sentence with one honest conversion: "The fund pays €50m (about $54.3m) for a school."

    ``currencies`` (original, converted) and ``rate`` (converted per original) are drawn when
    not given (the rate by ``plausible_rates`` for the pair drawn). The converted figure is
    ``original × rate`` rounded to two to six significant digits (three to six when
    ``precise``), written in any style, with or without a magnitude word and a hedge, in any of
    ``phrasings`` (see ``PHRASINGS``). Guards that honest rounding, magnitude words and hedges
    are never read as a wrong conversion.
    """
    return _sample(
        _value(currencies, currency_pairs()),
        _rates_for(rate),
        None,
        precise,
        originals if originals is not None else amounts(),
        phrasings,
    )


def perturbed_conversion(
    currencies: tuple[str, str] | st.SearchStrategy[tuple[str, str]] | None = None,
    rate: Decimal | st.SearchStrategy[Decimal] | None = None,
    *,
    factors: st.SearchStrategy[Decimal] | None = None,
    originals: st.SearchStrategy[Decimal] | None = None,
    phrasings: Sequence[str] = tuple(PHRASINGS),
) -> st.SearchStrategy[ConversionSample]:
    """A sentence with one wrong conversion: written like a precise honest one, but of
    ``original × rate × factor``.

    ``factors`` defaults to ``perturbation_factors()``: a power of ten, or at least 5% away
    from every power of ten. The sample's ``rate`` is the true one. Guards that a conversion
    off by more than the documented tolerances (0.5% between conversions, 3% against the
    reference) plus the rounding of a three-digit figure is never passed as right.
    """
    return _sample(
        _value(currencies, currency_pairs()),
        _rates_for(rate),
        factors if factors is not None else perturbation_factors(),
        True,
        originals if originals is not None else amounts(),
        phrasings,
    )


def conversion_document(
    currencies: tuple[str, str] | st.SearchStrategy[tuple[str, str]] | None = None,
    rate: Decimal | st.SearchStrategy[Decimal] | None = None,
    *,
    min_size: int = 1,
    max_size: int = 5,
    perturbed: bool = False,
    factors: st.SearchStrategy[Decimal] | None = None,
    inversions: bool = True,
    precise: bool = False,
    both_directions: bool = True,
    originals: st.SearchStrategy[Decimal] | None = None,
    phrasings: Sequence[str] = tuple(PHRASINGS),
) -> st.SearchStrategy[ConversionDocument]:
    """A text with ``min_size`` to ``max_size`` honest conversions of one pair at one rate
    (``rate``, else one ``plausible_rates`` draws for the pair).

    With ``both_directions`` some conversions go the other way round ("$10m (€9.2m)") at the
    reciprocal rate. With ``perturbed``, one more conversion, at a random place, is off by a
    factor from ``factors`` (default ``perturbation_factors()``) or, with ``inversions``,
    sometimes converted the wrong way round (only when 1 / rate² is itself clear of every
    power of ten, so that the slip can only be read as an inversion); every conversion is then
    written precisely, so that the wrong one cannot be mistaken for an honest one and vice
    versa. Guards document-level consistency: honest conversions agree whatever their
    rounding, and one wrong conversion stands out on its own figure.
    """
    if min_size < 1 or max_size < min_size:
        raise ValueError("need 1 <= min_size <= max_size")
    return _document(
        _value(currencies, currency_pairs()),
        _rates_for(rate),
        min_size,
        max_size,
        (factors if factors is not None else perturbation_factors()) if perturbed else None,
        inversions,
        precise or perturbed,
        both_directions,
        originals if originals is not None else amounts(),
        phrasings,
    )


@st.composite
def _document(
    draw: st.DrawFn,
    currencies: st.SearchStrategy[tuple[str, str]],
    rate_strategy: Callable[[tuple[str, str]], st.SearchStrategy[Decimal]],
    min_size: int,
    max_size: int,
    factors: st.SearchStrategy[Decimal] | None,
    inversions: bool,
    precise: bool,
    both_directions: bool,
    originals: st.SearchStrategy[Decimal],
    phrasings: Sequence[str],
) -> ConversionDocument:
    pair = draw(currencies)
    rate = draw(rate_strategy(pair))
    reciprocal = _WIDE.divide(1, rate)
    count = draw(st.integers(min_size, max_size))
    wrong = draw(st.integers(0, count)) if factors is not None else None
    bare = draw(_bare_modes(pair))
    pieces = []
    for index in range(count + (wrong is not None)):
        backwards = both_directions and draw(st.booleans())
        direction = (pair[1], pair[0]) if backwards else pair
        piece_rate = reciprocal if backwards else rate
        factor, inverted = Decimal(1), False
        if index == wrong:
            assert factors is not None
            factor = draw(factors)
            if inversions and draw(st.booleans()):
                # Applied the wrong way round: original ÷ rate instead of × rate.
                inverse = _WIDE.divide(1, _WIDE.multiply(piece_rate, piece_rate))
                if _clear_of_powers(inverse, PERTURBATION_MINIMUM):
                    factor, inverted = inverse, True
        piece = draw(
            _piece(
                direction,
                piece_rate,
                precise=precise,
                factor=factor,
                originals=originals,
                phrasings=phrasings,
                bare=bare,
            )
        )
        pieces.append((piece, inverted))
    text, conversions = _assemble(draw, pieces)
    return ConversionDocument(text, pair, rate, tuple(conversions), wrong)


def _assemble(
    draw: st.DrawFn, pieces: list[tuple[_Piece, bool]]
) -> tuple[str, list[WrittenConversion]]:
    parts = [draw(st.sampled_from(_INTROS))]
    offset = len(parts[0])
    conversions = []
    for index, (piece, inverted) in enumerate(pieces):
        if index:
            join = draw(st.sampled_from(_JOINS))
            parts.append(join)
            offset += len(join)
        conversions.append(
            WrittenConversion(
                piece.original,
                piece.converted,
                _span(offset + piece.original_at, piece.original.text),
                _span(offset + piece.converted_at, piece.converted.text),
                piece.phrasing,
                piece.rate,
                piece.factor,
                inverted,
            )
        )
        filler = draw(st.sampled_from(_OBJECTS))
        parts.extend((piece.text, filler))
        offset += len(piece.text) + len(filler)
    parts.append(".")
    return "".join(parts), conversions


def _span(start: int, text: str) -> tuple[int, int]:
    return start, start + len(text)


# --------------------------------------------------------------------------------------------
# Single mentions and noise


def written_amounts(
    currencies: Sequence[str] | None = None,
    values: st.SearchStrategy[Decimal] | None = None,
    *,
    styles: Sequence[Style] = STYLES,
    magnitudes: bool = False,
) -> st.SearchStrategy[WrittenAmount]:
    """One amount written exactly in one currency: "$1,234,567.89", "EUR 12.50", "300 yen".

    Amounts with cents keep both decimals; digits are grouped with commas (rupees sometimes
    the Indian way, 12,34,567); with ``magnitudes`` a magnitude word may follow ("€1.25bn").
    Guards the reading of a single mention (``find_money`` reads back value and currency).
    """
    codes = sorted(currencies if currencies is not None else CURRENCIES)

    @st.composite
    def draw_written(draw: st.DrawFn) -> WrittenAmount:
        currency = draw(st.sampled_from(codes))
        value = draw(values if values is not None else amounts())
        value = _cents(value)
        text, number, power = draw(
            _money_text(
                value,
                currency,
                frozenset(),
                exact=True,
                bare=draw(st.booleans()),
                styles=styles,
                magnitudes=magnitudes,
            )
        )
        return WrittenAmount(text, value, currency, written_granularity(number, power))

    return draw_written()


#: The pieces ``noisy_texts`` mixes: number fragments, signs, brackets, hedges and connectors.
NOISE_TOKENS: tuple[str, ...] = (
    *"0123456789",
    *",.,.()[]-–—/;:~",
    " ",
    " ",
    "\u00a0",
    "$",
    "US$",
    "€",
    "£",
    "¥",
    "₹",
    "₽",
    "Rs",
    "Rs.",
    "kr",
    "C$",
    "USD",
    "EUR",
    "JPY",
    "rubles",
    "roubles",
    "dollars",
    "euros",
    "pounds",
    "yen",
    "pesos",
    "k",
    "m",
    "bn",
    "mn",
    "tn",
    " million",
    " billion",
    " lakh",
    " crore",
    "between ",
    " and ",
    " to ",
    "from ",
    " or ",
    ", or about ",
    " worth ",
    " equivalent to ",
    " the equivalent of ",
    " at current exchange rates",
    " in ",
    *(hedge + " " for hedge in APPROXIMATE_HEDGES + ONE_SIDED_HEDGES),
)


def noisy_texts(max_tokens: int = 40) -> st.SearchStrategy[str]:
    """Texts made of digits, separators, brackets, currency signs, hedges and connectors.

    Unlike arbitrary Unicode, almost every such text looks like money to figcheck somewhere,
    so every stage runs on it: ranges, hedges, lists of conversions, zero and huge amounts.
    Guards that figcheck never raises on malformed figures.
    """
    return st.lists(st.sampled_from(NOISE_TOKENS), max_size=max_tokens).map("".join)


def localized_conversion_document(
    language: str, *, perturbed: bool = False, min_size: int = 3, max_size: int = 5
) -> st.SearchStrategy[LocalizedDocument]:
    """A document of ``min_size`` to ``max_size`` conversions at one rate in ``language``
    (one of ``LANGUAGES`` in ``figcheck._strategy_languages``), amounts written by babel in
    that locale.

    Honest: every converted amount is the exact conversion rounded to its currency's decimals,
    so no FC101/FC103/FC104 may be raised. ``perturbed``: one conversion (not the first) is
    off by ``perturbation_factors()``, and exactly that figure must be flagged.
    """
    return localized_document(
        language,
        amounts(Decimal(1000), Decimal("1e9")),
        perturbation_factors(),
        perturbed=perturbed,
        min_size=min_size,
        max_size=max_size,
    )


__all__ = [
    "APPROXIMATE_HEDGES",
    "CURRENCIES",
    "HEDGED_PHRASINGS",
    "INDIAN_MAGNITUDE_WORDS",
    "MAGNITUDE_WORDS",
    "NOISE_TOKENS",
    "ONE_SIDED_HEDGES",
    "PERTURBATION_MINIMUM",
    "PHRASINGS",
    "PLAUSIBLE_DAYS",
    "STYLES",
    "UNIT_PAIRS",
    "ConversionDocument",
    "ConversionSample",
    "CurrencyForms",
    "FigureSentence",
    "Grouping",
    "LocalizedConversion",
    "LocalizedDocument",
    "Style",
    "Surface",
    "WrittenAmount",
    "WrittenConversion",
    "amounts",
    "conversion_document",
    "currency_pairs",
    "figure_sentences",
    "format_number",
    "formatted_amount",
    "honest_conversion",
    "localized_conversion_document",
    "multiple_sentences",
    "noisy_texts",
    "percent_change_sentences",
    "perturbation_factors",
    "perturbed_conversion",
    "plausible_rates",
    "rates",
    "round_significant",
    "share_sentences",
    "total_sentences",
    "unit_conversion_sentences",
    "written_amounts",
    "written_granularity",
]


# ---------------------------------------------------------------------------------------------
# Figure claims: percentage changes, totals, shares, multiples and unit conversions.
#
# Each strategy writes one sentence whose figures are known. ``honest`` sentences state every
# figure as the exact value or an honest rounding of it, so the exact arithmetic lies inside
# every stated interval and no figure rule may flag them. ``perturbed`` sentences move the
# checked figure far past its rounding (3 percentage points, or 5% to 20% of a value, while the
# other figures are written to four or more significant digits with no trailing zeros), so the
# rule must flag them whatever the phrasing.
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class FigureSentence:
    """A generated sentence and the code of the rule that checks its claim."""

    text: str
    code: str
    perturbed: bool


def _no_trailing_zero(low: int, high: int) -> st.SearchStrategy[int]:
    """Integers in ``[low, high]`` whose last digit is not 0 (their granularity is 1)."""
    return st.integers(low, high).filter(lambda n: n % 10 != 0)


def _grouped(value: int | Decimal) -> str:
    return f"{Decimal(value):,f}"


def _percent_text(value: Decimal, places: int) -> str:
    return f"{value.quantize(Decimal(1).scaleb(-places), rounding=decimal.ROUND_HALF_EVEN):f}"


def _shift(draw: st.DrawFn, perturbed: bool) -> Decimal:
    """0 for an honest figure; otherwise ±3 to ±20 percentage points."""
    if not perturbed:
        return Decimal(0)
    size = Decimal(draw(st.integers(30, 200))) / 10
    return size if draw(st.booleans()) else -size


@st.composite
def percent_change_sentences(draw: st.DrawFn, *, perturbed: bool = False) -> FigureSentence:
    """ "Sales rose 8.1% to $4,455 from $4,121." in four phrasings, up or down."""
    before = draw(_no_trailing_zero(1001, 99999))
    up = draw(st.booleans())
    factor = Decimal(draw(st.integers(101, 190))) / 100
    after = before * factor if up else before / factor
    written_after = round_significant(after, 5).quantize(Decimal(1))
    written_after += 1 if written_after % 10 == 0 else 0
    after_text = _grouped(written_after)
    change = abs(written_after / Decimal(before) - 1) * 100
    stated = change + _shift(draw, perturbed)
    assume_positive = stated if stated > 0 else change + 3
    pct = _percent_text(assume_positive, draw(st.sampled_from((0, 1))))
    unit = draw(st.sampled_from(("$", "", "€")))
    b, a = f"{unit}{_grouped(before)}", f"{unit}{after_text}"
    verb, noun = ("rose", "increase") if up else ("fell", "decrease")
    templates = (
        f"Sales {verb} {pct}% to {a} from {b}.",
        f"Sales {verb} {pct}% from {b} to {a}.",
        f"Sales {verb} from {b} to {a}, an {noun} of {pct}%."
        if up
        else f"Sales {verb} from {b} to {a}, a {noun} of {pct}%.",
        f"A {pct} per cent {noun} from {b} to {a} was reported.",
    )
    return FigureSentence(draw(st.sampled_from(templates)), "FC201", perturbed)


@st.composite
def total_sentences(draw: st.DrawFn, *, perturbed: bool = False) -> FigureSentence:
    """ "A total of $9,312: $4,201 for schools and $5,111 for roads." and the reverse order."""
    parts = draw(st.lists(_no_trailing_zero(1001, 99999), min_size=2, max_size=3))
    exact = Decimal(sum(parts))
    if perturbed:
        shift = Decimal(draw(st.integers(5, 20))) / 100
        total = int(exact * (1 + shift if draw(st.booleans()) else 1 - shift))
        total += 1 if total % 10 == 0 else 0
        total_text = _grouped(total)
    else:
        total_text = _grouped(round_significant(exact, draw(st.integers(2, 6))))
    unit = draw(st.sampled_from(("$", "£")))
    items = ("schools", "roads", "clinics")
    listed = [f"{unit}{_grouped(p)} for {items[i]}" for i, p in enumerate(parts)]
    written = ", ".join(listed[:-1]) + " and " + listed[-1]
    templates = (
        f"The fund paid a total of {unit}{total_text}: {written}.",
        f"It paid {written}, a total of {unit}{total_text}.",
    )
    return FigureSentence(draw(st.sampled_from(templates)), "FC202", perturbed)


@st.composite
def share_sentences(draw: st.DrawFn, *, perturbed: bool = False) -> FigureSentence:
    """ "412 of the 1,213 members (34%) voted." in three phrasings."""
    whole = draw(_no_trailing_zero(201, 99999))
    part = draw(_no_trailing_zero(101, whole - 1))
    exact = Decimal(part) / Decimal(whole) * 100
    stated = exact + _shift(draw, perturbed)
    stated = stated if stated > 0 else exact + 3
    pct = _percent_text(stated, draw(st.sampled_from((0, 1))))
    p, w = _grouped(part), _grouped(whole)
    templates = (
        f"In all, {p} of the {w} members ({pct}%) voted.",
        f"In all, {p} out of {w} members, or {pct}%, voted.",
        f"In all, {pct}% of the {w} members ({p}) voted.",
    )
    return FigureSentence(draw(st.sampled_from(templates)), "FC203", perturbed)


_FACTOR_WORDS = (("doubled", Decimal(2)), ("tripled", Decimal(3)), ("halved", Decimal("0.5")))


@st.composite
def multiple_sentences(draw: st.DrawFn, *, perturbed: bool = False) -> FigureSentence:
    """ "Sales doubled from 1,234 to 2,470." and "$2,470, twice as much as the $1,234 …"."""
    before = draw(_no_trailing_zero(1001, 99999))
    word, factor = draw(st.sampled_from(_FACTOR_WORDS))
    error = Decimal(draw(st.integers(-5, 5))) / 100
    if perturbed:
        size = Decimal(draw(st.integers(20, 40))) / 100
        error = size if draw(st.booleans()) else -size
    after_value = int(before * factor * (1 + error))
    after_value += 1 if perturbed and after_value % 10 == 0 else 0
    after, b = _grouped(after_value), _grouped(before)
    templates = [f"Sales {word} from {b} to {after}.", f"Sales {word} to {after} from {b}."]
    if word == "doubled":
        templates.append(f"It spent ${after}, twice as much as the ${b} it spent before.")
    return FigureSentence(draw(st.sampled_from(templates)), "FC204", perturbed)


#: (surface written first, surface of the restatement, pint source, pint target, range).
UNIT_PAIRS: tuple[tuple[str, str, str, str, tuple[int, int]], ...] = (
    ("miles", "km", "mile", "kilometer", (1, 9999)),
    ("km", "miles", "kilometer", "mile", (1, 9999)),
    ("kg", "lb", "kilogram", "pound", (1, 9999)),
    ("°F", "°C", "degF", "degC", (60, 130)),
    ("acres", "hectares", "acre", "hectare", (1, 9999)),
    ("mph", "km/h", "mile/hour", "kilometer/hour", (5, 300)),
    ("kWh", "MJ", "kWh", "megajoule", (1, 9999)),
    ("gallons", "litres", "gallon", "liter", (1, 9999)),
)


@st.composite
def unit_conversion_sentences(draw: st.DrawFn, *, perturbed: bool = False) -> FigureSentence:
    """ "The route is 12 miles (19.3 km) long." in three phrasings, with pint's exact factors."""
    from figcheck.reading.quantities import linear_map  # the oracle: pint's own conversion

    # A perturbed gallon could still fit the other gallon, so only unambiguous units are moved.
    pairs = [p for p in UNIT_PAIRS if not (perturbed and p[0] == "gallons")]
    first, second, source, target, (low, high) = draw(st.sampled_from(pairs))
    original = draw(st.integers(low, high))
    factor, offset = linear_map(source, target)
    exact = Decimal(original) * factor + offset
    digits = draw(st.integers(2, 5))
    if perturbed:
        size = Decimal(draw(st.integers(5, 20))) / 100
        exact *= 1 + size if draw(st.booleans()) else 1 - size
        digits = max(digits, 4)
    converted = _grouped(round_significant(exact, digits))
    gap = "" if first.startswith("°") else " "
    gap2 = "" if second.startswith("°") else " "
    o, c = f"{_grouped(original)}{gap}{first}", f"{converted}{gap2}{second}"
    templates = (f"The figure is {o} ({c}) here.", f"The figure is {o}, or {c}, here.")
    return FigureSentence(draw(st.sampled_from(templates)), "FC301", perturbed)


def figure_sentences(*, perturbed: bool = False) -> st.SearchStrategy[FigureSentence]:
    """One sentence of any figure-claim kind."""
    return st.one_of(
        percent_change_sentences(perturbed=perturbed),
        total_sentences(perturbed=perturbed),
        share_sentences(perturbed=perturbed),
        multiple_sentences(perturbed=perturbed),
        unit_conversion_sentences(perturbed=perturbed),
    )
