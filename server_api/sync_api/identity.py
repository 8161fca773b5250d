"""Device identity: telling two copies of one local store apart.

A device numbers its events ``(device_id, device_seq)``, from a counter kept in its local
store. Copy that store to a second machine (a cloned disk image, a restored backup) and both
copies number their next events alike; and since a pull never returns the events that carry
the puller's own device id, each copy would miss the other's events for ever.

Two checks catch a copy, each answered with HTTP 409 ``device_identity_conflict``
(``DeviceIdentityConflict``); the device then takes a new identity and pulls everything
again (``sync.client.engine``):

* a push whose event reuses a ``(device_id, device_seq)`` of the pushing device that the
  server holds with another uuid (the same uuid is a plain duplicate: a retry). Nothing of
  that batch is stored. Pushes of one device id are serialised until commit (an advisory
  lock on PostgreSQL; SQLite has one writer), so two copies pushing at once cannot both
  store the same pair;
* a pull from a device whose counter (``PullRequest.device_next_seq``) is at or below a
  sequence number the server holds for its id: someone else numbered events past where
  this copy stands (a backup restored after the original recorded more).

Both are one lookup on ``idx_events_device_seq``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Final

from sqlalchemy import text
from sqlalchemy.orm import Session

from server_api.errors import DeviceIdentityConflict

__all__ = ["check_device_counter", "check_push_identity"]

# The advisory lock class of "pushes of one device id" (the second key is the id's hash).
_LOCK_CLASS: Final = 0x0F5A
_PG_LOCK: Final = text("SELECT pg_advisory_xact_lock(:cls, hashtext(:device))")
# SQLite: take the database's write lock now (a write that changes nothing), so the check
# and the insert that follows see no other writer in between.
_SQLITE_LOCK: Final = text("UPDATE sync_clock SET value = value WHERE id = 1")
# A batch's numbers are nearly always one run (lo..hi): one index range scan, which finds
# nothing for new events. Scattered numbers (a refused event retried with new ones) are
# looked up one by one.
_STORED_RUN: Final = text(
    "SELECT device_seq, event_uuid FROM module_analytics_events "
    "WHERE device_id = :device AND device_seq BETWEEN :lo AND :hi"
)
_PG_STORED: Final = text(
    "SELECT device_seq, event_uuid FROM module_analytics_events "
    "WHERE device_id = :device AND device_seq = ANY(CAST(:seqs AS bigint[]))"
)
_SQLITE_STORED: Final = text(
    "SELECT device_seq, event_uuid FROM module_analytics_events "
    "WHERE device_id = :device AND device_seq IN (SELECT value FROM json_each(:seqs))"
)
_AHEAD: Final = text(
    "SELECT device_seq FROM module_analytics_events "
    "WHERE device_id = :device AND device_seq >= :next LIMIT 1"
)
_MESSAGE: Final = (
    "another copy of this device's data already used its event numbers (a copied or "
    "restored store): the app takes a new device identity and syncs again"
)


def check_push_identity(session: Session, *, device_id: str, rows: Sequence[Sequence[Any]]) -> None:
    """Refuse the batch (``DeviceIdentityConflict``) if one of its events recorded by the
    pushing device reuses a sequence number the server holds with another uuid.

    ``rows`` hold an event's uuid at index 0, its device id at 8 and its sequence number at
    9 (an ``EventRow``, or the row a push is about to store). Call it right before storing:
    it locks the device id until the transaction ends."""
    own = {r[9]: r[0] for r in rows if r[8] == device_id}  # device_seq -> uuid
    if not own:
        return
    postgres = session.get_bind().dialect.name == "postgresql"
    conn = session.connection()
    if postgres:
        conn.execute(_PG_LOCK, {"cls": _LOCK_CLASS, "device": device_id})
    else:
        conn.execute(_SQLITE_LOCK)
    lo, hi = min(own), max(own)
    if hi - lo < 2 * len(own):
        stored = conn.execute(_STORED_RUN, {"device": device_id, "lo": lo, "hi": hi})
    elif postgres:
        stored = conn.execute(_PG_STORED, {"device": device_id, "seqs": sorted(own)})
    else:
        seqs = "[" + ",".join(str(s) for s in sorted(own)) + "]"
        stored = conn.execute(_SQLITE_STORED, {"device": device_id, "seqs": seqs})
    clashes = sorted(int(seq) for seq, uuid in stored if own.get(int(seq), uuid) != uuid)
    if clashes:
        raise DeviceIdentityConflict(
            _MESSAGE, details={"device_id": device_id, "device_seq": clashes[:20]}
        )


def check_device_counter(session: Session, *, device_id: str, next_seq: int) -> None:
    """Refuse (``DeviceIdentityConflict``) a device whose counter stands at or below a
    sequence number the server already holds for its id."""
    ahead = (
        session.connection()
        .execute(_AHEAD, {"device": device_id, "next": next_seq})
        .scalar_one_or_none()
    )
    if ahead is not None:
        raise DeviceIdentityConflict(
            _MESSAGE,
            details={"device_id": device_id, "device_seq": [int(ahead)], "next_seq": next_seq},
        )
