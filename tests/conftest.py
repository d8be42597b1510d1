"""Shared fixtures: paths to the bundled examples."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def examples() -> Path:
    """The folder of example articles shipped in the repository."""
    return ROOT / "examples"
