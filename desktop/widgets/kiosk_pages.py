"""The kiosk's own pages: enrolment, the student picker, the PIN pad, the staff page, and the
idle countdown.

Everything is sized for fingers: every button is at least ``TOUCH_MIN`` (44) device-
independent pixels high and wide, more when the font is larger. Nothing here remembers who
used the kiosk before: the picker lists the roster by name, its search box is emptied every
time it is shown, and no field offers completions.
"""

from __future__ import annotations

import math
import socket
import uuid
from collections.abc import Callable
from typing import Final, TypeVar

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop import theme
from desktop.context import AppContext
from desktop.ops import kiosk as kiosk_ops
from desktop.ops.op import Op
from desktop.ops.status import last_sync_text, pending_text
from local_store import KioskRecord, RosterStudent

__all__ = [
    "TOUCH_MIN",
    "CountdownOverlay",
    "EnrolPage",
    "IdleMonitor",
    "KioskHeader",
    "LinkNotice",
    "PickerPage",
    "PinPad",
    "PinPage",
    "StaffPage",
    "TouchButton",
]

_R = TypeVar("_R")

TOUCH_MIN: Final = 44
"""The smallest touch target, in device-independent pixels (WCAG 2.5.5, Apple HIG)."""

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


class TouchButton(QPushButton):
    """A push button no smaller than a fingertip, in a larger font."""

    def __init__(self, text: str, parent: QWidget | None = None, *, scale: float = 1.25) -> None:
        super().__init__(text, parent)
        self.setFont(theme.scaled_font(self.font(), scale))
        side = max(TOUCH_MIN, theme.em(self, 2.0))
        self.setMinimumSize(side, side)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setFixedHeight(max(side, self.sizeHint().height()))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)


def _touch_line_edit(parent: QWidget, *, placeholder: str, name: str) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setFont(theme.scaled_font(edit.font(), 1.25))
    edit.setMinimumHeight(max(TOUCH_MIN, theme.em(edit, 1.8)))
    edit.setPlaceholderText(placeholder)
    edit.setAccessibleName(name)
    return edit


def _message_label(parent: QWidget, name: str) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setFont(theme.scaled_font(label.font(), 1.15))
    return label


def _centred(item: QWidget | QLayout) -> QHBoxLayout:
    """A row holding ``item`` in the middle."""
    row = QHBoxLayout()
    row.addStretch(1)
    if isinstance(item, QLayout):
        row.addLayout(item)
    else:
        row.addWidget(item)
    row.addStretch(1)
    return row


def _format_wait(seconds: float) -> str:
    seconds = max(0, math.ceil(seconds))
    return f"{seconds // 60}:{seconds % 60:02d}"


# --------------------------------------------------------------------------- idle


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


class CountdownOverlay(QFrame):
    """'Still there?' over the whole window; any touch cancels (through ``IdleMonitor``)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("idle-countdown")
        self.setAutoFillBackground(True)
        palette = self.palette()
        shade = palette.color(palette.ColorRole.Window)
        shade.setAlpha(235)
        palette.setColor(palette.ColorRole.Window, shade)
        self.setPalette(palette)
        self.title = theme.title_label("Still there?", 2.2, self)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.seconds = QLabel(self)
        self.seconds.setObjectName("idle-seconds")
        self.seconds.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.seconds.setFont(theme.scaled_font(self.seconds.font(), 1.6))
        self.hint = QLabel("Touch anywhere to keep working.", self)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setFont(theme.scaled_font(self.hint.font(), 1.3))
        self.stay = TouchButton("I'm still here", self, scale=1.4)
        theme.make_primary(self.stay)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(self.title)
        layout.addWidget(self.seconds)
        layout.addWidget(self.hint)
        layout.addSpacing(theme.em(self, 1))
        layout.addLayout(_centred(self.stay))
        layout.addStretch(3)
        self.hide()

    def show_seconds(self, seconds: int) -> None:
        if seconds < 0:
            self.hide()
            return
        unit = "second" if seconds == 1 else "seconds"
        self.seconds.setText(f"Signing you out in {seconds} {unit}")
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
        self.raise_()
        self.show()


class LinkNotice(QFrame):
    """A link from a module, shown instead of opened: a kiosk never starts a browser (that
    would be a way out of the locked-down app). The address is large and selectable, with
    *Copy address* and *Close*."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("kiosk-link-notice")
        self.setAutoFillBackground(True)
        palette = self.palette()
        shade = palette.color(palette.ColorRole.Window)
        shade.setAlpha(245)
        palette.setColor(palette.ColorRole.Window, shade)
        self.setPalette(palette)
        self.title = theme.title_label("This link opens on your own device", 1.8, self)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setWordWrap(True)
        self.hint = QLabel(
            "This tablet does not open websites. Note the address, or copy it, and open it "
            "on your phone or laptop.",
            self,
        )
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setFont(theme.scaled_font(self.hint.font(), 1.2))
        self.address = QLabel(self)
        self.address.setObjectName("kiosk-link-address")
        self.address.setWordWrap(True)
        self.address.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.address.setTextFormat(Qt.TextFormat.PlainText)
        self.address.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.address.setFont(theme.scaled_font(self.address.font(), 1.5, bold=True))
        self.copy = TouchButton("Copy address", self)
        self.copy.setObjectName("kiosk-link-copy")
        self.copy.clicked.connect(self._copy)
        self.close_button = TouchButton("Close", self)
        self.close_button.setObjectName("kiosk-link-close")
        theme.make_primary(self.close_button)
        self.close_button.clicked.connect(self.hide)
        buttons = QHBoxLayout()
        buttons.addWidget(self.copy)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        margin = theme.em(self, 3)
        layout.setContentsMargins(margin, margin, margin, margin)
        layout.addStretch(2)
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        layout.addSpacing(theme.em(self, 1))
        layout.addWidget(self.address)
        layout.addSpacing(theme.em(self, 1))
        layout.addLayout(_centred(buttons))
        layout.addStretch(3)
        self.hide()

    @property
    def url(self) -> str:
        return self.address.text()

    def show_url(self, url: str) -> None:
        self.address.setText(url)
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
        self.raise_()
        self.show()
        self.close_button.setFocus()

    def _copy(self) -> None:
        clipboard = QApplication.clipboard()
        if clipboard is not None:
            clipboard.setText(self.url)
        self.hint.setText("Copied. Paste it into a message to yourself, or note it down.")


# --------------------------------------------------------------------------- PIN pad


class PinPad(QWidget):
    """Dots, a 3 x 4 keypad and a message line; ``submitted(pin)`` on OK or Enter."""

    submitted = Signal(str)

    def __init__(
        self, parent: QWidget | None = None, *, max_digits: int = kiosk_ops.MAX_PIN_DIGITS
    ) -> None:
        super().__init__(parent)
        self.max_digits = max_digits
        self._pin = ""
        self._checking = False
        self._attempt = 0
        self.dots = QLabel(self)
        self.dots.setObjectName("pin-dots")
        self.dots.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.dots.setFont(theme.scaled_font(self.dots.font(), 2.0))
        self.dots.setAccessibleName("PIN entered")
        self.message = _message_label(self, "pin-message")
        grid = QGridLayout()
        grid.setSpacing(theme.em(self, 0.5))
        self.keys: dict[str, TouchButton] = {}
        for i, key in enumerate(["1", "2", "3", "4", "5", "6", "7", "8", "9", "⌫", "0", "OK"]):
            button = TouchButton(key, self, scale=1.6)
            side = max(TOUCH_MIN, theme.em(button, 2.4))
            button.setFixedSize(round(side * 1.5), side)
            button.setObjectName(f"pin-key-{ {'⌫': 'back', 'OK': 'ok'}.get(key, key) }")
            button.setAccessibleName({"⌫": "Delete", "OK": "Sign in"}.get(key, key))
            button.clicked.connect(lambda _=False, k=key: self._key(k))
            grid.addWidget(button, i // 3, i % 3)
            self.keys[key] = button
        theme.make_primary(self.keys["OK"])
        layout = QVBoxLayout(self)
        layout.setSpacing(theme.em(self, 0.6))
        layout.addWidget(self.dots)
        layout.addLayout(_centred(grid))
        layout.addWidget(self.message)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._show_dots()

    @property
    def pin(self) -> str:
        return self._pin

    @property
    def checking(self) -> bool:
        """A PIN is being checked in the background (the keys wait)."""
        return self._checking

    def run_check(self, ctx: AppContext, check: Op[_R], done: Callable[[_R], None]) -> None:
        """Run a PIN check (argon2: about 0.1 s) on the storage worker, not the UI thread;
        ``done(result)`` on the UI thread, unless the pad was abandoned meanwhile."""
        if self._checking:
            return
        self._attempt += 1
        attempt = self._attempt
        self._checking = True
        self.set_enabled_keys(False)
        self.message.setText("Checking…")
        theme.set_role(self.message, theme.muted())

        def finished(result: _R) -> None:
            if attempt == self._attempt:
                self._checking = False
                self.set_enabled_keys(True)
                done(result)

        def failed(exc: BaseException) -> None:
            if attempt == self._attempt:
                self._checking = False
                self.set_enabled_keys(True)
                self.clear(f"The PIN could not be checked: {exc}")

        check.success(finished).failure(failed).run(ctx)

    def abandon(self) -> None:
        """Start over for the next person: no digits, no message, no pending result."""
        self._attempt += 1
        self._checking = False
        self.set_enabled_keys(True)
        self.clear()

    def clear(self, message: str = "") -> None:
        self._pin = ""
        self._show_dots()
        self.message.setText(message)

    def set_enabled_keys(self, enabled: bool) -> None:
        for button in self.keys.values():
            button.setEnabled(enabled)
        ok = self.keys["OK"]
        if enabled:
            theme.make_primary(ok)
        else:  # the accent colour would make a disabled OK look usable
            ok.setPalette(QApplication.palette())

    def type_pin(self, digits: str) -> None:
        for d in digits:
            self._key(d)

    def _key(self, key: str) -> None:
        if not self.keys["OK"].isEnabled():
            return
        if key == "⌫":
            self._pin = self._pin[:-1]
        elif key == "OK":
            if self._pin:
                self.submitted.emit(self._pin)
            return
        elif len(self._pin) < self.max_digits:
            self._pin += key
        self._show_dots()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt API)
        text = event.text()
        if text.isdigit():
            self._key(text)
        elif event.key() == Qt.Key.Key_Backspace:
            self._key("⌫")
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._key("OK")
        else:
            super().keyPressEvent(event)

    def _show_dots(self) -> None:
        shown = max(6, len(self._pin))
        self.dots.setText(" ".join("●" if i < len(self._pin) else "○" for i in range(shown)))


def _page_layout(page: QWidget) -> QVBoxLayout:
    layout = QVBoxLayout(page)
    margin = theme.em(page, 1.5)
    layout.setContentsMargins(margin, margin, margin, margin)
    layout.setSpacing(theme.em(page, 0.6))
    return layout


# --------------------------------------------------------------------------- picker


class PickerPage(QWidget):
    """'Tap your name': the roster as large buttons, a search box, the kiosk's state and the
    staff button. ``chosen(student_id)`` when a student taps their name."""

    chosen = Signal(str)
    staff_requested = Signal()

    COLUMNS: Final = 3

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("kiosk-picker")
        self._roster: list[RosterStudent] = []
        self.title = theme.title_label("Tap your name to start", 2.0, self)
        self.subtitle = QLabel(self)
        self.subtitle.setFont(theme.scaled_font(self.subtitle.font(), 1.15))
        theme.set_role(self.subtitle, theme.muted())
        self.banner = _message_label(self, "kiosk-banner")
        self.banner.setAlignment(Qt.AlignmentFlag.AlignLeft)
        theme.set_role(self.banner, theme.danger())
        self.banner.hide()
        self.search = _touch_line_edit(
            self, placeholder="Search by name or student ID", name="Search students"
        )
        self.search.textChanged.connect(self._rebuild)
        self.clear_search = TouchButton("Clear", self, scale=1.1)
        self.clear_search.setObjectName("kiosk-clear-search")
        self.clear_search.clicked.connect(self.search.clear)
        self.grid_host = QWidget(self)
        self.grid = QGridLayout(self.grid_host)
        self.grid.setSpacing(theme.em(self, 0.6))
        self.grid.setAlignment(Qt.AlignmentFlag.AlignTop)
        for column in range(self.COLUMNS):  # equal columns, also when one name is shown
            self.grid.setColumnStretch(column, 1)
        self.names_scroll = QScrollArea(self)
        self.names_scroll.setWidgetResizable(True)
        self.names_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.names_scroll.setWidget(self.grid_host)
        self.empty = _message_label(self, "kiosk-empty")
        theme.set_role(self.empty, theme.muted())
        self.status = QLabel(self)
        self.status.setObjectName("kiosk-status")
        theme.set_role(self.status, theme.muted())
        self.staff = TouchButton("Staff", self, scale=1.0)
        self.staff.setObjectName("kiosk-staff")
        self.staff.setAccessibleName("Staff: exit or manage this kiosk")
        self.staff.clicked.connect(self.staff_requested)
        self.buttons: dict[str, TouchButton] = {}

        layout = _page_layout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.banner)
        search_row = QHBoxLayout()
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.clear_search)
        layout.addLayout(search_row)
        layout.addWidget(self.names_scroll, 1)
        layout.addWidget(self.empty)
        footer = QHBoxLayout()
        footer.addWidget(self.status, 1)
        footer.addWidget(self.staff)
        layout.addLayout(footer)

    def reset(self) -> None:
        """Read the roster again and forget any search (the next student starts clean)."""
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.reload()
        self.names_scroll.verticalScrollBar().setValue(0)

    def reload(self) -> None:
        store = self.ctx.store
        kiosk = store.kiosk()
        self._roster = store.roster()
        if kiosk is not None:
            where = kiosk.team_name or kiosk.university_name or kiosk.university_id
            self.subtitle.setText(f"{kiosk.name} · {where}")
        self._rebuild()
        self.refresh_status()

    def refresh_status(self) -> None:
        store = self.ctx.store
        kiosk = store.kiosk()
        pending = store.pending_count()
        last = kiosk.roster_synced_at if kiosk is not None else None
        status = self.ctx.sync.status if self.ctx.sync is not None else None
        words = [last_sync_text(last, now=self.ctx.now()), pending_text(pending)]
        if status is not None and str(status.connectivity) == "offline":
            words.insert(0, "Offline")
        self.status.setText(" · ".join(words))
        if kiosk is not None and kiosk.revoked_at is not None:
            self.banner.setText(
                "This kiosk's access was withdrawn by an admin. Students can keep working: "
                f"their work ({pending_text(pending).lower()}) stays on this tablet until "
                "staff export it."
            )
            self.banner.show()
        else:
            self.banner.hide()

    def _rebuild(self) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()  # at once: deletion waits for the event loop
                widget.deleteLater()
        self.buttons = {}
        shown = kiosk_ops.filter_roster(self._roster, self.search.text())
        for i, student in enumerate(shown):
            label = student.name + (f"\n{student.team_name}" if student.team_name else "")
            if not student.pin_box:
                label += "\n(no PIN yet: ask staff)"
            button = TouchButton(label, self.grid_host, scale=1.3)
            button.setObjectName(f"student-{student.student_id}")
            button.setAccessibleName(student.name)
            button.setFixedHeight(max(TOUCH_MIN, theme.em(button, 3.4)))
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.setEnabled(bool(student.pin_box))
            button.clicked.connect(lambda _=False, sid=student.student_id: self.chosen.emit(sid))
            self.grid.addWidget(button, i // self.COLUMNS, i % self.COLUMNS)
            button.show()  # now, not at the layout's next pass: a tap may come first
            self.buttons[student.student_id] = button
        if not self._roster:
            self.empty.setText(
                "No students on this kiosk yet. The roster downloads as soon as the kiosk "
                "is online."
            )
        elif not shown:
            self.empty.setText("Nobody matches that. Check the spelling, or ask staff.")
        self.empty.setVisible(not shown)


class PinPage(QWidget):
    """The PIN pad for one student; ``signed_in(student_id, session_id, short)`` on the
    right PIN: the sitting's session id (its proof is kept for the pushes of its events) and
    whether the PIN is shorter than new ones may be."""

    signed_in = Signal(str, str, bool)
    back_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("kiosk-pin")
        self.student_id: str | None = None
        self.title = theme.title_label("", 2.0, self)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.prompt = QLabel("Enter your PIN", self)
        self.prompt.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.prompt.setFont(theme.scaled_font(self.prompt.font(), 1.3))
        self.pad = PinPad(self)
        self.pad.submitted.connect(self.submit)
        self.back = TouchButton("Not you? Back", self, scale=1.2)
        self.back.setObjectName("pin-back")
        self.back.setMinimumWidth(theme.em(self.back, 8))
        self.back.clicked.connect(self.back_requested)
        self._lock_timer = QTimer(self)
        self._lock_timer.setInterval(1000)
        self._lock_timer.timeout.connect(self._update_lock)
        layout = _page_layout(self)
        layout.addStretch(1)
        layout.addWidget(self.title)
        layout.addWidget(self.prompt)
        layout.addWidget(self.pad)
        layout.addLayout(_centred(self.back))
        layout.addStretch(1)

    def prepare(self, student: RosterStudent) -> None:
        self.student_id = student.student_id
        self.title.setText(f"Hi {student.name.split()[0] if student.name else ''}")
        self.pad.abandon()
        self._update_lock()
        self.pad.setFocus()

    def forget(self) -> None:
        """Nothing of the last student stays on the page."""
        self.student_id = None
        self.title.clear()
        self._lock_timer.stop()
        self.pad.abandon()

    def submit(self, pin: str) -> None:
        sid = self.student_id
        if sid is None:
            return
        store, now = self.ctx.store, self.ctx.now()
        session_id = uuid.uuid4().hex  # one session per student sitting
        self.pad.run_check(
            self.ctx,
            kiosk_ops.check_pin(
                store=store, student_id=sid, pin=pin, now=now, session_id=session_id
            ),
            lambda result: self._checked(sid, session_id, result),
        )

    def _checked(self, sid: str, session_id: str, result: kiosk_ops.PinCheck) -> None:
        if result.status == "ok":
            self.pad.clear()
            self.signed_in.emit(sid, session_id, result.short)
        elif result.status == "wrong":
            tries = "1 more try" if result.tries_left == 1 else f"{result.tries_left} more tries"
            self.pad.clear(f"That PIN is not right. {tries} before this tablet locks you out.")
            theme.set_role(self.pad.message, theme.danger())
        elif result.status == "locked":
            self.pad.clear()
            self._update_lock()
        elif result.status == "no_key":
            self.pad.clear("This kiosk cannot check PINs until staff enrol it again.")
            theme.set_role(self.pad.message, theme.danger())
        else:
            self.pad.clear("You cannot sign in here yet: ask staff for a kiosk PIN.")

    def _update_lock(self) -> None:
        sid = self.student_id
        state = (
            kiosk_ops.lock_state(store=self.ctx.store, student_id=sid, now=self.ctx.now())
            if sid
            else None
        )
        if state is not None and state.status == "locked" and state.locked_until is not None:
            wait = (state.locked_until - self.ctx.now()).total_seconds()
            self.pad.set_enabled_keys(False)
            self.pad.message.setText(
                f"Too many wrong PINs. Try again in {_format_wait(wait)}, or ask staff."
            )
            theme.set_role(self.pad.message, theme.danger())
            self._lock_timer.start()
        else:
            if self._lock_timer.isActive():
                self.pad.clear()
            self._lock_timer.stop()
            self.pad.set_enabled_keys(True)


# --------------------------------------------------------------------------- staff


class StaffPage(QWidget):
    """Staff only, behind the exit PIN: the kiosk's state, sync, export, exit."""

    back_requested = Signal()
    exit_requested = Signal()
    sync_requested = Signal()
    export_requested = Signal()
    reenrol_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("kiosk-staff-page")
        self.title = theme.title_label("Staff", 2.0, self)
        self.prompt = QLabel("Enter the staff exit PIN set when this kiosk was enrolled.", self)
        self.prompt.setWordWrap(True)
        self.pad = PinPad(self)
        self.pad.submitted.connect(self.unlock)
        self.info = QLabel(self)
        self.info.setObjectName("kiosk-info")
        self.info.setWordWrap(True)
        self.info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.info.setFont(theme.scaled_font(self.info.font(), 1.15))
        self.action_panel = QWidget(self)
        self.sync_button = TouchButton("Sync now", self.action_panel)
        self.export_button = TouchButton("Export unsynced work…", self.action_panel)
        self.reenrol_button = TouchButton("Enrol again", self.action_panel)
        self.exit_button = TouchButton("Exit kiosk mode", self.action_panel)
        self.exit_button.setObjectName("kiosk-exit")
        self.sync_button.clicked.connect(self.sync_requested)
        self.export_button.clicked.connect(self.export_requested)
        self.reenrol_button.clicked.connect(self.reenrol_requested)
        self.exit_button.clicked.connect(self.exit_requested)
        panel = QVBoxLayout(self.action_panel)
        panel.setContentsMargins(0, 0, 0, 0)
        for button in (
            self.sync_button,
            self.export_button,
            self.reenrol_button,
            self.exit_button,
        ):
            panel.addWidget(button)
        self.back = TouchButton("Back to the students", self)
        self.back.setObjectName("staff-back")
        self.back.clicked.connect(self.back_requested)
        self.note = _message_label(self, "staff-note")
        layout = _page_layout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.prompt)
        layout.addWidget(self.pad)
        layout.addWidget(self.info)
        layout.addWidget(self.action_panel)
        layout.addWidget(self.note)
        layout.addStretch(1)
        layout.addWidget(self.back)
        self._lock_timer = QTimer(self)
        self._lock_timer.setInterval(1000)
        self._lock_timer.timeout.connect(self._update_lock)
        self.lock()

    @property
    def unlocked(self) -> bool:
        return bool(self.action_panel.isVisibleTo(self))

    def lock(self) -> None:
        self.pad.abandon()
        self.note.clear()
        self.prompt.show()
        self.pad.show()
        self.info.hide()
        self.action_panel.hide()
        self._update_lock()

    def stop(self) -> None:
        """The window is going away: no timer reads the store any more."""
        self._lock_timer.stop()

    def unlock(self, pin: str) -> None:
        """Check the exit PIN on the storage worker; five wrong ones lock the page (durably)."""
        store, now = self.ctx.store, self.ctx.now()
        self.pad.run_check(
            self.ctx, kiosk_ops.check_exit_pin(store=store, pin=pin, now=now), self._unlock_checked
        )

    def _unlock_checked(self, result: kiosk_ops.PinCheck) -> None:
        if result.status == "locked":
            self.pad.clear()
            self._update_lock()
            return
        if result.status != "ok":
            tries = "1 more try" if result.tries_left == 1 else f"{result.tries_left} more tries"
            self.pad.clear(f"That is not the staff PIN. {tries} before the staff page locks.")
            theme.set_role(self.pad.message, theme.danger())
            return
        self._lock_timer.stop()
        self.pad.clear()
        self.prompt.hide()
        self.pad.hide()
        self.refresh()
        self.info.show()
        self.action_panel.show()

    def _update_lock(self) -> None:
        """While the exit PIN is locked out, the keys wait and the page says how long."""
        state = kiosk_ops.exit_lock_state(store=self.ctx.store, now=self.ctx.now())
        if state.status == "locked" and state.locked_until is not None:
            wait = (state.locked_until - self.ctx.now()).total_seconds()
            self.pad.set_enabled_keys(False)
            self.pad.message.setText(
                f"Too many wrong staff PINs. Try again in {_format_wait(wait)}."
            )
            theme.set_role(self.pad.message, theme.danger())
            self._lock_timer.start()
        else:
            if self._lock_timer.isActive():
                self.pad.clear()
                self.pad.set_enabled_keys(True)
            self._lock_timer.stop()

    def refresh(self) -> None:
        store = self.ctx.store
        kiosk = store.kiosk()
        if kiosk is None:
            return
        scope = kiosk.university_name or kiosk.university_id
        if kiosk.team_name or kiosk.team_id is not None:
            scope += f", team {kiosk.team_name or kiosk.team_id}"
        rejected = len(store.rejected_events())
        lines = [
            f"<b>{kiosk.name}</b> (kiosk {kiosk.kiosk_id}) for {scope}",
            f"Server: {kiosk.server_url}",
            f"{len(store.roster())} students on the roster; "
            + last_sync_text(kiosk.roster_synced_at, now=self.ctx.now()).lower(),
            pending_text(store.pending_count())
            + (f"; {rejected} refused by the server" if rejected else ""),
        ]
        if kiosk.revoked_at is not None:
            lines.append(
                "<b>The server no longer accepts this kiosk</b> (revoked by an admin): export "
                "the unsynced work and give the file to an admin, then enrol it again."
            )
        self.info.setText("<br>".join(lines))

    def show_note(self, text: str) -> None:
        self.note.setText(text)


# --------------------------------------------------------------------------- header


class KioskHeader(QFrame):
    """Who is signed in, and the one-tap sign-out."""

    sign_out_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kiosk-header")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.name = QLabel(self)
        self.name.setObjectName("kiosk-student")
        self.name.setFont(theme.scaled_font(self.name.font(), 1.3, bold=True))
        self.sign_out = TouchButton("Sign out", self, scale=1.2)
        self.sign_out.setObjectName("kiosk-sign-out")
        theme.make_primary(self.sign_out)
        self.sign_out.clicked.connect(self.sign_out_requested)
        row = QHBoxLayout(self)
        margin = theme.em(self, 0.6)
        row.setContentsMargins(margin, margin // 2, margin, margin // 2)
        row.addWidget(self.name, 1)
        row.addWidget(self.sign_out)

    def show_student(self, name: str) -> None:
        self.name.setText(name)
        self.show()

    def forget(self) -> None:
        self.name.clear()
        self.hide()


# --------------------------------------------------------------------------- enrolment


def _default_kiosk_name() -> str:
    return f"Kiosk {socket.gethostname()}"[:100]


class EnrolPage(QWidget):
    """Enrol this device as a kiosk: a one-time code, or a faculty/admin sign-in; and the
    staff exit PIN. ``enrolled(KioskRecord)`` when done."""

    enrolled = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("kiosk-enrol")
        self._busy = False
        card = QFrame(self)
        card.setMaximumWidth(theme.em(self, 34))
        title = theme.title_label("Enrol this device as a kiosk", 1.8, card)
        intro = QLabel(
            "Students will sign in here with their name and PIN, also offline. Use an "
            "enrolment code from your admin (frames-server kiosk-code), or sign in as faculty.",
            card,
        )
        intro.setWordWrap(True)
        self.server = _touch_line_edit(card, placeholder="https://lms.example.edu", name="Server")
        self.name = _touch_line_edit(card, placeholder="Orientation tablet 1", name="Kiosk name")
        self.name.setText(_default_kiosk_name())
        self.code = _touch_line_edit(card, placeholder="XXXX-XXXX-XXXX", name="Enrolment code")
        self.email = _touch_line_edit(card, placeholder="faculty@university.edu", name="Email")
        self.password = _touch_line_edit(card, placeholder="", name="Password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.exit_pin = _touch_line_edit(
            card, placeholder=kiosk_ops.PIN_RULE, name="Staff exit PIN"
        )
        self.exit_pin_again = _touch_line_edit(card, placeholder="", name="Staff exit PIN again")
        for pin in (self.exit_pin, self.exit_pin_again):
            pin.setEchoMode(QLineEdit.EchoMode.Password)
            pin.setMaxLength(kiosk_ops.MAX_PIN_DIGITS)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow("&Server", self.server)
        form.addRow("Kiosk &name", self.name)
        form.addRow("Enrolment &code", self.code)
        or_label = QLabel("or sign in as faculty / admin:", card)
        theme.set_role(or_label, theme.muted())
        form.addRow(or_label)
        form.addRow("&Email", self.email)
        form.addRow("&Password", self.password)
        form.addRow("Staff e&xit PIN", self.exit_pin)
        form.addRow("PIN a&gain", self.exit_pin_again)
        self.error = _message_label(card, "enrol-error")
        theme.set_role(self.error, theme.danger())
        self.enrol_button = TouchButton("Enrol this device", card)
        self.enrol_button.setObjectName("enrol-button")
        theme.make_primary(self.enrol_button)
        self.enrol_button.clicked.connect(self.enrol)
        column = QVBoxLayout(card)
        column.setSpacing(theme.em(self, 0.6))
        column.addStretch(1)
        column.addWidget(title)
        column.addWidget(intro)
        column.addLayout(form)
        column.addWidget(self.error)
        column.addWidget(self.enrol_button)
        column.addStretch(2)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(card, 3)
        outer.addStretch(1)

    def prepare(self, *, server: str) -> None:
        self.server.setText(server)
        self.error.clear()
        for field in (self.code, self.password, self.exit_pin, self.exit_pin_again):
            field.clear()

    def enrol(self) -> None:
        if self._busy:
            return
        pin, again = self.exit_pin.text(), self.exit_pin_again.text()
        if not kiosk_ops.valid_pin(pin):
            self.error.setText(f"The staff exit PIN must be {kiosk_ops.PIN_RULE}.")
            return
        if pin != again:
            self.error.setText("The two exit PINs differ.")
            return
        self.set_busy(True)
        store, now = self.ctx.store, self.ctx.now()
        server, name = self.server.text(), self.name.text()
        code, email, password = self.code.text(), self.email.text(), self.password.text()
        kiosk_ops.enrol(
            store=store,
            server=server,
            name=name,
            exit_pin=pin,
            code=code.strip() or None,
            email=email.strip() or None,
            password=password or None,
            now=now,
        ).success(self._done).failure(self._failed).run(self.ctx)

    def _done(self, kiosk: KioskRecord) -> None:
        self.set_busy(False)
        self.prepare(server=kiosk.server_url)
        self.enrolled.emit(kiosk)

    def _failed(self, exc: BaseException) -> None:
        self.fail(str(exc) or "Enrolment failed.")

    def fail(self, message: str) -> None:
        self.set_busy(False)
        self.error.setText(message)

    def set_busy(self, busy: bool, text: str = "Enrolling…") -> None:
        self._busy = busy
        self.enrol_button.setEnabled(not busy)
        self.enrol_button.setText(text if busy else "Enrol this device")
        if busy:
            self.error.clear()
