"""Many workstations, one truth, nothing lost: real processes on a real PostgreSQL.

Each workstation is ``tests/shared_workstation.py`` in its own process with its own data dir.
The server is stopped (``pg_ctl stop -m immediate``) or the workstation killed (SIGKILL)
in the middle of delivering; afterwards the shared database holds every incident, once.
"""

from __future__ import annotations

import json
import os
import queue
import signal
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from agent_console.store import migrate
from agent_console.store.agents import ensure_agent
from agent_console.store.callers import create_caller
from agent_console.store.database import Database, make_engine, open_database
from agent_console.store.models import AuditEvent, ChangeLog, Incident
from agent_console.store.records import NewCaller
from tests.servers import PostgresCluster, Server
from tests.shared_workstation import incident_id
from tests.store import conftest as store_fixtures
from tests.store.conftest import server_for

# The store's fixtures, by name, for this module.
servers = store_fixtures.servers
pg_cluster = store_fixtures.pg_cluster

HELPER = Path(__file__).with_name("shared_workstation.py")
COUNT = 500

pytestmark = pytest.mark.servers


class Workstation:
    """One helper process; its stdout lines are read on a thread into a queue of events."""

    def __init__(self, data_dir: Path, url: str, mode: str, *args: str) -> None:
        self.process = subprocess.Popen(
            [sys.executable, str(HELPER), mode, "--db", url, "--data-dir", str(data_dir), *args],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )  # fmt: skip
        self.events: queue.Queue[dict[str, Any]] = queue.Queue()
        self.seen: list[dict[str, Any]] = []
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.events.put(json.loads(line))

    def wait_for(self, event: str, seconds: float = 60, **fields: Any) -> dict[str, Any]:
        """The first such event, whether it came already or comes within ``seconds``."""

        def matches(found: dict[str, Any]) -> bool:
            return found["event"] == event and all(found.get(k) == v for k, v in fields.items())

        for found in self.seen:
            if matches(found):
                return found
        deadline = time.monotonic() + seconds
        while True:
            left = deadline - time.monotonic()
            try:
                found = self.events.get(timeout=max(0.01, left))
            except queue.Empty:
                found = None
            if found is not None:
                self.seen.append(found)
                if matches(found):
                    return found
            if time.monotonic() > deadline:
                raise AssertionError(f"no {event} within {seconds} s; stderr: {self.stderr()}")

    def incidents_seen(self) -> set[str]:
        """Every incident this workstation's change feed has reported."""
        self.submitted()
        return {i for e in self.seen if e["event"] == "changes" for i in e["incidents"]}

    def submitted(self) -> int:
        while not self.events.empty():
            self.seen.append(self.events.get())
        return sum(1 for e in self.seen if e["event"] == "submitted")

    def go(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write("go\n")
        self.process.stdin.flush()

    def stderr(self) -> str:
        if self.process.poll() is None:
            return "(still running)"
        assert self.process.stderr is not None
        return self.process.stderr.read()[-3000:]

    def finish(self, seconds: float = 120) -> None:
        assert self.process.wait(seconds) == 0, self.stderr()

    def close(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait(10)
        for pipe in (self.process.stdin, self.process.stdout, self.process.stderr):
            if pipe is not None:
                pipe.close()


@pytest.fixture
def workstations() -> Iterator[list[Workstation]]:
    started: list[Workstation] = []
    yield started
    for workstation in started:
        workstation.close()


def prepare(url: str) -> uuid.UUID:
    """IT upgraded the shared database; one caller is on file."""
    engine = make_engine(url)
    migrate.upgrade(engine)
    engine.dispose()
    db = open_database(url)
    with db.session() as session:
        agent = ensure_agent(session, "setup")
        caller, _ = create_caller(
            session, NewCaller("Shared Caller", ("+44 20 7946 0958",)), "GB", agent
        )
    db.dispose()
    return caller.id


def stored(url: str, prefix: str) -> tuple[set[uuid.UUID], int, int]:
    """The expected incidents found, and how many incident and audit/change rows exist."""
    db: Database = open_database(url)
    with db.session() as session:
        ids = set(session.scalars(select(Incident.id)))
        rows = session.scalar(select(func.count()).select_from(Incident)) or 0
        audits = (
            session.scalar(
                select(func.count())
                .select_from(AuditEvent)
                .where(AuditEvent.action == "incident.submitted")
            )
            or 0
        )
        changes = (
            session.scalar(
                select(func.count())
                .select_from(ChangeLog)
                .where(ChangeLog.entity_type == "incident")
            )
            or 0
        )
    db.dispose()
    expected = {incident_id(prefix, n) for n in range(COUNT)}
    assert ids <= expected
    assert rows == len(ids) and audits == rows and changes == rows  # nothing stored twice
    return ids, rows, audits


def wait_for_count(url: str, wanted: int, desk: Workstation, seconds: float = 60) -> int:
    """Poll the shared database until it holds ``wanted`` incidents; returns how many it had."""
    deadline = time.monotonic() + seconds
    while (found := count_in(url)) < wanted:
        assert desk.process.poll() is None, desk.stderr()
        assert time.monotonic() < deadline, f"only {found} incidents after {seconds} s"
        time.sleep(0.005)
    return found


def count_in(url: str) -> int:
    engine = make_engine(url)
    with engine.connect() as conn:
        found = conn.scalar(select(func.count()).select_from(Incident)) or 0
    engine.dispose()
    return found


def test_an_incident_submitted_on_one_workstation_appears_on_another(
    servers: dict[str, Server | str],
    tmp_path: Path,
    workstations: list[Workstation],
) -> None:
    server = server_for(servers, "postgresql")
    url = server.create_database()
    try:
        caller_id = prepare(url)
        watcher = Workstation(tmp_path / "desk-a", url, "watch")
        workstations.append(watcher)
        watcher.wait_for("ready")
        submitter = Workstation(
            tmp_path / "desk-b", url, "submit", "--caller", str(caller_id), "--count", "3",
            "--prefix", "seen",
        )  # fmt: skip
        workstations.append(submitter)
        expected = {str(incident_id("seen", n)) for n in range(3)}
        deadline = time.monotonic() + 30
        while not expected <= watcher.incidents_seen():
            assert time.monotonic() < deadline, f"the other workstation saw {watcher.seen}"
            time.sleep(0.05)
        submitter.finish()
    finally:
        for workstation in workstations:
            workstation.close()
        server.drop_database(url)


def test_stopping_the_server_while_an_agent_submits_loses_and_doubles_nothing(
    pg_cluster: PostgresCluster,
    tmp_path: Path,
    workstations: list[Workstation],
) -> None:
    url = pg_cluster.url
    caller_id = prepare(url)
    desk = Workstation(
        tmp_path / "desk", url, "submit", "--caller", str(caller_id), "--count", str(COUNT),
        "--prefix", "outage", "--pause", "0.005", "--max-backoff", "1",
    )  # fmt: skip
    workstations.append(desk)
    desk.wait_for("ready")
    wait_for_count(url, 100, desk)
    pg_cluster.stop()  # a crash of the server: connections die mid-transaction
    at_stop = desk.submitted()
    time.sleep(3)
    assert desk.submitted() > at_stop, "the agent kept logging while the server was down"
    assert at_stop < COUNT
    desk.wait_for("status", 10, online=False)
    pg_cluster.start()
    desk.wait_for("drained", 120)
    desk.finish()
    ids, rows, _ = stored(url, "outage")
    assert rows == COUNT and len(ids) == COUNT


def test_killing_the_workstation_mid_delivery_loses_and_doubles_nothing(
    pg_cluster: PostgresCluster,
    tmp_path: Path,
    workstations: list[Workstation],
) -> None:
    url = pg_cluster.url
    caller_id = prepare(url)
    data_dir = tmp_path / "desk"
    desk = Workstation(
        data_dir, url, "submit", "--caller", str(caller_id), "--count", str(COUNT),
        "--prefix", "killed", "--go-on-stdin", "--max-backoff", "0.5",
    )  # fmt: skip
    workstations.append(desk)
    desk.wait_for("ready")
    pg_cluster.stop()  # the agent logs everything while the network is out...
    desk.go()
    desk.wait_for("submitted_all", 120)
    pg_cluster.start()  # ...it comes back, the sender starts catching up...
    delivered = wait_for_count(url, 50, desk)
    os.kill(desk.process.pid, signal.SIGKILL)  # ...and the workstation dies mid-delivery
    desk.process.wait(10)
    assert delivered < COUNT
    assert count_in(url) < COUNT, "the kill came too late to be mid-delivery"
    again = Workstation(data_dir, url, "submit")  # the agent starts the console again
    workstations.append(again)
    again.wait_for("drained", 120)
    again.finish()
    ids, rows, _ = stored(url, "killed")
    assert rows == COUNT and len(ids) == COUNT
