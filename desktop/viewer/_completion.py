"""The page after the last section: "Module complete" (or what is left) and the feedback form."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop import theme
from desktop.formats import duration_text, number_text
from desktop.i18n import translate
from desktop.viewer._session import ViewerTiming, ms
from desktop.viewer._widgets import em, scaled_font, scroll_body, set_muted

__all__ = ["CompletionPage", "FeedbackForm", "RatingRow", "format_duration"]


def format_duration(seconds: int) -> str:
    """Time spent in plain words: "less than a minute", "12 min", "1 h 05 min" (in the
    reader's language and digits)."""
    if seconds < 60:
        return translate("_completion", "less than a minute")
    return duration_text(seconds)


class RatingRow(QWidget):
    """Five radio buttons 1..5 between two end labels; arrow keys move within the row.

    ``value()`` is ``None`` until one is chosen; ``set_value(None)`` clears the row.
    """

    changed = Signal()

    def __init__(self, name: str, low: str, high: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(em(self) // 2)
        low_label = QLabel(low, self)
        set_muted(low_label)
        layout.addWidget(low_label)
        self.group = QButtonGroup(self)
        self.buttons: list[QRadioButton] = []
        for value in range(1, 6):
            button = QRadioButton(number_text(value), self)
            button.setAccessibleName(
                translate("RatingRow", "{name}: {value} of {top}").format(
                    name=name, value=number_text(value), top=number_text(5)
                )
            )
            self.group.addButton(button, value)
            self.buttons.append(button)
            layout.addWidget(button)
        high_label = QLabel(high, self)
        set_muted(high_label)
        layout.addWidget(high_label)
        layout.addStretch(1)
        self.group.idClicked.connect(lambda _value: self.changed.emit())

    def value(self) -> int | None:
        checked = self.group.checkedId()
        return checked if 1 <= checked <= 5 else None

    def set_value(self, value: int | None) -> None:
        if value is None:
            self.group.setExclusive(False)
            for button in self.buttons:
                button.setChecked(False)
            self.group.setExclusive(True)
        else:
            self.buttons[value - 1].setChecked(True)


MAX_COMMENT_CHARS = 4000
"""A feedback comment this long stays well inside an event's ``event_data`` limit (32 KB of
JSON, ``local_store.MAX_EVENT_DATA_BYTES``) whatever characters it holds."""


class FeedbackForm(QGroupBox):
    """Rating and difficulty (1-5, both optional), a comment and an anonymous toggle.

    ``saved(data)`` carries the whole record in the ``feedback`` event's shape;
    ``typed()`` is emitted once per burst of comment edits (``input_burst_seconds`` apart).
    """

    saved = Signal(object)
    typed = Signal(int)  # comment length

    def __init__(
        self, *, timing: ViewerTiming, preview: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(translate("FeedbackForm", "Your feedback (optional)"), parent)
        unit = em(self)
        layout = QVBoxLayout(self)
        layout.setSpacing(unit // 2)
        layout.setContentsMargins(unit, unit, unit, unit)
        intro = QLabel(
            translate(
                "FeedbackForm",
                "Tell the module's authors what worked and what did not. You can change your "
                "answers at any time.",
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        grid = QGridLayout()
        grid.setHorizontalSpacing(unit)
        grid.setVerticalSpacing(unit // 2)
        self.rating = RatingRow(
            translate("FeedbackForm", "Overall rating"),
            translate("FeedbackForm", "Poor"),
            translate("FeedbackForm", "Excellent"),
            self,
        )
        self.difficulty = RatingRow(
            translate("FeedbackForm", "Difficulty"),
            translate("FeedbackForm", "Very easy"),
            translate("FeedbackForm", "Very hard"),
            self,
        )
        rating_label = QLabel(translate("FeedbackForm", "How useful was it?"), self)
        difficulty_label = QLabel(translate("FeedbackForm", "How difficult was it?"), self)
        grid.addWidget(rating_label, 0, 0)
        grid.addWidget(self.rating, 0, 1)
        grid.addWidget(difficulty_label, 1, 0)
        grid.addWidget(self.difficulty, 1, 1)
        grid.setColumnStretch(1, 1)
        layout.addLayout(grid)

        comment_label = QLabel(translate("FeedbackForm", "Comment"), self)
        layout.addWidget(comment_label)
        self.comment = QPlainTextEdit(self)
        self.comment.setTabChangesFocus(True)  # Tab leaves the box: keyboard users get out
        self.comment.setPlaceholderText(
            translate("FeedbackForm", "Anything that was unclear, missing or especially good")
        )
        self.comment.setAccessibleName(translate("FeedbackForm", "Comment"))
        self.comment.setFixedHeight(unit * 5)
        comment_label.setBuddy(self.comment)
        layout.addWidget(self.comment)

        self.anonymous = QCheckBox(
            translate("FeedbackForm", "Send anonymously (faculty see the feedback, not your name)")
        )
        layout.addWidget(self.anonymous)

        row = QHBoxLayout()
        self.save_button = theme.make_primary(
            QPushButton(translate("FeedbackForm", "Save feedback"), self)
        )
        self.save_button.setAutoDefault(False)
        self.save_button.setDefault(False)
        self.save_button.clicked.connect(self._save)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        row.addWidget(self.save_button)
        row.addWidget(self.status, 1)
        layout.addLayout(row)

        self._preview = preview
        if preview:
            self.save_button.setEnabled(False)
            self.status.setText(translate("FeedbackForm", "Preview: feedback is not saved."))

        self._burst = QTimer(self)
        self._burst.setSingleShot(True)
        self._burst.setInterval(ms(timing.input_burst_seconds))
        self._burst.timeout.connect(self._end_burst)
        self._loading = False
        self._dirty = False
        self.comment.textChanged.connect(self._on_text_changed)
        self.rating.changed.connect(self._mark_dirty)
        self.difficulty.changed.connect(self._mark_dirty)
        self.anonymous.toggled.connect(lambda _checked: self._mark_dirty())

    def data(self) -> dict[str, Any]:
        comment = self.comment.toPlainText().strip()
        return {
            "rating": self.rating.value(),
            "difficulty_rating": self.difficulty.value(),
            "comment": comment or None,
            "is_anonymous": self.anonymous.isChecked(),
        }

    @property
    def dirty(self) -> bool:
        """Edited since the last ``load`` or save."""
        return self._dirty

    def load(self, feedback: Mapping[str, Any] | None, *, keep_draft: bool = False) -> None:
        """Fill the form from a feedback record in the event's shape (or clear it).

        With ``keep_draft`` an unsaved edit stays as it is (the student left the page and
        came back).
        """
        if keep_draft and self._dirty:
            return
        values = feedback or {}
        self._loading = True
        try:
            self.rating.set_value(values.get("rating"))
            self.difficulty.set_value(values.get("difficulty_rating"))
            self.comment.setPlainText(values.get("comment") or "")
            self.anonymous.setChecked(bool(values.get("is_anonymous", False)))
        finally:
            self._loading = False
        self._dirty = False
        if not self._preview:
            self.status.setText(
                translate("FeedbackForm", "Saved. You can change your feedback at any time.")
                if feedback
                else ""
            )

    def flush(self) -> None:
        """End a pending typing burst now (the page is left or the viewer closes)."""
        if self._burst.isActive():
            self._end_burst()

    def stop(self) -> None:
        self._burst.stop()

    def _on_text_changed(self) -> None:
        if self._loading:
            return
        self._mark_dirty()
        self._burst.start()

    def _end_burst(self) -> None:
        self._burst.stop()
        self.typed.emit(len(self.comment.toPlainText()))

    def _mark_dirty(self) -> None:
        if self._loading:
            return
        self._dirty = True
        if not self._preview:
            self.status.setText(translate("FeedbackForm", "Not saved yet."))

    def _save(self) -> None:
        self.flush()
        length = len(self.comment.toPlainText().strip())
        if length > MAX_COMMENT_CHARS:
            self.status.setText(
                translate(
                    "FeedbackForm",
                    "Your comment is {length} characters long: shorten it to {most} or fewer "
                    "to save it.",
                ).format(length=number_text(length), most=number_text(MAX_COMMENT_CHARS))
            )
            return
        self._dirty = False
        self.saved.emit(self.data())


class CompletionPage(QScrollArea):
    """ "Module complete" with the time spent, back/review buttons and the feedback form.

    While the module is not complete yet it lists the sections still to do instead (each a
    button that opens it) and hides the form.
    """

    back_requested = Signal()
    section_requested = Signal(int)

    def __init__(
        self, *, timing: ViewerTiming, preview: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Not a Tab stop: Page Up / Page Down scroll it, Tab scrolls to each control.
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        body, layout = scroll_body()
        unit = em(body)

        layout.setContentsMargins(0, unit // 2, unit, unit)
        layout.setSpacing(unit // 2)
        self.heading = QLabel(body)
        self.heading.setFont(scaled_font(self.font(), 1.6, bold=True))
        self.heading.setWordWrap(True)
        self.summary = QLabel(body)
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)

        self.remaining_box = QWidget(body)
        self.remaining_layout = QVBoxLayout(self.remaining_box)
        self.remaining_layout.setContentsMargins(0, 0, 0, 0)
        self.remaining_layout.setSpacing(unit // 4)
        layout.addWidget(self.remaining_box)

        buttons = QHBoxLayout()
        buttons.setSpacing(unit // 2)
        self.back_button = QPushButton(translate("CompletionPage", "Back to my modules"), body)
        self.back_button.setAutoDefault(False)
        self.back_button.clicked.connect(self.back_requested)
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        layout.addSpacing(unit // 2)
        layout.addLayout(buttons)
        layout.addSpacing(unit)

        self.form = FeedbackForm(timing=timing, preview=preview, parent=body)
        self.form.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.form.setMaximumWidth(unit * 40)
        layout.addWidget(self.form)
        layout.addStretch(1)
        self.setWidget(body)
        self._remaining_buttons: list[QPushButton] = []

    def show_state(
        self,
        *,
        module_title: str,
        complete: bool,
        total_seconds: int,
        remaining: list[tuple[int, str]],
    ) -> None:
        """Update the texts: complete (with time) or the list of sections still to do."""
        for button in self._remaining_buttons:
            button.deleteLater()
        self._remaining_buttons = []
        if complete:
            self.heading.setText(translate("CompletionPage", "Module complete"))
            summary = translate("CompletionPage", "Well done: you finished “{title}”.").format(
                title=module_title
            )
            if total_seconds:
                spent = translate("CompletionPage", "You spent {time} on it.")
                summary = f"{summary} {spent.format(time=format_duration(total_seconds))}"
            self.summary.setText(summary)
            self.remaining_box.hide()
            self.form.show()
            return
        self.heading.setText(translate("CompletionPage", "Almost there"))
        self.summary.setText(
            translate("CompletionPage", "Sections still to complete in “{title}”: {count}").format(
                title=module_title, count=number_text(len(remaining))
            )
        )
        for number, title in remaining:
            button = QPushButton(
                translate("CompletionPage", "{number}. {title}").format(
                    number=number_text(number), title=title
                ),
                self.remaining_box,
            )
            button.setAutoDefault(False)
            button.setFlat(True)
            button.setStyleSheet("text-align: left;")
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.clicked.connect(lambda _checked=False, n=number: self.section_requested.emit(n))
            self.remaining_layout.addWidget(button)
            self._remaining_buttons.append(button)
        self.remaining_box.show()
        self.form.hide()
