"""The markup layer: what is prose in each format, and that every prose offset maps back.

The golden files under ``tests/data/markup/`` are one article per format, written with tabs,
CRLF and LF line endings, multi-byte characters before figures and entities. Beside each is the
list of money mentions ``find_money`` sees in its prose, each at the line and column of the
source where it was written. Set ``FIGCHECK_UPDATE_GOLDEN=1`` to rewrite them after a deliberate
change, and read the diff.
"""

from __future__ import annotations

import datetime as dt
import doctest
import importlib
import os
import random
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import figcheck
from figcheck.lint.documents import Document, Format, SuppressionScope
from figcheck.lint.markup import format_for_path, load_document
from figcheck.lint.markup._prose import BLOCK_BREAK

DATA = Path(__file__).resolve().parent / "data" / "markup"
GOLDEN_INPUTS = sorted(path for path in DATA.glob("article.*") if path.suffix != ".expected")
MODULES = [
    "figcheck.lint.markup",
    "figcheck.lint.markup._prose",
    "figcheck.lint.markup._rst_inline",
    "figcheck.lint.markup.frontmatter",
    "figcheck.lint.markup.html",
    "figcheck.lint.markup.markdown",
    "figcheck.lint.markup.plain",
    "figcheck.lint.markup.rst",
    "figcheck.lint.markup.suppressions",
]


def line_col(source: str, offset: int) -> tuple[int, int]:
    """1-based line and column (in characters) of ``offset`` in ``source``."""
    line = source.count("\n", 0, offset) + 1
    return line, offset - (source.rfind("\n", 0, offset) + 1) + 1


def source_text(doc: Document, start: int, end: int) -> str:
    """The source a prose span came from: from its first character's origin to its last's."""
    first = doc.source_map.to_source(start)
    last = doc.source_map.to_source(end - 1)
    return doc.source[first : last + 1]


def render(doc: Document) -> str:
    """The golden rendering: format, date, suppressions, then each money mention's origin."""
    lines = [f"format: {doc.format.value}", f"date: {doc.date}"]
    for rule in doc.suppressions:
        codes = ",".join(rule.codes) or "*"
        lines.append(
            f"suppression: {rule.scope.value} {codes} lines {rule.first_line}-{rule.last_line}"
            f" (comment on line {rule.line})"
        )
    for money in figcheck.find_money(doc.prose):
        line, column = line_col(doc.source, doc.source_map.to_source(money.span.start))
        lines.append(f"{line}:{column}\t{source_text(doc, money.span.start, money.span.end)}")
    return "\n".join(lines) + "\n"


def load(path: Path) -> Document:
    """A golden input, its bytes kept (CRLF included)."""
    return load_document(path.read_bytes().decode("utf-8"), path.name)


def prose_of(source: str, fmt: Format) -> str:
    return load_document(source, "input", fmt).prose


def blocks_of(source: str, fmt: Format) -> list[str]:
    """The non-blank blocks of the prose, stripped."""
    return [b.strip() for b in prose_of(source, fmt).split(BLOCK_BREAK) if b.strip()]


# --- golden files -----------------------------------------------------------------------------


@pytest.mark.parametrize("path", GOLDEN_INPUTS, ids=lambda path: path.suffix)
def test_golden(path: Path) -> None:
    expected_path = path.with_name(path.name + ".expected")
    rendered = render(load(path))
    if os.environ.get("FIGCHECK_UPDATE_GOLDEN"):
        expected_path.write_text(rendered, encoding="utf-8")
    assert rendered == expected_path.read_text(encoding="utf-8")


@pytest.mark.parametrize("path", GOLDEN_INPUTS, ids=lambda path: path.suffix)
def test_golden_positions_point_at_their_text(path: Path) -> None:
    """Each expected "line:col<TAB>text" is read independently of the map: the text stands
    there in the source (so a rewritten golden file cannot hide a wrong map)."""
    lines = path.read_bytes().decode("utf-8").split("\n")
    expected = path.with_name(path.name + ".expected").read_text(encoding="utf-8")
    rows = [row.split("\t") for row in expected.splitlines() if row[:1].isdigit()]
    assert rows
    for position, text in rows:
        line, column = map(int, position.split(":"))
        assert lines[line - 1][column - 1 :].startswith(text), (position, text)


def test_golden_inputs_have_what_they_must() -> None:
    """Each golden input exercises tabs, both line endings and multi-byte characters."""
    assert {path.suffix for path in GOLDEN_INPUTS} == {".html", ".md", ".rst", ".txt"}
    for path in GOLDEN_INPUTS:
        source = path.read_bytes().decode("utf-8")
        assert all(part in source for part in ("\t", "\r\n", "\n\n", "₽", "€", "😀")), path


@pytest.mark.parametrize("path", GOLDEN_INPUTS, ids=lambda path: path.suffix)
def test_golden_prose_maps_to_equal_characters(path: Path) -> None:
    """Outside decoded entities, each visible prose character is the source's character."""
    doc = load(path)
    for index, char in enumerate(doc.prose):
        origin = doc.source_map.to_source(index)
        if not char.isspace() and doc.source[origin] != "&":
            assert doc.source[origin] == char, (index, char, doc.source[origin - 5 : origin + 5])


def test_entity_is_found_at_its_ampersand() -> None:
    source = "<p>The grant:\t€ is 300,000 rubles (&#36;4,980) 😀 &nbsp;&#36;1</p>"
    doc = load_document(source, "page.html")
    dollars = [m for m in figcheck.find_money(doc.prose) if m.span.slice(doc.prose) == "$4,980"]
    start = doc.source_map.to_source(dollars[0].span.start)
    assert source[start:].startswith("&#36;4,980")
    assert line_col(source, start) == (1, source.index("&#36;4") + 1)


# --- formats ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("a.md", Format.MARKDOWN),
        ("docs/A.MARKDOWN", Format.MARKDOWN),
        ("x.htm", Format.HTML),
        ("x.xhtml", Format.HTML),
        ("notes.rst", Format.RST),
        ("notes.txt", Format.TEXT),
        ("README", Format.TEXT),
        ("data.csv", Format.TEXT),
        ("-", Format.TEXT),
    ],
)
def test_format_from_extension(path: str, expected: Format) -> None:
    assert format_for_path(path) is expected
    assert load_document("x", path).format is expected


def test_explicit_format_wins() -> None:
    doc = load_document("*$5*", "notes.txt", Format.MARKDOWN)
    assert (doc.format, doc.prose, doc.path) == (Format.MARKDOWN, "$5", "notes.txt")


def test_plain_text_is_its_own_prose() -> None:
    source = "It costs\t€5.\r\n\r\nAnd ₽300,000 ($4,980)."
    doc = load_document(source, "a.txt")
    assert doc.source_map.to_source(17) == 17
    assert doc.prose == source.replace("\r\n\r\n", "\n\n\n\n")
    assert BLOCK_BREAK in doc.prose
    assert len(doc.prose) == len(source)


# --- Markdown ---------------------------------------------------------------------------------

MARKDOWN_DROPPED = [
    pytest.param("Pay `$5` now", "Pay  now", id="inline-code"),
    pytest.param("Pay ``a ` $5`` now", "Pay  now", id="inline-code-double"),
    pytest.param("See [the $5 fee](http://x.org/$6 'T $7')", "See the $5 fee", id="link"),
    pytest.param("See [the fee][ref]\n\n[ref]: http://x.org/$6", "See the fee", id="ref-link"),
    pytest.param("See [the fee][]\n\n[the fee]: /$6", "See the fee", id="collapsed-ref"),
    pytest.param("See <http://x.org/$6> too", "See  too", id="autolink"),
    pytest.param("A ![chart of $5](/img/$6.png) b", "A chart of $5 b", id="image"),
    pytest.param("A *$5* and __$6__ ~~$7~~", "A $5 and $6 $7", id="emphasis"),
    pytest.param("Escaped \\*$5\\* and \\`", "Escaped *$5* and `", id="escapes"),
    pytest.param("A <span title='$6'>$5</span>", "A $5", id="inline-html"),
    pytest.param("```\n$5\n```\n\n~~~\n$6\n~~~\n\n    $7", "", id="code-blocks"),
    pytest.param("<!-- $5 -->", "", id="html-comment"),
    pytest.param("---\nprice: $5\n---\nBody", "Body", id="yaml-front-matter"),
    pytest.param("+++\nprice = '$5'\n+++\nBody", "Body", id="toml-front-matter"),
    pytest.param("Note[^n].\n\n[^n]: Fee $5.", "Note.\n\nFee $5.", id="footnote"),
]


@pytest.mark.parametrize(("source", "expected"), MARKDOWN_DROPPED)
def test_markdown_prose(source: str, expected: str) -> None:
    assert "\n\n".join(blocks_of(source, Format.MARKDOWN)) == expected


def test_markdown_blocks_are_separated() -> None:
    source = (
        "# Head $1\nPara $2\n\n- item $3\n- item $4\n\n> quote $5\n\n| a | b |\n|---|---|\n"
        "| $6 | $7 |"
    )
    assert blocks_of(source, Format.MARKDOWN) == [
        "Head $1",
        "Para $2",
        "item $3",
        "item $4",
        "quote $5",
        "| a | b |\n|---|---|\n| $6 | $7 |",
    ]


def test_markdown_table_cells_with_equal_text_map_to_their_own_cells() -> None:
    source = "| x | y |\n|---|---|\n| $1 | $1 |\n"
    doc = load_document(source, "t.md")
    starts = [doc.source_map.to_source(m.span.start) for m in figcheck.find_money(doc.prose)]
    assert starts == [source.index("$1"), source.rindex("$1")]


MARKDOWN_TABLES = [
    pytest.param(
        "| a | **$5** |\n|:--|--:|\n| [b](/x) `c` | _$6_ |\n",
        "| a | $5 |\n|:--|--:|\n| b  | $6 |",
        id="inline-markup",
    ),
    pytest.param(
        "| a \\| b | c |\n|---|---|\n| d &#124; e | |\n",
        "| a \\| b | c |\n|---|---|\n| d \\| e |  |",
        id="escaped-bars",
    ),
    pytest.param("a | b\n--|--\nc | d\n", "| a | b |\n--|--\n| c | d |", id="no-outer-bars"),
    pytest.param("> | a |\n> |---|\n> | b |\n", "| a |\n|---|\n| b |", id="quoted"),
    pytest.param("| a | b |\n|---|---|\n| c |\n", "| a | b |\n|---|---|\n| c |  |", id="short-row"),
]


@pytest.mark.parametrize(("source", "expected"), MARKDOWN_TABLES)
def test_markdown_table_is_one_block_in_pipe_form(source: str, expected: str) -> None:
    """A table reaches the checker as ``reading.tables`` reads one: the source's bars and
    delimiter row, each cell's prose; a bar the source leaves out is added."""
    doc = load_document(source, "t.md")
    assert blocks_of(source, Format.MARKDOWN) == [expected]
    for index, char in enumerate(doc.prose):
        origin = doc.source_map.to_source(index)
        if char not in " \n|" and doc.source[origin] != "&":
            assert doc.source[origin] == char, (index, char)


def test_markdown_table_cell_maps_to_its_line_and_column() -> None:
    source = "Intro.\n\n| x | y |\n|---|---|\n| **$1** | $2 |\n"
    doc = load_document(source, "t.md")
    starts = [doc.source_map.to_source(m.span.start) for m in figcheck.find_money(doc.prose)]
    assert [line_col(source, start) for start in starts] == [(5, 5), (5, 12)]


def test_markdown_list_marker_equal_to_text() -> None:
    source = "1. 1 apple\n2. 2\n"
    doc = load_document(source, "t.md")
    assert doc.prose.split(BLOCK_BREAK) == ["1 apple", "2"]
    assert doc.source_map.to_source(doc.prose.index("2")) == source.rindex("2")


def test_markdown_inline_markup_characters_never_reach_the_prose() -> None:
    source = "A **b** _c_ `d` [e](f) ![g](h) <i> \\*j\\* ~~k~~ <http://l>\n"
    prose = prose_of(source, Format.MARKDOWN)
    assert prose.strip() == "A b c  e g  *j* k"


# --- HTML -------------------------------------------------------------------------------------

HTML_CASES = [
    pytest.param("<p>a $1</p><p>b $2</p>", ["a $1", "b $2"], id="paragraphs"),
    pytest.param("<div>a<br>b</div>", ["a", "b"], id="br"),
    pytest.param("<ul><li>a</li><li>b</li></ul>", ["a", "b"], id="list"),
    pytest.param("<table><tr><td>a</td><td>b</td></tr></table>", ["a", "b"], id="cells"),
    pytest.param("<h2>a</h2>b", ["a", "b"], id="heading"),
    pytest.param("<p>a <b>b</b> <i>c</i></p>", ["a b c"], id="inline"),
    pytest.param("<p>a<script>$1</script><style>$2</style>b</p>", ["ab"], id="script-style"),
    pytest.param("<p>a <code>$1</code> <pre>$2</pre> <kbd>$3</kbd></p>", ["a"], id="code"),
    pytest.param("<p title='$1' data-x=\"$2\">a</p><!-- $3 -->", ["a"], id="attrs-comment"),
    pytest.param(
        "<p>&euro;5&nbsp;000 &#36;1 &#x24;2 &amp; &bogus;</p>",
        ["€5\xa0000 $1 $2 & &bogus;"],
        id="entities",
    ),
    pytest.param("<head><title>$1</title><body><p>a</p>", ["a"], id="head-unclosed"),
    pytest.param("<p>a\n\nb</p>", ["a  b"], id="blank-line-in-paragraph"),
]


@pytest.mark.parametrize(("source", "expected"), HTML_CASES)
def test_html_prose(source: str, expected: list[str]) -> None:
    assert blocks_of(source, Format.HTML) == expected


HTML_TABLES = [
    pytest.param(
        "<table><tr><th>a</th><th>b</th></tr><tr><td><b>$5</b></td><td>&#36;6</td></tr></table>",
        "| a | b |\n| --- | --- |\n| $5 | $6 |",
        id="first-row-of-th",
    ),
    pytest.param(
        "<table><thead><tr><td></td><td>b</td></tr></thead><tr><th>c</th><td>d|e</td></tr></table>",
        "|  | b |\n| --- | --- |\n| c | d\\|e |",
        id="thead-row-headers-bar",
    ),
    pytest.param(
        "<table><tr><th>a</th><th>b</th><th>c</th></tr>"
        "<tr><td colspan=2>x<br>y</td><td>z</td></tr></table>",
        "| a | b | c |\n| --- | --- | --- |\n| x y |  | z |",
        id="colspan-br",
    ),
    pytest.param(
        "<table><tr><td> </td><th>b</th></tr><tr><th>c</th><td>$5</td></tr></table>",
        "|   | b |\n| --- | --- |\n| c | $5 |",
        id="empty-corner-cell",
    ),
]


@pytest.mark.parametrize(("source", "expected"), HTML_TABLES)
def test_html_table_with_a_header_row_is_one_block_in_pipe_form(source: str, expected: str) -> None:
    assert blocks_of(source, Format.HTML) == [expected]


@pytest.mark.parametrize(
    "source",
    [
        "<table><tr><td>a</td><td>b</td></tr><tr><td>$5</td><td>$6</td></tr></table>",
        "<table><tr><th>a</th></tr><tr><td><table><tr><td>$5</td></tr></table></td></tr></table>",
        "<table><thead><tr><th>a</th></tr><tr><th>b</th></tr></thead><tr><td>$5</td></tr></table>",
        "<table><tr><th>a</th></tr>text<tr><td>$5</td></tr></table>",
        "<table><tr><th>a</th><th>b</th></tr><tr><td rowspan=2>c</td><td>$5</td></tr>"
        "<tr><td>$6</td></tr></table>",
    ],
    ids=["no-header", "nested", "two-header-rows", "text-outside-cells", "rowspan"],
)
def test_html_other_tables_keep_their_cells_apart(source: str) -> None:
    """Layout tables and tables not read as data keep a block per cell, as before."""
    assert not any("|" in block for block in blocks_of(source, Format.HTML))
    assert "$5" in blocks_of(source, Format.HTML)


def test_html_table_cell_maps_to_its_text() -> None:
    source = "<p>x</p>\n<table>\n<tr><th>a</th><th>b</th></tr>\n<tr><td>$1</td><td>$2</td></tr>\n"
    doc = load_document(source, "t.html")
    starts = [doc.source_map.to_source(m.span.start) for m in figcheck.find_money(doc.prose)]
    assert starts == [source.index("$1"), source.index("$2")]


def test_html_entity_maps_to_its_start() -> None:
    source = "<p>x&euro;50m &#36;4,980</p>"
    doc = load_document(source, "p.html")
    assert doc.source_map.to_source(doc.prose.index("€")) == source.index("&euro;")
    assert doc.source_map.to_source(doc.prose.index("5")) == source.index("50m")
    assert doc.source_map.to_source(doc.prose.index("$")) == source.index("&#36;")


# --- reST -------------------------------------------------------------------------------------

RST_CASES = [
    pytest.param("Pay ``$5`` now.", "Pay  now.", id="literal"),
    pytest.param("A *b* **c** `d`", "A b c d", id="emphasis"),
    pytest.param(
        "See `the $5 fee <http://x.org/$6>`_ and `x`__.", "See the $5 fee and x.", id="ref"
    ),
    pytest.param("A :code:`$5` and :ref:`fee $6 <label>` b", "A  and fee $6 b", id="roles"),
    pytest.param("A `$5`:math: and :py:func:`f` b", "A  and  b", id="code-roles"),
    pytest.param("A |sub| b [1]_ c [#x]_ d_ e__.", "A  b  c  d e.", id="subst-footnote-refs"),
    pytest.param("Escaped \\*x\\* and a\\ b", "Escaped *x* and ab", id="escapes"),
    pytest.param("snake_case and 5*3*2 and a*b", "snake_case and 5*3*2 and a*b", id="not-markup"),
    pytest.param("Example::\n\n    $5", "Example:", id="literal-block"),
    pytest.param("Example ::\n\n    $5", "Example", id="literal-block-spaced"),
    pytest.param(".. code-block:: python\n\n   x = '$5'\n\nAfter.", "After.", id="code-block"),
    pytest.param(".. comment $5\n\nAfter.", "After.", id="comment"),
    pytest.param(".. unknown:: $5\n\n   Body $6.\n\nAfter.", "After.", id="unknown-directive"),
    pytest.param(".. |s| replace:: $5\n\nAfter.", "After.", id="substitution-definition"),
    pytest.param(".. _target: http://x.org/$5\n\nAfter.", "After.", id="target"),
    pytest.param(".. note:: Note $5.", "Note $5.", id="admonition"),
    pytest.param(":date: 2022-10-25\n:price: $5\n\nAfter.", "After.", id="docinfo"),
    pytest.param(">>> print('$5')\n$5\n\nAfter.", "After.", id="doctest"),
]


@pytest.mark.parametrize(("source", "expected"), RST_CASES)
def test_rst_prose(source: str, expected: str) -> None:
    assert "\n\n".join(blocks_of(source, Format.RST)) == expected


def test_rst_elements_are_separate_blocks() -> None:
    source = (
        "Title $1\n========\n\n- a $2\n- b $3\n\nterm\n   definition $4\n\n| line $5\n| line $6\n"
    )
    assert blocks_of(source, Format.RST) == [
        "Title $1",
        "a $2",
        "b $3",
        "term",
        "definition $4",
        "line $5",
        "line $6",
    ]


def test_rst_multiline_markup_maps_each_line() -> None:
    source = "A *b\nc*\tand ``x\ny`` $5.\n"
    doc = load_document(source, "a.rst")
    assert doc.prose == "A b\nc\tand  $5."
    assert doc.source_map.to_source(doc.prose.index("$5")) == source.index("$5")
    assert doc.source_map.to_source(doc.prose.index("c")) == source.index("c")


def test_rst_grid_table_cells() -> None:
    source = "+----+----+\n| $1 | $1 |\n| a  | b  |\n+----+----+\n"
    doc = load_document(source, "t.rst")
    assert doc.prose.split(BLOCK_BREAK) == ["$1\na", "$1\nb"]
    starts = [doc.source_map.to_source(m.span.start) for m in figcheck.find_money(doc.prose)]
    assert starts == [source.index("$1"), source.rindex("$1")]
    assert doc.source_map.to_source(doc.prose.index("b")) == source.index("b")


def test_rst_prints_nothing(capfd: pytest.CaptureFixture[str]) -> None:
    source = "Title\n==\n\n.. unknown::\n\n:bad:`x` `unclosed\n\n.. include:: /etc/passwd\n"
    load_document(source, "a.rst")
    assert capfd.readouterr() == ("", "")


# --- dates ------------------------------------------------------------------------------------

OCT_25 = dt.date(2022, 10, 25)
DATES = [
    pytest.param("---\ndate: 2022-10-25\n---\nx", "a.md", OCT_25, id="yaml"),
    pytest.param("---\r\ndate: '2022-10-25T08:00:00Z'\r\n---\r\nx", "a.md", OCT_25, id="yaml-crlf"),
    pytest.param("---\ndate: 2022-10-25 08:00:00 +01:00\n---\nx", "a.md", OCT_25, id="yaml-zone"),
    pytest.param("+++\ndate = 2022-10-25T08:00:00Z\n+++\nx", "a.md", OCT_25, id="toml"),
    pytest.param('+++\ndate = "2022-10-25"  # c\n+++\nx', "a.md", OCT_25, id="toml-comment"),
    pytest.param("---\ndate: 2022-02-30\n---\nx", "a.md", None, id="yaml-no-such-day"),
    pytest.param("---\ndate: yesterday\n---\nx", "a.md", None, id="yaml-not-a-date"),
    pytest.param("---\ndate: 2022-10-25\nx", "a.md", None, id="yaml-unclosed"),
    pytest.param("---\n  date: 2022-10-25\n---\nx", "a.md", None, id="yaml-nested-key"),
    pytest.param(
        '<meta property="article:published_time" content="2022-10-25T08:00:00Z">'
        '<time datetime="2021-01-01">',
        "a.html",
        OCT_25,
        id="html-meta-first",
    ),
    pytest.param(
        '<p><time datetime="2022-10-25">x</time><time datetime="2020-01-01">',
        "a.html",
        OCT_25,
        id="html-time",
    ),
    pytest.param('<time datetime="10/25/2022">', "a.html", None, id="html-bad"),
    pytest.param("Title\n=====\n\n:date: 2022-10-25\n\nx", "a.rst", OCT_25, id="rst"),
    pytest.param(":date: 25 October\n\nx", "a.rst", None, id="rst-bad"),
    pytest.param("date: 2022-10-25\n", "a.txt", None, id="text-has-none"),
]


@pytest.mark.parametrize(("source", "path", "expected"), DATES)
def test_date(source: str, path: str, expected: dt.date | None) -> None:
    assert load_document(source, path).date == expected


# --- suppressions -----------------------------------------------------------------------------


def test_markdown_suppression_covers_the_next_block() -> None:
    source = "Intro $1.\n\n<!-- figcheck: ignore FC102, FC103 -->\n- a $2\n- b $3\n\nAfter $4.\n"
    (rule,) = load_document(source, "a.md").suppressions
    assert (rule.codes, rule.scope, rule.line) == (("FC102", "FC103"), SuppressionScope.BLOCK, 3)
    assert (rule.first_line, rule.last_line) == (4, 5)
    assert rule.covers("FC102", 5)
    assert not rule.covers("FC102", 7)
    assert not rule.covers("FC101", 4)


def test_markdown_inline_comment_covers_its_own_block() -> None:
    source = "Intro.\n\nA claim $1\nover two lines. <!-- figcheck: ignore -->\n\nAfter.\n"
    (rule,) = load_document(source, "a.md").suppressions
    assert (rule.codes, rule.first_line, rule.last_line, rule.line) == ((), 3, 4, 4)


def test_html_suppressions() -> None:
    source = (
        "<p>a</p>\n<!-- figcheck: ignore FC1 -->\n<table>\n<tr><td>$1</td></tr>\n</table>\n"
        "<p>b $2 <!--figcheck:ignore--></p>\n<!-- figcheck: ignore-file -->"
    )
    block, inside, whole = load_document(source, "a.html").suppressions
    assert (block.codes, block.first_line, block.last_line, block.line) == (("FC1",), 3, 5, 2)
    assert (inside.scope, inside.first_line, inside.last_line) == (SuppressionScope.BLOCK, 6, 6)
    assert (whole.scope, whole.codes, whole.first_line, whole.last_line) == (
        SuppressionScope.FILE,
        (),
        1,
        7,
    )


def test_rst_suppressions() -> None:
    source = (
        "Intro.\n\n.. figcheck: ignore FC102\n\nA claim $1\nover two lines.\n\nAfter.\n\n"
        "  .. figcheck: ignore-file FC404\n"
    )
    block, whole = load_document(source, "a.rst").suppressions
    assert (block.codes, block.first_line, block.last_line, block.line) == (("FC102",), 5, 6, 3)
    assert (whole.scope, whole.codes, whole.line) == (SuppressionScope.FILE, ("FC404",), 10)


def test_plain_text_markers_are_blanked() -> None:
    source = (
        "It costs $5. figcheck: ignore[FC101, FC102]\r\nAnd $6 figcheck: ignore\n"
        "figcheck: ignore-file[FC404]"
    )
    doc = load_document(source, "a.txt")
    assert "figcheck" not in doc.prose
    assert len(doc.prose) == len(source)
    assert doc.prose.index("$6") == source.index("$6")
    line, bare, whole = doc.suppressions
    assert (line.scope, line.codes, line.first_line, line.last_line) == (
        SuppressionScope.LINE,
        ("FC101", "FC102"),
        1,
        1,
    )
    assert (bare.codes, bare.first_line, bare.line) == ((), 2, 2)
    assert (whole.scope, whole.codes, whole.first_line, whole.last_line) == (
        SuppressionScope.FILE,
        ("FC404",),
        1,
        3,
    )


@pytest.mark.parametrize(
    ("source", "path"),
    [
        pytest.param("<!-- figcheck: ignore because -->\n\nx", "a.md", id="md-words"),
        pytest.param("<!-- figcheck: ignored -->\n\nx", "a.md", id="md-ignored"),
        pytest.param("<!-- figcheck ignore -->", "a.html", id="html-no-colon"),
        pytest.param(".. figcheck: ignore because\n\nx", "a.rst", id="rst-words"),
        pytest.param("::\n\n    .. figcheck: ignore\n", "a.rst", id="rst-in-literal"),
        pytest.param("x figcheck: ignore[bad]", "a.txt", id="text-bad-codes"),
        pytest.param("x figcheck: ignored", "a.txt", id="text-ignored"),
        pytest.param("`<!-- figcheck: ignore -->`", "a.md", id="md-in-code"),
    ],
)
def test_malformed_directive_suppresses_nothing(source: str, path: str) -> None:
    assert load_document(source, path).suppressions == ()


# --- robustness -------------------------------------------------------------------------------

GARBAGE = [
    "",
    "<<<>>>",
    "```\n$5 unclosed fence",
    "~~~~\n",
    "---\ndate: 2022-10-25\nunclosed front matter $5",
    "+++\n+++",
    "<![ <![CDATA[ <!-- <? </ <!x &#; &#x; &#99999999; &",
    "<p><b><i>$5</p></b></div></span>",
    "<script>$5",
    "[[[[]]]](((())))![[`*_",
    "> > > > - - - 1. 1) * + $5",
    ".. :: `` ** * | _ [ ] :role:`",
    "====\nTitle\n==\n\n+--+\n| a\n+--+--+\n",
    ":date: \n:author:\n\n\t_\u2028;-  \r\n>",
    "\0\x0b\x0c\x1c\u2028\u2029\x85\r\r\n\t\ufeff",
    "|" * 50 + "*" * 50 + "`" * 50,
]


def random_garbage(seed: int) -> str:
    rng = random.Random(seed)
    return bytes(rng.randrange(256) for _ in range(400)).decode("utf-8", errors="replace")


@pytest.mark.parametrize("fmt", list(Format), ids=str)
@pytest.mark.parametrize(
    "source", GARBAGE + [random_garbage(seed) for seed in range(8)], ids=range(len(GARBAGE) + 8)
)
def test_garbage_never_crashes(fmt: Format, source: str) -> None:
    doc = load_document(source, "garbage", fmt)
    assert all(0 <= doc.source_map.to_source(i) <= len(source) for i in range(len(doc.prose)))
    assert all(1 <= rule.first_line <= rule.last_line for rule in doc.suppressions)


PIECES = [
    "a", "b", "$5", "€", "₽", "😀", " ", "\t", "\n", "\r\n", "\n\n", "*", "**", "_", "`", "``",
    "[", "]", "(", ")", "![", "](", "<", ">", "<p>", "</p>", "<b>", "<!--", "-->", "<code>",
    "- ", "1. ", "> ", "# ", "| ", "---\n", "::", ".. ", ":r:", "|", "\\", "~~", "http://x/",
]  # fmt: skip


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(PIECES), max_size=40).map("".join), st.sampled_from(list(Format)))
def test_copied_prose_is_the_source(source: str, fmt: Format) -> None:
    """Without entities, every visible prose character maps to the same source character:
    whatever the markup, nothing is mapped to a wrong place."""
    doc = load_document(source, "input", fmt)
    for index, char in enumerate(doc.prose):
        if not char.isspace():
            assert source[doc.source_map.to_source(index)] == char, (index, doc.prose)


@pytest.mark.parametrize("fmt", list(Format), ids=str)
@pytest.mark.parametrize(
    "unit",
    ["<a ", "<!--", "<![", "&#", "[", "![", "`", "*a ", "> ", "- ", "|a ", ":a:`", "\\"],
)
def test_hostile_input_is_fast(fmt: Format, unit: str) -> None:
    """Repeated openers that never close: linear time (a quadratic parse takes minutes)."""
    source = unit * 20_000
    started = time.perf_counter()
    load_document(source, "hostile", fmt)
    assert time.perf_counter() - started < 10


@pytest.mark.parametrize("name", MODULES)
def test_module_examples(name: str) -> None:
    module = importlib.import_module(name)
    assert module.__doc__, name
    failures, _ = doctest.testmod(module)
    assert failures == 0
