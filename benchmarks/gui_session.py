"""One call through the real window, offscreen, with a 5 ms heartbeat on the GUI thread.

Types the queries of the script keystroke by keystroke (90 ms apart, a quick typist),
opens the rich caller's history several times and scrolls it (lazy pages), then picks
another caller, fills the form and submits. Prints one JSON line: the longest gap
between heartbeats and what was happening then, the time from picking a caller to the
history's first rows painted, and the resident memory after searching and at the end.
"""

from __future__ import annotations

import json
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QEventLoop, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from agent_console import cli
from agent_console.core.incident_input import IncidentInput
from agent_console.ui import app as ui_app
from agent_console.ui.main_window import MainWindow
from agent_console.ui.runner import OperationRunner
from benchmarks.gui_probe import Heartbeat, rss_mb

KEY_GAP_MS = 90
NOTES = (
    "Caller says the refund promised last week has not arrived. Checked the billing record: "
    "the refund was approved but never sent to the bank. Apologised and re-sent it today. "
) * 12


def wait(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def wait_until(ready: Callable[[], bool], timeout_s: float = 30.0) -> None:
    deadline = time.monotonic() + timeout_s
    while not ready():
        if time.monotonic() > deadline:
            raise TimeoutError("the window did not get there in time")
        wait(2)


class _NextPaint(QObject):
    """Records when ``widget`` next finishes a paint."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.at: float | None = None
        self._widget = widget
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.at is None and event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, self._painted)
        return False

    def _painted(self) -> None:
        if self.at is None:
            self.at = time.perf_counter()
            self._widget.removeEventFilter(self)


class Session:
    def __init__(self, window: MainWindow, runner: OperationRunner, beat: Heartbeat) -> None:
        self.window, self.runner, self.beat = window, runner, beat
        self.history_ms: list[float] = []

    def idle(self) -> None:
        wait_until(lambda: self.runner.is_idle() and not self.window.search._timer.isActive())

    def type_query(self, text: str) -> None:
        box = self.window.search.box
        box.clear()
        for char in text:
            box.insert(char)
            wait(KEY_GAP_MS)
        self.idle()

    def press_enter(self) -> None:
        box = self.window.search.box
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                box, QKeyEvent(kind, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier)
            )

    def pick(self, text: str) -> float:
        """Type ``text``, press Enter; ms from the caller being picked to history rows painted."""
        picked: list[float] = []
        search, model = self.window.search, self.window.history.model

        def on_chosen(_caller: object) -> None:
            picked.append(time.perf_counter())

        search.caller_chosen.connect(on_chosen)
        self.type_query(text)
        self.beat.mark(f"open history {text!r}")
        painted = _NextPaint(self.window.history.view.viewport())
        self.press_enter()
        wait_until(lambda: bool(picked) and model.state in ("loaded", "failed"))
        wait_until(lambda: painted.at is not None)
        search.caller_chosen.disconnect(on_chosen)
        self.idle()
        return ((painted.at or 0.0) - picked[0]) * 1000

    def scroll_history(self, pages: int) -> None:
        view = self.window.history.view
        for n in range(pages):
            self.beat.mark(f"scroll history page {n + 2}")
            view.scrollToBottom()
            wait(50)
            self.idle()

    def submit(self, text: str) -> None:
        self.pick(text)
        form = self.window.form
        current = form.to_input()
        self.beat.mark("fill form")
        form.load_input(
            IncidentInput(
                id=current.id,
                caller_id=current.caller_id,
                caller_name=current.caller_name,
                started_at=current.started_at,
                category="billing",
                severity=2,
                mood_start=2,
                mood_end=4,
                summary="Refund promised last week has not arrived",
                notes=NOTES,
                root_cause="process",
                resolution="refund",
                outcome="resolved",
            )
        )
        saved: list[object] = []
        self.window.submitter.submitted.connect(saved.append)
        self.beat.mark("submit")
        self.window.submitter.submit()
        wait_until(lambda: bool(saved) or self._dialog() is not None)
        asking = self._dialog()
        if not saved and asking is not None:  # checklist steps left open: give the reason
            self.beat.mark("skip reason")
            asking.reason.setText("Caller had to leave; steps done on the callback")
            asking.ok.click()
            self.beat.mark("submit")
        wait_until(lambda: bool(saved))
        self.idle()

    def _dialog(self) -> Any:
        """The dialog the checklist opens when required steps are left unticked, if any."""
        return getattr(getattr(self.window, "guidance", None), "dialog", None)


def run_session(db: str, data_dir: str | None, script_path: str) -> int:
    script = json.loads(Path(script_path).read_text(encoding="utf-8"))
    data_dir = data_dir or tempfile.mkdtemp(prefix="bench-gui-")
    options = cli.options_from(
        cli.build_parser().parse_args(
            ["--data-dir", data_dir, "--db", db, "--region", script["region"]]
        )
    )
    app, _language = ui_app.prepare_application(options)
    runner = OperationRunner()
    window = ui_app.build_window(options, runner)
    window.show()
    window.start()
    wait_until(lambda: window.services.data.state in ("open", "failed"), 120)
    beat = Heartbeat()
    beat.start()
    session = Session(window, runner, beat)
    for query in script["typed"]:
        beat.mark(f"typing {query!r}")
        session.type_query(query)
    rss_after_search = rss_mb()
    for n in range(script.get("history_repeats", 5)):
        session.history_ms.append(session.pick(script["rich"]))
        session.scroll_history(2 if n == 0 else 0)
        session.pick(script["other"])  # a different caller, so the next pick loads afresh
    session.submit(script["other"])
    beat.stop()
    result = {
        "stall_max_ms": round(beat.worst_ms, 2),
        "stall_during": beat.worst_label,
        "stall_by_phase_ms": {k: round(v, 1) for k, v in beat.worst_by_phase.items()},
        "beats": len(beat.gaps),
        "gaps_over_50ms": sum(1 for g in beat.gaps if g > 50),
        "history_painted_ms": [round(x, 2) for x in session.history_ms],
        "rss_mb_after_search": round(rss_after_search, 1),
        "rss_mb_end": round(rss_mb(), 1),
    }
    print(json.dumps(result), flush=True)
    window.close()
    runner.shutdown()
    app.quit()
    return 0
