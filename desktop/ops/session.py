"""``ViewerSession`` implementations: what the module viewer records and reads.

``LearningSession`` is a student working through an assigned module (``preview=False``: every
interaction becomes an event in the local outbox) or a faculty member previewing one
(``preview=True``: nothing is recorded, nothing is written). ``FolderPreviewSession`` backs
``frames-desktop --preview DIR``: a module straight from disk, no store, no account.

``record`` runs on the UI thread: one SQLite insert in WAL mode, well under a millisecond
(durable event types fsync, a few milliseconds on an SSD), then ``on_changed`` (the app's
``data_changed``) so the status area and the list refresh themselves.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Collection, Mapping
from pathlib import Path
from typing import Any, Protocol

from local_store import DeviceType, LocalStore, ModuleRecord, SectionRecord
from sync.client.local_progress import refresh_module_progress
from sync.rules.derive import Derived, derive

__all__ = [
    "FolderPreviewSession",
    "LearningSession",
    "MediaLookup",
    "open_link",
    "refresh_progress",
]


class MediaLookup(Protocol):
    """Where a section's image or video is on disk, and what to say while it is not."""

    def path(self, section: SectionRecord) -> Path | None: ...

    def message(self, section: SectionRecord) -> str: ...


def open_link(url: str) -> None:
    """Open http(s) and mailto links in the system's browser or mail app; ignore the rest."""
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices

    qurl = QUrl(url)
    if qurl.scheme().lower() in ("http", "https", "mailto"):
        QDesktopServices.openUrl(qurl)


def refresh_progress(store: LocalStore, *, owner: str, module: ModuleRecord) -> Derived:
    """Fold every event of the owner in ``module`` and store the result in the progress cache.

    The sync engine does the same for the modules a round touched, on its own thread; the
    store keeps whichever fold saw more events, so an older snapshot never wins.
    """
    return refresh_module_progress(store, owner=owner, module=module)


def _empty(module: ModuleRecord) -> Derived:
    return derive([], section_numbers=[s.section_number for s in module.sections])


class LearningSession:
    """A signed-in user working through (or, for faculty, previewing) one module.

    Invariants: with ``preview`` set, no method writes to the store. Otherwise every event
    carries this app run's ``session_id`` and ``device_type`` and the seconds since the
    module was opened in this session.
    """

    def __init__(
        self,
        *,
        store: LocalStore,
        owner: str,
        module: ModuleRecord,
        session_id: str,
        device_type: DeviceType,
        preview: bool,
        media: MediaLookup,
        on_changed: Callable[[], None] = lambda: None,
        request_sync: Callable[[], None] = lambda: None,
        open_url: Callable[[str], None] = open_link,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.preview = preview
        self.module = module
        self._store = store
        self._owner = owner
        self._session_id = session_id
        self._device_type: DeviceType = device_type
        self._media = media
        self._on_changed = on_changed
        self._request_sync = request_sync
        self._open_url = open_url
        self._clock = clock
        self._opened = clock()

    def record(
        self,
        event_type: str,
        *,
        section_number: int | None = None,
        data: dict[str, Any] | None = None,
    ) -> None:
        if self.preview:
            return
        self._store.record_event(
            owner=self._owner,
            module_id=self.module.module_id,
            event_type=event_type,
            section_number=section_number,
            event_data=data,
            session_id=self._session_id,
            device_type=self._device_type,
            time_elapsed_seconds=max(0, int(self._clock() - self._opened)),
        )
        self._on_changed()
        if event_type in ("module_complete", "feedback"):
            self._request_sync()

    def derived(self) -> Derived:
        if self.preview:
            return _empty(self.module)
        return refresh_progress(self._store, owner=self._owner, module=self.module)

    def completed_sections(self) -> Collection[int]:
        """Sections with a ``section_complete`` event (the viewer's optional extra)."""
        if self.preview:
            return frozenset()
        return frozenset(
            e.section_number
            for e in self._store.events_for(self._owner, self.module.module_id)
            if e.event_type == "section_complete" and e.section_number is not None
        )

    def media_path(self, section: SectionRecord) -> Path | None:
        return self._media.path(section)

    def media_message(self, section: SectionRecord) -> str:
        return self._media.message(section)

    def open_url(self, url: str) -> None:
        self._open_url(url)


class FolderPreviewSession:
    """A module folder on disk (``--preview DIR``): records nothing, media from the folder."""

    preview = True

    def __init__(
        self,
        module: ModuleRecord,
        media_files: Mapping[int, Path],
        *,
        open_url: Callable[[str], None] = open_link,
    ) -> None:
        self.module = module
        self._files = dict(media_files)
        self._open_url = open_url

    def record(
        self,
        event_type: str,
        *,
        section_number: int | None = None,
        data: dict[str, Any] | None = None,
    ) -> None:
        return None

    def derived(self) -> Derived:
        return _empty(self.module)

    def media_path(self, section: SectionRecord) -> Path | None:
        path = self._files.get(section.section_number)
        return path if path is not None and path.is_file() else None

    def media_message(self, section: SectionRecord) -> str:
        if section.section_number in self._files:
            return f"The media file {self._files[section.section_number].name} is missing."
        return "This section has no media file."

    def open_url(self, url: str) -> None:
        self._open_url(url)
