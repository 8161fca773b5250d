"""The idle countdown that covers the screen before a student is signed out."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QFrame, QLabel, QVBoxLayout, QWidget

from desktop import a11y, theme
from desktop.i18n import translate
from desktop.kiosk._touch import TouchButton, centred

__all__ = ["CountdownOverlay"]

# Seconds left at which the countdown is said again (besides when it appears).
_SPOKEN_AT = frozenset({10, 5})


class CountdownOverlay(QFrame):
    """'Still there?' over the whole window; any touch cancels (through ``IdleMonitor``).

    When it appears it takes the keyboard focus ("I'm still here"; Tab stays on it while it
    is shown) and is announced to screen readers, again at 10 and 5 seconds; the seconds
    label's accessible name follows its text. When it goes, the focus goes back where it was.
    """

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("idle-countdown")
        self.setAutoFillBackground(True)
        # Opaque: text over a see-through shade would be measured against whatever is under.
        theme.set_colors(self, {QPalette.ColorRole.Window: "window"})
        self.title = theme.title_label(translate("CountdownOverlay", "Still there?"), 2.2, self)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.seconds = QLabel(self)
        self.seconds.setObjectName("idle-seconds")
        self.seconds.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.seconds.setFont(theme.scaled_font(self.seconds.font(), 1.6))
        self.hint = QLabel(translate("CountdownOverlay", "Touch anywhere to keep working."), self)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setFont(theme.scaled_font(self.hint.font(), 1.3))
        self.stay = TouchButton(translate("CountdownOverlay", "I'm still here"), self, scale=1.4)
        theme.make_primary(self.stay)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(self.title)
        layout.addWidget(self.seconds)
        layout.addWidget(self.hint)
        layout.addSpacing(theme.em(self, 1))
        layout.addLayout(centred(self.stay))
        layout.addStretch(3)
        self._focus_before: QWidget | None = None
        self.hide()

    def show_seconds(self, seconds: int) -> None:
        if seconds < 0:
            self._leave()
            return
        text = translate("CountdownOverlay", "Signing you out in %n second(s)", n=seconds)
        a11y.set_live_text(self.seconds, text)
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
        appearing = not self.isVisible()
        self.raise_()
        self.show()
        if appearing:
            focused = QApplication.focusWidget()
            self._focus_before = None if focused is None or self.isAncestorOf(focused) else focused
            self.stay.setFocus(Qt.FocusReason.OtherFocusReason)
            a11y.announce(
                self,
                translate(
                    "CountdownOverlay",
                    "Still there? Signing you out in %n second(s). "
                    "Touch anywhere or press any key to keep working.",
                    n=seconds,
                ),
                assertive=True,
            )
        elif seconds in _SPOKEN_AT:
            a11y.announce(self, text, assertive=True)

    def _leave(self) -> None:
        was_visible = self.isVisible()
        self.hide()
        before, self._focus_before = self._focus_before, None
        if was_visible and before is not None and before.isVisible() and before.isEnabled():
            before.setFocus(Qt.FocusReason.OtherFocusReason)

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: A002, N802 (Qt API)
        # While it covers the window, Tab stays on the overlay's own button.
        self.stay.setFocus(
            Qt.FocusReason.TabFocusReason if next else Qt.FocusReason.BacktabFocusReason
        )
        return True
