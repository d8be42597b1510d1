"""Shared fixtures: paths to the bundled examples."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

# Rate downloads go to an empty folder of the run's own, never to the user's cache, so that a
# cache made by `figcheck rates update` on this machine cannot change what the tests see
# (subprocesses inherit it too).
os.environ["FIGCHECK_CACHE_DIR"] = tempfile.mkdtemp(prefix="figcheck-cache-")


@pytest.fixture
def examples() -> Path:
    """The folder of example articles shipped in the repository."""
    return ROOT / "examples"
