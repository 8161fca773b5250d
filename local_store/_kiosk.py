"""The kiosk: enrolment and key, roster, PIN attempts, sitting proofs."""

from __future__ import annotations

import base64
import sqlite3
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from typing import Final

from . import _secrets
from ._codec import check_int, check_text, from_iso, naive_utc, one_line, to_iso, utcnow
from ._errors import StoreError
from ._sql import OWNED_TABLES
from ._tokens import TokensPart
from .records import EXIT_PIN_KEY, KioskRecord, PinAttempts, RosterChange, RosterStudent

# A sitting's proof is kept this long after its events are all synced (a later event of
# the same sitting, e.g. the heartbeat at sign-out, still needs it).
_PROOF_KEPT: Final = timedelta(days=1)


class KioskPart(TokensPart):
    """``LocalStore``'s kiosk."""

    def enrol_kiosk(
        self,
        kiosk: KioskRecord,
        *,
        key: bytes | None = None,
        rewrap: Callable[[str, str, str, str], str | None] | None = None,
    ) -> None:
        """Make this device a kiosk, replacing an earlier enrolment (durable on return).

        Roster students already on the device sync with the new credential from now on.
        ``kiosk.device_id`` (issued by the server) becomes this store's device id; ``key``
        (the kiosk's private key) goes to the OS keyring, else to a private file outside
        the data folder (``_secrets.secrets_dir``), never into the store. ``rewrap(owner,
        session_id, device_id, proof_box)`` seals each kept sitting proof again for the new
        key (``None``: drop it), in the same transaction.
        """
        if not isinstance(kiosk, KioskRecord):
            raise StoreError(f"kiosk must be a KioskRecord, got {type(kiosk).__name__}")
        check_int(kiosk.kiosk_id, what="kiosk_id", optional=False)
        check_int(kiosk.team_id, what="team_id")
        for name in ("name", "university_id", "server_url", "token", "exit_pin_hash"):
            check_text(getattr(kiosk, name), what=name, max_len=2000)
        for name in ("university_name", "team_name", "device_id"):
            check_text(getattr(kiosk, name), what=name, max_len=2000, optional=True)
        if key is not None and (not isinstance(key, bytes) or len(key) != 32):
            raise StoreError("a kiosk key is 32 bytes")
        with self._write(durable=True) as conn:
            if key is not None:
                self._keep_kiosk_key(conn, key)
            if rewrap is not None:
                kept = conn.execute(
                    "SELECT owner, session_id, device_id, proof_box FROM kiosk_proofs"
                ).fetchall()
                for owner, session_id, device_id, box in kept:
                    again = rewrap(owner, session_id, device_id, box)
                    where = " WHERE owner = ? AND session_id = ? AND device_id = ?"
                    if again is None:
                        conn.execute(
                            "DELETE FROM kiosk_proofs" + where, (owner, session_id, device_id)
                        )
                    else:
                        conn.execute(
                            "UPDATE kiosk_proofs SET proof_box = ?" + where,
                            (again, owner, session_id, device_id),
                        )
            if kiosk.device_id is not None:
                conn.execute(
                    "UPDATE device SET device_id = ? WHERE singleton = 1", (kiosk.device_id,)
                )
            token = self._stash_token(conn, "kiosk", kiosk.token)
            conn.execute(
                "INSERT OR REPLACE INTO kiosk (singleton, kiosk_id, name, university_id, "
                "university_name, team_id, team_name, server_url, token, exit_pin_hash, "
                "enrolled_at, roster_synced_at, revoked_at) "
                "VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    kiosk.kiosk_id,
                    kiosk.name,
                    kiosk.university_id,
                    kiosk.university_name,
                    kiosk.team_id,
                    kiosk.team_name,
                    kiosk.server_url,
                    token,
                    kiosk.exit_pin_hash,
                    to_iso(naive_utc(kiosk.enrolled_at)),
                    to_iso(kiosk.roster_synced_at),
                    to_iso(kiosk.revoked_at),
                ),
            )
            conn.execute(
                "UPDATE users SET token = ?, server_url = ? "
                "WHERE user_id IN (SELECT student_id FROM roster)",
                (token, kiosk.server_url),
            )
            # What the old kiosk key sealed cannot be opened any more: fetched again.
            conn.execute("UPDATE roster SET pin_box = NULL")
        if kiosk.device_id is not None:
            self._device_id = kiosk.device_id

    def _keep_kiosk_key(self, conn: sqlite3.Connection, key: bytes) -> None:
        ref = self._secrets_ref(conn)
        text = base64.b64encode(key).decode()
        path = _secrets.secrets_dir() / f"{ref}.kiosk-key"
        if self._keyring.set(f"{ref}/kiosk-key", text):
            path.unlink(missing_ok=True)
            return
        try:
            _secrets.make_private_dir(path.parent)
            _secrets.write_private(path, text)
        except OSError as exc:
            raise StoreError(f"cannot keep the kiosk's key in {path}: {one_line(exc)}") from exc

    def kiosk_key(self) -> bytes | None:
        """This kiosk's private key, from the keyring or its private file; ``None`` when it
        is not on this machine (the data folder was copied here): enrol again."""
        ref = self.get_setting("secrets.ref")
        if not isinstance(ref, str):
            return None
        text = self._keyring.get(f"{ref}/kiosk-key")
        if text is None:
            try:
                text = (_secrets.secrets_dir() / f"{ref}.kiosk-key").read_text().strip()
            except OSError:
                return None
        try:
            key = base64.b64decode(text, validate=True)
        except ValueError:
            return None
        return key if len(key) == 32 else None

    def save_session_proof(
        self, *, owner: str, session_id: str, device_id: str, proof_box: str
    ) -> None:
        """Keep (sealed) the PIN proof of a student's sitting until its events are synced."""
        check_text(owner, what="owner")
        check_text(session_id, what="session_id")
        check_text(device_id, what="device_id")
        check_text(proof_box, what="proof_box", max_len=2000)
        with self._write(durable=True) as conn:
            conn.execute(
                "INSERT OR REPLACE INTO kiosk_proofs "
                "(owner, session_id, device_id, proof_box, created_at) VALUES (?, ?, ?, ?, ?)",
                (owner, session_id, device_id, proof_box, to_iso(utcnow())),
            )

    def session_proofs(self, owner: str) -> list[tuple[str, str, str]]:
        """(session id, device id, sealed proof) of the owner's sittings that still have
        unsynced events; the others are deleted. A sitting's events are matched by owner and
        session: a copied store numbers its events again under a new device id, and the
        proof still names the device the PIN was typed on."""
        with self._write() as conn:
            conn.execute(
                "DELETE FROM kiosk_proofs WHERE owner = ? AND NOT EXISTS (SELECT 1 FROM outbox o "
                "JOIN events e ON e.uuid = o.uuid WHERE o.owner = kiosk_proofs.owner "
                "AND e.session_id = kiosk_proofs.session_id) "
                "AND created_at < ?",
                (owner, to_iso(utcnow() - _PROOF_KEPT)),
            )
            rows = conn.execute(
                "SELECT session_id, device_id, proof_box FROM kiosk_proofs WHERE owner = ? "
                "AND EXISTS (SELECT 1 FROM outbox o JOIN events e ON e.uuid = o.uuid "
                "WHERE o.owner = kiosk_proofs.owner AND e.session_id = kiosk_proofs.session_id) "
                "ORDER BY created_at, session_id",
                (owner,),
            ).fetchall()
        return [(str(a), str(b), str(c)) for a, b, c in rows]

    def kiosk(self) -> KioskRecord | None:
        """This device's kiosk enrolment (``None``: not a kiosk)."""
        row = self._one(
            "SELECT kiosk_id, name, university_id, server_url, token, exit_pin_hash, "
            "enrolled_at, university_name, team_id, team_name, roster_synced_at, revoked_at "
            "FROM kiosk WHERE singleton = 1"
        )
        if row is None:
            return None
        return KioskRecord(
            kiosk_id=row[0],
            name=row[1],
            university_id=row[2],
            server_url=row[3],
            token=self._token(row[4]) or "",
            exit_pin_hash=row[5],
            enrolled_at=datetime.fromisoformat(row[6]),
            university_name=row[7],
            team_id=row[8],
            team_name=row[9],
            roster_synced_at=from_iso(row[10]),
            revoked_at=from_iso(row[11]),
        )

    def set_kiosk_revoked(self, at: datetime | None) -> None:
        """Remember that the server refused the kiosk's credential (``None``: it accepts it)."""
        with self._write() as conn:
            conn.execute(
                "UPDATE kiosk SET revoked_at = ? WHERE singleton = 1",
                (to_iso(naive_utc(at)) if at is not None else None,),
            )

    def replace_roster(
        self, students: Sequence[RosterStudent], *, synced_at: datetime
    ) -> RosterChange:
        """Make the roster exactly ``students`` (the server sends the whole roster), in ONE
        transaction.

        Every roster student becomes a user of this device who syncs with the kiosk's
        credential. A student who left the roster can no longer sign in here; their mirror
        is deleted, unless they still have unsynced work, which stays (and keeps syncing:
        the server says why it refuses it, and the reason stays visible on the device).
        """
        seen: set[str] = set()
        for st in students:
            if not isinstance(st, RosterStudent):
                raise StoreError(f"roster entries must be RosterStudent, got {type(st).__name__}")
            check_text(st.student_id, what="student_id")
            check_text(st.name, what="student name", max_len=2000)
            check_int(st.team_id, what="team_id")
            check_text(st.team_name, what="team name", max_len=2000, optional=True)
            check_text(st.pin_box, what="pin_box", max_len=2000, optional=True)
            if st.student_id in seen:
                raise StoreError(f"student {st.student_id!r:.80} is twice in the roster")
            seen.add(st.student_id)
        now = to_iso(utcnow())
        added: list[str] = []
        removed: list[str] = []
        kept: list[str] = []
        with self._write() as conn:
            kiosk = conn.execute(
                "SELECT university_id, server_url, token FROM kiosk WHERE singleton = 1"
            ).fetchone()
            if kiosk is None:
                raise StoreError("this device is not enrolled as a kiosk")
            university_id, server_url, token = kiosk
            before = {r[0] for r in conn.execute("SELECT student_id FROM roster")}
            for st in students:
                if st.student_id not in before:
                    added.append(st.student_id)
                conn.execute(
                    "INSERT INTO roster (student_id, name, team_id, team_name, pin_box, "
                    "updated_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (student_id) DO UPDATE "
                    "SET name = excluded.name, team_id = excluded.team_id, "
                    "team_name = excluded.team_name, pin_box = excluded.pin_box, "
                    "updated_at = excluded.updated_at",
                    (st.student_id, st.name, st.team_id, st.team_name, st.pin_box, now),
                )
                conn.execute(
                    "INSERT INTO users (user_id, role, display_name, university_id, server_url, "
                    "token, created_at, updated_at) VALUES (?, 'student', ?, ?, ?, ?, ?, ?) "
                    "ON CONFLICT (user_id) DO UPDATE SET role = 'student', "
                    "display_name = excluded.display_name, "
                    "university_id = excluded.university_id, token = excluded.token, "
                    "sync_cursor = CASE WHEN users.server_url = excluded.server_url "
                    "THEN users.sync_cursor END, "
                    "server_url = excluded.server_url, updated_at = excluded.updated_at",
                    (st.student_id, st.name, university_id, server_url, token, now, now),
                )
            for gone in sorted(before - seen):
                conn.execute("DELETE FROM roster WHERE student_id = ?", (gone,))
                conn.execute("DELETE FROM pin_attempts WHERE student_id = ?", (gone,))
                unsynced = conn.execute(
                    "SELECT count(*) FROM outbox WHERE owner = ?", (gone,)
                ).fetchone()[0]
                if unsynced:
                    kept.append(gone)
                    continue
                for table in OWNED_TABLES:
                    conn.execute(f"DELETE FROM {table} WHERE owner = ?", (gone,))
                conn.execute("DELETE FROM users WHERE user_id = ?", (gone,))
                removed.append(gone)
            conn.execute(
                "UPDATE device SET current_user_id = NULL WHERE singleton = 1 "
                "AND current_user_id NOT IN (SELECT student_id FROM roster)"
            )
            conn.execute(
                "UPDATE kiosk SET roster_synced_at = ?, revoked_at = NULL WHERE singleton = 1",
                (to_iso(naive_utc(synced_at)),),
            )
        return RosterChange(added=tuple(added), removed=tuple(removed), kept=tuple(kept))

    def roster(self) -> list[RosterStudent]:
        """The students who may sign in on this kiosk, by name."""
        rows = self._all(
            "SELECT student_id, name, team_id, team_name, pin_box FROM roster "
            "ORDER BY name COLLATE NOCASE, student_id"
        )
        return [RosterStudent(*r) for r in rows]

    def roster_student(self, student_id: str) -> RosterStudent | None:
        row = self._one(
            "SELECT student_id, name, team_id, team_name, pin_box FROM roster WHERE student_id = ?",
            (student_id,),
        )
        return None if row is None else RosterStudent(*row)

    def pin_attempts(self, student_id: str) -> PinAttempts:
        row = self._one(
            "SELECT failures, lockouts, locked_until FROM pin_attempts WHERE student_id = ?",
            (student_id,),
        )
        if row is None:
            return PinAttempts(student_id=student_id)
        return PinAttempts(student_id, row[0], row[1], from_iso(row[2]))

    def exit_pin_attempts(self) -> PinAttempts:
        """Wrong staff exit PINs on this kiosk (``student_id`` is ``EXIT_PIN_KEY``)."""
        row = self._one(
            "SELECT exit_failures, exit_lockouts, exit_locked_until FROM kiosk WHERE singleton = 1"
        )
        if row is None:
            return PinAttempts(EXIT_PIN_KEY)
        return PinAttempts(EXIT_PIN_KEY, row[0], row[1], from_iso(row[2]))

    def save_exit_pin_attempts(self, attempts: PinAttempts) -> None:
        """Store the staff exit PIN's wrong-PIN count and lockout; durable, like a student's."""
        check_int(attempts.failures, what="failures", minimum=0, optional=False)
        check_int(attempts.lockouts, what="lockouts", minimum=0, optional=False)
        locked = to_iso(naive_utc(attempts.locked_until)) if attempts.locked_until else None
        with self._write(durable=True) as conn:
            updated = conn.execute(
                "UPDATE kiosk SET exit_failures = ?, exit_lockouts = ?, exit_locked_until = ? "
                "WHERE singleton = 1",
                (attempts.failures, attempts.lockouts, locked),
            ).rowcount
            if not updated:
                raise StoreError("this device is not enrolled as a kiosk")

    def save_pin_attempts(self, attempts: PinAttempts) -> None:
        """Store a student's wrong-PIN count and lockout; durable, so that killing the app
        does not lift a lockout."""
        check_text(attempts.student_id, what="student_id")
        check_int(attempts.failures, what="failures", minimum=0, optional=False)
        check_int(attempts.lockouts, what="lockouts", minimum=0, optional=False)
        locked = to_iso(naive_utc(attempts.locked_until)) if attempts.locked_until else None
        with self._write(durable=True) as conn:
            conn.execute(
                "INSERT INTO pin_attempts (student_id, failures, lockouts, locked_until) "
                "VALUES (?, ?, ?, ?) ON CONFLICT (student_id) DO UPDATE SET "
                "failures = excluded.failures, lockouts = excluded.lockouts, "
                "locked_until = excluded.locked_until",
                (attempts.student_id, attempts.failures, attempts.lockouts, locked),
            )
