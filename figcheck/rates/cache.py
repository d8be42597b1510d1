"""The cache folder's discipline, shared by every series ``figcheck rates update`` downloads.

Each downloaded file sits in the user cache folder beside ``<file>.sha256`` (``sha256sum``
form). A file is replaced only atomically (a temporary file in the same folder, then a rename)
and only under the folder's exclusive lock; readers take the lock shared and verify the
checksum, so a reader never sees the file of one download beside the checksum of another, and
a file changed after its download is refused rather than trusted. Nothing here touches the
network.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

from figcheck.errors import RateDataError

#: The one lock of the cache folder, held by every update and shared by every reader. It is
#: named after the first series figcheck downloaded, so that older and newer figchecks sharing
#: a cache still exclude each other.
LOCK_FILE = "eurofxref-hist.zip.lock"
#: A cached file larger than this is not read to find its digest (it is not one of ours).
MAX_FILE_BYTES = 64 * 1024 * 1024


class RateCacheWarning(UserWarning):
    """A downloaded series cannot be used; checks use the embedded data instead."""


#: What tells one version of a file from the next (modification time and size), or None.
FileVersion = tuple[int, int] | None


def file_version(path: Path) -> FileVersion:
    """The modification time and size of ``path``, or None when it cannot be read."""
    try:
        stat = path.stat()
    except OSError:
        return None
    return stat.st_mtime_ns, stat.st_size


def checksum_path(path: Path) -> Path:
    """``<path>.sha256``, where the digest of ``path`` is recorded."""
    return path.with_name(path.name + ".sha256")


def recorded_digests(path: Path) -> tuple[str, ...]:
    """The digests in ``<path>.sha256`` (``sha256sum`` form, one line each), or none."""
    try:
        text = checksum_path(path).read_text(encoding="ascii")
    except (OSError, UnicodeDecodeError):
        return ()
    return tuple(line.split()[0].lower() for line in text.splitlines() if line.split())


@contextlib.contextmanager
def cache_lock(folder: Path, *, exclusive: bool) -> Iterator[None]:
    """Hold the cache folder's lock: exclusive to change the cache, shared to read it, so two
    updates never interleave and a reader never sees the file of one download beside the
    checksum of another. Where there is no ``flock`` (Windows), or a reader cannot create the
    lock file (a read-only cache), it goes without; a writer that cannot lock fails."""
    if sys.platform == "win32":
        yield
        return
    import fcntl

    flags = (os.O_RDWR if exclusive else os.O_RDONLY) | os.O_CREAT
    try:
        handle = os.open(folder / LOCK_FILE, flags, 0o644)
    except OSError:
        if exclusive:
            raise
        yield
        return
    try:
        fcntl.flock(handle, fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH)
        yield
    finally:
        os.close(handle)  # closing releases the lock


def read_cache(path: Path) -> tuple[bytes, tuple[str, ...]]:
    """The file and the digests recorded beside it, read together under the cache's shared
    lock, so both come from the same ``figcheck rates update``."""
    with cache_lock(path.parent, exclusive=False):
        return path.read_bytes(), recorded_digests(path)


def verify_checksum(path: Path, blob: bytes, recorded: tuple[str, ...] | None = None) -> None:
    """``blob`` has a SHA-256 recorded in the file beside ``path``; else ``RateDataError``.

    During an update the record names both the old and the new digest for a moment (see
    ``install``), so either file is accepted then."""
    digests = recorded_digests(path) if recorded is None else recorded
    actual = hashlib.sha256(blob).hexdigest()
    if actual not in digests:
        raise RateDataError(
            f"{path}: SHA-256 {actual} does not match the recorded "
            f"{' or '.join(digests) or 'nothing'}; the file was changed after it was "
            "downloaded: run `figcheck rates update` again or delete it"
        )


def read_verified(path: Path) -> bytes:
    """The cached file, read under the shared lock and checked against its recorded digest;
    ``RateDataError`` naming the file otherwise."""
    try:
        blob, recorded = read_cache(path)
    except OSError as error:
        raise RateDataError(
            f"{path}: cannot read the downloaded rates: {error.strerror}"
        ) from error
    verify_checksum(path, blob, recorded)
    return blob


def install(blob: bytes, digest: str, folder: Path, name: str) -> Path:
    """Install ``blob`` as ``folder/name`` with its checksum, under the cache's exclusive lock.

    Each file is replaced atomically through a temporary file in the same folder, in an order
    that is consistent at every step even if the process dies between two: first the checksum
    file names both the current digest and the new one, then the file is replaced, then the
    checksum names the new digest alone. Readers take the lock shared, so they see the old
    pair or the new one."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    checksum = checksum_path(path)
    with cache_lock(folder, exclusive=True):
        current = _current_digest(path)
        if current is not None and current != digest:
            _replace(checksum, _checksum_lines(name, digest, current))
        _replace(path, blob)
        _replace(checksum, _checksum_lines(name, digest))
    return path


def _current_digest(path: Path) -> str | None:
    """The digest of the installed file when its checksum vouches for it, else None (a file
    that does not match is not kept valid by the update)."""
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            return None
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None
    return digest if digest in recorded_digests(path) else None


def _checksum_lines(name: str, *digests: str) -> bytes:
    return "".join(f"{digest}  {name}\n" for digest in digests).encode("ascii")


def _replace(path: Path, content: bytes) -> None:
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(content)
            stream.flush()
            os.fsync(stream.fileno())
        Path(temporary).replace(path)
    except BaseException:
        with contextlib.suppress(OSError):
            Path(temporary).unlink()
        raise
