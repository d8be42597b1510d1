"""Shared fixtures: paths to the bundled examples."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest
from hypothesis import settings

from figcheck.user_cache import CACHE_ENV

ROOT = Path(__file__).resolve().parent.parent

# Rate downloads go to an empty folder of the run's own, never to the user's cache, so that a
# cache made by `figcheck rates update` on this machine cannot change what the tests see
# (subprocesses inherit it too).
os.environ[CACHE_ENV] = tempfile.mkdtemp(prefix="figcheck-cache-")


# In CI (CI=true) every property test draws the same examples on every run, so that a red run
# is the change's doing and can be reproduced; elsewhere they draw new ones each time.
settings.register_profile("ci", derandomize=True, database=None)
if os.environ.get("CI"):
    settings.load_profile("ci")


@pytest.fixture
def examples() -> Path:
    """The folder of example articles shipped in the repository."""
    return ROOT / "examples"


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty cache folder of the test's own (rate downloads, CLDR tables)."""
    folder = tmp_path / "cache"
    monkeypatch.setenv(CACHE_ENV, str(folder))
    return folder
