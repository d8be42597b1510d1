"""Every rule is documented, registered once, and its examples do what they say."""

from __future__ import annotations

import inspect
import re
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

import figcheck
from figcheck.lint.results import FileResult
from figcheck.lint.settings import Settings
from figcheck.lint.source import LintOptions, lint_source
from figcheck.rules import RULE_MODULES, Example, all_rules, rule_module
from figcheck.rules.docs import explain, render_rule, rule_pages

ROOT = Path(__file__).resolve().parent.parent
RULES_DOCS = ROOT / "docs" / "rules"
GENERATED = rule_pages(RULE_MODULES)  # docs/rules/ as it should be, by file name
SECTIONS = ("What it does", "Why it matters", "Known problems", "Options", "Example")


def module_id(module: ModuleType) -> str:
    return str(module.RULE.code)


def lint_example(module: ModuleType, example: Example) -> FileResult:
    """Check an example as a plain-text document with the rule selected, as a user would."""
    settings = Settings(extend_select=(module.RULE.code,))
    return lint_source(example.text, "example.txt", settings, LintOptions(date=example.date))


@pytest.mark.parametrize("module", RULE_MODULES, ids=module_id)
def test_bad_example_raises_exactly_its_code(module: ModuleType) -> None:
    findings = [located.finding for located in lint_example(module, module.BAD).findings]
    assert [f.code for f in findings] == [module.RULE.code]
    assert findings[0].severity is module.RULE.severity
    assert findings[0].name == module.RULE.name


@pytest.mark.parametrize("module", RULE_MODULES, ids=module_id)
def test_good_example_raises_nothing(module: ModuleType) -> None:
    result = lint_example(module, module.GOOD)
    assert result.findings == ()
    assert result.claims, "a good example must still contain a claim that was checked"


@pytest.mark.parametrize("module", RULE_MODULES, ids=module_id)
def test_text_examples_agree_with_the_python_api(module: ModuleType) -> None:
    config = figcheck.Config(extend_select=(module.RULE.code,))
    for example in (module.BAD, module.GOOD):
        report = figcheck.check(example.text, date=example.date, config=config)
        expected = [located.finding for located in lint_example(module, example).findings]
        if module.RULE.code != "FC405":  # suppressions exist only in documents
            assert report.findings == expected


@pytest.mark.parametrize("module", RULE_MODULES, ids=module_id)
def test_docstring_is_the_documentation(module: ModuleType) -> None:
    doc = inspect.getdoc(module) or ""
    assert doc.startswith(f"{module.RULE.code} {module.RULE.name}: ")
    for section in SECTIONS:
        assert re.search(rf"^{section}$", doc, re.MULTILINE), section


def test_codes_and_names_are_unique_and_well_formed() -> None:
    rules = all_rules()
    assert len({r.code for r in rules}) == len({r.name for r in rules}) == len(rules)
    for rule in rules:
        assert re.fullmatch(r"FC\d{3}", rule.code)
        assert re.fullmatch(r"[a-z]+(?:-[a-z]+)*", rule.name)


def test_rule_lookup_by_code_or_name() -> None:
    assert rule_module("fc103") is rule_module("magnitude-slip")
    with pytest.raises(KeyError):
        rule_module("FC999")


@pytest.mark.parametrize(
    ("select", "ignore", "expected"),
    [
        ((), (), ["FC103", "FC404"]),
        (("FC1",), (), ["FC103"]),
        (("magnitude-slip",), (), ["FC103"]),
        ((), ("FC4",), ["FC103"]),
        ((), ("FC103", "undated-document"), []),
    ],
    ids=["all", "prefix", "name", "ignore-prefix", "ignore-code-and-name"],
)
def test_select_and_ignore(
    select: tuple[str, ...], ignore: tuple[str, ...], expected: list[str]
) -> None:
    text = "It pays 200,000 rubles ($3,320) or 100,000 rubles ($16,600)."
    config = figcheck.Config(select=select, ignore=ignore)
    assert sorted(f.code for f in figcheck.check(text, config=config).findings) == expected


def test_unknown_rule_in_selection_is_a_clear_error() -> None:
    with pytest.raises(figcheck.ConfigError, match="unknown rule 'FC999'"):
        figcheck.check("x", config=figcheck.Config(select=("FC999",)))


@pytest.mark.parametrize("name", GENERATED)
def test_rule_docs_page_is_up_to_date(name: str) -> None:
    page = RULES_DOCS / name
    assert page.is_file(), f"{page} is missing; run: python scripts/gen_rule_docs.py"
    assert page.read_text(encoding="utf-8") == GENERATED[name], (
        f"{page} is stale; run: python scripts/gen_rule_docs.py"
    )


def test_rule_docs_have_no_leftover_pages() -> None:
    assert {p.name for p in RULES_DOCS.glob("*.md")} == set(GENERATED)


def test_rule_docs_script_check_passes() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "gen_rule_docs.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + "\nrun: python scripts/gen_rule_docs.py"


def test_index_links_every_rule_page() -> None:
    index = GENERATED["index.md"]
    for module in RULE_MODULES:
        rule = module.RULE
        assert f"| [{rule.code}]({rule.code}.md) | {rule.name} | {rule.severity} |" in index


@pytest.mark.parametrize("module", RULE_MODULES, ids=module_id)
def test_rule_page_is_standalone(module: ModuleType) -> None:
    page = render_rule(module)
    assert page.startswith(f"# {module.RULE.code} {module.RULE.name}\n")
    for section in SECTIONS:
        assert f"\n## {section}\n" in page, section
    assert module.BAD.text in page
    assert module.GOOD.text in page


def test_explain_is_the_rule_page() -> None:
    assert explain("FC103") == (RULES_DOCS / "FC103.md").read_text(encoding="utf-8")


def test_explain_accepts_a_name_or_a_lower_case_code() -> None:
    assert explain("magnitude-slip") == explain("fc103") == explain("FC103")


def test_explain_unknown_rule_is_a_clear_key_error() -> None:
    with pytest.raises(KeyError, match=r"unknown rule 'FC999'; known rules: FC101, FC102"):
        explain("FC999")


def test_docs_site_nav_lists_every_rule_page() -> None:
    nav = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    listed = set(re.findall(r"^\s*- (rules/\S+\.md)\s*$", nav, re.MULTILINE))
    assert listed == {f"rules/{name}" for name in GENERATED}, "update the Rules nav in mkdocs.yml"
