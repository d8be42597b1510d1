"""figcheck against the tools a user would otherwise reach for, on the same text in one run.

The peers are quantulum3 (quantities in free text: ``parser.parse``) and price-parser (money in
short price strings: ``Price.fromstring``). They are not figcheck's dependencies: install them
in the benchmark's own environment, from the repository root::

    python -m venv /tmp/bench-venv
    /tmp/bench-venv/bin/pip install -e . -r benchmarks/requirements.txt
    /tmp/bench-venv/bin/python benchmarks/peers.py [--size-kb N] [--sample-kb N] [--repeat N]

A peer that is not installed is skipped (its rows say so), so the script also runs with figcheck
alone. The floor is ``re.finditer(r"\\d+")``, as in ``bench_core.py``.

The corpus is generated from templates with a seeded ``random.Random``, so it is the same on
every machine: ``--size-kb`` of English news prose (``bench_core``'s generator), a quarter of
that in each of German, French, Spanish and Russian, and the two example articles. figcheck
reads English only for now: the other languages are timed and their findings counted, and the
counts show how little it reads there yet.

Each tool is fed what it is designed for. figcheck and the floor get the whole text in one call.
quantulum3 gets one paragraph per call: on a whole text its running time grows faster than the
text (about 1 KB/s on 50 KB), so paragraph by paragraph is its best case, and that is what is
compared; its whole-text speed on a short slice is shown for the record. price-parser extracts
one price from a short string, so it gets one sentence per call (sentences split at ". ", "! ",
"? "), and its count is the sentences in which it found an amount. Because quantulum3 reads
about 30 KB a second, the peers and figcheck are all timed on the first ``--sample-kb`` of the
English text (the "sample" rows); figcheck is also timed on the whole corpus.
"""

from __future__ import annotations

import argparse
import dataclasses
import functools
import importlib
import json
import random
import re
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import bench_core as core

import figcheck

KB = core.KB
SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
#: The targets of DESIGN.md §8 and the issue that asked for this script.
PEER_TARGET = 20.0
FLOOR_TARGET = 10.0
IMPORT_TARGET_MS = 100.0
FIRST_CHECK_TARGET_MS = 300.0
#: The slice on which quantulum3 is also timed on the whole text at once.
WHOLE_TEXT_SLICE = 10 * KB


# --- Other languages -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Language:
    """Sentence templates of one language: money (with a conversion), numbers, filler.

    Money templates take ``amount`` (roubles or euros) and ``usd``, already in the language's
    digit grouping; number templates take ``n`` and ``year``.
    """

    code: str
    group: str
    money: tuple[str, ...]
    numbers: tuple[str, ...]
    filler: tuple[str, ...]


LANGUAGES = (
    Language(
        "de",
        ".",
        (
            "Der Stadtrat zahlt {amount} Rubel ({usd} US-Dollar) für die neue Brücke.",
            "Die Förderung von {amount} Euro, umgerechnet etwa {usd} Dollar, wurde bewilligt.",
            "Ein Ticket kostet jetzt {amount} Euro.",
        ),
        (
            "Die Wahlbeteiligung lag {year} bei {n} Prozent.",
            "Rund {n} Menschen kamen am Samstag auf den Marktplatz.",
        ),
        ("Die Opposition kritisierte den Plan scharf.", "Eine Entscheidung steht noch aus."),
    ),
    Language(
        "fr",
        "\u202f",
        (
            "Le conseil versera {amount} roubles ({usd} dollars) pour la nouvelle école.",
            "La subvention de {amount} euros, soit environ {usd} dollars, a été votée.",
            "Le billet coûte désormais {amount} euros.",
        ),
        (
            "La participation a atteint {n} % en {year}.",
            "Quelque {n} personnes ont manifesté samedi.",
        ),
        ("Les syndicats ont dénoncé la réforme.", "Le ministre n'a pas souhaité commenter."),
    ),
    Language(
        "es",
        ".",
        (
            "El ayuntamiento pagará {amount} rublos ({usd} dólares) por el puente.",
            "La ayuda de {amount} euros, unos {usd} dólares, fue aprobada ayer.",
            "La entrada cuesta ahora {amount} euros.",
        ),
        (
            "La participación fue del {n} % en {year}.",
            "Unas {n} personas asistieron al concierto.",
        ),
        ("La oposición criticó la medida.", "El Gobierno no dio más detalles."),
    ),
    Language(
        "ru",
        "\u00a0",
        (
            "Совет выплатит {amount} рублей ({usd} долларов) на ремонт моста.",
            "Грант в размере {amount} евро, или около {usd} долларов, одобрен.",
            "Билет теперь стоит {amount} рублей.",
        ),
        (
            "Явка в {year} году составила {n} процентов.",
            "На площадь пришли около {n} человек.",
        ),
        ("Оппозиция раскритиковала план.", "Решение пока не принято."),
    ),
)


def grouped(value: int, separator: str) -> str:
    """``value`` with thousands grouped by ``separator`` (300000 → "300.000")."""
    return f"{value:,}".replace(",", separator)


def foreign_sentence(language: Language, rng: random.Random) -> str:
    """One sentence: about a third money, a third numbers, a third filler, like the English."""
    roll = rng.random()
    if roll < 0.35:
        amount = rng.randrange(5_000, 900_000, 5_000)
        usd = round(amount / core.RUB_PER_USD)
        template = rng.choice(language.money)
        return template.format(
            amount=grouped(amount, language.group), usd=grouped(usd, language.group)
        )
    if roll < 0.65:
        return rng.choice(language.numbers).format(
            n=rng.randrange(20, 90_000), year=rng.randrange(1990, 2023)
        )
    return rng.choice(language.filler)


def foreign_text(language: Language, size_bytes: int, seed: int) -> str:
    """Paragraphs of ``language`` until the text reaches ``size_bytes`` of UTF-8."""
    rng = random.Random(f"{seed}-{language.code}")
    paragraphs: list[str] = []
    total = 0
    while total < size_bytes:
        paragraph = " ".join(foreign_sentence(language, rng) for _ in range(rng.randrange(2, 6)))
        paragraphs.append(paragraph)
        total += len(paragraph.encode("utf-8")) + 2
    return "\n\n".join(paragraphs) + "\n"


# --- The tools, each fed what it is designed for --------------------------------------------


def paragraphs(text: str) -> list[str]:
    return [p for p in text.split("\n\n") if p.strip()]


def sentences(text: str) -> list[str]:
    return [s for p in paragraphs(text) for s in SENTENCE_END.split(p) if s.strip()]


def optional(module: str) -> Any | None:
    """A peer's module, or None when it is not installed in this environment."""
    try:
        return importlib.import_module(module)
    except ImportError:
        return None


@dataclass(frozen=True, slots=True)
class Tool:
    """A way to read a text: how to call it on a whole text, and what to count in its output."""

    name: str
    how: str
    run: Callable[[str], int]


def figcheck_tools() -> list[Tool]:
    return [
        Tool("floor", "re.finditer(r'\\d+'), whole text", core._floor),
        Tool("figcheck extract", "whole text", lambda t: len(figcheck.extract(t))),
        Tool("figcheck check", "whole text", lambda t: len(core._check(t).findings)),
    ]


def peer_tools() -> list[Tool]:
    """The installed peers, each in its best mode (see the module docstring)."""
    tools = []
    quantulum = optional("quantulum3.parser")
    if quantulum is not None:
        parse = quantulum.parse
        parse("warm up: 5 dollars")  # loads its classifier, once
        tools.append(
            Tool(
                "quantulum3",
                "parser.parse per paragraph",
                lambda t: sum(len(parse(p)) for p in paragraphs(t)),
            )
        )
    prices = optional("price_parser")
    if prices is not None:
        fromstring = prices.Price.fromstring
        tools.append(
            Tool(
                "price-parser",
                "Price.fromstring per sentence",
                lambda t: sum(fromstring(s).amount is not None for s in sentences(t)),
            )
        )
    return tools


# --- Timing and the table ---------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Row:
    """One tool on one text."""

    text: str
    tool: str
    how: str
    size_bytes: int
    found: int
    median_ms: float
    kb_per_s: float
    extract_speedup: float | None = None


def timed(text_name: str, text: str, tool: Tool, repeat: int) -> Row:
    timing, found = core.measure(functools.partial(tool.run, text), repeat)
    size = len(text.encode("utf-8"))
    return Row(
        text_name, tool.name, tool.how, size, found, timing.median * 1e3, size / KB / timing.median
    )


def with_speedups(rows: list[Row]) -> list[Row]:
    """Each row with figcheck ``extract``'s throughput on the same text divided by its own."""
    extract = {r.text: r.kb_per_s for r in rows if r.tool == "figcheck extract"}
    return [
        dataclasses.replace(r, extract_speedup=extract[r.text] / r.kb_per_s)
        if r.text in extract
        else r
        for r in rows
    ]


def measure_all(
    texts: Sequence[tuple[str, str]], sample: tuple[str, str], repeat: int
) -> list[Row]:
    """figcheck and the floor on every text; the peers too on the English sample (and
    quantulum3 on a short slice read whole, to show its cost on long texts)."""
    rows = []
    peers = peer_tools()
    for name, text in [sample, *texts]:
        tools = figcheck_tools() + (peers if name == sample[0] else [])
        rows += [timed(name, text, tool, repeat) for tool in tools]
    quantulum = optional("quantulum3.parser")
    if quantulum is not None:
        piece = sample[1][:WHOLE_TEXT_SLICE]
        whole = Tool("quantulum3", "parser.parse, whole text", lambda t: len(quantulum.parse(t)))
        name = f"English, first {WHOLE_TEXT_SLICE // KB} KB"
        rows += [timed(name, piece, tool, 1) for tool in [*figcheck_tools()[:2], whole]]
    return with_speedups(rows)


def targets(rows: Sequence[Row], cold: Sequence[core.ColdStart], sample: str) -> list[str]:
    """The four targets, each with the measured value and PASS or MISS."""
    by_tool = {r.tool: r for r in rows if r.text == sample}
    lines = []
    extract = by_tool["figcheck extract"]
    if "quantulum3" in by_tool:
        ratio = extract.kb_per_s / by_tool["quantulum3"].kb_per_s
        lines.append(_target("extract vs quantulum3", ratio, ratio >= PEER_TARGET, "x", "≥ 20x"))
    times_floor = by_tool["floor"].kb_per_s / extract.kb_per_s
    verdict = times_floor <= FLOOR_TARGET
    lines.append(_target("extract vs digit-scan floor", times_floor, verdict, "x slower", "≤ 10x"))
    cached = cold[0]
    ok = cached.import_ms < IMPORT_TARGET_MS
    lines.append(_target("import figcheck", cached.import_ms, ok, " ms", "< 100 ms"))
    ok = cached.first_check_ms < FIRST_CHECK_TARGET_MS
    lines.append(_target("first check", cached.first_check_ms, ok, " ms", "< 300 ms"))
    return lines


def _target(name: str, value: float, ok: bool, unit: str, goal: str) -> str:
    return f"{name:30} {value:8.1f}{unit:10} target {goal:10} {'PASS' if ok else 'MISS'}"


def report(rows: Sequence[Row], cold: Sequence[core.ColdStart], sample: str, env: str) -> str:
    headers = ("text", "tool", "fed", "KB", "found", "median ms", "KB/s", "extract is x faster")
    body = [
        (
            r.text,
            r.tool,
            r.how,
            r.size_bytes / KB,
            r.found,
            r.median_ms,
            r.kb_per_s,
            "-" if r.extract_speedup is None else r.extract_speedup,
        )
        for r in rows
    ]
    parts = [
        env,
        "Throughput (median of samples; 'extract is x faster' = figcheck extract KB/s on the "
        "same text / this row's KB/s)",
        core.table(headers, body),
        core._cold_table(cold),
        "Targets",
        *targets(rows, cold, sample),
    ]
    return "\n\n".join(parts[:4]) + "\n\n" + "\n".join(parts[4:])


# --- Main -------------------------------------------------------------------------------------


def corpus(size_kb: int, sample_kb: int, seed: int) -> tuple[list[tuple[str, str]], str]:
    """The named texts, and the English sample (the first ``sample_kb`` of whole articles)."""
    articles = core.generate_articles(size_kb * KB, seed)
    english = "\n".join(articles)
    sample = "\n".join(core.generate_articles(sample_kb * KB, seed))
    texts = [(f"English, {size_kb:,} KB", english)]
    for language in LANGUAGES:
        texts.append((language.code, foreign_text(language, size_kb * KB // 4, seed)))
    for example in core.EXAMPLES:
        texts.append((example, (core.REPO / "examples" / example).read_text(encoding="utf-8")))
    return texts, sample


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--size-kb", type=int, default=2000, help="English prose, KB (2000)")
    parser.add_argument("--sample-kb", type=int, default=100, help="shared sample, KB (100)")
    parser.add_argument("--repeat", type=int, default=3, help="samples per measurement (3)")
    parser.add_argument("--seed", type=int, default=2022, help="corpus seed (2022)")
    parser.add_argument("--json", action="store_true", help="print JSON instead of tables")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    load_before = core._load()
    texts, sample_text = corpus(args.size_kb, args.sample_kb, args.seed)
    sample = (f"English sample, {args.sample_kb} KB", sample_text)
    rows = measure_all(texts, sample, args.repeat)
    cold = core.cold_start(args.repeat)
    env = core.environment(args.size_kb, args.seed, args.repeat, texts[0][1], load_before)
    env["command"] = " ".join(["python", "benchmarks/peers.py", *sys.argv[1:]])
    env["peers"] = {
        name: _version(name) for name in ("quantulum3", "price-parser") if _version(name)
    }
    if args.json:
        print(json.dumps({"environment": env, "rows": [dataclasses.asdict(r) for r in rows]}))
        return 0
    header = core._header(env) + f"\npeers: {env['peers'] or 'none installed'}"
    print(report(rows, cold, sample[0], header))
    return 0


def _version(distribution: str) -> str | None:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(distribution)
    except PackageNotFoundError:
        return None


if __name__ == "__main__":
    sys.exit(main())
