"""One incident's whole story, read-only, and the box where a team lead adds a review note.

The note is a new row beside the incident; the agent's record is never edited.
"""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from agent_console.core.changes import Changes
from agent_console.store.lead_records import IncidentStory, NewReviewNote
from agent_console.ui.changes_hub import ChangesHub
from agent_console.ui.data_access import DataAccess
from agent_console.ui.display_format import DisplayFormat
from agent_console.ui.failures import user_message
from agent_console.ui.form.fields import ControlCharGuard, plain_text_editor
from agent_console.ui.review.story_html import story_html

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from agent_console.store.writer import Writer


class StoryView(QWidget):
    note_added = Signal()

    def __init__(
        self,
        data: DataAccess,
        hub: ChangesHub,
        parent: QWidget | None = None,
        formats: DisplayFormat | None = None,
    ) -> None:
        super().__init__(parent)
        self._data, self._hub = data, hub
        self._formats = formats
        self.incident_id: uuid.UUID | None = None
        self.story: IncidentStory | None = None
        self._generation = 0
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("reviewStory")
        self.browser.setOpenLinks(False)
        self.note = plain_text_editor("reviewNoteEdit", self)
        self.note.setMaximumHeight(80)
        self.note.setPlaceholderText(
            self.tr(
                "Your review note: what went well, what to do differently (Ctrl+Return adds it)"
            )
        )
        ControlCharGuard(self.note)
        self.add_button = QPushButton(self.tr("Add &review note"), self)
        self.add_button.setObjectName("reviewAddNote")
        self.add_button.setShortcut("Ctrl+Return")
        self.message = QLabel(self)
        self.message.setObjectName("reviewNoteMessage")
        self.message.setWordWrap(True)
        self.message.hide()
        row = QHBoxLayout()
        row.addWidget(self.message, 1)
        row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.browser, 1)
        layout.addWidget(self.note)
        layout.addLayout(row)
        self.add_button.clicked.connect(self.add_note)
        hub.changed.connect(self._on_changes)
        self.show_incident(None)

    def show_incident(self, incident_id: uuid.UUID | None) -> None:
        self.incident_id = incident_id
        self._generation += 1
        generation = self._generation
        enabled = incident_id is not None
        self.note.setEnabled(enabled)
        self.add_button.setEnabled(enabled)
        if incident_id is None:
            self.story = None
            self.browser.setPlainText(self.tr("Choose an incident to read its whole story."))
            return

        def op(session: Session) -> IncidentStory | None:
            from agent_console.store.review import incident_story

            return incident_story(session, incident_id)

        self._data.run(
            op,
            lambda story: self._show(generation, story),
            lambda exc: self._failed(generation, exc),
        )

    def _show(self, generation: int, story: IncidentStory | None) -> None:
        if generation != self._generation:
            return
        self.story = story
        if story is None:
            self.browser.setPlainText(self.tr("This incident no longer exists."))
            return
        position = self.browser.verticalScrollBar().value()
        self.browser.setHtml(story_html(story, self._formats))
        self.browser.verticalScrollBar().setValue(position)

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation == self._generation:
            self.browser.setPlainText(
                self.tr("The incident could not be loaded: {0}").format(user_message(exc))
            )

    def _on_changes(self, changes: Changes) -> None:
        if self.incident_id is not None and (
            self.incident_id in changes.incidents or changes.follow_ups
        ):
            self.show_incident(self.incident_id)

    def add_note(self) -> None:
        text = self.note.toPlainText().strip()
        if self.incident_id is None:
            return
        if not text:
            self._say(self.tr("Write the note first."), ok=False)
            return
        note = NewReviewNote(self.incident_id, text)
        self.add_button.setEnabled(False)

        def op(writer: Writer) -> Changes:
            return writer.add_review_note(note)

        self._data.write(op, self._added, self._refused)

    def _added(self, changes: Changes) -> None:
        self.note.clear()
        self.add_button.setEnabled(True)
        self._say(self.tr("Review note added."), ok=True)
        self._hub.publish(changes)
        self.note_added.emit()

    def _refused(self, exc: BaseException) -> None:
        self.add_button.setEnabled(True)
        self._say(self.tr("The note was NOT added. {0}").format(user_message(exc)), ok=False)

    def _say(self, text: str, *, ok: bool) -> None:
        self.message.setStyleSheet("" if ok else "color: #b00020;")
        self.message.setText(text)
        self.message.setVisible(bool(text))
