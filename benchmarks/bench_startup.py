"""Window on screen after launch, as a ratio to a bare PySide6 window started in the same run.

Each start is a fresh offscreen process, timed from spawn to the line the process prints
after its window's first paint. Bare and app starts alternate, after one warm-up of each;
the figure is the median app start over the median bare start.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.report import Figure, median

ROOT = Path(__file__).resolve().parent.parent


def _env() -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    return env


def time_start(args: list[str], timeout: float = 120) -> float:
    """Seconds from spawning ``python -m benchmarks.gui_driver ARGS`` to its ``shown`` line."""
    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-m", "benchmarks.gui_driver", *args],
        cwd=ROOT,
        env=_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert process.stdout is not None
    try:
        for line in process.stdout:
            if line.strip() == "shown":
                return time.perf_counter() - started
        raise RuntimeError(f"gui_driver {args[0]} exited without showing a window")
    finally:
        process.wait(timeout)


def run(db_url: str, repeats: int = 5) -> list[Figure]:
    bare, app = [], []
    with tempfile.TemporaryDirectory(prefix="bench-start-") as data_dir:
        app_args = ["app", "--db", db_url, "--data-dir", data_dir]
        time_start(["bare"])
        time_start(app_args)
        for _ in range(repeats):
            bare.append(time_start(["bare"]))
            app.append(time_start(app_args))
    bare_s, app_s = median(bare), median(app)
    detail = (
        f"median of {repeats}: app {app_s * 1000:.0f} ms, bare window {bare_s * 1000:.0f} ms "
        f"(app runs {', '.join(f'{t * 1000:.0f}' for t in app)} ms)"
    )
    return [
        Figure(
            "window on screen after launch",
            app_s / bare_s,
            "x",
            "<= 1.5x bare window",
            1.5,
            detail=detail,
        )
    ]
