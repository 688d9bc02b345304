"""GUI-thread stalls, the history painted in the real window, and memory, from ``gui_session``.

Each session is a fresh offscreen process running the real window on the benchmark
database; its figures come back as one JSON line.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from agent_console.store.database import Database
from benchmarks.bench_startup import ROOT, _env
from benchmarks.dataset import sample_callers
from benchmarks.keystrokes import typed_queries
from benchmarks.report import Figure, median
from benchmarks.rows import account_ref

REGION = "IR"


def _script(db: Database, queries: int, seed: int) -> dict[str, Any]:
    sampled = sample_callers(db, queries + 1, seed)
    typed = [
        q.text
        for q in typed_queries(sampled[1:], seed)
        if q.kind != "phone" or q.region == REGION or q.text.startswith(("+", "00"))
    ]
    return {
        "region": REGION,
        "typed": typed[: queries * 3],
        "rich": account_ref(0),
        "other": sampled[0].account_ref,
        "history_repeats": 5,
    }


def _session(db_url: str, script: dict[str, Any], timeout: float) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="bench-gui-") as tmp:
        path = Path(tmp) / "script.json"
        path.write_text(json.dumps(script, ensure_ascii=False), encoding="utf-8")
        done = subprocess.run(
            [
                sys.executable,
                "-m",
                "benchmarks.gui_driver",
                "session",
                "--db",
                db_url,
                "--data-dir",
                str(Path(tmp) / "data"),
                "--script",
                str(path),
            ],
            cwd=ROOT,
            env=_env(),
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
    for line in reversed(done.stdout.splitlines()):
        if line.startswith("{"):
            result: dict[str, Any] = json.loads(line)
            return result
    raise RuntimeError(f"gui session failed ({done.returncode}): {done.stderr[-2000:]}")


def run(
    db: Database, db_url: str, sessions: int, queries: int, timeout: float = 900
) -> list[Figure]:
    results = [_session(db_url, _script(db, queries, seed), timeout) for seed in range(sessions)]
    worst = max(results, key=lambda r: r["stall_max_ms"])
    painted = [ms for r in results for ms in r["history_painted_ms"]]
    rss = max(r["rss_mb_end"] for r in results)
    rss_search = max(r["rss_mb_after_search"] for r in results)
    beats = sum(r["beats"] for r in results)
    over = sum(r["gaps_over_50ms"] for r in results)
    phases: dict[str, float] = {}
    for r in results:
        for phase, ms in r["stall_by_phase_ms"].items():
            phases[phase] = max(ms, phases.get(phase, 0.0))
    by_phase = ", ".join(f"{phase} {ms:.0f}" for phase, ms in phases.items())
    return [
        Figure(
            "GUI thread: longest stall",
            worst["stall_max_ms"],
            "ms",
            "never > 50 ms",
            50.0,
            detail=f"during {worst['stall_during']}; {over} of {beats} heartbeats over 50 ms; "
            f"{sessions} session(s); worst per phase (ms): {by_phase}",
        ),
        Figure(
            "history first rows painted (window)",
            median(painted),
            "ms",
            "< 50 ms",
            50.0,
            strict=True,
            detail=f"pick to first paint, median of {len(painted)}; all: "
            + ", ".join(f"{ms:.0f}" for ms in painted),
        ),
        Figure(
            "memory (RSS), database open after a search",
            rss,
            "MB",
            "< 250 MB",
            250.0,
            strict=True,
            detail=f"at the end of the session; {rss_search:.0f} MB right after searching",
        ),
    ]
