"""figcheck over archives that outgrow one machine, with Dask.

``check_paths`` and ``check_bag`` map figcheck over a ``dask.bag`` (of file paths, or of
``(name, text)`` documents) and return the findings as a ``dask.dataframe.DataFrame``, one row
per finding, ready for ``.to_parquet(...)``. Nothing runs until the frame is computed, and then
it runs wherever the active Dask scheduler sends it: threads, local processes, or a
``distributed`` cluster of many machines (see ``docs/scaling.md``).

Dask is an optional extra (``pip install 'figcheck[dask]'``): it is imported only when one of
these functions is called, and its absence is reported by name. The rows are plain strings and
integers, and the evidence is a JSON string in the same shape as the ``evidence`` object of
``--output-format json``, so the Parquet files need nothing from figcheck to be read back.
"""

from __future__ import annotations

import datetime as dt
import importlib
import json
from collections.abc import Iterable, Iterator
from typing import Any

from figcheck.errors import FigcheckError
from figcheck.lint.files import lint_file
from figcheck.lint.results import FileResult
from figcheck.lint.settings import Settings
from figcheck.lint.source import LintOptions, lint_source

#: ``dask.bag.Bag`` and ``dask.dataframe.DataFrame``: typed loosely, so that type-checking
#: figcheck does not need the optional extra installed.
Bag = Any
DataFrame = Any
#: The columns of the findings frame, in order, with their pandas dtypes.
COLUMNS: dict[str, str] = {
    "path": "string",
    "line": "int64",
    "column": "int64",
    "end_line": "int64",
    "end_column": "int64",
    "code": "string",
    "severity": "string",
    "message": "string",
    "evidence": "string",
}
#: The ``code`` of the row that stands for an input that could not be read.
INPUT_ERROR = "input-error"

Row = tuple[str, int, int, int, int, str, str, str, str]


class MissingExtraError(FigcheckError, ImportError):
    """Dask is not installed; the message names the extra that brings it."""


def check_paths(
    paths: Iterable[str],
    *,
    date: dt.date | None = None,
    settings: Settings | None = None,
    locale: str | None = None,
    partitions: int | None = None,
) -> DataFrame:
    """The findings of every file in ``paths`` (read on the workers, so the paths must be
    readable there: a shared file system or object store mount)."""
    db = _dask_bag()
    names = list(paths)
    count = partitions or max(1, min(len(names), 100))
    bag = db.from_sequence(names, npartitions=count)
    return _frame(bag.map_partitions(_path_rows, _options(date, locale), settings or Settings()))


def check_bag(
    bag: Bag,
    *,
    date: dt.date | None = None,
    settings: Settings | None = None,
    locale: str | None = None,
) -> DataFrame:
    """The findings of a bag of documents, each a ``(name, text)`` pair: the name says which
    markup it is (by extension) and is the ``path`` of its rows."""
    return _frame(
        bag.map_partitions(_document_rows, _options(date, locale), settings or Settings())
    )


def _options(date: dt.date | None, locale: str | None) -> LintOptions:
    return LintOptions(date=date, locale=locale)


def _path_rows(paths: Iterable[str], options: LintOptions, settings: Settings) -> list[Row]:
    """One partition of paths: read and check each file on the worker."""
    return [row for path in paths for row in rows(lint_file(path, settings, options))]


def _document_rows(
    documents: Iterable[tuple[str, str]], options: LintOptions, settings: Settings
) -> list[Row]:
    """One partition of ``(name, text)`` documents."""
    return [
        row for name, text in documents for row in rows(lint_source(text, name, settings, options))
    ]


def rows(result: FileResult) -> Iterator[Row]:
    """A file's findings as rows; an unreadable file is one ``INPUT_ERROR`` row saying why."""
    from figcheck.lint.reporters._common import evidence_data

    if result.error is not None:
        yield (result.path, 0, 0, 0, 0, INPUT_ERROR, "error", result.error, "{}")
    for located in result.findings:
        finding = located.finding
        yield (
            located.path,
            located.start.line,
            located.start.column,
            located.end.line,
            located.end.column,
            finding.code,
            str(finding.severity),
            finding.message,
            json.dumps(evidence_data(finding.evidence), sort_keys=True),
        )


def _frame(rows_bag: Bag) -> DataFrame:
    """The bag of row tuples as a typed frame (the schema is given, so nothing is computed)."""
    return rows_bag.to_dataframe(meta=_meta())


def _meta() -> Any:
    pd = _optional("pandas")
    return pd.DataFrame({name: pd.Series(dtype=dtype) for name, dtype in COLUMNS.items()})


def _dask_bag() -> Any:
    """``dask.bag``, after checking that the whole extra is there (not halfway through a
    computation)."""
    _optional("dask.dataframe")
    return _optional("dask.bag")


def _optional(module: str) -> Any:
    """An optional extra's module, or an error that says how to install it. Imported by name
    so that type-checking figcheck does not need the extra."""
    try:
        return importlib.import_module(module)
    except ImportError as error:
        raise MissingExtraError(
            f"figcheck.distributed needs {module.split('.')[0]}: pip install 'figcheck[dask]'"
        ) from error


__all__ = ["COLUMNS", "INPUT_ERROR", "MissingExtraError", "check_bag", "check_paths", "rows"]
