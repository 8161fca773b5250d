"""Where a device keeps its data: the one definition ``frames-client`` and the desktop share.

Imports nothing heavy (no httpx, no database), so the desktop can ask before its first screen.
"""

from __future__ import annotations

from pathlib import Path
from typing import Final

__all__ = ["APP_NAME", "STORE_FILE", "default_data_dir"]

APP_NAME: Final = "frames-lms"
"""The platform data folder's name (``~/.local/share/frames-lms`` on Linux)."""
STORE_FILE: Final = "store.sqlite3"
"""The local store's file inside a data folder."""


def default_data_dir() -> Path:
    """The user's data folder for this device's store and media cache (``.../client``)."""
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "client"
