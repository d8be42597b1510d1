"""The kinds of hedge: a module of its own because both the English hedges (``hedges``) and
the other languages' tables (``language_tables``, which ``hedges`` reads) name them."""

from __future__ import annotations

import enum


class HedgeKind(enum.Enum):
    """Which way a hedge lets the true value move away from the stated one."""

    APPROXIMATE = "approximate"  # about, around, roughly: either side
    BELOW = "below"  # nearly, almost, just under: a little under
    ABOVE = "above"  # just over: a little over
    AT_MOST = "at most"  # less than, under, up to: anywhere up to it
    AT_LEAST = "at least"  # more than, over, at least: anywhere above it
