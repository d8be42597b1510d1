"""The exceptions figcheck raises for a caller's mistakes (findings are never exceptions)."""

from __future__ import annotations


class FigcheckError(Exception):
    """The root of every exception figcheck raises on purpose."""


class ConfigError(FigcheckError, ValueError):
    """A configuration value is not allowed: the message names the key and what is allowed."""


class InputError(FigcheckError, ValueError):
    """A document cannot be read: missing, unreadable, binary or badly encoded."""
