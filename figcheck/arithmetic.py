"""figcheck's own decimal context: every figure is computed the same whatever the caller set.

``decimal`` keeps one context per thread, and a caller's choices (a precision of 3, traps on
``Inexact``, a small ``Emax``) would otherwise change figcheck's results or raise from deep
inside a check. The public entry points run under ``PRIVATE``, spelled out field by field so
that not even a changed ``decimal.DefaultContext`` reaches it.
"""

from __future__ import annotations

import decimal
import functools
from collections.abc import Callable
from typing import ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")


def _context(rounding: str) -> decimal.Context:
    return decimal.Context(
        prec=34,
        rounding=rounding,
        Emin=decimal.MIN_EMIN,
        Emax=decimal.MAX_EMAX,
        capitals=1,
        clamp=0,
        flags=[],
        traps=[decimal.InvalidOperation, decimal.DivisionByZero, decimal.Overflow],
    )


#: The context of all of figcheck's arithmetic.
PRIVATE = _context(decimal.ROUND_HALF_EVEN)
#: Outward rounding of interval ends.
FLOOR = _context(decimal.ROUND_FLOOR)
CEILING = _context(decimal.ROUND_CEILING)


def in_private_context(function: Callable[P, R]) -> Callable[P, R]:
    """Run ``function`` under ``PRIVATE``, the caller's context restored afterwards."""

    @functools.wraps(function)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        with decimal.localcontext(PRIVATE):
            return function(*args, **kwargs)

    return wrapper
