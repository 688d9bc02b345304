"""Which database the benchmarks read, making it first when it does not exist yet.

Generated SQLite files are cached under ``benchmarks/data/`` (git-ignored), one per size.
A server database is generated when it holds no callers.
"""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select

from agent_console.store import migrate
from agent_console.store.database import Database, make_engine, open_database, sqlite_url
from agent_console.store.models import Caller, CallerPhone
from benchmarks import generate, rows
from benchmarks.servers import prepare_server_database

DATA_DIR = Path(__file__).resolve().parent / "data"
QUICK = (50_000, 250_000)
FULL = (generate.DEFAULT_CALLERS, generate.DEFAULT_INCIDENTS)


@dataclass(frozen=True)
class SampledCaller:
    name: str
    account_ref: str
    phones: tuple[str, ...]
    language: str


def cached_file(quick: bool) -> Path:
    callers, incidents = QUICK if quick else FULL
    return DATA_DIR / f"bench-{callers // 1000}k-{incidents // 1000}k.sqlite3"


def prepare(db_url: str | None, db_file: Path | None, quick: bool) -> str:
    """The URL to benchmark, generated if needed and migrated to this version's head."""
    callers, incidents = QUICK if quick else FULL
    if db_url:
        prepare_server_database(db_url)
        engine = make_engine(db_url)
        migrate.upgrade(engine)
        with engine.connect() as conn:
            empty = not conn.scalar(select(func.count()).select_from(Caller.__table__))
        engine.dispose()
        if empty:
            generate.generate(db_url, callers, incidents)
        return db_url
    path = db_file or cached_file(quick)
    if not path.exists():
        generate.generate_file(path, callers, incidents)
    url = sqlite_url(path)
    # A cached file made before a new migration: upgrade it in place, without the backup copy
    # a workstation would make (the file is generated data and can be made again).
    engine = make_engine(url)
    migrate.upgrade(engine)
    engine.dispose()
    return url


def open_db(url: str) -> Database:
    return open_database(url, migrate_embedded=False)


def caller_count(db: Database) -> int:
    with db.session() as session:
        return int(session.scalar(select(func.count()).select_from(Caller)) or 0)


def sample_callers(db: Database, count: int, seed: int) -> list[SampledCaller]:
    """``count`` generated callers picked at random, found by their account reference."""
    total = caller_count(db)
    rng = random.Random(seed)
    refs: list[str] = []
    while len(refs) < min(count, total - 1):
        ref = rows.account_ref(rng.randrange(1, total))
        if ref and ref not in refs:
            refs.append(ref)
    with db.session() as session:
        found = session.execute(
            select(Caller.id, Caller.name, Caller.account_ref, Caller.preferred_language).where(
                Caller.account_ref.in_(refs)
            )
        ).all()
        phones: dict[uuid.UUID, list[str]] = {}
        for caller_id, e164 in session.execute(
            select(CallerPhone.caller_id, CallerPhone.e164).where(
                CallerPhone.caller_id.in_([f.id for f in found])
            )
        ):
            phones.setdefault(caller_id, []).append(e164)
    by_ref = {
        f.account_ref: SampledCaller(
            f.name, f.account_ref, tuple(phones.get(f.id, [])), f.preferred_language
        )
        for f in found
    }
    return [by_ref[r] for r in refs if r in by_ref]
