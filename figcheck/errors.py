"""The exceptions figcheck raises for a caller's mistakes (findings are never exceptions)."""

from __future__ import annotations


class FigcheckError(Exception):
    """The root of every exception figcheck raises on purpose."""


class ConfigError(FigcheckError, ValueError):
    """A configuration value is not allowed: the message names the key and what is allowed."""


class InputError(FigcheckError, ValueError):
    """A document cannot be read: missing, unreadable, binary or badly encoded."""


class RateDataError(ConfigError):
    """A rate table or a downloaded rate series is malformed: the message names the file and,
    where there is one, the line, so the file can be fixed by hand."""


class RateUpdateError(FigcheckError):
    """``figcheck rates update`` could not fetch or validate a new series; the cache that was
    there before is left as it was."""
