"""The sync wire contract between a device and the server: one set of pydantic models.

Every request carries ``protocol_version``. The server accepts versions from
``MIN_PROTOCOL_VERSION`` to ``PROTOCOL_VERSION`` and answers an older client with HTTP 426 and
a message telling the person to update the app; ``GET /v1/sync/hello`` tells a client what
the server speaks before it sends anything. Both sides also exchange capability sets and use
their intersection, so a feature can be added without a version bump.

Push (``POST /v1/sync/push``): a batch of events recorded on a device. Items are validated
one by one: a malformed item, an unknown module or a module the student is not assigned is
rejected *with a reason* while the rest of the batch lands. Events are idempotent by
``uuid``: pushing the same event twice (a retry after a lost response, two server processes
at once) stores it once and answers ``duplicate`` the second time. The server records when it
received each event and corrects timestamps from a device whose clock is off, returning the
time it stored so both sides fold the same timestamps. The answer lists every item
(``answer="all"``, the default), or, for a client that asks ``answer="exceptions"`` of a
server with the capability ``push.exceptions.v1``, only the items that need telling:
duplicates, rejections and events stored with another timestamp than they were sent with;
every other event of the request was accepted and stored with its own
``client_timestamp``. The counts cover every item either way. Events travel as JSON objects
(``events``) or, to a server with ``push.rows.v1``, as arrays of their values in
``EVENT_ROW_FIELDS`` order (``rows``): the same fields and rules, no key repeated per event.

Pull (``POST /v1/sync/pull``): cursor-based deltas of everything in the caller's scope:
modules with their sections, the student's effective assignments, removals (a module
deleted, archived, unpublished or unassigned), and the student's events from their other
devices. Pages carry ``has_more``;
the cursor is opaque to the client and is saved atomically with the page it came with.

History (capability ``baseline.v1``): a pair whose progress or feedback another application
wrote (a production database FRAMES adopted) has a baseline (``sync.rules.derive.PairBaseline``);
a client that lists ``baseline.v1`` in ``PullRequest.capabilities`` receives the student's
baselines changed in the round's window (``PullResponse.baselines``, on the round's first
events page) and folds its events on top of them exactly as the server does, so last year's
completion shows as completed offline too.

Kiosks (capability ``kiosk.v2``): a shared tablet enrolled for a university (optionally one
team) holds a kiosk credential instead of a person's. ``POST /v1/kiosks/enrol`` turns a
one-time enrolment code, or a faculty/admin sign-in, plus the public half of a key the
tablet made, into that credential and a device id the server issues (every later request
must carry it); ``POST /v1/kiosk/roster`` returns the students who may sign in there, each
one's PIN material sealed to the kiosk's key (``sync.rules.kiosk_keys``), and records how much the
kiosk still holds (a kiosk's last push of a round corrects that figure with
``pending_after``, capability ``push.pending.v1``); a kiosk pulls each roster student's mirror with
``PullRequest.student_id`` and pushes their events under their own ``student_id`` with the
``proofs`` of the sittings they were recorded in (the student typed their PIN): the server
accepts an item only for a student in the kiosk's scope with a valid proof and rejects the
rest per item.

Device identity (capability ``device.identity.v1``): two copies of one local store number
their events alike. A push reusing a ``(device_id, device_seq)`` the server holds with
another uuid, or a pull whose ``device_next_seq`` is not past every sequence number the
server holds for the device, is answered 409 with the error code
``device_identity_conflict`` (nothing of the batch stored); the device then takes a new
device id and pulls everything again.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from typing import Annotated, Any, Final, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator
from pydantic_core import to_json

from sync.rules.event_fields import EVENT_ROW_FIELDS

__all__ = [
    "CAPABILITIES",
    "DEVICE_IDENTITY_CONFLICT",
    "EVENT_ROW_FIELDS",
    "MAX_EVENT_DATA_BYTES",
    "MAX_PUSH_EVENTS",
    "MAX_PUSH_PROOFS",
    "MIN_PROTOCOL_VERSION",
    "PROTOCOL_VERSION",
    "AssignmentOut",
    "BaselineOut",
    "EventIn",
    "EventOut",
    "EventRow",
    "Hello",
    "ItemResult",
    "KioskEnrolRequest",
    "KioskEnrolResponse",
    "KioskOut",
    "ModuleOut",
    "PullRequest",
    "PullResponse",
    "PushAnswer",
    "PushBatch",
    "PushRequest",
    "PushResponse",
    "RosterEntry",
    "RosterRequest",
    "RosterResponse",
    "SectionOut",
    "SessionProof",
    "check_storable",
    "error_code",
    "error_message",
    "event_data_size",
    "naive_utc",
]

PROTOCOL_VERSION = 1
MIN_PROTOCOL_VERSION = 1
CAPABILITIES: frozenset[str] = frozenset(
    {
        "push.v1",
        "push.exceptions.v1",
        "push.rows.v1",
        "pull.v1",
        "clock.v1",
        "tombstones.v1",
        "kiosk.v2",
        "baseline.v1",
        "device.identity.v1",
        "push.pending.v1",
    }
)
# The error code of a 409 that says the device's identity is used by a copy of its store.
DEVICE_IDENTITY_CONFLICT: Final = "device_identity_conflict"
MAX_PUSH_EVENTS = 5000
MAX_PUSH_PROOFS = 1000
MAX_PULL_LIMIT = 1000
MAX_EVENT_DATA_BYTES: Final = 32 * 1024
"""The largest ``event_data`` an event may carry, measured by ``event_data_size``. The
biggest real one, a feedback comment of 4,000 characters, stays well below; the device
refuses to record more (``local_store``'s own copy of this number) and the server rejects
more per item, so a student cannot fill the server's memory with one 7 MB heartbeat."""

_INT4 = 2**31 - 1  # the largest value of a 32-bit integer column
ProtocolVersion = Annotated[int, Field(ge=0, le=_INT4)]
Slug = Annotated[str, Field(min_length=2, max_length=100, pattern=r"^[a-z0-9][a-z0-9-]*$")]
Uuid = Annotated[str, Field(min_length=8, max_length=36, pattern=r"^[0-9a-fA-F-]+$")]
DeviceId = Annotated[str, Field(min_length=8, max_length=64, pattern=r"^[A-Za-z0-9_-]+$")]


def error_code(content: bytes) -> str | None:
    """The code of a server error answer (``{"error": {"code": ...}}``), if it is one."""
    try:
        return str(json.loads(content)["error"]["code"])
    except (ValueError, KeyError, TypeError):
        return None


def error_message(content: bytes) -> str | None:
    """The sentence of a server error answer (``{"error": {"message": ...}}``), if it is one."""
    try:
        return str(json.loads(content)["error"]["message"])
    except (ValueError, KeyError, TypeError):
        return None


def naive_utc(value: datetime) -> datetime:
    """Timestamps travel as ISO 8601; aware ones are converted, naive ones are taken as UTC."""
    if value.tzinfo is not None:
        return value.astimezone(UTC).replace(tzinfo=None)
    return value


class _Wire(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Hello(_Wire):
    kind: Literal["hello"] = "hello"
    server_version: str
    protocol_version: int
    min_protocol_version: int
    capabilities: list[str]
    server_time: datetime


def _check_text(value: Any, depth: int = 0) -> None:
    """Refuse what the databases cannot store: NUL characters, unpaired surrogates, and JSON
    nested deeper than anyone writes by hand."""
    if depth > 32:
        raise ValueError("event_data is nested too deeply")
    if isinstance(value, str):
        if "\x00" in value:
            raise ValueError("text must not contain NUL characters")
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            raise ValueError("text must be valid Unicode (no unpaired surrogates)") from None
    elif isinstance(value, dict):
        for key, item in value.items():
            _check_text(key, depth + 1)
            _check_text(item, depth + 1)
    elif isinstance(value, list):
        for item in value:
            _check_text(item, depth + 1)


def _encodes(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def event_data_size(data: Any) -> int:
    """The size of ``event_data`` in bytes: its compact JSON text in UTF-8, exactly as a
    device stores it (``json.dumps`` with ``separators=(",", ":")``, ``ensure_ascii=False``)."""
    text = json.dumps(data, separators=(",", ":"), ensure_ascii=False, allow_nan=False)
    return len(text.encode("utf-8"))


def _check_size(data: dict[str, Any]) -> None:
    # pydantic-core's JSON is the same text but for how a few floats are written (never
    # twice as long): a cheap first measure, and the exact one only near the limit.
    if len(to_json(data)) > MAX_EVENT_DATA_BYTES // 2:
        size = event_data_size(data)
        if size > MAX_EVENT_DATA_BYTES:
            raise ValueError(
                f"event_data is {size:,} bytes of JSON, over the limit of {MAX_EVENT_DATA_BYTES:,}"
            )


def check_storable(row: EventRow) -> None:
    """Raise ``ValueError`` for an event whose free text the databases cannot store (NUL
    characters, unpaired surrogates), whose ``event_data`` is nested too deeply, or whose
    ``event_data`` is larger than ``MAX_EVENT_DATA_BYTES``."""
    texts = (row[1], row[3], row[6], row[7])  # student_id, event_type, session_id, device_type
    text = "".join(t for t in texts if t is not None)
    if "\x00" in text or not (text.isascii() or _encodes(text)):
        for item in texts:
            _check_text(item)
    if row[4]:
        _check_text(row[4])
        _check_size(row[4])


# An event's fields, each constraint written once for both forms an event travels in: an
# object (``EventIn``) and an array of the values in ``EVENT_ROW_FIELDS`` order (``EventRow``,
# capability ``push.rows.v1``: no key repeated per event, about half the bytes, parsed
# several times faster).
StudentId = Annotated[str, Field(min_length=1, max_length=255)]
EventType = Annotated[str, Field(min_length=1, max_length=100)]
EventData = dict[str, Any] | None
SectionNumber = Annotated[int | None, Field(ge=0, le=100_000)]
SessionId = Annotated[str | None, Field(max_length=255)]
DeviceType = Annotated[str | None, Field(max_length=50)]
DeviceSeq = Annotated[int, Field(ge=0, le=2**62)]
ElapsedSeconds = Annotated[int | None, Field(ge=0, le=10**9)]

EventRow = tuple[
    Uuid,
    StudentId,
    Slug,
    EventType,
    EventData,
    SectionNumber,
    SessionId,
    DeviceType,
    DeviceId,
    DeviceSeq,
    datetime,
    ElapsedSeconds,
]
"""One event as an array; ``client_timestamp`` may carry an offset (the server converts it)."""


class EventIn(_Wire):
    """One event as the device recorded it (validated item by item by the server)."""

    uuid: Uuid
    student_id: StudentId
    module_id: Slug
    event_type: EventType
    event_data: EventData = None
    section_number: SectionNumber = None
    session_id: SessionId = None
    device_type: DeviceType = None
    device_id: DeviceId
    device_seq: DeviceSeq
    client_timestamp: datetime
    time_elapsed_seconds: ElapsedSeconds = None

    @field_validator("client_timestamp")
    @classmethod
    def _utc(cls, v: datetime) -> datetime:
        return naive_utc(v)

    @model_validator(mode="after")
    def _storable(self) -> EventIn:
        check_storable(self.row())
        return self

    def row(self) -> EventRow:
        """This event as an ``EventRow``."""
        return (
            self.uuid,
            self.student_id,
            self.module_id,
            self.event_type,
            self.event_data,
            self.section_number,
            self.session_id,
            self.device_type,
            self.device_id,
            self.device_seq,
            self.client_timestamp,
            self.time_elapsed_seconds,
        )


PushAnswer = Literal["all", "exceptions"]
Base64Url = Annotated[str, Field(min_length=43, max_length=64, pattern=r"^[A-Za-z0-9_-]+$")]


class SessionProof(_Wire):
    """A kiosk's proof that ``student_id`` typed their PIN on ``device_id`` for the sitting
    ``session_id`` (``sync.rules.kiosk_keys.session_proof``); a kiosk's push carries one for
    every sitting its events belong to."""

    student_id: StudentId
    session_id: Annotated[str, Field(min_length=1, max_length=255)]
    device_id: DeviceId
    proof: Annotated[str, Field(min_length=64, max_length=64, pattern=r"^[0-9a-fA-F]+$")]


Proofs = Annotated[
    list[SessionProof],
    Field(
        max_length=MAX_PUSH_PROOFS,
        description="kiosks only: the PIN proofs of the sittings this batch's events belong to",
    ),
]


class PushRequest(_Wire):
    kind: Literal["push"] = "push"
    protocol_version: ProtocolVersion
    device_id: DeviceId
    device_time: datetime = Field(description="the device's clock when it sent this request")
    answer: PushAnswer = "all"
    pending_after: int | None = Field(
        default=None,
        ge=0,
        le=2**31 - 1,
        description="events the device still holds to send once this request and those in "
        "flight are answered (capability push.pending.v1; a kiosk's last request of a round "
        "carries it, and the server keeps it as the kiosk's pending count)",
    )
    # Items stay loosely typed here so that one malformed item is rejected on its own.
    events: list[dict[str, Any]] = Field(default=[], max_length=MAX_PUSH_EVENTS)
    rows: list[list[Any]] = Field(
        default=[],
        max_length=MAX_PUSH_EVENTS,
        description="events as arrays in EVENT_ROW_FIELDS order (capability push.rows.v1); "
        "a request carries events or rows, not both",
    )
    proofs: Proofs = []

    @field_validator("device_time")
    @classmethod
    def _utc(cls, v: datetime) -> datetime:
        return naive_utc(v)

    @model_validator(mode="after")
    def _one_form(self) -> PushRequest:
        if self.events and self.rows:
            raise ValueError("a push carries events or rows, not both")
        return self


class PushBatch(_Wire):
    """A push whose every event is well formed: the fast path, parsed straight from bytes.
    When it does not parse, the server falls back to ``PushRequest`` and judges each item."""

    kind: Literal["push"] = "push"
    protocol_version: ProtocolVersion
    device_id: DeviceId
    device_time: datetime
    answer: PushAnswer = "all"
    pending_after: int | None = Field(default=None, ge=0, le=2**31 - 1)
    events: list[EventIn] = Field(default=[], max_length=MAX_PUSH_EVENTS)
    rows: list[EventRow] = Field(default=[], max_length=MAX_PUSH_EVENTS)
    proofs: Proofs = []

    @field_validator("device_time")
    @classmethod
    def _utc(cls, v: datetime) -> datetime:
        return naive_utc(v)


class ItemResult(_Wire):
    uuid: str
    status: Literal["accepted", "duplicate", "rejected"]
    reason: str | None = None
    server_timestamp: datetime | None = None


class PushResponse(_Wire):
    kind: Literal["push_result"] = "push_result"
    listed: PushAnswer = Field(
        default="all",
        description="which items ``results`` holds: every item in request order, or only the "
        "exceptions (the rest were accepted with the timestamp they were sent with)",
    )
    results: list[ItemResult]
    accepted: int
    duplicates: int
    rejected: int
    server_time: datetime
    clock_offset_seconds: float = Field(
        description="server time minus device time at this request; applied to its events "
        "when larger than the tolerance"
    )


class PullRequest(_Wire):
    kind: Literal["pull"] = "pull"
    protocol_version: ProtocolVersion
    device_id: DeviceId
    cursor: str | None = Field(default=None, max_length=2000)
    limit: int = Field(default=200, ge=1, le=MAX_PULL_LIMIT)
    capabilities: list[Annotated[str, Field(max_length=64)]] = Field(
        default=[],
        max_length=32,
        description="what this client understands of the server's capabilities (hello); "
        "e.g. baseline.v1",
    )
    student_id: str | None = Field(
        default=None,
        min_length=1,
        max_length=255,
        description="kiosks only: the roster student whose mirror this pull is for",
    )
    device_next_seq: int | None = Field(
        default=None,
        ge=0,
        le=2**63 - 1,
        description="the device's next event sequence number (capability "
        "device.identity.v1): a server holding a higher one for this device id answers 409 "
        "device_identity_conflict (the store was copied or restored from a backup)",
    )


class SectionOut(_Wire):
    section_number: int
    section_type: str
    title: str | None
    content: str
    media_url: str | None
    duration_seconds: int | None
    section_config: dict[str, Any] | None = None
    completion_criteria: dict[str, Any] | None = None
    media_sha256: str | None = None
    media_size: int | None = None


class ModuleOut(_Wire):
    module_id: str
    title: str
    description: str | None
    category: str | None
    tags: list[Any]
    prerequisites: list[Any]
    related_modules: list[Any]
    estimated_minutes: int | None
    status: str
    revision: int
    university_id: str | None
    target_audience: str | None
    module_type: str | None
    difficulty_level: int | None
    interaction_level: str | None
    required_components: list[str] = Field(
        default_factory=list,
        description="the client components the module needs (e.g. code-sandbox); a device "
        "that lacks one says so before the student starts",
    )
    adaptive_config: dict[str, Any] | None = None
    updated_at: datetime | None
    published_at: datetime | None
    sections: list[SectionOut]


class AssignmentOut(_Wire):
    module_id: str
    assignment_type: str
    due_date: date | None
    assigned_at: datetime | None
    via: Literal["student", "team", "university"]


class EventOut(_Wire):
    """An event of the signed-in student recorded on another device, as the server stored it."""

    uuid: str
    student_id: str
    module_id: str
    event_type: str
    event_data: dict[str, Any] | None
    section_number: int | None
    session_id: str | None
    device_type: str | None
    device_id: str | None
    device_seq: int | None
    client_timestamp: datetime | None
    server_timestamp: datetime
    time_elapsed_seconds: int | None


class BaselineOut(_Wire):
    """A pair's history written by another application (``sync.rules.derive.PairBaseline`` as
    JSON: ``progress`` the ``module_progress`` columns, ``feedback`` the feedback row with
    its stamp)."""

    module_id: str
    baseline: dict[str, Any]


class PullResponse(_Wire):
    kind: Literal["pull_result"] = "pull_result"
    cursor: str
    has_more: bool
    modules: list[ModuleOut] = []
    removed_modules: list[str] = Field(
        default=[], description="modules to drop: deleted, archived, unassigned or unpublished"
    )
    assignments: list[AssignmentOut] = []
    events: list[EventOut] = []
    baselines: list[BaselineOut] = Field(
        default=[],
        description="the student's baselines changed in this round (capability baseline.v1)",
    )
    server_time: datetime


# --- kiosks ------------------------------------------------------------------------------------


class KioskOut(_Wire):
    """A kiosk as the server knows it."""

    kiosk_id: int
    name: str
    university_id: str
    university_name: str | None = None
    team_id: int | None = None
    team_name: str | None = None
    device_id: str = Field(description="issued by the server at enrolment")


class KioskEnrolRequest(_Wire):
    """Enrol this device as a kiosk: with a one-time ``code`` (no sign-in), or signed in as
    faculty (their university) or an admin (``university_id`` required). ``device_id`` is
    the id the device has now (a kiosk of the same university that has it is retired); the
    kiosk gets a new one from the server (``KioskOut.device_id``)."""

    kind: Literal["kiosk_enrol"] = "kiosk_enrol"
    protocol_version: ProtocolVersion
    device_id: DeviceId
    public_key: Base64Url | None = Field(
        default=None,
        description="the public half of the X25519 key the tablet made (base64url); "
        "required by a kiosk.v2 server",
    )
    name: str = Field(min_length=1, max_length=100)
    code: str | None = Field(default=None, min_length=4, max_length=64)
    university_id: str | None = Field(default=None, min_length=1, max_length=255)
    team_id: int | None = Field(default=None, ge=1, le=_INT4)


class KioskEnrolResponse(_Wire):
    kind: Literal["kiosk_enrolled"] = "kiosk_enrolled"
    token: str = Field(description="the kiosk's device credential; shown once, kept on the device")
    kiosk: KioskOut


class RosterRequest(_Wire):
    kind: Literal["roster"] = "roster"
    protocol_version: ProtocolVersion
    device_id: DeviceId
    pending_events: int = Field(
        default=0, ge=0, le=_INT4, description="events recorded on the kiosk and not yet accepted"
    )


class RosterEntry(_Wire):
    student_id: str
    name: str
    team_id: int | None = None
    team_name: str | None = None
    pin_box: str | None = Field(
        default=None,
        max_length=1000,
        description="what checks the student's PIN (argon2id parameters, salt, verifier), "
        "sealed to this kiosk's public key; None: no PIN yet",
    )


class RosterResponse(_Wire):
    """Everyone who may sign in on this kiosk: the whole roster every time (it is small)."""

    kind: Literal["roster_result"] = "roster_result"
    kiosk: KioskOut
    students: list[RosterEntry]
    server_time: datetime


# --- reports -----------------------------------------------------------------------------------
# What faculty see about their university (admins: every university). Each report is a list of
# rows, read in pages (``ReportPage``) by the API, its CSV export and the faculty device, which
# keeps the last pages it read so the Reports area opens offline. A CSV has the row model's
# fields as its columns, in this order.

REPORT_KINDS: Final = ("compliance", "learning", "feedback", "comments", "devices", "teams")
ReportKind = Literal["compliance", "learning", "feedback", "comments", "devices", "teams"]
MAX_REPORT_PAGE = 5000
AssignedVia = Literal["student", "team", "university", "rule"]
ComplianceStatus = Literal["not_started", "in_progress", "completed", "skipped", "excused"]


class ComplianceRow(_Wire):
    """One assigned (student, module) pair: how it was assigned and where the student is."""

    university_id: str | None
    team_id: int | None
    team_name: str | None
    student_id: str
    student_name: str | None
    module_id: str
    module_title: str
    assignment_type: str
    assigned_via: AssignedVia
    assigned_at: datetime | None
    due_date: date | None
    status: ComplianceStatus
    progress_percent: int
    started_at: datetime | None
    completed_at: datetime | None
    overdue_days: int | None = Field(
        description="whole days past the due date while not completed, skipped or excused"
    )
    excuse_reason: str | None
    mastery_score: float | None
    last_sync_at: datetime | None


class LearningRow(_Wire):
    """A module (``section_number`` None) or one of its sections, over the students who opened
    it: time on task, struggle counters, where students stop, mastery."""

    module_id: str
    module_title: str
    section_number: int | None
    section_title: str | None
    students_started: int
    students_completed: int
    students_stopped_here: int = Field(
        description="students whose furthest section is this one and who have not completed"
    )
    time_median_seconds: float | None
    time_p25_seconds: float | None
    time_p75_seconds: float | None
    pauses: int
    hints: int
    retries: int
    errors: int
    mastery_mean: float | None
    signals: dict[str, int] = Field(default={}, description="Phase 3 struggle signals by kind")
    mastery_counts: list[int] = Field(
        default=[0, 0, 0, 0, 0],
        description="students by mastery score: [0, 0.2), [0.2, 0.4), [0.4, 0.6), [0.6, 0.8), "
        "[0.8, 1] (a module's row; sections have none)",
    )


class FeedbackRow(_Wire):
    """One module's feedback summarised: counts by rating (1-5) and difficulty (1-5), and
    Phase 3's engagement and clarity (means) and tags (counts) where given."""

    module_id: str
    module_title: str
    responses: int
    rating_mean: float | None
    rating_counts: list[int] = Field(description="five counts: ratings 1..5")
    difficulty_mean: float | None
    difficulty_counts: list[int] = Field(description="five counts: difficulty 1..5")
    comments: int
    # Phase 3's detailed feedback, where students gave it
    engagement_mean: float | None = None
    clarity_mean: float | None = None
    tag_counts: dict[str, int] = Field(default={}, description="tag -> how many gave it")


class CommentRow(_Wire):
    """One feedback comment. An anonymous one carries no student identity at all."""

    module_id: str
    module_title: str
    submitted_at: datetime | None
    rating: int | None
    difficulty: int | None
    comment: str
    anonymous: bool
    student_id: str | None
    student_name: str | None
    team_name: str | None


class DeviceRow(_Wire):
    """A student's device or a kiosk, as the server knows it: last sync and what it said was
    still waiting to be sent at its last push, so "not done" differs from "not synced yet"."""

    kind: Literal["student", "kiosk"]
    device_id: str | None
    name: str | None
    student_id: str | None
    student_name: str | None
    team_name: str | None
    last_sync_at: datetime | None
    events_waiting: int | None


class TeamRow(_Wire):
    """A team of the university, with how many students it has: what assignments to a team
    are made to, whether or not anything is assigned to it yet."""

    university_id: str | None
    team_id: int
    team_name: str | None
    subsystem: str | None
    students: int


ReportRow = ComplianceRow | LearningRow | FeedbackRow | CommentRow | DeviceRow | TeamRow
REPORT_ROWS: Final[dict[str, type[_Wire]]] = {
    "compliance": ComplianceRow,
    "learning": LearningRow,
    "feedback": FeedbackRow,
    "comments": CommentRow,
    "devices": DeviceRow,
    "teams": TeamRow,
}


class ReportPage(_Wire):
    """A page of one report. ``next`` is the opaque key of the following page (None: last);
    ``as_of`` is the server's time when the report was read; ``total`` counts every row that
    matches the filters."""

    kind: ReportKind
    as_of: datetime
    total: int
    next: str | None
    rows: list[dict[str, Any]]


class ExcusalIn(_Wire):
    """Excuse a student from an assigned module (status ``excused``), with the reason."""

    student_id: str = Field(min_length=1, max_length=255)
    module_id: Slug
    reason: str = Field(min_length=1, max_length=500)


class AssignmentChange(_Wire):
    """Change an assignment's type or due date (``clear_due_date`` removes the date)."""

    assignment_type: Literal["required", "optional", "recommended"] | None = None
    due_date: date | None = None
    clear_due_date: bool = False
