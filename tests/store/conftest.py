"""Store fixtures: every store test runs on SQLite, PostgreSQL and MariaDB.

The server databases are migrated once per run and emptied before each test.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.backend
import keyring.errors
import pytest
from sqlalchemy import delete

from agent_console.store import migrate
from agent_console.store.agents import ensure_agent
from agent_console.store.database import Database, make_engine, open_database, sqlite_url
from agent_console.store.models import Base
from agent_console.store.records import AgentRef
from tests.servers import (
    PostgresCluster,
    Server,
    ServerUnavailable,
    mariadb,
    postgres_cluster,
    postgresql,
    servers_required,
)

BACKENDS = ["sqlite", "postgresql", "mariadb"]
_STARTERS = {"postgresql": postgresql, "mariadb": mariadb}


@pytest.fixture(scope="session")
def servers() -> Iterator[dict[str, Server | str]]:
    """Each backend's server, or the reason it could not be had; started on first use."""
    found: dict[str, Server | str] = {}
    with contextlib.ExitStack() as stack:

        class Lazy(dict[str, Server | str]):
            def __missing__(self, backend: str) -> Server | str:
                try:
                    self[backend] = stack.enter_context(_STARTERS[backend]())
                except ServerUnavailable as exc:
                    self[backend] = str(exc)
                return self[backend]

        found = Lazy()
        yield found


def server_for(servers: dict[str, Server | str], backend: str) -> Server:
    server = servers[backend]
    if isinstance(server, str):
        if servers_required():
            pytest.fail(f"{backend} is required (AGENT_CONSOLE_REQUIRE_SERVERS=1): {server}")
        pytest.skip(f"no {backend} server: {server}")
    return server


@pytest.fixture(scope="session")
def migrated_urls(servers: dict[str, Server | str]) -> Iterator[dict[str, str]]:
    """One migrated database per server backend, made on first use."""
    urls: dict[str, str] = {}
    yield urls
    for backend, url in urls.items():
        server = servers[backend]
        if isinstance(server, Server):
            with contextlib.suppress(Exception):
                server.drop_database(url)


def _empty(database: Database) -> None:
    with database.session() as session:
        for table in reversed(Base.metadata.sorted_tables):
            session.execute(delete(table))


@pytest.fixture(params=BACKENDS)
def db(
    request: pytest.FixtureRequest,
    tmp_path: Path,
    servers: dict[str, Server | str],
    migrated_urls: dict[str, str],
) -> Iterator[Database]:
    backend: str = request.param
    if backend == "sqlite":
        database = open_database(sqlite_url(tmp_path / "test.sqlite3"))
    else:
        if backend not in migrated_urls:
            server = server_for(servers, backend)
            url = server.create_database()
            engine = make_engine(url)
            migrate.upgrade(engine)
            engine.dispose()
            migrated_urls[backend] = url
        database = open_database(migrated_urls[backend])
        _empty(database)
    yield database
    database.dispose()


@pytest.fixture
def sqlite_db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(sqlite_url(tmp_path / "test.sqlite3"))
    yield database
    database.dispose()


@pytest.fixture
def agent(db: Database) -> AgentRef:
    with db.session() as session:
        return ensure_agent(session, "tester", "Test Agent")


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A keyring that lives in a dict, so no test ever touches the machine's real one."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.passwords.pop((service, username), None) is None:
            raise keyring.errors.PasswordDeleteError(username)


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    memory = MemoryKeyring()
    keyring.set_keyring(memory)
    yield memory
    keyring.set_keyring(previous)


def unavailable(reason: str) -> None:
    """Skip a server test with the reason, or fail it when CI demands the servers."""
    if servers_required():
        pytest.fail(f"a server is required (AGENT_CONSOLE_REQUIRE_SERVERS=1): {reason}")
    pytest.skip(reason)


@pytest.fixture
def pg_cluster() -> Iterator[PostgresCluster]:
    """A PostgreSQL server of this test's own, which it may stop and start again."""
    try:
        with postgres_cluster() as cluster:
            yield cluster
    except ServerUnavailable as exc:
        unavailable(str(exc))
