"""Who uploaded each attachment (per-unit quota, expiry of unreferenced uploads, no cross-unit linking by
hash: review D12) and the laptop installation behind each device token (a new login of the same
installation revokes its older tokens: review D17).

Revision ID: 0002_uploads_and_installations
Revises: 0001_initial
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002_uploads_and_installations"
down_revision = "0001_initial"
branch_labels = None
depends_on = None

BigId = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    """Create ``attachment_uploads`` (filled from today's links) and add ``devices.installation_id``."""
    op.create_table(
        "attachment_uploads",
        sa.Column("sha256", sa.String(64), primary_key=True),
        sa.Column("unit_code", sa.String(32), sa.ForeignKey("units.code"), primary_key=True),
        sa.Column("size", BigId, nullable=False),
        sa.Column("received_at", sa.DateTime, nullable=False),
    )
    op.create_index("attachment_uploads_unit", "attachment_uploads", ["unit_code", "received_at"])
    # Every attachment a unit's document already links counts as that unit's upload.
    op.execute(
        "INSERT INTO attachment_uploads (sha256, unit_code, size, received_at) "
        "SELECT DISTINCT a.sha256, d.unit_code, a.size, a.received_at FROM attachments a "
        "JOIN document_attachments da ON da.sha256 = a.sha256 JOIN documents d ON d.id = da.document_id")
    with op.batch_alter_table("devices") as batch:
        batch.add_column(sa.Column("installation_id", sa.String(64), nullable=False, server_default=""))
    op.create_index("devices_installation", "devices", ["username", "installation_id"])


def downgrade() -> None:
    """Drop what the upgrade added (only for throwaway databases)."""
    op.drop_index("devices_installation", "devices")
    with op.batch_alter_table("devices") as batch:
        batch.drop_column("installation_id")
    op.drop_index("attachment_uploads_unit", "attachment_uploads")
    op.drop_table("attachment_uploads")
