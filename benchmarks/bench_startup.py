"""Window on screen after launch, as a ratio to a bare PySide6 window started in the same run.

Each start is a fresh offscreen process, timed from spawn to the line the process prints
after its window's first paint (``shown``), and to the line it prints once the window can be
worked in (``ready``: the panes built and the search box painted). Bare and app starts
alternate, after one warm-up of each; the figure is the median app start over the median bare
start; the second figure is the median time to ready. Fifteen of each by default: a single
start varies by a third on a shared machine, and the ratio of medians settles by then.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from statistics import quantiles

from benchmarks.report import Figure, median

ROOT = Path(__file__).resolve().parent.parent


def _env() -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    # Compiled bytecode, as an installed console has (pip and the frozen build both ship it);
    # a shell with PYTHONDONTWRITEBYTECODE would otherwise compile every module at each start.
    # The cache lives outside the checkout; the warm-up start fills it.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(Path(tempfile.gettempdir()) / "agent-console-bench-pycache")
    return env


def time_lines(args: list[str], timeout: float = 120) -> dict[str, float]:
    """Seconds from spawning ``python -m benchmarks.gui_driver ARGS`` to its ``shown`` and
    ``ready`` lines."""
    seen: dict[str, float] = {}
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
            if line.strip() in ("shown", "ready"):
                seen[line.strip()] = time.perf_counter() - started
            if "ready" in seen:
                break
        if "shown" not in seen:
            raise RuntimeError(f"gui_driver {args[0]} exited without showing a window")
        if "ready" not in seen:
            raise RuntimeError(f"gui_driver {args[0]} showed a window that never became ready")
        return seen
    finally:
        process.wait(timeout)


def run(db_url: str, repeats: int = 15) -> list[Figure]:
    bare, app, ready = [], [], []
    with tempfile.TemporaryDirectory(prefix="bench-start-") as data_dir:
        app_args = ["app", "--db", db_url, "--data-dir", data_dir]
        time_lines(["bare"])
        time_lines(app_args)
        for _ in range(repeats):
            bare.append(time_lines(["bare"])["shown"])
            app_times = time_lines(app_args)
            app.append(app_times["shown"])
            ready.append(app_times["ready"])
    bare_s, app_s, ready_s = median(bare), median(app), median(ready)
    detail = (
        f"first paint of the main window (menus, status bar, 'Opening the database…'), median "
        f"of {repeats}: app {app_s * 1000:.0f} ms {_middle_half(app)}, bare window "
        f"{bare_s * 1000:.0f} ms {_middle_half(bare)}"
    )
    ready_detail = (
        f"launch to the panes built and the search box painted, median of {repeats} "
        f"{_middle_half(ready)}; {ready_s / bare_s:.2f}x the bare window"
    )
    return [
        Figure(
            "window on screen after launch",
            app_s / bare_s,
            "x",
            "<= 1.5x bare window",
            1.5,
            detail=detail,
        ),
        Figure(
            "window ready: search box takes typing",
            ready_s * 1000,
            "ms",
            "info",
            detail=ready_detail,
        ),
    ]


def _middle_half(seconds: list[float]) -> str:
    """The middle half of the runs (first to third quartile), in ms: how much a start varies."""
    low, _, high = quantiles(seconds, n=4)
    return f"(middle half {low * 1000:.0f}–{high * 1000:.0f})"
