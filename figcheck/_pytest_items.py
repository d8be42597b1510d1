"""``pytest --figcheck``: documents as test items, results cached by content.

Imported by ``figcheck.pytest_plugin`` only when ``--figcheck`` is given. One
``DocumentCollection`` per run (per xdist worker) decides which files are documents, holds the
settings of each folder, and counts what was checked and what came from the cache.

Each document is one ``DocumentItem`` (node id ``path::figcheck``, marked ``figcheck``). It is
checked through the same pipeline as ``figcheck check`` (``linting.lint_source``: markup,
suppression comments, the configuration file found from the document's folder), and a failure
is reported as the CLI's text output. The outcome (pass or fail, and the rendered report) is
kept in pytest's cache under a key made of the document's bytes, its configuration file, the
threshold and figcheck's version, so an unchanged document is not checked again; pytest's
``--cache-clear`` forgets it.
"""

from __future__ import annotations

import fnmatch
import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from figcheck._version import distribution_version
from figcheck.checking import decode, special_file
from figcheck.errors import ConfigError, InputError
from figcheck.lint.reporters import text as text_format
from figcheck.lint.results import FileResult, RunResult
from figcheck.lint.settings import Settings, load_settings, merge_cli
from figcheck.lint.source import LintOptions, lint_source

#: Bumped when what is stored changes, so that older entries are never read.
CACHE_FORMAT = "1"
#: The user property a document's report carries: "checked" or "cached".
PROPERTY = "figcheck"


@dataclass(frozen=True, slots=True)
class Outcome:
    """What a document's check comes to, and all that is needed to report it again."""

    passed: bool
    report: str


@dataclass(frozen=True, slots=True)
class FolderSettings:
    """The settings for documents in one folder, and a fingerprint of what they came from."""

    settings: Settings
    fingerprint: str


class DocumentFailed(Exception):
    """Raised by a failing document; its report replaces pytest's traceback."""

    def __init__(self, report: str) -> None:
        super().__init__(report)
        self.report = report


class DocumentCollection:
    """The ``--figcheck`` run: which files are documents, their settings, and the tally."""

    NAME = "figcheck-documents"

    def __init__(self, config: pytest.Config) -> None:
        self.config = config
        self.globs: list[str] = config.getini("figcheck_globs")
        self.exclude: list[str] = config.getini("figcheck_exclude")
        self.fail_on: str | None = config.getoption("figcheck_fail_on")
        self._folders: dict[Path, FolderSettings | ConfigError] = {}
        self.tally = {"checked": 0, "cached": 0}

    def pytest_collect_file(self, file_path: Path, parent: pytest.Collector) -> DocumentFile | None:
        """A document node for every file the globs take and no exclude pattern leaves out."""
        if not self.wants(file_path):
            return None
        return DocumentFile.from_parent(parent, path=file_path, documents=self)

    def wants(self, path: Path) -> bool:
        """Named by ``figcheck_globs``, and by neither ``figcheck_exclude`` nor the
        configuration file's ``exclude`` (checked on the file and on each folder between the
        configuration file's folder and the file, as a ``figcheck check`` walk would); never
        a FIFO, device or socket, which reading could block forever."""
        relative = _relative(path, self.config.rootpath)
        if not any(_matches(glob, relative) for glob in self.globs):
            return False
        if special_file(path) is not None:
            return False
        if any(_matches(pattern, relative, folders=True) for pattern in self.exclude):
            return False
        found = self.folder_settings(path.parent)
        return isinstance(found, ConfigError) or not _excluded(path, found.settings)

    def folder_settings(self, folder: Path) -> FolderSettings | ConfigError:
        """The settings for documents in ``folder``, read once per run (or why they cannot)."""
        if folder not in self._folders:
            try:
                settings = merge_cli(load_settings(folder), fail_on=self.fail_on)
                self._folders[folder] = FolderSettings(settings, _fingerprint(settings))
            except ConfigError as error:
                self._folders[folder] = error
        return self._folders[folder]

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        """Count checked and cached documents (under xdist, from the workers' reports)."""
        for name, value in report.user_properties:
            if name == PROPERTY and report.when == "call" and value in self.tally:
                self.tally[value] += 1

    def pytest_terminal_summary(self, terminalreporter: Any) -> None:
        """One line saying how many documents were checked and how many were unchanged."""
        total = sum(self.tally.values())
        if total:
            terminalreporter.write_line(
                f"figcheck: {total} document{'s' if total != 1 else ''}, "
                f"{self.tally['cached']} unchanged since the last run (cached)"
            )


def _relative(path: Path, root: Path) -> str:
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return path.as_posix()


def _matches(pattern: str, relative: str, *, folders: bool = False) -> bool:
    """pytest's glob convention: a pattern without "/" matches the file name (and, with
    ``folders``, any folder name on the way); one with "/" the path from the root folder."""
    if "/" in pattern:
        return fnmatch.fnmatch(relative, pattern)
    names = relative.split("/")
    return any(fnmatch.fnmatch(name, pattern) for name in (names if folders else names[-1:]))


def _excluded(path: Path, settings: Settings) -> bool:
    """Whether a ``figcheck check`` walk from the configuration file's folder would skip it."""
    if settings.path is None:
        return False
    base = settings.path.parent
    resolved = path.resolve()
    if not resolved.is_relative_to(base):
        return False
    parts = resolved.relative_to(base).parts
    folders = [base.joinpath(*parts[:n]) for n in range(1, len(parts))]
    return any(not settings.is_included(f) for f in folders) or settings.is_excluded(resolved)


def _fingerprint(settings: Settings) -> str:
    """What a cached outcome depends on besides the document: the configuration file (its
    place and bytes), the rate table it names (its bytes), the threshold, the versions of
    figcheck and of the embedded reference series, and the ECB series downloaded by
    ``figcheck rates update`` when there is one (so an update checks every document again)."""
    from figcheck.rates.sources import cache_identity

    digest = hashlib.sha256()
    for part in (
        CACHE_FORMAT,
        distribution_version("figcheck"),
        distribution_version("currencyconverter"),
        cache_identity(),
        str(settings.path),
        str(settings.fail_on),
    ):
        digest.update(part.encode() + b"\0")
    digest.update(_bytes(settings.path) + b"\0" + _bytes(settings.rates))
    return digest.hexdigest()


def _bytes(path: Path | None) -> bytes:
    """A file's bytes; nothing for no file or one that cannot be read (the check reports it)."""
    try:
        return b"" if path is None else path.read_bytes()
    except OSError:
        return b""


class DocumentFile(pytest.File):
    """A document: collected as the one item that checks it."""

    def __init__(self, *, documents: DocumentCollection, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.documents = documents

    def collect(self) -> list[DocumentItem]:
        """The document's item, or a collection error naming a bad configuration file."""
        found = self.documents.folder_settings(self.path.parent)
        if isinstance(found, ConfigError):
            raise self.CollectError(f"figcheck: {found}")
        return [DocumentItem.from_parent(self, name="figcheck", folder=found)]


class DocumentItem(pytest.Item):
    """The check of one document; fails with the CLI's text report."""

    def __init__(self, *, folder: FolderSettings, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.folder = folder
        self.add_marker("figcheck")

    def runtest(self) -> None:
        """Check the document, or take the outcome from the cache when nothing changed."""
        display = _display(self.path)
        try:
            data = self.path.read_bytes()
        except OSError as error:
            raise self._unreadable(display, error) from None
        key = _key(data, display, self.folder.fingerprint)
        outcome = self._recall(key)
        self.user_properties.append((PROPERTY, "checked" if outcome is None else "cached"))
        if outcome is None:
            outcome = evaluate(data, display, self.folder.settings)
            self._remember(key, outcome)
        if not outcome.passed:
            raise DocumentFailed(outcome.report)

    def _unreadable(self, display: str, error: OSError) -> DocumentFailed:
        """A document that cannot be read fails with the CLI's report of it, not a traceback
        (and is not cached: the next run tries again)."""
        reason = f"{display}: cannot read: {error.strerror or error}"
        unreadable = FileResult(path=display, error=reason)
        run = RunResult(files=(unreadable,), fail_on=self.folder.settings.fail_on)
        return DocumentFailed(text_format.render(run))

    def _recall(self, key: str) -> Outcome | None:
        cache = getattr(self.config, "cache", None)
        stored = None if cache is None else cache.get(self._cache_name(), None)
        if not isinstance(stored, dict) or stored.get("key") != key:
            return None
        passed, report = stored.get("passed"), stored.get("report")
        if not isinstance(passed, bool) or not isinstance(report, str):
            return None
        return Outcome(passed, report)

    def _remember(self, key: str, outcome: Outcome) -> None:
        cache = getattr(self.config, "cache", None)
        if cache is not None:
            value = {"key": key, "passed": outcome.passed, "report": outcome.report}
            cache.set(self._cache_name(), value)

    def _cache_name(self) -> str:
        """One cache entry per document path, overwritten when the document changes."""
        name = hashlib.sha256(str(self.path.resolve()).encode()).hexdigest()[:32]
        return f"figcheck/{CACHE_FORMAT}/{name}"

    def repr_failure(
        self, excinfo: pytest.ExceptionInfo[BaseException], style: Any = None
    ) -> str | Any:
        """The CLI's report for a failing document; pytest's usual report for anything else."""
        if isinstance(excinfo.value, DocumentFailed):
            return excinfo.value.report
        return super().repr_failure(excinfo, style)

    def reportinfo(self) -> tuple[Path, int | None, str]:
        """Where the item is, as pytest prints it in ``-v`` and the short summary."""
        return self.path, None, f"figcheck {_display(self.path)}"


def _display(path: Path) -> str:
    """A document's name as ``figcheck check`` would print it: relative to the working
    folder when inside it (so per-file globs resolve the same way), else absolute."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


def _key(data: bytes, display: str, fingerprint: str) -> str:
    digest = hashlib.sha256(fingerprint.encode() + b"\0" + display.encode() + b"\0")
    digest.update(data)
    return digest.hexdigest()


def evaluate(data: bytes, display: str, settings: Settings) -> Outcome:
    """Check a document's bytes as ``figcheck check`` would check the file."""
    try:
        source = decode(data, display)
        result = lint_source(source, display, settings, LintOptions())
    except InputError as error:
        result = FileResult(path=display, error=str(error))
    run = RunResult(files=(result,), fail_on=settings.fail_on)
    return Outcome(passed=not run.fails() and not run.errors, report=text_format.render(run))


__all__ = ["DocumentCollection", "DocumentFailed", "DocumentFile", "DocumentItem", "Outcome"]
