"""Phase 2: module types, section configuration, struggle metrics.

Every Phase 2 extension of the spec, including ``interaction_level`` and ``difficulty_level``
which only the per-table section of ``modules`` lists.

Revision ID: 0002_phase2
Revises: 0001_phase1
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002_phase2"
down_revision = "0001_phase1"
branch_labels = None
depends_on = None

COLUMNS: list[tuple[str, sa.Column]] = [
    ("modules", sa.Column("module_type", sa.String(50), server_default="text")),
    ("modules", sa.Column("interaction_level", sa.String(20))),
    ("modules", sa.Column("required_components", sa.JSON, server_default=sa.text("'[]'"))),
    ("modules", sa.Column("difficulty_level", sa.Integer, server_default=sa.text("1"))),
    ("module_sections", sa.Column("section_config", sa.JSON)),
    ("module_sections", sa.Column("completion_criteria", sa.JSON)),
    ("module_progress", sa.Column("hint_count", sa.Integer, server_default=sa.text("0"))),
    ("module_progress", sa.Column("retry_count", sa.Integer, server_default=sa.text("0"))),
    ("module_progress", sa.Column("error_count", sa.Integer, server_default=sa.text("0"))),
]


def upgrade() -> None:
    for table, column in COLUMNS:
        op.add_column(table, column)


def downgrade() -> None:
    for table, column in reversed(COLUMNS):
        with op.batch_alter_table(table) as batch:
            batch.drop_column(column.name)
