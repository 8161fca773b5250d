"""Phase 1 baseline: exactly the spec's production schema (shared/spec/phase1.sql).

An existing production database is stamped at this revision instead of running it.

Revision ID: 0001_phase1
Revises:
"""

from __future__ import annotations

from alembic import op

from server_api.migrations.phase1 import phase1_metadata

revision = "0001_phase1"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    phase1_metadata().create_all(op.get_bind(), checkfirst=False)


def downgrade() -> None:
    phase1_metadata().drop_all(op.get_bind(), checkfirst=False)
