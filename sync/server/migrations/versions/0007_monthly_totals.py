"""HQ console: the daily totals summed by month, so a period of many months reads few rows.

Revision ID: 0007_monthly_totals
Revises: 0006_throttle_counts

The table starts empty; the console fills it when it starts (``console.totals.rebuild_if_missing``) and every
batch keeps it with the daily totals from then on.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007_monthly_totals"
down_revision = "0006_throttle_counts"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Create ``monthly_totals`` (spelled out: a migration never imports today's model)."""
    op.create_table(
        "monthly_totals",
        sa.Column("month", sa.String(7), primary_key=True),
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
    op.create_index("monthly_totals_dimension_month", "monthly_totals", ["dimension", "month", "unit_code"])


def downgrade() -> None:
    """Drop the table (only for throwaway databases)."""
    op.drop_table("monthly_totals")
