"""Signing in to the shared database: a login and a password, from the OS keyring or typed.

The keyring entry is service ``agent-console``, user ``<login>@<host>:<port>/<db>``. Where the
computer has no keyring (headless Linux), the person is asked at every start and told why;
there is deliberately no plaintext fallback, and file-based ``keyrings.alt`` stores are refused.

The config's URL may name a default login (or none); the login the person types replaces it.
A failed attempt is one of ``WrongPassword``, ``AccountDisabled`` or ``ServerUnreachable``
(all ``SignInFailed``), whose text says what to do; no message or log line holds the password.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
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


class SignInCancelled(StoreError):
    pass


class SignInFailed(StoreError):
    pass


class WrongPassword(SignInFailed):
    """The server refused the login or the password (it does not say which)."""


class AccountDisabled(SignInFailed):
    """The login exists but is locked or may not log in."""


class ServerUnreachable(SignInFailed):
    """The server did not answer: refused, unknown host, timeout, network down."""


@dataclass(frozen=True)
class PasswordRequest:
    """What the sign-in dialog (or terminal prompt) shows."""

    account: str  # login@host:port/db
    message: str
    can_remember: bool  # offer "remember on this computer" only when a keyring exists
    retry: bool = False  # the last attempt failed (``problem`` says how)
    login: str = ""  # the login to show: the last one tried, or the config's default
    server: str = ""  # host:port/db, so the person sees where they sign in
    problem: SignInFailed | None = None  # why the last attempt failed


@dataclass(frozen=True)
class PasswordAnswer:
    password: str = field(repr=False)
    remember: bool = False
    login: str | None = None  # replaces the config URL's login when given


class SignInRequired(StoreError):
    """Nothing in the keyring signs this person in: the sign-in dialog must ask (``request``)."""

    routine = True  # the usual start on a shared database, not a problem worth a warning

    def __init__(self, request: PasswordRequest) -> None:
        shown = str(request.problem) if request.problem else "Sign in with your login and password."
        super().__init__(shown)
        self.request = request


@dataclass(frozen=True)
class TypedSignIn:
    """An ``ask`` for ``sign_in`` holding what the sign-in dialog already took: it is tried
    first (not the keyring), and a failure is raised as its ``SignInFailed``, never asked again.
    """

    answer: PasswordAnswer

    def __call__(self, request: PasswordRequest) -> PasswordAnswer | None:
        if request.problem is not None:
            raise request.problem
        return self.answer


@dataclass(frozen=True)
class KeyringStatus:
    available: bool
    problem: str | None  # why passwords cannot be remembered, for the dialog


def needs_password(url: str | URL) -> bool:
    parsed = make_url(url)
    return parsed.get_backend_name() != "sqlite" and bool(parsed.username) and not parsed.password


def account_for(url: str | URL) -> str:
    """The keyring user name for a database login: ``login@host:port/db``."""
    parsed = make_url(url)
    port = parsed.port or DEFAULT_PORTS.get(parsed.get_backend_name(), 0)
    return f"{parsed.username or ''}@{parsed.host or 'localhost'}:{port}/{parsed.database or ''}"


def server_for(url: str | URL) -> str:
    """Where the database is, for people: ``host:port/db``."""
    parsed = make_url(url)
    port = parsed.port or DEFAULT_PORTS.get(parsed.get_backend_name(), 0)
    return f"{parsed.host or 'localhost'}:{port}/{parsed.database or ''}"


def with_login(url: str | URL, login: str | None) -> URL:
    """``url`` signing in as ``login`` (the typed login replaces the config's); no password."""
    parsed = make_url(url)
    login = (login or "").strip() or parsed.username
    return URL.create(
        parsed.drivername, login, None, parsed.host, parsed.port, parsed.database, parsed.query
    )


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


def sign_in_request(
    url: str | URL,
    login: str | None = None,
    problem: StoreError | None = None,
    keyring_backend: keyring.backend.KeyringBackend | None = None,
) -> PasswordRequest:
    """What the sign-in dialog shows for ``url`` (signing in as ``login``), with ``problem``.

    Touches the keyring (it may be slow): call it off the GUI thread.
    """
    status = keyring_status(keyring_backend or keyring.get_keyring())
    target = with_login(url, login)
    failed = problem if isinstance(problem, SignInFailed) else None
    if problem is not None and failed is None:
        failed = SignInFailed(str(problem))
    return PasswordRequest(
        account_for(target), str(failed) if failed else (status.problem or ""),
        status.available, failed is not None, target.username or "", server_for(url), failed,
    )  # fmt: skip


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
    else with a login and password asked for, again while the server refuses them.

    A refused password is removed from the keyring; a typed one is remembered (if asked to)
    only once the server has accepted it. ``notice`` hears when it could not be remembered.
    With a ``TypedSignIn`` as ``ask`` its login and password are tried first and only.
    An unreachable server or a disabled account met before anything was typed is raised at
    once (``ServerUnreachable``, ``AccountDisabled``): typing a password cannot help.
    """
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        return connect(parsed)
    if parsed.password:  # IT put a password in the URL itself (a service login): nothing to ask
        return _attempt(connect, parsed, None)
    backend = keyring_backend or keyring.get_keyring()
    status = keyring_status(backend)
    problem: SignInFailed | None = None
    if not isinstance(ask, TypedSignIn):
        stored = (
            _stored(backend, account_for(parsed)) if status.available and parsed.username else None
        )
        try:
            return _attempt(connect, parsed, stored)
        except WrongPassword as exc:
            if stored is not None:
                forget_password(parsed, backend)
                problem = exc
    login = parsed.username or ""
    refusals = 0
    while True:
        target = with_login(parsed, login)
        message = str(problem) if problem is not None else (status.problem or "")
        request = PasswordRequest(
            account_for(target), message, status.available, problem is not None,
            login, server_for(parsed), problem,
        )  # fmt: skip
        answer = ask(request)
        if answer is None:
            raise SignInCancelled("Signing in was cancelled; nothing was opened.")
        login = (answer.login or login).strip()
        target = with_login(parsed, login)
        try:
            result = _attempt(connect, target, answer.password)
        except WrongPassword as exc:
            refusals += 1
            if refusals >= attempts:
                raise WrongPassword(
                    f"The database refused the password for {account_for(target)} {attempts} "
                    "times. Check your login and password with IT or your team lead; your "
                    "account may also be locked."
                ) from None
            problem = exc
            continue
        except (AccountDisabled, ServerUnreachable) as exc:
            problem = exc
            continue
        if answer.remember and status.available:
            problem_text = _remember(backend, account_for(target), answer.password)
            if problem_text is not None and notice is not None:
                notice(problem_text)
        return result


def _attempt(connect: Callable[[URL], T], url: URL, password: str | None) -> T:
    """``connect``, with a failure to sign in raised as the ``SignInFailed`` it stands for.

    The raised error does not chain the driver's (its text names hosts and users, and some
    drivers echo connection parameters): what is logged is the kind and the account only.
    """
    try:
        return connect(url if password is None else url.set(password=password))
    except Exception as exc:
        failure = classify_sign_in_failure(exc, url)
        if failure is None:
            raise
        log.info("signing in as %s failed: %s", account_for(url), type(failure).__name__)
    raise failure


def classify_sign_in_failure(exc: BaseException, url: URL) -> SignInFailed | None:
    """The ``SignInFailed`` that ``exc`` (raised while connecting to ``url``) stands for."""
    login = url.username or "(no login)"
    if _any_cause(exc, support_for(url.get_backend_name()).is_account_disabled):
        return AccountDisabled(
            f"The account '{login}' is locked or disabled on the database server, so it cannot "
            "sign in. Ask your team lead or IT to enable it, or sign in with another login."
        )
    if is_auth_failure(exc, url):
        return WrongPassword(
            f"The database did not accept the login '{login}' with that password. Check both "
            "(Caps Lock?) and try again; if you have forgotten it, ask IT or your team lead to "
            "reset it."
        )
    if _any_cause(exc, support_for(url.get_backend_name()).is_unreachable):
        return ServerUnreachable(
            f"The database server {server_for(url)} could not be reached. Check the network "
            "connection and try again; if it keeps happening, ask IT whether the server is up."
        )
    return None


def _any_cause(exc: BaseException, test: Callable[[BaseException], bool]) -> bool:
    seen: BaseException | None = exc
    while seen is not None:
        if test(seen):
            return True
        seen = seen.__cause__
    return False


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
    return _any_cause(exc, support_for(url.get_backend_name()).is_auth_failure)


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
