"""The kiosk trust model: kiosks' public keys, the PIN a new one replaced, kiosk alerts.

Kiosks enrolled before this revision have no public key and are refused until enrolled
again (their unsynced work stays on the tablet for export).

Revision ID: 0016_kiosk_trust
Revises: 0015_device_identity
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0016_kiosk_trust"
down_revision = "0015_device_identity"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("kiosks") as batch:
        batch.add_column(sa.Column("public_key", sa.String(64)))
    with op.batch_alter_table("student_pins") as batch:
        batch.add_column(sa.Column("previous_pin_hash", sa.String(255)))
        batch.add_column(sa.Column("replaced_at", sa.DateTime))
    op.create_table(
        "kiosk_alerts",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "kiosk_id",
            sa.Integer,
            sa.ForeignKey("kiosks.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("kind", sa.String(40), nullable=False),
        sa.Column("student_id", sa.String(255)),
        sa.Column("events", sa.Integer, nullable=False, server_default=sa.text("0")),
        sa.Column("detail", sa.String(500), nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False, server_default=sa.func.now()),
    )
    op.create_index("idx_kiosk_alerts_kiosk", "kiosk_alerts", ["kiosk_id", "id"])


def downgrade() -> None:
    op.drop_index("idx_kiosk_alerts_kiosk", "kiosk_alerts")
    op.drop_table("kiosk_alerts")
    with op.batch_alter_table("student_pins") as batch:
        batch.drop_column("replaced_at")
        batch.drop_column("previous_pin_hash")
    with op.batch_alter_table("kiosks") as batch:
        batch.drop_column("public_key")
