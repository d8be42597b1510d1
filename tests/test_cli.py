"""The real command line, run in a subprocess on real files."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

LINE = re.compile(r"^(?P<path>.+):(?P<line>\d+):(?P<col>\d+): (?P<code>FC\d{3}) (?P<message>.+)$")


def figcheck(
    *args: str, stdin: str | None = None, cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    """Run ``figcheck`` as users do: the installed console script."""
    script = shutil.which("figcheck", path=str(Path(sys.executable).parent))
    command = [script] if script else [sys.executable, "-m", "figcheck"]
    return subprocess.run(
        [*command, *args], input=stdin, capture_output=True, text=True, cwd=cwd, check=False
    )


@pytest.fixture
def clean(tmp_path: Path) -> Path:
    path = tmp_path / "clean.txt"
    path.write_text("The grant pays €300,000 ($326,800)\nfor a bridge.\n", encoding="utf-8")
    return path


@pytest.fixture
def wrong(tmp_path: Path) -> Path:
    path = tmp_path / "wrong.txt"
    path.write_text(
        "First line.\nIt pays 300,000 rubles ($4,980) and 200,000 rubles ($33,200).\n",
        encoding="utf-8",
    )
    return path


def test_clean_file_exits_0_and_prints_nothing(clean: Path) -> None:
    result = figcheck("check", "--date", "2023-05-12", str(clean))
    assert (result.returncode, result.stdout, result.stderr) == (0, "", "")


def test_findings_exit_1_one_line_each(wrong: Path) -> None:
    result = figcheck("check", str(wrong))
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    parsed = [LINE.match(line) for line in lines]
    assert all(parsed), lines
    assert [(m["line"], m["col"], m["code"]) for m in parsed if m] == [
        ("2", "9", "FC404"),
        ("2", "53", "FC103"),
    ]
    assert all(m["path"] == str(wrong) for m in parsed if m)


def test_info_only_exits_0(clean: Path) -> None:
    result = figcheck("check", str(clean))
    assert result.returncode == 0
    assert " FC404 " in result.stdout


def test_python_dash_m_works_the_same(wrong: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "figcheck", "check", str(wrong)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 1
    assert " FC103 " in result.stdout


def test_stdin(wrong: Path) -> None:
    result = figcheck("check", "-", stdin=wrong.read_text(encoding="utf-8"))
    assert result.returncode == 1
    assert result.stdout.startswith("-:2:9: FC404 ")


def test_unreadable_file_is_reported_and_others_still_checked(tmp_path: Path, wrong: Path) -> None:
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\0\0\0")
    latin = tmp_path / "latin.txt"
    latin.write_bytes("co\xfbt 5 \u20ac".encode("latin-1", errors="replace"))
    result = figcheck("check", str(tmp_path / "missing.txt"), str(binary), str(latin), str(wrong))
    assert result.returncode == 2
    assert "missing.txt: cannot read" in result.stderr
    assert "image.txt: looks like a binary file" in result.stderr
    assert "latin.txt: not valid utf-8" in result.stderr
    assert " FC103 " in result.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ((), "usage"),
        (("check",), "the following arguments are required: PATH"),
        (("check", "--date", "25/10/2022", "x.txt"), "not a date in YYYY-MM-DD form"),
        (("frobnicate",), "invalid choice"),
    ],
    ids=["no-command", "no-path", "bad-date", "bad-command"],
)
def test_usage_errors_exit_2(args: tuple[str, ...], message: str) -> None:
    result = figcheck(*args)
    assert result.returncode == 2
    assert message in result.stderr


def test_version() -> None:
    result = figcheck("--version")
    assert result.returncode == 0
    assert re.fullmatch(r"figcheck \d+\.\d+\.\d+\n", result.stdout)


def test_bundled_examples(examples: Path) -> None:
    result = figcheck(
        "check",
        "--date",
        "2022-10-25",
        str(examples / "bounty-scheme.txt"),
        str(examples / "bounty-scheme-with-errors.txt"),
    )
    assert result.returncode == 1
    codes = [m["code"] for m in map(LINE.match, result.stdout.splitlines()) if m]
    assert codes == ["FC401", "FC401", "FC103", "FC101", "FC104"]
