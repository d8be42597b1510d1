"""Benchmark the command line's path on hostile documents: markup, locating, the text report.

``bench_core.py`` times the library calls; a document given to ``figcheck check`` also goes
through its markup parser, has every finding placed at a line and column of the source, and is
rendered by ``figcheck.lint.reporters.text``, whose excerpts cut long lines to a window. Each of
those steps could be linear in the prose and still quadratic in a long line or a deep nesting,
so each hostile document is timed at two sizes, n and 2n, and the ratio printed: near 2 is
linear, above ``SUPERLINEAR`` is flagged.

Run it from anywhere; it finds the repository from its own path::

    python benchmarks/bench_report.py [--repeat N] [--no-cli]

Three timings per document and size, each the best of ``--repeat`` samples (see
``bench_core.measure``): ``lint`` (``linting.lint_source``: parse the markup, check the
prose, locate and suppress the findings), ``render`` (``reporters.text.render`` of that result)
and ``cli``, the whole ``python -m figcheck check --date 2022-10-25 FILE`` in a fresh process
(interpreter start and imports included, which the ``empty file`` row shows on its own; large
files take the command line's streaming path, which ``lint`` does not).
"""

from __future__ import annotations

import argparse
import functools
import itertools
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from bench_core import (
    CASE_BUDGET,
    DOC_DATE,
    PRIZE,
    PRIZE_SLIP,
    SUPERLINEAR,
    measure,
    nested_markdown_lines,
    table,
)

from figcheck.lint.reporters import text
from figcheck.lint.results import FileResult, RunResult
from figcheck.lint.settings import Settings
from figcheck.lint.source import LintOptions, lint_source

REPO = Path(__file__).resolve().parent.parent
SIZES = (1, 2)


def nested_quote_list(count: int) -> str:
    """One Markdown line of ``count`` quote-and-list levels around a conversion."""
    return "> - " * count + PRIZE_SLIP + "\n"


@dataclass(frozen=True, slots=True)
class Case:
    """A hostile document: its name, file name, builder and unit count at size n."""

    name: str
    file_name: str
    build: Callable[[int], str]
    units: int


CASES = (
    Case("prize text, one line (2n = 272 KB)", "prize.txt", lambda k: PRIZE * k, 2_030),
    Case("Markdown, one deeply nested line", "nested.md", nested_quote_list, 5_000),
    Case("Markdown, nested list lines", "lists.md", nested_markdown_lines, 2_000),
    Case('"(" * n + "$1" + ")" * n', "parens.txt", lambda k: "(" * k + "$1" + ")" * k, 50_000),
)


@dataclass(frozen=True, slots=True)
class Row:
    """One document and one step at n and 2n: characters, findings, milliseconds, ratio."""

    case: str
    step: str
    chars: list[int]
    findings: list[int]
    ms: list[float]

    @property
    def ratio(self) -> float:
        return self.ms[1] / self.ms[0]

    @property
    def verdict(self) -> str:
        return "SUPER-LINEAR" if self.ratio > SUPERLINEAR else "linear"


def lint(source: str, file_name: str) -> FileResult:
    """What ``figcheck check`` does with one file's text, short of printing."""
    return lint_source(source, file_name, Settings(), LintOptions(date=DOC_DATE))


def render(result: FileResult) -> str:
    return text.render(RunResult(files=(result,)))


def run_cli(path: Path) -> int:
    """The real command line on ``path``; its output is read and dropped."""
    completed = subprocess.run(
        [sys.executable, "-m", "figcheck", "check", "--date", DOC_DATE.isoformat(), str(path)],
        capture_output=True,
        check=False,
        cwd=REPO,
    )
    if completed.returncode not in {0, 1}:
        raise SystemExit(f"figcheck check {path.name} failed:\n{completed.stderr.decode()}")
    return len(completed.stdout)


def best_of(call: Callable[[], object], repeat: int) -> float:
    """Best seconds of ``repeat`` calls (for calls too slow to loop, like a process)."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        call()
        times.append(time.perf_counter() - start)
    return min(times)


def time_case(case: Case, repeat: int, folder: Path, cli: bool) -> list[Row]:
    """``lint``, ``render`` and (with ``cli``) the command line on the case at n and 2n."""
    sources = [case.build(case.units * size) for size in SIZES]
    chars = [len(source) for source in sources]
    results = [lint(source, case.file_name) for source in sources]
    findings = [len(result.findings) for result in results]
    steps: list[tuple[str, Callable[[int], float]]] = [
        ("lint", lambda i: _best(functools.partial(lint, sources[i], case.file_name), repeat)),
        ("render", lambda i: _best(functools.partial(render, results[i]), repeat)),
    ]
    if cli:
        paths = [folder / f"{size}-{case.file_name}" for size in SIZES]
        for path, source in zip(paths, sources, strict=True):
            path.write_text(source, encoding="utf-8")
        steps.append(("cli", lambda i: best_of(functools.partial(run_cli, paths[i]), repeat)))
    return [
        Row(case.name, step, chars, findings, [timer(i) * 1e3 for i in range(len(SIZES))])
        for step, timer in steps
    ]


def _best(call: Callable[[], object], repeat: int) -> float:
    timing, _ = measure(call, repeat, CASE_BUDGET)
    return timing.best


def startup(repeat: int, folder: Path) -> float:
    """Milliseconds the command line takes on an empty file: the floor of every ``cli`` row."""
    empty = folder / "empty.txt"
    empty.write_text("", encoding="utf-8")
    return best_of(functools.partial(run_cli, empty), repeat) * 1e3


def report(rows: Sequence[Row], startup_ms: float | None) -> str:
    headers = ("document", "step", "chars n", "findings n/2n", "ms n", "ms 2n", "ratio", "verdict")
    body = [
        (r.case, r.step, r.chars[0], "/".join(map(str, r.findings)), *r.ms, r.ratio, r.verdict)
        for r in rows
    ]
    title = (
        "The command line's path on hostile documents (best of samples; ratio = t(2n)/t(n), "
        f"linear = 2, flagged above {SUPERLINEAR:g})"
    )
    lines = [title, table(headers, body)]
    if startup_ms is not None:
        lines.append(f"cli on an empty file (interpreter start and imports): {startup_ms:.0f} ms")
    return "\n".join(lines)


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--repeat", type=int, default=3, help="samples per measurement (3)")
    parser.add_argument("--no-cli", action="store_true", help="skip the command-line runs")
    args = parser.parse_args(argv)
    if args.repeat < 1:
        parser.error("--repeat must be at least 1")
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="figcheck-bench-report-") as name:
        folder = Path(name)
        rows = list(
            itertools.chain.from_iterable(
                time_case(case, args.repeat, folder, not args.no_cli) for case in CASES
            )
        )
        startup_ms = None if args.no_cli else startup(args.repeat, folder)
    print(report(rows, startup_ms))
    return 0


if __name__ == "__main__":
    sys.exit(main())
