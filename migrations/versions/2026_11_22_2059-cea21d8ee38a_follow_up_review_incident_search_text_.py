"""follow-up review: folded search text on incidents, and team leads' review notes

Revision ID: cea21d8ee38a
Revises: 22afe3ea24ac
Create Date: 2026-11-22 20:59:56.910696
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import agent_console.store.types
from agent_console.core.textfold import fold

revision: str = "cea21d8ee38a"
down_revision: str | None = "22afe3ea24ac"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BATCH = 1000


def upgrade() -> None:
    op.create_table(
        "review_notes",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("incident_id", sa.Uuid(), nullable=False),
        sa.Column("author_id", sa.Uuid(), nullable=False),
        sa.Column("at", agent_console.store.types.UTCDateTime(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["author_id"], ["agents.id"], name=op.f("fk_review_notes_author_id_agents")
        ),
        sa.ForeignKeyConstraint(
            ["incident_id"], ["incidents.id"], name=op.f("fk_review_notes_incident_id_incidents")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_review_notes")),
    )
    with op.batch_alter_table("review_notes", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_review_notes_incident_id"), ["incident_id"], unique=False
        )
    with op.batch_alter_table("incidents", schema=None) as batch_op:
        batch_op.add_column(sa.Column("search_text", sa.Text(), nullable=True))
    _fill_search_text()


def _fill_search_text() -> None:
    """Fold the summary and notes of every incident already stored, a batch at a time.

    The same folding the store applies on submit (store/review.py ``search_text``).
    """
    incidents = sa.table(
        "incidents",
        sa.column("id", sa.Uuid()),
        sa.column("summary", sa.String()),
        sa.column("notes", sa.Text()),
        sa.column("search_text", sa.Text()),
    )
    conn = op.get_bind()
    last = None
    while True:
        query = sa.select(incidents.c.id, incidents.c.summary, incidents.c.notes)
        if last is not None:
            query = query.where(incidents.c.id > last)
        rows = conn.execute(query.order_by(incidents.c.id).limit(BATCH)).all()
        if not rows:
            break
        conn.execute(
            sa.update(incidents)
            .where(incidents.c.id == sa.bindparam("row_id"))
            .values(search_text=sa.bindparam("folded")),
            [{"row_id": r.id, "folded": fold(f"{r.summary}\n{r.notes or ''}")} for r in rows],
        )
        last = rows[-1].id


def downgrade() -> None:
    with op.batch_alter_table("incidents", schema=None) as batch_op:
        batch_op.drop_column("search_text")
    op.drop_table("review_notes")
