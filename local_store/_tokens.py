"""Sign-in tokens: kept in the OS keyring, the store holding a marker (or, with no
keyring, the token itself)."""

from __future__ import annotations

import sqlite3
import threading
from dataclasses import replace
from typing import Any

from . import _secrets
from ._codec import dumps, loads
from ._rows import user_from_row
from ._settings import SettingsPart
from .records import UserRecord


class TokensPart(SettingsPart):
    """``LocalStore``'s tokens and its name among the keyring's entries."""

    @property
    def token_storage(self) -> str:
        """Where this store keeps sign-in tokens: ``keyring: <backend>`` or ``store file``."""
        if self._keyring.available:
            return f"keyring: {self._keyring.name}"
        return "store file"

    def _secrets_ref(self, conn: sqlite3.Connection) -> str:
        """This store's name among the keyring's entries (made on first use; in a write)."""
        row = conn.execute("SELECT value FROM kv WHERE key = 'secrets.ref'").fetchone()
        if row is not None:
            return str(loads(row[0]))
        ref = _secrets.new_ref()
        conn.execute("INSERT INTO kv (key, value) VALUES ('secrets.ref', ?)", (dumps(ref),))
        return ref

    def _stash_token(self, conn: sqlite3.Connection, name: str, token: str | None) -> str | None:
        """What a token column keeps of ``token``: a marker naming its keyring entry, or,
        with no keyring (or one that refuses), the token itself."""
        if token is None or not self._keyring.available:
            return token
        if not self._keyring.set(f"{self._secrets_ref(conn)}/{name}", token):
            return token
        marker = f"{_secrets.KEYRING_MARK}{name}#{_secrets.fingerprint(token)}"
        self._tokens[marker] = token
        return marker

    def _drop_token(self, conn: sqlite3.Connection, column: str | None, *, user_id: str) -> None:
        """Delete the user's own keyring entry that ``column`` names (not the kiosk's)."""
        if column is None or not column.startswith(_secrets.KEYRING_MARK + f"user:{user_id}#"):
            return
        self._tokens.pop(column, None)
        self._keyring.delete(f"{self._secrets_ref(conn)}/user:{user_id}")

    def _token(self, column: str | None) -> str | None:
        """The token a column stands for; ``None`` when its keyring entry is not on this
        machine (the store was copied from another one): signed out."""
        if column is None or not column.startswith(_secrets.KEYRING_MARK):
            return column
        known = self._tokens.get(column)
        if known is not None:
            return known
        name, _, tag = column[len(_secrets.KEYRING_MARK) :].rpartition("#")
        ref = self.get_setting("secrets.ref")
        token = self._keyring.get(f"{ref}/{name}") if isinstance(ref, str) else None
        if token is None or _secrets.fingerprint(token) != tag:
            return None
        self._tokens[column] = token
        return token

    def _user(self, row: Any) -> UserRecord:
        user = user_from_row(row)
        return replace(user, token=self._token(user.token))

    def _warm_keyring(self) -> None:
        """Load the keyring on a thread of its own when this store's tokens are in it: the
        first screen's read of the signed-in user then rarely waits for it."""
        if self._one("SELECT 1 FROM users WHERE token LIKE ?", (_secrets.KEYRING_MARK + "%",)):
            threading.Thread(target=self._keyring.load, name="frames-keyring", daemon=True).start()

    def secure_tokens(self) -> None:
        """Move tokens an older app (or a machine without a keyring) wrote into the file to
        the keyring, when there is one now, and leave no trace of them in the file."""
        mark = _secrets.KEYRING_MARK + "%"
        with self._guard():
            conn = self._conn()
            users = conn.execute(
                "SELECT user_id, token FROM users WHERE token IS NOT NULL AND token NOT LIKE ?",
                (mark,),
            ).fetchall()
            kiosk = conn.execute(
                "SELECT token FROM kiosk WHERE singleton = 1 AND token NOT LIKE ?", (mark,)
            ).fetchone()
        if (not users and kiosk is None) or not self._keyring.available:
            return
        conn = self._conn()
        # Freed bytes are overwritten with zeros, and the WAL that held the old pages is
        # emptied afterwards: the tokens leave the file, not just the rows.
        conn.execute("PRAGMA secure_delete = ON")
        try:
            with self._write(durable=True) as conn:
                kiosk_marker = None
                if kiosk is not None:
                    kiosk_marker = self._stash_token(conn, "kiosk", kiosk[0])
                    conn.execute("UPDATE kiosk SET token = ? WHERE singleton = 1", (kiosk_marker,))
                for user_id, token in users:
                    if kiosk is not None and token == kiosk[0]:
                        column = kiosk_marker
                    else:
                        column = self._stash_token(conn, f"user:{user_id}", token)
                    conn.execute("UPDATE users SET token = ? WHERE user_id = ?", (column, user_id))
            with self._guard():
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            conn.execute("PRAGMA secure_delete = OFF")
