"""Closing the window properly when the session ends or someone sends SIGTERM (logout, IT, tests).

A Python signal handler cannot run while Qt's event loop sleeps in C++; the handler only
records the signal, and ``signal.set_wakeup_fd`` wakes a socket notifier that closes the
window the normal way, so the draft is saved and the database closed as on Ctrl+Q.
"""

from __future__ import annotations

import logging
import signal
import socket
from collections.abc import Callable

from PySide6.QtCore import QObject, QSocketNotifier

log = logging.getLogger(__name__)


class TerminationWatch(QObject):
    """Calls ``close`` (in the GUI thread, from the event loop) on SIGTERM or SIGINT."""

    def __init__(self, close: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._close = close
        self._reader, self._writer = socket.socketpair()
        for end in (self._reader, self._writer):
            end.setblocking(False)
        self._old_fd = signal.set_wakeup_fd(self._writer.fileno())
        self._old_handlers = {
            sig: signal.signal(sig, self._record) for sig in (signal.SIGTERM, signal.SIGINT)
        }
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._on_wakeup)

    def _record(self, signum: int, _frame: object) -> None:
        """Nothing Qt here: the wake-up byte reaches the notifier."""

    def _on_wakeup(self) -> None:
        try:
            received = self._reader.recv(64)
        except BlockingIOError:
            return
        names = ", ".join(signal.Signals(b).name for b in received if b in signal.valid_signals())
        log.info("closing the console on %s", names or "a signal")
        self._close()

    def restore(self) -> None:
        """Put back the handlers that were there before (after the event loop has ended)."""
        self._notifier.setEnabled(False)
        signal.set_wakeup_fd(self._old_fd)
        for sig, handler in self._old_handlers.items():
            signal.signal(sig, handler)
        self._reader.close()
        self._writer.close()
