"""Alembic environment: runs on a connection handed in by the app, or on a URL for developers.

Developers: ``AGENT_CONSOLE_DB=sqlite:///x.sqlite3 alembic revision --autogenerate -m "..."``.
"""

from __future__ import annotations

import logging.config  # noqa: F401  (PyInstaller must bundle it; alembic's templates use it)
import os

from alembic import context
from sqlalchemy import create_engine

from agent_console.store.models import Base

config = context.config
target_metadata = Base.metadata


def _configure(connection: object) -> None:
    context.configure(
        connection=connection,  # type: ignore[arg-type]
        target_metadata=target_metadata,
        render_as_batch=True,  # SQLite cannot ALTER most things; batch mode copies tables
        compare_type=True,
    )


def run_migrations_offline() -> None:
    context.configure(
        url=os.environ["AGENT_CONSOLE_DB"],
        target_metadata=target_metadata,
        literal_binds=True,
        render_as_batch=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _configure(connection)
        with context.begin_transaction():
            context.run_migrations()
        return
    engine = create_engine(os.environ["AGENT_CONSOLE_DB"])
    with engine.begin() as conn:
        _configure(conn)
        with context.begin_transaction():
            context.run_migrations()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
