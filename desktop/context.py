"""``AppContext``: everything a window, page or op needs, passed in (no singletons)."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Final

from PySide6.QtCore import QObject, Signal

from desktop.errors import ErrorReporter
from desktop.tasks import TaskRunner
from local_store import DeviceType, LocalStore, UserRecord
from sync.rules.timeutil import utcnow

if TYPE_CHECKING:
    from desktop.sync_bridge import SyncBridge

__all__ = ["AppContext", "AppSignals", "detect_device_type", "utcnow"]

MEDIA_FOLDER: Final = "media"


class AppSignals(QObject):
    """App-wide notifications; views connect and refresh themselves."""

    data_changed = Signal()  # the local store changed (an event recorded, a sync applied)
    user_changed = Signal()  # signed in, signed out, or another user


def detect_device_type() -> DeviceType:
    """'tablet' when a touch screen is the primary input (no mouse or touchpad), else 'desktop'."""
    from PySide6.QtGui import QInputDevice

    kinds = {device.type() for device in QInputDevice.devices()}
    touch = QInputDevice.DeviceType.TouchScreen in kinds
    pointer = bool(kinds & {QInputDevice.DeviceType.Mouse, QInputDevice.DeviceType.TouchPad})
    return "tablet" if touch and not pointer else "desktop"


@dataclass(eq=False)
class AppContext:
    """The app's shared state for one run, created in ``desktop.app`` and injected everywhere.

    ``session_id`` is new for every app run, so the events of one sitting group together.
    ``user`` is the signed-in user (``None`` at the sign-in screen); ``sync`` exists once a
    user is signed in.
    """

    store: LocalStore
    data_dir: Path
    tasks: TaskRunner
    signals: AppSignals
    errors: ErrorReporter
    device_type: DeviceType = "desktop"
    session_id: str = field(default_factory=lambda: uuid.uuid4().hex)
    user: UserRecord | None = None
    sync: SyncBridge | None = None
    today: Callable[[], date] = date.today
    now: Callable[[], datetime] = utcnow
    sync_interval: float = 60.0

    def __post_init__(self) -> None:
        # Background failures without their own handler go to the one error handler.
        self.tasks.failed.connect(self.errors.report)

    @property
    def media_root(self) -> Path:
        return self.data_dir / MEDIA_FOLDER

    @property
    def owner(self) -> str:
        if self.user is None:
            raise RuntimeError("nobody is signed in")
        return self.user.user_id

    def request_sync(self) -> None:
        if self.sync is not None:
            self.sync.request_sync()
