"""Initial HQ schema: units, officers, devices, documents, attachments, reference items, audit.

Revision ID: 0001_initial
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001_initial"
down_revision = None
branch_labels = None
depends_on = None

BigId = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    """Create every table of the first version (spelled out: a migration never imports today's model)."""
    op.create_table(
        "units",
        sa.Column("code", sa.String(32), primary_key=True),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("parent_name", sa.Text, nullable=False, server_default=""),
        sa.Column("place_name", sa.Text, nullable=False, server_default=""),
        sa.Column("created_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "officers",
        sa.Column("username", sa.String(64), primary_key=True),
        sa.Column("unit_code", sa.String(32), sa.ForeignKey("units.code"), nullable=False),
        sa.Column("full_name", sa.Text, nullable=False),
        sa.Column("password_hash", sa.Text, nullable=False),
        sa.Column("active", sa.Boolean, nullable=False, server_default=sa.true()),
        sa.Column("created_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "devices",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("token_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("username", sa.String(64), sa.ForeignKey("officers.username"), nullable=False),
        sa.Column("unit_code", sa.String(32), sa.ForeignKey("units.code"), nullable=False),
        sa.Column("device_name", sa.Text, nullable=False, server_default=""),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("expires_at", sa.DateTime, nullable=False),
        sa.Column("last_seen_at", sa.DateTime, nullable=True),
        sa.Column("revoked_at", sa.DateTime, nullable=True),
    )
    op.create_table(
        "documents",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("unit_code", sa.String(32), sa.ForeignKey("units.code"), nullable=False),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("number", sa.Text, nullable=False, server_default=""),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("supersedes", sa.String(64), nullable=False, server_default=""),
        sa.Column("canonical", sa.Text, nullable=False),
        sa.Column("issued_month", sa.String(7), nullable=False, server_default=""),
        sa.Column("complete", sa.Boolean, nullable=False),
        sa.Column("device_id", sa.String(36), nullable=False),
        sa.Column("received_at", sa.DateTime, nullable=False),
    )
    op.create_index("documents_unit_kind", "documents", ["unit_code", "kind", "issued_month"])
    op.create_index("documents_supersedes", "documents", ["supersedes"])
    op.create_table(
        "attachments",
        sa.Column("sha256", sa.String(64), primary_key=True),
        sa.Column("size", BigId, nullable=False),
        sa.Column("media_type", sa.Text, nullable=False, server_default="application/octet-stream"),
        sa.Column("data", sa.LargeBinary, nullable=False),
        sa.Column("received_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "document_attachments",
        sa.Column("document_id", sa.String(64), sa.ForeignKey("documents.id"), primary_key=True),
        sa.Column("sha256", sa.String(64), primary_key=True),
    )
    op.create_index("document_attachments_sha", "document_attachments", ["sha256"])
    op.create_table(
        "reference_items",
        sa.Column("seq", BigId, primary_key=True, autoincrement=True),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("key", sa.Text, nullable=False),
        sa.Column("scope", sa.String(32), nullable=False, server_default=""),
        sa.Column("data", sa.Text, nullable=False),
        sa.Column("deleted", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("updated_at", sa.DateTime, nullable=False),
        sa.UniqueConstraint("kind", "key", "scope", name="reference_items_identity"),
        sqlite_autoincrement=True,  # never reuse a cursor position
    )
    op.create_index("reference_items_scope_seq", "reference_items", ["scope", "seq"])
    op.create_table(
        "audit",
        sa.Column("seq", BigId, primary_key=True, autoincrement=True),
        sa.Column("at", sa.DateTime, nullable=False),
        sa.Column("actor", sa.Text, nullable=False),
        sa.Column("unit_code", sa.String(32), nullable=False, server_default=""),
        sa.Column("action", sa.String(64), nullable=False),
        sa.Column("entity_id", sa.Text, nullable=False, server_default=""),
        sa.Column("data", sa.Text, nullable=False, server_default="{}"),
        sqlite_autoincrement=True,
    )


def downgrade() -> None:
    """Drop everything (only for throwaway databases)."""
    for name in ("audit", "reference_items", "document_attachments", "attachments", "documents", "devices",
                 "officers", "units"):
        op.drop_table(name)
