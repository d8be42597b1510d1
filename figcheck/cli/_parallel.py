"""Lint many files on several processes, with results in input order.

Checking is CPU-bound pure Python, so threads would share one core; processes do not. Paths
are sent to the workers in chunks (one task per file would spend more on messages than on
small files) and each worker builds its own settings from the command line's options rather
than receiving them, so nothing but paths, options and results crosses the process boundary.
Standard input is always read in the main process, the only one that has it.
"""

from __future__ import annotations

import argparse
import math
import os
import sys
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import Future, ProcessPoolExecutor, as_completed

from figcheck.cli._options import SettingsFinder
from figcheck.cli._progress import Progress, wanted
from figcheck.linting import STDIN, LintOptions, lint_file
from figcheck.results import FileResult

#: Chunks per worker: enough to even out files of different sizes and to move the bar often.
CHUNKS_PER_WORKER = 4
#: The largest chunk, so that a long run still reports progress every few files.
MAX_CHUNK = 32


def default_jobs() -> int:
    """All the cores there are."""
    return os.cpu_count() or 1


def settings_args(args: argparse.Namespace) -> argparse.Namespace:
    """The command line's options without the subcommand's function: plain values that
    pickle, from which a worker rebuilds ``SettingsFinder`` whatever options it reads."""
    return argparse.Namespace(**{k: v for k, v in vars(args).items() if not callable(v)})


def lint_chunk(
    paths: Sequence[str], args: argparse.Namespace, options: LintOptions
) -> list[FileResult]:
    """Lint ``paths`` in this process, each with the settings of its own folder."""
    finder = SettingsFinder(args)
    return [lint_file(path, finder.for_path(path), options) for path in paths]


def chunked(paths: Sequence[str], workers: int) -> list[Sequence[str]]:
    """``paths`` cut into consecutive chunks, about ``CHUNKS_PER_WORKER`` per worker."""
    size = max(1, min(MAX_CHUNK, math.ceil(len(paths) / (workers * CHUNKS_PER_WORKER))))
    return [paths[i : i + size] for i in range(0, len(paths), size)]


def lint_paths(
    paths: Sequence[str], args: argparse.Namespace, options: LintOptions, jobs: int
) -> list[FileResult]:
    """Every path's result in input order: in this process for ``jobs`` 1 or a single file,
    else on ``jobs`` worker processes; a progress bar on standard error when it helps."""
    progress = Progress(len(paths), sys.stderr) if wanted(sys.stderr, len(paths)) else None
    step = progress.advance if progress else _ignore
    files = [path for path in paths if path != STDIN]
    settings = settings_args(args)
    if jobs <= 1 or len(files) <= 1:
        results = _in_process(paths, settings, options, step)
    else:
        results = _on_workers(paths, files, settings, options, (jobs, step))
    if progress:
        progress.close()
    return results


def _ignore(results: Iterable[FileResult]) -> None:
    """No progress to show."""


Step = Callable[[Iterable[FileResult]], None]


def _in_process(
    paths: Sequence[str], args: argparse.Namespace, options: LintOptions, step: Step
) -> list[FileResult]:
    finder = SettingsFinder(args)
    results = []
    for path in paths:
        results.append(lint_file(path, finder.for_path(path), options))
        step(results[-1:])
    return results


def _on_workers(
    paths: Sequence[str],
    files: Sequence[str],
    args: argparse.Namespace,
    options: LintOptions,
    plan: tuple[int, Step],
) -> list[FileResult]:
    """Files on a process pool, standard input here; merged back into input order."""
    jobs, step = plan
    chunks = chunked(files, jobs)
    done: dict[str, FileResult] = {}
    with ProcessPoolExecutor(max_workers=min(jobs, len(chunks))) as pool:
        futures: dict[Future[list[FileResult]], Sequence[str]] = {
            pool.submit(lint_chunk, chunk, args, options): chunk for chunk in chunks
        }
        stdin = [lint_chunk([STDIN], args, options)[0]] if STDIN in paths else []
        step(stdin)
        for future in as_completed(futures):
            results = future.result()
            done.update(zip(futures[future], results, strict=True))
            step(results)
    return _in_order(paths, done, stdin)


def _in_order(
    paths: Sequence[str], done: dict[str, FileResult], stdin: list[FileResult]
) -> list[FileResult]:
    """The results in the order of ``paths`` (a path named twice gets its result twice)."""
    return [stdin[0] if path == STDIN else done[path] for path in paths]
