"""Benchmark figcheck's core: throughput, first-call latency, and scaling on hostile input.

Run it from anywhere; it finds the repository from its own path::

    python benchmarks/bench_core.py [--size-kb N] [--repeat N] [--seed N] [--json]

Three questions, each answered by one section of the output:

1. How fast is figcheck on ordinary prose? ``find_money``, ``extract`` and ``check`` are timed on
   a generated news corpus (deterministic for a given ``--seed`` and ``--size-kb``; its SHA-256
   is printed so two runs can be shown to have read the same text) and on the bundled example
   articles. A bare ``re.finditer(r"\\d+")`` over the same text is the floor: no number reader
   can be faster than finding the digits, so "× floor" says what the parsing costs on top.
2. What does the first call cost? A fresh interpreter imports figcheck and checks a short text
   twice; the first check pays for the lazily loaded lexicon and ECB table. This is done with
   figcheck's bytecode cached (the usual state of an installed package) and in the environment
   as inherited (which may compile figcheck from source on every import).
3. Does the cost stay linear on input written to hurt? Each hostile input is timed at n, 2n and
   4n; a ratio near 2 per doubling is linear, and anything above 3 is flagged. An input that
   makes ``find_money`` or ``check`` raise is reported as such, not allowed to stop the run.
   What the command line adds on such input (markup parsing, locating findings, the text
   report) is timed by ``benchmarks/bench_report.py``.

Times are per call, from ``time.perf_counter``; each sample loops the call until it lasts at
least ``MIN_SAMPLE`` seconds (so short inputs are not lost in timer noise), ``--repeat``
samples are taken, and the median and the best are reported. Throughput is computed from the
median and the UTF-8 size of the text, with KB = 1,000 bytes and MB = 1,000,000 bytes.
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import gc
import hashlib
import itertools
import json
import os
import platform
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any, TypeVar

import figcheck
from figcheck.intervals import Interval
from figcheck.model import Figure, Money, Span

REPO = Path(__file__).resolve().parent.parent
EXAMPLES = ("bounty-scheme.txt", "bounty-scheme-with-errors.txt")
#: The document date passed to ``check``, so the reference-rate rules run too.
DOC_DATE = dt.date(2022, 10, 25)
KB = 1_000
MB = 1_000_000
#: A timing sample loops the call until it lasts this long, so the timer's noise is small.
MIN_SAMPLE = 0.05
#: Once a hostile case has spent this long, take no more samples of it (at least one is taken).
CASE_BUDGET = 10.0
#: A doubling of the input that multiplies the time by more than this is reported.
SUPERLINEAR = 3.0
FLOOR = re.compile(r"\d+")
T = TypeVar("T")

# Rates of 25 October 2022, so that most generated conversions agree with the ECB reference
# and the document: the checker then does its full work (consensus, reference band) on each.
RUB_PER_USD = 60.24
USD_PER_EUR = 0.9861
USD_PER_GBP = 1.1316
JPY_PER_USD = 148.91
INR_PER_USD = 82.80
#: Share of conversions written ten times too large, so that the corpus also has findings.
SLIP_RATE = 0.03


# --- The generated corpus -------------------------------------------------------------------

SUBJECTS = (
    "The regional council",
    "The transport ministry",
    "A local charity",
    "The port authority",
    "The national lottery fund",
    "A family-owned bakery chain",
    "The university hospital",
    "The city's water utility",
    "A coalition of farmers' groups",
    "The state broadcaster",
)
PURPOSES = (
    "to repair two bridges",
    "for a new school wing",
    "to settle the dispute",
    "for each volunteer who signs up",
    "to clear the backlog of claims",
    "for flood defences along the river",
    "to buy three electric buses",
    "for the first phase of the project",
)
THINGS = ("painting", "vineyard", "office block", "racehorse", "vintage car", "football club")
COMPANIES = ("Hoshino Precision", "Kawabe Foods", "Takeda Rail Systems", "Mori Logistics")
HEDGES = ("about", "roughly", "nearly", "some", "around", "almost")
MONTHS = ("January", "March", "April", "June", "August", "September", "November")
OPENERS = (
    "Officials said",
    "Residents say",
    "According to the report,",
    "Critics argued that",
    "In a statement, the spokeswoman said",
    "Opposition members complained that",
    "Several analysts noted that",
)
CLAUSES = (
    "the plan would take several years to complete",
    "the decision had been expected for months",
    "nobody had been consulted before the vote",
    "the new rules apply from the start of next year",
    "the committee will publish its findings in the spring",
    "local businesses were largely in favour",
    "the route had been closed for repairs since the storm",
    "the talks were constructive but inconclusive",
)
CLOSERS = ("", " but gave no further details", ", a claim others dispute", ", the paper reported")
TOPICS = ("Budget", "Transport", "Housing", "Energy", "Farming", "Health", "Culture")
HEADLINES = ("plan approved", "talks stall", "costs rise again", "deal signed", "review ordered")


def significant(value: float, digits: int) -> float:
    """``value`` rounded to ``digits`` significant digits, as reporters round conversions."""
    if value == 0:
        return 0.0
    return float(f"{value:.{digits}g}")


def dollars(value: float, rng: random.Random) -> str:
    """A dollar amount in the notations news copy uses: "$4,980", "$5.4 million", "$1.2bn"."""
    if value >= 1e9:
        return f"${significant(value / 1e9, 2):g}bn"
    if value >= 1e6:
        suffix = rng.choice(("m", " million"))
        return f"${significant(value / 1e6, 2):g}{suffix}"
    if value >= 100:
        return f"${int(significant(value, 3)):,}"
    return f"${significant(value, 2):g}"


def indian(value: int) -> str:
    """Indian digit grouping: 350000 → "3,50,000"."""
    text = str(value)
    head, tail = text[:-3], text[-3:]
    groups: list[str] = []
    while len(head) > 2:
        groups.insert(0, head[-2:])
        head = head[:-2]
    return ",".join([head, *groups, tail]) if head else tail


class ProseGenerator:
    """News-style English with money conversions, other numbers and filler, from a seed."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)

    def converted(self, usd: float) -> str:
        """The dollar side of a conversion, sometimes hedged, now and then ten times too big."""
        if self.rng.random() < SLIP_RATE:
            usd *= 10
        text = dollars(usd, self.rng)
        if self.rng.random() < 0.25:
            return f"{self.rng.choice(HEDGES)} {text}"
        return text

    def rubles(self) -> str:
        amount = self.rng.randrange(5_000, 900_000, 5_000)
        return (
            f"{self.rng.choice(SUBJECTS)} pays {amount:,} rubles "
            f"({self.converted(amount / RUB_PER_USD)}) {self.rng.choice(PURPOSES)}."
        )

    def euros(self) -> str:
        amount = self.rng.randrange(2, 400)
        if self.rng.random() < 0.5:
            usd = self.converted(amount * 1e6 * USD_PER_EUR)
            return f"The grant of €{amount}m, or {usd}, was approved {self.rng.choice(PURPOSES)}."
        usd = dollars(amount * 1e3 * USD_PER_EUR, self.rng)
        return (
            f"He paid {amount * 1000:,} euros, the equivalent of {usd}, "
            f"for the {self.rng.choice(THINGS)}."
        )

    def pounds(self) -> str:
        if self.rng.random() < 0.5:
            amount = self.rng.randrange(50, 90_000)
            return (
                f"The {self.rng.choice(THINGS)} sold for £{amount:,} "
                f"({self.converted(amount * USD_PER_GBP)}) at auction."
            )
        amount = self.rng.randrange(2, 90)
        usd = dollars(amount * 1e6 * USD_PER_GBP, self.rng)
        return f"The deal is worth {amount} million pounds — {usd} — to the club."

    def yen(self) -> str:
        company = self.rng.choice(COMPANIES)
        if self.rng.random() < 0.5:
            billions = self.rng.randrange(2, 300) / 10
            usd = self.converted(billions * 1e9 / JPY_PER_USD)
            return f"{company} reported a loss of ¥{billions:g}bn ({usd}) for the half year."
        millions = self.rng.randrange(10, 900, 10)
        usd = self.converted(millions * 1e6 / JPY_PER_USD)
        return f"{company} will invest {millions} million yen ({usd}) in a new plant."

    def rupees(self) -> str:
        kind = self.rng.randrange(3)
        if kind == 0:
            lakh = self.rng.randrange(2, 99)
            usd = self.converted(lakh * 1e5 / INR_PER_USD)
            return f"The district sanctioned Rs {lakh} lakh ({usd}) {self.rng.choice(PURPOSES)}."
        if kind == 1:
            crore = self.rng.randrange(2, 500)
            usd = self.converted(crore * 1e7 / INR_PER_USD)
            return f"The project will cost ₹{crore} crore ({usd}), the minister said."
        amount = self.rng.randrange(110_000, 9_900_000, 10_000)
        usd = self.converted(amount / INR_PER_USD)
        return f"Each family was promised Rs {indian(amount)} ({usd}) in compensation."

    def ranges(self) -> str:
        if self.rng.random() < 0.5:
            low = self.rng.randrange(1, 9)
            high = low + self.rng.randrange(1, 5)
            eur_low, eur_high = low / USD_PER_EUR, high / USD_PER_EUR
            return (
                f"Fines of ${low}-{high} million (€{eur_low:.1f}-{eur_high:.1f} million) "
                "apply to repeat offenders."
            )
        low = self.rng.randrange(20, 80) * 1000
        high = low + self.rng.randrange(5, 40) * 1000
        return f"Salaries of between ${low:,} and ${high:,} were offered."

    def plain_money(self) -> str:
        price = self.rng.randrange(5, 2_000)
        return self.rng.choice(
            (
                f"A single ticket now costs ${price}.",
                f"Rent for the flat is €{price * 3:,} a month.",
                f"The fee rises to £{price} next year.",
            )
        )

    def money_sentence(self) -> str:
        makers = (self.rubles, self.euros, self.pounds, self.yen, self.rupees, self.ranges)
        return self.rng.choice((*makers, self.plain_money))()

    def number_sentence(self) -> str:
        """Numbers that are not money: percentages, dates, counts, years, codes."""
        r = self.rng
        year = r.randrange(1990, 2023)
        return r.choice(
            (
                f"Turnout reached {r.uniform(40, 80):.1f}% in {year}, "
                f"against {r.randrange(35, 75)}% four years earlier.",
                f"The survey covered {r.randrange(800, 40_000):,} households between "
                f"{r.randrange(1, 14)} and {r.randrange(15, 29)} {r.choice(MONTHS)} {year}.",
                f"About {r.randrange(1_000, 90_000):,} people attended on "
                f"{r.randrange(1, 29)} {r.choice(MONTHS)}.",
                f"The line is {r.randrange(12, 2_400):,} km long and has {r.randrange(5, 60)} "
                f"stations, {r.randrange(1, 5)} of them underground.",
                f"Unemployment fell by {r.uniform(0.1, 2):.1f} percentage points to "
                f"{r.uniform(3, 12):.1f}% in the third quarter of {year}.",
                f"The population grew by {r.uniform(0.2, 9):.1f} million between {year} and "
                f"{year + 10}.",
                f"Flight {r.randrange(100, 999)} left gate {r.randrange(1, 40)} at "
                f"{r.randrange(6, 23)}:{r.randrange(0, 60):02d}.",
                f"Some {r.randrange(2, 90)} lakh people live in the district, "
                f"up {r.randrange(2, 15)}% since {year}.",
                f"In the 1990s the plant employed {r.randrange(200, 9_000):,} workers.",
            )
        )

    def filler_sentence(self) -> str:
        opener, clause, closer = (self.rng.choice(x) for x in (OPENERS, CLAUSES, CLOSERS))
        return f"{opener} {clause}{closer}."

    def paragraph(self) -> str:
        sentences = []
        for _ in range(self.rng.randrange(2, 6)):
            roll = self.rng.random()
            if roll < 0.35:
                sentences.append(self.money_sentence())
            elif roll < 0.65:
                sentences.append(self.number_sentence())
            else:
                sentences.append(self.filler_sentence())
        return " ".join(sentences)

    def article(self) -> str:
        title = f"{self.rng.choice(TOPICS)}: {self.rng.choice(HEADLINES)}"
        paragraphs = [self.paragraph() for _ in range(self.rng.randrange(4, 10))]
        return "\n\n".join([title, f"Date: {DOC_DATE.isoformat()}", *paragraphs]) + "\n"


def generate_articles(size_bytes: int, seed: int) -> list[str]:
    """Whole articles until their UTF-8 size reaches ``size_bytes`` (the last one overshoots)."""
    generator = ProseGenerator(seed)
    articles: list[str] = []
    total = 0
    while total < size_bytes:
        article = generator.article()
        articles.append(article)
        total += len(article.encode("utf-8")) + 1
    return articles


# --- Timing ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Timing:
    """Seconds per call: the median and the best of ``samples`` samples of ``loops`` calls."""

    median: float
    best: float
    loops: int
    samples: int


def _batch(fn: Callable[[], object], loops: int) -> float:
    """Seconds per call over ``loops`` back-to-back calls, after a collection so that garbage
    left by an earlier measurement is not charged to this one."""
    gc.collect()
    start = time.perf_counter()
    for _ in range(loops):
        fn()
    return (time.perf_counter() - start) / loops


def measure(fn: Callable[[], T], repeat: int, budget: float = float("inf")) -> tuple[Timing, T]:
    """Time ``fn`` after one untimed warm-up call, whose result is returned to show what the
    call found; stop sampling early once ``budget`` seconds are spent (one sample at least).

    The warm-up keeps one-off costs (lazy tables, regex compilation) out of the steady state;
    they are measured on their own in a fresh process (``cold_start``).
    """
    started = time.perf_counter()
    result = fn()
    loops = 1
    while (first := _batch(fn, loops)) * loops < MIN_SAMPLE:
        loops *= 2
    samples = [first]
    while len(samples) < repeat and time.perf_counter() - started < budget:
        samples.append(_batch(fn, loops))
    return Timing(statistics.median(samples), min(samples), loops, len(samples)), result


# --- 1 and 2: throughput and floor ----------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Throughput:
    """One function on one input: how long, how fast, how much it found, and × the floor."""

    text: str
    function: str
    size_bytes: int
    found: str
    median_ms: float
    best_ms: float
    kb_per_s: float
    mb_per_s: float
    times_floor: float


def _floor(text: str) -> int:
    return sum(1 for _ in FLOOR.finditer(text))


# The Python floor: the least work any number reader written in Python does on this corpus.
PY_RUN = re.compile(r"\d+(?:[.,]\d+)*")
PY_WORD = re.compile(r" ?([a-z]+)")
PY_SIGNS = frozenset("$€£¥₹")
PY_WORDS = frozenset({"rubles", "euros", "pounds", "yen"})
HALF = Decimal("0.5")


def _python_floor(text: str) -> list[Money]:
    """Money records for the runs next to a currency sign or name of the corpus.

    Each digit run is visited in Python and the characters around it looked at; where money
    stands, the number is read into a ``Decimal`` and the records figcheck returns are made.
    Nothing else: no grammar (ranges, hedges, other languages, names of several words), no
    currency resolution, no claims. A reader that returns such records one by one from Python
    cannot do less, so this bounds what a pure-Python figcheck could reach.
    """
    found = []
    for match in PY_RUN.finditer(text):
        start, end = match.span()
        if text[start - 1 : start] not in PY_SIGNS:
            word = PY_WORD.match(text, end)
            if word is None or word.group(1) not in PY_WORDS:
                continue
        digits = match.group()
        value = Decimal(digits.replace(",", ""))
        interval = Interval(value - HALF, value + HALF)
        figure = Figure(digits, value, Decimal(1), interval)
        found.append(Money(value, None, (), Span(start, end), digits, figure, "", interval))
    return found


def _check(text: str) -> figcheck.Report:
    return figcheck.check(text, date=DOC_DATE)


def _check_each(articles: Sequence[str]) -> list[figcheck.Report]:
    return [figcheck.check(article, date=DOC_DATE) for article in articles]


def _reports(reports: Sequence[figcheck.Report]) -> str:
    claims = sum(len(report.claims) for report in reports)
    findings = sum(len(report.findings) for report in reports)
    return f"{claims} claims, {findings} findings"


@dataclass(frozen=True, slots=True)
class _Input:
    """The text a throughput row reads: its label, UTF-8 size and the floor's time on it."""

    name: str
    size: int
    floor_seconds: float


def _row(
    source: _Input,
    function: str,
    call: Callable[[], T],
    describe: Callable[[T], str],
    repeat: int,
) -> Throughput:
    """Time one call and describe what it found, so each row shows the run did real work."""
    timing, result = measure(call, repeat)
    return Throughput(
        text=source.name,
        function=function,
        size_bytes=source.size,
        found=describe(result),
        median_ms=timing.median * 1e3,
        best_ms=timing.best * 1e3,
        kb_per_s=source.size / KB / timing.median,
        mb_per_s=source.size / MB / timing.median,
        times_floor=timing.median / (source.floor_seconds or timing.median),
    )


def throughput(name: str, text: str, repeat: int, articles: Sequence[str] = ()) -> list[Throughput]:
    """The floor and figcheck's three entry points on one input; with ``articles``, also
    ``check`` one article at a time (how a newsroom would run it, one document per call)."""
    source = _Input(name, len(text.encode("utf-8")), 0.0)
    floor = _row(source, "floor", functools.partial(_floor, text), "{} digit runs".format, repeat)
    source = _Input(name, source.size, floor.median_ms / 1e3)
    rows = [
        floor,
        _row(
            source,
            "python floor",
            functools.partial(_python_floor, text),
            lambda mentions: f"{len(mentions)} records",
            repeat,
        ),
        _row(
            source,
            "find_money",
            functools.partial(figcheck.find_money, text),
            lambda mentions: f"{len(mentions)} mentions",
            repeat,
        ),
        _row(
            source,
            "extract",
            functools.partial(figcheck.extract, text),
            lambda claims: f"{len(claims)} claims",
            repeat,
        ),
        _row(source, "check", functools.partial(_check, text), lambda r: _reports([r]), repeat),
    ]
    if articles:
        each = functools.partial(_check_each, articles)
        rows.append(_row(source, f"check x{len(articles)} articles", each, _reports, repeat))
    return rows


# --- 3: first-call latency ------------------------------------------------------------------

SHORT_TEXT = (
    "Under the scheme a soldier is paid 300,000 rubles ($4,980) for a plane and 200,000 "
    "rubles ($3,320) for a helicopter. The grant of €50m, or about $49m, was approved."
)
COLD_PROGRAM = """
import datetime, json, os, sys, time
start = time.perf_counter()
import figcheck
imported = time.perf_counter()
date = datetime.date.fromisoformat(sys.argv[2])
report = figcheck.check(sys.argv[1], date=date)
first = time.perf_counter()
figcheck.check(sys.argv[1], date=date)
second = time.perf_counter()
print(json.dumps({
    "import_ms": (imported - start) * 1e3,
    "first_check_ms": (first - imported) * 1e3,
    "second_check_ms": (second - first) * 1e3,
    "claims": len(report.claims),
    "pyc": os.path.exists(figcheck.__spec__.cached or ""),
}))
"""


@dataclass(frozen=True, slots=True)
class ColdStart:
    """Medians over fresh interpreters; ``process_ms`` is the whole run, interpreter included.
    ``pyc`` says whether figcheck's bytecode was on disk, i.e. whether the import compiled it."""

    mode: str
    runs: int
    pyc: bool
    import_ms: float
    first_check_ms: float
    second_check_ms: float
    process_ms: float
    claims: int


def _cold_run(env: dict[str, str]) -> dict[str, float]:
    start = time.perf_counter()
    completed = subprocess.run(
        [sys.executable, "-c", COLD_PROGRAM, SHORT_TEXT, DOC_DATE.isoformat()],
        capture_output=True,
        text=True,
        check=False,
        env=env,
    )
    if completed.returncode != 0:
        raise SystemExit(f"the fresh-process run failed:\n{completed.stderr}")
    result: dict[str, float] = json.loads(completed.stdout)
    result["process_ms"] = (time.perf_counter() - start) * 1e3
    return result


def _cold_series(mode: str, env: dict[str, str], runs: int) -> ColdStart:
    results = [_cold_run(env) for _ in range(runs)]

    def median(key: str) -> float:
        return statistics.median(r[key] for r in results)

    return ColdStart(
        mode=mode,
        runs=runs,
        pyc=all(bool(r["pyc"]) for r in results),
        import_ms=median("import_ms"),
        first_check_ms=median("first_check_ms"),
        second_check_ms=median("second_check_ms"),
        process_ms=median("process_ms"),
        claims=int(results[0]["claims"]),
    )


def cold_start(runs: int) -> list[ColdStart]:
    """Import and first-call costs in fresh processes, in two settings.

    "bytecode cached" is the usual state of an installed package: bytecode is written to a
    private temporary cache (``PYTHONPYCACHEPREFIX``, so nothing lands in the repository) by
    one discarded run, and read back by the timed ones. "inherited environment" runs with the
    environment as given, which may compile figcheck from source on every import (for example
    when ``PYTHONDONTWRITEBYTECODE`` is set); the ``pyc`` column tells which happened.
    """
    inherited = dict(os.environ)
    with tempfile.TemporaryDirectory(prefix="figcheck-bench-pycache-") as cache:
        cached = {k: v for k, v in inherited.items() if k != "PYTHONDONTWRITEBYTECODE"}
        cached["PYTHONPYCACHEPREFIX"] = cache
        _cold_run(cached)
        return [
            _cold_series("bytecode cached", cached, runs),
            _cold_series("inherited environment", inherited, runs),
        ]


# --- 4: linearity on hostile input ----------------------------------------------------------


def _varied_conversions(count: int) -> str:
    """Many conversions of one pair, each at a slightly different rate (seeded)."""
    rng = random.Random(count)
    return " ".join(
        f"${1000 + i} (€{round((1000 + i) * rng.uniform(0.9, 1.1))})." for i in range(count)
    )


#: Two conversions, one of them ten times off, repeated on one line: 4,060 copies are 272 KB.
PRIZE = "The prize is 200,000 rubles ($33,200) and 100,000 rubles ($1,660). "
#: A conversion the text puts on a parallel market, repeated on one line.
PARALLEL = "10,000 naira ($13 on the black market) "
#: The same slip as a sentence of its own, for documents of many lines.
PRIZE_SLIP = "It pays 300,000 rubles ($4,980) and 200,000 rubles ($33,200)."


def nested_markdown_lines(count: int) -> str:
    """``count`` Markdown list items, each with a slip: runs of eight, each item one level
    deeper than the one before, under zero to three levels of quotes."""
    return "".join(f"{'> ' * (i // 8 % 4)}{'  ' * (i % 8)}- {PRIZE_SLIP}\n" for i in range(count))


#: (name, builder from a unit count to the text, the unit count at size n).
HOSTILE: tuple[tuple[str, Callable[[int], str], int], ...] = (
    ("run of digits", lambda k: "7" * k, 100_000),
    ("$ + run of digits", lambda k: "$" + "7" * k, 100_000),
    ('"1," repeated', lambda k: "1," * k, 50_000),
    ('"12,34," repeated', lambda k: "12,34," * k, 25_000),
    ("commas", lambda k: "," * k, 50_000),
    ("nested brackets", lambda k: "(" * k + "$5 (€4)" + ")" * k, 50_000),
    ("run of $ signs", lambda k: "$" * k, 100_000),
    ("run of $ signs, then 5", lambda k: "$" * k + "5", 100_000),
    ('"$1 (€1) " repeated', lambda k: "$1 (€1) " * k, 5_000),
    ("one pair, varied rates", _varied_conversions, 1_000),
    ("Chinese unit chain", lambda k: "价格为" + "1千" * k + "美元", 25_000),
    ("Korean unit chain", lambda k: "가격은 " + "1천 " * k + "원", 25_000),
    ("French spaced groups", lambda k: "Le prix est de " + "1 234 " * k + "euros", 20_000),
    ("prize text, one line (4n = 272 KB)", lambda k: PRIZE * k, 1_015),
    ('"> - " nesting, one line', lambda k: "> - " * k + "$5 (€4)", 25_000),
    ("nested Markdown lines", nested_markdown_lines, 2_000),
    ('"(" * n + "$1" + ")" * n', lambda k: "(" * k + "$1" + ")" * k, 50_000),
    # the unit-conversion readers: each reads a bounded window around a unit word
    ('"1 x " * n + "2 ft"', lambda k: "1 x " * k + "2 ft", 4_000),
    ('"1-" * n + "2 miles"', lambda k: "1-" * k + "2 miles", 4_000),
    ('"1 to " * n + "5 miles"', lambda k: "1 to " * k + "5 miles", 4_000),
    ('"5 F (" * n + "3 C"', lambda k: "5 F (" * k + "3 C", 2_000),
    ('"5 miles is " * n + "8 km"', lambda k: "5 miles is " * k + "8 km", 2_000),
    ('"(that\'s " * n + "40°C"', lambda k: "(that's " * k + "40°C", 2_000),
    ('"two miles (3.2 km). " * n', lambda k: "two miles (3.2 km). " * k, 1_000),
    # the stated-rate and scope readers: a Korean pair name far from any price, letter signs
    ('"원·달러 환율 " * n + "1,200원"', lambda k: "원·달러 환율 " * k + "1,200원", 4_000),
    ('"naira " + "N1 " * n', lambda k: "naira " + "N1 " * k, 10_000),
    ('"10,000 naira ($13 on the black market) " * n', lambda k: PARALLEL * k, 1_000),
)
SCALES = (1, 2, 4)


@dataclass(frozen=True, slots=True)
class Scaling:
    """One function on one hostile input at n, 2n, 4n, and the time ratio of each doubling."""

    case: str
    function: str
    chars: list[int]
    found: list[int]
    ms: list[float]
    ratios: list[float]
    error: str | None

    @property
    def verdict(self) -> str:
        if self.error:
            return "RAISES"
        return "SUPER-LINEAR" if any(r > SUPERLINEAR for r in self.ratios) else "linear"


def _scale(
    case: str,
    function: str,
    texts: Sequence[str],
    call: Callable[[str], T],
    count: Callable[[T], int],
    repeat: int,
) -> Scaling:
    """Best-of times of ``call`` on each text; an exception is kept as the verdict rather than
    aborting the run, since raising is itself a finding."""
    found: list[int] = []
    seconds: list[float] = []
    error: str | None = None
    for text in texts:
        try:
            timing, result = measure(functools.partial(call, text), repeat, CASE_BUDGET)
        except Exception as exc:  # a crash is what this section looks for
            error = f"{type(exc).__name__}: {exc}"[:200]
            break
        found.append(count(result))
        seconds.append(timing.best)
    ratios = [later / earlier for earlier, later in itertools.pairwise(seconds)]
    chars = [len(text) for text in texts]
    return Scaling(case, function, chars, found, [t * 1e3 for t in seconds], ratios, error)


def scaling(case: str, build: Callable[[int], str], units: int, repeat: int) -> list[Scaling]:
    """``find_money`` and ``check`` on one hostile input at n, 2n and 4n."""
    texts = [build(units * scale) for scale in SCALES]
    return [
        _scale(case, "find_money", texts, figcheck.find_money, len, repeat),
        _scale(case, "check", texts, _check, lambda report: len(report.claims), repeat),
    ]


# --- Output ---------------------------------------------------------------------------------


def environment(
    size_kb: int, seed: int, repeat: int, corpus: str, load_before: str
) -> dict[str, Any]:
    """Enough about the run to reproduce it and to judge its numbers; the load averages show
    whether other work shared the CPUs while it ran."""
    commit = _git("rev-parse", "--short", "HEAD") or "unknown"
    if _git("--no-optional-locks", "status", "--porcelain", "--", "figcheck"):
        commit += ", figcheck/ modified"
    return {
        "figcheck": figcheck.__version__,
        "commit": commit,
        "python": f"{platform.python_implementation()} {platform.python_version()}",
        "platform": platform.platform(),
        "cpus": os.cpu_count(),
        "size_kb": size_kb,
        "seed": seed,
        "repeat": repeat,
        "corpus_bytes": len(corpus.encode("utf-8")),
        "corpus_sha256": hashlib.sha256(corpus.encode("utf-8")).hexdigest(),
        "command": " ".join([*_env_prefix(), "python", "benchmarks/bench_core.py", *sys.argv[1:]]),
        # Both change the numbers: see "Reading the numbers" in docs/benchmarks.md.
        "GLIBC_TUNABLES": os.environ.get("GLIBC_TUNABLES"),
        "PYTHONDONTWRITEBYTECODE": os.environ.get("PYTHONDONTWRITEBYTECODE"),
        "load_before": load_before,
        "load_after": _load(),
    }


def _env_prefix() -> list[str]:
    """The settings from the environment that change the numbers, as ``NAME=value`` words."""
    return [f"{name}={os.environ[name]}" for name in ("GLIBC_TUNABLES",) if name in os.environ]


def _load() -> str:
    """The 1, 5 and 15 minute load averages, where the platform has them."""
    try:
        return " ".join(f"{value:.2f}" for value in os.getloadavg())
    except OSError:
        return "unknown"


def _git(*args: str) -> str | None:
    """The output of a read-only git query on the repository, or None outside a checkout."""
    try:
        completed = subprocess.run(
            ["git", "-C", str(REPO), *args], capture_output=True, text=True, check=True
        )
    except (OSError, subprocess.CalledProcessError):
        return None
    return completed.stdout.strip()


def table(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    """A plain-text table: numbers right-aligned ("-" counts as a missing number), text left."""
    cells = [[str(h) for h in headers], *[[_cell(v) for v in row] for row in rows]]
    widths = [max(len(row[i]) for row in cells) for i in range(len(headers))]
    numeric = [
        all(isinstance(row[i], int | float) or row[i] == "-" for row in rows)
        for i in range(len(headers))
    ]
    lines = []
    for index, row in enumerate(cells):
        parts = [
            c.rjust(w) if numeric[i] else c.ljust(w)
            for i, (c, w) in enumerate(zip(row, widths, strict=True))
        ]
        lines.append("  ".join(parts).rstrip())
        if index == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)


def _cell(value: object) -> str:
    if isinstance(value, float):
        return f"{value:,.1f}" if value >= 10 else f"{value:.2f}"
    return str(value)


@dataclass(frozen=True, slots=True)
class Results:
    """Everything one run measured."""

    environment: dict[str, Any]
    throughput: list[Throughput]
    cold_start: list[ColdStart]
    scaling: list[Scaling]


def _header(env: dict[str, Any]) -> str:
    return "\n".join(
        [
            f"figcheck {env['figcheck']} ({env['commit']}), {env['python']}, "
            f"{env['platform']}, {env['cpus']} CPUs",
            f"command: {env['command']}",
            f"load average before: {env['load_before']}, after: {env['load_after']}",
            f"corpus: {env['corpus_bytes']:,} bytes, seed {env['seed']}, "
            f"sha256 {env['corpus_sha256'][:16]}; repeat {env['repeat']}",
        ]
    )


def _throughput_table(rows: Sequence[Throughput]) -> str:
    headers = ("text", "function", "found", "median ms", "best ms", "KB/s", "MB/s", "x floor")
    body = [
        (r.text, r.function, r.found, r.median_ms, r.best_ms, r.kb_per_s, r.mb_per_s, r.times_floor)
        for r in rows
    ]
    title = "Throughput (median of samples; x floor = time / re.finditer(r'\\d+') time)"
    return f"{title}\n{table(headers, body)}"


def _cold_table(rows: Sequence[ColdStart]) -> str:
    headers = ("setting", "figcheck .pyc", "import ms", "first check ms", "second check ms")
    body = [
        (c.mode, "read" if c.pyc else "compiled", c.import_ms, c.first_check_ms, c.second_check_ms)
        for c in rows
    ]
    process = ", ".join(f"{c.mode} {c.process_ms:.0f} ms" for c in rows)
    title = (
        f"First call, fresh process (median of {rows[0].runs} runs each; "
        f"{rows[0].claims} claims in the short text)"
    )
    return f"{title}\n{table(headers, body)}\nwhole process, interpreter included: {process}"


def _scaling_table(rows: Sequence[Scaling]) -> str:
    headers = ["input", "function", "chars n", "found n/2n/4n", "ms n", "ms 2n", "ms 4n"]
    headers += ["ratios", "verdict"]
    title = (
        "Linearity on hostile input (best of samples; ratios = t(2n)/t(n) and t(4n)/t(2n), "
        f"linear = 2, flagged above {SUPERLINEAR:g})"
    )
    return f"{title}\n{table(headers, [_scaling_row(row) for row in rows])}"


def _scaling_row(row: Scaling) -> tuple[object, ...]:
    ms: list[object] = [*row.ms, *["-"] * (len(SCALES) - len(row.ms))]
    return (
        row.case,
        row.function,
        row.chars[0],
        "/".join(str(f) for f in row.found),
        *ms,
        " ".join(f"{r:.2f}" for r in row.ratios) or "-",
        f"RAISES {row.error}" if row.error else row.verdict,
    )


def report_text(results: Results) -> str:
    """The human-readable report: a header, then one table per question."""
    return "\n\n".join(
        [
            _header(results.environment),
            _throughput_table(results.throughput),
            _cold_table(results.cold_start),
            _scaling_table(results.scaling),
        ]
    )


def as_json(results: Results) -> str:
    """The same results for machines; each scaling row carries its verdict."""
    return json.dumps(
        {
            "environment": results.environment,
            "throughput": [asdict(r) for r in results.throughput],
            "cold_start": [asdict(c) for c in results.cold_start],
            "scaling": [{**asdict(s), "verdict": s.verdict} for s in results.scaling],
        },
        indent=2,
    )


# --- Main -----------------------------------------------------------------------------------


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--size-kb", type=int, default=400, help="generated prose, KB (400)")
    parser.add_argument("--repeat", type=int, default=5, help="samples per measurement (5)")
    parser.add_argument("--seed", type=int, default=2022, help="corpus seed (2022)")
    parser.add_argument("--json", action="store_true", help="print JSON instead of tables")
    args = parser.parse_args(argv)
    if args.size_kb < 1 or args.repeat < 1:
        parser.error("--size-kb and --repeat must be at least 1")
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    load_before = _load()
    articles = generate_articles(args.size_kb * KB, args.seed)
    corpus = "\n".join(articles)
    rows = throughput("generated prose", corpus, args.repeat, articles)
    for example in EXAMPLES:
        text = (REPO / "examples" / example).read_text(encoding="utf-8")
        rows.extend(throughput(f"examples/{example}", text, args.repeat))
    cold = cold_start(args.repeat)
    hostile = [row for case in HOSTILE for row in scaling(*case, args.repeat)]
    env = environment(args.size_kb, args.seed, args.repeat, corpus, load_before)
    results = Results(env, rows, cold, hostile)
    print(as_json(results) if args.json else report_text(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
