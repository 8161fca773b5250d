"""Sync support: change sequences, tombstones, event identity, checklist state, media files.

Revision ID: 0005_sync
Revises: 0004_accounts
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005_sync"
down_revision = "0004_accounts"
branch_labels = None
depends_on = None

EVENT_COLUMNS = [
    sa.Column("event_uuid", sa.String(36)),
    sa.Column("device_id", sa.String(64)),
    sa.Column("device_seq", sa.BigInteger),
    sa.Column("client_timestamp", sa.DateTime),
    sa.Column("received_at", sa.DateTime),
    sa.Column("clock_flag", sa.String(20)),
    sa.Column("change_seq", sa.BigInteger, server_default=sa.text("0"), nullable=False),
]


def upgrade() -> None:
    op.create_table(
        "sync_clock",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("value", sa.BigInteger, nullable=False),
    )
    op.execute("INSERT INTO sync_clock (id, value) VALUES (1, 0)")
    for table in ("modules", "module_assignments"):
        op.add_column(
            table,
            sa.Column("change_seq", sa.BigInteger, server_default=sa.text("0"), nullable=False),
        )
    op.create_index("idx_modules_change_seq", "modules", ["change_seq"])
    op.create_index("idx_assignments_change_seq", "module_assignments", ["change_seq"])
    for column in EVENT_COLUMNS:
        op.add_column("module_analytics_events", column)
    with op.batch_alter_table("module_analytics_events") as batch:
        batch.create_unique_constraint("module_analytics_events_event_uuid_key", ["event_uuid"])
    op.create_index(
        "idx_events_student_change", "module_analytics_events", ["student_id", "change_seq"]
    )
    op.create_table(
        "sync_tombstones",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("entity", sa.String(20), nullable=False),
        sa.Column("module_slug", sa.String(100), nullable=False),
        sa.Column("university_id", sa.String),
        sa.Column("student_id", sa.String),
        sa.Column("team_id", sa.Integer),
        sa.Column("change_seq", sa.BigInteger, server_default=sa.text("0"), nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False, server_default=sa.func.now()),
        sa.CheckConstraint("entity IN ('module', 'assignment')", name="entity"),
    )
    op.create_index("idx_tombstones_change_seq", "sync_tombstones", ["change_seq"])
    op.create_table(
        "checklist_states",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "module_id", sa.Integer, sa.ForeignKey("modules.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column(
            "student_id", sa.String, sa.ForeignKey("students.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("section_number", sa.Integer, nullable=False),
        sa.Column("item_key", sa.String(200), nullable=False),
        sa.Column("checked", sa.Boolean, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
        sa.Column("event_uuid", sa.String(36), nullable=False),
        sa.UniqueConstraint("module_id", "student_id", "section_number", "item_key"),
    )
    op.create_index("idx_checklist_student", "checklist_states", ["student_id", "module_id"])
    op.create_table(
        "media_files",
        sa.Column("sha256", sa.String(64), primary_key=True),
        sa.Column("size", sa.BigInteger, nullable=False),
        sa.Column("content_type", sa.String(100), nullable=False),
        sa.Column("filename", sa.String(255), nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False, server_default=sa.func.now()),
    )


def downgrade() -> None:
    op.drop_table("media_files")
    op.drop_table("checklist_states")
    op.drop_table("sync_tombstones")
    op.drop_index("idx_events_student_change", "module_analytics_events")
    with op.batch_alter_table("module_analytics_events") as batch:
        batch.drop_constraint("module_analytics_events_event_uuid_key", type_="unique")
        for column in reversed(EVENT_COLUMNS):
            batch.drop_column(column.name)
    op.drop_index("idx_assignments_change_seq", "module_assignments")
    op.drop_index("idx_modules_change_seq", "modules")
    for table in ("module_assignments", "modules"):
        with op.batch_alter_table(table) as batch:
            batch.drop_column("change_seq")
    op.drop_table("sync_clock")
