"""The search-text backfill of migration cea21d8ee38a: every older incident gets the folded text
the store writes on submit, in batches (committed per batch on SQLite and MariaDB).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa

from agent_console.store import migrate
from agent_console.store.database import make_engine, sqlite_url
from agent_console.store.search_text import search_text
from agent_console.store.types import UTCDateTime
from tests.servers import Server
from tests.store.conftest import server_for

BEFORE = "22afe3ea24ac"  # the revision before the one that adds incidents.search_text
TEXTS = [
    ("Refund not received", "Caller ÉLODIE says the REFUND is late."),
    ("بازپرداخت انجام نشد", "مشتری می‌گوید كه پول را نگرفته است"),
    ("Ёлка не доставлена", ""),
    ("Mixed لغت and слово", "ي ك ە\nsecond line"),
]
T0 = datetime(2025, 1, 1, 9, 0, tzinfo=UTC)

# The three tables as they are at BEFORE: only what an incident row needs.
_meta = sa.MetaData()
AGENTS = sa.Table(
    "agents", _meta,
    sa.Column("id", sa.Uuid()), sa.Column("login", sa.String(128)),
    sa.Column("display_name", sa.String(200)), sa.Column("role", sa.String(16)),
    sa.Column("active", sa.Boolean()), sa.Column("created_at", UTCDateTime()),
)  # fmt: skip
CALLERS = sa.Table(
    "callers", _meta,
    sa.Column("id", sa.Uuid()), sa.Column("name", sa.String(200)),
    sa.Column("tech_level", sa.String(16)), sa.Column("pinned_note", sa.Text()),
    sa.Column("created_at", UTCDateTime()), sa.Column("updated_at", UTCDateTime()),
    sa.Column("version", sa.Integer()),
)  # fmt: skip
INCIDENTS = sa.Table(
    "incidents", _meta,
    sa.Column("id", sa.Uuid()), sa.Column("caller_id", sa.Uuid()), sa.Column("agent_id", sa.Uuid()),
    sa.Column("started_at", UTCDateTime()), sa.Column("submitted_at", UTCDateTime()),
    sa.Column("category", sa.String(32)), sa.Column("severity", sa.SmallInteger()),
    sa.Column("mood_start", sa.SmallInteger()), sa.Column("summary", sa.String(300)),
    sa.Column("notes", sa.Text()), sa.Column("escalated", sa.Boolean()),
    sa.Column("outcome", sa.String(32)), sa.Column("checklist", sa.JSON()),
)  # fmt: skip


@pytest.fixture(params=["sqlite", "postgresql", "mariadb"])
def old_engine(
    request: pytest.FixtureRequest, tmp_path: Path, servers: dict[str, Server | str]
) -> Iterator[sa.Engine]:
    """An empty database of its own at revision BEFORE."""
    if request.param == "sqlite":
        engine = make_engine(sqlite_url(tmp_path / "old.sqlite3"))
        migrate.upgrade(engine, BEFORE)
        yield engine
        engine.dispose()
        return
    server = server_for(servers, request.param)
    url = server.create_database()
    engine = make_engine(url)
    try:
        migrate.upgrade(engine, BEFORE)
        yield engine
    finally:
        engine.dispose()
        server.drop_database(url)


def test_older_incidents_get_the_folded_search_text(old_engine: sa.Engine) -> None:
    agent, caller = uuid.uuid4(), uuid.uuid4()
    with old_engine.begin() as conn:
        conn.execute(
            AGENTS.insert(),
            [{"id": agent, "login": "old", "display_name": "Old Agent", "role": "agent",
              "active": True, "created_at": T0}],
        )  # fmt: skip
        conn.execute(
            CALLERS.insert(),
            [{"id": caller, "name": "Maryam", "tech_level": "unknown", "pinned_note": "",
              "created_at": T0, "updated_at": T0, "version": 1}],
        )  # fmt: skip
        conn.execute(
            INCIDENTS.insert(),
            [
                {
                    "id": uuid.uuid4(),
                    "caller_id": caller,
                    "agent_id": agent,
                    "started_at": T0 + timedelta(minutes=n),
                    "submitted_at": T0,
                    "category": "billing",
                    "severity": 2,
                    "mood_start": 2,
                    "summary": TEXTS[n % 4][0],
                    "notes": TEXTS[n % 4][1],
                    "escalated": False,
                    "outcome": "resolved",
                    "checklist": {},
                }
                for n in range(30)
            ],
        )
        if old_engine.dialect.name == "sqlite":
            # Spread the rows over several batches of rowids, on and around their edges.
            for rowid, new_rowid in ((1, 10_000), (2, 10_001), (3, 25_000), (4, 40_001)):
                conn.execute(
                    sa.text("UPDATE incidents SET rowid = :new WHERE rowid = :old"),
                    {"new": new_rowid, "old": rowid},
                )
    migrate.upgrade(old_engine)
    with old_engine.connect() as conn:
        assert migrate.current_revision(conn) == migrate.head_revision()
        rows = conn.execute(sa.text("SELECT summary, notes, search_text FROM incidents")).all()
    assert len(rows) == 30
    for summary, notes, folded in rows:
        assert folded == search_text(summary, notes)
    assert search_text(*TEXTS[0]).startswith("refund not received\ncaller elodie")
