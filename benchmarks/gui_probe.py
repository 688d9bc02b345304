"""Probes used inside a benchmark's Qt process: first paint, GUI-thread stalls, resident memory."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QElapsedTimer, QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

HEARTBEAT_MS = 5


class FirstPaint(QObject):
    """Calls ``on_painted(perf_counter)`` once, right after ``widget`` has painted for the first time."""

    def __init__(self, widget: QWidget, on_painted: Callable[[float], None]) -> None:
        super().__init__(widget)
        self._on_painted = on_painted
        self._done = False
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self._done and event.type() == QEvent.Type.Paint:
            self._done = True
            # Report once this paint event has been handled, not when it starts.
            QTimer.singleShot(0, lambda: self._on_painted(time.perf_counter()))
        return False


class Heartbeat(QObject):
    """A timer on the GUI thread every 5 ms; the longest gap between beats is the worst stall."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clock = QElapsedTimer()
        self._timer = QTimer(self)
        self._timer.setInterval(HEARTBEAT_MS)
        self._timer.timeout.connect(self._beat)
        self.label = "start"
        self.worst_ms = 0.0
        self.worst_label = ""
        self.gaps: list[float] = []
        self.worst_by_phase: dict[str, float] = {}  # phase: the label up to its first quote

    def start(self) -> None:
        self._clock.start()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def mark(self, label: str) -> None:
        """Name what the GUI is doing now, so the worst stall can say when it happened."""
        self.label = label

    def _beat(self) -> None:
        gap = self._clock.nsecsElapsed() / 1e6
        self._clock.restart()
        self.gaps.append(gap)
        phase = self.label.split("'")[0].strip()
        self.worst_by_phase[phase] = max(gap, self.worst_by_phase.get(phase, 0.0))
        if gap > self.worst_ms:
            self.worst_ms, self.worst_label = gap, self.label


def rss_mb() -> float:
    """This process's resident set size in MB (VmRSS), as the OS counts it."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS in /proc/self/status")
