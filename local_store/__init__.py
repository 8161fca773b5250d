"""The desktop's local SQLite database: mirror, event outbox, caches and settings.

The bottom layer of the client (``desktop`` -> ``sync.client`` -> ``local_store``): of this
project it imports only the plain-stdlib rules of ``sync.rules`` (time, fsync, the event's
fields), and uses the stdlib ``sqlite3`` directly (no ORM or pydantic import on the desktop's
cold start). Only this package runs SQL on the local file.

``LocalStore.open(path)`` opens, creates, migrates or (when corrupt) rescues and rebuilds
the store; see ``LocalStore`` for the threading and durability rules, and ``_schema`` for
the schema and its versioning. Records (``records``) are frozen dataclasses; every error is a
``StoreError`` with a one-line message.
"""

from ._errors import PendingEventsError, StoreError, StoreVersionError
from ._schema import SCHEMA_VERSION
from ._store import LocalStore
from .records import (
    ASSIGNMENT_TYPES,
    DEVICE_TYPES,
    DURABLE_EVENT_TYPES,
    EVENT_STATES,
    EVENT_WIRE_KEYS,
    EXIT_PIN_KEY,
    MAX_EVENT_DATA_BYTES,
    MEDIA_STATES,
    ROLES,
    UNSYNCED_STATES,
    ApplyResult,
    AssignmentRecord,
    AssignmentType,
    DeviceType,
    EventRecord,
    EventState,
    FoldRow,
    IdentityChange,
    JSONValue,
    KioskRecord,
    MediaRecord,
    MediaState,
    ModuleListItem,
    ModuleRecord,
    Origin,
    PinAttempts,
    ProgressRow,
    RecoveryReport,
    ReportFilter,
    ReportMeta,
    Role,
    RosterChange,
    RosterStudent,
    SectionRecord,
    UserRecord,
)

__all__ = [
    "ASSIGNMENT_TYPES",
    "DEVICE_TYPES",
    "DURABLE_EVENT_TYPES",
    "EVENT_STATES",
    "EVENT_WIRE_KEYS",
    "EXIT_PIN_KEY",
    "MAX_EVENT_DATA_BYTES",
    "MEDIA_STATES",
    "ROLES",
    "SCHEMA_VERSION",
    "UNSYNCED_STATES",
    "ApplyResult",
    "AssignmentRecord",
    "AssignmentType",
    "DeviceType",
    "EventRecord",
    "EventState",
    "FoldRow",
    "IdentityChange",
    "JSONValue",
    "KioskRecord",
    "LocalStore",
    "MediaRecord",
    "MediaState",
    "ModuleListItem",
    "ModuleRecord",
    "Origin",
    "PendingEventsError",
    "PinAttempts",
    "ProgressRow",
    "RecoveryReport",
    "ReportFilter",
    "ReportMeta",
    "Role",
    "RosterChange",
    "RosterStudent",
    "SectionRecord",
    "StoreError",
    "StoreVersionError",
    "UserRecord",
]
