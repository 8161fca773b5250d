"""The media cache's index: one row per cached file."""

from __future__ import annotations

from pathlib import Path

from ._codec import check_int, check_text, to_iso, utcnow
from ._connection import Connection
from ._errors import StoreError
from ._rows import MEDIA_COLUMNS, check_sha256, media_from_row
from .records import MEDIA_STATES, MediaRecord, MediaState


class MediaPart(Connection):
    """``LocalStore``'s media cache index."""

    def media_put(
        self,
        *,
        sha256: str,
        url: str,
        size: int | None,
        path: Path | str | None = None,
        state: MediaState = "missing",
        bytes_done: int = 0,
    ) -> MediaRecord:
        """Add or update the cache entry of one media file (keyed by content hash)."""
        digest = check_sha256(sha256)
        check_text(url, what="url", max_len=2000)
        check_int(size, what="size", minimum=0)
        check_int(bytes_done, what="bytes_done", minimum=0, optional=False)
        if state not in MEDIA_STATES:
            raise StoreError(
                f"media state must be one of {sorted(MEDIA_STATES)}, got {state!r:.20}"
            )
        if size is not None and bytes_done > size:
            raise StoreError(f"bytes_done {bytes_done} exceeds size {size}")
        if state == "complete" and size is not None and bytes_done != size:
            raise StoreError(
                f"complete media must have bytes_done == size ({bytes_done} != {size})"
            )
        now = to_iso(utcnow())
        with self._write() as conn:
            conn.execute(
                f"INSERT INTO media ({MEDIA_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (sha256) DO UPDATE SET url = excluded.url, size = excluded.size, "
                "path = excluded.path, state = excluded.state, "
                "bytes_done = excluded.bytes_done, updated_at = excluded.updated_at",
                (digest, url, size, None if path is None else str(path), state, bytes_done, now),
            )
            row = conn.execute(
                f"SELECT {MEDIA_COLUMNS} FROM media WHERE sha256 = ?", (digest,)
            ).fetchone()
        return media_from_row(row)

    def media_get(self, sha256: str) -> MediaRecord | None:
        digest = check_sha256(sha256)
        row = self._one(f"SELECT {MEDIA_COLUMNS} FROM media WHERE sha256 = ?", (digest,))
        return None if row is None else media_from_row(row)

    def media_list(self) -> list[MediaRecord]:
        """Every cache entry, least recently updated first (eviction order)."""
        rows = self._all(f"SELECT {MEDIA_COLUMNS} FROM media ORDER BY updated_at, sha256")
        return [media_from_row(r) for r in rows]

    def media_total_bytes(self) -> int:
        """Bytes the media cache holds on disk (the sum of ``bytes_done``)."""
        with self._guard():
            return int(
                self._conn().execute("SELECT coalesce(sum(bytes_done), 0) FROM media").fetchone()[0]
            )

    def media_delete(self, sha256: str) -> bool:
        """Drop an entry (after its file was deleted); ``False`` if there was none."""
        digest = check_sha256(sha256)
        with self._write() as conn:
            return conn.execute("DELETE FROM media WHERE sha256 = ?", (digest,)).rowcount > 0
