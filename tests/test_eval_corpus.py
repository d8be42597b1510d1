"""benchmarks/eval_corpus.py: the corpus measurement, on a tiny corpus written here."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "benchmarks" / "eval_corpus.py"


def _side(amount: float | int, currency: str, surface: str) -> dict[str, Any]:
    return {"amount": amount, "currency": currency, "surface": surface}


def _record(
    id_: str,
    lang: str,
    kind: str,
    text: str,
    pairs: list[dict[str, Any]],
    published: str | None = None,
) -> dict[str, Any]:
    return {
        "id": id_,
        "lang": lang,
        "text": text,
        "text_origin": "invented",
        "source": "tests",
        "published": published,
        "kind": kind,
        "pairs": pairs,
        "notes": "",
    }


#: Six invented records: two plain conversions (one German), a trap, a conversion with a stated
#: rate, a tenfold slip, and a unit conversion.
RECORDS = [
    _record(
        "t-rub",
        "en",
        "conversion",
        "The court fined the blogger 10,000 rubles ($160) on Tuesday.",
        [{"a": _side(10000, "RUB", "10,000 rubles"), "b": _side(160, "USD", "$160")}],
    ),
    _record(
        "t-de",
        "de",
        "conversion",
        "Die Strafe betrug 5.000 Euro, umgerechnet rund 5.400 Dollar.",
        [{"a": _side(5000, "EUR", "5.000 Euro"), "b": _side(5400, "USD", "5.400 Dollar")}],
    ),
    _record(
        "t-trap",
        "en",
        "no_conversion",
        "The club paid €40m for a striker and £25m for a goalkeeper last summer.",
        [],
    ),
    _record(
        "t-rate",
        "en",
        "conversion",
        "A guided tour costs 72 yuan ($10), at $1 = 7.2 yuan.",
        [
            {"a": _side(72, "CNY", "72 yuan"), "b": _side(10, "USD", "$10")},
            {"a": _side(1, "USD", "$1"), "b": _side(7.2, "CNY", "7.2 yuan")},
        ],
    ),
    _record(
        "t-slip",
        "en",
        "correction_wrong",
        "The 2,000 euro ($24,400) entry fee was waived.",
        [{"a": _side(2000, "EUR", "2,000 euro"), "b": _side(24400, "USD", "$24,400")}],
        published="2021-06-01",
    ),
    _record(
        "t-unit",
        "en",
        "unit_conversion",
        "The trail is 10 miles (16 km) long.",
        [{"a": _side(10, "mi", "10 miles"), "b": _side(16, "km", "16 km")}],
    ),
]


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(SCRIPT), *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
        check=False,
    )


@pytest.fixture(scope="module")
def measured(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, Any], str]:
    folder = tmp_path_factory.mktemp("corpus")
    corpus = folder / "tiny.jsonl"
    corpus.write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in RECORDS), encoding="utf-8"
    )
    numbers = folder / "numbers.json"
    done = _run("--corpus", str(corpus), "--json", str(numbers), "--misses")
    assert done.returncode == 0, done.stderr
    return json.loads(numbers.read_text(encoding="utf-8")), done.stdout


def test_counts(measured: tuple[dict[str, Any], str]) -> None:
    numbers, _ = measured
    assert numbers["corpus"] == "tiny"
    assert numbers["records"] == 6
    assert numbers["pairs"] == {"amount": 4, "rate": 1, "unit": 1}


def test_amount_pair_recall(measured: tuple[dict[str, Any], str]) -> None:
    recall = measured[0]["runs"]["given"]["recall"]["amount"]
    assert (recall["found"], recall["total"], recall["share"]) == (4, 4, 1.0)
    assert (recall["en"]["found"], recall["en"]["total"]) == (3, 3)
    assert (recall["other"]["found"], recall["other"]["total"]) == (1, 1)
    assert recall["by_shape"]["bracket"] == {"found": 3, "total": 3, "share": 1.0}
    assert recall["by_shape"]["words"] == {"found": 1, "total": 1, "share": 1.0}
    # Detection sees the same pairs; whether it reads the German one is its own business.
    assert measured[0]["runs"]["detected"]["recall"]["amount"]["total"] == 4


def test_rate_pair_recall(measured: tuple[dict[str, Any], str]) -> None:
    given = measured[0]["runs"]["given"]
    rate = given["recall"]["rate"]
    assert (rate["found"], rate["total"], rate["share"]) == (1, 1, 1.0)  # a StatedRate claim
    assert rate["by_shape"] == {"rate": {"found": 1, "total": 1, "share": 1.0}}
    assert rate["as_conversion"]["found"] == 0
    assert [(m["id"], m["kind"]) for m in given["missed"]] == []


def test_unit_pair_recall(measured: tuple[dict[str, Any], str]) -> None:
    unit = measured[0]["runs"]["given"]["recall"]["unit"]
    assert (unit["found"], unit["total"]) == (1, 1)


def test_precision(measured: tuple[dict[str, Any], str]) -> None:
    precision = measured[0]["runs"]["given"]["precision"]
    assert precision["conversion"] == {"found": 4, "total": 4, "share": 1.0}
    assert precision["unit_conversion"] == {"found": 1, "total": 1, "share": 1.0}
    assert precision["no_conversion_texts_with_conversion"] == {
        "found": 0,
        "total": 1,
        "share": 0.0,
    }


def test_false_alarms(measured: tuple[dict[str, Any], str]) -> None:
    alarms = measured[0]["runs"]["given"]["false_alarms"]["all"]
    assert alarms["texts"] == 4  # two conversions, the trap, the stated rate
    assert alarms["error_texts"] == alarms["warning_texts"] == 0
    assert alarms["error_texts_per_100"] == 0.0


def test_errors_caught(measured: tuple[dict[str, Any], str]) -> None:
    caught = measured[0]["runs"]["given"]["errors_caught"]
    assert (caught["found"], caught["total"]) == (1, 1)
    assert caught["with_error"] == 1
    assert caught["at_labelled_figure"] == {"found": 1, "total": 1, "share": 1.0}
    assert caught["codes"] == {"FC103": 1}


def test_report_ends_with_an_eight_line_summary(measured: tuple[dict[str, Any], str]) -> None:
    _, stdout = measured
    tail = stdout.rstrip("\n").split("\n")[-8:]
    assert tail[0].startswith("== summary: tiny, 6 records")
    assert tail[1].startswith("amount-pair recall  en 3/3 100.0% |")
    assert tail[2].startswith("rate-pair recall    en 1/1 100.0% |")
    assert tail[6].startswith("errors caught       correction_wrong texts flagged 1/1 100.0% |")
    assert "== missed pairs (given run) ==" in stdout  # --misses: empty, nothing is missed


def test_missing_corpus_is_not_a_failure(tmp_path: Path) -> None:
    done = _run("--corpus", str(tmp_path / "absent.jsonl"))
    assert done.returncode == 0
    assert "no corpus records found" in done.stdout


@pytest.fixture
def module(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    """The script imported as a module (registered only for the test's duration)."""
    spec = importlib.util.spec_from_file_location("eval_corpus", SCRIPT)
    assert spec is not None
    assert spec.loader is not None
    loaded = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, "eval_corpus", loaded)
    spec.loader.exec_module(loaded)
    return loaded


@dataclass(frozen=True)
class _Rate:
    """A stand-in for a future rate claim: only the attributes the matcher reads."""

    base: Any
    quote: Any
    value: Any


@dataclass(frozen=True)
class _Band:
    low: Decimal
    high: Decimal


def test_rate_matcher_reads_any_claim_with_base_quote_value(module: ModuleType) -> None:
    pair = module.Pair(
        module.Side(Decimal(1), "USD", "$1"),
        module.Side(Decimal("7.2"), "CNY", "7.2 yuan"),
        "rate",
        None,
        None,
        "rate",
    )
    assert module.rate_matches(_Rate("USD", "CNY", Decimal("7.2")), pair)
    assert module.rate_matches(_Rate("CNY", "USD", Decimal("0.1389")), pair)  # the inverse
    assert module.rate_matches(_Rate("USD", "CNY", _Band(Decimal("7.1"), Decimal("7.19"))), pair)
    assert not module.rate_matches(_Rate("USD", "CNY", Decimal("7.3")), pair)  # 1.4% off
    assert not module.rate_matches(_Rate("USD", "HKD", Decimal("7.2")), pair)


@dataclass(frozen=True)
class _AmbiguousRate:
    """A rate claim whose quote stays ambiguous: no code, its candidates only."""

    base: Any
    quote: Any
    value: Any
    base_candidates: tuple[str, ...]
    quote_candidates: tuple[str, ...]


def test_rate_matcher_takes_an_ambiguous_sides_candidates(module: ModuleType) -> None:
    pair = module.Pair(
        module.Side(Decimal("18.44"), "MXN", "18.44 pesos"),
        module.Side(Decimal(1), "USD", "dólar"),
        "rate",
        None,
        None,
        "rate",
    )
    pesos = ("ARS", "CLP", "COP", "MXN")
    assert module.rate_matches(_AmbiguousRate("USD", None, Decimal("18.44"), (), pesos), pair)
    assert not module.rate_matches(
        _AmbiguousRate("USD", None, Decimal("18.44"), (), ("ARS", "CLP")), pair
    )
    assert not module.is_rate_claim(_AmbiguousRate("USD", None, Decimal("18.44"), (), ()))


def test_shapes(module: ModuleType) -> None:
    def shape(text: str, first: str, second: str) -> str:
        i, j = text.index(first), text.index(second)
        return str(module.shape_of(text, "amount", (i, i + len(first)), (j, j + len(second))))

    assert shape("It cost 500 francs (about €520).", "500 francs", "€520") == "bracket"
    assert shape("It cost 500 francs, or about €520.", "500 francs", "€520") == "words"
    assert shape("500 francs × 1.04 = €520", "500 francs", "€520") == "arithmetic"
    assert shape("500 francs\t€520", "500 francs", "€520") == "table"
