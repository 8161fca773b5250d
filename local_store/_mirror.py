"""The mirror of the server: each owner's modules, sections, assignments, baselines and
sync cursor."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from datetime import date, datetime
from typing import Any, cast

from sync.rules.sections import criteria_by_section

from ._codec import check_text, dumps, from_iso, from_iso_date, loads, to_iso
from ._connection import Connection
from ._errors import StoreError
from ._rows import (
    MODULE_COLUMNS,
    SECTION_COLUMNS,
    check_assignment,
    check_module,
    check_remote_event,
    check_slug,
    date_iso,
    module_row,
    module_values,
    section_from_row,
    section_row,
)
from ._sql import EVENT_INSERT_IGNORE, OUTBOX_KEY, event_values, user_missing
from .records import (
    ApplyResult,
    AssignmentRecord,
    EventRecord,
    JSONValue,
    ModuleListItem,
    ModuleRecord,
    SectionRecord,
)


class MirrorPart(Connection):
    """``LocalStore``'s mirror."""

    def apply_changes(
        self,
        owner: str,
        *,
        modules: Iterable[ModuleRecord] = (),
        assignments: Iterable[AssignmentRecord] = (),
        removed_modules: Iterable[str] = (),
        removed_assignments: Iterable[str] = (),
        events: Iterable[EventRecord] = (),
        baselines: Mapping[str, JSONValue] | None = None,
        cursor: str,
        synced_at: datetime,
    ) -> ApplyResult:
        """Apply one pulled page for ``owner`` and store its ``cursor``, all in ONE transaction.

        Upserts modules by (owner, slug), replacing a module's sections wholesale when it is
        new or its ``revision`` changed; upserts assignments; deletes the tombstoned modules
        (with their sections) and assignments after the upserts; inserts the remote events
        as ``synced`` (a uuid already present is not inserted again; a local copy of it is
        marked ``synced``); replaces the ``baselines`` given (slug -> the pair's history as
        JSON, see ``baseline``). A failure anywhere leaves the store as it was, cursor
        included. Raises ``StoreError`` for an unknown owner or invalid records.
        """
        check_text(owner, what="owner")
        if not isinstance(cursor, str):
            raise StoreError(f"cursor must be a string, got {type(cursor).__name__}")
        synced_iso = to_iso(synced_at)
        module_list = [check_module(m) for m in modules]
        assignment_list = [check_assignment(a) for a in assignments]
        removed_module_list = [check_slug(s) for s in removed_modules]
        removed_assignment_list = [check_slug(s) for s in removed_assignments]
        event_list = [check_remote_event(e, owner) for e in events]
        baseline_rows = [
            (owner, check_slug(slug), dumps(data, what=f"baseline of {slug!r:.80}"), synced_iso)
            for slug, data in (baselines or {}).items()
        ]

        with self._write() as conn:
            if user_missing(conn, owner):
                raise StoreError(f"unknown user {owner!r:.80}: save_user() before syncing")
            changed = set(self._upsert_modules(conn, owner, module_list))
            conn.executemany(
                "INSERT INTO assignments (owner, module_id, assignment_type, due_date, "
                "assigned_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (owner, module_id) DO UPDATE "
                "SET assignment_type = excluded.assignment_type, due_date = excluded.due_date, "
                "assigned_at = excluded.assigned_at",
                [
                    (
                        owner,
                        a.module_id,
                        a.assignment_type,
                        date_iso(a.due_date),
                        to_iso(a.assigned_at),
                    )
                    for a in assignment_list
                ],
            )
            changed.update(a.module_id for a in assignment_list)
            conn.executemany(
                "DELETE FROM modules WHERE owner = ? AND module_id = ?",
                [(owner, slug) for slug in removed_module_list],
            )
            conn.executemany(
                "DELETE FROM assignments WHERE owner = ? AND module_id = ?",
                [(owner, slug) for slug in removed_assignment_list],
            )
            changed.update(removed_module_list)
            changed.update(removed_assignment_list)
            added = self._insert_remote_events(conn, event_list)
            changed.update(e.module_id for e in added)
            conn.executemany(
                "INSERT INTO baselines (owner, module_id, data, updated_at) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (owner, module_id) DO UPDATE SET data = excluded.data, "
                "updated_at = excluded.updated_at",
                baseline_rows,
            )
            changed.update(row[1] for row in baseline_rows)
            conn.execute(
                "UPDATE users SET sync_cursor = ?, last_sync_at = ? WHERE user_id = ?",
                (cursor, synced_iso, owner),
            )
        return ApplyResult(changed_modules=frozenset(changed), events_added=len(added))

    def _upsert_modules(
        self, conn: sqlite3.Connection, owner: str, modules: Sequence[ModuleRecord]
    ) -> list[str]:
        columns = ", ".join(MODULE_COLUMNS)
        updates = ", ".join(f"{c} = excluded.{c}" for c in MODULE_COLUMNS[1:])
        upsert = (
            f"INSERT INTO modules (owner, {columns}) VALUES "
            f"(?, {', '.join('?' * len(MODULE_COLUMNS))}) "
            f"ON CONFLICT (owner, module_id) DO UPDATE SET {updates}"
        )
        insert_section = (
            f"INSERT INTO sections (owner, module_id, {', '.join(SECTION_COLUMNS)}) "
            f"VALUES (?, ?, {', '.join('?' * len(SECTION_COLUMNS))})"
        )
        slugs: list[str] = []
        for m in modules:
            row = conn.execute(
                "SELECT revision FROM modules WHERE owner = ? AND module_id = ?",
                (owner, m.module_id),
            ).fetchone()
            conn.execute(upsert, (owner, *module_row(m)))
            if row is None or row[0] != m.revision:
                conn.execute(
                    "DELETE FROM sections WHERE owner = ? AND module_id = ?", (owner, m.module_id)
                )
                conn.executemany(
                    insert_section,
                    [(owner, m.module_id, *section_row(s)) for s in m.sections],
                )
            slugs.append(m.module_id)
        return slugs

    def _insert_remote_events(
        self, conn: sqlite3.Connection, events: Sequence[EventRecord]
    ) -> list[EventRecord]:
        """Insert events not already present; mark local copies of them synced."""
        added: list[EventRecord] = []
        for e in events:
            if conn.execute(EVENT_INSERT_IGNORE, event_values(e)).rowcount:
                added.append(e)
            else:
                if conn.execute(f"DELETE FROM outbox WHERE {OUTBOX_KEY}", (e.uuid,)).rowcount:
                    # Our own event coming back: the upload worked even if its ack was lost.
                    conn.execute(
                        "UPDATE events SET server_ts = coalesce(?, server_ts) WHERE uuid = ?",
                        (to_iso(e.server_ts), e.uuid),
                    )
                # The server's identity of it wins: an event this device numbered again
                # under a new id (take_new_identity) that the server had already stored.
                conn.execute(
                    "UPDATE events SET device_id = ?, device_seq = ? WHERE uuid = ? "
                    "AND (device_id, device_seq) IS NOT (?, ?)",
                    (e.device_id, e.device_seq, e.uuid, e.device_id, e.device_seq),
                )
        return added

    def list_modules(self, owner: str) -> list[ModuleListItem]:
        """The owner's modules with their assignment, by title; no section content is read."""
        columns = ", ".join(f"m.{c}" for c in MODULE_COLUMNS)
        rows = self._all(
            f"SELECT {columns}, "
            "(SELECT count(*) FROM sections s "
            " WHERE s.owner = m.owner AND s.module_id = m.module_id), "
            "a.assignment_type, a.due_date, a.assigned_at, "
            "(SELECT group_concat(DISTINCT s.section_type) FROM sections s "
            " WHERE s.owner = m.owner AND s.module_id = m.module_id) "
            "FROM modules m LEFT JOIN assignments a "
            "ON a.owner = m.owner AND a.module_id = m.module_id "
            "WHERE m.owner = ? ORDER BY m.title COLLATE NOCASE, m.module_id",
            (owner,),
        )
        n = len(MODULE_COLUMNS)
        return [
            _list_item(
                ModuleRecord(*module_values(r)),
                r[n],
                r[n + 1],
                None if r[n + 2] is None else date.fromisoformat(r[n + 2]),
                None if r[n + 3] is None else datetime.fromisoformat(r[n + 3]),
                tuple(sorted(r[n + 4].split(","))) if r[n + 4] else (),
            )
            for r in rows
        ]

    def get_module(self, owner: str, module_id: str) -> ModuleRecord | None:
        """One module of the owner's mirror with all its sections, or ``None``."""
        with self._read() as conn:
            row = conn.execute(
                f"SELECT {', '.join(MODULE_COLUMNS)} FROM modules "
                "WHERE owner = ? AND module_id = ?",
                (owner, module_id),
            ).fetchone()
            if row is None:
                return None
            sections = conn.execute(
                f"SELECT {', '.join(SECTION_COLUMNS)} FROM sections "
                "WHERE owner = ? AND module_id = ? ORDER BY section_number",
                (owner, module_id),
            ).fetchall()
        return ModuleRecord(*module_values(row), tuple(section_from_row(s) for s in sections))

    def section_numbers(self, owner: str, module_id: str) -> list[int] | None:
        """The section numbers of a mirrored module, in order (``None``: not mirrored);
        what a fold of its progress needs, without reading the content."""
        rows = self._all(
            "SELECT s.section_number FROM modules m LEFT JOIN sections s "
            "ON s.owner = m.owner AND s.module_id = m.module_id "
            "WHERE m.owner = ? AND m.module_id = ? ORDER BY s.section_number",
            (owner, module_id),
        )
        return None if not rows else [int(n) for (n,) in rows if n is not None]

    def section_rules(self, owner: str, module_id: str) -> dict[int, Any] | None:
        """``{section_number: completion criteria or None}`` of a mirrored module (``None``:
        not mirrored): what the progress fold takes (``criteria_by_section``), without
        reading the content."""
        rows = self._all(
            "SELECT s.section_number, s.section_type, s.section_config, s.completion_criteria "
            "FROM modules m LEFT JOIN sections s "
            "ON s.owner = m.owner AND s.module_id = m.module_id "
            "WHERE m.owner = ? AND m.module_id = ? ORDER BY s.section_number",
            (owner, module_id),
        )
        if not rows:
            return None
        return criteria_by_section(
            SectionRecord(
                section_number=int(n),
                section_type=kind,
                content="",
                section_config=_json_or_none(config),
                completion_criteria=_json_or_none(criteria),
            )
            for n, kind, config, criteria in rows
            if n is not None
        )

    def get_assignment(self, owner: str, module_id: str) -> AssignmentRecord | None:
        row = self._one(
            "SELECT module_id, assignment_type, due_date, assigned_at FROM assignments "
            "WHERE owner = ? AND module_id = ?",
            (owner, module_id),
        )
        if row is None:
            return None
        return AssignmentRecord(
            module_id=row[0],
            assignment_type=row[1],
            due_date=from_iso_date(row[2]),
            assigned_at=from_iso(row[3]),
        )

    def baseline(self, owner: str, module_id: str) -> JSONValue:
        """The pair's history written by another application, as the server sent it
        (``sync.rules.derive.PairBaseline`` JSON), or ``None``."""
        row = self._one(
            "SELECT data FROM baselines WHERE owner = ? AND module_id = ?", (owner, module_id)
        )
        return None if row is None else loads(row[0])

    def get_cursor(self, owner: str) -> str | None:
        """The cursor stored by the owner's last ``apply_changes`` (``None``: pull from start)."""
        row = self._one("SELECT sync_cursor FROM users WHERE user_id = ?", (owner,))
        return None if row is None else cast(str | None, row[0])


def _list_item(
    m: ModuleRecord,
    section_count: int,
    assignment_type: str | None,
    due_date: date | None,
    assigned_at: datetime | None,
    section_types: tuple[str, ...],
) -> ModuleListItem:
    return ModuleListItem(
        module_id=m.module_id,
        title=m.title,
        description=m.description,
        category=m.category,
        tags=m.tags,
        prerequisites=m.prerequisites,
        related_modules=m.related_modules,
        estimated_minutes=m.estimated_minutes,
        status=m.status,
        revision=m.revision,
        updated_at=m.updated_at,
        published_at=m.published_at,
        university_id=m.university_id,
        module_type=m.module_type,
        difficulty_level=m.difficulty_level,
        section_count=section_count,
        assignment_type=assignment_type,
        due_date=due_date,
        assigned_at=assigned_at,
        interaction_level=m.interaction_level,
        required_components=m.required_components,
        adaptive_config=m.adaptive_config,
        section_types=section_types,
    )


def _json_or_none(text: str | None) -> dict[str, Any] | None:
    """A stored JSON object, ``None`` for none or anything else (a damaged row must not stop
    a fold: the section then keeps its type's rule)."""
    if text is None:
        return None
    try:
        value = json.loads(text)
    except ValueError:
        return None
    return value if isinstance(value, dict) else None
