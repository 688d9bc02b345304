"""The history pane's first page for the caller with 2,000 incidents, through the store.

Times the operation the history model runs when a caller is picked (open follow-ups and
the first page of incidents, in one fresh session), and a scroll's next page. The painted
figure, through the real window, comes from ``bench_gui``.
"""

from __future__ import annotations

import time

from agent_console.store.database import Database
from agent_console.store.incidents import PAGE_SIZE, caller_history, open_follow_ups
from benchmarks.report import Figure, median, percentile
from benchmarks.rows import RICH_CALLER_ID


def _first_page(db: Database) -> tuple[float, object]:
    started = time.perf_counter()
    with db.session() as session:
        open_follow_ups(session, RICH_CALLER_ID)
        page = caller_history(session, RICH_CALLER_ID, None, PAGE_SIZE)
    return time.perf_counter() - started, page.next_key


def _next_page(db: Database, key: object) -> float:
    started = time.perf_counter()
    with db.session() as session:
        caller_history(session, RICH_CALLER_ID, key, PAGE_SIZE)  # type: ignore[arg-type]
    return time.perf_counter() - started


def run(db: Database, repeats: int = 30) -> list[Figure]:
    cold, key = _first_page(db)
    firsts = [_first_page(db)[0] * 1000 for _ in range(repeats)]
    nexts = [_next_page(db, key) * 1000 for _ in range(repeats)]
    p50, p95 = median(firsts), percentile(firsts, 95)
    return [
        Figure(
            "history first page (store), p95",
            p95,
            "ms",
            "< 50 ms",
            50.0,
            strict=True,
            detail=f"{PAGE_SIZE} of 2,000 incidents + open follow-ups; median {p50:.2f} ms, "
            f"first call {cold * 1000:.2f} ms; next page median {median(nexts):.2f} ms",
        )
    ]
