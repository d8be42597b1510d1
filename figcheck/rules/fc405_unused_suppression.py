"""FC405 unused-suppression: a ``figcheck: ignore`` comment that suppresses nothing.

What it does
    Reports an inline suppression comment (in any supported format) that matched no finding in
    the lines it covers. Off by default: enable it with ``extend-select = ["FC405"]`` or
    ``report-unused-suppressions = true``.

Why it matters
    Suppressions outlive the errors they silenced: once the figure is fixed or the text edited,
    a forgotten comment would hide the next real error on those lines.

Known problems
    Only comments in documents are seen; ``figcheck.check()`` on a plain string has no
    suppressions to report.

Options
    ``report-unused-suppressions`` (default false).

Example
    Bad: a suppression above a paragraph whose conversion is correct.
    Good: the same paragraph without the comment.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from figcheck.model import Finding
from figcheck.rules._rule import Example
from figcheck.rules.catalog import FC405
from figcheck.rules.context import CheckContext

RULE = FC405
BAD = Example("The grant pays €300,000 ($326,800). figcheck: ignore[FC101]\n", dt.date(2023, 5, 12))
GOOD = Example("The grant pays €300,000 ($326,800).\n", dt.date(2023, 5, 12))


def check(context: CheckContext) -> Iterator[Finding]:
    """Nothing to do on the text alone: the linter reports unused comments after matching."""
    return iter(())
