"""Every benchmark, each figure beside its budget: ``python -m benchmarks.run [--quick]``.

    python -m benchmarks.run                       # 1M callers / 5M incidents (cached SQLite)
    python -m benchmarks.run --quick               # 50k / 250k, a couple of minutes
    python -m benchmarks.run --db postgresql+psycopg://postgres@127.0.0.1:5432/bench
    python -m benchmarks.run --db-file some.sqlite3 --only lookup,history

Prints a table and writes it as JSON to benchmarks/results/latest.json (and <mode>.json).
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import time
from collections.abc import Callable
from pathlib import Path

from sqlalchemy.engine import make_url

from benchmarks import (
    bench_gui,
    bench_history,
    bench_lookup,
    bench_startup,
    dataset,
    phrasing_figure,
)
from benchmarks.report import FAIL, Figure, table, write_json

RESULTS = Path(__file__).resolve().parent / "results"
ALL = ("startup", "lookup", "history", "phrasing", "gui", "sync")


def _sync(samples: int) -> list[Figure]:
    # Imported here: it needs the test suite's server helpers (tests/servers.py).
    from benchmarks import bench_sync

    return bench_sync.run(samples)


def _guarded(name: str, measure: Callable[[], list[Figure]]) -> list[Figure]:
    """A benchmark that breaks shows as a failed row with its reason; the others still run."""
    started = time.perf_counter()
    print(f"... {name}", file=sys.stderr, flush=True)
    try:
        figures = measure()
    except Exception as exc:  # report, don't hide: the table says which benchmark broke
        last = str(exc).strip().splitlines()[-1:] or [""]
        figures = [
            Figure(name, None, "", "-", status=FAIL, detail=f"{type(exc).__name__}: {last[0]}")
        ]
        print(f"    {name} failed: {exc}", file=sys.stderr, flush=True)
    print(f"    {name} took {time.perf_counter() - started:.0f} s", file=sys.stderr, flush=True)
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.run",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    where = parser.add_mutually_exclusive_group()
    where.add_argument(
        "--db", help="SQLAlchemy URL of a server database (its name must not be 'test')"
    )
    where.add_argument("--db-file", type=Path, help="a SQLite file (generated if missing)")
    parser.add_argument("--quick", action="store_true", help="50k callers / 250k incidents")
    parser.add_argument("--only", default=",".join(ALL), help=f"comma-separated: {','.join(ALL)}")
    args = parser.parse_args(argv)
    only = set(args.only.split(","))
    mode = "quick" if args.quick else "full"
    url = dataset.prepare(args.db, args.db_file, args.quick)
    db = dataset.open_db(url)
    callers = dataset.caller_count(db)
    load_before = os.getloadavg()
    size = {"lookup_queries": 10 if args.quick else 30, "sessions": 1 if args.quick else 2}
    plan: list[tuple[str, Callable[[], list[Figure]]]] = [
        ("startup", lambda: bench_startup.run(url)),
        ("lookup", lambda: bench_lookup.run(db, size["lookup_queries"])),
        ("history", lambda: bench_history.run(db)),
        ("phrasing", lambda: phrasing_figure.run(500 if args.quick else 2000)),
        ("gui", lambda: bench_gui.run(db, url, size["sessions"], 4)),
        ("sync", lambda: _sync(15 if args.quick else 30)),
    ]
    figures = [f for name, measure in plan if name in only for f in _guarded(name, measure)]
    db.dispose()
    shown_url = make_url(url).render_as_string(hide_password=True)
    print(
        f"\n{mode}: {callers:,} callers, database {shown_url}, load average {load_before[0]:.2f} "
        f"before / {os.getloadavg()[0]:.2f} after (2 cores)\n"
    )
    print(table(figures))
    context = {
        "mode": mode,
        "database": shown_url,
        "callers": callers,
        "load_average": [round(load_before[0], 2), round(os.getloadavg()[0], 2)],
    }
    write_json(RESULTS / f"{mode}.json", figures, context)
    shutil.copyfile(RESULTS / f"{mode}.json", RESULTS / "latest.json")
    return 1 if any(f.status == FAIL for f in figures) else 0


if __name__ == "__main__":
    sys.exit(main())
