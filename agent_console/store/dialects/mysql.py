"""MariaDB and MySQL: connection timeouts, access-denied errors and the upgrade lock.

There is no LISTEN/NOTIFY here, so workstations find each other's changes by polling.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import URL
from sqlalchemy.orm import Session

from agent_console.store.errors import DatabaseUnavailable

CONNECT_TIMEOUT_SECONDS = 5
ACCESS_DENIED = 1045  # ER_ACCESS_DENIED_ERROR: wrong user name or password
UPGRADE_LOCK = "agent_console_upgrade"
UPGRADE_WAIT_SECONDS = 600


APP_ROLES = ("agent_console_admin", "agent_console_lead", "agent_console_agent")
INVALID_ROLE = 1959


def make_engine(url: URL) -> Engine:
    engine = create_engine(
        url,
        pool_pre_ping=True,
        pool_size=2,
        max_overflow=2,
        connect_args={"connect_timeout": CONNECT_TIMEOUT_SECONDS},
    )
    event.listen(engine, "connect", _use_app_role)
    return engine


def _use_app_role(dbapi_connection: Any, _record: Any) -> None:
    """Enable the login's Agent Console role when it has no default role.

    Only the server's owner can set another user's default role; users an app admin added
    get theirs here. It can only add what the role was granted, never more.
    """
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("SELECT CURRENT_ROLE()")
        row = cursor.fetchone()
        if row is not None and row[0] is not None:
            return
        for role in APP_ROLES:
            try:
                cursor.execute(f"SET ROLE {role}")
                return
            except Exception as exc:  # the driver's error: not granted (1959), or no such role
                if getattr(exc, "args", (None,))[0] != INVALID_ROLE:
                    raise
    finally:
        cursor.close()


def notify_changes(session: Session) -> None:
    """Nothing to send: other workstations poll the change log."""


def listen_for_changes(engine: Engine, wake: Callable[[], None]) -> None:
    return None


def is_auth_failure(exc: BaseException) -> bool:
    original = exc.orig if isinstance(exc, sa_exc.DBAPIError) else exc
    args: tuple[object, ...] = getattr(original, "args", ())
    return bool(args) and args[0] == ACCESS_DENIED


# Table, column, global and database access denied; and SIGNAL from the roles migration's triggers.
PERMISSION_ERRORS = frozenset({1142, 1143, 1227, 1044})
SIGNAL = 1644
RULE_PREFIX = "agent-console: "


def permission_refusal(exc: BaseException) -> str | None:
    """A sentence saying what the database refused for this login's role, or None."""
    args: tuple[object, ...] = getattr(exc, "args", ())
    if len(args) < 2 or not isinstance(args[0], int):
        return None
    message = str(args[1]).strip()
    if args[0] == SIGNAL and message.startswith(RULE_PREFIX):
        return message[len(RULE_PREFIX) :]
    if args[0] in PERMISSION_ERRORS:
        return f"{message}."
    return None


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


# -- sign-in failures other than a wrong password (credentials.py tells them apart) -------------
ACCOUNT_LOCKED = frozenset({3118, 4151})  # MySQL, MariaDB: ER_ACCOUNT_HAS_BEEN_LOCKED
# CR_CONN_HOST_ERROR, CR_UNKNOWN_HOST, CR_SERVER_GONE_ERROR, CR_SERVER_LOST
UNREACHABLE = frozenset({2003, 2005, 2006, 2013})


def _code(exc: BaseException) -> object:
    original = exc.orig if isinstance(exc, sa_exc.DBAPIError) else exc
    args: tuple[object, ...] = getattr(original, "args", ())
    return args[0] if args else None


def is_account_disabled(exc: BaseException) -> bool:
    """The login exists but may not sign in (``ACCOUNT LOCK``)."""
    original = exc.orig if isinstance(exc, sa_exc.DBAPIError) else exc
    return _code(exc) in ACCOUNT_LOCKED or "account is locked" in str(original).lower()


def is_unreachable(exc: BaseException) -> bool:
    """The server could not be reached at all: refused, unknown host, timeout, network down."""
    return _code(exc) in UNREACHABLE
