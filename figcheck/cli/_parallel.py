"""Lint many files on several processes, with results in input order.

Checking is CPU-bound pure Python, so threads would share one core; processes do not. Paths
are sent to the workers in chunks (one task per file would spend more on messages than on
small files) and each worker builds its own settings from the command line's options rather
than receiving them, so nothing but paths, options and results crosses the process boundary.
Standard input is always read in the main process, the only one that has it.

A run can stop early two ways, and keeps what it has either way: Ctrl-C (the workers ignore
SIGINT, the main process cancels what has not started and ends the workers at once), and a
worker that dies (killed, or out of memory): the files it and the chunks still queued held are
results with an error saying they were not checked.
"""

from __future__ import annotations

import argparse
import math
import os
import signal
import sys
import threading
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import Future, ProcessPoolExecutor, as_completed
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path

from figcheck.cli._options import SettingsFinder
from figcheck.cli._progress import Progress, wanted
from figcheck.lint.files import lint_file
from figcheck.lint.results import FileResult
from figcheck.lint.source import LintOptions
from figcheck.lint.walk import STDIN

#: Chunks per worker: enough to even out files of different sizes and to move the bar often.
CHUNKS_PER_WORKER = 4
#: The largest chunk, so that a long run still reports progress every few files.
MAX_CHUNK = 32
#: Why the files of a dead worker's chunks have no findings.
WORKER_DIED = "not checked: a worker process ended unexpectedly (killed, or out of memory)"
#: Bytes of input below which the default ``--jobs`` checks in this process (see
#: ``default_jobs``).
MIN_PARALLEL_BYTES = 4 * 1024 * 1024
#: Seconds to wait for a terminated worker to end (it ends at once unless the system is stuck).
STOP_TIMEOUT = 5.0


@dataclass(frozen=True, slots=True)
class Linted:
    """Each path's result in input order; None for a path not checked because the run was
    interrupted. ``lost`` counts the files a dead worker left unchecked (they are results
    with the error ``WORKER_DIED``)."""

    results: list[FileResult | None]
    interrupted: bool = False
    lost: int = 0


def default_jobs(paths: Sequence[str]) -> int:
    """1 (this process) unless the files hold at least ``MIN_PARALLEL_BYTES`` in all, else
    all the cores there are.

    Each worker starts a Python, imports figcheck and warms its own caches (currency names,
    rate series), which costs more than checking hundreds of small pages: 600 short pages took
    1.8-2.3 s in one process and 3.1 s on two workers of a 2-core machine. Below a few
    megabytes of text a second process does not earn its start; ``--jobs`` still decides.
    """
    cores = os.cpu_count() or 1
    if cores == 1:
        return 1
    total = 0
    for path in paths:
        if path == STDIN:
            continue
        try:
            total += Path(path).stat().st_size
        except OSError:
            continue  # reported when it is read
        if total >= MIN_PARALLEL_BYTES:
            return cores
    return 1


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


def ignore_interrupts() -> None:
    """A worker's start: Ctrl-C reaches every process of the terminal's group, and only the
    main process should act on it (a worker that did would break the pool mid-chunk)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def chunked(paths: Sequence[str], workers: int) -> list[Sequence[str]]:
    """``paths`` cut into consecutive chunks, about ``CHUNKS_PER_WORKER`` per worker."""
    size = max(1, min(MAX_CHUNK, math.ceil(len(paths) / (workers * CHUNKS_PER_WORKER))))
    return [paths[i : i + size] for i in range(0, len(paths), size)]


def lint_paths(
    paths: Sequence[str], args: argparse.Namespace, options: LintOptions, jobs: int
) -> Linted:
    """Every path's result in input order: in this process for ``jobs`` 1 or a single file,
    else on ``jobs`` worker processes; a progress bar on standard error when it helps."""
    progress = Progress(len(paths), sys.stderr) if wanted(sys.stderr, len(paths)) else None
    step = progress.advance if progress else _ignore
    files = [path for path in paths if path != STDIN]
    settings = settings_args(args)
    try:
        if jobs <= 1 or len(files) <= 1:
            return _in_process(paths, settings, options, step)
        return _on_workers(paths, files, settings, options, (jobs, step))
    finally:
        if progress:
            progress.close()


def _ignore(results: Iterable[FileResult]) -> None:
    """No progress to show."""


Step = Callable[[Iterable[FileResult]], None]


def _in_process(
    paths: Sequence[str], args: argparse.Namespace, options: LintOptions, step: Step
) -> Linted:
    """One file after the other; Ctrl-C keeps the results so far."""
    finder = SettingsFinder(args)
    results: list[FileResult | None] = []
    try:
        for path in paths:
            result = lint_file(path, finder.for_path(path), options)
            results.append(result)
            step([result])
    except KeyboardInterrupt:
        return Linted(results + [None] * (len(paths) - len(results)), interrupted=True)
    return Linted(results)


def _on_workers(
    paths: Sequence[str],
    files: Sequence[str],
    args: argparse.Namespace,
    options: LintOptions,
    plan: tuple[int, Step],
) -> Linted:
    """Files on a process pool, standard input here; merged back into input order."""
    jobs, step = plan
    chunks = chunked(files, jobs)
    done: dict[str, FileResult] = {}
    pool = ProcessPoolExecutor(max_workers=min(jobs, len(chunks)), initializer=ignore_interrupts)
    try:
        futures: dict[Future[list[FileResult]], Sequence[str]] = {
            pool.submit(lint_chunk, chunk, args, options): chunk for chunk in chunks
        }
        if STDIN in paths:
            done[STDIN] = lint_chunk([STDIN], args, options)[0]
            step([done[STDIN]])
        lost = _gather(futures, done, step)
    except KeyboardInterrupt:
        stop_workers(pool)
        return Linted(_in_order(paths, done), interrupted=True)
    except BaseException:  # a bug: say so at once, not after the queue is done
        stop_workers(pool)
        raise
    pool.shutdown()
    return Linted(_in_order(paths, done), lost=lost)


def _gather(
    futures: dict[Future[list[FileResult]], Sequence[str]],
    done: dict[str, FileResult],
    step: Step,
) -> int:
    """Each chunk's results into ``done`` as it finishes; the files of a chunk a dead worker
    left get ``WORKER_DIED`` instead. Returns how many files that was."""
    lost = 0
    for future in as_completed(futures):
        chunk = futures[future]
        try:
            results = future.result()
        except BrokenProcessPool:
            results = [FileResult(path=path, error=f"{path}: {WORKER_DIED}") for path in chunk]
            lost += len(chunk)
        done.update(zip(chunk, results, strict=True))
        step(results)
    return lost


def stop_workers(pool: ProcessPoolExecutor) -> None:
    """Cancel the chunks not started and end the workers now, rather than let them finish
    the queue (``shutdown`` alone waits for the chunks under way)."""
    # The pool has no public handle on its workers or its manager thread (before Python 3.14).
    workers = list((pool._processes or {}).values())
    manager: threading.Thread | None = getattr(pool, "_executor_manager_thread", None)
    pool.shutdown(wait=False, cancel_futures=True)
    for worker in workers:
        worker.terminate()
    for worker in workers:
        worker.join(STOP_TIMEOUT)
    # With its workers gone the manager thread tears the pool down and ends. Wait for it: the
    # exit hook of concurrent.futures wakes every manager thread still running, and one
    # closing its pipe at that moment makes the hook fail ("Bad file descriptor").
    if manager is not None:
        manager.join(STOP_TIMEOUT)


def _in_order(paths: Sequence[str], done: dict[str, FileResult]) -> list[FileResult | None]:
    """The results in the order of ``paths`` (a path named twice gets its result twice);
    None for a path not checked."""
    return [done.get(path) for path in paths]
