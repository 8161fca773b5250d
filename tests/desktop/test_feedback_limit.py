"""The feedback form never hands the store a comment too long for one event."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot

from desktop.viewer._completion import MAX_COMMENT_CHARS, FeedbackForm
from desktop.viewer._session import ViewerTiming
from local_store import MAX_EVENT_DATA_BYTES
from sync.rules.protocol import event_data_size

pytestmark = pytest.mark.qt


def test_a_comment_over_the_limit_is_not_saved_and_says_why(qtbot: QtBot) -> None:
    form = FeedbackForm(timing=ViewerTiming(), preview=False)
    qtbot.addWidget(form)
    saved: list[object] = []
    form.saved.connect(saved.append)
    form.comment.setPlainText("x" * (MAX_COMMENT_CHARS + 1))
    form.save_button.click()
    assert saved == []
    # The numbers in the reader's format ("4,000" in English, "4.000" in Spanish).
    assert f"shorten it to {QLocale().toString(MAX_COMMENT_CHARS)}" in form.status.text()
    assert form.comment.toPlainText() == "x" * (MAX_COMMENT_CHARS + 1)  # nothing typed is lost
    form.comment.setPlainText("\x01" * MAX_COMMENT_CHARS)  # the costliest text in JSON
    form.save_button.click()
    assert len(saved) == 1
    assert event_data_size(saved[0]) <= MAX_EVENT_DATA_BYTES
