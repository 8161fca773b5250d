"""Kiosks: shared devices enrolled for a university or team, one-time enrolment codes, and
students' kiosk PINs (argon2id hashes).

Revision ID: 0006_kiosks
Revises: 0005_sync
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006_kiosks"
down_revision = "0005_sync"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "kiosks",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String(100), nullable=False),
        sa.Column(
            "university_id", sa.String, sa.ForeignKey("universities.id"), nullable=False
        ),
        sa.Column("team_id", sa.Integer, sa.ForeignKey("teams.id")),
        sa.Column("device_id", sa.String(64), nullable=False),
        sa.Column("token_hash", sa.String(64), nullable=False, unique=True),
        sa.Column(
            "created_by_account_id",
            sa.Integer,
            sa.ForeignKey("accounts.id", ondelete="SET NULL"),
        ),
        sa.Column("created_at", sa.DateTime, nullable=False, server_default=sa.func.now()),
        sa.Column("last_sync_at", sa.DateTime),
        sa.Column("pending_events", sa.Integer),
        sa.Column("revoked_at", sa.DateTime),
    )
    op.create_index("idx_kiosks_university", "kiosks", ["university_id"])
    op.create_index("idx_kiosks_device", "kiosks", ["device_id"])
    op.create_table(
        "kiosk_enrolment_codes",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("code_hash", sa.String(64), nullable=False, unique=True),
        sa.Column(
            "university_id", sa.String, sa.ForeignKey("universities.id"), nullable=False
        ),
        sa.Column("team_id", sa.Integer, sa.ForeignKey("teams.id")),
        sa.Column(
            "created_by_account_id",
            sa.Integer,
            sa.ForeignKey("accounts.id", ondelete="SET NULL"),
        ),
        sa.Column("created_at", sa.DateTime, nullable=False, server_default=sa.func.now()),
        sa.Column("expires_at", sa.DateTime, nullable=False),
        sa.Column("used_at", sa.DateTime),
        sa.Column("kiosk_id", sa.Integer, sa.ForeignKey("kiosks.id", ondelete="SET NULL")),
    )
    op.create_table(
        "student_pins",
        sa.Column(
            "student_id",
            sa.String,
            sa.ForeignKey("students.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("pin_hash", sa.String(255), nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
        sa.Column(
            "set_by_account_id",
            sa.Integer,
            sa.ForeignKey("accounts.id", ondelete="SET NULL"),
        ),
    )


def downgrade() -> None:
    op.drop_table("student_pins")
    op.drop_table("kiosk_enrolment_codes")
    op.drop_index("idx_kiosks_device", "kiosks")
    op.drop_index("idx_kiosks_university", "kiosks")
    op.drop_table("kiosks")
