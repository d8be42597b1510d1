"""The pytest plugin, run for real: pytest in a subprocess on a small project per test.

The plugin is found through its ``pytest11`` entry point, as in a user's project, so these
tests need figcheck installed (``pip install -e '.[test]'``) and run pytest in a subprocess.
"""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import sys
import textwrap

import pytest
from hypothesis import given, settings

import figcheck
from figcheck import strategies as fs
from figcheck.testing import Checker, assert_consistent, checker

pytest_plugins = ["pytester"]

#: The plumbing is what these tests are about: FC102 is left out, because in May 2023 the
#: rouble text's rate of 2022 is off the reference, which would add a warning to every run.
CONFIG = '[tool.figcheck]\ndate = "2023-05-12"\nignore = ["FC102"]\n'
CLEAN = "The grant pays €300,000 ($326,800)\nfor a bridge.\n"
WRONG = "First line.\nIt pays 300,000 rubles ($4,980) and 200,000 rubles ($33,200).\n"
WRONG_HEADER = (
    'docs/wrong.txt:2:53: FC103 "$33,200" is 10 times too large: it implies 6.015–6.0332 RUB '
    "per USD, but the other conversion between USD and RUB here implies 60.181–60.302 RUB per "
    "USD (tolerance 0.5%); expected about $3,320"
)
WRONG_EXCERPT = [
    " 2 | It pays 300,000 rubles ($4,980) and 200,000 rubles ($33,200).",
    "   |                                                     ^^^^^^^",
]
#: A test file that runs without --figcheck too, so the two runs can be told apart.
PLAIN_TEST = "def test_plain():\n    assert True\n"


def tally(output: str) -> tuple[int, int]:
    """(documents, cached) from the plugin's summary line."""
    found = re.search(r"^figcheck: (\d+) documents?, (\d+) unchanged", output, re.MULTILINE)
    assert found, output
    return int(found[1]), int(found[2])


@pytest.fixture
def project(pytester: pytest.Pytester) -> pytest.Pytester:
    """A project with a configuration file, a clean page and a wrong page under docs/."""
    pytester.makepyprojecttoml(CONFIG)
    pytester.mkdir("docs")
    (pytester.path / "docs" / "clean.md").write_text(CLEAN, encoding="utf-8")
    (pytester.path / "docs" / "wrong.txt").write_text(WRONG, encoding="utf-8")
    return pytester


# --------------------------------------------------------------------------------------------
# Documents as test items


def test_clean_document_passes(project: pytest.Pytester) -> None:
    result = project.runpytest_subprocess("--figcheck", "docs/clean.md")
    result.assert_outcomes(passed=1)
    assert tally(result.stdout.str()) == (1, 0)


def test_wrong_document_fails_with_the_cli_report(project: pytest.Pytester) -> None:
    result = project.runpytest_subprocess("--figcheck", "docs", "-p", "no:cacheprovider")
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(
        [
            "*_ figcheck docs/wrong.txt _*",
            WRONG_HEADER,
            *WRONG_EXCERPT,
            "",
            "Found 1 finding (1 error, 0 warnings, 0 info) in 1 file.",
            "FAILED docs/wrong.txt::figcheck*",  # newer pytest releases add the first line
        ],
        consecutive=False,
    )
    output = result.stdout.str()
    for noise in ("Traceback", "def runtest", "_pytest_items.py", "DocumentFailed"):
        assert noise not in output


def test_items_can_be_selected_by_keyword_and_marker(project: pytest.Pytester) -> None:
    (project.path / "test_plain.py").write_text(PLAIN_TEST, encoding="utf-8")
    by_keyword = project.runpytest_subprocess("--figcheck", "-k", "clean", "-p", "no:cacheprovider")
    by_keyword.assert_outcomes(passed=1, deselected=2)
    by_marker = project.runpytest_subprocess("--figcheck", "-m", "figcheck", "--co", "-q")
    by_marker.stdout.fnmatch_lines(["docs/clean.md::figcheck", "docs/wrong.txt::figcheck"])
    assert "test_plain" not in by_marker.stdout.str()


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("page.md", "<!-- figcheck: ignore FC103 -->\n" + WRONG.replace("First line.\n", "")),
        ("page.txt", WRONG.rstrip("\n") + "  figcheck: ignore[FC103]\n"),
        ("page.rst", ".. figcheck: ignore FC103\n\n" + WRONG.replace("First line.\n", "")),
    ],
    ids=["markdown", "plain-text", "rest"],
)
def test_suppression_comments_work(project: pytest.Pytester, name: str, text: str) -> None:
    (project.path / "docs" / name).write_text(text, encoding="utf-8")
    result = project.runpytest_subprocess("--figcheck", f"docs/{name}")
    result.assert_outcomes(passed=1)


def test_fail_on_threshold(project: pytest.Pytester) -> None:
    # Undated, the clean page is FC404 (info) alone; a warning threshold lets it pass.
    project.makepyprojecttoml("[tool.figcheck]\n")
    passing = project.runpytest_subprocess("--figcheck", "docs/clean.md")
    passing.assert_outcomes(passed=1)
    failing = project.runpytest_subprocess("--figcheck", "--figcheck-fail-on", "info", "docs")
    failing.assert_outcomes(failed=2)
    failing.stdout.fnmatch_lines(["docs/clean.md:*: FC404 *"])
    lenient = project.runpytest_subprocess("--figcheck", "--figcheck-fail-on", "error", "docs")
    lenient.assert_outcomes(passed=1, failed=1)


def test_configuration_file_threshold_is_used(project: pytest.Pytester) -> None:
    # Undated, the clean page has one finding, FC404 (info): the file's threshold fails it.
    project.makepyprojecttoml('[tool.figcheck]\nfail-on = "info"\n')
    result = project.runpytest_subprocess("--figcheck", "docs/clean.md")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["docs/clean.md:*: FC404 *"])


def test_globs_and_excludes(project: pytest.Pytester) -> None:
    (project.path / "docs" / "drafts").mkdir()
    (project.path / "docs" / "drafts" / "draft.md").write_text(WRONG, encoding="utf-8")
    (project.path / "docs" / "old").mkdir()
    (project.path / "docs" / "old" / "old.md").write_text(WRONG, encoding="utf-8")
    (project.path / "docs" / "page.mdx").write_text(CLEAN, encoding="utf-8")
    project.makepyprojecttoml(CONFIG + 'extend-exclude = ["drafts"]\n')
    project.makeini("[pytest]\nfigcheck_globs = *.md *.mdx\nfigcheck_exclude = old\n")
    result = project.runpytest_subprocess("--figcheck", "--co", "-q", "docs")
    listed = {line for line in result.stdout.lines if "::figcheck" in line}
    assert listed == {"docs/clean.md::figcheck", "docs/page.mdx::figcheck"}


def test_bad_configuration_is_a_collection_error(project: pytest.Pytester) -> None:
    project.makepyprojecttoml('[tool.figcheck]\nfail-on = "never"\n')
    result = project.runpytest_subprocess("--figcheck", "docs/clean.md")
    result.assert_outcomes(errors=1)
    result.stdout.fnmatch_lines(["figcheck: pyproject.toml: *fail-on*"])
    assert "Traceback" not in result.stdout.str()


# --------------------------------------------------------------------------------------------
# The cache


def test_cache_skips_unchanged_documents(project: pytest.Pytester) -> None:
    first = project.runpytest_subprocess("--figcheck", "docs")
    assert tally(first.stdout.str()) == (2, 0)
    second = project.runpytest_subprocess("--figcheck", "docs")
    second.assert_outcomes(passed=1, failed=1)
    assert tally(second.stdout.str()) == (2, 2)
    second.stdout.fnmatch_lines([WRONG_HEADER, *WRONG_EXCERPT])  # replayed from the cache
    (project.path / "docs" / "clean.md").write_text(CLEAN + "\nMore.\n", encoding="utf-8")
    edited = project.runpytest_subprocess("--figcheck", "docs")
    assert tally(edited.stdout.str()) == (2, 1)


def test_cache_is_keyed_by_configuration_and_cleared_by_cache_clear(
    project: pytest.Pytester,
) -> None:
    project.runpytest_subprocess("--figcheck", "docs")
    project.makepyprojecttoml(CONFIG.replace('"FC102"', '"FC102", "FC103"'))
    reconfigured = project.runpytest_subprocess("--figcheck", "docs")
    assert tally(reconfigured.stdout.str()) == (2, 0)
    reconfigured.assert_outcomes(passed=2)
    threshold = project.runpytest_subprocess("--figcheck", "--figcheck-fail-on", "info", "docs")
    assert tally(threshold.stdout.str()) == (2, 0)
    cleared = project.runpytest_subprocess("--figcheck", "--figcheck-fail-on", "info", "docs")
    assert tally(cleared.stdout.str()) == (2, 2)
    cleared = project.runpytest_subprocess(
        "--figcheck", "--figcheck-fail-on", "info", "--cache-clear", "docs"
    )
    assert tally(cleared.stdout.str()) == (2, 0)


# --------------------------------------------------------------------------------------------
# xdist, and nothing without --figcheck


def test_xdist_distributes_documents(project: pytest.Pytester) -> None:
    pytest.importorskip("xdist")
    for number in range(6):
        (project.path / "docs" / f"page{number}.md").write_text(CLEAN, encoding="utf-8")
    result = project.runpytest_subprocess("--figcheck", "-n", "2", "-v", "docs")
    result.assert_outcomes(passed=7, failed=1)
    output = result.stdout.str()
    assert "[gw0]" in output
    assert "[gw1]" in output
    assert WRONG_HEADER in output
    assert tally(output) == (8, 0)
    again = project.runpytest_subprocess("--figcheck", "-n", "2", "docs")
    assert tally(again.stdout.str()) == (8, 8)


def test_without_the_option_the_plugin_adds_nothing(project: pytest.Pytester) -> None:
    project.makepyfile(
        test_plain="""
        import sys

        def test_engine_not_loaded():
            loaded = {"figcheck._pytest_items", "figcheck.lint.files", "figcheck.testing"}
            assert not loaded & set(sys.modules)
        """
    )
    result = project.runpytest_subprocess("-v")
    result.assert_outcomes(passed=1)
    output = result.stdout.str()
    assert "::figcheck" not in output
    assert "figcheck: " not in output
    assert not (project.path / ".pytest_cache" / "v" / "figcheck").exists()


def test_options_are_in_one_group_stating_defaults(pytester: pytest.Pytester) -> None:
    result = pytester.runpytest_subprocess("--help")
    help_text = " ".join(result.stdout.str().split())  # the same whatever the terminal width
    group = help_text.split("figcheck: money figures in documents: ")[1].split(" Hypothesis:")[0]
    assert group.startswith("--figcheck check documents")
    assert "as test items, one per file (default: off)" in group
    assert "--figcheck-fail-on={error,warning,info} lowest severity" in group
    assert "(default: fail-on from the configuration file, else warning)" in group
    assert "figcheck_globs (args): documents --figcheck collects (default: *.txt" in help_text
    assert "figcheck_exclude (args): file or folder patterns" in help_text
    assert "exclude (default: none)" in help_text


# --------------------------------------------------------------------------------------------
# The fixture, the marker and the assertion helper


FIXTURE_TESTS = '''
import datetime
import pytest
import figcheck as engine

WRONG = "It pays 300,000 rubles ($4,980) and 200,000 rubles ($33,200)."


class FixedRates:
    """Always 60 roubles to the dollar."""

    name = "fixed"

    def rate(self, base, quote, date):
        value = {("USD", "RUB"): 60, ("RUB", "USD"): 1 / 60}.get((base, quote))
        if value is None:
            return None
        from decimal import Decimal
        return engine.RateQuote(base, quote, Decimal(str(value)), date, self.name)

    def coverage(self, currency):
        return engine.Coverage(datetime.date(2000, 1, 1), datetime.date(2030, 1, 1))


def test_check_returns_the_report(figcheck):
    report = figcheck.check(WRONG)
    assert [f.code for f in report.findings] == ["FC404", "FC103"]


@pytest.mark.figcheck(date="2022-10-25")
def test_marker_sets_the_date(figcheck):
    assert figcheck.date == datetime.date(2022, 10, 25)
    assert "FC404" not in [f.code for f in figcheck.check(WRONG).findings]


@pytest.mark.figcheck(date=datetime.date(2022, 10, 25), rates=FixedRates())
def test_marker_sets_the_rates(figcheck):
    report = figcheck.check("It pays 300,000 rubles ($5,000).")
    assert [f.code for f in report.findings] == []
    assert figcheck.config.rates.name == "fixed"


@pytest.mark.figcheck(locale="en_CA")
def test_marker_sets_the_locale(figcheck):
    assert figcheck.locale == "en_CA"


def test_assert_consistent_fails_with_the_evidence(figcheck):
    figcheck.assert_consistent(WRONG)


@pytest.mark.figcheck(rates="rates.csv")
def test_rates_must_be_a_rate_source(figcheck):
    pass
'''


def test_fixture_and_marker(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(test_fixture=FIXTURE_TESTS)
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider", "--strict-markers")
    result.assert_outcomes(passed=4, failed=1, errors=1)
    result.stdout.fnmatch_lines(
        [
            "*AssertionError: figcheck: 1 finding at or above warning in the text:",
            '*<text>:1:53: FC103 "$33,200" is 10 times too large*',
            "*1 | It pays 300,000 rubles ($4,980) and 200,000 rubles ($33,200).",
            "*figures: *",
            "*implied: 6.015–6.0332 RUB per USD",
            "*expected: 60.181–60.302 RUB per USD",
            "*tolerance: 0.5%",
        ]
    )
    # pytest rewrote the helper's assert: the failing places follow the message.
    assert "E       assert not ['FC103 at 1:53']" in result.stdout.lines
    result.stdout.fnmatch_lines(["*TypeError: rates must be a figcheck.RateSource, not str"])


def test_fixture_uses_the_project_configuration(pytester: pytest.Pytester) -> None:
    pytester.makepyprojecttoml('[tool.figcheck]\ndate = "2022-10-25"\nignore = ["FC103"]\n')
    pytester.makepyfile(
        test_config="""
        import datetime

        def test_configured(figcheck):
            assert figcheck.date == datetime.date(2022, 10, 25)
            text = "It pays 300,000 rubles ($4,980) or 200,000 rubles ($33,200)."
            figcheck.assert_consistent(text)
        """
    )
    pytester.runpytest_subprocess().assert_outcomes(passed=1)


def test_marker_refuses_unknown_options(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        test_marker="""
        import pytest

        @pytest.mark.figcheck(select="FC1")
        def test_it(figcheck):
            pass
        """
    )
    result = pytester.runpytest_subprocess()
    result.assert_outcomes(errors=1)
    result.stdout.fnmatch_lines(["*takes date=, locale= and rates= only, not 'select'"])


# In-process: the helper is a plain function and needs no pytest run.


def test_assert_consistent_returns_the_report_when_figures_agree() -> None:
    report = assert_consistent(CLEAN, date="2023-05-12")
    assert isinstance(report, figcheck.Report)
    assert report.claims


def test_assert_consistent_message_lists_every_finding() -> None:
    text = "It pays 300,000 rubles ($4,980), 200,000 rubles ($33,200) and 100,000 rubles ($166)."
    with pytest.raises(AssertionError) as raised:
        assert_consistent(text, date=dt.date(2022, 10, 25))
    message = str(raised.value)
    assert message.startswith("figcheck: 2 findings at or above warning in the text:\n")
    assert message.count(": FC103 ") == 2
    assert "expected about $3,320" in message
    assert "expected about $1,660" in message


def test_fail_on_sets_what_fails() -> None:
    assert_consistent("It pays 100,000 rubles ($1,660).")  # FC404 is info
    with pytest.raises(AssertionError, match="FC404"):
        assert_consistent("It pays 100,000 rubles ($1,660).", fail_on="info")


@pytest.mark.parametrize(
    ("options", "error"),
    [
        ({"rates": "rates.csv"}, TypeError),
        ({"date": dt.datetime(2022, 1, 1)}, TypeError),
        ({"date": "25/10/2022"}, ValueError),
        ({"fail_on": "never"}, ValueError),
        ({"colour": "red"}, TypeError),
    ],
    ids=["rates-not-a-source", "datetime", "bad-date", "bad-severity", "unknown-option"],
)
def test_checker_refuses_bad_options(options: dict[str, object], error: type[Exception]) -> None:
    with pytest.raises(error):
        checker(**options)  # type: ignore[arg-type]


def test_checker_is_a_frozen_record() -> None:
    made = checker(date="2022-10-25", locale="en_CA")
    assert made == Checker(date=dt.date(2022, 10, 25), locale="en_CA")
    with pytest.raises(AttributeError):
        made.locale = "en_US"  # type: ignore[misc]


def test_docs_example_module_is_not_imported_by_figcheck() -> None:
    code = textwrap.dedent(
        """
        import sys, figcheck
        print(sorted(m for m in ("figcheck.testing", "figcheck.pytest_plugin",
                                 "figcheck._pytest_items") if m in sys.modules))
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


# --------------------------------------------------------------------------------------------
# The helper against the shipped strategies


@settings(max_examples=100, deadline=None)
@given(fs.conversion_document(min_size=1, max_size=5))
def test_honest_documents_pass_assert_consistent(document: fs.ConversionDocument) -> None:
    """Guards the helper's threshold: honest conversions, undated, give only informational
    findings (FC404, FC402), which never fail ``assert_consistent``."""
    assert_consistent(document.text)


@settings(max_examples=100, deadline=None)
@given(fs.conversion_document(min_size=3, max_size=5, perturbed=True))
def test_a_wrong_conversion_fails_assert_consistent_at_its_place(
    document: fs.ConversionDocument,
) -> None:
    """Guards the failure message: it names the wrong figure's line and column."""
    assert document.perturbed is not None
    start = document.conversions[document.perturbed].converted_span[0]
    with pytest.raises(AssertionError, match=re.escape(f"<text>:1:{start + 1}: FC10")):
        assert_consistent(document.text)
