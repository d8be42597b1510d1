"""What every rule sees: the text, its claims, the date, the options and the shared analysis."""

from __future__ import annotations

import datetime as dt
import functools

from figcheck.model import Claim, Conversion
from figcheck.rules.config import Config
from figcheck.rules.fx import Analysis, analyse


class CheckContext:
    """One document under check. The exchange-rate analysis is computed once, on first use."""

    def __init__(
        self, text: str, claims: list[Claim], date: dt.date | None, config: Config
    ) -> None:
        self.text = text
        self.claims = claims
        self.date = date
        self.config = config

    @property
    def conversions(self) -> list[Conversion]:
        """The conversion claims, in text order."""
        return [claim for claim in self.claims if isinstance(claim, Conversion)]

    @functools.cached_property
    def fx(self) -> Analysis:
        """Implied rates, consensus and reference judgements for every conversion."""
        return analyse(self.conversions, self.date, self.config)
