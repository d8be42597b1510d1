"""figcheck: find the money and number claims in prose and flag the ones that do not add up.

>>> import figcheck
>>> report = figcheck.check("It pays 200,000 rubles ($3,320) or 100,000 rubles ($16,600).")
>>> [finding.code for finding in report.findings]
['FC404', 'FC103']
"""

from __future__ import annotations

from figcheck.checking import check, check_file
from figcheck.claims import extract
from figcheck.config import Config
from figcheck.errors import ConfigError, FigcheckError, InputError
from figcheck.intervals import Interval
from figcheck.mentions import find_money
from figcheck.model import (
    Claim,
    Conversion,
    Evidence,
    Figure,
    Finding,
    Money,
    Report,
    Severity,
    Span,
)
from figcheck.rates import Coverage, EcbRates, RateQuote, RateSource

__version__ = "0.1.0"

__all__ = [
    "Claim",
    "Config",
    "ConfigError",
    "Conversion",
    "Coverage",
    "EcbRates",
    "Evidence",
    "FigcheckError",
    "Figure",
    "Finding",
    "InputError",
    "Interval",
    "Money",
    "RateQuote",
    "RateSource",
    "Report",
    "Severity",
    "Span",
    "__version__",
    "check",
    "check_file",
    "extract",
    "find_money",
]
