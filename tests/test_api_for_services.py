"""The Python API as a service uses it: reports as JSON (one serialisation with the command
line's), dates as ISO strings, ``extract()`` typed precisely enough for ``mypy --strict``, and
every Python example of the README and the API pages run and type-checked."""

from __future__ import annotations

import datetime as dt
import doctest
import json
import re
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
from referencing import Registry, Resource

import figcheck
from figcheck.lint.reporters._common import evidence_data

ROOT = Path(__file__).resolve().parent.parent
SCHEMAS = ROOT / "docs" / "schema"
#: Two conversions of one pair, the second ten times off, and a unit conversion.
MIXED = (
    "The crew gets 300,000 rubles ($4,980); the pilot 200,000 rubles ($33,200). "
    "The 10-mile (16 km) route costs €12 a day."
)


def api_schema_validator() -> jsonschema.protocols.Validator:
    """The ``Report.to_dict()`` schema, with the report schema it borrows definitions from."""
    schemas = {
        name: json.loads((SCHEMAS / name).read_text(encoding="utf-8"))
        for name in ("figcheck-api-report-v1.json", "figcheck-report-v1.json")
    }
    registry: Registry = Registry().with_resources(
        (name, Resource.from_contents(schema)) for name, schema in schemas.items()
    )
    schema = schemas["figcheck-api-report-v1.json"]
    return jsonschema.Draft202012Validator(schema, registry=registry)


def test_report_to_dict_follows_the_documented_schema() -> None:
    report = figcheck.check(MIXED, date="2023-05-12")
    data = report.to_dict()
    api_schema_validator().validate(data)
    assert (data["version"], data["ok"], data["date"]) == (1, False, "2023-05-12")
    assert data["findings"] == [finding.to_dict() for finding in report.findings]
    assert data["claims"] == [claim.to_dict() for claim in report.claims]
    assert json.loads(report.to_json()) == data
    assert "€12" in report.to_json()  # non-ASCII kept as written


def test_finding_and_claim_to_dict() -> None:
    report = figcheck.check(MIXED, date=dt.date(2023, 5, 12))
    slip = next(f for f in report.findings if f.code == "FC103")
    data = slip.to_dict()
    assert data["span"] == {"start": slip.span.start, "end": slip.span.end}
    assert data["evidence"]["factor"] == "10"  # type: ignore[index]
    assert json.loads(slip.to_json()) == data
    kinds = [claim.to_dict()["kind"] for claim in report.claims]
    assert kinds == ["conversion", "conversion", "unit_conversion"]
    route = report.claims[2].to_dict()
    assert route["original"]["kind"] == "quantity"  # type: ignore[index]
    assert route["original"]["amount"] == "10"  # type: ignore[index]
    assert isinstance(route["original"]["interval"], list)  # type: ignore[index]


def test_stated_rates_serialise_too() -> None:
    claims = figcheck.extract("At the time $1 bought 83.2 rupees.")
    rates = [claim for claim in claims if isinstance(claim, figcheck.model.StatedRate)]
    assert rates, claims
    data = rates[0].to_dict()
    assert data["kind"] == "stated_rate"
    assert data["value"] == str(rates[0].value)


def test_one_serialisation_for_api_and_command_line(tmp_path: Path) -> None:
    """The command line's JSON evidence is ``Evidence.to_dict()``, field for field."""
    (tmp_path / "pays.txt").write_text(MIXED, encoding="utf-8")
    command = [sys.executable, "-m", "figcheck", "check", "--output-format", "json"]
    result = subprocess.run(
        [*command, "--date", "2023-05-12", "pays.txt"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        check=False,
    )
    cli = json.loads(result.stdout)["findings"]
    api = figcheck.check(MIXED, date="2023-05-12").findings
    assert [f["evidence"] for f in cli] == [f.evidence.to_dict() for f in api]
    assert [evidence_data(f.evidence) for f in api] == [f.evidence.to_dict() for f in api]


def test_date_takes_an_iso_string() -> None:
    as_string = figcheck.check(MIXED, date="2023-05-12")
    as_date = figcheck.check(MIXED, date=dt.date(2023, 5, 12))
    assert as_string.findings == as_date.findings
    assert as_string.date == dt.date(2023, 5, 12)


@pytest.mark.parametrize(
    ("date", "error", "message"),
    [
        ("12/05/2023", ValueError, "YYYY-MM-DD"),
        ("20230512", ValueError, "YYYY-MM-DD"),
        ("2023-02-30", ValueError, "not a real day"),
        (20230512, TypeError, "not int"),
        (dt.datetime(2023, 5, 12, 9, 30), TypeError, r"value\.date\(\)"),
    ],
    ids=["day-first", "no-dashes", "no-such-day", "int", "datetime"],
)
def test_bad_dates_are_refused_clearly(date: object, error: type[Exception], message: str) -> None:
    with pytest.raises(error, match=message):
        figcheck.check(MIXED, date=date)  # type: ignore[arg-type]


#: The extract() loop as README.md and docs/api.md write it: each kind of claim has its own
#: fields, so a loop over every claim asks which kind it has (an earlier README read
#: ``claim.original.currency`` on every claim and broke on a unit conversion).
CORRECTED_LOOP = """
for claim in figcheck.extract(text):
    if isinstance(claim, figcheck.Conversion):
        print(claim.original.amount, claim.original.currency, "->", claim.converted.amount,
              claim.converted.currency, claim.hedge)
    elif isinstance(claim, figcheck.UnitConversion):
        print(claim.original.text, "->", claim.converted.text)
"""


def test_the_readme_loop_works_on_every_kind_of_claim() -> None:
    exec(CORRECTED_LOOP, {"figcheck": figcheck, "text": MIXED})
    assert (
        CORRECTED_LOOP.strip().splitlines()[1:]
        == [
            line
            for line in (ROOT / "README.md").read_text(encoding="utf-8").splitlines()
            if line.strip() and line in CORRECTED_LOOP
        ][1:]
    )


def python_blocks(page: Path) -> list[tuple[str, bool]]:
    """The source of every ```python block of ``page``, and whether it is a doctest (whose
    examples' source is what mypy should see)."""
    text = page.read_text(encoding="utf-8")
    blocks = re.findall(r"^```python\n(.*?)^```", text, re.MULTILINE | re.DOTALL)
    parser = doctest.DocTestParser()
    found = []
    for block in blocks:
        if block.lstrip().startswith(">>>"):
            examples = parser.get_examples(block)
            found.append(("".join(example.source for example in examples), True))
        else:
            found.append((block, False))
    return found


PAGES = [ROOT / "README.md", ROOT / "docs" / "api.md", ROOT / "docs" / "quickstart.md"]


def test_every_page_has_python_examples() -> None:
    assert all(python_blocks(page) for page in PAGES)


@pytest.mark.parametrize("page", PAGES, ids=lambda page: page.name)
def test_plain_python_blocks_run(page: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Blocks that are not doctests run top to bottom (the doctests run in test_docs.py)."""
    monkeypatch.chdir(ROOT)  # the pages name files such as examples/bounty-scheme.txt
    for source, is_doctest in python_blocks(page):
        if not is_doctest:
            exec(compile(source, str(page), "exec"), {})


def test_python_blocks_type_check_with_mypy_strict(tmp_path: Path) -> None:
    files = []
    for page in PAGES:
        module = tmp_path / f"example_{page.stem.lower().replace('-', '_')}.py"
        sources = [source for source, _ in python_blocks(page)]
        module.write_text("\n".join(sources), encoding="utf-8")
        files.append(str(module))
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", *files],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        check=False,
    )
    errors = [line for line in result.stdout.splitlines() if ": error:" in line]
    assert errors == [], result.stdout
