"""Login and verification throttling kept in the database, shared by every server process
(``serve --workers N``), instead of in each process's memory.

Revision ID: 0006_throttle_counts
Revises: 0005_attachment_files
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006_throttle_counts"
down_revision = "0005_attachment_files"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Create ``throttle_counts`` (spelled out: a migration never imports today's model)."""
    op.create_table(
        "throttle_counts",
        sa.Column("key", sa.String(200), primary_key=True),
        sa.Column("value", sa.Float, nullable=False),
        sa.Column("until", sa.DateTime, nullable=True),
        sa.Column("last", sa.DateTime, nullable=False),
    )
    op.create_index("throttle_counts_last", "throttle_counts", ["last"])


def downgrade() -> None:
    """Drop the table (the counts are only ever a few minutes' memory)."""
    op.drop_index("throttle_counts_last", table_name="throttle_counts")
    op.drop_table("throttle_counts")
