"""The Qt side of the GUI benchmarks, run in a fresh offscreen process per measurement.

    python -m benchmarks.gui_driver bare
    python -m benchmarks.gui_driver app --db URL --data-dir DIR
    python -m benchmarks.gui_driver session --db URL --data-dir DIR --script FILE

``bare`` and ``app`` print ``shown`` once the window has painted for the first time, then
``ready`` once it can be worked in: for ``app``, when the search box (made with the panes) has
painted; a bare window is ready when shown. ``app`` goes through the real entry point
(``agent_console.cli.main`` and ``run_gui``), only wrapping ``prepare_application`` to watch,
application-wide, for the first paint of the widgets named ``mainWindow`` and ``searchBox``.
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
    from agent_console import cli
    from agent_console.ui import app as ui_app
    from benchmarks.gui_probe import FirstWindowPaint

    prepare = ui_app.prepare_application

    def watched(*args: object, **kwargs: object) -> object:
        made = prepare(*args, **kwargs)  # type: ignore[arg-type]
        application = made[0]

        def ready(_painted_at: float) -> None:
            focus = application.focusWidget()
            print("ready", flush=True)
            print(f"focus {focus.objectName() if focus else '-'}", flush=True)
            application.quit()

        def shown(_painted_at: float) -> None:
            print("shown", flush=True)
            if any(
                w.objectName() == "searchBox" and w.isVisible() for w in application.allWidgets()
            ):
                ready(_painted_at)  # a window built all at once: its search box painted with it
            else:
                FirstWindowPaint(application, "searchBox", ready)

        FirstWindowPaint(application, "mainWindow", shown)
        return made

    ui_app.prepare_application = watched  # type: ignore[assignment]
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
