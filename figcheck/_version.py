"""The package version, in one place: the build reads it from here. Also the installed version
of another distribution, which dates the data some of them ship (the reference series)."""

from __future__ import annotations

__version__ = "0.1.0"


def distribution_version(name: str) -> str:
    """The installed version of distribution ``name``, "unknown" when it is not installed."""
    from importlib import metadata

    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "unknown"
