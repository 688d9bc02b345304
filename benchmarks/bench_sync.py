"""How long a submitted incident takes to show on another workstation (budget: under 1 s;
PostgreSQL under 200 ms). Reports medians; not a timed test.

Workstation A (this process) submits through the real path: outbox (fsync'd), sender, shared
database. Workstation B is another process (``tests/shared_workstation.py watch``) whose change
feed reports what arrived, with a timestamp. Scenarios: PostgreSQL with LISTEN/NOTIFY,
PostgreSQL polling only, and MariaDB (polling; it has no NOTIFY).

    python -m benchmarks.bench_sync [--samples 40] [--pg URL] [--mysql URL]

Without URLs, throwaway servers are started from the installed binaries (as the tests do).
``python -m benchmarks.run`` runs it too (``run()``): one figure per scenario, its p90
against the budget.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import queue
import random
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from sqlalchemy.engine import make_url

from agent_console.store import migrate
from agent_console.store.agents import ensure_agent
from agent_console.store.callers import create_caller
from agent_console.store.change_feed import POLL_SECONDS
from agent_console.store.database import make_engine, open_database
from agent_console.store.records import NewCaller
from agent_console.store.sync import start_sync
from benchmarks.report import FAIL, Figure, percentile
from tests.servers import Server, ServerUnavailable, mariadb, postgresql
from tests.shared_workstation import make_incident

ROOT = Path(__file__).resolve().parents[1]
EVENT_WAIT_SECONDS = 20.0
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
            # The agent is the database login: the sender only delivers writes of whoever
            # the connection is signed in as.
            agent = ensure_agent(session, make_url(url).username or "bench-a")
            caller, _ = create_caller(session, NewCaller("Bench", ("+442079460958",)), "GB", agent)
        args = [sys.executable, str(HELPER), "watch", "--db", url, "--data-dir", f"{tmp}/b"]
        watcher = subprocess.Popen(
            [*args, *([] if listen else ["--no-listen"])],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
        )  # fmt: skip
        assert watcher.stdin is not None and watcher.stdout is not None
        statuses: list[str] = []
        sync = start_sync(
            db,
            agent,
            Path(tmp) / "a",
            on_changes=lambda c: None,
            on_status=lambda s: statuses.append(s.last_error or ""),
        )
        lines: queue.SimpleQueue[str | None] = queue.SimpleQueue()
        reader = threading.Thread(target=_read_lines, args=(watcher.stdout, lines), daemon=True)
        reader.start()
        delays: list[float] = []
        try:
            _next_event(lines, "ready", statuses)
            time.sleep(0.5)  # the listener connects
            prefix = uuid.uuid4().hex[:8]
            for n in range(samples):
                time.sleep(random.uniform(0.05, POLL_SECONDS))  # off the poll's beat
                incident = make_incident(prefix, n, caller.id)
                began = time.time()
                sync.writer.submit_incident(incident)
                while True:
                    event = _next_event(lines, "changes", statuses)
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


def _read_lines(stream: object, lines: queue.SimpleQueue[str | None]) -> None:
    for line in stream:  # type: ignore[attr-defined]
        lines.put(line)
    lines.put(None)


def _next_event(
    lines: queue.SimpleQueue[str | None], kind: str, statuses: list[str]
) -> dict[str, Any]:
    """The other workstation's next ``kind`` event; an error if none comes within the wait."""
    deadline = time.monotonic() + EVENT_WAIT_SECONDS
    while True:
        try:
            line = lines.get(timeout=max(deadline - time.monotonic(), 0.01))
        except queue.Empty:
            errors = [e for e in statuses if e]
            raise RuntimeError(
                f"no {kind!r} from the other workstation within {EVENT_WAIT_SECONDS:g} s"
                + (f"; sender: {errors[-1][:300]}" if errors else "")
            ) from None
        if line is None:
            raise RuntimeError("the other workstation stopped")
        event: dict[str, Any] = json.loads(line)
        if event["event"] == kind:
            return event


def report(name: str, delays: list[float]) -> None:
    ms = sorted(d * 1000 for d in delays)
    p90 = ms[int(len(ms) * 0.9) - 1]
    print(
        f"{name:<34} median {statistics.median(ms):7.1f} ms   p90 {p90:7.1f} ms   "
        f"max {ms[-1]:7.1f} ms   (n={len(ms)})",
        flush=True,
    )


def _figure(
    name: str, budget: str, limit: float, delays: Callable[[], list[float]], note: str
) -> Figure:
    """One scenario as a figure: the p90 delay, or a failed row saying what went wrong."""
    try:
        ms = [d * 1000 for d in delays()]
    except RuntimeError as exc:
        return Figure(name, None, "ms", budget, status=FAIL, detail=f"{note}; failed: {exc}")
    return Figure(
        name,
        percentile(ms, 90),
        "ms",
        budget,
        limit,
        strict=True,
        detail=f"p90 of {len(ms)} submissions; median {statistics.median(ms):.0f}, "
        f"max {max(ms):.0f} ms; {note}",
        extra={"delays_ms": [round(x, 1) for x in ms]},
    )


def run(samples: int = 30, pg_url: str | None = None, mysql_url: str | None = None) -> list[Figure]:
    """Submit-to-visible on PostgreSQL (with and without NOTIFY) and MariaDB, as figures.

    Throwaway servers are started from the installed binaries unless URLs are given; a
    backend that cannot be had is a failed row saying why (nothing is skipped silently).
    The shared database is a fresh one: the change feed reads the change log, not incidents.
    """
    polling = f"polling every {POLL_SECONDS:g} s"
    figures: list[Figure] = []
    with contextlib.ExitStack() as stack:
        try:
            pg = Server("postgresql", pg_url) if pg_url else stack.enter_context(postgresql())
            with shared_database(pg) as url:
                figures.append(
                    _figure(
                        "visible on another workstation, PostgreSQL",
                        "< 200 ms",
                        200.0,
                        lambda: measure(url, True, samples),
                        "LISTEN/NOTIFY; workstation B is another process with its change feed",
                    )
                )
                figures.append(
                    _figure(
                        "visible elsewhere, PostgreSQL without NOTIFY",
                        "< 1 s",
                        1000.0,
                        lambda: measure(url, False, samples),
                        f"{polling} (the fallback when NOTIFY is blocked, e.g. by a pooler)",
                    )
                )
        except ServerUnavailable as exc:
            figures.append(_missing("visible on another workstation, PostgreSQL", exc))
        try:
            maria = Server("mariadb", mysql_url) if mysql_url else stack.enter_context(mariadb())
            with shared_database(maria) as url:
                figures.append(
                    _figure(
                        "visible on another workstation, MariaDB",
                        "< 1 s",
                        1000.0,
                        lambda: measure(url, True, samples),
                        f"{polling} (MariaDB has no NOTIFY)",
                    )
                )
        except ServerUnavailable as exc:
            figures.append(_missing("visible on another workstation, MariaDB", exc))
    return figures


def _missing(name: str, exc: Exception) -> Figure:
    return Figure(name, None, "ms", "-", status=FAIL, detail=f"not measured: no server ({exc})")


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
