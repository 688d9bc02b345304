"""Database passwords: from the OS keyring, or asked for; never in a file, a URL on disk or a log.

The keyring entry is service ``agent-console``, user ``<login>@<host>:<port>/<db>``. Where the
computer has no keyring (headless Linux), the person is asked at every start and told why;
there is deliberately no plaintext fallback, and file-based ``keyrings.alt`` stores are refused.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

import keyring
import keyring.backend
import keyring.errors
from sqlalchemy.engine import URL, make_url

from agent_console.store.dialects import support_for
from agent_console.store.errors import StoreError

log = logging.getLogger(__name__)

SERVICE = "agent-console"
DEFAULT_PORTS = {"postgresql": 5432, "mysql": 3306, "mariadb": 3306}
NO_KEYRING = (
    "This computer has no keyring to keep the password in, so it is asked for at every start. "
    "It is never written to a file."
)
T = TypeVar("T")


@dataclass(frozen=True)
class PasswordRequest:
    """What the sign-in dialog (or terminal prompt) shows."""

    account: str  # login@host:port/db
    message: str
    can_remember: bool  # offer "remember on this computer" only when a keyring exists
    retry: bool = False  # the last password was refused


@dataclass(frozen=True)
class PasswordAnswer:
    password: str
    remember: bool = False


@dataclass(frozen=True)
class KeyringStatus:
    available: bool
    problem: str | None  # why passwords cannot be remembered, for the dialog


class SignInCancelled(StoreError):
    pass


class SignInFailed(StoreError):
    pass


def needs_password(url: str | URL) -> bool:
    parsed = make_url(url)
    return parsed.get_backend_name() != "sqlite" and bool(parsed.username) and not parsed.password


def account_for(url: str | URL) -> str:
    """The keyring user name for a database login: ``login@host:port/db``."""
    parsed = make_url(url)
    port = parsed.port or DEFAULT_PORTS.get(parsed.get_backend_name(), 0)
    return f"{parsed.username}@{parsed.host or 'localhost'}:{port}/{parsed.database or ''}"


def keyring_status(backend: keyring.backend.KeyringBackend | None = None) -> KeyringStatus:
    backend = backend or keyring.get_keyring()
    module = type(backend).__module__
    if module in ("keyring.backends.fail", "keyring.backends.null"):
        return KeyringStatus(False, NO_KEYRING)
    if module.startswith("keyrings.alt"):  # a file on disk, perhaps plaintext: not for passwords
        return KeyringStatus(False, NO_KEYRING)
    if module == "keyring.backends.chainer" and not getattr(backend, "backends", None):
        return KeyringStatus(False, NO_KEYRING)
    return KeyringStatus(True, None)


def resolve_url(
    url: str | URL,
    ask: Callable[[PasswordRequest], PasswordAnswer | None],
    keyring_backend: keyring.backend.KeyringBackend | None = None,
) -> URL:
    """``url`` with its password, from the keyring or from ``ask``; unchanged if it needs none.

    Raises SignInCancelled if the person cancels. Prefer ``sign_in``: it checks the password
    with the server before remembering it, asks again when refused, and asks nothing of a
    server that needs no password.
    """
    parsed = make_url(url)
    if not needs_password(parsed):
        return parsed
    backend = keyring_backend or keyring.get_keyring()
    status = keyring_status(backend)
    account = account_for(parsed)
    stored = _stored(backend, account) if status.available else None
    if stored is not None:
        return parsed.set(password=stored)
    answer = ask(PasswordRequest(account, status.problem or "", status.available))
    if answer is None:
        raise SignInCancelled("Signing in was cancelled; nothing was opened.")
    if answer.remember and status.available:
        _remember(backend, account, answer.password)
    return parsed.set(password=answer.password)


def sign_in(
    url: str | URL,
    ask: Callable[[PasswordRequest], PasswordAnswer | None],
    connect: Callable[[URL], T],
    keyring_backend: keyring.backend.KeyringBackend | None = None,
    attempts: int = 3,
    notice: Callable[[str], None] | None = None,
) -> T:
    """``connect`` with the keyring's password; else with none (trust, peer, certificates);
    else with one asked for, again while the server refuses it.

    A refused password is removed from the keyring; a typed one is remembered (if asked to)
    only once the server has accepted it. ``notice`` hears when it could not be remembered.
    """
    parsed = make_url(url)
    if not needs_password(parsed):
        return connect(parsed)
    backend = keyring_backend or keyring.get_keyring()
    status = keyring_status(backend)
    account = account_for(parsed)
    stored = _stored(backend, account) if status.available else None
    retry = False
    try:
        return _attempt(connect, parsed, stored)
    except _Refused:
        if stored is not None:
            forget_password(parsed, backend)
            retry = True
    for _ in range(attempts):
        message = "The database did not accept that password." if retry else status.problem
        answer = ask(PasswordRequest(account, message or "", status.available, retry))
        if answer is None:
            raise SignInCancelled("Signing in was cancelled; nothing was opened.")
        try:
            result = _attempt(connect, parsed, answer.password)
        except _Refused:
            retry = True
            continue
        if answer.remember and status.available:
            problem = _remember(backend, account, answer.password)
            if problem is not None and notice is not None:
                notice(problem)
        return result
    raise SignInFailed(
        f"The database refused the password for {account} {attempts} times. "
        "Check it with IT; your account may also be locked."
    )


class _Refused(Exception):
    pass


def _attempt(connect: Callable[[URL], T], url: URL, password: str | None) -> T:
    try:
        return connect(url if password is None else url.set(password=password))
    except Exception as exc:
        if is_auth_failure(exc, url):
            log.info("the database refused the login %s", account_for(url))
            raise _Refused from exc
        raise


def forget_password(
    url: str | URL, keyring_backend: keyring.backend.KeyringBackend | None = None
) -> None:
    backend = keyring_backend or keyring.get_keyring()
    if keyring_status(backend).available:
        try:
            backend.delete_password(SERVICE, account_for(url))
        except keyring.errors.KeyringError as exc:
            log.info("could not remove the stored password: %s", type(exc).__name__)


def is_auth_failure(exc: BaseException, url: URL) -> bool:
    """Whether ``exc`` (or what caused it) is the server refusing the login or password."""
    support = support_for(url.get_backend_name())
    seen: BaseException | None = exc
    while seen is not None:
        if support.is_auth_failure(seen):
            return True
        seen = seen.__cause__
    return False


def _stored(backend: keyring.backend.KeyringBackend, account: str) -> str | None:
    try:
        return backend.get_password(SERVICE, account)
    except keyring.errors.KeyringError as exc:  # locked, or the unlock prompt was dismissed
        log.info("the keyring could not be read: %s", type(exc).__name__)
        return None


def _remember(backend: keyring.backend.KeyringBackend, account: str, password: str) -> str | None:
    """Keep the password in the keyring; the reason it could not be, or None."""
    try:
        backend.set_password(SERVICE, account, password)
    except keyring.errors.NoKeyringError:
        log.warning("the password could not be remembered: no keyring")
        return NO_KEYRING
    except keyring.errors.KeyringError as exc:
        log.warning("the password could not be remembered: %s", type(exc).__name__)
        return f"The keyring did not take the password ({type(exc).__name__}); it will be asked for again next time."
    return None
