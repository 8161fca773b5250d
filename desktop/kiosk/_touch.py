"""Touch-sized building blocks of the kiosk's pages: buttons and fields a fingertip can hit,
message labels, page margins."""

from __future__ import annotations

import math
from typing import Final

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop import theme

__all__ = [
    "TOUCH_MIN",
    "TouchButton",
    "centred",
    "format_wait",
    "message_label",
    "page_layout",
    "touch_line_edit",
]


TOUCH_MIN: Final = 44
"""The smallest touch target, in device-independent pixels (WCAG 2.5.5, Apple HIG)."""


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


def touch_line_edit(parent: QWidget, *, placeholder: str, name: str) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setFont(theme.scaled_font(edit.font(), 1.25))
    edit.setMinimumHeight(max(TOUCH_MIN, theme.em(edit, 1.8)))
    edit.setPlaceholderText(placeholder)
    edit.setAccessibleName(name)
    return edit


def message_label(parent: QWidget, name: str) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setFont(theme.scaled_font(label.font(), 1.15))
    return label


def centred(item: QWidget | QLayout) -> QHBoxLayout:
    """A row holding ``item`` in the middle."""
    row = QHBoxLayout()
    row.addStretch(1)
    if isinstance(item, QLayout):
        row.addLayout(item)
    else:
        row.addWidget(item)
    row.addStretch(1)
    return row


def format_wait(seconds: float) -> str:
    seconds = max(0, math.ceil(seconds))
    return f"{seconds // 60}:{seconds % 60:02d}"


def page_layout(page: QWidget) -> QVBoxLayout:
    layout = QVBoxLayout(page)
    margin = theme.em(page, 1.5)
    layout.setContentsMargins(margin, margin, margin, margin)
    layout.setSpacing(theme.em(page, 0.6))
    return layout
