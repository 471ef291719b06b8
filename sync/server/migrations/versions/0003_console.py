"""HQ console: staff accounts and sessions, the inbox index (with full-text search), reviews, printed copies.

Revision ID: 0003_console
Revises: 0002_uploads_and_installations

Search folds diacritics and đ→d in Python (``console.text.fold``) before the text reaches the database, so
the same folded words are searched on both engines: FTS5 on SQLite, a trigram GIN index on PostgreSQL
(pg_trgm ships with Debian's postgresql package).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003_console"
down_revision = "0002_uploads_and_installations"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Create the console tables (spelled out: a migration never imports today's model)."""
    op.create_table(
        "staff",
        sa.Column("username", sa.String(64), primary_key=True),
        sa.Column("full_name", sa.Text, nullable=False),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("unit_code", sa.String(32), sa.ForeignKey("units.code"), nullable=True),
        sa.Column("password_hash", sa.Text, nullable=False),
        sa.Column("active", sa.Boolean, nullable=False, server_default=sa.true()),
        sa.Column("created_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "staff_sessions",
        sa.Column("token_hash", sa.String(64), primary_key=True),
        sa.Column("username", sa.String(64), sa.ForeignKey("staff.username"), nullable=False),
        sa.Column("csrf", sa.String(64), nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("expires_at", sa.DateTime, nullable=False),
        sa.Column("revoked_at", sa.DateTime, nullable=True),
    )
    op.create_table(
        "inbox",
        sa.Column("document_id", sa.String(64), sa.ForeignKey("documents.id"), primary_key=True),
        sa.Column("case_id", sa.String(64), nullable=False, server_default=""),
        sa.Column("unit_code", sa.String(32), nullable=False),
        sa.Column("officer", sa.String(64), nullable=False, server_default=""),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("number", sa.Text, nullable=False, server_default=""),
        sa.Column("issued_day", sa.String(10), nullable=False, server_default=""),
        sa.Column("received_at", sa.DateTime, nullable=False),
        sa.Column("subject_name", sa.Text, nullable=False, server_default=""),
        sa.Column("platform", sa.Text, nullable=False, server_default=""),
        sa.Column("search_text", sa.Text, nullable=False, server_default=""),
        sa.Column("review_state", sa.String(16), nullable=False, server_default="received"),
        sa.Column("violations", sa.Integer, nullable=False, server_default="0"),
        sa.Column("fine_total", sa.BigInteger, nullable=False, server_default="0"),
        sa.Column("goods_value", sa.BigInteger, nullable=False, server_default="0"),
        sa.Column("superseded", sa.Boolean, nullable=False, server_default=sa.false()),
    )
    op.create_index("inbox_received", "inbox", ["received_at"])
    op.create_index("inbox_unit_received", "inbox", ["unit_code", "received_at"])
    op.create_index("inbox_case", "inbox", ["case_id"])
    op.create_index("inbox_issued", "inbox", ["issued_day"])
    op.create_table(
        "reviews",
        sa.Column("document_id", sa.String(64), sa.ForeignKey("documents.id"), primary_key=True),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("comment", sa.Text, nullable=False, server_default=""),
        sa.Column("reviewer", sa.String(64), nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "printed_copies",
        sa.Column("document_id", sa.String(64), sa.ForeignKey("documents.id"), primary_key=True),
        sa.Column("sha256", sa.String(64), primary_key=True),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("document_sha256", sa.String(64), nullable=False),
        sa.Column("received_at", sa.DateTime, nullable=False),
    )
    # The case view lists a document's audit events.
    op.create_index("audit_entity", "audit", ["entity_id"])
    if op.get_context().dialect.name == "sqlite":
        op.execute("CREATE VIRTUAL TABLE inbox_fts USING fts5(document_id UNINDEXED, body)")
    else:
        op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        op.execute("CREATE INDEX inbox_search_trgm ON inbox USING gin (search_text gin_trgm_ops)")


def downgrade() -> None:
    """Drop the console tables (only for throwaway databases)."""
    if op.get_context().dialect.name == "sqlite":
        op.execute("DROP TABLE inbox_fts")
    op.drop_index("audit_entity", "audit")
    for name in ("printed_copies", "reviews", "inbox", "staff_sessions", "staff"):
        op.drop_table(name)
