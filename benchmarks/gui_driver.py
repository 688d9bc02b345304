"""The Qt side of the GUI benchmarks, run in a fresh offscreen process per measurement.

    python -m benchmarks.gui_driver bare
    python -m benchmarks.gui_driver app --db URL --data-dir DIR
    python -m benchmarks.gui_driver session --db URL --data-dir DIR --script FILE

``bare`` and ``app`` print ``shown`` once the window has painted for the first time, then
``ready`` once it can be worked in: for ``app``, when the search box (made with the panes) has
painted; a bare window is ready when shown. ``app`` goes through the real entry point
(``agent_console.cli.main`` and ``run_gui``), only wrapping ``StagedStart`` (which shows the first
window) to watch the window's first paint, as ``bare`` watches its own, and the search
box's once the panes are built.

Both watch the one widget with an event filter on it. An application-wide filter would be
called with every object of the application, and PySide makes a Python wrapper (and loads its
class and enums) for each object it has not seen yet: ~35 ms that the console itself never
spends, which an earlier version of this driver charged to the console's start.
``session`` drives the real window through a call (see ``gui_session``) and prints its
measurements as one JSON line.
"""

from __future__ import annotations

import argparse
import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _announce_and_quit(_painted_at: float) -> None:
    from PySide6.QtWidgets import QApplication

    print("shown", flush=True)
    print("ready", flush=True)
    QApplication.quit()


def bare() -> int:
    from PySide6.QtWidgets import QApplication, QMainWindow

    from benchmarks.gui_probe import FirstPaint

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    FirstPaint(window, _announce_and_quit)
    window.show()
    return app.exec()


def app(db: str, data_dir: str) -> int:
    # The entry point first, as ``agent-console`` imports it: what it imports before PySide6
    # is then imported before PySide6 here too (PySide's import hook slows later imports).
    from agent_console import cli
    from agent_console.ui import window_start
    from benchmarks.gui_probe import FirstPaint

    def ready(_painted_at: float) -> None:
        from PySide6.QtWidgets import QApplication

        focus = QApplication.focusWidget()
        print("ready", flush=True)
        print(f"focus {focus.objectName() if focus else '-'}", flush=True)
        QApplication.quit()

    class Watched(window_start.StagedStart):
        def begin(self) -> None:
            window = self.window
            window.ready.connect(lambda: FirstPaint(window.search.box, ready))
            super().begin()
            # After the start's own wait for the paint: the filter installed last sees the
            # paint first, so "shown" is printed before the panes are built.
            FirstPaint(window, lambda _at: print("shown", flush=True))

    window_start.StagedStart = Watched  # type: ignore[misc]
    return cli.main(["--data-dir", data_dir, "--db", db])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.gui_driver")
    parser.add_argument("mode", choices=["bare", "app", "session"])
    parser.add_argument("--db")
    parser.add_argument("--data-dir")
    parser.add_argument("--script")
    args = parser.parse_args(argv)
    if args.mode == "bare":
        return bare()
    if args.mode == "app":
        return app(args.db, args.data_dir)
    from benchmarks.gui_session import run_session

    return run_session(args.db, args.data_dir, args.script)


if __name__ == "__main__":
    sys.exit(main())
