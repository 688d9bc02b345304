"""Signing in with a login: each way it can fail is told apart and says what to do.

Real servers throughout: a PostgreSQL that wants passwords over TCP (scram-sha-256), the
MariaDB of the store fixtures, and a port nothing listens on.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL, make_url

from agent_console.store.credentials import (
    SERVICE,
    AccountDisabled,
    PasswordAnswer,
    PasswordRequest,
    ServerUnreachable,
    SignInFailed,
    TypedSignIn,
    WrongPassword,
    account_for,
    sign_in,
)
from tests.servers import PostgresCluster, Server, ServerUnavailable, free_port, postgres_cluster
from tests.store.conftest import MemoryKeyring, server_for, unavailable

ADMIN_PASSWORD = "Adm1n-Pg-Secret"


def check_login(url: URL) -> URL:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    finally:
        engine.dispose()
    return url


class NeverAsk:
    def __init__(self) -> None:
        self.requests: list[PasswordRequest] = []

    def __call__(self, request: PasswordRequest) -> PasswordAnswer | None:
        self.requests.append(request)
        raise AssertionError("nothing should have been asked")


@pytest.fixture(scope="module")
def pg() -> Iterator[PostgresCluster]:
    """A PostgreSQL wanting passwords, with logins dana (can log in) and omar (NOLOGIN)."""
    try:
        with postgres_cluster(password=ADMIN_PASSWORD) as cluster:
            admin = create_engine(cluster.url, isolation_level="AUTOCOMMIT")
            with admin.connect() as conn:
                conn.execute(text("CREATE ROLE dana LOGIN PASSWORD 'Dana-Pass-1'"))
                conn.execute(text("CREATE ROLE omar NOLOGIN PASSWORD 'Omar-Pass-1'"))
            admin.dispose()
            yield cluster
    except ServerUnavailable as exc:
        unavailable(str(exc))


def config_url(cluster: PostgresCluster, login: str | None = "postgres") -> URL:
    """The URL as IT configures it: a default login (or none), never a password."""
    return URL.create("postgresql+psycopg", login, None, "127.0.0.1", cluster.port, "postgres")


def test_the_typed_login_replaces_the_configured_one_and_is_remembered_under_its_name(
    pg: PostgresCluster, memory_keyring: MemoryKeyring
) -> None:
    typed = TypedSignIn(PasswordAnswer("Dana-Pass-1", remember=True, login="dana"))
    url = sign_in(config_url(pg), typed, check_login)
    assert url.username == "dana"
    dana = account_for(config_url(pg, "dana"))
    assert memory_keyring.passwords == {(SERVICE, dana): "Dana-Pass-1"}


def test_a_url_without_a_login_asks_for_one(pg: PostgresCluster) -> None:
    asked: list[PasswordRequest] = []

    def ask(request: PasswordRequest) -> PasswordAnswer:
        asked.append(request)
        return PasswordAnswer("Dana-Pass-1", login="dana")

    assert sign_in(config_url(pg, None), ask, check_login).username == "dana"
    assert asked[0].login == "" and asked[0].server == f"127.0.0.1:{pg.port}/postgres"


def test_a_wrong_password_says_so_and_how_to_get_help(pg: PostgresCluster) -> None:
    with pytest.raises(WrongPassword) as caught:
        sign_in(config_url(pg), TypedSignIn(PasswordAnswer("Wrong-1", login="dana")), check_login)
    message = str(caught.value)
    assert "'dana'" in message and "ask IT or your team lead" in message
    assert "Wrong-1" not in message and caught.value.__cause__ is None


def test_a_login_that_may_not_log_in_is_told_apart_from_a_wrong_password(
    pg: PostgresCluster,
) -> None:
    typed = TypedSignIn(PasswordAnswer("Omar-Pass-1", login="omar"))
    with pytest.raises(AccountDisabled, match="locked or disabled") as caught:
        sign_in(config_url(pg), typed, check_login)
    assert "Omar-Pass-1" not in str(caught.value)


def test_a_dialog_hears_each_failure_and_may_try_again(pg: PostgresCluster) -> None:
    """An interactive ask gets the failure (typed) with the login tried, and a second go."""
    answers = [
        PasswordAnswer("Omar-Pass-1", login="omar"),
        PasswordAnswer("nope", login="dana"),
        PasswordAnswer("Dana-Pass-1", login="dana"),
    ]
    asked: list[PasswordRequest] = []

    def ask(request: PasswordRequest) -> PasswordAnswer:
        asked.append(request)
        return answers.pop(0)

    assert sign_in(config_url(pg, None), ask, check_login).username == "dana"
    assert [type(r.problem) for r in asked] == [type(None), AccountDisabled, WrongPassword]
    assert [r.login for r in asked] == ["", "omar", "dana"]


def test_a_remembered_password_for_a_disabled_account_is_not_retried_by_asking(
    pg: PostgresCluster, memory_keyring: MemoryKeyring
) -> None:
    memory_keyring.set_password(SERVICE, account_for(config_url(pg, "omar")), "Omar-Pass-1")
    never = NeverAsk()
    with pytest.raises(AccountDisabled):
        sign_in(config_url(pg, "omar"), never, check_login)
    assert never.requests == []


@pytest.mark.parametrize(
    "url",
    [
        f"postgresql+psycopg://dana@127.0.0.1:{free_port()}/console",
        f"mysql+pymysql://dana@127.0.0.1:{free_port()}/console",
        "postgresql+psycopg://dana@no-such-host.invalid:5432/console",
        "mysql+pymysql://dana@no-such-host.invalid:3306/console",
    ],
)
def test_an_unreachable_server_is_said_at_once_without_asking_for_a_password(url: str) -> None:
    never = NeverAsk()
    with pytest.raises(ServerUnreachable) as caught:
        sign_in(url, never, check_login)
    assert "could not be reached" in str(caught.value)
    assert "network" in str(caught.value) and "ask IT" in str(caught.value)
    assert str(make_url(url).host) in str(caught.value)
    assert isinstance(caught.value, SignInFailed) and never.requests == []


@pytest.fixture
def mariadb_logins(servers: dict[str, Server | str]) -> Iterator[tuple[URL, str, str]]:
    """A MariaDB database with two logins: one that works and one IT locked."""
    server = server_for(servers, "mariadb")
    url = server.create_database()
    database = make_url(url).database
    works, locked = (f"u{uuid.uuid4().hex[:8]}" for _ in range(2))
    admin = create_engine(server.admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        for login in (works, locked):
            conn.execute(text(f"CREATE USER '{login}'@'%' IDENTIFIED BY 'Maria-Pass-1'"))
            conn.execute(text(f"GRANT ALL ON `{database}`.* TO '{login}'@'%'"))
        conn.execute(text(f"ALTER USER '{locked}'@'%' ACCOUNT LOCK"))
    parsed = make_url(url)
    yield (
        URL.create(parsed.drivername, None, None, parsed.host, parsed.port, database),
        works,
        locked,
    )
    with admin.connect() as conn:
        for login in (works, locked):
            conn.execute(text(f"DROP USER '{login}'@'%'"))
    admin.dispose()
    server.drop_database(url)


def test_mariadb_tells_a_locked_account_from_a_wrong_password(
    mariadb_logins: tuple[URL, str, str],
) -> None:
    url, works, locked = mariadb_logins
    with pytest.raises(AccountDisabled):
        sign_in(url, TypedSignIn(PasswordAnswer("Maria-Pass-1", login=locked)), check_login)
    with pytest.raises(WrongPassword):
        sign_in(url, TypedSignIn(PasswordAnswer("not-it", login=works)), check_login)
    signed_in = sign_in(url, TypedSignIn(PasswordAnswer("Maria-Pass-1", login=works)), check_login)
    assert signed_in.username == works
