"""The public surface: exactly the names in ``__all__``, immutable records, a cheap import."""

from __future__ import annotations

import dataclasses
import datetime as dt
import importlib
import subprocess
import sys
import types
from decimal import Decimal

import pytest

import figcheck


def test_all_is_sorted_and_lists_every_public_name() -> None:
    assert sorted(figcheck.__all__) == figcheck.__all__
    helpers = {"annotations", "importlib", "TYPE_CHECKING", "Any"}  # the module's own imports
    public = {name for name in dir(figcheck) if not name.startswith("_")} - helpers
    submodules = {n for n in public if isinstance(getattr(figcheck, n), types.ModuleType)}
    assert set(figcheck.__all__) - {"__version__"} == public - submodules
    with pytest.raises(AttributeError, match="no attribute 'nonexistent'"):
        figcheck.nonexistent  # noqa: B018


@pytest.mark.parametrize(
    "record",
    [
        figcheck.Span,
        figcheck.Figure,
        figcheck.Money,
        figcheck.Conversion,
        figcheck.Finding,
        figcheck.Evidence,
        figcheck.Interval,
        figcheck.RateQuote,
    ],
    ids=lambda record: record.__name__,
)
def test_records_are_frozen_dataclasses(record: type) -> None:
    assert dataclasses.is_dataclass(record)
    params = record.__dataclass_params__  # type: ignore[attr-defined]
    assert params.frozen


def test_report_shape() -> None:
    report = figcheck.check("It costs 100,000 rubles ($16,600).", date=dt.date(1997, 6, 2))
    assert isinstance(report.findings, list)
    assert isinstance(report.claims, list)
    (claim,) = report.claims
    assert isinstance(claim, figcheck.Conversion)
    assert claim.original.amount == Decimal(100000)
    assert claim.converted.currency == "USD"
    assert "CAD" in claim.converted.candidates
    finding = next(f for f in report.findings if f.code == "FC401")
    assert finding.severity == "info"
    assert isinstance(finding.span, figcheck.Span)


def test_callers_mistakes_raise_typed_errors() -> None:
    with pytest.raises(TypeError, match="str"):
        figcheck.check(b"bytes")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"datetime\.date"):
        figcheck.check("x", date=20221025)  # type: ignore[arg-type]
    with pytest.raises(figcheck.ConfigError, match="consistency_tolerance"):
        figcheck.Config(consistency_tolerance=Decimal(2))
    assert issubclass(figcheck.ConfigError, figcheck.FigcheckError)
    assert issubclass(figcheck.InputError, ValueError)


def test_missing_file_is_an_input_error(tmp_path: object) -> None:
    with pytest.raises(figcheck.InputError, match="cannot read"):
        figcheck.check_file("/nonexistent/article.txt")


def test_import_loads_no_heavy_dependency() -> None:
    code = (
        "import sys, figcheck; "
        "print(sorted(m for m in ('babel', 'pint', 'hypothesis', 'currency_converter', "
        "'figcheck.checking', 'figcheck.reading.mentions', 'markdown_it', 'docutils') "
        "if m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


#: The public surface, pinned: a name leaving ``figcheck.__all__`` or a documented module
#: path that stops importing is a breaking change, whatever the layout inside.
PUBLIC_NAMES = [
    "Claim", "Config", "ConfigError", "Conversion", "Count", "Coverage", "EcbRates",
    "Evidence", "FigcheckError", "Figure", "Finding", "InputError", "Interval", "Money",
    "Multiple", "Percent", "PercentChange", "Quantity", "RateQuote", "RateSource", "Ratio",
    "Report", "Severity", "Share", "Span", "StatedRate", "Total", "UnitConversion",
    "__version__", "check", "check_file", "extract", "find_money",
]  # fmt: skip
PUBLIC_MODULES = {
    "figcheck.testing": ["assert_consistent"],
    "figcheck.strategies": ["amounts", "localized_conversion_document", "perturbation_factors"],
    "figcheck.distributed": [],
    "figcheck.pytest_plugin": [],
    "figcheck.detect": ["detect_language"],
    "figcheck.rates": ["Coverage", "EcbRates", "RateQuote", "RateSource"],
    "figcheck.rate_tables": ["load_rate_table", "RateTable"],
    "figcheck.rate_sources": ["CachedEcbRates", "CompositeRates", "RateCacheWarning"],
    "figcheck.rate_update": ["update_cache"],
}


def test_the_public_names_are_pinned() -> None:
    assert figcheck.__all__ == PUBLIC_NAMES
    for name in PUBLIC_NAMES:
        assert getattr(figcheck, name) is not None


@pytest.mark.parametrize("module", sorted(PUBLIC_MODULES))
def test_the_documented_modules_import_with_their_names(module: str) -> None:
    imported = importlib.import_module(module)
    for name in PUBLIC_MODULES[module]:
        assert hasattr(imported, name), f"{module}.{name}"
