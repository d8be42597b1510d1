"""Process exit codes, documented in docs/cli.md."""

from __future__ import annotations

import enum


class ExitCode(enum.IntEnum):
    """What the process exit status means."""

    CLEAN = 0  # no finding at or above --fail-on
    FINDINGS = 1  # findings at or above --fail-on
    ERROR = 2  # usage, configuration or input error
    INTERRUPTED = 130  # stopped by Ctrl-C (SIGINT), as shells report it: 128 + 2
