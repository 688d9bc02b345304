"""Choosing when to call back: quick picks or a date and time on the caller's clock.

The date-and-time field runs in the caller's time zone (the call-back is agreed with them);
the line under it shows the agent's time too when the two clocks differ.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, tzinfo

from PySide6.QtCore import QDateTime, QTimeZone, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateTimeEdit,
    QGridLayout,
    QLabel,
    QRadioButton,
    QWidget,
)

from agent_console.core.follow_up_time import CallerZone, quick_due
from agent_console.ui.display_format import DisplayFormat
from agent_console.ui.follow_ups.time_text import agent_zone, both_clocks
from agent_console.ui.widgets.digit_keys import accept_native_digits

CUSTOM = "custom"


class DuePicker(QWidget):
    changed = Signal()

    def __init__(
        self,
        clock: Callable[[], datetime],
        caller_zone: CallerZone | None,
        parent: QWidget | None = None,
        *,
        mine: tzinfo | None = None,
        picks: tuple[str, ...] = ("hour", "tomorrow_morning", "three_days"),
        formats: DisplayFormat | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._caller_zone = caller_zone
        self._mine = mine or agent_zone()
        titles = {
            "hour": self.tr("In one &hour"),
            "tomorrow_morning": self.tr("&Tomorrow morning (09:00 caller's time)"),
            "three_days": self.tr("In three &days"),
            CUSTOM: self.tr("On a date and time:"),
        }
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for row, key in enumerate((*picks, CUSTOM)):
            button = QRadioButton(titles[key], self)
            button.setObjectName(f"due_{key}")
            self.group.addButton(button)
            self.buttons[key] = button
            layout.addWidget(button, row, 0)
        self.when = QDateTimeEdit(self)
        self.when.setObjectName("dueDateTime")
        self.when.setCalendarPopup(True)
        if caller_zone is not None:
            self.when.setTimeZone(QTimeZone(caller_zone.name.encode()))
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        if formats is not None:
            formats.use_in(self.when)  # Solar Hijri days when the agent reads dates that way
        accept_native_digits(self.when)
        layout.addWidget(self.when, len(picks), 1)
        zone_hint = (
            self.tr("caller's time, {0}").format(caller_zone.name)
            if caller_zone is not None
            else self.tr("your time")
        )
        self.zone_hint = QLabel(zone_hint, self)
        layout.addWidget(self.zone_hint, len(picks) + 1, 1)
        self.summary = QLabel(self)
        self.summary.setObjectName("dueSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary, len(picks) + 2, 0, 1, 2)
        layout.setColumnStretch(1, 1)
        self.buttons[picks[0]].setChecked(True)
        self._set_custom_from(quick_due(picks[0], clock(), self._zone()))
        self.group.buttonToggled.connect(lambda *_: self._update())
        self.when.dateTimeChanged.connect(self._on_edited)
        self._update()

    @property
    def mine(self) -> tzinfo:
        """The agent's own zone, in which the summary line shows the agent's time."""
        return self._mine

    def _zone(self) -> tzinfo:
        return self._caller_zone.zone if self._caller_zone is not None else self._mine

    def choice(self) -> str:
        return next(key for key, button in self.buttons.items() if button.isChecked())

    def choose(self, key: str) -> None:
        self.buttons[key].setChecked(True)

    def set_custom(self, moment: datetime) -> None:
        """Put ``moment`` into the date-and-time field and choose it."""
        self._set_custom_from(moment)
        self.choose(CUSTOM)

    def due(self) -> datetime:
        """The chosen due time, in UTC."""
        key = self.choice()
        if key == CUSTOM:
            return datetime.fromtimestamp(self.when.dateTime().toSecsSinceEpoch(), UTC)
        return quick_due(key, self._clock(), self._zone())

    def _set_custom_from(self, moment: datetime) -> None:
        zone = self.when.timeZone()
        self.when.blockSignals(True)
        self.when.setDateTime(QDateTime.fromSecsSinceEpoch(int(moment.timestamp()), zone))
        self.when.blockSignals(False)

    def _on_edited(self) -> None:
        if self.choice() != CUSTOM:
            self.choose(CUSTOM)  # typing a date means that date
        self._update()

    def _update(self) -> None:
        key = self.choice()
        if key != CUSTOM:
            self._set_custom_from(self.due())
        self.summary.setText(
            self.tr("Due: {0}").format(both_clocks(self.due(), self._caller_zone, self._mine))
        )
        self.changed.emit()
