"""Server limits: per-student storage counters (the event quota), rate-limit counters shared
by every worker and host, and which university owns each media file.

Revision ID: 0014_limits
Revises: 0013_partition_events
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0014_limits"
down_revision = "0013_partition_events"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "student_storage",
        sa.Column(
            "student_id",
            sa.String,
            sa.ForeignKey("students.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("events", sa.BigInteger, nullable=False, server_default=sa.text("0")),
        sa.Column("event_bytes", sa.BigInteger, nullable=False, server_default=sa.text("0")),
    )
    # What each student stores today (event_data as the database keeps its text).
    op.execute(
        "INSERT INTO student_storage (student_id, events, event_bytes) "
        "SELECT student_id, COUNT(*), COALESCE(SUM(LENGTH(CAST(event_data AS TEXT))), 0) "
        "FROM module_analytics_events GROUP BY student_id"
    )
    op.create_table(
        "rate_limits",
        sa.Column("key", sa.String(200), primary_key=True),
        sa.Column("window_start", sa.DateTime, nullable=False),
        sa.Column("count", sa.Integer, nullable=False),
        sa.Column("strikes", sa.Integer, nullable=False, server_default=sa.text("0")),
        sa.Column("blocked_until", sa.DateTime),
    )
    op.create_table(
        "media_owners",
        sa.Column(
            "sha256",
            sa.String(64),
            sa.ForeignKey("media_files.sha256", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column(
            "university_id",
            sa.String,
            sa.ForeignKey("universities.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("created_at", sa.DateTime, nullable=False, server_default=sa.func.now()),
    )
    # Every file a module already shows belongs to that module's university.
    op.execute(
        "INSERT INTO media_owners (sha256, university_id) "
        "SELECT DISTINCT f.sha256, m.university_id "
        "FROM module_sections s JOIN modules m ON m.id = s.module_id "
        "JOIN media_files f ON f.sha256 = SUBSTR(s.media_url, 11, 64) "
        "WHERE s.media_url LIKE '/v1/media/%' AND m.university_id IS NOT NULL"
    )


def downgrade() -> None:
    op.drop_table("media_owners")
    op.drop_table("rate_limits")
    op.drop_table("student_storage")
