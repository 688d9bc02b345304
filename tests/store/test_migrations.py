"""Alembic is the only way the schema changes: the history is linear and matches the models."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect

from agent_console.store import migrate
from agent_console.store.database import make_engine, sqlite_url
from agent_console.store.models import Base
from tests.servers import Server
from tests.store.conftest import server_for


def script() -> ScriptDirectory:
    return ScriptDirectory.from_config(migrate.alembic_config())


def test_history_is_linear() -> None:
    revisions = list(script().walk_revisions())
    assert len(script().get_heads()) == 1
    for revision in revisions:
        assert not revision.is_merge_point
        assert not revision.is_branch_point
    assert sum(1 for r in revisions if r.down_revision is None) == 1


def test_revision_files_are_dated() -> None:
    for path in (
        Path(migrate.alembic_config().get_main_option("script_location") or "") / "versions"
    ).glob("*.py"):
        assert path.name[:4].isdigit() and path.name[4] == "_", path.name


def test_upgrade_from_empty_matches_the_models(tmp_path: Path) -> None:
    engine = make_engine(sqlite_url(tmp_path / "m.sqlite3"))
    migrate.upgrade(engine)
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    engine.dispose()
    assert diff == []


def test_every_revision_upgrades_to_head_and_downgrades_back(tmp_path: Path) -> None:
    # A workstation can be on any old revision: each must reach head and come back down.
    revisions = [r.revision for r in reversed(list(script().walk_revisions()))]
    for index, revision in enumerate(revisions):
        engine = make_engine(sqlite_url(tmp_path / f"r{index}.sqlite3"))
        migrate.upgrade(engine, revision)
        migrate.upgrade(engine)
        with engine.connect() as conn:
            assert migrate.current_revision(conn) == migrate.head_revision()
        migrate.downgrade(engine, "base")
        with engine.connect() as conn:
            assert set(inspect(conn).get_table_names()) <= {"alembic_version"}
        migrate.upgrade(engine)
        with engine.connect() as conn:
            assert "incidents" in inspect(conn).get_table_names()
        engine.dispose()


@pytest.mark.parametrize("backend", ["postgresql", "mariadb"])
def test_server_schema_matches_the_models_and_round_trips(
    backend: str, servers: dict[str, Server | str]
) -> None:
    server = server_for(servers, backend)
    url = server.create_database()
    engine = make_engine(url)
    try:
        migrate.upgrade(engine)
        with engine.connect() as conn:
            diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
        assert diff == []
        migrate.downgrade(engine, "base")
        with engine.connect() as conn:
            assert set(inspect(conn).get_table_names()) <= {"alembic_version"}
        migrate.upgrade(engine)
    finally:
        engine.dispose()
        server.drop_database(url)
