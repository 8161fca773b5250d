"""The ``game`` section: short challenges (choose, put in order, match) played one at a time
against an optional countdown, scored with a streak bonus.

The section's markdown is the game's introduction; ``section_config`` is a ``GameConfig``
(``sync.rules.section_config``). Its rules (the layout of an attempt from a seed, checking,
scoring) are pure and shared with the server (``sync.rules.game``): this page shows them and
records what happened. A config that cannot be read shows a card instead.

Screens: the start screen (the introduction, a level picker, Start), the play screen (one
challenge at a time, immediate feedback after each answer, then Next), the end screen (score,
passed or not, best so far, Retry, Choose another level). Everything works by touch (every
target at least ``MIN_TARGET`` px tall; tap, never drag) and by keyboard alone (Tab, Space
and Enter; the number keys 1-8 pick a choice; in an order challenge Space picks an item up,
the arrows move it and Space puts it down).

The countdown (levels with a ``time_limit``) runs only while an attempt's challenge is on
screen: it stops while the page is not the one shown, while the window is not active, while
the student is idle and while the feedback on an answer is shown; when it reaches zero the
attempt ends and the challenges not answered score 0. It reads ``ViewerTiming.clock`` and
ticks ~10 times a second only while it runs, each tick setting one fixed-size label.

Completion: by the section's criteria (``game_complete``, a level passed, unless the author
wrote others), which the fold evaluates from the events: after a passing ``game_complete``
(after every one when the criteria are other than ``game_complete``, say a ``score``) the
page emits ``complete_requested("criteria")``. Next never completes it. Records, beyond what
every page records:

``game_start``
    ``{"level": name, "level_index": i, "seed": int, "attempt": n}`` (``n`` counts this
    student's attempts on the section, earlier ones included);
``score``
    ``{"challenge": id, "correct": bool, "time_ms": int, "points": int, "streak": int}`` per
    answered challenge (``time_ms``: the countdown's running time on it);
``retry``
    ``{"after": "game_complete"}`` before the ``game_start`` of Retry;
``game_complete``
    ``{"level", "score": percent, "points", "max_points", "passed", "seed", "timed_out"}``
    as soon as the last challenge is answered or the time runs out.
"""

from __future__ import annotations

import math
import secrets
from collections.abc import Callable
from pathlib import Path
from typing import Final

from PySide6.QtCore import QEvent, QSize, Qt, QTimer
from PySide6.QtGui import (
    QFontMetrics,
    QGuiApplication,
    QHideEvent,
    QImageReader,
    QKeyEvent,
    QPalette,
    QPixmap,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop import theme
from desktop.a11y import announce
from desktop.i18n import translate
from desktop.viewer._session import CodeSource, ViewerSession, ViewerTiming
from desktop.viewer._widgets import MarkdownLabel, MessageCard, em, scaled_font, set_muted
from desktop.viewer.sections.base import SectionType, SectionView
from local_store.records import SectionRecord
from sync.rules.game import (
    MAX_SEED,
    AttemptPlan,
    Award,
    ChallengePlan,
    Result,
    Scorer,
    check,
    plan_attempt,
)
from sync.rules.section_config import (
    ChoiceChallenge,
    GameComplete,
    GameConfig,
    GameLevel,
    MatchChallenge,
    OrderChallenge,
)
from sync.rules.sections import Trigger

__all__ = [
    "GAME_COMPLETE_EVENT",
    "GAME_START_EVENT",
    "MIN_TARGET",
    "SCORE_EVENT",
    "SECTION_TYPE",
    "TICK_MS",
    "ActiveClock",
    "ChoiceBoard",
    "GameSectionView",
    "MatchBoard",
    "OrderBoard",
    "format_clock",
    "level_summary",
]

GAME_START_EVENT: Final = "game_start"
SCORE_EVENT: Final = "score"
GAME_COMPLETE_EVENT: Final = "game_complete"
MIN_TARGET: Final = 44
"""Every button is at least this many pixels tall (a fingertip on a touch screen)."""
TICK_MS: Final = 100
"""The countdown's tick while it runs."""
_TIME_WARNINGS: Final = (60, 10)
"""Seconds left at which a timed attempt says so (to assistive technology), in a level
longer than that."""
_IMAGE_SIDE: Final = 1600  # a question's picture is decoded at most this big


def format_clock(seconds: float) -> str:
    """Seconds left as ``mm:ss``, rounded up (``0.2`` -> ``00:01``; never negative)."""
    whole = max(0, math.ceil(seconds))
    return f"{whole // 60:02d}:{whole % 60:02d}"


def level_summary(level: GameLevel) -> str:
    """ "3 challenges · 1:30 time limit · pass 70 %" ("no time limit" when untimed)."""
    count = len(level.challenges)
    limit = level.time_limit
    timing = (
        translate("game", "no time limit")
        if limit is None
        else translate("game", "{time} time limit").format(time=_spoken_time(limit))
    )
    return translate("game", "{challenges} · {timing} · pass {score} %").format(
        challenges=translate("game", "%n challenge(s)", n=count),
        timing=timing,
        score=level.pass_score,
    )


def _spoken_time(seconds: int) -> str:
    minutes, rest = divmod(seconds, 60)
    if not minutes:
        return translate("game", "{s} s").format(s=rest)
    if rest:
        return translate("game", "{m} min {s} s").format(m=minutes, s=rest)
    return translate("game", "{m} min").format(m=minutes)


class ActiveClock:
    """Seconds of running time: ``start``/``stop`` any number of times, ``elapsed`` sums the
    running spans. Reads an injected monotonic ``clock``."""

    def __init__(self, clock: Callable[[], float]) -> None:
        self._clock = clock
        self._since: float | None = None
        self._spent = 0.0

    @property
    def running(self) -> bool:
        return self._since is not None

    def start(self) -> None:
        if self._since is None:
            self._since = self._clock()

    def stop(self) -> None:
        if self._since is not None:
            self._spent += max(0.0, self._clock() - self._since)
            self._since = None

    def elapsed(self) -> float:
        running = 0.0 if self._since is None else max(0.0, self._clock() - self._since)
        return self._spent + running


def _target_height(widget: QWidget) -> int:
    return max(MIN_TARGET, em(widget, 2.2))


def _button(text: str, parent: QWidget, *, name: str | None = None) -> QPushButton:
    """A touch-sized button that Enter and Space both press when it has focus."""
    button = QPushButton(text, parent)
    button.setAutoDefault(True)  # Enter presses the focused button, as Space does
    button.setMinimumHeight(_target_height(button))
    button.setAccessibleName(name or text)
    return button


def _primary(button: QPushButton) -> QPushButton:
    """``theme.make_primary``, but a disabled one looks disabled (the accent is for what
    can be pressed now)."""
    theme.make_primary(button)
    palette = button.palette()
    plain = QApplication.palette()
    for role in (QPalette.ColorRole.Button, QPalette.ColorRole.ButtonText):
        palette.setColor(
            QPalette.ColorGroup.Disabled, role, plain.color(QPalette.ColorGroup.Disabled, role)
        )
    button.setPalette(palette)
    return button


def _mark(button: QPushButton, verdict: bool | None) -> None:
    """A locked answer button: its text stays readable (not greyed out) and a right (True)
    or wrong (False) answer gets a success or danger edge beside its ✓ / ✗."""
    palette = button.palette()
    ink = palette.color(QPalette.ColorRole.Text).name()
    edge = {
        True: f"2px solid {theme.success(palette).name()}",
        False: f"2px solid {theme.danger(palette).name()}",
        None: f"1px solid {theme.muted(palette).name()}",
    }[verdict]
    button.setStyleSheet(
        "QPushButton { text-align: left; padding: 0.3em 0.8em; border-radius: 4px; "
        f"border: {edge}; color: {ink}; background: palette(base); }}"
    )
    button.setEnabled(False)


class _Board(QWidget):
    """An answer area: ``answered(answer)`` once the student commits; ``lock`` afterwards
    shows what was right (text marks, never colour alone)."""

    def __init__(self, plan: ChallengePlan, on_answer: Callable[[object], None]) -> None:
        super().__init__()
        self.plan = plan
        self._on_answer = on_answer
        self.locked = False
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

    def submit(self) -> None:
        raise NotImplementedError

    def first_focus(self) -> QWidget | None:
        return None

    def lock(self, correct: bool) -> None:
        self.locked = True

    def _answer(self, answer: object) -> None:
        if not self.locked:
            self._on_answer(answer)


class ChoiceBoard(_Board):
    """Big option buttons in authored order. One right answer: a tap answers (radio
    behaviour). Several: the taps toggle, Submit answers. Keys 1-8 pick option 1-8."""

    def __init__(self, plan: ChallengePlan, on_answer: Callable[[object], None]) -> None:
        super().__init__(plan, on_answer)
        challenge = plan.challenge
        assert isinstance(challenge, ChoiceChallenge)
        self.multiple = len(challenge.answer) > 1
        self._chosen: frozenset[int] = frozenset()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(max(6, em(self, 0.4)))
        if self.multiple:
            how_text = translate(
                "ChoiceBoard",
                "Choose all that apply ({n}), then Submit (the number keys pick too).",
            ).format(n=len(challenge.answer))
        else:
            how_text = translate("ChoiceBoard", "Tap an answer, or press its number key.")
        how = QLabel(how_text, self)
        how.setWordWrap(True)
        set_muted(how)
        layout.addWidget(how)
        self.buttons: list[QPushButton] = []
        font = scaled_font(self.font(), 1.2)
        for index, option in enumerate(plan.shown):
            button = _button(f"{index + 1}.  {option}", self, name=option)
            button.setFont(font)
            button.setMinimumHeight(max(MIN_TARGET, em(button, 2.0)))
            button.setStyleSheet("text-align: left; padding-left: 0.8em; padding-right: 0.8em;")
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.setCheckable(self.multiple)
            button.setAccessibleDescription(
                translate("ChoiceBoard", "Option {i} of {n} (key {i})").format(
                    i=index + 1, n=len(plan.shown)
                )
                if index < 8
                else translate("ChoiceBoard", "Option {i} of {n}").format(
                    i=index + 1, n=len(plan.shown)
                )
            )
            button.clicked.connect(lambda _=False, i=index: self._on_clicked(i))
            layout.addWidget(button)
            self.buttons.append(button)
        self.submit_button: QPushButton | None = None
        if self.multiple:
            row = QHBoxLayout()
            self.submit_button = _primary(
                _button(
                    translate("ChoiceBoard", "Submit"),
                    self,
                    name=translate("ChoiceBoard", "Submit answer"),
                )
            )
            self.submit_button.setEnabled(False)
            self.submit_button.clicked.connect(self.submit)
            row.addWidget(self.submit_button)
            row.addStretch(1)
            layout.addLayout(row)

    def first_focus(self) -> QWidget | None:
        return self.buttons[0]

    def picked(self) -> frozenset[int]:
        return frozenset(i for i, b in enumerate(self.buttons) if b.isChecked())

    def pick(self, index: int) -> None:
        """Option ``index`` was chosen by its number key: answer, or toggle it (several right
        answers)."""
        if self.locked or not 0 <= index < len(self.buttons):
            return
        if self.multiple:
            self.buttons[index].toggle()
        self._on_clicked(index)

    def _on_clicked(self, index: int) -> None:
        # A click has toggled a checkable button already.
        if self.locked:
            return
        if not self.multiple:
            self._answer(frozenset({index}))
            return
        button = self.buttons[index]
        option = self.plan.shown[index]
        if button.isChecked():
            button.setText(
                translate("ChoiceBoard", "{i}.  {option}   · chosen").format(
                    i=index + 1, option=option
                )
            )
            button.setAccessibleName(
                translate("ChoiceBoard", "{option} (chosen)").format(option=option)
            )
        else:
            button.setText(f"{index + 1}.  {option}")
            button.setAccessibleName(option)
        if self.submit_button is not None:
            self.submit_button.setEnabled(bool(self.picked()))

    def submit(self) -> None:
        if self.picked() or not self.multiple:
            self._answer(self.picked())

    def lock(self, correct: bool) -> None:
        super().lock(correct)
        challenge = self.plan.challenge
        assert isinstance(challenge, ChoiceChallenge)
        chosen = self._chosen
        for index, button in enumerate(self.buttons):
            right = index in challenge.answer
            mark = "✓ " if right else ("✗ " if index in chosen else "")
            button.setText(f"{mark}{index + 1}.  {self.plan.shown[index]}")
            option = self.plan.shown[index]
            if right:
                button.setAccessibleName(
                    translate("ChoiceBoard", "{option} (right answer)").format(option=option)
                )
            elif index in chosen:
                button.setAccessibleName(
                    translate("ChoiceBoard", "{option} (your answer, wrong)").format(option=option)
                )
            else:
                button.setAccessibleName(option)
            _mark(button, True if right else (False if index in chosen else None))
        if self.submit_button is not None:
            self.submit_button.setEnabled(False)
            self.submit_button.hide()

    def _answer(self, answer: object) -> None:
        if isinstance(answer, frozenset):
            self._chosen = frozenset(i for i in answer if isinstance(i, int))
        super()._answer(answer)


class _OrderItem(QPushButton):
    """One position of an order list: Space/Enter picks its item up (or puts it down), the
    arrows move a picked item, or move the focus between positions."""

    def __init__(self, board: OrderBoard, position: int) -> None:
        super().__init__(board)
        self.board = board
        self.position = position
        self.setAutoDefault(True)
        self.setCheckable(True)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt API)
        key = event.key()
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            step = -1 if key == Qt.Key.Key_Up else 1
            if self.board.selected == self.position:
                self.board.move_item(self.position, self.position + step)
            else:
                self.board.focus_position(self.position + step)
            event.accept()
            return
        if key == Qt.Key.Key_Escape and self.board.selected is not None:
            self.board.select(None)
            event.accept()
            return
        super().keyPressEvent(event)


class OrderBoard(_Board):
    """The items as a vertical list of positions, each with Move up / Move down, and Submit.
    Tap an item then tap a place to move it there; or pick it with Space/Enter and move it
    with the arrows. Never a drag."""

    def __init__(self, plan: ChallengePlan, on_answer: Callable[[object], None]) -> None:
        super().__init__(plan, on_answer)
        assert isinstance(plan.challenge, OrderChallenge)
        self.items: list[str] = list(plan.shown)
        self.selected: int | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(max(6, em(self, 0.4)))
        how = QLabel(
            translate(
                "OrderBoard",
                "Tap an item, then tap its place (or use Move up / Move down). Keyboard: Space "
                "picks an item up, the arrows move it, Space puts it down, Esc cancels.",
            ),
            self,
        )
        how.setWordWrap(True)
        set_muted(how)
        layout.addWidget(how)
        grid = QGridLayout()
        grid.setHorizontalSpacing(max(4, em(self, 0.3)))
        grid.setVerticalSpacing(max(4, em(self, 0.3)))
        font = scaled_font(self.font(), 1.15)
        height = _target_height(self)
        self.rows: list[_OrderItem] = []
        self.ups: list[QPushButton] = []
        self.downs: list[QPushButton] = []
        for position in range(len(self.items)):
            item = _OrderItem(self, position)
            item.setFont(font)
            item.setMinimumHeight(height)
            item.setStyleSheet("text-align: left; padding-left: 0.8em; padding-right: 0.8em;")
            item.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            item.clicked.connect(lambda _=False, p=position: self.tap(p))
            up = _button("▲", self)
            down = _button("▼", self)
            for arrow in (up, down):
                arrow.setMinimumWidth(height)
                arrow.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            up.clicked.connect(lambda _=False, p=position: self._arrow(p, -1))
            down.clicked.connect(lambda _=False, p=position: self._arrow(p, 1))
            grid.addWidget(item, position, 0)
            grid.addWidget(up, position, 1)
            grid.addWidget(down, position, 2)
            self.rows.append(item)
            self.ups.append(up)
            self.downs.append(down)
        grid.setColumnStretch(0, 1)
        layout.addLayout(grid)
        row = QHBoxLayout()
        self.submit_button = _primary(
            _button(
                translate("OrderBoard", "Submit"),
                self,
                name=translate("OrderBoard", "Submit order"),
            )
        )
        self.submit_button.clicked.connect(self.submit)
        row.addWidget(self.submit_button)
        row.addStretch(1)
        layout.addLayout(row)
        self._refresh()

    def first_focus(self) -> QWidget | None:
        return self.rows[0]

    def tap(self, position: int) -> None:
        """A tap (click, Space or Enter) on position ``position``: pick its item up, put the
        picked item down there, or put it back."""
        if self.locked:
            return
        if self.selected is None:
            self.select(position)
        elif self.selected == position:
            self.select(None)
        else:
            start = self.selected
            self.selected = None
            self.move_item(start, position, keep_selected=False)
        self._refresh()

    def select(self, position: int | None) -> None:
        self.selected = position
        self._refresh()

    def move_item(self, start: int, end: int, *, keep_selected: bool | None = None) -> None:
        """Move the item at ``start`` to position ``end`` (the others shift); a pick and the
        focus follow it."""
        if self.locked or not (0 <= start < len(self.items) and 0 <= end < len(self.items)):
            return
        if start != end:
            self.items.insert(end, self.items.pop(start))
        follow = self.selected == start if keep_selected is None else keep_selected
        self.selected = end if follow else None
        self._refresh()
        self.rows[end].setFocus(Qt.FocusReason.OtherFocusReason)

    def _arrow(self, position: int, step: int) -> None:
        """Move up (``step`` -1) or Move down (+1) of ``position``: the focus stays on the
        same arrow of the moved item while it can go on."""
        end = position + step
        self.move_item(position, end)
        if 0 <= end < len(self.items):
            arrow = (self.ups if step < 0 else self.downs)[end]
            if arrow.isEnabled():
                arrow.setFocus(Qt.FocusReason.OtherFocusReason)

    def focus_position(self, position: int) -> None:
        if 0 <= position < len(self.rows):
            self.rows[position].setFocus(Qt.FocusReason.TabFocusReason)

    def submit(self) -> None:
        self._answer(list(self.items))

    def _refresh(self) -> None:
        count = len(self.items)
        for position, (item, up, down) in enumerate(
            zip(self.rows, self.ups, self.downs, strict=True)
        ):
            text = self.items[position]
            picked = self.selected == position
            if picked:
                item.setText(
                    translate("OrderBoard", "{i}.  {item}   ← picked up").format(
                        i=position + 1, item=text
                    )
                )
                name = translate(
                    "OrderBoard",
                    "Position {i} of {n}: {item}, picked up: use the arrows to move it",
                )
            else:
                item.setText(f"{position + 1}.  {text}")
                name = translate("OrderBoard", "Position {i} of {n}: {item}")
            item.setChecked(picked)
            item.setAccessibleName(name.format(i=position + 1, n=count, item=text))
            up.setAccessibleName(translate("OrderBoard", "Move {item} up").format(item=text))
            down.setAccessibleName(translate("OrderBoard", "Move {item} down").format(item=text))
            up.setEnabled(not self.locked and position > 0)
            down.setEnabled(not self.locked and position < count - 1)

    def lock(self, correct: bool) -> None:
        super().lock(correct)
        self.selected = None
        challenge = self.plan.challenge
        assert isinstance(challenge, OrderChallenge)
        self._refresh()
        for position, item in enumerate(self.rows):
            right = challenge.items[position] == self.items[position]
            item.setText(f"{'✓' if right else '✗'} {position + 1}.  {self.items[position]}")
            _mark(item, right)
        for arrow in self.ups + self.downs:
            arrow.setEnabled(False)
        self.submit_button.setEnabled(False)
        self.submit_button.hide()


class MatchBoard(_Board):
    """Each left (a button showing what it is matched to) beside the shuffled rights. Tap a
    left, then a right: they are matched and the next unmatched left is picked. Submit once
    every left has a right."""

    def __init__(self, plan: ChallengePlan, on_answer: Callable[[object], None]) -> None:
        super().__init__(plan, on_answer)
        challenge = plan.challenge
        assert isinstance(challenge, MatchChallenge)
        self.lefts = [pair.left for pair in challenge.pairs]
        self.rights = list(plan.shown)
        self.matches: dict[str, str] = {}
        self.selected: int | None = 0
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(max(6, em(self, 0.4)))
        how = QLabel(
            translate(
                "MatchBoard",
                "Tap a term on the left, then its match on the right. Keyboard: Tab or the "
                "arrows move, Space or Enter picks, Esc cancels a pick.",
            ),
            self,
        )
        how.setWordWrap(True)
        set_muted(how)
        layout.addWidget(how)
        grid = QGridLayout()
        grid.setHorizontalSpacing(em(self))
        grid.setVerticalSpacing(max(4, em(self, 0.3)))
        font = scaled_font(self.font(), 1.1)
        self.left_buttons: list[QPushButton] = []
        self.right_buttons: list[QPushButton] = []
        for index, left in enumerate(self.lefts):
            button = _button(left, self)
            button.setCheckable(True)
            button.setFont(font)
            button.setStyleSheet("text-align: left; padding-left: 0.8em; padding-right: 0.8em;")
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.clicked.connect(lambda _=False, i=index: self.pick_left(i))
            grid.addWidget(button, index, 0)
            self.left_buttons.append(button)
        for index, right in enumerate(self.rights):
            button = _button(right, self)
            button.setFont(font)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.clicked.connect(lambda _=False, i=index: self.pick_right(i))
            grid.addWidget(button, index, 1)
            self.right_buttons.append(button)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        layout.addLayout(grid)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        set_muted(self.status)
        layout.addWidget(self.status)
        row = QHBoxLayout()
        self.submit_button = _primary(
            _button(
                translate("MatchBoard", "Submit"),
                self,
                name=translate("MatchBoard", "Submit matches"),
            )
        )
        self.submit_button.clicked.connect(self.submit)
        row.addWidget(self.submit_button)
        row.addStretch(1)
        layout.addLayout(row)
        self._refresh()

    def first_focus(self) -> QWidget | None:
        return self.left_buttons[0]

    def pick_left(self, index: int) -> None:
        if self.locked:
            return
        self.selected = index
        self._refresh()
        if self.left_buttons[index].hasFocus():  # keyboard: go on to the rights
            self.right_buttons[0].setFocus(Qt.FocusReason.OtherFocusReason)

    def pick_right(self, index: int) -> None:
        if self.locked:
            return
        if self.selected is None:
            self.status.setText(translate("MatchBoard", "Tap a term on the left first."))
            announce(self, self.status.text())
            return
        right = self.rights[index]
        for left, matched in list(self.matches.items()):
            if matched == right:  # a right matches one left: it moves
                del self.matches[left]
        picked = self.lefts[self.selected]
        self.matches[picked] = right
        had_focus = self.right_buttons[index].hasFocus()
        following = [
            i
            for i in [*range(self.selected + 1, len(self.lefts)), *range(self.selected)]
            if self.lefts[i] not in self.matches
        ]
        self.selected = following[0] if following else None
        self._refresh()
        announce(
            self,
            translate("MatchBoard", "{left} matched to {right}.").format(left=picked, right=right),
        )
        if had_focus:
            target = (
                self.left_buttons[self.selected]
                if self.selected is not None
                else self.submit_button
            )
            target.setFocus(Qt.FocusReason.OtherFocusReason)

    def submit(self) -> None:
        if len(self.matches) == len(self.lefts):
            self._answer(dict(self.matches))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt API)
        # Escape puts a picked term down (the buttons pass the key on to their board).
        if event.key() == Qt.Key.Key_Escape and self.selected is not None and not self.locked:
            left = self.left_buttons[self.selected]
            self.selected = None
            self._refresh()
            announce(self, translate("MatchBoard", "Pick cancelled."))
            if self.focusWidget() in self.right_buttons:
                left.setFocus(Qt.FocusReason.OtherFocusReason)
            event.accept()
            return
        super().keyPressEvent(event)

    def _refresh(self) -> None:
        for index, (left, button) in enumerate(zip(self.lefts, self.left_buttons, strict=True)):
            matched = self.matches.get(left)
            here = self.selected == index
            text = f"{left}   →   {matched or '?'}"
            button.setText(
                translate("MatchBoard", "{pair}   ← now choose its match").format(pair=text)
                if here
                else text
            )
            button.setChecked(here)
            if matched:
                state = translate("MatchBoard", "matched to {right}").format(right=matched)
            else:
                state = translate("MatchBoard", "not matched yet")
            name = (
                translate("MatchBoard", "{left}: {state}, picked")
                if here
                else translate("MatchBoard", "{left}: {state}")
            )
            button.setAccessibleName(name.format(left=left, state=state))
        used = set(self.matches.values())
        for right, button in zip(self.rights, self.right_buttons, strict=True):
            button.setText(f"✓ {right}" if right in used else right)
            button.setAccessibleName(
                translate("MatchBoard", "{right} (used)").format(right=right)
                if right in used
                else right
            )
        done = len(self.matches) == len(self.lefts)
        self.submit_button.setEnabled(done and not self.locked)
        if self.selected is not None:
            self.status.setText(
                translate("MatchBoard", "Now choose the match for “{left}”.").format(
                    left=self.lefts[self.selected]
                )
            )
        elif done:
            self.status.setText(
                translate("MatchBoard", "Every term is matched: Submit when you are ready.")
            )
        else:
            self.status.setText(translate("MatchBoard", "Pick a term on the left."))

    def lock(self, correct: bool) -> None:
        super().lock(correct)
        challenge = self.plan.challenge
        assert isinstance(challenge, MatchChallenge)
        self.selected = None
        self._refresh()
        truth = {pair.left: pair.right for pair in challenge.pairs}
        for left, button in zip(self.lefts, self.left_buttons, strict=True):
            matched = self.matches.get(left)
            if matched == truth[left]:
                button.setText(f"✓ {left}   →   {matched}")
                button.setAccessibleName(
                    translate("MatchBoard", "{left} → {right} (right)").format(
                        left=left, right=matched
                    )
                )
            else:
                button.setText(
                    translate("MatchBoard", "✗ {left}   →   {matched}   (right: {right})").format(
                        left=left, matched=matched, right=truth[left]
                    )
                )
                button.setAccessibleName(
                    translate("MatchBoard", "{left} → {matched} (wrong; right: {right})").format(
                        left=left, matched=matched, right=truth[left]
                    )
                )
            _mark(button, matched == truth[left])
        for right, button in zip(self.rights, self.right_buttons, strict=True):
            button.setText(right)
            button.setAccessibleName(right)
            button.setEnabled(False)
        self.submit_button.setEnabled(False)
        self.submit_button.hide()
        self.status.clear()


_BOARDS: Final[dict[str, type[_Board]]] = {
    "choice": ChoiceBoard,
    "order": OrderBoard,
    "match": MatchBoard,
}


def _right_answer(plan: ChallengePlan) -> str:
    """The right answer in words, for the feedback."""
    challenge = plan.challenge
    if isinstance(challenge, ChoiceChallenge):
        right = [challenge.options[i] for i in sorted(challenge.answer)]
        if len(right) == 1:
            return translate("game", "The right answer: {answer}").format(answer=right[0])
        return translate("game", "The right answers: {answers}").format(answers="; ".join(right))
    if isinstance(challenge, OrderChallenge):
        return translate("game", "The right order: {items}").format(
            items=" → ".join(challenge.items)
        )
    return translate("game", "The matches: {pairs}").format(
        pairs="; ".join(f"{p.left} → {p.right}" for p in challenge.pairs)
    )


def _plain(markdown: str, limit: int = 80) -> str:
    """A prompt on one line without markdown's emphasis marks, cut at ``limit``."""
    text = " ".join(markdown.replace("**", "").replace("`", "").split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


class GameSectionView(SectionView):
    """Start, play and end screens of a game section (see the module docstring).

    ``config`` is ``None`` when the section's config cannot be read (``error`` says why and a
    card shows it). During an attempt ``plan`` and ``scorer`` describe it; ``index`` is the
    challenge on screen. Invariants: exactly one ``game_complete`` per ``game_start``, unless
    the page was closed mid-attempt; the countdown (``clock``) runs only while a challenge
    is on screen, the page shown, the window active and the student not idle.
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
        self.config, self.error = self.read_config(GameConfig)
        self.new_seed: Callable[[], int] = lambda: secrets.randbelow(MAX_SEED)
        """Where attempts' seeds come from (tests may pin it)."""
        self.plan: AttemptPlan | None = None
        self.scorer: Scorer | None = None
        self.index = 0
        self.board: _Board | None = None
        self.result: Result | None = None
        self.timed_out = False
        self.best: dict[int, int] = {}
        """The best percent per level index, of this page's attempts."""
        self.attempts_here = 0
        self.earlier_attempts = 0
        self.level_index = 0
        self._idle = False
        self._finished = True  # no attempt in progress
        self._feedback_shown = False
        self._shown_at = 0.0
        self._image: QPixmap | None = None
        self._clock_text = ""
        self._warned: set[int] = set()  # the time warnings (seconds left) already given
        self.clock = ActiveClock(timing.clock)
        self._ticker = QTimer(self)
        self._ticker.setInterval(TICK_MS)
        self._ticker.timeout.connect(self.tick)
        if isinstance(session, CodeSource) and not session.preview:
            counts = session.section_counts(section.section_number)
            self.earlier_attempts = counts.get(GAME_START_EVENT, 0)

        unit = em(self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.header = self._build_header(unit)
        outer.addWidget(self.header)
        self.area = self._scroll_area()
        self.area.setAccessibleName(translate("GameSectionView", "Game"))
        outer.addWidget(self.area, 1)
        body_widget = QWidget()
        body_widget.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)
        body = QVBoxLayout(body_widget)
        body.setSizeConstraint(QVBoxLayout.SizeConstraint.SetNoConstraint)
        body.setContentsMargins(unit, unit // 2, unit, unit)
        body.setSpacing(unit // 2)
        self.body = body_widget

        self.intro = MarkdownLabel(section.content, body_widget)
        self.intro.setAccessibleName(translate("GameSectionView", "About this game"))
        self.intro.link_activated.connect(self.link_activated)
        body.addWidget(self.intro)
        self.card: MessageCard | None = None
        if self.config is None:
            self.card = self.config_problem_card("game", self.error, body_widget)
            body.addWidget(self.card)
            body.addStretch(1)
            self.area.setWidget(body_widget)
            self.header.hide()
            self.setFocusProxy(self.card)
            return

        self.start_panel = self._build_start(self.config, unit)
        self.play_panel = self._build_play(unit)
        self.end_panel = self._build_end(unit)
        for panel in (self.start_panel, self.play_panel, self.end_panel):
            body.addWidget(panel)
        body.addStretch(1)
        self.area.setWidget(body_widget)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self._on_app_state)
        self._show_screen("start")

    # -- building ---------------------------------------------------------------------------

    def _build_header(self, unit: int) -> QFrame:
        header = QFrame(self)
        header.setObjectName("gameHeader")
        header.setFrameShape(QFrame.Shape.NoFrame)
        header.setAutoFillBackground(True)
        row = QHBoxLayout(header)
        row.setContentsMargins(unit, unit // 3, unit, unit // 3)
        row.setSpacing(unit)
        self.progress_label = QLabel(header)
        self.progress_label.setFont(scaled_font(self.progress_label.font(), 1.05, bold=True))
        self.progress_label.setAccessibleDescription(translate("GameSectionView", "Progress"))
        row.addWidget(self.progress_label)
        row.addStretch(1)
        self.points_label = QLabel(header)
        self.points_label.setAccessibleDescription(
            translate("GameSectionView", "Points and streak")
        )
        row.addWidget(self.points_label)
        self.countdown_caption = QLabel(translate("GameSectionView", "Time left"), header)
        set_muted(self.countdown_caption)
        row.addWidget(self.countdown_caption)
        self.countdown = QLabel(header)
        font = scaled_font(self.countdown.font(), 1.3, bold=True)
        self.countdown.setFont(font)
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.countdown.setFrameShape(QFrame.Shape.StyledPanel)
        metrics = QFontMetrics(font)
        # A fixed size: a tick that changes the text never lays the page out again.
        self.countdown.setFixedSize(
            QSize(
                metrics.horizontalAdvance("88:88") + 2 * unit,
                max(metrics.height() + unit // 2, round(unit * 1.6)),
            )
        )
        self.countdown.setAccessibleDescription(
            translate(
                "GameSectionView",
                "Time left for this attempt, in minutes and seconds. It stops while the "
                "feedback is shown, while you are away and while another page or window is in "
                "front.",
            )
        )
        row.addWidget(self.countdown)
        return header

    def _build_start(self, config: GameConfig, unit: int) -> QWidget:
        panel = QWidget(self.body)
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, unit // 2, 0, 0)
        layout.setSpacing(unit // 2)
        heading = QLabel(translate("GameSectionView", "Choose a level"), panel)
        heading.setFont(scaled_font(heading.font(), 1.15, bold=True))
        layout.addWidget(heading)
        self.level_group = QButtonGroup(self)
        self.level_group.setExclusive(True)
        self.level_buttons: list[QPushButton] = []
        for index, level in enumerate(config.levels):
            summary = level_summary(level)
            button = _button(
                f"{level.name}\n{summary}",
                panel,
                name=translate("GameSectionView", "{level}: {summary}").format(
                    level=level.name, summary=summary
                ),
            )
            button.setCheckable(True)
            button.setFont(scaled_font(button.font(), 1.1))
            button.setMinimumHeight(max(MIN_TARGET, em(button, 3.0)))
            button.setStyleSheet("text-align: left; padding: 0.4em 0.8em;")
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            self.level_group.addButton(button, index)
            self.level_buttons.append(button)
            layout.addWidget(button)
        self.level_buttons[0].setChecked(True)
        self.level_group.idClicked.connect(self._on_level_picked)
        self.history_label = QLabel(panel)
        self.history_label.setAccessibleDescription(translate("GameSectionView", "Your attempts"))
        set_muted(self.history_label)
        layout.addWidget(self.history_label)
        row = QHBoxLayout()
        self.start_button = _primary(
            _button(
                translate("GameSectionView", "Start"),
                panel,
                name=translate("GameSectionView", "Start the level"),
            )
        )
        self.start_button.setMinimumWidth(unit * 8)
        self.start_button.clicked.connect(lambda: self.start(self.level_index))
        row.addWidget(self.start_button)
        row.addStretch(1)
        layout.addLayout(row)
        return panel

    def _build_play(self, unit: int) -> QWidget:
        panel = QWidget(self.body)
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(unit // 2)
        self.challenge_prompt = MarkdownLabel("", panel)
        self.challenge_prompt.setFont(scaled_font(self.challenge_prompt.font(), 1.15))
        self.challenge_prompt.setAccessibleDescription(translate("GameSectionView", "Challenge"))
        self.challenge_prompt.link_activated.connect(self.link_activated)
        layout.addWidget(self.challenge_prompt)
        self.image_label = QLabel(panel)
        self.image_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.image_label.setWordWrap(True)
        self.image_label.setAccessibleName(
            translate("GameSectionView", "Picture for this challenge")
        )
        self.image_label.hide()
        layout.addWidget(self.image_label)
        self.board_slot = QVBoxLayout()
        self.board_slot.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.board_slot)
        self.feedback = QFrame(panel)
        self.feedback.setObjectName("gameFeedback")
        self.feedback.setFrameShape(QFrame.Shape.StyledPanel)
        feedback_layout = QVBoxLayout(self.feedback)
        feedback_layout.setContentsMargins(unit, unit // 2, unit, unit // 2)
        feedback_layout.setSpacing(unit // 3)
        self.verdict_label = QLabel(self.feedback)
        self.verdict_label.setFont(scaled_font(self.verdict_label.font(), 1.2, bold=True))
        self.verdict_label.setAccessibleDescription(translate("GameSectionView", "Result"))
        feedback_layout.addWidget(self.verdict_label)
        self.answer_label = QLabel(self.feedback)
        self.answer_label.setWordWrap(True)
        self.answer_label.setTextFormat(Qt.TextFormat.PlainText)
        self.answer_label.setAccessibleDescription(translate("GameSectionView", "Right answer"))
        feedback_layout.addWidget(self.answer_label)
        self.explanation_label = QLabel(self.feedback)
        self.explanation_label.setWordWrap(True)
        self.explanation_label.setTextFormat(Qt.TextFormat.PlainText)
        self.explanation_label.setAccessibleDescription(translate("GameSectionView", "Explanation"))
        feedback_layout.addWidget(self.explanation_label)
        row = QHBoxLayout()
        self.next_button = _primary(
            _button(translate("GameSectionView", "Next challenge"), self.feedback)
        )
        self.next_button.setMinimumWidth(unit * 9)
        self.next_button.clicked.connect(self.next_challenge)
        row.addWidget(self.next_button)
        row.addStretch(1)
        feedback_layout.addLayout(row)
        self.feedback.hide()
        layout.addWidget(self.feedback)
        return panel

    def _build_end(self, unit: int) -> QWidget:
        panel = QWidget(self.body)
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, unit // 2, 0, 0)
        layout.setSpacing(unit // 2)
        self.end_heading = QLabel(panel)
        self.end_heading.setFont(scaled_font(self.end_heading.font(), 1.2, bold=True))
        self.end_heading.setAccessibleDescription(translate("GameSectionView", "Attempt over"))
        layout.addWidget(self.end_heading)
        self.score_label = QLabel(panel)
        self.score_label.setFont(scaled_font(self.score_label.font(), 2.6, bold=True))
        self.score_label.setAccessibleDescription(translate("GameSectionView", "Score"))
        layout.addWidget(self.score_label)
        self.verdict_end_label = QLabel(panel)
        self.verdict_end_label.setFont(scaled_font(self.verdict_end_label.font(), 1.25, bold=True))
        self.verdict_end_label.setWordWrap(True)
        self.verdict_end_label.setAccessibleDescription(
            translate("GameSectionView", "Passed or not")
        )
        layout.addWidget(self.verdict_end_label)
        self.details_label = QLabel(panel)
        self.details_label.setWordWrap(True)
        self.details_label.setAccessibleDescription(translate("GameSectionView", "Points"))
        layout.addWidget(self.details_label)
        self.results_label = QLabel(panel)
        self.results_label.setTextFormat(Qt.TextFormat.PlainText)
        self.results_label.setWordWrap(True)
        self.results_label.setAccessibleDescription(translate("GameSectionView", "Each challenge"))
        layout.addWidget(self.results_label)
        self.best_label = QLabel(panel)
        self.best_label.setAccessibleDescription(translate("GameSectionView", "Best so far"))
        set_muted(self.best_label)
        layout.addWidget(self.best_label)
        row = QHBoxLayout()
        row.setSpacing(unit // 2)
        self.retry_button = _primary(
            _button(
                translate("GameSectionView", "Retry"),
                panel,
                name=translate("GameSectionView", "Retry this level"),
            )
        )
        self.retry_button.setMinimumWidth(unit * 7)
        self.retry_button.clicked.connect(self.retry)
        self.levels_button = _button(translate("GameSectionView", "Choose another level"), panel)
        self.levels_button.clicked.connect(self.choose_level)
        row.addWidget(self.retry_button)
        row.addWidget(self.levels_button)
        row.addStretch(1)
        layout.addLayout(row)
        return panel

    # -- what the viewer asks -----------------------------------------------------------------

    def hint(self, complete: bool) -> str:
        if self.config is None:
            return self.config_problem_hint("game")
        if complete:
            return translate("GameSectionView", "Passed.")
        if self.criteria is None or isinstance(self.criteria, GameComplete):
            return translate("GameSectionView", "Pass a level to complete this section.")
        return self.criteria_hint()

    def activate(self) -> None:
        super().activate()
        self._update_clock()

    def deactivate(self) -> None:
        super().deactivate()
        self._update_clock()

    def set_idle(self, idle: bool) -> None:
        self._idle = idle
        self._update_clock()

    def shutdown(self) -> None:
        super().shutdown()
        self._ticker.stop()
        self.clock.stop()
        app = QGuiApplication.instance()
        if self.config is not None and isinstance(app, QGuiApplication):
            try:
                app.applicationStateChanged.disconnect(self._on_app_state)
            except (RuntimeError, TypeError):  # pragma: no cover - already gone
                pass

    def refresh_media(self) -> None:
        if self._image is None and self.board is not None and self.plan is not None:
            self._show_image(self.plan.challenges[self.index])

    # -- what the student does ----------------------------------------------------------------

    @property
    def playing(self) -> bool:
        """An attempt is in progress (started, not ended)."""
        return not self._finished

    def start(self, level_index: int, *, retry: bool = False) -> None:
        """Start an attempt of level ``level_index`` with a fresh seed; ``retry`` records it as
        another try after the last attempt."""
        if self.config is None or self.playing:
            return
        seed = self.new_seed()
        if self.plan is not None and seed == self.plan.seed:
            seed = (seed + 1) % MAX_SEED  # a new attempt is a new layout
        self.level_index = level_index
        self.plan = plan_attempt(self.config, level_index, seed)
        self.scorer = Scorer(self.plan)
        self.clock = ActiveClock(self._timing.clock)
        self.result = None
        self.timed_out = False
        self.index = 0
        self._finished = False
        self.attempts_here += 1
        if retry:
            self.record_requested.emit("retry", {"after": GAME_COMPLETE_EVENT})
        self.record_requested.emit(
            GAME_START_EVENT,
            {
                "level": self.plan.level_name,
                "level_index": level_index,
                "seed": seed,
                "attempt": self.earlier_attempts + self.attempts_here,
            },
        )
        self._clock_text = ""
        self._warned = {mark for mark in _TIME_WARNINGS if mark >= (self.plan.time_limit or 0)}
        self.countdown.setVisible(self.plan.time_limit is not None)
        self.countdown_caption.setVisible(self.plan.time_limit is not None)
        self._set_clock_text(float(self.plan.time_limit or 0))
        self._show_screen("play")
        self._show_challenge()

    def retry(self) -> None:
        """The end screen's Retry: the same level again, a new seed."""
        self.start(self.level_index, retry=True)

    def choose_level(self) -> None:
        """The end screen's "Choose another level": back to the start screen."""
        if self.playing:
            return
        self._show_screen("start")

    def answer(self, answer: object) -> None:
        """The student committed ``answer`` to the challenge on screen."""
        plan, scorer, board = self.plan, self.scorer, self.board
        if plan is None or scorer is None or board is None or self._feedback_shown:
            return
        if not self.playing:
            return
        challenge = plan.challenges[self.index]
        spent = self.clock.elapsed() - self._shown_at
        correct = check(challenge.challenge, answer)
        award = scorer.answer(correct)
        self.record_requested.emit(
            SCORE_EVENT,
            {
                "challenge": challenge.id,
                "correct": correct,
                "time_ms": max(0, round(spent * 1000)),
                "points": award.points,
                "streak": award.streak,
            },
        )
        board.lock(correct)
        self._show_feedback(challenge, award)
        if scorer.done:
            self._finish(timed_out=False)

    def next_challenge(self) -> None:
        """Next (after the feedback): the next challenge, or the end screen after the last."""
        if self.plan is None or not self._feedback_shown:
            return
        self._feedback_shown = False
        self.feedback.hide()
        if self._finished:
            self._show_end()
            return
        self.index += 1
        self._show_challenge()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt API)
        key = event.key()
        if (
            isinstance(self.board, ChoiceBoard)
            and not self.board.locked
            and Qt.Key.Key_1.value <= key <= Qt.Key.Key_8.value
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ):
            self.board.pick(key - Qt.Key.Key_1.value)
            event.accept()
            return
        super().keyPressEvent(event)

    # -- the countdown ------------------------------------------------------------------------

    def tick(self) -> None:
        """One tick of the countdown (the timer calls it; cheap: one label at most)."""
        plan = self.plan
        if plan is None or plan.time_limit is None or not self.clock.running:
            self._ticker.stop()
            return
        left = plan.time_limit - self.clock.elapsed()
        if left <= 0:
            self._time_up()
            return
        self._set_clock_text(left)
        due = [mark for mark in _TIME_WARNINGS if left <= mark and mark not in self._warned]
        if due:  # a screen reader user hears the time running short; once per mark
            self._warned.update(due)
            announce(self, translate("GameSectionView", "%n second(s) left", n=min(due)))

    def time_left(self) -> float | None:
        """Seconds left in the attempt (``None`` when untimed or no attempt)."""
        if self.plan is None or self.plan.time_limit is None:
            return None
        return max(0.0, self.plan.time_limit - self.clock.elapsed())

    def _should_run(self) -> bool:
        return (
            self.playing
            and not self._feedback_shown
            and self._active
            and not self._idle
            and self.isVisible()
            and self._window_active()
        )

    def _window_active(self) -> bool:
        app_active = QGuiApplication.applicationState() == Qt.ApplicationState.ApplicationActive
        return app_active and self.isActiveWindow()

    def _update_clock(self) -> None:
        if self.config is None:
            return
        if self._should_run():
            self.clock.start()
            if self.plan is not None and self.plan.time_limit is not None:
                if not self._ticker.isActive():
                    self._ticker.start()
                self.tick()
        else:
            self.clock.stop()
            self._ticker.stop()

    def _on_app_state(self, _state: Qt.ApplicationState) -> None:
        self._update_clock()

    def event(self, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.WindowActivate, QEvent.Type.WindowDeactivate):
            self._update_clock()
        return super().event(event)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt API)
        super().showEvent(event)
        self._update_clock()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 (Qt API)
        super().hideEvent(event)
        self._update_clock()

    def _set_clock_text(self, left: float) -> None:
        text = format_clock(left)
        if text != self._clock_text:
            self._clock_text = text
            self.countdown.setText(text)

    def _time_up(self) -> None:
        self._ticker.stop()
        self.clock.stop()
        self._set_clock_text(0)
        if self.board is not None:
            self.board.lock(False)
        self._feedback_shown = False
        self.feedback.hide()
        self._finish(timed_out=True)
        self._show_end()

    # -- internals ------------------------------------------------------------------------

    def _on_level_picked(self, index: int) -> None:
        self.level_index = index
        self._update_history()

    def _show_screen(self, screen: str) -> None:
        self.start_panel.setVisible(screen == "start")
        self.play_panel.setVisible(screen == "play")
        self.end_panel.setVisible(screen == "end")
        self.intro.setVisible(screen == "start" and bool(self.section.content.strip()))
        self.header.setVisible(screen == "play")
        if screen == "start":
            self.level_buttons[self.level_index].setChecked(True)
            self._update_history()
            several = len(self.level_buttons) > 1
            self._focus(self.level_buttons[self.level_index] if several else self.start_button)
        self.area.verticalScrollBar().setValue(0)
        self._update_clock()

    def _update_history(self) -> None:
        n = self.earlier_attempts + self.attempts_here
        self.history_label.setText(
            translate("GameSectionView", "Attempts so far: {n}").format(n=n)
            if n
            else translate("GameSectionView", "No attempts yet: every level can be retried.")
        )
        if self.config is None:
            return
        for index, (level, button) in enumerate(
            zip(self.config.levels, self.level_buttons, strict=True)
        ):
            summary = level_summary(level)
            if index in self.best:
                summary += translate("GameSectionView", " · best {score} %").format(
                    score=self.best[index]
                )
            mark = "●" if index == self.level_index else "○"
            button.setText(f"{mark}  {level.name}\n      {summary}")
            button.setAccessibleName(
                translate("GameSectionView", "{level}: {summary}").format(
                    level=level.name, summary=summary
                )
            )

    def _show_challenge(self) -> None:
        plan = self.plan
        if plan is None:
            return
        shown = plan.challenges[self.index]
        total = len(plan.challenges)
        self.progress_label.setText(
            translate("GameSectionView", "{level} · Challenge {i} of {n}").format(
                level=plan.level_name, i=self.index + 1, n=total
            )
        )
        self._update_points()
        self.challenge_prompt.set_markdown(shown.challenge.prompt)
        self._show_image(shown)
        if self.board is not None:
            self.board.hide()
            self.board.deleteLater()
        board = _BOARDS[shown.kind](shown, self.answer)
        board.setParent(self.play_panel)
        self.board_slot.addWidget(board)
        board.show()
        self.board = board
        self.feedback.hide()
        self._feedback_shown = False
        self._shown_at = self.clock.elapsed()
        self.area.verticalScrollBar().setValue(0)
        first = board.first_focus()
        if first is not None:
            self._focus(first)
        self._update_clock()

    def _show_image(self, shown: ChallengePlan) -> None:
        challenge = shown.challenge
        if not (isinstance(challenge, ChoiceChallenge) and challenge.image):
            self.image_label.hide()
            return
        if self._image is None:
            self._image = self._load_image(self._session.media_path(self.section))
        # What the picture shows (the section's alt), read out while it is not on this
        # computer too: the question can still be answered from it.
        alt = self.config.alt if self.config is not None else None
        self.image_label.setAccessibleDescription(alt or "")
        if self._image is None:
            self.image_label.setPixmap(QPixmap())
            self.image_label.setText(
                translate(
                    "GameSectionView",
                    "(The picture for this question is not on this computer yet. It comes "
                    "with the module's next download; answer from the question alone "
                    "meanwhile.)",
                )
            )
            set_muted(self.image_label)
        else:
            self.image_label.setPixmap(self._image)
        self.image_label.show()

    def _load_image(self, path: Path | None) -> QPixmap | None:
        if path is None:
            return None
        reader = QImageReader(str(path))
        reader.setAutoTransform(True)
        size = reader.size()
        if size.isValid() and max(size.width(), size.height()) > _IMAGE_SIDE:
            reader.setScaledSize(
                size.scaled(_IMAGE_SIDE, _IMAGE_SIDE, Qt.AspectRatioMode.KeepAspectRatio)
            )
        image = reader.read()
        if image.isNull():
            return None
        unit = em(self)
        pixmap = QPixmap.fromImage(image)
        return pixmap.scaled(
            QSize(unit * 26, unit * 12),
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )

    def _show_feedback(self, shown: ChallengePlan, award: Award) -> None:
        if award.correct:
            bonus = award.points - shown.points
            if bonus:
                verdict = translate(
                    "GameSectionView", "✓ Correct: +{points} points (+{bonus} streak bonus)"
                ).format(points=award.points, bonus=bonus)
            else:
                verdict = translate("GameSectionView", "✓ Correct: +{points} points").format(
                    points=award.points
                )
            self.verdict_label.setText(verdict)
            theme.set_role(self.verdict_label, theme.success(self.verdict_label.palette()))
            self.answer_label.hide()
        else:
            self.verdict_label.setText(
                translate("GameSectionView", "✗ Not quite: no points this time")
            )
            theme.set_role(self.verdict_label, theme.danger(self.verdict_label.palette()))
            self.answer_label.setText(_right_answer(shown))
            self.answer_label.show()
        explanation = shown.challenge.explanation
        self.explanation_label.setText(explanation or "")
        self.explanation_label.setVisible(bool(explanation))
        last = self.plan is not None and self.index + 1 >= len(self.plan.challenges)
        self.next_button.setText(
            translate("GameSectionView", "See your score")
            if last
            else translate("GameSectionView", "Next challenge")
        )
        self.next_button.setAccessibleName(self.next_button.text())
        said = " ".join(
            label.text()
            for label in (self.verdict_label, self.answer_label, self.explanation_label)
            if not label.isHidden() and label.text()
        )
        self.next_button.setAccessibleDescription(said)
        self._feedback_shown = True
        self._update_points()
        self.feedback.show()
        self._update_clock()
        self._focus(self.next_button)
        announce(self, said, assertive=True)

    def _update_points(self) -> None:
        scorer = self.scorer
        if scorer is None:
            return
        if scorer.streak > 1:
            text = translate("GameSectionView", "{points} points · streak {streak}")
        else:
            text = translate("GameSectionView", "{points} points")
        self.points_label.setText(text.format(points=scorer.earned, streak=scorer.streak))

    def _finish(self, *, timed_out: bool) -> None:
        plan, scorer = self.plan, self.scorer
        if plan is None or scorer is None or self._finished:
            return
        self._finished = True
        self._update_clock()
        self.timed_out = timed_out
        result = scorer.result()
        self.result = result
        self.best[plan.level_index] = max(self.best.get(plan.level_index, 0), result.percent)
        self.record_requested.emit(
            GAME_COMPLETE_EVENT,
            {
                "level": plan.level_name,
                "score": result.percent,
                "points": result.earned,
                "max_points": result.max_points,
                "passed": result.passed,
                "seed": plan.seed,
                "timed_out": timed_out,
            },
        )
        self.state_changed.emit()
        other_criteria = self.criteria is not None and not isinstance(self.criteria, GameComplete)
        if result.passed or other_criteria:
            self.complete_requested.emit(Trigger.CRITERIA.value)

    def _show_end(self) -> None:
        plan, result = self.plan, self.result
        if plan is None or result is None:
            return
        if self.board is not None:
            self.board.hide()
            self.board.deleteLater()
            self.board = None
        self.end_heading.setText(
            translate("GameSectionView", "Time's up · {level}").format(level=plan.level_name)
            if self.timed_out
            else translate("GameSectionView", "{level} done").format(level=plan.level_name)
        )
        self.score_label.setText(
            translate("GameSectionView", "{score} %").format(score=result.percent)
        )
        self.score_label.setAccessibleName(
            translate("GameSectionView", "Score: {score} %").format(score=result.percent)
        )
        if result.passed:
            self.verdict_end_label.setText(
                translate("GameSectionView", "✓ Passed (the pass score is {score} %)").format(
                    score=plan.pass_score
                )
            )
            theme.set_role(self.verdict_end_label, theme.success(self.verdict_end_label.palette()))
        else:
            self.verdict_end_label.setText(
                translate(
                    "GameSectionView", "✗ Not passed yet: you need {score} % to pass. Try again!"
                ).format(score=plan.pass_score)
            )
            theme.set_role(self.verdict_end_label, theme.danger(self.verdict_end_label.palette()))
        awards = self.scorer.awards if self.scorer is not None else []
        right = sum(1 for a in awards if a.correct)
        total = len(plan.challenges)
        self.details_label.setText(
            translate(
                "GameSectionView",
                "{right} of {total} right · {points} points of the {max_points} a perfect run "
                "earns (streak bonus included)",
            ).format(right=right, total=total, points=result.earned, max_points=result.max_points)
        )
        lines = []
        for index, shown in enumerate(plan.challenges):
            prompt = _plain(shown.challenge.prompt)
            if index >= len(awards):
                lines.append(
                    translate("GameSectionView", "–  0  ·  {prompt} (not reached)").format(
                        prompt=prompt
                    )
                )
            elif awards[index].correct:
                lines.append(f"✓  +{awards[index].points}  ·  {prompt}")
            else:
                lines.append(f"✗  0  ·  {prompt}")
        self.results_label.setText("\n".join(lines))
        self.best_label.setText(
            translate("GameSectionView", "Best so far on this level: {score} %").format(
                score=self.best[plan.level_index]
            )
        )
        self.levels_button.setVisible(self.config is not None and len(self.config.levels) > 1)
        self._show_screen("end")
        self._focus(self.retry_button)
        announce(
            self,
            " ".join(
                label.text()
                for label in (self.end_heading, self.score_label, self.verdict_end_label)
            ),
            assertive=True,
        )

    def _focus(self, widget: QWidget) -> None:
        if self.isVisible():
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
        self.setFocusProxy(widget)


SECTION_TYPE = SectionType(
    "game",
    "Game",
    GameSectionView,
    records=frozenset({GAME_START_EVENT, SCORE_EVENT, "retry", GAME_COMPLETE_EVENT}),
    glyph="★",
)
