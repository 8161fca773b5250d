"""Screen readers hear names and content: every control of every screen has an accessible
name; live labels (status, time, PIN, messages) are named by their words and follow them;
the countdown, sync results and problems are announced wherever the focus is."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QWidget

from desktop import a11y
from desktop.i18n import translate
from desktop.ops.status import StatusText, Tone

from .screens import SCREEN_NAMES, ScreenEnv, build_screen, describe, focusable_widgets

pytestmark = [pytest.mark.qt, pytest.mark.no_qt_log]


def accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None, describe(widget)
    return interface.text(QAccessible.Text.Name).strip()


@pytest.fixture
def announced() -> Iterator[list[tuple[str, bool]]]:
    """Every announcement made while the test runs: (text, assertive)."""
    said: list[tuple[str, bool]] = []

    def listener(widget: QWidget, text: str, assertive: bool) -> None:
        said.append((text, assertive))

    a11y.add_listener(listener)
    yield said
    a11y.remove_listener(listener)


@pytest.mark.parametrize("name", SCREEN_NAMES)
def test_every_control_has_an_accessible_name(screen_env: ScreenEnv, name: str) -> None:
    screen = build_screen(name, screen_env)
    nameless = [describe(w) for w in focusable_widgets(screen) if not accessible_name(w)]
    assert not nameless, f"{name}: no accessible name: {nameless}"


def _ok(headline: str = "Online", *, tone: Tone = "ok", last: str = "Last synced just now") -> Any:
    return StatusText(
        headline=headline, tone=tone, last_sync=last, pending="Nothing waiting", rejected=""
    )


def test_status_labels_are_named_by_their_words_and_announce_results(
    screen_env: ScreenEnv, announced: list[tuple[str, bool]]
) -> None:
    screen = build_screen("my-modules", screen_env)
    area = screen.window.status_area
    area.set_text(_ok())
    assert accessible_name(area.headline) == "Online"
    assert "Last synced just now" in accessible_name(area.details)
    announced.clear()
    area.set_text(_ok("Offline: your work is saved", tone="offline"))
    assert accessible_name(area.headline) == "Offline: your work is saved"
    assert announced == [("Offline: your work is saved", False)]
    announced.clear()
    for _ in range(3):  # the periodic syncs in between: nothing new to say
        area.set_text(_ok("Syncing…", tone="busy"))
        area.set_text(_ok("Offline: your work is saved", tone="offline"))
    assert announced == []
    area.set_text(_ok("Sync problem: the server said no.", tone="error"))
    assert announced == [("Sync problem: the server said no.", True)]
    announced.clear()
    area.set_text(_ok())
    assert announced == [("Online", False)]
    announced.clear()
    screen.window.sync_now()  # the student asks: the result is said once the sync ends
    area.set_text(_ok("Syncing…", tone="busy"))
    assert announced == []
    area.set_text(_ok(last="Last synced just now"))
    assert announced == [("Last synced just now. Nothing waiting.", False)]


def test_problems_in_the_message_bar_are_named_and_announced(
    screen_env: ScreenEnv, announced: list[tuple[str, bool]]
) -> None:
    screen = build_screen("my-modules", screen_env)
    window = screen.window
    window.ctx.errors.report("syncing", RuntimeError("disk full"))
    QApplication.processEvents()
    label = window.message_bar.label
    assert window.message_bar.isVisible()
    assert "disk full" in label.text().lower()
    assert accessible_name(label) == label.text()
    assert (label.text(), True) in announced  # (the status line may have spoken too)
    window.message_bar.show_message("Your kiosk PIN is set.")
    assert accessible_name(label) == "Your kiosk PIN is set."
    assert announced[-1] == ("Your kiosk PIN is set.", False)


def test_sign_in_problems_are_named_and_announced(
    screen_env: ScreenEnv, announced: list[tuple[str, bool]]
) -> None:
    screen = build_screen("sign-in", screen_env)
    page = screen.window.sign_in_page
    page.email.clear()
    page.submit()
    assert accessible_name(page.error) == "Enter your email and password."
    assert announced == [("Enter your email and password.", True)]
    page.submit()  # the same problem again is not said twice
    assert len(announced) == 1
    page.show_error("")
    assert not page.error.isVisible()


def test_the_pin_label_says_how_many_digits_not_which(screen_env: ScreenEnv) -> None:
    screen = build_screen("kiosk-pin-pad", screen_env)
    pad = screen.window.pin_page.pad
    assert accessible_name(pad.dots) == translate("PinPad", "%n digit(s) entered", n=2)
    pad.type_pin("7")
    assert accessible_name(pad.dots) == translate("PinPad", "%n digit(s) entered", n=3)
    assert "7" not in accessible_name(pad.dots)
    assert pad.accessibleDescription() == accessible_name(pad.dots)
    pad.clear()
    assert accessible_name(pad.dots) == "No digits entered"


def _tr(text: str, n: int) -> str:
    return translate("CountdownOverlay", text, n=n)


def test_the_countdown_takes_focus_and_is_announced(
    screen_env: ScreenEnv, announced: list[tuple[str, bool]]
) -> None:
    screen = build_screen("kiosk-countdown", screen_env)
    overlay = screen.window.countdown
    assert overlay.stay.hasFocus()
    assert announced and announced[0][1] is True
    left = "Signing you out in %n second(s)"
    assert announced[0][0].startswith("Still there? " + _tr(left, 20))
    assert accessible_name(overlay.seconds) == _tr(left, 20)
    announced.clear()
    overlay.show_seconds(19)
    assert announced == []  # not every second
    assert accessible_name(overlay.seconds) == _tr(left, 19)
    overlay.show_seconds(10)
    assert announced == [(_tr(left, 10), True)]
    overlay.show_seconds(-1)  # cancelled: the focus goes back where it was
    assert not overlay.isVisible()
    focus = QApplication.focusWidget()
    assert focus is not None and not overlay.isAncestorOf(focus)


def test_the_video_time_label_is_named_by_the_time(screen_env: ScreenEnv) -> None:
    screen = build_screen("viewer-video", screen_env)
    page = screen.window.viewer.stack.currentWidget()
    page._update_time(6_000)
    assert page.time_label.text().startswith("0:06 / ")
    assert accessible_name(page.time_label).startswith("0:06 of ")


def test_announce_sends_a_qt_announcement_event(monkeypatch: pytest.MonkeyPatch, qapp: Any) -> None:
    sent: list[Any] = []
    monkeypatch.setattr(QAccessible, "updateAccessibility", lambda event: sent.append(event))
    widget = QWidget()
    a11y.announce(widget, "Signing you out in 5 seconds", assertive=True)
    a11y.announce(widget, "  ")  # nothing to say: no event
    assert len(sent) == 1
    event = sent[0]
    assert event.message() == "Signing you out in 5 seconds"
    assert event.politeness() == QAccessible.AnnouncementPoliteness.Assertive
    assert event.type() == QAccessible.Event.Announcement
