"""What the kiosk's pages and window call: ops over ``sync.client.kiosk`` and the store.

The writes (PIN attempts, a sitting's current user, the enrolment, an export, a student's
own PIN on the server) are ``Op`` objects run on a worker; the reads a page shows at once
(a lockout's end, the roster filtered by a search) and the PIN rules are plain calls.
No widget calls ``sync.client.kiosk`` or writes to the store itself.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from desktop.i18n import translate
from desktop.ops.auth import SERVER_SETTING
from desktop.ops.op import Op
from local_store import KioskRecord, LocalStore, RosterStudent
from sync.client import kiosk as _kiosk
from sync.client.kiosk import MAX_PIN_DIGITS, MAX_TRIES, PIN_RULE, PinCheck, valid_pin

__all__ = [
    "MAX_PIN_DIGITS",
    "MAX_TRIES",
    "PIN_RULE",
    "SERVER_SETTING",
    "PinCheck",
    "begin_sitting",
    "check_exit_pin",
    "check_pin",
    "end_sitting",
    "enrol",
    "exit_lock_state",
    "export_unsynced",
    "filter_roster",
    "lock_state",
    "pin_rule",
    "set_own_pin",
    "valid_pin",
]

# The shortest PIN (PIN_RULE says "6 to 12 digits"; a test checks pin_rule() says the same).
MIN_PIN_DIGITS = 6

# -- reads and rules (instant, on the UI thread) -------------------------------------------


def pin_rule() -> str:
    """``PIN_RULE`` in the interface language: what a kiosk PIN is made of."""
    return translate("kiosk", "{low} to {high} digits").format(
        low=MIN_PIN_DIGITS, high=MAX_PIN_DIGITS
    )


def lock_state(*, store: LocalStore, student_id: str, now: datetime) -> PinCheck:
    """Whether the student is locked out of this kiosk now (no attempt is counted)."""
    return _kiosk.lock_state(store, student_id, now=now)


def exit_lock_state(*, store: LocalStore, now: datetime) -> PinCheck:
    """Whether the staff page is locked out now (no attempt is counted)."""
    return _kiosk.exit_lock_state(store, now=now)


def filter_roster(students: list[RosterStudent], text: str) -> list[RosterStudent]:
    """The roster students a search matches (``sync.client.kiosk.filter_roster``)."""
    return _kiosk.filter_roster(students, text)


# -- ops ---------------------------------------------------------------------------------


def check_pin(
    *, store: LocalStore, student_id: str, pin: str, now: datetime, session_id: str
) -> Op[PinCheck]:
    """Check a student's PIN (argon2, about 0.1 s) and count a wrong one, durably."""
    return Op(
        lambda: _kiosk.check_pin(store, student_id, pin, now=now, session_id=session_id),
        what=translate("kiosk", "checking a PIN"),
    )


def check_exit_pin(*, store: LocalStore, pin: str, now: datetime) -> Op[PinCheck]:
    """Check the staff exit PIN, with the same durable lockout."""
    return Op(
        lambda: _kiosk.check_exit_pin(store, pin, now=now),
        what=translate("kiosk", "checking a PIN"),
    )


def begin_sitting(*, store: LocalStore, student_id: str) -> Op[None]:
    """The student whose PIN was right becomes the device's current user."""
    return Op(lambda: store.set_current_user(student_id), what=translate("kiosk", "signing in"))


def end_sitting(*, store: LocalStore) -> Op[None]:
    """Nobody is the device's current user any more (the kiosk's credential stays)."""
    return Op(lambda: store.set_current_user(None), what=translate("kiosk", "signing out"))


def enrol(
    *,
    store: LocalStore,
    server: str,
    name: str,
    exit_pin: str,
    code: str | None,
    email: str | None,
    password: str | None,
    now: datetime,
) -> Op[KioskRecord]:
    """Enrol this device as a kiosk (online); its server becomes the one the app proposes."""

    def run() -> KioskRecord:
        kiosk = _kiosk.enrol(
            store,
            server=server,
            name=name,
            exit_pin=exit_pin,
            code=code,
            email=email,
            password=password,
            now=now,
        )
        store.set_setting(SERVER_SETTING, kiosk.server_url)
        return kiosk

    return Op(run, what=translate("kiosk", "enrolling this kiosk"), network=True)


def export_unsynced(*, store: LocalStore, path: Path) -> Op[int]:
    """Write every unsynced event of every student on this kiosk to ``path``; the count."""
    return Op(lambda: store.export_outbox(path), what=translate("kiosk", "exporting unsynced work"))


def set_own_pin(*, server: str, token: str, pin: str, password: str) -> Op[None]:
    """Set the signed-in student's kiosk PIN on the server, confirmed with their password."""
    return Op(
        lambda: _kiosk.set_own_pin(server, token, pin, password=password),
        what=translate("kiosk", "setting the kiosk PIN"),
        network=True,
    )
