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
from figcheck.rules import RULE_MODULES, all_rules, rule_module

ROOT = Path(__file__).resolve().parent.parent
SECTIONS = ("What it does", "Why it matters", "Known problems", "Options", "Example")


def module_id(module: ModuleType) -> str:
    return str(module.RULE.code)


@pytest.mark.parametrize("module", RULE_MODULES, ids=module_id)
def test_bad_example_raises_exactly_its_code(module: ModuleType) -> None:
    report = figcheck.check(module.BAD.text, date=module.BAD.date)
    assert [f.code for f in report.findings] == [module.RULE.code]
    assert report.findings[0].severity is module.RULE.severity
    assert report.findings[0].name == module.RULE.name


@pytest.mark.parametrize("module", RULE_MODULES, ids=module_id)
def test_good_example_raises_nothing(module: ModuleType) -> None:
    report = figcheck.check(module.GOOD.text, date=module.GOOD.date)
    assert report.findings == []
    assert report.claims, "a good example must still contain a claim that was checked"


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


def test_rules_page_is_up_to_date() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "gen_rule_docs.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + "\nrun: python scripts/gen_rule_docs.py"
