"""Tables in Markdown and HTML files, checked as users check them: real files, ``lint`` and
the command line.

The balance sheet is an excerpt of Keihan Holdings Co., Ltd.'s consolidated balance sheet at
31 March 2018 (millions of yen, and thousands of U.S. dollars translated for convenience at
¥106.24 = US$1, the rate of that day the report's figures imply), laid out in our own words.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

import pytest

from figcheck import Conversion
from figcheck.lint.files import lint
from figcheck.lint.results import Located
from figcheck.lint.settings import Settings
from figcheck.lint.source import LintOptions

#: (label, ¥ millions 2018, ¥ millions 2017, US$ thousands 2018) as the report prints them.
Row = tuple[str, str, str, str]
ROWS: list[Row] = [
    ("Cash and deposits", "20,317", "18,372", "191,239"),
    ("Inventories", "1,772", "1,878", "16,684"),
    ("Deferred tax assets", "3,223", "2,670", "30,342"),
    ("Other", "10,099", "9,970", "95,066"),
    ("Intangible assets", "9,267", "8,044", "87,227"),
]
HEADERS = ("Current assets", "Millions of yen, 2018", "Millions of yen, 2017",
           "Thousands of U.S. dollars, 2018")  # fmt: skip
#: Without the rate itself, so that the table's figures are checked against the reference rates
#: of the day (a stated rate would add FC108 beside FC103 on a wrong cell).
INTRO = "U.S. dollar amounts are translated for convenience only (note 3)."
#: The dollar cell of "Intangible assets" ten times too large.
SLIP = "872,270"


def markdown(rows: Sequence[Row], *, before: str = "", outer: bool = True) -> str:
    """The report as a Markdown file: front matter with its date, a heading, the table (its
    rows with or without bars at their ends)."""
    bar, end = ("| ", " |") if outer else ("", "")
    lines = [
        "---",
        "date: 2018-03-31",
        "---",
        "# Keihan Holdings: consolidated balance sheet (excerpt)",
        "",
        INTRO,
        "",
        *([before] if before else []),
        bar + " | ".join(HEADERS) + end,
        "|---|--:|--:|--:|" if outer else "---|--:|--:|--:",
        *(bar + " | ".join(row) + end for row in rows),
        "",
        "Figures are unaudited.",
    ]
    return "\n".join(lines) + "\n"


def html(rows: Sequence[Row], *, thead: bool = True) -> str:
    """The report as an HTML page dated by its ``<meta>``."""
    head = "".join(f"<th>{cell}</th>" for cell in HEADERS)
    header = f"<thead><tr>{head}</tr></thead>" if thead else f"<tr>{head}</tr>"
    body = "\n".join(
        f"  <tr><th>{row[0]}</th>" + "".join(f"<td>{c}</td>" for c in row[1:]) + "</tr>"
        for row in rows
    )
    return (
        '<html><head><meta name="date" content="2018-03-31"></head>\n<body>\n'
        f"<h1>Consolidated balance sheet (excerpt)</h1>\n<p>{INTRO}</p>\n"
        f"<table>\n{header}\n<tbody>\n{body}\n</tbody>\n</table>\n</body></html>\n"
    )


def slipped(rows: Sequence[Row] = ROWS) -> Sequence[Row]:
    return [(*row[:3], SLIP) if row[0] == "Intangible assets" else row for row in rows]


def check(tmp_path: Path, name: str, text: str) -> list[Located]:
    """The findings of ``text`` written to ``tmp_path / name`` and linted."""
    return _lint(tmp_path, name, text)[0]


def table_conversions(tmp_path: Path, name: str, text: str) -> int:
    """How many conversions were read from table columns."""
    return len(_lint(tmp_path, name, text)[1])


def _lint(tmp_path: Path, name: str, text: str) -> tuple[list[Located], list[Conversion]]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    result = lint([str(path)], Settings(), LintOptions())
    assert not result.errors
    claims = result.files[0].claims
    return result.findings, [
        c for c in claims if isinstance(c, Conversion) and c.connector == "table"
    ]


def at(text: str, finding: Located) -> str:
    """The source text from a finding's line and column on (read without its offsets)."""
    line = text.split("\n")[finding.start.line - 1]
    return line[finding.start.column - 1 :]


# --- Markdown ---------------------------------------------------------------------------------


def test_markdown_convenience_translation_checks_clean(tmp_path: Path) -> None:
    """Every row is read as a conversion, and all of them agree with the reference."""
    assert check(tmp_path, "report.md", markdown(ROWS)) == []
    assert table_conversions(tmp_path, "report.md", markdown(ROWS)) == len(ROWS)


def test_markdown_cell_ten_times_too_large_is_found_at_the_cell(tmp_path: Path) -> None:
    text = markdown(slipped())
    findings = check(tmp_path, "report.md", text)
    assert [f.finding.code for f in findings] == ["FC103"]
    assert at(text, findings[0]).startswith(SLIP + " |")
    assert "| Intangible assets |" in text.split("\n")[findings[0].start.line - 1]


def test_markdown_cells_with_inline_markup(tmp_path: Path) -> None:
    """Emphasis, links, code spans and escaped bars in cells are read as in prose."""
    rows: list[Row] = [
        ("[Cash and deposits](#note-8)", "**20,317**", "18,372", "*191,239*"),
        ("Inventories `INV`", "1,772", "1,878", "16,684"),
        ("Notes \\| receivables", "3,223", "2,670", "30,342"),
        ("Intangible assets", "9,267", "8,044", f"**{SLIP}**"),
    ]
    text = markdown(rows)
    findings = check(tmp_path, "report.md", text)
    assert [f.finding.code for f in findings] == ["FC103"]
    assert at(text, findings[0]).startswith(SLIP + "**")


def test_markdown_table_without_outer_bars(tmp_path: Path) -> None:
    text = markdown(slipped(), outer=False)
    assert "\nCash and deposits | 20,317" in text
    findings = check(tmp_path, "report.md", text)
    assert [f.finding.code for f in findings] == ["FC103"]
    assert at(text, findings[0]) == SLIP


def test_markdown_table_in_a_block_quote(tmp_path: Path) -> None:
    body = markdown(slipped())
    table = [line for line in body.split("\n") if line.startswith("|")]
    text = body.replace("\n".join(table), "\n".join("> " + line for line in table))
    findings = check(tmp_path, "report.md", text)
    assert [f.finding.code for f in findings] == ["FC103"]
    assert at(text, findings[0]).startswith(SLIP + " |")


def test_table_without_currencies_gives_nothing(tmp_path: Path) -> None:
    text = (
        "# Staff\n\n| Office | Staff, 2018 | Staff, 2017 |\n|---|--:|--:|\n"
        "| Osaka | 1,204 | 1,180 |\n| Kyoto | 312 | 3,050 |\n"
    )
    assert check(tmp_path, "staff.md", text) == []
    assert check(tmp_path, "staff.html", _html_of(text)) == []


def _html_of(markdown_table: str) -> str:
    """A Markdown table's rows as an HTML table with a header row of ``<th>``."""
    rows = [line.strip("|").split("|") for line in markdown_table.split("\n") if "|" in line]
    header, body = rows[0], rows[2:]
    cells = "".join(f"<th>{cell}</th>" for cell in header)
    trs = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>\n" for row in body)
    return f"<table>\n<tr>{cells}</tr>\n{trs}</table>\n"


@pytest.mark.parametrize(
    "comment",
    ["<!-- figcheck: ignore FC103 -->", "<!-- figcheck: ignore magnitude-slip -->"],
    ids=["code", "name"],
)
def test_markdown_suppression_before_the_table(tmp_path: Path, comment: str) -> None:
    assert check(tmp_path, "report.md", markdown(slipped(), before=comment + "\n")) == []


def test_markdown_suppression_of_another_code_keeps_the_finding(tmp_path: Path) -> None:
    text = markdown(slipped(), before="<!-- figcheck: ignore FC101 -->\n")
    assert [f.finding.code for f in check(tmp_path, "report.md", text)] == ["FC103"]


# --- HTML -------------------------------------------------------------------------------------


@pytest.mark.parametrize("thead", [True, False], ids=["thead", "first-row-of-th"])
def test_html_convenience_translation_checks_clean(tmp_path: Path, thead: bool) -> None:
    assert check(tmp_path, "report.html", html(ROWS, thead=thead)) == []
    assert table_conversions(tmp_path, "report.html", html(ROWS, thead=thead)) == len(ROWS)


@pytest.mark.parametrize("thead", [True, False], ids=["thead", "first-row-of-th"])
def test_html_cell_ten_times_too_large_is_found_at_the_cell(tmp_path: Path, thead: bool) -> None:
    text = html(slipped(), thead=thead)
    findings = check(tmp_path, "report.html", text)
    assert [f.finding.code for f in findings] == ["FC103"]
    assert at(text, findings[0]).startswith(SLIP + "</td>")


def test_html_cells_with_inline_markup_and_entities(tmp_path: Path) -> None:
    rows: list[Row] = [
        ("Cash &amp; deposits", "<b>20,317</b>", "18,372", "<span>$&nbsp;191,239</span>"),
        ("Inventories<br>(note 4)", "1,772", "1,878", "16,684"),
        ("Deferred | tax assets", "3,223", "2,670", "30,342"),
        ("Intangible assets", "9,267", "8,044", f"<a href='#n'>{SLIP}</a>"),
    ]
    text = html(rows)
    findings = check(tmp_path, "report.html", text)
    assert [f.finding.code for f in findings] == ["FC103"]
    assert at(text, findings[0]).startswith(SLIP + "</a>")


def test_html_suppression_before_the_table(tmp_path: Path) -> None:
    text = html(slipped()).replace("<table>", "<!-- figcheck: ignore FC103 -->\n<table>")
    assert check(tmp_path, "report.html", text) == []


def test_html_table_with_two_header_rows_is_not_read(tmp_path: Path) -> None:
    """A second header row ("2018 | 2017" under "Millions of yen") is not read: the table's
    cells stay separate, as before, rather than be paired by half their header."""
    text = html(slipped()).replace(
        "<thead>", "<thead><tr><th></th><th colspan='2'>Yen</th><th>Dollars</th></tr>"
    )
    assert check(tmp_path, "report.html", text) == []


# --- the command line -------------------------------------------------------------------------


def test_command_line_points_at_the_cell(tmp_path: Path) -> None:
    text = markdown(slipped())
    (tmp_path / "report.md").write_text(text, encoding="utf-8")
    script = shutil.which("figcheck", path=str(Path(sys.executable).parent))
    command = [script] if script else [sys.executable, "-m", "figcheck"]
    done = subprocess.run(
        [*command, "check", "report.md"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 1, done.stderr
    line = next(n for n, row in enumerate(text.split("\n"), 1) if SLIP in row)
    column = text.split("\n")[line - 1].index(SLIP) + 1
    found = re.findall(r"^report\.md:(\d+):(\d+): (FC\d{3}) ", done.stdout, re.MULTILINE)
    assert found == [(str(line), str(column), "FC103")]
