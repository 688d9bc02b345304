"""lookup and history indexes

Phone and account lookups get an index that leads with the kind of term, so a short prefix
never scans the other kinds' terms. A caller's history and a category's precedents get the
incident id in their index, so a page (and the next page, by keyset) comes straight from
the index in order. The new indexes are made before the old ones go: on MariaDB the caller
index also serves the foreign key, which must never be left without one.

Revision ID: 22afe3ea24ac
Revises: 2c23336c2901
Create Date: 2026-11-22 20:34:09.315664
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "22afe3ea24ac"
down_revision: str | None = "2c23336c2901"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("caller_search_terms", schema=None) as batch_op:
        batch_op.create_index(
            "ix_caller_search_terms_kind_term", ["kind", "term", "caller_id"], unique=False
        )

    with op.batch_alter_table("incidents", schema=None) as batch_op:
        batch_op.create_index(
            "ix_incidents_caller_history", ["caller_id", "started_at", "id"], unique=False
        )
        batch_op.create_index(
            "ix_incidents_category_history", ["category", "started_at", "id"], unique=False
        )
        batch_op.drop_index("ix_incidents_caller_started")
        batch_op.drop_index("ix_incidents_category_started")


def downgrade() -> None:
    with op.batch_alter_table("incidents", schema=None) as batch_op:
        batch_op.create_index(
            "ix_incidents_caller_started", ["caller_id", "started_at"], unique=False
        )
        batch_op.create_index(
            "ix_incidents_category_started", ["category", "started_at"], unique=False
        )
        batch_op.drop_index("ix_incidents_category_history")
        batch_op.drop_index("ix_incidents_caller_history")

    with op.batch_alter_table("caller_search_terms", schema=None) as batch_op:
        batch_op.drop_index("ix_caller_search_terms_kind_term")
