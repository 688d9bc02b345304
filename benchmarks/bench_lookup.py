"""Caller lookup as you type: the app's own search, per keystroke, against the bare SQL.

Each keystroke that makes the app query the database is timed five times through
``CallerLookup.search`` (what the search box runs in the runner: its own connection, statements
compiled once) and five times as bare SQL, alternating; the median of each is that keystroke's time. Keystrokes that need no
query (fewer than three digits of a number) are left out of both. CPU time of this thread is
kept beside wall time: on a shared machine it shows what the code costs when other
processes take the cores.
"""

from __future__ import annotations

import time
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import event

from agent_console.store.caller_lookup import CallerLookup
from agent_console.store.callers import search_callers
from agent_console.store.database import Database
from benchmarks import bare_sql
from benchmarks.dataset import sample_callers
from benchmarks.keystrokes import Keystroke, keystrokes
from benchmarks.report import Figure, median, percentile

REPEATS = 5


@dataclass
class LookupTimes:
    app: list[float] = field(default_factory=list)  # seconds, one per keystroke
    bare: list[float] = field(default_factory=list)
    app_sql: list[float] = field(default_factory=list)  # the app's own statements, replayed raw
    app_cpu: list[float] = field(default_factory=list)
    by_kind: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    slowest: list[tuple[float, str]] = field(default_factory=list)
    mismatches: int = 0  # found nobody where the bare SQL found someone, or the reverse
    differ: int = 0  # CallerLookup and search_callers (a session per call) found different callers


def _app_once(lookup: CallerLookup, key: Keystroke) -> tuple[float, float, int]:
    started, cpu = time.perf_counter(), time.thread_time()
    found = lookup.search(key.text, key.region)
    return time.perf_counter() - started, time.thread_time() - cpu, len(found)


def _session_once(db: Database, key: Keystroke) -> Any:
    with db.session() as session:
        return search_callers(session, key.text, key.region)


def _bare_once(cursor: object, prepared: list[bare_sql.Statement]) -> tuple[float, int]:
    started = time.perf_counter()
    count = bare_sql.run(cursor, prepared)
    return time.perf_counter() - started, count


def _app_statements(db: Database, key: Keystroke) -> list[tuple[str, Any]]:
    """The SQL a lookup sends for ``key``, exactly as the driver receives it.

    Recorded from ``search_callers`` (SQLAlchemy's events do not see ``CallerLookup``'s
    driver cursor); both send the same statements, compiled by the same dialect.
    """
    sent: list[tuple[str, Any]] = []

    def record(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
        sent.append((statement, parameters))

    event.listen(db.engine, "before_cursor_execute", record)
    try:
        _session_once(db, key)
    finally:
        event.remove(db.engine, "before_cursor_execute", record)
    return sent


def _replay_once(cursor: Any, sent: list[tuple[str, Any]]) -> float:
    started = time.perf_counter()
    for statement, parameters in sent:
        cursor.execute(statement, parameters)
        cursor.fetchall()
    return time.perf_counter() - started


def measure(db: Database, keys: list[Keystroke]) -> LookupTimes:
    times = LookupTimes()
    raw = db.engine.raw_connection()
    lookup = CallerLookup(db.engine)
    try:
        cursor = raw.cursor()
        style = db.engine.dialect.paramstyle
        for key in keys:
            prepared = [
                (bare_sql.for_driver(sql, style), params)
                for sql, params in bare_sql.statements(key.text, key.region)
            ]
            if not prepared:
                continue
            sent = _app_statements(db, key)
            if lookup.search(key.text, key.region) != _session_once(db, key):
                times.differ += 1
            app_runs, bare_runs, cpu_runs, replay_runs = [], [], [], []
            for _ in range(REPEATS):
                app_s, cpu_s, found = _app_once(lookup, key)
                cpu_runs.append(cpu_s)
                bare_s, candidates = _bare_once(cursor, prepared)
                replay_runs.append(_replay_once(cursor, sent))
                raw.rollback()
                app_runs.append(app_s)
                bare_runs.append(bare_s)
            if (found == 0) != (candidates == 0):
                times.mismatches += 1
            app_s, bare_s = median(app_runs), median(bare_runs)
            times.app.append(app_s)
            times.bare.append(bare_s)
            times.app_cpu.append(median(cpu_runs))
            times.app_sql.append(median(replay_runs))
            times.by_kind[key.kind].append(app_s)
            times.slowest.append((app_s, f"{key.kind} {key.text!r}"))
    finally:
        lookup.close()
        raw.close()
    times.slowest = sorted(times.slowest, reverse=True)[:5]
    return times


def run(db: Database, queries: int, seed: int = 11) -> list[Figure]:
    sampled = sample_callers(db, queries * 2, seed)
    warm, measured = sampled[:queries], sampled[queries:]
    measure(db, keystrokes(warm, seed + 1)[:200])  # warm caches and compiled statements
    times = measure(db, keystrokes(measured, seed + 2))
    ms = [t * 1000 for t in times.app]
    bare_ms = [t * 1000 for t in times.bare]
    p50, p95 = percentile(ms, 50), percentile(ms, 95)
    b50, b95 = percentile(bare_ms, 50), percentile(bare_ms, 95)
    sql_ms = [t * 1000 for t in times.app_sql]
    s50, s95 = percentile(sql_ms, 50), percentile(sql_ms, 95)
    kinds = ", ".join(
        f"{kind} p95 {percentile([t * 1000 for t in v], 95):.2f}"
        for kind, v in sorted(times.by_kind.items())
    )
    slowest = "; ".join(f"{t * 1000:.1f} ms {what}" for t, what in times.slowest[:3])
    cpu = [t * 1000 for t in times.app_cpu]
    detail = (
        f"{len(ms)} keystrokes of {len(measured) * 3} typed queries; {kinds}; "
        f"CPU time p50 {percentile(cpu, 50):.2f} / p95 {percentile(cpu, 95):.2f}"
    )
    return [
        Figure("lookup as you type, p50", p50, "ms", "info", detail=detail),
        Figure(
            "lookup as you type, p95",
            p95,
            "ms",
            "< 20 ms",
            20.0,
            strict=True,
            detail=f"slowest: {slowest}",
            extra={
                "by_kind_ms": {k: [round(x * 1000, 3) for x in v] for k, v in times.by_kind.items()}
            },
        ),
        Figure("bare indexed SQL, p50 / p95", b50, "ms", "info", detail=f"p95 {b95:.2f} ms"),
        Figure(
            "lookup vs bare SQL (p50 ratio)",
            p50 / b50,
            "x",
            "<= 2x",
            2.0,
            detail=f"whole CallerLookup.search call (parsing, driver call, records, sorting) "
            f"over the bare SQL; p95 ratio {p95 / b95:.2f}x; median overhead "
            f"{p50 - b50:.2f} ms; result mismatches {times.mismatches}, different from "
            f"search_callers {times.differ}",
        ),
        Figure(
            "app's own SQL vs bare SQL (p50 ratio)",
            s50 / b50,
            "x",
            "info",
            detail=f"the statements the lookup sent, replayed on the raw cursor: p50 "
            f"{s50:.2f} / p95 {s95:.2f} ms; p95 ratio {s95 / b95:.2f}x (the query shape alone)",
        ),
    ]
