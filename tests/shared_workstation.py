"""A workstation without a window, as its own process, for the multi-workstation tests.

``watch`` prints every change other workstations make; ``submit`` logs incidents through the
outbox and sender exactly as the console does. One JSON object per line on stdout.

    python tests/shared_workstation.py watch  --db URL --data-dir DIR
    python tests/shared_workstation.py submit --db URL --data-dir DIR --caller ID --count N
"""

from __future__ import annotations

import argparse
import json
import sys
import threading
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from agent_console.core.changes import Changes  # noqa: E402
from agent_console.core.incident_input import ValidIncident  # noqa: E402
from agent_console.core.options import AppOptions  # noqa: E402
from agent_console.store.startup import open_workstation  # noqa: E402
from agent_console.store.sync import start_sync  # noqa: E402

RUN_IDS = uuid.UUID("5a1e0000-0000-4000-8000-000000000000")
_print_lock = threading.Lock()


def say(event: str, **fields: object) -> None:
    with _print_lock:
        print(json.dumps({"event": event, **fields}), flush=True)


def incident_id(prefix: str, n: int) -> uuid.UUID:
    """The same id for the same (prefix, n): the test knows which incidents to expect."""
    return uuid.uuid5(RUN_IDS, f"{prefix}-{n}")


def make_incident(prefix: str, n: int, caller_id: uuid.UUID) -> ValidIncident:
    started = datetime(2026, 5, 1, 9, tzinfo=UTC) + timedelta(minutes=n)
    return ValidIncident(
        id=incident_id(prefix, n), caller_id=caller_id, started_at=started,
        ended_at=started + timedelta(minutes=4), category="billing", severity=2, mood_start=2,
        mood_end=4, summary=f"{prefix} #{n}", notes="", root_cause=None, resolution=None,
        compensation_amount=None, compensation_currency=None, escalated=False,
        outcome="resolved", checklist={}, call_id=None,
    )  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("mode", choices=["watch", "submit"])
    parser.add_argument("--db", required=True)
    parser.add_argument("--data-dir", type=Path, required=True)
    parser.add_argument("--caller", type=uuid.UUID)
    parser.add_argument("--count", type=int, default=0)
    parser.add_argument("--prefix", default="run")
    parser.add_argument("--pause", type=float, default=0.0)
    parser.add_argument("--go-on-stdin", action="store_true", help="submit after a line on stdin")
    parser.add_argument("--max-backoff", type=float, default=30.0)
    parser.add_argument("--no-listen", action="store_true", help="poll only, even on PostgreSQL")
    args = parser.parse_args()

    workstation = open_workstation(AppOptions(data_dir=args.data_dir, db_url=args.db))

    def changed(changes: Changes) -> None:
        say("changes", incidents=sorted(str(i) for i in changes.incidents), at=time.time())

    sync = start_sync(
        workstation.db, workstation.agent, args.data_dir, on_changes=changed,
        on_status=lambda s: say("status", online=s.online, waiting=s.waiting, error=s.last_error),
        max_backoff=args.max_backoff, listen=not args.no_listen,
    )  # fmt: skip
    sync.feed.ready.wait(10)
    say("ready", pid_outbox=str(args.data_dir / "outbox.sqlite3"))
    if args.mode == "watch":
        sys.stdin.read()  # until the test closes our stdin (or kills us)
        sync.stop()
        return 0
    if args.go_on_stdin:
        sys.stdin.readline()
    for n in range(args.count):
        sync.writer.submit_incident(make_incident(args.prefix, n, args.caller))
        say("submitted", n=n)
        if args.pause:
            time.sleep(args.pause)
    say("submitted_all", count=args.count)
    assert sync.writer.outbox is not None
    while sync.writer.outbox.count():
        time.sleep(0.05)
    say("drained")
    sync.stop()
    workstation.db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
