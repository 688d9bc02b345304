"""Budgets of the frozen console: bundle size, and start-to-window frozen vs from source.

Not a timed test: a report to read (and to paste into a pull request). Usage:
    python scripts/bundle_report.py [--dist dist/agent-console] [--runs 5] [--size-only]
Start-to-window is measured offscreen, median of --runs, from the moment the process is
launched until the console logs "window shown" (its log line's timestamp), beside a bare
PySide6 QMainWindow started the same way. The design budget: at most 1.5x the bare window.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SIZE_BUDGET_MB = 150
START_BUDGET = 1.5  # times a bare PySide6 window
BARE_WINDOW = (
    "import time\n"
    "from PySide6.QtWidgets import QApplication, QMainWindow\n"
    "app = QApplication([])\n"
    "w = QMainWindow(); w.show(); app.processEvents()\n"
    "print(time.time(), flush=True)\n"
)


def bundle_size(dist: Path) -> int:
    return sum(p.stat().st_size for p in dist.rglob("*") if p.is_file() and not p.is_symlink())


def largest(dist: Path, count: int = 12) -> list[tuple[int, Path]]:
    files = [(p.stat().st_size, p) for p in dist.rglob("*") if p.is_file() and not p.is_symlink()]
    return sorted(files, reverse=True)[:count]


def report_size(dist: Path) -> None:
    total = bundle_size(dist)
    verdict = "within" if total < SIZE_BUDGET_MB * 1_000_000 else "OVER"
    print(f"bundle {dist}: {total / 1e6:.1f} MB ({total / 2**20:.1f} MiB), {verdict} the "
          f"{SIZE_BUDGET_MB} MB budget")
    for size, path in largest(dist):
        print(f"  {size / 1e6:6.1f} MB  {path.relative_to(dist)}")


def _env(config_dir: Path) -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", AGENT_CONSOLE_CONFIG_DIRS=str(config_dir))
    env.pop("AGENT_CONSOLE_DB", None)
    return env


def bare_window_seconds(env: dict[str, str]) -> float:
    started = time.time()
    out = subprocess.run([sys.executable, "-c", BARE_WINDOW], env=env, capture_output=True,
                         text=True, check=True, timeout=60).stdout
    return float(out.split()[-1]) - started


def _shown_at(log: Path) -> float | None:
    if not log.is_file():
        return None
    for line in log.read_text(encoding="utf-8", errors="replace").splitlines():
        if "window shown" in line:
            stamp = datetime.strptime(line[:23], "%Y-%m-%d %H:%M:%S,%f")
            return stamp.timestamp()
    return None


def console_seconds(command: list[str], env: dict[str, str], data_dir: Path) -> float:
    """Launch the console, wait for its "window shown" log line, stop it; seconds to window."""
    log = data_dir / "logs" / "agent-console.log"
    log.unlink(missing_ok=True)
    started = time.time()
    proc = subprocess.Popen([*command, "--data-dir", str(data_dir)], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = started + 60
        while (shown := _shown_at(log)) is None:
            if proc.poll() is not None:
                err = proc.stderr.read().decode(errors="replace")[-800:] if proc.stderr else ""
                raise RuntimeError(f"{command[0]} exited {proc.returncode} before a window: {err}")
            if time.time() > deadline:
                raise RuntimeError(f"{command[0]}: no window within 60 s")
            time.sleep(0.01)
        return shown - started
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def median_of(runs: int, measure: Callable[[], float]) -> float:
    measure()  # warm-up: first start after a build pays for cold disk caches and .pyc writes
    return statistics.median(measure() for _ in range(runs))


def report_start(dist: Path, runs: int) -> None:
    with tempfile.TemporaryDirectory(prefix="agent-console-bench-") as tmp:
        env, data = _env(Path(tmp) / "config"), Path(tmp) / "data"
        bare = median_of(runs, lambda: bare_window_seconds(env))
        print(f"start to window, offscreen, median of {runs} (after one warm-up run):")
        print(f"  bare PySide6 QMainWindow (source): {bare:.2f} s")
        commands = {
            "console from source": [sys.executable, "-m", "agent_console"],
            "console frozen": [str(dist / "agent-console")],
        }
        for label, command in commands.items():
            if label == "console frozen" and not Path(command[0]).exists():
                print(f"  {label}: not built ({command[0]} missing)")
                continue
            seconds = median_of(runs, lambda c=command: console_seconds(c, env, data))
            ratio = seconds / bare
            verdict = "within" if ratio <= START_BUDGET else "OVER"
            print(f"  {label}: {seconds:.2f} s = {ratio:.1f}x bare ({verdict} the "
                  f"{START_BUDGET}x budget)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist" / "agent-console")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--size-only", action="store_true")
    args = parser.parse_args()
    if not args.dist.is_dir():
        print(f"no bundle at {args.dist}: run scripts/build.sh first", file=sys.stderr)
        return 1
    report_size(args.dist)
    if not args.size_only:
        report_start(args.dist, args.runs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
