"""Media for the viewer: where a section's file is, and what to say while it is not there.

Reads only the store's media index (``local_store``), so opening a module never imports
the HTTP client; the downloads themselves are ``sync.client.media.MediaCache`` run by the sync
bridge, which keeps ``MediaActivity`` up to date on the UI thread.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from desktop.formats import number_text
from desktop.i18n import translate
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


def _words(kind: str, what: str) -> str:
    """One of the media messages for an image, a video or another file (each its own
    sentence: languages inflect the words around the noun)."""
    image = {
        "missing": translate(
            "media", "This section's image is missing. Let your faculty member know."
        ),
        "failed": translate("media", "This image could not be downloaded: {reason}."),
        "offline": translate(
            "media",
            "This image hasn't been downloaded yet. It downloads by itself the next time "
            "you're online.",
        ),
        "percent": translate("media", "Downloading image… {percent} %"),
        "downloading": translate("media", "Downloading image…"),
        "waiting": translate("media", "Waiting to download the image…"),
    }
    video = {
        "missing": translate(
            "media", "This section's video is missing. Let your faculty member know."
        ),
        "failed": translate("media", "This video could not be downloaded: {reason}."),
        "offline": translate(
            "media",
            "This video hasn't been downloaded yet. It downloads by itself the next time "
            "you're online.",
        ),
        "percent": translate("media", "Downloading video… {percent} %"),
        "downloading": translate("media", "Downloading video…"),
        "waiting": translate("media", "Waiting to download the video…"),
    }
    other = {
        "missing": translate(
            "media", "This section's file is missing. Let your faculty member know."
        ),
        "failed": translate("media", "This file could not be downloaded: {reason}."),
        "offline": translate(
            "media",
            "This file hasn't been downloaded yet. It downloads by itself the next time "
            "you're online.",
        ),
        "percent": translate("media", "Downloading file… {percent} %"),
        "downloading": translate("media", "Downloading file…"),
        "waiting": translate("media", "Waiting to download the file…"),
    }
    return {"image": image, "video": video}.get(kind, other)[what]


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
            return _words(kind, "missing")
        activity = self._activity
        if sha in activity.failed:
            reason = activity.failed[sha].rstrip(".")
            return _words(kind, "failed").format(reason=reason)
        row = self._store.media_get(sha)
        size = section.media_size or (row.size if row is not None else None)
        done = row.bytes_done if row is not None else 0
        if activity.offline:
            return _words(kind, "offline")
        if activity.downloading:
            if size and done:
                percent = number_text(min(99, 100 * done // size))
                return _words(kind, "percent").format(percent=percent)
            return _words(kind, "downloading")
        return _words(kind, "waiting")
