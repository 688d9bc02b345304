"""``agent-console db status|upgrade``: IT looks at, and upgrades once, the shared database's schema.

Workstations never migrate a shared database; they refuse to write to one whose schema is
not theirs. The password comes from the keyring or is asked for here, never from a file.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.engine import URL

    from agent_console.store.credentials import PasswordAnswer, PasswordRequest

UP_TO_DATE, FAILED, DATABASE_OLDER, DATABASE_NEWER = 0, 1, 2, 3


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "db",
        help="show or upgrade the shared database's schema (for IT)",
        description="Exit status: 0 up to date, 1 failed, 2 the database is older than this "
        "version, 3 the database is newer than this version.",
    )
    actions = parser.add_subparsers(dest="db_action", metavar="ACTION", required=True)
    for name, text in (
        ("status", "print the database's schema revision and this version's, and which is newer"),
        ("upgrade", "upgrade the shared database to this version's schema (once, for everyone)"),
    ):
        action = actions.add_parser(name, help=text)
        action.add_argument(
            "--db", default=argparse.SUPPRESS, help="database URL, without the password"
        )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from sqlalchemy import exc as sa_exc

    from agent_console.store.credentials import sign_in
    from agent_console.store.errors import StoreError, friendly_error

    url = configured_url(args)
    if not url:
        print(
            "agent-console db: no database is configured. Give --db URL, set AGENT_CONSOLE_DB, "
            "or set db in the config file. (The embedded database upgrades itself at start.)",
            file=sys.stderr,
        )
        return FAILED
    try:
        engine = sign_in(url, ask_on_terminal, _connect)
        try:
            return upgrade(engine) if args.db_action == "upgrade" else status(engine)
        finally:
            engine.dispose()
    except StoreError as exc:
        print(f"agent-console db: {exc}", file=sys.stderr)
    except sa_exc.DBAPIError as exc:
        print(f"agent-console db: {friendly_error(exc) or exc.orig}", file=sys.stderr)
    return FAILED


def status(engine: Engine) -> int:
    from agent_console.store import migrate

    with engine.connect() as conn:
        current = migrate.current_revision(conn)
        has_tables = _has_tables(conn)
    head = migrate.head_revision()
    print(f"database:        {engine.url.render_as_string(hide_password=True)}")
    print(f"database schema: {current or '(none)'}")
    print(f"this version:    {head}")
    code, verdict = _compare(current, has_tables)
    print(verdict)
    return code


def upgrade(engine: Engine) -> int:
    from agent_console.store import migrate
    from agent_console.store.dialects import support_for

    with engine.begin() as conn, support_for(engine.dialect.name).upgrade_lock(conn):
        current = migrate.current_revision(conn)  # read under the lock: another IT may have won
        code, verdict = _compare(current, _has_tables(conn))
        if code != DATABASE_OLDER:
            print(verdict)
            return code
        migrate.upgrade_connection(conn)
    print(f"Upgraded the schema from {current or '(empty)'} to {migrate.head_revision()}.")
    return UP_TO_DATE


def _compare(current: str | None, has_tables: bool) -> tuple[int, str]:
    from agent_console.store import migrate

    if current == migrate.head_revision():
        return UP_TO_DATE, "Up to date: workstations of this version can use it."
    if current is None and has_tables:
        return FAILED, (
            "The database holds tables but no Agent Console schema revision; it was left alone."
        )
    if current is not None and current not in migrate.known_revisions():
        return DATABASE_NEWER, (
            "The database is NEWER than this version of Agent Console. Do not upgrade it from "
            "here: install the newer Agent Console on this computer."
        )
    return DATABASE_OLDER, (
        "The database is OLDER than this version: run 'agent-console db upgrade' once, from "
        "one computer; workstations of this version refuse to write to it until then."
    )


def _has_tables(conn: object) -> bool:
    from sqlalchemy import inspect

    return any(name != "alembic_version" for name in inspect(conn).get_table_names())


def configured_url(args: argparse.Namespace) -> str | None:
    from agent_console.config import load_config, options_from_args

    url: str | None = load_config(options=options_from_args(args)).value("db")
    return url


def _connect(url: URL) -> Engine:
    from agent_console.store.database import make_engine

    engine = make_engine(url)
    try:
        with engine.connect():
            pass
    except BaseException:
        engine.dispose()
        raise
    return engine


def ask_on_terminal(request: PasswordRequest) -> PasswordAnswer | None:
    """The password, typed without echo; None when there is no terminal to ask on."""
    from agent_console.store.credentials import PasswordAnswer

    if not sys.stdin.isatty():
        print(
            f"agent-console db: {request.account} needs a password, and there is no terminal to "
            "ask on. Run the command interactively once and let it remember the password.",
            file=sys.stderr,
        )
        return None
    if request.message:
        print(request.message, file=sys.stderr)
    try:
        password = getpass.getpass(f"Password for {request.account}: ")
        remember = request.can_remember and input("Remember it in the keyring? [y/N] ").strip()
    except (EOFError, KeyboardInterrupt):
        return None
    return PasswordAnswer(password, bool(remember) and str(remember).lower().startswith("y"))
