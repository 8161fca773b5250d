"""The spec's Phase 1 schema, frozen as SQLAlchemy Core tables.

This is the baseline: ``shared/spec/phase1.sql`` expressed once, so that the same migration
creates it on PostgreSQL and on SQLite, and so that ``frames-server migrate`` can compare an
existing production database against it before adopting it. It must never change: later
revisions alter the schema, this module does not. ``tests/server_api/test_migrations.py``
checks that it produces exactly what ``phase1.sql`` produces on PostgreSQL (``pg_dump``).
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    false,
    func,
    text,
)

from server_api.models import NAMING_CONVENTION

__all__ = ["phase1_metadata"]


def _created_at() -> Column[object]:
    return Column("created_at", DateTime, server_default=func.now())


def phase1_metadata() -> MetaData:
    """A fresh MetaData holding the ten Phase 1 tables in dependency order."""
    md = MetaData(naming_convention=NAMING_CONVENTION)
    empty_list = text("'[]'")
    Table(
        "universities",
        md,
        Column("id", String, primary_key=True),
        Column("name", String(255)),
        Column("location", String(255)),
        Column("contact_email", String(255)),
        _created_at(),
    )
    Table(
        "faculty",
        md,
        Column("id", String, primary_key=True),
        Column("name", String(255)),
        Column("email", String(255)),
        Column("university_id", String, ForeignKey("universities.id")),
        Column("department", String(255)),
        _created_at(),
    )
    Table(
        "teams",
        md,
        Column("id", Integer, primary_key=True),
        Column("name", String(255)),
        Column("university_id", String, ForeignKey("universities.id")),
        Column("subsystem", String(255)),
        _created_at(),
    )
    Table(
        "students",
        md,
        Column("id", String, primary_key=True),
        Column("name", String(255)),
        Column("email", String(255)),
        Column("university_id", String, ForeignKey("universities.id")),
        Column("team_id", Integer, ForeignKey("teams.id")),
        Column("role", String(100)),
        _created_at(),
    )
    Table(
        "modules",
        md,
        Column("id", Integer, primary_key=True),
        Column("module_id", String(100), unique=True, nullable=False),
        Column("title", String(255), nullable=False),
        Column("description", Text),
        Column("category", String(100)),
        Column("estimated_minutes", Integer, server_default=text("10")),
        Column("created_by_id", String, ForeignKey("faculty.id")),
        Column("university_id", String, ForeignKey("universities.id")),
        Column("status", String(50), server_default="draft"),
        Column("prerequisites", JSON, server_default=empty_list),
        Column("related_modules", JSON, server_default=empty_list),
        Column("tags", JSON, server_default=empty_list),
        Column("target_audience", String(100), server_default="incoming_students"),
        Column("revision", Integer, server_default=text("1")),
        Column("created_at", DateTime, server_default=func.now()),
        Column("updated_at", DateTime, server_default=func.now()),
        Column("published_at", DateTime),
        Index("idx_modules_status", "status"),
        Index("idx_modules_category", "category"),
        Index("idx_modules_module_id", "module_id"),
    )
    Table(
        "module_sections",
        md,
        Column("id", Integer, primary_key=True),
        Column("module_id", Integer, ForeignKey("modules.id", ondelete="CASCADE"), nullable=False),
        Column("section_number", Integer, nullable=False),
        Column("section_type", String(50), nullable=False),
        Column("title", String(255)),
        Column("content", Text, nullable=False),
        Column("media_url", String(500)),
        Column("duration_seconds", Integer),
        UniqueConstraint("module_id", "section_number"),
        Index("idx_sections_module", "module_id"),
    )
    Table(
        "module_assignments",
        md,
        Column("id", Integer, primary_key=True),
        Column("module_id", Integer, ForeignKey("modules.id", ondelete="CASCADE"), nullable=False),
        Column("student_id", String, ForeignKey("students.id", ondelete="CASCADE")),
        Column("university_id", String, ForeignKey("universities.id")),
        Column("team_id", Integer, ForeignKey("teams.id")),
        Column("assigned_by_id", String, ForeignKey("faculty.id")),
        Column("assignment_type", String(50), server_default="required"),
        Column("due_date", Date),
        Column("assigned_at", DateTime, server_default=func.now()),
        UniqueConstraint("module_id", "student_id"),
        Index("idx_assignments_student", "student_id"),
        Index("idx_assignments_module", "module_id"),
    )
    Table(
        "module_progress",
        md,
        Column("id", Integer, primary_key=True),
        Column("module_id", Integer, ForeignKey("modules.id", ondelete="CASCADE"), nullable=False),
        Column("student_id", String, ForeignKey("students.id", ondelete="CASCADE"), nullable=False),
        Column("status", String(50), server_default="not_started"),
        Column("progress_percent", Integer, server_default=text("0")),
        Column("current_section", Integer, server_default=text("1")),
        Column("started_at", DateTime),
        Column("completed_at", DateTime),
        Column("last_accessed_at", DateTime, server_default=func.now()),
        Column("total_time_seconds", Integer, server_default=text("0")),
        Column("pause_count", Integer, server_default=text("0")),
        UniqueConstraint("module_id", "student_id"),
        Index("idx_progress_student", "student_id"),
        Index("idx_progress_module", "module_id"),
        Index("idx_progress_status", "status"),
    )
    Table(
        "module_analytics_events",
        md,
        Column("id", Integer, primary_key=True),
        Column("module_id", Integer, ForeignKey("modules.id", ondelete="CASCADE"), nullable=False),
        Column("student_id", String, ForeignKey("students.id", ondelete="CASCADE"), nullable=False),
        Column("event_type", String(100), nullable=False),
        Column("event_data", JSON),
        Column("section_number", Integer),
        Column("session_id", String(255)),
        Column("device_type", String(50)),
        Column("timestamp", DateTime, server_default=func.now()),
        Column("time_elapsed_seconds", Integer),
        Index("idx_events_module_student", "module_id", "student_id"),
        Index("idx_events_type", "event_type"),
        Index("idx_events_timestamp", "timestamp"),
    )
    Table(
        "module_feedback",
        md,
        Column("id", Integer, primary_key=True),
        Column("module_id", Integer, ForeignKey("modules.id", ondelete="CASCADE"), nullable=False),
        Column("student_id", String, ForeignKey("students.id", ondelete="CASCADE"), nullable=False),
        Column("rating", Integer, CheckConstraint("rating >= 1 AND rating <= 5", name="rating")),
        Column(
            "difficulty_rating",
            Integer,
            CheckConstraint(
                "difficulty_rating >= 1 AND difficulty_rating <= 5", name="difficulty_rating"
            ),
        ),
        Column("comment", Text),
        Column("created_at", DateTime, server_default=func.now()),
        Column("is_anonymous", Boolean, server_default=false()),
        UniqueConstraint("module_id", "student_id"),
        Index("idx_feedback_module", "module_id"),
        Index("idx_feedback_rating", "rating"),
    )
    return md
