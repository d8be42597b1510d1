"""``Severity`` on its own, with no figcheck import: the pytest plugin, loaded in every pytest
run, needs its values for ``--figcheck-fail-on`` and nothing else from ``figcheck.model``, which
re-exports it (``figcheck.model.Severity`` and ``figcheck.Severity`` are this class)."""

from __future__ import annotations

import enum


class Severity(enum.StrEnum):
    """How much a finding matters; ``error`` and ``warning`` fail a lint run, ``info`` does not."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"
