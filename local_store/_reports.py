"""Report snapshots kept for offline reading: rows by kind and generation."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime
from typing import Any, Final

from ._codec import dumps, from_iso, loads, naive_utc, to_iso, utcnow
from ._connection import Connection
from ._errors import StoreError
from .records import JSONValue, ReportFilter, ReportMeta

# Reports: a field name used in a JSON path (``$.name``), and how many rows one read takes.
_REPORT_FIELD: Final = re.compile(r"[a-z][a-z0-9_]{0,39}")

_REPORT_KIND: Final = re.compile(r"[a-z][a-z0-9_]{0,39}")

MAX_REPORT_READ: Final = 2000
"""Rows one ``report_rows`` call returns at most (a view reads the rows it shows)."""

MAX_REPORT_ROW_BYTES: Final = 64 * 1024
"""A stored report row's JSON text at most (a comment is the longest field)."""


class ReportsPart(Connection):
    """``LocalStore``'s report snapshots."""

    def begin_report(self, owner: str, kind: str) -> int:
        """Start a new snapshot of report ``kind``: the generation to write its rows under.

        The shown snapshot stays as it is until ``commit_report``; rows of an earlier
        snapshot that was never committed (a fetch that failed half-way) are dropped here.
        """
        _check_report_kind(kind)
        with self._write() as conn:
            row = conn.execute(
                "SELECT generation FROM report_meta WHERE owner = ? AND kind = ?", (owner, kind)
            ).fetchone()
            current = int(row[0]) if row is not None else 0
            conn.execute(
                "DELETE FROM report_rows WHERE owner = ? AND kind = ? AND generation != ?",
                (owner, kind, current),
            )
            return current + 1

    def add_report_rows(
        self,
        owner: str,
        kind: str,
        *,
        generation: int,
        start: int,
        rows: Sequence[Mapping[str, JSONValue]],
    ) -> int:
        """Append ``rows`` (JSON objects) to a snapshot begun by ``begin_report``, numbered
        from ``start``; returns the next number. One transaction per call."""
        _check_report_kind(kind)
        values = []
        for i, row in enumerate(rows):
            text = dumps(dict(row), what=f"{kind} report row")
            if len(text.encode()) > MAX_REPORT_ROW_BYTES:
                raise StoreError(
                    f"{kind} report row {start + i} has {len(text.encode())} bytes "
                    f"(at most {MAX_REPORT_ROW_BYTES})"
                )
            values.append((owner, kind, generation, start + i, text))
        with self._write() as conn:
            conn.executemany(
                "INSERT INTO report_rows (owner, kind, generation, ordinal, data) "
                "VALUES (?, ?, ?, ?, ?)",
                values,
            )
        return start + len(values)

    def commit_report(
        self,
        owner: str,
        kind: str,
        *,
        generation: int,
        as_of: datetime,
        facets: Mapping[str, JSONValue] | None = None,
    ) -> ReportMeta:
        """Show the snapshot ``generation`` from now on and drop the one shown before; one
        transaction, so a reader sees either the old snapshot or the new one whole."""
        _check_report_kind(kind)
        fetched = utcnow()
        facets_text = dumps(dict(facets or {}), what=f"{kind} report facets")
        with self._write() as conn:
            count = conn.execute(
                "SELECT count(*) FROM report_rows WHERE owner = ? AND kind = ? AND generation = ?",
                (owner, kind, generation),
            ).fetchone()[0]
            conn.execute(
                "DELETE FROM report_rows WHERE owner = ? AND kind = ? AND generation != ?",
                (owner, kind, generation),
            )
            conn.execute(
                "INSERT INTO report_meta (owner, kind, generation, as_of, fetched_at, row_count, "
                "facets) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (owner, kind) DO UPDATE SET "
                "generation = excluded.generation, as_of = excluded.as_of, "
                "fetched_at = excluded.fetched_at, row_count = excluded.row_count, "
                "facets = excluded.facets",
                (owner, kind, generation, to_iso(as_of), to_iso(fetched), count, facets_text),
            )
        return ReportMeta(
            kind=kind,
            as_of=naive_utc(as_of),
            fetched_at=fetched,
            row_count=int(count),
            facets=dict(facets or {}),
        )

    def save_report(
        self,
        owner: str,
        kind: str,
        *,
        as_of: datetime,
        rows: Iterable[Mapping[str, JSONValue]],
        facets: Mapping[str, JSONValue] | None = None,
        batch: int = 5000,
    ) -> ReportMeta:
        """Replace the snapshot of ``kind`` with ``rows`` (begin, add in batches, commit)."""
        generation = self.begin_report(owner, kind)
        start = 0
        chunk: list[Mapping[str, JSONValue]] = []
        for row in rows:
            chunk.append(row)
            if len(chunk) >= batch:
                start = self.add_report_rows(
                    owner, kind, generation=generation, start=start, rows=chunk
                )
                chunk = []
        if chunk:
            self.add_report_rows(owner, kind, generation=generation, start=start, rows=chunk)
        return self.commit_report(owner, kind, generation=generation, as_of=as_of, facets=facets)

    def report_meta(self, owner: str) -> dict[str, ReportMeta]:
        """The snapshots kept for ``owner``, by kind (empty before the first fetch)."""
        return {
            str(r[0]): ReportMeta(
                kind=str(r[0]),
                as_of=from_iso(r[1]) or utcnow(),
                fetched_at=from_iso(r[2]) or utcnow(),
                row_count=int(r[3]),
                facets=loads(r[4]) or {},
            )
            for r in self._all(
                "SELECT kind, as_of, fetched_at, row_count, facets FROM report_meta "
                "WHERE owner = ? ORDER BY kind",
                (owner,),
            )
        }

    def report_count(self, owner: str, kind: str) -> int:
        """How many rows the shown snapshot of ``kind`` has (0 before the first fetch); reads
        no facets, so it is cheap."""
        row = self._one(
            "SELECT row_count FROM report_meta WHERE owner = ? AND kind = ?", (owner, kind)
        )
        return int(row[0]) if row is not None else 0

    def report_ordinals(self, owner: str, kind: str, where: ReportFilter) -> list[int]:
        """The numbers of the shown snapshot's rows that ``where`` keeps, in its order."""
        _check_report_kind(kind)
        clauses = ["r.owner = ?", "r.kind = ?", "r.generation = m.generation"]
        params: list[Any] = [owner, kind]
        for name, value in where.equals:
            if value is None:
                clauses.append("json_extract(r.data, ?) IS NULL")
                params.append(_json_path(name))
            else:
                clauses.append("json_extract(r.data, ?) = ?")
                params.extend((_json_path(name), value))
        for name in where.present:
            clauses.append("json_extract(r.data, ?) IS NOT NULL")
            params.append(_json_path(name))
        words = where.text.casefold().split()[:10]
        if words and where.text_fields:
            haystack = " || ' ' || ".join(
                "coalesce(json_extract(r.data, ?), '')" for _ in where.text_fields
            )
            for word in words:
                clauses.append(f"instr(lower({haystack}), ?) > 0")
                params.extend(_json_path(f) for f in where.text_fields)
                params.append(word)
        order: list[str] = []
        for name, descending in where.order:
            # Nulls last either way: a blank due date or team sorts after the others.
            order.append("json_extract(r.data, ?) IS NULL, json_extract(r.data, ?)")
            order[-1] += " DESC" if descending else ""
            params.extend((_json_path(name), _json_path(name)))
        order.append("r.ordinal")
        sql = (
            "SELECT r.ordinal FROM report_rows r JOIN report_meta m "
            "ON m.owner = r.owner AND m.kind = r.kind WHERE "
            + " AND ".join(clauses)
            + " ORDER BY "
            + ", ".join(order)
        )
        return [int(r[0]) for r in self._all(sql, params)]

    def report_rows(
        self, owner: str, kind: str, ordinals: Sequence[int]
    ) -> list[dict[str, JSONValue]]:
        """The rows with these numbers (at most ``MAX_REPORT_READ``), in the order asked."""
        _check_report_kind(kind)
        if len(ordinals) > MAX_REPORT_READ:
            raise StoreError(
                f"{len(ordinals)} report rows asked at once (at most {MAX_REPORT_READ})"
            )
        if not ordinals:
            return []
        wanted = list(ordinals)
        lo, hi = min(wanted), max(wanted)
        with self._read() as conn:
            gen = conn.execute(
                "SELECT generation FROM report_meta WHERE owner = ? AND kind = ?", (owner, kind)
            ).fetchone()
            if gen is None:
                return []
            if hi - lo < 4 * len(wanted):
                found = conn.execute(
                    "SELECT ordinal, data FROM report_rows WHERE owner = ? AND kind = ? "
                    "AND generation = ? AND ordinal BETWEEN ? AND ?",
                    (owner, kind, gen[0], lo, hi),
                ).fetchall()
            else:
                found = conn.execute(
                    "SELECT ordinal, data FROM report_rows WHERE owner = ? AND kind = ? "
                    "AND generation = ? AND ordinal IN (SELECT value FROM json_each(?))",
                    (owner, kind, gen[0], dumps(wanted)),
                ).fetchall()
        by_number = {int(n): text for n, text in found}
        return [loads(by_number[n]) for n in wanted if n in by_number]


def _check_report_kind(kind: str) -> None:
    if not isinstance(kind, str) or not _REPORT_KIND.fullmatch(kind):
        raise StoreError(f"not a report kind: {kind!r:.60}")


def _json_path(name: str) -> str:
    if not isinstance(name, str) or not _REPORT_FIELD.fullmatch(name):
        raise StoreError(f"not a report field: {name!r:.60}")
    return f"$.{name}"
