"""Reports: excusals, student numbers, and the indexes the reports read through.

* ``assignment_excusals``: a student excused from an assigned module (status ``excused`` in
  the compliance report), with the reason, who excused them and when; one per pair.
* ``students.student_number``: the number a university knows a student by (roster imports
  match on it and on email; ``set-pin --student-number``). Nullable, unique per university.
  The spec has no such column: it is ours, like the other additions.
* ``idx_assignments_team`` / ``idx_assignments_university``: the compliance report finds a
  team's and a university's assignments for a range of students.

Revision ID: 0017_reports
Revises: 0016_kiosk_trust
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0017_reports"
down_revision = "0016_kiosk_trust"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "assignment_excusals",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "student_id",
            sa.String,
            sa.ForeignKey("students.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column(
            "module_id",
            sa.Integer,
            sa.ForeignKey("modules.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("reason", sa.String(500), nullable=False),
        sa.Column(
            "excused_by_id", sa.Integer, sa.ForeignKey("accounts.id", ondelete="SET NULL")
        ),
        sa.Column("excused_at", sa.DateTime, nullable=False),
        sa.Column("change_seq", sa.BigInteger, nullable=False, server_default=sa.text("0")),
        sa.UniqueConstraint(
            "student_id", "module_id", name="assignment_excusals_student_id_module_id_key"
        ),
    )
    op.create_index("idx_excusals_module", "assignment_excusals", ["module_id"])
    with op.batch_alter_table("students") as batch:
        batch.add_column(sa.Column("student_number", sa.String(64)))
        batch.create_unique_constraint(
            "students_university_id_student_number_key", ["university_id", "student_number"]
        )
    op.create_index("idx_assignments_team", "module_assignments", ["team_id"])
    op.create_index("idx_assignments_university", "module_assignments", ["university_id"])
    op.create_index("idx_students_university", "students", ["university_id", "id"])


def downgrade() -> None:
    op.drop_index("idx_students_university", table_name="students")
    op.drop_index("idx_assignments_university", table_name="module_assignments")
    op.drop_index("idx_assignments_team", table_name="module_assignments")
    with op.batch_alter_table("students") as batch:
        batch.drop_constraint("students_university_id_student_number_key", type_="unique")
        batch.drop_column("student_number")
    op.drop_index("idx_excusals_module", table_name="assignment_excusals")
    op.drop_table("assignment_excusals")
