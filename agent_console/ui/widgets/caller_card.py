"""The caller on the line: name, numbers, account, language, tech level, and the pinned note.

The pinned note is always on show (never behind a tooltip or a tab): it is what the last
agent wanted the next one to know before saying anything.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFormLayout, QFrame, QLabel, QVBoxLayout, QWidget

from agent_console.core import taxonomy
from agent_console.core.follow_up_time import CallerZone
from agent_console.store.records import CallerSummary
from agent_console.ui.display_format import DisplayFormat
from agent_console.ui.formatting import choice_label, ui_side_alignment
from agent_console.ui.text_direction import ltr_isolate


def _value_label(name: str, parent: QWidget, *, free_text: bool = False) -> QLabel:
    """A value of the card. Short values line up with their labels; free text (the pinned
    note) is aligned by its own direction, like a paragraph."""
    label = QLabel(parent)
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    if not free_text:
        label.setAlignment(ui_side_alignment())
    return label


class CallerCard(QFrame):
    def __init__(
        self,
        region: str,
        parent: QWidget | None = None,
        formats: DisplayFormat | None = None,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        super().__init__(parent)
        self.setObjectName("callerCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._region = region
        self._formats = formats or DisplayFormat()
        self._clock = clock
        self.caller: CallerSummary | None = None
        self.zone: CallerZone | None = None
        # The caller's clock, when it reads differently from the agent's (a minute is enough).
        self.local_time = _value_label("callerLocalTime", self)
        self._tick = QTimer(self)
        self._tick.setInterval(30_000)
        self._tick.timeout.connect(self._show_time)
        self.name = _value_label("callerName", self)
        font = QFont(self.name.font())
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.name.setFont(font)
        self.phones = _value_label("callerPhones", self)
        self.account = _value_label("callerAccount", self)
        self.language = _value_label("callerLanguage", self)
        self.tech_level = _value_label("callerTechLevel", self)
        self.pinned_note = _value_label("pinnedNote", self, free_text=True)
        self.pinned_note.setStyleSheet(
            "QLabel#pinnedNote { background: #fff4d6; border: 1px solid #e0c36a;"
            " border-radius: 3px; padding: 4px; color: #3d2f00; }"
        )
        details = QFormLayout()
        details.setContentsMargins(0, 0, 0, 0)
        details.setHorizontalSpacing(10)
        details.setVerticalSpacing(2)
        details.addRow(self.tr("Phone:"), self.phones)
        details.addRow(self.tr("Time:"), self.local_time)
        self._details = details
        details.addRow(self.tr("Account:"), self.account)
        details.addRow(self.tr("Language:"), self.language)
        details.addRow(self.tr("Technical level:"), self.tech_level)
        details.addRow(self.tr("Pinned note:"), self.pinned_note)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(4)
        layout.addWidget(self.name)
        layout.addLayout(details)
        self.show_caller(None)

    def show_caller(self, caller: CallerSummary | None) -> None:
        self.caller = caller
        self.zone = None
        if caller is None:
            self._tick.stop()
            self._show_time()
            self.name.setText(self.tr("No caller selected"))
            for label in (self.phones, self.account, self.language, self.tech_level):
                label.setText("—")
            self.pinned_note.setText("—")
            return
        from agent_console.core.follow_up_time import caller_zone
        from agent_console.core.phone import display  # phonenumbers: not at start-up

        self.name.setText(caller.name)
        numbers = [self._formats.digits_of(display(p, self._region)) for p in caller.phones]
        if self.isRightToLeft():
            # Each number kept left to right, or its digit groups come out reversed.
            self.phones.setText("، ".join(ltr_isolate(n) for n in numbers) or "—")
        else:
            self.phones.setText(", ".join(numbers) or "—")
        self.zone = caller_zone(caller.phones)
        self._show_time()
        self._tick.start()
        self.account.setText(caller.account_ref or "—")
        self.language.setText(choice_label(taxonomy.LANGUAGES, caller.preferred_language) or "—")
        self.tech_level.setText(choice_label(taxonomy.TECH_LEVELS, caller.tech_level))
        self.pinned_note.setText(caller.pinned_note or self.tr("No pinned note."))

    def _show_time(self) -> None:
        """The agent's time and the caller's, in the caller's row; hidden when they agree."""
        now = self._clock()
        text = "" if self.zone is None else self._formats.with_caller_time(now, self.zone)
        differs = text != "" and text != self._formats.time(now)
        self.local_time.setText(text)
        self._details.setRowVisible(self.local_time, differs)
