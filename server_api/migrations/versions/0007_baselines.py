"""History written by another application: progress baselines, and what FRAMES last wrote.

Schema only: the rows are made by ``frames-server migrate`` after the upgrade
(``server_api.history.adopt``), which needs the fold and prints what it adopted.

Revision ID: 0007_baselines
Revises: 0006_kiosks
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007_baselines"
down_revision = "0006_kiosks"
branch_labels = None
depends_on = None


def _pair_columns() -> list[sa.Column[object]]:
    return [
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "module_id",
            sa.Integer,
            sa.ForeignKey("modules.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column(
            "student_id",
            sa.String,
            sa.ForeignKey("students.id", ondelete="CASCADE"),
            nullable=False,
        ),
    ]


def upgrade() -> None:
    op.create_table(
        "progress_baselines",
        *_pair_columns(),
        sa.Column("baseline", sa.JSON, nullable=False),
        sa.Column("source", sa.String(20), nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False, server_default=sa.func.now()),
        sa.Column("updated_at", sa.DateTime, nullable=False, server_default=sa.func.now()),
        sa.Column("change_seq", sa.BigInteger, nullable=False, server_default=sa.text("0")),
        sa.UniqueConstraint("module_id", "student_id"),
        sa.CheckConstraint("source IN ('adopted', 'foreign')", name="source"),
    )
    op.create_index(
        "idx_baselines_student_change", "progress_baselines", ["student_id", "change_seq"]
    )
    op.create_table(
        "fold_records",
        *_pair_columns(),
        sa.Column("progress", sa.JSON),
        sa.Column("feedback", sa.JSON),
        sa.UniqueConstraint("module_id", "student_id"),
    )


def downgrade() -> None:
    op.drop_table("fold_records")
    op.drop_index("idx_baselines_student_change", "progress_baselines")
    op.drop_table("progress_baselines")
