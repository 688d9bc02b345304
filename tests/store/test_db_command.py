"""IT upgrades a shared database once (``agent-console db``); workstations never do, and refuse
to write to a database whose schema is not theirs, saying which side is newer."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, inspect, select, text

from agent_console.commands import db as db_command
from agent_console.store import migrate
from agent_console.store.database import make_engine, open_database, sqlite_url
from agent_console.store.errors import SchemaTooNew, SchemaTooOld
from agent_console.store.models import Agent
from tests.servers import Server
from tests.store.conftest import server_for

BASELINE = "1f47acf4828b"


def run(action: str, url: str) -> int:
    parser = argparse.ArgumentParser()
    db_command.add_parser(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["db", action, "--db", url])
    return int(args.handler(args))


@pytest.fixture(params=["sqlite", "postgresql", "mariadb"])
def empty_url(
    request: pytest.FixtureRequest, tmp_path: Path, servers: dict[str, Server | str]
) -> Iterator[str]:
    if request.param == "sqlite":
        yield sqlite_url(tmp_path / "shared.sqlite3")
        return
    server = server_for(servers, request.param)
    url = server.create_database()
    yield url
    server.drop_database(url)


def set_revision(url: str, revision: str) -> None:
    engine = make_engine(url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = :r"), {"r": revision})
    engine.dispose()


def test_status_then_upgrade_then_status(
    empty_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run("status", empty_url) == db_command.DATABASE_OLDER
    assert "OLDER than this version" in capsys.readouterr().out
    assert run("upgrade", empty_url) == db_command.UP_TO_DATE
    assert f"to {migrate.head_revision()}" in capsys.readouterr().out
    assert run("status", empty_url) == db_command.UP_TO_DATE
    out = capsys.readouterr().out
    assert f"database schema: {migrate.head_revision()}" in out and "Up to date" in out
    assert run("upgrade", empty_url) == db_command.UP_TO_DATE  # again: nothing to do


def test_an_older_database_is_refused_by_workstations_until_it_is_upgraded(
    empty_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    if empty_url.startswith("sqlite"):
        pytest.skip("the embedded database upgrades itself")
    engine = make_engine(empty_url)
    migrate.upgrade(engine, BASELINE)
    engine.dispose()
    with pytest.raises(SchemaTooOld, match=r"older schema.*db upgrade"):
        open_database(empty_url)
    engine = make_engine(empty_url)
    with engine.connect() as conn:
        assert migrate.current_revision(conn) == BASELINE  # the workstation migrated nothing
        assert "change_log" not in inspect(conn).get_table_names()
    engine.dispose()
    assert run("upgrade", empty_url) == db_command.UP_TO_DATE
    assert f"from {BASELINE} to {migrate.head_revision()}" in capsys.readouterr().out
    open_database(empty_url).dispose()


def test_a_newer_database_is_refused_by_workstations_and_by_the_upgrade(
    empty_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run("upgrade", empty_url) == db_command.UP_TO_DATE
    set_revision(empty_url, "ffffffffffff")
    with pytest.raises(SchemaTooNew, match="newer version"):
        open_database(empty_url)
    capsys.readouterr()
    assert run("status", empty_url) == db_command.DATABASE_NEWER
    assert "NEWER than this version" in capsys.readouterr().out
    assert run("upgrade", empty_url) == db_command.DATABASE_NEWER
    engine = make_engine(empty_url)
    with engine.connect() as conn:
        assert migrate.current_revision(conn) == "ffffffffffff"
        assert conn.scalar(select(func.count()).select_from(Agent)) == 0
    engine.dispose()


def test_an_unreachable_database_fails_with_a_message(capsys: pytest.CaptureFixture[str]) -> None:
    url = "postgresql+psycopg://127.0.0.1:1/nothing"
    assert run("status", url) == db_command.FAILED
    assert "could not be reached" in capsys.readouterr().err
