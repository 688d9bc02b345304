"""The self-test's shared-database check: reachable, signed in, and at the schema this build writes."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from agent_console.commands.selftest_checks import FAIL, OK, WARN, Check
from agent_console.redact import mask_url

if TYPE_CHECKING:
    from sqlalchemy import Engine

CONNECT_TIMEOUT_S = 5
_AUTH_HINTS = ("password authentication failed", "no password supplied", "access denied",
               "authentication failed", "password is required")


def check_shared_database(url: str | None, password: str | None = None) -> Check:
    """Connect to the configured database (never migrating it) and compare its revision."""
    if not url:
        return Check("shared database", OK, "none configured (each workstation uses its embedded SQLite)")
    from sqlalchemy import create_engine
    from sqlalchemy import exc as sa_exc
    from sqlalchemy.engine import make_url

    shown = mask_url(url)
    try:
        parsed = make_url(url)
    except sa_exc.ArgumentError as exc:
        return Check("shared database", FAIL, f"{shown} is not a database URL ({exc})")
    if parsed.get_backend_name() == "sqlite":
        path = parsed.database
        if not path or path == ":memory:" or not Path(path).is_file():
            return Check("shared database", WARN, f"{shown}: no file yet; it is created at first start")
    if password and not parsed.password:
        parsed = parsed.set(password=password)
    try:
        engine = create_engine(parsed, connect_args=_timeout_args(parsed.get_backend_name()))
    except ModuleNotFoundError as exc:
        return Check("shared database", FAIL, f"{shown}: the driver '{exc.name}' is not installed")
    except sa_exc.ArgumentError as exc:
        return Check("shared database", FAIL, f"{shown}: {exc}")
    try:
        return _check_schema(engine, shown)
    except sa_exc.DBAPIError as exc:
        reason = " ".join(str(exc.orig).split())[:300]
        if any(hint in reason.lower() for hint in _AUTH_HINTS):
            return Check("shared database", WARN,
                         f"{shown} answers, but signing in failed ({reason}); "
                         "run 'agent-console self-test --ask-password' to check its schema")
        return Check("shared database", FAIL, f"{shown} cannot be reached: {reason}")
    finally:
        engine.dispose()


def _timeout_args(backend: str) -> dict[str, int]:
    if backend in ("postgresql", "mysql", "mariadb"):
        return {"connect_timeout": CONNECT_TIMEOUT_S}
    return {}


def _check_schema(engine: Engine, shown: str) -> Check:
    from agent_console.store import migrate

    with engine.connect() as conn:
        current = migrate.current_revision(conn)
    head = migrate.head_revision()
    if current == head:
        return Check("shared database", OK, f"{shown} reachable, schema {head} (this version's)")
    if current is None:
        return Check("shared database", FAIL,
                     f"{shown} has no Agent Console schema yet; run 'agent-console db upgrade' once")
    if current not in migrate.known_revisions():
        return Check("shared database", FAIL,
                     f"{shown} has schema {current}, newer than this version ({head}); "
                     "install the newer Agent Console on this workstation")
    return Check("shared database", FAIL,
                 f"{shown} has an older schema ({current}; this version needs {head}); "
                 "run 'agent-console db upgrade' once on the shared database")
