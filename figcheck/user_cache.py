"""figcheck's user cache folder: downloaded rate series and CLDR tables built for another babel.

The folder is the system's user cache folder as ``platformdirs`` decides (on Linux
``~/.cache/figcheck``); the environment variable ``FIGCHECK_CACHE_DIR`` moves it (tests, shared
machines, CI caches).
"""

from __future__ import annotations

import os
from pathlib import Path

#: The environment variable that moves the cache folder.
CACHE_ENV = "FIGCHECK_CACHE_DIR"


def cache_dir() -> Path:
    """The folder figcheck keeps what it downloads or builds in."""
    override = os.environ.get(CACHE_ENV)
    if override:
        return Path(override)
    import platformdirs  # only when the cache is looked for, to keep ``import figcheck`` cheap

    return platformdirs.user_cache_path("figcheck", appauthor=False)
