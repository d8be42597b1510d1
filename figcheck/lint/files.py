"""The lint pipeline: paths → documents → checks → findings placed in the source → a run.

This is what the command line, the pre-commit hook and the pytest plugin share: every input
becomes a ``FileResult`` (findings, or the reason it could not be read) and one unreadable file
never stops the others. Only regular files are opened: a FIFO can block a reader forever and a
device such as ``/dev/zero`` never ends, so both are refused by ``stat`` before any read.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from figcheck.checking import read_stdin, read_text
from figcheck.errors import InputError
from figcheck.lint import streaming
from figcheck.lint.markup import format_for_path
from figcheck.lint.results import FileResult, RunResult
from figcheck.lint.settings import Settings
from figcheck.lint.source import LintOptions, lint_source
from figcheck.lint.walk import STDIN, Skipped, expand_paths


def lint_file(name: str, settings: Settings, options: LintOptions) -> FileResult:
    """Check one file (or standard input), never raising for a bad input; a FIFO, device or
    socket is an input error, never opened; large text and Markdown files are read in batches
    (``streaming``)."""
    try:
        if name == STDIN:
            return lint_source(read_stdin(), options.stdin_name, settings, options)
        markup = options.format or settings.format_for(Path(name)) or format_for_path(name)
        if streaming.should_stream(Path(name), markup):
            return streaming.lint_streamed(name, markup, settings, options)
        return lint_source(read_text(Path(name)), name, settings, options)
    except InputError as error:
        return FileResult(path=name, error=str(error))


def lint(paths: Iterable[str], settings: Settings, options: LintOptions) -> RunResult:
    """Check every path (files, folders, "-" for standard input), in input order; a folder
    that cannot be listed is a result with an error in its place, like an unreadable file."""
    files: list[FileResult] = []

    def unlisted(skipped: Skipped) -> None:
        if skipped.error:
            files.append(FileResult(path=skipped.path, error=skipped.message))

    for name in expand_paths(paths, settings, unlisted):
        files.append(lint_file(name, settings, options))
    return RunResult(files=tuple(files), fail_on=settings.fail_on)
