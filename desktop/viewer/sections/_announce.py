"""Tell a screen reader about a result the student did not move the focus to.

A private stand-in for the shared ``desktop.a11y.announce`` (same signature), so the Phase 2
pages do not depend on it while both are written; the integrator points this at it.
"""

from __future__ import annotations

from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QWidget

__all__ = ["announce"]


def announce(widget: QWidget, text: str, *, assertive: bool = False) -> None:
    """Ask assistive technology to speak ``text`` on behalf of ``widget`` (polite: after what
    it is saying; ``assertive``: at once). Nothing is sent for empty text."""
    text = text.strip()
    if not text:
        return
    event = QAccessibleAnnouncementEvent(widget, text)
    event.setPoliteness(
        QAccessible.AnnouncementPoliteness.Assertive
        if assertive
        else QAccessible.AnnouncementPoliteness.Polite
    )
    QAccessible.updateAccessibility(event)
