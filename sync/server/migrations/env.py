"""Alembic environment: runs on the connection handed over by ``sync.server.migrate`` (no alembic.ini)."""

from __future__ import annotations

from alembic import context

connection = context.config.attributes["connection"]
# render_as_batch lets later migrations alter SQLite tables (copy-and-move) with the same op calls.
context.configure(connection=connection, target_metadata=None, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
