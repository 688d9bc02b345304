"""Store fixtures: a fresh, migrated database per test, and an agent to act as."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from agent_console.store.agents import ensure_agent
from agent_console.store.database import Database, open_database, sqlite_url
from agent_console.store.records import AgentRef


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(sqlite_url(tmp_path / "test.sqlite3"))
    yield database
    database.dispose()


@pytest.fixture
def agent(db: Database) -> AgentRef:
    with db.session() as session:
        return ensure_agent(session, "tester", "Test Agent")
