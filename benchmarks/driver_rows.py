"""Rows turned into what the database driver receives, by the columns' own SQLAlchemy types.

``insert(table)`` with a list of dicts runs every value through its type's bind processor
on the writing side; at millions of rows that is most of the load time. Here the same
processors (``type.dialect_impl(dialect).bind_processor(dialect)``, so UUIDs, UTC datetimes
and JSON come out exactly as the app writes them) run in the process that makes the rows,
and the writer only hands plain tuples to the driver's ``executemany``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from operator import itemgetter
from typing import Any

from sqlalchemy import Connection, Table
from sqlalchemy.engine import Dialect

_PLACEHOLDER = {"qmark": "?", "format": "%s", "pyformat": "%s", "numeric": ":{n}"}


class TableEncoder:
    def __init__(self, table: Table, dialect: Dialect) -> None:
        self.table = table
        self.columns = [c.name for c in table.columns]
        self.processors: list[Callable[[Any], Any] | None] = [
            c.type.dialect_impl(dialect).bind_processor(dialect) for c in table.columns
        ]
        quote = dialect.identifier_preparer.quote
        mark = _PLACEHOLDER[dialect.paramstyle]
        marks = ", ".join(mark.format(n=n + 1) for n in range(len(self.columns)))
        names = ", ".join(quote(c) for c in self.columns)
        self.sql = f"INSERT INTO {quote(table.name)} ({names}) VALUES ({marks})"

    def encode(self, rows: Sequence[dict[str, Any]]) -> list[tuple[Any, ...]]:
        if rows:
            self._fill_missing(rows)
        values_of = itemgetter(*self.columns)
        processed = [(i, p) for i, p in enumerate(self.processors) if p is not None]
        encoded = []
        for row in rows:
            values = list(values_of(row))
            for i, process in processed:
                values[i] = process(values[i])
            encoded.append(tuple(values))
        return encoded

    def _fill_missing(self, rows: Sequence[dict[str, Any]]) -> None:
        """Columns the generator does not make (added to the schema later) get their default.

        A scalar default or NULL; a required column without one is an error that names it.
        """
        for name in (c for c in self.columns if c not in rows[0]):
            column = self.table.columns[name]
            default = column.default
            if default is not None and getattr(default, "is_scalar", False):
                value = getattr(default, "arg", None)
            elif column.nullable:
                value = None
            else:
                raise ValueError(f"the generator makes no value for {self.table.name}.{name}")
            for row in rows:
                row[name] = value


def write(conn: Connection, sql: str, rows: list[tuple[Any, ...]]) -> None:
    if rows:
        conn.exec_driver_sql(sql, rows)
