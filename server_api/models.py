"""SQLAlchemy models of the FRAMES schema at the head revision.

The ten tables of ``shared/spec/database-schema.md`` (six LMS tables plus ``universities``,
``faculty``, ``teams`` and ``students``) with their Phase 2 and Phase 3 columns. Column order,
names, types, defaults and constraint names match the production DDL exactly: the metadata
naming convention reproduces PostgreSQL's own default constraint names
(``modules_pkey``, ``modules_module_id_key``, ``faculty_university_id_fkey`` ...), so a database
created by our migrations and one created from the spec's SQL are indistinguishable.

``SPEC_TABLES`` names the spec's ten tables. Every table of ``Base.metadata`` is ours; any other
table in the database belongs to someone else and is never read, altered or dropped.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    Numeric,
    String,
    Text,
    UniqueConstraint,
    false,
    func,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

__all__ = [
    "SPEC_TABLES",
    "Account",
    "AssignmentExcusal",
    "AuthToken",
    "ChecklistState",
    "MediaFile",
    "MediaOwner",
    "RateLimit",
    "StudentStorage",
    "SyncClock",
    "SyncScope",
    "Tombstone",
    "NAMING_CONVENTION",
    "Base",
    "EventId",
    "FoldRecord",
    "ProgressBaseline",
    "Faculty",
    "Kiosk",
    "KioskAlert",
    "KioskEnrolmentCode",
    "Module",
    "ModuleAnalyticsEvent",
    "ModuleAssignment",
    "ModuleFeedback",
    "ModuleProgress",
    "ModuleSection",
    "Student",
    "StudentPin",
    "Team",
    "University",
]

# PostgreSQL's own names for unnamed constraints, so that tables built by SQLAlchemy match
# tables built from the spec's CREATE statements name for name.
NAMING_CONVENTION: dict[str, str] = {
    "pk": "%(table_name)s_pkey",
    "uq": "%(table_name)s_%(column_0_N_name)s_key",
    "fk": "%(table_name)s_%(column_0_N_name)s_fkey",
    "ck": "%(table_name)s_%(constraint_name)s_check",
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
}

EMPTY_JSON_LIST = text("'[]'")


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {dict[str, Any]: JSON, list[Any]: JSON}


class University(Base):
    __tablename__ = "universities"

    id: Mapped[str] = mapped_column(String, primary_key=True)
    name: Mapped[str | None] = mapped_column(String(255))
    location: Mapped[str | None] = mapped_column(String(255))
    contact_email: Mapped[str | None] = mapped_column(String(255))
    created_at: Mapped[datetime | None] = mapped_column(DateTime, server_default=func.now())


class Faculty(Base):
    __tablename__ = "faculty"

    id: Mapped[str] = mapped_column(String, primary_key=True)
    name: Mapped[str | None] = mapped_column(String(255))
    email: Mapped[str | None] = mapped_column(String(255))
    university_id: Mapped[str | None] = mapped_column(String, ForeignKey("universities.id"))
    department: Mapped[str | None] = mapped_column(String(255))
    created_at: Mapped[datetime | None] = mapped_column(DateTime, server_default=func.now())


class Team(Base):
    __tablename__ = "teams"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str | None] = mapped_column(String(255))
    university_id: Mapped[str | None] = mapped_column(String, ForeignKey("universities.id"))
    subsystem: Mapped[str | None] = mapped_column(String(255))
    created_at: Mapped[datetime | None] = mapped_column(DateTime, server_default=func.now())


class Student(Base):
    __tablename__ = "students"
    __table_args__ = (
        UniqueConstraint("university_id", "student_number"),
        Index("idx_students_university", "university_id", "id"),
    )

    id: Mapped[str] = mapped_column(String, primary_key=True)
    name: Mapped[str | None] = mapped_column(String(255))
    email: Mapped[str | None] = mapped_column(String(255))
    university_id: Mapped[str | None] = mapped_column(String, ForeignKey("universities.id"))
    team_id: Mapped[int | None] = mapped_column(Integer, ForeignKey("teams.id"))
    role: Mapped[str | None] = mapped_column(String(100))
    created_at: Mapped[datetime | None] = mapped_column(DateTime, server_default=func.now())
    # ours (0017): the number the university knows the student by; unique per university
    student_number: Mapped[str | None] = mapped_column(String(64))


class Module(Base):
    __tablename__ = "modules"
    __table_args__ = (
        Index("idx_modules_status", "status"),
        Index("idx_modules_category", "category"),
        Index("idx_modules_module_id", "module_id"),
        Index("idx_modules_change_seq", "change_seq"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    module_id: Mapped[str] = mapped_column(String(100), unique=True)
    title: Mapped[str] = mapped_column(String(255))
    description: Mapped[str | None] = mapped_column(Text)
    category: Mapped[str | None] = mapped_column(String(100))
    estimated_minutes: Mapped[int | None] = mapped_column(Integer, server_default=text("10"))
    created_by_id: Mapped[str | None] = mapped_column(String, ForeignKey("faculty.id"))
    university_id: Mapped[str | None] = mapped_column(String, ForeignKey("universities.id"))
    status: Mapped[str | None] = mapped_column(String(50), server_default="draft")
    prerequisites: Mapped[list[Any] | None] = mapped_column(JSON, server_default=EMPTY_JSON_LIST)
    related_modules: Mapped[list[Any] | None] = mapped_column(JSON, server_default=EMPTY_JSON_LIST)
    tags: Mapped[list[Any] | None] = mapped_column(JSON, server_default=EMPTY_JSON_LIST)
    target_audience: Mapped[str | None] = mapped_column(
        String(100), server_default="incoming_students"
    )
    revision: Mapped[int | None] = mapped_column(Integer, server_default=text("1"))
    created_at: Mapped[datetime | None] = mapped_column(DateTime, server_default=func.now())
    updated_at: Mapped[datetime | None] = mapped_column(DateTime, server_default=func.now())
    published_at: Mapped[datetime | None] = mapped_column(DateTime)
    # Phase 2: module type system
    module_type: Mapped[str | None] = mapped_column(String(50), server_default="text")
    interaction_level: Mapped[str | None] = mapped_column(String(20))
    required_components: Mapped[list[Any] | None] = mapped_column(
        JSON, server_default=EMPTY_JSON_LIST
    )
    difficulty_level: Mapped[int | None] = mapped_column(Integer, server_default=text("1"))
    # Phase 3: adaptive difficulty
    adaptive_config: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    # sync support (0005): the change sequence of the transaction that last changed it
    change_seq: Mapped[int] = mapped_column(BigInteger, server_default=text("0"))


class ModuleSection(Base):
    __tablename__ = "module_sections"
    __table_args__ = (
        UniqueConstraint("module_id", "section_number"),
        Index("idx_sections_module", "module_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    module_id: Mapped[int] = mapped_column(Integer, ForeignKey("modules.id", ondelete="CASCADE"))
    section_number: Mapped[int] = mapped_column(Integer)
    section_type: Mapped[str] = mapped_column(String(50))
    title: Mapped[str | None] = mapped_column(String(255))
    content: Mapped[str] = mapped_column(Text)
    media_url: Mapped[str | None] = mapped_column(String(500))
    duration_seconds: Mapped[int | None] = mapped_column(Integer)
    # Phase 2: type-specific configuration
    section_config: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    completion_criteria: Mapped[dict[str, Any] | None] = mapped_column(JSON)


class ModuleAssignment(Base):
    __tablename__ = "module_assignments"
    __table_args__ = (
        UniqueConstraint("module_id", "student_id"),
        Index("idx_assignments_student", "student_id"),
        Index("idx_assignments_module", "module_id"),
        Index("idx_assignments_change_seq", "change_seq"),
        Index("idx_assignments_team", "team_id"),
        Index("idx_assignments_university", "university_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    module_id: Mapped[int] = mapped_column(Integer, ForeignKey("modules.id", ondelete="CASCADE"))
    student_id: Mapped[str | None] = mapped_column(
        String, ForeignKey("students.id", ondelete="CASCADE")
    )
    university_id: Mapped[str | None] = mapped_column(String, ForeignKey("universities.id"))
    team_id: Mapped[int | None] = mapped_column(Integer, ForeignKey("teams.id"))
    assigned_by_id: Mapped[str | None] = mapped_column(String, ForeignKey("faculty.id"))
    assignment_type: Mapped[str | None] = mapped_column(String(50), server_default="required")
    due_date: Mapped[date | None] = mapped_column(Date)
    assigned_at: Mapped[datetime | None] = mapped_column(DateTime, server_default=func.now())
    # Phase 3: auto-assignment rules
    auto_assigned: Mapped[bool | None] = mapped_column(Boolean, server_default=false())
    assignment_rule: Mapped[str | None] = mapped_column(String(255))
    # sync support (0005)
    change_seq: Mapped[int] = mapped_column(BigInteger, server_default=text("0"))


class ModuleProgress(Base):
    __tablename__ = "module_progress"
    __table_args__ = (
        UniqueConstraint("module_id", "student_id"),
        Index("idx_progress_student", "student_id"),
        Index("idx_progress_module", "module_id"),
        Index("idx_progress_status", "status"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    module_id: Mapped[int] = mapped_column(Integer, ForeignKey("modules.id", ondelete="CASCADE"))
    student_id: Mapped[str] = mapped_column(String, ForeignKey("students.id", ondelete="CASCADE"))
    status: Mapped[str | None] = mapped_column(String(50), server_default="not_started")
    progress_percent: Mapped[int | None] = mapped_column(Integer, server_default=text("0"))
    current_section: Mapped[int | None] = mapped_column(Integer, server_default=text("1"))
    started_at: Mapped[datetime | None] = mapped_column(DateTime)
    completed_at: Mapped[datetime | None] = mapped_column(DateTime)
    last_accessed_at: Mapped[datetime | None] = mapped_column(DateTime, server_default=func.now())
    total_time_seconds: Mapped[int | None] = mapped_column(Integer, server_default=text("0"))
    pause_count: Mapped[int | None] = mapped_column(Integer, server_default=text("0"))
    # Phase 2: struggle metrics
    hint_count: Mapped[int | None] = mapped_column(Integer, server_default=text("0"))
    retry_count: Mapped[int | None] = mapped_column(Integer, server_default=text("0"))
    error_count: Mapped[int | None] = mapped_column(Integer, server_default=text("0"))
    # Phase 3: adaptive tracking and mastery scoring
    difficulty_adjustments: Mapped[list[Any] | None] = mapped_column(JSON)
    mastery_score: Mapped[Decimal | None] = mapped_column(Numeric(3, 2))


class ModuleAnalyticsEvent(Base):
    __tablename__ = "module_analytics_events"
    __table_args__ = (
        Index("idx_events_module_student", "module_id", "student_id"),
        Index("idx_events_type", "event_type"),
        Index("idx_events_timestamp", "timestamp"),
        Index("idx_events_student_change", "student_id", "change_seq", "id"),
        Index("idx_events_uuid", "event_uuid"),
        # On PostgreSQL the table is partitioned by month on received_at (revision 0013):
        # its primary key must hold the partition key, and event ids are kept unique in
        # event_ids instead (a partitioned table cannot).
        # A push looks up its device's sequence numbers here (a copied store reuses them).
        Index(
            "idx_events_device_seq",
            "device_id",
            "device_seq",
            postgresql_where=text("device_id IS NOT NULL"),
            sqlite_where=text("device_id IS NOT NULL"),
        ),
        {"info": {"postgresql": {"primary_key": ("id", "received_at"), "unique": ()}}},
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    module_id: Mapped[int] = mapped_column(Integer, ForeignKey("modules.id", ondelete="CASCADE"))
    student_id: Mapped[str] = mapped_column(String, ForeignKey("students.id", ondelete="CASCADE"))
    event_type: Mapped[str] = mapped_column(String(100))
    event_data: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    section_number: Mapped[int | None] = mapped_column(Integer)
    session_id: Mapped[str | None] = mapped_column(String(255))
    device_type: Mapped[str | None] = mapped_column(String(50))
    timestamp: Mapped[datetime | None] = mapped_column(DateTime, server_default=func.now())
    time_elapsed_seconds: Mapped[int | None] = mapped_column(Integer)
    # Phase 3: ML features and pattern detection
    struggle_signal: Mapped[Decimal | None] = mapped_column(Numeric(3, 2))
    pattern_detected: Mapped[str | None] = mapped_column(String(100))
    # sync support (0005): the device's identity of the event, and when the server got it.
    # ``timestamp`` holds the clock-corrected time; ``client_timestamp`` what the device said.
    event_uuid: Mapped[str | None] = mapped_column(String(36), unique=True)
    device_id: Mapped[str | None] = mapped_column(String(64))
    device_seq: Mapped[int | None] = mapped_column(BigInteger)
    client_timestamp: Mapped[datetime | None] = mapped_column(DateTime)
    received_at: Mapped[datetime] = mapped_column(
        DateTime, server_default=text("CURRENT_TIMESTAMP")
    )
    clock_flag: Mapped[str | None] = mapped_column(String(20))
    change_seq: Mapped[int] = mapped_column(BigInteger, server_default=text("0"))


class EventId(Base):
    """Every stored event's uuid, once (PostgreSQL only): what makes a push exactly-once
    since ``module_analytics_events`` is partitioned (its own unique keys must include the
    partition key). SQLite keeps ``event_uuid`` UNIQUE on the events table itself."""

    __tablename__ = "event_ids"
    __table_args__ = {"info": {"dialects": ("postgresql",)}}

    event_uuid: Mapped[str] = mapped_column(String(36), primary_key=True)


class ModuleFeedback(Base):
    __tablename__ = "module_feedback"
    __table_args__ = (
        UniqueConstraint("module_id", "student_id"),
        Index("idx_feedback_module", "module_id"),
        Index("idx_feedback_rating", "rating"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    module_id: Mapped[int] = mapped_column(Integer, ForeignKey("modules.id", ondelete="CASCADE"))
    student_id: Mapped[str] = mapped_column(String, ForeignKey("students.id", ondelete="CASCADE"))
    rating: Mapped[int | None] = mapped_column(
        Integer, CheckConstraint("rating >= 1 AND rating <= 5", name="rating")
    )
    difficulty_rating: Mapped[int | None] = mapped_column(
        Integer,
        CheckConstraint(
            "difficulty_rating >= 1 AND difficulty_rating <= 5", name="difficulty_rating"
        ),
    )
    comment: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime | None] = mapped_column(DateTime, server_default=func.now())
    is_anonymous: Mapped[bool | None] = mapped_column(Boolean, server_default=false())
    # Phase 3: detailed feedback
    engagement_rating: Mapped[int | None] = mapped_column(Integer)
    clarity_rating: Mapped[int | None] = mapped_column(Integer)
    tags: Mapped[list[Any] | None] = mapped_column(JSON)


SPEC_TABLES: frozenset[str] = frozenset(
    {
        "universities",
        "faculty",
        "teams",
        "students",
        "modules",
        "module_sections",
        "module_assignments",
        "module_progress",
        "module_analytics_events",
        "module_feedback",
    }
)


# --- the project's own tables (revision 0004 onwards) ------------------------------------------


class Account(Base):
    """A person who can sign in: a student, a faculty member or an admin.

    Students and faculty link to their existing ``students`` / ``faculty`` row (at most one
    account each); ``university_id`` is copied from that row for faculty and students and
    is what faculty scope is checked against. Passwords are argon2id hashes.
    """

    __tablename__ = "accounts"
    __table_args__ = (
        CheckConstraint("role IN ('student', 'faculty', 'admin')", name="role"),
        Index("idx_accounts_university", "university_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    email: Mapped[str] = mapped_column(String(255), unique=True)
    password_hash: Mapped[str] = mapped_column(String(255))
    role: Mapped[str] = mapped_column(String(20))
    display_name: Mapped[str | None] = mapped_column(String(255))
    student_id: Mapped[str | None] = mapped_column(
        String, ForeignKey("students.id", ondelete="CASCADE"), unique=True
    )
    faculty_id: Mapped[str | None] = mapped_column(
        String, ForeignKey("faculty.id", ondelete="CASCADE"), unique=True
    )
    university_id: Mapped[str | None] = mapped_column(String, ForeignKey("universities.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.now())
    disabled_at: Mapped[datetime | None] = mapped_column(DateTime)


class AuthToken(Base):
    """An opaque bearer token; only its SHA-256 is stored.

    ``kind`` is ``session`` (short-lived, a browser or a script) or ``device`` (an installed
    app: its expiry slides forward with every use, so a device offline for weeks still syncs
    when it returns; an admin revokes it to cut the device off).
    """

    __tablename__ = "auth_tokens"
    __table_args__ = (
        CheckConstraint("kind IN ('session', 'device')", name="kind"),
        Index("idx_auth_tokens_account", "account_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    account_id: Mapped[int] = mapped_column(Integer, ForeignKey("accounts.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(20))
    device_id: Mapped[str | None] = mapped_column(String(64))
    device_name: Mapped[str | None] = mapped_column(String(255))
    created_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.now())
    expires_at: Mapped[datetime] = mapped_column(DateTime)
    last_used_at: Mapped[datetime | None] = mapped_column(DateTime)
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime)


class SyncClock(Base):
    """One row: the last change sequence handed out.

    A transaction takes the next value as its last step before commit
    (``UPDATE ... RETURNING``), which row-locks the clock until it commits; so sequence order
    is commit order and a pull cursor can never step over a row a slower transaction commits
    later.
    """

    __tablename__ = "sync_clock"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    value: Mapped[int] = mapped_column(BigInteger)
    # Cursors name the epoch they were made in; a new epoch makes every device start over.
    epoch: Mapped[int] = mapped_column(Integer, server_default=text("1"))


class SyncScope(Base):
    """The newest change sequence written into one scope a device pulls (``student:<id>``,
    ``team:<id>``, ``university:<id>``, ``global``): a pull whose scopes have nothing at or
    after its cursor is answered at once (``server_api.changes``)."""

    __tablename__ = "sync_scopes"

    scope: Mapped[str] = mapped_column(String(300), primary_key=True)
    last_seq: Mapped[int] = mapped_column(BigInteger)


class Tombstone(Base):
    """A deletion or unassignment that devices must hear about on their next pull."""

    __tablename__ = "sync_tombstones"
    __table_args__ = (
        CheckConstraint("entity IN ('module', 'assignment')", name="entity"),
        Index("idx_tombstones_change_seq", "change_seq"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    entity: Mapped[str] = mapped_column(String(20))
    module_slug: Mapped[str] = mapped_column(String(100))
    university_id: Mapped[str | None] = mapped_column(String)
    student_id: Mapped[str | None] = mapped_column(String)
    team_id: Mapped[int | None] = mapped_column(Integer)
    change_seq: Mapped[int] = mapped_column(BigInteger, server_default=text("0"))
    created_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.now())


class ChecklistState(Base):
    """The current state of one checklist item for one student: last writer wins."""

    __tablename__ = "checklist_states"
    __table_args__ = (
        UniqueConstraint("module_id", "student_id", "section_number", "item_key"),
        Index("idx_checklist_student", "student_id", "module_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    module_id: Mapped[int] = mapped_column(Integer, ForeignKey("modules.id", ondelete="CASCADE"))
    student_id: Mapped[str] = mapped_column(String, ForeignKey("students.id", ondelete="CASCADE"))
    section_number: Mapped[int] = mapped_column(Integer)
    item_key: Mapped[str] = mapped_column(String(200))
    checked: Mapped[bool] = mapped_column(Boolean)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    event_uuid: Mapped[str] = mapped_column(String(36))


class MediaFile(Base):
    """An image or video stored by the server, addressed by the SHA-256 of its bytes."""

    __tablename__ = "media_files"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(BigInteger)
    content_type: Mapped[str] = mapped_column(String(100))
    filename: Mapped[str] = mapped_column(String(255))
    created_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.now())


class Kiosk(Base):
    """A shared device enrolled for one university (optionally one team).

    It holds its own bearer credential (``frk_...``; only the SHA-256 is stored) and acts
    for the students of its scope only. ``last_sync_at`` and ``pending_events`` are what it
    last reported (None until it first syncs); a revoked kiosk is refused with 401 and keeps
    its unsynced work for an admin export.
    """

    __tablename__ = "kiosks"
    __table_args__ = (
        Index("idx_kiosks_university", "university_id"),
        Index("idx_kiosks_device", "device_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    university_id: Mapped[str] = mapped_column(String, ForeignKey("universities.id"))
    team_id: Mapped[int | None] = mapped_column(Integer, ForeignKey("teams.id"))
    device_id: Mapped[str] = mapped_column(String(64))
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_by_account_id: Mapped[int | None] = mapped_column(
        Integer, ForeignKey("accounts.id", ondelete="SET NULL")
    )
    created_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.now())
    last_sync_at: Mapped[datetime | None] = mapped_column(DateTime)
    pending_events: Mapped[int | None] = mapped_column(Integer)
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime)
    # The X25519 public key the tablet made at enrolment (base64url): roster PINs are sealed
    # to it. None: enrolled before the kiosk trust model, refused until enrolled again.
    public_key: Mapped[str | None] = mapped_column(String(64))


class KioskAlert(Base):
    """Something a kiosk did that a kiosk used as intended does not do, for staff to look at:
    ``push_without_proof`` (events for students who did not sign in on it with their PIN
    for that sitting) or ``wrong_device`` (its credential sent from another device id)."""

    __tablename__ = "kiosk_alerts"
    __table_args__ = (Index("idx_kiosk_alerts_kiosk", "kiosk_id", "id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kiosk_id: Mapped[int] = mapped_column(Integer, ForeignKey("kiosks.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(40))
    student_id: Mapped[str | None] = mapped_column(String(255))
    events: Mapped[int] = mapped_column(Integer, server_default=text("0"))
    detail: Mapped[str] = mapped_column(String(500))
    created_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.now())


class KioskEnrolmentCode(Base):
    """A one-time code that enrols one kiosk without a sign-in; only its SHA-256 is stored."""

    __tablename__ = "kiosk_enrolment_codes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code_hash: Mapped[str] = mapped_column(String(64), unique=True)
    university_id: Mapped[str] = mapped_column(String, ForeignKey("universities.id"))
    team_id: Mapped[int | None] = mapped_column(Integer, ForeignKey("teams.id"))
    created_by_account_id: Mapped[int | None] = mapped_column(
        Integer, ForeignKey("accounts.id", ondelete="SET NULL")
    )
    created_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.now())
    expires_at: Mapped[datetime] = mapped_column(DateTime)
    used_at: Mapped[datetime | None] = mapped_column(DateTime)
    kiosk_id: Mapped[int | None] = mapped_column(
        Integer, ForeignKey("kiosks.id", ondelete="SET NULL")
    )


class StudentPin(Base):
    """A student's kiosk PIN as an argon2id hash. It belongs to the student row, so a
    student without an account can get one from faculty."""

    __tablename__ = "student_pins"

    student_id: Mapped[str] = mapped_column(
        String, ForeignKey("students.id", ondelete="CASCADE"), primary_key=True
    )
    pin_hash: Mapped[str] = mapped_column(String(255))
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    set_by_account_id: Mapped[int | None] = mapped_column(
        Integer, ForeignKey("accounts.id", ondelete="SET NULL")
    )
    # The PIN this one replaced: kiosk sittings signed in with it (offline, before the
    # change reached the tablet) still prove themselves for a while.
    previous_pin_hash: Mapped[str | None] = mapped_column(String(255))
    replaced_at: Mapped[datetime | None] = mapped_column(DateTime)


class ProgressBaseline(Base):
    """History another application wrote for one (student, module): the pair's progress row
    and/or feedback row as FRAMES found them (``sync.rules.derive.PairBaseline`` as JSON).

    Made when a database is adopted (``server_api.history.adopt``) and whenever a progress
    or feedback row turns out to have been written by another application since FRAMES last
    wrote it. Progress and feedback are then folded from (baseline, FRAMES events) on the
    server and on every device, which receive baselines with their pulls.
    """

    __tablename__ = "progress_baselines"
    __table_args__ = (
        UniqueConstraint("module_id", "student_id"),
        CheckConstraint("source IN ('adopted', 'foreign')", name="source"),
        Index("idx_baselines_student_change", "student_id", "change_seq"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    module_id: Mapped[int] = mapped_column(Integer, ForeignKey("modules.id", ondelete="CASCADE"))
    student_id: Mapped[str] = mapped_column(String, ForeignKey("students.id", ondelete="CASCADE"))
    baseline: Mapped[dict[str, Any]] = mapped_column(JSON)
    source: Mapped[str] = mapped_column(String(20))
    created_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.now())
    updated_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.now())
    change_seq: Mapped[int] = mapped_column(BigInteger, server_default=text("0"))


class FoldRecord(Base):
    """What FRAMES last wrote to a pair's ``module_progress`` and ``module_feedback`` rows.

    A stored row that differs from it was written by another application since: it becomes
    (part of) the pair's baseline instead of being overwritten. ``feedback`` is ``None`` when
    FRAMES wrote no feedback row.
    """

    __tablename__ = "fold_records"
    __table_args__ = (UniqueConstraint("module_id", "student_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    module_id: Mapped[int] = mapped_column(Integer, ForeignKey("modules.id", ondelete="CASCADE"))
    student_id: Mapped[str] = mapped_column(String, ForeignKey("students.id", ondelete="CASCADE"))
    progress: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    feedback: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    # The incremental fold of the pair's events (sync.rules.derive.DeriveState), None until built.
    state: Mapped[dict[str, Any] | None] = mapped_column(JSON)


class StudentStorage(Base):
    """How much one student stores: events and bytes of ``event_data`` (the quota's count).

    Kept by push in the transaction that stores the events (an upper bound: a batch is
    counted before duplicates are known and settled after); recounted from the events
    whenever a push would pass the quota, so deletions never refuse anyone.
    """

    __tablename__ = "student_storage"

    student_id: Mapped[str] = mapped_column(
        String, ForeignKey("students.id", ondelete="CASCADE"), primary_key=True
    )
    events: Mapped[int] = mapped_column(BigInteger, server_default=text("0"))
    event_bytes: Mapped[int] = mapped_column(BigInteger, server_default=text("0"))


class RateLimit(Base):
    """One rate-limit counter (``server_api.ratelimit``): a fixed window of attempts and an
    exponential lockout. In the database, so every worker and host shares it."""

    __tablename__ = "rate_limits"

    key: Mapped[str] = mapped_column(String(200), primary_key=True)
    window_start: Mapped[datetime] = mapped_column(DateTime)
    count: Mapped[int] = mapped_column(Integer)
    strikes: Mapped[int] = mapped_column(Integer, server_default=text("0"))
    blocked_until: Mapped[datetime | None] = mapped_column(DateTime)


class MediaOwner(Base):
    """A university that may show a media file in its modules: it uploaded (or imported) it,
    or an admin put it in one of its modules."""

    __tablename__ = "media_owners"

    sha256: Mapped[str] = mapped_column(
        String(64), ForeignKey("media_files.sha256", ondelete="CASCADE"), primary_key=True
    )
    university_id: Mapped[str] = mapped_column(
        String, ForeignKey("universities.id", ondelete="CASCADE"), primary_key=True
    )
    created_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.now())


class AssignmentExcusal(Base):
    """A student excused from an assigned module (``excused`` in the compliance report),
    with the reason, the account that excused them and when. One per (student, module)."""

    __tablename__ = "assignment_excusals"
    __table_args__ = (
        UniqueConstraint("student_id", "module_id"),
        Index("idx_excusals_module", "module_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    student_id: Mapped[str] = mapped_column(String, ForeignKey("students.id", ondelete="CASCADE"))
    module_id: Mapped[int] = mapped_column(Integer, ForeignKey("modules.id", ondelete="CASCADE"))
    reason: Mapped[str] = mapped_column(String(500))
    excused_by_id: Mapped[int | None] = mapped_column(
        Integer, ForeignKey("accounts.id", ondelete="SET NULL")
    )
    excused_at: Mapped[datetime] = mapped_column(DateTime)
    change_seq: Mapped[int] = mapped_column(BigInteger, server_default=text("0"))
