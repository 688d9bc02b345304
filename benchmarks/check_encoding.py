"""Check that the generator's fast path writes exactly what ``insert(table)`` with dicts writes.

    python -m benchmarks.check_encoding sqlite postgresql+psycopg://postgres@127.0.0.1:5432

For each backend, two scratch databases (``benchcheck0``/``benchcheck1`` on a server, files
in a temporary folder for SQLite; dropped afterwards) get the same generated rows, one through SQLAlchemy's
``insert(table)``, one through ``driver_rows``; every table must read back the same.
"""

from __future__ import annotations

import copy
import sys
import tempfile
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select

from agent_console.store import migrate
from agent_console.store.database import make_engine, sqlite_url
from agent_console.store.models import Base
from benchmarks import rows
from benchmarks.driver_rows import TableEncoder, write
from benchmarks.servers import drop_server_database, prepare_server_database


def _batches() -> dict[str, list[rows.Row]]:
    agents = rows.agents(5)
    generator = rows.Generator(5, [a["id"] for a in agents])
    made = generator.callers(0, 300)
    incidents = next(generator.incidents(generator.incident_counts(2500), 5000))
    return {
        "agents": agents,
        "callers": made.callers,
        "caller_phones": made.phones,
        "caller_search_terms": made.terms,
        "incidents": incidents,
        "follow_ups": generator.follow_ups(20),
    }


def _fill(url: str, fast: bool) -> dict[str, list[Any]]:
    engine = make_engine(url)
    migrate.upgrade(engine)
    with engine.begin() as conn:
        for name, batch in _batches().items():
            table = Base.metadata.tables[name]
            if fast:
                encoder = TableEncoder(table, engine.dialect)
                write(conn, encoder.sql, encoder.encode(copy.deepcopy(batch)))
            else:
                conn.execute(insert(table), batch)
    with engine.connect() as conn:
        found = {
            t.name: sorted(map(tuple, conn.execute(select(t)).all()), key=repr)
            for t in Base.metadata.sorted_tables
        }
    engine.dispose()
    return found


def check(backend: str, scratch: Path) -> bool:
    if backend == "sqlite":
        urls = [sqlite_url(scratch / f"check{n}.sqlite3") for n in (0, 1)]
    else:
        urls = [f"{backend}/benchcheck{n}" for n in (0, 1)]
        for url in urls:
            prepare_server_database(url, replace=True)
    slow, fast = _fill(urls[0], False), _fill(urls[1], True)
    if backend != "sqlite":
        for url in urls:
            drop_server_database(url)
    differ = [name for name in slow if slow[name] != fast[name]]
    print(f"{backend}: {'identical' if not differ else 'DIFFERENT in ' + ', '.join(differ)}")
    return not differ


def main(argv: list[str]) -> int:
    with tempfile.TemporaryDirectory() as scratch:
        results = [check(backend, Path(scratch)) for backend in argv or ["sqlite"]]
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
