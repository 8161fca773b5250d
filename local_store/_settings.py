"""Settings: JSON values by key (the ``kv`` table)."""

from __future__ import annotations

from ._codec import check_text, dumps, loads
from ._connection import Connection
from .records import JSONValue


class SettingsPart(Connection):
    """``LocalStore``'s settings."""

    def get_setting(self, key: str, default: JSONValue = None) -> JSONValue:
        row = self._one("SELECT value FROM kv WHERE key = ?", (key,))
        return default if row is None else loads(row[0])

    def set_setting(self, key: str, value: JSONValue, *, durable: bool = False) -> None:
        """Store a JSON value (window geometry, server address, ...) under ``key``.

        ``durable=True`` commits with ``synchronous=FULL``, which in WAL mode makes this and
        every earlier commit (all recorded events) survive a power cut once it returns.
        """
        check_text(key, what="setting key")
        text = dumps(value, what=f"setting {key!r:.60}")
        with self._write(durable=durable) as conn:
            conn.execute(
                "INSERT INTO kv (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (key, text),
            )
