"""Alembic environment: always run on a connection handed over by ``server_api.migrate``."""

from __future__ import annotations

from alembic import context

from server_api.models import Base

config = context.config
connection = config.attributes["connection"]

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    compare_type=True,
    render_as_batch=connection.dialect.name == "sqlite",
    # Tables that are not ours are invisible to autogenerate, so it never proposes to drop them.
    include_name=lambda name, type_, parent: type_ != "table" or name in Base.metadata.tables,
)
with context.begin_transaction():
    context.run_migrations()
