"""Opening a workstation: the data dir, the database and the person at the desk."""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from dataclasses import dataclass

from agent_console.core.options import AppOptions
from agent_console.store.acting import acting_agent
from agent_console.store.agents import whoami
from agent_console.store.credentials import (
    PasswordAnswer,
    PasswordRequest,
    SignInFailed,
    sign_in,
)
from agent_console.store.database import Database, open_database, sqlite_url
from agent_console.store.demo import seed_demo
from agent_console.store.errors import DataDirError
from agent_console.store.records import AgentRef
from agent_console.store.types import utcnow

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Workstation:
    db: Database
    agent: AgentRef
    seeded: int


def check_data_dir(options: AppOptions) -> None:
    """Make sure the data dir exists and can be written, or say what to do."""
    path = options.data_dir
    try:
        path.mkdir(parents=True, exist_ok=True)
        probe = path / f".write-test-{os.getpid()}"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as exc:
        raise DataDirError(
            f"Agent Console cannot write to its data folder {path} ({exc.strerror or exc}). "
            "Nothing was changed. Ask IT for write access, or start with --data-dir pointing "
            "at a folder you can write to."
        ) from exc


def open_workstation(
    options: AppOptions,
    ask_password: Callable[[PasswordRequest], PasswordAnswer | None] | None = None,
) -> Workstation:
    """Open the data dir and the database, signing in with the keyring's password or, when it
    has none, with ``ask_password`` (the sign-in dialog); see ``credentials.sign_in``.
    """
    check_data_dir(options)
    url = options.db_url or sqlite_url(options.embedded_db_path)
    db = sign_in(url, ask_password or _cannot_ask, open_database)
    log.info("opened %s", db.display_url)
    try:
        with db.session() as session:
            # Embedded: the OS user. Shared: the app user of the login the database knows
            # this session by (UnknownUser when it has none, or it is disabled).
            agent = whoami(session)
    except BaseException:
        db.dispose()
        raise
    with db.session() as session:
        seeded = seed_demo(session, agent, utcnow()) if options.demo else 0
        if options.act_as:
            agent = acting_agent(session, options.act_as, embedded=db.is_embedded)
    if seeded:
        log.info("added %d demo incidents", seeded)
    return Workstation(db, agent, seeded)


def _cannot_ask(request: PasswordRequest) -> PasswordAnswer | None:
    raise SignInFailed(
        f"The database wants the password for {request.account}, and none is remembered on "
        "this computer. Sign in from the console window, or ask IT."
    )
