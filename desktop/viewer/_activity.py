"""``ActivityTracker``: turns input into ``heartbeat``, ``pause`` and ``resume`` events."""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QWidget

from desktop.viewer._session import ViewerTiming, ms

__all__ = ["ActivityTracker"]

_INPUT_EVENTS: Final = frozenset(
    {
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.KeyPress,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TabletPress,
        QEvent.Type.TabletMove,
    }
)


class ActivityTracker(QObject):
    """Watches input to one widget (and its children) and reports activity transitions.

    Invariants: ``paused`` is emitted once per idle stretch, and ``resumed`` only after a
    ``paused``; ``heartbeat`` is never emitted while paused, and only while ``engaged()``
    (the window is active, or media is playing) and at least ``heartbeat_seconds`` after
    the previous heartbeat (or the start / the last resume). A playing video counts as
    input. Nothing is emitted after ``stop()``.
    """

    heartbeat = Signal()
    paused = Signal()
    resumed = Signal()

    def __init__(
        self,
        watched: QWidget,
        *,
        timing: ViewerTiming,
        media_playing: Callable[[], bool],
    ) -> None:
        super().__init__(watched)
        self._watched = watched
        self._timing = timing
        self._clock = timing.clock
        self._media_playing = media_playing
        now = self._clock()
        self._last_input = now
        self._last_heartbeat = now
        self._is_paused = False
        self._running = False
        self._timer = QTimer(self)
        self._timer.setInterval(ms(timing.tick_seconds))
        self._timer.timeout.connect(self.tick)

    @property
    def is_paused(self) -> bool:
        return self._is_paused

    @property
    def running(self) -> bool:
        return self._running

    def timer_active(self) -> bool:
        return self._timer.isActive()

    def start(self) -> None:
        if self._running:
            return
        self._running = True
        now = self._clock()
        self._last_input = now
        self._last_heartbeat = now
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self._timer.start()

    def stop(self) -> None:
        if not self._running:
            return
        self._running = False
        self._timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        # Cheap test first: this sees every event of the application.
        if event.type() in _INPUT_EVENTS and isinstance(obj, QWidget):
            if obj is self._watched or self._watched.isAncestorOf(obj):
                self.note_input()
        return False

    def note_input(self) -> None:
        """The user did something: reset the idle clock and resume if paused."""
        if not self._running:
            return
        now = self._clock()
        self._last_input = now
        if self._is_paused:
            self._is_paused = False
            self._last_heartbeat = now
            self.resumed.emit()

    def engaged(self) -> bool:
        """Whether heartbeats are due: the viewer is shown in the active window, or plays."""
        if self._media_playing():
            return True
        return self._watched.isVisible() and self._watched.isActiveWindow()

    def tick(self) -> None:
        """Check idleness and heartbeat; the timer calls it, tests may call it directly."""
        if not self._running:
            return
        now = self._clock()
        if self._media_playing():
            self.note_input()
        if self._is_paused:
            return
        if now - self._last_input >= self._timing.idle_seconds:
            self._is_paused = True
            self.paused.emit()
            return
        if now - self._last_heartbeat >= self._timing.heartbeat_seconds and self.engaged():
            self._last_heartbeat = now
            self.heartbeat.emit()
