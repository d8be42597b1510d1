"""Documents that are large, deep or oddly encoded: read whole, placed right, reported fast.

Three promises, each checked on real files and, where it is the user's view, through the real
command line in a subprocess:

- the text report costs the same per finding on a line of a megabyte as on a short one, and
  its excerpt stays a short window with the caret under the figure;
- text nested deeper than a parser goes (Markdown block quotes and lists, reStructuredText
  indentation, HTML elements) is still read and checked, and memory stays bounded;
- UTF-8, UTF-16 and UTF-32 files with a byte-order mark are read, binary files are still
  refused, and every line break (LF, CRLF, CR, NEL, U+2028, U+2029) starts a new line in the
  reported positions.
"""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from figcheck.lint import reporters, streaming
from figcheck.lint.documents import Format
from figcheck.lint.files import lint_file
from figcheck.lint.lines import LineIndex, split_lines
from figcheck.lint.results import FileResult, Located, Position, RunResult
from figcheck.lint.settings import Settings
from figcheck.lint.source import LintOptions
from figcheck.model import Evidence, Finding, Severity, Span

DATE = "2021-03-01"
PAYS = "It pays 300,000 rubles ($4,980) and 200,000 rubles ($33,200)."
#: What PAYS raises, by code and column within its line.
PAYS_FINDINGS = [("FC102", PAYS.index("$4,980") + 1), ("FC103", PAYS.index("$33,200") + 1)]
PRIZE = "The prize is 200,000 rubles ($33,200) and 100,000 rubles ($1,660). "
#: A run that ends far sooner once output is linear; the quadratic report took over a minute.
HANG = 30


def run_figcheck(
    *args: str, cwd: Path, stdin: bytes | None = None, timeout: float = HANG
) -> subprocess.CompletedProcess[bytes]:
    """The real command line, in a subprocess."""
    return subprocess.run(
        [sys.executable, "-m", "figcheck", *args],
        input=stdin,
        capture_output=True,
        cwd=cwd,
        timeout=timeout,
        check=False,
    )


def json_findings(result: subprocess.CompletedProcess[bytes]) -> list[tuple[str, int, int]]:
    """(code, line, column) of every finding of a ``--output-format json`` run."""
    document: dict[str, Any] = json.loads(result.stdout)
    return [(f["code"], f["start"]["line"], f["start"]["column"]) for f in document["findings"]]


def lint(path: Path) -> list[tuple[str, int, int]]:
    """(code, line, column) of every finding in ``path``, read as the command line reads it."""
    result = lint_file(str(path), Settings(), LintOptions(date=dt.date(2021, 3, 1)))
    assert result.error is None, result.error
    return [(f.finding.code, f.start.line, f.start.column) for f in result.findings]


def expected_on(line: int) -> list[tuple[str, int, int]]:
    """PAYS's findings when it stands at the start of ``line``."""
    return [(code, line, column) for code, column in PAYS_FINDINGS]


# --- 1. text output on huge lines ----------------------------------------------------------


def test_text_output_on_a_huge_line_is_linear(tmp_path: Path) -> None:
    """2,000 findings on one 136 KB line: the excerpt of each must not cost the whole line."""
    (tmp_path / "prize.txt").write_text(PRIZE * 2000, encoding="utf-8")
    result = run_figcheck("check", "--date", "2022-10-25", "prize.txt", cwd=tmp_path)
    assert result.returncode == 1, result.stderr
    lines = result.stdout.decode("utf-8").splitlines()
    assert lines[-1].startswith("Found 2000 findings")
    assert max(len(line) for line in lines if " | " in line) < 120


def one_finding_on(source: str, start: int, end: int) -> RunResult:
    """A run with one error on ``source[start:end]``, placed as the linter places it."""
    index = LineIndex(source)

    def position(offset: int) -> Position:
        return Position(*index.position(offset), offset)

    finding = Finding("FC999", "made-up", Severity.ERROR, Span(start, end), "m", Evidence(()))
    located = Located(finding, "doc.txt", position(start), position(end))
    return RunResult(files=(FileResult("doc.txt", source, (located,)),))


def excerpt_of(run: RunResult) -> tuple[str, str]:
    """The excerpt line's text and the part of it the carets stand under."""
    excerpt, underline = reporters.render(run, "text").splitlines()[1:3]
    text, marks = excerpt.split("| ", 1)[1], underline.split("| ", 1)[1]
    start = marks.index("^")
    return text, text[start : start + marks.count("^")]


@pytest.mark.parametrize(
    ("before", "after"),
    [
        pytest.param(50_000, 50_000, id="middle"),
        pytest.param(3, 100_000, id="near-the-start"),
        pytest.param(100_000, 3, id="near-the-end"),
    ],
)
def test_the_excerpt_of_a_100_kb_line_is_a_short_window(before: int, after: int) -> None:
    source = "a" * before + "$4,980" + "b" * after + "\nnext line\n"
    start = source.index("$")
    text, marked = excerpt_of(one_finding_on(source, start, start + 6))
    assert len(text) <= 102
    assert marked == "$4,980"
    assert text.startswith("…") == (before > 40)
    assert text.endswith("…") == (after > 40)


def test_tabs_and_wide_characters_in_a_cut_line_keep_the_caret_under_the_figure() -> None:
    source = "\t工资" * 30_000 + "\t$4,980\t" + "工资\t" * 30_000
    start = source.index("$")
    rendered = reporters.render(one_finding_on(source, start, start + 6), "text")
    excerpt, underline = rendered.splitlines()[1:3]
    shown, marks = excerpt.split("| ", 1)[1], underline.split("| ", 1)[1]
    assert "\t" not in shown
    assert shown.startswith("…")
    assert shown.endswith("…")
    prefix = shown[: shown.index("$")]
    width = sum(2 if char in "工资" else 1 for char in prefix)
    assert marks == " " * width + "^" * 6


def test_a_figure_running_past_a_cut_line_is_underlined_to_the_window_end() -> None:
    source = "x" * 100 + "$" + "9" * 100_000 + "\n"
    start = source.index("$")
    text, marked = excerpt_of(one_finding_on(source, start, len(source) - 1))
    assert text.endswith("…")
    assert marked.startswith("$999")
    assert len(text) <= 102


# --- 2. deep nesting -------------------------------------------------------------------------


def nested_list(depth: int, last: str) -> str:
    """A bullet list ``depth`` levels deep whose innermost item is ``last``."""
    items = [f"{'  ' * level}- level {level}\n" for level in range(depth)]
    return "".join(items) + f"{'  ' * depth}- {last}\n"


@pytest.mark.parametrize(
    ("name", "source", "line"),
    [
        pytest.param("quote20.md", "> " * 20 + PAYS + "\n", 1, id="20-block-quotes"),
        pytest.param("list10.md", nested_list(10, PAYS), 11, id="10-lists"),
    ],
)
def test_deep_markdown_is_checked_not_dropped(
    tmp_path: Path, name: str, source: str, line: int
) -> None:
    (tmp_path / name).write_text(source, encoding="utf-8")
    result = run_figcheck("check", "--date", DATE, "--output-format", "json", name, cwd=tmp_path)
    assert result.returncode == 1, result.stdout.decode() + result.stderr.decode()
    indent = source.splitlines()[line - 1].index("It pays")
    assert json_findings(result) == [
        (code, line, indent + column) for code, column in PAYS_FINDINGS
    ]


def test_markdown_at_any_depth_keeps_positions_and_drops_markers(tmp_path: Path) -> None:
    quote = "> " * 150
    source = f"Intro.\n\n{quote}Opening words.\n{quote}{PAYS}\n\n" + nested_list(60, PAYS)
    path = tmp_path / "deep.md"
    path.write_text(source, encoding="utf-8")
    lines = source.splitlines()
    found = lint(path)
    assert [(code, line) for code, line, _ in found] == [
        ("FC102", 4),
        ("FC103", 4),
        ("FC102", len(lines)),
        ("FC103", len(lines)),
    ]
    for code, line, column in found:
        figure = "$4,980" if code == "FC102" else "$33,200"
        assert lines[line - 1][column - 1 :].startswith(figure)


def test_deep_markdown_inline_markup_under_the_limit_is_still_markdown(tmp_path: Path) -> None:
    """Only what the parser dropped is read as plain lines: a code span at a normal depth is
    still code, not prose."""
    path = tmp_path / "code.md"
    path.write_text("> " * 5 + "`300,000 rubles ($4,980)`\n", encoding="utf-8")
    assert lint(path) == []
    path.write_text("> " * 5 + "300,000 rubles ($4,980)\n", encoding="utf-8")
    assert [code for code, _, _ in lint(path)] == ["FC102"]


def deep_rst(depth: int) -> str:
    """A staircase of paragraphs, each indented one space (one block quote) deeper, with PAYS
    at the bottom: about ``depth ** 2 / 2`` bytes."""
    steps = [" " * level + f"Level {level}.\n\n" for level in range(depth)]
    return "".join(steps) + " " * depth + PAYS + "\n"


MEASURE = """
import datetime as dt, json, sys
from figcheck.lint.files import lint_file
from figcheck.lint.source import LintOptions
from figcheck.lint.settings import Settings
result = lint_file(sys.argv[1], Settings(), LintOptions(date=dt.date(2021, 3, 1)))
findings = [(f.finding.code, f.start.line, f.start.column) for f in result.findings]
# VmHWM belongs to this program's own memory map; ru_maxrss would carry the parent's high-water
# mark across fork and exec, and the parent is a test process that may be large.
status = open("/proc/self/status", encoding="ascii").read()
peak = int(status.split("VmHWM:")[1].split()[0]) // 1024  # kB
print(json.dumps({"findings": findings, "error": result.error, "peak_mb": peak}))
"""


@pytest.mark.skipif(sys.platform != "linux", reason="peak memory is read from /proc")
def test_deeply_nested_rst_is_read_in_bounded_memory(tmp_path: Path) -> None:
    """1 MB nested 1,400 block quotes deep: docutils copies a block's lines at every level
    (600 MB before); the lines past the depth limit are read as plain paragraphs."""
    path = tmp_path / "deep.rst"
    path.write_text(deep_rst(1400), encoding="utf-8")
    assert path.stat().st_size > 900_000
    run = subprocess.run(
        [sys.executable, "-c", MEASURE, str(path)],
        capture_output=True,
        text=True,
        timeout=HANG,
        check=True,
    )
    measured = json.loads(run.stdout)
    assert measured["error"] is None
    assert [tuple(f) for f in measured["findings"]] == [
        (code, 2801, 1400 + column) for code, column in PAYS_FINDINGS
    ]
    assert measured["peak_mb"] < 300


def test_rst_past_the_depth_limit_keeps_inline_markup_and_list_text(tmp_path: Path) -> None:
    source = deep_rst(60).removesuffix(" " * 60 + PAYS + "\n")
    source += " " * 60 + "- ``$1 code`` and " + PAYS + "\n"
    path = tmp_path / "list.rst"
    path.write_text(source, encoding="utf-8")
    offset = len(" " * 60 + "- ``$1 code`` and ")
    assert lint(path) == [(code, 121, offset + column) for code, column in PAYS_FINDINGS]


def test_rst_within_the_depth_limit_is_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "shallow.rst"
    path.write_text(deep_rst(40), encoding="utf-8")
    assert lint(path) == [(code, 81, 40 + column) for code, column in PAYS_FINDINGS]


def test_deeply_nested_html_is_read(tmp_path: Path) -> None:
    opening = "<div><blockquote><ul><li>" * 5000
    closing = "</li></ul></blockquote></div>" * 5000
    path = tmp_path / "deep.html"
    path.write_text(f"<html><body>\n{opening}\n<p>{PAYS}</p>\n{closing}\n</body></html>")
    assert lint(path) == [(code, 3, 3 + column) for code, column in PAYS_FINDINGS]


# --- 3. encodings and line breaks ------------------------------------------------------------

MARKDOWN = f"# Grants\n\nIntro line.\n\n- {PAYS}\n"
MARKDOWN_FINDINGS = [(code, 5, 2 + column) for code, column in PAYS_FINDINGS]


def test_utf16_markdown_through_the_command_line_matches_utf8(tmp_path: Path) -> None:
    (tmp_path / "utf8.md").write_bytes(MARKDOWN.encode("utf-8"))
    (tmp_path / "utf16.md").write_bytes(b"\xff\xfe" + MARKDOWN.encode("utf-16-le"))
    utf8, utf16 = (
        run_figcheck("check", "--date", DATE, "--output-format", "json", name, cwd=tmp_path)
        for name in ("utf8.md", "utf16.md")
    )
    assert utf16.returncode == utf8.returncode == 1, utf16.stdout.decode()
    assert json_findings(utf16) == json_findings(utf8) == MARKDOWN_FINDINGS


def test_utf16_on_standard_input(tmp_path: Path) -> None:
    data = b"\xfe\xff" + MARKDOWN.encode("utf-16-be")
    result = run_figcheck(
        "check", "--date", DATE, "--output-format", "json", "--stdin-filename", "in.md", "-",
        cwd=tmp_path,
        stdin=data,
    )  # fmt: skip
    assert result.returncode == 1, result.stdout.decode()
    assert json_findings(result) == MARKDOWN_FINDINGS


ENCODED = {
    "utf-8-bom": b"\xef\xbb\xbf" + MARKDOWN.encode("utf-8"),
    "utf-16-le": b"\xff\xfe" + MARKDOWN.encode("utf-16-le"),
    "utf-16-be": b"\xfe\xff" + MARKDOWN.encode("utf-16-be"),
    "utf-32-le": b"\xff\xfe\0\0" + MARKDOWN.encode("utf-32-le"),
    "utf-32-be": b"\0\0\xfe\xff" + MARKDOWN.encode("utf-32-be"),
}


@pytest.mark.parametrize("encoding", ENCODED)
def test_every_byte_order_mark_is_read(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "doc.md"
    path.write_bytes(ENCODED[encoding])
    assert lint(path) == MARKDOWN_FINDINGS


@pytest.mark.parametrize("encoding", ENCODED)
@pytest.mark.parametrize("size", [1, 10_000])
def test_streamed_files_with_a_byte_order_mark_match_the_whole_file(
    tmp_path: Path, encoding: str, size: int
) -> None:
    """The large-file path reads bytes in chunks, so UTF-16 text is not cut at b"\\n"."""
    path = tmp_path / "big.md"
    path.write_bytes(ENCODED[encoding])
    options = LintOptions(date=dt.date(2021, 3, 1))
    result = streaming.lint_streamed(str(path), Format.MARKDOWN, Settings(), options, size)
    assert result.error is None, result.error
    assert [(f.finding.code, f.start.line, f.start.column) for f in result.findings] == (
        MARKDOWN_FINDINGS
    )


def test_a_binary_file_is_still_refused(tmp_path: Path) -> None:
    (tmp_path / "image.md").write_bytes(b"GIF89a\x01\0\x01\0\0\0\0" + bytes(range(256)))
    (tmp_path / "fake.md").write_bytes(b"\xfe\xff" + b"\0" * 16)  # a UTF-16 mark, then NULs
    result = run_figcheck("check", "image.md", "fake.md", cwd=tmp_path)
    assert result.returncode == 2
    output = result.stdout.decode("utf-8")
    assert "image.md: error: looks like a binary file" in output
    assert "fake.md: error: looks like a binary file" in output
    assert "Traceback" not in result.stderr.decode("utf-8")


def test_a_bad_utf16_file_names_the_byte_on_both_paths(tmp_path: Path) -> None:
    path = tmp_path / "broken.md"
    path.write_bytes(b"\xff\xfe" + "ok ".encode("utf-16-le") + b"\x00\xdc")  # a lone surrogate
    whole = lint_file(str(path), Settings(), LintOptions())
    streamed = streaming.lint_streamed(str(path), Format.MARKDOWN, Settings(), LintOptions())
    assert (whole.error or "").startswith(f"{path}: not valid utf-16-le at byte 8: ")
    assert streamed.error == whole.error


BREAKS = {
    "cr": "\r",
    "crlf": "\r\n",
    "nel": "\x85",
    "line-separator": "\u2028",
    "paragraph-separator": "\u2029",
}
TEXT = f"Title\n\nIntro line.\n\n{PAYS}\n"


@pytest.mark.parametrize("suffix", [".txt", ".md", ".html", ".rst"])
def test_a_lone_cr_starts_a_new_line_in_every_format(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"mac{suffix}"
    path.write_bytes(TEXT.replace("\n", "\r").encode("utf-8"))
    assert lint(path) == expected_on(5)


@pytest.mark.parametrize("name", BREAKS)
def test_every_line_break_counts_in_plain_text(tmp_path: Path, name: str) -> None:
    path = tmp_path / "doc.txt"
    path.write_bytes(TEXT.replace("\n", BREAKS[name]).encode("utf-8"))
    assert lint(path) == expected_on(5)


@pytest.mark.parametrize("name", BREAKS)
def test_every_line_break_counts_on_the_large_file_path(tmp_path: Path, name: str) -> None:
    path = tmp_path / "doc.txt"
    path.write_bytes((TEXT * 3).replace("\n", BREAKS[name]).encode("utf-8"))
    options = LintOptions(date=dt.date(2021, 3, 1))
    result = streaming.lint_streamed(str(path), Format.TEXT, Settings(), options, 10)
    lines = [f.start.line for f in result.findings]
    assert lines == [5, 5, 10, 10, 15, 15]


def test_the_text_report_shows_the_line_a_cr_file_reports(tmp_path: Path) -> None:
    (tmp_path / "mac.txt").write_bytes(TEXT.replace("\n", "\r").encode("utf-8"))
    result = run_figcheck("check", "--date", DATE, "mac.txt", cwd=tmp_path)
    lines = result.stdout.decode("utf-8").splitlines()
    column = PAYS.index("$33,200") + 1
    assert f"mac.txt:5:{column}: FC103 " in "\n".join(lines)
    assert f" 5 | {PAYS}" in lines


@given(st.text(alphabet=["a", " ", "\n", "\r", "\x85", "\u2028", "\u2029", "\x0b"], max_size=30))
def test_split_lines_numbers_lines_as_the_line_index_does(text: str) -> None:
    index = LineIndex(text)
    lines = split_lines(text)
    assert lines == [text[start:end] for start, end in zip(index.starts, index.ends, strict=True)]
    assert len(lines) == index.count
