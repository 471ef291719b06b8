"""Attachment bytes move to content-addressed files (``sync.server.attachments``): ``attachments.data`` may be
empty. New uploads leave it empty; rows stored before are moved to files by ``attachments.move_rows_to_files``
(run by ``serve`` and ``migrate``, which know the attachments directory: a migration does not).

Revision ID: 0005_attachment_files
Revises: 0004_daily_totals
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005_attachment_files"
down_revision = "0004_daily_totals"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Make ``attachments.data`` nullable (SQLite: copy-and-move through batch mode)."""
    with op.batch_alter_table("attachments") as batch:
        batch.alter_column("data", existing_type=sa.LargeBinary, nullable=True)


def downgrade() -> None:
    """Not supported: file-stored attachments have no bytes in the table to go back to."""
    raise NotImplementedError("0005_attachment_files cannot be downgraded")
