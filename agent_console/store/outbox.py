"""The outbox: writes meant for the shared database, kept in a local SQLite file until delivered.

A write is committed here first (fsync'd), so a dead network, a stopped server or a crash
loses nothing; the sender delivers it later. The file has its own tiny schema, versioned with
``PRAGMA user_version``: it is a local queue, not a copy of the shared schema.
"""

from __future__ import annotations

import json
import sqlite3
import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from agent_console.store.errors import DataDirError, StoreError, friendly_error
from agent_console.store.types import utcnow

SCHEMA_VERSION = 2
# _UPGRADES[n] takes a version-n file to version n+1.
_UPGRADES: dict[int, tuple[str, ...]] = {
    0: (
        """CREATE TABLE ops (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            kind TEXT NOT NULL,
            payload TEXT NOT NULL,
            caller_id TEXT,
            created_at TEXT NOT NULL,
            attempts INTEGER NOT NULL DEFAULT 0,
            last_error TEXT,
            held INTEGER NOT NULL DEFAULT 0
        )""",
        "CREATE INDEX ix_ops_held_id ON ops (held, id)",
        "CREATE INDEX ix_ops_caller ON ops (caller_id, kind)",
    ),
    # Each write belongs to the login that queued it, and goes out only under that login.
    1: (
        "ALTER TABLE ops ADD COLUMN login TEXT",
        "UPDATE ops SET login = json_extract(payload, '$.actor.login')",
    ),
}


class OutboxTooNew(StoreError):
    pass


@dataclass(frozen=True)
class OutboxItem:
    id: int
    kind: str
    payload: dict[str, Any]
    created_at: datetime
    attempts: int
    last_error: str | None
    held: bool  # refused or undeliverable: waits for a person, not for the network


class Outbox:
    """A durable FIFO of (kind, JSON payload). Safe to use from several threads and processes.

    With ``owner`` (the signed-in database login), it records that login on every write and
    shows and hands out only that login's writes: another person's wait for them to sign in
    on this desk again, and never go out under someone else's login.
    """

    def __init__(self, path: Path, owner: str | None = None) -> None:
        self.path = path
        self.owner = owner
        self._lock = threading.RLock()
        self._conn: sqlite3.Connection | None = None
        try:
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise friendly_error(exc) or DataDirError(
                    f"No folder for the outbox: {exc}"
                ) from exc
            with self._connect() as conn:
                conn.execute("PRAGMA journal_mode=WAL")
                self._upgrade(conn)
        except BaseException:
            self.close()
            raise

    def enqueue(
        self, kind: str, payload: dict[str, Any], caller_id: uuid.UUID | None = None
    ) -> int:
        """Keep a write until it is delivered; returns its id once it is safely on disk."""
        text = json.dumps(payload, ensure_ascii=False, sort_keys=True)
        actor = payload.get("actor")
        login = self.owner or (actor.get("login") if isinstance(actor, dict) else None)
        with self._connect() as conn:
            cursor = conn.execute(
                "INSERT INTO ops (kind, payload, caller_id, created_at, login) "
                "VALUES (?, ?, ?, ?, ?)",
                (kind, text, str(caller_id) if caller_id else None, utcnow().isoformat(), login),
            )
            assert cursor.lastrowid is not None
            return cursor.lastrowid

    def pending(self, limit: int | None = None) -> list[OutboxItem]:
        """Writes waiting for delivery, oldest first (held ones are left out)."""
        mine, args = self._mine()
        return self._select(f"WHERE held = 0{mine} ORDER BY id LIMIT ?", (*args, limit or -1))

    def held(self) -> list[OutboxItem]:
        """Writes the shared database refused (a stale edit, invalid data): a person must look."""
        mine, args = self._mine()
        return self._select(f"WHERE held = 1{mine} ORDER BY id", args)

    def for_caller(self, kind: str, caller_id: uuid.UUID) -> list[OutboxItem]:
        """Undelivered writes of ``kind`` about one caller, held ones included."""
        mine, args = self._mine()
        return self._select(
            f"WHERE caller_id = ? AND kind = ?{mine} ORDER BY id", (str(caller_id), kind, *args)
        )

    def count(self) -> int:
        """How many writes wait for delivery."""
        return self._count("held = 0")

    def held_count(self) -> int:
        return self._count("held = 1")

    def others_waiting(self) -> int:
        """Writes other logins queued on this computer: they wait for those people to sign in."""
        if self.owner is None:
            return 0
        with self._connect() as conn:
            query = "SELECT count(*) FROM ops WHERE login IS NOT ?"
            return int(conn.execute(query, (self.owner,)).fetchone()[0])

    def _mine(self) -> tuple[str, tuple[object, ...]]:
        return ("", ()) if self.owner is None else (" AND login = ?", (self.owner,))

    def _count(self, where: str) -> int:
        mine, args = self._mine()
        with self._connect() as conn:
            query = f"SELECT count(*) FROM ops WHERE {where}{mine}"
            return int(conn.execute(query, args).fetchone()[0])

    def mark_delivered(self, item_id: int) -> None:
        # Not fsync'd: if a power cut forgets this, the write is delivered again, and stored once.
        with self._connect(durable=False) as conn:
            conn.execute("DELETE FROM ops WHERE id = ?", (item_id,))

    def record_failure(self, item_id: int, error: str, *, hold: bool) -> None:
        with self._connect(durable=False) as conn:
            conn.execute(
                "UPDATE ops SET attempts = attempts + 1, last_error = ?, held = ? WHERE id = ?",
                (error[:1000], int(hold), item_id),
            )

    def discard(self, item_id: int) -> bool:
        """Drop a held write once a person has read why it was refused; never a waiting one."""
        mine, args = self._mine()
        with self._connect() as conn:
            query = f"DELETE FROM ops WHERE id = ? AND held = 1{mine}"
            return conn.execute(query, (item_id, *args)).rowcount == 1

    def release_held(self) -> int:
        """Give held writes another try (after an upgrade, or when IT fixed a grant)."""
        mine, args = self._mine()
        with self._connect() as conn:
            return conn.execute(f"UPDATE ops SET held = 0 WHERE held = 1{mine}", args).rowcount

    def _select(self, where: str, args: tuple[object, ...]) -> list[OutboxItem]:
        query = f"SELECT id, kind, payload, created_at, attempts, last_error, held FROM ops {where}"
        with self._connect() as conn:
            rows = conn.execute(query, args).fetchall()
        return [
            OutboxItem(
                row[0], row[1], json.loads(row[2]), datetime.fromisoformat(row[3]), row[4],
                row[5], bool(row[6]),
            )
            for row in rows
        ]  # fmt: skip

    def _upgrade(self, conn: sqlite3.Connection) -> None:
        conn.execute("BEGIN IMMEDIATE")  # atomic, and one process at a time
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        if version > SCHEMA_VERSION:
            raise OutboxTooNew(
                f"The outbox {self.path} was written by a newer version of Agent Console, and "
                "may hold writes not yet delivered. It was left untouched: install the newer "
                "version, or start with --data-dir pointing at another folder."
            )
        while version < SCHEMA_VERSION:
            for statement in _UPGRADES[version]:
                conn.execute(statement)
            version += 1
            conn.execute(f"PRAGMA user_version = {version}")

    def close(self) -> None:
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None

    @contextmanager
    def _connect(self, durable: bool = True) -> Iterator[sqlite3.Connection]:
        # One connection, kept open: closing the last one checkpoints the WAL (an fsync each time).
        with self._lock:
            try:
                if self._conn is None:
                    self._conn = sqlite3.connect(self.path, timeout=30, check_same_thread=False)
                conn = self._conn
                # FULL: a write the agent was told is kept must survive a power cut.
                conn.execute(f"PRAGMA synchronous={'FULL' if durable else 'NORMAL'}")
                with conn:
                    yield conn
            except (sqlite3.Error, OSError) as exc:
                known = friendly_error(exc)
                if known is None:
                    raise DataDirError(f"The outbox {self.path} could not be used: {exc}.") from exc
                raise known from exc
