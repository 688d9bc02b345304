"""MariaDB and MySQL: connection timeouts, access-denied errors and the upgrade lock.

There is no LISTEN/NOTIFY here, so workstations find each other's changes by polling.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from sqlalchemy import Connection, Engine, create_engine, text
from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import URL
from sqlalchemy.orm import Session

from agent_console.store.errors import DatabaseUnavailable

CONNECT_TIMEOUT_SECONDS = 5
ACCESS_DENIED = 1045  # ER_ACCESS_DENIED_ERROR: wrong user name or password
UPGRADE_LOCK = "agent_console_upgrade"
UPGRADE_WAIT_SECONDS = 600


def make_engine(url: URL) -> Engine:
    return create_engine(
        url,
        pool_pre_ping=True,
        pool_size=2,
        max_overflow=2,
        connect_args={"connect_timeout": CONNECT_TIMEOUT_SECONDS},
    )


def notify_changes(session: Session) -> None:
    """Nothing to send: other workstations poll the change log."""


def listen_for_changes(engine: Engine, wake: Callable[[], None]) -> None:
    return None


def is_auth_failure(exc: BaseException) -> bool:
    original = exc.orig if isinstance(exc, sa_exc.DBAPIError) else exc
    args: tuple[object, ...] = getattr(original, "args", ())
    return bool(args) and args[0] == ACCESS_DENIED


@contextmanager
def upgrade_lock(conn: Connection) -> Iterator[None]:
    # DDL is not transactional here, so a named lock keeps a second upgrade out.
    got = conn.execute(
        text("SELECT GET_LOCK(:name, :wait)"), {"name": UPGRADE_LOCK, "wait": UPGRADE_WAIT_SECONDS}
    ).scalar()
    if got != 1:
        raise DatabaseUnavailable(
            "Another schema upgrade is still running on this database; try again when it is done."
        )
    try:
        yield
    finally:
        conn.execute(text("SELECT RELEASE_LOCK(:name)"), {"name": UPGRADE_LOCK})
