"""The pytest plugin: ``pytest --figcheck`` checks documents, and a ``figcheck`` fixture.

Registered under the ``pytest11`` entry point, so pytest loads this module in every run of
every project that has figcheck installed. It is kept thin for that reason: it declares the
options, the marker and the fixture, and nothing more. The collector, the result cache and the
checker live in ``figcheck._pytest_items`` and ``figcheck.testing``, imported only when
``--figcheck`` is given or the fixture is used; a run without either does no figcheck work.

``docs/pytest.md`` is the user documentation.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from figcheck._severity import Severity
from figcheck.lint.documents import EXTENSIONS

if TYPE_CHECKING:
    from figcheck.testing import Checker

# figcheck.testing's asserts are the user-facing failure messages; pytest must rewrite them
# before anything imports the module (a plugin module is loaded before any conftest or test).
pytest.register_assert_rewrite("figcheck.testing")

#: Files ``--figcheck`` collects unless ``figcheck_globs`` says otherwise: every file name
#: ending figcheck reads a markup from (Markdown, reST, HTML, plain text).
DEFAULT_GLOBS = tuple(f"*{ending}" for ending in EXTENSIONS)

#: The marker, as ``pytest --markers`` lists it.
MARKER = (
    "figcheck(date=None, locale=None, rates=None): configure the figcheck fixture for this "
    "test (date: datetime.date or YYYY-MM-DD; locale: a hint such as en_CA; rates: a "
    "figcheck.RateSource). Documents collected by --figcheck carry this marker too."
)


def pytest_addoption(parser: pytest.Parser) -> None:
    """One ``figcheck`` group; each help text says what happens when the option is left out."""
    group = parser.getgroup("figcheck", "figcheck: money figures in documents")
    group.addoption(
        "--figcheck",
        action="store_true",
        default=False,
        help="check documents (figcheck_globs) as test items, one per file (default: off)",
    )
    group.addoption(
        "--figcheck-fail-on",
        choices=[severity.value for severity in Severity],
        default=None,
        help="lowest severity that fails a document (default: fail-on from the "
        "configuration file, else warning)",
    )
    parser.addini(
        "figcheck_globs",
        type="args",
        default=list(DEFAULT_GLOBS),
        help=f"documents --figcheck collects (default: {' '.join(DEFAULT_GLOBS)})",
    )
    parser.addini(
        "figcheck_exclude",
        type="args",
        default=[],
        help="file or folder patterns --figcheck never collects, on top of the configuration "
        "file's exclude (default: none)",
    )


def pytest_configure(config: pytest.Config) -> None:
    """Register the marker always (``--strict-markers``); the collector only with --figcheck."""
    config.addinivalue_line("markers", MARKER)
    if config.getoption("figcheck"):
        from figcheck._pytest_items import DocumentCollection

        config.pluginmanager.register(DocumentCollection(config), DocumentCollection.NAME)


@pytest.fixture
def figcheck(request: pytest.FixtureRequest) -> Checker:
    """A checker configured by the project's figcheck configuration and the test's
    ``@pytest.mark.figcheck(...)``: ``figcheck.check(text)`` returns the report,
    ``figcheck.assert_consistent(text)`` fails the test with every finding and its evidence."""
    from figcheck.testing import checker_for_test

    return checker_for_test(request)
