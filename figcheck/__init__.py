"""figcheck: find the money and number claims in prose and flag the ones that do not add up.

>>> import figcheck
>>> report = figcheck.check("It pays 200,000 rubles ($3,320) or 100,000 rubles ($16,600).")
>>> [finding.code for finding in report.findings]
['FC404', 'FC103']

The public names are imported on first use (PEP 562), so ``import figcheck`` itself costs almost
nothing: a pytest run that never asks for ``--figcheck`` does not pay for the engine.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from figcheck.checking import check, check_file
    from figcheck.errors import ConfigError, FigcheckError, InputError
    from figcheck.intervals import Interval
    from figcheck.model import (
        Claim,
        Conversion,
        Count,
        Evidence,
        Figure,
        Finding,
        Money,
        Multiple,
        Percent,
        PercentChange,
        Quantity,
        Ratio,
        Report,
        Severity,
        Share,
        Span,
        StatedRate,
        Total,
        UnitConversion,
    )
    from figcheck.rates import Coverage, EcbRates, RateQuote, RateSource
    from figcheck.reading.claims import extract
    from figcheck.reading.mentions import find_money
    from figcheck.rules.config import Config

from figcheck._version import __version__ as __version__

_MODEL_NAMES = (
    "Claim",
    "Conversion",
    "Count",
    "Evidence",
    "Figure",
    "Finding",
    "Money",
    "Multiple",
    "Percent",
    "PercentChange",
    "Quantity",
    "Ratio",
    "Report",
    "Severity",
    "Share",
    "Span",
    "StatedRate",
    "Total",
    "UnitConversion",
)

#: Where each public name lives.
_HOMES: dict[str, str] = {
    **dict.fromkeys(("check", "check_file"), "figcheck.checking"),
    "extract": "figcheck.reading.claims",
    "Config": "figcheck.rules.config",
    **dict.fromkeys(("ConfigError", "FigcheckError", "InputError"), "figcheck.errors"),
    "Interval": "figcheck.intervals",
    "find_money": "figcheck.reading.mentions",
    **dict.fromkeys(_MODEL_NAMES, "figcheck.model"),
    **dict.fromkeys(("Coverage", "EcbRates", "RateQuote", "RateSource"), "figcheck.rates"),
}


def __getattr__(name: str) -> Any:
    """Import a public name from its module the first time it is asked for."""
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'figcheck' has no attribute {name!r}")
    import decimal  # here, not at the top: ``import figcheck`` stays cheap

    from figcheck.arithmetic import PRIVATE  # module-level tables are computed on import

    with decimal.localcontext(PRIVATE):
        value = getattr(importlib.import_module(home), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_HOMES})


__all__ = [
    "Claim",
    "Config",
    "ConfigError",
    "Conversion",
    "Count",
    "Coverage",
    "EcbRates",
    "Evidence",
    "FigcheckError",
    "Figure",
    "Finding",
    "InputError",
    "Interval",
    "Money",
    "Multiple",
    "Percent",
    "PercentChange",
    "Quantity",
    "RateQuote",
    "RateSource",
    "Ratio",
    "Report",
    "Severity",
    "Share",
    "Span",
    "StatedRate",
    "Total",
    "UnitConversion",
    "__version__",
    "check",
    "check_file",
    "extract",
    "find_money",
]
