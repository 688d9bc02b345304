"""Benchmark databases on the local PostgreSQL and MariaDB servers: made on demand, never ``test``."""

from __future__ import annotations

from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL, make_url

PROTECTED = frozenset({"test", "postgres", "mysql", "information_schema", "performance_schema"})


def _checked(url: str) -> URL:
    parsed = make_url(url)
    name = parsed.database or ""
    if not name or name in PROTECTED or not name.replace("_", "").isalnum():
        raise SystemExit(
            f"refusing to use database {name!r} for benchmarks; name a separate one, e.g. /bench"
        )
    return parsed


def prepare_server_database(url: str, *, replace: bool = False) -> bool:
    """Create the benchmark database if missing (dropping it first with ``replace``).

    Returns True when the database already existed and was kept.
    """
    parsed = _checked(url)
    name = parsed.database
    backend = parsed.get_backend_name()
    admin = parsed._replace(database="postgres" if backend == "postgresql" else None)
    engine = create_engine(admin, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            if backend == "postgresql":
                exists = bool(
                    conn.scalar(text("SELECT 1 FROM pg_database WHERE datname = :n"), {"n": name})
                )
                if exists and replace:
                    conn.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
                if not exists or replace:
                    conn.execute(
                        text(f"CREATE DATABASE \"{name}\" ENCODING 'UTF8' TEMPLATE template0")
                    )
            else:
                exists = bool(
                    conn.scalar(
                        text("SELECT 1 FROM information_schema.schemata WHERE schema_name = :n"),
                        {"n": name},
                    )
                )
                if exists and replace:
                    conn.execute(text(f"DROP DATABASE `{name}`"))
                if not exists or replace:
                    conn.execute(text(f"CREATE DATABASE `{name}` CHARACTER SET utf8mb4"))
    finally:
        engine.dispose()
    return exists and not replace


def drop_server_database(url: str) -> None:
    parsed = _checked(url)
    backend = parsed.get_backend_name()
    admin = parsed._replace(database="postgres" if backend == "postgresql" else None)
    engine = create_engine(admin, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            if backend == "postgresql":
                conn.execute(text(f'DROP DATABASE IF EXISTS "{parsed.database}" WITH (FORCE)'))
            else:
                conn.execute(text(f"DROP DATABASE IF EXISTS `{parsed.database}`"))
    finally:
        engine.dispose()
