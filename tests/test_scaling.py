"""Many files and huge files: ``--jobs``, the progress bar, and paragraph-batch streaming."""

from __future__ import annotations

import datetime as dt
import os
import pty
import select
import subprocess
import sys
from pathlib import Path

import pytest

from figcheck.cli._parallel import chunked
from figcheck.lint import streaming
from figcheck.lint.documents import Format
from figcheck.lint.files import lint_file
from figcheck.lint.lines import LineIndex
from figcheck.lint.reporters import FORMATS, render
from figcheck.lint.results import FileResult, RunResult
from figcheck.lint.settings import Settings
from figcheck.lint.source import LintOptions, lint_source

ROOT = Path(__file__).resolve().parent.parent
WRONG = (ROOT / "examples" / "bounty-scheme-with-errors.txt").read_text(encoding="utf-8")
CLEAN = (ROOT / "examples" / "bounty-scheme.txt").read_text(encoding="utf-8")
DATE = dt.date(2022, 10, 25)


def figcheck(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "figcheck", *args], cwd=cwd, capture_output=True, text=True
    )


@pytest.fixture(scope="module")
def many(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """40 small articles in two folders, some clean, some wrong, one unreadable."""
    root = tmp_path_factory.mktemp("many")
    for number in range(40):
        folder = root / ("a" if number % 2 else "b")
        folder.mkdir(exist_ok=True)
        text = (WRONG if number % 3 else CLEAN) * (1 + number % 4)
        (folder / f"doc{number:02d}.txt").write_text(text, encoding="utf-8")
    (root / "b" / "binary.txt").write_bytes(b"\0\1\2")
    return root


@pytest.mark.parametrize("output", ["text", "json"])
def test_jobs_give_the_same_report_in_the_same_order(many: Path, output: str) -> None:
    one = figcheck("check", "--jobs", "1", "--output-format", output, "b", "a", cwd=many)
    two = figcheck("check", "--jobs", "2", "--output-format", output, "b", "a", cwd=many)
    assert one.returncode == two.returncode == 2  # the binary file is an input error
    assert one.stdout == two.stdout
    assert one.stdout.index("b/doc00.txt") < one.stdout.index("a/doc01.txt")
    assert "binary" in one.stdout + one.stderr


def test_jobs_must_be_positive(many: Path) -> None:
    result = figcheck("check", "--jobs", "0", "a", cwd=many)
    assert result.returncode == 2
    assert "number of processes" in result.stderr


def test_stdin_is_read_in_the_main_process_among_files(many: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "figcheck", "check", "--jobs", "2", "a/doc01.txt", "-", "a"],
        cwd=many,
        input=WRONG,
        capture_output=True,
        text=True,
    )
    lines = [line.split(":")[0] for line in result.stdout.splitlines() if ": FC" in line]
    assert lines.index("-") > lines.index("a/doc01.txt")
    assert lines[-1].startswith("a/doc")


def test_chunks_cover_every_path_in_order() -> None:
    paths = [str(n) for n in range(101)]
    chunks = chunked(paths, 2)
    assert [p for chunk in chunks for p in chunk] == paths
    assert len(chunks) >= 8


def test_no_progress_bar_when_piped(many: Path) -> None:
    result = figcheck("check", "--jobs", "2", ".", cwd=many)
    assert result.stderr == ""
    assert "files/s" not in result.stdout


def _under_terminal(args: list[str], cwd: Path) -> str:
    """Run with standard error on a pseudo-terminal (stdout piped); what the terminal got."""
    main, secondary = pty.openpty()
    process = subprocess.Popen(
        args, cwd=cwd, stdout=subprocess.DEVNULL, stderr=secondary, stdin=subprocess.DEVNULL
    )
    os.close(secondary)
    chunks = []
    while True:
        ready, _, _ = select.select([main], [], [], 60)
        if not ready:
            break
        try:
            data = os.read(main, 4096)
        except OSError:  # the other end closed: the process is done
            break
        if not data:
            break
        chunks.append(data)
    process.wait(timeout=60)
    os.close(main)
    return b"".join(chunks).decode("utf-8", "replace")


def test_progress_bar_on_a_terminal(many: Path) -> None:
    shown = _under_terminal([sys.executable, "-m", "figcheck", "check", "-j", "2", "."], many)
    assert "41/41 files" in shown
    assert "findings" in shown
    assert "files/s" in shown
    assert shown.endswith("\r\x1b[2K")  # erased before the report


def test_no_progress_bar_for_a_few_files(many: Path) -> None:
    shown = _under_terminal([sys.executable, "-m", "figcheck", "check", "a/doc01.txt"], many)
    assert "files/s" not in shown


# --- Streaming -----------------------------------------------------------------------------

MARKDOWN = """---
title: Grants
date: 2022-10-25
---

# Grants

The grant of €50m, or $540m, was approved.

```text
A fenced block: 300,000 rubles ($4,980)

and 200,000 rubles ($33,200), which is code, not prose.
```

<!-- figcheck: ignore FC103 -->
The prize is 200,000 rubles ($33,200) and the runner-up gets 100,000 rubles ($1,660).

- A list item with £100 ($500).

  Its second paragraph: £200 ($2,260).

The deal is worth 3 million pounds — $34m — to the club.

<!-- figcheck: ignore FC999 -->
"""


def _key(result: FileResult) -> list[object]:
    """What a streamed result must share with the whole-file one: everything but the prose
    span, which is relative to the batch's prose."""
    return [
        (f.finding.code, f.finding.message, f.finding.evidence, f.start, f.end)
        for f in result.findings
    ]


def _rendered(result: FileResult) -> dict[str, str]:
    # html shows the whole text and its claims, which a streamed file does not keep
    return {name: render(RunResult(files=(result,)), name) for name in FORMATS if name != "html"}


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("wrong.txt", WRONG),
        ("clean.txt", CLEAN),
        ("grants.md", MARKDOWN),
        ("crlf.txt", WRONG.replace("\n", "\r\n")),
        ("bom.md", "\ufeff" + MARKDOWN),
    ],
)
def test_one_batch_is_the_whole_file(tmp_path: Path, name: str, text: str) -> None:
    """Streamed as a single batch, a normal-size file gives exactly the whole-file result."""
    path = tmp_path / name
    path.write_bytes(text.encode("utf-8"))
    settings = Settings(report_unused_suppressions=True)
    markup = Format.MARKDOWN if name.endswith(".md") else Format.TEXT
    whole = lint_file(str(path), settings, LintOptions(date=DATE))
    streamed = streaming.lint_streamed(str(path), markup, settings, LintOptions(date=DATE))
    assert whole.findings or whole.claims  # the clean file: claims checked, nothing found
    assert streamed.findings == whole.findings
    assert _rendered(streamed) == _rendered(whole)


@pytest.mark.parametrize("size", [1, 200, 2_000])
def test_small_batches_place_findings_in_the_whole_file(tmp_path: Path, size: int) -> None:
    """Cut into many batches, each batch is checked as a document of its own (so the consensus
    is per batch), and every finding lands on its figure in the whole file."""
    path = tmp_path / "many.md"
    source = "\n\n".join([MARKDOWN.split("---\n", 2)[2]] * 12)
    path.write_text(source, encoding="utf-8")
    settings = Settings(report_unused_suppressions=True)
    options = LintOptions(date=DATE)
    streamed = streaming.lint_streamed(str(path), Format.MARKDOWN, settings, options, size)
    batches = list(streaming.batches(source.splitlines(keepends=True), size))
    one_by_one = [lint_source(b.text, str(path), settings, options) for b in batches]
    expected = [f.finding.code for result in one_by_one for f in result.findings]
    assert [f.finding.code for f in streamed.findings] == expected
    index = LineIndex(source)
    for located in streamed.findings:
        assert index.position(located.start.offset) == (located.start.line, located.start.column)
        figure = source[located.start.offset : located.end.offset]
        figures = located.finding.evidence.figures
        assert any(f in figure for f in figures) or not figures
    assert len(batches) > 1


def test_batches_end_only_at_safe_paragraph_breaks() -> None:
    text = MARKDOWN * 3
    batches = list(streaming.batches(text.splitlines(keepends=True), size=1))
    assert "".join(b.text for b in batches) == text
    for batch in batches[:-1]:
        assert batch.text.count("```") % 2 == 0  # a fence is never cut
        assert not batch.text.startswith("  ")  # nor a list item's continuation
        assert not batch.text.rstrip().endswith("-->")  # nor a comment from its block
    offsets = [b.offset_base for b in batches]
    assert offsets == sorted(offsets)
    assert batches[-1].line_base + batches[-1].text.count("\n") == text.count("\n")


def test_date_from_front_matter_applies_to_every_batch(tmp_path: Path) -> None:
    path = tmp_path / "dated.md"
    path.write_text(MARKDOWN + "\n" + "Filler paragraph.\n\n" * 50 + MARKDOWN.split("---", 2)[2])
    streamed = streaming.lint_streamed(str(path), Format.MARKDOWN, Settings(), LintOptions(), 10)
    assert "FC404" not in {f.finding.code for f in streamed.findings}  # FC404: no date
    undated = tmp_path / "undated.md"
    undated.write_text(MARKDOWN.split("---", 2)[2] * 3)
    streamed = streaming.lint_streamed(str(undated), Format.MARKDOWN, Settings(), LintOptions(), 10)
    assert "FC404" in {f.finding.code for f in streamed.findings}


def test_file_wide_suppression_covers_earlier_batches(tmp_path: Path) -> None:
    path = tmp_path / "late.txt"
    path.write_text(WRONG + "\n\n" + "Filler.\n\n" * 20 + "figcheck: ignore-file\n")
    whole = lint_file(str(path), Settings(), LintOptions(date=DATE))
    streamed = streaming.lint_streamed(
        str(path), Format.TEXT, Settings(), LintOptions(date=DATE), 5
    )
    assert _key(streamed) == _key(whole)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"ok\n\xff\n", "not valid utf-8 at byte 3"),
        (b"\0binary", "looks like a binary file"),
    ],
)
def test_streamed_input_errors_match_the_whole_file_path(
    tmp_path: Path, data: bytes, message: str
) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    streamed = streaming.lint_streamed(str(path), Format.TEXT, Settings(), LintOptions())
    whole = lint_file(str(path), Settings(), LintOptions())
    assert streamed.error == whole.error
    assert message in (streamed.error or "")


def test_lint_file_streams_above_the_threshold(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "big.txt"
    path.write_text(WRONG * 5, encoding="utf-8")
    monkeypatch.setattr(streaming, "STREAM_THRESHOLD", 100)
    assert streaming.should_stream(path, Format.TEXT, streaming.STREAM_THRESHOLD)
    assert not streaming.should_stream(path, Format.HTML, 100)
    result = lint_file(str(path), Settings(), LintOptions(date=DATE))
    assert result.claims == ()  # the streamed path keeps no claims
    whole = lint_source(path.read_text(encoding="utf-8"), str(path), Settings(), LintOptions())
    assert whole.claims
