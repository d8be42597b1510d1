"""A one-line progress bar for long ``figcheck check`` runs, drawn on standard error.

Written with the standard library: a carriage return and an erase-line sequence redraw one
line in place, which every terminal understands, so a dependency such as tqdm or rich would
buy nothing here. The bar is only drawn when standard error is a terminal; a pipe, a file or a
CI log gets nothing but the findings on standard output.
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from typing import TextIO

from figcheck.lint.results import FileResult

#: Runs with at most this many files finish too soon for a bar to help.
MIN_FILES = 20
#: Redraw at most this often (seconds): drawing on every file would cost more than it shows.
REDRAW_EVERY = 0.1
WIDTH = 24
_ERASE = "\r\x1b[2K"


def wanted(stream: TextIO, files: int) -> bool:
    """True when a bar is worth drawing: a terminal, and more than ``MIN_FILES`` files."""
    return files > MIN_FILES and stream.isatty()


class Progress:
    """Files done out of ``total``, findings so far and throughput, redrawn in place."""

    def __init__(self, total: int, stream: TextIO) -> None:
        self.total = total
        self.stream = stream
        self.done = 0
        self.findings = 0
        self.chars = 0
        self.started = time.perf_counter()
        self._drawn = 0.0

    def advance(self, results: Iterable[FileResult]) -> None:
        """Count finished files, and redraw when the last drawing is old enough."""
        for result in results:
            self.done += 1
            self.findings += len(result.findings)
            self.chars += len(result.source)
        now = time.perf_counter()
        if now - self._drawn >= REDRAW_EVERY or self.done == self.total:
            self._drawn = now
            self.stream.write(_ERASE + self.line(now - self.started))
            self.stream.flush()

    def line(self, elapsed: float) -> str:
        """The bar's text, e.g. ``[######------] 120/400 files  35 findings  52 files/s``."""
        filled = WIDTH * self.done // max(self.total, 1)
        bar = "#" * filled + "-" * (WIDTH - filled)
        rate = self.done / elapsed if elapsed > 0 else 0.0
        speed = self.chars / 1e6 / elapsed if elapsed > 0 else 0.0
        return (
            f"[{bar}] {self.done}/{self.total} files  {self.findings} findings  "
            f"{rate:.0f} files/s  {speed:.2f} MB/s"
        )

    def close(self) -> None:
        """Erase the bar, so the report that follows starts on a clean line."""
        self.stream.write(_ERASE)
        self.stream.flush()
