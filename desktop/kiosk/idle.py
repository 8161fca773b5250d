"""Signing an idle student out: ``IdleMonitor``."""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Final

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

__all__ = ["IdleMonitor"]


_INPUT_EVENTS: Final = frozenset(
    {
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseMove,
        QEvent.Type.KeyPress,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.Wheel,
        QEvent.Type.TabletPress,
    }
)


class IdleMonitor(QObject):
    """Signs a student out after ``timeout`` seconds without input.

    Any mouse, touch, key or wheel event anywhere in the app counts as activity, and so does
    a playing video (``busy()``). In the last ``warn`` seconds ``countdown(seconds_left)`` is
    emitted every second; ``countdown(-1)`` when activity cancels it; ``expired`` at zero.
    ``clock`` is injectable so tests need not wait minutes.
    """

    countdown = Signal(int)
    expired = Signal()

    def __init__(
        self,
        *,
        timeout: float,
        warn: float = 30.0,
        busy: Callable[[], bool] = lambda: False,
        clock: Callable[[], float] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        import time

        self.timeout = timeout
        self.warn = min(warn, timeout / 2)
        self._busy = busy
        self._clock = clock or time.monotonic
        self._last = self._clock()
        self._active = False
        self._counting = False
        self._timer = QTimer(self)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.check)

    @property
    def active(self) -> bool:
        return self._active

    def start(self) -> None:
        app = QApplication.instance()
        if app is not None and not self._active:
            app.installEventFilter(self)
        self._active = True
        self.poke()
        self._timer.start()

    def stop(self) -> None:
        if self._active:
            app = QApplication.instance()
            if app is not None:
                app.removeEventFilter(self)
        self._active = False
        self._timer.stop()
        self._set_counting(None)

    def poke(self) -> None:
        """Activity: start the idle time again and cancel a countdown."""
        self._last = self._clock()
        self._set_counting(None)

    def seconds_left(self) -> float:
        return self.timeout - (self._clock() - self._last)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if self._active and event.type() in _INPUT_EVENTS:
            self.poke()
        return False

    def check(self) -> None:
        if not self._active:
            return
        if self._busy():
            self.poke()
            return
        left = self.seconds_left()
        if left <= 0:
            self.stop()
            self.expired.emit()
        elif left <= self.warn:
            self._set_counting(math.ceil(left))
        else:
            self._set_counting(None)

    def _set_counting(self, seconds: int | None) -> None:
        if seconds is None:
            if self._counting:
                self._counting = False
                self.countdown.emit(-1)
            return
        self._counting = True
        self.countdown.emit(seconds)
