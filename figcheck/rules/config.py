"""Options for a check: which rules run, and the tolerances of the interval reasoning."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from figcheck.errors import ConfigError
from figcheck.rates.source import DEFAULT_LOOKBACK_DAYS, RateSource
from figcheck.rules.catalog import ALL as ALL_RULES

#: Two conversions of one pair agree when their implied rates, each widened by this, meet.
CONSISTENCY_TOLERANCE = Decimal("0.005")
#: The reference band is widened by this on each side (spreads, card and bank rates).
REFERENCE_TOLERANCE = Decimal("0.03")
#: Days before the document date whose reference rates form the band.
REFERENCE_WINDOW_DAYS = 7
#: How round figures ("$200m", "1,000") are read by the figure rules: "loose" (rounded at their
#: last non-zero digit), "face-value" (rounded at their last digit), or "both" (a claim that
#: holds only loosely is a warning).
ROUNDINGS = ("loose", "face-value", "both")
#: Days the default source looks back from a date without a fixing (weekends, holidays).
LOOKBACK_DAYS = DEFAULT_LOOKBACK_DAYS


@dataclass(frozen=True, slots=True)
class Config:
    """How ``figcheck.check`` works; every field has the documented default.

    ``select``, ``extend_select`` and ``ignore`` take rule codes ("FC101"), code prefixes
    ("FC1") or rule names ("magnitude-slip"); an empty ``select`` means the rules that are on by
    default, ``extend_select`` adds to that. ``rates`` is the reference source (the embedded
    ECB series when None: the downloaded copy when ``figcheck rates update`` made one, else the
    embedded one); ``lookback_days`` is the look-back of that default source (a source passed
    as ``rates`` keeps its own). ``rounding`` picks how the figure rules read round figures
    (``ROUNDINGS``).

    Attributes:
        select: Rules to run; empty means the rules that are on by default (all but FC405).
        ignore: Rules not to run, the same forms; applied after ``select``.
        extend_select: Rules to run on top of ``select``.
        consistency_tolerance: How far (relatively, in all) two conversions of one pair may
            differ; each implied rate is widened by half of it. Default ``Decimal("0.005")``.
        reference_tolerance: How far the reference band is widened on each side. Default
            ``Decimal("0.03")``.
        reference_window_days: Days before the document date whose fixings form the reference
            band, 0 to 366. Default 7.
        lookback_days: Days the default source looks back from a day without a fixing, 0 to
            366. Default 5.
        rates: The reference ``RateSource``; None means the ECB series.
        rounding: ``"loose"``, ``"face-value"`` or ``"both"`` (the default).
    """

    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    extend_select: tuple[str, ...] = ()
    consistency_tolerance: Decimal = CONSISTENCY_TOLERANCE
    reference_tolerance: Decimal = REFERENCE_TOLERANCE
    reference_window_days: int = REFERENCE_WINDOW_DAYS
    lookback_days: int = LOOKBACK_DAYS
    rates: RateSource | None = field(default=None, compare=False)
    rounding: str = "both"

    def __post_init__(self) -> None:
        for name in ("consistency_tolerance", "reference_tolerance"):
            value = getattr(self, name)
            if not isinstance(value, Decimal) or not 0 <= value < 1:
                raise ConfigError(f"{name} must be a Decimal in [0, 1), got {value!r}")
        if (
            not isinstance(self.reference_window_days, int)
            or not 0 <= self.reference_window_days <= 366
        ):
            raise ConfigError(
                f"reference_window_days must be a whole number of days from 0 to 366, "
                f"got {self.reference_window_days!r}"
            )
        if not isinstance(self.lookback_days, int) or not 0 <= self.lookback_days <= 366:
            raise ConfigError(
                f"lookback_days must be a whole number of days from 0 to 366, "
                f"got {self.lookback_days!r}"
            )
        if self.rounding not in ROUNDINGS:
            raise ConfigError(
                f"rounding must be one of {', '.join(ROUNDINGS)}, got {self.rounding!r}"
            )
        for name in ("select", "ignore", "extend_select"):
            keys = getattr(self, name)
            if isinstance(keys, str) or not all(isinstance(k, str) and k for k in keys):
                raise ConfigError(f"{name} must be a tuple of rule codes or names, got {keys!r}")
            _check_rule_keys(keys)

    def rate_source(self) -> RateSource:
        """The configured reference source, or the ECB series."""
        return self.rates if self.rates is not None else _default_source(self.lookback_days)


def _check_rule_keys(keys: tuple[str, ...]) -> None:
    """Every key names at least one rule by code, code prefix or name."""
    for key in keys:
        if not any(rule_matches(rule.code, rule.name, key) for rule in ALL_RULES):
            raise ConfigError(
                f"unknown rule {key!r}: use a code (FC101), a code prefix (FC1) or a rule name"
            )


def rule_matches(code: str, name: str, key: str) -> bool:
    """True when ``key`` selects the rule: a code, a code prefix, or the rule's name."""
    return code.startswith(key.upper()) or name == key.lower()


def _default_source(lookback_days: int) -> RateSource:
    """A fresh ECB source; the series behind it is read once per process and shared."""
    from figcheck.rates.sources import default_source  # finds the cache: only when needed

    return default_source(lookback_days=lookback_days)
