"""Making a file's rename durable: both sides write files by a temporary file renamed into
place (the store's exports and backups, the media cache, the server's media storage)."""

from __future__ import annotations

import os
from pathlib import Path

__all__ = ["fsync_dir"]


def fsync_dir(directory: Path, *, strict: bool = False) -> None:
    """Make a rename in ``directory`` durable: fsync the directory itself (POSIX).

    A no-op on Windows, which cannot open a directory. Elsewhere an ``OSError`` (opening
    or syncing it) is ignored, the rename being done either way; with ``strict`` it is
    raised, for a caller that reports the write as failed.
    """
    if os.name == "nt":  # pragma: no cover - not on the CI platform
        return
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        if strict:
            raise
        return
    try:
        os.fsync(fd)
    except OSError:
        if strict:
            raise
    finally:
        os.close(fd)
