"""The sentences the app shows: status area, sign-in problems, not-synced items, errors."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest

from desktop.errors import plain_message
from desktop.ops import outbox
from desktop.ops.auth import sign_in_message
from desktop.ops.status import (
    OFFLINE_MESSAGE,
    StatusView,
    describe,
    format_bytes,
    last_sync_text,
    pending_text,
)
from local_store import LocalStore
from sync.client import account
from sync.client.engine import AuthError
from tests.desktop._builders import NOW, seed_student


def test_offline_says_work_is_saved() -> None:
    text = describe(StatusView(connectivity="offline", pending=3), now=NOW)
    assert text.headline == OFFLINE_MESSAGE
    assert text.headline == (
        "Offline — your work is saved on this device and will sync when you're back online"
    )
    assert text.tone == "offline"
    assert text.pending == "3 changes waiting to sync"


@pytest.mark.parametrize(
    ("view", "headline", "tone"),
    [
        (StatusView(), "Connecting…", "neutral"),
        (StatusView(connectivity="online"), "Online", "ok"),
        (StatusView(connectivity="online", syncing=True), "Syncing…", "busy"),
        (
            StatusView(connectivity="online", error="the server answered 500: boom"),
            "Sync problem: the server answered 500: boom. Your work is saved on this device.",
            "error",
        ),
        (
            StatusView(connectivity="online", needs_sign_in=True, error="revoked"),
            "Signed out by the server — sign in again to sync. Your work is saved on this device.",
            "error",
        ),
    ],
)
def test_status_headlines(view: StatusView, headline: str, tone: str) -> None:
    text = describe(view, now=NOW)
    assert (text.headline, text.tone) == (headline, tone)


def test_counts_and_times() -> None:
    assert pending_text(0) == "All changes synced"
    assert pending_text(1) == "1 change waiting to sync"
    assert describe(StatusView(rejected=1), now=NOW).rejected == "1 item not synced"
    assert describe(StatusView(rejected=0), now=NOW).rejected == ""
    assert last_sync_text(None, now=NOW) == "Not synced yet"
    assert last_sync_text(NOW - timedelta(seconds=5), now=NOW) == "Last synced just now"
    assert last_sync_text(NOW - timedelta(minutes=7), now=NOW) == "Last synced 7 min ago"
    assert last_sync_text(NOW - timedelta(days=40), now=NOW).startswith("Last synced on ")
    assert format_bytes(0) == "0 bytes"
    assert format_bytes(1536) == "1.5 kB"  # SI units, through QLocale
    assert format_bytes(34_983_000) == "35.0 MB"
    assert format_bytes(None) == "unknown size"


@pytest.mark.parametrize(
    ("exc", "expected"),
    [
        (
            account.ServerUnreachable("cannot reach the server at http://x:1"),
            "Can't reach the server at http://x:1. Check the address and your network "
            "connection, then try again.",
        ),
        (
            account.WrongPassword("wrong email or password"),
            "Wrong email or password. Check both and try again.",
        ),
        (
            account.AccountDisabled("this account has been disabled: ask your faculty or an admin"),
            "This account has been disabled. Ask your faculty member or a lab admin.",
        ),
        (
            AuthError("this session was revoked: sign in again"),
            "This sign-in is no longer valid. Please sign in again.",
        ),
        (
            account.BadServerAddress("server address must start with http:// or https://: 'x'"),
            "The server address must start with http:// or https://.",
        ),
        (
            account.NotAFramesServer("the server answered 404", status_code=404),
            "http://x:1 does not look like a FRAMES server. Check the address.",
        ),
        (
            account.NotAFramesServer(
                "http://x:1 does not look like a FRAMES server", status_code=None
            ),
            "http://x:1 does not look like a FRAMES server.",
        ),
        (
            account.SignInRefused("the server answered 500", status_code=500, explained=False),
            "The server could not sign you in (the server answered 500). Try again in a moment.",
        ),
        (
            account.LockedOut(
                "too many failed sign-ins for this account: try again in 1 minute", retry_after=60
            ),
            "Too many failed sign-ins for this account: try again in 1 minute",
        ),
        (
            account.ClientTooOld("this app is too old: please update FRAMES LMS"),
            "This app is too old: please update FRAMES LMS",
        ),
        (
            # The text alone decides nothing: an explained refusal is said as the server said it.
            account.SignInRefused("wrong email or password", status_code=400, explained=True),
            "Wrong email or password",
        ),
    ],
)
def test_sign_in_messages(exc: BaseException, expected: str) -> None:
    assert sign_in_message(exc, server="http://x:1") == expected


def test_plain_message_never_shows_class_names() -> None:
    from sync.client.engine import AuthError, OfflineError, ServerError

    assert "Can't reach the server" in plain_message(OfflineError("no route to host"))
    assert "Can't reach the server" in plain_message(account.ServerUnreachable("refused"))
    assert plain_message(AuthError("this session was revoked: sign in again (server x)")) == (
        "Your sign-in is no longer valid (this session was revoked). Please sign in again."
    )
    assert plain_message(ServerError("it broke")).startswith("The server had a problem")
    assert plain_message(FileNotFoundError(2, "No such file or directory", "/x")) == (
        "No such file or directory (/x)"
    )
    assert plain_message(RuntimeError("")) == "Something went wrong (RuntimeError)."


def test_plain_message_goes_by_type_not_by_name_or_text() -> None:
    class OfflineError(Exception):  # a look-alike: the same name, not ours
        pass

    assert plain_message(OfflineError("cannot reach the server at x")) == (
        "Cannot reach the server at x"
    )


def test_rejected_items_in_plain_words(tmp_path: Path) -> None:
    with LocalStore.open(tmp_path / "s.sqlite3") as store:
        user = seed_student(store)
        owner = user.user_id
        checked = store.record_event(
            owner=owner,
            module_id="lab-safety-101",
            event_type="checklist_item",
            section_number=3,
            event_data={"item": "goggles-on", "checked": True},
            session_id="s",
            device_type="desktop",
        )
        gone = store.record_event(
            owner=owner,
            module_id="removed-module",
            event_type="section_complete",
            section_number=2,
            session_id="s",
            device_type="desktop",
        )
        store.mark_sent([checked.uuid, gone.uuid])
        store.mark_rejected(checked.uuid, "module 'lab-safety-101' is not assigned to this student")
        store.mark_rejected(gone.uuid, "unknown module 'removed-module'")
        items = outbox.rejected_items(store, owner=owner)
        assert [(i.module, i.what, i.reason) for i in items] == [
            (
                "Lab Safety 101",
                "Ticked “goggles-on” in section 3",
                "This module is no longer assigned to you, so the server did not take it.",
            ),
            (
                "removed-module",
                "Finished section 2",
                "The server no longer has this module (it was removed).",
            ),
        ]
        assert outbox.plain_reason("event_data: bad thing") == "Event_data: bad thing."
        assert outbox.plain_reason(None).startswith("The server did not accept it")
        name = outbox.suggested_export_name("stu/1", now=datetime(2025, 1, 2, 3, 4))
        assert name == "frames-not-synced-stu_1-20250102-0304.jsonl"
