"""Output formats: each turns a finished ``RunResult`` into text, and does nothing else.

Every format is a module with a pure ``render(run, *, color=False) -> str``: no printing, no
reading files, no clock, so the same run always gives the same output and a golden file can
pin it. The command line picks one by name from ``FORMATS``:

========  ==========================================================
text      for people: ruff-like lines with the figure underlined
json      for programs: versioned document, ``docs/json-schema.md``
sarif     SARIF 2.1.0, for code-scanning services
github    GitHub Actions workflow commands (pull-request annotations)
junit     JUnit XML, for CI test-report views
html      one self-contained page: documents highlighted, evidence, summary
========  ==========================================================

``statistics=True`` asks for the findings counted per rule, like ruff's ``--statistics``. In
``text`` the table (``count  code  name``, most frequent first) replaces the finding blocks;
in ``json`` the document gains a ``"statistics"`` list. The other formats are read by
machines that do their own counting, and refuse the option rather than ignore it.
"""

from __future__ import annotations

from collections.abc import Callable

from figcheck.errors import FigcheckError
from figcheck.lint.reporters import github, html, json, junit, sarif, text
from figcheck.lint.results import RunResult

#: Every output format by name, in the order ``--help`` lists them.
FORMATS: dict[str, Callable[..., str]] = {
    "text": text.render,
    "json": json.render,
    "sarif": sarif.render,
    "github": github.render,
    "junit": junit.render,
    "html": html.render,
}

#: The formats that can count findings per rule.
STATISTICS_FORMATS: frozenset[str] = frozenset({"text", "json"})


class UnknownFormatError(FigcheckError, ValueError):
    """An output format name figcheck does not know, or an option that format lacks."""


def render(run: RunResult, format: str, *, color: bool = False, statistics: bool = False) -> str:
    """Render ``run`` in the named ``format``.

    ``color`` adds ANSI colour where the format has any (only ``text``). ``statistics`` is
    honoured by ``text`` and ``json``; with another format it raises ``UnknownFormatError``,
    as does a format name not in ``FORMATS``.
    """
    renderer = FORMATS.get(format)
    if renderer is None:
        known = ", ".join(FORMATS)
        raise UnknownFormatError(f"unknown output format {format!r}; choose one of: {known}")
    if not statistics:
        return renderer(run, color=color)
    if format not in STATISTICS_FORMATS:
        raise UnknownFormatError(f"--statistics is available with text or json, not {format}")
    return renderer(run, color=color, statistics=True)


__all__ = ["FORMATS", "STATISTICS_FORMATS", "UnknownFormatError", "render"]
