"""Users signed in on this device."""

from __future__ import annotations

import re
from pathlib import Path

from ._codec import check_text, event_from_row, to_iso, utcnow, write_jsonl_atomic
from ._errors import PendingEventsError, StoreError
from ._rows import USER_COLUMNS
from ._sql import OWNED_TABLES, UNSYNCED_SELECT, user_missing
from ._tokens import TokensPart
from .records import ROLES, Role, UserRecord


class UsersPart(TokensPart):
    """``LocalStore``'s users."""

    def save_user(
        self,
        *,
        user_id: str,
        role: Role,
        display_name: str,
        server_url: str,
        token: str | None,
        email: str | None = None,
        university_id: str | None = None,
    ) -> UserRecord:
        """Add or update a signed-in user (sign-in, token refresh, profile change).

        Keeps the user's sync cursor, unless ``server_url`` changed: a cursor means
        nothing to another server, so the next pull starts over.
        """
        check_text(user_id, what="user_id")
        if role not in ROLES:
            raise StoreError(f"role must be one of {sorted(ROLES)}, got {role!r:.40}")
        if not isinstance(display_name, str):
            raise StoreError(f"display_name must be a string, got {display_name!r:.60}")
        check_text(server_url, what="server_url", max_len=2000)
        for name, value in (("token", token), ("email", email), ("university_id", university_id)):
            if value is not None and not isinstance(value, str):
                raise StoreError(f"{name} must be a string or None, got {type(value).__name__}")
        now = to_iso(utcnow())
        with self._write() as conn:
            before = conn.execute(
                "SELECT token FROM users WHERE user_id = ?", (user_id,)
            ).fetchone()
            if token is None and before is not None:  # signed out: the keyring forgets it
                self._drop_token(conn, before[0], user_id=user_id)
            column = self._stash_token(conn, f"user:{user_id}", token)
            conn.execute(
                "INSERT INTO users (user_id, role, display_name, email, university_id, "
                "server_url, token, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (user_id) DO UPDATE SET role = excluded.role, "
                "display_name = excluded.display_name, email = excluded.email, "
                "university_id = excluded.university_id, token = excluded.token, "
                "sync_cursor = CASE WHEN users.server_url = excluded.server_url "
                "THEN users.sync_cursor END, "
                "server_url = excluded.server_url, updated_at = excluded.updated_at",
                (user_id, role, display_name, email, university_id, server_url, column, now, now),
            )
            row = conn.execute(
                f"SELECT {USER_COLUMNS} FROM users WHERE user_id = ?", (user_id,)
            ).fetchone()
        return self._user(row)

    def get_user(self, user_id: str) -> UserRecord | None:
        row = self._one(f"SELECT {USER_COLUMNS} FROM users WHERE user_id = ?", (user_id,))
        return None if row is None else self._user(row)

    def list_users(self) -> list[UserRecord]:
        """Users signed in on this device, by display name."""
        rows = self._all(
            f"SELECT {USER_COLUMNS} FROM users ORDER BY display_name COLLATE NOCASE, user_id"
        )
        return [self._user(r) for r in rows]

    def set_current_user(self, user_id: str | None) -> None:
        """Make ``user_id`` the active user (``None``: nobody signed in at the screen)."""
        with self._write() as conn:
            if user_id is not None and user_missing(conn, user_id):
                raise StoreError(f"unknown user {user_id!r:.80}: save_user() first")
            conn.execute("UPDATE device SET current_user_id = ? WHERE singleton = 1", (user_id,))

    def current_user(self) -> UserRecord | None:
        row = self._one(
            f"SELECT {USER_COLUMNS} FROM users "
            "WHERE user_id = (SELECT current_user_id FROM device WHERE singleton = 1)"
        )
        return None if row is None else self._user(row)

    def forget_user(self, user_id: str, *, force: bool = False) -> Path | None:
        """Remove a user from this device: their mirror, caches, synced events and sign-in.

        Raises ``PendingEventsError`` while the user has unsynced (pending, sent or
        rejected) events. With ``force=True`` those events are first exported as JSON lines
        to a file next to the store, whose path is returned (``None`` when there were none),
        and then deleted too. Raises ``StoreError`` for an unknown user.
        """
        export_path: Path | None = None
        with self._write() as conn:
            if user_missing(conn, user_id):
                raise StoreError(f"unknown user {user_id!r:.80}")
            unsynced = [
                event_from_row(r)
                for r in conn.execute(
                    f"{UNSYNCED_SELECT} WHERE o.owner = ? ORDER BY o.device_seq, o.uuid",
                    (user_id,),
                )
            ]
            if unsynced and not force:
                raise PendingEventsError(
                    f"user {user_id!r:.80} still has {len(unsynced)} unsynced events: "
                    "sync first, or forget with force=True to export them to a file"
                )
            if unsynced:
                # Written inside the transaction, so no event can slip in between.
                safe = re.sub(r"[^A-Za-z0-9_.-]", "_", user_id)[:40]
                stamp = utcnow().strftime("%Y%m%d-%H%M%S")
                export_path = _unique_file(
                    self._path.parent / f"outbox-forgotten-{safe}-{stamp}.jsonl"
                )
                try:
                    write_jsonl_atomic(export_path, unsynced)
                except OSError as exc:
                    raise StoreError(f"cannot export {user_id!r:.80}'s events: {exc}") from exc
            for table in OWNED_TABLES:
                conn.execute(f"DELETE FROM {table} WHERE owner = ?", (user_id,))
            token = conn.execute(
                "SELECT token FROM users WHERE user_id = ?", (user_id,)
            ).fetchone()[0]
            self._drop_token(conn, token, user_id=user_id)
            conn.execute("DELETE FROM users WHERE user_id = ?", (user_id,))
        return export_path


def _unique_file(path: Path) -> Path:
    candidate, n = path, 0
    while candidate.exists():
        n += 1
        candidate = path.with_name(f"{path.stem}-{n}{path.suffix}")
    return candidate
