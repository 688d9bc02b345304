"""A console that gets killed mid-call: run by test_draft_recovery with ``python -m``.

Builds the real window (real runner, real data dir), finds a caller, types into the incident
form like an agent, waits until the draft is on disk, prints READY and keeps running until
the test kills it with SIGKILL.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtTest import QTest

from agent_console.core.options import AppOptions
from agent_console.ui.app import build_window, prepare_application
from agent_console.ui.runner import OperationRunner
from tests.ui.ui_helpers import send_text

SUMMARY = "Router dead for 3 days - مودم خراب است"
NOTES = "Promised a technician visit tomorrow morning."


def _wait_for(condition: object, seconds: float = 30.0) -> None:
    deadline = time.monotonic() + seconds
    while not condition():  # type: ignore[operator]
        if time.monotonic() > deadline:
            raise SystemExit(f"timed out waiting for {condition}")
        QCoreApplication.processEvents()
        time.sleep(0.01)


def main(data_dir: str) -> int:
    options = AppOptions(data_dir=Path(data_dir), region="IR")
    app, _ = prepare_application(options)
    runner = OperationRunner()
    window = build_window(options, runner)
    window.show()
    window.start()
    _wait_for(lambda: window.services.data.state == "open")
    QTest.keyClicks(window.search.box, "0912 345 6789")
    _wait_for(lambda: window.search.model.rowCount() == 1)
    QTest.keyClick(window.search.box, Qt.Key.Key_Return)
    _wait_for(lambda: window.card.name.text() == "Maryam Rahimi")
    window.form.category.set_code("technical")
    window.form.severity.set_code(3)
    send_text(window.form.summary, SUMMARY)
    QTest.keyClicks(window.form.notes, NOTES)
    draft = options.draft_path

    def saved() -> bool:
        try:
            return json.loads(draft.read_text("utf-8")).get("notes") == NOTES
        except (OSError, ValueError):
            return False

    _wait_for(saved)
    print("READY", flush=True)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
