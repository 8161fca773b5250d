"""``SyncBridge``: the sync service and the media downloads, seen from the UI thread.

The sync engine (httpx, pydantic) is imported and built on a worker thread after the first
screen is up, so the module list never waits for it. ``SyncService`` then runs its own
long-lived worker thread; its status listener is called there, and the bridge forwards
each ``SyncStatus`` to the UI thread with a queued signal. After every successful round it
starts ``MediaCache.download_all`` for the signed-in user on the task runner's network
pool, and when the operating system reports the network is back (``QNetworkInformation``)
it asks for a sync at once.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal

from desktop.i18n import translate
from desktop.ops.media import MediaActivity
from desktop.pictures import make_display_copies
from desktop.tasks import TaskRunner
from local_store import LocalStore

_PICTURES = (".png", ".gif", ".webp")
"""Picture files that decode at full size whatever the size shown (not JPEG)."""

__all__ = ["SyncBridge"]

log = logging.getLogger("frames.desktop")


class SyncBridge(QObject):
    """Owns the sync service and the media cache of one app run.

    Signals are emitted on the UI thread. ``status_changed`` carries a
    ``sync.client.service.SyncStatus``; ``synced`` follows every successful round (the mirror may
    have changed); ``media_changed`` follows download progress and its end.
    """

    status_changed = Signal(object)
    synced = Signal()
    media_changed = Signal()
    _status_from_worker = Signal(object)
    _progress_from_worker = Signal(object)

    def __init__(
        self,
        *,
        store: LocalStore,
        tasks: TaskRunner,
        media_root: Path,
        media_owners: Callable[[], list[str]],
        report_error: Callable[[str, BaseException], None],
        interval: float = 60.0,
        base_backoff: float = 5.0,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._tasks = tasks
        self._media_root = media_root
        self._media_owners = media_owners
        self._report_error = report_error
        self._interval = interval
        self._base_backoff = base_backoff
        self._engine: Any = None
        self._service: Any = None
        self._cache: Any = None
        self._status: Any = None
        self._starting = False
        self._stopped = False
        self._wanted = False
        self._media_running = False
        self._media_again = False
        self._stop_media = threading.Event()
        self._network_info: Any = None
        self.media = MediaActivity()
        self._status_from_worker.connect(self._on_status, Qt.ConnectionType.QueuedConnection)
        self._progress_from_worker.connect(self._on_progress, Qt.ConnectionType.QueuedConnection)

    # -- control -----------------------------------------------------------------------------

    @property
    def started(self) -> bool:
        return self._service is not None

    @property
    def starting(self) -> bool:
        """The engine is being imported and built on a worker thread."""
        return self._starting

    @property
    def status(self) -> Any:
        """The last ``SyncStatus`` (``None`` before the first)."""
        return self._status

    @property
    def cache(self) -> Any:
        """The ``sync.client.media.MediaCache`` once started, else ``None``."""
        return self._cache

    def start(self) -> None:
        """Import and build the engine in the background, then start syncing. Idempotent."""
        if self._starting or self._service is not None or self._stopped:
            return
        self._starting = True
        self._tasks.network(
            self._build,
            on_done=self._built,
            on_error=self._build_failed,
            what=translate("SyncBridge", "starting sync"),
        )

    def _build(self) -> tuple[Any, Any, Any]:
        from sync.client.engine import SyncEngine
        from sync.client.media import MediaCache
        from sync.client.service import SyncService

        engine = SyncEngine(self._store, timeout=15.0)
        service = SyncService(
            self._store, engine, interval=self._interval, base_backoff=self._base_backoff
        )
        cache = MediaCache(self._store, self._media_root)
        return engine, service, cache

    def _build_failed(self, exc: BaseException) -> None:
        self._starting = False
        self._report_error(translate("SyncBridge", "starting sync"), exc)

    def _built(self, parts: tuple[Any, Any, Any]) -> None:
        engine, service, cache = parts
        self._starting = False
        if self._stopped:
            engine.close()
            cache.close()
            return
        self._engine, self._service, self._cache = engine, service, cache
        service.add_listener(self._from_worker)
        service.start()
        if self._wanted:
            service.request_sync()
        self._watch_network()

    def _from_worker(self, status: Any) -> None:
        try:
            self._status_from_worker.emit(status)
        except RuntimeError:  # the bridge is gone (app closing)
            pass

    def request_sync(self) -> None:
        """Sync as soon as possible ('Sync now', a completed module, network back)."""
        if self._service is not None:
            self._service.request_sync()
        else:
            self._wanted = True
            self.start()

    def stop(self, timeout: float = 2.0) -> None:
        """Stop syncing and downloading; waits ``timeout`` at most for the sync thread."""
        self._stopped = True
        self._stop_media.set()
        if self._service is not None:
            self._service.stop(timeout)
        for part in (self._engine, self._cache):
            if part is not None:
                try:
                    part.close()
                except Exception:  # closing a client mid-request: nothing left to save
                    log.debug("closing %r failed", part, exc_info=True)
        self._service = None

    # -- status ------------------------------------------------------------------------------

    def _on_status(self, status: Any) -> None:
        if self._stopped:
            return
        previous = self._status
        self._status = status
        self.media.offline = str(status.connectivity) == "offline"
        self.status_changed.emit(status)
        succeeded = status.last_success is not None and (
            previous is None or previous.last_success != status.last_success
        )
        if succeeded:
            self.synced.emit()
            self.start_media()

    def _watch_network(self) -> None:
        try:
            from PySide6.QtNetwork import QNetworkInformation

            if not QNetworkInformation.loadDefaultBackend():
                return
            info = QNetworkInformation.instance()
        except Exception:  # no backend on this platform: the service's backoff still works
            log.info("no network reachability backend", exc_info=True)
            return
        if info is None:
            return
        self._network_info = info
        online = QNetworkInformation.Reachability.Online

        def changed(reachability: Any) -> None:
            if reachability == online:
                self.request_sync()

        info.reachabilityChanged.connect(changed)

    # -- media -------------------------------------------------------------------------------

    def start_media(self) -> None:
        """Download the media of ``media_owners()`` in the background (one run at a time):
        the signed-in user's, or on a kiosk every roster student's."""
        owners = self._media_owners()
        if self._cache is None or not owners or self._stopped:
            return
        if self._media_running:
            self._media_again = True
            return
        self._media_running = True
        self._media_again = False
        self._stop_media.clear()
        self.media.downloading = True
        self.media_changed.emit()
        cache, stop = self._cache, self._stop_media

        def download() -> Any:
            report = None
            for owner in owners:  # files are shared by hash: each is fetched once
                if stop.is_set():
                    break
                report = _merge(
                    report, cache.download_all(owner, progress=self._progress, stop=stop)
                )
            return report

        self._tasks.network(
            download,
            on_done=self._media_done,
            on_error=self._media_failed,
            what=translate("SyncBridge", "downloading images and videos"),
        )

    def _progress(self, progress: Any) -> None:
        try:
            self._progress_from_worker.emit(progress)
        except RuntimeError:
            pass

    def _on_progress(self, progress: Any) -> None:
        if self._stopped:
            return
        m = self.media
        m.done_bytes, m.total_bytes = progress.done_bytes, progress.total_bytes
        m.files_done, m.files_total = progress.files_done, progress.files_total
        m.current = progress.current
        self.media_changed.emit()

    def _media_done(self, report: Any) -> None:
        self._media_running = False
        if self._stopped:
            return
        self.media.downloading = False
        self.media.current = None
        self.media.failed = dict(report.failed) if report is not None else {}
        self.media_changed.emit()
        self._prepare_pictures()
        if self._media_again:
            self.start_media()

    def _prepare_pictures(self) -> None:
        """Display copies of the large pictures just downloaded (``desktop.pictures``), on the
        storage worker, so that the first opening of a big picture is fast too."""
        store = self._store
        pictures = [
            Path(row.path)
            for row in store.media_list()
            if row.state == "complete" and row.path and row.url.lower().endswith(_PICTURES)
        ]
        if pictures:
            self._tasks.storage(
                lambda: make_display_copies(pictures),
                what=translate("SyncBridge", "preparing pictures for display"),
            )

    def _media_failed(self, exc: BaseException) -> None:
        self._media_running = False
        if self._stopped:
            return
        self.media.downloading = False
        self.media.current = None
        self.media_changed.emit()
        kind = type(exc).__name__
        if kind == "OfflineError":
            self.media.offline = True
        elif kind != "AuthError":  # the sync status already says to sign in again
            self._report_error(translate("SyncBridge", "downloading images and videos"), exc)


def _merge(first: Any, second: Any) -> Any:
    """One report of several owners' downloads: the failures of all of them."""
    if first is None:
        return second
    return replace(second, failed={**first.failed, **second.failed})
