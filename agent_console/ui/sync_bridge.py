"""The window's end of sync: outbox status in the status bar, other workstations' changes in the panes.

``start_sync`` runs in the operation runner once the database is open. Its callbacks come
from the sender's and the feed's threads; they only emit signals, which Qt queues to the GUI.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from agent_console.core.changes import Changes
from agent_console.ui.changes_hub import ChangesHub
from agent_console.ui.data_access import DataAccess

if TYPE_CHECKING:
    from agent_console.store.sender import SyncStatus
    from agent_console.store.sync import Sync

log = logging.getLogger(__name__)


class SyncBridge(QObject):
    status_changed = Signal(object)  # SyncStatus
    remote_changes = Signal(object)  # Changes

    def __init__(self, data: DataAccess, hub: ChangesHub, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._data = data
        self._hub = hub
        self.status: SyncStatus | None = None
        self.remote_changes.connect(self._publish)
        self.status_changed.connect(self._remember)
        data.opened.connect(lambda _agent: self.start())

    def start(self) -> None:
        self._data.runner.run(self._start_op, self._started, self._failed)

    def _start_op(self) -> Sync:
        from agent_console.store.sync import start_sync

        workstation = self._data.workstation()
        sync = start_sync(
            workstation.db,
            workstation.agent,
            self._data.options.data_dir,
            on_changes=self.remote_changes.emit,
            on_status=self.status_changed.emit,
        )
        self._data.use_sync(sync)
        return sync

    def _started(self, sync: Sync) -> None:
        from agent_console.store.sender import SyncStatus

        if self.status is None:  # nothing has reported yet: say where we stand now
            self.status_changed.emit(sync.sender.status if sync.sender else SyncStatus(True, 0, None))

    def _failed(self, exc: BaseException) -> None:
        log.warning("sync did not start: %s", exc)

    def _publish(self, changes: Changes) -> None:
        self._hub.publish(changes)

    def _remember(self, status: SyncStatus) -> None:
        self.status = status
