"""Sync at university scale: per-scope change marks, the fold's state per pair, key paging.

* ``sync_scopes``: for each scope a device can pull (``student:<id>``, ``team:<id>``,
  ``university:<id>``, ``global``), the newest change sequence written into it, so a pull
  with nothing new for its caller is answered from a few index rows, whatever others wrote.
* ``fold_records.state``: the incremental fold of the pair's events
  (``sync.rules.derive.DeriveState``), so a push costs the same at 100 or 100,000 events of history.
* ``sync_clock.epoch``: cursors name it; bumping it makes every device pull from the start.
* events are read by ``(student_id, change_seq, id)`` for key paging.

On PostgreSQL change sequences become transaction ids from here on (``server_api.changes``):
rows written before keep their old sequence numbers, which are then set to 0 where they
could ever exceed a transaction id, and cursors of the old form start again from the top.

Revision ID: 0012_sync_scale
Revises: 0007_baselines
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012_sync_scale"
down_revision = "0007_baselines"
branch_labels = None
depends_on = None

_TRACKED = ("modules", "module_assignments", "sync_tombstones", "progress_baselines")


def upgrade() -> None:
    op.create_table(
        "sync_scopes",
        sa.Column("scope", sa.String(300), primary_key=True),
        sa.Column("last_seq", sa.BigInteger, nullable=False),
    )
    with op.batch_alter_table("fold_records") as batch:
        batch.add_column(sa.Column("state", sa.JSON))
    with op.batch_alter_table("sync_clock") as batch:
        batch.add_column(
            sa.Column("epoch", sa.Integer, nullable=False, server_default=sa.text("1"))
        )
    op.drop_index("idx_events_student_change", "module_analytics_events")
    op.create_index(
        "idx_events_student_change",
        "module_analytics_events",
        ["student_id", "change_seq", "id"],
    )
    if op.get_bind().dialect.name == "postgresql":
        # Sequences from the old clock are small; should any reach today's transaction ids
        # (a database restored into a younger cluster) they would look newer than every
        # change to come, so they all go to 0. Old cursors restart anyway.
        for table in (*_TRACKED, "module_analytics_events"):
            op.execute(
                f"UPDATE {table} SET change_seq = 0 WHERE change_seq >= "
                "(SELECT pg_current_xact_id()::text::bigint)"
            )
        op.execute("UPDATE sync_clock SET epoch = epoch + 1")


def downgrade() -> None:
    op.drop_index("idx_events_student_change", "module_analytics_events")
    op.create_index(
        "idx_events_student_change", "module_analytics_events", ["student_id", "change_seq"]
    )
    with op.batch_alter_table("sync_clock") as batch:
        batch.drop_column("epoch")
    with op.batch_alter_table("fold_records") as batch:
        batch.drop_column("state")
    op.drop_table("sync_scopes")
