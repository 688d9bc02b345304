"""The one guidance dialog on screen at a time (escalation, skip reason): window-modal and
asynchronous, so the window keeps running while it is open and tests can drive it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog


class DialogSlot:
    def __init__(self) -> None:
        self.dialog: QDialog | None = None

    def show(self, dialog: QDialog, on_accept: Callable[[], None]) -> None:
        self.dialog = dialog
        dialog.accepted.connect(on_accept)
        dialog.finished.connect(lambda _: self._forget(dialog))
        dialog.open()

    def _forget(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()
