"""The immutable values the local store takes and returns.

Every timestamp is a *naive* ``datetime`` in UTC (aware values passed in are converted).
JSON-shaped fields (``event_data``, ``section_config``, ...) are plain Python values as
``json.loads`` returns them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any, Final, Literal, NamedTuple, TypeAlias

__all__ = [
    "ASSIGNMENT_TYPES",
    "DEVICE_TYPES",
    "DURABLE_EVENT_TYPES",
    "EXIT_PIN_KEY",
    "EVENT_STATES",
    "EVENT_WIRE_KEYS",
    "MAX_EVENT_DATA_BYTES",
    "MEDIA_STATES",
    "ROLES",
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
    "MediaRecord",
    "MediaState",
    "ModuleListItem",
    "ModuleRecord",
    "Origin",
    "PinAttempts",
    "ProgressRow",
    "RecoveryReport",
    "ReportFilter",
    "ReportMeta",
    "Role",
    "RosterChange",
    "RosterStudent",
    "SectionRecord",
    "UserRecord",
]

JSONValue: TypeAlias = Any
"""Anything ``json.dumps`` accepts (dicts, lists, str, int, float, bool, None)."""

Role: TypeAlias = Literal["student", "faculty", "admin"]
DeviceType: TypeAlias = Literal["tablet", "phone", "desktop", "kiosk"]
Origin: TypeAlias = Literal["local", "remote"]
EventState: TypeAlias = Literal["pending", "sent", "synced", "rejected"]
AssignmentType: TypeAlias = Literal["required", "optional", "recommended"]
MediaState: TypeAlias = Literal["missing", "partial", "complete"]

ROLES: Final = frozenset({"student", "faculty", "admin"})
DEVICE_TYPES: Final = frozenset({"tablet", "phone", "desktop", "kiosk"})
EVENT_STATES: Final = frozenset({"pending", "sent", "synced", "rejected"})
UNSYNCED_STATES: Final = frozenset({"pending", "sent", "rejected"})
MAX_EVENT_DATA_BYTES: Final = 32 * 1024
"""The largest ``event_data`` (its compact JSON in UTF-8) an event may be recorded with: the
server's limit (``sync.rules.protocol.MAX_EVENT_DATA_BYTES``, which this layer may not import; a
test keeps the two equal), so the device never records what the server would refuse."""
"""States of events the server has not (yet) accepted: losing one of these loses data."""
EVENT_WIRE_KEYS: Final = {"owner": "student_id", "client_ts": "client_timestamp"}
"""An ``EventRecord``'s field names that differ from the wire's (``EVENT_ROW_FIELDS`` of
``sync.rules.event_fields``): field -> wire key."""
ASSIGNMENT_TYPES: Final = frozenset({"required", "optional", "recommended"})
MEDIA_STATES: Final = frozenset({"missing", "partial", "complete"})

DURABLE_EVENT_TYPES: Final = frozenset(
    {
        # progress (sync.rules.progress folds these)
        "module_start",
        "section_complete",
        "module_complete",
        # type-specific completions from the spec's event list
        "task_complete",
        "game_complete",
        # the records a student edits (sync.rules.merge folds these)
        "checklist_item",
        "feedback",
    }
)
"""Event types ``record_event`` always commits with ``synchronous=FULL``.

Losing a click to a power cut is harmless; losing a completed section or a saved checklist
item is not, so these are durable even when the caller forgets ``durable=True``.
"""


@dataclass(frozen=True, slots=True)
class EventRecord:
    """One analytics event in the outbox (``origin='local'``) or pulled from the server.

    Invariants: ``uuid`` is a 32-digit lowercase hex uuid and the event's identity (copies
    with one uuid are one event); ``(device_id, device_seq)`` is unique for local events,
    ``device_seq`` growing in recording order. ``device_type`` is one of ``DEVICE_TYPES``
    for events recorded here; pulled events keep whatever the recording client sent. Only
    ``state``, ``reject_reason`` and ``server_ts`` ever change after the event is recorded.
    Remote events are always ``synced``.
    """

    uuid: str
    owner: str
    module_id: str
    event_type: str
    event_data: JSONValue
    section_number: int | None
    session_id: str | None
    device_type: str | None
    device_id: str
    device_seq: int
    client_ts: datetime
    time_elapsed_seconds: int | None = None
    origin: Origin = "local"
    state: EventState = "pending"
    reject_reason: str | None = None
    server_ts: datetime | None = None

    @property
    def timestamp(self) -> datetime:
        """The best known time of the event: the server's corrected time, else the client's."""
        return self.server_ts if self.server_ts is not None else self.client_ts


class FoldRow(NamedTuple):
    """What a fold over a module's events reads of one event (``LocalStore.fold_events``).

    ``timestamp`` is ``EventRecord.timestamp`` (the server's time, else the device's);
    ``event_data`` is parsed only for the event types the caller asked for, else ``None``.
    """

    uuid: str
    event_type: str
    timestamp: datetime
    device_id: str
    device_seq: int
    session_id: str | None
    section_number: int | None
    event_data: JSONValue


@dataclass(frozen=True, slots=True)
class SectionRecord:
    """One section (page) of a mirrored module; ``section_number`` orders them."""

    section_number: int
    section_type: str
    content: str
    title: str | None = None
    media_url: str | None = None
    duration_seconds: int | None = None
    section_config: dict[str, Any] | None = None
    completion_criteria: dict[str, Any] | None = None
    media_sha256: str | None = None
    media_size: int | None = None


@dataclass(frozen=True, slots=True)
class ModuleRecord:
    """A module as the signed-in user may see it, with its sections in order.

    ``tags``, ``prerequisites`` and ``related_modules`` are tuples of module slugs / tags
    (lists passed in are converted). Sections are replaced wholesale when ``revision``
    changes.
    """

    module_id: str
    title: str
    description: str | None = None
    category: str | None = None
    tags: tuple[str, ...] = ()
    prerequisites: tuple[str, ...] = ()
    related_modules: tuple[str, ...] = ()
    estimated_minutes: int | None = 10
    status: str = "draft"
    revision: int = 1
    updated_at: datetime | None = None
    published_at: datetime | None = None
    university_id: str | None = None
    module_type: str = "text"
    difficulty_level: int | None = 1
    interaction_level: str | None = None
    required_components: tuple[str, ...] = ()
    adaptive_config: dict[str, Any] | None = None
    sections: tuple[SectionRecord, ...] = ()

    def __post_init__(self) -> None:
        for name in ("tags", "prerequisites", "related_modules", "required_components", "sections"):
            value = getattr(self, name)
            if not isinstance(value, tuple):
                object.__setattr__(self, name, tuple(value))


@dataclass(frozen=True, slots=True)
class AssignmentRecord:
    """The user is assigned ``module_id`` (a slug) as required, optional or recommended
    (``ASSIGNMENT_TYPES``); a production database may hold other types, kept as they are."""

    module_id: str
    assignment_type: str = "required"
    due_date: date | None = None
    assigned_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class ModuleListItem:
    """A row of the module list: the module without section content, plus its assignment.

    ``assignment_type``/``due_date``/``assigned_at`` are ``None`` when the module is visible
    but not assigned to the user.
    """

    module_id: str
    title: str
    description: str | None
    category: str | None
    tags: tuple[str, ...]
    prerequisites: tuple[str, ...]
    related_modules: tuple[str, ...]
    estimated_minutes: int | None
    status: str
    revision: int
    updated_at: datetime | None
    published_at: datetime | None
    university_id: str | None
    module_type: str
    difficulty_level: int | None
    section_count: int
    assignment_type: str | None
    due_date: date | None
    assigned_at: datetime | None
    interaction_level: str | None = None
    required_components: tuple[str, ...] = ()
    adaptive_config: dict[str, Any] | None = None
    section_types: tuple[str, ...] = ()  # the distinct types of its sections, sorted


@dataclass(frozen=True, slots=True)
class UserRecord:
    """A user signed in on this device. ``token`` is opaque and kept out of ``repr``.

    ``sync_cursor`` is the server's opaque cursor of the last applied pull page and
    ``last_sync_at`` the time of that pull; both are ``None`` before the first sync.
    """

    user_id: str
    role: Role
    display_name: str
    email: str | None
    university_id: str | None
    server_url: str
    token: str | None = field(repr=False)
    sync_cursor: str | None
    last_sync_at: datetime | None
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True, slots=True)
class ProgressRow:
    """The cached ``module_progress`` columns of one (user, module).

    Same fields as ``sync.rules.progress.Progress`` plus ``module_id``, so
    ``put_progress(owner, slug, dataclasses.asdict(progress))`` stores a fold's result.
    """

    module_id: str
    status: str = "not_started"
    progress_percent: int = 0
    current_section: int = 1
    started_at: datetime | None = None
    completed_at: datetime | None = None
    last_accessed_at: datetime | None = None
    total_time_seconds: int = 0
    pause_count: int = 0
    hint_count: int = 0
    retry_count: int = 0
    error_count: int = 0


@dataclass(frozen=True, slots=True)
class MediaRecord:
    """Index entry of one media file in the local cache, keyed by its content hash.

    ``bytes_done`` is what is on disk so far (``== size`` when ``state == 'complete'``).
    """

    sha256: str
    url: str
    size: int | None
    path: str | None
    state: MediaState
    bytes_done: int
    updated_at: datetime


@dataclass(frozen=True, slots=True)
class ApplyResult:
    """What one ``apply_changes`` call changed.

    ``changed_modules`` holds the slugs whose mirror rows or events changed, i.e. the
    modules whose cached progress should be folded again.
    """

    changed_modules: frozenset[str]
    events_added: int


@dataclass(frozen=True, slots=True)
class RecoveryReport:
    """What ``LocalStore.open`` did after finding the store file corrupt or unreadable.

    The bad file (with its ``-wal``/``-shm``) was renamed to ``corrupt_path``; a fresh store
    took its place. ``events_rescued`` unsynced events could be read back: they were written
    to ``export_path`` (JSON lines, ``None`` when there were none) *and* queued again in the
    fresh store, so they still sync. ``read_errors`` counts the reads that failed while
    salvaging (0 does not prove nothing was lost when the file was not a database at all).
    ``backup_path`` is the backup the new store started from (``None``: it started empty);
    ``users_rescued`` counts the sign-ins read back from the damaged file (kept, so the
    device is used offline as before).
    """

    reason: str
    corrupt_path: Path
    export_path: Path | None
    events_rescued: int
    read_errors: int
    recovered_at: datetime
    backup_path: Path | None = None
    users_rescued: int = 0


@dataclass(frozen=True, slots=True)
class IdentityChange:
    """What ``LocalStore.take_new_identity`` did: the device id given up and the new one,
    and how many unacknowledged events were numbered again under the new id."""

    old_device_id: str
    new_device_id: str
    restamped: int


@dataclass(frozen=True, slots=True)
class KioskRecord:
    """This device's kiosk enrolment. ``token`` (the kiosk's credential) and
    ``exit_pin_hash`` (argon2id of the staff exit PIN) are kept out of ``repr``."""

    kiosk_id: int
    name: str
    university_id: str
    server_url: str
    token: str = field(repr=False)
    exit_pin_hash: str = field(repr=False)
    enrolled_at: datetime
    university_name: str | None = None
    team_id: int | None = None
    team_name: str | None = None
    roster_synced_at: datetime | None = None
    revoked_at: datetime | None = None
    """When the server last refused the credential (``None``: not known to be revoked)."""
    device_id: str | None = None
    """The device id the server issued with the credential; enrolling makes it the store's
    (``None``: keep the store's)."""


@dataclass(frozen=True, slots=True)
class RosterStudent:
    """A student who may sign in on this kiosk. ``pin_box`` is what checks their PIN,
    sealed to this kiosk's key (``sync.rules.kiosk_keys``; ``None``: no PIN yet)."""

    student_id: str
    name: str
    team_id: int | None = None
    team_name: str | None = None
    pin_box: str | None = field(default=None, repr=False)


@dataclass(frozen=True, slots=True)
class RosterChange:
    added: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    kept: tuple[str, ...] = ()
    """Removed from the roster but still holding unsynced work, so kept on the device."""


EXIT_PIN_KEY: Final = "(staff exit PIN)"
"""The ``PinAttempts.student_id`` of the kiosk's staff exit PIN."""


@dataclass(frozen=True, slots=True)
class PinAttempts:
    """Wrong-PIN bookkeeping of one student (or of the staff exit PIN) on this device."""

    student_id: str
    failures: int = 0
    lockouts: int = 0
    locked_until: datetime | None = None


@dataclass(frozen=True, slots=True)
class ReportMeta:
    """The snapshot of one report kept on this device for ``owner``.

    ``as_of`` is when the server read it, ``fetched_at`` when this device saved it;
    ``row_count`` rows are stored, numbered 0..row_count-1 in the server's order;
    ``facets`` is what the saver computed to offer as filter choices (JSON)."""

    kind: str
    as_of: datetime
    fetched_at: datetime
    row_count: int
    facets: dict[str, JSONValue] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class ReportFilter:
    """Which rows of a stored report to show, and in what order.

    ``equals``: field -> value every row must have (``None`` matches a null field);
    ``present``: fields that must be set (not null); ``text``: every word must occur in one
    of ``text_fields`` (case-insensitive); ``order``: (field, descending) keys, then the
    server's order."""

    equals: tuple[tuple[str, JSONValue], ...] = ()
    present: tuple[str, ...] = ()
    text: str = ""
    text_fields: tuple[str, ...] = ()
    order: tuple[tuple[str, bool], ...] = ()

    @property
    def is_plain(self) -> bool:
        """Every row in the server's order (no query needed to number them)."""
        return not (self.equals or self.present or self.text.split() or self.order)
