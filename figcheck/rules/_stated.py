"""Stated exchange rates seen as rates in market convention, for the rules that check them."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from figcheck.model import Claim, Conversion, StatedRate
from figcheck.rules._fx_report import rate_range
from figcheck.rules.fx import RateView, rate_view


@dataclass(frozen=True, slots=True)
class StatedView:
    """A stated rate and the rates it allows, as units of ``view.quote`` per ``view.base``."""

    rate: StatedRate
    view: RateView

    def describe(self) -> str:
        """ "$1 = 83.2 rupees" (83.15–83.25 INR per USD)."""
        implied = rate_range(self.view.implied, self.view.base, self.view.quote)
        return f'"{self.rate.text}" ({implied})'


def stated_views(claims: Iterable[Claim]) -> list[StatedView]:
    """Every stated rate whose two currencies are known, in text order.

    A stated rate is one unit of its base restated in its quote, so it is read exactly as a
    conversion of that unit: the same orientation, rounding and hedges as every conversion.
    """
    found = []
    for claim in claims:
        if not isinstance(claim, StatedRate) or claim.base is None or claim.quote is None:
            continue
        conversion = Conversion(
            claim.span,
            claim.unit,
            claim.amount,
            "stated rate",
            parallel_market=claim.parallel_market,
            at_the_time=claim.projected,
        )
        view = rate_view(conversion)
        if view is not None:
            found.append(StatedView(claim, view))
    return found
