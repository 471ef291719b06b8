"""Alembic migration scripts of the HQ database (run programmatically by ``sync.server.migrate``)."""
