"""The output formats: golden files for each, and the promises each format makes.

The golden files in ``tests/data/golden/`` are the exact output of every format for one run
(``golden_run`` below): a document with two conversions that do not add up, checked at a date
so that the reference-rate rule runs too, a clean document, and a file that could not be read.
The run fails on errors only, so the warning shows how JUnit keeps findings below ``fail_on``
out of the failures, and names only the two rules that fire as the rules used, so that
editing another rule's documentation does not touch the SARIF file. figcheck's version is
pinned to ``0.0.0`` while rendering, so a release does not change them either.

When a format changes on purpose, rewrite the golden files and review the diff like code::

    FIGCHECK_REGEN=1 pytest tests/test_reporters.py

The JSON output is validated against ``docs/schema/figcheck-report-v1.json`` and the SARIF
output against the SARIF 2.1.0 schema kept in ``tests/data`` (its provenance is in
``tests/data/sarif-schema-2.1.0.README.md``); both need ``jsonschema``.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import xml.etree.ElementTree as ET
from decimal import Decimal
from pathlib import Path
from typing import Any

import jsonschema
import pytest

import figcheck
from figcheck.lint import reporters
from figcheck.lint.fixes import file_edits
from figcheck.lint.reporters import github
from figcheck.lint.results import FileResult, Located, Position, RunResult
from figcheck.model import Evidence, Finding, Severity, Span
from figcheck.rules import RULE_MODULES
from figcheck.rules.docs import render_rule

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
GOLDEN = DATA / "golden"
REPORT_SCHEMA = ROOT / "docs" / "schema" / "figcheck-report-v1.json"
SARIF_SCHEMA = DATA / "sarif-schema-2.1.0.json"
SCHEMA_PAGE = ROOT / "docs" / "json-schema.md"

PAYS = "It pays 300,000 rubles ($4,980) and 200,000 rubles ($33,200).\n"
CLEAN = "The school received a grant of €200,000 in March.\n"
DATE = dt.date(2021, 3, 1)
MISSING = "docs/missing.txt: cannot read: No such file or directory"
ANSI = re.compile(r"\x1b\[[0-9;]*m")


# --- building runs -------------------------------------------------------------------------


def position(text: str, offset: int) -> Position:
    """Line and column (1-based, in characters) of ``offset``, as the lint stage computes them."""
    line_start = text.rfind("\n", 0, offset) + 1
    return Position(text.count("\n", 0, offset) + 1, offset - line_start + 1, offset)


def locate(path: str, text: str, finding: Finding) -> Located:
    """A finding placed in ``text`` by its span."""
    return Located(
        finding, path, position(text, finding.span.start), position(text, finding.span.end)
    )


def checked(path: str, text: str, date: dt.date | None = DATE) -> FileResult:
    """A file as a real ``figcheck.check`` sees it."""
    report = figcheck.check(text, date=date)
    findings = tuple(locate(path, text, finding) for finding in report.findings)
    return FileResult(path, text, findings, tuple(report.claims))


def synthetic(
    source: str, start: int, end: int, path: str = "doc.txt", message: str = "a message"
) -> RunResult:
    """A run with one made-up error on ``source[start:end]``."""
    finding = Finding("FC999", "made-up", Severity.ERROR, Span(start, end), message, Evidence(()))
    return RunResult(files=(FileResult(path, source, (locate(path, source, finding),)),))


@pytest.fixture
def golden_run(monkeypatch: pytest.MonkeyPatch) -> RunResult:
    monkeypatch.setattr(figcheck._version, "__version__", "0.0.0")
    files = (
        checked("docs/pays.txt", PAYS),
        checked("docs/clean.md", CLEAN),
        FileResult("docs/missing.txt", error=MISSING),
    )
    return RunResult(files=files, fail_on=Severity.ERROR, rules_used=("FC102", "FC103"))


@pytest.fixture
def undated_run() -> RunResult:
    """Every severity at once: without a date the conversions also raise FC404 (info)."""
    return RunResult(files=(checked("a.txt", PAYS, date=None), checked("b.txt", PAYS)))


def test_the_golden_run_has_what_the_golden_files_are_meant_to_show(golden_run: RunResult) -> None:
    codes = [(f.finding.code, f.finding.severity) for f in golden_run.findings]
    assert codes == [("FC102", Severity.WARNING), ("FC103", Severity.ERROR)]
    assert [r.path for r in golden_run.errors] == ["docs/missing.txt"]


# --- golden files --------------------------------------------------------------------------

GOLDEN_CASES = [
    ("report.txt", "text", False),
    ("report-statistics.txt", "text", True),
    ("report.json", "json", False),
    ("report.sarif", "sarif", False),
    ("report.github", "github", False),
    ("report.junit.xml", "junit", False),
]


@pytest.mark.parametrize(("name", "format", "statistics"), GOLDEN_CASES, ids=lambda v: str(v))
def test_output_matches_the_golden_file(
    golden_run: RunResult, name: str, format: str, statistics: bool
) -> None:
    actual = reporters.render(golden_run, format, statistics=statistics)
    path = GOLDEN / name
    if os.environ.get("FIGCHECK_REGEN") == "1":
        path.write_text(actual, encoding="utf-8", newline="")
    assert path.read_bytes().decode("utf-8") == actual


# --- the registry --------------------------------------------------------------------------


def test_every_format_is_registered() -> None:
    assert list(reporters.FORMATS) == ["text", "json", "sarif", "github", "junit", "html"]


@pytest.mark.parametrize("format", list(reporters.FORMATS))
def test_every_format_renders_an_empty_run(format: str) -> None:
    assert isinstance(reporters.render(RunResult(), format), str)


def test_an_unknown_format_is_refused() -> None:
    with pytest.raises(reporters.UnknownFormatError, match="choose one of: text, json"):
        reporters.render(RunResult(), "xml")


@pytest.mark.parametrize("format", ["sarif", "github", "junit"])
def test_statistics_are_refused_where_the_format_has_none(format: str) -> None:
    with pytest.raises(reporters.UnknownFormatError, match="statistics"):
        reporters.render(RunResult(), format, statistics=True)


@pytest.mark.parametrize("format", ["json", "sarif", "github", "junit"])
def test_machine_formats_never_colour(golden_run: RunResult, format: str) -> None:
    assert reporters.render(golden_run, format, color=True) == reporters.render(golden_run, format)


# --- text ----------------------------------------------------------------------------------


def test_text_without_colour_has_no_escape_codes(undated_run: RunResult) -> None:
    assert "\x1b" not in reporters.render(undated_run, "text")


def test_text_colours_path_and_code_by_severity(undated_run: RunResult) -> None:
    output = reporters.render(undated_run, "text", color=True)
    assert "\x1b[1ma.txt\x1b[0m:1:9: \x1b[1;34mFC404\x1b[0m" in output
    assert "\x1b[1;31mFC103\x1b[0m" in output
    assert "\x1b[1;33mFC102\x1b[0m" in output
    assert ANSI.sub("", output) == reporters.render(undated_run, "text")


def underline_under(output: str) -> tuple[str, str]:
    """The excerpt's text and the part of it the carets stand under."""
    excerpt, underline = output.splitlines()[1:3]
    text, marks = excerpt.split("| ", 1)[1], underline.split("| ", 1)[1]
    start = marks.index("^")
    return text, text[start : start + marks.count("^")]


def test_tabs_are_expanded_so_the_caret_stays_under_the_figure() -> None:
    source = "\tIt pays\t300,000 rubles\t($4,980).\n"
    start = source.index("$")
    text, marked = underline_under(reporters.render(synthetic(source, start, start + 6), "text"))
    assert "\t" not in text
    assert marked == "$4,980"


def test_wide_characters_count_two_columns() -> None:
    source = "工资是３００元（$4,980）。\n"
    start = source.index("$")
    output = reporters.render(synthetic(source, start, start + 6), "text")
    excerpt, underline = output.splitlines()[1:3]
    prefix = excerpt.split("| ", 1)[1][: excerpt.split("| ", 1)[1].index("$")]
    assert underline.split("| ", 1)[1] == " " * (2 * len(prefix)) + "^" * 6


def test_a_figure_across_lines_is_underlined_to_the_end_of_its_first_line() -> None:
    source = "It pays 300,000\nrubles today.\n"
    text, marked = underline_under(reporters.render(synthetic(source, 8, 22), "text"))
    assert text == "It pays 300,000"
    assert marked == "300,000"


def test_an_empty_span_gets_one_caret() -> None:
    _, marked = underline_under(reporters.render(synthetic("abc def\n", 4, 4), "text"))
    assert marked == "d"


def test_a_long_line_is_cut_around_the_figure() -> None:
    source = "word " * 60 + "$4,980" + " word" * 60 + "\n"
    start = source.index("$")
    output = reporters.render(synthetic(source, start, start + 6), "text")
    text, marked = underline_under(output)
    assert text.startswith("…")
    assert text.endswith("…")
    assert len(text) <= 102
    assert marked == "$4,980"


def test_control_characters_do_not_reach_the_terminal() -> None:
    source = "a\x07b\x1b[2J $4,980\r\n"
    start = source.index("$")
    text, marked = underline_under(reporters.render(synthetic(source, start, start + 6), "text"))
    assert text == "a�b�[2J $4,980"
    assert marked == "$4,980"


def test_no_excerpt_without_the_source() -> None:
    run = synthetic("abc\n", 0, 3)
    located = run.files[0].findings[0]
    run = RunResult(files=(FileResult("doc.txt", findings=(located,)),))
    assert reporters.render(run, "text").splitlines()[1:3] == [
        "",
        "Found 1 finding (1 error, 0 warnings, 0 info) in 1 file.",
    ]


class CountingSource(str):
    """A source text that counts how often it is split into lines."""

    splits = 0

    def split(self, sep: str | None = None, maxsplit: int = -1) -> list[str]:
        CountingSource.splits += 1
        return super().split(sep, maxsplit)


def test_the_source_is_split_into_lines_once_per_file_not_once_per_finding() -> None:
    text = "".join(f"Line {n} costs ${n},000.\n" for n in range(1, 51))
    findings = []
    for n in range(1, 51):
        start = text.index(f"${n},000")
        finding = Finding(
            "FC999", "made-up", Severity.ERROR, Span(start, start + 2), "m", Evidence(())
        )
        findings.append(locate("doc.txt", text, finding))
    run = RunResult(files=(FileResult("doc.txt", CountingSource(text), tuple(findings)),))
    CountingSource.splits = 0
    output = reporters.render(run, "text")
    assert CountingSource.splits == 1
    assert " 50 | Line 50 costs $50,000." in output.splitlines()


def test_a_clean_run_passes() -> None:
    run = RunResult(files=(checked("docs/clean.md", CLEAN),))
    assert reporters.render(run, "text") == "All checks passed.\n"


def test_an_unreadable_file_is_never_all_clear() -> None:
    run = RunResult(files=(FileResult("gone.txt", error="gone.txt: cannot read: denied"),))
    assert reporters.render(run, "text") == (
        "gone.txt: error: cannot read: denied\n\nNo findings; 1 file could not be read.\n"
    )


def test_statistics_count_per_rule_most_frequent_first(undated_run: RunResult) -> None:
    rows = reporters.render(undated_run, "text", statistics=True).splitlines()
    assert rows[:3] == [
        "2  FC103  magnitude-slip",
        "1  FC102  conversion-off-reference",
        "1  FC404  undated-document",
    ]
    assert rows[-1] == "Found 4 findings (2 errors, 1 warning, 1 info) in 2 files."


# --- json ----------------------------------------------------------------------------------


def load(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


def test_the_report_schema_is_a_valid_schema() -> None:
    jsonschema.Draft202012Validator.check_schema(load(REPORT_SCHEMA))


@pytest.mark.parametrize("statistics", [False, True])
def test_json_output_validates_against_the_schema(
    golden_run: RunResult, undated_run: RunResult, statistics: bool
) -> None:
    validator = jsonschema.Draft202012Validator(load(REPORT_SCHEMA))
    for run in (golden_run, undated_run, RunResult()):
        validator.validate(json.loads(reporters.render(run, "json", statistics=statistics)))


def test_json_fixes_are_the_edits_diff_makes(golden_run: RunResult) -> None:
    """Each finding's ``fix`` is the edit ``--diff`` and ``--fix`` make: same place, same
    replacement, same safety; a finding without one has ``null``."""
    document = json.loads(reporters.render(golden_run, "json"))
    fixes = [finding["fix"] for finding in document["findings"]]
    assert all(fix is not None for fix in fixes)
    pays = golden_run.files[0]
    edits = file_edits(pays, pays.source)
    shown = [
        (f["start"]["offset"], f["end"]["offset"], f["original"], f["replacement"], f["safe"])
        for f in fixes
    ]
    assert shown == [(e.start, e.end, e.original, e.replacement, e.safe) for e in edits]
    assert [fix["replacement"] for fix in fixes] == ["$4,040", "$3,320"]


def test_the_schema_requires_a_whole_fix(golden_run: RunResult) -> None:
    validator = jsonschema.Draft202012Validator(load(REPORT_SCHEMA))
    document = json.loads(reporters.render(golden_run, "json"))
    del document["findings"][0]["fix"]["safe"]
    assert not validator.is_valid(document)
    document["findings"][0]["fix"] = None
    assert validator.is_valid(document)


def walk(value: Any) -> list[Any]:
    """Every value nested anywhere in a JSON document."""
    if isinstance(value, dict):
        return [value, *[v for item in value.values() for v in walk(item)]]
    if isinstance(value, list):
        return [value, *[v for item in value for v in walk(item)]]
    return [value]


def test_json_never_writes_a_float(undated_run: RunResult) -> None:
    document = json.loads(reporters.render(undated_run, "json"), parse_float=Decimal)
    assert not any(isinstance(value, Decimal | float) for value in walk(document))


def test_json_decimals_are_exact(golden_run: RunResult) -> None:
    document = json.loads(reporters.render(golden_run, "json"))
    for located, data in zip(golden_run.findings, document["findings"], strict=True):
        evidence = located.finding.evidence
        assert evidence.implied is not None
        assert [Decimal(x) for x in data["evidence"]["implied"]] == [
            evidence.implied.low,
            evidence.implied.high,
        ]
        assert Decimal(data["evidence"]["tolerance"]) == evidence.tolerance


def schema_keys(node: Any) -> set[str]:
    """Every property name the schema defines, at any depth."""
    keys: set[str] = set()
    for value in walk(node):
        if isinstance(value, dict) and isinstance(value.get("properties"), dict):
            keys |= set(value["properties"])
    return keys


def test_the_schema_page_documents_every_field() -> None:
    page = SCHEMA_PAGE.read_text(encoding="utf-8")
    missing = {key for key in schema_keys(load(REPORT_SCHEMA)) if f"`{key}`" not in page}
    assert not missing


# --- sarif ---------------------------------------------------------------------------------


def sarif(run: RunResult) -> Any:
    return json.loads(reporters.render(run, "sarif"))


def test_sarif_validates_against_the_official_schema(
    golden_run: RunResult, undated_run: RunResult
) -> None:
    schema = load(SARIF_SCHEMA)
    validator_class = jsonschema.validators.validator_for(schema)
    validator = validator_class(schema, format_checker=validator_class.FORMAT_CHECKER)
    for run in (golden_run, undated_run, RunResult()):
        validator.validate(sarif(run))


def test_the_sarif_schema_catches_a_wrong_level(golden_run: RunResult) -> None:
    log = sarif(golden_run)
    log["runs"][0]["results"][0]["level"] = "info"
    with pytest.raises(jsonschema.ValidationError, match="'info' is not one of"):
        jsonschema.validate(log, load(SARIF_SCHEMA))


def test_sarif_levels_and_rule_indexes(undated_run: RunResult) -> None:
    run = sarif(undated_run)["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    levels = {result["ruleId"]: result["level"] for result in run["results"]}
    assert levels == {"FC102": "warning", "FC103": "error", "FC404": "note"}
    for result in run["results"]:
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]


def test_sarif_rules_carry_their_documentation() -> None:
    rules = sarif(RunResult())["runs"][0]["tool"]["driver"]["rules"]
    assert [rule["id"] for rule in rules] == [m.RULE.code for m in RULE_MODULES]
    for module, rule in zip(RULE_MODULES, rules, strict=True):
        assert rule["help"]["markdown"] == render_rule(module)
        assert rule["shortDescription"]["text"].endswith(".")


def test_sarif_lists_only_the_rules_used_and_any_rule_a_finding_names() -> None:
    run = synthetic("abc\n", 0, 3)
    run = RunResult(files=run.files, rules_used=("FC101",))
    rules = sarif(run)["runs"][0]["tool"]["driver"]["rules"]
    assert [rule["id"] for rule in rules] == ["FC101", "FC999"]


@pytest.mark.parametrize(
    ("path", "location"),
    [
        ("docs/a b.txt", {"uri": "docs/a%20b.txt", "uriBaseId": "%SRCROOT%"}),
        ("/srv/docs/a.txt", {"uri": "file:///srv/docs/a.txt"}),
        ("C:\\docs\\a.txt", {"uri": "file:///C:/docs/a.txt"}),
    ],
    ids=["relative", "posix-absolute", "windows-absolute"],
)
def test_sarif_paths_become_uris(path: str, location: dict[str, str]) -> None:
    result = sarif(synthetic("abc\n", 0, 3, path=path))["runs"][0]["results"][0]
    assert result["locations"][0]["physicalLocation"]["artifactLocation"] == location


def test_sarif_reports_unreadable_files_as_notifications(golden_run: RunResult) -> None:
    invocation = sarif(golden_run)["runs"][0]["invocations"][0]
    assert invocation["executionSuccessful"] is False
    [notification] = invocation["toolExecutionNotifications"]
    assert notification["message"]["text"] == "cannot read: No such file or directory"


# --- github --------------------------------------------------------------------------------


def test_github_escapes_data_and_properties() -> None:
    assert github.escape_data("50% off\r\nnow: a, b") == "50%25 off%0D%0Anow: a, b"
    assert github.escape_property("a:b,c%\n") == "a%3Ab%2Cc%25%0A"


def test_github_commands_per_severity(undated_run: RunResult) -> None:
    lines = reporters.render(undated_run, "github").splitlines()
    assert [line.split(" ", 1)[0] for line in lines[:3]] == ["::notice", "::error", "::warning"]
    assert lines[0].startswith(
        "::notice file=a.txt,line=1,col=9,endLine=1,endColumn=31,title=FC404 undated-document::"
    )


def test_github_escapes_a_path_with_a_comma() -> None:
    line = reporters.render(synthetic("abc\n", 0, 3, path="a,b:c.txt"), "github")
    assert line.startswith("::error file=a%2Cb%3Ac.txt,line=1,")


# --- junit ---------------------------------------------------------------------------------


def junit(run: RunResult) -> ET.Element:
    return ET.fromstring(reporters.render(run, "junit"))


@pytest.mark.parametrize(
    ("fail_on", "failures"),
    [(Severity.ERROR, 1), (Severity.WARNING, 1), (Severity.INFO, 2)],
)
def test_junit_fails_findings_at_or_above_fail_on(
    undated_run: RunResult, fail_on: Severity, failures: int
) -> None:
    run = RunResult(files=undated_run.files[:1], fail_on=fail_on)
    [case] = junit(run).iter("testcase")
    assert len(case.findall("failure")) == failures
    assert (case.find("system-out") is not None) == (failures < 2)


RANK = {Severity.INFO: 0, Severity.WARNING: 1, Severity.ERROR: 2}


@pytest.mark.parametrize("fail_on", list(Severity))
@pytest.mark.parametrize("severity", list(Severity))
def test_a_run_fails_when_a_finding_is_at_or_above_fail_on(
    severity: Severity, fail_on: Severity
) -> None:
    finding = Finding("FC999", "made-up", severity, Span(0, 3), "a message", Evidence(()))
    result = FileResult("a.txt", "abc\n", (locate("a.txt", "abc\n", finding),))
    run = RunResult(files=(result,), fail_on=fail_on)
    assert run.fails() == (RANK[severity] >= RANK[fail_on])
    failures = next(junit(run).iter("testcase")).findall("failure")
    assert len(failures) == run.fails()


def test_junit_counts_test_cases(golden_run: RunResult) -> None:
    suite = junit(golden_run).find("testsuite")
    assert suite is not None
    assert {k: suite.get(k) for k in ("tests", "failures", "errors")} == {
        "tests": "3",
        "failures": "1",
        "errors": "1",
    }


def test_junit_stays_well_formed_whatever_the_text() -> None:
    message = "pays \x0b$4,980\x00 <b>&amp;</b>"
    run = synthetic("abc\n", 0, 3, path="a\x01&<b>.txt", message=message)
    case = next(junit(run).iter("testcase"))
    assert case.get("name") == "a�&<b>.txt"
    failure = case.find("failure")
    assert failure is not None
    assert failure.get("message") == "pays �$4,980� <b>&amp;</b>"
