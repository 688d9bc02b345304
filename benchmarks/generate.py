"""Fill a benchmark database with N callers and M incidents, fast.

    python -m benchmarks.generate --db-file benchmarks/data/bench.sqlite3 [--callers N] [--incidents M]
    python -m benchmarks.generate --db postgresql+psycopg://postgres@127.0.0.1:5432/bench

The schema comes from the app's own alembic migrations. Rows are made and encoded in two
worker processes (each owns half of the callers and their incidents) and written by this
one with the driver's executemany in batches, with
secondary indexes dropped during the load and rebuilt after it. A SQLite file is built under
a temporary name and only renamed into place when it is complete.
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import os
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, func, select, text
from sqlalchemy.engine import Dialect, make_url

from agent_console.store import migrate
from agent_console.store.database import sqlite_url
from agent_console.store.models import Base, Caller
from benchmarks import rows
from benchmarks.driver_rows import TableEncoder, write
from benchmarks.servers import prepare_server_database

DEFAULT_CALLERS = 1_000_000
DEFAULT_INCIDENTS = 5_000_000
BATCH = 20_000
WORKERS = 2  # row makers; with the writer they keep both cores of the reference machine busy
Message = tuple[str, list[tuple[Any, ...]]]


def _log(message: str) -> None:
    print(f"[generate {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def _load_engine(url: str) -> Engine:
    engine = create_engine(url)
    if engine.dialect.name == "sqlite":

        def pragmas(dbapi_connection: Any, _record: Any) -> None:
            cursor = dbapi_connection.cursor()
            for pragma in (
                "journal_mode=WAL",
                "synchronous=OFF",
                "foreign_keys=OFF",  # the generator makes consistent rows; checks cost a lookup each
                "cache_size=-1000000",
                "temp_store=MEMORY",
            ):
                cursor.execute(f"PRAGMA {pragma}")
            cursor.close()

        event.listen(engine, "connect", pragmas)
    return engine


def _share(part: int, callers: int, incidents: int) -> tuple[int, int, int]:
    """The callers (first, last) and how many incidents worker ``part`` makes."""
    bounds = [p * callers // WORKERS for p in range(WORKERS + 1)]
    shares = [incidents * (bounds[p + 1] - bounds[p]) // callers for p in range(WORKERS)]
    shares[0] += incidents - sum(shares)  # worker 0 has the rich caller and the remainder
    return bounds[part], bounds[part + 1], shares[part]


def _produce(
    part: int, seed: int, callers: int, incidents: int, dialect: Dialect, out: Any
) -> None:
    """Runs in a worker process: makes its share of rows, encodes them, hands them over."""
    encoders = {t.name: TableEncoder(t, dialect) for t in Base.metadata.sorted_tables}

    def put(table: str, batch: list[rows.Row]) -> None:
        out.put((table, encoders[table].encode(batch)))

    first, last, mine = _share(part, callers, incidents)
    agents = rows.agents(seed)
    if part == 0:
        put("agents", agents)
    generator = rows.Generator(seed * 100 + part, [a["id"] for a in agents])
    for start in range(first, last, BATCH):
        made = generator.callers(start, min(BATCH, last - start))
        put("callers", made.callers)
        put("caller_phones", made.phones)
        put("caller_search_terms", made.terms)
    for batch in generator.incidents(generator.incident_counts(mine), BATCH):
        put("incidents", batch)
    put("follow_ups", generator.follow_ups(max(1, (last - first) // 50)))
    out.put(("done", []))


def _messages(seed: int, callers: int, incidents: int, dialect: Dialect) -> Iterator[Message]:
    """Batches from the workers as they come; the workers split the callers between them."""
    context = mp.get_context("fork")
    queue: Any = context.Queue(maxsize=8)
    workers = [
        context.Process(
            target=_produce, args=(part, seed, callers, incidents, dialect, queue), daemon=True
        )
        for part in range(WORKERS)
    ]
    for worker in workers:
        worker.start()
    try:
        running = len(workers)
        while running:
            message = queue.get(timeout=600)
            if message[0] == "done":
                running -= 1
            else:
                yield message
    finally:
        for worker in workers:
            worker.join(timeout=5)
            if worker.is_alive():
                worker.terminate()


def _secondary_indexes(conn: Connection, create: bool) -> None:
    # MariaDB keeps an index under every foreign key, so there they stay during the load.
    if conn.dialect.name == "mysql":
        return
    for table in Base.metadata.sorted_tables:
        for index in table.indexes:
            if create:
                index.create(conn, checkfirst=True)
            else:
                index.drop(conn, checkfirst=True)


def _no_checks(conn: Connection) -> None:
    """Foreign keys are not checked row by row during the load: the generator keeps them."""
    if conn.dialect.name == "postgresql":
        conn.execute(text("SET LOCAL session_replication_role = replica"))
    elif conn.dialect.name == "mysql":
        conn.execute(text("SET foreign_key_checks = 0, unique_checks = 0"))


def _write(engine: Engine, seed: int, callers: int, incidents: int) -> dict[str, int]:
    sql = {t.name: TableEncoder(t, engine.dialect).sql for t in Base.metadata.sorted_tables}
    counts: dict[str, int] = dict.fromkeys(sql, 0)
    with engine.begin() as conn:
        _secondary_indexes(conn, create=False)
    started = time.perf_counter()
    logged = 0
    for table, batch in _messages(seed, callers, incidents, engine.dialect):
        with engine.begin() as conn:
            _no_checks(conn)
            write(conn, sql[table], batch)
        counts[table] += len(batch)
        done = counts["callers"] + counts["incidents"]
        if done - logged >= 250_000:
            logged = done
            rate = done / (time.perf_counter() - started)
            _log(
                f"{counts['callers']:,} callers, {counts['incidents']:,} incidents ({rate:,.0f}/s)"
            )
    _log("rebuilding indexes")
    with engine.begin() as conn:
        _secondary_indexes(conn, create=True)
    return {k: v for k, v in counts.items() if v}


def _finish(engine: Engine) -> None:
    with engine.connect() as conn:
        name = conn.dialect.name
        if name == "postgresql":
            conn.execution_options(isolation_level="AUTOCOMMIT").execute(text("VACUUM ANALYZE"))
        elif name == "mysql":
            for table in Base.metadata.sorted_tables:
                conn.execute(text(f"ANALYZE TABLE {table.name}"))
        else:
            # Keep the planner statistics out: the app's own files never run ANALYZE.
            conn.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
            conn.execute(text("PRAGMA journal_mode=DELETE"))
    engine.dispose()


def generate(url: str, callers: int, incidents: int, seed: int = 2026) -> dict[str, int]:
    """Migrate ``url`` to head and fill it; refuses a database that already has callers."""
    engine = _load_engine(url)
    migrate.upgrade(engine)
    with engine.connect() as conn:
        if conn.scalar(select(func.count()).select_from(Caller.__table__)):
            engine.dispose()
            raise SystemExit(f"{make_url(url).database} already has callers; use --replace")
    started = time.perf_counter()
    counts = _write(engine, seed, callers, incidents)
    _finish(engine)
    counts["seconds"] = round(time.perf_counter() - started)
    _log(f"done in {counts['seconds']} s: {counts}")
    return counts


def generate_file(path: Path, callers: int, incidents: int, seed: int = 2026) -> dict[str, int]:
    """Build a SQLite file under a temporary name and move it into place once complete."""
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".partial")
    for leftover in (partial, Path(f"{partial}-wal"), Path(f"{partial}-shm")):
        leftover.unlink(missing_ok=True)
    counts = generate(sqlite_url(partial), callers, incidents, seed)
    os.replace(partial, path)
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.generate", description=__doc__)
    target = parser.add_mutually_exclusive_group(required=True)
    target.add_argument("--db", help="SQLAlchemy URL of a server database (created if missing)")
    target.add_argument("--db-file", type=Path, help="SQLite file to create")
    parser.add_argument("--callers", type=int, default=DEFAULT_CALLERS)
    parser.add_argument("--incidents", type=int, default=DEFAULT_INCIDENTS)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--replace", action="store_true", help="drop what is there first")
    args = parser.parse_args(argv)
    if args.callers < 1 or args.incidents < 0:
        parser.error("--callers must be at least 1 and --incidents at least 0")
    if args.db_file:
        if args.db_file.exists() and not args.replace:
            parser.error(f"{args.db_file} exists; use --replace to build it again")
        generate_file(args.db_file, args.callers, args.incidents, args.seed)
    else:
        prepare_server_database(args.db, replace=args.replace)
        generate(args.db, args.callers, args.incidents, args.seed)
    return 0


if __name__ == "__main__":
    sys.exit(main())
