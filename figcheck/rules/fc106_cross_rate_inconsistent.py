"""FC106 cross-rate-inconsistent: A→B, B→C and A→C conversions in one document do not close.

What it does
    For every three currencies that a document converts pairwise (euros to dollars, dollars to
    yen, euros to yen), multiplies the rates two of the pairs imply and compares the product
    with the rate the third pair implies. Each rate is the one its pair's conversions agree
    on, widened by half the consistency tolerance, so honest rounding closes the triangle.
    Reported once per triangle, at the conversion that completes it in the text.

Why it matters
    Each pair can sit inside the reference tolerance while the three together are impossible:
    figures converted at rates from different days, or one of them from a different source,
    contradict each other in front of the reader even when no single one is far off.

Known problems
    Conversions already reported by FC101, FC103 or FC104 are left out, so a triangle with a
    slip in it is not reported twice. Which of the three is wrong cannot be told from the
    document alone; the evidence gives all three rates.

Options
    ``consistency_tolerance`` (default 0.5%), as for FC101.

Example
    Bad: in May 2023, €1m as $1.12m and $1m as ¥139m (each within 3% of the ECB), but €1m as
    ¥147m: 1.12 × 139 is about 155.7 yen per euro, not 147.
    Good: $1.09m and ¥135m, which make about 147 yen per euro.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterator
from decimal import Decimal

from figcheck.intervals import Interval
from figcheck.model import Evidence, Finding
from figcheck.rules._fx_report import finding, percent, rate_range
from figcheck.rules._rule import Example
from figcheck.rules.catalog import FC106
from figcheck.rules.context import CheckContext
from figcheck.rules.fx import PairRate, pair_rates

RULE = FC106
BAD = Example(
    "The grant is €1m ($1.12m). A donor added $1m (¥139m). In yen the grant is €1m (¥147m).",
    dt.date(2023, 5, 12),
)
GOOD = Example(
    "The grant is €1m ($1.09m). A donor added $1m (¥135m). In yen the grant is €1m (¥147m).",
    dt.date(2023, 5, 12),
)


def check(context: CheckContext) -> Iterator[Finding]:
    """Report each triangle of pairs whose rates do not multiply out."""
    pairs = pair_rates(context.fx)
    tolerance = context.config.consistency_tolerance
    currencies = sorted({code for pair in pairs for code in pair})
    for trio in itertools.combinations(currencies, 3):
        legs = [pairs.get(_key(a, b, pairs)) for a, b in itertools.combinations(trio, 2)]
        if all(leg is not None for leg in legs):
            found = _close(trio, [leg for leg in legs if leg is not None], tolerance)
            if found is not None:
                yield found


def _key(first: str, second: str, pairs: dict[tuple[str, str], PairRate]) -> tuple[str, str]:
    return (first, second) if (first, second) in pairs else (second, first)


def _close(trio: tuple[str, ...], legs: list[PairRate], tolerance: Decimal) -> Finding | None:
    """The finding for one triangle, at the pair that comes last in the text, or None when
    the other two pairs' product meets it."""
    direct = max(legs, key=lambda leg: leg.last.conversion.span.start)
    source, target = direct.base, direct.quote
    (via,) = set(trio) - {source, target}
    first = next(leg for leg in legs if {leg.base, leg.quote} == {source, via})
    second = next(leg for leg in legs if {leg.base, leg.quote} == {via, target})
    one, two = first.toward(source, via, tolerance), second.toward(via, target, tolerance)
    product = Interval(one.low * two.low, one.high * two.high)
    own = direct.toward(source, target, tolerance)
    if product.intersects(own):
        return None
    return _finding(direct, product, (source, via, target), tolerance)


def _finding(
    direct: PairRate, product: Interval, route: tuple[str, str, str], tolerance: Decimal
) -> Finding:
    source, via, target = route
    conversion = direct.last.conversion
    through = rate_range(product, source, target)
    message = (
        f"the rates between {source}, {via} and {target} here do not close: "
        f'"{conversion.converted.text}" implies '
        f"{rate_range(direct.implied, direct.base, direct.quote)}, but the {source}/{via} and "
        f"{via}/{target} conversions make {through} (tolerance {percent(tolerance)})"
    )
    proof = Evidence(
        figures=(conversion.original.text, conversion.converted.text),
        base=source,
        quote=target,
        implied=direct.toward(source, target, Decimal(0)),
        expected=product,
        tolerance=tolerance,
        notes=(f"through {via}: {through}",),
    )
    return finding(RULE, conversion.converted.span, message, proof)
