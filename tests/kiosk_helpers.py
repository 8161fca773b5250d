"""A kiosk made on the device alone (no server): its key, enrolment and roster, with PIN
boxes sealed to its key exactly as a server seals them (``sync.rules.kiosk_keys``)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

from argon2 import PasswordHasher

from local_store import KioskRecord, LocalStore, RosterStudent
from sync.client import kiosk as kiosk_ops
from sync.rules import kiosk_keys

__all__ = ["cheap_pin_hash", "local_kiosk", "pin_box"]

_CHEAP = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)


def cheap_pin_hash(pin: str) -> str:
    """A PIN's argon2id hash at the lowest cost (a server's would cost ~0.1 s)."""
    return _CHEAP.hash(pin)


def pin_box(key: bytes, student_id: str, pin: str) -> str:
    """What the server's roster carries for a student with this PIN, for the kiosk ``key``."""
    material, _proof_key = kiosk_keys.material_from_phc(cheap_pin_hash(pin))
    return kiosk_keys.seal_pin(kiosk_keys.public_key(key), student_id=student_id, material=material)


def local_kiosk(
    store: LocalStore,
    students: Mapping[str, tuple[str, str | None]],
    *,
    exit_pin: str = "258013",
    server_url: str = "http://127.0.0.1:9",
    token: str = "frk_test",
    at: datetime = datetime(2026, 1, 1),
    kiosk_id: int = 1,
    university_id: str = "cpp",
) -> bytes:
    """Enrol ``store`` as a kiosk (nothing listens at ``server_url``: offline) with a roster
    of ``students`` (student id -> (name, PIN or None)); returns the kiosk's key."""
    key = kiosk_keys.new_kiosk_key()
    store.enrol_kiosk(
        KioskRecord(
            kiosk_id=kiosk_id,
            name="Tablet",
            university_id=university_id,
            server_url=server_url,
            token=token,
            exit_pin_hash=kiosk_ops.hash_pin(exit_pin),
            enrolled_at=at,
        ),
        key=key,
    )
    store.replace_roster(
        [
            RosterStudent(sid, name, pin_box=pin_box(key, sid, pin) if pin else None)
            for sid, (name, pin) in students.items()
        ],
        synced_at=at,
    )
    return key
