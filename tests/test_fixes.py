"""Suggested fixes, through the real command line on real files: SARIF ``fixes``, GitHub
suggestion blocks, ``--diff`` (shows, changes nothing) and ``--fix`` (writes the safe ones)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import jsonschema
import pytest

ROOT = Path(__file__).resolve().parent.parent
FOUNDING = ROOT / "examples" / "bounty-scheme-with-errors.txt"
SARIF_SCHEMA = ROOT / "tests" / "data" / "sarif-schema-2.1.0.json"
DATE = "2022-10-25"

# A slip by ten (FC103) and a rate applied the wrong way round (FC104), each next to a
# conversion of the same pair that sets the rate; nothing else is wrong.
SAFE_ONLY = (
    "The city paid €200,000 ($217,800) for the new rink and €150,000 ($1,633,500) for the "
    "pool.\nA visiting team from Osaka spent €3,000 (¥441,000) on rooms and €1,000 (¥6.80) on "
    "meals.\n"
)
SAFE_ONLY_DATE = "2023-05-12"


def figcheck(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "figcheck", "check", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=cwd,
        check=False,
    )


@pytest.fixture
def founding(tmp_path: Path) -> Path:
    """A copy of the founding example ("$33,200" for 200,000 roubles), safe to rewrite."""
    copy = tmp_path / "bounty.txt"
    copy.write_bytes(FOUNDING.read_bytes())
    return copy


def sarif_results(path: Path) -> list[dict[str, Any]]:
    done = figcheck("--date", DATE, "--output-format", "sarif", path.name, cwd=path.parent)
    log = json.loads(done.stdout)
    jsonschema.Draft7Validator(json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))).validate(log)
    results: list[dict[str, Any]] = log["runs"][0]["results"]
    return results


def test_the_founding_slip_gets_a_sarif_fix_to_the_expected_figure(founding: Path) -> None:
    results = sarif_results(founding)
    slip = next(r for r in results if r["ruleId"] == "FC103")
    (fix,) = slip["fixes"]
    (change,) = fix["artifactChanges"]
    (replacement,) = change["replacements"]
    region = replacement["deletedRegion"]
    source = founding.read_text(encoding="utf-8")
    start = region["charOffset"]
    assert source[start : start + region["charLength"]] == "$33,200"
    assert replacement["insertedContent"]["text"] == "$3,320"
    assert change["artifactLocation"]["uri"] == "bounty.txt"
    assert "(safe)" in fix["description"]["text"]


def test_only_findings_with_an_expected_figure_carry_a_fix(founding: Path) -> None:
    results = sarif_results(founding)
    fixed = {r["ruleId"] for r in results if "fixes" in r}
    assert {"FC101", "FC103", "FC104"} <= fixed
    assert all("fixes" not in r for r in results if r["ruleId"] in {"FC401", "FC404"})
    (inconsistent,) = [r for r in results if r["ruleId"] == "FC101"]
    assert "(review)" in inconsistent["fixes"][0]["description"]["text"]


def test_github_annotations_end_in_a_suggestion_with_the_corrected_line(founding: Path) -> None:
    done = figcheck("--date", DATE, "--output-format", "github", founding.name, cwd=founding.parent)
    (line,) = [x for x in done.stdout.splitlines() if "title=FC103" in x]
    assert line.endswith(
        "%0A%0A```suggestion%0A200,000 rubles ($3,320) for a helicopter. Destroying a tank "
        "earns 100,000 rubles ($1,860),%0A```"
    )


def test_diff_prints_every_suggested_change_and_rewrites_nothing(founding: Path) -> None:
    before = founding.read_bytes()
    done = figcheck("--date", DATE, "--diff", founding.name, cwd=founding.parent)
    assert done.returncode == 1, done.stderr
    lines = done.stdout.splitlines()
    assert lines[:2] == ["--- a/bounty.txt", "+++ b/bounty.txt"]
    assert (
        "-200,000 rubles ($33,200) for a helicopter. Destroying a tank earns 100,000 rubles "
        "($1,860)," in lines
    )
    assert (
        "+200,000 rubles ($3,320) for a helicopter. Destroying a tank earns 100,000 rubles "
        "($1,660)," in lines
    )
    assert "+50,000 rubles ($830) apiece." in lines
    assert founding.read_bytes() == before


def test_the_diff_applies_with_patch_to_what_fix_writes(founding: Path, tmp_path: Path) -> None:
    other = tmp_path / "other"
    other.mkdir()
    twin = other / founding.name
    twin.write_bytes(founding.read_bytes())
    diff = figcheck("--date", DATE, "--diff", "--fix", founding.name, cwd=founding.parent)
    assert "$1,660" not in diff.stdout  # FC101 is not safe: which figure is wrong is unknown
    patch = subprocess.run(
        ["patch", "-p1", "--quiet"], input=diff.stdout, text=True, cwd=other, check=False
    )
    assert patch.returncode == 0
    figcheck("--date", DATE, "--fix", founding.name, cwd=founding.parent)
    assert twin.read_bytes() == founding.read_bytes()


def test_fix_rewrites_only_the_safe_findings(founding: Path) -> None:
    before = founding.read_text(encoding="utf-8")
    done = figcheck("--date", DATE, "--fix", founding.name, cwd=founding.parent)
    assert "fixed 2 findings (FC103 ×1, FC104 ×1) in 1 file" in done.stderr
    expected = before.replace("($33,200)", "($3,320)").replace("($3,012,000)", "($830)")
    assert founding.read_text(encoding="utf-8") == expected
    assert "($1,860)" in expected  # the unsafe FC101 fix is left for a person
    assert "FC103" not in done.stdout
    assert "FC104" not in done.stdout
    assert "FC101" in done.stdout  # the report is of the file as it now is


def test_a_fixed_document_then_checks_clean(tmp_path: Path) -> None:
    document = tmp_path / "grants.txt"
    document.write_text(SAFE_ONLY, encoding="utf-8")
    assert figcheck("--date", SAFE_ONLY_DATE, document.name, cwd=tmp_path).returncode == 1
    fixed = figcheck("--date", SAFE_ONLY_DATE, "--fix", document.name, cwd=tmp_path)
    assert fixed.returncode == 0, fixed.stdout
    assert document.read_text(encoding="utf-8") == SAFE_ONLY.replace(
        "$1,633,500",
        "$163,350",  # a slip by ten keeps the figure's digits
    ).replace("¥6.80", "¥147,000")
    again = figcheck("--date", SAFE_ONLY_DATE, document.name, cwd=tmp_path)
    assert again.returncode == 0
    assert again.stdout.strip() == "All checks passed."


def test_fix_leaves_a_file_with_a_byte_order_mark_alone(tmp_path: Path) -> None:
    document = tmp_path / "marked.txt"
    data = b"\xef\xbb\xbf" + SAFE_ONLY.encode("utf-8")
    document.write_bytes(data)
    done = figcheck("--date", SAFE_ONLY_DATE, "--fix", document.name, cwd=tmp_path)
    assert "marked.txt: not fixed: it starts with a byte-order mark" in done.stderr
    assert document.read_bytes() == data
    assert done.returncode == 1


def test_a_document_with_nothing_to_fix_gives_an_empty_diff(tmp_path: Path) -> None:
    document = tmp_path / "fine.txt"
    document.write_text(SAFE_ONLY.replace("$1,633,500", "$163,350"), encoding="utf-8")
    document.write_text(
        document.read_text(encoding="utf-8").replace("¥6.80", "¥147,000"), encoding="utf-8"
    )
    done = figcheck("--date", SAFE_ONLY_DATE, "--diff", document.name, cwd=tmp_path)
    assert (done.returncode, done.stdout) == (0, "")
