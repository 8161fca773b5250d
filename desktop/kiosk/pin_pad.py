"""The on-screen PIN pad the PIN page and the staff page share."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from desktop import a11y, theme
from desktop.context import AppContext
from desktop.errors import plain_message
from desktop.i18n import translate
from desktop.kiosk._touch import TOUCH_MIN, TouchButton, centred, message_label
from desktop.ops import kiosk as kiosk_ops
from desktop.ops.op import Op

__all__ = ["PinPad"]


_R = TypeVar("_R")


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
        self.message = message_label(self, "pin-message")
        grid = QGridLayout()
        grid.setSpacing(theme.em(self, 0.5))
        self.keys: dict[str, TouchButton] = {}
        for i, key in enumerate(["1", "2", "3", "4", "5", "6", "7", "8", "9", "⌫", "0", "OK"]):
            shown = translate("PinPad", "OK") if key == "OK" else key
            button = TouchButton(shown, self, scale=1.6)
            side = max(TOUCH_MIN, theme.em(button, 2.4))
            button.setFixedSize(round(side * 1.5), side)
            button.setObjectName(f"pin-key-{ {'⌫': 'back', 'OK': 'ok'}.get(key, key) }")
            button.setAccessibleName(
                {
                    "⌫": translate("PinPad", "Delete"),
                    "OK": translate("PinPad", "Sign in"),
                }.get(key, key)
            )
            button.clicked.connect(lambda _=False, k=key: self._key(k))
            grid.addWidget(button, i // 3, i % 3)
            self.keys[key] = button
        theme.make_primary(self.keys["OK"])
        layout = QVBoxLayout(self)
        layout.setSpacing(theme.em(self, 0.6))
        layout.addWidget(self.dots)
        layout.addLayout(centred(grid))
        layout.addWidget(self.message)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # digits, Backspace and Enter typed
        self.setAccessibleName(translate("PinPad", "PIN pad"))
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
        self.message.setText(translate("PinPad", "Checking…"))
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
                self.clear(
                    translate("PinPad", "The PIN could not be checked: {error}").format(
                        error=plain_message(exc)
                    )
                )

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
        a11y.set_live_text(self.message, message)
        if message:
            a11y.announce(self.message, message, assertive=True)

    def set_enabled_keys(self, enabled: bool) -> None:
        for button in self.keys.values():
            button.setEnabled(enabled)
        ok = self.keys["OK"]
        if enabled:
            theme.make_primary(ok)
        else:  # the accent colour would make a disabled OK look usable
            theme.clear_colors(ok)

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
        # What a reader says is the count, never the digits (nor the dots); the pad, which
        # has the focus while digits are typed, says it too.
        count = (
            translate("PinPad", "%n digit(s) entered", n=len(self._pin))
            if self._pin
            else translate("PinPad", "No digits entered")
        )
        self.dots.setAccessibleName(count)
        self.setAccessibleDescription(count)
