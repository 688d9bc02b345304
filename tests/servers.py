"""Real PostgreSQL and MariaDB servers for the tests: given by URL, or started just for the run.

``AGENT_CONSOLE_TEST_PG_URL`` / ``AGENT_CONSOLE_TEST_MYSQL_URL`` name a server where the tests may
create and drop databases. Without them a throwaway server is started from the installed
binaries in a temporary folder and stopped at the end. When neither works the server tests
are skipped with the reason, unless ``AGENT_CONSOLE_REQUIRE_SERVERS=1`` (CI sets it): then
they fail, so CI can never skip them silently.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import tempfile
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

PG_BIN = Path("/usr/lib/postgresql/15/bin")
REQUIRE_ENV = "AGENT_CONSOLE_REQUIRE_SERVERS"


class ServerUnavailable(RuntimeError):
    pass


def servers_required() -> bool:
    return os.environ.get(REQUIRE_ENV) == "1"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Server:
    """A server the tests may create databases on."""

    backend: str  # "postgresql" or "mariadb"
    admin_url: str
    stop: object = None

    def create_database(self) -> str:
        name = f"ac_test_{uuid.uuid4().hex[:12]}"
        engine = create_engine(self.admin_url, isolation_level="AUTOCOMMIT")
        with engine.connect() as conn:
            if self.backend == "postgresql":
                conn.execute(text(f"CREATE DATABASE \"{name}\" ENCODING 'UTF8'"))
            else:
                conn.execute(
                    text(
                        f"CREATE DATABASE `{name}` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
                    )
                )
        engine.dispose()
        return make_url(self.admin_url).set(database=name).render_as_string(hide_password=False)

    def drop_database(self, url: str) -> None:
        name = make_url(url).database
        engine = create_engine(self.admin_url, isolation_level="AUTOCOMMIT")
        with engine.connect() as conn:
            if self.backend == "postgresql":
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            else:
                conn.execute(text(f"DROP DATABASE IF EXISTS `{name}`"))
        engine.dispose()


def _wait_for(url: str, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while True:
        try:
            engine = create_engine(url)
            with engine.connect() as conn:
                conn.execute(text("SELECT 1"))
            engine.dispose()
            return
        except Exception as exc:
            if time.monotonic() > deadline:
                raise ServerUnavailable(f"server at {url} did not answer: {exc}") from exc
            time.sleep(0.2)


class PostgresCluster:
    """A throwaway PostgreSQL cluster in a temporary folder, which a test may stop and start.

    With ``password``, TCP logins need it (scram-sha-256), so sign-in can be tested for real.
    """

    def __init__(self, password: str | None = None) -> None:
        if not (PG_BIN / "initdb").exists():
            raise ServerUnavailable(f"no PostgreSQL binaries in {PG_BIN}")
        self.base = Path(tempfile.mkdtemp(prefix="ac-pg-"))
        shutil.chown(self.base, "postgres", "postgres")
        self.port = free_port()
        self.data_dir = self.base / "data"
        self.log = self.base / "pg.log"
        self.password = password
        login = f"postgres:{password}" if password else "postgres"
        self.url = f"postgresql+psycopg://{login}@127.0.0.1:{self.port}/postgres"

    def _pg(self, *args: str) -> None:
        cmd = [*args]
        if os.geteuid() == 0:  # initdb and pg_ctl refuse to run as root
            cmd = ["runuser", "-u", "postgres", "--", *cmd]
        subprocess.run(cmd, check=True, capture_output=True, timeout=120)

    def init(self) -> None:
        auth = ["--auth=trust"]
        if self.password:
            pwfile = self.base / "pw"
            pwfile.write_text(self.password)
            shutil.chown(pwfile, "postgres", "postgres")
            auth = ["--auth-local=trust", "--auth-host=scram-sha-256", f"--pwfile={pwfile}"]
        self._pg(
            str(PG_BIN / "initdb"), "-D", str(self.data_dir), "-U", "postgres", *auth,
            "-E", "UTF8", "--locale=C.UTF-8", "--no-sync",
        )  # fmt: skip

    def start(self) -> None:
        self._pg(
            str(PG_BIN / "pg_ctl"), "-D", str(self.data_dir), "-l", str(self.log), "-w",
            "-o", f"-p {self.port} -k {self.base} -c listen_addresses=127.0.0.1 -F", "start",
        )  # fmt: skip

    def stop(self, mode: str = "immediate") -> None:
        """``immediate`` is a crash: no clean shutdown, clients see their connections die."""
        self._pg(str(PG_BIN / "pg_ctl"), "-D", str(self.data_dir), "-m", mode, "-w", "stop")

    def remove(self) -> None:
        with contextlib.suppress(Exception):
            self.stop()
        shutil.rmtree(self.base, ignore_errors=True)

    @property
    def server(self) -> Server:
        return Server("postgresql", self.url)


@contextlib.contextmanager
def postgres_cluster(password: str | None = None) -> Iterator[PostgresCluster]:
    """A started throwaway cluster, removed at the end; ServerUnavailable if it cannot start."""
    cluster = PostgresCluster(password)
    try:
        cluster.init()
        cluster.start()
    except (subprocess.CalledProcessError, OSError) as exc:
        cluster.remove()
        raise ServerUnavailable(f"could not start a throwaway PostgreSQL: {exc}") from exc
    try:
        _wait_for(cluster.url)
        yield cluster
    finally:
        cluster.remove()


@contextlib.contextmanager
def postgresql() -> Iterator[Server]:
    given = os.environ.get("AGENT_CONSOLE_TEST_PG_URL")
    if given:
        _wait_for(given, 10)
        yield Server("postgresql", given)
        return
    if not (PG_BIN / "initdb").exists():
        raise ServerUnavailable(
            f"no AGENT_CONSOLE_TEST_PG_URL and no PostgreSQL binaries in {PG_BIN}"
        )
    with postgres_cluster() as cluster:
        yield cluster.server


@contextlib.contextmanager
def mariadb() -> Iterator[Server]:
    given = os.environ.get("AGENT_CONSOLE_TEST_MYSQL_URL")
    if given:
        _wait_for(given, 10)
        yield Server("mariadb", given)
        return
    mariadbd = shutil.which("mariadbd") or "/usr/sbin/mariadbd"
    install = shutil.which("mariadb-install-db")
    if not Path(mariadbd).exists() or install is None:
        raise ServerUnavailable("no AGENT_CONSOLE_TEST_MYSQL_URL and no MariaDB server installed")
    base = Path(tempfile.mkdtemp(prefix="ac-maria-"))
    user = "mysql" if os.geteuid() == 0 else os.environ.get("USER", "")
    if os.geteuid() == 0:
        shutil.chown(base, "mysql", "mysql")
    port = free_port()
    data = base / "data"
    try:
        subprocess.run(
            [
                install,
                f"--user={user}",
                f"--datadir={data}",
                "--auth-root-authentication-method=normal",
                "--skip-test-db",
            ],
            check=True,
            capture_output=True,
            timeout=120,
        )
    except (subprocess.CalledProcessError, OSError) as exc:
        shutil.rmtree(base, ignore_errors=True)
        raise ServerUnavailable(f"could not initialise a throwaway MariaDB: {exc}") from exc
    process = subprocess.Popen(
        [
            mariadbd,
            "--no-defaults",
            f"--user={user}",
            f"--datadir={data}",
            f"--socket={base}/sock",
            f"--port={port}",
            "--bind-address=127.0.0.1",
            "--skip-name-resolve",
            "--innodb-flush-log-at-trx-commit=0",
            f"--log-error={base}/error.log",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"mysql+pymysql://root@127.0.0.1:{port}/mysql?charset=utf8mb4"
    try:
        _wait_for(url)
        yield Server("mariadb", url)
    finally:
        process.kill()
        process.wait(timeout=30)
        shutil.rmtree(base, ignore_errors=True)
