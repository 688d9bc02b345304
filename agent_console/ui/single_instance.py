"""One console per user and data folder: a second start hands over to the window already running.

The running console listens on a ``QLocalServer`` (a Unix socket, a Windows named pipe) named
for the user and the data folder (``instance_address``). ``agent-console`` and
``agent-console call`` connect and write one JSON line per event (``core.call_event``); the
console answers each line with one line, ``{"ok": true}`` or ``{"ok": false, "error": "..."}``.

Only QtCore and QtNetwork are imported: the ``call`` command uses this module and must start
fast, without widgets.
"""

from __future__ import annotations

import enum
import json
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import partial
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtNetwork import QAbstractSocket, QLocalServer, QLocalSocket

from agent_console.core.call_event import MAX_EVENT_BYTES, RAISE, CallEvent, encode_event
from agent_console.ui.instance_address import may_be_listening, server_name

log = logging.getLogger(__name__)
CONNECT_TIMEOUT_MS = 1000
ANSWER_TIMEOUT_MS = 5000
# The handler's verdict on one line: None when accepted, otherwise why not.
Handler = Callable[[bytes], str | None]


class Delivery(enum.Enum):
    NOT_RUNNING = "not running"
    ACCEPTED = "accepted"
    REJECTED = "rejected"  # the console read the line and refused it: message says why
    NO_ANSWER = "no answer"  # connected, but no answer in time


@dataclass(frozen=True)
class Answer:
    delivery: Delivery
    message: str = ""


def _read_line(socket: QLocalSocket, timeout_ms: int) -> bytes | None:
    deadline = time.monotonic() + timeout_ms / 1000
    while not socket.canReadLine():
        left = int((deadline - time.monotonic()) * 1000)
        if left <= 0 or not socket.waitForReadyRead(left):
            return None
    return bytes(socket.readLine().data())


def deliver(name: str, line: bytes, timeout_ms: int = ANSWER_TIMEOUT_MS) -> Answer:
    """Write ``line`` to the console listening on ``name`` and wait for its answer (blocking)."""
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(CONNECT_TIMEOUT_MS):
        return Answer(Delivery.NOT_RUNNING, socket.errorString())
    try:
        socket.write(line if line.endswith(b"\n") else line + b"\n")
        if not socket.waitForBytesWritten(timeout_ms):
            return Answer(Delivery.NO_ANSWER, socket.errorString())
        reply = _read_line(socket, timeout_ms)
    finally:
        socket.disconnectFromServer()
    if reply is None:
        return Answer(Delivery.NO_ANSWER, "the console did not answer in time")
    try:
        data = json.loads(reply)
    except ValueError:
        return Answer(Delivery.NO_ANSWER, f"the console answered something unexpected: {reply!r}")
    if isinstance(data, dict) and data.get("ok") is True:
        return Answer(Delivery.ACCEPTED)
    error = data.get("error") if isinstance(data, dict) else None
    return Answer(Delivery.REJECTED, str(error or reply.decode("utf-8", "replace")))


def _answers(name: str) -> bool:
    """True when a console is listening on ``name`` (a stale socket refuses the connection)."""
    socket = QLocalSocket()
    socket.connectToServer(name)
    connected = socket.waitForConnected(CONNECT_TIMEOUT_MS)
    socket.abort()
    return connected


def raise_event() -> bytes:
    return encode_event(CallEvent(RAISE, at=datetime.now(UTC)))


class Listen(enum.Enum):
    LISTENING = "listening"
    TAKEN = "taken"  # another console answers on this name
    FAILED = "failed"  # the name could not be claimed (logged): no screen pop this time


class InstanceServer(QObject):
    """The console's end: reads lines, hands each to the handler, answers with its verdict."""

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self._server = QLocalServer(self)
        # Only this user's processes may connect (the socket or pipe gets the user's access only).
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._on_new_connection)
        self._handler: Handler = lambda _line: "the console is still starting; try again."

    def set_handler(self, handler: Handler) -> None:
        self._handler = handler

    def listen(self) -> Listen:
        # Asked first: on Unix, Qt binds a server with access options beside the socket file
        # and renames it into place, so listening would take the name from a running console.
        if may_be_listening(self.name) and _answers(self.name):
            return Listen.TAKEN
        if self._server.listen(self.name):
            return Listen.LISTENING
        if self._server.serverError() == QAbstractSocket.SocketError.AddressInUseError:
            # A socket left behind by a console that crashed: nobody answers on it.
            log.info("removing the stale local socket %s left by a console that stopped", self.name)
            QLocalServer.removeServer(self.name)
            if self._server.listen(self.name):
                return Listen.LISTENING
        log.warning(
            "cannot listen for call events on %s: %s", self.name, self._server.errorString()
        )
        return Listen.FAILED

    def is_listening(self) -> bool:
        return self._server.isListening()

    def close(self) -> None:
        self._server.close()

    def _on_new_connection(self) -> None:
        while (socket := self._server.nextPendingConnection()) is not None:
            socket.readyRead.connect(partial(self._read, socket))
            socket.disconnected.connect(partial(self._finish, socket))

    def _read(self, socket: QLocalSocket) -> None:
        while socket.canReadLine():
            line = bytes(socket.readLine().data()).rstrip(b"\r\n")
            if line.strip():
                self._answer(socket, line)
        if socket.bytesAvailable() > MAX_EVENT_BYTES:  # no end of line in sight: refuse it
            self._answer(socket, bytes(socket.readAll().data()))
            socket.disconnectFromServer()

    def _finish(self, socket: QLocalSocket) -> None:
        rest = bytes(socket.readAll().data()).strip()
        if rest:  # a last line without its newline
            self._handler(rest)
        socket.deleteLater()

    def _answer(self, socket: QLocalSocket, line: bytes) -> None:
        problem = self._handler(line)
        reply = {"ok": True} if problem is None else {"ok": False, "error": problem}
        socket.write(json.dumps(reply, ensure_ascii=False).encode("utf-8") + b"\n")
        socket.flush()


def claim_instance(data_dir: Path, parent: QObject | None = None) -> InstanceServer | None:
    """This console's server, listening; None when another console runs here (it was raised).

    Call after the QApplication exists and before the window is built. A server that could
    not listen for another reason is returned all the same: the console works without pops.
    """
    server = InstanceServer(server_name(data_dir), parent)
    state = server.listen()
    if state is Listen.TAKEN:
        answer = deliver(server.name, raise_event())
        log.info(
            "another console already runs for %s; asked it to come forward: %s",
            data_dir,
            answer.delivery.value,
        )
        server.deleteLater()
        return None
    if state is Listen.LISTENING:
        log.info("listening for call events on %s", server.name)
    return server
