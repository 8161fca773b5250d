"""Accessibility helpers: spoken announcements and live labels.

``announce(widget, text)`` asks screen readers to say ``text`` now, wherever the focus is
(``QAccessibleAnnouncementEvent``, Qt >= 6.8; with an older Qt it does nothing).
Polite announcements wait for the reader to finish; ``assertive=True`` interrupts (the kiosk
countdown, errors). Every announcement also goes to the listeners added with
``add_listener`` (tests, a log), also when no screen reader is running.

``set_live_text(label, text)`` sets a label's text and makes the same words its accessible
name, so a reader says "Online" rather than a fixed "Connection status"; use it wherever such
a label's text changes.

``focus_next(window, forward)`` is the app windows' Tab: it walks the window's focus chain
and stops only on controls themselves, never on containers that pass their focus on
(``focusProxy``). Qt's own walk stops on such a container and jumps to its proxy, which
sent Tab in the module viewer round between the page and Next for ever.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QScrollArea, QWidget

__all__ = [
    "Listener",
    "add_listener",
    "announce",
    "focus_next",
    "remove_listener",
    "set_live_text",
    "tab_stops",
]

log = logging.getLogger("frames.desktop.a11y")

Listener = Callable[[QWidget, str, bool], None]
"""``listener(widget, text, assertive)``, called for every announcement."""

_listeners: list[Listener] = []

try:  # Qt >= 6.8
    from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
except ImportError:  # pragma: no cover - an older Qt: announcements are not available
    QAccessible = None  # type: ignore[assignment,misc]
    QAccessibleAnnouncementEvent = None  # type: ignore[assignment,misc]


def add_listener(listener: Listener) -> None:
    _listeners.append(listener)


def remove_listener(listener: Listener) -> None:
    if listener in _listeners:
        _listeners.remove(listener)


def announce(widget: QWidget, text: str, *, assertive: bool = False) -> None:
    """Have screen readers say ``text`` (from ``widget``'s place in the app) right away."""
    text = text.strip()
    if not text:
        return
    for listener in list(_listeners):
        listener(widget, text, assertive)
    if QAccessibleAnnouncementEvent is None or QAccessible is None:
        return
    event = QAccessibleAnnouncementEvent(widget, text)
    event.setPoliteness(
        QAccessible.AnnouncementPoliteness.Assertive
        if assertive
        else QAccessible.AnnouncementPoliteness.Polite
    )
    try:
        QAccessible.updateAccessibility(event)
    except RuntimeError:  # the widget is being destroyed: nothing to say it from
        log.debug("announcement dropped: %s", text)


def set_live_text(label: QLabel, text: str) -> None:
    """Set ``label``'s text and make it its accessible name (what a reader says)."""
    label.setText(text)
    label.setAccessibleName(_plain(text))


def _plain(text: str) -> str:
    """Rich text as a reader would say it (tags dropped, entities decoded)."""
    if "<" not in text and "&" not in text:
        return text
    from PySide6.QtGui import QTextDocumentFragment

    return QTextDocumentFragment.fromHtml(text).toPlainText()


def tab_stops(window: QWidget) -> list[QWidget]:
    """The window's Tab stops in focus-chain order: shown, enabled widgets whose focus
    policy includes Tab and that take the focus themselves (no ``focusProxy``)."""
    stops: list[QWidget] = []
    widget = window.nextInFocusChain()
    for _ in range(100_000):  # the chain is a ring; this only guards against a broken one
        if widget is None or widget is window:
            break
        # (Cheap tests first: asking every widget of the chain for its window or proxy
        # makes Python wrappers of Qt's internal widgets, which crashed PySide 6.11 later.)
        if (
            widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and widget.isVisible()
            and widget.isEnabled()
            and window.isAncestorOf(widget)
            and widget.focusProxy() is None
        ):
            stops.append(widget)
        widget = widget.nextInFocusChain()
    return stops


def focus_next(window: QWidget, forward: bool) -> bool:
    """Move the focus to the next (``forward``) or previous Tab stop of ``window``, round
    the ends; ``False`` when the focus is not on one of its stops (Qt's walk then decides)."""
    stops = tab_stops(window)
    current = window.focusWidget()
    if current is None or current not in stops:
        return False
    target = stops[(stops.index(current) + (1 if forward else -1)) % len(stops)]
    reason = Qt.FocusReason.TabFocusReason if forward else Qt.FocusReason.BacktabFocusReason
    target.setFocus(reason)
    parent = target.parentWidget()
    while parent is not None and parent is not window:  # scroll it into view
        if isinstance(parent, QScrollArea):
            parent.ensureWidgetVisible(target)
        parent = parent.parentWidget()
    return True
