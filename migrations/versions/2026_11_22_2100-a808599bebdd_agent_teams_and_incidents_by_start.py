"""agent teams and incidents by start

Agents get an optional team, so the KPI dashboard can compare teams as well as agents.
Incidents get an index on their start time alone: the dashboard and the CSV export read
one period of incidents across all callers and categories, which no other index serves.

Revision ID: a808599bebdd
Revises: cea21d8ee38a
Create Date: 2026-11-22 21:00:21.416929
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "a808599bebdd"
down_revision: str | None = "cea21d8ee38a"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("agents", schema=None) as batch_op:
        batch_op.add_column(sa.Column("team", sa.String(length=64), nullable=True))

    with op.batch_alter_table("incidents", schema=None) as batch_op:
        batch_op.create_index("ix_incidents_started_at", ["started_at"], unique=False)


def downgrade() -> None:
    # No foreign key needs this index, so MariaDB lets it go.
    with op.batch_alter_table("incidents", schema=None) as batch_op:
        batch_op.drop_index("ix_incidents_started_at")

    with op.batch_alter_table("agents", schema=None) as batch_op:
        batch_op.drop_column("team")
