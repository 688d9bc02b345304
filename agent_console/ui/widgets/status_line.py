"""The status bar: who is signed in, which database, and whether the draft is safe."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QStatusBar, QWidget


class StatusLine(QStatusBar):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.agent = QLabel(self)
        self.agent.setObjectName("statusAgent")
        self.database = QLabel(self)
        self.database.setObjectName("statusDatabase")
        self.draft = QLabel(self)
        self.draft.setObjectName("statusDraft")
        self.sync = QLabel(self)
        self.sync.setObjectName("statusSync")
        self.addPermanentWidget(self.sync)
        self.addPermanentWidget(self.agent)
        self.addPermanentWidget(self.database)
        self.addPermanentWidget(self.draft)
        self.agent.setText(self.tr("Not signed in yet"))
        self.database.setText(self.tr("Opening the database…"))
        self.draft.setText(self.tr("No unsaved draft"))

    def show_database(self, location: str) -> None:
        self.database.setText(self.tr("Database: {0}").format(location))
        self.database.setToolTip(location)

    def show_sync(self, online: bool, waiting: int, held: int, problem: str | None) -> None:
        """Online or offline, and how many of this workstation's changes wait to be sent."""
        if online:
            text = self.tr("Online") if not waiting else self.tr("Online, sending %n", "", waiting)
        else:
            text = self.tr("Offline, %n waiting", "", waiting)
        if held:
            text += self.tr("; {0} refused (see log)").format(held)
        self.sync.setText(text)
        self.sync.setToolTip(problem or "")

    def show_draft(self, text: str) -> None:
        self.draft.setText(text)
