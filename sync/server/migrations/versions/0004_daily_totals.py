"""HQ console: per-day totals for the statistics page and the periodic report, kept at ingest.

Revision ID: 0004_daily_totals
Revises: 0003_console

The table starts empty; the console fills it from the inbox when it starts (``console.totals.rebuild_if_missing``)
and every batch keeps it up to date from then on.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004_daily_totals"
down_revision = "0003_console"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Create ``daily_totals`` (spelled out: a migration never imports today's model)."""
    op.create_table(
        "daily_totals",
        sa.Column("day", sa.String(10), primary_key=True),
        sa.Column("unit_code", sa.String(32), primary_key=True),
        sa.Column("dimension", sa.String(16), primary_key=True),
        sa.Column("value", sa.String(128), primary_key=True),
        sa.Column("documents", sa.Integer, nullable=False, server_default="0"),
        sa.Column("cases", sa.Integer, nullable=False, server_default="0"),
        sa.Column("violation_cases", sa.Integer, nullable=False, server_default="0"),
        sa.Column("violations", sa.Integer, nullable=False, server_default="0"),
        sa.Column("fines", sa.BigInteger, nullable=False, server_default="0"),
        sa.Column("goods_value", sa.BigInteger, nullable=False, server_default="0"),
    )
    op.create_index("daily_totals_dimension_day", "daily_totals", ["dimension", "day", "unit_code"])


def downgrade() -> None:
    """Drop the table (only for throwaway databases)."""
    op.drop_table("daily_totals")
