"""The record every rule module carries, and its executable examples."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from figcheck.model import Severity


@dataclass(frozen=True, slots=True)
class Rule:
    """A rule's identity: stable code, kebab-case name, severity, the release it came in, and
    whether it runs when nothing is selected."""

    code: str
    name: str
    severity: Severity
    summary: str
    since: str = "0.1.0"
    default: bool = True


@dataclass(frozen=True, slots=True)
class Example:
    """A text and the date it is checked at: the bad one must raise exactly the rule's code,
    the good one nothing at all."""

    text: str
    date: dt.date | None = None
