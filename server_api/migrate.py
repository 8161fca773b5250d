"""Bring any database to the head revision, adopting an existing production database in place.

Three cases, decided by what the database holds before anything is written:

* no ``alembic_version`` and none of our tables (an empty database, or one holding only
  other applications' tables): run every revision from the baseline;
* no ``alembic_version`` but the spec's ten Phase 1 tables (the production database): compare
  them with the frozen baseline; if they match, stamp the baseline and upgrade in place,
  keeping every row; if they differ, refuse and say what differs, changing nothing;
* an ``alembic_version``: upgrade from the recorded revision.

Once the schema is at head, the history another application wrote is adopted
(``server_api.history.adopt``): every ``module_progress`` and ``module_feedback`` row not
written by FRAMES becomes its pair's baseline, so no sync ever rewrites it; the report says
how many. Running ``migrate`` again adopts what another application wrote since.

The whole run is one transaction on PostgreSQL, so a failed step leaves the database as it was.
Tables that are not ours are never touched: migrations only name our tables, and comparisons
ignore every other table.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import (
    CheckConstraint,
    Connection,
    Engine,
    MetaData,
    UniqueConstraint,
    inspect,
    text,
)
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.schema import Column
from sqlalchemy.sql.elements import conv

from server_api.db import connect_error_message
from server_api.errors import DatabaseUnavailable, MigrationRefused, NotAtHead
from server_api.history import AdoptReport, adopt
from server_api.history import check as check_history
from server_api.migrations.phase1 import phase1_metadata
from server_api.models import NAMING_CONVENTION, SPEC_TABLES, Base
from server_api.partitions import ensure_partitions
from server_api.timeutil import utcnow

__all__ = [
    "BASELINE",
    "CheckReport",
    "MigrateReport",
    "check",
    "current_revision",
    "head_revision",
    "migrate",
    "require_head",
    "schema_differences",
]

BASELINE = "0001_phase1"
_MIGRATIONS = Path(__file__).parent / "migrations"


def _config(connection: Connection | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(_MIGRATIONS))
    cfg.attributes["connection"] = connection
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None
    return head


def current_revision(conn: Connection) -> str | None:
    return MigrationContext.configure(conn).get_current_revision()


def _known_revision(rev: str) -> bool:
    try:
        return ScriptDirectory.from_config(_config()).get_revision(rev) is not None
    except Exception:  # noqa: BLE001 - alembic raises several kinds for unknown ids
        return False


# --- schema comparison -------------------------------------------------------------------------

_CAST = re.compile(r"::[a-z ]+(\[\])?")


def _norm_default(text: str | None) -> str | None:
    if text is None:
        return None
    t = _CAST.sub("", text.strip()).strip()
    while t.startswith("(") and t.endswith(")"):
        t = t[1:-1].strip()
    t = t.lower()
    return {"current_timestamp": "now()", "0": "false", "1": "true"}.get(t, t)


def _expected_default(column: Column[Any], conn: Connection) -> str | None:
    sd = column.server_default
    if sd is None:
        return None
    arg = getattr(sd, "arg", None)
    if isinstance(arg, str):
        return _norm_default("'" + arg.replace("'", "''") + "'")
    compiled = arg.compile(dialect=conn.dialect, compile_kwargs={"literal_binds": True})  # type: ignore[union-attr]
    return _norm_default(str(compiled))


def _type_str(type_: Any, conn: Connection) -> str:
    return str(type_.compile(dialect=conn.dialect)).upper()


def _check_name(table: str, name: Any) -> str:
    if isinstance(name, conv):
        return str(name)
    return NAMING_CONVENTION["ck"] % {"table_name": table, "constraint_name": name}


def schema_differences(conn: Connection, metadata: MetaData, tables: Iterable[str]) -> list[str]:
    """Every way the named tables of the database differ from ``metadata``, one line each.

    Compares columns (presence, type, nullability, server default), primary keys, foreign keys
    with their ON DELETE, unique constraints, CHECK constraints and indexes. An empty list means
    the database has exactly these tables' shape.
    """
    insp = inspect(conn)
    present = set(insp.get_table_names())
    dialect = conn.dialect.name
    diffs: list[str] = []
    for name in sorted(tables):
        table = metadata.tables[name]
        only = table.info.get("dialects")
        if only is not None and dialect not in only:
            continue  # a table this dialect does without (e.g. event_ids on SQLite)
        variant = table.info.get(dialect, {})
        if name not in present:
            diffs.append(f"table {name} is missing")
            continue
        found = {c["name"]: c for c in insp.get_columns(name)}
        for col in table.columns:
            where = f"column {name}.{col.name}"
            info = found.get(col.name)
            if info is None:
                diffs.append(f"{where} is missing")
                continue
            want, got = _type_str(col.type, conn), _type_str(info["type"], conn)
            if want != got:
                diffs.append(f"{where} has type {got}, expected {want}")
            if bool(info["nullable"]) != bool(col.nullable) and not col.primary_key:
                diffs.append(
                    f"{where} is {'NULL' if info['nullable'] else 'NOT NULL'}, expected "
                    f"{'NULL' if col.nullable else 'NOT NULL'}"
                )
            # A SERIAL key's nextval() default belongs to its sequence, not to the schema.
            if col is not table.autoincrement_column:
                want_d, got_d = _expected_default(col, conn), _norm_default(info.get("default"))
                if want_d != got_d:
                    diffs.append(
                        f"{where} has default {got_d or 'none'}, expected {want_d or 'none'}"
                    )
        for extra in sorted(set(found) - {c.name for c in table.columns}):
            diffs.append(f"column {name}.{extra} is not in the expected schema")

        pk = insp.get_pk_constraint(name).get("constrained_columns") or []
        want_pk = list(variant.get("primary_key", [c.name for c in table.primary_key.columns]))
        if list(pk) != want_pk:
            diffs.append(f"table {name} has primary key {pk}, expected {want_pk}")

        def fk_sig(
            cols: Iterable[str], ref: str, refcols: Iterable[str], ondelete: str | None
        ) -> str:
            od = (ondelete or "NO ACTION").upper()
            return f"({', '.join(cols)}) -> {ref}({', '.join(refcols)}) ON DELETE {od}"

        want_fks = {
            fk_sig(
                [e.parent.name for e in fk.elements],
                fk.referred_table.name,
                [e.column.name for e in fk.elements],
                fk.ondelete,
            )
            for fk in table.foreign_key_constraints
        }
        got_fks = {
            fk_sig(
                fk["constrained_columns"],
                fk["referred_table"],
                fk["referred_columns"],
                (fk.get("options") or {}).get("ondelete"),
            )
            for fk in insp.get_foreign_keys(name)
        }
        diffs += [f"table {name} lacks foreign key {s}" for s in sorted(want_fks - got_fks)]
        diffs += [
            f"table {name} has unexpected foreign key {s}" for s in sorted(got_fks - want_fks)
        ]

        want_uq = {
            tuple(c.name for c in uc.columns)
            for uc in table.constraints
            if isinstance(uc, UniqueConstraint)
        } | {(c.name,) for c in table.columns if c.unique}
        if "unique" in variant:
            want_uq = {tuple(u) for u in variant["unique"]}
        got_uq = {tuple(u["column_names"]) for u in insp.get_unique_constraints(name)}
        got_ix = insp.get_indexes(name)
        # SQLite reports some UNIQUE constraints only as unique indexes.
        got_uq |= {
            tuple(str(c) for c in i["column_names"])
            for i in got_ix
            if i.get("unique") and str(i["name"]).startswith("sqlite_autoindex")
        }
        diffs += [f"table {name} lacks UNIQUE ({', '.join(u)})" for u in sorted(want_uq - got_uq)]
        diffs += [
            f"table {name} has unexpected UNIQUE ({', '.join(u)})" for u in sorted(got_uq - want_uq)
        ]

        want_ck = {
            _check_name(table.name, ck.name)
            for ck in [*table.constraints, *(c for col in table.columns for c in col.constraints)]
            if isinstance(ck, CheckConstraint) and ck.name
        }
        got_ck = {str(ck["name"]) for ck in insp.get_check_constraints(name) if ck.get("name")}
        diffs += [f"table {name} lacks CHECK constraint {c}" for c in sorted(want_ck - got_ck)]
        diffs += [
            f"table {name} has unexpected CHECK constraint {c}" for c in sorted(got_ck - want_ck)
        ]

        want_idx = {
            (str(i.name), tuple(c.name for c in i.columns), bool(i.unique)) for i in table.indexes
        }
        got_idx = {
            (str(i["name"]), tuple(str(c) for c in i["column_names"]), bool(i.get("unique")))
            for i in got_ix
            if not i.get("duplicates_constraint")
            and not str(i["name"]).startswith("sqlite_autoindex")
        }
        for idx in sorted(want_idx - got_idx):
            diffs.append(f"index {idx[0]} on {name}({', '.join(idx[1])}) is missing or differs")
        for idx in sorted(got_idx - want_idx):
            diffs.append(f"index {idx[0]} on {name}({', '.join(idx[1])}) is not expected")
    return diffs


# --- migrate and check -------------------------------------------------------------------------


@dataclass
class MigrateReport:
    """What ``migrate`` did: the revision before and after, and whether it adopted a database."""

    before: str | None
    after: str
    adopted: bool = False
    steps: list[str] = field(default_factory=list)
    history: AdoptReport | None = None
    partitions: list[str] = field(default_factory=list)


def _connect(engine: Engine) -> Connection:
    try:
        return engine.connect()
    except (OperationalError, DBAPIError) as exc:
        raise DatabaseUnavailable(connect_error_message(engine.url, exc)) from exc


def migrate(engine: Engine, *, to: str = "head", allow_downgrade: bool = False) -> MigrateReport:
    """Upgrade (or, with ``allow_downgrade``, downgrade) the database to revision ``to``."""
    target = head_revision() if to == "head" else to
    if not _known_revision(target):
        raise MigrationRefused(f"unknown revision {to!r}; known head is {head_revision()}")
    with _connect(engine) as conn, conn.begin():
        before = current_revision(conn)
        report = MigrateReport(before=before, after=target)
        cfg = _config(conn)
        if before is None:
            ours = SPEC_TABLES & set(inspect(conn).get_table_names())
            if ours:
                _adopt(conn, ours)
                command.stamp(cfg, BASELINE)
                report.adopted = True
                report.steps.append(f"recognised the existing Phase 1 schema; stamped {BASELINE}")
                before = BASELINE
        if before is not None and _is_ancestor(target, before) and target != before:
            if not allow_downgrade:
                raise MigrationRefused(
                    f"database is at {before}, newer than {target}: downgrading drops columns "
                    "and their data; pass --allow-downgrade to do it anyway"
                )
            command.downgrade(cfg, target)
            report.steps.append(f"downgraded {before} -> {target}")
        elif target != before:
            command.upgrade(cfg, target)
            report.steps.append(f"upgraded {before or 'empty'} -> {target}")
        if target == head_revision():
            report.history = adopt(conn, now=utcnow())
            report.partitions = ensure_partitions(conn)
    return report


def _is_ancestor(rev: str, of: str) -> bool:
    """True when ``rev`` comes strictly before ``of`` in the revision history."""
    script = ScriptDirectory.from_config(_config())
    return any(r.revision == rev for r in script.iterate_revisions(of, "base") if r.revision != of)


def _adopt(conn: Connection, ours: frozenset[str]) -> None:
    missing = sorted(SPEC_TABLES - ours)
    if missing:
        raise MigrationRefused(
            "refusing to migrate: the database has some FRAMES tables "
            f"({', '.join(sorted(ours))}) but not {', '.join(missing)}, and no alembic_version; "
            "nothing was changed"
        )
    diffs = schema_differences(conn, phase1_metadata(), SPEC_TABLES)
    if diffs:
        shown = "; ".join(diffs[:8]) + (f"; and {len(diffs) - 8} more" if len(diffs) > 8 else "")
        raise MigrationRefused(
            "refusing to migrate: the existing tables do not match the Phase 1 baseline: "
            f"{shown}. Nothing was changed"
        )


@dataclass
class CheckReport:
    """The answer of ``migrate --check``: is the database at head, and do models agree."""

    url: str
    revision: str | None
    head: str
    differences: list[str]
    other_tables: list[str]
    progress_mismatches: int = 0
    mismatch_lines: list[str] = field(default_factory=list)

    @property
    def at_head(self) -> bool:
        return self.revision == self.head

    @property
    def ok(self) -> bool:
        return self.at_head and not self.differences and not self.progress_mismatches

    def lines(self) -> list[str]:
        rev = self.revision or "none (not migrated)"
        state = "up to date" if self.at_head else "NOT at head: run `frames-server migrate`"
        out = [
            f"database: {self.url}",
            f"revision: {rev} (head {self.head}) - {state}",
        ]
        if self.differences:
            out.append(
                f"schema:   {len(self.differences)} difference(s) between models and database:"
            )
            out += [f"  - {d}" for d in self.differences]
        else:
            out.append(
                f"schema:   models and database agree ({len(Base.metadata.tables)} tables checked, "
                f"{len(self.other_tables)} other table(s) left alone)"
            )
        if self.at_head and not self.differences:
            if self.progress_mismatches:
                out.append(
                    f"progress: {self.progress_mismatches} pair(s) whose stored progress differs "
                    "from the fold of their baseline and events:"
                )
                out += [f"  - {line}" for line in self.mismatch_lines]
                more = self.progress_mismatches - len(self.mismatch_lines)
                if more > 0:
                    out.append(f"  - and {more} more")
            else:
                out.append("progress: every stored progress row is the fold of its pair")
        out.append("OK" if self.ok else "FAILED")
        return out


def check(engine: Engine) -> CheckReport:
    with _connect(engine) as conn:
        rev = current_revision(conn)
        present = set(inspect(conn).get_table_names())
        ours = set(Base.metadata.tables)
        diffs = schema_differences(conn, Base.metadata, ours) if rev is not None else []
        if rev is None and ours & present:
            diffs = ["no alembic_version: this database was never migrated by frames-server"]
        report = CheckReport(
            url=engine.url.render_as_string(hide_password=True),
            revision=rev,
            head=head_revision(),
            differences=diffs,
            other_tables=sorted(present - ours - {"alembic_version"} - _partitions(conn)),
        )
        if report.at_head and not diffs:
            report.progress_mismatches, report.mismatch_lines = check_history(conn)
        return report


def _partitions(conn: Connection) -> set[str]:
    """Tables that are partitions of one of ours (PostgreSQL): part of it, not another's."""
    if conn.dialect.name != "postgresql":
        return set()
    return set(
        conn.execute(
            text("SELECT relname FROM pg_class WHERE relispartition AND relkind = 'r'")
        ).scalars()
    )


def require_head(engine: Engine) -> str:
    """Return the current revision, or raise ``NotAtHead`` naming the command that fixes it."""
    with _connect(engine) as conn:
        rev = current_revision(conn)
    head = head_revision()
    if rev != head:
        url = engine.url.render_as_string(hide_password=True)
        raise NotAtHead(
            f"database is at revision {rev or 'none'}, not {head}: run "
            f"`frames-server migrate --database-url {url}` first"
        )
    return rev
