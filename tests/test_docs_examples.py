"""Every command and Python example of README.md and docs/ runs, and prints what the page shows.

Every fenced block of README.md and docs/ that holds Python or shell commands is run here:

- a Python block with ``>>>`` prompts is a doctest, run by tests/test_docs.py;
- any other Python block is executed, and when a ``text`` block follows it directly, what it
  prints must be that text;
- a ``console`` block (or a ``text`` block starting with ``$ ``) holds ``$ command`` lines, each
  followed by its output; an ``sh`` block holds bare commands, and its output is the ``text``
  block directly after it, if there is one (without one, the commands must merely succeed).
  Commands run through a shell in a fresh folder holding a copy of ``examples/`` and ``docs/``,
  with the virtual environment's ``figcheck`` and ``python`` first on the ``PATH``.

In shown output, ``...`` stands for any text (as in doctests). A block with a ``title="name"``
(`` ```markdown title="notes.md" ``) is a file the commands of its page can read: it is written
into the folder first. A block that cannot run here (a download, an install, a cluster) is
marked in the Markdown, right before it, with ``<!-- docs-test: skip (the reason) -->``, and
``SKIPPED`` below counts those markers page by page, so that nothing escapes unnoticed.
"""

from __future__ import annotations

import contextlib
import difflib
import doctest
import io
import os
import re
import shutil
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from markdown_it import MarkdownIt
from markdown_it.token import Token

import figcheck

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
#: Every page whose blocks are run: the README and the whole docs folder (rules included).
PAGES = [ROOT / "README.md", *sorted(DOCS.rglob("*.md"))]

#: The skip marker: ``<!-- docs-test: skip (needs network) -->``, a reason required.
SKIP_MARKER = re.compile(r"<!--\s*docs-test:\s*skip\s*\((?P<reason>[^()]+)\)\s*-->")
#: Anything that looks like a marker, to catch a malformed one.
ANY_MARKER = re.compile(r"<!--\s*docs-test\b")
TITLE = re.compile(r'\btitle="(?P<title>[^"]+)"')

#: How many blocks each page marks as not runnable here. A new skip marker must be added here
#: too, on purpose.
SKIPPED: dict[str, int] = {
    "README.md": 3,  # the two installs .ci/run makes, a synopsis
    "benchmarks.md": 5,  # minutes of benchmarks, other packages, a generated 50 MB file
    "ci.md": 1,  # pre-commit install
    "pytest.md": 3,  # pytest's own output (timings), a module of your project, an install
    "quickstart.md": 1,  # an install
    "reference-rates.md": 3,  # two downloads; today's date
    "robustness.md": 1,  # a fuzzing run of minutes
    "scaling.md": 5,  # an archive, an install, Dask and Parquet, a Dask cluster, an object store
}


@dataclass(frozen=True)
class Block:
    """One fenced block of a page, with what the page says around it."""

    page: Path
    line: int
    lang: str
    title: str | None
    content: str
    skip: str | None
    output: str | None

    @property
    def id(self) -> str:
        return f"{self.page.relative_to(ROOT)}:{self.line}"

    @property
    def kind(self) -> str:
        """doctest, python, console (commands with their output), sh (bare commands) or other."""
        if self.lang in {"python", "py", "pycon"}:
            return "doctest" if re.search(r"^>>> ", self.content, re.MULTILINE) else "python"
        if self.lang == "console" or (self.lang == "text" and self.content.startswith("$ ")):
            return "console"
        if self.lang in {"sh", "bash", "shell"}:
            return "sh"
        return "other"


def page_blocks(page: Path) -> list[Block]:
    tokens = MarkdownIt("commonmark").parse(page.read_text(encoding="utf-8"))
    blocks = []
    for index, token in enumerate(tokens):
        if token.type != "fence":
            continue
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        title = TITLE.search(token.info)
        assert token.map is not None
        blocks.append(
            Block(
                page=page,
                line=token.map[0] + 1,
                lang=token.info.split(" ")[0].strip(),
                title=title["title"] if title else None,
                content=token.content,
                skip=_skip_reason(tokens[:index]),
                output=_output(following),
            )
        )
    return blocks


def _skip_reason(before: list[Token]) -> str | None:
    """The reason of a skip marker among the HTML comments right before a block."""
    for token in reversed(before):
        if token.type != "html_block":
            return None
        if marker := SKIP_MARKER.search(token.content):
            return marker["reason"].strip()
    return None


def _output(token: Token | None) -> str | None:
    """The output shown by a ``text`` block right after a block, if there is one."""
    if token is not None and token.type == "fence" and token.info.strip() == "text":
        return token.content
    return None


def all_blocks() -> Iterator[Block]:
    for page in PAGES:
        yield from page_blocks(page)


BLOCKS = list(all_blocks())
RUNNABLE = [b for b in BLOCKS if b.kind in {"python", "console", "sh"} and b.skip is None]


def test_every_skip_marker_is_well_formed_and_stands_before_a_runnable_block() -> None:
    for page in PAGES:
        text = page.read_text(encoding="utf-8")
        used = [b for b in page_blocks(page) if b.skip is not None]
        assert all(b.kind != "other" for b in used), [b.id for b in used if b.kind == "other"]
        assert len(ANY_MARKER.findall(text)) == len(used), (
            f"{page.name}: a docs-test marker is malformed or not right before a code block"
        )


def test_skipped_blocks_are_counted() -> None:
    skipped = Counter(b.page.name for b in BLOCKS if b.skip is not None)
    assert dict(skipped) == SKIPPED, [f"{b.id}: {b.skip}" for b in BLOCKS if b.skip is not None]


def test_the_examples_are_found() -> None:
    kinds = Counter(b.kind for b in RUNNABLE)
    assert kinds["python"] >= 3
    assert kinds["console"] + kinds["sh"] >= 10


NORMALISE_VERSION = re.compile(re.escape(figcheck.__version__))


def tidy(text: str, folder: Path) -> str:
    """Paths into ``folder`` made relative, the version as ``<version>``, trailing spaces and
    blank lines at either end dropped."""
    text = text.replace(f"{folder}{os.sep}", "").replace(str(folder), ".")
    text = NORMALISE_VERSION.sub("<version>", text)
    return "\n".join(line.rstrip() for line in text.strip("\n").splitlines()) + "\n"


def assert_shown(want: str, got: str, folder: Path, what: str) -> None:
    """``got`` is the output the page shows for ``what``; ``...`` in it matches anything."""
    want, got = tidy(want, folder), tidy(got, folder)
    if not doctest.OutputChecker().check_output(want, got, doctest.ELLIPSIS):
        diff = difflib.unified_diff(
            want.splitlines(), got.splitlines(), "shown", "printed", lineterm=""
        )
        pytest.fail(f"{what}: the page shows other output\n" + "\n".join(diff), pytrace=False)


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A working folder with the examples and docs, a cache of its own, no colour."""
    shutil.copytree(ROOT / "examples", tmp_path / "examples")
    shutil.copytree(DOCS, tmp_path / "docs")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / ".cache"))
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("PATH", f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def write_page_files(page: Path, folder: Path) -> None:
    for block in page_blocks(page):
        if block.title is not None:
            target = folder / block.title
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(block.content, encoding="utf-8")


def run(command: str, folder: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["bash", "-c", command],
        cwd=folder,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=300,
        check=False,
    )


def console_commands(content: str) -> Iterator[tuple[str, str]]:
    """Each ``$ command`` of a console block with the output shown under it."""
    parts = re.split(r"^\$ (.*)\n", content, flags=re.MULTILINE)
    yield from zip(parts[1::2], parts[2::2], strict=True)


def sh_commands(content: str) -> Iterator[str]:
    """The commands of an ``sh`` block: one a line, ``\\`` continues it, ``#`` comments."""
    for line in content.replace("\\\n", " ").splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            yield line


def run_python(block: Block, folder: Path) -> None:
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        exec(compile(block.content, block.id, "exec"), {"__name__": "__docs__"})
    if block.output is not None:
        assert_shown(block.output, printed.getvalue(), folder, block.id)


def run_console(block: Block, folder: Path) -> None:
    for command, want in console_commands(block.content):
        result = run(command, folder)
        assert_shown(want, result.stdout + result.stderr, folder, f"{block.id}: $ {command}")


def run_sh(block: Block, folder: Path) -> None:
    got = ""
    for command in sh_commands(block.content):
        result = run(command, folder)
        assert result.returncode in {0, 1}, f"{command}\n{result.stdout}{result.stderr}"
        got += result.stdout + result.stderr
    if block.output is not None:
        assert_shown(block.output, got, folder, block.id)


@pytest.mark.parametrize("block", RUNNABLE, ids=lambda block: block.id)
def test_block_runs_and_prints_what_the_page_shows(block: Block, folder: Path) -> None:
    write_page_files(block.page, folder)
    {"python": run_python, "console": run_console, "sh": run_sh}[block.kind](block, folder)
