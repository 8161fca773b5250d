"""Phase 3: adaptive difficulty, mastery, ML features, detailed feedback, auto-assignment.

Every Phase 3 extension of the spec. ``adaptive_config`` and ``difficulty_adjustments`` are
listed under Phase 2 in the per-table sections but under Phase 3 ("Adaptive difficulty") in
the Migration Plan; the plan is the later, more specific statement, so they are here.
``auto_assigned`` and ``assignment_rule`` only appear in the ``module_assignments`` section.

Revision ID: 0003_phase3
Revises: 0002_phase2
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003_phase3"
down_revision = "0002_phase2"
branch_labels = None
depends_on = None

COLUMNS: list[tuple[str, sa.Column]] = [
    ("modules", sa.Column("adaptive_config", sa.JSON)),
    ("module_assignments", sa.Column("auto_assigned", sa.Boolean, server_default=sa.false())),
    ("module_assignments", sa.Column("assignment_rule", sa.String(255))),
    ("module_progress", sa.Column("difficulty_adjustments", sa.JSON)),
    ("module_progress", sa.Column("mastery_score", sa.Numeric(3, 2))),
    ("module_analytics_events", sa.Column("struggle_signal", sa.Numeric(3, 2))),
    ("module_analytics_events", sa.Column("pattern_detected", sa.String(100))),
    ("module_feedback", sa.Column("engagement_rating", sa.Integer)),
    ("module_feedback", sa.Column("clarity_rating", sa.Integer)),
    ("module_feedback", sa.Column("tags", sa.JSON)),
]


def upgrade() -> None:
    for table, column in COLUMNS:
        op.add_column(table, column)


def downgrade() -> None:
    for table, column in reversed(COLUMNS):
        with op.batch_alter_table(table) as batch:
            batch.drop_column(column.name)
