"""The ``guided_struggle`` section: a problem, an answer box, and a study buddy to talk to.

The problem statement is the section's markdown; ``section_config`` (a
``GuidedStruggleConfig``) says how answers are checked and what the buddy may say. The
buddy's rules are pure (``sync.rules.buddy``): this page only shows what it says and feeds it
what happened (opened, an answer checked, a hint asked for, a message, time passing while the
page is shown). A config that cannot be read shows a card instead.

Completion: ``complete_requested("criteria")`` when the student solves it (the viewer asks the
fold whether the section's criteria are met). Records, beyond what every page records:

``solution_attempted``
    ``{"correct": bool, "attempt": n, "answer": normalised (at most 200 chars)}`` for each
    checked answer (input that is not an answer at all, say "abc" for a number, is none).
``buddy_message``
    ``{"kind": ..., "length": n}`` (plus ``"hint_index"`` for hints) for each thing the buddy
    says.
``hint_used``
    ``{"hint_index": i, "level": ..., "source": "asked" | "offered"}`` for each hint shown:
    ``asked`` by the button or a chat message, ``offered`` by the buddy after wrong attempts.
``student_message``
    ``{"length": n, "intent": ...}`` (``sync.rules.buddy.Intent``). Never the text itself.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Final, Literal

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QFontMetrics, QKeyEvent, QPalette, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.a11y import announce
from desktop.i18n import translate
from desktop.theme import danger, success
from desktop.viewer._session import CodeSource, ViewerSession, ViewerTiming, ms
from desktop.viewer._widgets import (
    MarkdownLabel,
    MessageCard,
    WrappingRadioButton,
    em,
    scaled_font,
    scroll_body,
    set_muted,
)
from desktop.viewer._words import phrase_text
from desktop.viewer.sections.base import SectionType, SectionView
from local_store.records import SectionRecord
from sync.rules.buddy import (
    MAX_ANSWER_CHARS,
    MAX_NUMBER_CHARS,
    MAX_STUDENT_CHARS,
    AnswerCheck,
    Buddy,
    BuddyMessage,
    check_answer,
    match_intent,
)
from sync.rules.section_config import GuidedStruggleConfig
from sync.rules.sections import Trigger

__all__ = [
    "BUDDY_MESSAGE_EVENT",
    "HINT_USED_EVENT",
    "SECTION_TYPE",
    "SOLUTION_ATTEMPTED_EVENT",
    "STUDENT_MESSAGE_EVENT",
    "ChatBubble",
    "GuidedStruggleSectionView",
    "attempts_line",
    "hint_heading",
]

SOLUTION_ATTEMPTED_EVENT: Final = "solution_attempted"
BUDDY_MESSAGE_EVENT: Final = "buddy_message"
HINT_USED_EVENT: Final = "hint_used"
STUDENT_MESSAGE_EVENT: Final = "student_message"
MAX_RECORDED_ANSWER: Final = 200
TICK_FACTOR: Final = 5
"""The buddy is ticked every ``TICK_FACTOR`` viewer ticks (5 s by default) while shown."""
BUBBLE_WIDTH: Final = 0.82
"""A bubble is at most this share of the chat's width."""


def attempts_line(attempts: int, hints: int) -> str:
    """ "2 attempts · 1 hint used" (``"No attempts yet"`` before anything happened)."""
    if attempts == 0 and hints == 0:
        return translate("guided_struggle", "No attempts yet")
    return translate("guided_struggle", "{attempts} · {hints}").format(
        attempts=translate("guided_struggle", "%n attempt(s)", n=attempts),
        hints=translate("guided_struggle", "%n hint(s) used", n=hints),
    )


def hint_heading(index: int, total: int, level: str | None) -> str:
    """ "Hint 1 of 3 · nudge" (``index`` 0-based)."""
    heading = translate("guided_struggle", "Hint {i} of {n}").format(i=index + 1, n=total)
    return f"{heading} · {level.replace('_', ' ')}" if level else heading


def _blend(base: QColor, over: QColor, amount: float) -> QColor:
    return QColor(
        round(base.red() + (over.red() - base.red()) * amount),
        round(base.green() + (over.green() - base.green()) * amount),
        round(base.blue() + (over.blue() - base.blue()) * amount),
    )


class _BubbleText(QLabel):
    """A word-wrapping label as wide as its text, up to its maximum width (a plain
    ``QLabel`` guesses a narrow width for wrapped text, making tall thin bubbles)."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setTextFormat(Qt.TextFormat.PlainText)  # never markup from a student
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        metrics = QFontMetrics(self.font())
        natural = max(
            (metrics.horizontalAdvance(line) for line in self.text().splitlines()), default=0
        )
        width = min(natural + metrics.averageCharWidth(), self.maximumWidth())
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        width = min(QFontMetrics(self.font()).averageCharWidth() * 8, self.maximumWidth())
        return QSize(width, self.heightForWidth(width))


class ChatBubble(QFrame):
    """One message of the chat: the buddy's on the left on a neutral tint, the student's on
    the right on an accent tint, text in the palette's text colour (readable in light and
    dark palettes); a hint has a bold heading ("Hint 1 of 3 · nudge") and an accent edge."""

    def __init__(
        self,
        text: str,
        *,
        mine: bool,
        speaker: str,
        heading: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.mine = mine
        self.setObjectName("chatBubble")
        palette = self.palette()
        base = palette.color(QPalette.ColorRole.Base)
        ink = palette.color(QPalette.ColorRole.Text)
        accent = palette.color(QPalette.ColorRole.Highlight)
        fill = _blend(base, accent, 0.16) if mine else _blend(base, ink, 0.07)
        unit = em(self)
        radius = max(4, unit // 2)
        self._edge = max(3, unit // 5) if heading else 0
        edge = f"border-left: {self._edge}px solid {accent.name()};" if heading else ""
        self.setStyleSheet(
            f"QFrame#chatBubble {{ background: {fill.name()}; border-radius: {radius}px; {edge} }}"
        )
        layout = QVBoxLayout(self)
        self._padding = round(unit * 0.8)
        layout.setContentsMargins(self._padding, unit // 2, self._padding, unit // 2)
        layout.setSpacing(unit // 6)
        self.heading_label: QLabel | None = None
        if heading:
            self.heading_label = QLabel(heading, self)
            self.heading_label.setFont(scaled_font(self.font(), 0.9, bold=True))
            layout.addWidget(self.heading_label)
        self.text_label = _BubbleText(text, self)
        layout.addWidget(self.text_label)
        for label in (self.heading_label, self.text_label):
            if label is not None:
                label_palette = label.palette()
                label_palette.setColor(QPalette.ColorRole.WindowText, ink)
                label.setPalette(label_palette)
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        said = (
            translate("ChatBubble", "{heading}: {text}").format(heading=heading, text=text)
            if heading
            else text
        )
        self.setAccessibleName(
            translate("ChatBubble", "{speaker}: {said}").format(speaker=speaker, said=said)
        )

    def text(self) -> str:
        return self.text_label.text()

    def set_width_limit(self, width: int) -> None:
        """At most ``width`` wide (the text wraps within it)."""
        inner = max(1, width - 2 * self._padding - self._edge)
        if self.text_label.maximumWidth() != inner:
            self.text_label.setMaximumWidth(inner)
            if self.heading_label is not None:
                self.heading_label.setMaximumWidth(inner)
            self.updateGeometry()

    def heading(self) -> str | None:
        return None if self.heading_label is None else self.heading_label.text()


class _EnterChecks(QObject):
    """Enter on a choice checks the answer (radio buttons ignore Enter themselves)."""

    def __init__(self, view: GuidedStruggleSectionView) -> None:
        super().__init__(view)
        self._view = view

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._view.check()
                return True
        return False


class _OnResize(QObject):
    """Calls ``then`` after the watched widget is resized (the chat's viewport: bubbles
    keep to a share of its width, whether the window or the splitter moved)."""

    def __init__(self, parent: QObject, then: Callable[[], None]) -> None:
        super().__init__(parent)
        self._then = then

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.Resize:
            self._then()
        return False


class GuidedStruggleSectionView(SectionView):
    """The problem and answer area (left, scrolling) beside the study buddy's chat (right;
    below it in a narrow window). ``buddy`` is ``None`` when the config cannot be read
    (``error`` says why and a card shows it).

    Invariants: once ``buddy.solved`` the answer area is locked ("Solved ✓") and
    ``complete_requested("criteria")`` has been emitted once (unless it was restored solved).
    """

    criteria_aware = True

    def __init__(
        self,
        section: SectionRecord,
        *,
        session: ViewerSession,
        timing: ViewerTiming,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(section, session=session, timing=timing, parent=parent)
        self.config, self.error = self.read_config(GuidedStruggleConfig)
        self.buddy: Buddy | None = None if self.config is None else Buddy(self.config)
        self.bubbles: list[ChatBubble] = []
        self._follow_chat = True
        self._split_done = False
        unit = em(self)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setHandleWidth(max(6, unit // 2))
        outer.addWidget(self.splitter)

        self.area = self._scroll_area()
        self.area.setAccessibleName(translate("GuidedStruggleSectionView", "Problem and answer"))
        body, layout = scroll_body()
        layout.setContentsMargins(unit, unit // 2, unit, unit)
        layout.setSpacing(unit // 2)
        self.problem_text = MarkdownLabel(section.content, body)
        self.problem_text.setAccessibleName(translate("GuidedStruggleSectionView", "Problem"))
        self.problem_text.link_activated.connect(self.link_activated)
        layout.addWidget(self.problem_text)
        self.splitter.addWidget(self.area)

        self.card: MessageCard | None = None
        self.answer_edit: QLineEdit | None = None
        self.unit_label: QLabel | None = None
        self.choices: list[QRadioButton] = []
        self.choice_group: QButtonGroup | None = None
        if self.config is None:
            self.card = self.config_problem_card("problem", self.error, body)
            layout.addWidget(self.card)
            layout.addStretch(1)
            self.area.setWidget(body)
            self.setFocusProxy(self.card)
            return

        config = self.config
        self.buddy_name = config.buddy_name
        layout.addSpacing(unit // 2)
        answer_heading = QLabel(translate("GuidedStruggleSectionView", "Your answer"), body)
        answer_heading.setFont(scaled_font(answer_heading.font(), 1.05, bold=True))
        layout.addWidget(answer_heading)
        self.check_button = QPushButton(
            translate("GuidedStruggleSectionView", "Check answer"), body
        )
        self.check_button.setAccessibleName(self.check_button.text())
        self.check_button.clicked.connect(self.check)
        if config.problem_type == "multiple_choice":
            self.choice_group = QButtonGroup(self)
            enter = _EnterChecks(self)
            for index, choice in enumerate(config.choices):
                radio = WrappingRadioButton(choice, body)
                radio.installEventFilter(enter)
                self.choice_group.addButton(radio, index)
                self.choices.append(radio)
                layout.addWidget(radio)
            self.choice_group.idToggled.connect(lambda *_: self._clear_problem())
            row = QHBoxLayout()
            row.addWidget(self.check_button)
            row.addStretch(1)
            layout.addLayout(row)
            answer_heading.setBuddy(self.choices[0])
            self.setFocusProxy(self.choices[0])
            # Check answer was made first: Tab reaches it after the choices, as shown.
            QWidget.setTabOrder(self.choices[-1], self.check_button)
        else:
            row = QHBoxLayout()
            row.setSpacing(unit // 2)
            self.answer_edit = QLineEdit(body)
            number = config.problem_type == "number"
            self.answer_edit.setMaxLength(MAX_NUMBER_CHARS if number else MAX_ANSWER_CHARS)
            self.answer_edit.setPlaceholderText(
                translate("GuidedStruggleSectionView", "For example 4.7")
                if number
                else translate("GuidedStruggleSectionView", "Your answer")
            )
            name = (
                translate("GuidedStruggleSectionView", "Your answer in {unit}").format(
                    unit=config.unit
                )
                if config.unit
                else translate("GuidedStruggleSectionView", "Your answer")
            )
            self.answer_edit.setAccessibleName(name)
            self.answer_edit.returnPressed.connect(self.check)
            self.answer_edit.textEdited.connect(lambda _text: self._clear_problem())
            if number:
                self.answer_edit.setMaximumWidth(unit * 12)
            row.addWidget(self.answer_edit, 0 if number else 1)
            if config.unit:
                self.unit_label = QLabel(config.unit, body)
                self.unit_label.setAccessibleName(
                    translate("GuidedStruggleSectionView", "Unit: {unit}").format(unit=config.unit)
                )
                row.addWidget(self.unit_label)
            row.addSpacing(unit // 2)
            row.addWidget(self.check_button)
            if number:
                row.addStretch(1)
            layout.addLayout(row)
            answer_heading.setBuddy(self.answer_edit)
            self.setFocusProxy(self.answer_edit)
            # Check answer was made first: Tab reaches it after the box, as shown.
            QWidget.setTabOrder(self.answer_edit, self.check_button)
        self.problem_label = QLabel(body)
        self.problem_label.setWordWrap(True)
        self.problem_label.setAccessibleDescription(
            translate("GuidedStruggleSectionView", "Answer problem")
        )
        palette = self.problem_label.palette()
        palette.setColor(QPalette.ColorRole.WindowText, danger(palette))
        self.problem_label.setPalette(palette)
        self.problem_label.hide()
        layout.addWidget(self.problem_label)
        self.status_label = QLabel(body)
        self.status_label.setAccessibleDescription(
            translate("GuidedStruggleSectionView", "Attempts and hints")
        )
        set_muted(self.status_label)
        layout.addWidget(self.status_label)
        self.solved_label = QLabel(translate("GuidedStruggleSectionView", "Solved ✓"), body)
        self.solved_label.setAccessibleName(translate("GuidedStruggleSectionView", "Solved"))
        self.solved_label.setFont(scaled_font(self.solved_label.font(), 1.15, bold=True))
        palette = self.solved_label.palette()
        palette.setColor(QPalette.ColorRole.WindowText, success(palette))
        self.solved_label.setPalette(palette)
        self.solved_label.hide()
        layout.addWidget(self.solved_label)
        self.explanation_label = QLabel(config.explanation or "", body)
        self.explanation_label.setTextFormat(Qt.TextFormat.PlainText)
        self.explanation_label.setWordWrap(True)
        self.explanation_label.setAccessibleDescription(
            translate("GuidedStruggleSectionView", "Explanation")
        )
        self.explanation_label.hide()
        layout.addWidget(self.explanation_label)
        layout.addStretch(1)
        self.area.setWidget(body)

        self.splitter.addWidget(self._build_chat(config, unit))
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)

        self._tick_timer = QTimer(self)
        self._tick_timer.setInterval(ms(timing.tick_seconds * TICK_FACTOR))
        self._tick_timer.timeout.connect(self._on_tick)
        self._open_timer = QTimer(self)
        self._open_timer.setSingleShot(True)
        self._open_timer.setInterval(0)  # after the viewer records the section_view
        self._open_timer.timeout.connect(self._on_opened)
        self._update_status()
        if isinstance(session, CodeSource) and not session.preview:
            counts = session.section_counts(section.section_number)
            if counts:  # worked on before, here or on another device
                self.restore(
                    solved=counts.get("solved", 0) > 0,
                    attempts=counts.get(SOLUTION_ATTEMPTED_EVENT, 0),
                    hints_used=counts.get(HINT_USED_EVENT, 0),
                )

    def _build_chat(self, config: GuidedStruggleConfig, unit: int) -> QWidget:
        panel = QFrame(self)
        panel.setObjectName("buddyPanel")
        column = QVBoxLayout(panel)
        column.setContentsMargins(unit // 2, unit // 2, unit, unit)
        column.setSpacing(unit // 2)
        title = QLabel(
            translate("GuidedStruggleSectionView", "Study buddy · {name}").format(
                name=config.buddy_name
            ),
            panel,
        )
        title.setFont(scaled_font(title.font(), 1.05, bold=True))
        column.addWidget(title)

        self.chat_area = QScrollArea(panel)
        self.chat_area.setWidgetResizable(True)
        self.chat_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.chat_area.setAccessibleName(
            translate("GuidedStruggleSectionView", "Conversation with {name}").format(
                name=config.buddy_name
            )
        )
        self.chat_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        chat_body, self.chat_layout = scroll_body()
        chat_body.setObjectName("chatBody")
        chat_body.setAutoFillBackground(True)
        chat_palette = chat_body.palette()
        chat_palette.setColor(
            QPalette.ColorRole.Window, chat_palette.color(QPalette.ColorRole.Base)
        )
        chat_body.setPalette(chat_palette)
        self.chat_layout.setContentsMargins(unit // 2, unit // 2, unit // 2, unit // 2)
        self.chat_layout.setSpacing(unit // 2)
        self.chat_layout.addStretch(1)  # messages gather at the bottom, as in any chat
        self.chat_area.setWidget(chat_body)
        self.chat_area.verticalScrollBar().rangeChanged.connect(self._on_chat_range)
        self.chat_area.verticalScrollBar().valueChanged.connect(self._on_chat_scrolled)
        self.chat_area.viewport().installEventFilter(_OnResize(self, self._refit_bubbles))
        column.addWidget(self.chat_area, 1)

        self.hint_button = QPushButton(
            translate("GuidedStruggleSectionView", "Give me a hint"), panel
        )
        self.hint_button.setAccessibleName(self.hint_button.text())
        self.hint_button.clicked.connect(self.ask_hint)
        hint_row = QHBoxLayout()
        hint_row.addWidget(self.hint_button)
        hint_row.addStretch(1)
        column.addLayout(hint_row)

        send_row = QHBoxLayout()
        send_row.setSpacing(unit // 2)
        self.chat_edit = QLineEdit(panel)
        self.chat_edit.setMaxLength(MAX_STUDENT_CHARS)
        self.chat_edit.setPlaceholderText(
            translate("GuidedStruggleSectionView", "Ask {name} something…").format(
                name=config.buddy_name
            )
        )
        self.chat_edit.setAccessibleName(
            translate("GuidedStruggleSectionView", "Message to {name}").format(
                name=config.buddy_name
            )
        )
        self.chat_edit.returnPressed.connect(self.send)
        self.send_button = QPushButton(translate("GuidedStruggleSectionView", "Send"), panel)
        self.send_button.setAccessibleName(
            translate("GuidedStruggleSectionView", "Send message to {name}").format(
                name=config.buddy_name
            )
        )
        self.send_button.clicked.connect(self.send)
        send_row.addWidget(self.chat_edit, 1)
        send_row.addWidget(self.send_button)
        column.addLayout(send_row)
        panel.setMinimumWidth(unit * 14)
        return panel

    # -- what the viewer asks ------------------------------------------------------------

    @property
    def solved(self) -> bool:
        return self.buddy is not None and self.buddy.solved

    def hint(self, complete: bool) -> str:
        if self.buddy is None:
            return self.config_problem_hint("problem")
        if complete or self.buddy.solved:
            return translate("GuidedStruggleSectionView", "Solved.")
        return translate("GuidedStruggleSectionView", "Solve the problem to complete this section.")

    def activate(self) -> None:
        super().activate()
        if self.buddy is not None:
            self._open_timer.start()
            self._tick_timer.start()

    def deactivate(self) -> None:
        super().deactivate()
        if self.buddy is not None:
            self._open_timer.stop()
            self._tick_timer.stop()

    def shutdown(self) -> None:
        super().shutdown()
        if self.buddy is not None:
            self._open_timer.stop()
            self._tick_timer.stop()

    def restore(self, solved: bool, attempts: int, hints_used: int) -> None:
        """Show the problem as worked on earlier: solved (locked) or not, the counts, and the
        hints already given. Records nothing."""
        if self.config is None:
            return
        self.buddy = Buddy.resumed(
            self.config, solved=solved, attempts=attempts, hints_used=hints_used
        )
        self._clear_chat()
        for message in self.buddy.given_hints():
            self._show_buddy(message)
        if solved:
            self._lock()
        self._update_status()
        self.state_changed.emit()

    # -- what the student does -------------------------------------------------------------

    def check(self) -> None:
        """Check the answer in the box (or the chosen choice)."""
        buddy, config = self.buddy, self.config
        if buddy is None or config is None or buddy.solved:
            return
        if self.choice_group is not None:
            chosen = self.choice_group.checkedId()
            raw = "" if chosen < 0 else str(chosen)
            shown = config.choices[chosen] if chosen >= 0 else ""
        else:
            raw = self.answer_edit.text() if self.answer_edit is not None else ""
            shown = raw.strip()
        result: AnswerCheck = check_answer(config, raw)
        if result.problem is not None:
            problem = (
                phrase_text(result.problem_phrase)
                if result.problem_phrase is not None
                else result.problem
            )
            self.problem_label.setText(problem)
            self.problem_label.show()
            announce(self, problem, assertive=True)
            return  # not an attempt: nothing recorded, the buddy says nothing
        self._clear_problem()
        self._show_student(
            translate("GuidedStruggleSectionView", "My answer: {answer}").format(
                answer=shown[:MAX_RECORDED_ANSWER]
            )
        )
        if buddy.attempts > 0:  # another try after a wrong answer
            self.record_requested.emit("retry", {"after": SOLUTION_ATTEMPTED_EVENT})
        said = buddy.attempted(self._now(), result)
        self.record_requested.emit(
            SOLUTION_ATTEMPTED_EVENT,
            {
                "correct": result.correct,
                "attempt": buddy.attempts,
                "answer": result.normalised[:MAX_RECORDED_ANSWER],
            },
        )
        self._say(said, source="offered")
        self._update_status()
        if result.correct:
            self._lock()
            announce(self, self.solved_label.text(), assertive=True)
            self.state_changed.emit()
            self.complete_requested.emit(Trigger.CRITERIA.value)
        elif self.answer_edit is not None:
            self.answer_edit.selectAll()

    def ask_hint(self) -> None:
        """The "Give me a hint" button."""
        if self.buddy is None:
            return
        self._say(self.buddy.asked_hint(self._now()), source="asked")
        self._update_status()

    def send(self) -> None:
        """Send the chat box's text to the buddy."""
        if self.buddy is None or self.config is None:
            return
        text = self.chat_edit.text()[:MAX_STUDENT_CHARS]
        if not text.strip():
            return
        intent, _ = match_intent(self.config, text)
        self.chat_edit.clear()
        self._show_student(text.strip())
        self.record_requested.emit(
            STUDENT_MESSAGE_EVENT, {"length": len(text), "intent": intent.value}
        )
        self._say(self.buddy.student_said(self._now(), text), source="asked")
        self._update_status()

    # -- internals --------------------------------------------------------------------------

    def _now(self) -> float:
        return self._timing.clock()

    def _on_opened(self) -> None:
        if self.buddy is not None and self._active:
            self._say(self.buddy.opened(self._now()), source="offered")

    def _on_tick(self) -> None:
        if self.buddy is not None and self._active:
            self._say(self.buddy.tick(self._now()), source="offered")

    def _say(self, messages: list[BuddyMessage], *, source: Literal["asked", "offered"]) -> None:
        for message in messages:
            self._show_buddy(message)
            announce(self, self.bubbles[-1].accessibleName())
            data: dict[str, Any] = {"kind": message.kind, "length": len(message.text)}
            if message.hint_index is not None:
                data["hint_index"] = message.hint_index
            self.record_requested.emit(BUDDY_MESSAGE_EVENT, data)
            if message.kind == "hint" and message.hint_index is not None:
                self.record_requested.emit(
                    HINT_USED_EVENT,
                    {
                        "hint_index": message.hint_index,
                        "level": message.hint_level,
                        "source": source,
                    },
                )

    def _show_buddy(self, message: BuddyMessage) -> None:
        heading = None
        if message.kind == "hint" and message.hint_index is not None and self.buddy is not None:
            heading = hint_heading(message.hint_index, self.buddy.hints_total, message.hint_level)
        # The buddy's own sentences in the reader's language; the author's hints, replies
        # and explanation (no phrase) as written.
        text = message.text if message.phrase is None else phrase_text(message.phrase)
        self._add_bubble(ChatBubble(text, mine=False, speaker=self.buddy_name, heading=heading))

    def _clear_chat(self) -> None:
        while self.chat_layout.count() > 1:  # the stretch above the messages stays
            item = self.chat_layout.takeAt(1)
            row = item.layout() if item is not None else None
            if row is None:
                continue
            while row.count():
                taken = row.takeAt(0)
                widget = taken.widget() if taken is not None else None
                if widget is not None:
                    widget.deleteLater()
            row.deleteLater()
        self.bubbles.clear()

    def _show_student(self, text: str) -> None:
        self._add_bubble(
            ChatBubble(text, mine=True, speaker=translate("GuidedStruggleSectionView", "You"))
        )

    def _add_bubble(self, bubble: ChatBubble) -> None:
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        if bubble.mine:
            row.addStretch(1)
        row.addWidget(bubble)
        if not bubble.mine:
            row.addStretch(1)
        self.chat_layout.addLayout(row)
        self.bubbles.append(bubble)
        self._fit_bubble(bubble)
        self._follow_chat = True  # a new message: show it

    def _fit_bubble(self, bubble: ChatBubble) -> None:
        width = self.chat_area.viewport().width() - em(self)
        bubble.set_width_limit(max(em(self) * 6, round(width * BUBBLE_WIDTH)))

    def _on_chat_range(self, _low: int, high: int) -> None:
        # The range grows in steps while a new bubble's wrapped height settles: keep
        # following the bottom until the student scrolls up.
        if self._follow_chat:
            self.chat_area.verticalScrollBar().setValue(high)

    def _on_chat_scrolled(self, value: int) -> None:
        self._follow_chat = value >= self.chat_area.verticalScrollBar().maximum() - 2

    def _clear_problem(self) -> None:
        if self.config is not None and self.problem_label.isVisible():
            self.problem_label.hide()
            self.problem_label.clear()

    def _lock(self) -> None:
        if self.answer_edit is not None:
            self.answer_edit.setReadOnly(True)
            self.answer_edit.setEnabled(False)
        for radio in self.choices:
            radio.setEnabled(False)
        self.check_button.setEnabled(False)
        self.hint_button.setEnabled(False)
        self._clear_problem()
        self.solved_label.show()
        self.explanation_label.setVisible(bool(self.explanation_label.text()))

    def _update_status(self) -> None:
        if self.buddy is not None:
            self.status_label.setText(attempts_line(self.buddy.attempts, self.buddy.hints_given))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        narrow = event.size().width() < em(self) * 36
        wanted = Qt.Orientation.Vertical if narrow else Qt.Orientation.Horizontal
        if self.splitter.orientation() != wanted:
            self.splitter.setOrientation(wanted)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt API)
        super().showEvent(event)
        if not self._split_done and self.buddy is not None and self.width() > 0:
            self._split_done = True
            total = self.width()
            self.splitter.setSizes([round(total * 0.56), total - round(total * 0.56)])

    def _refit_bubbles(self) -> None:
        for bubble in self.bubbles:
            self._fit_bubble(bubble)


SECTION_TYPE = SectionType(
    "guided_struggle",
    "Guided problem",
    GuidedStruggleSectionView,
    records=frozenset(
        {
            SOLUTION_ATTEMPTED_EVENT,
            BUDDY_MESSAGE_EVENT,
            HINT_USED_EVENT,
            STUDENT_MESSAGE_EVENT,
            "retry",
        }
    ),
    glyph="?",
)
