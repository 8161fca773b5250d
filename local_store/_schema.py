"""The local store's schema and its migrations.

The schema version is SQLite's ``PRAGMA user_version``: 0 for an empty file, else the number
of migration steps applied. ``MIGRATIONS`` is the ordered list of steps; step *n* takes a
store from version *n-1* to *n* inside one ``BEGIN IMMEDIATE`` transaction that also sets
``user_version``, so a crash or a failing step leaves the store at version *n-1*, unchanged.
Steps must keep every row of ``events`` (the outbox may hold events that exist nowhere else).

Adding a step: append a function to ``MIGRATIONS``, and its tables to ``TABLES``; never
edit a released step. A table whose constraints change is rebuilt the SQLite way (create
``x_new``, copy, drop, rename); ``foreign_keys`` is off while steps run and
``PRAGMA foreign_key_check`` must be clean before the step commits.

History
    1. Baseline: the spec's Phase 1 fields for the mirror and progress, users, device
       identity, the outbox with states ``pending``/``synced``, settings.
    2. The spec's Phase 2 fields (module type and difficulty, section configuration and
       completion criteria, struggle counters), the media cache index, and server
       acknowledgement in the outbox: states ``sent``/``rejected``, ``reject_reason`` and
       ``server_ts`` (a rebuild of ``events``, which is what the v1 -> v2 test exercises).
    3. ``progress_cache.basis``: how many events the cached fold was computed from.
    4. Kiosk mode: the device's kiosk enrolment (one row), the roster of students who may
       sign in here (with their PIN hashes) and the wrong-PIN bookkeeping per student.
    5. The outbox becomes a table of its own: ``events`` is the append-only log (only
       ``server_ts`` ever changes) and ``outbox`` holds the unsynced ones, keyed in send
       order ``(owner, device_seq, uuid)`` with their state (``pending``/``sent``/
       ``rejected``) and reason; an acknowledged event leaves the outbox (a batch by one
       range delete) instead of rewriting its row. A rebuild of ``events``.
    6. The kiosk trust model: the staff exit PIN's wrong-PIN count and lockout, kept on
       the ``kiosk`` row so that restarting the app does not lift it; the roster keeps
       each student's PIN material sealed to the kiosk's key (``pin_box``; the argon2id
       hashes an older kiosk kept are wiped: it must be enrolled again anyway); and
       ``kiosk_proofs``, the sealed PIN proofs of the sittings whose events await sync.
    8. Reports for faculty, read offline: ``report_rows`` holds each report's rows (JSON, in
       the server's order) by generation, ``report_meta`` names the generation shown, when
       the server read it (``as_of``) and when this device fetched it. A fetch writes a new
       generation beside the old one; one transaction switches to it and drops the old.
    9. The rest of the Phase 2 module fields: ``interaction_level``,
       ``required_components`` (JSON list) and ``adaptive_config`` (JSON), so a device
       knows which components a module needs before the student opens it.
"""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Callable, Iterator
from typing import Final

from ._errors import StoreError, StoreVersionError

__all__ = [
    "MIGRATIONS",
    "SCHEMA_VERSION",
    "TABLES",
    "V1_DDL",
    "migrate",
    "required_tables",
    "user_version",
]

Migration = Callable[[sqlite3.Connection], None]

V1_DDL: Final = """
CREATE TABLE users (
    user_id         TEXT PRIMARY KEY NOT NULL,
    role            TEXT NOT NULL CHECK (role IN ('student', 'faculty', 'admin')),
    display_name    TEXT NOT NULL DEFAULT '',
    email           TEXT,
    university_id   TEXT,
    server_url      TEXT NOT NULL,
    token           TEXT,
    sync_cursor     TEXT,
    last_sync_at    TEXT,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);

CREATE TABLE device (
    singleton       INTEGER PRIMARY KEY CHECK (singleton = 1),
    device_id       TEXT NOT NULL,
    next_seq        INTEGER NOT NULL CHECK (next_seq >= 1),
    current_user_id TEXT REFERENCES users (user_id) ON DELETE SET NULL
);

CREATE TABLE modules (
    owner             TEXT NOT NULL,
    module_id         TEXT NOT NULL,
    title             TEXT NOT NULL,
    description       TEXT,
    category          TEXT,
    tags              TEXT NOT NULL DEFAULT '[]',
    prerequisites     TEXT NOT NULL DEFAULT '[]',
    related_modules   TEXT NOT NULL DEFAULT '[]',
    estimated_minutes INTEGER,
    status            TEXT NOT NULL DEFAULT 'draft',
    revision          INTEGER NOT NULL DEFAULT 1,
    updated_at        TEXT,
    published_at      TEXT,
    university_id     TEXT,
    PRIMARY KEY (owner, module_id)
);

CREATE TABLE sections (
    owner            TEXT NOT NULL,
    module_id        TEXT NOT NULL,
    section_number   INTEGER NOT NULL,
    section_type     TEXT NOT NULL,
    title            TEXT,
    content          TEXT NOT NULL,
    media_url        TEXT,
    duration_seconds INTEGER,
    PRIMARY KEY (owner, module_id, section_number),
    FOREIGN KEY (owner, module_id) REFERENCES modules (owner, module_id) ON DELETE CASCADE
);

CREATE TABLE assignments (
    owner           TEXT NOT NULL,
    module_id       TEXT NOT NULL,
    assignment_type TEXT NOT NULL DEFAULT 'required'
                    CHECK (assignment_type IN ('required', 'optional', 'recommended')),
    due_date        TEXT,
    assigned_at     TEXT,
    PRIMARY KEY (owner, module_id)
);

CREATE TABLE events (
    uuid                 TEXT PRIMARY KEY NOT NULL,
    owner                TEXT NOT NULL,
    module_id            TEXT NOT NULL,
    event_type           TEXT NOT NULL CHECK (length(event_type) BETWEEN 1 AND 100),
    event_data           TEXT,
    section_number       INTEGER,
    session_id           TEXT,
    device_type          TEXT,
    device_id            TEXT NOT NULL,
    device_seq           INTEGER NOT NULL,
    client_ts            TEXT NOT NULL,
    time_elapsed_seconds INTEGER,
    origin               TEXT NOT NULL CHECK (origin IN ('local', 'remote')),
    state                TEXT NOT NULL CHECK (state IN ('pending', 'synced'))
);
CREATE INDEX events_owner_module ON events (owner, module_id);
CREATE INDEX events_unsynced ON events (device_seq) WHERE state <> 'synced';

CREATE TABLE progress_cache (
    owner              TEXT NOT NULL,
    module_id          TEXT NOT NULL,
    status             TEXT NOT NULL DEFAULT 'not_started',
    progress_percent   INTEGER NOT NULL DEFAULT 0,
    current_section    INTEGER NOT NULL DEFAULT 1,
    started_at         TEXT,
    completed_at       TEXT,
    last_accessed_at   TEXT,
    total_time_seconds INTEGER NOT NULL DEFAULT 0,
    pause_count        INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (owner, module_id)
);

CREATE TABLE kv (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
);
"""

_V2_DDL: Final = """
ALTER TABLE modules ADD COLUMN module_type TEXT NOT NULL DEFAULT 'text';
ALTER TABLE modules ADD COLUMN difficulty_level INTEGER DEFAULT 1;

ALTER TABLE sections ADD COLUMN section_config TEXT;
ALTER TABLE sections ADD COLUMN completion_criteria TEXT;
ALTER TABLE sections ADD COLUMN media_sha256 TEXT;
ALTER TABLE sections ADD COLUMN media_size INTEGER;

ALTER TABLE progress_cache ADD COLUMN hint_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE progress_cache ADD COLUMN retry_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE progress_cache ADD COLUMN error_count INTEGER NOT NULL DEFAULT 0;

CREATE TABLE events_new (
    uuid                 TEXT PRIMARY KEY NOT NULL,
    owner                TEXT NOT NULL,
    module_id            TEXT NOT NULL,
    event_type           TEXT NOT NULL CHECK (length(event_type) BETWEEN 1 AND 100),
    event_data           TEXT,
    section_number       INTEGER,
    session_id           TEXT,
    device_type          TEXT,
    device_id            TEXT NOT NULL,
    device_seq           INTEGER NOT NULL,
    client_ts            TEXT NOT NULL,
    time_elapsed_seconds INTEGER,
    origin               TEXT NOT NULL CHECK (origin IN ('local', 'remote')),
    state                TEXT NOT NULL
                         CHECK (state IN ('pending', 'sent', 'synced', 'rejected')),
    reject_reason        TEXT,
    server_ts            TEXT
);
INSERT INTO events_new (
    uuid, owner, module_id, event_type, event_data, section_number, session_id, device_type,
    device_id, device_seq, client_ts, time_elapsed_seconds, origin, state
)
SELECT uuid, owner, module_id, event_type, event_data, section_number, session_id, device_type,
       device_id, device_seq, client_ts, time_elapsed_seconds, origin, state
FROM events ORDER BY rowid;
DROP TABLE events;
ALTER TABLE events_new RENAME TO events;
CREATE INDEX events_owner_module ON events (owner, module_id);
CREATE INDEX events_unsynced ON events (device_seq) WHERE state <> 'synced';

CREATE TABLE media (
    sha256     TEXT PRIMARY KEY NOT NULL CHECK (length(sha256) = 64),
    url        TEXT NOT NULL,
    size       INTEGER CHECK (size >= 0),
    path       TEXT,
    state      TEXT NOT NULL DEFAULT 'missing'
               CHECK (state IN ('missing', 'partial', 'complete')),
    bytes_done INTEGER NOT NULL DEFAULT 0 CHECK (bytes_done >= 0),
    updated_at TEXT NOT NULL
);
"""


def statements(script: str) -> Iterator[str]:
    """Split an SQL script into complete statements (``executescript`` would COMMIT first)."""
    buffer: list[str] = []
    for line in script.splitlines(keepends=True):
        buffer.append(line)
        text = "".join(buffer)
        if sqlite3.complete_statement(text):
            yield text.strip()
            buffer.clear()
    if "".join(buffer).strip():
        raise ValueError(f"incomplete SQL statement: {''.join(buffer).strip()[:80]!r}")


def run_script(conn: sqlite3.Connection, script: str) -> None:
    for statement in statements(script):
        conn.execute(statement)


def _v1_baseline(conn: sqlite3.Connection) -> None:
    run_script(conn, V1_DDL)
    # The device identity is born with the store: a random id nobody else has, and a counter
    # that only ever grows (never derived from the events, which forget_user may delete).
    conn.execute(
        "INSERT INTO device (singleton, device_id, next_seq) VALUES (1, ?, 1)", (uuid.uuid4().hex,)
    )


def _v2_phase2_and_acks(conn: sqlite3.Connection) -> None:
    run_script(conn, _V2_DDL)


def _v3_progress_basis(conn: sqlite3.Connection) -> None:
    # How many events the cached fold was computed from: the UI thread and the sync worker
    # both refresh the cache, and a fold of fewer events (an older snapshot) must not win.
    conn.execute("ALTER TABLE progress_cache ADD COLUMN basis INTEGER NOT NULL DEFAULT 0")


_V4_DDL: Final = """
CREATE TABLE kiosk (
    singleton        INTEGER PRIMARY KEY CHECK (singleton = 1),
    kiosk_id         INTEGER NOT NULL,
    name             TEXT NOT NULL,
    university_id    TEXT NOT NULL,
    university_name  TEXT,
    team_id          INTEGER,
    team_name        TEXT,
    server_url       TEXT NOT NULL,
    token            TEXT NOT NULL,
    exit_pin_hash    TEXT NOT NULL,
    enrolled_at      TEXT NOT NULL,
    roster_synced_at TEXT,
    revoked_at       TEXT
);

CREATE TABLE roster (
    student_id TEXT PRIMARY KEY NOT NULL,
    name       TEXT NOT NULL,
    team_id    INTEGER,
    team_name  TEXT,
    pin_hash   TEXT,
    updated_at TEXT NOT NULL
);

CREATE TABLE pin_attempts (
    student_id   TEXT PRIMARY KEY NOT NULL,
    failures     INTEGER NOT NULL DEFAULT 0 CHECK (failures >= 0),
    lockouts     INTEGER NOT NULL DEFAULT 0 CHECK (lockouts >= 0),
    locked_until TEXT
);
"""


def _v4_kiosk(conn: sqlite3.Connection) -> None:
    run_script(conn, _V4_DDL)


_V5_DDL: Final = """
CREATE TABLE outbox (
    owner         TEXT NOT NULL,
    device_seq    INTEGER NOT NULL,
    uuid          TEXT NOT NULL,
    state         TEXT NOT NULL CHECK (state IN ('pending', 'sent', 'rejected')),
    reject_reason TEXT,
    PRIMARY KEY (owner, device_seq, uuid)
) WITHOUT ROWID;
INSERT INTO outbox (owner, device_seq, uuid, state, reject_reason)
SELECT owner, device_seq, uuid, state, reject_reason FROM events WHERE state <> 'synced';

CREATE TABLE events_new (
    uuid                 TEXT PRIMARY KEY NOT NULL,
    owner                TEXT NOT NULL,
    module_id            TEXT NOT NULL,
    event_type           TEXT NOT NULL CHECK (length(event_type) BETWEEN 1 AND 100),
    event_data           TEXT,
    section_number       INTEGER,
    session_id           TEXT,
    device_type          TEXT,
    device_id            TEXT NOT NULL,
    device_seq           INTEGER NOT NULL,
    client_ts            TEXT NOT NULL,
    time_elapsed_seconds INTEGER,
    origin               TEXT NOT NULL CHECK (origin IN ('local', 'remote')),
    server_ts            TEXT
);
INSERT INTO events_new (
    uuid, owner, module_id, event_type, event_data, section_number, session_id, device_type,
    device_id, device_seq, client_ts, time_elapsed_seconds, origin, server_ts
)
SELECT uuid, owner, module_id, event_type, event_data, section_number, session_id, device_type,
       device_id, device_seq, client_ts, time_elapsed_seconds, origin, server_ts
FROM events ORDER BY rowid;
DROP TABLE events;
ALTER TABLE events_new RENAME TO events;
CREATE INDEX events_owner_module ON events (owner, module_id);
"""


def _v5_outbox(conn: sqlite3.Connection) -> None:
    run_script(conn, _V5_DDL)


# History another application wrote (a pair's baseline, JSON as the server sends it), and
# assignments of any type a production database holds: the type is shown as it is.
_V6_DDL: Final = """
CREATE TABLE baselines (
    owner      TEXT NOT NULL,
    module_id  TEXT NOT NULL,
    data       TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (owner, module_id)
);

CREATE TABLE assignments_new (
    owner           TEXT NOT NULL,
    module_id       TEXT NOT NULL,
    assignment_type TEXT NOT NULL DEFAULT 'required'
                    CHECK (length(assignment_type) BETWEEN 1 AND 50),
    due_date        TEXT,
    assigned_at     TEXT,
    PRIMARY KEY (owner, module_id)
);
INSERT INTO assignments_new (owner, module_id, assignment_type, due_date, assigned_at)
SELECT owner, module_id, assignment_type, due_date, assigned_at FROM assignments;
DROP TABLE assignments;
ALTER TABLE assignments_new RENAME TO assignments;
"""


def _v6_history(conn: sqlite3.Connection) -> None:
    run_script(conn, _V6_DDL)


_V7_DDL: Final = """
ALTER TABLE kiosk ADD COLUMN exit_failures INTEGER NOT NULL DEFAULT 0 CHECK (exit_failures >= 0);
ALTER TABLE kiosk ADD COLUMN exit_lockouts INTEGER NOT NULL DEFAULT 0 CHECK (exit_lockouts >= 0);
ALTER TABLE kiosk ADD COLUMN exit_locked_until TEXT;
ALTER TABLE roster RENAME COLUMN pin_hash TO pin_box;
UPDATE roster SET pin_box = NULL;

CREATE TABLE kiosk_proofs (
    owner      TEXT NOT NULL,
    session_id TEXT NOT NULL,
    device_id  TEXT NOT NULL,
    proof_box  TEXT NOT NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (owner, session_id, device_id)
) WITHOUT ROWID;
"""


def _v7_kiosk_trust(conn: sqlite3.Connection) -> None:
    # Zeros over what is deleted: the PIN hashes of an older kiosk leave the file.
    conn.execute("PRAGMA secure_delete = ON")
    try:
        run_script(conn, _V7_DDL)
    finally:
        conn.execute("PRAGMA secure_delete = OFF")


_V8_DDL: Final = """
CREATE TABLE report_meta (
    owner       TEXT NOT NULL,
    kind        TEXT NOT NULL CHECK (length(kind) BETWEEN 1 AND 40),
    generation  INTEGER NOT NULL CHECK (generation >= 1),
    as_of       TEXT NOT NULL,
    fetched_at  TEXT NOT NULL,
    row_count   INTEGER NOT NULL CHECK (row_count >= 0),
    facets      TEXT NOT NULL DEFAULT '{}',
    PRIMARY KEY (owner, kind)
) WITHOUT ROWID;

CREATE TABLE report_rows (
    owner       TEXT NOT NULL,
    kind        TEXT NOT NULL,
    generation  INTEGER NOT NULL,
    ordinal     INTEGER NOT NULL CHECK (ordinal >= 0),
    data        TEXT NOT NULL,
    PRIMARY KEY (owner, kind, generation, ordinal)
) WITHOUT ROWID;
"""


def _v8_reports(conn: sqlite3.Connection) -> None:
    run_script(conn, _V8_DDL)


_V9_DDL: Final = """
ALTER TABLE modules ADD COLUMN interaction_level TEXT;
ALTER TABLE modules ADD COLUMN required_components TEXT NOT NULL DEFAULT '[]';
ALTER TABLE modules ADD COLUMN adaptive_config TEXT;
"""


def _v9_phase2_modules(conn: sqlite3.Connection) -> None:
    run_script(conn, _V9_DDL)


MIGRATIONS: Final[tuple[Migration, ...]] = (
    _v1_baseline,
    _v2_phase2_and_acks,
    _v3_progress_basis,
    _v4_kiosk,
    _v5_outbox,
    _v6_history,
    _v7_kiosk_trust,
    _v8_reports,
    _v9_phase2_modules,
)
SCHEMA_VERSION: Final = len(MIGRATIONS)

_V1_TABLES: Final = frozenset(
    {"users", "device", "modules", "sections", "assignments", "events", "progress_cache", "kv"}
)
TABLES: Final[dict[int, frozenset[str]]] = {
    1: _V1_TABLES,
    2: _V1_TABLES | {"media"},
    3: _V1_TABLES | {"media"},
    4: _V1_TABLES | {"media", "kiosk", "roster", "pin_attempts"},
    5: _V1_TABLES | {"media", "kiosk", "roster", "pin_attempts", "outbox"},
    6: _V1_TABLES | {"media", "kiosk", "roster", "pin_attempts", "outbox", "baselines"},
    7: _V1_TABLES
    | {"media", "kiosk", "roster", "pin_attempts", "outbox", "baselines", "kiosk_proofs"},
    8: _V1_TABLES
    | {"media", "kiosk", "roster", "pin_attempts", "outbox", "baselines", "kiosk_proofs"}
    | {"report_meta", "report_rows"},
}
TABLES[9] = TABLES[8]  # 9 adds columns only
"""The tables a store of each schema version must have."""


def required_tables(version: int) -> frozenset[str]:
    return TABLES.get(version, frozenset())


def user_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def newer_version_message(path: object, version: int) -> str:
    return (
        f"local store {path} has schema version {version}, newer than this app's "
        f"{SCHEMA_VERSION}: it was written by a newer FRAMES version; update the app"
    )


def migrate(conn: sqlite3.Connection, *, target: int = SCHEMA_VERSION, path: object = "") -> int:
    """Apply the missing steps up to ``target``, one transaction each; return the version.

    ``conn`` must be in autocommit mode (``isolation_level=None``) with no open transaction.
    Raises ``StoreVersionError`` when the store is newer than ``SCHEMA_VERSION`` (nothing is
    written) and ``StoreError`` when a step fails (that step is rolled back).
    """
    if not 0 <= target <= SCHEMA_VERSION:
        raise ValueError(f"target must be in 0..{SCHEMA_VERSION}, got {target}")
    current = user_version(conn)
    if current > SCHEMA_VERSION:
        raise StoreVersionError(newer_version_message(path, current))
    if current >= target:
        return current
    # A no-op inside a transaction, hence set here; table rebuilds need it off.
    conn.execute("PRAGMA foreign_keys = OFF")
    try:
        for version in range(current + 1, target + 1):
            conn.execute("BEGIN IMMEDIATE")
            try:
                # Another process may have migrated while we waited for the write lock.
                found = user_version(conn)
                if found > SCHEMA_VERSION:
                    raise StoreVersionError(newer_version_message(path, found))
                if found >= version:
                    conn.execute("COMMIT")
                    continue
                MIGRATIONS[version - 1](conn)
                problems = conn.execute("PRAGMA foreign_key_check").fetchall()
                if problems:
                    raise StoreError(
                        f"migration to schema {version} broke {len(problems)} foreign keys"
                    )
                conn.execute(f"PRAGMA user_version = {version:d}")
                conn.execute("COMMIT")
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise
    except sqlite3.Error as exc:
        raise StoreError(f"cannot migrate local store {path}: {exc}") from exc
    finally:
        conn.execute("PRAGMA foreign_keys = ON")
    return user_version(conn)
