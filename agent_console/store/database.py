"""Opening a database: engine and sessions, and the schema check before anything is written.

The embedded SQLite database creates and migrates itself. A shared server database is only
ever upgraded by IT (``agent-console db upgrade``); a workstation that finds it older or newer
than itself refuses to write and says which side is newer.
"""

from __future__ import annotations

import logging
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Connection, Engine, inspect
from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import URL, make_url
from sqlalchemy.orm import Session, sessionmaker

from agent_console.store import migrate
from agent_console.store.dialects import support_for
from agent_console.store.errors import (
    DatabaseCorrupt,
    SchemaTooNew,
    SchemaTooOld,
    StoreError,
    friendly_error,
)

log = logging.getLogger(__name__)


def make_engine(url: str | URL) -> Engine:
    """An engine with the backend's own settings (SQLite pragmas, server timeouts)."""
    parsed = make_url(url)
    return support_for(parsed.get_backend_name()).make_engine(parsed)


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


class Database:
    """One database, its engine and a factory for short-lived sessions (one per operation)."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @property
    def is_embedded(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def display_url(self) -> str:
        """The URL with any password hidden, for the status bar and logs."""
        return self.engine.url.render_as_string(hide_password=True)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session that commits when the block ends and rolls back when it raises.

        Raw driver errors that stand for a known environment problem come out as StoreError.
        """
        session = self._sessions()
        try:
            yield session
            session.commit()
        except BaseException as exc:
            session.rollback()
            known = friendly_error(exc) if isinstance(exc, sa_exc.DBAPIError | OSError) else None
            if known is not None and known is not exc:
                raise known from exc
            raise
        finally:
            session.close()

    def dispose(self) -> None:
        self.engine.dispose()


def open_database(url: str | URL, *, migrate_embedded: bool = True) -> Database:
    """Open ``url`` and make sure its schema is the one this version writes.

    Raises DatabaseCorrupt, SchemaTooNew, SchemaTooOld or another StoreError with a message.
    """
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            current = migrate.current_revision(conn)
            has_tables = bool(inspect(conn).get_table_names())
    except sa_exc.DBAPIError as exc:
        engine.dispose()
        raise (friendly_error(exc) or exc) from exc
    check_schema(engine, current, has_tables, migrate_embedded=migrate_embedded)
    return Database(engine)


def check_schema(
    engine: Engine, current: str | None, has_tables: bool, *, migrate_embedded: bool
) -> None:
    head = migrate.head_revision()
    if current == head:
        return
    embedded = engine.dialect.name == "sqlite"
    problem = schema_problem(current, has_tables, embedded=embedded and migrate_embedded)
    if problem is not None:
        engine.dispose()
        raise problem
    if current is not None:
        _backup_before_upgrade(engine, current)
    log.info("migrating embedded database from %s to %s", current or "empty", head)
    migrate.upgrade(engine)


def schema_problem(
    current: str | None, has_tables: bool, *, embedded: bool = False
) -> StoreError | None:
    """Why a database at revision ``current`` may not be written by this version, or None.

    An embedded database that is merely older is no problem: it migrates itself.
    """
    head = migrate.head_revision()
    if current == head:
        return None
    if current is not None and current not in migrate.known_revisions():
        return SchemaTooNew(
            f"This database was written by a newer version of Agent Console (schema {current}; "
            f"this version knows up to {head}). Nothing was changed. Install the newer version."
        )
    if current is None and has_tables:
        return DatabaseCorrupt(
            "This database holds tables but no schema version, so it was not made by Agent "
            "Console. It has been left untouched; point --db or --data-dir somewhere else."
        )
    if embedded:
        return None
    return SchemaTooOld(
        f"The shared database has an older schema ({current or 'empty'}) than this version "
        f"expects ({head}). Nothing was written. Ask IT to run 'agent-console db upgrade'."
    )


def require_current_schema(conn: Connection) -> None:
    """Raise SchemaTooOld/SchemaTooNew unless the database is at this version's revision.

    Checked before every delivery too: IT may upgrade a shared database while we run.
    """
    current = migrate.current_revision(conn)
    if current != migrate.head_revision():
        has_tables = bool(inspect(conn).get_table_names())
        problem = schema_problem(current, has_tables)
        if problem is not None:
            raise problem


def _backup_before_upgrade(engine: Engine, current: str) -> None:
    path = engine.url.database
    if path and Path(path).is_file():
        backup = Path(f"{path}.{current}.bak")
        engine.dispose()
        shutil.copy2(path, backup)
        log.info("kept a copy of the database as %s before upgrading it", backup)
