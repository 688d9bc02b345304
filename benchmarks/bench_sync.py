"""How long a submitted incident takes to show on another workstation (budget: under 1 s;
PostgreSQL under 200 ms). Reports medians; not a timed test.

Workstation A (this process) submits through the real path: outbox (fsync'd), sender, shared
database. Workstation B is another process (``tests/shared_workstation.py watch``) whose change
feed reports what arrived, with a timestamp. Scenarios: PostgreSQL with LISTEN/NOTIFY,
PostgreSQL polling only, and MariaDB (polling; it has no NOTIFY).

    python -m benchmarks.bench_sync [--samples 40] [--pg URL] [--mysql URL]

Without URLs, throwaway servers are started from the installed binaries (as the tests do).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import random
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

from agent_console.store import migrate
from agent_console.store.agents import ensure_agent
from agent_console.store.callers import create_caller
from agent_console.store.change_feed import POLL_SECONDS
from agent_console.store.database import make_engine, open_database
from agent_console.store.records import NewCaller
from agent_console.store.sync import start_sync
from tests.servers import Server, mariadb, postgresql
from tests.shared_workstation import make_incident

ROOT = Path(__file__).resolve().parents[1]
HELPER = ROOT / "tests" / "shared_workstation.py"


@contextlib.contextmanager
def shared_database(server: Server) -> Iterator[str]:
    url = server.create_database()
    try:
        engine = make_engine(url)
        migrate.upgrade(engine)
        engine.dispose()
        yield url
    finally:
        server.drop_database(url)


def measure(url: str, listen: bool, samples: int) -> list[float]:
    """Seconds from submit on A until B's change feed hands the incident on, per sample."""
    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(url)
        with db.session() as session:
            agent = ensure_agent(session, "bench-a")
            caller, _ = create_caller(session, NewCaller("Bench", ("+442079460958",)), "GB", agent)
        args = [sys.executable, str(HELPER), "watch", "--db", url, "--data-dir", f"{tmp}/b"]
        watcher = subprocess.Popen(
            [*args, *([] if listen else ["--no-listen"])],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
        )  # fmt: skip
        assert watcher.stdin is not None and watcher.stdout is not None
        sync = start_sync(
            db, agent, Path(tmp) / "a", on_changes=lambda c: None, on_status=lambda s: None
        )
        delays: list[float] = []
        try:
            _next_event(watcher.stdout, "ready")
            time.sleep(0.5)  # the listener connects
            prefix = uuid.uuid4().hex[:8]
            for n in range(samples):
                time.sleep(random.uniform(0.05, POLL_SECONDS))  # off the poll's beat
                incident = make_incident(prefix, n, caller.id)
                began = time.time()
                sync.writer.submit_incident(incident)
                while True:
                    event = _next_event(watcher.stdout, "changes")
                    if str(incident.id) in event["incidents"]:
                        delays.append(event["at"] - began)
                        break
        finally:
            sync.stop()
            watcher.stdin.close()
            watcher.wait(20)
            watcher.stdout.close()
            db.dispose()
    return delays


def _next_event(stream: object, kind: str) -> dict[str, object]:
    for line in stream:  # type: ignore[attr-defined]
        event: dict[str, object] = json.loads(line)
        if event["event"] == kind:
            return event
    raise RuntimeError("the other workstation stopped")


def report(name: str, delays: list[float]) -> None:
    ms = sorted(d * 1000 for d in delays)
    p90 = ms[int(len(ms) * 0.9) - 1]
    print(
        f"{name:<34} median {statistics.median(ms):7.1f} ms   p90 {p90:7.1f} ms   "
        f"max {ms[-1]:7.1f} ms   (n={len(ms)})",
        flush=True,
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--samples", type=int, default=40)
    parser.add_argument("--pg", help="PostgreSQL URL where databases may be created")
    parser.add_argument("--mysql", help="MariaDB/MySQL URL where databases may be created")
    args = parser.parse_args()
    with contextlib.ExitStack() as stack:
        pg = Server("postgresql", args.pg) if args.pg else stack.enter_context(postgresql())
        with shared_database(pg) as url:
            report("PostgreSQL, LISTEN/NOTIFY", measure(url, True, args.samples))
            report(
                f"PostgreSQL, polling every {POLL_SECONDS:g} s", measure(url, False, args.samples)
            )
        maria = Server("mariadb", args.mysql) if args.mysql else stack.enter_context(mariadb())
        with shared_database(maria) as url:
            report(f"MariaDB, polling every {POLL_SECONDS:g} s", measure(url, True, args.samples))
    return 0


if __name__ == "__main__":
    sys.exit(main())
