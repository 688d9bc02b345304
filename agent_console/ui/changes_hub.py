"""One signal that says what a write changed; every pane decides for itself whether to refresh."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from agent_console.core.changes import Changes


class ChangesHub(QObject):
    changed = Signal(object)  # Changes

    def publish(self, changes: Changes) -> None:
        if changes:
            self.changed.emit(changes)
