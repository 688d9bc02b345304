"""guidance content: team leads' versions of the checklist and the phrasebook per language

Each save adds a row with the next version; workstations use the newest, and fall back to
the files shipped in resources/ for a language nobody has edited.

Revision ID: 414fd53e8088
Revises: a808599bebdd
Create Date: 2026-11-22 21:01:19.684707
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import agent_console.store.types

revision: str = "414fd53e8088"
down_revision: str | None = "a808599bebdd"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "guidance_content",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("body", sa.JSON(), nullable=False),
        sa.Column("created_at", agent_console.store.types.UTCDateTime(), nullable=False),
        sa.Column("created_by", sa.Uuid(), nullable=False),
        sa.CheckConstraint(
            "kind IN ('checklist', 'phrasebook')", name=op.f("ck_guidance_content_kind")
        ),
        sa.ForeignKeyConstraint(
            ["created_by"], ["agents.id"], name=op.f("fk_guidance_content_created_by_agents")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_guidance_content")),
        sa.UniqueConstraint(
            "kind", "language", "version", name=op.f("uq_guidance_content_kind")
        ),
    )


def downgrade() -> None:
    op.drop_table("guidance_content")
