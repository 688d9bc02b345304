"""Opening the workstation as the person at the desk: silently at start, or with what they typed.

The sign-in dialog (ui/sign_in_dialog.py) never waits on the database: the window calls
``open_signed_in`` in the runner. When nothing in the keyring signs anyone in, or an attempt
fails, it raises ``SignInRequired`` with what the dialog should show (login, server, the
failure); the dialog then takes a login and password and the window calls it again.

The last login that signed in here is kept in the data dir (``last-login.txt``): a login is
not a secret, and it lets "remember on this computer" work when the configured URL names no
login. Passwords only ever go to the keyring (credentials.py).
"""

from __future__ import annotations

import logging
from dataclasses import replace
from pathlib import Path

from sqlalchemy.engine import make_url

from agent_console.core.options import AppOptions
from agent_console.store.credentials import (
    PasswordAnswer,
    PasswordRequest,
    SignInFailed,
    SignInRequired,
    TypedSignIn,
    sign_in_request,
    with_login,
)
from agent_console.store.errors import NotAllowed, UnknownUser
from agent_console.store.startup import Workstation, open_workstation

log = logging.getLogger(__name__)

LAST_LOGIN_FILE = "last-login.txt"


def is_shared(options: AppOptions) -> bool:
    """Whether the workstation works on a shared database server (people sign in there)."""
    return bool(options.db_url) and make_url(options.db_url or "").get_backend_name() != "sqlite"


def remembered_login(data_dir: Path) -> str | None:
    try:
        login = (data_dir / LAST_LOGIN_FILE).read_text(encoding="utf-8").strip()
    except OSError:
        return None
    return login or None


def remember_login(data_dir: Path, login: str) -> None:
    try:
        (data_dir / LAST_LOGIN_FILE).write_text(login + "\n", encoding="utf-8")
    except OSError as exc:  # only a convenience: the dialog asks for the login instead
        log.info("the last login could not be kept: %s", exc.strerror)


def _ask_the_dialog(request: PasswordRequest) -> PasswordAnswer | None:
    raise SignInRequired(request)


def open_signed_in(
    options: AppOptions, answer: PasswordAnswer | None = None, *, silently: bool = True
) -> Workstation:
    """The workstation, signed in as the person at the desk.

    ``answer``: the login and password from the sign-in dialog (tried first and only). Without
    one: the last login (or the configured one) with the keyring's password, or with none
    (trust, certificates); ``silently=False`` tries nothing and asks (switching user). On the
    embedded database there is nothing to sign in to: the OS user is the agent.
    """
    if not is_shared(options) or make_url(options.db_url or "").password:
        return open_workstation(options)  # embedded, or IT's own login written into the URL
    url = options.db_url or ""
    login = answer.login if answer is not None else None
    login = login or remembered_login(options.data_dir) or make_url(url).username
    if answer is None and not silently:  # switching user: the next person is someone else
        raise SignInRequired(sign_in_request(url, make_url(url).username))
    signing = replace(options, db_url=with_login(url, login).render_as_string(hide_password=False))
    ask = TypedSignIn(answer) if answer is not None else _ask_the_dialog
    try:
        workstation = open_workstation(signing, ask)
    except SignInRequired:
        raise
    except (SignInFailed, UnknownUser) as exc:
        raise SignInRequired(sign_in_request(url, login, exc)) from None
    except NotAllowed:  # the login connects, but was never given the console's rights
        no_rights = UnknownUser(
            f"The database login '{login}' has no Agent Console user, so it may not work in "
            "this database. Ask an admin to add you (Admin > Users…), or sign in with another "
            "login."
        )
        raise SignInRequired(sign_in_request(url, login, no_rights)) from None
    if login:
        remember_login(options.data_dir, login)
    return workstation
