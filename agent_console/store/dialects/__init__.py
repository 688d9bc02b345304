"""What differs between the database backends, behind one small interface.

Backend-specific SQL lives in these modules only; the rest of the store asks ``support_for``.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager
from typing import Protocol

from sqlalchemy import Connection, Engine
from sqlalchemy.engine import URL
from sqlalchemy.orm import Session

from agent_console.store.dialects import mysql, postgresql, sqlite


class ChangeListener(Protocol):
    """A thread that wakes the change feed when another workstation commits."""

    def stop(self) -> None: ...


class DialectSupport(Protocol):
    def make_engine(self, url: URL) -> Engine:
        """An engine with this backend's connection settings (timeouts, pragmas)."""
        ...

    def notify_changes(self, session: Session) -> None:
        """Tell listening workstations, when ``session`` commits, that something changed."""
        ...

    def listen_for_changes(self, engine: Engine, wake: Callable[[], None]) -> ChangeListener | None:
        """Start calling ``wake`` on every committed change, or None where the backend cannot."""
        ...

    def is_auth_failure(self, exc: BaseException) -> bool:
        """Whether ``exc`` means the server refused the user name or password."""
        ...

    def is_account_disabled(self, exc: BaseException) -> bool:
        """Whether ``exc`` means the login exists but is locked or may not log in."""
        ...

    def is_unreachable(self, exc: BaseException) -> bool:
        """Whether ``exc`` means the server could not be reached (refused, unknown host, timeout)."""
        ...

    def upgrade_lock(self, conn: Connection) -> AbstractContextManager[None]:
        """Held while the schema is upgraded, so two upgrades never run at once."""
        ...


_SUPPORT: dict[str, DialectSupport] = {
    "postgresql": postgresql,
    "mysql": mysql,
    "mariadb": mysql,
    "sqlite": sqlite,
}


def support_for(backend: str) -> DialectSupport:
    """The support module for a SQLAlchemy backend name ("postgresql", "mariadb", ...)."""
    try:
        return _SUPPORT[backend]
    except KeyError:
        raise ValueError(
            f"Agent Console does not support '{backend}' databases; use PostgreSQL, "
            "MariaDB/MySQL or SQLite."
        ) from None


def support_for_session(session: Session) -> DialectSupport:
    bind = session.get_bind()
    return support_for(bind.dialect.name)
