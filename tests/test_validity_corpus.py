"""tests/data/validity/: the validity corpus behind docs/accuracy.md, and that page's freshness.

Every line is a sentence or two written in our own words around figures a real page printed
(its ``source``); see docs/accuracy.md for how the corpus is measured. These tests hold the
schema, the labels' consistency with the text, and the corpus's size and balance.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import subprocess
import sys
from collections import Counter
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "data" / "validity"
GENERATOR = ROOT / "scripts" / "gen_accuracy.py"

KEYS = ["id", "lang", "text", "published", "source", "kind", "shape", "pairs", "wrong", "note"]
KINDS = {"conversion", "rate", "no_conversion", "unit_conversion", "percent_or_total", "error"}
SHAPES = {
    "bracket",
    "words",
    "dash",
    "rate",
    "range",
    "table",
    "arithmetic",
    "negative",
    "other",
}
SIDE_KEYS = ["amount", "currency", "surface"]
PLAIN_DECIMAL = re.compile(r"-?\d+(\.\d+)?")

#: The totals the corpus must reach over every language file.
MIN_LINES, MIN_LANGUAGES, MIN_NEGATIVES = 600, 8, 150

#: The files written together with their smallest sizes.
MIN_LINES_PER_FILE = {"en": 150, "de": 70, "fr": 70, "es": 70}


def _lines() -> list[tuple[str, int, dict[str, Any]]]:
    found = []
    for path in sorted(CORPUS.glob("*.jsonl")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            found.append((path.stem, number, json.loads(line)))
    return found


LINES = _lines()


def _ids() -> list[str]:
    return [f"{stem}:{number}" for stem, number, _ in LINES]


def test_every_line_is_json_without_blank_lines() -> None:
    for path in sorted(CORPUS.glob("*.jsonl")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            assert line.strip(), f"{path.name}:{number} is blank"
            assert isinstance(json.loads(line), dict), f"{path.name}:{number}"


@pytest.mark.parametrize(("stem", "number", "line"), LINES, ids=_ids())
def test_line_schema(stem: str, number: int, line: dict[str, Any]) -> None:
    assert list(line) == KEYS
    assert line["lang"] == stem
    assert re.fullmatch(rf"{stem}-\d{{3}}", line["id"])
    assert isinstance(line["text"], str)
    assert line["text"].strip()
    assert line["source"].startswith(("https://", "http://"))
    assert line["kind"] in KINDS
    assert line["shape"] in SHAPES
    assert isinstance(line["note"], str)
    published = line["published"]
    assert published is None or dt.date.fromisoformat(published).isoformat() == published
    assert isinstance(line["pairs"], list)
    for pair in line["pairs"]:
        assert list(pair) == ["a", "b"]
        for side in (pair["a"], pair["b"]):
            assert list(side) == SIDE_KEYS
            assert PLAIN_DECIMAL.fullmatch(side["amount"]), side
            assert isinstance(side["currency"], str)
            assert side["currency"]
            assert isinstance(side["surface"], str)
            assert side["surface"]


@pytest.mark.parametrize(("stem", "number", "line"), LINES, ids=_ids())
def test_labels_agree_with_the_text(stem: str, number: int, line: dict[str, Any]) -> None:
    text = line["text"]
    for pair in line["pairs"]:
        for side in (pair["a"], pair["b"]):
            assert side["surface"] in text, side["surface"]
            assert _amount(side["amount"]) >= 0
    negative = line["kind"] == "no_conversion"
    assert negative == (line["shape"] == "negative")
    if negative:
        assert line["pairs"] == []
    if line["kind"] in ("conversion", "rate", "unit_conversion"):
        assert line["pairs"], "a conversion line states at least one pair"
    if line["kind"] == "error":
        assert line["wrong"]
        assert line["wrong"] in text
        assert line["published"]
        assert "2000-01-01" <= line["published"] <= "2024-12-31"
        assert line["pairs"]
    else:
        assert line["wrong"] is None


def _amount(text: str) -> Decimal:
    try:
        return Decimal(text)
    except InvalidOperation:  # pragma: no cover - the schema test reports it
        pytest.fail(f"not a decimal: {text!r}")


def test_ids_are_unique() -> None:
    counts = Counter(line["id"] for _, _, line in LINES)
    assert [i for i, n in counts.items() if n > 1] == []


@pytest.mark.parametrize(("lang", "smallest"), sorted(MIN_LINES_PER_FILE.items()))
def test_file_sizes_and_balance(lang: str, smallest: int) -> None:
    mine = [line for stem, _, line in LINES if stem == lang]
    assert len(mine) >= smallest
    negatives = sum(1 for line in mine if line["kind"] == "no_conversion")
    assert negatives >= 0.4 * len(mine), "at least 40% hard negatives"


def test_corpus_totals() -> None:
    """Over every language file: enough lines, languages and hard negatives to mean something."""
    lines = [line for _, _, line in LINES]
    languages = {line["lang"] for line in lines}
    negatives = sum(1 for line in lines if line["kind"] == "no_conversion")
    assert len(lines) >= MIN_LINES, f"{len(lines)} lines"
    assert len(languages) >= MIN_LANGUAGES, f"languages: {sorted(languages)}"
    assert negatives >= MIN_NEGATIVES, f"{negatives} negatives"


def _generator(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(GENERATOR), *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=600,
        check=False,
    )


def test_accuracy_page_is_up_to_date() -> None:
    """docs/accuracy.md is what scripts/gen_accuracy.py writes (where the page was measured)."""
    installed = _generator("--versions").stdout.strip()
    page = (ROOT / "docs" / "accuracy.md").read_text(encoding="utf-8")
    named = [line for line in page.splitlines() if line.startswith("Measured with")]
    if installed and named and not named[0].endswith(f", {installed}."):
        pytest.skip(f"the page was measured with other library versions than {installed}")
    done = _generator("--check")
    assert done.returncode == 0, done.stdout + done.stderr


def test_no_line_makes_figcheck_raise() -> None:
    # The page reports lines that raised; a line that raises is a defect, not a statistic.
    import figcheck

    raised = []
    for stem, number, line in LINES:
        date = dt.date.fromisoformat(line["published"]) if line["published"] else None
        try:
            figcheck.check(line["text"], locale=line["lang"], date=date)
            figcheck.check(line["text"])
        except Exception as error:
            raised.append(f"{stem}:{number} {type(error).__name__}: {error}")
    assert raised == []
