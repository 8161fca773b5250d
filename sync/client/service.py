"""Runs the sync engine in the background, and tells whoever listens how it is going.

One worker thread per device (never the UI thread). It syncs every signed-in user:

* at start, then every ``interval`` seconds while things go well;
* after a failure, again after an exponential backoff with jitter (``base * 2**n``, capped
  at ``max_backoff``, times a random factor in [0.5, 1.5)), so a fleet of kiosks coming back
  online does not stampede the server; the first success after being offline is the
  "network returned" moment;
* while offline, sooner: every ``probe_interval`` seconds (10 s, with jitter of +-25 %) it
  asks the server's ``GET /health`` with a short timeout (``SyncEngine.reachable``: no
  sign-in, a few hundred bytes), and syncs as soon as the server answers, so a device
  syncs within seconds of the network (or the server) coming back, not minutes;
* at once when ``request_sync()`` is called (the "Sync now" button, a completed module, the
  OS reporting the network is back).

After every round it also backs the store up when a backup is due
(``LocalStore.backup_if_due``), so a damaged store file loses little.

Listeners receive a ``SyncStatus`` on the worker thread after every change; a Qt layer
forwards it to the UI thread with a signal.
"""

from __future__ import annotations

import logging
import random
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime
from enum import StrEnum

from local_store import LocalStore
from sync.client.engine import (
    AuthError,
    ClientTooOldError,
    OfflineError,
    RoundReport,
    SyncEngine,
    SyncError,
    utcnow,
)

__all__ = ["Connectivity", "SyncService", "SyncStatus", "backoff_delay"]

log = logging.getLogger("frames.sync")


class Connectivity(StrEnum):
    UNKNOWN = "unknown"
    ONLINE = "online"
    OFFLINE = "offline"


@dataclass(frozen=True, slots=True)
class SyncStatus:
    """What a status bar shows. ``error`` is a sentence for a person, or None."""

    connectivity: Connectivity = Connectivity.UNKNOWN
    syncing: bool = False
    last_success: datetime | None = None
    pending: int = 0
    rejected: int = 0
    error: str | None = None
    needs_sign_in: bool = False
    next_attempt_in: float | None = None


def backoff_delay(failures: int, *, base: float, cap: float, rnd: float) -> float:
    """Seconds to wait after ``failures`` consecutive failures (``rnd`` in [0, 1))."""
    return float(min(cap, base * 2.0 ** max(0, failures - 1)) * (0.5 + rnd))


class SyncService:
    def __init__(
        self,
        store: LocalStore,
        engine: SyncEngine,
        *,
        interval: float = 60.0,
        base_backoff: float = 5.0,
        max_backoff: float = 300.0,
        probe_interval: float = 10.0,
        rng: Callable[[], float] = random.random,
    ) -> None:
        self.store = store
        self.engine = engine
        self.interval = interval
        self.base_backoff = base_backoff
        self.max_backoff = max_backoff
        self.probe_interval = probe_interval
        self._rng = rng
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._listeners: list[Callable[[SyncStatus], None]] = []
        self._lock = threading.Lock()
        self._status = SyncStatus()
        self._failures = 0
        self._thread: threading.Thread | None = None
        self.last_reports: list[RoundReport] = []

    # -- control -----------------------------------------------------------------------------

    def add_listener(self, callback: Callable[[SyncStatus], None]) -> None:
        self._listeners.append(callback)

    def start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="frames-sync", daemon=True)
            self._thread.start()

    def stop(self, timeout: float = 10.0) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    def request_sync(self) -> None:
        """Sync as soon as possible (returns at once)."""
        self._wake.set()

    @property
    def status(self) -> SyncStatus:
        with self._lock:
            return self._status

    # -- the loop ----------------------------------------------------------------------------

    def _publish(self, **changes: object) -> None:
        with self._lock:
            self._status = replace(self._status, **changes)  # type: ignore[arg-type]
            status = self._status
        for listener in list(self._listeners):
            try:
                listener(status)
            except Exception:  # a broken listener must not stop sync
                log.exception("sync status listener failed")

    def _counts(self) -> dict[str, object]:
        return {
            "pending": self.store.pending_count(),
            "rejected": len(self.store.rejected_events()),
        }

    def run_once(self) -> float:
        """One round for every signed-in user (on a kiosk: its roster first, then every
        roster student); returns the delay before the next round."""
        self._publish(syncing=True, next_attempt_in=None, **self._counts())
        reports: list[RoundReport] = []
        try:
            self.store.secure_tokens()  # once there is a keyring, tokens leave the file
            self.engine.sync_kiosk()
            users = [u for u in self.store.list_users() if u.token and u.role == "student"] + [
                u for u in self.store.list_users() if u.token and u.role != "student"
            ]
            for user in users:
                reports.append(self.engine.sync_user(user.user_id))
        except OfflineError as exc:
            return self._failed(str(exc), Connectivity.OFFLINE)
        except AuthError as exc:
            self._failures = 0
            self._publish(
                syncing=False,
                connectivity=Connectivity.ONLINE,
                error=str(exc),
                needs_sign_in=True,
                next_attempt_in=self.interval,
                **self._counts(),
            )
            return self.interval
        except ClientTooOldError as exc:
            self._publish(
                syncing=False,
                connectivity=Connectivity.ONLINE,
                error=str(exc),
                next_attempt_in=None,
                **self._counts(),
            )
            return float("inf")
        except SyncError as exc:
            return self._failed(str(exc), Connectivity.ONLINE)
        except Exception as exc:  # never let the worker die silently
            log.exception("sync round failed")
            return self._failed(f"sync failed: {exc}", Connectivity.UNKNOWN)
        self._failures = 0
        self.last_reports = reports
        # Fold the WAL back here, off the UI thread, so recording an event rarely pays for it.
        self.store.checkpoint()
        self._publish(
            syncing=False,
            connectivity=Connectivity.ONLINE,
            error=None,
            needs_sign_in=False,
            last_success=utcnow(),
            next_attempt_in=self.interval,
            **self._counts(),
        )
        return self.interval

    def _failed(self, message: str, connectivity: Connectivity) -> float:
        self._failures += 1
        delay = backoff_delay(
            self._failures, base=self.base_backoff, cap=self.max_backoff, rnd=self._rng()
        )
        self._publish(
            syncing=False,
            connectivity=connectivity,
            error=message,
            next_attempt_in=delay,
            **self._counts(),
        )
        return delay

    def _run(self) -> None:
        delay = 0.0
        while not self._stop.is_set():
            if delay > 0:
                self._wait(delay)
            if self._stop.is_set():
                return
            self._wake.clear()
            delay = self.run_once()
            self._back_up()

    def _wait(self, delay: float) -> None:
        """Sleep until the next round is due, ``request_sync()`` or ``stop()``; while offline,
        also until a probe finds the server reachable again."""
        if delay == float("inf"):
            self._wake.wait()
            return
        if self.status.connectivity != Connectivity.OFFLINE or self.probe_interval <= 0:
            self._wake.wait(delay)
            return
        deadline = time.monotonic() + delay
        while (left := deadline - time.monotonic()) > 0:
            step = min(left, self.probe_interval * (0.75 + 0.5 * self._rng()))
            if self._wake.wait(step) or self._stop.is_set():
                return
            if self._reachable():
                log.info("the server answers again: syncing now")
                return

    def _servers(self) -> list[str]:
        """The servers this device syncs with (its signed-in users', its kiosk's)."""
        urls = {u.server_url for u in self.store.list_users() if u.token}
        kiosk = self.store.kiosk()
        if kiosk is not None:
            urls.add(kiosk.server_url)
        return sorted(urls)

    def _reachable(self) -> bool:
        try:
            return any(self.engine.reachable(url) for url in self._servers())
        except Exception:  # a probe must never stop the worker; the backoff still runs
            log.debug("probing the server failed", exc_info=True)
            return False

    def _back_up(self) -> None:
        """A backup of the store when one is due (``LocalStore.backup_if_due``: every few
        minutes of use or few hundred events), online or not; recovery starts from it."""
        try:
            made = self.store.backup_if_due()
        except Exception:  # a full disk must not stop sync; the next round tries again
            log.warning("could not back up the local store", exc_info=True)
            return
        if made is not None:
            log.info("backed up the local store to %s", made)
