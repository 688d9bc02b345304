"""``agent-console admin add-user|set-role|disable|enable|list``: IT manages who may sign in.

Run as an admin's own login, or as the login that owns the schema (who ran ``db upgrade``):
that login is the first admin, and adds everyone else. Each user gets their own database
login; the database itself then enforces what their role may do. The password of the
connection comes from the keyring or is asked for; an initial password for a new user is
typed twice (on a terminal) or made here and printed once.
"""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from agent_console.store.users import UserRow

OK, FAILED, REFUSED = 0, 1, 2
ROLE_CHOICES = ("agent", "lead", "admin")


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "admin",
        help="add users, set their role, disable or enable them, list them (for IT)",
        description="Exit status: 0 done, 1 the database could not be used, 2 refused "
        "(bad input, or not allowed for your login).",
    )
    actions = parser.add_subparsers(dest="admin_action", metavar="ACTION", required=True)
    add = actions.add_parser("add-user", help="create a user's database login and app user")
    add.add_argument("login", help="their database login: lower-case letters, digits, . _ -")
    add.add_argument("--role", required=True, choices=ROLE_CHOICES)
    add.add_argument("--name", default="", help="the name the console shows (default: login)")
    add.add_argument(
        "--generate-password",
        action="store_true",
        help="make a one-time initial password and print it, instead of asking for one",
    )
    role = actions.add_parser("set-role", help="change a user's role")
    role.add_argument("login")
    role.add_argument("role", choices=ROLE_CHOICES)
    disable = actions.add_parser("disable", help="revoke a user's login; their history stays")
    disable.add_argument("login")
    enable = actions.add_parser("enable", help="let a disabled user sign in again")
    enable.add_argument("login")
    enable.add_argument(
        "--new-password", action="store_true", help="also give them a new initial password"
    )
    listing = actions.add_parser("list", help="list the users, their role and whether active")
    listing.add_argument("--json", action="store_true", help="as JSON, for scripts")
    for action in (add, role, disable, enable, listing):
        action.add_argument(
            "--db", default=argparse.SUPPRESS, help="database URL, without the password"
        )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from sqlalchemy import exc as sa_exc

    from agent_console.commands.db import ask_on_terminal, configured_url
    from agent_console.store.credentials import sign_in
    from agent_console.store.errors import DatabaseUnavailable, StoreError, friendly_error

    url = configured_url(args)
    if not url:
        from agent_console.store.agents import os_login

        print(
            "agent-console admin: no database is configured; using the embedded one "
            f"(roles are not enforced there: the OS user, {os_login()}, is the agent).",
            file=sys.stderr,
        )
        url = _embedded_url(args)
    try:
        change = _action(args, embedded=url.startswith("sqlite"))
    except _Refused as exc:
        print(f"agent-console admin: {exc}", file=sys.stderr)
        return REFUSED
    try:
        from agent_console.store.database import open_database

        db = sign_in(url, ask_on_terminal, lambda u: open_database(u, migrate_embedded=True))
        try:
            with db.session() as session:
                report = change(session)
            return report()  # printed only once committed
        finally:
            db.dispose()
    except DatabaseUnavailable as exc:
        print(f"agent-console admin: {exc}", file=sys.stderr)
        return FAILED
    except StoreError as exc:
        print(f"agent-console admin: {exc}", file=sys.stderr)
        return REFUSED
    except sa_exc.DBAPIError as exc:
        known = friendly_error(exc)
        print(f"agent-console admin: {known or str(exc.orig).strip()}", file=sys.stderr)
        return (
            REFUSED if known is not None and not isinstance(known, DatabaseUnavailable) else FAILED
        )


class _Refused(Exception):
    pass


def _action(
    args: argparse.Namespace, *, embedded: bool = False
) -> Callable[[Session], Callable[[], int]]:
    """What to do once connected; asks for any password first, so nothing waits on a prompt."""
    from agent_console.store import users

    action = args.admin_action
    if action == "list":
        return lambda session: _list(users.list_users(session), as_json=args.json)
    login = args.login
    try:
        (users.check_new_login if action == "add-user" else users.check_login)(login)
    except users.UserAdminError as exc:
        raise _Refused(str(exc)) from None
    if action == "add-user":
        # The embedded database has no logins, so no password either.
        password, shown = (
            ("", None) if embedded else _initial_password(login, args.generate_password)
        )
        return lambda session: _done(
            users.add_user(session, login, args.role, args.name, password), shown
        )
    if action == "set-role":
        return lambda session: _done(users.set_role(session, login, args.role))
    if action == "disable":
        return lambda session: _done(users.disable_user(session, login))
    new_password, shown = (
        _initial_password(login, generate=False)
        if args.new_password and not embedded
        else (None, None)
    )
    return lambda session: _done(users.enable_user(session, login, new_password), shown)


def _initial_password(login: str, generate: bool) -> tuple[str, str | None]:
    """(password, the one to print once or None): typed twice on a terminal, else generated."""
    from agent_console.store.users import PASSWORD_MIN, generate_password

    if generate or not sys.stdin.isatty():
        password = generate_password()
        return password, password
    try:
        first = getpass.getpass(f"Initial password for {login}: ")
        second = getpass.getpass("The same again: ")
    except (EOFError, KeyboardInterrupt):
        raise _Refused("No password was given; nothing was changed.") from None
    if first != second:
        raise _Refused("The two passwords differ; nothing was changed. Run the command again.")
    if len(first) < PASSWORD_MIN:
        raise _Refused(
            f"The password is too short (at least {PASSWORD_MIN} characters); nothing was "
            "changed. Or use --generate-password."
        )
    return first, None


def _done(user: UserRow, shown: str | None = None) -> Callable[[], int]:
    return lambda: _print_user(user, shown)


def _print_user(user: UserRow, shown: str | None) -> int:
    state = "active" if user.active else "disabled"
    print(f"{user.login}: {user.role}, {state} ({user.display_name})")
    if shown is not None:
        print(
            f"One-time initial password for {user.login}: {shown}\n"
            "Give it to them in person; it is not stored anywhere and is shown only now."
        )
    return OK


def _list(rows: list[UserRow], *, as_json: bool) -> Callable[[], int]:
    return lambda: _print_list(rows, as_json=as_json)


def _print_list(rows: list[UserRow], *, as_json: bool) -> int:
    if as_json:
        print(json.dumps([
            {"login": r.login, "name": r.display_name, "role": r.role, "active": r.active}
            for r in rows
        ], ensure_ascii=False, indent=2))  # fmt: skip
        return OK
    width = max([len(r.login) for r in rows] + [5])
    print(f"{'login':<{width}}  {'role':<5}  {'state':<8}  name")
    for r in rows:
        state = "active" if r.active else "disabled"
        print(f"{r.login:<{width}}  {r.role:<5}  {state:<8}  {r.display_name}")
    return OK


def _embedded_url(args: argparse.Namespace) -> str:
    from agent_console.config import load_config, options_from_args
    from agent_console.store.database import sqlite_url

    options = load_config(options=options_from_args(args)).app_options(demo=False)
    options.data_dir.mkdir(parents=True, exist_ok=True)
    return sqlite_url(options.embedded_db_path)
