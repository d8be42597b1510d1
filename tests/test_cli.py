"""The real command line, run in a subprocess on real files in a temporary folder."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import jsonschema
import pytest

from figcheck import extract as api_extract

ROOT = Path(__file__).resolve().parent.parent
LINE = re.compile(
    r"^(?P<path>[^\s:]+):(?P<line>\d+):(?P<col>\d+): (?P<code>FC\d{3}) (?P<message>.+)$"
)
WRONG = "First line.\nIt pays 300,000 rubles ($4,980) and 200,000 rubles ($33,200).\n"
CLEAN = "The grant pays €300,000 ($326,800)\nfor a bridge.\n"


def figcheck(
    *args: str, stdin: str | None = None, cwd: Path | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """Run ``figcheck`` as users do: the installed console script."""
    script = shutil.which("figcheck", path=str(Path(sys.executable).parent))
    command = [script] if script else [sys.executable, "-m", "figcheck"]
    environment = {**os.environ, **(env or {})}
    environment.pop("NO_COLOR", None) if env is None else None
    return subprocess.run(
        [*command, *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=cwd,
        env=environment,
        check=False,
    )


def codes(output: str) -> list[tuple[str, str, str]]:
    """(line, column, code) of every finding line in text output."""
    return [(m["line"], m["col"], m["code"]) for m in map(LINE.match, output.splitlines()) if m]


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    """A small docs folder: a clean page, a wrong page, a hidden folder and an excluded file."""
    (tmp_path / "clean.txt").write_text(CLEAN, encoding="utf-8")
    (tmp_path / "wrong.txt").write_text(WRONG, encoding="utf-8")
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "wrong.md").write_text(WRONG, encoding="utf-8")
    (tmp_path / "notes.py").write_text("x = '$5 (€4.60)'\n", encoding="utf-8")
    return tmp_path


def test_clean_file_exits_0(tree: Path) -> None:
    result = figcheck("check", "--date", "2023-05-12", "clean.txt", cwd=tree)
    assert (result.returncode, result.stdout, result.stderr) == (0, "All checks passed.\n", "")


def test_findings_exit_1_with_excerpt_and_caret(tree: Path) -> None:
    result = figcheck("check", "wrong.txt", cwd=tree)
    assert result.returncode == 1
    assert codes(result.stdout) == [("2", "9", "FC404"), ("2", "53", "FC103")]
    assert " 2 | It pays 300,000 rubles ($4,980) and 200,000 rubles ($33,200)." in result.stdout
    assert "^^^^^^^" in result.stdout
    assert result.stdout.rstrip().endswith("in 1 file.")


@pytest.mark.parametrize(
    ("fail_on", "select", "status"),
    [("warning", "FC404", 0), ("info", "FC404", 1), ("error", "FC103", 1), ("error", "FC4", 0)],
    ids=["info-below-warning", "info-at-info", "error-at-error", "only-info-at-error"],
)
def test_fail_on_threshold(tree: Path, fail_on: str, select: str, status: int) -> None:
    result = figcheck("check", "--fail-on", fail_on, "--select", select, "wrong.txt", cwd=tree)
    assert result.returncode == status, result.stdout


def test_folder_is_walked_skipping_hidden_and_unknown_files(tree: Path) -> None:
    result = figcheck("check", ".", "--select", "FC1", cwd=tree)
    assert result.returncode == 1
    paths = {m["path"] for m in map(LINE.match, result.stdout.splitlines()) if m}
    assert paths == {"wrong.txt"}


def test_named_files_are_checked_whatever_their_name(tree: Path) -> None:
    result = figcheck("check", "--select", "FC1", "--format", "text", "notes.py", cwd=tree)
    assert result.returncode == 0
    assert "All checks passed." in result.stdout


def test_stdin_with_a_display_name() -> None:
    result = figcheck("check", "--stdin-filename", "draft.md", "-", stdin=WRONG)
    assert result.returncode == 1
    assert "draft.md:2:53: FC103 " in result.stdout


def test_unreadable_files_are_reported_and_the_others_still_checked(tree: Path) -> None:
    (tree / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\0\0\0")
    (tree / "latin.txt").write_bytes("co\xfbt 5 €".encode("latin-1", errors="replace"))
    result = figcheck("check", "missing.txt", "image.txt", "latin.txt", "wrong.txt", cwd=tree)
    assert result.returncode == 2
    assert "missing.txt: error: cannot read" in result.stdout
    assert "image.txt: error: looks like a binary file" in result.stdout
    assert "latin.txt: error: not valid utf-8" in result.stdout
    assert ("2", "53", "FC103") in codes(result.stdout)


def test_configuration_is_found_by_walking_up(tree: Path) -> None:
    (tree / "pyproject.toml").write_text(
        '[tool.figcheck]\nignore = ["FC404"]\ndate = "2022-10-25"\n', encoding="utf-8"
    )
    (tree / "sub").mkdir()
    shutil.copy(tree / "wrong.txt", tree / "sub" / "wrong.txt")
    result = figcheck("check", "sub/wrong.txt", cwd=tree)
    assert [c for _, _, c in codes(result.stdout)] == ["FC103"]


def test_bad_configuration_is_a_clear_error(tree: Path) -> None:
    (tree / "figcheck.toml").write_text('selcet = ["FC1"]\n', encoding="utf-8")
    result = figcheck("check", "wrong.txt", cwd=tree)
    assert result.returncode == 2
    assert "figcheck.toml" in result.stderr
    assert "selcet" in result.stderr
    assert "select" in result.stderr


def test_markdown_code_is_not_prose_and_suppressions_work(tmp_path: Path) -> None:
    page = tmp_path / "page.md"
    page.write_text(
        "---\ndate: 2023-05-12\n---\n\n# Grants\n\n"
        "```\nIt pays €200,000 ($2,178,000) in code.\n```\n\n"
        "<!-- figcheck: ignore FC103 -->\nA known slip: €200,000 ($2,178,000).\n\n"
        "The school gets €200,000 (`$1`) and €200,000 (**$2,178,000**).\n",
        encoding="utf-8",
    )
    result = figcheck("check", str(page))
    assert result.returncode == 1
    assert codes(result.stdout) == [("14", "49", "FC103")]


@pytest.mark.parametrize("output_format", ["json", "sarif", "github", "junit"])
def test_machine_formats(tree: Path, output_format: str) -> None:
    result = figcheck("check", "--output-format", output_format, "wrong.txt", "clean.txt", cwd=tree)
    assert result.returncode == 1
    out = result.stdout
    if output_format == "json":
        document = json.loads(out)
        schema = json.loads((ROOT / "docs/schema/figcheck-report-v1.json").read_text("utf-8"))
        jsonschema.validate(document, schema)
        assert [f["code"] for f in document["findings"]] == ["FC404", "FC103", "FC404"]
    elif output_format == "sarif":
        document = json.loads(out)
        schema = json.loads((ROOT / "tests/data/sarif-schema-2.1.0.json").read_text("utf-8"))
        jsonschema.validate(document, schema)
        (run,) = document["runs"]
        assert {r["ruleId"] for r in run["results"]} == {"FC103", "FC404"}
    elif output_format == "github":
        assert out.startswith("::notice file=wrong.txt,line=2,col=9")
        assert "::error file=wrong.txt,line=2,col=53" in out
    else:
        suite = ET.fromstring(out)
        assert suite.iter("failure")


def test_statistics(tree: Path) -> None:
    result = figcheck("check", "--statistics", "wrong.txt", "clean.txt", cwd=tree)
    assert result.returncode == 1
    assert re.search(r"^\s*2\s+FC404\s+undated-document", result.stdout, re.MULTILINE)
    assert re.search(r"^\s*1\s+FC103\s+magnitude-slip", result.stdout, re.MULTILINE)
    statistics_with_sarif = figcheck("check", "--statistics", "--output-format", "sarif", "-",
                                     stdin=WRONG)  # fmt: skip
    assert statistics_with_sarif.returncode == 2


def test_colour_only_when_asked_or_on_a_terminal(tree: Path) -> None:
    plain = figcheck("check", "wrong.txt", cwd=tree)
    assert "\x1b[" not in plain.stdout  # a pipe is not a terminal
    coloured = figcheck("check", "--color", "always", "wrong.txt", cwd=tree)
    assert "\x1b[" in coloured.stdout


def test_explain_prints_the_rule_page() -> None:
    result = figcheck("explain", "FC103")
    assert result.returncode == 0
    assert result.stdout == (ROOT / "docs/rules/FC103.md").read_text(encoding="utf-8")
    assert figcheck("explain", "magnitude-slip").stdout == result.stdout
    unknown = figcheck("explain", "FC999")
    assert unknown.returncode == 2
    assert "FC999" in unknown.stderr


def test_extract_table_and_json(tree: Path) -> None:
    table = figcheck("extract", "wrong.txt", cwd=tree)
    assert table.returncode == 0
    assert "wrong.txt:2:9" in table.stdout
    assert "conversion" in table.stdout
    assert "implies 6.015" in table.stdout
    data = json.loads(figcheck("extract", "--output-format", "json", "wrong.txt", cwd=tree).stdout)
    kinds = [item["kind"] for item in data["items"]]
    assert kinds.count("money") == 4
    assert kinds.count("conversion") == 2
    assert data["items"][0]["currency"] == "RUB"


def test_extract_reads_claims_as_the_api_does(tmp_path: Path) -> None:
    """A German conversion ("umgerechnet") and the language a document declares are read by
    ``figcheck extract`` exactly as ``figcheck.extract`` reads them."""
    text = "Die Soldaten erhalten 300.000 Rubel, umgerechnet 4.980 Dollar, für ein Flugzeug.\n"
    (tmp_path / "de.txt").write_text(text, encoding="utf-8")
    (tmp_path / "de.md").write_text("---\nlang: de\n---\n\n" + text, encoding="utf-8")
    for name in ("de.txt", "de.md"):
        listed = figcheck("extract", "--output-format", "json", name, cwd=tmp_path)
        items = json.loads(listed.stdout)["items"]
        assert [i["kind"] for i in items] == ["money", "conversion", "money"], name
        assert [i["amount"] for i in items if i["kind"] == "money"] == ["300000", "4980"], name
    assert len(api_extract(text)) == 1


def test_python_dash_m_works_the_same(tree: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "figcheck", "check", "wrong.txt"],
        capture_output=True,
        text=True,
        cwd=tree,
        check=False,
    )
    assert result.returncode == 1
    assert " FC103 " in result.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ((), "usage"),
        (("check",), "the following arguments are required: PATH"),
        (("check", "--date", "25/10/2022", "x.txt"), "not a date in YYYY-MM-DD form"),
        (("check", "--select", "FC999", "x.txt"), "FC999"),
        (("check", "--output-format", "xml", "x.txt"), "invalid choice"),
        (("frobnicate",), "invalid choice"),
    ],
    ids=["no-command", "no-path", "bad-date", "unknown-rule", "bad-format", "bad-command"],
)
def test_usage_errors_exit_2(args: tuple[str, ...], message: str) -> None:
    result = figcheck(*args)
    assert result.returncode == 2
    assert message in result.stderr


def test_version() -> None:
    result = figcheck("--version")
    assert result.returncode == 0
    assert re.fullmatch(r"figcheck \d+\.\d+\.\d+\n", result.stdout)


def test_bundled_examples() -> None:
    result = figcheck(
        "check",
        "--date",
        "2022-10-25",
        "examples/bounty-scheme.txt",
        "examples/bounty-scheme-with-errors.txt",
        cwd=ROOT,
    )
    assert result.returncode == 1
    assert [c for _, _, c in codes(result.stdout)] == ["FC103", "FC101", "FC104"]


def test_extract_says_which_rate_a_conversion_is_of(tmp_path: Path) -> None:
    (tmp_path / "naira.txt").write_text(
        "In 2015 the fee was 10,000 naira ($50.30), or $45 on the black market.\n",
        encoding="utf-8",
    )
    table = figcheck("extract", "naira.txt", cwd=tmp_path)
    assert "parallel market; 2015" in table.stdout
    listed = figcheck("extract", "--output-format", "json", "naira.txt", cwd=tmp_path).stdout
    rows = [row for row in json.loads(listed)["items"] if row["kind"] == "conversion"]
    assert [(row["parallel_market"], row["at_the_time"], row["year"]) for row in rows] == [
        (False, False, 2015),
        (True, False, 2015),
    ]
