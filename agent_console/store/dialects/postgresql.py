"""PostgreSQL: LISTEN/NOTIFY for sub-second updates, plus timeouts, auth errors and the upgrade lock.

Every write calls ``pg_notify`` in its own transaction, so the notice goes out at commit and
never for a write that rolled back. A listener thread with its own connection wakes the feed.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, text
from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import URL
from sqlalchemy.orm import Session

log = logging.getLogger(__name__)

CHANNEL = "agent_console_changes"
CONNECT_TIMEOUT_SECONDS = 5
# A dead network (no reset) must not leave the listener waiting forever.
KEEPALIVES = {
    "keepalives": 1,
    "keepalives_idle": 10,
    "keepalives_interval": 5,
    "keepalives_count": 3,
}
AUTH_STATES = frozenset({"28P01", "28000"})  # invalid_password, invalid_authorization_specification
UPGRADE_LOCK_KEY = 0x6167_656E_7463  # any fixed number, the same in every version
RETRY_MAX_SECONDS = 30.0


def make_engine(url: URL) -> Engine:
    return create_engine(
        url,
        pool_pre_ping=True,
        pool_size=2,
        max_overflow=2,
        connect_args={"connect_timeout": CONNECT_TIMEOUT_SECONDS},
    )


def notify_changes(session: Session) -> None:
    session.execute(text("SELECT pg_notify(:channel, '')"), {"channel": CHANNEL})


def is_auth_failure(exc: BaseException) -> bool:
    original = exc.orig if isinstance(exc, sa_exc.DBAPIError) else exc
    if getattr(original, "sqlstate", None) in AUTH_STATES:
        return True
    text_ = str(original).lower()
    return "password authentication failed" in text_ or "no password supplied" in text_


PERMISSION_STATE = "42501"  # insufficient_privilege: grants, row-level security, our triggers
RULE_PREFIX = "agent-console: "  # the row rules' own messages (see the roles migration)


def permission_refusal(exc: BaseException) -> str | None:
    """A sentence saying what the database refused for this login's role, or None."""
    if getattr(exc, "sqlstate", None) != PERMISSION_STATE:
        return None
    diag = getattr(exc, "diag", None)
    primary = str(getattr(diag, "message_primary", None) or exc).strip().splitlines()[0]
    if primary.startswith(RULE_PREFIX):
        return primary[len(RULE_PREFIX) :]
    if "row-level security" in primary:
        table = primary.rsplit('"', 2)[-2] if primary.count('"') >= 2 else "this table"
        return f"you may not add or change this row of {table} ({primary})."
    return f"{primary}."


@contextmanager
def upgrade_lock(conn: Connection) -> Iterator[None]:
    # Released at commit or rollback; DDL is transactional, so a waiting upgrade sees the result.
    conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": UPGRADE_LOCK_KEY})
    yield


class PostgresListener:
    """``LISTEN agent_console_changes`` on its own connection; calls ``wake`` for each notice.

    It reconnects with back-off when the server goes away, and wakes the feed after every
    (re)connect, since notices sent while it was not listening are gone.
    """

    def __init__(self, engine: Engine, wake: Callable[[], None], poll_seconds: float = 0.5) -> None:
        cargs, cparams = engine.dialect.create_connect_args(engine.url)
        self._cargs: list[Any] = list(cargs)
        self._cparams: dict[str, Any] = {
            **cparams,
            "connect_timeout": CONNECT_TIMEOUT_SECONDS,
            **KEEPALIVES,
        }
        self._wake = wake
        self._poll_seconds = poll_seconds
        self._stopping = threading.Event()
        self.listening = threading.Event()
        self._thread = threading.Thread(target=self._run, name="pg-listener", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stopping.set()
        self._thread.join(timeout=5)

    def _run(self) -> None:
        import psycopg

        delay = 0.5
        while not self._stopping.is_set():
            try:
                with psycopg.connect(*self._cargs, **self._cparams, autocommit=True) as conn:
                    conn.execute(f"LISTEN {CHANNEL}")
                    self.listening.set()
                    delay = 0.5
                    self._wake()
                    while not self._stopping.is_set():
                        for _notice in conn.notifies(timeout=self._poll_seconds):
                            self._wake()
            except psycopg.Error as exc:
                self.listening.clear()
                log.info("change listener lost its connection (%s); retrying in %.1f s", exc, delay)
                self._stopping.wait(delay)
                delay = min(RETRY_MAX_SECONDS, delay * 2)
        self.listening.clear()


def listen_for_changes(engine: Engine, wake: Callable[[], None]) -> PostgresListener:
    return PostgresListener(engine, wake)


# -- sign-in failures other than a wrong password (credentials.py tells them apart) -------------
DISABLED_TEXT = ("is not permitted to log in", "account is locked", "account is disabled")
UNREACHABLE_TEXT = (
    "connection refused",
    "failed to resolve host",
    "could not translate host name",
    "name or service not known",
    "timeout expired",
    "timed out",
    "no route to host",
    "network is unreachable",
    "could not connect to server",
    "server closed the connection unexpectedly",
    "received invalid response to ssl negotiation",
)


def is_account_disabled(exc: BaseException) -> bool:
    """The login exists but may not sign in (``NOLOGIN``, locked by IT)."""
    original = exc.orig if isinstance(exc, sa_exc.DBAPIError) else exc
    text_ = str(original).lower()
    return any(marker in text_ for marker in DISABLED_TEXT)


def is_unreachable(exc: BaseException) -> bool:
    """The server could not be reached at all: refused, unknown host, timeout, network down."""
    original = exc.orig if isinstance(exc, sa_exc.DBAPIError) else exc
    if getattr(original, "sqlstate", None):  # the server answered with an error of its own
        return False
    text_ = str(original).lower()
    return any(marker in text_ for marker in UNREACHABLE_TEXT)
