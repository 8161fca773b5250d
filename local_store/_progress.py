"""The progress cache: each owner's folded progress per module."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any, Final, cast

from sync.rules.progress import PROGRESS_FIELDS

from ._codec import check_int, check_text, from_iso, to_iso
from ._connection import Connection
from ._errors import StoreError
from .records import ProgressRow

_PROGRESS_TEXT: Final = frozenset({"status"})

_PROGRESS_TIMES: Final = frozenset({"started_at", "completed_at", "last_accessed_at"})

_PROGRESS_INTS: Final = frozenset(
    {
        "progress_percent",
        "current_section",
        "total_time_seconds",
        "pause_count",
        "hint_count",
        "retry_count",
        "error_count",
    }
)

_PROGRESS_FIELDS: Final = PROGRESS_FIELDS  # the cache holds the fold's columns


class ProgressPart(Connection):
    """``LocalStore``'s progress cache."""

    def put_progress(
        self,
        owner: str,
        module_id: str,
        fields: Mapping[str, object],
        *,
        basis: int | None = None,
    ) -> bool:
        """Upsert the cached progress of one module; fields not given keep their value.

        Keys are ``ProgressRow`` field names (``module_id`` may be present if it matches).
        ``basis`` is the number of events the values were folded from: events only ever
        grow, so a write with a smaller basis than the stored one comes from an older
        snapshot (another thread's) and is ignored. Returns whether the row was written.
        """
        check_text(owner, what="owner")
        check_text(module_id, what="module_id", max_len=100)
        values: dict[str, object] = {}
        for key, value in fields.items():
            if key == "module_id":
                if value != module_id:
                    raise StoreError(f"progress for {module_id!r} carries module_id {value!r:.80}")
            elif key in _PROGRESS_TEXT:
                check_text(value, what=key, max_len=50)
                values[key] = str(value)
            elif key in _PROGRESS_INTS:
                check_int(value, what=key, minimum=0, optional=False)
                values[key] = value
            elif key in _PROGRESS_TIMES:
                values[key] = to_iso(cast(datetime | None, value))
            else:
                raise StoreError(f"unknown progress field {key!r:.60}")
        where = ""
        if basis is not None:
            check_int(basis, what="basis", minimum=0, optional=False)
            values["basis"] = basis
            where = " WHERE excluded.basis >= progress_cache.basis"
        names = list(values)
        columns = ", ".join(["owner", "module_id", *names])
        placeholders = ", ".join("?" * (2 + len(names)))
        update = ", ".join(f"{n} = excluded.{n}" for n in names)
        conflict = f"DO UPDATE SET {update}{where}" if names else "DO NOTHING"
        with self._write() as conn:
            cursor = conn.execute(
                f"INSERT INTO progress_cache ({columns}) VALUES ({placeholders}) "
                f"ON CONFLICT (owner, module_id) {conflict}",
                (owner, module_id, *values.values()),
            )
            return cursor.rowcount > 0

    def get_progress(self, owner: str) -> dict[str, ProgressRow]:
        rows = self._all(
            f"SELECT module_id, {', '.join(_PROGRESS_FIELDS)} FROM progress_cache WHERE owner = ?",
            (owner,),
        )
        result: dict[str, ProgressRow] = {}
        for r in rows:
            fields: dict[str, Any] = dict(zip(_PROGRESS_FIELDS, r[1:], strict=True))
            for name in _PROGRESS_TIMES:
                fields[name] = from_iso(fields[name])
            result[r[0]] = ProgressRow(module_id=r[0], **fields)
        return result
