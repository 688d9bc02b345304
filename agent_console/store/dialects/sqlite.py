"""SQLite, the embedded default: one file, WAL mode, nothing to listen on."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import URL
from sqlalchemy.orm import Session

BUSY_TIMEOUT_SECONDS = 10


def _pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def make_engine(url: URL) -> Engine:
    engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_SECONDS})
    event.listen(engine, "connect", _pragmas)
    return engine


def notify_changes(session: Session) -> None:
    """Nothing to do: other processes on the same file find changes by polling."""


def listen_for_changes(engine: Engine, wake: Callable[[], None]) -> None:
    return None


def is_auth_failure(exc: BaseException) -> bool:
    return False


@contextmanager
def upgrade_lock(conn: Connection) -> Iterator[None]:
    yield  # the migration's own write transaction locks the file


def is_account_disabled(exc: BaseException) -> bool:
    return False  # a file has no accounts


def is_unreachable(exc: BaseException) -> bool:
    return False
