"""The engine: text → claims → rules → report."""

from __future__ import annotations

import codecs
import datetime as dt
import re
import stat
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

from figcheck.arithmetic import in_private_context
from figcheck.errors import InputError
from figcheck.model import Claim, Finding, Report
from figcheck.reading.claims import extract
from figcheck.rules import RULE_MODULES, Rule
from figcheck.rules.config import Config, rule_matches
from figcheck.rules.context import CheckContext

#: Byte-order marks and the encoding each announces. UTF-32-LE's comes before UTF-16-LE's,
#: which it starts with.
BYTE_ORDER_MARKS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def byte_order_mark(data: bytes) -> tuple[bytes, str] | None:
    """The byte-order mark ``data`` starts with and the encoding it announces, or None.

    A mark is how Windows tools label UTF-16 text, whose ASCII letters carry NUL bytes, so it
    is read before the NUL test for binary data.

    >>> byte_order_mark("£5".encode("utf-16"))[1] in ("utf-16-le", "utf-16-be")
    True
    >>> byte_order_mark(b"plain") is None
    True
    """
    for mark, encoding in BYTE_ORDER_MARKS:
        if data.startswith(mark):
            return mark, encoding
    return None


@in_private_context
def check(
    text: str,
    *,
    date: dt.date | str | None = None,
    locale: str | None = None,
    config: Config | None = None,
) -> Report:
    """Check every figure claim in ``text`` and return the findings and the claims examined.

    ``date`` is the document date, a ``datetime.date`` or an ISO string "2024-01-01"
    (reference rates are looked up for it; without it, FC404); ``locale`` a hint such as
    "en_CA" for ambiguous symbols; ``config`` the rules and tolerances.
    """
    if not isinstance(text, str):
        raise TypeError(f"check() takes the text as str, not {type(text).__name__}")
    date = document_date(date)
    config = config or Config()
    claims: list[Claim] = [*extract(text, locale=locale)]
    context = CheckContext(text, claims, date, config)
    findings: list[Finding] = []
    for module in selected_modules(config):
        findings.extend(module.check(context))
    findings.sort(key=lambda f: (f.span.start, f.code))
    return Report(text=text, findings=findings, claims=list(claims), date=date)


#: A document date as ``check()`` takes it in a string: exactly YYYY-MM-DD.
ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def document_date(value: object) -> dt.date | None:
    """``check()``'s ``date``: a ``datetime.date`` (not a ``datetime``, whose time and zone
    would be dropped unseen), an ISO string "2024-01-01", or None.

    >>> document_date("2024-01-01")
    datetime.date(2024, 1, 1)
    """
    if value is None:
        return None
    if isinstance(value, str):
        text = value.strip()
        if ISO_DATE.fullmatch(text):
            try:
                return dt.date.fromisoformat(text)
            except ValueError as error:
                raise ValueError(f"date {value!r} is not a real day: {error}") from None
        raise ValueError(f"date must be written YYYY-MM-DD, like '2024-01-01'; got {value!r}")
    if isinstance(value, dt.datetime) or not isinstance(value, dt.date):
        kind = type(value).__name__
        raise TypeError(
            f"date must be a datetime.date or an ISO string 'YYYY-MM-DD', not {kind}"
            + (" (pass value.date())" if isinstance(value, dt.datetime) else "")
        )
    return value


def check_file(
    path: str | Path,
    *,
    date: dt.date | str | None = None,
    locale: str | None = None,
    config: Config | None = None,
    encoding: str = "utf-8",
) -> Report:
    """``check`` the text of a file; unreadable or undecodable files raise ``InputError``."""
    return check(read_text(Path(path), encoding), date=date, locale=locale, config=config)


#: The kinds of file that are never opened, by the ``stat`` test that recognises each.
SPECIAL_FILES: tuple[tuple[Callable[[int], bool], str], ...] = (
    (stat.S_ISFIFO, "a FIFO (named pipe)"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)


def special_file(path: Path) -> str | None:
    """What ``path`` is when it is neither a regular file nor a folder (a FIFO, a device, a
    socket), found by ``stat`` without opening it; None otherwise, and when ``stat`` fails
    (reading the file then says why)."""
    try:
        mode = path.stat().st_mode
    except (OSError, ValueError):
        return None
    if stat.S_ISREG(mode) or stat.S_ISDIR(mode):
        return None
    return next((kind for test, kind in SPECIAL_FILES if test(mode)), "a special file")


def read_text(path: Path, encoding: str = "utf-8") -> str:
    """A document's text; every way it can fail becomes an ``InputError`` naming the file.

    Only a regular file is opened: a FIFO would block and a device (``/dev/zero``) never end.
    """
    kind = special_file(path)
    if kind is not None:
        raise InputError(
            f"{path}: not a regular file but {kind}; figcheck reads files, "
            'and standard input as "-"'
        )
    try:
        data = path.read_bytes()
    except OSError as error:
        raise InputError(f"{path}: cannot read: {error.strerror or error}") from error
    return decode(data, str(path), encoding)


def read_stdin(encoding: str = "utf-8") -> str:
    """Standard input, decoded like a file (not in the terminal's locale encoding)."""
    return decode(sys.stdin.buffer.read(), "-", encoding)


def decode(data: bytes, name: str, encoding: str = "utf-8") -> str:
    """Bytes as text, refusing binary data and reporting the first undecodable byte.

    A byte-order mark (UTF-8, UTF-16 or UTF-32, either byte order) decides the encoding over
    ``encoding``; NUL bytes (NUL characters, after a mark) near the start mean binary data.
    """
    mark, encoding = byte_order_mark(data) or (b"", encoding)
    if not mark and b"\0" in data[:8192]:
        raise InputError(f"{name}: looks like a binary file")
    try:
        text = data[len(mark) :].decode(encoding).removeprefix("\ufeff")
    except UnicodeDecodeError as error:
        at = len(mark) + error.start
        raise InputError(f"{name}: not valid {encoding} at byte {at}: {error.reason}") from error
    if mark and "\0" in text[:8192]:  # binary data that happens to start like a mark
        raise InputError(f"{name}: looks like a binary file")
    return text


def selected_modules(config: Config) -> list[ModuleType]:
    """The rule modules ``config`` selects, in registry order (its keys were validated)."""
    return [
        module
        for module in RULE_MODULES
        if _selected(module.RULE, config)
        and not any(_matches(module.RULE, key) for key in config.ignore)
    ]


def _selected(rule: Rule, config: Config) -> bool:
    if any(_matches(rule, key) for key in config.extend_select):
        return True
    if not config.select:
        return rule.default
    return any(_matches(rule, key) for key in config.select)


def _matches(rule: Rule, key: str) -> bool:
    return rule_matches(rule.code, rule.name, key)
