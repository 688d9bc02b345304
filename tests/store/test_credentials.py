"""Database passwords come from the keyring or a prompt: never a file, never a plaintext fallback."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.backend
import keyring.backends.fail
import keyring.errors
import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL, make_url

from agent_console.core.options import AppOptions
from agent_console.store import migrate
from agent_console.store.agents import ensure_agent
from agent_console.store.credentials import (
    NO_KEYRING,
    SERVICE,
    KeyringStatus,
    PasswordAnswer,
    PasswordRequest,
    SignInCancelled,
    SignInFailed,
    account_for,
    keyring_status,
    needs_password,
    resolve_url,
    sign_in,
)
from agent_console.store.database import Database, open_database
from agent_console.store.records import NewCaller
from agent_console.store.startup import open_workstation
from agent_console.store.sync import start_sync
from tests.servers import Server, ServerUnavailable, postgres_cluster
from tests.store.conftest import MemoryKeyring, server_for, unavailable

PG_URL = "postgresql+psycopg://agent7@db.example:5432/console"


def without_password(url: URL) -> URL:
    return URL.create(
        url.drivername, url.username, None, url.host, url.port, url.database, url.query
    )


class Prompt:
    """Answers the sign-in requests in turn, and keeps them for the test to look at."""

    def __init__(self, *answers: PasswordAnswer | None) -> None:
        self.answers = list(answers)
        self.requests: list[PasswordRequest] = []

    def __call__(self, request: PasswordRequest) -> PasswordAnswer | None:
        self.requests.append(request)
        return self.answers.pop(0)


def test_the_keyring_entry_names_login_host_port_and_database() -> None:
    assert account_for(PG_URL) == "agent7@db.example:5432/console"
    assert account_for("mariadb+pymysql://lead@10.0.0.5/calls") == "lead@10.0.0.5:3306/calls"
    assert account_for("postgresql+psycopg://a@h/d") == account_for(
        "postgresql+psycopg://a@h:5432/d"
    )


@pytest.mark.parametrize(
    ("url", "needed"),
    [
        (PG_URL, True),
        ("postgresql+psycopg://agent7:given@db/console", False),
        ("postgresql+psycopg://db/console", False),  # no login: peer, certificates, ...
        ("sqlite:////tmp/a.sqlite3", False),
    ],
)
def test_only_a_login_without_password_needs_one(url: str, needed: bool) -> None:
    assert needs_password(url) is needed


def test_a_remembered_password_is_used_without_asking(memory_keyring: MemoryKeyring) -> None:
    memory_keyring.set_password(SERVICE, "agent7@db.example:5432/console", "from-keyring")
    prompt = Prompt()
    assert resolve_url(PG_URL, prompt).password == "from-keyring"
    assert prompt.requests == []


def test_a_typed_password_is_remembered_only_when_asked(memory_keyring: MemoryKeyring) -> None:
    once = Prompt(PasswordAnswer("typed", remember=False))
    assert resolve_url(PG_URL, once).password == "typed"
    assert memory_keyring.passwords == {}
    assert once.requests[0].can_remember and once.requests[0].account == account_for(PG_URL)
    kept = Prompt(PasswordAnswer("typed", remember=True))
    resolve_url(PG_URL, kept)
    assert memory_keyring.passwords == {(SERVICE, account_for(PG_URL)): "typed"}


def test_cancelling_the_prompt_opens_nothing() -> None:
    with pytest.raises(SignInCancelled):
        resolve_url(PG_URL, Prompt(None))


def test_without_a_keyring_it_says_so_and_asks_every_time() -> None:
    keyring.set_keyring(keyring.backends.fail.Keyring())  # the fixture restores the memory one
    assert keyring_status() == KeyringStatus(False, NO_KEYRING)
    for _ in range(2):
        prompt = Prompt(PasswordAnswer("typed", remember=True))
        assert resolve_url(PG_URL, prompt).password == "typed"
        request = prompt.requests[0]
        assert not request.can_remember and request.message == NO_KEYRING


class RefusingKeyring(MemoryKeyring):
    """A backend that looks usable but has nowhere to write (NoKeyringError on set)."""

    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.NoKeyringError("no backend")


def test_a_keyring_that_cannot_store_is_reported_not_worked_around() -> None:
    notices: list[str] = []
    backend = RefusingKeyring()
    prompt = Prompt(PasswordAnswer("typed", remember=True))
    refused_without_password = Refuser(times=1)
    url = sign_in(PG_URL, prompt, refused_without_password, backend, notice=notices.append)
    assert refused_without_password.passwords == [None, "typed"] and url.password == "typed"
    assert notices == [NO_KEYRING] and backend.passwords == {}


class PlaintextFileKeyring(MemoryKeyring):
    """Stands for keyrings.alt's file backends, which keep passwords in a file."""


PlaintextFileKeyring.__module__ = "keyrings.alt.file"


def test_a_file_based_keyring_is_never_used() -> None:
    backend = PlaintextFileKeyring()
    assert keyring_status(backend).available is False
    resolve_url(PG_URL, Prompt(PasswordAnswer("typed", remember=True)), backend)
    assert backend.passwords == {}


class Refuser:
    """A fake server's connect: refuses the login ``times`` times, like PostgreSQL does."""

    def __init__(self, times: int) -> None:
        self.times = times
        self.passwords: list[str | None] = []

    def __call__(self, url: URL) -> URL:
        self.passwords.append(url.password)
        if len(self.passwords) <= self.times:
            raise OSError('FATAL:  password authentication failed for user "agent7"')
        return url


def test_the_password_never_reaches_the_log(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    prompt = Prompt(PasswordAnswer("wrong-Secret-1"), PasswordAnswer("right-Secret-2", True))
    url = sign_in(PG_URL, prompt, Refuser(times=2))
    assert url.password == "right-Secret-2"
    assert "Secret" not in caplog.text


def test_three_refusals_end_the_sign_in() -> None:
    prompt = Prompt(*(PasswordAnswer(f"bad{i}") for i in range(3)))
    with pytest.raises(SignInFailed, match="3 times"):
        sign_in(PG_URL, prompt, Refuser(times=99))
    assert [r.retry for r in prompt.requests] == [False, True, True]


# Real servers: a login with a password on MariaDB and on a PostgreSQL that demands one.


@pytest.fixture
def mariadb_login(servers: dict[str, Server | str]) -> Iterator[str]:
    server = server_for(servers, "mariadb")
    url = server.create_database()
    login = f"agent_{uuid.uuid4().hex[:8]}"
    admin = create_engine(server.admin_url, isolation_level="AUTOCOMMIT")
    database = make_url(url).database
    with admin.connect() as conn:
        conn.execute(text(f"CREATE USER '{login}'@'%' IDENTIFIED BY 'Right-Pass-1'"))
        conn.execute(text(f"GRANT ALL ON `{database}`.* TO '{login}'@'%'"))
    yield without_password(make_url(url).set(username=login)).render_as_string(hide_password=False)
    with admin.connect() as conn:
        conn.execute(text(f"DROP USER '{login}'@'%'"))
    admin.dispose()
    server.drop_database(url)


def _open(url: URL) -> Database:
    return open_database(url, migrate_embedded=False)


def test_mariadb_sign_in_asks_retries_and_remembers(
    mariadb_login: str, memory_keyring: MemoryKeyring
) -> None:
    engine_url = make_url(mariadb_login)
    first = Prompt(PasswordAnswer("wrong"), PasswordAnswer("Right-Pass-1", remember=True))
    conn_url = sign_in(engine_url, first, _check_login)
    assert conn_url.password == "Right-Pass-1"
    assert [r.retry for r in first.requests] == [False, True]
    assert memory_keyring.get_password(SERVICE, account_for(engine_url)) == "Right-Pass-1"
    # Next start: straight from the keyring. After a password change: the old one is dropped.
    assert sign_in(engine_url, Prompt(), _check_login).password == "Right-Pass-1"
    memory_keyring.set_password(SERVICE, account_for(engine_url), "changed-since")
    again = Prompt(PasswordAnswer("Right-Pass-1"))
    sign_in(engine_url, again, _check_login)
    assert again.requests[0].retry
    assert memory_keyring.get_password(SERVICE, account_for(engine_url)) is None


def _check_login(url: URL) -> URL:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    finally:
        engine.dispose()
    return url


@pytest.fixture
def pg_with_password() -> Iterator[str]:
    """A PostgreSQL that wants a password over TCP (scram-sha-256), migrated."""
    try:
        with postgres_cluster(password="Pg-Secret-77") as cluster:
            engine = create_engine(cluster.url)
            migrate.upgrade(engine)
            engine.dispose()
            yield cluster.url
    except ServerUnavailable as exc:
        unavailable(str(exc))


def test_postgresql_sign_in_opens_the_workstation_and_writes_no_password(
    pg_with_password: str, tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    without = without_password(make_url(pg_with_password))
    prompt = Prompt(PasswordAnswer("nope"), PasswordAnswer("Pg-Secret-77", remember=True))
    db = sign_in(without, prompt, _open)
    assert [r.retry for r in prompt.requests] == [False, True]
    assert "Pg-Secret-77" not in db.display_url
    with db.session() as session:
        agent = ensure_agent(session, "signed-in")
    sync = start_sync(db, agent, tmp_path, on_changes=lambda c: None, on_status=lambda s: None)
    sync.writer.create_caller(NewCaller("Queued Caller", ("+44 20 7946 0958",)), "GB")
    sync.stop()
    db.dispose()
    files = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert files and all(b"Pg-Secret-77" not in p.read_bytes() for p in files)
    assert memory_keyring.get_password(SERVICE, account_for(without)) == "Pg-Secret-77"


def test_a_server_that_needs_no_password_is_not_asked_for_one(
    servers: dict[str, Server | str],
) -> None:
    server = server_for(servers, "postgresql")  # trust authentication
    url = make_url(server.admin_url)
    assert needs_password(url)
    assert sign_in(url, Prompt(), _check_login).password is None


def test_a_workstation_signs_in_with_the_keyring_or_says_why_it_cannot(
    pg_with_password: str, tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    url = without_password(make_url(pg_with_password)).render_as_string(hide_password=False)
    options = AppOptions(data_dir=tmp_path, db_url=url)
    with pytest.raises(SignInFailed, match="none is remembered"):
        open_workstation(options)
    prompt = Prompt(PasswordAnswer("Pg-Secret-77", remember=True))
    open_workstation(options, ask_password=prompt).db.dispose()
    open_workstation(options).db.dispose()  # the next start: from the keyring, no dialog
    assert len(prompt.requests) == 1
