"""Accounts (students, faculty, admins) and hashed bearer tokens.

Revision ID: 0004_accounts
Revises: 0003_phase3
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004_accounts"
down_revision = "0003_phase3"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "accounts",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("email", sa.String(255), nullable=False, unique=True),
        sa.Column("password_hash", sa.String(255), nullable=False),
        sa.Column("role", sa.String(20), nullable=False),
        sa.Column("display_name", sa.String(255)),
        sa.Column(
            "student_id", sa.String, sa.ForeignKey("students.id", ondelete="CASCADE"), unique=True
        ),
        sa.Column(
            "faculty_id", sa.String, sa.ForeignKey("faculty.id", ondelete="CASCADE"), unique=True
        ),
        sa.Column("university_id", sa.String, sa.ForeignKey("universities.id")),
        sa.Column("created_at", sa.DateTime, nullable=False, server_default=sa.func.now()),
        sa.Column("disabled_at", sa.DateTime),
        sa.CheckConstraint("role IN ('student', 'faculty', 'admin')", name="role"),
    )
    op.create_index("idx_accounts_university", "accounts", ["university_id"])
    op.create_table(
        "auth_tokens",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("token_hash", sa.String(64), nullable=False, unique=True),
        sa.Column(
            "account_id",
            sa.Integer,
            sa.ForeignKey("accounts.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("device_id", sa.String(64)),
        sa.Column("device_name", sa.String(255)),
        sa.Column("created_at", sa.DateTime, nullable=False, server_default=sa.func.now()),
        sa.Column("expires_at", sa.DateTime, nullable=False),
        sa.Column("last_used_at", sa.DateTime),
        sa.Column("revoked_at", sa.DateTime),
        sa.CheckConstraint("kind IN ('session', 'device')", name="kind"),
    )
    op.create_index("idx_auth_tokens_account", "auth_tokens", ["account_id"])


def downgrade() -> None:
    op.drop_table("auth_tokens")
    op.drop_table("accounts")
