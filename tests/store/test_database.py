"""Opening databases that are damaged, too new, full or not writable: clear errors, nothing lost."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from agent_console.core.options import AppOptions
from agent_console.store.agents import ensure_agent
from agent_console.store.database import Database, open_database, sqlite_url
from agent_console.store.errors import DatabaseCorrupt, DataDirError, SchemaTooNew, StorageFull
from agent_console.store.incidents import caller_history, submit_incident
from agent_console.store.startup import open_workstation

from .helpers import add_caller, incident


def test_embedded_database_is_created_in_wal_mode(tmp_path: Path) -> None:
    workstation = open_workstation(AppOptions(data_dir=tmp_path / "new" / "dir"))
    with workstation.db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    workstation.db.dispose()
    assert (tmp_path / "new" / "dir" / "agent-console.sqlite3").is_file()


def test_a_corrupt_file_is_reported_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "agent-console.sqlite3"
    garbage = b"this is not sqlite at all" * 200
    path.write_bytes(garbage)
    with pytest.raises(DatabaseCorrupt, match="damaged"):
        open_workstation(AppOptions(data_dir=tmp_path))
    assert path.read_bytes() == garbage


def test_a_database_from_a_newer_version_is_refused_and_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "agent-console.sqlite3"
    open_database(sqlite_url(path)).dispose()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'ffffffffffff'")
    before = path.read_bytes()
    with pytest.raises(SchemaTooNew, match="newer version"):
        open_database(sqlite_url(path))
    assert path.read_bytes() == before


def test_a_data_dir_that_cannot_be_written_is_reported(tmp_path: Path) -> None:
    # Root ignores permission bits, so use a path whose parent is a file: mkdir must fail.
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    with pytest.raises(DataDirError, match="cannot write to its data folder"):
        open_workstation(AppOptions(data_dir=blocker / "data"))


def test_a_full_disk_keeps_what_was_saved(sqlite_db: Database) -> None:
    db = sqlite_db
    with db.session() as session:
        agent = ensure_agent(session, "tester")
    caller = add_caller(db, agent, "Kept", "0912 000 0000")
    with db.session() as session:
        submit_incident(session, incident(caller.id, 1), agent)
    # Cap the file at its current size: the next write fails with SQLITE_FULL, for real.
    # The cap belongs to one connection, so set it on the session's own.
    with pytest.raises(StorageFull, match="disk is full"), db.session() as session:
        conn = session.connection()
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar()
        conn.exec_driver_sql(f"PRAGMA max_page_count = {pages}")
        for minute in range(2, 400):
            submit_incident(session, incident(caller.id, minute, notes="x" * 5000), agent)
    db.dispose()
    with db.session() as session:
        kept = caller_history(session, caller.id).rows
    assert [r.summary for r in kept] == ["summary 1"]
