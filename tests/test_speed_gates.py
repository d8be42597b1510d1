"""The fast forms of the reading patterns find what their plain forms find.

Several patterns are searched in a lower-case copy of the text without re.IGNORECASE
(``numbers.folded``), are factored so that every branch starts with its own character, or are
led by the character before a word rather than a look-behind; a few gates skip work no claim
can come from. Each is tested here against the plain form it replaces, on text built from the
pieces that sit next to figures in prose, letters that fold oddly included.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable
from unittest import mock

import hypothesis.strategies as st
import pytest
from hypothesis import example, given, settings

from figcheck.reading import arithmetic_lines, figure_claims, number_words, quantities, spelled
from figcheck.reading.figure_claims import _PREFILTERS, find_figure_claims, sentences
from figcheck.reading.numbers import PATTERNS as NUMBER_PATTERNS
from figcheck.reading.numbers import folded

ODD_LETTERS = ["K", "k", "ſ", "ı", "İ", "I", "S", "É", "é", "_", "ß", "Σ"]
BLANKS = [" ", " ", "  ", "\u00a0", "\n", "\n\n", "\t"]
PUNCTUATION = [".", ",", ";", "!", "?", ":", "(", ")", "[", "—", "–", "-", "--", "=", "≈", "%"]
NUMBERS = ["5", "12", "1.5", "4,980", "2019", "300", "10"]


def text_of(*words: str) -> st.SearchStrategy[str]:
    """Text made of ``words`` in any letter case, figures, blanks and punctuation."""
    cased = [variant for word in words for variant in (word, word.upper(), word.title())]
    pieces = [*cased, *ODD_LETTERS, *BLANKS, *PUNCTUATION, *NUMBERS]
    return st.lists(st.sampled_from(pieces), min_size=1, max_size=14).map("".join)


def ranges(text: str) -> list[tuple[int, int]]:
    """The sentences of ``text``, the whole of it, and every range one character shorter."""
    return [*sentences(text), (0, len(text)), (1, len(text)), (0, max(0, len(text) - 1))]


def spans(matches: Iterable[re.Match[str]]) -> list[tuple[int, int]]:
    return [match.span() for match in matches]


def test_lowering_keeps_every_character_class() -> None:
    """A character that lowers to one character stays a word character, a digit, a space or a
    letter exactly when it was one, so look-arounds read the copy as they read the text."""
    classes = [re.compile(source) for source in (r"\w", r"\d", r"\s", r"[^\W\d_]")]
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        lowered = char.lower()
        if lowered == char or len(lowered) != 1:
            continue
        for pattern in classes:
            assert bool(pattern.match(char)) == bool(pattern.match(lowered)), (hex(code), pattern)


def test_only_four_letters_beyond_ascii_match_ascii_letters_without_case() -> None:
    """The letters ``numbers.folded`` accounts for: "İ" (two characters lowered), "ı" and "ſ"
    (no copy made) and the Kelvin sign (lowered to "k")."""
    ascii_letter = re.compile("[a-z]", re.IGNORECASE)
    found = {chr(code) for code in range(128, sys.maxunicode + 1) if ascii_letter.match(chr(code))}
    assert found == {"İ", "ı", "ſ", "\u212a"}
    assert "\u212a".lower() == "k"
    assert len("İ".lower()) == 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Hello", "hello"), ("KELVIN \u212a", "kelvin k"), ("eſt", None), ("ıx", None), ("İx", None)],
)
def test_the_copy_is_made_only_when_it_reads_alike(text: str, expected: str | None) -> None:
    assert folded(text) == expected


def _plain_hints() -> dict[str, str]:
    """The hints of ``_PREFILTERS`` in their plain form: alternations, look-behinds first."""
    words = figure_claims._words
    letter = r"[^\W\d_]"
    change = (
        rf"{figure_claims._UP}|{figure_claims._DOWN}|{figure_claims._NOUN}"
        rf"|{figure_claims._MORE}|fewer|falling|growing"
    )
    total = words("total", "total_after", "total_trailing", "of_which")
    share = words("of", "part_of", "among", "of_which")
    return {
        "change": change,
        "total": rf"(?<!{letter})(?:{total})(?!{letter})",
        "of": rf"(?<!{letter})(?:{share})(?!{letter})",
        "unit_gap": r"[(\[—–=≈]|--|(?<![^\W\d_])or|\bis\b|equal|equates|translates"
        r"|works out|soit|oder|\bou\b",
    }


HINT_WORDS = [
    *["rose", "prose", "fell", "up", "cut", "gain", "against", "lower", "fewer", "stieg", "baisse"],
    *["total", "totals", "in all", "in  total", "making", "of which", "de los cuales", "davon"],
    *["of", "Of", "der", "des", "de", "su", "tra", "among", "or", "is", "ou", "equals", "soit"],
    *["translates", "works out", "oder", "decided", "horse", "this", "you", "à", "è salito"],
]


@settings(max_examples=400, deadline=None)
@given(text_of(*HINT_WORDS))
@example("de 200 and 300 decided")
@example("\u212aof 5 (3)")
@example("in\n\ntotal 5")
def test_every_hint_finds_what_its_plain_form_finds(text: str) -> None:
    lowered = text.lower()
    for name, source in _plain_hints().items():
        exact, lower = _PREFILTERS[name]
        plain_exact, plain_lower = re.compile(source, re.I), re.compile(source)
        for start, end in ranges(text):
            first, second = exact.search(text, start, end), plain_exact.search(text, start, end)
            assert (first and first.start()) == (second and second.start()), (name, start)
            first, second = (
                lower.search(lowered, start, end),
                plain_lower.search(lowered, start, end),
            )
            assert (first and first.start()) == (second and second.start()), (name, start)


@settings(max_examples=300, deadline=None)
@given(text_of("one", "in", "five", "third", "a", "half", "twice", "tenfold", "times", "two"))
@example("One in five, a THIRD and \u212a tenfold")
def test_number_words_read_in_the_copy_as_in_the_text(text: str) -> None:
    lowered = folded(text)
    if lowered is None:
        return
    for name, pattern in number_words.PATTERNS.items():
        fast = figure_claims._folded_words()[name]
        expected = [(m.span(), m.groupdict()) for m in pattern.finditer(text)]
        found = [(m.span(), m.groupdict()) for m in fast.finditer(lowered)]
        assert [span for span, _ in found] == [span for span, _ in expected], name
        for (_, groups), (_, lower_groups) in zip(expected, found, strict=True):
            assert {k: v and v.lower() for k, v in groups.items()} == lower_groups


SPELLED_LANGUAGES = ["en", "de", "fr", "es", "nl", "ru"]


@settings(max_examples=300, deadline=None)
@given(
    text_of("one", "two", "a", "an", "twenty-one", "fünf", "tausend", "cinq", "dos", "пять"),
    st.sampled_from(SPELLED_LANGUAGES),
)
@example("one dollar", "en")
@example("a-one two", "en")
@example("fünftausend Euro", "de")
def test_spelled_words_are_found_as_the_look_behind_finds_them(text: str, language: str) -> None:
    words = spelled._words(language)
    lowered = folded(text)
    if words is None or lowered is None:
        return
    plain = re.compile(words.pattern.pattern)
    expected = [(m.span("word"), m.end(), m.groupdict()) for m in plain.finditer(lowered)]
    found = [(m.span("word"), m.end(), m.groupdict()) for m in spelled._matches(text, words)]
    assert found == expected


@settings(max_examples=300, deadline=None)
@given(
    text_of("equals", "gives", "makes", "ergibt", "gleich", "sind", "es igual a", "da", "son"),
    st.sampled_from(["en", "de", "es", "fr", "ru"]),
)
def test_equals_signs_are_found_in_the_copy_as_in_the_text(text: str, language: str) -> None:
    fast = arithmetic_lines.folded_equals_hint(language)
    lowered = folded(text)
    if fast is None or lowered is None:
        return
    expected = spans(arithmetic_lines.equals_hint(language).finditer(text))
    assert spans(fast.finditer(lowered)) == expected


SIDE_WORDS = [" km", " miles", "ft", " feet", " million", " acres", " to ", " by ", "x", " x "]


@settings(max_examples=400, deadline=None)
@given(text_of(*SIDE_WORDS, "-", "–", "×", " - ", "\u00a0to\u00a0"))
@example("5 to 10 miles")
@example("3ft x 2ft")
@example("10\u00a0by 12 feet")
@example("2 million to 3 million acres")
def test_ranges_and_dimensions_pass_the_separator_gate(text: str) -> None:
    runs = list(NUMBER_PATTERNS["run"].finditer(text))
    for index in range(len(runs) - 1):
        if runs[index + 1].start() - runs[index].end() > quantities._JOINT:
            continue
        for style in (None, quantities.DECIMAL_COMMA):
            expected = quantities._range(text, runs, index, style) or quantities._dimensions(
                text, runs, index, style
            )
            assert quantities._group(text, runs, index, style) == expected


@settings(max_examples=300, deadline=None)
@given(text_of(*SIDE_WORDS, " thousand", "bn", "m"))
def test_the_unit_start_gate_skips_no_unit(text: str) -> None:
    for position in range(len(text) + 1):
        magnitude = NUMBER_PATTERNS["magnitude"].match(text, position)
        after = magnitude.end() if magnitude is not None and magnitude.group("word") else position
        unit = quantities.unit_pattern().match(text, after)
        if unit is None or quantities.unit_reading(text, unit) is None:
            expected: tuple[object, int] = (None, after)
        else:
            expected = (unit.span(), unit.end())
        found, end = quantities._unit_after(text, position)
        assert ((found and found.span()), end) == expected


CLAIM_WORDS = [
    *["rose", "fell", "up", "down", "by", "from", "to", "than", "higher", "of", "of the"],
    *["a total of", "in all", "including", "or", "a third", "half", "twice", "doubled", "against"],
    *["$", "€", "£", "million", "percent", "%", "people", "km", "miles", "an increase of"],
]


@settings(max_examples=300, deadline=None)
@given(text_of(*CLAIM_WORDS))
@example("Sales rose 12% to $5.6bn from $5bn.")
@example("Turnout reached 43.3% in 2012, against 74% four years earlier.")
@example("Of the 200 soldiers, 40 (20%) were hurt.")
def test_the_percent_gate_loses_no_claim(text: str) -> None:
    """Without the gate every sentence with a percent is read to the end."""
    expected = find_figure_claims(text)
    with mock.patch.object(figure_claims, "_change_or_share", return_value=True):
        assert find_figure_claims(text) == expected
