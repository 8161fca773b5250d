"""Media for the viewer: where a section's file is, and what to say while it is not there.

Reads only the store's media index (``local_store``), so opening a module never imports
the HTTP client; the downloads themselves are ``sync.client.media.MediaCache`` run by the sync
bridge, which keeps ``MediaActivity`` up to date on the UI thread.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from local_store import LocalStore, SectionRecord
from sync.rules.media_types import MEDIA_KIND_OF_TYPE

__all__ = ["CacheLookup", "MediaActivity", "media_kind"]


@dataclass
class MediaActivity:
    """What the downloads are doing now; written on the UI thread by the sync bridge."""

    downloading: bool = False
    offline: bool = False
    done_bytes: int = 0
    total_bytes: int = 0
    files_done: int = 0
    files_total: int = 0
    current: str | None = None
    failed: dict[str, str] = field(default_factory=dict)  # sha256 -> reason


def media_kind(section: SectionRecord) -> str:
    return MEDIA_KIND_OF_TYPE.get(section.section_type, "file")


class CacheLookup:
    """``MediaLookup`` over the local content cache (see ``desktop.ops.session``)."""

    def __init__(self, store: LocalStore, activity: MediaActivity) -> None:
        self._store = store
        self._activity = activity

    def path(self, section: SectionRecord) -> Path | None:
        sha = section.media_sha256
        if not sha:
            return None
        row = self._store.media_get(sha)
        if row is None or row.state != "complete" or not row.path:
            return None
        path = Path(row.path)
        return path if path.is_file() else None

    def message(self, section: SectionRecord) -> str:
        kind = media_kind(section)
        sha = section.media_sha256
        if not section.media_url or not sha:
            return f"This section's {kind} is missing. Let your faculty member know."
        activity = self._activity
        if sha in activity.failed:
            reason = activity.failed[sha].rstrip(".")
            return f"This {kind} could not be downloaded: {reason}."
        row = self._store.media_get(sha)
        size = section.media_size or (row.size if row is not None else None)
        done = row.bytes_done if row is not None else 0
        if activity.offline:
            return (
                f"This {kind} hasn't been downloaded yet. It downloads by itself the next "
                "time you're online."
            )
        if activity.downloading:
            if size and done:
                return f"Downloading {kind}… {min(99, 100 * done // size)} %"
            return f"Downloading {kind}…"
        return f"Waiting to download the {kind}…"
