"""Caller lookup as you type, on a connection of its own with its statements compiled once.

A keystroke is one small indexed query; opening a session, checking a connection out of the
pool, compiling and committing around it cost three times the query itself. ``CallerLookup``
keeps one connection in autocommit mode (every statement reads what is committed at that
moment, so callers added or changed on other workstations are found at the next keystroke),
compiles each statement shape once for the backend, and runs it on the driver's cursor.
It finds exactly what ``search_callers`` finds. Not thread-safe: one worker thread uses it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Engine, Select
from sqlalchemy import exc as sa_exc

from agent_console.core.textfold import prefix_upper_bound
from agent_console.store.callers import _lookup_statement, _lookups
from agent_console.store.errors import friendly_error
from agent_console.store.records import CallerSummary

log = logging.getLogger(__name__)
Processor = Callable[[Any], Any] | None


@dataclass
class _Prepared:
    """One statement shape, compiled for the backend: its SQL and how to fill and read it."""

    sql: str
    names: Sequence[str] | None  # parameter order for a positional driver; None: by name
    fixed: dict[str, Any]  # the statement's own values (the kind of term)
    columns: list[Any]  # the selected columns, for their result processors
    processors: list[Processor] | None = None  # found at the first execution (needs the types)


class CallerLookup:
    """``search(query, region)`` for the search box: one connection, compiled statements."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._conn: Connection | None = None
        self._cursor: Any = None
        self._prepared: dict[tuple[str, int], _Prepared] = {}

    def search(self, query: str, region: str, limit: int = 20) -> list[CallerSummary]:
        """Callers matching what was typed, as ``search_callers`` finds them."""
        query = query.strip()
        if not query:
            return []
        driver_error = self._engine.dialect.loaded_dbapi.Error
        for attempt in (1, 2):
            try:
                return self._search(query, region, limit)
            except driver_error as exc:
                dbapi = self._engine.dialect.loaded_dbapi
                lost = isinstance(exc, dbapi.OperationalError | dbapi.InterfaceError) or bool(
                    self._engine.dialect.is_disconnect(exc, None, self._cursor)
                )
                self.close(broken=True)
                if lost and attempt == 1:  # server restarted, connection cut: once more, afresh
                    log.info("caller lookup: connection lost (%s); trying again", exc)
                    continue
                wrapped = sa_exc.DBAPIError.instance(None, None, exc, driver_error)
                raise (friendly_error(wrapped) or wrapped) from exc
            except sa_exc.DBAPIError as exc:  # opening the connection failed
                self.close(broken=True)
                raise (friendly_error(exc) or exc) from exc
        raise AssertionError("unreachable")

    def _search(self, query: str, region: str, limit: int) -> list[CallerSummary]:
        cursor = self._open_cursor()
        for kind, prefixes in _lookups(query, region):
            prepared = self._statement(kind, len(prefixes))
            params: dict[str, Any] = {**prepared.fixed, "rows": limit + limit // 2}
            for n, prefix in enumerate(prefixes):
                params[f"lo{n}"], params[f"hi{n}"] = prefix, prefix_upper_bound(prefix)
            names = prepared.names
            cursor.execute(
                prepared.sql, params if names is None else tuple(params[n] for n in names)
            )
            rows = cursor.fetchall()  # all of it: SQLite ends its read transaction here
            if rows:
                processors = prepared.processors
                if processors is None:
                    processors = prepared.processors = self._processors(prepared, cursor)
                return _summaries(rows, processors, limit)
        return []

    def _open_cursor(self) -> Any:
        if self._cursor is None:
            # AUTOCOMMIT: no transaction stays open between keystrokes, and each statement
            # sees what other workstations have committed. The pool restores the isolation
            # level when the connection goes back to it.
            conn = self._engine.connect().execution_options(isolation_level="AUTOCOMMIT")
            self._conn = conn
            dbapi = conn.connection.dbapi_connection
            assert dbapi is not None
            self._cursor = dbapi.cursor()
        return self._cursor

    def _statement(self, kind: str, count: int) -> _Prepared:
        prepared = self._prepared.get((kind, count))
        if prepared is None:
            statement = _lookup_statement(kind, count)
            assert isinstance(statement, Select)
            compiled = statement.compile(dialect=self._engine.dialect)
            names = compiled.positiontup if compiled.positional else None
            fixed = {k: v for k, v in compiled.params.items() if v is not None}
            columns = list(statement.selected_columns)
            prepared = _Prepared(compiled.string, names, fixed, columns)
            self._prepared[(kind, count)] = prepared
        return prepared

    def _processors(self, prepared: _Prepared, cursor: Any) -> list[Processor]:
        """The columns' own result processors (ids as UUIDs where the driver gives text)."""
        dialect = self._engine.dialect
        return [
            column.type.dialect_impl(dialect).result_processor(dialect, described[1])
            for column, described in zip(prepared.columns, cursor.description, strict=True)
        ]

    def close(self, *, broken: bool = False) -> None:
        """Give the connection back (drop it if it broke); the next search opens another."""
        cursor, conn = self._cursor, self._conn
        self._cursor = self._conn = None
        if cursor is not None:
            try:
                cursor.close()
            except Exception:  # a broken connection's cursor may not close; it is dropped
                log.debug("caller lookup: closing the cursor failed", exc_info=True)
        if conn is not None:
            if broken:
                conn.invalidate()
            conn.close()


def _summaries(rows: list[Any], processors: list[Processor], limit: int) -> list[CallerSummary]:
    """The first ``limit`` callers by name from (caller columns..., e164) rows.

    What ``search_callers`` returns for these rows: one summary per caller, phones sorted,
    sorted by name (ties in the order the rows came). Only the callers shown are made into
    summaries, and the columns' processors (text to UUID on SQLite and MariaDB) run once
    per caller, not once per row.
    """
    first: dict[Any, Any] = {}
    phones: dict[Any, set[str]] = {}
    for row in rows:
        key = row[0]
        numbers = phones.get(key)
        if numbers is None:
            first[key], numbers = row, phones.setdefault(key, set())
        if row[7] is not None:
            numbers.add(row[7])
    shown = sorted(first.values(), key=lambda r: r[1].casefold())[:limit]
    to_id, *rest = processors
    if any(rest):  # no driver here gives these columns in another form; kept for safety
        shown = [
            (
                row[0],
                *(
                    v if p is None or v is None else p(v)
                    for p, v in zip(rest, row[1:], strict=True)
                ),
            )
            for row in shown
        ]
    found = []
    for row in shown:
        key = row[0]
        found.append(
            CallerSummary(
                to_id(key) if to_id is not None else key,
                row[1],
                row[2],
                tuple(sorted(phones[key])),
                row[3],
                row[4],
                row[5],
                row[6],
            )
        )
    return found
