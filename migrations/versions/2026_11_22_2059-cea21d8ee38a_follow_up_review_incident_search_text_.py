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

BATCH = 10_000  # incidents per batch (SQLite: rowids per batch)
FOLD_FUNCTION = "agent_console_search_text"


def upgrade() -> None:
    # The backfill commits batch by batch on SQLite and MariaDB (see _fill_search_text), so a
    # run stopped half-way has kept the table and column: a second run carries on from there.
    present = sa.inspect(op.get_bind())
    if not present.has_table("review_notes"):
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
                ["incident_id"],
                ["incidents.id"],
                name=op.f("fk_review_notes_incident_id_incidents"),
            ),
            sa.PrimaryKeyConstraint("id", name=op.f("pk_review_notes")),
        )
        with op.batch_alter_table("review_notes", schema=None) as batch_op:
            batch_op.create_index(
                batch_op.f("ix_review_notes_incident_id"), ["incident_id"], unique=False
            )
    if "search_text" not in {c["name"] for c in present.get_columns("incidents")}:
        with op.batch_alter_table("incidents", schema=None) as batch_op:
            batch_op.add_column(sa.Column("search_text", sa.Text(), nullable=True))
    _fill_search_text()


def _folded(summary: str | None, notes: str | None) -> str:
    """The same folding the store applies on submit (store/search_text.py ``search_text``)."""
    return fold(f"{summary}\n{notes or ''}")


def _fill_search_text() -> None:
    """Fold the summary and notes of every incident already stored, a batch at a time.

    One transaction over millions of rows is what made this slow: on SQLite the WAL cannot
    be checkpointed until the end (it grew to 4.5 GB on 5M incidents). So:

    - SQLite: one UPDATE per range of rowids (the table's own order, no index to walk), the
      folding done by a Python function registered on the connection, committed per batch
      so the WAL is checkpointed as it goes. SQLite has no concurrent upgrader to lock out.
    - MariaDB: keyset batches by id (the clustered key), committed per batch; its DDL is
      not transactional anyway, and the upgrade lock (GET_LOCK) outlives commits.
    - PostgreSQL: keyset batches in the upgrade's single transaction: its DDL is
      transactional and the upgrade lock is held until commit, so the upgrade stays
      all-or-nothing; PostgreSQL's WAL does not grow with a transaction's length.

    Only rows still without search text are filled, so a stopped run resumes.
    """
    conn = op.get_bind()
    dialect = conn.dialect.name
    if dialect == "sqlite":
        _fill_sqlite(conn)
        return
    incidents = sa.table(
        "incidents",
        sa.column("id", sa.Uuid()),
        sa.column("summary", sa.String()),
        sa.column("notes", sa.Text()),
        sa.column("search_text", sa.Text()),
    )
    update = (
        sa.update(incidents)
        .where(incidents.c.id == sa.bindparam("row_id"))
        .values(search_text=sa.bindparam("folded"))
    )
    last = None
    while True:
        query = sa.select(incidents.c.id, incidents.c.summary, incidents.c.notes).where(
            incidents.c.search_text.is_(None)
        )
        if last is not None:
            query = query.where(incidents.c.id > last)
        rows = conn.execute(query.order_by(incidents.c.id).limit(BATCH)).all()
        if not rows:
            break
        conn.execute(
            update, [{"row_id": r.id, "folded": _folded(r.summary, r.notes)} for r in rows]
        )
        last = rows[-1].id
        if dialect != "postgresql":
            _commit(conn)


def _fill_sqlite(conn: sa.Connection) -> None:
    driver = conn.connection.dbapi_connection
    assert driver is not None
    driver.create_function(FOLD_FUNCTION, 2, _folded, deterministic=True)  # type: ignore[attr-defined]
    top = conn.scalar(sa.text("SELECT max(rowid) FROM incidents")) or 0
    fill = sa.text(
        f"UPDATE incidents SET search_text = {FOLD_FUNCTION}(summary, notes)"
        " WHERE rowid > :after AND rowid <= :upto AND search_text IS NULL"
    )
    for after in range(0, top, BATCH):
        conn.execute(fill, {"after": after, "upto": after + BATCH})
        _commit(conn)


def _commit(conn: sa.Connection) -> None:
    """Commit the batch on the driver's connection; the migration goes on in a new transaction
    (the driver begins one at the next write), which the upgrade commits at its end.
    """
    driver = conn.connection.dbapi_connection
    assert driver is not None
    driver.commit()


def downgrade() -> None:
    with op.batch_alter_table("incidents", schema=None) as batch_op:
        batch_op.drop_column("search_text")
    op.drop_table("review_notes")
