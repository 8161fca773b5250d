"""Device identity: an index on the events' ``(device_id, device_seq)``, so a push can tell
at once whether another device (a copied store) already used one of its sequence numbers.

Partial (``device_id IS NOT NULL``): events of the legacy application carry no device
identity and are never looked up this way. Not unique: a production database may already
hold pairs used twice by copied stores, and events keep the identity they were recorded
with when a rescued or imported outbox forwards them.

Revision ID: 0015_device_identity
Revises: 0014_limits
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0015_device_identity"
down_revision = "0014_limits"
branch_labels = None
depends_on = None

_WHERE = sa.text("device_id IS NOT NULL")


def upgrade() -> None:
    op.create_index(
        "idx_events_device_seq",
        "module_analytics_events",
        ["device_id", "device_seq"],
        postgresql_where=_WHERE,
        sqlite_where=_WHERE,
    )


def downgrade() -> None:
    op.drop_index("idx_events_device_seq", table_name="module_analytics_events")
