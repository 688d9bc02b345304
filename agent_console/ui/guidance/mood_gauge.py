"""A small gauge of how heated the notes read (the lexicon's anger, threat and urgency).

A prompt for the agent, not a verdict: the words behind it are in the tooltip.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QVBoxLayout, QWidget

from agent_console.core import taxonomy
from agent_console.core.mood import MoodReading
from agent_console.ui.formatting import choice_label

if TYPE_CHECKING:
    from agent_console.ui.display_format import DisplayFormat

_LEVEL_COLOURS = {1: "#c62828", 2: "#ef6c00", 3: "#f9a825", 4: "#7cb342", 5: "#43a047"}


class MoodGauge(QWidget):
    def __init__(self, parent: QWidget | None = None, formats: DisplayFormat | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("moodGauge")
        self._formats = formats  # digits as the agent chose (native or Latin); else the locale's
        self.title = QLabel(self.tr("Mood in the notes:"), self)
        self.bar = QProgressBar(self)
        self.bar.setObjectName("moodBar")
        self.bar.setRange(0, 100)
        self.bar.setTextVisible(True)
        self.bar.setMaximumHeight(16)
        self.level = QLabel(self)
        self.level.setObjectName("moodLevel")
        self.parts = QLabel(self)
        self.parts.setObjectName("moodParts")
        self.parts.setStyleSheet("color: palette(mid);")
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.title)
        top.addWidget(self.bar, 1)
        top.addWidget(self.level)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(1)
        layout.addLayout(top)
        layout.addWidget(self.parts)
        self.reading: MoodReading | None = None
        self._colour = ""
        self.show_reading(None)

    def _set_value(self, value: int) -> None:
        """``QProgressBar.setValue`` repaints at once, and with it everything else waiting to be
        painted in the window; with updates held it only asks for the next paint, as others do."""
        if value == self.bar.value():
            return
        self.bar.setUpdatesEnabled(False)
        self.bar.setValue(value)
        self.bar.setUpdatesEnabled(True)  # schedules the bar's repaint

    def _number(self, value: int) -> str:
        return (
            self._formats.number(value) if self._formats is not None else QLocale().toString(value)
        )

    def show_reading(self, reading: MoodReading | None) -> None:
        if reading is not None and reading == self.reading:
            return
        self.reading = reading
        if reading is None:
            self._set_value(0)
            self.bar.setFormat("")
            self.level.setText("—")
            self.parts.setText(self.tr("Nothing to read yet."))
            self.setToolTip("")
            return
        percent = round(reading.gauge * 100)
        self._set_value(percent)
        self.bar.setFormat(self._number(percent) + "%")
        colour = _LEVEL_COLOURS.get(reading.level, "#888888")
        if colour != self._colour:  # a style sheet costs milliseconds: only when it changes
            self._colour = colour
            self.bar.setStyleSheet(f"QProgressBar::chunk {{ background: {colour}; }}")
        self.level.setText(choice_label(taxonomy.MOODS, reading.level))

        def pct(value: float) -> str:
            return self._number(round(value * 100)) + "%"

        self.parts.setText(
            self.tr("Anger {0} · Threat {1} · Urgency {2}").format(
                pct(reading.anger), pct(reading.threat), pct(reading.urgency)
            )
        )
        words = [h.text for h in reading.hits if not h.negated]
        self.setToolTip(
            self.tr("Words behind the reading: {0}").format(", ".join(words)) if words else ""
        )
        self.level.setAlignment(Qt.AlignmentFlag.AlignVCenter)
