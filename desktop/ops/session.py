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
from collections.abc import Callable, Collection, Iterable, Mapping
from pathlib import Path
from typing import Any, Protocol

from desktop.i18n import translate
from desktop.viewer._session import CodeRunner
from local_store import DeviceType, EventRecord, LocalStore, ModuleRecord, SectionRecord
from sync.client.local_progress import refresh_module_progress
from sync.rules.derive import Derived, derive

__all__ = [
    "FolderPreviewSession",
    "LearningSession",
    "MediaLookup",
    "latest_code",
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


def latest_code(events: Iterable[EventRecord]) -> dict[str, str] | None:
    """The files of the newest ``code_saved`` event (by its stamp: the last writer wins,
    whichever device wrote it); ``None`` when there is none or it is malformed."""
    newest: EventRecord | None = None
    for e in events:
        if e.event_type != "code_saved":
            continue
        if newest is None or _stamp(e) > _stamp(newest):
            newest = e
    data = None if newest is None else newest.event_data
    files = data.get("files") if isinstance(data, dict) else None
    if not isinstance(files, dict):
        return None
    return {str(k): v for k, v in files.items() if isinstance(v, str)}


def _stamp(e: EventRecord) -> tuple[Any, ...]:
    return (e.server_ts or e.client_ts, e.device_id, e.device_seq, e.uuid)


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
        self._runner: CodeRunner | None = None

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
        """The sections complete by the events: criteria met, or a ``section_complete``
        for those without (the viewer's optional extra)."""
        if self.preview:
            return frozenset()
        return self.derived().completed_sections

    def code_runner(self) -> CodeRunner | None:
        """Runs sandbox code (in a faculty preview too: running changes nothing stored)."""
        if self._runner is None:
            from desktop.ops.sandbox import SandboxRunner

            self._runner = SandboxRunner(self._store)
        return self._runner

    def saved_code(self, section_number: int) -> dict[str, str] | None:
        """The files of the newest ``code_saved`` event on the section (any device)."""
        if self.preview:
            return None
        return latest_code(self._section_events(section_number))

    def section_counts(self, section_number: int) -> dict[str, int]:
        """How many events of each type the student recorded on the section (any device),
        and ``"solved"``: how many ``solution_attempted`` were correct."""
        if self.preview:
            return {}
        counts: dict[str, int] = {}
        for e in self._section_events(section_number):
            counts[e.event_type] = counts.get(e.event_type, 0) + 1
            data = e.event_data
            if e.event_type == "solution_attempted" and isinstance(data, dict):
                if data.get("correct") is True:
                    counts["solved"] = counts.get("solved", 0) + 1
        return counts

    def section_events(self, section_number: int) -> list[tuple[str, dict[str, Any]]]:
        if self.preview:
            return []
        events = sorted(self._section_events(section_number), key=_stamp)
        return [
            (e.event_type, dict(e.event_data) if isinstance(e.event_data, dict) else {})
            for e in events
        ]

    def _section_events(self, section_number: int) -> list[EventRecord]:
        return [
            e
            for e in self._store.events_for(self._owner, self.module.module_id)
            if e.section_number == section_number
        ]

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
        self._runner: CodeRunner | None = None

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
            return translate("session", "The media file {name} is missing.").format(
                name=self._files[section.section_number].name
            )
        return translate("session", "This section has no media file.")

    def open_url(self, url: str) -> None:
        self._open_url(url)

    def code_runner(self) -> CodeRunner | None:
        """Authors try their own exercises (with the computer's sandbox, as students do)."""
        if self._runner is None:
            from desktop.ops.sandbox import SandboxRunner

            self._runner = SandboxRunner(None)
        return self._runner

    def saved_code(self, section_number: int) -> dict[str, str] | None:
        return None

    def section_counts(self, section_number: int) -> dict[str, int]:
        return {}

    def section_events(self, section_number: int) -> list[tuple[str, dict[str, Any]]]:
        return []
